// Markdown for the job summary and the sticky PR comment: the same text, readable at a glance with 50 layers.
// Only affected layers get a table row; unchanged ones share one collapsed line. Every piece of user data (file
// names, package names, errors) goes through `text()` so a `|` or `*` in a path cannot break the table.
import { layerArnWithoutVersion, NEXT_VERSION, shortLayer } from '../deploy/layers';
import type { FunctionPlan, FunctionStatus, LayerPlan, LayerRegionState, LayerStatus, Plan, Reasons } from '../types';
import { isAffected } from './outputs';

const LAYER_ICON: Record<LayerStatus, string> = {
  unchanged: '⚪',
  changed: '🔄',
  published: '🚀',
  reused: '♻️',
  failed: '❌',
};

const FUNCTION_ICON: Record<FunctionStatus, string> = {
  unchanged: '⚪',
  'would-update': '🔄',
  updated: '✅',
  failed: '❌',
  'rolled-back': '↩️',
};

/** Items shown per reason kind before "+N more". */
const INLINE_ITEMS = 3;
/** Items listed per reason kind inside `<details>`; the rest are in the `plan` output. */
const DETAIL_ITEMS = 25;
/** GitHub rejects comments over 65536 characters; stay well below. */
const MAX_LENGTH = 60_000;

export function renderPlan(plan: Plan, opts: { maxLayers?: number } = {}): string {
  const full = render(plan, opts.maxLayers ?? 50, DETAIL_ITEMS);
  if (full.length <= MAX_LENGTH) return full;
  // Too long for a comment: drop the expanded reason lists, keep every row.
  return render(plan, opts.maxLayers ?? 50, 0);
}

function render(plan: Plan, maxLayers: number, detailItems: number): string {
  const out: string[] = [];
  out.push(`### Lambda layers: ${plan.mode}`, '', header(plan), '');
  if (!plan.awsConsulted) {
    out.push('> [!NOTE]', '> AWS was not consulted (no credentials, e.g. a fork PR): statuses come from git alone.', '');
  }
  if (plan.base.note) out.push(`> ${text(plan.base.note)}`, '');

  out.push(...layerSection(plan.layers, maxLayers, detailItems));
  out.push(...functionSection(plan.functions));
  out.push(...ssmSection(plan.layers));
  out.push(...failureSection(plan));
  return out.join('\n').trimEnd() + '\n';
}

function header(plan: Plan): string {
  const base = plan.base.sha ? `base \`${short(plan.base.sha)}\` (${text(plan.base.source)})` : 'no base commit';
  return `Mode **${plan.mode}** (${text(plan.modeReason)}) · commit \`${short(plan.commit)}\` · ${base}`;
}

function layerSection(layers: LayerPlan[], maxLayers: number, detailItems: number): string[] {
  if (layers.length === 0) return ['No layers in this run.', ''];
  const out = [counts(layers.map((l) => l.status)), ''];
  const affected = layers.filter(isAffected);
  const unchanged = layers.filter((l) => !isAffected(l));

  if (affected.length > 0) {
    const shown = affected.slice(0, maxLayers);
    out.push('| Status | Layer | Reasons | Version | Size |', '|---|---|---|---|---|');
    for (const layer of shown) {
      out.push(
        row([
          `${LAYER_ICON[layer.status]} ${layer.status}`,
          `\`${layer.key}\``,
          reasonsCell(layer.reasons, detailItems),
          versionsCell(layer),
          sizeCell(layer),
        ]),
      );
    }
    if (affected.length > shown.length) {
      out.push('', `…and ${affected.length - shown.length} more affected layers, listed in the \`plan\` output.`);
    }
    out.push('');
  }

  if (unchanged.length > 0) {
    const items = unchanged.map((l) => {
      const arn = firstArn(l);
      return arn ? `\`${l.key}\` (${shortArn(arn)})` : `\`${l.key}\``;
    });
    out.push(
      `<details><summary>${LAYER_ICON.unchanged} ${unchanged.length} unchanged ${plural(unchanged.length, 'layer')}</summary>`,
      '',
      items.join(', '),
      '',
      '</details>',
      '',
    );
  }
  return out;
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
  const lines = layer.regions.map((r) => (multi ? `${r.region}: ` : '') + regionVersion(r));
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

function functionSection(functions: FunctionPlan[]): string[] {
  if (functions.length === 0) return [];
  const changing = functions.filter((f) => f.status !== 'unchanged');
  const unchanged = functions.filter((f) => f.status === 'unchanged');
  const out = ['#### Functions', '', counts(functions.map((f) => f.status)), ''];
  if (changing.length > 0) {
    out.push('| Status | Function | Region | Layers |', '|---|---|---|---|');
    for (const f of changing) {
      const name = f.name === f.key ? `\`${f.key}\`` : `\`${f.key}\` (${text(f.name)})`;
      // A version ARN ends in the version number, which is all a reader needs.
      const alias = f.aliasVersion ? `<br>alias → version ${text(f.aliasVersion.split(':').pop()!)}` : '';
      out.push(row([`${FUNCTION_ICON[f.status]} ${f.status}`, name, f.region, layerChanges(f) + alias]));
    }
    out.push('');
  }
  if (unchanged.length > 0) {
    const items = unchanged.map((f) => `\`${f.key}\` (${f.region})`).join(', ');
    out.push(
      `<details><summary>${FUNCTION_ICON.unchanged} ${unchanged.length} ${plural(unchanged.length, 'function')} already up to date</summary>`,
      '',
      items,
      '',
      '</details>',
      '',
    );
  }
  return out;
}

/** `name:3 → name:4` per layer whose version moves, `+name:4` appended, `−name:2` dropped. */
function layerChanges(f: FunctionPlan): string {
  const oldByName = new Map(f.oldLayers.map((a) => [layerArnWithoutVersion(a), a]));
  const newNames = new Set(f.newLayers.map(layerArnWithoutVersion));
  const parts: string[] = [];
  for (const arn of f.newLayers) {
    const old = oldByName.get(layerArnWithoutVersion(arn));
    if (old === arn) continue;
    parts.push(old ? `${shortArn(old)} → **${shortArn(arn)}**` : `+**${shortArn(arn)}**`);
  }
  for (const [name, arn] of oldByName) if (!newNames.has(name)) parts.push(`−${shortArn(arn)}`);
  return parts.length > 0 ? parts.join('<br>') : 'no change';
}

function failureSection(plan: Plan): string[] {
  const failures: [string, string][] = [];
  for (const l of plan.layers) {
    if (l.error) failures.push([`layer \`${l.key}\``, l.error]);
    for (const r of l.regions) if (r.error) failures.push([`layer \`${l.key}\` in ${r.region}`, r.error]);
  }
  for (const f of plan.functions) if (f.error) failures.push([`function \`${f.key}\` in ${f.region}`, f.error]);
  if (failures.length === 0) return [];
  const out = ['#### Failures', ''];
  for (const [what, error] of failures) {
    // Blank lines would end the HTML block early.
    const [first, ...rest] = error.trim().split('\n').filter((line) => line.trim() !== '');
    out.push(`- ❌ ${what}: ${text(first)}`);
    if (rest.length > 0) {
      out.push(`  <details><summary>output</summary><pre>${html(rest.join('\n'))}</pre></details>`);
    }
  }
  out.push('');
  return out;
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
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : text(sha);
}

function bytes(n: number): string {
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

/** User data as inert inline markdown, safe inside a table cell: one line, no HTML, no emphasis, links or pipes. */
export function text(s: string): string {
  return html(s.replace(/\s*\r?\n\s*/g, ' ')).replace(/[\\`*_[\]|~#!]/g, '\\$&');
}
