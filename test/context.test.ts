import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRunContext } from '../src/context';

describe('readRunContext', () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(path.join(os.tmpdir(), 'lla-context-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads the event, repository and pull request number the runner provides', async () => {
    const eventPath = path.join(dir, 'event.json');
    await writeFile(eventPath, JSON.stringify({ number: 42, pull_request: { number: 42, base: { sha: 'abc' } } }));
    const context = readRunContext({
      GITHUB_WORKSPACE: dir,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REF: 'refs/pull/42/merge',
      GITHUB_SHA: 'def',
      GITHUB_REPOSITORY: 'acme/monorepo',
      RUNNER_TEMP: '/runner/tmp',
      GITHUB_API_URL: 'http://127.0.0.1:1234',
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
      GITHUB_OUTPUT: path.join(dir, 'output'),
    });
    expect(context).toEqual({
      repoRoot: dir,
      event: { name: 'pull_request', ref: 'refs/pull/42/merge', sha: 'def', payload: { number: 42, pull_request: { number: 42, base: { sha: 'abc' } } } },
      repository: { owner: 'acme', repo: 'monorepo' },
      pullRequest: 42,
      tempDir: '/runner/tmp',
      apiUrl: 'http://127.0.0.1:1234',
      hasSummary: true,
      outputFile: path.join(dir, 'output'),
    });
  });

  it('works outside a pull request and without an event file', () => {
    const context = readRunContext({ GITHUB_WORKSPACE: dir, GITHUB_EVENT_NAME: 'workflow_dispatch' });
    expect(context.pullRequest).toBeUndefined();
    expect(context.repository).toBeUndefined();
    expect(context.hasSummary).toBe(false);
    expect(context.outputFile).toBeUndefined();
    expect(context.event).toEqual({ name: 'workflow_dispatch', ref: undefined, sha: undefined, payload: {} });
  });
});
