// The bundled dist/index.js, run as the runner runs it, against a real git repository, the local Lambda API and the
// local GitHub API. These are the flows a team sees: PR plan, branch publish, tag deploy, matrix fan-out. The blocks
// titled 'a run ...' test what a run decides, with the same run in this process.
import type { ChildProcess } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubApi, type GitHubApiServer } from './support/github-api';
import { renderGfm, scannedText } from './support/gfm';
import { startLambdaApi } from '../src/local/lambda-api';
import { runAction, runInProcess, visibleLog, type RunOptions } from './support/runner';
import { COMMENT_MARKER } from '../src/report/comment';
import { cleanupRepos, createRepo, tempDir, type TempRepo } from './support/repo';
import { NO_AWS_ENV, NOT_ISOLATED, localAwsEnv } from './support/env';
import { customConfig, customRepo, TWO_LAYERS, UTIL } from './support/fixtures';
import { readZip } from './packaging/fixture';

const REPO = {
  ...TWO_LAYERS,
  layers: {
    tools: { file: 'src/hello', content: { content: '#!/bin/sh\necho hello\n', mode: 0o755 }, build: 'mkdir -p out/bin && cp src/* out/bin/ && chmod 755 out/bin/*' },
    util: UTIL,
  },
};
const CONFIG = customConfig(REPO);
const FILES = customRepo(REPO);

type LambdaApi = Awaited<ReturnType<typeof startLambdaApi>>;

function json(value: string | undefined): any {
  expect(value, 'output is set').toBeDefined();
  return JSON.parse(value!);
}

/**
 * For a describe block: a repository of FILES, and a local Lambda API with empty functions api and worker. Their
 * updates finish at once: these blocks test what a run decides, and a deploy's wait on a 1 s update (the local API's
 * default) is the subject of the 'publishing and deploying' block.
 */
function withRepoAndFunctions(): { repo: TempRepo; lambda: LambdaApi } {
  const env = {} as { repo: TempRepo; lambda: LambdaApi };
  beforeAll(async () => {
    env.repo = await createRepo({ files: FILES });
    env.lambda = await startLambdaApi({ updateMs: 0 });
    env.lambda.addFunction('us-east-1', { name: 'api' });
    env.lambda.addFunction('us-east-1', { name: 'worker' });
  });
  afterAll(async () => {
    await env.lambda.close();
    await cleanupRepos();
  });
  return env;
}

/**
 * The bundle as the runner starts it, with builds in place: isolating them starts about 15 processes per publishing
 * run, and isolation has tests of its own (test/builders/isolation, runner-layout, run-folders). The blocks on secrets
 * and on uncommitted inputs pass HOSTED_RUNNER, the input's default, and build as a GitHub-hosted runner does.
 */
const runBundle = (options: RunOptions) => runAction({ ...options, inputs: { ...NOT_ISOLATED, ...options.inputs } });
const HOSTED_RUNNER = { isolate: 'auto' };
/**
 * The same run in this process (runInProcess), for the blocks titled 'a run ...': what a run decides (the mode, the
 * plan of a deploy, the report of a mistake), to which the bundle's start and module loading add nothing but about
 * 0.3 s of CPU a run.
 */
const runHere = (options: RunOptions) => runInProcess({ ...options, inputs: { ...NOT_ISOLATED, ...options.inputs } });

async function act(repo: TempRepo, options: Omit<RunOptions, 'cwd'>, run = runBundle) {
  const result = await run({ cwd: repo.dir, sha: repo.head(), ...options });
  if (result.code !== 0) {
    throw new Error(`action failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

describe('dist/index.js on a pull request', () => {
  let repo: TempRepo;
  let base: string;
  let github: GitHubApiServer;

  beforeAll(async () => {
    repo = await createRepo({ files: FILES });
    base = repo.head();
    repo.branch('feature');
    await repo.write({ 'layers/util/lib.txt': 'v2\n' });
    repo.commit('bump util');
    github = await startGitHubApi();
  });
  afterAll(async () => {
    await github.close();
    await cleanupRepos();
  });

  const pullRequest = () => ({
    eventName: 'pull_request',
    ref: 'refs/pull/7/merge',
    event: { number: 7, pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: repo.head() } } },
    inputs: { 'github-token': 'ghs_secret-token', comment: 'true' },
    env: { ...NO_AWS_ENV, GITHUB_API_URL: github.url },
  });

  it('plans from git alone without AWS credentials, with outputs, summary and one sticky comment', async () => {
    const result = await act(repo, pullRequest());
    expect(result.stdout).toContain('Mode: plan.');
    expect(json(result.outputs['changed-layers'])).toEqual(['util']);
    expect(result.outputs['has-changes']).toBe('true');
    expect(json(result.outputs.matrix)).toEqual({ include: [{ layer: 'util' }] });
    const plan = json(result.outputs.plan);
    expect(plan.awsConsulted).toBe(false);
    expect(plan.base.sha).toBe(base);
    expect(plan.layers.find((l: any) => l.key === 'util').reasons.files).toEqual(['layers/util/lib.txt']);
    expect(plan.functions.map((f: any) => [f.key, f.status])).toEqual([
      ['api', 'would-update'],
      ['worker', 'would-update'],
    ]);
    expect(result.summary).toContain('AWS was not consulted');
    expect(result.summary).toContain('layers/util/lib.txt');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0].body).toContain('util');
    expect(visibleLog(result)).not.toContain('ghs_secret-token');
  });

  it('from git alone says no change since the base, never unchanged, and reads no function as lacking a layer', async () => {
    const result = await act(repo, pullRequest());
    const plan = json(result.outputs.plan);
    expect(plan.layers.map((l: any) => [l.key, l.status])).toEqual([
      ['tools', 'no-change'],
      ['util', 'changed'],
    ]);
    for (const md of [result.summary, github.comments[0].body]) {
      expect(md).toContain(`**1** no change since <code>${base.slice(0, 7)}</code> · **1** changed`);
      expect(md).toContain(`<details><summary>⚪ 1 layer with no change since <code>${base.slice(0, 7)}</code> (not checked against AWS)</summary>`);
      expect(md).not.toMatch(/unchanged/);
      // The functions were not read: api may well have t-util already, so it is not shown appended.
      expect(md).toContain('| 🔄 would-update | <code>api</code> | us-east-1 | t-util:? → **t-util (new version)** |');
      expect(md).not.toContain('+**t-util');
    }
  });

  it('edits the same comment on the next push instead of adding one', async () => {
    await repo.write({ 'layers/tools/src/hello': { content: '#!/bin/sh\necho hello again\n', mode: 0o755 } });
    repo.commit('touch tools');
    const result = await act(repo, pullRequest());
    expect(json(result.outputs['changed-layers'])).toEqual(['tools', 'util']);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0].body).toContain('layers/tools/src/hello');
  });

  it('warns and still succeeds when the token cannot comment', async () => {
    const forbidden = await startGitHubApi({ forbid: true });
    try {
      const result = await act(repo, { ...pullRequest(), env: { ...NO_AWS_ENV, GITHUB_API_URL: forbidden.url } });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/::warning::.*pull-requests: write/);
    } finally {
      await forbidden.close();
    }
  });

  it('prints the plan to the log when there is no job summary file (a local try-out)', async () => {
    const result = await act(repo, { ...pullRequest(), inputs: { comment: 'false' }, env: { ...NO_AWS_ENV, GITHUB_STEP_SUMMARY: undefined } });
    expect(result.summary).toBe('');
    expect(result.stdout).toContain('### Lambda layers: plan');
  });

  it('fails before anything else on a bad configuration, with an annotation per problem, and says so in the summary and the comment', async () => {
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0].body).toContain('| 🔄 would-update |');
    await repo.write({ 'lambda-layers.yml': CONFIG.replace('    output: out\n  util:', '    outptu: out\n  util:').replace('[tools, util]', '[tools, utl]') });
    repo.commit('break config');
    const pr = pullRequest();
    const result = await runBundle({ cwd: repo.dir, ...pr, env: { ...pr.env, GITHUB_SERVER_URL: 'https://github.example', GITHUB_RUN_ID: '77' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error file=lambda-layers.yml,line=9,col=5::layers.tools.outptu: unknown key 'outptu'; did you mean 'output'\?/);
    expect(result.stdout).toMatch(/::error file=lambda-layers.yml,line=\d+,col=\d+::functions.api.layers\[1\]: unknown layer 'utl'. Did you mean 'util'\?/);
    // The previous (green) plan is replaced, in the same comment, by the error and a link to the run.
    expect(github.comments).toHaveLength(1);
    const comment = github.comments[0].body;
    expect(comment.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comment).not.toContain('would-update');
    for (const md of [comment, result.summary]) {
      expect(md).toContain('3 problems in the configuration');
      expect(md).toContain("layers.tools.outptu: unknown key 'outptu'; did you mean 'output'?");
      expect(md).toContain('(https://github.example/acme/monorepo/actions/runs/77)');
    }
    expect(comment).not.toContain('ghs_secret-token');
  });
});

describe('dist/index.js publishing and deploying', () => {
  let repo: TempRepo;
  let lambda: LambdaApi;

  beforeAll(async () => {
    repo = await createRepo({ files: FILES });
    lambda = await startLambdaApi();
    lambda.addFunction('us-east-1', { name: 'api', layers: ['arn:aws:lambda:us-east-1:999999999999:layer:vendor-tools:3'] });
    lambda.addFunction('us-east-1', { name: 'worker', environment: { STAGE: 'prod' } });
  });
  afterAll(async () => {
    await lambda.close();
    await cleanupRepos();
  });

  const push = (before: string) => ({
    eventName: 'push',
    ref: 'refs/heads/main',
    event: { before, after: repo.head(), repository: { default_branch: 'main' } },
    env: localAwsEnv(lambda),
  });

  it('publishes every layer on the first push, then nothing on a re-run', async () => {
    const first = await act(repo, push('0'.repeat(40)));
    expect(first.stdout).toContain('Mode: publish.');
    expect(json(first.outputs['changed-layers'])).toEqual(['tools', 'util']);
    expect(json(first.outputs['layer-arns'])).toEqual({
      tools: 'arn:aws:lambda:us-east-1:123456789012:layer:t-tools:1',
      util: 'arn:aws:lambda:us-east-1:123456789012:layer:t-util:1',
    });
    expect(json(first.outputs['updated-functions'])).toEqual([]);

    const publishes = lambda.calls.filter((c: any) => c.op === 'PublishLayerVersion').length;
    const again = await act(repo, push(repo.head()));
    expect(json(again.outputs['changed-layers'])).toEqual([]);
    expect(again.outputs['has-changes']).toBe('false');
    expect(lambda.calls.filter((c: any) => c.op === 'PublishLayerVersion').length).toBe(publishes);
  });

  it('deploys on a tag without publishing, keeping unmanaged layers and settings', async () => {
    await repo.write({ 'layers/util/lib.txt': 'v2\n' });
    const before = repo.head();
    repo.commit('util v2');
    await act(repo, push(before));
    repo.tag('v1.0.0');

    const publishes = lambda.calls.filter((c: any) => c.op === 'PublishLayerVersion').length;
    const deploy = await act(repo, { eventName: 'push', ref: 'refs/tags/v1.0.0', event: {}, env: localAwsEnv(lambda) });
    expect(deploy.stdout).toContain('Mode: deploy.');
    expect(lambda.calls.filter((c: any) => c.op === 'PublishLayerVersion').length).toBe(publishes);
    expect(json(deploy.outputs['updated-functions'])).toEqual(['api', 'worker']);
    expect(lambda.fn('us-east-1', 'api').layers).toEqual([
      'arn:aws:lambda:us-east-1:999999999999:layer:vendor-tools:3',
      'arn:aws:lambda:us-east-1:123456789012:layer:t-tools:1',
      'arn:aws:lambda:us-east-1:123456789012:layer:t-util:2',
    ]);
    expect(lambda.fn('us-east-1', 'worker').environment).toEqual({ STAGE: 'prod' });
    expect(deploy.summary).toContain('t-util:2');

    const rerun = await act(repo, { eventName: 'push', ref: 'refs/tags/v1.0.0', event: {}, env: localAwsEnv(lambda) });
    expect(json(rerun.outputs['updated-functions'])).toEqual([]);
  });

  it('fans out over a matrix: one publish job per layer, then a deploy that finds their versions', async () => {
    await repo.write({ 'layers/util/lib.txt': 'v3\n', 'layers/tools/src/hello': { content: '#!/bin/sh\necho v3\n', mode: 0o755 } });
    const before = repo.head();
    repo.commit('both change');
    const plan = await act(repo, { ...push(before), inputs: { mode: 'plan' } });
    const matrix = json(plan.outputs.matrix);
    expect(matrix).toEqual({ include: [{ layer: 'tools' }, { layer: 'util' }] });
    // The plan reads each function and previews the versions it would publish.
    const worker = json(plan.outputs.plan).functions.find((f: any) => f.key === 'worker');
    expect(worker).toMatchObject({
      status: 'would-update',
      oldLayers: ['arn:aws:lambda:us-east-1:123456789012:layer:t-util:2'],
      newLayers: ['arn:aws:lambda:us-east-1:123456789012:layer:t-util:next'],
    });
    expect(plan.summary).toContain('| 🔄 would-update | <code>worker</code> | us-east-1 | t-util:2 → **t-util (new version)** |');
    for (const { layer } of matrix.include) {
      const job = await act(repo, { ...push(before), inputs: { mode: 'publish', layers: layer } });
      expect(json(job.outputs['changed-layers'])).toEqual([layer]);
    }
    const deploy = await act(repo, { ...push(before), inputs: { mode: 'deploy' } });
    expect(json(deploy.outputs['changed-layers'])).toEqual([]);
    expect(json(deploy.outputs['updated-functions'])).toEqual(['api', 'worker']);
    expect(lambda.fn('us-east-1', 'worker').layers).toEqual(['arn:aws:lambda:us-east-1:123456789012:layer:t-util:3']);
  });
});

describe('a run plans every change a deploy makes', () => {
  const config = (more = '') =>
    CONFIG.replace('cp lib.txt out/\n    output: out\n', "cp lib.txt out/\n    output: out\n    shareWith: ['111122223333']\n")
      .replace('  worker:\n    layers: [util]\n', '  worker:\n    layers: [util]\n    alias: live\n') + more;
  const env = withRepoAndFunctions();
  beforeAll(async () => {
    await env.repo.write({ 'lambda-layers.yml': config() });
    env.repo.commit('share util, alias worker');
  });
  const run = (mode: string) =>
    runHere({ cwd: env.repo.dir, sha: env.repo.head(), eventName: 'push', ref: 'refs/heads/main', event: { before: env.repo.head(), after: env.repo.head() }, inputs: { mode }, env: localAwsEnv(env.lambda) });

  it('shows the alias a deploy moves, the function version it publishes, the grants and what the marks mean', async () => {
    expect((await run('deploy')).code).toBe(0);
    await env.repo.write({ 'layers/util/lib.txt': 'v2\n' });
    env.repo.commit('bump util');
    const plan = await run('plan');
    expect(plan.code, plan.stdout).toBe(0);
    const worker = (result: { outputs: Record<string, string> }) => json(result.outputs.plan).functions.find((f: any) => f.key === 'worker');
    expect(worker(plan)).toMatchObject({ status: 'would-update', alias: { name: 'live', from: '1', to: 'next' } });
    expect(plan.summary).toContain(
      '| 🔄 would-update | <code>worker</code> | us-east-1 | t-util:1 → **t-util (new version)**<br>publishes a function version; alias live: 1 → **new version** |',
    );
    expect(plan.summary).toContain('| t-util:1 → new version, to be shared with 111122223333 |');
    expect(plan.summary).toContain('Layers: <code>old → new</code> the layer moves to another version.');

    const deploy = await run('deploy');
    expect(worker(deploy)).toMatchObject({ status: 'updated', alias: { name: 'live', from: '1', to: '2' } });
    expect(deploy.summary).toContain('<br>published function version 2; alias live: 1 → **2** |');
  });

  it('fails a plan that foresees a deploy failure, with the function and the reason', async () => {
    await env.repo.write({ 'lambda-layers.yml': config('  ghost:\n    layers: [util]\n') });
    env.repo.commit('add a function that does not exist');
    const plan = await run('plan');
    expect(plan.code).toBe(1);
    expect(plan.stdout).toMatch(/^::error::A deploy would fail for function ghost \(us-east-1\): .*not found.*Check the function name/im);
    expect(plan.summary).toMatch(/^- ❌ function <code>ghost<\/code> in us-east-1: .*not found/im);
    expect(env.lambda.calls.filter((c) => c.op === 'UpdateFunctionConfiguration' && c.name === 'ghost')).toEqual([]);
  });
});

describe('a run planning for a function whose layer version is no longer listed', () => {
  const setup = withRepoAndFunctions();

  it('shows the version the function has moving to the new one, as the deploy then does, not a layer appended', async () => {
    const { repo, lambda } = setup;
    const run = (inputs: Record<string, string>) => act(repo, { eventName: 'workflow_dispatch', ref: 'refs/heads/main', event: {}, inputs, env: localAwsEnv(lambda) }, runHere);
    await run({ mode: 'deploy' });
    const util1 = 'arn:aws:lambda:us-east-1:123456789012:layer:t-util:1';
    expect(lambda.fn('us-east-1', 'worker').layers).toEqual([util1]);
    // Deleted versions stay usable by the functions that have them, but ListLayers no longer shows the layer.
    for (const version of lambda.layerVersions('us-east-1', 't-util')) version.deleted = true;
    await repo.write({ 'layers/util/lib.txt': 'v2\n' });
    repo.commit('util v2');

    const plan = await run({ mode: 'plan' });
    expect(json(plan.outputs.plan).functions.find((f: any) => f.key === 'worker')).toMatchObject({ oldLayers: [util1], newLayers: ['t-util (new version)'] });
    expect(plan.summary).toContain('| 🔄 would-update | <code>worker</code> | us-east-1 | t-util:1 → **t-util (new version)** |');
    await run({ mode: 'deploy' });
    expect(lambda.fn('us-east-1', 'worker').layers).toEqual(['arn:aws:lambda:us-east-1:123456789012:layer:t-util:2']);
  });
});

describe('a run picks the mode from the event', () => {
  const setup = withRepoAndFunctions();

  it.each([
    ['pull_request', 'refs/pull/1/merge', 'plan'],
    ['pull_request_target', 'refs/heads/main', 'plan'],
    ['merge_group', 'refs/heads/gh-readonly-queue/main/pr-1', 'plan'],
    ['push', 'refs/heads/main', 'publish'],
    ['push', 'refs/tags/v2.0.0', 'deploy'],
    ['release', 'refs/tags/v2.0.0', 'deploy'],
    ['workflow_dispatch', 'refs/heads/main', 'deploy'],
    ['schedule', 'refs/heads/main', 'plan'],
  ])('%s on %s -> %s', async (eventName, ref, mode) => {
    const { repo, lambda } = setup;
    const result = await act(repo, { eventName, ref, event: {}, inputs: { comment: 'false' }, env: localAwsEnv(lambda) }, runHere);
    expect(result.stdout).toContain(`Mode: ${mode}.`);
    expect(json(result.outputs.plan).mode).toBe(mode);
  });

  it('names the workflow step that brings credentials when a publish finds none', async () => {
    const { repo } = setup;
    const result = await runHere({ cwd: repo.dir, sha: repo.head(), eventName: 'push', ref: 'refs/heads/main', event: {}, inputs: { comment: 'false' }, env: NO_AWS_ENV });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Mode 'publish' needs AWS credentials, but none were found. Add aws-actions/configure-aws-credentials");
    expect(result.stdout).not.toMatch(/--local|AWS_PROFILE/);
  });
});

describe.concurrent('dist/index.js when answers are lost and when the job is cancelled', () => {
  const FUNCTIONS = ['fn-1', 'fn-2', 'fn-3', 'fn-4', 'fn-5'];
  const vendor = 'arn:aws:lambda:us-east-1:999999999999:layer:vendor-tools:3';
  const util = (version: number) => `arn:aws:lambda:us-east-1:123456789012:layer:t-util:${version}`;
  const fixture = (shareWith = '') => ({
    layers: { util: { ...UTIL, extra: shareWith ? `    shareWith: [${shareWith}]\n` : '' } },
    functions: Object.fromEntries(FUNCTIONS.map((name) => [name, ['util']])),
  });

  afterAll(cleanupRepos);

  /**
   * Each test's own local Lambda API with the five functions (1 s updates), closed when the test ends: the tests share
   * nothing, so they run side by side (most of their time is spent waiting for updates to finish).
   */
  const test = it.extend<{ lambda: LambdaApi }>({
    // eslint-disable-next-line no-empty-pattern
    lambda: async ({}, use) => {
      const api = await startLambdaApi();
      for (const name of FUNCTIONS) api.addFunction('us-east-1', { name, layers: [vendor] });
      await use(api);
      await api.close();
    },
  });

  /** A repository whose one layer five functions use. */
  const setUp = () => createRepo({ files: customRepo(fixture()) });
  const deploy = (lambda: LambdaApi, repo: TempRepo, extra: Partial<RunOptions> = {}) =>
    runBundle({ cwd: repo.dir, sha: repo.head(), eventName: 'push', ref: 'refs/tags/v1.0.0', event: {}, env: localAwsEnv(lambda), ...extra });
  const layersOf = (lambda: LambdaApi, name: string) => lambda.fn('us-east-1', name).layers;

  test('restores a function whose update was applied but unanswered when a later one fails, and reports it', async ({ lambda }) => {
    const repo = await setUp();
    let lost = false;
    lambda.faults.push((c) => (c.op === 'UpdateFunctionConfiguration' && c.name === 'fn-1' && !lost ? ((lost = true), { lose: true }) : undefined));
    lambda.faults.push((c) => (c.op === 'UpdateFunctionConfiguration' && c.name === 'fn-3' ? { status: 403, type: 'AccessDeniedException', message: 'not allowed' } : undefined));
    const result = await deploy(lambda, repo, { inputs: { concurrency: '1' } });

    expect(result.code).toBe(1);
    expect(lambda.calls.find((c) => c.op === 'UpdateFunctionConfiguration' && c.name === 'fn-1')).toMatchObject({ status: 200, lost: true });
    for (const name of FUNCTIONS) expect(layersOf(lambda, name)).toEqual([vendor]);
    const functions = json(result.outputs.plan).functions;
    expect(functions.find((f: any) => f.key === 'fn-1')).toMatchObject({ status: 'rolled-back', oldLayers: [vendor], newLayers: [vendor, util(1)] });
    expect(functions.find((f: any) => f.key === 'fn-3').status).toBe('failed');
  });

  test('publishes one version when the PublishLayerVersion answer is lost', async ({ lambda }) => {
    const repo = await setUp();
    let lost = false;
    lambda.faults.push((c) => (c.op === 'PublishLayerVersion' && !lost ? ((lost = true), { lose: true }) : undefined));
    const result = await act(repo, { eventName: 'push', ref: 'refs/heads/main', event: { before: '0'.repeat(40), after: repo.head() }, env: localAwsEnv(lambda) });
    expect(json(result.outputs['layer-arns'])).toEqual({ util: util(1) });
    expect(lambda.layerVersions('us-east-1', 't-util').map((v) => v.version)).toEqual([1]);
  });

  test('shares the current version when shareWith is added later; a plan first lists the missing grant', async ({ lambda }) => {
    const repo = await setUp();
    const push = () => ({ eventName: 'push', ref: 'refs/heads/main', event: { before: repo.head(), after: repo.head() }, env: localAwsEnv(lambda) });
    await act(repo, push());
    await repo.write({ 'lambda-layers.yml': customConfig(fixture("'111122223333'")) });
    repo.commit('share util');

    const plan = await act(repo, { ...push(), inputs: { mode: 'plan' } });
    expect(json(plan.outputs.plan).layers[0]).toMatchObject({ status: 'unchanged', regions: [{ arn: util(1), missingGrants: ['111122223333'] }] });
    expect(lambda.calls.filter((c) => c.op === 'AddLayerVersionPermission')).toEqual([]);

    const publish = await act(repo, push());
    expect(json(publish.outputs['changed-layers'])).toEqual([]);
    expect(lambda.layerVersions('us-east-1', 't-util')).toHaveLength(1);
    expect(lambda.layerVersions('us-east-1', 't-util')[0].policy.statements.map((s) => s.Sid)).toEqual(['account-111122223333']);
  });

  // SIGINT is what a cancelled job gets first; SIGTERM follows 7.5 s later (or comes alone when a runner shuts down).
  test.for(['SIGINT', 'SIGTERM'] as const)('on %s mid-deploy starts nothing new, restores every function, writes the summary and outputs, and exits 1', async (name, { lambda }) => {
    const repo = await setUp();
    let child: ChildProcess | undefined;
    let updates = 0;
    let signalled = 0;
    // The job is cancelled while the third of five updates is on its way (1 s updates, one call at a time); its
    // answer comes after the signal.
    lambda.faults.push((c) => {
      if (c.op !== 'UpdateFunctionConfiguration' || ++updates !== 3) return undefined;
      signalled = performance.now();
      child!.kill(name);
      return { delayMs: 200 };
    });
    let exit: { code: number | null; signal: string | null } | undefined;
    const result = await deploy(lambda, repo, {
      inputs: { concurrency: '1' },
      onSpawn: (c) => {
        child = c;
        c.on('exit', (code, signal) => (exit = { code, signal }));
      },
    });
    console.log(`${name} to exit: ${Math.round(performance.now() - signalled)} ms`);

    // It exited by itself, with a failure, rather than being killed by the signal.
    expect(exit).toEqual({ code: 1, signal: null });
    expect(result.stdout).toContain(`${name}: cancelling`);
    expect(result.stdout).toContain(`::error::Cancelled by ${name}`);
    for (const name of FUNCTIONS) expect(layersOf(lambda, name), name).toEqual([vendor]);
    for (const name of ['fn-4', 'fn-5']) expect(lambda.calls.filter((c) => c.op === 'UpdateFunctionConfiguration' && c.name === name)).toEqual([]);
    const functions = json(result.outputs.plan).functions;
    expect(functions.map((f: any) => f.status)).toEqual(['rolled-back', 'rolled-back', 'rolled-back', 'would-update', 'would-update']);
    expect(result.summary).toContain('fn-1');
    expect(result.summary).toContain('rolled-back');
  });
});

describe('dist/index.js under hostile configuration and event data', () => {
  const HOSTILE_KEY = 'x` <img src=x onerror=alert(1)> [link](https://evil.example) @octocat\n| forged | row |';
  let repo: TempRepo;
  let base: string;
  let github: GitHubApiServer;

  beforeAll(async () => {
    const config = `${CONFIG}  ${JSON.stringify(HOSTILE_KEY)}:\n    name: hostile\n    layers: [util]\n`;
    repo = await createRepo({ files: { ...FILES, 'lambda-layers.yml': config } });
    base = repo.head();
    repo.branch('feature');
    await repo.write({ 'layers/util/lib.txt': 'v2\n' });
    repo.commit('bump util');
    github = await startGitHubApi();
  });
  afterAll(async () => {
    await github.close();
    await cleanupRepos();
  });

  const pullRequest = () => ({
    eventName: 'pull_request',
    ref: 'refs/pull/7/merge',
    event: { number: 7, pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: repo.head() } } },
    inputs: { 'github-token': 'ghs_secret-token', comment: 'true' },
    env: { ...NO_AWS_ENV, GITHUB_API_URL: github.url },
  });

  it('renders a hostile function key as inert text in the summary and the PR comment', async () => {
    const result = await act(repo, pullRequest());
    expect(json(result.outputs.plan).functions.map((f: any) => f.key)).toContain(HOSTILE_KEY);
    expect(github.comments).toHaveLength(1);
    for (const md of [result.summary, github.comments[0].body]) {
      expect(md).toContain('<code>x\\` &lt;img src=x onerror=alert(1)&gt; \\[link\\](https\u200d://evil.example) @octocat \\| forged \\| row \\|</code>');
      expect(md).not.toContain('<img');
      expect(md).not.toContain('https://evil');
      expect(md).not.toMatch(/(?<!\\)\[link/);
      expect(scannedText(renderGfm(md))).not.toMatch(/(^|[^\p{L}\p{N}_])@octocat/mu);
      expect(md).not.toMatch(/^\| forged/m);
    }
  });

  it('takes only its own comment as the sticky one: a forged marker comment is left alone', async () => {
    const marker = COMMENT_MARKER;
    github.addComment('acme', 'monorepo', 8, `${marker}\nforged: nothing to deploy`, 'mallory');
    const onPr8 = () => ({ ...pullRequest(), event: { number: 8, pull_request: { number: 8, base: { sha: base }, head: { sha: repo.head() } } } });
    for (let run = 0; run < 2; run++) {
      const result = await act(repo, onPr8());
      expect(result.stdout).not.toMatch(/::warning::/);
    }
    const onPr = github.comments.filter((c) => c.issue === 8);
    expect(onPr.map((c) => [c.user.login, c.body.startsWith(marker)])).toEqual([['mallory', true], ['github-actions[bot]', true]]);
    expect(onPr[0].body).toBe(`${marker}\nforged: nothing to deploy`);
    expect(github.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([`/repos/acme/monorepo/issues/comments/${onPr[1].id}`]);
  });

  it('cannot forge a workflow command through a ref with a newline', async () => {
    const result = await act(repo, {
      eventName: 'push',
      // .NET's TrimStart, which the runner uses, also drops U+0085; \r alone ends a line for its reader.
      ref: 'refs/pull/7\n::error title=x::forged\n  ::add-mask::util\r::warning::cr\n\u0085::error::nel\nthen ##[error]legacy forged',
      event: { before: base, after: repo.head() },
      inputs: { comment: 'false' },
      env: NO_AWS_ENV,
    });
    expect(result.stdout).toContain('Mode: plan.');
    expect(result.stdout).toContain('::error title=x::forged');
    // The runner reads `::command` at the start of a line (after blanks) and `##[command]` anywhere.
    const commands = result.stdout.split(/\r\n|\r|\n/).filter((line) => /^[\s\u0085]*::/.test(line)).map((line) => line.trim().split(/[\s:]/)[2]);
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((c) => !['debug', 'notice', 'group', 'endgroup', 'add-mask'].includes(c))).toEqual([]);
    expect(result.stdout).not.toMatch(/^[\s\u0085]*::add-mask::util$/m);
    expect(result.stdout).not.toContain('##[');
  });
});

describe('a run on configuration mistakes', () => {
  afterAll(cleanupRepos);

  const run = async (config: string) => {
    const repo = await createRepo({ files: { ...FILES, 'lambda-layers.yml': config } });
    return runHere({ cwd: repo.dir, sha: repo.head(), eventName: 'workflow_dispatch', ref: 'refs/heads/main', inputs: { mode: 'plan' }, env: NO_AWS_ENV });
  };

  it('reports one tab as one annotation, in words', async () => {
    const result = await run(CONFIG.replace('    path: layers/util', '\tpath: layers/util'));
    expect(result.code).toBe(1);
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(annotations[0]).toBe('::error file=lambda-layers.yml,line=12,col=1::line 12: tabs are not allowed for indentation; use spaces.');
    // The other is the step's failure message, which repeats the one problem.
    expect(annotations).toHaveLength(2);
  });

  it('names what a mistyped path, architecture or runtime of the wrong language probably meant', async () => {
    const config = CONFIG.replace('    path: layers/util\n', '    path: layers/utl\n    architectures: [amd64]\n').replace(
      '    type: custom\n    path: layers/tools\n',
      '    type: runtime\n    path: layers/tools\n    runtimes: [nodejs22.x]\n',
    );
    const result = await run(config);
    expect(result.code).toBe(1);
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::error file='));
    expect(annotations).toEqual([
      expect.stringMatching(/^::error file=lambda-layers.yml,line=8,col=16::layers.tools.runtimes\[0\]: runtime 'nodejs22.x' does not fit a 'runtime' layer: .* Use provided.al2023/),
      expect.stringMatching(/^::error file=lambda-layers.yml,line=13,col=11::layers.util.path: folder 'layers\/utl' does not exist in the repository. Did you mean 'layers\/util'\?$/),
      expect.stringMatching(/^::error file=lambda-layers.yml,line=14,col=21::layers.util.architectures\[0\]: unknown architecture 'amd64'; did you mean 'x86_64'\?/),
    ]);
  });

  it('warns about a deprecated runtime and still runs', async () => {
    const result = await run(CONFIG.replace('    path: layers/util\n', '    path: layers/util\n    runtimes: [nodejs18.x]\n'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^::warning file=lambda-layers.yml,line=13,col=16::layers.util.runtimes\[0\]: 'nodejs18.x' is deprecated by Lambda since 2025-09-01.*use nodejs24.x\.$/m);
  });
});

describe('a run when a layer fails on a pull request', () => {
  let lambda: LambdaApi;
  let github: GitHubApiServer;
  beforeAll(async () => {
    lambda = await startLambdaApi();
    github = await startGitHubApi();
  });
  afterAll(async () => {
    await Promise.all([lambda.close(), github.close()]);
    await cleanupRepos();
  });

  it('links the PR comment to the run log instead of quoting the build output; the summary keeps it', async () => {
    const config = CONFIG.replace('    build: mkdir -p out && cp lib.txt out/', '    build: echo BUILD-OUTPUT-MARKER && exit 2');
    const repo = await createRepo({ files: { ...FILES, 'lambda-layers.yml': config } });
    const result = await runHere({
      cwd: repo.dir,
      sha: repo.head(),
      eventName: 'pull_request',
      ref: 'refs/pull/9/merge',
      event: { number: 9, pull_request: { number: 9, base: { sha: repo.head() }, head: { sha: repo.head() } } },
      inputs: { mode: 'publish', 'github-token': 'ghs_x', comment: 'true' },
      env: { ...localAwsEnv(lambda), GITHUB_API_URL: github.url, GITHUB_SERVER_URL: 'https://github.example', GITHUB_RUN_ID: '4242' },
    });
    expect(result.code).toBe(1);
    expect(result.summary).toContain('BUILD-OUTPUT-MARKER');
    expect(github.comments).toHaveLength(1);
    const comment = github.comments[0].body;
    expect(comment).toContain("- ❌ layer <code>util</code> failed; the error is in the [run's log](https://github.example/acme/monorepo/actions/runs/4242).");
    expect(comment).not.toContain('BUILD-OUTPUT-MARKER');
    expect(comment).not.toContain('exit');
  });
});

describe('a run without a base commit', () => {
  afterAll(cleanupRepos);

  it('says why once, above the table, and each row only that there is no base', async () => {
    const repo = await createRepo({ files: FILES });
    const result = await act(repo, { eventName: 'workflow_dispatch', ref: 'refs/heads/main', inputs: { mode: 'plan' }, env: NO_AWS_ENV }, runHere);
    expect(json(result.outputs.plan).base.sha).toBeUndefined();
    const summary = result.summary;
    expect(summary.match(/every layer is a candidate/g)).toHaveLength(1);
    expect(summary.match(/has no base commit/g)).toHaveLength(1);
    const rows = summary.split('\n').filter((l) => l.startsWith('| 🔄 changed |'));
    expect(rows.map((r) => r.split(' | ')[2])).toEqual(['no base commit', 'no base commit']);
    expect(summary.indexOf('every layer is a candidate')).toBeLessThan(summary.indexOf('| Status |'));
  });
});

describe('dist/index.js keeps secrets and the runner’s files away from builds and reports', () => {
  const secrets = {
    token: 'ghs_RedactMe0123456789',
    awsKeyId: 'AKIDREDACTME0123',
    awsSecret: 'aws/Secret+Redact=Me0123456789',
    awsSession: 'IQoJb3JpZ2luX2VjEXAMPLE-session-token',
    runtime: 'actions-runtime-token-redact-me',
    oidc: 'actions-oidc-request-token-redact-me',
  };
  let lambda: LambdaApi;
  let github: GitHubApiServer;
  beforeAll(async () => {
    lambda = await startLambdaApi();
    github = await startGitHubApi();
  });
  afterAll(async () => {
    await Promise.all([lambda.close(), github.close()]);
    await cleanupRepos();
  });

  const env = () => ({
    ...localAwsEnv(lambda),
    AWS_ACCESS_KEY_ID: secrets.awsKeyId,
    AWS_SECRET_ACCESS_KEY: secrets.awsSecret,
    AWS_SESSION_TOKEN: secrets.awsSession,
    ACTIONS_RUNTIME_TOKEN: secrets.runtime,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: secrets.oidc,
    GITHUB_API_URL: github.url,
  });

  it('redacts every secret a failing build printed from the outputs, the job summary and the PR comment', async () => {
    // The build got hold of the secrets somehow (here: written into its script) and fails, printing them.
    const leak = Object.values(secrets).map((s) => `echo "leaked ${s}"`).join('\n');
    const repo = await createRepo({
      files: {
        'lambda-layers.yml': `version: 1\nregions: [us-east-1]\nlayers:\n  leaky:\n    type: custom\n    path: layers/leaky\n    build: bash build.sh ${secrets.token}\n    output: out\n`,
        'layers/leaky/build.sh': `${leak}\necho "arg $1"\nexit 3\n`,
      },
    });
    const result = await runBundle({
      cwd: repo.dir,
      sha: repo.head(),
      eventName: 'pull_request',
      ref: 'refs/pull/9/merge',
      event: { number: 9, pull_request: { number: 9, base: { sha: repo.head(), ref: 'main' }, head: { sha: repo.head() } } },
      inputs: { ...HOSTED_RUNNER, 'github-token': secrets.token, mode: 'publish', comment: 'true' },
      env: env(),
    });
    expect(result.code).toBe(1);
    expect(json(result.outputs.plan).layers[0]).toMatchObject({ key: 'leaky', status: 'failed' });
    expect(result.summary).toContain('leaky');
    expect(github.comments).toHaveLength(1);
    const written = [JSON.stringify(result.outputs), result.summary, ...github.requests.map((r) => JSON.stringify(r.body ?? ''))].join('\n');
    // The build's output did reach the log (masked there by the runner), so there was something to redact.
    expect(result.stdout).toContain(`leaked ${secrets.runtime}`);
    for (const secret of Object.values(secrets)) expect(written).not.toContain(secret);
    expect(result.outputs.plan).toContain('leaked ***');
    for (const secret of Object.values(secrets)) expect(written).not.toContain(JSON.stringify(secret).slice(1, -1));
  });

  it.skipIf(process.getuid?.() !== 0)('runs builds as an unprivileged user who cannot read the action’s environment or ~/.aws', async () => {
    const home = await tempDir('lla-home-');
    await mkdir(path.join(home, '.aws'), { mode: 0o700 });
    await writeFile(path.join(home, '.aws/credentials'), '[default]\naws_secret_access_key = file-secret-redact-me\n', { mode: 0o600 });
    const script = [
      'echo "user=$(id -un)"',
      'echo "parent: $(tr "\\0" " " < /proc/$PPID/environ 2>&1)"',
      `echo "credentials: $(cat ${home}/.aws/credentials 2>&1)"`,
      // Every process's environment this user can read, searched for the secret.
      `echo "found=$(cat /proc/[0-9]*/environ 2>/dev/null | tr "\\0" "\\n" | grep -c '${secrets.awsSecret}')"`,
      'mkdir -p out && echo ok > out/ok.txt',
    ];
    const repo = await createRepo({
      files: {
        'lambda-layers.yml': `version: 1\nregions: [us-east-1]\nlayers:\n  nosy:\n    type: custom\n    path: layers/nosy\n    build: bash build.sh\n    output: out\n`,
        'layers/nosy/build.sh': `${script.join('\n')}\n`,
      },
    });
    const result = await act(repo, {
      eventName: 'push',
      ref: 'refs/heads/main',
      event: { before: '0'.repeat(40), after: repo.head() },
      inputs: HOSTED_RUNNER,
      env: { ...env(), HOME: home },
    });
    const log = visibleLog(result);
    expect(log).toContain('Builds run as user lambda-layers-build (uid ');
    expect(log).toContain('user=lambda-layers-build');
    expect(log).toMatch(/\/proc\/\d+\/environ: Permission denied/);
    expect(log).toMatch(/credentials: .*Permission denied/);
    expect(log).toContain('found=0');
    expect(log).not.toContain('file-secret-redact-me');
    for (const secret of Object.values(secrets)) expect(log).not.toContain(secret);
    expect(json(result.outputs.plan).layers[0]).toMatchObject({ key: 'nosy', status: 'published' });
    // The build ran in a copy: the checkout is as it was, still owned by its user.
    expect(repo.git('status', '--porcelain', '--ignored')).toBe('');
    expect((await stat(path.join(repo.dir, 'layers/nosy/build.sh'))).uid).toBe(0);
  });

  it('gives builds no GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT, GITHUB_STATE or GITHUB_STEP_SUMMARY to write to', async () => {
    const files = await tempDir('lla-runner-files-');
    const fileCommands = { GITHUB_ENV: path.join(files, 'env'), GITHUB_PATH: path.join(files, 'path') };
    await Promise.all(Object.values(fileCommands).map((file) => writeFile(file, '')));
    const names = ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];
    const attack = names.map((name) => `if [ -n "\${${name}:-}" ]; then echo "NODE_OPTIONS=--require=/tmp/evil.js" >> "$${name}"; echo "wrote ${name}"; fi`);
    const repo = await createRepo({
      files: {
        'lambda-layers.yml': `version: 1\nregions: [us-east-1]\nlayers:\n  sneaky:\n    type: custom\n    path: layers/sneaky\n    build: bash build.sh\n    output: out\n`,
        'layers/sneaky/build.sh': `${attack.join('\n')}\nmkdir -p out && env > out/env.txt\n`,
      },
    });
    const result = await act(repo, {
      eventName: 'push',
      ref: 'refs/heads/main',
      event: { before: '0'.repeat(40), after: repo.head() },
      inputs: HOSTED_RUNNER,
      env: { ...env(), ...fileCommands },
    });
    expect(json(result.outputs.plan).layers[0]).toMatchObject({ key: 'sneaky', status: 'published' });
    expect(result.stdout).not.toMatch(/wrote GITHUB_/);
    for (const file of Object.values(fileCommands)) expect(await readFile(file, 'utf8')).toBe('');
    expect(JSON.stringify(result.outputs)).not.toContain('evil');
    expect(result.summary).not.toContain('evil');
  });
});

describe('dist/index.js with uncommitted inputs', () => {
  const RUNTIME = `version: 1
layerPrefix: t-
regions: [us-east-1]
layers:
  go:
    type: runtime
    path: runtimes/go
    build: mkdir -p out && cp bootstrap out/
    output: out
    runtimes: [provided.al2023]
functions:
  edge:
    layers: [go]
`;
  const bootstrap = (text: string) => ({ content: `#!/bin/sh\necho ${text}\n`, mode: 0o755 });
  let lambda: LambdaApi;
  beforeAll(async () => {
    lambda = await startLambdaApi();
    lambda.addFunction('us-east-1', { name: 'edge' });
    lambda.addFunction('us-east-1', { name: 'other' });
  });
  afterAll(async () => {
    await lambda.close();
    await cleanupRepos();
  });

  const push = (repo: TempRepo, inputs: Record<string, string> = {}) =>
    act(repo, { eventName: 'push', ref: 'refs/heads/main', event: { before: repo.head(), after: repo.head() }, inputs: { ...HOSTED_RUNNER, ...inputs }, env: localAwsEnv(lambda) });
  const zipOf = async (version: { zip: Buffer }) => {
    const file = path.join(await tempDir('lla-zip-'), 'layer.zip');
    await writeFile(file, version.zip);
    return Object.fromEntries((await readZip(file)).map((e) => [e.name, e.content.toString()]));
  };

  it('publishes an edited, uncommitted bootstrap under the fingerprint of what it zipped, labelled uncommitted, with a notice', async () => {
    const repo = await createRepo({ files: { '.gitignore': 'out/\n*.local\n', 'lambda-layers.yml': RUNTIME, 'runtimes/go/bootstrap': bootstrap('committed') } });
    const committed = json((await push(repo, { mode: 'plan' })).outputs.plan).layers[0];
    expect(committed.uncommitted).toBeUndefined();

    // An ignored file is not an input: the tree still counts as committed.
    await repo.write({ 'runtimes/go/notes.local': 'scratch\n' });
    const ignored = json((await push(repo, { mode: 'plan' })).outputs.plan).layers[0];
    expect(ignored).toMatchObject({ fingerprint: committed.fingerprint });
    expect(ignored.uncommitted).toBeUndefined();

    await repo.write({ 'runtimes/go/bootstrap': bootstrap('edited'), 'runtimes/go/extra.txt': 'new\n' });
    const result = await push(repo);
    const layer = json(result.outputs.plan).layers[0];
    const [version] = lambda.layerVersions('us-east-1', 't-go');
    expect((await zipOf(version)).bootstrap).toBe('#!/bin/sh\necho edited\n');
    expect(layer.fingerprint).not.toBe(committed.fingerprint);
    expect(version.description).toBe(`src-sha256:${layer.fingerprint} uncommitted`);
    expect(layer).toMatchObject({ status: 'published', uncommitted: ['runtimes/go/bootstrap', 'runtimes/go/extra.txt'] });
    expect(result.stdout).toMatch(/^::notice::Inputs that differ from commit [0-9a-f]{12}, taken as they are in the working tree \(versions published from them are labelled 'uncommitted' instead of a commit\): go \(runtimes\/go\/bootstrap, runtimes\/go\/extra\.txt\)\.$/m);
    expect(result.summary).toContain('uncommitted');
    expect(result.summary).toContain('runtimes/go/bootstrap');

    // Committed as it was built: the same fingerprint, so the version is found and nothing is published again.
    repo.commit('edit bootstrap');
    const after = json((await push(repo)).outputs.plan).layers[0];
    expect(after).toMatchObject({ status: 'unchanged', fingerprint: layer.fingerprint });
    expect(after.uncommitted).toBeUndefined();
    expect(lambda.layerVersions('us-east-1', 't-go')).toHaveLength(1);
  });

  it('counts an uncommitted edit of a layer’s configuration, and not one of another key', async () => {
    const repo = await createRepo({ files: { '.gitignore': 'out/\n', 'lambda-layers.yml': RUNTIME, 'runtimes/go/bootstrap': bootstrap('committed') } });
    await repo.write({ 'lambda-layers.yml': RUNTIME.replace('  edge:', '  other:\n    layers: [go]\n  edge:') });
    expect(json((await push(repo, { mode: 'plan' })).outputs.plan).layers[0].uncommitted).toBeUndefined();
    await repo.write({ 'lambda-layers.yml': RUNTIME.replace('cp bootstrap out/', 'cp -p bootstrap out/') });
    const result = await push(repo, { mode: 'plan' });
    expect(json(result.outputs.plan).layers[0].uncommitted).toEqual(['lambda-layers.yml']);
    expect(result.stdout).toMatch(/^::notice::Inputs that differ from commit [0-9a-f]{12}, .*: go \(lambda-layers\.yml\)\.$/m);
  });
});
