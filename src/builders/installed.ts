// What pnpm and yarn builds share: the workspace builds in the checkout (workspace-builds.ts), the project staged in
// the work folder (the layer is never installed in the checkout), the package manager found and named when missing,
// and the layer taken from the installed tree. The tree is read as
// Node reads it (each package's dependencies resolved from its real folder), so pnpm's isolated store, pnpm's and
// yarn's hoisted node_modules all give the same layer: every package placed as placement.ts places npm's, as real
// files, workspace packages with the files `npm pack` takes.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dependencyNames, LOCKFILES } from '../detect/lockfiles';
import { readJson, readWorkspaces, workspaceDependencies } from '../detect/workspaces';
import type { LayerConfig } from '../types';
import { BuildError, runCommand, type BuildOptions } from './command';
import { copyFiles, listFiles, realInside } from './files';
import { localFiles } from './nodejs';
import { placePackages, type DependencyGraph } from './placement';
import { buildOrder, buildWorkspaces, type WorkspaceTool } from './workspace-builds';

export interface NodeLockfile {
  /** The project's folder relative to the repository ('.' for its root). */
  dir: string;
  name: (typeof LOCKFILES)[number];
  /** Relative to the repository, for messages. */
  file: string;
}

/** The lockfile nearest the layer's folder, from it up to the repository root. */
export function nearestLockfile(repoRoot: string, layerPath: string): NodeLockfile | undefined {
  for (let dir = layerPath; ; dir = path.posix.dirname(dir)) {
    for (const name of LOCKFILES) {
      const file = path.posix.join(dir, name);
      if (existsSync(path.join(repoRoot, file))) return { dir, name, file };
    }
    if (dir === '.' || dir === '') return undefined;
  }
}

/** Node's names for Lambda's architectures, as package.json `cpu` and the package managers' `--cpu` use them. */
export const NODE_CPU: Record<string, string> = { x86_64: 'x64', arm64: 'arm64' };

export interface StagedProject {
  /** The project in the checkout, and its copy in the work folder (absolute). */
  checkout: string;
  project: string;
  /** The layer's folder relative to the project ('' when the layer is the project). */
  layerKey: string;
  /** The project's root package.json and the layer's. */
  root: Record<string, any>;
  manifest: Record<string, any>;
  /** The files copied from each local package of the layer (its own folder and its workspace dependencies). */
  copied: Map<string, string[]>;
  /** Names of all the project's workspace packages. */
  workspaces: Set<string>;
}

/**
 * Copies the project for an install: the layer's folder and its workspace dependencies whole, every other
 * workspace's package.json only (the package manager wants the same workspaces the lockfile lists), and the rest
 * of the project (vendored tarballs, patches, .yarn releases) without node_modules, .git, other dot folders and symlinks.
 * With `build`, the workspace dependencies that have a `build` script are built in the checkout first, by that
 * package manager (workspace-builds.ts), so that their build output is copied.
 */
export async function stageProject(
  repoRoot: string,
  lockfile: NodeLockfile,
  layerPath: string,
  staging: string,
  build?: { layer: LayerConfig; opts: BuildOptions; tool: WorkspaceTool },
): Promise<StagedProject> {
  const repoReal = await realpath(repoRoot);
  const checkout = path.join(repoRoot, lockfile.dir);
  const layerKey = lockfile.dir === '.' ? layerPath : path.posix.relative(lockfile.dir, layerPath);
  const graph = await readWorkspaces(checkout);
  const manifest = readJson(checkout, path.posix.join(layerKey || '.', 'package.json'));
  if (!manifest) throw new BuildError(`${layerPath}/package.json does not exist: a nodejs layer installs the dependencies it lists.`);
  const workspaces = new Set([...graph.packages.values()].map((p) => p.dir));
  if (layerKey !== '' && !workspaces.has(layerKey)) {
    throw new BuildError(
      `${layerPath} is not a workspace of the project that ${lockfile.file} locks: add it to the workspaces ` +
        '(pnpm-workspace.yaml, or `workspaces` in package.json), install and commit the lockfile; or give the layer a lockfile of its own.',
    );
  }
  const linked = workspaceDependencies(graph, manifest).map((p) => p.dir);
  if (build) await buildWorkspaces(build.layer, checkout, buildOrder(graph, linked), build.opts, build.tool);
  const local = new Set([layerKey, ...linked]);
  const project = path.join(staging, lockfile.dir);
  const copied = new Map<string, string[]>();

  // Outside the packages, every file is copied in case the package manager reads it (patches, tarballs, settings).
  // Builds run in a copy of the checkout that the build user owns: a file private to it there (an earlier step's
  // chmod 600 key, another layer's build writing now) cannot be read by this process, and is left out and named.
  const leftOut: string[] = [];
  const unreadable = (rel: string) => (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EACCES' && error.code !== 'ENOENT') throw error;
    leftOut.push(rel);
  };
  const walk = async (rel: string): Promise<void> => {
    const listing = readdir(path.join(checkout, rel), { withFileTypes: true });
    const entries = rel ? await listing.catch(unreadable(rel)) : await listing;
    for (const entry of entries ?? []) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      const [from, to] = [path.join(checkout, child), path.join(project, child)];
      if (entry.name === 'node_modules' || entry.name === '.git' || (entry.name.startsWith('.') && entry.name !== '.yarn' && entry.isDirectory())) continue;
      if (local.has(child)) {
        const files = await listFiles(from, repoReal);
        await copyFiles(from, to, files, repoReal);
        copied.set(child, files);
      } else if (workspaces.has(child)) {
        await copyFiles(from, to, ['package.json'], repoReal);
      } else if (entry.isDirectory()) {
        await walk(child);
      } else if (entry.isFile()) {
        // A real path: the walk follows no link.
        await mkdir(path.dirname(to), { recursive: true });
        await copyFile(from, to).catch(unreadable(child));
      }
    }
  };
  await rm(staging, { recursive: true, force: true });
  await mkdir(project, { recursive: true });
  if (local.has('')) copied.set('', []);
  await walk('');
  if (leftOut.length > 0) build?.opts.log.info(`Left out of the staged project (this process cannot read them, or they went while it read): ${leftOut.join(', ')}.`);
  return { checkout, project, layerKey, root: graph.root, manifest, copied, workspaces: new Set(graph.packages.keys()) };
}

/**
 * Checks that `file` is on the build's PATH where its commands run (as the build user, with its tool folders), or
 * throws a BuildError saying how to put it there. A shell's `command -v` answers in milliseconds where starting the
 * tool takes about a second of CPU (pnpm); only when it finds nothing is the tool started, to say why.
 */
export async function requireTool(layer: LayerConfig, file: string, cwd: string, missing: string, opts: BuildOptions): Promise<void> {
  const found = await opts.exec.run('sh', ['-c', 'command -v "$1" >/dev/null', 'sh', file], { cwd, env: opts.env }).catch(() => undefined);
  if (found?.code !== 0) await toolVersion(layer, file, cwd, missing, opts);
}

/**
 * The version `file --version` prints in the staged project (where yarnPath and corepack's packageManager apply), or
 * a BuildError saying how to put the tool on the runner.
 */
export async function toolVersion(layer: LayerConfig, file: string, cwd: string, missing: string, opts: BuildOptions): Promise<string> {
  let result;
  try {
    result = await opts.exec.run(file, ['--version'], { cwd, env: opts.env });
  } catch (error) {
    if (error instanceof BuildError) throw error;
    throw new BuildError(`Layer ${layer.key} is built with ${file}, which is not on the runner's PATH. ${missing}`);
  }
  if (result.code !== 0) {
    throw new BuildError(`\`${file} --version\` failed for layer ${layer.key}:\n${result.tail.map((l) => `  ${l}`).join('\n')}\n${missing}`);
  }
  return result.stdout.trim().split('\n').pop() ?? '';
}

/**
 * Writes the layer (nodejs/node_modules) from the installed staged project; returns its root. Install scripts were
 * skipped by the install: those of the packages in `allowScripts` run here, in the staged tree, before the copy.
 * `publishConfig`: workspace packages get the entry points their `publishConfig` gives, as pnpm and yarn 2+ pack them.
 */
export async function layerFromInstall(
  layer: LayerConfig,
  staged: StagedProject,
  opts: BuildOptions,
  packing: { publishConfig: boolean },
): Promise<string> {
  const { project, layerKey } = staged;
  const projectReal = await realpath(project);
  const graph = await installedGraph(projectReal, layerKey, layer.architectures);
  await runAllowedScripts(layer, projectReal, graph, layerKey, opts);

  const placements = placePackages(graph.edges, layerKey);
  const isLocal = (key: string) => !key.split('/').includes('node_modules');
  const localDirs = [...new Set(placements.values())].filter(isLocal);
  for (const dir of localDirs) if (!staged.copied.has(dir)) staged.copied.set(dir, await listFiles(path.join(project, dir), projectReal));
  const local = await localFiles(layer, localDirs, { copied: staged.copied, project, stagingReal: projectReal });

  const root = path.join(opts.workDir, 'layer');
  await rm(root, { recursive: true, force: true });
  const nodejs = path.join(root, 'nodejs');
  await mkdir(path.join(nodejs, 'node_modules'), { recursive: true });
  const checkoutReal = await realpath(staged.checkout);
  await Promise.all(
    [...placements].map(async ([spot, key]) => {
      const [from, to] = [path.join(project, key), path.join(nodejs, spot)];
      await copyFiles(from, to, local.get(key) ?? (await listFiles(from, projectReal)), projectReal);
      // localFiles leaves package.json out: the layer gets the package's own, with publishConfig applied where packing does.
      if (!local.has(key)) return;
      await copyFiles(path.join(staged.checkout, key), to, ['package.json'], checkoutReal);
      const manifest = JSON.parse(await readFile(path.join(to, 'package.json'), 'utf8'));
      if (packing.publishConfig && manifest.publishConfig) await writeFile(path.join(to, 'package.json'), `${JSON.stringify(published(manifest), null, 2)}\n`);
    }),
  );
  opts.log.info(`${placements.size} packages in nodejs/node_modules, ${localDirs.length} of them from the repository.`);
  return root;
}

/** The fields pnpm and yarn 2+ take from `publishConfig` when they pack a package (entry points, mostly). */
const PUBLISHED_FIELDS = ['bin', 'browser', 'exports', 'imports', 'main', 'module', 'types', 'typesVersions', 'typings'];

function published(manifest: Record<string, any>): Record<string, any> {
  const overrides = Object.entries<unknown>(manifest.publishConfig).filter(([field]) => PUBLISHED_FIELDS.includes(field));
  return { ...manifest, ...Object.fromEntries(overrides) };
}

interface InstalledGraph {
  edges: DependencyGraph;
  manifests: Map<string, Record<string, any>>;
}

/**
 * The production dependencies reachable from the layer's folder, each resolved from the package's real folder as
 * Node does; keys are real folders relative to the project. An optional package for another platform (os, cpu, libc)
 * is no dependency, whether the package manager left it out or (yarn 1) installed it anyway.
 */
async function installedGraph(projectReal: string, from: string, architectures: string[]): Promise<InstalledGraph> {
  const edges: DependencyGraph = new Map();
  const manifests = new Map<string, Record<string, any>>();
  const cpus = architectures.map((a) => NODE_CPU[a]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (edges.has(at)) continue;
    const manifest = JSON.parse(await readFile(path.join(projectReal, at, 'package.json'), 'utf8'));
    const deps = new Map<string, string>();
    edges.set(at, deps);
    manifests.set(at, manifest);
    for (const name of dependencyNames(manifest, false)) {
      const found = await resolveInstalled(projectReal, at, name);
      if (found === undefined && manifest.dependencies?.[name] !== undefined) {
        throw new BuildError(
          `${name}, a dependency of ${manifest.name ?? at}, is not in the installed tree; check that the lockfile ` +
            'installs it (run the install and commit the lockfile) and that no `.npmrc` or `.yarnrc.yml` setting leaves it out.',
        );
      }
      if (found === undefined) continue;
      const target = path.relative(projectReal, found).split(path.sep).join('/');
      const meta = JSON.parse(await readFile(path.join(found, 'package.json'), 'utf8'));
      if (!fits(meta.os, ['linux']) || !fits(meta.cpu, cpus) || !fits(meta.libc, ['glibc'])) continue;
      deps.set(name, target);
      queue.push(target);
    }
  }
  return { edges, manifests };
}

/** `<dir>/node_modules/<name>` from `at` up to the project root, as a real path inside the project. */
async function resolveInstalled(projectReal: string, at: string, name: string): Promise<string | undefined> {
  for (let dir = at; ; dir = path.posix.dirname(dir)) {
    const rel = dir === '.' ? '' : dir;
    if (path.posix.basename(rel) !== 'node_modules') {
      const candidate = path.join(projectReal, rel, 'node_modules', name);
      if (existsSync(path.join(candidate, 'package.json'))) return realInside(candidate, projectReal);
    }
    if (rel === '') return undefined;
  }
}

/** package.json `os`/`cpu`/`libc`: a list of allowed values, or of `!excluded` ones; no list fits everything. */
function fits(list: unknown, values: string[]): boolean {
  if (!Array.isArray(list) || list.length === 0) return true;
  const excluded = list.filter((v) => String(v).startsWith('!')).map((v) => String(v).slice(1));
  const allowed = list.filter((v) => !String(v).startsWith('!'));
  return values.some((v) => !excluded.includes(v) && (allowed.length === 0 || allowed.includes(v)));
}

const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];

/** Runs the install scripts of the allowed packages (dependencies first) and logs the packages whose were skipped. */
async function runAllowedScripts(layer: LayerConfig, projectReal: string, graph: InstalledGraph, layerKey: string, opts: BuildOptions) {
  const skipped = new Set<string>();
  for (const key of [...graph.manifests.keys()].reverse()) {
    const manifest = graph.manifests.get(key)!;
    if (key === layerKey || !key.split('/').includes('node_modules')) continue;
    const scripts = INSTALL_SCRIPTS.filter((name) => typeof manifest.scripts?.[name] === 'string');
    // npm's default for a package with a binding.gyp and no install script of its own.
    if (scripts.length === 0 && existsSync(path.join(projectReal, key, 'binding.gyp'))) scripts.push('install');
    if (scripts.length === 0) continue;
    if (!layer.allowScripts.includes(manifest.name)) {
      skipped.add(manifest.name);
      continue;
    }
    for (const script of scripts) {
      await runCommand(
        layer,
        {
          file: 'npm',
          args: ['run', script, '--ignore-scripts'],
          cwd: path.join(projectReal, key),
          display: `npm run ${script}  (${manifest.name}, in allowScripts)`,
          hint: `The ${script} script of ${manifest.name} failed; fix it, or take ${manifest.name} out of allowScripts of layer ${layer.key}.`,
        },
        opts,
      );
    }
  }
  if (skipped.size > 0) {
    opts.log.info(
      `Install scripts of ${[...skipped].sort().join(', ')} were skipped: add the packages to allowScripts of layer ` +
        `${layer.key} if the layer needs what their scripts build.`,
    );
  }
}
