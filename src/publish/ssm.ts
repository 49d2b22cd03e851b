// SSM Parameter Store hand-off (`ssm.prefix`): `<prefix>/<layer key>` in each region of a layer holds the layer's
// current version ARN, so Terraform and CDK stacks that own their functions read it without this action touching
// them. A parameter is written only when its value changes, so its version history is the layer's release history.
import { GetParameterCommand, ParameterNotFound, PutParameterCommand } from '@aws-sdk/client-ssm';
import pLimit from 'p-limit';
import type { AwsClients } from '../adapters/aws';
import { nextVersionArn } from '../deploy/layers';
import type { LayerPlan, LayerRegionState, Logger, Mode } from '../types';
import { attempt } from './errors';

export interface SsmOptions {
  prefix: string;
  mode: Mode;
  concurrency: number;
  log: Logger;
}

/** `<prefix>/<layer key>`, whatever slashes the prefix ends with. */
export function parameterName(prefix: string, key: string): string {
  return `${prefix.replace(/\/+$/, '')}/${key}`;
}

/**
 * Sets each region's `ssm` state of every layer that did not fail: plan mode only reads and says what would change;
 * the other modes write. A refused write fails the layer in that region, as a failed publish does.
 */
export async function syncParameters(aws: AwsClients, layers: LayerPlan[], opts: SsmOptions): Promise<void> {
  const limit = pLimit(opts.concurrency);
  const jobs = layers.flatMap((layer) =>
    layer.status === 'failed' ? [] : layer.regions.map((state) => limit(() => syncRegion(aws, layer, state, opts))),
  );
  await Promise.all(jobs);
  for (const layer of layers) {
    const failed = layer.regions.filter((r) => r.ssm?.status === 'failed' && opts.mode !== 'plan');
    if (failed.length === 0) continue;
    layer.status = 'failed';
    layer.error = failed.map((r) => `${r.region}: ${r.error}`).join('; ');
    opts.log.error(`Layer ${layer.key}: ${layer.error}`);
  }
}

async function syncRegion(aws: AwsClients, layer: LayerPlan, state: LayerRegionState, opts: SsmOptions): Promise<void> {
  const name = parameterName(opts.prefix, layer.key);
  // A plan stands for the version it would publish as `name:next`; a first publish has no ARN to show yet.
  const to = state.arn ?? (opts.mode === 'plan' && state.previousArn ? nextVersionArn(state.previousArn) : undefined);
  if (!to && opts.mode !== 'plan') return;
  const resource = parameterArn(state.region, to ?? state.previousArn, name);
  const client = await aws.ssm(state.region);
  try {
    const from = await attempt('ssm:GetParameter', resource, async () => {
      try {
        return (await client.send(new GetParameterCommand({ Name: name }))).Parameter?.Value;
      } catch (error) {
        if (error instanceof ParameterNotFound) return undefined;
        throw error;
      }
    });
    if (from !== undefined && from === to) {
      state.ssm = { name, from, to, status: 'unchanged' };
      return;
    }
    if (opts.mode === 'plan') {
      state.ssm = { name, from, to, status: 'would-update' };
      return;
    }
    await attempt('ssm:PutParameter', resource, () =>
      client.send(
        new PutParameterCommand({
          Name: name,
          Value: to,
          Type: 'String',
          Overwrite: true,
          Description: `Current version of Lambda layer ${layer.layerName} (lambda-layers-action) src-sha256:${layer.fingerprint}`,
        }),
      ),
    );
    state.ssm = { name, from, to, status: 'updated' };
    opts.log.info(`${state.region}: SSM parameter ${name} = ${to}${from ? ` (was ${from})` : ''}.`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    state.ssm = { name, to, status: 'failed', error: message };
    if (opts.mode === 'plan') opts.log.warning(`Could not read SSM parameter ${name} (${state.region}) to preview it: ${message}`);
    else {
      state.status = 'failed';
      state.error = message;
    }
  }
}

/** The parameter's ARN, in the account and partition of the layer it names; IAM policies are written against it. */
function parameterArn(region: string, layerArn: string | undefined, name: string): string {
  const [, partition = 'aws', , , account = '<account>'] = (layerArn ?? '').split(':');
  return `arn:${partition}:ssm:${region}:${account}:parameter${name.startsWith('/') ? '' : '/'}${name}`;
}
