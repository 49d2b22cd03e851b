// The check every built nodejs layer gets, whatever package manager built it: each package's `main`, `exports` targets
// and `bin` files exist in the layer, and its native addons run on the layer's architecture. A workspace package whose
// `files` name build output that was never built would otherwise ship without its code, and fail at run time with
// "Cannot find module". It sees the layer as zipped: what the layer's `slim` globs drop is not in it.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Dropper } from '../packaging/slim';
import { BuildError } from './command';
import { nativeAddonProblems } from './native';

/** The conditions Node matches in `exports`, loading with require() or import; `default` ends the search. */
const NODE_CONDITIONS = new Set(['node', 'import', 'require', 'module-sync', 'default']);

export interface InstalledPackage {
  name: string;
  /** Folder relative to node_modules' parent: `node_modules/a`, `node_modules/a/node_modules/@s/b`. */
  dir: string;
  manifest: Record<string, any>;
}

/** Every package below a built `node_modules` folder (nested ones too), by folder, sorted. */
export async function installedPackages(nodeModules: string): Promise<InstalledPackage[]> {
  const found: InstalledPackage[] = [];
  const base = path.dirname(nodeModules);
  const visit = async (folder: string): Promise<void> => {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.sort()) {
      if (name.startsWith('.')) continue;
      if (name.startsWith('@')) {
        for (const sub of (await readdir(path.join(folder, name))).sort()) await visitPackage(path.join(folder, name, sub));
      } else {
        await visitPackage(path.join(folder, name));
      }
    }
  };
  const visitPackage = async (dir: string): Promise<void> => {
    const text = await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => undefined);
    if (text === undefined) return;
    let manifest: Record<string, any>;
    try {
      manifest = JSON.parse(text);
    } catch (error) {
      throw new BuildError(`${path.join(dir, 'package.json')} is not valid JSON (${(error as Error).message}); fix the package.`);
    }
    const rel = path.relative(base, dir).split(path.sep).join('/');
    found.push({ name: typeof manifest.name === 'string' ? manifest.name : rel.slice(rel.lastIndexOf('node_modules/') + 13), dir: rel, manifest });
    await visit(path.join(dir, 'node_modules'));
  };
  await visit(nodeModules);
  return found;
}

/**
 * Fails, naming every problem, unless each package below `nodeModules` (a layer's nodejs/node_modules) has the files
 * its `main`, `exports` and `bin` point at, and its native addons are ELF binaries for `architectures`. `drop` names
 * the slim glob that leaves a file (named from node_modules' parent, `node_modules/a/index.js`) out of the zip.
 */
export async function checkNodeModules(nodeModules: string, architectures: readonly string[], drop: Dropper = () => undefined): Promise<void> {
  const packages = await installedPackages(nodeModules);
  const problems = [
    ...(await Promise.all(packages.map((pkg) => entryPointProblems(path.join(path.dirname(nodeModules), pkg.dir), pkg, drop)))).flat(),
    ...(await nativeAddonProblems(nodeModules, architectures, (file) => drop(`node_modules/${file}`))),
  ];
  if (problems.length > 0) throw new BuildError(problems.join('\n'));
}

/** The entry points of one package that are not in its folder `dir`, or that `drop` leaves out, one sentence each. */
export async function entryPointProblems(
  dir: string,
  pkg: Pick<InstalledPackage, 'name' | 'dir' | 'manifest'>,
  drop: Dropper = () => undefined,
): Promise<string[]> {
  const { manifest } = pkg;
  const slimmed = (file: string, glob: string, why: string) =>
    `${pkg.name} (${pkg.dir}): ${why} ${file}, which slim glob \`${glob}\` drops from the zip, so Node could not load ` +
    `the package: narrow the glob so it keeps ${pkg.dir}/${file}, or remove it from the layer's \`slim\` (or \`defaults.slim\`).`;
  const problems: string[] = [];
  /** Entry points that exist but are slimmed away, with the glob. */
  const dropped = new Map<string, string>();
  const missing = (field: string, target: string, tried = [target]) => {
    const cut = tried.find((t) => dropped.has(t));
    problems.push(
      cut
        ? slimmed(cut, dropped.get(cut)!, `${field} points at`)
        : `${pkg.name} (${pkg.dir}): ${field} points at ${target}, which is not in the layer. Add a "build" script that ` +
            `makes it (workspace packages are built before they are packed), commit the file, or fix "files" in its ` +
            'package.json; for a dependency whose install script makes it, name the package in allowScripts.',
    );
  };
  const isFile = async (target: string) => {
    const exists = await stat(path.join(dir, target)).then(
      (s) => s.isFile(),
      () => false,
    );
    const glob = exists ? drop(path.posix.join(pkg.dir, target)) : undefined;
    if (glob) dropped.set(target, glob);
    return exists && !glob;
  };

  const main = typeof manifest.main === 'string' && manifest.main.trim() !== '' ? manifest.main : undefined;
  // require() tries the extensions and index files, then the package's index.js, before it gives up.
  const tries = main && [main, ...['.js', '.json', '.node'].map((ext) => main + ext), ...['js', 'json', 'node'].map((ext) => `${main}/index.${ext}`), 'index.js'];
  const manifestGlob = drop(`${pkg.dir}/package.json`);
  if (manifestGlob) {
    // A package slimmed away whole (its code with its package.json, as `**/@types/**` does) is no broken package.
    const kept = await anyOf([...(tries || []), ...exportTargets(manifest.exports).map((e) => e.target)], isFile);
    return kept ? [slimmed('package.json', manifestGlob, 'Node reads "main", "exports" and "type" from')] : [];
  }
  if (tries && !(await anyOf(tries, isFile))) missing('"main"', main, tries);
  for (const { field, target } of exportTargets(manifest.exports)) {
    if (!(await isFile(target))) missing(field, target);
  }
  const bin = typeof manifest.bin === 'string' ? { [pkg.name]: manifest.bin } : (manifest.bin ?? {});
  for (const [name, target] of Object.entries<unknown>(typeof bin === 'object' ? bin : {})) {
    if (typeof target === 'string' && !(await isFile(target))) missing(`"bin".${name}`, target);
  }
  return problems;
}

/**
 * The file targets of an `exports` field that Node resolves, with the field path for messages
 * (`exports["./feature"].import`). Patterns (`*`) and folder mappings (`./dir/`) name no one file and are left out.
 */
export function exportTargets(exports: unknown): { field: string; target: string }[] {
  const found: { field: string; target: string }[] = [];
  const visit = (value: unknown, field: string) => {
    if (Array.isArray(value)) {
      // Node takes the first target it can use; later ones are fallbacks for other versions.
      if (value.length > 0) visit(value[0], field);
    } else if (typeof value === 'string') {
      if (value.startsWith('./') && !value.includes('*') && !value.endsWith('/')) found.push({ field, target: value.slice(2) });
    } else if (typeof value === 'object' && value !== null) {
      for (const [condition, inner] of Object.entries(value)) {
        if (!NODE_CONDITIONS.has(condition)) continue;
        visit(inner, `${field}.${condition}`);
        if (condition === 'default') break;
      }
    }
  };
  const subpaths = typeof exports === 'object' && exports !== null && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith('.'));
  if (subpaths) {
    for (const [subpath, value] of Object.entries(exports as Record<string, unknown>)) {
      if (!subpath.includes('*') && !subpath.endsWith('/')) visit(value, `"exports"["${subpath}"]`);
    }
  } else if (exports !== undefined) {
    visit(exports, '"exports"');
  }
  return found;
}

async function anyOf(candidates: string[], test: (candidate: string) => Promise<boolean>): Promise<boolean> {
  for (const candidate of candidates) if (await test(candidate)) return true;
  return false;
}
