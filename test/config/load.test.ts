import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load';
import { changedKeys, normalizedLayer } from '../../src/config/normalize';

const VALID = `version: 1
layerPrefix: acme-
regions: [us-east-1]
layers:
  shared-deps:
    type: nodejs
    path: layers/shared-deps/
    runtimes: [nodejs22.x]
    architectures: [arm64]
    inputs: ["config/shared/**"]
    license: MIT
    shareWith: ["123456789012"]
  go-runtime:
    type: runtime
    path: runtimes/go
    build: make bootstrap
    output: dist
    smokeTest:
      event: test/event.json
      expect: {"ok": true}
functions:
  orders-api:
    layers: [shared-deps, go-runtime]
    alias: live
  billing:
    arn: arn:aws:lambda:eu-west-1:123456789012:function:billing
    layers: [shared-deps]
    regions: [eu-west-1]
`;

const parse = (text: string) => parseConfig(text, 'lambda-layers.yml', { repoRoot: '/nowhere', checkPaths: false });

describe('parseConfig', () => {
  it('turns a valid file into the normalized Config', () => {
    const { config, problems } = parse(VALID);
    expect(problems).toEqual([]);
    expect(config).toEqual({
      file: 'lambda-layers.yml',
      version: 1,
      layerPrefix: 'acme-',
      regions: ['us-east-1'],
      layers: [
        {
          key: 'shared-deps', type: 'nodejs', path: 'layers/shared-deps', layerName: 'acme-shared-deps',
          runtimes: ['nodejs22.x'], architectures: ['arm64'], inputs: ['config/shared/**'], license: 'MIT',
          description: undefined, shareWith: ['123456789012'], build: undefined, output: undefined, smokeTest: undefined,
          timeoutMinutes: 30, allowScripts: [], regions: ['us-east-1'],
        },
        {
          key: 'go-runtime', type: 'runtime', path: 'runtimes/go', layerName: 'acme-go-runtime', runtimes: [],
          architectures: ['x86_64'], inputs: [], license: undefined, description: undefined, shareWith: [],
          build: 'make bootstrap', output: 'dist', smokeTest: { event: 'test/event.json', expect: { ok: true }, timeoutSeconds: 10 },
          timeoutMinutes: 30, allowScripts: [], regions: ['us-east-1'],
        },
      ],
      functions: [
        { key: 'orders-api', name: 'orders-api', layers: ['shared-deps', 'go-runtime'], regions: ['us-east-1'], alias: 'live' },
        { key: 'billing', name: 'arn:aws:lambda:eu-west-1:123456789012:function:billing', layers: ['shared-deps'], regions: ['eu-west-1'] },
      ],
    });
  });

  it('locates an unknown key and suggests the intended one', () => {
    const { config, problems } = parse(VALID.replace('    runtimes: [nodejs22.x]', '    runtime: [nodejs22.x]'));
    expect(config).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'lambda-layers.yml', line: 8, column: 5, key: 'layers.shared-deps.runtime' });
    expect(problems[0].message).toContain("did you mean 'runtimes'?");
  });

  it('reports every semantic problem at once, each on its own line', () => {
    const text = `version: 1
regions: [us-east-1]
layers:
  api:
    type: nodejs
    path: ../outside
    runtimes: [nodejs22.y]
    architectures: [arm65]
  tools:
    type: custom
    path: tools
functions:
  orders:
    layers: [apy, tools, api, tools]
  big:
    layers: [api, tools, api, tools, api, tools]
`;
    const { problems } = parse(text);
    const byKey = Object.fromEntries(problems.map((p) => [p.key, p]));
    expect(byKey['layers.api.path']).toMatchObject({ line: 6, column: 11 });
    expect(byKey['layers.api.path'].message).toContain('outside the repository');
    expect(byKey['layers.api.runtimes[0]']).toMatchObject({ line: 7, column: 16 });
    expect(byKey['layers.api.runtimes[0]'].message).toContain("did you mean 'nodejs22.x'?");
    expect(byKey['layers.api.architectures[0]'].message).toContain('valid: arm64, x86_64');
    expect(byKey['layers.tools'].message).toContain('needs both `build`');
    expect(byKey['functions.orders.layers[0]']).toMatchObject({ line: 14, column: 14 });
    expect(byKey['functions.orders.layers[0]'].message).toContain("Did you mean 'api'?");
    expect(byKey['functions.orders.layers[3]'].message).toContain('listed twice');
    expect(byKey['functions.big.layers'].message).toContain('at most 5');
    expect(problems.map((p) => p.line)).toEqual([...problems.map((p) => p.line)].sort((a, b) => a - b));
  });

  it('reports problems the schema finds and problems it cannot express together', () => {
    const { problems } = parse(`version: 1
regions: [us-east-1]
layers:
  tools:
    type: custom
    path: tools
    build: make
    outptu: out
functions:
  api:
    layers: [tolls]
`);
    expect(problems.map((p) => [p.key, p.line])).toEqual([
      ['layers.tools', 4],
      ['layers.tools.outptu', 8],
      ['functions.api.layers[0]', 11],
    ]);
    expect(problems[0].message).toContain('needs both `build` (the shell command) and `output`');
    expect(problems[1].message).toContain("did you mean 'output'?");
    expect(problems[2].message).toContain("Did you mean 'tools'?");
  });

  it('refuses a published name Lambda would reject and two layers publishing under one name', () => {
    const text = `version: 1
layerPrefix: "acme."
regions: [us-east-1]
layers:
  a: { type: custom, path: a, build: make, output: out }
`;
    expect(parse(text).problems[0]).toMatchObject({ key: 'layers.a', line: 5, column: 3 });
    expect(parse(text).problems[0].message).toContain("'acme.a'");

    const clash = `version: 1
regions: [us-east-1]
layers:
  Tools: { type: custom, path: a, build: make, output: out }
  tools: { type: custom, path: b, build: make, output: out }
`;
    expect(parse(clash).problems).toEqual([
      expect.objectContaining({ key: 'layers.tools', line: 5, message: expect.stringContaining("same LayerName as layer 'Tools'") }),
    ]);
  });

  it('reports YAML syntax errors and duplicate keys with their position', () => {
    const duplicate = parse(`version: 1\nlayers:\n  a: { type: custom, path: a, build: x, output: o }\n  a: { type: custom, path: b, build: x, output: o }\n`);
    expect(duplicate.problems).toHaveLength(1);
    expect(duplicate.problems[0]).toMatchObject({ line: 4, key: '(yaml)' });
    expect(duplicate.problems[0].message).toMatch(/unique/i);
  });

  it('checks enums, patterns and required keys from the schema', () => {
    const { problems } = parse(`version: 2
layers:
  a:
    type: java
    path: a
    shareWith: ["12345"]
functions:
  f: { regions: [us-east-1] }
`);
    expect(problems.map((p) => [p.key, p.line])).toEqual([
      ['version', 1],
      ['layers.a', 3],
      ['layers.a.type', 4],
      ['layers.a.shareWith[0]', 6],
      ['functions.f', 8],
    ]);
    expect(problems[1].message).toContain('has no regions');
    expect(problems[2].message).toContain('nodejs, python, runtime, custom');
    expect(problems[3].message).toContain('12-digit account id');
    expect(problems[4].message).toContain("missing required key 'layers'");
  });

  it('reads discover as a boolean, off unless set', () => {
    expect(parse(VALID).config!.discover).toBeUndefined();
    expect(parse(VALID.replace('functions:', 'discover: true\nfunctions:')).config!.discover).toBe(true);
    const { problems } = parse(VALID.replace('functions:', 'discover: sometimes\nfunctions:'));
    expect(problems.map((p) => [p.key, p.line])).toEqual([['discover', 21]]);
    expect(problems[0].message).toMatch(/boolean/);
  });
});

describe('paths on disk', () => {
  let repo: string;
  let outside: string;
  beforeAll(async () => {
    repo = await mkdtemp(path.join(os.tmpdir(), 'lla-config-'));
    outside = await mkdtemp(path.join(os.tmpdir(), 'lla-outside-'));
    await mkdir(path.join(repo, 'layers/api'), { recursive: true });
    await symlink(outside, path.join(repo, 'layers/escape'));
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it('refuses missing folders, symlinks out of the repository and a nodejs layer without package.json', async () => {
    await writeFile(
      path.join(repo, 'lambda-layers.yml'),
      `version: 1
regions: [us-east-1]
layers:
  api: { type: nodejs, path: layers/api }
  gone: { type: custom, path: layers/gone, build: make, output: out }
  escape: { type: custom, path: layers/escape, build: make, output: out }
`,
    );
    const error = await loadConfig(repo, 'lambda-layers.yml').catch((e) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => [p.key, p.line])).toEqual([
      ['layers.api.path', 4],
      ['layers.gone.path', 5],
      ['layers.escape.path', 6],
    ]);
    expect(error.message).toContain('needs package.json');
    expect(error.message).toContain('does not exist');
    expect(error.message).toContain('symlink that leaves the repository');
  });

  it('names the file and the input when the configuration is missing', async () => {
    await expect(loadConfig(repo, 'nope.yml')).rejects.toThrow(/'nope.yml' was not found.*'config' input/);
  });
});

describe('normalizedLayer and changedKeys', () => {
  const { config } = parse(VALID);
  const layer = config!.layers[0];

  it('ignores settings that do not change the content', () => {
    expect(changedKeys(layer, { ...layer, regions: ['eu-west-1'], shareWith: ['*'] })).toEqual([]);
    expect(JSON.stringify(normalizedLayer(layer))).toBe(JSON.stringify(normalizedLayer({ ...layer, regions: [] })));
  });

  it('names the keys that do', () => {
    expect(changedKeys(layer, { ...layer, runtimes: ['nodejs24.x'], license: 'Apache-2.0' })).toEqual(['runtimes', 'license']);
    expect(changedKeys(undefined, layer)).toEqual(['(new layer)']);
  });
});
