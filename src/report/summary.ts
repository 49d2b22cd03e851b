// Markdown for the job summary and the sticky PR comment, laid out from the view model (view.ts): readable at a glance
// with 50 layers (the comment leaves out build output). Only affected layers get a table row; unchanged ones share
// one collapsed line.
// Every string from the configuration or the event (keys, names, paths, refs, regions, ARNs, errors) goes through
// `text()`, so it renders as inert text: it cannot break the table, run HTML, link, or mention anyone.
import type { FunctionStatus, LayerStatus, Plan } from '../types';
import {
  aliasPhrase,
  AWS_NOT_CONSULTED,
  commitPhrase,
  countsPhrase,
  failureSubject,
  functionPhrase,
  INLINE_ITEMS,
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
  type PlanView,
} from './view';

const LAYER_ICON: Record<LayerStatus, string> = {
  unchanged: '⚪',
  'no-change': '⚪',
  changed: '🔄',
  published: '🚀',
  reused: '♻️',
  failed: '❌',
};

const FUNCTION_ICON: Record<FunctionStatus, string> = {
  unchanged: '⚪',
  'would-update': '🔄',
  'would-create': '🆕',
  updated: '✅',
  created: '✅',
  failed: '❌',
  'rolled-back': '↩️',
};

/** Items listed per reason kind inside `<details>`; the rest are in the `plan` output. */
const DETAIL_ITEMS = 25;
/** GitHub rejects comments over 65536 characters; stay well below. */
const MAX_LENGTH = 60_000;

export interface RenderOptions {
  maxLayers?: number;
  /** `comment`: the PR comment, which never quotes a layer's error (build output) but points to the run's log. */
  audience?: 'summary' | 'comment';
  /** The run's page, `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`. */
  runUrl?: string;
}

export function renderPlan(plan: Plan, opts: RenderOptions = {}): string {
  const view = planView(plan);
  const full = render(view, opts, DETAIL_ITEMS);
  if (full.length <= MAX_LENGTH) return full;
  // Too long for a comment: drop the expanded reason lists, keep every row.
  return render(view, opts, 0);
}

/** Lines of an error message quoted in a report; the log has them all. */
const ERROR_LINES = 20;

/**
 * A run that failed before it had a plan: the action's own error (a configuration problem per line, a refusal, a
 * missing credential), never build output, and a link to the run.
 */
export function renderError(message: string, opts: Pick<RenderOptions, 'runUrl'> = {}): string {
  const [first, ...rest] = message.trim().split('\n').filter((line) => line.trim() !== '');
  const more = rest.length > ERROR_LINES ? [`- …${rest.length - ERROR_LINES} more in the run's log`] : [];
  const log = opts.runUrl ? `[run's log](${linkTarget(opts.runUrl)})` : "run's log";
  return [
    '### Lambda layers: failed',
    '',
    '> [!CAUTION]',
    `> The run failed: ${text(first ?? 'no message')}`,
    '',
    ...rest.slice(0, ERROR_LINES).map((line) => `- ${text(line.trim())}`),
    ...more,
    ...(rest.length > 0 ? [''] : []),
    `The details are in the ${log}.`,
    '',
  ].join('\n');
}

const MARKDOWN: Inline = { text, code, strong: (s) => `**${s}**`, failed: '❌ failed' };

function render(view: PlanView, opts: RenderOptions, detailItems: number): string {
  const maxLayers = opts.maxLayers ?? 50;
  const out: string[] = [];
  out.push(`### ${view.title}`, '', `Mode **${text(view.mode)}** (${text(view.modeReason)}) · ${commitPhrase(view, MARKDOWN)}`, '');
  if (!view.awsConsulted) out.push('> [!NOTE]', `> ${AWS_NOT_CONSULTED}`, '');
  if (view.baseNote) out.push(`> ${text(view.baseNote)}`, '');
  if (view.uncommitted) out.push('> [!WARNING]', `> ${uncommittedPhrase(view, MARKDOWN)}`, '');
  out.push(...layerSection(view, maxLayers, detailItems));
  out.push(...functionSection(view));
  out.push(...ssmSection(view));
  out.push(...failureSection(view, opts));
  return out.join('\n').trimEnd() + '\n';
}

function layerSection(view: PlanView, maxLayers: number, detailItems: number): string[] {
  const { affected, unchanged, notChecked } = view;
  if (view.layerCounts.length === 0) return ['No layers in this run.', ''];
  const noChange = noChangePhrase(view, MARKDOWN);
  const out = [countsPhrase(view, view.layerCounts, MARKDOWN), ''];
  if (affected.length > 0) {
    const shown = affected.slice(0, maxLayers);
    out.push('| Status | Layer | Reasons | Version | Size |', '|---|---|---|---|---|');
    for (const layer of shown) {
      const multi = layer.regions.length > 1;
      const versions = layer.regions.map((r) => (multi ? `${text(r.region)}: ` : '') + versionPhrase(r, MARKDOWN));
      out.push(
        row([
          `${LAYER_ICON[layer.status]} ${layer.status}${layer.uncommitted ? '<br>uncommitted' : ''}`,
          code(layer.key),
          reasonsCell(layer, detailItems),
          versions.join('<br>') || '—',
          sizePhrase(layer.size),
        ]),
      );
    }
    if (affected.length > shown.length) {
      out.push('', `…and ${affected.length - shown.length} more affected layers, listed in the \`plan\` output.`);
    }
    for (const layer of shown.filter((l) => l.skippedScripts.length > 0)) {
      out.push('', `Install scripts not run in ${code(layer.key)} (add to \`allowScripts\` to run them): ${layer.skippedScripts.map(text).join(', ')}`);
    }
    out.push('');
  }
  if (unchanged.length > 0) {
    const items = unchanged.map((l) => itemPhrase(l, MARKDOWN));
    out.push(...collapsed(`${LAYER_ICON.unchanged} ${unchanged.length} unchanged ${plural(unchanged.length, 'layer')}`, items));
  }
  if (notChecked.length > 0) {
    const items = notChecked.map((l) => itemPhrase(l, MARKDOWN));
    out.push(...collapsed(`${LAYER_ICON['no-change']} ${notChecked.length} ${plural(notChecked.length, 'layer')} with ${noChange} (not checked against AWS)`, items));
  }
  return out;
}

function collapsed(summary: string, items: string[]): string[] {
  return [`<details><summary>${summary}</summary>`, '', items.join(', '), '', '</details>', ''];
}

function reasonsCell(layer: LayerRow, detailItems: number): string {
  if (layer.reasons.length === 0) return '—';
  const compact = layer.reasons.map((group) => reasonPhrase(group, MARKDOWN)).join('<br>');
  const truncated = layer.reasons.some((group) => group.items.length > INLINE_ITEMS);
  if (!truncated || detailItems === 0) return compact;
  const full = layer.reasons
    .map(({ label, items: list }) => {
      const items = list.slice(0, detailItems).map(text);
      if (list.length > detailItems) items.push(`…${list.length - detailItems} more in the \`plan\` output`);
      return `${label || 'other'}:<br>${items.join('<br>')}`;
    })
    .join('<br>');
  return `<details><summary>${compact}</summary>${full}</details>`;
}

/** SSM parameters whose value changes (or could not be read or written); unchanged ones are not listed. */
function ssmSection(view: PlanView): string[] {
  if (view.ssm.length === 0) return [];
  const out = ['#### SSM parameters', '', '| Status | Parameter | Region | Value |', '|---|---|---|---|'];
  for (const p of view.ssm) {
    const value = `${text(p.from)} → ${text(p.to)}`;
    out.push(row([p.status, code(p.name), text(p.region), p.error ? `${value}<br>${text(p.error)}` : value]));
  }
  out.push('');
  return out;
}

function functionSection(view: PlanView): string[] {
  const { functions } = view;
  if (functions.length === 0) return [];
  const changing = functions.filter((f) => f.status !== 'unchanged');
  const unchanged = functions.filter((f) => f.status === 'unchanged');
  const out = ['#### Functions', '', countsPhrase(view, view.functionCounts, MARKDOWN), ''];
  if (changing.length > 0) {
    out.push('| Status | Function | Region | Layers |', '|---|---|---|---|');
    for (const f of changing) {
      // Only what moves: a layer that stays is no news in a review.
      const moves = f.layers.filter((l) => l.kind !== 'same').map((l) => layerMovePhrase(l, MARKDOWN));
      const cell = [moves.length > 0 ? moves.join('<br>') : f.layers.length > 0 ? 'no change' : '—', ...(f.alias ? [aliasPhrase(f.alias, MARKDOWN)] : [])];
      out.push(row([`${FUNCTION_ICON[f.status]} ${f.status}`, functionPhrase(f, MARKDOWN), text(f.region), cell.join('<br>')]));
    }
    if (view.legend.length > 0) out.push('', legendPhrase(view.legend, MARKDOWN));
    out.push('');
  }
  if (unchanged.length > 0) {
    const items = unchanged.map((f) => `${code(f.key)} (${text(f.region)}${f.discovered ? ', discovered' : ''})`);
    out.push(...collapsed(`${FUNCTION_ICON.unchanged} ${unchanged.length} ${plural(unchanged.length, 'function')} already up to date`, items));
  }
  return out;
}

function failureSection(view: PlanView, opts: RenderOptions): string[] {
  const lines: string[] = [];
  // A build's output can carry anything the build printed, and the comment is read by everyone who can see the PR.
  const log = opts.runUrl ? `[run's log](${linkTarget(opts.runUrl)})` : "run's log";
  for (const failure of view.failures) {
    const what = failureSubject(failure, MARKDOWN);
    if (opts.audience === 'comment' && failure.buildOutput) {
      lines.push(`- ❌ ${what} failed; the error is in the ${log}.`);
      continue;
    }
    // Blank lines would end the HTML block early.
    const [first, ...rest] = failure.error.trim().split('\n').filter((line) => line.trim() !== '');
    lines.push(`- ❌ ${what}: ${text(first)}`);
    if (rest.length > 0) {
      lines.push(`  <details><summary>output</summary><pre>${preformatted(rest.join('\n'))}</pre></details>`);
    }
  }
  return lines.length > 0 ? ['#### Failures', '', ...lines, ''] : [];
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}





function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function html(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escaped for one line of inline Markdown: no HTML, emphasis, code spans, links or pipes; mentions still live. */
function escaped(s: string): string {
  return html(s.replace(/\s*[\r\n]+\s*/g, ' ')).replace(/[\\`*_[\]|~#!]/g, '\\$&');
}

/** Breaks bare URLs so GitHub makes no link (a zero-width joiner after the scheme), and turns bidirectional
 *  overrides, which can make text read differently from what it is, into U+FFFD. */
function inertUrls(s: string): string {
  return s.replace(/(https?|ftp)(?=:\/\/)|\b(www)(?=\.)/giu, '$&\u200d').replace(/[\u202a-\u202e\u2066-\u2069]/gu, '\ufffd');
}

/** Configuration or event data as inert inline Markdown, safe inside a table cell: one line, no HTML, no emphasis,
 *  code spans, links, pipes, mentions or issue references. The one escaping rule of the summary and the comment.
 *  `@name` and `#123` go in a code element, where GitHub neither pings nor cross-links: nothing invisible is added,
 *  so a name copied from the comment is the name. Only where GitHub would link: `name@1.2.3` stays. */
export function text(s: string): string {
  return inertUrls(escaped(s)).replace(/(^|[^\p{L}\p{N}_\\])(\\?[@#][\p{L}\p{N}][^\s,;<()]*)/gu, '$1<code>$2</code>');
}

/** Lines for a `<pre>` block: HTML and mentions are inert there, bare URLs are not. */
function preformatted(s: string): string {
  return inertUrls(html(s));
}

/** A URL as a Markdown link destination: nothing in it can close the link or start another. */
function linkTarget(url: string): string {
  return encodeURI(url).replace(/[()[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A key or name shown as code: `<code>` (unlike a backtick span) keeps the escapes of `text()` working. */
function code(s: string): string {
  return `<code>${inertUrls(escaped(s))}</code>`;
}
