// lambda-layers.yml read with positions (the yaml package's document), for a file with something to report: every
// problem is collected and located so the user fixes them all in one round. Loaded only for such a file.
import type { ErrorObject } from 'ajv';
import { closest } from 'fastest-levenshtein';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type YAMLError } from 'yaml';
import schema from '../../schema/lambda-layers.schema.json';
import type { ConfigProblem } from '../types';
import { checkSemantics, normalize, type ParsedConfig, type ParseOptions, type Path, type Report } from './checks';
import { runtimeCatalog } from './runtimes';
import { validate } from './validator';

/** Values the whole file may expand to through aliases: far beyond any real configuration, far below a bomb. */
const MAX_EXPANDED_VALUES = 100_000;

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
  if (where[0] === 'defaults' && where.length === 1) return (schema as any).properties.defaults;
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

