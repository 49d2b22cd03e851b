import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-K2ZLAG7E.js";
import "./chunk-MFIMENYZ.js";
import "./chunk-W5QKCEKS.js";
import "./chunk-6B4YOHLB.js";
import "./chunk-6X53PDO7.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-RGDNADBY.js.map
