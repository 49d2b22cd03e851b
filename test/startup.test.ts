// What dist/index.js loads on a run that changes nothing: only what planning needs. The build and packaging stages,
// yarn 1's lockfile parser, the yaml package (positions for a configuration with problems), the AWS SDK and octokit
// are chunks loaded on demand (bench/startup.ts times the gain).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../local/runner';
import { cleanupRepos, createRepo, tempDir, type TempRepo } from './support/repo';

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
`;

/** The source files bundled into the dist files a run loaded, from their source maps. */
async function bundledSources(log: string): Promise<string[]> {
  const files = [...new Set((await readFile(log, 'utf8')).split('\n').filter((url) => url.includes('/dist/')))];
  const maps = await Promise.all(files.map(async (url) => JSON.parse(await readFile(`${new URL(url).pathname}.map`, 'utf8')).sources as string[]));
  return maps.flat();
}

describe('dist/index.js on a run that changes nothing', () => {
  let repo: TempRepo;
  let dir: string;

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

  it('loads the planning code and none of the stages or clients it does not use', async () => {
    const log = path.join(dir, 'loaded.log');
    const head = repo.head();
    const result = await runAction({
      cwd: repo.dir,
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: head,
      inputs: { mode: 'plan', 'base-ref': head, config: 'lambda-layers.yml', concurrency: '2', comment: 'false' },
      env: { NODE_OPTIONS: `--import=${pathToFileURL(path.join(dir, 'hook.mjs')).href}`, LOADED_LOG: log },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.outputs['changed-layers'])).toEqual([]);

    const sources = await bundledSources(log);
    // The loaded files are the action's: planning, detection and the configuration check are among them.
    for (const stage of ['src/pipeline.ts', 'src/detect/index.ts', 'src/config/load.ts']) expect(sources.some((s) => s.endsWith(stage))).toBe(true);
    // The configuration check needs the SDK's enums and Lambda's limits, nothing else of those folders.
    const unused = [
      /src\/build\/(?!env\.ts$|isolation\.ts$|command\.ts$)/,
      /src\/package\/(?!limits\.ts$)/,
      /src\/publish\//,
      /src\/deploy\/index\.ts$/,
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
  });
});
