// The slice of SSM Parameter Store the action uses, served by the local Lambda API on the same port (requests signed
// for `ssm`): AWS JSON 1.1, `POST /` with `X-Amz-Target: AmazonSSM.<Operation>`, errors as `__type` in the body.

export interface SsmParameter {
  name: string;
  value: string;
  type: string;
  description?: string;
  version: number;
  lastModifiedDate: Date;
}

export interface SsmReply {
  status: number;
  headers: Record<string, string>;
  json: Record<string, unknown>;
}

const CONTENT_TYPE = 'application/x-amz-json-1.1';
/** Parameter names: a path of letters, digits and `_.-/`, at most 1011 characters (as SSM checks them). */
const NAME = /^\/?[a-zA-Z0-9_.\-/]{1,1011}$/;

export function createSsmStore(account: string) {
  /** region -> name -> parameter */
  const regions = new Map<string, Map<string, SsmParameter>>();
  const store = (region: string) => {
    let r = regions.get(region);
    if (!r) regions.set(region, (r = new Map()));
    return r;
  };

  function getParameter(body: Record<string, any>, region: string): Record<string, unknown> {
    const p = store(region).get(checkedName(body.Name));
    if (!p) throw new SsmError('ParameterNotFound', `Parameter ${body.Name} not found.`);
    return {
      Parameter: {
        Name: p.name,
        Type: p.type,
        Value: p.value,
        Version: p.version,
        LastModifiedDate: p.lastModifiedDate.getTime() / 1000,
        ARN: `arn:aws:ssm:${region}:${account}:parameter${p.name.startsWith('/') ? '' : '/'}${p.name}`,
        DataType: 'text',
      },
    };
  }

  function putParameter(body: Record<string, any>, region: string): Record<string, unknown> {
    const name = checkedName(body.Name);
    if (typeof body.Value !== 'string' || body.Value.length === 0) throw new SsmError('ValidationException', 'Value must not be empty.');
    if (body.Description !== undefined && String(body.Description).length > 1024) {
      throw new SsmError('ValidationException', "Value at 'description' failed to satisfy constraint: Member must have length less than or equal to 1024");
    }
    const existing = store(region).get(name);
    if (existing && !body.Overwrite) {
      throw new SsmError('ParameterAlreadyExists', 'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.');
    }
    const type = body.Type ?? existing?.type ?? 'String';
    if (!['String', 'StringList', 'SecureString'].includes(type)) throw new SsmError('ValidationException', `Invalid Type ${type}.`);
    const parameter: SsmParameter = {
      name,
      value: body.Value,
      type,
      description: body.Description ?? existing?.description,
      version: (existing?.version ?? 0) + 1,
      lastModifiedDate: new Date(),
    };
    store(region).set(name, parameter);
    return { Version: parameter.version, Tier: 'Standard' };
  }

  const operations: Record<string, (body: Record<string, any>, region: string) => Record<string, unknown>> = {
    GetParameter: getParameter,
    PutParameter: putParameter,
  };

  return {
    /** The operation named by the X-Amz-Target header. */
    route(target: string | string[] | undefined): { op: string; name?: string } {
      const op = /^AmazonSSM\.(\w+)$/.exec(String(target ?? ''))?.[1];
      return { op: op ?? 'Unknown' };
    },
    handle(op: string, body: Record<string, any>, region: string): SsmReply {
      try {
        const operation = operations[op];
        if (!operation) throw new SsmError('UnknownOperationException', `Unknown operation ${op}`);
        return { status: 200, headers: { 'content-type': CONTENT_TYPE }, json: operation(body, region) };
      } catch (error) {
        if (error instanceof SsmError) return ssmErrorReply(error.type, error.message);
        throw error;
      }
    },
    /** A parameter as stored, for assertions. */
    parameter(region: string, name: string): SsmParameter | undefined {
      return regions.get(region)?.get(name);
    },
    /** Stores a parameter as if someone else had written it. */
    putParameter(region: string, name: string, value: string): void {
      putParameter({ Name: name, Value: value, Type: 'String', Overwrite: true }, region);
    },
  };
}

class SsmError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** An error as SSM sends it: HTTP 400 and the type in `__type` (AccessDeniedException included). */
export function ssmErrorReply(type: string, message: string, status = 400): SsmReply {
  return { status, headers: { 'content-type': CONTENT_TYPE }, json: { __type: type, message } };
}

function checkedName(name: unknown): string {
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw new SsmError('ValidationException', `Parameter name '${String(name)}' is not valid: use letters, digits and _.-/ only.`);
  }
  return name;
}
