// What dist/index.js loads on a plan: only what planning needs. The build and packaging stages,
// yarn 1's lockfile parser, the yaml package (positions for a configuration with problems), the AWS SDK and octokit
// are chunks loaded on demand (bench/startup.ts times the gain).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from './support/runner';
import { cleanupRepos, createRepo, tempDir, type TempRepo } from './support/repo';
import { localAwsEnv, NO_AWS_ENV } from './support/env';
import { startLambdaApi } from '../src/local/lambda-api';

const CONFIG = `version: 1
regions: [us-east-1]
layers:
  deps:
    type: nodejs
    path: layers/deps
    runtimes: [nodejs22.x]
  tools:
    type: custom
    path: layers/tools
    build: mkdir -p out/bin && cp src/* out/bin/
    output: out
`;

// Node's module hooks see every module as it loads, static imports and import() alike.
const HOOK = `import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
registerHooks({
  load(url, context, next) {
    if (url.startsWith('file:')) appendFileSync(process.env.LOADED_LOG, url + '\\n');
    return next(url, context);
  },
});
// Node's own modules load without hooks: the ones it loaded are listed at exit.
process.on('exit', () => appendFileSync(process.env.LOADED_LOG, process.moduleLoadList.map((name) => \`node:\${name}\\n\`).join('')));
`;

/** The source files bundled into the dist files a run loaded, from their source maps, and Node's modules it loaded. */
async function loadedBy(log: string): Promise<{ sources: string[]; builtins: string[] }> {
  const lines = (await readFile(log, 'utf8')).split('\n');
  const files = [...new Set(lines.filter((url) => url.startsWith('file:') && url.includes('/dist/')))];
  const maps = await Promise.all(files.map(async (url) => JSON.parse(await readFile(`${new URL(url).pathname}.map`, 'utf8')).sources as string[]));
  return { sources: maps.flat(), builtins: lines.filter((line) => line.startsWith('node:')) };
}

describe('what dist/index.js loads in plan mode', () => {
  let repo: TempRepo;
  let dir: string;

  /** A plan of `repo` against `base`, with the source files of what it loaded. */
  async function planLoading(on: TempRepo, base: string, logName: string, env: Record<string, string | undefined> = {}) {
    const log = path.join(dir, logName);
    const result = await runAction({
      cwd: on.dir,
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: on.head(),
      inputs: { mode: 'plan', 'base-ref': base, config: 'lambda-layers.yml', concurrency: '2', comment: 'false' },
      env: { NODE_OPTIONS: `--import=${pathToFileURL(path.join(dir, 'hook.mjs')).href}`, LOADED_LOG: log, ...env },
    });
    return { result, ...(await loadedBy(log)) };
  }

  beforeAll(async () => {
    repo = await createRepo({
      files: {
        'lambda-layers.yml': CONFIG,
        'layers/deps/package.json': { name: 'deps', version: '1.0.0', private: true },
        'layers/deps/package-lock.json': { name: 'deps', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'deps', version: '1.0.0' } } },
        'layers/tools/src/hello': '#!/bin/sh\necho hello\n',
      },
    });
    dir = await tempDir('lla-startup-');
    await writeFile(path.join(dir, 'hook.mjs'), HOOK);
  });
  afterAll(cleanupRepos);

  it('on a run that changes nothing, loads the planning code and none of the stages or clients it does not use', async () => {
    const head = repo.head();
    const { result, sources, builtins } = await planLoading(repo, head, 'loaded.log');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.outputs['changed-layers'])).toEqual([]);

    // The loaded files are the action's: planning, detection and the configuration check are among them.
    for (const stage of ['src/pipeline.ts', 'src/detect/detect.ts', 'src/config/load.ts']) expect(sources.some((s) => s.endsWith(stage))).toBe(true);
    // The configuration check needs the SDK's enums and Lambda's limits, nothing else of those folders.
    const unused = [
      /src\/builders\/(?!env\.ts$|isolation\.ts$|command\.ts$)/,
      /src\/packaging\/(?!limits\.ts$)/,
      /src\/publish\//,
      /src\/deploy\/(?!layers\.ts$)/,
      /@aws-sdk\/client-(?!lambda\/dist-es\/models\/enums\.js$)/,
      /@yarnpkg\/lockfile/,
      /node_modules\/yaml\//,
      /src\/config\/located\.ts$/,
      /yauzl/,
      /archiver/,
      /@octokit/,
      /undici/,
    ];
    expect(sources.filter((s) => unused.some((pattern) => pattern.test(s)))).toEqual([]);
    // node:crypto starts OpenSSL as it loads (about 12 ms), and a plan from git alone hashes nothing.
    expect(builtins.filter((name) => name.includes('crypto'))).toEqual([]);
  });

  // A plan tells the install scripts a nodejs layer's build would skip, from the lockfile: without the builders.
  it('plans a changed nodejs layer without loading its builders or the yaml package', async () => {
    const lock = {
      name: 'deps', version: '1.0.0', lockfileVersion: 3, requires: true,
      packages: {
        '': { name: 'deps', version: '1.0.0', dependencies: { esbuild: '0.25.0' } },
        'node_modules/esbuild': { version: '0.25.0', resolved: 'https://registry.npmjs.org/esbuild/-/esbuild-0.25.0.tgz', integrity: 'sha512-x', hasInstallScript: true },
      },
    };
    const changed = await createRepo({
      files: {
        'lambda-layers.yml': CONFIG,
        'layers/deps/package.json': { name: 'deps', version: '1.0.0', private: true, dependencies: { esbuild: '0.25.0' } },
        'layers/deps/package-lock.json': lock,
        'layers/tools/src/hello': '#!/bin/sh\necho hello\n',
      },
    });
    const base = changed.head();
    // A package-manager setting: an input of the layer (a file beside its package.json that npm never reads is none).
    await writeFile(path.join(changed.dir, 'layers/deps/.npmrc'), 'fund=false\n');
    changed.commit('change the deps layer');

    const { result, sources, builtins } = await planLoading(changed, base, 'changed.log');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.outputs['changed-layers'])).toEqual(['deps']);
    expect(result.summary).toContain('Install scripts not run in <code>deps</code> (add to `allowScripts` to run them): esbuild');
    expect(sources.some((s) => s.endsWith('src/builders/npm-project.ts'))).toBe(true);
    const builders = [/src\/builders\/(nodejs|pnpm|yarn|placement|workspace-builds)\.ts$/, /node_modules\/yaml\//];
    expect(sources.filter((s) => builders.some((pattern) => pattern.test(s)))).toEqual([]);
    expect(builtins.filter((name) => name.includes('crypto'))).toEqual([]);
  });

  // Node's http module loads undici (about 45 ms) when an ES module imports it, for classes the SDK never uses. S3
  // (uploads over 50 MB) and SSM (`ssm.prefix`) clients load when used: about 80 ms of CPU more.
  it('with credentials, plans with the AWS SDK and without undici, S3 or SSM', async () => {
    const lambda = await startLambdaApi();
    try {
      const { result, sources, builtins } = await planLoading(repo, repo.head(), 'aws.log', localAwsEnv(lambda));
      expect(result.code, result.stderr).toBe(0);
      expect(result.summary).toContain('no published version carries fingerprint');
      expect(sources.some((s) => s.includes('@aws-sdk/client-lambda/dist-es/LambdaClient.js'))).toBe(true);
      expect(builtins).toContain('node:NativeModule http');
      expect(builtins.filter((name) => name.includes('undici'))).toEqual([]);
      expect(sources.filter((s) => /@aws-sdk\/client-(s3|ssm)\//.test(s))).toEqual([]);
    } finally {
      await lambda.close();
    }
  });

  // A fork's pull request on a GitHub-hosted runner: no credentials, and no AWS_EC2_METADATA_DISABLED either. Those
  // runners are Azure machines, whose metadata service holds no AWS credentials: the SDK is not worth loading there.
  it('on a GitHub-hosted runner without credentials, plans from git alone without loading the AWS SDK', async () => {
    const { result, sources } = await planLoading(repo, repo.head(), 'hosted.log', {
      ...NO_AWS_ENV,
      RUNNER_ENVIRONMENT: 'github-hosted',
      AWS_EC2_METADATA_DISABLED: undefined,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('No AWS credentials: planning from git alone');
    const sdk = [/@aws-sdk\/(?!client-lambda\/dist-es\/models\/enums\.js$)/, /@smithy\//];
    expect(sources.filter((s) => sdk.some((pattern) => pattern.test(s)))).toEqual([]);
  });
});
