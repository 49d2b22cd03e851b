// The AWS SDK clients, one per service and region, configured for how the action uses them: paced to Lambda's
// control-plane quota so a big deploy is never throttled by its own calls, retried through throttling storms, and
// pointed at another endpoint only through the SDK's standard AWS_ENDPOINT_URL[_LAMBDA|_S3] variables (which the SDK
// reads itself; the caller says which S3 endpoint they set).
import http from 'node:http';
import https from 'node:https';
import { LambdaClient } from '@aws-sdk/client-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SSMClient } from '@aws-sdk/client-ssm';
import pThrottle from 'p-throttle';
import { systemClock, type Clock } from '../clock';

/** S3 and SSM clients load their part of the SDK on first use: most runs call neither (about 80 ms of CPU a run). */
export interface AwsClients {
  lambda(region: string): LambdaClient;
  /** Only for a zip over Lambda's direct-upload limit. */
  s3(region: string): Promise<S3Client>;
  /** Only with `ssm.prefix`. */
  ssm(region: string): Promise<SSMClient>;
}

export interface AwsOptions {
  /** AWS calls in flight at once (the `concurrency` input): the size of each client's socket pool. */
  concurrency: number;
  /** Requests per second per region for every Lambda call but GetFunction; defaults to Lambda's quota. */
  maxRps?: number;
  /** The S3 endpoint override (see s3Endpoint): a local S3 or a proxy, which serves buckets as paths. */
  s3Endpoint?: string;
}

/** The S3 endpoint `env` overrides the SDK's with, as the SDK reads it: AWS_ENDPOINT_URL_S3, else AWS_ENDPOINT_URL. */
export function s3Endpoint(env: NodeJS.ProcessEnv): string | undefined {
  return env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined;
}

/** Lambda's control-plane quota per account and region, shared by every API but GetFunction; it cannot be raised. */
const LAMBDA_RPS = 15;
/** GetFunction has a quota of its own (the deploy polls it while updates finish). */
const GET_FUNCTION_RPS = 100;
/** Calls are spaced 5% wider than the quota allows. */
const PACING_HEADROOM = 1.05;
/**
 * Attempts per call, with exponential back-off from 1 s for throttling and Retry-After honoured: eight ride out about
 * a minute of throttling by other callers sharing the quota.
 */
const MAX_ATTEMPTS = 8;
/**
 * The SDK's adaptive mode also slows a client down after it is throttled. Alone it changes nothing (the pacer keeps
 * it under the quota); when other jobs share the quota (a matrix of publish jobs) it avoids most throttles: two
 * deploys of 50 functions at once, measured against the local API, saw 15-18 throttled calls instead of 101 and
 * finished in 19-22 s instead of 24.
 */
const RETRY_MODE = 'adaptive';
const CREDENTIALS_TIMEOUT_MS = 5_000;
/**
 * Every attempt ends: a connection not made within 10 s, or a socket silent for a minute (an upload in progress is not
 * silent), fails the attempt and the retry strategy decides, so no call waits forever on an endpoint that never answers.
 */
const CONNECTION_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 60_000;
const QUIET = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

export function createAwsClients(opts: AwsOptions): AwsClients {
  const sockets = { keepAlive: true, maxSockets: Math.max(1, opts.concurrency) };
  // Both agents: the endpoint decides the scheme, and local endpoints are plain HTTP.
  const requestHandler = {
    httpAgent: new http.Agent(sockets),
    httpsAgent: new https.Agent(sockets),
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  };
  const common = { maxAttempts: MAX_ATTEMPTS, retryMode: RETRY_MODE, requestHandler };
  const lambdas = new Map<string, LambdaClient>();
  const s3s = new Map<string, Promise<S3Client>>();
  const ssms = new Map<string, Promise<SSMClient>>();
  return {
    lambda(region) {
      let client = lambdas.get(region);
      if (!client) {
        client = new LambdaClient({ region, ...common });
        pace(client, opts.maxRps ?? LAMBDA_RPS);
        lambdas.set(region, client);
      }
      return client;
    },
    s3(region) {
      let client = s3s.get(region);
      if (!client) {
        // Without a logger the SDK prints "non-retryable streaming request" to the console; uploads retry themselves.
        client = import('@aws-sdk/client-s3').then(({ S3Client }) => new S3Client({ region, ...common, forcePathStyle: Boolean(opts.s3Endpoint), logger: QUIET }));
        s3s.set(region, client);
      }
      return client;
    },
    ssm(region) {
      let client = ssms.get(region);
      if (!client) ssms.set(region, (client = import('@aws-sdk/client-ssm').then(({ SSMClient }) => new SSMClient({ region, ...common }))));
      return client;
    },
  };
}

/**
 * Spaces every attempt, retries included, evenly and a little under the quota, so that no second ever holds more
 * calls than Lambda allows. Even spacing rather than bursts, and the headroom, absorb network jitter and the slower
 * first requests of a client (connections, TLS): measured with bench/deploy.ts, a burst of 15 then one call per
 * 1/15 s gets throttled from the start. The pacer runs last before the request goes out: inside the retry loop, so
 * back-off never bypasses it, and close to the wire, so the spacing Lambda sees is the spacing made here. (Requests
 * wait signed; a signature stays valid for minutes and callers bound the calls in flight, so waits stay short.)
 */
function pace(client: LambdaClient, rps: number): void {
  const quota = (limit: number) => pThrottle({ limit: 1, interval: (1000 * PACING_HEADROOM) / limit })(() => undefined);
  const control = quota(rps);
  const getFunction = quota(GET_FUNCTION_RPS);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      await (context.commandName === 'GetFunctionCommand' ? getFunction() : control());
      return next(args);
    },
    { name: 'lambdaQuotaPacer', step: 'finalizeRequest', priority: 'low' },
  );
}

/** `<name>: <message>.` of an SDK error, the way the publish and deploy stages quote it. */
export function describeAwsError(error: unknown): string {
  const e = error as { name?: string; message?: string };
  const message = (e.message || String(error)).replace(/\.?$/, '.');
  return e.name && e.name !== 'Error' ? `${e.name}: ${message}` : message;
}

/** Whether IAM refused the call: the fix is a permission for the workflow's role, not a re-run. */
export function isAccessDenied(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'AccessDeniedException' || e.name === 'AccessDenied' || e.$metadata?.httpStatusCode === 403;
}

/**
 * Whether the SDK's default credential chain yields credentials (false on fork pull requests, which get none).
 * Bounded by a timeout because the chain ends at the instance metadata service, which may not answer. Never throws.
 */
export async function hasCredentials(aws: AwsClients, region: string, clock: Clock = systemClock): Promise<boolean> {
  const answered = new AbortController();
  const timeout = clock.sleep(CREDENTIALS_TIMEOUT_MS, answered.signal).then(
    () => undefined,
    () => undefined,
  );
  try {
    const credentials = await Promise.race([aws.lambda(region).config.credentials(), timeout]);
    return Boolean(credentials?.accessKeyId);
  } catch {
    return false;
  } finally {
    answered.abort();
  }
}
