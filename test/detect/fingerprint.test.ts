import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { closureDigests, fingerprint, graphDigests } from '../../src/detect/fingerprint';
import { closureGraph, packageClosure, type ClosureGraph, type LockEntry } from '../../src/detect/lockfiles';
import type { LayerConfig } from '../../src/types';
import { generatedNpmLock } from './lockfiles/generated';

const LAYER: LayerConfig = {
  key: 'api-deps', type: 'nodejs', path: 'layers/api', layerName: 'acme-api-deps', runtimes: ['nodejs22.x'],
  architectures: ['arm64'], inputs: ['config/**'], exclude: [], slim: [], shareWith: [], timeoutMinutes: 30, allowScripts: [], regions: ['us-east-1'],
};
const entry = (path: string, name: string, version: string, integrity?: string, link?: boolean): LockEntry => ({ path, name, version, integrity, link });
// Two copies of one package (hoisted and nested, same version and integrity), a link, and ids that sort differently
// by code unit than by locale ('Z' before 'a', '@' before letters).
const CLOSURE = [
  entry('node_modules/zod', 'zod', '3.23.8', 'sha512-zod'),
  entry('node_modules/@scope/a', '@scope/a', '1.0.0', 'sha512-a'),
  entry('node_modules/Zeta', 'Zeta', '2.0.0'),
  entry('node_modules/ms', 'ms', '2.1.3', 'sha512-ms'),
  entry('node_modules/debug/node_modules/ms', 'ms', '2.1.3', 'sha512-ms'),
  entry('packages/util', '@acme/util', '0.1.0', undefined, true),
];
const PARTS = { own: 'a'.repeat(64), packages: [['packages/util', 'b'.repeat(64)], ['packages/core', 'c'.repeat(64)]] as const };

const [PRODUCTION, BUILD] = closureDigests([CLOSURE, [CLOSURE[3]]]);
const LOCK = [['production layers/api', PRODUCTION], ['build packages/util', BUILD]] as const;

describe('fingerprint', () => {
  // Published layer versions carry their fingerprint: if this value moves, every layer of every user is rebuilt once.
  // Change it only together with BUILDER_VERSION, on purpose (2: inputs per layer type, `exclude`; 3: the lockfile as
  // one digest per closure, so that a closure shared by many layers is hashed once; 4: a closure's digest over its
  // packages' own digests, and an npm lockfile's closures over its dependency graph, graphDigests below).
  it('is the value published versions were stamped with', () => {
    expect(fingerprint(LAYER, { ...PARTS, lockfile: LOCK })).toBe('e8e1503cfd69ceb0482627eb18c3866da4d23b0df581715e9345a4ccec3f5921');
  });

  it('does not depend on the order of the closures, their entries or the packages', () => {
    const [reversed] = closureDigests([[...CLOSURE].reverse()]);
    const shuffled = { own: PARTS.own, packages: [...PARTS.packages].reverse(), lockfile: [LOCK[1], [LOCK[0][0], reversed] as const] };
    expect(fingerprint(LAYER, shuffled)).toBe(fingerprint(LAYER, { ...PARTS, lockfile: LOCK }));
  });

  it('changes with any closure, and with where it comes from', () => {
    const base = fingerprint(LAYER, { ...PARTS, lockfile: LOCK });
    const [bumped] = closureDigests([CLOSURE.map((e) => (e.name === 'zod' ? { ...e, version: '3.23.9' } : e))]);
    expect(fingerprint(LAYER, { ...PARTS, lockfile: [[LOCK[0][0], bumped], LOCK[1]] })).not.toBe(base);
    expect(fingerprint(LAYER, { ...PARTS, lockfile: [LOCK[0], ['build packages/core', BUILD]] })).not.toBe(base);
    expect(fingerprint(LAYER, { ...PARTS, lockfile: [LOCK[0]] })).not.toBe(base);
  });
});

describe('closureDigests', () => {
  // What each digest is defined as: sha256 over the first 16 bytes of each id's sha256, the ids sorted by code unit
  // and unique.
  const idDigest = (id: string) => createHash('sha256').update(id).digest().subarray(0, 16);
  const reference = (closure: readonly LockEntry[]) => {
    const ids = closure.filter((e) => !e.link).map((e) => `${e.name}@${e.version ?? '?'} ${e.integrity ?? e.resolved ?? ''}`);
    return createHash('sha256').update(Buffer.concat([...new Set(ids)].sort().map(idDigest))).digest('hex');
  };

  it("hashes each closure's ids sorted by code unit and unique, links left out", () => {
    const other = [CLOSURE[3], entry('node_modules/ms', 'ms', '3.0.0', 'sha512-ms3'), entry('node_modules/left-pad', 'left-pad', '1.3.0', undefined)];
    other[2].resolved = 'https://r/left-pad-1.3.0.tgz';
    const closures = [CLOSURE, other, [], [CLOSURE[5]]];
    expect(closureDigests(closures)).toEqual(closures.map(reference));
    const sorted = ['left-pad@1.3.0 https://r/left-pad-1.3.0.tgz', 'ms@2.1.3 sha512-ms', 'ms@3.0.0 sha512-ms3'];
    expect(reference(other)).toBe(createHash('sha256').update(Buffer.concat(sorted.map(idDigest))).digest('hex'));
  });

  it('agrees with its definition on many closures of one lockfile, multi-byte ids among them', () => {
    // Shared entries, ranks in runs and apart, copies of one id at two paths, ids of 2- and 4-byte characters.
    const pool = Array.from({ length: 300 }, (_, i) =>
      entry(`node_modules/p${i}`, i % 7 === 0 ? `é-${i % 40}` : `p${i % 120}`, i % 11 === 0 ? '😀' : `1.${i % 3}.0`, i % 5 === 0 ? undefined : `sha512-${i % 90}`),
    );
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const closures = Array.from({ length: 60 }, (_, i) => pool.filter(() => random() < (i % 4) / 4 + 0.1));
    // Closures of a few entries among many ids are sorted, not marked: one id at two paths among them.
    const small = [[pool[10]], [pool[200], pool[3], { ...pool[3], path: 'node_modules/x/node_modules/p3' }]];
    expect(closureDigests([...closures, ...small])).toEqual([...closures, ...small].map(reference));
  });

  it('digest what a closure installs: the same packages hoisted elsewhere digest the same, links do not count', () => {
    const moved = CLOSURE.filter((e) => !e.link).map((e) => ({ ...e, path: `layers/x/${e.path}` }));
    expect(closureDigests([moved, CLOSURE, []])).toEqual([PRODUCTION, PRODUCTION, closureDigests([[]])[0]]);
    expect(PRODUCTION).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('graphDigests', () => {
  // 0 links to a workspace folder that needs a and b; a and c need each other; b needs c; d stands alone; e is reached
  // by nothing asked.
  const IDS = [undefined, 'a@1 sha512-a', 'b@1 sha512-b', 'c@1 sha512-c', 'd@1 sha512-d', 'e@1 sha512-e'];
  const EDGES = [[1, 2], [3], [3], [1], [], [4]];
  const graphOf = (ids: (string | undefined)[], edges: number[][]): ClosureGraph => ({
    size: ids.length,
    id: (node) => ids[node],
    edges: (node) => edges[node],
    starts: () => [],
  });
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const graphDigestsOf = (lock: unknown, starts: readonly (readonly [string, boolean])[]) => {
    const graph = closureGraph(lock)!;
    return graphDigests(graph, starts.map(([dir, includeDev]) => graph.starts(dir, includeDev)));
  };

  it('hashes each strongly connected component once, over its ids and the digests of those it needs', () => {
    // What each digest is defined as: a component's, the first 32 hex digits of sha256 over its ids (sorted, joined
    // by newlines), NUL, then the digests of the components it depends on (sorted); a closure's, sha256 over those of
    // the components where it starts (sorted, unique).
    const ac = sha('a@1 sha512-a\nc@1 sha512-c\0').slice(0, 32);
    const b = sha(`b@1 sha512-b\0${ac}`).slice(0, 32);
    const link = sha(`\0${[ac, b].sort().join('')}`).slice(0, 32);
    const d = sha('d@1 sha512-d\0').slice(0, 32);
    const digests = graphDigests(graphOf(IDS, EDGES), [[1, 2], [3], [1, 3], [0], [4, 2], []]);
    expect(digests).toEqual([sha([ac, b].sort().join('')), sha(ac), sha(ac), sha(link), sha([d, b].sort().join('')), sha('')]);
    // Published layer versions carry fingerprints made of these: change the value only with BUILDER_VERSION.
    expect(digests[0]).toBe('6244341c271c4fd80daa1e44fc401566d8d0490fb52c2594079e4b56181f7ac1');
  });

  it('does not depend on how the nodes are numbered', () => {
    const renumber = [4, 0, 5, 2, 1, 3];
    const ids: (string | undefined)[] = [];
    const edges: number[][] = [];
    IDS.forEach((id, node) => ((ids[renumber[node]] = id), (edges[renumber[node]] = EDGES[node].map((to) => renumber[to]))));
    const closures = [[1, 2], [0], [4, 2]];
    expect(graphDigests(graphOf(ids, edges), closures.map((c) => c.map((node) => renumber[node])))).toEqual(graphDigests(graphOf(IDS, EDGES), closures));
  });

  it("changes for exactly the npm closures that reach a changed package, and not where npm hoisted one", () => {
    const lock = generatedNpmLock();
    const starts = Array.from({ length: 30 }, (_, i) => [[`layers/l${i}`, false], [`layers/l${i}`, true]] as const).flat();
    const digestsOf = (changed: typeof lock) => graphDigestsOf(changed, starts);
    const before = digestsOf(lock);
    let reached = 0;
    for (const key of ['node_modules/p8', 'node_modules/p101', 'node_modules/p3/node_modules/p103', 'node_modules/p150']) {
      const bumped = structuredClone(lock);
      bumped.packages[key].version = '9.9.9';
      const after = digestsOf(bumped);
      starts.forEach(([dir, includeDev], i) => {
        const reaches = packageClosure(lock, dir, { includeDev }).some((e) => e.path === key);
        reached += Number(reaches);
        expect(after[i] !== before[i], `${key} from ${dir}${includeDev ? ' with devDependencies' : ''}`).toBe(reaches);
      });
    }
    expect(reached).toBeGreaterThan(10);
    // The same packages with one nested under its only dependent rather than hoisted: installed the same.
    const hoisted = {
      lockfileVersion: 3,
      packages: {
        '': { name: 'acme' },
        'layers/x': { name: 'x', dependencies: { a: '*' } },
        'node_modules/a': { version: '1.0.0', integrity: 'sha512-a', dependencies: { b: '*' } },
        'node_modules/b': { version: '2.0.0', integrity: 'sha512-b', dependencies: { c: '*' } },
        'node_modules/c': { version: '3.0.0', integrity: 'sha512-c' },
      } as Record<string, any>,
    };
    const nested = structuredClone(hoisted);
    nested.packages['node_modules/a/node_modules/b'] = nested.packages['node_modules/b'];
    delete nested.packages['node_modules/b'];
    expect(graphDigestsOf(nested, [['layers/x', false]])).toEqual(graphDigestsOf(hoisted, [['layers/x', false]]));
    expect(closureGraph({ lockfileVersion: '9.0', importers: {} })).toBeUndefined();
  });
});
