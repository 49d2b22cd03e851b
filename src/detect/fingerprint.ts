// The content fingerprint of a layer: the authority on whether it changed (design.md, Change detection). Built from git
// blob ids, so it depends on content and mode only: never on mtimes, checkout or machine.
import { normalizedLayer } from '../config/normalize';
import { sha256Of, sha256 } from '../crypto';
import type { LayerConfig } from '../types';
import type { LockEntry } from './lockfiles';

/** Bump when the way layers are built or packaged changes, so every layer is rebuilt once. */
export const BUILDER_VERSION = '4';

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

// 128 bits of each package's own digest: collisions stay out of reach, and a word copy moves it.
const ID_BYTES = 16;
const ID_WORDS = ID_BYTES / 4;

/**
 * Per closure, sha256 over the ID_BYTES-byte digests (the first bytes of sha256) of the `name@version integrity` of
 * its external packages, sorted by id (code unit), unique: what is installed, not where npm hoisted it, so the same
 * set of packages hashes the same. Each id is made, sorted and hashed once per run, and a closure hashes 16 bytes per
 * package, not the id's ~110 characters (the bench's plan: 8 MB, not 56 MB).
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
  // Each id's digest, in rank order, as words: copied by hand, four words cost less than a call to copy them.
  const idDigests = new Uint32Array(ids.length * ID_WORDS);
  const digestBytes = new Uint8Array(idDigests.buffer);
  order.forEach((slot, i) => sha256Of(ids[slot]).copy(digestBytes, i * ID_BYTES, 0, ID_BYTES));
  const words = new Uint32Array(idDigests.length);
  const held = new Uint8Array(ids.length);
  const ordered = new Int32Array(ids.length);
  return slotted.map((slots) => {
    for (let i = 0; i < slots.length; i++) slots[i] = rank[slots[i]];
    let ranks: Int32Array;
    if (slots.length * 32 < ids.length) {
      ranks = slots.sort();
    } else {
      // Marked and read back in order: faster than a sort once a closure holds a good part of the lockfile.
      for (let i = 0; i < slots.length; i++) held[slots[i]] = 1;
      let n = 0;
      for (let r = 0; r < held.length; r++) if (held[r] === 1) (held[r] = 0), (ordered[n++] = r);
      ranks = ordered.subarray(0, n);
    }
    let length = 0;
    for (let i = 0; i < ranks.length; i++) {
      // A rank twice is one id: a package installed in two folders.
      if (i > 0 && ranks[i] === ranks[i - 1]) continue;
      for (let w = ranks[i] * ID_WORDS, end = w + ID_WORDS; w < end; w++) words[length++] = idDigests[w];
    }
    return sha256().update(words.subarray(0, length)).digest('hex');
  });
}
