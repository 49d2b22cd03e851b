// Where each package of a nodejs layer goes below nodejs/, so that Node, resolving from every package, finds the very
// package the lockfile resolves to in the monorepo. The monorepo has several roots (the layer's folder, each workspace
// package, the repository's node_modules); a layer has one, so the layout is worked out again. Pure.
import { dependencyNames, resolveNode } from '../detect/lockfiles';
import { BuildError } from './command';

/** Per package (the lockfile key of its real folder), its production dependencies: name as required -> package. */
export type DependencyGraph = Map<string, Map<string, string>>;

/**
 * The packages reachable from lockfile key `from` in production, with links (workspace packages, `file:` folders)
 * replaced by the folder they point at. A dependency the lockfile does not hold (an optional one left out for this
 * platform, say) is no edge.
 */
export function dependencyGraph(packages: Record<string, any>, from: string): DependencyGraph {
  const graph: DependencyGraph = new Map();
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.pop()!;
    if (graph.has(at)) continue;
    const edges = new Map<string, string>();
    graph.set(at, edges);
    for (const name of dependencyNames(packages[at], false)) {
      const hit = resolveNode(packages, at, name);
      const target = hit !== undefined && packages[hit].link === true ? packages[hit].resolved : hit;
      if (typeof target !== 'string' || packages[target] === undefined) continue;
      edges.set(name, target);
      queue.push(target);
    }
  }
  return graph;
}

/** Copies per package beyond which a layout is not converging (a cycle of conflicting versions); real trees stay far below. */
const MAX_COPIES = 32;

/**
 * Placements below nodejs/ ('node_modules/a', 'node_modules/a/node_modules/b') -> package, for every package of
 * `graph` reachable from `root`, whose dependencies land in nodejs/node_modules. Breadth first, each package as high
 * as it can go without hiding another version from a package placed before it, so the tree is as flat as npm's.
 */
export function placePackages(graph: DependencyGraph, root: string): Map<string, string> {
  const placed = new Map<string, string>([['', root]]);
  // The dependencies already satisfied, by name: a later placement must not hide any of them.
  const satisfied = new Map<string, { from: string; target: string }[]>();
  const queue = [''];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i];
    const edges = [...(graph.get(placed.get(at)!) ?? [])].sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [name, target] of edges) {
      const found = resolveIn(placed, at, name);
      if (found === undefined || placed.get(found) !== target) {
        if (placed.size > MAX_COPIES * graph.size) {
          throw new BuildError(
            `the dependencies of ${target} cannot be laid out in one node_modules tree (a cycle of conflicting versions?); ` +
              'dedupe them in the monorepo (`npm dedupe`, or `overrides` in package.json) and commit package-lock.json.',
          );
        }
        const spot = highestSpot(placed, satisfied, at, name, target);
        placed.set(spot, target);
        queue.push(spot);
      }
      const list = satisfied.get(name) ?? [];
      list.push({ from: at, target });
      satisfied.set(name, list);
    }
  }
  placed.delete('');
  return new Map([...placed].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The highest free node_modules on `at`'s way up where `target` is found from `at` and hides nothing placed before. */
function highestSpot(
  placed: Map<string, string>,
  satisfied: Map<string, { from: string; target: string }[]>,
  at: string,
  name: string,
  target: string,
): string {
  const dirs = packageDirs(at);
  let best = spotIn(at, name);
  for (let i = dirs.length - 1; i >= 0; i--) {
    const spot = spotIn(dirs[i], name);
    // Anything above an occupied spot is hidden from `at` by it.
    if (placed.has(spot)) break;
    const hides = (satisfied.get(name) ?? []).some((edge) => {
      if (edge.target === target || !isBelow(edge.from, dirs[i])) return false;
      const current = resolveIn(placed, edge.from, name);
      return current === undefined || dirOf(current, name).length < dirs[i].length;
    });
    if (!hides) best = spot;
  }
  return best;
}

/** Node's lookup from the package placed at `at`: the nearest `<dir>/node_modules/<name>` on the way up. */
function resolveIn(placed: Map<string, string>, at: string, name: string): string | undefined {
  const dirs = packageDirs(at);
  for (let i = dirs.length - 1; i >= 0; i--) {
    const spot = spotIn(dirs[i], name);
    if (placed.has(spot)) return spot;
  }
  return undefined;
}

/** The package folders from the root down to `at`: '', 'node_modules/a', 'node_modules/a/node_modules/b'. */
function packageDirs(at: string): string[] {
  if (at === '') return [''];
  const parts = at.split('/node_modules/');
  return ['', ...parts.map((_, i) => parts.slice(0, i + 1).join('/node_modules/'))];
}

const spotIn = (dir: string, name: string) => (dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`);
const dirOf = (spot: string, name: string) => spot.slice(0, Math.max(0, spot.length - `/node_modules/${name}`.length));
const isBelow = (at: string, dir: string) => dir === '' || at === dir || at.startsWith(`${dir}/`);
