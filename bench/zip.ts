// Packaging a big layer (20,000 files, about 150 MB: many small sources, larger compressible data, a few
// incompressible binaries, some executables), timed side by side with Info-ZIP `zip -qrX` at its default level on the
// same tree, plus the peak memory of our packaging in a child process, on that tree and on four hard-linked copies of
// it in one layer (about 600 MB). Run alone with `npx tsx bench/zip.ts`. The tree is generated once, cached under
// .bench/.
import { execFile } from 'node:child_process';
import { createCipheriv } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { walkTree } from '../src/packaging/walk';
import { writeZip } from '../src/packaging/zip';
import type { ZipInfo } from '../src/types';

const FILES = 20_000;
const RUNS = 5;
/** Bump to regenerate the cached tree when the generator changes. */
const GENERATOR = `v2-${FILES}`;
const BENCH = fileURLToPath(new URL('../.bench', import.meta.url));
const TREE = path.join(BENCH, 'zip-tree');
/** Four hard links to every file of TREE: a 600 MB layer that costs no disk. */
const BIG_TREE = path.join(BENCH, 'zip-tree-x4');
const COPIES = 4;
const BIG_PAIRS = 3;
const OUT = path.join(BENCH, 'zip-out');

const run = promisify(execFile);

/** Deterministic bytes: AES-CTR over zeros, so every machine generates the same tree, fast. */
function noise(seed: number, length: number): Buffer {
  const key = Buffer.alloc(16, seed & 0xff);
  key.writeUInt32BE(seed);
  return createCipheriv('aes-128-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(length));
}

const WORDS = (
  'export const function return await async import from require module exports value items result error ' +
  'request response handler event context config options client table order user account amount status ' +
  'if else for while of in new this null undefined true false try catch throw class extends string number'
).split(' ');

/** Source-like text of about `length` bytes: words and punctuation in lines, compressible as real code is. */
function text(seed: number, length: number): string {
  const bytes = noise(seed, length);
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i += 8) {
    const indent = '  '.repeat(bytes[i % bytes.length] % 4);
    const words = Array.from({ length: 3 + (bytes[(i + 1) % bytes.length] % 7) }, (_, k) => WORDS[bytes[(i + k) % bytes.length] % WORDS.length]);
    const line = `${indent}${words.join(' ')}(${bytes[(i + 2) % bytes.length]});`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

async function generate(): Promise<void> {
  await rm(TREE, { recursive: true, force: true });
  const files: { name: string; content: string | Buffer; mode: number }[] = [];
  for (let i = 0; files.length < FILES; i++) {
    const dir = `nodejs/node_modules/pkg-${i % 400}/${i % 3 === 0 ? 'lib' : 'src'}/part-${i % 7}`;
    const kind = i % 1000;
    if (kind < 860) files.push({ name: `${dir}/module-${i}.js`, content: text(i, 300 + ((i * 7919) % 5000)), mode: 0o644 });
    else if (kind < 980) files.push({ name: `${dir}/data-${i}.json`, content: text(i, 8_000 + ((i * 104729) % 30_000)), mode: 0o644 });
    else if (kind < 999) files.push({ name: `bin/tool-${i}`, content: `#!/bin/sh\n${text(i, 2_000)}`, mode: 0o755 });
    else files.push({ name: `${dir}/native-${i}.node`, content: noise(i, 100_000 + ((i * 31) % 1_400_000)), mode: i % 2 ? 0o755 : 0o644 });
  }
  // A few big ones, streamed rather than read whole.
  for (let i = 0; i < 3; i++) files.push({ name: `lib/big-${i}.so`, content: noise(1_000_000 + i, 6_000_000), mode: 0o755 });
  files.push({ name: 'data/big.json', content: text(2_000_000, 12_000_000), mode: 0o644 });

  await Promise.all([...new Set(files.map((f) => path.dirname(f.name)))].map((d) => mkdir(path.join(TREE, d), { recursive: true })));
  for (let i = 0; i < files.length; i += 500) {
    await Promise.all(
      files.slice(i, i + 500).map(async (f) => {
        await writeFile(path.join(TREE, f.name), f.content);
        await chmod(path.join(TREE, f.name), f.mode);
      }),
    );
  }
  await writeFile(path.join(BENCH, 'zip-tree.generator'), GENERATOR);
}

/** What packageLayer spends on a tree: listing it and writing the zip. */
async function packageTree(zipPath: string, tree = TREE) {
  return writeZip(walkTree(tree, { repoRoot: BENCH, allowed: [BENCH] }), zipPath);
}

/**
 * Packages `tree` in a child process of its own, for its peak memory, set up as the action's process is (src/heap.ts).
 * The child runs this file bundled, as the action runs dist/: under tsx it would also hold the TypeScript loader, 22 MB
 * that the action never has.
 */
async function packageInChild(zipPath: string, tree: string) {
  const script = path.join(BENCH, 'zip-child.mjs');
  const { build } = await import('esbuild');
  await build({ entryPoints: [fileURLToPath(import.meta.url)], outfile: script, bundle: true, packages: 'external', platform: 'node', format: 'esm', logLevel: 'error' });
  const child = await run(process.execPath, [script, '--child', zipPath, tree], { cwd: path.dirname(BENCH) });
  return JSON.parse(child.stdout) as { maxRssKb: number; codeSha256: string; unzippedSize: number };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (ms: number) => Math.round(ms * 10) / 10;
const mb = (bytes: number) => Math.round((bytes / 1e6) * 10) / 10;

export async function benchZip() {
  const cached = existsSync(path.join(BENCH, 'zip-tree.generator')) && (await readFile(path.join(BENCH, 'zip-tree.generator'), 'utf8')) === GENERATOR;
  if (!cached) {
    console.log(`Generating ${FILES} files in ${TREE} ...`);
    await generate();
  }
  await mkdir(OUT, { recursive: true });
  const ourZip = path.join(OUT, 'ours.zip');
  const infoZip = path.join(OUT, 'info-zip.zip');
  const zipCli = async (tree = TREE) => {
    await rm(infoZip, { force: true });
    await run('zip', ['-qrX', infoZip, '.'], { cwd: tree, maxBuffer: 1 << 24 });
  };

  await packageTree(ourZip); // warm-up: page cache
  await zipCli();
  const ours: number[] = [];
  const baseline: number[] = [];
  const hashes = new Set<string>();
  let info: ZipInfo | undefined;
  for (let i = 0; i < RUNS; i++) {
    baseline.push((await timed(zipCli)).ms);
    const result = await timed(() => packageTree(ourZip));
    ours.push(result.ms);
    hashes.add(result.value.codeSha256);
    info = result.value;
  }
  const { maxRssKb, codeSha256 } = await packageInChild(path.join(OUT, 'child.zip'), TREE);
  hashes.add(codeSha256);
  const infoZipMB = mb((await stat(infoZip)).size);

  await rm(BIG_TREE, { recursive: true, force: true });
  await mkdir(BIG_TREE);
  for (let i = 0; i < COPIES; i++) await run('cp', ['-al', TREE, path.join(BIG_TREE, `copy-${i}`)]);
  // A minute a pair, so few pairs; each pair in turn starts with the other, and the ratio is the median of the pairs'.
  const bigOurs: { ms: number; value: Awaited<ReturnType<typeof packageInChild>> }[] = [];
  const bigInfoZip: number[] = [];
  for (let i = 0; i < BIG_PAIRS; i++) {
    const ours = () => timed(() => packageInChild(path.join(OUT, 'big.zip'), BIG_TREE)).then((r) => bigOurs.push(r));
    const theirs = () => timed(() => zipCli(BIG_TREE)).then((r) => bigInfoZip.push(r.ms));
    for (const step of i % 2 === 0 ? [theirs, ours] : [ours, theirs]) await step();
  }
  await rm(path.join(OUT, 'big.zip'), { force: true });
  await rm(BIG_TREE, { recursive: true, force: true });

  return {
    files: info!.entries,
    unzippedMB: mb(info!.unzippedSize),
    runs: RUNS,
    oursMs: round(median(ours)),
    infoZipMs: round(median(baseline)),
    /** Ours over Info-ZIP: aim <= 1. */
    ratio: Math.round((median(ours) / median(baseline)) * 100) / 100,
    oursZippedMB: mb(info!.size),
    infoZipZippedMB: infoZipMB,
    /** Peak RSS of a child process that only packages the tree (Node itself included). */
    peakRssMB: Math.round(maxRssKb / 1024),
    /** The same for the 600 MB layer (aim < 256 MB), and its time with the child's start against Info-ZIP's. */
    bigTree: {
      unzippedMB: mb(bigOurs[0].value.unzippedSize),
      peakRssMB: Math.round(Math.max(...bigOurs.map((r) => r.value.maxRssKb)) / 1024),
      pairs: BIG_PAIRS,
      oursMs: round(median(bigOurs.map((r) => r.ms))),
      infoZipMs: round(median(bigInfoZip)),
      ratio: Math.round(median(bigOurs.map((r, i) => r.ms / bigInfoZip[i])) * 100) / 100,
      reproducible: new Set(bigOurs.map((r) => r.value.codeSha256)).size === 1,
    },
    /** Every run, in this process and in the child, gave the same zip. */
    reproducible: hashes.size === 1,
    codeSha256: [...hashes].join(' '),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === '--child') {
    // What the action's entry point sets before anything else.
    await import('../src/heap');
    const zip = await packageTree(process.argv[3], process.argv[4]);
    console.log(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, codeSha256: zip.codeSha256, unzippedSize: zip.unzippedSize }));
  } else {
    const figures = await benchZip();
    console.log(JSON.stringify(figures, null, 2));
    console.log(
      `packaging ${figures.oursMs} ms vs zip -qrX ${figures.infoZipMs} ms: ${figures.ratio}x (aim: <= 1); ` +
        `peak RSS ${figures.peakRssMB} MB, ${figures.bigTree.peakRssMB} MB for ${figures.bigTree.unzippedMB} MB (aim: < 256); ` +
        `reproducible: ${figures.reproducible}`,
    );
  }
}
