// The package stage: the built folder becomes a reproducible zip, checked before anything is uploaded (sizes, the
// bootstrap of runtime layers, the optional smoke test). Every failure is thrown with what to do about it.
import path from 'node:path';
import type { Exec } from '../adapters/exec';
import type { LayerConfig, Logger, ZipInfo } from '../types';
import { checkBootstrap, executableBootstrap, inspectBootstrap, type BootstrapFacts } from './bootstrap';
import { contentProblems, zipProblems } from './limits';
import { smokeTest } from './smoke-test';
import { walkTree } from './walk';
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
  let entries = walkTree(root, { repoRoot: opts.repoRoot, allowed: [opts.repoRoot, path.dirname(opts.zipPath)] });
  fail(contentProblems(entries.length, entries.reduce((sum, e) => sum + (e.type === 'file' ? e.size : 0), 0)));
  let bootstrap: BootstrapFacts | undefined;
  if (layer.type === 'runtime') {
    const executable = executableBootstrap(entries, opts.repoRoot);
    if (executable.warning) opts.log.warning(executable.warning);
    entries = executable.entries;
    bootstrap = inspectBootstrap(entries);
    fail(checkBootstrap(bootstrap, layer.architectures));
  }
  const zip = await writeZip(entries, opts.zipPath);
  fail(zipProblems(zip.size, opts.s3Bucket));
  if (bootstrap && layer.smokeTest) await smokeTest(layer, layer.smokeTest, { ...opts, bootstrap });
  return zip;
}

function fail(problems: string[]): void {
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
