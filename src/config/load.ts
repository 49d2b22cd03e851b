// Reads lambda-layers.yml: YAML with positions, the shipped JSON Schema, then the checks a schema cannot express.
// Every problem is collected and located so the user fixes them all in one round.
import { Architecture } from '@aws-sdk/client-lambda';
import type { ErrorObject } from 'ajv';
import { closest } from 'fastest-levenshtein';
import { existsSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type YAMLError } from 'yaml';
import schema from '../../schema/lambda-layers.schema.json';
import { MAX_FUNCTION_LAYERS } from '../package/limits';
import { isInside } from '../paths';
import type { Config, ConfigProblem, FunctionConfig, LayerConfig, LayerType, Logger } from '../types';
import { readYaml } from '../yaml';
import { runtimeCatalog, type RuntimeCatalog } from './runtimes';
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

const ARCHITECTURES = Object.values(Architecture) as string[];
const LAYER_NAME = /^[a-zA-Z0-9-_]{1,140}$/;
/** Values the whole file may expand to through aliases: far beyond any real configuration, far below a bomb. */
const MAX_EXPANDED_VALUES = 100_000;

/** `log` gets the warnings (deprecated runtimes), as annotations. */
export async function loadConfig(repoRoot: string, file: string, log?: Logger): Promise<Config> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.resolve(repoRoot, file));
  } catch {
    throw new Error(
      `Configuration file '${file}' was not found in ${repoRoot}. Add it (see the README's configuration reference) ` +
        `or point the 'config' input at it.`,
    );
  }
  const { config, problems, warnings } = parseConfig(decodeUtf8(bytes, file), file, { repoRoot });
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

type Path = (string | number)[];

interface ParseOptions {
  repoRoot: string;
  checkPaths?: boolean;
  /** YYYY-MM-DD that decides which runtimes are deprecated; today by default. */
  today?: string;
}

export interface ParsedConfig {
  config?: Config;
  problems: ConfigProblem[];
  warnings: ConfigProblem[];
}

/** Most files have nothing to report: they are read without positions, which takes a fifth of the time. A file with
 *  a problem or a warning, or with aliases (their expansion is measured first), is read again by parseLocated. */
export function parseConfig(text: string, file: string, opts: ParseOptions): ParsedConfig {
  let raw: unknown;
  try {
    raw = readYaml(text, { aliases: false });
  } catch {
    return parseLocated(text, file, opts);
  }
  if (!validate(raw)) return parseLocated(text, file, opts);
  let reported = false;
  const config = normalize(raw, file);
  checkSemantics(config, raw, () => (reported = true), { ...opts, runtimes: runtimeCatalog(opts.today), warn: () => (reported = true) });
  return reported ? parseLocated(text, file, opts) : { config, problems: [], warnings: [] };
}

/** parseConfig with every problem and warning located in the file (the yaml package's document, with positions). */
export function parseLocated(text: string, file: string, opts: ParseOptions): ParsedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: ConfigProblem[] = [];
  const warnings: ConfigProblem[] = [];
  const at = (offset: number, key: string | undefined, message: string, into = problems) => {
    const { line, col } = lineCounter.linePos(offset);
    into.push({ file, line, column: col, key: key ?? `line ${line}`, message });
  };
  const report = (where: Path, message: string, onKey = false) => at(offsetOf(doc, where, onKey), dotted(where), message);
  const warn = (where: Path, message: string) => at(offsetOf(doc, where, false), dotted(where), message, warnings);

  for (const [offset, where, message] of yamlErrors(doc, text)) at(offset, where && dotted(where), message);
  if (problems.length === 0) {
    const alias = aliasProblem(doc);
    if (alias) at(alias.offset, undefined, alias.message);
  }
  if (problems.length > 0) return { problems: sortProblems(problems), warnings };

  // aliasProblem() measured the expansion; the yaml package's own alias limit would refuse far smaller files.
  const raw = doc.toJS({ maxAliasCount: -1 }) ?? {};
  const semantics = { ...opts, runtimes: runtimeCatalog(opts.today), warn };
  if (validate(raw)) {
    const config = normalize(raw, file);
    checkSemantics(config, raw, report, semantics);
    return problems.length > 0 ? { problems: sortProblems(problems), warnings } : { config, problems, warnings };
  }
  for (const error of validate.errors ?? []) reportSchemaError(error, raw, report);
  // The rest of the file is still checked, so one push fixes everything; nothing is reported twice for one key, and a
  // check that trips over a shape the schema refused (a list where a map belongs, say) adds nothing more.
  const refused = problems.map((p) => p.key);
  const within = (key: string, parent: string) => key === parent || key.startsWith(`${parent}.`) || key.startsWith(`${parent}[`);
  try {
    checkSemantics(normalize(raw, file), raw, (where, message, onKey) => {
      if (!refused.some((parent) => within(dotted(where), parent))) report(where, message, onKey);
    }, semantics);
  } catch {
    // The schema's errors stand alone.
  }
  return { problems: sortProblems(problems), warnings };
}

/** What the parser's messages for common mistakes mean, in words (the yaml package's wording, first line). */
const YAML_IN_WORDS: [RegExp, string][] = [
  [/^All mapping items must start at the same column/, 'this key is not indented like the keys above it; keys of one map start in the same column.'],
  [/^Implicit keys need to be on a single line/, 'this line is neither `key: value` nor `- item`: is the `:`, or the space after it, missing?'],
  [/^Nested mappings are not allowed in compact mappings/, "YAML reads a second `key: value` in this value: indent the next line like this one, or quote a value that holds ': '."],
  [/^Missing closing "?quote/, 'a quoted value is not closed: add the closing quote.'],
  [/^Plain value cannot start with reserved character (.)/, "a value cannot start with '$1' unless it is quoted: put it in quotes."],
  [/^Flow (sequence|mapping) in block collection must be sufficiently indented and end with a ([\]}])/, 'a [list] or {map} above is not closed: add its $2.'],
];

/**
 * The parser's errors as a person would report them: a duplicate key by its path, and the root cause once. A tab
 * used for indentation makes the parser misread the lines after it (more errors, even false duplicate keys), and any
 * other syntax error is usually followed by errors that are only its consequences: so only the tab lines are kept,
 * or else the duplicate keys and the first syntax error.
 */
function yamlErrors(doc: Document, text: string): [offset: number, where: Path | undefined, message: string][] {
  const offset = (e: YAMLError) => e.pos[0];
  const tabs = doc.errors.filter((e) => e.code === 'TAB_AS_INDENT');
  if (tabs.length > 0) return tabs.map((e) => [offset(e), undefined, 'tabs are not allowed for indentation; use spaces.']);
  const out: [number, Path | undefined, string][] = doc.errors
    .filter((e) => e.code === 'DUPLICATE_KEY')
    .map((e) => {
      const where = keyAt(doc.contents, offset(e));
      const key = where?.at(-1) ?? /^["']?([^"':\n]*)/.exec(text.slice(offset(e)))![1].trim();
      return [offset(e), where, `duplicate key '${key}': it is already set above; keep one of them.`];
    });
  const syntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  if (syntax.length > 0) {
    const first = syntax.reduce((a, b) => (offset(b) < offset(a) ? b : a));
    const message = first.message.split('\n')[0];
    const words = YAML_IN_WORDS.find(([pattern]) => pattern.test(message));
    const said = words ? message.match(words[0])![0].replace(words[0], words[1]) : `${message.replace(/\.$/, '')}.`;
    out.push([offset(first), undefined, said]);
  }
  return out;
}

/** The path of the mapping key that starts at `offset`. */
function keyAt(node: unknown, offset: number, where: Path = []): Path | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) return [...where, key];
      const found = keyAt(pair.value, offset, [...where, key]);
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      const found = keyAt(item, offset, [...where, i]);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Aliases checked before they are expanded: each needs an anchor before it and outside itself, and the file may not
 * expand past MAX_EXPANDED_VALUES (nine levels of nine aliases, the "billion laughs", expand to ~400 million). The
 * alias with the largest expansion is named: that is where the bomb goes off.
 */
function aliasProblem(doc: Document): { offset: number; message: string } | undefined {
  const anchors = new Map<string, unknown>();
  const targets = new Map<Alias, unknown>();
  // The same rule as the yaml package: an alias refers to the last anchor of that name before it, in document order.
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) targets.set(node, anchors.get(node.source));
      else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  if (targets.size === 0) return undefined;
  const offset = (alias: Alias) => alias.range?.[0] ?? 0;
  for (const [alias, target] of targets) {
    if (!target) {
      const name = alias.source;
      const message = `alias *${name} has no anchor &${name} before it. A value that starts with '*' is an alias: quote it ('*${name}') if it is text, such as a glob.`;
      return { offset: offset(alias), message };
    }
  }

  const sizes = new Map<unknown, number>();
  const open = new Set<unknown>();
  let recursive: Alias | undefined;
  const size = (node: unknown): number => {
    if (isAlias(node)) {
      const target = targets.get(node);
      if (open.has(target)) recursive ??= node;
      return recursive ? 1 : size(target);
    }
    if (!isMap(node) && !isSeq(node)) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    open.add(node);
    let total = 1;
    for (const item of node.items) total += isPair(item) ? size(item.key) + size(item.value) : size(item);
    open.delete(node);
    sizes.set(node, total);
    return total;
  };
  const total = size(doc.contents);
  if (recursive) {
    const name = recursive.source;
    return { offset: offset(recursive), message: `alias *${name} is inside its own anchor &${name}, which would make the value endless.` };
  }
  if (total <= MAX_EXPANDED_VALUES) return undefined;
  let worst: [Alias, number] | undefined;
  for (const alias of targets.keys()) {
    const n = size(alias);
    if (!worst || n > worst[1]) worst = [alias, n];
  }
  const [alias, n] = worst!;
  return {
    offset: offset(alias),
    message:
      `alias *${alias.source} expands to ${n} values, and the whole file to ${total}, over the limit of ` +
      `${MAX_EXPANDED_VALUES} that no real configuration reaches (an alias bomb?); use fewer nested aliases.`,
  };
}

function normalize(raw: any, file: string): Config {
  const regions: string[] = raw.regions ?? [];
  const layerPrefix: string = raw.layerPrefix ?? '';
  const layers: LayerConfig[] = Object.entries<any>(raw.layers ?? {}).map(([key, l]) => ({
    key,
    type: l.type as LayerType,
    path: path.posix.normalize(String(l.path).replace(/\\/g, '/')).replace(/\/+$/, '') || '.',
    layerName: layerPrefix + key,
    runtimes: l.runtimes ?? [],
    architectures: l.architectures ?? ['x86_64'],
    inputs: l.inputs ?? [],
    license: l.license,
    description: l.description,
    shareWith: l.shareWith ?? [],
    build: l.build,
    output: l.output,
    smokeTest: l.smokeTest && { ...l.smokeTest, timeoutSeconds: l.smokeTest.timeoutSeconds ?? 10 },
    timeoutMinutes: l.timeoutMinutes ?? 30,
    allowScripts: l.allowScripts ?? [],
    regions: l.regions ?? regions,
  }));
  const functions: FunctionConfig[] = Object.entries<any>(raw.functions ?? {}).map(([key, f]) => ({
    key,
    name: f.arn ?? f.name ?? key,
    layers: f.layers,
    regions: f.regions ?? regions,
    ...(f.alias ? { alias: f.alias } : {}),
  }));
  return {
    file,
    version: 1,
    layerPrefix,
    regions,
    layers,
    functions,
    ...(raw.discover ? { discover: true } : {}),
    ...(raw.ssm ? { ssm: { prefix: raw.ssm.prefix } } : {}),
  };
}

type Report = (where: Path, message: string, onKey?: boolean) => void;

interface SemanticOptions extends ParseOptions {
  runtimes: RuntimeCatalog;
  warn: (where: Path, message: string) => void;
}

function checkSemantics(config: Config, raw: any, report: Report, opts: SemanticOptions): void {
  const layerKeys = config.layers.map((l) => l.key);
  let realRepo: string | undefined;
  const seenNames = new Map<string, string>();
  for (const layer of config.layers) {
    const where: Path = ['layers', layer.key];
    if (!LAYER_NAME.test(layer.layerName)) {
      report(where, `published name '${layer.layerName}' (layerPrefix + key) must be 1-140 characters of A-Z a-z 0-9 - _.`, true);
    }
    const clash = seenNames.get(layer.layerName.toLowerCase());
    if (clash) report(where, `publishes as '${layer.layerName}', the same LayerName as layer '${clash}'; rename one of them.`, true);
    seenNames.set(layer.layerName.toLowerCase(), layer.key);

    layer.runtimes.forEach((runtime, i) => checkRuntime(runtime, [...where, 'runtimes', i], report, opts));
    layer.architectures.forEach((arch, i) => {
      if (!ARCHITECTURES.includes(arch)) {
        report([...where, 'architectures', i], `unknown architecture '${arch}'; valid: ${ARCHITECTURES.join(', ')}.`);
      }
    });
    if (layer.regions.length === 0) report(where, 'has no regions: set `regions` on the layer or at the top level.', true);
    if ((layer.type === 'runtime' || layer.type === 'custom') && (!layer.build || !layer.output)) {
      report(where, `type '${layer.type}' needs both \`build\` (the shell command) and \`output\` (the folder to zip).`, true);
    }
    if (layer.type === 'ruby' && !layer.runtimes.some((r) => r.startsWith('ruby'))) {
      report([...where, 'runtimes'], "a 'ruby' layer needs a ruby runtime (ruby3.2, ruby3.3, ruby3.4): its gems go to ruby/gems/<x.y.0> for it.", true);
    }
    if (layer.smokeTest && layer.type !== 'runtime') {
      report([...where, 'smokeTest'], `smokeTest runs a bootstrap, so it needs type 'runtime' (this layer is '${layer.type}').`, true);
    }
    if (!inside('.', layer.path)) report([...where, 'path'], `'${raw.layers[layer.key].path}' is outside the repository; use a folder inside it.`);
    else if (layer.output && !inside(layer.path, layer.output)) {
      report([...where, 'output'], `'${layer.output}' leaves the layer folder; use a folder inside '${layer.path}'.`);
    } else if (layer.output && path.posix.resolve('/repo', layer.path, layer.output) === '/repo') {
      report(
        [...where, 'output'],
        `'${layer.output}' is the repository root, which holds .git and every other layer: set \`output\` to the folder the build writes the layer's files to.`,
      );
    } else if (opts.checkPaths !== false) checkPath(layer, opts.repoRoot, (realRepo ??= realpath(opts.repoRoot)), report);
  }

  for (const fn of config.functions) {
    const where: Path = ['functions', fn.key];
    if (raw.functions[fn.key].name && raw.functions[fn.key].arn) report(where, 'give either `name` or `arn`, not both.', true);
    fn.layers.forEach((key, i) => {
      if (!layerKeys.includes(key)) {
        const hint = layerKeys.length > 0 ? ` Did you mean '${closest(key, layerKeys)}'?` : '';
        report([...where, 'layers', i], `unknown layer '${key}'.${hint} Layers: ${layerKeys.join(', ') || '(none)'}.`);
      } else if (fn.layers.indexOf(key) !== i) report([...where, 'layers', i], `layer '${key}' is listed twice.`);
    });
    if (fn.layers.length > MAX_FUNCTION_LAYERS) {
      report([...where, 'layers'], `${fn.layers.length} layers, but Lambda allows at most ${MAX_FUNCTION_LAYERS} per function.`);
    }
    if (fn.regions.length === 0) report(where, 'has no regions: set `regions` on the function or at the top level.', true);
  }
}

function checkRuntime(runtime: string, where: Path, report: Report, { runtimes, warn }: SemanticOptions): void {
  const since = runtimes.deprecated.get(runtime);
  if (since) {
    const next = runtimes.successor(runtime);
    warn(
      where,
      `'${runtime}' is deprecated by Lambda since ${since}: it gets no more security patches, and creating or updating ` +
        `functions on it is blocked soon after${next ? `; use ${next}` : ''}.`,
    );
  } else if (!runtimes.valid.has(runtime)) {
    report(
      where,
      `unknown runtime '${runtime}'; did you mean '${closest(runtime, runtimes.current)}'? ` +
        `Current: ${runtimes.current.join(', ')}. Deprecated: ${[...runtimes.deprecated.keys()].join(', ')}.`,
    );
  }
}

// One system call per path (Node's own realpathSync lstats every component).
const realpath = (p: string) => realpathSync.native(p);

function checkPath(layer: LayerConfig, repoRoot: string, realRepo: string, report: Report): void {
  const where: Path = ['layers', layer.key, 'path'];
  const absolute = path.resolve(repoRoot, layer.path);
  if (!existsSync(absolute)) {
    report(where, `folder '${layer.path}' does not exist in the repository.`);
    return;
  }
  if (!isInside(realRepo, realpath(absolute))) {
    report(where, `'${layer.path}' is a symlink that leaves the repository; point it at a real folder inside.`);
    return;
  }
  const output = layer.output ? path.resolve(absolute, layer.output) : undefined;
  if (output && existsSync(output)) {
    const [real, layerDir] = [realpath(output), realpath(absolute)];
    if (isInside(real, realRepo) || (isInside(real, layerDir) && real !== layerDir)) {
      report(
        ['layers', layer.key, 'output'],
        `'${layer.output}' links to ${path.relative(realRepo, real) || 'the repository root'}, which holds the layer folder ` +
          `'${layer.path}': the zip would take far more than this layer. Point \`output\` at a real folder the build writes.`,
      );
    }
  }
  const required = { nodejs: 'package.json', python: 'requirements.txt', ruby: 'Gemfile' }[layer.type as 'nodejs' | 'python' | 'ruby'];
  if (required && !existsSync(path.join(absolute, required))) {
    report(where, `a '${layer.type}' layer needs ${required} in '${layer.path}'.`);
  }
}

/** Whether `child` (relative) stays inside `parent` (relative to the repository) once resolved. */
function inside(parent: string, child: string): boolean {
  const base = path.posix.resolve('/repo', parent);
  const target = path.posix.resolve(base, child);
  return !path.posix.isAbsolute(child) && (target === base || target.startsWith(`${base}/`));
}

function reportSchemaError(error: ErrorObject, raw: any, report: Report): void {
  const where: Path = [];
  for (const segment of error.instancePath.split('/').slice(1)) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    where.push(Array.isArray(valueAt(raw, where)) ? Number(key) : key);
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const valid = Object.keys(schemaAt(where)?.properties ?? {});
      report([...where, key], `unknown key '${key}'; did you mean '${closest(key, valid)}'? Valid keys: ${valid.join(', ')}.`, true);
      return;
    }
    case 'required':
      report(where, `missing required key '${(error.params as { missingProperty: string }).missingProperty}'.`, true);
      return;
    case 'enum':
    case 'const': {
      const allowed = (error.params as { allowedValues?: unknown[]; allowedValue?: unknown }).allowedValues ?? [
        (error.params as { allowedValue: unknown }).allowedValue,
      ];
      report(where, `'${valueAt(raw, where)}' is not valid; use one of: ${allowed.join(', ')}.`);
      return;
    }
    case 'pattern':
      report(where, `'${valueAt(raw, where)}' is not valid here (${patternHint(where)}).`);
      return;
    default:
      report(where, `${error.message}.`);
  }
}

function patternHint(where: Path): string {
  if (where.includes('shareWith')) return "use '*', a 12-digit account id or an organization id o-...";
  if (where.includes('regions')) return 'use a region name such as us-east-1';
  if (where.includes('alias')) return 'letters, digits, - and _';
  if (where[0] === 'ssm') return "start with '/', then letters, digits and _.-/";
  return 'see the schema';
}

/** The schema node describing the value at `where`, for listing valid keys. */
function schemaAt(where: Path): any {
  const defs = (schema as any).definitions;
  if (where.length === 0) return schema;
  if (where[0] === 'layers' && where.length === 2) return defs.layer;
  if (where[0] === 'layers' && where[2] === 'smokeTest') return defs.layer.properties.smokeTest;
  if (where[0] === 'functions' && where.length === 2) return defs.function;
  if (where[0] === 'ssm' && where.length === 1) return (schema as any).properties.ssm;
  return undefined;
}

function valueAt(raw: any, where: Path): any {
  return where.reduce((value, key) => value?.[key], raw);
}

function offsetOf(doc: Document, where: Path, onKey: boolean): number {
  if (where.length === 0) return (doc.contents as { range?: [number] } | null)?.range?.[0] ?? 0;
  if (onKey) {
    const parent = where.length === 1 ? doc.contents : doc.getIn(where.slice(0, -1), true);
    const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === where.at(-1)) : undefined;
    if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
  }
  const node = doc.getIn(where, true) as { range?: [number] } | undefined;
  return node?.range?.[0] ?? offsetOf(doc, where.slice(0, -1), true);
}

function dotted(where: Path): string {
  return where.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key), '') || '(root)';
}

function sortProblems(problems: ConfigProblem[]): ConfigProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
