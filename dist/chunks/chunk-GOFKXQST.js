import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  LOCKFILES,
  NODE_SETTINGS,
  NODE_SETTING_FOLDERS,
  RUBY_FILES,
  TOOL_CONFIGS,
  ascending,
  assertLockfile,
  buildDependencies,
  byPath,
  closureGraph,
  closureTouched,
  closuresAtBase,
  declares,
  diffClosures,
  foldersAbove,
  gemfileReadsFiles,
  hoistedPackage,
  hoistedPrograms,
  isToolConfig,
  manifestHoldsConfig,
  packageAt,
  packageClosure,
  packageId,
  packageRule,
  parseLockfile,
  pathDependencies,
  pythonInputs,
  readJson,
  readText,
  readWorkspaces,
  scriptPaths,
  scriptPrograms,
  touchedKeys,
  touchedNamesakes,
  tsconfigReads,
  unionOfClosures,
  workspaceDependencies,
  workspaceLinks
} from "./chunk-PGQ72DLF.js";
import {
  readYaml
} from "./chunk-FT3CAMBC.js";
import {
  bytes
} from "./chunk-Y3A3TBS2.js";
import {
  globMatcher,
  require_picomatch
} from "./chunk-7ONOX6CZ.js";
import {
  pLimit
} from "./chunk-LGNPTG6G.js";
import {
  runFolder,
  sweepRunFolders
} from "./chunk-DV2TTIPC.js";
import {
  checkSemantics,
  normalize,
  require_ucs2length,
  runtimeCatalog
} from "./chunk-TDGIIKNH.js";
import {
  systemClock
} from "./chunk-GLKDLBL6.js";
import {
  NEXT_VERSION,
  layerMoves,
  nextVersionArn,
  pendingLayerName,
  pendingVersion,
  sameLayers,
  shortLayer
} from "./chunk-6QWNZECW.js";
import {
  Input,
  InputError,
  Output
} from "./chunk-MG3XDSRN.js";
import {
  __toESM
} from "./chunk-SK5B422H.js";

// src/heap.ts
import { setFlagsFromString } from "node:v8";
setFlagsFromString("--semi-space-growth-factor=1");

// src/adapters/credentials.ts
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
function mayHaveCredentials(env = process.env, exists = existsSync) {
  if (env.AWS_ACCESS_KEY_ID || env.AWS_WEB_IDENTITY_TOKEN_FILE) return true;
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return true;
  const metadata = !env.AWS_EC2_METADATA_DISABLED || env.AWS_EC2_METADATA_DISABLED === "false";
  if (metadata && (env.RUNNER_ENVIRONMENT !== "github-hosted" || env.AWS_EC2_METADATA_SERVICE_ENDPOINT)) return true;
  const home = env.HOME || env.USERPROFILE || os.homedir();
  const files = [env.AWS_CONFIG_FILE || path.join(home, ".aws", "config"), env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, ".aws", "credentials")];
  return files.some((file) => exists(file));
}
function loadAwsClients(concurrency) {
  return async () => {
    const { createAwsClients, s3Endpoint } = await import("./aws-LNJ5TFQV.js");
    return createAwsClients({ concurrency, s3Endpoint: s3Endpoint(process.env) });
  };
}

// src/adapters/exec.ts
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path2 from "node:path";

// src/crypto.ts
var crypto = () => process.getBuiltinModule("node:crypto");
var sha256 = () => crypto().createHash("sha256");
var randomUUID = () => crypto().randomUUID();
var sha256Of = (text) => crypto().hash("sha256", text, "buffer");
var sha256Hex = (text) => crypto().hash("sha256", text, "hex");

// src/adapters/exec.ts
var TAIL_LINES = 40;
var MAX_CAPTURE = 32 * 1024 * 1024;
var live = /* @__PURE__ */ new Set();
function killBuilds() {
  for (const kill of [...live]) kill();
}
var processExec = {
  run(file, args, opts) {
    return new Promise((resolve, reject) => {
      if (!process.listeners("exit").includes(killBuilds)) process.on("exit", killBuilds);
      const namespaced = Boolean(opts.user?.binds?.length || opts.user?.readOnly?.length);
      const launch = namespaced ? inNamespace(opts.user, file, args, opts) : opts.user?.sudo ? viaSudo(opts.user, file, args, opts) : { file, args, env: opts.env, cwd: opts.cwd };
      const child = spawn(launch.file, launch.args, {
        cwd: launch.cwd,
        env: launch.env,
        detached: true,
        stdio: ["pipe", "pipe", "pipe"],
        ...opts.user && !opts.user.sudo && !namespaced ? { uid: opts.user.uid, gid: opts.user.gid } : {}
      });
      const kill = () => {
        killGroup(child.pid);
        if (launch.pidFile) killSudoGroup(opts.user, launch.pidFile);
      };
      live.add(kill);
      const captured = { stdout: "", stderr: "" };
      const tail = [];
      let timedOut = false;
      const timer = opts.timeoutMs === void 0 ? void 0 : setTimeout(() => {
        timedOut = true;
        kill();
      }, opts.timeoutMs);
      const abort = kill;
      opts.signal?.addEventListener("abort", abort, { once: true });
      if (opts.signal?.aborted) abort();
      for (const stream of ["stdout", "stderr"]) {
        let partial = "";
        child[stream].setEncoding("utf8");
        child[stream].on("data", (chunk) => {
          captured[stream] = (captured[stream] + chunk).slice(-MAX_CAPTURE);
          const lines = (partial + chunk).split(/\r?\n/);
          partial = lines.pop() ?? "";
          for (const line of lines) emit(line, stream);
        });
        child[stream].on("end", () => partial && emit(partial, stream));
      }
      function emit(line, stream) {
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
        opts.onLine?.(line, stream);
      }
      child.on("error", (error) => {
        live.delete(kill);
        clearTimeout(timer);
        opts.signal?.removeEventListener("abort", abort);
        reject(error);
      });
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        opts.signal?.removeEventListener("abort", abort);
        kill();
        live.delete(kill);
        resolve({ code, signal: signal ?? void 0, timedOut, ...captured, tail });
      });
      child.stdin.on("error", () => void 0);
      child.stdin.end(opts.input ?? "");
    });
  }
};
function viaSudo(user, file, args, { env, cwd }) {
  const pidFile = path2.join(user.sudo.pidDir, `pgid-${randomUUID()}`);
  const pairs = Object.entries(env).flatMap(([name, value]) => value === void 0 ? [] : [`${name}=${value}`]);
  const script = 'echo $$ > "$0" && cd -- "$1" && shift && exec "$@"';
  return {
    file: "sudo",
    args: ["-n", "-u", user.name, "--", "env", "-i", ...pairs, "setsid", "-w", "sh", "-c", script, pidFile, cwd, file, ...args],
    env: { PATH: env.PATH ?? "/usr/bin:/bin" },
    cwd: "/",
    pidFile
  };
}
function inNamespace(user, file, args, opts) {
  const script = 'n=$1; shift; while [ "$n" -gt 0 ]; do mount --bind "$1" "$2" || exit 126; shift 2; n=$((n - 1)); done; n=$1; shift; while [ "$n" -gt 0 ]; do mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" || exit 126; shift; n=$((n - 1)); done; u=$1; g=$2; shift 2; exec setpriv --reuid="$u" --regid="$g" --init-groups -- "$@"';
  const binds = (user.binds ?? []).flatMap((b) => [b.from, b.to]);
  const readOnly = user.readOnly ?? [];
  const inner = user.sudo ? viaSudo(user, file, args, opts) : void 0;
  const pairs = Object.entries(opts.env).flatMap(([name, value]) => value === void 0 ? [] : [`${name}=${value}`]);
  const command = inner ? inner.args.slice(inner.args.indexOf("--") + 1) : ["env", "-i", ...pairs, file, ...args];
  const unshare = ["unshare", "--mount", "--propagation", "private", "--", "sh", "-c", script, "sh"];
  unshare.push(String(binds.length / 2), ...binds, String(readOnly.length), ...readOnly);
  const all = [...unshare, String(user.uid), String(user.gid), ...command];
  const env = { PATH: "/usr/sbin:/usr/bin:/sbin:/bin" };
  return inner ? { file: "sudo", args: ["-n", ...all], env, cwd: inner.cwd, pidFile: inner.pidFile } : { file: all[0], args: all.slice(1), env, cwd: opts.cwd };
}
function killSudoGroup(user, pidFile) {
  let pgid;
  try {
    pgid = readFileSync(pidFile, "utf8").trim();
  } catch {
    return;
  }
  if (/^\d+$/.test(pgid)) spawnSync("sudo", ["-n", "-u", user.name, "kill", "-KILL", "--", `-${pgid}`], { stdio: "ignore" });
}
function killGroup(pid) {
  if (pid === void 0) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
  }
}

// src/adapters/shell-spawner.ts
import { spawn as spawn2 } from "node:child_process";
import { readFileSync as readFileSync2, rmSync, writeFileSync } from "node:fs";
import { getPriority, setPriority, tmpdir } from "node:os";
import path3 from "node:path";
var LOOP = `dir=$1
while IFS= read -r id; do
  { . "$dir/$id.sh" >"$dir/$id.out" 2>"$dir/$id.err"; echo "$id $?"; } &
done
wait`;
var FOLDER_PREFIX = "lambda-layers-sh-";
var openFolders = /* @__PURE__ */ new Set();
var swept = /* @__PURE__ */ new Set();
var exitHook = false;
var SHELL_IDLE_MS = 2e3;
function shellSpawner(cwd, env, opts = {}) {
  const options = { tempDir: opts.tempDir ?? tmpdir(), idleMs: opts.idleMs ?? SHELL_IDLE_MS, niceness: opts.niceness };
  let shell;
  return {
    async run(file, args, input) {
      for (const arg of [file, ...args]) if (arg.includes("\0")) throw new TypeError(`an argument of ${file} holds a NUL byte`);
      shell ??= openShell(cwd, env, options, () => shell = void 0);
      return shell.run(file, args, input);
    }
  };
}
function openShell(cwd, env, options, onClose) {
  if (!swept.has(options.tempDir)) {
    swept.add(options.tempDir);
    void sweepRunFolders(options.tempDir, FOLDER_PREFIX);
  }
  const dir = runFolder(options.tempDir, FOLDER_PREFIX);
  openFolders.add(dir);
  if (!exitHook) {
    exitHook = true;
    process.once("exit", () => openFolders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
  }
  const { ENV: _env, BASH_ENV: _bashEnv, ...shellEnv } = env;
  const child = spawn2("/bin/sh", ["-c", LOOP, "sh", dir], { cwd, env: shellEnv, stdio: ["pipe", "pipe", "ignore"] });
  if (options.niceness !== void 0 && child.pid !== void 0) {
    try {
      setPriority(child.pid, Math.max(options.niceness, getPriority()));
    } catch {
    }
  }
  const pending = /* @__PURE__ */ new Map();
  let next = 0;
  let closed = false;
  let idle;
  let lines = "";
  const file = (id, ext) => path3.join(dir, `${id}.${ext}`);
  const finished = (id, code) => {
    const result = { code, stdout: readFileSync2(file(id, "out")), stderr: readFileSync2(file(id, "err")) };
    for (const ext of ["sh", "in", "out", "err"]) rmSync(file(id, ext), { force: true });
    return result;
  };
  const setBusy = (busy) => {
    const stdout = child.stdout;
    if (busy) {
      clearTimeout(idle);
      stdout.ref();
    } else {
      stdout.unref();
      idle = setTimeout(() => {
        retire();
        child.stdin.end();
      }, options.idleMs).unref();
    }
  };
  const retire = () => {
    if (closed) return;
    closed = true;
    clearTimeout(idle);
    onClose();
  };
  const close = (error) => {
    retire();
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    openFolders.delete(dir);
    rmSync(dir, { recursive: true, force: true });
  };
  child.unref();
  child.on("exit", retire);
  child.on("error", close);
  child.on("close", (code, signal) => close(new Error(`the shell that starts commands ended (${signal ?? `exit ${code}`}) before the command did`)));
  child.stdin.on("error", () => void 0);
  child.stdout.setEncoding("latin1").on("data", (chunk) => {
    lines += chunk;
    for (let end = lines.indexOf("\n"); end >= 0; end = lines.indexOf("\n")) {
      const [id, code] = lines.slice(0, end).split(" ").map(Number);
      lines = lines.slice(end + 1);
      const waiting = pending.get(id);
      if (!waiting) continue;
      pending.delete(id);
      try {
        waiting.resolve(finished(id, code));
      } catch (error) {
        waiting.reject(error);
      }
      if (pending.size === 0) setBusy(false);
    }
  });
  return {
    run(command, args, input) {
      const id = next++;
      const stdin = input === void 0 ? "/dev/null" : '"$dir/$id.in"';
      if (input !== void 0) writeFileSync(file(id, "in"), input);
      writeFileSync(file(id, "sh"), `${[command, ...args].map(quote).join(" ")} <${stdin}
`);
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        setBusy(true);
        child.stdin.write(`${id}
`);
      });
    }
  };
}
var quote = (word) => `'${word.replaceAll("'", `'\\''`)}'`;

// src/adapters/git.ts
var GitError = class extends Error {
  constructor(args, code, stderr) {
    super(`git ${args.join(" ")} failed (${code}): ${stderr.trim() || "no output"}`);
    this.args = args;
    this.code = code;
    this.stderr = stderr;
  }
  args;
  code;
  stderr;
};
var BASE_ARGS = ["-c", "core.quotePath=off", "-c", "color.ui=never", "--no-pager"];
var DIFF_NAMES = ["--name-only", "-z", "--no-renames", "--no-ext-diff", "--ignore-submodules=dirty"];
var GIT_NICENESS = 10;
function createGit(repoRoot) {
  const shell = shellSpawner(repoRoot, { ...process.env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0" }, { niceness: GIT_NICENESS });
  async function run(args, input) {
    const result = await shell.run("git", [...BASE_ARGS, ...args], input).catch((error) => {
      throw new GitError(args, "not started", error.message);
    });
    const [stdout, stderr] = [result.stdout.toString(), result.stderr.toString()];
    if (result.code === 126 || result.code === 127 || result.code > 129) throw new GitError(args, result.code, stderr);
    return { code: result.code, stdout, stderr };
  }
  async function ok(args, input) {
    const result = await run(args, input);
    if (result.code !== 0) throw new GitError(args, result.code, result.stderr);
    return result.stdout;
  }
  async function succeeds(args) {
    return (await run(args)).code === 0;
  }
  const nulList = (out) => out.split("\0").filter((s) => s !== "");
  const nthSpace = (text, n) => {
    let at = -1;
    for (let i = 0; i < n; i++) at = text.indexOf(" ", at + 1);
    return at;
  };
  return {
    root: repoRoot,
    revParse: async (rev) => (await ok(["rev-parse", "--verify", "--end-of-options", `${rev}^{commit}`])).trim(),
    async resolveCommit(rev) {
      const result = await run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
      return result.code === 0 ? result.stdout.trim() : void 0;
    },
    async mergeBase(a, b) {
      const result = await run(["merge-base", a, b]);
      return result.code === 0 ? result.stdout.trim() || void 0 : void 0;
    },
    async refName(rev) {
      const result = await run(["rev-parse", "--abbrev-ref", rev]);
      return result.code === 0 ? result.stdout.trim() || void 0 : void 0;
    },
    isAncestor: (ancestor, descendant) => succeeds(["merge-base", "--is-ancestor", ancestor, descendant]),
    isShallow: async () => (await ok(["rev-parse", "--is-shallow-repository"])).trim() === "true",
    async fetch(remote, refspecs, opts = {}) {
      const args = ["fetch", "--no-tags", "--quiet", "--no-recurse-submodules"];
      if (opts.depth) args.push(`--depth=${opts.depth}`);
      if (opts.deepen) args.push(`--deepen=${opts.deepen}`);
      if (opts.unshallow) args.push("--unshallow");
      return succeeds([...args, remote, ...refspecs]);
    },
    // Tag names cannot contain newlines, so line output is safe here.
    tagsMerged: async (rev) => (await ok(["tag", "--list", "--merged", rev, "--sort=-v:refname", "--format=%(refname:strip=2)"])).split("\n").filter(Boolean),
    async lsFilesStage() {
      const out = await ok(["ls-files", "-s", "-z"]);
      const entries = [];
      let start = 0;
      while (start < out.length) {
        const end = out.indexOf("\0", start);
        const tab = out.indexOf("	", start);
        const stage = out.charCodeAt(tab - 1);
        if (stage === 48 || stage === 50) {
          const blobStart = out.indexOf(" ", start) + 1;
          entries.push({
            mode: out.slice(start, blobStart - 1),
            blob: out.slice(blobStart, out.indexOf(" ", blobStart)),
            path: out.slice(tab + 1, end)
          });
        }
        start = end + 1;
      }
      return entries;
    },
    // One walk of the working tree for tracked and untracked files alike, HEAD or not (before the first commit
    // everything is staged). Each record: '1 XY sub mH mI mW hH hI path', 'u XY ... path' (unmerged), '? path';
    // with --branch, HEAD's commit first ('# branch.oid <sha>', '(initial)' before the first commit). Without
    // --no-ahead-behind, --branch counts the commits between a branch and its upstream: a walk of both histories.
    async status() {
      const out = await ok(["status", "--porcelain=v2", "--branch", "--no-ahead-behind", "-z", "--untracked-files=all", "--no-renames", "--ignore-submodules=dirty"]);
      const result = { modified: [], deleted: [], staged: [], untracked: [] };
      for (const record of nulList(out)) {
        if (record.startsWith("# branch.oid ")) {
          const oid = record.slice("# branch.oid ".length);
          if (/^[0-9a-f]{40,64}$/.test(oid)) result.head = oid;
          continue;
        }
        if (record.startsWith("? ")) {
          result.untracked.push(record.slice(2));
          continue;
        }
        const kind = record[0];
        if (kind !== "1" && kind !== "u") continue;
        const path9 = record.slice(nthSpace(record, kind === "1" ? 8 : 10) + 1);
        const [index, worktree] = [record[2], record[3]];
        if (kind === "u") {
          result.staged.push(path9);
          result.modified.push(path9);
          continue;
        }
        if (index !== ".") result.staged.push(path9);
        if (worktree === "D") result.deleted.push(path9);
        else if (worktree !== ".") result.modified.push(path9);
      }
      return result;
    },
    diffNames: async (from, to) => nulList(await ok(["diff", ...DIFF_NAMES, from, ...to ? [to] : [], "--"])),
    diffFromMergeBase: async (from, to) => nulList(await ok(["diff", "--merge-base", ...DIFF_NAMES, from, to, "--"])),
    async show(rev, path9) {
      const result = await run(["show", "--no-textconv", `${rev}:${path9}`]);
      return result.code === 0 ? result.stdout : void 0;
    },
    async hashFiles(paths) {
      if (paths.length === 0) return [];
      const ids = (await ok(["hash-object", "--stdin-paths"], paths.map((p) => `${p}
`).join(""))).trim().split("\n");
      if (ids.length !== paths.length) throw new GitError(["hash-object", "--stdin-paths"], 0, `expected ${paths.length} ids, got ${ids.length}`);
      return ids;
    },
    hashContent: async (content) => (await ok(["hash-object", "--stdin"], content)).trim()
  };
}

// src/builders/env.ts
var DENIED = [
  /^INPUT_/i,
  /^ACTIONS_/i,
  /^GITHUB_TOKEN$/i,
  /^GH_TOKEN$/i,
  /^AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|SECURITY_TOKEN|WEB_IDENTITY_TOKEN_FILE|CONTAINER_AUTHORIZATION_TOKEN)$/i,
  // The runner's file commands: a line appended to them sets variables, PATH or outputs of the steps that follow.
  /^GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY)$/i
];
function commandEnv(source, secrets = []) {
  const known = secrets.filter((s) => typeof s === "string" && s.length >= 4);
  const env = {};
  for (const [name, value] of Object.entries(source)) {
    if (value === void 0 || DENIED.some((re) => re.test(name))) continue;
    if (known.some((secret) => value.includes(secret))) continue;
    env[name] = value;
  }
  return env;
}

// src/config/load.ts
import { readFile } from "node:fs/promises";
import path4 from "node:path";

// precompiled-schema:src/config/validator.ts
var validate = validate10;
var pattern0 = new RegExp("^[a-z]{2}(-[a-z]+)+-\\d$", "u");
var pattern6 = new RegExp("^/[a-zA-Z0-9_.\\-/]{0,900}$", "u");
var schema13 = { "type": "object", "additionalProperties": false, "required": ["type", "path"], "properties": { "type": { "enum": ["nodejs", "python", "runtime", "custom", "ruby"], "description": "How the layer is built." }, "path": { "type": "string", "minLength": 1, "description": "Folder inside the repository." }, "runtimes": { "type": "array", "maxItems": 15, "items": { "type": "string" }, "description": "CompatibleRuntimes." }, "architectures": { "type": "array", "minItems": 1, "maxItems": 2, "uniqueItems": true, "items": { "type": "string" }, "description": "CompatibleArchitectures: x86_64, arm64. Default [x86_64]." }, "inputs": { "$ref": "#/definitions/inputs" }, "exclude": { "$ref": "#/definitions/exclude" }, "slim": { "$ref": "#/definitions/slim" }, "license": { "type": "string", "maxLength": 512, "description": "LicenseInfo." }, "description": { "type": "string", "description": "Human text for the version's Description." }, "shareWith": { "type": "array", "items": { "type": "string", "pattern": "^(\\*|\\d{12}|o-[a-z0-9]{10,32})$" }, "description": "Granted lambda:GetLayerVersion on every new version: '*', account ids, organization ids (o-...)." }, "build": { "type": "string", "minLength": 1, "description": "Shell command run in `path` (runtime, custom)." }, "output": { "type": "string", "minLength": 1, "description": "Folder relative to `path` that becomes the zip root (runtime, custom)." }, "regions": { "$ref": "#/definitions/regions" }, "timeoutMinutes": { "type": "integer", "minimum": 1, "maximum": 360, "default": 30, "description": "A build that runs longer is stopped (its whole process group) and the layer fails." }, "allowScripts": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "description": "nodejs: packages whose install scripts may run; every other dependency's scripts are skipped." }, "smokeTest": { "type": "object", "additionalProperties": false, "required": ["event"], "properties": { "event": { "type": "string", "description": "Event JSON file, relative to `path`." }, "handler": { "type": "string", "description": "_HANDLER." }, "taskRoot": { "type": "string", "description": "LAMBDA_TASK_ROOT, relative to `path`." }, "expect": { "description": "When set, the response must equal this JSON value." }, "timeoutSeconds": { "type": "integer", "minimum": 1, "maximum": 900, "default": 10 } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern1 = new RegExp("^(\\*|\\d{12}|o-[a-z0-9]{10,32})$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema13.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (!(data0 === "nodejs" || data0 === "python" || data0 === "runtime" || data0 === "custom" || data0 === "ruby")) {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema13.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data1 = data.path;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.runtimes !== void 0) {
      let data2 = data.runtimes;
      if (Array.isArray(data2)) {
        if (data2.length > 15) {
          const err6 = { instancePath: instancePath + "/runtimes", schemaPath: "#/properties/runtimes/maxItems", keyword: "maxItems", params: { limit: 15 }, message: "must NOT have more than 15 items" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err7 = { instancePath: instancePath + "/runtimes/" + i0, schemaPath: "#/properties/runtimes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/runtimes", schemaPath: "#/properties/runtimes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.architectures !== void 0) {
      let data4 = data.architectures;
      if (Array.isArray(data4)) {
        if (data4.length > 2) {
          const err9 = { instancePath: instancePath + "/architectures", schemaPath: "#/properties/architectures/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data4.length < 1) {
          const err10 = { instancePath: instancePath + "/architectures", schemaPath: "#/properties/architectures/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data4[i1] !== "string") {
            const err11 = { instancePath: instancePath + "/architectures/" + i1, schemaPath: "#/properties/architectures/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        let i2 = data4.length;
        let j0;
        if (i2 > 1) {
          const indices0 = {};
          for (; i2--; ) {
            let item0 = data4[i2];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err12 = { instancePath: instancePath + "/architectures", schemaPath: "#/properties/architectures/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
              break;
            }
            indices0[item0] = i2;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/architectures", schemaPath: "#/properties/architectures/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.inputs !== void 0) {
      let data6 = data.inputs;
      if (Array.isArray(data6)) {
        const len2 = data6.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data7 = data6[i3];
          if (typeof data7 === "string") {
            if (func3(data7) < 1) {
              const err14 = { instancePath: instancePath + "/inputs/" + i3, schemaPath: "#/definitions/inputs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/inputs/" + i3, schemaPath: "#/definitions/inputs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/inputs", schemaPath: "#/definitions/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data8 = data.exclude;
      if (Array.isArray(data8)) {
        const len3 = data8.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data9 = data8[i4];
          if (typeof data9 === "string") {
            if (func3(data9) < 1) {
              const err17 = { instancePath: instancePath + "/exclude/" + i4, schemaPath: "#/definitions/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/exclude/" + i4, schemaPath: "#/definitions/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/exclude", schemaPath: "#/definitions/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.slim !== void 0) {
      let data10 = data.slim;
      if (Array.isArray(data10)) {
        const len4 = data10.length;
        for (let i5 = 0; i5 < len4; i5++) {
          let data11 = data10[i5];
          if (typeof data11 === "string") {
            if (func3(data11) < 1) {
              const err20 = { instancePath: instancePath + "/slim/" + i5, schemaPath: "#/definitions/slim/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/slim/" + i5, schemaPath: "#/definitions/slim/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/slim", schemaPath: "#/definitions/slim/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.license !== void 0) {
      let data12 = data.license;
      if (typeof data12 === "string") {
        if (func3(data12) > 512) {
          const err23 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err25 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.shareWith !== void 0) {
      let data14 = data.shareWith;
      if (Array.isArray(data14)) {
        const len5 = data14.length;
        for (let i6 = 0; i6 < len5; i6++) {
          let data15 = data14[i6];
          if (typeof data15 === "string") {
            if (!pattern1.test(data15)) {
              const err26 = { instancePath: instancePath + "/shareWith/" + i6, schemaPath: "#/properties/shareWith/items/pattern", keyword: "pattern", params: { pattern: "^(\\*|\\d{12}|o-[a-z0-9]{10,32})$" }, message: 'must match pattern "^(\\*|\\d{12}|o-[a-z0-9]{10,32})$"' };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/shareWith/" + i6, schemaPath: "#/properties/shareWith/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/shareWith", schemaPath: "#/properties/shareWith/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.build !== void 0) {
      let data16 = data.build;
      if (typeof data16 === "string") {
        if (func3(data16) < 1) {
          const err29 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.output !== void 0) {
      let data17 = data.output;
      if (typeof data17 === "string") {
        if (func3(data17) < 1) {
          const err31 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.regions !== void 0) {
      let data18 = data.regions;
      if (Array.isArray(data18)) {
        const len6 = data18.length;
        for (let i7 = 0; i7 < len6; i7++) {
          let data19 = data18[i7];
          if (typeof data19 === "string") {
            if (!pattern0.test(data19)) {
              const err33 = { instancePath: instancePath + "/regions/" + i7, schemaPath: "#/definitions/regions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-\\d$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-\\d$"' };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/regions/" + i7, schemaPath: "#/definitions/regions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/regions", schemaPath: "#/definitions/regions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.timeoutMinutes !== void 0) {
      let data20 = data.timeoutMinutes;
      if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)))) {
        const err36 = { instancePath: instancePath + "/timeoutMinutes", schemaPath: "#/properties/timeoutMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      if (typeof data20 == "number") {
        if (data20 > 360 || isNaN(data20)) {
          const err37 = { instancePath: instancePath + "/timeoutMinutes", schemaPath: "#/properties/timeoutMinutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 360 }, message: "must be <= 360" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data20 < 1 || isNaN(data20)) {
          const err38 = { instancePath: instancePath + "/timeoutMinutes", schemaPath: "#/properties/timeoutMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
    }
    if (data.allowScripts !== void 0) {
      let data21 = data.allowScripts;
      if (Array.isArray(data21)) {
        const len7 = data21.length;
        for (let i8 = 0; i8 < len7; i8++) {
          let data22 = data21[i8];
          if (typeof data22 === "string") {
            if (func3(data22) < 1) {
              const err39 = { instancePath: instancePath + "/allowScripts/" + i8, schemaPath: "#/properties/allowScripts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = { instancePath: instancePath + "/allowScripts/" + i8, schemaPath: "#/properties/allowScripts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        let i9 = data21.length;
        let j1;
        if (i9 > 1) {
          const indices1 = {};
          for (; i9--; ) {
            let item1 = data21[i9];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err41 = { instancePath: instancePath + "/allowScripts", schemaPath: "#/properties/allowScripts/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i9 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
              break;
            }
            indices1[item1] = i9;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/allowScripts", schemaPath: "#/properties/allowScripts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.smokeTest !== void 0) {
      let data23 = data.smokeTest;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        if (data23.event === void 0) {
          const err43 = { instancePath: instancePath + "/smokeTest", schemaPath: "#/properties/smokeTest/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        for (const key1 in data23) {
          if (!(key1 === "event" || key1 === "handler" || key1 === "taskRoot" || key1 === "expect" || key1 === "timeoutSeconds")) {
            const err44 = { instancePath: instancePath + "/smokeTest", schemaPath: "#/properties/smokeTest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data23.event !== void 0) {
          if (typeof data23.event !== "string") {
            const err45 = { instancePath: instancePath + "/smokeTest/event", schemaPath: "#/properties/smokeTest/properties/event/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data23.handler !== void 0) {
          if (typeof data23.handler !== "string") {
            const err46 = { instancePath: instancePath + "/smokeTest/handler", schemaPath: "#/properties/smokeTest/properties/handler/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data23.taskRoot !== void 0) {
          if (typeof data23.taskRoot !== "string") {
            const err47 = { instancePath: instancePath + "/smokeTest/taskRoot", schemaPath: "#/properties/smokeTest/properties/taskRoot/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data23.timeoutSeconds !== void 0) {
          let data27 = data23.timeoutSeconds;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)))) {
            const err48 = { instancePath: instancePath + "/smokeTest/timeoutSeconds", schemaPath: "#/properties/smokeTest/properties/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (typeof data27 == "number") {
            if (data27 > 900 || isNaN(data27)) {
              const err49 = { instancePath: instancePath + "/smokeTest/timeoutSeconds", schemaPath: "#/properties/smokeTest/properties/timeoutSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 900 }, message: "must be <= 900" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data27 < 1 || isNaN(data27)) {
              const err50 = { instancePath: instancePath + "/smokeTest/timeoutSeconds", schemaPath: "#/properties/smokeTest/properties/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/smokeTest", schemaPath: "#/properties/smokeTest/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
  } else {
    const err52 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err52];
    } else {
      vErrors.push(err52);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var pattern3 = new RegExp("^arn:aws[a-zA-Z-]*:lambda:", "u");
var pattern5 = new RegExp("^[a-zA-Z0-9-_]+$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.layers === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "layers" }, message: "must have required property 'layers'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "arn" || key0 === "layers" || key0 === "regions" || key0 === "alias")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.arn !== void 0) {
      let data1 = data.arn;
      if (typeof data1 === "string") {
        if (!pattern3.test(data1)) {
          const err4 = { instancePath: instancePath + "/arn", schemaPath: "#/properties/arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-zA-Z-]*:lambda:" }, message: 'must match pattern "^arn:aws[a-zA-Z-]*:lambda:"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/arn", schemaPath: "#/properties/arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.layers !== void 0) {
      let data2 = data.layers;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err6 = { instancePath: instancePath + "/layers/" + i0, schemaPath: "#/properties/layers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.regions !== void 0) {
      let data4 = data.regions;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (typeof data5 === "string") {
            if (!pattern0.test(data5)) {
              const err8 = { instancePath: instancePath + "/regions/" + i1, schemaPath: "#/definitions/regions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-\\d$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-\\d$"' };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/regions/" + i1, schemaPath: "#/definitions/regions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/regions", schemaPath: "#/definitions/regions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.alias !== void 0) {
      let data6 = data.alias;
      if (typeof data6 === "string") {
        if (!pattern5.test(data6)) {
          const err11 = { instancePath: instancePath + "/alias", schemaPath: "#/properties/alias/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9-_]+$" }, message: 'must match pattern "^[a-zA-Z0-9-_]+$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/alias", schemaPath: "#/properties/alias/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.layers === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "layers" }, message: "must have required property 'layers'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "layerPrefix" || key0 === "regions" || key0 === "layers" || key0 === "defaults" || key0 === "discover" || key0 === "functions" || key0 === "ssm")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.layerPrefix !== void 0) {
      if (typeof data.layerPrefix !== "string") {
        const err4 = { instancePath: instancePath + "/layerPrefix", schemaPath: "#/properties/layerPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.regions !== void 0) {
      let data2 = data.regions;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern0.test(data3)) {
              const err5 = { instancePath: instancePath + "/regions/" + i0, schemaPath: "#/definitions/regions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-\\d$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-\\d$"' };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/regions/" + i0, schemaPath: "#/definitions/regions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/regions", schemaPath: "#/definitions/regions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.layers !== void 0) {
      let data4 = data.layers;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!validate11(data4[key1], { instancePath: instancePath + "/layers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key1, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.defaults !== void 0) {
      let data6 = data.defaults;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key2 in data6) {
          if (!(key2 === "inputs" || key2 === "exclude" || key2 === "slim")) {
            const err9 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data6.inputs !== void 0) {
          let data7 = data6.inputs;
          if (Array.isArray(data7)) {
            const len1 = data7.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data8 = data7[i1];
              if (typeof data8 === "string") {
                if (func3(data8) < 1) {
                  const err10 = { instancePath: instancePath + "/defaults/inputs/" + i1, schemaPath: "#/definitions/inputs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/defaults/inputs/" + i1, schemaPath: "#/definitions/inputs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/defaults/inputs", schemaPath: "#/definitions/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data6.exclude !== void 0) {
          let data9 = data6.exclude;
          if (Array.isArray(data9)) {
            const len2 = data9.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data10 = data9[i2];
              if (typeof data10 === "string") {
                if (func3(data10) < 1) {
                  const err13 = { instancePath: instancePath + "/defaults/exclude/" + i2, schemaPath: "#/definitions/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/defaults/exclude/" + i2, schemaPath: "#/definitions/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/defaults/exclude", schemaPath: "#/definitions/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data6.slim !== void 0) {
          let data11 = data6.slim;
          if (Array.isArray(data11)) {
            const len3 = data11.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data12 = data11[i3];
              if (typeof data12 === "string") {
                if (func3(data12) < 1) {
                  const err16 = { instancePath: instancePath + "/defaults/slim/" + i3, schemaPath: "#/definitions/slim/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/defaults/slim/" + i3, schemaPath: "#/definitions/slim/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/defaults/slim", schemaPath: "#/definitions/slim/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.discover !== void 0) {
      if (typeof data.discover !== "boolean") {
        const err20 = { instancePath: instancePath + "/discover", schemaPath: "#/properties/discover/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.functions !== void 0) {
      let data14 = data.functions;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key3 in data14) {
          if (!validate13(data14[key3], { instancePath: instancePath + "/functions/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data14, parentDataProperty: key3, rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/functions", schemaPath: "#/properties/functions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.ssm !== void 0) {
      let data16 = data.ssm;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.prefix === void 0) {
          const err22 = { instancePath: instancePath + "/ssm", schemaPath: "#/properties/ssm/required", keyword: "required", params: { missingProperty: "prefix" }, message: "must have required property 'prefix'" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        for (const key4 in data16) {
          if (!(key4 === "prefix")) {
            const err23 = { instancePath: instancePath + "/ssm", schemaPath: "#/properties/ssm/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data16.prefix !== void 0) {
          let data17 = data16.prefix;
          if (typeof data17 === "string") {
            if (!pattern6.test(data17)) {
              const err24 = { instancePath: instancePath + "/ssm/prefix", schemaPath: "#/properties/ssm/properties/prefix/pattern", keyword: "pattern", params: { pattern: "^/[a-zA-Z0-9_.\\-/]{0,900}$" }, message: 'must match pattern "^/[a-zA-Z0-9_.\\-/]{0,900}$"' };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/ssm/prefix", schemaPath: "#/properties/ssm/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/ssm", schemaPath: "#/properties/ssm/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/config/load.ts
var ConfigError = class extends Error {
  constructor(problems) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in the configuration:
` + problems.map((p) => `  ${p.file}:${p.line}:${p.column} ${p.key}: ${p.message}`).join("\n")
    );
    this.problems = problems;
    this.name = "ConfigError";
  }
  problems;
};
async function loadConfig(repoRoot, file, log) {
  let bytes2;
  try {
    bytes2 = await readFile(path4.resolve(repoRoot, file));
  } catch {
    throw new InputError(
      Input.Config,
      file,
      `a file of the repository: there is no ${path4.resolve(repoRoot, file)}. Add it (see lambda-layers-action's docs/configuration.md), or give the path of yours, relative to the repository root`
    );
  }
  const { config, problems, warnings } = await parseConfig(decodeUtf8(bytes2, file), file, { repoRoot });
  for (const w of warnings) log?.warning(`${w.key}: ${w.message}`, w);
  if (!config) throw new ConfigError(problems);
  return config;
}
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function decodeUtf8(bytes2, file) {
  try {
    return UTF8.decode(bytes2);
  } catch {
    const at = firstInvalidByte(bytes2);
    const lines = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes2.subarray(0, at)).split("\n");
    const line = lines.length;
    const message = `byte 0x${bytes2[at].toString(16).padStart(2, "0")} is not valid UTF-8; save the file as UTF-8.`;
    throw new ConfigError([{ file, line, column: lines[line - 1].length + 1, key: `line ${line}`, message }]);
  }
}
function firstInvalidByte(bytes2) {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes2);
  let offset = 0;
  let from = 0;
  for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) {
    offset += Buffer.byteLength(text.slice(from, i));
    if (bytes2[offset] !== 239 || bytes2[offset + 1] !== 191 || bytes2[offset + 2] !== 189) return offset;
    offset += 3;
    from = i + 1;
  }
  return 0;
}
async function parseConfig(text, file, opts) {
  const located = async () => (await import("./located-2RIBE2GG.js")).parseLocated(text, file, opts);
  let raw;
  try {
    raw = readYaml(text, { aliases: false });
  } catch {
    return located();
  }
  if (!validate(raw)) return located();
  let reported = false;
  const config = normalize(raw, file);
  checkSemantics(config, raw, () => reported = true, { ...opts, runtimes: runtimeCatalog(opts.today), warn: () => reported = true });
  return reported ? located() : { config, problems: [], warnings: [] };
}

// src/detect/base.ts
var REMOTE = "origin";
var TERMINAL = "";
var ZERO_SHA = /^0+$/;
var FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
var DEEPEN_STEPS = [10, 20, 40, 80, 160, 320];
async function resolveBase(git, event, baseRefInput, log, headCommit = git.resolveCommit("HEAD")) {
  const asked = [];
  const base = await findBase({ git, log, event, asked }, baseRefInput, headCommit);
  const { sha } = base;
  if (!sha) return { base };
  if (sha === await headCommit) return { base, committed: Promise.resolve([]) };
  for (const { mergeBase, changes } of asked) {
    if (await mergeBase === sha) return { base, committed: changes.then((files) => files ?? git.diffNames(sha, "HEAD")) };
  }
  return { base, committed: git.diffNames(sha, "HEAD") };
}
async function findBase(from, baseRefInput, headCommit) {
  const head = await headCommit;
  if (!head) return { source: "none", note: "HEAD is not a commit (empty repository?)" };
  const ctx = { ...from, head };
  const { event } = ctx;
  const input = baseRefInput?.trim();
  if (input) return fromInput(ctx, input);
  const payload = event.payload ?? {};
  switch (event.name) {
    case "pull_request":
    case "pull_request_target":
    case "pull_request_review":
    case "pull_request_review_comment": {
      const sha = payload.pull_request?.base?.sha;
      if (typeof sha !== "string") return parentOf(ctx, `the ${event.name} payload has no pull_request.base.sha`);
      return pullRequestBase(ctx, sha);
    }
    case "merge_group": {
      const sha = payload.merge_group?.base_sha;
      if (typeof sha !== "string") return parentOf(ctx, "the merge_group payload has no base_sha");
      if (await ensureCommit(ctx, sha)) return { sha, source: "merge_group.base_sha" };
      return parentOf(ctx, `merge_group.base_sha ${short(sha)} could not be fetched from ${REMOTE}`);
    }
    case "push":
      if (event.ref?.startsWith("refs/tags/")) return previousTag(ctx, event.ref.slice("refs/tags/".length));
      return pushBase(ctx);
    case "release":
      return previousTag(ctx, String(payload.release?.tag_name ?? ""));
    case TERMINAL:
      return terminalBase(ctx);
    default:
      return parentOf(ctx, `a ${event.name} event has no base commit`);
  }
}
async function fromInput(ctx, input) {
  const direct = FULL_SHA.test(input) ? await mergeBaseHere(ctx, input) : void 0;
  if (direct) return { sha: direct, source: "base-ref input", note: direct === input.toLowerCase() ? void 0 : `merge-base of '${input}' and HEAD` };
  const sha = await resolveRef(ctx, input);
  if (!sha) {
    return {
      source: "base-ref input",
      note: `base-ref '${input}' is neither a local revision nor a branch, tag or commit on ${REMOTE}; every layer is a candidate`
    };
  }
  const mergeBase = await findMergeBase(ctx, sha);
  if (mergeBase) return { sha: mergeBase, source: "base-ref input", note: mergeBase === sha ? void 0 : `merge-base of '${input}' and HEAD` };
  return { sha, source: "base-ref input", note: `'${input}' shares no history with HEAD; comparing with it directly` };
}
async function pullRequestBase(ctx, baseSha) {
  const direct = await mergeBaseHere(ctx, baseSha);
  if (direct) return { sha: direct, source: "pull_request" };
  if (!await ensureCommit(ctx, baseSha)) {
    return parentOf(ctx, `the pull request base ${short(baseSha)} could not be fetched from ${REMOTE}`);
  }
  const mergeBase = await findMergeBase(ctx, baseSha);
  if (mergeBase) return { sha: mergeBase, source: "pull_request" };
  return { sha: baseSha, source: "pull_request", note: `no merge-base between the base ${short(baseSha)} and HEAD; comparing with the base directly` };
}
async function pushBase(ctx) {
  const payload = ctx.event.payload ?? {};
  const before = payload.before;
  if (typeof before !== "string" || ZERO_SHA.test(before)) {
    const why = typeof before === "string" ? "a new branch (before is all zeros)" : "the push payload has no before";
    return defaultBranchBase(ctx, why);
  }
  if (payload.forced === true) return defaultBranchBase(ctx, `a force push (before ${short(before)} was rewritten)`);
  if (!await ensureCommit(ctx, before)) {
    return defaultBranchBase(ctx, `before ${short(before)} could not be fetched (force-pushed away?)`);
  }
  if (!await deepenUntil(ctx, [before], () => ctx.git.isAncestor(before, ctx.head), `before ${short(before)}`)) {
    return defaultBranchBase(ctx, `before ${short(before)} is not an ancestor of HEAD (force push?)`);
  }
  return { sha: before, source: "push.before" };
}
async function defaultBranchBase(ctx, why) {
  const branch = String(ctx.event.payload?.repository?.default_branch || "main");
  const pushedRef = ctx.event.ref;
  const tip = await resolveRef(ctx, branch);
  const mergeBase = tip && await findMergeBase(ctx, tip);
  if (mergeBase && mergeBase !== ctx.head) {
    return { sha: mergeBase, source: `merge-base with ${branch}`, note: `${capitalize(why)}: comparing with the merge-base with ${branch}` };
  }
  if (mergeBase && pushedRef !== `refs/heads/${branch}`) {
    return { sha: mergeBase, source: `merge-base with ${branch}`, note: `${capitalize(why)}: HEAD is already on ${branch}, nothing differs from it` };
  }
  const reason = mergeBase ? `HEAD is the tip of ${branch}` : `no merge-base with ${branch} was found`;
  return parentOf(ctx, `${why}, and ${reason}`);
}
async function terminalBase(ctx) {
  const { git } = ctx;
  const picks = "--base <ref> picks another";
  const local = async () => {
    for (const name of ["main", "master"]) if (await git.resolveCommit(`refs/heads/${name}`)) return name;
  };
  const branch = await git.refName(`${REMOTE}/HEAD`) ?? await git.refName("@{upstream}") ?? await local();
  if (!branch) return parentOf(ctx, `no default branch was found (no ${REMOTE}/HEAD, no upstream, no main or master branch)`, picks);
  const mergeBase = await findMergeBase(ctx, await git.revParse(branch));
  if (!mergeBase) return parentOf(ctx, `HEAD shares no history with ${branch}`, picks);
  const current = await git.refName("HEAD");
  if (mergeBase === ctx.head && (branch === current || branch === `${REMOTE}/${current}`)) {
    return parentOf(ctx, `HEAD is the tip of ${branch}`, picks);
  }
  return { sha: mergeBase, source: `merge-base with ${branch}` };
}
async function previousTag(ctx, tag) {
  const { git } = ctx;
  const parent = async () => await git.resolveCommit("HEAD^") !== void 0;
  const latest = async () => await parent() ? (await git.tagsMerged("HEAD^"))[0] : void 0;
  if (await git.isShallow()) {
    await git.fetch(REMOTE, ["+refs/tags/*:refs/tags/*"], { depth: 1 });
  }
  await deepenUntil(ctx, [], async () => await latest() !== void 0, `a tag before ${tag || "HEAD"}`);
  const previous = await latest();
  if (!previous) return parentOf(ctx, `no tag before ${tag || "HEAD"} is reachable from HEAD^ (first release?)`);
  return { sha: await git.revParse(`refs/tags/${previous}`), source: "previous tag", note: `previous tag ${previous}` };
}
async function parentOf(ctx, why, then) {
  let parent;
  await deepenUntil(ctx, [], async () => (parent = await ctx.git.resolveCommit("HEAD^")) !== void 0, "the parent commit");
  const end = then ? `; ${then}.` : "";
  if (!parent) return { source: "none", note: `${capitalize(why)}, and HEAD has no parent commit; every layer is a candidate${end}` };
  return { sha: parent, source: "HEAD^", note: `${capitalize(why)}: comparing with the parent commit HEAD^${end}` };
}
async function resolveRef(ctx, name) {
  const { git } = ctx;
  const plainName = /^[\w.\/-]+$/.test(name) && !name.startsWith("refs/") && !FULL_SHA.test(name);
  for (const candidate of plainName ? [`refs/remotes/${REMOTE}/${name}`, name] : [name]) {
    const sha = await git.resolveCommit(candidate);
    if (sha) return sha;
  }
  if (plainName) {
    const depth = await git.isShallow() ? 1 : void 0;
    const fetches = [
      [`+refs/heads/${name}:refs/remotes/${REMOTE}/${name}`, `refs/remotes/${REMOTE}/${name}`],
      [`+refs/tags/${name}:refs/tags/${name}`, `refs/tags/${name}`]
    ];
    for (const [refspec, local] of fetches) {
      if (await git.fetch(REMOTE, [refspec], { depth })) return git.resolveCommit(local);
    }
  }
  return FULL_SHA.test(name) && await ensureCommit(ctx, name) ? name : void 0;
}
async function ensureCommit(ctx, sha) {
  if (await ctx.git.resolveCommit(sha)) return true;
  ctx.log.debug(`Fetching ${short(sha)} from ${REMOTE}.`);
  const depth = await ctx.git.isShallow() ? 1 : void 0;
  return await ctx.git.fetch(REMOTE, [sha], { depth }) && await ctx.git.resolveCommit(sha) !== void 0;
}
function mergeBaseHere(ctx, sha) {
  if (sha.toLowerCase() === ctx.head) return Promise.resolve(ctx.head);
  const mergeBase = ctx.git.mergeBase(sha, ctx.head);
  ctx.asked.push({ mergeBase, changes: ctx.git.diffFromMergeBase(sha, ctx.head).catch(() => void 0) });
  return mergeBase;
}
async function findMergeBase(ctx, sha) {
  if (sha.toLowerCase() === ctx.head) return ctx.head;
  let found;
  await deepenUntil(ctx, [sha], async () => (found = await ctx.git.mergeBase(sha, ctx.head)) !== void 0, `the merge-base with ${short(sha)}`);
  return found;
}
async function deepenUntil(ctx, tips, found, what) {
  const { git, log } = ctx;
  if (await found()) return true;
  const refspecs = [ctx.head, ...tips];
  for (const step of DEEPEN_STEPS) {
    if (!await git.isShallow()) return false;
    log.info(`Shallow clone: fetching ${step} more commits of history to find ${what}.`);
    if (!await git.fetch(REMOTE, refspecs, { deepen: step })) break;
    if (await found()) return true;
  }
  if (!await git.isShallow()) return false;
  log.info(`Shallow clone: fetching the whole history to find ${what}.`);
  return await git.fetch(REMOTE, refspecs, { unshallow: true }) && found();
}
var short = (sha) => sha.slice(0, 12);
var capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// src/v8-tiers.ts
import { setFlagsFromString as setFlagsFromString2 } from "node:v8";
var deferred = false;
function tiersSetByUser(execArgv, nodeOptions = "") {
  const tierFlag = /^--(no-)?(jitless|maglev|turbofan|opt)(=|$)/;
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => tierFlag.test(arg.replaceAll("_", "-")));
}
function deferOptimizing() {
  if (tiersSetByUser(process.execArgv, process.env.NODE_OPTIONS)) return;
  setFlagsFromString2("--no-maglev --no-turbofan");
  deferred = true;
}
function optimizeFromHere() {
  if (!deferred) return;
  setFlagsFromString2("--maglev --turbofan");
  deferred = false;
}

// src/pipeline.ts
import { readFile as readFile3, rm } from "node:fs/promises";
import path8 from "node:path";

// src/detect/detect.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { existsSync as existsSync2, readdirSync, readFileSync as readFileSync3 } from "node:fs";
import path6 from "node:path";
import { setImmediate } from "node:timers/promises";

// src/config/normalize.ts
var FINGERPRINTED = ["type", "path", "layerName", "runtimes", "architectures", "inputs", "exclude", "license", "description", "build", "output"];
function normalizedLayer(layer) {
  const normalized = Object.fromEntries(FINGERPRINTED.map((key) => [key, layer[key] ?? null]));
  if (layer.slim.length > 0) normalized.slim = layer.slim;
  return normalized;
}
function changedKeys(before, after) {
  if (!before) return ["(new layer)"];
  const [a, b] = [normalizedLayer(before), normalizedLayer(after)];
  return [...FINGERPRINTED, "slim"].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

// src/detect/files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { lstat, readlink } from "node:fs/promises";
import path5 from "node:path";
var outsideNodeModules = (p) => !p.startsWith("node_modules/") && !p.includes("/node_modules/");
var FileIndex = class {
  /**
   * Repository-relative paths, sorted: tracked and present (committed files count wherever they live, node_modules
   * included), plus untracked and not ignored outside node_modules (an install's output, not the repository's).
   */
  paths;
  /** Mode and blob id per path; undefined for dirty and untracked files until `hashWorkingFiles`. */
  files;
  globs = /* @__PURE__ */ new Map();
  folders = /* @__PURE__ */ new Map();
  /** Files that vanished or are not regular files or symlinks: left out of every layer. */
  unreadable = 0;
  constructor(entries, status) {
    const gone = new Set(status.deleted);
    const dirty2 = new Set(status.modified);
    const untracked = status.untracked.filter((p) => outsideNodeModules(p) && !p.endsWith("/")).sort();
    const paths = [];
    const files = [];
    let u = 0;
    for (const entry of entries) {
      if (gone.has(entry.path)) continue;
      while (u < untracked.length && untracked[u] < entry.path) {
        paths.push(untracked[u++]);
        files.push(void 0);
      }
      paths.push(entry.path);
      files.push(dirty2.has(entry.path) && entry.mode !== "160000" ? void 0 : entry);
    }
    for (; u < untracked.length; u++) {
      paths.push(untracked[u]);
      files.push(void 0);
    }
    if (paths.some((p, i) => i > 0 && paths[i - 1] >= p)) {
      const order = paths.map((_, i) => i).sort((a, b) => paths[a] < paths[b] ? -1 : 1);
      this.paths = order.map((i) => paths[i]);
      this.files = order.map((i) => files[i]);
    } else {
      this.paths = paths;
      this.files = files;
    }
  }
  has(p) {
    return this.paths[lowerBound(this.paths, p)] === p;
  }
  /** The interval of files under a folder ('' or '.' for the whole repository). */
  folder(dir) {
    let found = this.folders.get(dir);
    if (!found) {
      const prefix = dir === "" || dir === "." ? "" : `${dir.replace(/\/+$/, "")}/`;
      found = prefix ? [lowerBound(this.paths, prefix), lowerBound(this.paths, `${prefix.slice(0, -1)}0`)] : [0, this.paths.length];
      this.folders.set(dir, found);
    }
    return found;
  }
  /** Positions of the files a repository-relative glob matches (a plain path means that file or folder). */
  glob(pattern) {
    let found = this.globs.get(pattern);
    if (!found) {
      const { base, isGlob } = import_picomatch.default.scan(pattern);
      if (isGlob) {
        const match = globMatcher(pattern, { dot: true });
        const [lo, hi] = this.folder(base);
        found = [];
        for (let i = lo; i < hi; i++) if (match(this.paths[i])) found.push([i, i + 1]);
      } else {
        const exact = lowerBound(this.paths, pattern);
        found = [this.folder(pattern), ...this.has(pattern) ? [[exact, exact + 1]] : []];
      }
      this.globs.set(pattern, found);
    }
    return found;
  }
  /** Mode and blob id of a position, undefined when it could not be read (vanished since git listed it). */
  file(i) {
    return this.files[i];
  }
  /** The positions of `intervals` whose path `keep` accepts, as merged intervals. */
  filter(intervals, keep) {
    const kept = [];
    for (const [lo, hi] of intervals) {
      for (let i = lo; i < hi; i++) {
        if (!keep(this.paths[i])) continue;
        const last = kept.at(-1);
        if (last && last[1] === i) last[1] = i + 1;
        else kept.push([i, i + 1]);
      }
    }
    return kept;
  }
  /** The files of merged intervals, in order (an array: a generator allocated 27 MB of steps on the bench). */
  select(intervals) {
    const selected = [];
    for (const [lo, hi] of intervals) {
      for (let i = lo; i < hi; i++) {
        const file = this.files[i];
        if (file) selected.push(file);
      }
    }
    return selected;
  }
  /** The paths of merged intervals, in order, without files that could not be read. */
  pathsOf(intervals) {
    if (this.unreadable === 0) return intervals.flatMap(([lo, hi]) => this.paths.slice(lo, hi));
    return intervals.flatMap(([lo, hi]) => this.paths.slice(lo, hi).filter((_, k) => this.files[lo + k]));
  }
  /**
   * Hashes the dirty and untracked files inside the given intervals from the working tree, as `git add` would
   * (clean filters applied; symlinks by their target), in one `git hash-object` call.
   */
  async hashWorkingFiles(git, repoRoot, intervals) {
    const wanted = [];
    for (const [lo, hi] of mergeIntervals(intervals)) for (let i = lo; i < hi; i++) if (!this.files[i]) wanted.push(i);
    const stats = await Promise.all(wanted.map((i) => lstat(path5.join(repoRoot, this.paths[i])).catch(() => void 0)));
    const regular = wanted.filter((_, k) => stats[k]?.isFile());
    const links = wanted.filter((_, k) => stats[k]?.isSymbolicLink());
    const [blobs, linkBlobs] = await Promise.all([
      git.hashFiles(regular.map((i) => this.paths[i])),
      Promise.all(links.map(async (i) => git.hashContent(await readlink(path5.join(repoRoot, this.paths[i])))))
    ]);
    const modeOf = new Map(wanted.map((i, k) => [i, stats[k]?.mode ?? 0]));
    regular.forEach((i, k) => {
      this.files[i] = { path: this.paths[i], mode: modeOf.get(i) & 64 ? "100755" : "100644", blob: blobs[k] };
    });
    links.forEach((i, k) => {
      this.files[i] = { path: this.paths[i], mode: "120000", blob: linkBlobs[k] };
    });
    this.unreadable += wanted.length - regular.length - links.length;
  }
};
function mergeIntervals(intervals) {
  const sorted = intervals.filter(([lo, hi]) => hi > lo).sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [lo, hi] of sorted) {
    const last = merged.at(-1);
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  return merged;
}
function subtract(interval, hole) {
  const [lo, hi] = interval;
  const [a, b] = [Math.max(lo, hole[0]), Math.min(hi, hole[1])];
  if (a >= b) return [interval];
  return [[lo, a], [b, hi]].filter(([x, y]) => y > x);
}
function lowerBound(sorted, key) {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/detect/fingerprint.ts
var BUILDER_VERSION = "4";
function digestFiles(files) {
  const hash = sha256();
  let chunk = "";
  for (const file of files) {
    chunk += `${file.mode} ${file.blob} ${file.path}\0`;
    if (chunk.length > 65536) {
      hash.update(chunk);
      chunk = "";
    }
  }
  return hash.update(chunk).digest("hex");
}
function fingerprint(layer, parts) {
  const hash = sha256();
  hash.update(`lambda-layers-action builder ${BUILDER_VERSION}
`);
  hash.update(`config ${JSON.stringify(normalizedLayer(layer))}
`);
  hash.update(`files ${parts.own}
`);
  const byName = ([a], [b]) => a < b ? -1 : 1;
  for (const [dir, digest] of [...parts.packages].sort(byName)) hash.update(`package ${dir} ${digest}
`);
  for (const [name, digest] of [...parts.lockfile].sort(byName)) hash.update(`lock ${name} ${digest}
`);
  return hash.digest("hex");
}
function lockfileNames(lockfile) {
  return [...new Set(lockfile.filter((e) => !e.link).map((e) => `${e.name}@${e.version ?? "?"}`))].sort();
}
var ID_BYTES = 16;
var ID_WORDS = ID_BYTES / 4;
function closureDigests(closures) {
  const indexOf = /* @__PURE__ */ new Map();
  const indexOfId = /* @__PURE__ */ new Map();
  const ids = [];
  const indexed = closures.map((closure) => {
    const indices = new Int32Array(closure.length);
    let n = 0;
    for (const e of closure) {
      if (e.link) continue;
      let index = indexOf.get(e);
      if (index === void 0) {
        const id = packageId(e);
        index = indexOfId.get(id);
        if (index === void 0) indexOfId.set(id, index = ids.push(id) - 1);
        indexOf.set(e, index);
      }
      indices[n++] = index;
    }
    return indices.subarray(0, n);
  });
  return idSetDigests(ids, indexed);
}
function idSetDigests(ids, closures) {
  const order = ids.map((_, index) => index).sort((a, b) => ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0);
  const rank = new Int32Array(ids.length);
  order.forEach((index, i) => rank[index] = i);
  const idDigests = new Uint32Array(ids.length * ID_WORDS);
  const digestBytes = new Uint8Array(idDigests.buffer);
  order.forEach((index, i) => sha256Of(ids[index]).copy(digestBytes, i * ID_BYTES, 0, ID_BYTES));
  const words = new Uint32Array(idDigests.length);
  const held = new Uint8Array(ids.length);
  return closures.map((closure) => {
    const ranks = ascending(closure.map((index) => rank[index]), held);
    let length = 0;
    for (let i = 0; i < ranks.length; i++) {
      for (let w = ranks[i] * ID_WORDS, end = w + ID_WORDS; w < end; w++) words[length++] = idDigests[w];
    }
    return sha256().update(words.subarray(0, length)).digest("hex");
  });
}
function graphDigests(graph, closures) {
  const components = stronglyConnected(graph, closures.flat(), (members, dependsOn) => {
    const ids = [...new Set(members.map((node) => graph.id(node)).filter((id) => id !== void 0))].sort();
    return sha256Hex(`${ids.join("\n")}\0${dependsOn.sort().join("")}`).slice(0, 32);
  });
  return closures.map((starts) => sha256Hex([...new Set(starts.map(components))].sort().join("")));
}
function stronglyConnected(graph, roots, make) {
  const order = new Int32Array(graph.size).fill(-1);
  const low = new Int32Array(graph.size);
  const component = new Int32Array(graph.size).fill(-1);
  const values = [];
  const open = [];
  let visited = 0;
  const finish = (root) => {
    const members = open.splice(open.lastIndexOf(root));
    const index = values.length;
    for (const member of members) component[member] = index;
    const dependsOn = /* @__PURE__ */ new Set();
    for (const member of members) for (const to of graph.edges(member)) if (component[to] !== index) dependsOn.add(component[to]);
    values.push(make(members, [...dependsOn].map((c) => values[c])));
  };
  const walk = (root) => {
    const path9 = [root];
    const next = [0];
    order[root] = low[root] = visited++;
    open.push(root);
    while (path9.length > 0) {
      const node = path9[path9.length - 1];
      const edges = graph.edges(node);
      const i = next[next.length - 1]++;
      if (i < edges.length) {
        const to = edges[i];
        if (order[to] < 0) {
          order[to] = low[to] = visited++;
          open.push(to);
          path9.push(to);
          next.push(0);
        } else if (component[to] < 0) {
          low[node] = Math.min(low[node], order[to]);
        }
      } else {
        path9.pop();
        next.pop();
        if (path9.length > 0) low[path9[path9.length - 1]] = Math.min(low[path9[path9.length - 1]], low[node]);
        if (low[node] === order[node]) finish(node);
      }
    }
  };
  for (const root of roots) if (order[root] < 0) walk(root);
  return (node) => values[component[node]];
}

// src/detect/lockfiles/gemfile.ts
var GEMFILE_LOCK = "Gemfile.lock";
var gemfile = {
  files: [GEMFILE_LOCK],
  parse: parseGemfileLock,
  closure: (lock) => gemClosure(lock)
};
function parseGemfileLock(text) {
  const lock = { specs: [], dependencies: [], checksums: /* @__PURE__ */ new Map() };
  let section = "";
  let source = { remote: "", revision: "" };
  let current;
  for (const line of text.replace(/\r\n/g, "\n").split("\n")) {
    if (/^\S/.test(line)) {
      section = line.trim();
      source = { remote: "", revision: "" };
      current = void 0;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const item = /^([^\s(]+)(?: \(([^)]*)\))?(?: (\S+))?$/.exec(line.trim());
    if (["GEM", "GIT", "PATH"].includes(section)) {
      const option = /^(remote|revision): (.*)$/.exec(line.trim());
      if (indent === 2 && option) source = { ...source, [option[1]]: option[2] };
      else if (indent === 4 && item) {
        const where = section === "GEM" ? source.remote : `${section.toLowerCase()} ${source.remote}${source.revision ? `#${source.revision}` : ""}`;
        lock.specs.push(current = { name: item[1], version: item[2] ?? "", source: where, dependencies: [] });
      } else if (indent === 6 && item && current) current.dependencies.push(item[1]);
    } else if (section === "DEPENDENCIES" && indent === 2 && item) {
      lock.dependencies.push(item[1].replace(/!$/, ""));
    } else if (section === "CHECKSUMS" && indent === 2 && item && item[2]) {
      lock.checksums.set(`${item[1]}@${item[2]}`, item[3] ?? "");
    }
  }
  return lock;
}
function gemClosure(lock) {
  const byName = /* @__PURE__ */ new Map();
  for (const spec of lock.specs) byName.set(spec.name, [...byName.get(spec.name) ?? [], spec]);
  const seen = /* @__PURE__ */ new Set();
  const queue = [...lock.dependencies];
  while (queue.length > 0) {
    const name = queue.pop();
    if (seen.has(name)) continue;
    seen.add(name);
    for (const spec of byName.get(name) ?? []) queue.push(...spec.dependencies);
  }
  return lock.specs.filter((spec) => seen.has(spec.name)).map((spec) => ({
    path: `${spec.name}@${spec.version}`,
    name: spec.name,
    version: spec.version,
    resolved: spec.source,
    integrity: lock.checksums.get(`${spec.name}@${spec.version}`) || void 0
  })).sort(byPath);
}
function gemChanges(before, now) {
  return diffClosures(before === void 0 ? [] : gemClosure(parseGemfileLock(before)), now);
}

// src/detect/detect.ts
var NO_BASE_REASON = "no base commit";
function listTree(git, fingerprints = true) {
  const status = git.status();
  const listing = { head: status.then((s) => s.head), entries: fingerprints ? git.lsFilesStage() : void 0, status };
  for (const pending of Object.values(listing)) pending?.catch(() => void 0);
  return listing;
}
async function readDependencies(repoRoot, config, log) {
  const [graph, lock] = await Promise.all([readWorkspaces(repoRoot), readLockfile(repoRoot, log)]);
  const links = lock?.data ? workspaceLinks(lock.data) : void 0;
  const buildReads = /* @__PURE__ */ new Map();
  const configHolders = /* @__PURE__ */ new Map();
  const toolsOf = hoistedTools(lock?.data, graph);
  const texts = /* @__PURE__ */ new Map();
  const readOnce = (file) => {
    if (!texts.has(file)) texts.set(file, readText(repoRoot, file));
    return texts.get(file);
  };
  const layers = [];
  for (const layer of config.layers) {
    if (layers.length % 16 === 15) await setImmediate();
    layers.push(layerDependencies(repoRoot, layer, { graph, lock, links, buildReads, configHolders, readOnce, toolsOf }));
  }
  return { graph, lock, layers };
}
function mayHaveChanged(file, committed, status) {
  return [committed, status.staged, status.modified, status.deleted, status.untracked].some((list) => list.includes(file));
}
async function detectChanges(opts) {
  const { repoRoot, config, git, base, log } = opts;
  const fingerprinted = opts.fingerprints ?? true;
  const listing = opts.listing ?? listTree(git, fingerprinted);
  const gitSays = Promise.all([listing.entries, listing.status, listing.committed ?? (base.sha ? git.diffNames(base.sha, "HEAD") : void 0)]);
  gitSays.catch(() => void 0);
  const { layers: dependencies, lock, graph } = await (opts.dependencies ?? readDependencies(repoRoot, config, log));
  const shared = { packages: /* @__PURE__ */ new Map(), matchers: /* @__PURE__ */ new Map() };
  const rules = dependencies.map((deps) => layerRules(deps, shared));
  const [indexEntries, status, committed] = await gitSays;
  const baseLock = lock?.data && base.sha && mayHaveChanged(lock.file, committed, status) ? git.show(base.sha, lock.file) : void 0;
  baseLock?.catch(() => void 0);
  const inputs = fingerprinted ? await fingerprintLayers(rules, lock?.data, new FileIndex(indexEntries, status), git, repoRoot) : void 0;
  const dirty2 = differsFromHead(status);
  const uncommitted = new Map(rules.map((r) => [r.layer.key, dirty2.filter((p) => r.owns(p) || r.packagesOwn(p))]));
  const reasons = /* @__PURE__ */ new Map();
  if (!base.sha) {
    for (const layer of config.layers) reasons.set(layer.key, { ...emptyReasons(), other: [NO_BASE_REASON] });
    return { inputs, uncommitted, reasons, lockfile: lock };
  }
  const untracked = status.untracked.filter(outsideNodeModules);
  const changed = [.../* @__PURE__ */ new Set([...committed, ...status.staged, ...status.modified, ...status.deleted, ...untracked])].sort();
  const packageChanged = /* @__PURE__ */ new Map();
  const changedIn = ({ key, dir, owns }) => {
    let found = packageChanged.get(key);
    if (found === void 0) packageChanged.set(key, found = changed.some((c) => c.startsWith(`${dir}/`) && owns(c)));
    return found;
  };
  const lockChanges = baseLock && changed.includes(lock.file) ? await lockfileChanges(baseLock, lock, rules, graph, log) : void 0;
  for (const rule of rules) {
    const { layer } = rule;
    const baseLayer = opts.baseConfig?.layers.find((l) => l.key === layer.key);
    const gemLock = layer.type === "ruby" ? `${layer.path}/${GEMFILE_LOCK}` : void 0;
    const gems = gemLock && changed.includes(gemLock) ? gemChanges(await git.show(base.sha, gemLock), lockfileOf(rule)) : [];
    reasons.set(layer.key, {
      files: changed.filter(rule.owns).filter((file) => gems.length === 0 || file !== gemLock),
      packages: rule.packages.filter((p) => changedIn(rule.packageRules.get(p.dir))).map((p) => p.name),
      lockfile: lockChanges?.get(layer.key) ?? gems,
      config: changedKeys(baseLayer, layer),
      other: []
    });
  }
  return { inputs, uncommitted, reasons, lockfile: lock };
}
async function fingerprintLayers(rules, lock, tree, git, repoRoot) {
  optimizeFromHere();
  const packageFiles = /* @__PURE__ */ new Map();
  const configFiles = /* @__PURE__ */ new Map();
  const scopes = rules.map((rule) => locate(rule, tree, packageFiles, configFiles));
  await tree.hashWorkingFiles(git, repoRoot, scopes.flatMap((s) => s.intervals));
  const packageDigests = /* @__PURE__ */ new Map();
  const packageDigest = (key) => {
    let digest = packageDigests.get(key);
    if (digest === void 0) packageDigests.set(key, digest = digestFiles(tree.select(packageFiles.get(key))));
    return digest;
  };
  const digests = digestClosures([...new Map(rules.flatMap((r) => r.closures()).map((c) => [c.name, c])).values()], lock);
  const inputs = /* @__PURE__ */ new Map();
  for (const { rule, own, intervals } of scopes) {
    let files;
    let names;
    inputs.set(rule.layer.key, {
      key: rule.layer.key,
      fingerprint: fingerprint(rule.layer, {
        own: digestFiles(tree.select(own)),
        packages: rule.packages.map((p) => [p.dir, packageDigest(rule.packageRules.get(p.dir).key)]),
        lockfile: rule.closures().map((c) => [c.name, digests.get(c.name)])
      }),
      // Thousands of paths (and lockfile entries) per layer in a big monorepo, rarely read: listed on first use.
      get files() {
        return files ??= tree.pathsOf(intervals);
      },
      packages: rule.packages.map((p) => p.name),
      get lockfile() {
        return names ??= lockfileNames(rule.closures().flatMap((c) => c.entries));
      }
    });
  }
  return inputs;
}
function digestClosures(closures, lock) {
  const digests = /* @__PURE__ */ new Map();
  const graph = closureGraph(lock);
  const started = graph ? closures.filter((c) => c.start) : [];
  if (graph) graphDigests(graph, started.map((c) => graph.starts(...c.start))).forEach((digest, i) => digests.set(started[i].name, digest));
  const listed = closures.filter((c) => !digests.has(c.name));
  closureDigests(listed.map((c) => c.entries)).forEach((digest, i) => digests.set(listed[i].name, digest));
  return digests;
}
function differsFromHead(status) {
  const untracked = status.untracked.filter((p) => outsideNodeModules(p) && !p.endsWith("/"));
  return [.../* @__PURE__ */ new Set([...status.staged, ...status.modified, ...status.deleted, ...untracked])].sort();
}
function emptyReasons() {
  return { files: [], packages: [], lockfile: [], config: [], other: [] };
}
function layerDependencies(repoRoot, layer, { graph, lock, links, buildReads, configHolders, readOnce, toolsOf }) {
  const none = { layer, packages: [], roles: /* @__PURE__ */ new Map(), built: [], closures: () => [], tools: () => [], extraFiles: [], ownPaths: [], configFolders: [] };
  const read = (file) => readText(repoRoot, file);
  if (layer.type === "ruby") {
    const lockText = read(`${layer.path}/${GEMFILE_LOCK}`);
    const closures2 = once(() => [{ name: `gems ${layer.path}`, entries: lockText === void 0 ? [] : gemfile.closure(gemfile.parse(lockText)) }]);
    const inFiles = globMatcher(RUBY_FILES, { dot: true });
    return { ...none, closures: closures2, ownRule: gemfileReadsFiles(read(`${layer.path}/Gemfile`) ?? "") ? void 0 : inFiles };
  }
  if (layer.type === "python") {
    const { files, local } = pythonInputs(layer.path, read);
    return { ...none, ownRule: () => false, ownPaths: [...files, ...local] };
  }
  if (layer.type !== "nodejs") return none;
  const manifest = packageAt(graph, layer.path)?.manifest ?? readJson(repoRoot, `${layer.path}/package.json`);
  const byName = new Map(workspaceDependencies(graph, manifest).map((p) => [p.name, p]));
  for (const dir of lock?.data ? linkedFolders(lock.data, layer.path, graph, links) : []) {
    const pkg = packageAt(graph, dir);
    if (pkg && pkg.dir !== layer.path) byName.set(pkg.name, pkg);
  }
  const roles = /* @__PURE__ */ new Map();
  for (const pkg of byName.values()) roles.set(pkg.dir, { shipped: true, built: false, scripts: layer.allowScripts.includes(pkg.name) });
  const visit = (pkg) => {
    for (const dependency of buildDependencies(graph, pkg)) {
      const role = roles.get(dependency.dir) ?? { shipped: false, built: false, scripts: false };
      if (role.built) continue;
      byName.set(dependency.name, dependency);
      roles.set(dependency.dir, { ...role, built: true });
      visit(dependency);
    }
  };
  for (const pkg of [...byName.values()]) {
    if (typeof pkg.manifest.scripts?.build !== "string") continue;
    roles.set(pkg.dir, { ...roles.get(pkg.dir), built: true });
    visit(pkg);
  }
  const packages = [...byName.values()].sort((a, b) => a.name < b.name ? -1 : 1);
  const builtPackages = packages.filter((p) => roles.get(p.dir).built);
  const built = builtPackages.map((p) => p.dir);
  const tools = once(() => toolsOf(builtPackages));
  const closures = once(() => lock?.data ? layerClosures(lock.data, layer.path, built, graph, tools()) : []);
  const holdsConfig = (folder) => {
    let holds = configHolders.get(folder);
    if (holds === void 0) configHolders.set(folder, holds = manifestHoldsConfig(read(path6.posix.join(folder, "package.json"))));
    return holds;
  };
  const readsOutside = (pkg) => {
    let paths = buildReads.get(pkg.dir);
    if (!paths) {
      const workspaceDir = (name) => graph.packages.get(name)?.dir;
      paths = [...tsconfigReads(pkg.dir, namesIn(path6.join(repoRoot, pkg.dir)), readOnce, workspaceDir), ...scriptPaths(pkg.dir, pkg.manifest.scripts)];
      buildReads.set(pkg.dir, paths);
    }
    return paths;
  };
  const parsedLock = lock?.data ? lock.file : void 0;
  const configFolders = foldersAbove(built);
  const ownPaths = [
    ...projectSettings(layer.path).filter((file) => file !== parsedLock),
    .../* @__PURE__ */ new Set([
      ...pathDependencies(layer.path, manifest).production,
      ...installedFolders(repoRoot, packages, roles, graph),
      ...builtPackages.flatMap(readsOutside),
      ...configFolders.filter(holdsConfig).map((folder) => path6.posix.join(folder, "package.json"))
    ])
  ];
  const ownRule = (rel) => rel === "package.json" || NODE_SETTINGS.includes(rel) || NODE_SETTING_FOLDERS.some((dir) => rel.startsWith(`${dir}/`));
  return { layer, packages, roles, built, closures, tools, extraFiles: lock && !lock.data ? [lock.file] : [], ownPaths, configFolders, ownRule };
}
function linkedFolders(lock, dir, graph, links) {
  if (!links) return packageClosure(lock, dir, { workspaces: graph }).flatMap((e) => e.link ? [e.path] : []);
  const found = /* @__PURE__ */ new Set();
  const queue = [dir === "." ? "" : dir];
  for (let next = 0; next < queue.length; next++) {
    for (const folder of links.get(queue[next]) ?? []) if (!found.has(folder)) found.add(folder), queue.push(folder);
  }
  return [...found];
}
function closureStarts(layerPath, built) {
  const builds = built.map((dir) => [dir, true]);
  return [[layerPath, false], ...builds, ...built.length > 0 && !built.includes(".") ? [[".", true]] : []];
}
function layerClosures(lock, layerPath, built, graph, tools) {
  const installed = closureStarts(layerPath, built).flatMap((start) => {
    const [dir, includeDev] = start;
    const entries = once(() => packageClosure(lock, dir, { includeDev, workspaces: graph }));
    if (dir === "." && includeDev && entries().length === 0) return [];
    return [{ name: `${includeDev ? "build" : "production"} ${dir}`, start, get entries() {
      return entries();
    } }];
  });
  const programs = tools.length > 0 ? hoistedPrograms(lock) : void 0;
  const run = tools.flatMap((program) => {
    const name = programs?.get(program);
    return name === void 0 ? [] : [{ name: `program ${program}`, entries: hoistedPackage(lock, name) }];
  });
  return [...installed, ...run];
}
function hoistedTools(lock, graph) {
  const found = /* @__PURE__ */ new Map();
  return (built) => {
    const programs = hoistedPrograms(lock);
    if (!programs?.size) return [];
    const toolsOf = (pkg) => {
      let tools = found.get(pkg.dir);
      if (!tools) {
        const hoisted = (program) => {
          const name = programs.get(program);
          return name !== void 0 && !declares(pkg.manifest, name) && !declares(graph.root, name);
        };
        found.set(pkg.dir, tools = scriptPrograms(pkg.manifest.scripts).filter(hoisted));
      }
      return tools;
    };
    return [...new Set(built.flatMap(toolsOf))];
  };
}
function lockfileOf(deps) {
  return unionOfClosures(deps.closures().map((c) => c.entries));
}
function once(make) {
  let made;
  return () => (made ??= { value: make() }).value;
}
function projectSettings(layerPath) {
  return foldersAbove([layerPath]).flatMap((dir) => [...NODE_SETTINGS, ...NODE_SETTING_FOLDERS].map((name) => path6.posix.join(dir, name)));
}
function installedFolders(repoRoot, packages, roles, graph) {
  const found = /* @__PURE__ */ new Set();
  const add = (folders) => {
    for (const folder of folders) {
      if (found.has(folder) || packageAt(graph, folder)) continue;
      found.add(folder);
      add(pathDependencies(folder, readManifest(repoRoot, folder)).production);
    }
  };
  for (const pkg of packages) {
    const named = pathDependencies(pkg.dir, pkg.manifest);
    add(roles.get(pkg.dir).built ? named.all : named.production);
  }
  return [...found];
}
function namesIn(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
function readManifest(repoRoot, dir) {
  try {
    return readJson(repoRoot, `${dir}/package.json`);
  } catch {
    return void 0;
  }
}
function layerRules(deps, shared) {
  const { layer, packages, extraFiles, ownPaths, ownRule, roles } = deps;
  const prefix = layer.path === "." || layer.path === "" ? "" : `${layer.path}/`;
  const outputDir = layer.output ? path6.posix.normalize(layer.output) : ".";
  const output = outputDir === "." ? void 0 : `${prefix}${outputDir}`;
  const outputPrefix = output && `${output}/`;
  const excluded = layer.exclude.length > 0 ? globMatcher(layer.exclude, { dot: true }) : () => false;
  const extra = [...ownPaths, ...layer.inputs, ...extraFiles];
  const matchers = extra.map((pattern) => {
    let match = shared.matchers.get(pattern);
    if (!match) {
      const folder = `${pattern}/`;
      match = import_picomatch2.default.scan(pattern).isGlob ? globMatcher(pattern, { dot: true }) : (p) => p === pattern || p.startsWith(folder);
      shared.matchers.set(pattern, match);
    }
    return match;
  });
  const excludeKey = JSON.stringify(layer.exclude);
  const packageRules = new Map(
    packages.map((p) => {
      const role = roles.get(p.dir);
      const key = `${p.dir}\0${+role.shipped}${+role.built}${+role.scripts}\0${excludeKey}`;
      let rule = shared.packages.get(key);
      if (!rule) {
        const packs = once(() => packageRule(p.manifest, role));
        shared.packages.set(key, rule = { key, dir: p.dir, owns: (file) => !excluded(file) && packs()(file.slice(p.dir.length + 1)) });
      }
      return [p.dir, rule];
    })
  );
  const owned = [...packageRules.values()];
  const configFolders = new Set(deps.configFolders);
  return {
    ...deps,
    packageRules,
    folder: { path: layer.path, output },
    extra,
    excluded,
    owns: (p) => !excluded(p) && (p.startsWith(prefix) && !(outputPrefix && p.startsWith(outputPrefix)) && (!ownRule || ownRule(p.slice(prefix.length))) || matchers.some((match) => match(p)) || isToolConfig(configFolders, p)),
    packagesOwn: (p) => owned.some((rule) => p.startsWith(`${rule.dir}/`) && rule.owns(p))
  };
}
function locate(rule, tree, packageFiles, configFiles) {
  const { folder, ownRule, excluded, extra } = rule;
  const prefix = folder.path === "." || folder.path === "" ? "" : `${folder.path}/`;
  const kept = (intervals) => rule.layer.exclude.length > 0 ? tree.filter(intervals, (p) => !excluded(p)) : intervals;
  const files = folder.output ? subtract(tree.folder(folder.path), tree.folder(folder.output)) : [tree.folder(folder.path)];
  const own = kept(
    mergeIntervals([
      ...ownRule ? tree.filter(files, (p) => ownRule(p.slice(prefix.length))) : files,
      ...extra.flatMap((pattern) => tree.glob(pattern)),
      ...rule.configFolders.flatMap((folder2) => {
        let located = configFiles.get(folder2);
        if (!located) configFiles.set(folder2, located = TOOL_CONFIGS.flatMap((name) => tree.glob(path6.posix.join(folder2, name))));
        return located;
      })
    ])
  );
  const packages = [...rule.packageRules.values()].map(({ key, dir, owns }) => {
    let located = packageFiles.get(key);
    if (!located) packageFiles.set(key, located = tree.filter([tree.folder(dir)], owns));
    return located;
  });
  return { rule, own, intervals: mergeIntervals([...own, ...packages.flat()]) };
}
async function readLockfile(repoRoot, log) {
  const file = LOCKFILES.find((name) => existsSync2(path6.join(repoRoot, name)));
  if (!file) return void 0;
  if (!file.endsWith(".json")) optimizeFromHere();
  try {
    const data = await parseLockfile(file, readFileSync3(path6.join(repoRoot, file), "utf8"));
    assertLockfile(data);
    return { file, data };
  } catch (error) {
    log.warning(`${error.message}. Every nodejs layer depends on the whole ${file} until it can be read.`, { file });
    return { file, data: void 0 };
  }
}
async function lockfileChanges(atBase, lock, rules, graph, log) {
  const result = /* @__PURE__ */ new Map();
  const nodeScopes = rules.filter((s) => s.layer.type === "nodejs");
  let before;
  try {
    const text = await atBase;
    if (text !== void 0) assertLockfile(before = await parseLockfile(lock.file, text));
  } catch (error) {
    const why = `${lock.file} changed (at the base: ${error.message})`;
    log.warning(`${why}: every nodejs layer is marked as changed.`);
    for (const scope of nodeScopes) result.set(scope.layer.key, [why]);
    return result;
  }
  const touched = before === void 0 ? void 0 : touchedKeys(before, lock.data);
  const reaches = touched && closureTouched(lock.data, touched);
  const sameWalks = touched && closuresAtBase(before, lock.data, touched);
  const namesakes = sameWalks && touchedNamesakes(lock.data, touched);
  for (const scope of nodeScopes) {
    const { layer, built } = scope;
    const tools = scope.tools();
    const starts = closureStarts(layer.path, built);
    const walked = tools.length === 0;
    if (walked && reaches && !starts.some(([dir, includeDev]) => reaches(dir, includeDev))) {
      result.set(layer.key, []);
      continue;
    }
    const now = walked && namesakes ? unionOfClosures(starts.map(([dir, includeDev]) => namesakes(dir, includeDev))) : lockfileOf(scope);
    const old = before === void 0 ? [] : (walked ? sameWalks?.(now) : void 0) ?? unionOfClosures(layerClosures(before, layer.path, built, graph, tools).map((c) => c.entries));
    result.set(layer.key, diffClosures(old, now));
  }
  return result;
}

// src/log-groups.ts
function bufferedLogger() {
  const lines = [];
  const keep = (level) => (message, where) => void lines.push({ level, message, where });
  return {
    debug: keep("debug"),
    info: keep("info"),
    notice: keep("notice"),
    warning: keep("warning"),
    error: keep("error"),
    group: headingGroup((message) => lines.push({ level: "info", message })),
    replay(target) {
      for (const { level, message, where } of lines) {
        if (level === "warning" || level === "error") target[level](message, where);
        else target[level](message);
      }
    }
  };
}
function headingGroup(write) {
  return async (name, fn) => {
    write(`-- ${name}`);
    return fn();
  };
}
function layerGroups(log, live2) {
  let written = Promise.resolve();
  return async function inLogGroup(name, fn) {
    if (live2) return log.group(name, () => fn({ ...log, group: headingGroup((line) => log.info(line)) }));
    const buffer = bufferedLogger();
    try {
      return await fn(buffer);
    } finally {
      const group = written.then(() => log.group(name, async () => buffer.replay(log)));
      written = group.catch(() => void 0);
      await group;
    }
  };
}
var HEARTBEAT_MS = 1e4;
function heartbeat(log, clock) {
  const running = /* @__PURE__ */ new Map();
  const stop = clock.every(HEARTBEAT_MS, () => {
    for (const [name, { phase, since }] of running) {
      log.info(`\u2026 ${name}: ${phase} (${Math.round((clock.now() - since) / 1e3)} s)`);
    }
  });
  return {
    stop,
    async track(name, fn) {
      const state = { phase: "starting", since: clock.now() };
      running.set(name, state);
      try {
        return await fn((phase) => void (state.phase = phase));
      } finally {
        running.delete(name);
      }
    }
  };
}

// src/plan/plan-file.ts
import { mkdir, readFile as readFile2, writeFile } from "node:fs/promises";
import path7 from "node:path";
var FORMAT = "lambda-layers-plan";
var FORMAT_VERSION = 1;
function configHash(config) {
  return sha256().update(JSON.stringify(config)).digest("hex");
}
function savePlan(plan, config, repository) {
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    repository,
    config: { file: config.file, sha256: configHash(config) },
    commit: plan.commit,
    awsConsulted: plan.awsConsulted,
    layers: plan.layers.map((l) => ({
      key: l.key,
      layerName: l.layerName,
      // A plan saved to a file is made with fingerprints (needsFingerprints).
      fingerprint: l.fingerprint,
      regions: l.regions.map((r) => ({ region: r.region, arn: r.arn ?? (r.previousArn && nextVersionArn(r.previousArn)) }))
    })),
    functions: plan.functions.map((f) => ({
      key: f.key,
      name: f.name,
      region: f.region,
      ...f.discovered ? { discovered: true } : {},
      // A function the plan did not read (its read failed, or a layer had no version yet) has no layers to compare.
      ...f.status !== "failed" && f.newLayers.every((arn) => arn.startsWith("arn:")) ? { currentLayers: f.oldLayers } : {},
      newLayers: f.newLayers
    }))
  };
}
function parseSavedPlan(text, file, expected) {
  const refuse = (why, fix) => new Error(`The '${Input.PlanFile}' ${file} is refused: ${why}. ${fix}`);
  const replan = `Run the plan again (mode: plan with ${Input.PlanFile}) on this configuration and deploy with its file.`;
  let saved;
  try {
    saved = JSON.parse(text);
  } catch (error) {
    throw refuse(`it is not JSON (${error.message})`, `Pass the file that plan mode wrote.`);
  }
  if (saved?.format !== FORMAT || !Array.isArray(saved.layers) || !Array.isArray(saved.functions)) {
    throw refuse("it is not a lambda-layers plan file", "Pass the file that plan mode wrote.");
  }
  if (saved.formatVersion !== FORMAT_VERSION) {
    throw refuse(`its format version is ${saved.formatVersion}, this action reads ${FORMAT_VERSION}`, "Plan and deploy with the same version of the action.");
  }
  if (saved.repository && expected.repository && saved.repository !== expected.repository) {
    throw refuse(`it was made for repository ${saved.repository}, this is ${expected.repository}`, replan);
  }
  if (saved.config?.sha256 !== configHash(expected.config)) {
    throw refuse(
      `it was made from another configuration (${saved.config?.file ?? "unknown file"}) than ${expected.config.file} here, with the '${Input.Layers}' and '${Input.Regions}' inputs applied`,
      replan
    );
  }
  if (!saved.awsConsulted) {
    throw refuse("it was made without AWS credentials, so it read no function and no published version", `${replan} With AWS credentials.`);
  }
  return saved;
}
function assertLayersAsPlanned(saved, fingerprints) {
  const drift = saved.layers.flatMap((l) => {
    const now = fingerprints.get(l.key);
    return now === l.fingerprint ? [] : [`layer ${l.key}: fingerprint ${l.fingerprint} in the plan, ${now ?? "none"} now`];
  });
  if (drift.length === 0) return;
  throw new Error(
    `Nothing was changed: the checkout drifted from the saved plan (${Input.PlanFile}):
  ${drift.join("\n  ")}
Deploy the commit that was planned, or plan this one again and deploy with its file.`
  );
}
function functionDrift(saved, name, region) {
  const planned = saved.functions.find((f) => f.name === name && f.region === region);
  const list = (arns) => arns.map(shortLayer).join(", ") || "(none)";
  return (current) => {
    if (!planned) return "drifted: it is not in the saved plan; plan again to include it.";
    if (!planned.currentLayers || sameLayers(planned.currentLayers, current)) return void 0;
    return `drifted: its layers were ${list(planned.currentLayers)} in the saved plan and are ${list(current)} now; plan again.`;
  };
}
async function writeSavedPlan(file, saved) {
  await mkdir(path7.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(saved, null, 2)}
`);
}
async function readSavedPlan(file, expected) {
  let text;
  try {
    text = await readFile2(file, "utf8");
  } catch (error) {
    throw new Error(
      `The '${Input.PlanFile}' ${file} could not be read (${error.code ?? error.message}). Download the plan artifact (actions/download-artifact) before this step.`
    );
  }
  return parseSavedPlan(text, file, expected);
}

// src/plan/functions.ts
function functionScope(config, layers, discovered = []) {
  const inRun = new Set(layers.map((l) => l.key));
  const using = config.functions.filter((fn) => fn.layers.some((key) => inRun.has(key)));
  const partial = using.filter((fn) => !fn.layers.every((key) => inRun.has(key)));
  const functions = [...using.filter((fn) => !partial.includes(fn)), ...discovered];
  return { pairs: functions.flatMap((fn) => fn.regions.map((region) => ({ fn, region }))), partial };
}
function versionFor(layer, region, mode) {
  const state = layer.regions.find((r) => r.region === region);
  if (!state || state.arn || mode === "deploy") return state?.arn;
  return state.previousArn ? nextVersionArn(state.previousArn) : pendingVersion(layer.layerName);
}
function deployTargets(scope, config, layers, mode, saved) {
  const byKey = new Map(layers.map((l) => [l.key, l]));
  const targets = [];
  const unresolved = [];
  for (const { fn, region } of scope.pairs) {
    const missing = fn.layers.filter((key) => !versionFor(byKey.get(key), region, mode));
    if (missing.length > 0) {
      unresolved.push(unresolvedFunction(fn, region, missing, byKey));
      continue;
    }
    const desired = fn.layers.map((key) => {
      const layer = config.layers.find((l) => l.key === key);
      return { key, layerName: layer.layerName, arn: versionFor(byKey.get(key), region, mode), architectures: layer.architectures, type: layer.type };
    });
    targets.push({ fn, region, desired, ...saved ? { check: functionDrift(saved, fn.name, region) } : {} });
  }
  return { targets, unresolved };
}
function unresolvedFunction(fn, region, missing, byKey) {
  const why = missing.map(
    (key) => byKey.get(key).regions.some((r) => r.region === region) ? `${key} has no published version for this commit` : `${key} is not published in ${region} (add ${region} to its regions)`
  );
  return { key: fn.key, name: fn.name, region, status: "failed", oldLayers: [], newLayers: [], error: `not deployed: ${why.join("; ")}.` };
}
function previewWithoutArns(scope, layers) {
  const byKey = new Map(layers.map((l) => [l.key, l]));
  return scope.pairs.flatMap(({ fn, region }) => {
    const changed = fn.layers.filter((key) => byKey.get(key).status !== "no-change");
    if (changed.length === 0) return [];
    return [{
      key: fn.key,
      name: fn.name,
      region,
      status: "would-update",
      oldLayers: [],
      newLayers: changed.map((key) => pendingVersion(byKey.get(key).layerName))
    }];
  });
}

// src/report/uncommitted.ts
var LISTED = 10;
function uncommittedLayers(layers) {
  const dirty2 = layers.filter((l) => l.uncommitted && l.uncommitted.length > 0);
  if (dirty2.length === 0) return void 0;
  return dirty2.map(({ key, uncommitted: files = [] }) => {
    const more = files.length > LISTED ? ` +${files.length - LISTED} more` : "";
    return `${key} (${files.slice(0, LISTED).join(", ")}${more})`;
  }).join("; ");
}

// src/plan/layers.ts
function scoped(config, inputs) {
  const known = new Set(config.layers.map((l) => l.key));
  const unknown = inputs.layers.filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new InputError(Input.Layers, unknown.join(", "), `layer keys from ${config.file}: ${[...known].join(", ")}`);
  }
  const regions = (own) => inputs.regions.length > 0 ? inputs.regions : own;
  const layers = config.layers.filter((l) => inputs.layers.length === 0 || inputs.layers.includes(l.key)).map((l) => ({ ...l, regions: regions(l.regions) }));
  return { ...config, layers, functions: config.functions.map((f) => ({ ...f, regions: regions(f.regions) })) };
}
function uncommittedInputs(config, headConfig, files) {
  return new Map(
    config.layers.map((layer) => {
      const edited = changedKeys(headConfig?.layers.find((l) => l.key === layer.key), layer).length > 0;
      return [layer.key, edited ? [...files(layer.key), config.file].sort() : files(layer.key)];
    })
  );
}
function uncommittedRefusal(mode, refuse, uncommitted) {
  const dirty2 = refuse && mode !== "plan" && uncommittedLayers([...uncommitted].map(([key, files]) => ({ key, uncommitted: files })));
  if (!dirty2) return void 0;
  return `Uncommitted changes in the inputs of ${dirty2}. A version built from them could name no commit that holds them. Commit them and run again, or pass --allow-dirty to ${mode} them as they are (labelled 'uncommitted').`;
}
function needsFingerprints(mode, planFile, mayUseAws) {
  return mode !== "plan" || Boolean(planFile) || mayUseAws;
}
function decideLayer({ layer, fingerprint: fingerprint2, reasons, lookups, force, uncommitted }, mode) {
  const regions = layer.regions.map((region, i) => regionState(region, lookups?.[i], force, reasons));
  const other = [...reasons.other];
  if (force) other.push(`the '${Input.Force}' input is true`);
  else if (lookups && fingerprint2 && regions.some((r) => r.status === "changed") && isEmpty(reasons)) {
    other.push(`no published version carries fingerprint ${fingerprint2.slice(0, 12)}`);
  }
  const plan = {
    key: layer.key,
    layerName: layer.layerName,
    type: layer.type,
    status: summarize(regions),
    ...fingerprint2 ? { fingerprint: fingerprint2 } : {},
    reasons: { ...reasons, other },
    regions,
    ...uncommitted.length > 0 ? { uncommitted } : {}
  };
  if (mode === "plan" && layer.shareWith.length > 0) {
    for (const state of regions) if (state.status === "changed") state.missingGrants = [...layer.shareWith];
  }
  return plan;
}
function buildsLayer(plan, mode) {
  return plan.status === "changed" && mode !== "plan";
}
function regionState(region, lookup, force, reasons) {
  const changed = force || (lookup ? !lookup.match : !isEmpty(reasons));
  return {
    region,
    // From git alone, no change since the base says nothing of what is published.
    status: changed ? "changed" : lookup ? "unchanged" : "no-change",
    previousArn: lookup?.latest?.arn,
    arn: changed ? void 0 : lookup?.match?.arn ?? lookup?.latest?.arn,
    ...!changed && lookup?.match?.recorded ? { sameZip: true } : {}
  };
}
function summarize(regions) {
  const order = ["failed", "changed", "published", "reused", "unchanged", "no-change"];
  return order.find((status) => regions.some((r) => r.status === status)) ?? "unchanged";
}
function isEmpty(reasons) {
  return Object.values(reasons).every((list) => list.length === 0);
}

// src/pipeline.ts
var WORK_PREFIX = "lambda-layers-";
async function runPipeline(request, available) {
  const { inputs, repoRoot } = request;
  const { git, log } = available;
  const mayUseAws = mayHaveCredentials();
  const fingerprints = needsFingerprints(request.mode, inputs.planFile, mayUseAws);
  const listing = listTree(git, fingerprints);
  const loaded = await loadConfig(repoRoot, inputs.config, log);
  const config = scoped(loaded, inputs);
  const basePromise = resolveBase(git, request.event, inputs.baseRef, log, listing.head);
  basePromise.catch(() => void 0);
  const dependencies = readDependencies(repoRoot, config, log);
  dependencies.catch(() => void 0);
  const firstRegion = config.layers[0]?.regions[0] ?? config.regions[0];
  const credentials = firstRegion && mayUseAws ? credentialedAws(available.aws, firstRegion) : Promise.resolve(void 0);
  const { base, committed } = await basePromise;
  log.info(base.sha ? `Comparing with ${base.sha.slice(0, 12)} (${base.source}).` : `No base commit (${base.source}).`);
  if (base.note) log.notice(base.note);
  committed?.catch(() => void 0);
  const atBase = base.sha && committed ? configAt(git, base.sha, loaded, repoRoot, committed, listing.status) : void 0;
  const atHead = () => configAt(git, "HEAD", loaded, repoRoot, Promise.resolve([]), listing.status);
  const configFile = repoPath(repoRoot, loaded.file);
  const headAt = atBase ? committed.then((files) => files.includes(configFile) ? atHead() : atBase) : atHead();
  const [baseConfig, commit, headConfig] = await Promise.all([atBase, listing.head.then((sha) => sha ?? git.revParse("HEAD")), headAt]);
  const detection = await detectChanges({ repoRoot, config, baseConfig, git, base, log, listing: { ...listing, committed }, dependencies, fingerprints });
  const uncommitted = uncommittedInputs(config, headConfig, (key) => detection.uncommitted.get(key));
  const refusal = uncommittedRefusal(request.mode, request.refuseUncommitted, uncommitted);
  if (refusal) throw new Error(refusal);
  const planFile = inputs.planFile && path8.resolve(repoRoot, inputs.planFile);
  const saved = planFile && request.mode === "deploy" ? await readSavedPlan(planFile, { config, repository: request.repository }) : void 0;
  if (saved) {
    assertLayersAsPlanned(saved, new Map([...detection.inputs].map(([key, i]) => [key, i.fingerprint])));
    log.info(`Applying the saved plan ${planFile} (made at ${saved.commit.slice(0, 12)}): every layer is as planned.`);
  }
  const deps = { ...available, aws: await credentials };
  if (!deps.aws && request.mode !== "plan") {
    throw new Error(
      request.noCredentials ?? `Mode '${request.mode}' needs AWS credentials, but none were found. Add aws-actions/configure-aws-credentials before this step (with 'permissions: id-token: write' for OIDC), or run with 'mode: plan'.`
    );
  }
  if (!deps.aws) log.notice("No AWS credentials: planning from git alone, without consulting published layer versions.");
  const lookup = deps.aws && (await import("./publish-KBCBF2ZX.js")).createLayerLookup(deps.aws);
  const workspace = runWorkspace(request, available);
  const workspaceBuilds = /* @__PURE__ */ new Map();
  const lockfiles = /* @__PURE__ */ new Map();
  const { lockfile } = detection;
  if (lockfile?.data && lockfile.file.endsWith(".json")) lockfiles.set(lockfile.file, Promise.resolve(lockfile.data));
  try {
    const limit = pLimit(inputs.concurrency);
    const inLogGroup = layerGroups(log, Math.min(inputs.concurrency, config.layers.length) === 1);
    const progress = heartbeat(log, available.clock ?? systemClock);
    const layers = await Promise.all(
      config.layers.map(
        (layer) => limit(
          () => progress.track(
            layer.key,
            (phase) => inLogGroup(
              `Layer ${layer.key}`,
              (layerLog) => processLayer(layer, {
                ...request,
                ...deps,
                log: layerLog,
                phase,
                commit,
                lookup,
                reasons: detection.reasons.get(layer.key),
                fingerprint: detection.inputs?.get(layer.key)?.fingerprint,
                uncommitted: uncommitted.get(layer.key),
                workspace,
                workspaceBuilds,
                lockfiles
              })
            )
          )
        )
      )
    ).finally(progress.stop);
    if (config.ssm && deps.aws) {
      const { syncParameters } = await import("./ssm-HGGPMIJA.js");
      await syncParameters(deps.aws, layers, { prefix: config.ssm.prefix, mode: request.mode, concurrency: inputs.concurrency, log });
    }
    const functions = await reconcileFunctions(config, layers, request, deps, saved);
    const plan = {
      mode: request.mode,
      modeReason: request.modeReason,
      commit,
      base,
      awsConsulted: Boolean(deps.aws),
      layers,
      functions
    };
    if (planFile && request.mode === "plan") {
      await writeSavedPlan(planFile, savePlan(plan, config, request.repository));
      log.info(`Plan saved to ${planFile}.`);
    }
    return plan;
  } finally {
    await workspace.close();
  }
}
function runWorkspace(request, { exec, log }) {
  let made;
  const make = async () => {
    const [{ buildSandbox, inPlace }, { runFolder: runFolder2, sweepRunFolders: sweepRunFolders2 }] = await Promise.all([import("./isolation-I5ZOEN62.js"), import("./run-folders-IJVCHH4D.js")]);
    await sweepRunFolders2(request.tempDir, WORK_PREFIX);
    const workDir = runFolder2(request.tempDir, WORK_PREFIX);
    const sandbox = request.isolateBuilds ? buildSandbox(exec, log, { isolate: request.inputs.isolate }) : inPlace(exec);
    return { workDir, sandbox };
  };
  return {
    get: () => made ??= make(),
    async close() {
      const space = await made?.catch(() => void 0);
      if (!space) return;
      await space.sandbox.close();
      await rm(space.workDir, { recursive: true, force: true });
    }
  };
}
async function credentialedAws(load, region) {
  const [aws, { hasCredentials }] = await Promise.all([load(), import("./aws-LNJ5TFQV.js")]);
  return await hasCredentials(aws, region) ? aws : void 0;
}
function repoPath(repoRoot, file) {
  return path8.relative(repoRoot, path8.resolve(repoRoot, file)).split(path8.sep).join("/");
}
async function configAt(git, base, config, repoRoot, committed, status) {
  const file = repoPath(repoRoot, config.file);
  const [files, worktree] = await Promise.all([committed, status]);
  if (!mayHaveChanged(file, files, worktree)) return config;
  const [text, current] = await Promise.all([git.show(base, config.file), readFile3(path8.resolve(repoRoot, config.file), "utf8")]);
  if (text === current) return config;
  return text === void 0 ? void 0 : (await parseConfig(text, config.file, { repoRoot: ".", checkPaths: false })).config;
}
async function processLayer(layer, run) {
  const { aws, log, fingerprint: fingerprint2, reasons } = run;
  const facts = { layer, fingerprint: fingerprint2, reasons, force: run.inputs.force, uncommitted: run.uncommitted };
  let plan = { ...decideLayer(facts, run.mode), regions: [] };
  try {
    run.phase("looking up published versions");
    const lookups = run.lookup && fingerprint2 ? await Promise.all(layer.regions.map((r) => run.lookup(r, layer.layerName, fingerprint2, log))) : void 0;
    plan = decideLayer({ ...facts, lookups }, run.mode);
    const sameZip = plan.status === "unchanged" && plan.regions.find((r) => r.sameZip)?.arn;
    log.info(`${fingerprint2 ? `Fingerprint ${fingerprint2}` : "From git alone"}: ${plan.status}${sameZip ? ` (same zip as ${shortLayer(sameZip)}, recorded on it)` : ""}.`);
    if (layer.type === "nodejs" && plan.status === "changed") {
      plan.skippedScripts = await (await import("./npm-project-ZPEHLCUK.js")).skippedInstallScripts(layer, run.repoRoot, run.lockfiles);
    }
    if (!buildsLayer(plan, run.mode)) {
      if (aws) await (await import("./publish-KBCBF2ZX.js")).shareVersions(aws, layer, plan.regions, { dryRun: run.mode === "plan", log });
      return plan;
    }
    if (run.signal?.aborted) throw new Error("The run was cancelled before this layer was built.");
    run.phase("building");
    const [{ buildLayer }, { packageLayer }, { publishLayer, pruneVersions, shareVersions }] = await Promise.all([
      import("./builders-IN2IW6TJ.js"),
      import("./packaging-66473IXV.js"),
      import("./publish-KBCBF2ZX.js")
    ]);
    const { workDir, sandbox } = await run.workspace.get();
    const space = await sandbox.space(layer.key, { repoRoot: run.repoRoot, workDir: path8.join(workDir, layer.key), env: run.commandEnv });
    const { root } = await buildLayer(layer, { ...space, log, workspaceBuilds: run.workspaceBuilds });
    await space.handBack?.(root);
    run.phase("packaging");
    plan.zip = await packageLayer(layer, root, {
      repoRoot: space.repoRoot,
      zipPath: path8.join(space.workDir, `${layer.key}.zip`),
      s3Bucket: run.inputs.s3Bucket,
      // The smoke test runs the built bootstrap: as the build user too.
      exec: space.exec,
      log
    });
    log.info(`Packaged ${plan.zip.entries} files, ${plan.zip.size} bytes zipped, CodeSha256 ${plan.zip.codeSha256}.`);
    run.phase("publishing");
    await Promise.all(
      plan.regions.map(async (state, i) => {
        if (state.status !== "changed") return;
        try {
          if (run.signal?.aborted) throw new Error("The run was cancelled before this layer was published.");
          const result = await publishLayer(aws, state.region, layer, plan.zip, {
            fingerprint: fingerprint2,
            commit: run.uncommitted.length > 0 ? void 0 : run.commit,
            latest: lookups?.[i]?.latest,
            force: run.inputs.force,
            s3Bucket: run.inputs.s3Bucket,
            log,
            clock: run.clock
          });
          const { recorded, ...published } = result;
          Object.assign(state, published, recorded ? { sameZip: true } : {});
          log.info(`${state.region}: ${result.status} ${result.arn}`);
          if (result.status === "published" && run.inputs.keepVersions > 0) {
            Object.assign(state, await pruneVersions(aws, state.region, layer.layerName, run.inputs.keepVersions, log));
          }
        } catch (error) {
          state.status = "failed";
          state.error = messageOf(error);
        }
      })
    );
    await shareVersions(aws, layer, plan.regions, { dryRun: false, log });
    plan.status = summarize(plan.regions);
    const failed = plan.regions.filter((r) => r.error);
    if (failed.length > 0) plan.error = failed.map((r) => `${r.region}: ${r.error}`).join("; ");
  } catch (error) {
    plan.status = "failed";
    plan.error = messageOf(error);
  }
  if (plan.error) log.error(`Layer ${layer.key}: ${plan.error}`);
  return plan;
}
async function reconcileFunctions(config, layers, request, deps, saved) {
  const { aws, log } = deps;
  const discovered = await discovery(config, layers, request, deps);
  const scope = functionScope(config, layers, discovered);
  for (const fn of scope.partial) {
    log.notice(`Function ${fn.key} skipped: it also uses layers outside the '${Input.Layers}' input (${fn.layers.join(", ")}).`);
  }
  if (!aws || scope.pairs.length === 0) return previewWithoutArns(scope, layers);
  const failedLayers = layers.filter((l) => l.status === "failed");
  if (request.mode === "deploy" && failedLayers.length > 0) {
    log.error(`No function was changed because layers failed: ${failedLayers.map((l) => l.key).join(", ")}.`);
    return [];
  }
  const { targets, unresolved } = deployTargets(scope, config, layers, request.mode, saved);
  if (request.mode === "deploy" && unresolved.length > 0) {
    for (const f of unresolved) log.error(`Function ${f.key} (${f.region}): ${f.error}`);
    return unresolved;
  }
  const { deployFunctions } = await import("./deploy-EHZKWCE6.js");
  const results = await deployFunctions(aws, targets, {
    concurrency: request.inputs.concurrency,
    dryRun: request.mode !== "deploy",
    log,
    signal: request.signal,
    clock: deps.clock
  });
  for (const r of results) {
    if (discovered.some((d) => d.key === r.key && d.name === r.name && d.regions[0] === r.region)) r.discovered = true;
  }
  if (request.mode === "publish") {
    for (const r of [...results, ...unresolved].filter((r2) => r2.status === "failed")) {
      log.warning(`A deploy would fail for function ${r.key} (${r.region}): ${r.error}`);
    }
  }
  return [...results, ...unresolved];
}
async function discovery(config, layers, request, deps) {
  if (!deps.aws || !config.discover && request.mode !== "plan") return [];
  const { discoverFunctions, undiscoveredWarning } = await import("./discover-X3DW6H6Y.js");
  if (config.discover) return discoverFunctions(deps.aws, layers, config.functions);
  try {
    const found = await discoverFunctions(deps.aws, layers, config.functions);
    if (found.length > 0) deps.log.warning(undiscoveredWarning(found));
  } catch (error) {
    deps.log.warning(messageOf(error));
  }
  return [];
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/report/failures.ts
function failuresOf(plan) {
  const layers = plan.layers.filter((l) => l.status === "failed").map((l) => `Layer ${l.key} failed: ${l.error}`);
  const failed = plan.functions.filter((f) => f.status === "failed" || f.status === "rolled-back");
  if (plan.mode === "publish") return layers;
  const functions = failed.map(
    (f) => plan.mode === "deploy" ? `Function ${f.key} (${f.region}) ${f.status}${f.error ? `: ${f.error}` : ""}` : `A deploy would fail for function ${f.key} (${f.region}): ${f.error}`
  );
  return [...layers, ...functions];
}

// src/report/outputs.ts
var AFFECTED = /* @__PURE__ */ new Set(["changed", "published", "reused", "failed"]);
function isAffected(layer) {
  return AFFECTED.has(layer.status);
}
function planOutputs(plan) {
  const affected = plan.layers.filter(isAffected).map((l) => l.key);
  const layerArns = {};
  const byRegion = {};
  for (const layer of plan.layers) {
    layer.regions.forEach((state, i) => {
      const arn = state.arn ?? state.previousArn;
      if (!arn) return;
      if (i === 0) layerArns[layer.key] = arn;
      (byRegion[state.region] ??= {})[layer.key] = arn;
    });
  }
  const updated = [...new Set(plan.functions.filter((f) => f.status === "updated").map((f) => f.key))];
  return {
    [Output.HasChanges]: String(affected.length > 0),
    [Output.ChangedLayers]: JSON.stringify(affected),
    [Output.LayerArns]: JSON.stringify(layerArns),
    [Output.LayerArnsByRegion]: JSON.stringify(byRegion),
    [Output.UpdatedFunctions]: JSON.stringify(updated),
    [Output.Matrix]: JSON.stringify({ include: affected.map((layer) => ({ layer })) }),
    [Output.Plan]: JSON.stringify(plan)
  };
}

// src/report/view.ts
var AWS_NOT_CONSULTED = "AWS was not consulted (no credentials, e.g. a fork PR): statuses come from git alone.";
var INLINE_ITEMS = 3;
var REASON_KINDS = ["files", "packages", "lockfile", "config", "other"];
function planView(plan) {
  const affected = plan.layers.filter(isAffected);
  const functions = plan.functions.map((f) => functionRow(f, plan.awsConsulted));
  return {
    title: `Lambda layers: ${plan.mode}`,
    mode: plan.mode,
    modeReason: plan.modeReason,
    commit: short2(plan.commit),
    uncommittedChanges: plan.layers.some(dirty),
    base: plan.base.sha ? { sha: short2(plan.base.sha), source: plan.base.source } : void 0,
    baseNote: plan.base.note,
    awsConsulted: plan.awsConsulted,
    uncommitted: uncommittedLayers(plan.layers),
    layerCounts: counts(plan.layers.map((l) => l.status)),
    affected: affected.map(layerRow),
    unchanged: plan.layers.filter((l) => l.status === "unchanged").map((l) => ({ key: l.key, version: stayingVersion(l), sameZip: Boolean(l.regions[0]?.sameZip), uncommitted: dirty(l) })),
    notChecked: plan.layers.filter((l) => l.status === "no-change").map((l) => ({ key: l.key, sameZip: false, uncommitted: dirty(l) })),
    sharedReasons: affected.length > 1 ? affected[0].reasons.other.filter((r) => r !== NO_BASE_REASON && affected.every((l) => l.reasons.other.includes(r))) : [],
    functionCounts: counts(plan.functions.map((f) => f.status)),
    functions,
    legend: legend(functions),
    ssm: plan.layers.flatMap((l) => l.regions.flatMap((r) => r.ssm && r.ssm.status !== "unchanged" ? [ssmRow(r.region, r.ssm)] : [])),
    failures: failures(plan)
  };
}
function layerRow(layer) {
  return {
    key: layer.key,
    status: layer.status,
    uncommitted: dirty(layer),
    reasons: REASON_KINDS.filter((k) => layer.reasons[k].length > 0).map((k) => ({ label: k === "other" ? "" : k, items: layer.reasons[k] })),
    regions: layer.regions.map(regionMove),
    size: layer.zip && { bytes: layer.zip.size, delta: delta(layer) },
    skippedScripts: layer.skippedScripts ?? []
  };
}
function dirty(layer) {
  return Boolean(layer.uncommitted?.length);
}
function delta(layer) {
  const previous = layer.regions.find((r) => r.previousCodeSize !== void 0)?.previousCodeSize;
  return previous === void 0 ? void 0 : layer.zip.size - previous;
}
function regionMove(r) {
  const from = r.previousArn ? layerName(r.previousArn) : "none";
  const to = r.arn && layerName(r.arn);
  const grants = r.missingGrants ?? [];
  switch (r.status) {
    case "failed":
      return { region: r.region, change: "failed", from, grants };
    case "changed":
      return { region: r.region, change: "new", from, to: "new version", grants };
    case "published":
      return { region: r.region, change: "published", from, to: to ?? "?", grants };
    case "reused":
      return { region: r.region, change: "reused", from, to: to ?? from, grants };
    case "unchanged":
      return { region: r.region, change: "same", from, to: to ?? from, grants };
    case "no-change":
      return { region: r.region, change: "unknown", from, grants };
  }
}
function stayingVersion(layer) {
  const r = layer.regions[0];
  const arn = r?.arn ?? r?.previousArn;
  return arn && layerName(arn);
}
function functionRow(f, awsConsulted) {
  const { moves, dropped } = layerMoves(f.oldLayers, f.newLayers);
  const layers = moves.map(({ from, to }) => {
    if (from === to) return { kind: "same", to: layerName(to) };
    if (from) return { kind: "moved", from: layerName(from), to: layerName(to) };
    const unread = !awsConsulted && pendingLayerName(to);
    return unread ? { kind: "unread", from: unread, to: layerName(to) } : { kind: "added", to: layerName(to) };
  });
  layers.push(...dropped.map((arn) => ({ kind: "dropped", from: layerName(arn) })));
  return {
    key: f.key,
    name: f.name === f.key ? void 0 : f.name,
    region: f.region,
    status: f.status,
    discovered: Boolean(f.discovered),
    layers,
    alias: aliasMove(f)
  };
}
function aliasMove(f) {
  const a = f.alias;
  if (!a?.to) return void 0;
  return { name: a.name, from: a.from, to: a.to === NEXT_VERSION ? "new version" : a.to, publishes: a.to !== a.from };
}
var MARKS = [
  ["moved", { mark: "old \u2192 new", meaning: "the layer moves to another version" }],
  ["added", { mark: "+", meaning: "a layer the function does not have yet, appended" }],
  ["dropped", { mark: "\u2212", meaning: "a layer removed from the function" }],
  ["unread", { mark: "name:?", meaning: "the function was not read (AWS was not consulted): it may have the layer already" }]
];
function legend(functions) {
  const used = new Set(functions.filter((f) => f.status !== "unchanged").flatMap((f) => f.layers.map((l) => l.kind)));
  return MARKS.filter(([kind]) => used.has(kind)).map(([, mark]) => mark);
}
function ssmRow(region, ssm) {
  return {
    status: ssm.status,
    name: ssm.name,
    region,
    from: ssm.from ? layerName(ssm.from) : "none",
    to: ssm.to ? layerName(ssm.to) : "new version",
    error: ssm.error
  };
}
function failures(plan) {
  const out = [];
  for (const l of plan.layers) {
    if (l.error) out.push({ kind: "layer", key: l.key, error: l.error, buildOutput: true });
    else for (const r of l.regions) if (r.error) out.push({ kind: "layer", key: l.key, region: r.region, error: r.error, buildOutput: false });
  }
  for (const f of plan.functions) if (f.error) out.push({ kind: "function", key: f.key, region: f.region, error: f.error, buildOutput: false });
  return out;
}
function counts(statuses) {
  const tally = /* @__PURE__ */ new Map();
  for (const s of statuses) tally.set(s, (tally.get(s) ?? 0) + 1);
  return [...tally].map(([label, n]) => ({ label, n }));
}
function layerName(arn) {
  const s = shortLayer(arn);
  return s.endsWith(`:${NEXT_VERSION}`) ? `${s.slice(0, -NEXT_VERSION.length - 1)} (new version)` : s;
}
function short2(sha) {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
function countsPhrase(view, list, f) {
  return list.map(({ label, n }) => `${f.strong(String(n))} ${label === "no-change" ? noChangePhrase(view, f) : label}`).join(" \xB7 ");
}
function noChangePhrase(view, f) {
  return `no change since ${f.code(view.base?.sha ?? "")}`;
}
function commitPhrase(view, f) {
  const base = view.base ? `base ${f.code(view.base.sha)} (${f.text(view.base.source)})` : "no base commit";
  return `commit ${f.code(view.commit)}${view.uncommittedChanges ? " + uncommitted changes" : ""} \xB7 ${base}`;
}
function uncommittedPhrase(view, f) {
  return `Inputs that differ from the commit, taken as they are (versions published from them are labelled ${f.code("uncommitted")}): ${f.text(view.uncommitted ?? "")}`;
}
function legendPhrase(marks, f) {
  return `Layers: ${marks.map((m) => `${f.code(m.mark)} ${m.meaning}`).join("; ")}.`;
}
function reasonPhrase(group, f) {
  const more = group.items.length > INLINE_ITEMS ? ` +${group.items.length - INLINE_ITEMS} more` : "";
  const items = group.items.slice(0, INLINE_ITEMS).map(f.text).join(", ") + more;
  return group.label ? `${group.label}: ${items}` : items;
}
function versionPhrase(m, f) {
  const shared = m.grants.length > 0 ? `, to be shared with ${m.grants.map(f.text).join(", ")}` : "";
  switch (m.change) {
    case "failed":
      return `${f.text(m.from)} \u2192 ${f.failed}`;
    case "new":
      return `${f.text(m.from)} \u2192 new version${shared}`;
    case "published":
      return `${f.text(m.from)} \u2192 ${f.strong(f.text(m.to))}${shared}`;
    case "reused":
      return `${f.text(m.to)} (identical zip)${shared}`;
    case "same":
      return `${f.text(m.to)}${shared}`;
    case "unknown":
      return "not checked against AWS";
  }
}
function sizePhrase(size) {
  if (!size) return "\u2014";
  if (size.delta === void 0) return bytes(size.bytes);
  const sign = size.delta > 0 ? "+" : size.delta < 0 ? "\u2212" : "\xB1";
  return `${bytes(size.bytes)} (${sign}${bytes(Math.abs(size.delta))})`;
}
function itemPhrase(item, f) {
  const version = item.version && `${item.sameZip ? "same zip as " : ""}${f.text(item.version)}`;
  const notes = [version, item.uncommitted && "uncommitted"].filter(Boolean);
  return notes.length > 0 ? `${f.code(item.key)} (${notes.join(", ")})` : f.code(item.key);
}
function functionPhrase(fn, f) {
  return (fn.name ? `${f.code(fn.key)} (${f.text(fn.name)})` : f.code(fn.key)) + (fn.discovered ? " (discovered)" : "");
}
function layerMovePhrase(m, f) {
  switch (m.kind) {
    case "same":
      return f.text(m.to);
    case "moved":
      return `${f.text(m.from)} \u2192 ${f.strong(f.text(m.to))}`;
    case "unread":
      return `${f.text(m.from)}:? \u2192 ${f.strong(f.text(m.to))}`;
    case "added":
      return `+${f.strong(f.text(m.to))}`;
    case "dropped":
      return `\u2212${f.text(m.from)}`;
  }
}
function aliasPhrase(a, f) {
  const name = `alias ${f.text(a.name)}`;
  if (!a.publishes) return `${name} \u2192 version ${f.text(a.to)}`;
  const published = a.to === "new version" ? "publishes a function version" : `published function version ${f.text(a.to)}`;
  return `${published}; ${name}: ${f.text(a.from ?? "none")} \u2192 ${f.strong(f.text(a.to))}`;
}
function failureSubject(x, f) {
  return `${x.kind} ${f.code(x.key)}${x.region ? ` in ${f.text(x.region)}` : ""}`;
}

export {
  loadAwsClients,
  killBuilds,
  processExec,
  createGit,
  commandEnv,
  ConfigError,
  loadConfig,
  TERMINAL,
  deferOptimizing,
  uncommittedLayers,
  runPipeline,
  messageOf,
  failuresOf,
  planOutputs,
  AWS_NOT_CONSULTED,
  INLINE_ITEMS,
  planView,
  countsPhrase,
  noChangePhrase,
  commitPhrase,
  uncommittedPhrase,
  legendPhrase,
  reasonPhrase,
  versionPhrase,
  sizePhrase,
  itemPhrase,
  functionPhrase,
  layerMovePhrase,
  aliasPhrase,
  failureSubject
};
//# sourceMappingURL=chunk-GOFKXQST.js.map
