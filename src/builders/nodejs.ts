// A nodejs layer: the production dependencies of the layer's package.json, at the versions its lockfile holds, in
// nodejs/node_modules (Lambda mounts the layer at /opt; Node resolves /opt/nodejs/node_modules). Workspace packages
// with a `build` script are built first (workspace-builds.ts); npm then installs a pruned copy of the project in the
// work folder, never in the checkout, running no install script but those `allowScripts` names; the installed packages
// are copied into the layer as real folders, workspace packages with the files `npm pack` would take, and the result
// is checked (entry-points.ts).
import { existsSync } from 'node:fs';
import { mkdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isTestFile } from '../detect/inputs';
import { readJson, readWorkspaces } from '../detect/workspaces';
import type { LayerConfig } from '../types';
import { BuildError, runCommand, type BuildOptions, type Command } from './command';
import { copyFiles, listFiles } from './files';
import { nearestLockfile, NODE_CPU } from './installed';
import { dependencyGraph, placePackages } from './placement';
import { dropper } from '../packaging/slim';
import { checkNodeModules } from './entry-points';
import { installPnpm } from './pnpm';
import { findProject, type FoundProject } from './npm-project';
import { npmPackList } from './packed';
import { installScriptPackages, planStaging, type Staging } from './prune';
import { buildOrder, buildWorkspaces } from './workspace-builds';
import { installYarn } from './yarn';

export async function buildNodejs(layer: LayerConfig, opts: BuildOptions): Promise<string> {
  const root = await install(layer, opts);
  // Whatever installed it, the layer as zipped (less what `slim` drops) must hold every entry point and only addons for
  // its architectures.
  const drop = dropper(layer.slim);
  await checkNodeModules(path.join(root, 'nodejs', 'node_modules'), layer.architectures, (name) => drop(`nodejs/${name}`));
  return root;
}

/** Installs the layer with the package manager whose lockfile is nearest its folder; returns the layer's root. */
function install(layer: LayerConfig, opts: BuildOptions): Promise<string> {
  const lockfile = nearestLockfile(opts.repoRoot, layer.path);
  if (lockfile?.name === 'pnpm-lock.yaml') return installPnpm(layer, lockfile, opts);
  if (lockfile?.name === 'yarn.lock') return installYarn(layer, lockfile, opts);
  return installNpm(layer, opts);
}

async function installNpm(layer: LayerConfig, opts: BuildOptions): Promise<string> {
  const repoReal = await realpath(opts.repoRoot);
  const found = await findProject(opts.repoRoot, layer.path);
  const projectRoot = path.join(opts.repoRoot, found.dir);
  const graph = await readWorkspaces(projectRoot);
  const staging = planStaging({
    ...found,
    manifest: (dir) => readJson(projectRoot, path.posix.join(dir, 'package.json')),
    workspaces: new Set([...graph.packages.values()].map((p) => p.dir)),
  });
  const linked = staging.folders.filter((dir) => dir !== found.layerKey);
  await buildWorkspaces(layer, projectRoot, buildOrder(graph, linked), opts);

  // The staging folder mirrors the repository's paths, so relative `file:` specs and lockfile paths hold unchanged.
  const stagingRoot = path.join(opts.workDir, 'npm');
  const project = path.join(stagingRoot, found.dir);
  const root = path.join(opts.workDir, 'layer');
  await Promise.all([stagingRoot, root].map((dir) => rm(dir, { recursive: true, force: true })));
  const copied = await stage(staging, found, projectRoot, project, repoReal);

  const cpu = layer.architectures.length === 1 ? NODE_CPU[layer.architectures[0]] : undefined;
  // Lambda's Amazon Linux is glibc: prebuilt packages for musl (Alpine) would not load.
  const platform = ['--os=linux', ...(cpu ? [`--cpu=${cpu}`] : []), '--libc=glibc'];
  const args = ['ci', '--omit=dev', '--install-strategy=hoisted', '--ignore-scripts', ...platform, '--no-audit', '--no-fund'];
  await npm(
    layer,
    { args, cwd: project },
    `npm installed the production dependencies of ${layer.path} in a copy of the project pruned to them, with the ` +
      `runner's environment minus its tokens and credentials. Reproduce with \`npm ci --omit=dev\` in ` +
      `${found.dir === '.' ? 'the repository root' : found.dir}; if npm says the lockfile is out of sync, run ` +
      `\`npm install\` and commit ${found.lockfile}.`,
    opts,
  );
  await runInstallScripts(layer, installScriptPackages({ packages: staging.resolved }, found.layerKey), project, opts);

  // Optional packages for another platform are in the lockfile but not installed: they are no dependency here.
  const installed = Object.entries<any>(staging.resolved).filter(
    ([key, node]) => node.link === true || existsSync(path.join(project, key, 'package.json')),
  );
  const placements = placePackages(dependencyGraph(Object.fromEntries(installed), found.layerKey), found.layerKey);
  const stagingReal = await realpath(stagingRoot);
  const localDirs = [...new Set(placements.values())].filter((key) => copied.has(key));
  const local = await localFiles(layer, localDirs, { copied, project, stagingReal });

  const nodejs = path.join(root, 'nodejs');
  await mkdir(path.join(nodejs, 'node_modules'), { recursive: true });
  await Promise.all(
    [...placements].map(async ([spot, key]) => {
      const [from, to] = [path.join(project, key), path.join(nodejs, spot)];
      const files = local.get(key) ?? (await listFiles(from, stagingReal));
      await copyFiles(from, to, files, stagingReal);
      // The staged package.json was edited for npm; the layer gets the package's own.
      if (local.has(key)) await copyFiles(path.join(projectRoot, key), to, ['package.json'], repoReal);
    }),
  );
  opts.log.info(`${placements.size} packages in nodejs/node_modules, ${local.size} of them from the repository.`);
  return root;
}

/** Install scripts run for the packages `allowScripts` names, after an install that ran none; the rest are logged. */
async function runInstallScripts(layer: LayerConfig, scripted: string[], project: string, opts: BuildOptions) {
  const allowed = scripted.filter((name) => layer.allowScripts.includes(name));
  const skipped = scripted.filter((name) => !layer.allowScripts.includes(name));
  if (skipped.length > 0) {
    opts.log.info(
      `Install scripts not run (not in allowScripts): ${skipped.join(', ')}. Add a package to the layer's allowScripts ` +
        'in the configuration if it needs its script, to compile a native addon for example.',
    );
  }
  if (allowed.length === 0) return;
  await npm(
    layer,
    { args: ['rebuild', ...allowed], cwd: project },
    `It runs the install scripts of the packages allowScripts names (${allowed.join(', ')}); fix the failing script, or ` +
      'remove its package from allowScripts if the layer does not need what it builds.',
    opts,
  );
}

/** Writes the staging project; returns the files copied into each folder, relative to it. */
async function stage(staging: Staging, found: FoundProject, projectRoot: string, project: string, repoReal: string) {
  const copied = new Map<string, string[]>();
  for (const dir of staging.folders) {
    const files = await listFiles(path.join(projectRoot, dir), repoReal);
    await copyFiles(path.join(projectRoot, dir), path.join(project, dir), files, repoReal);
    copied.set(dir, files);
  }
  const extra = [...staging.tarballs, ...(existsSync(path.join(projectRoot, '.npmrc')) ? ['.npmrc'] : [])];
  await copyFiles(projectRoot, project, extra, repoReal);
  for (const [dir, manifest] of staging.manifests) {
    await mkdir(path.join(project, dir), { recursive: true });
    await writeFile(path.join(project, dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  await writeFile(path.join(project, found.lockfile), `${JSON.stringify(staging.lockfile, null, 2)}\n`);
  return copied;
}

/**
 * The files each local package (workspace or `file:` folder) brings into the layer: what `npm pack` takes, plus what
 * its install scripts made, as installing the packed package would leave it. package.json is copied on its own. A
 * package with a `build` script ships no test files: they are not among its fingerprinted build inputs (inputs.ts).
 */
export async function localFiles(
  layer: LayerConfig,
  dirs: string[],
  staged: { copied: Map<string, string[]>; project: string; stagingReal: string },
): Promise<Map<string, string[]>> {
  const { copied, project, stagingReal } = staged;
  const result = new Map<string, string[]>();
  for (const dir of dirs) {
    const from = path.join(project, dir);
    const manifest = JSON.parse(await readFile(path.join(from, 'package.json'), 'utf8'));
    const packed = await npmPackList(from, manifest).catch((error: Error) => {
      throw new BuildError(
        `Layer ${layer.key}: could not list the files \`npm pack\` would take from ${dir} (${error.message}); check its \`files\` field and .npmignore.`,
      );
    });
    const before = new Set(copied.get(dir));
    const made = (await listFiles(from, stagingReal)).filter((file) => !before.has(file));
    const built = typeof manifest.scripts?.build === 'string';
    const shipped = (file: string) => file !== 'package.json' && !file.startsWith('node_modules/') && !(built && isTestFile(file));
    result.set(dir, [...new Set([...packed, ...made])].filter(shipped).sort());
  }
  return result;
}

function npm(layer: LayerConfig, run: Pick<Command, 'args' | 'cwd' | 'level'>, hint: string, opts: BuildOptions) {
  return runCommand(layer, { file: 'npm', display: `npm ${run.args.join(' ')}`, hint, ...run }, opts);
}
