// pnpm workspaces built into a layer with the real pnpm, against a loopback registry.
import { describe, expect, it } from 'vitest';
import { processExec } from '../../src/adapters/exec';
import { buildLayer } from '../../src/builders';
import { layer } from '../detect/fixture';
import { memoryLogger } from '../support/logger';
import { tempDir } from '../support/repo';
import { buildError } from './helpers';
import { managerSuite } from './pm-suite';

describe('pnpm', () => {
  managerSuite('pnpm', { stale: /ERR_PNPM_OUTDATED_LOCKFILE/, fix: 'run `pnpm install` and commit pnpm-lock.yaml' }, (context) => {
    it('refuses a layer folder that is not one of the workspaces the lockfile locks', async () => {
      const { repo, env } = context();
      const clone = await repo.clone();
      await clone.write({ 'tools/deps/package.json': { name: 'tools-deps', dependencies: { 'left-pad': '^1.0.0' } } });
      clone.commit('not a workspace');
      const build = buildLayer(layer('tools', 'nodejs', 'tools/deps'), { repoRoot: clone.dir, workDir: await tempDir('lla-work-'), exec: processExec, env, log: memoryLogger() });
      expect(await buildError(build)).toBe(
        'tools/deps is not a workspace of the project that pnpm-lock.yaml locks: add it to the workspaces (pnpm-workspace.yaml, ' +
          'or `workspaces` in package.json), install and commit the lockfile; or give the layer a lockfile of its own.',
      );
    });
  });
});
