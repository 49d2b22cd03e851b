import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-5HJA3LZ6.js";
import "./chunk-MFIMENYZ.js";
import "./chunk-CQMEF26N.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-IK2AO2MA.js.map
