// Markdown for the job summary and the sticky PR comment: the same plan, readable at a glance with 50 layers (the
// comment leaves out build output). Only affected layers get a table row; unchanged ones share one collapsed line.
// Every string from the configuration or the event (keys, names, paths, refs, regions, ARNs, errors) goes through
// `text()`, so it renders as inert text: it cannot break the table, run HTML, link, or mention anyone.
import { layerMoves, NEXT_VERSION, pendingLayerName, shortLayer } from '../deploy/layers';
import type { FunctionPlan, FunctionStatus, LayerPlan, LayerRegionState, LayerStatus, Plan, Reasons } from '../types';
import { isAffected } from './outputs';
import { uncommittedLayers } from './uncommitted';

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

/** Items shown per reason kind before "+N more". */
const INLINE_ITEMS = 3;
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
  const full = render(plan, opts, DETAIL_ITEMS);
  if (full.length <= MAX_LENGTH) return full;
  // Too long for a comment: drop the expanded reason lists, keep every row.
  return render(plan, opts, 0);
}

function render(plan: Plan, opts: RenderOptions, detailItems: number): string {
  const maxLayers = opts.maxLayers ?? 50;
  const out: string[] = [];
  out.push(`### Lambda layers: ${plan.mode}`, '', header(plan), '');
  if (!plan.awsConsulted) {
    out.push('> [!NOTE]', '> AWS was not consulted (no credentials, e.g. a fork PR): statuses come from git alone.', '');
  }
  if (plan.base.note) out.push(`> ${text(plan.base.note)}`, '');
  const dirty = uncommittedLayers(plan.layers);
  if (dirty) {
    out.push('> [!WARNING]', `> Inputs that differ from the commit, taken as they are (versions published from them are labelled \`uncommitted\`): ${text(dirty)}`, '');
  }

  out.push(...layerSection(plan, maxLayers, detailItems));
  out.push(...functionSection(plan.functions, plan.awsConsulted));
  out.push(...ssmSection(plan.layers));
  out.push(...failureSection(plan, opts));
  return out.join('\n').trimEnd() + '\n';
}

function header(plan: Plan): string {
  const base = plan.base.sha ? `base ${code(short(plan.base.sha))} (${text(plan.base.source)})` : 'no base commit';
  const dirty = plan.layers.some((l) => l.uncommitted) ? ' + uncommitted changes' : '';
  return `Mode **${text(plan.mode)}** (${text(plan.modeReason)}) · commit ${code(short(plan.commit))}${dirty} · ${base}`;
}

function layerSection(plan: Plan, maxLayers: number, detailItems: number): string[] {
  const { layers } = plan;
  if (layers.length === 0) return ['No layers in this run.', ''];
  // From git alone a layer is only known not to have changed since the base: never `unchanged`, which means published.
  const noChange = `no change since ${code(short(plan.base.sha ?? ''))}`;
  const out = [counts(layers.map((l) => (l.status === 'no-change' ? noChange : l.status))), ''];
  const affected = layers.filter(isAffected);
  const unchanged = layers.filter((l) => l.status === 'unchanged');
  const unknown = layers.filter((l) => l.status === 'no-change');

  if (affected.length > 0) {
    const shown = affected.slice(0, maxLayers);
    out.push('| Status | Layer | Reasons | Version | Size |', '|---|---|---|---|---|');
    for (const layer of shown) {
      out.push(
        row([
          `${LAYER_ICON[layer.status]} ${layer.status}${layer.uncommitted ? '<br>uncommitted' : ''}`,
          code(layer.key),
          reasonsCell(layer.reasons, detailItems),
          versionsCell(layer),
          sizeCell(layer),
        ]),
      );
    }
    if (affected.length > shown.length) {
      out.push('', `…and ${affected.length - shown.length} more affected layers, listed in the \`plan\` output.`);
    }
    for (const layer of shown.filter((l) => l.skippedScripts?.length)) {
      out.push('', `Install scripts not run in ${code(layer.key)} (add to \`allowScripts\` to run them): ${layer.skippedScripts!.map(text).join(', ')}`);
    }
    out.push('');
  }

  if (unchanged.length > 0) {
    const items = unchanged.map((l) => {
      const arn = firstArn(l);
      // `same zip as`: a version whose zip a rebuild proved identical (its policy records this fingerprint).
      const notes = [arn && `${l.regions[0]?.sameZip ? 'same zip as ' : ''}${shortArn(arn)}`, l.uncommitted && 'uncommitted'].filter(Boolean);
      return notes.length > 0 ? `${code(l.key)} (${notes.join(', ')})` : code(l.key);
    });
    out.push(...collapsed(`${LAYER_ICON.unchanged} ${unchanged.length} unchanged ${plural(unchanged.length, 'layer')}`, items));
  }
  if (unknown.length > 0) {
    const items = unknown.map((l) => (l.uncommitted ? `${code(l.key)} (uncommitted)` : code(l.key)));
    out.push(...collapsed(`${LAYER_ICON['no-change']} ${unknown.length} ${plural(unknown.length, 'layer')} with ${noChange} (not checked against AWS)`, items));
  }
  return out;
}

function collapsed(summary: string, items: string[]): string[] {
  return [`<details><summary>${summary}</summary>`, '', items.join(', '), '', '</details>', ''];
}

function counts(statuses: string[]): string {
  const tally = new Map<string, number>();
  for (const s of statuses) tally.set(s, (tally.get(s) ?? 0) + 1);
  return [...tally].map(([status, n]) => `**${n}** ${status}`).join(' · ');
}

const REASON_KINDS: [keyof Reasons, string][] = [
  ['files', 'files'],
  ['packages', 'packages'],
  ['lockfile', 'lockfile'],
  ['config', 'config'],
  ['other', ''],
];

function reasonsCell(reasons: Reasons, detailItems: number): string {
  const kinds = REASON_KINDS.filter(([k]) => reasons[k].length > 0);
  if (kinds.length === 0) return '—';
  const compact = kinds
    .map(([k, label]) => {
      const list = reasons[k];
      const head = list.slice(0, INLINE_ITEMS).map(text).join(', ');
      const more = list.length > INLINE_ITEMS ? ` +${list.length - INLINE_ITEMS} more` : '';
      return label ? `${label}: ${head}${more}` : `${head}${more}`;
    })
    .join('<br>');
  const truncated = kinds.some(([k]) => reasons[k].length > INLINE_ITEMS);
  if (!truncated || detailItems === 0) return compact;
  const full = kinds
    .map(([k, label]) => {
      const list = reasons[k];
      const items = list.slice(0, detailItems).map(text);
      if (list.length > detailItems) items.push(`…${list.length - detailItems} more in the \`plan\` output`);
      return `${label || 'other'}:<br>${items.join('<br>')}`;
    })
    .join('<br>');
  return `<details><summary>${compact}</summary>${full}</details>`;
}

function versionsCell(layer: LayerPlan): string {
  const multi = layer.regions.length > 1;
  const lines = layer.regions.map((r) => (multi ? `${text(r.region)}: ` : '') + regionVersion(r));
  return lines.length > 0 ? lines.join('<br>') : '—';
}

function regionVersion(r: LayerRegionState): string {
  const before = r.previousArn ? shortArn(r.previousArn) : 'none';
  switch (r.status) {
    case 'failed':
      return `${before} → ❌ failed`;
    case 'changed':
      return `${before} → new version`;
    case 'published':
      return `${before} → **${r.arn ? shortArn(r.arn) : '?'}**`;
    case 'reused':
      return `${r.arn ? shortArn(r.arn) : before} (identical zip)`;
    case 'unchanged':
      return r.arn ? shortArn(r.arn) : before;
    case 'no-change':
      return 'not checked against AWS';
  }
}

/** SSM parameters whose value changes (or could not be read or written); unchanged ones are not listed. */
function ssmSection(layers: LayerPlan[]): string[] {
  const moving = layers.flatMap((l) => l.regions.flatMap((r) => (r.ssm && r.ssm.status !== 'unchanged' ? [{ region: r.region, ssm: r.ssm }] : [])));
  if (moving.length === 0) return [];
  const out = ['#### SSM parameters', '', '| Status | Parameter | Region | Value |', '|---|---|---|---|'];
  for (const { region, ssm } of moving) {
    const value = `${ssm.from ? shortArn(ssm.from) : 'none'} → ${ssm.to ? shortArn(ssm.to) : 'new version'}`;
    out.push(row([ssm.status, `\`${text(ssm.name)}\``, region, ssm.error ? `${value}<br>${text(ssm.error)}` : value]));
  }
  out.push('');
  return out;
}

function sizeCell(layer: LayerPlan): string {
  if (!layer.zip) return '—';
  const previous = layer.regions.find((r) => r.previousCodeSize !== undefined)?.previousCodeSize;
  if (previous === undefined) return bytes(layer.zip.size);
  const delta = layer.zip.size - previous;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${bytes(layer.zip.size)} (${sign}${bytes(Math.abs(delta))})`;
}

function functionSection(functions: FunctionPlan[], awsConsulted: boolean): string[] {
  if (functions.length === 0) return [];
  const changing = functions.filter((f) => f.status !== 'unchanged');
  const unchanged = functions.filter((f) => f.status === 'unchanged');
  const out = ['#### Functions', '', counts(functions.map((f) => f.status)), ''];
  if (changing.length > 0) {
    out.push('| Status | Function | Region | Layers |', '|---|---|---|---|');
    for (const f of changing) {
      const name = (f.name === f.key ? code(f.key) : `${code(f.key)} (${text(f.name)})`) + (f.discovered ? ' (discovered)' : '');
      // A version ARN ends in the version number, which is all a reader needs.
      const alias = f.aliasVersion ? `<br>alias → version ${text(f.aliasVersion.split(':').pop()!)}` : '';
      out.push(row([`${FUNCTION_ICON[f.status]} ${f.status}`, name, text(f.region), layerChanges(f, awsConsulted) + alias]));
    }
    out.push('');
  }
  if (unchanged.length > 0) {
    const items = unchanged.map((f) => `${code(f.key)} (${text(f.region)}${f.discovered ? ', discovered' : ''})`);
    out.push(...collapsed(`${FUNCTION_ICON.unchanged} ${unchanged.length} ${plural(unchanged.length, 'function')} already up to date`, items));
  }
  return out;
}

/**
 * `name:3 → name:4` per layer whose version moves, `+name:4` appended, `−name:2` dropped. Without AWS the function
 * was not read: `name:? → name (new version)`, as it may well have the layer already.
 */
function layerChanges(f: FunctionPlan, awsConsulted: boolean): string {
  const { moves, dropped } = layerMoves(f.oldLayers, f.newLayers);
  const parts: string[] = [];
  for (const { from, to } of moves) {
    if (from === to) continue;
    const unread = !awsConsulted && pendingLayerName(to);
    parts.push(from ? `${shortArn(from)} → **${shortArn(to)}**` : unread ? `${text(unread)}:? → **${shortArn(to)}**` : `+**${shortArn(to)}**`);
  }
  for (const arn of dropped) parts.push(`−${shortArn(arn)}`);
  return parts.length > 0 ? parts.join('<br>') : 'no change';
}

function failureSection(plan: Plan, opts: RenderOptions): string[] {
  const lines: string[] = [];
  const failures: [string, string][] = [];
  // A build's output can carry anything the build printed, and the comment is read by everyone who can see the PR.
  const log = opts.runUrl ? `[run's log](${linkTarget(opts.runUrl)})` : "run's log";
  for (const l of plan.layers) {
    if (opts.audience === 'comment') {
      if (l.error) lines.push(`- ❌ layer ${code(l.key)} failed; the error is in the ${log}.`);
      continue;
    }
    if (l.error) failures.push([`layer ${code(l.key)}`, l.error]);
    for (const r of l.regions) if (r.error) failures.push([`layer ${code(l.key)} in ${text(r.region)}`, r.error]);
  }
  for (const f of plan.functions) if (f.error) failures.push([`function ${code(f.key)} in ${text(f.region)}`, f.error]);
  for (const [what, error] of failures) {
    // Blank lines would end the HTML block early.
    const [first, ...rest] = error.trim().split('\n').filter((line) => line.trim() !== '');
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

function firstArn(layer: LayerPlan): string | undefined {
  const r = layer.regions[0];
  return r?.arn ?? r?.previousArn;
}

/** `arn:aws:lambda:us-east-1:123456789012:layer:acme-shared:7` -> `acme-shared:7`; a planned version reads as such. */
export function shortArn(arn: string): string {
  const short = shortLayer(arn);
  return short.endsWith(`:${NEXT_VERSION}`) ? `${text(short.slice(0, -NEXT_VERSION.length - 1))} (new version)` : text(short);
}

function short(sha: string): string {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
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
