import { describe, expect, it } from 'vitest';
import { forkRefusal, resolveMode } from '../../src/plan/mode';

describe('resolveMode', () => {
  it.each([
    ['pull_request', undefined, 'plan'],
    ['pull_request_target', 'refs/heads/main', 'plan'],
    ['merge_group', 'refs/heads/gh-readonly-queue/main/pr-1', 'plan'],
    ['push', 'refs/heads/main', 'publish'],
    ['push', 'refs/heads/feature/x', 'publish'],
    ['push', 'refs/tags/v1.2.0', 'deploy'],
    ['release', 'refs/tags/v1.2.0', 'deploy'],
    ['workflow_dispatch', 'refs/heads/main', 'deploy'],
  ] as const)('auto on %s (%s) -> %s', (name, ref, mode) => {
    const result = resolveMode('auto', { name, ref });
    expect(result.mode).toBe(mode);
    expect(result.reason).toMatch(new RegExp(`^(${name}|push)`));
  });

  it('names the event and what it does in the reason', () => {
    expect(resolveMode('auto', { name: 'pull_request' }).reason).toBe('pull_request event: planning only');
    expect(resolveMode('auto', { name: 'push', ref: 'refs/tags/v2' }).reason).toBe('push of tag v2: deploying');
    expect(resolveMode('auto', { name: 'push', ref: 'refs/heads/main' }).reason).toContain('branch main');
  });

  it.each([
    ['schedule', undefined],
    ['workflow_run', 'refs/heads/main'],
    ['push', 'refs/pull/3/merge'],
    ['push', undefined],
  ])('falls back to plan on %s (%s) and says how to choose a mode', (name, ref) => {
    const result = resolveMode('auto', { name, ref });
    expect(result.mode).toBe('plan');
    expect(result.reason).toContain(name === 'push' ? (ref ?? 'unknown ref') : name);
    expect(result.reason).toContain("set the 'mode' input");
  });

  it.each(['plan', 'publish', 'deploy'] as const)('an explicit %s wins over the event', (mode) => {
    for (const name of ['pull_request', 'push', 'release', 'schedule']) {
      expect(resolveMode(mode, { name, ref: 'refs/tags/v1' })).toEqual({ mode, reason: 'mode input' });
    }
  });
});

describe('forkRefusal', () => {
  const prt = (repo: object | null) => ({ name: 'pull_request_target', payload: { pull_request: { head: { repo } } } });

  it('refuses a fork’s head, also one whose repository is gone; never a plan, nor with allow-fork-builds', () => {
    expect(forkRefusal('publish', prt({ full_name: 'mallory/x', fork: true }), 'acme/x', false)).toContain('from mallory/x');
    expect(forkRefusal('deploy', prt(null), 'acme/x', false)).toContain('from a deleted fork');
    expect(forkRefusal('plan', prt({ full_name: 'mallory/x', fork: true }), 'acme/x', false)).toBeUndefined();
    expect(forkRefusal('publish', prt({ full_name: 'mallory/x', fork: true }), 'acme/x', true)).toBeUndefined();
  });

  it('lets a branch of the repository itself build, even when that repository is a fork of another', () => {
    expect(forkRefusal('publish', prt({ full_name: 'Acme/X', fork: true }), 'acme/x', false)).toBeUndefined();
    expect(forkRefusal('publish', { name: 'workflow_run', payload: { workflow_run: { head_repository: { full_name: 'acme/x' } } } }, 'acme/x', false)).toBeUndefined();
    expect(forkRefusal('publish', { name: 'push', payload: {} }, 'acme/x', false)).toBeUndefined();
  });
});
