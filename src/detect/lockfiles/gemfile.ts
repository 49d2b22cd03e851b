// A ruby layer's Gemfile.lock read as lockfile entries, so that a gem bump shows as `rack@3.0.8 -> 3.0.9` on the
// layers whose Gemfile uses it, like npm lockfile entries. Pure: the caller reads the files.
import { byPath, diffClosures, type LockEntry, type LockfileFormat } from './entries';

export const GEMFILE_LOCK = 'Gemfile.lock';

/** A ruby layer's own lockfile: its closure is the whole Gemfile's, whatever folder asks. */
export const gemfile = {
  files: [GEMFILE_LOCK],
  parse: parseGemfileLock,
  closure: (lock: GemfileLock) => gemClosure(lock),
} satisfies LockfileFormat<GemfileLock>;

interface GemSpec {
  name: string;
  /** As locked, with the platform when there is one: `1.16.0` or `1.16.0-x86_64-linux`. */
  version: string;
  /** Where it comes from: the GEM remote, `git <remote>#<revision>` or `path <folder>`. */
  source: string;
  dependencies: string[];
}

export interface GemfileLock {
  specs: GemSpec[];
  /** The Gemfile's own gems (DEPENDENCIES), without version requirements or the `!` of pinned sources. */
  dependencies: string[];
  /** `name@version` -> checksum, from the CHECKSUMS section of recent bundlers. */
  checksums: Map<string, string>;
}

/**
 * Sections start at column 0; in GEM, GIT and PATH, `specs:` lists each gem at 4 spaces and its dependencies at 6;
 * DEPENDENCIES and CHECKSUMS list entries at 2 spaces.
 */
export function parseGemfileLock(text: string): GemfileLock {
  const lock: GemfileLock = { specs: [], dependencies: [], checksums: new Map() };
  let section = '';
  let source = { remote: '', revision: '' };
  let current: GemSpec | undefined;
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    if (/^\S/.test(line)) {
      section = line.trim();
      source = { remote: '', revision: '' };
      current = undefined;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const item = /^([^\s(]+)(?: \(([^)]*)\))?(?: (\S+))?$/.exec(line.trim());
    if (['GEM', 'GIT', 'PATH'].includes(section)) {
      const option = /^(remote|revision): (.*)$/.exec(line.trim());
      if (indent === 2 && option) source = { ...source, [option[1]]: option[2] };
      else if (indent === 4 && item) {
        const where = section === 'GEM' ? source.remote : `${section.toLowerCase()} ${source.remote}${source.revision ? `#${source.revision}` : ''}`;
        lock.specs.push((current = { name: item[1], version: item[2] ?? '', source: where, dependencies: [] }));
      } else if (indent === 6 && item && current) current.dependencies.push(item[1]);
    } else if (section === 'DEPENDENCIES' && indent === 2 && item) {
      lock.dependencies.push(item[1].replace(/!$/, ''));
    } else if (section === 'CHECKSUMS' && indent === 2 && item && item[2]) {
      lock.checksums.set(`${item[1]}@${item[2]}`, item[3] ?? '');
    }
  }
  return lock;
}

/** The gems the Gemfile's dependencies need, transitively, as lockfile entries sorted by name and version. */
export function gemClosure(lock: GemfileLock): LockEntry[] {
  const byName = new Map<string, GemSpec[]>();
  for (const spec of lock.specs) byName.set(spec.name, [...(byName.get(spec.name) ?? []), spec]);
  const seen = new Set<string>();
  const queue = [...lock.dependencies];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const spec of byName.get(name) ?? []) queue.push(...spec.dependencies);
  }
  return lock.specs
    .filter((spec) => seen.has(spec.name))
    .map((spec) => ({
      path: `${spec.name}@${spec.version}`,
      name: spec.name,
      version: spec.version,
      resolved: spec.source,
      integrity: lock.checksums.get(`${spec.name}@${spec.version}`) || undefined,
    }))
    .sort(byPath);
}

/** The gem entries that changed between the Gemfile.lock at the base (undefined: it did not exist) and now. */
export function gemChanges(before: string | undefined, now: readonly LockEntry[]): string[] {
  return diffClosures(before === undefined ? [] : gemClosure(parseGemfileLock(before)), now);
}
