// The plan's decisions for layers, with literal inputs: what Lambda has, what git saw, and the inputs.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs';
import { buildsLayer, decideLayer, needsFingerprints, scoped, summarize, uncommittedInputs, uncommittedRefusal } from '../../src/plan/layers';
import type { Config, Reasons } from '../../src/types';
import { layer } from '../detect/fixture';

const noReasons = (): Reasons => ({ files: [], packages: [], lockfile: [], config: [], other: [] });
const util = layer('util', 'nodejs', 'layers/util', { regions: ['us-east-1', 'eu-west-1'], shareWith: ['111122223333'] });
const arn = (v: number, region = 'us-east-1') => `arn:aws:lambda:${region}:123456789012:layer:util:${v}`;
const FP = 'a'.repeat(64);

describe('decideLayer', () => {
  it('from git alone: changed when git saw a reason, else no change since the base (never unchanged)', () => {
    const changed = decideLayer({ layer: util, fingerprint: FP, reasons: { ...noReasons(), files: ['layers/util/index.js'] }, force: false, uncommitted: [] }, 'plan');
    expect(changed.status).toBe('changed');
    expect(changed.regions.map((r) => r.status)).toEqual(['changed', 'changed']);
    const quiet = decideLayer({ layer: util, fingerprint: FP, reasons: noReasons(), force: false, uncommitted: [] }, 'plan');
    expect(quiet.status).toBe('no-change');
    expect(quiet.regions.every((r) => r.arn === undefined)).toBe(true);
  });

  it('with AWS: unchanged where a version carries the fingerprint, changed (and why) where none does', () => {
    const plan = decideLayer(
      {
        layer: util,
        fingerprint: FP,
        reasons: noReasons(),
        lookups: [{ latest: { arn: arn(3), version: 3 }, match: { arn: arn(3), version: 3 } }, { latest: { arn: arn(1, 'eu-west-1'), version: 1 } }],
        force: false,
        uncommitted: [],
      },
      'publish',
    );
    expect(plan.status).toBe('changed');
    expect(plan.regions).toEqual([
      { region: 'us-east-1', status: 'unchanged', previousArn: arn(3), arn: arn(3) },
      { region: 'eu-west-1', status: 'changed', previousArn: arn(1, 'eu-west-1'), arn: undefined },
    ]);
    expect(plan.reasons.other).toEqual([`no published version carries fingerprint ${FP.slice(0, 12)}`]);
    expect(buildsLayer(plan, 'publish')).toBe(true);
    expect(buildsLayer(plan, 'plan')).toBe(false);
  });

  it('names the version whose zip a rebuild recorded, and previews the grants of a version to publish in a plan only', () => {
    const lookups = [{ latest: { arn: arn(2), version: 2 }, match: { arn: arn(2), version: 2, recorded: true as const } }, { latest: { arn: arn(1, 'eu-west-1'), version: 1 } }];
    const plan = decideLayer({ layer: util, fingerprint: FP, reasons: noReasons(), lookups, force: false, uncommitted: [] }, 'plan');
    expect(plan.regions[0]).toMatchObject({ status: 'unchanged', arn: arn(2), sameZip: true });
    expect(plan.regions[1]).toMatchObject({ status: 'changed', missingGrants: ['111122223333'] });
    const publishing = decideLayer({ layer: util, fingerprint: FP, reasons: noReasons(), lookups, force: false, uncommitted: [] }, 'publish');
    expect(publishing.regions[1].missingGrants).toBeUndefined();
  });

  it('rebuilds everything under force, saying so, and leaves the detected reasons as they were', () => {
    const reasons = noReasons();
    const lookups = [{ latest: { arn: arn(3), version: 3 }, match: { arn: arn(3), version: 3 } }, undefined];
    const plan = decideLayer({ layer: util, fingerprint: FP, reasons, lookups, force: true, uncommitted: ['layers/util/a.js'] }, 'publish');
    expect(plan).toMatchObject({ status: 'changed', uncommitted: ['layers/util/a.js'], reasons: { other: ["the 'force' input is true"] } });
    expect(reasons.other).toEqual([]);
  });

  it('summarizes regions by the most telling status', () => {
    const states = (...statuses: string[]) => statuses.map((status) => ({ region: 'r', status }) as never);
    expect(summarize(states('unchanged', 'published'))).toBe('published');
    expect(summarize(states('reused', 'failed'))).toBe('failed');
    expect(summarize(states('no-change'))).toBe('no-change');
  });
});

describe('needsFingerprints', () => {
  it('a plan from git alone reads none; AWS look-ups, a saved plan, publish and deploy do', () => {
    expect(needsFingerprints('plan', undefined, false)).toBe(false);
    expect(needsFingerprints('plan', undefined, true)).toBe(true);
    expect(needsFingerprints('plan', 'plan.json', false)).toBe(true);
    expect(needsFingerprints('publish', undefined, false)).toBe(true);
    expect(needsFingerprints('deploy', undefined, false)).toBe(true);
  });

  it('a layer planned from git alone carries no fingerprint', () => {
    const plan = decideLayer({ layer: layer('a', 'runtime', 'a'), reasons: { files: ['a/x'], packages: [], lockfile: [], config: [], other: [] }, force: false, uncommitted: [] }, 'plan');
    expect(plan.status).toBe('changed');
    expect(plan).not.toHaveProperty('fingerprint');
  });
});

describe('scoped', () => {
  const config = { file: 'lambda-layers.yml', layers: [util, { ...util, key: 'other' }], functions: [{ key: 'api', name: 'api', layers: ['util'], regions: ['us-east-1'] }] } as Config;

  it('keeps the layers the input names and applies its regions to layers and functions', () => {
    const result = scoped(config, { layers: ['util'], regions: ['ap-south-1'] });
    expect(result.layers.map((l) => [l.key, l.regions])).toEqual([['util', ['ap-south-1']]]);
    expect(result.functions[0].regions).toEqual(['ap-south-1']);
  });

  it('refuses a key the configuration does not have, naming the input and the keys it has', () => {
    expect(() => scoped(config, { layers: ['utl'], regions: [] })).toThrow(InputError);
    expect(() => scoped(config, { layers: ['utl'], regions: [] })).toThrow(/layer keys from lambda-layers.yml: util, other/);
  });
});

describe('uncommitted inputs', () => {
  const config = { file: 'lambda-layers.yml', layers: [util, { ...util, key: 'other', path: 'layers/other' }], functions: [] } as unknown as Config;

  it('adds the configuration file to a layer whose own keys are edited and uncommitted', () => {
    const head = { ...config, layers: [{ ...util, runtimes: ['nodejs20.x'] }, config.layers[1]] };
    const files = uncommittedInputs(config, head, (key) => (key === 'other' ? ['layers/other/x.js'] : []));
    expect([...files]).toEqual([
      ['util', ['lambda-layers.yml']],
      ['other', ['layers/other/x.js']],
    ]);
  });

  it('stops the command line before building, naming layers and files, unless allowed or only planning', () => {
    const files = new Map([['util', ['layers/util/index.js']], ['other', []]]);
    expect(uncommittedRefusal('publish', true, files)).toMatch(/^Uncommitted changes in the inputs of util \(layers\/util\/index.js\)\..*--allow-dirty to publish them/);
    expect(uncommittedRefusal('plan', true, files)).toBeUndefined();
    expect(uncommittedRefusal('deploy', false, files)).toBeUndefined();
    expect(uncommittedRefusal('deploy', true, new Map([['util', []]]))).toBeUndefined();
  });
});
