// Shared setup for the publish tests: the local Lambda API (with its S3) as the action's own clients see it through
// AWS_ENDPOINT_URL, real zips, and a layer configuration.
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import { afterAll, afterEach } from 'vitest';
import { createAwsClients, type AwsClients } from '../../src/adapters/aws';
import type { LayerConfig, ZipInfo } from '../../src/types';
import { startLambdaApi, type LambdaApi, type LambdaApiOptions } from '../../src/local/lambda-api';
import { localAwsEnv } from '../support/env';

export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';
export const COMMIT = '0123456789abcdef0123456789abcdef01234567';
export const FP_A = 'a'.repeat(64);
export const FP_B = 'b'.repeat(64);

export function layerArn(name: string, version: number, region = REGION): string {
  return `arn:aws:lambda:${region}:${ACCOUNT}:layer:${name}:${version}`;
}

export function layerConfig(extra: Partial<LayerConfig> = {}): LayerConfig {
  return {
    key: 'deps',
    type: 'nodejs',
    path: 'layers/deps',
    layerName: 'acme-deps',
    runtimes: ['nodejs22.x'],
    architectures: ['arm64'],
    inputs: [],
    exclude: [],
    slim: [],
    shareWith: [],
    timeoutMinutes: 30,
    allowScripts: [],
    regions: [REGION],
    ...extra,
  };
}

/**
 * Registers the hooks that close the local API after each test and remove the zips after the file, and returns
 * `start`: the local API and the action's own clients, pointed at it only through AWS_ENDPOINT_URL. The clients are
 * paced at `maxRps`, by default far above Lambda's quota: pacing is test/publish/aws.test.ts's to test, and at the
 * quota's 15 calls a second it was most of these tests' time.
 */
export function useLocalAws(): (opts?: LambdaApiOptions, maxRps?: number) => ReturnType<typeof startAws> {
  let current: Awaited<ReturnType<typeof startAws>> | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  afterAll(removeZips);
  return async (opts, maxRps) => (current = await startAws(opts, maxRps));
}

const UNPACED_RPS = 1000;

async function startAws(opts: LambdaApiOptions = {}, maxRps?: number): Promise<{ api: LambdaApi; aws: AwsClients; close(): Promise<void> }> {
  const api = await startLambdaApi(opts);
  const variables = localAwsEnv(api);
  const saved = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  Object.assign(process.env, variables);
  return {
    api,
    aws: createAwsClients({ concurrency: 4, maxRps: maxRps ?? UNPACED_RPS, s3Endpoint: api.url }),
    async close() {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      await api.close();
    },
  };
}

const dirs: string[] = [];

/** A stored (uncompressed) zip of `files`, described as the package stage describes its zips. */
export async function makeZip(files: Record<string, string | Buffer>): Promise<ZipInfo> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lla-publish-'));
  dirs.push(dir);
  const zipPath = path.join(dir, 'layer.zip');
  const archive = new ZipArchive({ store: true });
  const written = pipeline(archive, createWriteStream(zipPath));
  for (const [name, content] of Object.entries(files)) archive.append(content, { name, date: new Date('1980-01-01T00:00:00Z') });
  await archive.finalize();
  await written;
  const bytes = await readFile(zipPath);
  return {
    path: zipPath,
    size: bytes.length,
    unzippedSize: Object.values(files).reduce((sum, c) => sum + Buffer.byteLength(c), 0),
    codeSha256: createHash('sha256').update(bytes).digest('base64'),
    entries: Object.keys(files).length,
  };
}

let big: Promise<ZipInfo> | undefined;

/**
 * A zip over Lambda's 50 MB direct upload limit: random bytes do not compress. Made once per file (removeZips forgets
 * it): publishing only reads the zip.
 */
export function bigZip(): Promise<ZipInfo> {
  return (big ??= makeZip({ 'nodejs/blob.bin': randomBytes(51 * 1024 * 1024) }));
}

export async function removeZips(): Promise<void> {
  big = undefined;
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
