// The reproducible zip writer: the same tree gives the same bytes, and so the same CodeSha256, on any checkout.
// Entries go in the order given (walk.ts sorts them), each dated 1980-01-01 00:00, mode 0644 or 0755, UNIX platform,
// no extra fields, no comments. Folders get no entries of their own: Lambda creates them from the file paths, and a
// folder's mtime and mode would be one more thing that differs between checkouts.
//
// Written here rather than with archiver: on bench/zip.ts (20,000 files) archiver took 2.2 times as long as Info-ZIP
// with a 370 MB peak, because it pushes every entry, however small, through a zlib stream of its own and cannot take
// pre-compressed data. Here a file up to 1 MiB is read and deflated in one synchronous call (deflating on libuv's
// threads meanwhile was measured too: no faster on two cores, 20% more CPU); larger files are streamed. Files are read
// into one reused buffer, and everything written is copied into another that is hashed and written 1 MiB at a time, so
// no buffer per file waits for the collector: the bench's 600 MB layer peaked at 184-212 MB with a buffer per file,
// and peaks at 138-141 MB (both with src/heap.ts's young generation).
import { createHash } from 'node:crypto';
import { closeSync, constants, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { ZipInfo } from '../types';
import { TreeError, type TreeEntry, type TreeFile } from './walk';

/** zlib's default level, the one Info-ZIP's `zip` uses too. Changing it changes every CodeSha256: bump BUILDER_VERSION. */
export const ZIP_LEVEL = 6;
/** Files up to this size are read and deflated whole; larger ones are streamed. */
const WHOLE_FILE = 1024 * 1024;
const BATCH = 1024 * 1024;

const STORED = 0;
const DEFLATED = 8;
/** 1980-01-01 00:00:00 in MS-DOS date and time fields. */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;
const UTF8_NAMES = 1 << 11;
const DATA_DESCRIPTOR = 1 << 3;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
/** "Made by" UNIX (3), zip specification 2.0: readers then take the mode from the high bits of the attributes. */
const MADE_BY = (3 << 8) | 20;
const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;

interface Central {
  /** Kept as text: a small Buffer would pin an 8 KiB slab of Node's pool, with file contents in it, until the end. */
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  /** File type and permission bits. */
  mode: number;
  offset: number;
}

/** Writes `entries` in order to `zipPath` and returns what Lambda will report about it; a full disk is said in words. */
export async function writeZip(entries: readonly TreeEntry[], zipPath: string): Promise<ZipInfo> {
  try {
    return await writeEntries(entries, zipPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOSPC' && code !== 'EDQUOT') throw error;
    throw new Error(
      `Writing the zip ${zipPath} failed: the disk holding ${path.dirname(zipPath)} is full (${code}). Free space on ` +
        `the runner (what earlier steps left: caches, Docker images) or make the layer smaller, then run again.`,
    );
  }
}

async function writeEntries(entries: readonly TreeEntry[], zipPath: string): Promise<ZipInfo> {
  const file = await open(zipPath, 'w');
  try {
    const out = new Output(file);
    const input = Buffer.allocUnsafeSlow(WHOLE_FILE);
    const central: Central[] = [];
    for (const entry of entries) {
      assertSafeName(entry.name);
      central.push(entry.type === 'file' && entry.size > WHOLE_FILE ? await streamEntry(out, entry) : writeEntry(out, entry, input));
      await out.flushIfFull();
    }
    const start = out.offset;
    for (const record of central) {
      out.push(...centralHeader(record));
      await out.flushIfFull();
    }
    out.push(...endOfCentralDirectory(central.length, start, out.offset - start));
    await out.flush();
    const unzippedSize = central.reduce((sum, r) => sum + r.size, 0);
    return { path: zipPath, size: out.offset, unzippedSize, codeSha256: out.hash.digest('base64'), entries: central.length };
  } finally {
    await file.close();
  }
}

/** Output room for the whole file: one allocation, not 16 KiB chunks joined by a copy. */
function deflate(content: Buffer): Buffer {
  return zlib.deflateRawSync(content, { level: ZIP_LEVEL, chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, content.length + 64) });
}

/** A file read (into `input`) and deflated whole, or a symlink, whose content is its target. */
function writeEntry(out: Output, entry: TreeEntry, input: Buffer): Central {
  const content = entry.type === 'symlink' ? Buffer.from(entry.target) : readListed(entry, input);
  const deflated = entry.type === 'file' && content.length > 0 ? deflate(content) : undefined;
  // Stored when deflate does not make it smaller, as Info-ZIP does.
  const body = deflated && deflated.length < content.length ? deflated : content;
  const record: Central = {
    name: entry.name,
    flags: nameFlags(entry.name),
    method: body === content ? STORED : DEFLATED,
    crc: zlib.crc32(content),
    compressed: body.length,
    size: content.length,
    mode: entry.type === 'symlink' ? S_IFLNK | 0o777 : S_IFREG | entry.mode,
    offset: out.offset,
  };
  out.push(...localHeader(record), body);
  return record;
}

/** A large file, deflated as it is read: sizes and CRC follow the data in a descriptor. */
async function streamEntry(out: Output, entry: TreeFile): Promise<Central> {
  const { name } = entry;
  const record: Central = {
    name,
    flags: nameFlags(name) | DATA_DESCRIPTOR,
    method: DEFLATED,
    crc: 0,
    compressed: 0,
    size: 0,
    mode: S_IFREG | entry.mode,
    offset: out.offset,
  };
  out.push(...localHeader(record));
  await pipeline(
    createReadStream(entry.source, { fd: openListed(entry), highWaterMark: BATCH }),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        record.crc = zlib.crc32(chunk, record.crc);
        record.size += chunk.length;
        yield chunk;
      }
    },
    // 1 MiB of output per trip to the thread pool rather than 16 KiB: 12% faster on large files.
    zlib.createDeflateRaw({ level: ZIP_LEVEL, chunkSize: BATCH }),
    async (deflated: AsyncIterable<Buffer>) => {
      for await (const chunk of deflated) {
        out.push(chunk);
        record.compressed += chunk.length;
        await out.flushIfFull();
      }
    },
  );
  if (record.size > MAX_32) throw new Error(`${name} is over 4 GiB, more than any Lambda layer can hold: leave it out.`);
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(record.crc, 4);
  descriptor.writeUInt32LE(record.compressed, 8);
  descriptor.writeUInt32LE(record.size, 12);
  out.push(descriptor);
  return record;
}

/** The listed file's bytes, in the first `entry.size` bytes of `input`. */
function readListed(entry: TreeFile, input: Buffer): Buffer {
  const fd = openListed(entry);
  try {
    let read = 0;
    for (let n = 1; n > 0 && read < entry.size; read += n) n = readSync(fd, input, read, entry.size - read, read);
    if (read < entry.size) throw changed(entry, 'it got shorter');
    return input.subarray(0, entry.size);
  } finally {
    closeSync(fd);
  }
}

/**
 * The listed file, opened without following a link and checked through the handle that is then read: a build still
 * running (or racing) that swaps the file, or a folder above it, for a link between listing and reading gets nothing
 * of the link's target into the zip.
 */
function openListed(entry: TreeFile): number {
  let fd: number;
  try {
    fd = openSync(entry.source, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'ENOENT' || code === 'ENOTDIR') throw changed(entry, code === 'ELOOP' ? 'it is now a symlink' : 'it is gone');
    throw error;
  }
  const stat = fstatSync(fd);
  if (stat.isFile() && stat.dev === entry.dev && stat.ino === entry.ino && stat.size === entry.size) return fd;
  closeSync(fd);
  throw changed(entry, !stat.isFile() ? 'no longer a regular file' : stat.ino === entry.ino ? 'its size changed' : 'another file');
}

function changed(entry: TreeFile, what: string): TreeError {
  return new TreeError(
    `${entry.name} changed while it was being packaged (${what}), so nothing was zipped: make sure nothing the build ` +
      'started still writes to its output, then run again.',
  );
}

/** Bytes on their way to the file, copied into one buffer that is hashed and written when a batch is full. */
class Output {
  offset = 0;
  readonly hash = createHash('sha256');
  /** A full batch, plus the most that is pushed between two flushIfFull: a whole file and its header and name. */
  private readonly buffer = Buffer.allocUnsafeSlow(2 * BATCH + 2 * MAX_16);
  private used = 0;

  constructor(private readonly file: FileHandle) {}

  push(...chunks: Buffer[]): void {
    if (this.offset > MAX_32) throw new Error(`The zip is over 4 GiB, more than any Lambda layer can hold: make the layer smaller.`);
    for (const chunk of chunks) {
      if (this.used + chunk.length > this.buffer.length) throw new Error(`internal error: ${chunk.length} bytes pushed into a full zip batch`);
      this.used += chunk.copy(this.buffer, this.used);
      this.offset += chunk.length;
    }
  }

  /** Writing is also where the event loop gets a turn, so parallel layers' builds keep their output flowing. */
  async flushIfFull(): Promise<void> {
    if (this.used >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    const data = this.buffer.subarray(0, this.used);
    this.hash.update(data);
    this.used = 0;
    await this.file.write(data);
  }
}

function nameFlags(name: string): number {
  return /[^\x00-\x7f]/.test(name) ? UTF8_NAMES : 0;
}

function versionNeeded(record: Central): number {
  return record.method === DEFLATED ? 20 : 10;
}

function localHeader(r: Central): Buffer[] {
  const streamed = (r.flags & DATA_DESCRIPTOR) !== 0;
  const name = Buffer.from(r.name);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(versionNeeded(r), 4);
  header.writeUInt16LE(r.flags, 6);
  header.writeUInt16LE(r.method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(streamed ? 0 : r.crc, 14);
  header.writeUInt32LE(streamed ? 0 : r.compressed, 18);
  header.writeUInt32LE(streamed ? 0 : r.size, 22);
  header.writeUInt16LE(name.length, 26);
  return [header, name];
}

function centralHeader(r: Central): Buffer[] {
  const name = Buffer.from(r.name);
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(MADE_BY, 4);
  header.writeUInt16LE(versionNeeded(r), 6);
  header.writeUInt16LE(r.flags, 8);
  header.writeUInt16LE(r.method, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(r.crc, 16);
  header.writeUInt32LE(r.compressed, 20);
  header.writeUInt32LE(r.size, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(r.mode * 0x10000, 38);
  header.writeUInt32LE(r.offset, 42);
  return [header, name];
}

/** The end records; Zip64 ones only when the entry count does not fit in 16 bits (a big node_modules can do that). */
function endOfCentralDirectory(count: number, start: number, length: number): Buffer[] {
  const records: Buffer[] = [];
  if (count >= MAX_16) {
    const zip64 = Buffer.alloc(56);
    zip64.writeUInt32LE(0x06064b50, 0);
    zip64.writeBigUInt64LE(44n, 4);
    zip64.writeUInt16LE((3 << 8) | 45, 12);
    zip64.writeUInt16LE(45, 14);
    zip64.writeBigUInt64LE(BigInt(count), 24);
    zip64.writeBigUInt64LE(BigInt(count), 32);
    zip64.writeBigUInt64LE(BigInt(length), 40);
    zip64.writeBigUInt64LE(BigInt(start), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(start + length), 8);
    locator.writeUInt32LE(1, 16);
    records.push(zip64, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(count, MAX_16), 8);
  end.writeUInt16LE(Math.min(count, MAX_16), 10);
  end.writeUInt32LE(length, 12);
  end.writeUInt32LE(start, 16);
  records.push(end);
  return records;
}

/** Entry names are relative and never climb, whatever the caller passes. */
export function assertSafeName(name: string): void {
  const parts = name.split('/');
  if (name.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..')) {
    throw new Error(`Refusing zip entry '${name}': entries must be relative paths without '.', '..' or empty parts.`);
  }
}
