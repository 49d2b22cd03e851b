// `npm run bench`: every benchmark side by side with its baseline. Figures, never pass/fail. The plan, publish and
// startup benchmarks run dist/index.js: `npm run build` first.
import { benchDeploy } from './deploy';
import { benchPlan } from './plan';
import { benchPublish } from './publish';
import { benchRebuilds } from './rebuilds';
import { benchStartup } from './startup';
import { benchZip } from './zip';

const only = process.argv.slice(2);
// publish runs on the repository plan generates.
const benches = { plan: benchPlan, publish: benchPublish, startup: benchStartup, zip: benchZip, deploy: benchDeploy, rebuilds: () => benchRebuilds() };

for (const [name, bench] of Object.entries(benches)) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  const figures = await bench();
  console.log(JSON.stringify(figures, null, 2));
}
