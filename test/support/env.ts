// The environments tests run the action, the CLI and the SDK in, and putting process.env back after changing it.

/** Dummy credentials and the local Lambda API's endpoint: the real SDK talks to it and to nothing else. */
export function localAwsEnv(api: { url: string }, region = 'us-east-1'): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: 'AKIDLOCAL',
    AWS_SECRET_ACCESS_KEY: 'local-secret',
    AWS_REGION: region,
    AWS_ENDPOINT_URL: api.url,
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

/** No credentials where the SDK looks for them (files, instance metadata): a fork's pull request, a clean shell. */
export const NO_AWS_ENV = { AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent', AWS_EC2_METADATA_DISABLED: 'true' };

/**
 * The `isolate` input of runs whose subject is not isolation: they build as the runner's user. Isolating a build
 * starts about 15 processes (to switch user, copy the checkout, mount), half a second of CPU a run; isolation has tests
 * of its own (test/builders/isolation, runner-layout, run-folders), and test/action.test.ts keeps it for its blocks on
 * secrets and uncommitted inputs.
 */
export const NOT_ISOLATED = { isolate: 'never' } as const;

// Putting process.env back as it was, in place: the object stays Node's own process.env (which coerces values to
// strings), so nothing changes for a test file run after this one in the same worker.
export function restoreEnv(saved: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
}
