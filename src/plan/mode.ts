// Which pipeline stage a run goes to: the `mode` input, or (auto) the triggering event as design.md (Modes) lays out.
import type { ModeInput } from '../inputs';
import type { Mode } from '../types';

const PLAN_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
const DEPLOY_EVENTS = new Set(['release', 'workflow_dispatch']);

export function resolveMode(input: ModeInput, event: { name: string; ref?: string }): { mode: Mode; reason: string } {
  if (input !== 'auto') return { mode: input, reason: 'mode input' };
  const { name, ref } = event;
  if (PLAN_EVENTS.has(name)) return { mode: 'plan', reason: `${name} event: planning only` };
  if (DEPLOY_EVENTS.has(name)) return { mode: 'deploy', reason: `${name} event: deploying` };
  if (name === 'push') {
    if (ref?.startsWith('refs/tags/')) return { mode: 'deploy', reason: `push of tag ${ref.slice('refs/tags/'.length)}: deploying` };
    if (ref?.startsWith('refs/heads/')) {
      return { mode: 'publish', reason: `push to branch ${ref.slice('refs/heads/'.length)}: publishing changed layers` };
    }
  }
  const what = name === 'push' ? `push of ${ref ? `ref ${ref}` : 'an unknown ref'}` : `${name || 'unknown'} event`;
  return {
    mode: 'plan',
    reason:
      `${what}: planning only, because auto mode only publishes on branch pushes and deploys on tags, releases ` +
      `and workflow_dispatch; set the 'mode' input to publish or deploy to do more on this event`,
  };
}

/** GitHub's guidance on running a pull request's code under pull_request_target (and workflow_run alike). */
export const FORK_GUIDANCE = 'https://docs.github.com/en/actions/reference/security/securely-using-pull_request_target';

/**
 * The fork whose code a pull_request_target or workflow_run run would build: these events run with the base
 * repository's secrets, so a workflow that checks out the head runs someone else's code with them. A head repository
 * that is gone (a deleted fork) counts as a fork; a branch of this repository does not.
 */
export function forkHead(event: { name: string; payload: Record<string, any> }, repository: string | undefined): string | undefined {
  const head =
    event.name === 'pull_request_target' ? event.payload.pull_request?.head : event.name === 'workflow_run' ? event.payload.workflow_run : undefined;
  if (!head) return undefined;
  const repo = event.name === 'pull_request_target' ? head.repo : head.head_repository;
  const own = repository ?? event.payload.repository?.full_name;
  if (!repo) return 'a deleted fork';
  const name: string | undefined = repo.full_name;
  if (name && own) return name.toLowerCase() === own.toLowerCase() ? undefined : name;
  return repo.fork === true ? (name ?? 'a fork') : undefined;
}

/** Why this run must not go on: a mode that builds, under a privileged event whose head is a fork. */
export function forkRefusal(mode: Mode, event: { name: string; payload: Record<string, any> }, repository: string | undefined, allowForkBuilds: boolean): string | undefined {
  const fork = mode === 'plan' || allowForkBuilds ? undefined : forkHead(event, repository);
  if (!fork) return undefined;
  return (
    `Mode '${mode}' is refused under ${event.name} from ${fork}: this event runs with ${repository ?? 'this repository'}'s ` +
    `secrets and AWS credentials, so building the fork's code here would hand them to whoever wrote it. Nothing was ` +
    `built. Plan such pull requests (mode 'plan' or 'auto' builds nothing) and publish after merging; GitHub's ` +
    `guidance: ${FORK_GUIDANCE}. Only if every fork's code is reviewed before this step runs, set ` +
    `'allow-fork-builds: true'.`
  );
}
