import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

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

export {
  BOOTSTRAP,
  elfMachine,
  elfArchitecture,
  checkBootstrap,
  interpreterWarning,
  inspectBootstrap,
  executableBootstrap
};
//# sourceMappingURL=chunk-6GMHDHF4.js.map
