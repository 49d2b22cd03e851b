// A local Lambda Runtime API (facts C: runtimes-api.html, RIE's rapi router) that hands out one event and records
// what the runtime answers. Paths, headers and status codes are the real ones, so a bootstrap that passes here speaks
// the protocol Lambda speaks.
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Invocation {
  /** The event, as JSON text. */
  event: string;
  deadlineMs: number;
  functionArn: string;
}

export type Outcome =
  | { kind: 'response'; body: string }
  | { kind: 'error' | 'init-error'; body: string; errorType?: string };

export interface RuntimeApi {
  /** The value of AWS_LAMBDA_RUNTIME_API. */
  address: string;
  requestId: string;
  /** The runtime's answer: its response, an invocation error or an init error, whichever comes first. */
  outcome: Promise<Outcome>;
  close(): Promise<void>;
}

const PREFIX = '/2018-06-01/runtime';

export async function startRuntimeApi(invocation: Invocation): Promise<RuntimeApi> {
  const requestId = randomUUID();
  const traceId = `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${randomBytes(12).toString('hex')};Parent=${randomBytes(8).toString('hex')};Sampled=0`;
  let settle!: (outcome: Outcome) => void;
  const outcome = new Promise<Outcome>((resolve) => (settle = resolve));
  let delivered = false;
  let answered = false;

  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const body = Buffer.concat(await req.toArray()).toString('utf8');
    const route = `${req.method} ${req.url ?? ''}`;
    const errorType = req.headers['lambda-runtime-function-error-type'] as string | undefined;
    if (route === `GET ${PREFIX}/invocation/next`) {
      // One event per smoke test: a runtime asking for the next one waits, as it would on an idle Lambda.
      if (delivered) return;
      delivered = true;
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Lambda-Runtime-Aws-Request-Id': requestId,
        'Lambda-Runtime-Deadline-Ms': String(invocation.deadlineMs),
        'Lambda-Runtime-Invoked-Function-Arn': invocation.functionArn,
        'Lambda-Runtime-Trace-Id': traceId,
      });
      res.end(invocation.event);
    } else if (route === `POST ${PREFIX}/init/error`) {
      accept(res, { kind: 'init-error', body, errorType });
    } else if (route === `POST ${PREFIX}/invocation/${requestId}/response` && delivered && !answered) {
      accept(res, { kind: 'response', body });
    } else if (route === `POST ${PREFIX}/invocation/${requestId}/error` && delivered && !answered) {
      accept(res, { kind: 'error', body, errorType });
    } else if (req.method === 'POST' && req.url?.startsWith(`${PREFIX}/invocation/`)) {
      reply(res, 400, { errorMessage: `Invalid request ID or state: ${req.url}`, errorType: 'InvalidRequestID' });
    } else {
      reply(res, 404, { errorMessage: `Unknown Runtime API route: ${route}`, errorType: 'NotFound' });
    }
  }

  function accept(res: ServerResponse, result: Outcome) {
    answered = true;
    reply(res, 202, { status: 'OK' });
    settle(result);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    requestId,
    outcome,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function reply(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}
