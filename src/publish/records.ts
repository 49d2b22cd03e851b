// Records: a rebuild whose zip is byte-identical to a published version proves that version is what the new
// fingerprint builds. Lambda gives versions no editable field and no tags, so the fingerprint is recorded in the
// version's resource policy: a statement whose Sid carries it, granting lambda:GetLayerVersion to the layer's own
// account, which grants nothing new (same-account access is decided by IAM). Later runs read the newest version's
// policy when no Description carries their fingerprint, and find it there: no rebuild, no new version.
import {
  AddLayerVersionPermissionCommand,
  GetLayerVersionPolicyCommand,
  PolicyLengthExceededException,
  PreconditionFailedException,
  RemoveLayerVersionPermissionCommand,
  ResourceConflictException,
  ResourceNotFoundException,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import type { AwsClients } from '../adapters/aws';
import { shortLayer } from '../deploy/layers';
import type { Logger } from '../types';
import { explain } from './errors';

/** `src-sha256-` + 64 hex digits: 75 characters, within the Sid's 100 and its `[A-Za-z0-9_-]`. */
const RECORD_PREFIX = 'src-sha256-';
/** Writers racing on one policy each re-read it after a PreconditionFailed; a few rounds settle any real race. */
const WRITE_ATTEMPTS = 5;

export interface PolicyStatement {
  Sid?: string;
  Principal?: string | { AWS?: string };
  Condition?: { StringEquals?: Record<string, string> };
}

export function recordSid(fingerprint: string): string {
  return `${RECORD_PREFIX}${fingerprint}`;
}

export function isRecord(statement: PolicyStatement): boolean {
  const sid = statement.Sid ?? '';
  return sid.startsWith(RECORD_PREFIX) && /^[0-9a-f]{64}$/.test(sid.slice(RECORD_PREFIX.length));
}

/** The version's policy statements (in the order they were added) and RevisionId; none for a version never granted. */
export async function readPolicy(lambda: LambdaClient, layerName: string, version: number): Promise<{ statements: PolicyStatement[]; revisionId?: string }> {
  try {
    const { Policy, RevisionId } = await lambda.send(new GetLayerVersionPolicyCommand({ LayerName: layerName, VersionNumber: version }));
    return { statements: JSON.parse(Policy ?? '{}').Statement ?? [], revisionId: RevisionId };
  } catch (error) {
    // A version nobody was granted has no policy at all.
    if (error instanceof ResourceNotFoundException) return { statements: [] };
    throw error;
  }
}

/**
 * Whether the version's policy records the fingerprint. Never throws: a policy that cannot be read means a rebuild,
 * as before records existed, with a warning naming the permission.
 */
export async function hasRecord(aws: AwsClients, region: string, arn: string, fingerprint: string, log: Logger): Promise<boolean> {
  const { layerName, version } = parseVersionArn(arn);
  try {
    const { statements } = await readPolicy(aws.lambda(region), layerName, version);
    return statements.some((s) => s.Sid === recordSid(fingerprint));
  } catch (error) {
    log.warning(`${region}: could not read the fingerprint records of ${shortLayer(arn)}, so the layer is built: ${explain(error, 'lambda:GetLayerVersionPolicy', arn)}`);
    return false;
  }
}

/**
 * Records the fingerprint on the version, under the policy's RevisionId so that a concurrent writer is never
 * overwritten. A policy at Lambda's 20 KB limit loses its oldest record first. Returns whether the fingerprint is
 * recorded; never throws: without the record the next run builds the layer again, as before records existed.
 */
export async function writeRecord(aws: AwsClients, region: string, arn: string, fingerprint: string, log: Logger): Promise<boolean> {
  const lambda = aws.lambda(region);
  const { layerName, version, account } = parseVersionArn(arn);
  const sid = recordSid(fingerprint);
  const notRecorded = (why: string) => {
    log.warning(`${region}: fingerprint ${fingerprint.slice(0, 12)} was not recorded on ${shortLayer(arn)}, so the next run builds this layer again: ${why}`);
    return false;
  };
  let action = 'lambda:GetLayerVersionPolicy';
  try {
    for (let attemptNo = 1; attemptNo <= WRITE_ATTEMPTS; attemptNo++) {
      action = 'lambda:GetLayerVersionPolicy';
      const { statements, revisionId } = await readPolicy(lambda, layerName, version);
      if (statements.some((s) => s.Sid === sid)) return true;
      try {
        action = 'lambda:AddLayerVersionPermission';
        const input = { LayerName: layerName, VersionNumber: version, StatementId: sid, Action: 'lambda:GetLayerVersion', Principal: account, RevisionId: revisionId };
        await lambda.send(new AddLayerVersionPermissionCommand(input));
        log.info(`${region}: recorded fingerprint ${fingerprint.slice(0, 12)} on ${shortLayer(arn)} (same zip), so later runs find it without building.`);
        return true;
      } catch (error) {
        // The statement exists: another run (or a retry whose answer was lost) recorded it.
        if (error instanceof ResourceConflictException) return true;
        if (error instanceof PolicyLengthExceededException) {
          const oldest = statements.find(isRecord);
          if (!oldest) throw error;
          action = 'lambda:RemoveLayerVersionPermission';
          await lambda
            .send(new RemoveLayerVersionPermissionCommand({ LayerName: layerName, VersionNumber: version, StatementId: oldest.Sid, RevisionId: revisionId }))
            .catch((removal) => {
              if (!(removal instanceof PreconditionFailedException)) throw removal;
            });
          log.info(`${region}: the policy of ${shortLayer(arn)} is at Lambda's 20 KB limit: dropped its oldest record, ${oldest.Sid}.`);
        } else if (!(error instanceof PreconditionFailedException)) {
          throw error;
        }
      }
    }
  } catch (error) {
    return notRecorded(explain(error, action, arn));
  }
  return notRecorded(`its policy changed under each of ${WRITE_ATTEMPTS} attempts (PreconditionFailedException); another run is writing to it.`);
}

function parseVersionArn(arn: string): { layerName: string; version: number; account: string } {
  const parts = arn.split(':');
  return { account: parts[4], layerName: parts[6], version: Number(parts[7]) };
}
