#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  AWS_NOT_CONSULTED,
  ConfigError,
  TERMINAL,
  aliasPhrase,
  commandEnv,
  commitPhrase,
  countsPhrase,
  createGit,
  failureSubject,
  failuresOf,
  functionPhrase,
  itemPhrase,
  layerMovePhrase,
  legendPhrase,
  loadAwsClients,
  loadConfig,
  messageOf,
  noChangePhrase,
  planView,
  processExec,
  reasonPhrase,
  runPipeline,
  sizePhrase,
  uncommittedPhrase,
  versionPhrase
} from "./chunks/chunk-GOFKXQST.js";
import "./chunks/chunk-PGQ72DLF.js";
import "./chunks/chunk-FT3CAMBC.js";
import "./chunks/chunk-Y3A3TBS2.js";
import "./chunks/chunk-7ONOX6CZ.js";
import "./chunks/chunk-LGNPTG6G.js";
import "./chunks/chunk-DV2TTIPC.js";
import {
  runtimeCatalog
} from "./chunks/chunk-TDGIIKNH.js";
import "./chunks/chunk-TGKLIGP6.js";
import "./chunks/chunk-GLKDLBL6.js";
import "./chunks/chunk-6QWNZECW.js";
import {
  Input,
  InputError,
  parseInputs
} from "./chunks/chunk-MG3XDSRN.js";
import "./chunks/chunk-SK5B422H.js";

// src/cli.ts
import { execFileSync } from "node:child_process";
import os from "node:os";
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/local/emulator.ts
import { rm } from "node:fs/promises";
import path from "node:path";
var LOCAL_STATE = path.join(".lambda-layers", "lambda-api.json");
var LOCAL_ACCOUNT = "123456789012";
async function startLocal(repoRoot, config, opts, log) {
  const { startLambdaApi } = await import("./chunks/lambda-api-57BWMOSQ.js");
  const lambda = await startLambdaApi({ stateFile: path.join(repoRoot, LOCAL_STATE), account: LOCAL_ACCOUNT, readOnlyState: opts.mode === "plan" });
  for (const name of ["AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL_LAMBDA", "AWS_ENDPOINT_URL_S3"]) delete process.env[name];
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: lambda.url,
    AWS_ACCESS_KEY_ID: "AKIDLOCAL",
    AWS_SECRET_ACCESS_KEY: "local-secret",
    AWS_REGION: config.regions[0] ?? "us-east-1",
    AWS_EC2_METADATA_DISABLED: "true"
  });
  const absent = localFunctions(config, opts).filter((f) => {
    try {
      return !lambda.fn(f.region, f.name);
    } catch {
      return true;
    }
  });
  const created = opts.createFunctions ? absent : [];
  const missing = opts.createFunctions ? [] : absent;
  log.info(`Local Lambda API on ${lambda.url}, state in ${LOCAL_STATE}${opts.mode === "plan" ? " (read only: a plan writes nothing)" : ""}.`);
  for (const f of created) {
    lambda.addFunction(f.region, { name: f.name, runtime: f.runtime, architectures: [f.architecture] });
    const settings = `${f.runtime}, ${f.architecture}, from the layers ${f.fn.layers.join(", ")}`;
    log.info(opts.mode === "deploy" ? `Created local function ${f.name} (${f.region}): ${settings}.` : `Local function ${f.name} (${f.region}) as a deploy would create it: ${settings}.`);
  }
  if (opts.s3Bucket) {
    for (const region of new Set(config.layers.flatMap((l) => l.regions))) lambda.createBucket(opts.s3Bucket.replaceAll("{region}", region), region);
  }
  const find = (list, name, region) => list.find((f) => f.fn.name === name && f.region === region);
  return {
    annotate(plan) {
      for (const row of plan.functions) {
        const wanted = find(missing, row.name, row.region);
        if (wanted && row.status === "failed") {
          row.error = `${row.error} If the name is right, --create-functions creates it on the local Lambda API (${wanted.runtime}, ${wanted.architecture}).`;
        }
        if (find(created, row.name, row.region) && row.status !== "failed" && row.status !== "rolled-back") {
          row.status = opts.mode === "deploy" ? "created" : "would-create";
        }
      }
    },
    async close() {
      if (opts.mode !== "deploy") for (const f of created) lambda.removeFunction(f.region, f.name);
      await lambda.close();
    }
  };
}
function localFunctions(config, opts) {
  return config.functions.filter((fn) => opts.layers.length === 0 || fn.layers.every((key) => opts.layers.includes(key))).flatMap((fn) => {
    const implied = impliedSettings(fn.layers.map((key) => config.layers.find((l) => l.key === key)));
    const name = fn.name.startsWith("arn:") ? fn.name.split(":")[6] : fn.name;
    return (opts.regions.length > 0 ? opts.regions : fn.regions).map((region) => ({ fn, name, region, ...implied }));
  });
}
var LANGUAGE = { nodejs: "nodejs", python: "python", ruby: "ruby" };
function impliedSettings(layers) {
  const runtimeLayer = layers.find((l) => l.type === "runtime");
  const common = (lists) => lists.reduce((a, b) => a.filter((x) => b.includes(x)), lists[0] ?? []);
  const runtimes = layers.map((l) => l.runtimes).filter((r) => r.length > 0);
  const architectures = layers.map((l) => l.architectures).filter((a) => a.length > 0);
  const language = layers.map((l) => LANGUAGE[l.type]).find(Boolean);
  const newest = language === void 0 ? void 0 : runtimeCatalog().current.find((r) => r.startsWith(language));
  return {
    runtime: (runtimeLayer ? runtimeLayer.runtimes[0] ?? "provided.al2023" : void 0) ?? common(runtimes)[0] ?? runtimes[0]?.[0] ?? newest ?? "provided.al2023",
    architecture: common(architectures)[0] ?? runtimeLayer?.architectures[0] ?? architectures[0]?.[0] ?? "x86_64"
  };
}
async function resetLocal(repoRoot) {
  const file = path.join(repoRoot, LOCAL_STATE);
  const { stateSummary } = await import("./chunks/lambda-api-57BWMOSQ.js");
  const held = await stateSummary(file);
  if (!held) return `No local Lambda API state to remove: ${LOCAL_STATE} does not exist.`;
  await rm(file, { force: true });
  const plural = (n, what) => `${n} ${what}${n === 1 ? "" : "s"}`;
  const regions = held.map((r) => `${plural(r.functions, "function")} and ${plural(r.layerVersions, "layer version")} in ${r.region}`);
  return `Removed the local Lambda API state ${LOCAL_STATE}: ${regions.join("; ") || "nothing"}.`;
}

// src/report/terminal.ts
var ANSI = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], cyan: [36, 39] };
var STATUS_PAINT = {
  unchanged: "dim",
  "no-change": "dim",
  changed: "yellow",
  "would-update": "yellow",
  "would-create": "yellow",
  created: "green",
  published: "green",
  reused: "green",
  updated: "green",
  failed: "red",
  "rolled-back": "red"
};
var PLAIN = { text: (s) => s, code: (s) => s, strong: (s) => s, failed: "failed" };
function renderTerminal(plan, opts) {
  const paint = (style, s) => opts.color && s ? `\x1B[${ANSI[style][0]}m${s}\x1B[${ANSI[style][1]}m` : s;
  const view = planView(plan);
  const out = [];
  out.push(`${paint("bold", view.title)} (${view.modeReason}) \xB7 ${commitPhrase(view, PLAIN)}`);
  if (view.baseNote) out.push(paint("dim", `  ${view.baseNote}`));
  if (!view.awsConsulted) out.push(paint("dim", `  ${AWS_NOT_CONSULTED}`));
  if (view.uncommitted) out.push(paint("yellow", `  ${uncommittedPhrase(view, PLAIN)}`));
  out.push("");
  const marked = (item) => item.uncommitted ? `${item.key} (uncommitted)` : item.key;
  out.push(`${paint("bold", "Layers")}  ${countsPhrase(view, view.layerCounts, PLAIN)}`);
  for (const reason of view.sharedReasons) out.push(`  every affected layer: ${reason}`);
  if (view.affected.length > 0) {
    const rows = view.affected.flatMap(
      (layer) => layer.regions.map((r, i) => [
        i === 0 ? layer.status : "",
        i === 0 ? marked(layer) : "",
        r.region,
        versionPhrase(r, PLAIN),
        i === 0 ? sizePhrase(layer.size) : "",
        i === 0 ? reasons(layer, view.sharedReasons) : ""
      ])
    );
    out.push(...table(["STATUS", "LAYER", "REGION", "VERSION", "SIZE", "REASONS"], rows, paint));
    for (const layer of view.affected.filter((l) => l.skippedScripts.length > 0)) {
      out.push(`  install scripts not run in ${layer.key} (add to allowScripts to run them): ${layer.skippedScripts.join(", ")}`);
    }
  }
  if (view.unchanged.length > 0) out.push(paint("dim", `  unchanged: ${view.unchanged.map((l) => itemPhrase(l, PLAIN)).join(", ")}`));
  if (view.notChecked.length > 0) {
    out.push(paint("dim", `  ${noChangePhrase(view, PLAIN)} (not checked against AWS): ${view.notChecked.map((l) => itemPhrase(l, PLAIN)).join(", ")}`));
  }
  if (view.functions.length > 0) {
    out.push("", `${paint("bold", "Functions")}  ${countsPhrase(view, view.functionCounts, PLAIN)}`);
    const rows = view.functions.map((f) => [
      f.status,
      functionPhrase(f, PLAIN),
      f.region,
      [f.layers.map((l) => layerMovePhrase(l, PLAIN)).join(", ") || "\u2014", ...f.alias ? [aliasPhrase(f.alias, PLAIN)] : []].join("; ")
    ]);
    out.push(...table(["STATUS", "FUNCTION", "REGION", "LAYERS"], rows, paint));
    if (view.legend.length > 0) out.push(paint("dim", `  ${legendPhrase(view.legend, PLAIN)}`));
  }
  if (view.ssm.length > 0) {
    out.push("", paint("bold", "SSM parameters"));
    const rows = view.ssm.map((p) => [p.status, p.name, p.region, `${p.from} \u2192 ${p.to}${p.error ? `: ${p.error}` : ""}`]);
    out.push(...table(["STATUS", "PARAMETER", "REGION", "VALUE"], rows, paint));
  }
  if (view.failures.length > 0) {
    out.push("", paint("bold", paint("red", "Failures")));
    for (const failure of view.failures) {
      const [first, ...rest] = failure.error.trim().split("\n");
      out.push(`  ${paint("red", "\u2717")} ${failureSubject(failure, PLAIN)}: ${first}`, ...rest.map((line) => `      ${line}`));
    }
  }
  return out.join("\n") + "\n";
}
function table(header, rows, paint) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `  ${cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ")}`.trimEnd();
  return [
    paint("dim", line(header)),
    ...rows.map((r) => {
      const text = line(r);
      const status = r[0];
      return status ? text.replace(status, paint(STATUS_PAINT[status], status)) : text;
    })
  ];
}
function reasons(layer, shared) {
  const groups = layer.reasons.map((g) => g.label ? g : { ...g, items: g.items.filter((r) => !shared.includes(r)) }).filter((g) => g.items.length > 0);
  return groups.length > 0 ? groups.map((g) => reasonPhrase(g, PLAIN)).join("; ") : "\u2014";
}

// src/cli.ts
var COMMANDS = ["plan", "publish", "deploy"];
var USAGE = `Usage: lambda-layers <plan|publish|deploy> [options]
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
var FLAGS = {
  [Input.Config]: "config",
  [Input.BaseRef]: "base",
  [Input.Layers]: "layers",
  [Input.Regions]: "regions",
  [Input.Force]: "force",
  [Input.S3Bucket]: "s3-bucket",
  [Input.KeepVersions]: "keep-versions",
  [Input.Concurrency]: "concurrency",
  [Input.PlanFile]: "plan-file"
};
var UsageError = class extends Error {
};
var noCredentials = (mode) => `lambda-layers ${mode} needs AWS credentials, but none were found. Sign in with 'aws sso login --profile <name>' and pass --profile <name> (or set AWS_PROFILE), export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add --local to ${mode} to the local Lambda API on this machine; 'lambda-layers plan' needs none.`;
async function cli(argv) {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const log = consoleLogger(color);
  if (argv[0] === "local") return localCommand(argv.slice(1));
  let args;
  try {
    args = parse(argv);
  } catch (error) {
    process.stderr.write(`lambda-layers: ${messageOf(error)}
Run lambda-layers --help for the commands and options.
`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let local;
  try {
    const repoRoot = gitRoot(process.cwd());
    const inputs = parseInputs((name) => args.inputs[name] ?? "");
    if (args.profile) process.env.AWS_PROFILE = args.profile;
    if (args.local) {
      const config = await loadConfig(repoRoot, inputs.config);
      local = await startLocal(repoRoot, config, { ...inputs, mode: args.mode, createFunctions: args.createFunctions }, log);
    }
    const plan = await runPipeline(
      {
        inputs,
        mode: args.mode,
        modeReason: `lambda-layers ${args.mode}${args.local ? " --local" : ""}`,
        repoRoot,
        event: { name: TERMINAL, payload: {} },
        tempDir: os.tmpdir(),
        commandEnv: commandEnv(process.env),
        noCredentials: noCredentials(args.mode),
        refuseUncommitted: !args.allowDirty
      },
      {
        git: createGit(repoRoot),
        exec: processExec,
        aws: loadAwsClients(inputs.concurrency),
        log
      }
    );
    local?.annotate(plan);
    process.stdout.write(`
${renderTerminal(plan, { color })}`);
    const failures = failuresOf(plan);
    for (const failure of failures) log.error(failure);
    return failures.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const p of error.problems) log.error(`${p.file}:${p.line}:${p.column}: ${p.key}: ${p.message}`);
      log.error(`${error.problems.length} problem${error.problems.length === 1 ? "" : "s"} in the configuration; nothing was run.`);
    } else if (error instanceof InputError) {
      const input = Object.keys(FLAGS).find((name) => error.message.startsWith(`Input '${name}'`));
      log.error(input ? error.message.replace(`Input '${input}'`, `Option --${FLAGS[input]}`) : error.message);
    } else log.error(messageOf(error));
    return 1;
  } finally {
    await local?.close();
  }
}
async function localCommand(argv) {
  if (argv.length !== 1 || argv[0] !== "reset") {
    process.stderr.write(`lambda-layers: unknown local command '${argv.join(" ")}'; use 'lambda-layers local reset'.
`);
    return 2;
  }
  try {
    process.stdout.write(`${await resetLocal(gitRoot(process.cwd()))}
`);
    return 0;
  } catch (error) {
    process.stderr.write(`error: ${messageOf(error)}
`);
    return 1;
  }
}
function parse(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: "string" },
      base: { type: "string" },
      layers: { type: "string" },
      regions: { type: "string" },
      force: { type: "boolean" },
      "allow-dirty": { type: "boolean" },
      concurrency: { type: "string" },
      "s3-bucket": { type: "string" },
      "keep-versions": { type: "string" },
      local: { type: "boolean" },
      "create-functions": { type: "boolean" },
      profile: { type: "string" },
      "plan-file": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) return { help: true, mode: "plan", local: false, createFunctions: false, allowDirty: false, inputs: {} };
  const [command, ...extra] = positionals;
  if (!COMMANDS.includes(command)) {
    throw new UsageError(command ? `unknown command '${command}'; use plan, publish or deploy.` : "a command is needed: plan, publish or deploy.");
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'.`);
  if (values["create-functions"] && !values.local) throw new UsageError("--create-functions creates functions on the local Lambda API: add --local.");
  if (values.profile !== void 0 && values.local) throw new UsageError("--profile and --local exclude each other: --local uses no AWS account.");
  const inputs = { [Input.Mode]: command, [Input.Comment]: "false" };
  for (const [input, flag] of Object.entries(FLAGS)) {
    const value = values[flag];
    if (value !== void 0) inputs[input] = input === Input.PlanFile ? path2.resolve(String(value)) : String(value);
  }
  return {
    help: false,
    mode: command,
    local: Boolean(values.local),
    createFunctions: Boolean(values["create-functions"]),
    allowDirty: Boolean(values["allow-dirty"]),
    profile: values.profile,
    inputs
  };
}
function gitRoot(cwd) {
  try {
    return execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    throw new Error(`${cwd} is not inside a git repository: run lambda-layers from the checkout that holds lambda-layers.yml.`);
  }
}
function consoleLogger(color) {
  const paint = (code, s) => color ? `\x1B[${code}m${s}\x1B[0m` : s;
  let indent = "";
  const out = (line) => void process.stdout.write(`${indent}${line}
`);
  const err = (label, message, where) => {
    const at = where?.file ? `${where.file}${where.line ? `:${where.line}` : ""}${where.column ? `:${where.column}` : ""}: ` : "";
    process.stderr.write(`${indent}${label} ${at}${message}
`);
  };
  return {
    debug: () => void 0,
    info: out,
    notice: (message) => out(`${paint(36, "note:")} ${message}`),
    warning: (message, where) => err(paint(33, "warning:"), message, where),
    error: (message, where) => err(paint(31, "error:"), message, where),
    async group(name, fn) {
      process.stdout.write(`${paint(1, `\u25B8 ${name}`)}
`);
      indent = "  ";
      try {
        return await fn();
      } finally {
        indent = "";
      }
    }
  };
}
process.exitCode = await cli(process.argv.slice(2));
export {
  cli,
  consoleLogger
};
//# sourceMappingURL=cli.js.map
