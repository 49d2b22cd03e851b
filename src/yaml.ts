// YAML read whole, without positions: lockfiles, pnpm-workspace.yaml, and lambda-layers.yml when it has nothing to
// report. js-yaml with the YAML 1.2 core schema gives the same values as the yaml package (test/yaml.test.ts) in a
// fifth of the time; the yaml package stays where positions are needed (config errors) or YAML is written.
import { CORE_SCHEMA, loadAll } from 'js-yaml';

/** The one document of `text` (null when there is none); throws on a syntax error, a duplicate key or more documents.
 *  `aliases: false` refuses aliases, for a caller that must measure their expansion before walking the value. */
export function readYaml(text: string, opts: { aliases?: boolean } = {}): unknown {
  const documents = loadAll(text, { schema: CORE_SCHEMA, maxAliases: opts.aliases === false ? 0 : -1 });
  if (documents.length > 1) throw new Error(`expected one YAML document, found ${documents.length}`);
  return documents[0] ?? null;
}
