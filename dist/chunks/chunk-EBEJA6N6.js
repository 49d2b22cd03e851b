import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BuildError
} from "./chunk-MFIMENYZ.js";
import {
  LOCKFILES,
  PRODUCTION_DEPENDENCIES,
  assertLockfile,
  packageClosure,
  parseLockfile,
  resolveNode
} from "./chunk-PGQ72DLF.js";

// src/builders/npm-project.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/builders/prune.ts
function planStaging(project) {
  const { lock, layerKey } = project;
  const packages = lock.packages;
  const named = withManifestNames(project);
  const closure = packageClosure({ ...lock, packages: named }, layerKey === "" ? "." : layerKey);
  const targets = closure.filter((e) => e.link && packages[e.path].link !== true).map((e) => e.path);
  const folders = [.../* @__PURE__ */ new Set([layerKey, ...targets])].sort();
  const workspaces = folders.filter((dir) => dir !== "" && project.workspaces.has(dir));
  if (layerKey !== "" && !workspaces.includes(layerKey)) {
    throw new BuildError(
      `${layerKey} is not a workspace of the project that ${project.lockfile} locks: add it to \`workspaces\` in package.json (or give the layer a lockfile of its own), run \`npm install\` and commit the lockfile.`
    );
  }
  const manifests = /* @__PURE__ */ new Map();
  const kept = {};
  for (const dir of folders) {
    const manifest = project.manifest(dir);
    if (!manifest) {
      throw new BuildError(`${dir || "The project root"} has no package.json; restore it, or run \`npm install\` and commit ${project.lockfile}.`);
    }
    checkInStep(manifest, packages, dir, project.lockfile);
    manifests.set(dir, staged(manifest));
    kept[dir] = withoutDev(packages[dir]);
  }
  for (const entry of closure) kept[entry.path] ??= packages[entry.path];
  for (const [key, node] of Object.entries(packages)) {
    if (node.link === true && workspaces.includes(node.resolved) && /^node_modules\/(@[^/]+\/)?[^/]+$/.test(key)) kept[key] = node;
  }
  if (layerKey !== "") {
    const root = project.manifest("") ?? {};
    manifests.set("", omitUndefined({ name: root.name, version: root.version, private: true, overrides: root.overrides }));
    kept[""] = omitUndefined({ name: packages[""]?.name, version: packages[""]?.version });
  }
  if (workspaces.length > 0) {
    manifests.get("").workspaces = workspaces;
    kept[""] = { ...kept[""], workspaces };
  } else {
    delete manifests.get("").workspaces;
    delete kept[""].workspaces;
  }
  const tarballs = Object.values(kept).filter((node) => node.link !== true && typeof node.resolved === "string" && node.resolved.startsWith("file:")).map((node) => node.resolved.slice("file:".length));
  const { dependencies: _legacy, ...rest } = lock;
  const resolved = Object.fromEntries(Object.keys(kept).map((key) => [key, key === "" && layerKey !== "" ? kept[""] : named[key]]));
  return { lockfile: { ...rest, packages: sortKeys(kept) }, manifests, folders, tarballs: [...new Set(tarballs)].sort(), resolved };
}
function checkInStep(manifest, packages, dir, lockfile) {
  const where = dir ? `${dir}/package.json` : "package.json";
  const fix = `run \`npm install\` and commit ${lockfile}.`;
  const entry = packages[dir];
  if (!entry) throw new BuildError(`${dir || "The project root"} is not in ${lockfile}; ${fix}`);
  const locked = new Set(PRODUCTION_DEPENDENCIES.flatMap((field) => Object.keys(entry[field] ?? {})));
  for (const field of PRODUCTION_DEPENDENCIES) {
    for (const [name, spec] of Object.entries(manifest[field] ?? {}).sort(([a], [b]) => a < b ? -1 : 1)) {
      if (locked.has(name) || resolveNode(packages, dir, name) !== void 0) continue;
      if (field === "peerDependencies" && manifest.peerDependenciesMeta?.[name]?.optional) continue;
      throw new BuildError(
        `${lockfile} is out of step with ${where}: \`npm ci\` can only install packages when your package.json and ${lockfile} are in sync (Missing: ${name}@${spec} from lock file): ${field}.${name} is in package.json but not in the lockfile; ${fix}`
      );
    }
  }
}
function withManifestNames(project) {
  const packages = { ...project.lock.packages };
  for (const dir of /* @__PURE__ */ new Set([project.layerKey, ...project.workspaces])) {
    const [entry, manifest] = [packages[dir], project.manifest(dir)];
    if (!entry || !manifest) continue;
    const added = [...PRODUCTION_DEPENDENCIES, "peerDependenciesMeta"].map((field) => [field, { ...manifest[field], ...entry[field] }]);
    packages[dir] = { ...entry, ...Object.fromEntries(added.filter(([, deps]) => Object.keys(deps).length > 0)) };
  }
  return packages;
}
function installScriptPackages(lock, layerKey) {
  const scripted = withInstallScripts(lock.packages);
  if (scripted.size === 0) return [];
  const names = packageClosure(lock, layerKey === "" ? "." : layerKey).filter((entry) => scripted.has(entry.path)).map((entry) => entry.name);
  return [...new Set(names)].sort();
}
var scriptedKeys = /* @__PURE__ */ new WeakMap();
function withInstallScripts(packages) {
  let keys = scriptedKeys.get(packages);
  if (!keys) {
    keys = new Set(Object.keys(packages).filter((key) => packages[key]?.hasInstallScript === true));
    scriptedKeys.set(packages, keys);
  }
  return keys;
}
function staged(manifest) {
  const { devDependencies: _dev, ...rest } = manifest;
  if (rest.scripts?.prepare === void 0) return rest;
  const { prepare: _prepare, ...scripts } = rest.scripts;
  return { ...rest, scripts };
}
function withoutDev(entry) {
  const { devDependencies: _dev, ...rest } = entry;
  return rest;
}
function omitUndefined(record) {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== void 0));
}
function sortKeys(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a < b ? -1 : 1));
}

// src/builders/npm-project.ts
async function skippedInstallScripts(layer, repoRoot, lockfiles) {
  try {
    const found = await findProject(repoRoot, layer.path, lockfiles);
    return installScriptPackages(found.lock, found.layerKey).filter((name) => !layer.allowScripts.includes(name));
  } catch {
    return void 0;
  }
}
async function findProject(repoRoot, layerPath, lockfiles) {
  for (let dir = layerPath; ; dir = path.posix.dirname(dir)) {
    for (const name of LOCKFILES.filter((n) => n.endsWith(".json"))) {
      const file = path.posix.join(dir, name);
      if (!existsSync(path.join(repoRoot, file))) continue;
      let lock = lockfiles?.get(file);
      if (!lock) {
        lock = readNpmLockfile(repoRoot, file);
        lockfiles?.set(file, lock);
      }
      return { dir, lockfile: name, lock: await lock, layerKey: path.posix.relative(dir, layerPath) };
    }
    if (dir === "." || dir === "") break;
  }
  throw new BuildError(`No package-lock.json in ${layerPath} or the folders above it: run \`npm install\` and commit package-lock.json.`);
}
async function readNpmLockfile(repoRoot, file) {
  const fix = `run \`npm install\` and commit ${file}.`;
  let lock;
  try {
    lock = await parseLockfile(file, await readFile(path.join(repoRoot, file), "utf8"));
  } catch (error) {
    throw new BuildError(`${error.message}; ${fix}`);
  }
  try {
    assertLockfile(lock);
  } catch (error) {
    throw new BuildError(`${file}: ${error.message}; then ${fix}`);
  }
  return lock;
}

export {
  planStaging,
  installScriptPackages,
  skippedInstallScripts,
  findProject
};
//# sourceMappingURL=chunk-EBEJA6N6.js.map
