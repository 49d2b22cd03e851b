// Fails when dist/ is not exactly what `npm run build` produces from src/.
import { execFileSync } from 'node:child_process';

execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
const stale = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' }).trim();
if (stale) {
  console.error(`dist/ differs from a fresh build; run \`npm run build\` and commit dist/:\n${stale}`);
  process.exit(1);
}
console.log('dist/ matches a fresh build');
