import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createAwsClients,
  describeAwsError,
  hasCredentials,
  isAccessDenied
} from "./chunk-VS6R5AS6.js";
import "./chunk-P6RX3TNX.js";
import "./chunk-K3MP2J5P.js";
import "./chunk-PTPX7XO4.js";
import "./chunk-BIRUAIEQ.js";
import "./chunk-JSEVODVC.js";
import "./chunk-NGITMC4K.js";
import "./chunk-IDLLDH5Y.js";
import "./chunk-H2DC634W.js";
import "./chunk-NARMTT7T.js";
import "./chunk-SK5B422H.js";
export {
  createAwsClients,
  describeAwsError,
  hasCredentials,
  isAccessDenied
};
//# sourceMappingURL=aws-BIEWSL7X.js.map
