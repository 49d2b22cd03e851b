import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildNodejs,
  localFiles,
  skippedInstallScripts
} from "./chunk-UEBZ7FV2.js";
import "./chunk-XKRDKDOR.js";
import "./chunk-RXUKHELV.js";
import "./chunk-Z7FKQHQW.js";
import "./chunk-NWY5KWON.js";
import "./chunk-SK5B422H.js";
export {
  buildNodejs,
  localFiles,
  skippedInstallScripts
};
//# sourceMappingURL=nodejs-DLZ7OAT6.js.map
