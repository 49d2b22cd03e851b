// The record of what a layer version was built from, kept in its Description, where every later run finds it with
// one ListLayerVersions call (design.md, Change detection): `<human text> src-sha256:<fingerprint> commit:<short sha>`,
// or `... uncommitted` for a version built from inputs that differ from HEAD (no commit holds what it zips).
// Lambda allows 256 characters; the markers always fit, and the human text gets what is left.

export const MAX_DESCRIPTION_LENGTH = 256;
const SHORT_COMMIT = 12;

export interface DescriptionParts {
  /** The layer's `description` from lambda-layers.yml. */
  text?: string;
  /** sha256 hex of the layer's inputs. */
  fingerprint: string;
  /** The commit that holds every input; undefined when some differ from it (the marker is then `uncommitted`). */
  commit: string | undefined;
}

const UNCOMMITTED = 'uncommitted';

export function formatDescription({ text, fingerprint, commit }: DescriptionParts): string {
  const markers = `src-sha256:${fingerprint} ${commit ? `commit:${commit.slice(0, SHORT_COMMIT)}` : UNCOMMITTED}`;
  const human = (text ?? '').replace(/\s+/g, ' ').trim();
  return human ? `${truncate(human, MAX_DESCRIPTION_LENGTH - markers.length - 1)} ${markers}` : markers;
}

/** The markers of a Description; the last ones win, so human text that happens to contain one cannot mislead. */
export function parseDescription(description: string | undefined): { fingerprint?: string; commit?: string } {
  const last = (re: RegExp) => [...(description ?? '').matchAll(re)].at(-1)?.[1];
  return {
    fingerprint: last(/(?:^|\s)src-sha256:([0-9a-f]{64})(?=\s|$)/g),
    commit: last(/(?:^|\s)commit:([0-9a-f]{7,40})(?=\s|$)/g),
  };
}

/** The human text of a Description: what stands before its markers. */
export function descriptionText(description: string | undefined): string {
  return (description ?? '').replace(/(^|\s)src-sha256:[0-9a-f]{64}(\s.*)?$/s, '').trim();
}

/** Cuts on a code point boundary (never inside an emoji) and marks the cut with an ellipsis. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const char of text) {
    if (kept.length + char.length > max - 1) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}
