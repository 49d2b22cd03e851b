// `npm run demo`: the bundled action on examples/monorepo against a local Lambda API, step by step, with the plan of
// each run as the CLI prints it, then the job summary and the pull-request comment as Markdown. Nothing leaves this
// machine: dummy credentials, loopback endpoints only.
import { demoEnding, RULE, runDemo } from '../test/support/demo';
import { renderTerminal } from '../src/report/terminal';

process.env.AWS_EC2_METADATA_DISABLED = 'true';

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const run = await runDemo(({ title, about, result }) => {
  console.log(`\n${RULE}\n▶ ${title}\n  ${about}\n${RULE}`);
  console.log(`outputs: changed-layers=${result.outputs['changed-layers']} updated-functions=${result.outputs['updated-functions']}`);
  console.log(`\n${renderTerminal(JSON.parse(result.outputs.plan), { color }).trimEnd()}`);
});

console.log(`\n${RULE}\n${demoEnding(run)}`);
