// Secrets out of everything the action writes outside the log (design.md, Security). The runner masks registered
// secrets in the log only: outputs, the job summary, the PR comment and the plan file are stored as given, so a failing
// build's last lines that print a credential would keep it there. Pure: main.ts collects the values and applies it.

/** Shorter values are not taken as secrets: replacing every "true" or "1" would garble the report and hide nothing. */
export const MIN_SECRET_LENGTH = 4;
const MASK = '***';

/** The credential variables of the runner's environment that the run knows as secrets. */
const SECRET_VARIABLES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'GITHUB_TOKEN',
  'GH_TOKEN',
];

/** The secret values in `env`: AWS credentials, the runner's service tokens, GitHub tokens. */
export function environmentSecrets(env: NodeJS.ProcessEnv): string[] {
  return SECRET_VARIABLES.flatMap((name) => env[name] ?? []);
}

export interface Redactor {
  /** Counts `value` as a secret from now on (empty or short values are ignored). */
  add(value: string | undefined): void;
  /** `text` with every known secret replaced by `***`. */
  redact(text: string): string;
  /** A copy of `value` with every string in it redacted, before it is rendered (Markdown or JSON escaping could hide a secret from `redact`). */
  redactDeep<T>(value: T): T;
}

export function createRedactor(initial: readonly (string | undefined)[] = []): Redactor {
  const forms = new Set<string>();
  let ordered: string[] = [];
  const redact = (text: string) => ordered.reduce((out, secret) => out.split(secret).join(MASK), text);
  const redactDeep = (value: any): any => {
    if (typeof value === 'string') return redact(value);
    if (Array.isArray(value)) return value.map(redactDeep);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)]));
    return value;
  };
  const redactor: Redactor = {
    add(value) {
      if (!value) return;
      // A multi-line secret (a private key) may be quoted line by line; JSON shows it with its escapes.
      for (const form of [value, ...value.split(/\r?\n/), JSON.stringify(value).slice(1, -1)]) {
        if (form.trim().length >= MIN_SECRET_LENGTH) forms.add(form);
      }
      // Longest first, so a secret that contains another is replaced whole.
      ordered = [...forms].sort((a, b) => b.length - a.length);
    },
    redact,
    redactDeep,
  };
  initial.forEach(redactor.add);
  return redactor;
}
