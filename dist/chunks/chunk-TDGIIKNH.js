import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isInside
} from "./chunk-TGKLIGP6.js";
import {
  functionTarget
} from "./chunk-6QWNZECW.js";
import {
  MAX_FUNCTION_LAYERS
} from "./chunk-MG3XDSRN.js";
import {
  __commonJS
} from "./chunk-SK5B422H.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fastest-levenshtein/esm/mod.js
var peq = new Uint32Array(65536);
var myers_32 = (a, b) => {
  const n = a.length;
  const m = b.length;
  const lst = 1 << n - 1;
  let pv = -1;
  let mv = 0;
  let sc = n;
  let i = n;
  while (i--) {
    peq[a.charCodeAt(i)] |= 1 << i;
  }
  for (i = 0; i < m; i++) {
    let eq = peq[b.charCodeAt(i)];
    const xv = eq | mv;
    eq |= (eq & pv) + pv ^ pv;
    mv |= ~(eq | pv);
    pv &= eq;
    if (mv & lst) {
      sc++;
    }
    if (pv & lst) {
      sc--;
    }
    mv = mv << 1 | 1;
    pv = pv << 1 | ~(xv | mv);
    mv &= xv;
  }
  i = n;
  while (i--) {
    peq[a.charCodeAt(i)] = 0;
  }
  return sc;
};
var myers_x = (b, a) => {
  const n = a.length;
  const m = b.length;
  const mhc = [];
  const phc = [];
  const hsize = Math.ceil(n / 32);
  const vsize = Math.ceil(m / 32);
  for (let i = 0; i < hsize; i++) {
    phc[i] = -1;
    mhc[i] = 0;
  }
  let j = 0;
  for (; j < vsize - 1; j++) {
    let mv2 = 0;
    let pv2 = -1;
    const start2 = j * 32;
    const vlen2 = Math.min(32, m) + start2;
    for (let k = start2; k < vlen2; k++) {
      peq[b.charCodeAt(k)] |= 1 << k;
    }
    for (let i = 0; i < n; i++) {
      const eq = peq[a.charCodeAt(i)];
      const pb = phc[i / 32 | 0] >>> i & 1;
      const mb = mhc[i / 32 | 0] >>> i & 1;
      const xv = eq | mv2;
      const xh = ((eq | mb) & pv2) + pv2 ^ pv2 | eq | mb;
      let ph = mv2 | ~(xh | pv2);
      let mh = pv2 & xh;
      if (ph >>> 31 ^ pb) {
        phc[i / 32 | 0] ^= 1 << i;
      }
      if (mh >>> 31 ^ mb) {
        mhc[i / 32 | 0] ^= 1 << i;
      }
      ph = ph << 1 | pb;
      mh = mh << 1 | mb;
      pv2 = mh | ~(xv | ph);
      mv2 = ph & xv;
    }
    for (let k = start2; k < vlen2; k++) {
      peq[b.charCodeAt(k)] = 0;
    }
  }
  let mv = 0;
  let pv = -1;
  const start = j * 32;
  const vlen = Math.min(32, m - start) + start;
  for (let k = start; k < vlen; k++) {
    peq[b.charCodeAt(k)] |= 1 << k;
  }
  let score = m;
  for (let i = 0; i < n; i++) {
    const eq = peq[a.charCodeAt(i)];
    const pb = phc[i / 32 | 0] >>> i & 1;
    const mb = mhc[i / 32 | 0] >>> i & 1;
    const xv = eq | mv;
    const xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    score += ph >>> m - 1 & 1;
    score -= mh >>> m - 1 & 1;
    if (ph >>> 31 ^ pb) {
      phc[i / 32 | 0] ^= 1 << i;
    }
    if (mh >>> 31 ^ mb) {
      mhc[i / 32 | 0] ^= 1 << i;
    }
    ph = ph << 1 | pb;
    mh = mh << 1 | mb;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let k = start; k < vlen; k++) {
    peq[b.charCodeAt(k)] = 0;
  }
  return score;
};
var distance = (a, b) => {
  if (a.length < b.length) {
    const tmp = b;
    b = a;
    a = tmp;
  }
  if (b.length === 0) {
    return a.length;
  }
  if (a.length <= 32) {
    return myers_32(a, b);
  }
  return myers_x(a, b);
};
var closest = (str, arr) => {
  let min_distance = Infinity;
  let min_index = 0;
  for (let i = 0; i < arr.length; i++) {
    const dist = distance(str, arr[i]);
    if (dist < min_distance) {
      min_distance = dist;
      min_index = i;
    }
  }
  return arr[min_index];
};

// node_modules/@aws-sdk/client-lambda/dist-es/models/enums.js
var Architecture = {
  arm64: "arm64",
  x86_64: "x86_64"
};
var Runtime = {
  dotnet10: "dotnet10",
  dotnet6: "dotnet6",
  dotnet8: "dotnet8",
  dotnetcore10: "dotnetcore1.0",
  dotnetcore20: "dotnetcore2.0",
  dotnetcore21: "dotnetcore2.1",
  dotnetcore31: "dotnetcore3.1",
  go1x: "go1.x",
  java11: "java11",
  java11al2023: "java11.al2023",
  java17: "java17",
  java17al2023: "java17.al2023",
  java21: "java21",
  java25: "java25",
  java8: "java8",
  java8al2: "java8.al2",
  java8al2023: "java8.al2023",
  nodejs: "nodejs",
  nodejs10x: "nodejs10.x",
  nodejs12x: "nodejs12.x",
  nodejs14x: "nodejs14.x",
  nodejs16x: "nodejs16.x",
  nodejs18x: "nodejs18.x",
  nodejs20x: "nodejs20.x",
  nodejs22x: "nodejs22.x",
  nodejs24x: "nodejs24.x",
  nodejs26x: "nodejs26.x",
  nodejs43: "nodejs4.3",
  nodejs43edge: "nodejs4.3-edge",
  nodejs610: "nodejs6.10",
  nodejs810: "nodejs8.10",
  provided: "provided",
  providedal2: "provided.al2",
  providedal2023: "provided.al2023",
  python27: "python2.7",
  python310: "python3.10",
  python311: "python3.11",
  python312: "python3.12",
  python313: "python3.13",
  python314: "python3.14",
  python315: "python3.15",
  python36: "python3.6",
  python37: "python3.7",
  python38: "python3.8",
  python39: "python3.9",
  ruby25: "ruby2.5",
  ruby27: "ruby2.7",
  ruby32: "ruby3.2",
  ruby33: "ruby3.3",
  ruby34: "ruby3.4",
  ruby40: "ruby4.0"
};

// src/config/checks.ts
import { existsSync, lstatSync, readdirSync, realpathSync } from "node:fs";
import path from "node:path";
var ARCHITECTURES = Object.values(Architecture);
var ARCHITECTURE_ALIASES = { amd64: "x86_64", x64: "x86_64", "x86-64": "x86_64", aarch64: "arm64", arm: "arm64", armv8: "arm64" };
var LAYER_FAMILIES = {
  nodejs: { family: "nodejs", why: "its packages go to nodejs/node_modules, which only nodejs runtimes read" },
  python: { family: "python", why: "its packages go to python/, which only python runtimes read" },
  ruby: { family: "ruby", why: "its gems go to ruby/gems/<x.y.0>, which only ruby runtimes read" },
  runtime: { family: "provided", why: "its bootstrap runs only on the OS-only runtimes" }
};
var LAYER_NAME = /^[a-zA-Z0-9-_]{1,140}$/;
function normalize(raw, file) {
  const regions = raw.regions ?? [];
  const layerPrefix = raw.layerPrefix ?? "";
  const defaults = raw.defaults ?? {};
  const layers = Object.entries(raw.layers ?? {}).map(([key, l]) => ({
    key,
    type: l.type,
    path: path.posix.normalize(String(l.path).replace(/\\/g, "/")).replace(/\/+$/, "") || ".",
    layerName: layerPrefix + key,
    runtimes: l.runtimes ?? [],
    architectures: l.architectures ?? ["x86_64"],
    inputs: [...defaults.inputs ?? [], ...l.inputs ?? []],
    exclude: [...defaults.exclude ?? [], ...l.exclude ?? []],
    slim: [...defaults.slim ?? [], ...l.slim ?? []],
    license: l.license,
    description: l.description,
    shareWith: l.shareWith ?? [],
    build: l.build,
    output: l.output,
    smokeTest: l.smokeTest && { ...l.smokeTest, timeoutSeconds: l.smokeTest.timeoutSeconds ?? 10 },
    timeoutMinutes: l.timeoutMinutes ?? 30,
    allowScripts: l.allowScripts ?? [],
    regions: l.regions ?? regions
  }));
  const functions = Object.entries(raw.functions ?? {}).map(([key, f]) => ({
    key,
    name: f.arn ?? f.name ?? key,
    layers: f.layers,
    regions: f.regions ?? regions,
    ...f.alias ? { alias: f.alias } : {}
  }));
  return {
    file,
    version: 1,
    layerPrefix,
    regions,
    layers,
    functions,
    ...raw.discover ? { discover: true } : {},
    ...raw.ssm ? { ssm: { prefix: raw.ssm.prefix } } : {}
  };
}
function checkSemantics(config, raw, report, opts) {
  const layerKeys = config.layers.map((l) => l.key);
  const realpath = realpaths();
  let realRepo;
  for (const key of ["inputs", "exclude", "slim"]) checkGlobs(raw.defaults?.[key], ["defaults", key], report);
  const seenNames = /* @__PURE__ */ new Map();
  for (const layer of config.layers) {
    const where = ["layers", layer.key];
    if (!LAYER_NAME.test(layer.layerName)) {
      report(where, `published name '${layer.layerName}' (layerPrefix + key) must be 1-140 characters of A-Z a-z 0-9 - _.`, true);
    }
    const clash = seenNames.get(layer.layerName.toLowerCase());
    if (clash) report(where, `publishes as '${layer.layerName}', the same LayerName as layer '${clash}'; rename one of them.`, true);
    seenNames.set(layer.layerName.toLowerCase(), layer.key);
    for (const key of ["inputs", "exclude", "slim"]) checkGlobs(raw.layers[layer.key][key], [...where, key], report);
    const rubyless = layer.type === "ruby" && !layer.runtimes.some((r) => r.startsWith("ruby"));
    layer.runtimes.forEach((runtime, i) => {
      checkRuntime(runtime, [...where, "runtimes", i], report, opts);
      if (!rubyless) checkRuntimeFits(layer.type, runtime, [...where, "runtimes", i], report, opts.runtimes);
    });
    layer.architectures.forEach((arch, i) => {
      if (!ARCHITECTURES.includes(arch)) {
        const meant = ARCHITECTURE_ALIASES[arch.toLowerCase()] ?? closest(arch, ARCHITECTURES);
        report([...where, "architectures", i], `unknown architecture '${arch}'; did you mean '${meant}'? Valid: ${ARCHITECTURES.join(", ")}.`);
      }
    });
    if (layer.regions.length === 0) report(where, "has no regions: set `regions` on the layer or at the top level.", true);
    if ((layer.type === "runtime" || layer.type === "custom") && (!layer.build || !layer.output)) {
      report(where, `type '${layer.type}' needs both \`build\` (the shell command) and \`output\` (the folder to zip).`, true);
    }
    if (rubyless) {
      report([...where, "runtimes"], "a 'ruby' layer needs a ruby runtime (ruby3.2, ruby3.3, ruby3.4): its gems go to ruby/gems/<x.y.0> for it.", true);
    }
    if (layer.smokeTest && layer.type !== "runtime") {
      report([...where, "smokeTest"], `smokeTest runs a bootstrap, so it needs type 'runtime' (this layer is '${layer.type}').`, true);
    }
    const misplaced = placeProblem(raw.layers[layer.key], layer, opts.repoRoot);
    if (misplaced) report([...where, misplaced.key], misplaced.message);
    else if (!inside(".", layer.path)) report([...where, "path"], `'${raw.layers[layer.key].path}' is outside the repository; use a folder inside it.`);
    else if (layer.output && !inside(layer.path, layer.output)) {
      report([...where, "output"], `'${layer.output}' leaves the layer folder; use a folder inside '${layer.path}'.`);
    } else if (layer.output && path.posix.resolve("/repo", layer.path, layer.output) === "/repo") {
      report(
        [...where, "output"],
        `'${layer.output}' is the repository root, which holds .git and every other layer: set \`output\` to the folder the build writes the layer's files to.`
      );
    } else if (opts.checkPaths !== false) checkPath(layer, opts.repoRoot, realRepo ??= realpath(opts.repoRoot), realpath, report);
  }
  for (const fn of config.functions) {
    const where = ["functions", fn.key];
    if (raw.functions[fn.key].name && raw.functions[fn.key].arn) report(where, "give either `name` or `arn`, not both.", true);
    fn.layers.forEach((key, i) => {
      if (!layerKeys.includes(key)) {
        const hint = layerKeys.length > 0 ? ` Did you mean '${closest(key, layerKeys)}'?` : "";
        report([...where, "layers", i], `unknown layer '${key}'.${hint} Layers: ${layerKeys.join(", ") || "(none)"}.`);
      } else if (fn.layers.indexOf(key) !== i) report([...where, "layers", i], `layer '${key}' is listed twice.`);
    });
    if (fn.layers.length > MAX_FUNCTION_LAYERS) {
      report([...where, "layers"], `${fn.layers.length} layers, but Lambda allows at most ${MAX_FUNCTION_LAYERS} per function.`);
    }
    if (fn.regions.length === 0) report(where, "has no regions: set `regions` on the function or at the top level.", true);
  }
  checkFunctionTargets(config, raw, report);
}
function placeProblem(raw, layer, repoRoot) {
  const given = String(raw.path);
  if (path.posix.isAbsolute(given.replace(/\\/g, "/"))) {
    const relative = path.relative(path.resolve(repoRoot), given);
    const within = relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
    return {
      key: "path",
      message: within ? `'${given}' is absolute, but paths are relative to the repository root: write '${relative.split(path.sep).join("/")}'.` : `'${given}' is outside the repository; paths are relative to the repository root: use a folder inside it.`
    };
  }
  const inGit = (p) => p.split("/").includes(".git");
  if (inGit(layer.path)) {
    return { key: "path", message: `'${given}' is inside a .git folder, git's own data and never a layer: point \`path\` at the layer's folder.` };
  }
  if (layer.output && inGit(path.posix.join(layer.path, layer.output))) {
    return { key: "output", message: `'${raw.output}' is inside a .git folder, git's own data and never a layer: point \`output\` at the folder the build writes.` };
  }
  return void 0;
}
function checkFunctionTargets(config, raw, report) {
  const keysByTarget = /* @__PURE__ */ new Map();
  for (const fn of config.functions) {
    const { name, region } = functionTarget(fn.name);
    const given = raw.functions[fn.key].arn ? "arn" : "name";
    if (region && (!fn.regions.includes(region) || fn.regions.length > 1)) {
      const others = fn.regions.filter((r) => r !== region);
      const why = fn.regions.includes(region) ? `names one function in ${region}, but the function's regions also list ${others.join(", ")}` : `is in ${region}, but the function's regions are ${fn.regions.join(", ") || "(none)"}`;
      report(["functions", fn.key, given], `'${fn.name}' ${why}: set \`regions: [${region}]\` on it, or use the ARN of the function in ${others.length === 1 ? "that region" : "each region under its own key"}.`);
    }
    for (const r of region ? [region] : fn.regions) {
      const target = `${name}
${r}`;
      keysByTarget.set(target, [...keysByTarget.get(target) ?? [], fn.key]);
    }
  }
  const reported = /* @__PURE__ */ new Set();
  for (const [target, keys] of keysByTarget) {
    if (keys.length < 2) continue;
    const [name, region] = target.split("\n");
    for (const key of keys.filter((k) => !reported.has(k))) {
      const others = keys.filter((k) => k !== key).map((k) => `functions.${k}`);
      report(["functions", key], `names function '${name}' in ${region}, as ${others.join(" and ")} ${others.length === 1 ? "does" : "do"}: one function is deployed from one key; keep one of them.`, true);
      reported.add(key);
    }
  }
}
function checkGlobs(globs, where, report) {
  const slim = where.at(-1) === "slim";
  globs?.forEach((glob, i) => {
    if (typeof glob !== "string") return;
    if (glob.startsWith("/") || /^[A-Za-z]:/.test(glob) || glob.split("/").includes("..")) {
      const inZip = glob.replace(/^([A-Za-z]:)?\/+(opt\/)?/, "").replace(/^(\.\.\/)+/, "");
      report(
        [...where, i],
        slim ? `'${glob}' is not a path inside the zip; write slim globs relative to the zip root (what Lambda mounts at /opt), such as '${inZip && !inZip.split("/").includes("..") ? inZip : "**/*.d.ts"}'.` : `'${glob}' leaves the repository; write globs relative to the repository root, such as 'config/shared/**'.`
      );
    } else if (glob.startsWith("!")) {
      report(
        [...where, i],
        `'${glob}' is a negated glob; ${slim ? "slim lists only files to leave out of the zip: narrow the glob instead" : "list files to leave out under `exclude` instead"}.`
      );
    }
  });
}
function checkRuntime(runtime, where, report, { runtimes, warn }) {
  const since = runtimes.deprecated.get(runtime);
  if (since) {
    const next = runtimes.successor(runtime);
    warn(
      where,
      `'${runtime}' is deprecated by Lambda since ${since}: it gets no more security patches, and creating or updating functions on it is blocked soon after${next ? `; use ${next}` : ""}.`
    );
  } else if (!runtimes.valid.has(runtime)) {
    report(
      where,
      `unknown runtime '${runtime}'; did you mean '${closest(runtime, runtimes.current)}'? Current: ${runtimes.current.join(", ")}. Deprecated: ${[...runtimes.deprecated.keys()].join(", ")}.`
    );
  }
}
function checkRuntimeFits(type, runtime, where, report, runtimes) {
  const fit = LAYER_FAMILIES[type];
  if (!fit || runtime.startsWith(fit.family) || !runtimes.valid.has(runtime)) return;
  const suggestions = runtimes.current.filter((r) => r.startsWith(fit.family)).slice(0, 3);
  report(
    where,
    `runtime '${runtime}' does not fit a '${type}' layer: ${fit.why}. Use ${suggestions.join(", ")}, or make it a 'custom' layer if it really serves other runtimes.`
  );
}
function nearbyFolder(repoRoot, dir) {
  const parts = dir.split("/");
  let found = 0;
  while (found < parts.length - 1 && existsSync(path.join(repoRoot, ...parts.slice(0, found + 1)))) found++;
  const parent = parts.slice(0, found);
  let names;
  try {
    names = readdirSync(path.join(repoRoot, ...parent), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== ".git").map((e) => e.name);
  } catch {
    return void 0;
  }
  const missing = parts[found];
  const best = names.length > 0 ? closest(missing, names) : void 0;
  if (!best || distance(missing, best) > Math.max(2, Math.floor(missing.length / 4))) return void 0;
  const whole = [...parent, best, ...parts.slice(found + 1)].join("/");
  return existsSync(path.join(repoRoot, whole)) ? whole : [...parent, best].join("/");
}
function realpaths() {
  const known = /* @__PURE__ */ new Map();
  const realpath = (p) => {
    let real = known.get(p);
    if (real === void 0) {
      const parent = path.dirname(p);
      real = parent === p || lstatSync(p).isSymbolicLink() ? realpathSync.native(p) : path.join(realpath(parent), path.basename(p));
      known.set(p, real);
    }
    return real;
  };
  return realpath;
}
function checkPath(layer, repoRoot, realRepo, realpath, report) {
  const where = ["layers", layer.key, "path"];
  const absolute = path.resolve(repoRoot, layer.path);
  if (!existsSync(absolute)) {
    const meant = nearbyFolder(repoRoot, layer.path);
    report(where, `folder '${layer.path}' does not exist in the repository.${meant ? ` Did you mean '${meant}'?` : ""}`);
    return;
  }
  if (!isInside(realRepo, realpath(absolute))) {
    report(where, `'${layer.path}' is a symlink that leaves the repository; point it at a real folder inside.`);
    return;
  }
  const output = layer.output ? path.resolve(absolute, layer.output) : void 0;
  if (output && existsSync(output)) {
    const [real, layerDir] = [realpath(output), realpath(absolute)];
    if (isInside(real, realRepo) || isInside(real, layerDir) && real !== layerDir) {
      report(
        ["layers", layer.key, "output"],
        `'${layer.output}' links to ${path.relative(realRepo, real) || "the repository root"}, which holds the layer folder '${layer.path}': the zip would take far more than this layer. Point \`output\` at a real folder the build writes.`
      );
    }
  }
  const required = { nodejs: "package.json", python: "requirements.txt", ruby: "Gemfile" }[layer.type];
  if (required && !existsSync(path.join(absolute, required))) {
    report(where, `a '${layer.type}' layer needs ${required} in '${layer.path}'.`);
  }
}
function inside(parent, child) {
  const base = path.posix.resolve("/repo", parent);
  const target = path.posix.resolve(base, child);
  return !path.posix.isAbsolute(child) && (target === base || target.startsWith(`${base}/`));
}

// src/config/runtimes.ts
var LAMBDA_RUNTIMES = [
  { id: "nodejs24.x", deprecated: "2028-04-30" },
  { id: "nodejs22.x", deprecated: "2027-04-30" },
  { id: "nodejs20.x", deprecated: "2026-04-30" },
  { id: "nodejs18.x", deprecated: "2025-09-01" },
  { id: "nodejs16.x", deprecated: "2024-06-12" },
  { id: "nodejs14.x", deprecated: "2023-12-04" },
  { id: "nodejs12.x", deprecated: "2023-03-31" },
  { id: "nodejs10.x", deprecated: "2021-07-30" },
  { id: "nodejs8.10", deprecated: "2020-03-06" },
  { id: "nodejs6.10", deprecated: "2019-08-12" },
  { id: "nodejs4.3-edge", deprecated: "2019-04-30" },
  { id: "nodejs4.3", deprecated: "2020-03-05" },
  { id: "nodejs", deprecated: "2016-10-31" },
  { id: "python3.14", deprecated: "2029-06-30" },
  { id: "python3.13", deprecated: "2029-06-30" },
  { id: "python3.12", deprecated: "2028-10-31" },
  { id: "python3.11", deprecated: "2026-06-30" },
  { id: "python3.10", deprecated: "2026-06-30" },
  { id: "python3.9", deprecated: "2025-12-15" },
  { id: "python3.8", deprecated: "2024-10-14" },
  { id: "python3.7", deprecated: "2023-12-04" },
  { id: "python3.6", deprecated: "2022-07-18" },
  { id: "python2.7", deprecated: "2021-07-15" },
  { id: "java25", deprecated: "2029-06-30" },
  { id: "java21", deprecated: "2029-06-30" },
  { id: "java17", deprecated: "2026-06-30" },
  { id: "java11", deprecated: "2026-06-30" },
  { id: "java8.al2", deprecated: "2026-06-30" },
  { id: "java8", deprecated: "2024-01-08" },
  { id: "dotnet10", deprecated: "2028-11-14" },
  { id: "dotnet8", deprecated: "2026-11-10" },
  { id: "dotnet6", deprecated: "2024-12-20" },
  { id: "dotnetcore3.1", deprecated: "2023-04-03" },
  { id: "dotnetcore2.1", deprecated: "2022-01-05" },
  { id: "dotnetcore2.0", deprecated: "2019-05-30" },
  { id: "dotnetcore1.0", deprecated: "2019-07-30" },
  { id: "ruby3.4", deprecated: "2028-03-31" },
  { id: "ruby3.3", deprecated: "2027-03-31" },
  { id: "ruby3.2", deprecated: "2026-03-31" },
  { id: "ruby2.7", deprecated: "2023-12-07" },
  { id: "ruby2.5", deprecated: "2021-07-30" },
  { id: "provided.al2023", deprecated: "2029-06-30" },
  { id: "provided.al2", deprecated: "2026-06-30" },
  { id: "provided", deprecated: "2024-01-08" },
  { id: "go1.x", deprecated: "2024-01-08" }
];
var FAMILY = (id) => id.startsWith("go") ? "provided" : /^[a-z]+/.exec(id)?.[0] ?? id;
function runtimeCatalog(today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)) {
  const current = LAMBDA_RUNTIMES.filter((r) => r.deprecated > today).map((r) => r.id);
  const deprecated = new Map(LAMBDA_RUNTIMES.filter((r) => r.deprecated <= today).map((r) => [r.id, r.deprecated]));
  return {
    current,
    deprecated,
    valid: /* @__PURE__ */ new Set([...LAMBDA_RUNTIMES.map((r) => r.id), ...Object.values(Runtime)]),
    successor: (id) => current.find((c) => FAMILY(c) === FAMILY(id))
  };
}

export {
  closest,
  normalize,
  checkSemantics,
  runtimeCatalog,
  require_ucs2length
};
//# sourceMappingURL=chunk-TDGIIKNH.js.map
