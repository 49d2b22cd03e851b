// Which install scripts a nodejs layer would skip, known before anything is built, and shown in the plan's summary.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { skippedInstallScripts } from '../../src/build/nodejs';
import { renderPlan } from '../../src/report/summary';
import { layer } from '../detect/fixture';
import { noReasons, smallPlan } from '../report/fixtures';
import { cleanupRepos, createRepo, writeTarball } from '../support/repo';

afterAll(cleanupRepos);

describe('skipped install scripts in a plan', () => {
  it('come from the lockfile closure of the layer, without an install, minus allowScripts', async () => {
    const repo = await createRepo();
    const [esbuild, sharp] = [
      { name: 'esbuild', version: '1.0.0', scripts: { postinstall: 'node install.js' } },
      { name: 'sharp', version: '1.0.0', scripts: { install: 'node-gyp rebuild' } },
    ];
    await writeTarball(repo.dir, 'vendor/esbuild-1.0.0.tgz', esbuild);
    await writeTarball(repo.dir, 'vendor/sharp-1.0.0.tgz', sharp);
    await writeTarball(repo.dir, 'vendor/plain-1.0.0.tgz', { name: 'plain', version: '1.0.0' });
    await repo.write({
      '.gitignore': 'node_modules/\n',
      'package.json': { name: 'acme', private: true, workspaces: ['layers/*', 'packages/*'] },
      'layers/api/package.json': { name: 'api', dependencies: { '@acme/native': '*', sharp: 'file:../../vendor/sharp-1.0.0.tgz', plain: 'file:../../vendor/plain-1.0.0.tgz' } },
      'layers/web/package.json': { name: 'web', dependencies: { esbuild: 'file:../../vendor/esbuild-1.0.0.tgz' } },
      'packages/native/package.json': { name: '@acme/native', version: '1.0.0', scripts: { install: 'node build.js' } },
    });
    repo.npm(['install', '--package-lock-only']);
    repo.commit('scripts');
    expect(await skippedInstallScripts(layer('api', 'nodejs', 'layers/api'), repo.dir)).toEqual(['@acme/native', 'sharp']);
    expect(await skippedInstallScripts(layer('api', 'nodejs', 'layers/api', { allowScripts: ['sharp'] }), repo.dir)).toEqual(['@acme/native']);
    expect(await skippedInstallScripts(layer('web', 'nodejs', 'layers/web'), repo.dir)).toEqual(['esbuild']);
    expect(existsSync(path.join(repo.dir, 'node_modules'))).toBe(false);
    // A layer that cannot be read says why when it is built, not in the plan.
    expect(await skippedInstallScripts(layer('gone', 'nodejs', 'layers/gone'), path.join(repo.dir, 'nowhere'))).toBeUndefined();
  });

  it('are named in the summary for the layer, escaped', () => {
    const plan = smallPlan();
    plan.layers[0] = { ...plan.layers[0], reasons: { ...noReasons(), files: ['x'] }, skippedScripts: ['@acme/native', 'sharp_x'] };
    expect(renderPlan(plan)).toContain('Install scripts not run in `shared-deps` (add to `allowScripts` to run them): @acme/native, sharp\\_x');
  });
});
