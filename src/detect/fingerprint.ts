// The content fingerprint of a layer: the authority on whether it changed (design.md, Change detection). Built from git
// blob ids, so it depends on content and mode only: never on mtimes, checkout or machine.
import { normalizedLayer } from '../config/normalize';
import { sha256 } from '../crypto';
import type { LayerConfig } from '../types';
import type { LockEntry } from './lockfiles';

/** Bump when the way layers are built or packaged changes, so every layer is rebuilt once. */
export const BUILDER_VERSION = '3';

export interface InputFile {
  path: string;
  /** Git mode: 100644, 100755, 120000. */
  mode: string;
  /** Git blob id of the content. */
  blob: string;
}

/** sha256 over path, mode and blob id of files given in path order. */
export function digestFiles(files: readonly InputFile[]): string {
  const hash = sha256();
  let chunk = '';
  for (const file of files) {
    chunk += `${file.mode} ${file.blob} ${file.path}\0`;
    // Few large updates hash much faster than one per file.
    if (chunk.length > 65_536) {
      hash.update(chunk);
      chunk = '';
    }
  }
  return hash.update(chunk).digest('hex');
}

export interface FingerprintParts {
  /** digestFiles of the layer's own folder and `inputs` globs. */
  own: string;
  /** [folder, digestFiles of its files] of every workspace package in the closure (computed once per package). */
  packages: readonly (readonly [string, string])[];
  /** [name, closureDigests] of each lockfile closure the layer installs from (computed once per closure). */
  lockfile: readonly (readonly [string, string])[];
}

/**
 * sha256 over the builder version, the normalized config, the file digests (every input file's path, mode and blob
 * id, grouped per workspace package so a package shared by many layers is hashed once) and the digests of the
 * lockfile closures it installs from (grouped likewise: the devDependencies of a package built for many layers).
 */
export function fingerprint(layer: LayerConfig, parts: FingerprintParts): string {
  const hash = sha256();
  hash.update(`lambda-layers-action builder ${BUILDER_VERSION}\n`);
  hash.update(`config ${JSON.stringify(normalizedLayer(layer))}\n`);
  hash.update(`files ${parts.own}\n`);
  const byName = ([a]: readonly [string, string], [b]: readonly [string, string]) => (a < b ? -1 : 1);
  for (const [dir, digest] of [...parts.packages].sort(byName)) hash.update(`package ${dir} ${digest}\n`);
  for (const [name, digest] of [...parts.lockfile].sort(byName)) hash.update(`lock ${name} ${digest}\n`);
  return hash.digest('hex');
}

/** `name@version` of the external packages of a closure, sorted and unique (workspace links left out). */
export function lockfileNames(lockfile: readonly LockEntry[]): string[] {
  return [...new Set(lockfile.filter((e) => !e.link).map((e) => `${e.name}@${e.version ?? '?'}`))].sort();
}

/**
 * Per closure, sha256 over the `name@version integrity` of its external packages, sorted by code unit, unique and
 * joined by newlines: what is installed, not where npm hoisted it, so the same set of packages hashes the same. The
 * closures of one lockfile share most entries: each id is made, sorted and encoded once, and a closure's bytes are
 * copied from those a run of ids at a time, rather than joined into a string per closure (50 MB on the bench's plan).
 */
export function closureDigests(closures: readonly (readonly LockEntry[])[]): string[] {
  const slotOf = new Map<LockEntry, number>();
  const slotOfId = new Map<string, number>();
  const ids: string[] = [];
  // One look-up per entry: each closure as the slots of its ids, ranked once all ids are known.
  const slotted = closures.map((closure) => {
    const slots = new Int32Array(closure.length);
    let n = 0;
    for (const e of closure) {
      if (e.link) continue;
      let slot = slotOf.get(e);
      if (slot === undefined) {
        const id = `${e.name}@${e.version ?? '?'} ${e.integrity ?? e.resolved ?? ''}`;
        slot = slotOfId.get(id);
        if (slot === undefined) slotOfId.set(id, (slot = ids.push(id) - 1));
        slotOf.set(e, slot);
      }
      slots[n++] = slot;
    }
    return slots.subarray(0, n);
  });
  const order = ids.map((_, slot) => slot).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  const rank = new Int32Array(ids.length);
  order.forEach((slot, i) => (rank[slot] = i));
  // Every id in rank order, each with its newline, and where each starts.
  const text = Buffer.from(order.map((slot) => `${ids[slot]}\n`).join(''));
  const start = new Int32Array(ids.length + 1);
  order.forEach((slot, i) => (start[i + 1] = start[i] + Buffer.byteLength(ids[slot]) + 1));
  const bytes = Buffer.allocUnsafe(text.length);
  return slotted.map((slots) => {
    for (let i = 0; i < slots.length; i++) slots[i] = rank[slots[i]];
    slots.sort();
    let length = 0;
    for (let i = 0; i < slots.length; ) {
      // Consecutive ranks are one copy; a rank twice (a package installed in two folders) is one id.
      const first = slots[i];
      let last = first;
      while (++i < slots.length && slots[i] <= last + 1) last = slots[i];
      length += text.copy(bytes, length, start[first], start[last + 1]);
    }
    // Joined by newlines: the last id's is not hashed.
    return sha256().update(bytes.subarray(0, Math.max(0, length - 1))).digest('hex');
  });
}
