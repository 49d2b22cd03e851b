import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/run-folders.ts
import { mkdtempSync, readlinkSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
var namespace;
function pidNamespace() {
  if (namespace === void 0) {
    try {
      namespace = /\[(\d+)\]/.exec(readlinkSync("/proc/self/ns/pid"))?.[1] ?? null;
    } catch {
      namespace = null;
    }
  }
  return namespace;
}
function runFolder(parent, prefix) {
  const ns = pidNamespace();
  return mkdtempSync(path.join(parent, `${prefix}${process.pid}-${ns === null ? "" : `ns${ns}-`}`));
}
async function sweepRunFolders(parent, prefix, remove = (dir) => rm(dir, { recursive: true, force: true })) {
  const names = await readdir(parent).catch(() => []);
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\d+)-(?:ns(\\d+)-)?`);
  const ns = pidNamespace();
  const stale = names.filter((name) => {
    const [, pid, folderNs] = pattern.exec(name) ?? [];
    const here = folderNs === void 0 || folderNs === ns;
    return here && Number(pid) > 0 && Number(pid) !== process.pid && !alive(Number(pid));
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
//# sourceMappingURL=chunk-DV2TTIPC.js.map
