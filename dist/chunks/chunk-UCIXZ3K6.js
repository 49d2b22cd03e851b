import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  NEXT_VERSION,
  Output,
  layerMoves,
  pendingLayerName,
  shortLayer
} from "./chunk-QNYEFN55.js";
import {
  LOCKFILES,
  assertLockfile,
  byPath,
  closureTouched,
  closuresAtBase,
  diffClosures,
  packageClosure,
  parseLockfile,
  readJson,
  readWorkspaces,
  require_picomatch,
  touchedKeys,
  workspaceDependencies
} from "./chunk-CQMEF26N.js";
import {
  __toESM
} from "./chunk-SK5B422H.js";

// src/detect/inputs.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import path from "node:path";
var TEST_FILES = [
  "**/*.{test,spec}.*",
  "**/__tests__/**",
  "**/__mocks__/**",
  "**/*.snap",
  "**/{jest,vitest}.{config,setup,workspace}.*",
  "**/tsconfig.spec.json"
];
var isTestFile = (0, import_picomatch.default)(TEST_FILES, { dot: true });
var NODE_SETTINGS = [".npmrc", ".yarnrc", ".yarnrc.yml", "pnpm-workspace.yaml", ".pnpmfile.cjs", "npm-shrinkwrap.json", "package-lock.json", "pnpm-lock.yaml", "yarn.lock"];
var NODE_SETTING_FOLDERS = [".yarn", "patches"];
function packageRule(manifest, role) {
  if (role.scripts) return () => true;
  const packed = role.shipped ? packedFiles(manifest) : () => false;
  const testsShipped = typeof manifest.scripts?.build !== "string";
  return (rel) => role.built && !isTestFile(rel) || packed(rel) && (testsShipped || !isTestFile(rel));
}
var ALWAYS_PACKED = /^(readme|copying|license|licence)(\..*)?$/i;
function packedFiles(manifest) {
  if (!Array.isArray(manifest.files)) return () => true;
  const entries = manifest.files.filter((e) => typeof e === "string" && !e.startsWith("!")).map(clean).filter(Boolean);
  const globs = entries.flatMap((e) => e.includes("/") ? [e, `${e}/**`] : [e, `${e}/**`, `**/${e}`, `**/${e}/**`]);
  const listed = globs.length > 0 ? (0, import_picomatch.default)(globs, { dot: true }) : () => false;
  const bin = typeof manifest.bin === "string" ? [manifest.bin] : Object.values(manifest.bin ?? {});
  const entryPoints = [manifest.main, manifest.browser, ...bin].filter((e) => typeof e === "string").map(clean).filter(Boolean);
  return (rel) => {
    if (rel === "package.json" || ALWAYS_PACKED.test(rel) || listed(rel)) return true;
    const name = path.posix.basename(rel);
    if (name === ".npmignore" || name === ".gitignore") return true;
    return entryPoints.some((e) => rel === e || rel.startsWith(`${e}.`) || rel.startsWith(`${e}/`));
  };
}
var clean = (entry) => path.posix.normalize(entry).replace(/^(\.\/|\/)+/, "").replace(/\/+$/, "").replace(/^\.$/, "");
var REQUIREMENT_FILE = /^(?:-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+|(?=\S))(\S+)/;
var PATH_OPTION = /^(?:-e|--editable|-f|--find-links|-i|--index-url|--extra-index-url)(?:\s*=\s*|\s+|(?=\S))(\S+)/;
function pythonInputs(layerPath, read) {
  const files = [];
  const local = /* @__PURE__ */ new Set();
  const visit = (file) => {
    if (files.includes(file)) return;
    files.push(file);
    const text = read(file) ?? "";
    for (const raw of text.replace(/\\\r?\n/g, " ").split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, "").trim();
      if (!line) continue;
      const dir = path.posix.dirname(file);
      const required = REQUIREMENT_FILE.exec(line);
      if (required) {
        if (!required[1].includes("://")) visit(path.posix.join(dir, required[1]));
        continue;
      }
      const option = PATH_OPTION.exec(line)?.[1];
      if (option !== void 0) {
        if (!option.includes("://") || option.startsWith("file:")) local.add(path.posix.join(dir, option.replace(/^file:(\/\/)?/, "")));
        continue;
      }
      const target = line.startsWith("-") ? void 0 : /@\s*file:(\S+)/.exec(line)?.[1] ?? line.split(/[\s;]/)[0];
      const where = target?.replace(/^file:(\/\/)?/, "");
      if (where !== void 0 && (target.startsWith("file:") || isLocalPath(where))) local.add(path.posix.join(dir, where));
    }
  };
  visit(path.posix.join(layerPath, "requirements.txt"));
  return { files, local: [...local] };
}
function isLocalPath(token) {
  return !token.includes("://") && (token.startsWith(".") || token.includes("/") || /\.(whl|tar\.gz|zip)$/.test(token));
}
var RUBY_FILES = ["Gemfile", "Gemfile.lock", "gems.rb", "gems.locked", "vendor/cache/**"];
function gemfileReadsFiles(gemfile2) {
  return /\b(gemspec|path|eval_gemfile|File|IO|Dir|require|require_relative|load|file)\b/.test(gemfile2.replace(/#.*$/gm, ""));
}

// src/detect/detect.ts
var import_picomatch3 = __toESM(require_picomatch(), 1);
import { existsSync, readFileSync } from "node:fs";
import path3 from "node:path";
import { setImmediate } from "node:timers/promises";

// src/config/normalize.ts
var FINGERPRINTED = ["type", "path", "layerName", "runtimes", "architectures", "inputs", "exclude", "license", "description", "build", "output"];
function normalizedLayer(layer) {
  const normalized = Object.fromEntries(FINGERPRINTED.map((key) => [key, layer[key] ?? null]));
  if (layer.slim.length > 0) normalized.slim = layer.slim;
  return normalized;
}
function changedKeys(before, after) {
  if (!before) return ["(new layer)"];
  const [a, b] = [normalizedLayer(before), normalizedLayer(after)];
  return [...FINGERPRINTED, "slim"].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

// src/detect/files.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { lstat, readlink } from "node:fs/promises";
import path2 from "node:path";
var outsideNodeModules = (p) => !p.startsWith("node_modules/") && !p.includes("/node_modules/");
var FileIndex = class {
  /**
   * Repository-relative paths, sorted: tracked and present (committed files count wherever they live, node_modules
   * included), plus untracked and not ignored outside node_modules (an install's output, not the repository's).
   */
  paths;
  /** Mode and blob id per path; undefined for dirty and untracked files until `hashWorkingFiles`. */
  files;
  globs = /* @__PURE__ */ new Map();
  folders = /* @__PURE__ */ new Map();
  /** Files that vanished or are not regular files or symlinks: left out of every layer. */
  unreadable = 0;
  /** The index entries of files git reported as possibly modified, to tell a real change from a touched file. */
  indexed = /* @__PURE__ */ new Map();
  constructor(entries, status) {
    const gone = new Set(status.deleted);
    const dirty2 = new Set(status.modified);
    const untracked = status.untracked.filter((p) => outsideNodeModules(p) && !p.endsWith("/")).sort();
    const paths = [];
    const files = [];
    let u = 0;
    for (const entry of entries) {
      if (gone.has(entry.path)) continue;
      while (u < untracked.length && untracked[u] < entry.path) {
        paths.push(untracked[u++]);
        files.push(void 0);
      }
      paths.push(entry.path);
      const maybeDirty = dirty2.has(entry.path) && entry.mode !== "160000";
      if (maybeDirty) this.indexed.set(entry.path, entry);
      files.push(maybeDirty ? void 0 : entry);
    }
    for (; u < untracked.length; u++) {
      paths.push(untracked[u]);
      files.push(void 0);
    }
    if (paths.some((p, i) => i > 0 && paths[i - 1] >= p)) {
      const order = paths.map((_, i) => i).sort((a, b) => paths[a] < paths[b] ? -1 : 1);
      this.paths = order.map((i) => paths[i]);
      this.files = order.map((i) => files[i]);
    } else {
      this.paths = paths;
      this.files = files;
    }
  }
  has(p) {
    return this.paths[lowerBound(this.paths, p)] === p;
  }
  /** The interval of files under a folder ('' or '.' for the whole repository). */
  folder(dir) {
    let found = this.folders.get(dir);
    if (!found) {
      const prefix = dir === "" || dir === "." ? "" : `${dir.replace(/\/+$/, "")}/`;
      found = prefix ? [lowerBound(this.paths, prefix), lowerBound(this.paths, `${prefix.slice(0, -1)}0`)] : [0, this.paths.length];
      this.folders.set(dir, found);
    }
    return found;
  }
  /** Positions of the files a repository-relative glob matches (a plain path means that file or folder). */
  glob(pattern) {
    let found = this.globs.get(pattern);
    if (!found) {
      const { base, isGlob } = import_picomatch2.default.scan(pattern);
      if (isGlob) {
        const match = (0, import_picomatch2.default)(pattern, { dot: true });
        const [lo, hi] = this.folder(base);
        found = [];
        for (let i = lo; i < hi; i++) if (match(this.paths[i])) found.push([i, i + 1]);
      } else {
        const exact = lowerBound(this.paths, pattern);
        found = [this.folder(pattern), ...this.has(pattern) ? [[exact, exact + 1]] : []];
      }
      this.globs.set(pattern, found);
    }
    return found;
  }
  /** Whether a file git reported as possibly modified differs from its index entry; true until it has been hashed. */
  differsFromIndex(p) {
    const before = this.indexed.get(p);
    const now = this.files[lowerBound(this.paths, p)];
    return !before || !now || now.path !== p || now.blob !== before.blob || now.mode !== before.mode;
  }
  /** Mode and blob id of a position, undefined when it could not be read (vanished since git listed it). */
  file(i) {
    return this.files[i];
  }
  /** The positions of `intervals` whose path `keep` accepts, as merged intervals. */
  filter(intervals, keep) {
    const kept = [];
    for (const [lo, hi] of intervals) {
      for (let i = lo; i < hi; i++) {
        if (!keep(this.paths[i])) continue;
        const last = kept.at(-1);
        if (last && last[1] === i) last[1] = i + 1;
        else kept.push([i, i + 1]);
      }
    }
    return kept;
  }
  /** The files of merged intervals, in order (an array: a generator allocated 27 MB of steps on the bench). */
  select(intervals) {
    const selected = [];
    for (const [lo, hi] of intervals) {
      for (let i = lo; i < hi; i++) {
        const file = this.files[i];
        if (file) selected.push(file);
      }
    }
    return selected;
  }
  /** The paths of merged intervals, in order, without files that could not be read. */
  pathsOf(intervals) {
    if (this.unreadable === 0) return intervals.flatMap(([lo, hi]) => this.paths.slice(lo, hi));
    return intervals.flatMap(([lo, hi]) => this.paths.slice(lo, hi).filter((_, k) => this.files[lo + k]));
  }
  /**
   * Hashes the dirty and untracked files inside the given intervals from the working tree, as `git add` would
   * (clean filters applied; symlinks by their target), in one `git hash-object` call.
   */
  async hashWorkingFiles(git, repoRoot, intervals) {
    const wanted = [];
    for (const [lo, hi] of mergeIntervals(intervals)) for (let i = lo; i < hi; i++) if (!this.files[i]) wanted.push(i);
    const stats = await Promise.all(wanted.map((i) => lstat(path2.join(repoRoot, this.paths[i])).catch(() => void 0)));
    const regular = wanted.filter((_, k) => stats[k]?.isFile());
    const links = wanted.filter((_, k) => stats[k]?.isSymbolicLink());
    const [blobs, linkBlobs] = await Promise.all([
      git.hashFiles(regular.map((i) => this.paths[i])),
      Promise.all(links.map(async (i) => git.hashContent(await readlink(path2.join(repoRoot, this.paths[i])))))
    ]);
    const modeOf = new Map(wanted.map((i, k) => [i, stats[k]?.mode ?? 0]));
    regular.forEach((i, k) => {
      this.files[i] = { path: this.paths[i], mode: modeOf.get(i) & 64 ? "100755" : "100644", blob: blobs[k] };
    });
    links.forEach((i, k) => {
      this.files[i] = { path: this.paths[i], mode: "120000", blob: linkBlobs[k] };
    });
    this.unreadable += wanted.length - regular.length - links.length;
  }
};
function mergeIntervals(intervals) {
  const sorted = intervals.filter(([lo, hi]) => hi > lo).sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [lo, hi] of sorted) {
    const last = merged.at(-1);
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  return merged;
}
function subtract(interval, hole) {
  const [lo, hi] = interval;
  const [a, b] = [Math.max(lo, hole[0]), Math.min(hi, hole[1])];
  if (a >= b) return [interval];
  return [[lo, a], [b, hi]].filter(([x, y]) => y > x);
}
function lowerBound(sorted, key) {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/detect/fingerprint.ts
import { createHash } from "node:crypto";
var BUILDER_VERSION = "2";
function digestFiles(files) {
  const hash = createHash("sha256");
  let chunk = "";
  for (const file of files) {
    chunk += `${file.mode} ${file.blob} ${file.path}\0`;
    if (chunk.length > 65536) {
      hash.update(chunk);
      chunk = "";
    }
  }
  return hash.update(chunk).digest("hex");
}
function fingerprint(layer, parts) {
  const hash = createHash("sha256");
  hash.update(`lambda-layers-action builder ${BUILDER_VERSION}
`);
  hash.update(`config ${JSON.stringify(normalizedLayer(layer))}
`);
  hash.update(`files ${parts.own}
`);
  for (const [dir, digest] of [...parts.packages].sort(([a], [b]) => a < b ? -1 : 1)) hash.update(`package ${dir} ${digest}
`);
  if (parts.lockfile.length > 0) hash.update(`lock ${parts.lockfile.join("\nlock ")}
`);
  return hash.digest("hex");
}
function lockfileNames(lockfile) {
  return [...new Set(lockfile.filter((e) => !e.link).map((e) => `${e.name}@${e.version ?? "?"}`))].sort();
}
function lockfileIds(closures) {
  const slotOf = /* @__PURE__ */ new Map();
  const slotOfId = /* @__PURE__ */ new Map();
  const ids = [];
  const slotted = closures.map((closure) => {
    const slots = new Int32Array(closure.length);
    let n = 0;
    for (const e of closure) {
      if (e.link) continue;
      let slot = slotOf.get(e);
      if (slot === void 0) {
        const id = `${e.name}@${e.version ?? "?"} ${e.integrity ?? e.resolved ?? ""}`;
        slot = slotOfId.get(id);
        if (slot === void 0) slotOfId.set(id, slot = ids.push(id) - 1);
        slotOf.set(e, slot);
      }
      slots[n++] = slot;
    }
    return slots.subarray(0, n);
  });
  const order = ids.map((_, slot) => slot).sort((a, b) => ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0);
  const rank = new Int32Array(ids.length);
  order.forEach((slot, i) => rank[slot] = i);
  return slotted.map((slots) => {
    for (let i = 0; i < slots.length; i++) slots[i] = rank[slots[i]];
    const sorted = slots.sort();
    const out = [];
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(ids[order[sorted[i]]]);
    return out;
  });
}

// src/detect/lockfiles/gemfile.ts
var GEMFILE_LOCK = "Gemfile.lock";
var gemfile = {
  files: [GEMFILE_LOCK],
  parse: parseGemfileLock,
  closure: (lock) => gemClosure(lock)
};
function parseGemfileLock(text) {
  const lock = { specs: [], dependencies: [], checksums: /* @__PURE__ */ new Map() };
  let section = "";
  let source = { remote: "", revision: "" };
  let current;
  for (const line of text.replace(/\r\n/g, "\n").split("\n")) {
    if (/^\S/.test(line)) {
      section = line.trim();
      source = { remote: "", revision: "" };
      current = void 0;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const item = /^([^\s(]+)(?: \(([^)]*)\))?(?: (\S+))?$/.exec(line.trim());
    if (["GEM", "GIT", "PATH"].includes(section)) {
      const option = /^(remote|revision): (.*)$/.exec(line.trim());
      if (indent === 2 && option) source = { ...source, [option[1]]: option[2] };
      else if (indent === 4 && item) {
        const where = section === "GEM" ? source.remote : `${section.toLowerCase()} ${source.remote}${source.revision ? `#${source.revision}` : ""}`;
        lock.specs.push(current = { name: item[1], version: item[2] ?? "", source: where, dependencies: [] });
      } else if (indent === 6 && item && current) current.dependencies.push(item[1]);
    } else if (section === "DEPENDENCIES" && indent === 2 && item) {
      lock.dependencies.push(item[1].replace(/!$/, ""));
    } else if (section === "CHECKSUMS" && indent === 2 && item && item[2]) {
      lock.checksums.set(`${item[1]}@${item[2]}`, item[3] ?? "");
    }
  }
  return lock;
}
function gemClosure(lock) {
  const byName = /* @__PURE__ */ new Map();
  for (const spec of lock.specs) byName.set(spec.name, [...byName.get(spec.name) ?? [], spec]);
  const seen = /* @__PURE__ */ new Set();
  const queue = [...lock.dependencies];
  while (queue.length > 0) {
    const name = queue.pop();
    if (seen.has(name)) continue;
    seen.add(name);
    for (const spec of byName.get(name) ?? []) queue.push(...spec.dependencies);
  }
  return lock.specs.filter((spec) => seen.has(spec.name)).map((spec) => ({
    path: `${spec.name}@${spec.version}`,
    name: spec.name,
    version: spec.version,
    resolved: spec.source,
    integrity: lock.checksums.get(`${spec.name}@${spec.version}`) || void 0
  })).sort(byPath);
}
function gemChanges(before, now) {
  return diffClosures(before === void 0 ? [] : gemClosure(parseGemfileLock(before)), now);
}

// src/detect/detect.ts
var NO_BASE_REASON = "no base commit";
function listTree(git) {
  const listing = { head: git.resolveCommit("HEAD"), entries: git.lsFilesStage(), status: git.status() };
  for (const pending of Object.values(listing)) pending.catch(() => void 0);
  return listing;
}
async function readDependencies(repoRoot, config, log) {
  const [graph, lock] = await Promise.all([readWorkspaces(repoRoot), readLockfile(repoRoot, log)]);
  const byDir = new Map([...graph.packages.values()].map((p) => [p.dir, p]));
  const layers = [];
  for (const layer of config.layers) {
    if (layers.length % 16 === 15) await setImmediate();
    layers.push(layerDependencies(repoRoot, layer, graph, byDir, lock));
  }
  return { graph, lock, layers };
}
function mayHaveChanged(file, committed, status) {
  return [committed, status.staged, status.modified, status.deleted, status.untracked].some((list) => list.includes(file));
}
async function detectChanges(opts) {
  const { repoRoot, config, git, base, log } = opts;
  const listing = opts.listing ?? listTree(git);
  const [[indexEntries, status, committed], { layers: dependencies, lock, graph }] = await Promise.all([
    Promise.all([listing.entries, listing.status, listing.committed ?? (base.sha ? git.diffNames(base.sha, "HEAD") : void 0)]),
    opts.dependencies ?? readDependencies(repoRoot, config, log)
  ]);
  const baseLock = lock?.data && base.sha && mayHaveChanged(lock.file, committed, status) ? git.show(base.sha, lock.file) : void 0;
  baseLock?.catch(() => void 0);
  const tree = new FileIndex(indexEntries, status);
  const packageInputs = /* @__PURE__ */ new Map();
  const scopes = dependencies.map((deps) => layerScope(deps, tree, packageInputs));
  await tree.hashWorkingFiles(git, repoRoot, scopes.flatMap((s) => s.intervals));
  const packageDigests = /* @__PURE__ */ new Map();
  const packageDigest = ({ key, files }) => {
    let digest = packageDigests.get(key);
    if (digest === void 0) packageDigests.set(key, digest = digestFiles(tree.select(files)));
    return digest;
  };
  const ids = lockfileIds(scopes.map((s) => s.lockfile));
  const inputs = /* @__PURE__ */ new Map();
  const uncommitted = differsFromHead(status, tree);
  for (const [i, scope] of scopes.entries()) {
    const { layer, packages, lockfile } = scope;
    let files;
    let names;
    let dirty2;
    const listFiles = () => files ??= tree.pathsOf(scope.intervals);
    inputs.set(layer.key, {
      key: layer.key,
      fingerprint: fingerprint(layer, {
        own: digestFiles(tree.select(scope.own)),
        packages: packages.map((p) => [p.dir, packageDigest(scope.packageInputs.get(p.dir))]),
        lockfile: ids[i]
      }),
      // Thousands of paths (and lockfile entries) per layer in a big monorepo, rarely read: listed on first use.
      get files() {
        return listFiles();
      },
      packages: packages.map((p) => p.name),
      get lockfile() {
        return names ??= lockfileNames(lockfile);
      },
      get uncommitted() {
        const covers = (p) => scope.owns(p) || [...scope.packageInputs.values()].some((pkg) => p.startsWith(`${pkg.dir}/`) && pkg.owns(p));
        return dirty2 ??= uncommitted.present.size === 0 && uncommitted.deleted.length === 0 ? [] : [.../* @__PURE__ */ new Set([...listFiles().filter((p) => uncommitted.present.has(p)), ...uncommitted.deleted.filter(covers)])].sort();
      }
    });
  }
  const reasons = /* @__PURE__ */ new Map();
  if (!base.sha) {
    for (const layer of config.layers) reasons.set(layer.key, { ...emptyReasons(), other: [NO_BASE_REASON] });
    return { inputs, reasons, lockfile: lock };
  }
  const modified = status.modified.filter((p) => tree.differsFromIndex(p));
  const untracked = status.untracked.filter(outsideNodeModules);
  const changed = [.../* @__PURE__ */ new Set([...committed, ...status.staged, ...modified, ...status.deleted, ...untracked])].sort();
  const packageChanged = /* @__PURE__ */ new Map();
  const changedIn = ({ key, dir, owns }) => {
    let found = packageChanged.get(key);
    if (found === void 0) packageChanged.set(key, found = changed.some((c) => c.startsWith(`${dir}/`) && owns(c)));
    return found;
  };
  const lockChanges = baseLock && changed.includes(lock.file) ? await lockfileChanges(baseLock, lock, scopes, graph, log) : void 0;
  for (const scope of scopes) {
    const { layer } = scope;
    const baseLayer = opts.baseConfig?.layers.find((l) => l.key === layer.key);
    const gemLock = layer.type === "ruby" ? `${layer.path}/${GEMFILE_LOCK}` : void 0;
    const gems = gemLock && changed.includes(gemLock) ? gemChanges(await git.show(base.sha, gemLock), scope.lockfile) : [];
    reasons.set(layer.key, {
      files: changed.filter(scope.owns).filter((file) => gems.length === 0 || file !== gemLock),
      packages: scope.packages.filter((p) => changedIn(scope.packageInputs.get(p.dir))).map((p) => p.name),
      lockfile: lockChanges?.get(layer.key) ?? gems,
      config: changedKeys(baseLayer, layer),
      other: []
    });
  }
  return { inputs, reasons, lockfile: lock };
}
function differsFromHead(status, tree) {
  const present = /* @__PURE__ */ new Set([
    ...status.staged.filter((p) => tree.has(p)),
    ...status.modified.filter((p) => tree.differsFromIndex(p)),
    ...status.untracked
  ]);
  return { present, deleted: [...status.deleted, ...status.staged.filter((p) => !tree.has(p))] };
}
function emptyReasons() {
  return { files: [], packages: [], lockfile: [], config: [], other: [] };
}
function layerDependencies(repoRoot, layer, graph, byDir, lock) {
  const none = { layer, packages: [], roles: /* @__PURE__ */ new Map(), built: [], lockfile: [], extraFiles: [], ownPaths: [] };
  const read = (file) => existsSync(path3.join(repoRoot, file)) ? readFileSync(path3.join(repoRoot, file), "utf8") : void 0;
  if (layer.type === "ruby") {
    const lockText = read(`${layer.path}/${GEMFILE_LOCK}`);
    const lockfile2 = lockText === void 0 ? [] : gemfile.closure(gemfile.parse(lockText));
    const inFiles = (0, import_picomatch3.default)(RUBY_FILES, { dot: true });
    return { ...none, lockfile: lockfile2, ownRule: gemfileReadsFiles(read(`${layer.path}/Gemfile`) ?? "") ? void 0 : inFiles };
  }
  if (layer.type === "python") {
    const { files, local } = pythonInputs(layer.path, read);
    return { ...none, ownRule: () => false, ownPaths: [...files, ...local] };
  }
  if (layer.type !== "nodejs") return none;
  const manifest = byDir.get(layer.path)?.manifest ?? readJson(repoRoot, `${layer.path}/package.json`);
  const byName = new Map(workspaceDependencies(graph, manifest).map((p) => [p.name, p]));
  const production = lock?.data ? packageClosure(lock.data, layer.path, { workspaces: graph }) : [];
  for (const entry of production) {
    const pkg = entry.link ? byDir.get(entry.path) : void 0;
    if (pkg && pkg.dir !== layer.path) byName.set(pkg.name, pkg);
  }
  const roles = /* @__PURE__ */ new Map();
  for (const pkg of byName.values()) roles.set(pkg.dir, { shipped: true, built: false, scripts: layer.allowScripts.includes(pkg.name) });
  const visit = (pkg) => {
    for (const field of ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"]) {
      for (const name of Object.keys(pkg.manifest[field] ?? {})) {
        const dependency = graph.packages.get(name);
        const role = dependency && (roles.get(dependency.dir) ?? { shipped: false, built: false, scripts: false });
        if (!dependency || !role || role.built) continue;
        byName.set(dependency.name, dependency);
        roles.set(dependency.dir, { ...role, built: true });
        visit(dependency);
      }
    }
  };
  for (const pkg of [...byName.values()]) {
    if (typeof pkg.manifest.scripts?.build !== "string") continue;
    roles.set(pkg.dir, { ...roles.get(pkg.dir), built: true });
    visit(pkg);
  }
  const packages = [...byName.values()].sort((a, b) => a.name < b.name ? -1 : 1);
  const built = packages.filter((p) => roles.get(p.dir).built).map((p) => p.dir);
  const lockfile = lock?.data ? layerClosure(lock.data, layer.path, built, graph) : [];
  const parsedLock = lock?.data ? lock.file : void 0;
  const ownPaths = [...projectSettings(layer.path).filter((file) => file !== parsedLock), ...localSpecs(layer.path, manifest)];
  const ownRule = (rel) => rel === "package.json" || NODE_SETTINGS.includes(rel) || NODE_SETTING_FOLDERS.some((dir) => rel.startsWith(`${dir}/`));
  return { layer, packages, roles, built, lockfile, extraFiles: lock && !lock.data ? [lock.file] : [], ownPaths, ownRule };
}
function layerClosure(lock, layerPath, built, graph) {
  const production = packageClosure(lock, layerPath, { workspaces: graph });
  if (built.length === 0) return production;
  const all = new Map(production.map((e) => [e.path, e]));
  for (const dir of built) for (const e of packageClosure(lock, dir, { includeDev: true, workspaces: graph })) all.set(e.path, e);
  return [...all.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function projectSettings(layerPath) {
  const found = [];
  for (let dir = layerPath; dir !== "." && dir !== ""; ) {
    dir = path3.posix.dirname(dir);
    for (const name of [...NODE_SETTINGS, ...NODE_SETTING_FOLDERS]) found.push(dir === "." ? name : `${dir}/${name}`);
  }
  return found;
}
function localSpecs(layerPath, manifest) {
  const specs = ["dependencies", "optionalDependencies"].flatMap((field) => Object.values(manifest?.[field] ?? {}));
  return specs.flatMap((spec) => typeof spec === "string" ? /^(?:file|link|portal):(.+)$/.exec(spec)?.slice(1) ?? [] : []).filter((target) => !/\.(tgz|tar|tar\.gz)$/.test(target)).map((target) => path3.posix.normalize(path3.posix.join(layerPath, target))).filter((target) => target !== ".." && !target.startsWith("../") && !path3.posix.isAbsolute(target));
}
function layerScope(deps, tree, shared) {
  const { layer, packages, extraFiles, ownPaths, ownRule, roles } = deps;
  const prefix = layer.path === "." || layer.path === "" ? "" : `${layer.path}/`;
  const outputDir = layer.output ? path3.posix.normalize(layer.output) : ".";
  const output = outputDir === "." ? void 0 : `${prefix}${outputDir}`;
  const outputPrefix = output && `${output}/`;
  const excluded = layer.exclude.length > 0 ? (0, import_picomatch3.default)(layer.exclude, { dot: true }) : () => false;
  const kept = (intervals) => layer.exclude.length > 0 ? tree.filter(intervals, (p) => !excluded(p)) : intervals;
  const folder = output ? subtract(tree.folder(layer.path), tree.folder(output)) : [tree.folder(layer.path)];
  const extra = [...ownPaths, ...layer.inputs, ...extraFiles];
  const own = kept(
    mergeIntervals([
      ...ownRule ? tree.filter(folder, (p) => ownRule(p.slice(prefix.length))) : folder,
      ...extra.flatMap((pattern) => tree.glob(pattern))
    ])
  );
  const matchers = extra.map(
    (pattern) => import_picomatch3.default.scan(pattern).isGlob ? (0, import_picomatch3.default)(pattern, { dot: true }) : (p) => p === pattern || p.startsWith(`${pattern}/`)
  );
  const packageInputs = new Map(
    packages.map((p) => {
      const key = `${p.dir}\0${JSON.stringify([roles.get(p.dir), layer.exclude])}`;
      let inputs = shared.get(key);
      if (!inputs) {
        const rule = packageRule(p.manifest, roles.get(p.dir));
        const owns = (file) => !excluded(file) && rule(file.slice(p.dir.length + 1));
        shared.set(key, inputs = { key, dir: p.dir, owns, files: tree.filter([tree.folder(p.dir)], owns) });
      }
      return [p.dir, inputs];
    })
  );
  return {
    ...deps,
    own,
    packageInputs,
    intervals: mergeIntervals([...own, ...[...packageInputs.values()].flatMap((p) => p.files)]),
    owns: (p) => !excluded(p) && (p.startsWith(prefix) && !(outputPrefix && p.startsWith(outputPrefix)) && (!ownRule || ownRule(p.slice(prefix.length))) || matchers.some((match) => match(p)))
  };
}
async function readLockfile(repoRoot, log) {
  const file = LOCKFILES.find((name) => existsSync(path3.join(repoRoot, name)));
  if (!file) return void 0;
  try {
    const data = await parseLockfile(file, readFileSync(path3.join(repoRoot, file), "utf8"));
    assertLockfile(data);
    return { file, data };
  } catch (error) {
    log.warning(`${error.message}. Every nodejs layer depends on the whole ${file} until it can be read.`, { file });
    return { file, data: void 0 };
  }
}
async function lockfileChanges(atBase, lock, scopes, graph, log) {
  const result = /* @__PURE__ */ new Map();
  const nodeScopes = scopes.filter((s) => s.layer.type === "nodejs");
  let before;
  try {
    const text = await atBase;
    if (text !== void 0) assertLockfile(before = await parseLockfile(lock.file, text));
  } catch (error) {
    const why = `${lock.file} changed (at the base: ${error.message})`;
    log.warning(`${why}: every nodejs layer is marked as changed.`);
    for (const scope of nodeScopes) result.set(scope.layer.key, [why]);
    return result;
  }
  const touched = before === void 0 ? void 0 : touchedKeys(before, lock.data);
  const sameWalks = touched && closuresAtBase(before, lock.data, touched);
  for (const scope of nodeScopes) {
    if (touched && ![scope.layer.path, ...scope.built].some((dir) => closureTouched(touched, dir, scope.lockfile))) {
      result.set(scope.layer.key, []);
      continue;
    }
    const old = before === void 0 ? [] : sameWalks?.(scope.lockfile) ?? layerClosure(before, scope.layer.path, scope.built, graph);
    result.set(scope.layer.key, diffClosures(old, scope.lockfile));
  }
  return result;
}

// src/report/uncommitted.ts
var LISTED = 10;
function uncommittedLayers(layers) {
  const dirty2 = layers.filter((l) => l.uncommitted && l.uncommitted.length > 0);
  if (dirty2.length === 0) return void 0;
  return dirty2.map(({ key, uncommitted: files = [] }) => {
    const more = files.length > LISTED ? ` +${files.length - LISTED} more` : "";
    return `${key} (${files.slice(0, LISTED).join(", ")}${more})`;
  }).join("; ");
}

// src/report/outputs.ts
var AFFECTED = /* @__PURE__ */ new Set(["changed", "published", "reused", "failed"]);
function isAffected(layer) {
  return AFFECTED.has(layer.status);
}
function planOutputs(plan) {
  const affected = plan.layers.filter(isAffected).map((l) => l.key);
  const layerArns = {};
  const byRegion = {};
  for (const layer of plan.layers) {
    layer.regions.forEach((state, i) => {
      const arn = state.arn ?? state.previousArn;
      if (!arn) return;
      if (i === 0) layerArns[layer.key] = arn;
      (byRegion[state.region] ??= {})[layer.key] = arn;
    });
  }
  const updated = [...new Set(plan.functions.filter((f) => f.status === "updated").map((f) => f.key))];
  return {
    [Output.HasChanges]: String(affected.length > 0),
    [Output.ChangedLayers]: JSON.stringify(affected),
    [Output.LayerArns]: JSON.stringify(layerArns),
    [Output.LayerArnsByRegion]: JSON.stringify(byRegion),
    [Output.UpdatedFunctions]: JSON.stringify(updated),
    [Output.Matrix]: JSON.stringify({ include: affected.map((layer) => ({ layer })) }),
    [Output.Plan]: JSON.stringify(plan)
  };
}

// src/report/view.ts
var AWS_NOT_CONSULTED = "AWS was not consulted (no credentials, e.g. a fork PR): statuses come from git alone.";
var INLINE_ITEMS = 3;
var REASON_KINDS = ["files", "packages", "lockfile", "config", "other"];
function planView(plan) {
  const affected = plan.layers.filter(isAffected);
  const functions = plan.functions.map((f) => functionRow(f, plan.awsConsulted));
  return {
    title: `Lambda layers: ${plan.mode}`,
    mode: plan.mode,
    modeReason: plan.modeReason,
    commit: short(plan.commit),
    uncommittedChanges: plan.layers.some(dirty),
    base: plan.base.sha ? { sha: short(plan.base.sha), source: plan.base.source } : void 0,
    baseNote: plan.base.note,
    awsConsulted: plan.awsConsulted,
    uncommitted: uncommittedLayers(plan.layers),
    layerCounts: counts(plan.layers.map((l) => l.status)),
    affected: affected.map(layerRow),
    unchanged: plan.layers.filter((l) => l.status === "unchanged").map((l) => ({ key: l.key, version: stayingVersion(l), sameZip: Boolean(l.regions[0]?.sameZip), uncommitted: dirty(l) })),
    notChecked: plan.layers.filter((l) => l.status === "no-change").map((l) => ({ key: l.key, sameZip: false, uncommitted: dirty(l) })),
    sharedReasons: affected.length > 1 ? affected[0].reasons.other.filter((r) => r !== NO_BASE_REASON && affected.every((l) => l.reasons.other.includes(r))) : [],
    functionCounts: counts(plan.functions.map((f) => f.status)),
    functions,
    legend: legend(functions),
    ssm: plan.layers.flatMap((l) => l.regions.flatMap((r) => r.ssm && r.ssm.status !== "unchanged" ? [ssmRow(r.region, r.ssm)] : [])),
    failures: failures(plan)
  };
}
function layerRow(layer) {
  return {
    key: layer.key,
    status: layer.status,
    uncommitted: dirty(layer),
    reasons: REASON_KINDS.filter((k) => layer.reasons[k].length > 0).map((k) => ({ label: k === "other" ? "" : k, items: layer.reasons[k] })),
    regions: layer.regions.map(regionMove),
    size: layer.zip && { bytes: layer.zip.size, delta: delta(layer) },
    skippedScripts: layer.skippedScripts ?? []
  };
}
function dirty(layer) {
  return Boolean(layer.uncommitted?.length);
}
function delta(layer) {
  const previous = layer.regions.find((r) => r.previousCodeSize !== void 0)?.previousCodeSize;
  return previous === void 0 ? void 0 : layer.zip.size - previous;
}
function regionMove(r) {
  const from = r.previousArn ? layerName(r.previousArn) : "none";
  const to = r.arn && layerName(r.arn);
  const grants = r.missingGrants ?? [];
  switch (r.status) {
    case "failed":
      return { region: r.region, change: "failed", from, grants };
    case "changed":
      return { region: r.region, change: "new", from, to: "new version", grants };
    case "published":
      return { region: r.region, change: "published", from, to: to ?? "?", grants };
    case "reused":
      return { region: r.region, change: "reused", from, to: to ?? from, grants };
    case "unchanged":
      return { region: r.region, change: "same", from, to: to ?? from, grants };
    case "no-change":
      return { region: r.region, change: "unknown", from, grants };
  }
}
function stayingVersion(layer) {
  const r = layer.regions[0];
  const arn = r?.arn ?? r?.previousArn;
  return arn && layerName(arn);
}
function functionRow(f, awsConsulted) {
  const { moves, dropped } = layerMoves(f.oldLayers, f.newLayers);
  const layers = moves.map(({ from, to }) => {
    if (from === to) return { kind: "same", to: layerName(to) };
    if (from) return { kind: "moved", from: layerName(from), to: layerName(to) };
    const unread = !awsConsulted && pendingLayerName(to);
    return unread ? { kind: "unread", from: unread, to: layerName(to) } : { kind: "added", to: layerName(to) };
  });
  layers.push(...dropped.map((arn) => ({ kind: "dropped", from: layerName(arn) })));
  return {
    key: f.key,
    name: f.name === f.key ? void 0 : f.name,
    region: f.region,
    status: f.status,
    discovered: Boolean(f.discovered),
    layers,
    alias: aliasMove(f)
  };
}
function aliasMove(f) {
  const a = f.alias;
  if (!a?.to) return void 0;
  return { name: a.name, from: a.from, to: a.to === NEXT_VERSION ? "new version" : a.to, publishes: a.to !== a.from };
}
var MARKS = [
  ["moved", { mark: "old \u2192 new", meaning: "the layer moves to another version" }],
  ["added", { mark: "+", meaning: "a layer the function does not have yet, appended" }],
  ["dropped", { mark: "\u2212", meaning: "a layer removed from the function" }],
  ["unread", { mark: "name:?", meaning: "the function was not read (AWS was not consulted): it may have the layer already" }]
];
function legend(functions) {
  const used = new Set(functions.filter((f) => f.status !== "unchanged").flatMap((f) => f.layers.map((l) => l.kind)));
  return MARKS.filter(([kind]) => used.has(kind)).map(([, mark]) => mark);
}
function ssmRow(region, ssm) {
  return {
    status: ssm.status,
    name: ssm.name,
    region,
    from: ssm.from ? layerName(ssm.from) : "none",
    to: ssm.to ? layerName(ssm.to) : "new version",
    error: ssm.error
  };
}
function failures(plan) {
  const out = [];
  for (const l of plan.layers) {
    if (l.error) out.push({ kind: "layer", key: l.key, error: l.error, buildOutput: true });
    else for (const r of l.regions) if (r.error) out.push({ kind: "layer", key: l.key, region: r.region, error: r.error, buildOutput: false });
  }
  for (const f of plan.functions) if (f.error) out.push({ kind: "function", key: f.key, region: f.region, error: f.error, buildOutput: false });
  return out;
}
function counts(statuses) {
  const tally = /* @__PURE__ */ new Map();
  for (const s of statuses) tally.set(s, (tally.get(s) ?? 0) + 1);
  return [...tally].map(([label, n]) => ({ label, n }));
}
function layerName(arn) {
  const s = shortLayer(arn);
  return s.endsWith(`:${NEXT_VERSION}`) ? `${s.slice(0, -NEXT_VERSION.length - 1)} (new version)` : s;
}
function short(sha) {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
function countsPhrase(view, list, f) {
  return list.map(({ label, n }) => `${f.strong(String(n))} ${label === "no-change" ? noChangePhrase(view, f) : label}`).join(" \xB7 ");
}
function noChangePhrase(view, f) {
  return `no change since ${f.code(view.base?.sha ?? "")}`;
}
function commitPhrase(view, f) {
  const base = view.base ? `base ${f.code(view.base.sha)} (${f.text(view.base.source)})` : "no base commit";
  return `commit ${f.code(view.commit)}${view.uncommittedChanges ? " + uncommitted changes" : ""} \xB7 ${base}`;
}
function uncommittedPhrase(view, f) {
  return `Inputs that differ from the commit, taken as they are (versions published from them are labelled ${f.code("uncommitted")}): ${f.text(view.uncommitted ?? "")}`;
}
function legendPhrase(marks, f) {
  return `Layers: ${marks.map((m) => `${f.code(m.mark)} ${m.meaning}`).join("; ")}.`;
}
function reasonPhrase(group, f) {
  const more = group.items.length > INLINE_ITEMS ? ` +${group.items.length - INLINE_ITEMS} more` : "";
  const items = group.items.slice(0, INLINE_ITEMS).map(f.text).join(", ") + more;
  return group.label ? `${group.label}: ${items}` : items;
}
function versionPhrase(m, f) {
  const shared = m.grants.length > 0 ? `, to be shared with ${m.grants.map(f.text).join(", ")}` : "";
  switch (m.change) {
    case "failed":
      return `${f.text(m.from)} \u2192 ${f.failed}`;
    case "new":
      return `${f.text(m.from)} \u2192 new version${shared}`;
    case "published":
      return `${f.text(m.from)} \u2192 ${f.strong(f.text(m.to))}${shared}`;
    case "reused":
      return `${f.text(m.to)} (identical zip)${shared}`;
    case "same":
      return `${f.text(m.to)}${shared}`;
    case "unknown":
      return "not checked against AWS";
  }
}
function sizePhrase(size) {
  if (!size) return "\u2014";
  if (size.delta === void 0) return bytes(size.bytes);
  const sign = size.delta > 0 ? "+" : size.delta < 0 ? "\u2212" : "\xB1";
  return `${bytes(size.bytes)} (${sign}${bytes(Math.abs(size.delta))})`;
}
function itemPhrase(item, f) {
  const version = item.version && `${item.sameZip ? "same zip as " : ""}${f.text(item.version)}`;
  const notes = [version, item.uncommitted && "uncommitted"].filter(Boolean);
  return notes.length > 0 ? `${f.code(item.key)} (${notes.join(", ")})` : f.code(item.key);
}
function functionPhrase(fn, f) {
  return (fn.name ? `${f.code(fn.key)} (${f.text(fn.name)})` : f.code(fn.key)) + (fn.discovered ? " (discovered)" : "");
}
function layerMovePhrase(m, f) {
  switch (m.kind) {
    case "same":
      return f.text(m.to);
    case "moved":
      return `${f.text(m.from)} \u2192 ${f.strong(f.text(m.to))}`;
    case "unread":
      return `${f.text(m.from)}:? \u2192 ${f.strong(f.text(m.to))}`;
    case "added":
      return `+${f.strong(f.text(m.to))}`;
    case "dropped":
      return `\u2212${f.text(m.from)}`;
  }
}
function aliasPhrase(a, f) {
  const name = `alias ${f.text(a.name)}`;
  if (!a.publishes) return `${name} \u2192 version ${f.text(a.to)}`;
  const published = a.to === "new version" ? "publishes a function version" : `published function version ${f.text(a.to)}`;
  return `${published}; ${name}: ${f.text(a.from ?? "none")} \u2192 ${f.strong(f.text(a.to))}`;
}
function failureSubject(x, f) {
  return `${x.kind} ${f.code(x.key)}${x.region ? ` in ${f.text(x.region)}` : ""}`;
}
function bytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export {
  changedKeys,
  isTestFile,
  listTree,
  readDependencies,
  mayHaveChanged,
  detectChanges,
  uncommittedLayers,
  planOutputs,
  AWS_NOT_CONSULTED,
  INLINE_ITEMS,
  planView,
  countsPhrase,
  noChangePhrase,
  commitPhrase,
  uncommittedPhrase,
  legendPhrase,
  reasonPhrase,
  versionPhrase,
  sizePhrase,
  itemPhrase,
  functionPhrase,
  layerMovePhrase,
  aliasPhrase,
  failureSubject,
  bytes
};
//# sourceMappingURL=chunk-UCIXZ3K6.js.map
