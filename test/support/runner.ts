// Runs the bundled action the way a GitHub runner does: INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and
// the event payload in GITHUB_EVENT_PATH. Used by the tests and the demo. runInProcess gives tests of what the pipeline
// decides the same run in this process.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { restoreEnv } from './env';

export const DIST_ENTRY = fileURLToPath(new URL('../../dist/index.js', import.meta.url));


export interface RunOptions {
  /** The checked-out repository (GITHUB_WORKSPACE and the working directory). */
  cwd: string;
  /** Action inputs by their action.yml names. */
  inputs?: Record<string, string>;
  eventName: string;
  event?: unknown;
  ref?: string;
  sha?: string;
  repository?: string;
  /** Extra environment (AWS endpoint, dummy credentials, GITHUB_API_URL ...). */
  env?: Record<string, string | undefined>;
  /**
   * Runs the action as this user through `sudo -n -u`, with a node and a dist/index.js it can reach (a runner's own
   * layout: the runner's user, its node, the action in its home); the runner's files are handed to that user.
   */
  asUser?: { name: string; node: string; entry: string };
  /** The bundle to run: this checkout's dist/index.js by default (a benchmark compares another build's). */
  entry?: string;
  /** Called with the action's process once it is started (to signal it, as a cancelled job is). */
  onSpawn?: (child: ChildProcess) => void;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export function runAction(options: RunOptions): Promise<RunResult> {
  return asRunner(options, (env) => spawnNode(options.entry ?? DIST_ENTRY, options.cwd, env, options.onSpawn, options.asUser));
}

/**
 * The same run in this process: src/main.ts's run() with the runner's environment as process.env and its log read from
 * stdout. For tests of what the pipeline decides; what the bundle does is runAction's to test. A run costs about 0.2 s
 * of CPU less (no Node start, no module loading). Runs must not overlap: process.env and stdout are the process's.
 */
export function runInProcess(options: Omit<RunOptions, 'asUser' | 'entry' | 'onSpawn'>): Promise<RunResult> {
  return asRunner(options, inThisProcess);
}

type Captured = { code: number; stdout: string; stderr: string };

async function asRunner(options: RunOptions, start: (env: Record<string, string | undefined>) => Promise<Captured>): Promise<RunResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lla-runner-'));
  try {
    const files = {
      output: path.join(dir, 'output'),
      summary: path.join(dir, 'summary'),
      event: path.join(dir, 'event.json'),
      state: path.join(dir, 'state'),
    };
    await Promise.all([
      writeFile(files.output, ''),
      writeFile(files.summary, ''),
      writeFile(files.state, ''),
      writeFile(files.event, JSON.stringify(options.event ?? {})),
    ]);
    const env: Record<string, string | undefined> = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LANG: process.env.LANG,
      TMPDIR: process.env.TMPDIR,
      RUNNER_TEMP: dir,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: options.cwd,
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REF: options.ref ?? '',
      GITHUB_SHA: options.sha ?? '',
      GITHUB_REPOSITORY: options.repository ?? 'acme/monorepo',
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_STATE: files.state,
      AWS_EC2_METADATA_DISABLED: 'true',
      ...Object.fromEntries(
        Object.entries(options.inputs ?? {}).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
      ),
      ...options.env,
    };
    if (options.asUser) execFileSync('sudo', ['-n', 'chown', '-R', options.asUser.name, dir]);
    const { code, stdout, stderr } = await start(env);
    return {
      code,
      stdout,
      stderr,
      outputs: parseFileCommands(await readFile(files.output, 'utf8')),
      summary: await readFile(files.summary, 'utf8'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function spawnNode(
  script: string,
  cwd: string,
  env: Record<string, string | undefined>,
  onSpawn?: (child: ChildProcess) => void,
  asUser?: RunOptions['asUser'],
) {
  const pairs = Object.entries(env).flatMap(([name, value]) => (value === undefined ? [] : [`${name}=${value}`]));
  const child = asUser
    ? spawn('sudo', ['-n', '-u', asUser.name, '--', 'env', '-i', ...pairs, asUser.node, asUser.entry], { cwd, env: { PATH: process.env.PATH } })
    : spawn(process.execPath, [script], { cwd, env: env as NodeJS.ProcessEnv });
  onSpawn?.(child);
  return captured(child);
}

async function inThisProcess(env: Record<string, string | undefined>): Promise<Captured> {
  const { run } = await import('../../src/main');
  const saved = { ...process.env };
  const write = process.stdout.write;
  let stdout = '';
  restoreEnv(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)));
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  }) as typeof process.stdout.write;
  process.exitCode = undefined;
  try {
    await run();
    return { code: Number(process.exitCode ?? 0), stdout, stderr: '' };
  } finally {
    process.stdout.write = write;
    process.exitCode = undefined;
    restoreEnv(saved);
  }
}

/** A started process's exit code (1 when killed by a signal) and all it printed. */
export function captured(child: ChildProcess): Promise<Captured> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** The log as the runner would show it: it consumes `::add-mask::` commands instead of printing them. */
export function visibleLog(result: Pick<RunResult, 'stdout' | 'stderr'>): string {
  return (result.stdout + result.stderr).replace(/^::add-mask::.*$/gm, '');
}

/** Parses the `name<<DELIMITER ... DELIMITER` blocks written to GITHUB_OUTPUT, as the runner does. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const end = lines.indexOf(delimiter, i + 1);
      result[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      result[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return result;
}
