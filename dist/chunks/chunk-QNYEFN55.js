import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/inputs.ts
var Input = {
  Config: "config",
  Mode: "mode",
  BaseRef: "base-ref",
  Layers: "layers",
  Regions: "regions",
  Force: "force",
  S3Bucket: "s3-bucket",
  KeepVersions: "keep-versions",
  Comment: "comment",
  GithubToken: "github-token",
  Concurrency: "concurrency",
  PlanFile: "plan-file",
  AllowForkBuilds: "allow-fork-builds",
  Isolate: "isolate"
};
var Output = {
  HasChanges: "has-changes",
  ChangedLayers: "changed-layers",
  LayerArns: "layer-arns",
  LayerArnsByRegion: "layer-arns-by-region",
  UpdatedFunctions: "updated-functions",
  Matrix: "matrix",
  Plan: "plan"
};
var MODES = ["auto", "plan", "publish", "deploy"];
var ISOLATE = ["auto", "always", "never"];
var InputError = class extends Error {
  constructor(input, value, expected) {
    super(`Input '${input}' is '${value}', but it must be ${expected}.`);
    this.name = "InputError";
  }
};
function parseInputs(get) {
  return {
    config: get(Input.Config) || "lambda-layers.yml",
    mode: oneOf(Input.Mode, get(Input.Mode) || "auto", MODES),
    baseRef: get(Input.BaseRef) || void 0,
    layers: list(get(Input.Layers)),
    regions: list(get(Input.Regions)),
    force: bool(Input.Force, get(Input.Force), false),
    s3Bucket: get(Input.S3Bucket) || void 0,
    keepVersions: int(Input.KeepVersions, get(Input.KeepVersions), 0, 0),
    comment: bool(Input.Comment, get(Input.Comment), true),
    githubToken: get(Input.GithubToken) || void 0,
    concurrency: int(Input.Concurrency, get(Input.Concurrency), 4, 1),
    planFile: get(Input.PlanFile) || void 0,
    allowForkBuilds: bool(Input.AllowForkBuilds, get(Input.AllowForkBuilds), false),
    isolate: oneOf(Input.Isolate, get(Input.Isolate) || "auto", ISOLATE)
  };
}
function list(value) {
  return [...new Set(value.split(/[,\n]/).map((s) => s.trim()).filter(Boolean))];
}
function oneOf(name, value, valid) {
  if (valid.includes(value)) return value;
  throw new InputError(name, value, `one of ${valid.join(", ")}`);
}
function bool(name, value, fallback) {
  if (value === "") return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new InputError(name, value, "true or false");
}
function int(name, value, fallback, min) {
  if (value === "") return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new InputError(name, value, `a whole number of at least ${min}`);
  return Number(value);
}

// src/packaging/limits.ts
var MAX_UNZIPPED = 250 * 1024 * 1024;
var MAX_DIRECT_UPLOAD = 50 * 1024 * 1024;
var MAX_FUNCTION_LAYERS = 5;
var mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
function contentProblems(entries, unzippedSize) {
  if (entries === 0) {
    return ["The layer is empty: nothing to package. Check that its build writes its files into the folder that becomes the zip root."];
  }
  if (unzippedSize <= MAX_UNZIPPED) return [];
  return [
    `The layer unzips to ${mb(unzippedSize)}, over Lambda's ${mb(MAX_UNZIPPED)} limit, and that limit is shared by a function and all of its layers together: move dependencies out of the layer, split it, or ship the function as a container image.`
  ];
}
function zipProblems(size, s3Bucket) {
  if (size <= MAX_DIRECT_UPLOAD || s3Bucket) return [];
  return [
    `The zip is ${mb(size)}, over the ${mb(MAX_DIRECT_UPLOAD)} Lambda accepts in a direct upload: set the '${Input.S3Bucket}' input to a bucket the workflow can write to ('{region}' in its name is replaced per region), and the layer is published from there.`
  ];
}

// src/deploy/layers.ts
var NEXT_VERSION = "next";
function layerArnWithoutVersion(arn) {
  return arn.replace(new RegExp(`:(\\d+|${NEXT_VERSION})$`), "");
}
function nextVersionArn(arn) {
  return `${layerArnWithoutVersion(arn)}:${NEXT_VERSION}`;
}
var PENDING = " (new version)";
function pendingVersion(layerName) {
  return `${layerName}${PENDING}`;
}
function pendingLayerName(version) {
  return version.endsWith(PENDING) ? version.slice(0, -PENDING.length) : void 0;
}
function functionTarget(functionName) {
  const arn = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([^:]+)/.exec(functionName);
  if (arn) return { name: arn[3], region: arn[1], account: arn[2] };
  const partial = /^(\d{12}):function:([^:]+)/.exec(functionName);
  return partial ? { name: partial[2], account: partial[1] } : { name: functionName };
}
function layersAccount(arns) {
  for (const arn of arns) {
    const account = /^arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:(\d{12}):layer:/.exec(arn)?.[1];
    if (account) return account;
  }
  return void 0;
}
function shortLayer(arn) {
  return arn.split(":layer:")[1] ?? arn;
}
function mergeLayers(current, desired) {
  const wanted = new Map(desired.map((d) => [layerArnWithoutVersion(d.arn), d.arn]));
  const pending = new Map(desired.filter((d) => pendingLayerName(d.arn) !== void 0).map((d) => [d.layerName, d.arn]));
  const attached = /* @__PURE__ */ new Set();
  const merged = current.map((arn) => {
    const next = wanted.get(layerArnWithoutVersion(arn)) ?? pending.get(shortLayer(layerArnWithoutVersion(arn)));
    if (next !== void 0) attached.add(next);
    return next ?? arn;
  });
  for (const d of desired) if (!attached.has(d.arn)) merged.push(d.arn);
  return merged;
}
function layerMoves(oldLayers, newLayers) {
  const remaining = [...oldLayers];
  const moves = newLayers.map((to) => {
    const name = pendingLayerName(to);
    const slot = layerArnWithoutVersion(to);
    const i = remaining.findIndex((from) => name === void 0 ? layerArnWithoutVersion(from) === slot : shortLayer(layerArnWithoutVersion(from)) === name);
    return { from: i === -1 ? void 0 : remaining.splice(i, 1)[0], to };
  });
  return { moves, dropped: remaining };
}
function sameLayers(a, b) {
  return a.length === b.length && a.every((arn, i) => arn === b[i]);
}
function layerProblems(fn, merged, desired) {
  const where = `${fn.key} (${fn.region})`;
  const problems = [];
  if (merged.length > MAX_FUNCTION_LAYERS) {
    problems.push(
      `${where} would have ${merged.length} layers (${merged.map(shortLayer).join(", ")}) but Lambda allows at most ${MAX_FUNCTION_LAYERS}; remove one from lambda-layers.yml or from the function.`
    );
  }
  for (const layer of desired) {
    if (layer.type !== "runtime" || layer.architectures.length === 0) continue;
    if (!layer.architectures.includes(fn.architecture)) {
      problems.push(
        `${where} runs on ${fn.architecture} but runtime layer ${layer.key} is built for ${layer.architectures.join(", ")}; add ${fn.architecture} to layers.${layer.key}.architectures in lambda-layers.yml (and build the bootstrap for it) or use a runtime layer built for ${fn.architecture}.`
      );
    }
  }
  return problems;
}

export {
  Input,
  Output,
  InputError,
  parseInputs,
  MAX_DIRECT_UPLOAD,
  MAX_FUNCTION_LAYERS,
  contentProblems,
  zipProblems,
  NEXT_VERSION,
  layerArnWithoutVersion,
  nextVersionArn,
  pendingVersion,
  pendingLayerName,
  functionTarget,
  layersAccount,
  shortLayer,
  mergeLayers,
  layerMoves,
  sameLayers,
  layerProblems
};
//# sourceMappingURL=chunk-QNYEFN55.js.map
