import * as core from '@actions/core';
import { actionsLogger as log } from './adapters/actions-log';
import { processExec } from './adapters/exec';
import { createGit } from './adapters/git';
import { commandEnv } from './build/env';
import { ConfigError } from './config/load';
import { readRunContext, type RunContext } from './context';
import { parseInputs, type ActionInputs } from './inputs';
import { resolveMode } from './mode';
import { messageOf, runPipeline } from './pipeline';
import { planOutputs } from './report/outputs';
import { renderPlan } from './report/summary';
import type { Plan } from './types';

/** The action's single error boundary: everything that fails ends here as one failed step. */
export async function run(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
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
        commandEnv: commandEnv(process.env, [inputs.githubToken]),
      },
      {
        git: createGit(context.repoRoot),
        exec: processExec,
        aws: async () => (await import('./adapters/aws')).createAwsClients({ concurrency: inputs.concurrency }),
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

async function report(plan: Plan, inputs: ActionInputs, context: RunContext): Promise<void> {
  for (const [name, value] of Object.entries(planOutputs(plan))) core.setOutput(name, value);
  const markdown = renderPlan(plan);
  if (context.hasSummary) await core.summary.addRaw(markdown).write();
  else log.info(markdown);
  const isPullRequest = ['pull_request', 'pull_request_target'].includes(context.event.name);
  if (isPullRequest && inputs.comment && inputs.githubToken && context.repository && context.pullRequest) {
    // Octokit (and undici under it) is loaded only by runs that comment.
    const [{ createGitHub }, { upsertComment }] = await Promise.all([import('./adapters/github'), import('./report/comment')]);
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
