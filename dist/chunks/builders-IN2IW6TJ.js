import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  installScriptPackages,
  planStaging
} from "./chunk-EBEJA6N6.js";
import {
  BuildError,
  runCommand
} from "./chunk-MFIMENYZ.js";
import {
  dropper,
  elfArchitecture,
  elfMachine
} from "./chunk-KVMY23IQ.js";
import {
  require_dist
} from "./chunk-XKRDKDOR.js";
import {
  LOCKFILES,
  buildDependencies,
  classicRange,
  dependencyNames,
  isTestFile,
  packageAt,
  parseLockfile,
  readJson,
  readWorkspaces,
  resolveNode,
  workspaceDependencies
} from "./chunk-PGQ72DLF.js";
import "./chunk-FT3CAMBC.js";
import "./chunk-Y3A3TBS2.js";
import "./chunk-7ONOX6CZ.js";
import {
  isInside
} from "./chunk-TGKLIGP6.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-SK5B422H.js";

// node_modules/npm-normalize-package-bin/lib/index.js
var require_lib = __commonJS({
  "node_modules/npm-normalize-package-bin/lib/index.js"(exports, module) {
    var { join, basename } = __require("path");
    var normalize = (pkg) => !pkg.bin ? removeBin(pkg) : typeof pkg.bin === "string" ? normalizeString(pkg) : Array.isArray(pkg.bin) ? normalizeArray(pkg) : typeof pkg.bin === "object" ? normalizeObject(pkg) : removeBin(pkg);
    var normalizeString = (pkg) => {
      if (!pkg.name) {
        return removeBin(pkg);
      }
      pkg.bin = { [pkg.name]: pkg.bin };
      return normalizeObject(pkg);
    };
    var normalizeArray = (pkg) => {
      pkg.bin = pkg.bin.reduce((acc, k) => {
        acc[basename(k)] = k;
        return acc;
      }, {});
      return normalizeObject(pkg);
    };
    var removeBin = (pkg) => {
      delete pkg.bin;
      return pkg;
    };
    var normalizeObject = (pkg) => {
      const orig = pkg.bin;
      const clean = {};
      let hasBins = false;
      Object.keys(orig).forEach((binKey) => {
        const base = join("/", basename(binKey.replace(/\\|:/g, "/"))).slice(1);
        if (typeof orig[binKey] !== "string" || !base) {
          return;
        }
        const binTarget = join("/", orig[binKey].replace(/\\/g, "/")).replace(/\\/g, "/").slice(1);
        if (!binTarget) {
          return;
        }
        clean[base] = binTarget;
        hasBins = true;
      });
      if (hasBins) {
        pkg.bin = clean;
      } else {
        delete pkg.bin;
      }
      return pkg;
    };
    module.exports = normalize;
  }
});

// node_modules/balanced-match/dist/commonjs/index.js
var require_commonjs = __commonJS({
  "node_modules/balanced-match/dist/commonjs/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.range = exports.balanced = void 0;
    var balanced = (a, b, str) => {
      const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
      const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
      const r = ma !== null && mb != null && (0, exports.range)(ma, mb, str);
      return r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length)
      };
    };
    exports.balanced = balanced;
    var maybeMatch = (reg, str) => {
      const m = str.match(reg);
      return m ? m[0] : null;
    };
    var range = (a, b, str) => {
      let begs, beg, left, right = void 0, result;
      let ai = str.indexOf(a);
      let bi = str.indexOf(b, ai + 1);
      let i = ai;
      if (ai >= 0 && bi > 0) {
        if (a === b) {
          return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
          if (i === ai) {
            begs.push(i);
            ai = str.indexOf(a, i + 1);
          } else if (begs.length === 1) {
            const r = begs.pop();
            if (r !== void 0)
              result = [r, bi];
          } else {
            beg = begs.pop();
            if (beg !== void 0 && beg < left) {
              left = beg;
              right = bi;
            }
            bi = str.indexOf(b, i + 1);
          }
          i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== void 0) {
          result = [left, right];
        }
      }
      return result;
    };
    exports.range = range;
  }
});

// node_modules/brace-expansion/dist/commonjs/index.js
var require_commonjs2 = __commonJS({
  "node_modules/brace-expansion/dist/commonjs/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.EXPANSION_MAX_STEPS = exports.EXPANSION_MAX_REWRITES = exports.EXPANSION_MAX_DEPTH = exports.EXPANSION_MAX_LENGTH = exports.EXPANSION_MAX = void 0;
    exports.expand = expand;
    var balanced_match_1 = require_commonjs();
    var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
    var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
    var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
    var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
    var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
    var escSlashPattern = new RegExp(escSlash, "g");
    var escOpenPattern = new RegExp(escOpen, "g");
    var escClosePattern = new RegExp(escClose, "g");
    var escCommaPattern = new RegExp(escComma, "g");
    var escPeriodPattern = new RegExp(escPeriod, "g");
    var slashPattern = /\\\\/g;
    var openPattern = /\\{/g;
    var closePattern = /\\}/g;
    var commaPattern = /\\,/g;
    var periodPattern = /\\\./g;
    exports.EXPANSION_MAX = 1e5;
    exports.EXPANSION_MAX_LENGTH = 4e6;
    exports.EXPANSION_MAX_DEPTH = 1e3;
    exports.EXPANSION_MAX_REWRITES = 1e3;
    exports.EXPANSION_MAX_STEPS = 2e7;
    var CALL_STEPS = 16;
    function numeric(str) {
      return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
    }
    function escapeBraces(str) {
      return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
    }
    function unescapeBraces(str) {
      return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
    }
    function pushAll(target, items) {
      for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
      }
    }
    function balancedWithBudget(str, masked, budget) {
      if (budget.remaining < 0) {
        return void 0;
      }
      const r = (0, balanced_match_1.range)("{", "}", masked);
      const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
      budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
      if (!r || budget.remaining < 0) {
        return void 0;
      }
      return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched
      };
    }
    function maskUnmatchedOpens(masked, budget) {
      budget.remaining -= masked.length;
      const open3 = [];
      for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 123) {
          open3.push(i);
        } else if (c === 125 && open3.length) {
          open3.pop();
        }
      }
      let out = "";
      let last = 0;
      for (let i = 0; i < open3.length; i++) {
        const at = open3[i];
        out += masked.slice(last, at) + "\0";
        last = at + 1;
      }
      return out + masked.slice(last);
    }
    function commaSetFollows(str, budget) {
      budget.remaining -= str.length;
      if (budget.remaining < 0) {
        return false;
      }
      let close = false;
      for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 125) {
          close = true;
        } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
          close = false;
        } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
          return true;
        }
      }
      return false;
    }
    function parseCommaParts(str, budget) {
      const parts = [];
      let carry = "";
      for (; ; ) {
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
          return void 0;
        }
        if (!m) {
          const tail = str.split(",");
          tail[0] = carry + tail[0];
          pushAll(parts, tail);
          return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(",");
        p[0] = carry + p[0];
        p[p.length - 1] += "{" + body + "}";
        if (!post.length) {
          pushAll(parts, p);
          return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
      }
    }
    function bound(value, fallback) {
      return value === void 0 || isNaN(value) ? fallback : value;
    }
    function expand(str, options = {}) {
      if (!str) {
        return [];
      }
      const max = bound(options.max, exports.EXPANSION_MAX);
      const maxLength = bound(options.maxLength, exports.EXPANSION_MAX_LENGTH);
      const maxDepth = bound(options.maxDepth, exports.EXPANSION_MAX_DEPTH);
      const maxRewrites = bound(options.maxRewrites, exports.EXPANSION_MAX_REWRITES);
      const maxSteps = bound(options.maxSteps, exports.EXPANSION_MAX_STEPS);
      if (str.slice(0, 2) === "{}") {
        str = "\\{\\}" + str.slice(2);
      }
      return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
    }
    function embrace(str) {
      return "{" + str + "}";
    }
    function isPadded(el) {
      return /^-?0\d/.test(el);
    }
    function lte(i, y) {
      return i <= y;
    }
    function gte(i, y) {
      return i >= y;
    }
    function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
      const out = [];
      let length = 0;
      let nonEmpty;
      outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
          if (!nonEmpty)
            nonEmpty = values.filter((v) => v);
          vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
          if (out.length >= max)
            break outer;
          const expansion = prefix + vs[v];
          if (length + expansion.length > maxLength)
            break outer;
          out.push(expansion);
          length += expansion.length;
        }
      }
      budget.remaining -= out.length;
      return out;
    }
    function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
      const n = body.split(/\.\./);
      const N = [];
      if (n[0] === void 0 || n[1] === void 0) {
        return N;
      }
      const x = numeric(n[0]);
      const y = numeric(n[1]);
      const width = Math.max(n[0].length, n[1].length);
      let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
      let test = lte;
      const reverse = y < x;
      if (reverse) {
        incr *= -1;
        test = gte;
      }
      const pad = n.some(isPadded);
      const cost = pad ? width : 1;
      let length = 0;
      for (let i = x; test(i, y) && N.length < max; i += incr) {
        budget.remaining -= cost;
        if (budget.remaining < 0) {
          return void 0;
        }
        let c;
        if (isAlphaSequence) {
          c = String.fromCharCode(i);
          if (c === "\\") {
            c = "";
          }
        } else {
          c = String(i);
          if (pad) {
            const need = width - c.length;
            if (need > 0) {
              const z = new Array(need + 1).join("0");
              if (i < 0) {
                c = "-" + z + c.slice(1);
              } else {
                c = z + c;
              }
            }
          }
        }
        if (length + c.length > maxLength)
          break;
        N.push(c);
        length += c.length;
      }
      return N;
    }
    function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
      budget.remaining -= CALL_STEPS;
      if (depth > maxDepth) {
        return [str];
      }
      let acc = [""];
      let rewrites = 0;
      let dropEmpties = false;
      let firstGroup = true;
      let masked = str;
      for (; ; ) {
        const m = balancedWithBudget(str, masked, budget);
        if (!m) {
          return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
          masked = maskUnmatchedOpens(masked, budget);
        }
        const pre = m.pre;
        const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
          acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
          firstGroup = false;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(",") >= 0;
        if (!isSequence && !isOptions) {
          if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
            rewrites++;
            str = m.pre + "{" + m.body + escClose + m.post;
            masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
            isTop = true;
            continue;
          }
          return literal();
        }
        if (firstGroup) {
          dropEmpties = isTop && !isSequence;
          firstGroup = false;
        }
        let values;
        if (isSequence) {
          values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
          if (!values) {
            return literal();
          }
        } else {
          let n = parseCommaParts(m.body, budget);
          if (!n) {
            return literal();
          }
          if (n.length === 1 && n[0] !== void 0) {
            n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
            if (budget.remaining < 0) {
              return literal();
            }
            if (n.length === 1) {
              const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
              if (budget.remaining < 0) {
                return literal();
              }
              acc = next2;
              if (!m.post.length)
                break;
              str = m.post;
              masked = masked.slice(m.end + 1);
              continue;
            }
          }
          let dropsEmpties = dropEmpties && !m.post.length && !pre;
          for (let d = 0; dropsEmpties && d < acc.length; d++) {
            if (acc[d]) {
              dropsEmpties = false;
            }
          }
          values = [];
          let valuesLength = 0;
          outer: for (let j = 0; j < n.length; j++) {
            const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
            if (budget.remaining < 0) {
              return literal();
            }
            for (let k = 0; k < expanded.length; k++) {
              const v = expanded[k];
              if (dropsEmpties && !v)
                continue;
              if (values.length >= max || valuesLength + v.length > maxLength) {
                break outer;
              }
              values.push(v);
              valuesLength += v.length;
            }
          }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        if (budget.remaining < 0) {
          return literal();
        }
        acc = next;
        if (!m.post.length)
          break;
        str = m.post;
        masked = masked.slice(m.end + 1);
      }
      return acc;
    }
  }
});

// node_modules/minimatch/dist/commonjs/assert-valid-pattern.js
var require_assert_valid_pattern = __commonJS({
  "node_modules/minimatch/dist/commonjs/assert-valid-pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assertValidPattern = void 0;
    var MAX_PATTERN_LENGTH = 1024 * 64;
    var assertValidPattern = (pattern) => {
      if (typeof pattern !== "string") {
        throw new TypeError("invalid pattern");
      }
      if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError("pattern is too long");
      }
    };
    exports.assertValidPattern = assertValidPattern;
  }
});

// node_modules/minimatch/dist/commonjs/brace-expressions.js
var require_brace_expressions = __commonJS({
  "node_modules/minimatch/dist/commonjs/brace-expressions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseClass = void 0;
    var posixClasses = {
      "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
      "[:alpha:]": ["\\p{L}\\p{Nl}", true],
      "[:ascii:]": ["\\x00-\\x7f", false],
      "[:blank:]": ["\\p{Zs}\\t", true],
      "[:cntrl:]": ["\\p{Cc}", true],
      "[:digit:]": ["\\p{Nd}", true],
      "[:graph:]": ["\\p{Z}\\p{C}", true, true],
      "[:lower:]": ["\\p{Ll}", true],
      "[:print:]": ["\\p{C}", true],
      "[:punct:]": ["\\p{P}", true],
      "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
      "[:upper:]": ["\\p{Lu}", true],
      "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
      "[:xdigit:]": ["A-Fa-f0-9", false]
    };
    var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
    var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
    var rangesToString = (ranges) => ranges.join("");
    var parseClass = (glob, position) => {
      const pos = position;
      if (glob.charAt(pos) !== "[") {
        throw new Error("not in a brace expression");
      }
      const ranges = [];
      const negs = [];
      let i = pos + 1;
      let sawStart = false;
      let uflag = false;
      let escaping = false;
      let negate = false;
      let endPos = pos;
      let rangeStart = "";
      WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === "!" || c === "^") && i === pos + 1) {
          negate = true;
          i++;
          continue;
        }
        if (c === "]" && sawStart && !escaping) {
          endPos = i + 1;
          break;
        }
        sawStart = true;
        if (c === "\\") {
          if (!escaping) {
            escaping = true;
            i++;
            continue;
          }
        }
        if (c === "[" && !escaping) {
          for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
            if (glob.startsWith(cls, i)) {
              if (rangeStart) {
                return ["$.", false, glob.length - pos, true];
              }
              i += cls.length;
              if (neg)
                negs.push(unip);
              else
                ranges.push(unip);
              uflag = uflag || u;
              continue WHILE;
            }
          }
        }
        escaping = false;
        if (rangeStart) {
          if (c > rangeStart) {
            ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
          } else if (c === rangeStart) {
            ranges.push(braceEscape(c));
          }
          rangeStart = "";
          i++;
          continue;
        }
        if (glob.startsWith("-]", i + 1)) {
          ranges.push(braceEscape(c + "-"));
          i += 2;
          continue;
        }
        if (glob.startsWith("-", i + 1)) {
          rangeStart = c;
          i += 2;
          continue;
        }
        ranges.push(braceEscape(c));
        i++;
      }
      if (endPos < i) {
        return ["", false, 0, false];
      }
      if (!ranges.length && !negs.length) {
        return ["$.", false, glob.length - pos, true];
      }
      if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
      }
      const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
      const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
      const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
      return [comb, uflag, endPos - pos, true];
    };
    exports.parseClass = parseClass;
  }
});

// node_modules/minimatch/dist/commonjs/unescape.js
var require_unescape = __commonJS({
  "node_modules/minimatch/dist/commonjs/unescape.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.unescape = void 0;
    var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
      if (magicalBraces) {
        return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
      }
      return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
    };
    exports.unescape = unescape;
  }
});

// node_modules/minimatch/dist/commonjs/ast.js
var require_ast = __commonJS({
  "node_modules/minimatch/dist/commonjs/ast.js"(exports) {
    "use strict";
    var _a;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AST = void 0;
    var brace_expressions_js_1 = require_brace_expressions();
    var unescape_js_1 = require_unescape();
    var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
    var isExtglobType = (c) => types.has(c);
    var isExtglobAST = (c) => isExtglobType(c.type);
    var adoptionMap = /* @__PURE__ */ new Map([
      ["!", ["@"]],
      ["?", ["?", "@"]],
      ["@", ["@"]],
      ["*", ["*", "+", "?", "@"]],
      ["+", ["+", "@"]]
    ]);
    var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
      ["!", ["?"]],
      ["@", ["?"]],
      ["+", ["?", "*"]]
    ]);
    var adoptionAnyMap = /* @__PURE__ */ new Map([
      ["!", ["?", "@"]],
      ["?", ["?", "@"]],
      ["@", ["?", "@"]],
      ["*", ["*", "+", "?", "@"]],
      ["+", ["+", "@", "?", "*"]]
    ]);
    var usurpMap = /* @__PURE__ */ new Map([
      ["!", /* @__PURE__ */ new Map([["!", "@"]])],
      [
        "?",
        /* @__PURE__ */ new Map([
          ["*", "*"],
          ["+", "*"]
        ])
      ],
      [
        "@",
        /* @__PURE__ */ new Map([
          ["!", "!"],
          ["?", "?"],
          ["@", "@"],
          ["*", "*"],
          ["+", "+"]
        ])
      ],
      [
        "+",
        /* @__PURE__ */ new Map([
          ["?", "*"],
          ["*", "*"]
        ])
      ]
    ]);
    var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
    var startNoDot = "(?!\\.)";
    var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
    var justDots = /* @__PURE__ */ new Set(["..", "."]);
    var reSpecials = new Set("().*{}+?[]^$\\!");
    var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
    var qmark = "[^/]";
    var star = qmark + "*?";
    var starNoEmpty = qmark + "+?";
    var ID = 0;
    var AST = class {
      type;
      #root;
      #hasMagic;
      #uflag = false;
      #parts = [];
      #parent;
      #parentIndex;
      #negs;
      #filledNegs = false;
      #options;
      #toString;
      // set to true if it's an extglob with no children
      // (which really means one child of '')
      #emptyExt = false;
      id = ++ID;
      get depth() {
        return (this.#parent?.depth ?? -1) + 1;
      }
      [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
        return {
          "@@type": "AST",
          id: this.id,
          type: this.type,
          root: this.#root.id,
          parent: this.#parent?.id,
          depth: this.depth,
          partsLength: this.#parts.length,
          parts: this.#parts
        };
      }
      constructor(type, parent, options = {}) {
        this.type = type;
        if (type)
          this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === "!" && !this.#root.#filledNegs)
          this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
      }
      get hasMagic() {
        if (this.#hasMagic !== void 0)
          return this.#hasMagic;
        for (const p of this.#parts) {
          if (typeof p === "string")
            continue;
          if (p.type || p.hasMagic)
            return this.#hasMagic = true;
        }
        return this.#hasMagic;
      }
      // reconstructs the pattern
      toString() {
        return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
      }
      #fillNegs() {
        if (this !== this.#root)
          throw new Error("should only call on root");
        if (this.#filledNegs)
          return this;
        this.toString();
        this.#filledNegs = true;
        let n;
        while (n = this.#negs.pop()) {
          if (n.type !== "!")
            continue;
          let p = n;
          let pp = p.#parent;
          while (pp) {
            for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
              for (const part of n.#parts) {
                if (typeof part === "string") {
                  throw new Error("string part in extglob AST??");
                }
                part.copyIn(pp.#parts[i]);
              }
            }
            p = pp;
            pp = p.#parent;
          }
        }
        return this;
      }
      push(...parts) {
        for (const p of parts) {
          if (p === "")
            continue;
          if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
            throw new Error("invalid part: " + p);
          }
          this.#parts.push(p);
        }
      }
      toJSON() {
        const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
        if (this.isStart() && !this.type)
          ret.unshift([]);
        if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
          ret.push({});
        }
        return ret;
      }
      isStart() {
        if (this.#root === this)
          return true;
        if (!this.#parent?.isStart())
          return false;
        if (this.#parentIndex === 0)
          return true;
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
          const pp = p.#parts[i];
          if (!(pp instanceof _a && pp.type === "!")) {
            return false;
          }
        }
        return true;
      }
      isEnd() {
        if (this.#root === this)
          return true;
        if (this.#parent?.type === "!")
          return true;
        if (!this.#parent?.isEnd())
          return false;
        if (!this.type)
          return this.#parent?.isEnd();
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        return this.#parentIndex === pl - 1;
      }
      copyIn(part) {
        if (typeof part === "string")
          this.push(part);
        else
          this.push(part.clone(this));
      }
      clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
          c.copyIn(p);
        }
        return c;
      }
      static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
          let i2 = pos;
          let acc2 = "";
          while (i2 < str.length) {
            const c = str.charAt(i2++);
            if (escaping || c === "\\") {
              escaping = !escaping;
              acc2 += c;
              continue;
            }
            if (inBrace) {
              if (i2 === braceStart + 1) {
                if (c === "^" || c === "!") {
                  braceNeg = true;
                }
              } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
                inBrace = false;
              }
              acc2 += c;
              continue;
            } else if (c === "[") {
              inBrace = true;
              braceStart = i2;
              braceNeg = false;
              acc2 += c;
              continue;
            }
            const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
            if (doRecurse) {
              ast.push(acc2);
              acc2 = "";
              const ext = new _a(c, ast);
              i2 = _a.#parseAST(str, ext, i2, opt, extDepth + 1);
              ast.push(ext);
              continue;
            }
            acc2 += c;
          }
          ast.push(acc2);
          return i2;
        }
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = "";
        while (i < str.length) {
          const c = str.charAt(i++);
          if (escaping || c === "\\") {
            escaping = !escaping;
            acc += c;
            continue;
          }
          if (inBrace) {
            if (i === braceStart + 1) {
              if (c === "^" || c === "!") {
                braceNeg = true;
              }
            } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
              inBrace = false;
            }
            acc += c;
            continue;
          } else if (c === "[") {
            inBrace = true;
            braceStart = i;
            braceNeg = false;
            acc += c;
            continue;
          }
          const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
          (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
          if (doRecurse) {
            const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
            part.push(acc);
            acc = "";
            const ext = new _a(c, part);
            part.push(ext);
            i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
            continue;
          }
          if (c === "|") {
            part.push(acc);
            acc = "";
            parts.push(part);
            part = new _a(null, ast);
            continue;
          }
          if (c === ")") {
            if (acc === "" && ast.#parts.length === 0) {
              ast.#emptyExt = true;
            }
            part.push(acc);
            acc = "";
            ast.push(...parts, part);
            return i;
          }
          acc += c;
        }
        ast.type = null;
        ast.#hasMagic = void 0;
        ast.#parts = [str.substring(pos - 1)];
        return i;
      }
      #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
      }
      #canAdopt(child, map = adoptionMap) {
        if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
          return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== "object" || gc.type === null) {
          return false;
        }
        return this.#canAdoptType(gc.type, map);
      }
      #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
      }
      #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push("");
        gc.push(blank);
        this.#adopt(child, index);
      }
      #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
          if (typeof p === "object")
            p.#parent = this;
        }
        this.#toString = void 0;
      }
      #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
      }
      #canUsurp(child) {
        if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
          return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== "object" || gc.type === null) {
          return false;
        }
        return this.#canUsurpType(gc.type);
      }
      #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        if (!nt)
          return false;
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
          if (typeof p === "object") {
            p.#parent = this;
          }
        }
        this.type = nt;
        this.#toString = void 0;
        this.#emptyExt = false;
      }
      static fromGlob(pattern, options = {}) {
        const ast = new _a(null, void 0, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
      }
      // returns the regular expression if there's magic, or the unescaped
      // string if not.
      toMMPattern() {
        if (this !== this.#root)
          return this.#root.toMMPattern();
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
        if (!anyMagic) {
          return body;
        }
        const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
        return Object.assign(new RegExp(`^${re}$`, flags), {
          _src: re,
          _glob: glob
        });
      }
      get options() {
        return this.#options;
      }
      // returns the string match, the regexp source, whether there's magic
      // in the regexp (so a regular expression is required) and whether or
      // not the uflag is needed for the regular expression (for posix classes)
      // TODO: instead of injecting the start/end at this point, just return
      // the BODY of the regexp, along with the start/end portions suitable
      // for binding the start/end in either a joined full-path makeRe context
      // (where we bind to (^|/), or a standalone matchPart context (where
      // we bind to ^, and not /).  Otherwise slashes get duped!
      //
      // In part-matching mode, the start is:
      // - if not isStart: nothing
      // - if traversal possible, but not allowed: ^(?!\.\.?$)
      // - if dots allowed or not possible: ^
      // - if dots possible and not allowed: ^(?!\.)
      // end is:
      // - if not isEnd(): nothing
      // - else: $
      //
      // In full-path matching mode, we put the slash at the START of the
      // pattern, so start is:
      // - if first pattern: same as part-matching mode
      // - if not isStart(): nothing
      // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
      // - if dots allowed or not possible: /
      // - if dots possible and not allowed: /(?!\.)
      // end is:
      // - if last pattern, same as part-matching mode
      // - else nothing
      //
      // Always put the (?:$|/) on negated tails, though, because that has to be
      // there to bind the end of the negated pattern portion, and it's easier to
      // just stick it in now rather than try to inject it later in the middle of
      // the pattern.
      //
      // We can just always return the same end, and leave it up to the caller
      // to know whether it's going to be used joined or in parts.
      // And, if the start is adjusted slightly, can do the same there:
      // - if not isStart: nothing
      // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
      // - if dots allowed or not possible: (?:/|^)
      // - if dots possible and not allowed: (?:/|^)(?!\.)
      //
      // But it's better to have a simpler binding without a conditional, for
      // performance, so probably better to return both start options.
      //
      // Then the caller just ignores the end if it's not the first pattern,
      // and the start always gets applied.
      //
      // But that's always going to be $ if it's the ending pattern, or nothing,
      // so the caller can just attach $ at the end of the pattern when building.
      //
      // So the todo is:
      // - better detect what kind of start is needed
      // - return both flavors of starting pattern
      // - attach $ at the end of the pattern when creating the actual RegExp
      //
      // Ah, but wait, no, that all only applies to the root when the first pattern
      // is not an extglob. If the first pattern IS an extglob, then we need all
      // that dot prevention biz to live in the extglob portions, because eg
      // +(*|.x*) can match .xy but not .yx.
      //
      // So, return the two flavors if it's #root and the first child is not an
      // AST, otherwise leave it to the child AST to handle it, and there,
      // use the (?:^|/) style of start binding.
      //
      // Even simplified further:
      // - Since the start for a join is eg /(?!\.) and the start for a part
      // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
      // or start or whatever) and prepend ^ or / at the Regexp construction.
      toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
          this.#flatten();
          this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
          const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
          const src = this.#parts.map((p) => {
            const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
            this.#hasMagic = this.#hasMagic || hasMagic;
            this.#uflag = this.#uflag || uflag;
            return re;
          }).join("");
          let start2 = "";
          if (this.isStart()) {
            if (typeof this.#parts[0] === "string") {
              const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
              if (!dotTravAllowed) {
                const aps = addPatternStart;
                const needNoTrav = (
                  // dots are allowed, and the pattern starts with [ or .
                  dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
                  src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
                  src.startsWith("\\.\\.") && aps.has(src.charAt(4))
                );
                const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
              }
            }
          }
          let end = "";
          if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
            end = "(?:$|\\/)";
          }
          const final2 = start2 + src + end;
          return [
            final2,
            (0, unescape_js_1.unescape)(src),
            this.#hasMagic = !!this.#hasMagic,
            this.#uflag
          ];
        }
        const repeated = this.type === "*" || this.type === "+";
        const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
          const s = this.toString();
          const me = this;
          me.#parts = [s];
          me.type = null;
          me.#hasMagic = void 0;
          return [s, (0, unescape_js_1.unescape)(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
          bodyDotAllowed = "";
        }
        if (bodyDotAllowed) {
          body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        let final = "";
        if (this.type === "!" && this.#emptyExt) {
          final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
        } else {
          const close = this.type === "!" ? (
            // !() must match something,but !(x) can match ''
            "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
          ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
          final = start + body + close;
        }
        return [
          final,
          (0, unescape_js_1.unescape)(body),
          this.#hasMagic = !!this.#hasMagic,
          this.#uflag
        ];
      }
      #flatten() {
        if (!isExtglobAST(this)) {
          for (const p of this.#parts) {
            if (typeof p === "object") {
              p.#flatten();
            }
          }
        } else {
          let iterations = 0;
          let done = false;
          do {
            done = true;
            for (let i = 0; i < this.#parts.length; i++) {
              const c = this.#parts[i];
              if (typeof c === "object") {
                c.#flatten();
                if (this.#canAdopt(c)) {
                  done = false;
                  this.#adopt(c, i);
                } else if (this.#canAdoptWithSpace(c)) {
                  done = false;
                  this.#adoptWithSpace(c, i);
                } else if (this.#canUsurp(c)) {
                  done = false;
                  this.#usurp(c);
                }
              }
            }
          } while (!done && ++iterations < 10);
        }
        this.#toString = void 0;
      }
      #partsToRegExp(dot) {
        return this.#parts.map((p) => {
          if (typeof p === "string") {
            throw new Error("string type in extglob ast??");
          }
          const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
          this.#uflag = this.#uflag || uflag;
          return re;
        }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
      }
      static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = "";
        let uflag = false;
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
          const c = glob.charAt(i);
          if (escaping) {
            escaping = false;
            re += (reSpecials.has(c) ? "\\" : "") + c;
            continue;
          }
          if (c === "*") {
            if (inStar)
              continue;
            inStar = true;
            re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
            hasMagic = true;
            continue;
          } else {
            inStar = false;
          }
          if (c === "\\") {
            if (i === glob.length - 1) {
              re += "\\\\";
            } else {
              escaping = true;
            }
            continue;
          }
          if (c === "[") {
            const [src, needUflag, consumed, magic] = (0, brace_expressions_js_1.parseClass)(glob, i);
            if (consumed) {
              re += src;
              uflag = uflag || needUflag;
              i += consumed - 1;
              hasMagic = hasMagic || magic;
              continue;
            }
          }
          if (c === "?") {
            re += qmark;
            hasMagic = true;
            continue;
          }
          re += regExpEscape(c);
        }
        return [re, (0, unescape_js_1.unescape)(glob), !!hasMagic, uflag];
      }
    };
    exports.AST = AST;
    _a = AST;
  }
});

// node_modules/minimatch/dist/commonjs/escape.js
var require_escape = __commonJS({
  "node_modules/minimatch/dist/commonjs/escape.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.escape = void 0;
    var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
      if (magicalBraces) {
        return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
      }
      return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
    };
    exports.escape = escape;
  }
});

// node_modules/minimatch/dist/commonjs/index.js
var require_commonjs3 = __commonJS({
  "node_modules/minimatch/dist/commonjs/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.unescape = exports.escape = exports.AST = exports.Minimatch = exports.match = exports.makeRe = exports.braceExpand = exports.defaults = exports.filter = exports.GLOBSTAR = exports.sep = exports.minimatch = void 0;
    var brace_expansion_1 = require_commonjs2();
    var assert_valid_pattern_js_1 = require_assert_valid_pattern();
    var ast_js_1 = require_ast();
    var escape_js_1 = require_escape();
    var unescape_js_1 = require_unescape();
    var minimatch = (p, pattern, options = {}) => {
      (0, assert_valid_pattern_js_1.assertValidPattern)(pattern);
      if (!options.nocomment && pattern.charAt(0) === "#") {
        return false;
      }
      return new Minimatch(pattern, options).match(p);
    };
    exports.minimatch = minimatch;
    var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
    var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
    var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
    var starDotExtTestNocase = (ext2) => {
      ext2 = ext2.toLowerCase();
      return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
    };
    var starDotExtTestNocaseDot = (ext2) => {
      ext2 = ext2.toLowerCase();
      return (f) => f.toLowerCase().endsWith(ext2);
    };
    var starDotStarRE = /^\*+\.\*+$/;
    var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
    var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
    var dotStarRE = /^\.\*+$/;
    var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
    var starRE = /^\*+$/;
    var starTest = (f) => f.length !== 0 && !f.startsWith(".");
    var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
    var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
    var qmarksTestNocase = ([$0, ext2 = ""]) => {
      const noext = qmarksTestNoExt([$0]);
      if (!ext2)
        return noext;
      ext2 = ext2.toLowerCase();
      return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
    };
    var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
      const noext = qmarksTestNoExtDot([$0]);
      if (!ext2)
        return noext;
      ext2 = ext2.toLowerCase();
      return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
    };
    var qmarksTestDot = ([$0, ext2 = ""]) => {
      const noext = qmarksTestNoExtDot([$0]);
      return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
    };
    var qmarksTest = ([$0, ext2 = ""]) => {
      const noext = qmarksTestNoExt([$0]);
      return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
    };
    var qmarksTestNoExt = ([$0]) => {
      const len = $0.length;
      return (f) => f.length === len && !f.startsWith(".");
    };
    var qmarksTestNoExtDot = ([$0]) => {
      const len = $0.length;
      return (f) => f.length === len && f !== "." && f !== "..";
    };
    var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
    var path12 = {
      win32: { sep: "\\" },
      posix: { sep: "/" }
    };
    exports.sep = defaultPlatform === "win32" ? path12.win32.sep : path12.posix.sep;
    exports.minimatch.sep = exports.sep;
    exports.GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
    exports.minimatch.GLOBSTAR = exports.GLOBSTAR;
    var qmark = "[^/]";
    var star = qmark + "*?";
    var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
    var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
    var filter = (pattern, options = {}) => (p) => (0, exports.minimatch)(p, pattern, options);
    exports.filter = filter;
    exports.minimatch.filter = exports.filter;
    var ext = (a, b = {}) => Object.assign({}, a, b);
    var defaults = (def) => {
      if (!def || typeof def !== "object" || !Object.keys(def).length) {
        return exports.minimatch;
      }
      const orig = exports.minimatch;
      const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
      return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
          constructor(pattern, options = {}) {
            super(pattern, ext(def, options));
          }
          static defaults(options) {
            return orig.defaults(ext(def, options)).Minimatch;
          }
        },
        AST: class AST extends orig.AST {
          /* c8 ignore start */
          constructor(type, parent, options = {}) {
            super(type, parent, ext(def, options));
          }
          /* c8 ignore stop */
          static fromGlob(pattern, options = {}) {
            return orig.AST.fromGlob(pattern, ext(def, options));
          }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: exports.GLOBSTAR
      });
    };
    exports.defaults = defaults;
    exports.minimatch.defaults = exports.defaults;
    var braceExpand = (pattern, options = {}) => {
      (0, assert_valid_pattern_js_1.assertValidPattern)(pattern);
      if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        return [pattern];
      }
      return (0, brace_expansion_1.expand)(pattern, { max: options.braceExpandMax });
    };
    exports.braceExpand = braceExpand;
    exports.minimatch.braceExpand = exports.braceExpand;
    var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
    exports.makeRe = makeRe;
    exports.minimatch.makeRe = exports.makeRe;
    var match = (list, pattern, options = {}) => {
      const mm = new Minimatch(pattern, options);
      list = list.filter((f) => mm.match(f));
      if (mm.options.nonull && !list.length) {
        list.push(pattern);
      }
      return list;
    };
    exports.match = match;
    exports.minimatch.match = exports.match;
    var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
    var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
    var Minimatch = class {
      options;
      set;
      pattern;
      windowsPathsNoEscape;
      nonegate;
      negate;
      comment;
      empty;
      preserveMultipleSlashes;
      partial;
      globSet;
      globParts;
      nocase;
      isWindows;
      platform;
      windowsNoMagicRoot;
      maxGlobstarRecursion;
      regexp;
      constructor(pattern, options = {}) {
        (0, assert_valid_pattern_js_1.assertValidPattern)(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === "win32";
        const awe = "allowWindowsEscape";
        this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
          this.pattern = this.pattern.replace(/\\/g, "/");
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.make();
      }
      hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
          return true;
        }
        for (const pattern of this.set) {
          for (const part of pattern) {
            if (typeof part !== "string")
              return true;
          }
        }
        return false;
      }
      debug(..._) {
      }
      make() {
        const pattern = this.pattern;
        const options = this.options;
        if (!options.nocomment && pattern.charAt(0) === "#") {
          this.comment = true;
          return;
        }
        if (!pattern) {
          this.empty = true;
          return;
        }
        this.parseNegate();
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
          this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        let set = this.globParts.map((s, _, __) => {
          if (this.isWindows && this.windowsNoMagicRoot) {
            const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
            const isDrive = /^[a-z]:/i.test(s[0]);
            if (isUNC) {
              return [
                ...s.slice(0, 4),
                ...s.slice(4).map((ss) => this.parse(ss))
              ];
            } else if (isDrive) {
              return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
            }
          }
          return s.map((ss) => this.parse(ss));
        });
        this.debug(this.pattern, set);
        this.set = set.filter((s) => s.indexOf(false) === -1);
        if (this.isWindows) {
          for (let i = 0; i < this.set.length; i++) {
            const p = this.set[i];
            if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
              p[2] = "?";
            }
          }
        }
        this.debug(this.pattern, this.set);
      }
      // various transforms to equivalent pattern sets that are
      // faster to process in a filesystem walk.  The goal is to
      // eliminate what we can, and push all ** patterns as far
      // to the right as possible, even if it increases the number
      // of patterns that we have to process.
      preprocess(globParts) {
        if (this.options.noglobstar) {
          for (const partset of globParts) {
            for (let j = 0; j < partset.length; j++) {
              if (partset[j] === "**") {
                partset[j] = "*";
              }
            }
          }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
          globParts = this.firstPhasePreProcess(globParts);
          globParts = this.secondPhasePreProcess(globParts);
        } else if (optimizationLevel >= 1) {
          globParts = this.levelOneOptimize(globParts);
        } else {
          globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
      }
      // just get rid of adjascent ** portions
      adjascentGlobstarOptimize(globParts) {
        return globParts.map((parts) => {
          let gs = -1;
          while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
            let i = gs;
            while (parts[i + 1] === "**") {
              i++;
            }
            if (i !== gs) {
              parts.splice(gs, i - gs);
            }
          }
          return parts;
        });
      }
      // get rid of adjascent ** and resolve .. portions
      levelOneOptimize(globParts) {
        return globParts.map((parts) => {
          parts = parts.reduce((set, part) => {
            const prev = set[set.length - 1];
            if (part === "**" && prev === "**") {
              return set;
            }
            if (part === "..") {
              if (prev && prev !== ".." && prev !== "." && prev !== "**") {
                set.pop();
                return set;
              }
            }
            set.push(part);
            return set;
          }, []);
          return parts.length === 0 ? [""] : parts;
        });
      }
      levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
          parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
          didSomething = false;
          if (!this.preserveMultipleSlashes) {
            for (let i = 1; i < parts.length - 1; i++) {
              const p = parts[i];
              if (i === 1 && p === "" && parts[0] === "")
                continue;
              if (p === "." || p === "") {
                didSomething = true;
                parts.splice(i, 1);
                i--;
              }
            }
            if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
              didSomething = true;
              parts.pop();
            }
          }
          let dd = 0;
          while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
            const p = parts[dd - 1];
            if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
              didSomething = true;
              parts.splice(dd - 1, 2);
              dd -= 2;
            }
          }
        } while (didSomething);
        return parts.length === 0 ? [""] : parts;
      }
      // First phase: single-pattern processing
      // <pre> is 1 or more portions
      // <rest> is 1 or more portions
      // <p> is any portion other than ., .., '', or **
      // <e> is . or ''
      //
      // **/.. is *brutal* for filesystem walking performance, because
      // it effectively resets the recursive walk each time it occurs,
      // and ** cannot be reduced out by a .. pattern part like a regexp
      // or most strings (other than .., ., and '') can be.
      //
      // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
      // <pre>/<e>/<rest> -> <pre>/<rest>
      // <pre>/<p>/../<rest> -> <pre>/<rest>
      // **/**/<rest> -> **/<rest>
      //
      // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
      // this WOULD be allowed if ** did follow symlinks, or * didn't
      firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
          didSomething = false;
          for (let parts of globParts) {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
              let gss = gs;
              while (parts[gss + 1] === "**") {
                gss++;
              }
              if (gss > gs) {
                parts.splice(gs + 1, gss - gs);
              }
              let next = parts[gs + 1];
              const p = parts[gs + 2];
              const p2 = parts[gs + 3];
              if (next !== "..")
                continue;
              if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
                continue;
              }
              didSomething = true;
              parts.splice(gs, 1);
              const other = parts.slice(0);
              other[gs] = "**";
              globParts.push(other);
              gs--;
            }
            if (!this.preserveMultipleSlashes) {
              for (let i = 1; i < parts.length - 1; i++) {
                const p = parts[i];
                if (i === 1 && p === "" && parts[0] === "")
                  continue;
                if (p === "." || p === "") {
                  didSomething = true;
                  parts.splice(i, 1);
                  i--;
                }
              }
              if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
                didSomething = true;
                parts.pop();
              }
            }
            let dd = 0;
            while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
              const p = parts[dd - 1];
              if (p && p !== "." && p !== ".." && p !== "**") {
                didSomething = true;
                const needDot = dd === 1 && parts[dd + 1] === "**";
                const splin = needDot ? ["."] : [];
                parts.splice(dd - 1, 2, ...splin);
                if (parts.length === 0)
                  parts.push("");
                dd -= 2;
              }
            }
          }
        } while (didSomething);
        return globParts;
      }
      // second phase: multi-pattern dedupes
      // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
      // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
      // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
      //
      // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
      // ^-- not valid because ** doens't follow symlinks
      secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
          for (let j = i + 1; j < globParts.length; j++) {
            const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
            if (matched) {
              globParts[i] = [];
              globParts[j] = matched;
              break;
            }
          }
        }
        return globParts.filter((gs) => gs.length);
      }
      partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = "";
        while (ai < a.length && bi < b.length) {
          if (a[ai] === b[bi]) {
            result.push(which === "b" ? b[bi] : a[ai]);
            ai++;
            bi++;
          } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
            result.push(a[ai]);
            ai++;
          } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
            result.push(b[bi]);
            bi++;
          } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
            if (which === "b")
              return false;
            which = "a";
            result.push(a[ai]);
            ai++;
            bi++;
          } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
            if (which === "a")
              return false;
            which = "b";
            result.push(b[bi]);
            ai++;
            bi++;
          } else {
            return false;
          }
        }
        return a.length === b.length && result;
      }
      parseNegate() {
        if (this.nonegate)
          return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
          negate = !negate;
          negateOffset++;
        }
        if (negateOffset)
          this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
      }
      // set partial to true to test if, for example,
      // "/a/b" matches the start of "/*/b/*/d"
      // Partial means, if you run out of file before you run
      // out of pattern, then that's fine, as long as all
      // the parts match.
      matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        if (this.isWindows) {
          const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
          const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
          const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
          const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
          const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
          const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
          if (typeof fdi === "number" && typeof pdi === "number") {
            const [fd, pd] = [
              file[fdi],
              pattern[pdi]
            ];
            if (fd.toLowerCase() === pd.toLowerCase()) {
              pattern[pdi] = fd;
              patternStartIndex = pdi;
              fileStartIndex = fdi;
            }
          }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
          file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(exports.GLOBSTAR)) {
          return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
      }
      #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const firstgs = pattern.indexOf(exports.GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(exports.GLOBSTAR);
        const [head, body, tail] = partial ? [
          pattern.slice(patternIndex, firstgs),
          pattern.slice(firstgs + 1),
          []
        ] : [
          pattern.slice(patternIndex, firstgs),
          pattern.slice(firstgs + 1, lastgs),
          pattern.slice(lastgs + 1)
        ];
        if (head.length) {
          const fileHead = file.slice(fileIndex, fileIndex + head.length);
          if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
            return false;
          }
          fileIndex += head.length;
          patternIndex += head.length;
        }
        let fileTailMatch = 0;
        if (tail.length) {
          if (tail.length + fileIndex > file.length)
            return false;
          let tailStart = file.length - tail.length;
          if (this.#matchOne(file, tail, partial, tailStart, 0)) {
            fileTailMatch = tail.length;
          } else {
            if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
              return false;
            }
            tailStart--;
            if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
              return false;
            }
            fileTailMatch = tail.length + 1;
          }
        }
        if (!body.length) {
          let sawSome = !!fileTailMatch;
          for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
            const f = String(file[i2]);
            sawSome = true;
            if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
              return false;
            }
          }
          return partial || sawSome;
        }
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
          if (b === exports.GLOBSTAR) {
            nonGsPartsSums.push(nonGsParts);
            currentBody = [[], 0];
            bodySegments.push(currentBody);
          } else {
            currentBody[0].push(b);
            nonGsParts++;
          }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
          b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
      }
      // return false for "nope, not matching"
      // return null for "not matching, cannot keep trying"
      #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        const bs = bodySegments[bodyIndex];
        if (!bs) {
          for (let i = fileIndex; i < file.length; i++) {
            sawTail = true;
            const f = file[i];
            if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
              return false;
            }
          }
          return sawTail;
        }
        const [body, after] = bs;
        while (fileIndex <= after) {
          const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
          if (m && globStarDepth < this.maxGlobstarRecursion) {
            const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
            if (sub !== false) {
              return sub;
            }
          }
          const f = file[fileIndex];
          if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
            return false;
          }
          fileIndex++;
        }
        return partial || null;
      }
      #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
          this.debug("matchOne loop");
          let p = pattern[pi];
          let f = file[fi];
          this.debug(pattern, p, f);
          if (p === false || p === exports.GLOBSTAR) {
            return false;
          }
          let hit;
          if (typeof p === "string") {
            hit = f === p;
            this.debug("string match", p, f, hit);
          } else {
            hit = p.test(f);
            this.debug("pattern match", p, f, hit);
          }
          if (!hit)
            return false;
        }
        if (fi === fl && pi === pl) {
          return true;
        } else if (fi === fl) {
          return partial;
        } else if (pi === pl) {
          return fi === fl - 1 && file[fi] === "";
        } else {
          throw new Error("wtf?");
        }
      }
      braceExpand() {
        return (0, exports.braceExpand)(this.pattern, this.options);
      }
      parse(pattern) {
        (0, assert_valid_pattern_js_1.assertValidPattern)(pattern);
        const options = this.options;
        if (pattern === "**")
          return exports.GLOBSTAR;
        if (pattern === "")
          return "";
        let m;
        let fastTest = null;
        if (m = pattern.match(starRE)) {
          fastTest = options.dot ? starTestDot : starTest;
        } else if (m = pattern.match(starDotExtRE)) {
          fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
        } else if (m = pattern.match(qmarksRE)) {
          fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
        } else if (m = pattern.match(starDotStarRE)) {
          fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        } else if (m = pattern.match(dotStarRE)) {
          fastTest = dotStarTest;
        }
        const re = ast_js_1.AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === "object") {
          Reflect.defineProperty(re, "test", { value: fastTest });
        }
        return re;
      }
      makeRe() {
        if (this.regexp || this.regexp === false)
          return this.regexp;
        const set = this.set;
        if (!set.length) {
          this.regexp = false;
          return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? star : options.dot ? twoStarDot : twoStarNoDot;
        const flags = new Set(options.nocase ? ["i"] : []);
        let re = set.map((pattern) => {
          const pp = pattern.map((p) => {
            if (p instanceof RegExp) {
              for (const f of p.flags.split(""))
                flags.add(f);
            }
            return typeof p === "string" ? regExpEscape(p) : p === exports.GLOBSTAR ? exports.GLOBSTAR : p._src;
          });
          pp.forEach((p, i) => {
            const next = pp[i + 1];
            const prev = pp[i - 1];
            if (p !== exports.GLOBSTAR || prev === exports.GLOBSTAR) {
              return;
            }
            if (prev === void 0) {
              if (next !== void 0 && next !== exports.GLOBSTAR) {
                pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
              } else {
                pp[i] = twoStar;
              }
            } else if (next === void 0) {
              pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
            } else if (next !== exports.GLOBSTAR) {
              pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
              pp[i + 1] = exports.GLOBSTAR;
            }
          });
          const filtered = pp.filter((p) => p !== exports.GLOBSTAR);
          if (this.partial && filtered.length >= 1) {
            const prefixes = [];
            for (let i = 1; i <= filtered.length; i++) {
              prefixes.push(filtered.slice(0, i).join("/"));
            }
            return "(?:" + prefixes.join("|") + ")";
          }
          return filtered.join("/");
        }).join("|");
        const [open3, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
        re = "^" + open3 + re + close + "$";
        if (this.partial) {
          re = "^(?:\\/|" + open3 + re.slice(1, -1) + close + ")$";
        }
        if (this.negate)
          re = "^(?!" + re + ").+$";
        try {
          this.regexp = new RegExp(re, [...flags].join(""));
        } catch {
          this.regexp = false;
        }
        return this.regexp;
      }
      slashSplit(p) {
        if (this.preserveMultipleSlashes) {
          return p.split("/");
        } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
          return ["", ...p.split(/\/+/)];
        } else {
          return p.split(/\/+/);
        }
      }
      match(f, partial = this.partial) {
        this.debug("match", f, this.pattern);
        if (this.comment) {
          return false;
        }
        if (this.empty) {
          return f === "";
        }
        if (f === "/" && partial) {
          return true;
        }
        const options = this.options;
        if (this.isWindows) {
          f = f.split("\\").join("/");
        }
        const ff = this.slashSplit(f);
        this.debug(this.pattern, "split", ff);
        const set = this.set;
        this.debug(this.pattern, "set", set);
        let filename = ff[ff.length - 1];
        if (!filename) {
          for (let i = ff.length - 2; !filename && i >= 0; i--) {
            filename = ff[i];
          }
        }
        for (const pattern of set) {
          let file = ff;
          if (options.matchBase && pattern.length === 1) {
            file = [filename];
          }
          const hit = this.matchOne(file, pattern, partial);
          if (hit) {
            if (options.flipNegate) {
              return true;
            }
            return !this.negate;
          }
        }
        if (options.flipNegate) {
          return false;
        }
        return this.negate;
      }
      static defaults(def) {
        return exports.minimatch.defaults(def).Minimatch;
      }
    };
    exports.Minimatch = Minimatch;
    var ast_js_2 = require_ast();
    Object.defineProperty(exports, "AST", { enumerable: true, get: function() {
      return ast_js_2.AST;
    } });
    var escape_js_2 = require_escape();
    Object.defineProperty(exports, "escape", { enumerable: true, get: function() {
      return escape_js_2.escape;
    } });
    var unescape_js_2 = require_unescape();
    Object.defineProperty(exports, "unescape", { enumerable: true, get: function() {
      return unescape_js_2.unescape;
    } });
    exports.minimatch.AST = ast_js_1.AST;
    exports.minimatch.Minimatch = Minimatch;
    exports.minimatch.escape = escape_js_1.escape;
    exports.minimatch.unescape = unescape_js_1.unescape;
  }
});

// node_modules/ignore-walk/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/ignore-walk/lib/index.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var path12 = __require("path");
    var EE = __require("events").EventEmitter;
    var Minimatch = require_commonjs3().Minimatch;
    var Walker = class _Walker extends EE {
      constructor(opts) {
        opts = opts || {};
        super(opts);
        this.isSymbolicLink = opts.isSymbolicLink;
        this.path = opts.path || process.cwd();
        this.basename = path12.basename(this.path);
        this.ignoreFiles = opts.ignoreFiles || [".ignore"];
        this.ignoreRules = {};
        this.parent = opts.parent || null;
        this.includeEmpty = !!opts.includeEmpty;
        this.root = this.parent ? this.parent.root : this.path;
        this.follow = !!opts.follow;
        this.result = this.parent ? this.parent.result : /* @__PURE__ */ new Set();
        this.entries = null;
        this.sawError = false;
        this.exact = opts.exact;
      }
      sort(a, b) {
        return a.localeCompare(b, "en");
      }
      emit(ev, data) {
        let ret = false;
        if (!(this.sawError && ev === "error")) {
          if (ev === "error") {
            this.sawError = true;
          } else if (ev === "done" && !this.parent) {
            data = Array.from(data).map((e) => /^@/.test(e) ? `./${e}` : e).sort(this.sort);
            this.result = data;
          }
          if (ev === "error" && this.parent) {
            ret = this.parent.emit("error", data);
          } else {
            ret = super.emit(ev, data);
          }
        }
        return ret;
      }
      start() {
        fs.readdir(this.path, (er, entries) => er ? this.emit("error", er) : this.onReaddir(entries));
        return this;
      }
      isIgnoreFile(e) {
        return e !== "." && e !== ".." && this.ignoreFiles.indexOf(e) !== -1;
      }
      onReaddir(entries) {
        this.entries = entries;
        if (entries.length === 0) {
          if (this.includeEmpty) {
            this.result.add(this.path.slice(this.root.length + 1));
          }
          this.emit("done", this.result);
        } else {
          const hasIg = this.entries.some((e) => this.isIgnoreFile(e));
          if (hasIg) {
            this.addIgnoreFiles();
          } else {
            this.filterEntries();
          }
        }
      }
      addIgnoreFiles() {
        const newIg = this.entries.filter((e) => this.isIgnoreFile(e));
        let igCount = newIg.length;
        const then = () => {
          if (--igCount === 0) {
            this.filterEntries();
          }
        };
        newIg.forEach((e) => this.addIgnoreFile(e, then));
      }
      addIgnoreFile(file, then) {
        const ig = path12.resolve(this.path, file);
        fs.readFile(ig, "utf8", (er, data) => er ? this.emit("error", er) : this.onReadIgnoreFile(file, data, then));
      }
      onReadIgnoreFile(file, data, then) {
        const mmopt = {
          matchBase: true,
          dot: true,
          flipNegate: true,
          nocase: true
        };
        const rules = data.split(/\r?\n/).filter((line) => !/^#|^$/.test(line.trim())).map((rule) => {
          return new Minimatch(rule.trim(), mmopt);
        });
        this.ignoreRules[file] = rules;
        then();
      }
      filterEntries() {
        const filtered = this.entries.map((entry) => {
          const passFile = this.filterEntry(entry);
          const passDir = this.filterEntry(entry, true);
          return passFile || passDir ? [entry, passFile, passDir] : false;
        }).filter((e) => e);
        let entryCount = filtered.length;
        if (entryCount === 0) {
          this.emit("done", this.result);
        } else {
          const then = () => {
            if (--entryCount === 0) {
              this.emit("done", this.result);
            }
          };
          filtered.forEach((filt) => {
            const entry = filt[0];
            const file = filt[1];
            const dir = filt[2];
            this.stat({ entry, file, dir }, then);
          });
        }
      }
      onstat({ st, entry, file, dir, isSymbolicLink }, then) {
        const abs = this.path + "/" + entry;
        if (!st.isDirectory()) {
          if (file) {
            this.result.add(abs.slice(this.root.length + 1));
          }
          then();
        } else {
          if (dir) {
            this.walker(entry, { isSymbolicLink, exact: file || this.filterEntry(entry + "/") }, then);
          } else {
            then();
          }
        }
      }
      stat({ entry, file, dir }, then) {
        const abs = this.path + "/" + entry;
        fs.lstat(abs, (lstatErr, lstatResult) => {
          if (lstatErr) {
            this.emit("error", lstatErr);
          } else {
            const isSymbolicLink = lstatResult.isSymbolicLink();
            if (this.follow && isSymbolicLink) {
              fs.stat(abs, (statErr, statResult) => {
                if (statErr) {
                  this.emit("error", statErr);
                } else {
                  this.onstat({ st: statResult, entry, file, dir, isSymbolicLink }, then);
                }
              });
            } else {
              this.onstat({ st: lstatResult, entry, file, dir, isSymbolicLink }, then);
            }
          }
        });
      }
      walkerOpt(entry, opts) {
        return {
          path: this.path + "/" + entry,
          parent: this,
          ignoreFiles: this.ignoreFiles,
          follow: this.follow,
          includeEmpty: this.includeEmpty,
          ...opts
        };
      }
      walker(entry, opts, then) {
        new _Walker(this.walkerOpt(entry, opts)).on("done", then).start();
      }
      filterEntry(entry, partial, entryBasename) {
        let included = true;
        if (this.parent && this.parent.filterEntry) {
          const parentEntry = this.basename + "/" + entry;
          const parentBasename = entryBasename || entry;
          included = this.parent.filterEntry(parentEntry, partial, parentBasename);
          if (!included && !this.exact) {
            return false;
          }
        }
        this.ignoreFiles.forEach((f) => {
          if (this.ignoreRules[f]) {
            this.ignoreRules[f].forEach((rule) => {
              if (rule.negate !== included) {
                const isRelativeRule = entryBasename && rule.globParts.some(
                  (part) => part.length <= (part.slice(-1)[0] ? 1 : 2)
                );
                const match = rule.match("/" + entry) || rule.match(entry) || !!partial && (rule.match("/" + entry + "/") || rule.match(entry + "/") || rule.negate && (rule.match("/" + entry, true) || rule.match(entry, true)) || isRelativeRule && (rule.match("/" + entryBasename + "/") || rule.match(entryBasename + "/") || rule.negate && (rule.match("/" + entryBasename, true) || rule.match(entryBasename, true))));
                if (match) {
                  included = rule.negate;
                }
              }
            });
          }
        });
        return included;
      }
    };
    var WalkerSync = class _WalkerSync extends Walker {
      start() {
        this.onReaddir(fs.readdirSync(this.path));
        return this;
      }
      addIgnoreFile(file, then) {
        const ig = path12.resolve(this.path, file);
        this.onReadIgnoreFile(file, fs.readFileSync(ig, "utf8"), then);
      }
      stat({ entry, file, dir }, then) {
        const abs = this.path + "/" + entry;
        let st = fs.lstatSync(abs);
        const isSymbolicLink = st.isSymbolicLink();
        if (this.follow && isSymbolicLink) {
          st = fs.statSync(abs);
        }
        this.onstat({ st, entry, file, dir, isSymbolicLink }, then);
      }
      walker(entry, opts, then) {
        new _WalkerSync(this.walkerOpt(entry, opts)).start();
        then();
      }
    };
    var walk = (opts, callback) => {
      const p = new Promise((resolve, reject) => {
        new Walker(opts).on("done", resolve).on("error", reject).start();
      });
      return callback ? p.then((res) => callback(null, res), callback) : p;
    };
    var walkSync = (opts) => new WalkerSync(opts).start().result;
    module.exports = walk;
    walk.sync = walkSync;
    walk.Walker = Walker;
    walk.WalkerSync = WalkerSync;
  }
});

// node_modules/proc-log/lib/index.js
var require_lib3 = __commonJS({
  "node_modules/proc-log/lib/index.js"(exports, module) {
    var META = /* @__PURE__ */ Symbol("proc-log.meta");
    module.exports = {
      META,
      output: {
        LEVELS: [
          "standard",
          "error",
          "buffer",
          "flush"
        ],
        KEYS: {
          standard: "standard",
          error: "error",
          buffer: "buffer",
          flush: "flush"
        },
        standard: function(...args) {
          return process.emit("output", "standard", ...args);
        },
        error: function(...args) {
          return process.emit("output", "error", ...args);
        },
        buffer: function(...args) {
          return process.emit("output", "buffer", ...args);
        },
        flush: function(...args) {
          return process.emit("output", "flush", ...args);
        }
      },
      log: {
        LEVELS: [
          "notice",
          "error",
          "warn",
          "info",
          "verbose",
          "http",
          "silly",
          "timing",
          "pause",
          "resume"
        ],
        KEYS: {
          notice: "notice",
          error: "error",
          warn: "warn",
          info: "info",
          verbose: "verbose",
          http: "http",
          silly: "silly",
          timing: "timing",
          pause: "pause",
          resume: "resume"
        },
        error: function(...args) {
          return process.emit("log", "error", ...args);
        },
        notice: function(...args) {
          return process.emit("log", "notice", ...args);
        },
        warn: function(...args) {
          return process.emit("log", "warn", ...args);
        },
        info: function(...args) {
          return process.emit("log", "info", ...args);
        },
        verbose: function(...args) {
          return process.emit("log", "verbose", ...args);
        },
        http: function(...args) {
          return process.emit("log", "http", ...args);
        },
        silly: function(...args) {
          return process.emit("log", "silly", ...args);
        },
        timing: function(...args) {
          return process.emit("log", "timing", ...args);
        },
        pause: function() {
          return process.emit("log", "pause");
        },
        resume: function() {
          return process.emit("log", "resume");
        }
      },
      time: {
        LEVELS: [
          "start",
          "end"
        ],
        KEYS: {
          start: "start",
          end: "end"
        },
        start: function(name, fn) {
          process.emit("time", "start", name);
          function end() {
            return process.emit("time", "end", name);
          }
          if (typeof fn === "function") {
            const res = fn();
            if (res && res.finally) {
              return res.finally(end);
            }
            end();
            return res;
          }
          return end;
        },
        end: function(name) {
          return process.emit("time", "end", name);
        }
      },
      input: {
        LEVELS: [
          "start",
          "end",
          "read"
        ],
        KEYS: {
          start: "start",
          end: "end",
          read: "read"
        },
        start: function(...args) {
          let fn;
          if (typeof args[0] === "function") {
            fn = args.shift();
          }
          process.emit("input", "start", ...args);
          function end() {
            return process.emit("input", "end", ...args);
          }
          if (typeof fn === "function") {
            const res = fn();
            if (res && res.finally) {
              return res.finally(end);
            }
            end();
            return res;
          }
          return end;
        },
        end: function(...args) {
          return process.emit("input", "end", ...args);
        },
        read: function(...args) {
          let resolve, reject;
          const promise = new Promise((_resolve, _reject) => {
            resolve = _resolve;
            reject = _reject;
          });
          process.emit("input", "read", resolve, reject, ...args);
          return promise;
        }
      }
    };
  }
});

// node_modules/npm-packlist/lib/index.js
var require_lib4 = __commonJS({
  "node_modules/npm-packlist/lib/index.js"(exports, module) {
    "use strict";
    var { Walker: IgnoreWalker } = require_lib2();
    var { lstatSync: lstat, readFileSync: readFile6 } = __require("fs");
    var { basename, dirname, extname, join, relative, resolve, sep } = __require("path");
    var { log } = require_lib3();
    var defaultRules = /* @__PURE__ */ Symbol("npm-packlist.rules.default");
    var strictRules = /* @__PURE__ */ Symbol("npm-packlist.rules.strict");
    var nameIsBadForWindows = (file) => /\*/.test(file);
    var defaults = [
      ".npmignore",
      ".gitignore",
      "**/.git",
      "**/.svn",
      "**/.hg",
      "**/CVS",
      "**/.git/**",
      "**/.svn/**",
      "**/.hg/**",
      "**/CVS/**",
      "/.lock-wscript",
      "/.wafpickle-*",
      "/build/config.gypi",
      "npm-debug.log",
      "**/.npmrc",
      ".*.swp",
      ".DS_Store",
      "**/.DS_Store/**",
      "._*",
      "**/._*/**",
      "*.orig",
      "/archived-packages/**"
    ];
    var strictDefaults = [
      // these are forcibly excluded
      "/.git"
    ];
    var normalizePath = (path12) => path12.split("\\").join("/");
    var readOutOfTreeIgnoreFiles = (root, rel, result = []) => {
      for (const file of [".npmignore", ".gitignore"]) {
        try {
          const ignoreContent = readFile6(join(root, file), { encoding: "utf8" });
          result.push(ignoreContent);
          break;
        } catch (err) {
          if (err.code !== "ENOENT") {
            throw err;
          }
        }
      }
      if (!rel) {
        return result;
      }
      const firstRel = rel.split(sep, 1)[0];
      const newRoot = join(root, firstRel);
      const newRel = relative(newRoot, join(root, rel));
      return readOutOfTreeIgnoreFiles(newRoot, newRel, result);
    };
    var PackWalker = class _PackWalker extends IgnoreWalker {
      constructor(tree, opts) {
        const options = {
          ...opts,
          includeEmpty: false,
          follow: false,
          // we path.resolve() here because ignore-walk doesn't do it and we want full paths
          path: resolve(opts?.path || tree.path).replace(/\\/g, "/"),
          ignoreFiles: opts?.ignoreFiles || [
            defaultRules,
            "package.json",
            ".npmignore",
            ".gitignore",
            strictRules
          ]
        };
        super(options);
        this.isPackage = options.isPackage;
        this.seen = options.seen || /* @__PURE__ */ new Set();
        this.tree = tree;
        this.requiredFiles = options.requiredFiles || [];
        const additionalDefaults = [];
        if (options.prefix && options.workspaces) {
          const path12 = normalizePath(options.path);
          const prefix = normalizePath(options.prefix);
          const workspaces = options.workspaces.map((ws) => normalizePath(ws));
          if (path12 !== prefix && workspaces.includes(path12)) {
            const relpath = relative(options.prefix, dirname(options.path));
            additionalDefaults.push(...readOutOfTreeIgnoreFiles(options.prefix, relpath));
          } else if (path12 === prefix) {
            additionalDefaults.push(...workspaces.map((w) => normalizePath(relative(options.path, w))));
          }
        }
        this.injectRules(defaultRules, [...defaults, ...additionalDefaults]);
        if (!this.isPackage) {
          this.injectRules(strictRules, [
            ...strictDefaults,
            ...this.requiredFiles.map((file) => `!${file}`)
          ]);
        }
      }
      // overridden method: we intercept the reading of the package.json file here so that we can
      // process it into both the package.json file rules as well as the strictRules synthetic rule set
      addIgnoreFile(file, callback) {
        if (file !== "package.json" || !this.isPackage) {
          return super.addIgnoreFile(file, callback);
        }
        return this.processPackage(callback);
      }
      // overridden method: if we're done, but we're a package, then we also need to evaluate bundles
      // before we actually emit our done event
      emit(ev, data) {
        if (ev !== "done" || !this.isPackage) {
          return super.emit(ev, data);
        }
        this.gatherBundles().then(() => {
          super.emit("done", this.result);
        });
        return true;
      }
      // overridden method: before actually filtering, we make sure that we've removed the rules for
      // files that should no longer take effect due to our order of precedence
      filterEntries() {
        if (this.ignoreRules["package.json"]) {
          this.ignoreRules[".npmignore"] = null;
          this.ignoreRules[".gitignore"] = null;
        } else if (this.ignoreRules[".npmignore"]) {
          this.ignoreRules[".gitignore"] = null;
        } else if (this.ignoreRules[".gitignore"] && !this.ignoreRules[".npmignore"] && !this.parent) {
          log.warn(
            "gitignore-fallback",
            "No .npmignore file found, using .gitignore for file exclusion. Consider creating a .npmignore file to explicitly control published files."
          );
        }
        return super.filterEntries();
      }
      // overridden method: we never want to include anything that isn't a file or directory
      onstat(opts, callback) {
        if (!opts.st.isFile() && !opts.st.isDirectory()) {
          return callback();
        }
        return super.onstat(opts, callback);
      }
      // overridden method: we want to refuse to pack files that are invalid, node-tar protects us from
      // a lot of them but not all
      stat(opts, callback) {
        if (nameIsBadForWindows(opts.entry)) {
          return callback();
        }
        return super.stat(opts, callback);
      }
      // overridden method: this is called to create options for a child walker when we step
      // in to a normal child directory (this will never be a bundle). the default method here
      // copies the root's `ignoreFiles` value, but we don't want to respect package.json for
      // subdirectories, so we override it with a list that intentionally omits package.json
      walkerOpt(entry, opts) {
        let ignoreFiles = null;
        if (this.tree.workspaces) {
          const workspaceDirs = [...this.tree.workspaces.values()].map((dir) => dir.replace(/\\/g, "/"));
          const entryPath = join(this.path, entry).replace(/\\/g, "/");
          if (workspaceDirs.includes(entryPath)) {
            ignoreFiles = [
              defaultRules,
              "package.json",
              ".npmignore",
              ".gitignore",
              strictRules
            ];
          }
        } else {
          ignoreFiles = [
            defaultRules,
            ".npmignore",
            ".gitignore",
            strictRules
          ];
        }
        return {
          ...super.walkerOpt(entry, opts),
          ignoreFiles,
          // we map over our own requiredFiles and pass ones that are within this entry
          requiredFiles: this.requiredFiles.map((file) => {
            if (relative(file, entry) === "..") {
              return relative(entry, file).replace(/\\/g, "/");
            }
            return false;
          }).filter(Boolean)
        };
      }
      // overridden method: we want child walkers to be instances of this class, not ignore-walk
      walker(entry, opts, callback) {
        new _PackWalker(this.tree, this.walkerOpt(entry, opts)).on("done", callback).start();
      }
      // overridden method: we use a custom sort method to help compressibility
      sort(a, b) {
        const exta = extname(a).toLowerCase();
        const extb = extname(b).toLowerCase();
        const basea = basename(a).toLowerCase();
        const baseb = basename(b).toLowerCase();
        return exta.localeCompare(extb, "en") || basea.localeCompare(baseb, "en") || a.localeCompare(b, "en");
      }
      // convenience method: this joins the given rules with newlines, appends a trailing newline,
      // and calls the internal onReadIgnoreFile method
      injectRules(filename, rules, callback = () => {
      }) {
        this.onReadIgnoreFile(filename, `${rules.join("\n")}
`, callback);
      }
      // custom method: this is called by addIgnoreFile when we find a package.json, it uses the
      // arborist tree to pull both default rules and strict rules for the package
      processPackage(callback) {
        const {
          bin,
          browser,
          files,
          main
        } = this.tree.package;
        const ignores = [];
        const strict = [
          ...strictDefaults,
          "!/package.json",
          "!/readme{,.*[^~$]}",
          "!/copying{,.*[^~$]}",
          "!/license{,.*[^~$]}",
          "!/licence{,.*[^~$]}",
          "/.git",
          "/node_modules",
          ".npmrc",
          "/package-lock.json",
          "/yarn.lock",
          "/pnpm-lock.yaml",
          "/bun.lockb"
        ];
        if (files) {
          for (let file of files) {
            if (file.startsWith("./")) {
              file = file.slice(1);
            }
            if (file.endsWith("/*")) {
              file += "*";
            }
            const inverse = `!${file}`;
            try {
              const stat4 = lstat(join(this.path, file.replace(/^!+/, "")).replace(/\\/g, "/"));
              if (stat4.isFile()) {
                strict.unshift(inverse);
                this.requiredFiles.push(file.startsWith("/") ? file.slice(1) : file);
              } else if (stat4.isDirectory()) {
                ignores.push(inverse);
                ignores.push(`${inverse}/**`);
              }
            } catch (err) {
              ignores.push(inverse);
            }
          }
          this.injectRules("package.json", ["*", ...ignores]);
        }
        if (browser) {
          strict.push(`!/${browser}`);
        }
        if (main) {
          strict.push(`!/${main}`);
        }
        if (bin) {
          for (const key in bin) {
            strict.push(`!/${bin[key]}`);
          }
        }
        this.injectRules(strictRules, strict, callback);
      }
      // custom method: after we've finished gathering the files for the root package, we call this
      // before emitting the 'done' event in order to gather all of the files for bundled deps
      async gatherBundles() {
        if (this.seen.has(this.tree)) {
          return;
        }
        this.seen.add(this.tree);
        let toBundle;
        if (this.tree.isProjectRoot) {
          const { bundleDependencies } = this.tree.package;
          toBundle = bundleDependencies || [];
        } else {
          const { dependencies, optionalDependencies } = this.tree.package;
          toBundle = Object.keys(dependencies || {}).concat(Object.keys(optionalDependencies || {}));
        }
        for (const dep of toBundle) {
          const edge = this.tree.edgesOut.get(dep);
          if (!edge || edge.peer || edge.dev) {
            continue;
          }
          const node = this.tree.edgesOut.get(dep).to;
          if (!node) {
            continue;
          }
          const path12 = node.path;
          const tree = node.target;
          const walkerOpts = {
            path: path12,
            isPackage: true,
            ignoreFiles: [],
            seen: this.seen
            // pass through seen so we can prevent infinite circular loops
          };
          if (node.isLink) {
            walkerOpts.ignoreFiles.push(defaultRules);
          }
          walkerOpts.ignoreFiles.push("package.json");
          if (node.isLink) {
            walkerOpts.ignoreFiles.push(".npmignore");
            walkerOpts.ignoreFiles.push(".gitignore");
          }
          walkerOpts.ignoreFiles.push(strictRules);
          const walker = new _PackWalker(tree, walkerOpts);
          const bundled = await new Promise((pResolve, pReject) => {
            walker.on("error", pReject);
            walker.on("done", pResolve);
            walker.start();
          });
          const relativeFrom = relative(this.root, walker.path);
          for (const file of bundled) {
            this.result.add(join(relativeFrom, file).replace(/\\/g, "/"));
          }
        }
      }
    };
    var walk = (tree, options, callback) => {
      if (typeof options === "function") {
        callback = options;
        options = {};
      }
      const p = new Promise((pResolve, pReject) => {
        new PackWalker(tree, { ...options, isPackage: true }).on("done", pResolve).on("error", pReject).start();
      });
      return callback ? p.then((res) => callback(null, res), callback) : p;
    };
    module.exports = walk;
    walk.Walker = PackWalker;
  }
});

// src/builders/index.ts
import { mkdir as mkdir6 } from "node:fs/promises";

// src/builders/nodejs.ts
import { existsSync as existsSync3 } from "node:fs";
import { mkdir as mkdir3, readFile as readFile4, realpath as realpath3, rm as rm2, writeFile as writeFile3 } from "node:fs/promises";
import path8 from "node:path";

// src/builders/files.ts
import { copyFile, mkdir, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
var SKIPPED = /* @__PURE__ */ new Set(["node_modules", ".git"]);
async function listFiles(dir, within) {
  const files = [];
  const walk = async (rel, ancestors) => {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
      if (rel === "" && SKIPPED.has(entry.name)) continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        const real = await realInside(path.join(dir, child), within);
        if (!(await stat(real)).isDirectory()) files.push(child);
        else if (ancestors.has(real)) throw new BuildError(`${path.join(dir, child)} links to a folder above it; remove the loop.`);
        else await walk(child, /* @__PURE__ */ new Set([...ancestors, real]));
      } else if (entry.isDirectory()) {
        await walk(child, ancestors);
      } else if (entry.isFile()) {
        files.push(child);
      }
    }
  };
  await walk("", /* @__PURE__ */ new Set([await realpath(dir)]));
  return files;
}
async function copyFiles(from, to, files, within) {
  await Promise.all(
    files.map(async (file) => {
      const source = await realInside(path.join(from, file), within);
      const target = path.join(to, file);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(source, target);
    })
  );
}
async function realInside(file, within) {
  let real;
  try {
    real = await realpath(file);
  } catch {
    throw new BuildError(`${file} does not exist (a broken symlink?); remove it or point it at a file that exists.`);
  }
  if (!isInside(within, real)) {
    throw new BuildError(
      `${file} resolves to ${real}, outside ${within}; layers only take files from inside the repository, so copy the file in instead of linking it.`
    );
  }
  return real;
}

// src/builders/installed.ts
import { existsSync as existsSync2 } from "node:fs";
import { copyFile as copyFile2, mkdir as mkdir2, readdir as readdir2, readFile, realpath as realpath2, rm, writeFile } from "node:fs/promises";
import path3 from "node:path";

// src/builders/placement.ts
function dependencyGraph(packages, from) {
  const graph = /* @__PURE__ */ new Map();
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.pop();
    if (graph.has(at)) continue;
    const edges = /* @__PURE__ */ new Map();
    graph.set(at, edges);
    for (const name of dependencyNames(packages[at], false)) {
      const hit = resolveNode(packages, at, name);
      const target = hit !== void 0 && packages[hit].link === true ? packages[hit].resolved : hit;
      if (typeof target !== "string" || packages[target] === void 0) continue;
      edges.set(name, target);
      queue.push(target);
    }
  }
  return graph;
}
var MAX_COPIES = 32;
function placePackages(graph, root) {
  const placed = /* @__PURE__ */ new Map([["", root]]);
  const satisfied = /* @__PURE__ */ new Map();
  const queue = [""];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i];
    const edges = [...graph.get(placed.get(at)) ?? []].sort(([a], [b]) => a < b ? -1 : 1);
    for (const [name, target] of edges) {
      const found = resolveIn(placed, at, name);
      if (found === void 0 || placed.get(found) !== target) {
        if (placed.size > MAX_COPIES * graph.size) {
          throw new BuildError(
            `the dependencies of ${target} cannot be laid out in one node_modules tree (a cycle of conflicting versions?); dedupe them in the monorepo (\`npm dedupe\`, or \`overrides\` in package.json) and commit package-lock.json.`
          );
        }
        const spot = highestSpot(placed, satisfied, at, name, target);
        placed.set(spot, target);
        queue.push(spot);
      }
      const list = satisfied.get(name) ?? [];
      list.push({ from: at, target });
      satisfied.set(name, list);
    }
  }
  placed.delete("");
  return new Map([...placed].sort(([a], [b]) => a < b ? -1 : 1));
}
function highestSpot(placed, satisfied, at, name, target) {
  const dirs = packageDirs(at);
  let best = spotIn(at, name);
  for (let i = dirs.length - 1; i >= 0; i--) {
    const spot = spotIn(dirs[i], name);
    if (placed.has(spot)) break;
    const hides = (satisfied.get(name) ?? []).some((edge) => {
      if (edge.target === target || !isBelow(edge.from, dirs[i])) return false;
      const current = resolveIn(placed, edge.from, name);
      return current === void 0 || dirOf(current, name).length < dirs[i].length;
    });
    if (!hides) best = spot;
  }
  return best;
}
function resolveIn(placed, at, name) {
  const dirs = packageDirs(at);
  for (let i = dirs.length - 1; i >= 0; i--) {
    const spot = spotIn(dirs[i], name);
    if (placed.has(spot)) return spot;
  }
  return void 0;
}
function packageDirs(at) {
  if (at === "") return [""];
  const parts = at.split("/node_modules/");
  return ["", ...parts.map((_, i) => parts.slice(0, i + 1).join("/node_modules/"))];
}
var spotIn = (dir, name) => dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
var dirOf = (spot, name) => spot.slice(0, Math.max(0, spot.length - `/node_modules/${name}`.length));
var isBelow = (at, dir) => dir === "" || at === dir || at.startsWith(`${dir}/`);

// src/builders/workspace-builds.ts
import { existsSync } from "node:fs";
import path2 from "node:path";
function buildOrder(graph, closure) {
  const order = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (dir) => {
    const pkg = packageAt(graph, dir);
    if (!pkg || seen.has(dir)) return;
    seen.add(dir);
    for (const dependency of buildDependencies(graph, pkg)) visit(dependency.dir);
    if (typeof pkg.manifest.scripts?.build === "string") order.push(dir);
  };
  for (const dir of [...closure].sort()) visit(dir);
  return order;
}
var NPM = { file: "npm", install: ["ci", "--ignore-scripts", "--no-audit", "--no-fund"] };
async function buildWorkspaces(layer, projectRoot, dirs, opts, tool = NPM) {
  if (dirs.length === 0) return;
  const commandOpts = { ...opts, env: { ...opts.env, ...tool.env } };
  const memo = opts.workspaceBuilds ?? /* @__PURE__ */ new Map();
  const once = (key, run) => {
    let pending = memo.get(key);
    if (!pending) memo.set(key, pending = run().then(() => void 0));
    return pending;
  };
  const where = path2.relative(opts.repoRoot, projectRoot) || "the repository root";
  await once(`${projectRoot}\0install`, async () => {
    if (existsSync(path2.join(projectRoot, "node_modules"))) return;
    await runCommand(
      layer,
      {
        file: tool.file,
        args: tool.install,
        cwd: projectRoot,
        display: [tool.file, ...tool.install].join(" "),
        hint: `It installs the devDependencies that the workspace packages' \`build\` scripts need, in ${where}. Install them in a workflow step before this one instead (then node_modules exists and is used as it is), or fix the lockfile as ${tool.file} says.`
      },
      commandOpts
    );
  });
  for (const dir of dirs) {
    await once(
      `${projectRoot}\0${dir}`,
      () => runCommand(
        layer,
        {
          file: tool.file,
          args: ["run", "build"],
          cwd: path2.join(projectRoot, dir),
          display: `${tool.file} run build`,
          hint: `The layer includes the workspace package in ${dir}, whose \`build\` script makes the files it ships; fix the build (it runs in the checkout, after its workspace dependencies are built).`
        },
        commandOpts
      )
    );
  }
}

// src/builders/installed.ts
function nearestLockfile(repoRoot, layerPath) {
  for (let dir = layerPath; ; dir = path3.posix.dirname(dir)) {
    for (const name of LOCKFILES) {
      const file = path3.posix.join(dir, name);
      if (existsSync2(path3.join(repoRoot, file))) return { dir, name, file };
    }
    if (dir === "." || dir === "") return void 0;
  }
}
var NODE_CPU = { x86_64: "x64", arm64: "arm64" };
async function stageProject(repoRoot, lockfile, layerPath, staging, build) {
  const repoReal = await realpath2(repoRoot);
  const checkout = path3.join(repoRoot, lockfile.dir);
  const layerKey = lockfile.dir === "." ? layerPath : path3.posix.relative(lockfile.dir, layerPath);
  const graph = await readWorkspaces(checkout);
  const manifest = readJson(checkout, path3.posix.join(layerKey || ".", "package.json"));
  if (!manifest) throw new BuildError(`${layerPath}/package.json does not exist: a nodejs layer installs the dependencies it lists.`);
  const workspaces = new Set([...graph.packages.values()].map((p) => p.dir));
  if (layerKey !== "" && !workspaces.has(layerKey)) {
    throw new BuildError(
      `${layerPath} is not a workspace of the project that ${lockfile.file} locks: add it to the workspaces (pnpm-workspace.yaml, or \`workspaces\` in package.json), install and commit the lockfile; or give the layer a lockfile of its own.`
    );
  }
  const linked = workspaceDependencies(graph, manifest).map((p) => p.dir);
  if (build) await buildWorkspaces(build.layer, checkout, buildOrder(graph, linked), build.opts, build.tool);
  const local = /* @__PURE__ */ new Set([layerKey, ...linked]);
  const project = path3.join(staging, lockfile.dir);
  const copied = /* @__PURE__ */ new Map();
  const leftOut = [];
  const unreadable = (rel) => (error) => {
    if (error.code !== "EACCES" && error.code !== "ENOENT") throw error;
    leftOut.push(rel);
  };
  const walk = async (rel) => {
    const listing = readdir2(path3.join(checkout, rel), { withFileTypes: true });
    const entries = rel ? await listing.catch(unreadable(rel)) : await listing;
    for (const entry of entries ?? []) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      const [from, to] = [path3.join(checkout, child), path3.join(project, child)];
      if (entry.name === "node_modules" || entry.name === ".git" || entry.name.startsWith(".") && entry.name !== ".yarn" && entry.isDirectory()) continue;
      if (local.has(child)) {
        const files = await listFiles(from, repoReal);
        await copyFiles(from, to, files, repoReal);
        copied.set(child, files);
      } else if (workspaces.has(child)) {
        await copyFiles(from, to, ["package.json"], repoReal);
      } else if (entry.isDirectory()) {
        await walk(child);
      } else if (entry.isFile()) {
        await mkdir2(path3.dirname(to), { recursive: true });
        await copyFile2(from, to).catch(unreadable(child));
      }
    }
  };
  await rm(staging, { recursive: true, force: true });
  await mkdir2(project, { recursive: true });
  if (local.has("")) copied.set("", []);
  await walk("");
  if (leftOut.length > 0) build?.opts.log.info(`Left out of the staged project (this process cannot read them, or they went while it read): ${leftOut.join(", ")}.`);
  return { checkout, project, layerKey, root: graph.root, manifest, copied, workspaces: new Set(graph.packages.keys()) };
}
async function requireTool(layer, file, cwd, missing, opts) {
  const found = await opts.exec.run("sh", ["-c", 'command -v "$1" >/dev/null', "sh", file], { cwd, env: opts.env }).catch(() => void 0);
  if (found?.code !== 0) await toolVersion(layer, file, cwd, missing, opts);
}
async function toolVersion(layer, file, cwd, missing, opts) {
  let result;
  try {
    result = await opts.exec.run(file, ["--version"], { cwd, env: opts.env });
  } catch (error) {
    if (error instanceof BuildError) throw error;
    throw new BuildError(`Layer ${layer.key} is built with ${file}, which is not on the runner's PATH. ${missing}`);
  }
  if (result.code !== 0) {
    throw new BuildError(`\`${file} --version\` failed for layer ${layer.key}:
${result.tail.map((l) => `  ${l}`).join("\n")}
${missing}`);
  }
  return result.stdout.trim().split("\n").pop() ?? "";
}
async function layerFromInstall(layer, staged, opts, packing) {
  const { project, layerKey } = staged;
  const projectReal = await realpath2(project);
  const graph = await installedGraph(projectReal, layerKey, layer.architectures);
  await runAllowedScripts(layer, projectReal, graph, layerKey, opts);
  const placements = placePackages(graph.edges, layerKey);
  const isLocal = (key) => !key.split("/").includes("node_modules");
  const localDirs = [...new Set(placements.values())].filter(isLocal);
  for (const dir of localDirs) if (!staged.copied.has(dir)) staged.copied.set(dir, await listFiles(path3.join(project, dir), projectReal));
  const local = await localFiles(layer, localDirs, { copied: staged.copied, project, stagingReal: projectReal });
  const root = path3.join(opts.workDir, "layer");
  await rm(root, { recursive: true, force: true });
  const nodejs = path3.join(root, "nodejs");
  await mkdir2(path3.join(nodejs, "node_modules"), { recursive: true });
  const checkoutReal = await realpath2(staged.checkout);
  await Promise.all(
    [...placements].map(async ([spot, key]) => {
      const [from, to] = [path3.join(project, key), path3.join(nodejs, spot)];
      await copyFiles(from, to, local.get(key) ?? await listFiles(from, projectReal), projectReal);
      if (!local.has(key)) return;
      await copyFiles(path3.join(staged.checkout, key), to, ["package.json"], checkoutReal);
      const manifest = JSON.parse(await readFile(path3.join(to, "package.json"), "utf8"));
      if (packing.publishConfig && manifest.publishConfig) await writeFile(path3.join(to, "package.json"), `${JSON.stringify(published(manifest), null, 2)}
`);
    })
  );
  opts.log.info(`${placements.size} packages in nodejs/node_modules, ${localDirs.length} of them from the repository.`);
  return root;
}
var PUBLISHED_FIELDS = ["bin", "browser", "exports", "imports", "main", "module", "types", "typesVersions", "typings"];
function published(manifest) {
  const overrides = Object.entries(manifest.publishConfig).filter(([field]) => PUBLISHED_FIELDS.includes(field));
  return { ...manifest, ...Object.fromEntries(overrides) };
}
async function installedGraph(projectReal, from, architectures) {
  const edges = /* @__PURE__ */ new Map();
  const manifests = /* @__PURE__ */ new Map();
  const cpus = architectures.map((a) => NODE_CPU[a]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift();
    if (edges.has(at)) continue;
    const manifest = JSON.parse(await readFile(path3.join(projectReal, at, "package.json"), "utf8"));
    const deps = /* @__PURE__ */ new Map();
    edges.set(at, deps);
    manifests.set(at, manifest);
    for (const name of dependencyNames(manifest, false)) {
      const found = await resolveInstalled(projectReal, at, name);
      if (found === void 0 && manifest.dependencies?.[name] !== void 0) {
        throw new BuildError(
          `${name}, a dependency of ${manifest.name ?? at}, is not in the installed tree; check that the lockfile installs it (run the install and commit the lockfile) and that no \`.npmrc\` or \`.yarnrc.yml\` setting leaves it out.`
        );
      }
      if (found === void 0) continue;
      const target = path3.relative(projectReal, found).split(path3.sep).join("/");
      const meta = JSON.parse(await readFile(path3.join(found, "package.json"), "utf8"));
      if (!fits(meta.os, ["linux"]) || !fits(meta.cpu, cpus) || !fits(meta.libc, ["glibc"])) continue;
      deps.set(name, target);
      queue.push(target);
    }
  }
  return { edges, manifests };
}
async function resolveInstalled(projectReal, at, name) {
  for (let dir = at; ; dir = path3.posix.dirname(dir)) {
    const rel = dir === "." ? "" : dir;
    if (path3.posix.basename(rel) !== "node_modules") {
      const candidate = path3.join(projectReal, rel, "node_modules", name);
      if (existsSync2(path3.join(candidate, "package.json"))) return realInside(candidate, projectReal);
    }
    if (rel === "") return void 0;
  }
}
function fits(list, values) {
  if (!Array.isArray(list) || list.length === 0) return true;
  const excluded = list.filter((v) => String(v).startsWith("!")).map((v) => String(v).slice(1));
  const allowed = list.filter((v) => !String(v).startsWith("!"));
  return values.some((v) => !excluded.includes(v) && (allowed.length === 0 || allowed.includes(v)));
}
var INSTALL_SCRIPTS = ["preinstall", "install", "postinstall"];
async function runAllowedScripts(layer, projectReal, graph, layerKey, opts) {
  const skipped = /* @__PURE__ */ new Set();
  for (const key of [...graph.manifests.keys()].reverse()) {
    const manifest = graph.manifests.get(key);
    if (key === layerKey || !key.split("/").includes("node_modules")) continue;
    const scripts = INSTALL_SCRIPTS.filter((name) => typeof manifest.scripts?.[name] === "string");
    if (scripts.length === 0 && existsSync2(path3.join(projectReal, key, "binding.gyp"))) scripts.push("install");
    if (scripts.length === 0) continue;
    if (!layer.allowScripts.includes(manifest.name)) {
      skipped.add(manifest.name);
      continue;
    }
    for (const script of scripts) {
      await runCommand(
        layer,
        {
          file: "npm",
          args: ["run", script, "--ignore-scripts"],
          cwd: path3.join(projectReal, key),
          display: `npm run ${script}  (${manifest.name}, in allowScripts)`,
          hint: `The ${script} script of ${manifest.name} failed; fix it, or take ${manifest.name} out of allowScripts of layer ${layer.key}.`
        },
        opts
      );
    }
  }
  if (skipped.size > 0) {
    opts.log.info(
      `Install scripts of ${[...skipped].sort().join(", ")} were skipped: add the packages to allowScripts of layer ${layer.key} if the layer needs what their scripts build.`
    );
  }
}

// src/builders/entry-points.ts
import { readdir as readdir4, readFile as readFile2, stat as stat2 } from "node:fs/promises";
import path5 from "node:path";

// src/builders/native.ts
import { open, readdir as readdir3 } from "node:fs/promises";
import path4 from "node:path";
async function nativeAddonProblems(nodeModules, architectures, dropped = () => false) {
  const files = (await readdir3(nodeModules, { recursive: true, withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile() && entry.name.endsWith(".node")).map((entry) => path4.relative(nodeModules, path4.join(entry.parentPath, entry.name)).split(path4.sep).join("/")).filter((file) => !dropped(file)).sort();
  const problems = [];
  for (const file of files) {
    const handle = await open(path4.join(nodeModules, file), "r");
    const head = Buffer.alloc(20);
    try {
      await handle.read(head, 0, head.length, 0);
    } finally {
      await handle.close();
    }
    const machine = elfMachine(head);
    const arch = machine === void 0 ? void 0 : elfArchitecture(machine);
    const shown = `${packageOf(file)} (node_modules/${file})`;
    const fix = `Install it for ${architectures.join(" and ")} Linux: keep its prebuilt platform packages in the lockfile (npm picks them by --cpu/--os), or build it from source on a runner of that architecture`;
    if (machine === void 0) {
      problems.push(`${shown} is a native addon but not a Linux ELF binary, so Lambda cannot load it. ${fix}.`);
    } else if (arch === void 0) {
      problems.push(`${shown} is a native addon for ELF machine ${machine}, which Lambda does not run. ${fix}.`);
    } else if (architectures.length > 1 || !architectures.includes(arch)) {
      const also = architectures.length > 1 ? ", and one binary runs on one architecture" : "";
      problems.push(`${shown} is a native addon built for ${arch}, but the layer declares ${architectures.join(" and ")}${also}. ${fix}, or set architectures: [${arch}].`);
    }
  }
  return problems;
}
function packageOf(file) {
  const parts = file.split("/node_modules/").at(-1).split("/");
  return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}

// src/builders/entry-points.ts
var NODE_CONDITIONS = /* @__PURE__ */ new Set(["node", "import", "require", "module-sync", "default"]);
async function installedPackages(nodeModules) {
  const found = [];
  const base = path5.dirname(nodeModules);
  const visit = async (folder) => {
    const names = await readdir4(folder).catch(() => []);
    for (const name of names.sort()) {
      if (name.startsWith(".")) continue;
      if (name.startsWith("@")) {
        for (const sub of (await readdir4(path5.join(folder, name))).sort()) await visitPackage(path5.join(folder, name, sub));
      } else {
        await visitPackage(path5.join(folder, name));
      }
    }
  };
  const visitPackage = async (dir) => {
    const text = await readFile2(path5.join(dir, "package.json"), "utf8").catch(() => void 0);
    if (text === void 0) return;
    let manifest;
    try {
      manifest = JSON.parse(text);
    } catch (error) {
      throw new BuildError(`${path5.join(dir, "package.json")} is not valid JSON (${error.message}); fix the package.`);
    }
    const rel = path5.relative(base, dir).split(path5.sep).join("/");
    found.push({ name: typeof manifest.name === "string" ? manifest.name : rel.slice(rel.lastIndexOf("node_modules/") + 13), dir: rel, manifest });
    await visit(path5.join(dir, "node_modules"));
  };
  await visit(nodeModules);
  return found;
}
async function checkNodeModules(nodeModules, architectures, drop = () => void 0) {
  const packages = await installedPackages(nodeModules);
  const problems = [
    ...(await Promise.all(packages.map((pkg) => entryPointProblems(path5.join(path5.dirname(nodeModules), pkg.dir), pkg, drop)))).flat(),
    ...await nativeAddonProblems(nodeModules, architectures, (file) => drop(`node_modules/${file}`))
  ];
  if (problems.length > 0) throw new BuildError(problems.join("\n"));
}
async function entryPointProblems(dir, pkg, drop = () => void 0) {
  const { manifest } = pkg;
  const slimmed = (file, glob, why) => `${pkg.name} (${pkg.dir}): ${why} ${file}, which slim glob \`${glob}\` drops from the zip, so Node could not load the package: narrow the glob so it keeps ${pkg.dir}/${file}, or remove it from the layer's \`slim\` (or \`defaults.slim\`).`;
  const problems = [];
  const dropped = /* @__PURE__ */ new Map();
  const missing = (field, target, tried = [target]) => {
    const cut = tried.find((t) => dropped.has(t));
    problems.push(
      cut ? slimmed(cut, dropped.get(cut), `${field} points at`) : `${pkg.name} (${pkg.dir}): ${field} points at ${target}, which is not in the layer. Add a "build" script that makes it (workspace packages are built before they are packed), commit the file, or fix "files" in its package.json; for a dependency whose install script makes it, name the package in allowScripts.`
    );
  };
  const isFile = async (target) => {
    const exists = await stat2(path5.join(dir, target)).then(
      (s) => s.isFile(),
      () => false
    );
    const glob = exists ? drop(path5.posix.join(pkg.dir, target)) : void 0;
    if (glob) dropped.set(target, glob);
    return exists && !glob;
  };
  const main = typeof manifest.main === "string" && manifest.main.trim() !== "" ? manifest.main : void 0;
  const tries = main && [main, ...[".js", ".json", ".node"].map((ext) => main + ext), ...["js", "json", "node"].map((ext) => `${main}/index.${ext}`), "index.js"];
  const manifestGlob = drop(`${pkg.dir}/package.json`);
  if (manifestGlob) {
    const kept = await anyOf([...tries || [], ...exportTargets(manifest.exports).map((e) => e.target)], isFile);
    return kept ? [slimmed("package.json", manifestGlob, 'Node reads "main", "exports" and "type" from')] : [];
  }
  if (tries && !await anyOf(tries, isFile)) missing('"main"', main, tries);
  for (const { field, target } of exportTargets(manifest.exports)) {
    if (!await isFile(target)) missing(field, target);
  }
  const bin = typeof manifest.bin === "string" ? { [pkg.name]: manifest.bin } : manifest.bin ?? {};
  for (const [name, target] of Object.entries(typeof bin === "object" ? bin : {})) {
    if (typeof target === "string" && !await isFile(target)) missing(`"bin".${name}`, target);
  }
  return problems;
}
function exportTargets(exports) {
  const found = [];
  const visit = (value, field) => {
    if (Array.isArray(value)) {
      if (value.length > 0) visit(value[0], field);
    } else if (typeof value === "string") {
      if (value.startsWith("./") && !value.includes("*") && !value.endsWith("/")) found.push({ field, target: value.slice(2) });
    } else if (typeof value === "object" && value !== null) {
      for (const [condition, inner] of Object.entries(value)) {
        if (!NODE_CONDITIONS.has(condition)) continue;
        visit(inner, `${field}.${condition}`);
        if (condition === "default") break;
      }
    }
  };
  const subpaths = typeof exports === "object" && exports !== null && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith("."));
  if (subpaths) {
    for (const [subpath, value] of Object.entries(exports)) {
      if (!subpath.includes("*") && !subpath.endsWith("/")) visit(value, `"exports"["${subpath}"]`);
    }
  } else if (exports !== void 0) {
    visit(exports, '"exports"');
  }
  return found;
}
async function anyOf(candidates, test) {
  for (const candidate of candidates) if (await test(candidate)) return true;
  return false;
}

// src/builders/pnpm.ts
import path6 from "node:path";
var PNPM = { file: "pnpm", install: ["install", "--frozen-lockfile", "--ignore-scripts", "--reporter=append-only"] };
async function installPnpm(layer, lockfile, opts) {
  await requireTool(
    layer,
    "pnpm",
    path6.join(opts.repoRoot, lockfile.dir),
    "Add `pnpm/action-setup` before this step (or `corepack enable`, which reads the `packageManager` field of package.json).",
    opts
  );
  const staged = await stageProject(opts.repoRoot, lockfile, layer.path, path6.join(opts.workDir, "pnpm"), { layer, opts, tool: PNPM });
  const filter = staged.layerKey === "" ? [] : ["--filter", `${staged.manifest.name ?? `{./${staged.layerKey}}`}...`];
  const platform = ["--os=linux", ...layer.architectures.map((a) => `--cpu=${NODE_CPU[a]}`), "--libc=glibc"];
  const args = ["install", "--frozen-lockfile", "--prod", "--ignore-scripts", "--reporter=append-only", ...platform, ...filter];
  await runCommand(
    layer,
    {
      file: "pnpm",
      args,
      cwd: staged.project,
      display: `pnpm ${args.join(" ")}`,
      hint: `pnpm installed the production dependencies of ${layer.path} in a copy of the project, with the runner's environment minus its tokens and credentials. If pnpm says the lockfile is not up to date, run \`pnpm install\` and commit ${lockfile.file}.`
    },
    opts
  );
  return layerFromInstall(layer, staged, opts, { publishConfig: true });
}

// src/builders/packed.ts
var import_npm_normalize_package_bin = __toESM(require_lib(), 1);
var import_npm_packlist = __toESM(require_lib4(), 1);
function npmPackList(dir, manifest) {
  return (0, import_npm_packlist.default)({ path: dir, package: (0, import_npm_normalize_package_bin.default)({ ...manifest }), isProjectRoot: true, edgesOut: /* @__PURE__ */ new Map() }, { path: dir });
}

// src/builders/yarn.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile as readFile3, writeFile as writeFile2 } from "node:fs/promises";
import path7 from "node:path";
var COREPACK = "Add `corepack enable` before this step, so that the `packageManager` field of package.json picks yarn";
var BERRY_ENV = { YARN_ENABLE_SCRIPTS: "false", YARN_NODE_LINKER: "node-modules", YARN_ENABLE_TELEMETRY: "0", YARN_ENABLE_PROGRESS_BARS: "false" };
async function installYarn(layer, lockfile, opts) {
  const checkout = path7.join(opts.repoRoot, lockfile.dir);
  const text = await readFile3(path7.join(checkout, lockfile.name), "utf8");
  const packageManager = String(readJson(checkout, "package.json")?.packageManager ?? "");
  const wanted = /^yarn@(\d+)\./.exec(packageManager);
  const berry = wanted ? Number(wanted[1]) >= 2 : /^__metadata:/m.test(text);
  const missing = `${COREPACK} (or commit the yarn release and set yarnPath in .yarnrc.yml).`;
  const release = berry ? await pinnedRelease(checkout) : void 0;
  let version;
  if (release) {
    await requireTool(layer, "yarn", checkout, missing, opts);
    version = /yarn-(\d+\.\d+\.\d+[^/]*)\.c?js$/.exec(release)?.[1] ?? `(${release})`;
  } else {
    version = await toolVersion(layer, "yarn", checkout, missing, opts);
    if (berry !== Number.parseInt(version, 10) >= 2) {
      const needs = wanted ? `package.json says "packageManager": "${packageManager}"` : `${lockfile.file} is a yarn ${berry ? "2+" : "1"} lockfile`;
      throw new BuildError(
        `Layer ${layer.key}: ${needs}, but \`yarn\` here is ${version}. ${COREPACK}${berry ? ", or commit the yarn release and set yarnPath in .yarnrc.yml" : ""}.`
      );
    }
  }
  const tool = berry ? { file: "yarn", install: ["install", "--immutable", "--mode=skip-build"], env: BERRY_ENV } : { file: "yarn", install: ["install", "--frozen-lockfile", "--ignore-scripts", "--non-interactive", "--no-progress"] };
  const staged = await stageProject(opts.repoRoot, lockfile, layer.path, path7.join(opts.workDir, "yarn"), { layer, opts, tool });
  const fix = `If yarn says the lockfile would change, run \`yarn install\` and commit ${lockfile.file}.`;
  const run = (args, cwd, env = {}) => yarn(layer, { args, cwd, hint: `yarn ${version} installed the production dependencies of ${layer.path} in a copy of the project. ${fix}` }, { ...opts, env: { ...opts.env, ...env } });
  if (!berry) {
    assertLocked(await readLock(lockfile.file, text), staged, lockfile.file);
    await run(["install", "--frozen-lockfile", "--production", "--ignore-scripts", "--ignore-platform", "--non-interactive", "--no-progress"], staged.project);
  } else {
    await writeArchitectures(staged.project, layer.architectures);
    await run(["install", "--immutable", "--mode=skip-build"], staged.project, BERRY_ENV);
  }
  return layerFromInstall(layer, staged, opts, { publishConfig: berry });
}
async function pinnedRelease(checkout) {
  const text = await readFile3(path7.join(checkout, ".yarnrc.yml"), "utf8").catch(() => void 0);
  if (text === void 0) return void 0;
  try {
    const yarnPath = (0, import_yaml.parse)(text)?.yarnPath;
    return typeof yarnPath === "string" && yarnPath ? yarnPath : void 0;
  } catch {
    return void 0;
  }
}
async function readLock(file, text) {
  try {
    return await parseLockfile(file, text);
  } catch (error) {
    throw new BuildError(`${error.message}; run \`yarn install\` and commit ${file}.`);
  }
}
function assertLocked(lock, staged, file) {
  for (const dir of [...staged.copied.keys()].sort()) {
    const manifest = readJson(staged.project, path7.posix.join(dir || ".", "package.json")) ?? {};
    for (const field of ["dependencies", "optionalDependencies"]) {
      for (const [name, range] of Object.entries(manifest[field] ?? {})) {
        if (staged.workspaces.has(name) || /^(link|portal):/.test(range) || lock.entries[`${name}@${classicRange(range, dir)}`]) continue;
        throw new BuildError(
          `${file} has no entry for ${name}@${range} (${field} of ${path7.posix.join(dir || ".", "package.json")}), and yarn 1 would install it unlocked: run \`yarn install\` and commit ${file}.`
        );
      }
    }
  }
}
async function writeArchitectures(project, architectures) {
  const file = path7.join(project, ".yarnrc.yml");
  const rc = (0, import_yaml.parse)(await readFile3(file, "utf8").catch(() => "")) ?? {};
  rc.supportedArchitectures = { os: ["linux"], cpu: architectures.map((a) => NODE_CPU[a]), libc: ["glibc"] };
  await writeFile2(file, (0, import_yaml.stringify)(rc));
}
function yarn(layer, run, opts) {
  return runCommand(layer, { file: "yarn", display: `yarn ${run.args.join(" ")}`, ...run }, opts);
}

// src/builders/nodejs.ts
async function buildNodejs(layer, opts) {
  const root = await install(layer, opts);
  const drop = dropper(layer.slim);
  await checkNodeModules(path8.join(root, "nodejs", "node_modules"), layer.architectures, (name) => drop(`nodejs/${name}`));
  return root;
}
function install(layer, opts) {
  const lockfile = nearestLockfile(opts.repoRoot, layer.path);
  if (lockfile?.name === "pnpm-lock.yaml") return installPnpm(layer, lockfile, opts);
  if (lockfile?.name === "yarn.lock") return installYarn(layer, lockfile, opts);
  return installNpm(layer, opts);
}
async function installNpm(layer, opts) {
  const repoReal = await realpath3(opts.repoRoot);
  const found = await findProject(opts.repoRoot, layer.path);
  const projectRoot = path8.join(opts.repoRoot, found.dir);
  const graph = await readWorkspaces(projectRoot);
  const staging = planStaging({
    ...found,
    manifest: (dir) => readJson(projectRoot, path8.posix.join(dir, "package.json")),
    workspaces: new Set([...graph.packages.values()].map((p) => p.dir))
  });
  const linked = staging.folders.filter((dir) => dir !== found.layerKey);
  await buildWorkspaces(layer, projectRoot, buildOrder(graph, linked), opts);
  const stagingRoot = path8.join(opts.workDir, "npm");
  const project = path8.join(stagingRoot, found.dir);
  const root = path8.join(opts.workDir, "layer");
  await Promise.all([stagingRoot, root].map((dir) => rm2(dir, { recursive: true, force: true })));
  const copied = await stage(staging, found, projectRoot, project, repoReal);
  const cpu = layer.architectures.length === 1 ? NODE_CPU[layer.architectures[0]] : void 0;
  const platform = ["--os=linux", ...cpu ? [`--cpu=${cpu}`] : [], "--libc=glibc"];
  const args = ["ci", "--omit=dev", "--install-strategy=hoisted", "--ignore-scripts", ...platform, "--no-audit", "--no-fund"];
  await npm(
    layer,
    { args, cwd: project },
    `npm installed the production dependencies of ${layer.path} in a copy of the project pruned to them, with the runner's environment minus its tokens and credentials. Reproduce with \`npm ci --omit=dev\` in ${found.dir === "." ? "the repository root" : found.dir}; if npm says the lockfile is out of sync, run \`npm install\` and commit ${found.lockfile}.`,
    opts
  );
  await runInstallScripts(layer, installScriptPackages({ packages: staging.resolved }, found.layerKey), project, opts);
  const installed = Object.entries(staging.resolved).filter(
    ([key, node]) => node.link === true || existsSync3(path8.join(project, key, "package.json"))
  );
  const placements = placePackages(dependencyGraph(Object.fromEntries(installed), found.layerKey), found.layerKey);
  const stagingReal = await realpath3(stagingRoot);
  const localDirs = [...new Set(placements.values())].filter((key) => copied.has(key));
  const local = await localFiles(layer, localDirs, { copied, project, stagingReal });
  const nodejs = path8.join(root, "nodejs");
  await mkdir3(path8.join(nodejs, "node_modules"), { recursive: true });
  await Promise.all(
    [...placements].map(async ([spot, key]) => {
      const [from, to] = [path8.join(project, key), path8.join(nodejs, spot)];
      const files = local.get(key) ?? await listFiles(from, stagingReal);
      await copyFiles(from, to, files, stagingReal);
      if (local.has(key)) await copyFiles(path8.join(projectRoot, key), to, ["package.json"], repoReal);
    })
  );
  opts.log.info(`${placements.size} packages in nodejs/node_modules, ${local.size} of them from the repository.`);
  return root;
}
async function runInstallScripts(layer, scripted, project, opts) {
  const allowed = scripted.filter((name) => layer.allowScripts.includes(name));
  const skipped = scripted.filter((name) => !layer.allowScripts.includes(name));
  if (skipped.length > 0) {
    opts.log.info(
      `Install scripts not run (not in allowScripts): ${skipped.join(", ")}. Add a package to the layer's allowScripts in the configuration if it needs its script, to compile a native addon for example.`
    );
  }
  if (allowed.length === 0) return;
  await npm(
    layer,
    { args: ["rebuild", ...allowed], cwd: project },
    `It runs the install scripts of the packages allowScripts names (${allowed.join(", ")}); fix the failing script, or remove its package from allowScripts if the layer does not need what it builds.`,
    opts
  );
}
async function stage(staging, found, projectRoot, project, repoReal) {
  const copied = /* @__PURE__ */ new Map();
  for (const dir of staging.folders) {
    const files = await listFiles(path8.join(projectRoot, dir), repoReal);
    await copyFiles(path8.join(projectRoot, dir), path8.join(project, dir), files, repoReal);
    copied.set(dir, files);
  }
  const extra = [...staging.tarballs, ...existsSync3(path8.join(projectRoot, ".npmrc")) ? [".npmrc"] : []];
  await copyFiles(projectRoot, project, extra, repoReal);
  for (const [dir, manifest] of staging.manifests) {
    await mkdir3(path8.join(project, dir), { recursive: true });
    await writeFile3(path8.join(project, dir, "package.json"), `${JSON.stringify(manifest, null, 2)}
`);
  }
  await writeFile3(path8.join(project, found.lockfile), `${JSON.stringify(staging.lockfile, null, 2)}
`);
  return copied;
}
async function localFiles(layer, dirs, staged) {
  const { copied, project, stagingReal } = staged;
  const result = /* @__PURE__ */ new Map();
  for (const dir of dirs) {
    const from = path8.join(project, dir);
    const manifest = JSON.parse(await readFile4(path8.join(from, "package.json"), "utf8"));
    const packed = await npmPackList(from, manifest).catch((error) => {
      throw new BuildError(
        `Layer ${layer.key}: could not list the files \`npm pack\` would take from ${dir} (${error.message}); check its \`files\` field and .npmignore.`
      );
    });
    const before = new Set(copied.get(dir));
    const made = (await listFiles(from, stagingReal)).filter((file) => !before.has(file));
    const built = typeof manifest.scripts?.build === "string";
    const shipped = (file) => file !== "package.json" && !file.startsWith("node_modules/") && !(built && isTestFile(file));
    result.set(dir, [.../* @__PURE__ */ new Set([...packed, ...made])].filter(shipped).sort());
  }
  return result;
}
function npm(layer, run, hint, opts) {
  return runCommand(layer, { file: "npm", display: `npm ${run.args.join(" ")}`, hint, ...run }, opts);
}

// src/builders/python.ts
import { mkdir as mkdir4, readdir as readdir5, readFile as readFile5, rm as rm3, writeFile as writeFile4 } from "node:fs/promises";
import path9 from "node:path";

// src/builders/pip.ts
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

// src/builders/python.ts
var HOST_PROBE = "import platform, sys; print('%d.%d' % sys.version_info[:2], platform.machine())";
var LAMBDA_ARCH = { x86_64: "x86_64", AMD64: "x86_64", aarch64: "arm64", arm64: "arm64" };
async function buildPython(layer, opts) {
  const cwd = path9.join(opts.repoRoot, layer.path);
  const root = path9.join(opts.workDir, "layer");
  const target = path9.join(root, "python");
  await rm3(root, { recursive: true, force: true });
  await mkdir4(target, { recursive: true });
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
  for (const entry of (await readdir5(target)).filter((name) => name.endsWith(".dist-info")).sort()) {
    const text = await readFile5(path9.join(target, entry, "WHEEL"), "utf8").catch(() => "");
    const [name, version] = entry.slice(0, -".dist-info".length).split("-");
    wheels.push({ name, version, tags: [...text.matchAll(/^Tag:\s*(\S+)/gm)].map((m) => m[1]) });
  }
  return wheels;
}
async function removeVariance(target) {
  const entries = await readdir5(target, { recursive: true, withFileTypes: true });
  const caches = entries.filter((e) => e.isDirectory() && e.name === "__pycache__").map((e) => path9.join(e.parentPath, e.name));
  await Promise.all(caches.map((dir) => rm3(dir, { recursive: true, force: true })));
  for (const entry of entries.filter((e) => e.isFile() && e.name === "direct_url.json" && e.parentPath.endsWith(".dist-info"))) {
    const distInfo = entry.parentPath;
    await rm3(path9.join(distInfo, entry.name));
    const record = path9.join(distInfo, "RECORD");
    const listed = `${path9.basename(distInfo)}/direct_url.json,`;
    const lines = (await readFile5(record, "utf8")).split("\n");
    await writeFile4(record, lines.filter((line) => !line.startsWith(listed)).join("\n"));
  }
}

// src/builders/ruby.ts
import { existsSync as existsSync4 } from "node:fs";
import { cp, mkdir as mkdir5, open as open2, readdir as readdir6, rm as rm4 } from "node:fs/promises";
import path10 from "node:path";
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
  const cwd = path10.join(opts.repoRoot, layer.path);
  const versions = rubyGemVersions(layer);
  if (!existsSync4(path10.join(cwd, "Gemfile.lock"))) {
    throw new BuildError(`Layer ${layer.key} has no Gemfile.lock in ${layer.path}: run \`bundle lock\` there and commit it.`);
  }
  const bundle = path10.join(opts.workDir, "bundle");
  const root = path10.join(opts.workDir, "layer");
  await Promise.all([bundle, root].map((dir) => rm4(dir, { recursive: true, force: true })));
  await mkdir5(root, { recursive: true });
  const probe = await runCommand(
    layer,
    { file: "ruby", args: ["-e", HOST_PROBE2], cwd, display: "ruby -e <version probe>", hint: RUBY_HINT, level: "debug" },
    opts
  );
  const hostVersion = probe.stdout.trim();
  const args = existsSync4(path10.join(cwd, "vendor", "cache")) ? ["install", "--local"] : ["install"];
  const env = {
    ...opts.env,
    BUNDLE_GEMFILE: path10.join(cwd, "Gemfile"),
    BUNDLE_DEPLOYMENT: "true",
    BUNDLE_WITHOUT: "development:test",
    BUNDLE_PATH: bundle,
    // Settings of this build only: the repository's .bundle/config is neither read nor written.
    BUNDLE_APP_CONFIG: path10.join(opts.workDir, "bundle-config")
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
  const installed = path10.join(bundle, "ruby", hostVersion);
  await Promise.all(NOT_SHIPPED.map((name) => rm4(path10.join(installed, name), { recursive: true, force: true })));
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
  for (const version of versions) await cp(installed, path10.join(root, "ruby", "gems", version), { recursive: true, verbatimSymlinks: true });
  return root;
}
var RUBY_HINT = "Install Ruby and bundler on the runner (Debian/Ubuntu: 'apt-get install ruby bundler', or ruby/setup-ruby) before this step.";
async function nativeLibraries(installed) {
  const found = [];
  const entries = existsSync4(installed) ? await readdir6(installed, { recursive: true, withFileTypes: true }) : [];
  for (const entry of entries) {
    const full = path10.join(entry.parentPath, entry.name);
    if (entry.isFile() && BUILD_LOGS.has(entry.name)) await rm4(full);
    else if (entry.isFile() && /\.(so|bundle)$/.test(entry.name)) {
      const file = path10.relative(installed, full).split(path10.sep).join("/");
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
  const handle = await open2(file, "r");
  try {
    const head = Buffer.alloc(64);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

// src/builders/script.ts
import { realpath as realpath4, stat as stat3 } from "node:fs/promises";
import path11 from "node:path";
async function buildScript(layer, opts) {
  if (!layer.build || !layer.output) {
    throw new BuildError(`Layer ${layer.key} has type '${layer.type}': give it both \`build\` and \`output\` in its configuration.`);
  }
  const cwd = path11.join(opts.repoRoot, layer.path);
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
  const output = path11.posix.join(layer.path, layer.output);
  let real;
  try {
    real = await realpath4(path11.join(opts.repoRoot, output));
  } catch {
    throw new BuildError(
      `The build of layer ${layer.key} finished, but its output folder ${output} does not exist. Make \`${layer.build}\` write the layer's files there, or set \`output\` to the folder it writes (relative to ${layer.path}).`
    );
  }
  if (!isInside(await realpath4(opts.repoRoot), real)) {
    throw new BuildError(
      `The output folder ${output} of layer ${layer.key} resolves to ${real}, outside the repository; layers only take files from inside it, so make the build write a real folder there instead of a link.`
    );
  }
  if (!(await stat3(real)).isDirectory()) {
    throw new BuildError(
      `The output ${output} of layer ${layer.key} is a file, not a folder; point \`output\` at the folder that holds the layer's files.`
    );
  }
  return real;
}

// src/builders/index.ts
var BUILDERS = { nodejs: buildNodejs, python: buildPython, runtime: buildScript, custom: buildScript, ruby: buildRuby };
async function buildLayer(layer, opts) {
  await mkdir6(opts.workDir, { recursive: true });
  return { root: await BUILDERS[layer.type](layer, { ...opts, deadline: Date.now() + layer.timeoutMinutes * 6e4 }) };
}
export {
  BuildError,
  buildLayer
};
//# sourceMappingURL=builders-IN2IW6TJ.js.map
