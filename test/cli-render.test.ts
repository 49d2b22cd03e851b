// The terminal rendering of a plan (the CLI and the demo print it): aligned columns, a row per region, every
// function's whole layer list, failures in full, and colour only when asked for.
import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../src/report/terminal';
import { arn, gitAlonePlan, noReasons, smallPlan } from './report/fixtures';

const ANSI = /\x1b\[[0-9;]*m/g;

describe('renderTerminal', () => {
  it('aligns a row per layer and region, with versions, sizes and reasons, and lists unchanged layers on one line', () => {
    const text = renderTerminal(smallPlan(), { color: false });
    const lines = text.split('\n');
    const header = lines.find((l) => l.startsWith('  STATUS     LAYER'))!;
    const rows = lines.slice(lines.indexOf(header) + 1, lines.indexOf(header) + 5);
    expect(rows).toEqual([
      expect.stringMatching(/^ {2}published +shared-deps +us-east-1 +acme-shared-deps:3 → acme-shared-deps:4 +3\.0 kB \(\+1\.0 kB\) +packages: @acme\/util; lockfile: lodash@4\.17\.20 -> 4\.17\.21$/),
      expect.stringMatching(/^ +eu-west-1 +none → acme-shared-deps:1$/),
      expect.stringMatching(/^ {2}reused +go-runtime +us-east-1 +acme-go-runtime:7 \(identical zip\) +— +no published version carries this fingerprint$/),
      expect.stringMatching(/^ {2}failed +tools +us-east-1 +acme-tools:2 → failed +— +config: build$/),
    ]);
    for (const column of ['REGION', 'VERSION']) {
      const at = header.indexOf(column);
      expect(rows.map((r) => r[at - 1])).toEqual([' ', ' ', ' ', ' ']);
      expect(rows.map((r) => r[at] !== ' ')).toEqual([true, true, true, true]);
    }
    expect(text).toContain('  unchanged: py-libs (acme-py-libs:5)\n');
  });

  it('names the version an unchanged layer shares its zip with, when a record matched it', () => {
    const plan = smallPlan();
    plan.layers.find((l) => l.key === 'py-libs')!.regions[0].sameZip = true;
    expect(renderTerminal(plan, { color: false })).toContain('  unchanged: py-libs (same zip as acme-py-libs:5)\n');
  });

  it('shows each function its whole resulting layer list, what moves marked, and the alias', () => {
    const text = renderTerminal(smallPlan(), { color: false });
    expect(text).toMatch(/^ {2}updated +orders-api +us-east-1 +acme-shared-deps:3 → acme-shared-deps:4, datadog:40, \+acme-go-runtime:7; published function version 12; alias live: 11 → 12$/m);
    expect(text).toMatch(/^ {2}unchanged +billing +us-east-1 +acme-py-libs:5$/m);
  });

  it('ends with every failure in full, its further lines indented', () => {
    const text = renderTerminal(smallPlan(), { color: false });
    expect(text.slice(text.indexOf('Failures'))).toBe(
      'Failures\n' +
        "  ✗ layer tools: Build of layer 'tools' failed: ./build.sh exited with 2\n" +
        '      line one\n' +
        '      <script>\n' +
        '  ✗ function reports in us-east-1: UpdateFunctionConfiguration failed: ResourceConflictException\n',
    );
  });

  it('says a reason every affected layer shares once, above the rows', () => {
    const plan = smallPlan();
    for (const layer of plan.layers) layer.reasons = { ...noReasons(), other: ["the 'force' input is true"] };
    const text = renderTerminal(plan, { color: false });
    expect(text.match(/the 'force' input is true/g)).toHaveLength(1);
    expect(text).toContain("  every affected layer: the 'force' input is true\n");
  });

  it('reads a version still to publish and a first version as new versions', () => {
    const plan = smallPlan();
    plan.mode = 'plan';
    plan.functions = [
      {
        key: 'worker',
        name: 'worker',
        region: 'us-east-1',
        status: 'would-update',
        oldLayers: [arn('acme-tools', 2)],
        newLayers: [arn('acme-tools', 2).replace(/2$/, 'next'), 'acme-new (new version)'],
      },
    ];
    expect(renderTerminal(plan, { color: false })).toMatch(/^ {2}would-update +worker +us-east-1 +acme-tools:2 → acme-tools \(new version\), \+acme-new \(new version\)$/m);
  });

  it('from git alone says no change since the base, never unchanged, and shows no function lacking a layer', () => {
    const text = renderTerminal(gitAlonePlan(), { color: false });
    expect(text).toMatch(/^Layers {2}1 changed · 2 no change since ddddddd$/m);
    expect(text).toContain('  no change since ddddddd (not checked against AWS): shared-deps, py-libs (uncommitted)\n');
    expect(text).not.toContain('unchanged');
    expect(text).toMatch(/^ {2}would-update +edge +us-east-1 +acme-go:\? → acme-go \(new version\)$/m);
  });

  it('marks layers built from uncommitted files and lists the files', () => {
    const text = renderTerminal(gitAlonePlan(), { color: false });
    expect(text).toMatch(/^Lambda layers: plan \(.*\) · commit ccccccc \+ uncommitted changes · base ddddddd/m);
    expect(text).toContain(
      '  Inputs that differ from the commit, taken as they are (versions published from them are labelled uncommitted): ' +
        'go (runtimes/go/bootstrap, runtimes/go/a|b*.txt); py-libs (layers/py/x.py)\n',
    );
    expect(text).toMatch(/^ {2}changed +go \(uncommitted\) +us-east-1 +none → new version +— +files: runtimes\/go\/bootstrap$/m);
    expect(renderTerminal(smallPlan(), { color: false })).not.toContain('uncommitted');
  });

  it('colours only when asked, and the colours change no text', () => {
    const plain = renderTerminal(smallPlan(), { color: false });
    const coloured = renderTerminal(smallPlan(), { color: true });
    expect(plain).not.toMatch(ANSI);
    expect(coloured).toMatch(/\x1b\[31mfailed\x1b\[39m/);
    expect(coloured).toMatch(/\x1b\[32mpublished\x1b\[39m/);
    expect(coloured.replace(ANSI, '')).toBe(plain);
  });
});
