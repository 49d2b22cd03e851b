import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createAwsClients,
  describeAwsError,
  hasCredentials,
  isAccessDenied,
  s3Endpoint
} from "./chunk-3KWDJENK.js";
import "./chunk-NYE5MEBO.js";
import "./chunk-P4AAS77S.js";
import "./chunk-GLKDLBL6.js";
import "./chunk-K3MP2J5P.js";
import "./chunk-JSEVODVC.js";
import "./chunk-RXBGG4B3.js";
import "./chunk-HL5W3O2N.js";
import "./chunk-6EMCNKK5.js";
import "./chunk-YCGOCTFG.js";
import "./chunk-ROXVIAGR.js";
import "./chunk-NARMTT7T.js";
import "./chunk-SK5B422H.js";
export {
  createAwsClients,
  describeAwsError,
  hasCredentials,
  isAccessDenied,
  s3Endpoint
};
//# sourceMappingURL=aws-TISGWI57.js.map
