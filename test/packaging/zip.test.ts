import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, lchownSync } from 'node:fs';
import { mkdir, readFile, symlink, truncate, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkTree } from '../../src/packaging/walk';
import { assertSafeName, writeZip } from '../../src/packaging/zip';
import { cleanupRepos, tempDir } from '../support/repo';
import { customLayer, layerRepo, pack, readZip, runtimeLayer, zipinfo } from './fixture';

afterAll(cleanupRepos);

/** The same layer content, in any order of creation. */
const TREE: [string, string, number][] = [
  ['index.js', 'module.exports = 1;\n'.repeat(50), 0o644],
  ['bin/tool', '#!/bin/sh\necho tool\n', 0o755],
  ['lib/a-b.txt', 'dash', 0o644],
  ['lib/a/b.txt', 'slash', 0o644],
  ['lib/empty', '', 0o644],
  ['B.txt', 'upper', 0o644],
  ['\uFF21.txt', 'fullwidth A', 0o644],
  ['\u{1F600}.txt', 'emoji', 0o644],
];

async function writeTree(dir: string, order: typeof TREE, perms: (mode: number) => number, mtime: Date) {
  for (const [name, content, mode] of order) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
    chmodSync(file, perms(mode));
    await utimes(file, mtime, mtime);
  }
}

async function zipOf(dir: string) {
  const zipPath = path.join(await tempDir('lla-zip-'), 'layer.zip');
  return writeZip(walkTree(dir, { repoRoot: dir, allowed: [dir] }), zipPath);
}

describe('writeZip', () => {
  it('writes every file sorted by bytes, dated 1980-01-01, 0644 or 0755, UNIX, no folders and no extra fields', async () => {
    const dir = await tempDir();
    await writeTree(dir, TREE, (m) => m, new Date('2024-05-06T07:08:09Z'));
    const zip = await zipOf(dir);

    // UTF-8 bytes: U+FF21 (EF BC A1) before U+1F600 (F0 9F 98 80), although UTF-16 would put the emoji first.
    const names = ['B.txt', 'bin/tool', 'index.js', 'lib/a-b.txt', 'lib/a/b.txt', 'lib/empty', '\uFF21.txt', '\u{1F600}.txt'];
    const info = zipinfo(zip.path);
    expect(info.map((e) => e.name)).toEqual(names);
    expect(new Set(info.map((e) => e.date))).toEqual(new Set(['19800101.000000']));
    expect(info.find((e) => e.name === 'bin/tool')!.mode).toBe('-rwxr-xr-x');
    expect(info.filter((e) => e.name !== 'bin/tool').every((e) => e.mode === '-rw-r--r--')).toBe(true);
    expect(info.find((e) => e.name === 'index.js')!.method).toBe('defN');

    const read = await readZip(zip.path);
    expect(read.map((e) => e.name)).toEqual(names);
    for (const entry of read) {
      const [, content] = TREE.find(([name]) => name === entry.name)!;
      expect(entry.content.toString()).toBe(content);
      expect(entry.madeBy).toBe(3);
      expect(entry.extraLength).toBe(0);
    }
    expect(zip).toMatchObject({ entries: names.length, unzippedSize: TREE.reduce((n, [, c]) => n + Buffer.byteLength(c), 0) });
    const bytes = await readFile(zip.path);
    expect(zip.size).toBe(bytes.length);
    expect(zip.codeSha256).toBe(createHash('sha256').update(bytes).digest('base64'));
    execFileSync('unzip', ['-tq', zip.path]);
  });

  it('gives byte-identical zips for two checkouts with other mtimes, creation order, umask and owner', async () => {
    const [first, second] = [await tempDir(), await tempDir()];
    await writeTree(first, TREE, (m) => m, new Date('2020-01-01T00:00:00Z'));
    // umask 077 and another day: 0644 becomes 0600 and 0755 becomes 0700; only the x bit may count.
    await writeTree(second, [...TREE].reverse(), (m) => m & 0o700, new Date('2031-12-31T23:59:59Z'));
    if (process.getuid?.() === 0) for (const [name] of TREE) lchownSync(path.join(second, name), 65534, 65534);

    const [a, b] = [await zipOf(first), await zipOf(second)];
    expect(b.codeSha256).toBe(a.codeSha256);
    expect((await readFile(b.path)).equals(await readFile(a.path))).toBe(true);
  });

  it('stores what deflate cannot shrink, and streams a large file through without holding it', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'random.bin'), randomBytes(64 * 1024));
    // A 200 MB sparse file of zeros: streamed, so memory must not grow with it.
    await writeFile(path.join(dir, 'zeros.bin'), '');
    await truncate(path.join(dir, 'zeros.bin'), 200 * 1024 * 1024);

    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const zip = await zipOf(dir);
    clearInterval(sampler);
    // Flat: some 60 MB of read chunks awaiting the garbage collector, for 50 MB or 800 MB alike.
    expect(peak - before).toBeLessThan(100 * 1024 * 1024);

    const info = zipinfo(zip.path);
    expect(info).toMatchObject([
      { name: 'random.bin', method: 'stor', size: 64 * 1024 },
      { name: 'zeros.bin', method: 'defN', size: 200 * 1024 * 1024 },
    ]);
    expect(zip.size).toBeLessThan(2 * 1024 * 1024);
    execFileSync('unzip', ['-tq', zip.path]);
  });

  it('writes Zip64 end records when there are more than 65,535 entries', async () => {
    const links = Array.from({ length: 70_000 }, (_, i) => ({ type: 'symlink' as const, name: `l/${String(i).padStart(5, '0')}`, target: 'x' }));
    const zip = await writeZip(links, path.join(await tempDir('lla-zip-'), 'many.zip'));
    expect(zip.entries).toBe(70_000);
    // zipinfo reads the Zip64 end record: the 16-bit count alone would say 65,535.
    expect(execFileSync('unzip', ['-Z', '-1', zip.path], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n')).toHaveLength(70_000);
    expect(execFileSync('unzip', ['-Z', '-h', zip.path], { encoding: 'utf8' })).toMatch(/number of entries: 70000/);
  });

  it('refuses entry names that are absolute, empty or climb', () => {
    for (const name of ['/etc/passwd', '../x', 'a/../../x', 'a//b', './a', 'a/']) {
      expect(() => assertSafeName(name), name).toThrow(/relative paths without/);
    }
    expect(() => assertSafeName('a/..b/c..')).not.toThrow();
  });
});

describe('symlinks and the tree', () => {
  it('keeps a link inside the layer as a relative link, and the bootstrap of a runtime layer executable', async () => {
    const repo = await layerRepo({
      'rt/dist/bootstrap': { content: '#!/bin/sh\nexec "$LAMBDA_OPT_DIR/bin/server"\n', mode: 0o644 },
      'rt/dist/bin/server': { content: '#!/bin/sh\n', mode: 0o755 },
      'rt/dist/lib/libx.so.1.2': 'library',
      'rt/dist/lib/libx.so.1': { symlink: 'libx.so.1.2' },
      'rt/dist/lib/current': { symlink: '.' },
      'rt/dist/bin/libx': { symlink: '../lib/libx.so.1' },
    });
    await symlink(path.join(repo.dir, 'rt/dist/bin/server'), path.join(repo.dir, 'rt/dist/server-abs'));
    const { zip } = await pack(repo, runtimeLayer());

    const modes = Object.fromEntries(zipinfo(zip.path).map((e) => [e.name, e.mode]));
    expect(modes).toEqual({
      'bin/libx': 'lrwxrwxrwx',
      'bin/server': '-rwxr-xr-x',
      bootstrap: '-rwxr-xr-x',
      'lib/current': 'lrwxrwxrwx',
      'lib/libx.so.1': 'lrwxrwxrwx',
      'lib/libx.so.1.2': '-rw-r--r--',
      'server-abs': 'lrwxrwxrwx',
    });
    const targets = Object.fromEntries((await readZip(zip.path)).filter((e) => (e.mode & 0o170000) === 0o120000).map((e) => [e.name, e.content.toString()]));
    // Links point at the real file, relative to where they stand: they work wherever /opt is.
    expect(targets).toEqual({ 'bin/libx': '../lib/libx.so.1.2', 'lib/current': '.', 'lib/libx.so.1': 'libx.so.1.2', 'server-abs': 'bin/server' });
  });

  it('refuses a link that leaves the layer, naming the link, its target and the fix', async () => {
    const repo = await layerRepo({ 'shared/config.json': '{}', 'rt/dist/bootstrap': { content: '#!/bin/sh\n', mode: 0o755 } });
    await symlink('../../shared/config.json', path.join(repo.dir, 'rt/dist/config.json'));
    await expect(pack(repo, customLayer())).rejects.toThrow(
      /config\.json is a symlink to \.\.\/\.\.\/shared\/config\.json, outside the folder being packaged .*copy the file into the build output/,
    );
  });

  it('refuses a link that leaves the repository, and one that dangles', async () => {
    const outside = path.join(await tempDir('lla-outside-'), 'secret');
    await writeFile(outside, 'secret');
    const repo = await layerRepo({ 'rt/dist/index.js': '' });
    await symlink(outside, path.join(repo.dir, 'rt/dist/secret'));
    await expect(pack(repo, customLayer())).rejects.toThrow(`secret is a symlink to ${outside}, outside the repository`);

    const dangling = await layerRepo({ 'rt/dist/index.js': '', 'rt/dist/gone': { symlink: 'missing.js' } });
    await expect(pack(dangling, customLayer())).rejects.toThrow(/gone is a symlink to missing\.js, which does not exist/);
  });

  it('refuses a root that resolves outside the repository', async () => {
    const elsewhere = await tempDir('lla-outside-');
    await writeFile(path.join(elsewhere, 'index.js'), '');
    const repo = await layerRepo({ 'rt/dist': { symlink: elsewhere } });
    await expect(pack(repo, customLayer())).rejects.toThrow(/resolves to .*, outside the repository: point the layer's 'path' and 'output'/);
  });

  it('lists nothing for an empty folder (folders are not entries), which makes an empty layer', async () => {
    const repo = await layerRepo({});
    await mkdir(path.join(repo.dir, 'rt/dist/empty/inside'), { recursive: true });
    expect(walkTree(path.join(repo.dir, 'rt/dist'), { repoRoot: repo.dir, allowed: [repo.dir] })).toEqual([]);
    await expect(pack(repo, customLayer())).rejects.toThrow(/The layer is empty/);
  });
});

describe('a full disk', () => {
  // /dev/full answers every write with ENOSPC, as a full file system does: no privileges or tmpfs needed.
  it.runIf(process.platform === 'linux')('names the zip, its folder and that the disk is full', async () => {
    const dir = await tempDir('lla-full-');
    await writeFile(path.join(dir, 'data.txt'), 'some content\n');
    const entries = walkTree(dir, { repoRoot: dir, allowed: [dir] });
    await expect(writeZip(entries, '/dev/full')).rejects.toThrow('Writing the zip /dev/full failed: the disk holding /dev is full (ENOSPC).');
  });
});
