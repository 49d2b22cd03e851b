// What a run does with each layer, decided from what was read: its fingerprint and change reasons (detect), what
// Lambda has (the look-ups, when AWS is consulted) and the inputs. Pure: pipeline.ts reads, these decide, it acts.
import { changedKeys } from '../config/normalize';
import { Input, InputError, type ActionInputs } from '../inputs';
import type { LayerLookup } from '../publish/publish';
import { uncommittedLayers } from '../report/uncommitted';
import type { Config, LayerConfig, LayerPlan, LayerRegionState, Mode, Reasons } from '../types';

/** Applies the `layers` and `regions` inputs to the configuration. */
export function scoped(config: Config, inputs: Pick<ActionInputs, 'layers' | 'regions'>): Config {
  const known = new Set(config.layers.map((l) => l.key));
  const unknown = inputs.layers.filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new InputError(Input.Layers, unknown.join(', '), `layer keys from ${config.file}: ${[...known].join(', ')}`);
  }
  const regions = (own: string[]) => (inputs.regions.length > 0 ? inputs.regions : own);
  const layers = config.layers
    .filter((l) => inputs.layers.length === 0 || inputs.layers.includes(l.key))
    .map((l) => ({ ...l, regions: regions(l.regions) }));
  return { ...config, layers, functions: config.functions.map((f) => ({ ...f, regions: regions(f.regions) })) };
}

/**
 * Per layer, its input files that differ from HEAD, with the configuration file when the layer's own keys are edited
 * and uncommitted: a layer's configuration feeds its fingerprint too.
 */
export function uncommittedInputs(config: Config, headConfig: Config | undefined, files: (key: string) => string[]): Map<string, string[]> {
  return new Map(
    config.layers.map((layer) => {
      const edited = changedKeys(headConfig?.layers.find((l) => l.key === layer.key), layer).length > 0;
      return [layer.key, edited ? [...files(layer.key), config.file].sort() : files(layer.key)];
    }),
  );
}

/** Why a run that refuses uncommitted inputs (the command line without --allow-dirty) must stop; undefined to go on. */
export function uncommittedRefusal(mode: Mode, refuse: boolean | undefined, uncommitted: Map<string, string[]>): string | undefined {
  const dirty = refuse && mode !== 'plan' && uncommittedLayers([...uncommitted].map(([key, files]) => ({ key, uncommitted: files })));
  if (!dirty) return undefined;
  return (
    `Uncommitted changes in the inputs of ${dirty}. A version built from them could name no commit that holds them. ` +
    `Commit them and run again, or pass --allow-dirty to ${mode} them as they are (labelled 'uncommitted').`
  );
}

/**
 * Whether the run reads fingerprints: to look up published versions (AWS), to save a plan, to publish or deploy. A
 * plan from git alone (a fork's pull request) reads none, and detection then lists and hashes no file.
 */
export function needsFingerprints(mode: Mode, planFile: string | undefined, mayUseAws: boolean): boolean {
  return mode !== 'plan' || Boolean(planFile) || mayUseAws;
}

export interface LayerFacts {
  layer: LayerConfig;
  /** Undefined in a plan from git alone (needsFingerprints). */
  fingerprint?: string;
  /** Why it may have changed since the base commit (detect). */
  reasons: Reasons;
  /** Per region of the layer, what Lambda has; undefined when AWS is not consulted. */
  lookups?: (LayerLookup | undefined)[];
  force: boolean;
  uncommitted: string[];
}

/**
 * The layer's plan before anything is built: per region whether a version carries the fingerprint (`unchanged`), or
 * it must be built (`changed`); from git alone, whether anything changed since the base (`no-change` otherwise).
 */
export function decideLayer({ layer, fingerprint, reasons, lookups, force, uncommitted }: LayerFacts, mode: Mode): LayerPlan {
  const regions = layer.regions.map((region, i) => regionState(region, lookups?.[i], force, reasons));
  const other = [...reasons.other];
  if (force) other.push(`the '${Input.Force}' input is true`);
  else if (lookups && fingerprint && regions.some((r) => r.status === 'changed') && isEmpty(reasons)) {
    other.push(`no published version carries fingerprint ${fingerprint.slice(0, 12)}`);
  }
  const plan: LayerPlan = {
    key: layer.key,
    layerName: layer.layerName,
    type: layer.type,
    status: summarize(regions),
    ...(fingerprint ? { fingerprint } : {}),
    reasons: { ...reasons, other },
    regions,
    ...(uncommitted.length > 0 ? { uncommitted } : {}),
  };
  // The version a publish would add is shared with every entry, as it is published: a plan lists those grants.
  if (mode === 'plan' && layer.shareWith.length > 0) {
    for (const state of regions) if (state.status === 'changed') state.missingGrants = [...layer.shareWith];
  }
  return plan;
}

/** Whether the run builds the layer: a plan never does, and nothing is built that a version already carries. */
export function buildsLayer(plan: LayerPlan, mode: Mode): boolean {
  return plan.status === 'changed' && mode !== 'plan';
}

function regionState(region: string, lookup: LayerLookup | undefined, force: boolean, reasons: Reasons): LayerRegionState {
  const changed = force || (lookup ? !lookup.match : !isEmpty(reasons));
  return {
    region,
    // From git alone, no change since the base says nothing of what is published.
    status: changed ? 'changed' : lookup ? 'unchanged' : 'no-change',
    previousArn: lookup?.latest?.arn,
    arn: changed ? undefined : (lookup?.match?.arn ?? lookup?.latest?.arn),
    ...(!changed && lookup?.match?.recorded ? { sameZip: true } : {}),
  };
}

/** The layer's status: its most telling region's. */
export function summarize(regions: LayerRegionState[]): LayerPlan['status'] {
  const order: LayerPlan['status'][] = ['failed', 'changed', 'published', 'reused', 'unchanged', 'no-change'];
  return order.find((status) => regions.some((r) => r.status === status)) ?? 'unchanged';
}

function isEmpty(reasons: Reasons): boolean {
  return Object.values(reasons).every((list) => list.length === 0);
}
