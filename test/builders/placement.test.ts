import { describe, expect, it } from 'vitest';
import { dependencyGraph, placePackages, type DependencyGraph } from '../../src/builders/placement';

const graph = (edges: Record<string, Record<string, string>>): DependencyGraph =>
  new Map(Object.entries(edges).map(([key, deps]) => [key, new Map(Object.entries(deps))]));

describe('dependencyGraph', () => {
  it('resolves from each real folder as Node does, following workspace links to their folder', () => {
    const packages = {
      '': { name: 'acme', workspaces: ['layers/*', 'packages/*'] },
      'layers/api': { dependencies: { '@acme/shared': '*', 'left-pad': '^1.0.0' }, devDependencies: { vitest: '*' } },
      'layers/api/node_modules/left-pad': { version: '1.0.0' },
      'node_modules/@acme/shared': { resolved: 'packages/shared', link: true },
      'node_modules/left-pad': { version: '2.0.0' },
      'node_modules/vitest': { version: '4.0.0', dev: true },
      'node_modules/ms': { version: '2.1.3', dependencies: { debug: '*' } },
      'node_modules/ms/node_modules/debug': { version: '4.0.0' },
      'packages/shared': {
        name: '@acme/shared',
        dependencies: { 'left-pad': '^2.0.0', ms: '^2.0.0' },
        optionalDependencies: { fsevents: '*' },
      },
    };
    expect(dependencyGraph(packages, 'layers/api')).toEqual(
      graph({
        'layers/api': { '@acme/shared': 'packages/shared', 'left-pad': 'layers/api/node_modules/left-pad' },
        'layers/api/node_modules/left-pad': {},
        'packages/shared': { 'left-pad': 'node_modules/left-pad', ms: 'node_modules/ms' },
        'node_modules/left-pad': {},
        'node_modules/ms': { debug: 'node_modules/ms/node_modules/debug' },
        'node_modules/ms/node_modules/debug': {},
      }),
    );
  });
});

describe('placePackages', () => {
  it('puts the layer’s dependencies at the top and theirs as high as they can go', () => {
    const placed = placePackages(
      graph({ L: { a: 'A', b: 'B' }, A: { c: 'C' }, B: { c: 'C' }, C: {} }),
      'L',
    );
    expect(Object.fromEntries(placed)).toEqual({ 'node_modules/a': 'A', 'node_modules/b': 'B', 'node_modules/c': 'C' });
  });

  it('nests a second version under the package that wants it', () => {
    const placed = placePackages(
      graph({ L: { '@acme/shared': 'WS', 'left-pad': 'LP1' }, WS: { 'left-pad': 'LP2', ms: 'MS' }, LP1: {}, LP2: {}, MS: {} }),
      'L',
    );
    expect(Object.fromEntries(placed)).toEqual({
      'node_modules/@acme/shared': 'WS',
      'node_modules/@acme/shared/node_modules/left-pad': 'LP2',
      'node_modules/left-pad': 'LP1',
      'node_modules/ms': 'MS',
    });
  });

  it('does not hoist a package where it would hide another version from a package placed before it', () => {
    // p and q must nest under a (the layer holds other versions at the top). p finds the top y@1; q wants y@2, which
    // under a would hide y@1 from p: it goes under q.
    const edges = graph({ L: { a: 'A', p: 'P0', q: 'Q0', y: 'Y1' }, A: { p: 'P', q: 'Q' }, P: { y: 'Y1' }, Q: { y: 'Y2' }, P0: {}, Q0: {}, Y1: {}, Y2: {} });
    const placed = placePackages(edges, 'L');
    expect(Object.fromEntries(placed)).toEqual({
      'node_modules/a': 'A',
      'node_modules/a/node_modules/p': 'P',
      'node_modules/a/node_modules/q': 'Q',
      'node_modules/a/node_modules/q/node_modules/y': 'Y2',
      'node_modules/p': 'P0',
      'node_modules/q': 'Q0',
      'node_modules/y': 'Y1',
    });
    expect(resolves(placed, 'L', edges)).toBe(true);
  });

  it('places each package of a cycle once', () => {
    const placed = placePackages(graph({ L: { a: 'A' }, A: { b: 'B' }, B: { a: 'A' } }), 'L');
    expect(Object.fromEntries(placed)).toEqual({ 'node_modules/a': 'A', 'node_modules/b': 'B' });
  });

  it('gives up with advice on a cycle of conflicting versions, which no finite tree can hold', () => {
    const edges = graph({ L: { a: 'A0' }, A0: { b: 'B0' }, B0: { a: 'A1' }, A1: { b: 'B1' }, B1: { a: 'A0' } });
    expect(() => placePackages(edges, 'L')).toThrow(/cannot be laid out in one node_modules tree.*npm dedupe/);
  });

  it('keeps every resolution when many versions of one name meet', () => {
    const edges = graph({
      L: { a: 'A', b: 'B', c: 'C', x: 'X1' },
      A: { x: 'X2', c: 'C' },
      B: { x: 'X3', a: 'A' },
      C: { x: 'X2', b: 'B' },
      X1: {},
      X2: { a: 'A' },
      X3: { c: 'C' },
    });
    expect(resolves(placePackages(edges, 'L'), 'L', edges)).toBe(true);
  });

  it('finds every dependency from every package in random dependency graphs', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      // Packages are name@version, each depending on a few later names at a random version, so versions conflict
      // everywhere (a cycle of conflicting versions has no finite layout, in Node as in npm).
      const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
      const depsOf = (after: number) =>
        Object.fromEntries(names.slice(after).filter(() => random(3) === 0).map((n) => [n, `${n}@${random(3)}`]));
      const edges: Record<string, Record<string, string>> = { L: depsOf(0) };
      names.forEach((n, i) => [0, 1, 2].forEach((v) => (edges[`${n}@${v}`] = depsOf(i + 1))));
      const g = graph(edges);
      expect(resolves(placePackages(g, 'L'), 'L', g), `round ${round}`).toBe(true);
    }
  });
});

/** Whether, from every placed package and the root, Node's lookup finds the package the graph says. */
function resolves(placed: Map<string, string>, root: string, edges: DependencyGraph): boolean {
  const all = new Map([['', root], ...placed]);
  for (const [at, key] of all) {
    for (const [name, target] of edges.get(key)!) {
      const parts = at === '' ? [] : at.split('/node_modules/');
      const dirs = ['', ...parts.map((_, i) => parts.slice(0, i + 1).join('/node_modules/'))];
      const found = dirs.reverse().map((d) => (d ? `${d}/node_modules/${name}` : `node_modules/${name}`)).find((s) => all.has(s));
      if (!found || all.get(found) !== target) return false;
    }
  }
  return true;
}
