// One command of a build: through the Exec seam, with the clean environment, its output streamed to the log line by
// line, and a failure turned into an error that says what ran, how it ended and what to do next.
import path from 'node:path';
import type { Exec, ExecResult } from '../adapters/exec';
import type { LayerConfig, Logger } from '../types';

export interface BuildOptions {
  repoRoot: string;
  /** A folder of this layer's own for staging and output; created when missing. */
  workDir: string;
  exec: Exec;
  /** The environment of every command: the runner's without its tokens and credentials (see env.ts). */
  env: Record<string, string>;
  log: Logger;
  /** Workspace package builds of this run, shared by its layers so that each package is built once (workspace-builds.ts). */
  workspaceBuilds?: Map<string, Promise<void>>;
  /** When the layer's build must be over (timeoutMinutes from its start); a command still running then is stopped. */
  deadline?: number;
}

export class BuildError extends Error {
  override name = 'BuildError';
}

export interface Command {
  file: string;
  args: string[];
  cwd: string;
  /** The command as a user would type it, for the log and errors. */
  display: string;
  /** What to do when it fails: a sentence. */
  hint: string;
  /** Log level of the output lines; `debug` for commands whose output only matters when they fail. */
  level?: 'info' | 'debug';
}

/** Runs a command to completion; throws a BuildError unless it exits with 0. */
export async function runCommand(layer: LayerConfig, command: Command, opts: BuildOptions): Promise<ExecResult> {
  const { log } = opts;
  const relative = path.relative(opts.repoRoot, command.cwd);
  const where = relative.startsWith('..') ? command.cwd : relative || '.';
  log.info(`$ ${command.display}  (in ${where})`);
  let result: ExecResult;
  try {
    result = await opts.exec.run(command.file, command.args, {
      cwd: command.cwd,
      env: opts.env,
      timeoutMs: Math.max(0, (opts.deadline ?? Date.now() + layer.timeoutMinutes * 60_000) - Date.now()),
      onLine: (line) => log[command.level ?? 'info'](line),
    });
  } catch (error) {
    // The sandbox refused it before it started, saying why (isolation.ts).
    if (error instanceof BuildError) throw error;
    throw new BuildError(
      `\`${command.display}\` for layer ${layer.key} could not be started in ${where} (${(error as Error).message}). ` +
        `Make sure '${command.file}' is installed on the runner and on PATH. ${command.hint}`,
    );
  }
  if (result.code === 0 && !result.timedOut) return result;
  const ending = result.timedOut
    ? `ran longer than timeoutMinutes (${layer.timeoutMinutes}) and was stopped, with every process it started`
    : result.code === null
      ? `was killed by ${result.signal ?? 'a signal'}`
      : `exited with code ${result.code}`;
  const lines = result.tail.map((line) => `  ${line}`).join('\n');
  const tail = result.tail.length > 0 ? `\nLast lines of output:\n${lines}\n` : ' It printed nothing. ';
  throw new BuildError(`\`${command.display}\` for layer ${layer.key} (in ${where}) ${ending}.${tail}${command.hint}`);
}
