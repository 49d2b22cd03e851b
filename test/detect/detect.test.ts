import { chmod, utimes } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGit } from '../../src/adapters/git';
import { detectChanges } from '../../src/detect/detect';
import { BUILDER_VERSION } from '../../src/detect/fingerprint';
import type { Config } from '../../src/types';
import { memoryLogger } from '../support/logger';
import { cleanupRepos, createRepo, writeTarball, type TempRepo } from '../support/repo';
import { changedLayers, createMonorepo, detect, layer, monorepoConfig } from './fixture';

let origin: TempRepo;
beforeAll(async () => {
  origin = await createMonorepo();
});
afterAll(cleanupRepos);

/** A fresh clone of the monorepo per test, so each scenario starts from the same commit. */
const fresh = () => origin.clone();

describe('layer inputs', () => {
  it('maps folders, transitive workspace packages, input globs and the lockfile closure to each layer', async () => {
    const repo = await fresh();
    await repo.write({ 'runtimes/go/dist/bootstrap': 'built output', 'node_modules/left-pad/index.js': 'installed' });
    const { inputs } = await detect(repo, 'HEAD');

    const api = inputs.get('api-deps')!;
    expect(api.files).toEqual([
      'layers/api-deps/package.json',
      'packages/core/index.js',
      'packages/core/package.json',
      'packages/shared/index.js',
      'packages/shared/package.json',
    ]);
    expect(api.packages).toEqual(['@acme/core', '@acme/shared']);
    expect(api.lockfile).toEqual(['left-pad@1.0.0', 'ms@2.1.3']);
    // web-deps gets its own nested copy of left-pad (layers/web-deps/node_modules/left-pad in the lockfile).
    expect(inputs.get('web-deps')!.lockfile).toEqual(['left-pad@2.0.0']);
    // pip reads requirements.txt alone: tools.py beside it is no input.
    expect(inputs.get('py-tools')!.files).toEqual(['layers/py-tools/requirements.txt']);
    expect(inputs.get('py-tools')!.packages).toEqual([]);
    // The build output folder and node_modules are never inputs.
    expect(inputs.get('go-runtime')!.files).toEqual(['config/go/settings.json', 'runtimes/go/bootstrap', 'runtimes/go/main.go']);
    expect(BUILDER_VERSION).toMatch(/\S/);
  });

  it('finds no change against HEAD itself', async () => {
    const repo = await fresh();
    const detection = await detect(repo, 'HEAD');
    expect(changedLayers(detection)).toEqual([]);
    expect([...detection.inputs.values()].every((i) => /^[0-9a-f]{64}$/.test(i.fingerprint))).toBe(true);
  });
});

describe('reasons against the base commit', () => {
  it('a file in a layer marks that layer alone', async () => {
    const repo = await fresh();
    await repo.write({ 'runtimes/go/main.go': 'package main\n\nfunc main() {}\n' });
    repo.commit('go');
    const { reasons } = await detect(repo, 'HEAD~1');
    expect(changedLayers({ reasons } as never)).toEqual(['go-runtime']);
    expect(reasons.get('go-runtime')).toEqual({ files: ['runtimes/go/main.go'], packages: [], lockfile: [], config: [], other: [] });
  });

  it('an input glob outside the folder marks its layer', async () => {
    const repo = await fresh();
    await repo.write({ 'config/go/settings.json': { level: 'debug' } });
    repo.commit('settings');
    const detection = await detect(repo, 'HEAD~1');
    expect(changedLayers(detection)).toEqual(['go-runtime']);
    expect(detection.reasons.get('go-runtime')!.files).toEqual(['config/go/settings.json']);
  });

  it('a file in a shared workspace package marks only its dependents, also through a transitive dependency', async () => {
    const repo = await fresh();
    await repo.write({ 'packages/core/index.js': 'export const core = 2;\n' });
    repo.commit('core');
    const { reasons } = await detect(repo, 'HEAD~1');
    expect(changedLayers({ reasons } as never)).toEqual(['api-deps', 'web-deps']);
    for (const key of ['api-deps', 'web-deps']) {
      expect(reasons.get(key)).toEqual({ files: [], packages: ['@acme/core'], lockfile: [], config: [], other: [] });
    }
  });

  it('a file in an unrelated workspace package marks nothing', async () => {
    const repo = await fresh();
    await repo.write({ 'packages/unrelated/index.js': 'export const unrelated = 2;\n' });
    repo.commit('unrelated');
    expect(changedLayers(await detect(repo, 'HEAD~1'))).toEqual([]);
  });

  it('a workspace package a layer names under another name (`file:`) is one of its packages, found in the lockfile', async () => {
    const repo = await fresh();
    const api = JSON.parse(repo.git('show', 'HEAD:layers/api-deps/package.json'));
    await repo.write({ 'layers/api-deps/package.json': { ...api, dependencies: { ...api.dependencies, extras: 'file:../../packages/unrelated' } } });
    await repo.npm(['install', '--package-lock-only']);
    repo.commit('extras');
    expect(JSON.parse(repo.git('show', 'HEAD:package-lock.json')).packages['node_modules/extras']).toMatchObject({ link: true, resolved: 'packages/unrelated' });
    await repo.write({ 'packages/unrelated/index.js': 'export const unrelated = 2;\n' });
    repo.commit('unrelated');
    const { reasons, inputs } = await detect(repo, 'HEAD~1');
    expect(changedLayers({ reasons } as never)).toEqual(['api-deps']);
    expect(reasons.get('api-deps')!.packages).toEqual(['@acme/unrelated']);
    expect(inputs.get('api-deps')!.packages).toContain('@acme/unrelated');
  });

  it('a lockfile bump of a dependency only one layer uses marks that layer alone', async () => {
    const repo = await fresh();
    await writeTarball(repo.dir, 'vendor/left-pad-b.tgz', { name: 'left-pad', version: '2.1.0' });
    await repo.npm(['update', 'left-pad', '--package-lock-only']);
    expect(repo.git('diff', '--name-only')).toBe('package-lock.json\nvendor/left-pad-b.tgz');
    repo.commit('bump left-pad for web');
    const { reasons, inputs } = await detect(repo, 'HEAD~1');
    expect(changedLayers({ reasons } as never)).toEqual(['web-deps']);
    expect(reasons.get('web-deps')).toEqual({ files: [], packages: [], lockfile: ['left-pad@2.0.0 -> 2.1.0'], config: [], other: [] });
    expect(inputs.get('web-deps')!.lockfile).toEqual(['left-pad@2.1.0']);
  });

  it('a lockfile change outside every closure marks nothing', async () => {
    const repo = await fresh();
    await writeTarball(repo.dir, 'vendor/unused.tgz', { name: 'unused', version: '1.0.0' });
    await repo.write({ 'packages/unrelated/package.json': { name: '@acme/unrelated', version: '1.0.0', dependencies: { unused: 'file:../../vendor/unused.tgz' } } });
    await repo.npm(['install', '--package-lock-only']);
    repo.commit('unrelated dependency');
    const { reasons } = await detect(repo, 'HEAD~1');
    expect(changedLayers({ reasons } as never)).toEqual([]);
  });

  it('adding and removing dependencies lists +name@v and -name@v', async () => {
    const repo = await fresh();
    await repo.write({
      'layers/api-deps/package.json': { name: 'api-deps', version: '1.0.0', dependencies: { '@acme/shared': '*', 'left-pad': 'file:../../vendor/left-pad-a.tgz' } },
      'layers/web-deps/package.json': {
        name: 'web-deps',
        version: '1.0.0',
        dependencies: { '@acme/shared': '*', 'left-pad': 'file:../../vendor/left-pad-b.tgz', ms: 'file:../../vendor/ms.tgz' },
      },
    });
    await repo.npm(['install', '--package-lock-only']);
    repo.commit('move ms');
    const { reasons } = await detect(repo, 'HEAD~1');
    expect(reasons.get('api-deps')).toMatchObject({ files: ['layers/api-deps/package.json'], lockfile: ['-ms@2.1.3'] });
    expect(reasons.get('web-deps')).toMatchObject({ files: ['layers/web-deps/package.json'], lockfile: ['+ms@2.1.3'] });
  });

  it('a removed nested copy counts although no entry left in the closure changed (resolution falls back to the hoisted one)', async () => {
    const pkg = (version: string, deps?: Record<string, string>) => ({ version, resolved: `https://registry.npmjs.org/x/-/x-${version}.tgz`, integrity: `sha512-${version}`, ...(deps && { dependencies: deps }) });
    const packages: Record<string, object> = {
      '': { name: 'root', workspaces: ['layers/*'] },
      'layers/a': { name: 'a', version: '1.0.0', dependencies: { client: '^1.0.0' } },
      'layers/b': { name: 'b', version: '1.0.0', dependencies: { retry: '^2.0.0' } },
      'node_modules/a': { resolved: 'layers/a', link: true },
      'node_modules/b': { resolved: 'layers/b', link: true },
      'node_modules/client': pkg('1.0.0', { retry: '^1.0.0' }),
      'node_modules/client/node_modules/retry': pkg('1.0.0'),
      'node_modules/retry': pkg('2.0.0'),
    };
    const lockfile = () => JSON.stringify({ name: 'root', lockfileVersion: 3, requires: true, packages }, null, 2);
    const manifest = (name: string, deps: Record<string, string>) => ({ name, version: '1.0.0', dependencies: deps });
    const repo = await createRepo({
      files: {
        'package.json': { name: 'root', private: true, workspaces: ['layers/*'] },
        'layers/a/package.json': manifest('a', { client: '^1.0.0' }),
        'layers/b/package.json': manifest('b', { retry: '^2.0.0' }),
        'package-lock.json': lockfile(),
      },
    });
    repo.commit('base');
    delete packages['node_modules/client/node_modules/retry'];
    await repo.write({ 'package-lock.json': lockfile() });
    repo.commit('client takes the hoisted retry');
    const config = { ...monorepoConfig, layers: [layer('a', 'nodejs', 'layers/a'), layer('b', 'nodejs', 'layers/b')] };
    const { reasons } = await detect(repo, 'HEAD~1', config, config);
    expect(reasons.get('a')!.lockfile).toEqual(['retry@1.0.0 -> 2.0.0']);
    expect(reasons.get('b')!.lockfile).toEqual([]);
  });

  it('an unreadable lockfile at the base marks every nodejs layer and says so', async () => {
    const repo = await fresh();
    const good = repo.git('show', 'HEAD:package-lock.json');
    await repo.write({ 'package-lock.json': '{ "lockfileVersion": 3, "packages": ' });
    repo.commit('broken lockfile');
    await repo.write({ 'package-lock.json': `${good}\n` });
    repo.commit('fixed lockfile');
    const log = memoryLogger();
    const { reasons } = await detectChanges({
      repoRoot: repo.dir,
      config: monorepoConfig,
      baseConfig: monorepoConfig,
      git: createGit(repo.dir),
      base: { sha: repo.git('rev-parse', 'HEAD~1'), source: 'test' },
      log,
    });
    expect(changedLayers({ reasons } as never)).toEqual(['api-deps', 'web-deps']);
    expect(reasons.get('api-deps')!.lockfile).toEqual([expect.stringMatching(/^package-lock\.json changed \(at the base: package-lock\.json could not be parsed/)]);
    expect(log.text('warning')).toMatch(/every nodejs layer is marked as changed/);
  });

  it('a config change to one layer lists its changed keys; regions do not count', async () => {
    const repo = await fresh();
    const changed: Config = {
      ...monorepoConfig,
      layers: monorepoConfig.layers.map((l) =>
        l.key === 'py-tools' ? { ...l, runtimes: ['python3.13'] } : l.key === 'api-deps' ? { ...l, regions: ['eu-west-1'] } : l,
      ),
    };
    const { reasons, inputs } = await detect(repo, 'HEAD', changed, monorepoConfig);
    expect(changedLayers({ reasons } as never)).toEqual(['py-tools']);
    expect(reasons.get('py-tools')!.config).toEqual(['runtimes']);
    const before = await detect(repo, 'HEAD');
    expect(inputs.get('py-tools')!.fingerprint).not.toBe(before.inputs.get('py-tools')!.fingerprint);
    expect(inputs.get('api-deps')!.fingerprint).toBe(before.inputs.get('api-deps')!.fingerprint);
  });

  it('a layer missing from the base configuration is a new layer', async () => {
    const repo = await fresh();
    const baseConfig = { ...monorepoConfig, layers: monorepoConfig.layers.filter((l) => l.key !== 'py-tools') };
    const { reasons } = await detect(repo, 'HEAD', monorepoConfig, baseConfig);
    expect(changedLayers({ reasons } as never)).toEqual(['py-tools']);
    expect(reasons.get('py-tools')!.config).toEqual(['(new layer)']);
  });

  it('untracked, modified and deleted working-tree files count; ignored ones do not', async () => {
    const repo = await fresh();
    await repo.write({
      'layers/py-tools/requirements-dev.txt': 'pytest\n',
      'layers/py-tools/requirements.txt': '-r requirements-dev.txt\n',
      'layers/api-deps/node_modules/left-pad/index.js': 'installed',
      'packages/shared/index.js': 'export const shared = 2;\n',
    });
    await repo.remove('runtimes/go/main.go');
    const { reasons, inputs } = await detect(repo, 'HEAD');
    expect(changedLayers({ reasons } as never)).toEqual(['api-deps', 'go-runtime', 'py-tools', 'web-deps']);
    expect(reasons.get('py-tools')!.files).toEqual(['layers/py-tools/requirements-dev.txt', 'layers/py-tools/requirements.txt']);
    expect(reasons.get('api-deps')).toMatchObject({ files: [], packages: ['@acme/shared'] });
    expect(reasons.get('go-runtime')!.files).toEqual(['runtimes/go/main.go']);
    expect(inputs.get('py-tools')!.files).toContain('layers/py-tools/requirements-dev.txt');
    expect(inputs.get('go-runtime')!.files).not.toContain('runtimes/go/main.go');
  });

  it('lists the inputs that differ from HEAD: modified, staged, deleted, untracked; not ignored or touched ones', async () => {
    const repo = await fresh();
    const clean = await detect(repo, undefined);
    expect(monorepoConfig.layers.map((l) => clean.uncommitted.get(l.key))).toEqual([[], [], [], []]);

    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(repo.dir, 'runtimes/go/bootstrap'), later, later);
    await repo.write({
      'runtimes/go/main.go': 'package main // edited\n',
      'config/go/settings.json': { level: 'debug' },
      'layers/py-tools/requirements.txt': '-r extra.txt\n',
      'layers/py-tools/extra.txt': 'requests\n',
      'layers/api-deps/node_modules/left-pad/index.js': 'ignored',
      'packages/core/index.js': 'export const core = 2;\n',
    });
    repo.git('add', 'config/go/settings.json');
    await repo.remove('packages/shared/index.js');
    // tools.py is no input of the python layer (pip reads requirements.txt): its deletion is not listed.
    await repo.remove('layers/py-tools/tools.py');
    // Without a base commit too: what is uncommitted is said against HEAD, whatever the base.
    const { uncommitted } = await detect(repo, undefined);
    expect(uncommitted.get('go-runtime')).toEqual(['config/go/settings.json', 'runtimes/go/main.go']);
    expect(uncommitted.get('py-tools')).toEqual(['layers/py-tools/extra.txt', 'layers/py-tools/requirements.txt']);
    expect(uncommitted.get('api-deps')).toEqual(['packages/core/index.js', 'packages/shared/index.js']);
    expect(uncommitted.get('web-deps')).toEqual(['packages/core/index.js', 'packages/shared/index.js']);
  });

  it('committed files under node_modules count, in the index, the reasons and the fingerprint', async () => {
    const repo = await fresh();
    const config = { ...monorepoConfig, layers: [layer('tools', 'custom', 'layers/tools', { build: 'true', output: '.' })] };
    await repo.write({ 'layers/tools/node_modules/vendored/index.js': 'v1', 'layers/tools/run.sh': 'echo\n' });
    // Ignored by the repository's .gitignore, and committed anyway (as repositories that vendor node_modules do).
    repo.git('add', '-f', 'layers/tools');
    repo.commit('vendored tools');
    const before = await detect(repo, 'HEAD', config);
    expect(before.inputs.get('tools')!.files).toEqual(['layers/tools/node_modules/vendored/index.js', 'layers/tools/run.sh']);
    await repo.write({ 'layers/tools/node_modules/vendored/index.js': 'v2', 'layers/tools/node_modules/installed/index.js': 'untracked' });
    repo.git('add', '-u');
    repo.commit('vendored v2');
    const after = await detect(repo, 'HEAD~1', config);
    expect(after.reasons.get('tools')!.files).toEqual(['layers/tools/node_modules/vendored/index.js']);
    expect(after.inputs.get('tools')!.fingerprint).not.toBe(before.inputs.get('tools')!.fingerprint);
    expect(after.inputs.get('tools')!.files).not.toContain('layers/tools/node_modules/installed/index.js');
  });

  it('a touched file (new mtime, same content) is not a change', async () => {
    const repo = await fresh();
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(repo.dir, 'runtimes/go/main.go'), later, later);
    await repo.write({ 'packages/core/index.js': 'export const core = 1;\n' });
    expect(changedLayers(await detect(repo, 'HEAD'))).toEqual([]);
  });

  it('without a base commit every layer is a candidate, with the reason', async () => {
    const repo = await fresh();
    const { reasons } = await detect(repo, undefined);
    expect(changedLayers({ reasons } as never)).toEqual(['api-deps', 'go-runtime', 'py-tools', 'web-deps']);
    expect(reasons.get('py-tools')).toEqual({
      files: [],
      packages: [],
      lockfile: [],
      config: [],
      other: ['no base commit'],
    });
  });
});

describe('fingerprints', () => {
  it('are equal across clones, checkouts and mtimes, and change with content or mode', async () => {
    const [a, b] = [await fresh(), await fresh()];
    const old = new Date('2001-01-01T00:00:00Z');
    await utimes(path.join(b.dir, 'runtimes/go/main.go'), old, old);
    await utimes(path.join(b.dir, 'packages/core/index.js'), old, old);
    const [fa, fb] = [await detect(a, 'HEAD'), await detect(b, 'HEAD')];
    for (const key of ['api-deps', 'web-deps', 'py-tools', 'go-runtime']) {
      expect(fb.inputs.get(key)!.fingerprint).toBe(fa.inputs.get(key)!.fingerprint);
    }

    await b.write({ 'packages/core/index.js': 'export const core = 3;\n' });
    await chmod(path.join(b.dir, 'runtimes/go/bootstrap'), 0o644);
    const changed = await detect(b, 'HEAD');
    expect(changed.inputs.get('api-deps')!.fingerprint).not.toBe(fa.inputs.get('api-deps')!.fingerprint);
    expect(changed.inputs.get('go-runtime')!.fingerprint).not.toBe(fa.inputs.get('go-runtime')!.fingerprint);
    expect(changed.inputs.get('py-tools')!.fingerprint).toBe(fa.inputs.get('py-tools')!.fingerprint);
  });

  it('of an uncommitted edit equal those of the same edit once committed', async () => {
    const repo = await fresh();
    await repo.write({ 'layers/py-tools/requirements.txt': '-r new.txt\n', 'layers/py-tools/new.txt': 'requests==2.32.4\n' });
    const dirty = await detect(repo, 'HEAD');
    repo.commit('tools');
    const committed = await detect(repo, 'HEAD');
    expect(committed.inputs.get('py-tools')!.fingerprint).toBe(dirty.inputs.get('py-tools')!.fingerprint);
    expect(committed.inputs.get('py-tools')!.files).toEqual(dirty.inputs.get('py-tools')!.files);
  });

  it('cover the whole repository when a layer lives at its root, without node_modules', async () => {
    const repo = await fresh();
    await repo.write({ 'node_modules/x/index.js': 'x' });
    const { inputs } = await detect(repo, 'HEAD', { ...monorepoConfig, layers: [layer('all', 'custom', '.', { build: 'true', output: 'out' })] });
    const files = inputs.get('all')!.files;
    expect(files).toContain('package-lock.json');
    expect(files).toContain('runtimes/go/bootstrap');
    expect(files.some((f) => f.includes('node_modules'))).toBe(false);
  });
});
