import type { LayerPlan, Plan, Reasons } from '../../src/types';

export const arn = (name: string, version: number, region = 'us-east-1') =>
  `arn:aws:lambda:${region}:123456789012:layer:${name}:${version}`;

export const noReasons = (): Reasons => ({ files: [], packages: [], lockfile: [], config: [], other: [] });

export function unchangedLayer(key: string, version: number): LayerPlan {
  return {
    key,
    layerName: `acme-${key}`,
    type: 'nodejs',
    status: 'unchanged',
    fingerprint: `fp-${key}`,
    reasons: noReasons(),
    regions: [{ region: 'us-east-1', status: 'unchanged', previousArn: arn(`acme-${key}`, version), arn: arn(`acme-${key}`, version) }],
  };
}

/** A deploy result: one layer published in two regions, one reused, one failed, one unchanged; two functions. */
export function smallPlan(): Plan {
  return {
    mode: 'deploy',
    modeReason: 'push of tag v1.0.0: deploying',
    commit: 'a'.repeat(40),
    base: { sha: 'b'.repeat(40), source: 'previous tag' },
    awsConsulted: true,
    layers: [
      {
        key: 'shared-deps',
        layerName: 'acme-shared-deps',
        type: 'nodejs',
        status: 'published',
        fingerprint: 'fp1',
        reasons: { ...noReasons(), packages: ['@acme/util'], lockfile: ['lodash@4.17.20 -> 4.17.21'] },
        regions: [
          { region: 'us-east-1', status: 'published', previousArn: arn('acme-shared-deps', 3), previousCodeSize: 2048, arn: arn('acme-shared-deps', 4) },
          { region: 'eu-west-1', status: 'published', arn: arn('acme-shared-deps', 1, 'eu-west-1') },
        ],
        zip: { path: '/tmp/x.zip', size: 3072, unzippedSize: 9000, codeSha256: 'x', entries: 3 },
      },
      {
        key: 'go-runtime',
        layerName: 'acme-go-runtime',
        type: 'runtime',
        status: 'reused',
        fingerprint: 'fp2',
        reasons: { ...noReasons(), other: ['no published version carries this fingerprint'] },
        regions: [{ region: 'us-east-1', status: 'reused', previousArn: arn('acme-go-runtime', 7), arn: arn('acme-go-runtime', 7) }],
      },
      {
        key: 'tools',
        layerName: 'acme-tools',
        type: 'custom',
        status: 'failed',
        fingerprint: 'fp3',
        reasons: { ...noReasons(), config: ['build'] },
        regions: [{ region: 'us-east-1', status: 'failed', previousArn: arn('acme-tools', 2) }],
        error: "Build of layer 'tools' failed: ./build.sh exited with 2\nline one\n<script>",
      },
      unchangedLayer('py-libs', 5),
    ],
    functions: [
      {
        key: 'orders-api',
        name: 'orders-api',
        region: 'us-east-1',
        status: 'updated',
        oldLayers: [arn('acme-shared-deps', 3), 'arn:aws:lambda:us-east-1:999999999999:layer:datadog:40'],
        newLayers: [arn('acme-shared-deps', 4), 'arn:aws:lambda:us-east-1:999999999999:layer:datadog:40', arn('acme-go-runtime', 7)],
        aliasVersion: 'arn:aws:lambda:us-east-1:123456789012:function:orders-api:12',
        alias: { name: 'live', from: '11', to: '12' },
      },
      {
        key: 'orders-api',
        name: 'orders-api',
        region: 'eu-west-1',
        status: 'updated',
        oldLayers: [],
        newLayers: [arn('acme-shared-deps', 1, 'eu-west-1')],
      },
      { key: 'billing', name: 'billing', region: 'us-east-1', status: 'unchanged', oldLayers: [arn('acme-py-libs', 5)], newLayers: [arn('acme-py-libs', 5)] },
      {
        key: 'reports',
        name: 'reports',
        region: 'us-east-1',
        status: 'rolled-back',
        oldLayers: [arn('acme-shared-deps', 3)],
        newLayers: [arn('acme-shared-deps', 4)],
        error: 'UpdateFunctionConfiguration failed: ResourceConflictException',
      },
    ],
  };
}

/** A pull request's plan from git alone (no AWS credentials). */
export function pullRequestPlan(layers: LayerPlan[], functions: Plan['functions']): Plan {
  return {
    mode: 'plan',
    modeReason: 'pull_request event: planning only',
    commit: 'c'.repeat(40),
    base: { sha: 'd'.repeat(40), source: 'pull_request' },
    awsConsulted: false,
    layers,
    functions,
  };
}

/** A plan from git alone (no AWS) on a pull request: one layer changed, from an uncommitted file; two not changed. */
export function gitAlonePlan(): Plan {
  const notChanged = (key: string): LayerPlan => ({
    ...unchangedLayer(key, 1),
    status: 'no-change',
    regions: [{ region: 'us-east-1', status: 'no-change' }],
  });
  return pullRequestPlan(
    [
      {
        ...unchangedLayer('go', 1),
        type: 'runtime',
        status: 'changed',
        reasons: { ...noReasons(), files: ['runtimes/go/bootstrap'] },
        regions: [{ region: 'us-east-1', status: 'changed' }],
        uncommitted: ['runtimes/go/bootstrap', 'runtimes/go/a|b*.txt'],
      },
      notChanged('shared-deps'),
      { ...notChanged('py-libs'), uncommitted: ['layers/py/x.py'] },
    ],
    [{ key: 'edge', name: 'edge', region: 'us-east-1', status: 'would-update', oldLayers: [], newLayers: ['acme-go (new version)'] }],
  );
}
