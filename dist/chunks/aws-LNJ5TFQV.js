import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createAwsClients,
  describeAwsError,
  hasCredentials,
  isAccessDenied,
  s3Endpoint
} from "./chunk-G5XAVSSS.js";
import "./chunk-GHZ7BIGB.js";
import "./chunk-S24SJBCE.js";
import "./chunk-GLKDLBL6.js";
import "./chunk-K3MP2J5P.js";
import "./chunk-JSEVODVC.js";
import "./chunk-UUYFBOQ3.js";
import "./chunk-ITIK3UTO.js";
import "./chunk-PGPQCFU7.js";
import "./chunk-UXHOQ6RN.js";
import "./chunk-BRVY3PSM.js";
import "./chunk-NARMTT7T.js";
import "./chunk-SK5B422H.js";
export {
  createAwsClients,
  describeAwsError,
  hasCredentials,
  isAccessDenied,
  s3Endpoint
};
//# sourceMappingURL=aws-LNJ5TFQV.js.map
