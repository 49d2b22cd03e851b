import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  _ep0,
  _mw0,
  command
} from "./chunk-D2O5YMV3.js";
import {
  LambdaClient,
  ListFunctions$
} from "./chunk-FJ2XK7ST.js";
import {
  createPaginator
} from "./chunk-D6HCBNN7.js";

// node_modules/@aws-sdk/client-lambda/dist-es/commands/ListFunctionsCommand.js
var ListFunctionsCommand = class extends command(_ep0, _mw0, "ListFunctions", ListFunctions$) {
};

// node_modules/@aws-sdk/client-lambda/dist-es/pagination/ListFunctionsPaginator.js
var paginateListFunctions = createPaginator(LambdaClient, ListFunctionsCommand, "Marker", "NextMarker", "MaxItems");

export {
  paginateListFunctions
};
//# sourceMappingURL=chunk-BPJ27JJZ.js.map
