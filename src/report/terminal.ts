// The plan for a terminal (the CLI and the demo): aligned columns instead of Markdown, colours only when asked for.
// Affected layers get a row per region, unchanged ones share a line; every function shows its whole resulting layer
// list with what moves marked, and failures come last in full.
import { NO_BASE_REASON } from '../detect/detect';
import { layerMoves, NEXT_VERSION, pendingLayerName, shortLayer } from '../deploy/layers';
import type { FunctionPlan, FunctionStatus, LayerPlan, LayerRegionState, LayerStatus, Plan, Reasons } from '../types';
import { isAffected } from './outputs';
import { bytes } from './summary';
import { uncommittedLayers } from './uncommitted';

export interface TerminalOptions {
  /** ANSI colours: for a TTY without NO_COLOR. */
  color: boolean;
}

type Paint = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan';
const ANSI: Record<Paint, [number, number]> = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], cyan: [36, 39] };

const STATUS_PAINT: Record<LayerStatus | FunctionStatus, Paint> = {
  unchanged: 'dim',
  'no-change': 'dim',
  changed: 'yellow',
  'would-update': 'yellow',
  'would-create': 'yellow',
  created: 'green',
  published: 'green',
  reused: 'green',
  updated: 'green',
  failed: 'red',
  'rolled-back': 'red',
};

/** Items shown per reason kind before "+N more". */
const INLINE_ITEMS = 3;

export function renderTerminal(plan: Plan, opts: TerminalOptions): string {
  const paint = (style: Paint, s: string) => (opts.color && s ? `\x1b[${ANSI[style][0]}m${s}\x1b[${ANSI[style][1]}m` : s);
  const out: string[] = [];
  const base = plan.base.sha ? `base ${short(plan.base.sha)} (${plan.base.source})` : 'no base commit';
  const dirty = uncommittedLayers(plan.layers);
  out.push(`${paint('bold', `Lambda layers: ${plan.mode}`)} (${plan.modeReason}) · commit ${short(plan.commit)}${dirty ? ' + uncommitted changes' : ''} · ${base}`);
  if (plan.base.note) out.push(paint('dim', `  ${plan.base.note}`));
  if (!plan.awsConsulted) out.push(paint('dim', '  AWS was not consulted (no credentials): statuses come from git alone.'));
  if (dirty) out.push(paint('yellow', `  Inputs that differ from the commit, taken as they are (versions published from them are labelled 'uncommitted'): ${dirty}`));
  out.push('');

  const affected = plan.layers.filter(isAffected);
  const unchanged = plan.layers.filter((l) => l.status === 'unchanged');
  // From git alone a layer is only known not to have changed since the base: never `unchanged`, which means published.
  const noChange = `no change since ${short(plan.base.sha ?? '')}`;
  const unknown = plan.layers.filter((l) => l.status === 'no-change');
  const marked = (l: LayerPlan) => (l.uncommitted ? `${l.key} (uncommitted)` : l.key);
  out.push(`${paint('bold', 'Layers')}  ${counts(plan.layers.map((l) => (l.status === 'no-change' ? noChange : l.status)))}`);
  // A reason every affected layer shares (no base commit, forced) is said once, above the rows.
  const shared = affected.length > 1 ? affected[0].reasons.other.filter((r) => affected.every((l) => l.reasons.other.includes(r))) : [];
  // The heading and the base note above already say that there is no base commit, and why.
  for (const reason of shared.filter((r) => r !== NO_BASE_REASON)) out.push(`  every affected layer: ${reason}`);
  if (affected.length > 0) {
    const rows = affected.flatMap((layer) =>
      layer.regions.map((r, i) => [
        i === 0 ? layer.status : '',
        i === 0 ? marked(layer) : '',
        r.region,
        regionVersion(r),
        i === 0 ? size(layer) : '',
        i === 0 ? reasons(layer.reasons, shared) : '',
      ]),
    );
    out.push(...table(['STATUS', 'LAYER', 'REGION', 'VERSION', 'SIZE', 'REASONS'], rows, paint));
  }
  const unchangedItem = (l: LayerPlan) => {
    // A version whose zip a rebuild proved identical (its policy records this fingerprint).
    const same = l.regions.find((r) => r.sameZip && r.arn)?.arn;
    return same ? `${marked(l)} (same zip as ${layer(same)})` : marked(l);
  };
  if (unchanged.length > 0) out.push(paint('dim', `  unchanged: ${unchanged.map(unchangedItem).join(', ')}`));
  if (unknown.length > 0) out.push(paint('dim', `  ${noChange} (not checked against AWS): ${unknown.map(marked).join(', ')}`));

  if (plan.functions.length > 0) {
    out.push('', `${paint('bold', 'Functions')}  ${counts(plan.functions.map((f) => f.status))}`);
    // A version ARN ends in the version number, which is all a reader needs.
    const alias = (f: FunctionPlan) => (f.aliasVersion ? `; alias → version ${f.aliasVersion.split(':').pop()}` : '');
    const rows = plan.functions.map((f) => [f.status, f.name === f.key ? f.key : `${f.key} (${f.name})`, f.region, layerList(f, plan.awsConsulted) + alias(f)]);
    out.push(...table(['STATUS', 'FUNCTION', 'REGION', 'LAYERS'], rows, paint));
  }

  const failures = failureLines(plan);
  if (failures.length > 0) {
    out.push('', paint('bold', paint('red', 'Failures')));
    for (const [what, error] of failures) {
      const [first, ...rest] = error.trim().split('\n');
      out.push(`  ${paint('red', '✗')} ${what}: ${first}`, ...rest.map((line) => `      ${line}`));
    }
  }
  return out.join('\n') + '\n';
}

/** Columns padded to their widest cell; the first column is a status, painted after padding so widths stay true. */
function table(header: string[], rows: string[][], paint: (style: Paint, s: string) => string): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ')}`.trimEnd();
  return [
    paint('dim', line(header)),
    ...rows.map((r) => {
      const text = line(r);
      const status = r[0] as LayerStatus | FunctionStatus;
      return status ? text.replace(status, paint(STATUS_PAINT[status], status)) : text;
    }),
  ];
}

function counts(statuses: string[]): string {
  const tally = new Map<string, number>();
  for (const s of statuses) tally.set(s, (tally.get(s) ?? 0) + 1);
  return [...tally].map(([status, n]) => `${n} ${status}`).join(' · ');
}

const REASON_KINDS: (keyof Reasons)[] = ['files', 'packages', 'lockfile', 'config', 'other'];

function reasons(all: Reasons, shared: string[]): string {
  const parts = REASON_KINDS.map((kind) => {
    const list = kind === 'other' ? all.other.filter((r) => !shared.includes(r)) : all[kind];
    if (list.length === 0) return '';
    const more = list.length > INLINE_ITEMS ? ` +${list.length - INLINE_ITEMS} more` : '';
    const items = list.slice(0, INLINE_ITEMS).join(', ') + more;
    return kind === 'other' ? items : `${kind}: ${items}`;
  }).filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : '—';
}

function regionVersion(r: LayerRegionState): string {
  const before = r.previousArn ? layer(r.previousArn) : 'none';
  switch (r.status) {
    case 'failed':
      return `${before} → failed`;
    case 'changed':
      return `${before} → new version`;
    case 'published':
      return `${before} → ${r.arn ? layer(r.arn) : '?'}`;
    case 'reused':
      return `${r.arn ? layer(r.arn) : before} (identical zip)`;
    case 'unchanged':
      return r.arn ? layer(r.arn) : before;
    case 'no-change':
      return 'not checked against AWS';
  }
}

/** The zip is only built by publish and deploy: a plan has no size to show. */
function size(l: LayerPlan): string {
  if (!l.zip) return '—';
  const previous = l.regions.find((r) => r.previousCodeSize !== undefined)?.previousCodeSize;
  if (previous === undefined) return bytes(l.zip.size);
  const delta = l.zip.size - previous;
  return `${bytes(l.zip.size)} (${delta >= 0 ? '+' : '−'}${bytes(Math.abs(delta))})`;
}

/**
 * The whole resulting list in load order: `old → new` where a version moves, `+new` appended, `−old` dropped. Without
 * AWS the function was not read: `name:? → name (new version)`, as it may well have the layer already.
 */
function layerList(f: FunctionPlan, awsConsulted: boolean): string {
  if (f.newLayers.length === 0 && f.oldLayers.length === 0) return '—';
  const { moves, dropped } = layerMoves(f.oldLayers, f.newLayers);
  const parts = moves.map(({ from, to }) => {
    if (from === to) return layer(to);
    const unread = !awsConsulted && pendingLayerName(to);
    return from ? `${layer(from)} → ${layer(to)}` : unread ? `${unread}:? → ${layer(to)}` : `+${layer(to)}`;
  });
  return [...parts, ...dropped.map((arn) => `−${layer(arn)}`)].join(', ');
}

function failureLines(plan: Plan): [string, string][] {
  const failures: [string, string][] = [];
  for (const l of plan.layers) {
    if (l.error) failures.push([`layer ${l.key}`, l.error]);
    else for (const r of l.regions) if (r.error) failures.push([`layer ${l.key} in ${r.region}`, r.error]);
  }
  for (const f of plan.functions) if (f.error) failures.push([`function ${f.key} in ${f.region}`, f.error]);
  return failures;
}

/** `name:7`; a version still to publish reads `name (new version)`. */
function layer(arn: string): string {
  const s = shortLayer(arn);
  return s.endsWith(`:${NEXT_VERSION}`) ? `${s.slice(0, -NEXT_VERSION.length - 1)} (new version)` : s;
}

function short(sha: string): string {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
