import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createAwsClients,
  describeAwsError,
  hasCredentials,
  isAccessDenied,
  s3Endpoint
} from "./chunk-FJ2XK7ST.js";
import "./chunk-NCYN2KDV.js";
import "./chunk-IOEPSBJY.js";
import "./chunk-GLKDLBL6.js";
import "./chunk-K3MP2J5P.js";
import "./chunk-JSEVODVC.js";
import "./chunk-FHTIQQJD.js";
import "./chunk-ITIK3UTO.js";
import "./chunk-PGPQCFU7.js";
import "./chunk-D6HCBNN7.js";
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
//# sourceMappingURL=aws-FT5KB6AQ.js.map
