import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BuildError
} from "./chunk-MFIMENYZ.js";
import {
  readYaml
} from "./chunk-FT3CAMBC.js";
import {
  runFolder,
  sweepRunFolders
} from "./chunk-DV2TTIPC.js";
import {
  isInside
} from "./chunk-TGKLIGP6.js";
import "./chunk-SK5B422H.js";

// src/builders/isolation.ts
import { access, chmod, constants, mkdir, readdir, readFile, realpath, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

// src/builders/registry-settings.ts
var ENV_REFERENCE = /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/;
var NPM_AUTH = /^\/\/.+:(_authToken|_auth|_password|username|always-auth)$/;
function npmrcSettings(text) {
  const out = { passed: [], withheld: [] };
  const lines = [];
  for (const raw of text.split(/\r?\n/)) {
    const match = /^\s*([^=;#\s][^=]*?)\s*=\s*(.*?)\s*$/.exec(raw);
    if (!match) continue;
    const [, key, value] = match;
    const registry = key === "registry" || key === "always-auth" || /^@[^:\s]+:registry$/.test(key);
    if (!registry && !NPM_AUTH.test(key)) continue;
    if (!registry && !ENV_REFERENCE.test(value)) {
      out.withheld.push(key);
      continue;
    }
    out.passed.push(key);
    lines.push(`${key}=${value}`);
  }
  return { ...out, text: lines.length > 0 ? `${lines.join("\n")}
` : void 0 };
}
function yarnrcSettings(text) {
  const out = { passed: [], withheld: [] };
  let parsed;
  try {
    parsed = readYaml(text);
  } catch {
    return out;
  }
  const pick = (from, prefix) => {
    const kept = {};
    if (!from || typeof from !== "object") return kept;
    for (const [key, value] of Object.entries(from)) {
      if (key === "npmRegistryServer" || key === "npmAlwaysAuth") kept[key] = value;
      else if (key === "npmAuthToken" || key === "npmAuthIdent") {
        if (typeof value === "string" && ENV_REFERENCE.test(value)) kept[key] = value;
        else {
          out.withheld.push(`${prefix}${key}`);
          continue;
        }
      } else continue;
      out.passed.push(`${prefix}${key}`);
    }
    return kept;
  };
  const root = parsed ?? {};
  const result = pick(root, "");
  for (const group of ["npmScopes", "npmRegistries"]) {
    const entries = Object.entries(root[group] ?? {}).map(([name, value]) => [name, pick(value, `${group}.${name}.`)]).filter(([, kept]) => Object.keys(kept).length > 0);
    if (entries.length > 0) result[group] = Object.fromEntries(entries);
  }
  return { ...out, text: Object.keys(result).length > 0 ? `${JSON.stringify(result, null, 2)}
` : void 0 };
}
function pipConfSettings(text) {
  const out = { passed: [], withheld: [] };
  const sections = /* @__PURE__ */ new Map();
  let section = "";
  for (const raw of text.split(/\r?\n/)) {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(raw);
    if (header) {
      section = header[1].trim();
      continue;
    }
    const match = /^\s*([A-Za-z_-]+)\s*[=:]\s*(.*?)\s*$/.exec(raw);
    if (!match || !["global", "install"].includes(section)) continue;
    const [, key, value] = match;
    if (!["index-url", "extra-index-url", "trusted-host", "find-links"].includes(key)) continue;
    const name = `${section}.${key}`;
    if (/\/\/[^/\s]*@/.test(value)) {
      out.withheld.push(name);
      continue;
    }
    out.passed.push(name);
    sections.set(section, [...sections.get(section) ?? [], `${key} = ${value}`]);
  }
  const text2 = [...sections].map(([name, lines]) => `[${name}]
${lines.join("\n")}
`).join("");
  return { ...out, text: text2 || void 0 };
}

// src/builders/isolation.ts
var BUILD_USER = "lambda-layers-build";
var RUN_PREFIX = "lambda-layers-build-";
function inPlace(exec) {
  return { space: async (_, at) => ({ ...at, exec }), close: async () => void 0 };
}
var TOOL_HOMES = [
  // rustup's proxies in ~/.cargo/bin (cargo, rustc) run the toolchains kept here.
  { variable: "RUSTUP_HOME", fallback: ".rustup", parts: [""] },
  // `pip install --user`: the scripts in ~/.local/bin import from here.
  { variable: "PYTHONUSERBASE", fallback: ".local", parts: ["lib"] }
];
function buildSandbox(exec, log, { isolate = "auto", self = { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 } } = {}) {
  let setup;
  const env = { PATH: process.env.PATH ?? "/usr/bin:/bin" };
  const run = async (file, args, cwd = "/") => exec.run(file, args, { cwd, env });
  const privileged = (p, file, args) => p.sudo ? run("sudo", ["-n", file, ...args]) : run(file, args);
  const notIsolated = (why) => {
    if (isolate === "always") {
      throw new BuildError(`The input 'isolate' is 'always', but builds cannot run as an unprivileged user: ${why} Give the action root or passwordless sudo on Linux, or set 'isolate: auto'.`);
    }
    return void 0;
  };
  const setUp = async (buildEnv) => {
    if (isolate === "never") {
      log.info(`Builds run as the runner's user ('isolate: never'): they can read its files; they get none of the action's tokens or credentials in their environment.`);
      return void 0;
    }
    if (process.platform !== "linux") {
      notIsolated(`this runner is ${process.platform}, and isolating builds needs Linux.`);
      log.info(
        `Builds run as the runner's user: isolating them needs Linux (this runner is ${process.platform}); they get none of the action's tokens or credentials in their environment.`
      );
      return void 0;
    }
    const sudo = self.uid !== 0;
    if (sudo && (await run("sudo", ["-n", "true"]).catch(() => void 0))?.code !== 0) {
      notIsolated(`this process (uid ${self.uid}) is not root and has no passwordless sudo.`);
      log.info(
        `Builds run as the runner's user (uid ${self.uid}): it is not root and has no passwordless sudo, so builds share this user's files; they still get none of the action's tokens or credentials in their environment.`
      );
      return void 0;
    }
    const user = await userIds(BUILD_USER) ?? await createUser() ?? await userIds("nobody");
    if (!user) throw new BuildError(`Could not create the user ${BUILD_USER} to build as (useradd failed) and there is no user 'nobody'.`);
    const swept = await sweepRunFolders(os.tmpdir(), RUN_PREFIX, (dir) => privileged({ sudo }, "rm", ["-rf", dir]));
    if (swept.length > 0) log.info(`Removed ${swept.length} build folder(s) left by runs that were killed: ${swept.join(", ")}.`);
    const base = runFolder(os.tmpdir(), RUN_PREFIX);
    await chmod(base, 457);
    const [home, pids] = [path.join(base, "home"), path.join(base, "pids")];
    await mkdir(home, { mode: 448 });
    await mkdir(pids, { mode: 493 });
    await mkdir(path.join(base, "layers"), { mode: 457 });
    const runAs = { ...user, ...sudo ? { sudo: { pidDir: pids } } : {} };
    const asUser = (script, args) => exec.run("sh", ["-c", script, "sh", ...args], { cwd: "/", env, user: runAs });
    const namespaces = await canBind({ sudo }, base);
    const p = { user, runAs, sudo, base, env: () => ({}), unreachable: /* @__PURE__ */ new Map(), asUser, namespaces };
    await chown(p, pids, user);
    const reached = await asUser('[ -x "$1" ]', [path.join(base, "layers")]).catch((error) => ({ code: -1, tail: [error.message] }));
    if (reached.code !== 0) {
      throw new BuildError(
        `User ${user.name} cannot reach the build folder ${base}${reached.tail.length > 0 ? ` (${reached.tail.join(" ")})` : ""}: a folder above it is closed to other users. Set TMPDIR for this step to a folder other users may enter (such as /tmp), or set 'isolate: never'.`
      );
    }
    const tools = await reachTools(p, buildEnv, asUser);
    const settings = await registrySettings(buildEnv, home);
    await chown(p, home, user);
    p.env = (at) => tools.env({ ...without(at, /^(npm_config_userconfig|PIP_CONFIG_FILE|CARGO_HOME)$/i), HOME: home, USER: user.name, LOGNAME: user.name });
    p.unreachable = tools.unreachable;
    log.info(
      `Builds run as user ${user.name} (uid ${user.uid}${sudo ? ", through sudo" : ""}), in a copy of the checkout without .git, with their own HOME and TMPDIR: they cannot read this process's environment nor the runner's credential files.` + (tools.mirrored.length > 0 ? ` Tool folders it could not reach are ${tools.how} ${path.join(base, "tools")}: ${tools.mirrored.join(", ")}.` : "")
    );
    if (settings) log.info(settings);
    if (tools.unreachable.size > 0) log.warning([...tools.unreachable.values()].slice(0, 10).join("\n"));
    return p;
    async function userIds(name) {
      const [uid, gid] = await Promise.all([run("id", ["-u", name]), run("id", ["-g", name])]);
      return uid.code === 0 && gid.code === 0 ? { name, uid: Number(uid.stdout), gid: Number(gid.stdout) } : void 0;
    }
    async function createUser() {
      const args = ["--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin"];
      const made = await (sudo ? run("sudo", ["-n", "useradd", ...args, BUILD_USER]) : run("useradd", [...args, BUILD_USER])).catch(
        () => void 0
      );
      if (made?.code !== 0) {
        const why = made?.tail.join(" ") || "useradd is missing";
        log.warning(`Could not create the user ${BUILD_USER} (${why}); builds run as 'nobody'.`);
      }
      return made?.code === 0 ? userIds(BUILD_USER) : void 0;
    }
  };
  const chown = async (p, dir, owner) => {
    const result = await privileged(p, "chown", ["-R", `${owner.uid}:${owner.gid}`, dir]);
    if (result.code !== 0) throw new BuildError(`chown -R ${owner.uid}:${owner.gid} ${dir} failed: ${result.tail.join(" ")}`);
  };
  const copyCheckout = async (p, repoRoot) => {
    const copy = path.join(p.base, "repo");
    await mkdir(copy, { mode: 493 });
    const entries = (await readdir(repoRoot)).filter((name) => name !== ".git");
    if (entries.length > 0) {
      const copied = await run("cp", ["-a", "--reflink=auto", "--", ...entries, copy], repoRoot);
      if (copied.code !== 0) throw new BuildError(`Could not copy the checkout to build in: ${copied.tail.join(" ")}`);
    }
    await chown(p, copy, p.user);
    return copy;
  };
  const reachTools = async (p, buildEnv, asUser) => {
    const entries = (buildEnv.PATH ?? "").split(":");
    const home = buildEnv.HOME;
    const homes = TOOL_HOMES.flatMap((h) => {
      const dir = buildEnv[h.variable] || (home ? path.join(home, h.fallback) : "");
      return path.isAbsolute(dir) ? [{ ...h, dir }] : [];
    });
    const candidates = [.../* @__PURE__ */ new Set([...entries.filter((e) => path.isAbsolute(e)), ...homes.map((h) => h.dir)])];
    const existing = (await Promise.all(candidates.map(async (dir) => await isDir(dir) ? dir : void 0))).filter((d) => !!d);
    const reachable = await userCan(asUser, "-x", existing);
    const roots = /* @__PURE__ */ new Set();
    for (const dir of existing.filter((d) => !reachable.has(d))) {
      const home2 = homes.find((h) => h.dir === dir);
      if (home2) home2.parts.forEach((part) => roots.add(path.join(dir, part)));
      else roots.add(await toolRoot(dir));
    }
    const outer = [...roots].filter((r) => ![...roots].some((o) => o !== r && isInside(o, r)));
    const tools = path.join(p.base, "tools");
    const mirrored = (await Promise.all(outer.map(async (root) => await isDir(root) && root))).filter((r) => !!r);
    const binds = mirrored.map((root) => ({ from: root, to: path.join(tools, root) }));
    if (binds.length > 0 && p.namespaces) {
      await Promise.all(binds.map((b) => mkdir(b.to, { recursive: true, mode: 493 })));
      p.runAs.binds = binds;
    } else await Promise.all(binds.map((b) => mirror(p, b.from, b.to)));
    const moved = (dir) => mirrored.some((r) => isInside(r, dir)) ? path.join(tools, dir) : dir;
    const isExisting = new Set(existing);
    const homeVars = Object.fromEntries(homes.filter((h) => isExisting.has(h.dir)).map((h) => [h.variable, moved(h.dir)]));
    const newPath = entries.map((e) => path.isAbsolute(e) ? moved(e) : e);
    const listed = await asUser('for d; do for f in "$d"/*; do [ -x "$f" ] || printf "%s\\n" "$f"; done; done', [
      ...new Set(newPath.filter((e) => path.isAbsolute(e)))
    ]);
    const failing = new Set(listed.stdout.split("\n").filter(Boolean));
    const unreachable = /* @__PURE__ */ new Map();
    for (const name of new Set([...failing].map((f) => path.basename(f)))) {
      for (const dir of entries.filter((e) => path.isAbsolute(e))) {
        const file = path.join(dir, name);
        if (!await executable(file)) continue;
        if (failing.has(path.join(moved(dir), name))) unreachable.set(name, await whyUnreachable(name, file, "the runner's PATH finds it at", p));
        break;
      }
    }
    return {
      env: (at) => ({ ...at, ...homeVars, PATH: newPath.join(":") }),
      unreachable,
      mirrored,
      how: p.runAs.binds ? "bound (in a mount namespace of each command) onto" : "hard-linked into"
    };
  };
  const canBind = async (p, dir) => {
    const probe = await privileged(p, "unshare", ["--mount", "--propagation", "private", "--", "mount", "--bind", dir, dir]).catch(() => void 0);
    return probe?.code === 0;
  };
  const mirror = async (p, from, to) => {
    await privileged(p, "mkdir", ["-p", path.dirname(to)]);
    if ((await privileged(p, "cp", ["-al", "--", from, to])).code === 0) return;
    await privileged(p, "rm", ["-rf", to]);
    const copied = await privileged(p, "cp", ["-a", "--reflink=auto", "--", from, to]);
    if (copied.code !== 0) throw new BuildError(`Could not copy the tool folder ${from} for user ${p.user.name}: ${copied.tail.join(" ")}`);
  };
  return {
    async space(key, at) {
      const p = await (setup ??= setUp(at.env));
      if (!p) return { ...at, exec };
      const repoRoot = await (p.copy ??= copyCheckout(p, at.repoRoot));
      const dir = path.join(p.base, "layers", key);
      const [workDir, tmp] = ["work", "tmp"].map((name) => path.join(dir, name));
      await mkdir(dir, { mode: 448 });
      await Promise.all([workDir, tmp].map((d) => mkdir(d)));
      return {
        repoRoot,
        workDir,
        env: { ...p.env(at.env), TMPDIR: tmp },
        exec: {
          async run(file, args, opts) {
            const why = p.unreachable.get(file);
            if (why) throw new BuildError(why);
            await chown(p, dir, p.user);
            const readOnly = p.namespaces && isInside(dir, opts.cwd) ? [repoRoot] : void 0;
            try {
              const result = await exec.run(file, args, { ...opts, user: { ...p.runAs, readOnly } });
              const refused = result.code === 126 || result.code === 127 ? await interpreterOutOfReach(file, p) : void 0;
              if (refused) throw refused;
              return result;
            } catch (error) {
              throw await interpreterOutOfReach(file, p) ?? error;
            } finally {
              await chown(p, dir, self);
            }
          }
        },
        handBack: async (output) => {
          if (isInside(repoRoot, output)) await chown(p, output, self);
        }
      };
    },
    async close() {
      const p = await setup?.catch(() => void 0);
      if (p) await privileged(p, "rm", ["-rf", p.base]);
    }
  };
}
async function toolRoot(dir) {
  const parent = path.dirname(dir);
  if (path.basename(dir) === ".bin" && path.basename(parent) === "node_modules") return parent;
  if (path.basename(dir) === "bin" && await isDir(path.join(parent, "lib"))) return parent;
  return dir;
}
async function userCan(asUser, flag, dirs) {
  if (dirs.length === 0) return /* @__PURE__ */ new Set();
  const result = await asUser(`for p; do [ ${flag} "$p" ] && printf "%s\\n" "$p"; done; true`, dirs);
  return new Set(result.stdout.split("\n").filter(Boolean));
}
async function whyUnreachable(name, file, found, p) {
  const user = p.user.name;
  const real = await realpath(file).catch(() => file);
  const ancestors = [file, real].flatMap((f) => {
    const above = [];
    for (let dir = path.dirname(f); dir !== path.dirname(dir); dir = path.dirname(dir)) above.unshift(dir);
    return above;
  });
  const open = await userCan(p.asUser, "-x", [...new Set(ancestors)]);
  const closed = ancestors.find((dir) => !open.has(dir));
  const where = real === file ? file : `${file} (${real})`;
  const blocker = closed ? `it is inside ${closed}, which user ${user} cannot enter. Let other users enter that folder (chmod o+x ${closed}), install ${name} outside it,` : `user ${user} may not run that file. Make it executable for other users (chmod o+rx ${real}),`;
  return `Builds run as user ${user}, which cannot run ${name}: ${found} ${where}, and ${blocker} or set 'isolate: never' to build as the runner's user.`;
}
async function interpreterOutOfReach(file, p) {
  if (!path.isAbsolute(file)) return void 0;
  const head = (await readFile(file).catch(() => void 0))?.subarray(0, 256).toString("utf8");
  const interpreter = head && /^#!\s*(\/\S+)/.exec(head)?.[1];
  if (!interpreter || (await userCan(p.asUser, "-x", [interpreter])).has(interpreter)) return void 0;
  return new BuildError(await whyUnreachable(path.basename(interpreter), interpreter, `the #! line of ${path.basename(file)} names it as`, p));
}
async function registrySettings(env, home) {
  const userHome = env.HOME;
  const variable = (re) => Object.entries(env).find(([name]) => re.test(name))?.[1];
  const sources = [
    { files: [variable(/^npm_config_userconfig$/i), userHome && path.join(userHome, ".npmrc")], read: npmrcSettings, to: ".npmrc" },
    { files: [userHome && path.join(userHome, ".yarnrc.yml")], read: yarnrcSettings, to: ".yarnrc.yml" },
    {
      files: [variable(/^PIP_CONFIG_FILE$/), userHome && path.join(userHome, ".config/pip/pip.conf"), userHome && path.join(userHome, ".pip/pip.conf")],
      read: pipConfSettings,
      to: ".config/pip/pip.conf"
    }
  ];
  const lines = [];
  for (const source of sources) {
    const file = source.files.find((f) => !!f);
    const text = file && await readFile(file, "utf8").catch(() => void 0);
    if (!file || text === void 0) continue;
    const settings = source.read(text);
    if (settings.text) {
      await mkdir(path.dirname(path.join(home, source.to)), { recursive: true });
      await writeFile(path.join(home, source.to), settings.text, { mode: 384 });
    }
    const passed = settings.passed.length > 0 ? settings.passed.join(", ") : "nothing";
    const withheld = settings.withheld.length > 0 ? `; withheld, as credentials written in the file (reference an environment variable instead, such as \${NODE_AUTH_TOKEN}): ${settings.withheld.join(", ")}` : "";
    lines.push(`${file} -> ~/${source.to}: ${passed}${withheld}`);
  }
  return lines.length > 0 ? `Package-manager settings passed to builds:
${lines.join("\n")}` : void 0;
}
function without(env, names) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !names.test(name)));
}
async function isDir(dir) {
  return (await stat(dir).catch(() => void 0))?.isDirectory() ?? false;
}
async function executable(file) {
  if (!(await stat(file).catch(() => void 0))?.isFile()) return false;
  return access(file, constants.X_OK).then(
    () => true,
    () => false
  );
}
export {
  BUILD_USER,
  RUN_PREFIX,
  buildSandbox,
  inPlace
};
//# sourceMappingURL=isolation-I5ZOEN62.js.map
