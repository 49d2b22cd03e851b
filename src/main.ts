import * as core from '@actions/core';
import { actionsLogger as log } from './adapters/actions-log';
import { createAwsClients } from './adapters/aws';
import { processExec } from './adapters/exec';
import { createGit } from './adapters/git';
import { createGitHub } from './adapters/github';
import { commandEnv } from './build/env';
import { ConfigError } from './config/load';
import { readRunContext, type RunContext } from './context';
import { parseInputs, type ActionInputs } from './inputs';
import { resolveMode } from './mode';
import { messageOf, runPipeline } from './pipeline';
import { upsertComment } from './report/comment';
import { planOutputs } from './report/outputs';
import { createRedactor, environmentSecrets } from './report/redact';
import { renderPlan } from './report/summary';
import type { Plan } from './types';

/** Every secret value the run knows, to redact from what it writes outside the log. */
const secrets = createRedactor();

/** core.setSecret masks the log only; every secret goes through here so that reports are redacted of it too. */
export function registerSecret(value: string | undefined): void {
  if (!value) return;
  core.setSecret(value);
  secrets.add(value);
}

/** The action's single error boundary: everything that fails ends here as one failed step. */
export async function run(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    registerSecret(inputs.githubToken);
    environmentSecrets(process.env).forEach(registerSecret);
    const context = readRunContext(process.env);
    const { mode, reason } = resolveMode(inputs.mode, context.event);
    log.info(`Mode: ${mode}. ${reason}`);

    const plan = await runPipeline(
      {
        inputs,
        mode,
        modeReason: reason,
        repoRoot: context.repoRoot,
        event: context.event,
        tempDir: context.tempDir,
        commandEnv: commandEnv(process.env, [inputs.githubToken, ...environmentSecrets(process.env)]),
        isolateBuilds: true,
      },
      {
        git: createGit(context.repoRoot),
        exec: processExec,
        aws: createAwsClients({ concurrency: inputs.concurrency }),
        log,
      },
    );
    await report(plan, inputs, context);
    const failures = failuresOf(plan);
    if (failures.length > 0) core.setFailed(`${failures.join('\n')}\nThe job summary has the whole plan.`);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const p of error.problems) log.error(`${p.key}: ${p.message}`, p);
    }
    core.setFailed(messageOf(error));
  }
}

async function report(rawPlan: Plan, inputs: ActionInputs, context: RunContext): Promise<void> {
  // Redacted before rendering, as escaping could change how a secret reads, and after, for anything else.
  const plan = secrets.redactDeep(rawPlan);
  for (const [name, value] of Object.entries(planOutputs(plan))) core.setOutput(name, secrets.redact(value));
  const markdown = secrets.redact(renderPlan(plan));
  if (context.hasSummary) await core.summary.addRaw(markdown).write();
  else log.info(markdown);
  const isPullRequest = ['pull_request', 'pull_request_target'].includes(context.event.name);
  if (isPullRequest && inputs.comment && inputs.githubToken && context.repository && context.pullRequest) {
    const github = createGitHub(inputs.githubToken, context.apiUrl);
    await upsertComment(github, { ...context.repository, issue: context.pullRequest }, markdown, log);
  }
}

function failuresOf(plan: Plan): string[] {
  const layers = plan.layers.filter((l) => l.status === 'failed').map((l) => `Layer ${l.key} failed: ${l.error}`);
  const functions = plan.functions
    .filter((f) => f.status === 'failed' || f.status === 'rolled-back')
    .map((f) => `Function ${f.key} (${f.region}) ${f.status}${f.error ? `: ${f.error}` : ''}`);
  return plan.mode === 'deploy' ? [...layers, ...functions] : layers;
}
