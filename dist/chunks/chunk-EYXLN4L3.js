import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_FUNCTION_LAYERS
} from "./chunk-AKG6XLKQ.js";

// src/deploy/layers.ts
var NEXT_VERSION = "next";
function layerArnWithoutVersion(arn) {
  return arn.replace(new RegExp(`:(\\d+|${NEXT_VERSION})$`), "");
}
function nextVersionArn(arn) {
  return `${layerArnWithoutVersion(arn)}:${NEXT_VERSION}`;
}
function pendingVersion(layerName) {
  return `${layerName} (new version)`;
}
function shortLayer(arn) {
  return arn.split(":layer:")[1] ?? arn;
}
function mergeLayers(current, desired) {
  const wanted = new Map(desired.map((d) => [layerArnWithoutVersion(d.arn), d.arn]));
  const merged = current.map((arn) => wanted.get(layerArnWithoutVersion(arn)) ?? arn);
  const attached = new Set(current.map(layerArnWithoutVersion));
  for (const d of desired) {
    if (!attached.has(layerArnWithoutVersion(d.arn))) merged.push(d.arn);
  }
  return merged;
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
  shortLayer,
  mergeLayers,
  sameLayers,
  layerProblems
};
//# sourceMappingURL=chunk-EYXLN4L3.js.map
