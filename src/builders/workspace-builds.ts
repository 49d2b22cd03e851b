// Workspace packages are built before a layer takes their files: a TypeScript package publishes `lib/`, which is
// gitignored and made by its `build` script. Builds run in the checkout, as a CI step before the action would run
// them, because they need the package's devDependencies (`tsc`): when the project has no node_modules yet, it gets
// `npm ci --ignore-scripts` (or the project's package manager's equivalent) there first. Each package is built once
// per run, however many layers include it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildDependencies, packageAt, type WorkspaceGraph } from '../detect/workspaces';
import type { LayerConfig } from '../types';
import { runCommand, type BuildOptions } from './command';

/**
 * The workspace folders (relative to the project) to build for a layer whose production closure holds the workspace
 * folders `closure`: those with a `build` script among them and the workspace packages they depend on in any way (a
 * build may need its devDependencies' and peers' builds too), dependencies first.
 */
export function buildOrder(graph: WorkspaceGraph, closure: readonly string[]): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (dir: string) => {
    const pkg = packageAt(graph, dir);
    if (!pkg || seen.has(dir)) return;
    seen.add(dir);
    for (const dependency of buildDependencies(graph, pkg)) visit(dependency.dir);
    if (typeof pkg.manifest.scripts?.build === 'string') order.push(dir);
  };
  for (const dir of [...closure].sort()) visit(dir);
  return order;
}

/** The package manager that installs the checkout and runs the builds: `<file> <...install>`, then `<file> run build`. */
export interface WorkspaceTool {
  file: string;
  install: string[];
  /** Added to the build's environment for both commands (yarn 2+ takes its settings from YARN_* variables). */
  env?: Record<string, string>;
}

const NPM: WorkspaceTool = { file: 'npm', install: ['ci', '--ignore-scripts', '--no-audit', '--no-fund'] };

/**
 * Runs `<tool> run build` in each of `dirs` (relative to `projectRoot`) in order, through the run's memo so that a
 * package shared by several layers is built once, and a failed build fails each of them with its error.
 */
export async function buildWorkspaces(
  layer: LayerConfig,
  projectRoot: string,
  dirs: readonly string[],
  opts: BuildOptions,
  tool: WorkspaceTool = NPM,
): Promise<void> {
  if (dirs.length === 0) return;
  const commandOpts = { ...opts, env: { ...opts.env, ...tool.env } };
  const memo = opts.workspaceBuilds ?? new Map<string, Promise<void>>();
  const once = (key: string, run: () => Promise<unknown>) => {
    let pending = memo.get(key);
    if (!pending) memo.set(key, (pending = run().then(() => undefined)));
    return pending;
  };
  const where = path.relative(opts.repoRoot, projectRoot) || 'the repository root';
  await once(`${projectRoot}\0install`, async () => {
    if (existsSync(path.join(projectRoot, 'node_modules'))) return;
    await runCommand(
      layer,
      {
        file: tool.file,
        args: tool.install,
        cwd: projectRoot,
        display: [tool.file, ...tool.install].join(' '),
        hint:
          `It installs the devDependencies that the workspace packages' \`build\` scripts need, in ${where}. Install them ` +
          'in a workflow step before this one instead (then node_modules exists and is used as it is), or fix the lockfile ' +
          `as ${tool.file} says.`,
      },
      commandOpts,
    );
  });
  for (const dir of dirs) {
    await once(`${projectRoot}\0${dir}`, () =>
      runCommand(
        layer,
        {
          file: tool.file,
          args: ['run', 'build'],
          cwd: path.join(projectRoot, dir),
          display: `${tool.file} run build`,
          hint: `The layer includes the workspace package in ${dir}, whose \`build\` script makes the files it ships; fix the build (it runs in the checkout, after its workspace dependencies are built).`,
        },
        commandOpts,
      ),
    );
  }
}
