import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PublishError,
  attempt,
  explain
} from "./chunk-O4CTUHPC.js";
import {
  paginateListFunctions
} from "./chunk-AIMPE3YF.js";
import {
  _ep0,
  _mw0,
  command
} from "./chunk-XA3NVGDG.js";
import {
  AddLayerVersionPermission$,
  DeleteLayerVersion$,
  GetLayerVersion$,
  GetLayerVersionPolicy$,
  LambdaClient,
  ListLayerVersions$,
  ListLayers$,
  PolicyLengthExceededException,
  PreconditionFailedException,
  PublishLayerVersion$,
  RemoveLayerVersionPermission$,
  ResourceConflictException,
  ResourceNotFoundException,
  isAccessDenied
} from "./chunk-G5XAVSSS.js";
import "./chunk-GHZ7BIGB.js";
import "./chunk-S24SJBCE.js";
import {
  systemClock
} from "./chunk-GLKDLBL6.js";
import {
  shortLayer
} from "./chunk-6QWNZECW.js";
import {
  Input,
  MAX_DIRECT_UPLOAD,
  zipProblems
} from "./chunk-MG3XDSRN.js";
import "./chunk-K3MP2J5P.js";
import "./chunk-JSEVODVC.js";
import "./chunk-UUYFBOQ3.js";
import "./chunk-ITIK3UTO.js";
import "./chunk-PGPQCFU7.js";
import {
  createPaginator
} from "./chunk-UXHOQ6RN.js";
import "./chunk-BRVY3PSM.js";
import "./chunk-NARMTT7T.js";
import "./chunk-SK5B422H.js";

// src/publish/publish.ts
import { open, readFile } from "node:fs/promises";

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

// node_modules/@aws-sdk/client-lambda/dist-es/commands/RemoveLayerVersionPermissionCommand.js
var RemoveLayerVersionPermissionCommand = class extends command(_ep0, _mw0, "RemoveLayerVersionPermission", RemoveLayerVersionPermission$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/pagination/ListLayerVersionsPaginator.js
var paginateListLayerVersions = createPaginator(LambdaClient, ListLayerVersionsCommand, "Marker", "NextMarker", "MaxItems");

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
function descriptionText(description) {
  return (description ?? "").replace(/(^|\s)src-sha256:[0-9a-f]{64}(\s.*)?$/s, "").trim();
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

// src/publish/records.ts
var RECORD_PREFIX = "src-sha256-";
var WRITE_ATTEMPTS = 5;
function recordSid(fingerprint) {
  return `${RECORD_PREFIX}${fingerprint}`;
}
function isRecord(statement) {
  const sid = statement.Sid ?? "";
  return sid.startsWith(RECORD_PREFIX) && /^[0-9a-f]{64}$/.test(sid.slice(RECORD_PREFIX.length));
}
async function readPolicy(lambda, layerName, version) {
  try {
    const { Policy, RevisionId } = await lambda.send(new GetLayerVersionPolicyCommand({ LayerName: layerName, VersionNumber: version }));
    return { statements: JSON.parse(Policy ?? "{}").Statement ?? [], revisionId: RevisionId };
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return { statements: [] };
    throw error;
  }
}
async function hasRecord(aws, region, arn, fingerprint, log) {
  const { layerName, version } = parseVersionArn(arn);
  try {
    const { statements } = await readPolicy(aws.lambda(region), layerName, version);
    return statements.some((s) => s.Sid === recordSid(fingerprint));
  } catch (error) {
    log.warning(`${region}: could not read the fingerprint records of ${shortLayer(arn)}, so the layer is built: ${explain(error, "lambda:GetLayerVersionPolicy", arn)}`);
    return false;
  }
}
async function writeRecord(aws, region, arn, fingerprint, log) {
  const lambda = aws.lambda(region);
  const { layerName, version, account } = parseVersionArn(arn);
  const sid = recordSid(fingerprint);
  const notRecorded = (why) => {
    log.warning(`${region}: fingerprint ${fingerprint.slice(0, 12)} was not recorded on ${shortLayer(arn)}, so the next run builds this layer again: ${why}`);
    return false;
  };
  let action = "lambda:GetLayerVersionPolicy";
  try {
    for (let attemptNo = 1; attemptNo <= WRITE_ATTEMPTS; attemptNo++) {
      action = "lambda:GetLayerVersionPolicy";
      const { statements, revisionId } = await readPolicy(lambda, layerName, version);
      if (statements.some((s) => s.Sid === sid)) return true;
      try {
        action = "lambda:AddLayerVersionPermission";
        const input = { LayerName: layerName, VersionNumber: version, StatementId: sid, Action: "lambda:GetLayerVersion", Principal: account, RevisionId: revisionId };
        await lambda.send(new AddLayerVersionPermissionCommand(input));
        log.info(`${region}: recorded fingerprint ${fingerprint.slice(0, 12)} on ${shortLayer(arn)} (same zip), so later runs find it without building.`);
        return true;
      } catch (error) {
        if (error instanceof ResourceConflictException) return true;
        if (error instanceof PolicyLengthExceededException) {
          const oldest = statements.find(isRecord);
          if (!oldest) throw error;
          action = "lambda:RemoveLayerVersionPermission";
          await lambda.send(new RemoveLayerVersionPermissionCommand({ LayerName: layerName, VersionNumber: version, StatementId: oldest.Sid, RevisionId: revisionId })).catch((removal) => {
            if (!(removal instanceof PreconditionFailedException)) throw removal;
          });
          log.info(`${region}: the policy of ${shortLayer(arn)} is at Lambda's 20 KB limit: dropped its oldest record, ${oldest.Sid}.`);
        } else if (!(error instanceof PreconditionFailedException)) {
          throw error;
        }
      }
    }
  } catch (error) {
    return notRecorded(explain(error, action, arn));
  }
  return notRecorded(`its policy changed under each of ${WRITE_ATTEMPTS} attempts (PreconditionFailedException); another run is writing to it.`);
}
function parseVersionArn(arn) {
  const parts = arn.split(":");
  return { account: parts[4], layerName: parts[6], version: Number(parts[7]) };
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
  const { statements } = await attempt("lambda:GetLayerVersionPolicy", `${layerName}:${version}`, () => readPolicy(lambda, layerName, version));
  const present = new Set(statements.filter((s) => !isRecord(s)).flatMap((s) => [s.Sid, principalOf(s)]));
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
  return async (region, layerName, fingerprint, log) => {
    let listing = listings.get(region);
    if (!listing) listings.set(region, listing = listLatestVersions(aws, region, log));
    const latestVersions = await listing;
    if (latestVersions) {
      const latest = latestVersions.get(layerName);
      if (!latest) return {};
      if (parseDescription(latest.description).fingerprint === fingerprint) return { latest, match: { arn: latest.arn, version: latest.version } };
    }
    const found = await listVersions2(aws, region, layerName, fingerprint);
    if (found.match || !found.latest) return found;
    const { arn, version } = found.latest;
    return await hasRecord(aws, region, arn, fingerprint, log) ? { ...found, match: { arn, version, recorded: true } } : found;
  };
}
async function listLatestVersions(aws, region, log) {
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
    if (!Array.isArray(page.Layers)) {
      log.info(`${region}: ListLayers answered without a list of layers; looking each layer up with ListLayerVersions instead.`);
      return void 0;
    }
    for (const layer of page.Layers) {
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
  const versions = await newestVersions(aws, region, layerName);
  const match = versions.find((v) => parseDescription(v.description).fingerprint === fingerprint);
  return { latest: versions[0], match: match && { arn: match.arn, version: match.version } };
}
async function newestVersions(aws, region, layerName) {
  let listed;
  try {
    listed = await aws.lambda(region).send(new ListLayerVersionsCommand({ LayerName: layerName, MaxItems: LOOKUP_PAGE_SIZE }));
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return [];
    throw new PublishError(explain(error, "lambda:ListLayerVersions", `layer ${layerName} in ${region}`));
  }
  return (listed.LayerVersions ?? []).map((v) => ({ arn: v.LayerVersionArn, version: v.Version, description: v.Description })).sort((a, b) => b.version - a.version);
}
async function publishedSince(aws, region, layerName, fingerprint, after) {
  const versions = await newestVersions(aws, region, layerName);
  return versions.filter((v) => v.version > after && parseDescription(v.description).fingerprint === fingerprint).map(({ arn, version }) => ({ arn, version })).reverse();
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
    const text = descriptionText(formatDescription({ text: layer.description, fingerprint: opts.fingerprint, commit: opts.commit }));
    if (current.Content?.CodeSha256 === zip.codeSha256 && sameMetadata(current, metadata) && descriptionText(current.Description) === text) {
      if (opts.force) {
        opts.log.info(`${region}: the zip is identical to ${shortLayer(arn)}, and published again as the 'force' input is true.`);
      } else {
        opts.log.info(`${region}: the zip is identical to ${shortLayer(arn)} (CodeSha256 ${zip.codeSha256}), so no new version.`);
        const recorded = await writeRecord(aws, region, arn, opts.fingerprint, opts.log);
        return { status: "reused", arn, previousCodeSize, ...recorded ? { recorded } : {} };
      }
    }
  }
  const content = await layerContent(aws, region, layer, zip, opts);
  const published = await publishOnce(aws, region, opts, {
    LayerName: layer.layerName,
    Description: formatDescription({ text: layer.description, fingerprint: opts.fingerprint, commit: opts.commit }),
    Content: content,
    ...metadata
  });
  return converge(aws, region, layer.layerName, published, { ...opts, previousCodeSize });
}
async function converge(aws, region, layerName, published, opts) {
  const { previousCodeSize } = opts;
  const carriers = await publishedSince(aws, region, layerName, opts.fingerprint, opts.latest?.version ?? 0).catch((error) => {
    opts.log.warning(`${region}: could not check for a duplicate of ${shortLayer(published.arn)} published by a concurrent run: ${error.message}`);
    return [];
  });
  const winner = carriers[0];
  if (!winner || winner.version >= published.version) return { status: "published", arn: published.arn, previousCodeSize };
  opts.log.info(`${region}: a concurrent run published this fingerprint first, as ${shortLayer(winner.arn)}; deleting the duplicate ${shortLayer(published.arn)}.`);
  try {
    await aws.lambda(region).send(new DeleteLayerVersionCommand({ LayerName: layerName, VersionNumber: published.version }));
  } catch (error) {
    opts.log.warning(`${region}: the duplicate ${shortLayer(published.arn)} stays: ${explain(error, "lambda:DeleteLayerVersion", published.arn)}`);
  }
  return { status: "reused", arn: winner.arn, previousCodeSize };
}
async function publishOnce(aws, region, opts, input) {
  const layerName = input.LayerName;
  const found = async () => (await publishedSince(aws, region, layerName, opts.fingerprint, opts.latest?.version ?? 0))[0];
  for (let attemptNo = 1; ; attemptNo++) {
    let answer;
    try {
      answer = await aws.lambda(region).send(withoutSdkRetries(new PublishLayerVersionCommand(input)));
    } catch (wrapped) {
      const error = wrapped instanceof NotRetried ? wrapped.error : wrapped;
      const metadata = error.$metadata;
      if (metadata) metadata.attempts = attemptNo;
      if (attemptNo >= PUBLISH_ATTEMPTS || !transient(error)) {
        throw new PublishError(explain(error, "lambda:PublishLayerVersion", `layer ${layerName} in ${region}`));
      }
    }
    if (answer?.LayerVersionArn && answer.Version !== void 0) return { arn: answer.LayerVersionArn, version: answer.Version };
    if (answer) return await found() ?? unanswered(answer, layerName, region);
    const match = await found();
    if (match) {
      opts.log.info(`${region}: PublishLayerVersion got no answer, but Lambda had published it: found ${shortLayer(match.arn)} with this fingerprint.`);
      return match;
    }
    await (opts.clock ?? systemClock).sleep(1e3 * 2 ** (attemptNo - 1));
  }
}
function unanswered(answer, layerName, region) {
  const missing = [answer.LayerVersionArn ? "" : "LayerVersionArn", answer.Version === void 0 ? "Version" : ""].filter(Boolean).join(" and ");
  throw new PublishError(
    `PublishLayerVersion of layer ${layerName} in ${region} answered without ${missing}, and no version carrying this fingerprint was found afterwards, so nothing was published. The endpoint is not answering as AWS Lambda does: if AWS_ENDPOINT_URL or AWS_ENDPOINT_URL_LAMBDA is set, check that it points at Lambda (or a Lambda-compatible API), then re-run.`
  );
}
var NotRetried = class extends Error {
  constructor(error) {
    super("not retried by the SDK");
    this.error = error;
  }
  error;
};
function withoutSdkRetries(command2) {
  command2.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        throw new NotRetried(error);
      }
    },
    { name: "withoutSdkRetries", step: "finalizeRequest", priority: "low" }
  );
  return command2;
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
  await upload(await aws.s3(region), bucket, key, zip, opts.clock ?? systemClock);
  opts.log.info(`${region}: uploaded ${zip.size} bytes to s3://${bucket}/${key}.`);
  return { S3Bucket: bucket, S3Key: key };
}
async function upload(s3, bucket, key, zip, clock) {
  const [file, { PutObjectCommand }] = await Promise.all([open(zip.path), import("./dist-es-VBNLFCJ4.js")]);
  try {
    for (let attemptNo = 1; ; attemptNo++) {
      try {
        const body = file.createReadStream({ start: 0, autoClose: false });
        await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentLength: zip.size, ContentType: "application/zip" }));
        return;
      } catch (error) {
        if (attemptNo >= UPLOAD_ATTEMPTS || !transient(error)) throw new PublishError(explain(error, "s3:PutObject", `s3://${bucket}/${key}`));
      }
      await clock.sleep(1e3 * attemptNo);
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
//# sourceMappingURL=publish-KBCBF2ZX.js.map
