// pnpm-lock.yaml v6 ('/name@1.0.0' keys in `packages`) and v9 ('name@1.0.0' in `packages`, dependencies in
// `snapshots`): closures walked from an importer (a workspace folder) through its links and packages. Pure.
import { posix } from 'node:path';
import { readYaml } from '../../yaml';
import { byPath, isObject, type ClosureOptions, type LockEntry, type RootLockfileFormat } from './entries';

export const pnpm: RootLockfileFormat = {
  files: ['pnpm-lock.yaml'],
  // Checked by assertLockfile once parsed, like every format's.
  parse: (text) => readYaml(text) as Record<string, any>,
  recognizes: (lock) => isObject(lock.importers),
  assertReadable(lock) {
    if (!(Number.parseInt(String(lock.lockfileVersion), 10) >= 6)) {
      throw new Error(`pnpm-lock.yaml lockfileVersion ${lock.lockfileVersion} is not supported; regenerate it with pnpm 8 or later`);
    }
  },
  closure: pnpmClosure,
};

function pnpmClosure(lock: Record<string, any>, fromDir: string, opts: ClosureOptions): LockEntry[] {
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
