// The generated monorepos the plan benchmark runs on, in two shapes. LARGE: 50,000 files, 200 layers (nodejs, python,
// runtime), 500 npm workspace packages and a package-lock.json shaped like a real one (several thousand entries, nested
// copies, scoped names, dev/optional/peer entries, real `resolved` and `integrity` lengths: about 2 MB). SMALL: the
// size and shape of a real public TypeScript monorepo (aws-powertools/powertools-lambda-typescript: about 1,400 files,
// 18 TypeScript workspace packages with `exports` maps, build scripts and tests, a lockfile of about 640 entries),
// where fixed costs dominate. Each has a lambda-layers.yml, a turbo.json and a packageManager field so that Turborepo
// reads the same repository. Two commits on main: the base, and a pull request that edits, adds and deletes a few
// source files and bumps one external package, so the lockfile diff runs. A third on the branch `bump`, on top of the
// pull request: a dependency bot's patch bump of the package most nodejs layers have in their closure, so every one of
// them changes through the lockfile. A fourth on the branch `sources`, also on top of the pull request: the most common
// pull request, a few source files edited and the lockfile left alone.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gitEnv } from '../test/support/git-env';
import { packageClosure } from '../src/detect/lockfiles';

export interface Shape {
  name: string;
  files: number;
  layers: number;
  packages: number;
  /** External package names; about a fifth more entries are nested copies at other versions. */
  externals: number;
  /** Workspace packages in TypeScript (src/*.ts, tests, tsconfig.json, an `exports` map, `tsc` as build script). */
  typescript: boolean;
  /** What the pull request does to source files besides the lockfile bump. */
  pullRequest: { edits: number; adds: number; deletes: number };
}

export const LARGE: Shape = { name: 'large', files: 50_000, layers: 200, packages: 500, externals: 3_000, typescript: false, pullRequest: { edits: 20, adds: 3, deletes: 2 } };
export const SMALL: Shape = { name: 'small', files: 1_400, layers: 4, packages: 18, externals: 530, typescript: true, pullRequest: { edits: 3, adds: 1, deletes: 0 } };

/** Bump the leading version to regenerate the cached repositories when the generator changes. */
export const generatorOf = (shape: Shape) => `v6-${JSON.stringify(shape)}`;

const run = promisify(execFile);
const pad = (n: number) => String(n).padStart(3, '0');

/** Deterministic pseudo-random numbers, so every machine generates the same repository. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

export type LayerType = 'nodejs' | 'python' | 'runtime';
export const layerType = (i: number): LayerType => (i % 10 === 0 ? 'python' : i % 10 === 1 ? 'runtime' : 'nodejs');
export const layerDir = (l: number) => `layers/layer-${pad(l)}`;

interface External {
  name: string;
  version: string;
  deps: number[];
  peers: number[];
  kind: 'prod' | 'dev' | 'optional';
}

export interface GeneratedRepo {
  base: string;
  head: string;
  /** The external package the pull request bumps, as `name@old -> new`. */
  bump: string;
  changedFiles: number;
  /** The commit on `bump` (its base is `head`): the package most nodejs layers depend on, bumped. */
  bumpEverywhere: { head: string; bump: string; closures: number };
  /** The commit on `sources` (its base is `head`): source files edited, the lockfile left alone. */
  sourcesOnly: { head: string; changedFiles: number };
}

export async function generateMonorepo(dir: string, shape: Shape): Promise<GeneratedRepo> {
  const { files: FILES, layers: LAYERS, packages: PACKAGES, externals: EXTERNALS } = shape;
  const apps = Math.max(4, Math.round(PACKAGES / 5));
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const next = random(42);
  const pick = (n: number) => Math.floor(next() * n);
  const scopes = ['@aws-sdk', '@smithy', '@types', '@babel', '@opentelemetry', '@acme-oss', '@esbuild'];
  const words = ['core', 'util', 'parser', 'client', 'stream', 'json', 'http', 'retry', 'config', 'logger', 'crypto', 'types', 'cli', 'fs'];

  // External packages: the first 60% production, then dev-only, then optional natives. Each depends on a few
  // packages of its own kind with a lower index, so the graph is acyclic and every closure ends.
  const externals: External[] = [];
  for (let e = 0; e < EXTERNALS; e++) {
    const kind = e < EXTERNALS * 0.6 ? 'prod' : e < EXTERNALS * 0.95 ? 'dev' : 'optional';
    const first = kind === 'prod' ? 0 : kind === 'dev' ? Math.floor(EXTERNALS * 0.6) : Math.floor(EXTERNALS * 0.95);
    const scoped = e % 3 === 0 || kind === 'optional';
    const base = `${words[e % words.length]}-${e}`;
    const name = kind === 'optional' ? `@esbuild/linux-${e}` : scoped ? `${scopes[e % scopes.length]}/${base}` : base;
    const deps = e - first > 5 ? Array.from({ length: pick(5) }, () => first + pick(e - first)) : [];
    const peers = kind === 'prod' && e % 17 === 0 && e > 20 ? [pick(e)] : [];
    externals.push({ name, version: `${1 + (e % 4)}.${e % 13}.${e % 7}`, deps: [...new Set(deps)], peers, kind });
  }
  const tarball = (name: string, version: string) => `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`;
  const integrity = (name: string, version: string) => `sha512-${createHash('sha512').update(`${name}@${version}`).digest('base64')}`;
  const entry = (x: External, version = x.version): Record<string, unknown> => ({
    version,
    resolved: tarball(x.name, version),
    integrity: integrity(x.name, version),
    ...(x.kind === 'dev' && { dev: true }),
    ...(x.kind === 'optional' && { optional: true, os: ['linux'], cpu: ['x64'] }),
    license: 'MIT',
    ...(x.deps.length > 0 && { dependencies: Object.fromEntries(x.deps.map((d) => [externals[d].name, `^${externals[d].version}`])) }),
    ...(x.peers.length > 0 && { peerDependencies: Object.fromEntries(x.peers.map((d) => [externals[d].name, '*'])) }),
    ...(x.kind === 'prod' && x.name.includes('sdk') && { engines: { node: '>=18.0.0' } }),
  });

  const files = new Map<string, string>();
  const lock: Record<string, unknown> = {
    '': { name: 'bench', workspaces: ['layers/*', 'packages/*'], devDependencies: { [externals[EXTERNALS - 200].name]: '*' } },
  };
  const prodCount = Math.floor(EXTERNALS * 0.6);
  const devCount = Math.floor(EXTERNALS * 0.35);
  for (const [e, x] of externals.entries()) {
    lock[`node_modules/${x.name}`] = entry(x);
    // A nested copy at an older major under one in five packages that depend on something.
    if (e % 5 === 0 && x.deps.length > 0) {
      const dep = externals[x.deps[0]];
      lock[`node_modules/${x.name}/node_modules/${dep.name}`] = entry(dep, `0.${x.deps[0] % 9}.1`);
    }
  }
  const workspace = (dir: string, name: string, deps: Record<string, string>, devDeps: Record<string, string>, ts = false) => {
    const manifest = ts
      ? {
          name,
          version: '1.0.0',
          type: 'module',
          exports: { '.': { types: './lib/index.d.ts', import: './lib/index.js' }, './utils': { types: './lib/utils.d.ts', import: './lib/utils.js' } },
          files: ['lib'],
          scripts: { build: 'tsc -p tsconfig.json', test: 'vitest run' },
          dependencies: deps,
          devDependencies: devDeps,
        }
      : { name, version: '1.0.0', private: true, scripts: { build: 'echo build' }, dependencies: deps, devDependencies: devDeps };
    files.set(`${dir}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
    if (ts) {
      files.set(`${dir}/tsconfig.json`, `${JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { outDir: 'lib', rootDir: 'src' }, include: ['src'] }, null, 2)}\n`);
      files.set(`${dir}/README.md`, `# ${name}\n`);
      files.set(`${dir}/src/index.ts`, `export * from './utils.js';\n`);
      files.set(`${dir}/src/utils.ts`, `export const name = ${JSON.stringify(name)};\n`);
      files.set(`${dir}/tests/unit/index.test.ts`, `import { name } from '../../src/index.js';\nconsole.log(name);\n`);
    }
    lock[dir] = { name, version: '1.0.0', dependencies: deps, devDependencies: devDeps };
    lock[`node_modules/${name}`] = { resolved: dir, link: true };
  };
  const someExternals = (n: number, from: number, count: number) =>
    Object.fromEntries(Array.from({ length: n }, () => externals[from + pick(count)]).map((x) => [x.name, `^${x.version}`]));
  for (let p = 0; p < PACKAGES; p++) {
    const deps: Record<string, string> = someExternals(3, 0, prodCount);
    if (p > 0) deps[`@bench/pkg-${pad(pick(p))}`] = '*';
    if (p > 1) deps[`@bench/pkg-${pad(pick(p))}`] = '*';
    workspace(`packages/pkg-${pad(p)}`, `@bench/pkg-${pad(p)}`, deps, someExternals(2, prodCount, devCount), shape.typescript);
  }
  for (let l = 0; l < LAYERS; l++) {
    const dir = layerDir(l);
    if (layerType(l) === 'nodejs') {
      const deps: Record<string, string> = someExternals(3, 0, prodCount);
      for (let d = 0; d < 4; d++) deps[`@bench/pkg-${pad(pick(PACKAGES))}`] = '*';
      if (l % 7 === 0) deps[externals[EXTERNALS - 1 - (l % 100)].name] = '*';
      workspace(dir, `layer-${pad(l)}`, deps, someExternals(1, prodCount, devCount));
    } else if (layerType(l) === 'python') {
      files.set(`${dir}/requirements.txt`, 'requests==2.32.3\nurllib3==2.2.2\n');
    } else {
      files.set(`${dir}/Makefile`, 'bootstrap:\n\tcp src/*.js dist/\n');
    }
  }
  const lockfile = { name: 'bench', version: '1.0.0', lockfileVersion: 3, requires: true, packages: lock };
  files.set('package-lock.json', `${JSON.stringify(lockfile, null, 2)}\n`);
  files.set(
    'package.json',
    `${JSON.stringify({ name: 'bench', version: '1.0.0', private: true, packageManager: 'npm@10.9.2', workspaces: ['layers/*', 'packages/*'] }, null, 2)}\n`,
  );
  files.set('turbo.json', `${JSON.stringify({ $schema: 'https://turborepo.com/schema.json', tasks: { build: { outputs: ['dist/**'] } } }, null, 2)}\n`);
  files.set('.gitignore', 'node_modules/\n.turbo/\n');
  if (shape.typescript) files.set('tsconfig.base.json', `${JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', declaration: true, strict: true } }, null, 2)}\n`);
  files.set('lambda-layers.yml', configYaml(LAYERS, apps));
  // Fill up to FILES with sources: in packages, in layers, and in folders no layer uses.
  const folders = [
    ...Array.from({ length: PACKAGES }, (_, p) => `packages/pkg-${pad(p)}/src`),
    ...Array.from({ length: LAYERS }, (_, l) => `${layerDir(l)}/src`),
    ...Array.from({ length: apps }, (_, a) => `apps/app-${pad(a)}/src`),
  ];
  const ext = shape.typescript ? 'ts' : 'js';
  for (let i = 0; files.size < FILES; i++) {
    files.set(`${folders[i % folders.length]}/module-${i}.${ext}`, `export const value${i} = ${i};\n`);
  }
  await writeFiles(dir, files);
  const git = (...args: string[]) => run('git', args, { cwd: dir, env: gitEnv, maxBuffer: 1 << 30 });
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'generated monorepo');
  const base = (await git('rev-parse', 'HEAD')).stdout.trim();

  // The pull request: edits, new files and deletions spread over packages, layers and apps, and one external
  // production package bumped to a new patch version.
  const { edits: edited, adds, deletes } = shape.pullRequest;
  const paths = [...files.keys()].filter((f) => /\/module-\d+\.[jt]s$/.test(f));
  const edits = new Map<string, string | undefined>();
  while (edits.size < edited) edits.set(paths[pick(paths.length)], `export const edited = ${edits.size};\n`);
  for (let i = 0; i < adds; i++) edits.set(`${folders[pick(folders.length)]}/added-${i}.${ext}`, `export const added = ${i};\n`);
  while (edits.size < edited + adds + deletes) {
    const victim = paths[pick(paths.length)];
    if (!edits.has(victim)) edits.set(victim, undefined);
  }
  const bumped = externals[pick(prodCount)];
  const bumpedVersion = bumped.version.replace(/\d+$/, (n) => String(Number(n) + 1));
  lock[`node_modules/${bumped.name}`] = entry(bumped, bumpedVersion);
  edits.set('package-lock.json', `${JSON.stringify(lockfile, null, 2)}\n`);
  for (const [file, content] of edits) {
    if (content === undefined) await rm(path.join(dir, file));
    else await writeFile(path.join(dir, file), content);
  }
  await git('add', '-A');
  await git('commit', '-q', '-m', 'a pull request');
  const head = (await git('rev-parse', 'HEAD')).stdout.trim();

  // The package in the most nodejs layers' closures, bumped a patch version with the same dependencies.
  const inClosures = new Map<string, number>();
  for (let l = 0; l < LAYERS; l++) {
    if (layerType(l) !== 'nodejs') continue;
    for (const e of packageClosure(lockfile, layerDir(l))) if (!e.link) inClosures.set(e.path, (inClosures.get(e.path) ?? 0) + 1);
  }
  const production = externals.filter((x) => x.kind === 'prod');
  const [widest, closures] = production.map((x) => [x, inClosures.get(`node_modules/${x.name}`) ?? 0] as const).reduce((a, b) => (b[1] > a[1] ? b : a));
  // The first pull request may have bumped it already.
  const widestNow = (lock[`node_modules/${widest.name}`] as { version: string }).version;
  const widestVersion = widestNow.replace(/\d+$/, (n) => String(Number(n) + 1));
  lock[`node_modules/${widest.name}`] = entry(widest, widestVersion);
  await git('checkout', '-q', '-b', 'bump');
  await writeFile(path.join(dir, 'package-lock.json'), `${JSON.stringify(lockfile, null, 2)}\n`);
  await git('commit', '-q', '-am', 'bump a package most layers use');
  const bumpHead = (await git('rev-parse', 'HEAD')).stdout.trim();

  await git('checkout', '-q', '-b', 'sources', 'main');
  const kept = paths.filter((file) => !edits.has(file) || edits.get(file) !== undefined);
  const sourceEdits = new Set<string>();
  while (sourceEdits.size < edited) sourceEdits.add(kept[pick(kept.length)]);
  for (const file of sourceEdits) await writeFile(path.join(dir, file), `export const sourceEdit = ${sourceEdits.size};\n`, { flag: 'a' });
  await git('commit', '-q', '-am', 'edit a few source files');
  const sourcesHead = (await git('rev-parse', 'HEAD')).stdout.trim();
  await git('checkout', '-q', 'main');
  return {
    base,
    head,
    bump: `${bumped.name}@${bumped.version} -> ${bumpedVersion}`,
    changedFiles: edits.size,
    bumpEverywhere: { head: bumpHead, bump: `${widest.name}@${widestNow} -> ${widestVersion}`, closures },
    sourcesOnly: { head: sourcesHead, changedFiles: sourceEdits.size },
  };
}

function configYaml(layers: number, apps: number): string {
  const lines = ['version: 1', 'layerPrefix: bench-', 'regions: [us-east-1]', 'layers:'];
  for (let l = 0; l < layers; l++) {
    const type = layerType(l);
    lines.push(`  layer-${pad(l)}:`, `    type: ${type}`, `    path: ${layerDir(l)}`);
    if (type === 'nodejs') lines.push('    runtimes: [nodejs22.x]', '    architectures: [arm64]');
    if (type === 'python') lines.push('    runtimes: [python3.12]', '    architectures: [arm64]');
    if (type === 'runtime') {
      lines.push('    runtimes: [provided.al2023]', '    architectures: [arm64]', '    build: make bootstrap', '    output: dist');
      lines.push(`    inputs: ["apps/app-${pad(l % apps)}/**/*.[jt]s"]`);
    }
  }
  return `${lines.join('\n')}\n`;
}

async function writeFiles(dir: string, files: Map<string, string>): Promise<void> {
  const dirs = new Set([...files.keys()].map((f) => path.dirname(f)));
  await Promise.all([...dirs].map((d) => mkdir(path.join(dir, d), { recursive: true })));
  const entries = [...files];
  for (let i = 0; i < entries.length; i += 500) {
    await Promise.all(entries.slice(i, i + 500).map(([f, content]) => writeFile(path.join(dir, f), content)));
  }
}
