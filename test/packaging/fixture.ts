// Layers to package in temp folders, and two readers for the zips that do not share code with the writer:
// Info-ZIP's zipinfo (`unzip -Z`) and yauzl.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import yauzl from 'yauzl';
import { processExec } from '../../src/adapters/exec';
import { packageLayer } from '../../src/packaging';
import type { LayerConfig } from '../../src/types';
import { layer } from '../detect/fixture';
import { memoryLogger } from '../support/logger';
import { createRepo, tempDir, type TempRepo } from '../support/repo';

export const runtimeLayer = (extra: Partial<LayerConfig> = {}): LayerConfig =>
  layer('rt', 'runtime', 'rt', { architectures: ['x86_64'], build: 'make bootstrap', output: 'dist', ...extra });

export const customLayer = (extra: Partial<LayerConfig> = {}) => runtimeLayer({ type: 'custom', ...extra });

/** A repository holding `files`, for layers whose `path` is inside it. */
export async function layerRepo(files: Parameters<TempRepo['write']>[0] = {}): Promise<TempRepo> {
  const repo = await createRepo();
  await repo.write(files);
  return repo;
}

/** packageLayer on `<repo>/<layer.path>/<layer.output>`, the zip in a fresh work folder, with a recording logger. */
export async function pack(repo: TempRepo, layer: LayerConfig, opts: { s3Bucket?: string } = {}) {
  const log = memoryLogger();
  const zipPath = path.join(await tempDir('lla-work-'), `${layer.key}.zip`);
  const root = path.join(repo.dir, layer.path, layer.output ?? '');
  const zip = await packageLayer(layer, root, { repoRoot: repo.dir, zipPath, s3Bucket: opts.s3Bucket, exec: processExec, log });
  return { zip, log };
}

export interface ZipinfoLine {
  mode: string;
  size: number;
  method: string;
  date: string;
  name: string;
}

/** `unzip -Z -T` (zipinfo with sortable dates), one object per entry, in zip order. */
export function zipinfo(zipPath: string): ZipinfoLine[] {
  const out = execFileSync('unzip', ['-Z', '-T', zipPath], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  return out
    .split('\n')
    .map((line) => /^(\S{10})\s+\S+\s+unx\s+(\d+)\s+\S\S\s+(\S+)\s+(\d{8}\.\d{6})\s+(.+)$/.exec(line))
    .filter((m) => m !== null)
    .map(([, mode, size, method, date, name]) => ({ mode, size: Number(size), method, date, name }));
}

export interface ReadEntry {
  name: string;
  /** Type and permission bits from the external attributes. */
  mode: number;
  madeBy: number;
  extraLength: number;
  content: Buffer;
}

/** Every entry with its content, read by yauzl (which checks CRCs and sizes). */
export async function readZip(zipPath: string): Promise<ReadEntry[]> {
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, validateEntrySizes: true });
  const entries: ReadEntry[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      const content = Buffer.concat(await (await zip.openReadStreamPromise(entry)).toArray());
      entries.push({
        name: entry.fileName,
        mode: entry.externalFileAttributes >>> 16,
        madeBy: entry.versionMadeBy >> 8,
        extraLength: entry.extraFieldLength,
        content,
      });
    }
  } finally {
    zip.close();
  }
  return entries;
}

/** The first 64 bytes of an ELF executable header for `machine`, enough for any reader of e_machine. */
export function elfHeader(machine: number): Buffer {
  const header = Buffer.alloc(64);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]).copy(header); // ELF, 64-bit, little-endian, version 1
  header.writeUInt16LE(2, 16); // ET_EXEC
  header.writeUInt16LE(machine, 18);
  return header;
}

/** The e_machine of the other architecture than this machine's: an ELF this host cannot run. */
export const foreignMachine = process.arch === 'arm64' ? 62 : 183;
export const foreignArch = process.arch === 'arm64' ? 'x86_64' : 'arm64';
export const hostArch = process.arch === 'arm64' ? 'arm64' : 'x86_64';

/** The text of one file of a zip held in memory (a published layer version's). */
export async function zipFileText(zip: Buffer, name: string): Promise<string> {
  const file = path.join(await tempDir('lla-zip-'), 'layer.zip');
  await writeFile(file, zip);
  return (await readZip(file)).find((e) => e.name === name)!.content.toString('utf8');
}
