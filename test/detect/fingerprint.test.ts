import { describe, expect, it } from 'vitest';
import { fingerprint, lockfileIds } from '../../src/detect/fingerprint';
import type { LockEntry } from '../../src/detect/lockfiles';
import type { LayerConfig } from '../../src/types';

const LAYER: LayerConfig = {
  key: 'api-deps', type: 'nodejs', path: 'layers/api', layerName: 'acme-api-deps', runtimes: ['nodejs22.x'],
  architectures: ['arm64'], inputs: ['config/**'], exclude: [], slim: [], shareWith: [], timeoutMinutes: 30, allowScripts: [], regions: ['us-east-1'],
};
const entry = (path: string, name: string, version: string, integrity?: string, link?: boolean): LockEntry => ({ path, name, version, integrity, link });
// Two copies of one package (hoisted and nested, same version and integrity), a link, and ids that sort differently
// by code unit than by locale ('Z' before 'a', '@' before letters).
const CLOSURE = [
  entry('node_modules/zod', 'zod', '3.23.8', 'sha512-zod'),
  entry('node_modules/@scope/a', '@scope/a', '1.0.0', 'sha512-a'),
  entry('node_modules/Zeta', 'Zeta', '2.0.0'),
  entry('node_modules/ms', 'ms', '2.1.3', 'sha512-ms'),
  entry('node_modules/debug/node_modules/ms', 'ms', '2.1.3', 'sha512-ms'),
  entry('packages/util', '@acme/util', '0.1.0', undefined, true),
];
const PARTS = { own: 'a'.repeat(64), packages: [['packages/util', 'b'.repeat(64)], ['packages/core', 'c'.repeat(64)]] as const };

describe('fingerprint', () => {
  // Published layer versions carry their fingerprint: if this value moves, every layer of every user is published
  // again. Change it only together with BUILDER_VERSION, on purpose (2: inputs per layer type, `exclude`).
  it('is the value published versions were stamped with', () => {
    expect(fingerprint(LAYER, { ...PARTS, lockfile: lockfileIds([CLOSURE])[0] })).toBe('5c2759eb9c96e0e66a4f9277b0769714e03adbd5c84999416da7120784f94f0a');
  });

  it('does not depend on the order of the closure or of the packages', () => {
    const shuffled = { own: PARTS.own, packages: [...PARTS.packages].reverse(), lockfile: lockfileIds([[...CLOSURE].reverse()])[0] };
    expect(fingerprint(LAYER, shuffled)).toBe(fingerprint(LAYER, { ...PARTS, lockfile: lockfileIds([CLOSURE])[0] }));
  });
});

describe('lockfileIds', () => {
  it('gives each closure its ids sorted by code unit and unique, links left out', () => {
    const other = [CLOSURE[3], entry('node_modules/ms', 'ms', '3.0.0', 'sha512-ms3'), entry('node_modules/left-pad', 'left-pad', '1.3.0', undefined)];
    other[2].resolved = 'https://r/left-pad-1.3.0.tgz';
    expect(lockfileIds([CLOSURE, other, []])).toEqual([
      ['@scope/a@1.0.0 sha512-a', 'Zeta@2.0.0 ', 'ms@2.1.3 sha512-ms', 'zod@3.23.8 sha512-zod'],
      ['left-pad@1.3.0 https://r/left-pad-1.3.0.tgz', 'ms@2.1.3 sha512-ms', 'ms@3.0.0 sha512-ms3'],
      [],
    ]);
  });
});
