// `npm run demo` as a test: the bundled action on examples/monorepo, through the whole story CONTRIBUTING.md tells.
import { describe, expect, it } from 'vitest';
import { demoEnding, runDemo, VENDOR_LAYER, type DemoRun } from './support/demo';
import { visibleLog } from './support/runner';

const layer = (name: string, version: number) => `arn:aws:lambda:us-east-1:123456789012:layer:acme-${name}:${version}`;
const output = (run: DemoRun, step: number, name: string) => JSON.parse(run.steps[step].result.outputs[name]);

describe('the demo on examples/monorepo', () => {
  it('publishes everything once, plans a shared-package change, republishes only its dependents, then deploys', { timeout: 240_000 }, async () => {
    const run = await runDemo();

    expect(run.steps.map((s) => s.title)).toEqual(['First push to main', 'Pull request #42', 'Merge to main', 'Tag v1.0.0']);
    expect(Object.values(run.publishes)).toEqual([4, 0, 2, 0]);

    expect(output(run, 0, 'changed-layers')).toEqual(['shared-deps', 'api-deps', 'py-utils', 'exec-runtime']);
    const pr = output(run, 1, 'plan');
    expect(pr.mode).toBe('plan');
    expect(output(run, 1, 'changed-layers')).toEqual(['shared-deps', 'api-deps']);
    const apiDeps = pr.layers.find((l: any) => l.key === 'api-deps');
    expect(apiDeps.reasons.packages).toEqual(['@acme/logger']);
    expect(run.comment).toContain('api-deps');
    expect(run.comment).toContain('orders-api');

    expect(output(run, 2, 'changed-layers')).toEqual(['shared-deps', 'api-deps']);
    expect(output(run, 2, 'layer-arns')).toEqual({
      'shared-deps': layer('shared-deps', 2),
      'api-deps': layer('api-deps', 2),
      'py-utils': layer('py-utils', 1),
      'exec-runtime': layer('exec-runtime', 1),
    });

    expect(run.steps[1].result.stdout).toMatch(/Plan saved to .*lambda-layers-plan\.json/);
    expect(run.steps[3].result.stdout).toMatch(/Applying the saved plan .*lambda-layers-plan\.json .*every layer is as planned/);
    expect(output(run, 3, 'changed-layers')).toEqual([]);
    expect(output(run, 3, 'updated-functions').sort()).toEqual(['edge-proxy', 'orders-api', 'reports']);
    expect(run.functions).toEqual({
      'orders-api': [VENDOR_LAYER, layer('shared-deps', 2), layer('api-deps', 2)],
      reports: [layer('py-utils', 1)],
      'edge-proxy': [layer('exec-runtime', 1)],
    });
    // ssm.prefix: Terraform and CDK read the same current versions from SSM.
    expect(run.parameters).toEqual(output(run, 2, 'layer-arns'));
    for (const step of run.steps) expect(visibleLog(step.result)).not.toContain('ghs_demo-token');

    // The demo ends by printing, once, the Markdown GitHub would render: the deploy's job summary and the PR comment.
    const ending = demoEnding(run);
    const summary = run.steps[3].result.summary.trim();
    const comment = run.comment!.trim();
    expect(summary).toMatch(/^\|.*\|$/m);
    expect(summary).toContain('orders-api');
    expect(comment).toMatch(/^\|.*\|$/m);
    expect(ending.split(summary)).toHaveLength(2);
    expect(ending.split(comment)).toHaveLength(2);
    expect(ending.indexOf('The job summary of "Tag v1.0.0"')).toBeLessThan(ending.indexOf(summary));
    expect(ending.indexOf('The comment on pull request #42')).toBeLessThan(ending.indexOf(comment));
  });
});
