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
    // The runner cannot nest groups: a nested one becomes a heading line.
    group: async (name, fn) => {
      lines.push({ level: 'info', message: `-- ${name}` });
      return fn();
    },
    replay(target) {
      for (const { level, message, where } of lines) {
        if (level === 'warning' || level === 'error') target[level](message, where);
        else target[level](message);
      }
    },
  };
}
