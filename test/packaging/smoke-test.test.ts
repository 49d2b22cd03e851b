import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostCannotRun } from '../../src/packaging/smoke-test';
import type { SmokeTestConfig } from '../../src/types';
import { cleanupRepos, type TempRepo } from '../support/repo';
import { elfHeader, foreignArch, foreignMachine, layerRepo, pack, runtimeLayer } from './fixture';

afterAll(cleanupRepos);

const EXAMPLE = fileURLToPath(new URL('../../examples/monorepo', import.meta.url));

/** A bootstrap written in JavaScript for this Node, talking to the Runtime API with fetch. */
function jsBootstrap(body: string): { content: string; mode: number } {
  return {
    content:
      `#!${process.execPath}\n` +
      `const api = 'http://' + process.env.AWS_LAMBDA_RUNTIME_API + '/2018-06-01/runtime';\n` +
      `const post = (path, body, headers = {}) => fetch(api + path, { method: 'POST', headers, body: JSON.stringify(body) });\n` +
      `(async () => {\n${body}\n})();\n`,
    mode: 0o755,
  };
}

/** Waits for the next event: { id, event }. */
const NEXT = `const next = await fetch(api + '/invocation/next'); const id = next.headers.get('lambda-runtime-aws-request-id'); const event = await next.json();`;

async function smokeRepo(bootstrap: { content: string; mode: number }, event: object = { orderId: 'o-123' }): Promise<TempRepo> {
  return layerRepo({ 'rt/dist/bootstrap': bootstrap, 'rt/test/event.json': event });
}

const smoke = (extra: Partial<SmokeTestConfig> = {}): SmokeTestConfig => ({ event: 'test/event.json', timeoutSeconds: 10, ...extra });

/** Alive and not a zombie left for an init that does not reap. */
function alive(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  return existsSync(stat) && !/^\d+ \(.*\) Z/.test(readFileSync(stat, 'utf8'));
}

describe('smoke test with the example runtime (C, built with make)', () => {
  let repo: TempRepo;
  const layer = (extra: Partial<SmokeTestConfig>) =>
    runtimeLayer({ path: 'runtimes/exec-runtime', smokeTest: smoke({ handler: 'handler.sh', taskRoot: 'test/task', ...extra }) });

  beforeAll(async () => {
    repo = await layerRepo();
    // The runtime and the limits its build reads from the repository's config folder.
    for (const dir of ['runtimes/exec-runtime', 'config/runtime']) {
      await cp(path.join(EXAMPLE, dir), path.join(repo.dir, dir), { recursive: true, filter: (src) => !src.includes(`${path.sep}dist`) });
    }
    execFileSync('make', ['bootstrap'], { cwd: path.join(repo.dir, 'runtimes/exec-runtime'), stdio: 'ignore' });
  });

  it('answers the example event with the expected JSON', async () => {
    const { log } = await pack(repo, layer({ expect: { ok: true, orderId: 'o-123' } }));
    expect(log.text('info')).toMatch(/Smoke test of rt passed in \d+ ms: \{"ok": true, "orderId": "o-123"\}/);
  });

  it('reports the handler failure the runtime posts as an invocation error, with the output', async () => {
    await writeFile(path.join(repo.dir, 'runtimes/exec-runtime/test/bad.json'), '{"id": 1}');
    await expect(pack(repo, layer({ event: 'test/bad.json' }))).rejects.toThrow(
      /Smoke test of rt failed: the invocation failed \(HandlerFailed\): \{"errorMessage":"handler\.sh exited with status 2","errorType":"HandlerFailed","stackTrace":\[\]\}\nLast lines of the bootstrap's output:\n.*handler\.sh: the event has no "orderId"/s,
    );
  });

  it('reports the init error the runtime posts when _HANDLER is not set', async () => {
    await expect(pack(repo, layer({ handler: undefined }))).rejects.toThrow(
      /the runtime reported an initialization error \(Runtime\.NoHandler\): \{"errorMessage":"_HANDLER is not set/,
    );
  });
});

describe('smoke test failures', () => {
  it('fails on an invocation error with its body', async () => {
    const repo = await smokeRepo(
      jsBootstrap(`${NEXT}
        await post('/invocation/' + id + '/error', { errorMessage: 'order ' + event.orderId + ' not found', errorType: 'NotFound' }, { 'Lambda-Runtime-Function-Error-Type': 'Unhandled' });
        await fetch(api + '/invocation/next');`),
    );
    await expect(pack(repo, runtimeLayer({ smokeTest: smoke() }))).rejects.toThrow(
      'Smoke test of rt failed: the invocation failed (Unhandled): {"errorMessage":"order o-123 not found","errorType":"NotFound"}',
    );
  });

  it('fails on an init error', async () => {
    const repo = await smokeRepo(jsBootstrap(`await post('/init/error', { errorMessage: 'no config', errorType: 'Runtime.BadConfig' }); process.exit(1);`));
    await expect(pack(repo, runtimeLayer({ smokeTest: smoke() }))).rejects.toThrow(
      'the runtime reported an initialization error: {"errorMessage":"no config","errorType":"Runtime.BadConfig"}',
    );
  });

  it('fails when the bootstrap crashes, with the end of its output', async () => {
    const repo = await smokeRepo(jsBootstrap(`console.log('starting'); console.error('boom: cannot load config'); process.exit(1);`));
    await expect(pack(repo, runtimeLayer({ smokeTest: smoke() }))).rejects.toThrow(
      /the bootstrap exited with code 1 before posting a response\.\nLast lines of the bootstrap's output:\n(starting\nboom: cannot load config|boom: cannot load config\nstarting)$/,
    );
  });

  it('kills a bootstrap that hangs, and what it started, after timeoutSeconds', async () => {
    const pids = path.join((await layerRepo()).dir, 'pids');
    // A shell, not Node: it starts in milliseconds, so it has written its pids well before the second is up on a loaded machine.
    const repo = await smokeRepo({ content: `#!/bin/sh\nsleep 300 &\necho "[$$, $!]" > '${pids}'\nwait\n`, mode: 0o755 });
    await expect(pack(repo, runtimeLayer({ smokeTest: smoke({ timeoutSeconds: 1 }) }))).rejects.toThrow(
      /no response within timeoutSeconds \(1 s\); the bootstrap was killed\./,
    );
    const [bootstrap, child] = JSON.parse(readFileSync(pids, 'utf8')) as number[];
    expect(alive(bootstrap)).toBe(false);
    expect(alive(child)).toBe(false);
  });

  it('shows expected and actual when the response differs from expect', async () => {
    const repo = await smokeRepo(jsBootstrap(`${NEXT} await post('/invocation/' + id + '/response', { ok: false, orderId: event.orderId }); await fetch(api + '/invocation/next');`));
    await expect(pack(repo, runtimeLayer({ smokeTest: smoke({ expect: { ok: true, orderId: 'o-123' } }) }))).rejects.toThrow(
      `the response differs from 'expect'. Expected {"ok":true,"orderId":"o-123"}, got {"ok":false,"orderId":"o-123"}.`,
    );
  });

  it('runs with Lambda variables, /opt paths and nothing of the runner environment', async () => {
    process.env.INPUT_GITHUB_TOKEN = 'ghs_secret';
    try {
      const seen = path.join((await layerRepo()).dir, 'seen.json');
      const repo = await smokeRepo(
        jsBootstrap(`${NEXT}
          require('node:fs').writeFileSync(event.seen, JSON.stringify({ env: process.env, cwd: process.cwd(), headers: Object.fromEntries(next.headers) }));
          await post('/invocation/' + id + '/response', {});
          await fetch(api + '/invocation/next');`),
        { seen },
      );
      await mkdir(path.join(repo.dir, 'rt/test/task'), { recursive: true });
      await pack(repo, runtimeLayer({ smokeTest: smoke({ handler: 'index.handler', taskRoot: 'test/task' }) }));
      const { env, cwd, headers } = JSON.parse(readFileSync(seen, 'utf8'));
      expect(env).not.toHaveProperty('INPUT_GITHUB_TOKEN');
      expect(env).not.toHaveProperty('HOME');
      expect(env).toMatchObject({ _HANDLER: 'index.handler', LAMBDA_TASK_ROOT: path.join(repo.dir, 'rt/test/task'), AWS_LAMBDA_FUNCTION_NAME: 'acme-rt-smoke-test', AWS_REGION: 'us-east-1' });
      expect(env.PATH).toBe(`/usr/local/bin:/usr/bin:/bin:${env.LAMBDA_OPT_DIR}/bin`);
      expect(env.LD_LIBRARY_PATH).toBe(`/lib64:/usr/lib64:${env.LAMBDA_TASK_ROOT}:${env.LAMBDA_TASK_ROOT}/lib:${env.LAMBDA_OPT_DIR}/lib`);
      expect(cwd).toBe(env.LAMBDA_TASK_ROOT);
      expect(headers['lambda-runtime-invoked-function-arn']).toBe('arn:aws:lambda:us-east-1:000000000000:function:acme-rt-smoke-test');
      expect(Number(headers['lambda-runtime-deadline-ms'])).toBeGreaterThan(Date.now());
      expect(headers['lambda-runtime-trace-id']).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0$/);
    } finally {
      delete process.env.INPUT_GITHUB_TOKEN;
    }
  });
});

describe('smoke test skipped', () => {
  it('skips a bootstrap built for another architecture than this machine, with a notice', async () => {
    const repo = await layerRepo({ 'rt/test/event.json': {} });
    await mkdir(path.join(repo.dir, 'rt/dist'));
    await writeFile(path.join(repo.dir, 'rt/dist/bootstrap'), elfHeader(foreignMachine), { mode: 0o755 });
    const { log } = await pack(repo, runtimeLayer({ architectures: [foreignArch], smokeTest: smoke() }));
    expect(log.text('notice')).toMatch(new RegExp(`Smoke test of rt skipped: the bootstrap is a ${foreignArch} Linux binary and this runner is linux`));
  });

  it('says why and where it would run', () => {
    const facts = (machine: number) => ({ kind: 'file' as const, mode: 0o755, size: 64, head: elfHeader(machine) });
    expect(hostCannotRun(facts(183), 'linux', 'x64')).toBe(
      'the bootstrap is a arm64 Linux binary and this runner is linux x86_64. Run the workflow on a arm64 Linux runner (for example ubuntu-24.04-arm) to smoke-test it.',
    );
    expect(hostCannotRun(facts(62), 'darwin', 'x64')).toMatch(/this runner is darwin x86_64/);
    expect(hostCannotRun(facts(62), 'linux', 'x64')).toBeUndefined();
    expect(hostCannotRun({ ...facts(0), head: Buffer.from('#!/bin/sh\n') }, 'darwin', 'arm64')).toBeUndefined();
  });
});
