// The README's reference tables stay in step with what the action really accepts: every key of the shipped JSON
// Schema and every input and output of action.yml is documented, and nothing documented is unknown to them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import schema from '../schema/lambda-layers.schema.json';

const root = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8'));

/** The first-column names of the markdown table that follows `heading`. */
function tableKeys(heading: string): string[] {
  const section = readme.slice(readme.indexOf(heading));
  const table = section.slice(section.indexOf('\n|')).split('\n\n')[0];
  return table
    .split('\n')
    .slice(3)
    .map((row) => /^\| `([^`]+)`/.exec(row)?.[1])
    .filter((key): key is string => Boolean(key));
}

/** Dotted key paths of the schema, with `<key>` for map entries, as the README writes them. */
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

describe('README reference', () => {
  it('documents exactly the keys of the configuration schema', () => {
    expect(tableKeys('## Configuration reference').sort()).toEqual(schemaKeys().sort());
  });

  it('documents exactly the inputs of action.yml, with their defaults', () => {
    const documented = tableKeys('## Inputs');
    expect(documented).toEqual(Object.keys(action.inputs));
    for (const [name, input] of Object.entries<any>(action.inputs)) {
      if (input.default === undefined || input.default === '0') continue;
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`))!;
      expect(row, name).toContain(`\`${input.default}\``);
    }
  });

  it('documents exactly the outputs of action.yml', () => {
    expect(tableKeys('## Outputs')).toEqual(Object.keys(action.outputs));
  });
});
