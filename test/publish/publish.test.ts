// createLayerLookup and publishLayer through the action's own clients (AWS_ENDPOINT_URL) against the local Lambda API.
import { AddLayerVersionPermissionCommand, GetLayerVersionPolicyCommand } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import type { AwsClients } from '../../src/adapters/aws';
import type { Clock } from '../../src/clock';
import { createLayerLookup, publishLayer, shareVersions, type LayerLookup } from '../../src/publish/publish';
import { parseDescription } from '../../src/publish/description';
import type { LayerConfig, LayerRegionState, ZipInfo } from '../../src/types';
import { fakeClock } from '../support/clock';
import { memoryLogger } from '../support/logger';
import { ACCOUNT, bigZip, COMMIT, FP_A, FP_B, layerArn, layerConfig, makeZip, REGION, useLocalAws } from './support';

const start = useLocalAws();

/** One layer's lookup, as a run of the action makes it (a fresh listing). */
const lookupLayer = (aws: AwsClients, region: string, layerName: string, fingerprint: string) => createLayerLookup(aws)(region, layerName, fingerprint, memoryLogger());

/**
 * What the pipeline does per layer and region: look up, then publish unless a version carries the fingerprint; then
 * reconcile shareWith on the current version (only list what is missing with `dryRun`).
 */
async function run(
  aws: AwsClients,
  layer: LayerConfig,
  zip: ZipInfo,
  fingerprint: string,
  opts: { region?: string; s3Bucket?: string; dryRun?: boolean; force?: boolean; clock?: Clock } = {},
) {
  const region = opts.region ?? REGION;
  const log = memoryLogger();
  const lookup: LayerLookup = await createLayerLookup(aws)(region, layer.layerName, fingerprint, log);
  const state: LayerRegionState = { region, status: 'unchanged', arn: lookup.match?.arn };
  const result =
    lookup.match && !opts.force
      ? undefined
      : await publishLayer(aws, region, layer, zip, { fingerprint, commit: COMMIT, latest: lookup.latest, force: opts.force, s3Bucket: opts.s3Bucket, log, clock: opts.clock });
  if (result) Object.assign(state, result);
  await shareVersions(aws, layer, [state], { dryRun: opts.dryRun ?? false, log });
  return { lookup, result, log, state };
}

async function statements(aws: AwsClients, version: number) {
  const policy = await aws.lambda(REGION).send(new GetLayerVersionPolicyCommand({ LayerName: 'acme-deps', VersionNumber: version }));
  return JSON.parse(policy.Policy!).Statement as { Sid: string }[];
}

describe('createLayerLookup and publishLayer', () => {
  it('publishes the first version with the fingerprint, the commit and the layer metadata', async () => {
    const { api, aws } = await start();
    const layer = layerConfig({ description: 'Shared npm deps', license: 'MIT', runtimes: ['nodejs22.x', 'nodejs24.x'] });
    const zip = await makeZip({ 'nodejs/node_modules/x/index.js': 'module.exports = 1;\n' });
    const { lookup, result } = await run(aws, layer, zip, FP_A);

    expect(lookup).toEqual({ latest: undefined, match: undefined });
    expect(result).toEqual({ status: 'published', arn: layerArn('acme-deps', 1), previousCodeSize: undefined });
    const [stored] = api.layerVersions(REGION, 'acme-deps');
    expect(stored).toMatchObject({ runtimes: ['nodejs22.x', 'nodejs24.x'], architectures: ['arm64'], license: 'MIT', codeSha256: zip.codeSha256 });
    expect(stored.description).toBe(`Shared npm deps src-sha256:${FP_A} commit:${COMMIT.slice(0, 12)}`);
    // No layer of that name in the listing: nothing more to ask before publishing. After it, one look for a
    // duplicate published by a concurrent run.
    expect(api.calls.map((c) => c.op)).toEqual(['ListLayers', 'PublishLayerVersion', 'ListLayerVersions']);
    expect(api.calls[0].query.MaxItems).toBe('50');
    expect(api.calls[1].body.Content).toEqual({ ZipFile: `(${zip.size} bytes)` });
  });

  it('re-run: one ListLayers page per region for every layer, and nothing published', async () => {
    const { api, aws } = await start();
    const layers = [layerConfig(), layerConfig({ key: 'tools', layerName: 'acme-tools' })];
    const regions = [REGION, 'eu-west-1'];
    const zip = await makeZip({ 'nodejs/a.js': 'a' });
    for (const layer of layers) for (const region of regions) await run(aws, layer, zip, FP_A, { region });
    const before = api.calls.length;

    const lookup = createLayerLookup(aws);
    for (const layer of layers) {
      for (const region of regions) {
        expect(await lookup(region, layer.layerName, FP_A, memoryLogger())).toEqual({
          latest: { arn: layerArn(layer.layerName, 1, region), version: 1, description: expect.stringContaining(FP_A) },
          match: { arn: layerArn(layer.layerName, 1, region), version: 1 },
        });
      }
    }
    const rerun = api.calls.slice(before);
    expect(rerun.map((c) => [c.op, c.region])).toEqual(regions.map((r) => ['ListLayers', r]));
  });

  it('pages through more than 50 layers and finds each one on its newest version', async () => {
    const { api, aws } = await start();
    const names = Array.from({ length: 120 }, (_, i) => `acme-${String(i).padStart(3, '0')}`);
    const [zipA, zipB] = [await makeZip({ 'nodejs/a.js': 'a' }), await makeZip({ 'nodejs/a.js': 'b' })];
    for (const name of names) {
      for (const [zip, fingerprint] of [[zipA, FP_A], [zipB, FP_B]] as const) {
        await publishLayer(aws, REGION, layerConfig({ layerName: name }), zip, { fingerprint, commit: COMMIT, log: memoryLogger() });
      }
    }
    const before = api.calls.length;
    const lookup = createLayerLookup(aws);
    const found = await Promise.all(names.map((name) => lookup(REGION, name, FP_B, memoryLogger())));
    expect(found.map((f) => f.match?.arn)).toEqual(names.map((name) => layerArn(name, 2)));
    const calls = api.calls.slice(before);
    expect(calls.map((c) => c.op)).toEqual(['ListLayers', 'ListLayers', 'ListLayers']);
    expect(calls.map((c) => c.query.MaxItems)).toEqual(['50', '50', '50']);
  });

  it('asks ListLayerVersions only for a layer whose newest version lacks the fingerprint (a revert)', async () => {
    const { api, aws } = await start();
    const zip = await makeZip({ 'nodejs/a.js': 'a' });
    await run(aws, layerConfig(), zip, FP_A);
    await run(aws, layerConfig(), await makeZip({ 'nodejs/a.js': 'b' }), FP_B);
    await run(aws, layerConfig({ layerName: 'acme-tools' }), zip, FP_A);
    const before = api.calls.length;
    const lookup = createLayerLookup(aws);

    expect(await lookup(REGION, 'acme-deps', FP_A, memoryLogger())).toEqual({
      latest: { arn: layerArn('acme-deps', 2), version: 2, description: expect.stringContaining(FP_B) },
      match: { arn: layerArn('acme-deps', 1), version: 1 },
    });
    expect(await lookup(REGION, 'acme-tools', FP_A, memoryLogger())).toMatchObject({ match: { arn: layerArn('acme-tools', 1), version: 1 } });
    expect(await lookup(REGION, 'acme-new', FP_A, memoryLogger())).toEqual({});
    // A fingerprint no Description carries: the newest version, for the zip comparison and the report, once its
    // policy has no record of it either.
    expect(await lookup(REGION, 'acme-tools', FP_B, memoryLogger())).toEqual({
      latest: { arn: layerArn('acme-tools', 1), version: 1, description: expect.stringContaining(FP_A) },
      match: undefined,
    });
    expect(api.calls.slice(before).map((c) => [c.op, c.name])).toEqual([
      ['ListLayers', undefined],
      ['ListLayerVersions', 'acme-deps'],
      ['ListLayerVersions', 'acme-tools'],
      ['GetLayerVersionPolicy', 'acme-tools'],
    ]);
  });

  it('looks every layer up with ListLayerVersions when IAM refuses ListLayers', async () => {
    const { api, aws } = await start();
    await run(aws, layerConfig(), await makeZip({ 'nodejs/a.js': 'a' }), FP_A);
    api.faults.push((c) => (c.op === 'ListLayers' ? { status: 403, type: 'AccessDeniedException', message: 'User is not authorized' } : undefined));
    const before = api.calls.length;
    const lookup = createLayerLookup(aws);
    expect((await lookup(REGION, 'acme-deps', FP_A, memoryLogger())).match).toEqual({ arn: layerArn('acme-deps', 1), version: 1 });
    expect(await lookup(REGION, 'acme-new', FP_A, memoryLogger())).toEqual({});
    expect(api.calls.slice(before).map((c) => [c.op, c.status])).toEqual([
      ['ListLayers', 403],
      ['ListLayerVersions', 200],
      ['ListLayerVersions', 200],
    ]);
  });

  it('reuses an older version on a revert instead of publishing a copy', async () => {
    const { api, aws } = await start();
    const layer = layerConfig();
    await run(aws, layer, await makeZip({ 'nodejs/a.js': 'v1' }), FP_A);
    await run(aws, layer, await makeZip({ 'nodejs/a.js': 'v2' }), FP_B);
    const { lookup, result } = await run(aws, layer, await makeZip({ 'nodejs/a.js': 'v1' }), FP_A);
    expect(result).toBeUndefined();
    expect(lookup).toMatchObject({ latest: { arn: layerArn('acme-deps', 2), version: 2 }, match: { arn: layerArn('acme-deps', 1), version: 1 } });
    expect(api.calls.filter((c) => c.op === 'PublishLayerVersion')).toHaveLength(2);
  });

  it('reuses the newest version when the zip is byte-identical, but not when its metadata changed', async () => {
    const { api, aws } = await start();
    const zip = await makeZip({ 'nodejs/a.js': 'same bytes' });
    await run(aws, layerConfig(), zip, FP_A);
    // A new fingerprint (say, a comment changed in an input the build ignores) but the same zip.
    const reused = await run(aws, layerConfig(), zip, FP_B);
    expect(reused.result).toEqual({ status: 'reused', arn: layerArn('acme-deps', 1), previousCodeSize: zip.size, recorded: true });
    expect(reused.log!.text()).toContain('identical to acme-deps:1');
    expect(api.layerVersions(REGION, 'acme-deps')).toHaveLength(1);

    // Same zip, but the layer now declares x86_64 too: the version must say so, so it is published.
    const widened = await run(aws, layerConfig({ architectures: ['arm64', 'x86_64'] }), zip, 'c'.repeat(64));
    expect(widened.result).toMatchObject({ status: 'published', arn: layerArn('acme-deps', 2) });
    expect(api.calls.filter((c) => c.op === 'GetLayerVersion')).toHaveLength(2);

    // Same zip, a new `description`: the version must carry it, so it is published too.
    const described = await run(aws, layerConfig({ architectures: ['arm64', 'x86_64'], description: 'Shared deps, now documented' }), zip, 'd'.repeat(64));
    expect(described.result).toMatchObject({ status: 'published', arn: layerArn('acme-deps', 3) });
    expect(api.layerVersions(REGION, 'acme-deps')[2].description).toMatch(/^Shared deps, now documented src-sha256:d{64} /);
  });

  it('publishes in each region with its own numbering', async () => {
    const { api, aws } = await start();
    const zip = await makeZip({ 'nodejs/a.js': 'a' });
    await run(aws, layerConfig({ layerName: 'other' }), zip, FP_B, { region: 'eu-west-1' });
    const east = await run(aws, layerConfig(), zip, FP_A, { region: REGION });
    const west = await run(aws, layerConfig(), zip, FP_A, { region: 'eu-west-1' });
    expect(east.result!.arn).toBe(layerArn('acme-deps', 1, REGION));
    expect(west.result!.arn).toBe(layerArn('acme-deps', 1, 'eu-west-1'));
    expect(api.calls.filter((c) => c.op === 'PublishLayerVersion').map((c) => c.region)).toEqual(['eu-west-1', REGION, 'eu-west-1']);
  });

  it('works with an API that returns no RevisionId', async () => {
    const { aws } = await start({ omitRevisionId: true });
    const layer = layerConfig({ shareWith: ['111122223333'] });
    const zip = await makeZip({ 'nodejs/a.js': 'a' });
    expect((await run(aws, layer, zip, FP_A)).result).toMatchObject({ status: 'published' });
    expect((await run(aws, layer, zip, FP_A)).lookup.match).toBeDefined();
    expect((await run(aws, layer, zip, FP_B)).result).toMatchObject({ status: 'reused' });
  });
});

describe('fingerprint records: a rebuild that gives the same zip is remembered', () => {
  const FP_C = 'c'.repeat(64);
  const record = (fingerprint: string) => `src-sha256-${fingerprint}`;

  it('records the new fingerprint on the identical version, so the next lookup finds it there', async () => {
    const { api, aws } = await start();
    const zip = await makeZip({ 'nodejs/a.js': 'same bytes' });
    await run(aws, layerConfig(), zip, FP_A);
    // What was seen: a test-only change (FP_B), the same zip, `reused`, and nothing recorded, so every later run
    // built the layer again and found it identical again.
    const rebuilt = await run(aws, layerConfig(), zip, FP_B);
    expect(rebuilt.result).toMatchObject({ status: 'reused', arn: layerArn('acme-deps', 1), recorded: true });
    expect(rebuilt.log.text()).toContain(`recorded fingerprint ${FP_B.slice(0, 12)} on acme-deps:1`);
    expect(await statements(aws, 1)).toEqual([
      expect.objectContaining({ Sid: record(FP_B), Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'lambda:GetLayerVersion' }),
    ]);

    const before = api.calls.length;
    const next = await run(aws, layerConfig(), zip, FP_B);
    expect(next.lookup.match).toEqual({ arn: layerArn('acme-deps', 1), version: 1, recorded: true });
    expect(next.result).toBeUndefined();
    expect(api.calls.slice(before).map((c) => c.op)).toEqual(['ListLayers', 'ListLayerVersions', 'GetLayerVersionPolicy']);
    expect(api.layerVersions(REGION, 'acme-deps')).toHaveLength(1);
  });

  it('reads policies only for layers that no Description matches', async () => {
    const { api, aws } = await start();
    await run(aws, layerConfig(), await makeZip({ 'nodejs/a.js': 'a' }), FP_A);
    const before = api.calls.length;
    await run(aws, layerConfig(), await makeZip({ 'nodejs/a.js': 'a' }), FP_A);
    expect(api.calls.slice(before).map((c) => c.op)).toEqual(['ListLayers']);
  });

  it('re-reads the policy when another writer changed it (PreconditionFailed), and counts an existing Sid as recorded', async () => {
    const { api, aws } = await start();
    const zip = await makeZip({ 'nodejs/a.js': 'a' });
    await run(aws, layerConfig({ shareWith: ['111122223333'] }), zip, FP_A);
    const before = api.calls.length;
    let raced = false;
    // A concurrent writer adds a grant between this run's read and its write.
    api.faults.push((c) => {
      if (c.op !== 'AddLayerVersionPermission' || raced) return undefined;
      raced = true;
      const [v1] = api.layerVersions(REGION, 'acme-deps');
      v1.policy = { statements: [...v1.policy.statements, { Sid: 'ops' }], revisionId: 'changed-by-another-writer' };
      return undefined;
    });
    const first = await run(aws, layerConfig(), zip, FP_B);
    expect(first.result).toMatchObject({ status: 'reused', recorded: true });
    expect(api.calls.slice(before).filter((c) => c.op === 'AddLayerVersionPermission').map((c) => [c.status, c.query.RevisionId])).toEqual([
      [412, expect.any(String)],
      [201, 'changed-by-another-writer'],
    ]);
    expect((await statements(aws, 1)).map((s) => s.Sid)).toEqual(['account-111122223333', 'ops', record(FP_B)]);

    // Another run recorded it between this run's read and its write: ResourceConflict means done.
    let again = false;
    api.faults.push((c) => (c.op === 'AddLayerVersionPermission' && !again ? ((again = true), { status: 409, type: 'ResourceConflictException', message: 'The statement id (x) provided already exists.' }) : undefined));
    const second = await run(aws, layerConfig(), zip, FP_C);
    expect(second.result).toMatchObject({ status: 'reused', recorded: true });
    expect(second.log.text('warning')).toBe('');
  });

  it('drops the oldest records when the policy reaches 20 KB, keeping grants', async () => {
    const { api, aws } = await start();
    const layer = layerConfig({ shareWith: ['111122223333'] });
    const zip = await makeZip({ 'nodejs/a.js': 'a' });
    await run(aws, layer, zip, FP_A);
    // Records until Lambda refuses one more: the policy is full.
    const fingerprints: string[] = [];
    for (;;) {
      const fingerprint = fingerprints.length.toString(16).padStart(64, '0');
      const added = await run(aws, layer, zip, fingerprint);
      if (api.calls.some((c) => c.op === 'RemoveLayerVersionPermission')) break;
      expect(added.result).toMatchObject({ status: 'reused', recorded: true });
      fingerprints.push(fingerprint);
    }
    const full = fingerprints.length;
    expect(full).toBeGreaterThan(50);
    expect(api.calls.filter((c) => c.op === 'AddLayerVersionPermission').map((c) => c.status).slice(-2)).toEqual([400, 201]);
    const sids = (await statements(aws, 1)).map((s) => s.Sid);
    expect(sids[0]).toBe('account-111122223333');
    expect(sids).not.toContain(record(fingerprints[0]));
    expect(sids.slice(1)).toEqual([...fingerprints.slice(1), full.toString(16).padStart(64, '0')].map(record));
  });

  it('without the permissions: rebuilt as before, with a warning naming the permission, never a failure', async () => {
    const { api, aws } = await start();
    const zip = await makeZip({ 'nodejs/a.js': 'a' });
    await run(aws, layerConfig(), zip, FP_A);
    api.faults.push((c) => (c.op === 'AddLayerVersionPermission' ? { status: 403, type: 'AccessDeniedException', message: 'not allowed' } : undefined));
    const unrecorded = await run(aws, layerConfig(), zip, FP_B);
    expect(unrecorded.result).toEqual({ status: 'reused', arn: layerArn('acme-deps', 1), previousCodeSize: zip.size });
    expect(unrecorded.log.text('warning')).toContain('was not recorded on acme-deps:1, so the next run builds this layer again: lambda:AddLayerVersionPermission');

    api.faults.unshift((c) => (c.op === 'GetLayerVersionPolicy' ? { status: 403, type: 'AccessDeniedException', message: 'not allowed' } : undefined));
    const unread = await run(aws, layerConfig(), zip, FP_B);
    expect(unread.lookup.match).toBeUndefined();
    expect(unread.log.text('warning')).toContain('could not read the fingerprint records of acme-deps:1, so the layer is built: lambda:GetLayerVersionPolicy');
    expect(unread.result).toMatchObject({ status: 'reused' });
  });

  it('shareWith keeps the records and does not take one for a grant to the own account', async () => {
    const { aws } = await start();
    const zip = await makeZip({ 'nodejs/a.js': 'a' });
    await run(aws, layerConfig(), zip, FP_A);
    await run(aws, layerConfig(), zip, FP_B);
    await run(aws, layerConfig({ shareWith: [ACCOUNT, '111122223333'] }), zip, FP_B);
    expect((await statements(aws, 1)).map((s) => s.Sid)).toEqual([record(FP_B), `account-${ACCOUNT}`, 'account-111122223333']);
  });
});

describe("the 'force' input", () => {
  it('publishes a new version even when the zip is identical to the newest', async () => {
    const { api, aws } = await start();
    const zip = await makeZip({ 'nodejs/a.js': 'a' });
    await run(aws, layerConfig(), zip, FP_A);
    // What was seen: `reused ... the 'force' input is true`, and nothing published.
    const forced = await run(aws, layerConfig(), zip, FP_A, { force: true });
    expect(forced.result).toMatchObject({ status: 'published', arn: layerArn('acme-deps', 2) });
    expect(forced.log.text()).toContain("published again as the 'force' input is true");
    expect(api.layerVersions(REGION, 'acme-deps').map((v) => v.version)).toEqual([1, 2]);
  });
});

describe('concurrent runs', () => {
  it('converge on the lowest version carrying the fingerprint: the other run deletes its duplicate and reports reused', async () => {
    const { api, aws } = await start();
    const zip = await makeZip({ 'nodejs/a.js': 'a' });
    const publish = () => publishLayer(aws, REGION, layerConfig(), zip, { fingerprint: FP_A, commit: COMMIT, log: memoryLogger() });
    const results = await Promise.all([publish(), publish()]);
    expect(results.map((r) => r.arn)).toEqual([layerArn('acme-deps', 1), layerArn('acme-deps', 1)]);
    expect(results.map((r) => r.status).sort()).toEqual(['published', 'reused']);
    expect(api.layerVersions(REGION, 'acme-deps').map((v) => [v.version, v.deleted])).toEqual([
      [1, false],
      [2, true],
    ]);
  });
});

describe('malformed answers', () => {
  it('looks each layer up on its own when ListLayers answers {"Layers": null}', async () => {
    const { api, aws } = await start();
    await run(aws, layerConfig(), await makeZip({ 'nodejs/a.js': 'a' }), FP_A);
    api.faults.push((c) => (c.op === 'ListLayers' ? { reply: { status: 200, json: { Layers: null } } } : undefined));
    const before = api.calls.length;
    const found = await run(aws, layerConfig(), await makeZip({ 'nodejs/a.js': 'a' }), FP_A);
    expect(found.lookup.match).toEqual({ arn: layerArn('acme-deps', 1), version: 1 });
    expect(api.calls.slice(before).map((c) => c.op)).toEqual(['ListLayers', 'ListLayerVersions']);
  });

  it('says what was missing and what to do when PublishLayerVersion answers without the version', async () => {
    const { api, aws } = await start();
    api.faults.push((c) => (c.op === 'PublishLayerVersion' ? { reply: { status: 201, json: {} } } : undefined));
    await expect(run(aws, layerConfig(), await makeZip({ 'nodejs/a.js': 'a' }), FP_A)).rejects.toThrow(
      /^PublishLayerVersion of layer acme-deps in us-east-1 answered without LayerVersionArn and Version, and no version carrying this fingerprint was found afterwards, so nothing was published\. .*AWS_ENDPOINT_URL/,
    );
  });
});

describe('lost answers', () => {
  it('never leaves two versions with one fingerprint when the PublishLayerVersion answer is lost', async () => {
    const { api, aws } = await start();
    let lost = false;
    api.faults.push((c) => (c.op === 'PublishLayerVersion' && !lost ? ((lost = true), { lose: true }) : undefined));
    const { result, log } = await run(aws, layerConfig(), await makeZip({ 'nodejs/a.js': 'a' }), FP_A);

    expect(result).toMatchObject({ status: 'published', arn: layerArn('acme-deps', 1) });
    expect(api.layerVersions(REGION, 'acme-deps').map((v) => v.version)).toEqual([1]);
    expect(api.calls.map((c) => [c.op, c.status, c.lost ?? false])).toEqual([
      ['ListLayers', 200, false],
      ['PublishLayerVersion', 201, true],
      ['ListLayerVersions', 200, false],
      ['ListLayerVersions', 200, false],
    ]);
    expect(log!.text()).toContain('found acme-deps:1 with this fingerprint');
  });

  it('publishes again after a failure that published nothing, looking the fingerprint up first', async () => {
    const { api, aws } = await start();
    let n = 0;
    api.faults.push((c) => (c.op === 'PublishLayerVersion' && n++ < 2 ? (n === 1 ? { drop: true } : { status: 503, type: 'ServiceException' }) : undefined));
    const clock = fakeClock();
    const { result } = await run(aws, layerConfig(), await makeZip({ 'nodejs/a.js': 'a' }), FP_A, { clock });

    expect(result).toMatchObject({ status: 'published', arn: layerArn('acme-deps', 1) });
    expect(api.calls.map((c) => [c.op, c.status])).toEqual([
      ['ListLayers', 200],
      ['PublishLayerVersion', 0],
      ['ListLayerVersions', 200],
      ['PublishLayerVersion', 503],
      ['ListLayerVersions', 200],
      ['PublishLayerVersion', 201],
      ['ListLayerVersions', 200],
    ]);
    // Backing off from 1 s, doubling.
    expect(clock.sleeps).toEqual([1000, 2000]);
  });
});

describe('zips over the 50 MB direct upload limit', () => {
  it('go through S3: uploaded to the bucket of the region, then published from it', async () => {
    const { api, aws } = await start();
    api.createBucket('acme-layers-eu-west-1', 'eu-west-1');
    const zip = await bigZip();
    const { result, log } = await run(aws, layerConfig(), zip, FP_A, { region: 'eu-west-1', s3Bucket: 'acme-layers-{region}' });

    const key = `lambda-layers/acme-deps/${FP_A}.zip`;
    expect(result).toMatchObject({ status: 'published', arn: layerArn('acme-deps', 1, 'eu-west-1') });
    expect(api.object('acme-layers-eu-west-1', key)!.body.length).toBe(zip.size);
    const publish = api.calls.find((c) => c.op === 'PublishLayerVersion')!;
    expect(publish.body.Content).toEqual({ S3Bucket: 'acme-layers-eu-west-1', S3Key: key });
    expect(api.layerVersions('eu-west-1', 'acme-deps')[0].codeSha256).toBe(zip.codeSha256);
    expect(log!.text()).toContain(`uploaded ${zip.size} bytes to s3://acme-layers-eu-west-1/${key}`);
  });

  it('send the file again when the upload connection drops (the SDK cannot rewind a stream)', async () => {
    const { api, aws } = await start();
    api.createBucket('acme-layers');
    let dropped = false;
    api.faults.push((c) => (c.op === 'PutObject' && !dropped ? ((dropped = true), { drop: true }) : undefined));
    const zip = await bigZip();
    const clock = fakeClock();
    const { result } = await run(aws, layerConfig(), zip, FP_A, { s3Bucket: 'acme-layers', clock });
    expect(result!.status).toBe('published');
    expect(api.calls.filter((c) => c.op === 'PutObject').map((c) => c.status)).toEqual([0, 200]);
    expect(clock.sleeps).toEqual([1000]);
    // The second attempt sent the whole file again, from its first byte.
    expect(api.layerVersions(REGION, 'acme-deps')[0].codeSha256).toBe(zip.codeSha256);
  });

  it('fail with what to do: without s3-bucket, and with a bucket that does not exist', async () => {
    const { api, aws } = await start();
    const zip = await bigZip();
    await expect(run(aws, layerConfig(), zip, FP_A)).rejects.toThrow(/^Layer deps: The zip is 51\.0 MB, over .* set the 's3-bucket' input/);
    await expect(run(aws, layerConfig(), zip, FP_A, { s3Bucket: 'nope-{region}' })).rejects.toThrow(
      /s3:PutObject on s3:\/\/nope-us-east-1\/lambda-layers\/acme-deps\/a+\.zip failed: NoSuchBucket: .*Create the bucket or fix the 's3-bucket' input/,
    );
    expect(api.calls.filter((c) => c.op === 'PublishLayerVersion')).toEqual([]);
  });
});

describe('shareWith', () => {
  it('grants every new version to the public, accounts and organizations', async () => {
    const { aws } = await start();
    const layer = layerConfig({ shareWith: ['*', '111122223333', 'o-abcdefghij'] });
    const { result, log } = await run(aws, layer, await makeZip({ 'nodejs/a.js': 'a' }), FP_A);
    const policy = await aws.lambda(REGION).send(new GetLayerVersionPolicyCommand({ LayerName: 'acme-deps', VersionNumber: 1 }));
    expect(JSON.parse(policy.Policy!).Statement).toEqual([
      expect.objectContaining({ Sid: 'public', Principal: '*', Action: 'lambda:GetLayerVersion', Resource: result!.arn }),
      expect.objectContaining({ Sid: 'account-111122223333', Principal: { AWS: 'arn:aws:iam::111122223333:root' } }),
      expect.objectContaining({ Sid: 'org-o-abcdefghij', Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } } }),
    ]);
    expect(log!.text()).toContain('acme-deps:1 shared with *, 111122223333, o-abcdefghij');
  });

  it('counts a grant that already exists as done (a retried call)', async () => {
    const { api, aws } = await start();
    let first = true;
    // The first grant is applied but its answer is lost: the SDK sends it again and Lambda says it exists.
    api.faults.push((c) => (c.op === 'AddLayerVersionPermission' && first ? ((first = false), { lose: true }) : undefined));
    const { result } = await run(aws, layerConfig({ shareWith: ['111122223333'] }), await makeZip({ 'nodejs/a.js': 'a' }), FP_A);
    expect(result!.status).toBe('published');
    expect(api.calls.filter((c) => c.op === 'AddLayerVersionPermission').map((c) => [c.status, c.lost ?? false])).toEqual([
      [201, true],
      [409, false],
    ]);
    expect((await statements(aws, 1)).map((s) => s.Sid)).toEqual(['account-111122223333']);
  });

  it('grants on the next run what failed after publishing', async () => {
    const { api, aws } = await start();
    const layer = layerConfig({ shareWith: ['111122223333'] });
    const zip = await makeZip({ 'nodejs/a.js': 'a' });
    let refuse = true;
    api.faults.push((c) => (c.op === 'AddLayerVersionPermission' && refuse ? { status: 403, type: 'AccessDeniedException', message: 'not allowed' } : undefined));
    await expect(run(aws, layer, zip, FP_A)).rejects.toThrow(
      'shareWith: us-east-1: lambda:AddLayerVersionPermission on acme-deps:1 failed: AccessDeniedException: not allowed.',
    );
    refuse = false;
    // The re-run finds the version by fingerprint, publishes nothing, and grants what is missing.
    const rerun = await run(aws, layer, zip, FP_A);
    expect(rerun.result).toBeUndefined();
    expect((await statements(aws, 1)).map((s) => s.Sid)).toEqual(['account-111122223333']);
    expect(rerun.log.text()).toContain('acme-deps:1 shared with 111122223333');
    expect(api.layerVersions(REGION, 'acme-deps')).toHaveLength(1);
  });

  it('shares the current version when shareWith is added later, keeping grants made by hand', async () => {
    const { api, aws } = await start();
    const zip = await makeZip({ 'nodejs/a.js': 'a' });
    await run(aws, layerConfig(), zip, FP_A);
    const byHand = { LayerName: 'acme-deps', VersionNumber: 1, Action: 'lambda:GetLayerVersion', StatementId: 'ops', Principal: '444455556666' };
    await aws.lambda(REGION).send(new AddLayerVersionPermissionCommand(byHand));
    const layer = layerConfig({ shareWith: ['111122223333', '444455556666', 'o-abcdefghij'] });

    // A plan only says what is missing.
    const before = api.calls.length;
    const plan = await run(aws, layer, zip, FP_A, { dryRun: true });
    expect(plan.state.missingGrants).toEqual(['111122223333', 'o-abcdefghij']);
    expect(plan.log.text('notice')).toContain('acme-deps:1 is not yet shared with 111122223333, o-abcdefghij');
    expect(api.calls.slice(before).map((c) => c.op)).toEqual(['ListLayers', 'GetLayerVersionPolicy']);

    await run(aws, layer, zip, FP_A);
    expect((await statements(aws, 1)).map((s) => s.Sid)).toEqual(['ops', 'account-111122223333', 'org-o-abcdefghij']);
    // Nothing left to do on the next run: one read, no grant.
    const settled = api.calls.length;
    await run(aws, layer, zip, FP_A);
    expect(api.calls.slice(settled).map((c) => c.op)).toEqual(['ListLayers', 'GetLayerVersionPolicy']);
  });
});

describe('errors say what to do next', () => {
  it('names the missing IAM action on AccessDenied', async () => {
    const { api, aws } = await start();
    api.faults.push((c) => (c.op === 'PublishLayerVersion' ? { status: 403, type: 'AccessDeniedException', message: 'User is not authorized' } : undefined));
    await expect(run(aws, layerConfig(), await makeZip({ 'nodejs/a.js': 'a' }), FP_A)).rejects.toThrow(
      "lambda:PublishLayerVersion on layer acme-deps in us-east-1 failed: AccessDeniedException: User is not authorized. Allow lambda:PublishLayerVersion on it to the role the workflow assumes (see lambda-layers-action's docs/permissions.md).",
    );
  });

  it('points at keep-versions when code storage is full', async () => {
    const { api, aws } = await start();
    api.faults.push((c) => (c.op === 'PublishLayerVersion' ? { status: 400, type: 'CodeStorageExceededException', message: 'Code storage limit exceeded.' } : undefined));
    await expect(run(aws, layerConfig(), await makeZip({ 'nodejs/a.js': 'a' }), FP_A)).rejects.toThrow(/CodeStorageExceededException.*set the 'keep-versions' input/);
  });

  it('reports throttling that outlasted the retries with the attempts made', async () => {
    const { api, aws } = await start();
    api.faults.push((c) => (c.op === 'ListLayers' ? { status: 500, type: 'ServiceException' } : undefined));
    await expect(lookupLayer(aws, REGION, 'acme-deps', FP_A)).rejects.toThrow(/ListLayers on the layers of us-east-1 failed: ServiceException: .* still refused after 8 attempts; re-run the job/);
  }, 120_000);

  it('refuses a shareWith entry that is not a principal Lambda knows', async () => {
    const { aws } = await start();
    await expect(run(aws, layerConfig({ shareWith: ['acme'] }), await makeZip({ 'nodejs/a.js': 'a' }), FP_A)).rejects.toThrow(
      "shareWith entry 'acme' must be '*', a 12-digit account id or an organization id (o-...)",
    );
  });
});

describe('a description written by this stage', () => {
  it('is what lookupLayer matches on', async () => {
    const { api, aws } = await start();
    await run(aws, layerConfig({ description: 'x'.repeat(400) }), await makeZip({ 'nodejs/a.js': 'a' }), FP_A);
    const [stored] = api.layerVersions(REGION, 'acme-deps');
    expect(stored.description).toHaveLength(256);
    expect(parseDescription(stored.description).fingerprint).toBe(FP_A);
    expect((await lookupLayer(aws, REGION, 'acme-deps', FP_A)).match?.version).toBe(1);
  });
});
