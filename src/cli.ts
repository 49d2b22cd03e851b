#!/usr/bin/env node
// `lambda-layers plan|publish|deploy`: the action's pipeline on any checkout, from a terminal (design.md, Command line
// and local API). The same runPipeline with the real adapters, flags for the inputs, a console Logger, and the plan
// rendered for a terminal. `--local` runs against the embedded local Lambda API, its state kept in the repository's
// .lambda-layers/ (src/local/emulator.ts).
import './heap';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadAwsClients } from './adapters/credentials';
import { processExec } from './adapters/exec';
import { createGit } from './adapters/git';
import { commandEnv } from './builders/env';
import { ConfigError, loadConfig } from './config/load';
import { TERMINAL } from './detect/base';
import { Input, InputError, parseInputs } from './inputs';
import { LOCAL_STATE, resetLocal, startLocal, type LocalRun } from './local/emulator';
import { messageOf, runPipeline } from './pipeline';
import { failuresOf } from './report/failures';
import { renderTerminal } from './report/terminal';
import type { Logger, Mode } from './types';

const COMMANDS: readonly Mode[] = ['plan', 'publish', 'deploy'];

const USAGE = `Usage: lambda-layers <plan|publish|deploy> [options]
       lambda-layers local reset

Runs lambda-layers-action on this checkout: plan changes nothing, publish builds and publishes the layers whose
content changed, deploy also points the functions at this commit's versions. AWS credentials come from the usual
chain (environment, --profile or AWS_PROFILE, SSO); without any, plan works from git alone. \`local reset\` clears
the state of --local (${LOCAL_STATE}).

Options:
  --config <file>        configuration file (default lambda-layers.yml)
  --base <ref>           commit, branch or tag to compare with (default: the merge-base with origin/HEAD's branch,
                         else with the current branch's upstream, else with main or master)
  --layers <keys>        only these layer keys, comma separated
  --regions <regions>    override the regions, comma separated
  --force                rebuild and publish even when nothing changed
  --allow-dirty          publish or deploy layers whose inputs differ from HEAD (labelled 'uncommitted')
  --concurrency <n>      parallel builds and AWS calls (default 4)
  --s3-bucket <bucket>   bucket for zips over 50 MB; {region} is replaced per region
  --keep-versions <n>    after publishing, delete older versions beyond this many (default 0: keep all)
  --profile <name>       the AWS profile whose credentials to use (as AWS_PROFILE=<name> does)
  --local                use the embedded local Lambda API instead of AWS, its state kept in .lambda-layers/
  --create-functions     with --local: create the configured functions it does not have, with the runtime and
                         architecture their layers imply (without it, a missing function fails as on AWS)
  --plan-file <file>     plan: save the plan there; deploy: apply exactly that plan
  -h, --help             this help

Exit status: 0 when the run succeeded, 1 when a layer (or in deploy, a function) failed, 2 for a usage error.
`;

/** The option that stands for each action input, so input errors name the flag the user typed. */
const FLAGS: Record<string, string> = {
  [Input.Config]: 'config',
  [Input.BaseRef]: 'base',
  [Input.Layers]: 'layers',
  [Input.Regions]: 'regions',
  [Input.Force]: 'force',
  [Input.S3Bucket]: 's3-bucket',
  [Input.KeepVersions]: 'keep-versions',
  [Input.Concurrency]: 'concurrency',
  [Input.PlanFile]: 'plan-file',
};

class UsageError extends Error {}

/** What a publish or deploy without credentials should do, in the words of a terminal. */
const noCredentials = (mode: Mode) =>
  `lambda-layers ${mode} needs AWS credentials, but none were found. Sign in with 'aws sso login --profile <name>' ` +
  `and pass --profile <name> (or set AWS_PROFILE), export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add ` +
  `--local to ${mode} to the local Lambda API on this machine; 'lambda-layers plan' needs none.`;

export async function cli(argv: string[]): Promise<number> {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const log = consoleLogger(color);
  if (argv[0] === 'local') return localCommand(argv.slice(1));
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    process.stderr.write(`lambda-layers: ${messageOf(error)}\nRun lambda-layers --help for the commands and options.\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let local: LocalRun | undefined;
  try {
    const repoRoot = gitRoot(process.cwd());
    const inputs = parseInputs((name) => args.inputs[name] ?? '');
    // Before the SDK is loaded: its credential chain reads the profile from the environment.
    if (args.profile) process.env.AWS_PROFILE = args.profile;
    if (args.local) {
      const config = await loadConfig(repoRoot, inputs.config);
      local = await startLocal(repoRoot, config, { ...inputs, mode: args.mode, createFunctions: args.createFunctions }, log);
    }
    const plan = await runPipeline(
      {
        inputs,
        mode: args.mode,
        modeReason: `lambda-layers ${args.mode}${args.local ? ' --local' : ''}`,
        repoRoot,
        event: { name: TERMINAL, payload: {} },
        tempDir: os.tmpdir(),
        commandEnv: commandEnv(process.env),
        noCredentials: noCredentials(args.mode),
        refuseUncommitted: !args.allowDirty,
      },
      {
        git: createGit(repoRoot),
        exec: processExec,
        aws: loadAwsClients(inputs.concurrency),
        log,
      },
    );
    local?.annotate(plan);
    process.stdout.write(`\n${renderTerminal(plan, { color })}`);
    const failures = failuresOf(plan);
    for (const failure of failures) log.error(failure);
    return failures.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const p of error.problems) log.error(`${p.file}:${p.line}:${p.column}: ${p.key}: ${p.message}`);
      log.error(`${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} in the configuration; nothing was run.`);
    } else if (error instanceof InputError) {
      const input = Object.keys(FLAGS).find((name) => error.message.startsWith(`Input '${name}'`));
      log.error(input ? error.message.replace(`Input '${input}'`, `Option --${FLAGS[input]}`) : error.message);
    } else log.error(messageOf(error));
    return 1;
  } finally {
    await local?.close();
  }
}

/** `lambda-layers local reset`: the one subcommand of `local`. */
async function localCommand(argv: string[]): Promise<number> {
  if (argv.length !== 1 || argv[0] !== 'reset') {
    process.stderr.write(`lambda-layers: unknown local command '${argv.join(' ')}'; use 'lambda-layers local reset'.\n`);
    return 2;
  }
  try {
    process.stdout.write(`${await resetLocal(gitRoot(process.cwd()))}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`error: ${messageOf(error)}\n`);
    return 1;
  }
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      base: { type: 'string' },
      layers: { type: 'string' },
      regions: { type: 'string' },
      force: { type: 'boolean' },
      'allow-dirty': { type: 'boolean' },
      concurrency: { type: 'string' },
      's3-bucket': { type: 'string' },
      'keep-versions': { type: 'string' },
      local: { type: 'boolean' },
      'create-functions': { type: 'boolean' },
      profile: { type: 'string' },
      'plan-file': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { help: true as const, mode: 'plan' as Mode, local: false, createFunctions: false, allowDirty: false, inputs: {} };
  const [command, ...extra] = positionals;
  if (!COMMANDS.includes(command as Mode)) {
    throw new UsageError(command ? `unknown command '${command}'; use plan, publish or deploy.` : 'a command is needed: plan, publish or deploy.');
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'.`);
  if (values['create-functions'] && !values.local) throw new UsageError('--create-functions creates functions on the local Lambda API: add --local.');
  if (values.profile !== undefined && values.local) throw new UsageError('--profile and --local exclude each other: --local uses no AWS account.');
  const inputs: Record<string, string> = { [Input.Mode]: command, [Input.Comment]: 'false' };
  for (const [input, flag] of Object.entries(FLAGS)) {
    const value = values[flag as keyof typeof values];
    // Relative to where the command runs, as a user types it; the pipeline resolves against the repository root.
    if (value !== undefined) inputs[input] = input === Input.PlanFile ? path.resolve(String(value)) : String(value);
  }
  return {
    help: false as const,
    mode: command as Mode,
    local: Boolean(values.local),
    createFunctions: Boolean(values['create-functions']),
    allowDirty: Boolean(values['allow-dirty']),
    profile: values.profile,
    inputs,
  };
}

function gitRoot(cwd: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    throw new Error(`${cwd} is not inside a git repository: run lambda-layers from the checkout that holds lambda-layers.yml.`);
  }
}

/** Lines for a terminal: groups as headings with their lines indented, warnings and errors on stderr. */
export function consoleLogger(color: boolean): Logger {
  const paint = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  let indent = '';
  const out = (line: string) => void process.stdout.write(`${indent}${line}\n`);
  const err = (label: string, message: string, where?: { file?: string; line?: number; column?: number }) => {
    const at = where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}${where.column ? `:${where.column}` : ''}: ` : '';
    process.stderr.write(`${indent}${label} ${at}${message}\n`);
  };
  return {
    debug: () => undefined,
    info: out,
    notice: (message) => out(`${paint(36, 'note:')} ${message}`),
    warning: (message, where) => err(paint(33, 'warning:'), message, where),
    error: (message, where) => err(paint(31, 'error:'), message, where),
    async group(name, fn) {
      process.stdout.write(`${paint(1, `▸ ${name}`)}\n`);
      indent = '  ';
      try {
        return await fn();
      } finally {
        indent = '';
      }
    },
  };
}

process.exitCode = await cli(process.argv.slice(2));
