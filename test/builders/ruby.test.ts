// Real bundler, offline: small gems built with `gem build` into the layer's vendor/cache and installed with
// `bundle install --local`; the zip is unpacked and each gem required with GEM_PATH set as Lambda sets it.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processExec } from '../../src/adapters/exec';
import { parseConfig } from '../../src/config/load';
import { buildLayer } from '../../src/builders';
import { commandEnv } from '../../src/builders/env';
import { packageLayer } from '../../src/packaging';
import type { LayerConfig } from '../../src/types';
import { startLambdaApi, type LambdaApi } from '../../src/local/lambda-api';
import { runAction } from '../support/runner';
import { layer } from '../detect/fixture';
import { memoryLogger } from '../support/logger';
import { cleanupRepos, createRepo, tempDir, type TempRepo } from '../support/repo';
import { buildError, buildGem, filesIn, type GemSource } from './helpers';
import { localAwsEnv } from '../support/env';

/** The runner's Ruby ABI version (`3.1.0`); the layers that are required here declare that version's runtime. */
const HOST_RUBY = execFileSync('ruby', ['-e', 'print RbConfig::CONFIG["ruby_version"]'], { encoding: 'utf8' });
const HOST_RUNTIME = `ruby${HOST_RUBY.split('.').slice(0, 2).join('.')}`;
const HOST_ARCH = execFileSync('uname', ['-m'], { encoding: 'utf8' }).trim() === 'aarch64' ? 'arm64' : 'x86_64';
const OTHER_ARCH = HOST_ARCH === 'arm64' ? 'x86_64' : 'arm64';

/** The 64-byte header of a little-endian ELF shared object for `arch`: all the architecture check reads. */
function elfLibrary(arch: string): Buffer {
  const head = Buffer.alloc(64);
  head.writeUInt32BE(0x7f454c46, 0);
  head[4] = 2; // 64-bit
  head[5] = 1; // little-endian
  head[6] = 1;
  head.writeUInt16LE(3, 16); // ET_DYN
  head.writeUInt16LE(arch === 'arm64' ? 183 : 62, 18);
  return head;
}

const GEMS: GemSource[] = [
  { name: 'words', version: '1.0.0', files: { 'lib/words.rb': 'module Words\n  def self.hello = "hello"\nend\n' } },
  {
    name: 'greet',
    version: '2.0.0',
    files: { 'lib/greet.rb': 'require "words"\nmodule Greet\n  def self.greet(name) = "#{Words.hello}, #{name}"\nend\n' },
    deps: { words: '~> 1.0' },
  },
  { name: 'fastlib', version: '0.3.0', files: { 'lib/fastlib.rb': 'module Fastlib; end\n', 'lib/fastlib/fastlib.so': elfLibrary(OTHER_ARCH) } },
];

const lockfile = (gems: string[]) => `GEM
  remote: https://rubygems.org/
  specs:
${gems.join('\n')}

PLATFORMS
  ruby

DEPENDENCIES
  ${gems.includes('    fastlib (0.3.0)') ? 'fastlib\n  ' : ''}greet
  rspec-lite

BUNDLED WITH
   2.3.15
`;
const PURE = ['    greet (2.0.0)\n      words (~> 1.0)', '    rspec-lite (0.1.0)', '    words (1.0.0)'];

const gemFile = (gem: GemSource) => `${gem.name}-${gem.version}.gem`;

/**
 * Every gem of GEMS, built once for the file (bundler only reads the copies in each repository's vendor/cache). Not a
 * tempDir: the describes' cleanupRepos would remove it before the last one.
 */
let gemsOnce: Promise<string> | undefined;
function builtGems(): Promise<string> {
  return (gemsOnce ??= (async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lla-gem-cache-'));
    await mkdir(path.join(dir, 'src'));
    for (const gem of GEMS) await buildGem(path.join(dir, 'src'), dir, gem);
    return dir;
  })());
}
afterAll(async () => {
  if (gemsOnce) await rm(await gemsOnce, { recursive: true, force: true });
});

/** A repository with a ruby layer at layers/gems whose gems come from its vendor/cache. */
async function rubyRepo(withNative: boolean): Promise<TempRepo> {
  const gemfile =
    `source "https://rubygems.org"\n${withNative ? 'gem "fastlib"\n' : ''}gem "greet"\n` +
    // Not in vendor/cache at all: the development group must not be installed.
    'group :development, :test do\n  gem "rspec-lite"\nend\n';
  const specs = withNative ? ['    fastlib (0.3.0)', ...PURE] : PURE;
  const repo = await createRepo({ files: { 'layers/gems/Gemfile': gemfile, 'layers/gems/Gemfile.lock': lockfile(specs) } });
  const cache = path.join(repo.dir, 'layers/gems/vendor/cache');
  await mkdir(cache, { recursive: true });
  const built = await builtGems();
  for (const gem of GEMS.filter((g) => withNative || g.name !== 'fastlib')) await copyFile(path.join(built, gemFile(gem)), path.join(cache, gemFile(gem)));
  repo.commit('ruby layer');
  return repo;
}

async function build(repo: TempRepo, extra: Partial<LayerConfig>) {
  const gems = layer('gems', 'ruby', 'layers/gems', { runtimes: [HOST_RUNTIME], architectures: [HOST_ARCH], ...extra });
  const workDir = await tempDir('lla-work-');
  const log = memoryLogger();
  const { root } = await buildLayer(gems, { repoRoot: repo.dir, workDir, exec: processExec, env: commandEnv(process.env), log });
  return { root, workDir, gems, log };
}

/** Zips the built layer, unpacks it with unzip into a folder standing for /opt, and runs `script` as Lambda would. */
async function requireFromZip(repo: TempRepo, built: Awaited<ReturnType<typeof build>>, gemVersion: string, script: string) {
  const zip = await packageLayer(built.gems, built.root, {
    repoRoot: repo.dir,
    zipPath: path.join(built.workDir, 'gems.zip'),
    exec: processExec,
    log: built.log,
  });
  const opt = await tempDir('lla-opt-');
  execFileSync('unzip', ['-q', zip.path, '-d', opt]);
  // Lambda's Ruby runtime: GEM_PATH=/var/task/vendor/bundle/ruby/<v>:/opt/ruby/gems/<v>:..., nothing of the runner's.
  const out = execFileSync('ruby', ['-e', script], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, GEM_PATH: path.join(opt, 'ruby/gems', gemVersion), GEM_HOME: path.join(opt, 'empty-gem-home') },
  });
  return { zip, opt, out };
}

describe('ruby layers', () => {
  let pure: TempRepo;
  let native: TempRepo;
  beforeAll(async () => {
    [pure, native] = await Promise.all([rubyRepo(false), rubyRepo(true)]);
  });
  afterAll(cleanupRepos);

  it("installs the Gemfile.lock's gems into ruby/gems/<x.y.0>, without the development and test groups, and each one requires from the unpacked zip", async () => {
    const built = await build(pure, {});
    const files = await filesIn(built.root);
    expect(files).toEqual([
      `ruby/gems/${HOST_RUBY}/gems/greet-2.0.0/lib/greet.rb`,
      `ruby/gems/${HOST_RUBY}/gems/words-1.0.0/lib/words.rb`,
      `ruby/gems/${HOST_RUBY}/specifications/greet-2.0.0.gemspec`,
      `ruby/gems/${HOST_RUBY}/specifications/words-1.0.0.gemspec`,
    ]);
    const { out } = await requireFromZip(pure, built, HOST_RUBY, 'require "greet"; require "words"; puts Greet.greet("lambda"); puts Gem.loaded_specs["greet"].full_gem_path');
    const [greeting, gemPath] = out.trim().split('\n');
    expect(greeting).toBe('hello, lambda');
    expect(gemPath).toMatch(new RegExp(`/ruby/gems/${HOST_RUBY.replace(/\./g, '\\.')}/gems/greet-2\\.0\\.0$`));
    // The repository is left as it was: bundler wrote no .bundle/config into it.
    expect(pure.git('status', '--porcelain')).toBe('');
  });

  it('takes the gem folder from the runtimes: ruby3.3 and ruby3.4 get 3.3.0 and 3.4.0', async () => {
    const built = await build(pure, { runtimes: ['ruby3.3', 'ruby3.4'] });
    const files = await filesIn(built.root);
    expect(files.filter((f) => f.endsWith('greet.rb'))).toEqual(['ruby/gems/3.3.0/gems/greet-2.0.0/lib/greet.rb', 'ruby/gems/3.4.0/gems/greet-2.0.0/lib/greet.rb']);
    // Pure-Ruby gems do not depend on the version that installed them: the runner's Ruby loads the 3.4.0 folder.
    const { out } = await requireFromZip(pure, built, '3.4.0', 'require "greet"; print Greet.greet("3.4")');
    expect(out).toBe('hello, 3.4');
  });

  it('builds the same zip twice', async () => {
    const zip = async () => {
      const built = await build(pure, {});
      return packageLayer(built.gems, built.root, { repoRoot: pure.dir, zipPath: path.join(built.workDir, 'z.zip'), exec: processExec, log: built.log });
    };
    expect((await zip()).codeSha256).toBe((await zip()).codeSha256);
  });

  it('refuses a native gem built for another architecture, naming the gem', async () => {
    const message = await buildError(build(native, {}));
    expect(message).toContain(`Layer gems runs on ${HOST_ARCH}, but these gems hold native code for another architecture`);
    expect(message).toContain(`fastlib-0.3.0 (gems/fastlib-0.3.0/lib/fastlib/fastlib.so is built for ${OTHER_ARCH}, not ${HOST_ARCH})`);
  });

  it('accepts the native gem on its own architecture and requires it', async () => {
    const built = await build(native, { architectures: [OTHER_ARCH] });
    const { out } = await requireFromZip(native, built, HOST_RUBY, 'require "fastlib"; require "greet"; print Fastlib.name');
    expect(out).toBe('Fastlib');
    expect(await filesIn(built.root)).toContain(`ruby/gems/${HOST_RUBY}/gems/fastlib-0.3.0/lib/fastlib/fastlib.so`);
  });

  it("refuses native gems for a Ruby version the runner's Ruby did not compile them for", async () => {
    const message = await buildError(build(native, { architectures: [OTHER_ARCH], runtimes: ['ruby3.4'] }));
    expect(message).toContain(`targets Ruby 3.4.0, but its native gems (fastlib-0.3.0) were compiled by the runner's Ruby ${HOST_RUBY}`);
  });

  it('fails with the command and a hint when the Gemfile.lock does not match the Gemfile (deployment mode)', async () => {
    await pure.write({ 'layers/gems/Gemfile': 'source "https://rubygems.org"\ngem "greet"\ngem "words", "2.0"\n' });
    const message = await buildError(build(pure, {}));
    pure.git('checkout', '--', 'layers/gems/Gemfile');
    expect(message).toContain('`bundle install --local` for layer gems (in layers/gems) exited with code');
    expect(message).toContain('the Gemfile.lock must match the Gemfile');
  });

  it('needs a ruby runtime', async () => {
    expect(await buildError(build(pure, { runtimes: ['provided.al2023'] }))).toContain('add one to its `runtimes`, such as ruby3.4');
  });
});

describe('ruby layers in lambda-layers.yml', () => {
  afterAll(cleanupRepos);
  const config = (layer: string) => `version: 1\nregions: [us-east-1]\nlayers:\n  gems:\n    type: ruby\n    path: layers/gems\n${layer}`;

  it('accepts type ruby with a ruby runtime', async () => {
    const { config: parsed, problems } = await parseConfig(config('    runtimes: [ruby3.4]\n'), 'lambda-layers.yml', { repoRoot: '.', checkPaths: false });
    expect(problems).toEqual([]);
    expect(parsed?.layers[0]).toMatchObject({ type: 'ruby', runtimes: ['ruby3.4'] });
  });

  it('refuses a ruby layer without a ruby runtime, located', async () => {
    const { problems } = await parseConfig(config('    runtimes: [python3.12]\n'), 'lambda-layers.yml', { repoRoot: '.', checkPaths: false });
    expect(problems.map((p) => `${p.line} ${p.key}: ${p.message}`)).toEqual([
      "7 layers.gems.runtimes: a 'ruby' layer needs a ruby runtime (ruby3.2, ruby3.3, ruby3.4): its gems go to ruby/gems/<x.y.0> for it.",
    ]);
  });

  it('needs a Gemfile in the folder', async () => {
    const repo = await createRepo({ files: { 'layers/gems/Gemfile.lock': '' } });
    const { problems } = await parseConfig(config('    runtimes: [ruby3.4]\n'), 'lambda-layers.yml', { repoRoot: repo.dir });
    expect(problems.map((p) => p.message)).toEqual(["a 'ruby' layer needs Gemfile in 'layers/gems'."]);
  });
});

describe('a ruby layer through dist/index.js', () => {
  let lambda: LambdaApi;
  beforeAll(async () => {
    lambda = await startLambdaApi();
  });
  afterAll(async () => {
    await lambda.close();
    await cleanupRepos();
  });

  /** A push to main of a repository with one ruby layer `gems`, run through the bundled action. */
  const publish = async (withNative: boolean) => {
    const repo = await rubyRepo(withNative);
    await repo.write({
      'lambda-layers.yml': `version: 1\nregions: [us-east-1]\nlayers:\n  gems:\n    type: ruby\n    path: layers/gems\n    runtimes: [ruby3.3]\n    architectures: [${HOST_ARCH}]\n`,
    });
    repo.commit('config');
    return runAction({
      cwd: repo.dir,
      sha: repo.head(),
      eventName: 'push',
      ref: 'refs/heads/main',
      event: { before: '0'.repeat(40), after: repo.head(), repository: { default_branch: 'main' } },
      env: localAwsEnv(lambda),
    });
  };

  it('fails the step on a gem for the wrong architecture, naming it, and publishes nothing', async () => {
    const result = await publish(true);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::.*Layer gems.*fastlib-0\.3\.0 \(gems\/fastlib-0\.3\.0\/lib\/fastlib\/fastlib\.so is built for/);
    expect(lambda.calls.filter((c) => c.op === 'PublishLayerVersion')).toEqual([]);
  });

  it('publishes the gems as ruby/gems/3.3.0 for ruby3.3, and the published zip requires them', async () => {
    const result = await publish(false);
    expect(result.code, result.stdout).toBe(0);
    const plan = JSON.parse(result.outputs.plan);
    expect(plan.layers[0]).toMatchObject({ key: 'gems', type: 'ruby', status: 'published' });
    const [version] = lambda.layerVersions('us-east-1', 'gems');
    const zipPath = path.join(await tempDir('lla-zip-'), 'gems.zip');
    await writeFile(zipPath, version.zip);
    const opt = await tempDir('lla-opt-');
    execFileSync('unzip', ['-q', zipPath, '-d', opt]);
    // The runner's Ruby stands in for Ruby 3.3: these gems are pure Ruby, so the folder name is all that differs.
    const out = execFileSync('ruby', ['-e', 'require "greet"; print Greet.greet("opt")'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GEM_PATH: path.join(opt, 'ruby/gems/3.3.0'), GEM_HOME: path.join(opt, 'empty') },
    });
    expect(out).toBe('hello, opt');
  });
});
