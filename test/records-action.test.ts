// The action against the local Lambda API: changes that alter a layer's fingerprint but not its zip end after at
// most one rebuild, with no new version, and the memory of it is in AWS (a fresh clone builds nothing); two runs of
// one commit at once (two dist/index.js processes) leave one version; malformed Lambda answers are survived or
// explained. The runs of one at a time are in this process (runInProcess).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLambdaApi, type LambdaApi } from '../src/local/lambda-api';
import { runAction, runInProcess, type RunResult } from './support/runner';
import { cleanupRepos, createRepo, writeTarball, type TempRepo } from './support/repo';
import { REGION } from './publish/support';
import { localAwsEnv, NOT_ISOLATED } from './support/env';
import { customRepo, UTIL } from './support/fixtures';


afterAll(cleanupRepos);

const awsEnv = (lambda: LambdaApi) => ({
  ...localAwsEnv(lambda, REGION),
  npm_config_offline: 'true',
  npm_config_update_notifier: 'false',
});

/** A push to main of HEAD (after `before`) run by `run`, expected to exit with `code`. */
const pushWith = (run: typeof runInProcess) => async (lambda: LambdaApi, repo: TempRepo, before: string, inputs: Record<string, string> = {}, code = 0): Promise<RunResult> => {
  const result = await run({
    cwd: repo.dir,
    sha: repo.head(),
    eventName: 'push',
    ref: 'refs/heads/main',
    event: { before, after: repo.head(), repository: { default_branch: 'main' } },
    inputs: { ...NOT_ISOLATED, ...inputs },
    env: awsEnv(lambda),
  });
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(code);
  return result;
};
const push = pushWith(runInProcess);

const layerOf = (result: RunResult, key: string) => JSON.parse(result.outputs.plan).layers.find((l: { key: string }) => l.key === key);
const live = (lambda: LambdaApi, name: string) => lambda.layerVersions(REGION, name).filter((v) => !v.deleted);

describe('changes that do not reach the zip end after one rebuild, remembered in AWS', () => {
  let lambda: LambdaApi;
  let repo: TempRepo;

  beforeAll(async () => {
    lambda = await startLambdaApi();
    repo = await createRepo();
    await writeTarball(repo.dir, 'vendor/left-pad-1.3.0.tgz', { name: 'left-pad', version: '1.3.0' });
    await writeTarball(repo.dir, 'vendor/ms-2.1.3.tgz', { name: 'ms', version: '2.1.3' });
    await repo.write({
      '.gitignore': 'node_modules/\n',
      'package.json': { name: 'acme', private: true, workspaces: ['layers/*', 'packages/*'] },
      'packages/lib/package.json': { name: '@acme/lib', version: '1.0.0', main: 'index.js', files: ['index.js'] },
      'packages/lib/index.js': "module.exports = 'lib';\n",
      'packages/lib/index.test.js': "require('assert').strictEqual(require('.'), 'lib');\n",
      'layers/deps/package.json': {
        name: 'deps',
        version: '1.0.0',
        private: true,
        dependencies: { '@acme/lib': '^1.0.0', 'left-pad': 'file:../../vendor/left-pad-1.3.0.tgz' },
      },
      'lambda-layers.yml': `version: 1\nlayerPrefix: t-\nregions: [${REGION}]\nlayers:\n  deps:\n    type: nodejs\n    path: layers/deps\n    runtimes: [nodejs22.x]\n`,
    });
    await repo.npm(['install', '--package-lock-only']);
    repo.commit('monorepo');
    const first = await push(lambda, repo, '0'.repeat(40));
    expect(layerOf(first, 'deps').status).toBe('published');
  }, 120_000);
  afterAll(() => lambda.close());

  const scenarios: [string, () => Promise<void>][] = [
    ['a test-only change in a workspace package', () => repo.write({ 'packages/lib/index.test.js': "require('assert').ok(require('.'));\n" })],
    ['a README beside the layer’s package.json', () => repo.write({ 'layers/deps/README.md': '# deps\n' })],
    [
      'a devDependency-only change',
      async () => {
        const manifest = JSON.parse(repo.git('show', 'HEAD:layers/deps/package.json'));
        await repo.write({ 'layers/deps/package.json': { ...manifest, devDependencies: { ms: 'file:../../vendor/ms-2.1.3.tgz' } } });
        await repo.npm(['install', '--package-lock-only']);
      },
    ],
  ];

  for (const [name, change] of scenarios) {
    it(`${name}: no new version, and from a fresh clone the next plan and publish say unchanged`, async () => {
      const before = repo.head();
      await change();
      repo.commit(name);
      const versions = live(lambda, 't-deps').length;

      // Rebuilt and found identical (reused, recorded), or not even rebuilt: either way no new version.
      const publish = await push(lambda, repo, before);
      expect(['reused', 'unchanged']).toContain(layerOf(publish, 'deps').status);
      expect(live(lambda, 't-deps')).toHaveLength(versions);

      const clone = await repo.clone();
      const plan = await push(lambda, clone, before, { mode: 'plan' });
      expect(layerOf(plan, 'deps').status).toBe('unchanged');
      expect(JSON.parse(plan.outputs['has-changes'])).toBe(false);
      const again = await push(lambda, clone, before);
      // Unchanged and not built: no zip.
      expect(layerOf(again, 'deps').status).toBe('unchanged');
      expect(layerOf(again, 'deps')).not.toHaveProperty('zip');
      expect(JSON.parse(again.outputs['changed-layers'])).toEqual([]);
      expect(live(lambda, 't-deps')).toHaveLength(versions);
      if (layerOf(publish, 'deps').status === 'reused') expect(again.stdout).toContain('same zip as t-deps:');
    }, 180_000);
  }
});

/** A repository of one custom layer, on a local Lambda API of its own for the time of `fn`. */
async function withCustomLayer<T>(fn: (lambda: LambdaApi, repo: TempRepo) => Promise<T>): Promise<T> {
  const lambda = await startLambdaApi();
  try {
    return await fn(lambda, await createRepo({ files: customRepo({ layers: { util: { ...UTIL, content: 'v0\n' } } }) }));
  } finally {
    await lambda.close();
  }
}

describe('dist/index.js: two runs of one commit at once', () => {
  it('leave exactly one version per fingerprint, and both report it, in every trial', async () => {
    // The trials run side by side, each on a repository and a local Lambda API of its own: they share nothing. The
    // two runs of a trial build in checkouts of their own, as two jobs do: what races is the publish.
    const trials = 4;
    const counts = await Promise.all(
      Array.from({ length: trials }, (_, i) =>
        withCustomLayer(async (lambda, repo) => {
          const trial = i + 1;
          // The runs' look-ups meet: neither is answered before both have asked, so both find nothing and both
          // publish, as two jobs started together do. Left to the timing of two process starts, a quarter of the
          // trials did not race (the later run found the other's version).
          let release!: () => void;
          const met = new Promise<void>((resolve) => {
            release = resolve;
            setTimeout(resolve, 30_000).unref();
          });
          let asked = 0;
          lambda.faults.push((c) => (c.op === 'ListLayers' ? (++asked === 2 && release(), { until: met }) : undefined));
          const before = repo.head();
          await repo.write({ 'layers/util/lib.txt': `v${trial}\n` });
          repo.commit(`trial ${trial}`);
          const checkouts = await Promise.all([repo.clone(), repo.clone()]);
          const runs = await Promise.all(checkouts.map((checkout) => pushWith(runAction)(lambda, checkout, before)));
          const arns = runs.map((r) => JSON.parse(r.outputs['layer-arns']).util);
          const carriers = live(lambda, 't-util').filter((v) => v.description?.includes(layerOf(runs[0], 'util').fingerprint));
          expect(carriers, `trial ${trial}`).toHaveLength(1);
          expect(arns, `trial ${trial}`).toEqual([carriers[0].arn, carriers[0].arn]);
          const statuses = runs.map((r) => layerOf(r, 'util').status).sort();
          // Both published; the one that lost keeps the other's version and reports it reused.
          expect(statuses, `trial ${trial}`).toEqual(['published', 'reused']);
          const calls = (op: string) => lambda.calls.filter((c) => c.op === op).length;
          return { published: calls('PublishLayerVersion'), deleted: calls('DeleteLayerVersion') };
        }),
      ),
    );
    // Every trial raced: both runs published, and each loser deleted its own.
    expect(counts).toEqual(Array.from({ length: trials }, () => ({ published: 2, deleted: 1 })));
  }, 600_000);
});

describe("the 'force' input", () => {
  it('publishes a new version of an unchanged layer, although its zip is identical', async () => {
    await withCustomLayer(async (lambda, repo) => {
      await push(lambda, repo, '0'.repeat(40));
      // What was seen: rebuilt, `reused ... the 'force' input is true`, and nothing published.
      const forced = await push(lambda, repo, repo.head(), { force: 'true' });
      expect(layerOf(forced, 'util')).toMatchObject({ status: 'published', regions: [{ arn: `arn:aws:lambda:${REGION}:123456789012:layer:t-util:2` }] });
      expect(live(lambda, 't-util').map((v) => v.codeSha256)).toEqual([live(lambda, 't-util')[0].codeSha256, live(lambda, 't-util')[0].codeSha256]);
      // The forced version carries the fingerprint too: the next run finds it and builds nothing.
      const next = await push(lambda, repo, repo.head());
      expect(layerOf(next, 'util')).toMatchObject({ status: 'unchanged', regions: [{ arn: `arn:aws:lambda:${REGION}:123456789012:layer:t-util:2` }] });
    });
  }, 120_000);
});

describe('when Lambda answers malformed', () => {
  it('looks each layer up on its own when ListLayers answers {"Layers": null}; explains an empty PublishLayerVersion answer', async () => {
    await withCustomLayer(async (lambda, repo) => {
      await push(lambda, repo, '0'.repeat(40));
      lambda.faults.push((c) => (c.op === 'ListLayers' ? { reply: { status: 200, json: { Layers: null } } } : undefined));
      const rerun = await push(lambda, repo, repo.head());
      expect(layerOf(rerun, 'util').status).toBe('unchanged');
      expect(rerun.stdout).not.toContain('TypeError');

      lambda.faults.push((c) => (c.op === 'PublishLayerVersion' ? { reply: { status: 201, json: {} } } : undefined));
      const before = repo.head();
      await repo.write({ 'layers/util/lib.txt': 'v1\n' });
      repo.commit('v1');
      const failed = await push(lambda, repo, before, {}, 1);
      expect(failed.stdout).not.toContain('published undefined');
      expect(failed.stdout).toContain('PublishLayerVersion of layer t-util in us-east-1 answered without LayerVersionArn and Version');
      expect(failed.stdout).toContain('AWS_ENDPOINT_URL');
    });
  }, 120_000);
});
