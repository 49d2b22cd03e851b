import * as core from '@actions/core';
import type { Logger } from '../types';

/** The Logger the action uses on a runner: workflow commands, annotations and log groups. */
export const actionsLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  notice: (message) => core.notice(message),
  warning: (message, where) => core.warning(message, annotation(where)),
  error: (message, where) => core.error(message, annotation(where)),
  group: (name, fn) => core.group(name, fn),
};

function annotation(where?: { file?: string; line?: number; column?: number }): core.AnnotationProperties | undefined {
  return where && { file: where.file, startLine: where.line, startColumn: where.column };
}
