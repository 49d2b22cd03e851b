// The package-manager settings an isolated build gets from the runner's user (builders/isolation.ts): where its
// registries are, never a credential written in a file. A token reaches builds only as a reference to an environment
// variable (`${NODE_AUTH_TOKEN}`, as actions/setup-node writes it), whose value the build's environment holds anyway.
import { readYaml } from '../yaml';

export interface Settings {
  /** The file's text for the build user, undefined when nothing in it passes. */
  text?: string;
  /** Keys passed, in file order. */
  passed: string[];
  /** Keys withheld because their value is a credential written in the file. */
  withheld: string[];
}

/** `${NAME}`: npm and yarn read the value from the environment. */
const ENV_REFERENCE = /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/;
const NPM_AUTH = /^\/\/.+:(_authToken|_auth|_password|username|always-auth)$/;

/** registry, @scope:registry and always-auth lines; //host/:_authToken style lines only as `${VAR}` references. */
export function npmrcSettings(text: string): Settings {
  const out: Settings = { passed: [], withheld: [] };
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const match = /^\s*([^=;#\s][^=]*?)\s*=\s*(.*?)\s*$/.exec(raw);
    if (!match) continue;
    const [, key, value] = match;
    const registry = key === 'registry' || key === 'always-auth' || /^@[^:\s]+:registry$/.test(key);
    if (!registry && !NPM_AUTH.test(key)) continue;
    if (!registry && !ENV_REFERENCE.test(value)) {
      out.withheld.push(key);
      continue;
    }
    out.passed.push(key);
    lines.push(`${key}=${value}`);
  }
  return { ...out, text: lines.length > 0 ? `${lines.join('\n')}\n` : undefined };
}

/**
 * Yarn 2+: npmRegistryServer and npmAlwaysAuth, top-level and per entry of npmScopes and npmRegistries; npmAuthToken
 * and npmAuthIdent only as `${VAR}` references. Written as JSON, which is YAML.
 */
export function yarnrcSettings(text: string): Settings {
  const out: Settings = { passed: [], withheld: [] };
  let parsed: unknown;
  try {
    parsed = readYaml(text);
  } catch {
    return out;
  }
  const pick = (from: unknown, prefix: string): Record<string, unknown> => {
    const kept: Record<string, unknown> = {};
    if (!from || typeof from !== 'object') return kept;
    for (const [key, value] of Object.entries(from)) {
      if (key === 'npmRegistryServer' || key === 'npmAlwaysAuth') kept[key] = value;
      else if (key === 'npmAuthToken' || key === 'npmAuthIdent') {
        if (typeof value === 'string' && ENV_REFERENCE.test(value)) kept[key] = value;
        else {
          out.withheld.push(`${prefix}${key}`);
          continue;
        }
      } else continue;
      out.passed.push(`${prefix}${key}`);
    }
    return kept;
  };
  const root = (parsed ?? {}) as Record<string, unknown>;
  const result = pick(root, '');
  for (const group of ['npmScopes', 'npmRegistries']) {
    const entries = Object.entries((root[group] ?? {}) as Record<string, unknown>)
      .map(([name, value]) => [name, pick(value, `${group}.${name}.`)] as const)
      .filter(([, kept]) => Object.keys(kept).length > 0);
    if (entries.length > 0) result[group] = Object.fromEntries(entries);
  }
  return { ...out, text: Object.keys(result).length > 0 ? `${JSON.stringify(result, null, 2)}\n` : undefined };
}

/** pip.conf: index-url, extra-index-url, trusted-host and find-links of [global] and [install], unless a URL holds a password. */
export function pipConfSettings(text: string): Settings {
  const out: Settings = { passed: [], withheld: [] };
  const sections = new Map<string, string[]>();
  let section = '';
  for (const raw of text.split(/\r?\n/)) {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(raw);
    if (header) {
      section = header[1].trim();
      continue;
    }
    const match = /^\s*([A-Za-z_-]+)\s*[=:]\s*(.*?)\s*$/.exec(raw);
    if (!match || !['global', 'install'].includes(section)) continue;
    const [, key, value] = match;
    if (!['index-url', 'extra-index-url', 'trusted-host', 'find-links'].includes(key)) continue;
    const name = `${section}.${key}`;
    // https://user:token@host/simple: the credential is in the URL.
    if (/\/\/[^/\s]*@/.test(value)) {
      out.withheld.push(name);
      continue;
    }
    out.passed.push(name);
    sections.set(section, [...(sections.get(section) ?? []), `${key} = ${value}`]);
  }
  const text2 = [...sections].map(([name, lines]) => `[${name}]\n${lines.join('\n')}\n`).join('');
  return { ...out, text: text2 || undefined };
}
