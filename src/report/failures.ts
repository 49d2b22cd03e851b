import type { Plan } from '../types';

/**
 * What fails the run: failed layers, the functions a deploy failed or rolled back, and the functions a plan foresees a
 * deploy failing for (a green check on a plan that cannot be deployed misleads). A publish only warns of those.
 */
export function failuresOf(plan: Plan): string[] {
  const layers = plan.layers.filter((l) => l.status === 'failed').map((l) => `Layer ${l.key} failed: ${l.error}`);
  const failed = plan.functions.filter((f) => f.status === 'failed' || f.status === 'rolled-back');
  if (plan.mode === 'publish') return layers;
  const functions = failed.map((f) =>
    plan.mode === 'deploy'
      ? `Function ${f.key} (${f.region}) ${f.status}${f.error ? `: ${f.error}` : ''}`
      : `A deploy would fail for function ${f.key} (${f.region}): ${f.error}`,
  );
  return [...layers, ...functions];
}
