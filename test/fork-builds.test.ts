// dist/index.js under the privileged events a fork can trigger (pull_request_target, workflow_run): the fork's
// checked-out code is never built unless the workflow says so with allow-fork-builds.
import { existsSync } from 'node:fs';
import { chmod, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLambdaApi, type LambdaApi } from '../src/local/lambda-api';
import { localAwsEnv } from './support/env';
import { customRepo, UTIL } from './support/fixtures';
import { cleanupRepos, createRepo, tempDir, type TempRepo } from './support/repo';
import { runAction, type RunOptions } from './support/runner';

const fromFork = { pull_request: { number: 7, head: { sha: 'f'.repeat(40), repo: { full_name: 'mallory/monorepo', fork: true } }, base: { repo: { full_name: 'acme/monorepo' } } } };
const fromSameRepo = { pull_request: { number: 8, head: { sha: 'f'.repeat(40), repo: { full_name: 'acme/monorepo', fork: false } } } };
const runFromFork = { workflow_run: { event: 'pull_request', head_repository: { full_name: 'mallory/monorepo', fork: true } } };

describe('dist/index.js refuses to build a fork’s code under privileged events', () => {
  let repo: TempRepo;
  let lambda: LambdaApi;
  let marker: string;
  beforeAll(async () => {
    // The build leaves a file outside the repository: proof that it ran. Writable by the isolated build user too.
    const dir = await tempDir('lla-fork-');
    await chmod(dir, 0o777);
    marker = path.join(dir, 'built');
    repo = await createRepo({
      files: customRepo({ layers: { util: { ...UTIL, build: `touch ${marker} && mkdir -p out && cp lib.txt out/` } } }),
    });
    lambda = await startLambdaApi();
  });
  afterAll(async () => {
    await lambda.close();
    await cleanupRepos();
  });

  const run = (eventName: string, event: object, inputs: Record<string, string>, extra: Partial<RunOptions> = {}) =>
    runAction({
      cwd: repo.dir,
      sha: repo.head(),
      eventName,
      ref: 'refs/heads/main',
      event,
      inputs: { comment: 'false', ...inputs },
      env: localAwsEnv(lambda),
      ...extra,
    });
  const published = () => lambda.calls.filter((c) => c.op === 'PublishLayerVersion').length;

  it.each([
    ['pull_request_target', 'publish', fromFork],
    ['pull_request_target', 'deploy', fromFork],
    ['workflow_run', 'publish', runFromFork],
  ])('%s from a fork with mode %s: refused before anything is built, with the reason and GitHub’s guidance', async (eventName, mode, event) => {
    const result = await run(eventName, event, { mode });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`Mode '${mode}' is refused under ${eventName}`);
    expect(result.stdout).toContain('mallory/monorepo');
    expect(result.stdout).toContain('allow-fork-builds');
    // The job summary says it too, rather than staying empty.
    expect(result.summary).toContain(`### Lambda layers: failed\n\n> [!CAUTION]\n> The run failed: Mode '${mode}' is refused under`);
    expect(result.stdout).toContain('https://docs.github.com/en/actions/reference/security/securely-using-pull_request_target');
    expect(existsSync(marker)).toBe(false);
    expect(published()).toBe(0);
  });

  it('a fork whose head repository is gone (deleted) counts as a fork', async () => {
    const result = await run('pull_request_target', { pull_request: { number: 9, head: { repo: null } } }, { mode: 'publish' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('allow-fork-builds');
    expect(existsSync(marker)).toBe(false);
  });

  it('plans a fork’s pull request without building anything', async () => {
    for (const mode of ['auto', 'plan']) {
      const result = await run('pull_request_target', fromFork, { mode });
      expect(result.code, result.stdout).toBe(0);
      expect(JSON.parse(result.outputs.plan!).mode).toBe('plan');
    }
    expect(existsSync(marker)).toBe(false);
    expect(published()).toBe(0);
  });

  it('builds a pull request from the repository itself, and a fork’s with allow-fork-builds: true', async () => {
    const same = await run('pull_request_target', fromSameRepo, { mode: 'publish' });
    expect(same.code, same.stdout).toBe(0);
    expect(existsSync(marker)).toBe(true);
    await rm(marker);
    const allowed = await run('pull_request_target', fromFork, { mode: 'publish', 'allow-fork-builds': 'true', force: 'true' });
    expect(allowed.code, allowed.stdout).toBe(0);
    expect(existsSync(marker)).toBe(true);
    expect(JSON.parse(allowed.outputs.plan!).mode).toBe('publish');
  });
});
