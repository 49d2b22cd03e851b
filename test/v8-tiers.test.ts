import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_AWS_ENV } from './support/env';
import { cleanupRepos, createRepo, tempDir } from './support/repo';
import { runAction } from './support/runner';
import { tiersSetByUser } from '../src/v8-tiers';

const run = promisify(execFile);
const TIERS = fileURLToPath(new URL('../src/v8-tiers.ts', import.meta.url));
const OPTIMIZED = 16; // V8's OptimizationStatus::kOptimized

// A function hot enough for V8 to optimize, and a loop that runs it until V8 has (for at most `ms`): its status then.
const HOT = `const status = new Function('f', 'return %GetOptimizationStatus(f)');
function hot(n) { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; }
function untilOptimized(ms) {
  const start = Date.now();
  while (!(status(hot) & ${OPTIMIZED}) && Date.now() - start < ms) hot(100);
  return status(hot);
}`;

// Runs hot() 5,000 times, then switches the tiers on and runs it until optimized (for at most the ms after the mode).
const PROBE = `import { deferOptimizing, optimizeFromHere } from ${JSON.stringify(TIERS)};
${HOT}
const [mode, wait] = process.argv.slice(2);
if (mode === '--defer') deferOptimizing();
for (let i = 0; i < 5000; i++) hot(100);
const before = status(hot);
optimizeFromHere();
console.log(JSON.stringify({ before, after: untilOptimized(Number(wait)) }));
`;

async function probe(nodeFlags: string[], mode: '--defer' | '--control', waitMs = 2000): Promise<{ before: number; after: number }> {
  const file = path.join(await tempDir('lla-tiers-'), 'probe.mts');
  await writeFile(file, PROBE);
  const { stdout } = await run(process.execPath, [...nodeFlags, '--allow-natives-syntax', '--import', 'tsx', file, mode, String(waitMs)]);
  return JSON.parse(stdout);
}

const optimized = (status: number) => (status & OPTIMIZED) !== 0;

describe('src/v8-tiers.ts', () => {
  it('keeps a hot function unoptimized while deferred, and lets V8 optimize it once switched back', async () => {
    const [deferred, control] = await Promise.all([probe([], '--defer'), probe([], '--control')]);
    // The control shows the loop is hot enough to be optimized; a Node version that ignores the switch fails here.
    expect(optimized(control.before)).toBe(true);
    expect(optimized(deferred.before)).toBe(false);
    expect(optimized(deferred.after)).toBe(true);
  });

  it('leaves the tiers alone when node was started with a flag that sets them', async () => {
    // V8 started --jitless crashes when --turbofan is set at run time.
    const jitless = await probe(['--jitless'], '--defer', 100);
    expect(optimized(jitless.before)).toBe(false);
    expect(optimized(jitless.after)).toBe(false);
  });

  it('recognizes the user flags that set the tiers, on the command line or in NODE_OPTIONS', () => {
    expect(tiersSetByUser([])).toBe(false);
    expect(tiersSetByUser(['--enable-source-maps', '--max-old-space-size=4096'], '--require ./x.js')).toBe(false);
    expect(tiersSetByUser(['--jitless'])).toBe(true);
    expect(tiersSetByUser(['--no-turbofan'])).toBe(true);
    expect(tiersSetByUser(['--no_maglev'])).toBe(true);
    expect(tiersSetByUser(['--maglev'])).toBe(true);
    expect(tiersSetByUser([], '--max-old-space-size=4096 --jitless')).toBe(true);
    expect(tiersSetByUser(['--maglev-inlining'])).toBe(false);
  });
});

// Whether V8 optimizes a hot function when the run reads its configuration, and at the bundle's exit: whether the
// tiers were on then. The configuration's read is seen through node:fs/promises, patched before the bundle loads.
const EXIT_HOOK = `import { writeFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { setFlagsFromString } from 'node:v8';
setFlagsFromString('--allow-natives-syntax');
${HOT}
const fsPromises = createRequire(import.meta.url)('node:fs/promises');
const readFile = fsPromises.readFile;
fsPromises.readFile = (file, ...rest) => {
  if (String(file).endsWith('lambda-layers.yml')) writeFileSync(process.env.TIERS_LOG + '.config', String(untilOptimized(300)));
  return readFile(file, ...rest);
};
syncBuiltinESMExports();
process.on('exit', () => writeFileSync(process.env.TIERS_LOG, String(untilOptimized(500))));
`;

describe('the tiers in a run of dist/index.js', () => {
  const layer = {
    'lambda-layers.yml': 'version: 1\nregions: [us-east-1]\nlayers:\n  deps:\n    type: nodejs\n    path: layers/deps\n    runtimes: [nodejs22.x]\n',
    'layers/deps/package.json': { name: 'deps', version: '1.0.0', private: true },
  };
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('lla-tiers-run-');
    await writeFile(path.join(dir, 'hook.mjs'), EXIT_HOOK);
  });
  afterAll(cleanupRepos);

  async function tiersOf(files: Record<string, string | object>, inputs: Record<string, string> = {}): Promise<{ atConfig: boolean; atExit: boolean }> {
    const repo = await createRepo({ files });
    const log = path.join(dir, `${path.basename(repo.dir)}.log`);
    const result = await runAction({
      cwd: repo.dir,
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: repo.head(),
      inputs: { mode: 'plan', 'base-ref': repo.head(), comment: 'false', ...inputs },
      env: { ...NO_AWS_ENV, NODE_OPTIONS: `--import=${pathToFileURL(path.join(dir, 'hook.mjs')).href}`, TIERS_LOG: log },
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const [atConfig, atExit] = await Promise.all([readFile(`${log}.config`, 'utf8'), readFile(log, 'utf8')]);
    return { atConfig: optimized(Number(atConfig)), atExit: optimized(Number(atExit)) };
  }
  const optimizedAtExit = async (files: Record<string, string | object>, inputs: Record<string, string> = {}) => (await tiersOf(files, inputs)).atExit;

  it('keeps them off to the end of a plan from git alone of an npm workspace', async () => {
    const lock = { name: 'root', lockfileVersion: 3, requires: true, packages: { '': { name: 'root' } } };
    expect(await optimizedAtExit({ ...layer, 'package-lock.json': lock })).toBe(false);
  });

  it('turns them on for a plan that fingerprints, and for a lockfile parsed in JavaScript', async () => {
    const [saved, pnpm] = await Promise.all([
      optimizedAtExit(layer, { 'plan-file': '.git/plan.json' }),
      optimizedAtExit({ ...layer, 'pnpm-lock.yaml': "lockfileVersion: '9.0'\n\nimporters:\n\n  .: {}\n" }),
    ]);
    expect({ saved, pnpm }).toEqual({ saved: true, pnpm: true });
  });

  it('reads the configuration of a plan that fingerprints with them still off, and turns them on to hash', async () => {
    expect(await tiersOf(layer, { 'plan-file': '.git/plan.json' })).toEqual({ atConfig: false, atExit: true });
  });
});
