import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-HOE44AAD.js";
import "./chunk-MFIMENYZ.js";
import "./chunk-A2YOUNIK.js";
import "./chunk-BCDA2SNQ.js";
import "./chunk-FT3CAMBC.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-CGSFOLF5.js.map
