// Builds as an unprivileged user, for real: this test machine runs as root, as a self-hosted runner may. The sudo
// path runs through a stand-in for passwordless sudo (runuser underneath), as on GitHub-hosted runners.
import { execFileSync } from 'node:child_process';
import { chmod, copyFile, mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processExec, type Exec } from '../../src/adapters/exec';
import { buildLayer } from '../../src/builders';
import { commandEnv } from '../../src/builders/env';
import { packageLayer } from '../../src/packaging';
import { BUILD_USER, buildSandbox } from '../../src/builders/isolation';
import { layer } from '../detect/fixture';
import { memoryLogger } from '../support/logger';
import { buildError } from './helpers';
import { cleanupRepos, createRepo, tempDir } from '../support/repo';

afterAll(cleanupRepos);

const asRoot = process.getuid?.() === 0;

/**
 * The environment of the builds here: this Node and the system's tools, a HOME of its own. This machine's own tool
 * folders (a private home's toolchains) would be mirrored for the build user on every sandbox, for nothing.
 */
async function buildEnv(): Promise<Record<string, string>> {
  return { ...commandEnv(process.env), PATH: `${path.dirname(process.execPath)}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`, HOME: await tempDir('lla-home-') };
}

/** This Node where any user can run it: the test's own may sit in a private folder (a clone under mktemp -d). */
async function sharedNode(): Promise<string> {
  const dir = await tempDir('lla-node-');
  await chmod(dir, 0o755);
  await copyFile(process.execPath, path.join(dir, 'node'));
  return path.join(dir, 'node');
}

async function withSudo(): Promise<Record<string, string>> {
  const bin = await tempDir('lla-sudo-');
  await writeFile(
    path.join(bin, 'sudo'),
    '#!/bin/bash\n# Passwordless sudo: -n, then -u USER or root.\n[ "$1" = -n ] && shift\n' +
      'if [ "$1" = -u ]; then user=$2; shift 2; [ "$1" = -- ] && shift; exec runuser -u "$user" -- "$@"; fi\n' +
      '[ "$1" = -- ] && shift\nexec "$@"\n',
  );
  await chmod(path.join(bin, 'sudo'), 0o755);
  await chmod(bin, 0o755);
  const env = await buildEnv();
  return { ...env, PATH: `${bin}:${env.PATH}` };
}

function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(execFileSync('cat', [`/proc/${pid}/stat`], { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

describe.skipIf(!asRoot)('builds as an unprivileged user', () => {
  it.each([
    ['as root', undefined],
    ['through passwordless sudo', 'sudo'],
  ])('%s: in a copy of the checkout without .git, handed back afterwards, the checkout untouched', async (_, via) => {
    const env = via ? await withSudo() : await buildEnv();
    const self = via ? { uid: 4242, gid: 4242 } : { uid: 0, gid: 0 };
    const savedPath = process.env.PATH;
    if (via) process.env.PATH = env.PATH;
    const log = memoryLogger();
    const sandbox = buildSandbox(processExec, log, { self });
    try {
      const repo = await createRepo({
        files: {
          'shared/header.txt': 'shared\n',
          'layers/x/build.sh': [
            'echo "uid=$(id -u) owner=$(stat -c %u .) home=$HOME tmp=$TMPDIR"',
            'test -e ../../.git && echo "git: visible" || echo "git: absent"',
            'mkdir -p out && cat ../../shared/header.txt > out/a.txt && touch "$TMPDIR/t" "$HOME/h"',
            '',
          ].join('\n'),
        },
      });
      const config = layer('x', 'custom', 'layers/x', { build: 'bash build.sh', output: 'out' });
      const space = await sandbox.space('x', { repoRoot: repo.dir, workDir: await tempDir('lla-work-'), env });
      const { root } = await buildLayer(config, { ...space, log });
      await space.handBack?.(root);
      const uid = Number(execFileSync('id', ['-u', BUILD_USER], { encoding: 'utf8' }));
      // The build user owned the copy while its command ran; the action's user owns it again for packaging.
      expect(log.text('info')).toContain(`uid=${uid} owner=${uid} home=`);
      expect((await stat(path.join(root, 'a.txt'))).uid).toBe(self.uid);
      expect(await readFile(path.join(root, 'a.txt'), 'utf8')).toBe('shared\n');
      expect(log.text('info')).toContain('git: absent');
      expect(log.text('info')).toContain(`Builds run as user ${BUILD_USER} (uid ${uid}${via ? ', through sudo' : ''}), in a copy`);
      expect(root.startsWith(repo.dir)).toBe(false);
      expect(repo.git('status', '--porcelain', '--ignored')).toBe('');
    } finally {
      await sandbox.close();
      process.env.PATH = savedPath;
    }
  });

  it('runs the smoke test’s bootstrap as the build user too: it is built code', async () => {
    const log = memoryLogger();
    const sandbox = buildSandbox(processExec, log);
    try {
      // A bootstrap that answers with who it runs as and whether it can read the action's environment.
      const bootstrap =
        `#!${await sharedNode()}\n` +
        `const api = 'http://' + process.env.AWS_LAMBDA_RUNTIME_API + '/2018-06-01/runtime';\n` +
        `(async () => {\n` +
        `  const next = await fetch(api + '/invocation/next');\n` +
        `  const id = next.headers.get('lambda-runtime-aws-request-id');\n` +
        `  let parent = 'denied';\n` +
        `  try { require('node:fs').readFileSync('/proc/' + process.ppid + '/environ'); parent = 'readable'; } catch {}\n` +
        `  await fetch(api + '/invocation/' + id + '/response', { method: 'POST', body: JSON.stringify({ uid: process.getuid(), parent }) });\n` +
        `  await fetch(api + '/invocation/next');\n` +
        `})();\n`;
      const repo = await createRepo({ files: { 'rt/bootstrap.js': bootstrap, 'rt/test/event.json': '{}' } });
      const uid = Number(execFileSync('id', ['-u', BUILD_USER], { encoding: 'utf8' }));
      const config = layer('rt', 'runtime', 'rt', {
        build: 'mkdir -p dist && install -m 755 bootstrap.js dist/bootstrap',
        output: 'dist',
        architectures: [process.arch === 'arm64' ? 'arm64' : 'x86_64'],
        smokeTest: { event: 'test/event.json', timeoutSeconds: 20, expect: { uid, parent: 'denied' } },
      });
      const space = await sandbox.space('rt', { repoRoot: repo.dir, workDir: await tempDir('lla-work-'), env: await buildEnv() });
      const { root } = await buildLayer(config, { ...space, log });
      await packageLayer(config, root, { repoRoot: space.repoRoot, zipPath: path.join(space.workDir, 'rt.zip'), exec: space.exec, log });
      expect(log.text('info')).toContain(`Smoke test of rt passed in`);
      expect(log.text('info')).toContain(`{"uid":${uid},"parent":"denied"}`);
    } finally {
      await sandbox.close();
    }
  });

  it('through sudo too, a timeout kills the build user’s whole group, which this process could not signal itself', async () => {
    const env = await withSudo();
    const savedPath = process.env.PATH;
    process.env.PATH = env.PATH;
    const sandbox = buildSandbox(processExec, memoryLogger(), { self: { uid: 4242, gid: 4242 } });
    try {
      const repo = await createRepo({ files: { 'layers/x/build.sh': 'sleep 300 &\necho $! > "$TMPDIR/background.pid"\nsleep 300\n' } });
      const config = layer('x', 'custom', 'layers/x', { build: 'bash build.sh', output: 'out', timeoutMinutes: 0.02 });
      const space = await sandbox.space('x', { repoRoot: repo.dir, workDir: await tempDir('lla-work-'), env });
      const message = await buildError(buildLayer(config, { ...space, log: memoryLogger() }));
      expect(message).toContain('ran longer than timeoutMinutes (0.02) and was stopped');
      const pid = Number(await readFile(path.join(space.env.TMPDIR, 'background.pid'), 'utf8'));
      expect(pid).toBeGreaterThan(0);
      expect(running(pid)).toBe(false);
    } finally {
      await sandbox.close();
      process.env.PATH = savedPath;
    }
  });
});

describe.skipIf(!asRoot)('tools the build user cannot reach', () => {
  it.each([
    ['bound in a mount namespace of each command', 'bound (in a mount namespace of each command) onto', undefined],
    ['hard-linked where mount namespaces are refused (most containers)', 'hard-linked into', 'exit 1'],
  ])('builds every layer of a run in one copy, with tools from a folder it cannot enter %s', async (_, how, unshare) => {
    const log = memoryLogger();
    const savedPath = process.env.PATH;
    if (unshare) {
      const bin = await tempDir('lla-unshare-');
      await writeFile(path.join(bin, 'unshare'), `#!/bin/sh\n${unshare}\n`, { mode: 0o755 });
      process.env.PATH = `${bin}:${process.env.PATH}`;
    }
    const sandbox = buildSandbox(processExec, log);
    let private_ = '';
    try {
      // A tool in a 0700 folder, as in a clone under mktemp -d.
      private_ = await tempDir('lla-private-');
      await mkdir(path.join(private_, 'bin'));
      await writeFile(path.join(private_, 'bin/greet'), '#!/bin/sh\necho "hello from $(id -un)"\n', { mode: 0o755 });
      const env = await buildEnv();
      env.PATH = `${private_}/bin:${env.PATH}`;
      const repo = await createRepo({ files: { 'layers/x/a.txt': 'x\n', 'layers/y/a.txt': 'y\n' } });
      const spaces = await Promise.all(
        ['x', 'y'].map(async (key) => sandbox.space(key, { repoRoot: repo.dir, workDir: await tempDir('lla-work-'), env })),
      );
      expect(spaces[0].repoRoot).toBe(spaces[1].repoRoot);
      expect(spaces[0].workDir).not.toBe(spaces[1].workDir);
      for (const [i, key] of ['x', 'y'].entries()) {
        const config = layer(key, 'custom', `layers/${key}`, { build: 'mkdir -p out && greet > out/greeting.txt', output: 'out' });
        const { root } = await buildLayer(config, { ...spaces[i], log });
        await spaces[i].handBack?.(root);
        expect(await readFile(path.join(root, 'greeting.txt'), 'utf8')).toBe(`hello from ${BUILD_USER}\n`);
      }
      expect(log.text('info')).toContain(`Tool folders it could not reach are ${how} `);
      expect(log.text('info')).toContain(`${private_}/bin`);
      // The tool's folder itself is as it was: closed to other users.
      expect((await stat(private_)).mode & 0o777).toBe(0o700);
    } finally {
      await sandbox.close();
      process.env.PATH = savedPath;
    }
    // Removing the run's folder left the tool's folder alone.
    expect(await readFile(path.join(private_, 'bin/greet'), 'utf8')).toContain('hello from');
  });

  it('gives commands run in a layer’s work folder a read-only checkout, and build commands run in it a writable one', async () => {
    const sandbox = buildSandbox(processExec, memoryLogger());
    try {
      const repo = await createRepo({ files: { 'layers/x/a.txt': 'x\n' } });
      const env = await buildEnv();
      const space = await sandbox.space('x', { repoRoot: repo.dir, workDir: await tempDir('lla-work-'), env });
      const write = async (cwd: string) =>
        (await space.exec.run('sh', ['-c', 'touch "$0/layers/x/written" 2>&1 && echo written', space.repoRoot], { cwd, env: space.env })).stdout;
      expect(await write(space.workDir)).toContain('Read-only file system');
      expect(await write(path.join(space.repoRoot, 'layers/x'))).toBe('written\n');
    } finally {
      await sandbox.close();
    }
  });

  it('names the interpreter of a bootstrap that the build user cannot reach, and the folder in the way', async () => {
    const log = memoryLogger();
    const sandbox = buildSandbox(processExec, log);
    try {
      const private_ = await tempDir('lla-private-');
      await symlink(process.execPath, path.join(private_, 'node'));
      const repo = await createRepo({
        files: { 'rt/bootstrap.js': `#!${private_}/node\nprocess.exit(0);\n`, 'rt/test/event.json': '{}' },
      });
      const config = layer('rt', 'runtime', 'rt', {
        build: 'mkdir -p dist && install -m 755 bootstrap.js dist/bootstrap',
        output: 'dist',
        architectures: [process.arch === 'arm64' ? 'arm64' : 'x86_64'],
        smokeTest: { event: 'test/event.json', timeoutSeconds: 20 },
      });
      const space = await sandbox.space('rt', { repoRoot: repo.dir, workDir: await tempDir('lla-work-'), env: await buildEnv() });
      const { root } = await buildLayer(config, { ...space, log });
      const packaged = packageLayer(config, root, { repoRoot: space.repoRoot, zipPath: path.join(space.workDir, 'rt.zip'), exec: space.exec, log });
      await expect(packaged).rejects.toThrow(
        `Builds run as user ${BUILD_USER}, which cannot run node: the #! line of bootstrap names it as ${private_}/node ` +
          `(${process.execPath}), and it is inside ${private_}, which user ${BUILD_USER} cannot enter. Let other users enter ` +
          `that folder (chmod o+x ${private_}), install node outside it, or set 'isolate: never'`,
      );
    } finally {
      await sandbox.close();
    }
  });
});

describe('the isolate input', () => {
  const refused: Exec = {
    run: async (file, args) => ({ code: 1, timedOut: false, stdout: '', stderr: '', tail: [`${file} ${args.join(' ')}: a password is required`] }),
  };
  const at = { repoRoot: '/repo', workDir: '/work/x', env: { PATH: '/usr/bin' } };

  it('always: fails before building where builds cannot be isolated, saying what would allow it', async () => {
    const sandbox = buildSandbox(refused, memoryLogger(), { isolate: 'always', self: { uid: 1001, gid: 1001 } });
    await expect(sandbox.space('x', at)).rejects.toThrow(
      "The input 'isolate' is 'always', but builds cannot run as an unprivileged user: this process (uid 1001) is not root " +
        "and has no passwordless sudo. Give the action root or passwordless sudo on Linux, or set 'isolate: auto'.",
    );
  });

  it('never: builds in the checkout as the runner’s user even where it could isolate, and says so', async () => {
    const log = memoryLogger();
    const sandbox = buildSandbox(processExec, log, { isolate: 'never', self: { uid: 0, gid: 0 } });
    const space = await sandbox.space('x', at);
    expect(space).toMatchObject(at);
    expect(space.exec).toBe(processExec);
    expect(log.text('info')).toContain("Builds run as the runner's user ('isolate: never')");
    await sandbox.close();
  });
});

describe('without root or passwordless sudo', () => {
  it('builds in the checkout as the runner’s user, and says so', async () => {
    const log = memoryLogger();
    const refused: Exec = {
      run: async (file, args) => ({ code: 1, timedOut: false, stdout: '', stderr: 'sudo: a password is required', tail: [`${file} ${args.join(' ')}: a password is required`] }),
    };
    const sandbox = buildSandbox(refused, log, { self: { uid: 1001, gid: 1001 } });
    const at = { repoRoot: '/repo', workDir: '/work/x', env: { PATH: '/usr/bin' } };
    const space = await sandbox.space('x', at);
    expect(space).toMatchObject(at);
    expect(space.exec).toBe(refused);
    expect(log.text('info')).toBe(
      "Builds run as the runner's user (uid 1001): it is not root and has no passwordless sudo, so builds share this " +
        "user's files; they still get none of the action's tokens or credentials in their environment.",
    );
    await sandbox.close();
  });
});
