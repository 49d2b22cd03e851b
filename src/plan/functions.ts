// Which functions a run touches and the layer list each should get, decided from the layers' plans and the
// configuration. Pure: pipeline.ts reads the functions (deploy/deploy.ts) and acts.
import type { DeployTarget } from '../deploy/deploy';
import { nextVersionArn, pendingVersion } from '../deploy/layers';
import type { Config, FunctionConfig, FunctionPlan, LayerPlan, Mode } from '../types';
import { functionDrift, type SavedPlan } from './plan-file';

export interface FunctionScope {
  /** Functions whose every managed layer is in the run, each in each of its regions. */
  pairs: { fn: FunctionConfig; region: string }[];
  /** Functions that also use layers the `layers` input leaves out: not touched. */
  partial: FunctionConfig[];
}

/** The functions of the run: those of the configuration (and discovered ones) whose layers are all in scope. */
export function functionScope(config: Config, layers: LayerPlan[], discovered: FunctionConfig[] = []): FunctionScope {
  const inRun = new Set(layers.map((l) => l.key));
  const using = config.functions.filter((fn) => fn.layers.some((key) => inRun.has(key)));
  const partial = using.filter((fn) => !fn.layers.every((key) => inRun.has(key)));
  const functions = [...using.filter((fn) => !partial.includes(fn)), ...discovered];
  return { pairs: functions.flatMap((fn) => fn.regions.map((region) => ({ fn, region }))), partial };
}

/**
 * The version of `layer` a function in `region` should use. A plan previews the versions it would publish as
 * `name:next`, or `name (new version)` before a layer's first; a deploy only ever uses versions that exist.
 */
export function versionFor(layer: LayerPlan, region: string, mode: Mode): string | undefined {
  const state = layer.regions.find((r) => r.region === region);
  if (!state || state.arn || mode === 'deploy') return state?.arn;
  return state.previousArn ? nextVersionArn(state.previousArn) : pendingVersion(layer.layerName);
}

/**
 * What to ask Lambda for each function (its desired managed layers, checked against a saved plan when one is applied),
 * and the functions that cannot be deployed because a layer has no version for this commit in their region.
 */
export function deployTargets(
  scope: FunctionScope,
  config: Config,
  layers: LayerPlan[],
  mode: Mode,
  saved?: SavedPlan,
): { targets: DeployTarget[]; unresolved: FunctionPlan[] } {
  const byKey = new Map(layers.map((l) => [l.key, l]));
  const targets: DeployTarget[] = [];
  const unresolved: FunctionPlan[] = [];
  for (const { fn, region } of scope.pairs) {
    const missing = fn.layers.filter((key) => !versionFor(byKey.get(key)!, region, mode));
    if (missing.length > 0) {
      unresolved.push(unresolvedFunction(fn, region, missing, byKey));
      continue;
    }
    const desired = fn.layers.map((key) => {
      const layer = config.layers.find((l) => l.key === key)!;
      return { key, layerName: layer.layerName, arn: versionFor(byKey.get(key)!, region, mode)!, architectures: layer.architectures, type: layer.type };
    });
    targets.push({ fn, region, desired, ...(saved ? { check: functionDrift(saved, fn.name, region) } : {}) });
  }
  return { targets, unresolved };
}

function unresolvedFunction(fn: FunctionConfig, region: string, missing: string[], byKey: Map<string, LayerPlan>): FunctionPlan {
  const why = missing.map((key) =>
    byKey.get(key)!.regions.some((r) => r.region === region)
      ? `${key} has no published version for this commit`
      : `${key} is not published in ${region} (add ${region} to its regions)`,
  );
  return { key: fn.key, name: fn.name, region, status: 'failed', oldLayers: [], newLayers: [], error: `not deployed: ${why.join('; ')}.` };
}

/** Without AWS the functions cannot be read: the managed layers that change, named, without ARNs. */
export function previewWithoutArns(scope: FunctionScope, layers: LayerPlan[]): FunctionPlan[] {
  const byKey = new Map(layers.map((l) => [l.key, l]));
  return scope.pairs.flatMap(({ fn, region }) => {
    const changed = fn.layers.filter((key) => byKey.get(key)!.status !== 'no-change');
    if (changed.length === 0) return [];
    return [{
      key: fn.key,
      name: fn.name,
      region,
      status: 'would-update' as const,
      oldLayers: [],
      newLayers: changed.map((key) => pendingVersion(byKey.get(key)!.layerName)),
    }];
  });
}
