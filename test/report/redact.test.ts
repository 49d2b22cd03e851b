import { describe, expect, it } from 'vitest';
import { createRedactor, environmentSecrets } from '../../src/report/redact';

describe('createRedactor', () => {
  it('replaces every occurrence of every secret, a longer one whole even when it contains a shorter one', () => {
    const r = createRedactor(['abcd', 'xxabcdxx']);
    expect(r.redact('a=abcd b=xxabcdxx c=abcdabcd')).toBe('a=*** b=*** c=******');
  });

  it('redacts a multi-line secret line by line and in its JSON-escaped form', () => {
    const key = '-----BEGIN KEY-----\nMIIBVwIBADANBgkq\n-----END KEY-----';
    const r = createRedactor([key, 'quo"te\\slash']);
    expect(r.redact(`last line: MIIBVwIBADANBgkq`)).toBe('last line: ***');
    expect(r.redact(JSON.stringify({ error: `got ${key} and quo"te\\slash` }))).toBe('{"error":"got *** and ***"}');
  });

  it('ignores empty and very short values, which would garble the report', () => {
    const r = createRedactor(['', undefined, 'ab', '   ']);
    r.add('x');
    expect(r.redact('ab x true')).toBe('ab x true');
  });

  it('redacts every string of a plan-like value before it is rendered, leaving other values alone', () => {
    const r = createRedactor();
    r.add('s3cr3t-value');
    const plan = { layers: [{ key: 'a', error: 'echo s3cr3t-value', size: 3, ok: true }], note: undefined };
    expect(r.redactDeep(plan)).toEqual({ layers: [{ key: 'a', error: 'echo ***', size: 3, ok: true }], note: undefined });
    expect(plan.layers[0].error).toBe('echo s3cr3t-value');
  });
});

describe('environmentSecrets', () => {
  it('takes the AWS credentials and the runner’s tokens, and nothing else', () => {
    const env = {
      AWS_ACCESS_KEY_ID: 'AKID1',
      AWS_SECRET_ACCESS_KEY: 'secret1',
      AWS_SESSION_TOKEN: 'session1',
      AWS_REGION: 'us-east-1',
      ACTIONS_RUNTIME_TOKEN: 'runtime1',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc1',
      GITHUB_SHA: 'abc',
    };
    expect(environmentSecrets(env).sort()).toEqual(['AKID1', 'oidc1', 'runtime1', 'secret1', 'session1']);
  });
});
