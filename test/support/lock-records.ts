// Lockfiles the real package managers wrote, replayed. Resolving a lockfile costs a package manager a second or more of
// CPU, and the suite writes about thirty from inputs that seldom change. A record is found by all that decides what the
// tool writes: the tool and its version, the command, every file git would list in the repository (bytes, tarballs
// included), and the tarballs of the loopback registry it resolves from, whose address (another port each run) is kept
// as a placeholder. Anything else misses and runs the tool. The records are committed in test/lock-records, so that a
// fresh clone and CI replay them; a run outside CI records there what it missed (`rm -r test/lock-records && npm test`
// makes the set afresh).
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, readlinkSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Registry } from './registry';

const RECORDS = fileURLToPath(new URL('../lock-records/', import.meta.url));
const PLACEHOLDER = '<registry>';

export interface LockCommand {
  /** The tool and its version: `npm 11.19.1`. */
  tool: string;
  /** Its arguments, and the folder it runs in when not the repository's root. */
  args: string[];
  cwd?: string;
  /** The loopback registry it resolves from, if any. */
  registry?: Pick<Registry, 'url' | 'digest'>;
}

interface LockRecord {
  command: string;
  /** What the tool wrote: file -> text, the registry's address as the placeholder. */
  files: Record<string, string>;
}

/** Runs `run`, the command writing lockfiles in `repo.dir`, or writes what it wrote before from the same inputs. */
export async function lockRecorded(repo: { dir: string; git(...args: string[]): string }, command: LockCommand, run: () => Promise<unknown>): Promise<void> {
  const registry = command.registry?.url;
  const neutral = (text: string) => (registry ? text.replaceAll(registry, PLACEHOLDER) : text);
  const before = repositoryFiles(repo);
  const description = [command.tool, ...(command.cwd ? [`(in ${command.cwd})`] : []), ...command.args].join(' ');
  const key = createHash('sha256').update(`${description}\0${command.registry?.digest ?? ''}`);
  // latin1 keeps every byte, so the placeholder swap is exact in tarballs too.
  for (const [name, bytes] of before) key.update(`\0${name}\0`).update(neutral(bytes.toString('latin1')), 'latin1');
  const file = path.join(RECORDS, `${key.digest('hex').slice(0, 32)}.json`);

  const saved = readJson<LockRecord>(file);
  if (saved) {
    for (const [name, text] of Object.entries(saved.files)) {
      mkdirSync(path.dirname(path.join(repo.dir, name)), { recursive: true });
      writeFileSync(path.join(repo.dir, name), registry ? text.replaceAll(PLACEHOLDER, registry) : text);
    }
    return;
  }
  await run();
  if (process.env.CI) return;
  const written: Record<string, string> = {};
  for (const [name, bytes] of repositoryFiles(repo)) if (!before.get(name)?.equals(bytes)) written[name] = neutral(bytes.toString('utf8'));
  // A lockfile naming its temp folder (a root package without a name) holds for that folder only.
  if (Object.values(written).some((text) => text.includes(path.basename(repo.dir)))) return;
  try {
    mkdirSync(RECORDS, { recursive: true });
    // Written whole, then renamed: another worker reads the complete record or none.
    writeFileSync(`${file}.${process.pid}`, `${JSON.stringify({ command: description, files: written } satisfies LockRecord, null, 2)}\n`);
    renameSync(`${file}.${process.pid}`, file);
  } catch {
    // A read-only checkout records nothing; the tool simply runs again next time.
  }
}

/** Every file git would list (tracked or not, not ignored): its bytes, or a symlink's target. */
function repositoryFiles(repo: { dir: string; git(...args: string[]): string }): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of repo.git('ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean).sort()) {
    const full = path.join(repo.dir, name);
    const stat = lstatSync(full, { throwIfNoEntry: false });
    if (stat?.isSymbolicLink()) files.set(name, Buffer.from(`symlink:${readlinkSync(full)}`));
    else if (stat?.isFile()) files.set(name, readFileSync(full));
  }
  return files;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

let npm: string | undefined;
/** The version of the npm on PATH, read from its package.json: `npm --version` costs a Node start. */
export function npmVersion(): string {
  return (npm ??= readNpmVersion());
}

function readNpmVersion(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    let at: string;
    try {
      at = realpathSync(path.join(dir, 'npm'));
    } catch {
      continue;
    }
    for (let up = path.dirname(at); up !== path.dirname(up); up = path.dirname(up)) {
      const manifest = readJson<{ name?: string; version?: string }>(path.join(up, 'package.json'));
      if (manifest?.name === 'npm' && manifest.version) return manifest.version;
    }
  }
  throw new Error('No npm on PATH to write lockfiles with.');
}
