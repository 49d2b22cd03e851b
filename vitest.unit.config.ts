import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// `npm run test:unit`: the inner loop, seconds not minutes. Tests of pure modules only, with literal inputs: no git
// repository, no process, no server. Before a commit, run `npm test`, which runs these and everything else.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'test/builders/{pip,placement,prune,registry-settings}.test.ts',
      'test/cli-render.test.ts',
      'test/docs-links.test.ts',
      'test/globs.test.ts',
      'test/deploy/layers.test.ts',
      'test/detect/fingerprint.test.ts',
      'test/detect/lockfiles/lockfiles.test.ts',
      'test/local/emulator.test.ts',
      'test/log-groups-buffer.test.ts',
      'test/paths.test.ts',
      'test/plan/{functions,layers,mode}.test.ts',
      'test/publish/description.test.ts',
      'test/readme.test.ts',
      'test/report/{outputs,redact,summary}.test.ts',
      'test/step-outputs.test.ts',
    ],
  },
});
