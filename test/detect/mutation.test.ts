// The fingerprint's safety property (SPEC section 5): a change that alters the zip always changes the fingerprint.
// Each tracked file of a fixture is edited in turn (a valid edit: a comment, a JSON field, a line of text) and every
// layer fingerprinted. A layer whose fingerprint changed is rebuilt anyway; for the others, the layer is built with the
// real builder and zipped with the real packager, and the zip must be byte-identical to the one built before the edits.
// Binary files are left out: vendored tarballs and gems are pinned by their lockfiles.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processExec } from '../../src/adapters/exec';
import { buildLayer } from '../../src/builders';
import { commandEnv } from '../../src/builders/env';
import { packageLayer } from '../../src/packaging';
import type { Config, LayerConfig } from '../../src/types';
import { buildGem, writeWheels } from '../builders/helpers';
import { memoryLogger } from '../support/logger';
import { cleanupRepos, createRepo, tempDir, writeTarball, type TempRepo } from '../support/repo';
import { detect, layer } from './fixture';

afterAll(cleanupRepos);

const BINARY = /\.(tgz|gem|whl)$/;

/** A valid edit of a file, by its kind: the file still parses, so a build reads it as it would a real change. */
function mutate(file: string, text: string): string {
  if (file.endsWith('.json')) return `${JSON.stringify({ ...JSON.parse(text), mutated: true }, null, 2)}\n`;
  if (file.endsWith('.js')) return `${text}// mutated\n`;
  if (/\.(md|txt)$/.test(file) && !file.endsWith('requirements.txt')) return `${text}mutated\n`;
  return `${text}# mutated\n`;
}

interface Outcome {
  /** Per edited file, the layers whose fingerprint changed. */
  changed: Map<string, string[]>;
  /** Per layer, the edits that left its fingerprint as it was: all of them must leave its zip as it was too. */
  kept: Map<string, string[]>;
  /** `<file> -> <layer>` for each edit that changed a zip but not its layer's fingerprint. */
  misses: string[];
}

/**
 * Edits each tracked file of `repo` in turn and fingerprints every layer of `config`. Then, per layer, the edits that
 * left its fingerprint alone are made together and the layer is built and zipped once: the zip must not change. When
 * it does, each of those edits is built alone to name the file.
 */
async function mutateEachFile(repo: TempRepo, config: Config, env: Record<string, string>): Promise<Outcome> {
  const zipOf = async (target: LayerConfig) => {
    const workDir = await tempDir('lla-work-');
    const log = memoryLogger();
    const { root } = await buildLayer(target, { repoRoot: repo.dir, workDir, exec: processExec, env, log });
    return (await packageLayer(target, root, { repoRoot: repo.dir, zipPath: path.join(workDir, 'layer.zip'), exec: processExec, log })).codeSha256;
  };
  const fingerprints = async () => new Map([...(await detect(repo, 'HEAD', config)).inputs].map(([key, i]) => [key, i.fingerprint]));
  const files = repo.git('ls-files').split('\n').filter((file) => file && !BINARY.test(file));
  const originals = new Map(await Promise.all(files.map(async (file) => [file, await readFile(path.join(repo.dir, file), 'utf8')] as const)));
  const edit = (list: string[]) => Promise.all(list.map((file) => writeFile(path.join(repo.dir, file), mutate(file, originals.get(file)!))));
  const restore = (list: string[]) => Promise.all(list.map((file) => writeFile(path.join(repo.dir, file), originals.get(file)!)));

  const before = await fingerprints();
  const changed = new Map<string, string[]>();
  for (const file of files) {
    await edit([file]);
    const after = await fingerprints();
    changed.set(file, config.layers.filter((l) => after.get(l.key) !== before.get(l.key)).map((l) => l.key));
    await restore([file]);
  }

  const outcome: Outcome = { changed, kept: new Map(), misses: [] };
  for (const target of config.layers) {
    const kept = files.filter((file) => !changed.get(file)!.includes(target.key));
    outcome.kept.set(target.key, kept);
    const zip = await zipOf(target);
    await edit(kept);
    expect((await fingerprints()).get(target.key)).toBe(before.get(target.key));
    const same = (await zipOf(target).catch((error: Error) => error.message)) === zip;
    await restore(kept);
    if (same) continue;
    for (const file of kept) {
      await edit([file]);
      if ((await zipOf(target).catch((error: Error) => error.message)) !== zip) outcome.misses.push(`${file} -> ${target.key}`);
      await restore([file]);
    }
  }
  return outcome;
}

describe('the zip changed => the fingerprint changed', () => {
  let node: Outcome;
  let others: Outcome;
  beforeAll(async () => {
    [node, others] = await Promise.all([nodejsFixture(), otherFixture()]);
  }, 240_000);

  it('nodejs (npm): no edit of any tracked file changes the zip without changing the fingerprint', () => {
    expect(node.misses).toEqual([]);
    expect(node.kept.get('node')).toHaveLength(9);
    // Tests of a package with a build script (compiled into its lib/ by the build, and left out of the layer), tests
    // of a package its build uses, a README beside the layer's package.json: no input.
    for (const file of [
      'packages/built/src/index.test.js',
      'packages/built/__mocks__/fs.js',
      'packages/built/jest.config.js',
      'packages/tool/index.test.js',
      'layers/node/README.md',
      'packages/listed/src/index.js',
    ]) {
      expect([file, node.changed.get(file)]).toEqual([file, []]);
    }
    // The files that reach the zip, or the build that makes it.
    for (const file of [
      'layers/node/package.json',
      'layers/node/.npmrc',
      'packages/built/src/index.js',
      'packages/built/build.js',
      'packages/built/README.md',
      'packages/tool/banner.txt',
      'packages/plain/index.test.js',
      'packages/listed/dist/index.js',
      'tools/footer/footer.txt',
      'vendor/helper/index.js',
      'tsconfig.base.json',
      'packages/tsconfig/strict.json',
      'scripts/stamp.js',
      'types/global.d.ts',
    ]) {
      expect([file, node.changed.get(file)]).toEqual([file, ['node']]);
    }
  });

  it('python, ruby and runtime: no edit of any tracked file changes a zip without changing its fingerprint', () => {
    expect(others.misses).toEqual([]);
    expect(others.changed.get('layers/py/README.md')).toEqual([]);
    expect(others.changed.get('layers/py/handler.py')).toEqual([]);
    expect(others.changed.get('layers/py/requirements.txt')).toEqual(['py']);
    expect(others.changed.get('layers/gems/README.md')).toEqual([]);
    expect(others.changed.get('layers/gems/Gemfile')).toEqual(['gems']);
    expect(others.changed.get('layers/gems/Gemfile.lock')).toEqual(['gems']);
    // Every file under a runtime layer's path counts: its build may read anything.
    expect(others.changed.get('runtimes/rt/README.md')).toEqual(['rt']);
    expect(others.changed.get('runtimes/rt/bootstrap')).toEqual(['rt']);
    // Each layer was built with the edits of the other layers' files and of its own non-inputs.
    expect(others.kept.get('py')).toEqual(expect.arrayContaining(['layers/py/README.md', 'layers/gems/Gemfile', 'runtimes/rt/bootstrap']));
    expect(others.kept.get('rt')).toEqual(expect.arrayContaining(['layers/py/requirements.txt', 'layers/gems/Gemfile']));
  });
});

/**
 * npm workspaces: a nodejs layer with a package built by a script that copies its whole src/ (tests too, as tsc
 * does) into lib/ with a banner from a devDependency workspace package; a plain package (no `files`, no build: npm
 * packs everything); a package whose `files` leaves its src/ out.
 */
async function nodejsFixture(): Promise<Outcome> {
  const repo = await createRepo();
  await writeTarball(repo.dir, 'vendor/ms.tgz', { name: 'ms', version: '2.1.3' });
  const build = `const fs = require('fs');
const { banner } = require('@acme/tool');
const { footer } = require('build-footer');
fs.rmSync('lib', { recursive: true, force: true });
// The compiler options, as tsc reads them: its tsconfig.json and the file that extends.
const own = JSON.parse(fs.readFileSync('tsconfig.json', 'utf8'));
const base = JSON.parse(fs.readFileSync(require('path').join('.', own.extends), 'utf8'));
// The base extends a workspace package by name, which the package does not name: npm links it all the same.
const shared = JSON.parse(fs.readFileSync(require.resolve(base.extends, { paths: [process.cwd()] }), 'utf8'));
fs.mkdirSync('lib', { recursive: true });
const sources = (own.files ?? []).map((file) => fs.readFileSync(file, 'utf8'));
fs.writeFileSync('lib/config.json', JSON.stringify({ ...shared, ...base, ...own, extends: undefined, sources }));
for (const file of fs.readdirSync('src', { recursive: true })) {
  if (!file.endsWith('.js')) continue;
  fs.mkdirSync(require('path').dirname('lib/' + file), { recursive: true });
  fs.writeFileSync('lib/' + file, banner + fs.readFileSync('src/' + file, 'utf8') + footer);
}
`;
  await repo.write({
    '.gitignore': 'node_modules/\nlib/\n',
    'package.json': { name: 'acme', private: true, workspaces: ['layers/*', 'packages/*'] },
    'layers/node/package.json': {
      name: 'node-layer',
      version: '1.0.0',
      dependencies: { '@acme/built': '*', '@acme/plain': '*', '@acme/listed': '*', ms: 'file:../../vendor/ms.tgz' },
    },
    'layers/node/.npmrc': 'fund=false\n',
    'layers/node/README.md': '# node layer\n',
    'packages/built/package.json': {
      name: '@acme/built',
      version: '1.0.0',
      main: 'lib/index.js',
      files: ['lib'],
      scripts: { build: 'node build.js && node ../../scripts/stamp.js' },
      // A folder of the repository that is no workspace package, named by path: installed from the checkout.
      devDependencies: { '@acme/tool': '*', 'build-footer': 'file:../../tools/footer' },
    },
    'packages/built/build.js': build,
    'packages/built/tsconfig.json': { extends: '../../tsconfig.base.json', compilerOptions: { outDir: 'lib' }, files: ['../../types/global.d.ts'] },
    'types/global.d.ts': 'declare const VERSION: string;\n',
    'tsconfig.base.json': { extends: '@acme/tsconfig/strict.json', compilerOptions: { target: 'ES2022' } },
    'packages/tsconfig/package.json': { name: '@acme/tsconfig', version: '1.0.0' },
    'packages/tsconfig/strict.json': { compilerOptions: { strict: true } },
    // A build script outside the package: it stamps the build with its own text.
    'scripts/stamp.js': "require('fs').writeFileSync('lib/stamp.txt', require('fs').readFileSync(__filename));\n",
    'packages/built/src/index.js': "module.exports = 'built';\n",
    'packages/built/src/index.test.js': "require('./index');\n",
    'packages/built/__mocks__/fs.js': 'module.exports = {};\n',
    'packages/built/jest.config.js': 'module.exports = {};\n',
    'packages/built/README.md': '# built\n',
    'packages/tool/package.json': { name: '@acme/tool', version: '1.0.0', main: 'index.js' },
    'packages/tool/index.js': "module.exports = { banner: require('fs').readFileSync(__dirname + '/banner.txt', 'utf8') };\n",
    'packages/tool/banner.txt': '// acme\n',
    'packages/tool/index.test.js': "require('./index');\n",
    'tools/footer/package.json': { name: 'build-footer', version: '1.0.0', main: 'index.js' },
    'tools/footer/index.js': "module.exports = { footer: require('fs').readFileSync(__dirname + '/footer.txt', 'utf8') };\n",
    'tools/footer/footer.txt': '// built by acme\n',
    'packages/plain/package.json': { name: '@acme/plain', version: '1.0.0', main: 'index.js', dependencies: { helper: 'file:../../vendor/helper' } },
    'vendor/helper/package.json': { name: 'helper', version: '1.0.0', main: 'index.js' },
    'vendor/helper/index.js': "module.exports = 'help';\n",
    'packages/plain/index.js': "module.exports = 'plain';\n",
    'packages/plain/index.test.js': "require('./index');\n",
    'packages/listed/package.json': { name: '@acme/listed', version: '1.0.0', main: 'dist/index.js', files: ['dist'] },
    'packages/listed/dist/index.js': "module.exports = 'listed';\n",
    'packages/listed/src/index.js': "module.exports = 'listed';\n",
  });
  await repo.npm(['install', '--package-lock-only']);
  repo.commit('nodejs fixture');
  const config = configOf([layer('node', 'nodejs', 'layers/node')]);
  return mutateEachFile(repo, config, { ...commandEnv(process.env), npm_config_offline: 'true', npm_config_update_notifier: 'false' });
}

/** A python layer (wheels from a folder outside the repository), a ruby layer (gems from vendor/cache), a runtime. */
async function otherFixture(): Promise<Outcome> {
  const wheels = await tempDir('lla-wheels-');
  writeWheels(wheels, [['purepkg', '1.0', 'py3-none-any', { 'purepkg/__init__.py': 'VALUE = 1\n' }]]);
  const repo = await createRepo();
  const scratch = await tempDir('lla-gem-src-');
  const cache = path.join(repo.dir, 'layers/gems/vendor/cache');
  await mkdir(cache, { recursive: true });
  await buildGem(scratch, cache, { name: 'words', version: '1.0.0', files: { 'lib/words.rb': 'module Words; end\n' } });
  await repo.write({
    '.gitignore': 'dist/\n',
    'layers/py/requirements.txt': 'purepkg==1.0\n',
    'layers/py/handler.py': 'import purepkg\n',
    'layers/py/README.md': '# py\n',
    'layers/gems/Gemfile': 'source "https://rubygems.org"\ngem "words"\n',
    'layers/gems/Gemfile.lock': 'GEM\n  remote: https://rubygems.org/\n  specs:\n    words (1.0.0)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  words\n\nBUNDLED WITH\n   2.3.15\n',
    'layers/gems/README.md': '# gems\n',
    'runtimes/rt/bootstrap': { content: '#!/bin/sh\necho hi\n', mode: 0o755 },
    'runtimes/rt/README.md': '# rt\n',
  });
  repo.commit('python, ruby, runtime fixture');
  const rubyVersion = execFileSync('ruby', ['-e', 'print RUBY_VERSION'], { encoding: 'utf8' });
  const config = configOf([
    layer('py', 'python', 'layers/py', { runtimes: [], architectures: [hostArch()] }),
    layer('gems', 'ruby', 'layers/gems', { runtimes: [`ruby${rubyVersion.split('.').slice(0, 2).join('.')}`], architectures: [hostArch()] }),
    layer('rt', 'runtime', 'runtimes/rt', { build: 'mkdir -p dist && cp bootstrap dist/', output: 'dist', architectures: [hostArch()] }),
  ]);
  return mutateEachFile(repo, config, { ...commandEnv(process.env), PIP_NO_INDEX: '1', PIP_FIND_LINKS: wheels, PIP_NO_CACHE_DIR: '1' });
}

const configOf = (layers: LayerConfig[]): Config => ({ file: 'lambda-layers.yml', version: 1, layerPrefix: '', regions: ['us-east-1'], layers, functions: [] });
const hostArch = () => (os.arch() === 'arm64' ? 'arm64' : 'x86_64');
