import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-5GHOEP5Y.js";
import "./chunk-6V7XYWY7.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-VAIP3L7T.js.map
