import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-VINOMC6B.js";
import "./chunk-MFIMENYZ.js";
import "./chunk-ALKFCDW4.js";
import "./chunk-BCDA2SNQ.js";
import "./chunk-FT3CAMBC.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-M3UA6OVT.js.map
