// The command line's `--local`: the local Lambda API with the state of earlier runs, which it answers from as Lambda
// would. A configured function it does not have fails as on AWS, unless `--create-functions` asks for it, created
// with the runtime and architecture its layers imply. `plan --local` writes nothing.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { runtimeCatalog } from '../config/runtimes';
import type { Config, FunctionConfig, LayerConfig, Logger, Mode, Plan } from '../types';

/** Where --local keeps the local Lambda API's functions and layer versions, inside the repository. */
export const LOCAL_STATE = path.join('.lambda-layers', 'lambda-api.json');
const LOCAL_ACCOUNT = '123456789012';

export interface LocalOptions {
  mode: Mode;
  createFunctions: boolean;
  s3Bucket?: string;
  /** The `--layers` and `--regions` options, which scope the functions as the pipeline does. */
  layers: string[];
  regions: string[];
}

export interface LocalRun {
  /** Marks the rows of the functions created for this run, and tells how to create the missing ones. */
  annotate(plan: Plan): void;
  close(): Promise<void>;
}

interface LocalFunction {
  fn: FunctionConfig;
  name: string;
  region: string;
  runtime: string;
  architecture: string;
}

/** Starts the local Lambda API and points the SDK at it with dummy credentials. */
export async function startLocal(repoRoot: string, config: Config, opts: LocalOptions, log: Logger): Promise<LocalRun> {
  const { startLambdaApi } = await import('./lambda-api');
  const lambda = await startLambdaApi({ stateFile: path.join(repoRoot, LOCAL_STATE), account: LOCAL_ACCOUNT, readOnlyState: opts.mode === 'plan' });
  for (const name of ['AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_ENDPOINT_URL_LAMBDA', 'AWS_ENDPOINT_URL_S3']) delete process.env[name];
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: lambda.url,
    AWS_ACCESS_KEY_ID: 'AKIDLOCAL',
    AWS_SECRET_ACCESS_KEY: 'local-secret',
    AWS_REGION: config.regions[0] ?? 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  const absent = localFunctions(config, opts).filter((f) => {
    try {
      return !lambda.fn(f.region, f.name);
    } catch {
      return true;
    }
  });
  const created = opts.createFunctions ? absent : [];
  const missing = opts.createFunctions ? [] : absent;
  log.info(`Local Lambda API on ${lambda.url}, state in ${LOCAL_STATE}${opts.mode === 'plan' ? ' (read only: a plan writes nothing)' : ''}.`);
  for (const f of created) {
    lambda.addFunction(f.region, { name: f.name, runtime: f.runtime, architectures: [f.architecture] });
    const settings = `${f.runtime}, ${f.architecture}, from the layers ${f.fn.layers.join(', ')}`;
    log.info(opts.mode === 'deploy' ? `Created local function ${f.name} (${f.region}): ${settings}.` : `Local function ${f.name} (${f.region}) as a deploy would create it: ${settings}.`);
  }
  if (opts.s3Bucket) {
    for (const region of new Set(config.layers.flatMap((l) => l.regions))) lambda.createBucket(opts.s3Bucket.replaceAll('{region}', region), region);
  }
  const find = (list: LocalFunction[], name: string, region: string) => list.find((f) => f.fn.name === name && f.region === region);
  return {
    annotate(plan) {
      for (const row of plan.functions) {
        const wanted = find(missing, row.name, row.region);
        if (wanted && row.status === 'failed') {
          row.error = `${row.error} If the name is right, --create-functions creates it on the local Lambda API (${wanted.runtime}, ${wanted.architecture}).`;
        }
        if (find(created, row.name, row.region) && row.status !== 'failed' && row.status !== 'rolled-back') {
          row.status = opts.mode === 'deploy' ? 'created' : 'would-create';
        }
      }
    },
    async close() {
      // Publish changes no function: what it created to preview a deploy is not kept.
      if (opts.mode !== 'deploy') for (const f of created) lambda.removeFunction(f.region, f.name);
      await lambda.close();
    },
  };
}

/** The configured functions a run of these options deploys, each with the runtime and architecture its layers imply. */
function localFunctions(config: Config, opts: LocalOptions): LocalFunction[] {
  return config.functions
    .filter((fn) => opts.layers.length === 0 || fn.layers.every((key) => opts.layers.includes(key)))
    .flatMap((fn) => {
      const implied = impliedSettings(fn.layers.map((key) => config.layers.find((l) => l.key === key)!));
      const name = fn.name.startsWith('arn:') ? fn.name.split(':')[6] : fn.name;
      return (opts.regions.length > 0 ? opts.regions : fn.regions).map((region) => ({ fn, name, region, ...implied }));
    });
}

const LANGUAGE: Partial<Record<LayerConfig['type'], string>> = { nodejs: 'nodejs', python: 'python', ruby: 'ruby' };

/**
 * A runtime layer's runtime; else the first runtime every layer that lists runtimes allows (else the first listed),
 * else the newest runtime of the layers' language, else the OS-only provided.al2023. The first architecture every
 * layer allows, else the runtime layer's (its bootstrap must run), else x86_64 as Lambda's default.
 */
export function impliedSettings(layers: LayerConfig[]): { runtime: string; architecture: string } {
  const runtimeLayer = layers.find((l) => l.type === 'runtime');
  const common = (lists: string[][]) => lists.reduce((a, b) => a.filter((x) => b.includes(x)), lists[0] ?? []);
  const runtimes = layers.map((l) => l.runtimes).filter((r) => r.length > 0);
  const architectures = layers.map((l) => l.architectures).filter((a) => a.length > 0);
  const language = layers.map((l) => LANGUAGE[l.type]).find(Boolean);
  const newest = language === undefined ? undefined : runtimeCatalog().current.find((r) => r.startsWith(language));
  return {
    runtime: (runtimeLayer ? (runtimeLayer.runtimes[0] ?? 'provided.al2023') : undefined) ?? common(runtimes)[0] ?? runtimes[0]?.[0] ?? newest ?? 'provided.al2023',
    architecture: common(architectures)[0] ?? runtimeLayer?.architectures[0] ?? architectures[0]?.[0] ?? 'x86_64',
  };
}

/** `lambda-layers local reset`: removes the state file, saying what it held. */
export async function resetLocal(repoRoot: string): Promise<string> {
  const file = path.join(repoRoot, LOCAL_STATE);
  const { stateSummary } = await import('./lambda-api');
  const held = await stateSummary(file);
  if (!held) return `No local Lambda API state to remove: ${LOCAL_STATE} does not exist.`;
  await rm(file, { force: true });
  const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const regions = held.map((r) => `${plural(r.functions, 'function')} and ${plural(r.layerVersions, 'layer version')} in ${r.region}`);
  return `Removed the local Lambda API state ${LOCAL_STATE}: ${regions.join('; ') || 'nothing'}.`;
}
