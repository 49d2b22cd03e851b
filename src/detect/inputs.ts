// Which files determine a layer's zip, per layer type (SPEC section 5): the fingerprint hashes exactly these, and a
// change elsewhere is no reason to rebuild. Rules err towards more files: one too many costs a rebuild that finds the
// same zip, one too few publishes a stale layer. Pure: paths in, predicates out.
import path from 'node:path';
import stripJsonComments from 'strip-json-comments';
import { globMatcher } from '../globs';

/**
 * Test files, like Nx's `production` named input: not build inputs of a workspace package with a `build` script, and
 * (builders/nodejs.ts) never shipped from one, so that a test compiled into its output cannot reach the zip either.
 */
export const TEST_FILES = [
  '**/*.{test,spec}.*',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/*.snap',
  '**/{jest,vitest}.{config,setup,workspace}.*',
  '**/tsconfig.spec.json',
];

let testFiles: ((path: string) => boolean) | undefined;
/** Compiled on first use: a plan that asks no built package about its files never needs it. */
export const isTestFile = (rel: string): boolean => (testFiles ??= globMatcher(TEST_FILES, { dot: true }))(rel);

/** What a package manager reads besides package.json, in the layer's folder and the folders above it (the project). */
export const NODE_SETTINGS = ['.npmrc', '.yarnrc', '.yarnrc.yml', 'pnpm-workspace.yaml', '.pnpmfile.cjs', 'npm-shrinkwrap.json', 'package-lock.json', 'pnpm-lock.yaml', 'yarn.lock'];
/** Folders of settings: yarn's release, plugins and patches; patch files. */
export const NODE_SETTING_FOLDERS = ['.yarn', 'patches'];

/** How a workspace package takes part in a nodejs layer. */
export interface PackageRole {
  /** In the layer's production closure: its packed files are copied into the zip. */
  shipped: boolean;
  /** Built before the layer is (a `build` script, or a workspace dependency of a shipped package's build). */
  built: boolean;
  /** Install scripts `allowScripts` lets run: they may read any of its files. */
  scripts: boolean;
}

/** Whether a file of the package (relative to its folder) can reach the layer's zip. */
export function packageRule(manifest: Record<string, any>, role: PackageRole): (rel: string) => boolean {
  if (role.scripts) return () => true;
  const packed = role.shipped ? packedFiles(manifest) : () => false;
  const testsShipped = typeof manifest.scripts?.build !== 'string';
  return (rel) => (role.built && !isTestFile(rel)) || (packed(rel) && (testsShipped || !isTestFile(rel)));
}

const ALWAYS_PACKED = /^(readme|copying|license|licence)(\..*)?$/i;

/**
 * The files `npm pack` may take from a package, a superset: the `files` field's entries (negations and .npmignore
 * rules are not applied, they only take files away), the always-packed files, `main`, `browser` and `bin`; without
 * `files`, everything.
 */
export function packedFiles(manifest: Record<string, any>): (rel: string) => boolean {
  if (!Array.isArray(manifest.files)) return () => true;
  const entries = manifest.files.filter((e: unknown): e is string => typeof e === 'string' && !e.startsWith('!')).map(clean).filter(Boolean);
  const globs = entries.flatMap((e: string) => (e.includes('/') ? [e, `${e}/**`] : [e, `${e}/**`, `**/${e}`, `**/${e}/**`]));
  const listed = globMatcher(globs, { dot: true });
  const bin = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values<unknown>(manifest.bin ?? {});
  const entryPoints = [manifest.main, manifest.browser, ...bin].filter((e): e is string => typeof e === 'string').map(clean).filter(Boolean);
  return (rel) => {
    if (rel === 'package.json' || ALWAYS_PACKED.test(rel) || listed(rel)) return true;
    const name = path.posix.basename(rel);
    if (name === '.npmignore' || name === '.gitignore') return true;
    // `main: lib/index` is lib/index.js, lib/index.json or lib/index/index.js to Node.
    return entryPoints.some((e) => rel === e || rel.startsWith(`${e}.`) || rel.startsWith(`${e}/`));
  };
}

const clean = (entry: string) => path.posix.normalize(entry).replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '').replace(/^\.$/, '');

/** What of a python layer's folder pip reads: the requirement files, and every file once one names a local path. */
export interface PythonInputs {
  /** Repository-relative requirement and constraint files. */
  files: string[];
  /** Local paths requirements name (`-e .`, `./pkg`, `file:`, `--find-links ./wheels`): pip reads them whole. */
  local: string[];
}

const REQUIREMENT_FILE = /^(?:-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+|(?=\S))(\S+)/;
const PATH_OPTION = /^(?:-e|--editable|-f|--find-links|-i|--index-url|--extra-index-url)(?:\s*=\s*|\s+|(?=\S))(\S+)/;

/** Follows `-r`/`-c` from the layer's requirements.txt; `read` gives a repository file's text (undefined if absent). */
export function pythonInputs(layerPath: string, read: (file: string) => string | undefined): PythonInputs {
  const files: string[] = [];
  const local = new Set<string>();
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const text = read(file) ?? '';
    for (const raw of text.replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (!line) continue;
      const dir = path.posix.dirname(file);
      const required = REQUIREMENT_FILE.exec(line);
      if (required) {
        if (!required[1].includes('://')) visit(path.posix.join(dir, required[1]));
        continue;
      }
      const option = PATH_OPTION.exec(line)?.[1];
      if (option !== undefined) {
        // An option's value is a folder or file unless it is a URL (`--find-links wheels`).
        if (!option.includes('://') || option.startsWith('file:')) local.add(path.posix.join(dir, option.replace(/^file:(\/\/)?/, '')));
        continue;
      }
      const target = line.startsWith('-') ? undefined : (/@\s*file:(\S+)/.exec(line)?.[1] ?? line.split(/[\s;]/)[0]);
      const where = target?.replace(/^file:(\/\/)?/, '');
      if (where !== undefined && (target!.startsWith('file:') || isLocalPath(where))) local.add(path.posix.join(dir, where));
    }
  };
  visit(path.posix.join(layerPath, 'requirements.txt'));
  return { files, local: [...local] };
}

/** A path rather than a package name or URL: `.`, `./x`, `../x`, `x/y` (not `a://b`), `x.whl`. */
function isLocalPath(token: string): boolean {
  return !token.includes('://') && (token.startsWith('.') || token.includes('/') || /\.(whl|tar\.gz|zip)$/.test(token));
}

/** tsc's configuration files: `tsconfig.json`, and those a build script names (`tsc -p tsconfig.build.json`). */
const TSCONFIG = /^tsconfig(\..+)?\.json$/;

/** Whether a normalized path, relative to the repository root, stays in the repository: nothing outside is read. */
const inRepository = (p: string) => p !== '..' && !p.startsWith('../') && !path.posix.isAbsolute(p);

/** Whether a normalized repository path is in the repository but outside the package folder `dir`. */
const outsidePackage = (dir: string, p: string) =>
  p !== '.' && inRepository(p) && dir !== '' && dir !== '.' && p !== dir && !p.startsWith(`${dir}/`);

/**
 * The paths outside a built package's folder `dir` that tsc reads through its tsconfig files: the files they extend,
 * in turn (`"extends": "../../tsconfig.base.json"`; an array since TypeScript 5.0), and in each the sources it takes,
 * relative to that file: `include` globs, `files`, the folders `compilerOptions.paths` map to, and the projects in
 * `references`, whole. `names` are the folder's file names; a test configuration (`tsconfig.spec.json`) is no build's.
 * A package specifier (`@tsconfig/node20/tsconfig.json`) names an installed package: one from the registry is the
 * lockfile's; a workspace package (`packageDir` tells its folder) counts by its package.json and the file extended, or
 * whole when that file is not found as written (an `exports` map, the package itself), declared by the built package
 * or only hoisted. Without a tsconfig.json in `dir`, the nearest one above counts, as tsc and esbuild find it, with what
 * it extends and its `paths`. Errs towards more: an `include` that the extending file replaces still counts.
 */
export function tsconfigReads(
  dir: string,
  names: readonly string[],
  read: (file: string) => string | undefined,
  packageDir: (name: string) => string | undefined,
): string[] {
  const configs = new Set<string>();
  const paths = new Set<string>();
  // As tsc does: the path as written, else with `.json` added.
  const asWritten = (file: string) => (file.endsWith('.json') || read(file) !== undefined ? file : `${file}.json`);
  // `"extends": "@acme/tsconfig/node"`: tsc finds the package in node_modules, where npm links every workspace package.
  const extendsPackage = (specifier: string, sources: boolean) => {
    const [, name, subpath] = /^((?:@[^/]+\/)?[^/@][^/]*)(?:\/(.+))?$/.exec(specifier) ?? [];
    const folder = name === undefined ? undefined : packageDir(name);
    if (folder === undefined) return;
    const joined = subpath === undefined ? undefined : path.posix.join(folder, subpath);
    const file = joined !== undefined && inRepository(joined) ? asWritten(joined) : undefined;
    // The package itself, or a subpath its `exports` map elsewhere: all of it.
    if (file === undefined || read(file) === undefined) return void paths.add(folder);
    paths.add(`${folder}/package.json`);
    visit(file, sources);
  };
  // `sources`: whether the sources it names count, not only its options.
  const visit = (file: string, sources = true) => {
    if (configs.has(file)) return;
    configs.add(file);
    const config = tsconfig(read(file));
    const from = path.posix.dirname(file);
    const at = (base: string, entry: unknown) => {
      if (typeof entry !== 'string' || entry.includes('${')) return;
      const target = path.posix.join(base, entry).replace(/\/+$/, '');
      if (outsidePackage(dir, target)) paths.add(target);
    };
    for (const target of [config?.extends].flat()) {
      if (typeof target !== 'string') continue;
      if (!/^\.\.?\//.test(target)) {
        extendsPackage(target, sources);
        continue;
      }
      const extended = path.posix.join(from, target);
      if (inRepository(extended)) visit(asWritten(extended), sources);
    }
    for (const entry of sources ? list(config?.include) : []) at(from, typeof entry === 'string' && namesFolders(entry) ? `${entry}/**` : entry);
    for (const entry of sources ? list(config?.files) : []) at(from, entry);
    const options = record(config?.compilerOptions);
    const baseUrl = typeof options.baseUrl === 'string' ? path.posix.join(from, options.baseUrl) : from;
    // `"@shared/*": ["../../shared/src/*"]`: the folder up to the wildcard; `"@x": ["../../x/index"]`: the file, any extension.
    for (const target of Object.values(record(options.paths)).flatMap(list).map(String)) {
      if (target.includes('*')) at(baseUrl, target.replace(/[^/]*\*.*$/, ''));
      else for (const file of [target, `${target}.*`]) at(baseUrl, file);
    }
    for (const reference of sources ? list(config?.references) : []) {
      const project = record(reference).path;
      if (typeof project === 'string') at(from, project.endsWith('.json') ? path.posix.dirname(project) : project);
    }
  };
  // A test configuration is a test file (TEST_FILES' `*.{test,spec}.*`), told without compiling their globs.
  for (const name of names) if (TSCONFIG.test(name) && !/\.(test|spec)\./.test(name)) visit(path.posix.join(dir, name));
  // Without one of its own, tsc and esbuild take the nearest tsconfig.json above: its options, not the sources it names
  // (often every package's, for an editor), which a build that reads them names in a tsconfig of its own.
  if (!names.includes('tsconfig.json')) {
    const nearest = foldersAbove([dir]).map((folder) => path.posix.join(folder, 'tsconfig.json')).find((file) => read(file) !== undefined);
    if (nearest !== undefined) visit(nearest, false);
  }
  return [...new Set([...configs, ...paths])].filter((file) => outsidePackage(dir, file));
}

// An `include` with a wildcard whose last part has neither an extension nor a wildcard (every `src` one folder below
// `packages`) names folders to tsc, with what is below them.
const namesFolders = (pattern: string) => /[*?]/.test(pattern) && !/[.*?]/.test(pattern.slice(pattern.lastIndexOf('/') + 1));

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/**
 * The paths outside a built package's folder `dir` that its build scripts name (`node ../../scripts/stamp.mjs`,
 * `--tsconfig=../../config/esbuild.json`): `build` with its `pre` and `post` scripts, and the scripts those run by
 * name (`npm run compile`, `yarn bundle`), as `npm run build` does; never its test scripts. Inside the repository.
 * A path after a `cd` is taken from the folder it went to and from the package's, and a folder outside the package
 * that a script goes into counts whole (`**` for the root): what runs there (`cd ../.. && node scripts/gen.mjs`) may
 * read any of it.
 */
export function scriptPaths(dir: string, scripts: Record<string, unknown> | undefined): string[] {
  const found = new Set<string>();
  for (const text of buildScripts(scripts)) {
    let cwd = dir;
    for (const command of text.split(/&&|\|\||[;\n]/)) {
      // A subshell's `cd` too: where it ends is not followed, hence the package's folder for every later path.
      const cd = /^\s*\(?\s*cd\s+(['"]?)([^\s'"`;&|()<>]+)\1\s*\)?\s*$/.exec(command);
      if (cd) {
        cwd = (path.posix.isAbsolute(cd[2]) ? cd[2] : path.posix.join(cwd, cd[2])).replace(/\/+$/, '');
        if (cwd === '.') found.add('**');
        else if (outsidePackage(dir, cwd)) found.add(cwd);
        continue;
      }
      for (const [, token] of command.matchAll(/(?:^|[\s=:'"(])(\.\.?\/[^\s'"`;&|()<>]*)/g)) {
        for (const from of new Set([cwd, dir])) {
          const target = path.posix.join(from, token).replace(/\/+$/, '');
          if (outsidePackage(dir, target)) found.add(target);
        }
      }
    }
  }
  return [...found];
}

/**
 * Configuration build tools look for in the folder they run in and in every folder above it: browserslist (Babel's
 * preset-env, autoprefixer, swc's `env` and Lightning CSS take their targets from it), Babel's project-wide file
 * (found upward with `rootMode: "upward"`), postcss's (lilconfig searches upward).
 */
export const TOOL_CONFIGS = [
  '.browserslistrc',
  'browserslist',
  ...['json', 'js', 'cjs', 'mjs', 'cts'].map((ext) => `babel.config.${ext}`),
  '.postcssrc',
  ...['json', 'yaml', 'yml', 'js', 'cjs', 'mjs', 'ts', 'cts', 'mts'].map((ext) => `.postcssrc.${ext}`),
  ...['js', 'cjs', 'mjs', 'ts', 'cts', 'mts'].map((ext) => `postcss.config.${ext}`),
];
const toolConfigs = new Set(TOOL_CONFIGS);

/** The folders above packages' folders, nearest first, up to the repository's root ('.'): where tools find TOOL_CONFIGS. */
export function foldersAbove(dirs: readonly string[]): string[] {
  const found = new Set<string>();
  for (const dir of dirs) {
    for (let folder = dir; folder !== '.' && folder !== ''; ) {
      folder = path.posix.dirname(folder);
      // Those above a folder found already are found too.
      if (found.has(folder)) break;
      found.add(folder);
    }
  }
  return [...found];
}

/** Whether a repository path is one of TOOL_CONFIGS in one of `folders`. */
export const isToolConfig = (folders: ReadonlySet<string>, file: string): boolean =>
  toolConfigs.has(path.posix.basename(file)) && folders.has(path.posix.dirname(file));

/** Whether a package.json's text holds configuration tools find upward (`browserslist`, `postcss`); unparsable, it may. */
export function manifestHoldsConfig(text: string | undefined): boolean {
  if (text === undefined) return false;
  try {
    const manifest = JSON.parse(text);
    return typeof manifest !== 'object' || manifest === null || 'browserslist' in manifest || 'postcss' in manifest;
  } catch {
    return true;
  }
}

/** `build` with its `pre` and `post` scripts, and the scripts those run by name, as `npm run build` runs them. */
function buildScripts(scripts: Record<string, unknown> | undefined): string[] {
  const script = (name: string) => (typeof scripts?.[name] === 'string' ? (scripts[name] as string) : undefined);
  const run = ['prebuild', 'build', 'postbuild'];
  const texts: string[] = [];
  for (let next = 0; next < run.length; next++) {
    const text = script(run[next]);
    if (text === undefined) continue;
    texts.push(text);
    for (const [, name] of text.matchAll(/\b(?:npm run(?:-script)?|pnpm(?: run)?|yarn(?: run)?|bun run)\s+([\w:.-]+)/g)) {
      for (const named of [`pre${name}`, name, `post${name}`]) if (script(named) !== undefined && !run.includes(named)) run.push(named);
    }
  }
  return texts;
}

/**
 * The programs a package's build scripts run by name, as found in the node_modules/.bin folders on a script's PATH:
 * `tsc` in `tsc -p .`, `esbuild` in `NODE_ENV=production esbuild src/index.ts`, `tsup` in `npx tsup`.
 */
export function scriptPrograms(scripts: Record<string, unknown> | undefined): string[] {
  const found = new Set<string>();
  for (const text of buildScripts(scripts)) {
    for (const command of text.split(/&&|\|\|?|[;\n()]/)) {
      const words = command.trim().split(/\s+/);
      let i = 0;
      // Variables set for the command, and the runners that take a program as their argument.
      while (i < words.length && (/^\w+=/.test(words[i]) || /^(npx|cross-env|env|exec|-[\w-]+|--)$/.test(words[i]))) i++;
      if (/^(npm|pnpm|yarn)$/.test(words[i]) && words[i + 1] === 'exec') i += words[i + 2] === '--' ? 3 : 2;
      if (/^[\w@][\w@./-]*$/.test(words[i] ?? '') && !words[i].includes('/')) found.add(words[i]);
    }
  }
  return [...found];
}

/** A tsconfig file's content: JSON with comments and trailing commas, as tsc reads it; undefined when unreadable. */
function tsconfig(text: string | undefined): Record<string, unknown> | undefined {
  try {
    return text === undefined ? undefined : JSON.parse(stripJsonComments(text, { trailingCommas: true }));
  } catch {
    return undefined;
  }
}

/** Files bundler reads in deployment mode besides any the Gemfile names. */
export const RUBY_FILES = ['Gemfile', 'Gemfile.lock', 'gems.rb', 'gems.locked', 'vendor/cache/**'];

/** Whether a Gemfile (Ruby code) may read other files of its folder: then every file of the folder is an input. */
export function gemfileReadsFiles(gemfile: string): boolean {
  return /\b(gemspec|path|eval_gemfile|File|IO|Dir|require|require_relative|load|file)\b/.test(gemfile.replace(/#.*$/gm, ''));
}
