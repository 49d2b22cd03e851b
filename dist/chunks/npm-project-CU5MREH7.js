import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-DAEHARRA.js";
import "./chunk-MFIMENYZ.js";
import "./chunk-6GHEADKZ.js";
import "./chunk-FT3CAMBC.js";
import "./chunk-BCDA2SNQ.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-CU5MREH7.js.map
