import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/run-folders.ts
import { mkdtempSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
function runFolder(parent, prefix) {
  return mkdtempSync(path.join(parent, `${prefix}${process.pid}-`));
}
async function sweepRunFolders(parent, prefix, remove = (dir) => rm(dir, { recursive: true, force: true })) {
  const names = await readdir(parent).catch(() => []);
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\d+)-`);
  const stale = names.filter((name) => {
    const pid = Number(pattern.exec(name)?.[1]);
    return pid > 0 && pid !== process.pid && !alive(pid);
  });
  const dirs = stale.map((name) => path.join(parent, name));
  await Promise.all(dirs.map((dir) => remove(dir).catch(() => void 0)));
  return dirs;
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

export {
  runFolder,
  sweepRunFolders
};
//# sourceMappingURL=chunk-2APCVJBB.js.map
