// The step's outputs, appended to the runner's GITHUB_OUTPUT file in the blocks core.setOutput writes, without its
// random delimiter: @actions/core draws that from node:crypto, whose load (OpenSSL's start, about 12 ms) a plan from
// git alone has no other use for. The randomness only keeps a value from holding its delimiter; here each value is
// checked.
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';

/** `name<<delimiter`, the value, then the delimiter: the runner reads the lines up to the delimiter's as the value. */
export function outputBlock(name: string, value: string): string {
  let delimiter = 'ghadelimiter_lambda-layers';
  while (value.includes(delimiter)) delimiter += '_';
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

/** Appends the outputs to `file`; outside a runner (a local try-out) there is none, and nothing reads them. */
export async function writeOutputs(file: string | undefined, outputs: Record<string, string>): Promise<void> {
  if (file) await appendFile(file, Object.entries(outputs).map(([name, value]) => outputBlock(name, value)).join(''));
}
