// A monorepo shaped like a real TypeScript one, built with the real npm, offline: workspace packages compile src/ to a
// gitignored lib/ with a build tool from their devDependencies, publish conditional `exports`, and were release-bumped
// without `npm install`, so the lockfile still holds their old versions and specs. The layers are zipped, read back by
// unzip, and used as Lambda uses them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processExec } from '../../src/adapters/exec';
import { buildLayer } from '../../src/builders';
import { commandEnv } from '../../src/builders/env';
import { buildOrder } from '../../src/builders/workspace-builds';
import { readWorkspaces } from '../../src/detect/workspaces';
import { packageLayer } from '../../src/packaging';
import type { LayerConfig } from '../../src/types';
import { layer } from '../detect/fixture';
import { memoryLogger } from '../support/logger';
import { cleanupRepos, copyRepo, createRepo, tempDir, writeTarball, type TempRepo } from '../support/repo';
import { buildError } from './helpers';

const env = { ...commandEnv(process.env), npm_config_offline: 'true', npm_config_update_notifier: 'false' };

/** The build tool of the monorepo (a stand-in for tsc): copies src/ to lib/ and notes which package it built. */
const COMPILE = `#!/usr/bin/env node
const fs = require('fs');
const path = require('path');
fs.rmSync('lib', { recursive: true, force: true });
fs.cpSync('src', 'lib', { recursive: true });
fs.appendFileSync(path.join(__dirname, '../../../builds.log'), require(path.resolve('package.json')).name + '\\n');
`;

const BUILD = { scripts: { build: 'acme-compile' }, devDependencies: { '@acme/build-tools': '*' } };

let template: Promise<TempRepo> | undefined;

/** A copy of the monorepo, made (and locked by npm) once per file: each test may change its copy. */
async function typeScriptMonorepo(): Promise<TempRepo> {
  return copyRepo(await (template ??= createTypeScriptMonorepo()));
}

async function createTypeScriptMonorepo(): Promise<TempRepo> {
  const repo = await createRepo();
  await writeCodeTarball(repo.dir, 'vendor/left-pad-1.3.0.tgz', { name: 'left-pad', version: '1.3.0' }, "exports.version = '1.3.0';\n");
  await writeTarball(repo.dir, 'vendor/ms-2.1.3.tgz', { name: 'ms', version: '2.1.3' });
  await writeCodeTarball(
    repo.dir,
    'vendor/scripted-1.0.0.tgz',
    { name: 'scripted', version: '1.0.0', scripts: { install: "node -e \"require('fs').writeFileSync('installed.txt', 'ran')\"" } },
    "module.exports = { ran: require('fs').existsSync(require('path').join(__dirname, 'installed.txt')) };\n",
  );
  const versioned = (version: string) => ({
    'packages/core/package.json': {
      name: '@acme/core',
      version,
      main: 'lib/index.js',
      files: ['lib'],
      exports: { '.': { import: './lib/index.mjs', require: './lib/index.js' }, './package.json': './package.json' },
      ...BUILD,
    },
    'packages/shared/package.json': {
      name: '@acme/shared',
      version,
      main: 'lib/index.js',
      files: ['lib'],
      dependencies: { '@acme/core': `^${version}` },
      // An optional peer: used when present, installed by nobody here but web.
      peerDependencies: { ms: '^2.0.0' },
      peerDependenciesMeta: { ms: { optional: true } },
      scripts: { build: "node -e \"require('@acme/core')\" && acme-compile" },
      devDependencies: BUILD.devDependencies,
    },
    'layers/api/package.json': {
      name: 'api',
      version,
      private: true,
      dependencies: { '@acme/shared': `^${version}`, 'left-pad': 'file:../../vendor/left-pad-1.3.0.tgz', scripted: 'file:../../vendor/scripted-1.0.0.tgz' },
    },
    'layers/web/package.json': {
      name: 'web',
      version,
      private: true,
      dependencies: { '@acme/core': `^${version}`, '@acme/shared': `^${version}`, ms: 'file:../../vendor/ms-2.1.3.tgz', scripted: 'file:../../vendor/scripted-1.0.0.tgz' },
    },
  });
  await repo.write({
    '.gitignore': 'node_modules/\nlib/\nbuilds.log\n',
    'package.json': { name: 'acme', private: true, workspaces: ['layers/*', 'packages/*'] },
    'packages/build-tools/package.json': { name: '@acme/build-tools', version: '1.0.0', private: true, bin: { 'acme-compile': 'bin/compile.js' } },
    'packages/build-tools/bin/compile.js': { content: COMPILE, mode: 0o755 },
    'packages/core/src/index.js': "exports.core = 'core (cjs)';\n",
    'packages/core/src/index.mjs': "export const core = 'core (esm)';\n",
    'packages/shared/src/index.js': [
      "const { core } = require('@acme/core');",
      'let ms = null;',
      "try { ms = require('ms/package.json').version; } catch {}",
      "module.exports = { shared: 'shared', core, ms };",
      '',
    ].join('\n'),
    ...versioned('1.0.0'),
  });
  await repo.npm(['install', '--package-lock-only']);
  repo.commit('monorepo');
  // The release: versions and ranges bumped in every package.json, the lockfile left as it was.
  await repo.write(versioned('1.1.0'));
  repo.commit('release 1.1.0');
  return repo;
}

/** A registry-like package tarball with code: package.json (main index.js), index.js and any other files. */
function writeCodeTarball(
  dir: string,
  tarball: string,
  manifest: { name: string; version: string; scripts?: object },
  code: string,
  files: Record<string, Buffer> = {},
) {
  return writeTarball(dir, tarball, { main: 'index.js', ...manifest }, { 'index.js': code, ...files });
}

/** The layer zipped, the zip read back by unzip into an /opt-like folder; returns that folder. */
async function zipAndUnpack(config: LayerConfig, repo: TempRepo, root: string): Promise<string> {
  // Where the pipeline writes it: beside the built folder, in the layer's work folder.
  const zipPath = path.join(path.dirname(root), `${config.key}.zip`);
  await packageLayer(config, root, { repoRoot: repo.dir, zipPath, exec: processExec, log: memoryLogger() });
  const opt = path.join(await tempDir('lla-opt-'), 'opt');
  execFileSync('unzip', ['-q', zipPath, '-d', opt]);
  return opt;
}

/**
 * Every direct dependency of the layer, loaded as a function would: require() from a handler outside the layer with
 * NODE_PATH as Lambda sets it, and import() from an ES module (which ignores NODE_PATH) below /opt/nodejs.
 */
async function useLayer(opt: string, names: string[]): Promise<{ required: Record<string, unknown>; imported: Record<string, unknown> }> {
  const task = await tempDir('lla-task-');
  const list = JSON.stringify(names);
  await writeFile(path.join(task, 'index.js'), `console.log(JSON.stringify(Object.fromEntries(${list}.map((n) => [n, require(n)]))));\n`);
  await writeFile(
    path.join(opt, 'nodejs', 'handler.mjs'),
    `const out = {};\nfor (const n of ${list}) out[n] = { ...(await import(n, n.endsWith('.json') ? { with: { type: 'json' } } : {})) };\nconsole.log(JSON.stringify(out));\n`,
  );
  const run = (args: string[], cwd: string) =>
    JSON.parse(execFileSync(process.execPath, args, { cwd, env: { PATH: process.env.PATH, NODE_PATH: path.join(opt, 'nodejs/node_modules') }, encoding: 'utf8' }));
  return { required: run(['index.js'], task), imported: run([path.join(opt, 'nodejs', 'handler.mjs')], task) };
}

afterAll(cleanupRepos);

describe('nodejs layers from a release-bumped TypeScript monorepo', () => {
  let repo: TempRepo;
  const logs = { api: memoryLogger(), web: memoryLogger() };
  const configs = {
    api: layer('api', 'nodejs', 'layers/api', { allowScripts: ['scripted'] }),
    web: layer('web', 'nodejs', 'layers/web'),
  };
  const roots: Record<string, string> = {};
  beforeAll(async () => {
    repo = await typeScriptMonorepo();
    // One memo per run, shared by both layers, built in parallel as the pipeline does.
    const workspaceBuilds = new Map<string, Promise<void>>();
    await Promise.all(
      (['api', 'web'] as const).map(async (key) => {
        const opts = { repoRoot: repo.dir, workDir: await tempDir('lla-work-'), exec: processExec, env, log: logs[key], workspaceBuilds };
        roots[key] = (await buildLayer(configs[key], opts)).root;
      }),
    );
  });

  it('is a repository that npm ci accepts as it is, stale workspace versions and specs included', async () => {
    const lock = JSON.parse(readFileSync(path.join(repo.dir, 'package-lock.json'), 'utf8'));
    expect(lock.packages['packages/core'].version).toBe('1.0.0');
    expect(lock.packages['layers/api'].dependencies['@acme/shared']).toBe('^1.0.0');
    const clone = await repo.clone();
    const ci = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: clone.dir, env, encoding: 'utf8' });
    expect(ci.stderr).not.toMatch(/npm error/);
    expect(ci.status).toBe(0);
  });

  it('built each workspace package once for both layers, dependencies first, after installing the checkout', async () => {
    expect(await readFile(path.join(repo.dir, 'builds.log'), 'utf8')).toBe('@acme/core\n@acme/shared\n');
    const both = `${logs.api.text()}\n${logs.web.text()}`;
    expect(both.match(/^\$ npm ci --ignore-scripts --no-audit --no-fund/gm)).toHaveLength(1);
    expect(both.match(/^\$ npm run build/gm)).toHaveLength(2);
  });

  it('packs the built lib/ of each workspace package, and installs the optional peer only where something else does', async () => {
    await zipAndUnpack(configs.api, repo, roots.api);
    const listed = execFileSync('unzip', ['-Z1', path.join(path.dirname(roots.api), 'api.zip')], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(listed.filter((f) => !f.endsWith('/')).sort()).toEqual([
      'nodejs/node_modules/@acme/core/lib/index.js',
      'nodejs/node_modules/@acme/core/lib/index.mjs',
      'nodejs/node_modules/@acme/core/package.json',
      'nodejs/node_modules/@acme/shared/lib/index.js',
      'nodejs/node_modules/@acme/shared/package.json',
      'nodejs/node_modules/left-pad/index.js',
      'nodejs/node_modules/left-pad/package.json',
      'nodejs/node_modules/scripted/index.js',
      'nodejs/node_modules/scripted/installed.txt',
      'nodejs/node_modules/scripted/package.json',
    ]);
  });

  it('gives layers that a function can require() and import() every direct dependency from', async () => {
    const api = await useLayer(await zipAndUnpack(configs.api, repo, roots.api), ['@acme/shared', 'left-pad', 'scripted']);
    const shared = { shared: 'shared', core: 'core (cjs)', ms: null };
    expect(api.required).toEqual({ '@acme/shared': shared, 'left-pad': { version: '1.3.0' }, scripted: { ran: true } });
    expect(api.imported).toMatchObject({
      '@acme/shared': { default: shared },
      'left-pad': { default: { version: '1.3.0' } },
      scripted: { default: { ran: true } },
    });
    const web = await useLayer(await zipAndUnpack(configs.web, repo, roots.web), ['@acme/core', '@acme/shared', 'ms/package.json', 'scripted']);
    expect(web.required).toMatchObject({
      '@acme/core': { core: 'core (cjs)' },
      '@acme/shared': { ...shared, ms: '2.1.3' },
      'ms/package.json': { version: '2.1.3' },
      scripted: { ran: false },
    });
    // The import condition: ESM gets the .mjs build, require() the CommonJS one.
    expect(web.imported['@acme/core']).toEqual({ core: 'core (esm)' });
  });

  it('runs the install script allowScripts names, and only that one', async () => {
    expect(existsSync(path.join(roots.api, 'nodejs/node_modules/scripted/installed.txt'))).toBe(true);
    expect(existsSync(path.join(roots.web, 'nodejs/node_modules/scripted/installed.txt'))).toBe(false);
    expect(logs.web.text('info')).toContain('Install scripts not run (not in allowScripts): scripted.');
    expect(logs.api.text('info')).not.toContain('Install scripts not run');
  });
});

describe('workspace build order, and layers refused', () => {
  it('orders the builds dependencies first, devDependencies included, packages without a build script left out', async () => {
    const repo = await typeScriptMonorepo();
    const graph = await readWorkspaces(repo.dir);
    expect(buildOrder(graph, ['packages/shared'])).toEqual(['packages/core', 'packages/shared']);
    expect(buildOrder(graph, ['packages/build-tools'])).toEqual([]);
  });

  it.each(['workspace:@acme/tool@*', 'link:../tool', 'file:../tool'])(
    'builds first a package named under another name (`"banner": "%s"`), as under its own',
    (spec) => {
      const manifests = [
        { name: '@acme/app', scripts: { build: 'tsc' }, devDependencies: { banner: spec, tsc: '^5.0.0' } },
        { name: '@acme/tool', scripts: { build: 'tsc' } },
      ];
      const packages = new Map(manifests.map((manifest) => [manifest.name, { name: manifest.name, dir: `packages/${manifest.name.slice(6)}`, manifest }]));
      expect(buildOrder({ root: {}, packages }, ['packages/app'])).toEqual(['packages/tool', 'packages/app']);
    },
  );

  it('builds first a workspace package whose program a build runs unnamed (npm links its `bin` into the root)', () => {
    const manifests = [
      { name: '@acme/app', scripts: { build: 'acme-gen src lib && tsc' } },
      { name: '@acme/gen', bin: { 'acme-gen': 'lib/cli.js' }, scripts: { build: 'tsc' } },
      { name: '@acme/lint', bin: 'lib/cli.js', scripts: { build: 'tsc' } },
    ];
    const packages = new Map(manifests.map((manifest) => [manifest.name, { name: manifest.name, dir: `packages/${manifest.name.slice(6)}`, manifest }]));
    expect(buildOrder({ root: {}, packages }, ['packages/app'])).toEqual(['packages/gen', 'packages/app']);
  });

  it('fails the layer naming the packages whose main and exports were never built, when they have no build script', async () => {
    const repo = await typeScriptMonorepo();
    for (const dir of ['packages/core', 'packages/shared']) {
      const manifest = JSON.parse(readFileSync(path.join(repo.dir, dir, 'package.json'), 'utf8'));
      delete manifest.scripts;
      await repo.write({ [`${dir}/package.json`]: manifest });
    }
    const message = await buildError(
      buildLayer(layer('web', 'nodejs', 'layers/web'), { repoRoot: repo.dir, workDir: await tempDir('lla-work-'), exec: processExec, env, log: memoryLogger() }),
    );
    expect(message).toContain(
      '@acme/core (node_modules/@acme/core): "main" points at lib/index.js, which is not in the layer. Add a "build" script ' +
        'that makes it (workspace packages are built before they are packed), commit the file, or fix "files" in its package.json; ' +
        'for a dependency whose install script makes it, name the package in allowScripts.',
    );
    expect(message).toContain('@acme/core (node_modules/@acme/core): "exports"["."].import points at lib/index.mjs, which is not in the layer.');
  });

  it('fails the layer naming the package whose native addon is built for another architecture', async () => {
    const repo = await createRepo();
    // The first bytes of a 64-bit little-endian ELF shared object for x86_64 (e_machine 62).
    const elf = Buffer.alloc(64);
    elf.write('\x7fELF', 0, 'latin1');
    [elf[4], elf[5], elf[6]] = [2, 1, 1];
    elf.writeUInt16LE(3, 16);
    elf.writeUInt16LE(62, 18);
    await writeCodeTarball(repo.dir, 'vendor/fast-1.0.0.tgz', { name: 'fast', version: '1.0.0' }, "module.exports = require('./build/Release/fast.node');\n", {
      'build/Release/fast.node': elf,
    });
    await repo.write({ 'package.json': { name: 'deps', dependencies: { fast: 'file:vendor/fast-1.0.0.tgz' } } });
    await repo.npm(['install', '--package-lock-only']);
    repo.commit('native');
    const message = await buildError(
      buildLayer(layer('deps', 'nodejs', '.'), { repoRoot: repo.dir, workDir: await tempDir('lla-work-'), exec: processExec, env, log: memoryLogger() }),
    );
    expect(message).toMatch(/^fast \(node_modules\/fast\/build\/Release\/fast\.node\) is a native addon built for x86_64, but the layer declares arm64\./);
  });
});
