import { describe, expect, it } from 'vitest';
import { renderError, renderPlan } from '../../src/report/summary';
import type { LayerPlan, Plan } from '../../src/types';
import { renderGfm, scannedText, visibleText } from '../support/gfm';
import { arn, gitAlonePlan, noReasons, pullRequestPlan, smallPlan, unchangedLayer } from './fixtures';

/** A monorepo PR with 50 layers: 3 to rebuild (one with 200 changed files), 47 unchanged. */
function fiftyLayers(): Plan {
  const changed = (key: string, reasons: Partial<LayerPlan['reasons']>, previous?: number): LayerPlan => ({
    ...unchangedLayer(key, previous ?? 0),
    status: 'changed',
    reasons: { ...noReasons(), ...reasons },
    regions: [{ region: 'us-east-1', status: 'changed', previousArn: previous ? arn(`acme-${key}`, previous) : undefined }],
  });
  return pullRequestPlan(
    [
      changed('huge', { files: Array.from({ length: 200 }, (_, i) => `layers/huge/src/file-${String(i).padStart(3, '0')}.ts`) }, 9),
      changed('odd-names', { files: ['layers/odd/a|b.js', 'layers/odd/*bold*.js', 'layers/odd/<img src=x>.js', 'layers/odd/`tick`.md'] }),
      changed('deps', { packages: ['@acme/util'], lockfile: ['+left-pad@1.3.0'], config: ['runtimes'] }, 2),
      ...Array.from({ length: 47 }, (_, i) => unchangedLayer(`quiet-${i}`, i + 1)),
    ],
    [{ key: 'orders-api', name: 'orders-api', region: 'us-east-1', status: 'would-update', oldLayers: [arn('acme-deps', 2)], newLayers: [arn('acme-deps', 3)] }],
  );
}

const tableRows = (md: string) => md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Status'));
const layerRows = (md: string) => tableRows(md).filter((r) => r.startsWith('| 🔄 changed |'));

describe('renderPlan', () => {
  it('keeps a 50-layer PR short: one row per affected layer, the unchanged ones in one collapsed line', () => {
    const md = renderPlan(fiftyLayers());
    expect(md.length).toBeLessThan(12_000);
    const rows = tableRows(md);
    expect(rows.filter((r) => r.includes('🔄 changed'))).toHaveLength(3);
    expect(rows.some((r) => r.includes('quiet-'))).toBe(false);
    expect(md).toContain('<details><summary>⚪ 47 unchanged layers</summary>');
    expect(md).toContain('<code>quiet-0</code> (acme-quiet-0:1)');
    expect(md).toContain('<code>quiet-46</code> (acme-quiet-46:47)');
    expect(md).toContain('**3** changed · **47** unchanged');
  });

  it('names the version an unchanged layer shares its zip with, when a record matched it', () => {
    const plan = fiftyLayers();
    const quiet = plan.layers.find((l) => l.key === 'quiet-3')!;
    quiet.regions[0].sameZip = true;
    expect(renderPlan(plan)).toContain('<code>quiet-3</code> (same zip as acme-quiet-3:4)');
  });

  it('says when AWS was not consulted and shows mode, commit and base', () => {
    const md = renderPlan(fiftyLayers());
    expect(md).toContain('AWS was not consulted (no credentials, e.g. a fork PR): statuses come from git alone');
    expect(md).toContain('Mode **plan** (pull\\_request event: planning only) · commit <code>ccccccc</code> · base <code>ddddddd</code> (pull\\_request)');
    expect(renderPlan(smallPlan())).not.toContain('AWS was not consulted');
  });

  it('shows a few reasons inline and the long list in <details>, capped', () => {
    const row = tableRows(renderPlan(fiftyLayers())).find((r) => r.includes('<code>huge</code>'))!;
    expect(row).toContain('<details><summary>files: layers/huge/src/file-000.ts, layers/huge/src/file-001.ts, layers/huge/src/file-002.ts +197 more</summary>');
    expect(row).toContain('layers/huge/src/file-024.ts');
    expect(row).not.toContain('file-025.ts');
    expect(row).toContain('…175 more in the `plan` output');
    expect(row).toContain('acme-huge:9 → new version');

    const deps = tableRows(renderPlan(fiftyLayers())).find((r) => r.includes('<code>deps</code>'))!;
    expect(deps).toContain('packages: <code>@acme/util</code><br>lockfile: +left-pad@1.3.0<br>config: runtimes');
    expect(deps).not.toContain('<details>');
  });

  it('escapes pipes, markdown and HTML in file names so the table stays intact', () => {
    const row = tableRows(renderPlan(fiftyLayers())).find((r) => r.includes('<code>odd-names</code>'))!;
    expect(row).toContain('layers/odd/a\\|b.js');
    expect(row).toContain('layers/odd/\\*bold\\*.js');
    expect(row).toContain('layers/odd/&lt;img src=x&gt;.js');
    expect(row).toContain('layers/odd/\\`tick\\`.md');
    expect(row).not.toContain('<img');
    // Unescaped pipes are exactly the 6 cell borders of a 5-column row.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(6);
    expect(row).toContain('none → new version');
  });

  it('lists functions old -> new and collapses the ones already up to date', () => {
    const md = renderPlan(smallPlan());
    expect(md).toContain('| ✅ updated | <code>orders-api</code> | us-east-1 | acme-shared-deps:3 → **acme-shared-deps:4**<br>+**acme-go-runtime:7**<br>published function version 12; alias live: 11 → **12** |');
    expect(md).not.toMatch(/datadog:40/);
    expect(md).toContain('| ✅ updated | <code>orders-api</code> | eu-west-1 | +**acme-shared-deps:1** |');
    expect(md).toContain('<details><summary>⚪ 1 function already up to date</summary>');
    expect(md).toContain('<code>billing</code> (us-east-1)');
    expect(renderPlan(fiftyLayers())).toContain('| 🔄 would-update | <code>orders-api</code> | us-east-1 | acme-deps:2 → **acme-deps:3** |');
  });

  it('shows a version a plan would publish as a new version of the layer', () => {
    const plan = smallPlan();
    plan.functions = [{
      key: 'billing',
      name: 'billing',
      region: 'us-east-1',
      status: 'would-update',
      oldLayers: [arn('acme-shared-deps', 3)],
      newLayers: [arn('acme-shared-deps', 3).replace(/3$/, 'next')],
    }];
    expect(renderPlan(plan)).toContain('| 🔄 would-update | <code>billing</code> | us-east-1 | acme-shared-deps:3 → **acme-shared-deps (new version)** |');
  });

  it('shows versions per region, the size delta, and failures with their error', () => {
    const md = renderPlan(smallPlan());
    expect(md).toContain('us-east-1: acme-shared-deps:3 → **acme-shared-deps:4**<br>eu-west-1: none → **acme-shared-deps:1** | 3.0 kB (+1.0 kB) |');
    expect(md).toContain('acme-go-runtime:7 (identical zip)');
    expect(md).toContain('#### Failures');
    expect(md).toContain("- ❌ layer <code>tools</code>: Build of layer 'tools' failed: ./build.sh exited with 2");
    expect(md).toContain('<pre>line one\n&lt;script&gt;</pre>');
    expect(md).toContain('- ❌ function <code>reports</code> in us-east-1: UpdateFunctionConfiguration failed: ResourceConflictException');
  });

  it('never quotes a layer error in the PR comment: it says the layer failed and links to the run log', () => {
    const runUrl = 'https://github.com/acme/mono/actions/runs/42';
    const comment = renderPlan(smallPlan(), { audience: 'comment', runUrl });
    expect(comment).toContain(`- ❌ layer <code>tools</code> failed; the error is in the [run's log](${runUrl}).`);
    expect(comment).not.toContain('exited with 2');
    expect(comment).not.toContain('line one');
    expect(comment).not.toContain('<pre>');
    // AWS's answer to a deploy is not build output.
    expect(comment).toContain('- ❌ function <code>reports</code> in us-east-1: UpdateFunctionConfiguration failed: ResourceConflictException');
    expect(renderPlan(smallPlan(), { audience: 'comment' })).toContain("- ❌ layer <code>tools</code> failed; the error is in the run's log.");
    expect(renderPlan(smallPlan(), { audience: 'comment', runUrl: 'https://x/a) [b](c' })).toContain("[run's log](https://x/a%29%20%5Bb%5D%28c)");
  });

  it('stays under the comment size limit when every layer has hundreds of long reasons', () => {
    const plan = fiftyLayers();
    plan.layers = plan.layers.map((l) => ({
      ...l,
      status: 'changed',
      reasons: { ...noReasons(), files: Array.from({ length: 300 }, (_, i) => `${l.key}/a/rather/long/path/to/some/source/file-${i}.ts`) },
    }));
    const md = renderPlan(plan);
    expect(md.length).toBeLessThan(65_536);
    expect(layerRows(md)).toHaveLength(50);
    expect(md).toContain('+297 more');
    // The expanded lists are what gets dropped to fit.
    expect(md).not.toContain('<details><summary>files');
  });

  it('limits the table to maxLayers and points to the plan output for the rest', () => {
    const plan = fiftyLayers();
    plan.layers = plan.layers.map((l) => ({ ...l, status: 'changed' }));
    const md = renderPlan(plan, { maxLayers: 10 });
    expect(layerRows(md)).toHaveLength(10);
    expect(md).toContain('…and 40 more affected layers, listed in the `plan` output.');
  });
});

/** Every trick at once: a code span break-out, live HTML, a link, a mention, an issue reference and a new table row. */
const HOSTILE = 'x` <img src=x onerror=alert(1)> [link](https://evil.example) @octocat #1 www.evil.example \u202egnp.exe\n| forged | row |';

function hostilePlan(): Plan {
  const plan = smallPlan();
  plan.modeReason = `push to branch ${HOSTILE}`;
  plan.base = { sha: HOSTILE, source: HOSTILE, note: HOSTILE };
  plan.layers = plan.layers.map((l) => ({
    ...l,
    key: `${l.key}${HOSTILE}`,
    reasons: { files: [HOSTILE], packages: [HOSTILE], lockfile: [HOSTILE], config: [HOSTILE], other: [HOSTILE] },
    regions: l.regions.map((r) => ({ ...r, region: HOSTILE, arn: r.arn && `${r.arn.replace(/:\d+$/, '')}${HOSTILE}:1`, error: HOSTILE })),
    error: l.error && `${HOSTILE}\n${HOSTILE}`,
  }));
  plan.functions = plan.functions.map((f) => ({ ...f, key: HOSTILE, name: `${f.name}${HOSTILE}`, region: HOSTILE, error: HOSTILE }));
  return plan;
}

describe('names in the rendered plan', () => {
  it('read and copy as they are, without invisible characters, and mention nobody', () => {
    const plan = smallPlan();
    plan.layers[0] = { ...plan.layers[0], status: 'changed', reasons: { ...noReasons(), packages: ['@mono/shared'], other: ['see #12'] } };
    const html = renderGfm(renderPlan(plan));
    expect(visibleText(html)).toContain('packages: @mono/shared');
    expect(visibleText(html)).toContain('see #12');
    expect(visibleText(html)).not.toContain('\u200d');
    expect(scannedText(html)).not.toMatch(/@mono|#12/);
  });
});

describe('renderPlan with hostile configuration and event data', () => {
  const md = renderPlan(hostilePlan());
  // A <pre> inside an HTML block is raw HTML, where Markdown is not parsed: only HTML and mentions matter there.
  const markdown = md.replace(/<pre>[^<]*<\/pre>/g, '<pre></pre>');

  it('leaves no live HTML, link, mention or issue reference', () => {
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markdown).not.toMatch(/(?<!\\)\[link(?<!\\)\]/);
    expect(md).toContain('\\[link\\](https\u200d://evil.example)');
    const scanned = scannedText(renderGfm(md));
    expect(scanned).not.toMatch(/(^|[^\p{L}\p{N}_])@octocat/mu);
    expect(scanned).not.toMatch(/(^|[^\p{L}\p{N}_])#1/mu);
    expect(md).toContain('<code>@octocat</code>');
    expect(renderGfm(md)).not.toMatch(/<a href="(https?:\/\/)?(www\.)?evil/);
    // Bare URLs are links on GitHub too.
    expect(md).not.toMatch(/https:\/\/evil|www\.evil/);
    expect(md).toContain('\ufffdgnp.exe');
    expect(md).not.toContain('\u202e');
  });

  it('never lets a backtick open a code span', () => {
    expect(markdown.match(/(?<!\\)`x/g)).toBeNull();
    expect(md).toContain('x\\`');
  });

  it('keeps every table row on one line with exactly its own cell borders', () => {
    expect(markdown).not.toMatch(/^\| forged/m);
    const rows = markdown.split('\n').filter((l) => l.startsWith('|') && !l.startsWith('|---'));
    const layerRows = rows.filter((r) => /^\| (🚀|♻️|❌) /u.test(r));
    const functionRows = rows.filter((r) => r.startsWith('| ✅') || r.startsWith('| ↩️'));
    expect(layerRows).toHaveLength(3);
    expect(functionRows).toHaveLength(3);
    for (const row of layerRows) expect(row.match(/(?<!\\)\|/g), row).toHaveLength(6);
    for (const row of functionRows) expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
  });
});

describe('renderPlan says only what it knows', () => {
  for (const audience of ['summary', 'comment'] as const) {
    it(`from git alone: no change since the base, never unchanged, and no function shown lacking a layer (${audience})`, () => {
      const md = renderPlan(gitAlonePlan(), { audience });
      expect(md).toContain('**1** changed · **2** no change since <code>ddddddd</code>');
      expect(md).toContain('<details><summary>⚪ 2 layers with no change since <code>ddddddd</code> (not checked against AWS)</summary>');
      expect(md).toContain('<code>shared-deps</code>, <code>py-libs</code> (uncommitted)');
      expect(md).not.toContain('unchanged');
      expect(md).toContain('| 🔄 would-update | <code>edge</code> | us-east-1 | acme-go:? → **acme-go (new version)** |');
    });

    it(`marks layers built from uncommitted files and lists the files (${audience})`, () => {
      const md = renderPlan(gitAlonePlan(), { audience });
      expect(md).toContain('· commit <code>ccccccc</code> + uncommitted changes · base');
      expect(md).toContain(
        '> [!WARNING]\n> Inputs that differ from the commit, taken as they are (versions published from them are labelled <code>uncommitted</code>): ' +
          'go (runtimes/go/bootstrap, runtimes/go/a\\|b\\*.txt); py-libs (layers/py/x.py)\n',
      );
      expect(tableRows(md).find((r) => r.includes('<code>go</code>'))).toMatch(/^\| 🔄 changed<br>uncommitted \| <code>go<\/code> \|/);
    });
  }

  it('says nothing of uncommitted files or unread functions when every input is committed and AWS was asked', () => {
    const md = renderPlan(smallPlan());
    expect(md).not.toContain('uncommitted');
    expect(md).not.toContain(':?');
    expect(md).toContain('<code>py-libs</code> (acme-py-libs:5)');
  });
});

describe('renderError', () => {
  it('says the run failed, lists each further line as inert text, caps them, and links the run', () => {
    const lines = Array.from({ length: 25 }, (_, i) => `  lambda-layers.yml:${i + 1}:1 layers.x${i}: <b>bad</b> @octocat`);
    const md = renderError(`25 problems in the configuration:\n${lines.join('\n')}`, { runUrl: 'https://github.com/acme/mono/actions/runs/9' });
    expect(md).toContain('> The run failed: 25 problems in the configuration:\n');
    expect(md).toContain('- lambda-layers.yml:1:1 layers.x0: &lt;b&gt;bad&lt;/b&gt; <code>@octocat</code>\n');
    expect(md).toContain('- lambda-layers.yml:20:1');
    expect(md).not.toContain('lambda-layers.yml:21:1');
    expect(md).toContain("- …5 more in the run's log");
    expect(md).toContain("The details are in the [run's log](https://github.com/acme/mono/actions/runs/9).");
    expect(renderError('No AWS credentials.')).toBe(
      "### Lambda layers: failed\n\n> [!CAUTION]\n> The run failed: No AWS credentials.\n\nThe details are in the run's log.\n",
    );
  });
});
