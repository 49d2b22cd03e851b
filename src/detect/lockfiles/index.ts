// The root lockfile, whichever package manager wrote it: parsed, checked and walked into dependency closures by the
// module of its format, so that a lockfile change marks only the layers whose closure changed. Pure: the caller reads
// the file.
import { isObject, type ClosureOptions, type LockEntry, type RootLockfileFormat } from './entries';
import { npm } from './npm';
import { pnpm } from './pnpm';
import { yarn } from './yarn';

export { ascending, diffClosures, packageId, unionOfClosures, type ClosureGraph, type LockEntry } from './entries';
export {
  closureGraph,
  closuresAtBase,
  closureTouched,
  dependencyNames,
  hoistedPackage,
  hoistedPrograms,
  resolveNode,
  touchedKeys,
  touchedNamesakes,
  workspaceLinks,
} from './npm';

// npm last: it reads whatever the others do not recognize.
const ROOT_FORMATS: readonly RootLockfileFormat[] = [yarn, pnpm, npm];

/** Root lockfiles we can read precisely, in the order package managers prefer them. */
export const LOCKFILES = [...npm.files, ...pnpm.files, ...yarn.files];

export async function parseLockfile(file: string, text: string): Promise<unknown> {
  const format = ROOT_FORMATS.find((f) => f.files.some((name) => file.endsWith(name))) ?? npm;
  try {
    return await format.parse(text);
  } catch (error) {
    throw new Error(`${file} could not be parsed: ${(error as Error).message}`);
  }
}

/** Throws, saying what to do, when `lock` is not a lockfile we read (npm v2/v3, pnpm v6+, yarn.lock). */
export function assertLockfile(lock: unknown): asserts lock is Record<string, any> {
  if (!isObject(lock)) throw new Error('the lockfile is not an object');
  formatOf(lock).assertReadable(lock);
}

/**
 * Production dependency closure of the package at repo-relative dir `fromDir`, as its package manager installs it,
 * workspace links followed into the workspace package's own entries. Sorted by path.
 */
export function packageClosure(lock: unknown, fromDir: string, opts: ClosureOptions = {}): readonly LockEntry[] {
  assertLockfile(lock);
  return formatOf(lock).closure(lock, fromDir, opts);
}

function formatOf(lock: Record<string, any>): RootLockfileFormat {
  return ROOT_FORMATS.find((f) => f.recognizes(lock))!;
}
