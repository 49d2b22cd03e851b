import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// A version manager's python3 shim (pyenv's is a shell script that starts several processes) costs 0.3 s of CPU per
// start, and the python layer builds start python3 about 40 times: the interpreter's own folder goes first on PATH.
// The system's python3 comes first when it has pip: isolated builds (the demo) run as another user, and a version
// manager's interpreter under root's home, bound elsewhere for that user, loses its site-packages.
const hasPip = (python: string) => spawnSync(python, ['-m', 'pip', '--version']).status === 0;
const python = hasPip('/usr/bin/python3')
  ? '/usr/bin/python3'
  : spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout?.trim();
if (python) process.env.PATH = `${path.dirname(python)}${path.delimiter}${process.env.PATH}`;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores, yet three workers: about a fifth of two workers' time was idle CPU, tests waiting on throttling
    // back-offs, request pacing and update delays. Measured, whole runs: 174 -> 160 s, with 7% more CPU; four, 157 s.
    maxWorkers: 3,
    // A worker runs its test files one after another on the modules it already loaded (src/, the SDK, the local
    // APIs): a fresh module graph per file cost about a second of CPU each. The files put back what they change in
    // process.env (test/support/env.ts) and share nothing else.
    isolate: false,
  },
});
