import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_http
} from "./chunk-ITIK3UTO.js";
import "./chunk-SK5B422H.js";
export default require_http();
//# sourceMappingURL=http-XZO4LA44.js.map
