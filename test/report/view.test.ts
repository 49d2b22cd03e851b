// One plan rendered three ways (the job summary, the PR comment, the terminal) states the same facts: the facts are
// read back out of each rendering as a reader sees it (the Markdown through GitHub's renderer) and compared.
import { describe, expect, it } from 'vitest';
import { renderPlan } from '../../src/report/summary';
import { renderTerminal } from '../../src/report/terminal';
import { planView } from '../../src/report/view';
import type { FunctionPlan, LayerPlan, Plan } from '../../src/types';
import { renderGfm, visibleText } from '../support/gfm';
import { arn, noReasons, smallPlan, unchangedLayer } from './fixtures';

/** Every layer and function status, two regions, a region failure, a size that stays the same, an uncommitted layer, an alias and SSM. */
function everything(): Plan {
  const plan = smallPlan();
  const [published, reused, failed, unchanged] = plan.layers;
  published.zip = { ...published.zip!, size: 2048 };
  published.uncommitted = ['layers/shared/index.js'];
  published.regions[0].ssm = { name: '/layers/shared-deps', from: arn('acme-shared-deps', 3), to: arn('acme-shared-deps', 4), status: 'updated' };
  const regionFailure: LayerPlan = {
    ...unchangedLayer('edge', 2),
    status: 'failed',
    reasons: { ...noReasons(), files: ['layers/edge/a.js', 'layers/edge/b.js', 'layers/edge/c.js', 'layers/edge/d.js'] },
    regions: [
      { region: 'us-east-1', status: 'published', previousArn: arn('acme-edge', 2), arn: arn('acme-edge', 3) },
      { region: 'eu-west-1', status: 'failed', previousArn: arn('acme-edge', 1, 'eu-west-1'), error: 'AccessDeniedException: not allowed' },
    ],
    error: 'eu-west-1: AccessDeniedException: not allowed',
  };
  const changed: LayerPlan = { ...unchangedLayer('queue', 4), status: 'changed', reasons: { ...noReasons(), config: ['runtimes'] } };
  changed.regions = [{ ...changed.regions[0], status: 'changed', arn: undefined }];
  const noChange: LayerPlan = { ...unchangedLayer('docs', 1), status: 'no-change', regions: [{ region: 'us-east-1', status: 'no-change' }] };
  plan.layers = [published, reused, failed, regionFailure, changed, unchanged, noChange];
  const fn = (key: string, status: FunctionPlan['status'], extra: Partial<FunctionPlan> = {}): FunctionPlan => ({
    key,
    name: key,
    region: 'us-east-1',
    status,
    oldLayers: [arn('acme-queue', 4)],
    newLayers: [arn('acme-queue', 4).replace(/4$/, 'next')],
    ...extra,
  });
  plan.functions = [
    ...plan.functions,
    fn('mailer', 'would-update', { alias: { name: 'live', from: '3', to: 'next' } }),
    fn('sandbox', 'would-create', { oldLayers: [] }),
    fn('cron', 'created', { oldLayers: [], newLayers: [arn('acme-edge', 3)] }),
    fn('ghost', 'failed', { oldLayers: [], newLayers: [], error: 'ResourceNotFoundException: Function not found' }),
  ];
  return plan;
}

interface Facts {
  heading: string[];
  counts: string[];
  layers: string[];
  versions: string[];
  sizes: string[];
  unchanged: string[];
  functions: string[];
  ssm: string[];
  failures: string[];
}

/** Table rows of rendered Markdown, each a list of cells; a `<br>` in a cell becomes a new line. */
function htmlTables(html: string): string[][][] {
  return [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map(([, body]) =>
    [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(([, cell]) => visibleText(cell.replace(/<br>/g, '\n')).trim()),
    ),
  );
}

const words = (s: string) => s.replace(/^\S*[^\w\s-]\S* /u, '').replace(/\s+/g, ' ').trim();

function markdownFacts(markdown: string): Facts {
  const html = renderGfm(markdown);
  const text = visibleText(html);
  const [layerTable, functionTable, ssmTable] = htmlTables(html);
  const lines = text.split('\n');
  const collapsed = lines.filter((l, i) => /unchanged layer/.test(lines[i - 1] ?? '') && l.trim()).join(', ');
  const counts = lines.filter((l) => /^\d+ \S/.test(l)).flatMap((l) => l.split(' · '));
  return {
    heading: [lines.find((l) => l.startsWith('Mode '))!.replace(/^Mode \S+ \(.*?\) · /, '')],
    counts,
    layers: layerTable.map(([status, key]) => `${words(status).replace('\n', ' ')} ${key}`),
    versions: layerTable.flatMap(([, key, , versions]) => versions.split('\n').map((v) => `${key} ${v.includes(': ') ? v : `us-east-1: ${v}`}`.replace(/❌ /, ''))),
    sizes: layerTable.map(([, key, , , size]) => `${key} ${size}`),
    unchanged: collapsed.split(', '),
    functions: functionTable.map(([status, name, region, layers]) => `${words(status)} ${name} ${region}: ${layers.split('\n').join('; ')}`),
    ssm: ssmTable.map(([status, name, region, value]) => `${status} ${name} ${region} ${value}`),
    failures: lines.filter((l) => /^❌ (layer|function) /u.test(l)).map((l) => l.slice(2)),
  };
}

const STATUSES = new Set(['unchanged', 'changed', 'published', 'reused', 'failed', 'would-update', 'would-create', 'updated', 'created', 'rolled-back']);

/** Rows of the terminal table under `header`, split on the column starts of the header line. */
function terminalTable(lines: string[], header: string): string[][] {
  const at = lines.findIndex((l) => l.startsWith(`  ${header}`));
  if (at === -1) return [];
  const starts = [...lines[at].matchAll(/\S+/g)].map((m) => m.index!);
  const rows: string[][] = [];
  for (const line of lines.slice(at + 1)) {
    const row = starts.map((s, i) => line.slice(s, starts[i + 1]).trim());
    // A row starts with a status, or continues the row above in its next region.
    if (!line.startsWith('  ') || !(STATUSES.has(row[0]) || (row[0] === '' && row[1] === '' && row[2] !== ''))) break;
    rows.push(row);
  }
  return rows;
}

function terminalFacts(text: string): Facts {
  const lines = text.split('\n');
  const layerRows = terminalTable(lines, 'STATUS     LAYER');
  let key = '';
  const regionRows = layerRows.map((r) => [(key = r[1].replace(' (uncommitted)', '') || key), ...r.slice(2)]);
  const functionRows = terminalTable(lines, 'STATUS        FUNCTION').filter(([status]) => status !== 'unchanged');
  // The terminal lists every layer a function keeps; the Markdown only what moves.
  const moving = (list: string) => {
    const parts = list.split(/, |; /);
    const moves = parts.filter((p) => /→|^[+−—]|^publish/.test(p));
    return moves.some((p) => /→|^[+−—]/.test(p)) ? moves : ['no change', ...moves];
  };
  return {
    heading: [lines[0].replace(/^.*?\) · /, '')],
    counts: lines.filter((l) => /^(Layers|Functions) {2}/.test(l)).flatMap((l) => l.replace(/^\S+ {2}/, '').split(' · ')),
    layers: layerRows.filter((r) => r[0]).map(([status, name]) => `${status}${name.endsWith(' (uncommitted)') ? ' uncommitted' : ''} ${name.replace(' (uncommitted)', '')}`),
    versions: regionRows.map(([k, region, version]) => `${k} ${region}: ${version}`),
    sizes: layerRows.filter((r) => r[0]).map(([, name, , , size]) => `${name.replace(' (uncommitted)', '')} ${size}`),
    unchanged: lines.find((l) => l.startsWith('  unchanged: '))!.replace('  unchanged: ', '').split(', '),
    functions: functionRows.map(([status, name, region, list]) => `${status} ${name} ${region}: ${moving(list).join('; ')}`),
    ssm: terminalTable(lines, 'STATUS   PARAMETER').map(([status, name, region, value]) => `${status} ${name} ${region} ${value}`),
    failures: lines.filter((l) => l.startsWith('  ✗ ')).map((l) => l.slice(4)),
  };
}

describe('one plan through the summary, the comment and the terminal', () => {
  const plan = everything();
  const summary = markdownFacts(renderPlan(plan));
  const comment = markdownFacts(renderPlan(plan, { audience: 'comment', runUrl: 'https://github.com/acme/mono/actions/runs/1' }));
  const terminal = terminalFacts(renderTerminal(plan, { color: false }));

  it('states the same heading, counts, layers, versions, sizes and unchanged layers', () => {
    for (const fact of ['heading', 'counts', 'layers', 'versions', 'sizes', 'unchanged'] as const) {
      expect(terminal[fact], fact).toEqual(summary[fact]);
      expect(comment[fact], fact).toEqual(summary[fact]);
    }
    expect(summary.layers).toEqual(['published uncommitted shared-deps', 'reused go-runtime', 'failed tools', 'failed edge', 'changed queue']);
    expect(summary.versions).toContain('edge eu-west-1: acme-edge:1 → failed');
    expect(summary.sizes).toContain('shared-deps 2.0 kB (±0 B)');
    expect(summary.unchanged).toEqual(['py-libs (acme-py-libs:5)']);
    expect(summary.counts).toContain('1 no change since bbbbbbb');
  });

  it('states the same functions with their layer and alias moves, and the same SSM parameters', () => {
    expect(terminal.functions).toEqual(summary.functions);
    expect(comment.functions).toEqual(summary.functions);
    expect(summary.functions).toContain('failed ghost us-east-1: —');
    expect(summary.functions).toContain('would-update mailer us-east-1: acme-queue:4 → acme-queue (new version); publishes a function version; alias live: 3 → new version');
    expect(terminal.ssm).toEqual(summary.ssm);
    expect(summary.ssm).toEqual(['updated /layers/shared-deps us-east-1 acme-shared-deps:3 → acme-shared-deps:4']);
  });

  it('lists each failure once, the same in the summary and the terminal; the comment links build errors to the log', () => {
    expect(terminal.failures).toEqual(summary.failures);
    expect(summary.failures.filter((f) => f.startsWith('layer edge'))).toEqual(['layer edge: eu-west-1: AccessDeniedException: not allowed']);
    expect(comment.failures.map((f) => f.replace(/( failed; the error is in the run's log\.|:.*)$/, ''))).toEqual(summary.failures.map((f) => f.replace(/:.*$/, '')));
  });

  it('decides each fact in the view model', () => {
    const view = planView(plan);
    expect(view.affected.find((l) => l.key === 'shared-deps')!.size).toEqual({ bytes: 2048, delta: 0 });
    expect(view.failures.map((f) => `${f.kind} ${f.key}${f.region ? ` ${f.region}` : ''}`)).toEqual([
      'layer tools',
      'layer edge',
      'function reports us-east-1',
      'function ghost us-east-1',
    ]);
  });
});
