import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  commonParams
} from "./chunk-G5XAVSSS.js";
import {
  getEndpointPlugin,
  makeBuilder
} from "./chunk-UXHOQ6RN.js";

// node_modules/@aws-sdk/client-lambda/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AWSGirApiService", "LambdaClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

export {
  command,
  _ep0,
  _mw0
};
//# sourceMappingURL=chunk-XA3NVGDG.js.map
