// shareWith: who may use each new layer version, granted with AddLayerVersionPermission right after publishing.
import { AddLayerVersionPermissionCommand, ResourceConflictException, type LambdaClient } from '@aws-sdk/client-lambda';
import { attempt } from './errors';

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

export async function shareVersion(lambda: LambdaClient, layerName: string, version: number, shareWith: string[]): Promise<void> {
  for (const grant of grantsFor(shareWith)) {
    await attempt('lambda:AddLayerVersionPermission', `${layerName}:${version}`, async () => {
      try {
        await lambda.send(new AddLayerVersionPermissionCommand({ LayerName: layerName, VersionNumber: version, Action: 'lambda:GetLayerVersion', ...grant }));
      } catch (error) {
        // The version is new and only this run touches it: a conflict means a retried call had already granted it.
        if (!(error instanceof ResourceConflictException)) throw error;
      }
    });
  }
}
