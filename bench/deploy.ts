// Deploy of many functions against the local Lambda API set to Lambda's real control-plane quota: 15 requests per
// second for every call but GetFunction, throttled beyond that. The floor is the quota itself: calls / 15 s. A deploy
// that reads each function with GetFunctionConfiguration and updates it makes 2 quota calls per function (the
// "read and update floor"); ours reads with GetFunction, which has a quota of its own, and so can go below it.
// Run alone with `npx tsx bench/deploy.ts`; BENCH_DEPLOY_FUNCTIONS changes the number of functions (default 100).
import { pathToFileURL } from 'node:url';
import { startLambdaApi } from '../local/lambda-api';
import { GetFunctionConfigurationCommand, UpdateFunctionConfigurationCommand, waitUntilFunctionUpdatedV2 } from '@aws-sdk/client-lambda';
import { createAwsClients, type AwsClients } from '../src/adapters/aws';
import { deployFunctions, type DeployTarget } from '../src/deploy';
import { mergeLayers } from '../src/deploy/layers';
import type { FunctionPlan } from '../src/types';
import { memoryLogger } from '../test/support/logger';

const REGION = 'us-east-1';
const QUOTA_RPS = 15;
const layer = (version: number) => `arn:aws:lambda:${REGION}:123456789012:layer:shared-deps:${version}`;

interface RunFigures {
  seconds: number;
  /** Calls under the quota (all but GetFunction) that the server served; throttled ones are counted apart. */
  quotaCalls: number;
  floorSeconds: number;
  ratioToFloor: number;
  /** Against 2 quota calls per function at 15 per second. */
  ratioToReadAndUpdateFloor: number;
  throttled: number;
  updated: number;
  failed: number;
}

type Deployer = (clients: AwsClients, targets: DeployTarget[]) => Promise<FunctionPlan[]>;

/** Our deploy: reads, checks, then updates, with at most `concurrency` calls in flight. */
const ours = (concurrency: number): Deployer => (clients, targets) =>
  deployFunctions(clients, targets, { concurrency, dryRun: false, log: memoryLogger() });

/** What a hand-written script does: one function after the other, read, update, wait. */
const serialScript: Deployer = async (clients, targets) => {
  const plans: FunctionPlan[] = [];
  for (const { fn, region, desired } of targets) {
    const lambda = clients.lambda(region);
    const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn.name }));
    const oldLayers = (config.Layers ?? []).map((l) => l.Arn!);
    const newLayers = mergeLayers(oldLayers, desired);
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: fn.name, Layers: newLayers, RevisionId: config.RevisionId }));
    await waitUntilFunctionUpdatedV2({ client: lambda, maxWaitTime: 300 }, { FunctionName: fn.name });
    plans.push({ key: fn.key, name: fn.name, region, status: 'updated', oldLayers, newLayers });
  }
  return plans;
};

async function deployRun(functions: number, concurrency: number, deploy: Deployer): Promise<RunFigures & { noOpCalls: number }> {
  // trustLayerArns: the layer versions are made up, never published.
  const server = await startLambdaApi({ latencyMs: 100, updateMs: 1000, rps: QUOTA_RPS, trustLayerArns: true });
  try {
    const targets: DeployTarget[] = [];
    for (let i = 0; i < functions; i++) {
      const name = `fn-${String(i).padStart(3, '0')}`;
      server.addFunction(REGION, { name, layers: [layer(1)] });
      targets.push({
        fn: { key: name, name, layers: ['shared-deps'], regions: [REGION] },
        region: REGION,
        desired: [{ key: 'shared-deps', layerName: 'shared-deps', arn: layer(2), architectures: [], type: 'nodejs' }],
      });
    }
    process.env.AWS_ENDPOINT_URL_LAMBDA = server.url;
    const clients = createAwsClients({ concurrency, maxRps: QUOTA_RPS });

    const started = performance.now();
    const plans = await deploy(clients, targets);
    const seconds = (performance.now() - started) / 1000;
    const calls = server.calls.filter((c) => c.op !== 'GetFunction');
    const throttled = calls.filter((c) => c.status === 429).length;
    const quotaCalls = calls.length - throttled;

    const before = server.calls.length;
    await ours(concurrency)(clients, targets);
    return {
      seconds: round(seconds),
      quotaCalls,
      floorSeconds: round(quotaCalls / QUOTA_RPS),
      ratioToFloor: round(seconds / (quotaCalls / QUOTA_RPS)),
      ratioToReadAndUpdateFloor: round(seconds / ((2 * functions) / QUOTA_RPS)),
      throttled,
      updated: plans.filter((p) => p.status === 'updated').length,
      failed: plans.filter((p) => p.status === 'failed').length,
      noOpCalls: server.calls.length - before,
    };
  } finally {
    await server.close();
  }
}

export async function benchDeploy() {
  const functions = Number(process.env.BENCH_DEPLOY_FUNCTIONS ?? 100);
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  process.env.AWS_ACCESS_KEY_ID ??= 'AKIDBENCH';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'bench';
  const { noOpCalls, ...concurrency16 } = await deployRun(functions, 16, ours(16));
  const { noOpCalls: _1, ...concurrency1 } = await deployRun(functions, 1, ours(1));
  const { noOpCalls: _2, ...serial } = await deployRun(functions, 1, serialScript);
  return {
    functions,
    server: `${QUOTA_RPS} rps for all calls but GetFunction, 100 ms latency, 1 s update time`,
    ours: { concurrency16, concurrency1 },
    serialScriptBaseline: serial,
    speedupOverSerialScript: round(serial.seconds / concurrency16.seconds),
    noOpRerunLambdaCalls: noOpCalls,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchDeploy(), null, 2));
}
