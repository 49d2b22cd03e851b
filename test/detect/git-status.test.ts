// The git adapter's status(): one `git status --porcelain=v2` read into the four lists detectChanges uses.
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
    expect(status).toEqual({ staged: ['staged gone.txt'], modified: ['a b.txt'], deleted: ['gone.txt'], untracked: ['new dir/x y.js'] });
  });
});
