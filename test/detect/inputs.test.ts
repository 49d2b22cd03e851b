// Issue 26 item 1: each layer type's inputs are the files that determine its zip, so a change elsewhere (a test file
// of a workspace package, a README beside the layer's package.json) neither changes the fingerprint nor is a reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldersAbove, isToolConfig, manifestHoldsConfig, scriptPaths, scriptPrograms, tsconfigReads } from '../../src/detect/inputs';
import type { Config, LayerConfig } from '../../src/types';
import { cleanupRepos, createRepo, writeTarball, type TempRepo } from '../support/repo';
import { changedLayers, createMonorepo, detect, layer, monorepoConfig } from './fixture';

let origin: TempRepo;
beforeAll(async () => {
  origin = await createMonorepo();
  await origin.write({
    // A TypeScript package as monorepos have them: built to lib/ (ignored), published as lib/.
    '.gitignore': 'node_modules/\nlib/\n',
    'packages/core/package.json': { name: '@acme/core', version: '1.0.0', main: 'lib/index.js', files: ['lib'], scripts: { build: 'tsc' } },
    'packages/core/src/index.ts': 'export const core = 1;\n',
    'packages/core/src/index.test.ts': 'test("core", () => {});\n',
    'packages/core/src/__snapshots__/index.test.ts.snap': 'exports[`core`] = 1;\n',
    'packages/core/__mocks__/fs.js': 'module.exports = {};\n',
    'packages/core/jest.config.js': 'module.exports = {};\n',
    'packages/core/tsconfig.spec.json': '{}\n',
    'packages/core/tsconfig.json': '{}\n',
    'packages/core/README.md': '# core\n',
    // A plain package: no build, no `files`; npm packs everything, its tests too.
    'packages/shared/index.test.js': 'test("shared", () => {});\n',
    'layers/api-deps/README.md': '# api deps\n',
    'layers/api-deps/.npmrc': 'omit=optional\n',
    'runtimes/go/README.md': '# go runtime\n',
  });
  origin.commit('typescript core, tests, readmes');
});
afterAll(cleanupRepos);

const fingerprints = async (repo: TempRepo, config: Config = monorepoConfig) =>
  new Map([...(await detect(repo, 'HEAD', config)).inputs].map(([key, i]) => [key, i.fingerprint]));

/** Commits `files` on a fresh clone; returns which layers' fingerprints changed and which layers have reasons. */
async function afterCommit(files: Record<string, string | object>, config: Config = monorepoConfig) {
  const repo = await origin.clone();
  const before = await fingerprints(repo, config);
  await repo.write(files);
  repo.commit('change');
  const detection = await detect(repo, 'HEAD~1', config);
  const changed = [...detection.inputs].filter(([key, i]) => i.fingerprint !== before.get(key)).map(([key]) => key);
  return { fingerprints: changed.sort(), reasons: changedLayers(detection), detection };
}

describe('what was seen (issue 26)', () => {
  it('a test file of a shared workspace package with a build script changes no fingerprint and is no reason', async () => {
    const seen = await afterCommit({
      'packages/core/src/index.test.ts': 'test("core", () => { expect(1).toBe(1); });\n',
      'packages/core/src/__snapshots__/index.test.ts.snap': 'exports[`core`] = 2;\n',
      'packages/core/__mocks__/fs.js': 'module.exports = { mocked: true };\n',
      'packages/core/jest.config.js': 'module.exports = { verbose: true };\n',
      'packages/core/tsconfig.spec.json': '{"extends": "./tsconfig.json"}\n',
    });
    expect(seen).toMatchObject({ fingerprints: [], reasons: [] });
  });

  it('a README beside a nodejs layer\'s package.json changes no fingerprint and is no reason', async () => {
    expect(await afterCommit({ 'layers/api-deps/README.md': '# api deps, documented\n' })).toMatchObject({ fingerprints: [], reasons: [] });
  });

  it('an uncommitted edit (or deletion) of such files is no uncommitted input either', async () => {
    const repo = await origin.clone();
    await repo.write({ 'packages/core/src/index.test.ts': 'test("edited", () => {});\n', 'layers/api-deps/README.md': '# edited\n' });
    await repo.remove('packages/core/jest.config.js');
    const { uncommitted } = await detect(repo, 'HEAD');
    expect(uncommitted.get('api-deps')).toEqual([]);
    await repo.write({ 'packages/core/src/index.ts': 'export const core = 5;\n' });
    expect((await detect(repo, 'HEAD')).uncommitted.get('api-deps')).toEqual(['packages/core/src/index.ts']);
  });
});

/** A repository whose one layer is `node` (nodejs, layers/node). */
const nodeLayerConfig: Config = { ...monorepoConfig, layers: [layer('node', 'nodejs', 'layers/node')], functions: [] };

/** The node layer's inputs, then its reasons and whether its fingerprint moved once `files` are committed. */
async function editNodeLayer(repo: TempRepo, files: Record<string, string | object>) {
  const before = (await detect(repo, 'HEAD', nodeLayerConfig)).inputs.get('node')!;
  await repo.write(files);
  repo.commit('change');
  const after = await detect(repo, 'HEAD~1', nodeLayerConfig);
  return { before, reasons: after.reasons.get('node')!, moved: after.inputs.get('node')!.fingerprint !== before.fingerprint };
}

/** An npm workspace (layers/*, packages/*) whose layer `node` depends on `dependencies`, with `files` besides. */
const nodeWorkspace = (dependencies: Record<string, string>, files: Record<string, string | object>) =>
  createRepo({
    files: {
      'package.json': { name: 'acme', private: true, workspaces: ['layers/*', 'packages/*'] },
      'layers/node/package.json': { name: 'node-layer', version: '1.0.0', dependencies },
      ...files,
    },
  });

/** @acme/built, whose build reads @acme/tool through the devDependency `"banner": spec`, and @acme/tool. */
const bannerPackages = (spec: string) => ({
  'packages/built/package.json': {
    name: '@acme/built',
    version: '1.0.0',
    main: 'lib/index.js',
    files: ['lib'],
    scripts: { build: 'node build.js' },
    devDependencies: { banner: spec },
  },
  'packages/built/build.js': "require('fs').writeFileSync('lib/index.js', require('banner'));\n",
  'packages/tool/package.json': { name: '@acme/tool', version: '1.0.0', main: 'index.js' },
  'packages/tool/index.js': "module.exports = '// acme\\n';\n",
});

/** The files of a layer's inputs outside layers/ and packages/. */
const elsewhere = (files: readonly string[]) => files.filter((file) => !file.startsWith('packages/') && !file.startsWith('layers/'));

describe('nodejs inputs', () => {
  it('the build inputs of a package with a build script count, for every layer that includes it', async () => {
    const seen = await afterCommit({ 'packages/core/src/index.ts': 'export const core = 2;\n', 'packages/core/tsconfig.json': '{"strict":true}\n' });
    expect(seen).toMatchObject({ fingerprints: ['api-deps', 'web-deps'], reasons: ['api-deps', 'web-deps'] });
    expect(seen.detection.reasons.get('api-deps')!.packages).toEqual(['@acme/core']);
    expect(seen.detection.inputs.get('api-deps')!.files).toContain('packages/core/src/index.ts');
    expect(seen.detection.inputs.get('api-deps')!.files).not.toContain('packages/core/src/index.test.ts');
  });

  it('what npm packs counts: a test file of a package without `files` or build, and an always-packed README', async () => {
    expect(await afterCommit({ 'packages/shared/index.test.js': 'test("shared", () => 1);\n' })).toMatchObject({
      fingerprints: ['api-deps', 'web-deps'],
      reasons: ['api-deps', 'web-deps'],
    });
    expect(await afterCommit({ 'packages/core/README.md': '# core, documented\n' })).toMatchObject({ fingerprints: ['api-deps', 'web-deps'] });
  });

  it('a devDependency of a built package counts (it makes the zip); one of a package that is not built does not', async () => {
    const repo = await origin.clone();
    await writeTarball(repo.dir, 'vendor/tsc-lite.tgz', { name: 'tsc-lite', version: '1.0.0' });
    await writeTarball(repo.dir, 'vendor/lint-lite.tgz', { name: 'lint-lite', version: '1.0.0' });
    const core = JSON.parse(repo.git('show', 'HEAD:packages/core/package.json'));
    const shared = JSON.parse(repo.git('show', 'HEAD:packages/shared/package.json'));
    await repo.write({
      'packages/core/package.json': { ...core, devDependencies: { 'tsc-lite': 'file:../../vendor/tsc-lite.tgz' } },
      'packages/shared/package.json': { ...shared, devDependencies: { 'lint-lite': 'file:../../vendor/lint-lite.tgz' } },
    });
    await repo.npm(['install', '--package-lock-only']);
    repo.commit('devDependencies');
    const before = await fingerprints(repo);
    expect((await detect(repo, 'HEAD')).inputs.get('api-deps')!.lockfile).toContain('tsc-lite@1.0.0');

    await writeTarball(repo.dir, 'vendor/lint-lite.tgz', { name: 'lint-lite', version: '1.1.0' });
    await repo.npm(['update', 'lint-lite', '--package-lock-only']);
    repo.commit('bump lint-lite');
    expect(changedLayers(await detect(repo, 'HEAD~1'))).toEqual([]);
    expect(await fingerprints(repo)).toEqual(before);

    await writeTarball(repo.dir, 'vendor/tsc-lite.tgz', { name: 'tsc-lite', version: '1.1.0' });
    await repo.npm(['update', 'tsc-lite', '--package-lock-only']);
    repo.commit('bump tsc-lite');
    const { reasons } = await detect(repo, 'HEAD~1');
    expect(changedLayers({ reasons } as never)).toEqual(['api-deps', 'web-deps']);
    expect(reasons.get('api-deps')).toMatchObject({ files: [], packages: [], lockfile: ['tsc-lite@1.0.0 -> 1.1.0'] });
    expect((await fingerprints(repo)).get('api-deps')).not.toBe(before.get('api-deps'));

    // A devDependency the lockfile already holds (api-deps's ms): no entry comes or goes, web-deps's closure gains one.
    const bumped = JSON.parse(repo.git('show', 'HEAD:packages/core/package.json'));
    await repo.write({ 'packages/core/package.json': { ...bumped, devDependencies: { ...bumped.devDependencies, ms: 'file:../../vendor/ms.tgz' } } });
    await repo.npm(['install', '--package-lock-only']);
    repo.commit('core builds with ms');
    const added = (await detect(repo, 'HEAD~1')).reasons;
    expect(added.get('web-deps')!.lockfile).toEqual(['+ms@2.1.3']);
    expect(added.get('api-deps')!.lockfile).toEqual([]);
  });

  it("the root's own devDependencies count for the layers that build a package: a build runs their programs", async () => {
    const repo = await origin.clone();
    const tscLite = (version: string) =>
      writeTarball(repo.dir, 'vendor/tsc-lite.tgz', { name: 'tsc-lite', version, bin: { 'tsc-lite': 'cli.js' } }, { 'cli.js': `// tsc-lite ${version}\n` });
    await tscLite('1.0.0');
    // Declared at the root only, as many TypeScript monorepos do: npm puts its bin on every workspace script's PATH.
    const root = JSON.parse(repo.git('show', 'HEAD:package.json'));
    await repo.write({ 'package.json': { ...root, devDependencies: { 'tsc-lite': 'file:vendor/tsc-lite.tgz' } } });
    await repo.npm(['install', '--package-lock-only']);
    repo.commit('root devDependency');
    const before = await fingerprints(repo);
    expect((await detect(repo, 'HEAD')).inputs.get('api-deps')!.lockfile).toContain('tsc-lite@1.0.0');

    await tscLite('1.1.0');
    await repo.npm(['update', 'tsc-lite', '--package-lock-only']);
    repo.commit('bump root tsc-lite');
    const { reasons } = await detect(repo, 'HEAD~1');
    expect(changedLayers({ reasons } as never)).toEqual(['api-deps', 'web-deps']);
    expect(reasons.get('api-deps')).toMatchObject({ files: [], packages: [], lockfile: ['tsc-lite@1.0.0 -> 1.1.0'] });
    const after = await fingerprints(repo);
    const moved = [...after].filter(([key, fingerprint]) => fingerprint !== before.get(key)).map(([key]) => key);
    expect(moved.sort()).toEqual(['api-deps', 'web-deps']);
  });

  it("a program a built package's build runs, installed for another package and hoisted by npm, counts", async () => {
    const repo = await origin.clone();
    const tool = (name: string, version: string) =>
      writeTarball(repo.dir, `vendor/${name}.tgz`, { name, version, bin: { [name]: 'cli.js' } }, { 'cli.js': `// ${name} ${version}\n` });
    await tool('tsc-lite', '1.0.0');
    await tool('lint-lite', '1.0.0');
    const core = JSON.parse(repo.git('show', 'HEAD:packages/core/package.json'));
    const unrelated = JSON.parse(repo.git('show', 'HEAD:packages/unrelated/package.json'));
    await repo.write({
      // Only @acme/unrelated declares them: npm hoists them, and their bins, to the root's node_modules, where core's
      // build finds tsc-lite on its PATH.
      'packages/core/package.json': { ...core, scripts: { build: 'NODE_ENV=production tsc-lite -p . && echo built' } },
      'packages/unrelated/package.json': {
        ...unrelated,
        devDependencies: { 'tsc-lite': 'file:../../vendor/tsc-lite.tgz', 'lint-lite': 'file:../../vendor/lint-lite.tgz' },
      },
    });
    await repo.npm(['install', '--package-lock-only']);
    repo.commit('tools of another package');
    const before = await fingerprints(repo);
    const lockfile = (await detect(repo, 'HEAD')).inputs.get('api-deps')!.lockfile;
    expect([lockfile.includes('tsc-lite@1.0.0'), lockfile.includes('lint-lite@1.0.0')]).toEqual([true, false]);

    await tool('lint-lite', '1.1.0');
    await repo.npm(['update', 'lint-lite', '--package-lock-only']);
    repo.commit('bump lint-lite');
    expect(changedLayers(await detect(repo, 'HEAD~1'))).toEqual([]);
    expect(await fingerprints(repo)).toEqual(before);

    await tool('tsc-lite', '1.1.0');
    await repo.npm(['update', 'tsc-lite', '--package-lock-only']);
    repo.commit('bump tsc-lite');
    const { reasons } = await detect(repo, 'HEAD~1');
    expect(changedLayers({ reasons } as never)).toEqual(['api-deps', 'web-deps']);
    expect(reasons.get('api-deps')).toMatchObject({ files: [], packages: [], lockfile: ['tsc-lite@1.0.0 -> 1.1.0'] });
    const moved = [...(await fingerprints(repo))].filter(([key, fingerprint]) => fingerprint !== before.get(key)).map(([key]) => key);
    expect(moved.sort()).toEqual(['api-deps', 'web-deps']);
  });

  it("a workspace package whose program a built package's build runs counts, though the built package does not name it", async () => {
    const repo = await nodeWorkspace({ '@acme/core': '1.0.0' }, {
      // npm links every workspace package's programs into the root's node_modules/.bin, where any build finds them.
      'packages/tools/package.json': { name: '@acme/tools', version: '1.0.0', bin: { 'acme-gen': 'gen.js' } },
      'packages/tools/gen.js': 'console.log(1);\n',
      'packages/core/package.json': { name: '@acme/core', version: '1.0.0', main: 'lib/index.js', scripts: { build: 'acme-gen src lib' } },
      'packages/core/src/index.js': 'export const core = 1;\n',
      'packages/other/package.json': { name: '@acme/other', version: '1.0.0', bin: 'other.js' },
      'packages/other/other.js': 'console.log(1);\n',
    });
    const { before, reasons, moved } = await editNodeLayer(repo, { 'packages/tools/gen.js': 'console.log(2);\n', 'packages/other/other.js': 'console.log(2);\n' });
    expect(before.packages).toEqual(['@acme/core', '@acme/tools']);
    expect([reasons.packages, moved]).toEqual([['@acme/tools'], true]);
  });

  it("the layer's manifest and package-manager settings count", async () => {
    const seen = await afterCommit({ 'layers/api-deps/.npmrc': 'omit=dev\n' });
    expect(seen).toMatchObject({ fingerprints: ['api-deps'], reasons: ['api-deps'] });
    expect(seen.detection.reasons.get('api-deps')!.files).toEqual(['layers/api-deps/.npmrc']);
    const files = seen.detection.inputs.get('api-deps')!.files;
    expect(files).toEqual(expect.arrayContaining(['layers/api-deps/.npmrc', 'layers/api-deps/package.json']));
    expect(files).not.toContain('layers/api-deps/README.md');
  });

  it('for a package with `files` and no build, only what npm packs counts', async () => {
    const repo = await origin.clone();
    await repo.write({
      'packages/shared/package.json': { name: '@acme/shared', version: '1.0.0', main: 'index.js', files: ['dist/', 'bin/cli.js'], dependencies: { '@acme/core': '*' } },
      'packages/shared/dist/index.js': '1\n',
      'packages/shared/bin/cli.js': '1\n',
      'packages/shared/bin/other.js': '1\n',
    });
    repo.commit('files field');
    const files = (await detect(repo, 'HEAD')).inputs.get('api-deps')!.files.filter((f) => f.startsWith('packages/shared/'));
    expect(files).toEqual(['packages/shared/bin/cli.js', 'packages/shared/dist/index.js', 'packages/shared/index.js', 'packages/shared/package.json']);
  });

  it("a workspace package a build reads under an alias (pnpm's `workspace:name@range`) counts as under its name", async () => {
    const repo = await nodeWorkspace({ '@acme/built': 'workspace:*' }, {
      // pnpm's workspace, not npm's.
      'package.json': { name: 'acme', private: true },
      'pnpm-workspace.yaml': "packages:\n  - 'layers/*'\n  - 'packages/*'\n",
      ...bannerPackages('workspace:@acme/tool@*'),
    });
    const { before, reasons, moved } = await editNodeLayer(repo, { 'packages/tool/index.js': "module.exports = '// acme, 2\\n';\n" });
    expect(before.packages).toEqual(['@acme/built', '@acme/tool']);
    expect(before.files).toContain('packages/tool/index.js');
    expect([reasons.packages, moved]).toEqual([['@acme/tool'], true]);
  });

  it("what a built package's tsconfig files extend outside its folder counts, in turn; a package that is not built reads none", async () => {
    const repo = await nodeWorkspace({ '@acme/core': '1.0.0', '@acme/plain': '1.0.0' }, {
      // tsc reads its configuration as JSON with comments and trailing commas.
      'tsconfig.base.json': '{\n  // every package extends it\n  "extends": "./config/strict",\n  "compilerOptions": { "target": "ES2022", },\n}\n',
      'config/strict.json': '{ "compilerOptions": { "strict": true } }\n',
      'config/plain.json': '{}\n',
      'tsconfig.json': '{ "files": [] }\n',
      'packages/core/package.json': { name: '@acme/core', version: '1.0.0', main: 'lib/index.js', files: ['lib'], scripts: { build: 'tsc -p tsconfig.build.json' } },
      'packages/core/tsconfig.json': { extends: '../../tsconfig.base.json', compilerOptions: { outDir: 'lib' } },
      'packages/core/tsconfig.build.json': { extends: ['./tsconfig.json'], exclude: ['src/**/*.test.ts'] },
      'packages/core/tsconfig.spec.json': { extends: '../../config/jest.json' },
      'config/jest.json': '{}\n',
      'packages/core/src/index.ts': 'export const core = 1;\n',
      'packages/plain/package.json': { name: '@acme/plain', version: '1.0.0', main: 'index.js' },
      'packages/plain/tsconfig.json': { extends: '../../config/plain.json' },
      'packages/plain/index.js': 'module.exports = 1;\n',
    });
    const { before, reasons, moved } = await editNodeLayer(repo, { 'tsconfig.base.json': '{ "extends": "./config/strict", "compilerOptions": { "target": "ES2019" } }\n' });
    expect(elsewhere(before.files)).toEqual(['config/strict.json', 'tsconfig.base.json']);
    expect([reasons.files, moved]).toEqual([['tsconfig.base.json'], true]);
  });

  it('a built package without a tsconfig.json of its own reads the options of the nearest one above, as tsc and esbuild do', async () => {
    const repo = await nodeWorkspace({ '@acme/core': '1.0.0' }, {
      'tsconfig.base.json': { compilerOptions: { target: 'ES2022' } },
      'tsconfig.json': { files: [] },
      // For an editor: every package's sources, which are not what this build reads.
      'packages/tsconfig.json': { extends: '../tsconfig.base.json', include: ['*/src/**/*.ts'] },
      'packages/core/package.json': { name: '@acme/core', version: '1.0.0', main: 'lib/index.js', scripts: { build: 'esbuild src/index.ts --bundle --outdir=lib' } },
      'packages/core/src/index.ts': 'export const core = 1;\n',
      'packages/web/src/index.ts': 'export const web = 1;\n',
    });
    const { before, reasons, moved } = await editNodeLayer(repo, { 'tsconfig.base.json': { compilerOptions: { target: 'ES2019' } } });
    // The root's tsconfig.json is farther than packages/tsconfig.json: both tools stop at the first found.
    expect(elsewhere(before.files)).toEqual(['tsconfig.base.json']);
    expect(before.files).toContain('packages/tsconfig.json');
    expect(before.files).not.toContain('packages/web/src/index.ts');
    expect([reasons.files, moved]).toEqual([['tsconfig.base.json'], true]);
  });

  it("a workspace package a built package's tsconfig extends by name counts, though the package does not name it", async () => {
    const repo = await nodeWorkspace({ '@acme/core': '1.0.0' }, {
      // npm hoists every workspace package: tsc finds node_modules/@acme/tsconfig from any of them.
      'packages/tsconfig/package.json': { name: '@acme/tsconfig', version: '1.0.0' },
      'packages/tsconfig/base.json': { compilerOptions: { strict: true } },
      'packages/tsconfig/node.json': { extends: './base.json', compilerOptions: { module: 'nodenext' } },
      'packages/tsconfig/README.md': '# shared tsc settings\n',
      'packages/core/package.json': { name: '@acme/core', version: '1.0.0', main: 'lib/index.js', files: ['lib'], scripts: { build: 'tsc' } },
      'packages/core/tsconfig.json': { extends: '@acme/tsconfig/node', compilerOptions: { outDir: 'lib' } },
      'packages/core/src/index.ts': 'export const core = 1;\n',
    });
    const { before, reasons, moved } = await editNodeLayer(repo, { 'packages/tsconfig/base.json': { compilerOptions: { strict: false } } });
    const shared = before.files.filter((file) => file.startsWith('packages/tsconfig/'));
    expect(shared).toEqual(['packages/tsconfig/base.json', 'packages/tsconfig/node.json', 'packages/tsconfig/package.json']);
    expect([reasons.files, moved]).toEqual([['packages/tsconfig/base.json'], true]);
  });

  it("the sources a built package's tsconfig takes from outside its folder count: include, files, paths, references", async () => {
    const repo = await nodeWorkspace({ '@acme/core': '1.0.0' }, {
      // Relative to the file that says it: the base's include is the repository's types/.
      'tsconfig.base.json': { include: ['types/**/*.d.ts'] },
      'types/global.d.ts': 'declare const VERSION: string;\n',
      'types/README.md': '# types\n',
      'shared/src/clock.ts': 'export const now = () => 0;\n',
      'shared/src/other/zone.ts': 'export const zone = "UTC";\n',
      'generated/api.ts': 'export const api = 1;\n',
      'generated/index.ts': 'export * from "./api";\n',
      'generated/other.ts': 'export {};\n',
      'tools/gen/tsconfig.json': '{}\n',
      'tools/gen/index.ts': 'export {};\n',
      'packages/core/package.json': { name: '@acme/core', version: '1.0.0', main: 'lib/index.js', files: ['lib'], scripts: { build: 'tsc -b' } },
      'packages/core/tsconfig.json': {
        extends: '../../tsconfig.base.json',
        compilerOptions: { outDir: 'lib', paths: { '@shared/*': ['../../shared/src/*'], '@gen': ['../../generated/index'] } },
        include: ['src'],
        files: ['../../generated/api.ts'],
        references: [{ path: '../../tools/gen' }],
      },
      'packages/core/src/index.ts': 'export const core = 1;\n',
    });
    const { before, reasons, moved } = await editNodeLayer(repo, { 'shared/src/other/zone.ts': 'export const zone = "CET";\n' });
    expect(elsewhere(before.files)).toEqual([
      'generated/api.ts',
      'generated/index.ts',
      'shared/src/clock.ts',
      'shared/src/other/zone.ts',
      'tools/gen/index.ts',
      'tools/gen/tsconfig.json',
      'tsconfig.base.json',
      'types/global.d.ts',
    ]);
    expect([reasons.files, moved]).toEqual([['shared/src/other/zone.ts'], true]);
  });

  it('the paths outside its folder that a built package’s build scripts name count; those of its test script do not', async () => {
    const repo = await nodeWorkspace({ '@acme/core': '1.0.0' }, {
      'packages/core/package.json': {
        name: '@acme/core',
        version: '1.0.0',
        main: 'lib/index.js',
        files: ['lib'],
        scripts: {
          prebuild: 'rm -rf lib',
          build: 'npm run compile && node ../../scripts/stamp.mjs --out lib',
          compile: 'esbuild src/index.ts --outdir=lib --tsconfig=../../config/esbuild.json',
          postbuild: "cp '../../assets/banner.txt' lib/",
          test: 'vitest --config ../../vitest.shared.ts',
        },
      },
      'packages/core/src/index.ts': 'export const core = 1;\n',
      'scripts/stamp.mjs': 'console.log(1);\n',
      'scripts/release.mjs': 'console.log(2);\n',
      'config/esbuild.json': '{}\n',
      'assets/banner.txt': '// acme\n',
      'vitest.shared.ts': 'export default {};\n',
    });
    const { before, reasons, moved } = await editNodeLayer(repo, { 'scripts/stamp.mjs': 'console.log(2);\n', 'vitest.shared.ts': 'export default { test: {} };\n' });
    expect(elsewhere(before.files)).toEqual(['assets/banner.txt', 'config/esbuild.json', 'scripts/stamp.mjs']);
    expect([reasons.files, moved]).toEqual([['scripts/stamp.mjs'], true]);
  });

  it('what a build script reads after changing folder counts: a folder outside the package it goes into, whole', async () => {
    const repo = await nodeWorkspace({ '@acme/core': '1.0.0', '@acme/web': '1.0.0' }, {
      'packages/core/package.json': {
        name: '@acme/core',
        version: '1.0.0',
        main: 'lib/index.js',
        scripts: { build: 'cd ../.. && node scripts/gen.mjs packages/core/lib' },
      },
      'packages/web/package.json': {
        name: '@acme/web',
        version: '1.0.0',
        main: 'lib/index.js',
        scripts: { build: 'cd src && node ./build.mjs && node ../../../tools/bundle.mjs' },
      },
      'packages/web/src/build.mjs': 'console.log(1);\n',
      'scripts/gen.mjs': 'console.log(1);\n',
      'tools/bundle.mjs': 'console.log(1);\n',
      'docs/notes.md': 'notes\n',
    });
    const { before, reasons, moved } = await editNodeLayer(repo, { 'scripts/gen.mjs': 'console.log(2);\n' });
    // `cd ../..` goes to the root: what `node scripts/gen.mjs` reads there is any file of the repository.
    expect(elsewhere(before.files)).toEqual(expect.arrayContaining(['docs/notes.md', 'scripts/gen.mjs', 'tools/bundle.mjs']));
    expect([reasons.files, moved]).toEqual([['scripts/gen.mjs'], true]);
  });

  it('the configuration files build tools look for in the folders above a built package count; those of other folders do not', async () => {
    const repo = await nodeWorkspace({ '@acme/core': '1.0.0', '@acme/plain': '1.0.0' }, {
      // Babel's preset-env and autoprefixer take their targets from the nearest browserslist, postcss its configuration,
      // in the package's folder or any above it.
      'packages/core/package.json': { name: '@acme/core', version: '1.0.0', main: 'lib/index.js', scripts: { build: 'babel src -d lib' } },
      'packages/core/src/index.js': 'export const core = 1;\n',
      'packages/plain/package.json': { name: '@acme/plain', version: '1.0.0', main: 'index.js' },
      'packages/plain/index.js': 'module.exports = 1;\n',
      '.browserslistrc': 'defaults\n',
      'babel.config.json': '{ "presets": ["@babel/preset-env"] }\n',
      'packages/postcss.config.cjs': 'module.exports = {};\n',
      'apps/web/.browserslistrc': 'last 1 chrome version\n',
    });
    const { before, reasons, moved } = await editNodeLayer(repo, { '.browserslistrc': 'node 20\n' });
    expect(elsewhere(before.files)).toEqual(['.browserslistrc', 'babel.config.json']);
    expect(before.files).toContain('packages/postcss.config.cjs');
    expect([reasons.files, moved]).toEqual([['.browserslistrc'], true]);
  });

  it('a package.json above a built package counts when it holds such a configuration (`browserslist`, `postcss`)', async () => {
    const repo = await nodeWorkspace({ '@acme/core': '1.0.0' }, {
      'packages/core/package.json': { name: '@acme/core', version: '1.0.0', main: 'lib/index.js', scripts: { build: 'babel src -d lib' } },
      'packages/core/src/index.js': 'export const core = 1;\n',
    });
    const root = { name: 'acme', private: true, workspaces: ['layers/*', 'packages/*'] };
    // Without one, an edit of the root manifest (a script) is no reason.
    expect((await editNodeLayer(repo, { 'package.json': { ...root, scripts: { lint: 'eslint .' } } })).moved).toBe(false);
    await repo.write({ 'package.json': { ...root, browserslist: ['defaults'] } });
    repo.commit('targets in the root manifest');
    const { before, reasons, moved } = await editNodeLayer(repo, { 'package.json': { ...root, browserslist: ['node 20'] } });
    expect(elsewhere(before.files)).toEqual(['package.json']);
    expect([reasons.files, moved]).toEqual([['package.json'], true]);
  });

  it('the programs build scripts run are their commands, past variables and runners; not those of `test`', () => {
    const scripts = {
      prebuild: 'rimraf lib',
      build: 'NODE_ENV=production tsc -p . && npm run bundle; (cd src && cross-env A=1 esbuild x.ts) | tee log',
      bundle: 'npx --yes tsup src/index.ts && npm exec -- rollup -c && node ./scripts/stamp.mjs ../../x',
      test: 'vitest run',
    };
    expect(scriptPrograms(scripts).sort()).toEqual(['cd', 'esbuild', 'node', 'npm', 'rimraf', 'rollup', 'tee', 'tsc', 'tsup']);
    expect(scriptPrograms({ test: 'jest' })).toEqual([]);
  });

  it("a build script's paths after `cd` count from the folder it went to and from the package's; a `cd` within it adds no folder", () => {
    expect(scriptPaths('packages/web', { build: 'cd src && node ./build.mjs && node ../../../tools/bundle.mjs' })).toEqual(['tools/bundle.mjs']);
    expect(scriptPaths('packages/web', { build: 'cd src; cd ..; node ../../tools/bundle.mjs' })).toEqual(['tools/bundle.mjs']);
    expect(scriptPaths('packages/core', { build: 'cd ../.. && node scripts/gen.mjs' })).toEqual(['**']);
    expect(scriptPaths('packages/core', { build: 'cd ../shared && tsc -p .' })).toEqual(['packages/shared']);
    expect(scriptPaths('packages/core', { build: 'cd "../../vendor" && make' })).toEqual(['vendor']);
    // A subshell's `cd` counts; where the subshell ends is not followed, so a later path counts from the package too.
    expect(scriptPaths('packages/core', { build: '(cd ../.. && make gen) && node ../../scripts/x.js' })).toEqual(['**', 'scripts/x.js']);
    // Nothing outside the repository counts: after `cd /tmp`, only the package's own reading of a path does.
    expect(scriptPaths('packages/core', { build: 'cd /tmp && node ../../scripts/x.js ./y.js' })).toEqual(['scripts/x.js']);
  });

  it('a folder that a workspace package of the layer installs (`file:../../vendor/helper`) counts, as the layer’s own do', async () => {
    const repo = await nodeWorkspace({ '@acme/shared': '1.0.0' }, {
      'packages/shared/package.json': {
        name: '@acme/shared',
        version: '1.0.0',
        main: 'index.js',
        dependencies: { helper: 'file:../../vendor/helper' },
        // Not built, so not installed for the layer.
        devDependencies: { lint: 'file:../../tools/lint' },
      },
      'packages/shared/index.js': "module.exports = require('helper');\n",
      'vendor/helper/package.json': { name: 'helper', version: '1.0.0', main: 'index.js', dependencies: { inner: 'file:../inner' } },
      'vendor/helper/index.js': "module.exports = require('inner');\n",
      'vendor/inner/package.json': { name: 'inner', version: '1.0.0', main: 'index.js' },
      'vendor/inner/index.js': "module.exports = 'help';\n",
      'tools/lint/package.json': { name: 'lint', version: '1.0.0' },
    });
    await repo.npm(['install', '--package-lock-only']);
    repo.commit('lockfile');
    const { before, reasons, moved } = await editNodeLayer(repo, { 'vendor/helper/index.js': "module.exports = 'more help';\n" });
    expect(elsewhere(before.files)).toEqual(['vendor/helper/index.js', 'vendor/helper/package.json', 'vendor/inner/index.js', 'vendor/inner/package.json']);
    expect([reasons.files, moved]).toEqual([['vendor/helper/index.js'], true]);
  });

  it('a workspace package a build reads by its folder (`file:../tool` under another name) counts as under its name', async () => {
    const repo = await nodeWorkspace({ '@acme/built': '1.0.0' }, {
      ...bannerPackages('file:../tool'),
    });
    await repo.npm(['install', '--package-lock-only']);
    repo.commit('lockfile');
    expect(JSON.parse(repo.git('show', 'HEAD:package-lock.json')).packages['node_modules/banner']).toEqual({ resolved: 'packages/tool', link: true });
    const { before, reasons, moved } = await editNodeLayer(repo, { 'packages/tool/index.js': "module.exports = '// acme, 2\\n';\n" });
    expect(before.packages).toEqual(['@acme/built', '@acme/tool']);
    expect([reasons.packages, moved]).toEqual([['@acme/tool'], true]);
  });
});

describe('tool configuration above a package', () => {
  it('is looked for in each folder above, up to the root, and only there', () => {
    expect(foldersAbove(['packages/web/app'])).toEqual(['packages/web', 'packages', '.']);
    expect(foldersAbove(['packages/core', 'packages/web/app', 'tools/gen'])).toEqual(['packages', '.', 'packages/web', 'tools']);
    expect(foldersAbove(['.'])).toEqual([]);
    const folders = new Set(foldersAbove(['packages/web/app']));
    expect(['packages/web/.browserslistrc', 'packages/babel.config.js', '.postcssrc.json', 'postcss.config.mjs'].map((f) => isToolConfig(folders, f))).toEqual([true, true, true, true]);
    expect(['packages/web/app/.browserslistrc', 'apps/.browserslistrc', 'packages/README.md', 'package.json'].map((f) => isToolConfig(folders, f))).toEqual([false, false, false, false]);
  });

  it('a package.json holds such configuration under `browserslist` or `postcss`, or when it cannot be read as JSON', () => {
    expect(manifestHoldsConfig(undefined)).toBe(false);
    expect(manifestHoldsConfig('{"name":"acme","scripts":{}}')).toBe(false);
    expect(manifestHoldsConfig('{"browserslist":["defaults"]}')).toBe(true);
    expect(manifestHoldsConfig('{"postcss":{"plugins":{}}}')).toBe(true);
    expect(manifestHoldsConfig('{"name": ')).toBe(true);
  });
});

describe('tsconfigReads', () => {
  const files: Record<string, string> = {
    'packages/tsconfig/package.json': '{"name": "@acme/tsconfig", "exports": {"./strict": "./configs/strict.json"}}',
    'packages/tsconfig/base.json': '{"extends": "./configs/strict.json"}',
    'packages/tsconfig/configs/strict.json': '{}',
  };
  const reads = (extended: string) =>
    tsconfigReads('packages/core', ['tsconfig.json'], (file) => (file === 'packages/core/tsconfig.json' ? JSON.stringify({ extends: extended }) : files[file]), (name) =>
      name === '@acme/tsconfig' ? 'packages/tsconfig' : undefined,
    ).sort();

  it('follows a workspace package named in `extends` to the file, with `.json` added as tsc does, and on from there', () => {
    expect(reads('@acme/tsconfig/base')).toEqual(['packages/tsconfig/base.json', 'packages/tsconfig/configs/strict.json', 'packages/tsconfig/package.json']);
  });

  it('takes the whole package for the package itself or a subpath its `exports` map elsewhere; a registry package is the lockfile\'s', () => {
    expect(reads('@acme/tsconfig')).toEqual(['packages/tsconfig']);
    expect(reads('@acme/tsconfig/strict')).toEqual(['packages/tsconfig']);
    expect(reads('@tsconfig/node20/tsconfig.json')).toEqual([]);
  });

  it('takes an `include` whose last part names no file (`../*/src`) as the folders it matches, whole, as tsc does', () => {
    const config = { include: ['../*/src', '../shared/*.ts', '../shared/types', 'src'] };
    const found = tsconfigReads('packages/core', ['tsconfig.json'], (file) => (file === 'packages/core/tsconfig.json' ? JSON.stringify(config) : undefined), () => undefined);
    expect(found.sort()).toEqual(['packages/*/src/**', 'packages/shared/*.ts', 'packages/shared/types']);
  });

  it('reads nothing outside the repository through a package subpath', () => {
    const asked: string[] = [];
    const found = tsconfigReads('packages/core', ['tsconfig.json'], (file) => (asked.push(file), file === 'packages/core/tsconfig.json' ? '{"extends": "@acme/tsconfig/../../../../etc/passwd"}' : undefined), () => 'packages/tsconfig');
    expect(asked).toEqual(['packages/core/tsconfig.json']);
    expect(found).toEqual(['packages/tsconfig']);
  });
});

describe('python, ruby, runtime inputs', () => {
  it('a python layer: its requirement files, and its whole folder once a requirement is a local path', async () => {
    expect(await afterCommit({ 'layers/py-tools/tools.py': 'def tool():\n    return 2\n' })).toMatchObject({ fingerprints: [], reasons: [] });
    expect(await afterCommit({ 'layers/py-tools/requirements.txt': 'requests==2.32.4\n' })).toMatchObject({ fingerprints: ['py-tools'], reasons: ['py-tools'] });
    const nested = await afterCommit({ 'layers/py-tools/requirements.txt': '-r base.txt\n-c constraints.txt\n', 'layers/py-tools/base.txt': 'requests\n', 'layers/py-tools/constraints.txt': 'requests==2\n' });
    expect(nested.detection.inputs.get('py-tools')!.files).toEqual(['layers/py-tools/base.txt', 'layers/py-tools/constraints.txt', 'layers/py-tools/requirements.txt']);
    const local = await afterCommit({ 'layers/py-tools/requirements.txt': '-e .\n' });
    expect(local.detection.inputs.get('py-tools')!.files).toContain('layers/py-tools/tools.py');
    const wheels = await afterCommit({ 'layers/py-tools/requirements.txt': '--no-index\n--find-links wheels\npurepkg\n', 'layers/py-tools/wheels/purepkg-1.0-py3-none-any.whl': 'wheel' });
    expect(wheels.detection.inputs.get('py-tools')!.files).toEqual(['layers/py-tools/requirements.txt', 'layers/py-tools/wheels/purepkg-1.0-py3-none-any.whl']);
  });

  it('a ruby layer: Gemfile, Gemfile.lock and vendored gems; its whole folder once the Gemfile reads other files', async () => {
    const gems = layer('gems', 'ruby', 'layers/gems', { runtimes: ['ruby3.4'] });
    const config = { ...monorepoConfig, layers: [gems] };
    const repo = await origin.clone();
    await repo.write({
      'layers/gems/Gemfile': "source 'https://rubygems.org'\ngem 'rake'\n",
      'layers/gems/Gemfile.lock': 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rake (13.0.0)\n\nDEPENDENCIES\n  rake\n',
      'layers/gems/vendor/cache/rake-13.0.0.gem': 'gem',
      'layers/gems/README.md': '# gems\n',
    });
    repo.commit('gems');
    expect((await detect(repo, 'HEAD', config)).inputs.get('gems')!.files).toEqual([
      'layers/gems/Gemfile',
      'layers/gems/Gemfile.lock',
      'layers/gems/vendor/cache/rake-13.0.0.gem',
    ]);
    await repo.write({ 'layers/gems/Gemfile': "source 'https://rubygems.org'\ngemspec\n", 'layers/gems/gems.gemspec': 'Gem::Specification.new\n' });
    expect((await detect(repo, 'HEAD', config)).inputs.get('gems')!.files).toContain('layers/gems/README.md');
  });

  it('a runtime layer: every tracked file under its path (a build may read anything)', async () => {
    expect(await afterCommit({ 'runtimes/go/README.md': '# go runtime, documented\n' })).toMatchObject({ fingerprints: ['go-runtime'], reasons: ['go-runtime'] });
  });
});

describe('`inputs` and `exclude`', () => {
  const withLayer = (key: string, extra: Partial<LayerConfig>): Config => ({
    ...monorepoConfig,
    layers: monorepoConfig.layers.map((l) => (l.key === key ? { ...l, ...extra } : l)),
  });

  it('`exclude` removes files from every part of a layer: its folder, workspace packages and `inputs`', async () => {
    const config = withLayer('go-runtime', { exclude: ['runtimes/go/README.md', 'config/go/**'] });
    expect(await afterCommit({ 'runtimes/go/README.md': '# documented\n', 'config/go/settings.json': { level: 'debug' } }, config)).toMatchObject({
      fingerprints: [],
      reasons: [],
    });
    const api = withLayer('api-deps', { exclude: ['packages/core/src/**'] });
    expect(await afterCommit({ 'packages/core/src/index.ts': 'export const core = 3;\n' }, api)).toMatchObject({ fingerprints: ['web-deps'], reasons: ['web-deps'] });
  });

  it('`inputs` adds files that are no input by default', async () => {
    const config = withLayer('api-deps', { inputs: ['layers/api-deps/README.md'] });
    expect(await afterCommit({ 'layers/api-deps/README.md': '# documented\n' }, config)).toMatchObject({ fingerprints: ['api-deps'], reasons: ['api-deps'] });
  });

  it('`exclude` is part of the configuration the fingerprint covers', async () => {
    const repo = await origin.clone();
    const [plain, excluding] = [await fingerprints(repo), await fingerprints(repo, withLayer('py-tools', { exclude: ['nothing/**'] }))];
    expect(excluding.get('py-tools')).not.toBe(plain.get('py-tools'));
    expect(excluding.get('api-deps')).toBe(plain.get('api-deps'));
  });
});
