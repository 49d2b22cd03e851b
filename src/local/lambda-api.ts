// A local AWS Lambda control plane (and the slice of S3 layers are published from) on 127.0.0.1, for the tests, the
// benchmark and the demo. The real SDK talks to it through an endpoint override with dummy credentials; the region
// comes from each request's SigV4 credential scope, so one server stands in for every regional endpoint. It answers
// as Lambda does where the action depends on it: restJson1 paths, version numbering, RevisionId preconditions, the
// InProgress window after an update (and the new RevisionId when it ends), Pending functions, failed updates, the
// 5-layer limit, layer version policies (statement ids, RevisionId guard, the 20 KB limit), the request quota, and
// errors in the shape the SDK parses. Its limits are written here from Lambda's
// documentation, never imported from src/, so that a wrong limit in the action cannot be hidden by the fake.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createS3Store, S3Error, s3ErrorReply } from './s3-api';
import { createSsmStore, ssmErrorReply } from './ssm-api';

export interface LambdaApiOptions {
  /**
   * How long LastUpdateStatus stays InProgress after an update; default UPDATE_MS, about what a Layers-only update
   * takes on Lambda. Tests that do not care about timing ask for 0.
   */
  updateMs?: number;
  /** Never return RevisionId, as some Lambda-compatible emulators do. */
  omitRevisionId?: boolean;
  /** Delay before every answer. */
  latencyMs?: number;
  /** Lambda's control-plane quota per region: beyond this many calls in any second, 429 (GetFunction: 100). */
  rps?: number;
  port?: number;
  /** The account the layers and functions live in; default 123456789012. */
  account?: string;
  /**
   * Accept layer versions of this account that were never published here. For tests of the deploy alone, which
   * wire made-up versions; Lambda itself refuses them. Layers of other accounts are always taken on trust.
   */
  trustLayerArns?: boolean;
  /** Keep the functions and layers in this JSON file: read at start when it exists, written at close (the CLI's --local). */
  stateFile?: string;
  /** Read stateFile but never write it: a run that must change nothing (the CLI's plan --local). */
  readOnlyState?: boolean;
}

export interface Call {
  /** The operation: `PublishLayerVersion`, `GetFunctionConfiguration`, `PutObject` ... */
  op: string;
  /** The function or layer name in the path (`bucket/key` for S3). */
  name?: string;
  region: string;
  /** The answer's status; 0 when the connection was dropped before the call was served. */
  status: number;
  /** Served (and applied), but the connection was destroyed before the answer went out. */
  lost?: boolean;
  /** The JSON request body, with Content.ZipFile replaced by its size; {} for S3 and bodiless requests. */
  body: Record<string, any>;
  query: Record<string, string>;
}

/**
 * An injected answer: an error; a connection dropped before the call is served (`drop`) or after it was applied,
 * instead of the answer (`lose`); an extra delay before the normal answer, or the call held until a promise settles
 * (`until`: calls of two clients that meet, as two jobs racing do); for UpdateFunctionConfiguration, an
 * update that is accepted and then ends Failed with Lambda's reason, the previous configuration kept, or one that stays
 * InProgress for `updateMs` (Infinity: an update that never finishes); or `reply`, a malformed answer (say
 * `{"Layers": null}`) sent instead of serving the call.
 */
export type FaultAnswer =
  | { status: number; type: string; message?: string }
  | { drop: true }
  | { lose: true }
  | { delayMs: number }
  | { until: Promise<unknown> }
  | { updateFails: UpdateFailure }
  | { updateMs: number }
  | { reply: { status: number; json: Record<string, any> } };
export interface UpdateFailure {
  reason: string;
  /** One of Lambda's LastUpdateStatusReasonCode values, e.g. InvalidConfiguration, EniLimitExceeded, InternalError. */
  reasonCode: string;
}
export type Fault = (call: Call) => FaultAnswer | undefined;

export interface FunctionSpec {
  name: string;
  layers?: string[];
  architectures?: string[];
  environment?: Record<string, string>;
  memorySize?: number;
  runtime?: string;
  timeout?: number;
  /** Just created: State Pending (and LastUpdateStatus InProgress) for this long, refusing changes meanwhile. */
  pendingMs?: number;
}

/** What an update changes and a failed update puts back. */
type Settings = Pick<LambdaFunction, 'layers' | 'environment' | 'memorySize' | 'timeout' | 'runtime' | 'handler' | 'description'>;

interface Alias {
  version: string;
  description: string;
  revisionId: string;
}

type Json = Record<string, any>;

class LambdaFunction {
  layers: string[];
  environment?: Record<string, string>;
  memorySize: number;
  timeout: number;
  runtime: string;
  handler = 'index.handler';
  description = '';
  readonly architectures: string[];
  readonly role: string;
  readonly codeSha256: string;
  readonly codeSize = 1024;
  revisionId = randomUUID();
  lastModified = lambdaDate();
  /** When the update in progress (or the creation, while Pending) ends; 0 when none is. */
  private busyUntil = 0;
  private creating = false;
  /** The settings before the update in progress, put back if it fails. */
  private before?: Settings;
  private failure?: UpdateFailure;
  private lastFailure?: UpdateFailure;
  /** Published versions: versions[n - 1] is version n, frozen. */
  readonly versions: Json[] = [];
  readonly aliases = new Map<string, Alias>();

  constructor(
    readonly arn: string,
    spec: FunctionSpec,
    account: string,
  ) {
    this.layers = spec.layers ?? [];
    this.environment = spec.environment;
    this.memorySize = spec.memorySize ?? 128;
    this.timeout = spec.timeout ?? 3;
    this.runtime = spec.runtime ?? 'nodejs22.x';
    this.architectures = spec.architectures ?? ['x86_64'];
    this.role = `arn:aws:iam::${account}:role/${spec.name}-role`;
    this.codeSha256 = createHash('sha256').update(spec.name).digest('base64');
    if (spec.pendingMs) {
      this.busyUntil = Date.now() + spec.pendingMs;
      this.creating = true;
    }
  }

  /** Starts an update of `settings`, to finish after `ms` (failing with `failure`, if given). */
  update(settings: Partial<Settings>, ms: number, failure?: UpdateFailure): void {
    this.before = { layers: this.layers, environment: this.environment, memorySize: this.memorySize, timeout: this.timeout, runtime: this.runtime, handler: this.handler, description: this.description };
    Object.assign(this, Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)));
    this.revisionId = randomUUID();
    this.lastModified = lambdaDate();
    this.busyUntil = Date.now() + ms;
    this.failure = failure;
    this.lastFailure = undefined;
  }

  /**
   * Ends the update whose time has come. Lambda gives the function a new RevisionId once more when an update
   * completes (aws/aws-sdk#377: the one UpdateFunctionConfiguration returned is stale by then); a failed update is
   * abandoned and the previous configuration stays (functions-states.html, "Failed").
   */
  private settle(): void {
    if (this.busyUntil === 0 || Date.now() < this.busyUntil) return;
    this.busyUntil = 0;
    this.revisionId = randomUUID();
    if (this.failure && this.before) Object.assign(this, this.before);
    this.lastFailure = this.failure;
    this.failure = undefined;
    this.before = undefined;
    this.creating = false;
  }

  /** Pending while being created, then Active. */
  get state(): 'Pending' | 'Active' {
    this.settle();
    return this.creating ? 'Pending' : 'Active';
  }

  get name(): string {
    return this.arn.split(':')[6];
  }

  /** LastUpdateStatus of $LATEST. */
  get status(): 'InProgress' | 'Successful' | 'Failed' {
    this.settle();
    return this.busyUntil > 0 ? 'InProgress' : this.lastFailure ? 'Failed' : 'Successful';
  }

  /** State, LastUpdateStatus and their reasons, as GetFunction reports them. */
  statusFields(): Record<string, string> {
    const creating = { reason: 'The function is being created.', reasonCode: 'Creating' };
    const state = this.state;
    const status = this.status;
    const why = status === 'Failed' ? this.lastFailure : state === 'Pending' ? creating : undefined;
    return {
      State: state,
      ...(state === 'Pending' ? { StateReason: creating.reason, StateReasonCode: creating.reasonCode } : {}),
      LastUpdateStatus: status,
      ...(why ? { LastUpdateStatusReason: why.reason, LastUpdateStatusReasonCode: why.reasonCode } : {}),
    };
  }
}

interface LayerVersion {
  version: number;
  arn: string;
  description?: string;
  createdDate: string;
  runtimes?: string[];
  architectures?: string[];
  license?: string;
  zip: Buffer;
  codeSha256: string;
  deleted: boolean;
  policy: { statements: Json[]; revisionId: string };
}

interface Layer {
  arn: string;
  /** Version numbers are never reused, even after a delete. */
  next: number;
  versions: Map<number, LayerVersion>;
}

interface RegionState {
  functions: Map<string, LambdaFunction>;
  layers: Map<string, Layer>;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly extra: Json = {},
  ) {
    super(message);
  }
}

const notFound = (message: string) => new ApiError(404, 'ResourceNotFoundException', message);
const invalid = (message: string) => new ApiError(400, 'InvalidParameterValueException', message);
const conflict = (message: string) => new ApiError(409, 'ResourceConflictException', message);
const staleRevision = () =>
  new ApiError(412, 'PreconditionFailedException', 'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id');
const constraint = (field: string, value: unknown, rule: string) =>
  new ApiError(400, 'ValidationException', `1 validation error detected: Value '${String(value)}' at '${field}' failed to satisfy constraint: Member must ${rule}`);

// Lambda's limits, from its documentation (gettingstarted-limits.html, the API reference), not from src/.
/** Lambda's request limit for PublishLayerVersion: a 50 MB zip, base64-encoded in JSON. */
const MAX_PUBLISH_REQUEST_BYTES = 69_905_067;
/** "Function layers: five layers" (gettingstarted-limits). */
const MAX_LAYERS = 5;
/** GetFunction requests per second, a quota of its own (gettingstarted-limits). */
const GET_FUNCTION_RPS = 100;
/** "Deployment package (.zip file archive) size: 250 MB (unzipped)", the function and all its layers together. */
const MAX_UNZIPPED_BYTES = 262_144_000;
/** "Resource-based policy size: 20 KB" (gettingstarted-limits), for a layer version's policy as for a function's. */
const MAX_POLICY_BYTES = 20_480;
/** ListLayerVersions, ListFunctions and ListVersionsByFunction return at most 50 items a page. */
const PAGE_LIMIT = 50;
/** A Layers-only update of a small function finishes in about a second. */
const UPDATE_MS = 1000;
const LAYER_NAME = /^(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\d{12}:layer:)?[a-zA-Z0-9-_]{1,140}$/;
const LAYER_VERSION_ARN = /^arn:[a-zA-Z0-9-]+:lambda:([a-z0-9-]+):(\d{12}):layer:([a-zA-Z0-9-_]+):(\d+)$/;
const ARCHITECTURES = ['x86_64', 'arm64'];
/** AddLayerVersionPermission's StatementId: `([a-zA-Z0-9-_]+)`, 1 to 100 characters. */
const STATEMENT_ID = /^[a-zA-Z0-9-_]{1,100}$/;

interface Context {
  region: string;
  state: RegionState;
  params: string[];
  query: URLSearchParams;
  body: Json;
  /** An injected failure for the update this call starts. */
  updateFails?: UpdateFailure;
  /** How long this call's update stays InProgress, when a fault says so. */
  updateMs?: number;
}

interface Reply {
  status: number;
  headers?: Record<string, string>;
  json?: Json;
  body?: Buffer | string;
}

interface Route {
  method: string;
  path: RegExp;
  op: string;
  /** Which path parameter names the resource, and whether it is a function or a layer. */
  names?: 'function' | 'layer';
  handle: (ctx: Context) => Reply;
}

export async function startLambdaApi(opts: LambdaApiOptions = {}) {
  const account = opts.account ?? '123456789012';
  const omitRevisionId = opts.omitRevisionId ?? false;
  const calls: Call[] = [];
  const faults: Fault[] = [];
  const regions = opts.stateFile ? await loadState(opts.stateFile) : new Map<string, RegionState>();
  const s3 = createS3Store();
  const ssm = createSsmStore(account);
  /** Arrival times of accepted calls per region and quota, for the sliding one-second window. */
  const windows = new Map<string, number[]>();
  let base = '';

  const regionState = (region: string): RegionState => {
    let state = regions.get(region);
    if (!state) regions.set(region, (state = { functions: new Map(), layers: new Map() }));
    return state;
  };

  // ---- functions --------------------------------------------------------------------------------------------------

  function findFunction(ctx: Context, allowQualifier: boolean): { fn: LambdaFunction; qualifier?: string } {
    const { name, qualifier: inName } = parseFunctionName(ctx.params[0]);
    if (!/^[a-zA-Z0-9-_]{1,64}$/.test(name)) {
      throw constraint('functionName', ctx.params[0], 'satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?');
    }
    const qualifier = ctx.query.get('Qualifier') ?? inName;
    if (inName && qualifier !== inName) throw invalid('The derived qualifier from the function name does not match the specified qualifier.');
    if (qualifier && !allowQualifier) throw invalid(`Unsupported qualifier ${qualifier} for this operation.`);
    const fn = ctx.state.functions.get(name);
    if (!fn) throw notFound(`Function not found: arn:aws:lambda:${ctx.region}:${account}:function:${name}`);
    return { fn, qualifier };
  }

  function storedLayer(arn: string): LayerVersion | undefined {
    const m = LAYER_VERSION_ARN.exec(arn);
    return m ? regions.get(m[1])?.layers.get(m[3])?.versions.get(Number(m[4])) : undefined;
  }

  function layerSize(arn: string): number {
    return storedLayer(arn)?.zip.length ?? 0;
  }

  function latestConfiguration(fn: LambdaFunction): Json {
    return {
      FunctionName: fn.name,
      FunctionArn: fn.arn,
      Runtime: fn.runtime,
      Role: fn.role,
      Handler: fn.handler,
      CodeSize: fn.codeSize,
      Description: fn.description,
      Timeout: fn.timeout,
      MemorySize: fn.memorySize,
      LastModified: fn.lastModified,
      CodeSha256: fn.codeSha256,
      Version: '$LATEST',
      ...(fn.environment ? { Environment: { Variables: fn.environment } } : {}),
      ...(fn.layers.length > 0 ? { Layers: fn.layers.map((arn) => ({ Arn: arn, CodeSize: layerSize(arn) })) } : {}),
      Architectures: fn.architectures,
      PackageType: 'Zip',
      ...fn.statusFields(),
      RevisionId: fn.revisionId,
    };
  }

  /** What a published version is compared on: everything but identity, timestamps and status. */
  function contentKey(config: Json): string {
    const { FunctionArn: _a, Version: _v, RevisionId: _r, LastModified: _m, Description: _d, ...rest } = config;
    for (const status of ['State', 'StateReason', 'StateReasonCode', 'LastUpdateStatus', 'LastUpdateStatusReason', 'LastUpdateStatusReasonCode']) delete rest[status];
    return JSON.stringify(rest);
  }

  function configurationAt(fn: LambdaFunction, qualifier: string | undefined): Json {
    if (!qualifier || qualifier === '$LATEST') return latestConfiguration(fn);
    const version = /^\d+$/.test(qualifier) ? qualifier : fn.aliases.get(qualifier)?.version;
    if (version === '$LATEST') return latestConfiguration(fn);
    const config = version && fn.versions[Number(version) - 1];
    if (!config) throw notFound(`Function not found: ${fn.arn}:${qualifier}`);
    return config;
  }

  function checkLayers(region: string, arns: unknown): string[] {
    if (!Array.isArray(arns)) throw constraint('layers', arns, 'not be null');
    if (arns.length > MAX_LAYERS) throw invalid(`Cannot reference more than ${MAX_LAYERS} layers.`);
    const seen = new Map<string, string>();
    for (const arn of arns) {
      const m = LAYER_VERSION_ARN.exec(String(arn));
      if (!m) throw constraint('layers', `[${arn}]`, `satisfy regular expression pattern: ${LAYER_VERSION_ARN.source}`);
      const [, layerRegion, layerAccount, name, version] = m;
      if (layerRegion !== region) throw invalid(`Layers are not in the same region as the function. Layers are expected to be in region ${region}.`);
      const published = regions.get(region)?.layers.get(name)?.versions.get(Number(version));
      if (layerAccount === account && !opts.trustLayerArns && (!published || published.deleted)) {
        throw invalid(`Layer version ${arn} does not exist.`);
      }
      const layer = String(arn).replace(/:\d+$/, '');
      const other = seen.get(layer);
      if (other) {
        throw invalid(`Two different versions of the same layer are not allowed to be referenced in the same function. ${other} and ${arn} are versions of the same layer.`);
      }
      seen.set(layer, arn);
    }
    return arns;
  }

  /** The function's own code (small here) and its layers, unzipped, within Lambda's 250 MB. */
  function checkUnzipped(fn: LambdaFunction, arns: string[]): void {
    const size = fn.codeSize + arns.reduce((sum, arn) => sum + (storedLayer(arn) ? unzippedSize(storedLayer(arn)!.zip) : 0), 0);
    if (size > MAX_UNZIPPED_BYTES) {
      throw invalid(`Function code combined with layers exceeds the maximum allowed size of ${MAX_UNZIPPED_BYTES} bytes. The actual size is ${size} bytes.`);
    }
  }

  /** $LATEST for a change: Active, no update in progress, and the RevisionId, when one is sent, still current. */
  function changeable(ctx: Context): LambdaFunction {
    const { fn } = findFunction(ctx, false);
    if (fn.state === 'Pending') {
      throw conflict('The operation cannot be performed at this time. The function is currently in the following state: Pending');
    }
    if (fn.status === 'InProgress') {
      throw conflict(`The operation cannot be performed at this time. An update is in progress for resource: ${fn.arn}`);
    }
    if (ctx.body.RevisionId !== undefined && ctx.body.RevisionId !== fn.revisionId) throw staleRevision();
    return fn;
  }

  function updateFunctionConfiguration(ctx: Context): Reply {
    const fn = changeable(ctx);
    const b = ctx.body;
    const layers = b.Layers === undefined ? undefined : checkLayers(ctx.region, b.Layers);
    if (layers) checkUnzipped(fn, layers);
    if (b.MemorySize !== undefined && !(b.MemorySize >= 128 && b.MemorySize <= 10240)) {
      throw constraint('memorySize', b.MemorySize, 'have value less than or equal to 10240 and greater than or equal to 128');
    }
    if (b.Timeout !== undefined && !(b.Timeout >= 1 && b.Timeout <= 900)) throw invalid('Timeout must be between 1 and 900 seconds.');
    fn.update(
      {
        layers,
        environment: b.Environment === undefined ? undefined : (b.Environment.Variables ?? {}),
        memorySize: b.MemorySize,
        timeout: b.Timeout,
        runtime: b.Runtime,
        handler: b.Handler,
        description: b.Description,
      },
      ctx.updateMs ?? opts.updateMs ?? UPDATE_MS,
      ctx.updateFails,
    );
    return { status: 200, json: latestConfiguration(fn) };
  }

  function publishVersion(ctx: Context): Reply {
    const fn = changeable(ctx);
    const b = ctx.body;
    if (b.CodeSha256 !== undefined && b.CodeSha256 !== fn.codeSha256) {
      throw invalid(`CodeSHA256 (${b.CodeSha256}) is different from current CodeSHA256 in $LATEST (${fn.codeSha256}). Please try publishing again with the current CodeSHA256.`);
    }
    const latest = latestConfiguration(fn);
    const previous = fn.versions.at(-1);
    // Lambda publishes nothing new when neither code nor configuration changed since the last version.
    if (previous && contentKey(previous) === contentKey(latest)) return { status: 201, json: previous };
    const version = String(fn.versions.length + 1);
    const config = Object.freeze({
      ...latest,
      FunctionArn: `${fn.arn}:${version}`,
      Version: version,
      Description: b.Description ?? '',
      LastUpdateStatus: 'Successful',
      RevisionId: randomUUID(),
    });
    fn.versions.push(config);
    return { status: 201, json: config };
  }

  function aliasJson(fn: LambdaFunction, name: string, alias: Alias): Json {
    return {
      AliasArn: `${fn.arn}:${name}`,
      Name: name,
      FunctionVersion: alias.version,
      Description: alias.description,
      RevisionId: alias.revisionId,
    };
  }

  function existingVersion(fn: LambdaFunction, version: unknown): string {
    if (version === '$LATEST' || (typeof version === 'string' && /^\d+$/.test(version) && fn.versions[Number(version) - 1])) {
      return version;
    }
    throw notFound(`Function not found: ${fn.arn}:${String(version)}`);
  }

  function findAlias(ctx: Context): { fn: LambdaFunction; name: string; alias: Alias } {
    const { fn } = findFunction(ctx, false);
    const name = ctx.params[1];
    const alias = fn.aliases.get(name);
    if (!alias) throw notFound(`Alias not found: ${fn.arn}:${name}`);
    return { fn, name, alias };
  }

  /** ListFunctions and ListVersionsByFunction leave the update status out. */
  function listed(config: Json): Json {
    const { LastUpdateStatus: _s, LastUpdateStatusReason: _r, LastUpdateStatusReasonCode: _c, State: _t, StateReason: _u, StateReasonCode: _v, ...rest } = config;
    return rest;
  }

  // ---- layers -----------------------------------------------------------------------------------------------------

  function layerName(ctx: Context): string {
    const raw = ctx.params[0];
    if (!LAYER_NAME.test(raw)) throw constraint('layerName', raw, `satisfy regular expression pattern: ${LAYER_NAME.source}`);
    return raw.split(':').at(-1)!;
  }

  function findLayerVersion(ctx: Context): LayerVersion {
    const found = ctx.state.layers.get(layerName(ctx))?.versions.get(Number(ctx.params[1]));
    if (!found || found.deleted) throw notFound('The resource you requested does not exist.');
    return found;
  }

  function layerVersionJson(ctx: Context, name: string, v: LayerVersion, full: boolean): Json {
    return {
      ...(full
        ? {
            Content: { Location: `${base}/_layer-content/${ctx.region}/${name}/${v.version}`, CodeSha256: v.codeSha256, CodeSize: v.zip.length },
            LayerArn: v.arn.replace(/:\d+$/, ''),
          }
        : {}),
      LayerVersionArn: v.arn,
      Version: v.version,
      Description: v.description,
      CreatedDate: v.createdDate,
      CompatibleRuntimes: v.runtimes,
      LicenseInfo: v.license,
      CompatibleArchitectures: v.architectures,
    };
  }

  function layerContent(region: string, content: Json | undefined): Buffer {
    if (!content) throw constraint('content', null, 'not be null');
    if (typeof content.ZipFile === 'string') return Buffer.from(content.ZipFile, 'base64');
    if (!content.S3Bucket || !content.S3Key) throw invalid('Please provide a source for the layer content: ZipFile, or S3Bucket and S3Key.');
    try {
      return s3.read(content.S3Bucket, content.S3Key, region);
    } catch (error) {
      if (!(error instanceof S3Error)) throw error;
      throw invalid(`Error occurred while GetObject. S3 Error Code: ${error.code}. S3 Error Message: ${error.message}`);
    }
  }

  function publishLayerVersion(ctx: Context): Reply {
    const name = layerName(ctx);
    const b = ctx.body;
    if (typeof b.Description === 'string' && b.Description.length > 256) {
      throw constraint('description', b.Description, 'have length less than or equal to 256');
    }
    if (typeof b.LicenseInfo === 'string' && b.LicenseInfo.length > 512) {
      throw constraint('licenseInfo', b.LicenseInfo, 'have length less than or equal to 512');
    }
    if ((b.CompatibleRuntimes?.length ?? 0) > 15) throw constraint('compatibleRuntimes', b.CompatibleRuntimes, 'have length less than or equal to 15');
    if ((b.CompatibleArchitectures?.length ?? 0) > 2) {
      throw constraint('compatibleArchitectures', b.CompatibleArchitectures, 'have length less than or equal to 2');
    }
    for (const arch of b.CompatibleArchitectures ?? []) {
      if (!ARCHITECTURES.includes(arch)) throw constraint('compatibleArchitectures', arch, `satisfy enum value set: [${ARCHITECTURES.join(', ')}]`);
    }
    const zip = layerContent(ctx.region, b.Content);
    if (!isZip(zip)) throw invalid('Could not unzip uploaded file. Please check your file, then try to upload again.');
    if (unzippedSize(zip) > MAX_UNZIPPED_BYTES) throw invalid(`Unzipped size must be smaller than ${MAX_UNZIPPED_BYTES} bytes`);

    let layer = ctx.state.layers.get(name);
    if (!layer) ctx.state.layers.set(name, (layer = { arn: `arn:aws:lambda:${ctx.region}:${account}:layer:${name}`, next: 1, versions: new Map() }));
    const version = layer.next++;
    const published: LayerVersion = {
      version,
      arn: `${layer.arn}:${version}`,
      description: b.Description,
      createdDate: lambdaDate(),
      runtimes: b.CompatibleRuntimes,
      architectures: b.CompatibleArchitectures,
      license: b.LicenseInfo,
      zip,
      codeSha256: createHash('sha256').update(zip).digest('base64'),
      deleted: false,
      policy: { statements: [], revisionId: randomUUID() },
    };
    layer.versions.set(version, published);
    return { status: 201, json: layerVersionJson(ctx, name, published, true) };
  }

  function listLayerVersions(ctx: Context): Reply {
    const name = layerName(ctx);
    const runtime = ctx.query.get('CompatibleRuntime');
    const arch = ctx.query.get('CompatibleArchitecture');
    const versions = [...(ctx.state.layers.get(name)?.versions.values() ?? [])]
      .filter((v) => !v.deleted && (!runtime || v.runtimes?.includes(runtime)) && (!arch || v.architectures?.includes(arch)))
      .sort((a, b) => b.version - a.version);
    const { items, next } = page(versions, ctx.query, PAGE_LIMIT);
    return { status: 200, json: { LayerVersions: items.map((v) => layerVersionJson(ctx, name, v, false)), NextMarker: next } };
  }

  /** Every layer with a version matching the filters, and its newest such version (LatestMatchingVersion). */
  function listLayers(ctx: Context): Reply {
    const runtime = ctx.query.get('CompatibleRuntime');
    const arch = ctx.query.get('CompatibleArchitecture');
    const layers = [...ctx.state.layers]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .flatMap(([name, layer]) => {
        const latest = [...layer.versions.values()]
          .filter((v) => !v.deleted && (!runtime || v.runtimes?.includes(runtime)) && (!arch || v.architectures?.includes(arch)))
          .sort((a, b) => b.version - a.version)[0];
        return latest ? [{ LayerName: name, LayerArn: layer.arn, LatestMatchingVersion: layerVersionJson(ctx, name, latest, false) }] : [];
      });
    const { items, next } = page(layers, ctx.query, PAGE_LIMIT);
    return { status: 200, json: { Layers: items, NextMarker: next } };
  }

  function addLayerVersionPermission(ctx: Context): Reply {
    const v = findLayerVersion(ctx);
    const { StatementId: sid, Action: action, Principal: principal, OrganizationId: org } = ctx.body;
    // RevisionId travels in the query string (httpQuery in Lambda's model), not in the body.
    const revision = ctx.query.get('RevisionId') ?? undefined;
    if (!STATEMENT_ID.test(String(sid))) throw constraint('statementId', sid, 'satisfy regular expression pattern: ([a-zA-Z0-9-_]+)');
    if (action !== 'lambda:GetLayerVersion') throw constraint('action', action, 'satisfy regular expression pattern: lambda:GetLayerVersion');
    if (!/^(\d{12}|\*|arn:(aws[a-zA-Z-]*):iam::\d{12}:root)$/.test(String(principal))) {
      throw constraint('principal', principal, 'satisfy regular expression pattern: \\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root');
    }
    if (org !== undefined && (!/^o-[a-z0-9]{10,32}$/.test(String(org)) || principal !== '*')) {
      throw invalid(`OrganizationId ${org} must look like o-xxxxxxxxxx and needs Principal '*'.`);
    }
    if (revision !== undefined && revision !== v.policy.revisionId) throw staleRevision();
    if (v.policy.statements.some((s) => s.Sid === sid)) {
      throw conflict(`The statement id (${sid}) provided already exists. Please provide a new statement id, or remove the existing statement.`);
    }
    const statement = {
      Sid: sid,
      Effect: 'Allow',
      Principal: principal === '*' ? '*' : { AWS: principal.startsWith('arn:') ? principal : `arn:aws:iam::${principal}:root` },
      Action: action,
      Resource: v.arn,
      ...(org ? { Condition: { StringEquals: { 'aws:PrincipalOrgID': org } } } : {}),
    };
    const statements = [...v.policy.statements, statement];
    if (Buffer.byteLength(policyDocument(statements)) > MAX_POLICY_BYTES) {
      throw new ApiError(400, 'PolicyLengthExceededException', 'The final policy size is bigger than the limit.');
    }
    v.policy = { statements, revisionId: randomUUID() };
    return { status: 201, json: { Statement: JSON.stringify(statement), RevisionId: v.policy.revisionId } };
  }

  function removeLayerVersionPermission(ctx: Context): Reply {
    const v = findLayerVersion(ctx);
    const sid = ctx.params[2];
    if (!STATEMENT_ID.test(sid)) throw constraint('statementId', sid, 'satisfy regular expression pattern: ([a-zA-Z0-9-_]+)');
    const revision = ctx.query.get('RevisionId');
    if (revision !== null && revision !== v.policy.revisionId) throw staleRevision();
    if (!v.policy.statements.some((s) => s.Sid === sid)) throw notFound(`Statement ${sid} is not found in resource policy.`);
    v.policy = { statements: v.policy.statements.filter((s) => s.Sid !== sid), revisionId: randomUUID() };
    return { status: 204 };
  }

  function getLayerVersionByArn(ctx: Context): Reply {
    const arn = ctx.query.get('Arn') ?? '';
    const m = LAYER_VERSION_ARN.exec(arn);
    if (!m) throw constraint('arn', arn, `satisfy regular expression pattern: ${LAYER_VERSION_ARN.source}`);
    return findLayerVersionReply({ ...ctx, params: [m[3], m[4]] });
  }

  function findLayerVersionReply(ctx: Context): Reply {
    return { status: 200, json: layerVersionJson(ctx, layerName(ctx), findLayerVersion(ctx), true) };
  }

  // ---- routing ----------------------------------------------------------------------------------------------------

  const F = '/2015-03-31/functions/([^/]+)';
  const L = '/2018-10-31/layers/([^/]+)/versions';
  const route = (method: string, path: string, op: string, names: Route['names'], handle: Route['handle']): Route => ({
    method,
    path: new RegExp(`^${path}$`),
    op,
    names,
    handle,
  });
  const routes: Route[] = [
    route('POST', L, 'PublishLayerVersion', 'layer', publishLayerVersion),
    route('GET', L, 'ListLayerVersions', 'layer', listLayerVersions),
    route('GET', `${L}/(\\d+)`, 'GetLayerVersion', 'layer', findLayerVersionReply),
    route('DELETE', `${L}/(\\d+)`, 'DeleteLayerVersion', 'layer', (ctx) => {
      const v = ctx.state.layers.get(layerName(ctx))?.versions.get(Number(ctx.params[1]));
      // The version's policy goes with it.
      if (v) Object.assign(v, { deleted: true, policy: { statements: [], revisionId: randomUUID() } });
      return { status: 204 };
    }),
    route('POST', `${L}/(\\d+)/policy`, 'AddLayerVersionPermission', 'layer', addLayerVersionPermission),
    route('DELETE', `${L}/(\\d+)/policy/([^/]+)`, 'RemoveLayerVersionPermission', 'layer', removeLayerVersionPermission),
    route('GET', `${L}/(\\d+)/policy`, 'GetLayerVersionPolicy', 'layer', (ctx) => {
      const { policy } = findLayerVersion(ctx);
      if (policy.statements.length === 0) throw notFound('No policy is associated with the given resource.');
      return { status: 200, json: { Policy: policyDocument(policy.statements), RevisionId: policy.revisionId } };
    }),
    route('GET', '/2018-10-31/layers', 'GetLayerVersionByArn', undefined, getLayerVersionByArn),
    route('GET', '/2018-10-31/layers', 'ListLayers', undefined, listLayers),
    route('GET', '/2015-03-31/functions/?', 'ListFunctions', undefined, (ctx) => {
      const all = ctx.query.get('FunctionVersion') === 'ALL';
      const configs = [...ctx.state.functions.values()]
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .flatMap((fn) => [latestConfiguration(fn), ...(all ? fn.versions : [])].map(listed));
      const { items, next } = page(configs, ctx.query, 10_000);
      return { status: 200, json: { Functions: items, NextMarker: next } };
    }),
    route('GET', F, 'GetFunction', 'function', (ctx) => {
      const { fn, qualifier } = findFunction(ctx, true);
      return { status: 200, json: { Configuration: configurationAt(fn, qualifier), Code: { RepositoryType: 'S3' }, Tags: {} } };
    }),
    route('GET', `${F}/configuration`, 'GetFunctionConfiguration', 'function', (ctx) => {
      const { fn, qualifier } = findFunction(ctx, true);
      return { status: 200, json: configurationAt(fn, qualifier) };
    }),
    route('PUT', `${F}/configuration`, 'UpdateFunctionConfiguration', 'function', updateFunctionConfiguration),
    route('POST', `${F}/versions`, 'PublishVersion', 'function', publishVersion),
    route('GET', `${F}/versions`, 'ListVersionsByFunction', 'function', (ctx) => {
      const { fn } = findFunction(ctx, false);
      const { items, next } = page([latestConfiguration(fn), ...fn.versions].map(listed), ctx.query, 10_000);
      return { status: 200, json: { Versions: items, NextMarker: next } };
    }),
    route('POST', `${F}/aliases`, 'CreateAlias', 'function', (ctx) => {
      const { fn } = findFunction(ctx, false);
      const { Name: name, FunctionVersion: version, Description: description = '' } = ctx.body;
      if (!/^(?!^[0-9]+$)([a-zA-Z0-9-_]{1,128})$/.test(String(name))) throw constraint('name', name, 'satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)');
      if (fn.aliases.has(name)) throw conflict(`Alias already exists: ${fn.arn}:${name}`);
      const alias = { version: existingVersion(fn, version), description, revisionId: randomUUID() };
      fn.aliases.set(name, alias);
      return { status: 201, json: aliasJson(fn, name, alias) };
    }),
    route('GET', `${F}/aliases/([^/]+)`, 'GetAlias', 'function', (ctx) => {
      const { fn, name, alias } = findAlias(ctx);
      return { status: 200, json: aliasJson(fn, name, alias) };
    }),
    route('PUT', `${F}/aliases/([^/]+)`, 'UpdateAlias', 'function', (ctx) => {
      const { fn, name, alias } = findAlias(ctx);
      const b = ctx.body;
      if (b.RevisionId !== undefined && b.RevisionId !== alias.revisionId) throw staleRevision();
      const updated = {
        version: b.FunctionVersion === undefined ? alias.version : existingVersion(fn, b.FunctionVersion),
        description: b.Description ?? alias.description,
        revisionId: randomUUID(),
      };
      fn.aliases.set(name, updated);
      return { status: 200, json: aliasJson(fn, name, updated) };
    }),
    route('DELETE', `${F}/aliases/([^/]+)`, 'DeleteAlias', 'function', (ctx) => {
      findFunction(ctx, false).fn.aliases.delete(ctx.params[1]);
      return { status: 204 };
    }),
  ];

  function lambdaRoute(method: string, url: URL): { route?: Route; params: string[]; name?: string } {
    for (const r of routes) {
      const m = r.method === method ? r.path.exec(url.pathname) : null;
      if (!m) continue;
      if (r.op === 'GetLayerVersionByArn' && url.searchParams.get('find') !== 'LayerVersion') continue;
      const params = m.slice(1).map(decodeURIComponent);
      const name =
        r.names === 'function' ? parseFunctionName(params[0]).name : r.names === 'layer' ? params[0].split(':').at(-1) : undefined;
      return { route: r, params, name };
    }
    return { params: [] };
  }

  // ---- quota, faults, the HTTP server -----------------------------------------------------------------------------

  /** True when this call is over the quota; accepted calls count towards the window, refused ones do not. */
  function overQuota(region: string, op: string): boolean {
    if (!opts.rps) return false;
    const quota = op === 'GetFunction' ? GET_FUNCTION_RPS : opts.rps;
    const key = `${region} ${op === 'GetFunction' ? op : 'control'}`;
    const now = performance.now();
    const window = (windows.get(key) ?? []).filter((t) => now - t < 1000);
    windows.set(key, window);
    if (window.length >= quota) return true;
    window.push(now);
    return false;
  }

  const lambdaError = (e: ApiError) => ({
    status: e.status,
    headers: { 'x-amzn-errortype': e.type, ...(e.status === 429 ? { 'retry-after': '1' } : {}) },
    json: {
      Type: e.status >= 500 ? 'Service' : 'User',
      // ResourceNotFoundException carries `Message`, every other error `message` (as Lambda sends them).
      [e.type === 'ResourceNotFoundException' ? 'Message' : 'message']: e.message,
      ...e.extra,
    },
  });

  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const requestId = randomUUID();
    const scope = credentialScope(req.headers.authorization);
    if (!scope) return void write(res, requestId, unsigned(method, url));

    const isS3 = scope.service === 's3';
    const isSsm = scope.service === 'ssm';
    const lambda = isS3 || isSsm ? undefined : lambdaRoute(method, url);
    const { op, name } = isS3 ? s3.route(method, url.pathname) : isSsm ? ssm.route(req.headers['x-amz-target']) : { op: lambda!.route?.op ?? 'Unknown', name: lambda!.name };
    const query = Object.fromEntries(url.searchParams);
    let body: Json = {};
    let badBody = false;
    if (!isS3 && raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        badBody = true;
      }
    }
    const call: Call = { op, name, region: scope.region, status: 0, body: recordedBody(body), query };

    let delay = opts.latencyMs ?? 0;
    const holds: Promise<unknown>[] = [];
    let lose = false;
    let updateFails: UpdateFailure | undefined;
    let updateMs: number | undefined;
    let injected: { status: number; type: string; message?: string } | { drop: true } | { reply: Reply } | undefined;
    for (const fault of faults) {
      const answer = fault(call);
      if (!answer) continue;
      if ('delayMs' in answer) delay += answer.delayMs;
      else if ('until' in answer) holds.push(answer.until);
      else if ('lose' in answer) lose = true;
      else if ('updateFails' in answer) updateFails = answer.updateFails;
      else if ('updateMs' in answer) updateMs = answer.updateMs;
      else {
        injected = answer;
        break;
      }
    }
    const throttled = !injected && !isS3 && !isSsm && overQuota(scope.region, op);
    if (delay > 0) await sleep(delay);
    if (holds.length > 0) await Promise.allSettled(holds);
    if (injected && 'drop' in injected) {
      calls.push(call);
      req.socket.destroy();
      return;
    }

    let reply: Reply;
    if (injected && 'reply' in injected) {
      reply = injected.reply;
    } else if (injected) {
      const message = injected.message ?? `${injected.type} (injected by the local Lambda API)`;
      if (isSsm) reply = ssmErrorReply(injected.type, message, injected.status);
      else reply = isS3 ? s3ErrorReply(new S3Error(injected.status, injected.type, message), method, requestId) : lambdaError(new ApiError(injected.status, injected.type, message));
    } else if (throttled) {
      reply = lambdaError(new ApiError(429, 'TooManyRequestsException', 'Rate exceeded', { Reason: 'CallerRateLimitExceeded' }));
    } else if (isSsm) {
      reply = ssm.handle(op, body, scope.region);
    } else if (isS3) {
      reply = s3Reply(method, op, url.pathname, req.headers, raw, scope.region, requestId);
    } else {
      reply = lambdaReply(lambda!, method, url, raw, body, badBody, scope.region, { updateFails, updateMs });
    }
    if (lose) {
      calls.push({ ...call, status: reply.status, lost: true });
      req.socket.destroy();
      return;
    }
    calls.push({ ...call, status: reply.status });
    write(res, requestId, reply);
  }

  function lambdaReply(r: ReturnType<typeof lambdaRoute>, method: string, url: URL, raw: Buffer, body: Json, badBody: boolean, region: string, update: Pick<Context, 'updateFails' | 'updateMs'>) {
    try {
      if (!r.route) throw new ApiError(404, 'UnknownOperationException', `Unknown operation ${method} ${url.pathname}`);
      if (r.route.op === 'PublishLayerVersion' && raw.length > MAX_PUBLISH_REQUEST_BYTES) {
        throw new ApiError(413, 'RequestEntityTooLargeException', `Request must be smaller than ${MAX_PUBLISH_REQUEST_BYTES} bytes for the PublishLayerVersion operation`);
      }
      if (badBody) throw new ApiError(400, 'SerializationException', 'The request body is not valid JSON.');
      const reply = r.route.handle({ region, state: regionState(region), params: r.params, query: url.searchParams, body, ...update });
      return omitRevisionId && reply.json ? { ...reply, json: withoutRevisionIds(reply.json) } : reply;
    } catch (error) {
      if (error instanceof ApiError) return lambdaError(error);
      return lambdaError(new ApiError(500, 'ServiceException', `local Lambda API bug: ${(error as Error).stack}`));
    }
  }

  function s3Reply(method: string, op: string, path: string, headers: http.IncomingHttpHeaders, raw: Buffer, region: string, requestId: string): Reply {
    try {
      return s3.handle(op, { method, path, headers, body: raw, region });
    } catch (error) {
      if (error instanceof S3Error) return s3ErrorReply(error, method, requestId);
      throw error;
    }
  }

  /** Unsigned requests: the layer content behind GetLayerVersion's Content.Location, or Lambda's refusal. */
  function unsigned(method: string, url: URL): Reply {
    const m = /^\/_layer-content\/([^/]+)\/([^/]+)\/(\d+)$/.exec(url.pathname);
    const v = m && method === 'GET' ? regions.get(m[1])?.layers.get(m[2])?.versions.get(Number(m[3])) : undefined;
    if (v && !v.deleted) return { status: 200, headers: { 'content-type': 'application/zip' }, body: v.zip };
    return lambdaError(new ApiError(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token'));
  }

  function withoutRevisionIds(json: Json): Json {
    return JSON.parse(JSON.stringify(json, (key, value) => (key === 'RevisionId' ? undefined : value)));
  }

  const server = http.createServer((req, res) => {
    serve(req, res).catch((error) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  // Longer than the SDK's idle sockets live, so a reused socket is never closed under a request.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    calls,
    faults,
    account,
    addFunction(region: string, spec: FunctionSpec): LambdaFunction {
      const fn = new LambdaFunction(`arn:aws:lambda:${region}:${account}:function:${spec.name}`, spec, account);
      regionState(region).functions.set(spec.name, fn);
      return fn;
    },
    removeFunction(region: string, name: string): void {
      regions.get(region)?.functions.delete(name);
    },
    fn(region: string, name: string): LambdaFunction {
      const fn = regions.get(region)?.functions.get(name);
      if (!fn) throw new Error(`no function ${name} in ${region} on the local Lambda API`);
      return fn;
    },
    /** A layer's versions as stored (deleted ones included, flagged), for assertions. */
    layerVersions(region: string, name: string): LayerVersion[] {
      return [...(regions.get(region)?.layers.get(name)?.versions.values() ?? [])];
    },
    createBucket: s3.createBucket,
    object: s3.object,
    parameter: ssm.parameter,
    putParameter: ssm.putParameter,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      });
      if (opts.stateFile && !opts.readOnlyState) await saveState(opts.stateFile, regions);
    },
  };
}

export type LambdaApi = Awaited<ReturnType<typeof startLambdaApi>>;

/** The regions as JSON: Maps as entry lists, zips in base64. S3 objects are not kept. */
async function saveState(file: string, regions: Map<string, RegionState>): Promise<void> {
  const text = JSON.stringify(regions, function (key, value) {
    const raw = (this as Json)[key];
    if (raw instanceof Map) return { $map: [...raw] };
    if (Buffer.isBuffer(raw)) return { $base64: raw.toString('base64') };
    return value;
  });
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}

async function loadState(file: string): Promise<Map<string, RegionState>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return new Map();
  }
  const regions: Map<string, RegionState> = JSON.parse(text, (_key, value) => {
    if (value?.$map) return new Map(value.$map);
    if (typeof value?.$base64 === 'string') return Buffer.from(value.$base64, 'base64');
    return value;
  });
  for (const state of regions.values()) {
    for (const fn of state.functions.values()) Object.setPrototypeOf(fn, LambdaFunction.prototype);
  }
  return regions;
}

/** What a state file holds, per region: how many functions and (not deleted) layer versions; undefined without one. */
export async function stateSummary(file: string): Promise<{ region: string; functions: number; layerVersions: number }[] | undefined> {
  if (!existsSync(file)) return undefined;
  return [...(await loadState(file))].map(([region, state]) => ({
    region,
    functions: state.functions.size,
    layerVersions: [...state.layers.values()].reduce((n, layer) => n + [...layer.versions.values()].filter((v) => !v.deleted).length, 0),
  }));
}

/** `name`, `name:qualifier`, `123456789012:function:name[:qualifier]` or the full ARN. */
function parseFunctionName(raw: string): { name: string; qualifier?: string } {
  const parts = raw.split(':');
  const [name = '', qualifier] = parts[0] === 'arn' ? parts.slice(6) : parts[1] === 'function' ? parts.slice(2) : parts;
  return { name, qualifier };
}

/** Region and service from `AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/lambda/aws4_request, ...`. */
function credentialScope(authorization: string | undefined): { region: string; service: string } | undefined {
  const m = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization ?? '');
  return m ? { region: m[1], service: m[2] } : undefined;
}

/** Offset paging with an opaque marker; at most 50 items a page whatever MaxItems asks, like Lambda. */
function page<T>(items: T[], query: URLSearchParams, modelMax: number): { items: T[]; next?: string } {
  const max = Number(query.get('MaxItems') ?? PAGE_LIMIT);
  if (!Number.isInteger(max) || max < 1 || max > modelMax) {
    throw constraint('maxItems', query.get('MaxItems'), `have value less than or equal to ${modelMax} and greater than or equal to 1`);
  }
  const marker = query.get('Marker');
  const start = marker ? Number(Buffer.from(marker, 'base64url').toString('utf8')) : 0;
  if (!Number.isInteger(start) || start < 0) throw invalid('Invalid Marker.');
  const end = start + Math.min(max, PAGE_LIMIT);
  return { items: items.slice(start, end), next: end < items.length ? Buffer.from(String(end)).toString('base64url') : undefined };
}

/** A resource policy as GetLayerVersionPolicy returns it, and as its size limit counts it. */
function policyDocument(statements: Json[]): string {
  return JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: statements });
}

/** The end-of-central-directory record every zip ends with (followed by at most a 64 KiB comment). */
function isZip(buffer: Buffer): boolean {
  const tail = buffer.subarray(Math.max(0, buffer.length - 65_557));
  return tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) >= 0;
}

/** The sum of the uncompressed sizes the zip's central directory declares (Zip64 sizes count as 4 GiB). */
function unzippedSize(zip: Buffer): number {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let offset = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let i = zip.readUInt16LE(end + 10); i > 0 && zip.readUInt32LE(offset) === 0x02014b50; i--) {
    total += zip.readUInt32LE(offset + 24);
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return total;
}

function recordedBody(body: Json): Json {
  if (typeof body.Content?.ZipFile !== 'string') return body;
  return { ...body, Content: { ...body.Content, ZipFile: `(${Buffer.byteLength(body.Content.ZipFile, 'base64')} bytes)` } };
}

/** `2018-11-14T23:03:52.894+0000`, Lambda's date format. */
function lambdaDate(): string {
  return new Date().toISOString().replace('Z', '+0000');
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function write(res: http.ServerResponse, requestId: string, reply: Reply): void {
  const payload = reply.json ? JSON.stringify(reply.json) : reply.body;
  const headers: Record<string, string> = { 'x-amzn-requestid': requestId, 'x-amz-request-id': requestId, ...reply.headers };
  if (reply.json) headers['content-type'] = 'application/json';
  if (payload !== undefined && !headers['content-length']) headers['content-length'] = String(Buffer.byteLength(payload));
  res.writeHead(reply.status, headers);
  res.end(payload);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
