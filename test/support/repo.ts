// Real git repositories (and real npm workspaces) in temp folders, for tests and benchmarks.
// Everything runs the git and npm CLIs; nothing is faked.
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, rm, writeFile, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gitEnv } from './git-env';
import { lockRecorded, npmVersion } from './lock-records';
import type { Registry } from './registry';

export type FileContent = string | { content: string; mode?: number } | { symlink: string };

export interface TempRepo {
  dir: string;
  /** Runs git in the repository and returns its trimmed stdout. */
  git(...args: string[]): string;
  /** Writes files (creating folders); objects are serialised as JSON. */
  write(files: Record<string, FileContent | object>): Promise<void>;
  remove(...paths: string[]): Promise<void>;
  /** `git add -A` then commit; returns the new commit sha. */
  commit(message: string, opts?: { date?: string }): string;
  head(): string;
  tag(name: string, rev?: string): void;
  /** Creates (or resets) and switches to a branch. */
  branch(name: string, from?: string): void;
  checkout(rev: string): void;
  /** Clones this repository into a new temp folder (through file:// when shallow, so --depth is honoured). */
  clone(opts?: { depth?: number; branch?: string; noCheckout?: boolean }): Promise<TempRepo>;
  /**
   * Writes lockfiles with npm, or replays what it wrote from the same files (lock-records.ts):
   * `npm(['install', '--package-lock-only'])`. Offline (workspaces, `file:` tarballs) unless given a registry, in `cwd`
   * (relative to the repository) if given.
   */
  npm(args: string[], opts?: { cwd?: string; registry?: Registry; env?: NodeJS.ProcessEnv }): Promise<void>;
}

const created: string[] = [];

/** Removes every folder created by createRepo/clone/tempDir (call from afterAll). */
export async function cleanupRepos(): Promise<void> {
  // A tree deeper than PATH_MAX (a test of over-long names) defeats Node's rm, not rm(1), which walks it by handle.
  const remove = (dir: string) => rm(dir, { recursive: true, force: true }).catch(() => execFileSync('rm', ['-rf', '--', dir]));
  await Promise.all(created.splice(0).map(remove));
}

export async function tempDir(prefix = 'lla-repo-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** A new repository on branch `main` (or `opts.bare` for a remote to push to), with optional initial files committed. */
export async function createRepo(opts: { files?: Record<string, FileContent | object>; bare?: boolean } = {}): Promise<TempRepo> {
  const dir = await tempDir();
  execFileSync('git', ['init', '-q', '-b', 'main', ...(opts.bare ? ['--bare'] : []), dir], { env: gitEnv });
  const repo = openRepo(dir);
  if (opts.files) {
    await repo.write(opts.files);
    repo.commit('initial');
  }
  return repo;
}

/**
 * A copy of `template` (work tree and .git) in a new temp folder: for tests that each change a repository that is
 * costly to make, so that the template is made once and no test sees another's changes.
 */
export async function copyRepo(template: TempRepo): Promise<TempRepo> {
  const dir = await tempDir();
  await cp(template.dir, dir, { recursive: true, preserveTimestamps: true });
  return openRepo(dir);
}

export function openRepo(dir: string): TempRepo {
  // HEAD as last read or committed here: tests ask for it hundreds of times, and only this object's git calls move it.
  let head: string | undefined;
  const git = (...args: string[]) => {
    head = undefined;
    return execFileSync('git', args, { cwd: dir, env: gitEnv, encoding: 'utf8', maxBuffer: 1 << 30 }).trim();
  };
  const repo: TempRepo = {
    dir,
    git,
    async write(files) {
      for (const [rel, value] of Object.entries(files)) {
        const file = path.join(dir, rel);
        await mkdir(path.dirname(file), { recursive: true });
        if (isSymlink(value)) {
          await rm(file, { force: true });
          await symlink(value.symlink, file);
        } else if (isFile(value)) {
          await writeFile(file, value.content);
          if (value.mode !== undefined) await chmod(file, value.mode);
        } else {
          await writeFile(file, typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
        }
      }
    },
    async remove(...paths) {
      await Promise.all(paths.map((p) => rm(path.join(dir, p), { recursive: true, force: true })));
    },
    // One process started from this (large) test process instead of two: each start copies its page tables. The new
    // commit is read from the branch's ref file, which a commit writes, rather than from a third git process.
    commit(message, opts = {}) {
      execFileSync('sh', ['-c', 'git add -A && git commit -q --allow-empty -m "$1"', 'sh', message], {
        cwd: dir,
        env: opts.date ? { ...gitEnv, GIT_AUTHOR_DATE: opts.date, GIT_COMMITTER_DATE: opts.date } : gitEnv,
      });
      head = committedHead(dir) ?? git('rev-parse', 'HEAD');
      return head;
    },
    head: () => (head ??= git('rev-parse', 'HEAD')),
    tag: (name, rev = 'HEAD') => void git('tag', name, rev),
    branch: (name, from = 'HEAD') => void git('checkout', '-q', '-B', name, from),
    checkout: (rev) => void git('checkout', '-q', rev),
    async clone(opts = {}) {
      const target = await tempDir('lla-clone-');
      const args = ['clone', '-q'];
      if (opts.depth) args.push(`--depth=${opts.depth}`);
      if (opts.branch) args.push('--branch', opts.branch);
      if (opts.noCheckout) args.push('--no-checkout');
      // Shallow clones need git's transport (file://). Others copy the object files, which spares the three processes
      // that pack and unpack them; copies, not hardlinks, so that a test changing a clone's owner leaves the origin be.
      const source = opts.depth ? [`file://${dir}`] : ['--no-hardlinks', dir];
      execFileSync('git', [...args, ...source, target], { env: gitEnv });
      return openRepo(target);
    },
    npm: (args, { cwd, registry, env } = {}) =>
      lockRecorded(repo, { tool: `npm ${npmVersion()}`, args, cwd, registry }, () =>
        // Asynchronous: a registry may answer from this very process.
        promisify(execFile)('npm', [...args, ...(registry ? [] : ['--offline']), '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
          cwd: path.join(dir, cwd ?? ''),
          env: { ...process.env, npm_config_update_notifier: 'false', ...env },
        }),
      ),
  };
  return repo;
}

/**
 * An npm package tarball (`package/package.json` and `files` inside, like `npm pack`) at `dir/<tarball>`, to use as a
 * `file:` dependency so npm installs offline and records a real version and integrity in package-lock.json. The same
 * bytes for the same contents on any machine (no dates, modes or order of its own), so a lockfile recorded with it
 * replays.
 */
export async function writeTarball(
  dir: string,
  tarball: string,
  manifest: { name: string; version: string } & Record<string, unknown>,
  files: Record<string, string | Buffer> = {},
): Promise<void> {
  const staging = await mkdtemp(path.join(os.tmpdir(), 'lla-pack-'));
  try {
    for (const [file, content] of Object.entries({ 'package.json': JSON.stringify(manifest), ...files })) {
      await mkdir(path.dirname(path.join(staging, 'package', file)), { recursive: true });
      await writeFile(path.join(staging, 'package', file), content);
    }
    await mkdir(path.dirname(path.join(dir, tarball)), { recursive: true });
    const normalised = ['--owner=0', '--group=0', '--numeric-owner', '--mtime=@0', '--mode=u=rwX,go=rX', '--sort=name'];
    execFileSync('tar', ['czf', path.join(dir, tarball), ...normalised, '-C', staging, 'package']);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** HEAD's commit as the files of `dir/.git` say just after a commit: the loose ref it wrote, or a detached HEAD. */
function committedHead(dir: string): string | undefined {
  const read = (file: string) => {
    try {
      return readFileSync(path.join(dir, '.git', file), 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  const head = read('HEAD');
  const target = head?.startsWith('ref: ') ? read(head.slice(5)) : head;
  return target && /^[0-9a-f]{40}$/.test(target) ? target : undefined;
}

function isSymlink(value: unknown): value is { symlink: string } {
  return typeof value === 'object' && value !== null && 'symlink' in value;
}

function isFile(value: unknown): value is { content: string; mode?: number } {
  return typeof value === 'object' && value !== null && 'content' in value && typeof value.content === 'string';
}
