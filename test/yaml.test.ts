import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { readYaml } from '../src/yaml';

const ROOT = path.resolve(import.meta.dirname, '..');

// Plain scalars whose type YAML 1.2's core schema decides, and look-alikes that must stay text.
const SCALARS = [
  '0o17', '0O17', '0x1F', '0X1F', '0b101', '+0x1F', '-0x1F', '-0o7', '1_000', '012', '+12', '-0', '0', '.5', '5.', '-.5',
  '+.5', '1e3', '1E3', '1.5e-3', '.1e2', '1.e2', '1e', '.inf', '-.inf', '+.inf', '.Inf', '.INF', '.nan', '.NaN', '.NAN',
  'nan', 'inf', '~', 'null', 'Null', 'NULL', 'nULL', '', 'true', 'True', 'TRUE', 'tRue', 'yes', 'no', 'on', 'off', 'y',
  'n', '2024-01-01', '2024-01-01T10:00:00Z', '12:30', '1:20:30', '0.1.2', '3.12', 'python3.12', 'nodejs22.x',
  '123456789012', '9007199254740993', '0x', '0o8', '.', "'quoted'", '"dq \\t\\u00e9"', '!!str 12', '!!int "12"', '<<',
];

// Block and flow styles, multi-line scalars with every chomping, comments, quoted keys, nesting, empty values.
const DOCUMENT = `# a comment
plain: text, with words # trailing comment
"quoted key": 'it''s'
empty:
list:
  - a
  -   - nested
      - deeper
  - {flow: map, n: 1}
  - [flow, seq, 2.5]
literal: |
  line one
    indented
  line three
keep: |+
  kept

strip: >-
  folded
  text

  paragraph
multi word key: ok
unicode: "snow ☃ é"
? complex
: value
`;

describe('readYaml', () => {
  it("gives the yaml package's value for every core-schema scalar and look-alike", () => {
    for (const scalar of SCALARS) expect(readYaml(`v: ${scalar}\n`), scalar).toStrictEqual(parse(`v: ${scalar}\n`));
  });

  it('differs from the yaml package on a number too big for a double and on !!float given an integer', () => {
    expect(parse('v: 1e400\n')).toEqual({ v: Infinity });
    expect(readYaml('v: 1e400\n')).toEqual({ v: '1e400' });
    // The yaml package leaves this one as text, with a warning that it could not resolve the tag.
    expect(readYaml('v: !!float 1\n')).toEqual({ v: 1 });
  });

  it('reads block and flow styles, multi-line scalars and comments as the yaml package does', () => {
    expect(readYaml(DOCUMENT)).toStrictEqual(parse(DOCUMENT));
  });

  it("reads the repository's own YAML files (action.yml, workflows, the example configuration) as the yaml package does", () => {
    const files = execFileSync('git', ['ls-files', '*.yml', '*.yaml'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(files).toContain('examples/monorepo/lambda-layers.yml');
    for (const file of files) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      expect(readYaml(text), file).toStrictEqual(parse(text));
    }
  });

  it('reads aliases unless told not to, and refuses duplicate keys and a second document', () => {
    const text = 'a: &x [1, 2]\nb: *x\n';
    expect(readYaml(text)).toEqual({ a: [1, 2], b: [1, 2] });
    expect(() => readYaml(text, { aliases: false })).toThrow();
    expect(() => readYaml('a: 1\na: 2\n')).toThrow(/duplicate/i);
    expect(parseAllDocuments('a: 1\n---\nb: 2\n')).toHaveLength(2);
    expect(() => readYaml('a: 1\n---\nb: 2\n')).toThrow('expected one YAML document, found 2');
  });

  it('gives null for a file with no document, as the yaml package does', () => {
    for (const text of ['', '# only a comment\n', '\n\n']) expect(readYaml(text), JSON.stringify(text)).toBe(parse(text));
  });
});
