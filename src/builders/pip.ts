// What pip is asked for a python layer, and whether the wheels it installed run on every platform the layer declares.
// Pure: python.ts runs pip and reads the wheels.
import type { LayerConfig } from '../types';

/** A Lambda platform: Python version ('3.12') and Lambda architecture ('x86_64' | 'arm64'). */
export interface PythonTarget {
  version: string;
  arch: string;
}

export interface InstalledWheel {
  name: string;
  version: string;
  /** The `Tag:` lines of its WHEEL file, e.g. `cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64`. */
  tags: string[];
}

/** The wheel platform suffix of each Lambda architecture. */
const WHEEL_ARCH: Record<string, string> = { x86_64: 'x86_64', arm64: 'aarch64' };

/** Every (version, architecture) the layer runs on; without a python runtime, the host interpreter's version. */
export function pythonTargets(layer: LayerConfig, host: PythonTarget): PythonTarget[] {
  const declared = layer.runtimes.flatMap((r) => /^python(\d+\.\d+)$/.exec(r)?.[1] ?? []);
  const versions = declared.length > 0 ? [...new Set(declared)].sort((a, b) => minor(a) - minor(b)) : [host.version];
  return versions.flatMap((version) => layer.architectures.map((arch) => ({ version, arch })));
}

/**
 * Arguments of `python3 -m pip install` into `target`. On the layer's own platform pip installs as usual (building
 * sdists if it must); for another one it may only pick wheels, for the first target (the oldest Python, so `abi3`
 * wheels fit the newer ones too), and `unfitWheels` checks the result against the others.
 */
export function pipArgs(targets: PythonTarget[], host: PythonTarget, target: string): string[] {
  const args = [
    '-m', 'pip', 'install', '-r', 'requirements.txt', '--target', target,
    '--no-compile', '--disable-pip-version-check', '--no-input',
  ];
  const [first] = targets;
  if (targets.length === 1 && first.version === host.version && first.arch === host.arch) return args;
  const platforms = manylinuxPlatforms(first).flatMap((p) => ['--platform', p]);
  return [...args, '--only-binary=:all:', '--implementation', 'cp', '--python-version', first.version, ...platforms];
}

/**
 * The manylinux platforms Lambda's glibc runs, newest first: Amazon Linux 2023 (glibc 2.34) from python3.12,
 * Amazon Linux 2 (glibc 2.26) before. Both spellings of 2.17, as older wheels carry only `manylinux2014`.
 */
export function manylinuxPlatforms(target: PythonTarget): string[] {
  const arch = WHEEL_ARCH[target.arch];
  const glibc = minor(target.version) >= 12 ? 34 : 26;
  const platforms: string[] = [];
  for (let v = glibc; v >= 17; v--) platforms.push(`manylinux_2_${v}_${arch}`);
  return [...platforms, `manylinux2014_${arch}`];
}

/** `name version (tags)` of each wheel that does not run on every target. */
export function unfitWheels(wheels: InstalledWheel[], targets: PythonTarget[]): string[] {
  return wheels
    .filter((wheel) => !targets.every((target) => wheel.tags.some((tag) => tagFits(tag, target))))
    .map((wheel) => `${wheel.name} ${wheel.version} (${wheel.tags.join(', ')})`);
}

/** Whether a wheel tag (`interpreter-abi-platform`, each part possibly a dotted set) runs on the target. */
export function tagFits(tag: string, target: PythonTarget): boolean {
  const [interpreters, abis, platforms] = tag.split('-').map((part) => part.split('.'));
  const platformFits = platforms.some(
    (p) => p === 'any' || (/^(many)?linux/.test(p) && p.endsWith(`_${WHEEL_ARCH[target.arch]}`)),
  );
  return platformFits && interpreters.some((interpreter) => abis.some((abi) => pythonFits(interpreter, abi, minor(target.version))));
}

function pythonFits(interpreter: string, abi: string, targetMinor: number): boolean {
  const match = /^(py|cp)3(\d*)$/.exec(interpreter);
  if (!match) return false;
  const wheelMinor = match[2] === '' ? 0 : Number(match[2]);
  // Generic and stable-ABI wheels run on their version and later ones; others only on their own.
  if (match[1] === 'py' || abi === 'abi3') return wheelMinor <= targetMinor;
  return wheelMinor === targetMinor;
}

const minor = (version: string) => Number(version.split('.')[1]);
