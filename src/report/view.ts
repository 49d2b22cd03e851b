// The one view of a plan that every report renders: the job summary, the PR comment and the terminal. Each fact
// (counts, versions, size deltas, layer moves, alias moves, grants, failures) is decided here once; the renderers only
// lay it out, and mark it up through `Inline` (Markdown escaping and emphasis for GitHub, nothing for a terminal).
import { bytes } from '../bytes';
import { NO_BASE_REASON } from '../detect/detect';
import { layerMoves, NEXT_VERSION, pendingLayerName, shortLayer } from '../deploy/layers';
import type { FunctionPlan, FunctionStatus, LayerPlan, LayerRegionState, LayerStatus, Mode, Plan, Reasons, SsmParameterState } from '../types';
import { isAffected } from './outputs';
import { uncommittedLayers } from './uncommitted';

/** How a renderer marks up inline text. */
export interface Inline {
  /** Data from the configuration, the event or AWS, as inert text. */
  text(s: string): string;
  /** A key or name. */
  code(s: string): string;
  /** What this run changes. */
  strong(s: string): string;
  /** A version that failed to publish. */
  failed: string;
}

export interface Count {
  label: string;
  n: number;
}

export interface ReasonGroup {
  /** `files:`, `packages:` ...; empty for `other`, whose items are sentences. */
  label: string;
  items: string[];
}

/** A layer's version in one region: `from → to`, or just `to` when it does not move. */
export interface RegionMove {
  region: string;
  change: 'failed' | 'new' | 'published' | 'reused' | 'same' | 'unknown';
  /** Short name of the version before this run, `none` without one. */
  from: string;
  /** Short name of the version after it, when known. */
  to?: string;
  /** shareWith entries a publish or deploy would grant that version (a plan's; it is not shared with them yet). */
  grants: string[];
}

export interface LayerRow {
  key: string;
  status: LayerStatus;
  uncommitted: boolean;
  reasons: ReasonGroup[];
  regions: RegionMove[];
  /** Zipped bytes and the change from the previous version's; no zip before a build. */
  size?: { bytes: number; delta?: number };
  skippedScripts: string[];
}

export interface LayerItem {
  key: string;
  /** The version it stays on, when known. */
  version?: string;
  /** That version's zip is the one a rebuild gave: its policy records this fingerprint. */
  sameZip: boolean;
  uncommitted: boolean;
}

export interface LayerMove {
  kind: 'same' | 'moved' | 'unread' | 'added' | 'dropped';
  /** Short names; `unread`: the layer name (the function was not read). */
  from?: string;
  to?: string;
}

export interface AliasMove {
  name: string;
  /** The function version it points at before this run; none when it does not exist yet. */
  from?: string;
  /** After it; `new version` for the version a deploy would publish. */
  to: string;
  /** A function version is (or would be) published for it. */
  publishes: boolean;
}

export interface FunctionRow {
  key: string;
  /** FunctionName, when it differs from the key. */
  name?: string;
  region: string;
  status: FunctionStatus;
  discovered: boolean;
  /** The whole resulting layer list in load order, then the layers dropped. */
  layers: LayerMove[];
  alias?: AliasMove;
}

export interface Mark {
  mark: string;
  meaning: string;
}

export interface SsmRow {
  status: SsmParameterState['status'];
  name: string;
  region: string;
  from: string;
  to: string;
  error?: string;
}

export interface Failure {
  /** `layer tools`, `function api in us-east-1`: `code` marks the key. */
  kind: 'layer' | 'function';
  key: string;
  region?: string;
  error: string;
  /** A layer's error may quote its build's output, which the PR comment never shows. */
  buildOutput: boolean;
}

export interface PlanView {
  title: string;
  mode: Mode;
  modeReason: string;
  commit: string;
  /** Some layer is built from files that differ from the commit. */
  uncommittedChanges: boolean;
  base?: { sha: string; source: string };
  baseNote?: string;
  awsConsulted: boolean;
  /** The layers built from uncommitted files, with their files. */
  uncommitted?: string;
  layerCounts: Count[];
  affected: LayerRow[];
  unchanged: LayerItem[];
  notChecked: LayerItem[];
  /** Reasons every affected layer shares (with more than one), but the missing base that the heading already says. */
  sharedReasons: string[];
  functionCounts: Count[];
  functions: FunctionRow[];
  /** What the marks of the functions' layer lists mean, for those that appear. */
  legend: Mark[];
  ssm: SsmRow[];
  failures: Failure[];
}

export const AWS_NOT_CONSULTED = 'AWS was not consulted (no credentials, e.g. a fork PR): statuses come from git alone.';
/** Items shown per reason kind before "+N more". */
export const INLINE_ITEMS = 3;

const REASON_KINDS: (keyof Reasons)[] = ['files', 'packages', 'lockfile', 'config', 'other'];

export function planView(plan: Plan): PlanView {
  const affected = plan.layers.filter(isAffected);
  const functions = plan.functions.map((f) => functionRow(f, plan.awsConsulted));
  return {
    title: `Lambda layers: ${plan.mode}`,
    mode: plan.mode,
    modeReason: plan.modeReason,
    commit: short(plan.commit),
    uncommittedChanges: plan.layers.some(dirty),
    base: plan.base.sha ? { sha: short(plan.base.sha), source: plan.base.source } : undefined,
    baseNote: plan.base.note,
    awsConsulted: plan.awsConsulted,
    uncommitted: uncommittedLayers(plan.layers),
    layerCounts: counts(plan.layers.map((l) => l.status)),
    affected: affected.map(layerRow),
    unchanged: plan.layers
      .filter((l) => l.status === 'unchanged')
      .map((l) => ({ key: l.key, version: stayingVersion(l), sameZip: Boolean(l.regions[0]?.sameZip), uncommitted: dirty(l) })),
    notChecked: plan.layers.filter((l) => l.status === 'no-change').map((l) => ({ key: l.key, sameZip: false, uncommitted: dirty(l) })),
    sharedReasons:
      affected.length > 1 ? affected[0].reasons.other.filter((r) => r !== NO_BASE_REASON && affected.every((l) => l.reasons.other.includes(r))) : [],
    functionCounts: counts(plan.functions.map((f) => f.status)),
    functions,
    legend: legend(functions),
    ssm: plan.layers.flatMap((l) => l.regions.flatMap((r) => (r.ssm && r.ssm.status !== 'unchanged' ? [ssmRow(r.region, r.ssm)] : []))),
    failures: failures(plan),
  };
}

function layerRow(layer: LayerPlan): LayerRow {
  return {
    key: layer.key,
    status: layer.status,
    uncommitted: dirty(layer),
    reasons: REASON_KINDS.filter((k) => layer.reasons[k].length > 0).map((k) => ({ label: k === 'other' ? '' : k, items: layer.reasons[k] })),
    regions: layer.regions.map(regionMove),
    size: layer.zip && { bytes: layer.zip.size, delta: delta(layer) },
    skippedScripts: layer.skippedScripts ?? [],
  };
}

/** Built from files that differ from the commit. */
function dirty(layer: LayerPlan): boolean {
  return Boolean(layer.uncommitted?.length);
}

function delta(layer: LayerPlan): number | undefined {
  const previous = layer.regions.find((r) => r.previousCodeSize !== undefined)?.previousCodeSize;
  return previous === undefined ? undefined : layer.zip!.size - previous;
}

function regionMove(r: LayerRegionState): RegionMove {
  const from = r.previousArn ? layerName(r.previousArn) : 'none';
  const to = r.arn && layerName(r.arn);
  const grants = r.missingGrants ?? [];
  switch (r.status) {
    case 'failed':
      return { region: r.region, change: 'failed', from, grants };
    case 'changed':
      return { region: r.region, change: 'new', from, to: 'new version', grants };
    case 'published':
      return { region: r.region, change: 'published', from, to: to ?? '?', grants };
    case 'reused':
      return { region: r.region, change: 'reused', from, to: to ?? from, grants };
    case 'unchanged':
      return { region: r.region, change: 'same', from, to: to ?? from, grants };
    case 'no-change':
      return { region: r.region, change: 'unknown', from, grants };
  }
}

function stayingVersion(layer: LayerPlan): string | undefined {
  const r = layer.regions[0];
  const arn = r?.arn ?? r?.previousArn;
  return arn && layerName(arn);
}

/**
 * Every layer of the function's new list: `same`, `moved` (old → new), `added`; without AWS the function was not
 * read, so a layer is `unread` (`name:? → new`): it may well have it already. Then the layers it loses.
 */
function functionRow(f: FunctionPlan, awsConsulted: boolean): FunctionRow {
  const { moves, dropped } = layerMoves(f.oldLayers, f.newLayers);
  const layers: LayerMove[] = moves.map(({ from, to }): LayerMove => {
    if (from === to) return { kind: 'same', to: layerName(to) };
    if (from) return { kind: 'moved', from: layerName(from), to: layerName(to) };
    const unread = !awsConsulted && pendingLayerName(to);
    return unread ? { kind: 'unread', from: unread, to: layerName(to) } : { kind: 'added', to: layerName(to) };
  });
  layers.push(...dropped.map((arn): LayerMove => ({ kind: 'dropped', from: layerName(arn) })));
  return {
    key: f.key,
    name: f.name === f.key ? undefined : f.name,
    region: f.region,
    status: f.status,
    discovered: Boolean(f.discovered),
    layers,
    alias: aliasMove(f),
  };
}

function aliasMove(f: FunctionPlan): AliasMove | undefined {
  const a = f.alias;
  // Neither before nor after: a rollback removed the alias this run had created.
  if (!a?.to) return undefined;
  return { name: a.name, from: a.from, to: a.to === NEXT_VERSION ? 'new version' : a.to, publishes: a.to !== a.from };
}

const MARKS: [LayerMove['kind'], Mark][] = [
  ['moved', { mark: 'old → new', meaning: 'the layer moves to another version' }],
  ['added', { mark: '+', meaning: 'a layer the function does not have yet, appended' }],
  ['dropped', { mark: '−', meaning: 'a layer removed from the function' }],
  ['unread', { mark: 'name:?', meaning: 'the function was not read (AWS was not consulted): it may have the layer already' }],
];

/** The marks used by the functions that change, explained. */
function legend(functions: FunctionRow[]): Mark[] {
  const used = new Set(functions.filter((f) => f.status !== 'unchanged').flatMap((f) => f.layers.map((l) => l.kind)));
  return MARKS.filter(([kind]) => used.has(kind)).map(([, mark]) => mark);
}

function ssmRow(region: string, ssm: SsmParameterState): SsmRow {
  return {
    status: ssm.status,
    name: ssm.name,
    region,
    from: ssm.from ? layerName(ssm.from) : 'none',
    to: ssm.to ? layerName(ssm.to) : 'new version',
    error: ssm.error,
  };
}

/**
 * One line per failure: a layer's error (which, when regions failed, already names each region's), else each failed
 * region's; then each function's.
 */
function failures(plan: Plan): Failure[] {
  const out: Failure[] = [];
  for (const l of plan.layers) {
    if (l.error) out.push({ kind: 'layer', key: l.key, error: l.error, buildOutput: true });
    else for (const r of l.regions) if (r.error) out.push({ kind: 'layer', key: l.key, region: r.region, error: r.error, buildOutput: false });
  }
  for (const f of plan.functions) if (f.error) out.push({ kind: 'function', key: f.key, region: f.region, error: f.error, buildOutput: false });
  return out;
}

function counts(statuses: string[]): Count[] {
  const tally = new Map<string, number>();
  for (const s of statuses) tally.set(s, (tally.get(s) ?? 0) + 1);
  return [...tally].map(([label, n]) => ({ label, n }));
}

/** `name:7`; a version still to publish reads `name (new version)`. */
function layerName(arn: string): string {
  const s = shortLayer(arn);
  return s.endsWith(`:${NEXT_VERSION}`) ? `${s.slice(0, -NEXT_VERSION.length - 1)} (new version)` : s;
}

function short(sha: string): string {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}

// The phrases every renderer shares, marked up by its `Inline`.

/** `**3** changed · **47** unchanged` */
export function countsPhrase(view: PlanView, list: Count[], f: Inline): string {
  return list.map(({ label, n }) => `${f.strong(String(n))} ${label === 'no-change' ? noChangePhrase(view, f) : label}`).join(' · ');
}

/** From git alone a layer is only known not to have changed since the base: never `unchanged`, which means published. */
export function noChangePhrase(view: PlanView, f: Inline): string {
  return `no change since ${f.code(view.base?.sha ?? '')}`;
}

/** `commit abc1234 + uncommitted changes · base def5678 (pull_request)` */
export function commitPhrase(view: PlanView, f: Inline): string {
  const base = view.base ? `base ${f.code(view.base.sha)} (${f.text(view.base.source)})` : 'no base commit';
  return `commit ${f.code(view.commit)}${view.uncommittedChanges ? ' + uncommitted changes' : ''} · ${base}`;
}

export function uncommittedPhrase(view: PlanView, f: Inline): string {
  return `Inputs that differ from the commit, taken as they are (versions published from them are labelled ${f.code('uncommitted')}): ${f.text(view.uncommitted ?? '')}`;
}

/** `Layers: + a layer the function does not have yet, appended; − a layer removed from the function.` */
export function legendPhrase(marks: Mark[], f: Inline): string {
  return `Layers: ${marks.map((m) => `${f.code(m.mark)} ${m.meaning}`).join('; ')}.`;
}

/** `files: a, b, c +2 more` */
export function reasonPhrase(group: ReasonGroup, f: Inline): string {
  const more = group.items.length > INLINE_ITEMS ? ` +${group.items.length - INLINE_ITEMS} more` : '';
  const items = group.items.slice(0, INLINE_ITEMS).map(f.text).join(', ') + more;
  return group.label ? `${group.label}: ${items}` : items;
}

export function versionPhrase(m: RegionMove, f: Inline): string {
  const shared = m.grants.length > 0 ? `, to be shared with ${m.grants.map(f.text).join(', ')}` : '';
  switch (m.change) {
    case 'failed':
      return `${f.text(m.from)} → ${f.failed}`;
    case 'new':
      return `${f.text(m.from)} → new version${shared}`;
    case 'published':
      return `${f.text(m.from)} → ${f.strong(f.text(m.to!))}${shared}`;
    case 'reused':
      return `${f.text(m.to!)} (identical zip)${shared}`;
    case 'same':
      return `${f.text(m.to!)}${shared}`;
    case 'unknown':
      return 'not checked against AWS';
  }
}

export function sizePhrase(size: LayerRow['size']): string {
  if (!size) return '—';
  if (size.delta === undefined) return bytes(size.bytes);
  const sign = size.delta > 0 ? '+' : size.delta < 0 ? '−' : '±';
  return `${bytes(size.bytes)} (${sign}${bytes(Math.abs(size.delta))})`;
}

/** `key (acme-key:5, uncommitted)`, `key (same zip as acme-key:5)` */
export function itemPhrase(item: LayerItem, f: Inline): string {
  const version = item.version && `${item.sameZip ? 'same zip as ' : ''}${f.text(item.version)}`;
  const notes = [version, item.uncommitted && 'uncommitted'].filter(Boolean);
  return notes.length > 0 ? `${f.code(item.key)} (${notes.join(', ')})` : f.code(item.key);
}

export function functionPhrase(fn: FunctionRow, f: Inline): string {
  return (fn.name ? `${f.code(fn.key)} (${f.text(fn.name)})` : f.code(fn.key)) + (fn.discovered ? ' (discovered)' : '');
}

export function layerMovePhrase(m: LayerMove, f: Inline): string {
  switch (m.kind) {
    case 'same':
      return f.text(m.to!);
    case 'moved':
      return `${f.text(m.from!)} → ${f.strong(f.text(m.to!))}`;
    case 'unread':
      return `${f.text(m.from!)}:? → ${f.strong(f.text(m.to!))}`;
    case 'added':
      return `+${f.strong(f.text(m.to!))}`;
    case 'dropped':
      return `−${f.text(m.from!)}`;
  }
}

/**
 * `publishes a function version; alias live: 3 → new version` (a plan), `published function version 4; alias live:
 * 3 → 4` (a deploy); an alias that stays: `alias live → version 3`.
 */
export function aliasPhrase(a: AliasMove, f: Inline): string {
  const name = `alias ${f.text(a.name)}`;
  if (!a.publishes) return `${name} → version ${f.text(a.to)}`;
  const published = a.to === 'new version' ? 'publishes a function version' : `published function version ${f.text(a.to)}`;
  return `${published}; ${name}: ${f.text(a.from ?? 'none')} → ${f.strong(f.text(a.to))}`;
}

/** `layer tools`, `function api in us-east-1` */
export function failureSubject(x: Failure, f: Inline): string {
  return `${x.kind} ${f.code(x.key)}${x.region ? ` in ${f.text(x.region)}` : ''}`;
}
