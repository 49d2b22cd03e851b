// Issue 26, as it was seen from outside, through dist/index.js against the local Lambda API: after a publish, a commit
// that only touches a test file of a built workspace package and a README beside the layer's package.json leaves the
// layer `unchanged` (no build, no version), and a plan with credentials says so and updates no function.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLambdaApi } from '../../src/local/lambda-api';
import { runAction } from '../support/runner';
import { cleanupRepos, createRepo, type TempRepo } from '../support/repo';

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
    repo.npm(['install', '--package-lock-only']);
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
      env: {
        AWS_ACCESS_KEY_ID: 'AKIDLOCAL',
        AWS_SECRET_ACCESS_KEY: 'local-secret',
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL: lambda.url,
        AWS_EC2_METADATA_DISABLED: 'true',
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
});
