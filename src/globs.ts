// Globs tested against paths by the ten thousand (a repository's files, a layer's zip entries): picomatch's regular
// expressions, tested directly. picomatch's own matcher makes two result objects per call, which a plan of 50,000 files
// turns into megabytes of garbage (50,000 paths against the six test-file globs: 22-51 ms by picomatch's matcher,
// 14-16 ms by its expressions).
import picomatch from 'picomatch';

/** Whether a path matches any of `globs`, as picomatch(globs, options)(path) says. */
export function globMatcher(globs: string | readonly string[], options?: Pick<picomatch.PicomatchOptions, 'dot'>): (path: string) => boolean {
  const patterns = typeof globs === 'string' ? [globs] : [...globs];
  const expressions = patterns.map((glob) => picomatch.makeRe(glob, options));
  return (path) => {
    // As picomatch: never the empty path; a path spelled as the glob matches it (`x/{a,b}.js` names that file too).
    if (path === '') return false;
    for (let i = 0; i < expressions.length; i++) if (expressions[i].test(path) || patterns[i] === path) return true;
    return false;
  };
}
