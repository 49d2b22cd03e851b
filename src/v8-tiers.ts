// V8 optimizes hot functions on a background thread (Maglev, then Turbofan). A plan from git alone is over in a few
// hundred ms, and those compiles take the second core from git's status for code that then barely runs: with both
// tiers off such a plan takes 0.91x the time on the bench's large repository. Long work needs them (a fingerprinted
// plan takes 1.12x without them, a 1.4 MB YAML lockfile's parse 1.8x), so the action starts with them off and turns
// them on where such work begins. test/v8-tiers.test.ts says when a Node version stops honouring the switch.
import { setFlagsFromString } from 'node:v8';

let deferred = false;

/** Whether node was started with a flag that sets V8's tiers. The user's choice stands: V8 started --jitless crashes on --turbofan. */
export function tiersSetByUser(execArgv: readonly string[], nodeOptions = ''): boolean {
  const tierFlag = /^--(no-)?(jitless|maglev|turbofan|opt)(=|$)/;
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => tierFlag.test(arg.replaceAll('_', '-')));
}

/** At the action's start: hot code runs unoptimized until optimizeFromHere(). */
export function deferOptimizing(): void {
  if (tiersSetByUser(process.execArgv, process.env.NODE_OPTIONS)) return;
  setFlagsFromString('--no-maglev --no-turbofan');
  deferred = true;
}

/** Where long work begins: fingerprints, a lockfile parsed in JavaScript. */
export function optimizeFromHere(): void {
  if (!deferred) return;
  setFlagsFromString('--maglev --turbofan');
  deferred = false;
}
