import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  globMatcher
} from "./chunk-7ONOX6CZ.js";

// src/detect/inputs.ts
import path from "node:path";

// node_modules/strip-json-comments/index.js
var singleComment = /* @__PURE__ */ Symbol("singleComment");
var multiComment = /* @__PURE__ */ Symbol("multiComment");
var stripWithoutWhitespace = () => "";
var stripWithWhitespace = (string, start, end) => string.slice(start, end).replaceAll(/[^\t\n\r ]/g, " ");
var isEscaped = (jsonString, quotePosition) => {
  let index = quotePosition - 1;
  let backslashCount = 0;
  while (jsonString[index] === "\\") {
    index -= 1;
    backslashCount += 1;
  }
  return Boolean(backslashCount % 2);
};
function stripJsonComments(jsonString, { whitespace = true, trailingCommas = false } = {}) {
  if (typeof jsonString !== "string") {
    throw new TypeError(`Expected argument \`jsonString\` to be a \`string\`, got \`${typeof jsonString}\``);
  }
  const strip = whitespace ? stripWithWhitespace : stripWithoutWhitespace;
  let isInsideString = false;
  let isInsideComment = false;
  let offset = 0;
  let buffer = "";
  let result = "";
  let commaIndex = -1;
  for (let index = 0; index < jsonString.length; index++) {
    const currentCharacter = jsonString[index];
    const nextCharacter = jsonString[index + 1];
    if (!isInsideComment && currentCharacter === '"') {
      const escaped = isEscaped(jsonString, index);
      if (!escaped) {
        isInsideString = !isInsideString;
      }
    }
    if (isInsideString) {
      continue;
    }
    if (!isInsideComment && currentCharacter === "/" && (nextCharacter === "/" || nextCharacter === "*")) {
      buffer += jsonString.slice(offset, index);
      offset = index;
      isInsideComment = nextCharacter === "/" ? singleComment : multiComment;
      index++;
    } else if (isInsideComment === singleComment && (currentCharacter === "\n" || currentCharacter === "\r")) {
      isInsideComment = false;
      buffer += strip(jsonString, offset, index);
      offset = index;
    } else if (isInsideComment === multiComment && currentCharacter === "*" && nextCharacter === "/") {
      index++;
      isInsideComment = false;
      buffer += strip(jsonString, offset, index + 1);
      offset = index + 1;
    } else if (trailingCommas && !isInsideComment) {
      if (commaIndex !== -1) {
        if (currentCharacter === "}" || currentCharacter === "]") {
          buffer += jsonString.slice(offset, index);
          result += strip(buffer, 0, 1) + buffer.slice(1);
          buffer = "";
          offset = index;
          commaIndex = -1;
        } else if (currentCharacter !== " " && currentCharacter !== "	" && currentCharacter !== "\r" && currentCharacter !== "\n") {
          buffer += jsonString.slice(offset, index);
          offset = index;
          commaIndex = -1;
        }
      } else if (currentCharacter === ",") {
        result += buffer + jsonString.slice(offset, index);
        buffer = "";
        offset = index;
        commaIndex = index;
      }
    }
  }
  const remaining = isInsideComment === singleComment ? strip(jsonString, offset) : jsonString.slice(offset);
  return result + buffer + remaining;
}

// src/detect/inputs.ts
var TEST_FILES = [
  "**/*.{test,spec}.*",
  "**/__tests__/**",
  "**/__mocks__/**",
  "**/*.snap",
  "**/{jest,vitest}.{config,setup,workspace}.*",
  "**/tsconfig.spec.json"
];
var testFiles;
var isTestFile = (rel) => (testFiles ??= globMatcher(TEST_FILES, { dot: true }))(rel);
var NODE_SETTINGS = [".npmrc", ".yarnrc", ".yarnrc.yml", "pnpm-workspace.yaml", ".pnpmfile.cjs", "npm-shrinkwrap.json", "package-lock.json", "pnpm-lock.yaml", "yarn.lock"];
var NODE_SETTING_FOLDERS = [".yarn", "patches"];
function packageRule(manifest, role) {
  if (role.scripts) return () => true;
  const packed = role.shipped ? packedFiles(manifest) : () => false;
  const testsShipped = typeof manifest.scripts?.build !== "string";
  return (rel) => role.built && !isTestFile(rel) || packed(rel) && (testsShipped || !isTestFile(rel));
}
var ALWAYS_PACKED = /^(readme|copying|license|licence)(\..*)?$/i;
function packedFiles(manifest) {
  if (!Array.isArray(manifest.files)) return () => true;
  const entries = manifest.files.filter((e) => typeof e === "string" && !e.startsWith("!")).map(clean).filter(Boolean);
  const globs = entries.flatMap((e) => e.includes("/") ? [e, `${e}/**`] : [e, `${e}/**`, `**/${e}`, `**/${e}/**`]);
  const listed = globMatcher(globs, { dot: true });
  const bin = typeof manifest.bin === "string" ? [manifest.bin] : Object.values(manifest.bin ?? {});
  const entryPoints = [manifest.main, manifest.browser, ...bin].filter((e) => typeof e === "string").map(clean).filter(Boolean);
  return (rel) => {
    if (rel === "package.json" || ALWAYS_PACKED.test(rel) || listed(rel)) return true;
    const name = path.posix.basename(rel);
    if (name === ".npmignore" || name === ".gitignore") return true;
    return entryPoints.some((e) => rel === e || rel.startsWith(`${e}.`) || rel.startsWith(`${e}/`));
  };
}
var clean = (entry) => path.posix.normalize(entry).replace(/^(\.\/|\/)+/, "").replace(/\/+$/, "").replace(/^\.$/, "");
var REQUIREMENT_FILE = /^(?:-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+|(?=\S))(\S+)/;
var PATH_OPTION = /^(?:-e|--editable|-f|--find-links|-i|--index-url|--extra-index-url)(?:\s*=\s*|\s+|(?=\S))(\S+)/;
function pythonInputs(layerPath, read) {
  const files = [];
  const local = /* @__PURE__ */ new Set();
  const visit = (file) => {
    if (files.includes(file)) return;
    files.push(file);
    const text = read(file) ?? "";
    for (const raw of text.replace(/\\\r?\n/g, " ").split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, "").trim();
      if (!line) continue;
      const dir = path.posix.dirname(file);
      const required = REQUIREMENT_FILE.exec(line);
      if (required) {
        if (!required[1].includes("://")) visit(path.posix.join(dir, required[1]));
        continue;
      }
      const option = PATH_OPTION.exec(line)?.[1];
      if (option !== void 0) {
        if (!option.includes("://") || option.startsWith("file:")) local.add(path.posix.join(dir, option.replace(/^file:(\/\/)?/, "")));
        continue;
      }
      const target = line.startsWith("-") ? void 0 : /@\s*file:(\S+)/.exec(line)?.[1] ?? line.split(/[\s;]/)[0];
      const where = target?.replace(/^file:(\/\/)?/, "");
      if (where !== void 0 && (target.startsWith("file:") || isLocalPath(where))) local.add(path.posix.join(dir, where));
    }
  };
  visit(path.posix.join(layerPath, "requirements.txt"));
  return { files, local: [...local] };
}
function isLocalPath(token) {
  return !token.includes("://") && (token.startsWith(".") || token.includes("/") || /\.(whl|tar\.gz|zip)$/.test(token));
}
var TSCONFIG = /^tsconfig(\..+)?\.json$/;
var inRepository = (p) => p !== ".." && !p.startsWith("../") && !path.posix.isAbsolute(p);
var outsidePackage = (dir, p) => p !== "." && inRepository(p) && dir !== "" && dir !== "." && p !== dir && !p.startsWith(`${dir}/`);
function tsconfigReads(dir, names, read, packageDir) {
  const configs = /* @__PURE__ */ new Set();
  const paths = /* @__PURE__ */ new Set();
  const asWritten = (file) => file.endsWith(".json") || read(file) !== void 0 ? file : `${file}.json`;
  const extendsPackage = (specifier, sources) => {
    const [, name, subpath] = /^((?:@[^/]+\/)?[^/@][^/]*)(?:\/(.+))?$/.exec(specifier) ?? [];
    const folder = name === void 0 ? void 0 : packageDir(name);
    if (folder === void 0) return;
    const joined = subpath === void 0 ? void 0 : path.posix.join(folder, subpath);
    const file = joined !== void 0 && inRepository(joined) ? asWritten(joined) : void 0;
    if (file === void 0 || read(file) === void 0) return void paths.add(folder);
    paths.add(`${folder}/package.json`);
    visit(file, sources);
  };
  const visit = (file, sources = true) => {
    if (configs.has(file)) return;
    configs.add(file);
    const config = tsconfig(read(file));
    const from = path.posix.dirname(file);
    const at = (base, entry) => {
      if (typeof entry !== "string" || entry.includes("${")) return;
      const target = path.posix.join(base, entry).replace(/\/+$/, "");
      if (outsidePackage(dir, target)) paths.add(target);
    };
    for (const target of [config?.extends].flat()) {
      if (typeof target !== "string") continue;
      if (!/^\.\.?\//.test(target)) {
        extendsPackage(target, sources);
        continue;
      }
      const extended = path.posix.join(from, target);
      if (inRepository(extended)) visit(asWritten(extended), sources);
    }
    for (const entry of sources ? list(config?.include) : []) at(from, typeof entry === "string" && namesFolders(entry) ? `${entry}/**` : entry);
    for (const entry of sources ? list(config?.files) : []) at(from, entry);
    const options = record(config?.compilerOptions);
    const baseUrl = typeof options.baseUrl === "string" ? path.posix.join(from, options.baseUrl) : from;
    for (const target of Object.values(record(options.paths)).flatMap(list).map(String)) {
      if (target.includes("*")) at(baseUrl, target.replace(/[^/]*\*.*$/, ""));
      else for (const file2 of [target, `${target}.*`]) at(baseUrl, file2);
    }
    for (const reference of sources ? list(config?.references) : []) {
      const project = record(reference).path;
      if (typeof project === "string") at(from, project.endsWith(".json") ? path.posix.dirname(project) : project);
    }
  };
  for (const name of names) if (TSCONFIG.test(name) && !/\.(test|spec)\./.test(name)) visit(path.posix.join(dir, name));
  if (!names.includes("tsconfig.json")) {
    const nearest = foldersAbove([dir]).map((folder) => path.posix.join(folder, "tsconfig.json")).find((file) => read(file) !== void 0);
    if (nearest !== void 0) visit(nearest, false);
  }
  return [.../* @__PURE__ */ new Set([...configs, ...paths])].filter((file) => outsidePackage(dir, file));
}
var namesFolders = (pattern) => /[*?]/.test(pattern) && !/[.*?]/.test(pattern.slice(pattern.lastIndexOf("/") + 1));
var list = (value) => Array.isArray(value) ? value : [];
var record = (value) => typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
function scriptPaths(dir, scripts) {
  const found = /* @__PURE__ */ new Set();
  for (const text of buildScripts(scripts)) {
    let cwd = dir;
    for (const command of text.split(/&&|\|\||[;\n]/)) {
      const cd = /^\s*\(?\s*cd\s+(['"]?)([^\s'"`;&|()<>]+)\1\s*\)?\s*$/.exec(command);
      if (cd) {
        cwd = (path.posix.isAbsolute(cd[2]) ? cd[2] : path.posix.join(cwd, cd[2])).replace(/\/+$/, "");
        if (cwd === ".") found.add("**");
        else if (outsidePackage(dir, cwd)) found.add(cwd);
        continue;
      }
      for (const [, token] of command.matchAll(/(?:^|[\s=:'"(])(\.\.?\/[^\s'"`;&|()<>]*)/g)) {
        for (const from of /* @__PURE__ */ new Set([cwd, dir])) {
          const target = path.posix.join(from, token).replace(/\/+$/, "");
          if (outsidePackage(dir, target)) found.add(target);
        }
      }
    }
  }
  return [...found];
}
var TOOL_CONFIGS = [
  ".browserslistrc",
  "browserslist",
  ...["json", "js", "cjs", "mjs", "cts"].map((ext) => `babel.config.${ext}`),
  ".postcssrc",
  ...["json", "yaml", "yml", "js", "cjs", "mjs", "ts", "cts", "mts"].map((ext) => `.postcssrc.${ext}`),
  ...["js", "cjs", "mjs", "ts", "cts", "mts"].map((ext) => `postcss.config.${ext}`)
];
var toolConfigs = new Set(TOOL_CONFIGS);
function foldersAbove(dirs) {
  const found = /* @__PURE__ */ new Set();
  for (const dir of dirs) {
    for (let folder = dir; folder !== "." && folder !== ""; ) {
      folder = path.posix.dirname(folder);
      if (found.has(folder)) break;
      found.add(folder);
    }
  }
  return [...found];
}
var isToolConfig = (folders, file) => toolConfigs.has(path.posix.basename(file)) && folders.has(path.posix.dirname(file));
function manifestHoldsConfig(text) {
  if (text === void 0) return false;
  try {
    const manifest = JSON.parse(text);
    return typeof manifest !== "object" || manifest === null || "browserslist" in manifest || "postcss" in manifest;
  } catch {
    return true;
  }
}
function buildScripts(scripts) {
  const script = (name) => typeof scripts?.[name] === "string" ? scripts[name] : void 0;
  const run = ["prebuild", "build", "postbuild"];
  const texts = [];
  for (let next = 0; next < run.length; next++) {
    const text = script(run[next]);
    if (text === void 0) continue;
    texts.push(text);
    for (const [, name] of text.matchAll(/\b(?:npm run(?:-script)?|pnpm(?: run)?|yarn(?: run)?|bun run)\s+([\w:.-]+)/g)) {
      for (const named of [`pre${name}`, name, `post${name}`]) if (script(named) !== void 0 && !run.includes(named)) run.push(named);
    }
  }
  return texts;
}
function scriptPrograms(scripts) {
  const found = /* @__PURE__ */ new Set();
  for (const text of buildScripts(scripts)) {
    for (const command of text.split(/&&|\|\|?|[;\n()]/)) {
      const words = command.trim().split(/\s+/);
      let i = 0;
      while (i < words.length && (/^\w+=/.test(words[i]) || /^(npx|cross-env|env|exec|-[\w-]+|--)$/.test(words[i]))) i++;
      if (/^(npm|pnpm|yarn)$/.test(words[i]) && words[i + 1] === "exec") i += words[i + 2] === "--" ? 3 : 2;
      if (/^[\w@][\w@./-]*$/.test(words[i] ?? "") && !words[i].includes("/")) found.add(words[i]);
    }
  }
  return [...found];
}
function tsconfig(text) {
  try {
    return text === void 0 ? void 0 : JSON.parse(stripJsonComments(text, { trailingCommas: true }));
  } catch {
    return void 0;
  }
}
var RUBY_FILES = ["Gemfile", "Gemfile.lock", "gems.rb", "gems.locked", "vendor/cache/**"];
function gemfileReadsFiles(gemfile) {
  return /\b(gemspec|path|eval_gemfile|File|IO|Dir|require|require_relative|load|file)\b/.test(gemfile.replace(/#.*$/gm, ""));
}

export {
  isTestFile,
  NODE_SETTINGS,
  NODE_SETTING_FOLDERS,
  packageRule,
  pythonInputs,
  tsconfigReads,
  scriptPaths,
  TOOL_CONFIGS,
  foldersAbove,
  isToolConfig,
  manifestHoldsConfig,
  scriptPrograms,
  RUBY_FILES,
  gemfileReadsFiles
};
//# sourceMappingURL=chunk-VDCH2BSK.js.map
