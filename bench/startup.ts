// A no-op run from process start to exit: dist/index.js in plan mode on a small monorepo (examples/monorepo, one
// commit, nothing changed, no AWS credentials), timed side by side with `node -e 0` and with node loading what every run
// loads (the chunks dist/index.js imports statically) and running nothing, plus the parts of the bundle and what a no-op
// run loads of them. Run alone with `npx tsx bench/startup.ts` (after `npm run build`).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { importedFiles } from '../test/support/bundle';
import { gitEnv } from '../test/support/git-env';
import { DIST_ENTRY, runAction } from '../test/support/runner';
import { NO_AWS_ENV } from '../test/support/env';

const RUNS = 9;
const REPO = fileURLToPath(new URL('../.bench/startup-repo', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../examples/monorepo', import.meta.url));
const run = promisify(execFile);

/** From the process's start to its exit: the harness's own work (temp files, reading outputs) is not the action's. */
function lifetime(child: ChildProcess): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - start));
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchStartup() {
  await rm(REPO, { recursive: true, force: true });
  await mkdir(REPO, { recursive: true });
  await cp(EXAMPLE, REPO, { recursive: true });
  const git = (...args: string[]) => run('git', args, { cwd: REPO, env: gitEnv });
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'example');
  const head = (await git('rev-parse', 'HEAD')).stdout.trim();

  const noOp = async () => {
    let exited: Promise<number> | undefined;
    const result = await runAction({
      cwd: REPO,
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: head,
      inputs: { mode: 'plan', 'base-ref': head, config: 'lambda-layers.yml', concurrency: '4', force: 'false', comment: 'false', 'keep-versions': '0' },
      env: NO_AWS_ENV,
      onSpawn: (child) => (exited = lifetime(child)),
    });
    if (result.code !== 0 || result.outputs['changed-layers'] !== '[]') throw new Error(`not a no-op run:\n${result.stdout}\n${result.stderr}`);
    return exited!;
  };
  const bare = () => lifetime(spawn(process.execPath, ['-e', '0']));
  // What every run loads: dist/index.js and the chunks it imports statically (import() loads the rest on demand).
  const loaded = await importedFiles(DIST_ENTRY, { dynamic: false });
  // Node's start and the chunks loaded (their modules evaluated), nothing run: the least any run of this bundle pays.
  const chunks = loaded.filter((file) => file !== DIST_ENTRY).map((file) => `await import(${JSON.stringify(pathToFileURL(file).href)});`);
  const loadOnly = () => lifetime(spawn(process.execPath, ['--input-type=module', '-e', chunks.join('\n')], { stdio: 'inherit' }));
  await noOp();
  await loadOnly();
  const [ours, node, load]: number[][] = [[], [], []];
  for (let i = 0; i < RUNS; i++) {
    node.push(await bare());
    load.push(await loadOnly());
    ours.push(await noOp());
  }
  const dist = path.dirname(DIST_ENTRY);
  const files = [{ name: 'index.js', size: (await stat(DIST_ENTRY)).size }];
  for (const name of (await readdir(path.join(dist, 'chunks'))).filter((n) => n.endsWith('.js'))) {
    files.push({ name: `chunks/${name}`, size: (await stat(path.join(dist, 'chunks', name))).size });
  }
  const kb = (bytes: number) => Math.round(bytes / 1024);
  return {
    runs: RUNS,
    noOpPlanMs: Math.round(median(ours)),
    nodeDashEMs: Math.round(median(node)),
    overNodeStartMs: Math.round(median(ours) - median(node)),
    /** `node` importing the chunks dist/index.js imports statically, and running nothing. */
    nodeAndLoadingMs: Math.round(median(load)),
    bundleKB: kb(files.reduce((n, f) => n + f.size, 0)),
    /** dist/index.js with its static imports: what every run loads before it does anything. */
    loadedAtStartKB: kb((await Promise.all(loaded.map(async (file) => (await stat(file)).size))).reduce((a, b) => a + b, 0)),
    parts: Object.fromEntries(files.sort((a, b) => b.size - a.size).map((f) => [f.name, kb(f.size)])),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchStartup(), null, 2));
}
