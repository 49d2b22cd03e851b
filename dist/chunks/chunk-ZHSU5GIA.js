import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  _ep0,
  _mw0,
  command
} from "./chunk-WKQVUVZH.js";
import {
  LambdaClient,
  ListFunctions$
} from "./chunk-UGJ2Z2ZW.js";
import {
  createPaginator
} from "./chunk-LVAEGW4S.js";

// ../../../work/main/node_modules/@aws-sdk/client-lambda/dist-es/commands/ListFunctionsCommand.js
var ListFunctionsCommand = class extends command(_ep0, _mw0, "ListFunctions", ListFunctions$) {
};

// ../../../work/main/node_modules/@aws-sdk/client-lambda/dist-es/pagination/ListFunctionsPaginator.js
var paginateListFunctions = createPaginator(LambdaClient, ListFunctionsCommand, "Marker", "NextMarker", "MaxItems");

export {
  paginateListFunctions
};
//# sourceMappingURL=chunk-ZHSU5GIA.js.map
