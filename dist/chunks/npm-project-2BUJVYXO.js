import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-QF5LVQGX.js";
import "./chunk-MFIMENYZ.js";
import "./chunk-35AEQOJN.js";
import "./chunk-BCDA2SNQ.js";
import "./chunk-FT3CAMBC.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-2BUJVYXO.js.map
