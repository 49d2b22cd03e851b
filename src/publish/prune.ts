// keep-versions: after publishing, delete the versions beyond the newest N, never one that a function version in
// that region still uses (there is no "who uses this layer" API, so ListFunctions over every function version).
import { DeleteLayerVersionCommand, paginateListFunctions, paginateListLayerVersions, type LambdaClient } from '@aws-sdk/client-lambda';
import type { AwsClients } from '../adapters/aws';
import { shortLayer } from '../deploy/layers';
import { Input } from '../inputs';
import type { Logger } from '../types';
import { explain } from './errors';

export interface PruneResult {
  /** Version ARNs deleted. */
  pruned: string[];
  /** Version ARNs beyond `keep` left in place because a function version uses them. */
  keptInUse: string[];
}

export interface ListedVersion {
  arn: string;
  version: number;
}

/** Everything but the newest `keep` versions, split into what can go and what a function still uses. */
export function planPrune(versions: ListedVersion[], keep: number, inUse: ReadonlySet<string>): { remove: ListedVersion[]; keptInUse: ListedVersion[] } {
  const old = [...versions].sort((a, b) => b.version - a.version).slice(keep);
  return { remove: old.filter((v) => !inUse.has(v.arn)), keptInUse: old.filter((v) => inUse.has(v.arn)) };
}

/**
 * Prunes one layer in one region. The new version is already published, so a failure here is a warning naming the
 * missing permission, not a failed layer; the result says what was done.
 */
export async function pruneVersions(aws: AwsClients, region: string, layerName: string, keep: number, log: Logger): Promise<PruneResult> {
  const lambda = aws.lambda(region);
  const where = `${layerName} in ${region}`;
  const skipped = (why: string): PruneResult => {
    log.warning(`Old versions of ${where} were not pruned: ${why}`);
    return { pruned: [], keptInUse: [] };
  };

  let versions: ListedVersion[];
  try {
    versions = await listVersions(lambda, layerName);
  } catch (error) {
    return skipped(explain(error, 'lambda:ListLayerVersions', where));
  }
  if (versions.length <= keep) return { pruned: [], keptInUse: [] };
  let users: Map<string, string[]>;
  try {
    users = await layerUsers(lambda);
  } catch (error) {
    return skipped(explain(error, 'lambda:ListFunctions', `the functions in ${region}`));
  }

  const plan = planPrune(versions, keep, new Set(users.keys()));
  for (const v of plan.keptInUse) log.info(`${region}: kept ${shortLayer(v.arn)}, still used by ${users.get(v.arn)!.join(', ')}.`);
  const results = await Promise.allSettled(
    plan.remove.map((v) => lambda.send(new DeleteLayerVersionCommand({ LayerName: layerName, VersionNumber: v.version }))),
  );
  const pruned = plan.remove.filter((_, i) => results[i].status === 'fulfilled').map((v) => v.arn);
  if (pruned.length > 0) {
    log.info(`${region}: deleted ${pruned.map(shortLayer).join(', ')} (${Input.KeepVersions}: ${keep}).`);
  }
  const failed = results.findIndex((r) => r.status === 'rejected');
  if (failed >= 0) {
    const count = results.filter((r) => r.status === 'rejected').length;
    const reason = (results[failed] as PromiseRejectedResult).reason;
    log.warning(`${count} old version(s) of ${where} were not deleted: ${explain(reason, 'lambda:DeleteLayerVersion', plan.remove[failed].arn)}`);
  }
  return { pruned, keptInUse: plan.keptInUse.map((v) => v.arn) };
}

async function listVersions(lambda: LambdaClient, layerName: string): Promise<ListedVersion[]> {
  const versions: ListedVersion[] = [];
  for await (const page of paginateListLayerVersions({ client: lambda }, { LayerName: layerName })) {
    for (const v of page.LayerVersions ?? []) versions.push({ arn: v.LayerVersionArn!, version: v.Version! });
  }
  return versions;
}

/** Layer version ARN -> the function versions (`name:version`) of the region that use it. */
async function layerUsers(lambda: LambdaClient): Promise<Map<string, string[]>> {
  const users = new Map<string, string[]>();
  for await (const page of paginateListFunctions({ client: lambda }, { FunctionVersion: 'ALL' })) {
    for (const fn of page.Functions ?? []) {
      for (const layer of fn.Layers ?? []) {
        users.set(layer.Arn!, [...(users.get(layer.Arn!) ?? []), `${fn.FunctionName}:${fn.Version}`]);
      }
    }
  }
  return users;
}
