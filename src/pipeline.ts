// The run, stage by stage: config -> detect -> build -> package -> publish -> deploy. Reporting is left to the caller.
// Every side effect comes in through `Deps`, so tests can run the whole pipeline against local fakes.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { AwsClients } from './adapters/aws';
import { mayHaveCredentials } from './adapters/credentials';
import type { Exec } from './adapters/exec';
import type { Git } from './adapters/git';
import { buildLayer } from './build';
import { loadConfig, parseConfig } from './config/load';
import type { DeployTarget } from './deploy';
import { nextVersionArn } from './deploy/layers';
import { resolveBase } from './detect/base';
import type { GitEvent } from './detect/event';
import { detectChanges, listTree } from './detect';
import { InputError, Input, type ActionInputs } from './inputs';
import { bufferedLogger } from './log-buffer';
import { packageLayer } from './package';
import type { LayerLookup, LayerLookups } from './publish';
import type {
  BaseCommit,
  Config,
  FunctionConfig,
  FunctionPlan,
  LayerConfig,
  LayerPlan,
  LayerRegionState,
  Logger,
  Mode,
  Plan,
  Reasons,
} from './types';

export interface Deps {
  git: Git;
  exec: Exec;
  /**
   * Loads the AWS SDK (a third of the bundle: publish, deploy and the SDK are loaded on demand) and creates the
   * clients; used only when the credential chain resolves. Fork pull requests have none and plan from git alone.
   */
  aws: () => Promise<AwsClients>;
  log: Logger;
}

export interface RunRequest {
  inputs: ActionInputs;
  mode: Mode;
  modeReason: string;
  repoRoot: string;
  event: GitEvent;
  tempDir: string;
  /** The environment for build commands and installs: the runner's without its tokens and credentials. */
  commandEnv: Record<string, string>;
}

export async function runPipeline(request: RunRequest, available: Deps): Promise<Plan> {
  const { inputs, repoRoot } = request;
  const { git, log } = available;
  // Listing the working tree depends on nothing else: git lists it while the configuration is read.
  const listing = listTree(git);
  const loaded = await loadConfig(repoRoot, inputs.config);
  const config = scoped(loaded, inputs);
  const firstRegion = config.layers[0]?.regions[0] ?? config.regions[0];
  // The credential chain can end waiting on the instance metadata service: it is asked (and the SDK loaded) while
  // git works.
  const credentials = firstRegion && mayHaveCredentials() ? credentialedAws(available.aws, firstRegion) : Promise.resolve(undefined);

  const base = await resolveBase(git, request.event, inputs.baseRef, log);
  log.info(base.sha ? `Comparing with ${base.sha.slice(0, 12)} (${base.source}).` : `No base commit (${base.source}).`);
  if (base.note) log.notice(base.note);

  const [baseConfig, commit] = await Promise.all([configAt(git, base, loaded, repoRoot), git.revParse('HEAD')]);
  const detection = await detectChanges({ repoRoot, config, baseConfig, git, base, log, listing });
  const deps: AwsDeps = { ...available, aws: await credentials };

  if (!deps.aws && request.mode !== 'plan') {
    throw new Error(
      `Mode '${request.mode}' needs AWS credentials, but none were found. Add aws-actions/configure-aws-credentials ` +
        `before this step (with 'permissions: id-token: write' for OIDC), or run with 'mode: plan'.`,
    );
  }
  if (!deps.aws) log.notice('No AWS credentials: planning from git alone, without consulting published layer versions.');

  const lookup = deps.aws && (await import('./publish')).createLayerLookup(deps.aws);
  const workDir = await mkdtemp(path.join(request.tempDir, 'lambda-layers-'));
  try {
    const limit = pLimit(inputs.concurrency);
    const layers = await Promise.all(
      config.layers.map((layer) =>
        limit(() =>
          inLogGroup(`Layer ${layer.key}`, log, (layerLog) =>
            processLayer(layer, {
              ...request,
              ...deps,
              log: layerLog,
              commit,
              lookup,
              reasons: detection.reasons.get(layer.key)!,
              fingerprint: detection.inputs.get(layer.key)!.fingerprint,
              workDir: path.join(workDir, layer.key),
            }),
          ),
        ),
      ),
    );
    const functions = await reconcileFunctions(config, layers, request, deps);
    return {
      mode: request.mode,
      modeReason: request.modeReason,
      commit,
      base,
      awsConsulted: Boolean(deps.aws),
      layers,
      functions,
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The AWS clients when the SDK's credential chain yields credentials in `region`, else undefined. */
async function credentialedAws(load: () => Promise<AwsClients>, region: string): Promise<AwsClients | undefined> {
  const [aws, { hasCredentials }] = await Promise.all([load(), import('./adapters/aws')]);
  return (await hasCredentials(aws, region)) ? aws : undefined;
}

/** Applies the `layers` and `regions` inputs to the configuration. */
function scoped(config: Config, inputs: ActionInputs): Config {
  const known = new Set(config.layers.map((l) => l.key));
  const unknown = inputs.layers.filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new InputError(Input.Layers, unknown.join(', '), `layer keys from ${config.file}: ${[...known].join(', ')}`);
  }
  const regions = (own: string[]) => (inputs.regions.length > 0 ? inputs.regions : own);
  const layers = config.layers
    .filter((l) => inputs.layers.length === 0 || inputs.layers.includes(l.key))
    .map((l) => ({ ...l, regions: regions(l.regions) }));
  return { ...config, layers, functions: config.functions.map((f) => ({ ...f, regions: regions(f.regions) })) };
}

/** The configuration as it was at the base commit, for config-key reasons; undefined when absent or unreadable. */
async function configAt(git: Git, base: BaseCommit, config: Config, repoRoot: string): Promise<Config | undefined> {
  if (!base.sha) return undefined;
  const [text, current] = await Promise.all([git.show(base.sha, config.file), readFile(path.resolve(repoRoot, config.file), 'utf8')]);
  // Most pull requests leave the configuration alone: the same text is not parsed twice.
  if (text === current) return config;
  return text === undefined ? undefined : parseConfig(text, config.file, { repoRoot: '.', checkPaths: false }).config;
}

/** Runs fn with a logger whose lines are printed together in one group when it ends, so parallel layers do not interleave. */
async function inLogGroup<T>(name: string, log: Logger, fn: (log: Logger) => Promise<T>): Promise<T> {
  const buffer = bufferedLogger();
  try {
    return await fn(buffer);
  } finally {
    await log.group(name, async () => buffer.replay(log));
  }
}

/** Deps as the stages see them: `aws` undefined means AWS is not consulted. */
interface AwsDeps extends Omit<Deps, 'aws'> {
  aws?: AwsClients;
}

interface LayerRun extends RunRequest, AwsDeps {
  commit: string;
  /** Undefined when AWS is not consulted. */
  lookup?: LayerLookups;
  reasons: Reasons;
  fingerprint: string;
  workDir: string;
}

async function processLayer(layer: LayerConfig, run: LayerRun): Promise<LayerPlan> {
  const { aws, log, fingerprint, reasons } = run;
  const plan: LayerPlan = {
    key: layer.key,
    layerName: layer.layerName,
    type: layer.type,
    status: 'unchanged',
    fingerprint,
    reasons,
    regions: [],
  };
  try {
    const lookups = run.lookup && (await Promise.all(layer.regions.map((r) => run.lookup!(r, layer.layerName, fingerprint))));
    plan.regions = layer.regions.map((region, i) => regionState(region, lookups?.[i], run, reasons));
    if (run.inputs.force) reasons.other.push(`the '${Input.Force}' input is true`);
    else if (lookups && plan.regions.some((r) => r.status === 'changed') && isEmpty(reasons)) {
      reasons.other.push(`no published version carries fingerprint ${fingerprint.slice(0, 12)}`);
    }
    plan.status = summarize(plan.regions);
    log.info(`Fingerprint ${fingerprint}: ${plan.status}.`);
    if (plan.status === 'unchanged' || run.mode === 'plan') return plan;

    const { publishLayer, pruneVersions } = await import('./publish');
    const { root } = await buildLayer(layer, { repoRoot: run.repoRoot, workDir: run.workDir, exec: run.exec, env: run.commandEnv, log });
    plan.zip = await packageLayer(layer, root, {
      repoRoot: run.repoRoot,
      zipPath: path.join(run.workDir, `${layer.key}.zip`),
      s3Bucket: run.inputs.s3Bucket,
      exec: run.exec,
      log,
    });
    log.info(`Packaged ${plan.zip.entries} files, ${plan.zip.size} bytes zipped, CodeSha256 ${plan.zip.codeSha256}.`);
    await Promise.all(
      plan.regions.map(async (state, i) => {
        if (state.status !== 'changed') return;
        try {
          const result = await publishLayer(aws!, state.region, layer, plan.zip!, {
            fingerprint,
            commit: run.commit,
            latest: lookups?.[i]?.latest,
            s3Bucket: run.inputs.s3Bucket,
            log,
          });
          Object.assign(state, result);
          log.info(`${state.region}: ${result.status} ${result.arn}`);
          if (result.status === 'published' && run.inputs.keepVersions > 0) {
            Object.assign(state, await pruneVersions(aws!, state.region, layer.layerName, run.inputs.keepVersions, log));
          }
        } catch (error) {
          state.status = 'failed';
          state.error = messageOf(error);
        }
      }),
    );
    plan.status = summarize(plan.regions);
    const failed = plan.regions.filter((r) => r.error);
    if (failed.length > 0) plan.error = failed.map((r) => `${r.region}: ${r.error}`).join('; ');
  } catch (error) {
    plan.status = 'failed';
    plan.error = messageOf(error);
  }
  if (plan.error) log.error(`Layer ${layer.key}: ${plan.error}`);
  return plan;
}

function regionState(region: string, lookup: LayerLookup | undefined, run: LayerRun, reasons: Reasons): LayerRegionState {
  const changed = run.inputs.force || (lookup ? !lookup.match : !isEmpty(reasons));
  return {
    region,
    status: changed ? 'changed' : 'unchanged',
    previousArn: lookup?.latest?.arn,
    arn: changed ? undefined : (lookup?.match?.arn ?? lookup?.latest?.arn),
  };
}

function summarize(regions: LayerRegionState[]): LayerPlan['status'] {
  const order: LayerPlan['status'][] = ['failed', 'changed', 'published', 'reused', 'unchanged'];
  return order.find((status) => regions.some((r) => r.status === status)) ?? 'unchanged';
}

function isEmpty(reasons: Reasons): boolean {
  return Object.values(reasons).every((list) => list.length === 0);
}

/**
 * Deploy points the functions at the layer versions of this commit. Plan and publish modes ask Lambda the same
 * question without changing anything, so the report shows what a deploy would do.
 */
async function reconcileFunctions(config: Config, layers: LayerPlan[], request: RunRequest, deps: AwsDeps): Promise<FunctionPlan[]> {
  const { aws, log } = deps;
  const byKey = new Map(layers.map((l) => [l.key, l]));
  const inScope = config.functions.filter((fn) => fn.layers.some((key) => byKey.has(key)));
  const partial = inScope.filter((fn) => !fn.layers.every((key) => byKey.has(key)));
  for (const fn of partial) {
    log.notice(`Function ${fn.key} skipped: it also uses layers outside the '${Input.Layers}' input (${fn.layers.join(', ')}).`);
  }
  const functions = inScope.filter((fn) => !partial.includes(fn));
  const pairs = functions.flatMap((fn) => fn.regions.map((region) => ({ fn, region })));
  if (!aws || pairs.length === 0) return previewWithoutArns(pairs, byKey);

  const failedLayers = layers.filter((l) => l.status === 'failed');
  if (request.mode === 'deploy' && failedLayers.length > 0) {
    log.error(`No function was changed because layers failed: ${failedLayers.map((l) => l.key).join(', ')}.`);
    return [];
  }
  // A plan previews the versions it would publish as `name:next`; a deploy only ever uses versions that exist.
  const versionOf = (layer: LayerPlan, region: string) => {
    const state = layer.regions.find((r) => r.region === region);
    if (state?.arn || request.mode === 'deploy') return state?.arn;
    return state?.previousArn && nextVersionArn(state.previousArn);
  };
  const targets: DeployTarget[] = [];
  const unresolved: FunctionPlan[] = [];
  const pending: typeof pairs = [];
  for (const { fn, region } of pairs) {
    const missing = fn.layers.filter((key) => !versionOf(byKey.get(key)!, region));
    if (missing.length === 0) targets.push({ fn, region, desired: desiredLayers(fn, region, config, byKey, versionOf) });
    else if (request.mode === 'deploy') unresolved.push(unresolvedFunction(fn, region, missing, byKey));
    else pending.push({ fn, region });
  }
  if (request.mode === 'deploy' && unresolved.length > 0) {
    for (const f of unresolved) log.error(`Function ${f.key} (${f.region}): ${f.error}`);
    return unresolved;
  }
  const { deployFunctions } = await import('./deploy');
  const results = await deployFunctions(aws, targets, {
    concurrency: request.inputs.concurrency,
    dryRun: request.mode !== 'deploy',
    log,
  });
  if (request.mode !== 'deploy') {
    for (const r of results.filter((r) => r.status === 'failed')) {
      log.warning(`Could not read function ${r.key} (${r.region}) to preview the deploy: ${r.error}`);
    }
  }
  return [...results, ...previewWithoutArns(pending, byKey)];
}

function desiredLayers(
  fn: FunctionConfig,
  region: string,
  config: Config,
  byKey: Map<string, LayerPlan>,
  versionOf: (layer: LayerPlan, region: string) => string | undefined,
) {
  return fn.layers.map((key) => {
    const layer = config.layers.find((l) => l.key === key)!;
    return { key, layerName: layer.layerName, arn: versionOf(byKey.get(key)!, region)!, architectures: layer.architectures, type: layer.type };
  });
}

function unresolvedFunction(fn: FunctionConfig, region: string, missing: string[], byKey: Map<string, LayerPlan>): FunctionPlan {
  const why = missing.map((key) => {
    const layer = byKey.get(key)!;
    return layer.regions.some((r) => r.region === region)
      ? `${key} has no published version for this commit`
      : `${key} is not published in ${region} (add ${region} to its regions)`;
  });
  return {
    key: fn.key,
    name: fn.name,
    region,
    status: 'failed',
    oldLayers: [],
    newLayers: [],
    error: `not deployed: ${why.join('; ')}.`,
  };
}

/** Functions whose new layer versions do not exist yet (plan mode, or no AWS): named, without ARNs. */
function previewWithoutArns(pairs: { fn: FunctionConfig; region: string }[], byKey: Map<string, LayerPlan>): FunctionPlan[] {
  return pairs.flatMap(({ fn, region }) => {
    const changed = fn.layers.filter((key) => byKey.get(key)!.status !== 'unchanged');
    if (changed.length === 0) return [];
    return [{
      key: fn.key,
      name: fn.name,
      region,
      status: 'would-update' as const,
      oldLayers: [],
      newLayers: changed.map((key) => `${byKey.get(key)!.layerName} (new version)`),
    }];
  });
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
