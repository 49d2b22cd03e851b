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
function npmClosure(record2, fromDir, opts) {
  const packages = record2.packages;
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
    const list2 = map.get(name);
    if (list2) list2.push(key);
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
    const path3 = berry ? String(entry.resolution) : `${name}@${version}`;
    if (found.has(path3)) return;
    const result = { path: path3, name, version };
    const integrity = entry.checksum ?? entry.integrity;
    if (typeof integrity === "string") result.integrity = integrity;
    if (typeof entry.resolved === "string") result.resolved = entry.resolved;
    if (berry && entry.linkType === "soft") result.link = true;
    found.set(path3, result);
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

// src/detect/inputs.ts
import path from "node:path";

// node_modules/strip-json-comments/index.js
var singleComment = /* @__PURE__ */ Symbol("singleComment");
var multiComment = /* @__PURE__ */ Symbol("multiComment");
var stripWithoutWhitespace = () => "";
var stripWithWhitespace = (string, start, end) => string.slice(start, end).replaceAll(/[^\t\n\r ]/g, " ");
var isEscaped = (jsonString, quotePosition) => {
  let index = quotePosition - 1;
  let backslashCount = 0;
  while (jsonString[index] === "\\") {
    index -= 1;
    backslashCount += 1;
  }
  return Boolean(backslashCount % 2);
};
function stripJsonComments(jsonString, { whitespace = true, trailingCommas = false } = {}) {
  if (typeof jsonString !== "string") {
    throw new TypeError(`Expected argument \`jsonString\` to be a \`string\`, got \`${typeof jsonString}\``);
  }
  const strip = whitespace ? stripWithWhitespace : stripWithoutWhitespace;
  let isInsideString = false;
  let isInsideComment = false;
  let offset = 0;
  let buffer = "";
  let result = "";
  let commaIndex = -1;
  for (let index = 0; index < jsonString.length; index++) {
    const currentCharacter = jsonString[index];
    const nextCharacter = jsonString[index + 1];
    if (!isInsideComment && currentCharacter === '"') {
      const escaped = isEscaped(jsonString, index);
      if (!escaped) {
        isInsideString = !isInsideString;
      }
    }
    if (isInsideString) {
      continue;
    }
    if (!isInsideComment && currentCharacter === "/" && (nextCharacter === "/" || nextCharacter === "*")) {
      buffer += jsonString.slice(offset, index);
      offset = index;
      isInsideComment = nextCharacter === "/" ? singleComment : multiComment;
      index++;
    } else if (isInsideComment === singleComment && (currentCharacter === "\n" || currentCharacter === "\r")) {
      isInsideComment = false;
      buffer += strip(jsonString, offset, index);
      offset = index;
    } else if (isInsideComment === multiComment && currentCharacter === "*" && nextCharacter === "/") {
      index++;
      isInsideComment = false;
      buffer += strip(jsonString, offset, index + 1);
      offset = index + 1;
    } else if (trailingCommas && !isInsideComment) {
      if (commaIndex !== -1) {
        if (currentCharacter === "}" || currentCharacter === "]") {
          buffer += jsonString.slice(offset, index);
          result += strip(buffer, 0, 1) + buffer.slice(1);
          buffer = "";
          offset = index;
          commaIndex = -1;
        } else if (currentCharacter !== " " && currentCharacter !== "	" && currentCharacter !== "\r" && currentCharacter !== "\n") {
          buffer += jsonString.slice(offset, index);
          offset = index;
          commaIndex = -1;
        }
      } else if (currentCharacter === ",") {
        result += buffer + jsonString.slice(offset, index);
        buffer = "";
        offset = index;
        commaIndex = index;
      }
    }
  }
  const remaining = isInsideComment === singleComment ? strip(jsonString, offset) : jsonString.slice(offset);
  return result + buffer + remaining;
}

// src/detect/inputs.ts
var TEST_FILES = [
  "**/*.{test,spec}.*",
  "**/__tests__/**",
  "**/__mocks__/**",
  "**/*.snap",
  "**/{jest,vitest}.{config,setup,workspace}.*",
  "**/tsconfig.spec.json"
];
var testFiles;
var isTestFile = (rel) => (testFiles ??= globMatcher(TEST_FILES, { dot: true }))(rel);
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
  const listed = globMatcher(globs, { dot: true });
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
var TSCONFIG = /^tsconfig(\..+)?\.json$/;
var inRepository = (p) => p !== ".." && !p.startsWith("../") && !path.posix.isAbsolute(p);
var outsidePackage = (dir, p) => p !== "." && inRepository(p) && dir !== "" && dir !== "." && p !== dir && !p.startsWith(`${dir}/`);
function tsconfigReads(dir, names, read, packageDir) {
  const configs = /* @__PURE__ */ new Set();
  const paths = /* @__PURE__ */ new Set();
  const asWritten = (file) => file.endsWith(".json") || read(file) !== void 0 ? file : `${file}.json`;
  const extendsPackage = (specifier, sources) => {
    const [, name, subpath] = /^((?:@[^/]+\/)?[^/@][^/]*)(?:\/(.+))?$/.exec(specifier) ?? [];
    const folder = name === void 0 ? void 0 : packageDir(name);
    if (folder === void 0) return;
    const joined = subpath === void 0 ? void 0 : path.posix.join(folder, subpath);
    const file = joined !== void 0 && inRepository(joined) ? asWritten(joined) : void 0;
    if (file === void 0 || read(file) === void 0) return void paths.add(folder);
    paths.add(`${folder}/package.json`);
    visit(file, sources);
  };
  const visit = (file, sources = true) => {
    if (configs.has(file)) return;
    configs.add(file);
    const config = tsconfig(read(file));
    const from = path.posix.dirname(file);
    const at = (base, entry) => {
      if (typeof entry !== "string" || entry.includes("${")) return;
      const target = path.posix.join(base, entry).replace(/\/+$/, "");
      if (outsidePackage(dir, target)) paths.add(target);
    };
    for (const target of [config?.extends].flat()) {
      if (typeof target !== "string") continue;
      if (!/^\.\.?\//.test(target)) {
        extendsPackage(target, sources);
        continue;
      }
      const extended = path.posix.join(from, target);
      if (inRepository(extended)) visit(asWritten(extended), sources);
    }
    for (const entry of sources ? list(config?.include) : []) at(from, typeof entry === "string" && namesFolders(entry) ? `${entry}/**` : entry);
    for (const entry of sources ? list(config?.files) : []) at(from, entry);
    const options = record(config?.compilerOptions);
    const baseUrl = typeof options.baseUrl === "string" ? path.posix.join(from, options.baseUrl) : from;
    for (const target of Object.values(record(options.paths)).flatMap(list).map(String)) {
      if (target.includes("*")) at(baseUrl, target.replace(/[^/]*\*.*$/, ""));
      else for (const file2 of [target, `${target}.*`]) at(baseUrl, file2);
    }
    for (const reference of sources ? list(config?.references) : []) {
      const project = record(reference).path;
      if (typeof project === "string") at(from, project.endsWith(".json") ? path.posix.dirname(project) : project);
    }
  };
  for (const name of names) if (TSCONFIG.test(name) && !/\.(test|spec)\./.test(name)) visit(path.posix.join(dir, name));
  if (!names.includes("tsconfig.json")) {
    const nearest = foldersAbove([dir]).map((folder) => path.posix.join(folder, "tsconfig.json")).find((file) => read(file) !== void 0);
    if (nearest !== void 0) visit(nearest, false);
  }
  return [.../* @__PURE__ */ new Set([...configs, ...paths])].filter((file) => outsidePackage(dir, file));
}
var namesFolders = (pattern) => /[*?]/.test(pattern) && !/[.*?]/.test(pattern.slice(pattern.lastIndexOf("/") + 1));
var list = (value) => Array.isArray(value) ? value : [];
var record = (value) => typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
function scriptPaths(dir, scripts) {
  const found = /* @__PURE__ */ new Set();
  for (const text of buildScripts(scripts)) {
    let cwd = dir;
    for (const command of text.split(/&&|\|\||[;\n]/)) {
      const cd = /^\s*\(?\s*cd\s+(['"]?)([^\s'"`;&|()<>]+)\1\s*\)?\s*$/.exec(command);
      if (cd) {
        cwd = (path.posix.isAbsolute(cd[2]) ? cd[2] : path.posix.join(cwd, cd[2])).replace(/\/+$/, "");
        if (cwd === ".") found.add("**");
        else if (outsidePackage(dir, cwd)) found.add(cwd);
        continue;
      }
      for (const [, token] of command.matchAll(/(?:^|[\s=:'"(])(\.\.?\/[^\s'"`;&|()<>]*)/g)) {
        for (const from of /* @__PURE__ */ new Set([cwd, dir])) {
          const target = path.posix.join(from, token).replace(/\/+$/, "");
          if (outsidePackage(dir, target)) found.add(target);
        }
      }
    }
  }
  return [...found];
}
var TOOL_CONFIGS = [
  ".browserslistrc",
  "browserslist",
  ...["json", "js", "cjs", "mjs", "cts"].map((ext) => `babel.config.${ext}`),
  ".postcssrc",
  ...["json", "yaml", "yml", "js", "cjs", "mjs", "ts", "cts", "mts"].map((ext) => `.postcssrc.${ext}`),
  ...["js", "cjs", "mjs", "ts", "cts", "mts"].map((ext) => `postcss.config.${ext}`)
];
var toolConfigs = new Set(TOOL_CONFIGS);
function foldersAbove(dirs) {
  const found = /* @__PURE__ */ new Set();
  for (const dir of dirs) {
    for (let folder = dir; folder !== "." && folder !== ""; ) {
      folder = path.posix.dirname(folder);
      if (found.has(folder)) break;
      found.add(folder);
    }
  }
  return [...found];
}
var isToolConfig = (folders, file) => toolConfigs.has(path.posix.basename(file)) && folders.has(path.posix.dirname(file));
function manifestHoldsConfig(text) {
  if (text === void 0) return false;
  try {
    const manifest = JSON.parse(text);
    return typeof manifest !== "object" || manifest === null || "browserslist" in manifest || "postcss" in manifest;
  } catch {
    return true;
  }
}
function buildScripts(scripts) {
  const script = (name) => typeof scripts?.[name] === "string" ? scripts[name] : void 0;
  const run = ["prebuild", "build", "postbuild"];
  const texts = [];
  for (let next = 0; next < run.length; next++) {
    const text = script(run[next]);
    if (text === void 0) continue;
    texts.push(text);
    for (const [, name] of text.matchAll(/\b(?:npm run(?:-script)?|pnpm(?: run)?|yarn(?: run)?|bun run)\s+([\w:.-]+)/g)) {
      for (const named of [`pre${name}`, name, `post${name}`]) if (script(named) !== void 0 && !run.includes(named)) run.push(named);
    }
  }
  return texts;
}
function scriptPrograms(scripts) {
  const found = /* @__PURE__ */ new Set();
  for (const text of buildScripts(scripts)) {
    for (const command of text.split(/&&|\|\|?|[;\n()]/)) {
      const words = command.trim().split(/\s+/);
      let i = 0;
      while (i < words.length && (/^\w+=/.test(words[i]) || /^(npx|cross-env|env|exec|-[\w-]+|--)$/.test(words[i]))) i++;
      if (/^(npm|pnpm|yarn)$/.test(words[i]) && words[i + 1] === "exec") i += words[i + 2] === "--" ? 3 : 2;
      if (/^[\w@][\w@./-]*$/.test(words[i] ?? "") && !words[i].includes("/")) found.add(words[i]);
    }
  }
  return [...found];
}
function tsconfig(text) {
  try {
    return text === void 0 ? void 0 : JSON.parse(stripJsonComments(text, { trailingCommas: true }));
  } catch {
    return void 0;
  }
}
var RUBY_FILES = ["Gemfile", "Gemfile.lock", "gems.rb", "gems.locked", "vendor/cache/**"];
function gemfileReadsFiles(gemfile) {
  return /\b(gemspec|path|eval_gemfile|File|IO|Dir|require|require_relative|load|file)\b/.test(gemfile.replace(/#.*$/gm, ""));
}

// src/detect/workspaces.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdirSync, readFileSync } from "node:fs";
import path2 from "node:path";
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
    entries = readdirSync(path2.join(repoRoot, dir), { withFileTypes: true });
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
  return perManifest(buildCache, graph, pkg.manifest, () => {
    const named = ALL_DEPENDENCIES.flatMap(
      (field) => Object.entries(pkg.manifest[field] ?? {}).sort(([a], [b]) => a < b ? -1 : 1).flatMap(([alias, spec]) => {
        const folder = localFolder(pkg.dir, spec);
        return (folder === void 0 ? graph.packages.get(workspaceTarget(alias, spec)) : packageAt(graph, folder)) ?? [];
      })
    );
    const programs = workspacePrograms(graph);
    const run = programs.size === 0 ? [] : scriptPrograms(pkg.manifest.scripts).flatMap((program) => programs.get(program) ?? []);
    return [.../* @__PURE__ */ new Set([...named, ...run.filter((tool) => tool !== pkg)])];
  });
}
var programCache = /* @__PURE__ */ new WeakMap();
function workspacePrograms(graph) {
  let programs = programCache.get(graph);
  if (!programs) {
    programCache.set(graph, programs = /* @__PURE__ */ new Map());
    for (const pkg of graph.packages.values()) {
      const { bin } = pkg.manifest;
      const names = typeof bin === "string" ? [pkg.name.replace(/^@[^/]+\//, "")] : typeof bin === "object" && bin !== null ? Object.keys(bin) : [];
      for (const name of names) programs.set(name, pkg);
    }
  }
  return programs;
}
function localFolder(dir, spec) {
  const target = typeof spec === "string" ? /^(?:file|link|portal):(.+)$/.exec(spec)?.[1] : void 0;
  if (target === void 0 || /\.(tgz|tar|tar\.gz)$/.test(target) || path2.posix.isAbsolute(target)) return void 0;
  const folder = path2.posix.normalize(path2.posix.join(dir, target));
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
  const list2 = Array.isArray(ws) ? ws : Array.isArray(ws?.packages) ? ws.packages : [];
  return list2.filter((p) => typeof p === "string");
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
  const list2 = doc?.packages;
  return Array.isArray(list2) ? list2.filter((p) => typeof p === "string") : [];
}
function normalizePattern(pattern) {
  const negated = pattern.startsWith("!");
  const body = (negated ? pattern.slice(1) : pattern).replace(/^\.\//, "").replace(/\/+$/, "");
  return body ? `${negated ? "!" : ""}${body}` : "";
}
function readText(repoRoot, file) {
  try {
    return readFileSync(path2.join(repoRoot, file), "utf8");
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
  isTestFile,
  NODE_SETTINGS,
  NODE_SETTING_FOLDERS,
  packageRule,
  pythonInputs,
  tsconfigReads,
  scriptPaths,
  TOOL_CONFIGS,
  foldersAbove,
  isToolConfig,
  manifestHoldsConfig,
  scriptPrograms,
  RUBY_FILES,
  gemfileReadsFiles,
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
//# sourceMappingURL=chunk-PGQ72DLF.js.map
