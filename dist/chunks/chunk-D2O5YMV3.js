import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  commonParams
} from "./chunk-FJ2XK7ST.js";
import {
  getEndpointPlugin,
  makeBuilder
} from "./chunk-D6HCBNN7.js";

// node_modules/@aws-sdk/client-lambda/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AWSGirApiService", "LambdaClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

export {
  command,
  _ep0,
  _mw0
};
//# sourceMappingURL=chunk-D2O5YMV3.js.map
