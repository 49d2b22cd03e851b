import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_http
} from "./chunk-ITIK3UTO.js";
import {
  __toESM
} from "./chunk-SK5B422H.js";

// src/local/lambda-api.ts
var import_node_http = __toESM(require_http(), 1);
import { createHash as createHash2, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

// src/local/s3-api.ts
import { createHash } from "node:crypto";
import { crc32 } from "node:zlib";
var S3Error = class extends Error {
  constructor(status, code, message, headers = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
  status;
  code;
  headers;
};
var NO_SUCH_BUCKET = "The specified bucket does not exist";
var NO_SUCH_KEY = "The specified key does not exist.";
function createS3Store() {
  const buckets = /* @__PURE__ */ new Map();
  function bucket(name, region) {
    const b = buckets.get(name);
    if (!b) throw new S3Error(404, "NoSuchBucket", NO_SUCH_BUCKET);
    if (b.region !== region) {
      throw new S3Error(301, "PermanentRedirect", `The bucket you are attempting to access must be addressed using the specified endpoint. The bucket is in ${b.region}.`, {
        "x-amz-bucket-region": b.region
      });
    }
    return b;
  }
  function createBucket(name, region = "us-east-1") {
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name)) throw new Error(`invalid bucket name '${name}'`);
    buckets.set(name, { region, objects: buckets.get(name)?.objects ?? /* @__PURE__ */ new Map() });
  }
  return {
    createBucket,
    object(name, key) {
      return buckets.get(name)?.objects.get(key);
    },
    /** GetObject as Lambda performs it for PublishLayerVersion; throws S3Error. */
    read(name, key, region) {
      const found = bucket(name, region).objects.get(key);
      if (!found) throw new S3Error(404, "NoSuchKey", NO_SUCH_KEY);
      return found.body;
    },
    /** The operation a request is, and the name recorded for it (`bucket/key`). */
    route(method, path2) {
      const [name, key] = splitPath(path2);
      const ops = {
        PUT: ["CreateBucket", "PutObject"],
        HEAD: ["HeadBucket", "HeadObject"],
        GET: ["ListObjects", "GetObject"],
        DELETE: ["DeleteBucket", "DeleteObject"]
      };
      const op = ops[method]?.[key ? 1 : 0] ?? "Unknown";
      return { op, name: name && (key ? `${name}/${key}` : name) };
    },
    handle(op, req) {
      const [name, key] = splitPath(req.path);
      switch (op) {
        case "CreateBucket":
          if (buckets.has(name)) throw new S3Error(409, "BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.");
          createBucket(name, req.region);
          return { status: 200, headers: { location: `/${name}` } };
        case "HeadBucket":
          return { status: 200, headers: { "x-amz-bucket-region": bucket(name, req.region).region } };
        case "PutObject": {
          const target = bucket(name, req.region);
          const { body, checksums } = decodeBody(req);
          verifyChecksums(body, checksums);
          const etag = `"${createHash("md5").update(body).digest("hex")}"`;
          const contentType = header(req.headers, "content-type") ?? "binary/octet-stream";
          target.objects.set(key, { body, etag, contentType, lastModified: /* @__PURE__ */ new Date() });
          const echoed = Object.fromEntries(Object.entries(checksums).filter(([h]) => h.startsWith("x-amz-checksum-")));
          return { status: 200, headers: { etag, ...echoed } };
        }
        case "GetObject":
        case "HeadObject": {
          const found = bucket(name, req.region).objects.get(key);
          if (!found) throw new S3Error(404, "NoSuchKey", NO_SUCH_KEY);
          const headers = {
            etag: found.etag,
            "content-type": found.contentType,
            "content-length": String(found.body.length),
            "last-modified": found.lastModified.toUTCString()
          };
          return { status: 200, headers, body: op === "GetObject" ? found.body : void 0 };
        }
        case "DeleteObject":
          bucket(name, req.region).objects.delete(key);
          return { status: 204 };
        default:
          throw new S3Error(501, "NotImplemented", `A header or operation you provided implies functionality that is not implemented (${req.method} ${req.path}).`);
      }
    }
  };
}
function s3ErrorReply(error, method, requestId) {
  const body = method === "HEAD" ? void 0 : `<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>${error.code}</Code><Message>${escapeXml(error.message)}</Message><RequestId>${requestId}</RequestId></Error>`;
  return { status: error.status, headers: { "content-type": "application/xml", ...error.headers }, body };
}
function splitPath(path2) {
  const [, name = "", ...rest] = path2.split("/");
  return [decodeURIComponent(name), rest.map(decodeURIComponent).join("/")];
}
function header(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}
function decodeBody(req) {
  const checksums = {};
  for (const name of [...CHECKSUMS.keys(), "content-md5"]) {
    const value = header(req.headers, name);
    if (value) checksums[name] = value;
  }
  const chunked = /aws-chunked/.test(header(req.headers, "content-encoding") ?? "") || (header(req.headers, "x-amz-content-sha256") ?? "").startsWith("STREAMING-");
  if (!chunked) return { body: req.body, checksums };
  const { body, trailers } = decodeAwsChunked(req.body);
  const declared = Number(header(req.headers, "x-amz-decoded-content-length"));
  if (!Number.isNaN(declared) && declared !== body.length) {
    throw new S3Error(400, "IncompleteBody", `You did not provide the number of bytes specified by the x-amz-decoded-content-length header (${declared}, got ${body.length}).`);
  }
  return { body, checksums: { ...checksums, ...trailers } };
}
function decodeAwsChunked(raw) {
  const chunks = [];
  let at = 0;
  const line = () => {
    const end = raw.indexOf("\r\n", at);
    if (end < 0) throw new S3Error(400, "IncompleteBody", "The aws-chunked body ended in the middle of a chunk header.");
    const text = raw.subarray(at, end).toString("latin1");
    at = end + 2;
    return text;
  };
  for (; ; ) {
    const size = parseInt(line().split(";")[0], 16);
    if (Number.isNaN(size)) throw new S3Error(400, "InvalidChunkSizeError", "Only the last chunk is allowed to have a size less than 8192 bytes");
    if (size === 0) break;
    chunks.push(raw.subarray(at, at + size));
    at += size + 2;
  }
  const trailers = {};
  for (let text = at < raw.length ? line() : ""; text !== ""; text = at < raw.length ? line() : "") {
    const colon = text.indexOf(":");
    trailers[text.slice(0, colon).trim().toLowerCase()] = text.slice(colon + 1).trim();
  }
  return { body: Buffer.concat(chunks), trailers };
}
var CHECKSUMS = /* @__PURE__ */ new Map([
  ["x-amz-checksum-crc32", (body) => uint32(crc32(body))],
  ["x-amz-checksum-sha1", (body) => createHash("sha1").update(body).digest("base64")],
  ["x-amz-checksum-sha256", (body) => createHash("sha256").update(body).digest("base64")]
]);
function verifyChecksums(body, sent) {
  for (const [name, value] of Object.entries(sent)) {
    const compute = name === "content-md5" ? (b) => createHash("md5").update(b).digest("base64") : CHECKSUMS.get(name);
    if (compute && compute(body) !== value) {
      const what = name === "content-md5" ? "Content-MD5" : name.slice("x-amz-checksum-".length).toUpperCase();
      throw new S3Error(400, "BadDigest", `The ${what} you specified did not match the calculated checksum.`);
    }
  }
}
function uint32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b.toString("base64");
}
function escapeXml(text) {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

// src/local/ssm-api.ts
var CONTENT_TYPE = "application/x-amz-json-1.1";
var NAME = /^\/?[a-zA-Z0-9_.\-/]{1,1011}$/;
function createSsmStore(account) {
  const regions = /* @__PURE__ */ new Map();
  const store = (region) => {
    let r = regions.get(region);
    if (!r) regions.set(region, r = /* @__PURE__ */ new Map());
    return r;
  };
  function getParameter(body, region) {
    const p = store(region).get(checkedName(body.Name));
    if (!p) throw new SsmError("ParameterNotFound", `Parameter ${body.Name} not found.`);
    return {
      Parameter: {
        Name: p.name,
        Type: p.type,
        Value: p.value,
        Version: p.version,
        LastModifiedDate: p.lastModifiedDate.getTime() / 1e3,
        ARN: `arn:aws:ssm:${region}:${account}:parameter${p.name.startsWith("/") ? "" : "/"}${p.name}`,
        DataType: "text"
      }
    };
  }
  function putParameter(body, region) {
    const name = checkedName(body.Name);
    if (typeof body.Value !== "string" || body.Value.length === 0) throw new SsmError("ValidationException", "Value must not be empty.");
    if (body.Description !== void 0 && String(body.Description).length > 1024) {
      throw new SsmError("ValidationException", "Value at 'description' failed to satisfy constraint: Member must have length less than or equal to 1024");
    }
    const existing = store(region).get(name);
    if (existing && !body.Overwrite) {
      throw new SsmError("ParameterAlreadyExists", "The parameter already exists. To overwrite this value, set the overwrite option in the request to true.");
    }
    const type = body.Type ?? existing?.type ?? "String";
    if (!["String", "StringList", "SecureString"].includes(type)) throw new SsmError("ValidationException", `Invalid Type ${type}.`);
    const parameter = {
      name,
      value: body.Value,
      type,
      description: body.Description ?? existing?.description,
      version: (existing?.version ?? 0) + 1,
      lastModifiedDate: /* @__PURE__ */ new Date()
    };
    store(region).set(name, parameter);
    return { Version: parameter.version, Tier: "Standard" };
  }
  const operations = {
    GetParameter: getParameter,
    PutParameter: putParameter
  };
  return {
    /** The operation named by the X-Amz-Target header. */
    route(target) {
      const op = /^AmazonSSM\.(\w+)$/.exec(String(target ?? ""))?.[1];
      return { op: op ?? "Unknown" };
    },
    handle(op, body, region) {
      try {
        const operation = operations[op];
        if (!operation) throw new SsmError("UnknownOperationException", `Unknown operation ${op}`);
        return { status: 200, headers: { "content-type": CONTENT_TYPE }, json: operation(body, region) };
      } catch (error) {
        if (error instanceof SsmError) return ssmErrorReply(error.type, error.message);
        throw error;
      }
    },
    /** A parameter as stored, for assertions. */
    parameter(region, name) {
      return regions.get(region)?.get(name);
    },
    /** Stores a parameter as if someone else had written it. */
    putParameter(region, name, value) {
      putParameter({ Name: name, Value: value, Type: "String", Overwrite: true }, region);
    }
  };
}
var SsmError = class extends Error {
  constructor(type, message) {
    super(message);
    this.type = type;
  }
  type;
};
function ssmErrorReply(type, message, status = 400) {
  return { status, headers: { "content-type": CONTENT_TYPE }, json: { __type: type, message } };
}
function checkedName(name) {
  if (typeof name !== "string" || !NAME.test(name)) {
    throw new SsmError("ValidationException", `Parameter name '${String(name)}' is not valid: use letters, digits and _.-/ only.`);
  }
  return name;
}

// src/local/lambda-api.ts
var LambdaFunction = class {
  constructor(arn, spec, account) {
    this.arn = arn;
    this.layers = spec.layers ?? [];
    this.environment = spec.environment;
    this.memorySize = spec.memorySize ?? 128;
    this.timeout = spec.timeout ?? 3;
    this.runtime = spec.runtime ?? "nodejs22.x";
    this.architectures = spec.architectures ?? ["x86_64"];
    this.role = `arn:aws:iam::${account}:role/${spec.name}-role`;
    this.codeSha256 = createHash2("sha256").update(spec.name).digest("base64");
    if (spec.pendingMs) {
      this.busyUntil = Date.now() + spec.pendingMs;
      this.creating = true;
    }
  }
  arn;
  layers;
  environment;
  memorySize;
  timeout;
  runtime;
  handler = "index.handler";
  description = "";
  architectures;
  role;
  codeSha256;
  codeSize = 1024;
  revisionId = randomUUID();
  lastModified = lambdaDate();
  /** When the update in progress (or the creation, while Pending) ends; 0 when none is. */
  busyUntil = 0;
  creating = false;
  /** The settings before the update in progress, put back if it fails. */
  before;
  failure;
  lastFailure;
  /** Published versions: versions[n - 1] is version n, frozen. */
  versions = [];
  aliases = /* @__PURE__ */ new Map();
  /** Starts an update of `settings`, to finish after `ms` (failing with `failure`, if given). */
  update(settings, ms, failure) {
    this.before = { layers: this.layers, environment: this.environment, memorySize: this.memorySize, timeout: this.timeout, runtime: this.runtime, handler: this.handler, description: this.description };
    Object.assign(this, Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== void 0)));
    this.revisionId = randomUUID();
    this.lastModified = lambdaDate();
    this.busyUntil = Date.now() + ms;
    this.failure = failure;
    this.lastFailure = void 0;
  }
  /**
   * Ends the update whose time has come. Lambda gives the function a new RevisionId once more when an update
   * completes (aws/aws-sdk#377: the one UpdateFunctionConfiguration returned is stale by then); a failed update is
   * abandoned and the previous configuration stays (functions-states.html, "Failed").
   */
  settle() {
    if (this.busyUntil === 0 || Date.now() < this.busyUntil) return;
    this.busyUntil = 0;
    this.revisionId = randomUUID();
    if (this.failure && this.before) Object.assign(this, this.before);
    this.lastFailure = this.failure;
    this.failure = void 0;
    this.before = void 0;
    this.creating = false;
  }
  /** Pending while being created, then Active. */
  get state() {
    this.settle();
    return this.creating ? "Pending" : "Active";
  }
  get name() {
    return this.arn.split(":")[6];
  }
  /** LastUpdateStatus of $LATEST. */
  get status() {
    this.settle();
    return this.busyUntil > 0 ? "InProgress" : this.lastFailure ? "Failed" : "Successful";
  }
  /** State, LastUpdateStatus and their reasons, as GetFunction reports them. */
  statusFields() {
    const creating = { reason: "The function is being created.", reasonCode: "Creating" };
    const state = this.state;
    const status = this.status;
    const why = status === "Failed" ? this.lastFailure : state === "Pending" ? creating : void 0;
    return {
      State: state,
      ...state === "Pending" ? { StateReason: creating.reason, StateReasonCode: creating.reasonCode } : {},
      LastUpdateStatus: status,
      ...why ? { LastUpdateStatusReason: why.reason, LastUpdateStatusReasonCode: why.reasonCode } : {}
    };
  }
};
var ApiError = class extends Error {
  constructor(status, type, message, extra = {}) {
    super(message);
    this.status = status;
    this.type = type;
    this.extra = extra;
  }
  status;
  type;
  extra;
};
var notFound = (message) => new ApiError(404, "ResourceNotFoundException", message);
var invalid = (message) => new ApiError(400, "InvalidParameterValueException", message);
var conflict = (message) => new ApiError(409, "ResourceConflictException", message);
var staleRevision = () => new ApiError(412, "PreconditionFailedException", "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id");
var constraint = (field, value, rule) => new ApiError(400, "ValidationException", `1 validation error detected: Value '${String(value)}' at '${field}' failed to satisfy constraint: Member must ${rule}`);
var MAX_PUBLISH_REQUEST_BYTES = 69905067;
var MAX_LAYERS = 5;
var GET_FUNCTION_RPS = 100;
var MAX_UNZIPPED_BYTES = 262144e3;
var MAX_POLICY_BYTES = 20480;
var PAGE_LIMIT = 50;
var UPDATE_MS = 1e3;
var LAYER_NAME = /^(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\d{12}:layer:)?[a-zA-Z0-9-_]{1,140}$/;
var LAYER_VERSION_ARN = /^arn:[a-zA-Z0-9-]+:lambda:([a-z0-9-]+):(\d{12}):layer:([a-zA-Z0-9-_]+):(\d+)$/;
var ARCHITECTURES = ["x86_64", "arm64"];
var STATEMENT_ID = /^[a-zA-Z0-9-_]{1,100}$/;
async function startLambdaApi(opts = {}) {
  const account = opts.account ?? "123456789012";
  const omitRevisionId = opts.omitRevisionId ?? false;
  const calls = [];
  const faults = [];
  const regions = opts.stateFile ? await loadState(opts.stateFile) : /* @__PURE__ */ new Map();
  const s3 = createS3Store();
  const ssm = createSsmStore(account);
  const windows = /* @__PURE__ */ new Map();
  let base = "";
  const regionState = (region) => {
    let state = regions.get(region);
    if (!state) regions.set(region, state = { functions: /* @__PURE__ */ new Map(), layers: /* @__PURE__ */ new Map() });
    return state;
  };
  function findFunction(ctx, allowQualifier) {
    const { name, qualifier: inName } = parseFunctionName(ctx.params[0]);
    if (!/^[a-zA-Z0-9-_]{1,64}$/.test(name)) {
      throw constraint("functionName", ctx.params[0], "satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?");
    }
    const qualifier = ctx.query.get("Qualifier") ?? inName;
    if (inName && qualifier !== inName) throw invalid("The derived qualifier from the function name does not match the specified qualifier.");
    if (qualifier && !allowQualifier) throw invalid(`Unsupported qualifier ${qualifier} for this operation.`);
    const fn = ctx.state.functions.get(name);
    if (!fn) throw notFound(`Function not found: arn:aws:lambda:${ctx.region}:${account}:function:${name}`);
    return { fn, qualifier };
  }
  function storedLayer(arn) {
    const m = LAYER_VERSION_ARN.exec(arn);
    return m ? regions.get(m[1])?.layers.get(m[3])?.versions.get(Number(m[4])) : void 0;
  }
  function layerSize(arn) {
    return storedLayer(arn)?.zip.length ?? 0;
  }
  function latestConfiguration(fn) {
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
      Version: "$LATEST",
      ...fn.environment ? { Environment: { Variables: fn.environment } } : {},
      ...fn.layers.length > 0 ? { Layers: fn.layers.map((arn) => ({ Arn: arn, CodeSize: layerSize(arn) })) } : {},
      Architectures: fn.architectures,
      PackageType: "Zip",
      ...fn.statusFields(),
      RevisionId: fn.revisionId
    };
  }
  function contentKey(config) {
    const { FunctionArn: _a, Version: _v, RevisionId: _r, LastModified: _m, Description: _d, ...rest } = config;
    for (const status of ["State", "StateReason", "StateReasonCode", "LastUpdateStatus", "LastUpdateStatusReason", "LastUpdateStatusReasonCode"]) delete rest[status];
    return JSON.stringify(rest);
  }
  function configurationAt(fn, qualifier) {
    if (!qualifier || qualifier === "$LATEST") return latestConfiguration(fn);
    const version = /^\d+$/.test(qualifier) ? qualifier : fn.aliases.get(qualifier)?.version;
    if (version === "$LATEST") return latestConfiguration(fn);
    const config = version && fn.versions[Number(version) - 1];
    if (!config) throw notFound(`Function not found: ${fn.arn}:${qualifier}`);
    return config;
  }
  function checkLayers(region, arns) {
    if (!Array.isArray(arns)) throw constraint("layers", arns, "not be null");
    if (arns.length > MAX_LAYERS) throw invalid(`Cannot reference more than ${MAX_LAYERS} layers.`);
    const seen = /* @__PURE__ */ new Map();
    for (const arn of arns) {
      const m = LAYER_VERSION_ARN.exec(String(arn));
      if (!m) throw constraint("layers", `[${arn}]`, `satisfy regular expression pattern: ${LAYER_VERSION_ARN.source}`);
      const [, layerRegion, layerAccount, name, version] = m;
      if (layerRegion !== region) throw invalid(`Layers are not in the same region as the function. Layers are expected to be in region ${region}.`);
      const published = regions.get(region)?.layers.get(name)?.versions.get(Number(version));
      if (layerAccount === account && !opts.trustLayerArns && (!published || published.deleted)) {
        throw invalid(`Layer version ${arn} does not exist.`);
      }
      const layer = String(arn).replace(/:\d+$/, "");
      const other = seen.get(layer);
      if (other) {
        throw invalid(`Two different versions of the same layer are not allowed to be referenced in the same function. ${other} and ${arn} are versions of the same layer.`);
      }
      seen.set(layer, arn);
    }
    return arns;
  }
  function checkUnzipped(fn, arns) {
    const size = fn.codeSize + arns.reduce((sum, arn) => sum + (storedLayer(arn) ? unzippedSize(storedLayer(arn).zip) : 0), 0);
    if (size > MAX_UNZIPPED_BYTES) {
      throw invalid(`Function code combined with layers exceeds the maximum allowed size of ${MAX_UNZIPPED_BYTES} bytes. The actual size is ${size} bytes.`);
    }
  }
  function changeable(ctx) {
    const { fn } = findFunction(ctx, false);
    if (fn.state === "Pending") {
      throw conflict("The operation cannot be performed at this time. The function is currently in the following state: Pending");
    }
    if (fn.status === "InProgress") {
      throw conflict(`The operation cannot be performed at this time. An update is in progress for resource: ${fn.arn}`);
    }
    if (ctx.body.RevisionId !== void 0 && ctx.body.RevisionId !== fn.revisionId) throw staleRevision();
    return fn;
  }
  function updateFunctionConfiguration(ctx) {
    const fn = changeable(ctx);
    const b = ctx.body;
    const layers = b.Layers === void 0 ? void 0 : checkLayers(ctx.region, b.Layers);
    if (layers) checkUnzipped(fn, layers);
    if (b.MemorySize !== void 0 && !(b.MemorySize >= 128 && b.MemorySize <= 10240)) {
      throw constraint("memorySize", b.MemorySize, "have value less than or equal to 10240 and greater than or equal to 128");
    }
    if (b.Timeout !== void 0 && !(b.Timeout >= 1 && b.Timeout <= 900)) throw invalid("Timeout must be between 1 and 900 seconds.");
    fn.update(
      {
        layers,
        environment: b.Environment === void 0 ? void 0 : b.Environment.Variables ?? {},
        memorySize: b.MemorySize,
        timeout: b.Timeout,
        runtime: b.Runtime,
        handler: b.Handler,
        description: b.Description
      },
      ctx.updateMs ?? opts.updateMs ?? UPDATE_MS,
      ctx.updateFails
    );
    return { status: 200, json: latestConfiguration(fn) };
  }
  function publishVersion(ctx) {
    const fn = changeable(ctx);
    const b = ctx.body;
    if (b.CodeSha256 !== void 0 && b.CodeSha256 !== fn.codeSha256) {
      throw invalid(`CodeSHA256 (${b.CodeSha256}) is different from current CodeSHA256 in $LATEST (${fn.codeSha256}). Please try publishing again with the current CodeSHA256.`);
    }
    const latest = latestConfiguration(fn);
    const previous = fn.versions.at(-1);
    if (previous && contentKey(previous) === contentKey(latest)) return { status: 201, json: previous };
    const version = String(fn.versions.length + 1);
    const config = Object.freeze({
      ...latest,
      FunctionArn: `${fn.arn}:${version}`,
      Version: version,
      Description: b.Description ?? "",
      LastUpdateStatus: "Successful",
      RevisionId: randomUUID()
    });
    fn.versions.push(config);
    return { status: 201, json: config };
  }
  function aliasJson(fn, name, alias) {
    return {
      AliasArn: `${fn.arn}:${name}`,
      Name: name,
      FunctionVersion: alias.version,
      Description: alias.description,
      RevisionId: alias.revisionId
    };
  }
  function existingVersion(fn, version) {
    if (version === "$LATEST" || typeof version === "string" && /^\d+$/.test(version) && fn.versions[Number(version) - 1]) {
      return version;
    }
    throw notFound(`Function not found: ${fn.arn}:${String(version)}`);
  }
  function findAlias(ctx) {
    const { fn } = findFunction(ctx, false);
    const name = ctx.params[1];
    const alias = fn.aliases.get(name);
    if (!alias) throw notFound(`Alias not found: ${fn.arn}:${name}`);
    return { fn, name, alias };
  }
  function listed(config) {
    const { LastUpdateStatus: _s, LastUpdateStatusReason: _r, LastUpdateStatusReasonCode: _c, State: _t, StateReason: _u, StateReasonCode: _v, ...rest } = config;
    return rest;
  }
  function layerName(ctx) {
    const raw = ctx.params[0];
    if (!LAYER_NAME.test(raw)) throw constraint("layerName", raw, `satisfy regular expression pattern: ${LAYER_NAME.source}`);
    return raw.split(":").at(-1);
  }
  function findLayerVersion(ctx) {
    const found = ctx.state.layers.get(layerName(ctx))?.versions.get(Number(ctx.params[1]));
    if (!found || found.deleted) throw notFound("The resource you requested does not exist.");
    return found;
  }
  function layerVersionJson(ctx, name, v, full) {
    return {
      ...full ? {
        Content: { Location: `${base}/_layer-content/${ctx.region}/${name}/${v.version}`, CodeSha256: v.codeSha256, CodeSize: v.zip.length },
        LayerArn: v.arn.replace(/:\d+$/, "")
      } : {},
      LayerVersionArn: v.arn,
      Version: v.version,
      Description: v.description,
      CreatedDate: v.createdDate,
      CompatibleRuntimes: v.runtimes,
      LicenseInfo: v.license,
      CompatibleArchitectures: v.architectures
    };
  }
  function layerContent(region, content) {
    if (!content) throw constraint("content", null, "not be null");
    if (typeof content.ZipFile === "string") return Buffer.from(content.ZipFile, "base64");
    if (!content.S3Bucket || !content.S3Key) throw invalid("Please provide a source for the layer content: ZipFile, or S3Bucket and S3Key.");
    try {
      return s3.read(content.S3Bucket, content.S3Key, region);
    } catch (error) {
      if (!(error instanceof S3Error)) throw error;
      throw invalid(`Error occurred while GetObject. S3 Error Code: ${error.code}. S3 Error Message: ${error.message}`);
    }
  }
  function publishLayerVersion(ctx) {
    const name = layerName(ctx);
    const b = ctx.body;
    if (typeof b.Description === "string" && b.Description.length > 256) {
      throw constraint("description", b.Description, "have length less than or equal to 256");
    }
    if (typeof b.LicenseInfo === "string" && b.LicenseInfo.length > 512) {
      throw constraint("licenseInfo", b.LicenseInfo, "have length less than or equal to 512");
    }
    if ((b.CompatibleRuntimes?.length ?? 0) > 15) throw constraint("compatibleRuntimes", b.CompatibleRuntimes, "have length less than or equal to 15");
    if ((b.CompatibleArchitectures?.length ?? 0) > 2) {
      throw constraint("compatibleArchitectures", b.CompatibleArchitectures, "have length less than or equal to 2");
    }
    for (const arch of b.CompatibleArchitectures ?? []) {
      if (!ARCHITECTURES.includes(arch)) throw constraint("compatibleArchitectures", arch, `satisfy enum value set: [${ARCHITECTURES.join(", ")}]`);
    }
    const zip = layerContent(ctx.region, b.Content);
    if (!isZip(zip)) throw invalid("Could not unzip uploaded file. Please check your file, then try to upload again.");
    if (unzippedSize(zip) > MAX_UNZIPPED_BYTES) throw invalid(`Unzipped size must be smaller than ${MAX_UNZIPPED_BYTES} bytes`);
    let layer = ctx.state.layers.get(name);
    if (!layer) ctx.state.layers.set(name, layer = { arn: `arn:aws:lambda:${ctx.region}:${account}:layer:${name}`, next: 1, versions: /* @__PURE__ */ new Map() });
    const version = layer.next++;
    const published = {
      version,
      arn: `${layer.arn}:${version}`,
      description: b.Description,
      createdDate: lambdaDate(),
      runtimes: b.CompatibleRuntimes,
      architectures: b.CompatibleArchitectures,
      license: b.LicenseInfo,
      zip,
      codeSha256: createHash2("sha256").update(zip).digest("base64"),
      deleted: false,
      policy: { statements: [], revisionId: randomUUID() }
    };
    layer.versions.set(version, published);
    return { status: 201, json: layerVersionJson(ctx, name, published, true) };
  }
  function listLayerVersions(ctx) {
    const name = layerName(ctx);
    const runtime = ctx.query.get("CompatibleRuntime");
    const arch = ctx.query.get("CompatibleArchitecture");
    const versions = [...ctx.state.layers.get(name)?.versions.values() ?? []].filter((v) => !v.deleted && (!runtime || v.runtimes?.includes(runtime)) && (!arch || v.architectures?.includes(arch))).sort((a, b) => b.version - a.version);
    const { items, next } = page(versions, ctx.query, PAGE_LIMIT);
    return { status: 200, json: { LayerVersions: items.map((v) => layerVersionJson(ctx, name, v, false)), NextMarker: next } };
  }
  function listLayers(ctx) {
    const runtime = ctx.query.get("CompatibleRuntime");
    const arch = ctx.query.get("CompatibleArchitecture");
    const layers = [...ctx.state.layers].sort(([a], [b]) => a < b ? -1 : 1).flatMap(([name, layer]) => {
      const latest = [...layer.versions.values()].filter((v) => !v.deleted && (!runtime || v.runtimes?.includes(runtime)) && (!arch || v.architectures?.includes(arch))).sort((a, b) => b.version - a.version)[0];
      return latest ? [{ LayerName: name, LayerArn: layer.arn, LatestMatchingVersion: layerVersionJson(ctx, name, latest, false) }] : [];
    });
    const { items, next } = page(layers, ctx.query, PAGE_LIMIT);
    return { status: 200, json: { Layers: items, NextMarker: next } };
  }
  function addLayerVersionPermission(ctx) {
    const v = findLayerVersion(ctx);
    const { StatementId: sid, Action: action, Principal: principal, OrganizationId: org } = ctx.body;
    const revision = ctx.query.get("RevisionId") ?? void 0;
    if (!STATEMENT_ID.test(String(sid))) throw constraint("statementId", sid, "satisfy regular expression pattern: ([a-zA-Z0-9-_]+)");
    if (action !== "lambda:GetLayerVersion") throw constraint("action", action, "satisfy regular expression pattern: lambda:GetLayerVersion");
    if (!/^(\d{12}|\*|arn:(aws[a-zA-Z-]*):iam::\d{12}:root)$/.test(String(principal))) {
      throw constraint("principal", principal, "satisfy regular expression pattern: \\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root");
    }
    if (org !== void 0 && (!/^o-[a-z0-9]{10,32}$/.test(String(org)) || principal !== "*")) {
      throw invalid(`OrganizationId ${org} must look like o-xxxxxxxxxx and needs Principal '*'.`);
    }
    if (revision !== void 0 && revision !== v.policy.revisionId) throw staleRevision();
    if (v.policy.statements.some((s) => s.Sid === sid)) {
      throw conflict(`The statement id (${sid}) provided already exists. Please provide a new statement id, or remove the existing statement.`);
    }
    const statement = {
      Sid: sid,
      Effect: "Allow",
      Principal: principal === "*" ? "*" : { AWS: principal.startsWith("arn:") ? principal : `arn:aws:iam::${principal}:root` },
      Action: action,
      Resource: v.arn,
      ...org ? { Condition: { StringEquals: { "aws:PrincipalOrgID": org } } } : {}
    };
    const statements = [...v.policy.statements, statement];
    if (Buffer.byteLength(policyDocument(statements)) > MAX_POLICY_BYTES) {
      throw new ApiError(400, "PolicyLengthExceededException", "The final policy size is bigger than the limit.");
    }
    v.policy = { statements, revisionId: randomUUID() };
    return { status: 201, json: { Statement: JSON.stringify(statement), RevisionId: v.policy.revisionId } };
  }
  function removeLayerVersionPermission(ctx) {
    const v = findLayerVersion(ctx);
    const sid = ctx.params[2];
    if (!STATEMENT_ID.test(sid)) throw constraint("statementId", sid, "satisfy regular expression pattern: ([a-zA-Z0-9-_]+)");
    const revision = ctx.query.get("RevisionId");
    if (revision !== null && revision !== v.policy.revisionId) throw staleRevision();
    if (!v.policy.statements.some((s) => s.Sid === sid)) throw notFound(`Statement ${sid} is not found in resource policy.`);
    v.policy = { statements: v.policy.statements.filter((s) => s.Sid !== sid), revisionId: randomUUID() };
    return { status: 204 };
  }
  function getLayerVersionByArn(ctx) {
    const arn = ctx.query.get("Arn") ?? "";
    const m = LAYER_VERSION_ARN.exec(arn);
    if (!m) throw constraint("arn", arn, `satisfy regular expression pattern: ${LAYER_VERSION_ARN.source}`);
    return findLayerVersionReply({ ...ctx, params: [m[3], m[4]] });
  }
  function findLayerVersionReply(ctx) {
    return { status: 200, json: layerVersionJson(ctx, layerName(ctx), findLayerVersion(ctx), true) };
  }
  const F = "/2015-03-31/functions/([^/]+)";
  const L = "/2018-10-31/layers/([^/]+)/versions";
  const route = (method, path2, op, names, handle) => ({
    method,
    path: new RegExp(`^${path2}$`),
    op,
    names,
    handle
  });
  const routes = [
    route("POST", L, "PublishLayerVersion", "layer", publishLayerVersion),
    route("GET", L, "ListLayerVersions", "layer", listLayerVersions),
    route("GET", `${L}/(\\d+)`, "GetLayerVersion", "layer", findLayerVersionReply),
    route("DELETE", `${L}/(\\d+)`, "DeleteLayerVersion", "layer", (ctx) => {
      const v = ctx.state.layers.get(layerName(ctx))?.versions.get(Number(ctx.params[1]));
      if (v) Object.assign(v, { deleted: true, policy: { statements: [], revisionId: randomUUID() } });
      return { status: 204 };
    }),
    route("POST", `${L}/(\\d+)/policy`, "AddLayerVersionPermission", "layer", addLayerVersionPermission),
    route("DELETE", `${L}/(\\d+)/policy/([^/]+)`, "RemoveLayerVersionPermission", "layer", removeLayerVersionPermission),
    route("GET", `${L}/(\\d+)/policy`, "GetLayerVersionPolicy", "layer", (ctx) => {
      const { policy } = findLayerVersion(ctx);
      if (policy.statements.length === 0) throw notFound("No policy is associated with the given resource.");
      return { status: 200, json: { Policy: policyDocument(policy.statements), RevisionId: policy.revisionId } };
    }),
    route("GET", "/2018-10-31/layers", "GetLayerVersionByArn", void 0, getLayerVersionByArn),
    route("GET", "/2018-10-31/layers", "ListLayers", void 0, listLayers),
    route("GET", "/2015-03-31/functions/?", "ListFunctions", void 0, (ctx) => {
      const all = ctx.query.get("FunctionVersion") === "ALL";
      const configs = [...ctx.state.functions.values()].sort((a, b) => a.name < b.name ? -1 : 1).flatMap((fn) => [latestConfiguration(fn), ...all ? fn.versions : []].map(listed));
      const { items, next } = page(configs, ctx.query, 1e4);
      return { status: 200, json: { Functions: items, NextMarker: next } };
    }),
    route("GET", F, "GetFunction", "function", (ctx) => {
      const { fn, qualifier } = findFunction(ctx, true);
      return { status: 200, json: { Configuration: configurationAt(fn, qualifier), Code: { RepositoryType: "S3" }, Tags: {} } };
    }),
    route("GET", `${F}/configuration`, "GetFunctionConfiguration", "function", (ctx) => {
      const { fn, qualifier } = findFunction(ctx, true);
      return { status: 200, json: configurationAt(fn, qualifier) };
    }),
    route("PUT", `${F}/configuration`, "UpdateFunctionConfiguration", "function", updateFunctionConfiguration),
    route("POST", `${F}/versions`, "PublishVersion", "function", publishVersion),
    route("GET", `${F}/versions`, "ListVersionsByFunction", "function", (ctx) => {
      const { fn } = findFunction(ctx, false);
      const { items, next } = page([latestConfiguration(fn), ...fn.versions].map(listed), ctx.query, 1e4);
      return { status: 200, json: { Versions: items, NextMarker: next } };
    }),
    route("POST", `${F}/aliases`, "CreateAlias", "function", (ctx) => {
      const { fn } = findFunction(ctx, false);
      const { Name: name, FunctionVersion: version, Description: description = "" } = ctx.body;
      if (!/^(?!^[0-9]+$)([a-zA-Z0-9-_]{1,128})$/.test(String(name))) throw constraint("name", name, "satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)");
      if (fn.aliases.has(name)) throw conflict(`Alias already exists: ${fn.arn}:${name}`);
      const alias = { version: existingVersion(fn, version), description, revisionId: randomUUID() };
      fn.aliases.set(name, alias);
      return { status: 201, json: aliasJson(fn, name, alias) };
    }),
    route("GET", `${F}/aliases/([^/]+)`, "GetAlias", "function", (ctx) => {
      const { fn, name, alias } = findAlias(ctx);
      return { status: 200, json: aliasJson(fn, name, alias) };
    }),
    route("PUT", `${F}/aliases/([^/]+)`, "UpdateAlias", "function", (ctx) => {
      const { fn, name, alias } = findAlias(ctx);
      const b = ctx.body;
      if (b.RevisionId !== void 0 && b.RevisionId !== alias.revisionId) throw staleRevision();
      const updated = {
        version: b.FunctionVersion === void 0 ? alias.version : existingVersion(fn, b.FunctionVersion),
        description: b.Description ?? alias.description,
        revisionId: randomUUID()
      };
      fn.aliases.set(name, updated);
      return { status: 200, json: aliasJson(fn, name, updated) };
    }),
    route("DELETE", `${F}/aliases/([^/]+)`, "DeleteAlias", "function", (ctx) => {
      findFunction(ctx, false).fn.aliases.delete(ctx.params[1]);
      return { status: 204 };
    })
  ];
  function lambdaRoute(method, url) {
    for (const r of routes) {
      const m = r.method === method ? r.path.exec(url.pathname) : null;
      if (!m) continue;
      if (r.op === "GetLayerVersionByArn" && url.searchParams.get("find") !== "LayerVersion") continue;
      const params = m.slice(1).map(decodeURIComponent);
      const name = r.names === "function" ? parseFunctionName(params[0]).name : r.names === "layer" ? params[0].split(":").at(-1) : void 0;
      return { route: r, params, name };
    }
    return { params: [] };
  }
  function overQuota(region, op) {
    if (!opts.rps) return false;
    const quota = op === "GetFunction" ? GET_FUNCTION_RPS : opts.rps;
    const key = `${region} ${op === "GetFunction" ? op : "control"}`;
    const now = performance.now();
    const window = (windows.get(key) ?? []).filter((t) => now - t < 1e3);
    windows.set(key, window);
    if (window.length >= quota) return true;
    window.push(now);
    return false;
  }
  const lambdaError = (e) => ({
    status: e.status,
    headers: { "x-amzn-errortype": e.type, ...e.status === 429 ? { "retry-after": "1" } : {} },
    json: {
      Type: e.status >= 500 ? "Service" : "User",
      // ResourceNotFoundException carries `Message`, every other error `message` (as Lambda sends them).
      [e.type === "ResourceNotFoundException" ? "Message" : "message"]: e.message,
      ...e.extra
    }
  });
  async function serve(req, res) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    const raw = await readBody(req);
    const requestId = randomUUID();
    const scope = credentialScope(req.headers.authorization);
    if (!scope) return void write(res, requestId, unsigned(method, url));
    const isS3 = scope.service === "s3";
    const isSsm = scope.service === "ssm";
    const lambda = isS3 || isSsm ? void 0 : lambdaRoute(method, url);
    const { op, name } = isS3 ? s3.route(method, url.pathname) : isSsm ? ssm.route(req.headers["x-amz-target"]) : { op: lambda.route?.op ?? "Unknown", name: lambda.name };
    const query = Object.fromEntries(url.searchParams);
    let body = {};
    let badBody = false;
    if (!isS3 && raw.length > 0) {
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        badBody = true;
      }
    }
    const call = { op, name, region: scope.region, status: 0, body: recordedBody(body), query };
    let delay = opts.latencyMs ?? 0;
    const holds = [];
    let lose = false;
    let updateFails;
    let updateMs;
    let injected;
    for (const fault of faults) {
      const answer = fault(call);
      if (!answer) continue;
      if ("delayMs" in answer) delay += answer.delayMs;
      else if ("until" in answer) holds.push(answer.until);
      else if ("lose" in answer) lose = true;
      else if ("updateFails" in answer) updateFails = answer.updateFails;
      else if ("updateMs" in answer) updateMs = answer.updateMs;
      else {
        injected = answer;
        break;
      }
    }
    const throttled = !injected && !isS3 && !isSsm && overQuota(scope.region, op);
    if (delay > 0) await sleep(delay);
    if (holds.length > 0) await Promise.allSettled(holds);
    if (injected && "drop" in injected) {
      calls.push(call);
      req.socket.destroy();
      return;
    }
    let reply;
    if (injected && "reply" in injected) {
      reply = injected.reply;
    } else if (injected) {
      const message = injected.message ?? `${injected.type} (injected by the local Lambda API)`;
      if (isSsm) reply = ssmErrorReply(injected.type, message, injected.status);
      else reply = isS3 ? s3ErrorReply(new S3Error(injected.status, injected.type, message), method, requestId) : lambdaError(new ApiError(injected.status, injected.type, message));
    } else if (throttled) {
      reply = lambdaError(new ApiError(429, "TooManyRequestsException", "Rate exceeded", { Reason: "CallerRateLimitExceeded" }));
    } else if (isSsm) {
      reply = ssm.handle(op, body, scope.region);
    } else if (isS3) {
      reply = s3Reply(method, op, url.pathname, req.headers, raw, scope.region, requestId);
    } else {
      reply = lambdaReply(lambda, method, url, raw, body, badBody, scope.region, { updateFails, updateMs });
    }
    if (lose) {
      calls.push({ ...call, status: reply.status, lost: true });
      req.socket.destroy();
      return;
    }
    calls.push({ ...call, status: reply.status });
    write(res, requestId, reply);
  }
  function lambdaReply(r, method, url, raw, body, badBody, region, update) {
    try {
      if (!r.route) throw new ApiError(404, "UnknownOperationException", `Unknown operation ${method} ${url.pathname}`);
      if (r.route.op === "PublishLayerVersion" && raw.length > MAX_PUBLISH_REQUEST_BYTES) {
        throw new ApiError(413, "RequestEntityTooLargeException", `Request must be smaller than ${MAX_PUBLISH_REQUEST_BYTES} bytes for the PublishLayerVersion operation`);
      }
      if (badBody) throw new ApiError(400, "SerializationException", "The request body is not valid JSON.");
      const reply = r.route.handle({ region, state: regionState(region), params: r.params, query: url.searchParams, body, ...update });
      return omitRevisionId && reply.json ? { ...reply, json: withoutRevisionIds(reply.json) } : reply;
    } catch (error) {
      if (error instanceof ApiError) return lambdaError(error);
      return lambdaError(new ApiError(500, "ServiceException", `local Lambda API bug: ${error.stack}`));
    }
  }
  function s3Reply(method, op, path2, headers, raw, region, requestId) {
    try {
      return s3.handle(op, { method, path: path2, headers, body: raw, region });
    } catch (error) {
      if (error instanceof S3Error) return s3ErrorReply(error, method, requestId);
      throw error;
    }
  }
  function unsigned(method, url) {
    const m = /^\/_layer-content\/([^/]+)\/([^/]+)\/(\d+)$/.exec(url.pathname);
    const v = m && method === "GET" ? regions.get(m[1])?.layers.get(m[2])?.versions.get(Number(m[3])) : void 0;
    if (v && !v.deleted) return { status: 200, headers: { "content-type": "application/zip" }, body: v.zip };
    return lambdaError(new ApiError(403, "MissingAuthenticationTokenException", "Missing Authentication Token"));
  }
  function withoutRevisionIds(json) {
    return JSON.parse(JSON.stringify(json, (key, value) => key === "RevisionId" ? void 0 : value));
  }
  const server = import_node_http.default.createServer((req, res) => {
    serve(req, res).catch((error) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  server.keepAliveTimeout = 6e4;
  await new Promise((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  return {
    url: base,
    calls,
    faults,
    account,
    addFunction(region, spec) {
      const fn = new LambdaFunction(`arn:aws:lambda:${region}:${account}:function:${spec.name}`, spec, account);
      regionState(region).functions.set(spec.name, fn);
      return fn;
    },
    removeFunction(region, name) {
      regions.get(region)?.functions.delete(name);
    },
    fn(region, name) {
      const fn = regions.get(region)?.functions.get(name);
      if (!fn) throw new Error(`no function ${name} in ${region} on the local Lambda API`);
      return fn;
    },
    /** A layer's versions as stored (deleted ones included, flagged), for assertions. */
    layerVersions(region, name) {
      return [...regions.get(region)?.layers.get(name)?.versions.values() ?? []];
    },
    createBucket: s3.createBucket,
    object: s3.object,
    parameter: ssm.parameter,
    putParameter: ssm.putParameter,
    close: async () => {
      await new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => err ? reject(err) : resolve());
      });
      if (opts.stateFile && !opts.readOnlyState) await saveState(opts.stateFile, regions);
    }
  };
}
async function saveState(file, regions) {
  const text = JSON.stringify(regions, function(key, value) {
    const raw = this[key];
    if (raw instanceof Map) return { $map: [...raw] };
    if (Buffer.isBuffer(raw)) return { $base64: raw.toString("base64") };
    return value;
  });
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}
async function loadState(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return /* @__PURE__ */ new Map();
  }
  const regions = JSON.parse(text, (_key, value) => {
    if (value?.$map) return new Map(value.$map);
    if (typeof value?.$base64 === "string") return Buffer.from(value.$base64, "base64");
    return value;
  });
  for (const state of regions.values()) {
    for (const fn of state.functions.values()) Object.setPrototypeOf(fn, LambdaFunction.prototype);
  }
  return regions;
}
async function stateSummary(file) {
  if (!existsSync(file)) return void 0;
  return [...await loadState(file)].map(([region, state]) => ({
    region,
    functions: state.functions.size,
    layerVersions: [...state.layers.values()].reduce((n, layer) => n + [...layer.versions.values()].filter((v) => !v.deleted).length, 0)
  }));
}
function parseFunctionName(raw) {
  const parts = raw.split(":");
  const [name = "", qualifier] = parts[0] === "arn" ? parts.slice(6) : parts[1] === "function" ? parts.slice(2) : parts;
  return { name, qualifier };
}
function credentialScope(authorization) {
  const m = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization ?? "");
  return m ? { region: m[1], service: m[2] } : void 0;
}
function page(items, query, modelMax) {
  const max = Number(query.get("MaxItems") ?? PAGE_LIMIT);
  if (!Number.isInteger(max) || max < 1 || max > modelMax) {
    throw constraint("maxItems", query.get("MaxItems"), `have value less than or equal to ${modelMax} and greater than or equal to 1`);
  }
  const marker = query.get("Marker");
  const start = marker ? Number(Buffer.from(marker, "base64url").toString("utf8")) : 0;
  if (!Number.isInteger(start) || start < 0) throw invalid("Invalid Marker.");
  const end = start + Math.min(max, PAGE_LIMIT);
  return { items: items.slice(start, end), next: end < items.length ? Buffer.from(String(end)).toString("base64url") : void 0 };
}
function policyDocument(statements) {
  return JSON.stringify({ Version: "2012-10-17", Id: "default", Statement: statements });
}
function isZip(buffer) {
  const tail = buffer.subarray(Math.max(0, buffer.length - 65557));
  return tail.lastIndexOf(Buffer.from([80, 75, 5, 6])) >= 0;
}
function unzippedSize(zip) {
  const end = zip.lastIndexOf(Buffer.from([80, 75, 5, 6]));
  let offset = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let i = zip.readUInt16LE(end + 10); i > 0 && zip.readUInt32LE(offset) === 33639248; i--) {
    total += zip.readUInt32LE(offset + 24);
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return total;
}
function recordedBody(body) {
  if (typeof body.Content?.ZipFile !== "string") return body;
  return { ...body, Content: { ...body.Content, ZipFile: `(${Buffer.byteLength(body.Content.ZipFile, "base64")} bytes)` } };
}
function lambdaDate() {
  return (/* @__PURE__ */ new Date()).toISOString().replace("Z", "+0000");
}
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}
function write(res, requestId, reply) {
  const payload = reply.json ? JSON.stringify(reply.json) : reply.body;
  const headers = { "x-amzn-requestid": requestId, "x-amz-request-id": requestId, ...reply.headers };
  if (reply.json) headers["content-type"] = "application/json";
  if (payload !== void 0 && !headers["content-length"]) headers["content-length"] = String(Buffer.byteLength(payload));
  res.writeHead(reply.status, headers);
  res.end(payload);
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
export {
  startLambdaApi,
  stateSummary
};
//# sourceMappingURL=lambda-api-57BWMOSQ.js.map
