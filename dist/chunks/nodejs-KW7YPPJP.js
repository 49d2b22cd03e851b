import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildNodejs,
  localFiles,
  skippedInstallScripts
} from "./chunk-56T7MD5C.js";
import "./chunk-RXUKHELV.js";
import "./chunk-IE35IGQP.js";
import "./chunk-NWY5KWON.js";
import "./chunk-SK5B422H.js";
export {
  buildNodejs,
  localFiles,
  skippedInstallScripts
};
//# sourceMappingURL=nodejs-KW7YPPJP.js.map
