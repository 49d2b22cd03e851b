import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GetParameterCommand,
  ParameterNotFound,
  PutParameterCommand
} from "./chunk-RZEX7SSC.js";
import {
  attempt
} from "./chunk-O4CTUHPC.js";
import "./chunk-G5XAVSSS.js";
import "./chunk-GHZ7BIGB.js";
import "./chunk-S24SJBCE.js";
import {
  pLimit
} from "./chunk-LGNPTG6G.js";
import "./chunk-GLKDLBL6.js";
import {
  nextVersionArn
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

// src/publish/ssm.ts
function parameterName(prefix, key) {
  return `${prefix.replace(/\/+$/, "")}/${key}`;
}
async function syncParameters(aws, layers, opts) {
  const limit = pLimit(opts.concurrency);
  const jobs = layers.flatMap(
    (layer) => layer.status === "failed" ? [] : layer.regions.map((state) => limit(() => syncRegion(aws, layer, state, opts)))
  );
  await Promise.all(jobs);
  for (const layer of layers) {
    const failed = layer.regions.filter((r) => r.ssm?.status === "failed" && opts.mode !== "plan");
    if (failed.length === 0) continue;
    layer.status = "failed";
    layer.error = failed.map((r) => `${r.region}: ${r.error}`).join("; ");
    opts.log.error(`Layer ${layer.key}: ${layer.error}`);
  }
}
async function syncRegion(aws, layer, state, opts) {
  const name = parameterName(opts.prefix, layer.key);
  const to = state.arn ?? (opts.mode === "plan" && state.previousArn ? nextVersionArn(state.previousArn) : void 0);
  if (!to && opts.mode !== "plan") return;
  const resource = parameterArn(state.region, to ?? state.previousArn, name);
  const client = await aws.ssm(state.region);
  try {
    const from = await attempt("ssm:GetParameter", resource, async () => {
      try {
        return (await client.send(new GetParameterCommand({ Name: name }))).Parameter?.Value;
      } catch (error) {
        if (error instanceof ParameterNotFound) return void 0;
        throw error;
      }
    });
    if (from !== void 0 && from === to) {
      state.ssm = { name, from, to, status: "unchanged" };
      return;
    }
    if (opts.mode === "plan") {
      state.ssm = { name, from, to, status: "would-update" };
      return;
    }
    await attempt(
      "ssm:PutParameter",
      resource,
      () => client.send(
        new PutParameterCommand({
          Name: name,
          Value: to,
          Type: "String",
          Overwrite: true,
          Description: `Current version of Lambda layer ${layer.layerName} (lambda-layers-action) src-sha256:${layer.fingerprint}`
        })
      )
    );
    state.ssm = { name, from, to, status: "updated" };
    opts.log.info(`${state.region}: SSM parameter ${name} = ${to}${from ? ` (was ${from})` : ""}.`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    state.ssm = { name, to, status: "failed", error: message };
    if (opts.mode === "plan") opts.log.warning(`Could not read SSM parameter ${name} (${state.region}) to preview it: ${message}`);
    else {
      state.status = "failed";
      state.error = message;
    }
  }
}
function parameterArn(region, layerArn, name) {
  const [, partition = "aws", , , account = "<account>"] = (layerArn ?? "").split(":");
  return `arn:${partition}:ssm:${region}:${account}:parameter${name.startsWith("/") ? "" : "/"}${name}`;
}
export {
  parameterName,
  syncParameters
};
//# sourceMappingURL=ssm-HGGPMIJA.js.map
