// dist/index.js deploying while a function is deleted, or while one update never finishes: the deploy restores what it
// can and still writes its summary and outputs and exits. Deadlines are shortened through the test-only environment
// override, so nothing here waits for the real ones.
import { afterAll, describe, expect, it } from 'vitest';
import { startLambdaApi, type LambdaApi } from '../../src/local/lambda-api';
import { cleanupRepos, createRepo } from '../support/repo';
import { runAction } from '../support/runner';

const FUNCTIONS = ['fn-1', 'fn-2', 'fn-3', 'fn-4'];
const vendor = 'arn:aws:lambda:us-east-1:999999999999:layer:vendor-tools:3';
const CONFIG = `version: 1
layerPrefix: t-
regions: [us-east-1]
layers:
  util:
    type: custom
    path: layers/util
    build: mkdir -p out && cp lib.txt out/
    output: out
functions:
${FUNCTIONS.map((name) => `  ${name}:\n    layers: [util]\n`).join('')}`;

const test = it.extend<{ lambda: LambdaApi }>({
  // eslint-disable-next-line no-empty-pattern
  lambda: async ({}, use) => {
    const api = await startLambdaApi({ updateMs: 200 });
    for (const name of FUNCTIONS) api.addFunction('us-east-1', { name, layers: [vendor] });
    await use(api);
    await api.close();
  },
});

async function deploy(lambda: LambdaApi) {
  const repo = await createRepo({ files: { '.gitignore': 'out/\n', 'lambda-layers.yml': CONFIG, 'layers/util/lib.txt': 'v1\n' } });
  const result = await runAction({
    cwd: repo.dir,
    sha: repo.head(),
    eventName: 'push',
    ref: 'refs/tags/v1.0.0',
    event: {},
    inputs: { concurrency: '1' },
    env: {
      AWS_ACCESS_KEY_ID: 'AKIDLOCAL',
      AWS_SECRET_ACCESS_KEY: 'local-secret',
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL: lambda.url,
      LAMBDA_LAYERS_TEST_DEADLINE_MS: '1500',
    },
  });
  const plan = JSON.parse(result.outputs.plan ?? '{}');
  const status = (key: string) => plan.functions?.find((f: { key: string }) => f.key === key);
  return { result, plan, status };
}

describe.concurrent('dist/index.js deploy deadlines', () => {
  afterAll(cleanupRepos);

  test('a function deleted mid-deploy fails alone, the others are restored, and the run ends with its report', { timeout: 60_000 }, async ({ lambda }) => {
    let deleted = false;
    lambda.faults.push((c) => {
      if (c.name !== 'fn-3' || !c.op.includes('Function')) return undefined;
      if (c.op === 'UpdateFunctionConfiguration') deleted = true;
      return deleted ? { status: 404, type: 'ResourceNotFoundException', message: `Function not found: arn:aws:lambda:us-east-1:123456789012:function:fn-3` } : undefined;
    });
    const { result, plan, status } = await deploy(lambda);

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

  test('an update that stays InProgress forever fails its function after the deadline; the others are restored', { timeout: 60_000 }, async ({ lambda }) => {
    lambda.faults.push((c) => (c.op === 'UpdateFunctionConfiguration' && c.name === 'fn-2' ? { updateMs: Infinity } : undefined));
    const { result, status } = await deploy(lambda);

    expect(result.code).toBe(1);
    expect(status('fn-2').status).toBe('failed');
    expect(status('fn-2').error).toMatch(/did not finish within 1\.5 s/);
    expect(status('fn-2').error).toMatch(/by hand/);
    for (const name of ['fn-1', 'fn-3', 'fn-4']) expect(lambda.fn('us-east-1', name).layers).toEqual([vendor]);
    expect(result.summary).toContain('fn-2');
    expect(result.outputs.plan).toBeDefined();
  });
});
