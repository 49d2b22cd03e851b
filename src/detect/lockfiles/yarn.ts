// yarn.lock, classic (v1) and berry (2+), read into dependency closures like package-lock.json and pnpm-lock.yaml.
// Neither lists a workspace's production dependencies apart from its devDependencies (classic does not list
// workspaces at all; berry merges both into `dependencies`), so the workspaces' manifests say which are production.
// Pure: the caller reads the files.
import { posix } from 'node:path';
import { readYaml } from '../../yaml';
import type { WorkspaceGraph } from '../workspaces';
import { byPath, type LockEntry, type RootLockfileFormat } from './entries';

export interface YarnLock {
  yarnLockfile: 'classic' | 'berry';
  /** Entry by descriptor (`name@range`, one key per descriptor: berry's comma-joined keys are split). */
  entries: Record<string, Record<string, any>>;
}

export const yarn: RootLockfileFormat = {
  files: ['yarn.lock'],
  parse: parseYarnLock,
  recognizes: (lock) => 'yarnLockfile' in lock,
  assertReadable: () => undefined,
  closure: (lock, fromDir, opts) => yarnClosure(lock as YarnLock, fromDir, opts.workspaces, opts.includeDev === true),
};

/** Throws on text that is neither lockfile; the caller names the file. */
async function parseYarnLock(text: string): Promise<YarnLock> {
  if (!/^__metadata:/m.test(text)) {
    // Yarn 1's parser comes bundled with most of yarn (0.3 MB): loaded only for a yarn 1 lockfile.
    const yarn1 = await import('@yarnpkg/lockfile');
    const parsed = (yarn1.parse ?? yarn1.default.parse)(text);
    if (parsed.type === 'conflict') throw new Error('it has unresolved merge conflicts: run `yarn install` and commit it');
    return { yarnLockfile: 'classic', entries: parsed.object };
  }
  const entries: Record<string, Record<string, any>> = {};
  for (const [key, entry] of Object.entries<any>(readYaml(text) ?? {})) {
    if (key === '__metadata') continue;
    for (const descriptor of key.split(',')) entries[descriptor.trim()] = entry;
  }
  return { yarnLockfile: 'berry', entries };
}

function yarnClosure(lock: YarnLock, fromDir: string, workspaces: WorkspaceGraph | undefined, includeDev: boolean): LockEntry[] {
  const dir = fromDir === '.' ? '' : fromDir;
  const byDir = new Map([...(workspaces?.packages.values() ?? [])].map((p) => [p.dir, p.manifest]));
  if (workspaces) byDir.set('', workspaces.root);
  const found = new Map<string, LockEntry>();
  const berry = lock.yarnLockfile === 'berry';

  // The starting workspace's devDependencies with includeDev (what its build reads), never those of the workspaces it reaches.
  const visitWorkspace = (at: string, withDev = false) => {
    const manifest = byDir.get(at);
    const fields = ['dependencies', 'optionalDependencies', ...(withDev ? ['devDependencies'] : [])];
    const installed = new Set(fields.flatMap((field) => Object.keys(manifest?.[field] ?? {})));
    // Berry's workspace entry holds the ranges as locked; classic has only the manifest's.
    const own = berry ? workspaceEntries(lock).get(at) : undefined;
    const ranges: Record<string, string> = berry ? { ...own?.dependencies } : Object.assign({}, ...fields.map((field) => manifest?.[field]));
    for (const [name, range] of Object.entries<string>(ranges)) {
      if (manifest && !installed.has(name)) continue;
      visit(name, berry ? range : classicRange(range, at), own?.resolution);
    }
  };

  const visit = (name: string, range: string, parent: string | undefined) => {
    const entry =
      lock.entries[`${name}@${range}`] ??
      (parent === undefined ? undefined : lock.entries[`${name}@${range}::locator=${encodeURIComponent(parent)}`]);
    const workspaceDir = berry ? workspaceOf(entry) : entry === undefined ? workspaces?.packages.get(name)?.dir : undefined;
    if (workspaceDir !== undefined) {
      if (found.has(workspaceDir)) return;
      found.set(workspaceDir, { path: workspaceDir, name, link: true });
      visitWorkspace(workspaceDir);
      return;
    }
    if (entry === undefined) return;
    const version = String(entry.version);
    const path = berry ? String(entry.resolution) : `${name}@${version}`;
    if (found.has(path)) return;
    const result: LockEntry = { path, name, version };
    const integrity = entry.checksum ?? entry.integrity;
    if (typeof integrity === 'string') result.integrity = integrity;
    if (typeof entry.resolved === 'string') result.resolved = entry.resolved;
    if (berry && entry.linkType === 'soft') result.link = true;
    found.set(path, result);
    for (const field of ['dependencies', 'optionalDependencies']) {
      for (const [dep, depRange] of Object.entries<any>(entry[field] ?? {})) visit(dep, String(depRange), entry.resolution);
    }
  };

  visitWorkspace(dir, includeDev);
  return [...found.values()].sort(byPath);
}

/** The range yarn 1 locks a workspace's dependency under: `file:` paths are relative to the root (berry binds them to the workspace). */
export function classicRange(range: string, workspaceDir: string): string {
  return range.startsWith('file:') ? `file:${posix.normalize(posix.join(workspaceDir || '.', range.slice(5)))}` : range;
}

/** The folder of a berry workspace entry (`@acme/x@workspace:packages/x`), '' for the root. */
function workspaceOf(entry: Record<string, any> | undefined): string | undefined {
  const match = typeof entry?.resolution === 'string' ? /^(?:@[^/]+\/)?[^@]+@workspace:(.*)$/.exec(entry.resolution) : null;
  return match ? (match[1] === '.' ? '' : match[1]) : undefined;
}

const workspaceIndex = new WeakMap<YarnLock, Map<string, Record<string, any>>>();

/** Berry's workspace entries by folder, indexed once per lockfile as every layer looks its workspaces up. */
function workspaceEntries(lock: YarnLock): Map<string, Record<string, any>> {
  let index = workspaceIndex.get(lock);
  if (!index) {
    index = new Map();
    for (const entry of Object.values(lock.entries)) {
      const dir = workspaceOf(entry);
      if (dir !== undefined) index.set(dir, entry);
    }
    workspaceIndex.set(lock, index);
  }
  return index;
}
