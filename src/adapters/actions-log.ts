import * as core from '@actions/core';
import type { Logger } from '../types';

/** The Logger the action uses on a runner: workflow commands, annotations and log groups. */
export const actionsLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(inert(message)),
  notice: (message) => core.notice(message),
  warning: (message, where) => core.warning(message, annotation(where)),
  error: (message, where) => core.error(message, annotation(where)),
  group: (name, fn) => core.group(name, fn),
};

/**
 * Plain log text that cannot issue a workflow command. The toolkit escapes the data of the commands it writes (debug,
 * annotations, groups), but `core.info` prints as is, and the runner takes `::name ...::` at the start of any line
 * (after blanks, which .NET's TrimStart also finds in U+0085) and the legacy `##[name]` anywhere in a line. A zero-width
 * space keeps the text as it was to a reader.
 */
export function inert(message: string): string {
  return message.replace(/^([\s\u0085]*)::/gm, '$1\u200b::').replace(/##\[/g, '#\u200b#[');
}

function annotation(where?: { file?: string; line?: number; column?: number }): core.AnnotationProperties | undefined {
  return where && { file: where.file, startLine: where.line, startColumn: where.column };
}
