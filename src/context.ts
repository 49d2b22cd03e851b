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
  /** The file the step's outputs go to (GITHUB_OUTPUT); none outside a runner. */
  outputFile?: string;
  /** This run's page (its log), when the runner says which run this is. */
  runUrl?: string;
}

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const payload = env.GITHUB_EVENT_PATH ? readEvent(env.GITHUB_EVENT_PATH) : {};
  const pullRequest = payload.pull_request?.number ?? payload.number;
  return {
    repoRoot: path.resolve(env.GITHUB_WORKSPACE || process.cwd()),
    event: { name: env.GITHUB_EVENT_NAME ?? '', ref: env.GITHUB_REF || undefined, sha: env.GITHUB_SHA || undefined, payload },
    repository: owner && repo ? { owner, repo } : undefined,
    pullRequest: typeof pullRequest === 'number' ? pullRequest : undefined,
    tempDir: env.RUNNER_TEMP || os.tmpdir(),
    apiUrl: env.GITHUB_API_URL || undefined,
    hasSummary: Boolean(env.GITHUB_STEP_SUMMARY),
    outputFile: env.GITHUB_OUTPUT || undefined,
    runUrl:
      env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
  };
}

/** The event payload the runner wrote, or an error that names GITHUB_EVENT_PATH and what is wrong with the file. */
function readEvent(file: string): Record<string, any> {
  const fix = 'The runner writes this file; outside GitHub Actions, point GITHUB_EVENT_PATH at an event payload (a JSON object) or unset it.';
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`GITHUB_EVENT_PATH names ${file}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}). ${fix}`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new Error(`GITHUB_EVENT_PATH (${file}) is not valid JSON: ${(error as Error).message}. ${fix}`);
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    const what = payload === null ? 'null' : Array.isArray(payload) ? 'an array' : `a ${typeof payload}`;
    throw new Error(`GITHUB_EVENT_PATH (${file}) holds ${what}, not the event's JSON object. ${fix}`);
  }
  return payload as Record<string, any>;
}
