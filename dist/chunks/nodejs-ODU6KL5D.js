import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildNodejs,
  localFiles,
  skippedInstallScripts
} from "./chunk-FMCGETGK.js";
import "./chunk-RXUKHELV.js";
import "./chunk-M3Z5UYD7.js";
import "./chunk-NWY5KWON.js";
import "./chunk-SK5B422H.js";
export {
  buildNodejs,
  localFiles,
  skippedInstallScripts
};
//# sourceMappingURL=nodejs-ODU6KL5D.js.map
