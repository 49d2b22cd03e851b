// Resolved dependency closures from the root lockfile, so that a lockfile change marks only the layers whose closure
// changed. Pure: the caller reads and parses the file.
import { posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { WorkspaceGraph } from './workspaces';
import { isYarnLock, parseYarnLock, yarnClosure } from './yarn-lock';

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

/** Root lockfiles we can read precisely, in the order package managers prefer them. */
export const LOCKFILES = ['npm-shrinkwrap.json', 'package-lock.json', 'pnpm-lock.yaml', 'yarn.lock'] as const;

export function parseLockfile(file: string, text: string): unknown {
  try {
    if (file.endsWith('yarn.lock')) return parseYarnLock(text);
    return file.endsWith('.yaml') ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} could not be parsed: ${(error as Error).message}`);
  }
}

/**
 * Production dependency closure of the package at repo-relative dir `fromDir`, resolved the way Node does from the
 * lockfile (nested node_modules first, then hoisted). Workspace links are followed into the workspace package's own
 * entry. Sorted by path. A yarn.lock needs the workspaces: it does not tell their production dependencies apart.
 */
export function npmClosure(lock: unknown, fromDir: string, opts: { includeDev?: boolean; workspaces?: WorkspaceGraph } = {}): LockEntry[] {
  assertLockfile(lock);
  if (isYarnLock(lock)) return yarnClosure(lock, fromDir, opts.workspaces);
  const record = lock as Record<string, any>;
  if (isObject(record.importers)) return pnpmClosure(record, fromDir, opts);
  const packages: Record<string, any> = record.packages;
  const root = fromDir === '.' ? '' : fromDir;
  if (!isObject(packages[root])) return [];

  // The closure is the union of the local closures of the package and of every workspace package it links to;
  // local closures are remembered per lockfile, as many layers share the same workspace packages.
  const found = new Map<string, LockEntry>();
  const queue = [root];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const at = queue.pop()!;
    const local = localClosure(packages, at, at === root && opts.includeDev === true);
    for (const entry of local.entries) found.set(entry.path, entry);
    for (const target of local.targets) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  // Sorting by the rank of each key in the whole lockfile is linear, where comparing paths per layer is not.
  const { rank, size } = cacheFor(packages);
  const sorted: LockEntry[] = new Array(size);
  for (const entry of found.values()) sorted[rank.get(entry.path)!] = entry;
  return sorted.filter(Boolean);
}

interface LocalClosure {
  /** Entries reachable without going through a workspace link, plus the links met and their targets. */
  entries: LockEntry[];
  /** Lockfile keys of the workspace packages linked to. */
  targets: string[];
}

interface NpmCache {
  resolutions: Map<string, string | undefined>;
  locals: Map<string, LocalClosure>;
  /** Position of every lockfile key in path order. */
  rank: Map<string, number>;
  size: number;
}

const caches = new WeakMap<object, NpmCache>();

function cacheFor(packages: Record<string, any>): NpmCache {
  let cache = caches.get(packages);
  if (!cache) {
    const keys = Object.keys(packages).sort();
    cache = { resolutions: new Map(), locals: new Map(), rank: new Map(keys.map((key, i) => [key, i])), size: keys.length };
    caches.set(packages, cache);
  }
  return cache;
}

function localClosure(packages: Record<string, any>, start: string, includeDev: boolean): LocalClosure {
  const { locals } = cacheFor(packages);
  const key = `${includeDev ? 'dev' : 'prod'}\0${start}`;
  const cached = locals.get(key);
  if (cached) return cached;
  const entries = new Map<string, LockEntry>();
  const targets: string[] = [];
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.pop()!;
    for (const name of dependencyNames(packages[at], at === start && includeDev)) {
      const hit = resolveNode(packages, at, name);
      if (!hit || entries.has(hit)) continue;
      const node = packages[hit];
      entries.set(hit, toEntry(hit, node, name));
      if (node.link !== true) {
        queue.push(hit);
      } else if (typeof node.resolved === 'string' && isObject(packages[node.resolved]) && !entries.has(node.resolved)) {
        entries.set(node.resolved, { ...toEntry(node.resolved, packages[node.resolved], name), link: true });
        targets.push(node.resolved);
      }
    }
  }
  const result = { entries: [...entries.values()], targets };
  locals.set(key, result);
  return result;
}

/**
 * What changed between two closures, for reasons: `name@old -> new`, `+name@v`, `-name@v`. Workspace entries are left
 * out (their files tell that story); a re-resolved version (same version, new integrity) reads `name@v -> v (re-resolved)`.
 */
export function diffClosures(before: LockEntry[], after: LockEntry[]): string[] {
  const index = (entries: LockEntry[]) => {
    const byName = new Map<string, Map<string, string>>();
    for (const e of entries) {
      if (e.link) continue;
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

/** Names a lockfile entry depends on in production (optional peers left out), plus its devDependencies when asked. */
export function dependencyNames(entry: Record<string, any>, includeDev: boolean): string[] {
  const names = new Set<string>();
  const optionalPeers = entry.peerDependenciesMeta ?? {};
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', ...(includeDev ? ['devDependencies'] : [])]) {
    for (const name of Object.keys(entry[field] ?? {})) {
      if (field === 'peerDependencies' && optionalPeers[name]?.optional) continue;
      names.add(name);
    }
  }
  return [...names];
}

/** Node's lookup: `<dir>/node_modules/<name>` from the package's own folder up to the root, skipping node_modules folders. */
export function resolveNode(packages: Record<string, any>, from: string, name: string): string | undefined {
  const cache = cacheFor(packages).resolutions;
  const key = `${from}\0${name}`;
  if (cache.has(key)) return cache.get(key);
  let found: string | undefined;
  for (let dir = from; ; ) {
    if (posix.basename(dir) !== 'node_modules') {
      const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
      if (isObject(packages[candidate])) {
        found = candidate;
        break;
      }
    }
    if (dir === '') break;
    const parent = posix.dirname(dir);
    dir = parent === '.' ? '' : parent;
  }
  cache.set(key, found);
  return found;
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

/** Throws, saying what to do, when `lock` is not a lockfile this module reads (npm v2/v3, pnpm v6+, yarn.lock). */
export function assertLockfile(lock: unknown): void {
  if (!isObject(lock)) throw new Error('the lockfile is not an object');
  if (isYarnLock(lock)) return;
  if (isObject(lock.importers)) {
    if (!(Number.parseInt(String(lock.lockfileVersion), 10) >= 6)) {
      throw new Error(`pnpm-lock.yaml lockfileVersion ${lock.lockfileVersion} is not supported; regenerate it with pnpm 8 or later`);
    }
  } else if (!isObject(lock.packages)) {
    throw new Error(
      `the lockfile has no "packages" map (lockfileVersion ${lock.lockfileVersion ?? 'unknown'}); ` +
        'regenerate it with npm 7 or later (lockfileVersion 2 or 3)',
    );
  }
}

// pnpm-lock.yaml v6 ('/name@1.0.0' keys in `packages`) and v9 ('name@1.0.0' in `packages`, dependencies in `snapshots`).
function pnpmClosure(lock: Record<string, any>, fromDir: string, opts: { includeDev?: boolean }): LockEntry[] {
  const v9 = Number.parseInt(String(lock.lockfileVersion), 10) >= 9;
  const importers: Record<string, any> = lock.importers;
  const packages: Record<string, any> = lock.packages ?? {};
  const snapshots: Record<string, any> = v9 ? (lock.snapshots ?? {}) : packages;
  const found = new Map<string, LockEntry>();

  const visitImporter = (dir: string, includeDev: boolean) => {
    const importer = importers[dir === '' ? '.' : dir];
    const fields = ['dependencies', 'optionalDependencies', ...(includeDev ? ['devDependencies'] : [])];
    for (const field of fields) {
      for (const [name, spec] of Object.entries<any>(importer?.[field] ?? {})) {
        const version = String(typeof spec === 'object' && spec ? spec.version : spec);
        if (version.startsWith('link:')) {
          const target = posix.normalize(posix.join(dir || '.', version.slice('link:'.length)));
          const key = target === '.' ? '' : target;
          if (found.has(key) || !importers[key === '' ? '.' : key]) continue;
          found.set(key, { path: key, name, link: true });
          visitImporter(key, false);
        } else {
          visitPackage(name, version);
        }
      }
    }
  };

  const visitPackage = (name: string, version: string) => {
    // An alias or a non-registry dependency carries its full key ('other@1.0.0', '/other@1.0.0') as the version.
    const bare = version.replace(/^\//, '');
    const id = /^(@[^/]+\/)?[^@(]+@/.test(bare) && !/^\d/.test(bare) ? bare : `${name}@${bare}`;
    const key = v9 ? id : `/${id}`;
    if (found.has(key)) return;
    const peerless = key.replace(/\(.*$/, '');
    const meta = packages[peerless] ?? packages[key] ?? {};
    const at = id.replace(/\(.*$/, '').lastIndexOf('@');
    const entry: LockEntry = { path: key, name: id.slice(0, at), version: id.slice(at + 1).replace(/\(.*$/, '') };
    if (typeof meta.resolution?.integrity === 'string') entry.integrity = meta.resolution.integrity;
    if (typeof meta.resolution?.tarball === 'string') entry.resolved = meta.resolution.tarball;
    if (meta.dev === true) entry.dev = true;
    if (meta.optional === true) entry.optional = true;
    found.set(key, entry);
    const snapshot = snapshots[key] ?? {};
    for (const field of ['dependencies', 'optionalDependencies']) {
      for (const [dep, depVersion] of Object.entries<any>(snapshot[field] ?? {})) visitPackage(dep, String(depVersion));
    }
  };

  if (!importers[fromDir === '' || fromDir === '.' ? '.' : fromDir]) return [];
  visitImporter(fromDir === '.' ? '' : fromDir, opts.includeDev === true);
  return [...found.values()].sort(byPath);
}

const isObject = (value: unknown): value is Record<string, any> => typeof value === 'object' && value !== null && !Array.isArray(value);
const byPath = (a: LockEntry, b: LockEntry) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
