// `discover: true`: functions of the account that use a managed layer but are not in `functions`. Listing is the I/O
// edge; which functions count is a pure rule over what Lambda listed.
import { paginateListFunctions, type FunctionConfiguration } from '@aws-sdk/client-lambda';
import { describeAwsError, isAccessDenied, type AwsClients } from '../adapters/aws';
import type { FunctionConfig, LayerPlan } from '../types';
import { layerArnWithoutVersion } from './layers';

/** At most this many names in the warning that tells users such functions exist. */
const WARN_NAMES = 10;

/**
 * Every function (in the layers' regions) that uses any version of a managed layer and is not configured for that
 * region, as a function config that keeps exactly the managed layers it already has.
 */
export async function discoverFunctions(aws: AwsClients, layers: LayerPlan[], configured: FunctionConfig[]): Promise<FunctionConfig[]> {
  const regions = [...new Set(layers.flatMap((l) => l.regions.map((r) => r.region)))];
  const found = await Promise.all(
    regions.map(async (region) => layerUsers(await listFunctions(aws, region), region, layers, configured)),
  );
  return found.flat();
}

export function layerUsers(listed: FunctionConfiguration[], region: string, layers: LayerPlan[], configured: FunctionConfig[]): FunctionConfig[] {
  // A layer version's ARN without its version names the layer in this account and region, whatever the version.
  const managed = new Map<string, string>();
  for (const layer of layers) {
    const state = layer.regions.find((r) => r.region === region);
    const known = state?.arn ?? state?.previousArn;
    if (known) managed.set(layerArnWithoutVersion(known), layer.key);
  }
  const isConfigured = (fn: FunctionConfiguration) =>
    configured.some((c) => c.regions.includes(region) && (c.name === fn.FunctionName || c.name === fn.FunctionArn));
  return listed.flatMap((fn) => {
    const used = new Set((fn.Layers ?? []).map((l) => managed.get(layerArnWithoutVersion(l.Arn ?? ''))).filter(Boolean));
    if (used.size === 0 || isConfigured(fn)) return [];
    // In configuration order, as configured functions are; the merge replaces them in place.
    const keys = layers.map((l) => l.key).filter((key) => used.has(key));
    return [{ key: fn.FunctionName!, name: fn.FunctionName!, layers: keys, regions: [region] }];
  });
}

/** Names up to ten, and how many more. */
export function undiscoveredWarning(found: FunctionConfig[]): string {
  const names = found.slice(0, WARN_NAMES).map((f) => `${f.name} (${f.regions[0]})`);
  const more = found.length > WARN_NAMES ? ` and ${found.length - WARN_NAMES} more` : '';
  return (
    `${found.length} function${found.length === 1 ? '' : 's'} not in lambda-layers.yml use${found.length === 1 ? 's' : ''} ` +
    `a managed layer and will keep their old versions: ${names.join(', ')}${more}. Add them to 'functions', or set ` +
    `'discover: true' to rewire them on deploy too.`
  );
}

async function listFunctions(aws: AwsClients, region: string): Promise<FunctionConfiguration[]> {
  const all: FunctionConfiguration[] = [];
  try {
    for await (const page of paginateListFunctions({ client: aws.lambda(region) }, {})) all.push(...(page.Functions ?? []));
  } catch (error) {
    const fix = isAccessDenied(error) ? ` Allow the deploy role lambda:ListFunctions ('discover' needs it).` : '';
    throw new Error(`Could not list the functions of ${region} to discover users of the managed layers: ${describeAwsError(error)}${fix}`);
  }
  return all;
}
