// Pure rules for a function's layer list. Lambda takes the whole list on every update, so we compute it from what the
// function has now: managed layers change version in place, missing ones are appended, anything else stays put.
import { MAX_FUNCTION_LAYERS as MAX_LAYERS } from '../packaging/limits';
import type { LayerType } from '../types';

export interface DesiredLayer {
  key: string;
  layerName: string;
  /** Layer version ARN this commit wants. */
  arn: string;
  architectures: string[];
  type: LayerType;
}

/** The version a plan expects a layer to get: Lambda numbers it only when it is published. */
export const NEXT_VERSION = 'next';

/** `arn:aws:lambda:us-east-1:123456789012:layer:name:7` -> `arn:aws:lambda:us-east-1:123456789012:layer:name`. */
export function layerArnWithoutVersion(arn: string): string {
  return arn.replace(new RegExp(`:(\\d+|${NEXT_VERSION})$`), '');
}

/** The ARN standing for the version a plan would publish after `arn`'s. */
export function nextVersionArn(arn: string): string {
  return `${layerArnWithoutVersion(arn)}:${NEXT_VERSION}`;
}

const PENDING = ' (new version)';

/** A version a plan cannot give an ARN: a layer's first (no earlier ARN to derive it from), or any when AWS is not asked. */
export function pendingVersion(layerName: string): string {
  return `${layerName}${PENDING}`;
}

/** The layer name of a `pendingVersion`, or undefined for an ARN. */
export function pendingLayerName(version: string): string | undefined {
  return version.endsWith(PENDING) ? version.slice(0, -PENDING.length) : undefined;
}

/** What a FunctionName points at: its name, and the region and account a full or partial ARN fixes. */
export function functionTarget(functionName: string): { name: string; region?: string; account?: string } {
  const arn = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([^:]+)/.exec(functionName);
  if (arn) return { name: arn[3], region: arn[1], account: arn[2] };
  const partial = /^(\d{12}):function:([^:]+)/.exec(functionName);
  return partial ? { name: partial[2], account: partial[1] } : { name: functionName };
}

/** The account of the first layer version ARN in `arns`. */
export function layersAccount(arns: string[]): string | undefined {
  for (const arn of arns) {
    const account = /^arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:(\d{12}):layer:/.exec(arn)?.[1];
    if (account) return account;
  }
  return undefined;
}

/** `name:7` (or `name:next`), short enough for messages and logs. */
export function shortLayer(arn: string): string {
  return arn.split(':layer:')[1] ?? arn;
}

/**
 * The layer list the function should have: each managed layer already attached (same layer in the same account and
 * region, any version) takes the desired version in place; managed layers not attached yet are appended in the
 * configured order; unmanaged layers keep their order. A plan's `pendingVersion` (no version of the layer is listed,
 * e.g. all deleted, while the function still has one) takes the place of an attached version of the same name, as
 * the version a deploy publishes would.
 */
export function mergeLayers(current: string[], desired: { layerName: string; arn: string }[]): string[] {
  const wanted = new Map(desired.map((d) => [layerArnWithoutVersion(d.arn), d.arn]));
  const pending = new Map(desired.filter((d) => pendingLayerName(d.arn) !== undefined).map((d) => [d.layerName, d.arn]));
  const attached = new Set<string>();
  const merged = current.map((arn) => {
    const next = wanted.get(layerArnWithoutVersion(arn)) ?? pending.get(shortLayer(layerArnWithoutVersion(arn)));
    if (next !== undefined) attached.add(next);
    return next ?? arn;
  });
  for (const d of desired) if (!attached.has(d.arn)) merged.push(d.arn);
  return merged;
}

/**
 * How a function's layer list changes, for the reports: per layer of the new list the version it replaces (none when
 * appended; a `pendingVersion` replaces a version of its name, as in mergeLayers), and the old layers dropped.
 */
export function layerMoves(oldLayers: string[], newLayers: string[]): { moves: { from?: string; to: string }[]; dropped: string[] } {
  const remaining = [...oldLayers];
  const moves = newLayers.map((to) => {
    const name = pendingLayerName(to);
    const slot = layerArnWithoutVersion(to);
    const i = remaining.findIndex((from) => (name === undefined ? layerArnWithoutVersion(from) === slot : shortLayer(layerArnWithoutVersion(from)) === name));
    return { from: i === -1 ? undefined : remaining.splice(i, 1)[0], to };
  });
  return { moves, dropped: remaining };
}

/** Order matters: it is the order in which Lambda extracts the layers into /opt. */
export function sameLayers(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((arn, i) => arn === b[i]);
}

/**
 * Why the merged list cannot be applied, one sentence each naming the function, its region and the fix.
 * `architecture` is the function's (Lambda defaults to x86_64 when it reports none).
 */
export function layerProblems(
  fn: { key: string; region: string; architecture: string },
  merged: string[],
  desired: DesiredLayer[],
): string[] {
  const where = `${fn.key} (${fn.region})`;
  const problems: string[] = [];
  if (merged.length > MAX_LAYERS) {
    problems.push(
      `${where} would have ${merged.length} layers (${merged.map(shortLayer).join(', ')}) but Lambda allows at most ` +
        `${MAX_LAYERS}; remove one from lambda-layers.yml or from the function.`,
    );
  }
  for (const layer of desired) {
    if (layer.type !== 'runtime' || layer.architectures.length === 0) continue;
    if (!layer.architectures.includes(fn.architecture)) {
      problems.push(
        `${where} runs on ${fn.architecture} but runtime layer ${layer.key} is built for ` +
          `${layer.architectures.join(', ')}; add ${fn.architecture} to layers.${layer.key}.architectures in ` +
          `lambda-layers.yml (and build the bootstrap for it) or use a runtime layer built for ${fn.architecture}.`,
      );
    }
  }
  return problems;
}
