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

export {
  Input,
  Output,
  InputError,
  parseInputs,
  MAX_DIRECT_UPLOAD,
  MAX_FUNCTION_LAYERS,
  contentProblems,
  zipProblems
};
//# sourceMappingURL=chunk-MG3XDSRN.js.map
