// Change detection on a big generated monorepo (50,000 files, 200 layers, 500 workspace packages, a real-shaped
// package-lock.json), timed side by side with `git ls-files -s` on the same repository: the floor for anything that
// looks at every file. Run alone with `npx tsx bench/plan.ts`. The repository is generated once, cached under .bench/.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createGit } from '../src/adapters/git';
import { detectChanges } from '../src/detect';
import type { Config, LayerConfig } from '../src/types';
import { memoryLogger } from '../test/support/logger';
import { gitEnv } from '../local/git-env';

const FILES = 50_000;
const LAYERS = 200;
const PACKAGES = 500;
const EXTERNALS = 400;
const RUNS = 7;
/** Bump to regenerate the cached repository when the generator changes. */
const GENERATOR = `v2-${FILES}-${LAYERS}-${PACKAGES}`;
const REPO = fileURLToPath(new URL('../.bench/plan-repo', import.meta.url));

const run = promisify(execFile);
const pad = (n: number) => String(n).padStart(3, '0');
/** Deterministic pseudo-random numbers, so every machine generates the same repository. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const layerType = (i: number): LayerConfig['type'] => (i % 10 === 0 ? 'python' : i % 10 === 1 ? 'runtime' : 'nodejs');

async function generate(): Promise<void> {
  await rm(REPO, { recursive: true, force: true });
  await mkdir(REPO, { recursive: true });
  const next = random(42);
  const pick = (n: number) => Math.floor(next() * n);
  const files = new Map<string, string>();
  const lock: Record<string, any> = { '': { name: 'bench', workspaces: ['layers/*', 'packages/*'] } };

  for (let e = 0; e < EXTERNALS; e++) {
    const deps = e > 10 ? { [`ext-${pad(pick(e))}`]: '^1.0.0' } : undefined;
    lock[`node_modules/ext-${pad(e)}`] = { version: `1.${e % 7}.0`, integrity: `sha512-ext${e}`, ...(deps && { dependencies: deps }) };
  }
  const workspace = (dir: string, name: string, deps: Record<string, string>) => {
    files.set(`${dir}/package.json`, JSON.stringify({ name, version: '1.0.0', dependencies: deps }, null, 2));
    lock[dir] = { name, version: '1.0.0', dependencies: deps };
    lock[`node_modules/${name}`] = { resolved: dir, link: true };
  };
  for (let p = 0; p < PACKAGES; p++) {
    const deps: Record<string, string> = {};
    if (p > 0) deps[`@bench/pkg-${pad(pick(p))}`] = '*';
    if (p > 1) deps[`@bench/pkg-${pad(pick(p))}`] = '*';
    deps[`ext-${pad(pick(EXTERNALS))}`] = '^1.0.0';
    workspace(`packages/pkg-${pad(p)}`, `@bench/pkg-${pad(p)}`, deps);
  }
  for (let l = 0; l < LAYERS; l++) {
    const dir = `layers/layer-${pad(l)}`;
    if (layerType(l) === 'nodejs') {
      const deps: Record<string, string> = {};
      for (let d = 0; d < 4; d++) deps[`@bench/pkg-${pad(pick(PACKAGES))}`] = '*';
      for (let d = 0; d < 3; d++) deps[`ext-${pad(pick(EXTERNALS))}`] = '^1.0.0';
      workspace(dir, `layer-${pad(l)}`, deps);
    } else if (layerType(l) === 'python') {
      files.set(`${dir}/requirements.txt`, 'requests==2.32.3\n');
    } else {
      files.set(`${dir}/bootstrap`, '#!/bin/sh\n');
    }
  }
  // Fill up to FILES with sources: in packages, in layers, and in folders no layer uses.
  const folders = [
    ...Array.from({ length: PACKAGES }, (_, p) => `packages/pkg-${pad(p)}/src`),
    ...Array.from({ length: LAYERS }, (_, l) => `layers/layer-${pad(l)}/src`),
    ...Array.from({ length: 100 }, (_, a) => `apps/app-${pad(a)}/src`),
  ];
  files.set('package-lock.json', JSON.stringify({ name: 'bench', lockfileVersion: 3, requires: true, packages: lock }, null, 2));
  files.set('package.json', JSON.stringify({ name: 'bench', private: true, workspaces: ['layers/*', 'packages/*'] }, null, 2));
  files.set('.gitignore', 'node_modules/\n');
  for (let i = 0; files.size < FILES; i++) {
    files.set(`${folders[i % folders.length]}/module-${i}.js`, `export const value${i} = ${i};\n`);
  }

  const dirs = new Set([...files.keys()].map((f) => path.dirname(f)));
  await Promise.all([...dirs].map((d) => mkdir(path.join(REPO, d), { recursive: true })));
  const entries = [...files];
  for (let i = 0; i < entries.length; i += 500) {
    await Promise.all(entries.slice(i, i + 500).map(([f, content]) => writeFile(path.join(REPO, f), content)));
  }
  const git = (...args: string[]) => run('git', args, { cwd: REPO, env: gitEnv, maxBuffer: 1 << 30 });
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'generated monorepo');
  await writeFile(path.join(REPO, '.git', 'bench-generator'), GENERATOR);
}

function benchConfig(): Config {
  const layers = Array.from({ length: LAYERS }, (_, l): LayerConfig => {
    const type = layerType(l);
    return {
      key: `layer-${pad(l)}`,
      type,
      path: `layers/layer-${pad(l)}`,
      layerName: `bench-layer-${pad(l)}`,
      runtimes: [type === 'python' ? 'python3.12' : type === 'runtime' ? 'provided.al2023' : 'nodejs22.x'],
      architectures: ['arm64'],
      inputs: type === 'runtime' ? [`apps/app-${pad(l % 100)}/**/*.js`] : [],
      shareWith: [],
      timeoutMinutes: 30,
      allowScripts: [],
      regions: ['us-east-1'],
      ...(type === 'runtime' && { build: 'make', output: 'dist' }),
    };
  });
  return { file: 'lambda-layers.yml', version: 1, layerPrefix: 'bench-', regions: ['us-east-1'], layers, functions: [] };
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (ms: number) => Math.round(ms * 10) / 10;

export async function benchPlan() {
  const cached = existsSync(path.join(REPO, '.git', 'bench-generator')) && (await readFile(path.join(REPO, '.git', 'bench-generator'), 'utf8')) === GENERATOR;
  if (!cached) {
    console.log(`Generating ${FILES} files, ${LAYERS} layers, ${PACKAGES} workspace packages in ${REPO} ...`);
    await generate();
  }
  const git = createGit(REPO);
  const config = benchConfig();
  const head = await git.revParse('HEAD');
  const detect = () => detectChanges({ repoRoot: REPO, config, baseConfig: config, git, base: { sha: head, source: 'bench' }, log: memoryLogger() });
  const lsFiles = () => run('git', ['ls-files', '-s', '-z'], { cwd: REPO, maxBuffer: 1 << 30 });
  // The git commands detectChanges cannot do without (index, status with the untracked walk, diff), run as it does.
  const gitOnly = () => Promise.all([git.lsFilesStage(), git.status(), git.diffNames(head, 'HEAD')]);

  const detection = await detect(); // warm-up: page cache and git's index stat refresh
  await lsFiles();
  const [ours, baseline, gitPart]: number[][] = [[], [], []];
  for (let i = 0; i < RUNS; i++) {
    baseline.push(await timed(lsFiles));
    ours.push(await timed(detect));
    gitPart.push(await timed(gitOnly));
  }
  const inputs = [...detection.inputs.values()];
  const figures = {
    files: Number((await lsFiles()).stdout.split('\0').length - 1),
    layers: LAYERS,
    workspacePackages: PACKAGES,
    inputFilesPerLayerAvg: Math.round(inputs.reduce((n, i) => n + i.files.length, 0) / inputs.length),
    runs: RUNS,
    detectChangesMs: round(median(ours)),
    gitLsFilesMs: round(median(baseline)),
    /** ls-files -s + status + diff alone, as detectChanges runs them: the part git spends. */
    gitCommandsMs: round(median(gitPart)),
    ratio: round(median(ours) / median(baseline)),
    /** detectChanges over the git commands it must run: what the JavaScript side adds. */
    ratioToGitCommands: round(median(ours) / median(gitPart)),
  };
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchPlan();
  console.log(JSON.stringify(figures, null, 2));
  console.log(
    `detectChanges ${figures.detectChangesMs} ms vs git ls-files -s ${figures.gitLsFilesMs} ms: ${figures.ratio}x ` +
      `(aim: < 3x and < 1000 ms); git's own ls-files + status + diff: ${figures.gitCommandsMs} ms`,
  );
}
