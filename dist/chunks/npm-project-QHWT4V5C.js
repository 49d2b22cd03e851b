import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-JIEZN2EM.js";
import "./chunk-MFIMENYZ.js";
import "./chunk-K2PGQHSG.js";
import "./chunk-FT3CAMBC.js";
import "./chunk-BCDA2SNQ.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-QHWT4V5C.js.map
