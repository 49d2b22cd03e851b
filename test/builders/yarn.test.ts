// yarn workspaces built into a layer with the real yarn 1 and yarn 4 (node-modules linker), against a loopback registry.
import { readFileSync } from 'node:fs';
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/repo';
import { buildError, filesIn } from './helpers';
import { BERRY, BERRY_VERSION } from './pm-fixture';
import { buildWith, LAYER_FILES, managerSuite } from './pm-suite';

describe('yarn classic', () => {
  // yarn 1's --frozen-lockfile lets a workspace's new dependency through (yarnpkg/yarn#5840): the builder refuses it.
  managerSuite('classic', {
    stale: /^yarn.lock has no entry for late-addition@\^1.0.0 \(dependencies of packages\/shared\/package.json\), and yarn 1 would install it unlocked/,
    fix: 'run `yarn install` and commit yarn.lock',
  });
});

describe('yarn berry', () => {
  managerSuite('berry', { stale: /The lockfile would have been modified by this install, which is explicitly forbidden/, fix: 'run `yarn install` and commit yarn.lock' }, (context) => {
    it('without yarnPath, refuses the yarn 1 on PATH for a packageManager of yarn 4, saying to enable corepack', async () => {
      const { repo, env } = context();
      const clone = await repo.clone();
      await clone.write({ '.yarnrc.yml': readFileSync(path.join(repo.dir, '.yarnrc.yml'), 'utf8').replace(/^yarnPath:.*\n/m, '') });
      clone.commit('no yarnPath');
      expect(await buildError(buildWith(clone, env))).toMatch(
        new RegExp(`^Layer api-deps: package.json says "packageManager": "yarn@${BERRY_VERSION}", but \`yarn\` here is 1\\.22\\.22\\. Add \`corepack enable\` before this step`),
      );
    });

    it('without yarnPath, builds with the yarn 4 that is first on PATH (what corepack enable gives)', async () => {
      const { repo, env } = context();
      const clone = await repo.clone();
      await clone.write({ '.yarnrc.yml': readFileSync(path.join(repo.dir, '.yarnrc.yml'), 'utf8').replace(/^yarnPath:.*\n/m, '') });
      clone.commit('no yarnPath');
      const bin = await tempDir('lla-bin-');
      await writeFile(path.join(bin, 'yarn'), `#!/bin/sh\nexec "${process.execPath}" "${BERRY}" "$@"\n`);
      await chmod(path.join(bin, 'yarn'), 0o755);
      const { root } = await buildWith(clone, { ...env, PATH: `${bin}:${env.PATH}` });
      expect(await filesIn(root)).toEqual(LAYER_FILES);
    });
  });
});
