import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-UJLMCDBV.js";
import "./chunk-MFIMENYZ.js";
import "./chunk-E6CFLRQF.js";
import "./chunk-FT3CAMBC.js";
import "./chunk-7ONOX6CZ.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-H2WRMTV3.js.map
