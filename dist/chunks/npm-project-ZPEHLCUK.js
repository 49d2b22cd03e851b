import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-EBEJA6N6.js";
import "./chunk-MFIMENYZ.js";
import "./chunk-PGQ72DLF.js";
import "./chunk-FT3CAMBC.js";
import "./chunk-7ONOX6CZ.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-ZPEHLCUK.js.map
