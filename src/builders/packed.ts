// The files `npm pack` takes from a local package (its `files` field, .npmignore or .gitignore, the files always
// packed), listed in this process by npm's own library, npm-packlist, as npm 11 does. Starting npm for it cost about
// a second of CPU per layer, and the list no longer depends on the runner's npm version.
import normalizeBin from 'npm-normalize-package-bin';
import packlist from 'npm-packlist';

/**
 * The packed files of the package in `dir` whose package.json is `manifest`, relative to it. npm reads the manifest as
 * Arborist does (a `bin` string becomes an object); no dependency is bundled: node_modules never reaches a layer from
 * a local package's folder.
 */
export function npmPackList(dir: string, manifest: Record<string, unknown>): Promise<string[]> {
  // normalizeBin rewrites the object it is given.
  return packlist({ path: dir, package: normalizeBin({ ...manifest }), isProjectRoot: true, edgesOut: new Map() }, { path: dir });
}
