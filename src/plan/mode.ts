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
