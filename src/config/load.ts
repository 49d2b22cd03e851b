// Reads lambda-layers.yml: YAML, the shipped JSON Schema, then the checks a schema cannot express (checks.ts). A file
// with something to report is read again with positions (located.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Input, InputError } from '../inputs';
import type { Config, ConfigProblem, Logger } from '../types';
import { readYaml } from '../yaml';
import { checkSemantics, normalize, type ParsedConfig, type ParseOptions } from './checks';
import { runtimeCatalog } from './runtimes';
import { validate } from './validator';

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the configuration:\n` +
        problems.map((p) => `  ${p.file}:${p.line}:${p.column} ${p.key}: ${p.message}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** `log` gets the warnings (deprecated runtimes), as annotations. */
export async function loadConfig(repoRoot: string, file: string, log?: Logger): Promise<Config> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.resolve(repoRoot, file));
  } catch {
    // An input error, so that the command line names its option (--config) where the action names its input.
    throw new InputError(
      Input.Config,
      file,
      `a file of the repository: there is no ${path.resolve(repoRoot, file)}. Add it (see lambda-layers-action's ` +
        `docs/configuration.md), or give the path of yours, relative to the repository root`,
    );
  }
  const { config, problems, warnings } = await parseConfig(decodeUtf8(bytes, file), file, { repoRoot });
  for (const w of warnings) log?.warning(`${w.key}: ${w.message}`, w);
  if (!config) throw new ConfigError(problems);
  return config;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or a ConfigError at the first byte that is not UTF-8 (never silently replaced). */
function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, at)).split('\n');
    const line = lines.length;
    const message = `byte 0x${bytes[at].toString(16).padStart(2, '0')} is not valid UTF-8; save the file as UTF-8.`;
    throw new ConfigError([{ file, line, column: lines[line - 1].length + 1, key: `line ${line}`, message }]);
  }
}

/** Where the lenient decoder first put a U+FFFD that the file does not spell as EF BF BD. */
function firstInvalidByte(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  let from = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) {
    offset += Buffer.byteLength(text.slice(from, i));
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
    offset += 3;
    from = i + 1;
  }
  return 0;
}

/** Most files have nothing to report: they are read without positions, which takes a fifth of the time (and the yaml
 *  package is not loaded). A file with a problem or a warning, or with aliases (their expansion is measured first), is
 *  read again by parseLocated. */
export async function parseConfig(text: string, file: string, opts: ParseOptions): Promise<ParsedConfig> {
  const located = async () => (await import('./located')).parseLocated(text, file, opts);
  let raw: unknown;
  try {
    raw = readYaml(text, { aliases: false });
  } catch {
    return located();
  }
  if (!validate(raw)) return located();
  let reported = false;
  const config = normalize(raw, file);
  checkSemantics(config, raw, () => (reported = true), { ...opts, runtimes: runtimeCatalog(opts.today), warn: () => (reported = true) });
  return reported ? located() : { config, problems: [], warnings: [] };
}
