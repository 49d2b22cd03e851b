// Temporary folders of a run carry its process id in their name, so that the next run can remove those of runs that
// were killed (SIGKILL, a lost runner) and could not clean up after themselves. A pid names a process only within its
// PID namespace: runners in containers that share /tmp each have their own, so the name carries the namespace too, and
// a folder of another namespace is never judged by its pid.
import { mkdtempSync, readlinkSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

let namespace: string | null | undefined;

/** This process's PID namespace (the inode Linux shows in /proc/self/ns/pid), or null where there is none to read. */
function pidNamespace(): string | null {
  if (namespace === undefined) {
    try {
      namespace = /\[(\d+)\]/.exec(readlinkSync('/proc/self/ns/pid'))?.[1] ?? null;
    } catch {
      namespace = null;
    }
  }
  return namespace;
}

/** A new folder `<prefix><pid>-ns<namespace>-<random>` in `parent` (`<prefix><pid>-<random>` without a namespace). */
export function runFolder(parent: string, prefix: string): string {
  const ns = pidNamespace();
  return mkdtempSync(path.join(parent, `${prefix}${process.pid}-${ns === null ? '' : `ns${ns}-`}`));
}

/** Removes the folders of `prefix` in `parent` whose run is gone; returns them. */
export async function sweepRunFolders(
  parent: string,
  prefix: string,
  remove: (dir: string) => Promise<unknown> = (dir) => rm(dir, { recursive: true, force: true }),
): Promise<string[]> {
  const names = await readdir(parent).catch(() => [] as string[]);
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)-(?:ns(\\d+)-)?`);
  const ns = pidNamespace();
  const stale = names.filter((name) => {
    const [, pid, folderNs] = pattern.exec(name) ?? [];
    // A folder named by pid alone was made where no namespace could be read, or by an earlier release: judged by pid.
    const here = folderNs === undefined || folderNs === ns;
    return here && Number(pid) > 0 && Number(pid) !== process.pid && !alive(Number(pid));
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
