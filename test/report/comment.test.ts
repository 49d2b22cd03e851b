import { afterEach, describe, expect, it } from 'vitest';
import { startGitHubApi, type GitHubApiServer } from '../support/github-api';
import { createGitHub } from '../../src/adapters/github';
import { COMMENT_MARKER, upsertComment } from '../../src/report/comment';
import { memoryLogger } from '../support/logger';

const target = { owner: 'acme', repo: 'mono', issue: 7 };
let api: GitHubApiServer | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

const ours = (s: GitHubApiServer) => s.comments.filter((c) => c.issue === target.issue && c.body.startsWith(COMMENT_MARKER));

describe('upsertComment over the GitHub REST API', () => {
  it('creates the comment once, then edits the same comment on every later push', async () => {
    api = await startGitHubApi();
    api.addComment('acme', 'mono', 7, 'LGTM, but see the plan');
    const github = createGitHub('ghs_test', api.url);
    const log = memoryLogger();

    expect(await upsertComment(github, target, 'plan v1', log)).toBe('created');
    const [created] = ours(api);
    expect(created.body).toBe(`${COMMENT_MARKER}\nplan v1`);
    expect(api.requests.find((r) => r.method === 'POST')?.authorization).toBe('token ghs_test');

    expect(await upsertComment(github, target, 'plan v2', log)).toBe('updated');
    expect(await upsertComment(github, target, 'plan v3', log)).toBe('updated');
    expect(ours(api)).toHaveLength(1);
    expect(ours(api)[0]).toMatchObject({ id: created.id, body: `${COMMENT_MARKER}\nplan v3` });
    expect(api.comments).toHaveLength(2);
    expect(api.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([
      `/repos/acme/mono/issues/comments/${created.id}`,
      `/repos/acme/mono/issues/comments/${created.id}`,
    ]);
    expect(log.text('warning')).toBe('');
  });

  it('finds its comment on a later page when the PR already has more than 100 comments', async () => {
    api = await startGitHubApi();
    for (let i = 0; i < 150; i++) api.addComment('acme', 'mono', 7, `review comment ${i}`);
    const github = createGitHub('t', api.url);
    expect(await upsertComment(github, target, 'first', memoryLogger())).toBe('created');
    for (let i = 0; i < 60; i++) api.addComment('acme', 'mono', 7, `more discussion ${i}`);

    expect(await upsertComment(github, target, 'second', memoryLogger())).toBe('updated');
    expect(ours(api)).toHaveLength(1);
    expect(ours(api)[0].body).toBe(`${COMMENT_MARKER}\nsecond`);
    const pages = api.requests.filter((r) => r.method === 'GET').slice(-3).map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
  });

  it('keeps one comment per config file and ignores quotes of the marker', async () => {
    api = await startGitHubApi();
    const github = createGitHub('t', api.url);
    await upsertComment(github, target, 'main config', memoryLogger(), { key: 'lambda-layers.yml' });
    await upsertComment(github, target, 'other config', memoryLogger(), { key: 'infra/lambda-layers.yml' });
    api.addComment('acme', 'mono', 7, `> ${COMMENT_MARKER}\n> quoted by a reviewer`);
    expect(await upsertComment(github, target, 'main config v2', memoryLogger(), { key: 'lambda-layers.yml' })).toBe('updated');
    expect(await upsertComment(github, target, 'default', memoryLogger())).toBe('created');
    expect(api.comments.map((c) => c.body.split('\n').at(-1))).toEqual([
      'main config v2',
      'other config',
      '> quoted by a reviewer',
      'default',
    ]);
  });

  it('warns about the permission and skips, without failing, when the token cannot comment', async () => {
    api = await startGitHubApi({ forbid: true });
    const log = memoryLogger();
    expect(await upsertComment(createGitHub('read-only', api.url), target, 'plan', log)).toBe('skipped');
    expect(api.comments).toHaveLength(0);
    const warning = log.text('warning');
    expect(warning).toContain('acme/mono#7');
    expect(warning).toContain('HTTP 403');
    expect(warning).toContain('Resource not accessible by integration');
    expect(warning).toContain('permissions: pull-requests: write');
    expect(warning).toContain('forks');
  });

  it('treats a 404 (a comment deleted meanwhile, a repository the token cannot see) the same way', async () => {
    api = await startGitHubApi();
    const log = memoryLogger();
    const github = createGitHub('t', api.url);
    const missing = { owner: 'acme', repo: 'mono', issue: 1 };
    const gone = { ...github, listComments: async () => [{ id: 999_999, body: COMMENT_MARKER, author: 'github-actions[bot]' }] };
    expect(await upsertComment(gone, missing, 'plan', log)).toBe('skipped');
    expect(log.text('warning')).toContain('HTTP 404');
    expect(log.text('warning')).toContain('pull-requests: write');
  });

  it('ignores a comment by anyone else that starts with the marker, leaves it untouched, and edits its own', async () => {
    api = await startGitHubApi();
    const forged = api.addComment('acme', 'mono', 7, `${COMMENT_MARKER}\nnothing to deploy, merge away`, 'mallory');
    const github = createGitHub('ghs_test', api.url);
    const log = memoryLogger();

    expect(await upsertComment(github, target, 'plan v1', log)).toBe('created');
    expect(await upsertComment(github, target, 'plan v2', log)).toBe('updated');
    expect(log.text('warning')).toBe('');
    const [mine] = api.comments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(mine.body).toBe(`${COMMENT_MARKER}\nplan v2`);
    expect(api.comments.find((c) => c.id === forged.id)).toMatchObject({ body: `${COMMENT_MARKER}\nnothing to deploy, merge away`, user: { login: 'mallory' } });
    expect(api.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([`/repos/acme/mono/issues/comments/${mine.id}`]);
  });

  it('knows its own comments under a personal token too', async () => {
    api = await startGitHubApi({ login: 'deploy-bot' });
    api.addComment('acme', 'mono', 7, `${COMMENT_MARKER}\nold plan`, 'deploy-bot');
    api.addComment('acme', 'mono', 7, `${COMMENT_MARKER}\nforged plan`, 'github-actions[bot]');
    expect(await upsertComment(createGitHub('ghp_test', api.url), target, 'new plan', memoryLogger())).toBe('updated');
    expect(api.comments.map((c) => [c.user.login, c.body.split('\n')[1]])).toEqual([
      ['deploy-bot', 'new plan'],
      ['github-actions[bot]', 'forged plan'],
    ]);
  });
});

describe('the local GitHub API', () => {
  it('answers like GitHub for an installation token: viewer over GraphQL, no GET /user, no editing others', async () => {
    api = await startGitHubApi();
    const theirs = api.addComment('acme', 'mono', 7, 'hello', 'mallory');
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${api!.url}${path}`, { method, headers: { authorization: 'token ghs_x' }, body: body === undefined ? undefined : JSON.stringify(body) });

    const viewer = await call('POST', '/graphql', { query: 'query { viewer { login } }' });
    expect(await viewer.json() as unknown).toEqual({ data: { viewer: { login: 'github-actions[bot]' } } });
    const user = await call('GET', '/user');
    expect(user.status).toBe(403);
    expect(((await user.json()) as { message: string }).message).toBe('Resource not accessible by integration');
    const edit = await call('PATCH', `/repos/acme/mono/issues/comments/${theirs.id}`, { body: 'changed' });
    expect(edit.status).toBe(403);
    expect(theirs.body).toBe('hello');
    const created = await call('POST', '/repos/acme/mono/issues/7/comments', { body: 'mine' });
    expect((await created.json()) as object).toMatchObject({ body: 'mine', user: { login: 'github-actions[bot]', type: 'Bot' } });
  });
});
