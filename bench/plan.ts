// Planning a pull request on two generated monorepos (bench/monorepo.ts): SMALL, shaped like a real public TypeScript
// monorepo (1,400 files, 18 workspace packages), where fixed costs dominate, and LARGE (50,000 files, 200 layers, 500
// workspace packages, a 2 MB package-lock.json, a PR touching 25 files and bumping a package), each timed side by side with
// `turbo ls --affected` on the same repository and commits, both as processes started from scratch: ours is
// dist/index.js run as the runner runs it, in plan mode without AWS credentials. Also timed: detectChanges alone,
// in-process; `git ls-files -s`, the floor of anything that looks at every file; and bench/plan-floor.mjs, the floor
// the speed issue set (node, git's listing and status, one pass over the lockfile). Besides wall time, the CPU time of
// each process and the processes it started. Then the same two commands on two more pull requests: a patch bump of the
// package most nodejs layers depend on (the branch `bump`), and a few source files edited with the lockfile left alone,
// the most common pull request (the branch `sources`), which is also planned three times in one process, to show what
// a run costs once its code is compiled. Beside both, bench/plan-floor-git.mjs: the least a plan from git alone does in
// node (start, the bundle's static chunks, git's status, merge-base and diff). Run alone with
// `npx tsx bench/plan.ts` (after `npm run build`). The repository is generated once, cached under .bench/.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createGit } from '../src/adapters/git';
import { SHELL_IDLE_MS } from '../src/adapters/shell-spawner';
import { loadConfig } from '../src/config/load';
import { detectChanges } from '../src/detect/detect';
import { importedFiles } from '../test/support/bundle';
import { DIST_ENTRY, runAction } from '../test/support/runner';
import { memoryLogger } from '../test/support/logger';
import { generateMonorepo, generatorOf, LARGE, SMALL, type GeneratedRepo, type Shape } from './monorepo';
import { NO_AWS_ENV } from '../test/support/env';

const RUNS = 9;
/** The large shape's repository: bench/publish.ts publishes it too. */
const LARGE_REPO = fileURLToPath(new URL('../.bench/plan-repo', import.meta.url));
const TURBO = fileURLToPath(new URL('../node_modules/.bin/turbo', import.meta.url));
const PEAK_RSS = fileURLToPath(new URL('peak-rss.mjs', import.meta.url));

const run = promisify(execFile);

const repositoryDir = (shape: Shape) => (shape === LARGE ? LARGE_REPO : `${LARGE_REPO}-${shape.name}`);

/** The shape's repository, generated once and cached under .bench/ until the generator changes. */
async function repository(shape: Shape): Promise<GeneratedRepo> {
  const dir = repositoryDir(shape);
  const stamp = path.join(dir, '.git', 'bench-generator.json');
  if (existsSync(stamp)) {
    const cached = JSON.parse(await readFile(stamp, 'utf8'));
    if (cached.generator === generatorOf(shape)) return cached.repo;
  }
  console.log(`Generating ${shape.files} files, ${shape.layers} layers, ${shape.packages} workspace packages in ${dir} ...`);
  const repo = await generateMonorepo(dir, shape);
  await writeFile(stamp, JSON.stringify({ generator: generatorOf(shape), repo }));
  return repo;
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}

/** User and system CPU, in ms, of every child process of this one that has exited, with the children they waited for
 *  (git under both tools): Linux's /proc/self/stat, in ticks of 10 ms. */
async function childrenCpu(): Promise<number> {
  const fields = (await readFile('/proc/self/stat', 'utf8')).split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Runs `fn` and records, under `name`, its wall time and the CPU time of the processes it started. */
async function measure<K extends string>(wall: Record<K, number[]>, cpu: Record<K, number[]>, name: K, fn: () => Promise<unknown>) {
  const before = await childrenCpu();
  wall[name].push((await timed(fn))[0]);
  cpu[name].push((await childrenCpu()) - before);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** The median of the ratios of runs made back to back: a drift of the machine's speed weighs on both sides alike. */
const pairedRatio = (ours: number[], theirs: number[]) => Math.round(median(ours.map((ms, i) => ms / theirs[i])) * 100) / 100;
const round = (ms: number) => Math.round(ms);

/**
 * A copy of the bundle whose entry runs the action three times in one process and prints, on stderr, the time since the
 * process started at which the first run began and each run ended. The later runs find their code compiled, which no run
 * of the action ever does: the difference is what running code for the first time costs.
 */
async function repeatingBundle(): Promise<string> {
  const dir = fileURLToPath(new URL('../.bench/repeating-dist', import.meta.url));
  await rm(dir, { recursive: true, force: true });
  await cp(path.dirname(DIST_ENTRY), dir, { recursive: true });
  const entry = path.join(dir, path.basename(DIST_ENTRY));
  const source = await readFile(entry, 'utf8');
  const once = '\nawait run();\n';
  if (!source.includes(once)) throw new Error(`${DIST_ENTRY} no longer runs the action with 'await run();': update bench/plan.ts`);
  const thrice = "\nconst marks = [performance.now()];\nfor (let i = 0; i < 3; i++) marks.push((await run(), performance.now()));\nprocess.stderr.write(`run-marks ${marks.join(' ')}\\n`);\n";
  await writeFile(entry, source.replace(once, thrice));
  return entry;
}

/** Medians over RUNS processes of the repeating bundle: node's start and loading, the first run, the later runs. */
async function runsInOneProcess(planThrice: () => Promise<{ stderr: string }>) {
  const [before, first, later]: number[][] = [[], [], []];
  for (let i = 0; i < RUNS; i++) {
    const marks = /^run-marks (.+)$/m.exec((await planThrice()).stderr)![1].split(' ').map(Number);
    before.push(marks[0]);
    first.push(marks[1] - marks[0]);
    later.push(marks[2] - marks[1], marks[3] - marks[2]);
  }
  return { beforeFirstRunMs: round(median(before)), firstRunMs: round(median(first)), laterRunsMs: round(median(later)) };
}

/** Both plans, from git alone and fingerprinted, must name the same layers. */
function sameLayers(fingerprinted: string[], gitOnly: string[]) {
  if (JSON.stringify(fingerprinted) !== JSON.stringify(gitOnly)) throw new Error(`plans differ: ${gitOnly} from git alone, ${fingerprinted} fingerprinted`);
}

export async function benchPlan() {
  return { small: await planShape(SMALL), large: await planShape(LARGE) };
}

async function planShape(shape: Shape) {
  const REPO = repositoryDir(shape);
  const repo = await repository(shape);
  const lockSize = (await readFile(path.join(REPO, 'package-lock.json'))).length;
  const lockEntries = Object.keys(JSON.parse(await readFile(path.join(REPO, 'package-lock.json'), 'utf8')).packages).length;

  // Without AWS credentials or a plan file, a plan is made from git alone; with a plan file it fingerprints every layer
  // as a plan with credentials does (without the AWS look-ups).
  const plan = async (base: string, head: string, opts: { fingerprints?: boolean; peak?: (kb: number) => void; entry?: string } = {}) => {
    const planFile: Record<string, string> = opts.fingerprints ? { 'plan-file': '.git/bench-plan.json' } : {};
    const result = await runAction({
      cwd: REPO,
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: head,
      inputs: { mode: 'plan', 'base-ref': base, config: 'lambda-layers.yml', concurrency: '4', force: 'false', comment: 'false', 'keep-versions': '0', ...planFile },
      env: { ...NO_AWS_ENV, ...(opts.peak ? { NODE_OPTIONS: `--import=${PEAK_RSS}` } : {}) },
      entry: opts.entry,
    });
    if (result.code !== 0) throw new Error(`dist/index.js failed:\n${result.stdout}\n${result.stderr}`);
    opts.peak?.(Number(/peak-rss-kb (\d+)/.exec(result.stderr)![1]));
    return { changed: JSON.parse(result.outputs['changed-layers'] ?? '[]') as string[], stderr: result.stderr };
  };
  const action = async (base = repo.base, head = repo.head, fingerprints = false, peak?: (kb: number) => void) =>
    (await plan(base, head, { fingerprints, peak })).changed;
  /** turbo's peak resident memory, by GNU time: Linux's accounting of the process. */
  const turboPeakKb = async () => {
    const env = { ...process.env, TURBO_SCM_BASE: repo.base, TURBO_SCM_HEAD: repo.head, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', TURBO_NO_UPDATE_NOTIFIER: '1' };
    const { stderr } = await run('/usr/bin/time', ['-f', 'peak-rss-kb %M', TURBO, 'ls', '--affected', '--output=json'], { cwd: REPO, env, maxBuffer: 1 << 28 });
    return Number(/peak-rss-kb (\d+)/.exec(stderr)![1]);
  };
  const turbo = async (base = repo.base, head = repo.head) => {
    const env = { ...process.env, TURBO_SCM_BASE: base, TURBO_SCM_HEAD: head, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', TURBO_NO_UPDATE_NOTIFIER: '1' };
    const { stdout } = await run(TURBO, ['ls', '--affected', '--output=json'], { cwd: REPO, env, maxBuffer: 1 << 28 });
    return JSON.parse(stdout).packages.items as { name: string }[];
  };
  const git = createGit(REPO);
  const config = await loadConfig(REPO, 'lambda-layers.yml');
  const detect = () => detectChanges({ repoRoot: REPO, config, baseConfig: config, git, base: { sha: repo.base, source: 'bench' }, log: memoryLogger() });
  const lsFiles = () => run('git', ['ls-files', '-s', '-z'], { cwd: REPO, maxBuffer: 1 << 30 });
  const floor = () => run(process.execPath, [fileURLToPath(new URL('plan-floor.mjs', import.meta.url)), REPO]);
  const staticChunks = (await importedFiles(DIST_ENTRY, { dynamic: false })).filter((file) => file !== DIST_ENTRY);
  const gitOnlyFloor = (base: string) => run(process.execPath, [fileURLToPath(new URL('plan-floor-git.mjs', import.meta.url)), REPO, base, ...staticChunks]);

  // Warm-up: page cache, git's index stat refresh, turbo's daemon-less first run.
  const [changed, affected, detection] = [await action(), await turbo(), await detect()];
  sameLayers(await action(repo.base, repo.head, true), changed);
  await lsFiles();
  await floor();
  const times: Record<'action' | 'fingerprinted' | 'turbo' | 'detect' | 'lsFiles' | 'floor', number[]> = {
    action: [],
    fingerprinted: [],
    turbo: [],
    detect: [],
    lsFiles: [],
    floor: [],
  };
  const cpu: Record<'action' | 'fingerprinted' | 'turbo' | 'floor', number[]> = { action: [], fingerprinted: [], turbo: [], floor: [] };
  // Interleaved, so that the machine's load weighs on every side alike.
  for (let i = 0; i < RUNS; i++) {
    await measure(times, cpu, 'turbo', turbo);
    await measure(times, cpu, 'action', action);
    await measure(times, cpu, 'fingerprinted', () => action(repo.base, repo.head, true));
    await measure(times, cpu, 'floor', floor);
  }
  // In this process, after the processes measured above: the git processes of detectChanges are its shell's children,
  // and their CPU reaches this process's accounting only when the shell closes, idle, into whatever is measured then.
  for (let i = 0; i < RUNS; i++) {
    times.detect.push((await timed(detect))[0]);
    times.lsFiles.push((await timed(lsFiles))[0]);
  }
  await sleep(SHELL_IDLE_MS + 500);
  const lockReasons = [...detection.reasons.values()].filter((r) => r.lockfile.length > 0).length;
  const peakMb: Record<'action' | 'fingerprinted' | 'turbo', number | undefined> = { action: undefined, fingerprinted: undefined, turbo: undefined };
  await action(repo.base, repo.head, false, (kb) => (peakMb.action = Math.round(kb / 1024)));
  await action(repo.base, repo.head, true, (kb) => (peakMb.fingerprinted = Math.round(kb / 1024)));
  if (existsSync('/usr/bin/time')) peakMb.turbo = Math.round((await turboPeakKb()) / 1024);

  /** A pull request on top of `repo.head`, on its own branch: both tools read the working tree, checked out at it. */
  const pullRequest = async (branch: string, head: string, opts: { inOneProcess?: boolean } = {}) => {
    const times: Record<'action' | 'fingerprinted' | 'turbo' | 'floor', number[]> = { action: [], fingerprinted: [], turbo: [], floor: [] };
    const cpu: Record<'action' | 'fingerprinted' | 'turbo' | 'floor', number[]> = { action: [], fingerprinted: [], turbo: [], floor: [] };
    await run('git', ['checkout', '-q', branch], { cwd: REPO });
    try {
      const changed = await action(repo.head, head);
      sameLayers(await action(repo.head, head, true), changed);
      await turbo(repo.head, head);
      await gitOnlyFloor(repo.head);
      for (let i = 0; i < RUNS; i++) {
        await measure(times, cpu, 'turbo', () => turbo(repo.head, head));
        await measure(times, cpu, 'action', () => action(repo.head, head));
        await measure(times, cpu, 'fingerprinted', () => action(repo.head, head, true));
        await measure(times, cpu, 'floor', () => gitOnlyFloor(repo.head));
      }
      const entry = opts.inOneProcess ? await repeatingBundle() : undefined;
      const inOneProcess = entry && (await runsInOneProcess(() => plan(repo.head, head, { entry })));
      return {
        changedLayers: changed.length,
        actionMs: round(median(times.action)),
        turboLsAffectedMs: round(median(times.turbo)),
        ratioToTurbo: pairedRatio(times.action, times.turbo),
        actionCpuMs: round(median(cpu.action)),
        turboCpuMs: round(median(cpu.turbo)),
        fingerprintedMs: round(median(times.fingerprinted)),
        fingerprintedRatioToTurbo: pairedRatio(times.fingerprinted, times.turbo),
        /** bench/plan-floor-git.mjs: node, the bundle's static chunks loaded, git's status, merge-base and diff. */
        gitOnlyFloorMs: round(median(times.floor)),
        gitOnlyFloorCpuMs: round(median(cpu.floor)),
        gitOnlyFloorRatioToTurbo: pairedRatio(times.floor, times.turbo),
        /** The same plan from git alone, run three times in one process (repeatingBundle). */
        ...(inOneProcess && { inOneProcess }),
      };
    } finally {
      await run('git', ['checkout', '-q', 'main'], { cwd: REPO });
    }
  };
  const bump = repo.bumpEverywhere;
  const bumped = await pullRequest('bump', bump.head);
  const sources = await pullRequest('sources', repo.sourcesOnly.head, { inOneProcess: true });
  return {
    files: shape.files,
    layers: shape.layers,
    workspacePackages: shape.packages,
    lockfileBytes: lockSize,
    lockfileEntries: lockEntries,
    pullRequest: `${repo.changedFiles} files changed, ${repo.bump}`,
    changedLayers: changed.length,
    layersChangedByTheLockfile: lockReasons,
    turboAffectedPackages: affected.length,
    runs: RUNS,
    /** dist/index.js in plan mode from git alone (no AWS credentials: a fork's pull request), process start to exit. */
    actionMs: round(median(times.action)),
    turboLsAffectedMs: round(median(times.turbo)),
    ratioToTurbo: pairedRatio(times.action, times.turbo),
    /** CPU of the process and its children (git): on two cores, the wall time follows it. */
    actionCpuMs: round(median(cpu.action)),
    turboCpuMs: round(median(cpu.turbo)),
    cpuRatioToTurbo: pairedRatio(cpu.action, cpu.turbo),
    /** The same plan with every layer fingerprinted (a plan file saved), as with AWS credentials but no look-ups. */
    fingerprinted: {
      actionMs: round(median(times.fingerprinted)),
      ratioToTurbo: pairedRatio(times.fingerprinted, times.turbo),
      actionCpuMs: round(median(cpu.fingerprinted)),
      cpuRatioToTurbo: pairedRatio(cpu.fingerprinted, cpu.turbo),
    },
    /** Peak resident memory of each process (git's aside): ours from the process itself, turbo's by GNU time. */
    peakRssMb: peakMb,
    /** bench/plan-floor.mjs: node, git's listing and status, one pass over the lockfile and the manifests. */
    floorMs: round(median(times.floor)),
    floorCpuMs: round(median(cpu.floor)),
    /** detectChanges alone, in this process (warm module cache). */
    detectChangesMs: round(median(times.detect)),
    gitLsFilesMs: round(median(times.lsFiles)),
    bumpEverywhere: { pullRequest: `${bump.bump}, in the closure of ${bump.closures} nodejs layers`, ...bumped },
    sourcesOnly: { pullRequest: `${repo.sourcesOnly.changedFiles} source files edited, the lockfile left alone`, ...sources },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // `npx tsx bench/plan.ts small`: one shape only.
  const shape = [SMALL, LARGE].find((s) => s.name === process.argv[2]);
  console.log(JSON.stringify(shape ? await planShape(shape) : await benchPlan(), null, 2));
}
