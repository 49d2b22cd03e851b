import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { processExec } from '../../src/adapters/exec';
import { buildLayer } from '../../src/builders';
import { runCommand } from '../../src/builders/command';
import { commandEnv } from '../../src/builders/env';
import type { LayerConfig } from '../../src/types';
import { layer } from '../detect/fixture';
import { memoryLogger } from '../support/logger';
import { buildError } from './helpers';
import { cleanupRepos, createRepo, tempDir, type FileContent, type TempRepo } from '../support/repo';

afterAll(cleanupRepos);

async function runtimeRepo(files: Record<string, FileContent>): Promise<TempRepo> {
  return createRepo({ files: { '.gitignore': 'dist/\n', ...files } });
}

async function build(repo: TempRepo, extra: Partial<LayerConfig>, env = commandEnv(process.env)) {
  const log = memoryLogger();
  const config = layer('rt', 'runtime', 'runtimes/rt', { output: 'dist', ...extra });
  const { root } = await buildLayer(config, { repoRoot: repo.dir, workDir: await tempDir('lla-work-'), exec: processExec, env, log });
  return { root, log };
}

describe('runtime and custom layers', () => {
  it('runs a shell build in the layer folder and returns its output folder', async () => {
    const repo = await runtimeRepo({ 'runtimes/rt/bootstrap.sh': '#!/bin/sh\necho ready\n' });
    const { root, log } = await build(repo, { build: 'mkdir -p dist && install -m 755 bootstrap.sh dist/bootstrap && echo built' });
    expect(root).toBe(path.join(repo.dir, 'runtimes/rt/dist'));
    expect((await stat(path.join(root, 'bootstrap'))).mode & 0o777).toBe(0o755);
    expect(log.text('info')).toContain('built');
  });

  it('compiles a C bootstrap with make', async () => {
    const repo = await runtimeRepo({
      'runtimes/rt/main.c': '#include <stdio.h>\nint main(void) { puts("hello from bootstrap"); return 0; }\n',
      'runtimes/rt/Makefile': 'bootstrap: main.c\n\tmkdir -p dist\n\tcc -O2 -o dist/bootstrap main.c\n',
    });
    const { root } = await build(repo, { type: 'custom', build: 'make bootstrap' });
    expect(execFileSync(path.join(root, 'bootstrap'), { encoding: 'utf8' })).toBe('hello from bootstrap\n');
  });

  it('says which output folder was expected when the build did not write it', async () => {
    const repo = await runtimeRepo({ 'runtimes/rt/README.md': 'nothing to build\n' });
    const message = await buildError(build(repo, { build: 'mkdir -p out' }));
    expect(message).toBe(
      'The build of layer rt finished, but its output folder runtimes/rt/dist does not exist. Make `mkdir -p out` write ' +
        "the layer's files there, or set `output` to the folder it writes (relative to runtimes/rt).",
    );
  });

  it('stops on a failing command, naming the layer, the command, the exit code and the last lines', async () => {
    const repo = await runtimeRepo({ 'runtimes/rt/build.sh': 'echo compiling\necho "fatal: no bootstrap.go" >&2\nexit 7\n' });
    const message = await buildError(build(repo, { build: 'bash build.sh 2>&1 | tee build.log' }));
    expect(message).toBe(
      '`bash build.sh 2>&1 | tee build.log` for layer rt (in runtimes/rt) exited with code 7.\n' +
        'Last lines of output:\n  compiling\n  fatal: no bootstrap.go\n' +
        "Fix the command or what it builds; it runs with bash -eo pipefail in runtimes/rt, with the runner's environment " +
        'minus its tokens and credentials.',
    );
  });

  it('refuses an output folder that is a symlink leaving the repository', async () => {
    const outside = await tempDir('lla-outside-');
    const repo = await runtimeRepo({ 'runtimes/rt/README.md': 'links out\n' });
    const message = await buildError(build(repo, { build: `ln -s ${outside} dist` }));
    expect(message).toMatch(/^The output folder runtimes\/rt\/dist of layer rt resolves to .*lla-outside-\w+, outside the repository;/);
  });

  it('gives build commands none of the runner’s secrets', async () => {
    const token = 'ghs_SecretToken123';
    const runner = {
      ...process.env,
      'INPUT_GITHUB-TOKEN': token,
      ACTIONS_RUNTIME_TOKEN: 'actions-runtime-secret',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret',
      GITHUB_TOKEN: token,
      AWS_SECRET_ACCESS_KEY: 'aws-secret-key',
      AWS_SESSION_TOKEN: 'aws-session-secret',
      TOKEN_COPY: `Bearer ${token}`,
      HARMLESS: 'visible-to-builds',
    };
    const repo = await runtimeRepo({
      'runtimes/rt/steal.sh': [
        'mkdir -p dist',
        "printenv 'INPUT_GITHUB-TOKEN' || true",
        'echo "runtime=$ACTIONS_RUNTIME_TOKEN github=$GITHUB_TOKEN aws=$AWS_SECRET_ACCESS_KEY copy=$TOKEN_COPY"',
        'env > dist/env.txt',
        'echo "harmless=$HARMLESS"',
        '',
      ].join('\n'),
    });
    const { root, log } = await build(repo, { build: 'bash steal.sh' }, commandEnv(runner, [token]));
    const seen = `${log.text()}\n${await readFile(path.join(root, 'env.txt'), 'utf8')}`;
    for (const secret of [token, 'actions-runtime-secret', 'oidc-secret', 'aws-secret-key', 'aws-session-secret']) {
      expect(seen).not.toContain(secret);
    }
    expect(seen).not.toMatch(/^(INPUT_|ACTIONS_|GITHUB_TOKEN=|AWS_SECRET|AWS_SESSION|TOKEN_COPY=)/m);
    expect(log.text('info')).toContain('runtime= github= aws= copy=');
    expect(seen).toContain('harmless=visible-to-builds');
  });
});

describe('build processes', () => {
  /** Whether `pid` still runs (a zombie waiting for its parent to reap it runs no more). */
  function running(pid: number): boolean {
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  }

  /**
   * Whether the process is gone, given the kernel a moment to finish a SIGKILL already sent (on a loaded machine the
   * killed process can still be scheduled for a few milliseconds). A process nobody killed (`sleep 300`) stays running.
   */
  async function stopped(pid: number): Promise<boolean> {
    for (let i = 0; i < 100 && running(pid); i++) await new Promise((r) => setTimeout(r, 20));
    return !running(pid);
  }

  it('stops a build after timeoutMinutes, with the background process it started', async () => {
    const repo = await runtimeRepo({ 'runtimes/rt/build.sh': 'sleep 300 &\necho $! > background.pid\nsleep 300\n' });
    const message = await buildError(build(repo, { build: 'bash build.sh', timeoutMinutes: 0.02 }));
    expect(message).toMatch(/^`bash build.sh` for layer rt \(in runtimes\/rt\) ran longer than timeoutMinutes \(0.02\) and was stopped, with every process it started\./);
    const pid = Number(await readFile(path.join(repo.dir, 'runtimes/rt/background.pid'), 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(await stopped(pid)).toBe(true);
  });

  it('counts timeoutMinutes for the whole build, not for each of its commands', async () => {
    const repo = await runtimeRepo({ 'runtimes/rt/README.md': 'two steps\n' });
    const config = layer('rt', 'custom', 'runtimes/rt', { output: 'dist', timeoutMinutes: 0.04 });
    const opts = { repoRoot: repo.dir, workDir: await tempDir('lla-work-'), exec: processExec, env: commandEnv(process.env), log: memoryLogger() };
    const step = (seconds: number) => ({ file: 'sleep', args: [String(seconds)], cwd: repo.dir, display: `sleep ${seconds}`, hint: '' });
    const build = { ...opts, deadline: Date.now() + config.timeoutMinutes * 60_000 };
    await runCommand(config, step(1.5), build);
    // 2.4 s for the build: the second step would fit in a fresh timeout, but not in what is left of the build's.
    await expect(runCommand(config, step(1.5), build)).rejects.toThrow(/`sleep 1.5` for layer rt \(in \.\) ran longer than timeoutMinutes \(0.04\)/);
    // A command on its own gets the whole timeout.
    await runCommand(config, step(1.5), opts);
  });

  it('leaves no build process behind when the action is stopped', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./exit-child.ts', import.meta.url))], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    const pid = await new Promise<number>((resolve) =>
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const m = /background (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      }),
    );
    expect(running(pid)).toBe(true);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(await stopped(pid)).toBe(true);
  });
});
