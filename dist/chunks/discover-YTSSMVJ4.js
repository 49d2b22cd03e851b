import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  paginateListFunctions
} from "./chunk-ZHSU5GIA.js";
import "./chunk-WKQVUVZH.js";
import {
  describeAwsError,
  isAccessDenied
} from "./chunk-UGJ2Z2ZW.js";
import "./chunk-JVT7CXSO.js";
import "./chunk-QII6ODGT.js";
import "./chunk-GLKDLBL6.js";
import {
  layerArnWithoutVersion
} from "./chunk-6QWNZECW.js";
import "./chunk-MG3XDSRN.js";
import "./chunk-LEKD4QZ5.js";
import "./chunk-ZPQMDKX2.js";
import "./chunk-MCNE566P.js";
import "./chunk-ITIK3UTO.js";
import "./chunk-N2EH2GSA.js";
import "./chunk-LVAEGW4S.js";
import "./chunk-COK32FZQ.js";
import "./chunk-CHTQFSD4.js";
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
//# sourceMappingURL=discover-YTSSMVJ4.js.map
