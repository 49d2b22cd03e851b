'use strict';
const ms = require('ms');

/** One JSON line per event, with the elapsed time in a human unit. */
function log(level, message, fields = {}) {
  const started = fields.startedAt;
  const elapsed = started ? { elapsed: ms(Date.now() - started) } : {};
  process.stdout.write(`${JSON.stringify({ level, message, ...fields, ...elapsed })}\n`);
}

module.exports = {
  info: (message, fields) => log('info', message, fields),
  error: (message, fields) => log('error', message, fields),
};
