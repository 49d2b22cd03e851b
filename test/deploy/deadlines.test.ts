// Every wait of a deploy ends: polls of an update in progress back off from 1 s to 5 s and give up at the deadline (5
// minutes for a function's change, 45 s for a restore), and an update refused as in progress is retried after a
// jittered back-off, five times at most. The waits run on a clock the test moves, so nothing here waits for them.
// dist/index.js, deploying while a function is deleted, restores the others and still writes its report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAwsClients } from '../../src/adapters/aws';
import { processExec } from '../../src/adapters/exec';
import { createGit } from '../../src/adapters/git';
import { deployFunctions } from '../../src/deploy/deploy';
import { startLambdaApi, type LambdaApi } from '../../src/local/lambda-api';
import { runPipeline } from '../../src/pipeline';
import { fakeClock } from '../support/clock';
import { localAwsEnv, restoreEnv } from '../support/env';
import { customRepo, UTIL } from '../support/fixtures';
import { memoryLogger } from '../support/logger';
import { manualRun } from '../support/pipeline';
import { cleanupRepos, createRepo } from '../support/repo';
import { runAction } from '../support/runner';
import { clientsFor, desired, layerArn, startServer, target } from './harness';

const FUNCTIONS = ['fn-1', 'fn-2', 'fn-3', 'fn-4'];
const vendor = 'arn:aws:lambda:us-east-1:999999999999:layer:vendor-tools:3';
const FILES = customRepo({ layers: { util: UTIL }, functions: Object.fromEntries(FUNCTIONS.map((name) => [name, ['util']])) });

const test = it.extend<{ lambda: LambdaApi }>({
  // eslint-disable-next-line no-empty-pattern
  lambda: async ({}, use) => {
    const api = await startLambdaApi({ updateMs: 200 });
    for (const name of FUNCTIONS) api.addFunction('us-east-1', { name, layers: [vendor] });
    await use(api);
    await api.close();
  },
});

/** The time at the end of each sleep, from the first sleep's start. */
const ends = (sleeps: number[]) => sleeps.map((_, i) => sleeps.slice(0, i + 1).reduce((sum, ms) => sum + ms, 0));

afterAll(cleanupRepos);

describe('deployFunctions on a clock the test moves', () => {
  it('polls an update in progress 1 s apart backing off to 5 s, gives up after 5 minutes, and its restore after 45 s', async () => {
    // The local API runs on real time: its updates end at once, but for the one a fault holds InProgress.
    const s = await startServer({ updateMs: 0 });
    s.addFunction('api', { layers: [layerArn('deps', 1)] });
    s.api.faults.push((c) => (c.op === 'UpdateFunctionConfiguration' ? { updateMs: Infinity } : undefined));
    const clock = fakeClock();
    const [plan] = await deployFunctions(clientsFor(s.url), [target('api', [desired('deps', 2)])], { concurrency: 1, dryRun: false, log: memoryLogger(), clock });
    await s.close();

    expect(plan.status).toBe('failed');
    expect(plan.error).toMatch(/^the update did not finish within 300 s .* could not be restored: ResourceConflictException: .* by hand/);
    expect(clock.sleeps.slice(0, 5)).toEqual([1000, 1000, 2000, 4000, 5000]);
    expect(Math.max(...clock.sleeps)).toBe(5000);
    // The update's waits end at 5 minutes exactly; the restore's, 45 s later.
    expect(ends(clock.sleeps)).toContain(300_000);
    expect(ends(clock.sleeps).at(-1)).toBe(345_000);
    expect(s.layersOf('api')).toEqual([layerArn('deps', 2)]);
  });

  it('retries an update refused as in progress after a jittered back-off, five times at most', async () => {
    const s = await startServer({ updateMs: 0 });
    s.addFunction('api', { layers: [layerArn('deps', 1)] });
    s.fault((c) => c.op === 'UpdateFunctionConfiguration', 409, 'ResourceConflictException');
    const clock = fakeClock(0.2);
    const [plan] = await deployFunctions(clientsFor(s.url), [target('api', [desired('deps', 2)])], { concurrency: 1, dryRun: false, log: memoryLogger(), clock });
    await s.close();

    expect(plan).toMatchObject({ status: 'failed', error: expect.stringContaining('ResourceConflictException') });
    expect(s.calls('UpdateFunctionConfiguration')).toHaveLength(6);
    // random() of the back-off, 250 ms doubled each time: 0.2 * 250 * 2^n.
    expect(clock.sleeps).toEqual([50, 100, 200, 400, 800]);
    expect(s.layersOf('api')).toEqual([layerArn('deps', 1)]);
  });
});

describe('a deploy run by the pipeline waits on the clock of its Deps', () => {
  const saved = { ...process.env };
  let lambda: LambdaApi;
  beforeAll(async () => {
    // Updates end at once: the local API runs on real time, which the deploy's 5 minutes on the fake clock outrun.
    lambda = await startLambdaApi({ updateMs: 0 });
    for (const name of FUNCTIONS) lambda.addFunction('us-east-1', { name, layers: [vendor] });
    Object.assign(process.env, localAwsEnv(lambda));
  });
  afterAll(async () => {
    restoreEnv(saved);
    await lambda.close();
  });

  it('an update that stays InProgress forever fails its function after 5 minutes; the others are restored', { timeout: 60_000 }, async () => {
    lambda.faults.push((c) => (c.op === 'UpdateFunctionConfiguration' && c.name === 'fn-2' ? { updateMs: Infinity } : undefined));
    const repo = await createRepo({ files: FILES });
    const clock = fakeClock();
    const request = manualRun(repo.dir, 'deploy', { concurrency: '1' });
    const plan = await runPipeline(request, {
      git: createGit(repo.dir),
      exec: processExec,
      aws: async () => createAwsClients({ concurrency: 1 }),
      log: memoryLogger(),
      clock,
    });
    const status = (key: string) => plan.functions.find((f) => f.key === key)!;

    expect(plan.layers.map((l) => l.status)).toEqual(['published']);
    expect(status('fn-2').status).toBe('failed');
    expect(status('fn-2').error).toMatch(/did not finish within 300 s/);
    expect(status('fn-2').error).toMatch(/by hand/);
    for (const name of ['fn-1', 'fn-3', 'fn-4']) expect(lambda.fn('us-east-1', name).layers).toEqual([vendor]);
    expect(ends(clock.sleeps)).toContain(300_000);
  });
});

describe('dist/index.js deploy while a function is deleted', () => {
  test('a function deleted mid-deploy fails alone, the others are restored, and the run ends with its report', { timeout: 60_000 }, async ({ lambda }) => {
    let deleted = false;
    lambda.faults.push((c) => {
      if (c.name !== 'fn-3' || !c.op.includes('Function')) return undefined;
      if (c.op === 'UpdateFunctionConfiguration') deleted = true;
      return deleted ? { status: 404, type: 'ResourceNotFoundException', message: `Function not found: arn:aws:lambda:us-east-1:123456789012:function:fn-3` } : undefined;
    });
    const repo = await createRepo({ files: FILES });
    const result = await runAction({
      cwd: repo.dir,
      sha: repo.head(),
      eventName: 'push',
      ref: 'refs/tags/v1.0.0',
      event: {},
      inputs: { concurrency: '1' },
      env: localAwsEnv(lambda),
    });
    const plan = JSON.parse(result.outputs.plan ?? '{}');
    const status = (key: string) => plan.functions?.find((f: { key: string }) => f.key === key);

    expect(result.code).toBe(1);
    expect(plan.mode).toBe('deploy');
    expect(status('fn-3')).toMatchObject({ status: 'failed' });
    expect(status('fn-3').error).toMatch(/no longer exists/);
    for (const name of ['fn-1', 'fn-2', 'fn-4']) expect(lambda.fn('us-east-1', name).layers).toEqual([vendor]);
    expect(result.summary).toContain('fn-3');
    expect(JSON.parse(result.outputs['updated-functions']!)).toEqual([]);
    // fn-3 is not polled once Lambda has said it is gone.
    expect(lambda.calls.filter((c) => c.name === 'fn-3' && c.status === 404).length).toBeLessThanOrEqual(3);
  });
});
