// A fingerprint scheme change (a new BUILDER_VERSION, new input rules) changes every fingerprint but no zip: it must
// cost each layer one rebuild and no new version, the rebuild recording the new fingerprint on the version it
// matched, so that a later run, from another clone, builds nothing. The scheme change is simulated by salting every
// fingerprint, through the module the detect stage takes it from. The tests share their workers' modules
// (isolate: false), so the pipeline is imported afresh with the mock, and the mock is removed after the file.
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createAwsClients } from '../../src/adapters/aws';
import { processExec } from '../../src/adapters/exec';
import { createGit } from '../../src/adapters/git';
import { memoryLogger } from '../support/logger';
import { manualRun } from '../support/pipeline';
import { cleanupRepos, createRepo, type TempRepo } from '../support/repo';
import { REGION, UTIL_CONFIG, useLocalAws } from './support';

const scheme = { salt: '' };
vi.resetModules();
vi.doMock('../../src/detect/fingerprint', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/detect/fingerprint')>();
  return {
    ...original,
    fingerprint: (...args: Parameters<typeof original.fingerprint>) => {
      const fingerprint = original.fingerprint(...args);
      return scheme.salt ? createHash('sha256').update(`${scheme.salt} ${fingerprint}`).digest('hex') : fingerprint;
    },
  };
});

const { runPipeline } = await import('../../src/pipeline');
const start = useLocalAws();
afterAll(async () => {
  vi.doUnmock('../../src/detect/fingerprint');
  vi.resetModules();
  await cleanupRepos();
});

async function publish(repo: TempRepo) {
  const log = memoryLogger();
  const plan = await runPipeline(manualRun(repo.dir, 'publish', { mode: 'publish' }), {
    git: createGit(repo.dir),
    exec: processExec,
    aws: async () => createAwsClients({ concurrency: 4 }),
    log,
  });
  return { layer: plan.layers[0], log };
}

describe('a fingerprint scheme change', () => {
  it('costs each layer one rebuild and no new version; a fresh clone then builds nothing', { timeout: 60_000 }, async () => {
    const { api } = await start();
    const repo = await createRepo({ files: { '.gitignore': 'out/\n', 'lambda-layers.yml': UTIL_CONFIG, 'layers/util/lib.txt': 'v1\n' } });
    const first = await publish(repo);
    expect(first.layer).toMatchObject({ status: 'published', regions: [{ arn: `arn:aws:lambda:${REGION}:123456789012:layer:t-util:1` }] });

    scheme.salt = 'scheme 2';
    const rebuilt = await publish(repo);
    expect(rebuilt.layer.fingerprint).not.toBe(first.layer.fingerprint);
    expect(rebuilt.layer).toMatchObject({ status: 'reused', regions: [{ arn: first.layer.regions[0].arn, sameZip: true }] });
    expect(rebuilt.layer.zip).toBeDefined();
    const [version] = api.layerVersions(REGION, 't-util');
    expect(api.layerVersions(REGION, 't-util')).toHaveLength(1);
    expect(version.policy.statements.map((s) => s.Sid)).toEqual([`src-sha256-${rebuilt.layer.fingerprint}`]);

    const clone = await repo.clone();
    const after = await publish(clone);
    expect(after.layer).toMatchObject({ status: 'unchanged', fingerprint: rebuilt.layer.fingerprint, regions: [{ arn: first.layer.regions[0].arn, sameZip: true }] });
    expect(after.layer.zip).toBeUndefined();
    expect(after.log.text()).toContain('unchanged (same zip as t-util:1, recorded on it)');
    expect(api.layerVersions(REGION, 't-util')).toHaveLength(1);
  });
});
