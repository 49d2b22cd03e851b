import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-NR63B7DM.js";
import "./chunk-MFIMENYZ.js";
import "./chunk-O5XE6QTD.js";
import "./chunk-6B4YOHLB.js";
import "./chunk-6X53PDO7.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-BYBR4QNV.js.map
