// Shared setup for the deploy tests: the local Lambda API over HTTP and the real SDK pointed at it.
import { LambdaClient } from '@aws-sdk/client-lambda';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import type { AwsClients } from '../../src/adapters/aws';
import type { DeployTarget } from '../../src/deploy/deploy';
import type { DesiredLayer } from '../../src/deploy/layers';
import { startLambdaApi, type FunctionSpec } from '../../src/local/lambda-api';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

export function layerArn(name: string, version: number, account = ACCOUNT, region = REGION): string {
  return `arn:aws:lambda:${region}:${account}:layer:${name}:${version}`;
}

export type Server = Awaited<ReturnType<typeof startServer>>;

export async function startServer(opts: Parameters<typeof startLambdaApi>[0] = {}) {
  // The deploy tests wire layer versions they never publish.
  const api = await startLambdaApi({ trustLayerArns: true, ...opts });
  return {
    api,
    url: api.url,
    close: () => api.close(),
    addFunction: (name: string, f: Omit<FunctionSpec, 'name'> = {}, region = REGION) =>
      api.addFunction(region, { name, ...f }),
    /** Calls the server answered, optionally only one operation. */
    calls: (op?: string, name?: string) => api.calls.filter((c) => (!op || c.op === op) && (!name || c.name === name)),
    layersOf: (name: string, region = REGION) => api.fn(region, name).layers,
    fn: (name: string, region = REGION) => api.fn(region, name),
    /** Answer matching calls with an error instead of serving them. */
    fault: (match: (c: { op: string; name?: string }) => boolean, status: number, type: string) =>
      api.faults.push((c) => (match(c) ? { status, type } : undefined)),
  };
}

export function clientsFor(url: string): AwsClients {
  const clients = new Map<string, LambdaClient>();
  return {
    lambda: (region) => {
      if (!clients.has(region)) {
        clients.set(
          region,
          new LambdaClient({
            region,
            endpoint: url,
            // The SDK's own retries, with back-off in tens of milliseconds instead of seconds: the faults are the same.
            retryStrategy: new ConfiguredRetryStrategy(10, (attempt) => 20 * 2 ** attempt),
            credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
          }),
        );
      }
      return clients.get(region)!;
    },
    s3: () => {
      throw new Error('deploy does not use S3');
    },
    ssm: () => {
      throw new Error('deploy does not use SSM');
    },
  };
}

export function desired(key: string, version: number, extra: Partial<DesiredLayer> = {}): DesiredLayer {
  return { key, layerName: key, arn: layerArn(key, version), architectures: [], type: 'nodejs', ...extra };
}

export function target(name: string, layers: DesiredLayer[], extra: { alias?: string; region?: string } = {}): DeployTarget {
  const region = extra.region ?? REGION;
  return {
    fn: { key: name, name, layers: layers.map((l) => l.key), regions: [region], ...(extra.alias ? { alias: extra.alias } : {}) },
    region,
    desired: layers,
  };
}
