// Sanity checks on the `bootstrap` of a runtime layer (facts C): Lambda runs /opt/bootstrap, so it must be at the zip
// root, a regular file (or a link to one in the layer), not empty, and either an ELF binary for the architectures the
// layer declares or a script with a clean shebang line. Each problem says how to fix it. A missing x bit is fixed,
// with a warning: it is zipped 0755.
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { TreeEntry } from './walk';

export const BOOTSTRAP = 'bootstrap';
/** The kernel reads at most this much of a `#!` line. */
const HEAD = 256;

export interface BootstrapFacts {
  /** What the `bootstrap` entry resolves to. */
  kind: 'missing' | 'directory' | 'file';
  /** The entry a `bootstrap` symlink points to. */
  via?: string;
  size: number;
  /** The first bytes of the content. */
  head: Buffer;
}

/** e_machine values Lambda runs, by the architecture names of the configuration. */
const MACHINES: Record<number, { arch: string; name: string; goarch: string; triple: string }> = {
  62: { arch: 'x86_64', name: 'x86_64', goarch: 'amd64', triple: 'x86_64-linux-gnu' },
  183: { arch: 'arm64', name: 'aarch64', goarch: 'arm64', triple: 'aarch64-linux-gnu' },
};

/** The e_machine of an ELF header, undefined when `head` is not one. */
export function elfMachine(head: Buffer): number | undefined {
  if (head.length < 20 || head.readUInt32BE(0) !== 0x7f454c46) return undefined;
  return head[5] === 2 ? head.readUInt16BE(18) : head.readUInt16LE(18);
}

/** The architecture name (`x86_64`, `arm64`) of an ELF machine, undefined for one Lambda does not run. */
export function elfArchitecture(machine: number): string | undefined {
  return MACHINES[machine]?.arch;
}

export function checkBootstrap(facts: BootstrapFacts, architectures: readonly string[]): string[] {
  const shown = facts.via ? `bootstrap (a link to ${facts.via})` : 'bootstrap';
  if (facts.kind === 'missing') {
    return [
      'The runtime layer has no bootstrap at its zip root, and Lambda runs /opt/bootstrap: make the build write an ' +
        `executable file named bootstrap at the top of its output folder${facts.via ? ` (the link points to ${facts.via}, which is not in the layer)` : ''}.`,
    ];
  }
  if (facts.kind === 'directory') {
    return [`${shown} is a folder, but Lambda executes /opt/bootstrap: make it the executable file itself, and put other files beside it.`];
  }
  if (facts.size === 0) return [`${shown} is empty: check the build command, which wrote an empty file.`];
  const machine = elfMachine(facts.head);
  if (machine !== undefined) return architectureProblems(shown, machine, architectures);
  if (facts.head.subarray(0, 2).toString('latin1') !== '#!') {
    return [
      `${shown} is neither an ELF executable nor a script starting with #!, so Lambda cannot run it: build a Linux binary, or start the script with a line such as #!/bin/sh.`,
    ];
  }
  const end = facts.head.indexOf(0x0a);
  if (facts.head.subarray(0, end === -1 ? undefined : end).includes(0x0d)) {
    return [
      `${shown} has Windows line endings: its first line ends in CR, so Linux looks for an interpreter whose name ends in CR. ` +
        'Convert it to LF line endings (and add "bootstrap text eol=lf" to .gitattributes so checkouts keep them).',
    ];
  }
  return [];
}

/** Interpreters the OS-only runtimes (provided.al2023, provided.al2) have at these paths. */
const OS_INTERPRETERS = new Set(['/bin/sh', '/bin/bash', '/usr/bin/sh', '/usr/bin/bash']);
const OS_ENV_INTERPRETERS = new Set(['sh', 'bash']);

/**
 * A script bootstrap whose interpreter the OS-only runtimes lack (`#!/usr/bin/env node` on provided.al2023) passes
 * every check and fails at the first cold start: a warning, since another layer of the function may ship it.
 */
export function interpreterWarning(facts: BootstrapFacts, runtimes: readonly string[], entries: readonly Pick<TreeEntry, 'name'>[]): string | undefined {
  if (facts.kind !== 'file' || runtimes.length === 0 || !runtimes.every((r) => r.startsWith('provided'))) return undefined;
  const line = facts.head.subarray(0, Math.max(0, facts.head.indexOf(0x0a))).toString('utf8');
  if (!line.startsWith('#!')) return undefined;
  const [program, ...args] = line.slice(2).trim().split(/\s+/);
  const viaEnv = program === '/usr/bin/env' || program === '/bin/env';
  const interpreter = viaEnv ? args.find((a) => !a.startsWith('-')) : program;
  if (!interpreter || (viaEnv ? OS_ENV_INTERPRETERS.has(interpreter) : OS_INTERPRETERS.has(interpreter))) return undefined;
  // A layer is extracted to /opt: an interpreter it ships at /opt/<entry> is there.
  if (interpreter.startsWith('/opt/') && entries.some((e) => e.name === interpreter.slice('/opt/'.length))) return undefined;
  const name = path.posix.basename(interpreter);
  return (
    `bootstrap starts with ${line}, but ${runtimes.join(', ')} has no ${name} (only sh and bash): the function will fail ` +
    `at its first start unless another of its layers ships ${name}. Ship the interpreter in this layer (for example ` +
    `bin/${name}, with #!/opt/bin/${name}), build a binary instead, or run the function on a managed runtime that has ${name}.`
  );
}

function architectureProblems(shown: string, machine: number, architectures: readonly string[]): string[] {
  const built = MACHINES[machine];
  if (!built) {
    return [`${shown} is an ELF binary for machine ${machine}, which Lambda does not run: build it for x86_64 or arm64 (aarch64) Linux.`];
  }
  if (architectures.length > 1) {
    return [
      `${shown} is a ${built.name} binary, but the layer declares ${architectures.join(' and ')}, and one binary runs on one ` +
        `architecture: set architectures: [${built.arch}], or publish one layer per architecture, or ship a script bootstrap ` +
        'that starts the right binary for `uname -m`.',
    ];
  }
  const wanted = Object.values(MACHINES).find((m) => architectures.includes(m.arch));
  if (!wanted || wanted === built) return [];
  return [
    `${shown} is built for ${built.name} but the layer declares ${wanted.arch}: build it for ${wanted.name} ` +
      `(GOARCH=${wanted.goarch} for Go, --target ${wanted.name}-unknown-linux-gnu for Rust, CC=${wanted.triple}-gcc for C) ` +
      `or set architectures: [${built.arch}].`,
  ];
}

/** Facts about `bootstrap` in a tree about to be zipped, following a link to its target within the tree. */
export function inspectBootstrap(entries: readonly TreeEntry[]): BootstrapFacts {
  const none: BootstrapFacts = { kind: 'missing', size: 0, head: Buffer.alloc(0) };
  const { file, via } = resolveBootstrap(entries);
  if (!file) {
    const folder = `${via ?? BOOTSTRAP}/`;
    return entries.some((e) => e.name.startsWith(folder)) || via === '.' ? { ...none, kind: 'directory', via } : { ...none, via };
  }
  return { kind: 'file', via, size: file.size, head: readHead(file.source) };
}

/**
 * Lambda executes /opt/bootstrap, and checkouts lose x bits (a zip download, core.fileMode false): the file bootstrap
 * resolves to is zipped 0755 whatever its mode, with a warning that names it so the repository gets fixed.
 */
export function executableBootstrap(entries: readonly TreeEntry[], repoRoot: string): { entries: TreeEntry[]; warning?: string } {
  const { file } = resolveBootstrap(entries);
  if (!file || file.mode === 0o755) return { entries: [...entries] };
  const shown = path.relative(repoRoot, file.source);
  return {
    entries: entries.map((e) => (e === file ? { ...file, mode: 0o755 } : e)),
    warning:
      `${shown} is not executable, so it was zipped with mode 755 (Lambda executes /opt/bootstrap). Commit it as ` +
      `executable (git update-index --chmod=+x ${shown}) or chmod +x it in the build.`,
  };
}

function resolveBootstrap(entries: readonly TreeEntry[]): { file?: Extract<TreeEntry, { type: 'file' }>; via?: string } {
  const byName = new Map(entries.map((e) => [e.name, e]));
  let entry = byName.get(BOOTSTRAP);
  let via: string | undefined;
  if (entry?.type === 'symlink') {
    via = path.posix.normalize(entry.target);
    entry = byName.get(via);
  }
  // walk.ts points links at real files, never at other links.
  return { file: entry as Extract<TreeEntry, { type: 'file' }> | undefined, via };
}

function readHead(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(HEAD);
    return head.subarray(0, readSync(fd, head, 0, HEAD, 0));
  } finally {
    closeSync(fd);
  }
}
