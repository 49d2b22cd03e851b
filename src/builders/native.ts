// Native addons (`*.node`) in a nodejs layer are shared libraries Node loads with dlopen: like a runtime's bootstrap,
// they must be Linux ELF files for the machine the layer declares, or the function fails when it first requires them.
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { elfArchitecture, elfMachine } from '../packaging/bootstrap';

/**
 * One problem sentence per `.node` file below `nodeModules` that cannot load on every one of `architectures`; files
 * `dropped` leaves out of the zip (prebuilt binaries for other platforms, say) are not checked.
 */
export async function nativeAddonProblems(nodeModules: string, architectures: readonly string[], dropped: (file: string) => unknown = () => false): Promise<string[]> {
  const files = (await readdir(nodeModules, { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.node'))
    .map((entry) => path.relative(nodeModules, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !dropped(file))
    .sort();
  const problems: string[] = [];
  for (const file of files) {
    const handle = await open(path.join(nodeModules, file), 'r');
    const head = Buffer.alloc(20);
    try {
      await handle.read(head, 0, head.length, 0);
    } finally {
      await handle.close();
    }
    const machine = elfMachine(head);
    const arch = machine === undefined ? undefined : elfArchitecture(machine);
    const shown = `${packageOf(file)} (node_modules/${file})`;
    const fix =
      `Install it for ${architectures.join(' and ')} Linux: keep its prebuilt platform packages in the lockfile ` +
      '(npm picks them by --cpu/--os), or build it from source on a runner of that architecture';
    if (machine === undefined) {
      problems.push(`${shown} is a native addon but not a Linux ELF binary, so Lambda cannot load it. ${fix}.`);
    } else if (arch === undefined) {
      problems.push(`${shown} is a native addon for ELF machine ${machine}, which Lambda does not run. ${fix}.`);
    } else if (architectures.length > 1 || !architectures.includes(arch)) {
      const also = architectures.length > 1 ? ', and one binary runs on one architecture' : '';
      problems.push(`${shown} is a native addon built for ${arch}, but the layer declares ${architectures.join(' and ')}${also}. ${fix}, or set architectures: [${arch}].`);
    }
  }
  return problems;
}

/** The package a file below node_modules belongs to: the name after its last `node_modules/`. */
function packageOf(file: string): string {
  const parts = file.split('/node_modules/').at(-1)!.split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}
