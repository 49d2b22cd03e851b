import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  _ep0,
  _mw0,
  command
} from "./chunk-XA3NVGDG.js";
import {
  CreateAlias$,
  DeleteAlias$,
  GetAlias$,
  GetFunction$,
  PreconditionFailedException,
  PublishVersion$,
  ResourceConflictException,
  ResourceNotFoundException,
  UpdateAlias$,
  UpdateFunctionConfiguration$,
  describeAwsError,
  isAccessDenied
} from "./chunk-G5XAVSSS.js";
import "./chunk-GHZ7BIGB.js";
import "./chunk-S24SJBCE.js";
import {
  pLimit
} from "./chunk-LGNPTG6G.js";
import {
  systemClock
} from "./chunk-GLKDLBL6.js";
import {
  NEXT_VERSION,
  functionTarget,
  layerProblems,
  layersAccount,
  mergeLayers,
  sameLayers,
  shortLayer
} from "./chunk-6QWNZECW.js";
import "./chunk-MG3XDSRN.js";
import "./chunk-K3MP2J5P.js";
import "./chunk-JSEVODVC.js";
import "./chunk-UUYFBOQ3.js";
import "./chunk-ITIK3UTO.js";
import "./chunk-PGPQCFU7.js";
import "./chunk-UXHOQ6RN.js";
import "./chunk-BRVY3PSM.js";
import "./chunk-NARMTT7T.js";
import "./chunk-SK5B422H.js";

// node_modules/@aws-sdk/client-lambda/dist-es/commands/CreateAliasCommand.js
var CreateAliasCommand = class extends command(_ep0, _mw0, "CreateAlias", CreateAlias$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/DeleteAliasCommand.js
var DeleteAliasCommand = class extends command(_ep0, _mw0, "DeleteAlias", DeleteAlias$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/GetAliasCommand.js
var GetAliasCommand = class extends command(_ep0, _mw0, "GetAlias", GetAlias$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/GetFunctionCommand.js
var GetFunctionCommand = class extends command(_ep0, _mw0, "GetFunction", GetFunction$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/PublishVersionCommand.js
var PublishVersionCommand = class extends command(_ep0, _mw0, "PublishVersion", PublishVersion$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/UpdateAliasCommand.js
var UpdateAliasCommand = class extends command(_ep0, _mw0, "UpdateAlias", UpdateAlias$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/commands/UpdateFunctionConfigurationCommand.js
var UpdateFunctionConfigurationCommand = class extends command(_ep0, _mw0, "UpdateFunctionConfiguration", UpdateFunctionConfiguration$) {
};

// src/deploy/paced-client.ts
var Stopped = class extends Error {
};
var READS = [GetFunctionCommand, GetAliasCommand];
var RETRIED = [PreconditionFailedException, ResourceConflictException];
function pacedClient(lambda, limits, guard) {
  return {
    send(command2) {
      return limits[command2 instanceof GetFunctionCommand ? "getFunction" : "control"](async () => {
        const changes = !READS.some((read) => command2 instanceof read);
        if (changes && guard?.stop()) throw new Stopped();
        if (changes) guard?.sending(command2);
        try {
          return await lambda.send(command2);
        } catch (err) {
          if (changes && !RETRIED.some((retried) => err instanceof retried)) guard?.fatal();
          throw err;
        }
      });
    }
  };
}

// src/deploy/deploy.ts
var STALE_REVISION_RETRIES = 3;
var CONFLICT_RETRIES = 5;
var DEADLINES = { updateMs: 3e5, restoreMs: 45e3 };
var WAIT_MIN_DELAY_MS = 1e3;
var WAIT_MAX_DELAY_MS = 5e3;
function deadline(clock, ms) {
  return { at: clock.now() + ms, ms, clock };
}
var DeployError = class extends Error {
};
async function deployFunctions(clients, targets, opts) {
  const { log } = opts;
  const size = Math.max(1, opts.concurrency);
  const limits = { getFunction: pLimit(size), control: pLimit(size) };
  const lambda = (region, guard) => pacedClient(clients.lambda(region), limits, guard);
  const clock = opts.clock ?? systemClock;
  const account = layersAccount(targets.flatMap((t) => t.desired.map((d) => d.arn)));
  const read = await Promise.all(
    targets.map(async (target) => misdirected(target, account) ?? checked(await prepare(lambda(target.region), target), target))
  );
  const pending = read.filter((r) => "config" in r && r.plan.status === "would-update");
  const refused = read.map((r) => r.plan).filter((p) => p.status === "failed");
  if (opts.dryRun || pending.length === 0) return read.map((r) => r.plan);
  if (refused.length > 0) {
    for (const p of refused) log.error(`${label(p)}: ${p.error}`);
    const why2 = `not updated because ${refused.map(label).join(", ")} cannot be deployed; fix that and re-run.`;
    for (const p of pending) p.plan.error = why2;
    return read.map((r) => r.plan);
  }
  const applied = [];
  let failed = false;
  const cancelled = () => Boolean(opts.signal?.aborted);
  await Promise.all(
    pending.map(async (p) => {
      const record = { pending: p, layersSent: false, layersChanged: false };
      const guard = {
        stop: () => cancelled() || failed && !record.layersChanged && !record.alias,
        fatal: () => void (failed = true),
        sending: (command2) => void (command2 instanceof UpdateFunctionConfigurationCommand && (record.layersSent = true))
      };
      try {
        await apply(lambda(p.target.region, guard), record, deadline(clock, DEADLINES.updateMs), log);
      } catch (err) {
        if (!(err instanceof Stopped)) {
          failed = true;
          p.plan.status = "failed";
          p.plan.error = err instanceof ResourceNotFoundException ? `${deletedMeanwhile(err)}` : `${describeError(err)} ${fixFor(err)}`;
          log.error(`${label(p.plan)}: ${p.plan.error}`);
        }
      }
      if (!record.layersSent && !record.alias) return;
      if (cancelled() && !failed) await rollback(lambda(p.target.region), record, "the run was cancelled", deadline(clock, DEADLINES.restoreMs), log);
      else applied.push(record);
    })
  );
  if (!failed && !cancelled()) return read.map((r) => r.plan);
  const failures = pending.filter((p) => p.plan.status === "failed").map((p) => label(p.plan));
  const why = failures.length > 0 ? `${failures.join(", ")} failed` : "the run was cancelled";
  for (const p of pending.filter((p2) => p2.plan.status === "would-update")) {
    p.plan.error = `not updated because ${why}; ${failures.length > 0 ? "re-run once that is fixed" : "re-run the deploy"}.`;
  }
  await Promise.all(applied.map((a) => rollback(lambda(a.pending.target.region), a, why, deadline(clock, DEADLINES.restoreMs), log)));
  return read.map((r) => r.plan);
}
function misdirected(target, account) {
  const { fn, region } = target;
  const arn = functionTarget(fn.name);
  const error = arn.region && arn.region !== region ? `its ARN is in ${arn.region}, but it is deployed in ${region}: set its regions to [${arn.region}] in lambda-layers.yml.` : arn.account && account && arn.account !== account ? `its ARN is in account ${arn.account}, but the credentials are for account ${account} (where this run's layers are): deploy it with credentials for account ${arn.account}, or correct the ARN.` : void 0;
  return error ? { plan: { key: fn.key, name: fn.name, region, status: "failed", oldLayers: [], newLayers: [], error } } : void 0;
}
async function prepare(lambda, target) {
  const { fn, region } = target;
  const plan = { key: fn.key, name: fn.name, region, status: "unchanged", oldLayers: [], newLayers: [] };
  try {
    const config = await readConfiguration(lambda, fn.name);
    const next = desiredList(config, target);
    plan.oldLayers = layerArns(config);
    plan.newLayers = next.layers;
    if (next.problems.length > 0) {
      plan.status = "failed";
      plan.error = next.problems.join(" ");
      return { plan };
    }
    const layersMove = !sameLayers(plan.oldLayers, plan.newLayers);
    const aliased = fn.alias ? await aliasConfiguration(lambda, fn.name, fn.alias) : void 0;
    if (fn.alias) plan.alias = { name: fn.alias, from: aliased?.Version, to: NEXT_VERSION };
    if (layersMove) {
      plan.status = "would-update";
      return { target, plan, config, aliasOnly: false };
    }
    if (!fn.alias) return { plan };
    if (aliased && sameLayers(layerArns(aliased), plan.newLayers)) {
      plan.aliasVersion = `${aliased.FunctionArn.split(":").slice(0, 7).join(":")}:${aliased.Version}`;
      plan.alias = { name: fn.alias, from: aliased.Version, to: aliased.Version };
      return { plan };
    }
    plan.oldLayers = aliased ? layerArns(aliased) : plan.oldLayers;
    plan.status = "would-update";
    return { target, plan, config, aliasOnly: true };
  } catch (err) {
    plan.status = "failed";
    plan.error = `${describeError(err)} ${fixFor(err)}`;
    return { plan };
  }
}
function checked(read, target) {
  const why = read.plan.status !== "failed" && target.check?.(read.plan.oldLayers);
  if (!why) return read;
  Object.assign(read.plan, { status: "failed", error: why });
  return { plan: read.plan };
}
function desiredList(config, target) {
  const layers = mergeLayers(layerArns(config), target.desired);
  const architecture = config.Architectures?.[0] ?? "x86_64";
  const problems = layerProblems({ key: target.fn.key, region: target.region, architecture }, layers, target.desired);
  return { layers, problems };
}
async function apply(lambda, record, until, log) {
  const p = record.pending;
  const { fn } = p.target;
  let config = p.config;
  if (!p.aliasOnly) {
    config = await updateLayers(lambda, record, until, log);
    if (record.layersChanged) record.updated = config;
  }
  if (fn.alias) {
    const published = await withConflictRetry(
      lambda,
      fn.name,
      until,
      () => lambda.send(
        new PublishVersionCommand({
          FunctionName: fn.name,
          CodeSha256: config.CodeSha256,
          ...config.RevisionId ? { RevisionId: config.RevisionId } : {}
        })
      )
    );
    await pointAlias(lambda, fn.name, fn.alias, published.Version, record);
    p.plan.aliasVersion = published.FunctionArn;
    p.plan.alias = { name: fn.alias, from: p.plan.alias?.from, to: published.Version };
  }
  if (!record.layersChanged && !record.alias) return;
  p.plan.status = "updated";
  const layers = `${p.plan.oldLayers.map(shortLayer).join(", ") || "(none)"} -> ${p.plan.newLayers.map(shortLayer).join(", ")}`;
  log.info(`${label(p.plan)}: ${layers}${fn.alias ? `; alias ${fn.alias} -> version ${p.plan.aliasVersion?.split(":").pop()}` : ""}`);
}
async function updateLayers(lambda, record, until, log) {
  const p = record.pending;
  const { fn } = p.target;
  let config = p.config;
  for (let attempt = 0; ; attempt++) {
    const sent = p.plan.newLayers;
    try {
      const answer = await withConflictRetry(
        lambda,
        fn.name,
        until,
        () => lambda.send(
          new UpdateFunctionConfigurationCommand({
            FunctionName: fn.name,
            Layers: p.plan.newLayers,
            ...config.RevisionId ? { RevisionId: config.RevisionId } : {}
          })
        )
      );
      record.layersChanged = true;
      if (answer.LastUpdateStatus === "InProgress") await until.clock.sleep(WAIT_MIN_DELAY_MS);
      return await waitForUpdate(lambda, fn.name, until);
    } catch (err) {
      if (!(err instanceof PreconditionFailedException) || attempt >= STALE_REVISION_RETRIES) throw err;
    }
    const before = layerArns(config);
    config = await readConfiguration(lambda, fn.name);
    if (sameLayers(layerArns(config), sent) && !sameLayers(before, sent)) {
      record.layersChanged = true;
      log.info(`${label(p.plan)}: Lambda applied the update but its answer was lost; the function has the new layers.`);
      return await waitForUpdate(lambda, fn.name, until);
    }
    const next = desiredList(config, p.target);
    if (next.problems.length > 0) throw new DeployError(`${next.problems.join(" ")} (the function was changed while deploying)`);
    p.plan.oldLayers = layerArns(config);
    p.plan.newLayers = next.layers;
    if (sameLayers(p.plan.oldLayers, p.plan.newLayers)) {
      p.plan.status = "unchanged";
      return config;
    }
  }
}
async function withConflictRetry(lambda, name, until, op) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await op();
    } catch (err) {
      if (!(err instanceof ResourceConflictException) || attempt >= CONFLICT_RETRIES || until.clock.now() >= until.at) throw err;
    }
    await waitForUpdate(lambda, name, until).catch(unlessGone);
    await until.clock.sleep(until.clock.random() * 250 * 2 ** attempt);
  }
}
async function waitForUpdate(lambda, name, until) {
  for (let delay = WAIT_MIN_DELAY_MS; ; delay = Math.min(2 * delay, WAIT_MAX_DELAY_MS)) {
    const config = await readConfiguration(lambda, name);
    if (config.LastUpdateStatus === "Failed") {
      throw new DeployError(
        `Lambda could not apply the update: ${config.LastUpdateStatusReason ?? "no reason given"}${config.LastUpdateStatusReasonCode ? ` (${config.LastUpdateStatusReasonCode})` : ""}.`
      );
    }
    if (config.LastUpdateStatus !== "InProgress") return config;
    const left = until.at - until.clock.now();
    if (left <= 0) {
      throw new DeployError(
        `the update did not finish within ${until.ms / 1e3} s (LastUpdateStatus still InProgress): check the function in the Lambda console; its last update may be stuck.`
      );
    }
    await until.clock.sleep(Math.min(delay, left));
  }
}
function unlessGone(err) {
  if (err instanceof ResourceNotFoundException) throw err;
}
function deletedMeanwhile(err) {
  return `it no longer exists: it was deleted while the deploy ran (${describeAwsError(err)}) Remove it from lambda-layers.yml if that was meant, and re-run.`;
}
async function aliasConfiguration(lambda, name, alias) {
  try {
    return await readConfiguration(lambda, name, alias);
  } catch (err) {
    if (err instanceof ResourceNotFoundException) return void 0;
    throw err;
  }
}
async function pointAlias(lambda, name, alias, version, record) {
  let previous;
  for (let attempt = 0; ; attempt++) {
    let current;
    try {
      current = await lambda.send(new GetAliasCommand({ FunctionName: name, Name: alias }));
    } catch (err) {
      if (!(err instanceof ResourceNotFoundException)) throw err;
    }
    previous ??= { version: current?.FunctionVersion };
    const done = current?.FunctionVersion === version;
    if (!done) {
      try {
        if (!current) {
          await lambda.send(new CreateAliasCommand({ FunctionName: name, Name: alias, FunctionVersion: version }));
        } else {
          await lambda.send(
            new UpdateAliasCommand({
              FunctionName: name,
              Name: alias,
              FunctionVersion: version,
              ...current.RevisionId ? { RevisionId: current.RevisionId } : {}
            })
          );
        }
      } catch (err) {
        const retried = err instanceof ResourceConflictException || err instanceof PreconditionFailedException;
        if (!retried || attempt >= STALE_REVISION_RETRIES) throw err;
        continue;
      }
    }
    if (record && !(done && attempt === 0)) record.alias = { name: alias, previousVersion: previous.version };
    return;
  }
}
async function rollback(lambda, a, why, until, log) {
  const { plan, target } = a.pending;
  const name = target.fn.name;
  try {
    if (a.alias?.previousVersion) await pointAlias(lambda, name, a.alias.name, a.alias.previousVersion);
    else if (a.alias) await lambda.send(new DeleteAliasCommand({ FunctionName: name, Name: a.alias.name }));
    if (a.alias) plan.alias = { name: a.alias.name, from: a.alias.previousVersion, to: a.alias.previousVersion };
    const restored = a.layersSent && await restoreLayers(lambda, a.pending, a.updated, until);
    if (!restored && !a.layersChanged && !a.alias) return;
    if (plan.status === "failed") {
      plan.error = `${plan.error} Its previous layers were restored.`;
    } else {
      plan.status = "rolled-back";
      plan.error = `restored to its previous layers because ${why}.`;
    }
    log.warning(`${label(plan)}: restored to ${plan.oldLayers.map(shortLayer).join(", ") || "no layers"}${a.alias ? ` and alias ${a.alias.name} to ${a.alias.previousVersion ?? "(removed)"}` : ""}.`);
  } catch (err) {
    plan.status = "failed";
    if (err instanceof ResourceNotFoundException) {
      plan.error = plan.error?.startsWith("it no longer exists") ? plan.error : deletedMeanwhile(err);
      return;
    }
    plan.error = `${plan.error ? `${plan.error} ` : ""}It was changed by this run but could not be restored: ${describeError(err)} Set its layers back to ${plan.oldLayers.join(", ") || "none"}${a.alias?.previousVersion ? ` and alias ${a.alias.name} to version ${a.alias.previousVersion}` : ""} by hand, or re-run the deploy.`;
    log.error(`${label(plan)}: ${plan.error}`);
  }
}
async function restoreLayers(lambda, p, updated, until) {
  const name = p.target.fn.name;
  for (let attempt = 0; ; attempt++) {
    let config = attempt === 0 ? updated : void 0;
    if (!config) {
      await waitForUpdate(lambda, name, until).catch(unlessGone);
      config = await readConfiguration(lambda, name);
    }
    const current = layerArns(config);
    if (sameLayers(current, p.plan.oldLayers)) return attempt > 0;
    if (!sameLayers(current, p.plan.newLayers)) {
      throw new DeployError(`its layers were changed by someone else meanwhile (now ${current.map(shortLayer).join(", ")}), so they were left as they are.`);
    }
    try {
      await withConflictRetry(
        lambda,
        name,
        until,
        () => lambda.send(
          new UpdateFunctionConfigurationCommand({
            FunctionName: name,
            Layers: p.plan.oldLayers,
            ...config.RevisionId ? { RevisionId: config.RevisionId } : {}
          })
        )
      );
      await waitForUpdate(lambda, name, until);
      return true;
    } catch (err) {
      if (!(err instanceof PreconditionFailedException) || attempt >= STALE_REVISION_RETRIES) throw err;
    }
  }
}
async function readConfiguration(lambda, name, qualifier) {
  const { Configuration } = await lambda.send(new GetFunctionCommand({ FunctionName: name, Qualifier: qualifier }));
  if (!Configuration) throw new DeployError(`GetFunction returned no configuration for ${name}${qualifier ? `:${qualifier}` : ""}.`);
  return Configuration;
}
function layerArns(config) {
  return (config.Layers ?? []).map((l) => l.Arn);
}
function label(p) {
  return `${p.name} (${p.region})`;
}
function describeError(err) {
  return err instanceof DeployError ? err.message : describeAwsError(err);
}
function fixFor(err) {
  if (err instanceof ResourceNotFoundException) {
    return "Check the function name (or arn:) in lambda-layers.yml and its regions.";
  }
  if (isAccessDenied(err)) {
    return "Allow the deploy role lambda:GetFunction and lambda:UpdateFunctionConfiguration (and for aliases lambda:PublishVersion, lambda:GetAlias, lambda:CreateAlias, lambda:UpdateAlias, lambda:DeleteAlias) on this function.";
  }
  if (err instanceof DeployError) return "Fix it and re-run the deploy; functions already right are left alone.";
  return "Re-run the deploy once the cause is fixed; functions already right are left alone.";
}
export {
  deployFunctions
};
//# sourceMappingURL=deploy-EHZKWCE6.js.map
