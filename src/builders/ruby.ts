// A ruby layer: the gems of the layer's Gemfile.lock installed by bundler into ruby/gems/<x.y.0>/ (on Lambda,
// /opt/ruby/gems/<x.y.0> is on GEM_PATH), in deployment mode (the lockfile as it is, frozen) and without the
// development and test groups. Native gems are checked against the layer's architectures like a bootstrap is.
import { existsSync } from 'node:fs';
import { cp, mkdir, open, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { elfArchitecture, elfMachine } from '../packaging/bootstrap';
import type { LayerConfig } from '../types';
import { BuildError, runCommand, type BuildOptions } from './command';

/** `ruby3.4` -> `3.4.0`: the folder Lambda's Ruby runtime puts on GEM_PATH. */
export function rubyGemVersions(layer: LayerConfig): string[] {
  const versions = layer.runtimes.flatMap((r) => /^ruby(\d+)\.(\d+)$/.exec(r)?.slice(1, 3).join('.') ?? []).map((v) => `${v}.0`);
  if (versions.length === 0) {
    throw new BuildError(`Layer ${layer.key} is a ruby layer without a ruby runtime: add one to its \`runtimes\`, such as ruby3.4.`);
  }
  return [...new Set(versions)].sort();
}

const HOST_PROBE = 'print RbConfig::CONFIG["ruby_version"]';
/** What bundler leaves next to the gems that Lambda never reads: the downloaded .gem files and per-install logs. */
const NOT_SHIPPED = ['cache', 'build_info', 'doc', 'plugins', 'bin'];
const BUILD_LOGS = new Set(['gem_make.out', 'mkmf.log']);

export async function buildRuby(layer: LayerConfig, opts: BuildOptions): Promise<string> {
  const cwd = path.join(opts.repoRoot, layer.path);
  const versions = rubyGemVersions(layer);
  if (!existsSync(path.join(cwd, 'Gemfile.lock'))) {
    throw new BuildError(`Layer ${layer.key} has no Gemfile.lock in ${layer.path}: run \`bundle lock\` there and commit it.`);
  }
  const bundle = path.join(opts.workDir, 'bundle');
  const root = path.join(opts.workDir, 'layer');
  await Promise.all([bundle, root].map((dir) => rm(dir, { recursive: true, force: true })));
  await mkdir(root, { recursive: true });

  const probe = await runCommand(
    layer,
    { file: 'ruby', args: ['-e', HOST_PROBE], cwd, display: 'ruby -e <version probe>', hint: RUBY_HINT, level: 'debug' },
    opts,
  );
  const hostVersion = probe.stdout.trim();
  // Gems vendored with `bundle cache` are installed from vendor/cache alone, without a gem server.
  const args = existsSync(path.join(cwd, 'vendor', 'cache')) ? ['install', '--local'] : ['install'];
  const env = {
    ...opts.env,
    BUNDLE_GEMFILE: path.join(cwd, 'Gemfile'),
    BUNDLE_DEPLOYMENT: 'true',
    BUNDLE_WITHOUT: 'development:test',
    BUNDLE_PATH: bundle,
    // Settings of this build only: the repository's .bundle/config is neither read nor written.
    BUNDLE_APP_CONFIG: path.join(opts.workDir, 'bundle-config'),
  };
  await runCommand(
    layer,
    {
      file: 'bundle',
      args,
      cwd,
      display: `bundle ${args.join(' ')}`,
      hint:
        `Run \`BUNDLE_DEPLOYMENT=true BUNDLE_WITHOUT=development:test bundle ${args.join(' ')}\` in ${layer.path} to ` +
        'reproduce; in deployment mode the Gemfile.lock must match the Gemfile (run `bundle lock` and commit it).',
    },
    { ...opts, env },
  );

  const installed = path.join(bundle, 'ruby', hostVersion);
  await Promise.all(NOT_SHIPPED.map((name) => rm(path.join(installed, name), { recursive: true, force: true })));
  const natives = await nativeLibraries(installed);
  const problems = natives.flatMap((lib) => architectureProblem(lib, layer.architectures));
  if (problems.length > 0) {
    throw new BuildError(
      `Layer ${layer.key} runs on ${layer.architectures.join(', ')}, but these gems hold native code for another ` +
        `architecture: ${problems.join('; ')}. Build the layer on a runner of that architecture (one layer per ` +
        'architecture), or use the gem\'s platform build for it.',
    );
  }
  const otherRuby = versions.filter((v) => v !== hostVersion);
  if (natives.length > 0 && otherRuby.length > 0) {
    throw new BuildError(
      `Layer ${layer.key} targets Ruby ${otherRuby.join(', ')}, but its native gems (${gemsOf(natives).join(', ')}) ` +
        `were compiled by the runner's Ruby ${hostVersion}: install that Ruby on the runner (for example with ` +
        'ruby/setup-ruby), or declare only the matching ruby runtime.',
    );
  }
  for (const version of versions) await cp(installed, path.join(root, 'ruby', 'gems', version), { recursive: true, verbatimSymlinks: true });
  return root;
}

const RUBY_HINT = "Install Ruby and bundler on the runner (Debian/Ubuntu: 'apt-get install ruby bundler', or ruby/setup-ruby) before this step.";

interface NativeLibrary {
  gem: string;
  /** Relative to the installed gem folder. */
  file: string;
  machine?: number;
}

/** Every `.so` (and `.bundle`) of the installed gems; build logs, which hold absolute paths of this machine, go. */
async function nativeLibraries(installed: string): Promise<NativeLibrary[]> {
  const found: NativeLibrary[] = [];
  const entries = existsSync(installed) ? await readdir(installed, { recursive: true, withFileTypes: true }) : [];
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && BUILD_LOGS.has(entry.name)) await rm(full);
    else if (entry.isFile() && /\.(so|bundle)$/.test(entry.name)) {
      const file = path.relative(installed, full).split(path.sep).join('/');
      found.push({ gem: gemOf(file), file, machine: elfMachine(await readHead(full)) });
    }
  }
  return found.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** `gems/nokogiri-1.16.0-x86_64-linux/lib/...` or `extensions/x86_64-linux/3.3.0/bcrypt-3.1.20/...` -> the gem's folder name. */
function gemOf(file: string): string {
  const parts = file.split('/');
  return (parts[0] === 'extensions' ? parts[3] : parts[1]) ?? file;
}

function gemsOf(libs: NativeLibrary[]): string[] {
  return [...new Set(libs.map((l) => l.gem))];
}

function architectureProblem(lib: NativeLibrary, architectures: readonly string[]): string[] {
  const arch = lib.machine === undefined ? undefined : elfArchitecture(lib.machine);
  if (lib.machine === undefined) return [`${lib.gem} (${lib.file} is not a Linux ELF library)`];
  const missing = architectures.filter((a) => a !== arch);
  if (missing.length === 0) return [];
  return [`${lib.gem} (${lib.file} is built for ${arch ?? `ELF machine ${lib.machine}`}, not ${missing.join(', ')})`];
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(64);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
