// A plan checks what a deploy checks, also while a managed layer has no version yet: it reads the function, counts
// its unmanaged layers towards Lambda's 5, matches runtime layers' architectures, and shows the whole resulting list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLambdaApi, type LambdaApi } from '../../src/local/lambda-api';
import { createAwsClients } from '../../src/adapters/aws';
import { processExec } from '../../src/adapters/exec';
import { createGit } from '../../src/adapters/git';
import { runPipeline } from '../../src/pipeline';
import { failuresOf } from '../../src/report/failures';
import { renderPlan } from '../../src/report/summary';
import type { Plan } from '../../src/types';
import { memoryLogger } from '../support/logger';
import { manualRun } from '../support/pipeline';
import { cleanupRepos, createRepo, type TempRepo } from '../support/repo';
import { localAwsEnv, restoreEnv } from '../support/env';

const VENDOR = 'arn:aws:lambda:us-east-1:464622532012:layer:Datadog-Extension:65';
const ours = (name: string, version: number | 'next') => `arn:aws:lambda:us-east-1:123456789012:layer:p-${name}:${version}`;
const KEYS = ['a', 'b', 'c', 'd', 'e'];

const CONFIG = `version: 1
layerPrefix: p-
regions: [us-east-1]
layers:
${KEYS.map((k) => `  ${k}:\n    type: custom\n    path: layers/${k}\n    build: mkdir -p out && cp f.txt out/\n    output: out\n`).join('')}  boot:
    type: runtime
    path: layers/boot
    build: mkdir -p out && cp bootstrap out/
    output: out
    architectures: [x86_64]
functions:
  crowded:
    layers: [a, b, c, d, e]
  worker:
    layers: [a, b]
  edge:
    layers: [boot]
`;

describe('plan mode before a managed layer has any version', () => {
  let repo: TempRepo;
  let lambda: LambdaApi;
  const saved = { ...process.env };

  beforeAll(async () => {
    repo = await createRepo({
      files: {
        '.gitignore': 'out/\n',
        'lambda-layers.yml': CONFIG,
        ...Object.fromEntries(KEYS.map((k) => [`layers/${k}/f.txt`, `${k}\n`])),
        'layers/boot/bootstrap': { content: '#!/bin/sh\necho hi\n', mode: 0o755 },
      },
    });
    lambda = await startLambdaApi();
    lambda.addFunction('us-east-1', { name: 'crowded', layers: [VENDOR] });
    lambda.addFunction('us-east-1', { name: 'worker', layers: [VENDOR] });
    lambda.addFunction('us-east-1', { name: 'edge', runtime: 'provided.al2023', architectures: ['arm64'] });
    Object.assign(process.env, localAwsEnv(lambda));
  });
  afterAll(async () => {
    restoreEnv(saved);
    await lambda.close();
    await cleanupRepos();
  });

  async function plan(inputs: Record<string, string> = {}): Promise<{ plan: Plan; log: ReturnType<typeof memoryLogger> }> {
    const log = memoryLogger();
    const result = await runPipeline(
      manualRun(repo.dir, 'plan', inputs),
      { git: createGit(repo.dir), exec: processExec, aws: async () => createAwsClients({ concurrency: 4 }), log },
    );
    return { plan: result, log };
  }

  const fn = (p: Plan, key: string) => p.functions.find((f) => f.key === key)!;

  it('refuses, as the deploy would, a function that would have 6 layers with its unmanaged one', async () => {
    const { plan: p } = await plan();
    expect(fn(p, 'crowded')).toMatchObject({ status: 'failed', oldLayers: [VENDOR] });
    expect(fn(p, 'crowded').error).toMatch(/^crowded \(us-east-1\) would have 6 layers \(Datadog-Extension:65, p-a \(new version\), .*\) but Lambda allows at most 5/);
    // The run fails with it, as the deploy would.
    expect(failuresOf(p)).toContainEqual(expect.stringMatching(/^A deploy would fail for function crowded \(us-east-1\): .*would have 6 layers/));
    expect(renderPlan(p)).toMatch(/❌ failed \| <code>crowded<\/code>/);
  });

  it('refuses a runtime layer built for another architecture than the function', async () => {
    const { plan: p } = await plan();
    expect(fn(p, 'edge')).toMatchObject({ status: 'failed' });
    expect(fn(p, 'edge').error).toMatch(/edge \(us-east-1\) runs on arm64 but runtime layer boot is built for x86_64/);
  });

  it('shows the whole resulting list: unmanaged layers in place, the pending ones as new versions', async () => {
    const { plan: p } = await plan();
    expect(fn(p, 'worker')).toMatchObject({
      status: 'would-update',
      oldLayers: [VENDOR],
      newLayers: [VENDOR, 'p-a (new version)', 'p-b (new version)'],
    });
  });

  it('previews a version still to publish as :next beside a layer that has none yet', async () => {
    lambda.calls.length = 0;
    const publish = await runPipeline(
      manualRun(repo.dir, 'publish', { layers: 'a' }),
      { git: createGit(repo.dir), exec: processExec, aws: async () => createAwsClients({ concurrency: 4 }), log: memoryLogger() },
    );
    expect(publish.layers.map((l) => l.status)).toEqual(['published']);
    await repo.write({ 'layers/a/f.txt': 'a2\n' });
    repo.commit('a2');
    const { plan: p } = await plan();
    expect(fn(p, 'worker')).toMatchObject({
      status: 'would-update',
      oldLayers: [VENDOR],
      newLayers: [VENDOR, ours('a', 'next'), 'p-b (new version)'],
    });
  });
});
