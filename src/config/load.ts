// Reads lambda-layers.yml: YAML with positions, the shipped JSON Schema, then the checks a schema cannot express.
// Every problem is collected and located so the user fixes them all in one round.
import { Architecture, Runtime } from '@aws-sdk/client-lambda';
import type { ErrorObject } from 'ajv';
import { closest } from 'fastest-levenshtein';
import { existsSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import schema from '../../schema/lambda-layers.schema.json';
import { isInside } from '../paths';
import { validate } from './validator';
import type { Config, ConfigProblem, FunctionConfig, LayerConfig, LayerType } from '../types';

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the configuration:\n` +
        problems.map((p) => `  ${p.file}:${p.line}:${p.column} ${p.key}: ${p.message}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

const RUNTIMES = Object.values(Runtime) as string[];
const ARCHITECTURES = Object.values(Architecture) as string[];
const LAYER_NAME = /^[a-zA-Z0-9-_]{1,140}$/;
const MAX_FUNCTION_LAYERS = 5;

export async function loadConfig(repoRoot: string, file: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path.resolve(repoRoot, file), 'utf8');
  } catch {
    throw new Error(
      `Configuration file '${file}' was not found in ${repoRoot}. Add it (see the README's configuration reference) ` +
        `or point the 'config' input at it.`,
    );
  }
  const { config, problems } = parseConfig(text, file, { repoRoot });
  if (!config) throw new ConfigError(problems);
  return config;
}

type Path = (string | number)[];

export function parseConfig(
  text: string,
  file: string,
  opts: { repoRoot: string; checkPaths?: boolean },
): { config?: Config; problems: ConfigProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: ConfigProblem[] = [];
  const at = (offset: number, key: string, message: string) => {
    const { line, col } = lineCounter.linePos(offset);
    problems.push({ file, line, column: col, key, message });
  };
  const report = (where: Path, message: string, onKey = false) => at(offsetOf(doc, where, onKey), dotted(where), message);

  for (const error of doc.errors) at(error.pos[0], '(yaml)', error.message.split('\n')[0]);
  if (problems.length > 0) return { problems };

  const raw = doc.toJS() ?? {};
  if (validate(raw)) {
    const config = normalize(raw, file);
    checkSemantics(config, raw, report, opts);
    return problems.length > 0 ? { problems: sortProblems(problems) } : { config, problems };
  }
  for (const error of validate.errors ?? []) reportSchemaError(error, raw, report);
  // The rest of the file is still checked, so one push fixes everything; nothing is reported twice for one key, and a
  // check that trips over a shape the schema refused (a list where a map belongs, say) adds nothing more.
  const refused = problems.map((p) => p.key);
  const within = (key: string, parent: string) => key === parent || key.startsWith(`${parent}.`) || key.startsWith(`${parent}[`);
  try {
    checkSemantics(normalize(raw, file), raw, (where, message, onKey) => {
      if (!refused.some((parent) => within(dotted(where), parent))) report(where, message, onKey);
    }, opts);
  } catch {
    // The schema's errors stand alone.
  }
  return { problems: sortProblems(problems) };
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
  return { file, version: 1, layerPrefix, regions, layers, functions };
}

type Report = (where: Path, message: string, onKey?: boolean) => void;

function checkSemantics(config: Config, raw: any, report: Report, opts: { repoRoot: string; checkPaths?: boolean }): void {
  const layerKeys = config.layers.map((l) => l.key);
  const seenNames = new Map<string, string>();
  for (const layer of config.layers) {
    const where: Path = ['layers', layer.key];
    if (!LAYER_NAME.test(layer.layerName)) {
      report(where, `published name '${layer.layerName}' (layerPrefix + key) must be 1-140 characters of A-Z a-z 0-9 - _.`, true);
    }
    const clash = seenNames.get(layer.layerName.toLowerCase());
    if (clash) report(where, `publishes as '${layer.layerName}', the same LayerName as layer '${clash}'; rename one of them.`, true);
    seenNames.set(layer.layerName.toLowerCase(), layer.key);

    layer.runtimes.forEach((runtime, i) => {
      if (!RUNTIMES.includes(runtime)) {
        report([...where, 'runtimes', i], `unknown runtime '${runtime}'; did you mean '${closest(runtime, RUNTIMES)}'? Valid: ${RUNTIMES.join(', ')}.`);
      }
    });
    layer.architectures.forEach((arch, i) => {
      if (!ARCHITECTURES.includes(arch)) {
        report([...where, 'architectures', i], `unknown architecture '${arch}'; valid: ${ARCHITECTURES.join(', ')}.`);
      }
    });
    if (layer.regions.length === 0) report(where, 'has no regions: set `regions` on the layer or at the top level.', true);
    if ((layer.type === 'runtime' || layer.type === 'custom') && (!layer.build || !layer.output)) {
      report(where, `type '${layer.type}' needs both \`build\` (the shell command) and \`output\` (the folder to zip).`, true);
    }
    if (layer.smokeTest && layer.type !== 'runtime') {
      report([...where, 'smokeTest'], `smokeTest runs a bootstrap, so it needs type 'runtime' (this layer is '${layer.type}').`, true);
    }
    if (!inside('.', layer.path)) report([...where, 'path'], `'${raw.layers[layer.key].path}' is outside the repository; use a folder inside it.`);
    else if (layer.output && !inside(layer.path, layer.output)) {
      report([...where, 'output'], `'${layer.output}' leaves the layer folder; use a folder inside '${layer.path}'.`);
    } else if (opts.checkPaths !== false) checkPath(layer, opts.repoRoot, report);
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

function checkPath(layer: LayerConfig, repoRoot: string, report: Report): void {
  const where: Path = ['layers', layer.key, 'path'];
  const absolute = path.resolve(repoRoot, layer.path);
  if (!existsSync(absolute)) {
    report(where, `folder '${layer.path}' does not exist in the repository.`);
    return;
  }
  if (!isInside(realpathSync(repoRoot), realpathSync(absolute))) {
    report(where, `'${layer.path}' is a symlink that leaves the repository; point it at a real folder inside.`);
    return;
  }
  const required = { nodejs: 'package.json', python: 'requirements.txt' }[layer.type as 'nodejs' | 'python'];
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
  return 'see the schema';
}

/** The schema node describing the value at `where`, for listing valid keys. */
function schemaAt(where: Path): any {
  const defs = (schema as any).definitions;
  if (where.length === 0) return schema;
  if (where[0] === 'layers' && where.length === 2) return defs.layer;
  if (where[0] === 'layers' && where[2] === 'smokeTest') return defs.layer.properties.smokeTest;
  if (where[0] === 'functions' && where.length === 2) return defs.function;
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
