// What the runner tells the action about this run, read once from its environment variables.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GitEvent } from './detect/event';

export interface RunContext {
  repoRoot: string;
  event: GitEvent;
  repository?: { owner: string; repo: string };
  /** Pull-request number when the event has one (for the sticky comment). */
  pullRequest?: number;
  tempDir: string;
  apiUrl?: string;
  /** False outside a runner (a local try-out), where there is no job summary to write. */
  hasSummary: boolean;
  /** This run's page (its log), when the runner says which run this is. */
  runUrl?: string;
}

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const payload = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {};
  const pullRequest = payload.pull_request?.number ?? payload.number;
  return {
    repoRoot: path.resolve(env.GITHUB_WORKSPACE || process.cwd()),
    event: { name: env.GITHUB_EVENT_NAME ?? '', ref: env.GITHUB_REF || undefined, sha: env.GITHUB_SHA || undefined, payload },
    repository: owner && repo ? { owner, repo } : undefined,
    pullRequest: typeof pullRequest === 'number' ? pullRequest : undefined,
    tempDir: env.RUNNER_TEMP || os.tmpdir(),
    apiUrl: env.GITHUB_API_URL || undefined,
    hasSummary: Boolean(env.GITHUB_STEP_SUMMARY),
    runUrl:
      env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
  };
}
