// The plan's decisions for functions, with literal inputs: which functions a run touches and what each should get.
import { describe, expect, it } from 'vitest';
import { deployTargets, functionScope, previewWithoutArns, versionFor } from '../../src/plan/functions';
import type { Config, FunctionConfig, LayerPlan } from '../../src/types';
import { layer } from '../detect/fixture';

const arn = (name: string, v: number) => `arn:aws:lambda:us-east-1:123456789012:layer:${name}:${v}`;
const layerPlan = (key: string, regions: LayerPlan['regions'], status: LayerPlan['status'] = 'changed'): LayerPlan => ({
  key,
  layerName: key,
  type: 'nodejs',
  status,
  fingerprint: 'f'.repeat(64),
  reasons: { files: [], packages: [], lockfile: [], config: [], other: [] },
  regions,
});
const fn = (key: string, layers: string[], regions = ['us-east-1']): FunctionConfig => ({ key, name: key, layers, regions });
const config = {
  file: 'lambda-layers.yml',
  layers: [layer('util', 'nodejs', 'layers/util'), layer('tools', 'nodejs', 'layers/tools')],
  functions: [fn('api', ['util']), fn('worker', ['util', 'tools']), fn('other', ['elsewhere'])],
} as unknown as Config;

describe('functionScope', () => {
  it('takes the functions whose managed layers are all in the run; the rest of those using one are partial', () => {
    const scope = functionScope(config, [layerPlan('util', [])], [fn('found', ['util'])]);
    expect(scope.pairs.map((p) => p.fn.key)).toEqual(['api', 'found']);
    expect(scope.partial.map((f) => f.key)).toEqual(['worker']);
  });
});

describe('versionFor', () => {
  const changed = layerPlan('util', [{ region: 'us-east-1', status: 'changed', previousArn: arn('util', 4) }]);
  it('previews the next version in a plan, and nothing a deploy could use', () => {
    expect(versionFor(changed, 'us-east-1', 'plan')).toBe('arn:aws:lambda:us-east-1:123456789012:layer:util:next');
    expect(versionFor(changed, 'us-east-1', 'deploy')).toBeUndefined();
    expect(versionFor(layerPlan('util', [{ region: 'us-east-1', status: 'changed' }]), 'us-east-1', 'plan')).toMatch(/util/);
    expect(versionFor(layerPlan('util', [{ region: 'us-east-1', status: 'unchanged', arn: arn('util', 4) }]), 'us-east-1', 'deploy')).toBe(arn('util', 4));
  });
});

describe('deployTargets', () => {
  it('gives each function its managed layers in order, and fails the ones a layer has no version for', () => {
    const layers = [
      layerPlan('util', [{ region: 'us-east-1', status: 'unchanged', arn: arn('util', 4) }], 'unchanged'),
      layerPlan('tools', [{ region: 'eu-west-1', status: 'unchanged', arn: arn('tools', 2) }], 'unchanged'),
    ];
    const scope = functionScope(config, layers);
    const { targets, unresolved } = deployTargets(scope, config, layers, 'deploy');
    expect(targets.map((t) => [t.fn.key, t.desired.map((d) => d.arn)])).toEqual([['api', [arn('util', 4)]]]);
    expect(unresolved).toEqual([
      expect.objectContaining({ key: 'worker', status: 'failed', error: 'not deployed: tools is not published in us-east-1 (add us-east-1 to its regions).' }),
    ]);
  });
});

describe('previewWithoutArns', () => {
  it('names the changed managed layers of each function, without versions, and leaves quiet ones out', () => {
    const layers = [layerPlan('util', [], 'changed'), layerPlan('tools', [], 'no-change')];
    const previews = previewWithoutArns(functionScope(config, layers), layers);
    expect(previews.map((p) => [p.key, p.status, p.newLayers.length])).toEqual([
      ['api', 'would-update', 1],
      ['worker', 'would-update', 1],
    ]);
  });
});
