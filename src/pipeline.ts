// The run, stage by stage: config -> detect -> build -> package -> publish -> deploy. Reporting is left to the caller.
// Every side effect comes in through `Deps`, so tests can run the whole pipeline against local fakes.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { AwsClients } from './adapters/aws';
import { mayHaveCredentials } from './adapters/credentials';
import type { Exec } from './adapters/exec';
import type { Git, WorktreeStatus } from './adapters/git';
import type { LockfileCache } from './builders/npm-project';
import type { BuildSandbox } from './builders/isolation';
import { loadConfig, parseConfig } from './config/load';
import { shortLayer } from './deploy/layers';
import { resolveBase } from './detect/base';
import type { GitEvent } from './detect/event';
import { detectChanges, listTree, mayHaveChanged, readDependencies } from './detect/detect';
import { Input, type ActionInputs } from './inputs';
import { systemClock, type Clock } from './clock';
import { heartbeat, layerGroups } from './log-groups';
import { deployTargets, functionScope, previewWithoutArns } from './plan/functions';
import { buildsLayer, decideLayer, needsFingerprints, scoped, summarize, uncommittedInputs, uncommittedRefusal } from './plan/layers';
import { assertLayersAsPlanned, readSavedPlan, savePlan, writeSavedPlan, type SavedPlan } from './plan/plan-file';
import type { LayerLookups } from './publish/publish';
import type {
  Config,
  FunctionConfig,
  FunctionPlan,
  LayerConfig,
  LayerPlan,
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
  /** For the heartbeat of running layers and the waits of publish and deploy; the system clock by default. */
  clock?: Clock;
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
  /** Aborted on SIGINT/SIGTERM: no build, publish or function update starts, and deploy restores what it changed. */
  signal?: AbortSignal;
  /** GITHUB_REPOSITORY, recorded in and checked against a saved plan. */
  repository?: string;
  /** The error of a publish or deploy that finds no AWS credentials; by default the action's, naming workflow steps. */
  noCredentials?: string;
  /** Builds as an unprivileged user where this process may switch to one (the action on a runner; see builders/isolation.ts). */
  isolateBuilds?: boolean;
  /** The CLI without --allow-dirty: publish and deploy stop when a layer's inputs differ from HEAD. */
  refuseUncommitted?: boolean;
}

const WORK_PREFIX = 'lambda-layers-';

export async function runPipeline(request: RunRequest, available: Deps): Promise<Plan> {
  const { inputs, repoRoot } = request;
  const { git, log } = available;
  const mayUseAws = mayHaveCredentials();
  const fingerprints = needsFingerprints(request.mode, inputs.planFile, mayUseAws);
  // Listing the working tree depends on nothing else: git lists it while the configuration is read.
  const listing = listTree(git, fingerprints);
  const loaded = await loadConfig(repoRoot, inputs.config, log);
  const config = scoped(loaded, inputs);
  // Git looks for the base commit while the layers' dependencies are read. Not before the configuration is known
  // good: in a shallow clone that means fetches, which a run failing on its configuration must not wait for.
  const basePromise = resolveBase(git, request.event, inputs.baseRef, log, listing.head);
  basePromise.catch(() => undefined);
  const dependencies = readDependencies(repoRoot, config, log);
  dependencies.catch(() => undefined);
  const firstRegion = config.layers[0]?.regions[0] ?? config.regions[0];
  // The credential chain can end waiting on the instance metadata service: it is asked (and the SDK loaded) while
  // git works.
  const credentials = firstRegion && mayUseAws ? credentialedAws(available.aws, firstRegion) : Promise.resolve(undefined);

  const { base, committed } = await basePromise;
  log.info(base.sha ? `Comparing with ${base.sha.slice(0, 12)} (${base.source}).` : `No base commit (${base.source}).`);
  if (base.note) log.notice(base.note);
  committed?.catch(() => undefined);
  // An empty repository has no HEAD: revParse says so in git's words.
  const atBase = base.sha && committed ? configAt(git, base.sha, loaded, repoRoot, committed, listing.status) : undefined;
  const atHead = () => configAt(git, 'HEAD', loaded, repoRoot, Promise.resolve([]), listing.status);
  // No commit since the base touched the configuration: HEAD's is the base's, read once.
  const configFile = repoPath(repoRoot, loaded.file);
  const headAt = atBase ? committed!.then((files) => (files.includes(configFile) ? atHead() : atBase)) : atHead();
  const [baseConfig, commit, headConfig] = await Promise.all([atBase, listing.head.then((sha) => sha ?? git.revParse('HEAD')), headAt]);
  const detection = await detectChanges({ repoRoot, config, baseConfig, git, base, log, listing: { ...listing, committed }, dependencies, fingerprints });
  const uncommitted = uncommittedInputs(config, headConfig, (key) => detection.uncommitted.get(key)!);
  const refusal = uncommittedRefusal(request.mode, request.refuseUncommitted, uncommitted);
  if (refusal) throw new Error(refusal);
  const planFile = inputs.planFile && path.resolve(repoRoot, inputs.planFile);
  const saved = planFile && request.mode === 'deploy' ? await readSavedPlan(planFile, { config, repository: request.repository }) : undefined;
  if (saved) {
    // Deploy mode: detected with fingerprints.
    assertLayersAsPlanned(saved, new Map([...detection.inputs!].map(([key, i]) => [key, i.fingerprint])));
    log.info(`Applying the saved plan ${planFile} (made at ${saved.commit.slice(0, 12)}): every layer is as planned.`);
  }
  const deps: AwsDeps = { ...available, aws: await credentials };

  if (!deps.aws && request.mode !== 'plan') {
    throw new Error(
      request.noCredentials ??
        `Mode '${request.mode}' needs AWS credentials, but none were found. Add aws-actions/configure-aws-credentials ` +
          `before this step (with 'permissions: id-token: write' for OIDC), or run with 'mode: plan'.`,
    );
  }
  if (!deps.aws) log.notice('No AWS credentials: planning from git alone, without consulting published layer versions.');

  const lookup = deps.aws && (await import('./publish/publish')).createLayerLookup(deps.aws);
  const workspace = runWorkspace(request, available);
  const workspaceBuilds = new Map<string, Promise<void>>();
  // Detection parsed the root lockfile already: the plan's skipped install scripts read it from there.
  const lockfiles: LockfileCache = new Map();
  const { lockfile } = detection;
  if (lockfile?.data && lockfile.file.endsWith('.json')) lockfiles.set(lockfile.file, Promise.resolve(lockfile.data as Record<string, any>));
  try {
    const limit = pLimit(inputs.concurrency);
    const inLogGroup = layerGroups(log, Math.min(inputs.concurrency, config.layers.length) === 1);
    const progress = heartbeat(log, available.clock ?? systemClock);
    const layers = await Promise.all(
      config.layers.map((layer) =>
        limit(() =>
          progress.track(layer.key, (phase) =>
            inLogGroup(`Layer ${layer.key}`, (layerLog) =>
              processLayer(layer, {
                ...request,
                ...deps,
                log: layerLog,
                phase,
                commit,
                lookup,
                reasons: detection.reasons.get(layer.key)!,
                fingerprint: detection.inputs?.get(layer.key)?.fingerprint,
                uncommitted: uncommitted.get(layer.key)!,
                workspace,
                workspaceBuilds,
                lockfiles,
              }),
            ),
          ),
        ),
      ),
    ).finally(progress.stop);
    if (config.ssm && deps.aws) {
      const { syncParameters } = await import('./publish/ssm');
      await syncParameters(deps.aws, layers, { prefix: config.ssm.prefix, mode: request.mode, concurrency: inputs.concurrency, log });
    }
    const functions = await reconcileFunctions(config, layers, request, deps, saved);
    const plan: Plan = {
      mode: request.mode,
      modeReason: request.modeReason,
      commit,
      base,
      awsConsulted: Boolean(deps.aws),
      layers,
      functions,
    };
    if (planFile && request.mode === 'plan') {
      await writeSavedPlan(planFile, savePlan(plan, config, request.repository));
      log.info(`Plan saved to ${planFile}.`);
    }
    return plan;
  } finally {
    await workspace.close();
  }
}

/** Where layers are built: the run's work folder and its build sandbox, made when the first layer builds. */
interface RunWorkspace {
  get(): Promise<{ workDir: string; sandbox: BuildSandbox }>;
  close(): Promise<void>;
}

/** A plan builds nothing: it makes no folder and loads no sandbox. */
function runWorkspace(request: RunRequest, { exec, log }: Deps): RunWorkspace {
  let made: Promise<{ workDir: string; sandbox: BuildSandbox }> | undefined;
  const make = async () => {
    const [{ buildSandbox, inPlace }, { runFolder, sweepRunFolders }] = await Promise.all([import('./builders/isolation'), import('./run-folders')]);
    // Named after this process, so that the next run removes what a killed one left.
    await sweepRunFolders(request.tempDir, WORK_PREFIX);
    const workDir = runFolder(request.tempDir, WORK_PREFIX);
    const sandbox = request.isolateBuilds ? buildSandbox(exec, log, { isolate: request.inputs.isolate }) : inPlace(exec);
    return { workDir, sandbox };
  };
  return {
    get: () => (made ??= make()),
    async close() {
      // A folder that could not be made failed the layers that asked for it: nothing to remove, the plan goes on.
      const space = await made?.catch(() => undefined);
      if (!space) return;
      await space.sandbox.close();
      await rm(space.workDir, { recursive: true, force: true });
    },
  };
}

/** The AWS clients when the SDK's credential chain yields credentials in `region`, else undefined. */
async function credentialedAws(load: () => Promise<AwsClients>, region: string): Promise<AwsClients | undefined> {
  const [aws, { hasCredentials }] = await Promise.all([load(), import('./adapters/aws')]);
  return (await hasCredentials(aws, region)) ? aws : undefined;
}

/** A path as git names it: relative to the repository root, with `/`. */
function repoPath(repoRoot: string, file: string): string {
  return path.relative(repoRoot, path.resolve(repoRoot, file)).split(path.sep).join('/');
}

/** The configuration at a commit (the base's, for config-key reasons; HEAD's); undefined when absent or unreadable. */
async function configAt(
  git: Git,
  base: string,
  config: Config,
  repoRoot: string,
  committed: Promise<string[]>,
  status: Promise<WorktreeStatus>,
): Promise<Config | undefined> {
  const file = repoPath(repoRoot, config.file);
  const [files, worktree] = await Promise.all([committed, status]);
  // Most pull requests leave the configuration alone: then it is neither read from git nor parsed again.
  if (!mayHaveChanged(file, files, worktree)) return config;
  const [text, current] = await Promise.all([git.show(base, config.file), readFile(path.resolve(repoRoot, config.file), 'utf8')]);
  if (text === current) return config;
  return text === undefined ? undefined : (await parseConfig(text, config.file, { repoRoot: '.', checkPaths: false })).config;
}

/** Deps as the stages see them: `aws` undefined means AWS is not consulted. */
interface AwsDeps extends Omit<Deps, 'aws'> {
  aws?: AwsClients;
}

interface LayerRun extends RunRequest, AwsDeps {
  /** Names what the layer is doing now, for the heartbeat. */
  phase: (phase: string) => void;
  commit: string;
  /** Undefined when AWS is not consulted. */
  lookup?: LayerLookups;
  reasons: Reasons;
  /** Undefined in a plan from git alone; a run that looks up, builds or publishes has it (needsFingerprints). */
  fingerprint?: string;
  /** Input files that differ from HEAD: the version is labelled `uncommitted` instead of the commit. */
  uncommitted: string[];
  workspace: RunWorkspace;
  /** Shared by the run's layers, so that each workspace package is built once. */
  workspaceBuilds: Map<string, Promise<void>>;
  /** Shared by the run's layers, so that the plan's skipped install scripts read each lockfile once. */
  lockfiles: LockfileCache;
}

async function processLayer(layer: LayerConfig, run: LayerRun): Promise<LayerPlan> {
  const { aws, log, fingerprint, reasons } = run;
  const facts = { layer, fingerprint, reasons, force: run.inputs.force, uncommitted: run.uncommitted };
  // Regions are known once Lambda has answered; a failed look-up leaves none.
  let plan: LayerPlan = { ...decideLayer(facts, run.mode), regions: [] };
  try {
    run.phase('looking up published versions');
    const lookups = run.lookup && fingerprint ? await Promise.all(layer.regions.map((r) => run.lookup!(r, layer.layerName, fingerprint, log))) : undefined;
    plan = decideLayer({ ...facts, lookups }, run.mode);
    const sameZip = plan.status === 'unchanged' && plan.regions.find((r) => r.sameZip)?.arn;
    log.info(`${fingerprint ? `Fingerprint ${fingerprint}` : 'From git alone'}: ${plan.status}${sameZip ? ` (same zip as ${shortLayer(sameZip)}, recorded on it)` : ''}.`);
    if (layer.type === 'nodejs' && plan.status === 'changed') {
      plan.skippedScripts = await (await import('./builders/npm-project')).skippedInstallScripts(layer, run.repoRoot, run.lockfiles);
    }
    if (!buildsLayer(plan, run.mode)) {
      if (aws) await (await import('./publish/publish')).shareVersions(aws, layer, plan.regions, { dryRun: run.mode === 'plan', log });
      return plan;
    }
    if (run.signal?.aborted) throw new Error('The run was cancelled before this layer was built.');

    run.phase('building');
    // The build, packaging and publishing stages are loaded only by a run that builds (a no-op run starts faster).
    const [{ buildLayer }, { packageLayer }, { publishLayer, pruneVersions, shareVersions }] = await Promise.all([
      import('./builders'),
      import('./packaging'),
      import('./publish/publish'),
    ]);
    // The build may run as another user in a copy of the checkout (builders/isolation.ts); packaging reads that copy.
    const { workDir, sandbox } = await run.workspace.get();
    const space = await sandbox.space(layer.key, { repoRoot: run.repoRoot, workDir: path.join(workDir, layer.key), env: run.commandEnv });
    const { root } = await buildLayer(layer, { ...space, log, workspaceBuilds: run.workspaceBuilds });
    await space.handBack?.(root);
    run.phase('packaging');
    plan.zip = await packageLayer(layer, root, {
      repoRoot: space.repoRoot,
      zipPath: path.join(space.workDir, `${layer.key}.zip`),
      s3Bucket: run.inputs.s3Bucket,
      // The smoke test runs the built bootstrap: as the build user too.
      exec: space.exec,
      log,
    });
    log.info(`Packaged ${plan.zip.entries} files, ${plan.zip.size} bytes zipped, CodeSha256 ${plan.zip.codeSha256}.`);
    run.phase('publishing');
    await Promise.all(
      plan.regions.map(async (state, i) => {
        if (state.status !== 'changed') return;
        try {
          if (run.signal?.aborted) throw new Error('The run was cancelled before this layer was published.');
          const result = await publishLayer(aws!, state.region, layer, plan.zip!, {
            fingerprint: fingerprint!,
            commit: run.uncommitted.length > 0 ? undefined : run.commit,
            latest: lookups?.[i]?.latest,
            force: run.inputs.force,
            s3Bucket: run.inputs.s3Bucket,
            log,
            clock: run.clock,
          });
          const { recorded, ...published } = result;
          Object.assign(state, published, recorded ? { sameZip: true } : {});
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
    await shareVersions(aws!, layer, plan.regions, { dryRun: false, log });
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

/**
 * Deploy points the functions at the layer versions of this commit. Plan and publish modes ask Lambda the same
 * question without changing anything, so the report shows what a deploy would do.
 */
async function reconcileFunctions(config: Config, layers: LayerPlan[], request: RunRequest, deps: AwsDeps, saved?: SavedPlan): Promise<FunctionPlan[]> {
  const { aws, log } = deps;
  const discovered = await discovery(config, layers, request, deps);
  const scope = functionScope(config, layers, discovered);
  for (const fn of scope.partial) {
    log.notice(`Function ${fn.key} skipped: it also uses layers outside the '${Input.Layers}' input (${fn.layers.join(', ')}).`);
  }
  if (!aws || scope.pairs.length === 0) return previewWithoutArns(scope, layers);

  const failedLayers = layers.filter((l) => l.status === 'failed');
  if (request.mode === 'deploy' && failedLayers.length > 0) {
    log.error(`No function was changed because layers failed: ${failedLayers.map((l) => l.key).join(', ')}.`);
    return [];
  }
  const { targets, unresolved } = deployTargets(scope, config, layers, request.mode, saved);
  if (request.mode === 'deploy' && unresolved.length > 0) {
    for (const f of unresolved) log.error(`Function ${f.key} (${f.region}): ${f.error}`);
    return unresolved;
  }
  const { deployFunctions } = await import('./deploy/deploy');
  const results = await deployFunctions(aws, targets, {
    concurrency: request.inputs.concurrency,
    dryRun: request.mode !== 'deploy',
    log,
    signal: request.signal,
    clock: deps.clock,
  });
  for (const r of results) {
    if (discovered.some((d) => d.key === r.key && d.name === r.name && d.regions[0] === r.region)) r.discovered = true;
  }
  if (request.mode === 'publish') {
    for (const r of [...results, ...unresolved].filter((r) => r.status === 'failed')) {
      log.warning(`A deploy would fail for function ${r.key} (${r.region}): ${r.error}`);
    }
  }
  return [...results, ...unresolved];
}

/** With `discover`, the functions found using a managed layer; without it, a plan only warns that they exist. */
async function discovery(config: Config, layers: LayerPlan[], request: RunRequest, deps: AwsDeps): Promise<FunctionConfig[]> {
  if (!deps.aws || (!config.discover && request.mode !== 'plan')) return [];
  const { discoverFunctions, undiscoveredWarning } = await import('./deploy/discover');
  if (config.discover) return discoverFunctions(deps.aws, layers, config.functions);
  try {
    const found = await discoverFunctions(deps.aws, layers, config.functions);
    if (found.length > 0) deps.log.warning(undiscoveredWarning(found));
  } catch (error) {
    deps.log.warning(messageOf(error));
  }
  return [];
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
