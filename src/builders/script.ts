// runtime and custom layers: the user's `build` command, run with bash in the layer's folder like a workflow `run:`
// step, and its `output` folder as the layer's content.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LayerConfig } from '../types';
import { BuildError, runCommand, type BuildOptions } from './command';
import { isInside } from '../paths';

export async function buildScript(layer: LayerConfig, opts: BuildOptions): Promise<string> {
  if (!layer.build || !layer.output) {
    throw new BuildError(`Layer ${layer.key} has type '${layer.type}': give it both \`build\` and \`output\` in its configuration.`);
  }
  const cwd = path.join(opts.repoRoot, layer.path);
  await runCommand(
    layer,
    {
      file: 'bash',
      args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', layer.build],
      cwd,
      display: layer.build,
      hint:
        `Fix the command or what it builds; it runs with bash -eo pipefail in ${layer.path}, with the runner's ` +
        `environment minus its tokens and credentials.`,
    },
    opts,
  );

  const output = path.posix.join(layer.path, layer.output);
  let real: string;
  try {
    real = await realpath(path.join(opts.repoRoot, output));
  } catch {
    throw new BuildError(
      `The build of layer ${layer.key} finished, but its output folder ${output} does not exist. Make \`${layer.build}\` ` +
        `write the layer's files there, or set \`output\` to the folder it writes (relative to ${layer.path}).`,
    );
  }
  if (!isInside(await realpath(opts.repoRoot), real)) {
    throw new BuildError(
      `The output folder ${output} of layer ${layer.key} resolves to ${real}, outside the repository; layers only take ` +
        `files from inside it, so make the build write a real folder there instead of a link.`,
    );
  }
  if (!(await stat(real)).isDirectory()) {
    throw new BuildError(
      `The output ${output} of layer ${layer.key} is a file, not a folder; point \`output\` at the folder that holds ` +
        "the layer's files.",
    );
  }
  return real;
}
