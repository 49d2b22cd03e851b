import { describe, expect, it } from 'vitest';
import { Output } from '../../src/inputs';
import { planOutputs } from '../../src/report/outputs';
import type { Plan } from '../../src/types';
import { arn, smallPlan, unchangedLayer } from './fixtures';

describe('planOutputs', () => {
  it('gives every output of the action as the exact strings the runner stores', () => {
    const plan = smallPlan();
    const out = planOutputs(plan);
    expect(Object.keys(out).sort()).toEqual(Object.values(Output).sort());
    expect(out).toEqual({
      'has-changes': 'true',
      'changed-layers': '["shared-deps","go-runtime","tools"]',
      'layer-arns':
        '{"shared-deps":"arn:aws:lambda:us-east-1:123456789012:layer:acme-shared-deps:4",' +
        '"go-runtime":"arn:aws:lambda:us-east-1:123456789012:layer:acme-go-runtime:7",' +
        '"tools":"arn:aws:lambda:us-east-1:123456789012:layer:acme-tools:2",' +
        '"py-libs":"arn:aws:lambda:us-east-1:123456789012:layer:acme-py-libs:5"}',
      'layer-arns-by-region':
        '{"us-east-1":{"shared-deps":"arn:aws:lambda:us-east-1:123456789012:layer:acme-shared-deps:4",' +
        '"go-runtime":"arn:aws:lambda:us-east-1:123456789012:layer:acme-go-runtime:7",' +
        '"tools":"arn:aws:lambda:us-east-1:123456789012:layer:acme-tools:2",' +
        '"py-libs":"arn:aws:lambda:us-east-1:123456789012:layer:acme-py-libs:5"},' +
        '"eu-west-1":{"shared-deps":"arn:aws:lambda:eu-west-1:123456789012:layer:acme-shared-deps:1"}}',
      'updated-functions': '["orders-api"]',
      matrix: '{"include":[{"layer":"shared-deps"},{"layer":"go-runtime"},{"layer":"tools"}]}',
      plan: JSON.stringify(plan),
    });
    expect(JSON.parse(out.plan)).toEqual(plan);
  });

  it('reports no changes, an empty matrix and the current ARNs when everything is unchanged', () => {
    const plan: Plan = {
      ...smallPlan(),
      mode: 'plan',
      layers: [unchangedLayer('a', 1), { ...unchangedLayer('new', 0), status: 'unchanged', regions: [{ region: 'us-east-1', status: 'unchanged' }] }],
      functions: [],
    };
    const out = planOutputs(plan);
    expect(out['has-changes']).toBe('false');
    expect(out['changed-layers']).toBe('[]');
    expect(out.matrix).toBe('{"include":[]}');
    expect(out['layer-arns']).toBe(JSON.stringify({ a: arn('acme-a', 1) }));
    expect(out['updated-functions']).toBe('[]');
  });

  it('counts a layer to be rebuilt in plan mode, keeping its current ARN', () => {
    const plan: Plan = {
      ...smallPlan(),
      mode: 'plan',
      layers: [{ ...unchangedLayer('a', 1), status: 'changed', regions: [{ region: 'us-east-1', status: 'changed', previousArn: arn('acme-a', 1) }] }],
      functions: [{ key: 'f', name: 'f', region: 'us-east-1', status: 'would-update', oldLayers: [], newLayers: [] }],
    };
    const out = planOutputs(plan);
    expect(out['has-changes']).toBe('true');
    expect(out.matrix).toBe('{"include":[{"layer":"a"}]}');
    expect(out['layer-arns']).toBe(JSON.stringify({ a: arn('acme-a', 1) }));
    expect(out['updated-functions']).toBe('[]');
  });
});
