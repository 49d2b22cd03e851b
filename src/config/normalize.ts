import type { LayerConfig } from '../types';

// What of a layer's configuration changes what gets built or published. Regions, shareWith and smokeTest do not
// change the content, so editing them must not republish every version.
const FINGERPRINTED = ['type', 'path', 'layerName', 'runtimes', 'architectures', 'inputs', 'exclude', 'license', 'description', 'build', 'output'] as const;

export function normalizedLayer(layer: LayerConfig): Record<string, unknown> {
  const normalized: Record<string, unknown> = Object.fromEntries(FINGERPRINTED.map((key) => [key, layer[key] ?? null]));
  // Only when set: a layer without slimming keeps the fingerprint it had before the key existed.
  if (layer.slim.length > 0) normalized.slim = layer.slim;
  return normalized;
}

export function changedKeys(before: LayerConfig | undefined, after: LayerConfig): string[] {
  if (!before) return ['(new layer)'];
  const [a, b] = [normalizedLayer(before), normalizedLayer(after)];
  return [...FINGERPRINTED, 'slim'].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}
