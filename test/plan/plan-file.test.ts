// Saved plans through the action's run (in this process: runInProcess): the PR plan writes `plan-file`, the tag deploy
// applies exactly it, and refuses (changing nothing) when a layer or a function drifted or when the file is not this
// repository's plan.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLambdaApi } from '../../src/local/lambda-api';
import { runInProcess, type RunOptions } from '../support/runner';
import { cleanupRepos, createRepo, tempDir, type TempRepo } from '../support/repo';
import { localAwsEnv, NOT_ISOLATED } from '../support/env';
import { customConfig, customRepo, TWO_LAYERS } from '../support/fixtures';

const CONFIG = customConfig(TWO_LAYERS);
const FILES = customRepo(TWO_LAYERS);

const VENDOR = 'arn:aws:lambda:us-east-1:999999999999:layer:vendor:3';
const arn = (name: string, version: number | string) => `arn:aws:lambda:us-east-1:123456789012:layer:${name}:${version}`;

describe('plan-file: a saved plan applied on the tag', () => {
  let repo: TempRepo;
  let lambda: Awaited<ReturnType<typeof startLambdaApi>>;
  let planFile: string;
  let main: string;

  const run = (options: Omit<RunOptions, 'cwd'>) =>
    runInProcess({
      cwd: repo.dir,
      sha: repo.head(),
      ...options,
      inputs: { ...NOT_ISOLATED, ...options.inputs },
      env: { ...localAwsEnv(lambda), ...options.env },
    });
  const plan = () => run({ eventName: 'pull_request', ref: 'refs/pull/3/merge', inputs: { mode: 'plan', comment: 'false', 'plan-file': planFile } });
  const publish = () => run({ eventName: 'push', ref: 'refs/heads/main', inputs: { mode: 'publish' } });
  const deploy = () => run({ eventName: 'push', ref: 'refs/tags/v1', inputs: { mode: 'deploy', 'plan-file': planFile } });
  const changes = () => lambda.calls.filter((c: any) => ['UpdateFunctionConfiguration', 'PublishLayerVersion'].includes(c.op)).length;

  beforeAll(async () => {
    repo = await createRepo({ files: FILES });
    // Updates finish at once: the waits are test/deploy's to test.
    lambda = await startLambdaApi({ updateMs: 0 });
    lambda.addFunction('us-east-1', { name: 'api', layers: [VENDOR] });
    lambda.addFunction('us-east-1', { name: 'worker' });
    expect((await publish()).code).toBe(0);
    expect((await run({ eventName: 'push', ref: 'refs/tags/v0', inputs: { mode: 'deploy' } })).code).toBe(0);
    main = repo.head();
    planFile = path.join(await tempDir('lla-plan-'), 'artifact', 'plan.json');
  });
  afterAll(async () => {
    await lambda.close();
    await cleanupRepos();
  });
  beforeEach(() => {
    repo.checkout(main);
    repo.branch(`pr-${Math.random().toString(36).slice(2)}`);
  });

  it('writes the whole plan on the PR and the tag deploy applies it, with the version published after the plan', async () => {
    await repo.write({ 'layers/util/lib.txt': 'v2\n' });
    const commit = repo.commit('util v2');
    const planned = await plan();
    expect(planned.code, planned.stdout).toBe(0);
    const saved = JSON.parse(await readFile(planFile, 'utf8'));
    expect(saved).toMatchObject({
      format: 'lambda-layers-plan',
      formatVersion: 1,
      repository: 'acme/monorepo',
      config: { file: 'lambda-layers.yml', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      commit,
      awsConsulted: true,
    });
    const outputPlan = JSON.parse(planned.outputs.plan);
    expect(saved.layers).toEqual(
      outputPlan.layers.map((l: any) => ({ key: l.key, layerName: l.layerName, fingerprint: l.fingerprint, regions: expect.any(Array) })),
    );
    expect(saved.layers.find((l: any) => l.key === 'util').regions).toEqual([{ region: 'us-east-1', arn: arn('t-util', 'next') }]);
    expect(saved.layers.find((l: any) => l.key === 'tools').regions).toEqual([{ region: 'us-east-1', arn: arn('t-tools', 1) }]);
    expect(saved.functions).toEqual([
      {
        key: 'api',
        name: 'api',
        region: 'us-east-1',
        currentLayers: [VENDOR, arn('t-tools', 1), arn('t-util', 1)],
        newLayers: [VENDOR, arn('t-tools', 1), arn('t-util', 'next')],
      },
      { key: 'worker', name: 'worker', region: 'us-east-1', currentLayers: [arn('t-util', 1)], newLayers: [arn('t-util', 'next')] },
    ]);

    // The merge publishes util:2 (the fingerprint the plan saw); the tag deploy takes it.
    expect((await publish()).code).toBe(0);
    const deployed = await deploy();
    expect(deployed.code, deployed.stdout).toBe(0);
    expect(JSON.parse(deployed.outputs['updated-functions'])).toEqual(['api', 'worker']);
    expect(lambda.fn('us-east-1', 'api').layers).toEqual([VENDOR, arn('t-tools', 1), arn('t-util', 2)]);
    expect(lambda.fn('us-east-1', 'worker').layers).toEqual([arn('t-util', 2)]);
    main = repo.head();
  });

  it('changes nothing and names the layer with its old and new fingerprint when a layer drifted', async () => {
    await repo.write({ 'layers/tools/tool.txt': 'tool v2\n' });
    repo.commit('tools v2');
    expect((await plan()).code).toBe(0);
    const planned = JSON.parse(await readFile(planFile, 'utf8')).layers.find((l: any) => l.key === 'tools').fingerprint;
    await repo.write({ 'layers/tools/tool.txt': 'tool v3\n' });
    repo.commit('tools v3 after the review');
    const before = changes();
    const deployed = await deploy();
    expect(deployed.code).toBe(1);
    const now = JSON.parse((await plan()).outputs.plan).layers.find((l: any) => l.key === 'tools').fingerprint;
    expect(now).not.toBe(planned);
    expect(deployed.stdout).toContain(`layer tools: fingerprint ${planned} in the plan, ${now} now`);
    expect(deployed.stdout).not.toContain('layer util:');
    expect(changes()).toBe(before);
    expect(lambda.fn('us-east-1', 'api').layers).toEqual([VENDOR, arn('t-tools', 1), arn('t-util', 2)]);
  });

  it('changes nothing and names the function with its old and new layers when a function drifted', async () => {
    await repo.write({ 'layers/util/lib.txt': 'v3\n' });
    repo.commit('util v3');
    expect((await plan()).code).toBe(0);
    expect((await publish()).code).toBe(0);
    // Someone adds a layer to worker by hand between review and release.
    lambda.fn('us-east-1', 'worker').layers = [arn('t-util', 2), VENDOR];
    const before = changes();
    const deployed = await deploy();
    expect(deployed.code).toBe(1);
    expect(deployed.stdout).toMatch(/worker \(us-east-1\).*drifted: its layers were t-util:2 in the saved plan and are t-util:2, vendor:3 now/);
    expect(deployed.stdout).not.toMatch(/api \(us-east-1\)[^\n]*drifted/);
    expect(changes()).toBe(before);
    expect(lambda.fn('us-east-1', 'api').layers).toEqual([VENDOR, arn('t-tools', 1), arn('t-util', 2)]);
    expect(lambda.fn('us-east-1', 'worker').layers).toEqual([arn('t-util', 2), VENDOR]);
    lambda.fn('us-east-1', 'worker').layers = [arn('t-util', 2)];
  });

  it.each([
    ['bad JSON', async (file: string) => writeFile(file, '{"format": "lambda-layers-plan",'), /is refused: it is not JSON/],
    ['not a plan', async (file: string) => writeFile(file, '{"hello": 1}'), /is refused: it is not a lambda-layers plan file/],
    ['another format version', async (file: string) => rewrite(file, { formatVersion: 2 }), /is refused: its format version is 2, this action reads 1/],
    ['another repository', async (file: string) => rewrite(file, { repository: 'someone/else' }), /is refused: it was made for repository someone\/else, this is acme\/monorepo/],
    ['a plan made without AWS', async (file: string) => rewrite(file, { awsConsulted: false }), /is refused: it was made without AWS credentials/],
  ])('refuses a plan file that is not this repository’s plan: %s', async (_name, spoil, message) => {
    expect((await plan()).code).toBe(0);
    await spoil(planFile);
    const before = changes();
    const deployed = await deploy();
    expect(deployed.code).toBe(1);
    expect(deployed.stdout).toMatch(message);
    expect(changes()).toBe(before);
  });

  it('refuses a plan of another configuration, and accepts one that differs only in comments and defaults', async () => {
    expect((await plan()).code).toBe(0);
    await repo.write({ 'lambda-layers.yml': `# reviewed\n${CONFIG.replace('    layers: [util]\n', '    layers: [util]\n    regions: [us-east-1]\n')}` });
    repo.commit('same configuration, written differently');
    const same = await deploy();
    expect(same.code, same.stdout).toBe(0);

    await repo.write({ 'lambda-layers.yml': CONFIG.replace('    layers: [util]\n', '    layers: [util]\n    alias: live\n') });
    repo.commit('worker gets an alias');
    const before = changes();
    const other = await deploy();
    expect(other.code).toBe(1);
    expect(other.stdout).toMatch(/is refused: it was made from another configuration \(lambda-layers.yml\) than lambda-layers.yml here/);
    expect(changes()).toBe(before);
  });

  it('refuses a missing plan file, saying to download the artifact', async () => {
    const deployed = await run({ eventName: 'push', ref: 'refs/tags/v1', inputs: { mode: 'deploy', 'plan-file': `${planFile}.missing` } });
    expect(deployed.code).toBe(1);
    expect(deployed.stdout).toMatch(/could not be read \(ENOENT\)\. Download the plan artifact/);
  });
});

async function rewrite(file: string, change: object): Promise<void> {
  await writeFile(file, JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), ...change }));
}
