import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildNodejs,
  localFiles,
  skippedInstallScripts
} from "./chunk-YIOVYYMJ.js";
import "./chunk-RXUKHELV.js";
import "./chunk-FTUYQYMB.js";
import "./chunk-NWY5KWON.js";
import "./chunk-SK5B422H.js";
export {
  buildNodejs,
  localFiles,
  skippedInstallScripts
};
//# sourceMappingURL=nodejs-VMTCAORP.js.map
