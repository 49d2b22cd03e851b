// The command line as a user runs it: dist/cli.js in a git repository copied from examples/monorepo, with real
// builds, against the embedded local Lambda API (--local) whose state stays in the repository between runs.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importedFiles } from './support/bundle';
import { NO_AWS_ENV } from './support/env';
import { EXAMPLE } from './support/demo';
import { startLambdaApi } from '../src/local/lambda-api';
import { cleanupRepos, copyRepo, createRepo, openRepo, tempDir, type TempRepo } from './support/repo';
import { captured } from './support/runner';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const ANSI = /\x1b\[/;

/** The environment of a developer's shell without any AWS credentials: nothing can reach AWS. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(AWS_|NO_COLOR$|FORCE_COLOR$)/.test(name)));
  return { ...env, ...NO_AWS_ENV, ...extra };
}

const lambdaLayers = (cwd: string, args: string[], env = cleanEnv()) => captured(spawn(process.execPath, [CLI, ...args], { cwd, env }));

/** Runs the command with its stdout on a pseudo-terminal, as in an interactive shell (util-linux `script`). */
function inTerminal(cwd: string, args: string[], env: NodeJS.ProcessEnv): string {
  const command = [process.execPath, CLI, ...args].map((a) => `'${a}'`).join(' ');
  return execFileSync('script', ['-qec', command, '/dev/null'], { cwd, env, encoding: 'utf8' });
}

/** The rows of the table under the header line that starts with `  STATUS`, up to the next blank line. */
function tableAfter(stdout: string, title: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l, i) => l.startsWith(title) && lines[i + 1]?.startsWith('  STATUS'));
  expect(start, `a table under '${title}'`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('  '));
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((l) => !/^ {2}(unchanged:|no change since |install scripts not run|Layers: )/.test(l));
}

describe('dist/cli.js on a copy of examples/monorepo', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    const dir = await tempDir('lla-cli-');
    await cp(EXAMPLE, dir, { recursive: true, filter: (src) => !/[/\\](node_modules|dist)$/.test(src) });
    repo = openRepo(dir);
    repo.git('init', '-q', '-b', 'main');
    repo.commit('Example monorepo');
  });
  afterAll(cleanupRepos);

  it('plans from git alone without credentials: an aligned table, not Markdown, no colour when piped', async () => {
    const { code, stdout, stderr } = await lambdaLayers(repo.dir, ['plan']);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('Lambda layers: plan (lambda-layers plan)');
    expect(stdout).toContain('AWS was not consulted');
    expect(stdout).not.toMatch(ANSI);
    expect(stdout).not.toMatch(/^#|\|---|\*\*/m);
    const layers = tableAfter(stdout, 'Layers');
    expect(layers.map((row) => row.trim().split(/\s+/).slice(0, 2))).toEqual([
      ['STATUS', 'LAYER'],
      ['changed', 'shared-deps'],
      ['changed', 'api-deps'],
      ['changed', 'py-utils'],
      ['changed', 'exec-runtime'],
    ]);
    // Aligned: every row's region starts in the REGION column.
    const column = layers[0].indexOf('REGION');
    for (const row of layers.slice(1)) expect(row.indexOf('us-east-1'), row).toBe(column);
    expect(tableAfter(stdout, 'Functions').slice(1).map((row) => row.trim().split(/\s+/).slice(0, 2))).toEqual([
      ['would-update', 'orders-api'],
      ['would-update', 'reports'],
      ['would-update', 'edge-proxy'],
    ]);
    // The functions were not read: each may already have its layers, so none is shown appended.
    expect(stdout).toMatch(/^ {2}would-update +orders-api +us-east-1 +acme-shared-deps:\? → acme-shared-deps \(new version\), acme-api-deps:\? → acme-api-deps \(new version\)$/m);
  });

  it('says no change since the base from git alone, before anything was ever published, never unchanged', async () => {
    const { code, stdout, stderr } = await lambdaLayers(repo.dir, ['plan', '--base', 'HEAD']);
    expect(code, stderr).toBe(0);
    const base = repo.head().slice(0, 7);
    expect(stdout).toMatch(new RegExp(`^Layers {2}4 no change since ${base}$`, 'm'));
    expect(stdout).toContain(`  no change since ${base} (not checked against AWS): shared-deps, api-deps, py-utils, exec-runtime\n`);
    expect(stdout).not.toContain('unchanged');
  });

  it('publishes with --local, keeping the state in .lambda-layers/, so a second publish finds every layer unchanged', { timeout: 180_000 }, async () => {
    const first = await lambdaLayers(repo.dir, ['publish', '--local']);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Layers {2}4 published$/m);
    expect(first.stdout).toMatch(/^ {2}published +shared-deps +us-east-1 +none → acme-shared-deps:1 +\d/m);
    expect(existsSync(path.join(repo.dir, '.lambda-layers', 'lambda-api.json'))).toBe(true);
    // The example ignores the folder, so the state never shows up as a change.
    expect(repo.git('status', '--porcelain')).toBe('');

    const second = await lambdaLayers(repo.dir, ['publish', '--local', '--create-functions']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^Layers {2}4 unchanged$/m);
    expect(second.stdout).toContain('unchanged: shared-deps (acme-shared-deps:1), api-deps (acme-api-deps:1), py-utils (acme-py-utils:1), exec-runtime (acme-exec-runtime:1)');
    expect(second.stdout).toMatch(/^ {2}would-create +orders-api +us-east-1 +\+acme-shared-deps:1, \+acme-api-deps:1; publishes a function version; alias live: none → new version$/m);
  });

  it('deploys with --local --create-functions to the functions it creates, and a re-run changes nothing', { timeout: 120_000 }, async () => {
    const deploy = await lambdaLayers(repo.dir, ['deploy', '--local', '--create-functions']);
    expect(deploy.code, deploy.stdout + deploy.stderr).toBe(0);
    expect(deploy.stdout).toMatch(/^Functions {2}3 created$/m);
    expect(deploy.stdout).toContain('Created local function edge-proxy (us-east-1): provided.al2023, x86_64, from the layers exec-runtime.');
    const again = await lambdaLayers(repo.dir, ['deploy', '--local']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^Functions {2}3 unchanged$/m);
    expect(again.stdout).toMatch(/^ {2}unchanged +orders-api +us-east-1 +acme-shared-deps:1, acme-api-deps:1; alias live → version 1$/m);
  });

  it('saves a plan with --plan-file, applies exactly it on deploy, and refuses it once the checkout drifted', { timeout: 180_000 }, async () => {
    await appendFile(path.join(repo.dir, 'packages/logger/index.js'), '// reviewed change\n');
    repo.commit('logger change');
    const plan = await lambdaLayers(repo.dir, ['plan', '--local', '--plan-file', 'reviewed-plan.json']);
    expect(plan.code, plan.stderr).toBe(0);
    const saved = JSON.parse(await readFile(path.join(repo.dir, 'reviewed-plan.json'), 'utf8'));
    expect(saved.format).toBe('lambda-layers-plan');
    const deploy = await lambdaLayers(repo.dir, ['deploy', '--local', '--plan-file', 'reviewed-plan.json']);
    expect(deploy.code, deploy.stdout + deploy.stderr).toBe(0);
    expect(deploy.stdout).toMatch(/^ {2}updated +orders-api /m);

    const again = await lambdaLayers(repo.dir, ['plan', '--local', '--plan-file', 'reviewed-plan.json']);
    expect(again.code, again.stderr).toBe(0);
    await appendFile(path.join(repo.dir, 'packages/logger/index.js'), '// not reviewed\n');
    repo.commit('unreviewed change');
    const drifted = await lambdaLayers(repo.dir, ['deploy', '--local', '--plan-file', 'reviewed-plan.json']);
    expect(drifted.code).toBe(1);
    expect(drifted.stderr).toMatch(/drifted from the saved plan[\s\S]*layer shared-deps: fingerprint [0-9a-f]{64} in the plan, [0-9a-f]{64} now/);
  });

  it('colours the plan on a terminal, and not with NO_COLOR set', () => {
    expect(inTerminal(repo.dir, ['plan'], cleanEnv())).toMatch(ANSI);
    const plain = inTerminal(repo.dir, ['plan'], cleanEnv({ NO_COLOR: '1' }));
    expect(plain).toContain('Lambda layers: plan');
    expect(plain).not.toMatch(ANSI);
  });
});

describe('dist/cli.js exit codes', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await createRepo({
      files: {
        '.gitignore': '.lambda-layers/\n',
        'lambda-layers.yml': 'version: 1\nregions: [us-east-1]\nlayers:\n  broken:\n    type: custom\n    path: layers/broken\n    build: echo compiling && exit 3\n    output: out\n',
        'layers/broken/src.txt': 'x\n',
      },
    });
  });
  afterAll(cleanupRepos);

  it('exits 1 when a layer fails, naming it and the command', async () => {
    const { code, stdout, stderr } = await lambdaLayers(repo.dir, ['publish', '--local']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: Layer broken failed: `echo compiling && exit 3` for layer broken \(in layers\/broken\) exited with code 3/m);
    expect(stdout).toMatch(/^ {2}failed +broken /m);
  });

  it('exits 2 on a usage error', async () => {
    const unknown = await lambdaLayers(repo.dir, ['publsh']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain("unknown command 'publsh'; use plan, publish or deploy.");
    const flag = await lambdaLayers(repo.dir, ['plan', '--forse']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--forse'");
  });

  it('exits 1 on a bad option value, naming the option, and outside a git repository', async () => {
    const bad = await lambdaLayers(repo.dir, ['plan', '--concurrency', '0']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Option --concurrency is '0', but it must be a whole number of at least 1.");
    const missing = await lambdaLayers(repo.dir, ['plan', '--config', 'nope.yml']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Option --config is 'nope.yml', but it must be a file of the repository: there is no ");
    const outside = await lambdaLayers(await tempDir('lla-nogit-'), ['plan']);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toMatch(/is not inside a git repository/);
  });

  it('bundles no @actions/* package: the command line logs through its own console Logger', async () => {
    // dist/ is split into chunks: what the command line loads is cli.js and every chunk it imports, statically or not.
    const loaded = await importedFiles(CLI, { dynamic: true });
    const sources = (await Promise.all(loaded.map(async (file) => JSON.parse(await readFile(`${file}.map`, 'utf8')).sources as string[]))).flat();
    expect(sources.some((source) => source.endsWith('src/pipeline.ts'))).toBe(true);
    expect(sources.filter((source) => /@actions|@octokit/.test(source))).toEqual([]);
  });

  it('prints the help with exit 0', async () => {
    const help = await lambdaLayers(repo.dir, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: lambda-layers <plan\|publish\|deploy> \[options\]/);
    for (const flag of ['--config', '--base', '--layers', '--regions', '--force', '--allow-dirty', '--plan-file', '--concurrency', '--s3-bucket', '--keep-versions', '--local']) {
      expect(help.stdout).toContain(flag);
    }
  });
});

/** Every file under `dir` with its sha256, to show that a command left a folder exactly as it was. */
async function checksums(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  return Object.fromEntries(await Promise.all(files.map(async (f) => [path.relative(dir, f), createHash('sha256').update(await readFile(f)).digest('hex')])));
}

describe('dist/cli.js --local is an honest emulator', () => {
  let repo: TempRepo;
  const state = () => path.join(repo.dir, '.lambda-layers');
  beforeAll(async () => {
    // Two layers whose settings imply the function: python3.12 from py, arm64 the only architecture both allow.
    repo = await createRepo({
      files: {
        '.gitignore': '.lambda-layers/\n',
        'lambda-layers.yml':
          'version: 1\nregions: [us-east-1]\nlayers:\n' +
          '  py:\n    type: custom\n    path: layers/py\n    build: mkdir -p out/python && cp util.py out/python/\n    output: out\n' +
          '    runtimes: [python3.12, python3.13]\n    architectures: [x86_64, arm64]\n' +
          '  assets:\n    type: custom\n    path: layers/assets\n    build: mkdir -p out && cp data.txt out/\n    output: out\n    architectures: [arm64]\n' +
          'functions:\n  reports:\n    layers: [py, assets]\n',
        'layers/py/util.py': 'def shout(s):\n    return s.upper()\n',
        'layers/assets/data.txt': 'data\n',
      },
    });
  });
  afterAll(cleanupRepos);

  it('fails a deploy to a function that does not exist, as AWS does, and says that --create-functions creates it', { timeout: 60_000 }, async () => {
    const deploy = await lambdaLayers(repo.dir, ['deploy', '--local']);
    expect(deploy.code, deploy.stdout + deploy.stderr).toBe(1);
    expect(deploy.stdout).not.toMatch(/Created/);
    expect(deploy.stdout).toMatch(/^ {2}failed +reports +us-east-1/m);
    expect(deploy.stderr).toContain('Function not found: arn:aws:lambda:us-east-1:123456789012:function:reports');
    expect(deploy.stderr).toMatch(/--create-functions creates it on the local Lambda API \(python3\.12, arm64\)/);
    expect(JSON.stringify(JSON.parse(await readFile(path.join(state(), 'lambda-api.json'), 'utf8')))).not.toContain('"reports"');
  });

  it('plans without writing the local state, previewing with --create-functions the functions a deploy would create', { timeout: 60_000 }, async () => {
    const before = await checksums(state());
    expect(Object.keys(before)).toContain('lambda-api.json');
    const plan = await lambdaLayers(repo.dir, ['plan', '--local']);
    // The plan foresees the deploy failing: it exits 1 with the reason, as the deploy would.
    expect(plan.code, plan.stderr).toBe(1);
    expect(plan.stderr).toMatch(/^error: A deploy would fail for function reports \(us-east-1\): .*Function not found/m);
    expect(plan.stdout).toMatch(/--create-functions creates it on the local Lambda API \(python3\.12, arm64\)/);
    const preview = await lambdaLayers(repo.dir, ['plan', '--local', '--create-functions']);
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toMatch(/^Functions {2}1 would-create$/m);
    expect(preview.stdout).toMatch(/^ {2}would-create +reports +us-east-1 +\+py:1, \+assets:1$/m);
    expect(await checksums(state())).toEqual(before);
  });

  it('creates a missing function with --create-functions, with the runtime and architecture its layers imply', { timeout: 60_000 }, async () => {
    const deploy = await lambdaLayers(repo.dir, ['deploy', '--local', '--create-functions']);
    expect(deploy.code, deploy.stdout + deploy.stderr).toBe(0);
    expect(deploy.stdout).toContain('Created local function reports (us-east-1): python3.12, arm64, from the layers py, assets.');
    expect(deploy.stdout).toMatch(/^Functions {2}1 created$/m);
    expect(deploy.stdout).toMatch(/^ {2}created +reports +us-east-1 +\+py:1, \+assets:1$/m);
    // The state as saved: the function's own settings, read from the JSON file rather than through the CLI.
    const saved = await readFile(path.join(state(), 'lambda-api.json'), 'utf8');
    const fn = JSON.parse(saved, (_key, value) => (value?.$map ? Object.fromEntries(value.$map) : value))['us-east-1'].functions.reports;
    expect(fn).toMatchObject({ runtime: 'python3.12', architectures: ['arm64'] });
    expect(fn.layers.map((arn: string) => arn.split(':').slice(-2).join(':'))).toEqual(['py:1', 'assets:1']);

    const again = await lambdaLayers(repo.dir, ['deploy', '--local', '--create-functions']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).not.toContain('Created local function');
    expect(again.stdout).toMatch(/^Functions {2}1 unchanged$/m);
  });

  it('local reset removes the local state, saying what it held; a second reset finds none', async () => {
    const reset = await lambdaLayers(path.join(repo.dir, 'layers'), ['local', 'reset']);
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toBe('Removed the local Lambda API state .lambda-layers/lambda-api.json: 1 function and 2 layer versions in us-east-1.\n');
    expect(existsSync(path.join(state(), 'lambda-api.json'))).toBe(false);
    const again = await lambdaLayers(repo.dir, ['local', 'reset']);
    expect(again).toMatchObject({ code: 0, stdout: 'No local Lambda API state to remove: .lambda-layers/lambda-api.json does not exist.\n' });
    const unknown = await lambdaLayers(repo.dir, ['local', 'rest']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown local command 'rest'; use 'lambda-layers local reset'.");
  });
});

describe('dist/cli.js on a laptop: the default base and the remedies it names', () => {
  let origin: TempRepo;
  const sha: Record<string, string> = {};
  beforeAll(async () => {
    origin = await createRepo({
      files: {
        'lambda-layers.yml':
          'version: 1\nregions: [us-east-1]\nlayers:\n' +
          '  a:\n    type: custom\n    path: layers/a\n    build: "true"\n    output: .\n' +
          '  b:\n    type: custom\n    path: layers/b\n    build: "true"\n    output: .\n',
        'layers/a/f.txt': 'a1\n',
        'layers/b/f.txt': 'b1\n',
      },
    });
    await origin.write({ 'layers/b/f.txt': 'b2\n' });
    sha.m2 = origin.commit('change b');
  });
  afterAll(cleanupRepos);

  /** The plan's base line and which layers it finds changed. */
  async function plan(dir: string) {
    const { code, stdout, stderr } = await lambdaLayers(dir, ['plan']);
    expect(code, stderr).toBe(0);
    expect(stdout + stderr).not.toMatch(/manual event|workflow|HEAD\^/);
    const changed = tableAfter(stdout, 'Layers').slice(1).map((row) => row.trim().split(/\s+/)[1]);
    return { comparing: stdout.split('\n').find((l) => l.startsWith('Comparing with')), changed };
  }

  it('compares a branch with its merge-base with main when there is no remote', async () => {
    const repo = await copyRepo(origin);
    const fork = repo.head();
    repo.branch('feature');
    await repo.write({ 'layers/a/f.txt': 'a2\n' });
    repo.commit('change a');
    expect(await plan(repo.dir)).toEqual({ comparing: `Comparing with ${fork.slice(0, 12)} (merge-base with main).`, changed: ['a'] });
  });

  it("compares with the merge-base with origin/HEAD's target, else with the upstream", async () => {
    await origin.write({ 'layers/b/f.txt': 'b3\n' });
    const m3 = origin.commit('change b again');
    const clone = await origin.clone();
    clone.branch('feature', sha.m2);
    await clone.write({ 'layers/a/f.txt': 'a2\n' });
    clone.commit('change a');
    expect(await plan(clone.dir)).toEqual({ comparing: `Comparing with ${sha.m2.slice(0, 12)} (merge-base with origin/main).`, changed: ['a'] });

    clone.git('remote', 'set-head', 'origin', '-d');
    clone.checkout('main');
    await clone.write({ 'layers/b/f.txt': 'b4\n' });
    clone.commit('unpushed change b');
    expect(await plan(clone.dir)).toEqual({ comparing: `Comparing with ${m3.slice(0, 12)} (merge-base with origin/main).`, changed: ['b'] });
  });

  it('falls back to the parent commit in terminal words when no default branch is found, or HEAD is its tip', async () => {
    const repo = await copyRepo(origin);
    repo.git('branch', '-m', 'main', 'trunk');
    const none = await lambdaLayers(repo.dir, ['plan']);
    expect(none.stdout).toContain(`Comparing with ${repo.git('rev-parse', 'HEAD^').slice(0, 12)} (HEAD^).`);
    expect(none.stdout).toContain('No default branch was found (no origin/HEAD, no upstream, no main or master branch): comparing with the parent commit HEAD^; --base <ref> picks another.');
    const tip = await lambdaLayers(origin.dir, ['plan']);
    expect(tip.stdout).toContain('HEAD is the tip of main: comparing with the parent commit HEAD^; --base <ref> picks another.');
    expect(tip.stdout).not.toMatch(/manual event/);
  });

  it('names the command line remedies when a publish finds no AWS credentials', async () => {
    const { code, stderr } = await lambdaLayers(origin.dir, ['publish']);
    expect(code).toBe(1);
    expect(stderr).toContain('lambda-layers publish needs AWS credentials, but none were found.');
    for (const remedy of ['aws sso login', '--profile', 'AWS_PROFILE', '--local', "'lambda-layers plan' needs none"]) expect(stderr).toContain(remedy);
    expect(stderr).not.toMatch(/configure-aws-credentials|mode: plan/);
  });

  it('--profile picks the profile of the shared credentials file, and is refused with --local', async () => {
    const dir = await tempDir('lla-aws-');
    await writeFile(path.join(dir, 'credentials'), '[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = dev-secret\n');
    const lambda = await startLambdaApi();
    try {
      const env = cleanEnv({ AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'credentials'), AWS_ENDPOINT_URL: lambda.url, AWS_REGION: 'us-east-1' });
      const without = await lambdaLayers(origin.dir, ['plan'], env);
      expect(without.stdout).toContain('AWS was not consulted');
      const withProfile = await lambdaLayers(origin.dir, ['plan', '--profile', 'dev'], env);
      expect(withProfile.code, withProfile.stderr).toBe(0);
      expect(withProfile.stdout).not.toContain('AWS was not consulted');
      expect(lambda.calls.some((c) => c.op === 'ListLayers')).toBe(true);
    } finally {
      await lambda.close();
    }
    const both = await lambdaLayers(origin.dir, ['plan', '--local', '--profile', 'dev']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--profile and --local exclude each other');
  });
});

describe('dist/cli.js with uncommitted inputs', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await createRepo({
      files: {
        '.gitignore': '.lambda-layers/\nout/\n',
        'lambda-layers.yml': 'version: 1\nregions: [us-east-1]\nlayers:\n  go:\n    type: runtime\n    path: runtimes/go\n    build: mkdir -p out && cp bootstrap out/\n    output: out\n',
        'runtimes/go/bootstrap': { content: '#!/bin/sh\necho committed\n', mode: 0o755 },
      },
    });
  });
  afterAll(cleanupRepos);

  const state = async () => JSON.stringify(JSON.parse(await readFile(path.join(repo.dir, '.lambda-layers', 'lambda-api.json'), 'utf8')));

  it('refuses to publish or deploy an edited, uncommitted bootstrap, naming it and both ways out; plans it marked', async () => {
    await repo.write({ 'runtimes/go/bootstrap': { content: '#!/bin/sh\necho edited\n', mode: 0o755 } });
    for (const command of ['publish', 'deploy']) {
      const refused = await lambdaLayers(repo.dir, [command, '--local']);
      expect(refused.code, refused.stdout).toBe(1);
      expect(refused.stderr).toContain('error: Uncommitted changes in the inputs of go (runtimes/go/bootstrap).');
      expect(refused.stderr).toContain(`Commit them and run again, or pass --allow-dirty to ${command} them as they are (labelled 'uncommitted').`);
    }
    expect(await state()).not.toContain('src-sha256');

    const plan = await lambdaLayers(repo.dir, ['plan', '--local']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/· commit [0-9a-f]{7} \+ uncommitted changes ·/);
    expect(plan.stdout).toContain("  Inputs that differ from the commit, taken as they are (versions published from them are labelled uncommitted): go (runtimes/go/bootstrap)\n");
    expect(plan.stdout).toMatch(/^ {2}changed +go \(uncommitted\) +us-east-1 /m);
  });

  it('publishes it with --allow-dirty, labelled uncommitted instead of a commit', async () => {
    const published = await lambdaLayers(repo.dir, ['publish', '--local', '--allow-dirty']);
    expect(published.code, published.stdout + published.stderr).toBe(0);
    expect(published.stdout).toMatch(/^ {2}published +go \(uncommitted\) +us-east-1 +none → go:1/m);
    expect(await state()).toMatch(/"src-sha256:[0-9a-f]{64} uncommitted"/);
    expect(await state()).not.toContain('commit:');
  });
});

describe('dist/cli.js on a runtime layer whose bootstrap needs an interpreter', () => {
  afterAll(cleanupRepos);

  it('warns that provided.al2023 has no node, naming the ways out, and still publishes', async () => {
    const repo = await createRepo({
      files: {
        '.gitignore': '.lambda-layers/\nout/\n',
        'lambda-layers.yml':
          'version: 1\nregions: [us-east-1]\nlayers:\n  js:\n    type: runtime\n    path: runtimes/js\n    build: mkdir -p out && cp bootstrap out/\n' +
          '    output: out\n    runtimes: [provided.al2023]\n',
        'runtimes/js/bootstrap': { content: '#!/usr/bin/env node\nrequire("./server");\n', mode: 0o755 },
      },
    });
    const { code, stdout, stderr } = await lambdaLayers(repo.dir, ['publish', '--local']);
    expect(code, stderr).toBe(0);
    expect(stdout + stderr).toMatch(/bootstrap starts with #!\/usr\/bin\/env node, but provided\.al2023 has no node \(only sh and bash\).*bin\/node, with #!\/opt\/bin\/node/);
    expect(tableAfter(stdout, 'Layers').join('\n')).toMatch(/published +js /);
  });
});
