// The staging project a nodejs layer is installed from: the monorepo cut down to the layer's production closure, with
// package-lock.json pruned to it and its paths unchanged, so `npm ci` installs exactly what was locked. Pure.
import { packageClosure, resolveNode } from '../detect/lockfiles';
import { PRODUCTION_DEPENDENCIES } from '../detect/workspaces';
import { BuildError } from './command';

export interface Staging {
  /** package-lock.json of the staging project. */
  lockfile: Record<string, any>;
  /** package.json files to write, by folder relative to the project ('' is its root). */
  manifests: Map<string, Record<string, any>>;
  /** Folders (relative to the project) copied in: the layer's and those of the local packages it links to, sorted. */
  folders: string[];
  /** `file:` tarballs (relative to the project) the pruned lockfile installs, sorted. */
  tarballs: string[];
  /** The pruned lockfile's packages with each folder naming every dependency its package.json wants: what Node resolves. */
  resolved: Record<string, any>;
}

export interface Project {
  /** The parsed package-lock.json (v2 or v3). */
  lock: Record<string, any>;
  /** The lockfile name, for messages. */
  lockfile: string;
  /** The layer's folder relative to the project: '' when the layer is the project. */
  layerKey: string;
  /** The package.json of a folder relative to the project, or undefined. */
  manifest(dir: string): Record<string, any> | undefined;
  /** Folders of the project's workspaces, relative to it. */
  workspaces: ReadonlySet<string>;
}

/**
 * Cuts the project down to what the layer needs in production. devDependencies are dropped from the manifests (npm
 * would otherwise want them in the lockfile) and so is `prepare`, which builds from sources with those
 * devDependencies: workspace packages are taken as built in the checkout, as `npm publish` would take them. The root
 * of a monorepo keeps its name, version and overrides only: its own dependencies and scripts are not the layer's.
 */
export function planStaging(project: Project): Staging {
  const { lock, layerKey } = project;
  const packages: Record<string, any> = lock.packages;
  const named = withManifestNames(project);
  const closure = packageClosure({ ...lock, packages: named }, layerKey === '' ? '.' : layerKey);
  const targets = closure.filter((e) => e.link && packages[e.path].link !== true).map((e) => e.path);
  const folders = [...new Set([layerKey, ...targets])].sort();
  const workspaces = folders.filter((dir) => dir !== '' && project.workspaces.has(dir));
  if (layerKey !== '' && !workspaces.includes(layerKey)) {
    throw new BuildError(
      `${layerKey} is not a workspace of the project that ${project.lockfile} locks: add it to \`workspaces\` in ` +
        `package.json (or give the layer a lockfile of its own), run \`npm install\` and commit the lockfile.`,
    );
  }

  const manifests = new Map<string, Record<string, any>>();
  const kept: Record<string, any> = {};
  for (const dir of folders) {
    const manifest = project.manifest(dir);
    if (!manifest) {
      throw new BuildError(`${dir || 'The project root'} has no package.json; restore it, or run \`npm install\` and commit ${project.lockfile}.`);
    }
    checkInStep(manifest, packages, dir, project.lockfile);
    manifests.set(dir, staged(manifest));
    kept[dir] = withoutDev(packages[dir]);
  }
  for (const entry of closure) kept[entry.path] ??= packages[entry.path];
  // npm links every workspace from the root node_modules and wants those links in the lockfile.
  for (const [key, node] of Object.entries(packages)) {
    if (node.link === true && workspaces.includes(node.resolved) && /^node_modules\/(@[^/]+\/)?[^/]+$/.test(key)) kept[key] = node;
  }

  if (layerKey !== '') {
    const root = project.manifest('') ?? {};
    manifests.set('', omitUndefined({ name: root.name, version: root.version, private: true, overrides: root.overrides }));
    kept[''] = omitUndefined({ name: packages['']?.name, version: packages['']?.version });
  }
  if (workspaces.length > 0) {
    manifests.get('')!.workspaces = workspaces;
    kept[''] = { ...kept[''], workspaces };
  } else {
    delete manifests.get('')!.workspaces;
    delete kept[''].workspaces;
  }

  const tarballs = Object.values<any>(kept)
    .filter((node) => node.link !== true && typeof node.resolved === 'string' && node.resolved.startsWith('file:'))
    .map((node) => node.resolved.slice('file:'.length));
  // The legacy `dependencies` tree of lockfile v2 describes the whole monorepo; npm 7 and later read `packages`.
  const { dependencies: _legacy, ...rest } = lock;
  const resolved = Object.fromEntries(Object.keys(kept).map((key) => [key, key === '' && layerKey !== '' ? kept[''] : named[key]]));
  return { lockfile: { ...rest, packages: sortKeys(kept) }, manifests, folders, tarballs: [...new Set(tarballs)].sort(), resolved };
}

/**
 * Throws, in npm's words and saying what to run, where `npm ci` refuses the lockfile: package.json wants a production
 * dependency that the lockfile cannot resolve from the package's folder. A spec that merely differs (a release bump
 * leaves the old range of a workspace dependency in the lockfile until the next `npm install`), or a dependency the
 * entry does not list but that a hoisted package satisfies, is npm's to judge: it accepts the lockfile as long as the
 * locked package satisfies package.json, and the install that follows says so if it does not.
 */
export function checkInStep(manifest: Record<string, any>, packages: Record<string, any>, dir: string, lockfile: string): void {
  const where = dir ? `${dir}/package.json` : 'package.json';
  const fix = `run \`npm install\` and commit ${lockfile}.`;
  const entry = packages[dir];
  if (!entry) throw new BuildError(`${dir || 'The project root'} is not in ${lockfile}; ${fix}`);
  const locked = new Set(PRODUCTION_DEPENDENCIES.flatMap((field) => Object.keys(entry[field] ?? {})));
  for (const field of PRODUCTION_DEPENDENCIES) {
    for (const [name, spec] of Object.entries(manifest[field] ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (locked.has(name) || resolveNode(packages, dir, name) !== undefined) continue;
      if (field === 'peerDependencies' && manifest.peerDependenciesMeta?.[name]?.optional) continue;
      throw new BuildError(
        `${lockfile} is out of step with ${where}: \`npm ci\` can only install packages when your package.json and ` +
          `${lockfile} are in sync (Missing: ${name}@${spec} from lock file): ${field}.${name} is in package.json but ` +
          `not in the lockfile; ${fix}`,
      );
    }
  }
}

/**
 * The lockfile's packages with each workspace folder's entry also naming the production dependencies its package.json
 * adds: npm resolves those from the tree (a hoisted package), so the layer's closure must hold them too.
 */
function withManifestNames(project: Project): Record<string, any> {
  const packages: Record<string, any> = { ...project.lock.packages };
  for (const dir of new Set([project.layerKey, ...project.workspaces])) {
    const [entry, manifest] = [packages[dir], project.manifest(dir)];
    if (!entry || !manifest) continue;
    const added = [...PRODUCTION_DEPENDENCIES, 'peerDependenciesMeta'].map((field) => [field, { ...manifest[field], ...entry[field] }] as const);
    packages[dir] = { ...entry, ...Object.fromEntries(added.filter(([, deps]) => Object.keys(deps).length > 0)) };
  }
  return packages;
}

/** Names of the packages in the layer's production closure whose install scripts npm would run, sorted. */
export function installScriptPackages(lock: Record<string, any>, layerKey: string): string[] {
  const scripted = withInstallScripts(lock.packages);
  if (scripted.size === 0) return [];
  const names = packageClosure(lock, layerKey === '' ? '.' : layerKey)
    .filter((entry) => scripted.has(entry.path))
    .map((entry) => entry.name);
  return [...new Set(names)].sort();
}

// A plan asks for every changed nodejs layer: the few entries with install scripts are found once per lockfile, rather
// than each closure's thousand entries being looked up in it again.
const scriptedKeys = new WeakMap<object, Set<string>>();

function withInstallScripts(packages: Record<string, any>): Set<string> {
  let keys = scriptedKeys.get(packages);
  if (!keys) {
    keys = new Set(Object.keys(packages).filter((key) => packages[key]?.hasInstallScript === true));
    scriptedKeys.set(packages, keys);
  }
  return keys;
}

function staged(manifest: Record<string, any>): Record<string, any> {
  const { devDependencies: _dev, ...rest } = manifest;
  if (rest.scripts?.prepare === undefined) return rest;
  const { prepare: _prepare, ...scripts } = rest.scripts;
  return { ...rest, scripts };
}

function withoutDev(entry: Record<string, any>): Record<string, any> {
  const { devDependencies: _dev, ...rest } = entry;
  return rest;
}

function omitUndefined(record: Record<string, unknown>): Record<string, any> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

function sortKeys(record: Record<string, any>): Record<string, any> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
