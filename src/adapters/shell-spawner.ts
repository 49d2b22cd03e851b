// Short commands started by one long-lived `sh` instead of by this process. Node starts a process by forking itself:
// the fork copies its page tables and leaves its memory copy-on-write until the child execs, which blocks the main
// thread 5 ms from a fresh node and 19 ms at 400 MB, and costs CPU after. A plan starts git four to six times, most of
// them from a grown heap. The shell, started at the first command, forks itself instead (about 1 MB). Each command's
// input and output go through files in a private folder: binary-safe, and no framing on the shell's pipes, which
// carry only "<id>\n" one way and "<id> <exit status>\n" back (lines shorter than PIPE_BUF, written whole).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, setPriority, tmpdir } from 'node:os';
import path from 'node:path';
import { runFolder, sweepRunFolders } from '../run-folders';

export interface SpawnResult {
  /** The command's exit status as the shell reports it: 126 or 127 when it could not be run, 128 + n when killed by
   *  signal n. */
  code: number;
  stdout: Buffer;
  stderr: Buffer;
}

export interface Spawner {
  /** Runs `file` with `args`, `input` on its stdin (else /dev/null). Rejects an argument holding a NUL byte, and when
   *  the shell itself fails; a command that fails resolves with its status. */
  run(file: string, args: readonly string[], input?: string): Promise<SpawnResult>;
}

// Each command runs in a background subshell, so commands run side by side as separate processes would.
const LOOP = `dir=$1
while IFS= read -r id; do
  { . "$dir/$id.sh" >"$dir/$id.out" 2>"$dir/$id.err"; echo "$id $?"; } &
done
wait`;

/** Named after this process: the first shell of a later one removes those of processes killed outright. */
const FOLDER_PREFIX = 'lambda-layers-sh-';
/** Folders of shells still open, removed when this process exits however it ends its event loop. */
const openFolders = new Set<string>();
/** The temp folders swept already by this process. */
const swept = new Set<string>();
let exitHook = false;

/** How long a shell with nothing to run stays open, by default. */
export const SHELL_IDLE_MS = 2000;

export interface SpawnerOptions {
  /** Where the shell's folder is made; the system's temp folder by default. */
  tempDir?: string;
  /** A shell with nothing to run closes after this long (SHELL_IDLE_MS); the next command starts another. */
  idleMs?: number;
  /** The niceness of the shell and what it starts (never below this process's own); this process's by default. */
  niceness?: number;
}

/** Commands run in `cwd` with exactly `env` (less the variables that make a shell read a startup file). */
export function shellSpawner(cwd: string, env: NodeJS.ProcessEnv, opts: SpawnerOptions = {}): Spawner {
  const options = { tempDir: opts.tempDir ?? tmpdir(), idleMs: opts.idleMs ?? SHELL_IDLE_MS, niceness: opts.niceness };
  let shell: Spawner | undefined;
  return {
    async run(file, args, input) {
      for (const arg of [file, ...args]) if (arg.includes('\0')) throw new TypeError(`an argument of ${file} holds a NUL byte`);
      shell ??= openShell(cwd, env, options, () => (shell = undefined));
      return shell.run(file, args, input);
    },
  };
}

interface Pending {
  resolve(result: SpawnResult): void;
  reject(error: Error): void;
}

function openShell(cwd: string, env: NodeJS.ProcessEnv, options: SpawnerOptions & { tempDir: string; idleMs: number }, onClose: () => void): Spawner {
  if (!swept.has(options.tempDir)) {
    swept.add(options.tempDir);
    void sweepRunFolders(options.tempDir, FOLDER_PREFIX);
  }
  const dir = runFolder(options.tempDir, FOLDER_PREFIX);
  openFolders.add(dir);
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => openFolders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
  }
  const { ENV: _env, BASH_ENV: _bashEnv, ...shellEnv } = env;
  const child: ChildProcess = spawn('/bin/sh', ['-c', LOOP, 'sh', dir], { cwd, env: shellEnv, stdio: ['pipe', 'pipe', 'ignore'] });
  if (options.niceness !== undefined && child.pid !== undefined) {
    try {
      setPriority(child.pid, Math.max(options.niceness, getPriority()));
    } catch {
      // A scheduling hint: the commands run all the same.
    }
  }
  const pending = new Map<number, Pending>();
  let next = 0;
  let closed = false;
  let idle: NodeJS.Timeout | undefined;
  let lines = '';

  const file = (id: number, ext: string) => path.join(dir, `${id}.${ext}`);
  const finished = (id: number, code: number): SpawnResult => {
    const result = { code, stdout: readFileSync(file(id, 'out')), stderr: readFileSync(file(id, 'err')) };
    for (const ext of ['sh', 'in', 'out', 'err']) rmSync(file(id, ext), { force: true });
    return result;
  };
  // Idle, the shell must not keep this process running: its pipe is referenced only while a command runs.
  const setBusy = (busy: boolean) => {
    const stdout = child.stdout as unknown as { ref(): void; unref(): void };
    if (busy) {
      clearTimeout(idle);
      stdout.ref();
    } else {
      stdout.unref();
      idle = setTimeout(() => {
        retire();
        child.stdin!.end();
      }, options.idleMs).unref();
    }
  };
  // Once the shell is gone, the next command starts another. Commands it had started may still run: they report on
  // the pipe, which closes when the last of them ends.
  const retire = () => {
    if (closed) return;
    closed = true;
    clearTimeout(idle);
    onClose();
  };
  const close = (error: Error) => {
    retire();
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    openFolders.delete(dir);
    rmSync(dir, { recursive: true, force: true });
  };

  child.unref();
  child.on('exit', retire);
  child.on('error', close);
  child.on('close', (code, signal) => close(new Error(`the shell that starts commands ended (${signal ?? `exit ${code}`}) before the command did`)));
  child.stdin!.on('error', () => undefined);
  child.stdout!.setEncoding('latin1').on('data', (chunk: string) => {
    lines += chunk;
    for (let end = lines.indexOf('\n'); end >= 0; end = lines.indexOf('\n')) {
      const [id, code] = lines.slice(0, end).split(' ').map(Number);
      lines = lines.slice(end + 1);
      const waiting = pending.get(id);
      if (!waiting) continue;
      pending.delete(id);
      try {
        waiting.resolve(finished(id, code));
      } catch (error) {
        waiting.reject(error as Error);
      }
      if (pending.size === 0) setBusy(false);
    }
  });

  return {
    run(command, args, input) {
      const id = next++;
      const stdin = input === undefined ? '/dev/null' : '"$dir/$id.in"';
      if (input !== undefined) writeFileSync(file(id, 'in'), input);
      writeFileSync(file(id, 'sh'), `${[command, ...args].map(quote).join(' ')} <${stdin}\n`);
      return new Promise<SpawnResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        setBusy(true);
        child.stdin!.write(`${id}\n`);
      });
    },
  };
}

/** One word for sh, whatever it holds (NUL aside). */
const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;
