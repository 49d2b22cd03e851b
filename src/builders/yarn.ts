// A nodejs layer of a yarn workspace, yarn 1 (classic) or yarn 2+ (berry) as the `packageManager` field says (the
// lockfile's format when there is none). Classic: `yarn install --frozen-lockfile --production --ignore-scripts`,
// every platform's optional packages kept and the layer's picked when read out. Berry: `yarn install --immutable`
// as CI runs it, with the node-modules linker, scripts off and `supportedArchitectures` set to Lambda's platform; only
// the layer's production closure is read out of the installed tree.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { parseLockfile } from '../detect/lockfiles';
import { classicRange, type YarnLock } from '../detect/lockfiles/yarn';
import { readJson } from '../detect/workspaces';
import type { LayerConfig } from '../types';
import { BuildError, runCommand, type BuildOptions, type Command } from './command';
import { layerFromInstall, NODE_CPU, requireTool, stageProject, toolVersion, type NodeLockfile, type StagedProject } from './installed';

const COREPACK = 'Add `corepack enable` before this step, so that the `packageManager` field of package.json picks yarn';

/**
 * yarn 2+'s settings for its installs (the checkout's and the layer's): scripts off, with `--mode=skip-build` too, as
 * enableScripts=false leaves the workspaces' own postinstall scripts on; the node-modules linker.
 */
const BERRY_ENV = { YARN_ENABLE_SCRIPTS: 'false', YARN_NODE_LINKER: 'node-modules', YARN_ENABLE_TELEMETRY: '0', YARN_ENABLE_PROGRESS_BARS: 'false' };

export async function installYarn(layer: LayerConfig, lockfile: NodeLockfile, opts: BuildOptions): Promise<string> {
  // Read in the checkout (where yarnPath and corepack apply as in the staged copy): the workspace builds use this yarn.
  const checkout = path.join(opts.repoRoot, lockfile.dir);
  const text = await readFile(path.join(checkout, lockfile.name), 'utf8');
  const packageManager = String(readJson(checkout, 'package.json')?.packageManager ?? '');
  const wanted = /^yarn@(\d+)\./.exec(packageManager);
  const berry = wanted ? Number(wanted[1]) >= 2 : /^__metadata:/m.test(text);
  const missing = `${COREPACK} (or commit the yarn release and set yarnPath in .yarnrc.yml).`;
  const release = berry ? await pinnedRelease(checkout) : undefined;
  let version: string;
  if (release) {
    // Any yarn 1.22+ or 2+ hands over to the pinned release: starting yarn twice to ask its version (a second of CPU)
    // would tell nothing more.
    await requireTool(layer, 'yarn', checkout, missing, opts);
    version = /yarn-(\d+\.\d+\.\d+[^/]*)\.c?js$/.exec(release)?.[1] ?? `(${release})`;
  } else {
    version = await toolVersion(layer, 'yarn', checkout, missing, opts);
    if (berry !== Number.parseInt(version, 10) >= 2) {
      const needs = wanted ? `package.json says "packageManager": "${packageManager}"` : `${lockfile.file} is a yarn ${berry ? '2+' : '1'} lockfile`;
      throw new BuildError(
        `Layer ${layer.key}: ${needs}, but \`yarn\` here is ${version}. ${COREPACK}${berry ? ', or commit the yarn release and set yarnPath in .yarnrc.yml' : ''}.`,
      );
    }
  }
  const tool = berry
    ? { file: 'yarn', install: ['install', '--immutable', '--mode=skip-build'], env: BERRY_ENV }
    : { file: 'yarn', install: ['install', '--frozen-lockfile', '--ignore-scripts', '--non-interactive', '--no-progress'] };
  const staged = await stageProject(opts.repoRoot, lockfile, layer.path, path.join(opts.workDir, 'yarn'), { layer, opts, tool });
  const fix = `If yarn says the lockfile would change, run \`yarn install\` and commit ${lockfile.file}.`;
  const run = (args: string[], cwd: string, env: Record<string, string> = {}) =>
    yarn(layer, { args, cwd, hint: `yarn ${version} installed the production dependencies of ${layer.path} in a copy of the project. ${fix}` }, { ...opts, env: { ...opts.env, ...env } });

  if (!berry) {
    assertLocked(await readLock(lockfile.file, text), staged, lockfile.file);
    await run(['install', '--frozen-lockfile', '--production', '--ignore-scripts', '--ignore-platform', '--non-interactive', '--no-progress'], staged.project);
  } else {
    await writeArchitectures(staged.project, layer.architectures);
    // `yarn workspaces focus --production` would install less, but it does not check the lockfile: CI's install does.
    await run(['install', '--immutable', '--mode=skip-build'], staged.project, BERRY_ENV);
  }
  return layerFromInstall(layer, staged, opts, { publishConfig: berry });
}

/** The yarn release .yarnrc.yml pins with yarnPath; undefined without one (or when yarn would refuse the file itself). */
async function pinnedRelease(checkout: string): Promise<string | undefined> {
  const text = await readFile(path.join(checkout, '.yarnrc.yml'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const yarnPath = (parseYaml(text) as { yarnPath?: unknown } | null)?.yarnPath;
    return typeof yarnPath === 'string' && yarnPath ? yarnPath : undefined;
  } catch {
    return undefined;
  }
}

async function readLock(file: string, text: string): Promise<YarnLock> {
  try {
    return (await parseLockfile(file, text)) as YarnLock;
  } catch (error) {
    throw new BuildError(`${(error as Error).message}; run \`yarn install\` and commit ${file}.`);
  }
}

/**
 * yarn 1's `--frozen-lockfile` lets a workspace dependency missing from yarn.lock through and installs whatever the
 * registry serves (yarnpkg/yarn#5840); the layer would not be what was locked, so that is refused here.
 */
function assertLocked(lock: YarnLock, staged: StagedProject, file: string): void {
  for (const dir of [...staged.copied.keys()].sort()) {
    const manifest = readJson(staged.project, path.posix.join(dir || '.', 'package.json')) ?? {};
    for (const field of ['dependencies', 'optionalDependencies']) {
      for (const [name, range] of Object.entries<string>(manifest[field] ?? {})) {
        if (staged.workspaces.has(name) || /^(link|portal):/.test(range) || lock.entries[`${name}@${classicRange(range, dir)}`]) continue;
        throw new BuildError(
          `${file} has no entry for ${name}@${range} (${field} of ${path.posix.join(dir || '.', 'package.json')}), and yarn 1 ` +
            `would install it unlocked: run \`yarn install\` and commit ${file}.`,
        );
      }
    }
  }
}

/** The staged .yarnrc.yml with Lambda's platform as the only one whose optional packages are fetched. */
async function writeArchitectures(project: string, architectures: string[]): Promise<void> {
  const file = path.join(project, '.yarnrc.yml');
  const rc = parseYaml(await readFile(file, 'utf8').catch(() => '')) ?? {};
  rc.supportedArchitectures = { os: ['linux'], cpu: architectures.map((a) => NODE_CPU[a]), libc: ['glibc'] };
  await writeFile(file, stringifyYaml(rc));
}

function yarn(layer: LayerConfig, run: Pick<Command, 'args' | 'cwd' | 'hint'>, opts: BuildOptions) {
  return runCommand(layer, { file: 'yarn', display: `yarn ${run.args.join(' ')}`, ...run }, opts);
}
