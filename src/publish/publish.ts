// Publish: find what is already published (ListLayers per region, ListLayerVersions where that is not enough, then the
// newest version's fingerprint records), and create a layer version only when no version carries this fingerprint
// and the zip differs from the newest one (a zip equal to it gets the fingerprint recorded instead). Zips over
// Lambda's direct upload limit go through S3 (only those: a small zip needs no bucket and no S3 permissions).
import { open, readFile } from 'node:fs/promises';
import {
  DeleteLayerVersionCommand,
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
import type { S3Client } from '@aws-sdk/client-s3';
import { isAccessDenied, type AwsClients } from '../adapters/aws';
import { systemClock, type Clock } from '../clock';
import { shortLayer } from '../deploy/layers';
import { MAX_DIRECT_UPLOAD, zipProblems } from '../packaging/limits';
import type { LayerConfig, Logger, ZipInfo } from '../types';
import { descriptionText, formatDescription, parseDescription } from './description';
import { attempt, explain, PublishError } from './errors';
import { hasRecord, writeRecord } from './records';

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
  /**
   * A version whose Description carries this fingerprint: nothing to publish (a revert reuses an older one). Or the
   * newest version, `recorded`: its policy records this fingerprint, an earlier rebuild having given the same zip.
   */
  match?: PublishedVersion & { recorded?: true };
}

export interface PublishOptions {
  fingerprint: string;
  /** The commit being published, recorded in the Description; undefined when the inputs differ from it. */
  commit: string | undefined;
  latest?: LayerLookup['latest'];
  /** The `force` input: publish even a zip identical to the newest version's. */
  force?: boolean;
  /** The `s3-bucket` input; `{region}` is replaced by the region. */
  s3Bucket?: string;
  log: Logger;
  /** Times the back-off of retries; the system clock by default. */
  clock?: Clock;
}

export interface PublishResult {
  status: 'published' | 'reused';
  arn: string;
  /** Reused for an identical zip, and the fingerprint is recorded on that version: the next run will not build. */
  recorded?: true;
  /** The newest version's zip size before this run, for the report. */
  previousCodeSize?: number;
}

/** Looks up one layer in one region; a run looks up all of its layers through one `createLayerLookup`. */
export type LayerLookups = (region: string, layerName: string, fingerprint: string, log: Logger) => Promise<LayerLookup>;

/**
 * Finds what is published for many layers at once: one ListLayers pass per region (50 layers a page, each with its
 * newest version's Description), then ListLayerVersions only for a layer whose newest version does not carry the
 * fingerprint (an older version may, after a revert), and last the newest version's policy, for a layer that no
 * Description matches (records.ts). A re-run with nothing to do costs a few calls per region instead of one per
 * layer. Without lambda:ListLayers (policies written before it was needed), or when its answer lists no layers at
 * all, every layer is looked up with ListLayerVersions as before.
 */
export function createLayerLookup(aws: AwsClients): LayerLookups {
  const listings = new Map<string, Promise<Map<string, Latest> | undefined>>();
  return async (region, layerName, fingerprint, log) => {
    let listing = listings.get(region);
    if (!listing) listings.set(region, (listing = listLatestVersions(aws, region, log)));
    const latestVersions = await listing;
    if (latestVersions) {
      const latest = latestVersions.get(layerName);
      if (!latest) return {};
      if (parseDescription(latest.description).fingerprint === fingerprint) return { latest, match: { arn: latest.arn, version: latest.version } };
    }
    const found = await listVersions(aws, region, layerName, fingerprint);
    if (found.match || !found.latest) return found;
    const { arn, version } = found.latest;
    return (await hasRecord(aws, region, arn, fingerprint, log)) ? { ...found, match: { arn, version, recorded: true } } : found;
  };
}

type Latest = NonNullable<LayerLookup['latest']>;

/**
 * The newest version of every layer of the region by name; undefined when IAM refuses ListLayers, or when an answer
 * has no `Layers` list (some Lambda-compatible endpoints answer `null`): then each layer is listed on its own.
 */
async function listLatestVersions(aws: AwsClients, region: string, log: Logger): Promise<Map<string, Latest> | undefined> {
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
    if (!Array.isArray(page.Layers)) {
      log.info(`${region}: ListLayers answered without a list of layers; looking each layer up with ListLayerVersions instead.`);
      return undefined;
    }
    for (const layer of page.Layers) {
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
  const versions = await newestVersions(aws, region, layerName);
  const match = versions.find((v) => parseDescription(v.description).fingerprint === fingerprint);
  return { latest: versions[0], match: match && { arn: match.arn, version: match.version } };
}

/** The newest 50 versions of one layer, newest first; none when the layer does not exist. */
async function newestVersions(aws: AwsClients, region: string, layerName: string): Promise<Latest[]> {
  let listed;
  try {
    listed = await aws.lambda(region).send(new ListLayerVersionsCommand({ LayerName: layerName, MaxItems: LOOKUP_PAGE_SIZE }));
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return [];
    throw new PublishError(explain(error, 'lambda:ListLayerVersions', `layer ${layerName} in ${region}`));
  }
  return (listed.LayerVersions ?? [])
    .map((v) => ({ arn: v.LayerVersionArn!, version: v.Version!, description: v.Description }))
    .sort((a, b) => b.version - a.version);
}

/**
 * The versions carrying the fingerprint in their Description that are newer than `after` (the newest version when
 * this run looked the layer up), oldest first: the ones this run or a concurrent run published.
 */
async function publishedSince(aws: AwsClients, region: string, layerName: string, fingerprint: string, after: number): Promise<PublishedVersion[]> {
  const versions = await newestVersions(aws, region, layerName);
  return versions
    .filter((v) => v.version > after && parseDescription(v.description).fingerprint === fingerprint)
    .map(({ arn, version }) => ({ arn, version }))
    .reverse();
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
    // The layer's `description` is fingerprinted too: a changed one must reach a new version's Description.
    const text = descriptionText(formatDescription({ text: layer.description, fingerprint: opts.fingerprint, commit: opts.commit }));
    if (current.Content?.CodeSha256 === zip.codeSha256 && sameMetadata(current, metadata) && descriptionText(current.Description) === text) {
      if (opts.force) {
        opts.log.info(`${region}: the zip is identical to ${shortLayer(arn)}, and published again as the 'force' input is true.`);
      } else {
        opts.log.info(`${region}: the zip is identical to ${shortLayer(arn)} (CodeSha256 ${zip.codeSha256}), so no new version.`);
        const recorded = await writeRecord(aws, region, arn, opts.fingerprint, opts.log);
        return { status: 'reused', arn, previousCodeSize, ...(recorded ? { recorded } : {}) };
      }
    }
  }

  const content = await layerContent(aws, region, layer, zip, opts);
  const published = await publishOnce(aws, region, opts, {
    LayerName: layer.layerName,
    Description: formatDescription({ text: layer.description, fingerprint: opts.fingerprint, commit: opts.commit }),
    Content: content,
    ...metadata,
  });
  return converge(aws, region, layer.layerName, published, { ...opts, previousCodeSize });
}

/**
 * Two runs of one commit at once (no concurrency group, or a push and a tag) both find nothing and both publish. So
 * the fingerprint is looked up again after publishing: the lowest version carrying it wins, in every run alike, and
 * a losing run deletes its own version (no function can use it yet) and reports the winner as reused.
 */
async function converge(
  aws: AwsClients,
  region: string,
  layerName: string,
  published: PublishedVersion,
  opts: PublishOptions & { previousCodeSize?: number },
): Promise<PublishResult> {
  const { previousCodeSize } = opts;
  const carriers = await publishedSince(aws, region, layerName, opts.fingerprint, opts.latest?.version ?? 0).catch((error: unknown) => {
    opts.log.warning(`${region}: could not check for a duplicate of ${shortLayer(published.arn)} published by a concurrent run: ${(error as Error).message}`);
    return [];
  });
  const winner = carriers[0];
  if (!winner || winner.version >= published.version) return { status: 'published', arn: published.arn, previousCodeSize };
  opts.log.info(`${region}: a concurrent run published this fingerprint first, as ${shortLayer(winner.arn)}; deleting the duplicate ${shortLayer(published.arn)}.`);
  try {
    await aws.lambda(region).send(new DeleteLayerVersionCommand({ LayerName: layerName, VersionNumber: published.version }));
  } catch (error) {
    opts.log.warning(`${region}: the duplicate ${shortLayer(published.arn)} stays: ${explain(error, 'lambda:DeleteLayerVersion', published.arn)}`);
  }
  return { status: 'reused', arn: winner.arn, previousCodeSize };
}

/**
 * PublishLayerVersion without the SDK's blind retries: a call whose answer was lost may have published the version,
 * and sending it again would publish a second one with the same fingerprint. After a failed attempt the fingerprint
 * is looked up first, and only if no version carries it is the call sent again. An answer without the version (from
 * an endpoint that is not quite Lambda) is looked up the same way, and is an error naming the endpoint if absent.
 */
async function publishOnce(aws: AwsClients, region: string, opts: PublishOptions, input: PublishLayerVersionCommandInput): Promise<PublishedVersion> {
  const layerName = input.LayerName!;
  const found = async () => (await publishedSince(aws, region, layerName, opts.fingerprint, opts.latest?.version ?? 0))[0];
  for (let attemptNo = 1; ; attemptNo++) {
    let answer;
    try {
      answer = await aws.lambda(region).send(withoutSdkRetries(new PublishLayerVersionCommand(input)));
    } catch (wrapped) {
      const error = wrapped instanceof NotRetried ? wrapped.error : wrapped;
      const metadata = (error as { $metadata?: { attempts?: number } }).$metadata;
      if (metadata) metadata.attempts = attemptNo;
      if (attemptNo >= PUBLISH_ATTEMPTS || !transient(error)) {
        throw new PublishError(explain(error, 'lambda:PublishLayerVersion', `layer ${layerName} in ${region}`));
      }
    }
    if (answer?.LayerVersionArn && answer.Version !== undefined) return { arn: answer.LayerVersionArn, version: answer.Version };
    if (answer) return (await found()) ?? unanswered(answer, layerName, region);
    const match = await found();
    if (match) {
      opts.log.info(`${region}: PublishLayerVersion got no answer, but Lambda had published it: found ${shortLayer(match.arn)} with this fingerprint.`);
      return match;
    }
    await (opts.clock ?? systemClock).sleep(1000 * 2 ** (attemptNo - 1));
  }
}

/** A PublishLayerVersion answer without the version it created, and no version found with the fingerprint either. */
function unanswered(answer: { LayerVersionArn?: string; Version?: number }, layerName: string, region: string): never {
  const missing = [answer.LayerVersionArn ? '' : 'LayerVersionArn', answer.Version === undefined ? 'Version' : ''].filter(Boolean).join(' and ');
  throw new PublishError(
    `PublishLayerVersion of layer ${layerName} in ${region} answered without ${missing}, and no version carrying this fingerprint was found ` +
      `afterwards, so nothing was published. The endpoint is not answering as AWS Lambda does: if AWS_ENDPOINT_URL or ` +
      `AWS_ENDPOINT_URL_LAMBDA is set, check that it points at Lambda (or a Lambda-compatible API), then re-run.`,
  );
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
  await upload(await aws.s3(region), bucket, key, zip, opts.clock ?? systemClock);
  opts.log.info(`${region}: uploaded ${zip.size} bytes to s3://${bucket}/${key}.`);
  return { S3Bucket: bucket, S3Key: key };
}

async function upload(s3: S3Client, bucket: string, key: string, zip: ZipInfo, clock: Clock): Promise<void> {
  // Opened once, before sending: a file error is then a rejection here, not an unhandled stream error.
  const [file, { PutObjectCommand }] = await Promise.all([open(zip.path), import('@aws-sdk/client-s3')]);
  try {
    for (let attemptNo = 1; ; attemptNo++) {
      try {
        const body = file.createReadStream({ start: 0, autoClose: false });
        await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentLength: zip.size, ContentType: 'application/zip' }));
        return;
      } catch (error) {
        if (attemptNo >= UPLOAD_ATTEMPTS || !transient(error)) throw new PublishError(explain(error, 's3:PutObject', `s3://${bucket}/${key}`));
      }
      await clock.sleep(1000 * attemptNo);
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
