import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  paginateListFunctions
} from "./chunk-4NOYUVUK.js";
import {
  _ep0,
  _mw0,
  command
} from "./chunk-YN7HIIXO.js";
import {
  PublishError,
  attempt,
  explain
} from "./chunk-B5VBBHTI.js";
import {
  AddLayerVersionPermission$,
  DeleteLayerVersion$,
  GetLayerVersion$,
  GetLayerVersionPolicy$,
  LambdaClient,
  ListLayerVersions$,
  ListLayers$,
  PublishLayerVersion$,
  PutObject$,
  ResourceConflictException,
  ResourceNotFoundException,
  _ep0 as _ep02,
  _mw11,
  command as command2,
  isAccessDenied
} from "./chunk-VLKUPDYD.js";
import "./chunk-LYPHZBEO.js";
import {
  shortLayer
} from "./chunk-6QWNZECW.js";
import {
  Input,
  MAX_DIRECT_UPLOAD,
  zipProblems
} from "./chunk-MG3XDSRN.js";
import "./chunk-K3MP2J5P.js";
import "./chunk-A2NYGDNV.js";
import "./chunk-4VHKPPU5.js";
import "./chunk-JSEVODVC.js";
import "./chunk-NGITMC4K.js";
import {
  createPaginator
} from "./chunk-DECUFWKW.js";
import "./chunk-H2DC634W.js";
import "./chunk-NARMTT7T.js";
import "./chunk-SK5B422H.js";

// src/publish/publish.ts
import { open, readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

// node_modules/@aws-sdk/client-lambda/dist-es/commands/AddLayerVersionPermissionCommand.js
var AddLayerVersionPermissionCommand = class extends command(_ep0, _mw0, "AddLayerVersionPermission", AddLayerVersionPermission$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/DeleteLayerVersionCommand.js
var DeleteLayerVersionCommand = class extends command(_ep0, _mw0, "DeleteLayerVersion", DeleteLayerVersion$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/GetLayerVersionCommand.js
var GetLayerVersionCommand = class extends command(_ep0, _mw0, "GetLayerVersion", GetLayerVersion$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/GetLayerVersionPolicyCommand.js
var GetLayerVersionPolicyCommand = class extends command(_ep0, _mw0, "GetLayerVersionPolicy", GetLayerVersionPolicy$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/ListLayersCommand.js
var ListLayersCommand = class extends command(_ep0, _mw0, "ListLayers", ListLayers$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/ListLayerVersionsCommand.js
var ListLayerVersionsCommand = class extends command(_ep0, _mw0, "ListLayerVersions", ListLayerVersions$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/PublishLayerVersionCommand.js
var PublishLayerVersionCommand = class extends command(_ep0, _mw0, "PublishLayerVersion", PublishLayerVersion$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/pagination/ListLayerVersionsPaginator.js
var paginateListLayerVersions = createPaginator(LambdaClient, ListLayerVersionsCommand, "Marker", "NextMarker", "MaxItems");

// node_modules/@aws-sdk/client-s3/dist-es/commands/PutObjectCommand.js
var PutObjectCommand = class extends command2(_ep02, _mw11, "PutObject", PutObject$) {
};

// src/publish/description.ts
var MAX_DESCRIPTION_LENGTH = 256;
var SHORT_COMMIT = 12;
var UNCOMMITTED = "uncommitted";
function formatDescription({ text, fingerprint, commit }) {
  const markers = `src-sha256:${fingerprint} ${commit ? `commit:${commit.slice(0, SHORT_COMMIT)}` : UNCOMMITTED}`;
  const human = (text ?? "").replace(/\s+/g, " ").trim();
  return human ? `${truncate(human, MAX_DESCRIPTION_LENGTH - markers.length - 1)} ${markers}` : markers;
}
function parseDescription(description) {
  const last = (re) => [...(description ?? "").matchAll(re)].at(-1)?.[1];
  return {
    fingerprint: last(/(?:^|\s)src-sha256:([0-9a-f]{64})(?=\s|$)/g),
    commit: last(/(?:^|\s)commit:([0-9a-f]{7,40})(?=\s|$)/g)
  };
}
function truncate(text, max) {
  if (text.length <= max) return text;
  let kept = "";
  for (const char of text) {
    if (kept.length + char.length > max - 1) break;
    kept += char;
  }
  return `${kept.trimEnd()}\u2026`;
}

// src/publish/prune.ts
function planPrune(versions, keep, inUse) {
  const old = [...versions].sort((a, b) => b.version - a.version).slice(keep);
  return { remove: old.filter((v) => !inUse.has(v.arn)), keptInUse: old.filter((v) => inUse.has(v.arn)) };
}
async function pruneVersions(aws, region, layerName, keep, log) {
  const lambda = aws.lambda(region);
  const where = `${layerName} in ${region}`;
  const skipped = (why) => {
    log.warning(`Old versions of ${where} were not pruned: ${why}`);
    return { pruned: [], keptInUse: [] };
  };
  let versions;
  try {
    versions = await listVersions(lambda, layerName);
  } catch (error) {
    return skipped(explain(error, "lambda:ListLayerVersions", where));
  }
  if (versions.length <= keep) return { pruned: [], keptInUse: [] };
  let users;
  try {
    users = await layerUsers(lambda);
  } catch (error) {
    return skipped(explain(error, "lambda:ListFunctions", `the functions in ${region}`));
  }
  const plan = planPrune(versions, keep, new Set(users.keys()));
  for (const v of plan.keptInUse) log.info(`${region}: kept ${shortLayer(v.arn)}, still used by ${users.get(v.arn).join(", ")}.`);
  const results = await Promise.allSettled(
    plan.remove.map((v) => lambda.send(new DeleteLayerVersionCommand({ LayerName: layerName, VersionNumber: v.version })))
  );
  const pruned = plan.remove.filter((_, i) => results[i].status === "fulfilled").map((v) => v.arn);
  if (pruned.length > 0) {
    log.info(`${region}: deleted ${pruned.map(shortLayer).join(", ")} (${Input.KeepVersions}: ${keep}).`);
  }
  const failed = results.findIndex((r) => r.status === "rejected");
  if (failed >= 0) {
    const count = results.filter((r) => r.status === "rejected").length;
    const reason = results[failed].reason;
    log.warning(`${count} old version(s) of ${where} were not deleted: ${explain(reason, "lambda:DeleteLayerVersion", plan.remove[failed].arn)}`);
  }
  return { pruned, keptInUse: plan.keptInUse.map((v) => v.arn) };
}
async function listVersions(lambda, layerName) {
  const versions = [];
  for await (const page of paginateListLayerVersions({ client: lambda }, { LayerName: layerName })) {
    for (const v of page.LayerVersions ?? []) versions.push({ arn: v.LayerVersionArn, version: v.Version });
  }
  return versions;
}
async function layerUsers(lambda) {
  const users = /* @__PURE__ */ new Map();
  for await (const page of paginateListFunctions({ client: lambda }, { FunctionVersion: "ALL" })) {
    for (const fn of page.Functions ?? []) {
      for (const layer of fn.Layers ?? []) {
        users.set(layer.Arn, [...users.get(layer.Arn) ?? [], `${fn.FunctionName}:${fn.Version}`]);
      }
    }
  }
  return users;
}

// src/publish/share.ts
function grantsFor(shareWith) {
  return shareWith.map((entry) => {
    if (entry === "*") return { StatementId: "public", Principal: "*" };
    if (/^\d{12}$/.test(entry)) return { StatementId: `account-${entry}`, Principal: entry };
    if (/^o-[a-z0-9]{10,32}$/.test(entry)) return { StatementId: `org-${entry}`, Principal: "*", OrganizationId: entry };
    throw new Error(`shareWith entry '${entry}' must be '*', a 12-digit account id or an organization id (o-...); fix it in lambda-layers.yml.`);
  });
}
async function shareVersions(aws, layer, regions, opts) {
  if (layer.shareWith.length === 0) return;
  const grants = grantsFor(layer.shareWith);
  const failures = [];
  await Promise.all(
    regions.map(async (state) => {
      if (!state.arn || state.status === "failed") return;
      const lambda = aws.lambda(state.region);
      const version = Number(state.arn.split(":").pop());
      try {
        const missing = await missingGrants(lambda, layer.layerName, version, grants);
        if (missing.length === 0) return;
        const entries = layer.shareWith.filter((_, i) => missing.includes(grants[i]));
        const who = entries.join(", ");
        if (opts.dryRun) {
          state.missingGrants = entries;
          opts.log.notice(`${state.region}: ${shortLayer(state.arn)} is not yet shared with ${who}; a publish or deploy run grants it.`);
          return;
        }
        for (const grant of missing) await addGrant(lambda, layer.layerName, version, grant);
        opts.log.info(`${state.region}: ${shortLayer(state.arn)} shared with ${who}.`);
      } catch (error) {
        if (!opts.dryRun) failures.push(`${state.region}: ${error.message}`);
        else opts.log.warning(`${state.region}: could not read who ${shortLayer(state.arn)} is shared with: ${error.message}`);
      }
    })
  );
  if (failures.length > 0) throw new PublishError(`shareWith: ${failures.join("; ")}`);
}
async function missingGrants(lambda, layerName, version, grants) {
  const statements = await attempt("lambda:GetLayerVersionPolicy", `${layerName}:${version}`, async () => {
    try {
      const { Policy } = await lambda.send(new GetLayerVersionPolicyCommand({ LayerName: layerName, VersionNumber: version }));
      return JSON.parse(Policy ?? "{}").Statement ?? [];
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return [];
      throw error;
    }
  });
  const present = new Set(statements.flatMap((s) => [s.Sid, principalOf(s)]));
  return grants.filter((g) => !present.has(g.StatementId) && !present.has(principalOf(g)));
}
function principalOf(s) {
  if ("StatementId" in s) return s.OrganizationId ? `org:${s.OrganizationId}` : s.Principal === "*" ? "public" : `account:${s.Principal}`;
  const principal = typeof s.Principal === "string" ? s.Principal : s.Principal?.AWS ?? "";
  const org = s.Condition?.StringEquals?.["aws:PrincipalOrgID"];
  if (principal === "*") return org ? `org:${org}` : "public";
  return `account:${/\d{12}/.exec(principal)?.[0] ?? principal}`;
}
async function addGrant(lambda, layerName, version, grant) {
  await attempt("lambda:AddLayerVersionPermission", `${layerName}:${version}`, async () => {
    try {
      await lambda.send(new AddLayerVersionPermissionCommand({ LayerName: layerName, VersionNumber: version, Action: "lambda:GetLayerVersion", ...grant }));
    } catch (error) {
      if (!(error instanceof ResourceConflictException)) throw error;
    }
  });
}

// src/publish/publish.ts
var LOOKUP_PAGE_SIZE = 50;
var UPLOAD_ATTEMPTS = 3;
var PUBLISH_ATTEMPTS = 5;
function createLayerLookup(aws) {
  const listings = /* @__PURE__ */ new Map();
  return async (region, layerName, fingerprint) => {
    let listing = listings.get(region);
    if (!listing) listings.set(region, listing = listLatestVersions(aws, region));
    const latestVersions = await listing;
    if (latestVersions) {
      const latest = latestVersions.get(layerName);
      if (!latest) return {};
      if (parseDescription(latest.description).fingerprint === fingerprint) return { latest, match: { arn: latest.arn, version: latest.version } };
    }
    return listVersions2(aws, region, layerName, fingerprint);
  };
}
async function listLatestVersions(aws, region) {
  const latest = /* @__PURE__ */ new Map();
  let marker;
  do {
    let page;
    try {
      page = await aws.lambda(region).send(new ListLayersCommand({ MaxItems: LOOKUP_PAGE_SIZE, Marker: marker }));
    } catch (error) {
      if (isAccessDenied(error)) return void 0;
      throw new PublishError(explain(error, "lambda:ListLayers", `the layers of ${region}`));
    }
    for (const layer of page.Layers ?? []) {
      const v = layer.LatestMatchingVersion;
      if (layer.LayerName && v?.LayerVersionArn && v.Version !== void 0) {
        latest.set(layer.LayerName, { arn: v.LayerVersionArn, version: v.Version, description: v.Description });
      }
    }
    marker = page.NextMarker;
  } while (marker);
  return latest;
}
async function listVersions2(aws, region, layerName, fingerprint) {
  let listed;
  try {
    listed = await aws.lambda(region).send(new ListLayerVersionsCommand({ LayerName: layerName, MaxItems: LOOKUP_PAGE_SIZE }));
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return {};
    throw new PublishError(explain(error, "lambda:ListLayerVersions", `layer ${layerName} in ${region}`));
  }
  const versions = (listed.LayerVersions ?? []).map((v) => ({ arn: v.LayerVersionArn, version: v.Version, description: v.Description })).sort((a, b) => b.version - a.version);
  const match = versions.find((v) => parseDescription(v.description).fingerprint === fingerprint);
  return { latest: versions[0], match: match && { arn: match.arn, version: match.version } };
}
async function publishLayer(aws, region, layer, zip, opts) {
  const lambda = aws.lambda(region);
  const metadata = {
    // The config stage checks both lists against the SDK's enums.
    CompatibleRuntimes: layer.runtimes.length > 0 ? layer.runtimes : void 0,
    CompatibleArchitectures: layer.architectures.length > 0 ? layer.architectures : void 0,
    LicenseInfo: layer.license
  };
  let previousCodeSize;
  if (opts.latest) {
    const { arn, version } = opts.latest;
    const current = await attempt("lambda:GetLayerVersion", arn, () => lambda.send(new GetLayerVersionCommand({ LayerName: layer.layerName, VersionNumber: version })));
    previousCodeSize = current.Content?.CodeSize;
    if (current.Content?.CodeSha256 === zip.codeSha256 && sameMetadata(current, metadata)) {
      opts.log.info(`${region}: the zip is identical to ${shortLayer(arn)} (CodeSha256 ${zip.codeSha256}), so no new version.`);
      return { status: "reused", arn, previousCodeSize };
    }
  }
  const content = await layerContent(aws, region, layer, zip, opts);
  const published = await publishOnce(aws, region, opts, {
    LayerName: layer.layerName,
    Description: formatDescription({ text: layer.description, fingerprint: opts.fingerprint, commit: opts.commit }),
    Content: content,
    ...metadata
  });
  return { status: "published", arn: published.arn, previousCodeSize };
}
async function publishOnce(aws, region, opts, input) {
  const layerName = input.LayerName;
  for (let attemptNo = 1; ; attemptNo++) {
    try {
      const published = await aws.lambda(region).send(withoutSdkRetries(new PublishLayerVersionCommand(input)));
      return { arn: published.LayerVersionArn, version: published.Version };
    } catch (wrapped) {
      const error = wrapped instanceof NotRetried ? wrapped.error : wrapped;
      const metadata = error.$metadata;
      if (metadata) metadata.attempts = attemptNo;
      if (attemptNo >= PUBLISH_ATTEMPTS || !transient(error)) {
        throw new PublishError(explain(error, "lambda:PublishLayerVersion", `layer ${layerName} in ${region}`));
      }
    }
    const { match } = await listVersions2(aws, region, layerName, opts.fingerprint);
    if (match) {
      opts.log.info(`${region}: PublishLayerVersion got no answer, but Lambda had published it: found ${shortLayer(match.arn)} with this fingerprint.`);
      return match;
    }
    await sleep(1e3 * 2 ** (attemptNo - 1));
  }
}
var NotRetried = class extends Error {
  constructor(error) {
    super("not retried by the SDK");
    this.error = error;
  }
  error;
};
function withoutSdkRetries(command3) {
  command3.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        throw new NotRetried(error);
      }
    },
    { name: "withoutSdkRetries", step: "finalizeRequest", priority: "low" }
  );
  return command3;
}
function sameMetadata(current, wanted) {
  const set = (list) => [...list ?? []].sort().join(",");
  return set(current.CompatibleRuntimes) === set(wanted.CompatibleRuntimes) && set(current.CompatibleArchitectures) === set(wanted.CompatibleArchitectures) && (current.LicenseInfo ?? "") === (wanted.LicenseInfo ?? "");
}
async function layerContent(aws, region, layer, zip, opts) {
  if (zip.size <= MAX_DIRECT_UPLOAD) return { ZipFile: await readFile(zip.path) };
  if (!opts.s3Bucket) throw new PublishError(`Layer ${layer.key}: ${zipProblems(zip.size, opts.s3Bucket).join(" ")}`);
  const bucket = opts.s3Bucket.replaceAll("{region}", region);
  const key = `lambda-layers/${layer.layerName}/${opts.fingerprint}.zip`;
  await upload(aws.s3(region), bucket, key, zip);
  opts.log.info(`${region}: uploaded ${zip.size} bytes to s3://${bucket}/${key}.`);
  return { S3Bucket: bucket, S3Key: key };
}
async function upload(s3, bucket, key, zip) {
  const file = await open(zip.path);
  try {
    for (let attemptNo = 1; ; attemptNo++) {
      try {
        const body = file.createReadStream({ start: 0, autoClose: false });
        await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentLength: zip.size, ContentType: "application/zip" }));
        return;
      } catch (error) {
        if (attemptNo >= UPLOAD_ATTEMPTS || !transient(error)) throw new PublishError(explain(error, "s3:PutObject", `s3://${bucket}/${key}`));
      }
      await sleep(1e3 * attemptNo);
    }
  } finally {
    await file.close();
  }
}
function transient(error) {
  const e = error;
  const status = e.$metadata?.httpStatusCode;
  if (status !== void 0) return status === 429 || status >= 500;
  return e.name === "TimeoutError" || ["ECONNRESET", "EPIPE", "ETIMEDOUT", "ECONNREFUSED"].includes(e.code ?? "");
}
export {
  createLayerLookup,
  pruneVersions,
  publishLayer,
  shareVersions
};
//# sourceMappingURL=publish-J3HDFIYF.js.map
