import { appendFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { actionsLogger as log } from './adapters/actions-log';
import { loadAwsClients } from './adapters/credentials';
import { killBuilds, processExec } from './adapters/exec';
import { createGit } from './adapters/git';
import { writeOutputs } from './adapters/step-outputs';
import { commandEnv } from './builders/env';
import { ConfigError } from './config/load';
import { readRunContext, type RunContext } from './context';
import { parseInputs, type ActionInputs } from './inputs';
import { forkRefusal, resolveMode } from './plan/mode';
import { messageOf, runPipeline } from './pipeline';
import { failuresOf } from './report/failures';
import { planOutputs } from './report/outputs';
import { createRedactor, environmentSecrets } from './report/redact';
import { renderError, renderPlan } from './report/summary';
import { uncommittedLayers } from './report/uncommitted';
import type { Plan } from './types';

/** The action's single error boundary: everything that fails ends here as one failed step. */
export async function run(): Promise<void> {
  const cancel = cancelOnSignals();
  // Every secret value the run knows, to redact from what it writes outside the log (core.setSecret masks the log only).
  const secrets = createRedactor();
  // Known once read, so that an error after them can still be reported where the plan would have been.
  const known: { inputs?: ActionInputs; context?: RunContext } = {};
  try {
    const inputs = (known.inputs = parseInputs((name) => core.getInput(name)));
    const runnerSecrets = environmentSecrets(process.env);
    for (const secret of [inputs.githubToken, ...runnerSecrets].filter((value): value is string => !!value)) {
      core.setSecret(secret);
      secrets.add(secret);
    }
    const context = (known.context = readRunContext(process.env));
    const { mode, reason } = resolveMode(inputs.mode, context.event);
    const repository = context.repository && `${context.repository.owner}/${context.repository.repo}`;
    const refusal = forkRefusal(mode, context.event, repository, inputs.allowForkBuilds);
    if (refusal) throw new Error(refusal);
    log.info(`Mode: ${mode}. ${reason}`);

    const plan = await runPipeline(
      {
        inputs,
        mode,
        modeReason: reason,
        repoRoot: context.repoRoot,
        event: context.event,
        tempDir: context.tempDir,
        commandEnv: commandEnv(process.env, [inputs.githubToken, ...runnerSecrets]),
        isolateBuilds: true,
        signal: cancel.signal,
        repository,
      },
      {
        git: createGit(context.repoRoot),
        exec: processExec,
        aws: loadAwsClients(inputs.concurrency),
        log,
      },
    );
    const dirty = uncommittedLayers(plan.layers);
    if (dirty) {
      // An earlier step of the job may have written them on purpose: said, not refused.
      log.notice(
        `Inputs that differ from commit ${plan.commit.slice(0, 12)}, taken as they are in the working tree (versions ` +
          `published from them are labelled 'uncommitted' instead of a commit): ${dirty}.`,
      );
    }
    await report(plan, inputs, context, secrets);
    const failures = failuresOf(plan);
    if (cancel.signal.aborted) {
      failures.unshift(`Cancelled by ${cancel.signal.reason}: nothing new was started, and the functions this run had changed were put back (see each function's status).`);
    }
    if (failures.length > 0) core.setFailed(`${failures.join('\n')}\nThe job summary has the whole plan.`);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const p of error.problems) log.error(`${p.key}: ${p.message}`, p);
    }
    core.setFailed(messageOf(error));
    await reportError(messageOf(error), secrets, known.inputs, known.context);
  } finally {
    cancel.dispose();
  }
}

/**
 * A cancelled job gets SIGINT, then SIGTERM 7.5 s later, then is killed: on the first signal the run starts nothing
 * new, running builds are stopped, deploy restores what it changed, and the report is still written. Later signals
 * only say it is finishing.
 */
function cancelOnSignals(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      log.warning(`${name}: still putting back what this run changed, then the summary and outputs are written.`);
      return;
    }
    log.warning(`${name}: cancelling. Nothing new starts; functions this run changed are put back.`);
    controller.abort(name);
    killBuilds();
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  for (const name of signals) process.on(name, onSignal);
  return { signal: controller.signal, dispose: () => signals.forEach((name) => process.off(name, onSignal)) };
}

type Redactor = ReturnType<typeof createRedactor>;

async function report(rawPlan: Plan, inputs: ActionInputs, context: RunContext, secrets: Redactor): Promise<void> {
  // Redacted before rendering, as escaping could change how a secret reads, and after, for anything else.
  const plan = secrets.redactDeep(rawPlan);
  const outputs = Object.entries(planOutputs(plan)).map(([name, value]) => [name, secrets.redact(value)]);
  await writeOutputs(context.outputFile, Object.fromEntries(outputs));
  const markdown = secrets.redact(renderPlan(plan));
  if (context.hasSummary) await appendSummary(markdown);
  else log.info(markdown);
  // Rendered only for a run that comments: most runs do not.
  await postComment(() => secrets.redact(renderPlan(plan, { audience: 'comment', runUrl: context.runUrl })), inputs, context);
}

/** The sticky comment on a pull request, when the run comments there: `markdown` is redacted already. */
async function postComment(markdown: () => string, inputs: ActionInputs, context: RunContext): Promise<void> {
  const isPullRequest = ['pull_request', 'pull_request_target'].includes(context.event.name);
  if (!isPullRequest || !inputs.comment || !inputs.githubToken || !context.repository || !context.pullRequest) return;
  // Octokit (and undici under it) is loaded only by runs that comment.
  const [{ createGitHub }, { upsertComment }] = await Promise.all([import('./adapters/github'), import('./report/comment')]);
  const github = createGitHub(inputs.githubToken, context.apiUrl);
  await upsertComment(github, { ...context.repository, issue: context.pullRequest }, markdown(), log);
}

/**
 * A run that fails without a plan (configuration, event, fork refusal, credentials) still says so in the job summary,
 * and replaces the sticky comment's plan, which would otherwise stay green on the pull request.
 */
async function reportError(message: string, secrets: Redactor, inputs?: ActionInputs, context?: RunContext): Promise<void> {
  try {
    const markdown = secrets.redact(renderError(secrets.redact(message), { runUrl: context?.runUrl }));
    if (process.env.GITHUB_STEP_SUMMARY) await appendSummary(markdown);
    if (inputs && context) await postComment(() => markdown, inputs, context);
  } catch (error) {
    log.warning(`The error could not be written to the job summary or the PR comment: ${messageOf(error)}`);
  }
}

/**
 * Appends to the job summary file, as core.summary.write() does, but finds the file in the environment each time:
 * core.summary keeps the first path it read, which would be another run's when runs share a process (tests).
 */
function appendSummary(markdown: string): Promise<void> {
  return appendFile(process.env.GITHUB_STEP_SUMMARY!, markdown);
}
