import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  closuresAtBase,
  closureTouched,
  dependencyNames,
  diffClosures,
  hoistedPackage,
  hoistedPrograms,
  packageClosure,
  resolveNode,
  touchedKeys,
  touchedNamesakes,
  workspaceLinks,
  type LockEntry,
} from '../../../src/detect/lockfiles';
import { generatedNpmLock } from './generated';

const ids = (entries: readonly LockEntry[]) => entries.map((e) => `${e.path} ${e.name}@${e.version ?? ''}${e.link ? ' link' : ''}`);

// npm lockfileVersion 3: a workspace layer with a nested copy, a workspace link with its own dependencies,
// an optional peer that is absent, and dev dependencies that must stay out of production closures.
const npmLock = {
  name: 'acme',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': { name: 'acme', workspaces: ['layers/*', 'packages/*'], devDependencies: { vitest: '^4.0.0' } },
    'layers/api': {
      name: 'api',
      version: '1.0.0',
      dependencies: { '@acme/util': '*', debug: '^4.0.0' },
      devDependencies: { typescript: '^5.0.0' },
    },
    'layers/api/node_modules/ms': { version: '3.0.0', resolved: 'https://r/ms-3.0.0.tgz', integrity: 'sha512-ms3' },
    'node_modules/@acme/util': { resolved: 'packages/util', link: true },
    'node_modules/api': { resolved: 'layers/api', link: true },
    'node_modules/debug': {
      version: '4.3.4',
      integrity: 'sha512-debug',
      dependencies: { ms: '^3.0.0' },
      peerDependencies: { 'supports-color': '*' },
      peerDependenciesMeta: { 'supports-color': { optional: true } },
    },
    'node_modules/ms': { version: '2.1.3', integrity: 'sha512-ms2' },
    'node_modules/lodash': { version: '4.17.21', integrity: 'sha512-lodash' },
    'node_modules/typescript': { version: '5.4.0', dev: true },
    'node_modules/vitest': { version: '4.0.0', dev: true },
    'packages/util': { name: '@acme/util', version: '0.1.0', dependencies: { lodash: '^4.17.0' } },
  },
};

describe('packageClosure (package-lock v2/v3)', () => {
  it('resolves like Node: nested copies first, then hoisted; follows workspace links; leaves dev dependencies out', () => {
    // debug lives at node_modules/debug, so its `ms` is the hoisted 2.1.3, not the api layer's nested 3.0.0.
    expect(ids(packageClosure(npmLock, 'layers/api'))).toEqual([
      'node_modules/@acme/util @acme/util@ link',
      'node_modules/debug debug@4.3.4',
      'node_modules/lodash lodash@4.17.21',
      'node_modules/ms ms@2.1.3',
      'packages/util @acme/util@0.1.0 link',
    ]);
  });

  it('takes a nested copy when the dependent sits above it', () => {
    const lock = structuredClone(npmLock);
    lock.packages['layers/api'].dependencies = { ...lock.packages['layers/api'].dependencies, ms: '^3.0.0' } as never;
    expect(ids(packageClosure(lock, 'layers/api'))).toContain('layers/api/node_modules/ms ms@3.0.0');
  });

  it('includes dev dependencies of the starting package only when asked', () => {
    expect(ids(packageClosure(npmLock, 'layers/api', { includeDev: true }))).toContain('node_modules/typescript typescript@5.4.0');
    expect(ids(packageClosure(npmLock, ''))).toEqual([]);
  });

  it('lists each entry once, by path, however many ways the walk reaches it, cycles included', () => {
    // a and b both need c, c needs a back, and the folder names c in its dependencies and its devDependencies.
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { name: 'acme' },
        'layers/x': { name: 'x', dependencies: { b: '*', a: '*' }, devDependencies: { c: '*', vitest: '*' } },
        'node_modules/a': { version: '1.0.0', dependencies: { c: '*' } },
        'node_modules/b': { version: '1.0.0', dependencies: { c: '*' } },
        'node_modules/c': { version: '1.0.0', dependencies: { a: '*' } },
        'node_modules/vitest': { version: '4.0.0', dependencies: { c: '*' } },
      },
    };
    const abc = ['node_modules/a a@1.0.0', 'node_modules/b b@1.0.0', 'node_modules/c c@1.0.0'];
    expect(ids(packageClosure(lock, 'layers/x'))).toEqual(abc);
    expect(ids(packageClosure(lock, 'layers/x', { includeDev: true }))).toEqual([...abc, 'node_modules/vitest vitest@4.0.0']);
  });

  it('agrees with a plain walk on a generated lockfile, closures of a few entries and of most of them', () => {
    const lock = generatedNpmLock();
    const { packages } = lock;
    // Node's lookup from a package's folder up, node_modules folders skipped; the walk breadth first.
    const resolve = (from: string, name: string) => {
      const parts = from.split('/');
      for (let end = parts.length; end >= 0; end--) {
        if (parts[end - 1] === 'node_modules') continue;
        const key = [...parts.slice(0, end), 'node_modules', name].join('/');
        if (packages[key]) return key;
      }
      return undefined;
    };
    const walk = (dir: string, includeDev: boolean) => {
      const fields = (key: string) => ['dependencies', ...(key === dir && includeDev ? ['devDependencies'] : [])];
      const found = new Set<string>();
      const queue = [dir];
      for (const key of queue) {
        for (const field of fields(key)) {
          for (const name of Object.keys(packages[key][field] ?? {})) {
            const hit = resolve(key, name);
            if (hit && !found.has(hit)) (found.add(hit), queue.push(hit));
          }
        }
      }
      return [...found].sort();
    };
    const sizes = new Set<number>();
    for (let i = 0; i < 30; i++) {
      for (const includeDev of [false, true]) {
        const closure = packageClosure(lock, `layers/l${i}`, { includeDev }).map((e) => e.path);
        expect(closure, `layers/l${i}${includeDev ? ' with devDependencies' : ''}`).toEqual(walk(`layers/l${i}`, includeDev));
        sizes.add(closure.length);
      }
    }
    expect(Math.min(...sizes)).toBeLessThan(Object.keys(packages).length / 32);
    expect(Math.max(...sizes)).toBeGreaterThan(Object.keys(packages).length / 4);
  });

  it('returns nothing for a folder the lockfile does not know, and rejects lockfile v1 with what to do', () => {
    expect(packageClosure(npmLock, 'layers/other')).toEqual([]);
    expect(() => packageClosure({ lockfileVersion: 1, dependencies: {} }, '')).toThrow(/lockfileVersion 1\); regenerate it with npm 7 or later/);
  });
});

describe('resolveNode and dependencyNames', () => {
  // Node's own rule, folder by folder: <dir>/node_modules/<name> from the package up, never inside node_modules itself.
  const walkUp = (packages: Record<string, unknown>, from: string, name: string) => {
    for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/')))) {
      const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
      const isNodeModules = dir === 'node_modules' || dir.endsWith('/node_modules');
      if (!isNodeModules && typeof packages[candidate] === 'object' && packages[candidate] !== null) return candidate;
      if (dir === '') return undefined;
    }
  };
  const packages: Record<string, unknown> = {
    '': {},
    'node_modules/ms': {},
    'node_modules/@s/ms': {},
    'node_modules/a': {},
    'node_modules/a/node_modules/ms': {},
    'node_modules/a/node_modules/b': {},
    'node_modules/a/node_modules/b/node_modules/@s/ms': {},
    'node_modules/node_modules/c': {},
    'node_modules/c': 'not an entry',
    'packages/x': {},
    'packages/x/node_modules/ms': {},
    'packages/xnode_modules/d': {},
    'packages/node_modules/d': {},
    'packages/x/deep/node_modules/e': {},
  };

  it('finds the nearest copy at or above the package, as walking its folders does', () => {
    const froms = ['', 'node_modules/a', 'node_modules/a/node_modules/b', 'node_modules/ms', 'packages/x', 'packages/x/deep', 'packages/xnode', 'packages/y'];
    const names = ['ms', '@s/ms', 'b', 'c', 'd', 'e', 'absent'];
    for (const from of froms) {
      for (const name of names) expect(resolveNode(packages, from, name), `${from} -> ${name}`).toBe(walkUp(packages, from, name));
    }
    expect(resolveNode(packages, 'node_modules/a/node_modules/b', 'ms')).toBe('node_modules/a/node_modules/ms');
    expect(resolveNode(packages, 'packages/x', 'd')).toBe('packages/node_modules/d');
    expect(resolveNode(packages, '', 'c')).toBeUndefined();
  });

  it('lists each production dependency once, optional peers left out, devDependencies when asked', () => {
    const entry = {
      dependencies: { a: '1', b: '1' },
      optionalDependencies: { b: '1', c: '1' },
      peerDependencies: { a: '1', d: '1', e: '1' },
      peerDependenciesMeta: { e: { optional: true } },
      devDependencies: { f: '1', a: '1' },
    };
    expect(dependencyNames(entry, false)).toEqual(['a', 'b', 'c', 'd']);
    expect(dependencyNames(entry, true)).toEqual(['a', 'b', 'c', 'd', 'f']);
    expect(dependencyNames({ peerDependencies: { e: '1' }, peerDependenciesMeta: { e: { optional: true } } }, false)).toEqual([]);
    expect(dependencyNames({}, true)).toEqual([]);
  });
});

describe('packageClosure (pnpm-lock.yaml)', () => {
  it('v9: importers, workspace links, snapshots with peer suffixes', () => {
    const lock = parseYaml(`
lockfileVersion: '9.0'
importers:
  .:
    devDependencies:
      vitest: { specifier: ^4.0.0, version: 4.0.0 }
  layers/api:
    dependencies:
      '@acme/util': { specifier: workspace:*, version: link:../../packages/util }
      react-dom: { specifier: ^18.0.0, version: 18.3.1(react@18.3.1) }
  packages/util:
    dependencies:
      lodash: { specifier: ^4.17.0, version: 4.17.21 }
packages:
  lodash@4.17.21: { resolution: { integrity: sha512-lodash } }
  react@18.3.1: { resolution: { integrity: sha512-react } }
  react-dom@18.3.1: { resolution: { integrity: sha512-react-dom } }
  vitest@4.0.0: { resolution: { integrity: sha512-vitest } }
snapshots:
  lodash@4.17.21: {}
  react@18.3.1: {}
  react-dom@18.3.1(react@18.3.1):
    dependencies:
      react: 18.3.1
  vitest@4.0.0: {}
`);
    const closure = packageClosure(lock, 'layers/api');
    expect(ids(closure)).toEqual([
      'lodash@4.17.21 lodash@4.17.21',
      'packages/util @acme/util@ link',
      'react-dom@18.3.1(react@18.3.1) react-dom@18.3.1',
      'react@18.3.1 react@18.3.1',
    ]);
    expect(closure.find((e) => e.name === 'react-dom')!.integrity).toBe('sha512-react-dom');
    // The root's own devDependencies: what a workspace package's build may run (detect's closureStarts).
    expect(ids(packageClosure(lock, '.', { includeDev: true }))).toEqual(['vitest@4.0.0 vitest@4.0.0']);
    expect(ids(packageClosure(lock, '.'))).toEqual([]);
  });

  it('v6: packages keyed /name@version carry their own dependencies', () => {
    const lock = parseYaml(`
lockfileVersion: '6.0'
importers:
  layers/py-helper:
    dependencies:
      debug: { specifier: ^4.0.0, version: 4.3.4 }
packages:
  /debug@4.3.4:
    resolution: { integrity: sha512-debug }
    dependencies:
      ms: 2.1.2
  /ms@2.1.2:
    resolution: { integrity: sha512-ms }
`);
    expect(ids(packageClosure(lock, 'layers/py-helper'))).toEqual(['/debug@4.3.4 debug@4.3.4', '/ms@2.1.2 ms@2.1.2']);
  });

  it('rejects pnpm lockfile v5 with what to do', () => {
    expect(() => packageClosure({ lockfileVersion: 5.4, importers: {} }, '')).toThrow(/lockfileVersion 5.4 is not supported; regenerate it with pnpm 8/);
  });
});

describe('diffClosures', () => {
  const e = (name: string, version: string, integrity = `sha-${name}-${version}`): LockEntry => ({ path: `node_modules/${name}`, name, version, integrity });

  it('lists bumps, additions, removals and re-resolutions; workspace links are not lockfile changes', () => {
    const before = [e('a', '1.0.0'), e('b', '1.0.0'), e('c', '1.0.0'), e('d', '1.0.0'), { path: 'packages/u', name: 'u', version: '1', link: true }];
    const after = [e('a', '1.1.0'), e('b', '1.0.0'), e('d', '1.0.0', 'other'), e('n', '2.0.0'), { path: 'packages/u', name: 'u', version: '2', link: true }];
    expect(diffClosures(before, after)).toEqual(['a@1.0.0 -> 1.1.0', '-c@1.0.0', 'd@1.0.0 -> 1.0.0 (re-resolved)', '+n@2.0.0']);
    expect(diffClosures(after, after)).toEqual([]);
  });

  it('keeps several versions of one package apart', () => {
    const before = [e('ms', '2.0.0'), { ...e('ms', '3.0.0'), path: 'node_modules/x/node_modules/ms' }];
    expect(diffClosures(before, [e('ms', '2.0.0')])).toEqual(['-ms@3.0.0']);
  });

  it('looks at the packages of every path the two do not share, and at all copies of their names', () => {
    const nested = (at: string, entry: LockEntry): LockEntry => ({ ...entry, path: `node_modules/${at}/node_modules/${entry.name}` });
    // ms moved from nested to hoisted at the same version: no change. debug has two copies and one of them is bumped.
    const before = [e('a', '1.0.0'), nested('a', e('ms', '2.1.3')), e('debug', '4.0.0'), nested('x', e('debug', '3.0.0'))];
    const after = [e('a', '1.0.0'), e('debug', '4.0.0'), e('ms', '2.1.3'), nested('x', e('debug', '3.2.0'))];
    expect(diffClosures(before, after)).toEqual(['debug@3.0.0 -> 3.2.0']);
    expect(diffClosures(after, before)).toEqual(['debug@3.2.0 -> 3.0.0']);
    // The same entries at other paths, then one more: only the new one is a change.
    expect(diffClosures(before, [...before, e('zod', '3.0.0')])).toEqual(['+zod@3.0.0']);
  });
});

describe('workspaceLinks', () => {
  /** The folders reached by following the links from `dir`. */
  const followed = (links: Map<string, string[]>, dir: string) => {
    const found = new Set<string>();
    const queue = [dir];
    for (let next = 0; next < queue.length; next++) for (const f of links.get(queue[next]) ?? []) if (!found.has(f)) (found.add(f), queue.push(f));
    return [...found].sort();
  };
  const walked = (lock: unknown, dir: string) =>
    packageClosure(lock, dir)
      .filter((e) => e.link && !e.path.includes('node_modules/'))
      .map((e) => e.path)
      .sort();

  it("gives the workspace folders each folder's closure reaches, found as a walk finds them", () => {
    const chained: { packages: Record<string, any> } = structuredClone(npmLock);
    // util links to core under another name (`file:`), which the manifests' names alone would miss.
    chained.packages['packages/util'].dependencies = { ...chained.packages['packages/util'].dependencies, corelib: 'file:../core' };
    chained.packages['node_modules/corelib'] = { resolved: 'packages/core', link: true };
    chained.packages['packages/core'] = { name: '@acme/core', version: '0.1.0', dependencies: { ms: '^2.1.0' } };
    for (const lock of [npmLock, chained]) {
      const links = workspaceLinks(lock)!;
      for (const dir of ['layers/api', 'packages/util', 'packages/core', '']) expect(followed(links, dir), dir).toEqual(walked(lock, dir));
    }
    expect(followed(workspaceLinks(chained)!, 'layers/api')).toEqual(['packages/core', 'packages/util']);
  });

  it('gives up when a package from the registry depends on a workspace package: only a walk finds what it reaches', () => {
    const viaRegistry: { packages: Record<string, any> } = structuredClone(npmLock);
    viaRegistry.packages['node_modules/debug'].dependencies = { ...viaRegistry.packages['node_modules/debug'].dependencies, '@acme/util': '*' };
    expect(workspaceLinks(viaRegistry)).toBeUndefined();
    expect(workspaceLinks({ lockfileVersion: '9.0', importers: {} })).toBeUndefined();
  });
});

describe('hoistedPrograms and hoistedPackage', () => {
  const lock = {
    lockfileVersion: 3,
    packages: {
      '': { name: 'acme', workspaces: ['packages/*'] },
      'node_modules/@acme/tsc-lite': { version: '1.0.0', bin: { 'tsc-lite': 'cli.js', tscl: 'cli.js' }, dependencies: { ms: '^2.1.0' } },
      'node_modules/ms': { version: '2.1.3' },
      'node_modules/debug': { version: '4.3.4', dependencies: { ms: '^2.1.0' } },
      'packages/web/node_modules/vite-lite': { version: '5.0.0', bin: { 'vite-lite': 'bin.js' } },
    },
  };

  it("gives the programs of the root's node_modules by name, not those installed under a package", () => {
    expect([...hoistedPrograms(lock)!]).toEqual([
      ['tsc-lite', '@acme/tsc-lite'],
      ['tscl', '@acme/tsc-lite'],
    ]);
    expect(hoistedPrograms({ lockfileVersion: '9.0', importers: {} })).toBeUndefined();
  });

  it('gives a hoisted package with what it installs, by path', () => {
    expect(hoistedPackage(lock, '@acme/tsc-lite').map((e) => `${e.path} ${e.version}`)).toEqual(['node_modules/@acme/tsc-lite 1.0.0', 'node_modules/ms 2.1.3']);
    expect(hoistedPackage(lock, 'vite-lite')).toEqual([]);
  });
});

describe('touchedKeys and closureTouched', () => {
  type Lock = typeof npmLock & { packages: Record<string, any> };
  const mutated = (change: (packages: Record<string, any>) => void): Lock => {
    const lock = structuredClone(npmLock) as Lock;
    change(lock.packages);
    return lock;
  };
  const full = (entries: readonly LockEntry[]) => entries.map((e) => JSON.stringify(e));
  const MUTATIONS: [string, (p: Record<string, any>) => void][] = [
    ['bump a shared package', (p) => Object.assign(p['node_modules/lodash'], { version: '4.17.22', integrity: 'sha512-new' })],
    ['re-resolve one', (p) => (p['node_modules/debug'].integrity = 'sha512-other')],
    ['add a package nobody uses', (p) => (p['node_modules/left-pad'] = { version: '1.3.0', integrity: 'sha512-lp' })],
    ['drop a nested copy nobody resolves to', (p) => delete p['layers/api/node_modules/ms']],
    ['depend on the nested copy', (p) => (p['layers/api'].dependencies = { ...p['layers/api'].dependencies, ms: '^3.0.0' })],
    ['shadow a hoisted package under its dependent', (p) => (p['node_modules/debug/node_modules/ms'] = { version: '9.0.0', integrity: 'sha512-ms9' })],
    ['drop the hoisted copy a package resolved to', (p) => delete p['node_modules/ms']],
    ['point a link at a new folder', (p) => {
      p['node_modules/@acme/util'].resolved = 'packages/util2';
      p['packages/util2'] = { name: '@acme/util', version: '0.2.0' };
    }],
    ['drop the folder a link points at', (p) => delete p['packages/util']],
    ['make an optional peer required and present', (p) => {
      p['node_modules/debug'].peerDependenciesMeta = {};
      p['node_modules/supports-color'] = { version: '9.0.0', integrity: 'sha512-sc' };
    }],
    ['drop the starting package', (p) => delete p['layers/api']],
    ['add a dev dependency', (p) => (p['layers/api'].devDependencies = { ...p['layers/api'].devDependencies, vitest: '^4.0.0' })],
  ];

  it('marks every closure that differs at the base (checked against walking both lockfiles)', () => {
    let differing = 0;
    for (const [what, change] of MUTATIONS) {
      const after = mutated(change);
      const touched = touchedKeys(npmLock, after)!;
      for (const dir of ['layers/api', 'packages/util', '', 'packages/util2']) {
        const [old, now] = [packageClosure(npmLock, dir), packageClosure(after, dir)];
        if (full(old).join() !== full(now).join()) {
          differing++;
          expect(closureTouched(after, touched)(dir, false), `${what}: ${dir}`).toBe(true);
        }
      }
    }
    expect(differing).toBeGreaterThanOrEqual(9);
  });

  it('tells from one reverse walk what a scan of each closure, devDependencies or not, tells', () => {
    for (const [what, change] of MUTATIONS) {
      const after = mutated(change);
      const touched = touchedKeys(npmLock, after)!;
      const reaches = closureTouched(after, touched);
      for (const dir of ['layers/api', 'packages/util', '', '.', 'packages/util2', 'layers/none']) {
        for (const includeDev of [false, true]) {
          const root = dir === '.' ? '' : dir;
          const scanned = touched.has(root) || packageClosure(after, dir, { includeDev }).some((e) => touched.has(e.path));
          expect(reaches(dir, includeDev), `${what}: ${dir}${includeDev ? ' with devDependencies' : ''}`).toBe(scanned);
        }
      }
    }
  });

  it('closuresAtBase gives the closures walked at the base, devDependencies included', () => {
    for (const [what, change] of MUTATIONS) {
      const after = mutated(change);
      const sameWalks = closuresAtBase(npmLock, after, touchedKeys(npmLock, after)!);
      if (!sameWalks) continue;
      for (const dir of ['layers/api', 'packages/util', '']) {
        for (const includeDev of [false, true]) {
          const atBase = sameWalks(packageClosure(after, dir, { includeDev }));
          expect(full(atBase), `${what}: ${dir}${includeDev ? ' with devDependencies' : ''}`).toEqual(full(packageClosure(npmLock, dir, { includeDev })));
        }
      }
    }
  });

  it('a bump reads as the same reasons from the touched names alone as from both closures walked whole', () => {
    let bumps = 0;
    for (const [what, change] of MUTATIONS) {
      const after = mutated(change);
      const touched = touchedKeys(npmLock, after)!;
      const sameWalks = closuresAtBase(npmLock, after, touched);
      const namesakes = touchedNamesakes(after, touched);
      if (!sameWalks || !namesakes) continue;
      bumps++;
      for (const dir of ['layers/api', 'packages/util', '', 'layers/none']) {
        for (const includeDev of [false, true]) {
          const walked = diffClosures(packageClosure(npmLock, dir, { includeDev }), packageClosure(after, dir, { includeDev }));
          const now = namesakes(dir, includeDev);
          expect(diffClosures(sameWalks(now), now), `${what}: ${dir}${includeDev ? ' with devDependencies' : ''}`).toEqual(walked);
        }
      }
    }
    expect(bumps).toBe(2);
    expect(touchedNamesakes(npmLock, new Set(['node_modules/ms']), 0)).toBeUndefined();
  });

  it('leaves alone closures a change cannot reach', () => {
    const untouched = (what: string, dir: string) => {
      const after = mutated(MUTATIONS.find(([name]) => name === what)![1]);
      return !closureTouched(after, touchedKeys(npmLock, after)!)(dir, false);
    };
    expect(untouched('add a package nobody uses', 'layers/api')).toBe(true);
    expect(untouched('drop a nested copy nobody resolves to', 'layers/api')).toBe(true);
    expect(untouched('re-resolve one', 'packages/util')).toBe(true);
    expect(untouched('re-resolve one', 'layers/api')).toBe(false);
    expect(touchedKeys(npmLock, structuredClone(npmLock))).toEqual(new Set());
  });

  it('gives the closures at the base without walking it when the change keeps every walk, else leaves them to walk', () => {
    const packagesOf = (entries: readonly LockEntry[]) => full(entries.filter((e) => !e.link));
    const kept: string[] = [];
    for (const [what, change] of MUTATIONS) {
      // Both ways: the change made, and undone.
      for (const [before, after] of [[npmLock, mutated(change)], [mutated(change), npmLock]]) {
        const atBase = closuresAtBase(before, after, touchedKeys(before, after)!);
        if (!atBase) continue;
        kept.push(what);
        for (const dir of ['layers/api', 'packages/util', '', 'packages/util2']) {
          expect(packagesOf(atBase(packageClosure(after, dir))), `${what}: ${dir}`).toEqual(packagesOf(packageClosure(before, dir)));
        }
      }
    }
    // A new devDependency changes the walk of a package that is built (its devDependencies are walked): walked again.
    expect([...new Set(kept)]).toEqual(['bump a shared package', 're-resolve one']);
  });

  it('gives up on pnpm and yarn lockfiles: their closures are walked at both commits', () => {
    expect(touchedKeys({ lockfileVersion: '9.0', importers: {} }, npmLock)).toBeUndefined();
    expect(touchedKeys(npmLock, { yarnLockfile: 'berry', entries: {} })).toBeUndefined();
  });
});
