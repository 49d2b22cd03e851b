import { afterAll, describe, expect, it } from 'vitest';
import { packageClosure } from '../../src/detect/lockfiles';
import { readWorkspaces, workspaceDependencies } from '../../src/detect/workspaces';
import { cleanupRepos, createRepo } from '../support/repo';

afterAll(cleanupRepos);

const dirs = (graph: Awaited<ReturnType<typeof readWorkspaces>>) => Object.fromEntries([...graph.packages].map(([name, p]) => [name, p.dir]));

describe('readWorkspaces', () => {
  it('npm array form with negation; node_modules never counts', async () => {
    const repo = await createRepo({
      files: {
        'package.json': { name: 'root', workspaces: ['./packages/*', 'layers/**', '!packages/legacy'] },
        'packages/a/package.json': { name: 'a', version: '1.0.0' },
        'packages/legacy/package.json': { name: 'legacy' },
        'layers/x/y/package.json': { name: 'deep' },
        'layers/x/node_modules/dep/package.json': { name: 'dep' },
        'other/package.json': { name: 'other' },
      },
    });
    const fromDisk = await readWorkspaces(repo.dir);
    expect(dirs(fromDisk)).toEqual({ a: 'packages/a', deep: 'layers/x/y' });
    expect(fromDisk.packages.get('a')!.version).toBe('1.0.0');
    expect(fromDisk.root.name).toBe('root');
  });

  it('yarn object form and pnpm-workspace.yaml', async () => {
    const yarn = await createRepo({
      files: { 'package.json': { private: true, workspaces: { packages: ['libs/*'], nohoist: ['**/x'] } }, 'libs/l/package.json': { name: 'l' } },
    });
    expect(dirs(await readWorkspaces(yarn.dir))).toEqual({ l: 'libs/l' });

    const pnpm = await createRepo({
      files: {
        'package.json': { name: 'root' },
        'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - '!apps/skip'\n",
        'apps/one/package.json': { name: 'one' },
        'apps/skip/package.json': { name: 'skip' },
      },
    });
    expect(dirs(await readWorkspaces(pnpm.dir))).toEqual({ one: 'apps/one' });
  });

  it('no root package.json: no packages', async () => {
    const repo = await createRepo({ files: { 'README.md': 'hi' } });
    expect((await readWorkspaces(repo.dir)).packages.size).toBe(0);
  });

  it('names a broken package.json', async () => {
    const repo = await createRepo({ files: { 'package.json': '{ "workspaces": [' } });
    await expect(readWorkspaces(repo.dir)).rejects.toThrow(/^package\.json is not valid JSON/);
  });
});

describe('workspaceDependencies', () => {
  it('follows production dependencies transitively, including workspace: aliases, and ignores dev dependencies', async () => {
    const repo = await createRepo({
      files: {
        'package.json': { workspaces: ['packages/*'] },
        'packages/app/package.json': {
          name: 'app',
          dependencies: { 'alias-of-b': 'workspace:b@*', external: '^1.0.0' },
          devDependencies: { testing: 'workspace:*' },
        },
        'packages/b/package.json': { name: 'b', optionalDependencies: { c: 'workspace:^' } },
        'packages/c/package.json': { name: 'c', peerDependencies: { b: '*' } },
        'packages/testing/package.json': { name: 'testing' },
      },
    });
    const graph = await readWorkspaces(repo.dir);
    expect(workspaceDependencies(graph, graph.packages.get('app')!.manifest).map((p) => p.name)).toEqual(['b', 'c']);
    expect(workspaceDependencies(graph, undefined)).toEqual([]);
  });
});

describe('optional peers', () => {
  it('are no edge in the workspace graph, as in the lockfile closure: only what else installs them counts', async () => {
    const manifests = {
      'layers/api': { name: 'api', dependencies: { ui: '*' } },
      'layers/web': { name: 'web', dependencies: { ui: '*', theme: '*' } },
      'packages/ui': { name: 'ui', version: '1.0.0', peerDependencies: { theme: '*' }, peerDependenciesMeta: { theme: { optional: true } } },
      'packages/theme': { name: 'theme', version: '1.0.0' },
    };
    const repo = await createRepo({
      files: {
        'package.json': { workspaces: ['layers/*', 'packages/*'] },
        ...Object.fromEntries(Object.entries(manifests).map(([dir, m]) => [`${dir}/package.json`, m])),
      },
    });
    // The lockfile npm writes for these manifests.
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { workspaces: ['layers/*', 'packages/*'] },
        ...Object.fromEntries(Object.entries(manifests).map(([dir, { name: _, ...m }]) => [dir, m])),
        ...Object.fromEntries(Object.entries(manifests).map(([dir, m]) => [`node_modules/${m.name}`, { resolved: dir, link: true }])),
      },
    };
    const graph = await readWorkspaces(repo.dir);
    const fromGraph = (dir: string) => workspaceDependencies(graph, graph.packages.get(manifests[dir as keyof typeof manifests].name)!.manifest).map((p) => p.dir);
    const fromLock = (dir: string) => packageClosure(lock, dir).filter((e) => e.link && !e.path.startsWith('node_modules/')).map((e) => e.path);
    for (const dir of ['layers/api', 'layers/web']) expect(fromGraph(dir)).toEqual(fromLock(dir));
    expect(fromGraph('layers/api')).toEqual(['packages/ui']);
    expect(fromGraph('layers/web')).toEqual(['packages/theme', 'packages/ui']);
  });
});
