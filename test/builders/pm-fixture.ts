// One monorepo shape for pnpm, yarn classic and yarn berry, locked by the real tool against a loopback registry:
// api-deps -> @acme/shared (workspace) -> @acme/core (workspace); left-pad ^1 for api-deps and ^2 for shared (two locked
// versions, one per consumer); native-thing with an install script; fast-native with optional prebuilt packages per
// CPU; a devDependency that must stay out.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { lockRecorded } from '../support/lock-records';
import { createRepo, tempDir, type TempRepo } from '../support/repo';
import type { Registry, RegistryPackage } from '../support/registry';

/** npm too, for comparing build times with the same repository. */
export type Manager = 'npm' | 'pnpm' | 'classic' | 'berry';

const BIN = path.resolve('node_modules/.bin');
export const BERRY = path.resolve('node_modules/yarn-berry/bin/yarn.js');
// The installed devDependencies' versions, read rather than asked: `pnpm --version` costs about a second of CPU.
const version = (name: string) => (JSON.parse(readFileSync(path.resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
export const PNPM_VERSION = version('pnpm');
export const BERRY_VERSION = version('yarn-berry');
const CLASSIC_VERSION = version('yarn');

const index = (value: string) => ({ 'index.js': `module.exports = ${JSON.stringify(value)};\n` });

export const REGISTRY_PACKAGES: RegistryPackage[] = [
  { manifest: { name: 'left-pad', version: '1.3.0', main: 'index.js' }, files: index('left-pad@1.3.0') },
  { manifest: { name: 'left-pad', version: '2.0.0', main: 'index.js' }, files: index('left-pad@2.0.0') },
  { manifest: { name: 'ms', version: '2.1.3', main: 'index.js' }, files: index('ms@2.1.3') },
  { manifest: { name: 'dev-only', version: '1.0.0' }, files: index('dev-only') },
  { manifest: { name: 'late-addition', version: '1.0.0' }, files: index('late-addition') },
  {
    manifest: { name: 'native-thing', version: '1.0.0', main: 'index.js', scripts: { install: "node -e \"require('fs').writeFileSync('built.txt', 'built')\"" } },
    files: { 'index.js': "module.exports = require('fs').existsSync(__dirname + '/built.txt') ? 'built' : 'not built';\n" },
  },
  {
    manifest: {
      name: 'fast-native',
      version: '1.0.0',
      main: 'index.js',
      optionalDependencies: { 'fast-native-linux-arm64': '1.0.0', 'fast-native-linux-x64': '1.0.0' },
    },
    files: { 'index.js': "try { module.exports = require('fast-native-linux-arm64'); } catch { module.exports = require('fast-native-linux-x64'); }\n" },
  },
  { manifest: { name: 'fast-native-linux-arm64', version: '1.0.0', main: 'index.js', os: ['linux'], cpu: ['arm64'] }, files: index('arm64') },
  { manifest: { name: 'fast-native-linux-x64', version: '1.0.0', main: 'index.js', os: ['linux'], cpu: ['x64'] }, files: index('x64') },
];

/** lambda-layers.yml publishing the monorepo's api-deps layer, for the tests that run dist/index.js on it. */
export const PM_CONFIG = `version: 1
layerPrefix: t-
regions: [us-east-1]
layers:
  api-deps:
    type: nodejs
    path: layers/api-deps
    runtimes: [nodejs22.x]
    architectures: [arm64]
`;

/** Caches of each tool in a folder of the test run, so runs neither share nor leave state. */
export async function toolEnv(): Promise<Record<string, string>> {
  const cache = await tempDir('lla-pm-cache-');
  return {
    npm_config_store_dir: path.join(cache, 'pnpm-store'),
    npm_config_cache: path.join(cache, 'npm'),
    npm_config_update_notifier: 'false',
    YARN_CACHE_FOLDER: path.join(cache, 'yarn1'),
    YARN_GLOBAL_FOLDER: path.join(cache, 'berry'),
    YARN_ENABLE_TELEMETRY: '0',
    COREPACK_ENABLE_STRICT: '0',
  };
}

export async function createPmMonorepo(manager: Manager, registry: Registry, env: Record<string, string>): Promise<TempRepo> {
  const repo = await createRepo();
  const workspace = manager === 'pnpm' ? 'workspace:*' : manager === 'berry' ? 'workspace:^' : '1.0.0';
  const packageManager = { npm: undefined, pnpm: `pnpm@${PNPM_VERSION}`, berry: `yarn@${BERRY_VERSION}`, classic: 'yarn@1.22.22' }[manager];
  await repo.write({
    '.gitignore': 'node_modules/\n.yarn/*\n!.yarn/releases\n',
    'package.json': { name: 'acme', private: true, packageManager, workspaces: ['layers/*', 'packages/*'] },
    'layers/api-deps/package.json': {
      name: 'api-deps',
      version: '1.0.0',
      private: true,
      dependencies: { '@acme/shared': workspace, 'left-pad': '^1.0.0', 'native-thing': '^1.0.0', 'fast-native': '^1.0.0' },
      devDependencies: { 'dev-only': '^1.0.0' },
    },
    'packages/shared/package.json': {
      name: '@acme/shared',
      version: '1.0.0',
      main: 'index.js',
      files: ['index.js', 'lib'],
      dependencies: { '@acme/core': workspace, 'left-pad': '^2.0.0' },
    },
    'packages/shared/index.js': "module.exports = { core: require('@acme/core'), leftPad: require('left-pad'), util: require('./lib/util') };\n",
    'packages/shared/lib/util.js': "module.exports = 'util';\n",
    'packages/shared/README.md': '# shared\n',
    'packages/shared/test/shared.test.js': 'throw new Error("tests are not shipped");\n',
    'packages/core/package.json': { name: '@acme/core', version: '1.0.0', main: 'index.js' },
    'packages/core/index.js': "module.exports = 'core';\n",
    'packages/unrelated/package.json': { name: '@acme/unrelated', version: '1.0.0', dependencies: { ms: '^2.0.0' } },
  });
  if (manager === 'pnpm') {
    await repo.write({ 'pnpm-workspace.yaml': 'packages:\n  - layers/*\n  - packages/*\n', '.npmrc': `registry=${registry.url}/\n` });
  } else if (manager === 'classic' || manager === 'npm') {
    await repo.write({ '.npmrc': `registry=${registry.url}/\n`, ...(manager === 'classic' ? { '.yarnrc': `registry "${registry.url}/"\n` } : {}) });
  } else {
    // As berry repositories commit it: the release in .yarn/releases, found through yarnPath.
    await mkdir(path.join(repo.dir, '.yarn/releases'), { recursive: true });
    await copyFile(BERRY, path.join(repo.dir, `.yarn/releases/yarn-${BERRY_VERSION}.cjs`));
    await repo.write({
      '.yarnrc.yml': [
        `yarnPath: .yarn/releases/yarn-${BERRY_VERSION}.cjs`,
        'nodeLinker: node-modules',
        `npmRegistryServer: "${registry.url}"`,
        'unsafeHttpWhitelist: ["127.0.0.1"]',
        '',
      ].join('\n'),
    });
  }
  await lock(repo, manager, registry, env);
  repo.commit(`${manager} monorepo`);
  return repo;
}

/** Writes the lockfile with the real tool, or replays it (lock-records.ts), leaving no node_modules behind. */
async function lock(repo: TempRepo, manager: Manager, registry: Registry, env: Record<string, string>): Promise<void> {
  if (manager === 'npm') return repo.npm(['install', '--package-lock-only'], { registry, env });
  const { tool, version, args } = {
    pnpm: { tool: 'pnpm', version: PNPM_VERSION, args: ['install', '--lockfile-only', '--ignore-scripts'] },
    classic: { tool: 'yarn', version: CLASSIC_VERSION, args: ['install', '--ignore-scripts', '--non-interactive', '--no-progress'] },
    berry: { tool: 'yarn', version: BERRY_VERSION, args: ['install', '--mode=update-lockfile'] },
  }[manager];
  await lockRecorded(repo, { tool: `${tool} ${version}`, args, registry }, async () => {
    // Asynchronous: the registry answers from this very process.
    await promisify(execFile)(path.join(BIN, tool), args, { cwd: repo.dir, env: { ...process.env, ...env, PATH: `${BIN}:${process.env.PATH}` } });
    repo.git('clean', '-qfdX');
  });
}
