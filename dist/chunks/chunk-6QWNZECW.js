import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_FUNCTION_LAYERS
} from "./chunk-MG3XDSRN.js";

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
//# sourceMappingURL=chunk-6QWNZECW.js.map
