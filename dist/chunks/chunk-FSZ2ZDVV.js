import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readYaml
} from "./chunk-FT3CAMBC.js";
import {
  globMatcher,
  require_picomatch
} from "./chunk-7ONOX6CZ.js";
import {
  __toESM
} from "./chunk-SK5B422H.js";

// src/detect/lockfiles/entries.ts
function packageId(entry) {
  return `${entry.name}@${entry.version ?? "?"} ${entry.integrity ?? entry.resolved ?? ""}`;
}
function diffClosures(before, after) {
  const touched = touchedNames(before, after);
  if (touched.size === 0) return [];
  const index = (entries) => {
    const byName = /* @__PURE__ */ new Map();
    for (const e of entries) {
      if (e.link || !touched.has(e.name)) continue;
      const versions = byName.get(e.name) ?? /* @__PURE__ */ new Map();
      versions.set(e.version ?? "?", e.integrity ?? e.resolved ?? "");
      byName.set(e.name, versions);
    }
    return byName;
  };
  const [old, now] = [index(before), index(after)];
  const changes = [];
  for (const name of [.../* @__PURE__ */ new Set([...old.keys(), ...now.keys()])].sort()) {
    const [a, b] = [old.get(name) ?? /* @__PURE__ */ new Map(), now.get(name) ?? /* @__PURE__ */ new Map()];
    const removed = [...a.keys()].filter((v) => !b.has(v));
    const added = [...b.keys()].filter((v) => !a.has(v));
    if (removed.length === 1 && added.length === 1) {
      changes.push(`${name}@${removed[0]} -> ${added[0]}`);
    } else {
      changes.push(...removed.map((v) => `-${name}@${v}`), ...added.map((v) => `+${name}@${v}`));
    }
    for (const [version, id] of b) {
      if (a.has(version) && a.get(version) !== id) changes.push(`${name}@${version} -> ${version} (re-resolved)`);
    }
  }
  return changes;
}
function touchedNames(before, after) {
  const names = /* @__PURE__ */ new Set();
  const note = (entry) => {
    if (!entry.link) names.add(entry.name);
  };
  let [i, j] = [0, 0];
  while (i < before.length || j < after.length) {
    const x = before[i];
    const y = after[j];
    if (x && y && x.path === y.path) {
      if (x !== y && !sameEntry(x, y)) {
        note(x);
        note(y);
      }
      i++;
      j++;
    } else if (x && (!y || x.path < y.path)) {
      note(x);
      i++;
    } else {
      note(y);
      j++;
    }
  }
  return names;
}
function sameEntry(x, y) {
  return x.name === y.name && x.version === y.version && x.integrity === y.integrity && x.resolved === y.resolved && x.link === y.link;
}
function unionOfClosures(closures) {
  const nonEmpty = closures.filter((c) => c.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
  const all = /* @__PURE__ */ new Map();
  for (const closure of nonEmpty) for (const e of closure) all.set(e.path, e);
  return [...all.values()].sort(byPath);
}
function ascending(values, held) {
  if (values.length * 32 < held.length) return values.slice().sort().filter((v, i, sorted) => i === 0 || v !== sorted[i - 1]);
  for (let i = 0; i < values.length; i++) held[values[i]] = 1;
  const out = new Int32Array(values.length);
  let n = 0;
  for (let v = 0; n < values.length && v < held.length; v++) if (held[v] === 1) held[v] = 0, out[n++] = v;
  return out.subarray(0, n);
}
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

// src/detect/lockfiles/npm.ts
import { posix } from "node:path";
var npm = {
  files: ["npm-shrinkwrap.json", "package-lock.json"],
  parse: (text) => JSON.parse(text),
  // pnpm and yarn are recognized first (index.ts): anything else is read as npm's.
  recognizes: (lock) => !isObject(lock.importers) && !("yarnLockfile" in lock),
  assertReadable(lock) {
    if (!isObject(lock.packages)) {
      throw new Error(
        `the lockfile has no "packages" map (lockfileVersion ${lock.lockfileVersion ?? "unknown"}); regenerate it with npm 7 or later (lockfileVersion 2 or 3)`
      );
    }
  },
  closure: npmClosure
};
function npmClosure(record, fromDir, opts) {
  const packages = record.packages;
  const root = fromDir === "." ? "" : fromDir;
  if (!isObject(packages[root])) return [];
  const graph = graphFor(packages);
  const asked = `${root}\0${opts.includeDev === true}`;
  const known = graph.closures.get(asked);
  if (known) return known;
  const { seen, found } = graph;
  const walk = ++graph.walks;
  let count = 0;
  const reach = (edges) => {
    for (let i = 0; i < edges.length; i++) {
      const to = edges[i];
      if (seen[to] !== walk) seen[to] = walk, found[count++] = to;
    }
  };
  reach(edgesOf(graph, graph.rank.get(root), opts.includeDev === true));
  for (let next = 0; next < count; next++) reach(edgesOf(graph, found[next], false));
  const ranks = ascending(found.subarray(0, count), graph.held);
  const closure = new Array(count);
  for (let i = 0; i < count; i++) closure[i] = entryOf(graph, ranks[i]);
  graph.closures.set(asked, closure);
  return closure;
}
function closureGraph(lock) {
  const packages = npmPackages(lock);
  if (!packages) return void 0;
  const graph = graphFor(packages);
  return {
    size: graph.keys.length,
    id: (at) => {
      const entry = entryOf(graph, at);
      return entry.link ? void 0 : packageId(entry);
    },
    edges: (at) => graph.edges[at] ?? edgesOf(graph, at, false),
    starts: (dir, includeDev) => firstEdges(graph, dir === "." ? "" : dir, includeDev)
  };
}
var graphs = /* @__PURE__ */ new WeakMap();
function graphFor(packages) {
  let graph = graphs.get(packages);
  if (!graph) {
    const keys = Object.keys(packages).sort();
    const slots = () => new Array(keys.length).fill(void 0);
    graph = {
      packages,
      keys,
      rank: new Map(keys.map((key, i) => [key, i])),
      edges: slots(),
      devEdges: slots(),
      entries: slots(),
      linkNames: /* @__PURE__ */ new Map(),
      closures: /* @__PURE__ */ new Map(),
      seen: new Int32Array(keys.length),
      walks: 0,
      found: new Int32Array(keys.length),
      held: new Uint8Array(keys.length)
    };
    graphs.set(packages, graph);
  }
  return graph;
}
function edgesOf(graph, at, includeDev) {
  const cache = includeDev ? graph.devEdges : graph.edges;
  const cached = cache[at];
  if (cached) return cached;
  const { packages, keys, rank } = graph;
  const key = keys[at];
  const node = packages[key];
  const edges = [];
  if (node.link === true) {
    const folder = linkTarget(packages, node);
    if (folder !== void 0) {
      const target = rank.get(folder);
      if (!graph.linkNames.has(target)) graph.linkNames.set(target, packageName(key));
      edges.push(target);
    }
  } else {
    for (const name of dependencyNames(node, includeDev)) {
      const hit = resolveNode(packages, key, name);
      if (hit !== void 0) edges.push(rank.get(hit));
    }
  }
  cache[at] = edges;
  return edges;
}
function linkTarget(packages, link) {
  return typeof link.resolved === "string" && isObject(packages[link.resolved]) ? link.resolved : void 0;
}
function entryOf(graph, at) {
  return graph.entries[at] ??= entryFrom(graph, at, graph.packages[graph.keys[at]]);
}
function entryFrom(graph, at, node) {
  const key = graph.keys[at];
  return key.includes("node_modules/") ? toEntry(key, node, packageName(key)) : { ...toEntry(key, node, graph.linkNames.get(at) ?? posix.basename(key)), link: true };
}
function packageName(key) {
  return key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length);
}
function touchedKeys(before, after) {
  const [old, now] = [npmPackages(before), npmPackages(after)];
  if (!old || !now) return void 0;
  const touched = /* @__PURE__ */ new Set();
  const cameOrWent = [];
  for (const key of Object.keys(now)) {
    if (!(key in old)) cameOrWent.push(key);
    else if (!sameNode(old[key], now[key])) touched.add(key);
  }
  for (const key of Object.keys(old)) if (!(key in now)) cameOrWent.push(key);
  if (cameOrWent.length === 0) return touched;
  const dependents = /* @__PURE__ */ new Map();
  const linksTo = /* @__PURE__ */ new Map();
  const add = (map, name, key) => {
    const list = map.get(name);
    if (list) list.push(key);
    else map.set(name, [key]);
  };
  for (const [key, node] of Object.entries(now)) {
    if (!isObject(node)) touched.add(key);
    else if (node.link === true) add(linksTo, String(node.resolved), key);
    else for (const name of dependencyNames(node, true)) add(dependents, name, key);
  }
  for (const key of cameOrWent) {
    touched.add(key);
    const at = key.lastIndexOf("node_modules/");
    if (at < 0) {
      for (const link of linksTo.get(key) ?? []) touched.add(link);
      continue;
    }
    const scope = key.slice(0, at);
    for (const dependent of dependents.get(key.slice(at + "node_modules/".length)) ?? []) {
      if (dependent.startsWith(scope) || `${dependent}/` === scope) touched.add(dependent);
    }
  }
  return touched;
}
function closuresAtBase(before, after, touched) {
  const [old, now] = [npmPackages(before), npmPackages(after)];
  if (!old || !now) return void 0;
  for (const key of touched) {
    const [a, b] = [old[key], now[key]];
    if (!isObject(a) || !isObject(b) || a.link === true !== (b.link === true)) return void 0;
    if (b.link === true ? a.resolved !== b.resolved : dependencyNames(a, true).join("\0") !== dependencyNames(b, true).join("\0")) return void 0;
  }
  const graph = graphFor(now);
  return (closure) => closure.map((entry) => touched.has(entry.path) ? entryFrom(graph, graph.rank.get(entry.path), old[entry.path]) : entry);
}
function closureTouched(lock, touched) {
  const packages = npmPackages(lock);
  if (!packages) return () => true;
  const graph = graphFor(packages);
  const reaches = reaching(graph, [...touched].map((key) => graph.rank.get(key)).filter((at) => at !== void 0));
  return (fromDir, includeDev) => {
    const root = fromDir === "." ? "" : fromDir;
    return touched.has(root) || firstEdges(graph, root, includeDev).some((to) => reaches[to] === 1);
  };
}
function touchedNamesakes(lock, touched, most = 64) {
  const packages = npmPackages(lock);
  if (!packages) return void 0;
  const graph = graphFor(packages);
  const names = new Set([...touched].filter((key) => key.includes("node_modules/")).map(packageName));
  const namesakes = [];
  for (let at = 0; at < graph.keys.length; at++) {
    const key = graph.keys[at];
    if (key.includes("node_modules/") && names.has(packageName(key)) && isObject(packages[key]) && packages[key].link !== true) namesakes.push(at);
  }
  if (namesakes.length > most) return void 0;
  const reaches = namesakes.map((at) => reaching(graph, [at]));
  return (fromDir, includeDev) => {
    const firsts = firstEdges(graph, fromDir === "." ? "" : fromDir, includeDev);
    return namesakes.filter((_, i) => firsts.some((to) => reaches[i][to] === 1)).map((at) => entryOf(graph, at));
  };
}
function hoistedPrograms(lock) {
  const packages = npmPackages(lock);
  if (!packages) return void 0;
  const graph = graphFor(packages);
  if (!graph.programs) {
    graph.programs = /* @__PURE__ */ new Map();
    for (const key of graph.keys) {
      const bin = packages[key]?.bin;
      if (!isObject(bin) || !key.startsWith("node_modules/") || key.includes("/node_modules/")) continue;
      for (const program of Object.keys(bin)) graph.programs.set(program, packageName(key));
    }
  }
  return graph.programs;
}
function hoistedPackage(lock, name) {
  const packages = npmPackages(lock);
  const key = `node_modules/${name}`;
  if (!packages || !isObject(packages[key])) return [];
  const graph = graphFor(packages);
  const closure = npmClosure(lock, key, {});
  return [entryOf(graph, graph.rank.get(key)), ...closure].sort(byPath);
}
function workspaceLinks(lock) {
  const packages = npmPackages(lock);
  if (!packages) return void 0;
  const keys = Object.keys(packages);
  const linked = /* @__PURE__ */ new Set();
  for (const key of keys) if (packages[key]?.link === true) linked.add(packageName(key));
  const links = /* @__PURE__ */ new Map();
  for (const key of keys) {
    const node = packages[key];
    if (!isObject(node) || node.link === true) continue;
    for (const name of dependencyNames(node, false)) {
      if (!linked.has(name)) continue;
      const hit = resolveNode(packages, key, name);
      const link = hit === void 0 ? void 0 : packages[hit];
      if (link?.link !== true) continue;
      if (key.includes("node_modules/")) return void 0;
      const folders = links.get(key) ?? [];
      const folder = linkTarget(packages, link);
      if (folder !== void 0) folders.push(folder);
      links.set(key, folders);
    }
  }
  return links;
}
function firstEdges(graph, root, includeDev) {
  const at = graph.rank.get(root);
  return at !== void 0 && isObject(graph.packages[root]) ? edgesOf(graph, at, includeDev) : [];
}
function reaching(graph, seeds) {
  graph.dependents ??= dependentsOf(graph);
  const reaches = new Uint8Array(graph.keys.length);
  const queue = [...seeds];
  for (const at of queue) reaches[at] = 1;
  for (let next = 0; next < queue.length; next++) {
    for (const from of graph.dependents[queue[next]]) {
      if (reaches[from] === 0) {
        reaches[from] = 1;
        queue.push(from);
      }
    }
  }
  return reaches;
}
function dependentsOf(graph) {
  const dependents = graph.keys.map(() => []);
  for (let at = 0; at < graph.keys.length; at++) {
    if (isObject(graph.packages[graph.keys[at]])) for (const to of edgesOf(graph, at, false)) dependents[to].push(at);
  }
  return dependents;
}
function npmPackages(lock) {
  if (!isObject(lock) || !npm.recognizes(lock) || !isObject(lock.packages)) return void 0;
  return lock.packages;
}
var NODE_FIELDS = ["name", "version", "resolved", "integrity", "link", "dev", "optional"];
var DEPENDENCY_FIELDS = ["dependencies", "optionalDependencies", "peerDependencies", "devDependencies"];
function sameNode(a, b) {
  if (!isObject(a) || !isObject(b)) return false;
  for (const field of NODE_FIELDS) if (a[field] !== b[field]) return false;
  for (const field of DEPENDENCY_FIELDS) if (!sameSpecs(a[field], b[field], false)) return false;
  return sameSpecs(a.peerDependenciesMeta, b.peerDependenciesMeta, true);
}
function sameSpecs(x, y, optional) {
  if (x === y) return true;
  const [a, b] = [isObject(x) ? x : {}, isObject(y) ? y : {}];
  let count = 0;
  for (const name in a) {
    count++;
    if (!(name in b)) return false;
    if (optional ? a[name]?.optional === true !== (b[name]?.optional === true) : a[name] !== b[name]) return false;
  }
  for (const _ in b) count--;
  return count === 0;
}
var PRODUCTION_FIELDS = ["dependencies", "optionalDependencies", "peerDependencies"];
var ALL_FIELDS = [...PRODUCTION_FIELDS, "devDependencies"];
function dependencyNames(entry, includeDev) {
  const optionalPeers = entry.peerDependenciesMeta ?? {};
  let names = [];
  let fields = 0;
  for (const field of includeDev ? ALL_FIELDS : PRODUCTION_FIELDS) {
    if (entry[field] == null) continue;
    let listed = Object.keys(entry[field]);
    if (field === "peerDependencies") listed = listed.filter((name) => !optionalPeers[name]?.optional);
    names = fields++ === 0 ? listed : names.concat(listed);
  }
  return fields > 1 ? [...new Set(names)] : names;
}
function resolveNode(packages, from, name) {
  let resolve = resolvers.get(packages);
  if (!resolve) resolvers.set(packages, resolve = nodeResolver(packages));
  return resolve(from, name);
}
var resolvers = /* @__PURE__ */ new WeakMap();
function nodeResolver(packages) {
  const installed = /* @__PURE__ */ new Map();
  for (const key of Object.keys(packages)) {
    const at = key.lastIndexOf("node_modules/");
    if (at < 0 || at > 0 && key[at - 1] !== "/" || !isObject(packages[key])) continue;
    const dir = key.slice(0, at);
    if (dir === "node_modules/" || dir.endsWith("/node_modules/")) continue;
    const name = key.slice(at + "node_modules/".length);
    const spots = installed.get(name);
    if (spots) spots.push({ dir, key });
    else installed.set(name, [{ dir, key }]);
  }
  return (from, name) => {
    const folder = `${from}/`;
    let nearest;
    for (const spot of installed.get(name) ?? []) {
      if (folder.startsWith(spot.dir) && (!nearest || spot.dir.length > nearest.dir.length)) nearest = spot;
    }
    return nearest?.key;
  };
}
function toEntry(key, node, name) {
  const entry = { path: key, name: typeof node.name === "string" ? node.name : name };
  if (typeof node.version === "string") entry.version = node.version;
  if (typeof node.resolved === "string") entry.resolved = node.resolved;
  if (typeof node.integrity === "string") entry.integrity = node.integrity;
  if (node.link === true) entry.link = true;
  if (node.dev === true) entry.dev = true;
  if (node.optional === true) entry.optional = true;
  return entry;
}

// src/detect/lockfiles/pnpm.ts
import { posix as posix2 } from "node:path";
var pnpm = {
  files: ["pnpm-lock.yaml"],
  // Checked by assertLockfile once parsed, like every format's.
  parse: (text) => readYaml(text),
  recognizes: (lock) => isObject(lock.importers),
  assertReadable(lock) {
    if (!(Number.parseInt(String(lock.lockfileVersion), 10) >= 6)) {
      throw new Error(`pnpm-lock.yaml lockfileVersion ${lock.lockfileVersion} is not supported; regenerate it with pnpm 8 or later`);
    }
  },
  closure: pnpmClosure
};
function pnpmClosure(lock, fromDir, opts) {
  const v9 = Number.parseInt(String(lock.lockfileVersion), 10) >= 9;
  const importers = lock.importers;
  const packages = lock.packages ?? {};
  const snapshots = v9 ? lock.snapshots ?? {} : packages;
  const found = /* @__PURE__ */ new Map();
  const visitImporter = (dir, includeDev) => {
    const importer = importers[dir === "" ? "." : dir];
    const fields = ["dependencies", "optionalDependencies", ...includeDev ? ["devDependencies"] : []];
    for (const field of fields) {
      for (const [name, spec] of Object.entries(importer?.[field] ?? {})) {
        const version = String(typeof spec === "object" && spec ? spec.version : spec);
        if (version.startsWith("link:")) {
          const target = posix2.normalize(posix2.join(dir || ".", version.slice("link:".length)));
          const key = target === "." ? "" : target;
          if (found.has(key) || !importers[key === "" ? "." : key]) continue;
          found.set(key, { path: key, name, link: true });
          visitImporter(key, false);
        } else {
          visitPackage(name, version);
        }
      }
    }
  };
  const visitPackage = (name, version) => {
    const bare = version.replace(/^\//, "");
    const id = /^(@[^/]+\/)?[^@(]+@/.test(bare) && !/^\d/.test(bare) ? bare : `${name}@${bare}`;
    const key = v9 ? id : `/${id}`;
    if (found.has(key)) return;
    const peerless = key.replace(/\(.*$/, "");
    const meta = packages[peerless] ?? packages[key] ?? {};
    const at = id.replace(/\(.*$/, "").lastIndexOf("@");
    const entry = { path: key, name: id.slice(0, at), version: id.slice(at + 1).replace(/\(.*$/, "") };
    if (typeof meta.resolution?.integrity === "string") entry.integrity = meta.resolution.integrity;
    if (typeof meta.resolution?.tarball === "string") entry.resolved = meta.resolution.tarball;
    if (meta.dev === true) entry.dev = true;
    if (meta.optional === true) entry.optional = true;
    found.set(key, entry);
    const snapshot = snapshots[key] ?? {};
    for (const field of ["dependencies", "optionalDependencies"]) {
      for (const [dep, depVersion] of Object.entries(snapshot[field] ?? {})) visitPackage(dep, String(depVersion));
    }
  };
  if (!importers[fromDir === "" || fromDir === "." ? "." : fromDir]) return [];
  visitImporter(fromDir === "." ? "" : fromDir, opts.includeDev === true);
  return [...found.values()].sort(byPath);
}

// src/detect/lockfiles/yarn.ts
import { posix as posix3 } from "node:path";
var yarn = {
  files: ["yarn.lock"],
  parse: parseYarnLock,
  recognizes: (lock) => "yarnLockfile" in lock,
  assertReadable: () => void 0,
  closure: (lock, fromDir, opts) => yarnClosure(lock, fromDir, opts.workspaces, opts.includeDev === true)
};
async function parseYarnLock(text) {
  if (!/^__metadata:/m.test(text)) {
    const yarn1 = await import("./lockfile-EGL2T3IM.js");
    const parsed = (yarn1.parse ?? yarn1.default.parse)(text);
    if (parsed.type === "conflict") throw new Error("it has unresolved merge conflicts: run `yarn install` and commit it");
    return { yarnLockfile: "classic", entries: parsed.object };
  }
  const entries = {};
  for (const [key, entry] of Object.entries(readYaml(text) ?? {})) {
    if (key === "__metadata") continue;
    for (const descriptor of key.split(",")) entries[descriptor.trim()] = entry;
  }
  return { yarnLockfile: "berry", entries };
}
function yarnClosure(lock, fromDir, workspaces, includeDev) {
  const dir = fromDir === "." ? "" : fromDir;
  const byDir = new Map([...workspaces?.packages.values() ?? []].map((p) => [p.dir, p.manifest]));
  if (workspaces) byDir.set("", workspaces.root);
  const found = /* @__PURE__ */ new Map();
  const berry = lock.yarnLockfile === "berry";
  const visitWorkspace = (at, withDev = false) => {
    const manifest = byDir.get(at);
    const fields = ["dependencies", "optionalDependencies", ...withDev ? ["devDependencies"] : []];
    const installed = new Set(fields.flatMap((field) => Object.keys(manifest?.[field] ?? {})));
    const own = berry ? workspaceEntries(lock).get(at) : void 0;
    const ranges = berry ? { ...own?.dependencies } : Object.assign({}, ...fields.map((field) => manifest?.[field]));
    for (const [name, range] of Object.entries(ranges)) {
      if (manifest && !installed.has(name)) continue;
      visit(name, berry ? range : classicRange(range, at), own?.resolution);
    }
  };
  const visit = (name, range, parent) => {
    const entry = lock.entries[`${name}@${range}`] ?? (parent === void 0 ? void 0 : lock.entries[`${name}@${range}::locator=${encodeURIComponent(parent)}`]);
    const workspaceDir = berry ? workspaceOf(entry) : entry === void 0 ? workspaces?.packages.get(name)?.dir : void 0;
    if (workspaceDir !== void 0) {
      if (found.has(workspaceDir)) return;
      found.set(workspaceDir, { path: workspaceDir, name, link: true });
      visitWorkspace(workspaceDir);
      return;
    }
    if (entry === void 0) return;
    const version = String(entry.version);
    const path2 = berry ? String(entry.resolution) : `${name}@${version}`;
    if (found.has(path2)) return;
    const result = { path: path2, name, version };
    const integrity = entry.checksum ?? entry.integrity;
    if (typeof integrity === "string") result.integrity = integrity;
    if (typeof entry.resolved === "string") result.resolved = entry.resolved;
    if (berry && entry.linkType === "soft") result.link = true;
    found.set(path2, result);
    for (const field of ["dependencies", "optionalDependencies"]) {
      for (const [dep, depRange] of Object.entries(entry[field] ?? {})) visit(dep, String(depRange), entry.resolution);
    }
  };
  visitWorkspace(dir, includeDev);
  return [...found.values()].sort(byPath);
}
function classicRange(range, workspaceDir) {
  return range.startsWith("file:") ? `file:${posix3.normalize(posix3.join(workspaceDir || ".", range.slice(5)))}` : range;
}
function workspaceOf(entry) {
  const match = typeof entry?.resolution === "string" ? /^(?:@[^/]+\/)?[^@]+@workspace:(.*)$/.exec(entry.resolution) : null;
  return match ? match[1] === "." ? "" : match[1] : void 0;
}
var workspaceIndex = /* @__PURE__ */ new WeakMap();
function workspaceEntries(lock) {
  let index = workspaceIndex.get(lock);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const entry of Object.values(lock.entries)) {
      const dir = workspaceOf(entry);
      if (dir !== void 0) index.set(dir, entry);
    }
    workspaceIndex.set(lock, index);
  }
  return index;
}

// src/detect/lockfiles/index.ts
var ROOT_FORMATS = [yarn, pnpm, npm];
var LOCKFILES = [...npm.files, ...pnpm.files, ...yarn.files];
async function parseLockfile(file, text) {
  const format = ROOT_FORMATS.find((f) => f.files.some((name) => file.endsWith(name))) ?? npm;
  try {
    return await format.parse(text);
  } catch (error) {
    throw new Error(`${file} could not be parsed: ${error.message}`);
  }
}
function assertLockfile(lock) {
  if (!isObject(lock)) throw new Error("the lockfile is not an object");
  formatOf(lock).assertReadable(lock);
}
function packageClosure(lock, fromDir, opts = {}) {
  assertLockfile(lock);
  return formatOf(lock).closure(lock, fromDir, opts);
}
function formatOf(lock) {
  return ROOT_FORMATS.find((f) => f.recognizes(lock));
}

// src/detect/workspaces.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
var PRODUCTION_DEPENDENCIES = ["dependencies", "optionalDependencies", "peerDependencies"];
var ALL_DEPENDENCIES = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
async function readWorkspaces(repoRoot) {
  const root = readJson(repoRoot, "package.json") ?? {};
  const patterns = [...npmPatterns(root), ...pnpmPatterns(repoRoot)].map(normalizePattern).filter(Boolean);
  const include = patterns.filter((p) => !p.startsWith("!"));
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const packages = /* @__PURE__ */ new Map();
  if (include.length === 0) return { packages, root };
  const isIncluded = globMatcher(include);
  const isExcluded = globMatcher(exclude);
  const dirs = /* @__PURE__ */ new Set();
  for (const pattern of include) {
    const { base } = import_picomatch.default.scan(pattern);
    const depth = pattern.includes("**") ? Infinity : pattern.split("/").length - (base ? base.split("/").length : 0);
    for (const dir of subfolders(repoRoot, base, depth)) if (isIncluded(dir) && !isExcluded(dir)) dirs.add(dir);
  }
  for (const dir of [...dirs].sort()) {
    const manifest = readJson(repoRoot, `${dir}/package.json`);
    if (manifest && typeof manifest.name === "string" && !packages.has(manifest.name)) {
      packages.set(manifest.name, { name: manifest.name, version: manifest.version, dir, manifest });
    }
  }
  return { packages, root };
}
function subfolders(repoRoot, dir, depth) {
  const found = [dir];
  if (depth <= 0) return found;
  let entries;
  try {
    entries = readdirSync(path.join(repoRoot, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    found.push(...subfolders(repoRoot, dir ? `${dir}/${entry.name}` : entry.name, depth - 1));
  }
  return found;
}
function workspaceDependencies(graph, manifest) {
  const found = /* @__PURE__ */ new Map();
  const queue = [manifest];
  while (queue.length > 0) {
    for (const pkg of directDependencies(graph, queue.pop())) {
      if (!found.has(pkg.name) && pkg.manifest !== manifest) {
        found.set(pkg.name, pkg);
        queue.push(pkg.manifest);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.name < b.name ? -1 : 1);
}
var directCache = /* @__PURE__ */ new WeakMap();
var buildCache = /* @__PURE__ */ new WeakMap();
function perManifest(caches, graph, manifest, read) {
  let cache = caches.get(graph);
  if (!cache) caches.set(graph, cache = /* @__PURE__ */ new WeakMap());
  let found = cache.get(manifest);
  if (!found) cache.set(manifest, found = read());
  return found;
}
function directDependencies(graph, manifest) {
  if (!manifest) return [];
  return perManifest(directCache, graph, manifest, () => {
    const direct = [];
    for (const field of PRODUCTION_DEPENDENCIES) {
      for (const [alias, spec] of Object.entries(manifest[field] ?? {})) {
        if (field === "peerDependencies" && manifest.peerDependenciesMeta?.[alias]?.optional) continue;
        const pkg = graph.packages.get(workspaceTarget(alias, spec));
        if (pkg) direct.push(pkg);
      }
    }
    return direct;
  });
}
function buildDependencies(graph, pkg) {
  return perManifest(
    buildCache,
    graph,
    pkg.manifest,
    () => ALL_DEPENDENCIES.flatMap(
      (field) => Object.entries(pkg.manifest[field] ?? {}).sort(([a], [b]) => a < b ? -1 : 1).flatMap(([alias, spec]) => {
        const folder = localFolder(pkg.dir, spec);
        return (folder === void 0 ? graph.packages.get(workspaceTarget(alias, spec)) : packageAt(graph, folder)) ?? [];
      })
    )
  );
}
function localFolder(dir, spec) {
  const target = typeof spec === "string" ? /^(?:file|link|portal):(.+)$/.exec(spec)?.[1] : void 0;
  if (target === void 0 || /\.(tgz|tar|tar\.gz)$/.test(target) || path.posix.isAbsolute(target)) return void 0;
  const folder = path.posix.normalize(path.posix.join(dir, target));
  return folder === ".." || folder.startsWith("../") ? void 0 : folder;
}
var pathCache = /* @__PURE__ */ new WeakMap();
function pathDependencies(dir, manifest) {
  const folders = (fields) => fields.flatMap((field) => Object.values(manifest?.[field] ?? {}).flatMap((spec) => localFolder(dir, spec) ?? []));
  const read = () => ({ production: folders(["dependencies", "optionalDependencies"]), all: folders(ALL_DEPENDENCIES) });
  if (!manifest) return read();
  let found = pathCache.get(manifest);
  if (!found) pathCache.set(manifest, found = read());
  return found;
}
var folderCache = /* @__PURE__ */ new WeakMap();
function packageAt(graph, dir) {
  let byDir = folderCache.get(graph);
  if (!byDir) folderCache.set(graph, byDir = new Map([...graph.packages.values()].map((p) => [p.dir, p])));
  return byDir.get(dir);
}
function workspaceTarget(alias, spec) {
  const match = typeof spec === "string" ? /^(?:workspace|npm):((?:@[^/@]+\/)?[^@]+)@/.exec(spec) : null;
  return match && !/^[~^*<>=\d]/.test(match[1]) ? match[1] : alias;
}
function npmPatterns(root) {
  const ws = root.workspaces;
  const list = Array.isArray(ws) ? ws : Array.isArray(ws?.packages) ? ws.packages : [];
  return list.filter((p) => typeof p === "string");
}
function pnpmPatterns(repoRoot) {
  const text = readText(repoRoot, "pnpm-workspace.yaml");
  if (text === void 0) return [];
  let doc;
  try {
    doc = readYaml(text);
  } catch (error) {
    throw new Error(`pnpm-workspace.yaml is not valid YAML (${error.message}); fix it so workspace packages can be read.`);
  }
  const list = doc?.packages;
  return Array.isArray(list) ? list.filter((p) => typeof p === "string") : [];
}
function normalizePattern(pattern) {
  const negated = pattern.startsWith("!");
  const body = (negated ? pattern.slice(1) : pattern).replace(/^\.\//, "").replace(/\/+$/, "");
  return body ? `${negated ? "!" : ""}${body}` : "";
}
function readText(repoRoot, file) {
  try {
    return readFileSync(path.join(repoRoot, file), "utf8");
  } catch {
    return void 0;
  }
}
function declares(manifest, name) {
  return ALL_DEPENDENCIES.some((field) => typeof manifest[field] === "object" && manifest[field] !== null && Object.hasOwn(manifest[field], name));
}
function readJson(repoRoot, file) {
  const text = readText(repoRoot, file);
  if (text === void 0) return void 0;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${error.message}); fix it so workspace packages can be read.`);
  }
}

export {
  packageId,
  diffClosures,
  unionOfClosures,
  ascending,
  byPath,
  closureGraph,
  touchedKeys,
  closuresAtBase,
  closureTouched,
  touchedNamesakes,
  hoistedPrograms,
  hoistedPackage,
  workspaceLinks,
  dependencyNames,
  resolveNode,
  classicRange,
  LOCKFILES,
  parseLockfile,
  assertLockfile,
  packageClosure,
  PRODUCTION_DEPENDENCIES,
  readWorkspaces,
  workspaceDependencies,
  buildDependencies,
  pathDependencies,
  packageAt,
  readText,
  declares,
  readJson
};
//# sourceMappingURL=chunk-FSZ2ZDVV.js.map
