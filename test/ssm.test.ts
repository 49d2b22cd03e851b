// `ssm.prefix` through the action's run (in this process: runInProcess) against the local Lambda API (which also
// serves SSM): each layer's current version ARN kept in `<prefix>/<layer key>`, written only when it changes, previewed
// by plans, and a refused write failing the step with the permission to grant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/load';
import { startLambdaApi, type LambdaApi } from '../src/local/lambda-api';
import { runInProcess, type RunOptions } from './support/runner';
import { cleanupRepos, createRepo, type TempRepo } from './support/repo';
import { localAwsEnv, NOT_ISOLATED } from './support/env';
import { customRepo, UTIL } from './support/fixtures';

const REPO = { layers: { util: UTIL }, regions: ['us-east-1', 'eu-west-1'], extra: 'ssm:\n  prefix: /lambda-layers\n' };

const ARN = (region: string, version: number | 'next') => `arn:aws:lambda:${region}:123456789012:layer:t-util:${version}`;

describe('ssm.prefix through the action', () => {
  let repo: TempRepo;
  let lambda: LambdaApi;

  beforeAll(async () => {
    repo = await createRepo({ files: customRepo(REPO) });
    lambda = await startLambdaApi();
  });
  afterAll(async () => {
    await lambda.close();
    await cleanupRepos();
  });

  const run = (options: Partial<RunOptions> = {}) =>
    runInProcess({
      cwd: repo.dir,
      sha: repo.head(),
      eventName: 'push',
      ref: 'refs/heads/main',
      event: { before: '0'.repeat(40), after: repo.head(), repository: { default_branch: 'main' } },
      ...options,
      inputs: { ...NOT_ISOLATED, ...options.inputs },
      env: localAwsEnv(lambda),
    });
  const ok = async (options: Partial<RunOptions> = {}) => {
    const result = await run(options);
    if (result.code !== 0) throw new Error(`action failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
    return result;
  };
  const ssmCalls = (op: string) => lambda.calls.filter((c) => c.op === op);
  const planOf = (result: { outputs: Record<string, string> }) => JSON.parse(result.outputs.plan);

  it('a plan before the first publish previews the parameters and writes none', async () => {
    const result = await ok({ inputs: { mode: 'plan' } });
    const regions = planOf(result).layers[0].regions;
    expect(regions.map((r: any) => r.ssm)).toEqual([
      { name: '/lambda-layers/util', status: 'would-update' },
      { name: '/lambda-layers/util', status: 'would-update' },
    ]);
    expect(result.summary).toContain('#### SSM parameters');
    expect(result.summary).toContain('| would-update | <code>/lambda-layers/util</code> | eu-west-1 | none → new version |');
    expect(ssmCalls('PutParameter')).toEqual([]);
  });

  it('publishing writes the new version ARN in every region, as a String with the fingerprint in its description', async () => {
    const result = await ok();
    const layer = planOf(result).layers[0];
    expect(layer.status).toBe('published');
    for (const region of ['us-east-1', 'eu-west-1']) {
      const parameter = lambda.parameter(region, '/lambda-layers/util');
      expect(parameter).toMatchObject({ value: ARN(region, 1), type: 'String', version: 1 });
      expect(parameter!.description).toContain(`src-sha256:${layer.fingerprint}`);
    }
    expect(layer.regions[0].ssm).toEqual({ name: '/lambda-layers/util', to: ARN('us-east-1', 1), status: 'updated' });
  });

  it('a re-run reads the parameters and leaves them alone', async () => {
    const puts = ssmCalls('PutParameter').length;
    const gets = ssmCalls('GetParameter').length;
    const result = await ok({ event: { before: repo.head(), after: repo.head() } });
    expect(planOf(result).layers[0].status).toBe('unchanged');
    expect(ssmCalls('GetParameter').length).toBe(gets + 2);
    expect(ssmCalls('PutParameter').length).toBe(puts);
    expect(lambda.parameter('us-east-1', '/lambda-layers/util')!.version).toBe(1);
    expect(result.summary).not.toContain('#### SSM parameters');
  });

  it('an unchanged layer puts back a parameter someone changed', async () => {
    lambda.putParameter('eu-west-1', '/lambda-layers/util', 'arn:aws:lambda:eu-west-1:123456789012:layer:t-util:99');
    const result = await ok({ event: { before: repo.head(), after: repo.head() } });
    const layer = planOf(result).layers[0];
    expect(layer.status).toBe('unchanged');
    expect(layer.regions[1].ssm).toMatchObject({ status: 'updated', from: ARN('eu-west-1', 99), to: ARN('eu-west-1', 1) });
    expect(lambda.parameter('eu-west-1', '/lambda-layers/util')!.value).toBe(ARN('eu-west-1', 1));
    expect(lambda.parameter('us-east-1', '/lambda-layers/util')!.version).toBe(1);
  });

  it('a plan for a changed layer shows the move to the next version without writing', async () => {
    await repo.write({ 'layers/util/lib.txt': 'v2\n' });
    repo.commit('util v2');
    const puts = ssmCalls('PutParameter').length;
    const result = await ok({ inputs: { mode: 'plan' } });
    expect(planOf(result).layers[0].regions[0].ssm).toEqual({
      name: '/lambda-layers/util',
      from: ARN('us-east-1', 1),
      to: ARN('us-east-1', 'next'),
      status: 'would-update',
    });
    expect(result.summary).toContain('| would-update | <code>/lambda-layers/util</code> | us-east-1 | t-util:1 → t-util (new version) |');
    expect(ssmCalls('PutParameter').length).toBe(puts);
  });

  it('a refused write fails the step and names the permission on the parameter', async () => {
    lambda.faults.push((c) => (c.op === 'PutParameter' && c.region === 'eu-west-1' ? { status: 400, type: 'AccessDeniedException', message: 'User: arn:aws:sts::123456789012:assumed-role/ci is not authorized to perform: ssm:PutParameter' } : undefined));
    const result = await run();
    lambda.faults.length = 0;
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'ssm:PutParameter on arn:aws:ssm:eu-west-1:123456789012:parameter/lambda-layers/util failed: AccessDeniedException',
    );
    expect(result.stdout).toContain('Allow ssm:PutParameter on it');
    const layer = planOf(result).layers[0];
    expect(layer.status).toBe('failed');
    expect(layer.regions[1].ssm.status).toBe('failed');
    // The other region was written; the refused one still holds the previous version.
    expect(lambda.parameter('us-east-1', '/lambda-layers/util')!.value).toBe(ARN('us-east-1', 2));
    expect(lambda.parameter('eu-west-1', '/lambda-layers/util')!.value).toBe(ARN('eu-west-1', 1));

    // The re-run, once allowed, finds the published version by fingerprint and converges.
    const rerun = await ok();
    expect(planOf(rerun).layers[0].status).toBe('unchanged');
    expect(lambda.parameter('eu-west-1', '/lambda-layers/util')!.value).toBe(ARN('eu-west-1', 2));
  });
});

describe('ssm in lambda-layers.yml', () => {
  const config = (ssm: string) => `version: 1\nregions: [us-east-1]\n${ssm}layers:\n  a:\n    type: custom\n    path: a\n    build: make\n    output: out\n`;

  it('reads the prefix', async () => {
    const { config: parsed } = await parseConfig(config('ssm:\n  prefix: /teams/layers\n'), 'lambda-layers.yml', { repoRoot: '.', checkPaths: false });
    expect(parsed?.ssm).toEqual({ prefix: '/teams/layers' });
  });

  it('refuses a prefix that does not start with / and unknown keys, located', async () => {
    const { problems } = await parseConfig(config('ssm:\n  prefix: layers\n  prefx: /x\n'), 'lambda-layers.yml', { repoRoot: '.', checkPaths: false });
    expect(problems.map((p) => `${p.line} ${p.key}: ${p.message}`)).toEqual([
      "4 ssm.prefix: 'layers' is not valid here (start with '/', then letters, digits and _.-/).",
      "5 ssm.prefx: unknown key 'prefx'; did you mean 'prefix'? Valid keys: prefix.",
    ]);
  });
});
