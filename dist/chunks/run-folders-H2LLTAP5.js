import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runFolder,
  sweepRunFolders
} from "./chunk-2APCVJBB.js";
import "./chunk-SK5B422H.js";
export {
  runFolder,
  sweepRunFolders
};
//# sourceMappingURL=run-folders-H2LLTAP5.js.map
