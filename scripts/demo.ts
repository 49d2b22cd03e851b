// `npm run demo`: the bundled action on examples/monorepo against a local Lambda API, step by step, with the plan of
// each run as the CLI prints it. Nothing leaves this machine: dummy credentials, loopback endpoints only.
import { runDemo } from '../test/support/demo';
import { renderTerminal } from '../src/report/terminal';

process.env.AWS_EC2_METADATA_DISABLED = 'true';

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const rule = '─'.repeat(100);
const run = await runDemo(({ title, about, result }) => {
  console.log(`\n${rule}\n▶ ${title}\n  ${about}\n${rule}`);
  console.log(`outputs: changed-layers=${result.outputs['changed-layers']} updated-functions=${result.outputs['updated-functions']}`);
  console.log(`\n${renderTerminal(JSON.parse(result.outputs.plan), { color }).trimEnd()}`);
});

console.log(`\n${rule}\nLayer versions published per step: ${JSON.stringify(run.publishes)}`);
console.log('Functions after the tag deploy:');
for (const [name, layers] of Object.entries(run.functions)) console.log(`  ${name}: ${layers.join(', ') || '(no layers)'}`);
console.log('SSM parameters (ssm.prefix) for Terraform and CDK:');
for (const [key, arn] of Object.entries(run.parameters)) console.log(`  /acme/lambda-layers/${key}: ${arn ?? '(none)'}`);
console.log(`The pull request has one plan comment (${run.comment ? `${run.comment.length} characters` : 'none'}).`);
