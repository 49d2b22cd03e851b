// The npm project a nodejs layer is built from, and what a plan tells of it before anything is built. Apart from the
// builders (nodejs.ts and the pnpm and yarn ones it dispatches to, with the yaml package): a plan loads only this.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { assertLockfile, LOCKFILES, parseLockfile } from '../detect/lockfiles';
import type { LayerConfig } from '../types';
import { BuildError } from './command';
import { installScriptPackages, type Project } from './prune';

/**
 * The packages of a nodejs layer whose install scripts are not run, because `allowScripts` does not name them; known
 * from the lockfile alone, so a plan tells them before anything is built. Undefined when the layer cannot be read (its
 * build says why).
 */
export async function skippedInstallScripts(layer: LayerConfig, repoRoot: string, lockfiles?: LockfileCache): Promise<string[] | undefined> {
  try {
    const found = await findProject(repoRoot, layer.path, lockfiles);
    return installScriptPackages(found.lock, found.layerKey).filter((name) => !layer.allowScripts.includes(name));
  } catch {
    return undefined;
  }
}

export interface FoundProject extends Pick<Project, 'lock' | 'lockfile' | 'layerKey'> {
  /** The project's folder relative to the repository ('.' for its root). */
  dir: string;
}

/** The nearest npm project holding the layer's folder, from the layer's folder up to the repository root. */
export async function findProject(repoRoot: string, layerPath: string, lockfiles?: LockfileCache): Promise<FoundProject> {
  for (let dir = layerPath; ; dir = path.posix.dirname(dir)) {
    // pnpm and yarn lockfiles nearer the layer were dispatched to their builders.
    for (const name of LOCKFILES.filter((n) => n.endsWith('.json'))) {
      const file = path.posix.join(dir, name);
      if (!existsSync(path.join(repoRoot, file))) continue;
      let lock = lockfiles?.get(file);
      if (!lock) {
        lock = readNpmLockfile(repoRoot, file);
        lockfiles?.set(file, lock);
      }
      return { dir, lockfile: name, lock: await lock, layerKey: path.posix.relative(dir, layerPath) };
    }
    if (dir === '.' || dir === '') break;
  }
  throw new BuildError(`No package-lock.json in ${layerPath} or the folders above it: run \`npm install\` and commit package-lock.json.`);
}

/** Parsed package-lock.json files by path, shared by a run's layers so that a plan reads each once. */
export type LockfileCache = Map<string, Promise<Record<string, any>>>;

async function readNpmLockfile(repoRoot: string, file: string): Promise<Record<string, any>> {
  const fix = `run \`npm install\` and commit ${file}.`;
  let lock: Record<string, any>;
  try {
    lock = (await parseLockfile(file, await readFile(path.join(repoRoot, file), 'utf8'))) as Record<string, any>;
  } catch (error) {
    throw new BuildError(`${(error as Error).message}; ${fix}`);
  }
  try {
    assertLockfile(lock);
  } catch (error) {
    throw new BuildError(`${file}: ${(error as Error).message}; then ${fix}`);
  }
  return lock;
}
