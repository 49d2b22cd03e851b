import { describe, expect, it } from 'vitest';
import { layerProblems, mergeLayers, nextVersionArn, pendingVersion, sameLayers, type DesiredLayer } from '../../src/deploy/layers';

const acct = 'arn:aws:lambda:us-east-1:111111111111:layer';
const other = 'arn:aws:lambda:us-east-1:999999999999:layer';

function desired(key: string, arn: string, extra: Partial<DesiredLayer> = {}): DesiredLayer {
  return { key, layerName: key, arn, architectures: [], type: 'nodejs', ...extra };
}

describe('mergeLayers', () => {
  it('replaces the version of a managed layer in place, between unmanaged ones', () => {
    const current = [`${other}:datadog:40`, `${acct}:shared-deps:3`, `${acct}:hand-made:1`];
    expect(mergeLayers(current, [desired('shared-deps', `${acct}:shared-deps:4`)])).toEqual([
      `${other}:datadog:40`,
      `${acct}:shared-deps:4`,
      `${acct}:hand-made:1`,
    ]);
  });

  it('puts a planned next version where the current one is', () => {
    const planned = nextVersionArn(`${acct}:shared-deps:3`);
    expect(planned).toBe(`${acct}:shared-deps:next`);
    expect(nextVersionArn(planned)).toBe(planned);
    expect(mergeLayers([`${other}:datadog:40`, `${acct}:shared-deps:3`], [desired('shared-deps', planned)])).toEqual([
      `${other}:datadog:40`,
      planned,
    ]);
  });

  it('puts a planned version without an ARN (no version listed) where a version of that name is, else appends it', () => {
    const planned = pendingVersion('shared-deps');
    expect(mergeLayers([`${acct}:shared-deps:3`, `${other}:datadog:40`], [desired('shared-deps', planned)])).toEqual([planned, `${other}:datadog:40`]);
    expect(mergeLayers([`${other}:datadog:40`], [desired('shared-deps', planned)])).toEqual([`${other}:datadog:40`, planned]);
  });

  it('appends missing managed layers in the configured order after the existing ones', () => {
    const current = [`${other}:datadog:40`, `${acct}:tools:2`];
    const want = [desired('runtime', `${acct}:runtime:9`), desired('tools', `${acct}:tools:3`), desired('deps', `${acct}:deps:1`)];
    expect(mergeLayers(current, want)).toEqual([`${other}:datadog:40`, `${acct}:tools:3`, `${acct}:runtime:9`, `${acct}:deps:1`]);
  });

  it('keeps unmanaged layers in their order, including one with the same name in another account', () => {
    const current = [`${other}:shared-deps:12`, `${other}:b:1`, `${other}:a:1`];
    expect(mergeLayers(current, [desired('shared-deps', `${acct}:shared-deps:4`)])).toEqual([
      `${other}:shared-deps:12`,
      `${other}:b:1`,
      `${other}:a:1`,
      `${acct}:shared-deps:4`,
    ]);
  });

  it('changes nothing when the function already has the desired versions', () => {
    const current = [`${acct}:deps:4`, `${other}:x:7`];
    const merged = mergeLayers(current, [desired('deps', `${acct}:deps:4`)]);
    expect(merged).toEqual(current);
    expect(sameLayers(merged, current)).toBe(true);
  });

  it('treats version 1 and 11 as the same layer but different versions', () => {
    expect(mergeLayers([`${acct}:deps:1`], [desired('deps', `${acct}:deps:11`)])).toEqual([`${acct}:deps:11`]);
  });

  it('starts from an empty list', () => {
    expect(mergeLayers([], [desired('a', `${acct}:a:1`), desired('b', `${acct}:b:2`)])).toEqual([`${acct}:a:1`, `${acct}:b:2`]);
  });
});

describe('sameLayers', () => {
  it('is order-sensitive, since order is the extraction order', () => {
    expect(sameLayers([`${acct}:a:1`, `${acct}:b:1`], [`${acct}:b:1`, `${acct}:a:1`])).toBe(false);
    expect(sameLayers([`${acct}:a:1`], [`${acct}:a:1`, `${acct}:b:1`])).toBe(false);
    expect(sameLayers([], [])).toBe(true);
  });
});

describe('layerProblems', () => {
  const fn = { key: 'orders-api', region: 'us-east-1', architecture: 'arm64' };

  it('refuses a sixth layer, naming the function, region, layers and the fix', () => {
    const merged = ['a:1', 'b:1', 'c:1', 'd:1', 'e:1', 'f:1'].map((l) => `${acct}:${l}`);
    const [problem, ...rest] = layerProblems(fn, merged, [desired('f', `${acct}:f:1`)]);
    expect(rest).toEqual([]);
    expect(problem).toContain('orders-api (us-east-1) would have 6 layers');
    expect(problem).toContain('a:1, b:1, c:1, d:1, e:1, f:1');
    expect(problem).toContain('remove one from lambda-layers.yml or from the function');
    expect(layerProblems(fn, merged.slice(0, 5), [])).toEqual([]);
  });

  it('refuses a runtime layer built for another architecture, not other layer types', () => {
    const runtime = desired('go-runtime', `${acct}:go-runtime:2`, { type: 'runtime', architectures: ['x86_64'] });
    const deps = desired('deps', `${acct}:deps:2`, { type: 'nodejs', architectures: ['x86_64'] });
    const problems = layerProblems(fn, [runtime.arn, deps.arn], [runtime, deps]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/orders-api \(us-east-1\) runs on arm64 but runtime layer go-runtime is built for x86_64/);
    expect(problems[0]).toContain('layers.go-runtime.architectures');
    expect(layerProblems({ ...fn, architecture: 'x86_64' }, [runtime.arn], [runtime])).toEqual([]);
  });
});
