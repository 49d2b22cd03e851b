// The AWS adapter: credentials detection, endpoints from the standard variables, pacing to the quota, retries.
import { GetFunctionCommand, GetFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAwsClients, describeAwsError, hasCredentials, isAccessDenied, s3Endpoint } from '../../src/adapters/aws';
import { mayHaveCredentials } from '../../src/adapters/credentials';
import { systemClock, type Clock } from '../../src/clock';
import { startLambdaApi, type LambdaApi } from '../../src/local/lambda-api';

const REGION = 'us-east-1';
const VARIABLES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_CONFIG_FILE',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_EC2_METADATA_DISABLED',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_LAMBDA',
  'AWS_ENDPOINT_URL_S3',
];

let saved: Record<string, string | undefined>;
const servers: LambdaApi[] = [];
beforeEach(() => {
  saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of VARIABLES) delete process.env[name];
  // No shared files, no instance metadata: nothing on this machine can lend credentials.
  Object.assign(process.env, { AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials', AWS_CONFIG_FILE: '/nonexistent/config', AWS_EC2_METADATA_DISABLED: 'true' });
});
afterEach(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(opts: Parameters<typeof startLambdaApi>[0] = {}) {
  const api = await startLambdaApi(opts);
  servers.push(api);
  return api;
}

function withKeys() {
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'test-secret' });
}

describe('describeAwsError and isAccessDenied', () => {
  it('quote an SDK error as name and message, and tell a refused permission from the rest', () => {
    const denied = Object.assign(new Error('User is not authorized to perform: lambda:UpdateAlias'), {
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 403 },
    });
    expect(describeAwsError(denied)).toBe('AccessDeniedException: User is not authorized to perform: lambda:UpdateAlias.');
    expect(isAccessDenied(denied)).toBe(true);
    expect(isAccessDenied({ name: 'Forbidden', $metadata: { httpStatusCode: 403 } })).toBe(true);
    expect(describeAwsError(new Error('socket hang up.'))).toBe('socket hang up.');
    expect(isAccessDenied(Object.assign(new Error('slow down'), { name: 'TooManyRequestsException' }))).toBe(false);
  });
});

describe('hasCredentials', () => {
  it('is true with credentials in the environment', async () => {
    withKeys();
    expect(await hasCredentials(createAwsClients({ concurrency: 1 }), REGION)).toBe(true);
  });

  it('is false, without throwing or waiting for its timeout, when the chain finds none (fork pull requests)', async () => {
    // A timeout that never comes: the answer is the chain's own.
    const timeouts: number[] = [];
    const never: Clock = { ...systemClock, sleep: (ms) => (timeouts.push(ms), new Promise(() => undefined)) };
    expect(await hasCredentials(createAwsClients({ concurrency: 1 }), REGION, never)).toBe(false);
    expect(timeouts).toEqual([5000]);
  });
});

describe('mayHaveCredentials (whether the SDK is worth loading)', () => {
  it('is false only where the real chain finds nothing, and true for each source the chain reads', async () => {
    expect(mayHaveCredentials(process.env)).toBe(false);
    expect(await hasCredentials(createAwsClients({ concurrency: 1 }), REGION)).toBe(false);
    const none = { ...process.env };
    const sources: NodeJS.ProcessEnv[] = [
      { AWS_ACCESS_KEY_ID: 'AKIDTEST' },
      { AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/token' },
      { AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/x' },
      { AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://127.0.0.1:9/creds' },
      { AWS_EC2_METADATA_DISABLED: 'false' },
      { AWS_EC2_METADATA_DISABLED: '' },
      { AWS_CONFIG_FILE: import.meta.filename },
      { AWS_SHARED_CREDENTIALS_FILE: import.meta.filename },
    ];
    for (const source of sources) expect(mayHaveCredentials({ ...none, ...source }), JSON.stringify(source)).toBe(true);
    // A GitHub-hosted runner's metadata service is Azure's: no AWS credentials there, unless an endpoint names another.
    const hosted = { ...none, AWS_EC2_METADATA_DISABLED: undefined, RUNNER_ENVIRONMENT: 'github-hosted' };
    expect(mayHaveCredentials(hosted)).toBe(false);
    expect(mayHaveCredentials({ ...hosted, RUNNER_ENVIRONMENT: 'self-hosted' })).toBe(true);
    expect(mayHaveCredentials({ ...hosted, AWS_EC2_METADATA_SERVICE_ENDPOINT: 'http://127.0.0.1:9' })).toBe(true);
    expect(mayHaveCredentials({ ...hosted, AWS_ACCESS_KEY_ID: 'AKIDTEST' })).toBe(true);
    // Without the file variables, the files in the home folder.
    const home = { ...none, AWS_CONFIG_FILE: undefined, AWS_SHARED_CREDENTIALS_FILE: undefined, HOME: '/home/ci' };
    expect(mayHaveCredentials(home, (file) => file === '/home/ci/.aws/credentials')).toBe(true);
    expect(mayHaveCredentials(home, () => false)).toBe(false);
  });
});

describe('createAwsClients', () => {
  it('keeps one client per region and service', async () => {
    const aws = createAwsClients({ concurrency: 2 });
    expect(aws.lambda(REGION)).toBe(aws.lambda(REGION));
    expect(aws.lambda('eu-west-1')).not.toBe(aws.lambda(REGION));
    expect(await aws.s3(REGION)).toBe(await aws.s3(REGION));
    expect(await aws.ssm(REGION)).toBe(await aws.ssm(REGION));
    expect(await aws.ssm('eu-west-1')).not.toBe(await aws.ssm(REGION));
  });

  it('takes endpoints from AWS_ENDPOINT_URL, with AWS_ENDPOINT_URL_LAMBDA winning for Lambda', async () => {
    withKeys();
    const [general, lambdaOnly] = [await server(), await server()];
    general.createBucket('acme-layers');
    lambdaOnly.addFunction(REGION, { name: 'api' });
    Object.assign(process.env, { AWS_ENDPOINT_URL: general.url, AWS_ENDPOINT_URL_LAMBDA: lambdaOnly.url });
    const aws = createAwsClients({ concurrency: 2, s3Endpoint: s3Endpoint(process.env) });
    await aws.lambda(REGION).send(new GetFunctionConfigurationCommand({ FunctionName: 'api' }));
    // S3 through the general endpoint, addressed by path since the endpoint is not AWS's.
    await (await aws.s3(REGION)).send(new HeadBucketCommand({ Bucket: 'acme-layers' }));
    expect(lambdaOnly.calls.map((c) => c.op)).toEqual(['GetFunctionConfiguration']);
    expect(general.calls.map((c) => [c.op, c.name])).toEqual([['HeadBucket', 'acme-layers']]);
  });

  it('knows the S3 endpoint override as the SDK reads it: AWS_ENDPOINT_URL_S3, else AWS_ENDPOINT_URL', () => {
    expect(s3Endpoint({ AWS_ENDPOINT_URL_S3: 'http://s3.local', AWS_ENDPOINT_URL: 'http://all.local' })).toBe('http://s3.local');
    expect(s3Endpoint({ AWS_ENDPOINT_URL: 'http://all.local', AWS_ENDPOINT_URL_LAMBDA: 'http://lambda.local' })).toBe('http://all.local');
    expect(s3Endpoint({ AWS_ENDPOINT_URL_LAMBDA: 'http://lambda.local', AWS_ENDPOINT_URL_S3: '' })).toBeUndefined();
  });

  it('paces Lambda calls under the quota so that none is throttled, GetFunction on its own quota', async () => {
    withKeys();
    // The server allows one call a second more than the client sends: a loaded machine delays some requests on
    // their way, which can crowd an exact 5 into one second without the client sending them faster.
    const api = await server({ rps: 6 });
    api.addFunction(REGION, { name: 'api' });
    process.env.AWS_ENDPOINT_URL = api.url;
    const lambda = createAwsClients({ concurrency: 8, maxRps: 5 }).lambda(REGION);

    // 12 calls sent at once go out 210 ms apart, 12 GetFunction calls sent after them about 10 ms apart.
    await Promise.all([
      ...Array.from({ length: 12 }, () => lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'api' }))),
      ...Array.from({ length: 12 }, () => lambda.send(new GetFunctionCommand({ FunctionName: 'api' }))),
    ]);
    expect(api.calls.filter((c) => c.status === 429)).toEqual([]);
    // Paced like the others, every GetFunction would come after the 12; on its own quota, all are served before the
    // fourth of the others goes out (at 630 ms).
    const ops = api.calls.map((c) => c.op);
    expect(ops.slice(0, ops.lastIndexOf('GetFunction')).filter((op) => op === 'GetFunctionConfiguration').length).toBeLessThan(4);
  });

  it('rides out throttling with the SDK retry strategy', async () => {
    withKeys();
    const api = await server();
    api.addFunction(REGION, { name: 'api' });
    let throttled = 0;
    api.faults.push(() => (throttled++ < 3 ? { status: 429, type: 'TooManyRequestsException' } : undefined));
    process.env.AWS_ENDPOINT_URL = api.url;
    const config = await createAwsClients({ concurrency: 1 }).lambda(REGION).send(new GetFunctionConfigurationCommand({ FunctionName: 'api' }));
    expect(config.FunctionName).toBe('api');
    expect(config.$metadata.attempts).toBe(4);
    expect(api.calls.map((c) => c.status)).toEqual([429, 429, 429, 200]);
  });
});
