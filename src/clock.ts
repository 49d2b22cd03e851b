// Time and chance, behind a seam: tests move a fake clock instead of waiting, and fix the jitter.
import { setTimeout } from 'node:timers/promises';

export interface Clock {
  now(): number;
  /** Calls tick every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
  /** Resolves after `ms`; rejects at once when `signal` is aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1), for jitter. */
  random(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
  sleep: (ms, signal) => setTimeout(ms, undefined, { signal }),
  random: () => Math.random(),
};
