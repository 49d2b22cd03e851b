// The lockfiles replayed from test/lock-records are what the tools write here: npm, writing the lockfile of a
// replayed repository afresh, writes the same bytes.
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createMonorepo } from './detect/fixture';
import { cleanupRepos } from './support/repo';

afterAll(cleanupRepos);

it('npm writes the package-lock.json that was replayed', async () => {
  const repo = await createMonorepo();
  const lockfile = path.join(repo.dir, 'package-lock.json');
  const replayed = await readFile(lockfile, 'utf8');
  await rm(lockfile);
  execFileSync('npm', ['install', '--package-lock-only', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: repo.dir,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  expect(await readFile(lockfile, 'utf8')).toBe(replayed);
});
