// Where builds run and as whom (design.md, Security). A build, or a dependency's install script, runs code the workflow
// did not write; as the action's own user it could read the action's environment through /proc/<pid>/environ (the AWS
// credentials and the GitHub token) and the runner's credential files. Where this process is root or has
// passwordless sudo on Linux (GitHub-hosted runners), builds therefore run as an unprivileged user of their own,
// which can read neither, in a copy of the checkout without its .git, with its own HOME and TMPDIR: it needs no
// access to the checkout, whose files and ownership stay as they were. The copy and the work folder belong to the
// build user while one of its commands runs and to the action's user in between, when the builders stage and collect
// files and the zip is written. Elsewhere builds run as the runner's user, and the log says so.
import { chmod, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Exec, RunAs } from '../adapters/exec';
import type { Logger } from '../types';
import { BuildError } from './command';

export const BUILD_USER = 'lambda-layers-build';

/** Where one layer builds: the checkout itself, or the build user's copy of it; `exec` runs commands as that user. */
export interface BuildSpace {
  repoRoot: string;
  workDir: string;
  env: Record<string, string>;
  exec: Exec;
}

export interface BuildSandbox {
  space(key: string, at: { repoRoot: string; workDir: string; env: Record<string, string> }): Promise<BuildSpace>;
  /** Removes the copies. */
  close(): Promise<void>;
}

interface Privileged {
  user: Omit<RunAs, 'sudo'>;
  sudo: boolean;
  base: string;
}

/** Builds in the checkout as this process's user: for the command line, and for tests of everything but isolation. */
export function inPlace(exec: Exec): BuildSandbox {
  return { space: async (_, at) => ({ ...at, exec }), close: async () => undefined };
}

/**
 * Builds as BUILD_USER when this process is root or has passwordless sudo, set up on first use (plan runs build
 * nothing) and logged once; otherwise as the runner's user.
 */
export function buildSandbox(
  exec: Exec,
  log: Logger,
  self = { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 },
): BuildSandbox {
  let setup: Promise<Privileged | undefined> | undefined;
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
  const run = async (file: string, args: string[], cwd = '/') => exec.run(file, args, { cwd, env });
  const privileged = (p: Privileged, file: string, args: string[]) =>
    p.sudo ? run('sudo', ['-n', file, ...args]) : run(file, args);

  const setUp = async (): Promise<Privileged | undefined> => {
    if (process.platform !== 'linux') {
      log.info(
        `Builds run as the runner's user: isolating them needs Linux (this runner is ${process.platform}); they get ` +
          `none of the action's tokens or credentials in their environment.`,
      );
      return undefined;
    }
    const sudo = self.uid !== 0;
    if (sudo && (await run('sudo', ['-n', 'true']).catch(() => undefined))?.code !== 0) {
      log.info(
        `Builds run as the runner's user (uid ${self.uid}): it is not root and has no passwordless sudo, so builds ` +
          `share this user's files; they still get none of the action's tokens or credentials in their environment.`,
      );
      return undefined;
    }
    const user = (await userIds(BUILD_USER)) ?? (await createUser()) ?? (await userIds('nobody'));
    if (!user) throw new BuildError(`Could not create the user ${BUILD_USER} to build as (useradd failed) and there is no user 'nobody'.`);
    const base = await mkdtemp(path.join(os.tmpdir(), 'lambda-layers-build-'));
    // The build user may pass through to its own folders, not list the others.
    await chmod(base, 0o711);
    const home = path.join(base, 'home');
    await mkdir(home, { mode: 0o700 });
    // Through sudo, the groups of build commands are written here, where the action's user can read them while the
    // rest belongs to the build user (see exec.ts).
    await mkdir(path.join(base, 'pids'), { mode: 0o755 });
    const p: Privileged = { user, sudo, base };
    await Promise.all([home, path.join(base, 'pids')].map((dir) => chown(p, dir, user)));
    log.info(
      `Builds run as user ${user.name} (uid ${user.uid}${sudo ? ', through sudo' : ''}), in a copy of the checkout ` +
        `without .git, with their own HOME and TMPDIR: they cannot read this process's environment nor the runner's ` +
        `credential files.`,
    );
    return p;

    async function userIds(name: string) {
      const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
      return uid.code === 0 && gid.code === 0 ? { name, uid: Number(uid.stdout), gid: Number(gid.stdout) } : undefined;
    }
    async function createUser() {
      const args = ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin'];
      const made = await (sudo ? run('sudo', ['-n', 'useradd', ...args, BUILD_USER]) : run('useradd', [...args, BUILD_USER])).catch(
        () => undefined,
      );
      if (made?.code !== 0) {
        const why = made?.tail.join(' ') || 'useradd is missing';
        log.warning(`Could not create the user ${BUILD_USER} (${why}); builds run as 'nobody'.`);
      }
      return made?.code === 0 ? userIds(BUILD_USER) : undefined;
    }
  };

  const chown = async (p: Privileged, dir: string, owner: { uid: number; gid: number }) => {
    // -R does not follow symlinks: nothing outside `dir` changes hands.
    const result = await privileged(p, 'chown', ['-R', `${owner.uid}:${owner.gid}`, dir]);
    if (result.code !== 0) throw new BuildError(`chown -R ${owner.uid}:${owner.gid} ${dir} failed: ${result.tail.join(' ')}`);
  };

  return {
    async space(key, at) {
      const p = await (setup ??= setUp());
      if (!p) return { ...at, exec };
      const dir = path.join(p.base, key);
      const [repoRoot, workDir, tmp] = ['repo', 'work', 'tmp'].map((name) => path.join(dir, name));
      await mkdir(dir, { mode: 0o700 });
      await Promise.all([repoRoot, workDir, tmp].map((d) => mkdir(d)));
      const entries = (await readdir(at.repoRoot)).filter((name) => name !== '.git');
      if (entries.length > 0) {
        // GNU cp: twice as fast as fs.cp on a big checkout, and copy-on-write where the file system can (btrfs, XFS).
        const copied = await run('cp', ['-a', '--reflink=auto', '--', ...entries, repoRoot], at.repoRoot);
        if (copied.code !== 0) throw new BuildError(`Could not copy the checkout to build ${key} in: ${copied.tail.join(' ')}`);
      }
      await chown(p, dir, self);
      const name = p.user.name;
      const runAs: RunAs = { ...p.user, ...(p.sudo ? { sudo: { pidDir: path.join(p.base, 'pids') } } : {}) };
      return {
        repoRoot,
        workDir,
        env: { ...at.env, HOME: path.join(p.base, 'home'), TMPDIR: tmp, USER: name, LOGNAME: name },
        exec: {
          async run(file, args, opts) {
            await chown(p, dir, p.user);
            try {
              return await exec.run(file, args, { ...opts, user: runAs });
            } finally {
              // Its group is gone by now (exec.ts), so nothing of the build writes there any more.
              await chown(p, dir, self);
            }
          },
        },
      };
    },
    async close() {
      const p = await setup?.catch(() => undefined);
      if (p) await privileged(p, 'rm', ['-rf', p.base]);
    },
  };
}
