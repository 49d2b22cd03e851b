import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  _ep0,
  _mw0,
  command
} from "./chunk-XA3NVGDG.js";
import {
  LambdaClient,
  ListFunctions$
} from "./chunk-G5XAVSSS.js";
import {
  createPaginator
} from "./chunk-UXHOQ6RN.js";

// node_modules/@aws-sdk/client-lambda/dist-es/commands/ListFunctionsCommand.js
var ListFunctionsCommand = class extends command(_ep0, _mw0, "ListFunctions", ListFunctions$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/pagination/ListFunctionsPaginator.js
var paginateListFunctions = createPaginator(LambdaClient, ListFunctionsCommand, "Marker", "NextMarker", "MaxItems");

export {
  paginateListFunctions
};
//# sourceMappingURL=chunk-AIMPE3YF.js.map
