import { describe, expect, it } from 'vitest';
import { descriptionText, formatDescription, MAX_DESCRIPTION_LENGTH, parseDescription } from '../../src/publish/description';

const fingerprint = '3f'.repeat(32);
const commit = '9c0ffee1234567890abcdef1234567890abcdef0';

describe('formatDescription', () => {
  it('puts the human text first, then the fingerprint and the short commit', () => {
    expect(formatDescription({ text: 'Shared npm deps', fingerprint, commit })).toBe(`Shared npm deps src-sha256:${fingerprint} commit:9c0ffee12345`);
  });

  it('is the markers alone without a description, and folds whitespace of a multi-line one', () => {
    expect(formatDescription({ fingerprint, commit })).toBe(`src-sha256:${fingerprint} commit:9c0ffee12345`);
    expect(formatDescription({ text: '  Shared\n  npm\tdeps \n', fingerprint, commit })).toMatch(/^Shared npm deps src-sha256:/);
  });

  it('cuts the human text, never the markers, to fit Lambda\'s 256 characters', () => {
    const description = formatDescription({ text: 'x'.repeat(300), fingerprint, commit });
    expect(description).toHaveLength(MAX_DESCRIPTION_LENGTH);
    expect(description).toBe(`${'x'.repeat(159)}… src-sha256:${fingerprint} commit:9c0ffee12345`);
    expect(formatDescription({ text: 'y'.repeat(160), fingerprint, commit })).toHaveLength(256);
    expect(formatDescription({ text: 'y'.repeat(160), fingerprint, commit })).not.toContain('…');
  });

  it('says uncommitted instead of naming a commit when the inputs differ from it, and reads back no commit', () => {
    const description = formatDescription({ text: 'x'.repeat(300), fingerprint, commit: undefined });
    expect(description).toHaveLength(MAX_DESCRIPTION_LENGTH);
    expect(description).toMatch(new RegExp(`… src-sha256:${fingerprint} uncommitted$`));
    expect(description).not.toContain('commit:');
    expect(parseDescription(description)).toEqual({ fingerprint, commit: undefined });
  });

  it('does not split a character made of two UTF-16 units', () => {
    const description = formatDescription({ text: `${'a'.repeat(158)}😀😀`, fingerprint, commit });
    expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
    expect(description.startsWith(`${'a'.repeat(158)}…`)).toBe(true);
  });
});

describe('parseDescription', () => {
  it('reads back what formatDescription wrote', () => {
    expect(parseDescription(formatDescription({ text: 'Shared npm deps', fingerprint, commit }))).toEqual({ fingerprint, commit: '9c0ffee12345' });
  });

  it('finds nothing in descriptions written by hand or by other tools', () => {
    expect(parseDescription(undefined)).toEqual({ fingerprint: undefined, commit: undefined });
    expect(parseDescription('Shared deps v3')).toEqual({ fingerprint: undefined, commit: undefined });
    expect(parseDescription(`src-sha256:${fingerprint.slice(1)} commit:xyz`).fingerprint).toBeUndefined();
    expect(parseDescription(`src-sha256:${fingerprint}0`).fingerprint).toBeUndefined();
  });

  it('trusts the markers at the end over look-alikes in the human text', () => {
    const decoy = `copied from src-sha256:${'0'.repeat(64)}`;
    expect(parseDescription(formatDescription({ text: decoy, fingerprint, commit })).fingerprint).toBe(fingerprint);
  });
});

describe('descriptionText', () => {
  it('is the human text before the markers, whatever marker ends it', () => {
    expect(descriptionText(formatDescription({ text: 'Shared  deps\n', fingerprint, commit }))).toBe('Shared deps');
    expect(descriptionText(formatDescription({ text: undefined, fingerprint, commit: undefined }))).toBe('');
    expect(descriptionText('hand-made version')).toBe('hand-made version');
    expect(descriptionText(undefined)).toBe('');
  });
});
