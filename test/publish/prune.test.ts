// keep-versions: planPrune with literal inputs, pruneVersions against the local Lambda API.
import { AddLayerVersionPermissionCommand, PublishVersionCommand, UpdateFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { planPrune, pruneVersions } from '../../src/publish/prune';
import { publishLayer } from '../../src/publish/publish';
import { memoryLogger } from '../support/logger';
import { ACCOUNT, COMMIT, layerArn, layerConfig, makeZip, REGION, useLocalAws } from './support';

const v = (version: number) => ({ arn: layerArn('deps', version), version });

describe('planPrune', () => {
  it('keeps the newest versions and spares older ones still in use', () => {
    const versions = [v(3), v(7), v(5), v(6), v(4)];
    expect(planPrune(versions, 2, new Set([layerArn('deps', 4)]))).toEqual({ remove: [v(5), v(3)], keptInUse: [v(4)] });
  });

  it('removes nothing when there are no more versions than kept', () => {
    expect(planPrune([v(1), v(2)], 2, new Set())).toEqual({ remove: [], keptInUse: [] });
    expect(planPrune([], 1, new Set())).toEqual({ remove: [], keptInUse: [] });
  });
});

const start = useLocalAws();

async function publishVersions(count: number) {
  const env = await start();
  const layer = layerConfig();
  for (let i = 1; i <= count; i++) {
    const fingerprint = String(i).padStart(64, '0');
    await publishLayer(env.aws, REGION, layer, await makeZip({ 'nodejs/a.js': `v${i}` }), { fingerprint, commit: COMMIT, log: memoryLogger() });
  }
  // Only the calls of the test itself count.
  env.api.calls.length = 0;
  return env;
}

describe('pruneVersions', () => {
  it('deletes all but the newest, sparing versions a function version uses, across pages of both lists', async () => {
    const { api, aws } = await publishVersions(55);
    const acme = (version: number) => layerArn('acme-deps', version);
    // 60 functions so that the ones that matter are on ListFunctions' second page.
    for (let i = 0; i < 60; i++) api.addFunction(REGION, { name: `fn-${String(i).padStart(2, '0')}` });
    api.addFunction(REGION, { name: 'zz-api', layers: [acme(2)] });
    api.addFunction(REGION, { name: 'zz-worker', layers: [acme(1)] });
    const lambda = aws.lambda(REGION);
    // zz-worker's published version 1 keeps layer version 1; its $LATEST moves on to version 54.
    await lambda.send(new PublishVersionCommand({ FunctionName: 'zz-worker' }));
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'zz-worker', Layers: [acme(54)] }));

    // A fingerprint record on the newest version: pruning deletes versions, never statements.
    const record = { LayerName: 'acme-deps', VersionNumber: 55, Action: 'lambda:GetLayerVersion', StatementId: `src-sha256-${'c'.repeat(64)}`, Principal: ACCOUNT };
    await lambda.send(new AddLayerVersionPermissionCommand(record));

    const log = memoryLogger();
    const result = await pruneVersions(aws, REGION, 'acme-deps', 3, log);
    expect(api.layerVersions(REGION, 'acme-deps').at(-1)!.policy.statements.map((st) => st.Sid)).toEqual([record.StatementId]);

    expect(result.keptInUse).toEqual([acme(2), acme(1)]);
    expect(result.pruned).toHaveLength(50);
    expect(result.pruned[0]).toBe(acme(52));
    const alive = api.layerVersions(REGION, 'acme-deps').filter((l) => !l.deleted).map((l) => l.version);
    expect(alive).toEqual([1, 2, 53, 54, 55]);
    expect(log.text()).toContain(`kept acme-deps:1, still used by zz-worker:1.`);
    expect(log.text()).toContain(`kept acme-deps:2, still used by zz-api:$LATEST.`);
    expect(log.text()).toMatch(/deleted acme-deps:52, acme-deps:51, .* \(keep-versions: 3\)/);
    expect(api.calls.filter((c) => c.op === 'ListLayerVersions').length).toBe(2);
    expect(api.calls.filter((c) => c.op === 'ListFunctions').map((c) => c.query.FunctionVersion)).toEqual(['ALL', 'ALL']);
  });

  it('does not list functions when nothing is beyond keep-versions', async () => {
    const { api, aws } = await publishVersions(2);
    expect(await pruneVersions(aws, REGION, 'acme-deps', 2, memoryLogger())).toEqual({ pruned: [], keptInUse: [] });
    expect(api.calls.filter((c) => c.op === 'ListFunctions')).toEqual([]);
  });

  it('warns with the missing permission instead of failing the published layer', async () => {
    const { api, aws } = await publishVersions(3);
    api.faults.push((c) => (c.op === 'ListFunctions' ? { status: 403, type: 'AccessDeniedException', message: 'not authorized' } : undefined));
    const log = memoryLogger();
    expect(await pruneVersions(aws, REGION, 'acme-deps', 1, log)).toEqual({ pruned: [], keptInUse: [] });
    expect(log.text('warning')).toContain('Old versions of acme-deps in us-east-1 were not pruned: lambda:ListFunctions on the functions in us-east-1 failed');
    expect(log.text('warning')).toContain('Allow lambda:ListFunctions');
    expect(api.calls.filter((c) => c.op === 'DeleteLayerVersion')).toEqual([]);
  });

  it('reports the deletions that failed and keeps those that succeeded', async () => {
    const { api, aws } = await publishVersions(4);
    let denied = 0;
    api.faults.push((c) => (c.op === 'DeleteLayerVersion' && denied++ === 0 ? { status: 403, type: 'AccessDeniedException', message: 'no' } : undefined));
    const log = memoryLogger();
    const result = await pruneVersions(aws, REGION, 'acme-deps', 2, log);
    expect(result.pruned).toHaveLength(1);
    expect(log.text('warning')).toMatch(/1 old version\(s\) of acme-deps in us-east-1 were not deleted: lambda:DeleteLayerVersion on .* failed: AccessDeniedException/);
  });
});
