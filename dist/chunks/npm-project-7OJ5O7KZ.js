import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-KNA7C5TJ.js";
import "./chunk-MFIMENYZ.js";
import "./chunk-BCDCYPDR.js";
import "./chunk-BCDA2SNQ.js";
import "./chunk-FT3CAMBC.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-7OJ5O7KZ.js.map
