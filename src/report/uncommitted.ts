// Layers built from files that no commit holds, named with their files: for the action's notice and the CLI's refusal.
import type { LayerPlan } from '../types';

/** Files named per layer; the rest are counted (the plan output lists them all). */
const LISTED = 10;

/** `go (runtimes/go/bootstrap, runtimes/go/extra.txt); tools (… +3 more)`, or undefined when every input is committed. */
export function uncommittedLayers(layers: Pick<LayerPlan, 'key' | 'uncommitted'>[]): string | undefined {
  const dirty = layers.filter((l) => l.uncommitted && l.uncommitted.length > 0);
  if (dirty.length === 0) return undefined;
  return dirty
    .map(({ key, uncommitted: files = [] }) => {
      const more = files.length > LISTED ? ` +${files.length - LISTED} more` : '';
      return `${key} (${files.slice(0, LISTED).join(', ')}${more})`;
    })
    .join('; ');
}
