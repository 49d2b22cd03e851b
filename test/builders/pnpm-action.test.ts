// The bundled dist/index.js, run as the runner runs it, publishes a pnpm workspace layer and a yarn berry one: the
// package managers come from PATH, the registry is on loopback, the zip is what the local Lambda API received.
import { execFileSync } from 'node:child_process';
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLambdaApi } from '../../src/local/lambda-api';
import { runAction } from '../support/runner';
import { startRegistry, type Registry } from '../support/registry';
import { cleanupRepos, tempDir } from '../support/repo';
import { createPmMonorepo, PM_CONFIG as CONFIG, REGISTRY_PACKAGES, toolEnv, type Manager } from './pm-fixture';
import { LAYER_FILES } from './pm-suite';
import { localAwsEnv } from '../support/env';


describe('dist/index.js publishing nodejs layers of pnpm and yarn workspaces', () => {
  let registry: Registry;
  let lambda: Awaited<ReturnType<typeof startLambdaApi>>;
  beforeAll(async () => {
    registry = await startRegistry(REGISTRY_PACKAGES);
    lambda = await startLambdaApi();
  });
  afterAll(async () => {
    await Promise.all([registry.close(), lambda.close()]);
    await cleanupRepos();
  });

  for (const manager of ['pnpm', 'berry'] as Manager[]) {
    it(`${manager}: publishes the layer built from the lockfile, as real files`, async () => {
      const env = { ...(await toolEnv()), PATH: `${path.resolve('node_modules/.bin')}:${process.env.PATH}` };
      const repo = await createPmMonorepo(manager, registry, env);
      await repo.write({ 'lambda-layers.yml': CONFIG });
      repo.commit('config');
      // As root the action builds as an unprivileged user, who cannot write the caches the fixture filled as root.
      const caches = await toolEnv();
      await chmod(path.dirname(caches.npm_config_store_dir), 0o1777);
      const buildEnv = { ...env, ...caches };
      const result = await runAction({
        cwd: repo.dir,
        sha: repo.head(),
        eventName: 'push',
        ref: 'refs/heads/main',
        event: { before: '0'.repeat(40), after: repo.head(), repository: { default_branch: 'main' } },
        env: { ...buildEnv, ...localAwsEnv(lambda) },
      });
      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(JSON.parse(result.outputs['changed-layers'])).toEqual(['api-deps']);
      const versions = lambda.layerVersions('us-east-1', 't-api-deps');
      const zip = path.join(await tempDir('lla-zip-'), 'layer.zip');
      await writeFile(zip, versions.at(-1)!.zip);
      const listed = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter((l) => l && !l.endsWith('/'));
      expect(listed.sort()).toEqual(LAYER_FILES);
      expect(result.stdout).toContain('Install scripts of native-thing were skipped');
    });
  }
});
