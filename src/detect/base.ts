// Which commit the git diff is taken against, per event (design.md, Change detection). The answer is only explanatory,
// so every dead end (shallow clone, new branch, force push, no tags) falls back with a note instead of failing the run.
import type { Git } from '../adapters/git';
import type { BaseCommit, Logger } from '../types';
import type { GitEvent } from './event';

const REMOTE = 'origin';
/** The event name of a run from a terminal (the command line), which has no event. */
export const TERMINAL = '';
const ZERO_SHA = /^0+$/;
/** A whole commit id (SHA-1 or SHA-256) is looked up as itself, not first as a branch of that name. */
const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
/** Deepening steps for a shallow clone, like dorny/paths-filter: 10, then doubling, then the whole history. */
const DEEPEN_STEPS = [10, 20, 40, 80, 160, 320];

export interface BaseAndChanges {
  base: BaseCommit;
  /** The files committed since the base; undefined without a base. */
  committed?: Promise<string[]>;
}

/**
 * The base commit, and the files committed since it. Where the base is the merge-base of a commit already here and
 * HEAD (a pull request, a commit id as `base-ref`), git is asked for those files beside the merge-base (`git diff
 * --merge-base`) rather than after it: one git command less between the configuration and the plan.
 * `headCommit`: HEAD as the caller has already asked git for it, so that it is asked once.
 */
export async function resolveBase(
  git: Git,
  event: GitEvent,
  baseRefInput: string | undefined,
  log: Logger,
  headCommit: Promise<string | undefined> = git.resolveCommit('HEAD'),
): Promise<BaseAndChanges> {
  const asked: ChangesSinceMergeBase[] = [];
  const base = await findBase({ git, log, event, asked }, baseRefInput, headCommit);
  const { sha } = base;
  if (!sha) return { base };
  // A re-run on the base itself changed nothing.
  if (sha === (await headCommit)) return { base, committed: Promise.resolve([]) };
  for (const { mergeBase, changes } of asked) {
    // Whichever way the base was found, the files changed since it are those changed since this merge-base.
    if ((await mergeBase) === sha) return { base, committed: changes.then((files) => files ?? git.diffNames(sha, 'HEAD')) };
  }
  return { base, committed: git.diffNames(sha, 'HEAD') };
}

/** The files changed from the merge-base of a commit and HEAD, asked for beside that merge-base. */
interface ChangesSinceMergeBase {
  mergeBase: Promise<string | undefined>;
  /** Undefined when git could not answer: several merge-bases (a criss-cross merge), or a git older than 2.30. */
  changes: Promise<string[] | undefined>;
}

async function findBase(from: Omit<Ctx, 'head'>, baseRefInput: string | undefined, headCommit: Promise<string | undefined>): Promise<BaseCommit> {
  const head = await headCommit;
  if (!head) return { source: 'none', note: 'HEAD is not a commit (empty repository?)' };
  const ctx: Ctx = { ...from, head };
  const { event } = ctx;

  const input = baseRefInput?.trim();
  if (input) return fromInput(ctx, input);

  const payload = event.payload ?? {};
  switch (event.name) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'pull_request_review_comment': {
      const sha: unknown = payload.pull_request?.base?.sha;
      if (typeof sha !== 'string') return parentOf(ctx, `the ${event.name} payload has no pull_request.base.sha`);
      return pullRequestBase(ctx, sha);
    }
    case 'merge_group': {
      const sha: unknown = payload.merge_group?.base_sha;
      if (typeof sha !== 'string') return parentOf(ctx, 'the merge_group payload has no base_sha');
      if (await ensureCommit(ctx, sha)) return { sha, source: 'merge_group.base_sha' };
      return parentOf(ctx, `merge_group.base_sha ${short(sha)} could not be fetched from ${REMOTE}`);
    }
    case 'push':
      if (event.ref?.startsWith('refs/tags/')) return previousTag(ctx, event.ref.slice('refs/tags/'.length));
      return pushBase(ctx);
    case 'release':
      return previousTag(ctx, String(payload.release?.tag_name ?? ''));
    case TERMINAL:
      return terminalBase(ctx);
    default:
      return parentOf(ctx, `a ${event.name} event has no base commit`);
  }
}

interface Ctx {
  git: Git;
  head: string;
  log: Logger;
  event: GitEvent;
  /** Where mergeBaseHere records the changes it asks for beside a merge-base. */
  asked: ChangesSinceMergeBase[];
}

async function fromInput(ctx: Ctx, input: string): Promise<BaseCommit> {
  const direct = FULL_SHA.test(input) ? await mergeBaseHere(ctx, input) : undefined;
  if (direct) return { sha: direct, source: 'base-ref input', note: direct === input.toLowerCase() ? undefined : `merge-base of '${input}' and HEAD` };
  const sha = await resolveRef(ctx, input);
  if (!sha) {
    return {
      source: 'base-ref input',
      note: `base-ref '${input}' is neither a local revision nor a branch, tag or commit on ${REMOTE}; every layer is a candidate`,
    };
  }
  const mergeBase = await findMergeBase(ctx, sha);
  if (mergeBase) return { sha: mergeBase, source: 'base-ref input', note: mergeBase === sha ? undefined : `merge-base of '${input}' and HEAD` };
  return { sha, source: 'base-ref input', note: `'${input}' shares no history with HEAD; comparing with it directly` };
}

async function pullRequestBase(ctx: Ctx, baseSha: string): Promise<BaseCommit> {
  const direct = await mergeBaseHere(ctx, baseSha);
  if (direct) return { sha: direct, source: 'pull_request' };
  if (!(await ensureCommit(ctx, baseSha))) {
    return parentOf(ctx, `the pull request base ${short(baseSha)} could not be fetched from ${REMOTE}`);
  }
  const mergeBase = await findMergeBase(ctx, baseSha);
  if (mergeBase) return { sha: mergeBase, source: 'pull_request' };
  return { sha: baseSha, source: 'pull_request', note: `no merge-base between the base ${short(baseSha)} and HEAD; comparing with the base directly` };
}

async function pushBase(ctx: Ctx): Promise<BaseCommit> {
  const payload = ctx.event.payload ?? {};
  const before: unknown = payload.before;
  if (typeof before !== 'string' || ZERO_SHA.test(before)) {
    const why = typeof before === 'string' ? 'a new branch (before is all zeros)' : 'the push payload has no before';
    return defaultBranchBase(ctx, why);
  }
  if (payload.forced === true) return defaultBranchBase(ctx, `a force push (before ${short(before)} was rewritten)`);
  if (!(await ensureCommit(ctx, before))) {
    return defaultBranchBase(ctx, `before ${short(before)} could not be fetched (force-pushed away?)`);
  }
  if (!(await deepenUntil(ctx, [before], () => ctx.git.isAncestor(before, ctx.head), `before ${short(before)}`))) {
    return defaultBranchBase(ctx, `before ${short(before)} is not an ancestor of HEAD (force push?)`);
  }
  return { sha: before, source: 'push.before' };
}

/** New branch or rewritten history: what the branch adds to the default branch, else the last commit. */
async function defaultBranchBase(ctx: Ctx, why: string): Promise<BaseCommit> {
  const branch = String(ctx.event.payload?.repository?.default_branch || 'main');
  const pushedRef = ctx.event.ref;
  const tip = await resolveRef(ctx, branch);
  const mergeBase = tip && (await findMergeBase(ctx, tip));
  if (mergeBase && mergeBase !== ctx.head) {
    return { sha: mergeBase, source: `merge-base with ${branch}`, note: `${capitalize(why)}: comparing with the merge-base with ${branch}` };
  }
  if (mergeBase && pushedRef !== `refs/heads/${branch}`) {
    return { sha: mergeBase, source: `merge-base with ${branch}`, note: `${capitalize(why)}: HEAD is already on ${branch}, nothing differs from it` };
  }
  const reason = mergeBase ? `HEAD is the tip of ${branch}` : `no merge-base with ${branch} was found`;
  return parentOf(ctx, `${why}, and ${reason}`);
}

/**
 * A run from a terminal: what this checkout adds to the default branch, which is origin/HEAD's target, else the
 * current branch's upstream, else a local main or master. On that branch's tip itself, its last commit.
 */
async function terminalBase(ctx: Ctx): Promise<BaseCommit> {
  const { git } = ctx;
  const picks = '--base <ref> picks another';
  const local = async () => {
    for (const name of ['main', 'master']) if (await git.resolveCommit(`refs/heads/${name}`)) return name;
  };
  const branch = (await git.refName(`${REMOTE}/HEAD`)) ?? (await git.refName('@{upstream}')) ?? (await local());
  if (!branch) return parentOf(ctx, `no default branch was found (no ${REMOTE}/HEAD, no upstream, no main or master branch)`, picks);
  const mergeBase = await findMergeBase(ctx, await git.revParse(branch));
  if (!mergeBase) return parentOf(ctx, `HEAD shares no history with ${branch}`, picks);
  const current = await git.refName('HEAD');
  if (mergeBase === ctx.head && (branch === current || branch === `${REMOTE}/${current}`)) {
    return parentOf(ctx, `HEAD is the tip of ${branch}`, picks);
  }
  return { sha: mergeBase, source: `merge-base with ${branch}` };
}

async function previousTag(ctx: Ctx, tag: string): Promise<BaseCommit> {
  const { git } = ctx;
  const parent = async () => (await git.resolveCommit('HEAD^')) !== undefined;
  const latest = async () => ((await parent()) ? (await git.tagsMerged('HEAD^'))[0] : undefined);
  // A shallow tag checkout carries no other tags: fetch them all (tips only), then deepen until one is in history.
  if (await git.isShallow()) {
    await git.fetch(REMOTE, ['+refs/tags/*:refs/tags/*'], { depth: 1 });
  }
  await deepenUntil(ctx, [], async () => (await latest()) !== undefined, `a tag before ${tag || 'HEAD'}`);
  const previous = await latest();
  if (!previous) return parentOf(ctx, `no tag before ${tag || 'HEAD'} is reachable from HEAD^ (first release?)`);
  return { sha: await git.revParse(`refs/tags/${previous}`), source: 'previous tag', note: `previous tag ${previous}` };
}

/** `then`: a last clause for the note, such as how to choose another base. */
async function parentOf(ctx: Ctx, why: string, then?: string): Promise<BaseCommit> {
  let parent: string | undefined;
  await deepenUntil(ctx, [], async () => (parent = await ctx.git.resolveCommit('HEAD^')) !== undefined, 'the parent commit');
  const end = then ? `; ${then}.` : '';
  if (!parent) return { source: 'none', note: `${capitalize(why)}, and HEAD has no parent commit; every layer is a candidate${end}` };
  return { sha: parent, source: 'HEAD^', note: `${capitalize(why)}: comparing with the parent commit HEAD^${end}` };
}

/** Resolves a branch, tag or sha: origin's remote-tracking ref first (fresher than a local branch on CI), then locally,
 *  then by fetching the branch, tag or commit from origin. */
async function resolveRef(ctx: Ctx, name: string): Promise<string | undefined> {
  const { git } = ctx;
  const plainName = /^[\w.\/-]+$/.test(name) && !name.startsWith('refs/') && !FULL_SHA.test(name);
  for (const candidate of plainName ? [`refs/remotes/${REMOTE}/${name}`, name] : [name]) {
    const sha = await git.resolveCommit(candidate);
    if (sha) return sha;
  }
  if (plainName) {
    const depth = (await git.isShallow()) ? 1 : undefined;
    const fetches = [
      [`+refs/heads/${name}:refs/remotes/${REMOTE}/${name}`, `refs/remotes/${REMOTE}/${name}`],
      [`+refs/tags/${name}:refs/tags/${name}`, `refs/tags/${name}`],
    ];
    for (const [refspec, local] of fetches) {
      if (await git.fetch(REMOTE, [refspec], { depth })) return git.resolveCommit(local);
    }
  }
  return FULL_SHA.test(name) && (await ensureCommit(ctx, name)) ? name : undefined;
}

/** True when the commit is here, fetching it (a shallow fetch of that one commit) when it is not. */
async function ensureCommit(ctx: Ctx, sha: string): Promise<boolean> {
  if (await ctx.git.resolveCommit(sha)) return true;
  ctx.log.debug(`Fetching ${short(sha)} from ${REMOTE}.`);
  const depth = (await ctx.git.isShallow()) ? 1 : undefined;
  return (await ctx.git.fetch(REMOTE, [sha], { depth })) && (await ctx.git.resolveCommit(sha)) !== undefined;
}

/** The merge-base of a commit that is already here: one git call where looking the commit up first would be two.
 *  Undefined when the commit is missing or shares no history yet (a shallow clone): the caller fetches and deepens.
 *  The files changed since it are asked for at the same time, for resolveBase. */
function mergeBaseHere(ctx: Ctx, sha: string): Promise<string | undefined> {
  if (sha.toLowerCase() === ctx.head) return Promise.resolve(ctx.head);
  const mergeBase = ctx.git.mergeBase(sha, ctx.head);
  ctx.asked.push({ mergeBase, changes: ctx.git.diffFromMergeBase(sha, ctx.head).catch(() => undefined) });
  return mergeBase;
}

async function findMergeBase(ctx: Ctx, sha: string): Promise<string | undefined> {
  if (sha.toLowerCase() === ctx.head) return ctx.head;
  let found: string | undefined;
  await deepenUntil(ctx, [sha], async () => (found = await ctx.git.mergeBase(sha, ctx.head)) !== undefined, `the merge-base with ${short(sha)}`);
  return found;
}

/**
 * Checks `found`; in a shallow clone, deepens HEAD's history (and `tips`) step by step until it holds or the whole
 * history is here, so users need no `fetch-depth: 0`. Returns the last answer of `found`.
 */
async function deepenUntil(ctx: Ctx, tips: string[], found: () => Promise<boolean>, what: string): Promise<boolean> {
  const { git, log } = ctx;
  if (await found()) return true;
  const refspecs = [ctx.head, ...tips];
  for (const step of DEEPEN_STEPS) {
    if (!(await git.isShallow())) return false;
    log.info(`Shallow clone: fetching ${step} more commits of history to find ${what}.`);
    if (!(await git.fetch(REMOTE, refspecs, { deepen: step }))) break;
    if (await found()) return true;
  }
  if (!(await git.isShallow())) return false;
  log.info(`Shallow clone: fetching the whole history to find ${what}.`);
  return (await git.fetch(REMOTE, refspecs, { unshallow: true })) && found();
}

const short = (sha: string) => sha.slice(0, 12);
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
