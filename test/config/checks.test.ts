// Configuration that names the wrong thing: refused when the file is read, each problem on its own line.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load';

const parse = (text: string) => parseConfig(text, 'lambda-layers.yml', { repoRoot: '/work/repo', checkPaths: false, today: '2026-12-01' });

const config = (layer: string, functions = '  api:\n    layers: [util]\n') => `version: 1
regions: [us-east-1]
layers:
  util:
    type: custom
${layer}    build: make
    output: out
functions:
${functions}`;
const PATH = '    path: layers/util\n';

describe('function checks', () => {
  it('refuses a function ARN outside its regions, naming both', async () => {
    const { problems } = await parse(config(PATH, `  billing:
    arn: arn:aws:lambda:eu-west-1:123456789012:function:billing
    layers: [util]
`));
    expect(problems).toEqual([
      expect.objectContaining({
        key: 'functions.billing.arn',
        line: 11,
        message: expect.stringMatching(/is in eu-west-1, but the function's regions are us-east-1: .*regions: \[eu-west-1\]/),
      }),
    ]);
  });

  it('refuses an ARN whose regions list others too: it names one function in one region', async () => {
    const { problems } = await parse(config(PATH, `  billing:
    arn: arn:aws:lambda:eu-west-1:123456789012:function:billing
    regions: [eu-west-1, us-east-1]
    layers: [util]
`));
    expect(problems).toEqual([expect.objectContaining({ key: 'functions.billing.arn', message: expect.stringContaining('set `regions: [eu-west-1]`') })]);
  });

  it('accepts an ARN in its region, also given as `name`', async () => {
    const { problems } = await parse(config(PATH, `  billing:
    name: arn:aws:lambda:us-east-1:123456789012:function:billing
    layers: [util]
    regions: [us-east-1]
`));
    expect(problems).toEqual([]);
  });

  it('refuses one function under two keys (by key, name or ARN, in a shared region), with both lines', async () => {
    const { problems } = await parse(config(PATH, `  api:
    layers: [util]
  api-again:
    name: api
    layers: [util]
  api-arn:
    arn: arn:aws:lambda:us-east-1:123456789012:function:api
    layers: [util]
  api-elsewhere:
    name: api
    regions: [eu-west-1]
    layers: [util]
`));
    expect(problems.map((p) => [p.key, p.line])).toEqual([
      ['functions.api', 10],
      ['functions.api-again', 12],
      ['functions.api-arn', 15],
    ]);
    expect(problems[0].message).toBe("names function 'api' in us-east-1, as functions.api-again and functions.api-arn do: one function is deployed from one key; keep one of them.");
    expect(problems[1].message).toContain('as functions.api and functions.api-arn do');
  });
});

describe('layer path checks', () => {
  it.each(['.git', '.git/hooks', 'layers/.git'])('refuses path %s: git data is never a layer', async (value) => {
    const { problems } = await parse(config(`    path: ${value}\n`));
    expect(problems).toEqual([
      expect.objectContaining({ key: 'layers.util.path', line: 6, message: expect.stringContaining(`'${value}' is inside a .git folder`) }),
    ]);
  });

  it('refuses an absolute path inside the repository, suggesting the relative one', async () => {
    const { problems } = await parse(config('    path: /work/repo/layers/util\n'));
    expect(problems).toEqual([
      expect.objectContaining({
        key: 'layers.util.path',
        message: "'/work/repo/layers/util' is absolute, but paths are relative to the repository root: write 'layers/util'.",
      }),
    ]);
  });

  it('says paths are relative for an absolute path elsewhere too', async () => {
    const { problems } = await parse(config('    path: /opt/util\n'));
    expect(problems[0].message).toBe("'/opt/util' is outside the repository; paths are relative to the repository root: use a folder inside it.");
  });
});
