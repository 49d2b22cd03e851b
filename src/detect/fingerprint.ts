// The content fingerprint of a layer: the authority on whether it changed (design.md, Change detection). Built from git
// blob ids, so it depends on content and mode only: never on mtimes, checkout or machine.
import { normalizedLayer } from '../config/normalize';
import { sha256, sha256Hex, sha256Of } from '../crypto';
import type { LayerConfig } from '../types';
import { ascending, packageId, type ClosureGraph, type LockEntry } from './lockfiles';

/** Bump when the way layers are built or packaged changes, so every layer is rebuilt once. */
export const BUILDER_VERSION = '4';

export interface InputFile {
  path: string;
  /** Git mode: 100644, 100755, 120000. */
  mode: string;
  /** Git blob id of the content. */
  blob: string;
}

/** sha256 over path, mode and blob id of files given in path order. */
export function digestFiles(files: readonly InputFile[]): string {
  const hash = sha256();
  let chunk = '';
  for (const file of files) {
    chunk += `${file.mode} ${file.blob} ${file.path}\0`;
    // Few large updates hash much faster than one per file.
    if (chunk.length > 65_536) {
      hash.update(chunk);
      chunk = '';
    }
  }
  return hash.update(chunk).digest('hex');
}

export interface FingerprintParts {
  /** digestFiles of the layer's own folder and `inputs` globs. */
  own: string;
  /** [folder, digestFiles of its files] of every workspace package in the closure (computed once per package). */
  packages: readonly (readonly [string, string])[];
  /** [name, graphDigests or closureDigests] of each lockfile closure the layer installs from (computed once per
   *  closure). */
  lockfile: readonly (readonly [string, string])[];
}

/**
 * sha256 over the builder version, the normalized config, the file digests (every input file's path, mode and blob
 * id, grouped per workspace package so a package shared by many layers is hashed once) and the digests of the
 * lockfile closures it installs from (grouped likewise: the devDependencies of a package built for many layers).
 */
export function fingerprint(layer: LayerConfig, parts: FingerprintParts): string {
  const hash = sha256();
  hash.update(`lambda-layers-action builder ${BUILDER_VERSION}\n`);
  hash.update(`config ${JSON.stringify(normalizedLayer(layer))}\n`);
  hash.update(`files ${parts.own}\n`);
  const byName = ([a]: readonly [string, string], [b]: readonly [string, string]) => (a < b ? -1 : 1);
  for (const [dir, digest] of [...parts.packages].sort(byName)) hash.update(`package ${dir} ${digest}\n`);
  for (const [name, digest] of [...parts.lockfile].sort(byName)) hash.update(`lock ${name} ${digest}\n`);
  return hash.digest('hex');
}

/** `name@version` of the external packages of a closure, sorted and unique (workspace links left out). */
export function lockfileNames(lockfile: readonly LockEntry[]): string[] {
  return [...new Set(lockfile.filter((e) => !e.link).map((e) => `${e.name}@${e.version ?? '?'}`))].sort();
}

// 128 bits of each package's own digest: collisions stay out of reach, and a word copy moves it.
const ID_BYTES = 16;
const ID_WORDS = ID_BYTES / 4;

/**
 * Per closure, sha256 over the ID_BYTES-byte digests (the first bytes of sha256) of the packageId (`name@version
 * integrity`) of its external packages, sorted by id (code unit), unique: what is installed, not where npm hoisted it,
 * so the same set of packages hashes the same.
 */
export function closureDigests(closures: readonly (readonly LockEntry[])[]): string[] {
  const indexOf = new Map<LockEntry, number>();
  const indexOfId = new Map<string, number>();
  const ids: string[] = [];
  // One look-up per entry: each closure as the indices of its ids.
  const indexed = closures.map((closure) => {
    const indices = new Int32Array(closure.length);
    let n = 0;
    for (const e of closure) {
      if (e.link) continue;
      let index = indexOf.get(e);
      if (index === undefined) {
        const id = packageId(e);
        index = indexOfId.get(id);
        if (index === undefined) indexOfId.set(id, (index = ids.push(id) - 1));
        indexOf.set(e, index);
      }
      indices[n++] = index;
    }
    return indices.subarray(0, n);
  });
  return idSetDigests(ids, indexed);
}

/**
 * closureDigests of closures given as indices into `ids` (an index may repeat), each id a packageId once. The closures
 * of one lockfile share most ids: each is sorted and hashed once, and a closure hashes 16 bytes per package, not the
 * id's ~110 characters.
 */
function idSetDigests(ids: readonly string[], closures: readonly Int32Array[]): string[] {
  const order = ids.map((_, index) => index).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  const rank = new Int32Array(ids.length);
  order.forEach((index, i) => (rank[index] = i));
  // Each id's digest, in rank order, as words: copied by hand, four words cost less than a call to copy them.
  const idDigests = new Uint32Array(ids.length * ID_WORDS);
  const digestBytes = new Uint8Array(idDigests.buffer);
  order.forEach((index, i) => sha256Of(ids[index]).copy(digestBytes, i * ID_BYTES, 0, ID_BYTES));
  const words = new Uint32Array(idDigests.length);
  const held = new Uint8Array(ids.length);
  return closures.map((closure) => {
    const ranks = ascending(closure.map((index) => rank[index]), held);
    let length = 0;
    for (let i = 0; i < ranks.length; i++) {
      for (let w = ranks[i] * ID_WORDS, end = w + ID_WORDS; w < end; w++) words[length++] = idDigests[w];
    }
    return sha256().update(words.subarray(0, length)).digest('hex');
  });
}

/**
 * Per closure, given as the nodes where it starts (ClosureGraph.starts), the sha256 over the digests of the
 * strongly connected components of those nodes, sorted and unique. A component's digest is the first 32 hex digits of
 * the sha256 over its packages' ids (sorted, unique, joined by newlines), a NUL, then the digests of the components it
 * depends on (sorted, unique). So a closure's digest changes whenever the packages it reaches do; it depends on what
 * is installed and what needs what, and for a package outside a dependency cycle not on where npm hoisted it. Each
 * component is hashed once, however many closures reach it: what a package-lock.json's closures digest
 * (closureDigests digests a list of entries). Hex strings: a hash of a string in one call costs a third of one over
 * buffers put together.
 */
export function graphDigests(graph: ClosureGraph, closures: readonly (readonly number[])[]): string[] {
  const components = stronglyConnected<string>(graph, closures.flat(), (members, dependsOn) => {
    const ids = [...new Set(members.map((node) => graph.id(node)).filter((id) => id !== undefined))].sort();
    return sha256Hex(`${ids.join('\n')}\0${dependsOn.sort().join('')}`).slice(0, 32);
  });
  return closures.map((starts) => sha256Hex([...new Set(starts.map(components))].sort().join('')));
}

/**
 * Tarjan's strongly connected components of what `roots` reach, each made once its dependencies are (`make`, given
 * its nodes and the unique values made for the components it depends on): the value of a node's component, by node.
 */
function stronglyConnected<T>(graph: ClosureGraph, roots: readonly number[], make: (members: number[], dependsOn: T[]) => T): (node: number) => T {
  const order = new Int32Array(graph.size).fill(-1);
  const low = new Int32Array(graph.size);
  const component = new Int32Array(graph.size).fill(-1);
  const values: T[] = [];
  const open: number[] = [];
  let visited = 0;
  // Its members are the open nodes from its root up. The walk and this are functions of their own, each with one
  // loop outermost: V8 leaves code it optimized inside a running loop each time an outer loop resumes.
  const finish = (root: number) => {
    const members = open.splice(open.lastIndexOf(root));
    const index = values.length;
    for (const member of members) component[member] = index;
    const dependsOn = new Set<number>();
    for (const member of members) for (const to of graph.edges(member)) if (component[to] !== index) dependsOn.add(component[to]);
    values.push(make(members, [...dependsOn].map((c) => values[c])));
  };
  const walk = (root: number) => {
    // The depth-first walk's own stack: each node with the index of its next edge.
    const path = [root];
    const next = [0];
    order[root] = low[root] = visited++;
    open.push(root);
    while (path.length > 0) {
      const node = path[path.length - 1];
      const edges = graph.edges(node);
      const i = next[next.length - 1]++;
      if (i < edges.length) {
        const to = edges[i];
        if (order[to] < 0) {
          order[to] = low[to] = visited++;
          open.push(to);
          path.push(to);
          next.push(0);
        } else if (component[to] < 0) {
          low[node] = Math.min(low[node], order[to]);
        }
      } else {
        path.pop();
        next.pop();
        if (path.length > 0) low[path[path.length - 1]] = Math.min(low[path[path.length - 1]], low[node]);
        if (low[node] === order[node]) finish(node);
      }
    }
  };
  for (const root of roots) if (order[root] < 0) walk(root);
  return (node) => values[component[node]];
}
