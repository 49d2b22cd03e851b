// Copying package folders as real files: symlinks are followed, but only while they stay inside a given folder, so
// nothing from outside the repository (or the staging folder) reaches a layer (design.md, Security).
import { copyFile, mkdir, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../paths';
import { BuildError } from './command';

/** What a package folder never brings along: its dependencies are placed on their own, and git data is not content. */
const SKIPPED = new Set(['node_modules', '.git']);

/**
 * The files below `dir` as sorted relative POSIX paths, without its top-level node_modules and .git. Symlinks are
 * followed (a folder behind a link is listed through it); `within` (a real path) bounds where they may point.
 */
export async function listFiles(dir: string, within: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (rel: string, ancestors: Set<string>) => {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (rel === '' && SKIPPED.has(entry.name)) continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        const real = await realInside(path.join(dir, child), within);
        if (!(await stat(real)).isDirectory()) files.push(child);
        else if (ancestors.has(real)) throw new BuildError(`${path.join(dir, child)} links to a folder above it; remove the loop.`);
        else await walk(child, new Set([...ancestors, real]));
      } else if (entry.isDirectory()) {
        await walk(child, ancestors);
      } else if (entry.isFile()) {
        files.push(child);
      }
    }
  };
  await walk('', new Set([await realpath(dir)]));
  return files;
}

/** Copies `files` (relative to `from`) to the same paths below `to`, following symlinks inside `within`, modes kept. */
export async function copyFiles(from: string, to: string, files: readonly string[], within: string): Promise<void> {
  await Promise.all(
    files.map(async (file) => {
      const source = await realInside(path.join(from, file), within);
      const target = path.join(to, file);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(source, target);
    }),
  );
}

/** The real path of `file`, which must exist and stay inside `within`. */
export async function realInside(file: string, within: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    throw new BuildError(`${file} does not exist (a broken symlink?); remove it or point it at a file that exists.`);
  }
  if (!isInside(within, real)) {
    throw new BuildError(
      `${file} resolves to ${real}, outside ${within}; layers only take files from inside the repository, so copy ` +
        'the file in instead of linking it.',
    );
  }
  return real;
}
