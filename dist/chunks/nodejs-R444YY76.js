import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildNodejs,
  localFiles,
  skippedInstallScripts
} from "./chunk-HQW5P7NO.js";
import "./chunk-XKRDKDOR.js";
import "./chunk-RXUKHELV.js";
import "./chunk-CCIYCWRR.js";
import "./chunk-NWY5KWON.js";
import "./chunk-SK5B422H.js";
export {
  buildNodejs,
  localFiles,
  skippedInstallScripts
};
//# sourceMappingURL=nodejs-R444YY76.js.map
