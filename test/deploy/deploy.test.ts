import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LambdaClient, UpdateFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it as base } from 'vitest';
import { createAwsClients } from '../../src/adapters/aws';
import { deployFunctions } from '../../src/deploy/deploy';
import { memoryLogger } from '../support/logger';
import { clientsFor, desired, layerArn, REGION, startServer, target, type Server } from './harness';

const metadataDisabled = process.env.AWS_EC2_METADATA_DISABLED;
beforeAll(() => {
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
});
afterAll(() => {
  if (metadataDisabled === undefined) delete process.env.AWS_EC2_METADATA_DISABLED;
  else process.env.AWS_EC2_METADATA_DISABLED = metadataDisabled;
});

// Each test gets its own local Lambda API, closed when the test ends: the tests share nothing, so they run
// concurrently (most of their time is spent waiting for updates to finish, as on Lambda).
const it = base.extend<{ start: (opts?: Parameters<typeof startServer>[0]) => Promise<Server> }>({
  // eslint-disable-next-line no-empty-pattern
  start: async ({}, use) => {
    const servers: Server[] = [];
    await use(async (opts = {}) => {
      const server = await startServer(opts);
      servers.push(server);
      return server;
    });
    await Promise.all(servers.map((s) => s.close()));
  },
});

function deploy(s: Server, targets: ReturnType<typeof target>[], opts: { concurrency?: number; dryRun?: boolean } = {}) {
  const log = memoryLogger();
  return deployFunctions(clientsFor(s.url), targets, { concurrency: opts.concurrency ?? 4, dryRun: opts.dryRun ?? false, log }).then(
    (plans) => ({ plans, log }),
  );
}

const datadog = layerArn('datadog', 40, '464622532012');

describe.concurrent('deployFunctions over HTTP', () => {
  it('replaces the managed layer, keeps the unmanaged one and sends nothing but Layers', async ({ start }) => {
    const s = await start({ updateMs: 300 });
    s.addFunction('orders-api', { layers: [datadog, layerArn('deps', 3)], environment: { TABLE: 'orders' }, memorySize: 512 });
    const { plans } = await deploy(s, [target('orders-api', [desired('deps', 4), desired('tools', 1)])]);

    expect(plans).toMatchObject([{ key: 'orders-api', region: REGION, status: 'updated' }]);
    expect(plans[0].oldLayers).toEqual([datadog, layerArn('deps', 3)]);
    expect(s.layersOf('orders-api')).toEqual([datadog, layerArn('deps', 4), layerArn('tools', 1)]);
    expect(plans[0].newLayers).toEqual(s.layersOf('orders-api'));
    expect(s.fn('orders-api').environment).toEqual({ TABLE: 'orders' });
    expect(s.fn('orders-api').memorySize).toBe(512);
    const [update] = s.calls('UpdateFunctionConfiguration');
    expect(Object.keys(update.body).sort()).toEqual(['Layers', 'RevisionId']);
    // It waited for the update to finish before reporting it.
    expect(s.fn('orders-api').status).toBe('Successful');
  });

  it('leaves alone a function ARN of another region or account, and then changes no function at all', async ({ start }) => {
    const s = await start({ updateMs: 0 });
    s.addFunction('api');
    s.addFunction('worker');
    const elsewhere = 'arn:aws:lambda:eu-west-1:123456789012:function:api';
    const foreign = 'arn:aws:lambda:us-east-1:999999999999:function:api';
    const misnamed = (name: string) => ({ ...target('api', [desired('deps', 2)]), fn: { key: 'api', name, layers: ['deps'], regions: [REGION] } });
    const { plans } = await deploy(s, [misnamed(elsewhere), misnamed(foreign), target('worker', [desired('deps', 2)])]);

    expect(plans[0]).toMatchObject({ status: 'failed', error: expect.stringContaining(`its ARN is in eu-west-1, but it is deployed in ${REGION}`) });
    expect(plans[1]).toMatchObject({ status: 'failed', error: expect.stringContaining('its ARN is in account 999999999999, but the credentials are for account 123456789012') });
    expect(plans[2].error).toContain('not updated because');
    expect(s.calls().filter((c) => c.name === 'api')).toEqual([]);
    expect(s.calls('UpdateFunctionConfiguration')).toEqual([]);
  });

  it('leaves a function that already has the right layers alone', async ({ start }) => {
    const s = await start();
    s.addFunction('orders-api', { layers: [layerArn('deps', 4), datadog] });
    const { plans } = await deploy(s, [target('orders-api', [desired('deps', 4)])]);
    expect(plans[0].status).toBe('unchanged');
    expect(s.calls('UpdateFunctionConfiguration')).toEqual([]);
    expect(s.calls().map((c) => c.op)).toEqual(['GetFunction']);
  });

  it('refuses a sixth layer and then changes no function at all', async ({ start }) => {
    const s = await start();
    const five = ['a', 'b', 'c', 'd', 'e'].map((n) => layerArn(n, 1, '999999999999'));
    s.addFunction('orders-api', { layers: five });
    s.addFunction('billing', { layers: [] });
    const { plans } = await deploy(s, [target('billing', [desired('deps', 2)]), target('orders-api', [desired('deps', 2)])]);

    const orders = plans.find((p) => p.key === 'orders-api')!;
    expect(orders.status).toBe('failed');
    expect(orders.error).toMatch(/orders-api \(us-east-1\) would have 6 layers .*remove one from lambda-layers.yml or from the function/);
    const billing = plans.find((p) => p.key === 'billing')!;
    expect(billing.status).toBe('would-update');
    expect(billing.error).toContain('orders-api (us-east-1)');
    expect(s.calls('UpdateFunctionConfiguration')).toEqual([]);
    expect(s.layersOf('orders-api')).toEqual(five);
  });

  it('refuses a runtime layer that is not built for the function architecture', async ({ start }) => {
    const s = await start();
    s.addFunction('go-api', { architectures: ['arm64'] });
    const runtime = desired('go-runtime', 3, { type: 'runtime', architectures: ['x86_64'] });
    const { plans } = await deploy(s, [target('go-api', [runtime])]);
    expect(plans[0].status).toBe('failed');
    expect(plans[0].error).toMatch(/go-api \(us-east-1\) runs on arm64 but runtime layer go-runtime is built for x86_64/);
    expect(s.calls('UpdateFunctionConfiguration')).toEqual([]);
  });

  it('reads again and retries when someone changes the function between our read and our write', async ({ start }) => {
    const s = await start({ updateMs: 200 });
    s.addFunction('orders-api', { layers: [layerArn('deps', 1)], environment: { MODE: 'old' } });
    const clients = clientsFor(s.url);
    const other = new LambdaClient({ region: REGION, endpoint: s.url, credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
    let raced = false;
    clients.lambda(REGION).middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'UpdateFunctionConfigurationCommand' && !raced) {
          raced = true;
          await other.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'orders-api', Environment: { Variables: { MODE: 'new' } } }));
          await new Promise((r) => setTimeout(r, 300));
        }
        return next(args);
      },
      { step: 'initialize', name: 'concurrentChange' },
    );
    const plans = await deployFunctions(clients, [target('orders-api', [desired('deps', 2)])], { concurrency: 1, dryRun: false, log: memoryLogger() });

    expect(plans[0].status).toBe('updated');
    expect(s.calls('UpdateFunctionConfiguration').map((c) => c.status)).toEqual([200, 412, 200]);
    expect(s.layersOf('orders-api')).toEqual([layerArn('deps', 2)]);
    // The other party's change survives: we only ever send Layers.
    expect(s.fn('orders-api').environment).toEqual({ MODE: 'new' });
  });

  it('waits for an update already in progress, then applies its own', async ({ start }) => {
    const s = await start({ updateMs: 800 });
    s.addFunction('orders-api', { layers: [layerArn('deps', 1)] });
    const other = new LambdaClient({ region: REGION, endpoint: s.url, credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
    await other.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'orders-api', MemorySize: 256 }));

    const { plans } = await deploy(s, [target('orders-api', [desired('deps', 2)])]);
    expect(plans[0].status).toBe('updated');
    const statuses = s.calls('UpdateFunctionConfiguration').map((c) => c.status);
    expect(statuses[1]).toBe(409);
    expect(statuses.at(-1)).toBe(200);
    expect(s.layersOf('orders-api')).toEqual([layerArn('deps', 2)]);
    expect(s.fn('orders-api').memorySize).toBe(256);
  });

  it('gets every function through a throttling storm', async ({ start }) => {
    const s = await start({ updateMs: 50 });
    const names = Array.from({ length: 8 }, (_, i) => `fn-${i}`);
    for (const name of names) s.addFunction(name, { layers: [layerArn('deps', 1)] });
    let n = 0;
    s.fault((c) => c.op !== 'GetFunction' && n++ % 3 !== 2 && n < 24, 429, 'TooManyRequestsException');
    const { plans } = await deploy(s, names.map((name) => target(name, [desired('deps', 2)])), { concurrency: 8 });

    expect(plans.map((p) => p.status)).toEqual(names.map(() => 'updated'));
    expect(s.calls().filter((c) => c.status === 429).length).toBeGreaterThanOrEqual(15);
    for (const name of names) expect(s.layersOf(name)).toEqual([layerArn('deps', 2)]);
  });

  it('restores the functions it already changed when the third of five fails', async ({ start }) => {
    const s = await start({ updateMs: 100 });
    const names = ['fn-1', 'fn-2', 'fn-3', 'fn-4', 'fn-5'];
    for (const name of names) s.addFunction(name, { layers: [datadog, layerArn('deps', 1)] });
    s.fault((c) => c.op === 'UpdateFunctionConfiguration' && c.name === 'fn-3', 403, 'AccessDeniedException');
    const { plans, log } = await deploy(s, names.map((name) => target(name, [desired('deps', 2)])), { concurrency: 1 });

    expect(plans.map((p) => p.status)).toEqual(['rolled-back', 'rolled-back', 'failed', 'would-update', 'would-update']);
    for (const name of names) expect(s.layersOf(name)).toEqual([datadog, layerArn('deps', 1)]);
    expect(plans[2].error).toMatch(/AccessDeniedException.*lambda:UpdateFunctionConfiguration/);
    expect(plans[0].error).toContain('fn-3 (us-east-1) failed');
    expect(plans[3].error).toContain('not updated because fn-3 (us-east-1) failed');
    // fn-1 and fn-2: one update forward, one back; fn-4 and fn-5 never touched.
    for (const name of ['fn-1', 'fn-2']) expect(s.calls('UpdateFunctionConfiguration', name).filter((c) => c.status === 200)).toHaveLength(2);
    for (const name of ['fn-4', 'fn-5']) expect(s.calls('UpdateFunctionConfiguration', name)).toEqual([]);
    expect(log.text('warning')).toContain('fn-1 (us-east-1): restored to datadog:40, deps:1');
  });

  it('counts an update Lambda applied but whose answer was lost as its own, and restores it when a later one fails', async ({ start }) => {
    const s = await start({ updateMs: 300 });
    const names = ['fn-1', 'fn-2', 'fn-3'];
    for (const name of names) s.addFunction(name, { layers: [datadog, layerArn('deps', 1)] });
    let lost = false;
    s.api.faults.push((c) => (c.op === 'UpdateFunctionConfiguration' && c.name === 'fn-1' && !lost ? ((lost = true), { lose: true }) : undefined));
    s.fault((c) => c.op === 'UpdateFunctionConfiguration' && c.name === 'fn-3', 403, 'AccessDeniedException');
    const { plans, log } = await deploy(s, names.map((name) => target(name, [desired('deps', 2)])), { concurrency: 1 });

    expect(s.calls('UpdateFunctionConfiguration', 'fn-1')[0]).toMatchObject({ status: 200, lost: true });
    expect(plans.map((p) => p.status)).toEqual(['rolled-back', 'rolled-back', 'failed']);
    for (const name of names) expect(s.layersOf(name)).toEqual([datadog, layerArn('deps', 1)]);
    expect(plans[0]).toMatchObject({ oldLayers: [datadog, layerArn('deps', 1)], newLayers: [datadog, layerArn('deps', 2)] });
    // The report says fn-1 was changed by this run and put back.
    expect(plans[0].error).toBe('restored to its previous layers because fn-3 (us-east-1) failed.');
    expect(log.text('warning')).toContain('fn-1 (us-east-1): restored to datadog:40, deps:1');
  });

  it('reports an update whose answer was lost as updated when all goes well', async ({ start }) => {
    const s = await start({ updateMs: 300 });
    s.addFunction('fn-1', { layers: [layerArn('deps', 1)] });
    let lost = false;
    s.api.faults.push((c) => (c.op === 'UpdateFunctionConfiguration' && !lost ? ((lost = true), { lose: true }) : undefined));
    const { plans, log } = await deploy(s, [target('fn-1', [desired('deps', 2)])]);
    expect(log.text()).toContain('fn-1 (us-east-1): Lambda applied the update but its answer was lost');
    expect(plans[0]).toMatchObject({ status: 'updated', oldLayers: [layerArn('deps', 1)], newLayers: [layerArn('deps', 2)] });
    expect(s.layersOf('fn-1')).toEqual([layerArn('deps', 2)]);
    expect(s.fn('fn-1').status).toBe('Successful');
  });

  it('on cancellation starts no new update and restores the functions it already changed', async ({ start }) => {
    const s = await start({ updateMs: 300 });
    const names = ['fn-1', 'fn-2', 'fn-3', 'fn-4', 'fn-5'];
    for (const name of names) s.addFunction(name, { layers: [datadog, layerArn('deps', 1)] });
    const cancel = new AbortController();
    let updates = 0;
    // The job is cancelled while the third update is on its way.
    s.api.faults.push((c) => void (c.op === 'UpdateFunctionConfiguration' && ++updates === 3 && cancel.abort('SIGINT')));
    const log = memoryLogger();
    const plans = await deployFunctions(clientsFor(s.url), names.map((name) => target(name, [desired('deps', 2)])), {
      concurrency: 1,
      dryRun: false,
      log,
      signal: cancel.signal,
    });

    expect(plans.map((p) => p.status)).toEqual(['rolled-back', 'rolled-back', 'rolled-back', 'would-update', 'would-update']);
    for (const name of names) expect(s.layersOf(name)).toEqual([datadog, layerArn('deps', 1)]);
    for (const name of ['fn-4', 'fn-5']) expect(s.calls('UpdateFunctionConfiguration', name)).toEqual([]);
    expect(plans[0].error).toBe('restored to its previous layers because the run was cancelled.');
    expect(plans[3].error).toBe('not updated because the run was cancelled; re-run the deploy.');
  });

  it('rides out 5xx answers and dropped connections (the SDK retries them)', async ({ start }) => {
    const s = await start({ updateMs: 200 });
    for (const name of ['fn-1', 'fn-2']) s.addFunction(name, { layers: [layerArn('deps', 1)] });
    let n = 0;
    s.api.faults.push((c) => {
      if (c.op !== 'UpdateFunctionConfiguration' && c.op !== 'GetFunction') return undefined;
      n++;
      return n === 1 ? { status: 500, type: 'ServiceException' } : n === 3 ? { status: 503, type: 'ServiceException' } : n === 5 ? { drop: true } : undefined;
    });
    const { plans } = await deploy(s, [target('fn-1', [desired('deps', 2)]), target('fn-2', [desired('deps', 2)])], { concurrency: 1 });
    expect(plans.map((p) => p.status)).toEqual(['updated', 'updated']);
    expect(s.calls().filter((c) => c.status >= 500 || c.status === 0)).toHaveLength(3);
    for (const name of ['fn-1', 'fn-2']) expect(s.layersOf(name)).toEqual([layerArn('deps', 2)]);
  });

  it('reports an update Lambda ended Failed with its reason, and restores the others', async ({ start }) => {
    const s = await start({ updateMs: 200 });
    for (const name of ['fn-1', 'fn-2']) s.addFunction(name, { layers: [datadog, layerArn('deps', 1)] });
    s.api.faults.push((c) =>
      c.op === 'UpdateFunctionConfiguration' && c.name === 'fn-2' ? { updateFails: { reason: 'Too many ENIs.', reasonCode: 'EniLimitExceeded' } } : undefined,
    );
    const { plans } = await deploy(s, [target('fn-1', [desired('deps', 2)]), target('fn-2', [desired('deps', 2)])], { concurrency: 1 });
    expect(plans.map((p) => p.status)).toEqual(['rolled-back', 'failed']);
    expect(plans[1].error).toMatch(/^Lambda could not apply the update: Too many ENIs\. \(EniLimitExceeded\)\./);
    expect(s.fn('fn-2').status).toBe('Failed');
    for (const name of ['fn-1', 'fn-2']) expect(s.layersOf(name)).toEqual([datadog, layerArn('deps', 1)]);
  });

  it('waits for a function that is still Pending (just created), then updates it', async ({ start }) => {
    const s = await start({ updateMs: 200 });
    s.addFunction('fn-1', { layers: [layerArn('deps', 1)], pendingMs: 1500 });
    const { plans } = await deploy(s, [target('fn-1', [desired('deps', 2)])]);
    expect(plans[0].status).toBe('updated');
    // Refused while Pending; the end of the creation also gives it a new RevisionId, so one more read and retry.
    const statuses = s.calls('UpdateFunctionConfiguration').map((c) => c.status);
    expect(statuses[0]).toBe(409);
    expect(statuses.at(-1)).toBe(200);
    expect(s.layersOf('fn-1')).toEqual([layerArn('deps', 2)]);
  });

  it('survives lost answers of PublishVersion, CreateAlias and UpdateAlias', async ({ start }) => {
    const s = await start({ updateMs: 200 });
    for (const name of ['fn-1', 'fn-2']) s.addFunction(name, { layers: [layerArn('deps', 1)] });
    const targets = (version: number) => ['fn-1', 'fn-2'].map((name) => target(name, [desired('deps', version)], { alias: 'live' }));
    const lose = new Set(['PublishVersion fn-1', 'CreateAlias fn-1', 'UpdateAlias fn-2', 'PublishVersion fn-2']);
    s.api.faults.push((c) => (lose.delete(`${c.op} ${c.name}`) ? { lose: true } : undefined));
    const first = await deploy(s, targets(1), { concurrency: 1 });
    expect(first.plans.map((p) => [p.status, p.error])).toEqual([
      ['updated', undefined],
      ['updated', undefined],
    ]);
    const second = await deploy(s, targets(2), { concurrency: 1 });
    expect(second.plans.map((p) => [p.status, p.error])).toEqual([
      ['updated', undefined],
      ['updated', undefined],
    ]);
    expect(s.calls().filter((c) => c.lost).map((c) => `${c.op} ${c.name}`).sort()).toEqual(['CreateAlias fn-1', 'PublishVersion fn-1', 'PublishVersion fn-2', 'UpdateAlias fn-2']);
    for (const name of ['fn-1', 'fn-2']) {
      expect(s.layersOf(name)).toEqual([layerArn('deps', 2)]);
      expect(s.fn(name).aliases.get('live')!.version).toBe('2');
      expect(s.fn(name).versions).toHaveLength(2);
    }
  });

  it('converges after a crash mid-deploy without updating a function twice', async ({ start }) => {
    const s = await start({ updateMs: 100 });
    const names = ['fn-1', 'fn-2', 'fn-3', 'fn-4', 'fn-5'];
    for (const name of names) s.addFunction(name, { layers: [layerArn('deps', 1)] });
    const targets = names.map((name) => target(name, [desired('deps', 2)]));

    // A real crash: the deploying process is killed after its second update, before any rollback could run. Its
    // updates go out back to back (a function waiting for its own holds no slot): from the third on, the connection
    // drops unserved, so that the kill lands mid-deploy however fast the machine sends them.
    let updates = 0;
    const unserved = (c: { op: string }) => (c.op === 'UpdateFunctionConfiguration' && ++updates > 2 ? { drop: true as const } : undefined);
    s.api.faults.push(unserved);
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(path.dirname(fileURLToPath(import.meta.url)), 'crash-child.ts')], {
      env: { ...process.env, LLA_URL: s.url, LLA_TARGETS: JSON.stringify(targets) },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    while (updates < 3) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await exited;
    s.api.faults.splice(s.api.faults.indexOf(unserved), 1);
    const updatedBefore = names.filter((name) => s.layersOf(name)[0] === layerArn('deps', 2));
    expect(updatedBefore).toHaveLength(2);

    const { plans } = await deploy(s, targets);
    for (const name of names) expect(s.layersOf(name)).toEqual([layerArn('deps', 2)]);
    for (const name of names) {
      expect(plans.find((p) => p.key === name)!.status).toBe(updatedBefore.includes(name) ? 'unchanged' : 'updated');
      expect(s.calls('UpdateFunctionConfiguration', name).filter((c) => c.status === 200)).toHaveLength(1);
    }
  });

  it('publishes a version and moves the alias, then leaves both alone on a re-run', async ({ start }) => {
    const s = await start({ updateMs: 100 });
    s.addFunction('orders-api', { layers: [layerArn('deps', 1)] });
    const first = await deploy(s, [target('orders-api', [desired('deps', 1)], { alias: 'live' })]);
    // $LATEST is already right but the alias does not exist yet: publish and create it, no layer update.
    expect(first.plans[0].status).toBe('updated');
    expect(s.calls('UpdateFunctionConfiguration')).toEqual([]);
    expect(s.calls('CreateAlias')).toHaveLength(1);
    expect(first.plans[0].aliasVersion).toMatch(/:function:orders-api:1$/);

    const second = await deploy(s, [target('orders-api', [desired('deps', 2)], { alias: 'live' })]);
    expect(second.plans[0]).toMatchObject({ status: 'updated', newLayers: [layerArn('deps', 2)] });
    expect(second.plans[0].aliasVersion).toMatch(/:function:orders-api:2$/);
    expect(s.calls('UpdateAlias')).toHaveLength(1);
    expect(s.calls('UpdateAlias')[0].body.FunctionVersion).toBe('2');
    expect(s.calls('PublishVersion').at(-1)!.body).toMatchObject({ RevisionId: expect.any(String), CodeSha256: expect.any(String) });

    const before = s.calls().length;
    const third = await deploy(s, [target('orders-api', [desired('deps', 2)], { alias: 'live' })]);
    expect(third.plans[0]).toMatchObject({ status: 'unchanged', aliasVersion: second.plans[0].aliasVersion });
    expect(s.calls().slice(before).map((c) => c.op)).toEqual(['GetFunction', 'GetFunction']);
  });

  it('moves aliases back too when a later alias move fails', async ({ start }) => {
    const s = await start({ updateMs: 100 });
    for (const name of ['fn-1', 'fn-2']) s.addFunction(name, { layers: [layerArn('deps', 1)] });
    const targets = (version: number) => ['fn-1', 'fn-2'].map((name) => target(name, [desired('deps', version)], { alias: 'live' }));
    await deploy(s, targets(1));
    s.fault((c) => c.op === 'UpdateAlias' && c.name === 'fn-2', 403, 'AccessDeniedException');

    const { plans } = await deploy(s, targets(2), { concurrency: 1 });
    expect(plans.map((p) => p.status)).toEqual(['rolled-back', 'failed']);
    expect(plans[1].error).toMatch(/AccessDeniedException.*lambda:UpdateAlias.*Its previous layers were restored/);
    for (const name of ['fn-1', 'fn-2']) {
      expect(s.layersOf(name)).toEqual([layerArn('deps', 1)]);
      expect(s.fn(name).aliases.get('live')!.version).toBe('1');
    }
    // fn-1's alias went to version 2 and back to 1.
    expect(s.calls('UpdateAlias', 'fn-1').map((c) => c.body.FunctionVersion)).toEqual(['2', '1']);
  });

  it('works with an API that returns no RevisionId', async ({ start }) => {
    const s = await start({ updateMs: 100, omitRevisionId: true });
    s.addFunction('orders-api', { layers: [layerArn('deps', 1)] });
    const { plans } = await deploy(s, [target('orders-api', [desired('deps', 2)], { alias: 'live' })]);
    expect(plans[0].status).toBe('updated');
    expect(s.layersOf('orders-api')).toEqual([layerArn('deps', 2)]);
    expect(s.calls('UpdateFunctionConfiguration')[0].body).not.toHaveProperty('RevisionId');
    expect(s.calls('PublishVersion')[0].body).not.toHaveProperty('RevisionId');
  });

  it('only reads in dry-run mode and reports what would change', async ({ start }) => {
    const s = await start();
    s.addFunction('orders-api', { layers: [layerArn('deps', 1)] });
    const { plans } = await deploy(s, [target('orders-api', [desired('deps', 2)])], { dryRun: true });
    expect(plans[0]).toMatchObject({ status: 'would-update', oldLayers: [layerArn('deps', 1)], newLayers: [layerArn('deps', 2)] });
    expect(s.calls().map((c) => c.op)).toEqual(['GetFunction']);
  });

  // The action's own clients, paced to the 15 requests/s quota the server enforces, as in a real deploy. Alone, not
  // beside the other tests: it sets the AWS_* variables of this process, and its pacing should not share the CPU.
  it.sequential('checks every function before the first update, then waits for each while later updates are still going out', { timeout: 60_000 }, async ({ start }) => {
    const s = await start({ rps: 15, latencyMs: 20, updateMs: 500 });
    const names = Array.from({ length: 40 }, (_, i) => `fn-${String(i).padStart(2, '0')}`);
    for (const name of names) s.addFunction(name, { layers: [layerArn('deps', 1)] });
    const variables = ['AWS_ENDPOINT_URL_LAMBDA', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];
    const saved = Object.fromEntries(variables.map((name) => [name, process.env[name]]));
    process.env.AWS_ENDPOINT_URL_LAMBDA = s.url;
    process.env.AWS_ACCESS_KEY_ID = 'AKIDTEST';
    process.env.AWS_SECRET_ACCESS_KEY = 'test';
    try {
      const plans = await deployFunctions(createAwsClients({ concurrency: 4 }), names.map((name) => target(name, [desired('deps', 2)])), {
        concurrency: 4,
        dryRun: false,
        log: memoryLogger(),
      });
      expect(plans.map((p) => p.status)).toEqual(names.map(() => 'updated'));
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    const served = s.calls().filter((c) => c.status === 200);
    const updates = served.filter((c) => c.op === 'UpdateFunctionConfiguration');
    const firstUpdate = served.indexOf(updates[0]);
    // All or nothing: every function is read (and checked) before anything changes.
    for (const name of names) expect(served.findIndex((c) => c.op === 'GetFunction' && c.name === name)).toBeLessThan(firstUpdate);
    // The first function's completion is seen while most updates are still to go: waits do not queue behind updates.
    const firstPoll = served.findIndex((c, i) => i > firstUpdate && c.op === 'GetFunction' && c.name === names[0]);
    expect(firstPoll).toBeLessThan(served.indexOf(updates[25]));
    // The update's answer already says InProgress: one poll, once an update normally finishes, is enough here.
    for (const name of names) expect(served.filter((c) => c.op === 'GetFunction' && c.name === name)).toHaveLength(2);
    for (const name of names) expect(s.layersOf(name)).toEqual([layerArn('deps', 2)]);
  });

  it('names the function and the fix when it does not exist', async ({ start }) => {
    const s = await start();
    const { plans } = await deploy(s, [target('missing-fn', [desired('deps', 2)])]);
    expect(plans[0].status).toBe('failed');
    expect(plans[0].error).toMatch(/ResourceNotFoundException.*Check the function name/);
  });
});
