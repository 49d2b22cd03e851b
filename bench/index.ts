// `npm run bench`: every benchmark side by side with its baseline. Figures, never pass/fail.
import { benchDeploy } from './deploy';
import { benchPlan } from './plan';
import { benchZip } from './zip';

const only = process.argv.slice(2);
const benches = { plan: benchPlan, zip: benchZip, deploy: benchDeploy };

for (const [name, bench] of Object.entries(benches)) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  const figures = await bench();
  console.log(JSON.stringify(figures, null, 2));
}
