// The Lambda client as the deploy sees it: each call waits for a slot of its quota's queue, and no change goes out
// once the deploy has stopped starting changes (a function failed, or the run was cancelled).
import { GetAliasCommand, GetFunctionCommand, PreconditionFailedException, ResourceConflictException, type LambdaClient } from '@aws-sdk/client-lambda';
import type { LimitFunction } from 'p-limit';

/** A Lambda command whose answer is `Output`: each call keeps the SDK's type of its answer. */
export interface LambdaCommand<Output> {
  resolveMiddleware(...args: any[]): (...args: any[]) => Promise<{ output: Output }>;
}

/** The one call of the deploy: LambdaClient.send, queued and guarded. */
export interface PacedClient {
  send<Output>(command: LambdaCommand<Output>): Promise<Output>;
}

/** One queue per Lambda quota: GetFunction's own, and the control-plane quota every other call shares. */
export interface Limits {
  getFunction: LimitFunction;
  control: LimitFunction;
}

export interface Guard {
  /** True when calls that change something must not be sent any more. */
  stop(): boolean;
  /** Told, inside the call's slot, when a change failed for good, so that calls queued behind it see stop(). */
  fatal(): void;
  /** Told just before a change goes out. */
  sending(command: object): void;
}

/** A change that was not sent because the guard said stop. */
export class Stopped extends Error {}

const READS = [GetFunctionCommand, GetAliasCommand];

/** Answers the deploy handles itself by retrying (stale RevisionId, update in progress). */
const RETRIED = [PreconditionFailedException, ResourceConflictException];

/** A slot is held only for the call itself: a function waiting for its update to finish holds none. */
export function pacedClient(lambda: LambdaClient, limits: Limits, guard?: Guard): PacedClient {
  return {
    send<Output>(command: LambdaCommand<Output>): Promise<Output> {
      return limits[command instanceof GetFunctionCommand ? 'getFunction' : 'control'](async () => {
        const changes = !READS.some((read) => command instanceof read);
        if (changes && guard?.stop()) throw new Stopped();
        if (changes) guard?.sending(command);
        try {
          return (await lambda.send(command as unknown as Parameters<LambdaClient['send']>[0])) as Output;
        } catch (err) {
          if (changes && !RETRIED.some((retried) => err instanceof retried)) guard?.fatal();
          throw err;
        }
      });
    },
  };
}
