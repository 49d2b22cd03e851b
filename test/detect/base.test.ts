import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGit } from '../../src/adapters/git';
import { resolveBase } from '../../src/detect/base';
import type { GitEvent } from '../../src/detect/event';
import { memoryLogger } from '../support/logger';
import { cleanupRepos, createRepo, type TempRepo } from '../support/repo';

const ZERO = '0'.repeat(40);

/**
 * origin:  m1 - m2 - ... - m14 (main; 14 commits so a depth-1 clone needs deepening)
 *                  \
 *                   f1 - f2 (feature, forked at m12)
 * Tags: v1.0.0 at m2, v1.9.0 at m6, v1.10.0 at m10 (version order, not name order, picks v1.10.0), v2.0.0 at f2.
 */
let origin: TempRepo;
const sha: Record<string, string> = {};
beforeAll(async () => {
  origin = await createRepo();
  for (let i = 1; i <= 14; i++) {
    if (i === 13) {
      origin.branch('feature');
      for (const f of ['f1', 'f2']) {
        await origin.write({ [`${f}.txt`]: f });
        sha[f] = origin.commit(f);
      }
      origin.tag('v2.0.0');
      origin.checkout('main');
    }
    await origin.write({ 'main.txt': `m${i}` });
    sha[`m${i}`] = origin.commit(`m${i}`);
    if (i === 2) origin.tag('v1.0.0');
    if (i === 6) origin.tag('v1.9.0');
    if (i === 10) origin.tag('v1.10.0');
  }
});
afterAll(cleanupRepos);

async function base(repo: TempRepo, event: GitEvent, input?: string) {
  const log = memoryLogger();
  const { base } = await resolveBase(createGit(repo.dir), event, input, log);
  return { ...base, log: log.text() };
}

const push = (payload: object, ref = 'refs/heads/feature'): GitEvent => ({
  name: 'push',
  ref,
  payload: { repository: { default_branch: 'main' }, ...payload },
});

describe('resolveBase', () => {
  it('push: uses before', async () => {
    const repo = await origin.clone({ branch: 'feature' });
    expect(await base(repo, push({ before: sha.f1 }))).toEqual({ sha: sha.f1, source: 'push.before', log: '' });
  });

  it('push in a depth-1 clone: deepens until before is in history', async () => {
    const repo = await origin.clone({ branch: 'main', depth: 1 });
    const result = await base(repo, push({ before: sha.m3 }, 'refs/heads/main'));
    expect(result).toMatchObject({ sha: sha.m3, source: 'push.before' });
    expect(result.log).toMatch(/Shallow clone: fetching 10 more commits/);
    expect(repo.git('merge-base', '--is-ancestor', sha.m3, 'HEAD')).toBe('');
  });

  it('new branch (before all zeros): the merge-base with the default branch, fetched into a shallow clone', async () => {
    const repo = await origin.clone({ branch: 'feature', depth: 1 });
    const result = await base(repo, push({ before: ZERO, created: true }));
    expect(result).toMatchObject({ sha: sha.m12, source: 'merge-base with main' });
    expect(result.note).toMatch(/^A new branch \(before is all zeros\): comparing with the merge-base with main/);
  });

  it('force push (before no longer exists anywhere): falls back to the merge-base with the default branch', async () => {
    const gone = sha.f2.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    const repo = await origin.clone({ branch: 'feature', depth: 1 });
    const result = await base(repo, push({ before: gone }));
    expect(result).toMatchObject({ sha: sha.m12, source: 'merge-base with main' });
    expect(result.note).toMatch(/could not be fetched \(force-pushed away\?\)/);
  });

  it('force push (before rewritten but still fetchable, or forced: true): not an ancestor, so the merge-base', async () => {
    const repo = await origin.clone({ branch: 'feature' });
    // m13 is on main, not in feature's history: exactly what a rewritten before looks like.
    const notAncestor = await base(repo, push({ before: sha.m13 }));
    expect(notAncestor).toMatchObject({ sha: sha.m12, note: expect.stringMatching(/is not an ancestor of HEAD \(force push\?\)/) });
    const forced = await base(repo, push({ before: sha.f1, forced: true }));
    expect(forced).toMatchObject({ sha: sha.m12, note: expect.stringMatching(/^A force push/) });
  });

  it('force push on the default branch itself: the parent commit, with a note', async () => {
    const repo = await origin.clone({ branch: 'main', depth: 1 });
    const result = await base(repo, push({ before: sha.f1, forced: true }, 'refs/heads/main'));
    expect(result).toMatchObject({ sha: sha.m13, source: 'HEAD^' });
    expect(result.note).toMatch(/HEAD is the tip of main: comparing with the parent commit HEAD\^/);
  });

  it('tag push in a shallow tag checkout: the previous tag by version order', async () => {
    const repo = await origin.clone({ branch: 'main', depth: 1 });
    repo.git('fetch', '-q', '--depth=1', 'origin', '+refs/tags/v1.10.0:refs/tags/v1.10.0');
    repo.checkout('v1.10.0');
    const result = await base(repo, { name: 'push', ref: 'refs/tags/v1.10.0', payload: { before: ZERO } });
    expect(result).toMatchObject({ sha: sha.m6, source: 'previous tag', note: 'previous tag v1.9.0' });
  });

  it('release: the previous tag reachable from the release commit', async () => {
    const repo = await origin.clone({ branch: 'v2.0.0', depth: 1 });
    const result = await base(repo, { name: 'release', ref: 'refs/tags/v2.0.0', payload: { release: { tag_name: 'v2.0.0' } } });
    expect(result).toMatchObject({ sha: sha.m10, source: 'previous tag', note: 'previous tag v1.10.0' });
  });

  it('first tag: no earlier tag, so the parent commit with a note', async () => {
    const repo = await origin.clone({ branch: 'v1.0.0' });
    const result = await base(repo, { name: 'push', ref: 'refs/tags/v1.0.0', payload: {} });
    expect(result).toMatchObject({ sha: sha.m1, source: 'HEAD^' });
    expect(result.note).toMatch(/No tag before v1.0.0 is reachable/);
  });

  it('pull_request: the merge-base of the base sha and HEAD, in a shallow clone', async () => {
    const repo = await origin.clone({ branch: 'feature', depth: 1 });
    const result = await base(repo, { name: 'pull_request', payload: { pull_request: { base: { sha: sha.m14, ref: 'main' } } } });
    expect(result).toMatchObject({ sha: sha.m12, source: 'pull_request' });
    expect(result.note).toBeUndefined();
  });

  it('pull_request and a commit id as base-ref, with the base already here: the merge-base and the files changed since it, asked side by side, and no other git call, none for HEAD', async () => {
    const repo = await origin.clone({ branch: 'feature' });
    const calls: string[] = [];
    let unanswered = 0;
    const git = createGit(repo.dir);
    const counted = new Proxy(git, {
      get: (target, name: keyof typeof git) => (...args: never[]) => {
        calls.push(name === 'diffFromMergeBase' && unanswered > 0 ? 'diffFromMergeBase beside mergeBase' : String(name));
        const answer = (target[name] as (...a: never[]) => Promise<unknown>)(...args);
        if (name === 'mergeBase') {
          unanswered++;
          const answered = () => unanswered--;
          answer.then(answered, answered);
        }
        return answer;
      },
    });
    const head = Promise.resolve(sha.f2);
    const pr: GitEvent = { name: 'pull_request', payload: { pull_request: { base: { sha: sha.m14 } } } };
    const fromPr = await resolveBase(counted, pr, undefined, memoryLogger(), head);
    expect(fromPr.base).toMatchObject({ sha: sha.m12, source: 'pull_request' });
    expect(await fromPr.committed).toEqual(['f1.txt', 'f2.txt']);
    const fromInput = await resolveBase(counted, push({ before: sha.f1 }), sha.m14.toUpperCase(), memoryLogger(), head);
    expect(fromInput.base).toMatchObject({ sha: sha.m12, note: `merge-base of '${sha.m14.toUpperCase()}' and HEAD` });
    expect(await fromInput.committed).toEqual(['f1.txt', 'f2.txt']);
    // HEAD itself as the base (a re-run): nothing to ask.
    const rerun = await resolveBase(counted, push({ before: sha.f1 }), sha.f2, memoryLogger(), head);
    expect(rerun.base).toMatchObject({ sha: sha.f2, source: 'base-ref input' });
    expect(await rerun.committed).toEqual([]);
    expect(calls).toEqual(['mergeBase', 'diffFromMergeBase beside mergeBase', 'mergeBase', 'diffFromMergeBase beside mergeBase']);
  });

  it('pull_request after criss-cross merges (two merge-bases): the files changed since the merge-base git picks', async () => {
    const repo = await createRepo({ files: { 'root.txt': 'r\n' } });
    repo.branch('x');
    await repo.write({ 'x.txt': 'x\n' });
    repo.commit('x1');
    repo.checkout('main');
    await repo.write({ 'm.txt': 'm\n' });
    repo.commit('m1');
    repo.branch('y', 'main');
    repo.git('merge', '-q', '--no-edit', 'x');
    repo.checkout('x');
    repo.git('merge', '-q', '--no-edit', 'main');
    await repo.write({ 'x2.txt': 'x2\n' });
    const x2 = repo.commit('x2');
    repo.checkout('y');
    await repo.write({ 'y2.txt': 'y2\n' });
    repo.commit('y2');
    expect(repo.git('merge-base', '--all', x2, 'HEAD').split('\n')).toHaveLength(2);
    const pr: GitEvent = { name: 'pull_request', payload: { pull_request: { base: { sha: x2 } } } };
    const { base, committed } = await resolveBase(createGit(repo.dir), pr, undefined, memoryLogger());
    expect(base.source).toBe('pull_request');
    expect(await committed).toEqual(repo.git('diff', '--name-only', base.sha!, 'HEAD').split('\n'));
  });

  it('merge_group: the queue base_sha, fetched when missing', async () => {
    const repo = await origin.clone({ branch: 'feature', depth: 1 });
    const result = await base(repo, { name: 'merge_group', payload: { merge_group: { base_sha: sha.m14, head_sha: sha.f2 } } });
    expect(result).toMatchObject({ sha: sha.m14, source: 'merge_group.base_sha' });
  });

  it('base-ref input wins: a branch fetched from origin, then its merge-base with HEAD', async () => {
    const repo = await origin.clone({ branch: 'feature', depth: 1 });
    const result = await base(repo, push({ before: sha.f1 }), 'main');
    expect(result).toMatchObject({ sha: sha.m12, source: 'base-ref input', note: "merge-base of 'main' and HEAD" });
    expect(await base(repo, push({ before: sha.f1 }), 'v1.9.0')).toMatchObject({ sha: sha.m6, source: 'base-ref input' });
    const bySha = await base(repo, push({ before: sha.f1 }), sha.m2);
    expect(bySha).toMatchObject({ sha: sha.m2, source: 'base-ref input' });
    expect(bySha.note).toBeUndefined();
  });

  it('base-ref input that names nothing: no base and a note, no throw', async () => {
    const repo = await origin.clone({ branch: 'feature', depth: 1 });
    const result = await base(repo, push({ before: sha.f1 }), 'no-such-branch');
    expect(result.sha).toBeUndefined();
    expect(result.note).toMatch(/base-ref 'no-such-branch' is neither a local revision nor a branch, tag or commit on origin/);
  });

  it('workflow_dispatch: the parent commit, with a note', async () => {
    const repo = await origin.clone({ branch: 'main', depth: 1 });
    const result = await base(repo, { name: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} });
    expect(result).toMatchObject({ sha: sha.m13, source: 'HEAD^', note: 'A workflow_dispatch event has no base commit: comparing with the parent commit HEAD^' });
  });

  it('a single commit without a remote: no base, a note, no throw', async () => {
    const repo = await createRepo({ files: { 'a.txt': 'a' } });
    const result = await base(repo, push({ before: sha.m1 }, 'refs/heads/main'));
    expect(result.sha).toBeUndefined();
    expect(result.note).toMatch(/HEAD has no parent commit; every layer is a candidate/);
  });
});
