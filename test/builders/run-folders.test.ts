// What dist/index.js leaves in the temp folders: nothing after a success, a failure or a cancellation; after a
// SIGKILL its folders stay (nothing can run), and the next run removes them because their process is gone. Where the
// machine allows isolation, the builds of a run share one copy of the checkout.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { chmod, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLambdaApi } from '../../src/local/lambda-api';
import { zipFileText } from '../packaging/fixture';
import { runAction, visibleLog, type RunOptions } from '../support/runner';
import { cleanupRepos, createRepo, tempDir, type TempRepo } from '../support/repo';
import { localAwsEnv } from '../support/env';

const isolated = (() => {
  if (process.platform !== 'linux') return false;
  if (process.getuid?.() === 0) return true;
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const layer = (key: string, build: string) =>
  `  ${key}:\n    type: custom\n    path: layers/${key}\n    build: ${JSON.stringify(build)}\n    output: out\n`;

describe(`dist/index.js's temporary folders (${isolated ? 'builds isolated' : 'builds as this user: no isolation possible here'})`, () => {
  let lambda: Awaited<ReturnType<typeof startLambdaApi>>;
  let temp: string;
  beforeAll(async () => {
    lambda = await startLambdaApi();
  });
  afterAll(async () => {
    await lambda.close();
    await cleanupRepos();
  });

  async function setUp(layers: Record<string, string>): Promise<TempRepo> {
    // The build user passes through the temp folder to the run's own, as through /tmp.
    temp = await tempDir('lla-temp-');
    await chmod(temp, 0o755);
    const files: Record<string, string> = { 'lambda-layers.yml': `version: 1\nregions: [us-east-1]\nlayers:\n${Object.entries(layers).map(([k, b]) => layer(k, b)).join('')}` };
    for (const key of Object.keys(layers)) files[`layers/${key}/src.txt`] = `${key}\n`;
    return createRepo({ files });
  }

  const publishEnv = () => ({
    // Builds need only the system's tools: none of this machine's own (mirrored for the build user when private).
    PATH: '/usr/local/bin:/usr/bin:/bin',
    HOME: temp,
    TMPDIR: temp,
    RUNNER_TEMP: temp,
    ...localAwsEnv(lambda),
  });
  const publish = (repo: TempRepo, extra: Partial<RunOptions> = {}) =>
    runAction({
      cwd: repo.dir,
      sha: repo.head(),
      eventName: 'push',
      ref: 'refs/heads/main',
      inputs: { force: 'true' },
      event: { before: '0'.repeat(40), after: repo.head() },
      env: publishEnv(),
      ...extra,
    });

  /** The run's folders in the temp folder (the runner's own files aside). */
  const left = async () => (await readdir(temp)).filter((name) => name.startsWith('lambda-layers-')).sort();

  it('after a success and after a failure, leaves nothing; the layers of a run build in one copy of the checkout', { timeout: 180_000 }, async () => {
    const repo = await setUp({
      a: 'mkdir -p out && echo "$PWD" > out/where.txt',
      b: 'mkdir -p out && echo "$PWD" > out/where.txt',
    });
    // A plan builds nothing: it needs no temp folder at all.
    const missing = path.join(temp, 'missing');
    const plan = await publish(repo, { inputs: { mode: 'plan' }, env: { PATH: process.env.PATH, RUNNER_TEMP: missing, TMPDIR: temp, HOME: temp } });
    expect(plan.code, visibleLog(plan)).toBe(0);
    expect(await readdir(temp)).toEqual([]);
    // A publish that cannot make its folder fails its layers, and still reports the plan.
    const noFolder = await publish(repo, { env: { ...publishEnv(), RUNNER_TEMP: missing } });
    expect(noFolder.code).toBe(1);
    expect(JSON.parse(noFolder.outputs.plan).layers.map((l: any) => [l.key, l.status, /ENOENT/.test(l.error)])).toEqual([
      ['a', 'failed', true],
      ['b', 'failed', true],
    ]);
    const ok = await publish(repo);
    expect(ok.code, visibleLog(ok)).toBe(0);
    expect(await left()).toEqual([]);
    if (isolated) {
      const log = visibleLog(ok);
      expect(log).toContain('Builds run as user lambda-layers-build');
      // Both builds ran in the same copy of the checkout, which is not the checkout.
      const [a, b] = await Promise.all(['a', 'b'].map(async (key) => (await zipFileText(lambda.layerVersions('us-east-1', key)[0].zip, 'where.txt')).trim()));
      expect(path.dirname(path.dirname(a))).toBe(path.dirname(path.dirname(b)));
      expect(a.startsWith(temp)).toBe(true);
    }

    await repo.write({ 'layers/b/src.txt': 'b2\n', 'lambda-layers.yml': (await readFile(path.join(repo.dir, 'lambda-layers.yml'), 'utf8')).replace('echo \\"$PWD\\" > out/where.txt', 'exit 3') });
    repo.commit('break b');
    const failed = await publish(repo);
    expect(failed.code).toBe(1);
    expect(visibleLog(failed)).toContain('exited with code 3');
    expect(await left()).toEqual([]);
  });

  it.for(['SIGINT', 'SIGTERM'] as const)('cancelled by %s mid-build, leaves nothing', { timeout: 180_000 }, async (signal) => {
    const repo = await setUp({ slow: 'sleep 60' });
    let exit: string | undefined;
    const result = await publish(repo, {
      onSpawn: (child) => {
        killOnBuild(child, signal);
        child.on('exit', (code, sig) => (exit = `${code}/${sig}`));
      },
    });
    expect(exit).toBe('1/null');
    expect(visibleLog(result)).toContain(`${signal}: cancelling`);
    expect(await left()).toEqual([]);
  });

  it('killed outright (SIGKILL) mid-build, leaves its folders, which the next run removes', { timeout: 180_000 }, async () => {
    const repo = await setUp({ slow: 'echo $$ > "$TMPDIR/build.pid"; sleep 60' });
    const killed = await publish(repo, { onSpawn: (child) => killOnBuild(child, 'SIGKILL') });
    expect(killed.code).toBe(1);
    const leftovers = await left();
    expect(leftovers.length).toBeGreaterThan(0);
    // The build outlived the action, which could not stop it: stopped here, as the runner ends a job's processes.
    const pidFiles = execFileSync('find', [temp, '-name', 'build.pid'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const file of pidFiles) {
      try {
        process.kill(-Number(await readFile(file, 'utf8')), 'SIGKILL');
      } catch {
        // Gone already.
      }
    }

    await repo.write({ 'lambda-layers.yml': (await readFile(path.join(repo.dir, 'lambda-layers.yml'), 'utf8')).replace('sleep 60', 'mkdir -p out && touch out/done') });
    repo.commit('quick');
    const next = await publish(repo);
    expect(next.code, visibleLog(next)).toBe(0);
    expect(await left()).toEqual([]);
    if (isolated) expect(visibleLog(next)).toMatch(/Removed 1 build folder\(s\) left by runs that were killed: .*lambda-layers-build-\d+-/);
  });
});

/** Sends `signal` once the build command has started (its `$ ` line is logged). */
function killOnBuild(child: ChildProcess, signal: NodeJS.Signals): void {
  let seen = '';
  let sent = false;
  child.stdout!.on('data', (chunk) => {
    seen += chunk;
    if (sent || !seen.includes('$ ')) return;
    sent = true;
    setTimeout(() => child.kill(signal), 300);
  });
}
