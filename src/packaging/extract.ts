// Unzips a layer as Lambda does into /opt, for the smoke test. Reading the zip back with another implementation than
// the one that wrote it (yauzl checks names, sizes and CRCs) is also a check of the zip itself.
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { isInside } from '../paths';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Extracts `zipPath` into the existing folder `dir`, keeping modes and symlinks; refuses anything that would leave it. */
export async function extractZip(zipPath: string, dir: string): Promise<void> {
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true });
  const links: { file: string; target: string }[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      // yauzl has already refused absolute names and `..`.
      const file = path.join(dir, entry.fileName);
      const mode = entry.externalFileAttributes >>> 16;
      if (entry.fileName.endsWith('/')) {
        await mkdir(file, { recursive: true });
        continue;
      }
      await mkdir(path.dirname(file), { recursive: true });
      const content = await zip.openReadStreamPromise(entry);
      if ((mode & S_IFMT) === S_IFLNK) {
        links.push({ file, target: (await content.toArray()).join('') });
        continue;
      }
      await pipeline(content, createWriteStream(file));
      await chmod(file, mode & 0o777 || 0o644);
    }
  } finally {
    zip.close();
  }
  // Links last, so that no file is ever written through one.
  for (const { file, target } of links) {
    if (path.isAbsolute(target) || !isInside(dir, path.resolve(path.dirname(file), target))) {
      throw new Error(`The zip holds a symlink ${path.relative(dir, file)} -> ${target} that leaves the layer: rebuild the zip with this action.`);
    }
    await symlink(target, file);
  }
}
