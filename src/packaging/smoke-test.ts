// `smokeTest`: the built zip, unzipped as /opt would be, its bootstrap started against a local Runtime API with one
// event, and its answer checked, before anything is published. Lambda's environment is reproduced (variables, PATH
// and LD_LIBRARY_PATH with /opt's bin and lib), never the runner's.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Exec, ExecResult } from '../adapters/exec';
import type { LayerConfig, Logger, SmokeTestConfig } from '../types';
import { BOOTSTRAP, elfArchitecture, elfMachine, type BootstrapFacts } from './bootstrap';
import { extractZip } from './extract';
import { startRuntimeApi, type Outcome } from './runtime-api';
import { isInside } from '../paths';

export interface SmokeTestOptions {
  repoRoot: string;
  zipPath: string;
  /** From checkBootstrap's inspection: an ELF for another architecture is skipped. */
  bootstrap: BootstrapFacts;
  exec: Exec;
  log: Logger;
}

/** Lines of the bootstrap's output shown with a failure. */
const TAIL = 20;

/** Runs the smoke test; throws with what went wrong and the end of the bootstrap's output. */
export async function smokeTest(layer: LayerConfig, test: SmokeTestConfig, opts: SmokeTestOptions): Promise<void> {
  const { exec, log } = opts;
  const skip = hostCannotRun(opts.bootstrap, process.platform, process.arch);
  if (skip) {
    log.notice(`Smoke test of ${layer.key} skipped: ${skip}`);
    return;
  }
  const event = readFileSync(inRepo(opts.repoRoot, layer, 'event', test.event), 'utf8');
  try {
    JSON.parse(event);
  } catch (error) {
    throw new Error(`smokeTest.event ${test.event} is not valid JSON (${(error as Error).message}): fix the file.`);
  }
  const dir = await mkdtemp(path.join(path.dirname(opts.zipPath), 'smoke-'));
  try {
    const opt = path.join(dir, 'opt');
    await mkdir(opt);
    await extractZip(opts.zipPath, opt);
    const taskRoot = test.taskRoot ? inRepo(opts.repoRoot, layer, 'taskRoot', test.taskRoot) : path.join(dir, 'task');
    if (!test.taskRoot) await mkdir(taskRoot);

    const region = layer.regions[0] ?? 'us-east-1';
    const functionName = `${layer.layerName}-smoke-test`;
    const started = Date.now();
    const api = await startRuntimeApi({
      event,
      deadlineMs: started + test.timeoutSeconds * 1000,
      functionArn: `arn:aws:lambda:${region}:000000000000:function:${functionName}`,
    });
    const stop = new AbortController();
    let outcome: Outcome | undefined;
    try {
      const env = lambdaEnv({ api: api.address, opt, taskRoot, handler: test.handler, functionName, region });
      const run = exec.run(path.join(opt, BOOTSTRAP), [], {
        cwd: taskRoot,
        env,
        timeoutMs: test.timeoutSeconds * 1000,
        signal: stop.signal,
        onLine: (line) => log.debug(`bootstrap: ${line}`),
      });
      // The runtime loops for the next event once it has answered: its answer or its end, whichever comes first.
      await Promise.race([api.outcome.then((o) => (outcome = o)), run.catch(() => undefined)]);
      stop.abort();
      const result = await run.catch((error: Error) => {
        throw new Error(`The bootstrap of ${layer.key} could not be started (${error.message}): check that it is a Linux executable for this machine.`);
      });
      const failure = verdict(outcome, result, test);
      if (failure) throw new Error(`Smoke test of ${layer.key} failed: ${failure}${outputTail(result)}`);
      log.info(`Smoke test of ${layer.key} passed in ${Date.now() - started} ms: ${oneLine(outcome!.body)}`);
    } finally {
      stop.abort();
      await api.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Why this machine cannot run the bootstrap (an ELF for another OS or architecture); undefined when it can. */
export function hostCannotRun(bootstrap: BootstrapFacts, platform: NodeJS.Platform, arch: string): string | undefined {
  const machine = elfMachine(bootstrap.head);
  if (machine === undefined) return undefined;
  const built = elfArchitecture(machine) ?? `machine ${machine}`;
  const host = arch === 'x64' ? 'x86_64' : arch;
  if (platform === 'linux' && built === host) return undefined;
  return (
    `the bootstrap is a ${built} Linux binary and this runner is ${platform} ${host}. ` +
    `Run the workflow on a ${built} Linux runner (for example ${built === 'arm64' ? 'ubuntu-24.04-arm' : 'ubuntu-24.04'}) to smoke-test it.`
  );
}

/** What failed, from the runtime's answer and its exit; undefined when it answered as expected. */
export function verdict(outcome: Outcome | undefined, exit: Pick<ExecResult, 'code' | 'signal' | 'timedOut'>, test: SmokeTestConfig): string | undefined {
  if (!outcome) {
    if (exit.timedOut) return `no response within timeoutSeconds (${test.timeoutSeconds} s); the bootstrap was killed.`;
    const how = exit.code === null ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
    return `the bootstrap ${how} before posting a response.`;
  }
  const type = outcome.kind !== 'response' && outcome.errorType ? ` (${outcome.errorType})` : '';
  if (outcome.kind === 'init-error') return `the runtime reported an initialization error${type}: ${oneLine(outcome.body)}`;
  if (outcome.kind === 'error') return `the invocation failed${type}: ${oneLine(outcome.body)}`;
  if (test.expect === undefined) return undefined;
  let actual: unknown;
  try {
    actual = JSON.parse(outcome.body);
  } catch {
    return `the response is not JSON, so it cannot equal 'expect': ${oneLine(outcome.body)}`;
  }
  if (isDeepStrictEqual(actual, test.expect)) return undefined;
  return `the response differs from 'expect'. Expected ${JSON.stringify(test.expect)}, got ${JSON.stringify(actual)}.`;
}

/** What a provided.al2023 function sees, with this machine's paths for /opt and /var/task. */
export function lambdaEnv(p: { api: string; opt: string; taskRoot: string; handler?: string; functionName: string; region: string }): Record<string, string> {
  return {
    AWS_LAMBDA_RUNTIME_API: p.api,
    ...(p.handler !== undefined && { _HANDLER: p.handler }),
    LAMBDA_TASK_ROOT: p.taskRoot,
    LAMBDA_OPT_DIR: p.opt,
    AWS_LAMBDA_FUNCTION_NAME: p.functionName,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '128',
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${p.functionName}`,
    AWS_LAMBDA_LOG_STREAM_NAME: 'smoke-test',
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_REGION: p.region,
    AWS_DEFAULT_REGION: p.region,
    // Lambda's own order: the system first, the task, /opt last.
    PATH: `/usr/local/bin:/usr/bin:/bin:${p.opt}/bin`,
    LD_LIBRARY_PATH: `/lib64:/usr/lib64:${p.taskRoot}:${p.taskRoot}/lib:${p.opt}/lib`,
    LANG: 'en_US.UTF-8',
    TZ: ':UTC',
  };
}

/** A smokeTest path (relative to the layer folder), checked to exist inside the repository. */
function inRepo(repoRoot: string, layer: LayerConfig, key: 'event' | 'taskRoot', relative: string): string {
  const file = path.resolve(repoRoot, layer.path, relative);
  if (!existsSync(file)) throw new Error(`smokeTest.${key} ${relative} does not exist in ${layer.path}: create it or fix the path.`);
  if (!isInside(realpathSync(repoRoot), realpathSync(file))) {
    throw new Error(`smokeTest.${key} ${relative} resolves outside the repository: point it at a path inside ${layer.path}.`);
  }
  return file;
}

function outputTail(result: ExecResult): string {
  const tail = result.tail.slice(-TAIL);
  return tail.length > 0 ? `\nLast lines of the bootstrap's output:\n${tail.join('\n')}` : '\nThe bootstrap printed nothing.';
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 500 ? `${flat.slice(0, 500)}…` : flat;
}
