// Deploy: point each function at this commit's layer versions, all or nothing.
// Phase 1 reads every function and checks the new list (nothing changes if any is refused); phase 2 updates, and
// if one update fails, or the run is cancelled, it stops starting new ones and restores what this run already changed.
import {
  CreateAliasCommand,
  DeleteAliasCommand,
  GetAliasCommand,
  GetFunctionCommand,
  PreconditionFailedException,
  PublishVersionCommand,
  ResourceConflictException,
  ResourceNotFoundException,
  UpdateAliasCommand,
  UpdateFunctionConfigurationCommand,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import pLimit from 'p-limit';
import { describeAwsError, isAccessDenied, type AwsClients } from '../adapters/aws';
import { systemClock, type Clock } from '../clock';
import type { FunctionConfig, FunctionPlan, Logger } from '../types';
import { functionTarget, layerProblems, layersAccount, mergeLayers, NEXT_VERSION, sameLayers, shortLayer, type DesiredLayer } from './layers';
import { pacedClient, Stopped, type Guard, type Limits, type PacedClient } from './paced-client';

export interface DeployTarget {
  fn: FunctionConfig;
  region: string;
  desired: DesiredLayer[];
  /** A precondition on the layers read (a saved plan's): the reason it fails, and then nothing is deployed. */
  check?: (currentLayers: string[]) => string | undefined;
}

export interface DeployOptions {
  concurrency: number;
  dryRun: boolean;
  log: Logger;
  /** Aborted when the run is cancelled (SIGINT, SIGTERM): nothing new starts, and what this run changed is restored. */
  signal?: AbortSignal;
  /** Times the waits and draws the retries' jitter; the system clock by default. */
  clock?: Clock;
}

/** Someone else changed the function between our read and our write: read again, at most this many times. */
const STALE_REVISION_RETRIES = 3;
/** An update (ours or someone else's) still in progress: wait for it, at most this many times. */
const CONFLICT_RETRIES = 5;
/**
 * Every wait of a deploy ends. `updateMs`: one function's change, waits for other updates included; updates normally
 * finish within seconds, Lambda documents no bound, and a VPC function's can take minutes. `restoreMs`: putting one
 * function back, so that a failed deploy writes its report and exits within a minute of its last restore.
 */
const DEADLINES = { updateMs: 300_000, restoreMs: 45_000 };
/** Polls of an update in progress start 1 s apart (as the SDK's FunctionUpdatedV2 waiter) and back off to 5 s. */
const WAIT_MIN_DELAY_MS = 1000;
const WAIT_MAX_DELAY_MS = 5000;

/** When a wait gives up: `at` on `clock` (which also times the waits and draws their jitter); `ms` the budget, for messages. */
interface Deadline {
  at: number;
  ms: number;
  clock: Clock;
}

function deadline(clock: Clock, ms: number): Deadline {
  return { at: clock.now() + ms, ms, clock };
}

/** A function read in phase 1 and what it should become. */
interface Pending {
  target: DeployTarget;
  plan: FunctionPlan;
  config: FunctionConfiguration;
  /** Only the alias is behind: $LATEST already has the right layers. */
  aliasOnly: boolean;
}

/** What phase 2 changed, so it can be undone. */
interface Applied {
  pending: Pending;
  /** An update of the layers was sent: it may have been applied even when no answer came back. */
  layersSent: boolean;
  /** Lambda confirmed the update of the layers (or the function was seen with them after an answer was lost). */
  layersChanged: boolean;
  /** The configuration once our update had finished: where a rollback starts without reading again. */
  updated?: FunctionConfiguration;
  alias?: { name: string; previousVersion?: string };
}

class DeployError extends Error {}

export async function deployFunctions(clients: AwsClients, targets: DeployTarget[], opts: DeployOptions): Promise<FunctionPlan[]> {
  const { log } = opts;
  // Bounds AWS calls in flight, not functions: a function waiting for its update to finish holds no slot. GetFunction
  // (the reads, and the waits' polls) has a quota of its own, so its calls queue apart: otherwise every poll would wait
  // behind every update still to be sent, holding their slots while they wait for the shared quota.
  const size = Math.max(1, opts.concurrency);
  const limits: Limits = { getFunction: pLimit(size), control: pLimit(size) };
  const lambda = (region: string, guard?: Guard) => pacedClient(clients.lambda(region), limits, guard);
  const clock = opts.clock ?? systemClock;
  // This run's layer versions were read from the credentials' account: the account a function ARN must be in.
  const account = layersAccount(targets.flatMap((t) => t.desired.map((d) => d.arn)));
  const read = await Promise.all(
    targets.map(async (target) => misdirected(target, account) ?? checked(await prepare(lambda(target.region), target), target)),
  );
  const pending = read.filter((r): r is Pending => 'config' in r && r.plan.status === 'would-update');
  const refused = read.map((r) => r.plan).filter((p) => p.status === 'failed');
  if (opts.dryRun || pending.length === 0) return read.map((r) => r.plan);

  if (refused.length > 0) {
    for (const p of refused) log.error(`${label(p)}: ${p.error}`);
    const why = `not updated because ${refused.map(label).join(', ')} cannot be deployed; fix that and re-run.`;
    for (const p of pending) p.plan.error = why;
    return read.map((r) => r.plan);
  }

  const applied: Applied[] = [];
  let failed = false;
  const cancelled = () => Boolean(opts.signal?.aborted);
  await Promise.all(
    pending.map(async (p) => {
      const record: Applied = { pending: p, layersSent: false, layersChanged: false };
      // Once a function has failed, functions that have not changed anything yet do not start; once the run is
      // cancelled, no change starts at all.
      const guard: Guard = {
        stop: () => cancelled() || (failed && !record.layersChanged && !record.alias),
        fatal: () => void (failed = true),
        sending: (command) => void (command instanceof UpdateFunctionConfigurationCommand && (record.layersSent = true)),
      };
      try {
        await apply(lambda(p.target.region, guard), record, deadline(clock, DEADLINES.updateMs), log);
      } catch (err) {
        if (!(err instanceof Stopped)) {
          failed = true;
          p.plan.status = 'failed';
          p.plan.error = err instanceof ResourceNotFoundException ? `${deletedMeanwhile(err)}` : `${describeError(err)} ${fixFor(err)}`;
          log.error(`${label(p.plan)}: ${p.plan.error}`);
        }
      }
      // Also when apply() failed half-way (e.g. the alias), so that the function itself is restored too.
      if (!record.layersSent && !record.alias) return;
      // A cancelled run has seconds left: each function is put back as soon as its own calls are over.
      if (cancelled() && !failed) await rollback(lambda(p.target.region), record, 'the run was cancelled', deadline(clock, DEADLINES.restoreMs), log);
      else applied.push(record);
    }),
  );
  if (!failed && !cancelled()) return read.map((r) => r.plan);

  const failures = pending.filter((p) => p.plan.status === 'failed').map((p) => label(p.plan));
  const why = failures.length > 0 ? `${failures.join(', ')} failed` : 'the run was cancelled';
  for (const p of pending.filter((p) => p.plan.status === 'would-update')) {
    p.plan.error = `not updated because ${why}; ${failures.length > 0 ? 're-run once that is fixed' : 're-run the deploy'}.`;
  }
  await Promise.all(applied.map((a) => rollback(lambda(a.pending.target.region), a, why, deadline(clock, DEADLINES.restoreMs), log)));
  return read.map((r) => r.plan);
}

/** A function ARN in another region than the one deployed to, or in another account than the credentials'. */
function misdirected(target: DeployTarget, account: string | undefined): { plan: FunctionPlan } | undefined {
  const { fn, region } = target;
  const arn = functionTarget(fn.name);
  const error =
    arn.region && arn.region !== region
      ? `its ARN is in ${arn.region}, but it is deployed in ${region}: set its regions to [${arn.region}] in lambda-layers.yml.`
      : arn.account && account && arn.account !== account
        ? `its ARN is in account ${arn.account}, but the credentials are for account ${account} (where this run's layers are): ` +
          `deploy it with credentials for account ${arn.account}, or correct the ARN.`
        : undefined;
  return error ? { plan: { key: fn.key, name: fn.name, region, status: 'failed', oldLayers: [], newLayers: [], error } } : undefined;
}

/** Phase 1: read the function, merge, check. Never changes anything. */
async function prepare(lambda: PacedClient, target: DeployTarget): Promise<Pending | { plan: FunctionPlan }> {
  const { fn, region } = target;
  const plan: FunctionPlan = { key: fn.key, name: fn.name, region, status: 'unchanged', oldLayers: [], newLayers: [] };
  try {
    const config = await readConfiguration(lambda, fn.name);
    const next = desiredList(config, target);
    plan.oldLayers = layerArns(config);
    plan.newLayers = next.layers;
    if (next.problems.length > 0) {
      plan.status = 'failed';
      plan.error = next.problems.join(' ');
      return { plan };
    }
    const layersMove = !sameLayers(plan.oldLayers, plan.newLayers);
    const aliased = fn.alias ? await aliasConfiguration(lambda, fn.name, fn.alias) : undefined;
    // A deploy publishes a function version for the alias and moves the alias to it: the plan says so.
    if (fn.alias) plan.alias = { name: fn.alias, from: aliased?.Version, to: NEXT_VERSION };
    if (layersMove) {
      plan.status = 'would-update';
      return { target, plan, config, aliasOnly: false };
    }
    if (!fn.alias) return { plan };
    if (aliased && sameLayers(layerArns(aliased), plan.newLayers)) {
      plan.aliasVersion = `${aliased.FunctionArn!.split(':').slice(0, 7).join(':')}:${aliased.Version}`;
      plan.alias = { name: fn.alias, from: aliased.Version, to: aliased.Version };
      return { plan };
    }
    // $LATEST is right but the alias is missing or still on older layers (e.g. a run that stopped after the update).
    plan.oldLayers = aliased ? layerArns(aliased) : plan.oldLayers;
    plan.status = 'would-update';
    return { target, plan, config, aliasOnly: true };
  } catch (err) {
    plan.status = 'failed';
    plan.error = `${describeError(err)} ${fixFor(err)}`;
    return { plan };
  }
}

function checked(read: Pending | { plan: FunctionPlan }, target: DeployTarget): Pending | { plan: FunctionPlan } {
  const why = read.plan.status !== 'failed' && target.check?.(read.plan.oldLayers);
  if (!why) return read;
  Object.assign(read.plan, { status: 'failed', error: why });
  return { plan: read.plan };
}

function desiredList(config: FunctionConfiguration, target: DeployTarget): { layers: string[]; problems: string[] } {
  const layers = mergeLayers(layerArns(config), target.desired);
  const architecture = config.Architectures?.[0] ?? 'x86_64';
  const problems = layerProblems({ key: target.fn.key, region: target.region, architecture }, layers, target.desired);
  return { layers, problems };
}

/** Phase 2 for one function; `record` tracks what changed as it goes, so a failure half-way can still be undone. */
async function apply(lambda: PacedClient, record: Applied, until: Deadline, log: Logger): Promise<void> {
  const p = record.pending;
  const { fn } = p.target;
  let config = p.config;
  if (!p.aliasOnly) {
    config = await updateLayers(lambda, record, until, log);
    if (record.layersChanged) record.updated = config;
  }
  if (fn.alias) {
    const published = await withConflictRetry(lambda, fn.name, until, () =>
      lambda.send(
        new PublishVersionCommand({
          FunctionName: fn.name,
          CodeSha256: config.CodeSha256,
          ...(config.RevisionId ? { RevisionId: config.RevisionId } : {}),
        }),
      ),
    );
    await pointAlias(lambda, fn.name, fn.alias, published.Version!, record);
    p.plan.aliasVersion = published.FunctionArn;
    p.plan.alias = { name: fn.alias, from: p.plan.alias?.from, to: published.Version };
  }
  if (!record.layersChanged && !record.alias) return;
  p.plan.status = 'updated';
  const layers = `${p.plan.oldLayers.map(shortLayer).join(', ') || '(none)'} -> ${p.plan.newLayers.map(shortLayer).join(', ')}`;
  log.info(`${label(p.plan)}: ${layers}${fn.alias ? `; alias ${fn.alias} -> version ${p.plan.aliasVersion?.split(':').pop()}` : ''}`);
}

/**
 * UpdateFunctionConfiguration with only Layers, guarded by the RevisionId we read; on a stale revision, read again and
 * recompute. Returns the configuration once the update has finished. Leaves plan.status 'unchanged' when the re-read
 * shows someone else already set the right layers.
 */
async function updateLayers(lambda: PacedClient, record: Applied, until: Deadline, log: Logger): Promise<FunctionConfiguration> {
  const p = record.pending;
  const { fn } = p.target;
  let config = p.config;
  for (let attempt = 0; ; attempt++) {
    const sent = p.plan.newLayers;
    try {
      const answer = await withConflictRetry(lambda, fn.name, until, () =>
        lambda.send(
          new UpdateFunctionConfigurationCommand({
            FunctionName: fn.name,
            Layers: p.plan.newLayers,
            ...(config.RevisionId ? { RevisionId: config.RevisionId } : {}),
          }),
        ),
      );
      record.layersChanged = true;
      // The answer already says the update is in progress: the waiter's first, immediate poll would only repeat it.
      if (answer.LastUpdateStatus === 'InProgress') await until.clock.sleep(WAIT_MIN_DELAY_MS);
      return await waitForUpdate(lambda, fn.name, until);
    } catch (err) {
      if (!(err instanceof PreconditionFailedException) || attempt >= STALE_REVISION_RETRIES) throw err;
    }
    const before = layerArns(config);
    config = await readConfiguration(lambda, fn.name);
    // The function now has exactly what we sent, and did not before: our update was applied, but its answer was lost
    // and the SDK's retry met the RevisionId it had changed. It is this run's change, to report and to restore.
    if (sameLayers(layerArns(config), sent) && !sameLayers(before, sent)) {
      record.layersChanged = true;
      log.info(`${label(p.plan)}: Lambda applied the update but its answer was lost; the function has the new layers.`);
      return await waitForUpdate(lambda, fn.name, until);
    }
    const next = desiredList(config, p.target);
    if (next.problems.length > 0) throw new DeployError(`${next.problems.join(' ')} (the function was changed while deploying)`);
    p.plan.oldLayers = layerArns(config);
    p.plan.newLayers = next.layers;
    if (sameLayers(p.plan.oldLayers, p.plan.newLayers)) {
      p.plan.status = 'unchanged';
      return config;
    }
  }
}

/**
 * Retries `op` while Lambda answers that an update is in progress: wait for it to finish, back off a little, retry;
 * never past `until`.
 */
async function withConflictRetry<T>(lambda: PacedClient, name: string, until: Deadline, op: () => Promise<T>): Promise<T> {
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

/**
 * Polls GetFunction until the update in progress has finished, giving up at `until`. A failed update is reported with
 * Lambda's reason; a function that no longer exists at once (its 404 is never polled again).
 */
async function waitForUpdate(lambda: PacedClient, name: string, until: Deadline): Promise<FunctionConfiguration> {
  for (let delay = WAIT_MIN_DELAY_MS; ; delay = Math.min(2 * delay, WAIT_MAX_DELAY_MS)) {
    const config = await readConfiguration(lambda, name);
    if (config.LastUpdateStatus === 'Failed') {
      throw new DeployError(
        `Lambda could not apply the update: ${config.LastUpdateStatusReason ?? 'no reason given'}` +
          `${config.LastUpdateStatusReasonCode ? ` (${config.LastUpdateStatusReasonCode})` : ''}.`,
      );
    }
    if (config.LastUpdateStatus !== 'InProgress') return config;
    const left = until.at - until.clock.now();
    if (left <= 0) {
      throw new DeployError(
        `the update did not finish within ${until.ms / 1000} s (LastUpdateStatus still InProgress): check the function in the Lambda console; its last update may be stuck.`,
      );
    }
    await until.clock.sleep(Math.min(delay, left));
  }
}

/** For waits whose outcome does not matter (only that nothing is in progress any more), unless the function is gone. */
function unlessGone(err: unknown): void {
  if (err instanceof ResourceNotFoundException) throw err;
}

/** A function read in phase 1 that Lambda no longer finds. */
function deletedMeanwhile(err: ResourceNotFoundException): string {
  return `it no longer exists: it was deleted while the deploy ran (${describeAwsError(err)}) Remove it from lambda-layers.yml if that was meant, and re-run.`;
}

/** The configuration of the version an alias points to, or undefined when the alias does not exist. */
async function aliasConfiguration(lambda: PacedClient, name: string, alias: string): Promise<FunctionConfiguration | undefined> {
  try {
    return await readConfiguration(lambda, name, alias);
  } catch (err) {
    if (err instanceof ResourceNotFoundException) return undefined;
    throw err;
  }
}

/**
 * Moves (or creates) the alias; with `record`, remembers where it pointed before so that rollback can move it back.
 * A conflict or a stale RevisionId (a retried call whose first answer was lost, or someone else's change) reads the
 * alias again: already on `version` means the call was applied.
 */
async function pointAlias(lambda: PacedClient, name: string, alias: string, version: string, record?: Applied): Promise<void> {
  let previous: { version?: string } | undefined;
  for (let attempt = 0; ; attempt++) {
    let current: { FunctionVersion?: string; RevisionId?: string } | undefined;
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
              ...(current.RevisionId ? { RevisionId: current.RevisionId } : {}),
            }),
          );
        }
      } catch (err) {
        const retried = err instanceof ResourceConflictException || err instanceof PreconditionFailedException;
        if (!retried || attempt >= STALE_REVISION_RETRIES) throw err;
        continue;
      }
    }
    // Unchanged only when it was already there before the first call.
    if (record && !(done && attempt === 0)) record.alias = { name: alias, previousVersion: previous.version };
    return;
  }
}

/** Puts a function back the way it was before this run: alias first (it serves traffic), then $LATEST's layers. */
async function rollback(lambda: PacedClient, a: Applied, why: string, until: Deadline, log: Logger): Promise<void> {
  const { plan, target } = a.pending;
  const name = target.fn.name;
  try {
    if (a.alias?.previousVersion) await pointAlias(lambda, name, a.alias.name, a.alias.previousVersion);
    else if (a.alias) await lambda.send(new DeleteAliasCommand({ FunctionName: name, Name: a.alias.name }));
    if (a.alias) plan.alias = { name: a.alias.name, from: a.alias.previousVersion, to: a.alias.previousVersion };
    // An update sent but never confirmed is checked too: it may have been applied with its answer lost.
    const restored = a.layersSent && (await restoreLayers(lambda, a.pending, a.updated, until));
    if (!restored && !a.layersChanged && !a.alias) return;
    if (plan.status === 'failed') {
      plan.error = `${plan.error} Its previous layers were restored.`;
    } else {
      plan.status = 'rolled-back';
      plan.error = `restored to its previous layers because ${why}.`;
    }
    log.warning(`${label(plan)}: restored to ${plan.oldLayers.map(shortLayer).join(', ') || 'no layers'}${a.alias ? ` and alias ${a.alias.name} to ${a.alias.previousVersion ?? '(removed)'}` : ''}.`);
  } catch (err) {
    plan.status = 'failed';
    if (err instanceof ResourceNotFoundException) {
      plan.error = plan.error?.startsWith('it no longer exists') ? plan.error : deletedMeanwhile(err);
      return;
    }
    plan.error =
      `${plan.error ? `${plan.error} ` : ''}It was changed by this run but could not be restored: ${describeError(err)} ` +
      `Set its layers back to ${plan.oldLayers.join(', ') || 'none'}${a.alias?.previousVersion ? ` and alias ${a.alias.name} to version ${a.alias.previousVersion}` : ''} by hand, or re-run the deploy.`;
    log.error(`${label(plan)}: ${plan.error}`);
  }
}

/**
 * Writes the old layers back, unless someone else changed the layers since our update (then theirs win). False when
 * the function still had its old layers (our update failed, or was never applied).
 */
async function restoreLayers(lambda: PacedClient, p: Pending, updated: FunctionConfiguration | undefined, until: Deadline): Promise<boolean> {
  const name = p.target.fn.name;
  for (let attempt = 0; ; attempt++) {
    let config = attempt === 0 ? updated : undefined;
    if (!config) {
      // Only "not in progress" matters here: a failed update of ours left the old layers in place.
      await waitForUpdate(lambda, name, until).catch(unlessGone);
      config = await readConfiguration(lambda, name);
    }
    const current = layerArns(config);
    if (sameLayers(current, p.plan.oldLayers)) return attempt > 0;
    if (!sameLayers(current, p.plan.newLayers)) {
      throw new DeployError(`its layers were changed by someone else meanwhile (now ${current.map(shortLayer).join(', ')}), so they were left as they are.`);
    }
    try {
      await withConflictRetry(lambda, name, until, () =>
        lambda.send(
          new UpdateFunctionConfigurationCommand({
            FunctionName: name,
            Layers: p.plan.oldLayers,
            ...(config.RevisionId ? { RevisionId: config.RevisionId } : {}),
          }),
        ),
      );
      await waitForUpdate(lambda, name, until);
      return true;
    } catch (err) {
      if (!(err instanceof PreconditionFailedException) || attempt >= STALE_REVISION_RETRIES) throw err;
    }
  }
}

/**
 * A function's configuration, read with GetFunction rather than GetFunctionConfiguration: GetFunction has a quota of
 * its own (100 requests per second, against 15 shared by every other call), so reading many functions does not slow
 * down their updates. The presigned code URL in the answer is not used.
 */
async function readConfiguration(lambda: PacedClient, name: string, qualifier?: string): Promise<FunctionConfiguration> {
  const { Configuration } = await lambda.send(new GetFunctionCommand({ FunctionName: name, Qualifier: qualifier }));
  if (!Configuration) throw new DeployError(`GetFunction returned no configuration for ${name}${qualifier ? `:${qualifier}` : ''}.`);
  return Configuration;
}

function layerArns(config: FunctionConfiguration): string[] {
  return (config.Layers ?? []).map((l) => l.Arn!);
}

function label(p: { name: string; region: string }): string {
  return `${p.name} (${p.region})`;
}

function describeError(err: unknown): string {
  return err instanceof DeployError ? err.message : describeAwsError(err);
}

/** What the user should do next, by kind of failure. */
function fixFor(err: unknown): string {
  if (err instanceof ResourceNotFoundException) {
    return 'Check the function name (or arn:) in lambda-layers.yml and its regions.';
  }
  if (isAccessDenied(err)) {
    return 'Allow the deploy role lambda:GetFunction and lambda:UpdateFunctionConfiguration (and for aliases lambda:PublishVersion, lambda:GetAlias, lambda:CreateAlias, lambda:UpdateAlias, lambda:DeleteAlias) on this function.';
  }
  if (err instanceof DeployError) return 'Fix it and re-run the deploy; functions already right are left alone.';
  return 'Re-run the deploy once the cause is fixed; functions already right are left alone.';
}
