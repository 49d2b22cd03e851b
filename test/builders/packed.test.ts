// npmPackList lists in this process what `npm pack` takes from a local package: checked against npm itself, on
// packages that use each rule of npm's (files entries of each kind, .npmignore, .gitignore without one, nested ignore
// files, the files always packed or never packed, main and bin outside `files`).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { npmPackList } from '../../src/builders/packed';
import { cleanupRepos, openRepo, tempDir, type FileContent } from '../support/repo';

afterAll(cleanupRepos);

const PACKAGES: Record<string, Record<string, FileContent | object>> = {
  'files-field': {
    'package.json': { name: 'a', version: '1.0.0', main: 'main.js', bin: 'cli/run.js', files: ['lib', 'types/*.d.ts', './one.js', '!lib/secret.js'] },
    'main.js': '',
    'cli/run.js': '',
    'cli/other.js': '',
    'lib/index.js': '',
    'lib/secret.js': '',
    'lib/deep/x.js': '',
    'types/index.d.ts': '',
    'types/index.js': '',
    'one.js': '',
    'two.js': '',
    'README.md': '',
    'LICENSE': '',
    'CHANGELOG.md': '',
    '.npmrc': '',
  },
  npmignore: {
    'package.json': { name: 'b', version: '1.0.0', bin: { b: './bin/b.js' } },
    '.npmignore': 'test/\n*.log\n',
    '.gitignore': 'dist/\n',
    'bin/b.js': '',
    'dist/out.js': '',
    'test/a.test.js': '',
    'debug.log': '',
    'src/index.js': '',
    'src/.npmignore': 'fixtures\n',
    'src/fixtures/f.json': '',
    'package-lock.json': '{}',
    '.DS_Store': '',
    'npm-debug.log': '',
  },
  gitignore: {
    'package.json': { name: 'c', version: '1.0.0', main: 'build/index.js' },
    '.gitignore': 'build/\nnode_modules/\ncoverage\n',
    'build/index.js': '',
    'build/extra.js': '',
    'coverage/lcov.info': '',
    'index.ts': '',
    'node_modules/dep/index.js': '',
    '.git': 'gitdir: elsewhere\n',
    'licence.txt': '',
  },
};

describe('npmPackList', () => {
  it('lists what `npm pack` takes, for every rule npm applies', async () => {
    const root = await tempDir('lla-packed-');
    await openRepo(root).write(
      Object.fromEntries(Object.entries(PACKAGES).flatMap(([dir, files]) => Object.entries(files).map(([file, content]) => [`${dir}/${file}`, content]))),
    );
    const dirs = Object.keys(PACKAGES);
    const npm = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', ...dirs.map((dir) => `./${dir}`)], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, npm_config_update_notifier: 'false', npm_config_loglevel: 'error' },
      }),
    ) as { files: { path: string }[] }[];
    const ours = await Promise.all(dirs.map(async (dir) => (await npmPackList(path.join(root, dir), JSON.parse(await readFile(path.join(root, dir, 'package.json'), 'utf8')))).sort()));
    expect(ours).toEqual(npm.map((pack) => pack.files.map((f) => f.path).sort()));
    // The cases above are not vacuous: each package keeps some files and loses others.
    expect(ours[0]).toEqual(['LICENSE', 'README.md', 'cli/run.js', 'lib/deep/x.js', 'lib/index.js', 'main.js', 'one.js', 'package.json', 'types/index.d.ts']);
    expect(ours[1]).toEqual(['bin/b.js', 'dist/out.js', 'package.json', 'src/index.js']);
    // `main` inside a gitignored folder brings the folder back, as npm does.
    expect(ours[2]).toEqual(['build/extra.js', 'build/index.js', 'index.ts', 'licence.txt', 'package.json']);
  });
});
