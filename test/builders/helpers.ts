import { execFileSync } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { BuildError } from '../../src/builders';

/** The message of the BuildError a build fails with. */
export async function buildError(build: Promise<unknown>): Promise<string> {
  const error = await build.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(BuildError);
  return (error as Error).message;
}

/** The files below `dir`, relative and sorted; throws on a symlink, which a layer must not hold. */
export async function filesIn(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of (await readdir(dir, { recursive: true })).sort()) {
    const info = await lstat(path.join(dir, entry));
    if (info.isSymbolicLink()) throw new Error(`${entry} is a symlink`);
    if (info.isFile()) files.push(entry);
  }
  return files;
}

/** The files below `dir` with their bytes, for comparing two builds. */
export async function snapshot(dir: string): Promise<[string, string][]> {
  return Promise.all((await filesIn(dir)).map(async (file) => [file, await readFile(path.join(dir, file), 'latin1')] as [string, string]));
}

const WHEEL_SCRIPT = `
import json, sys, zipfile
for path, name, version, tag, files in json.loads(sys.argv[1]):
    dist = f"{name}-{version}.dist-info"
    with zipfile.ZipFile(path, "w") as z:
        for file, content in files.items():
            z.writestr(file, content)
        z.writestr(f"{dist}/METADATA", f"Metadata-Version: 2.1\\nName: {name}\\nVersion: {version}\\n")
        z.writestr(f"{dist}/WHEEL", f"Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: {tag}\\n")
        z.writestr(f"{dist}/RECORD", "")
`;

export type Wheel = [name: string, version: string, tag: string, files: Record<string, string>];

/** Writes each wheel as `<dir>/<name>-<version>-<tag>.whl`, with one python3. */
export function writeWheels(dir: string, wheels: Wheel[]): void {
  const args = wheels.map(([name, version, tag, files]) => [path.join(dir, `${name}-${version}-${tag}.whl`), name, version, tag, files]);
  execFileSync('python3', ['-c', WHEEL_SCRIPT, JSON.stringify(args)]);
}

export interface GemSource {
  name: string;
  version: string;
  files: Record<string, string | Buffer>;
  deps?: Record<string, string>;
}

/** `gem build` of a gem made of `files`, written to `cacheDir`. */
export async function buildGem(scratch: string, cacheDir: string, gem: GemSource): Promise<void> {
  const dir = path.join(scratch, `${gem.name}-${gem.version}`);
  for (const [file, content] of Object.entries(gem.files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  const deps = Object.entries(gem.deps ?? {}).map(([name, req]) => `  s.add_dependency ${JSON.stringify(name)}, ${JSON.stringify(req)}\n`);
  await writeFile(
    path.join(dir, `${gem.name}.gemspec`),
    `Gem::Specification.new do |s|\n  s.name = ${JSON.stringify(gem.name)}\n  s.version = ${JSON.stringify(gem.version)}\n` +
      `  s.summary = "test gem"\n  s.authors = ["test"]\n  s.date = "2024-01-01"\n  s.files = ${JSON.stringify(Object.keys(gem.files))}\n${deps.join('')}end\n`,
  );
  execFileSync('gem', ['build', `${gem.name}.gemspec`, '-o', path.join(cacheDir, `${gem.name}-${gem.version}.gem`)], { cwd: dir, stdio: 'pipe' });
}
