// Bundles the action into dist/index.js (what action.yml runs) and the command line into dist/cli.js (the package's
// bin), with sourcemaps.
import { build } from 'esbuild';

for (const [entry, outfile] of [['src/index.ts', 'dist/index.js'], ['src/cli.ts', 'dist/cli.js']]) await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
