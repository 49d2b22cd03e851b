// What a hostile or careless build output must not get into a zip: the repository itself, git data, and files swapped
// for links between listing and reading.
import { mkdir, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processExec } from '../../src/adapters/exec';
import { buildLayer } from '../../src/builders';
import { commandEnv } from '../../src/builders/env';
import { parseConfig } from '../../src/config/load';
import { walkTree } from '../../src/packaging/walk';
import { writeZip } from '../../src/packaging/zip';
import { memoryLogger } from '../support/logger';
import { cleanupRepos, tempDir } from '../support/repo';
import { customLayer, layerRepo, pack, readZip } from './fixture';

afterAll(cleanupRepos);

const TOKEN_CONFIG = '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==\n';

describe('the folder to package', () => {
  it('refuses an output the build made a link to the repository root (out -> ../..)', async () => {
    const repo = await layerRepo({ '.git/config': TOKEN_CONFIG, 'layers/rt/src.txt': 'source' });
    const config = customLayer({ path: 'layers/rt', output: 'out', build: 'ln -s ../.. out' });
    const { root } = await buildLayer(config, {
      repoRoot: repo.dir,
      workDir: await tempDir('lla-work-'),
      exec: processExec,
      env: commandEnv(process.env),
      log: memoryLogger(),
    });
    await expect(pack(repo, config)).rejects.toThrow(
      /The output folder layers\/rt\/out of layer rt resolves to .*, the repository root: .*point 'output' at the folder the build writes the layer's files to/,
    );
    // The build itself succeeded: the link stays inside the repository; packaging is where it is refused.
    expect(root).toBe(await realpath(repo.dir));
  });

  it('refuses an output that is an ancestor of the layer folder, and accepts the layer folder itself', async () => {
    const repo = await layerRepo({ 'layers/rt/bootstrap': 'x', 'layers/other/secret.txt': 'not this layer' });
    await symlink('..', path.join(repo.dir, 'layers/rt/up'));
    await expect(pack(repo, customLayer({ path: 'layers/rt', output: 'up' }))).rejects.toThrow(
      /The output folder layers\/rt\/up of layer rt resolves to .*\/layers, which contains the layer folder layers\/rt/,
    );
    await rm(path.join(repo.dir, 'layers/rt/up'));
    const { zip } = await pack(repo, customLayer({ path: 'layers/rt', output: '.' }));
    expect((await readZip(zip.path)).map((e) => e.name)).toEqual(['bootstrap']);
  });

  it('is refused at config time when it is the repository root (path: . and output: .)', async () => {
    const text = 'version: 1\nregions: [us-east-1]\nlayers:\n  all:\n    type: custom\n    path: .\n    build: "true"\n    output: .\n';
    const { problems } = await parseConfig(text, 'lambda-layers.yml', { repoRoot: '.', checkPaths: false });
    expect(problems).toContainEqual(
      expect.objectContaining({
        key: 'layers.all.output',
        line: 8,
        message: expect.stringMatching(/is the repository root, which holds \.git and every other layer: .*folder the build writes/),
      }),
    );
  });

  it('is refused at config time when the checkout already holds the output as a link to the repository', async () => {
    const repo = await layerRepo({ 'layers/x/out': { symlink: '../..' }, 'layers/y/up': { symlink: '..' }, 'layers/z/out/a.txt': 'fine' });
    const layers = ['x', 'y', 'z'].map((key) => `  ${key}:\n    type: custom\n    path: layers/${key}\n    build: "true"\n    output: ${key === 'y' ? 'up' : 'out'}\n`);
    const text = `version: 1\nregions: [us-east-1]\nlayers:\n${layers.join('')}`;
    const { problems } = await parseConfig(text, 'lambda-layers.yml', { repoRoot: repo.dir });
    expect(problems.map((p) => [p.key, p.message])).toEqual([
      ['layers.x.output', "'out' links to the repository root, which holds the layer folder 'layers/x': the zip would take far more than this layer. Point `output` at a real folder the build writes."],
      ['layers.y.output', "'up' links to layers, which holds the layer folder 'layers/y': the zip would take far more than this layer. Point `output` at a real folder the build writes."],
    ]);
  });

  it('never zips .git, at any depth, whether a folder, a file or a link', async () => {
    const repo = await layerRepo({
      'rt/dist/index.js': 'ok',
      'rt/dist/.git/config': TOKEN_CONFIG,
      'rt/dist/vendor/lib/.git/config': TOKEN_CONFIG,
      'rt/dist/vendor/sub/.git': 'gitdir: ../../../.git/modules/sub\n',
      'rt/dist/.gitignore': 'kept: only .git itself is git data\n',
    });
    await symlink('vendor/lib/.git', path.join(repo.dir, 'rt/dist/vendor/.git'));
    const { zip } = await pack(repo, customLayer());
    const entries = await readZip(zip.path);
    expect(entries.map((e) => e.name)).toEqual(['.gitignore', 'index.js']);
    expect(Buffer.concat(entries.map((e) => e.content)).toString()).not.toContain('extraheader');
  });
});

describe('files swapped between listing and reading', () => {
  async function swapped(size: number) {
    const dir = await tempDir('lla-swap-');
    const secret = path.join(await tempDir('lla-outside-'), 'secret');
    await writeFile(secret, 'SECRET-BYTES'.repeat(Math.ceil(size / 12)));
    await mkdir(path.join(dir, 'lib'));
    await writeFile(path.join(dir, 'lib/a.txt'), 'a'.repeat(size));
    const entries = walkTree(dir, { repoRoot: dir, allowed: [dir] });
    return { dir, secret, entries, zipPath: path.join(await tempDir('lla-swap-zip-'), 'layer.zip') };
  }

  it.each([
    ['a small file', 100],
    ['a streamed large file', 3 * 1024 * 1024],
  ])('refuses %s replaced by a symlink, reading none of its target', async (_, size) => {
    const { dir, secret, entries, zipPath } = await swapped(size);
    await rm(path.join(dir, 'lib/a.txt'));
    await symlink(secret, path.join(dir, 'lib/a.txt'));
    await expect(writeZip(entries, zipPath)).rejects.toThrow(/lib\/a\.txt changed while it was being packaged \(it is now a symlink\)/);
  });

  it('refuses a file whose folder was replaced by a link to another folder with the same name in it', async () => {
    const { dir, secret, entries, zipPath } = await swapped(100);
    await rename(path.join(secret), path.join(path.dirname(secret), 'a.txt'));
    await rm(path.join(dir, 'lib'), { recursive: true });
    await symlink(path.dirname(secret), path.join(dir, 'lib'));
    await expect(writeZip(entries, zipPath)).rejects.toThrow(/lib\/a\.txt changed while it was being packaged \(another file\)/);
  });

  // A whole file is read into a buffer the size the listing gave: a file that grew must not be cut short silently.
  it.each([
    ['grew', 'a'.repeat(300)],
    ['shrank', 'a'],
  ])('refuses a file that %s after it was listed', async (_, content) => {
    const { dir, entries, zipPath } = await swapped(100);
    await writeFile(path.join(dir, 'lib/a.txt'), content);
    await expect(writeZip(entries, zipPath)).rejects.toThrow(/lib\/a\.txt changed while it was being packaged \(its size changed\)/);
  });

  it('never leaks a byte of the target while a loop keeps swapping a file and a link', async () => {
    const { dir, secret, zipPath } = await swapped(100);
    const file = path.join(dir, 'lib/a.txt');
    let leaked = 0;
    let refused = 0;
    for (let i = 0; i < 200; i++) {
      const entries = walkTree(dir, { repoRoot: dir, allowed: [dir] });
      // The swap lands somewhere between listing and reading, as a racing build would.
      const race = (async () => {
        await rm(file);
        await symlink(secret, file);
        await rm(file);
        await writeFile(file, 'a'.repeat(100));
      })();
      try {
        await writeZip(entries, zipPath);
        const content = Buffer.concat((await readZip(zipPath)).map((e) => e.content)).toString();
        if (content.includes('SECRET')) leaked++;
      } catch {
        refused++;
      }
      await race;
    }
    expect(leaked).toBe(0);
    expect(refused).toBeGreaterThan(0);
  });
});
