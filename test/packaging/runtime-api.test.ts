import { afterEach, describe, expect, it } from 'vitest';
import { startRuntimeApi, type RuntimeApi } from '../../src/packaging/runtime-api';

let api: RuntimeApi | undefined;
afterEach(() => api?.close());

const start = async () => {
  api = await startRuntimeApi({ event: '{"orderId":"o-123"}', deadlineMs: 1_700_000_000_000, functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:f' });
  return { api, base: `http://${api.address}/2018-06-01/runtime` };
};

describe('the local Runtime API', () => {
  it('hands out the event with the invocation headers, then takes the response with 202', async () => {
    const { api, base } = await start();
    const next = await fetch(`${base}/invocation/next`);
    expect(next.status).toBe(200);
    expect(await next.text()).toBe('{"orderId":"o-123"}');
    expect(next.headers.get('lambda-runtime-aws-request-id')).toBe(api.requestId);
    expect(next.headers.get('lambda-runtime-deadline-ms')).toBe('1700000000000');
    expect(next.headers.get('lambda-runtime-invoked-function-arn')).toBe('arn:aws:lambda:us-east-1:000000000000:function:f');
    expect(next.headers.get('lambda-runtime-trace-id')).toMatch(/^Root=1-/);

    const answer = await fetch(`${base}/invocation/${api.requestId}/response`, { method: 'POST', body: '{"ok":true}' });
    expect(answer.status).toBe(202);
    expect(await answer.json()).toEqual({ status: 'OK' });
    expect(await api.outcome).toEqual({ kind: 'response', body: '{"ok":true}' });
  });

  it('records an invocation error with its error type header', async () => {
    const { api, base } = await start();
    await (await fetch(`${base}/invocation/next`)).text();
    const answer = await fetch(`${base}/invocation/${api.requestId}/error`, {
      method: 'POST',
      headers: { 'Lambda-Runtime-Function-Error-Type': 'Runtime.Crash' },
      body: '{"errorMessage":"x"}',
    });
    expect(answer.status).toBe(202);
    expect(await api.outcome).toEqual({ kind: 'error', body: '{"errorMessage":"x"}', errorType: 'Runtime.Crash' });
  });

  it('records an init error', async () => {
    const { api, base } = await start();
    expect((await fetch(`${base}/init/error`, { method: 'POST', body: '{"errorMessage":"no"}' })).status).toBe(202);
    expect(await api.outcome).toEqual({ kind: 'init-error', body: '{"errorMessage":"no"}', errorType: undefined });
  });

  it('refuses an unknown request id and unknown routes, and keeps the next call waiting', async () => {
    const { base } = await start();
    await (await fetch(`${base}/invocation/next`)).text();
    const wrong = await fetch(`${base}/invocation/not-this-one/response`, { method: 'POST', body: '{}' });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ errorType: 'InvalidRequestID' });
    expect((await fetch(`${base}/nothing`)).status).toBe(404);
    await expect(fetch(`${base}/invocation/next`, { signal: AbortSignal.timeout(300) })).rejects.toThrow(/aborted|timeout/i);
  });
});
