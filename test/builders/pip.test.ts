import { describe, expect, it } from 'vitest';
import { manylinuxPlatforms, pipArgs, pythonTargets, tagFits, unfitWheels } from '../../src/builders/pip';
import { layer } from '../detect/fixture';

const host = { version: '3.11', arch: 'x86_64' };

describe('pythonTargets', () => {
  it('pairs every declared Python version, oldest first, with every architecture', () => {
    const tools = layer('tools', 'python', 'layers/tools', { runtimes: ['python3.13', 'python3.12', 'nodejs22.x'], architectures: ['arm64', 'x86_64'] });
    expect(pythonTargets(tools, host)).toEqual([
      { version: '3.12', arch: 'arm64' },
      { version: '3.12', arch: 'x86_64' },
      { version: '3.13', arch: 'arm64' },
      { version: '3.13', arch: 'x86_64' },
    ]);
  });

  it('takes the interpreter’s version when no python runtime is declared', () => {
    expect(pythonTargets(layer('tools', 'python', 'layers/tools', { runtimes: [], architectures: ['x86_64'] }), host)).toEqual([host]);
  });
});

describe('pipArgs', () => {
  const base = ['-m', 'pip', 'install', '-r', 'requirements.txt', '--target', '/w/python', '--no-compile', '--disable-pip-version-check', '--no-input'];

  it('installs as usual on the runner’s own platform', () => {
    expect(pipArgs([host], host, '/w/python')).toEqual(base);
  });

  it('asks for wheels of the first target otherwise', () => {
    expect(pipArgs([{ version: '3.12', arch: 'arm64' }], host, '/w/python')).toEqual([
      ...base,
      '--only-binary=:all:',
      '--implementation',
      'cp',
      '--python-version',
      '3.12',
      ...manylinuxPlatforms({ version: '3.12', arch: 'arm64' }).flatMap((p) => ['--platform', p]),
    ]);
    expect(pipArgs([host, { ...host, arch: 'arm64' }], host, '/w/python')).toContain('manylinux2014_x86_64');
  });
});

describe('manylinuxPlatforms', () => {
  it('goes from the runtime’s glibc down to manylinux2014', () => {
    const al2023 = manylinuxPlatforms({ version: '3.12', arch: 'arm64' });
    expect([al2023[0], al2023.at(-2), al2023.at(-1), al2023.length]).toEqual(['manylinux_2_34_aarch64', 'manylinux_2_17_aarch64', 'manylinux2014_aarch64', 19]);
    expect(manylinuxPlatforms({ version: '3.11', arch: 'x86_64' })[0]).toBe('manylinux_2_26_x86_64');
  });
});

describe('wheel tags', () => {
  const arm312 = { version: '3.12', arch: 'arm64' };
  it.each([
    ['py3-none-any', true],
    ['py2.py3-none-any', true],
    ['py313-none-any', false],
    ['cp312-cp312-manylinux_2_17_aarch64.manylinux2014_aarch64', true],
    ['cp312-cp312-manylinux2014_x86_64', false],
    ['cp311-cp311-manylinux2014_aarch64', false],
    ['cp38-abi3-manylinux2014_aarch64', true],
    ['cp312-cp312-musllinux_1_2_aarch64', false],
    ['py2-none-any', false],
  ])('%s on arm64 python3.12: %s', (tag, fits) => {
    expect(tagFits(tag, arm312)).toBe(fits);
  });

  it('lists the wheels that do not run on every target', () => {
    const wheels = [
      { name: 'requests', version: '2.32.3', tags: ['py3-none-any'] },
      { name: 'orjson', version: '3.10.0', tags: ['cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64'] },
    ];
    expect(unfitWheels(wheels, [{ version: '3.12', arch: 'x86_64' }])).toEqual([]);
    expect(unfitWheels(wheels, [{ version: '3.12', arch: 'x86_64' }, { version: '3.12', arch: 'arm64' }])).toEqual([
      'orjson 3.10.0 (cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64)',
    ]);
  });
});
