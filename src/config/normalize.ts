import type { LayerConfig } from '../types';

// What of a layer's configuration changes what gets built or published. Regions, shareWith and smokeTest do not
// change the content, so editing them must not republish every version.
const FINGERPRINTED = ['type', 'path', 'layerName', 'runtimes', 'architectures', 'inputs', 'exclude', 'license', 'description', 'build', 'output'] as const;

export function normalizedLayer(layer: LayerConfig): Record<string, unknown> {
  return Object.fromEntries(FINGERPRINTED.map((key) => [key, layer[key] ?? null]));
}

export function changedKeys(before: LayerConfig | undefined, after: LayerConfig): string[] {
  if (!before) return ['(new layer)'];
  const [a, b] = [normalizedLayer(before), normalizedLayer(after)];
  return FINGERPRINTED.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}
