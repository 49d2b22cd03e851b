import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  installScriptPackages,
  planStaging
} from "./chunk-VINOMC6B.js";
import {
  dropper,
  elfArchitecture,
  elfMachine
} from "./chunk-2HRMI7NI.js";
import {
  require_dist
} from "./chunk-XKRDKDOR.js";
import {
  BuildError,
  runCommand
} from "./chunk-MFIMENYZ.js";
import {
  isTestFile
} from "./chunk-U3LUUBNQ.js";
import {
  LOCKFILES,
  classicRange,
  dependencyNames,
  parseLockfile,
  readJson,
  readWorkspaces,
  resolveNode,
  workspaceDependencies
} from "./chunk-ALKFCDW4.js";
import "./chunk-Y3A3TBS2.js";
import "./chunk-BCDA2SNQ.js";
import "./chunk-FT3CAMBC.js";
import {
  isInside
} from "./chunk-TGKLIGP6.js";
import {
  __toESM
} from "./chunk-SK5B422H.js";

// src/builders/index.ts
import { mkdir as mkdir6 } from "node:fs/promises";

// src/builders/nodejs.ts
import { existsSync as existsSync3 } from "node:fs";
import { mkdir as mkdir3, readFile as readFile4, realpath as realpath3, rm as rm2, writeFile as writeFile3 } from "node:fs/promises";
import path8 from "node:path";

// src/builders/files.ts
import { copyFile, mkdir, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
var SKIPPED = /* @__PURE__ */ new Set(["node_modules", ".git"]);
async function listFiles(dir, within) {
  const files = [];
  const walk = async (rel, ancestors) => {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
      if (rel === "" && SKIPPED.has(entry.name)) continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        const real = await realInside(path.join(dir, child), within);
        if (!(await stat(real)).isDirectory()) files.push(child);
        else if (ancestors.has(real)) throw new BuildError(`${path.join(dir, child)} links to a folder above it; remove the loop.`);
        else await walk(child, /* @__PURE__ */ new Set([...ancestors, real]));
      } else if (entry.isDirectory()) {
        await walk(child, ancestors);
      } else if (entry.isFile()) {
        files.push(child);
      }
    }
  };
  await walk("", /* @__PURE__ */ new Set([await realpath(dir)]));
  return files;
}
async function copyFiles(from, to, files, within) {
  await Promise.all(
    files.map(async (file) => {
      const source = await realInside(path.join(from, file), within);
      const target = path.join(to, file);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(source, target);
    })
  );
}
async function realInside(file, within) {
  let real;
  try {
    real = await realpath(file);
  } catch {
    throw new BuildError(`${file} does not exist (a broken symlink?); remove it or point it at a file that exists.`);
  }
  if (!isInside(within, real)) {
    throw new BuildError(
      `${file} resolves to ${real}, outside ${within}; layers only take files from inside the repository, so copy the file in instead of linking it.`
    );
  }
  return real;
}

// src/builders/installed.ts
import { existsSync as existsSync2 } from "node:fs";
import { mkdir as mkdir2, readdir as readdir2, readFile, realpath as realpath2, rm, writeFile } from "node:fs/promises";
import path3 from "node:path";

// src/builders/placement.ts
function dependencyGraph(packages, from) {
  const graph = /* @__PURE__ */ new Map();
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.pop();
    if (graph.has(at)) continue;
    const edges = /* @__PURE__ */ new Map();
    graph.set(at, edges);
    for (const name of dependencyNames(packages[at], false)) {
      const hit = resolveNode(packages, at, name);
      const target = hit !== void 0 && packages[hit].link === true ? packages[hit].resolved : hit;
      if (typeof target !== "string" || packages[target] === void 0) continue;
      edges.set(name, target);
      queue.push(target);
    }
  }
  return graph;
}
var MAX_COPIES = 32;
function placePackages(graph, root) {
  const placed = /* @__PURE__ */ new Map([["", root]]);
  const satisfied = /* @__PURE__ */ new Map();
  const queue = [""];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i];
    const edges = [...graph.get(placed.get(at)) ?? []].sort(([a], [b]) => a < b ? -1 : 1);
    for (const [name, target] of edges) {
      const found = resolveIn(placed, at, name);
      if (found === void 0 || placed.get(found) !== target) {
        if (placed.size > MAX_COPIES * graph.size) {
          throw new BuildError(
            `the dependencies of ${target} cannot be laid out in one node_modules tree (a cycle of conflicting versions?); dedupe them in the monorepo (\`npm dedupe\`, or \`overrides\` in package.json) and commit package-lock.json.`
          );
        }
        const spot = highestSpot(placed, satisfied, at, name, target);
        placed.set(spot, target);
        queue.push(spot);
      }
      const list = satisfied.get(name) ?? [];
      list.push({ from: at, target });
      satisfied.set(name, list);
    }
  }
  placed.delete("");
  return new Map([...placed].sort(([a], [b]) => a < b ? -1 : 1));
}
function highestSpot(placed, satisfied, at, name, target) {
  const dirs = packageDirs(at);
  let best = spotIn(at, name);
  for (let i = dirs.length - 1; i >= 0; i--) {
    const spot = spotIn(dirs[i], name);
    if (placed.has(spot)) break;
    const hides = (satisfied.get(name) ?? []).some((edge) => {
      if (edge.target === target || !isBelow(edge.from, dirs[i])) return false;
      const current = resolveIn(placed, edge.from, name);
      return current === void 0 || dirOf(current, name).length < dirs[i].length;
    });
    if (!hides) best = spot;
  }
  return best;
}
function resolveIn(placed, at, name) {
  const dirs = packageDirs(at);
  for (let i = dirs.length - 1; i >= 0; i--) {
    const spot = spotIn(dirs[i], name);
    if (placed.has(spot)) return spot;
  }
  return void 0;
}
function packageDirs(at) {
  if (at === "") return [""];
  const parts = at.split("/node_modules/");
  return ["", ...parts.map((_, i) => parts.slice(0, i + 1).join("/node_modules/"))];
}
var spotIn = (dir, name) => dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
var dirOf = (spot, name) => spot.slice(0, Math.max(0, spot.length - `/node_modules/${name}`.length));
var isBelow = (at, dir) => dir === "" || at === dir || at.startsWith(`${dir}/`);

// src/builders/workspace-builds.ts
import { existsSync } from "node:fs";
import path2 from "node:path";
var ALL_DEPENDENCIES = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
function buildOrder(graph, closure) {
  const byDir = new Map([...graph.packages.values()].map((pkg) => [pkg.dir, pkg]));
  const order = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (dir) => {
    const pkg = byDir.get(dir);
    if (!pkg || seen.has(dir)) return;
    seen.add(dir);
    for (const field of ALL_DEPENDENCIES) {
      for (const name of Object.keys(pkg.manifest[field] ?? {}).sort()) {
        const dependency = graph.packages.get(name);
        if (dependency) visit(dependency.dir);
      }
    }
    if (typeof pkg.manifest.scripts?.build === "string") order.push(dir);
  };
  for (const dir of [...closure].sort()) visit(dir);
  return order;
}
var NPM = { file: "npm", install: ["ci", "--ignore-scripts", "--no-audit", "--no-fund"] };
async function buildWorkspaces(layer, projectRoot, dirs, opts, tool = NPM) {
  if (dirs.length === 0) return;
  const commandOpts = { ...opts, env: { ...opts.env, ...tool.env } };
  const memo = opts.workspaceBuilds ?? /* @__PURE__ */ new Map();
  const once = (key, run) => {
    let pending = memo.get(key);
    if (!pending) memo.set(key, pending = run().then(() => void 0));
    return pending;
  };
  const where = path2.relative(opts.repoRoot, projectRoot) || "the repository root";
  await once(`${projectRoot}\0install`, async () => {
    if (existsSync(path2.join(projectRoot, "node_modules"))) return;
    await runCommand(
      layer,
      {
        file: tool.file,
        args: tool.install,
        cwd: projectRoot,
        display: [tool.file, ...tool.install].join(" "),
        hint: `It installs the devDependencies that the workspace packages' \`build\` scripts need, in ${where}. Install them in a workflow step before this one instead (then node_modules exists and is used as it is), or fix the lockfile as ${tool.file} says.`
      },
      commandOpts
    );
  });
  for (const dir of dirs) {
    await once(
      `${projectRoot}\0${dir}`,
      () => runCommand(
        layer,
        {
          file: tool.file,
          args: ["run", "build"],
          cwd: path2.join(projectRoot, dir),
          display: `${tool.file} run build`,
          hint: `The layer includes the workspace package in ${dir}, whose \`build\` script makes the files it ships; fix the build (it runs in the checkout, after its workspace dependencies are built).`
        },
        commandOpts
      )
    );
  }
}

// src/builders/installed.ts
function nearestLockfile(repoRoot, layerPath) {
  for (let dir = layerPath; ; dir = path3.posix.dirname(dir)) {
    for (const name of LOCKFILES) {
      const file = path3.posix.join(dir, name);
      if (existsSync2(path3.join(repoRoot, file))) return { dir, name, file };
    }
    if (dir === "." || dir === "") return void 0;
  }
}
var NODE_CPU = { x86_64: "x64", arm64: "arm64" };
async function stageProject(repoRoot, lockfile, layerPath, staging, build) {
  const repoReal = await realpath2(repoRoot);
  const checkout = path3.join(repoRoot, lockfile.dir);
  const layerKey = lockfile.dir === "." ? layerPath : path3.posix.relative(lockfile.dir, layerPath);
  const graph = await readWorkspaces(checkout);
  const manifest = readJson(checkout, path3.posix.join(layerKey || ".", "package.json"));
  if (!manifest) throw new BuildError(`${layerPath}/package.json does not exist: a nodejs layer installs the dependencies it lists.`);
  const workspaces = new Set([...graph.packages.values()].map((p) => p.dir));
  if (layerKey !== "" && !workspaces.has(layerKey)) {
    throw new BuildError(
      `${layerPath} is not a workspace of the project that ${lockfile.file} locks: add it to the workspaces (pnpm-workspace.yaml, or \`workspaces\` in package.json), install and commit the lockfile; or give the layer a lockfile of its own.`
    );
  }
  const linked = workspaceDependencies(graph, manifest).map((p) => p.dir);
  if (build) await buildWorkspaces(build.layer, checkout, buildOrder(graph, linked), build.opts, build.tool);
  const local = /* @__PURE__ */ new Set([layerKey, ...linked]);
  const project = path3.join(staging, lockfile.dir);
  const copied = /* @__PURE__ */ new Map();
  const walk = async (rel) => {
    for (const entry of await readdir2(path3.join(checkout, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      const [from, to] = [path3.join(checkout, child), path3.join(project, child)];
      if (entry.name === "node_modules" || entry.name === ".git" || entry.name.startsWith(".") && entry.name !== ".yarn" && entry.isDirectory()) continue;
      if (local.has(child)) {
        const files = await listFiles(from, repoReal);
        await copyFiles(from, to, files, repoReal);
        copied.set(child, files);
      } else if (workspaces.has(child)) {
        await copyFiles(from, to, ["package.json"], repoReal);
      } else if (entry.isDirectory()) {
        await walk(child);
      } else if (entry.isFile()) {
        await copyFiles(checkout, project, [child], repoReal);
      }
    }
  };
  await rm(staging, { recursive: true, force: true });
  await mkdir2(project, { recursive: true });
  if (local.has("")) copied.set("", []);
  await walk("");
  return { checkout, project, layerKey, root: graph.root, manifest, copied, workspaces: new Set(graph.packages.keys()) };
}
async function toolVersion(layer, file, cwd, missing, opts) {
  let result;
  try {
    result = await opts.exec.run(file, ["--version"], { cwd, env: opts.env });
  } catch (error) {
    if (error instanceof BuildError) throw error;
    throw new BuildError(`Layer ${layer.key} is built with ${file}, which is not on the runner's PATH. ${missing}`);
  }
  if (result.code !== 0) {
    throw new BuildError(`\`${file} --version\` failed for layer ${layer.key}:
${result.tail.map((l) => `  ${l}`).join("\n")}
${missing}`);
  }
  return result.stdout.trim().split("\n").pop() ?? "";
}
async function layerFromInstall(layer, staged, opts, packing) {
  const { project, layerKey } = staged;
  const projectReal = await realpath2(project);
  const graph = await installedGraph(projectReal, layerKey, layer.architectures);
  await runAllowedScripts(layer, projectReal, graph, layerKey, opts);
  const placements = placePackages(graph.edges, layerKey);
  const isLocal = (key) => !key.split("/").includes("node_modules");
  const localDirs = [...new Set(placements.values())].filter(isLocal);
  for (const dir of localDirs) if (!staged.copied.has(dir)) staged.copied.set(dir, await listFiles(path3.join(project, dir), projectReal));
  const local = await localFiles(layer, localDirs, { copied: staged.copied, project, stagingReal: projectReal }, opts);
  const root = path3.join(opts.workDir, "layer");
  await rm(root, { recursive: true, force: true });
  const nodejs = path3.join(root, "nodejs");
  await mkdir2(path3.join(nodejs, "node_modules"), { recursive: true });
  const checkoutReal = await realpath2(staged.checkout);
  await Promise.all(
    [...placements].map(async ([spot, key]) => {
      const [from, to] = [path3.join(project, key), path3.join(nodejs, spot)];
      await copyFiles(from, to, local.get(key) ?? await listFiles(from, projectReal), projectReal);
      if (!local.has(key)) return;
      await copyFiles(path3.join(staged.checkout, key), to, ["package.json"], checkoutReal);
      const manifest = JSON.parse(await readFile(path3.join(to, "package.json"), "utf8"));
      if (packing.publishConfig && manifest.publishConfig) await writeFile(path3.join(to, "package.json"), `${JSON.stringify(published(manifest), null, 2)}
`);
    })
  );
  opts.log.info(`${placements.size} packages in nodejs/node_modules, ${localDirs.length} of them from the repository.`);
  return root;
}
var PUBLISHED_FIELDS = ["bin", "browser", "exports", "imports", "main", "module", "types", "typesVersions", "typings"];
function published(manifest) {
  const overrides = Object.entries(manifest.publishConfig).filter(([field]) => PUBLISHED_FIELDS.includes(field));
  return { ...manifest, ...Object.fromEntries(overrides) };
}
async function installedGraph(projectReal, from, architectures) {
  const edges = /* @__PURE__ */ new Map();
  const manifests = /* @__PURE__ */ new Map();
  const cpus = architectures.map((a) => NODE_CPU[a]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift();
    if (edges.has(at)) continue;
    const manifest = JSON.parse(await readFile(path3.join(projectReal, at, "package.json"), "utf8"));
    const deps = /* @__PURE__ */ new Map();
    edges.set(at, deps);
    manifests.set(at, manifest);
    for (const name of dependencyNames(manifest, false)) {
      const found = await resolveInstalled(projectReal, at, name);
      if (found === void 0 && manifest.dependencies?.[name] !== void 0) {
        throw new BuildError(
          `${name}, a dependency of ${manifest.name ?? at}, is not in the installed tree; check that the lockfile installs it (run the install and commit the lockfile) and that no \`.npmrc\` or \`.yarnrc.yml\` setting leaves it out.`
        );
      }
      if (found === void 0) continue;
      const target = path3.relative(projectReal, found).split(path3.sep).join("/");
      const meta = JSON.parse(await readFile(path3.join(found, "package.json"), "utf8"));
      if (!fits(meta.os, ["linux"]) || !fits(meta.cpu, cpus) || !fits(meta.libc, ["glibc"])) continue;
      deps.set(name, target);
      queue.push(target);
    }
  }
  return { edges, manifests };
}
async function resolveInstalled(projectReal, at, name) {
  for (let dir = at; ; dir = path3.posix.dirname(dir)) {
    const rel = dir === "." ? "" : dir;
    if (path3.posix.basename(rel) !== "node_modules") {
      const candidate = path3.join(projectReal, rel, "node_modules", name);
      if (existsSync2(path3.join(candidate, "package.json"))) return realInside(candidate, projectReal);
    }
    if (rel === "") return void 0;
  }
}
function fits(list, values) {
  if (!Array.isArray(list) || list.length === 0) return true;
  const excluded = list.filter((v) => String(v).startsWith("!")).map((v) => String(v).slice(1));
  const allowed = list.filter((v) => !String(v).startsWith("!"));
  return values.some((v) => !excluded.includes(v) && (allowed.length === 0 || allowed.includes(v)));
}
var INSTALL_SCRIPTS = ["preinstall", "install", "postinstall"];
async function runAllowedScripts(layer, projectReal, graph, layerKey, opts) {
  const skipped = /* @__PURE__ */ new Set();
  for (const key of [...graph.manifests.keys()].reverse()) {
    const manifest = graph.manifests.get(key);
    if (key === layerKey || !key.split("/").includes("node_modules")) continue;
    const scripts = INSTALL_SCRIPTS.filter((name) => typeof manifest.scripts?.[name] === "string");
    if (scripts.length === 0 && existsSync2(path3.join(projectReal, key, "binding.gyp"))) scripts.push("install");
    if (scripts.length === 0) continue;
    if (!layer.allowScripts.includes(manifest.name)) {
      skipped.add(manifest.name);
      continue;
    }
    for (const script of scripts) {
      await runCommand(
        layer,
        {
          file: "npm",
          args: ["run", script, "--ignore-scripts"],
          cwd: path3.join(projectReal, key),
          display: `npm run ${script}  (${manifest.name}, in allowScripts)`,
          hint: `The ${script} script of ${manifest.name} failed; fix it, or take ${manifest.name} out of allowScripts of layer ${layer.key}.`
        },
        opts
      );
    }
  }
  if (skipped.size > 0) {
    opts.log.info(
      `Install scripts of ${[...skipped].sort().join(", ")} were skipped: add the packages to allowScripts of layer ${layer.key} if the layer needs what their scripts build.`
    );
  }
}

// src/builders/entry-points.ts
import { readdir as readdir4, readFile as readFile2, stat as stat2 } from "node:fs/promises";
import path5 from "node:path";

// src/builders/native.ts
import { open, readdir as readdir3 } from "node:fs/promises";
import path4 from "node:path";
async function nativeAddonProblems(nodeModules, architectures, dropped = () => false) {
  const files = (await readdir3(nodeModules, { recursive: true, withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile() && entry.name.endsWith(".node")).map((entry) => path4.relative(nodeModules, path4.join(entry.parentPath, entry.name)).split(path4.sep).join("/")).filter((file) => !dropped(file)).sort();
  const problems = [];
  for (const file of files) {
    const handle = await open(path4.join(nodeModules, file), "r");
    const head = Buffer.alloc(20);
    try {
      await handle.read(head, 0, head.length, 0);
    } finally {
      await handle.close();
    }
    const machine = elfMachine(head);
    const arch = machine === void 0 ? void 0 : elfArchitecture(machine);
    const shown = `${packageOf(file)} (node_modules/${file})`;
    const fix = `Install it for ${architectures.join(" and ")} Linux: keep its prebuilt platform packages in the lockfile (npm picks them by --cpu/--os), or build it from source on a runner of that architecture`;
    if (machine === void 0) {
      problems.push(`${shown} is a native addon but not a Linux ELF binary, so Lambda cannot load it. ${fix}.`);
    } else if (arch === void 0) {
      problems.push(`${shown} is a native addon for ELF machine ${machine}, which Lambda does not run. ${fix}.`);
    } else if (architectures.length > 1 || !architectures.includes(arch)) {
      const also = architectures.length > 1 ? ", and one binary runs on one architecture" : "";
      problems.push(`${shown} is a native addon built for ${arch}, but the layer declares ${architectures.join(" and ")}${also}. ${fix}, or set architectures: [${arch}].`);
    }
  }
  return problems;
}
function packageOf(file) {
  const parts = file.split("/node_modules/").at(-1).split("/");
  return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}

// src/builders/entry-points.ts
var NODE_CONDITIONS = /* @__PURE__ */ new Set(["node", "import", "require", "module-sync", "default"]);
async function installedPackages(nodeModules) {
  const found = [];
  const base = path5.dirname(nodeModules);
  const visit = async (folder) => {
    const names = await readdir4(folder).catch(() => []);
    for (const name of names.sort()) {
      if (name.startsWith(".")) continue;
      if (name.startsWith("@")) {
        for (const sub of (await readdir4(path5.join(folder, name))).sort()) await visitPackage(path5.join(folder, name, sub));
      } else {
        await visitPackage(path5.join(folder, name));
      }
    }
  };
  const visitPackage = async (dir) => {
    const text = await readFile2(path5.join(dir, "package.json"), "utf8").catch(() => void 0);
    if (text === void 0) return;
    let manifest;
    try {
      manifest = JSON.parse(text);
    } catch (error) {
      throw new BuildError(`${path5.join(dir, "package.json")} is not valid JSON (${error.message}); fix the package.`);
    }
    const rel = path5.relative(base, dir).split(path5.sep).join("/");
    found.push({ name: typeof manifest.name === "string" ? manifest.name : rel.slice(rel.lastIndexOf("node_modules/") + 13), dir: rel, manifest });
    await visit(path5.join(dir, "node_modules"));
  };
  await visit(nodeModules);
  return found;
}
async function checkNodeModules(nodeModules, architectures, drop = () => void 0) {
  const packages = await installedPackages(nodeModules);
  const problems = [
    ...(await Promise.all(packages.map((pkg) => entryPointProblems(path5.join(path5.dirname(nodeModules), pkg.dir), pkg, drop)))).flat(),
    ...await nativeAddonProblems(nodeModules, architectures, (file) => drop(`node_modules/${file}`))
  ];
  if (problems.length > 0) throw new BuildError(problems.join("\n"));
}
async function entryPointProblems(dir, pkg, drop = () => void 0) {
  const { manifest } = pkg;
  const slimmed = (file, glob, why) => `${pkg.name} (${pkg.dir}): ${why} ${file}, which slim glob \`${glob}\` drops from the zip, so Node could not load the package: narrow the glob so it keeps ${pkg.dir}/${file}, or remove it from the layer's \`slim\` (or \`defaults.slim\`).`;
  const problems = [];
  const dropped = /* @__PURE__ */ new Map();
  const missing = (field, target, tried = [target]) => {
    const cut = tried.find((t) => dropped.has(t));
    problems.push(
      cut ? slimmed(cut, dropped.get(cut), `${field} points at`) : `${pkg.name} (${pkg.dir}): ${field} points at ${target}, which is not in the layer. Add a "build" script that makes it (workspace packages are built before they are packed), commit the file, or fix "files" in its package.json; for a dependency whose install script makes it, name the package in allowScripts.`
    );
  };
  const isFile = async (target) => {
    const exists = await stat2(path5.join(dir, target)).then(
      (s) => s.isFile(),
      () => false
    );
    const glob = exists ? drop(path5.posix.join(pkg.dir, target)) : void 0;
    if (glob) dropped.set(target, glob);
    return exists && !glob;
  };
  const main = typeof manifest.main === "string" && manifest.main.trim() !== "" ? manifest.main : void 0;
  const tries = main && [main, ...[".js", ".json", ".node"].map((ext) => main + ext), ...["js", "json", "node"].map((ext) => `${main}/index.${ext}`), "index.js"];
  const manifestGlob = drop(`${pkg.dir}/package.json`);
  if (manifestGlob) {
    const kept = await anyOf([...tries || [], ...exportTargets(manifest.exports).map((e) => e.target)], isFile);
    return kept ? [slimmed("package.json", manifestGlob, 'Node reads "main", "exports" and "type" from')] : [];
  }
  if (tries && !await anyOf(tries, isFile)) missing('"main"', main, tries);
  for (const { field, target } of exportTargets(manifest.exports)) {
    if (!await isFile(target)) missing(field, target);
  }
  const bin = typeof manifest.bin === "string" ? { [pkg.name]: manifest.bin } : manifest.bin ?? {};
  for (const [name, target] of Object.entries(typeof bin === "object" ? bin : {})) {
    if (typeof target === "string" && !await isFile(target)) missing(`"bin".${name}`, target);
  }
  return problems;
}
function exportTargets(exports) {
  const found = [];
  const visit = (value, field) => {
    if (Array.isArray(value)) {
      if (value.length > 0) visit(value[0], field);
    } else if (typeof value === "string") {
      if (value.startsWith("./") && !value.includes("*") && !value.endsWith("/")) found.push({ field, target: value.slice(2) });
    } else if (typeof value === "object" && value !== null) {
      for (const [condition, inner] of Object.entries(value)) {
        if (!NODE_CONDITIONS.has(condition)) continue;
        visit(inner, `${field}.${condition}`);
        if (condition === "default") break;
      }
    }
  };
  const subpaths = typeof exports === "object" && exports !== null && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith("."));
  if (subpaths) {
    for (const [subpath, value] of Object.entries(exports)) {
      if (!subpath.includes("*") && !subpath.endsWith("/")) visit(value, `"exports"["${subpath}"]`);
    }
  } else if (exports !== void 0) {
    visit(exports, '"exports"');
  }
  return found;
}
async function anyOf(candidates, test) {
  for (const candidate of candidates) if (await test(candidate)) return true;
  return false;
}

// src/builders/pnpm.ts
import path6 from "node:path";
var PNPM = { file: "pnpm", install: ["install", "--frozen-lockfile", "--ignore-scripts", "--reporter=append-only"] };
async function installPnpm(layer, lockfile, opts) {
  await toolVersion(
    layer,
    "pnpm",
    path6.join(opts.repoRoot, lockfile.dir),
    "Add `pnpm/action-setup` before this step (or `corepack enable`, which reads the `packageManager` field of package.json).",
    opts
  );
  const staged = await stageProject(opts.repoRoot, lockfile, layer.path, path6.join(opts.workDir, "pnpm"), { layer, opts, tool: PNPM });
  const filter = staged.layerKey === "" ? [] : ["--filter", `${staged.manifest.name ?? `{./${staged.layerKey}}`}...`];
  const platform = ["--os=linux", ...layer.architectures.map((a) => `--cpu=${NODE_CPU[a]}`), "--libc=glibc"];
  const args = ["install", "--frozen-lockfile", "--prod", "--ignore-scripts", "--reporter=append-only", ...platform, ...filter];
  await runCommand(
    layer,
    {
      file: "pnpm",
      args,
      cwd: staged.project,
      display: `pnpm ${args.join(" ")}`,
      hint: `pnpm installed the production dependencies of ${layer.path} in a copy of the project, with the runner's environment minus its tokens and credentials. If pnpm says the lockfile is not up to date, run \`pnpm install\` and commit ${lockfile.file}.`
    },
    opts
  );
  return layerFromInstall(layer, staged, opts, { publishConfig: true });
}

// src/builders/yarn.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile as readFile3, writeFile as writeFile2 } from "node:fs/promises";
import path7 from "node:path";
var COREPACK = "Add `corepack enable` before this step, so that the `packageManager` field of package.json picks yarn";
var BERRY_ENV = { YARN_ENABLE_SCRIPTS: "false", YARN_NODE_LINKER: "node-modules", YARN_ENABLE_TELEMETRY: "0", YARN_ENABLE_PROGRESS_BARS: "false" };
async function installYarn(layer, lockfile, opts) {
  const checkout = path7.join(opts.repoRoot, lockfile.dir);
  const text = await readFile3(path7.join(checkout, lockfile.name), "utf8");
  const packageManager = String(readJson(checkout, "package.json")?.packageManager ?? "");
  const wanted = /^yarn@(\d+)\./.exec(packageManager);
  const berry = wanted ? Number(wanted[1]) >= 2 : /^__metadata:/m.test(text);
  const version = await toolVersion(layer, "yarn", checkout, `${COREPACK} (or commit the yarn release and set yarnPath in .yarnrc.yml).`, opts);
  if (berry !== Number.parseInt(version, 10) >= 2) {
    const needs = wanted ? `package.json says "packageManager": "${packageManager}"` : `${lockfile.file} is a yarn ${berry ? "2+" : "1"} lockfile`;
    throw new BuildError(
      `Layer ${layer.key}: ${needs}, but \`yarn\` here is ${version}. ${COREPACK}${berry ? ", or commit the yarn release and set yarnPath in .yarnrc.yml" : ""}.`
    );
  }
  const tool = berry ? { file: "yarn", install: ["install", "--immutable", "--mode=skip-build"], env: BERRY_ENV } : { file: "yarn", install: ["install", "--frozen-lockfile", "--ignore-scripts", "--non-interactive", "--no-progress"] };
  const staged = await stageProject(opts.repoRoot, lockfile, layer.path, path7.join(opts.workDir, "yarn"), { layer, opts, tool });
  const fix = `If yarn says the lockfile would change, run \`yarn install\` and commit ${lockfile.file}.`;
  const run = (args, cwd, env = {}) => yarn(layer, { args, cwd, hint: `yarn ${version} installed the production dependencies of ${layer.path} in a copy of the project. ${fix}` }, { ...opts, env: { ...opts.env, ...env } });
  if (!berry) {
    assertLocked(await readLock(lockfile.file, text), staged, lockfile.file);
    await run(["install", "--frozen-lockfile", "--production", "--ignore-scripts", "--ignore-platform", "--non-interactive", "--no-progress"], staged.project);
  } else {
    await writeArchitectures(staged.project, layer.architectures);
    await run(["install", "--immutable", "--mode=skip-build"], staged.project, BERRY_ENV);
  }
  return layerFromInstall(layer, staged, opts, { publishConfig: berry });
}
async function readLock(file, text) {
  try {
    return await parseLockfile(file, text);
  } catch (error) {
    throw new BuildError(`${error.message}; run \`yarn install\` and commit ${file}.`);
  }
}
function assertLocked(lock, staged, file) {
  for (const dir of [...staged.copied.keys()].sort()) {
    const manifest = readJson(staged.project, path7.posix.join(dir || ".", "package.json")) ?? {};
    for (const field of ["dependencies", "optionalDependencies"]) {
      for (const [name, range] of Object.entries(manifest[field] ?? {})) {
        if (staged.workspaces.has(name) || /^(link|portal):/.test(range) || lock.entries[`${name}@${classicRange(range, dir)}`]) continue;
        throw new BuildError(
          `${file} has no entry for ${name}@${range} (${field} of ${path7.posix.join(dir || ".", "package.json")}), and yarn 1 would install it unlocked: run \`yarn install\` and commit ${file}.`
        );
      }
    }
  }
}
async function writeArchitectures(project, architectures) {
  const file = path7.join(project, ".yarnrc.yml");
  const rc = (0, import_yaml.parse)(await readFile3(file, "utf8").catch(() => "")) ?? {};
  rc.supportedArchitectures = { os: ["linux"], cpu: architectures.map((a) => NODE_CPU[a]), libc: ["glibc"] };
  await writeFile2(file, (0, import_yaml.stringify)(rc));
}
function yarn(layer, run, opts) {
  return runCommand(layer, { file: "yarn", display: `yarn ${run.args.join(" ")}`, ...run }, opts);
}

// src/builders/nodejs.ts
async function buildNodejs(layer, opts) {
  const root = await install(layer, opts);
  const drop = dropper(layer.slim);
  await checkNodeModules(path8.join(root, "nodejs", "node_modules"), layer.architectures, (name) => drop(`nodejs/${name}`));
  return root;
}
function install(layer, opts) {
  const lockfile = nearestLockfile(opts.repoRoot, layer.path);
  if (lockfile?.name === "pnpm-lock.yaml") return installPnpm(layer, lockfile, opts);
  if (lockfile?.name === "yarn.lock") return installYarn(layer, lockfile, opts);
  return installNpm(layer, opts);
}
async function installNpm(layer, opts) {
  const repoReal = await realpath3(opts.repoRoot);
  const found = await findProject(opts.repoRoot, layer.path);
  const projectRoot = path8.join(opts.repoRoot, found.dir);
  const graph = await readWorkspaces(projectRoot);
  const staging = planStaging({
    ...found,
    manifest: (dir) => readJson(projectRoot, path8.posix.join(dir, "package.json")),
    workspaces: new Set([...graph.packages.values()].map((p) => p.dir))
  });
  const linked = staging.folders.filter((dir) => dir !== found.layerKey);
  await buildWorkspaces(layer, projectRoot, buildOrder(graph, linked), opts);
  const stagingRoot = path8.join(opts.workDir, "npm");
  const project = path8.join(stagingRoot, found.dir);
  const root = path8.join(opts.workDir, "layer");
  await Promise.all([stagingRoot, root].map((dir) => rm2(dir, { recursive: true, force: true })));
  const copied = await stage(staging, found, projectRoot, project, repoReal);
  const cpu = layer.architectures.length === 1 ? NODE_CPU[layer.architectures[0]] : void 0;
  const platform = ["--os=linux", ...cpu ? [`--cpu=${cpu}`] : [], "--libc=glibc"];
  const args = ["ci", "--omit=dev", "--install-strategy=hoisted", "--ignore-scripts", ...platform, "--no-audit", "--no-fund"];
  await npm(
    layer,
    { args, cwd: project },
    `npm installed the production dependencies of ${layer.path} in a copy of the project pruned to them, with the runner's environment minus its tokens and credentials. Reproduce with \`npm ci --omit=dev\` in ${found.dir === "." ? "the repository root" : found.dir}; if npm says the lockfile is out of sync, run \`npm install\` and commit ${found.lockfile}.`,
    opts
  );
  await runInstallScripts(layer, installScriptPackages({ packages: staging.resolved }, found.layerKey), project, opts);
  const installed = Object.entries(staging.resolved).filter(
    ([key, node]) => node.link === true || existsSync3(path8.join(project, key, "package.json"))
  );
  const placements = placePackages(dependencyGraph(Object.fromEntries(installed), found.layerKey), found.layerKey);
  const stagingReal = await realpath3(stagingRoot);
  const localDirs = [...new Set(placements.values())].filter((key) => copied.has(key));
  const local = await localFiles(layer, localDirs, { copied, project, stagingReal }, opts);
  const nodejs = path8.join(root, "nodejs");
  await mkdir3(path8.join(nodejs, "node_modules"), { recursive: true });
  await Promise.all(
    [...placements].map(async ([spot, key]) => {
      const [from, to] = [path8.join(project, key), path8.join(nodejs, spot)];
      const files = local.get(key) ?? await listFiles(from, stagingReal);
      await copyFiles(from, to, files, stagingReal);
      if (local.has(key)) await copyFiles(path8.join(projectRoot, key), to, ["package.json"], repoReal);
    })
  );
  opts.log.info(`${placements.size} packages in nodejs/node_modules, ${local.size} of them from the repository.`);
  return root;
}
async function runInstallScripts(layer, scripted, project, opts) {
  const allowed = scripted.filter((name) => layer.allowScripts.includes(name));
  const skipped = scripted.filter((name) => !layer.allowScripts.includes(name));
  if (skipped.length > 0) {
    opts.log.info(
      `Install scripts not run (not in allowScripts): ${skipped.join(", ")}. Add a package to the layer's allowScripts in the configuration if it needs its script, to compile a native addon for example.`
    );
  }
  if (allowed.length === 0) return;
  await npm(
    layer,
    { args: ["rebuild", ...allowed], cwd: project },
    `It runs the install scripts of the packages allowScripts names (${allowed.join(", ")}); fix the failing script, or remove its package from allowScripts if the layer does not need what it builds.`,
    opts
  );
}
async function stage(staging, found, projectRoot, project, repoReal) {
  const copied = /* @__PURE__ */ new Map();
  for (const dir of staging.folders) {
    const files = await listFiles(path8.join(projectRoot, dir), repoReal);
    await copyFiles(path8.join(projectRoot, dir), path8.join(project, dir), files, repoReal);
    copied.set(dir, files);
  }
  const extra = [...staging.tarballs, ...existsSync3(path8.join(projectRoot, ".npmrc")) ? [".npmrc"] : []];
  await copyFiles(projectRoot, project, extra, repoReal);
  for (const [dir, manifest] of staging.manifests) {
    await mkdir3(path8.join(project, dir), { recursive: true });
    await writeFile3(path8.join(project, dir, "package.json"), `${JSON.stringify(manifest, null, 2)}
`);
  }
  await writeFile3(path8.join(project, found.lockfile), `${JSON.stringify(staging.lockfile, null, 2)}
`);
  return copied;
}
async function localFiles(layer, dirs, staged, opts) {
  const { copied, project, stagingReal } = staged;
  const result = /* @__PURE__ */ new Map();
  if (dirs.length === 0) return result;
  const built = /* @__PURE__ */ new Set();
  for (const dir of dirs) {
    const file = path8.join(project, dir, "package.json");
    const manifest = JSON.parse(await readFile4(file, "utf8"));
    if (typeof manifest.scripts?.build === "string") built.add(dir);
    if (manifest.version === void 0) await writeFile3(file, JSON.stringify({ ...manifest, version: "0.0.0" }));
  }
  const { stdout } = await npm(
    layer,
    { args: ["pack", "--dry-run", "--json", "--ignore-scripts", ...dirs.map((dir) => `./${dir}`)], cwd: project, level: "debug" },
    "It lists the files `npm publish` would take from the local packages the layer depends on; check their `files` field and .npmignore.",
    opts
  );
  const packs = JSON.parse(stdout);
  for (const [i, dir] of dirs.entries()) {
    const before = new Set(copied.get(dir));
    const made = (await listFiles(path8.join(project, dir), stagingReal)).filter((file) => !before.has(file));
    const files = /* @__PURE__ */ new Set([...packs[i].files.map((f) => f.path), ...made]);
    const shipped = (file) => file !== "package.json" && !file.startsWith("node_modules/") && !(built.has(dir) && isTestFile(file));
    result.set(dir, [...files].filter(shipped).sort());
  }
  return result;
}
function npm(layer, run, hint, opts) {
  return runCommand(layer, { file: "npm", display: `npm ${run.args.join(" ")}`, hint, ...run }, opts);
}

// src/builders/python.ts
import { mkdir as mkdir4, readdir as readdir5, readFile as readFile5, rm as rm3, writeFile as writeFile4 } from "node:fs/promises";
import path9 from "node:path";

// src/builders/pip.ts
var WHEEL_ARCH = { x86_64: "x86_64", arm64: "aarch64" };
function pythonTargets(layer, host) {
  const declared = layer.runtimes.flatMap((r) => /^python(\d+\.\d+)$/.exec(r)?.[1] ?? []);
  const versions = declared.length > 0 ? [...new Set(declared)].sort((a, b) => minor(a) - minor(b)) : [host.version];
  return versions.flatMap((version) => layer.architectures.map((arch) => ({ version, arch })));
}
function pipArgs(targets, host, target) {
  const args = [
    "-m",
    "pip",
    "install",
    "-r",
    "requirements.txt",
    "--target",
    target,
    "--no-compile",
    "--disable-pip-version-check",
    "--no-input"
  ];
  const [first] = targets;
  if (targets.length === 1 && first.version === host.version && first.arch === host.arch) return args;
  const platforms = manylinuxPlatforms(first).flatMap((p) => ["--platform", p]);
  return [...args, "--only-binary=:all:", "--implementation", "cp", "--python-version", first.version, ...platforms];
}
function manylinuxPlatforms(target) {
  const arch = WHEEL_ARCH[target.arch];
  const glibc = minor(target.version) >= 12 ? 34 : 26;
  const platforms = [];
  for (let v = glibc; v >= 17; v--) platforms.push(`manylinux_2_${v}_${arch}`);
  return [...platforms, `manylinux2014_${arch}`];
}
function unfitWheels(wheels, targets) {
  return wheels.filter((wheel) => !targets.every((target) => wheel.tags.some((tag) => tagFits(tag, target)))).map((wheel) => `${wheel.name} ${wheel.version} (${wheel.tags.join(", ")})`);
}
function tagFits(tag, target) {
  const [interpreters, abis, platforms] = tag.split("-").map((part) => part.split("."));
  const platformFits = platforms.some(
    (p) => p === "any" || /^(many)?linux/.test(p) && p.endsWith(`_${WHEEL_ARCH[target.arch]}`)
  );
  return platformFits && interpreters.some((interpreter) => abis.some((abi) => pythonFits(interpreter, abi, minor(target.version))));
}
function pythonFits(interpreter, abi, targetMinor) {
  const match = /^(py|cp)3(\d*)$/.exec(interpreter);
  if (!match) return false;
  const wheelMinor = match[2] === "" ? 0 : Number(match[2]);
  if (match[1] === "py" || abi === "abi3") return wheelMinor <= targetMinor;
  return wheelMinor === targetMinor;
}
var minor = (version) => Number(version.split(".")[1]);

// src/builders/python.ts
var HOST_PROBE = "import platform, sys; print('%d.%d' % sys.version_info[:2], platform.machine())";
var LAMBDA_ARCH = { x86_64: "x86_64", AMD64: "x86_64", aarch64: "arm64", arm64: "arm64" };
async function buildPython(layer, opts) {
  const cwd = path9.join(opts.repoRoot, layer.path);
  const root = path9.join(opts.workDir, "layer");
  const target = path9.join(root, "python");
  await rm3(root, { recursive: true, force: true });
  await mkdir4(target, { recursive: true });
  const probe = await runCommand(
    layer,
    {
      file: "python3",
      args: ["-c", HOST_PROBE],
      cwd,
      display: "python3 -c <version probe>",
      hint: "Install Python 3 on the runner (for example with actions/setup-python) before this step.",
      level: "debug"
    },
    opts
  );
  const [version, machine] = probe.stdout.trim().split(" ");
  const host = { version, arch: LAMBDA_ARCH[machine] ?? machine };
  const targets = pythonTargets(layer, host);
  const args = pipArgs(targets, host, target);
  await runCommand(
    layer,
    {
      file: "python3",
      args,
      cwd,
      display: `python3 ${args.join(" ")}`,
      hint: `Run the same command in ${layer.path} to reproduce. For another architecture or Python version than the runner's (here ${host.arch}, Python ${host.version}), pip may only use wheels: pin versions that publish manylinux wheels for ${targets[0].arch} and Python ${targets[0].version}.`
    },
    opts
  );
  const unfit = unfitWheels(await installedWheels(target), targets);
  if (unfit.length > 0) {
    const platforms = targets.map((t) => `${t.arch}/python${t.version}`).join(", ");
    throw new BuildError(
      `Layer ${layer.key} runs on ${platforms}, but these packages are built for only some of them: ${unfit.join("; ")}. Declare one layer per architecture and Python version (each with one entry in \`architectures\` and \`runtimes\`), or use pure-Python packages.`
    );
  }
  await removeVariance(target);
  return root;
}
async function installedWheels(target) {
  const wheels = [];
  for (const entry of (await readdir5(target)).filter((name) => name.endsWith(".dist-info")).sort()) {
    const text = await readFile5(path9.join(target, entry, "WHEEL"), "utf8").catch(() => "");
    const [name, version] = entry.slice(0, -".dist-info".length).split("-");
    wheels.push({ name, version, tags: [...text.matchAll(/^Tag:\s*(\S+)/gm)].map((m) => m[1]) });
  }
  return wheels;
}
async function removeVariance(target) {
  const entries = await readdir5(target, { recursive: true, withFileTypes: true });
  const caches = entries.filter((e) => e.isDirectory() && e.name === "__pycache__").map((e) => path9.join(e.parentPath, e.name));
  await Promise.all(caches.map((dir) => rm3(dir, { recursive: true, force: true })));
  for (const entry of entries.filter((e) => e.isFile() && e.name === "direct_url.json" && e.parentPath.endsWith(".dist-info"))) {
    const distInfo = entry.parentPath;
    await rm3(path9.join(distInfo, entry.name));
    const record = path9.join(distInfo, "RECORD");
    const listed = `${path9.basename(distInfo)}/direct_url.json,`;
    const lines = (await readFile5(record, "utf8")).split("\n");
    await writeFile4(record, lines.filter((line) => !line.startsWith(listed)).join("\n"));
  }
}

// src/builders/ruby.ts
import { existsSync as existsSync4 } from "node:fs";
import { cp, mkdir as mkdir5, open as open2, readdir as readdir6, rm as rm4 } from "node:fs/promises";
import path10 from "node:path";
function rubyGemVersions(layer) {
  const versions = layer.runtimes.flatMap((r) => /^ruby(\d+)\.(\d+)$/.exec(r)?.slice(1, 3).join(".") ?? []).map((v) => `${v}.0`);
  if (versions.length === 0) {
    throw new BuildError(`Layer ${layer.key} is a ruby layer without a ruby runtime: add one to its \`runtimes\`, such as ruby3.4.`);
  }
  return [...new Set(versions)].sort();
}
var HOST_PROBE2 = 'print RbConfig::CONFIG["ruby_version"]';
var NOT_SHIPPED = ["cache", "build_info", "doc", "plugins", "bin"];
var BUILD_LOGS = /* @__PURE__ */ new Set(["gem_make.out", "mkmf.log"]);
async function buildRuby(layer, opts) {
  const cwd = path10.join(opts.repoRoot, layer.path);
  const versions = rubyGemVersions(layer);
  if (!existsSync4(path10.join(cwd, "Gemfile.lock"))) {
    throw new BuildError(`Layer ${layer.key} has no Gemfile.lock in ${layer.path}: run \`bundle lock\` there and commit it.`);
  }
  const bundle = path10.join(opts.workDir, "bundle");
  const root = path10.join(opts.workDir, "layer");
  await Promise.all([bundle, root].map((dir) => rm4(dir, { recursive: true, force: true })));
  await mkdir5(root, { recursive: true });
  const probe = await runCommand(
    layer,
    { file: "ruby", args: ["-e", HOST_PROBE2], cwd, display: "ruby -e <version probe>", hint: RUBY_HINT, level: "debug" },
    opts
  );
  const hostVersion = probe.stdout.trim();
  const args = existsSync4(path10.join(cwd, "vendor", "cache")) ? ["install", "--local"] : ["install"];
  const env = {
    ...opts.env,
    BUNDLE_GEMFILE: path10.join(cwd, "Gemfile"),
    BUNDLE_DEPLOYMENT: "true",
    BUNDLE_WITHOUT: "development:test",
    BUNDLE_PATH: bundle,
    // Settings of this build only: the repository's .bundle/config is neither read nor written.
    BUNDLE_APP_CONFIG: path10.join(opts.workDir, "bundle-config")
  };
  await runCommand(
    layer,
    {
      file: "bundle",
      args,
      cwd,
      display: `bundle ${args.join(" ")}`,
      hint: `Run \`BUNDLE_DEPLOYMENT=true BUNDLE_WITHOUT=development:test bundle ${args.join(" ")}\` in ${layer.path} to reproduce; in deployment mode the Gemfile.lock must match the Gemfile (run \`bundle lock\` and commit it).`
    },
    { ...opts, env }
  );
  const installed = path10.join(bundle, "ruby", hostVersion);
  await Promise.all(NOT_SHIPPED.map((name) => rm4(path10.join(installed, name), { recursive: true, force: true })));
  const natives = await nativeLibraries(installed);
  const problems = natives.flatMap((lib) => architectureProblem(lib, layer.architectures));
  if (problems.length > 0) {
    throw new BuildError(
      `Layer ${layer.key} runs on ${layer.architectures.join(", ")}, but these gems hold native code for another architecture: ${problems.join("; ")}. Build the layer on a runner of that architecture (one layer per architecture), or use the gem's platform build for it.`
    );
  }
  const otherRuby = versions.filter((v) => v !== hostVersion);
  if (natives.length > 0 && otherRuby.length > 0) {
    throw new BuildError(
      `Layer ${layer.key} targets Ruby ${otherRuby.join(", ")}, but its native gems (${gemsOf(natives).join(", ")}) were compiled by the runner's Ruby ${hostVersion}: install that Ruby on the runner (for example with ruby/setup-ruby), or declare only the matching ruby runtime.`
    );
  }
  for (const version of versions) await cp(installed, path10.join(root, "ruby", "gems", version), { recursive: true, verbatimSymlinks: true });
  return root;
}
var RUBY_HINT = "Install Ruby and bundler on the runner (Debian/Ubuntu: 'apt-get install ruby bundler', or ruby/setup-ruby) before this step.";
async function nativeLibraries(installed) {
  const found = [];
  const entries = existsSync4(installed) ? await readdir6(installed, { recursive: true, withFileTypes: true }) : [];
  for (const entry of entries) {
    const full = path10.join(entry.parentPath, entry.name);
    if (entry.isFile() && BUILD_LOGS.has(entry.name)) await rm4(full);
    else if (entry.isFile() && /\.(so|bundle)$/.test(entry.name)) {
      const file = path10.relative(installed, full).split(path10.sep).join("/");
      found.push({ gem: gemOf(file), file, machine: elfMachine(await readHead(full)) });
    }
  }
  return found.sort((a, b) => a.file < b.file ? -1 : 1);
}
function gemOf(file) {
  const parts = file.split("/");
  return (parts[0] === "extensions" ? parts[3] : parts[1]) ?? file;
}
function gemsOf(libs) {
  return [...new Set(libs.map((l) => l.gem))];
}
function architectureProblem(lib, architectures) {
  const arch = lib.machine === void 0 ? void 0 : elfArchitecture(lib.machine);
  if (lib.machine === void 0) return [`${lib.gem} (${lib.file} is not a Linux ELF library)`];
  const missing = architectures.filter((a) => a !== arch);
  if (missing.length === 0) return [];
  return [`${lib.gem} (${lib.file} is built for ${arch ?? `ELF machine ${lib.machine}`}, not ${missing.join(", ")})`];
}
async function readHead(file) {
  const handle = await open2(file, "r");
  try {
    const head = Buffer.alloc(64);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

// src/builders/script.ts
import { realpath as realpath4, stat as stat3 } from "node:fs/promises";
import path11 from "node:path";
async function buildScript(layer, opts) {
  if (!layer.build || !layer.output) {
    throw new BuildError(`Layer ${layer.key} has type '${layer.type}': give it both \`build\` and \`output\` in its configuration.`);
  }
  const cwd = path11.join(opts.repoRoot, layer.path);
  await runCommand(
    layer,
    {
      file: "bash",
      args: ["--noprofile", "--norc", "-eo", "pipefail", "-c", layer.build],
      cwd,
      display: layer.build,
      hint: `Fix the command or what it builds; it runs with bash -eo pipefail in ${layer.path}, with the runner's environment minus its tokens and credentials.`
    },
    opts
  );
  const output = path11.posix.join(layer.path, layer.output);
  let real;
  try {
    real = await realpath4(path11.join(opts.repoRoot, output));
  } catch {
    throw new BuildError(
      `The build of layer ${layer.key} finished, but its output folder ${output} does not exist. Make \`${layer.build}\` write the layer's files there, or set \`output\` to the folder it writes (relative to ${layer.path}).`
    );
  }
  if (!isInside(await realpath4(opts.repoRoot), real)) {
    throw new BuildError(
      `The output folder ${output} of layer ${layer.key} resolves to ${real}, outside the repository; layers only take files from inside it, so make the build write a real folder there instead of a link.`
    );
  }
  if (!(await stat3(real)).isDirectory()) {
    throw new BuildError(
      `The output ${output} of layer ${layer.key} is a file, not a folder; point \`output\` at the folder that holds the layer's files.`
    );
  }
  return real;
}

// src/builders/index.ts
var BUILDERS = { nodejs: buildNodejs, python: buildPython, runtime: buildScript, custom: buildScript, ruby: buildRuby };
async function buildLayer(layer, opts) {
  await mkdir6(opts.workDir, { recursive: true });
  return { root: await BUILDERS[layer.type](layer, { ...opts, deadline: Date.now() + layer.timeoutMinutes * 6e4 }) };
}
export {
  BuildError,
  buildLayer
};
//# sourceMappingURL=builders-KVLPP2BO.js.map
