// Which files, workspace packages and lockfile entries feed each layer, their fingerprint, and what changed since the
// base commit. The whole repository is listed once (index + status); layers select files as intervals of that sorted
// list and share the digests of their workspace packages, so the cost does not grow with layers times files.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate } from 'node:timers/promises';
import picomatch from 'picomatch';
import type { Git, IndexEntry, WorktreeStatus } from '../adapters/git';
import { changedKeys } from '../config/normalize';
import type { BaseCommit, Config, LayerConfig, LayerInputs, Logger, Reasons } from '../types';
import { FileIndex, mergeIntervals, outsideNodeModules, subtract, type Interval } from './files';
import { digestFiles, fingerprint, lockfileIds, lockfileNames } from './fingerprint';
import { gemChanges, gemfile, GEMFILE_LOCK } from './lockfiles/gemfile';
import { assertLockfile, closuresAtBase, closureTouched, diffClosures, LOCKFILES, packageClosure, parseLockfile, touchedKeys, type LockEntry } from './lockfiles';
import { readJson, readWorkspaces, workspaceDependencies, type WorkspaceGraph, type WorkspacePackage } from './workspaces';

/** The reason of every layer when no base commit was found; the base's note says why, once. */
export const NO_BASE_REASON = 'no base commit';

export interface Detection {
  inputs: Map<string, LayerInputs>;
  reasons: Map<string, Reasons>;
  /** The root lockfile as parsed (data undefined when unreadable), so later stages need not parse it again. */
  lockfile?: Lockfile;
}

export interface DetectOptions {
  repoRoot: string;
  config: Config;
  /** The configuration at the base commit, for config-key reasons; undefined when it did not exist or was unreadable. */
  baseConfig?: Config;
  git: Git;
  base: BaseCommit;
  log: Logger;
  /** The working tree listed ahead of time (listTree); listed here when absent. */
  listing?: TreeListing;
  /** What the layers depend on, read ahead of time (readDependencies); read here when absent. */
  dependencies?: Promise<Dependencies>;
}

/** What git is asked early, so that its work overlaps reading the configuration: HEAD, the index, the working tree's
 *  status (they depend on nothing but the repository) and, once the base is known, the committed changes. */
export interface TreeListing {
  /** HEAD's commit; undefined in an empty repository. */
  head: Promise<string | undefined>;
  entries: Promise<IndexEntry[]>;
  status: Promise<WorktreeStatus>;
  /** Files changed between the base commit and HEAD, when already asked for. */
  committed?: Promise<string[]>;
}

/** Starts listing the working tree, for a detectChanges that comes later. */
export function listTree(git: Git): TreeListing {
  const listing = { head: git.resolveCommit('HEAD'), entries: git.lsFilesStage(), status: git.status() };
  // Awaited later; a run that fails before (a configuration error) must not end on an unhandled rejection.
  for (const pending of Object.values(listing)) pending.catch(() => undefined);
  return listing;
}

/** The workspace graph, the root lockfile and what each layer depends on: the configuration and the files alone. */
export interface Dependencies {
  graph: WorkspaceGraph;
  lock?: Lockfile;
  layers: LayerDependencies[];
}

/** Reads what the layers depend on; the pipeline starts it while git is still finding the base commit. */
export async function readDependencies(repoRoot: string, config: Config, log: Logger): Promise<Dependencies> {
  const [graph, lock] = await Promise.all([readWorkspaces(repoRoot), readLockfile(repoRoot, log)]);
  const byDir = new Map([...graph.packages.values()].map((p) => [p.dir, p]));
  const layers: LayerDependencies[] = [];
  for (const layer of config.layers) {
    // Git's answers are taken between layers, so that its next step (merge-base, diff) starts without waiting.
    if (layers.length % 16 === 15) await setImmediate();
    layers.push(layerDependencies(repoRoot, layer, graph, byDir, lock));
  }
  return { graph, lock, layers };
}

/**
 * Whether the commits since the base or the working tree touch `file`. A modified file may still equal the index, so
 * a yes is a maybe: enough to start reading the file at the base, which is then compared.
 */
export function mayHaveChanged(file: string, committed: readonly string[], status: WorktreeStatus): boolean {
  return [committed, status.staged, status.modified, status.deleted, status.untracked].some((list) => list.includes(file));
}

export async function detectChanges(opts: DetectOptions): Promise<Detection> {
  const { repoRoot, config, git, base, log } = opts;
  const listing = opts.listing ?? listTree(git);
  // Dependency graphs are worked out while git lists and stats the working tree: the two overlap.
  const [[indexEntries, status, committed], { layers: dependencies, lock, graph }] = await Promise.all([
    Promise.all([listing.entries, listing.status, listing.committed ?? (base.sha ? git.diffNames(base.sha, 'HEAD') : undefined)]),
    opts.dependencies ?? readDependencies(repoRoot, config, log),
  ]);
  // The base lockfile is asked for now if the lockfile may have changed, so git reads it while the layers are hashed.
  const baseLock = lock?.data && base.sha && mayHaveChanged(lock.file, committed!, status) ? git.show(base.sha, lock.file) : undefined;
  // Its failure is reported by lockfileChanges, or not at all when the lockfile turns out unchanged.
  baseLock?.catch(() => undefined);
  const tree = new FileIndex(indexEntries, status);
  const scopes = dependencies.map((deps) => layerScope(deps, tree));
  await tree.hashWorkingFiles(git, repoRoot, scopes.flatMap((s) => s.intervals));

  // A workspace package shared by many layers is listed and hashed once.
  const packageDigests = new Map<string, string>();
  const packageDigest = (dir: string) => {
    let digest = packageDigests.get(dir);
    if (digest === undefined) packageDigests.set(dir, (digest = digestFiles(tree.select([tree.folder(dir)]))));
    return digest;
  };
  const ids = lockfileIds(scopes.map((s) => s.lockfile));
  const inputs = new Map<string, LayerInputs>();
  const uncommitted = differsFromHead(status, tree);
  for (const [i, scope] of scopes.entries()) {
    const { layer, packages, lockfile } = scope;
    let files: string[] | undefined;
    let names: string[] | undefined;
    let dirty: string[] | undefined;
    const listFiles = () => (files ??= tree.pathsOf(scope.intervals));
    inputs.set(layer.key, {
      key: layer.key,
      fingerprint: fingerprint(layer, {
        own: digestFiles(tree.select(scope.own)),
        packages: packages.map((p) => [p.dir, packageDigest(p.dir)] as const),
        lockfile: ids[i],
      }),
      // Thousands of paths (and lockfile entries) per layer in a big monorepo, rarely read: listed on first use.
      get files() {
        return listFiles();
      },
      packages: packages.map((p) => p.name),
      get lockfile() {
        return (names ??= lockfileNames(lockfile));
      },
      get uncommitted() {
        // A deleted file is in no listing: it was an input when the rule of the layer's files covers it.
        const covers = (p: string) => scope.owns(p) || packages.some((pkg) => p.startsWith(`${pkg.dir}/`));
        return (dirty ??= uncommitted.present.size === 0 && uncommitted.deleted.length === 0
          ? []
          : [...new Set([...listFiles().filter((p) => uncommitted.present.has(p)), ...uncommitted.deleted.filter(covers)])].sort());
      },
    });
  }

  const reasons = new Map<string, Reasons>();
  if (!base.sha) {
    // base.note says why, once: in the log and above the plan's table.
    for (const layer of config.layers) reasons.set(layer.key, { ...emptyReasons(), other: [NO_BASE_REASON] });
    return { inputs, reasons, lockfile: lock };
  }

  const modified = status.modified.filter((p) => tree.differsFromIndex(p));
  const untracked = status.untracked.filter(outsideNodeModules);
  const changed = [...new Set([...committed!, ...status.staged, ...modified, ...status.deleted, ...untracked])].sort();
  // Workspace packages are shared by many layers: whether one holds a change is worked out once.
  const packageChanged = new Map<string, boolean>();
  const changedUnder = (dir: string) => {
    let found = packageChanged.get(dir);
    if (found === undefined) packageChanged.set(dir, (found = changed.some((c) => c.startsWith(`${dir}/`))));
    return found;
  };
  // An unreadable lockfile is a plain file input of every nodejs layer, so its change already shows as a file reason.
  const lockChanges = baseLock && changed.includes(lock!.file) ? await lockfileChanges(baseLock, lock!, scopes, graph, log) : undefined;
  for (const scope of scopes) {
    const { layer } = scope;
    const baseLayer = opts.baseConfig?.layers.find((l) => l.key === layer.key);
    // A ruby layer's Gemfile.lock is its lockfile: a change shows as the gems that moved, the file only if none did.
    const gemLock = layer.type === 'ruby' ? `${layer.path}/${GEMFILE_LOCK}` : undefined;
    const gems = gemLock && changed.includes(gemLock) ? gemChanges(await git.show(base.sha, gemLock), scope.lockfile) : [];
    reasons.set(layer.key, {
      files: changed.filter(scope.owns).filter((file) => gems.length === 0 || file !== gemLock),
      packages: scope.packages.filter((p) => changedUnder(p.dir)).map((p) => p.name),
      lockfile: lockChanges?.get(layer.key) ?? gems,
      config: changedKeys(baseLayer, layer),
      other: [],
    });
  }
  return { inputs, reasons, lockfile: lock };
}

/** The files of the working tree that differ from HEAD: what a build reads that no commit holds. */
function differsFromHead(status: WorktreeStatus, tree: FileIndex): { present: Set<string>; deleted: string[] } {
  const present = new Set([
    ...status.staged.filter((p) => tree.has(p)),
    ...status.modified.filter((p) => tree.differsFromIndex(p)),
    ...status.untracked,
  ]);
  return { present, deleted: [...status.deleted, ...status.staged.filter((p) => !tree.has(p))] };
}

export function emptyReasons(): Reasons {
  return { files: [], packages: [], lockfile: [], config: [], other: [] };
}

export interface Lockfile {
  file: string;
  data: unknown;
}

/** What a layer depends on besides its folder: workspace packages and its lockfile closure. */
interface LayerDependencies {
  layer: LayerConfig;
  packages: WorkspacePackage[];
  lockfile: readonly LockEntry[];
  /** Whole files it depends on because they cannot be read precisely (an unreadable lockfile). */
  extraFiles: string[];
}

function layerDependencies(
  repoRoot: string,
  layer: LayerConfig,
  graph: WorkspaceGraph,
  byDir: Map<string, WorkspacePackage>,
  lock: Lockfile | undefined,
): LayerDependencies {
  if (layer.type === 'ruby') {
    const lock = path.join(repoRoot, layer.path, GEMFILE_LOCK);
    const lockfile = existsSync(lock) ? gemfile.closure(gemfile.parse(readFileSync(lock, 'utf8'))) : [];
    return { layer, packages: [], lockfile, extraFiles: [] };
  }
  if (layer.type !== 'nodejs') return { layer, packages: [], lockfile: [], extraFiles: [] };
  const manifest = byDir.get(layer.path)?.manifest ?? readJson(repoRoot, `${layer.path}/package.json`);
  const byName = new Map(workspaceDependencies(graph, manifest).map((p) => [p.name, p]));
  const lockfile = lock?.data ? packageClosure(lock.data, layer.path, { workspaces: graph }) : [];
  // The lockfile's links catch workspace packages the manifests name under another spec.
  for (const entry of lockfile) {
    const pkg = entry.link ? byDir.get(entry.path) : undefined;
    if (pkg && pkg.dir !== layer.path) byName.set(pkg.name, pkg);
  }
  const packages = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  return { layer, packages, lockfile, extraFiles: lock && !lock.data ? [lock.file] : [] };
}

/** Everything that feeds one layer, located in the file index. */
interface LayerScope extends LayerDependencies {
  /** The layer's folder (minus its build output), `inputs` globs and extra files, as merged intervals. */
  own: Interval[];
  /** Own and workspace-package files as merged intervals. */
  intervals: Interval[];
  /** Whether a path (present or deleted) is one of the layer's own inputs: the rule of `own`, for changed files. */
  owns(path: string): boolean;
}

function layerScope(deps: LayerDependencies, tree: FileIndex): LayerScope {
  const { layer, packages, extraFiles } = deps;
  const prefix = layer.path === '.' || layer.path === '' ? '' : `${layer.path}/`;
  // A build's output folder is a product of the inputs, not one of them.
  const outputDir = layer.output ? path.posix.normalize(layer.output) : '.';
  const output = outputDir === '.' ? undefined : `${prefix}${outputDir}`;
  const outputPrefix = output && `${output}/`;
  const own = mergeIntervals([
    ...(output ? subtract(tree.folder(layer.path), tree.folder(output)) : [tree.folder(layer.path)]),
    ...[...layer.inputs, ...extraFiles].flatMap((pattern) => tree.glob(pattern)),
  ]);
  const matchers = [...layer.inputs, ...extraFiles].map((pattern) =>
    picomatch.scan(pattern).isGlob ? picomatch(pattern, { dot: true }) : (p: string) => p === pattern || p.startsWith(`${pattern}/`),
  );
  return {
    ...deps,
    own,
    intervals: mergeIntervals([...own, ...packages.map((p) => tree.folder(p.dir))]),
    owns: (p) => (p.startsWith(prefix) && !(outputPrefix && p.startsWith(outputPrefix))) || matchers.some((match) => match(p)),
  };
}

async function readLockfile(repoRoot: string, log: Logger): Promise<Lockfile | undefined> {
  const file = LOCKFILES.find((name) => existsSync(path.join(repoRoot, name)));
  if (!file) return undefined;
  try {
    const data = await parseLockfile(file, readFileSync(path.join(repoRoot, file), 'utf8'));
    assertLockfile(data);
    return { file, data };
  } catch (error) {
    log.warning(`${(error as Error).message}. Every nodejs layer depends on the whole ${file} until it can be read.`, { file });
    return { file, data: undefined };
  }
}

/** Per nodejs layer, the lockfile entries of its closure that changed since the base commit. */
async function lockfileChanges(
  atBase: Promise<string | undefined>,
  lock: Lockfile,
  scopes: LayerScope[],
  graph: WorkspaceGraph,
  log: Logger,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  const nodeScopes = scopes.filter((s) => s.layer.type === 'nodejs');
  let before: unknown;
  try {
    const text = await atBase;
    // A lockfile that did not exist at the base: every entry of every closure is new.
    if (text !== undefined) assertLockfile((before = await parseLockfile(lock.file, text)));
  } catch (error) {
    const why = `${lock.file} changed (at the base: ${(error as Error).message})`;
    log.warning(`${why}: every nodejs layer is marked as changed.`);
    for (const scope of nodeScopes) result.set(scope.layer.key, [why]);
    return result;
  }
  // Most pull requests touch a few entries: a closure that holds none of them is not walked again at the base.
  const touched = before === undefined ? undefined : touchedKeys(before, lock.data);
  const sameWalks = touched && closuresAtBase(before, lock.data, touched);
  for (const scope of nodeScopes) {
    if (touched && !closureTouched(touched, scope.layer.path, scope.lockfile)) {
      result.set(scope.layer.key, []);
      continue;
    }
    const old = before === undefined ? [] : (sameWalks?.(scope.lockfile) ?? packageClosure(before, scope.layer.path, { workspaces: graph }));
    result.set(scope.layer.key, diffClosures(old, scope.lockfile));
  }
  return result;
}
