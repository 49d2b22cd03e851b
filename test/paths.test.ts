import { describe, expect, it } from 'vitest';
import { isInside } from '../src/paths';

describe('isInside', () => {
  it('accepts the folder itself and what is below it', () => {
    expect(isInside('/repo', '/repo')).toBe(true);
    expect(isInside('/repo', '/repo/layers/a/file.js')).toBe(true);
    expect(isInside('/repo/', '/repo/a')).toBe(true);
    expect(isInside('/repo', '/repo/..file-named-with-dots')).toBe(true);
  });

  it('refuses siblings that share a prefix, parents and escapes through ..', () => {
    expect(isInside('/repo', '/repository/a')).toBe(false);
    expect(isInside('/repo', '/')).toBe(false);
    expect(isInside('/repo', '/repo/../etc/passwd')).toBe(false);
    expect(isInside('/repo/layers', '/repo')).toBe(false);
  });
});
