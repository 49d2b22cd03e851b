// V8 grows the young generation to about 64 MB when many young objects survive, as the file index, the lockfiles and a
// big layer's listing all do, and those pages stay in memory. The action cannot pass V8 flags (action.yml runs
// `node dist/index.js`), but this one is read each time the young generation would grow, so set at start it keeps the
// young generation at its first size. On the bench's plan: 166-168 -> 111-112 MB and 1.16-1.21 -> 0.95-1.06 s (4
// interleaved pairs, 2026-12-02); the 572 MB layer's zip 195-262 -> 137-167 MB over the runs measured.
// test/heap.test.ts says when a Node version stops honouring it.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--semi-space-growth-factor=1');
