import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createAwsClients,
  describeAwsError,
  hasCredentials,
  isAccessDenied,
  s3Endpoint
} from "./chunk-OEGGYTGP.js";
import "./chunk-LYPHZBEO.js";
import "./chunk-GLKDLBL6.js";
import "./chunk-K3MP2J5P.js";
import "./chunk-A2NYGDNV.js";
import "./chunk-4VHKPPU5.js";
import "./chunk-JSEVODVC.js";
import "./chunk-NGITMC4K.js";
import "./chunk-DECUFWKW.js";
import "./chunk-H2DC634W.js";
import "./chunk-NARMTT7T.js";
import "./chunk-SK5B422H.js";
export {
  createAwsClients,
  describeAwsError,
  hasCredentials,
  isAccessDenied,
  s3Endpoint
};
//# sourceMappingURL=aws-DKWCOVHN.js.map
