// Real pip, offline: the wheels are written by the test (a wheel is a zip with a .dist-info folder).
import { execFileSync } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processExec } from '../../src/adapters/exec';
import { buildLayer } from '../../src/builders';
import { commandEnv } from '../../src/builders/env';
import type { LayerConfig } from '../../src/types';
import { layer } from '../detect/fixture';
import { memoryLogger } from '../support/logger';
import { cleanupRepos, createRepo, tempDir, type TempRepo } from '../support/repo';
import { buildError, filesIn, snapshot, writeWheels, type Wheel } from './helpers';

const [hostVersion, hostMachine] = execFileSync('python3', ['-c', "import platform, sys; print('%d.%d' % sys.version_info[:2], platform.machine())"], { encoding: 'utf8' })
  .trim()
  .split(' ');
const hostArch = hostMachine === 'aarch64' ? 'arm64' : 'x86_64';
const otherArch = hostArch === 'arm64' ? 'x86_64' : 'arm64';
const wheelArch = (arch: string) => (arch === 'arm64' ? 'aarch64' : 'x86_64');

const WHEELS: Wheel[] = [
  ['purepkg', '1.0', 'py3-none-any', { 'purepkg/__init__.py': 'VALUE = 1\n' }],
  [
    'clitool',
    '1.0',
    'py3-none-any',
    { 'clitool/__init__.py': 'def main():\n    print("hi")\n', 'clitool-1.0.dist-info/entry_points.txt': '[console_scripts]\nclitool = clitool:main\n' },
  ],
  ...['x86_64', 'arm64'].map((arch): Wheel => ['native', '1.0', `cp312-cp312-manylinux2014_${wheelArch(arch)}`, { 'native/__init__.py': `ARCH = "${wheelArch(arch)}"\n` }]),
];

/** The wheels, written once for the file (each repository gets a copy: pip only reads them). */
let wheelsOnce: Promise<string> | undefined;
const wheels = () =>
  (wheelsOnce ??= tempDir('lla-wheels-').then((dir) => {
    writeWheels(dir, WHEELS);
    return dir;
  }));

/** A repository with a python layer whose requirements come from wheels in the repository. */
async function pythonRepo(requirements: string): Promise<TempRepo> {
  const repo = await createRepo({ files: { 'layers/py/requirements.txt': requirements, 'layers/py/wheels/.keep': '' } });
  await cp(await wheels(), path.join(repo.dir, 'layers/py/wheels'), { recursive: true });
  repo.commit('python layer');
  return repo;
}

async function build(repo: TempRepo, extra: Partial<LayerConfig>) {
  const log = memoryLogger();
  const py = layer('py', 'python', 'layers/py', extra);
  const env = { ...commandEnv(process.env), PIP_NO_CACHE_DIR: '1' };
  const { root } = await buildLayer(py, { repoRoot: repo.dir, workDir: await tempDir('lla-work-'), exec: processExec, env, log });
  return { root, log };
}

afterAll(cleanupRepos);

const OFFLINE = '--no-index\n--find-links wheels\n';

describe('python layer', () => {
  let repo: TempRepo;
  let root: string;
  let log: ReturnType<typeof memoryLogger>;
  beforeAll(async () => {
    repo = await pythonRepo(`${OFFLINE}purepkg==1.0\n./wheels/clitool-1.0-py3-none-any.whl\n`);
    ({ root, log } = await build(repo, { runtimes: [`python${hostVersion}`], architectures: [hostArch] }));
  });

  it('installs requirements.txt into python/, honouring its pip options, without bytecode', async () => {
    const files = await filesIn(root);
    expect(files).toContain('python/purepkg/__init__.py');
    expect(files).toContain('python/clitool/__init__.py');
    expect(files.filter((f) => f.includes('__pycache__') || f.endsWith('.pyc'))).toEqual([]);
    expect(log.text('info')).toContain('Successfully installed clitool-1.0 purepkg-1.0');
  });

  it('gives the same files, byte for byte, from another checkout folder', async () => {
    const other = await pythonRepo(`${OFFLINE}purepkg==1.0\n./wheels/clitool-1.0-py3-none-any.whl\n`);
    const again = await build(other, { runtimes: [`python${hostVersion}`], architectures: [hostArch] });
    expect(await snapshot(again.root)).toEqual(await snapshot(root));
    // pip records a path requirement's absolute location; that file goes, and so does its RECORD line.
    expect((await snapshot(root)).find(([file]) => file.endsWith('clitool-1.0.dist-info/RECORD'))![1]).not.toContain('direct_url.json');
    expect(repo.git('status', '--porcelain', '--ignored')).toBe('');
  });
});

describe('python layer for another platform', () => {
  it(`picks the ${otherArch} wheel on this ${hostArch} runner`, async () => {
    const repo = await pythonRepo(`${OFFLINE}native==1.0\n`);
    const { root, log } = await build(repo, { runtimes: ['python3.12'], architectures: [otherArch] });
    expect(await readFile(path.join(root, 'python/native/__init__.py'), 'utf8')).toBe(`ARCH = "${wheelArch(otherArch)}"\n`);
    expect(log.text('info')).toContain(`--python-version 3.12 --platform manylinux_2_34_${wheelArch(otherArch)}`);
  });

  it('refuses a platform wheel in a layer for both architectures', async () => {
    const repo = await pythonRepo(`${OFFLINE}native==1.0\npurepkg==1.0\n`);
    const message = await buildError(build(repo, { runtimes: ['python3.12'], architectures: ['x86_64', 'arm64'] }));
    expect(message).toBe(
      'Layer py runs on x86_64/python3.12, arm64/python3.12, but these packages are built for only some of them: ' +
        'native 1.0 (cp312-cp312-manylinux2014_x86_64). Declare one layer per architecture and Python version (each with ' +
        'one entry in `architectures` and `runtimes`), or use pure-Python packages.',
    );
  });

  it('builds pure wheels for both architectures', async () => {
    const repo = await pythonRepo(`${OFFLINE}purepkg==1.0\n`);
    const { root } = await build(repo, { runtimes: ['python3.12'], architectures: ['x86_64', 'arm64'] });
    expect(await filesIn(root)).toContain('python/purepkg/__init__.py');
  });

  it('says what failed and what to do when pip finds nothing to install', async () => {
    const repo = await pythonRepo(`${OFFLINE}missing==9.9\n`);
    const message = await buildError(build(repo, { runtimes: ['python3.12'], architectures: ['arm64'] }));
    expect(message).toMatch(/^`python3 -m pip install .*` for layer py \(in layers\/py\) exited with code 1\.\nLast lines of output:\n/);
    expect(message).toContain('No matching distribution found for missing==9.9');
    expect(message).toContain('pin versions that publish manylinux wheels for arm64 and Python 3.12.');
  });
});
