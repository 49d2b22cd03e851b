// One rule for "is this path inside that folder", used wherever the action refuses to read or write outside the
// repository (design.md, Security): config paths, build outputs, zip entries, symlinks, smoke-test files.
import path from 'node:path';

/** Whether absolute path `child` is `parent` itself or below it. Compare real paths to see through symlinks. */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  // `..x` is a file name inside; only `..` as a whole segment leaves.
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
