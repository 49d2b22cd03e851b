import os from 'node:os';
import { parseInputs } from '../../src/inputs';
import type { RunRequest } from '../../src/pipeline';
import type { Mode } from '../../src/types';

/** What runPipeline gets for a manual run of `mode` on `repoRoot`, the inputs by their action.yml names. */
export function manualRun(repoRoot: string, mode: Mode, inputs: Record<string, string> = {}): RunRequest {
  return {
    inputs: parseInputs((name) => inputs[name] ?? ''),
    mode,
    modeReason: 'mode input',
    repoRoot,
    event: { name: 'workflow_dispatch', payload: {} },
    tempDir: os.tmpdir(),
    commandEnv: { PATH: process.env.PATH! },
  };
}
