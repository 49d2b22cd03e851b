// A process that starts a build and is then stopped, as the runner stops the action: the test checks that nothing the
// build started is left. A SIGTERM handler that exits stands for the action's own (main.ts).
import { processExec } from '../../src/adapters/exec';

process.on('SIGTERM', () => process.exit(143));
void processExec.run('bash', ['-c', 'sleep 300 & echo "background $!"; sleep 300'], {
  cwd: process.cwd(),
  env: { PATH: process.env.PATH },
  onLine: (line) => console.log(line),
});
