import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-ACO7FW4R.js";
import "./chunk-MFIMENYZ.js";
import "./chunk-FSZ2ZDVV.js";
import "./chunk-FT3CAMBC.js";
import "./chunk-7ONOX6CZ.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-MRHLRF5M.js.map
