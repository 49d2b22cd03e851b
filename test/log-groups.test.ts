// The log of the bundled action as the runner shows it: one collapsible group per layer, never nested, never
// overlapping, each holding its own layer's lines, whether layers finish together (a plan) or apart (builds).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLambdaApi, type LambdaApi } from '../src/local/lambda-api';
import { runAction } from './support/runner';
import { cleanupRepos, createRepo, type TempRepo } from './support/repo';
import { localAwsEnv, NO_AWS_ENV, NOT_ISOLATED } from './support/env';

const LAYERS = ['alpha', 'bravo', 'charlie', 'delta'];
// Builds that end in another order than they start, so groups would open while another one is being written.
const SLEEP: Record<string, string> = { alpha: '0.4', bravo: '0', charlie: '0.2', delta: '0.1' };

const CONFIG = `version: 1
layerPrefix: g-
regions: [us-east-1]
layers:
${LAYERS.map((key) => `  ${key}:\n    type: custom\n    path: layers/${key}\n    build: sleep ${SLEEP[key]} && echo built ${key} && mkdir -p out && cp file.txt out/\n    output: out\n`).join('')}`;

const FILES = {
  '.gitignore': 'out/\n',
  'lambda-layers.yml': CONFIG,
  ...Object.fromEntries(LAYERS.map((key) => [`layers/${key}/file.txt`, `${key}\n`])),
};

interface Group {
  name: string;
  lines: string[];
}

/** The groups of a runner log; throws on a group opened inside another or closed when none is open. */
function groupsOf(stdout: string): Group[] {
  const groups: Group[] = [];
  let open: Group | undefined;
  for (const line of stdout.split('\n')) {
    if (line.startsWith('::group::')) {
      if (open) throw new Error(`group '${line.slice(9)}' opened inside group '${open.name}'`);
      open = { name: line.slice(9), lines: [] };
      groups.push(open);
    } else if (line.startsWith('::endgroup::')) {
      if (!open) throw new Error('::endgroup:: with no group open');
      open = undefined;
    } else open?.lines.push(line);
  }
  if (open) throw new Error(`group '${open.name}' never closed`);
  return groups;
}

function expectOneGroupPerLayer(stdout: string, ownLine: (key: string) => RegExp) {
  const groups = groupsOf(stdout);
  expect(groups.map((g) => g.name).sort()).toEqual(LAYERS.map((key) => `Layer ${key}`));
  for (const group of groups) {
    const key = group.name.slice('Layer '.length);
    expect(group.lines.join('\n'), group.name).toMatch(ownLine(key));
    for (const other of LAYERS.filter((k) => k !== key)) expect(group.lines.join('\n'), group.name).not.toMatch(ownLine(other));
  }
}

describe('log groups of dist/index.js with several layers', () => {
  let repo: TempRepo;
  let lambda: LambdaApi;
  beforeAll(async () => {
    repo = await createRepo({ files: FILES });
    lambda = await startLambdaApi();
  });
  afterAll(async () => {
    await lambda.close();
    await cleanupRepos();
  });

  it('never nest or overlap when every layer finishes at once (a plan without AWS)', async () => {
    // A saved plan needs the fingerprints, which each group logs: a line that names its layer.
    const result = await runAction({
      cwd: repo.dir,
      sha: repo.head(),
      eventName: 'workflow_dispatch',
      inputs: { mode: 'plan', 'plan-file': '.git/plan.json' },
      env: NO_AWS_ENV,
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const fingerprints = new Map<string, string>(JSON.parse(result.outputs.plan).layers.map((l: any) => [l.key, l.fingerprint]));
    expectOneGroupPerLayer(result.stdout, (key) => new RegExp(`^Fingerprint ${fingerprints.get(key)}: changed\\.$`, 'm'));
  });

  it('never nest or overlap while builds of different lengths run in parallel, each group holding its own build', async () => {
    const result = await runAction({
      cwd: repo.dir,
      sha: repo.head(),
      eventName: 'workflow_dispatch',
      inputs: { ...NOT_ISOLATED, mode: 'publish', concurrency: '4' },
      env: localAwsEnv(lambda),
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expectOneGroupPerLayer(result.stdout, (key) => new RegExp(`^built ${key}$`, 'm'));
    expect(lambda.calls.filter((c) => c.op === 'PublishLayerVersion')).toHaveLength(LAYERS.length);
  });

  it('never nest or overlap with one layer at a time, when each build streams into its open group', async () => {
    const result = await runAction({
      cwd: repo.dir,
      sha: repo.head(),
      eventName: 'workflow_dispatch',
      inputs: { ...NOT_ISOLATED, mode: 'publish', concurrency: '1', force: 'true' },
      env: localAwsEnv(lambda),
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expectOneGroupPerLayer(result.stdout, (key) => new RegExp(`^built ${key}$`, 'm'));
  });
});
