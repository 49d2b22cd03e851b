// A small realistic monorepo: npm workspaces, two nodejs layers sharing a workspace package (which has a workspace
// dependency of its own), a python layer, a custom runtime with extra inputs, and a real npm lockfile whose external
// packages are local tarballs so npm runs offline.
import { expect } from 'vitest';
import { createGit, type Git } from '../../src/adapters/git';
import { detectChanges, type Detection } from '../../src/detect/detect';
import type { BaseCommit, Config, LayerConfig, LayerInputs } from '../../src/types';
import { memoryLogger } from '../support/logger';
import { createRepo, writeTarball, type TempRepo } from '../support/repo';

export function layer(key: string, type: LayerConfig['type'], path: string, extra: Partial<LayerConfig> = {}): LayerConfig {
  return {
    key,
    type,
    path,
    layerName: `acme-${key}`,
    runtimes: type === 'python' ? ['python3.12'] : type === 'nodejs' ? ['nodejs22.x'] : ['provided.al2023'],
    architectures: ['arm64'],
    inputs: [],
    exclude: [],
    slim: [],
    shareWith: [],
    timeoutMinutes: 30,
    allowScripts: [],
    regions: ['us-east-1'],
    ...extra,
  };
}

export const monorepoConfig: Config = {
  file: 'lambda-layers.yml',
  version: 1,
  layerPrefix: 'acme-',
  regions: ['us-east-1'],
  layers: [
    layer('api-deps', 'nodejs', 'layers/api-deps'),
    layer('web-deps', 'nodejs', 'layers/web-deps'),
    layer('py-tools', 'python', 'layers/py-tools'),
    layer('go-runtime', 'runtime', 'runtimes/go', { build: 'make bootstrap', output: 'dist', inputs: ['config/go/**'] }),
  ],
  functions: [],
};

export async function createMonorepo(): Promise<TempRepo> {
  const repo = await createRepo();
  await writeTarball(repo.dir, 'vendor/left-pad-a.tgz', { name: 'left-pad', version: '1.0.0' });
  await writeTarball(repo.dir, 'vendor/left-pad-b.tgz', { name: 'left-pad', version: '2.0.0' });
  await writeTarball(repo.dir, 'vendor/ms.tgz', { name: 'ms', version: '2.1.3' });
  await repo.write({
    '.gitignore': 'node_modules/\n',
    'package.json': { name: 'acme', private: true, workspaces: ['layers/*', 'packages/*'] },
    'layers/api-deps/package.json': {
      name: 'api-deps',
      version: '1.0.0',
      dependencies: { '@acme/shared': '*', 'left-pad': 'file:../../vendor/left-pad-a.tgz', ms: 'file:../../vendor/ms.tgz' },
    },
    'layers/web-deps/package.json': {
      name: 'web-deps',
      version: '1.0.0',
      dependencies: { '@acme/shared': '*', 'left-pad': 'file:../../vendor/left-pad-b.tgz' },
    },
    'packages/shared/package.json': { name: '@acme/shared', version: '1.0.0', dependencies: { '@acme/core': '*' } },
    'packages/shared/index.js': 'export const shared = 1;\n',
    'packages/core/package.json': { name: '@acme/core', version: '1.0.0' },
    'packages/core/index.js': 'export const core = 1;\n',
    'packages/unrelated/package.json': { name: '@acme/unrelated', version: '1.0.0' },
    'packages/unrelated/index.js': 'export const unrelated = 1;\n',
    'layers/py-tools/requirements.txt': 'requests==2.32.3\n',
    'layers/py-tools/tools.py': 'def tool():\n    return 1\n',
    'runtimes/go/main.go': 'package main\n',
    'runtimes/go/bootstrap': { content: '#!/bin/sh\nexec ./main\n', mode: 0o755 },
    'config/go/settings.json': { level: 'info' },
    'lambda-layers.yml': 'version: 1\n',
  });
  await repo.npm(['install', '--package-lock-only']);
  repo.commit('monorepo');
  return repo;
}

/** A detection with fingerprints, as publish and deploy (and a plan with AWS or a plan file) make it. */
export type Fingerprinted = Detection & { inputs: Map<string, LayerInputs> };

/**
 * detectChanges on a repository with the real git adapter; base given as a revision. Every scenario is also detected
 * the way a plan from git alone does it (no fingerprints): that must give the same reasons and uncommitted files
 * without listing or hashing the repository's files.
 */
export async function detect(repo: TempRepo, baseRev: string | undefined, config = monorepoConfig, baseConfig?: Config): Promise<Fingerprinted> {
  const base: BaseCommit = baseRev ? { sha: repo.git('rev-parse', baseRev), source: 'test' } : { source: 'none', note: 'test without base' };
  const opts = { repoRoot: repo.dir, config, baseConfig: baseConfig ?? config, base };
  const asked: string[] = [];
  const git = createGit(repo.dir);
  const counted = new Proxy(git, { get: (target, name: keyof Git) => (asked.push(name), target[name]) });
  const gitOnly = await detectChanges({ ...opts, git: counted, log: memoryLogger(), fingerprints: false });
  const detection = await detectChanges({ ...opts, git, log: memoryLogger() });
  expect(gitOnly.inputs).toBeUndefined();
  expect(asked.filter((name) => name === 'lsFilesStage' || name === 'hashFiles' || name === 'hashContent')).toEqual([]);
  expect(gitOnly.reasons).toEqual(detection.reasons);
  expect(gitOnly.uncommitted).toEqual(detection.uncommitted);
  expect(detection.inputs).toBeDefined();
  return detection as Fingerprinted;
}

/** Layer keys with any reason, sorted. */
export function changedLayers(detection: Detection): string[] {
  return [...detection.reasons]
    .filter(([, r]) => Object.values(r).some((list) => list.length > 0))
    .map(([key]) => key)
    .sort();
}
