// package-lock.json and npm-shrinkwrap.json (lockfileVersion 2 and 3): closures walked over the `packages` map as
// Node resolves, and the keys a change touched, so that unchanged closures are not walked again at the base. Pure.
import { posix } from 'node:path';
import { ascending, byPath, isObject, packageId, type ClosureGraph, type ClosureOptions, type LockEntry, type RootLockfileFormat } from './entries';

export const npm: RootLockfileFormat = {
  files: ['npm-shrinkwrap.json', 'package-lock.json'],
  parse: (text) => JSON.parse(text),
  // pnpm and yarn are recognized first (index.ts): anything else is read as npm's.
  recognizes: (lock) => !isObject(lock.importers) && !('yarnLockfile' in lock),
  assertReadable(lock) {
    if (!isObject(lock.packages)) {
      throw new Error(
        `the lockfile has no "packages" map (lockfileVersion ${lock.lockfileVersion ?? 'unknown'}); ` +
          'regenerate it with npm 7 or later (lockfileVersion 2 or 3)',
      );
    }
  },
  closure: npmClosure,
};

/**
 * Production dependency closure of the package at repo-relative dir `fromDir`, resolved the way Node does from the
 * lockfile (nested node_modules first, then hoisted). Workspace links are followed into the workspace package's own
 * entry. Sorted by path.
 */
function npmClosure(record: Record<string, any>, fromDir: string, opts: ClosureOptions): readonly LockEntry[] {
  const packages: Record<string, any> = record.packages;
  const root = fromDir === '.' ? '' : fromDir;
  if (!isObject(packages[root])) return [];

  // A walk of the lockfile's dependency graph, resolved once per lockfile: many layers share the same packages.
  // A plan asks for the same closure twice (change detection, then the install scripts it would skip).
  const graph = graphFor(packages);
  const asked = `${root}\0${opts.includeDev === true}`;
  const known = graph.closures.get(asked);
  if (known) return known;
  // One walk at a time: the marks of this one are those equal to its number.
  const { seen, found } = graph;
  const walk = ++graph.walks;
  let count = 0;
  const reach = (edges: readonly number[]) => {
    for (let i = 0; i < edges.length; i++) {
      const to = edges[i];
      if (seen[to] !== walk) (seen[to] = walk), (found[count++] = to);
    }
  };
  reach(edgesOf(graph, graph.rank.get(root)!, opts.includeDev === true));
  for (let next = 0; next < count; next++) reach(edgesOf(graph, found[next], false));
  // Ranks follow path order: in order, they list the closure by path.
  const ranks = ascending(found.subarray(0, count), graph.held);
  const closure = new Array<LockEntry>(count);
  for (let i = 0; i < count; i++) closure[i] = entryOf(graph, ranks[i]);
  graph.closures.set(asked, closure);
  return closure;
}

/** An npm lockfile's packages as a ClosureGraph over the ranks of their keys; undefined for pnpm and yarn lockfiles. */
export function closureGraph(lock: unknown): ClosureGraph | undefined {
  const packages = npmPackages(lock);
  if (!packages) return undefined;
  const graph = graphFor(packages);
  return {
    size: graph.keys.length,
    id: (at) => {
      const entry = entryOf(graph, at);
      return entry.link ? undefined : packageId(entry);
    },
    edges: (at) => graph.edges[at] ?? edgesOf(graph, at, false),
    starts: (dir, includeDev) => firstEdges(graph, dir === '.' ? '' : dir, includeDev),
  };
}

/** One lockfile's `packages`, as a graph over the ranks of its keys in path order. */
interface NpmGraph {
  packages: Record<string, any>;
  keys: string[];
  rank: Map<string, number>;
  /** Per rank, filled on first visit: what its production dependencies resolve to (a link: the folder it points at). */
  edges: (number[] | undefined)[];
  /** The same with its devDependencies: a built package's, asked for by every layer that builds it. */
  devEdges: (number[] | undefined)[];
  /** Per rank, made once and shared by every closure that holds it. */
  entries: (LockEntry | undefined)[];
  /** The name a workspace folder is linked under, for its entry when the folder's own entry has no name. */
  linkNames: Map<number, string>;
  /** Closures already walked, by starting folder and includeDev: shared, never changed by their callers. */
  closures: Map<string, readonly LockEntry[]>;
  /** Per rank, the number of the last walk that reached it; walks so far; the ranks the current walk reached. */
  seen: Int32Array;
  walks: number;
  found: Int32Array;
  /** All zeros between uses: for ascending. */
  held: Uint8Array;
  /** Per rank, the ranks whose production dependencies resolve to it: for reverse walks, made on the first. */
  dependents?: number[][];
  /** hoistedPrograms, made on first use. */
  programs?: Map<string, string>;
}

const graphs = new WeakMap<object, NpmGraph>();

function graphFor(packages: Record<string, any>): NpmGraph {
  let graph = graphs.get(packages);
  if (!graph) {
    const keys = Object.keys(packages).sort();
    // Filled by rank in any order: preallocated, so that they stay plain arrays rather than hash tables.
    const slots = () => new Array(keys.length).fill(undefined);
    graph = {
      packages,
      keys,
      rank: new Map(keys.map((key, i) => [key, i])),
      edges: slots(),
      devEdges: slots(),
      entries: slots(),
      linkNames: new Map(),
      closures: new Map(),
      seen: new Int32Array(keys.length),
      walks: 0,
      found: new Int32Array(keys.length),
      held: new Uint8Array(keys.length),
    };
    graphs.set(packages, graph);
  }
  return graph;
}

function edgesOf(graph: NpmGraph, at: number, includeDev: boolean): number[] {
  const cache = includeDev ? graph.devEdges : graph.edges;
  const cached = cache[at];
  if (cached) return cached;
  const { packages, keys, rank } = graph;
  const key = keys[at];
  const node = packages[key];
  const edges: number[] = [];
  if (node.link === true) {
    const folder = linkTarget(packages, node);
    if (folder !== undefined) {
      const target = rank.get(folder)!;
      if (!graph.linkNames.has(target)) graph.linkNames.set(target, packageName(key));
      edges.push(target);
    }
  } else {
    for (const name of dependencyNames(node, includeDev)) {
      const hit = resolveNode(packages, key, name);
      if (hit !== undefined) edges.push(rank.get(hit)!);
    }
  }
  cache[at] = edges;
  return edges;
}

/** The workspace folder a link entry points at, when the lockfile has an entry for it. */
function linkTarget(packages: Record<string, any>, link: Record<string, any>): string | undefined {
  return typeof link.resolved === 'string' && isObject(packages[link.resolved]) ? link.resolved : undefined;
}

/** A key under node_modules is a package; any other key is a workspace folder, reached through a link. */
function entryOf(graph: NpmGraph, at: number): LockEntry {
  return (graph.entries[at] ??= entryFrom(graph, at, graph.packages[graph.keys[at]]));
}

/** The entry of rank `at`, made from `node`: its own node, or the same key's node in another version of the lockfile. */
function entryFrom(graph: NpmGraph, at: number, node: Record<string, any>): LockEntry {
  const key = graph.keys[at];
  return key.includes('node_modules/')
    ? toEntry(key, node, packageName(key))
    : { ...toEntry(key, node, graph.linkNames.get(at) ?? posix.basename(key)), link: true };
}

/** 'node_modules/a/node_modules/@s/b' -> '@s/b'. */
function packageName(key: string): string {
  return key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/**
 * The keys of an npm lockfile's `packages` whose dependency walk may differ at `before`: their entry changed, came or
 * went; a package they depend on came or went in a folder Node searches from them; the folder they link to came or
 * went. A closure whose starting package and entries are none of these is, entry for entry, the same at `before`
 * (closureTouched), so its walk there can be skipped. Undefined for pnpm and yarn lockfiles.
 */
export function touchedKeys(before: unknown, after: unknown): Set<string> | undefined {
  const [old, now] = [npmPackages(before), npmPackages(after)];
  if (!old || !now) return undefined;
  const touched = new Set<string>();
  const cameOrWent: string[] = [];
  for (const key of Object.keys(now)) {
    if (!(key in old)) cameOrWent.push(key);
    else if (!sameNode(old[key], now[key])) touched.add(key);
  }
  for (const key of Object.keys(old)) if (!(key in now)) cameOrWent.push(key);
  if (cameOrWent.length === 0) return touched;

  const dependents = new Map<string, string[]>();
  const linksTo = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, name: string, key: string) => {
    const list = map.get(name);
    if (list) list.push(key);
    else map.set(name, [key]);
  };
  for (const [key, node] of Object.entries<any>(now)) {
    if (!isObject(node)) touched.add(key);
    else if (node.link === true) add(linksTo, String(node.resolved), key);
    else for (const name of dependencyNames(node, true)) add(dependents, name, key);
  }
  for (const key of cameOrWent) {
    touched.add(key);
    const at = key.lastIndexOf('node_modules/');
    if (at < 0) {
      for (const link of linksTo.get(key) ?? []) touched.add(link);
      continue;
    }
    // Node looks for `<dir>/node_modules/<name>` from a package's own folder up: only packages at or under <dir> see it.
    const scope = key.slice(0, at);
    for (const dependent of dependents.get(key.slice(at + 'node_modules/'.length)) ?? []) {
      if (dependent.startsWith(scope) || `${dependent}/` === scope) touched.add(dependent);
    }
  }
  return touched;
}

/**
 * The closures of `after` as they were at `before`, without walking `before`, when every key that `touched`
 * (touchedKeys) holds is in both and depends on the same names, devDependencies included (a built package's walk
 * follows them): a bump that keeps its package's dependencies, the
 * usual update. Then every walk takes the same paths and only the touched entries differ. Undefined otherwise, and the
 * closures are walked at `before` (npmClosure). Workspace links keep the names `after` gave them.
 */
export function closuresAtBase(before: unknown, after: unknown, touched: Set<string>): ((closure: readonly LockEntry[]) => LockEntry[]) | undefined {
  const [old, now] = [npmPackages(before), npmPackages(after)];
  if (!old || !now) return undefined;
  // touchedKeys holds every key that came or went: the keys are the same when each touched one is in both.
  for (const key of touched) {
    const [a, b] = [old[key], now[key]];
    if (!isObject(a) || !isObject(b) || (a.link === true) !== (b.link === true)) return undefined;
    if (b.link === true ? a.resolved !== b.resolved : dependencyNames(a, true).join('\0') !== dependencyNames(b, true).join('\0')) return undefined;
  }
  const graph = graphFor(now);
  return (closure) => closure.map((entry) => (touched.has(entry.path) ? entryFrom(graph, graph.rank.get(entry.path)!, old[entry.path]) : entry));
}

/**
 * Whether the closure of a folder (npmClosure, its devDependencies too with `includeDev`) may differ at the base
 * commit, by touchedKeys: told for every folder from one reverse walk of the lockfile's graph from the touched keys,
 * rather than by walking each layer's closure and looking for them.
 */
export function closureTouched(lock: unknown, touched: Set<string>): (fromDir: string, includeDev: boolean) => boolean {
  const packages = npmPackages(lock);
  if (!packages) return () => true;
  const graph = graphFor(packages);
  const reaches = reaching(graph, [...touched].map((key) => graph.rank.get(key)).filter((at) => at !== undefined));
  return (fromDir, includeDev) => {
    const root = fromDir === '.' ? '' : fromDir;
    return touched.has(root) || firstEdges(graph, root, includeDev).some((to) => reaches[to] === 1);
  };
}

/**
 * The entries of a closure (npmClosure) that bear the name of a touched key, found without walking the closure: one
 * reverse walk per such entry of the lockfile. When closuresAtBase applies, they are all that diffClosures reads of a
 * closure. Undefined when more than `most` entries bear those names (a regenerated lockfile): walk the closures then.
 */
export function touchedNamesakes(lock: unknown, touched: Set<string>, most = 64): ((fromDir: string, includeDev: boolean) => LockEntry[]) | undefined {
  const packages = npmPackages(lock);
  if (!packages) return undefined;
  const graph = graphFor(packages);
  const names = new Set([...touched].filter((key) => key.includes('node_modules/')).map(packageName));
  const namesakes: number[] = [];
  for (let at = 0; at < graph.keys.length; at++) {
    const key = graph.keys[at];
    if (key.includes('node_modules/') && names.has(packageName(key)) && isObject(packages[key]) && packages[key].link !== true) namesakes.push(at);
  }
  if (namesakes.length > most) return undefined;
  const reaches = namesakes.map((at) => reaching(graph, [at]));
  return (fromDir, includeDev) => {
    const firsts = firstEdges(graph, fromDir === '.' ? '' : fromDir, includeDev);
    return namesakes.filter((_, i) => firsts.some((to) => reaches[i][to] === 1)).map((at) => entryOf(graph, at));
  };
}

/**
 * The programs of the packages npm hoisted to the root's node_modules (their `bin`), each with its package's name:
 * what every workspace script finds on its PATH, whichever package declared it. Undefined for pnpm and yarn lockfiles
 * (pnpm hoists no package's programs to the root by default; yarn 1's lockfile does not list them).
 */
export function hoistedPrograms(lock: unknown): Map<string, string> | undefined {
  const packages = npmPackages(lock);
  if (!packages) return undefined;
  const graph = graphFor(packages);
  if (!graph.programs) {
    graph.programs = new Map();
    for (const key of graph.keys) {
      const bin = packages[key]?.bin;
      if (!isObject(bin) || !key.startsWith('node_modules/') || key.includes('/node_modules/')) continue;
      for (const program of Object.keys(bin)) graph.programs.set(program, packageName(key));
    }
  }
  return graph.programs;
}

/** A package npm hoisted to the root's node_modules with what it installs, by path: the closure of one of its programs. */
export function hoistedPackage(lock: unknown, name: string): readonly LockEntry[] {
  const packages = npmPackages(lock);
  const key = `node_modules/${name}`;
  if (!packages || !isObject(packages[key])) return [];
  const graph = graphFor(packages);
  const closure = npmClosure(lock as Record<string, any>, key, {});
  return [entryOf(graph, graph.rank.get(key)!), ...closure].sort(byPath);
}

/**
 * The workspace folders the workspace folders of an npm lockfile link to, each to its own (production dependencies;
 * '' is the root), in one pass over the lockfile. Then the folders a closure reaches are these links followed from
 * its starting folder, without walking the closure. Undefined when a package from the registry depends on a workspace
 * package (only a walk finds what it reaches) or for pnpm and yarn lockfiles.
 */
export function workspaceLinks(lock: unknown): Map<string, string[]> | undefined {
  const packages = npmPackages(lock);
  if (!packages) return undefined;
  const keys = Object.keys(packages);
  // Only a name a link is installed under can resolve to a link: no other dependency is resolved (most of them).
  const linked = new Set<string>();
  for (const key of keys) if (packages[key]?.link === true) linked.add(packageName(key));
  const links = new Map<string, string[]>();
  for (const key of keys) {
    const node = packages[key];
    if (!isObject(node) || node.link === true) continue;
    for (const name of dependencyNames(node, false)) {
      if (!linked.has(name)) continue;
      const hit = resolveNode(packages, key, name);
      const link = hit === undefined ? undefined : packages[hit];
      if (link?.link !== true) continue;
      if (key.includes('node_modules/')) return undefined;
      const folders = links.get(key) ?? [];
      const folder = linkTarget(packages, link);
      if (folder !== undefined) folders.push(folder);
      links.set(key, folders);
    }
  }
  return links;
}

/** The ranks a folder's own dependencies resolve to: the first step of its closure's walk; none when not in the lockfile. */
function firstEdges(graph: NpmGraph, root: string, includeDev: boolean): number[] {
  const at = graph.rank.get(root);
  return at !== undefined && isObject(graph.packages[root]) ? edgesOf(graph, at, includeDev) : [];
}

/** Every rank from which one of `seeds` is reached by production dependencies, the seeds included. */
function reaching(graph: NpmGraph, seeds: number[]): Uint8Array {
  graph.dependents ??= dependentsOf(graph);
  const reaches = new Uint8Array(graph.keys.length);
  const queue = [...seeds];
  for (const at of queue) reaches[at] = 1;
  for (let next = 0; next < queue.length; next++) {
    for (const from of graph.dependents[queue[next]]) {
      if (reaches[from] === 0) {
        reaches[from] = 1;
        queue.push(from);
      }
    }
  }
  return reaches;
}

function dependentsOf(graph: NpmGraph): number[][] {
  const dependents: number[][] = graph.keys.map(() => []);
  for (let at = 0; at < graph.keys.length; at++) {
    if (isObject(graph.packages[graph.keys[at]])) for (const to of edgesOf(graph, at, false)) dependents[to].push(at);
  }
  return dependents;
}

function npmPackages(lock: unknown): Record<string, any> | undefined {
  if (!isObject(lock) || !npm.recognizes(lock) || !isObject(lock.packages)) return undefined;
  return lock.packages;
}

const NODE_FIELDS = ['name', 'version', 'resolved', 'integrity', 'link', 'dev', 'optional'] as const;
const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'devDependencies'] as const;

/** Whether two entries of one key resolve alike and give the same LockEntry. Run on every entry: kept to plain loops. */
function sameNode(a: any, b: any): boolean {
  if (!isObject(a) || !isObject(b)) return false;
  for (const field of NODE_FIELDS) if (a[field] !== b[field]) return false;
  for (const field of DEPENDENCY_FIELDS) if (!sameSpecs(a[field], b[field], false)) return false;
  return sameSpecs(a.peerDependenciesMeta, b.peerDependenciesMeta, true);
}

/** Same names with the same specs (or, for peerDependenciesMeta, the same `optional`). */
function sameSpecs(x: any, y: any, optional: boolean): boolean {
  if (x === y) return true;
  const [a, b] = [isObject(x) ? x : {}, isObject(y) ? y : {}];
  let count = 0;
  for (const name in a) {
    count++;
    if (!(name in b)) return false;
    if (optional ? (a[name]?.optional === true) !== (b[name]?.optional === true) : a[name] !== b[name]) return false;
  }
  for (const _ in b) count--;
  return count === 0;
}

const PRODUCTION_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;
const ALL_FIELDS = [...PRODUCTION_FIELDS, 'devDependencies'] as const;

/** Names a lockfile entry depends on in production (optional peers left out), plus its devDependencies when asked. */
export function dependencyNames(entry: Record<string, any>, includeDev: boolean): string[] {
  const optionalPeers = entry.peerDependenciesMeta ?? {};
  let names: string[] = [];
  let fields = 0;
  for (const field of includeDev ? ALL_FIELDS : PRODUCTION_FIELDS) {
    if (entry[field] == null) continue;
    let listed = Object.keys(entry[field]);
    if (field === 'peerDependencies') listed = listed.filter((name) => !optionalPeers[name]?.optional);
    names = fields++ === 0 ? listed : names.concat(listed);
  }
  // Most entries list one field; a name in two of them is listed once.
  return fields > 1 ? [...new Set(names)] : names;
}

/** Node's lookup: `<dir>/node_modules/<name>` from the package's own folder up to the root, skipping node_modules folders. */
export function resolveNode(packages: Record<string, any>, from: string, name: string): string | undefined {
  let resolve = resolvers.get(packages);
  if (!resolve) resolvers.set(packages, (resolve = nodeResolver(packages)));
  return resolve(from, name);
}

// A walk asks ten thousand times per lockfile, whose `packages` no caller changes: indexed once, by name.
const resolvers = new WeakMap<object, (from: string, name: string) => string | undefined>();

/** Per name, the folders whose node_modules hold it; the nearest one at or above `from` wins. */
function nodeResolver(packages: Record<string, any>): (from: string, name: string) => string | undefined {
  const installed = new Map<string, { dir: string; key: string }[]>();
  for (const key of Object.keys(packages)) {
    const at = key.lastIndexOf('node_modules/');
    if (at < 0 || (at > 0 && key[at - 1] !== '/') || !isObject(packages[key])) continue;
    // `dir` is the folder with a trailing slash, '' at the root. Node never searches node_modules/node_modules.
    const dir = key.slice(0, at);
    if (dir === 'node_modules/' || dir.endsWith('/node_modules/')) continue;
    const name = key.slice(at + 'node_modules/'.length);
    const spots = installed.get(name);
    if (spots) spots.push({ dir, key });
    else installed.set(name, [{ dir, key }]);
  }
  return (from, name) => {
    const folder = `${from}/`;
    let nearest: { dir: string; key: string } | undefined;
    for (const spot of installed.get(name) ?? []) {
      if (folder.startsWith(spot.dir) && (!nearest || spot.dir.length > nearest.dir.length)) nearest = spot;
    }
    return nearest?.key;
  };
}

function toEntry(key: string, node: Record<string, any>, name: string): LockEntry {
  const entry: LockEntry = { path: key, name: typeof node.name === 'string' ? node.name : name };
  if (typeof node.version === 'string') entry.version = node.version;
  if (typeof node.resolved === 'string') entry.resolved = node.resolved;
  if (typeof node.integrity === 'string') entry.integrity = node.integrity;
  if (node.link === true) entry.link = true;
  if (node.dev === true) entry.dev = true;
  if (node.optional === true) entry.optional = true;
  return entry;
}

