// The repository most action tests run on: custom layers whose build copies a file of theirs into out/ (so a
// layer's content is that file's), and the functions that use them.
import type { FileContent } from './repo';

export interface CustomLayer {
  /** The layer's file, relative to layers/<key>. */
  file: string;
  content: FileContent;
  /** The build command; copying `file` into out/ by default. */
  build?: string;
  /** YAML lines added to the layer's entry (`    shareWith: [...]\n`). */
  extra?: string;
}

export interface CustomRepo {
  layers: Record<string, CustomLayer>;
  /** Function names and the layer keys each uses. */
  functions?: Record<string, string[]>;
  regions?: string[];
  /** Top-level YAML added after `regions` (`ssm:` and the like). */
  extra?: string;
}

/** lambda-layers.yml of the layers (prefix `t-`), in the shape tests edit with `replace`. */
export function customConfig({ layers, functions, regions = ['us-east-1'], extra = '' }: CustomRepo): string {
  const layer = ([key, { file, build, extra = '' }]: [string, CustomLayer]) =>
    `  ${key}:\n    type: custom\n    path: layers/${key}\n    build: ${build ?? `mkdir -p out && cp ${file} out/`}\n    output: out\n${extra}`;
  const uses = functions ? `functions:\n${Object.entries(functions).map(([name, keys]) => `  ${name}:\n    layers: [${keys.join(', ')}]\n`).join('')}` : '';
  return `version: 1\nlayerPrefix: t-\nregions: [${regions.join(', ')}]\n${extra}layers:\n${Object.entries(layers).map(layer).join('')}${uses}`;
}

/** The files of a repository of that configuration, for createRepo: out/ ignored, the config, each layer's file. */
export function customRepo(repo: CustomRepo): Record<string, FileContent> {
  return {
    '.gitignore': 'out/\n',
    'lambda-layers.yml': customConfig(repo),
    ...Object.fromEntries(Object.entries(repo.layers).map(([key, { file, content }]) => [`layers/${key}/${file}`, content])),
  };
}

/** One layer, `util` (published as t-util), whose zip holds layers/util/lib.txt. */
export const UTIL = { file: 'lib.txt', content: 'v1\n' } satisfies CustomLayer;

/** Two layers, `tools` and `util`, used by the functions `api` (both) and `worker` (util). */
export const TWO_LAYERS = {
  layers: { tools: { file: 'tool.txt', content: 'tool v1\n' }, util: UTIL },
  functions: { api: ['tools', 'util'], worker: ['util'] },
} satisfies CustomRepo;
