// Real npm workspaces, installed offline from `file:` tarballs: nothing about npm is faked.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processExec } from '../../src/adapters/exec';
import { buildLayer } from '../../src/builders';
import { commandEnv } from '../../src/builders/env';
import type { LayerConfig } from '../../src/types';
import { layer } from '../detect/fixture';
import { memoryLogger } from '../support/logger';
import { cleanupRepos, copyRepo, createRepo, tempDir, writeTarball, type TempRepo } from '../support/repo';
import { buildError, filesIn } from './helpers';

/** What the pipeline passes, plus offline npm so no test touches the network. */
const env = { ...commandEnv(process.env), npm_config_offline: 'true', npm_config_update_notifier: 'false' };

async function build(repo: TempRepo, key: string, folder: string, extra: Partial<LayerConfig> = {}) {
  const log = memoryLogger();
  const { root } = await buildLayer(layer(key, 'nodejs', folder, extra), { repoRoot: repo.dir, workDir: await tempDir('lla-work-'), exec: processExec, env, log });
  return { root, log };
}

/**
 * api-deps -> @acme/shared (workspace) -> @acme/core (workspace, no version, an install script) and tarballs; left-pad
 * in two versions (api-deps wants 1, shared wants 2); ms locked at 2.0.0 while ^2.0.0 would take the 2.1.3 tarball
 * next to it; a devDependency; web-deps with packages of its own.
 */
async function createWorkspaces(): Promise<TempRepo> {
  return copyRepo(await (workspacesOnce ??= makeWorkspaces()));
}

/** The workspaces, made (and locked by npm) once for the file; each test gets a copy of its own. */
let workspacesOnce: Promise<TempRepo> | undefined;

async function makeWorkspaces(): Promise<TempRepo> {
  const repo = await createRepo();
  for (const [file, manifest] of Object.entries({
    'left-pad-1.0.0.tgz': { name: 'left-pad', version: '1.0.0' },
    'left-pad-2.0.0.tgz': { name: 'left-pad', version: '2.0.0' },
    'ms-2.0.0.tgz': { name: 'ms', version: '2.0.0' },
    'ms-2.1.3.tgz': { name: 'ms', version: '2.1.3' },
    'greet-1.0.0.tgz': { name: 'greet', version: '1.0.0', dependencies: { ms: '^2.0.0' } },
    'dev-only-1.0.0.tgz': { name: 'dev-only', version: '1.0.0' },
    'web-only-1.0.0.tgz': { name: 'web-only', version: '1.0.0' },
  })) {
    await writeTarball(repo.dir, `vendor/${file}`, manifest);
  }
  await repo.write({
    '.gitignore': 'node_modules/\n',
    'package.json': { name: 'acme', private: true, workspaces: ['layers/*', 'common/*'], devDependencies: { 'dev-only': 'file:vendor/dev-only-1.0.0.tgz' } },
    'layers/api-deps/package.json': {
      name: 'api-deps',
      version: '1.0.0',
      dependencies: { '@acme/shared': '*', 'left-pad': 'file:../../vendor/left-pad-1.0.0.tgz', ms: 'file:../../vendor/ms-2.0.0.tgz' },
      devDependencies: { 'dev-only': 'file:../../vendor/dev-only-1.0.0.tgz' },
    },
    'layers/web-deps/package.json': { name: 'web-deps', version: '1.0.0', dependencies: { '@acme/unrelated': '*', 'web-only': 'file:../../vendor/web-only-1.0.0.tgz' } },
    'common/shared/package.json': {
      name: '@acme/shared',
      version: '1.0.0',
      main: 'index.js',
      files: ['index.js', 'lib'],
      scripts: { prepare: 'tsc' },
      dependencies: { '@acme/core': '*', greet: 'file:../../vendor/greet-1.0.0.tgz', 'left-pad': 'file:../../vendor/left-pad-2.0.0.tgz' },
      devDependencies: { 'dev-only': 'file:../../vendor/dev-only-1.0.0.tgz' },
    },
    'common/shared/index.js': [
      "const fromGreet = { paths: [require('path').dirname(require.resolve('greet/package.json'))] };",
      'module.exports = {',
      "  core: require('@acme/core'),",
      "  util: require('./lib/util'),",
      "  leftPad: require('left-pad/package.json').version,",
      "  greet: require('greet/package.json').version,",
      "  msFromGreet: require(require.resolve('ms/package.json', fromGreet)).version,",
      '};',
      '',
    ].join('\n'),
    'common/shared/lib/util.js': "module.exports = 'util';\n",
    'common/shared/lib/cli.js': { content: '#!/usr/bin/env node\n', mode: 0o755 },
    'common/shared/README.md': '# shared\n',
    'common/shared/test/shared.test.js': 'throw new Error("tests are not shipped");\n',
    'common/core/package.json': {
      name: '@acme/core',
      private: true,
      main: 'index.js',
      scripts: { install: "node -e \"require('fs').writeFileSync('built.txt', 'built')\"" },
    },
    'common/core/.npmignore': '*.test.js\nbuilt.txt\n',
    'common/core/index.js': "module.exports = 'core';\n",
    'common/core/core.test.js': 'throw new Error("tests are not shipped");\n',
    'common/unrelated/package.json': { name: '@acme/unrelated', version: '1.0.0' },
  });
  await repo.npm(['install', '--package-lock-only']);
  // As npm locks `^2.0.0` when the registry served 2.0.0: package.json asks for a range, the lockfile pins a version.
  const lockfile = JSON.parse(readFileSync(path.join(repo.dir, 'package-lock.json'), 'utf8'));
  lockfile.packages['layers/api-deps'].dependencies.ms = '^2.0.0';
  const manifest = JSON.parse(readFileSync(path.join(repo.dir, 'layers/api-deps/package.json'), 'utf8'));
  manifest.dependencies.ms = '^2.0.0';
  await repo.write({ 'package-lock.json': lockfile, 'layers/api-deps/package.json': manifest });
  repo.commit('workspaces');
  return repo;
}

afterAll(cleanupRepos);

describe('nodejs layer from npm workspaces', () => {
  let repo: TempRepo;
  let root: string;
  let log: ReturnType<typeof memoryLogger>;
  beforeAll(async () => {
    repo = await createWorkspaces();
    ({ root, log } = await build(repo, 'api-deps', 'layers/api-deps', { allowScripts: ['@acme/core'] }));
  });

  it('holds exactly the production closure, as real files, workspace packages as npm pack takes them', async () => {
    // npm nested the layer's left-pad and hoisted shared's: in the layer, both would claim the top.
    const lock = JSON.parse(await readFile(path.join(repo.dir, 'package-lock.json'), 'utf8'));
    expect([lock.packages['node_modules/left-pad'].version, lock.packages['layers/api-deps/node_modules/left-pad']?.version]).toEqual(['2.0.0', '1.0.0']);
    expect(await filesIn(root)).toEqual([
      'nodejs/node_modules/@acme/core/built.txt',
      'nodejs/node_modules/@acme/core/index.js',
      'nodejs/node_modules/@acme/core/package.json',
      'nodejs/node_modules/@acme/shared/README.md',
      'nodejs/node_modules/@acme/shared/index.js',
      'nodejs/node_modules/@acme/shared/lib/cli.js',
      'nodejs/node_modules/@acme/shared/lib/util.js',
      'nodejs/node_modules/@acme/shared/node_modules/left-pad/package.json',
      'nodejs/node_modules/@acme/shared/package.json',
      'nodejs/node_modules/greet/package.json',
      'nodejs/node_modules/left-pad/package.json',
      'nodejs/node_modules/ms/package.json',
    ]);
    const version = async (dir: string) => JSON.parse(await readFile(path.join(root, 'nodejs/node_modules', dir, 'package.json'), 'utf8')).version;
    expect(await version('left-pad')).toBe('1.0.0');
    expect(await version('@acme/shared/node_modules/left-pad')).toBe('2.0.0');
    expect(await version('ms')).toBe('2.0.0');
    expect((await stat(path.join(root, 'nodejs/node_modules/@acme/shared/lib/cli.js'))).mode & 0o777).toBe(0o755);
    // The workspace package's own package.json, not the copy edited for npm.
    expect(await readFile(path.join(root, 'nodejs/node_modules/@acme/core/package.json'), 'utf8')).toBe(
      await readFile(path.join(repo.dir, 'common/core/package.json'), 'utf8'),
    );
    expect(log.text()).toContain('6 packages in nodejs/node_modules, 2 of them from the repository.');
  });

  it('resolves every package from a function as Lambda loads the layer (NODE_PATH=/opt/nodejs/node_modules)', async () => {
    const task = await tempDir('lla-task-');
    await writeFile(
      path.join(task, 'index.js'),
      "console.log(JSON.stringify({ shared: require('@acme/shared'), leftPad: require('left-pad/package.json').version, ms: require('ms/package.json').version }));\n",
    );
    const out = execFileSync(process.execPath, ['index.js'], { cwd: task, env: { PATH: process.env.PATH, NODE_PATH: path.join(root, 'nodejs/node_modules') }, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      shared: { core: 'core', util: 'util', leftPad: '2.0.0', greet: '1.0.0', msFromGreet: '2.0.0' },
      leftPad: '1.0.0',
      ms: '2.0.0',
    });
  });

  it('leaves the checkout as it was: no install, no lockfile rewrite', async () => {
    expect(repo.git('status', '--porcelain', '--ignored')).toBe('');
  });

  it('streams npm’s output to the log', () => {
    expect(log.text('info')).toMatch(/^\$ npm ci --omit=dev --install-strategy=hoisted --ignore-scripts --os=linux --cpu=arm64 --libc=glibc/m);
    expect(log.text('info')).toMatch(/^\$ npm rebuild @acme\/core/m);
    expect(log.text('info')).toMatch(/added \d+ packages/);
  });
});

describe('nodejs layer errors', () => {
  it('says to run npm install and commit the lockfile when there is none', async () => {
    const repo = await createRepo({ files: { 'layers/deps/package.json': { name: 'deps', dependencies: { ms: '^2' } } } });
    await expect(build(repo, 'deps', 'layers/deps')).rejects.toThrow(
      'No package-lock.json in layers/deps or the folders above it: run `npm install` and commit package-lock.json.',
    );
  });

  it('runs no install script that allowScripts does not name, and says which it skipped', async () => {
    const repo = await createWorkspaces();
    const { root, log } = await build(repo, 'api-deps', 'layers/api-deps');
    expect(await filesIn(path.join(root, 'nodejs/node_modules/@acme/core'))).toEqual(['index.js', 'package.json']);
    expect(log.text('info')).toContain('Install scripts not run (not in allowScripts): @acme/core.');
    expect(log.text('info')).not.toMatch(/npm rebuild/);
  });

  it('says which dependency is missing from the lockfile, in npm’s words, where npm ci refuses it too', async () => {
    const repo = await createWorkspaces();
    await writeTarball(repo.dir, 'vendor/new-dep-1.0.0.tgz', { name: 'new-dep', version: '1.0.0' });
    const manifest = JSON.parse(readFileSync(path.join(repo.dir, 'common/shared/package.json'), 'utf8'));
    const spec = 'file:../../vendor/new-dep-1.0.0.tgz';
    await repo.write({ 'common/shared/package.json': { ...manifest, dependencies: { ...manifest.dependencies, 'new-dep': spec } } });
    const ci = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(ci.status).not.toBe(0);
    expect(ci.stderr).toContain('`npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync.');
    expect(ci.stderr).toContain('Missing: new-dep@');
    await expect(build(repo, 'api-deps', 'layers/api-deps')).rejects.toThrow(
      'package-lock.json is out of step with common/shared/package.json: `npm ci` can only install packages when your ' +
        `package.json and package-lock.json are in sync (Missing: new-dep@${spec} from lock file): dependencies.new-dep ` +
        'is in package.json but not in the lockfile; run `npm install` and commit package-lock.json.',
    );
  });

  it('accepts, as npm ci does, a dependency the lockfile entry lacks but a hoisted package satisfies, and ships it', async () => {
    const repo = await createWorkspaces();
    const manifest = JSON.parse(readFileSync(path.join(repo.dir, 'common/shared/package.json'), 'utf8'));
    await repo.write({ 'common/shared/package.json': { ...manifest, dependencies: { ...manifest.dependencies, 'web-only': '^1.0.0' } } });
    const ci = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: (await repo.clone()).dir, env, encoding: 'utf8' });
    expect(ci.status).toBe(0);
    const { root } = await build(repo, 'api-deps', 'layers/api-deps');
    expect(await filesIn(root)).toContain('nodejs/node_modules/web-only/package.json');
  });

  it('refuses a workspace file that links out of the repository', async () => {
    const repo = await createRepo();
    await repo.write({
      'package.json': { name: 'acme', private: true, workspaces: ['layers/*', 'common/*'] },
      'layers/deps/package.json': { name: 'deps', dependencies: { '@acme/config': '*' } },
      'common/config/package.json': { name: '@acme/config', version: '1.0.0' },
      'common/config/hosts': { symlink: '/etc/hosts' },
    });
    await repo.npm(['install', '--package-lock-only']);
    repo.commit('link out');
    expect(await buildError(build(repo, 'deps', 'layers/deps'))).toMatch(
      /^\/.*\/common\/config\/hosts resolves to \/etc\/hosts, outside \/.*; layers only take files from inside the repository/,
    );
  });

  it('stops on a failing install script it was allowed to run, naming the layer, the command, the exit code and the last lines', async () => {
    const repo = await createRepo();
    await repo.write({
      'package.json': { name: 'acme', private: true, workspaces: ['layers/*', 'common/*'] },
      'layers/deps/package.json': { name: 'deps', dependencies: { '@acme/native': '*' } },
      'common/native/package.json': { name: '@acme/native', version: '1.0.0', scripts: { install: "echo 'gyp ERR! no compiler' >&2; exit 3" } },
    });
    await repo.npm(['install', '--package-lock-only']);
    repo.commit('native');
    const message = await buildError(build(repo, 'deps', 'layers/deps', { allowScripts: ['@acme/native'] }));
    expect(message).toMatch(/^`npm rebuild @acme\/native` for layer deps \(in \/.*\) exited with code \d+\.\nLast lines of output:\n/);
    expect(message).toContain('gyp ERR! no compiler');
    expect(message).toContain('fix the failing script, or remove its package from allowScripts');
  });
});

describe('nodejs layer with prebuilt platform packages', () => {
  it('gets the optional packages for its architecture on glibc Linux, and no other', async () => {
    const repo = await createRepo();
    const optional: Record<string, string> = {};
    for (const [cpu, libc] of [['arm64', 'glibc'], ['arm64', 'musl'], ['x64', 'glibc']]) {
      const name = `native-linux-${cpu}-${libc}`;
      const manifest = { name, version: '1.0.0', os: ['linux'], cpu: [cpu], libc: [libc] };
      await writeTarball(repo.dir, `vendor/${name}.tgz`, manifest);
      optional[name] = `file:vendor/${name}.tgz`;
    }
    await repo.write({ 'package.json': { name: 'deps', optionalDependencies: optional } });
    await repo.npm(['install', '--package-lock-only']);
    repo.commit('platform packages');
    const installed = async (architecture: string) =>
      (await filesIn((await build(repo, 'deps', '.', { architectures: [architecture] })).root)).map((f) => f.split('/')[2]);
    expect(await installed('arm64')).toEqual(['native-linux-arm64-glibc']);
    expect(await installed('x86_64')).toEqual(['native-linux-x64-glibc']);
  });
});

describe('nodejs layer that is a project of its own', () => {
  it('installs from the layer’s own lockfile, with tarballs from elsewhere in the repository', async () => {
    const repo = await createRepo();
    await writeTarball(repo.dir, 'vendor/ms-2.1.3.tgz', { name: 'ms', version: '2.1.3' });
    await repo.write({ 'layers/tools/package.json': { name: 'tools', dependencies: { ms: 'file:../../vendor/ms-2.1.3.tgz' } } });
    await repo.npm(['install', '--package-lock-only'], { cwd: 'layers/tools' });
    repo.commit('tools');
    const { root } = await build(repo, 'tools', 'layers/tools');
    expect(await filesIn(root)).toEqual(['nodejs/node_modules/ms/package.json']);
    expect(repo.git('status', '--porcelain', '--ignored')).toBe('');
  });
});
