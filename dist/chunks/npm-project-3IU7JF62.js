import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-3TJPGA2Z.js";
import "./chunk-MFIMENYZ.js";
import "./chunk-SEEGGM2W.js";
import "./chunk-FT3CAMBC.js";
import "./chunk-7ONOX6CZ.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-3IU7JF62.js.map
