// The files of dist/ that an entry point brings in, read from their import statements: for the bench's figure of what
// every run loads and for the test that the command line bundles no @actions/* code.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const STATIC_IMPORT = /^import\s(?:[^;]*?\sfrom\s)?["'](\.{1,2}\/[^"']+)["']/gm;
const ANY_IMPORT = /(?:\bfrom|\bimport\()\s*["'](\.{1,2}\/[^"']+)["']/g;

/** `entry` and every file it imports, transitively; `dynamic` adds what import() would load on demand. */
export async function importedFiles(entry: string, opts: { dynamic: boolean }): Promise<string[]> {
  const found = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (found.has(file)) return;
    found.add(file);
    const code = await readFile(file, 'utf8');
    for (const [, spec] of code.matchAll(opts.dynamic ? ANY_IMPORT : STATIC_IMPORT)) await visit(path.resolve(path.dirname(file), spec));
  };
  await visit(entry);
  return [...found];
}
