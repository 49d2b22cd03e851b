// The checks of lambda-layers.yml a JSON Schema cannot express, and its normalized form: shared by the quick read
// (load.ts) and the located one (located.ts).
import { Architecture } from '@aws-sdk/client-lambda';
import { closest, distance } from 'fastest-levenshtein';
import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { functionTarget } from '../deploy/layers';
import { MAX_FUNCTION_LAYERS } from '../packaging/limits';
import { isInside } from '../paths';
import type { Config, ConfigProblem, FunctionConfig, LayerConfig, LayerType } from '../types';
import type { RuntimeCatalog } from './runtimes';

const ARCHITECTURES = Object.values(Architecture) as string[];
/** The names other tools give Lambda's two architectures (Docker, Go, Node, uname). */
const ARCHITECTURE_ALIASES: Record<string, string> = { amd64: 'x86_64', x64: 'x86_64', 'x86-64': 'x86_64', aarch64: 'arm64', arm: 'arm64', armv8: 'arm64' };
/** The runtime family a layer type's files are laid out for: nodejs/, python/, ruby/gems/ or /opt/bootstrap. */
const LAYER_FAMILIES: Partial<Record<LayerType, { family: string; why: string }>> = {
  nodejs: { family: 'nodejs', why: 'its packages go to nodejs/node_modules, which only nodejs runtimes read' },
  python: { family: 'python', why: 'its packages go to python/, which only python runtimes read' },
  ruby: { family: 'ruby', why: 'its gems go to ruby/gems/<x.y.0>, which only ruby runtimes read' },
  runtime: { family: 'provided', why: 'its bootstrap runs only on the OS-only runtimes' },
};
const LAYER_NAME = /^[a-zA-Z0-9-_]{1,140}$/;

export type Path = (string | number)[];

export interface ParseOptions {
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


export function normalize(raw: any, file: string): Config {
  const regions: string[] = raw.regions ?? [];
  const layerPrefix: string = raw.layerPrefix ?? '';
  const defaults = raw.defaults ?? {};
  const layers: LayerConfig[] = Object.entries<any>(raw.layers ?? {}).map(([key, l]) => ({
    key,
    type: l.type as LayerType,
    path: path.posix.normalize(String(l.path).replace(/\\/g, '/')).replace(/\/+$/, '') || '.',
    layerName: layerPrefix + key,
    runtimes: l.runtimes ?? [],
    architectures: l.architectures ?? ['x86_64'],
    inputs: [...(defaults.inputs ?? []), ...(l.inputs ?? [])],
    exclude: [...(defaults.exclude ?? []), ...(l.exclude ?? [])],
    slim: [...(defaults.slim ?? []), ...(l.slim ?? [])],
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

export type Report = (where: Path, message: string, onKey?: boolean) => void;

export interface SemanticOptions extends ParseOptions {
  runtimes: RuntimeCatalog;
  warn: (where: Path, message: string) => void;
}

export function checkSemantics(config: Config, raw: any, report: Report, opts: SemanticOptions): void {
  const layerKeys = config.layers.map((l) => l.key);
  const realpath = realpaths();
  let realRepo: string | undefined;
  for (const key of ['inputs', 'exclude', 'slim'] as const) checkGlobs(raw.defaults?.[key], ['defaults', key], report);
  const seenNames = new Map<string, string>();
  for (const layer of config.layers) {
    const where: Path = ['layers', layer.key];
    if (!LAYER_NAME.test(layer.layerName)) {
      report(where, `published name '${layer.layerName}' (layerPrefix + key) must be 1-140 characters of A-Z a-z 0-9 - _.`, true);
    }
    const clash = seenNames.get(layer.layerName.toLowerCase());
    if (clash) report(where, `publishes as '${layer.layerName}', the same LayerName as layer '${clash}'; rename one of them.`, true);
    seenNames.set(layer.layerName.toLowerCase(), layer.key);

    for (const key of ['inputs', 'exclude', 'slim'] as const) checkGlobs(raw.layers[layer.key][key], [...where, key], report);
    // A ruby layer without any ruby runtime is told so once, below.
    const rubyless = layer.type === 'ruby' && !layer.runtimes.some((r) => r.startsWith('ruby'));
    layer.runtimes.forEach((runtime, i) => {
      checkRuntime(runtime, [...where, 'runtimes', i], report, opts);
      if (!rubyless) checkRuntimeFits(layer.type, runtime, [...where, 'runtimes', i], report, opts.runtimes);
    });
    layer.architectures.forEach((arch, i) => {
      if (!ARCHITECTURES.includes(arch)) {
        const meant = ARCHITECTURE_ALIASES[arch.toLowerCase()] ?? closest(arch, ARCHITECTURES);
        report([...where, 'architectures', i], `unknown architecture '${arch}'; did you mean '${meant}'? Valid: ${ARCHITECTURES.join(', ')}.`);
      }
    });
    if (layer.regions.length === 0) report(where, 'has no regions: set `regions` on the layer or at the top level.', true);
    if ((layer.type === 'runtime' || layer.type === 'custom') && (!layer.build || !layer.output)) {
      report(where, `type '${layer.type}' needs both \`build\` (the shell command) and \`output\` (the folder to zip).`, true);
    }
    if (rubyless) {
      report([...where, 'runtimes'], "a 'ruby' layer needs a ruby runtime (ruby3.2, ruby3.3, ruby3.4): its gems go to ruby/gems/<x.y.0> for it.", true);
    }
    if (layer.smokeTest && layer.type !== 'runtime') {
      report([...where, 'smokeTest'], `smokeTest runs a bootstrap, so it needs type 'runtime' (this layer is '${layer.type}').`, true);
    }
    const misplaced = placeProblem(raw.layers[layer.key], layer, opts.repoRoot);
    if (misplaced) report([...where, misplaced.key], misplaced.message);
    else if (!inside('.', layer.path)) report([...where, 'path'], `'${raw.layers[layer.key].path}' is outside the repository; use a folder inside it.`);
    else if (layer.output && !inside(layer.path, layer.output)) {
      report([...where, 'output'], `'${layer.output}' leaves the layer folder; use a folder inside '${layer.path}'.`);
    } else if (layer.output && path.posix.resolve('/repo', layer.path, layer.output) === '/repo') {
      report(
        [...where, 'output'],
        `'${layer.output}' is the repository root, which holds .git and every other layer: set \`output\` to the folder the build writes the layer's files to.`,
      );
    } else if (opts.checkPaths !== false) checkPath(layer, opts.repoRoot, (realRepo ??= realpath(opts.repoRoot)), realpath, report);
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
  checkFunctionTargets(config, raw, report);
}

/**
 * A layer folder given as an absolute path (paths are relative to the repository root), or in git's own data: a .git
 * folder holds no layer, and its config can hold the checkout's token.
 */
function placeProblem(raw: { path: string; output?: string }, layer: LayerConfig, repoRoot: string): { key: string; message: string } | undefined {
  const given = String(raw.path);
  if (path.posix.isAbsolute(given.replace(/\\/g, '/'))) {
    const relative = path.relative(path.resolve(repoRoot), given);
    const within = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    return {
      key: 'path',
      message: within
        ? `'${given}' is absolute, but paths are relative to the repository root: write '${relative.split(path.sep).join('/')}'.`
        : `'${given}' is outside the repository; paths are relative to the repository root: use a folder inside it.`,
    };
  }
  const inGit = (p: string) => p.split('/').includes('.git');
  if (inGit(layer.path)) {
    return { key: 'path', message: `'${given}' is inside a .git folder, git's own data and never a layer: point \`path\` at the layer's folder.` };
  }
  if (layer.output && inGit(path.posix.join(layer.path, layer.output))) {
    return { key: 'output', message: `'${raw.output}' is inside a .git folder, git's own data and never a layer: point \`output\` at the folder the build writes.` };
  }
  return undefined;
}

/**
 * A function ARN names one function in one region, which must be the function's region; and no function is deployed
 * from two keys (each would update it, the second against the first's changes).
 */
function checkFunctionTargets(config: Config, raw: any, report: Report): void {
  const keysByTarget = new Map<string, string[]>();
  for (const fn of config.functions) {
    const { name, region } = functionTarget(fn.name);
    const given = raw.functions[fn.key].arn ? 'arn' : 'name';
    if (region && (!fn.regions.includes(region) || fn.regions.length > 1)) {
      const others = fn.regions.filter((r) => r !== region);
      const why = fn.regions.includes(region)
        ? `names one function in ${region}, but the function's regions also list ${others.join(', ')}`
        : `is in ${region}, but the function's regions are ${fn.regions.join(', ') || '(none)'}`;
      report(['functions', fn.key, given], `'${fn.name}' ${why}: set \`regions: [${region}]\` on it, or use the ARN of the function in ${others.length === 1 ? 'that region' : 'each region under its own key'}.`);
    }
    for (const r of region ? [region] : fn.regions) {
      const target = `${name}\n${r}`;
      keysByTarget.set(target, [...(keysByTarget.get(target) ?? []), fn.key]);
    }
  }
  const reported = new Set<string>();
  for (const [target, keys] of keysByTarget) {
    if (keys.length < 2) continue;
    const [name, region] = target.split('\n');
    for (const key of keys.filter((k) => !reported.has(k))) {
      const others = keys.filter((k) => k !== key).map((k) => `functions.${k}`);
      report(['functions', key], `names function '${name}' in ${region}, as ${others.join(' and ')} ${others.length === 1 ? 'does' : 'do'}: one function is deployed from one key; keep one of them.`, true);
      reported.add(key);
    }
  }
}

/**
 * `inputs` and `exclude` globs are repository paths, `slim` globs paths in the zip: relative, never leaving their root,
 * and never negated (each key lists one side only).
 */
function checkGlobs(globs: string[] | undefined, where: Path, report: Report): void {
  const slim = where.at(-1) === 'slim';
  globs?.forEach((glob, i) => {
    if (typeof glob !== 'string') return;
    if (glob.startsWith('/') || /^[A-Za-z]:/.test(glob) || glob.split('/').includes('..')) {
      // What the glob probably meant inside the zip: Lambda mounts it at /opt.
      const inZip = glob.replace(/^([A-Za-z]:)?\/+(opt\/)?/, '').replace(/^(\.\.\/)+/, '');
      report(
        [...where, i],
        slim
          ? `'${glob}' is not a path inside the zip; write slim globs relative to the zip root (what Lambda mounts at /opt), such as '${inZip && !inZip.split('/').includes('..') ? inZip : '**/*.d.ts'}'.`
          : `'${glob}' leaves the repository; write globs relative to the repository root, such as 'config/shared/**'.`,
      );
    } else if (glob.startsWith('!')) {
      report(
        [...where, i],
        `'${glob}' is a negated glob; ${slim ? 'slim lists only files to leave out of the zip: narrow the glob instead' : 'list files to leave out under `exclude` instead'}.`,
      );
    }
  });
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

/** A runtime of another language than the layer type's lays out: Lambda accepts it, and the function finds nothing. */
function checkRuntimeFits(type: LayerType, runtime: string, where: Path, report: Report, runtimes: RuntimeCatalog): void {
  const fit = LAYER_FAMILIES[type];
  // An unknown runtime is reported by checkRuntime already.
  if (!fit || runtime.startsWith(fit.family) || !runtimes.valid.has(runtime)) return;
  const suggestions = runtimes.current.filter((r) => r.startsWith(fit.family)).slice(0, 3);
  report(
    where,
    `runtime '${runtime}' does not fit a '${type}' layer: ${fit.why}. Use ${suggestions.join(', ')}, or make it a 'custom' layer if ` +
      'it really serves other runtimes.',
  );
}

/** The folder the user probably meant: a near miss for the first name along `dir` that does not exist. */
function nearbyFolder(repoRoot: string, dir: string): string | undefined {
  const parts = dir.split('/');
  let found = 0;
  while (found < parts.length - 1 && existsSync(path.join(repoRoot, ...parts.slice(0, found + 1)))) found++;
  const parent = parts.slice(0, found);
  let names: string[];
  try {
    names = readdirSync(path.join(repoRoot, ...parent), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== '.git').map((e) => e.name);
  } catch {
    return undefined;
  }
  const missing = parts[found];
  const best = names.length > 0 ? closest(missing, names) : undefined;
  // Only a typo, not any folder at all.
  if (!best || distance(missing, best) > Math.max(2, Math.floor(missing.length / 4))) return undefined;
  const whole = [...parent, best, ...parts.slice(found + 1)].join('/');
  return existsSync(path.join(repoRoot, whole)) ? whole : [...parent, best].join('/');
}

/**
 * realpath for existing paths, each folder above them resolved once: realpath(3) reads every component of every path
 * (six system calls per layer folder here, 1,200 for 200 layers), where the layers of a monorepo share their parents.
 */
function realpaths(): (p: string) => string {
  const known = new Map<string, string>();
  const realpath = (p: string): string => {
    let real = known.get(p);
    if (real === undefined) {
      const parent = path.dirname(p);
      real = parent === p || lstatSync(p).isSymbolicLink() ? realpathSync.native(p) : path.join(realpath(parent), path.basename(p));
      known.set(p, real);
    }
    return real;
  };
  return realpath;
}

function checkPath(layer: LayerConfig, repoRoot: string, realRepo: string, realpath: (p: string) => string, report: Report): void {
  const where: Path = ['layers', layer.key, 'path'];
  const absolute = path.resolve(repoRoot, layer.path);
  if (!existsSync(absolute)) {
    const meant = nearbyFolder(repoRoot, layer.path);
    report(where, `folder '${layer.path}' does not exist in the repository.${meant ? ` Did you mean '${meant}'?` : ''}`);
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

