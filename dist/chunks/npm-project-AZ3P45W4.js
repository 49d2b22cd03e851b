import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-2HLIPHQF.js";
import "./chunk-A3O5ZHCY.js";
import "./chunk-BCDA2SNQ.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-AZ3P45W4.js.map
