import { describe, expect, it } from 'vitest';
import { checkInStep, planStaging, type Project } from '../../src/builders/prune';

const lock = {
  name: 'acme',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': { name: 'acme', workspaces: ['layers/*', 'packages/*'], devDependencies: { typescript: '^5' } },
    'layers/api': {
      version: '1.0.0',
      dependencies: { '@acme/shared': '*', 'left-pad': 'file:../../vendor/left-pad-1.tgz' },
      devDependencies: { vitest: '*' },
    },
    'layers/api/node_modules/left-pad': { version: '1.0.0', resolved: 'file:vendor/left-pad-1.tgz', integrity: 'sha512-1' },
    'layers/web': { version: '1.0.0', dependencies: { 'left-pad': 'file:../../vendor/left-pad-2.tgz' } },
    'node_modules/@acme/core': { resolved: 'packages/core', link: true },
    'node_modules/@acme/shared': { resolved: 'packages/shared', link: true },
    'node_modules/@acme/unrelated': { resolved: 'packages/unrelated', link: true },
    'node_modules/api': { resolved: 'layers/api', link: true },
    'node_modules/left-pad': { version: '2.0.0', resolved: 'file:vendor/left-pad-2.tgz', integrity: 'sha512-2' },
    'node_modules/ms': { version: '2.1.3', resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz', integrity: 'sha512-m' },
    'node_modules/typescript': { version: '5.9.0', dev: true },
    'node_modules/vitest': { version: '4.0.0', dev: true },
    'node_modules/web': { resolved: 'layers/web', link: true },
    'packages/core': { name: '@acme/core', version: '1.0.0', dependencies: { ms: '^2.1.0' } },
    'packages/shared': {
      name: '@acme/shared',
      version: '1.0.0',
      dependencies: { '@acme/core': '*', 'left-pad': 'file:../../vendor/left-pad-2.tgz' },
      devDependencies: { typescript: '^5' },
    },
    'packages/unrelated': { name: '@acme/unrelated', version: '1.0.0' },
  },
};

/** package.json files as they are in the checkout: what the lockfile records, plus scripts. */
const manifests: Record<string, Record<string, any>> = {
  '': { name: 'acme', private: true, workspaces: ['layers/*', 'packages/*'], devDependencies: { typescript: '^5' }, scripts: { prepare: 'husky' }, overrides: { ms: '2.1.3' } },
  'layers/api': { name: 'api', ...lock.packages['layers/api'], scripts: { postinstall: 'node setup.js' } },
  'packages/core': { ...lock.packages['packages/core'], scripts: { install: 'node-gyp rebuild', prepare: 'tsc' } },
  'packages/shared': { ...lock.packages['packages/shared'] },
};

const project = (layerKey: string, over: Partial<Project> = {}): Project => ({
  lock,
  lockfile: 'package-lock.json',
  layerKey,
  manifest: (dir) => manifests[dir],
  workspaces: new Set(['layers/api', 'layers/web', 'packages/core', 'packages/shared', 'packages/unrelated']),
  ...over,
});

describe('planStaging', () => {
  it('keeps the layer’s production closure at its lockfile paths, with the workspaces it links to', () => {
    const staging = planStaging(project('layers/api'));
    expect(staging.folders).toEqual(['layers/api', 'packages/core', 'packages/shared']);
    expect(staging.tarballs).toEqual(['vendor/left-pad-1.tgz', 'vendor/left-pad-2.tgz']);
    expect(staging.lockfile).toEqual({
      name: 'acme',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'acme', workspaces: ['layers/api', 'packages/core', 'packages/shared'] },
        'layers/api': { version: '1.0.0', dependencies: lock.packages['layers/api'].dependencies },
        'layers/api/node_modules/left-pad': lock.packages['layers/api/node_modules/left-pad'],
        'node_modules/@acme/core': lock.packages['node_modules/@acme/core'],
        'node_modules/@acme/shared': lock.packages['node_modules/@acme/shared'],
        'node_modules/api': lock.packages['node_modules/api'],
        'node_modules/left-pad': lock.packages['node_modules/left-pad'],
        'node_modules/ms': lock.packages['node_modules/ms'],
        'packages/core': lock.packages['packages/core'],
        'packages/shared': { name: '@acme/shared', version: '1.0.0', dependencies: lock.packages['packages/shared'].dependencies },
      },
    });
  });

  it('writes manifests without devDependencies or prepare, and a root limited to those workspaces', () => {
    const { manifests: staged } = planStaging(project('layers/api'));
    expect(Object.fromEntries(staged)).toEqual({
      '': { name: 'acme', private: true, overrides: { ms: '2.1.3' }, workspaces: ['layers/api', 'packages/core', 'packages/shared'] },
      'layers/api': { name: 'api', version: '1.0.0', dependencies: manifests['layers/api'].dependencies, scripts: { postinstall: 'node setup.js' } },
      'packages/core': { name: '@acme/core', version: '1.0.0', dependencies: { ms: '^2.1.0' }, scripts: { install: 'node-gyp rebuild' } },
      'packages/shared': { name: '@acme/shared', version: '1.0.0', dependencies: manifests['packages/shared'].dependencies },
    });
  });

  it('stages a layer that is a project of its own from its root entry', () => {
    const own = {
      lockfileVersion: 2,
      packages: {
        '': { name: 'tools', dependencies: { ms: '^2' }, devDependencies: { vitest: '*' } },
        'node_modules/ms': { version: '2.1.3' },
        'node_modules/vitest': { version: '4.0.0', dev: true },
      },
      dependencies: { ms: { version: '2.1.3' }, vitest: { version: '4.0.0', dev: true } },
    };
    const root = { name: 'tools', dependencies: { ms: '^2' }, devDependencies: { vitest: '*' }, scripts: { prepare: 'tsc', build: 'tsc' } };
    const staging = planStaging(project('', { lock: own, manifest: (dir) => (dir === '' ? root : undefined), workspaces: new Set() }));
    expect(staging.folders).toEqual(['']);
    expect(staging.lockfile).toEqual({
      lockfileVersion: 2,
      packages: { '': { name: 'tools', dependencies: { ms: '^2' } }, 'node_modules/ms': { version: '2.1.3' } },
    });
    expect(staging.manifests.get('')).toEqual({ name: 'tools', dependencies: { ms: '^2' }, scripts: { build: 'tsc' } });
  });

  it('refuses a layer folder that is not a workspace of the project', () => {
    expect(() => planStaging(project('layers/api', { workspaces: new Set(['packages/shared']) }))).toThrow(
      /layers\/api is not a workspace of the project that package-lock.json locks: add it to `workspaces`.*run `npm install` and commit/,
    );
  });

  it('refuses a workspace the lockfile does not know', () => {
    const lockWithout = { ...lock, packages: { ...lock.packages, 'layers/api': undefined } };
    expect(() => planStaging(project('layers/api', { lock: lockWithout }))).toThrow(
      'layers/api is not in package-lock.json; run `npm install` and commit package-lock.json.',
    );
  });
});

describe('checkInStep', () => {
  it('accepts a spec that differs, as npm ci does after a release bump, and refuses a dependency the lockfile lacks', () => {
    const packages = {
      'layers/api': { dependencies: { '@acme/shared': '^1.0.0', ms: '^2.1.0' } },
      'node_modules/left-pad': { version: '1.0.0' },
    };
    const bumped = { dependencies: { '@acme/shared': '^1.1.0', ms: '^2.1.0' }, devDependencies: { x: '1' } };
    expect(() => checkInStep(bumped, packages, 'layers/api', 'package-lock.json')).not.toThrow();
    // Not in the entry, but npm resolves it from the hoisted copy.
    expect(() => checkInStep({ dependencies: { 'left-pad': '^1.0.0' } }, packages, 'layers/api', 'package-lock.json')).not.toThrow();
    const optionalPeer = { peerDependencies: { ms: '^2' }, peerDependenciesMeta: { ms: { optional: true } } };
    expect(() => checkInStep(optionalPeer, { '': {} }, '', 'package-lock.json')).not.toThrow();
    expect(() => checkInStep({ optionalDependencies: { fsevents: '*' } }, { '': {}, ...packages }, '', 'npm-shrinkwrap.json')).toThrow(
      'npm-shrinkwrap.json is out of step with package.json: `npm ci` can only install packages when your package.json and ' +
        'npm-shrinkwrap.json are in sync (Missing: fsevents@* from lock file): optionalDependencies.fsevents is in ' +
        'package.json but not in the lockfile; run `npm install` and commit npm-shrinkwrap.json.',
    );
  });
});
