// The git CLI behind a small interface, started by a shell of this adapter's own (shell-spawner.ts: each argument
// quoted whole), NUL-separated output everywhere so any file name is safe.
import { shellSpawner } from './shell-spawner';

/** One index entry from `git ls-files -s`. */
export interface IndexEntry {
  path: string;
  /** Octal mode as git prints it: 100644, 100755, 120000, 160000. */
  mode: string;
  /** Blob id (or submodule commit id). */
  blob: string;
}

/** The working tree against the index and HEAD, as `git status` sees them. */
export interface WorktreeStatus {
  /** HEAD's commit; undefined before the first commit. */
  head?: string;
  /** Tracked paths whose working file differs from the index (content or mode; a touched file whose content is the
   *  same is left out). */
  modified: string[];
  /** Tracked paths missing from the working tree. */
  deleted: string[];
  /** Paths whose index entry differs from HEAD (staged changes, including staged additions and deletions). */
  staged: string[];
  /** Untracked files that are not ignored. */
  untracked: string[];
}

export interface FetchOptions {
  /** `--depth`: history depth for the fetched refs (a shallow fetch of one commit). */
  depth?: number;
  /** `--deepen`: extend the current shallow boundary by this many commits. */
  deepen?: number;
  unshallow?: boolean;
}

export interface Git {
  readonly root: string;
  /** The full sha of a revision; throws when it does not resolve. */
  revParse(rev: string): Promise<string>;
  /** The commit a revision names, or undefined when it does not resolve to a commit here. */
  resolveCommit(rev: string): Promise<string | undefined>;
  mergeBase(a: string, b: string): Promise<string | undefined>;
  /** The short name of the ref a revision names (`origin/HEAD` -> `origin/main`, `@{upstream}`, `HEAD` -> the
   *  branch, or `HEAD` when detached); undefined when it does not resolve. */
  refName(rev: string): Promise<string | undefined>;
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  isShallow(): Promise<boolean>;
  /** Fetches refspecs from a remote; false (never a throw) when the fetch fails, e.g. no remote or an unknown sha. */
  fetch(remote: string, refspecs: string[], opts?: FetchOptions): Promise<boolean>;
  /** Tags whose commit is an ancestor of (or equal to) rev, newest version first (`--sort=-v:refname`). */
  tagsMerged(rev: string): Promise<string[]>;
  /** `git ls-files -s`: every index entry, in index order. */
  lsFilesStage(): Promise<IndexEntry[]>;
  status(): Promise<WorktreeStatus>;
  /** Paths that differ between two commits, or between a commit and the working tree when `to` is omitted. */
  diffNames(from: string, to?: string): Promise<string[]>;
  /** Paths that differ between the merge-base of `from` and `to`, and `to`; throws when there is no single merge-base. */
  diffFromMergeBase(from: string, to: string): Promise<string[]>;
  /** A file's text at a revision, or undefined when it does not exist there. */
  show(rev: string, path: string): Promise<string | undefined>;
  /** Blob ids of working-tree files, as `git add` would record them (clean filters applied). */
  hashFiles(paths: string[]): Promise<string[]>;
  /** Blob id of literal content (a symlink's target, for instance). */
  hashContent(content: string): Promise<string>;
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly code: number | string,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (${code}): ${stderr.trim() || 'no output'}`);
  }
}

// Stable output whatever the user's git configuration or locale says.
const BASE_ARGS = ['-c', 'core.quotePath=off', '-c', 'color.ui=never', '--no-pager'];
/** A diff's changed paths, NUL-separated, with no rename pairing, external diff driver or dirty submodule. */
const DIFF_NAMES = ['--name-only', '-z', '--no-renames', '--no-ext-diff', '--ignore-submodules=dirty'];

/**
 * git's status lstat()s the whole tree on every core while a plan's main thread reads the configuration, manifests and
 * lockfile, which is what it waits for: at a lower priority git takes what the main thread leaves (docs/benchmarks.md).
 */
const GIT_NICENESS = 10;

export function createGit(repoRoot: string): Git {
  const shell = shellSpawner(repoRoot, { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' }, { niceness: GIT_NICENESS });

  async function run(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
    const result = await shell.run('git', [...BASE_ARGS, ...args], input).catch((error: Error) => {
      throw new GitError(args, 'not started', error.message);
    });
    // Bytes, decoded once whole: a character of several bytes is never split.
    const [stdout, stderr] = [result.stdout.toString(), result.stderr.toString()];
    // 126 and 127: the shell found no git to run; above 129, a signal killed it. Git's own statuses end at 129.
    if (result.code === 126 || result.code === 127 || result.code > 129) throw new GitError(args, result.code, stderr);
    return { code: result.code, stdout, stderr };
  }

  async function ok(args: string[], input?: string): Promise<string> {
    const result = await run(args, input);
    if (result.code !== 0) throw new GitError(args, result.code, result.stderr);
    return result.stdout;
  }

  async function succeeds(args: string[]): Promise<boolean> {
    return (await run(args)).code === 0;
  }

  const nulList = (out: string) => out.split('\0').filter((s) => s !== '');
  const nthSpace = (text: string, n: number) => {
    let at = -1;
    for (let i = 0; i < n; i++) at = text.indexOf(' ', at + 1);
    return at;
  };

  return {
    root: repoRoot,
    revParse: async (rev) => (await ok(['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])).trim(),
    async resolveCommit(rev) {
      const result = await run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
      return result.code === 0 ? result.stdout.trim() : undefined;
    },
    async mergeBase(a, b) {
      const result = await run(['merge-base', a, b]);
      return result.code === 0 ? result.stdout.trim() || undefined : undefined;
    },
    async refName(rev) {
      const result = await run(['rev-parse', '--abbrev-ref', rev]);
      return result.code === 0 ? result.stdout.trim() || undefined : undefined;
    },
    isAncestor: (ancestor, descendant) => succeeds(['merge-base', '--is-ancestor', ancestor, descendant]),
    isShallow: async () => (await ok(['rev-parse', '--is-shallow-repository'])).trim() === 'true',
    async fetch(remote, refspecs, opts = {}) {
      const args = ['fetch', '--no-tags', '--quiet', '--no-recurse-submodules'];
      if (opts.depth) args.push(`--depth=${opts.depth}`);
      if (opts.deepen) args.push(`--deepen=${opts.deepen}`);
      if (opts.unshallow) args.push('--unshallow');
      return succeeds([...args, remote, ...refspecs]);
    },
    // Tag names cannot contain newlines, so line output is safe here.
    tagsMerged: async (rev) =>
      (await ok(['tag', '--list', '--merged', rev, '--sort=-v:refname', '--format=%(refname:strip=2)'])).split('\n').filter(Boolean),
    async lsFilesStage() {
      const out = await ok(['ls-files', '-s', '-z']);
      const entries: IndexEntry[] = [];
      let start = 0;
      while (start < out.length) {
        const end = out.indexOf('\0', start);
        // "<mode> SP <blob> SP <stage> TAB <path>"
        const tab = out.indexOf('\t', start);
        const stage = out.charCodeAt(tab - 1);
        // During a conflicted merge only stage 0 or the "ours" stage (2) stand for the file.
        if (stage === 48 /* 0 */ || stage === 50 /* 2 */) {
          const blobStart = out.indexOf(' ', start) + 1;
          entries.push({
            mode: out.slice(start, blobStart - 1),
            blob: out.slice(blobStart, out.indexOf(' ', blobStart)),
            path: out.slice(tab + 1, end),
          });
        }
        start = end + 1;
      }
      return entries;
    },
    // One walk of the working tree for tracked and untracked files alike, HEAD or not (before the first commit
    // everything is staged). Each record: '1 XY sub mH mI mW hH hI path', 'u XY ... path' (unmerged), '? path';
    // with --branch, HEAD's commit first ('# branch.oid <sha>', '(initial)' before the first commit). Without
    // --no-ahead-behind, --branch counts the commits between a branch and its upstream: a walk of both histories.
    async status() {
      const out = await ok(['status', '--porcelain=v2', '--branch', '--no-ahead-behind', '-z', '--untracked-files=all', '--no-renames', '--ignore-submodules=dirty']);
      const result: WorktreeStatus = { modified: [], deleted: [], staged: [], untracked: [] };
      for (const record of nulList(out)) {
        if (record.startsWith('# branch.oid ')) {
          const oid = record.slice('# branch.oid '.length);
          if (/^[0-9a-f]{40,64}$/.test(oid)) result.head = oid;
          continue;
        }
        if (record.startsWith('? ')) {
          result.untracked.push(record.slice(2));
          continue;
        }
        const kind = record[0];
        if (kind !== '1' && kind !== 'u') continue;
        const path = record.slice(nthSpace(record, kind === '1' ? 8 : 10) + 1);
        const [index, worktree] = [record[2], record[3]];
        if (kind === 'u') {
          result.staged.push(path);
          result.modified.push(path);
          continue;
        }
        if (index !== '.') result.staged.push(path);
        if (worktree === 'D') result.deleted.push(path);
        else if (worktree !== '.') result.modified.push(path);
      }
      return result;
    },
    diffNames: async (from, to) => nulList(await ok(['diff', ...DIFF_NAMES, from, ...(to ? [to] : []), '--'])),
    diffFromMergeBase: async (from, to) => nulList(await ok(['diff', '--merge-base', ...DIFF_NAMES, from, to, '--'])),
    async show(rev, path) {
      const result = await run(['show', '--no-textconv', `${rev}:${path}`]);
      return result.code === 0 ? result.stdout : undefined;
    },
    async hashFiles(paths) {
      if (paths.length === 0) return [];
      const ids = (await ok(['hash-object', '--stdin-paths'], paths.map((p) => `${p}\n`).join(''))).trim().split('\n');
      if (ids.length !== paths.length) throw new GitError(['hash-object', '--stdin-paths'], 0, `expected ${paths.length} ids, got ${ids.length}`);
      return ids;
    },
    hashContent: async (content) => (await ok(['hash-object', '--stdin'], content)).trim(),
  };
}
