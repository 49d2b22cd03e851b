// The blocks the action appends to GITHUB_OUTPUT, read back as the runner reads them (a value ends at the first line
// that equals its delimiter).
import { describe, expect, it } from 'vitest';
import { outputBlock } from '../src/adapters/step-outputs';
import { parseFileCommands } from './support/runner';

describe('outputBlock', () => {
  it('writes a value between its name and a delimiter line, as core.setOutput does', () => {
    expect(outputBlock('changed-layers', '["deps"]')).toBe('changed-layers<<ghadelimiter_lambda-layers\n["deps"]\nghadelimiter_lambda-layers\n');
  });

  it('keeps a multi-line value whole', () => {
    const value = '| layer | status |\n|---|---|\n| deps | changed |';
    expect(parseFileCommands(outputBlock('summary', value))).toEqual({ summary: value });
  });

  it('picks a delimiter the value does not hold, so that a value cannot end itself and add outputs', () => {
    const forged = 'x\nghadelimiter_lambda-layers\nchanged-layers<<EOF\n["everything"]\nEOF\nghadelimiter_lambda-layers_';
    const text = outputBlock('plan', forged) + outputBlock('changed-layers', '[]');
    expect(parseFileCommands(text)).toEqual({ plan: forged, 'changed-layers': '[]' });
  });
});
