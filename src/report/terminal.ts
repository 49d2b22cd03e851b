// The plan for a terminal (the CLI and the demo), laid out from the view model (view.ts): aligned columns instead of
// Markdown, colours only when asked for. Affected layers get a row per region, unchanged ones share a line; every
// function shows its whole resulting layer list with what moves marked, and failures come last in full.
import type { FunctionStatus, LayerStatus, Plan } from '../types';
import {
  aliasPhrase,
  AWS_NOT_CONSULTED,
  commitPhrase,
  countsPhrase,
  failureSubject,
  functionPhrase,
  itemPhrase,
  layerMovePhrase,
  legendPhrase,
  noChangePhrase,
  planView,
  reasonPhrase,
  sizePhrase,
  uncommittedPhrase,
  versionPhrase,
  type Inline,
  type LayerRow,
} from './view';

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

const PLAIN: Inline = { text: (s) => s, code: (s) => s, strong: (s) => s, failed: 'failed' };

export function renderTerminal(plan: Plan, opts: TerminalOptions): string {
  const paint = (style: Paint, s: string) => (opts.color && s ? `\x1b[${ANSI[style][0]}m${s}\x1b[${ANSI[style][1]}m` : s);
  const view = planView(plan);
  const out: string[] = [];
  out.push(`${paint('bold', view.title)} (${view.modeReason}) · ${commitPhrase(view, PLAIN)}`);
  if (view.baseNote) out.push(paint('dim', `  ${view.baseNote}`));
  if (!view.awsConsulted) out.push(paint('dim', `  ${AWS_NOT_CONSULTED}`));
  if (view.uncommitted) out.push(paint('yellow', `  ${uncommittedPhrase(view, PLAIN)}`));
  out.push('');

  const marked = (item: { key: string; uncommitted: boolean }) => (item.uncommitted ? `${item.key} (uncommitted)` : item.key);
  out.push(`${paint('bold', 'Layers')}  ${countsPhrase(view, view.layerCounts, PLAIN)}`);
  // A reason every affected layer shares (forced) is said once, above the rows.
  for (const reason of view.sharedReasons) out.push(`  every affected layer: ${reason}`);
  if (view.affected.length > 0) {
    const rows = view.affected.flatMap((layer) =>
      layer.regions.map((r, i) => [
        i === 0 ? layer.status : '',
        i === 0 ? marked(layer) : '',
        r.region,
        versionPhrase(r, PLAIN),
        i === 0 ? sizePhrase(layer.size) : '',
        i === 0 ? reasons(layer, view.sharedReasons) : '',
      ]),
    );
    out.push(...table(['STATUS', 'LAYER', 'REGION', 'VERSION', 'SIZE', 'REASONS'], rows, paint));
    for (const layer of view.affected.filter((l) => l.skippedScripts.length > 0)) {
      out.push(`  install scripts not run in ${layer.key} (add to allowScripts to run them): ${layer.skippedScripts.join(', ')}`);
    }
  }
  if (view.unchanged.length > 0) out.push(paint('dim', `  unchanged: ${view.unchanged.map((l) => itemPhrase(l, PLAIN)).join(', ')}`));
  if (view.notChecked.length > 0) {
    out.push(paint('dim', `  ${noChangePhrase(view, PLAIN)} (not checked against AWS): ${view.notChecked.map((l) => itemPhrase(l, PLAIN)).join(', ')}`));
  }

  if (view.functions.length > 0) {
    out.push('', `${paint('bold', 'Functions')}  ${countsPhrase(view, view.functionCounts, PLAIN)}`);
    const rows = view.functions.map((f) => [
      f.status,
      functionPhrase(f, PLAIN),
      f.region,
      [f.layers.map((l) => layerMovePhrase(l, PLAIN)).join(', ') || '—', ...(f.alias ? [aliasPhrase(f.alias, PLAIN)] : [])].join('; '),
    ]);
    out.push(...table(['STATUS', 'FUNCTION', 'REGION', 'LAYERS'], rows, paint));
    if (view.legend.length > 0) out.push(paint('dim', `  ${legendPhrase(view.legend, PLAIN)}`));
  }

  if (view.ssm.length > 0) {
    out.push('', paint('bold', 'SSM parameters'));
    const rows = view.ssm.map((p) => [p.status, p.name, p.region, `${p.from} → ${p.to}${p.error ? `: ${p.error}` : ''}`]);
    out.push(...table(['STATUS', 'PARAMETER', 'REGION', 'VALUE'], rows, paint));
  }

  if (view.failures.length > 0) {
    out.push('', paint('bold', paint('red', 'Failures')));
    for (const failure of view.failures) {
      const [first, ...rest] = failure.error.trim().split('\n');
      out.push(`  ${paint('red', '✗')} ${failureSubject(failure, PLAIN)}: ${first}`, ...rest.map((line) => `      ${line}`));
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

/** The reasons of one row, but those said once above the table. */
function reasons(layer: LayerRow, shared: string[]): string {
  const groups = layer.reasons.map((g) => (g.label ? g : { ...g, items: g.items.filter((r) => !shared.includes(r)) })).filter((g) => g.items.length > 0);
  return groups.length > 0 ? groups.map((g) => reasonPhrase(g, PLAIN)).join('; ') : '—';
}
