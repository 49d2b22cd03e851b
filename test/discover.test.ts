// `discover: true` through the action's run (in this process: runInProcess) against the local Lambda API, which
// pages ListFunctions at 50: functions nobody listed that use a managed layer are warned about (without discover),
// shown as discovered in plans and rewired by deploys with the same merge and rollback as configured ones.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLambdaApi } from '../src/local/lambda-api';
import { runInProcess, type RunOptions } from './support/runner';
import { cleanupRepos, createRepo, tempDir, type TempRepo } from './support/repo';
import { localAwsEnv, NOT_ISOLATED } from './support/env';
import { customConfig, customRepo, TWO_LAYERS } from './support/fixtures';

/** The two layers; only `api` is listed in functions. */
const REPO = { ...TWO_LAYERS, functions: { api: ['tools', 'util'] } };
const VENDOR = 'arn:aws:lambda:us-east-1:999999999999:layer:vendor:3';
const arn = (name: string, version: number | string) => `arn:aws:lambda:us-east-1:123456789012:layer:${name}:${version}`;
/** More than one ListFunctions page (50) of functions nobody listed. */
const UNLISTED = Array.from({ length: 60 }, (_, i) => `svc-${String(i).padStart(2, '0')}`);

describe('discover: functions that use a managed layer but are not in functions', () => {
  let repo: TempRepo;
  let lambda: Awaited<ReturnType<typeof startLambdaApi>>;

  const run = async (options: Omit<RunOptions, 'cwd'>) => {
    const result = await runInProcess({
      cwd: repo.dir,
      sha: repo.head(),
      ...options,
      inputs: { ...NOT_ISOLATED, ...options.inputs },
      env: localAwsEnv(lambda),
    });
    return { ...result, plan: result.outputs.plan ? JSON.parse(result.outputs.plan) : undefined };
  };
  const mode = (m: string) => run({ eventName: 'push', ref: 'refs/heads/main', inputs: { mode: m } });
  const listCalls = () => lambda.calls.filter((c) => c.op === 'ListFunctions');

  beforeAll(async () => {
    repo = await createRepo({ files: customRepo(REPO) });
    // Updates finish at once: 60 functions are rewired, and the waits are test/deploy's to test.
    lambda = await startLambdaApi({ updateMs: 0 });
    lambda.addFunction('us-east-1', { name: 'api' });
    expect((await mode('publish')).code).toBe(0);
    for (const name of UNLISTED) lambda.addFunction('us-east-1', { name, layers: [VENDOR, arn('t-util', 1)], environment: { NAME: name } });
    lambda.addFunction('us-east-1', { name: 'toolbox', layers: [arn('t-tools', 1)] });
    lambda.addFunction('us-east-1', { name: 'unrelated', layers: [VENDOR] });
    await repo.write({ 'layers/util/lib.txt': 'v2\n' });
    repo.commit('util v2');
  });
  afterAll(async () => {
    await lambda.close();
    await cleanupRepos();
  });

  it('without discover, a plan warns about them (ten names and how many more), reading every page', async () => {
    const before = listCalls().length;
    const planned = await mode('plan');
    expect(planned.code, planned.stdout).toBe(0);
    const warning = planned.stdout.split('\n').find((l) => l.startsWith('::warning::61 functions not in lambda-layers.yml'));
    expect(warning, planned.stdout).toBeDefined();
    expect(warning).toContain(`${UNLISTED.slice(0, 10).map((n) => `${n} (us-east-1)`).join(', ')} and 51 more.`);
    expect(warning).toContain("'discover: true'");
    // 63 functions: two pages, the second asked for with the first page's marker.
    const pages = listCalls().slice(before);
    expect(pages).toHaveLength(2);
    expect(pages[1].query.Marker).toBeTruthy();
    expect(planned.plan.functions.map((f: any) => f.key)).toEqual(['api']);
  });

  it('without discover, a deploy leaves them alone', async () => {
    const deployed = await mode('deploy');
    expect(deployed.code, deployed.stdout).toBe(0);
    expect(JSON.parse(deployed.outputs['updated-functions'])).toEqual(['api']);
    expect(lambda.fn('us-east-1', 'svc-59').layers).toEqual([VENDOR, arn('t-util', 1)]);
  });

  it('with discover, a plan shows them as discovered with their current layers', async () => {
    await repo.write({ 'lambda-layers.yml': customConfig(REPO).replace('functions:', 'discover: true\nfunctions:'), 'layers/util/lib.txt': 'v3\n' });
    repo.commit('discover, util v3');
    const planned = await mode('plan');
    expect(planned.code, planned.stdout).toBe(0);
    expect(planned.stdout).not.toContain('not in lambda-layers.yml');
    const discovered = planned.plan.functions.filter((f: any) => f.discovered);
    expect(discovered.map((f: any) => f.name).sort()).toEqual([...UNLISTED, 'toolbox'].sort());
    expect(discovered.find((f: any) => f.name === 'svc-55')).toMatchObject({
      status: 'would-update',
      oldLayers: [VENDOR, arn('t-util', 1)],
      newLayers: [VENDOR, arn('t-util', 'next')],
    });
    expect(discovered.find((f: any) => f.name === 'toolbox')).toMatchObject({ status: 'unchanged', oldLayers: [arn('t-tools', 1)] });
    expect(planned.plan.functions.find((f: any) => f.name === 'unrelated')).toBeUndefined();
    expect(planned.summary).toContain('<code>svc-55</code> (discovered)');
    expect(planned.summary).toContain('<code>toolbox</code> (us-east-1, discovered)');
  });

  it('with discover, a deploy that fails on one discovered function restores the others', async () => {
    expect((await mode('publish')).code).toBe(0);
    const fault = (c: any) =>
      c.op === 'UpdateFunctionConfiguration' && c.name === 'svc-30' ? { status: 400, type: 'InvalidParameterValueException' } : undefined;
    lambda.faults.push(fault);
    try {
      const deployed = await mode('deploy');
      expect(deployed.code).toBe(1);
      expect(deployed.plan.functions.find((f: any) => f.name === 'svc-30')).toMatchObject({ status: 'failed', discovered: true });
      for (const name of UNLISTED) expect(lambda.fn('us-east-1', name).layers, name).toEqual([VENDOR, arn('t-util', 1)]);
      expect(lambda.fn('us-east-1', 'api').layers).toEqual([arn('t-tools', 1), arn('t-util', 2)]);
    } finally {
      lambda.faults.splice(lambda.faults.indexOf(fault), 1);
    }
  });

  it('with discover, a deploy rewires every one of them in place, keeping their other layers and settings', async () => {
    const deployed = await mode('deploy');
    expect(deployed.code, deployed.stdout).toBe(0);
    expect(JSON.parse(deployed.outputs['updated-functions']).sort()).toEqual(['api', ...UNLISTED].sort());
    for (const name of UNLISTED) {
      expect(lambda.fn('us-east-1', name).layers, name).toEqual([VENDOR, arn('t-util', 3)]);
      expect(lambda.fn('us-east-1', name).environment).toEqual({ NAME: name });
    }
    expect(lambda.fn('us-east-1', 'api').layers).toEqual([arn('t-tools', 1), arn('t-util', 3)]);
    expect(lambda.fn('us-east-1', 'toolbox').layers).toEqual([arn('t-tools', 1)]);
    expect(lambda.fn('us-east-1', 'unrelated').layers).toEqual([VENDOR]);
    expect(deployed.summary).toContain('<code>svc-00</code> (discovered)');
  });

  it('a saved plan holds the discovered functions, and one discovered after the plan is named as drift', async () => {
    const planFile = path.join(await tempDir('lla-plan-'), 'plan.json');
    expect((await run({ eventName: 'pull_request', ref: 'refs/pull/9/merge', inputs: { mode: 'plan', comment: 'false', 'plan-file': planFile } })).code).toBe(0);
    const saved = JSON.parse(await readFile(planFile, 'utf8'));
    expect(saved.functions.find((f: any) => f.name === 'svc-07')).toEqual({
      key: 'svc-07',
      name: 'svc-07',
      region: 'us-east-1',
      discovered: true,
      currentLayers: [VENDOR, arn('t-util', 3)],
      newLayers: [VENDOR, arn('t-util', 3)],
    });
    lambda.addFunction('us-east-1', { name: 'late', layers: [arn('t-util', 2)] });
    const deployed = await run({ eventName: 'push', ref: 'refs/tags/v1', inputs: { mode: 'deploy', 'plan-file': planFile } });
    expect(deployed.code).toBe(1);
    expect(deployed.stdout).toMatch(/late \(us-east-1\) failed: drifted: it is not in the saved plan; plan again to include it\./);
    expect(lambda.fn('us-east-1', 'late').layers).toEqual([arn('t-util', 2)]);
  });

  it('with discover, a deploy that may not list functions fails naming lambda:ListFunctions', async () => {
    const fault = (c: any) => (c.op === 'ListFunctions' ? { status: 403, type: 'AccessDeniedException' } : undefined);
    lambda.faults.push(fault);
    try {
      const deployed = await mode('deploy');
      expect(deployed.code).toBe(1);
      expect(deployed.stdout).toMatch(/Could not list the functions of us-east-1 .*AccessDeniedException.* Allow the deploy role lambda:ListFunctions \('discover' needs it\)/);
    } finally {
      lambda.faults.splice(lambda.faults.indexOf(fault), 1);
    }
  });
});
