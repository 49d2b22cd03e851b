// pnpm workspaces built into a layer with the real pnpm, against a loopback registry.
import { describe } from 'vitest';
import { managerSuite } from './pm-suite';

describe('pnpm', () => {
  managerSuite('pnpm', { stale: /ERR_PNPM_OUTDATED_LOCKFILE/, fix: 'run `pnpm install` and commit pnpm-lock.yaml' });
});
