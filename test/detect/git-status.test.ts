// The git adapter's status(): one `git status --porcelain=v2` read into HEAD's commit and the four lists detectChanges
// uses.
import { afterAll, describe, expect, it } from 'vitest';
import { createGit } from '../../src/adapters/git';
import { cleanupRepos, createRepo } from '../support/repo';

afterAll(cleanupRepos);

describe('git status', () => {
  it('sorts staged, modified, deleted and untracked paths (spaces and all), before and after the first commit', async () => {
    const repo = await createRepo();
    await repo.write({ 'a b.txt': 'a\n', 'keep.txt': 'k\n', 'gone.txt': 'g\n', 'staged gone.txt': 's\n', '.gitignore': 'ignored/\n' });
    repo.git('add', 'a b.txt', 'keep.txt');
    const git = createGit(repo.dir);
    expect(await git.status()).toEqual({
      staged: ['a b.txt', 'keep.txt'],
      modified: [],
      deleted: [],
      untracked: ['.gitignore', 'gone.txt', 'staged gone.txt'],
    });

    repo.commit('first');
    await repo.write({ 'a b.txt': 'changed\n', 'new dir/x y.js': 'x\n', 'ignored/z.txt': 'z\n', 'keep.txt': 'k\n' });
    await repo.remove('gone.txt');
    repo.git('rm', '-q', 'staged gone.txt');
    const status = await git.status();
    expect(status).toEqual({
      head: repo.head(),
      staged: ['staged gone.txt'],
      modified: ['a b.txt'],
      deleted: ['gone.txt'],
      untracked: ['new dir/x y.js'],
    });
    // A detached HEAD too.
    repo.git('checkout', '-q', '--detach', 'HEAD');
    expect((await git.status()).head).toBe(repo.head());
  });

  it('names HEAD on a branch that has diverged from the upstream it tracks', async () => {
    const repo = await createRepo({ files: { 'a.txt': 'a\n' } });
    repo.branch('upstream');
    await repo.write({ 'a.txt': 'theirs\n' });
    repo.commit('theirs');
    repo.branch('feature', 'main');
    repo.git('branch', '-q', '--set-upstream-to=upstream');
    await repo.write({ 'b.txt': 'ours\n' });
    const head = repo.commit('ours');
    expect(repo.git('status', '-sb').split('\n')[0]).toBe('## feature...upstream [ahead 1, behind 1]');
    expect(await createGit(repo.dir).status()).toEqual({ head, staged: [], modified: [], deleted: [], untracked: [] });
  });

  // Git's output is decoded once, whole: a listing longer than a pipe's 64 KiB splits characters of several bytes
  // across reads, and they must come out whole.
  it('lists UTF-8 paths whole in an index listing longer than a pipe read', async () => {
    const repo = await createRepo();
    const names = Array.from({ length: 1500 }, (_, i) => `dossier-été/fichier-${String(i).padStart(4, '0')}-😀.txt`);
    await repo.write(Object.fromEntries(names.map((n) => [n, 'x\n'])));
    repo.git('add', '.');
    repo.commit('utf-8 names');
    await repo.write({ 'nouveau-ñ/ü.txt': 'u\n' });
    const git = createGit(repo.dir);
    const entries = await git.lsFilesStage();
    expect(entries.reduce((bytes, e) => bytes + Buffer.byteLength(`${e.mode} ${e.blob} 0\t${e.path}\0`), 0)).toBeGreaterThan(65_536);
    expect(entries.map((e) => e.path)).toEqual([...names].sort());
    expect((await git.status()).untracked).toEqual(['nouveau-ñ/ü.txt']);
  });
});
