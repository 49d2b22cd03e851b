// The package stage: the built folder, less what `slim` drops, becomes a reproducible zip, checked before anything is
// uploaded (sizes, the bootstrap of runtime layers, the optional smoke test). Every failure is thrown with what to do
// about it.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Exec } from '../adapters/exec';
import type { LayerConfig, Logger, ZipInfo } from '../types';
import { checkBootstrap, executableBootstrap, inspectBootstrap, interpreterWarning, type BootstrapFacts } from './bootstrap';
import { contentProblems, zipProblems } from './limits';
import { slimmedLine, slimTree } from './slim';
import { smokeTest } from './smoke-test';
import { isInside } from '../paths';
import { TreeError, walkTree } from './walk';
import { writeZip } from './zip';

export interface PackageOptions {
  repoRoot: string;
  /** Where to write the zip. Its folder is the layer's work folder, where builds may stage the zip root too. */
  zipPath: string;
  /** The `s3-bucket` input: zips over 50 MB need it. */
  s3Bucket?: string;
  exec: Exec;
  log: Logger;
}

export async function packageLayer(layer: LayerConfig, root: string, opts: PackageOptions): Promise<ZipInfo> {
  refuseEnclosing(layer, root, opts.repoRoot);
  let entries = walkTree(root, { repoRoot: opts.repoRoot, allowed: [opts.repoRoot, path.dirname(opts.zipPath)] });
  if (layer.slim.length > 0) {
    const slimmed = slimTree(entries, layer.slim, layer.type);
    opts.log.info(slimmedLine(slimmed, layer.slim));
    entries = slimmed.kept;
  }
  fail(contentProblems(entries.length, entries.reduce((sum, e) => sum + (e.type === 'file' ? e.size : 0), 0)));
  let bootstrap: BootstrapFacts | undefined;
  if (layer.type === 'runtime') {
    const executable = executableBootstrap(entries, opts.repoRoot);
    if (executable.warning) opts.log.warning(executable.warning);
    entries = executable.entries;
    bootstrap = inspectBootstrap(entries);
    fail(checkBootstrap(bootstrap, layer.architectures));
    const interpreter = interpreterWarning(bootstrap, layer.runtimes, entries);
    if (interpreter) opts.log.warning(interpreter);
  }
  const zip = await writeZip(entries, opts.zipPath);
  fail(zipProblems(zip.size, opts.s3Bucket));
  if (bootstrap && layer.smokeTest) await smokeTest(layer, layer.smokeTest, { ...opts, bootstrap });
  return zip;
}

/**
 * An output that is the repository root, or a folder above the layer's (a build's `out -> ../..`), would put .git
 * data, other layers and everything else of the checkout in the zip.
 */
function refuseEnclosing(layer: LayerConfig, root: string, repoRoot: string): void {
  const real = resolved(root);
  if (!real) return; // walkTree says what is missing.
  const repo = realpathSync(repoRoot);
  const layerDir = resolved(path.join(repoRoot, layer.path)) ?? path.join(repo, layer.path);
  const why = isInside(real, repo)
    ? real === repo
      ? 'the repository root'
      : 'which contains the repository'
    : isInside(real, layerDir) && real !== layerDir
      ? `which contains the layer folder ${layer.path}`
      : undefined;
  if (!why) return;
  const output = layer.output ? path.posix.join(layer.path, layer.output) : root;
  throw new TreeError(
    `The output folder ${output} of layer ${layer.key} resolves to ${real}, ${why}: nothing of it was packaged. ` +
      `Make the build write a real folder instead of a link, and point 'output' at the folder the build writes the ` +
      `layer's files to.`,
  );
}

function resolved(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

function fail(problems: string[]): void {
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
