// A layer that builds for a long time is never silent: a heartbeat names each running layer, its phase and how long
// it has run (on a clock the test moves, so nothing waits 15 s), and a lone layer's build output streams live.
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLambdaApi, type LambdaApi } from '../src/local/lambda-api';
import { createAwsClients } from '../src/adapters/aws';
import { processExec } from '../src/adapters/exec';
import { createGit } from '../src/adapters/git';
import { runPipeline } from '../src/pipeline';
import { cleanupRepos, createRepo, tempDir, type TempRepo } from './support/repo';
import { fakeClock } from './support/clock';
import { memoryLogger } from './support/logger';
import { localAwsEnv, restoreEnv } from './support/env';
import { manualRun } from './support/pipeline';

async function until(what: string, condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1200 && !condition(); i++) await sleep(25);
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

describe('live progress while layers build', () => {
  let repo: TempRepo;
  let lambda: LambdaApi;
  let gate: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    gate = path.join(await tempDir('lla-gate-'), 'go');
    // Each build prints a line, then waits for the test to open the gate, like a long `npm ci`.
    const build = (key: string) => `echo "compiling ${key}" && touch '${gate}-${key}' && while [ ! -f '${gate}' ]; do sleep 0.05; done && mkdir -p out && cp f.txt out/`;
    repo = await createRepo({
      files: {
        '.gitignore': 'out/\n',
        'lambda-layers.yml': `version: 1\nregions: [us-east-1]\nlayers:\n${['slow', 'slower']
          .map((k) => `  ${k}:\n    type: custom\n    path: layers/${k}\n    build: ${JSON.stringify(build(k))}\n    output: out\n`)
          .join('')}`,
        'layers/slow/f.txt': 'a\n',
        'layers/slower/f.txt': 'b\n',
      },
    });
    lambda = await startLambdaApi();
    Object.assign(process.env, localAwsEnv(lambda));
  });
  afterAll(async () => {
    restoreEnv(saved);
    await lambda.close();
    await cleanupRepos();
  });

  async function start(inputs: Record<string, string>) {
    const log = memoryLogger();
    const time = fakeClock();
    const request = manualRun(repo.dir, 'publish', inputs);
    const run = runPipeline(request, {
      git: createGit(repo.dir),
      exec: processExec,
      aws: async () => createAwsClients({ concurrency: request.inputs.concurrency }),
      log,
      clock: time,
    });
    return { log, time, run };
  }

  it('prints a heartbeat per running layer with its phase and elapsed time, and stops when the layers are done', async () => {
    const { log, time, run } = await start({});
    // Both builds started: their output is buffered (two layers at once), so the heartbeat is all the log shows.
    await until('both builds to start', () => existsSync(`${gate}-slow`) && existsSync(`${gate}-slower`));
    expect(log.text()).not.toContain('compiling');
    time.advance(42_000);
    time.tick();
    expect(log.lines.filter((l) => l.message.startsWith('…'))).toEqual([
      { level: 'info', message: '… slow: building (42 s)' },
      { level: 'info', message: '… slower: building (42 s)' },
    ]);
    await writeFile(gate, '');
    const plan = await run;
    expect(plan.layers.map((l) => l.status)).toEqual(['published', 'published']);
    expect(time.ticks).toEqual([]);
    expect(log.text()).toContain('compiling slow');
  });

  it('streams the build output as it happens when only one layer runs', async () => {
    await rm(gate, { force: true });
    const { log, time, run } = await start({ layers: 'slow', force: 'true' });
    await until('the build to print its first line', () => log.text().includes('compiling slow'));
    // The build is still waiting at the gate, inside its group.
    expect(log.lines.filter((l) => l.level === 'group').map((l) => l.message)).toEqual(['Layer slow']);
    time.advance(15_000);
    time.tick();
    expect(log.text()).toContain('… slow: building (15 s)');
    await writeFile(gate, '');
    const plan = await run;
    // Forced: rebuilt and published again, though the zip is the one published before.
    expect(plan.layers.map((l) => [l.key, l.status])).toEqual([['slow', 'published']]);
  });
});
