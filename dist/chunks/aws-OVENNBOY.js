import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createAwsClients,
  describeAwsError,
  hasCredentials,
  isAccessDenied,
  s3Endpoint
} from "./chunk-UGJ2Z2ZW.js";
import "./chunk-JVT7CXSO.js";
import "./chunk-QII6ODGT.js";
import "./chunk-GLKDLBL6.js";
import "./chunk-LEKD4QZ5.js";
import "./chunk-ZPQMDKX2.js";
import "./chunk-MCNE566P.js";
import "./chunk-ITIK3UTO.js";
import "./chunk-N2EH2GSA.js";
import "./chunk-LVAEGW4S.js";
import "./chunk-COK32FZQ.js";
import "./chunk-CHTQFSD4.js";
import "./chunk-SK5B422H.js";
export {
  createAwsClients,
  describeAwsError,
  hasCredentials,
  isAccessDenied,
  s3Endpoint
};
//# sourceMappingURL=aws-OVENNBOY.js.map
