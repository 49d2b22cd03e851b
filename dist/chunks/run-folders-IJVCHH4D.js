import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runFolder,
  sweepRunFolders
} from "./chunk-DV2TTIPC.js";
import "./chunk-SK5B422H.js";
export {
  runFolder,
  sweepRunFolders
};
//# sourceMappingURL=run-folders-IJVCHH4D.js.map
