import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  paginateListFunctions
} from "./chunk-AIMPE3YF.js";
import "./chunk-XA3NVGDG.js";
import {
  describeAwsError,
  isAccessDenied
} from "./chunk-G5XAVSSS.js";
import "./chunk-GHZ7BIGB.js";
import "./chunk-S24SJBCE.js";
import "./chunk-GLKDLBL6.js";
import {
  layerArnWithoutVersion
} from "./chunk-6QWNZECW.js";
import "./chunk-MG3XDSRN.js";
import "./chunk-K3MP2J5P.js";
import "./chunk-JSEVODVC.js";
import "./chunk-UUYFBOQ3.js";
import "./chunk-ITIK3UTO.js";
import "./chunk-PGPQCFU7.js";
import "./chunk-UXHOQ6RN.js";
import "./chunk-BRVY3PSM.js";
import "./chunk-NARMTT7T.js";
import "./chunk-SK5B422H.js";

// src/deploy/discover.ts
var WARN_NAMES = 10;
async function discoverFunctions(aws, layers, configured) {
  const regions = [...new Set(layers.flatMap((l) => l.regions.map((r) => r.region)))];
  const found = await Promise.all(
    regions.map(async (region) => layerUsers(await listFunctions(aws, region), region, layers, configured))
  );
  return found.flat();
}
function layerUsers(listed, region, layers, configured) {
  const managed = /* @__PURE__ */ new Map();
  for (const layer of layers) {
    const state = layer.regions.find((r) => r.region === region);
    const known = state?.arn ?? state?.previousArn;
    if (known) managed.set(layerArnWithoutVersion(known), layer.key);
  }
  const isConfigured = (fn) => configured.some((c) => c.regions.includes(region) && (c.name === fn.FunctionName || c.name === fn.FunctionArn));
  return listed.flatMap((fn) => {
    const used = new Set((fn.Layers ?? []).map((l) => managed.get(layerArnWithoutVersion(l.Arn ?? ""))).filter(Boolean));
    if (used.size === 0 || isConfigured(fn)) return [];
    const keys = layers.map((l) => l.key).filter((key) => used.has(key));
    return [{ key: fn.FunctionName, name: fn.FunctionName, layers: keys, regions: [region] }];
  });
}
function undiscoveredWarning(found) {
  const names = found.slice(0, WARN_NAMES).map((f) => `${f.name} (${f.regions[0]})`);
  const more = found.length > WARN_NAMES ? ` and ${found.length - WARN_NAMES} more` : "";
  return `${found.length} function${found.length === 1 ? "" : "s"} not in lambda-layers.yml use${found.length === 1 ? "s" : ""} a managed layer and will keep their old versions: ${names.join(", ")}${more}. Add them to 'functions', or set 'discover: true' to rewire them on deploy too.`;
}
async function listFunctions(aws, region) {
  const all = [];
  try {
    for await (const page of paginateListFunctions({ client: aws.lambda(region) }, {})) all.push(...page.Functions ?? []);
  } catch (error) {
    const fix = isAccessDenied(error) ? ` Allow the deploy role lambda:ListFunctions ('discover' needs it).` : "";
    throw new Error(`Could not list the functions of ${region} to discover users of the managed layers: ${describeAwsError(error)}${fix}`);
  }
  return all;
}
export {
  discoverFunctions,
  layerUsers,
  undiscoveredWarning
};
//# sourceMappingURL=discover-X3DW6H6Y.js.map
