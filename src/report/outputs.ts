// The step outputs of design.md (Outputs and statuses), as the strings the runner stores.
import { Output } from '../inputs';
import type { LayerPlan, LayerStatus, Plan } from '../types';

type OutputName = (typeof Output)[keyof typeof Output];

/** Statuses meaning the layer is (or would be) rebuilt in this run. */
const AFFECTED: ReadonlySet<LayerStatus> = new Set(['changed', 'published', 'reused', 'failed']);

export function isAffected(layer: LayerPlan): boolean {
  return AFFECTED.has(layer.status);
}

export function planOutputs(plan: Plan): Record<OutputName, string> {
  const affected = plan.layers.filter(isAffected).map((l) => l.key);

  const layerArns: Record<string, string> = {};
  const byRegion: Record<string, Record<string, string>> = {};
  for (const layer of plan.layers) {
    layer.regions.forEach((state, i) => {
      const arn = state.arn ?? state.previousArn;
      if (!arn) return;
      if (i === 0) layerArns[layer.key] = arn;
      (byRegion[state.region] ??= {})[layer.key] = arn;
    });
  }

  const updated = [...new Set(plan.functions.filter((f) => f.status === 'updated').map((f) => f.key))];

  return {
    [Output.HasChanges]: String(affected.length > 0),
    [Output.ChangedLayers]: JSON.stringify(affected),
    [Output.LayerArns]: JSON.stringify(layerArns),
    [Output.LayerArnsByRegion]: JSON.stringify(byRegion),
    [Output.UpdatedFunctions]: JSON.stringify(updated),
    [Output.Matrix]: JSON.stringify({ include: affected.map((layer) => ({ layer })) }),
    [Output.Plan]: JSON.stringify(plan),
  };
}
