// A clock for tests: time moves when the code under test sleeps, or when the test moves it, so nothing waits.
import { setImmediate } from 'node:timers/promises';
import type { Clock } from '../../src/clock';

export interface FakeClock extends Clock {
  /** Every sleep asked for, in ms, in order. */
  readonly sleeps: number[];
  /** The ticks of the `every` calls still running. */
  readonly ticks: (() => void)[];
  /** Moves time on by `ms`. */
  advance(ms: number): void;
  /** Runs every running tick once. */
  tick(): void;
}

/** `random` is what random() returns: the middle of the jitter by default. */
export function fakeClock(random = 0.5): FakeClock {
  let now = 1_000_000;
  const sleeps: number[] = [];
  const ticks: (() => void)[] = [];
  return {
    sleeps,
    ticks,
    now: () => now,
    every(_ms, tick) {
      ticks.push(tick);
      return () => void ticks.splice(ticks.indexOf(tick), 1);
    },
    // A sleep ends at once, and time moves to its end: sleeps that start together end together, as on a real clock.
    async sleep(ms) {
      sleeps.push(ms);
      const end = now + ms;
      await setImmediate();
      now = Math.max(now, end);
    },
    random: () => random,
    advance: (ms) => void (now += ms),
    tick: () => ticks.forEach((t) => t()),
  };
}
