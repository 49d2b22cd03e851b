// The files of a layer's zip root, listed in the order they are zipped (bytewise by name, whatever the file system
// returned) with the only metadata that reaches the zip: executable or not, and where a symlink points.
// Nothing outside the root is ever listed or read: symlinks are kept as links, and only when they stay inside it.
// `.git` is never listed, at any depth: it is no layer content, and its config can hold the checkout's token.
// Synchronous: on 20,000 files it is three times faster than as many pending lstat promises, and 90 MB lighter.
import { lstatSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../paths';

export type TreeEntry = TreeFile | TreeLink;

export interface TreeFile {
  type: 'file';
  /** Zip entry name: relative, `/`-separated, never `..` nor absolute. */
  name: string;
  /** Absolute path to read the content from. */
  source: string;
  size: number;
  /** Identity of the listed file: zip.ts reads only this file, whatever replaced it since (see readListed there). */
  dev: number;
  ino: number;
  /** Any x bit in the source makes it 0755; everything else is 0644, whatever the umask or owner. */
  mode: 0o644 | 0o755;
}

export interface TreeLink {
  type: 'symlink';
  name: string;
  /** Relative link text to the target's real location inside the root, so the link works wherever the zip lands. */
  target: string;
}

/** Why a tree cannot be packaged, with the fix in the message. */
export class TreeError extends Error {}

export interface WalkOptions {
  repoRoot: string;
  /** Folders the root may be in (the repository, the layer's work folder); realpaths are compared. */
  allowed: readonly string[];
}

/** Lists `root` recursively. Directories are not entries (see zip.ts); sockets, fifos and devices are refused. */
export function walkTree(root: string, opts: WalkOptions): TreeEntry[] {
  const realRoot = resolved(root);
  if (!realRoot) {
    throw new TreeError(`The folder to package, ${root}, does not exist: check the layer's 'output' and that its build writes there.`);
  }
  const allowed = opts.allowed.map((dir) => resolved(dir) ?? dir);
  if (!allowed.some((dir) => isInside(dir, realRoot))) {
    throw new TreeError(
      `The folder to package, ${root}, resolves to ${realRoot}, outside the repository: ` +
        `point the layer's 'path' and 'output' at a folder inside ${opts.repoRoot}.`,
    );
  }
  const repo = realpathSync(opts.repoRoot);
  const entries: TreeEntry[] = [];

  const visit = (dir: string, prefix: string): void => {
    for (const base of readdirSync(dir)) {
      if (base === '.git') continue;
      const name = prefix + base;
      if (base.includes('\\')) {
        throw new TreeError(`${name}: a backslash in a file name reads as a folder separator in zip tools; rename the file.`);
      }
      const abs = dir + path.sep + base;
      const stat = lstatNamed(abs, dir, base, name);
      if (stat.isDirectory()) visit(abs, `${name}/`);
      else if (stat.isFile()) {
        const mode = stat.mode & 0o111 ? 0o755 : 0o644;
        entries.push({ type: 'file', name, source: abs, size: stat.size, dev: stat.dev, ino: stat.ino, mode });
      } else if (stat.isSymbolicLink()) {
        entries.push({ type: 'symlink', name, target: linkTarget(abs, name) });
      } else {
        throw new TreeError(`${name} is not a regular file, folder or symlink (a socket, fifo or device): remove it from the build output.`);
      }
    }
  };

  const linkTarget = (abs: string, name: string): string => {
    const text = readlinkSync(abs);
    const real = resolved(abs);
    if (!real) {
      throw new TreeError(
        `${name} is a symlink to ${text}, which does not exist or loops: make the build write the file it should point to, or remove the link.`,
      );
    }
    if (!isInside(realRoot, real)) {
      const where = isInside(repo, real)
        ? `outside the folder being packaged (${root}), so it would dangle in the layer`
        : `outside the repository (${real}), and nothing outside the repository is packaged`;
      throw new TreeError(
        `${name} is a symlink to ${text}, ${where}: copy the file into the build output instead of linking it ` +
          `(for example cp -L), or point the link at a file inside the output.`,
      );
    }
    const from = path.dirname(path.join(realRoot, name));
    return path.relative(from, real).split(path.sep).join('/') || '.';
  };

  visit(realRoot, '');
  // Bytes, not UTF-16 units nor locale: the order every machine agrees on. Below U+D800 the two agree, and comparing
  // the strings themselves spares a Buffer per file (80,000 of them for the bench's 600 MB layer).
  if (!entries.some((e) => /[\ud800-\uffff]/.test(e.name))) return entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  const keyed = entries.map((entry) => ({ entry, key: Buffer.from(entry.name) }));
  return keyed.sort((a, b) => Buffer.compare(a.key, b.key)).map((k) => k.entry);
}

/**
 * lstat, with the two ways a listed name cannot be read in words: a name that is not UTF-8 (Node lists it with U+FFFD
 * in place of its bytes, so the listed name does not exist) and a path longer than the system allows.
 */
function lstatNamed(abs: string, dir: string, base: string, name: string) {
  try {
    return lstatSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && base.includes('\ufffd')) {
      const raw = readdirSync(dir, { encoding: 'buffer' }).find((b) => b.toString('utf8') === base);
      const shown = name.slice(0, -base.length) + (raw ? escapeBytes(raw) : base);
      throw new TreeError(`${shown}: this file name is not valid UTF-8 (shown with \\x escapes), and zip entry names are UTF-8: make the build write it under a UTF-8 name.`);
    }
    if (code === 'ENAMETOOLONG') {
      throw new TreeError(
        `${name}: its path is ${Buffer.byteLength(abs)} bytes long, more than this system allows (ENAMETOOLONG): make the build write shallower folders or shorter names.`,
      );
    }
    throw error;
  }
}

/** A file name's bytes as text: valid UTF-8 as is, every other byte as \xNN. */
function escapeBytes(bytes: Buffer): string {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    const size = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
    let char: string | undefined;
    try {
      char = size > 0 ? strict.decode(bytes.subarray(i, i + size)) : undefined;
    } catch {
      char = undefined;
    }
    out += char ?? `\\x${lead.toString(16).padStart(2, '0')}`;
    i += char ? size : 1;
  }
  return out;
}

function resolved(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}
