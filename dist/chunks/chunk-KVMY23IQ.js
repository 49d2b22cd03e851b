import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  bytes
} from "./chunk-Y3A3TBS2.js";
import {
  globMatcher
} from "./chunk-7ONOX6CZ.js";
import {
  isInside
} from "./chunk-TGKLIGP6.js";

// src/packaging/bootstrap.ts
import { closeSync, openSync, readSync } from "node:fs";
import path from "node:path";
var BOOTSTRAP = "bootstrap";
var HEAD = 256;
var MACHINES = {
  62: { arch: "x86_64", name: "x86_64", goarch: "amd64", triple: "x86_64-linux-gnu" },
  183: { arch: "arm64", name: "aarch64", goarch: "arm64", triple: "aarch64-linux-gnu" }
};
function elfMachine(head) {
  if (head.length < 20 || head.readUInt32BE(0) !== 2135247942) return void 0;
  return head[5] === 2 ? head.readUInt16BE(18) : head.readUInt16LE(18);
}
function elfArchitecture(machine) {
  return MACHINES[machine]?.arch;
}
function checkBootstrap(facts, architectures) {
  const shown = facts.via ? `bootstrap (a link to ${facts.via})` : "bootstrap";
  if (facts.kind === "missing") {
    return [
      `The runtime layer has no bootstrap at its zip root, and Lambda runs /opt/bootstrap: make the build write an executable file named bootstrap at the top of its output folder${facts.via ? ` (the link points to ${facts.via}, which is not in the layer)` : ""}.`
    ];
  }
  if (facts.kind === "directory") {
    return [`${shown} is a folder, but Lambda executes /opt/bootstrap: make it the executable file itself, and put other files beside it.`];
  }
  if (facts.size === 0) return [`${shown} is empty: check the build command, which wrote an empty file.`];
  const machine = elfMachine(facts.head);
  if (machine !== void 0) return architectureProblems(shown, machine, architectures);
  if (facts.head.subarray(0, 2).toString("latin1") !== "#!") {
    return [
      `${shown} is neither an ELF executable nor a script starting with #!, so Lambda cannot run it: build a Linux binary, or start the script with a line such as #!/bin/sh.`
    ];
  }
  const end = facts.head.indexOf(10);
  if (facts.head.subarray(0, end === -1 ? void 0 : end).includes(13)) {
    return [
      `${shown} has Windows line endings: its first line ends in CR, so Linux looks for an interpreter whose name ends in CR. Convert it to LF line endings (and add "bootstrap text eol=lf" to .gitattributes so checkouts keep them).`
    ];
  }
  return [];
}
var OS_INTERPRETERS = /* @__PURE__ */ new Set(["/bin/sh", "/bin/bash", "/usr/bin/sh", "/usr/bin/bash"]);
var OS_ENV_INTERPRETERS = /* @__PURE__ */ new Set(["sh", "bash"]);
function interpreterWarning(facts, runtimes, entries) {
  if (facts.kind !== "file" || runtimes.length === 0 || !runtimes.every((r) => r.startsWith("provided"))) return void 0;
  const line = facts.head.subarray(0, Math.max(0, facts.head.indexOf(10))).toString("utf8");
  if (!line.startsWith("#!")) return void 0;
  const [program, ...args] = line.slice(2).trim().split(/\s+/);
  const viaEnv = program === "/usr/bin/env" || program === "/bin/env";
  const interpreter = viaEnv ? args.find((a) => !a.startsWith("-")) : program;
  if (!interpreter || (viaEnv ? OS_ENV_INTERPRETERS.has(interpreter) : OS_INTERPRETERS.has(interpreter))) return void 0;
  if (interpreter.startsWith("/opt/") && entries.some((e) => e.name === interpreter.slice("/opt/".length))) return void 0;
  const name = path.posix.basename(interpreter);
  return `bootstrap starts with ${line}, but ${runtimes.join(", ")} has no ${name} (only sh and bash): the function will fail at its first start unless another of its layers ships ${name}. Ship the interpreter in this layer (for example bin/${name}, with #!/opt/bin/${name}), build a binary instead, or run the function on a managed runtime that has ${name}.`;
}
function architectureProblems(shown, machine, architectures) {
  const built = MACHINES[machine];
  if (!built) {
    return [`${shown} is an ELF binary for machine ${machine}, which Lambda does not run: build it for x86_64 or arm64 (aarch64) Linux.`];
  }
  if (architectures.length > 1) {
    return [
      `${shown} is a ${built.name} binary, but the layer declares ${architectures.join(" and ")}, and one binary runs on one architecture: set architectures: [${built.arch}], or publish one layer per architecture, or ship a script bootstrap that starts the right binary for \`uname -m\`.`
    ];
  }
  const wanted = Object.values(MACHINES).find((m) => architectures.includes(m.arch));
  if (!wanted || wanted === built) return [];
  return [
    `${shown} is built for ${built.name} but the layer declares ${wanted.arch}: build it for ${wanted.name} (GOARCH=${wanted.goarch} for Go, --target ${wanted.name}-unknown-linux-gnu for Rust, CC=${wanted.triple}-gcc for C) or set architectures: [${built.arch}].`
  ];
}
function inspectBootstrap(entries) {
  const none = { kind: "missing", size: 0, head: Buffer.alloc(0) };
  const { file, via } = resolveBootstrap(entries);
  if (!file) {
    const folder = `${via ?? BOOTSTRAP}/`;
    return entries.some((e) => e.name.startsWith(folder)) || via === "." ? { ...none, kind: "directory", via } : { ...none, via };
  }
  return { kind: "file", via, size: file.size, head: readHead(file.source) };
}
function executableBootstrap(entries, repoRoot) {
  const { file } = resolveBootstrap(entries);
  if (!file || file.mode === 493) return { entries: [...entries] };
  const shown = path.relative(repoRoot, file.source);
  return {
    entries: entries.map((e) => e === file ? { ...file, mode: 493 } : e),
    warning: `${shown} is not executable, so it was zipped with mode 755 (Lambda executes /opt/bootstrap). Commit it as executable (git update-index --chmod=+x ${shown}) or chmod +x it in the build.`
  };
}
function resolveBootstrap(entries) {
  const byName = new Map(entries.map((e) => [e.name, e]));
  let entry = byName.get(BOOTSTRAP);
  let via;
  if (entry?.type === "symlink") {
    via = path.posix.normalize(entry.target);
    entry = byName.get(via);
  }
  return { file: entry, via };
}
function readHead(file) {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(HEAD);
    return head.subarray(0, readSync(fd, head, 0, HEAD, 0));
  } finally {
    closeSync(fd);
  }
}

// src/packaging/walk.ts
import { lstatSync, readdirSync, readlinkSync, realpathSync } from "node:fs";
import path2 from "node:path";
var TreeError = class extends Error {
};
function walkTree(root, opts) {
  const realRoot = resolved(root);
  if (!realRoot) {
    throw new TreeError(`The folder to package, ${root}, does not exist: check the layer's 'output' and that its build writes there.`);
  }
  const allowed = opts.allowed.map((dir) => resolved(dir) ?? dir);
  if (!allowed.some((dir) => isInside(dir, realRoot))) {
    throw new TreeError(
      `The folder to package, ${root}, resolves to ${realRoot}, outside the repository: point the layer's 'path' and 'output' at a folder inside ${opts.repoRoot}.`
    );
  }
  const repo = realpathSync(opts.repoRoot);
  const entries = [];
  const visit = (dir, prefix) => {
    for (const base of readdirSync(dir)) {
      if (base === ".git") continue;
      const name = prefix + base;
      if (base.includes("\\")) {
        throw new TreeError(`${name}: a backslash in a file name reads as a folder separator in zip tools; rename the file.`);
      }
      const abs = dir + path2.sep + base;
      const stat = lstatNamed(abs, dir, base, name);
      if (stat.isDirectory()) visit(abs, `${name}/`);
      else if (stat.isFile()) {
        const mode = stat.mode & 73 ? 493 : 420;
        entries.push({ type: "file", name, source: abs, size: stat.size, dev: stat.dev, ino: stat.ino, mode });
      } else if (stat.isSymbolicLink()) {
        entries.push({ type: "symlink", name, target: linkTarget(abs, name) });
      } else {
        throw new TreeError(`${name} is not a regular file, folder or symlink (a socket, fifo or device): remove it from the build output.`);
      }
    }
  };
  const linkTarget = (abs, name) => {
    const text = readlinkSync(abs);
    const real = resolved(abs);
    if (!real) {
      throw new TreeError(
        `${name} is a symlink to ${text}, which does not exist or loops: make the build write the file it should point to, or remove the link.`
      );
    }
    if (!isInside(realRoot, real)) {
      const where = isInside(repo, real) ? `outside the folder being packaged (${root}), so it would dangle in the layer` : `outside the repository (${real}), and nothing outside the repository is packaged`;
      throw new TreeError(
        `${name} is a symlink to ${text}, ${where}: copy the file into the build output instead of linking it (for example cp -L), or point the link at a file inside the output.`
      );
    }
    const from = path2.dirname(path2.join(realRoot, name));
    return path2.relative(from, real).split(path2.sep).join("/") || ".";
  };
  visit(realRoot, "");
  if (!entries.some((e) => /[\ud800-\uffff]/.test(e.name))) return entries.sort((a, b) => a.name < b.name ? -1 : 1);
  const keyed = entries.map((entry) => ({ entry, key: Buffer.from(entry.name) }));
  return keyed.sort((a, b) => Buffer.compare(a.key, b.key)).map((k) => k.entry);
}
function lstatNamed(abs, dir, base, name) {
  try {
    return lstatSync(abs);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" && base.includes("\uFFFD")) {
      const raw = readdirSync(dir, { encoding: "buffer" }).find((b) => b.toString("utf8") === base);
      const shown = name.slice(0, -base.length) + (raw ? escapeBytes(raw) : base);
      throw new TreeError(`${shown}: this file name is not valid UTF-8 (shown with \\x escapes), and zip entry names are UTF-8: make the build write it under a UTF-8 name.`);
    }
    if (code === "ENAMETOOLONG") {
      throw new TreeError(
        `${name}: its path is ${Buffer.byteLength(abs)} bytes long, more than this system allows (ENAMETOOLONG): make the build write shallower folders or shorter names.`
      );
    }
    throw error;
  }
}
function escapeBytes(bytes2) {
  const strict = new TextDecoder("utf-8", { fatal: true });
  let out = "";
  for (let i = 0; i < bytes2.length; ) {
    const lead = bytes2[i];
    const size = lead < 128 ? 1 : lead >= 240 ? 4 : lead >= 224 ? 3 : lead >= 192 ? 2 : 0;
    let char;
    try {
      char = size > 0 ? strict.decode(bytes2.subarray(i, i + size)) : void 0;
    } catch {
      char = void 0;
    }
    out += char ?? `\\x${lead.toString(16).padStart(2, "0")}`;
    i += char ? size : 1;
  }
  return out;
}
function resolved(file) {
  try {
    return realpathSync(file);
  } catch {
    return void 0;
  }
}

// src/packaging/slim.ts
import path3 from "node:path";
function dropper(globs) {
  if (globs.length === 0) return () => void 0;
  const matchers = globs.map((glob) => ({ glob, test: globMatcher(glob, { dot: true }) }));
  const own = (name) => matchers.find((m) => m.test(name))?.glob;
  const folders2 = /* @__PURE__ */ new Map();
  const folder = (dir) => {
    if (dir === ".") return void 0;
    if (!folders2.has(dir)) folders2.set(dir, folder(path3.posix.dirname(dir)) ?? own(dir));
    return folders2.get(dir);
  };
  return (name) => folder(path3.posix.dirname(name)) ?? own(name);
}
function slimTree(entries, globs, layerType) {
  const drop = dropper(globs);
  const kept = [];
  const dropped = /* @__PURE__ */ new Map();
  let size = 0;
  for (const entry of entries) {
    const glob = drop(entry.name);
    if (glob === void 0) kept.push(entry);
    else {
      dropped.set(entry.name, glob);
      if (entry.type === "file") size += entry.size;
    }
  }
  if (dropped.size === 0) return { kept, files: 0, bytes: 0, globs: [] };
  const problems = [];
  if (layerType === "runtime" && dropped.has(BOOTSTRAP)) {
    problems.push(`slim glob \`${dropped.get(BOOTSTRAP)}\` drops bootstrap, which Lambda runs as /opt/bootstrap: remove the glob or narrow it so it no longer matches bootstrap.`);
  }
  if (kept.length === 0) problems.push(`slim globs ${[...new Set(dropped.values())].map((g) => `\`${g}\``).join(", ")} drop every file of the layer: narrow them to the files Lambda never reads.`);
  const links = kept.filter((e) => e.type === "symlink");
  if (links.length > 0) {
    const keptDirs = new Set(kept.flatMap((e) => folders(e.name)));
    const droppedDirs = new Map([...dropped].flatMap(([name, glob]) => folders(name).map((dir) => [dir, glob])).reverse());
    for (const link of links) {
      const target = path3.posix.join(path3.posix.dirname(link.name), link.target);
      const glob = dropped.get(target) ?? (keptDirs.has(target) ? void 0 : droppedDirs.get(target));
      if (glob) problems.push(`${link.name} is a link to ${target}, which slim glob \`${glob}\` drops, so the link would dangle: drop the link too, or narrow the glob.`);
    }
  }
  if (problems.length > 0) throw new TreeError(problems.join("\n"));
  return { kept, files: dropped.size, bytes: size, globs: globs.filter((g) => [...dropped.values()].includes(g)) };
}
function folders(name) {
  const found = [];
  for (let dir = path3.posix.dirname(name); dir !== "."; dir = path3.posix.dirname(dir)) found.push(dir);
  return found;
}
function slimmedLine(slimmed, globs) {
  if (slimmed.files === 0) return `Slimmed nothing: no file matches ${globs.map((g) => `\`${g}\``).join(", ")}.`;
  const unused = globs.filter((g) => !slimmed.globs.includes(g));
  return `Slimmed ${slimmed.files.toLocaleString("en-US")} ${slimmed.files === 1 ? "file" : "files"} (${bytes(slimmed.bytes)}) by ${slimmed.globs.map((g) => `\`${g}\``).join(", ")}.${unused.length > 0 ? ` No file matches ${unused.map((g) => `\`${g}\``).join(", ")}.` : ""}`;
}

export {
  BOOTSTRAP,
  elfMachine,
  elfArchitecture,
  checkBootstrap,
  interpreterWarning,
  inspectBootstrap,
  executableBootstrap,
  TreeError,
  walkTree,
  dropper,
  slimTree,
  slimmedLine
};
//# sourceMappingURL=chunk-KVMY23IQ.js.map
