// Deploy of many functions against the local Lambda API set to Lambda's real quotas: 100 GetFunction requests per
// second, and 15 for every other call together, throttled beyond that; each answer takes LATENCY_MS, each update
// UPDATE_MS to finish. Two floors, computed from those figures, never measured:
// - the quota floor: reads at 100/s and updates at 15/s side by side, then the last update's completion seen one
//   answer later: max(N/100, N/15) + UPDATE_MS + LATENCY_MS;
// - the checked-first floor, for a deploy that, as ours, checks every function before changing any: the reads, then
//   the updates, then the last completion: N/100 + N/15 + UPDATE_MS + LATENCY_MS.
// A measured baseline shows what the same clients (and their pacing) reach without that guarantee: each function
// read, updated and waited for on its own, all at once.
// Run alone with `npx tsx bench/deploy.ts`; BENCH_DEPLOY_FUNCTIONS changes the number of functions (default 100).
import { pathToFileURL } from 'node:url';
import { startLambdaApi } from '../src/local/lambda-api';
import { GetFunctionCommand, GetFunctionConfigurationCommand, UpdateFunctionConfigurationCommand, waitUntilFunctionUpdatedV2 } from '@aws-sdk/client-lambda';
import { createAwsClients, type AwsClients } from '../src/adapters/aws';
import { deployFunctions, type DeployTarget } from '../src/deploy/deploy';
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
  ratioToQuotaFloor: number;
  ratioToCheckedFirstFloor: number;
  /** Calls under the shared quota (all but GetFunction) that the server served; throttled ones are counted apart. */
  quotaCalls: number;
  getFunctionCalls: number;
  throttled: number;
  updated: number;
  failed: number;
}

type Deployer = (clients: AwsClients, targets: DeployTarget[]) => Promise<FunctionPlan[]>;

/** Our deploy: reads, checks, then updates, with at most `concurrency` calls in flight. */
const ours = (concurrency: number): Deployer => (clients, targets) =>
  deployFunctions(clients, targets, { concurrency, dryRun: false, log: memoryLogger() });

/** One function as a script does it, with no check of the others first: read, update, wait. */
async function readUpdateWait(clients: AwsClients, { fn, region, desired }: DeployTarget, read: 'GetFunction' | 'GetFunctionConfiguration'): Promise<FunctionPlan> {
  const lambda = clients.lambda(region);
  const config =
    read === 'GetFunction'
      ? (await lambda.send(new GetFunctionCommand({ FunctionName: fn.name }))).Configuration!
      : await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn.name }));
  const oldLayers = (config.Layers ?? []).map((l) => l.Arn!);
  const newLayers = mergeLayers(oldLayers, desired);
  await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: fn.name, Layers: newLayers, RevisionId: config.RevisionId }));
  await waitUntilFunctionUpdatedV2({ client: lambda, maxWaitTime: 300 }, { FunctionName: fn.name });
  return { key: fn.key, name: fn.name, region, status: 'updated', oldLayers, newLayers };
}

/** What a hand-written script does: one function after the other. */
const serialScript: Deployer = async (clients, targets) => {
  const plans: FunctionPlan[] = [];
  for (const t of targets) plans.push(await readUpdateWait(clients, t, 'GetFunctionConfiguration'));
  return plans;
};

/** Every function at once, each updated as soon as it is read: no all-or-nothing check, the clients' pacing only. */
const uncheckedPipeline: Deployer = (clients, targets) => Promise.all(targets.map((t) => readUpdateWait(clients, t, 'GetFunction')));

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
    const served = server.calls.filter((c) => c.status !== 429);
    const quotaCalls = served.filter((c) => c.op !== 'GetFunction').length;
    const throttled = server.calls.length - served.length;

    const before = server.calls.length;
    await ours(concurrency)(clients, targets);
    return {
      seconds: round(seconds),
      ratioToQuotaFloor: round(seconds / floors(functions).quota),
      ratioToCheckedFirstFloor: round(seconds / floors(functions).checkedFirst),
      quotaCalls,
      getFunctionCalls: served.length - quotaCalls,
      throttled,
      updated: plans.filter((p) => p.status === 'updated').length,
      failed: plans.filter((p) => p.status === 'failed').length,
      noOpCalls: server.calls.length - before,
    };
  } finally {
    await server.close();
  }
}

/** The floors of the header, in seconds. */
function floors(functions: number): { quota: number; checkedFirst: number } {
  const reads = functions / GET_FUNCTION_RPS;
  const updates = functions / QUOTA_RPS;
  const lastCompletion = (UPDATE_MS + LATENCY_MS) / 1000;
  return { quota: Math.max(reads, updates) + lastCompletion, checkedFirst: reads + updates + lastCompletion };
}

export async function benchDeploy() {
  const functions = Number(process.env.BENCH_DEPLOY_FUNCTIONS ?? 100);
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  process.env.AWS_ACCESS_KEY_ID ??= 'AKIDBENCH';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'bench';
  const { noOpCalls, ...concurrency16 } = await deployRun(functions, 16, ours(16));
  const { noOpCalls: _1, ...concurrency1 } = await deployRun(functions, 1, ours(1));
  const { noOpCalls: _2, ...unchecked } = await deployRun(functions, 16, uncheckedPipeline);
  const { noOpCalls: _3, ...serial } = await deployRun(functions, 1, serialScript);
  const floor = floors(functions);
  return {
    functions,
    server: `${GET_FUNCTION_RPS} rps for GetFunction, ${QUOTA_RPS} rps for all other calls, ${LATENCY_MS} ms latency, ${UPDATE_MS} ms update time`,
    quotaFloorSeconds: round(floor.quota),
    checkedFirstFloorSeconds: round(floor.checkedFirst),
    ours: { concurrency16, concurrency1 },
    uncheckedPipelineBaseline: unchecked,
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
