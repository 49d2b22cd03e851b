import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findProject,
  skippedInstallScripts
} from "./chunk-Z54GU6TX.js";
import "./chunk-BG5GRQBJ.js";
import "./chunk-BCDA2SNQ.js";
import "./chunk-SK5B422H.js";
export {
  findProject,
  skippedInstallScripts
};
//# sourceMappingURL=npm-project-HOF4F45E.js.map
