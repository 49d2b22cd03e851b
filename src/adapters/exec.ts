// Child processes behind a small interface: build commands, npm, pip and bootstraps. No shell unless asked for one,
// a whole environment given by the caller (nothing inherited), and a process group so a timeout kills everything the
// command started. Every group still running is killed when this process exits (killBuilds), so no build outlives
// the action. A command can run as another, unprivileged user (see builders/isolation.ts).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from '../crypto';

export interface ExecOptions {
  cwd: string;
  /** The child's entire environment; nothing is inherited from this process. */
  env: NodeJS.ProcessEnv;
  /** Kills the process and everything it started after this long. */
  timeoutMs?: number;
  /** Kills the process and everything it started when aborted: for servers and runtimes that never exit by themselves. */
  signal?: AbortSignal;
  /** Written to the child's stdin, which is then closed. */
  input?: string;
  /** Every line of output as it arrives, for live logs. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Runs the program as this user instead of the action's own. */
  user?: RunAs;
}

/** An unprivileged user to run commands as: directly when this process is root, otherwise through passwordless sudo. */
export interface RunAs {
  name: string;
  uid: number;
  gid: number;
  /** Through `sudo -n -u <name>`: this process cannot signal that user's processes, so their group id is written here. */
  sudo?: { pidDir: string };
  /**
   * Folders bound onto these paths in a mount namespace of the command's own (gone with it), before dropping to the
   * user: how builds reach tools kept where that user cannot go (builders/isolation.ts).
   */
  binds?: { from: string; to: string }[];
  /** Folders made read-only in that namespace: the checkout's copy, for commands that have no business writing there. */
  readOnly?: string[];
}

export interface ExecResult {
  /** Exit code; null when the process was killed by a signal. */
  code: number | null;
  signal?: NodeJS.Signals;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** The last lines of stdout and stderr together, in arrival order, for error messages. */
  tail: string[];
}

export interface Exec {
  /** Runs a program. Resolves whatever the exit status; rejects only when the program cannot be started. */
  run(file: string, args: string[], opts: ExecOptions): Promise<ExecResult>;
}

const TAIL_LINES = 40;
/** Output kept per stream; npm and pip can be chatty, and only the end matters once this much has gone by. */
const MAX_CAPTURE = 32 * 1024 * 1024;

/** Kill functions of the process groups still running. */
const live = new Set<() => void>();

/** Kills every command still running, with everything it started. Synchronous, so it also works in an 'exit' handler. */
export function killBuilds(): void {
  for (const kill of [...live]) kill();
}

export const processExec: Exec = {
  run(file, args, opts) {
    return new Promise((resolve, reject) => {
      if (!process.listeners('exit').includes(killBuilds)) process.on('exit', killBuilds);
      const namespaced = Boolean(opts.user?.binds?.length || opts.user?.readOnly?.length);
      const launch: Launch = namespaced
        ? inNamespace(opts.user!, file, args, opts)
        : opts.user?.sudo
          ? viaSudo(opts.user, file, args, opts)
          : { file, args, env: opts.env, cwd: opts.cwd };
      const child = spawn(launch.file, launch.args, {
        cwd: launch.cwd,
        env: launch.env,
        detached: true,
        stdio: ['pipe', 'pipe', 'pipe'],
        ...(opts.user && !opts.user.sudo && !namespaced ? { uid: opts.user.uid, gid: opts.user.gid } : {}),
      });
      const kill = () => {
        killGroup(child.pid);
        if (launch.pidFile) killSudoGroup(opts.user!, launch.pidFile);
      };
      live.add(kill);
      const captured = { stdout: '', stderr: '' };
      const tail: string[] = [];
      let timedOut = false;
      const timer =
        opts.timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              timedOut = true;
              kill();
            }, opts.timeoutMs);
      const abort = kill;
      opts.signal?.addEventListener('abort', abort, { once: true });
      if (opts.signal?.aborted) abort();

      for (const stream of ['stdout', 'stderr'] as const) {
        let partial = '';
        child[stream].setEncoding('utf8');
        child[stream].on('data', (chunk: string) => {
          captured[stream] = (captured[stream] + chunk).slice(-MAX_CAPTURE);
          const lines = (partial + chunk).split(/\r?\n/);
          partial = lines.pop() ?? '';
          for (const line of lines) emit(line, stream);
        });
        child[stream].on('end', () => partial && emit(partial, stream));
      }
      function emit(line: string, stream: 'stdout' | 'stderr') {
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
        opts.onLine?.(line, stream);
      }

      child.on('error', (error) => {
        live.delete(kill);
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', abort);
        reject(error);
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', abort);
        // A command that exits while its children still run leaves them behind; the group goes with it.
        kill();
        live.delete(kill);
        resolve({ code, signal: signal ?? undefined, timedOut, ...captured, tail });
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(opts.input ?? '');
    });
  },
};

/**
 * `sudo -n -u <user>` running the command in a session of its own whose id (its shell's pid) goes to a file, so that
 * the group can be killed as that user. sudo resets the environment, so `env -i` sets the command's. The command's
 * folder may be closed to this process's user (it belongs to the build user while the command runs): the command
 * enters it, not sudo.
 */
interface Launch {
  file: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  pidFile?: string;
}

function viaSudo(user: RunAs, file: string, args: string[], { env, cwd }: Pick<ExecOptions, 'env' | 'cwd'>): Launch {
  const pidFile = path.join(user.sudo!.pidDir, `pgid-${randomUUID()}`);
  const pairs = Object.entries(env).flatMap(([name, value]) => (value === undefined ? [] : [`${name}=${value}`]));
  const script = 'echo $$ > "$0" && cd -- "$1" && shift && exec "$@"';
  return {
    file: 'sudo',
    args: ['-n', '-u', user.name, '--', 'env', '-i', ...pairs, 'setsid', '-w', 'sh', '-c', script, pidFile, cwd, file, ...args],
    env: { PATH: env.PATH ?? '/usr/bin:/bin' },
    cwd: '/',
    pidFile,
  };
}

/**
 * `unshare` (through `sudo -n` when not root) binding `user.binds` and making `user.readOnly` read-only, then
 * `setpriv` dropping to the user for the command, which runs as through viaSudo (or as a plain child when this process is root).
 */
function inNamespace(user: RunAs, file: string, args: string[], opts: Pick<ExecOptions, 'env' | 'cwd'>): Launch {
  const script =
    'n=$1; shift; while [ "$n" -gt 0 ]; do mount --bind "$1" "$2" || exit 126; shift 2; n=$((n - 1)); done; ' +
    'n=$1; shift; while [ "$n" -gt 0 ]; do mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" || exit 126; shift; n=$((n - 1)); done; ' +
    'u=$1; g=$2; shift 2; exec setpriv --reuid="$u" --regid="$g" --init-groups -- "$@"';
  const binds = (user.binds ?? []).flatMap((b) => [b.from, b.to]);
  const readOnly = user.readOnly ?? [];
  const inner = user.sudo ? viaSudo(user, file, args, opts) : undefined;
  const pairs = Object.entries(opts.env).flatMap(([name, value]) => (value === undefined ? [] : [`${name}=${value}`]));
  // viaSudo's command after `sudo -n -u <name> --`: env -i ... setsid ..., which writes the group id and enters the folder.
  const command = inner ? inner.args.slice(inner.args.indexOf('--') + 1) : ['env', '-i', ...pairs, file, ...args];
  const unshare = ['unshare', '--mount', '--propagation', 'private', '--', 'sh', '-c', script, 'sh'];
  unshare.push(String(binds.length / 2), ...binds, String(readOnly.length), ...readOnly);
  const all = [...unshare, String(user.uid), String(user.gid), ...command];
  // unshare, mount and setpriv run as root: from the system's folders, never from the build's PATH.
  const env = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
  return inner
    ? { file: 'sudo', args: ['-n', ...all], env, cwd: inner.cwd, pidFile: inner.pidFile }
    : { file: all[0], args: all.slice(1), env, cwd: opts.cwd };
}

function killSudoGroup(user: RunAs, pidFile: string): void {
  let pgid: string;
  try {
    pgid = readFileSync(pidFile, 'utf8').trim();
  } catch {
    return; // Not started yet, or never: nothing of it runs.
  }
  if (/^\d+$/.test(pgid)) spawnSync('sudo', ['-n', '-u', user.name, 'kill', '-KILL', '--', `-${pgid}`], { stdio: 'ignore' });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
