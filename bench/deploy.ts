// Deploy of many functions against the local Lambda API set to Lambda's real control-plane quota: 15 requests per
// second for every call but GetFunction (100 per second of its own), 100 ms latency, 1 s for an update to finish.
// The real floor of a deploy that reads every function with GetFunction and updates it: the first read's answer,
// then the updates at 15 per second (reads at 100 per second keep ahead of them), then the last update's completion,
// seen by one more read. Run alone with `npx tsx bench/deploy.ts`; BENCH_DEPLOY_FUNCTIONS changes the number of
// functions (default 100); BENCH_DEPLOY_SERIAL=1 adds a hand-written serial script (slow: about 2 minutes).
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
const GET_FUNCTION_RPS = 100;
const LATENCY_MS = 100;
const UPDATE_MS = 1000;
const layer = (version: number) => `arn:aws:lambda:${REGION}:123456789012:layer:shared-deps:${version}`;

interface RunFigures {
  seconds: number;
  /** Calls under the quota (all but GetFunction) that the server served; throttled ones are counted apart. */
  quotaCalls: number;
  floorSeconds: number;
  ratioToFloor: number;
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
  const server = await startLambdaApi({ latencyMs: LATENCY_MS, updateMs: UPDATE_MS, rps: QUOTA_RPS, trustLayerArns: true });
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
    // Reads: functions / 100 per second, overlapped with the updates, which can only start once the first read is in.
    const floor = (LATENCY_MS + Math.max((1000 * quotaCalls) / QUOTA_RPS, (1000 * functions) / GET_FUNCTION_RPS) + UPDATE_MS + LATENCY_MS) / 1000;
    return {
      seconds: round(seconds),
      quotaCalls,
      floorSeconds: round(floor),
      ratioToFloor: round(seconds / floor),
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
  const serial = process.env.BENCH_DEPLOY_SERIAL ? (({ noOpCalls: _, ...rest }) => rest)(await deployRun(functions, 1, serialScript)) : undefined;
  return {
    functions,
    server: `${QUOTA_RPS} rps for all calls but GetFunction (${GET_FUNCTION_RPS} rps), ${LATENCY_MS} ms latency, ${UPDATE_MS / 1000} s update time`,
    ours: concurrency16,
    ...(serial && { serialScriptBaseline: serial, speedupOverSerialScript: round(serial.seconds / concurrency16.seconds) }),
    noOpRerunLambdaCalls: noOpCalls,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchDeploy(), null, 2));
}
