// The documentation's reference tables stay in step with what the action really accepts: every key of the shipped
// JSON Schema and every input and output of action.yml is documented in docs/configuration.md, nothing documented
// is unknown to them, and the README's short tables name only real keys and inputs, with their real defaults.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import schema from '../schema/lambda-layers.schema.json';

const root = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const configuration = readFileSync(path.join(root, 'docs', 'configuration.md'), 'utf8');
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8'));

/** The rows (header and rule left out) of the first markdown table at or after the line `from` of `text`. */
function tableRows(text: string, from: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(from);
  expect(start, `a line '${from}'`).toBeGreaterThanOrEqual(0);
  const first = lines.findIndex((line, i) => i >= start && line.startsWith('|'));
  const end = lines.findIndex((line, i) => i > first && !line.startsWith('|'));
  return lines.slice(first + 2, end < 0 ? undefined : end);
}

/** The first-column names of that table. */
function tableKeys(text: string, from: string): string[] {
  return tableRows(text, from)
    .map((row) => /^\| `([^`]+)`/.exec(row)?.[1])
    .filter((key): key is string => Boolean(key));
}

/** Every documented input's row names the default action.yml gives it. */
function expectInputDefaults(text: string, from: string) {
  for (const name of tableKeys(text, from)) {
    const input = action.inputs[name];
    if (input.default === undefined || input.default === '0') continue;
    const row = tableRows(text, from).find((line) => line.startsWith(`| \`${name}\` |`))!;
    expect(row, name).toContain(`\`${input.default}\``);
  }
}

/** Dotted key paths of the schema, with `<key>` for map entries, as the docs write them. */
function schemaKeys(node: any = schema, prefix = ''): string[] {
  const resolve = (n: any) => (n?.$ref ? (schema as any).definitions[n.$ref.split('/').pop()] : n);
  const keys: string[] = [];
  for (const [name, child] of Object.entries<any>(resolve(node).properties ?? {})) {
    const key = `${prefix}${name}`;
    keys.push(key);
    const target = resolve(child);
    if (target.properties) keys.push(...schemaKeys(target, `${key}.`));
    if (target.additionalProperties && typeof target.additionalProperties === 'object') {
      keys.push(`${key}.<key>`, ...schemaKeys(target.additionalProperties, `${key}.<key>.`));
    }
  }
  return keys;
}

describe('docs/configuration.md reference', () => {
  it('documents exactly the keys of the configuration schema', () => {
    expect(tableKeys(configuration, '## Configuration reference').sort()).toEqual(schemaKeys().sort());
  });

  it('documents exactly the inputs of action.yml, with their defaults', () => {
    expect(tableKeys(configuration, '## Inputs')).toEqual(Object.keys(action.inputs));
    expectInputDefaults(configuration, '## Inputs');
  });

  it('documents exactly the outputs of action.yml', () => {
    expect(tableKeys(configuration, '## Outputs')).toEqual(Object.keys(action.outputs));
  });
});

describe("the README's short tables", () => {
  it('name only keys of the configuration schema', () => {
    const keys = tableKeys(readme, '## Essential configuration');
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.filter((key) => !schemaKeys().includes(key))).toEqual([]);
  });

  it('name only inputs of action.yml, with their defaults, and only outputs it has', () => {
    const inputs = tableKeys(readme, '| input | default | meaning |');
    expect(inputs.length).toBeGreaterThan(3);
    expect(inputs.filter((name) => !(name in action.inputs))).toEqual([]);
    expectInputDefaults(readme, '| input | default | meaning |');
    const outputs = /^Useful outputs: (.*)$/m.exec(readme)![1].match(/`[^`]+`/g)!.map((o) => o.slice(1, -1));
    expect(outputs.filter((name) => name !== 'strategy.matrix' && !(name in action.outputs))).toEqual([]);
  });
});
