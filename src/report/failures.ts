import type { Plan } from '../types';

/** What fails the run: failed layers, and in a deploy the functions that failed or were rolled back. */
export function failuresOf(plan: Plan): string[] {
  const layers = plan.layers.filter((l) => l.status === 'failed').map((l) => `Layer ${l.key} failed: ${l.error}`);
  const functions = plan.functions
    .filter((f) => f.status === 'failed' || f.status === 'rolled-back')
    .map((f) => `Function ${f.key} (${f.region}) ${f.status}${f.error ? `: ${f.error}` : ''}`);
  return plan.mode === 'deploy' ? [...layers, ...functions] : layers;
}
