import './heap';
import { run } from './main';
import { deferOptimizing } from './v8-tiers';

deferOptimizing();
await run();
// run() has finished what it started; ending here spares tearing down the heap (7-20 ms) unless output is still queued.
if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
