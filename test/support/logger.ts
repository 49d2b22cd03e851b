import type { Logger } from '../../src/types';

export interface LoggedLine {
  level: 'debug' | 'info' | 'notice' | 'warning' | 'error' | 'group';
  message: string;
  where?: { file?: string; line?: number; column?: number };
}

/** A Logger that records what it was told, for assertions. */
export function memoryLogger(): Logger & { lines: LoggedLine[]; text(level?: LoggedLine['level']): string } {
  const lines: LoggedLine[] = [];
  return {
    lines,
    text: (level) => lines.filter((l) => !level || l.level === level).map((l) => l.message).join('\n'),
    debug: (message) => void lines.push({ level: 'debug', message }),
    info: (message) => void lines.push({ level: 'info', message }),
    notice: (message) => void lines.push({ level: 'notice', message }),
    warning: (message, where) => void lines.push({ level: 'warning', message, where }),
    error: (message, where) => void lines.push({ level: 'error', message, where }),
    async group(name, fn) {
      lines.push({ level: 'group', message: name });
      return fn();
    },
  };
}
