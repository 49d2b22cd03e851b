// What every lockfile format gives the rest of detection: the entries of a package's resolved dependency closure, the
// changes between two closures as reasons, and the interface each format's module implements. Pure.
import type { WorkspaceGraph } from '../workspaces';

export interface LockEntry {
  /** Lockfile key: 'node_modules/a/node_modules/b', 'packages/util' (npm), 'b@1.0.0' (pnpm, yarn 1) or 'b@npm:1.0.0' (yarn 2+). */
  path: string;
  name: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  /** A workspace package (the link or the folder it points at): its files, not the lockfile, describe it. */
  link?: boolean;
  dev?: boolean;
  optional?: boolean;
}

/** What a fingerprint knows an external package by: what is installed, not where. */
export function packageId(entry: LockEntry): string {
  return `${entry.name}@${entry.version ?? '?'} ${entry.integrity ?? entry.resolved ?? ''}`;
}

/**
 * A lockfile's packages as a graph over numbered nodes, for a fingerprint's digest of what a closure reaches: the whole
 * lockfile, resolved once (builders/placement.ts has its own graph, of one layer's packages by name, to lay them out).
 */
export interface ClosureGraph {
  /** How many nodes: each is a number below. */
  size: number;
  /** The packageId of an external package; undefined for a workspace folder or the link to one (their files count
   *  elsewhere). */
  id(node: number): string | undefined;
  /** The nodes a node's production dependencies resolve to. */
  edges(node: number): readonly number[];
  /** The nodes the own dependencies of the folder at `dir` resolve to ('.' or '' for the root; its devDependencies
   *  too with includeDev): where its closure starts. None for a folder the lockfile does not know. */
  starts(dir: string, includeDev: boolean): readonly number[];
}

export interface ClosureOptions {
  /** Also follow the starting package's devDependencies. */
  includeDev?: boolean;
  /** The workspace packages: a yarn.lock needs them to tell production dependencies apart. */
  workspaces?: WorkspaceGraph;
}

/** One lockfile format: npm, pnpm and yarn (root lockfiles) or Gemfile.lock (per ruby layer), parsed as `L`. */
export interface LockfileFormat<L> {
  /** The file names it reads, in the order package managers prefer them. */
  readonly files: readonly string[];
  /** Throws on text that is not this format; the caller names the file. */
  parse(text: string): L | Promise<L>;
  /** Dependency closure of the package at repo-relative dir `fromDir` ('.' or '' for the root), sorted by path. */
  closure(lock: L, fromDir: string, opts: ClosureOptions): readonly LockEntry[];
}

/** A root lockfile's format: told apart from the others by what it parsed to. */
export interface RootLockfileFormat extends LockfileFormat<Record<string, any>> {
  recognizes(lock: Record<string, any>): boolean;
  /** Throws, saying what to do, when `lock` is a version of this format that cannot be read precisely. */
  assertReadable(lock: Record<string, any>): void;
}

/**
 * What changed between two closures (sorted by path, as every closure here is), for reasons: `name@old -> new`,
 * `+name@v`, `-name@v`. Workspace entries are left out (their files tell that story); a re-resolved version (same
 * version, new integrity) reads `name@v -> v (re-resolved)`.
 */
export function diffClosures(before: readonly LockEntry[], after: readonly LockEntry[]): string[] {
  const touched = touchedNames(before, after);
  if (touched.size === 0) return [];
  const index = (entries: readonly LockEntry[]) => {
    const byName = new Map<string, Map<string, string>>();
    for (const e of entries) {
      if (e.link || !touched.has(e.name)) continue;
      const versions = byName.get(e.name) ?? new Map<string, string>();
      versions.set(e.version ?? '?', e.integrity ?? e.resolved ?? '');
      byName.set(e.name, versions);
    }
    return byName;
  };
  const [old, now] = [index(before), index(after)];
  const changes: string[] = [];
  for (const name of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const [a, b] = [old.get(name) ?? new Map<string, string>(), now.get(name) ?? new Map<string, string>()];
    const removed = [...a.keys()].filter((v) => !b.has(v));
    const added = [...b.keys()].filter((v) => !a.has(v));
    if (removed.length === 1 && added.length === 1) {
      changes.push(`${name}@${removed[0]} -> ${added[0]}`);
    } else {
      changes.push(...removed.map((v) => `-${name}@${v}`), ...added.map((v) => `+${name}@${v}`));
    }
    for (const [version, id] of b) {
      if (a.has(version) && a.get(version) !== id) changes.push(`${name}@${version} -> ${version} (re-resolved)`);
    }
  }
  return changes;
}

/**
 * The names of the entries that two closures (sorted by path) do not share at the same path: most of two closures of
 * one layer are the same entries, and a name all of whose entries are shared has not changed.
 */
function touchedNames(before: readonly LockEntry[], after: readonly LockEntry[]): Set<string> {
  const names = new Set<string>();
  const note = (entry: LockEntry) => {
    if (!entry.link) names.add(entry.name);
  };
  let [i, j] = [0, 0];
  while (i < before.length || j < after.length) {
    const x = before[i];
    const y = after[j];
    if (x && y && x.path === y.path) {
      // closuresAtBase shares the entries that did not change.
      if (x !== y && !sameEntry(x, y)) {
        note(x);
        note(y);
      }
      i++;
      j++;
    } else if (x && (!y || x.path < y.path)) {
      note(x);
      i++;
    } else {
      note(y);
      j++;
    }
  }
  return names;
}

/** Whether two entries of one path are the same package at the same version and contents. */
function sameEntry(x: LockEntry, y: LockEntry): boolean {
  return x.name === y.name && x.version === y.version && x.integrity === y.integrity && x.resolved === y.resolved && x.link === y.link;
}

/** The entries of several closures (sorted by path) as one, sorted by path. */
export function unionOfClosures(closures: readonly (readonly LockEntry[])[]): readonly LockEntry[] {
  const nonEmpty = closures.filter((c) => c.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
  // Closures of one lockfile share most entries: a map of paths, not a merge of many long sorted lists.
  const all = new Map<string, LockEntry>();
  for (const closure of nonEmpty) for (const e of closure) all.set(e.path, e);
  return [...all.values()].sort(byPath);
}

/**
 * `values` (each below `held.length`) ascending, each once. Few are sorted; many (a good part of the range) are marked
 * in `held`, which is all zeros before and after, and read back in order: sooner than a sort.
 */
export function ascending(values: Int32Array, held: Uint8Array): Int32Array {
  if (values.length * 32 < held.length) return values.slice().sort().filter((v, i, sorted) => i === 0 || v !== sorted[i - 1]);
  for (let i = 0; i < values.length; i++) held[values[i]] = 1;
  const out = new Int32Array(values.length);
  let n = 0;
  for (let v = 0; n < values.length && v < held.length; v++) if (held[v] === 1) (held[v] = 0), (out[n++] = v);
  return out.subarray(0, n);
}

export const isObject = (value: unknown): value is Record<string, any> => typeof value === 'object' && value !== null && !Array.isArray(value);
export const byPath = (a: LockEntry, b: LockEntry) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
