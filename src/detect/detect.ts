// Which files, workspace packages and lockfile entries feed each layer, their fingerprint, and what changed since the
// base commit. Each layer's inputs are rules over paths: what changed is git's diff and status put through them. For
// fingerprints the whole repository is listed once (index + status); layers select files as intervals of that sorted
// list and share the digests of their workspace packages, so the cost does not grow with layers times files. A plan
// from git alone needs no fingerprint, and lists and hashes nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate } from 'node:timers/promises';
import picomatch from 'picomatch';
import { globMatcher } from '../globs';
import type { Git, IndexEntry, WorktreeStatus } from '../adapters/git';
import { changedKeys } from '../config/normalize';
import type { BaseCommit, Config, LayerConfig, LayerInputs, Logger, Reasons } from '../types';
import { optimizeFromHere } from '../v8-tiers';
import { FileIndex, mergeIntervals, outsideNodeModules, subtract, type Interval } from './files';
import { closureDigests, digestFiles, fingerprint, graphDigests, lockfileNames } from './fingerprint';
import {
  foldersAbove,
  gemfileReadsFiles,
  isToolConfig,
  manifestHoldsConfig,
  NODE_SETTING_FOLDERS,
  NODE_SETTINGS,
  packageRule,
  pythonInputs,
  RUBY_FILES,
  scriptPaths,
  scriptPrograms,
  TOOL_CONFIGS,
  tsconfigReads,
  type PackageRole,
} from './inputs';
import { gemChanges, gemfile, GEMFILE_LOCK } from './lockfiles/gemfile';
import {
  assertLockfile,
  closureGraph,
  closuresAtBase,
  closureTouched,
  diffClosures,
  hoistedPackage,
  hoistedPrograms,
  LOCKFILES,
  packageClosure,
  parseLockfile,
  touchedKeys,
  touchedNamesakes,
  unionOfClosures,
  workspaceLinks,
  type LockEntry,
} from './lockfiles';
import {
  buildDependencies,
  declares,
  packageAt,
  pathDependencies,
  readJson,
  readText,
  readWorkspaces,
  workspaceDependencies,
  type WorkspaceGraph,
  type WorkspacePackage,
} from './workspaces';

/** The reason of every layer when no base commit was found; the base's note says why, once. */
export const NO_BASE_REASON = 'no base commit';

export interface Detection {
  /** Per layer, its input files and fingerprint; undefined when detected without fingerprints. */
  inputs?: Map<string, LayerInputs>;
  /** Per layer, the input files that differ from HEAD (modified, staged, deleted, untracked and not ignored), sorted. */
  uncommitted: Map<string, string[]>;
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
  /**
   * False for a plan from git alone, which reads no fingerprint: the reasons and uncommitted files come from git's
   * diff and status, and no file of the repository is listed or hashed. True by default.
   */
  fingerprints?: boolean;
}

/** What git is asked early, so that its work overlaps reading the configuration: HEAD, the index, the working tree's
 *  status (they depend on nothing but the repository) and, once the base is known, the committed changes. */
export interface TreeListing {
  /** HEAD's commit; undefined in an empty repository. */
  head: Promise<string | undefined>;
  /** Undefined when listed for a detection without fingerprints. */
  entries?: Promise<IndexEntry[]>;
  status: Promise<WorktreeStatus>;
  /** Files changed between the base commit and HEAD, when already asked for. */
  committed?: Promise<string[]>;
}

/** Starts listing the working tree, for a detectChanges that comes later: the index only if it will fingerprint. */
export function listTree(git: Git, fingerprints = true): TreeListing {
  // HEAD comes with the status: one git process fewer in every run.
  const status = git.status();
  const listing = { head: status.then((s) => s.head), entries: fingerprints ? git.lsFilesStage() : undefined, status };
  // Awaited later; a run that fails before (a configuration error) must not end on an unhandled rejection.
  for (const pending of Object.values(listing)) pending?.catch(() => undefined);
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
  const links = lock?.data ? workspaceLinks(lock.data) : undefined;
  const buildReads = new Map<string, string[]>();
  const configHolders = new Map<string, boolean>();
  const toolsOf = hoistedTools(lock?.data, graph);
  const texts = new Map<string, string | undefined>();
  const readOnce = (file: string) => {
    if (!texts.has(file)) texts.set(file, readText(repoRoot, file));
    return texts.get(file);
  };
  const layers: LayerDependencies[] = [];
  for (const layer of config.layers) {
    // Git's answers are taken between layers, so that its next step (merge-base, diff) starts without waiting.
    if (layers.length % 16 === 15) await setImmediate();
    layers.push(layerDependencies(repoRoot, layer, { graph, lock, links, buildReads, configHolders, readOnce, toolsOf }));
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
  const fingerprinted = opts.fingerprints ?? true;
  const listing = opts.listing ?? listTree(git, fingerprinted);
  const gitSays = Promise.all([listing.entries, listing.status, listing.committed ?? (base.sha ? git.diffNames(base.sha, 'HEAD') : undefined)]);
  gitSays.catch(() => undefined);
  // The layers' dependencies and rules are worked out while git lists and stats the working tree: in a big
  // repository, git's status is often what a plan waits for last.
  const { layers: dependencies, lock, graph } = await (opts.dependencies ?? readDependencies(repoRoot, config, log));
  const shared: SharedRules = { packages: new Map(), matchers: new Map() };
  const rules = dependencies.map((deps) => layerRules(deps, shared));
  const [indexEntries, status, committed] = await gitSays;
  // The base lockfile is asked for now if the lockfile may have changed, so git reads it while the layers are hashed.
  const baseLock = lock?.data && base.sha && mayHaveChanged(lock.file, committed!, status) ? git.show(base.sha, lock.file) : undefined;
  // Its failure is reported by lockfileChanges, or not at all when the lockfile turns out unchanged.
  baseLock?.catch(() => undefined);
  const inputs = fingerprinted ? await fingerprintLayers(rules, lock?.data, new FileIndex(indexEntries!, status), git, repoRoot) : undefined;
  const dirty = differsFromHead(status);
  const uncommitted = new Map(rules.map((r) => [r.layer.key, dirty.filter((p) => r.owns(p) || r.packagesOwn(p))]));

  const reasons = new Map<string, Reasons>();
  if (!base.sha) {
    // base.note says why, once: in the log and above the plan's table.
    for (const layer of config.layers) reasons.set(layer.key, { ...emptyReasons(), other: [NO_BASE_REASON] });
    return { inputs, uncommitted, reasons, lockfile: lock };
  }

  const untracked = status.untracked.filter(outsideNodeModules);
  const changed = [...new Set([...committed!, ...status.staged, ...status.modified, ...status.deleted, ...untracked])].sort();
  // Workspace packages are shared by many layers: whether one holds a change (in a role) is worked out once.
  const packageChanged = new Map<string, boolean>();
  const changedIn = ({ key, dir, owns }: PackageRule) => {
    let found = packageChanged.get(key);
    if (found === undefined) packageChanged.set(key, (found = changed.some((c) => c.startsWith(`${dir}/`) && owns(c))));
    return found;
  };
  // An unreadable lockfile is a plain file input of every nodejs layer, so its change already shows as a file reason.
  const lockChanges = baseLock && changed.includes(lock!.file) ? await lockfileChanges(baseLock, lock!, rules, graph, log) : undefined;
  for (const rule of rules) {
    const { layer } = rule;
    const baseLayer = opts.baseConfig?.layers.find((l) => l.key === layer.key);
    // A ruby layer's Gemfile.lock is its lockfile: a change shows as the gems that moved, the file only if none did.
    const gemLock = layer.type === 'ruby' ? `${layer.path}/${GEMFILE_LOCK}` : undefined;
    const gems = gemLock && changed.includes(gemLock) ? gemChanges(await git.show(base.sha, gemLock), lockfileOf(rule)) : [];
    reasons.set(layer.key, {
      files: changed.filter(rule.owns).filter((file) => gems.length === 0 || file !== gemLock),
      packages: rule.packages.filter((p) => changedIn(rule.packageRules.get(p.dir)!)).map((p) => p.name),
      lockfile: lockChanges?.get(layer.key) ?? gems,
      config: changedKeys(baseLayer, layer),
      other: [],
    });
  }
  return { inputs, uncommitted, reasons, lockfile: lock };
}

/**
 * Each layer's input files and fingerprint, located in the file index. A workspace package shared by many layers (in
 * the same role) is selected and hashed once.
 */
async function fingerprintLayers(rules: LayerRules[], lock: unknown, tree: FileIndex, git: Git, repoRoot: string): Promise<Map<string, LayerInputs>> {
  // Hashing is the long work here (src/v8-tiers.ts); the configuration and the manifests read faster unoptimized.
  optimizeFromHere();
  const packageFiles = new Map<string, Interval[]>();
  const configFiles = new Map<string, Interval[]>();
  const scopes = rules.map((rule) => locate(rule, tree, packageFiles, configFiles));
  await tree.hashWorkingFiles(git, repoRoot, scopes.flatMap((s) => s.intervals));
  const packageDigests = new Map<string, string>();
  const packageDigest = (key: string) => {
    let digest = packageDigests.get(key);
    if (digest === undefined) packageDigests.set(key, (digest = digestFiles(tree.select(packageFiles.get(key)!))));
    return digest;
  };
  // A closure shared by many layers (a built package's devDependencies) is hashed once.
  const digests = digestClosures([...new Map(rules.flatMap((r) => r.closures()).map((c) => [c.name, c])).values()], lock);
  const inputs = new Map<string, LayerInputs>();
  for (const { rule, own, intervals } of scopes) {
    let files: string[] | undefined;
    let names: string[] | undefined;
    inputs.set(rule.layer.key, {
      key: rule.layer.key,
      fingerprint: fingerprint(rule.layer, {
        own: digestFiles(tree.select(own)),
        packages: rule.packages.map((p) => [p.dir, packageDigest(rule.packageRules.get(p.dir)!.key)] as const),
        lockfile: rule.closures().map((c) => [c.name, digests.get(c.name)!] as const),
      }),
      // Thousands of paths (and lockfile entries) per layer in a big monorepo, rarely read: listed on first use.
      get files() {
        return (files ??= tree.pathsOf(intervals));
      },
      packages: rule.packages.map((p) => p.name),
      get lockfile() {
        return (names ??= lockfileNames(rule.closures().flatMap((c) => c.entries)));
      },
    });
  }
  return inputs;
}

/**
 * Each closure's digest, by name: those walked from a start in an npm lockfile from its dependency graph (graphDigests,
 * without listing their entries), the others from their entries (closureDigests).
 */
function digestClosures(closures: readonly LockClosure[], lock: unknown): Map<string, string> {
  const digests = new Map<string, string>();
  const graph = closureGraph(lock);
  const started = graph ? closures.filter((c) => c.start) : [];
  if (graph) graphDigests(graph, started.map((c) => graph.starts(...c.start!))).forEach((digest, i) => digests.set(started[i].name, digest));
  const listed = closures.filter((c) => !digests.has(c.name));
  closureDigests(listed.map((c) => c.entries)).forEach((digest, i) => digests.set(listed[i].name, digest));
  return digests;
}

/** The files of the working tree that differ from HEAD, sorted: what a build reads that no commit holds. */
function differsFromHead(status: WorktreeStatus): string[] {
  const untracked = status.untracked.filter((p) => outsideNodeModules(p) && !p.endsWith('/'));
  return [...new Set([...status.staged, ...status.modified, ...status.deleted, ...untracked])].sort();
}

export function emptyReasons(): Reasons {
  return { files: [], packages: [], lockfile: [], config: [], other: [] };
}

export interface Lockfile {
  file: string;
  data: unknown;
}

/** What a layer depends on: which files of its folder, workspace packages, lockfile closure and other paths. */
interface LayerDependencies {
  layer: LayerConfig;
  /** Workspace packages of the production closure and those their builds read, by name. */
  packages: WorkspacePackage[];
  /** Per package folder, how it takes part. */
  roles: Map<string, PackageRole>;
  /** Folders of the packages built for the layer. */
  built: string[];
  /**
   * The lockfile closures it installs from, walked on first call (a plan from git alone needs them only when the
   * lockfile changed): a nodejs layer's production closure and the devDependency closure of each package built for it,
   * a ruby layer's Gemfile.lock.
   */
  closures: () => readonly LockClosure[];
  /** The programs its builds run from packages npm hoisted for other packages (hoistedTools), found on first call. */
  tools: () => readonly string[];
  /** Whole files it depends on because they cannot be read precisely (an unreadable lockfile). */
  extraFiles: string[];
  /** Files or folders outside the rule of `ownRule` that the build reads (settings above the layer, `file:` targets). */
  ownPaths: string[];
  /** The folders above its built packages, where their tools find configuration (TOOL_CONFIGS). */
  configFolders: string[];
  /** Which files of the layer's folder (relative to it) are inputs; every one (but `output`) when undefined. */
  ownRule?: (rel: string) => boolean;
}

/** What every layer's dependencies are read from. */
interface Workspace {
  graph: WorkspaceGraph;
  lock?: Lockfile;
  /** workspaceLinks of the lockfile, worked out once for every layer. */
  links?: Map<string, string[]>;
  /** Per built package folder, what outside it its build reads (buildReads): worked out once for every layer. */
  buildReads: Map<string, string[]>;
  /** Per folder above a built package, whether its package.json holds build tools' configuration. */
  configHolders: Map<string, boolean>;
  /** A repository file's text for the rules of build inputs, read once however many packages read it (a tsconfig above them). */
  readOnce: (file: string) => string | undefined;
  /** hoistedTools of the lockfile. */
  toolsOf: (built: readonly WorkspacePackage[]) => readonly string[];
}

function layerDependencies(repoRoot: string, layer: LayerConfig, { graph, lock, links, buildReads, configHolders, readOnce, toolsOf }: Workspace): LayerDependencies {
  const none = { layer, packages: [], roles: new Map(), built: [], closures: () => [], tools: () => [], extraFiles: [], ownPaths: [], configFolders: [] };
  const read = (file: string) => readText(repoRoot, file);
  if (layer.type === 'ruby') {
    const lockText = read(`${layer.path}/${GEMFILE_LOCK}`);
    const closures = once(() => [{ name: `gems ${layer.path}`, entries: lockText === undefined ? [] : gemfile.closure(gemfile.parse(lockText)) }]);
    const inFiles = globMatcher(RUBY_FILES, { dot: true });
    return { ...none, closures, ownRule: gemfileReadsFiles(read(`${layer.path}/Gemfile`) ?? '') ? undefined : inFiles };
  }
  if (layer.type === 'python') {
    const { files, local } = pythonInputs(layer.path, read);
    return { ...none, ownRule: () => false, ownPaths: [...files, ...local] };
  }
  if (layer.type !== 'nodejs') return none;
  const manifest = packageAt(graph, layer.path)?.manifest ?? readJson(repoRoot, `${layer.path}/package.json`);
  const byName = new Map(workspaceDependencies(graph, manifest).map((p) => [p.name, p]));
  // The lockfile's links catch workspace packages the manifests name under another spec (`file:`, an alias).
  for (const dir of lock?.data ? linkedFolders(lock.data, layer.path, graph, links) : []) {
    const pkg = packageAt(graph, dir);
    if (pkg && pkg.dir !== layer.path) byName.set(pkg.name, pkg);
  }
  const roles = new Map<string, PackageRole>();
  for (const pkg of byName.values()) roles.set(pkg.dir, { shipped: true, built: false, scripts: layer.allowScripts.includes(pkg.name) });
  // A package's build reads the workspace packages it depends on in any way (its devDependencies' builds included).
  const visit = (pkg: WorkspacePackage) => {
    for (const dependency of buildDependencies(graph, pkg)) {
      const role = roles.get(dependency.dir) ?? { shipped: false, built: false, scripts: false };
      if (role.built) continue;
      byName.set(dependency.name, dependency);
      roles.set(dependency.dir, { ...role, built: true });
      visit(dependency);
    }
  };
  for (const pkg of [...byName.values()]) {
    if (typeof pkg.manifest.scripts?.build !== 'string') continue;
    roles.set(pkg.dir, { ...roles.get(pkg.dir)!, built: true });
    visit(pkg);
  }
  const packages = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  const builtPackages = packages.filter((p) => roles.get(p.dir)!.built);
  const built = builtPackages.map((p) => p.dir);
  const tools = once(() => toolsOf(builtPackages));
  const closures = once(() => (lock?.data ? layerClosures(lock.data, layer.path, built, graph, tools()) : []));
  const holdsConfig = (folder: string) => {
    let holds = configHolders.get(folder);
    if (holds === undefined) configHolders.set(folder, (holds = manifestHoldsConfig(read(path.posix.join(folder, 'package.json')))));
    return holds;
  };
  // What a build reads outside its package: through its tsconfig files, and the paths its build scripts name.
  const readsOutside = (pkg: WorkspacePackage) => {
    let paths = buildReads.get(pkg.dir);
    if (!paths) {
      const workspaceDir = (name: string) => graph.packages.get(name)?.dir;
      paths = [...tsconfigReads(pkg.dir, namesIn(path.join(repoRoot, pkg.dir)), readOnce, workspaceDir), ...scriptPaths(pkg.dir, pkg.manifest.scripts)];
      buildReads.set(pkg.dir, paths);
    }
    return paths;
  };
  const parsedLock = lock?.data ? lock.file : undefined;
  const configFolders = foldersAbove(built);
  const ownPaths = [
    ...projectSettings(layer.path).filter((file) => file !== parsedLock),
    ...new Set([
      ...pathDependencies(layer.path, manifest).production,
      ...installedFolders(repoRoot, packages, roles, graph),
      ...builtPackages.flatMap(readsOutside),
      ...configFolders.filter(holdsConfig).map((folder) => path.posix.join(folder, 'package.json')),
    ]),
  ];
  const ownRule = (rel: string) => rel === 'package.json' || NODE_SETTINGS.includes(rel) || NODE_SETTING_FOLDERS.some((dir) => rel.startsWith(`${dir}/`));
  return { layer, packages, roles, built, closures, tools, extraFiles: lock && !lock.data ? [lock.file] : [], ownPaths, configFolders, ownRule };
}

/** The workspace folders a folder's production closure reaches: the lockfile's links followed, or its closure walked. */
function linkedFolders(lock: unknown, dir: string, graph: WorkspaceGraph, links: Map<string, string[]> | undefined): string[] {
  if (!links) return packageClosure(lock, dir, { workspaces: graph }).flatMap((e) => (e.link ? [e.path] : []));
  const found = new Set<string>();
  const queue = [dir === '.' ? '' : dir];
  for (let next = 0; next < queue.length; next++) {
    for (const folder of links.get(queue[next]) ?? []) if (!found.has(folder)) (found.add(folder), queue.push(folder));
  }
  return [...found];
}

/** One lockfile closure a layer installs from, named by what it is the closure of. */
interface LockClosure {
  name: string;
  /** A nodejs layer's: where the walk of the root lockfile starts (closureStarts). */
  start?: readonly [dir: string, includeDev: boolean];
  /** Walked on first read: a fingerprint of an npm lockfile's closure needs only its start. */
  readonly entries: readonly LockEntry[];
}

/**
 * Where the lockfile closures of a nodejs layer start, each with whether the devDependencies of its start count: the
 * layer's production closure; each workspace package built for it (the `typescript` that compiles it); and once any
 * package is built, the root's own dependencies, whose programs npm puts on every workspace script's PATH (a `tsc`
 * declared at the root alone).
 */
function closureStarts(layerPath: string, built: readonly string[]): (readonly [dir: string, includeDev: boolean])[] {
  const builds = built.map((dir) => [dir, true] as const);
  return [[layerPath, false], ...builds, ...(built.length > 0 && !built.includes('.') ? [['.', true] as const] : [])];
}

/**
 * The lockfile closures a nodejs layer installs from (closureStarts), each named by where it starts, and those of the
 * packages that hold the `tools` its builds run (hoistedTools), named by program.
 */
function layerClosures(lock: unknown, layerPath: string, built: readonly string[], graph: WorkspaceGraph, tools: readonly string[]): LockClosure[] {
  const installed: LockClosure[] = closureStarts(layerPath, built).flatMap((start) => {
    const [dir, includeDev] = start;
    const entries = once(() => packageClosure(lock, dir, { includeDev, workspaces: graph }));
    // A root that installs nothing is left out: its layers' fingerprints stay as they were.
    if (dir === '.' && includeDev && entries().length === 0) return [];
    return [{ name: `${includeDev ? 'build' : 'production'} ${dir}`, start, get entries() { return entries(); } }];
  });
  const programs = tools.length > 0 ? hoistedPrograms(lock) : undefined;
  const run = tools.flatMap((program) => {
    const name = programs?.get(program);
    return name === undefined ? [] : [{ name: `program ${program}`, entries: hoistedPackage(lock, name) }];
  });
  return [...installed, ...run];
}

/**
 * The programs the build scripts of the packages in `built` run that npm hoisted to the root's node_modules
 * for another package (a `tsc` only a sibling declares): a script finds them on its PATH, yet no closure of its own
 * holds them. Worked out once per package, and not at all for a lockfile without such programs.
 */
function hoistedTools(lock: unknown, graph: WorkspaceGraph): (built: readonly WorkspacePackage[]) => readonly string[] {
  const found = new Map<string, string[]>();
  return (built) => {
    const programs = hoistedPrograms(lock);
    if (!programs?.size) return [];
    const toolsOf = (pkg: WorkspacePackage) => {
      let tools = found.get(pkg.dir);
      if (!tools) {
        const hoisted = (program: string) => {
          const name = programs.get(program);
          return name !== undefined && !declares(pkg.manifest, name) && !declares(graph.root, name);
        };
        found.set(pkg.dir, (tools = scriptPrograms(pkg.manifest.scripts).filter(hoisted)));
      }
      return tools;
    };
    return [...new Set(built.flatMap(toolsOf))];
  };
}

/** All a layer's closures as one, sorted by path: what a diff with the base reads. */
function lockfileOf(deps: LayerDependencies): readonly LockEntry[] {
  return unionOfClosures(deps.closures().map((c) => c.entries));
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** The package-manager settings of the folders above a layer's, where its project (and its lockfile) may be. */
function projectSettings(layerPath: string): string[] {
  return foldersAbove([layerPath]).flatMap((dir) => [...NODE_SETTINGS, ...NODE_SETTING_FOLDERS].map((name) => path.posix.join(dir, name)));
}

/**
 * The folders, not workspace packages, that the layer's workspace packages name by path: installed from the checkout
 * (a shipped package's production dependencies, everything a built one's build reads), so their files are inputs, and
 * so are the folders their own package.json names in turn. Workspace packages named so are buildDependencies' or the
 * lockfile links'.
 */
function installedFolders(repoRoot: string, packages: readonly WorkspacePackage[], roles: Map<string, PackageRole>, graph: WorkspaceGraph): string[] {
  const found = new Set<string>();
  const add = (folders: readonly string[]) => {
    for (const folder of folders) {
      if (found.has(folder) || packageAt(graph, folder)) continue;
      found.add(folder);
      add(pathDependencies(folder, readManifest(repoRoot, folder)).production);
    }
  };
  for (const pkg of packages) {
    const named = pathDependencies(pkg.dir, pkg.manifest);
    add(roles.get(pkg.dir)!.built ? named.all : named.production);
  }
  return [...found];
}

/** The names in a folder; none when it is not there. */
function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** A folder's package.json; undefined when it has none, or none that parses (its folder counts whole already). */
function readManifest(repoRoot: string, dir: string): Record<string, any> | undefined {
  try {
    return readJson(repoRoot, `${dir}/package.json`);
  } catch {
    return undefined;
  }
}

/** Which paths feed one layer, present or deleted: rules, so that git's lists of changes can be put through them. */
interface LayerRules extends LayerDependencies {
  /** Whether a path is one of the layer's own inputs (its folder by its rule, `ownPaths`, `inputs`, extra files). */
  owns(path: string): boolean;
  /** Whether a path is an input of one of its workspace packages. */
  packagesOwn(path: string): boolean;
  /** Per workspace package folder, its inputs for this layer. */
  packageRules: Map<string, PackageRule>;
  /** The repository's folder of the layer, and its build output folder, which is a product of the inputs. */
  folder: { path: string; output?: string };
  /** Paths and globs outside the folder's rule. */
  extra: string[];
  excluded(path: string): boolean;
}

/** A workspace package's inputs in one role (and under one `exclude`): shared by the layers that have it so. */
interface PackageRule {
  /** Folder, role and `exclude`: equal keys, equal inputs. */
  key: string;
  dir: string;
  /** Whether a path (present or deleted) under the folder is an input. */
  owns(path: string): boolean;
}

/** What layerRules works out once for all layers: workspace packages' rules by key, a matcher per path or glob. */
interface SharedRules {
  packages: Map<string, PackageRule>;
  matchers: Map<string, (path: string) => boolean>;
}

function layerRules(deps: LayerDependencies, shared: SharedRules): LayerRules {
  const { layer, packages, extraFiles, ownPaths, ownRule, roles } = deps;
  const prefix = layer.path === '.' || layer.path === '' ? '' : `${layer.path}/`;
  const outputDir = layer.output ? path.posix.normalize(layer.output) : '.';
  const output = outputDir === '.' ? undefined : `${prefix}${outputDir}`;
  const outputPrefix = output && `${output}/`;
  const excluded = layer.exclude.length > 0 ? globMatcher(layer.exclude, { dot: true }) : () => false;
  const extra = [...ownPaths, ...layer.inputs, ...extraFiles];
  // Most of them (the settings files above each layer) are the same for every layer.
  const matchers = extra.map((pattern) => {
    let match = shared.matchers.get(pattern);
    if (!match) {
      const folder = `${pattern}/`;
      match = picomatch.scan(pattern).isGlob ? globMatcher(pattern, { dot: true }) : (p: string) => p === pattern || p.startsWith(folder);
      shared.matchers.set(pattern, match);
    }
    return match;
  });
  const excludeKey = JSON.stringify(layer.exclude);
  const packageRules = new Map(
    packages.map((p) => {
      const role = roles.get(p.dir)!;
      const key = `${p.dir}\0${+role.shipped}${+role.built}${+role.scripts}\0${excludeKey}`;
      let rule = shared.packages.get(key);
      if (!rule) {
        // Compiled on first use: a plan from git alone asks only about the packages that hold a change.
        const packs = once(() => packageRule(p.manifest, role));
        shared.packages.set(key, (rule = { key, dir: p.dir, owns: (file) => !excluded(file) && packs()(file.slice(p.dir.length + 1)) }));
      }
      return [p.dir, rule] as const;
    }),
  );
  const owned = [...packageRules.values()];
  const configFolders = new Set(deps.configFolders);
  return {
    ...deps,
    packageRules,
    folder: { path: layer.path, output },
    extra,
    excluded,
    owns: (p) =>
      !excluded(p) &&
      ((p.startsWith(prefix) && !(outputPrefix && p.startsWith(outputPrefix)) && (!ownRule || ownRule(p.slice(prefix.length)))) ||
        matchers.some((match) => match(p)) ||
        isToolConfig(configFolders, p)),
    packagesOwn: (p) => owned.some((rule) => p.startsWith(`${rule.dir}/`) && rule.owns(p)),
  };
}

/** A layer's input files located in the file index. */
interface LayerScope {
  rule: LayerRules;
  /** Its own inputs as merged intervals. */
  own: Interval[];
  /** Own and workspace-package files as merged intervals. */
  intervals: Interval[];
}

/**
 * Located once for all layers: `packageFiles`, the intervals of workspace packages by rule key; `configFiles`, those of
 * the tools' configuration by folder.
 */
function locate(rule: LayerRules, tree: FileIndex, packageFiles: Map<string, Interval[]>, configFiles: Map<string, Interval[]>): LayerScope {
  const { folder, ownRule, excluded, extra } = rule;
  const prefix = folder.path === '.' || folder.path === '' ? '' : `${folder.path}/`;
  const kept = (intervals: Interval[]) => (rule.layer.exclude.length > 0 ? tree.filter(intervals, (p) => !excluded(p)) : intervals);
  const files = folder.output ? subtract(tree.folder(folder.path), tree.folder(folder.output)) : [tree.folder(folder.path)];
  const own = kept(
    mergeIntervals([
      ...(ownRule ? tree.filter(files, (p) => ownRule(p.slice(prefix.length))) : files),
      ...extra.flatMap((pattern) => tree.glob(pattern)),
      ...rule.configFolders.flatMap((folder) => {
        let located = configFiles.get(folder);
        if (!located) configFiles.set(folder, (located = TOOL_CONFIGS.flatMap((name) => tree.glob(path.posix.join(folder, name)))));
        return located;
      }),
    ]),
  );
  const packages = [...rule.packageRules.values()].map(({ key, dir, owns }) => {
    let located = packageFiles.get(key);
    if (!located) packageFiles.set(key, (located = tree.filter([tree.folder(dir)], owns)));
    return located;
  });
  return { rule, own, intervals: mergeIntervals([...own, ...packages.flat()]) };
}

async function readLockfile(repoRoot: string, log: Logger): Promise<Lockfile | undefined> {
  const file = LOCKFILES.find((name) => existsSync(path.join(repoRoot, name)));
  if (!file) return undefined;
  // JSON.parse is V8's own; the YAML and yarn 1 parsers are JavaScript, hot for a big lockfile.
  if (!file.endsWith('.json')) optimizeFromHere();
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
  rules: LayerRules[],
  graph: WorkspaceGraph,
  log: Logger,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  const nodeScopes = rules.filter((s) => s.layer.type === 'nodejs');
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
  // Most pull requests touch a few entries: a closure that holds none of them is not walked, now or at the base.
  const touched = before === undefined ? undefined : touchedKeys(before, lock.data);
  const reaches = touched && closureTouched(lock.data, touched);
  const sameWalks = touched && closuresAtBase(before, lock.data, touched);
  // A bump: what a diff of the closures reads (the entries of the touched names) is found without walking them.
  const namesakes = sameWalks && touchedNamesakes(lock.data, touched);
  for (const scope of nodeScopes) {
    const { layer, built } = scope;
    const tools = scope.tools();
    const starts = closureStarts(layer.path, built);
    // The shortcuts know the walks from a layer's starts, not the packages of the programs its builds run.
    const walked = tools.length === 0;
    if (walked && reaches && !starts.some(([dir, includeDev]) => reaches(dir, includeDev))) {
      result.set(layer.key, []);
      continue;
    }
    const now = walked && namesakes ? unionOfClosures(starts.map(([dir, includeDev]) => namesakes(dir, includeDev))) : lockfileOf(scope);
    const old =
      before === undefined ? [] : ((walked ? sameWalks?.(now) : undefined) ?? unionOfClosures(layerClosures(before, layer.path, built, graph, tools).map((c) => c.entries)));
    result.set(layer.key, diffClosures(old, now));
  }
  return result;
}
