import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { BuildError } from '../../src/builders';

/** The message of the BuildError a build fails with. */
export async function buildError(build: Promise<unknown>): Promise<string> {
  const error = await build.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(BuildError);
  return (error as Error).message;
}

/** The files below `dir`, relative and sorted; throws on a symlink, which a layer must not hold. */
export async function filesIn(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of (await readdir(dir, { recursive: true })).sort()) {
    const info = await lstat(path.join(dir, entry));
    if (info.isSymbolicLink()) throw new Error(`${entry} is a symlink`);
    if (info.isFile()) files.push(entry);
  }
  return files;
}

/** The files below `dir` with their bytes, for comparing two builds. */
export async function snapshot(dir: string): Promise<[string, string][]> {
  return Promise.all((await filesIn(dir)).map(async (file) => [file, await readFile(path.join(dir, file), 'latin1')] as [string, string]));
}
