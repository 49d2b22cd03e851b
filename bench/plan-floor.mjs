// The floor the speed issue set for a plan: node's start, git's listing and status of the working tree, one pass over
// package-lock.json and the manifests of the workspaces it names. No configuration, no closures, no fingerprints:
// what anything that plans from the working tree and the lockfile pays. bench/plan.ts times it beside ours and turbo.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = process.argv[2];
const git = (...args) =>
  new Promise((resolve, reject) =>
    execFile('git', ['-C', root, ...args], { maxBuffer: 1 << 30, encoding: 'buffer' }, (error, out) => (error ? reject(error) : resolve(out))),
  );
const listing = Promise.all([git('ls-files', '-s', '-z'), git('status', '--porcelain=v2', '-z', '--untracked-files=all', '--no-renames')]);
const { packages } = JSON.parse(readFileSync(`${root}/package-lock.json`, 'utf8'));
for (const key of Object.keys(packages)) {
  if (key !== '' && !key.includes('node_modules/')) JSON.parse(readFileSync(`${root}/${key}/package.json`, 'utf8'));
}
const [index] = await listing;
if (index.length === 0) throw new Error(`git ls-files listed nothing in ${root}`);
