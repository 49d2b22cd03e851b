// Configuration that names the wrong thing: refused when the file is read, each problem on its own line.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load';
import { cleanupRepos, tempDir } from '../support/repo';

afterAll(cleanupRepos);

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

describe('layer checks that name what was meant', () => {
  const layerConfig = (body: string) => `version: 1\nregions: [us-east-1]\nlayers:\n  deps:\n${body}`;

  it('refuses runtimes of another language than the layer type lays out, naming ones that fit', async () => {
    const { problems } = await parse(layerConfig('    type: nodejs\n    path: layers/deps\n    runtimes: [nodejs22.x, python3.12]\n'));
    expect(problems).toEqual([
      expect.objectContaining({
        key: 'layers.deps.runtimes[1]',
        line: 7,
        message: expect.stringMatching(/^runtime 'python3.12' does not fit a 'nodejs' layer: its packages go to nodejs\/node_modules.*Use nodejs24.x, nodejs22.x/),
      }),
    ]);
    const runtime = await parse(layerConfig('    type: runtime\n    path: rt\n    build: make\n    output: out\n    runtimes: [nodejs22.x]\n'));
    expect(runtime.problems).toEqual([expect.objectContaining({ key: 'layers.deps.runtimes[0]', message: expect.stringMatching(/only on the OS-only runtimes. Use provided.al2023/) })]);
    const custom = await parse(layerConfig('    type: custom\n    path: x\n    build: make\n    output: out\n    runtimes: [nodejs22.x, python3.12]\n'));
    expect(custom.problems).toEqual([]);
  });

  it('suggests the architecture another tool calls by another name', async () => {
    const messages = async (architectures: string) =>
      (await parse(layerConfig(`    type: custom\n    path: x\n    build: make\n    output: out\n    architectures: ${architectures}\n`))).problems.map((p) => p.message);
    expect(await messages('[amd64, aarch64]')).toEqual([
      "unknown architecture 'amd64'; did you mean 'x86_64'? Valid: arm64, x86_64.",
      "unknown architecture 'aarch64'; did you mean 'arm64'? Valid: arm64, x86_64.",
    ]);
    expect(await messages('[arm65]')).toEqual(["unknown architecture 'arm65'; did you mean 'arm64'? Valid: arm64, x86_64."]);
  });

  it('suggests the folder a mistyped path probably means, and only a near one', async () => {
    const repoRoot = await tempDir('lla-checks-');
    for (const dir of ['layers/shared-deps', 'layers/other', 'runtimes/go']) await mkdir(path.join(repoRoot, dir), { recursive: true });
    const check = async (dir: string) =>
      (await parseConfig(layerConfig(`    type: custom\n    path: ${dir}\n    build: make\n    output: out\n`), 'lambda-layers.yml', { repoRoot })).problems.map((p) => p.message);
    expect(await check('layers/shared-dep')).toEqual(["folder 'layers/shared-dep' does not exist in the repository. Did you mean 'layers/shared-deps'?"]);
    expect(await check('runtime/go')).toEqual(["folder 'runtime/go' does not exist in the repository. Did you mean 'runtimes/go'?"]);
    expect(await check('runtime/rust')).toEqual(["folder 'runtime/rust' does not exist in the repository. Did you mean 'runtimes'?"]);
    expect(await check('layers/billing')).toEqual(["folder 'layers/billing' does not exist in the repository."]);
  });
});
