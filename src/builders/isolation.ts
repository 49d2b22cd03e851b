// Where builds run and as whom (design.md, Security). A build, or a dependency's install script, runs code the workflow
// did not write; as the action's own user it could read the action's environment through /proc/<pid>/environ (the AWS
// credentials and the GitHub token) and the runner's credential files. Where this process is root or has
// passwordless sudo on Linux (GitHub-hosted runners), builds therefore run as an unprivileged user of their own,
// which can read neither, in one copy of the checkout per run without its .git, with its own HOME and TMPDIR.
// The copy belongs to the build user for the run (read-only to commands that run in a layer's work folder, where the
// machine allows mount namespaces); each layer's work folder belongs to it while one of its commands
// runs and to the action's user in between, when the builders stage and collect files and the zip is written.
// Elsewhere builds run as the runner's user, and the log says so.
//
// Tools: the build user must find what the action's PATH finds, but runners keep tools where only their own user can
// go (a 0750 home with ~/setup-pnpm, ~/.cargo/bin and ~/.rustup, ~/.local; a clone under a 0700 folder). Opening
// those folders (chmod, or an ACL granting traverse) would open everything in them to the build user: the checkout's
// .git/config with its token, ~/.npmrc. Instead only each such tool folder is made reachable under the run's folder:
// bound there in a mount namespace of each build command where the machine allows (nothing copied, nothing left once
// the command ends), else hard-linked (copied across file systems). Files keep their owner and mode, so the build user
// can run them but not change them. A tool that still cannot be reached (a link out of its folder, a bootstrap's #!
// interpreter) is named before any build runs it, with the folder in the way.
import { access, chmod, constants, mkdir, readdir, readFile, realpath, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Exec, RunAs } from '../adapters/exec';
import type { IsolateInput } from '../inputs';
import { isInside } from '../paths';
import type { Logger } from '../types';
import { BuildError } from './command';
import { npmrcSettings, pipConfSettings, yarnrcSettings, type Settings } from './registry-settings';
import { runFolder, sweepRunFolders } from '../run-folders';

export const BUILD_USER = 'lambda-layers-build';
/** Run folders: `<prefix><pid>-<random>` under the system temp folder. */
export const RUN_PREFIX = 'lambda-layers-build-';

/** Where one layer builds: the checkout itself, or the build user's copy of it; `exec` runs commands as that user. */
export interface BuildSpace {
  repoRoot: string;
  workDir: string;
  env: Record<string, string>;
  exec: Exec;
  /** Gives the built output back to the action's user, which zips it: the build may have made it private. */
  handBack?(dir: string): Promise<void>;
}

export interface BuildSandbox {
  space(key: string, at: { repoRoot: string; workDir: string; env: Record<string, string> }): Promise<BuildSpace>;
  /** Removes the run's folder. */
  close(): Promise<void>;
}

interface Privileged {
  user: Omit<RunAs, 'sudo'>;
  runAs: RunAs;
  sudo: boolean;
  base: string;
  /** The build environment's changes: HOME, TMPDIR, PATH with mirrored tool folders, tool homes. */
  env: (at: Record<string, string>) => Record<string, string>;
  /** Tool name -> why the build user cannot run it. */
  unreachable: Map<string, string>;
  /** The run's one copy of the checkout. */
  copy?: Promise<string>;
  /** Whether each command may have a mount namespace of its own. */
  namespaces: boolean;
  asUser: AsUser;
}

type AsUser = (script: string, args: string[]) => ReturnType<Exec['run']>;

/** Builds in the checkout as this process's user: for the command line, and for tests of everything but isolation. */
export function inPlace(exec: Exec): BuildSandbox {
  return { space: async (_, at) => ({ ...at, exec }), close: async () => undefined };
}

/** Tool homes a build finds through a variable, or else under HOME (which builds get their own of). */
const TOOL_HOMES = [
  // rustup's proxies in ~/.cargo/bin (cargo, rustc) run the toolchains kept here.
  { variable: 'RUSTUP_HOME', fallback: '.rustup', parts: [''] },
  // `pip install --user`: the scripts in ~/.local/bin import from here.
  { variable: 'PYTHONUSERBASE', fallback: '.local', parts: ['lib'] },
];

/**
 * Builds as BUILD_USER when this process is root or has passwordless sudo (`isolate: auto`; `always` fails
 * otherwise, `never` builds as this user), set up on first use (plan runs build nothing) and logged once.
 */
export function buildSandbox(
  exec: Exec,
  log: Logger,
  { isolate = 'auto', self = { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 } }: { isolate?: IsolateInput; self?: { uid: number; gid: number } } = {},
): BuildSandbox {
  let setup: Promise<Privileged | undefined> | undefined;
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
  const run = async (file: string, args: string[], cwd = '/') => exec.run(file, args, { cwd, env });
  const privileged = (p: Pick<Privileged, 'sudo'>, file: string, args: string[]) =>
    p.sudo ? run('sudo', ['-n', file, ...args]) : run(file, args);
  const notIsolated = (why: string) => {
    if (isolate === 'always') {
      throw new BuildError(`The input 'isolate' is 'always', but builds cannot run as an unprivileged user: ${why} Give the action root or passwordless sudo on Linux, or set 'isolate: auto'.`);
    }
    return undefined;
  };

  const setUp = async (buildEnv: Record<string, string>): Promise<Privileged | undefined> => {
    if (isolate === 'never') {
      log.info(`Builds run as the runner's user ('isolate: never'): they can read its files; they get none of the action's tokens or credentials in their environment.`);
      return undefined;
    }
    if (process.platform !== 'linux') {
      notIsolated(`this runner is ${process.platform}, and isolating builds needs Linux.`);
      log.info(
        `Builds run as the runner's user: isolating them needs Linux (this runner is ${process.platform}); they get ` +
          `none of the action's tokens or credentials in their environment.`,
      );
      return undefined;
    }
    const sudo = self.uid !== 0;
    if (sudo && (await run('sudo', ['-n', 'true']).catch(() => undefined))?.code !== 0) {
      notIsolated(`this process (uid ${self.uid}) is not root and has no passwordless sudo.`);
      log.info(
        `Builds run as the runner's user (uid ${self.uid}): it is not root and has no passwordless sudo, so builds ` +
          `share this user's files; they still get none of the action's tokens or credentials in their environment.`,
      );
      return undefined;
    }
    const user = (await userIds(BUILD_USER)) ?? (await createUser()) ?? (await userIds('nobody'));
    if (!user) throw new BuildError(`Could not create the user ${BUILD_USER} to build as (useradd failed) and there is no user 'nobody'.`);
    const swept = await sweepRunFolders(os.tmpdir(), RUN_PREFIX, (dir) => privileged({ sudo }, 'rm', ['-rf', dir]));
    if (swept.length > 0) log.info(`Removed ${swept.length} build folder(s) left by runs that were killed: ${swept.join(', ')}.`);
    const base = runFolder(os.tmpdir(), RUN_PREFIX);
    // The build user may pass through to its own folders, not list the others.
    await chmod(base, 0o711);
    const [home, pids] = [path.join(base, 'home'), path.join(base, 'pids')];
    await mkdir(home, { mode: 0o700 });
    // Through sudo, the groups of build commands are written here, where the action's user can read them while the
    // rest belongs to the build user (see exec.ts).
    await mkdir(pids, { mode: 0o755 });
    await mkdir(path.join(base, 'layers'), { mode: 0o711 });
    const runAs: RunAs = { ...user, ...(sudo ? { sudo: { pidDir: pids } } : {}) };
    const asUser: AsUser = (script, args) => exec.run('sh', ['-c', script, 'sh', ...args], { cwd: '/', env, user: runAs });
    const namespaces = await canBind({ sudo }, base);
    const p: Privileged = { user, runAs, sudo, base, env: () => ({}), unreachable: new Map(), asUser, namespaces };
    await chown(p, pids, user);
    const reached = await asUser('[ -x "$1" ]', [path.join(base, 'layers')]).catch((error: Error) => ({ code: -1, tail: [error.message] }));
    if (reached.code !== 0) {
      throw new BuildError(
        `User ${user.name} cannot reach the build folder ${base}${reached.tail.length > 0 ? ` (${reached.tail.join(' ')})` : ''}: ` +
          `a folder above it is closed to other users. Set TMPDIR ` +
          `for this step to a folder other users may enter (such as /tmp), or set 'isolate: never'.`,
      );
    }
    const tools = await reachTools(p, buildEnv, asUser);
    const settings = await registrySettings(buildEnv, home);
    await chown(p, home, user);
    p.env = (at) => tools.env({ ...without(at, /^(npm_config_userconfig|PIP_CONFIG_FILE|CARGO_HOME)$/i), HOME: home, USER: user.name, LOGNAME: user.name });
    p.unreachable = tools.unreachable;
    log.info(
      `Builds run as user ${user.name} (uid ${user.uid}${sudo ? ', through sudo' : ''}), in a copy of the checkout ` +
        `without .git, with their own HOME and TMPDIR: they cannot read this process's environment nor the runner's ` +
        `credential files.` +
        (tools.mirrored.length > 0 ? ` Tool folders it could not reach are ${tools.how} ${path.join(base, 'tools')}: ${tools.mirrored.join(', ')}.` : ''),
    );
    if (settings) log.info(settings);
    if (tools.unreachable.size > 0) log.warning([...tools.unreachable.values()].slice(0, 10).join('\n'));
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

  const chown = async (p: Pick<Privileged, 'sudo'>, dir: string, owner: { uid: number; gid: number }) => {
    // -R does not follow symlinks: nothing outside `dir` changes hands.
    const result = await privileged(p, 'chown', ['-R', `${owner.uid}:${owner.gid}`, dir]);
    if (result.code !== 0) throw new BuildError(`chown -R ${owner.uid}:${owner.gid} ${dir} failed: ${result.tail.join(' ')}`);
  };

  /** One copy of the checkout for the run, without .git, belonging to the build user. */
  const copyCheckout = async (p: Privileged, repoRoot: string) => {
    const copy = path.join(p.base, 'repo');
    await mkdir(copy, { mode: 0o755 });
    const entries = (await readdir(repoRoot)).filter((name) => name !== '.git');
    if (entries.length > 0) {
      // GNU cp: twice as fast as fs.cp on a big checkout, and copy-on-write where the file system can (btrfs, XFS).
      const copied = await run('cp', ['-a', '--reflink=auto', '--', ...entries, copy], repoRoot);
      if (copied.code !== 0) throw new BuildError(`Could not copy the checkout to build in: ${copied.tail.join(' ')}`);
    }
    await chown(p, copy, p.user);
    return copy;
  };

  /**
   * Makes the folders of the build's PATH and tool homes reachable for the build user: those it cannot enter are
   * mirrored (see the top of this file). Returns how the build environment changes, and the tools still out of reach.
   */
  const reachTools = async (
    p: Privileged,
    buildEnv: Record<string, string>,
    asUser: AsUser,
  ) => {
    const entries = (buildEnv.PATH ?? '').split(':');
    const home = buildEnv.HOME;
    const homes = TOOL_HOMES.flatMap((h) => {
      const dir = buildEnv[h.variable] || (home ? path.join(home, h.fallback) : '');
      return path.isAbsolute(dir) ? [{ ...h, dir }] : [];
    });
    const candidates = [...new Set([...entries.filter((e) => path.isAbsolute(e)), ...homes.map((h) => h.dir)])];
    const existing = (await Promise.all(candidates.map(async (dir) => ((await isDir(dir)) ? dir : undefined)))).filter((d): d is string => !!d);
    const reachable = await userCan(asUser, '-x', existing);
    const roots = new Set<string>();
    for (const dir of existing.filter((d) => !reachable.has(d))) {
      const home = homes.find((h) => h.dir === dir);
      // node_modules/.bin holds links into its node_modules.
      if (home) home.parts.forEach((part) => roots.add(path.join(dir, part)));
      else roots.add(await toolRoot(dir));
    }
    const outer = [...roots].filter((r) => ![...roots].some((o) => o !== r && isInside(o, r)));
    const tools = path.join(p.base, 'tools');
    const mirrored = (await Promise.all(outer.map(async (root) => (await isDir(root)) && root))).filter((r): r is string => !!r);
    const binds = mirrored.map((root) => ({ from: root, to: path.join(tools, root) }));
    if (binds.length > 0 && p.namespaces) {
      // Empty folders to bind onto: outside a build's own mount namespace there is nothing in them to remove.
      await Promise.all(binds.map((b) => mkdir(b.to, { recursive: true, mode: 0o755 })));
      p.runAs.binds = binds;
    } else await Promise.all(binds.map((b) => mirror(p, b.from, b.to)));
    const moved = (dir: string) => (mirrored.some((r) => isInside(r, dir)) ? path.join(tools, dir) : dir);
    const isExisting = new Set(existing);
    const homeVars = Object.fromEntries(homes.filter((h) => isExisting.has(h.dir)).map((h) => [h.variable, moved(h.dir)]));
    const newPath = entries.map((e) => (path.isAbsolute(e) ? moved(e) : e));

    // What the action's PATH finds that the build user still cannot run: the first of each name only.
    const listed = await asUser('for d; do for f in "$d"/*; do [ -x "$f" ] || printf "%s\\n" "$f"; done; done', [
      ...new Set(newPath.filter((e) => path.isAbsolute(e))),
    ]);
    const failing = new Set(listed.stdout.split('\n').filter(Boolean));
    const unreachable = new Map<string, string>();
    for (const name of new Set([...failing].map((f) => path.basename(f)))) {
      for (const dir of entries.filter((e) => path.isAbsolute(e))) {
        const file = path.join(dir, name);
        if (!(await executable(file))) continue;
        if (failing.has(path.join(moved(dir), name))) unreachable.set(name, await whyUnreachable(name, file, "the runner's PATH finds it at", p));
        break;
      }
    }
    return {
      env: (at: Record<string, string>) => ({ ...at, ...homeVars, PATH: newPath.join(':') }),
      unreachable,
      mirrored,
      how: p.runAs.binds ? 'bound (in a mount namespace of each command) onto' : 'hard-linked into',
    };
  };

  /** Whether this machine lets a command have its own mount namespace (a VM's root can; most containers' cannot). */
  const canBind = async (p: Pick<Privileged, 'sudo'>, dir: string) => {
    const probe = await privileged(p, 'unshare', ['--mount', '--propagation', 'private', '--', 'mount', '--bind', dir, dir]).catch(() => undefined);
    return probe?.code === 0;
  };

  const mirror = async (p: Privileged, from: string, to: string) => {
    await privileged(p, 'mkdir', ['-p', path.dirname(to)]);
    // Hard links need one file system; across two, a copy.
    if ((await privileged(p, 'cp', ['-al', '--', from, to])).code === 0) return;
    await privileged(p, 'rm', ['-rf', to]);
    const copied = await privileged(p, 'cp', ['-a', '--reflink=auto', '--', from, to]);
    if (copied.code !== 0) throw new BuildError(`Could not copy the tool folder ${from} for user ${p.user.name}: ${copied.tail.join(' ')}`);
  };

  return {
    async space(key, at) {
      const p = await (setup ??= setUp(at.env));
      if (!p) return { ...at, exec };
      const repoRoot = await (p.copy ??= copyCheckout(p, at.repoRoot));
      const dir = path.join(p.base, 'layers', key);
      const [workDir, tmp] = ['work', 'tmp'].map((name) => path.join(dir, name));
      await mkdir(dir, { mode: 0o700 });
      await Promise.all([workDir, tmp].map((d) => mkdir(d)));
      return {
        repoRoot,
        workDir,
        env: { ...p.env(at.env), TMPDIR: tmp },
        exec: {
          async run(file, args, opts) {
            const why = p.unreachable.get(file);
            if (why) throw new BuildError(why);
            await chown(p, dir, p.user);
            // Installs into the layer's work folder and smoke tests have no business writing in the checkout; build
            // commands run in it and may.
            const readOnly = p.namespaces && isInside(dir, opts.cwd) ? [repoRoot] : undefined;
            try {
              const result = await exec.run(file, args, { ...opts, user: { ...p.runAs, readOnly } });
              // In a namespace the program is started by env, which ends 126 or 127 where it cannot run it.
              const refused = result.code === 126 || result.code === 127 ? await interpreterOutOfReach(file, p) : undefined;
              if (refused) throw refused;
              return result;
            } catch (error) {
              throw (await interpreterOutOfReach(file, p)) ?? error;
            } finally {
              // Its group is gone by now (exec.ts), so nothing of the build writes there any more.
              await chown(p, dir, self);
            }
          },
        },
        handBack: async (output) => {
          if (isInside(repoRoot, output)) await chown(p, output, self);
        },
      };
    },
    async close() {
      const p = await setup?.catch(() => undefined);
      if (p) await privileged(p, 'rm', ['-rf', p.base]);
    },
  };
}

/**
 * What a PATH folder's tools need beside it: node_modules/.bin links into its node_modules; an interpreter in
 * <prefix>/bin finds its library in <prefix>/lib (Python, Node, Ruby installs).
 */
async function toolRoot(dir: string): Promise<string> {
  const parent = path.dirname(dir);
  if (path.basename(dir) === '.bin' && path.basename(parent) === 'node_modules') return parent;
  if (path.basename(dir) === 'bin' && (await isDir(path.join(parent, 'lib')))) return parent;
  return dir;
}

/** The folders of `dirs` for which `test <flag>` holds as the build user. */
async function userCan(asUser: AsUser, flag: string, dirs: string[]): Promise<Set<string>> {
  if (dirs.length === 0) return new Set();
  const result = await asUser(`for p; do [ ${flag} "$p" ] && printf "%s\\n" "$p"; done; true`, dirs);
  return new Set(result.stdout.split('\n').filter(Boolean));
}

/** The tool, where it was found, the folder the build user cannot enter, and what to do. */
async function whyUnreachable(name: string, file: string, found: string, p: Pick<Privileged, 'user' | 'asUser'>): Promise<string> {
  const user = p.user.name;
  const real = await realpath(file).catch(() => file);
  // The folders above the path as found, then above the file it links to.
  const ancestors = [file, real].flatMap((f) => {
    const above: string[] = [];
    for (let dir = path.dirname(f); dir !== path.dirname(dir); dir = path.dirname(dir)) above.unshift(dir);
    return above;
  });
  const open = await userCan(p.asUser, '-x', [...new Set(ancestors)]);
  const closed = ancestors.find((dir) => !open.has(dir));
  const where = real === file ? file : `${file} (${real})`;
  const blocker = closed
    ? `it is inside ${closed}, which user ${user} cannot enter. Let other users enter that folder (chmod o+x ${closed}), install ${name} outside it,`
    : `user ${user} may not run that file. Make it executable for other users (chmod o+rx ${real}),`;
  return `Builds run as user ${user}, which cannot run ${name}: ${found} ${where}, and ${blocker} or set 'isolate: never' to build as the runner's user.`;
}

/** Why a script could not start as the build user, when the interpreter its #! line names is out of its reach. */
async function interpreterOutOfReach(file: string, p: Privileged): Promise<BuildError | undefined> {
  if (!path.isAbsolute(file)) return undefined;
  const head = (await readFile(file).catch(() => undefined))?.subarray(0, 256).toString('utf8');
  const interpreter = head && /^#!\s*(\/\S+)/.exec(head)?.[1];
  if (!interpreter || (await userCan(p.asUser, '-x', [interpreter])).has(interpreter)) return undefined;
  return new BuildError(await whyUnreachable(path.basename(interpreter), interpreter, `the #! line of ${path.basename(file)} names it as`, p));
}

/** The registry settings of the runner's user, written for the build user (registry-settings.ts); the log line. */
async function registrySettings(env: Record<string, string>, home: string): Promise<string | undefined> {
  const userHome = env.HOME;
  const variable = (re: RegExp) => Object.entries(env).find(([name]) => re.test(name))?.[1];
  const sources: { files: (string | undefined)[]; read: (text: string) => Settings; to: string }[] = [
    { files: [variable(/^npm_config_userconfig$/i), userHome && path.join(userHome, '.npmrc')], read: npmrcSettings, to: '.npmrc' },
    { files: [userHome && path.join(userHome, '.yarnrc.yml')], read: yarnrcSettings, to: '.yarnrc.yml' },
    {
      files: [variable(/^PIP_CONFIG_FILE$/), userHome && path.join(userHome, '.config/pip/pip.conf'), userHome && path.join(userHome, '.pip/pip.conf')],
      read: pipConfSettings,
      to: '.config/pip/pip.conf',
    },
  ];
  const lines: string[] = [];
  for (const source of sources) {
    const file = source.files.find((f): f is string => !!f);
    const text = file && (await readFile(file, 'utf8').catch(() => undefined));
    if (!file || text === undefined) continue;
    const settings = source.read(text);
    if (settings.text) {
      await mkdir(path.dirname(path.join(home, source.to)), { recursive: true });
      await writeFile(path.join(home, source.to), settings.text, { mode: 0o600 });
    }
    const passed = settings.passed.length > 0 ? settings.passed.join(', ') : 'nothing';
    const withheld =
      settings.withheld.length > 0
        ? `; withheld, as credentials written in the file (reference an environment variable instead, such as \${NODE_AUTH_TOKEN}): ${settings.withheld.join(', ')}`
        : '';
    lines.push(`${file} -> ~/${source.to}: ${passed}${withheld}`);
  }
  return lines.length > 0 ? `Package-manager settings passed to builds:\n${lines.join('\n')}` : undefined;
}

function without(env: Record<string, string>, names: RegExp): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !names.test(name)));
}

async function isDir(dir: string): Promise<boolean> {
  return (await stat(dir).catch(() => undefined))?.isDirectory() ?? false;
}

async function executable(file: string): Promise<boolean> {
  if (!(await stat(file).catch(() => undefined))?.isFile()) return false;
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}
