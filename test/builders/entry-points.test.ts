// The check every built nodejs layer gets, on node_modules folders written by hand.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkNodeModules, exportTargets, installedPackages } from '../../src/builders/entry-points';
import { cleanupRepos, tempDir } from '../support/repo';
import { buildError } from './helpers';

afterAll(cleanupRepos);

/** A layer's nodejs/node_modules with the given files (objects as JSON); returns the node_modules path. */
async function nodeModules(files: Record<string, string | object | Buffer>): Promise<string> {
  const dir = path.join(await tempDir('lla-nm-'), 'nodejs', 'node_modules');
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content));
  }
  return dir;
}

/** The first 20 bytes of a little-endian 64-bit ELF shared object for `machine` (62 x86_64, 183 aarch64). */
function elfHeader(machine: number): Buffer {
  const head = Buffer.alloc(64);
  head.write('\x7fELF', 0, 'latin1');
  head[4] = 2; // 64-bit
  head[5] = 1; // little-endian
  head[6] = 1;
  head.writeUInt16LE(3, 16); // ET_DYN
  head.writeUInt16LE(machine, 18);
  return head;
}

describe('exportTargets', () => {
  it('follows subpaths and the conditions Node resolves, in order, up to default', () => {
    expect(
      exportTargets({
        '.': { types: './lib/index.d.ts', import: './lib/index.mjs', require: './lib/index.cjs' },
        './feature': { node: { import: './lib/feature.mjs', default: './lib/feature.cjs' }, browser: './lib/feature.browser.js' },
        './first': { default: './lib/first.js', require: './never.js' },
        './fallbacks': ['./lib/a.js', './lib/b.js'],
        './data/*': './data/*.json',
        './dir/': './dir/',
        './hidden': null,
        './package.json': './package.json',
      }),
    ).toEqual([
      { field: '"exports"["."].import', target: 'lib/index.mjs' },
      { field: '"exports"["."].require', target: 'lib/index.cjs' },
      { field: '"exports"["./feature"].node.import', target: 'lib/feature.mjs' },
      { field: '"exports"["./feature"].node.default', target: 'lib/feature.cjs' },
      { field: '"exports"["./first"].default', target: 'lib/first.js' },
      { field: '"exports"["./fallbacks"]', target: 'lib/a.js' },
      { field: '"exports"["./package.json"]', target: 'package.json' },
    ]);
    expect(exportTargets('./index.js')).toEqual([{ field: '"exports"', target: 'index.js' }]);
    expect(exportTargets({ import: './a.mjs', require: './a.cjs' })).toEqual([
      { field: '"exports".import', target: 'a.mjs' },
      { field: '"exports".require', target: 'a.cjs' },
    ]);
    expect(exportTargets(undefined)).toEqual([]);
  });
});

describe('checkNodeModules', () => {
  it('lists every package, scoped and nested', async () => {
    const dir = await nodeModules({
      'a/package.json': { name: 'a' },
      'a/node_modules/@s/b/package.json': { name: '@s/b' },
      '@s/c/package.json': { name: '@s/c' },
      '.bin/a': '',
    });
    expect((await installedPackages(dir)).map((p) => p.dir)).toEqual(['node_modules/@s/c', 'node_modules/a', 'node_modules/a/node_modules/@s/b']);
  });

  it('accepts entry points that exist, with the extensions and index files require() tries', async () => {
    const dir = await nodeModules({
      'a/package.json': { name: 'a', main: 'lib/index', bin: { a: 'bin/a.js' } },
      'a/lib/index.js': '',
      'a/bin/a.js': '',
      'b/package.json': { name: 'b', main: 'lib' },
      'b/lib/index.js': '',
      'c/package.json': { name: 'c', exports: { '.': { import: './c.mjs', require: './c.cjs' }, './*': './src/*.js' } },
      'c/c.mjs': '',
      'c/c.cjs': '',
      'types-only/package.json': { name: 'types-only', types: 'index.d.ts' },
    });
    await expect(checkNodeModules(dir, ['arm64'])).resolves.toBeUndefined();
  });

  it('fails on a missing main, exports target or bin, naming the package, the field, the path and the fixes', async () => {
    const dir = await nodeModules({
      '@acme/shared/package.json': { name: '@acme/shared', main: 'lib/index.js', files: ['lib'] },
      '@acme/shared/README.md': '',
      'c/package.json': { name: 'c', exports: { '.': { import: './c.mjs', require: './c.cjs' } }, bin: 'cli.js' },
      'c/c.cjs': '',
    });
    const message = await buildError(checkNodeModules(dir, ['arm64']));
    expect(message.split('\n')).toEqual([
      '@acme/shared (node_modules/@acme/shared): "main" points at lib/index.js, which is not in the layer. Add a "build" ' +
        'script that makes it (workspace packages are built before they are packed), commit the file, or fix "files" in its package.json; ' +
        'for a dependency whose install script makes it, name the package in allowScripts.',
      'c (node_modules/c): "exports"["."].import points at c.mjs, which is not in the layer. Add a "build" script that makes ' +
        'it (workspace packages are built before they are packed), commit the file, or fix "files" in its package.json; ' +
        'for a dependency whose install script makes it, name the package in allowScripts.',
      'c (node_modules/c): "bin".c points at cli.js, which is not in the layer. Add a "build" script that makes it ' +
        '(workspace packages are built before they are packed), commit the file, or fix "files" in its package.json; ' +
        'for a dependency whose install script makes it, name the package in allowScripts.',
    ]);
  });

  it('accepts native addons for the layer’s architecture and refuses others, naming the package', async () => {
    const files = {
      'fast/package.json': { name: 'fast' },
      'fast/build/Release/fast.node': elfHeader(183),
    };
    await expect(checkNodeModules(await nodeModules(files), ['arm64'])).resolves.toBeUndefined();
    const wrong = await nodeModules({
      ...files,
      'a/package.json': { name: 'a' },
      'a/node_modules/@img/sharp/package.json': { name: '@img/sharp' },
      'a/node_modules/@img/sharp/lib/sharp.node': elfHeader(62),
      'mac/package.json': { name: 'mac' },
      'mac/mac.node': Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1, 3, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0]),
    });
    expect((await buildError(checkNodeModules(wrong, ['arm64']))).split('\n')).toEqual([
      '@img/sharp (node_modules/a/node_modules/@img/sharp/lib/sharp.node) is a native addon built for x86_64, but the ' +
        'layer declares arm64. Install it for arm64 Linux: keep its prebuilt platform packages in the lockfile (npm ' +
        'picks them by --cpu/--os), or build it from source on a runner of that architecture, or set architectures: [x86_64].',
      'mac (node_modules/mac/mac.node) is a native addon but not a Linux ELF binary, so Lambda cannot load it. Install it ' +
        'for arm64 Linux: keep its prebuilt platform packages in the lockfile (npm picks them by --cpu/--os), or build it ' +
        'from source on a runner of that architecture.',
    ]);
    expect(await buildError(checkNodeModules(await nodeModules(files), ['x86_64', 'arm64']))).toContain(
      'fast (node_modules/fast/build/Release/fast.node) is a native addon built for arm64, but the layer declares x86_64 and arm64, and one binary runs on one architecture.',
    );
  });

  it('checks the layer as zipped: addons that slimming leaves out are not checked, entry points it drops are named', async () => {
    const dir = await nodeModules({
      'fast/package.json': { name: 'fast', main: 'index.js' },
      'fast/index.js': '',
      'fast/prebuilds/linux-arm64/fast.node': elfHeader(183),
      'fast/prebuilds/linux-x64/fast.node': elfHeader(62),
    });
    const drop = (globs: Record<string, string>) => (name: string) => Object.entries(globs).find(([prefix]) => name.startsWith(prefix))?.[1];
    await expect(checkNodeModules(dir, ['arm64'], drop({ 'node_modules/fast/prebuilds/linux-x64/': '**/linux-x64/**' }))).resolves.toBeUndefined();
    expect(await buildError(checkNodeModules(dir, ['arm64'], drop({ 'node_modules/fast/index.js': 'fast/index.js' })))).toContain(
      'fast (node_modules/fast): "main" points at index.js, which slim glob `fast/index.js` drops from the zip',
    );
  });
});
