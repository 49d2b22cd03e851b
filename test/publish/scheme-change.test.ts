// A fingerprint scheme change (a new BUILDER_VERSION, new input rules) changes every fingerprint but no zip: it must
// cost each layer one rebuild and no new version, the rebuild recording the new fingerprint on the version it
// matched, so that a later run, from another clone, builds nothing. The layer's only version is made as an earlier
// scheme would have left it: the same zip and metadata, a Description carrying another fingerprint.
import { DeleteLayerVersionCommand, PublishLayerVersionCommand } from '@aws-sdk/client-lambda';
import { afterAll, describe, expect, it } from 'vitest';
import { createAwsClients } from '../../src/adapters/aws';
import { processExec } from '../../src/adapters/exec';
import { createGit } from '../../src/adapters/git';
import { runPipeline } from '../../src/pipeline';
import { formatDescription } from '../../src/publish/description';
import { memoryLogger } from '../support/logger';
import { manualRun } from '../support/pipeline';
import { cleanupRepos, createRepo, type TempRepo } from '../support/repo';
import { REGION, useLocalAws } from './support';
import { customRepo, UTIL } from '../support/fixtures';

const start = useLocalAws();
afterAll(cleanupRepos);

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
    const { api, aws } = await start();
    const repo = await createRepo({ files: customRepo({ layers: { util: UTIL } }) });
    const first = await publish(repo);
    expect(first.layer).toMatchObject({ status: 'published', regions: [{ arn: `arn:aws:lambda:${REGION}:123456789012:layer:t-util:1` }] });

    // The version as the previous scheme published it: this zip, under a fingerprint the current scheme never gives.
    const [v1] = api.layerVersions(REGION, 't-util');
    const lambda = aws.lambda(REGION);
    const older = await lambda.send(
      new PublishLayerVersionCommand({
        LayerName: 't-util',
        Description: formatDescription({ fingerprint: '0'.repeat(64), commit: repo.head() }),
        Content: { ZipFile: v1.zip },
        CompatibleArchitectures: ['x86_64'],
      }),
    );
    await lambda.send(new DeleteLayerVersionCommand({ LayerName: 't-util', VersionNumber: 1 }));

    const rebuilt = await publish(repo);
    expect(rebuilt.layer).toMatchObject({ status: 'reused', fingerprint: first.layer.fingerprint, regions: [{ arn: older.LayerVersionArn, sameZip: true }] });
    expect(rebuilt.layer.zip).toBeDefined();
    const live = api.layerVersions(REGION, 't-util').filter((v) => !v.deleted);
    expect(live.map((v) => v.arn)).toEqual([older.LayerVersionArn]);
    expect(live[0].policy.statements.map((s) => s.Sid)).toEqual([`src-sha256-${first.layer.fingerprint}`]);

    const clone = await repo.clone();
    const after = await publish(clone);
    expect(after.layer).toMatchObject({ status: 'unchanged', fingerprint: first.layer.fingerprint, regions: [{ arn: older.LayerVersionArn, sameZip: true }] });
    expect(after.layer.zip).toBeUndefined();
    expect(after.log.text()).toContain('unchanged (same zip as t-util:2, recorded on it)');
    expect(api.layerVersions(REGION, 't-util').filter((v) => !v.deleted)).toHaveLength(1);
  });
});
