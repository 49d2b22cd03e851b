// Slimming (a layer's `slim` globs): built files Lambda never runs (type declarations, source maps, docs) left out of
// the zip. Globs are paths from the zip root, like the zip's entry names; one that matches a folder drops all of it.
// Applied between the walk and packaging's checks, so the checks and the zip see the same, slimmed tree.
import path from 'node:path';
import { globMatcher } from '../globs';
import { bytes } from '../bytes';
import { BOOTSTRAP } from './bootstrap';
import { TreeError, type TreeEntry } from './walk';

/** The glob that drops a zip entry name (the first of `globs` that matches it or a folder above it), if any. */
export type Dropper = (name: string) => string | undefined;

export function dropper(globs: readonly string[]): Dropper {
  if (globs.length === 0) return () => undefined;
  const matchers = globs.map((glob) => ({ glob, test: globMatcher(glob, { dot: true }) }));
  const own = (name: string) => matchers.find((m) => m.test(name))?.glob;
  // Folders are shared by many files: each is matched once.
  const folders = new Map<string, string | undefined>();
  const folder = (dir: string): string | undefined => {
    if (dir === '.') return undefined;
    if (!folders.has(dir)) folders.set(dir, folder(path.posix.dirname(dir)) ?? own(dir));
    return folders.get(dir);
  };
  return (name) => folder(path.posix.dirname(name)) ?? own(name);
}

export interface Slimmed {
  kept: TreeEntry[];
  /** Files and links left out, and the bytes of those files. */
  files: number;
  bytes: number;
  /** The globs that dropped something, in configuration order. */
  globs: string[];
}

/**
 * The entries `globs` keep. Fails, naming the glob, when slimming would leave the layer without its runtime's
 * `bootstrap`, without any file, or with a link to a file it dropped.
 */
export function slimTree(entries: TreeEntry[], globs: readonly string[], layerType: string): Slimmed {
  const drop = dropper(globs);
  const kept: TreeEntry[] = [];
  const dropped = new Map<string, string>();
  let size = 0;
  for (const entry of entries) {
    const glob = drop(entry.name);
    if (glob === undefined) kept.push(entry);
    else {
      dropped.set(entry.name, glob);
      if (entry.type === 'file') size += entry.size;
    }
  }
  if (dropped.size === 0) return { kept, files: 0, bytes: 0, globs: [] };
  const problems: string[] = [];
  if (layerType === 'runtime' && dropped.has(BOOTSTRAP)) {
    problems.push(`slim glob \`${dropped.get(BOOTSTRAP)}\` drops bootstrap, which Lambda runs as /opt/bootstrap: remove the glob or narrow it so it no longer matches bootstrap.`);
  }
  if (kept.length === 0) problems.push(`slim globs ${[...new Set(dropped.values())].map((g) => `\`${g}\``).join(', ')} drop every file of the layer: narrow them to the files Lambda never reads.`);
  const links = kept.filter((e) => e.type === 'symlink');
  if (links.length > 0) {
    // A link may point at a folder: it dangles once nothing below it is kept.
    const keptDirs = new Set(kept.flatMap((e) => folders(e.name)));
    const droppedDirs = new Map([...dropped].flatMap(([name, glob]) => folders(name).map((dir) => [dir, glob] as const)).reverse());
    for (const link of links) {
      const target = path.posix.join(path.posix.dirname(link.name), link.target);
      const glob = dropped.get(target) ?? (keptDirs.has(target) ? undefined : droppedDirs.get(target));
      if (glob) problems.push(`${link.name} is a link to ${target}, which slim glob \`${glob}\` drops, so the link would dangle: drop the link too, or narrow the glob.`);
    }
  }
  if (problems.length > 0) throw new TreeError(problems.join('\n'));
  return { kept, files: dropped.size, bytes: size, globs: globs.filter((g) => [...dropped.values()].includes(g)) };
}

/** The folders above a zip entry name: `a/b/c` -> `a/b`, `a`. */
function folders(name: string): string[] {
  const found: string[] = [];
  for (let dir = path.posix.dirname(name); dir !== '.'; dir = path.posix.dirname(dir)) found.push(dir);
  return found;
}

/** "Slimmed 1,234 files (4.5 MB) by `**\/*.d.ts`, `**\/*.map`." */
export function slimmedLine(slimmed: Slimmed, globs: readonly string[]): string {
  if (slimmed.files === 0) return `Slimmed nothing: no file matches ${globs.map((g) => `\`${g}\``).join(', ')}.`;
  const unused = globs.filter((g) => !slimmed.globs.includes(g));
  return (
    `Slimmed ${slimmed.files.toLocaleString('en-US')} ${slimmed.files === 1 ? 'file' : 'files'} (${bytes(slimmed.bytes)}) by ` +
    `${slimmed.globs.map((g) => `\`${g}\``).join(', ')}.${unused.length > 0 ? ` No file matches ${unused.map((g) => `\`${g}\``).join(', ')}.` : ''}`
  );
}
