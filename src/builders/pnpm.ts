// A nodejs layer of a pnpm workspace: `pnpm install --frozen-lockfile --prod` of the layer and its workspace
// dependencies (`--filter <layer>...`) in the staged project, for Lambda's platform (`--os/--cpu/--libc`), with
// install scripts off; the layer is then read out of the installed tree (installed.ts).
import path from 'node:path';
import type { LayerConfig } from '../types';
import { runCommand, type BuildOptions } from './command';
import { layerFromInstall, NODE_CPU, requireTool, stageProject, type NodeLockfile } from './installed';

/** The checkout's install for the workspace builds, as CI runs it. */
const PNPM = { file: 'pnpm', install: ['install', '--frozen-lockfile', '--ignore-scripts', '--reporter=append-only'] };

export async function installPnpm(layer: LayerConfig, lockfile: NodeLockfile, opts: BuildOptions): Promise<string> {
  // Before the workspace builds use it, in the checkout.
  await requireTool(
    layer,
    'pnpm',
    path.join(opts.repoRoot, lockfile.dir),
    'Add `pnpm/action-setup` before this step (or `corepack enable`, which reads the `packageManager` field of package.json).',
    opts,
  );
  const staged = await stageProject(opts.repoRoot, lockfile, layer.path, path.join(opts.workDir, 'pnpm'), { layer, opts, tool: PNPM });
  const filter = staged.layerKey === '' ? [] : ['--filter', `${staged.manifest.name ?? `{./${staged.layerKey}}`}...`];
  const platform = ['--os=linux', ...layer.architectures.map((a) => `--cpu=${NODE_CPU[a]}`), '--libc=glibc'];
  const args = ['install', '--frozen-lockfile', '--prod', '--ignore-scripts', '--reporter=append-only', ...platform, ...filter];
  await runCommand(
    layer,
    {
      file: 'pnpm',
      args,
      cwd: staged.project,
      display: `pnpm ${args.join(' ')}`,
      hint:
        `pnpm installed the production dependencies of ${layer.path} in a copy of the project, with the runner's ` +
        `environment minus its tokens and credentials. If pnpm says the lockfile is not up to date, run \`pnpm install\` ` +
        `and commit ${lockfile.file}.`,
    },
    opts,
  );
  return layerFromInstall(layer, staged, opts, { publishConfig: true });
}
