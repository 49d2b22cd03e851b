// The build stage: one builder per layer type, each leaving the folder whose content becomes the zip's root.
import { mkdir } from 'node:fs/promises';
import type { LayerConfig } from '../types';
import type { BuildOptions } from './command';
import { buildNodejs } from './nodejs';
import { buildPython } from './python';
import { buildRuby } from './ruby';
import { buildScript } from './script';

export { BuildError, type BuildOptions } from './command';

const BUILDERS = { nodejs: buildNodejs, python: buildPython, runtime: buildScript, custom: buildScript, ruby: buildRuby };

export async function buildLayer(layer: LayerConfig, opts: BuildOptions): Promise<{ root: string }> {
  await mkdir(opts.workDir, { recursive: true });
  // timeoutMinutes bounds the whole build, however many commands it takes.
  return { root: await BUILDERS[layer.type](layer, { ...opts, deadline: Date.now() + layer.timeoutMinutes * 60_000 }) };
}
