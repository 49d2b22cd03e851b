// Whether the AWS SDK's default credential chain could find credentials here, told from the environment alone so
// that a run that cannot call AWS (a fork's pull request) never loads the SDK, a third of the bundle.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AwsClients } from './aws';

/**
 * False only when every source the chain tries is absent: keys in the environment, a web identity token, the shared
 * config and credentials files (profiles, SSO, login, credential_process), a container endpoint, and the instance
 * metadata service (off with AWS_EC2_METADATA_DISABLED, and absent on GitHub-hosted runners). Anything else is left
 * to the chain itself.
 */
export function mayHaveCredentials(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync): boolean {
  if (env.AWS_ACCESS_KEY_ID || env.AWS_WEB_IDENTITY_TOKEN_FILE) return true;
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return true;
  // The SDK's own reading of the switch: any value but 'false' turns the metadata service off. GitHub-hosted runners
  // are Azure machines, whose metadata service holds no AWS credentials: a fork's no-op plan there took 0.42 s instead
  // of 0.24 s to load the SDK and ask it. An endpoint set by hand names another service, which is asked.
  const metadata = !env.AWS_EC2_METADATA_DISABLED || env.AWS_EC2_METADATA_DISABLED === 'false';
  if (metadata && (env.RUNNER_ENVIRONMENT !== 'github-hosted' || env.AWS_EC2_METADATA_SERVICE_ENDPOINT)) return true;
  const home = env.HOME || env.USERPROFILE || os.homedir();
  const files = [env.AWS_CONFIG_FILE || path.join(home, '.aws', 'config'), env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, '.aws', 'credentials')];
  return files.some((file) => exists(file));
}

/**
 * The AWS clients, with the SDK loaded on the first call. The environment is read then too, so that an endpoint set
 * before (the CLI's --local) is the one used.
 */
export function loadAwsClients(concurrency: number): () => Promise<AwsClients> {
  return async () => {
    const { createAwsClients, s3Endpoint } = await import('./aws');
    return createAwsClients({ concurrency, s3Endpoint: s3Endpoint(process.env) });
  };
}
