import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBootstrap, elfMachine, interpreterWarning, type BootstrapFacts } from '../../src/packaging/bootstrap';
import { cleanupRepos } from '../support/repo';
import { elfHeader, hostArch, layerRepo, pack, runtimeLayer, zipinfo } from './fixture';

afterAll(cleanupRepos);

const file = (head: string | Buffer, extra: Partial<BootstrapFacts> = {}): BootstrapFacts => {
  const bytes = typeof head === 'string' ? Buffer.from(head) : head;
  return { kind: 'file', size: bytes.length, head: bytes, ...extra };
};

describe('checkBootstrap', () => {
  it('accepts a script with a shebang and an ELF for the declared architecture', () => {
    expect(checkBootstrap(file('#!/bin/sh\nexec ./server\n'), ['x86_64'])).toEqual([]);
    expect(checkBootstrap(file(elfHeader(62)), ['x86_64'])).toEqual([]);
    expect(checkBootstrap(file(elfHeader(183)), ['arm64'])).toEqual([]);
  });

  it('says how to fix a binary built for the other architecture', () => {
    expect(checkBootstrap(file(elfHeader(183)), ['x86_64'])).toEqual([
      'bootstrap is built for aarch64 but the layer declares x86_64: build it for x86_64 (GOARCH=amd64 for Go, ' +
        '--target x86_64-unknown-linux-gnu for Rust, CC=x86_64-linux-gnu-gcc for C) or set architectures: [arm64].',
    ]);
    expect(checkBootstrap(file(elfHeader(62)), ['arm64'])[0]).toMatch(/built for x86_64 but the layer declares arm64: build it for aarch64 \(GOARCH=arm64/);
  });

  it('refuses one ELF for a layer that declares both architectures', () => {
    expect(checkBootstrap(file(elfHeader(62)), ['x86_64', 'arm64'])).toEqual([
      expect.stringMatching(/is a x86_64 binary, but the layer declares x86_64 and arm64, and one binary runs on one architecture: set architectures: \[x86_64\]/),
    ]);
  });

  it('refuses an ELF for a machine Lambda does not run', () => {
    expect(checkBootstrap(file(elfHeader(40)), ['x86_64'])).toEqual([expect.stringMatching(/ELF binary for machine 40, which Lambda does not run/)]);
  });

  it('refuses a script whose first line ends in CR', () => {
    expect(checkBootstrap(file('#!/bin/sh\r\necho hi\r\n'), ['x86_64'])).toEqual([
      expect.stringMatching(/Windows line endings.*Convert it to LF.*bootstrap text eol=lf/),
    ]);
    expect(checkBootstrap(file('#!/bin/sh\necho "a\r\n"'), ['x86_64'])).toEqual([]);
  });

  it('refuses a file that is neither an ELF nor a script', () => {
    expect(checkBootstrap(file('echo hi\n'), ['x86_64'])).toEqual([expect.stringMatching(/neither an ELF executable nor a script starting with #!/)]);
  });

  it('refuses a missing, folder or empty bootstrap', () => {
    const none = { size: 0, head: Buffer.alloc(0) };
    expect(checkBootstrap({ kind: 'missing', ...none }, ['x86_64'])).toEqual([expect.stringMatching(/no bootstrap at its zip root, and Lambda runs \/opt\/bootstrap/)]);
    expect(checkBootstrap({ kind: 'directory', ...none }, ['x86_64'])).toEqual([expect.stringMatching(/bootstrap is a folder/)]);
    expect(checkBootstrap(file(''), ['x86_64'])).toEqual([expect.stringMatching(/bootstrap is empty/)]);
    expect(checkBootstrap(file('', { via: 'bin/start' }), ['x86_64'])).toEqual([expect.stringMatching(/^bootstrap \(a link to bin\/start\) is empty/)]);
  });

  it('reads e_machine in either byte order', () => {
    const bigEndian = elfHeader(0);
    bigEndian[5] = 2;
    bigEndian.writeUInt16BE(183, 18);
    expect(elfMachine(bigEndian)).toBe(183);
    expect(elfMachine(elfHeader(62))).toBe(62);
    expect(elfMachine(Buffer.from('#!/bin/sh\n'))).toBeUndefined();
  });
});

describe('interpreterWarning', () => {
  const al2023 = ['provided.al2023'];
  it('names an interpreter the OS-only runtimes do not have, whether run through env or by path', () => {
    expect(interpreterWarning(file('#!/usr/bin/env node\n'), al2023, [])).toBe(
      'bootstrap starts with #!/usr/bin/env node, but provided.al2023 has no node (only sh and bash): the function will ' +
        'fail at its first start unless another of its layers ships node. Ship the interpreter in this layer (for ' +
        'example bin/node, with #!/opt/bin/node), build a binary instead, or run the function on a managed runtime that has node.',
    );
    expect(interpreterWarning(file('#!/usr/bin/python3 -u\n'), ['provided.al2'], [])).toMatch(/^bootstrap starts with #!\/usr\/bin\/python3 -u, but provided.al2 has no python3/);
    expect(interpreterWarning(file('#!/usr/bin/env -S ruby -w\n'), al2023, [])).toMatch(/has no ruby/);
  });

  it('accepts sh and bash, an interpreter the layer ships under /opt, and binaries', () => {
    for (const line of ['#!/bin/sh', '#!/bin/bash -e', '#!/usr/bin/env bash', '#!/usr/bin/env sh']) {
      expect(interpreterWarning(file(`${line}\n`), al2023, []), line).toBeUndefined();
    }
    const shipped = [{ name: 'bin/node' }];
    expect(interpreterWarning(file('#!/opt/bin/node\n'), al2023, shipped)).toBeUndefined();
    expect(interpreterWarning(file('#!/opt/bin/node\n'), al2023, [])).toMatch(/has no node/);
    expect(interpreterWarning(file(elfHeader(62)), al2023, [])).toBeUndefined();
  });

  it('says nothing where a managed runtime is among the layer\'s runtimes', () => {
    expect(interpreterWarning(file('#!/usr/bin/env node\n'), ['provided.al2023', 'nodejs22.x'], [])).toBeUndefined();
    expect(interpreterWarning(file('#!/usr/bin/env node\n'), [], [])).toBeUndefined();
  });
});

describe('packageLayer on runtime layers', () => {
  it('packages a compiled bootstrap for this machine', async () => {
    const repo = await layerRepo({ 'rt/main.c': 'int main(void) { return 0; }\n' });
    await mkdir(path.join(repo.dir, 'rt/dist'));
    execFileSync('cc', ['-O2', '-o', 'dist/bootstrap', 'main.c'], { cwd: path.join(repo.dir, 'rt') });
    const { zip } = await pack(repo, runtimeLayer({ architectures: [hostArch] }));
    expect(zipinfo(zip.path)).toMatchObject([{ name: 'bootstrap', mode: '-rwxr-xr-x' }]);
  });

  it('zips a bootstrap that lost its x bit as 0755, with a warning naming the file', async () => {
    const repo = await layerRepo({ 'rt/dist/bootstrap': { content: '#!/bin/sh\n', mode: 0o644 } });
    const { zip, log } = await pack(repo, runtimeLayer());
    expect(zipinfo(zip.path)).toMatchObject([{ name: 'bootstrap', mode: '-rwxr-xr-x' }]);
    expect(log.text('warning')).toBe(
      'rt/dist/bootstrap is not executable, so it was zipped with mode 755 (Lambda executes /opt/bootstrap). Commit it as ' +
        'executable (git update-index --chmod=+x rt/dist/bootstrap) or chmod +x it in the build.',
    );
  });

  it('says nothing about a bootstrap that is executable', async () => {
    const repo = await layerRepo({ 'rt/dist/bootstrap': { content: '#!/bin/sh\n', mode: 0o755 } });
    const { log } = await pack(repo, runtimeLayer());
    expect(log.text('warning')).toBe('');
  });

  it('fails a bootstrap built for the other architecture', async () => {
    const repo = await layerRepo();
    await mkdir(path.join(repo.dir, 'rt/dist'), { recursive: true });
    await writeFile(path.join(repo.dir, 'rt/dist/bootstrap'), elfHeader(183), { mode: 0o755 });
    const layer = runtimeLayer({ architectures: ['x86_64'] });
    await expect(pack(repo, layer)).rejects.toThrow(/built for aarch64 but the layer declares x86_64: build it for x86_64/);
  });

  it('follows a bootstrap link to its target in the layer', async () => {
    const repo = await layerRepo({
      'rt/dist/bin/start': { content: '#!/bin/sh\n', mode: 0o644 },
      'rt/dist/bootstrap': { symlink: 'bin/start' },
    });
    const { zip, log } = await pack(repo, runtimeLayer());
    expect(zipinfo(zip.path)).toMatchObject([
      { name: 'bin/start', mode: '-rwxr-xr-x' },
      { name: 'bootstrap', mode: 'lrwxrwxrwx' },
    ]);
    expect(log.text('warning')).toMatch(/^rt\/dist\/bin\/start is not executable, so it was zipped with mode 755/);
  });

  it('fails a runtime layer without bootstrap, and one whose bootstrap is a folder', async () => {
    const missing = await layerRepo({ 'rt/dist/runtime/bootstrap': { content: '#!/bin/sh\n', mode: 0o755 } });
    await expect(pack(missing, runtimeLayer())).rejects.toThrow(/no bootstrap at its zip root/);
    const folder = await layerRepo({ 'rt/dist/bootstrap/main': { content: '#!/bin/sh\n', mode: 0o755 } });
    await expect(pack(folder, runtimeLayer())).rejects.toThrow(/bootstrap is a folder/);
  });

  it('warns, and still packages, a provided.al2023 bootstrap run by node', async () => {
    const repo = await layerRepo({ 'rt/dist/bootstrap': { content: '#!/usr/bin/env node\nrequire("./server")\n', mode: 0o755 } });
    const { zip, log } = await pack(repo, runtimeLayer({ runtimes: ['provided.al2023'] }));
    expect(zipinfo(zip.path)).toMatchObject([{ name: 'bootstrap', mode: '-rwxr-xr-x' }]);
    expect(log.text('warning')).toMatch(/^bootstrap starts with #!\/usr\/bin\/env node, but provided.al2023 has no node/);
  });

  it('leaves other layer types alone', async () => {
    const repo = await layerRepo({ 'rt/dist/tool.sh': '#!/bin/sh\r\n' });
    const { zip } = await pack(repo, runtimeLayer({ type: 'custom' }));
    expect(existsSync(zip.path)).toBe(true);
  });
});
