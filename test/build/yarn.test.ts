// yarn workspaces built into a layer with the real yarn 1 and yarn 4 (node-modules linker), against a loopback registry.
import { describe } from 'vitest';
import { managerSuite } from './pm-suite';

describe('yarn classic', () => {
  // yarn 1's --frozen-lockfile lets a workspace's new dependency through (yarnpkg/yarn#5840): the builder refuses it.
  managerSuite('classic', {
    stale: /^yarn.lock has no entry for late-addition@\^1.0.0 \(dependencies of packages\/shared\/package.json\), and yarn 1 would install it unlocked/,
    fix: 'run `yarn install` and commit yarn.lock',
  });
});

describe('yarn berry', () => {
  managerSuite('berry', { stale: /The lockfile would have been modified by this install, which is explicitly forbidden/, fix: 'run `yarn install` and commit yarn.lock' });
});
