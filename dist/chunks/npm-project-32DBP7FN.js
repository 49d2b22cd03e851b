import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-3LOZJPRS.js";
import "./chunk-MFIMENYZ.js";
import "./chunk-L7K2VLD3.js";
import "./chunk-BCDA2SNQ.js";
import "./chunk-FT3CAMBC.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-32DBP7FN.js.map
