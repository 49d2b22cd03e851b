// Issue 26, as it was seen from outside, through dist/index.js against the local Lambda API: after a publish, a commit
// that only touches a test file of a built workspace package and a README beside the layer's package.json leaves the
// layer `unchanged` (no build, no version), and a plan with credentials says so and updates no function.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLambdaApi } from '../../src/local/lambda-api';
import { runAction } from '../support/runner';
import { cleanupRepos, createRepo, type TempRepo } from '../support/repo';
import { localAwsEnv, NO_AWS_ENV, NOT_ISOLATED } from '../support/env';

const CONFIG = `version: 1
layerPrefix: t-
regions: [us-east-1]
layers:
  api-deps:
    type: nodejs
    path: layers/api-deps
    runtimes: [nodejs22.x]
functions:
  api:
    layers: [api-deps]
`;

describe('dist/index.js: changes that cannot reach the zip', () => {
  let repo: TempRepo;
  let lambda: Awaited<ReturnType<typeof startLambdaApi>>;
  beforeAll(async () => {
    lambda = await startLambdaApi();
    lambda.addFunction('us-east-1', { name: 'api' });
    repo = await createRepo({
      files: {
        '.gitignore': 'node_modules/\nlib/\n',
        'lambda-layers.yml': CONFIG,
        'package.json': { name: 'acme', private: true, workspaces: ['layers/*', 'packages/*'] },
        'layers/api-deps/package.json': { name: 'api-deps', version: '1.0.0', dependencies: { '@acme/core': '*' } },
        'layers/api-deps/README.md': '# api deps\n',
        'packages/core/package.json': { name: '@acme/core', version: '1.0.0', main: 'lib/index.js', files: ['lib'], scripts: { build: 'node build.js' } },
        'packages/core/build.js': "const fs = require('fs');\nfs.mkdirSync('lib', { recursive: true });\nfor (const f of fs.readdirSync('src')) fs.copyFileSync('src/' + f, 'lib/' + f);\n",
        'packages/core/src/index.js': "module.exports = 'core';\n",
        'packages/core/src/index.test.js': "require('./index');\n",
      },
    });
    await repo.npm(['install', '--package-lock-only']);
    repo.commit('lockfile');
  });
  afterAll(async () => {
    await lambda.close();
    await cleanupRepos();
  });

  const run = (eventName: string, event: object, ref = 'refs/heads/main') =>
    runAction({
      cwd: repo.dir,
      sha: repo.head(),
      eventName,
      ref,
      event,
      inputs: NOT_ISOLATED,
      env: {
        ...localAwsEnv(lambda),
        npm_config_offline: 'true',
        npm_config_update_notifier: 'false',
      },
    });

  it('a test file of a built workspace package and a README beside package.json: unchanged, nothing built or published', async () => {
    const first = await run('push', { before: '0'.repeat(40), after: repo.head(), repository: { default_branch: 'main' } });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(JSON.parse(first.outputs['changed-layers'])).toEqual(['api-deps']);
    expect(lambda.layerVersions('us-east-1', 't-api-deps')).toHaveLength(1);

    const before = repo.head();
    await repo.write({
      'packages/core/src/index.test.js': "require('./index');\n// one more case\n",
      'layers/api-deps/README.md': '# api deps\n\nDocumented.\n',
    });
    repo.commit('tests and docs');

    const plan = await run('pull_request', { pull_request: { number: 1, base: { sha: before, ref: 'main' }, head: { sha: repo.head(), ref: 'docs' } }, repository: { default_branch: 'main' } }, 'refs/pull/1/merge');
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    const planned = JSON.parse(plan.outputs.plan);
    expect(planned.layers.map((l: any) => [l.key, l.status])).toEqual([['api-deps', 'unchanged']]);
    expect(JSON.parse(plan.outputs['changed-layers'])).toEqual([]);

    const publish = await run('push', { before, after: repo.head(), repository: { default_branch: 'main' } });
    expect(publish.code, publish.stdout + publish.stderr).toBe(0);
    expect(JSON.parse(publish.outputs['changed-layers'])).toEqual([]);
    expect(publish.stdout).not.toContain('npm run build');
    expect(lambda.layerVersions('us-east-1', 't-api-deps')).toHaveLength(1);
  });

  // Issue 28: a fork's pull request has no AWS credentials and saves no plan, so nothing reads a fingerprint.
  it('a plan from git alone lists and hashes no file and carries no fingerprint; saving the plan fingerprints', async () => {
    const before = repo.head();
    await repo.write({ 'packages/core/src/index.js': "module.exports = 'core 2';\n" });
    repo.commit('core 2');
    await repo.write({ 'layers/api-deps/.npmrc': 'fund=false\n' });
    const trace = path.join(repo.dir, '.git', 'trace');
    const pr = { pull_request: { number: 2, base: { sha: before, ref: 'main' }, head: { sha: repo.head(), ref: 'core' } }, repository: { default_branch: 'main' } };
    const plan = (inputs: Record<string, string> = {}) =>
      runAction({
        cwd: repo.dir,
        sha: repo.head(),
        eventName: 'pull_request',
        ref: 'refs/pull/2/merge',
        event: pr,
        inputs,
        env: { ...NO_AWS_ENV, GIT_TRACE: trace },
      });
    const gitCommands = async () => (await readFile(trace, 'utf8')).split('\n').filter((line) => line.includes('built-in: git'));

    const alone = await plan();
    expect(alone.code, alone.stdout + alone.stderr).toBe(0);
    const [layer] = JSON.parse(alone.outputs.plan).layers;
    expect(layer).toMatchObject({ key: 'api-deps', status: 'changed', uncommitted: ['layers/api-deps/.npmrc'] });
    expect(layer.reasons).toMatchObject({ packages: ['@acme/core'], files: ['layers/api-deps/.npmrc'] });
    expect(layer).not.toHaveProperty('fingerprint');
    const commands = await gitCommands();
    expect(commands.some((c) => c.includes('git status'))).toBe(true);
    expect(commands.filter((c) => / git (ls-files|ls-tree|hash-object)/.test(c))).toEqual([]);

    await repo.remove('.git/trace');
    const saved = await plan({ 'plan-file': 'plan.json' });
    expect(saved.code, saved.stdout + saved.stderr).toBe(0);
    const [fingerprinted] = JSON.parse(saved.outputs.plan).layers;
    expect(fingerprinted.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(await readFile(path.join(repo.dir, 'plan.json'), 'utf8')).layers[0].fingerprint).toBe(fingerprinted.fingerprint);
    expect((await gitCommands()).some((c) => c.includes('git ls-files'))).toBe(true);
  });
});
