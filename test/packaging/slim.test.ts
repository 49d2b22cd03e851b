// Slimming (issue 27, item 8): a real nodejs layer installed by npm from a loopback registry, with @types packages,
// type declarations and source maps, zipped less what `slim` drops. The zips are read back by unzip and yauzl, and the
// unpacked layer is loaded by node as Lambda would (NODE_PATH=/opt/nodejs/node_modules).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processExec } from '../../src/adapters/exec';
import { buildLayer } from '../../src/builders';
import { commandEnv } from '../../src/builders/env';
import { startLambdaApi } from '../../src/local/lambda-api';
import { packageLayer } from '../../src/packaging';
import type { LayerConfig } from '../../src/types';
import { toolEnv } from '../builders/pm-fixture';
import { buildError, filesIn } from '../builders/helpers';
import { layer } from '../detect/fixture';
import { memoryLogger } from '../support/logger';
import { startRegistry, type Registry, type RegistryPackage } from '../support/registry';
import { cleanupRepos, createRepo, tempDir, type TempRepo } from '../support/repo';
import { runInProcess } from '../support/runner';
import { hostArch, layerRepo, pack, readZip, runtimeLayer, customLayer, zipinfo } from './fixture';
import { localAwsEnv, NOT_ISOLATED } from '../support/env';

const PACKAGES: RegistryPackage[] = [
  {
    manifest: { name: 'greet', version: '1.0.0', main: 'lib/index.js', types: 'lib/index.d.ts' },
    files: {
      'lib/index.js': "exports.greet = (name) => `hello ${name}`;\n//# sourceMappingURL=index.js.map\n",
      'lib/index.js.map': JSON.stringify({ version: 3, file: 'index.js', sources: ['../src/index.ts'], mappings: 'AAAA'.repeat(400) }),
      'lib/index.d.ts': 'export declare function greet(name: string): string;\n'.repeat(20),
      'README.md': '# greet\n\nSays hello.\n'.repeat(30),
    },
  },
  {
    manifest: { name: '@types/aws-lambda', version: '1.0.0', types: 'index.d.ts' },
    files: { 'index.d.ts': 'export interface Context { functionName: string }\n'.repeat(200), 'README.md': '# types\n' },
  },
  {
    manifest: {
      name: 'dual',
      version: '1.0.0',
      type: 'module',
      exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js', require: './dist/index.cjs' } },
    },
    files: {
      'dist/index.js': 'export const kind = "esm";\n',
      'dist/index.cjs': 'exports.kind = "cjs";\n',
      'dist/index.d.ts': 'export declare const kind: string;\n',
      'dist/index.cjs.map': JSON.stringify({ version: 3, file: 'index.cjs', sources: ['../src/index.ts'], mappings: 'AAAA' }),
    },
  },
];

const SLIM = ['**/*.d.ts', '**/*.map', '**/@types/**', 'nodejs/node_modules/**/README.md'];
/** What SLIM drops, written out independently of the code that applies it. */
const slimmedAway = (name: string) => /\.d\.ts$|\.map$|\/@types\/|^nodejs\/node_modules\/.*README\.md$/.test(name);

let registry: Registry;
let tools: Record<string, string>;
let template: TempRepo;

/** A repository whose layers/deps depends on the registry's packages, locked by npm. */
async function depsRepo(config = ''): Promise<TempRepo> {
  const repo = await createRepo();
  await repo.write({
    '.gitignore': 'node_modules/\n',
    '.npmrc': `registry=${registry.url}/\n`,
    'package.json': { name: 'acme', private: true, workspaces: ['layers/*'] },
    'layers/deps/package.json': {
      name: 'deps',
      version: '1.0.0',
      private: true,
      dependencies: { greet: '^1.0.0', '@types/aws-lambda': '^1.0.0', dual: '^1.0.0' },
    },
    ...(config ? { 'lambda-layers.yml': config } : {}),
  });
  await repo.npm(['install', '--package-lock-only'], { registry, env: tools });
  repo.commit('deps layer');
  return repo;
}

async function build(repo: TempRepo, extra: Partial<LayerConfig>) {
  const log = memoryLogger();
  const config = layer('deps', 'nodejs', 'layers/deps', { architectures: [hostArch], ...extra });
  const workDir = await tempDir('lla-work-');
  const env = { ...commandEnv(process.env), ...tools, npm_config_offline: 'false' };
  const { root } = await buildLayer(config, { repoRoot: repo.dir, workDir, exec: processExec, env, log });
  return { config, root, workDir, log };
}

beforeAll(async () => {
  registry = await startRegistry(PACKAGES);
  tools = await toolEnv();
  template = await depsRepo();
});
afterAll(async () => {
  await registry.close();
  await cleanupRepos();
});

describe('a slimmed nodejs layer', () => {
  it('leaves out exactly what the globs match, keeps every other file byte for byte, and still loads', async () => {
    const { config, root, workDir, log } = await build(template, { slim: SLIM });
    const zipPath = path.join(workDir, 'deps.zip');
    const zip = await packageLayer(config, root, { repoRoot: template.dir, zipPath, exec: processExec, log });

    // The built folder still holds everything; the zip holds it less what the globs match.
    const built = await filesIn(root);
    const expected = built.filter((name) => !slimmedAway(name));
    const gone = built.filter(slimmedAway);
    expect(gone).toEqual(
      expect.arrayContaining([
        'nodejs/node_modules/@types/aws-lambda/index.d.ts',
        'nodejs/node_modules/@types/aws-lambda/package.json',
        'nodejs/node_modules/dual/dist/index.cjs.map',
        'nodejs/node_modules/greet/README.md',
        'nodejs/node_modules/greet/lib/index.d.ts',
        'nodejs/node_modules/greet/lib/index.js.map',
      ]),
    );
    expect(zipinfo(zipPath).map((e) => e.name)).toEqual(expected);
    const entries = await readZip(zipPath);
    expect(entries.map((e) => e.name)).toEqual(expected);
    for (const entry of entries) expect(entry.content.equals(await readFile(path.join(root, entry.name))), entry.name).toBe(true);
    expect(zip.entries).toBe(expected.length);

    const droppedBytes = (await Promise.all(gone.map((name) => readFile(path.join(root, name))))).reduce((sum, b) => sum + b.length, 0);
    expect(log.text('info')).toMatch(new RegExp(`Slimmed ${gone.length} files \\(${(droppedBytes / 1024).toFixed(1)} kB\\) by \`\\*\\*/\\*\\.d\\.ts\`, \`\\*\\*/\\*\\.map\`, \`\\*\\*/@types/\\*\\*\`, \`nodejs/node_modules/\\*\\*/README\\.md\`\\.`));

    // Unpacked where Lambda mounts it, outside any project, a function's require() still finds every package.
    const opt = await tempDir('lla-opt-');
    execFileSync('unzip', ['-q', zipPath, '-d', opt]);
    const script = "const { greet } = require('greet'); console.log(JSON.stringify([greet('lambda'), require('dual').kind]));";
    const out = execFileSync(process.execPath, ['-e', script], { cwd: await tempDir('lla-task-'), env: { PATH: process.env.PATH, NODE_PATH: path.join(opt, 'nodejs/node_modules') }, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['hello lambda', 'cjs']);
  });

  it('fails when a glob drops an entry point, naming the glob, the file and what to do', async () => {
    const message = await buildError(build(template, { slim: ['**/*.map', '**/dist/*.cjs'] }));
    expect(message).toBe(
      'dual (node_modules/dual): "exports"["."].require points at dist/index.cjs, which slim glob `**/dist/*.cjs` drops ' +
        'from the zip, so Node could not load the package: narrow the glob so it keeps node_modules/dual/dist/index.cjs, ' +
        "or remove it from the layer's `slim` (or `defaults.slim`).",
    );
    const main = await buildError(build(template, { slim: ['nodejs/node_modules/greet/lib'] }));
    expect(main).toContain('greet (node_modules/greet): "main" points at lib/index.js, which slim glob `nodejs/node_modules/greet/lib` drops');
    const manifest = await buildError(build(template, { slim: ['**/dual/package.json'] }));
    expect(manifest).toContain('dual (node_modules/dual): Node reads "main", "exports" and "type" from package.json, which slim glob `**/dual/package.json` drops');
  });
});

describe('slimming in packaging', () => {
  const bootstrap = { content: '#!/bin/sh\nexec ./server\n', mode: 0o755 };

  it('refuses to drop the bootstrap of a runtime layer, or every file, or the target of a kept link', async () => {
    const repo = await layerRepo({
      'rt/dist/bootstrap': bootstrap,
      'rt/dist/server': 'server',
      'rt/dist/docs/guide.md': 'guide',
      'rt/dist/guide': { symlink: 'docs/guide.md' },
      'rt/dist/manual': { symlink: 'docs' },
    });
    const fails = (slim: string[], type: 'runtime' | 'custom' = 'runtime') =>
      pack(repo, (type === 'runtime' ? runtimeLayer : customLayer)({ slim, architectures: [hostArch] })).then(
        () => '',
        (e: Error) => e.message,
      );
    expect(await fails(['boot*'])).toBe(
      'slim glob `boot*` drops bootstrap, which Lambda runs as /opt/bootstrap: remove the glob or narrow it so it no longer matches bootstrap.',
    );
    expect(await fails(['**'], 'custom')).toBe('slim globs `**` drop every file of the layer: narrow them to the files Lambda never reads.');
    expect(await fails(['**/*.md'])).toBe(
      'guide is a link to docs/guide.md, which slim glob `**/*.md` drops, so the link would dangle: drop the link too, or narrow the glob.\n' +
        'manual is a link to docs, which slim glob `**/*.md` drops, so the link would dangle: drop the link too, or narrow the glob.',
    );
    // The links dropped with what they point at: a slimmer, working layer.
    const { zip, log } = await pack(repo, runtimeLayer({ slim: ['docs', 'guide', 'manual', '**/*.txt'], architectures: [hostArch] }));
    expect(readZipNames(zip.path)).toEqual(['bootstrap', 'server']);
    expect(log.text('info')).toContain('Slimmed 3 files (5 B) by `docs`, `guide`, `manual`. No file matches `**/*.txt`.');
  });

  it('says so when the globs match nothing, and zips the same bytes as without them', async () => {
    const repo = await layerRepo({ 'rt/dist/bootstrap': bootstrap });
    const plain = await pack(repo, runtimeLayer({ architectures: [hostArch] }));
    const { zip, log } = await pack(repo, runtimeLayer({ slim: ['**/*.map'], architectures: [hostArch] }));
    expect(zip.codeSha256).toBe(plain.zip.codeSha256);
    expect(log.text('info')).toContain('Slimmed nothing: no file matches `**/*.map`.');
  });
});

function readZipNames(zipPath: string): string[] {
  return zipinfo(zipPath).map((e) => e.name);
}

const CONFIG = (slim: string) => `version: 1
layerPrefix: t-
regions: [us-east-1]
${slim}layers:
  deps:
    type: nodejs
    path: layers/deps
    runtimes: [nodejs22.x]
    architectures: [${hostArch}]
functions:
  api:
    layers: [deps]
`;

describe('the action: slimming a published layer', () => {
  let lambda: Awaited<ReturnType<typeof startLambdaApi>>;
  beforeAll(async () => {
    lambda = await startLambdaApi();
    lambda.addFunction('us-east-1', { name: 'api' });
  });
  afterAll(() => lambda.close());

  it('a new slim key makes the layer changed with the key as reason, and publishes a smaller zip', async () => {
    const repo = await depsRepo(CONFIG(''));
    const caches = await toolEnv();
    const run = (eventName: string, event: object, ref = 'refs/heads/main') =>
      runInProcess({
        cwd: repo.dir,
        sha: repo.head(),
        eventName,
        ref,
        event,
        inputs: NOT_ISOLATED,
        env: {
          ...localAwsEnv(lambda),
          ...caches,
        },
      });
    const first = await run('push', { before: '0'.repeat(40), after: repo.head(), repository: { default_branch: 'main' } });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const fullSize = JSON.parse(first.outputs.plan).layers[0].zip.size;

    const before = repo.head();
    await repo.write({ 'lambda-layers.yml': CONFIG(`defaults:\n  slim: ["**/*.d.ts", "**/*.map", "**/@types/**"]\n`) });
    repo.commit('slim the layers');
    const plan = await run(
      'pull_request',
      { pull_request: { number: 1, base: { sha: before, ref: 'main' }, head: { sha: repo.head(), ref: 'slim' } }, repository: { default_branch: 'main' } },
      'refs/pull/1/merge',
    );
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    const planned = JSON.parse(plan.outputs.plan).layers[0];
    expect([planned.status, planned.reasons.config]).toEqual(['changed', ['slim']]);
    expect(plan.summary).toContain('slim');

    const publish = await run('push', { before, after: repo.head(), repository: { default_branch: 'main' } });
    expect(publish.code, publish.stdout + publish.stderr).toBe(0);
    const published = JSON.parse(publish.outputs.plan).layers[0];
    expect(published.status).toBe('published');
    expect(published.zip.size).toBeLessThan(fullSize);
    expect(publish.stdout).toMatch(/Slimmed \d+ files \([\d.]+ kB\) by `\*\*\/\*\.d\.ts`, `\*\*\/\*\.map`, `\*\*\/@types\/\*\*`\./);
    // The size column shows the new size and how much smaller it is than the previous version.
    expect(publish.summary).toContain(`(−${formatBytes(fullSize - published.zip.size)})`);
    const versions = lambda.layerVersions('us-east-1', 't-deps');
    expect(versions).toHaveLength(2);
  });
});

function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} kB`;
}
