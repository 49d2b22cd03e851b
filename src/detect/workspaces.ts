// The workspace packages of the monorepo (npm/yarn `workspaces`, pnpm-workspace.yaml) and which of them a package
// depends on, transitively.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { globMatcher } from '../globs';
import { readYaml } from '../yaml';
import { scriptPrograms } from './inputs';

export interface WorkspacePackage {
  name: string;
  version?: string;
  /** Repository-relative folder. */
  dir: string;
  manifest: Record<string, any>;
}

export interface WorkspaceGraph {
  /** By package name. */
  packages: Map<string, WorkspacePackage>;
  /** The root package.json ({} when there is none). */
  root: Record<string, any>;
}

/** Dependency fields whose packages end up in a production install. */
export const PRODUCTION_DEPENDENCIES = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;
/** Every dependency field: what a package's build may read. */
const ALL_DEPENDENCIES = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/**
 * Reads the workspace packages from disk (ignored folders included, as npm does; node_modules never). Synchronous
 * reads on purpose: hundreds of small manifests read an order of magnitude faster than through the thread pool.
 */
export async function readWorkspaces(repoRoot: string): Promise<WorkspaceGraph> {
  const root = readJson(repoRoot, 'package.json') ?? {};
  const patterns = [...npmPatterns(root), ...pnpmPatterns(repoRoot)].map(normalizePattern).filter(Boolean);
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const packages = new Map<string, WorkspacePackage>();
  if (include.length === 0) return { packages, root };

  const isIncluded = globMatcher(include);
  const isExcluded = globMatcher(exclude);
  const dirs = new Set<string>();
  for (const pattern of include) {
    const { base } = picomatch.scan(pattern);
    // Only as deep as the pattern reaches: 'packages/*' lists one folder, '**' walks everything.
    const depth = pattern.includes('**') ? Infinity : pattern.split('/').length - (base ? base.split('/').length : 0);
    for (const dir of subfolders(repoRoot, base, depth)) if (isIncluded(dir) && !isExcluded(dir)) dirs.add(dir);
  }
  for (const dir of [...dirs].sort()) {
    const manifest = readJson(repoRoot, `${dir}/package.json`);
    // The first folder claiming a name wins, as npm refuses duplicates anyway.
    if (manifest && typeof manifest.name === 'string' && !packages.has(manifest.name)) {
      packages.set(manifest.name, { name: manifest.name, version: manifest.version, dir, manifest });
    }
  }
  return { packages, root };
}

/** `dir` and its subfolders down to `depth` levels, repository-relative, skipping node_modules and dot folders. */
function subfolders(repoRoot: string, dir: string, depth: number): string[] {
  const found = [dir];
  if (depth <= 0) return found;
  let entries;
  try {
    entries = readdirSync(path.join(repoRoot, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    found.push(...subfolders(repoRoot, dir ? `${dir}/${entry.name}` : entry.name, depth - 1));
  }
  return found;
}

/** Workspace packages that `manifest` depends on in production (optional peers left out, as in lockfile closures), transitively, sorted by name. */
export function workspaceDependencies(graph: WorkspaceGraph, manifest: Record<string, any> | undefined): WorkspacePackage[] {
  const found = new Map<string, WorkspacePackage>();
  const queue = [manifest];
  while (queue.length > 0) {
    for (const pkg of directDependencies(graph, queue.pop())) {
      if (!found.has(pkg.name) && pkg.manifest !== manifest) {
        found.set(pkg.name, pkg);
        queue.push(pkg.manifest);
      }
    }
  }
  return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

// Many layers walk the same workspace packages: their direct workspace dependencies are read once per graph.
const directCache = new WeakMap<WorkspaceGraph, WeakMap<object, WorkspacePackage[]>>();
const buildCache = new WeakMap<WorkspaceGraph, WeakMap<object, WorkspacePackage[]>>();

function perManifest(
  caches: WeakMap<WorkspaceGraph, WeakMap<object, WorkspacePackage[]>>,
  graph: WorkspaceGraph,
  manifest: Record<string, any>,
  read: () => WorkspacePackage[],
): WorkspacePackage[] {
  let cache = caches.get(graph);
  if (!cache) caches.set(graph, (cache = new WeakMap()));
  let found = cache.get(manifest);
  if (!found) cache.set(manifest, (found = read()));
  return found;
}

function directDependencies(graph: WorkspaceGraph, manifest: Record<string, any> | undefined): WorkspacePackage[] {
  if (!manifest) return [];
  return perManifest(directCache, graph, manifest, () => {
    const direct: WorkspacePackage[] = [];
    for (const field of PRODUCTION_DEPENDENCIES) {
      for (const [alias, spec] of Object.entries<unknown>(manifest[field] ?? {})) {
        // npm installs no optional peer: it is there only when another dependency brings it, an edge of its own.
        if (field === 'peerDependencies' && manifest.peerDependenciesMeta?.[alias]?.optional) continue;
        const pkg = graph.packages.get(workspaceTarget(alias, spec));
        if (pkg) direct.push(pkg);
      }
    }
    return direct;
  });
}

/**
 * The workspace packages a package names in any dependency field, devDependencies included, and those whose programs
 * its build scripts run (npm and yarn link every workspace package's `bin` into the root's node_modules/.bin, where a
 * script finds it unnamed): what its build reads. Field by field, each by name; a workspace folder named by path
 * (`file:../tool`) is the package there.
 */
export function buildDependencies(graph: WorkspaceGraph, pkg: WorkspacePackage): WorkspacePackage[] {
  return perManifest(buildCache, graph, pkg.manifest, () => {
    const named = ALL_DEPENDENCIES.flatMap((field) =>
      Object.entries<unknown>(pkg.manifest[field] ?? {})
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .flatMap(([alias, spec]) => {
          const folder = localFolder(pkg.dir, spec);
          return (folder === undefined ? graph.packages.get(workspaceTarget(alias, spec)) : packageAt(graph, folder)) ?? [];
        }),
    );
    const programs = workspacePrograms(graph);
    const run = programs.size === 0 ? [] : scriptPrograms(pkg.manifest.scripts).flatMap((program) => programs.get(program) ?? []);
    return [...new Set([...named, ...run.filter((tool) => tool !== pkg)])];
  });
}

const programCache = new WeakMap<WorkspaceGraph, Map<string, WorkspacePackage>>();

/** The workspace packages' programs (`bin`; a string is the program of the package's name, less its scope), by name. */
function workspacePrograms(graph: WorkspaceGraph): Map<string, WorkspacePackage> {
  let programs = programCache.get(graph);
  if (!programs) {
    programCache.set(graph, (programs = new Map()));
    for (const pkg of graph.packages.values()) {
      const { bin } = pkg.manifest;
      const names = typeof bin === 'string' ? [pkg.name.replace(/^@[^/]+\//, '')] : typeof bin === 'object' && bin !== null ? Object.keys(bin) : [];
      for (const name of names) programs.set(name, pkg);
    }
  }
  return programs;
}

/**
 * The repository folder a `file:`, `link:` or `portal:` spec of the package in `dir` names, when it is inside the
 * repository and not a tarball (the lockfile holds a tarball's integrity).
 */
function localFolder(dir: string, spec: unknown): string | undefined {
  const target = typeof spec === 'string' ? /^(?:file|link|portal):(.+)$/.exec(spec)?.[1] : undefined;
  if (target === undefined || /\.(tgz|tar|tar\.gz)$/.test(target) || path.posix.isAbsolute(target)) return undefined;
  const folder = path.posix.normalize(path.posix.join(dir, target));
  return folder === '..' || folder.startsWith('../') ? undefined : folder;
}

const pathCache = new WeakMap<object, { production: string[]; all: string[] }>();

/**
 * The folders inside the repository that the package in `dir` names by path: in the fields a production install
 * reads, and in any field (what its build reads). Once per manifest: every layer that has the package asks.
 */
export function pathDependencies(dir: string, manifest: Record<string, any> | undefined): { production: string[]; all: string[] } {
  const folders = (fields: readonly string[]) =>
    fields.flatMap((field) => Object.values<unknown>(manifest?.[field] ?? {}).flatMap((spec) => localFolder(dir, spec) ?? []));
  const read = () => ({ production: folders(['dependencies', 'optionalDependencies']), all: folders(ALL_DEPENDENCIES) });
  if (!manifest) return read();
  let found = pathCache.get(manifest);
  if (!found) pathCache.set(manifest, (found = read()));
  return found;
}

const folderCache = new WeakMap<WorkspaceGraph, Map<string, WorkspacePackage>>();

/** The workspace package in a repository folder. */
export function packageAt(graph: WorkspaceGraph, dir: string): WorkspacePackage | undefined {
  let byDir = folderCache.get(graph);
  if (!byDir) folderCache.set(graph, (byDir = new Map([...graph.packages.values()].map((p) => [p.dir, p]))));
  return byDir.get(dir);
}

/** `"alias": "workspace:real-name@*"` and `"alias": "npm:real-name@1"` point at another name than the key. */
function workspaceTarget(alias: string, spec: unknown): string {
  const match = typeof spec === 'string' ? /^(?:workspace|npm):((?:@[^/@]+\/)?[^@]+)@/.exec(spec) : null;
  return match && !/^[~^*<>=\d]/.test(match[1]) ? match[1] : alias;
}

function npmPatterns(root: Record<string, any>): string[] {
  const ws = root.workspaces;
  const list = Array.isArray(ws) ? ws : Array.isArray(ws?.packages) ? ws.packages : [];
  return list.filter((p: unknown): p is string => typeof p === 'string');
}

function pnpmPatterns(repoRoot: string): string[] {
  const text = readText(repoRoot, 'pnpm-workspace.yaml');
  if (text === undefined) return [];
  let doc: any;
  try {
    doc = readYaml(text);
  } catch (error) {
    throw new Error(`pnpm-workspace.yaml is not valid YAML (${(error as Error).message}); fix it so workspace packages can be read.`);
  }
  const list: unknown = doc?.packages;
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
}

function normalizePattern(pattern: string): string {
  const negated = pattern.startsWith('!');
  const body = (negated ? pattern.slice(1) : pattern).replace(/^\.\//, '').replace(/\/+$/, '');
  return body ? `${negated ? '!' : ''}${body}` : '';
}

/** A repository file's text; undefined when it cannot be read (absent, a folder). */
export function readText(repoRoot: string, file: string): string | undefined {
  try {
    return readFileSync(path.join(repoRoot, file), 'utf8');
  } catch {
    return undefined;
  }
}

/** Whether a manifest declares `name` in any of its dependency fields. */
export function declares(manifest: Record<string, any>, name: string): boolean {
  return ALL_DEPENDENCIES.some((field) => typeof manifest[field] === 'object' && manifest[field] !== null && Object.hasOwn(manifest[field], name));
}

/** A package.json, undefined when absent; throws naming the file when it is not JSON. */
export function readJson(repoRoot: string, file: string): Record<string, any> | undefined {
  const text = readText(repoRoot, file);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}); fix it so workspace packages can be read.`);
  }
}
