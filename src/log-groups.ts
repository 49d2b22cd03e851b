// How layers running in parallel share one log: a collapsible group per layer, written whole, and a heartbeat line
// for each layer still running, so a long build is never silent.
import type { Clock } from './clock';
import type { Logger } from './types';

type Level = 'debug' | 'info' | 'notice' | 'warning' | 'error';
type Where = Parameters<Logger['error']>[1];

/** A Logger that keeps lines until `replay`, so a layer's log is printed in one piece while layers run in parallel. */
export function bufferedLogger(): Logger & { replay(target: Logger): void } {
  const lines: { level: Level; message: string; where?: Where }[] = [];
  const keep = (level: Level) => (message: string, where?: Where) => void lines.push({ level, message, where });
  return {
    debug: keep('debug'),
    info: keep('info'),
    notice: keep('notice'),
    warning: keep('warning'),
    error: keep('error'),
    group: headingGroup((message) => lines.push({ level: 'info', message })),
    replay(target) {
      for (const { level, message, where } of lines) {
        if (level === 'warning' || level === 'error') target[level](message, where);
        else target[level](message);
      }
    },
  };
}

/** The runner cannot nest groups: a nested one becomes a heading line. */
function headingGroup(write: (line: string) => void): Logger['group'] {
  return async (name, fn) => {
    write(`-- ${name}`);
    return fn();
  };
}

/**
 * Runs layers each in a log group of its own. When several run at once their lines are buffered and each group is
 * written in one go, opened only after the previous one closed; when one runs at a time it streams live.
 */
export function layerGroups(log: Logger, live: boolean) {
  let written: Promise<unknown> = Promise.resolve();
  return async function inLogGroup<T>(name: string, fn: (log: Logger) => Promise<T>): Promise<T> {
    if (live) return log.group(name, () => fn({ ...log, group: headingGroup((line) => log.info(line)) }));
    const buffer = bufferedLogger();
    try {
      return await fn(buffer);
    } finally {
      // The group closes a tick after replay (core.group awaits): the next one waits for that, not just for replay.
      const group = written.then(() => log.group(name, async () => buffer.replay(log)));
      written = group.catch(() => undefined);
      await group;
    }
  };
}

/** Under the 15 s after which a silent log looks stuck. */
export const HEARTBEAT_MS = 10_000;

/** A line per running layer (name, phase, time since it started) every HEARTBEAT_MS, so a long build is never silent. */
export function heartbeat(log: Logger, clock: Clock) {
  const running = new Map<string, { phase: string; since: number }>();
  const stop = clock.every(HEARTBEAT_MS, () => {
    for (const [name, { phase, since }] of running) {
      log.info(`… ${name}: ${phase} (${Math.round((clock.now() - since) / 1000)} s)`);
    }
  });
  return {
    stop,
    async track<T>(name: string, fn: (phase: (phase: string) => void) => Promise<T>): Promise<T> {
      const state = { phase: 'starting', since: clock.now() };
      running.set(name, state);
      try {
        return await fn((phase) => void (state.phase = phase));
      } finally {
        running.delete(name);
      }
    },
  };
}
