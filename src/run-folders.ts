// Temporary folders of a run carry its process id in their name, so that the next run can remove those of runs that
// were killed (SIGKILL, a lost runner) and could not clean up after themselves.
import { mkdtempSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** A new folder `<prefix><pid>-<random>` in `parent`. */
export function runFolder(parent: string, prefix: string): string {
  return mkdtempSync(path.join(parent, `${prefix}${process.pid}-`));
}

/** Removes the folders of `prefix` in `parent` whose run is gone; returns them. */
export async function sweepRunFolders(
  parent: string,
  prefix: string,
  remove: (dir: string) => Promise<unknown> = (dir) => rm(dir, { recursive: true, force: true }),
): Promise<string[]> {
  const names = await readdir(parent).catch(() => [] as string[]);
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)-`);
  const stale = names.filter((name) => {
    const pid = Number(pattern.exec(name)?.[1]);
    return pid > 0 && pid !== process.pid && !alive(pid);
  });
  const dirs = stale.map((name) => path.join(parent, name));
  await Promise.all(dirs.map((dir) => remove(dir).catch(() => undefined)));
  return dirs;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
