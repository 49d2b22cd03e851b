import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { globMatcher } from '../src/globs';
import { TEST_FILES } from '../src/detect/inputs';

// Globs of the kinds the configuration, package.json `files`, workspaces and slimming use, and paths that test their
// edges: dotfiles, brackets and braces spelled literally, negation, `**` at either end, an empty path.
const GLOBS = [...TEST_FILES, 'config/**', 'src/*.js', '**/*.d.ts', '!**/*.map', 'a[1].js', 'x/{a,b}.js', 'lib/{a,b}/**', '.yarn/**', '*'];
const PATHS = [
  '',
  'a[1].js',
  'a1.js',
  'x/{a,b}.js',
  'x/a.js',
  'src/index.js',
  'src/deep/index.js',
  'src/.hidden.js',
  'config/app.json',
  'config/.env',
  'pkg/util.test.ts',
  'pkg/__tests__/x.js',
  'pkg/jest.config.cjs',
  'pkg/tsconfig.spec.json',
  'types/index.d.ts',
  'dist/app.js.map',
  'lib/a/x/y.js',
  'lib/c/x.js',
  '.yarn/releases/yarn.cjs',
  'README',
];

describe('globMatcher', () => {
  it('answers as picomatch does, with and without dot, for one glob and for a list', () => {
    for (const dot of [true, false]) {
      for (const glob of GLOBS) {
        const ours = globMatcher(glob, { dot });
        const theirs = picomatch(glob, { dot });
        for (const path of PATHS) expect([glob, dot, path, ours(path)]).toEqual([glob, dot, path, theirs(path)]);
      }
      const ours = globMatcher(GLOBS, { dot });
      const theirs = picomatch(GLOBS, { dot });
      for (const path of PATHS) expect([dot, path, ours(path)]).toEqual([dot, path, theirs(path)]);
    }
  });

  it('matches nothing for no globs, and refuses an empty glob as picomatch does', () => {
    expect(PATHS.some(globMatcher([]))).toBe(false);
    expect(() => globMatcher('')).toThrow(/non-empty string/);
  });
});
