// The least a plan from git alone does, in node: start, load the chunks dist/index.js imports statically (nothing run),
// ask git for the status (it gives HEAD), then for the merge-base with the base and the diff from it side by side, as
// the action does, and exit without tearing the heap down, as the action does. No configuration, no manifests, no
// lockfile. bench/plan.ts times it beside ours and turbo: `node plan-floor-git.mjs <repo> <base> <chunk file>...`.
import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const [root, base, ...chunks] = process.argv.slice(2);
for (const chunk of chunks) await import(pathToFileURL(chunk).href);
const git = (...args) =>
  new Promise((resolve, reject) =>
    execFile('git', ['-C', root, ...args], { maxBuffer: 1 << 30, encoding: 'buffer' }, (error, out) => (error ? reject(error) : resolve(out))),
  );
const status = await git('status', '--porcelain=v2', '--branch', '--no-ahead-behind', '-z', '--untracked-files=all', '--no-renames');
const head = /# branch\.oid ([0-9a-f]+)/.exec(status.toString('latin1'))[1];
const [, diff] = await Promise.all([git('merge-base', base, head), git('diff', '--merge-base', '--name-status', '-z', '--no-renames', base, head)]);
if (diff.length === 0) throw new Error(`git diff found no change between ${base} and ${head} in ${root}`);
process.exit();
