// The local Lambda API through the real SDK over HTTP: what the tests, the benchmark and the demo rely on it to do
// the way Lambda and S3 do it.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  AddLayerVersionPermissionCommand,
  CreateAliasCommand,
  DeleteLayerVersionCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  GetLayerVersionByArnCommand,
  GetLayerVersionCommand,
  GetLayerVersionPolicyCommand,
  InvalidParameterValueException,
  LambdaClient,
  ListFunctionsCommand,
  ListLayersCommand,
  ListLayerVersionsCommand,
  PreconditionFailedException,
  PublishLayerVersionCommand,
  PolicyLengthExceededException,
  PublishVersionCommand,
  RemoveLayerVersionPermissionCommand,
  ResourceConflictException,
  ResourceNotFoundException,
  TooManyRequestsException,
  UpdateAliasCommand,
  UpdateFunctionConfigurationCommand,
  paginateListFunctions,
  waitUntilFunctionActiveV2,
  waitUntilFunctionUpdatedV2,
} from '@aws-sdk/client-lambda';
import { GetObjectCommand, HeadObjectCommand, NoSuchBucket, NotFound, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startLambdaApi, type LambdaApi, type LambdaApiOptions } from '../../src/local/lambda-api';
import { makeZip, removeZips } from '../publish/support';

const REGION = 'us-east-1';
const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' };
const arn = (name: string, version: number, account = '123456789012', region = REGION) => `arn:aws:lambda:${region}:${account}:layer:${name}:${version}`;

let api: LambdaApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});
beforeAll(() => {
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
});
afterAll(removeZips);

async function start(opts: LambdaApiOptions = {}) {
  api = await startLambdaApi(opts);
  return api;
}

function lambda(region = REGION, maxAttempts = 1): LambdaClient {
  return new LambdaClient({ region, endpoint: api!.url, credentials, maxAttempts });
}

function s3(region = REGION): S3Client {
  return new S3Client({ region, endpoint: api!.url, credentials, forcePathStyle: true, maxAttempts: 1 });
}

/**
 * A valid zip of `mb` entries of 1 MiB of zeros each, deflated once and shared: tiny zipped, `mb` MiB unzipped (what
 * Lambda's unzipped limit is about), and quick to make.
 */
function zerosZip(mb: number): Buffer {
  const data = deflateRawSync(Buffer.alloc(1024 * 1024));
  const crc = crc32(Buffer.alloc(1024 * 1024));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < mb; i++) {
    const name = Buffer.from(`nodejs/zeros-${i}.bin`);
    const header = (signature: number, size: number) => {
      const h = Buffer.alloc(size);
      h.writeUInt32LE(signature, 0);
      return h;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(1024 * 1024, 22);
    local.writeUInt16LE(name.length, 26);
    const central = header(0x02014b50, 46);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(mb, 8);
  end.writeUInt16LE(mb, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function publish(client: LambdaClient, name: string, text = name, extra: Record<string, unknown> = {}) {
  const zip = await makeZip({ 'nodejs/index.js': text });
  return client.send(new PublishLayerVersionCommand({ LayerName: name, Content: { ZipFile: await readFile(zip.path) }, ...extra }));
}

describe('layers', () => {
  it('numbers versions per layer and never reuses a deleted number', async () => {
    await start();
    const client = lambda();
    expect((await publish(client, 'deps')).Version).toBe(1);
    expect((await publish(client, 'deps', 'v2')).Version).toBe(2);
    expect((await publish(client, 'tools')).Version).toBe(1);
    await client.send(new DeleteLayerVersionCommand({ LayerName: 'deps', VersionNumber: 2 }));
    const next = await publish(client, 'deps', 'v3');
    expect(next).toMatchObject({ Version: 3, LayerVersionArn: arn('deps', 3), LayerArn: arn('deps', 3).replace(/:3$/, '') });
    expect(next.CreatedDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
  });

  it('lists newest first, pages with MaxItems and Marker, and leaves deleted versions out', async () => {
    await start();
    const client = lambda();
    for (let i = 1; i <= 5; i++) await publish(client, 'deps', `v${i}`, { Description: `version ${i}` });
    await client.send(new DeleteLayerVersionCommand({ LayerName: 'deps', VersionNumber: 4 }));

    const first = await client.send(new ListLayerVersionsCommand({ LayerName: 'deps', MaxItems: 2 }));
    expect(first.LayerVersions!.map((v) => [v.Version, v.Description])).toEqual([[5, 'version 5'], [3, 'version 3']]);
    const second = await client.send(new ListLayerVersionsCommand({ LayerName: 'deps', MaxItems: 2, Marker: first.NextMarker }));
    expect(second.LayerVersions!.map((v) => v.Version)).toEqual([2, 1]);
    expect(second.NextMarker).toBeUndefined();
    expect((await client.send(new ListLayerVersionsCommand({ LayerName: 'never-published' }))).LayerVersions).toEqual([]);
    await expect(client.send(new ListLayerVersionsCommand({ LayerName: 'deps', MaxItems: 51 }))).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining("at 'maxItems'"),
    });
  });

  it('lists layers by name with their newest matching version, filtered and paged like ListLayerVersions', async () => {
    await start();
    const client = lambda();
    await publish(client, 'deps', 'v1', { Description: 'deps 1', CompatibleRuntimes: ['nodejs22.x'], CompatibleArchitectures: ['arm64'] });
    await publish(client, 'deps', 'v2', { Description: 'deps 2', CompatibleRuntimes: ['python3.12'] });
    await publish(client, 'tools', 'v1', { Description: 'tools 1', CompatibleRuntimes: ['nodejs22.x'] });
    await publish(client, 'gone', 'v1');
    await client.send(new DeleteLayerVersionCommand({ LayerName: 'gone', VersionNumber: 1 }));
    await publish(lambda('eu-west-1'), 'elsewhere');

    const all = await client.send(new ListLayersCommand({}));
    expect(all.Layers!.map((l) => [l.LayerName, l.LayerArn, l.LatestMatchingVersion?.Version, l.LatestMatchingVersion?.Description])).toEqual([
      ['deps', arn('deps', 1).replace(/:1$/, ''), 2, 'deps 2'],
      ['tools', arn('tools', 1).replace(/:1$/, ''), 1, 'tools 1'],
    ]);
    expect(all.Layers![0].LatestMatchingVersion?.LayerVersionArn).toBe(arn('deps', 2));
    const node = await client.send(new ListLayersCommand({ CompatibleRuntime: 'nodejs22.x' }));
    expect(node.Layers!.map((l) => [l.LayerName, l.LatestMatchingVersion?.Version])).toEqual([['deps', 1], ['tools', 1]]);
    const arm = await client.send(new ListLayersCommand({ CompatibleArchitecture: 'arm64' }));
    expect(arm.Layers!.map((l) => l.LayerName)).toEqual(['deps']);
    const first = await client.send(new ListLayersCommand({ MaxItems: 1 }));
    const second = await client.send(new ListLayersCommand({ MaxItems: 1, Marker: first.NextMarker }));
    expect([first.Layers![0].LayerName, second.Layers![0].LayerName, second.NextMarker]).toEqual(['deps', 'tools', undefined]);
    await expect(client.send(new ListLayersCommand({ MaxItems: 51 }))).rejects.toMatchObject({ name: 'ValidationException' });
  });

  it('reports the zip as Lambda does: base64 SHA-256, size, and a Location to download it from', async () => {
    await start();
    const client = lambda();
    const zip = await makeZip({ 'python/lib.py': 'x = 1\n' });
    await client.send(new PublishLayerVersionCommand({ LayerName: 'py', Content: { ZipFile: await readFile(zip.path) }, CompatibleArchitectures: ['arm64'] }));
    const got = await client.send(new GetLayerVersionCommand({ LayerName: 'py', VersionNumber: 1 }));
    expect(got.Content).toMatchObject({ CodeSha256: zip.codeSha256, CodeSize: zip.size });
    expect(got.CompatibleArchitectures).toEqual(['arm64']);
    const downloaded = Buffer.from(await (await fetch(got.Content!.Location!)).arrayBuffer());
    expect(downloaded.equals(await readFile(zip.path))).toBe(true);
    expect((await client.send(new GetLayerVersionByArnCommand({ Arn: arn('py', 1) }))).LayerVersionArn).toBe(arn('py', 1));

    await client.send(new DeleteLayerVersionCommand({ LayerName: 'py', VersionNumber: 1 }));
    const gone = client.send(new GetLayerVersionCommand({ LayerName: 'py', VersionNumber: 1 }));
    await expect(gone).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(gone).rejects.toThrow('The resource you requested does not exist.');
  });

  it('refuses what Lambda refuses: a file that is not a zip, a description over 256 characters', async () => {
    await start();
    const client = lambda();
    const notZip = client.send(new PublishLayerVersionCommand({ LayerName: 'x', Content: { ZipFile: Buffer.from('hello') } }));
    await expect(notZip).rejects.toBeInstanceOf(InvalidParameterValueException);
    await expect(notZip).rejects.toThrow('Could not unzip uploaded file');
    await expect(publish(client, 'x', 'x', { Description: 'd'.repeat(257) })).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining('have length less than or equal to 256'),
    });
  });

  it('grants layer permissions with statements Lambda would write, and refuses a duplicate statement id', async () => {
    await start();
    const client = lambda();
    await publish(client, 'deps');
    const grant = (StatementId: string, Principal: string, OrganizationId?: string) =>
      client.send(new AddLayerVersionPermissionCommand({ LayerName: 'deps', VersionNumber: 1, Action: 'lambda:GetLayerVersion', StatementId, Principal, OrganizationId }));
    await grant('account', '111122223333');
    await grant('org', '*', 'o-abcdefghij');
    await expect(grant('account', '444455556666')).rejects.toBeInstanceOf(ResourceConflictException);
    const policy = JSON.parse((await client.send(new GetLayerVersionPolicyCommand({ LayerName: 'deps', VersionNumber: 1 }))).Policy!);
    expect(policy.Statement).toEqual([
      expect.objectContaining({ Sid: 'account', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Resource: arn('deps', 1) }),
      expect.objectContaining({ Sid: 'org', Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } } }),
    ]);
  });
});

describe('layer version policies', () => {
  const policyOf = async (client: LambdaClient, version = 1) => client.send(new GetLayerVersionPolicyCommand({ LayerName: 'deps', VersionNumber: version }));
  const grant = (client: LambdaClient, StatementId: string, RevisionId?: string, version = 1) =>
    client.send(new AddLayerVersionPermissionCommand({ LayerName: 'deps', VersionNumber: version, Action: 'lambda:GetLayerVersion', StatementId, Principal: '123456789012', RevisionId }));

  it('checks the statement id pattern and length, and guards changes with the policy RevisionId', async () => {
    await start();
    const client = lambda();
    await publish(client, 'deps');
    await expect(grant(client, 'has.dot')).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(grant(client, 'x'.repeat(101))).rejects.toMatchObject({ name: 'ValidationException' });
    const first = await grant(client, `src-sha256-${'a'.repeat(64)}`);
    await expect(grant(client, 'second', 'stale-revision')).rejects.toBeInstanceOf(PreconditionFailedException);
    const second = await grant(client, 'second', first.RevisionId);
    expect((await policyOf(client)).RevisionId).toBe(second.RevisionId);

    const remove = (StatementId: string, RevisionId?: string) => client.send(new RemoveLayerVersionPermissionCommand({ LayerName: 'deps', VersionNumber: 1, StatementId, RevisionId }));
    await expect(remove('second', first.RevisionId)).rejects.toBeInstanceOf(PreconditionFailedException);
    await remove('second', second.RevisionId);
    await expect(remove('second')).rejects.toBeInstanceOf(ResourceNotFoundException);
    expect(JSON.parse((await policyOf(client)).Policy!).Statement.map((s: { Sid: string }) => s.Sid)).toEqual([`src-sha256-${'a'.repeat(64)}`]);
  });

  it('refuses a statement that takes the policy over 20 KB, and deletes the policy with its version', async () => {
    await start();
    const client = lambda();
    await publish(client, 'deps');
    let added = 0;
    const refused = await (async () => {
      for (;;) {
        try {
          await grant(client, `src-sha256-${String(added).padStart(64, '0')}`);
          added++;
        } catch (error) {
          return error;
        }
      }
    })();
    expect(refused).toBeInstanceOf(PolicyLengthExceededException);
    const { Policy } = await policyOf(client);
    expect(Buffer.byteLength(Policy!)).toBeLessThanOrEqual(20_480);
    expect(Buffer.byteLength(Policy!)).toBeGreaterThan(20_480 - 300);
    expect(added).toBeGreaterThan(50);

    await client.send(new DeleteLayerVersionCommand({ LayerName: 'deps', VersionNumber: 1 }));
    await expect(policyOf(client)).rejects.toBeInstanceOf(ResourceNotFoundException);
    expect(api!.layerVersions(REGION, 'deps')[0].policy.statements).toEqual([]);
  });
});

describe('functions', () => {
  it('changes only the fields sent, with a new RevisionId, and is InProgress for updateMs', async () => {
    const a = await start({ updateMs: 300 });
    a.addFunction(REGION, { name: 'api', environment: { A: '1' }, memorySize: 512 });
    const client = lambda();
    const before = await client.send(new GetFunctionConfigurationCommand({ FunctionName: 'api' }));
    const updated = await client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', Timeout: 30 }));
    expect(updated).toMatchObject({ Timeout: 30, MemorySize: 512, Environment: { Variables: { A: '1' } }, LastUpdateStatus: 'InProgress' });
    expect(updated.RevisionId).not.toBe(before.RevisionId);

    const conflict = client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', MemorySize: 256 }));
    await expect(conflict).rejects.toBeInstanceOf(ResourceConflictException);
    await expect(conflict).rejects.toThrow(`An update is in progress for resource: arn:aws:lambda:${REGION}:123456789012:function:api`);
    await new Promise((r) => setTimeout(r, 350));
    expect((await client.send(new GetFunctionCommand({ FunctionName: 'api' }))).Configuration!.LastUpdateStatus).toBe('Successful');
  });

  it('refuses a stale RevisionId with 412', async () => {
    const a = await start({ updateMs: 0 });
    a.addFunction(REGION, { name: 'api' });
    const client = lambda();
    const { RevisionId } = await client.send(new GetFunctionConfigurationCommand({ FunctionName: 'api' }));
    await client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', MemorySize: 256, RevisionId }));
    const stale = client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', MemorySize: 1024, RevisionId }));
    await expect(stale).rejects.toBeInstanceOf(PreconditionFailedException);
    expect(a.calls.map((c) => c.status)).toEqual([200, 200, 412]);
  });

  it('checks layer lists as Lambda does', async () => {
    const a = await start();
    a.addFunction(REGION, { name: 'api' });
    const client = lambda();
    await publish(client, 'deps');
    await publish(client, 'deps', 'v2');
    await client.send(new DeleteLayerVersionCommand({ LayerName: 'deps', VersionNumber: 2 }));
    const layers = (Layers: string[]) => client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', Layers }));
    const six = [1, 2, 3, 4, 5, 6].map((i) => arn(`vendor-${i}`, 1, '999999999999'));
    await expect(layers(six)).rejects.toThrow(InvalidParameterValueException);
    await expect(layers(six)).rejects.toThrow('Cannot reference more than 5 layers.');
    // Deleted versions cannot be attached any more, like versions never published.
    await expect(layers([arn('deps', 2)])).rejects.toThrow(`Layer version ${arn('deps', 2)} does not exist.`);
    await expect(layers([arn('deps', 3)])).rejects.toThrow(`Layer version ${arn('deps', 3)} does not exist.`);
    await publish(client, 'deps', 'v3');
    await expect(layers([arn('deps', 1), arn('deps', 3)])).rejects.toThrow('Two different versions of the same layer');
    await expect(layers([arn('deps', 1, '123456789012', 'eu-west-1')])).rejects.toThrow('Layers are not in the same region as the function');
    // Another account's layers cannot be checked here, so they are taken on trust.
    await layers([arn('deps', 1), arn('datadog', 40, '464622532012')]);
    expect(a.fn(REGION, 'api').layers).toEqual([arn('deps', 1), arn('datadog', 40, '464622532012')]);
    const config = await client.send(new GetFunctionConfigurationCommand({ FunctionName: 'api' }));
    expect(config.Layers![0]).toMatchObject({ Arn: arn('deps', 1), CodeSize: expect.any(Number) });
  });

  it("holds a function and its layers to Lambda's 250 MB unzipped, however small the zips", async () => {
    const a = await start({ updateMs: 0 });
    a.addFunction(REGION, { name: 'api' });
    const client = lambda();
    const layer = (name: string, zip: Buffer) => client.send(new PublishLayerVersionCommand({ LayerName: name, Content: { ZipFile: zip } }));
    await expect(layer('huge', zerosZip(251))).rejects.toThrow('Unzipped size must be smaller than 262144000 bytes');
    const half = zerosZip(130);
    await layer('a', half);
    await layer('b', half);
    const both = client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', Layers: [arn('a', 1), arn('b', 1)] }));
    await expect(both).rejects.toThrow(/^Function code combined with layers exceeds the maximum allowed size of 262144000 bytes\. The actual size is 272630784 bytes\.$/);
    await client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', Layers: [arn('a', 1)] }));
  });

  it('publishes a version only when something changed, and resolves versions and aliases as qualifiers', async () => {
    const a = await start({ updateMs: 0 });
    a.addFunction(REGION, { name: 'api', memorySize: 128 });
    const client = lambda();
    const v1 = await client.send(new PublishVersionCommand({ FunctionName: 'api' }));
    expect(v1).toMatchObject({ Version: '1', FunctionArn: `arn:aws:lambda:${REGION}:123456789012:function:api:1` });
    expect((await client.send(new PublishVersionCommand({ FunctionName: 'api' }))).Version).toBe('1');
    await expect(client.send(new PublishVersionCommand({ FunctionName: 'api', CodeSha256: 'not-it' }))).rejects.toBeInstanceOf(InvalidParameterValueException);

    await client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', MemorySize: 256 }));
    const { RevisionId } = await client.send(new GetFunctionConfigurationCommand({ FunctionName: 'api' }));
    await expect(client.send(new PublishVersionCommand({ FunctionName: 'api', RevisionId: 'stale' }))).rejects.toBeInstanceOf(PreconditionFailedException);
    expect((await client.send(new PublishVersionCommand({ FunctionName: 'api', RevisionId }))).Version).toBe('2');

    const alias = await client.send(new CreateAliasCommand({ FunctionName: 'api', Name: 'live', FunctionVersion: '1' }));
    await expect(client.send(new CreateAliasCommand({ FunctionName: 'api', Name: 'live', FunctionVersion: '1' }))).rejects.toBeInstanceOf(ResourceConflictException);
    expect((await client.send(new GetFunctionConfigurationCommand({ FunctionName: 'api', Qualifier: 'live' }))).MemorySize).toBe(128);
    await expect(client.send(new UpdateAliasCommand({ FunctionName: 'api', Name: 'live', FunctionVersion: '2', RevisionId: 'stale' }))).rejects.toBeInstanceOf(
      PreconditionFailedException,
    );
    await client.send(new UpdateAliasCommand({ FunctionName: 'api', Name: 'live', FunctionVersion: '2', RevisionId: alias.RevisionId }));
    expect((await client.send(new GetFunctionConfigurationCommand({ FunctionName: 'api:live' }))).MemorySize).toBe(256);
    expect(a.fn(REGION, 'api').aliases.get('live')!.version).toBe('2');
    await expect(client.send(new GetFunctionConfigurationCommand({ FunctionName: 'api', Qualifier: '9' }))).rejects.toThrow(
      `Function not found: arn:aws:lambda:${REGION}:123456789012:function:api:9`,
    );
  });

  it('lists every function version with its layers, 50 a page', async () => {
    const a = await start();
    for (let i = 0; i < 30; i++) a.addFunction(REGION, { name: `fn-${String(i).padStart(2, '0')}`, layers: [arn('vendor', 1, '999999999999')] });
    const client = lambda();
    for (let i = 0; i < 30; i++) await client.send(new PublishVersionCommand({ FunctionName: `fn-${String(i).padStart(2, '0')}` }));
    const first = await client.send(new ListFunctionsCommand({ FunctionVersion: 'ALL' }));
    expect(first.Functions).toHaveLength(50);
    expect(first.Functions![0]).not.toHaveProperty('LastUpdateStatus');
    const all = [];
    for await (const page of paginateListFunctions({ client }, { FunctionVersion: 'ALL' })) all.push(...page.Functions!);
    expect(all).toHaveLength(60);
    expect(all.filter((f) => f.Version === '1')).toHaveLength(30);
    expect(all.every((f) => f.Layers?.[0].Arn === arn('vendor', 1, '999999999999'))).toBe(true);
    expect((await client.send(new ListFunctionsCommand({}))).Functions).toHaveLength(30);
  });

  it('serves each region from the signature, and names a missing function with its ARN', async () => {
    const a = await start();
    a.addFunction('us-east-1', { name: 'api', memorySize: 128 });
    a.addFunction('eu-west-1', { name: 'api', memorySize: 2048 });
    expect((await lambda('eu-west-1').send(new GetFunctionConfigurationCommand({ FunctionName: 'api' }))).MemorySize).toBe(2048);
    expect((await lambda('us-east-1').send(new GetFunctionConfigurationCommand({ FunctionName: 'api' }))).MemorySize).toBe(128);
    const missing = lambda('ap-south-1').send(new GetFunctionConfigurationCommand({ FunctionName: 'api' }));
    await expect(missing).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(missing).rejects.toThrow('Function not found: arn:aws:lambda:ap-south-1:123456789012:function:api');
    expect(a.calls.map((c) => [c.region, c.status])).toEqual([
      ['eu-west-1', 200],
      ['us-east-1', 200],
      ['ap-south-1', 404],
    ]);
  });

  it('takes about a second per update by default, and gives a new RevisionId again when the update completes', async () => {
    const a = await start();
    a.addFunction(REGION, { name: 'api' });
    const client = lambda();
    const updated = await client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', MemorySize: 256 }));
    expect(updated.LastUpdateStatus).toBe('InProgress');
    const during = (await client.send(new GetFunctionCommand({ FunctionName: 'api' }))).Configuration!;
    expect(during).toMatchObject({ LastUpdateStatus: 'InProgress', RevisionId: updated.RevisionId, State: 'Active' });
    await waitUntilFunctionUpdatedV2({ client, maxWaitTime: 10, minDelay: 1 }, { FunctionName: 'api' });
    const after = (await client.send(new GetFunctionCommand({ FunctionName: 'api' }))).Configuration!;
    expect(after).toMatchObject({ LastUpdateStatus: 'Successful', MemorySize: 256 });
    // As on Lambda (aws/aws-sdk#377): the RevisionId the update answered with is stale once it has completed.
    expect(after.RevisionId).not.toBe(updated.RevisionId);
    const stale = client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', MemorySize: 512, RevisionId: updated.RevisionId }));
    await expect(stale).rejects.toBeInstanceOf(PreconditionFailedException);
  });

  it('is Pending for a while after creation and refuses changes meanwhile, like a function just created', async () => {
    const a = await start({ updateMs: 0 });
    a.addFunction(REGION, { name: 'api', pendingMs: 400 });
    const client = lambda();
    const pending = (await client.send(new GetFunctionCommand({ FunctionName: 'api' }))).Configuration!;
    expect(pending).toMatchObject({ State: 'Pending', StateReasonCode: 'Creating', LastUpdateStatus: 'InProgress', LastUpdateStatusReasonCode: 'Creating' });
    const refused = client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', MemorySize: 256 }));
    await expect(refused).rejects.toBeInstanceOf(ResourceConflictException);
    await expect(refused).rejects.toThrow('The function is currently in the following state: Pending');
    await waitUntilFunctionActiveV2({ client, maxWaitTime: 10, minDelay: 1 }, { FunctionName: 'api' });
    const active = (await client.send(new GetFunctionCommand({ FunctionName: 'api' }))).Configuration!;
    expect(active).toMatchObject({ State: 'Active', LastUpdateStatus: 'Successful' });
    expect(active).not.toHaveProperty('StateReasonCode');
    await client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', MemorySize: 256 }));
  });

  it('ends an update Failed when told to, with the reason, keeping the previous configuration', async () => {
    const a = await start({ updateMs: 200 });
    a.addFunction(REGION, { name: 'api', layers: [arn('vendor', 1, '999999999999')] });
    a.faults.push((c) => (c.op === 'UpdateFunctionConfiguration' ? { updateFails: { reason: 'Layer unzips too big.', reasonCode: 'InvalidConfiguration' } } : undefined));
    const client = lambda();
    const accepted = await client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', Layers: [arn('vendor', 2, '999999999999')] }));
    expect(accepted).toMatchObject({ LastUpdateStatus: 'InProgress', Layers: [{ Arn: arn('vendor', 2, '999999999999') }] });
    const result = await waitUntilFunctionUpdatedV2({ client, maxWaitTime: 10, minDelay: 1 }, { FunctionName: 'api' }).catch((e) => e);
    expect(result.name).toBe('Error');
    const failed = (await client.send(new GetFunctionCommand({ FunctionName: 'api' }))).Configuration!;
    expect(failed).toMatchObject({
      LastUpdateStatus: 'Failed',
      LastUpdateStatusReason: 'Layer unzips too big.',
      LastUpdateStatusReasonCode: 'InvalidConfiguration',
      Layers: [{ Arn: arn('vendor', 1, '999999999999') }],
    });
    expect(a.fn(REGION, 'api').layers).toEqual([arn('vendor', 1, '999999999999')]);
  });

  it('keeps an update InProgress as long as told to (forever with Infinity), refusing other changes meanwhile', async () => {
    const a = await start({ updateMs: 0 });
    a.addFunction(REGION, { name: 'api' });
    a.faults.push((c) => (c.op === 'UpdateFunctionConfiguration' && c.body.MemorySize === 256 ? { updateMs: Infinity } : undefined));
    const client = lambda();
    await client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', MemorySize: 256 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await client.send(new GetFunctionCommand({ FunctionName: 'api' }))).Configuration).toMatchObject({ LastUpdateStatus: 'InProgress', MemorySize: 256 });
    const refused = await client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', MemorySize: 512 })).catch((e) => e);
    expect(refused).toBeInstanceOf(ResourceConflictException);
  });

  it('omits RevisionId everywhere when asked, like some emulators', async () => {
    const a = await start({ omitRevisionId: true });
    a.addFunction(REGION, { name: 'api' });
    const client = lambda();
    expect(await client.send(new GetFunctionConfigurationCommand({ FunctionName: 'api' }))).not.toHaveProperty('RevisionId');
    expect(await client.send(new CreateAliasCommand({ FunctionName: 'api', Name: 'live', FunctionVersion: '$LATEST' }))).not.toHaveProperty('RevisionId');
  });
});

describe('quota and faults', () => {
  it('throttles beyond rps in any second with a 429 the SDK parses, GetFunction apart', async () => {
    const a = await start({ rps: 3 });
    a.addFunction(REGION, { name: 'api' });
    const client = lambda();
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => client.send(new GetFunctionConfigurationCommand({ FunctionName: 'api' }))));
    const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(refused).toHaveLength(2);
    expect(refused[0]).toBeInstanceOf(TooManyRequestsException);
    expect(refused[0]).toMatchObject({ Reason: 'CallerRateLimitExceeded', retryAfterSeconds: '1', message: 'Rate exceeded' });
    // GetFunction has a quota of its own.
    await Promise.all(Array.from({ length: 5 }, () => client.send(new GetFunctionCommand({ FunctionName: 'api' }))));
    await new Promise((r) => setTimeout(r, 1000));
    await client.send(new GetFunctionConfigurationCommand({ FunctionName: 'api' }));
  });

  it('injects errors, slow answers and dropped connections; the SDK retries 503 and drops', async () => {
    const a = await start();
    a.addFunction(REGION, { name: 'api' });
    let n = 0;
    a.faults.push((c) => (c.op === 'GetFunctionConfiguration' && n++ === 0 ? { status: 503, type: 'ServiceException' } : undefined));
    a.faults.push((c) => (c.op === 'GetFunction' && n++ === 2 ? { drop: true } : undefined));
    a.faults.push((c) => (c.op === 'ListFunctions' ? { delayMs: 500 } : undefined));
    const client = lambda(REGION, 3);
    await client.send(new GetFunctionConfigurationCommand({ FunctionName: 'api' }));
    await client.send(new GetFunctionCommand({ FunctionName: 'api' }));
    // The slow answer is overtaken by a call sent after it.
    const answered: string[] = [];
    await Promise.all([
      client.send(new ListFunctionsCommand({})).then(() => answered.push('ListFunctions')),
      client.send(new ListLayersCommand({})).then(() => answered.push('ListLayers')),
    ]);
    expect(answered).toEqual(['ListLayers', 'ListFunctions']);
    expect(a.calls.map((c) => [c.op, c.status])).toEqual([
      ['GetFunctionConfiguration', 503],
      ['GetFunctionConfiguration', 200],
      ['GetFunction', 0],
      ['GetFunction', 200],
      ['ListLayers', 200],
      ['ListFunctions', 200],
    ]);
    a.faults.push((c) => (c.op === 'UpdateFunctionConfiguration' ? { status: 403, type: 'AccessDeniedException', message: 'not allowed' } : undefined));
    await expect(client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', MemorySize: 256 }))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: 'not allowed',
      $metadata: { httpStatusCode: 403 },
    });
  });
});

describe('held calls', () => {
  it('holds a call until its promise settles, so that the calls of two clients meet', async () => {
    const a = await start();
    let release!: () => void;
    const met = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    // The first ListLayers waits for the second: neither is answered before both have asked.
    a.faults.push((c) => (c.op === 'ListLayers' ? (++asked === 2 && release(), { until: met }) : undefined));
    const answered: string[] = [];
    const first = lambda().send(new ListLayersCommand({})).then(() => answered.push('first ListLayers'));
    await lambda().send(new ListFunctionsCommand({}));
    answered.push('ListFunctions');
    expect(answered).toEqual(['ListFunctions']);
    await lambda().send(new ListLayersCommand({}));
    await first;
    expect(answered).toEqual(['ListFunctions', 'first ListLayers']);
    expect(a.calls.map((c) => [c.op, c.status])).toEqual([
      ['ListFunctions', 200],
      ['ListLayers', 200],
      ['ListLayers', 200],
    ]);
  });
});

describe('malformed answers', () => {
  it('sends an injected answer instead of serving the call', async () => {
    const a = await start();
    a.faults.push((c) => (c.op === 'ListLayers' ? { reply: { status: 200, json: { Layers: null } } } : undefined));
    a.faults.push((c) => (c.op === 'PublishLayerVersion' ? { reply: { status: 201, json: {} } } : undefined));
    const client = lambda();
    const published = await publish(client, 'deps');
    expect(published.LayerVersionArn).toBeUndefined();
    expect(a.layerVersions(REGION, 'deps')).toEqual([]);
    expect(a.calls.map((c) => [c.op, c.status])).toEqual([['PublishLayerVersion', 201]]);
  });
});

describe('lost answers', () => {
  it('applies a call and then destroys the connection instead of answering; the SDK retry meets the applied change', async () => {
    const a = await start({ updateMs: 0 });
    a.addFunction(REGION, { name: 'api' });
    const client = lambda(REGION, 3);
    const { RevisionId } = await client.send(new GetFunctionConfigurationCommand({ FunctionName: 'api' }));
    let lost = false;
    a.faults.push((c) => (c.op === 'UpdateFunctionConfiguration' && !lost ? ((lost = true), { lose: true }) : undefined));
    // The first attempt is applied but unanswered; the retry carries the same, now stale, RevisionId.
    const retried = client.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api', MemorySize: 256, RevisionId }));
    await expect(retried).rejects.toBeInstanceOf(PreconditionFailedException);
    expect(a.calls.slice(1).map((c) => [c.op, c.status, c.lost ?? false])).toEqual([
      ['UpdateFunctionConfiguration', 200, true],
      ['UpdateFunctionConfiguration', 412, false],
    ]);
    expect(a.fn(REGION, 'api').memorySize).toBe(256);
  });

  it('publishes a layer version whose answer is lost, so a blind retry publishes a second one', async () => {
    const a = await start();
    let lost = false;
    a.faults.push((c) => (c.op === 'PublishLayerVersion' && !lost ? ((lost = true), { lose: true }) : undefined));
    const published = await publish(lambda(REGION, 3), 'deps');
    expect(published.Version).toBe(2);
    expect(a.layerVersions(REGION, 'deps').map((v) => v.version)).toEqual([1, 2]);
  });
});

describe('S3', () => {
  it('stores objects sent with the SDK default checksums (aws-chunked with a trailer) and serves them back', async () => {
    const a = await start();
    a.createBucket('layers-us-east-1');
    const zip = await makeZip({ 'nodejs/a.js': 'a'.repeat(100_000) });
    const client = new S3Client({ region: REGION, endpoint: a.url, credentials, forcePathStyle: true });
    await client.send(new PutObjectCommand({ Bucket: 'layers-us-east-1', Key: 'k/layer.zip', Body: createReadStream(zip.path), ContentLength: zip.size }));
    await client.send(new PutObjectCommand({ Bucket: 'layers-us-east-1', Key: 'k/small', Body: 'hello' }));
    expect(a.object('layers-us-east-1', 'k/layer.zip')!.body.equals(await readFile(zip.path))).toBe(true);
    const got = await client.send(new GetObjectCommand({ Bucket: 'layers-us-east-1', Key: 'k/small' }));
    expect(await got.Body!.transformToString()).toBe('hello');
    expect(a.calls.map((c) => [c.op, c.name, c.status])).toEqual([
      ['PutObject', 'layers-us-east-1/k/layer.zip', 200],
      ['PutObject', 'layers-us-east-1/k/small', 200],
      ['GetObject', 'layers-us-east-1/k/small', 200],
    ]);
  });

  it('decodes aws-chunked bodies itself and refuses one whose checksum trailer does not match', async () => {
    const a = await start();
    a.createBucket('raw-bucket');
    const put = (trailer: string) =>
      fetch(`${a.url}/raw-bucket/blob`, {
        method: 'PUT',
        headers: {
          authorization: `AWS4-HMAC-SHA256 Credential=AKIDTEST/20250101/${REGION}/s3/aws4_request, SignedHeaders=host, Signature=0`,
          'content-encoding': 'aws-chunked',
          'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
          'x-amz-decoded-content-length': '11',
          'x-amz-trailer': 'x-amz-checksum-sha256',
        },
        body: `5\r\nhello\r\n6\r\n world\r\n0\r\nx-amz-checksum-sha256:${trailer}\r\n\r\n`,
      });
    const good = createHash('sha256').update('hello world').digest('base64');
    expect((await put(good)).status).toBe(200);
    expect(a.object('raw-bucket', 'blob')!.body.toString()).toBe('hello world');
    const bad = await put(createHash('sha256').update('something else').digest('base64'));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('<Code>BadDigest</Code>');
  });

  it('answers NoSuchBucket and NotFound as S3 does, and Lambda reports S3 errors of PublishLayerVersion', async () => {
    const a = await start();
    a.createBucket('layers-eu-west-1', 'eu-west-1');
    await expect(s3().send(new PutObjectCommand({ Bucket: 'missing-bucket', Key: 'k', Body: 'x' }))).rejects.toBeInstanceOf(NoSuchBucket);
    await expect(s3('eu-west-1').send(new HeadObjectCommand({ Bucket: 'layers-eu-west-1', Key: 'nope' }))).rejects.toBeInstanceOf(NotFound);
    const client = lambda('eu-west-1');
    const fromS3 = (S3Bucket: string, S3Key: string) => client.send(new PublishLayerVersionCommand({ LayerName: 'big', Content: { S3Bucket, S3Key } }));
    await expect(fromS3('layers-eu-west-1', 'nope')).rejects.toThrow('Error occurred while GetObject. S3 Error Code: NoSuchKey.');
    await expect(fromS3('missing-bucket', 'k')).rejects.toThrow('S3 Error Code: NoSuchBucket');
    a.createBucket('layers-us-east-1', 'us-east-1');
    await expect(fromS3('layers-us-east-1', 'k')).rejects.toThrow('S3 Error Code: PermanentRedirect');
  });
});
