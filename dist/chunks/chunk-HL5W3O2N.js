import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// http-without-undici:http
import { createRequire } from "node:module";
var m = createRequire(import.meta.url)("node:http");
var http_default = m;
var _connectionListener = m._connectionListener;
var METHODS = m.METHODS;
var STATUS_CODES = m.STATUS_CODES;
var Agent = m.Agent;
var ClientRequest = m.ClientRequest;
var IncomingMessage = m.IncomingMessage;
var OutgoingMessage = m.OutgoingMessage;
var Server = m.Server;
var ServerResponse = m.ServerResponse;
var createServer = m.createServer;
var validateHeaderName = m.validateHeaderName;
var validateHeaderValue = m.validateHeaderValue;
var get = m.get;
var request = m.request;
var setMaxIdleHTTPParsers = m.setMaxIdleHTTPParsers;
var setGlobalProxyFromEnv = m.setGlobalProxyFromEnv;
var maxHeaderSize = m.maxHeaderSize;
var globalAgent = m.globalAgent;

export {
  http_default,
  _connectionListener,
  METHODS,
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers,
  setGlobalProxyFromEnv,
  maxHeaderSize,
  globalAgent
};
//# sourceMappingURL=chunk-HL5W3O2N.js.map
