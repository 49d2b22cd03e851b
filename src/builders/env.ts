// The environment build commands, package installs and bootstraps run with: the runner's, minus what would let a
// dependency's install script act as this workflow (design.md, Security).

/** Variables that carry the runner's or the workflow's credentials. */
const DENIED = [
  /^INPUT_/i,
  /^ACTIONS_/i,
  /^GITHUB_TOKEN$/i,
  /^GH_TOKEN$/i,
  /^AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|SECURITY_TOKEN|WEB_IDENTITY_TOKEN_FILE|CONTAINER_AUTHORIZATION_TOKEN)$/i,
  // The runner's file commands: a line appended to them sets variables, PATH or outputs of the steps that follow.
  /^GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY)$/i,
];

/**
 * `source` without the runner's inputs (`INPUT_*`, which hold the github-token), its `ACTIONS_*` service tokens,
 * GitHub and AWS credentials, its file-command variables, and any variable whose value contains one of `secrets`.
 */
export function commandEnv(source: NodeJS.ProcessEnv, secrets: readonly (string | undefined)[] = []): Record<string, string> {
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4);
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined || DENIED.some((re) => re.test(name))) continue;
    if (known.some((secret) => value.includes(secret))) continue;
    env[name] = value;
  }
  return env;
}
