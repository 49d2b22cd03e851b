// How dist/index.js ends: at once when its run is done (no teardown of the heap), but never with output still queued.
// Its stdout is a pipe to the runner, and writes to a pipe are asynchronous: what the pipe cannot take yet waits in the
// process, and a process that ends then loses it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import { NO_AWS_ENV } from './support/env';
import { cleanupRepos, createRepo, tempDir } from './support/repo';
import { runAction } from './support/runner';

afterAll(cleanupRepos);

const LAYERS = 1500;

it('writes its whole log when the runner reads it only after the run is done', { timeout: 60_000 }, async () => {
  // A problem in each of 1,500 layers: the log names every one, about half a megabyte written as the run ends.
  const layers = Array.from({ length: LAYERS }, (_, i) => `  layer-${i}:\n    type: custom\n    path: layers\n`).join('');
  const repo = await createRepo({ files: { 'lambda-layers.yml': `version: 1\nregions: [us-east-1]\nlayers:\n${layers}`, 'layers/a.txt': 'a\n' } });
  // The job summary is written last, once the log is: the run is done when it is there.
  const summary = path.join(await tempDir('lla-exit-'), 'summary');
  let exitedUnread = false;
  const result = await runAction({
    cwd: repo.dir,
    sha: repo.head(),
    eventName: 'push',
    ref: 'refs/heads/main',
    event: {},
    inputs: { mode: 'plan' },
    env: { ...NO_AWS_ENV, GITHUB_STEP_SUMMARY: summary },
    onSpawn: (child) => {
      // The runner reads nothing until the run is done: the pipe fills, and the rest of the log waits in the process.
      child.stdout!.pause();
      child.once('exit', () => (exitedUnread = child.stdout!.isPaused()));
      void (async () => {
        while (!readSummary(summary) && child.exitCode === null) await sleep(50);
        await sleep(300);
        child.stdout!.resume();
      })();
    },
  });
  expect(readSummary(summary)).toContain('problems in the configuration');
  expect(exitedUnread).toBe(false);
  expect(result.code).toBe(1);
  expect(new Set(result.stdout.match(/layers\.layer-\d+/g)).size).toBe(LAYERS);
  expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/layer-\d+/);
});

function readSummary(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
