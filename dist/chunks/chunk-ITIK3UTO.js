import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-SK5B422H.js";

// http-without-undici:http
var require_http = __commonJS({
  "http-without-undici:http"(exports, module) {
    module.exports = __require("node:http");
  }
});

export {
  require_http
};
//# sourceMappingURL=chunk-ITIK3UTO.js.map
