// How many layer builds a week of ordinary commits costs, replayed through dist/index.js against the local Lambda API:
// this checkout's bundle side by side with another build's (`--before <dist/index.js>`, e.g. one extracted with
// `git archive <commit> dist`). The repository is an npm workspace of the usual shape: two nodejs layers over three
// workspace packages, one built by a script from src/ with tests beside its sources, one packed by `files`, one only a
// devDependency; READMEs beside every manifest. The week: 40 commits drawn (seeded) from test edits, README edits,
// source edits, a devDependency's source, and version bumps, each pushed to main and published.
// Run: `npx tsx bench/rebuilds.ts [--before <entry>]` (after `npm run build`).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startLambdaApi } from '../src/local/lambda-api';
import { gitEnv } from '../test/support/git-env';
import { DIST_ENTRY, runAction } from '../test/support/runner';
import { localAwsEnv } from '../test/support/env';

const REPO = fileURLToPath(new URL('../.bench/rebuilds-repo', import.meta.url));
const COMMITS = 40;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const FILES: Record<string, string> = {
  'package.json': json({ name: 'week', private: true, workspaces: ['packages/*', 'layers/*'] }),
  '.gitignore': 'node_modules/\nlib/\n',
  'lambda-layers.yml':
    'version: 1\nlayerPrefix: week-\nregions: [us-east-1]\nlayers:\n' +
    '  shared-deps:\n    type: nodejs\n    path: layers/shared-deps\n    runtimes: [nodejs22.x]\n' +
    '  api-deps:\n    type: nodejs\n    path: layers/api-deps\n    runtimes: [nodejs22.x]\n',
  'layers/shared-deps/package.json': json({ name: 'shared-deps', version: '1.0.0', private: true, dependencies: { '@week/logger': '*' } }),
  'layers/shared-deps/README.md': '# shared-deps\n',
  'layers/api-deps/package.json': json({ name: 'api-deps', version: '1.0.0', private: true, dependencies: { '@week/db': '*', '@week/logger': '*' } }),
  'layers/api-deps/README.md': '# api-deps\n',
  'packages/logger/package.json': json({ name: '@week/logger', version: '1.0.0', main: 'index.js', files: ['index.js'] }),
  'packages/logger/index.js': "exports.log = (m) => console.log(m);\n",
  'packages/logger/test/logger.test.js': "require('../index.js').log('test 0');\n",
  'packages/logger/README.md': '# logger\n',
  'packages/db/package.json': json({
    name: '@week/db',
    version: '1.0.0',
    main: 'lib/index.js',
    files: ['lib'],
    scripts: { build: 'node build.js' },
    devDependencies: { '@week/test-utils': '*' },
  }),
  'packages/db/build.js':
    "const fs = require('fs');\nfs.mkdirSync('lib', { recursive: true });\n" +
    "for (const f of fs.readdirSync('src')) if (!f.includes('.test.')) fs.copyFileSync(`src/${f}`, `lib/${f}`);\n",
  'packages/db/src/index.js': "exports.query = (sql) => sql;\n",
  'packages/db/src/index.test.js': "require('./index.js').query('select 0');\n",
  'packages/db/README.md': '# db\n',
  'packages/test-utils/package.json': json({ name: '@week/test-utils', version: '1.0.0', main: 'index.js' }),
  'packages/test-utils/index.js': "exports.fixture = () => 0;\n",
};

/** An ordinary commit, as drawn for the week: which file it touches and how. */
const KINDS: [weight: number, name: string, edit: (n: number) => [string, (text: string) => string]][] = [
  [30, 'test edit', (n) => [n % 2 ? 'packages/logger/test/logger.test.js' : 'packages/db/src/index.test.js', (t) => `${t}// case ${n}\n`]],
  [15, 'README edit', (n) => [['packages/db/README.md', 'packages/logger/README.md', 'layers/api-deps/README.md'][n % 3], (t) => `${t}\nNote ${n}.\n`]],
  [30, 'source edit', (n) => [n % 2 ? 'packages/logger/index.js' : 'packages/db/src/index.js', (t) => `${t}exports.v${n} = ${n};\n`]],
  [15, 'test helper edit', (n) => ['packages/test-utils/index.js', (t) => `${t}exports.f${n} = () => ${n};\n`]],
  [10, 'version bump', (n) => ['packages/logger/package.json', (t) => t.replace(/"version": "1\.0\.\d+"/, `"version": "1.0.${n}"`)]],
];

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

async function generate(): Promise<{ commits: { sha: string; kind: string }[] }> {
  await rm(REPO, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(REPO, file)), { recursive: true });
    await writeFile(path.join(REPO, file), text);
  }
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: REPO, env: gitEnv, encoding: 'utf8' }).trim();
  run('npm', ['install', '--package-lock-only', '--offline', '--no-audit', '--no-fund']);
  run('git', ['init', '-q', '-b', 'main']);
  run('git', ['add', '-A']);
  run('git', ['commit', '-q', '-m', 'start of the week']);
  const commits = [{ sha: run('git', ['rev-parse', 'HEAD']), kind: 'start' }];
  const next = random(7);
  const total = KINDS.reduce((sum, [w]) => sum + w, 0);
  for (let n = 1; n <= COMMITS; n++) {
    let pick = next() * total;
    const [, kind, edit] = KINDS.find(([w]) => (pick -= w) < 0) ?? KINDS[0];
    const [file, change] = edit(n);
    await writeFile(path.join(REPO, file), change(readFileSync(path.join(REPO, file), 'utf8')));
    if (kind === 'version bump') run('npm', ['install', '--package-lock-only', '--offline', '--no-audit', '--no-fund']);
    run('git', ['commit', '-q', '-am', `${kind} ${n}`]);
    commits.push({ sha: run('git', ['rev-parse', 'HEAD']), kind });
  }
  return { commits };
}

/** Publishes every commit in turn as a push to main would, with `entry`; counts builds and new versions per kind. */
async function replay(entry: string, commits: { sha: string; kind: string }[]) {
  const lambda = await startLambdaApi();
  const perKind = new Map<string, { commits: number; builds: number; versions: number }>();
  let builds = 0;
  let versions = 0;
  try {
    for (const [i, { sha, kind }] of commits.entries()) {
      execFileSync('git', ['checkout', '-q', '--detach', sha], { cwd: REPO, env: gitEnv });
      const result = await runAction({
        entry,
        cwd: REPO,
        sha,
        eventName: 'push',
        ref: 'refs/heads/main',
        event: { before: i > 0 ? commits[i - 1].sha : '0'.repeat(40), after: sha },
        inputs: { comment: 'false', isolate: 'never' },
        env: localAwsEnv(lambda),
      });
      if (result.code !== 0) throw new Error(`${entry} failed on ${kind} (${sha}):\n${result.stdout}\n${result.stderr}`);
      const layers: { status: string }[] = JSON.parse(result.outputs.plan).layers;
      const built = layers.filter((l) => l.status === 'published' || l.status === 'reused').length;
      const published = layers.filter((l) => l.status === 'published').length;
      const tally = perKind.get(kind) ?? { commits: 0, builds: 0, versions: 0 };
      perKind.set(kind, { commits: tally.commits + 1, builds: tally.builds + built, versions: tally.versions + published });
      builds += built;
      versions += published;
    }
  } finally {
    await lambda.close();
    execFileSync('git', ['checkout', '-q', 'main'], { cwd: REPO, env: gitEnv });
  }
  return { builds, versions, perKind: Object.fromEntries(perKind) };
}

export async function benchRebuilds(before?: string) {
  const { commits } = await generate();
  const after = await replay(DIST_ENTRY, commits);
  return { commits: commits.length - 1, after, ...(before ? { before: await replay(path.resolve(before), commits) } : {}) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { before: { type: 'string' } } });
  console.log(JSON.stringify(await benchRebuilds(values.before), null, 2));
}
