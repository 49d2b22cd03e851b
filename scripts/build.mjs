// Bundles the action into dist/ (action.yml runs dist/index.js) and the command line into dist/cli.js (the
// package's bin), with sourcemaps. What only some runs need (the AWS
// SDK with the publish and deploy stages, octokit for the pull request comment) is split into chunks that
// dist/index.js imports on demand, so a run that never calls AWS or GitHub does not load them.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

// Chunk names carry a content hash: chunks of an older build must not linger.
rmSync('dist', { recursive: true, force: true });
/**
 * @actions/core imports @actions/http-client (and undici, 0.8 MB, under it) for getIDToken alone, which the action
 * never calls: declared free of side effects, they are left out of dist/index.js, and octokit's chunk keeps its own.
 */
const unusedByCore = {
  name: 'unused-by-core',
  setup(b) {
    b.onResolve({ filter: /^(undici|tunnel|@actions\/http-client)$/ }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { resolving: true } });
      return { ...resolved, sideEffects: false };
    });
  },
};

/** src/config/validator.ts compiles the configuration schema at start; the bundle gets it compiled already. */
const precompiledSchema = {
  name: 'precompiled-schema',
  setup(b) {
    b.onResolve({ filter: /^\.\/validator$/ }, (args) =>
      args.importer.endsWith(path.join('src', 'config', 'load.ts')) ? { path: 'src/config/validator.ts', namespace: 'precompiled-schema' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'precompiled-schema' }, () => {
      const json = (file) => JSON.parse(readFileSync(file, 'utf8'));
      const ajv = new Ajv({ ...json('src/config/ajv-options.json'), code: { source: true, esm: true } });
      const code = standaloneCode(ajv, ajv.compile(json('schema/lambda-layers.schema.json')));
      return { contents: code, loader: 'js', resolveDir: path.resolve('src/config') };
    });
  },
};

/**
 * `import http from 'node:http'` (ours and the AWS SDK's ES build) makes Node build an ES module facade, which reads
 * every export, and node:http's WebSocket, CloseEvent and MessageEvent getters load undici to answer: 40-50 ms of
 * every run that calls AWS, for classes it never uses. Imports of these two become a require() (the banner's), whose
 * exports esbuild reads one by one where they are used.
 */
const httpWithoutUndici = {
  name: 'http-without-undici',
  setup(b) {
    b.onResolve({ filter: /^(node:)?https?$/ }, (args) =>
      args.kind !== 'require-call' ? { path: args.path.replace(/^node:/, ''), namespace: 'http-without-undici' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'http-without-undici' }, (args) => ({ contents: `module.exports = require('node:${args.path}');`, loader: 'js' }));
  },
};

await build({
  entryPoints: ['src/index.ts', 'src/cli.ts'],
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  // ES builds first: the AWS SDK's are marked free of side effects, so importing its enums (config checks) does not
  // pull its clients into dist/index.js.
  mainFields: ['module', 'main'],
  plugins: [unusedByCore, precompiledSchema, httpWithoutUndici],
  platform: 'node',
  target: 'node24',
  format: 'esm',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
