// The story CONTRIBUTING.md's demo tells, run for real: the bundled action on a copy of examples/monorepo (a real git
// repository with an origin), against the local Lambda API and the local GitHub API, as a runner would run it.
// A first publish, a pull-request plan, the merge that republishes only the layers of the changed shared package,
// then a tag deploy that rewires the functions. Used by `npm run demo` and by the tests; `demoEnding` is what the
// demo prints at the end.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitEnv } from './git-env';
import { startGitHubApi } from './github-api';
import { startLambdaApi } from '../../src/local/lambda-api';
import { runAction, type RunResult } from './runner';

export const EXAMPLE = fileURLToPath(new URL('../../examples/monorepo', import.meta.url));
const REGION = 'us-east-1';
/** A monitoring layer from another account that the deploy must leave where it is. */
export const VENDOR_LAYER = `arn:aws:lambda:${REGION}:464622532012:layer:Datadog-Extension:65`;
/** The line between the parts of what the demo prints. */
export const RULE = '─'.repeat(100);

export interface DemoStep {
  title: string;
  /** What the step shows, in one sentence. */
  about: string;
  result: RunResult;
}

export interface DemoRun {
  steps: DemoStep[];
  /** The functions' layer lists at the end, by name. */
  functions: Record<string, string[]>;
  /** The sticky comment's final body. */
  comment?: string;
  /** PublishLayerVersion calls per step title. */
  publishes: Record<string, number>;
  /** The SSM parameters of the layers (`ssm.prefix`) at the end, by layer key. */
  parameters: Record<string, string | undefined>;
}

export async function runDemo(onStep: (step: DemoStep) => void = () => undefined): Promise<DemoRun> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'lla-demo-'));
  const lambda = await startLambdaApi({ updateMs: 300 });
  const github = await startGitHubApi();
  try {
    const origin = path.join(scratch, 'origin.git');
    const work = path.join(scratch, 'monorepo');
    await cp(EXAMPLE, work, { recursive: true, filter: (src) => !/[/\\](node_modules|dist)$/.test(src) });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: work, env: gitEnv, encoding: 'utf8' }).trim();
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin], { env: gitEnv });
    git('init', '-q', '-b', 'main');
    git('remote', 'add', 'origin', origin);
    git('add', '-A');
    git('commit', '-q', '-m', 'Example monorepo');
    git('push', '-q', 'origin', 'main');

    lambda.addFunction(REGION, { name: 'orders-api', runtime: 'nodejs22.x', layers: [VENDOR_LAYER], environment: { ORDERS_TABLE: 'orders' } });
    lambda.addFunction(REGION, { name: 'reports', runtime: 'python3.12', memorySize: 1024 });
    lambda.addFunction(REGION, { name: 'edge-proxy', runtime: 'provided.al2023', architectures: ['x86_64'] });

    const env = {
      AWS_ACCESS_KEY_ID: 'AKIDDEMO',
      AWS_SECRET_ACCESS_KEY: 'demo-secret',
      AWS_REGION: REGION,
      AWS_ENDPOINT_URL: lambda.url,
      GITHUB_API_URL: github.url,
    };
    const steps: DemoStep[] = [];
    const publishes: Record<string, number> = {};
    const step = async (title: string, about: string, options: Omit<Parameters<typeof runAction>[0], 'cwd' | 'env'>) => {
      const before = lambda.calls.filter((c) => c.op === 'PublishLayerVersion').length;
      const result = await runAction({ cwd: work, sha: git('rev-parse', 'HEAD'), env, ...options });
      publishes[title] = lambda.calls.filter((c) => c.op === 'PublishLayerVersion').length - before;
      const done = { title, about, result };
      steps.push(done);
      onStep(done);
      if (result.code !== 0) throw new Error(`${title} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
    };
    const push = (before: string) => ({
      eventName: 'push',
      ref: 'refs/heads/main',
      event: { before, after: git('rev-parse', 'HEAD'), ref: 'refs/heads/main', repository: { default_branch: 'main' } },
    });

    await step('First push to main', 'Every layer is new: each is built, zipped and published once.', push('0'.repeat(40)));

    const main = git('rev-parse', 'HEAD');
    git('checkout', '-q', '-b', 'logger-elapsed');
    execFileSync('sed', ['-i', 's/elapsed: ms(Date.now() - started)/elapsed: ms(Date.now() - started), ts: Date.now()/', 'packages/logger/index.js'], { cwd: work });
    git('commit', '-q', '-am', 'logger: add a timestamp');
    git('push', '-q', 'origin', 'logger-elapsed');
    const pr = {
      number: 42,
      pull_request: { number: 42, base: { sha: main, ref: 'main' }, head: { sha: git('rev-parse', 'HEAD'), ref: 'logger-elapsed' } },
      repository: { default_branch: 'main' },
    };
    // The reviewed plan, as actions/upload-artifact and download-artifact would carry it from the PR to the tag.
    const planFile = path.join(scratch, 'lambda-layers-plan.json');
    await step('Pull request #42', 'A change to the shared @acme/logger package: the plan names the two layers that depend on it and the functions a deploy would rewire, and is saved for the release (plan-file).', {
      eventName: 'pull_request',
      ref: 'refs/pull/42/merge',
      event: pr,
      inputs: { 'github-token': 'ghs_demo-token', 'plan-file': planFile },
    });

    git('checkout', '-q', 'main');
    git('merge', '-q', '--ff-only', 'logger-elapsed');
    git('push', '-q', 'origin', 'main');
    await step('Merge to main', 'Only shared-deps and api-deps are rebuilt and published; py-utils and exec-runtime are unchanged.', push(main));

    git('tag', 'v1.0.0');
    git('push', '-q', 'origin', 'v1.0.0');
    await step('Tag v1.0.0', 'The deploy applies the plan reviewed on #42: nothing drifted, so it finds the versions the merge published and rewires the functions, publishing nothing.', {
      eventName: 'push',
      ref: 'refs/tags/v1.0.0',
      event: { ref: 'refs/tags/v1.0.0', before: '0'.repeat(40), after: git('rev-parse', 'HEAD') },
      inputs: { 'plan-file': planFile },
    });

    const functions = Object.fromEntries(['orders-api', 'reports', 'edge-proxy'].map((name) => [name, lambda.fn(REGION, name).layers]));
    const parameters = Object.fromEntries(['shared-deps', 'api-deps', 'py-utils', 'exec-runtime'].map((key) => [key, lambda.parameter(REGION, `/acme/lambda-layers/${key}`)?.value]));
    return { steps, functions, comment: github.comments.at(-1)?.body, publishes, parameters };
  } finally {
    await Promise.all([lambda.close(), github.close()]);
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * The end of `npm run demo`: what the run left behind, then, once, the Markdown GitHub renders for it (the tag
 * deploy's job summary and the pull request's sticky comment), so a reader sees what GitHub will show.
 */
export function demoEnding(run: DemoRun): string {
  const deploy = run.steps.at(-1)!;
  const markdown = (title: string, text: string) => `${RULE}\n${title}, as Markdown:\n${RULE}\n\n${text.trim()}\n`;
  return [
    `Layer versions published per step: ${JSON.stringify(run.publishes)}`,
    'Functions after the tag deploy:',
    ...Object.entries(run.functions).map(([name, layers]) => `  ${name}: ${layers.join(', ') || '(no layers)'}`),
    'SSM parameters (ssm.prefix) for Terraform and CDK:',
    ...Object.entries(run.parameters).map(([key, arn]) => `  /acme/lambda-layers/${key}: ${arn ?? '(none)'}`),
    '',
    markdown(`The job summary of "${deploy.title}" (GITHUB_STEP_SUMMARY)`, deploy.result.summary),
    markdown('The comment on pull request #42', run.comment ?? '(no comment was posted)'),
  ].join('\n');
}
