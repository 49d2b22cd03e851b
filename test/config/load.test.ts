import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load';
import { parseLocated } from '../../src/config/located';
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

const parse = (text: string) => parseConfig(text, 'lambda-layers.yml', { repoRoot: '/nowhere', checkPaths: false, today: '2026-12-01' });

describe('parseConfig', () => {
  it('turns a valid file into the normalized Config', async () => {
    const { config, problems } = await parse(VALID);
    expect(problems).toEqual([]);
    expect(config).toEqual({
      file: 'lambda-layers.yml',
      version: 1,
      layerPrefix: 'acme-',
      regions: ['us-east-1'],
      layers: [
        {
          key: 'shared-deps', type: 'nodejs', path: 'layers/shared-deps', layerName: 'acme-shared-deps',
          runtimes: ['nodejs22.x'], architectures: ['arm64'], inputs: ['config/shared/**'], exclude: [], slim: [], license: 'MIT',
          description: undefined, shareWith: ['123456789012'], build: undefined, output: undefined, smokeTest: undefined,
          timeoutMinutes: 30, allowScripts: [], regions: ['us-east-1'],
        },
        {
          key: 'go-runtime', type: 'runtime', path: 'runtimes/go', layerName: 'acme-go-runtime', runtimes: [],
          architectures: ['x86_64'], inputs: [], exclude: [], slim: [], license: undefined, description: undefined, shareWith: [],
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

  it('locates an unknown key and suggests the intended one', async () => {
    const { config, problems } = await parse(VALID.replace('    runtimes: [nodejs22.x]', '    runtime: [nodejs22.x]'));
    expect(config).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'lambda-layers.yml', line: 8, column: 5, key: 'layers.shared-deps.runtime' });
    expect(problems[0].message).toContain("did you mean 'runtimes'?");
  });

  it('reports every semantic problem at once, each on its own line', async () => {
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
    const { problems } = await parse(text);
    const byKey = Object.fromEntries(problems.map((p) => [p.key, p]));
    expect(byKey['layers.api.path']).toMatchObject({ line: 6, column: 11 });
    expect(byKey['layers.api.path'].message).toContain('outside the repository');
    expect(byKey['layers.api.runtimes[0]']).toMatchObject({ line: 7, column: 16 });
    expect(byKey['layers.api.runtimes[0]'].message).toContain("did you mean 'nodejs22.x'?");
    expect(byKey['layers.api.architectures[0]'].message).toContain('Valid: arm64, x86_64');
    expect(byKey['layers.tools'].message).toContain('needs both `build`');
    expect(byKey['functions.orders.layers[0]']).toMatchObject({ line: 14, column: 14 });
    expect(byKey['functions.orders.layers[0]'].message).toContain("Did you mean 'api'?");
    expect(byKey['functions.orders.layers[3]'].message).toContain('listed twice');
    expect(byKey['functions.big.layers'].message).toContain('at most 5');
    expect(problems.map((p) => p.line)).toEqual([...problems.map((p) => p.line)].sort((a, b) => a - b));
  });

  it('reports problems the schema finds and problems it cannot express together', async () => {
    const { problems } = await parse(`version: 1
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

  it('takes `inputs` and `exclude` from `defaults` first, then from the layer, into the fingerprinted configuration', async () => {
    const { config, problems } = await parse(`version: 1
regions: [us-east-1]
defaults:
  inputs: [tsconfig.base.json]
  exclude: ["**/docs/**"]
layers:
  tools: { type: custom, path: tools, build: make, output: out, exclude: ["tools/README.md"] }
`);
    expect(problems).toEqual([]);
    expect(config!.layers[0]).toMatchObject({ inputs: ['tsconfig.base.json'], exclude: ['**/docs/**', 'tools/README.md'] });
    expect(normalizedLayer(config!.layers[0])).toMatchObject({ exclude: ['**/docs/**', 'tools/README.md'] });
    expect(changedKeys(config!.layers[0], { ...config!.layers[0], exclude: [] })).toEqual(['exclude']);
  });

  it('locates bad `inputs` and `exclude` globs, in a layer and in `defaults`', async () => {
    const { problems } = await parse(`version: 1
regions: [us-east-1]
defaults:
  exclude: ["../secrets/**"]
  inputz: []
layers:
  tools:
    type: custom
    path: tools
    build: make
    output: out
    inputs: ["/etc/**"]
    exclude: ["!keep/**", 3]
`);
    expect(problems.map((p) => [p.key, p.line, p.column])).toEqual([
      ['defaults.exclude[0]', 4, 13],
      ['defaults.inputz', 5, 3],
      ['layers.tools.inputs[0]', 12, 14],
      ['layers.tools.exclude[0]', 13, 15],
      ['layers.tools.exclude[1]', 13, 27],
    ]);
    expect(problems[0].message).toContain('leaves the repository');
    expect(problems[1].message).toContain("did you mean 'inputs'?");
    expect(problems[2].message).toContain('leaves the repository');
    expect(problems[3].message).toContain('negated glob');
    expect(problems[4].message).toContain('string');
  });

  it('takes `slim` from `defaults` first, then from the layer; it changes the fingerprint only when set', async () => {
    const { config, problems } = await parse(`version: 1
regions: [us-east-1]
defaults:
  slim: ["**/*.d.ts"]
layers:
  tools: { type: custom, path: tools, build: make, output: out, slim: ["**/*.map"] }
`);
    expect(problems).toEqual([]);
    const tools = config!.layers[0];
    expect(tools.slim).toEqual(['**/*.d.ts', '**/*.map']);
    expect(normalizedLayer(tools)).toMatchObject({ slim: ['**/*.d.ts', '**/*.map'] });
    expect(normalizedLayer({ ...tools, slim: [] })).not.toHaveProperty('slim');
    expect(changedKeys({ ...tools, slim: [] }, tools)).toEqual(['slim']);
    expect(changedKeys(tools, { ...tools, slim: ['**/*.d.ts'] })).toEqual(['slim']);
  });

  it('locates bad `slim` globs, in a layer and in `defaults`, with the form to write', async () => {
    const { problems } = await parse(`version: 1
regions: [us-east-1]
defaults:
  slim: ["/opt/nodejs/node_modules/**/*.md"]
layers:
  tools:
    type: custom
    path: tools
    build: make
    output: out
    slim: ["!**/*.js", "../other/**", 7]
    slimm: []
`);
    expect(problems.map((p) => [p.key, p.line, p.column])).toEqual([
      ['defaults.slim[0]', 4, 10],
      ['layers.tools.slim[0]', 11, 12],
      ['layers.tools.slim[1]', 11, 24],
      ['layers.tools.slim[2]', 11, 39],
      ['layers.tools.slimm', 12, 5],
    ]);
    expect(problems[0].message).toBe(
      "'/opt/nodejs/node_modules/**/*.md' is not a path inside the zip; write slim globs relative to the zip root (what Lambda mounts at /opt), such as 'nodejs/node_modules/**/*.md'.",
    );
    expect(problems[1].message).toBe("'!**/*.js' is a negated glob; slim lists only files to leave out of the zip: narrow the glob instead.");
    expect(problems[2].message).toContain("such as 'other/**'");
    expect(problems[3].message).toContain('string');
    expect(problems[4].message).toContain("did you mean 'slim'?");
  });

  it('refuses a published name Lambda would reject and two layers publishing under one name', async () => {
    const text = `version: 1
layerPrefix: "acme."
regions: [us-east-1]
layers:
  a: { type: custom, path: a, build: make, output: out }
`;
    expect((await parse(text)).problems[0]).toMatchObject({ key: 'layers.a', line: 5, column: 3 });
    expect((await parse(text)).problems[0].message).toContain("'acme.a'");

    const clash = `version: 1
regions: [us-east-1]
layers:
  Tools: { type: custom, path: a, build: make, output: out }
  tools: { type: custom, path: b, build: make, output: out }
`;
    expect((await parse(clash)).problems).toEqual([
      expect.objectContaining({ key: 'layers.tools', line: 5, message: expect.stringContaining("same LayerName as layer 'Tools'") }),
    ]);
  });

  it('reports a duplicate key by name, where it is repeated', async () => {
    const duplicate = await parse(`version: 1\nlayers:\n  a: { type: custom, path: a, build: x, output: o }\n  a: { type: custom, path: b, build: x, output: o }\n`);
    expect(duplicate.problems).toEqual([
      expect.objectContaining({ line: 4, column: 3, key: 'layers.a', message: "duplicate key 'a': it is already set above; keep one of them." }),
    ]);
    const inner = await parse(VALID.replace('    type: nodejs\n', '    type: nodejs\n    type: python\n'));
    expect(inner.problems).toEqual([expect.objectContaining({ line: 7, column: 5, key: 'layers.shared-deps.type' })]);
  });

  it('reports one tab used for indentation once, in words', async () => {
    const tabbed = [
      VALID.replace('    path: layers/shared-deps/', '\tpath: layers/shared-deps/'),
      VALID.replace('  billing:', '\tbilling:'),
      // The parser reads this line as a second top-level `layers:`; that duplicate is a consequence, not a mistake.
      VALID.replace('    layers: [shared-deps]\n', '\tlayers: [shared-deps]\n'),
    ];
    for (const text of tabbed) {
      const { problems } = await parse(text);
      const line = text.split('\n').findIndex((l) => l.startsWith('\t')) + 1;
      expect(problems).toEqual([
        { file: 'lambda-layers.yml', line, column: 1, key: `line ${line}`, message: 'tabs are not allowed for indentation; use spaces.' },
      ]);
    }
  });

  it('reports a tab once wherever it indents: every line of a valid file tried', async () => {
    const lines = VALID.trimEnd().split('\n');
    const indented = lines.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('  '));
    expect(indented).toHaveLength(23);
    for (const [line, i] of indented) {
      const text = [...lines.slice(0, i), line.replace(/^ {2}/, '\t'), ...lines.slice(i + 1)].join('\n');
      expect((await parse(text)).problems, line).toEqual([expect.objectContaining({ line: i + 1, message: 'tabs are not allowed for indentation; use spaces.' })]);
    }
  });

  it('reports only the first of the errors that follow from one syntax error', async () => {
    const { problems } = await parse(VALID.replace('    runtimes: [nodejs22.x]', '    runtimes: [nodejs22.x'));
    expect(problems).toHaveLength(1);
    expect(problems[0].key).toMatch(/^line \d+$/);
  });

  it('says what the common syntax mistakes mean, once, at their line', async () => {
    const cases: [string, number, string][] = [
      [VALID.replace('    type: nodejs', '    type nodejs'), 6, 'this line is neither `key: value` nor `- item`: is the `:`, or the space after it, missing?'],
      [VALID.replace('    path: layers/shared-deps/', '   path: layers/shared-deps/'), 7, 'this key is not indented like the keys above it; keys of one map start in the same column.'],
      [VALID.replace('    license: MIT', '    license: MIT: or Apache'), 11, "YAML reads a second `key: value` in this value: indent the next line like this one, or quote a value that holds ': '."],
      [VALID.replace('    build: make bootstrap', '    build: "make bootstrap'), 16, 'a quoted value is not closed: add the closing quote.'],
      [VALID.replace('    build: make bootstrap', '    build: @make'), 16, "a value cannot start with '@' unless it is quoted: put it in quotes."],
      [VALID.replace('    layers: [shared-deps]\n', '    layers: [shared-deps\n'), 28, 'a [list] or {map} above is not closed: add its ].'],
    ];
    for (const [text, line, message] of cases) expect((await parse(text)).problems, message).toEqual([expect.objectContaining({ line, key: `line ${line}`, message })]);
    expect((await parse(VALID.replace('["config/shared/**"]', '[*.json]'))).problems[0].message).toContain("quote it ('*.json') if it is text, such as a glob");
  });

  it('accepts one anchor used 100 times', async () => {
    const functions = Array.from({ length: 100 }, (_, i) => `  fn-${i}:\n    regions: *regions\n    layers: *layers\n`).join('');
    const text = `version: 1\nregions: &regions [us-east-1, eu-west-1]\nlayers:\n  a: { type: custom, path: a, build: make, output: out }\nfunctions:\n  first:\n    layers: &layers [a]\n${functions}`;
    const { config, problems } = await parse(text);
    expect(problems).toEqual([]);
    expect(config!.functions).toHaveLength(101);
    expect(config!.functions.at(-1)).toMatchObject({ key: 'fn-99', regions: ['us-east-1', 'eu-west-1'], layers: ['a'] });
  });

  it('refuses an alias bomb, located at the alias that explodes', async () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (const name of 'bcdefghi') {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const { config, problems } = await parse(`version: 1\n${levels.join('\n')}\n`);
    expect(config).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ line: 10, column: 8, key: 'line 10', message: expect.stringMatching(/^alias \*h expands to .* values/) }),
    ]);
  });

  it('refuses an alias without an anchor and an alias inside its own anchor, located', async () => {
    expect((await parse(VALID.replace('    alias: live', '    alias: *live'))).problems).toEqual([
      expect.objectContaining({ line: 24, column: 12, key: 'line 24', message: "alias *live has no anchor &live before it. A value that starts with '*' is an alias: quote it ('*live') if it is text, such as a glob." }),
    ]);
    expect((await parse(VALID.replace('  orders-api:\n', '  orders-api: &self\n    regions: [*self]\n'))).problems).toEqual([
      expect.objectContaining({ line: 23, column: 15, key: 'line 23', message: 'alias *self is inside its own anchor &self, which would make the value endless.' }),
    ]);
  });

  it('suggests the nearest current runtime and lists current runtimes first', async () => {
    const { problems } = await parse(VALID.replace('[nodejs22.x]', '[node24]'));
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^unknown runtime 'node24'; did you mean 'nodejs24\.x'\? Current: nodejs24\.x, nodejs22\.x, python3\.14, /);
    expect(problems[0].message).toMatch(/provided\.al2023\.( |$)/);
    expect(problems[0].message.indexOf('nodejs18.x')).toBeGreaterThan(problems[0].message.indexOf('provided.al2023'));
  });

  it('warns about a deprecated runtime without refusing it', async () => {
    const { config, problems, warnings } = await parse(VALID.replace('[nodejs22.x]', '[nodejs18.x, nodejs22.x]'));
    expect(problems).toEqual([]);
    expect(config!.layers[0].runtimes).toEqual(['nodejs18.x', 'nodejs22.x']);
    expect(warnings).toEqual([
      expect.objectContaining({ line: 8, column: 16, key: 'layers.shared-deps.runtimes[0]', message: expect.stringContaining("'nodejs18.x' is deprecated by Lambda since 2025-09-01") }),
    ]);
    expect(warnings[0].message).toContain('use nodejs24.x');
  });

  it('checks enums, patterns and required keys from the schema', async () => {
    const { problems } = await parse(`version: 2
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

  it('reads discover as a boolean, off unless set', async () => {
    expect((await parse(VALID)).config!.discover).toBeUndefined();
    expect((await parse(VALID.replace('functions:', 'discover: true\nfunctions:'))).config!.discover).toBe(true);
    const { problems } = await parse(VALID.replace('functions:', 'discover: sometimes\nfunctions:'));
    expect(problems.map((p) => [p.key, p.line])).toEqual([['discover', 21]]);
    expect(problems[0].message).toMatch(/boolean/);
  });
});

describe('parseConfig without positions', () => {
  const located = (text: string) => parseLocated(text, 'lambda-layers.yml', { repoRoot: '/nowhere', checkPaths: false, today: '2026-12-01' });

  it('gives what the located read gives, for valid files with look-alike scalars, warnings, aliases and mistakes', async () => {
    const texts = [
      VALID,
      VALID.replace('    license: MIT', '    license: 2024-01-01'),
      VALID.replace('    license: MIT', '    license: yes'),
      VALID.replace('    license: MIT', '    license: 0o17'),
      VALID.replace('    license: MIT', '    license: ~'),
      VALID.replace('    build: make bootstrap', '    build: |\n      make bootstrap\n      strip bootstrap\n    timeoutMinutes: 0x1F'),
      VALID.replace('    build: make bootstrap', '    build: make bootstrap\n    timeoutMinutes: 1e1'),
      VALID.replace('[nodejs22.x]', '[nodejs18.x, nodejs22.x]'),
      VALID.replace('regions: [us-east-1]', 'regions: &r [us-east-1]').replace('    regions: [eu-west-1]', '    regions: *r'),
      VALID.replace('    license: MIT', '    license: MIT: or Apache'),
      VALID.replace('    alias: live', '    alias: live\n    alias: dead'),
      VALID.replace('    type: nodejs', '\ttype: nodejs'),
      VALID.replace('[nodejs22.x]', '[node24]'),
      VALID.replace('layerPrefix: acme-', 'layerPrefx: acme-'),
      `${VALID}---\nversion: 1\n`,
      '',
    ];
    for (const text of texts) expect((await parse(text)), text).toEqual(located(text));
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
    await mkdir(path.join(repo, 'real/inner'), { recursive: true });
    await writeFile(path.join(repo, 'real/inner/package.json'), '{}');
    await symlink(path.join(repo, 'real'), path.join(repo, 'linked'));
    await symlink(outside, path.join(repo, 'away'));
    await mkdir(path.join(outside, 'inner'));
    await writeFile(path.join(repo, 'layers/file'), '');
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

  it('follows a symlinked parent folder: inside the repository it is fine, outside it is refused, and a file is no folder', async () => {
    await writeFile(
      path.join(repo, 'parents.yml'),
      `version: 1
regions: [us-east-1]
layers:
  linked: { type: nodejs, path: linked/inner }
  away: { type: custom, path: away/inner, build: make, output: out }
  file: { type: custom, path: layers/file/inner, build: make, output: out }
`,
    );
    const error = await loadConfig(repo, 'parents.yml').catch((e) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => [p.key, p.message])).toEqual([
      ['layers.away.path', "'away/inner' is a symlink that leaves the repository; point it at a real folder inside."],
      ['layers.file.path', "folder 'layers/file/inner' does not exist in the repository."],
    ]);
  });

  it('refuses a file that is not UTF-8, naming the line of the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('version: 1\n# caf\u00e9 is fine\nregions: [us-east-1]\nlayers:\n  a: { description: "caf'), Buffer.from([0xe9]), Buffer.from('" }\n')]);
    await writeFile(path.join(repo, 'latin1.yml'), bytes);
    const error = await loadConfig(repo, 'latin1.yml').catch((e) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      { file: 'latin1.yml', line: 5, column: 25, key: 'line 5', message: 'byte 0xe9 is not valid UTF-8; save the file as UTF-8.' },
    ]);
  });

  it('names the file and the input when the configuration is missing', async () => {
    await expect(loadConfig(repo, 'nope.yml')).rejects.toThrow(
      `Input 'config' is 'nope.yml', but it must be a file of the repository: there is no ${path.join(repo, 'nope.yml')}. Add it`,
    );
  });
});

describe('normalizedLayer and changedKeys', async () => {
  const { config } = await parse(VALID);
  const layer = config!.layers[0];

  it('ignores settings that do not change the content', async () => {
    expect(changedKeys(layer, { ...layer, regions: ['eu-west-1'], shareWith: ['*'] })).toEqual([]);
    expect(JSON.stringify(normalizedLayer(layer))).toBe(JSON.stringify(normalizedLayer({ ...layer, regions: [] })));
  });

  it('names the keys that do', async () => {
    expect(changedKeys(layer, { ...layer, runtimes: ['nodejs24.x'], license: 'Apache-2.0' })).toEqual(['runtimes', 'license']);
    expect(changedKeys(undefined, layer)).toEqual(['(new layer)']);
  });
});
