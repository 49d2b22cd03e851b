// The shell that starts git for the git adapter: arguments, bytes, statuses and side-by-side runs as a process started
// directly would give them, and nothing left behind: no folder, no process keeping the caller alive.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { realpath, writeFile } from 'node:fs/promises';
import { getPriority } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createGit, GitError } from '../src/adapters/git';
import { shellSpawner } from '../src/adapters/shell-spawner';
import { cleanupRepos, tempDir } from './support/repo';

afterAll(cleanupRepos);

const NODE = process.execPath;
const printArgs = 'process.stdout.write(JSON.stringify(process.argv.slice(1)))';

/** The folders of this process's shells under `dir`. */
const folders = (dir: string) => readdirSync(dir).filter((name) => name.startsWith(`lambda-layers-sh-${process.pid}-`));

/** A process's parent (Linux's /proc/<pid>/stat: the field after the state, after the name in parentheses). */
/** A process's parent; undefined once it is gone. */
function parentOf(pid: number): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'latin1').split(') ')[1].split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** Pids of the processes whose command line holds `text` (Linux's /proc). */
function processesWith(text: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('shellSpawner', () => {
  it('hands every argument over whole, whatever the shell would make of it', async () => {
    const dir = await tempDir('lla-sh-');
    const words = ['plain', 'two words', "it's", '"quoted"', '$HOME', '`id`', '$(id)', 'a;b|c&d', '*', '-n', '', 'line\nbreak', "'", 'été 😀', '\\n'];
    const result = await shellSpawner(dir, process.env, { tempDir: dir }).run(NODE, ['-e', printArgs, ...words]);
    expect(result.code, result.stderr.toString()).toBe(0);
    expect(JSON.parse(result.stdout.toString())).toEqual(words);
  });

  it('returns output byte for byte and passes input on stdin, /dev/null without', async () => {
    const dir = await tempDir('lla-sh-');
    const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));
    await writeFile(path.join(dir, 'bytes'), bytes);
    const spawner = shellSpawner(dir, process.env, { tempDir: dir });
    expect((await spawner.run('cat', ['bytes'])).stdout.equals(bytes)).toBe(true);
    const input = 'line one\nnul \0 and été\n';
    expect((await spawner.run('cat', [], input)).stdout.toString()).toBe(input);
    expect((await spawner.run('cat', [])).stdout.length).toBe(0);
  });

  it('reports exit statuses, stderr, a missing command and a signal as a shell does', async () => {
    const dir = await tempDir('lla-sh-');
    // Only folders anyone may search on PATH: an unsearchable one (root's, in a PATH that su kept) makes the shell say
    // "Permission denied" for a command it finds nowhere.
    const spawner = shellSpawner(dir, { ...process.env, PATH: '/usr/bin:/bin' }, { tempDir: dir });
    const failed = await spawner.run('sh', ['-c', 'echo out; echo oops >&2; exit 3']);
    expect([failed.code, failed.stdout.toString(), failed.stderr.toString()]).toEqual([3, 'out\n', 'oops\n']);
    const missing = await spawner.run('no-such-command-lla', []);
    expect(missing.code).toBe(127);
    expect(missing.stderr.toString()).toMatch(/no-such-command-lla.*not found/);
    expect((await spawner.run('sh', ['-c', 'kill -TERM $$'])).code).toBe(128 + 15);
  });

  it('runs in its folder with exactly the environment given, less the startup-file variables', async () => {
    const dir = await tempDir('lla-sh-');
    const env = { PATH: process.env.PATH, LLA_VALUE: 'a b $c', ENV: '/nowhere/env.sh', BASH_ENV: '/nowhere/bash_env.sh' };
    const result = await shellSpawner(dir, env, { tempDir: dir }).run(NODE, ['-e', 'process.stdout.write(JSON.stringify([process.cwd(), process.env]))']);
    const [cwd, seen] = JSON.parse(result.stdout.toString());
    expect(cwd).toBe(await realpath(dir));
    expect(seen.LLA_VALUE).toBe('a b $c');
    expect(seen).not.toHaveProperty('ENV');
    expect(seen).not.toHaveProperty('BASH_ENV');
    expect(seen).not.toHaveProperty('HOME');
  });

  it('runs commands side by side: one waiting for another started after it ends', async () => {
    const dir = await tempDir('lla-sh-');
    const spawner = shellSpawner(dir, process.env, { tempDir: dir });
    // Run one after the other, the first would wait forever (and the test time out).
    const first = spawner.run('sh', ['-c', 'while [ ! -e flag ]; do sleep 0.01; done; echo first']);
    const second = spawner.run('sh', ['-c', 'touch flag; echo second']);
    expect((await second).stdout.toString()).toBe('second\n');
    expect((await first).stdout.toString()).toBe('first\n');
  });

  it('refuses an argument holding a NUL byte, which no process can be given', async () => {
    const dir = await tempDir('lla-sh-');
    await expect(shellSpawner(dir, process.env, { tempDir: dir }).run('echo', ['a\0b'])).rejects.toThrow(/NUL/);
  });

  it('closes when idle, removing its folder, and starts again for the next command', async () => {
    const dir = await tempDir('lla-sh-');
    const spawner = shellSpawner(dir, process.env, { tempDir: dir, idleMs: 50 });
    expect((await spawner.run('echo', ['one'])).stdout.toString()).toBe('one\n');
    expect(folders(dir)).toHaveLength(1);
    const shellFolder = path.join(dir, folders(dir)[0]);
    await expect.poll(() => folders(dir), { timeout: 5000 }).toEqual([]);
    expect(processesWith(shellFolder)).toEqual([]);
    expect((await spawner.run('echo', ['two'])).stdout.toString()).toBe('two\n');
  });

  it("runs its commands at the niceness it is given, never below this process's own", async () => {
    const dir = await tempDir('lla-sh-');
    const niceness = (spawner: ReturnType<typeof shellSpawner>) =>
      spawner.run('sh', ['-c', "awk '{ print $19 }' /proc/$$/stat"]).then((r) => Number(r.stdout.toString()));
    expect(await niceness(shellSpawner(dir, process.env, { tempDir: dir, niceness: 10 }))).toBe(Math.max(10, getPriority()));
    expect(await niceness(shellSpawner(dir, process.env, { tempDir: dir }))).toBe(getPriority());
  });

  it('when its shell is killed, starts the next command in a new one; what was running still reports', async () => {
    const dir = await tempDir('lla-sh-');
    const spawner = shellSpawner(dir, process.env, { tempDir: dir });
    const running = spawner.run('sh', ['-c', 'while [ ! -e flag ]; do sleep 0.01; done; echo finished']);
    await expect.poll(() => folders(dir).length).toBe(1);
    const first = path.join(dir, folders(dir)[0]);
    // The shell itself, not the subshell it forked for the command: the one whose parent is this process. Killed once
    // that subshell runs (polled: the folder is made before the shell starts, and the shell forks when it reads the
    // command; until its exec a forked child still shows this process's command line).
    let shell: number | undefined;
    const commandRunning = () => {
      const found = processesWith(first);
      shell = found.find((pid) => parentOf(pid) === process.pid);
      return shell !== undefined && found.some((pid) => parentOf(pid) === shell);
    };
    await expect.poll(commandRunning).toBe(true);
    process.kill(shell!, 'SIGKILL');
    // Reaped (gone from /proc, not a zombie any more): this process has had the shell's exit.
    await expect.poll(() => existsSync(`/proc/${shell}`)).toBe(false);
    const next = await spawner.run('sh', ['-c', 'touch flag; echo next']);
    expect(next.stdout.toString()).toBe('next\n');
    expect((await running).stdout.toString()).toBe('finished\n');
    await expect.poll(() => folders(dir)).not.toContain(path.basename(first));
  });

  it('does not keep its caller running, and leaves no folder behind when the caller exits', async () => {
    const dir = await tempDir('lla-sh-');
    const script = path.join(dir, 'caller.mts');
    const module = path.resolve('src/adapters/shell-spawner.ts');
    // Ends its event loop with the shell still open (idle for a minute): the process must exit all the same.
    await writeFile(
      script,
      `import { shellSpawner } from ${JSON.stringify(module)};\n` +
        `const r = await shellSpawner(process.cwd(), process.env, { idleMs: 60_000 }).run('echo', ['done']);\n` +
        `process.stdout.write(r.stdout);\n`,
    );
    const tmp = await tempDir('lla-sh-tmp-');
    const { stdout } = await promisify(execFile)(NODE, ['--import', 'tsx', script], { env: { ...process.env, TMPDIR: tmp }, timeout: 30_000 });
    expect(stdout).toBe('done\n');
    expect(readdirSync(tmp).filter((name) => name.startsWith('lambda-layers-'))).toEqual([]);
  });
});

describe('createGit through the shell', () => {
  it('says git could not be started when there is none to run', async () => {
    const dir = await tempDir('lla-sh-');
    const saved = process.env.PATH;
    process.env.PATH = dir;
    try {
      const git = createGit(dir);
      const error = await git.status().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitError);
      expect(String(error)).toMatch(/git status .* failed \(127\): .*git.*not found/);
    } finally {
      process.env.PATH = saved;
    }
  });
});
