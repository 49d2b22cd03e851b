// Which install scripts a nodejs layer would skip, known before anything is built, and shown in the plan's summary.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/runner';
import { skippedInstallScripts } from '../../src/builders/npm-project';
import { renderPlan } from '../../src/report/summary';
import { layer } from '../detect/fixture';
import { noReasons, smallPlan } from '../report/fixtures';
import { cleanupRepos, createRepo, writeTarball } from '../support/repo';
import { NO_AWS_ENV } from '../support/env';

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
    await repo.npm(['install', '--package-lock-only']);
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
    expect(renderPlan(plan)).toContain('Install scripts not run in <code>shared-deps</code> (add to `allowScripts` to run them): <code>@acme/native</code>, sharp\\_x');
  });

  it('are in the plan of the bundled action run in plan mode, which builds nothing', async () => {
    const sharp = { name: 'sharp', version: '1.0.0', scripts: { install: 'node-gyp rebuild' } };
    const repo = await createRepo();
    await writeTarball(repo.dir, 'vendor/sharp-1.0.0.tgz', sharp);
    await repo.write({
      '.gitignore': 'node_modules/\n',
      'lambda-layers.yml': 'version: 1\nregions: [us-east-1]\nlayers:\n  deps:\n    type: nodejs\n    path: layers/deps\n    runtimes: [nodejs22.x]\n',
      'package.json': { name: 'acme', private: true, workspaces: ['layers/*'] },
      'layers/deps/package.json': { name: 'deps', dependencies: { sharp: 'file:../../vendor/sharp-1.0.0.tgz' } },
    });
    await repo.npm(['install', '--package-lock-only']);
    repo.commit('deps');
    const result = await runAction({
      cwd: repo.dir,
      sha: repo.head(),
      eventName: 'workflow_dispatch',
      inputs: { mode: 'plan' },
      env: NO_AWS_ENV,
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const plan = JSON.parse(result.outputs.plan);
    expect(plan.layers.map((l: any) => [l.key, l.status, l.skippedScripts])).toEqual([['deps', 'changed', ['sharp']]]);
    expect(result.summary).toContain('Install scripts not run in <code>deps</code> (add to `allowScripts` to run them): sharp');
    expect(existsSync(path.join(repo.dir, 'node_modules'))).toBe(false);
  });
});
