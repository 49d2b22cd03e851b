import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/builders/command.ts
import path from "node:path";
var BuildError = class extends Error {
  name = "BuildError";
};
async function runCommand(layer, command, opts) {
  const { log } = opts;
  const relative = path.relative(opts.repoRoot, command.cwd);
  const where = relative.startsWith("..") ? command.cwd : relative || ".";
  log.info(`$ ${command.display}  (in ${where})`);
  let result;
  try {
    result = await opts.exec.run(command.file, command.args, {
      cwd: command.cwd,
      env: opts.env,
      timeoutMs: Math.max(0, (opts.deadline ?? Date.now() + layer.timeoutMinutes * 6e4) - Date.now()),
      onLine: (line) => log[command.level ?? "info"](line)
    });
  } catch (error) {
    if (error instanceof BuildError) throw error;
    throw new BuildError(
      `\`${command.display}\` for layer ${layer.key} could not be started in ${where} (${error.message}). Make sure '${command.file}' is installed on the runner and on PATH. ${command.hint}`
    );
  }
  if (result.code === 0 && !result.timedOut) return result;
  const ending = result.timedOut ? `ran longer than timeoutMinutes (${layer.timeoutMinutes}) and was stopped, with every process it started` : result.code === null ? `was killed by ${result.signal ?? "a signal"}` : `exited with code ${result.code}`;
  const lines = result.tail.map((line) => `  ${line}`).join("\n");
  const tail = result.tail.length > 0 ? `
Last lines of output:
${lines}
` : " It printed nothing. ";
  throw new BuildError(`\`${command.display}\` for layer ${layer.key} (in ${where}) ${ending}.${tail}${command.hint}`);
}

export {
  BuildError,
  runCommand
};
//# sourceMappingURL=chunk-MFIMENYZ.js.map
