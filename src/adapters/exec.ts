// Child processes behind a small interface: build commands, npm, pip and bootstraps. No shell unless asked for one,
// a whole environment given by the caller (nothing inherited), and a process group so a timeout kills everything the
// command started.
import { spawn } from 'node:child_process';

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

export const processExec: Exec = {
  run(file, args, opts) {
    return new Promise((resolve, reject) => {
      const child = spawn(file, args, { cwd: opts.cwd, env: opts.env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
      const captured = { stdout: '', stderr: '' };
      const tail: string[] = [];
      let timedOut = false;
      const timer =
        opts.timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              timedOut = true;
              killGroup(child.pid);
            }, opts.timeoutMs);
      const abort = () => killGroup(child.pid);
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
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', abort);
        reject(error);
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', abort);
        // A command that exits while its children still run leaves them behind; the group goes with it.
        killGroup(child.pid);
        resolve({ code, signal: signal ?? undefined, timedOut, ...captured, tail });
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(opts.input ?? '');
    });
  },
};

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
