import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-VOVXINIZ.js";
import "./chunk-MFIMENYZ.js";
import "./chunk-GV4UFVV3.js";
import "./chunk-FT3CAMBC.js";
import "./chunk-7ONOX6CZ.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-SZFPW2QA.js.map
