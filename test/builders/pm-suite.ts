// The same checks for every package manager: the built layer holds the production closure as real files, the zip
// reads back, the layer runs as Lambda loads it, scripts run only where allowed, a stale lockfile is refused in the
// package manager's own words, and a runner without the tool is told how to get it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processExec, type Exec } from '../../src/adapters/exec';
import { buildLayer } from '../../src/builders';
import { commandEnv } from '../../src/builders/env';
import { packageLayer } from '../../src/packaging';
import type { LayerConfig } from '../../src/types';
import { layer } from '../detect/fixture';
import { memoryLogger } from '../support/logger';
import { startRegistry, type Registry } from '../support/registry';
import { cleanupRepos, tempDir, type TempRepo } from '../support/repo';
import { createPmMonorepo, toolEnv, type Manager } from './pm-fixture';
import { buildError, filesIn } from './helpers';

const BIN = path.resolve('node_modules/.bin');

export async function buildWith(repo: TempRepo, env: Record<string, string>, extra: Partial<LayerConfig> = {}) {
  const log = memoryLogger();
  const config = layer('api-deps', 'nodejs', 'layers/api-deps', extra);
  const workDir = await tempDir('lla-work-');
  /** The command lines the build started, in order. */
  const started: string[] = [];
  const exec: Exec = { run: (file, args, opts) => (started.push([path.basename(file), ...args].join(' ')), processExec.run(file, args, opts)) };
  const { root } = await buildLayer(config, { repoRoot: repo.dir, workDir, exec, env, log });
  return { root, log, config, workDir, started };
}

/** What a build starts only to learn about its tool: yarn 1's version picks its flags; pnpm and a pinned yarn 2+ need none. */
const PROBES: Record<Manager, string[]> = {
  npm: [],
  pnpm: ['sh -c command -v "$1" >/dev/null sh pnpm'],
  classic: ['yarn --version'],
  berry: ['sh -c command -v "$1" >/dev/null sh yarn'],
};

/** The files every manager must produce for api-deps (arm64). */
export const LAYER_FILES = [
  'nodejs/node_modules/@acme/core/index.js',
  'nodejs/node_modules/@acme/core/package.json',
  'nodejs/node_modules/@acme/shared/README.md',
  'nodejs/node_modules/@acme/shared/index.js',
  'nodejs/node_modules/@acme/shared/lib/util.js',
  'nodejs/node_modules/@acme/shared/node_modules/left-pad/index.js',
  'nodejs/node_modules/@acme/shared/node_modules/left-pad/package.json',
  'nodejs/node_modules/@acme/shared/package.json',
  'nodejs/node_modules/fast-native-linux-arm64/index.js',
  'nodejs/node_modules/fast-native-linux-arm64/package.json',
  'nodejs/node_modules/fast-native/index.js',
  'nodejs/node_modules/fast-native/package.json',
  'nodejs/node_modules/left-pad/index.js',
  'nodejs/node_modules/left-pad/package.json',
  'nodejs/node_modules/native-thing/index.js',
  'nodejs/node_modules/native-thing/package.json',
];

export interface SuiteContext {
  repo: TempRepo;
  env: Record<string, string>;
}

/** The shared checks; `more` adds tests of one manager, with the suite's repository and environment. */
export function managerSuite(manager: Manager, fixes: { stale: RegExp; fix: string }, more?: (context: () => SuiteContext) => void) {
  let registry: Registry;
  let env: Record<string, string>;
  let repo: TempRepo;
  beforeAll(async () => {
    registry = await startRegistry((await import('./pm-fixture')).REGISTRY_PACKAGES);
    env = { ...commandEnv(process.env), ...(await toolEnv()), PATH: `${BIN}:${process.env.PATH}` };
    repo = await createPmMonorepo(manager, registry, env);
  });
  afterAll(async () => {
    await registry.close();
    await cleanupRepos();
  });

  describe(`nodejs layer built with ${manager}`, () => {
    let root: string;
    let log: ReturnType<typeof memoryLogger>;
    let config: LayerConfig;
    let workDir: string;
    let started: string[];
    beforeAll(async () => {
      ({ root, log, config, workDir, started } = await buildWith(repo, env));
    });

    it('starts no tool only to ask its version where the repository says it', () => {
      expect(started.filter((command) => /--version|command -v/.test(command))).toEqual(PROBES[manager]);
    });

    it('holds the production closure as real files: each consumer its locked version, workspace packages as packed, the arm64 prebuilt only', async () => {
      expect(await filesIn(root)).toEqual(LAYER_FILES);
      // The workspace package's own package.json, byte for byte.
      expect(await readFile(path.join(root, 'nodejs/node_modules/@acme/shared/package.json'), 'utf8')).toBe(
        await readFile(path.join(repo.dir, 'packages/shared/package.json'), 'utf8'),
      );
      expect(log.text()).toContain('7 packages in nodejs/node_modules, 2 of them from the repository.');
    });

    it('skips install scripts by default and names the packages whose scripts were skipped', () => {
      expect(log.text('info')).toContain('Install scripts of native-thing were skipped');
      expect(log.text('info')).toContain('add the packages to allowScripts of layer api-deps');
    });

    it('zips to entries an independent reader lists, and the unpacked layer runs from NODE_PATH like /opt', async () => {
      const zipPath = path.join(workDir, 'layer.zip');
      await packageLayer(config, root, { repoRoot: repo.dir, zipPath, exec: processExec, log: memoryLogger() });
      const listed = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).split('\n').filter((l) => l && !l.endsWith('/'));
      expect(listed.sort()).toEqual(LAYER_FILES);
      const opt = await tempDir('lla-opt-');
      execFileSync('unzip', ['-q', zipPath, '-d', opt]);
      const task = await tempDir('lla-task-');
      await writeFile(
        path.join(task, 'index.js'),
        "console.log(JSON.stringify({ shared: require('@acme/shared'), leftPad: require('left-pad'), native: require('native-thing'), fast: require('fast-native') }));\n",
      );
      const out = execFileSync(process.execPath, ['index.js'], { cwd: task, env: { PATH: process.env.PATH, NODE_PATH: path.join(opt, 'nodejs/node_modules') }, encoding: 'utf8' });
      expect(JSON.parse(out)).toEqual({
        shared: { core: 'core', leftPad: 'left-pad@2.0.0', util: 'util' },
        leftPad: 'left-pad@1.3.0',
        native: 'not built',
        fast: 'arm64',
      });
    });

    it('leaves the checkout as it was', () => {
      expect(repo.git('status', '--porcelain', '--ignored')).toBe('');
    });
  });

  describe(`${manager}: allowScripts, stale lockfile, missing tool`, () => {
    it('runs the install script of a package named in allowScripts', async () => {
      const { root, log } = await buildWith(repo, env, { allowScripts: ['native-thing'] });
      expect(readFileSync(path.join(root, 'nodejs/node_modules/native-thing/built.txt'), 'utf8')).toBe('built');
      expect(log.text()).not.toContain('were skipped');
    });

    it('refuses a lockfile that misses a dependency, with the package manager’s words and the fix', async () => {
      const clone = await repo.clone();
      const manifest = JSON.parse(readFileSync(path.join(clone.dir, 'packages/shared/package.json'), 'utf8'));
      await clone.write({ 'packages/shared/package.json': { ...manifest, dependencies: { ...manifest.dependencies, 'late-addition': '^1.0.0' } } });
      const message = await buildError(buildWith(clone, env));
      expect(message).toMatch(fixes.stale);
      expect(message).toContain(fixes.fix);
    });

    it('tells a runner without the tool how to add it', async () => {
      const bare = { ...env, PATH: path.dirname(process.execPath) === BIN ? '/usr/bin:/bin' : `${path.dirname(process.execPath)}:/usr/bin:/bin` };
      const message = await buildError(buildWith(repo, bare));
      expect(message).toMatch(manager === 'pnpm' ? /pnpm\/action-setup/ : /corepack enable/);
    });

    it('builds a workspace package whose main and exports are gitignored build output, before packing it', async () => {
      const clone = await repo.clone();
      const manifest = JSON.parse(readFileSync(path.join(clone.dir, 'packages/core/package.json'), 'utf8'));
      const exports = { '.': { import: './lib/index.mjs', require: './lib/index.js' } };
      await clone.write({
        '.gitignore': `${readFileSync(path.join(clone.dir, '.gitignore'), 'utf8')}packages/core/lib/\n`,
        'packages/core/package.json': { ...manifest, main: 'lib/index.js', files: ['lib'], exports, scripts: { build: 'node build.js' } },
        'packages/core/build.js': [
          "const fs = require('fs');",
          "fs.mkdirSync('lib', { recursive: true });",
          "fs.writeFileSync('lib/index.js', \"module.exports = 'core (built, cjs)';\\n\");",
          "fs.writeFileSync('lib/index.mjs', \"export default 'core (built, esm)';\\n\");",
          '',
        ].join('\n'),
      });
      clone.git('rm', '-q', 'packages/core/index.js');
      clone.commit('core is built into a gitignored lib/');
      expect(clone.git('ls-files', 'packages/core')).toBe('packages/core/build.js\npackages/core/package.json');

      const { root, log, config, workDir } = await buildWith(clone, env);
      const install = {
        npm: 'npm ci --ignore-scripts',
        pnpm: 'pnpm install --frozen-lockfile --ignore-scripts',
        classic: 'yarn install --frozen-lockfile --ignore-scripts',
        berry: 'yarn install --immutable --mode=skip-build',
      }[manager];
      expect(log.text()).toContain(`$ ${install}`);
      expect(log.text()).toContain(`$ ${install.split(' ')[0]} run build  (in packages/core)`);
      const zipPath = path.join(workDir, 'layer.zip');
      await packageLayer(config, root, { repoRoot: clone.dir, zipPath, exec: processExec, log: memoryLogger() });
      const listed = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).split('\n');
      expect(listed.filter((f) => f.startsWith('nodejs/node_modules/@acme/core/') && !f.endsWith('/')).sort()).toEqual([
        'nodejs/node_modules/@acme/core/lib/index.js',
        'nodejs/node_modules/@acme/core/lib/index.mjs',
        'nodejs/node_modules/@acme/core/package.json',
      ]);
      // Used as Lambda loads it from /opt: require() through NODE_PATH, import() from an ES module below /opt/nodejs
      // (ES modules ignore NODE_PATH).
      const opt = await tempDir('lla-opt-');
      execFileSync('unzip', ['-q', zipPath, '-d', opt]);
      const nodejs = path.join(opt, 'nodejs');
      await writeFile(path.join(nodejs, 'handler.mjs'), "console.log(JSON.stringify((await import('@acme/core')).default));\n");
      const node = (args: string[]) =>
        execFileSync(process.execPath, args, { cwd: workDir, env: { PATH: process.env.PATH, NODE_PATH: path.join(nodejs, 'node_modules') }, encoding: 'utf8' }).trim();
      expect(node(['-p', "require('@acme/shared').core"])).toBe('core (built, cjs)');
      expect(node([path.join(nodejs, 'handler.mjs')])).toBe('"core (built, esm)"');
    });

    if (manager === 'pnpm' || manager === 'berry') {
      it('gives a workspace package the entry points of its publishConfig, as the package manager packs it', async () => {
        const clone = await repo.clone();
        const manifest = JSON.parse(readFileSync(path.join(clone.dir, 'packages/core/package.json'), 'utf8'));
        await clone.write({ 'packages/core/package.json': { ...manifest, main: 'src/index.ts', publishConfig: { main: 'index.js', access: 'public' } } });
        clone.commit('publishConfig');
        const { root } = await buildWith(clone, env);
        const core = JSON.parse(readFileSync(path.join(root, 'nodejs/node_modules/@acme/core/package.json'), 'utf8'));
        expect([core.main, core.publishConfig]).toEqual(['index.js', { main: 'index.js', access: 'public' }]);
        const out = execFileSync(process.execPath, ['-p', "require('@acme/core')"], { env: { PATH: process.env.PATH, NODE_PATH: path.join(root, 'nodejs/node_modules') }, encoding: 'utf8' });
        expect(out.trim()).toBe('core');
      });
    }

    more?.(() => ({ repo, env }));
  });
}
