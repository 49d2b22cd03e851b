import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/repo';

const run = promisify(execFile);
const HEAP = fileURLToPath(new URL('../src/heap.ts', import.meta.url));

// Keeps 400,000 small objects alive, as a file index does, and prints the young generation's largest size in MB.
const probe = (setup: string) => `${setup}
import { getHeapSpaceStatistics } from 'node:v8';
const kept = [];
let largest = 0;
for (let i = 0; i < 400_000; i++) {
  kept.push({ name: 'file-' + i, size: i });
  if (i % 1000 === 0) largest = Math.max(largest, getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
}
console.log(Math.round(largest / 1e6), kept.length);
`;

async function youngGenerationMB(setup: string): Promise<number> {
  const file = path.join(await tempDir('lla-heap-'), 'probe.mts');
  await writeFile(file, probe(setup));
  const { stdout } = await run(process.execPath, ['--import', 'tsx', file]);
  const [mb, kept] = stdout.trim().split(' ').map(Number);
  expect(kept).toBe(400_000);
  return mb;
}

describe('src/heap.ts', () => {
  it('keeps the young generation at its first size where V8 would grow it', async () => {
    const [grown, kept] = await Promise.all([youngGenerationMB(''), youngGenerationMB(`import ${JSON.stringify(HEAP)};`)]);
    // Without it V8 grows the young generation to 67 MB on Node 24, and with it stays at 5-8 MB: a Node version that
    // ignores the flag fails here.
    expect(grown).toBeGreaterThanOrEqual(32);
    expect(kept).toBeLessThanOrEqual(16);
  });
});
