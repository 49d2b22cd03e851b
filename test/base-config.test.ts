// The configuration at the base commit gives the config-key reasons. It is read from git only when the commits or
// the working tree touched the file: most pull requests leave it alone, and then one git process fewer runs. A base
// that is HEAD itself needs no diff either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processExec } from '../src/adapters/exec';
import { createGit, type Git } from '../src/adapters/git';
import { runPipeline } from '../src/pipeline';
import { NO_AWS_ENV, restoreEnv } from './support/env';
import { memoryLogger } from './support/logger';
import { manualRun } from './support/pipeline';
import { cleanupRepos, createRepo, type TempRepo } from './support/repo';

const config = (build: string) => `version: 1
regions: [us-east-1]
layers:
  a:
    type: custom
    path: layers/a
    build: ${build}
    output: out
  b:
    type: custom
    path: layers/b
    build: mkdir -p out && cp f.txt out/
    output: out
`;

describe('the configuration at the base commit', () => {
  let repo: TempRepo;
  let base: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    Object.assign(process.env, NO_AWS_ENV);
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE']) delete process.env[name];
    repo = await createRepo({
      files: { 'lambda-layers.yml': config('mkdir -p out && cp f.txt out/'), 'layers/a/f.txt': 'a\n', 'layers/b/f.txt': 'b\n' },
    });
    base = repo.git('rev-parse', 'HEAD');
  });
  afterAll(async () => {
    restoreEnv(saved);
    await cleanupRepos();
  });

  async function plan(baseRef = base) {
    const calls: string[] = [];
    const git = createGit(repo.dir);
    const counting: Git = {
      ...git,
      diffNames: (from, to) => (calls.push('diff'), git.diffNames(from, to)),
      diffFromMergeBase: (from, to) => (calls.push('diff'), git.diffFromMergeBase(from, to)),
      show: (rev, file) => (calls.push(`show ${file}`), git.show(rev, file)),
    };
    const result = await runPipeline(
      manualRun(repo.dir, 'plan', { mode: 'plan', 'base-ref': baseRef }),
      { git: counting, exec: processExec, aws: () => Promise.reject(new Error('AWS is not consulted here')), log: memoryLogger() },
    );
    const config = Object.fromEntries(result.layers.map((l) => [l.key, l.reasons.config]));
    const files = Object.fromEntries(result.layers.map((l) => [l.key, l.reasons.files]));
    return { config, files, calls };
  }

  it('is not read from git when neither the commits nor the working tree touched the file', async () => {
    await repo.write({ 'layers/b/f.txt': 'b2\n' });
    repo.commit('change b');
    expect(await plan()).toEqual({ config: { a: [], b: [] }, files: { a: [], b: ['layers/b/f.txt'] }, calls: ['diff'] });
  });

  it('is HEAD itself on a re-run: neither the diff nor the file is asked for', async () => {
    expect(await plan(repo.git('rev-parse', 'HEAD'))).toEqual({ config: { a: [], b: [] }, files: { a: [], b: [] }, calls: [] });
  });

  it('is read when a commit changed the file, and names the changed keys', async () => {
    await repo.write({ 'lambda-layers.yml': config('mkdir -p out && cp f.txt out/ && touch out/x') });
    repo.commit('change the build of a');
    const { config: keys, calls } = await plan();
    expect({ keys, calls }).toEqual({ keys: { a: ['build'], b: [] }, calls: ['diff', 'show lambda-layers.yml'] });
  });

  it('is read when only the working tree changed the file', async () => {
    repo.git('reset', '-q', '--hard', 'HEAD~1');
    await repo.write({ 'lambda-layers.yml': config('make') });
    const { config: keys, calls } = await plan();
    expect({ keys, calls }).toEqual({ keys: { a: ['build'], b: [] }, calls: ['diff', 'show lambda-layers.yml'] });
  });
});
