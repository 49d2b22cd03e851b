// Publish: find what is already published (ListLayers per region, ListLayerVersions where that is not enough), and create a layer
// version only when no version carries this fingerprint and the zip differs from the newest one. Zips over Lambda's
// direct upload limit go through S3 (only those: a small zip needs no bucket and no S3 permissions).
import { open, readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  GetLayerVersionCommand,
  ListLayersCommand,
  ListLayerVersionsCommand,
  PublishLayerVersionCommand,
  ResourceNotFoundException,
  type Architecture,
  type LayerVersionContentInput,
  type PublishLayerVersionCommandInput,
  type Runtime,
} from '@aws-sdk/client-lambda';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { isAccessDenied, type AwsClients } from '../adapters/aws';
import { shortLayer } from '../deploy/layers';
import { MAX_DIRECT_UPLOAD, zipProblems } from '../packaging/limits';
import type { LayerConfig, Logger, ZipInfo } from '../types';
import { formatDescription, parseDescription } from './description';
import { attempt, explain, PublishError } from './errors';

export { pruneVersions, type PruneResult } from './prune';
export { shareVersions } from './share';

/** The largest page of ListLayers and ListLayerVersions: the newest 50 versions are searched for the fingerprint. */
const LOOKUP_PAGE_SIZE = 50;
/** The SDK cannot retry a streamed body (it cannot rewind it), so the upload is retried here, from the file. */
const UPLOAD_ATTEMPTS = 3;
/** PublishLayerVersion is retried here, each retry after a look-up, with back-off from 1 s: about 15 s of trouble. */
const PUBLISH_ATTEMPTS = 5;

export interface PublishedVersion {
  arn: string;
  version: number;
}

export interface LayerLookup {
  /** The newest version, if any. (ListLayerVersions reports no sizes: publishLayer returns previousCodeSize.) */
  latest?: PublishedVersion & { description?: string };
  /** A version whose Description carries this fingerprint: nothing to publish (a revert reuses an older one). */
  match?: PublishedVersion;
}

export interface PublishOptions {
  fingerprint: string;
  /** The commit being published, recorded in the Description; undefined when the inputs differ from it. */
  commit: string | undefined;
  latest?: LayerLookup['latest'];
  /** The `s3-bucket` input; `{region}` is replaced by the region. */
  s3Bucket?: string;
  log: Logger;
}

export interface PublishResult {
  status: 'published' | 'reused';
  arn: string;
  /** The newest version's zip size before this run, for the report. */
  previousCodeSize?: number;
}

/** Looks up one layer in one region; a run looks up all of its layers through one `createLayerLookup`. */
export type LayerLookups = (region: string, layerName: string, fingerprint: string) => Promise<LayerLookup>;

/**
 * Finds what is published for many layers at once: one ListLayers pass per region (50 layers a page, each with its
 * newest version's Description), then ListLayerVersions only for a layer whose newest version does not carry the
 * fingerprint (an older version may, after a revert). A re-run with nothing to do costs a few calls per region
 * instead of one per layer. Without lambda:ListLayers (policies written before it was needed), every layer is
 * looked up with ListLayerVersions as before.
 */
export function createLayerLookup(aws: AwsClients): LayerLookups {
  const listings = new Map<string, Promise<Map<string, Latest> | undefined>>();
  return async (region, layerName, fingerprint) => {
    let listing = listings.get(region);
    if (!listing) listings.set(region, (listing = listLatestVersions(aws, region)));
    const latestVersions = await listing;
    if (latestVersions) {
      const latest = latestVersions.get(layerName);
      if (!latest) return {};
      if (parseDescription(latest.description).fingerprint === fingerprint) return { latest, match: { arn: latest.arn, version: latest.version } };
    }
    return listVersions(aws, region, layerName, fingerprint);
  };
}

type Latest = NonNullable<LayerLookup['latest']>;

/** The newest version of every layer of the region by name; undefined when IAM refuses ListLayers. */
async function listLatestVersions(aws: AwsClients, region: string): Promise<Map<string, Latest> | undefined> {
  const latest = new Map<string, Latest>();
  let marker: string | undefined;
  do {
    let page;
    try {
      page = await aws.lambda(region).send(new ListLayersCommand({ MaxItems: LOOKUP_PAGE_SIZE, Marker: marker }));
    } catch (error) {
      if (isAccessDenied(error)) return undefined;
      throw new PublishError(explain(error, 'lambda:ListLayers', `the layers of ${region}`));
    }
    for (const layer of page.Layers ?? []) {
      const v = layer.LatestMatchingVersion;
      if (layer.LayerName && v?.LayerVersionArn && v.Version !== undefined) {
        latest.set(layer.LayerName, { arn: v.LayerVersionArn, version: v.Version, description: v.Description });
      }
    }
    marker = page.NextMarker;
  } while (marker);
  return latest;
}

/** The newest 50 versions of one layer, searched for the fingerprint. */
async function listVersions(aws: AwsClients, region: string, layerName: string, fingerprint: string): Promise<LayerLookup> {
  let listed;
  try {
    listed = await aws.lambda(region).send(new ListLayerVersionsCommand({ LayerName: layerName, MaxItems: LOOKUP_PAGE_SIZE }));
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return {};
    throw new PublishError(explain(error, 'lambda:ListLayerVersions', `layer ${layerName} in ${region}`));
  }
  const versions = (listed.LayerVersions ?? [])
    .map((v) => ({ arn: v.LayerVersionArn!, version: v.Version!, description: v.Description }))
    .sort((a, b) => b.version - a.version);
  const match = versions.find((v) => parseDescription(v.description).fingerprint === fingerprint);
  return { latest: versions[0], match: match && { arn: match.arn, version: match.version } };
}

export async function publishLayer(aws: AwsClients, region: string, layer: LayerConfig, zip: ZipInfo, opts: PublishOptions): Promise<PublishResult> {
  const lambda = aws.lambda(region);
  const metadata = {
    // The config stage checks both lists against the SDK's enums.
    CompatibleRuntimes: layer.runtimes.length > 0 ? (layer.runtimes as Runtime[]) : undefined,
    CompatibleArchitectures: layer.architectures.length > 0 ? (layer.architectures as Architecture[]) : undefined,
    LicenseInfo: layer.license,
  };
  let previousCodeSize: number | undefined;
  if (opts.latest) {
    const { arn, version } = opts.latest;
    const current = await attempt('lambda:GetLayerVersion', arn, () => lambda.send(new GetLayerVersionCommand({ LayerName: layer.layerName, VersionNumber: version })));
    previousCodeSize = current.Content?.CodeSize;
    if (current.Content?.CodeSha256 === zip.codeSha256 && sameMetadata(current, metadata)) {
      opts.log.info(`${region}: the zip is identical to ${shortLayer(arn)} (CodeSha256 ${zip.codeSha256}), so no new version.`);
      return { status: 'reused', arn, previousCodeSize };
    }
  }

  const content = await layerContent(aws, region, layer, zip, opts);
  const published = await publishOnce(aws, region, opts, {
    LayerName: layer.layerName,
    Description: formatDescription({ text: layer.description, fingerprint: opts.fingerprint, commit: opts.commit }),
    Content: content,
    ...metadata,
  });
  return { status: 'published', arn: published.arn, previousCodeSize };
}

/**
 * PublishLayerVersion without the SDK's blind retries: a call whose answer was lost may have published the version,
 * and sending it again would publish a second one with the same fingerprint. After a failed attempt the fingerprint
 * is looked up first, and only if no version carries it is the call sent again.
 */
async function publishOnce(aws: AwsClients, region: string, opts: PublishOptions, input: PublishLayerVersionCommandInput): Promise<PublishedVersion> {
  const layerName = input.LayerName!;
  for (let attemptNo = 1; ; attemptNo++) {
    try {
      const published = await aws.lambda(region).send(withoutSdkRetries(new PublishLayerVersionCommand(input)));
      return { arn: published.LayerVersionArn!, version: published.Version! };
    } catch (wrapped) {
      const error = wrapped instanceof NotRetried ? wrapped.error : wrapped;
      const metadata = (error as { $metadata?: { attempts?: number } }).$metadata;
      if (metadata) metadata.attempts = attemptNo;
      if (attemptNo >= PUBLISH_ATTEMPTS || !transient(error)) {
        throw new PublishError(explain(error, 'lambda:PublishLayerVersion', `layer ${layerName} in ${region}`));
      }
    }
    const { match } = await listVersions(aws, region, layerName, opts.fingerprint);
    if (match) {
      opts.log.info(`${region}: PublishLayerVersion got no answer, but Lambda had published it: found ${shortLayer(match.arn)} with this fingerprint.`);
      return match;
    }
    await sleep(1000 * 2 ** (attemptNo - 1));
  }
}

/** An error the SDK's retry strategy sees as final; the caller unwraps it and decides. */
class NotRetried extends Error {
  constructor(readonly error: unknown) {
    super('not retried by the SDK');
  }
}

/** Makes every error of this command final for the SDK's retry strategy, which sits just outside this step. */
function withoutSdkRetries<T extends PublishLayerVersionCommand>(command: T): T {
  command.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        throw new NotRetried(error);
      }
    },
    { name: 'withoutSdkRetries', step: 'finalizeRequest', priority: 'low' },
  );
  return command;
}

/** A zip equal to the newest version's is reused only if that version also declares the same runtimes, architectures and license. */
function sameMetadata(
  current: { CompatibleRuntimes?: string[]; CompatibleArchitectures?: string[]; LicenseInfo?: string },
  wanted: { CompatibleRuntimes?: string[]; CompatibleArchitectures?: string[]; LicenseInfo?: string },
): boolean {
  const set = (list: string[] | undefined) => [...(list ?? [])].sort().join(',');
  return (
    set(current.CompatibleRuntimes) === set(wanted.CompatibleRuntimes) &&
    set(current.CompatibleArchitectures) === set(wanted.CompatibleArchitectures) &&
    (current.LicenseInfo ?? '') === (wanted.LicenseInfo ?? '')
  );
}

async function layerContent(aws: AwsClients, region: string, layer: LayerConfig, zip: ZipInfo, opts: PublishOptions): Promise<LayerVersionContentInput> {
  if (zip.size <= MAX_DIRECT_UPLOAD) return { ZipFile: await readFile(zip.path) };
  if (!opts.s3Bucket) throw new PublishError(`Layer ${layer.key}: ${zipProblems(zip.size, opts.s3Bucket).join(' ')}`);
  const bucket = opts.s3Bucket.replaceAll('{region}', region);
  // Named by fingerprint: a re-run overwrites the same object instead of adding one.
  const key = `lambda-layers/${layer.layerName}/${opts.fingerprint}.zip`;
  await upload(aws.s3(region), bucket, key, zip);
  opts.log.info(`${region}: uploaded ${zip.size} bytes to s3://${bucket}/${key}.`);
  return { S3Bucket: bucket, S3Key: key };
}

async function upload(s3: S3Client, bucket: string, key: string, zip: ZipInfo): Promise<void> {
  // Opened once, before sending: a file error is then a rejection here, not an unhandled stream error.
  const file = await open(zip.path);
  try {
    for (let attemptNo = 1; ; attemptNo++) {
      try {
        const body = file.createReadStream({ start: 0, autoClose: false });
        await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentLength: zip.size, ContentType: 'application/zip' }));
        return;
      } catch (error) {
        if (attemptNo >= UPLOAD_ATTEMPTS || !transient(error)) throw new PublishError(explain(error, 's3:PutObject', `s3://${bucket}/${key}`));
      }
      await sleep(1000 * attemptNo);
    }
  } finally {
    await file.close();
  }
}

/** A dropped connection, a timeout, throttling or a 5xx: worth sending the file again. */
function transient(error: unknown): boolean {
  const e = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined) return status === 429 || status >= 500;
  return e.name === 'TimeoutError' || ['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNREFUSED'].includes(e.code ?? '');
}
