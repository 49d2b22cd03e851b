// A python layer: requirements.txt installed by pip into python/ (on Lambda, /opt/python is on sys.path), for the
// layer's Python version and architectures, without bytecode and without what makes two installs differ.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LayerConfig } from '../types';
import { BuildError, runCommand, type BuildOptions } from './command';
import { pipArgs, pythonTargets, unfitWheels, type InstalledWheel, type PythonTarget } from './pip';

const HOST_PROBE = "import platform, sys; print('%d.%d' % sys.version_info[:2], platform.machine())";
/** platform.machine() -> Lambda architecture. */
const LAMBDA_ARCH: Record<string, string> = { x86_64: 'x86_64', AMD64: 'x86_64', aarch64: 'arm64', arm64: 'arm64' };

export async function buildPython(layer: LayerConfig, opts: BuildOptions): Promise<string> {
  const cwd = path.join(opts.repoRoot, layer.path);
  const root = path.join(opts.workDir, 'layer');
  const target = path.join(root, 'python');
  await rm(root, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const probe = await runCommand(
    layer,
    {
      file: 'python3',
      args: ['-c', HOST_PROBE],
      cwd,
      display: 'python3 -c <version probe>',
      hint: 'Install Python 3 on the runner (for example with actions/setup-python) before this step.',
      level: 'debug',
    },
    opts,
  );
  const [version, machine] = probe.stdout.trim().split(' ');
  const host: PythonTarget = { version, arch: LAMBDA_ARCH[machine] ?? machine };
  const targets = pythonTargets(layer, host);

  const args = pipArgs(targets, host, target);
  await runCommand(
    layer,
    {
      file: 'python3',
      args,
      cwd,
      display: `python3 ${args.join(' ')}`,
      hint:
        `Run the same command in ${layer.path} to reproduce. For another architecture or Python version than the ` +
        `runner's (here ${host.arch}, Python ${host.version}), pip may only use wheels: pin versions that publish ` +
        `manylinux wheels for ${targets[0].arch} and Python ${targets[0].version}.`,
    },
    opts,
  );

  const unfit = unfitWheels(await installedWheels(target), targets);
  if (unfit.length > 0) {
    const platforms = targets.map((t) => `${t.arch}/python${t.version}`).join(', ');
    throw new BuildError(
      `Layer ${layer.key} runs on ${platforms}, but these packages are built for only some of them: ${unfit.join('; ')}. ` +
        `Declare one layer per architecture and Python version (each with one entry in \`architectures\` and ` +
        `\`runtimes\`), or use pure-Python packages.`,
    );
  }
  await removeVariance(target);
  return root;
}

async function installedWheels(target: string): Promise<InstalledWheel[]> {
  const wheels: InstalledWheel[] = [];
  for (const entry of (await readdir(target)).filter((name) => name.endsWith('.dist-info')).sort()) {
    const text = await readFile(path.join(target, entry, 'WHEEL'), 'utf8').catch(() => '');
    const [name, version] = entry.slice(0, -'.dist-info'.length).split('-');
    wheels.push({ name, version, tags: [...text.matchAll(/^Tag:\s*(\S+)/gm)].map((m) => m[1]) });
  }
  return wheels;
}

/**
 * Bytecode (timestamps) goes, and so does direct_url.json, which pip writes for requirements given as a path or URL
 * with the absolute location: the same layer built from another folder would differ.
 */
async function removeVariance(target: string): Promise<void> {
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  const caches = entries.filter((e) => e.isDirectory() && e.name === '__pycache__').map((e) => path.join(e.parentPath, e.name));
  await Promise.all(caches.map((dir) => rm(dir, { recursive: true, force: true })));
  for (const entry of entries.filter((e) => e.isFile() && e.name === 'direct_url.json' && e.parentPath.endsWith('.dist-info'))) {
    const distInfo = entry.parentPath;
    await rm(path.join(distInfo, entry.name));
    const record = path.join(distInfo, 'RECORD');
    const listed = `${path.basename(distInfo)}/direct_url.json,`;
    const lines = (await readFile(record, 'utf8')).split('\n');
    await writeFile(record, lines.filter((line) => !line.startsWith(listed)).join('\n'));
  }
}
