// shareWith: who may use the current layer version. Reconciled on every run that has AWS: the version's policy is
// read, the grants it lacks are added, and statements it has beyond them (grants made by hand, fingerprint records)
// are kept. A plan only lists what is missing.
import { AddLayerVersionPermissionCommand, ResourceConflictException, type LambdaClient } from '@aws-sdk/client-lambda';
import type { AwsClients } from '../adapters/aws';
import { shortLayer } from '../deploy/layers';
import type { LayerConfig, LayerRegionState, Logger } from '../types';
import { attempt, PublishError } from './errors';
import { isRecord, readPolicy, type PolicyStatement } from './records';

export interface Grant {
  StatementId: string;
  Principal: string;
  OrganizationId?: string;
}

/**
 * The statement for each shareWith entry: '*' makes the version public, a 12-digit id grants one account, `o-...`
 * an AWS organization (Principal '*' limited by OrganizationId). Statement ids derive from the entry, so a grant
 * sent twice is recognized as the same one.
 */
export function grantsFor(shareWith: string[]): Grant[] {
  return shareWith.map((entry) => {
    if (entry === '*') return { StatementId: 'public', Principal: '*' };
    if (/^\d{12}$/.test(entry)) return { StatementId: `account-${entry}`, Principal: entry };
    if (/^o-[a-z0-9]{10,32}$/.test(entry)) return { StatementId: `org-${entry}`, Principal: '*', OrganizationId: entry };
    throw new Error(`shareWith entry '${entry}' must be '*', a 12-digit account id or an organization id (o-...); fix it in lambda-layers.yml.`);
  });
}

/**
 * Reconciles shareWith on the current version of each region that has one (plan mode: records the missing grants in
 * `missingGrants` instead). Throws one PublishError naming every region whose grants could not be read or added.
 */
export async function shareVersions(
  aws: AwsClients,
  layer: LayerConfig,
  regions: LayerRegionState[],
  opts: { dryRun: boolean; log: Logger },
): Promise<void> {
  if (layer.shareWith.length === 0) return;
  const grants = grantsFor(layer.shareWith);
  const failures: string[] = [];
  await Promise.all(
    regions.map(async (state) => {
      if (!state.arn || state.status === 'failed') return;
      const lambda = aws.lambda(state.region);
      const version = Number(state.arn.split(':').pop());
      try {
        const missing = await missingGrants(lambda, layer.layerName, version, grants);
        if (missing.length === 0) return;
        const entries = layer.shareWith.filter((_, i) => missing.includes(grants[i]));
        const who = entries.join(', ');
        if (opts.dryRun) {
          state.missingGrants = entries;
          opts.log.notice(`${state.region}: ${shortLayer(state.arn)} is not yet shared with ${who}; a publish or deploy run grants it.`);
          return;
        }
        for (const grant of missing) await addGrant(lambda, layer.layerName, version, grant);
        opts.log.info(`${state.region}: ${shortLayer(state.arn)} shared with ${who}.`);
      } catch (error) {
        if (!opts.dryRun) failures.push(`${state.region}: ${(error as Error).message}`);
        else opts.log.warning(`${state.region}: could not read who ${shortLayer(state.arn)} is shared with: ${(error as Error).message}`);
      }
    }),
  );
  if (failures.length > 0) throw new PublishError(`shareWith: ${failures.join('; ')}`);
}

/**
 * The grants the version's policy lacks, matched by statement id or by an equal principal (a grant made by hand).
 * Fingerprint records (records.ts) are statements of their own: kept, and never taken for a grant, since the oldest
 * are dropped when the policy is full.
 */
async function missingGrants(lambda: LambdaClient, layerName: string, version: number, grants: Grant[]): Promise<Grant[]> {
  const { statements } = await attempt('lambda:GetLayerVersionPolicy', `${layerName}:${version}`, () => readPolicy(lambda, layerName, version));
  const present = new Set(statements.filter((s) => !isRecord(s)).flatMap((s) => [s.Sid, principalOf(s)]));
  return grants.filter((g) => !present.has(g.StatementId) && !present.has(principalOf(g)));
}

/** `public`, `account:<id>` or `org:<id>`, for a policy statement as Lambda writes it or for a grant. */
function principalOf(s: PolicyStatement | Grant): string {
  if ('StatementId' in s) return s.OrganizationId ? `org:${s.OrganizationId}` : s.Principal === '*' ? 'public' : `account:${s.Principal}`;
  const principal = typeof s.Principal === 'string' ? s.Principal : (s.Principal?.AWS ?? '');
  const org = s.Condition?.StringEquals?.['aws:PrincipalOrgID'];
  if (principal === '*') return org ? `org:${org}` : 'public';
  return `account:${/\d{12}/.exec(principal)?.[0] ?? principal}`;
}

async function addGrant(lambda: LambdaClient, layerName: string, version: number, grant: Grant): Promise<void> {
  await attempt('lambda:AddLayerVersionPermission', `${layerName}:${version}`, async () => {
    try {
      await lambda.send(new AddLayerVersionPermissionCommand({ LayerName: layerName, VersionNumber: version, Action: 'lambda:GetLayerVersion', ...grant }));
    } catch (error) {
      // The statement id exists: a retried call (its first answer lost) had already granted it.
      if (!(error instanceof ResourceConflictException)) throw error;
    }
  });
}
