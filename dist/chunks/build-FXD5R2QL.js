import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildNodejs
} from "./chunk-UEBZ7FV2.js";
import "./chunk-XKRDKDOR.js";
import {
  elfArchitecture,
  elfMachine
} from "./chunk-RXUKHELV.js";
import {
  BuildError,
  runCommand
} from "./chunk-Z7FKQHQW.js";
import {
  isInside
} from "./chunk-NWY5KWON.js";
import "./chunk-SK5B422H.js";

// src/build/index.ts
import { mkdir as mkdir3 } from "node:fs/promises";

// src/build/python.ts
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

// src/build/pip.ts
var WHEEL_ARCH = { x86_64: "x86_64", arm64: "aarch64" };
function pythonTargets(layer, host) {
  const declared = layer.runtimes.flatMap((r) => /^python(\d+\.\d+)$/.exec(r)?.[1] ?? []);
  const versions = declared.length > 0 ? [...new Set(declared)].sort((a, b) => minor(a) - minor(b)) : [host.version];
  return versions.flatMap((version) => layer.architectures.map((arch) => ({ version, arch })));
}
function pipArgs(targets, host, target) {
  const args = [
    "-m",
    "pip",
    "install",
    "-r",
    "requirements.txt",
    "--target",
    target,
    "--no-compile",
    "--disable-pip-version-check",
    "--no-input"
  ];
  const [first] = targets;
  if (targets.length === 1 && first.version === host.version && first.arch === host.arch) return args;
  const platforms = manylinuxPlatforms(first).flatMap((p) => ["--platform", p]);
  return [...args, "--only-binary=:all:", "--implementation", "cp", "--python-version", first.version, ...platforms];
}
function manylinuxPlatforms(target) {
  const arch = WHEEL_ARCH[target.arch];
  const glibc = minor(target.version) >= 12 ? 34 : 26;
  const platforms = [];
  for (let v = glibc; v >= 17; v--) platforms.push(`manylinux_2_${v}_${arch}`);
  return [...platforms, `manylinux2014_${arch}`];
}
function unfitWheels(wheels, targets) {
  return wheels.filter((wheel) => !targets.every((target) => wheel.tags.some((tag) => tagFits(tag, target)))).map((wheel) => `${wheel.name} ${wheel.version} (${wheel.tags.join(", ")})`);
}
function tagFits(tag, target) {
  const [interpreters, abis, platforms] = tag.split("-").map((part) => part.split("."));
  const platformFits = platforms.some(
    (p) => p === "any" || /^(many)?linux/.test(p) && p.endsWith(`_${WHEEL_ARCH[target.arch]}`)
  );
  return platformFits && interpreters.some((interpreter) => abis.some((abi) => pythonFits(interpreter, abi, minor(target.version))));
}
function pythonFits(interpreter, abi, targetMinor) {
  const match = /^(py|cp)3(\d*)$/.exec(interpreter);
  if (!match) return false;
  const wheelMinor = match[2] === "" ? 0 : Number(match[2]);
  if (match[1] === "py" || abi === "abi3") return wheelMinor <= targetMinor;
  return wheelMinor === targetMinor;
}
var minor = (version) => Number(version.split(".")[1]);

// src/build/python.ts
var HOST_PROBE = "import platform, sys; print('%d.%d' % sys.version_info[:2], platform.machine())";
var LAMBDA_ARCH = { x86_64: "x86_64", AMD64: "x86_64", aarch64: "arm64", arm64: "arm64" };
async function buildPython(layer, opts) {
  const cwd = path.join(opts.repoRoot, layer.path);
  const root = path.join(opts.workDir, "layer");
  const target = path.join(root, "python");
  await rm(root, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const probe = await runCommand(
    layer,
    {
      file: "python3",
      args: ["-c", HOST_PROBE],
      cwd,
      display: "python3 -c <version probe>",
      hint: "Install Python 3 on the runner (for example with actions/setup-python) before this step.",
      level: "debug"
    },
    opts
  );
  const [version, machine] = probe.stdout.trim().split(" ");
  const host = { version, arch: LAMBDA_ARCH[machine] ?? machine };
  const targets = pythonTargets(layer, host);
  const args = pipArgs(targets, host, target);
  await runCommand(
    layer,
    {
      file: "python3",
      args,
      cwd,
      display: `python3 ${args.join(" ")}`,
      hint: `Run the same command in ${layer.path} to reproduce. For another architecture or Python version than the runner's (here ${host.arch}, Python ${host.version}), pip may only use wheels: pin versions that publish manylinux wheels for ${targets[0].arch} and Python ${targets[0].version}.`
    },
    opts
  );
  const unfit = unfitWheels(await installedWheels(target), targets);
  if (unfit.length > 0) {
    const platforms = targets.map((t) => `${t.arch}/python${t.version}`).join(", ");
    throw new BuildError(
      `Layer ${layer.key} runs on ${platforms}, but these packages are built for only some of them: ${unfit.join("; ")}. Declare one layer per architecture and Python version (each with one entry in \`architectures\` and \`runtimes\`), or use pure-Python packages.`
    );
  }
  await removeVariance(target);
  return root;
}
async function installedWheels(target) {
  const wheels = [];
  for (const entry of (await readdir(target)).filter((name) => name.endsWith(".dist-info")).sort()) {
    const text = await readFile(path.join(target, entry, "WHEEL"), "utf8").catch(() => "");
    const [name, version] = entry.slice(0, -".dist-info".length).split("-");
    wheels.push({ name, version, tags: [...text.matchAll(/^Tag:\s*(\S+)/gm)].map((m) => m[1]) });
  }
  return wheels;
}
async function removeVariance(target) {
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  const caches = entries.filter((e) => e.isDirectory() && e.name === "__pycache__").map((e) => path.join(e.parentPath, e.name));
  await Promise.all(caches.map((dir) => rm(dir, { recursive: true, force: true })));
  for (const entry of entries.filter((e) => e.isFile() && e.name === "direct_url.json" && e.parentPath.endsWith(".dist-info"))) {
    const distInfo = entry.parentPath;
    await rm(path.join(distInfo, entry.name));
    const record = path.join(distInfo, "RECORD");
    const listed = `${path.basename(distInfo)}/direct_url.json,`;
    const lines = (await readFile(record, "utf8")).split("\n");
    await writeFile(record, lines.filter((line) => !line.startsWith(listed)).join("\n"));
  }
}

// src/build/ruby.ts
import { existsSync } from "node:fs";
import { cp, mkdir as mkdir2, open, readdir as readdir2, rm as rm2 } from "node:fs/promises";
import path2 from "node:path";
function rubyGemVersions(layer) {
  const versions = layer.runtimes.flatMap((r) => /^ruby(\d+)\.(\d+)$/.exec(r)?.slice(1, 3).join(".") ?? []).map((v) => `${v}.0`);
  if (versions.length === 0) {
    throw new BuildError(`Layer ${layer.key} is a ruby layer without a ruby runtime: add one to its \`runtimes\`, such as ruby3.4.`);
  }
  return [...new Set(versions)].sort();
}
var HOST_PROBE2 = 'print RbConfig::CONFIG["ruby_version"]';
var NOT_SHIPPED = ["cache", "build_info", "doc", "plugins", "bin"];
var BUILD_LOGS = /* @__PURE__ */ new Set(["gem_make.out", "mkmf.log"]);
async function buildRuby(layer, opts) {
  const cwd = path2.join(opts.repoRoot, layer.path);
  const versions = rubyGemVersions(layer);
  if (!existsSync(path2.join(cwd, "Gemfile.lock"))) {
    throw new BuildError(`Layer ${layer.key} has no Gemfile.lock in ${layer.path}: run \`bundle lock\` there and commit it.`);
  }
  const bundle = path2.join(opts.workDir, "bundle");
  const root = path2.join(opts.workDir, "layer");
  await Promise.all([bundle, root].map((dir) => rm2(dir, { recursive: true, force: true })));
  await mkdir2(root, { recursive: true });
  const probe = await runCommand(
    layer,
    { file: "ruby", args: ["-e", HOST_PROBE2], cwd, display: "ruby -e <version probe>", hint: RUBY_HINT, level: "debug" },
    opts
  );
  const hostVersion = probe.stdout.trim();
  const args = existsSync(path2.join(cwd, "vendor", "cache")) ? ["install", "--local"] : ["install"];
  const env = {
    ...opts.env,
    BUNDLE_GEMFILE: path2.join(cwd, "Gemfile"),
    BUNDLE_DEPLOYMENT: "true",
    BUNDLE_WITHOUT: "development:test",
    BUNDLE_PATH: bundle,
    // Settings of this build only: the repository's .bundle/config is neither read nor written.
    BUNDLE_APP_CONFIG: path2.join(opts.workDir, "bundle-config")
  };
  await runCommand(
    layer,
    {
      file: "bundle",
      args,
      cwd,
      display: `bundle ${args.join(" ")}`,
      hint: `Run \`BUNDLE_DEPLOYMENT=true BUNDLE_WITHOUT=development:test bundle ${args.join(" ")}\` in ${layer.path} to reproduce; in deployment mode the Gemfile.lock must match the Gemfile (run \`bundle lock\` and commit it).`
    },
    { ...opts, env }
  );
  const installed = path2.join(bundle, "ruby", hostVersion);
  await Promise.all(NOT_SHIPPED.map((name) => rm2(path2.join(installed, name), { recursive: true, force: true })));
  const natives = await nativeLibraries(installed);
  const problems = natives.flatMap((lib) => architectureProblem(lib, layer.architectures));
  if (problems.length > 0) {
    throw new BuildError(
      `Layer ${layer.key} runs on ${layer.architectures.join(", ")}, but these gems hold native code for another architecture: ${problems.join("; ")}. Build the layer on a runner of that architecture (one layer per architecture), or use the gem's platform build for it.`
    );
  }
  const otherRuby = versions.filter((v) => v !== hostVersion);
  if (natives.length > 0 && otherRuby.length > 0) {
    throw new BuildError(
      `Layer ${layer.key} targets Ruby ${otherRuby.join(", ")}, but its native gems (${gemsOf(natives).join(", ")}) were compiled by the runner's Ruby ${hostVersion}: install that Ruby on the runner (for example with ruby/setup-ruby), or declare only the matching ruby runtime.`
    );
  }
  for (const version of versions) await cp(installed, path2.join(root, "ruby", "gems", version), { recursive: true, verbatimSymlinks: true });
  return root;
}
var RUBY_HINT = "Install Ruby and bundler on the runner (Debian/Ubuntu: 'apt-get install ruby bundler', or ruby/setup-ruby) before this step.";
async function nativeLibraries(installed) {
  const found = [];
  const entries = existsSync(installed) ? await readdir2(installed, { recursive: true, withFileTypes: true }) : [];
  for (const entry of entries) {
    const full = path2.join(entry.parentPath, entry.name);
    if (entry.isFile() && BUILD_LOGS.has(entry.name)) await rm2(full);
    else if (entry.isFile() && /\.(so|bundle)$/.test(entry.name)) {
      const file = path2.relative(installed, full).split(path2.sep).join("/");
      found.push({ gem: gemOf(file), file, machine: elfMachine(await readHead(full)) });
    }
  }
  return found.sort((a, b) => a.file < b.file ? -1 : 1);
}
function gemOf(file) {
  const parts = file.split("/");
  return (parts[0] === "extensions" ? parts[3] : parts[1]) ?? file;
}
function gemsOf(libs) {
  return [...new Set(libs.map((l) => l.gem))];
}
function architectureProblem(lib, architectures) {
  const arch = lib.machine === void 0 ? void 0 : elfArchitecture(lib.machine);
  if (lib.machine === void 0) return [`${lib.gem} (${lib.file} is not a Linux ELF library)`];
  const missing = architectures.filter((a) => a !== arch);
  if (missing.length === 0) return [];
  return [`${lib.gem} (${lib.file} is built for ${arch ?? `ELF machine ${lib.machine}`}, not ${missing.join(", ")})`];
}
async function readHead(file) {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(64);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

// src/build/script.ts
import { realpath, stat } from "node:fs/promises";
import path3 from "node:path";
async function buildScript(layer, opts) {
  if (!layer.build || !layer.output) {
    throw new BuildError(`Layer ${layer.key} has type '${layer.type}': give it both \`build\` and \`output\` in its configuration.`);
  }
  const cwd = path3.join(opts.repoRoot, layer.path);
  await runCommand(
    layer,
    {
      file: "bash",
      args: ["--noprofile", "--norc", "-eo", "pipefail", "-c", layer.build],
      cwd,
      display: layer.build,
      hint: `Fix the command or what it builds; it runs with bash -eo pipefail in ${layer.path}, with the runner's environment minus its tokens and credentials.`
    },
    opts
  );
  const output = path3.posix.join(layer.path, layer.output);
  let real;
  try {
    real = await realpath(path3.join(opts.repoRoot, output));
  } catch {
    throw new BuildError(
      `The build of layer ${layer.key} finished, but its output folder ${output} does not exist. Make \`${layer.build}\` write the layer's files there, or set \`output\` to the folder it writes (relative to ${layer.path}).`
    );
  }
  if (!isInside(await realpath(opts.repoRoot), real)) {
    throw new BuildError(
      `The output folder ${output} of layer ${layer.key} resolves to ${real}, outside the repository; layers only take files from inside it, so make the build write a real folder there instead of a link.`
    );
  }
  if (!(await stat(real)).isDirectory()) {
    throw new BuildError(
      `The output ${output} of layer ${layer.key} is a file, not a folder; point \`output\` at the folder that holds the layer's files.`
    );
  }
  return real;
}

// src/build/index.ts
var BUILDERS = { nodejs: buildNodejs, python: buildPython, runtime: buildScript, custom: buildScript, ruby: buildRuby };
async function buildLayer(layer, opts) {
  await mkdir3(opts.workDir, { recursive: true });
  return { root: await BUILDERS[layer.type](layer, { ...opts, deadline: Date.now() + layer.timeoutMinutes * 6e4 }) };
}
export {
  BuildError,
  buildLayer
};
//# sourceMappingURL=build-FXD5R2QL.js.map
