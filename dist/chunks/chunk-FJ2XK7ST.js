import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SignatureV4MultiRegion
} from "./chunk-NCYN2KDV.js";
import {
  AwsJson1_1Protocol,
  AwsRestJsonProtocol,
  AwsRestXmlProtocol,
  AwsSdkSigV4ASigner,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  NODE_SIGV4A_CONFIG_OPTIONS,
  resolveAwsSdkSigV4AConfig,
  resolveAwsSdkSigV4Config
} from "./chunk-IOEPSBJY.js";
import {
  systemClock
} from "./chunk-GLKDLBL6.js";
import {
  eventStreamSerdeProvider2 as eventStreamSerdeProvider,
  resolveEventStreamSerdeConfig
} from "./chunk-K3MP2J5P.js";
import {
  Crc32Node,
  Md5Node,
  Sha256Node,
  readableStreamHasher
} from "./chunk-JSEVODVC.js";
import {
  ENV_KEY,
  ENV_SECRET,
  fromEnv
} from "./chunk-FHTIQQJD.js";
import {
  require_http
} from "./chunk-ITIK3UTO.js";
import {
  NodeHttpHandler,
  require_https
} from "./chunk-PGPQCFU7.js";
import {
  BinaryDecisionDiagram,
  Client,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  awsEndpointFunctions,
  createDefaultUserAgentProvider,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getDefaultSocketTimeout,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  httpSigningMiddlewareOptions,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveParams,
  resolveRetryConfig,
  resolveUserAgentConfig,
  setFeature
} from "./chunk-D6HCBNN7.js";
import {
  CredentialsProviderError,
  ENV_PROFILE,
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  SelectorType,
  booleanSelector,
  chain,
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveHttpHandlerRuntimeConfig,
  resolveRegionConfig
} from "./chunk-BRVY3PSM.js";
import {
  HttpRequest,
  HttpResponse,
  NormalizedSchema,
  TypeRegistry,
  calculateBodyLength,
  createBufferedReadable,
  createChecksumStream,
  fromBase64,
  fromUtf8,
  getAwsChunkedEncodingStream,
  getSchemaSerdePlugin,
  getSmithyContext,
  isArrayBuffer,
  normalizeProvider,
  parseUrl,
  sdkStreamMixin,
  streamCollector,
  toBase64,
  toUint8Array,
  toUtf8
} from "./chunk-NARMTT7T.js";
import {
  __toESM
} from "./chunk-SK5B422H.js";

// src/adapters/aws.ts
var import_node_http = __toESM(require_http(), 1);
var import_node_https = __toESM(require_https(), 1);

// node_modules/@aws-sdk/client-lambda/dist-es/auth/httpAuthSchemeProvider.js
var defaultLambdaHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "lambda",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultLambdaHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-lambda/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "lambda"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-lambda/package.json
var package_default = {
  name: "@aws-sdk/client-lambda",
  version: "3.1164.0",
  description: "AWS SDK for JavaScript Lambda Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-lambda",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-lambda"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.980.1",
    "@aws-sdk/credential-provider-node": "^3.972.94",
    "@aws-sdk/types": "^3.975.0",
    "@smithy/core": "^3.38.0",
    "@smithy/fetch-http-handler": "^5.8.0",
    "@smithy/node-http-handler": "^4.14.0",
    "@smithy/types": "^4.19.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@smithy/snapshot-testing": "^2.4.0",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/credential-provider-node/dist-es/remoteProvider.js
var ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED";
var remoteProvider = async (init) => {
  const { ENV_CMDS_FULL_URI, ENV_CMDS_RELATIVE_URI, fromContainerMetadata, fromInstanceMetadata } = await import("./dist-es-RV6ZUTCD.js");
  if (process.env[ENV_CMDS_RELATIVE_URI] || process.env[ENV_CMDS_FULL_URI]) {
    init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");
    const { fromHttp } = await import("./dist-es-Q4WUXTNX.js");
    return chain(fromHttp(init), fromContainerMetadata(init));
  }
  if (process.env[ENV_IMDS_DISABLED] && process.env[ENV_IMDS_DISABLED] !== "false") {
    return async () => {
      throw new CredentialsProviderError("EC2 Instance Metadata Service access disabled", { logger: init.logger });
    };
  }
  init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata");
  return fromInstanceMetadata(init);
};

// node_modules/@aws-sdk/credential-provider-node/dist-es/runtime/memoize-chain.js
function memoizeChain(providers, treatAsExpired) {
  const chain2 = internalCreateChain(providers);
  let activeLock;
  let passiveLock;
  let credentials;
  let forceRefreshLock;
  const provider = async (options) => {
    if (options?.forceRefresh) {
      if (!forceRefreshLock) {
        forceRefreshLock = chain2(options).then((c4) => {
          credentials = c4;
        }).finally(() => {
          forceRefreshLock = void 0;
        });
      }
      await forceRefreshLock;
      return credentials;
    }
    if (credentials?.expiration) {
      if (credentials?.expiration?.getTime() < Date.now()) {
        credentials = void 0;
      }
    }
    if (activeLock) {
      await activeLock;
    } else if (!credentials || treatAsExpired?.(credentials)) {
      if (credentials) {
        if (!passiveLock) {
          passiveLock = chain2(options).then((c4) => {
            credentials = c4;
          }).catch(() => {
          }).finally(() => {
            passiveLock = void 0;
          });
        }
      } else {
        activeLock = chain2(options).then((c4) => {
          credentials = c4;
        }).finally(() => {
          activeLock = void 0;
        });
        return provider(options);
      }
    }
    return credentials;
  };
  return provider;
}
var internalCreateChain = (providers) => async (awsIdentityProperties) => {
  let lastProviderError;
  for (const provider of providers) {
    try {
      return await provider(awsIdentityProperties);
    } catch (err) {
      lastProviderError = err;
      if (err?.tryNextLink) {
        continue;
      }
      throw err;
    }
  }
  throw lastProviderError;
};

// node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js
var multipleCredentialSourceWarningEmitted = false;
var defaultProvider = (init = {}) => memoizeChain([
  async () => {
    const profile = init.profile ?? process.env[ENV_PROFILE];
    if (profile) {
      const envStaticCredentialsAreSet = process.env[ENV_KEY] && process.env[ENV_SECRET];
      if (envStaticCredentialsAreSet) {
        if (!multipleCredentialSourceWarningEmitted) {
          const warnFn = init.logger?.warn && init.logger?.constructor?.name !== "NoOpLogger" ? init.logger.warn.bind(init.logger) : console.warn;
          warnFn(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`);
          multipleCredentialSourceWarningEmitted = true;
        }
      }
      throw new CredentialsProviderError("AWS_PROFILE is set, skipping fromEnv provider.", {
        logger: init.logger,
        tryNextLink: true
      });
    }
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv");
    return fromEnv(init)();
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");
    const { ssoStartUrl, ssoAccountId, ssoRegion, ssoRoleName, ssoSession } = init;
    if (!ssoStartUrl && !ssoAccountId && !ssoRegion && !ssoRoleName && !ssoSession) {
      throw new CredentialsProviderError("Skipping SSO provider in default chain (inputs do not include SSO fields).", { logger: init.logger });
    }
    const { fromSSO } = await import("./dist-es-AANM6DGT.js");
    return fromSSO(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");
    const { fromIni } = await import("./dist-es-P6L6EMT7.js");
    return fromIni(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");
    const { fromProcess } = await import("./dist-es-K3Q5KMHC.js");
    return fromProcess(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");
    const { fromTokenFile } = await import("./dist-es-BCXSA4PB.js");
    return fromTokenFile(init)(awsIdentityProperties);
  },
  async () => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider");
    return (await remoteProvider(init))();
  },
  async () => {
    throw new CredentialsProviderError("Could not load credentials from any providers", {
      tryNextLink: false,
      logger: init.logger
    });
  }
], credentialsTreatedAsExpired);
var credentialsTreatedAsExpired = (credentials) => credentials?.expiration !== void 0 && credentials.expiration.getTime() - Date.now() < 3e5;

// node_modules/@aws-sdk/client-lambda/dist-es/endpoint/bdd.js
var k = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [k]: "Endpoint" };
var h = { [k]: d };
var i = {};
var j = [{ [k]: "Region" }];
var _data = {
  conditions: [
    [c, [g]],
    [c, j],
    ["aws.partition", j, d],
    [e, [{ [k]: "UseFIPS" }, b]],
    [e, [{ [k]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://lambda-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://lambda-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://lambda.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://lambda.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  12,
  3,
  1,
  4,
  r + 11,
  2,
  5,
  r + 11,
  3,
  8,
  6,
  4,
  7,
  r + 10,
  5,
  r + 8,
  r + 9,
  4,
  10,
  9,
  6,
  r + 6,
  r + 7,
  5,
  11,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  13,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-lambda/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-lambda/dist-es/models/LambdaServiceException.js
var LambdaServiceException = class _LambdaServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.lambda#LambdaServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _LambdaServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-lambda/dist-es/models/errors.js
var InvalidParameterValueException = class _InvalidParameterValueException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidParameterValueException";
  name = "InvalidParameterValueException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "InvalidParameterValueException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterValueException.prototype);
    this.Type = opts.Type;
  }
};
var PolicyLengthExceededException = class _PolicyLengthExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#PolicyLengthExceededException";
  name = "PolicyLengthExceededException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "PolicyLengthExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyLengthExceededException.prototype);
    this.Type = opts.Type;
  }
};
var PreconditionFailedException = class _PreconditionFailedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#PreconditionFailedException";
  name = "PreconditionFailedException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "PreconditionFailedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PreconditionFailedException.prototype);
    this.Type = opts.Type;
  }
};
var ResourceConflictException = class _ResourceConflictException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ResourceConflictException";
  name = "ResourceConflictException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "ResourceConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceConflictException.prototype);
    this.Type = opts.Type;
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var ServiceException2 = class _ServiceException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ServiceException";
  name = "ServiceException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ServiceException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var TooManyRequestsException = class _TooManyRequestsException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#TooManyRequestsException";
  name = "TooManyRequestsException";
  $fault = "client";
  retryAfterSeconds;
  Type;
  Reason;
  constructor(opts) {
    super({
      name: "TooManyRequestsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
    this.retryAfterSeconds = opts.retryAfterSeconds;
    this.Type = opts.Type;
    this.Reason = opts.Reason;
  }
};
var PublicPolicyException = class _PublicPolicyException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#PublicPolicyException";
  name = "PublicPolicyException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "PublicPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PublicPolicyException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var AliasLimitExceededException = class _AliasLimitExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#AliasLimitExceededException";
  name = "AliasLimitExceededException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "AliasLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AliasLimitExceededException.prototype);
    this.Type = opts.Type;
  }
};
var CapacityProviderLimitExceededException = class _CapacityProviderLimitExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CapacityProviderLimitExceededException";
  name = "CapacityProviderLimitExceededException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "CapacityProviderLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CapacityProviderLimitExceededException.prototype);
    this.Type = opts.Type;
  }
};
var KMSAccessDeniedException = class _KMSAccessDeniedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#KMSAccessDeniedException";
  name = "KMSAccessDeniedException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "KMSAccessDeniedException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSAccessDeniedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var KMSDisabledException = class _KMSDisabledException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#KMSDisabledException";
  name = "KMSDisabledException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "KMSDisabledException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSDisabledException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var KMSInvalidStateException = class _KMSInvalidStateException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#KMSInvalidStateException";
  name = "KMSInvalidStateException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "KMSInvalidStateException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSInvalidStateException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var KMSNotFoundException = class _KMSNotFoundException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#KMSNotFoundException";
  name = "KMSNotFoundException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "KMSNotFoundException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _KMSNotFoundException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var ResourceInUseException = class _ResourceInUseException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ResourceInUseException";
  name = "ResourceInUseException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ResourceInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceInUseException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var CodeSigningConfigNotFoundException = class _CodeSigningConfigNotFoundException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeSigningConfigNotFoundException";
  name = "CodeSigningConfigNotFoundException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "CodeSigningConfigNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeSigningConfigNotFoundException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var CodeStorageExceededException = class _CodeStorageExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeStorageExceededException";
  name = "CodeStorageExceededException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "CodeStorageExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeStorageExceededException.prototype);
    this.Type = opts.Type;
  }
};
var CodeVerificationFailedException = class _CodeVerificationFailedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeVerificationFailedException";
  name = "CodeVerificationFailedException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "CodeVerificationFailedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeVerificationFailedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var FunctionVersionsPerCapacityProviderLimitExceededException = class _FunctionVersionsPerCapacityProviderLimitExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#FunctionVersionsPerCapacityProviderLimitExceededException";
  name = "FunctionVersionsPerCapacityProviderLimitExceededException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "FunctionVersionsPerCapacityProviderLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FunctionVersionsPerCapacityProviderLimitExceededException.prototype);
    this.Type = opts.Type;
  }
};
var InvalidCodeSignatureException = class _InvalidCodeSignatureException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidCodeSignatureException";
  name = "InvalidCodeSignatureException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "InvalidCodeSignatureException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCodeSignatureException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var CodeArtifactUserDeletedException = class _CodeArtifactUserDeletedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeArtifactUserDeletedException";
  name = "CodeArtifactUserDeletedException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "CodeArtifactUserDeletedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeArtifactUserDeletedException.prototype);
    this.Type = opts.Type;
  }
};
var CodeArtifactUserFailedException = class _CodeArtifactUserFailedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeArtifactUserFailedException";
  name = "CodeArtifactUserFailedException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "CodeArtifactUserFailedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeArtifactUserFailedException.prototype);
    this.Type = opts.Type;
  }
};
var CodeArtifactUserPendingException = class _CodeArtifactUserPendingException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CodeArtifactUserPendingException";
  name = "CodeArtifactUserPendingException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "CodeArtifactUserPendingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CodeArtifactUserPendingException.prototype);
    this.Type = opts.Type;
  }
};
var DurableExecutionAlreadyStartedException = class _DurableExecutionAlreadyStartedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#DurableExecutionAlreadyStartedException";
  name = "DurableExecutionAlreadyStartedException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "DurableExecutionAlreadyStartedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DurableExecutionAlreadyStartedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EC2AccessDeniedException = class _EC2AccessDeniedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EC2AccessDeniedException";
  name = "EC2AccessDeniedException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EC2AccessDeniedException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _EC2AccessDeniedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EC2ThrottledException = class _EC2ThrottledException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EC2ThrottledException";
  name = "EC2ThrottledException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EC2ThrottledException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _EC2ThrottledException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EC2UnexpectedException = class _EC2UnexpectedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EC2UnexpectedException";
  name = "EC2UnexpectedException";
  $fault = "server";
  Type;
  Message;
  EC2ErrorCode;
  constructor(opts) {
    super({
      name: "EC2UnexpectedException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _EC2UnexpectedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
    this.EC2ErrorCode = opts.EC2ErrorCode;
  }
};
var EFSIOException = class _EFSIOException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EFSIOException";
  name = "EFSIOException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EFSIOException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EFSIOException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EFSMountConnectivityException = class _EFSMountConnectivityException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EFSMountConnectivityException";
  name = "EFSMountConnectivityException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EFSMountConnectivityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EFSMountConnectivityException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EFSMountFailureException = class _EFSMountFailureException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EFSMountFailureException";
  name = "EFSMountFailureException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EFSMountFailureException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EFSMountFailureException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var EFSMountTimeoutException = class _EFSMountTimeoutException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#EFSMountTimeoutException";
  name = "EFSMountTimeoutException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "EFSMountTimeoutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EFSMountTimeoutException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var ENILimitReachedException = class _ENILimitReachedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ENILimitReachedException";
  name = "ENILimitReachedException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ENILimitReachedException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ENILimitReachedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var ENINotReadyException = class _ENINotReadyException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ENINotReadyException";
  name = "ENINotReadyException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ENINotReadyException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ENINotReadyException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var InvalidRequestContentException = class _InvalidRequestContentException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidRequestContentException";
  name = "InvalidRequestContentException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "InvalidRequestContentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRequestContentException.prototype);
    this.Type = opts.Type;
  }
};
var InvalidRuntimeException = class _InvalidRuntimeException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidRuntimeException";
  name = "InvalidRuntimeException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "InvalidRuntimeException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRuntimeException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var InvalidSecurityGroupIDException = class _InvalidSecurityGroupIDException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidSecurityGroupIDException";
  name = "InvalidSecurityGroupIDException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "InvalidSecurityGroupIDException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSecurityGroupIDException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var InvalidSubnetIDException = class _InvalidSubnetIDException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidSubnetIDException";
  name = "InvalidSubnetIDException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "InvalidSubnetIDException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSubnetIDException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var InvalidZipFileException = class _InvalidZipFileException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#InvalidZipFileException";
  name = "InvalidZipFileException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "InvalidZipFileException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidZipFileException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var ModeNotSupportedException = class _ModeNotSupportedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ModeNotSupportedException";
  name = "ModeNotSupportedException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "ModeNotSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ModeNotSupportedException.prototype);
    this.Type = opts.Type;
  }
};
var NoPublishedVersionException = class _NoPublishedVersionException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#NoPublishedVersionException";
  name = "NoPublishedVersionException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "NoPublishedVersionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoPublishedVersionException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var RecursiveInvocationException = class _RecursiveInvocationException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#RecursiveInvocationException";
  name = "RecursiveInvocationException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "RecursiveInvocationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RecursiveInvocationException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var RequestTooLargeException = class _RequestTooLargeException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#RequestTooLargeException";
  name = "RequestTooLargeException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "RequestTooLargeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RequestTooLargeException.prototype);
    this.Type = opts.Type;
  }
};
var ResourceNotReadyException = class _ResourceNotReadyException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ResourceNotReadyException";
  name = "ResourceNotReadyException";
  $fault = "server";
  Type;
  constructor(opts) {
    super({
      name: "ResourceNotReadyException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotReadyException.prototype);
    this.Type = opts.Type;
  }
};
var S3FilesMountConnectivityException = class _S3FilesMountConnectivityException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#S3FilesMountConnectivityException";
  name = "S3FilesMountConnectivityException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "S3FilesMountConnectivityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _S3FilesMountConnectivityException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var S3FilesMountFailureException = class _S3FilesMountFailureException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#S3FilesMountFailureException";
  name = "S3FilesMountFailureException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "S3FilesMountFailureException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _S3FilesMountFailureException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var S3FilesMountTimeoutException = class _S3FilesMountTimeoutException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#S3FilesMountTimeoutException";
  name = "S3FilesMountTimeoutException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "S3FilesMountTimeoutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _S3FilesMountTimeoutException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SerializedRequestEntityTooLargeException = class _SerializedRequestEntityTooLargeException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SerializedRequestEntityTooLargeException";
  name = "SerializedRequestEntityTooLargeException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "SerializedRequestEntityTooLargeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SerializedRequestEntityTooLargeException.prototype);
    this.Type = opts.Type;
  }
};
var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ServiceQuotaExceededException";
  name = "ServiceQuotaExceededException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "ServiceQuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SnapStartException = class _SnapStartException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SnapStartException";
  name = "SnapStartException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "SnapStartException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapStartException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SnapStartNotReadyException = class _SnapStartNotReadyException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SnapStartNotReadyException";
  name = "SnapStartNotReadyException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "SnapStartNotReadyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapStartNotReadyException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SnapStartRegenerationFailureException = class _SnapStartRegenerationFailureException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SnapStartRegenerationFailureException";
  name = "SnapStartRegenerationFailureException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "SnapStartRegenerationFailureException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapStartRegenerationFailureException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SnapStartTimeoutException = class _SnapStartTimeoutException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SnapStartTimeoutException";
  name = "SnapStartTimeoutException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "SnapStartTimeoutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SnapStartTimeoutException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var SubnetIPAddressLimitReachedException = class _SubnetIPAddressLimitReachedException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#SubnetIPAddressLimitReachedException";
  name = "SubnetIPAddressLimitReachedException";
  $fault = "server";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "SubnetIPAddressLimitReachedException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _SubnetIPAddressLimitReachedException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};
var UnsupportedMediaTypeException = class _UnsupportedMediaTypeException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#UnsupportedMediaTypeException";
  name = "UnsupportedMediaTypeException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "UnsupportedMediaTypeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedMediaTypeException.prototype);
    this.Type = opts.Type;
  }
};
var ProvisionedConcurrencyConfigNotFoundException = class _ProvisionedConcurrencyConfigNotFoundException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#ProvisionedConcurrencyConfigNotFoundException";
  name = "ProvisionedConcurrencyConfigNotFoundException";
  $fault = "client";
  Type;
  constructor(opts) {
    super({
      name: "ProvisionedConcurrencyConfigNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ProvisionedConcurrencyConfigNotFoundException.prototype);
    this.Type = opts.Type;
  }
};
var CallbackTimeoutException = class _CallbackTimeoutException extends LambdaServiceException {
  static shapeId = "com.amazonaws.lambda#CallbackTimeoutException";
  name = "CallbackTimeoutException";
  $fault = "client";
  Type;
  Message;
  constructor(opts) {
    super({
      name: "CallbackTimeoutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CallbackTimeoutException.prototype);
    this.Type = opts.Type;
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-lambda/dist-es/schemas/schemas_0.js
var _A = "Action";
var _AA = "AliasArn";
var _AC = "AliasConfiguration";
var _ACc = "AccessConfigs";
var _ACl = "AllowCredentials";
var _AFSC = "AppliedFunctionScalingConfig";
var _AH = "AllowHeaders";
var _AIT = "AllowedInstanceTypes";
var _AL = "AccountLimit";
var _ALEE = "AliasLimitExceededException";
var _ALL = "ApplicationLogLevel";
var _ALVP = "AddLayerVersionPermission";
var _ALVPR = "AddLayerVersionPermissionRequest";
var _ALVPRd = "AddLayerVersionPermissionResponse";
var _ALl = "AliasList";
var _AM = "AllowMethods";
var _AMKESC = "AmazonManagedKafkaEventSourceConfig";
var _AO = "AllowOrigins";
var _AOp = "ApplyOn";
var _AP = "AllowedPublishers";
var _APCE = "AvailableProvisionedConcurrentExecutions";
var _APCEl = "AllocatedProvisionedConcurrentExecutions";
var _APR = "AddPermissionRequest";
var _APRd = "AddPermissionResponse";
var _APd = "AddPermission";
var _ARC = "AliasRoutingConfiguration";
var _AT = "AuthType";
var _AU = "AccountUsage";
var _AVW = "AdditionalVersionWeights";
var _Al = "Aliases";
var _Ar = "Architectures";
var _Arn = "Arn";
var _At = "Attribute";
var _Att = "Attempt";
var _B = "Blob";
var _BBOFE = "BisectBatchOnFunctionError";
var _BOP = "BinaryOperationPayload";
var _BS = "BlobStream";
var _BSa = "BatchSize";
var _C = "Concurrency";
var _CA = "CompatibleArchitectures";
var _CAR = "CreateAliasRequest";
var _CAUDE = "CodeArtifactUserDeletedException";
var _CAUFE = "CodeArtifactUserFailedException";
var _CAUPE = "CodeArtifactUserPendingException";
var _CAo = "CompatibleArchitecture";
var _CAr = "CreateAlias";
var _CAu = "CurrentAttempt";
var _CC = "ClientContext";
var _CCP = "CreateCapacityProvider";
var _CCPR = "CreateCapacityProviderRequest";
var _CCPRr = "CreateCapacityProviderResponse";
var _CCSC = "CreateCodeSigningConfig";
var _CCSCR = "CreateCodeSigningConfigRequest";
var _CCSCRr = "CreateCodeSigningConfigResponse";
var _CD = "CallbackDetails";
var _CDE = "CheckpointDurableExecution";
var _CDER = "CheckpointDurableExecutionRequest";
var _CDERh = "CheckpointDurableExecutionResponse";
var _CDo = "ContextDetails";
var _CDr = "CreatedDate";
var _CE = "ConcurrentExecutions";
var _CESM = "CreateEventSourceMapping";
var _CESMR = "CreateEventSourceMappingRequest";
var _CF = "CreateFunction";
var _CFD = "CallbackFailedDetails";
var _CFDo = "ContextFailedDetails";
var _CFR = "CreateFunctionRequest";
var _CFUC = "CreateFunctionUrlConfig";
var _CFUCR = "CreateFunctionUrlConfigRequest";
var _CFUCRr = "CreateFunctionUrlConfigResponse";
var _CGI = "ConsumerGroupId";
var _CI = "CallbackId";
var _CID = "ChainedInvokeDetails";
var _CIFD = "ChainedInvokeFailedDetails";
var _CIO = "ChainedInvokeOptions";
var _CISD = "ChainedInvokeStartedDetails";
var _CISDh = "ChainedInvokeStoppedDetails";
var _CISDha = "ChainedInvokeSucceededDetails";
var _CITOD = "ChainedInvokeTimedOutDetails";
var _CM = "ConsumptionMode";
var _CN = "CollectionName";
var _CO = "CallbackOptions";
var _COo = "ContextOptions";
var _CP = "CapacityProvider";
var _CPA = "CapacityProviderArn";
var _CPC = "CapacityProviderConfig";
var _CPL = "CapacityProvidersList";
var _CPLC = "CapacityProviderLoggingConfig";
var _CPLEE = "CapacityProviderLimitExceededException";
var _CPN = "CapacityProviderName";
var _CPORA = "CapacityProviderOperatorRoleArn";
var _CPPC = "CapacityProviderPermissionsConfig";
var _CPSC = "CapacityProviderScalingConfig";
var _CPSPL = "CapacityProviderScalingPoliciesList";
var _CPTC = "CapacityProviderTelemetryConfig";
var _CPVC = "CapacityProviderVpcConfig";
var _CPa = "CapacityProviders";
var _CR = "CompatibleRuntimes";
var _CRo = "CompatibleRuntime";
var _CS = "CodeSize";
var _CSC = "CodeSigningConfig";
var _CSCA = "CodeSigningConfigArn";
var _CSCI = "CodeSigningConfigId";
var _CSCL = "CodeSigningConfigList";
var _CSCNFE = "CodeSigningConfigNotFoundException";
var _CSCo = "CodeSigningConfigs";
var _CSD = "CallbackStartedDetails";
var _CSDa = "CallbackSucceededDetails";
var _CSDo = "ContextStartedDetails";
var _CSDon = "ContextSucceededDetails";
var _CSEE = "CodeStorageExceededException";
var _CSP = "CodeSigningPolicies";
var _CSU = "CodeSizeUnzipped";
var _CSZ = "CodeSizeZipped";
var _CSo = "CodeSha256";
var _CSon = "ConfigSha256";
var _CT = "CheckpointToken";
var _CTE = "CallbackTimeoutException";
var _CTOD = "CallbackTimedOutDetails";
var _CT_ = "Content-Type";
var _CTl = "ClientToken";
var _CTr = "CreationTime";
var _CUES = "CheckpointUpdatedExecutionState";
var _CVFE = "CodeVerificationFailedException";
var _Co = "Cors";
var _Cod = "Code";
var _Com = "Command";
var _Con = "Configuration";
var _Cont = "Content";
var _D = "Description";
var _DA = "DeleteAlias";
var _DAR = "DeleteAliasRequest";
var _DC = "DestinationConfig";
var _DCP = "DeleteCapacityProvider";
var _DCPR = "DeleteCapacityProviderRequest";
var _DCPRe = "DeleteCapacityProviderResponse";
var _DCSC = "DeleteCodeSigningConfig";
var _DCSCR = "DeleteCodeSigningConfigRequest";
var _DCSCRe = "DeleteCodeSigningConfigResponse";
var _DCu = "DurableConfig";
var _DDBESC = "DocumentDBEventSourceConfig";
var _DE = "DurableExecutions";
var _DEA = "DurableExecutionArn";
var _DEASE = "DurableExecutionAlreadyStartedException";
var _DEN = "DurableExecutionName";
var _DESM = "DeleteEventSourceMapping";
var _DESMR = "DeleteEventSourceMappingRequest";
var _DF = "DeleteFunction";
var _DFC = "DeleteFunctionConcurrency";
var _DFCR = "DeleteFunctionConcurrencyRequest";
var _DFCSC = "DeleteFunctionCodeSigningConfig";
var _DFCSCR = "DeleteFunctionCodeSigningConfigRequest";
var _DFEIC = "DeleteFunctionEventInvokeConfig";
var _DFEICR = "DeleteFunctionEventInvokeConfigRequest";
var _DFR = "DeleteFunctionRequest";
var _DFRe = "DeleteFunctionResponse";
var _DFUC = "DeleteFunctionUrlConfig";
var _DFUCR = "DeleteFunctionUrlConfigRequest";
var _DLC = "DeadLetterConfig";
var _DLV = "DeleteLayerVersion";
var _DLVR = "DeleteLayerVersionRequest";
var _DN = "DatabaseName";
var _DPCC = "DeleteProvisionedConcurrencyConfig";
var _DPCCR = "DeleteProvisionedConcurrencyConfigRequest";
var _DR = "DryRun";
var _DRP = "DeleteResourcePolicy";
var _DRPR = "DeleteResourcePolicyRequest";
var _DSR = "DirectS3Read";
var _De = "Destination";
var _Du = "Duration";
var _E = "Error";
var _EC = "ErrorCode";
var _ECADE = "EC2AccessDeniedException";
var _ECEC = "EC2ErrorCode";
var _ECTE = "EC2ThrottledException";
var _ECUE = "EC2UnexpectedException";
var _ED = "ErrorData";
var _EDI = "ExecutionDataIncluded";
var _EDr = "ErrorDetails";
var _EDx = "ExecutionDetails";
var _EE = "EnvironmentError";
var _EEMGBPVC = "ExecutionEnvironmentMemoryGiBPerVCpu";
var _EEv = "EventError";
var _EFD = "ExecutionFailedDetails";
var _EFSIOE = "EFSIOException";
var _EFSMCE = "EFSMountConnectivityException";
var _EFSMFE = "EFSMountFailureException";
var _EFSMTE = "EFSMountTimeoutException";
var _EH = "ExposeHeaders";
var _EI = "EventId";
var _EIT = "ExcludedInstanceTypes";
var _EIv = "EventInput";
var _EM = "ErrorMessage";
var _ENILRE = "ENILimitReachedException";
var _ENINRE = "ENINotReadyException";
var _EO = "ErrorObject";
var _EP = "EntryPoint";
var _ER = "EnvironmentResponse";
var _ERF = "EventRecordFormat";
var _ERv = "EventResult";
var _ES = "EphemeralStorage";
var _ESA = "EventSourceArn";
var _ESD = "ExecutionStartedDetails";
var _ESDx = "ExecutionSucceededDetails";
var _ESDxe = "ExecutionStoppedDetails";
var _ESM = "EventSourceMappings";
var _ESMA = "EventSourceMappingArn";
var _ESMC = "EventSourceMappingConfiguration";
var _ESML = "EventSourceMappingsList";
var _ESMLC = "EventSourceMappingLoggingConfig";
var _ESMMC = "EventSourceMappingMetricsConfig";
var _EST = "EventSourceToken";
var _ESv = "EventStream";
var _ET = "ErrorType";
var _ETOD = "ExecutionTimedOutDetails";
var _ETn = "EndTimestamp";
var _ETv = "EventType";
var _ETve = "EventTimestamp";
var _ETx = "ExecutionTimeout";
var _ETxp = "ExplicitTags";
var _EV = "ExecutedVersion";
var _EVN = "EnvironmentVariableName";
var _EVV = "EnvironmentVariableValue";
var _EVn = "EnvironmentVariables";
var _En = "Enabled";
var _End = "Endpoints";
var _Env = "Environment";
var _Ev = "Event";
var _Eve = "Events";
var _Ex = "Execution";
var _F = "Filter";
var _FA = "FunctionArn";
var _FAu = "FunctionArns";
var _FC = "FunctionCount";
var _FCE = "FilterCriteriaError";
var _FCL = "FunctionCodeLocation";
var _FCLE = "FunctionCodeLocationError";
var _FCi = "FilterCriteria";
var _FCu = "FunctionCode";
var _FCun = "FunctionConfiguration";
var _FD = "FullDocument";
var _FE = "FunctionError";
var _FEIC = "FunctionEventInvokeConfig";
var _FEICL = "FunctionEventInvokeConfigList";
var _FEICu = "FunctionEventInvokeConfigs";
var _FL = "FilterList";
var _FLu = "FunctionList";
var _FN = "FunctionName";
var _FRT = "FunctionResponseTypes";
var _FS = "FunctionState";
var _FSC = "FileSystemConfigs";
var _FSCL = "FileSystemConfigList";
var _FSCi = "FileSystemConfig";
var _FSCu = "FunctionScalingConfig";
var _FU = "FunctionUrl";
var _FUAT = "FunctionUrlAuthType";
var _FUC = "FunctionUrlConfig";
var _FUCL = "FunctionUrlConfigList";
var _FUCu = "FunctionUrlConfigs";
var _FV = "FunctionVersion";
var _FVBCPL = "FunctionVersionsByCapacityProviderList";
var _FVBCPLI = "FunctionVersionsByCapacityProviderListItem";
var _FVPCPLEE = "FunctionVersionsPerCapacityProviderLimitExceededException";
var _FVu = "FunctionVersions";
var _Fi = "Filters";
var _Fu = "Functions";
var _GA = "GetAlias";
var _GAR = "GetAliasRequest";
var _GAS = "GetAccountSettings";
var _GASR = "GetAccountSettingsRequest";
var _GASRe = "GetAccountSettingsResponse";
var _GCP = "GetCapacityProvider";
var _GCPR = "GetCapacityProviderRequest";
var _GCPRe = "GetCapacityProviderResponse";
var _GCSC = "GetCodeSigningConfig";
var _GCSCR = "GetCodeSigningConfigRequest";
var _GCSCRe = "GetCodeSigningConfigResponse";
var _GDE = "GetDurableExecution";
var _GDEH = "GetDurableExecutionHistory";
var _GDEHR = "GetDurableExecutionHistoryRequest";
var _GDEHRe = "GetDurableExecutionHistoryResponse";
var _GDER = "GetDurableExecutionRequest";
var _GDERe = "GetDurableExecutionResponse";
var _GDES = "GetDurableExecutionState";
var _GDESR = "GetDurableExecutionStateRequest";
var _GDESRe = "GetDurableExecutionStateResponse";
var _GESM = "GetEventSourceMapping";
var _GESMR = "GetEventSourceMappingRequest";
var _GF = "GetFunction";
var _GFC = "GetFunctionConcurrency";
var _GFCR = "GetFunctionConcurrencyRequest";
var _GFCRe = "GetFunctionConcurrencyResponse";
var _GFCRet = "GetFunctionConfigurationRequest";
var _GFCSC = "GetFunctionCodeSigningConfig";
var _GFCSCR = "GetFunctionCodeSigningConfigRequest";
var _GFCSCRe = "GetFunctionCodeSigningConfigResponse";
var _GFCe = "GetFunctionConfiguration";
var _GFEIC = "GetFunctionEventInvokeConfig";
var _GFEICR = "GetFunctionEventInvokeConfigRequest";
var _GFR = "GetFunctionRequest";
var _GFRC = "GetFunctionRecursionConfig";
var _GFRCR = "GetFunctionRecursionConfigRequest";
var _GFRCRe = "GetFunctionRecursionConfigResponse";
var _GFRe = "GetFunctionResponse";
var _GFSC = "GetFunctionScalingConfig";
var _GFSCR = "GetFunctionScalingConfigRequest";
var _GFSCRe = "GetFunctionScalingConfigResponse";
var _GFUC = "GetFunctionUrlConfig";
var _GFUCR = "GetFunctionUrlConfigRequest";
var _GFUCRe = "GetFunctionUrlConfigResponse";
var _GLV = "GetLayerVersion";
var _GLVBA = "GetLayerVersionByArn";
var _GLVBAR = "GetLayerVersionByArnRequest";
var _GLVP = "GetLayerVersionPolicy";
var _GLVPR = "GetLayerVersionPolicyRequest";
var _GLVPRe = "GetLayerVersionPolicyResponse";
var _GLVR = "GetLayerVersionRequest";
var _GLVRe = "GetLayerVersionResponse";
var _GP = "GetPolicy";
var _GPCC = "GetProvisionedConcurrencyConfig";
var _GPCCR = "GetProvisionedConcurrencyConfigRequest";
var _GPCCRe = "GetProvisionedConcurrencyConfigResponse";
var _GPR = "GetPolicyRequest";
var _GPRe = "GetPolicyResponse";
var _GRMC = "GetRuntimeManagementConfig";
var _GRMCR = "GetRuntimeManagementConfigRequest";
var _GRMCRe = "GetRuntimeManagementConfigResponse";
var _GRP = "GetResourcePolicy";
var _GRPR = "GetResourcePolicyRequest";
var _GRPRe = "GetResourcePolicyResponse";
var _H = "Handler";
var _HT = "HeartbeatTimeout";
var _HTS = "HeartbeatTimeoutSeconds";
var _I = "Input";
var _IA = "InvokeArgs";
var _IAFDS = "Ipv6AllowedForDualStack";
var _IAR = "InvokeAsyncRequest";
var _IARn = "InvokeAsyncResponse";
var _IAn = "InvokeAsync";
var _IC = "ImageConfig";
var _ICD = "InvocationCompletedDetails";
var _ICE = "ImageConfigError";
var _ICR = "ImageConfigResponse";
var _ICSE = "InvalidCodeSignatureException";
var _ICn = "InvokeComplete";
var _IED = "IncludeExecutionData";
var _IM = "InvokeMode";
var _IP = "InputPayload";
var _IPVE = "InvalidParameterValueException";
var _IR = "InstanceRequirements";
var _IRCE = "InvalidRequestContentException";
var _IRE = "InvalidRuntimeException";
var _IRSU = "InvokeResponseStreamUpdate";
var _IRn = "InvocationRequest";
var _IRnv = "InvocationResponse";
var _ISGIDE = "InvalidSecurityGroupIDException";
var _ISIDE = "InvalidSubnetIDException";
var _IT = "InvocationType";
var _IU = "ImageUri";
var _IVFU = "InvokedViaFunctionUrl";
var _IWRS = "InvokeWithResponseStream";
var _IWRSCE = "InvokeWithResponseStreamCompleteEvent";
var _IWRSR = "InvokeWithResponseStreamRequest";
var _IWRSRE = "InvokeWithResponseStreamResponseEvent";
var _IWRSRn = "InvokeWithResponseStreamResponse";
var _IZFE = "InvalidZipFileException";
var _Id = "Id";
var _In = "Invoke";
var _K = "Key";
var _KKA = "KmsKeyArn";
var _KMSADE = "KMSAccessDeniedException";
var _KMSDE = "KMSDisabledException";
var _KMSISE = "KMSInvalidStateException";
var _KMSKA = "KMSKeyArn";
var _KMSNFE = "KMSNotFoundException";
var _KSRAC = "KafkaSchemaRegistryAccessConfig";
var _KSRACL = "KafkaSchemaRegistryAccessConfigList";
var _KSRC = "KafkaSchemaRegistryConfig";
var _KSVC = "KafkaSchemaValidationConfig";
var _KSVCL = "KafkaSchemaValidationConfigList";
var _L = "Layers";
var _LA = "LayerArn";
var _LAR = "ListAliasesRequest";
var _LARi = "ListAliasesResponse";
var _LAi = "ListAliases";
var _LC = "LoggingConfig";
var _LCP = "ListCapacityProviders";
var _LCPR = "ListCapacityProvidersRequest";
var _LCPRi = "ListCapacityProvidersResponse";
var _LCSC = "ListCodeSigningConfigs";
var _LCSCR = "ListCodeSigningConfigsRequest";
var _LCSCRi = "ListCodeSigningConfigsResponse";
var _LDEBF = "ListDurableExecutionsByFunction";
var _LDEBFR = "ListDurableExecutionsByFunctionRequest";
var _LDEBFRi = "ListDurableExecutionsByFunctionResponse";
var _LESM = "ListEventSourceMappings";
var _LESMR = "ListEventSourceMappingsRequest";
var _LESMRi = "ListEventSourceMappingsResponse";
var _LF = "LogFormat";
var _LFBCSC = "ListFunctionsByCodeSigningConfig";
var _LFBCSCR = "ListFunctionsByCodeSigningConfigRequest";
var _LFBCSCRi = "ListFunctionsByCodeSigningConfigResponse";
var _LFEIC = "ListFunctionEventInvokeConfigs";
var _LFEICR = "ListFunctionEventInvokeConfigsRequest";
var _LFEICRi = "ListFunctionEventInvokeConfigsResponse";
var _LFR = "ListFunctionsRequest";
var _LFRi = "ListFunctionsResponse";
var _LFUC = "ListFunctionUrlConfigs";
var _LFUCR = "ListFunctionUrlConfigsRequest";
var _LFUCRi = "ListFunctionUrlConfigsResponse";
var _LFVBCP = "ListFunctionVersionsByCapacityProvider";
var _LFVBCPR = "ListFunctionVersionsByCapacityProviderRequest";
var _LFVBCPRi = "ListFunctionVersionsByCapacityProviderResponse";
var _LFi = "ListFunctions";
var _LG = "LogGroup";
var _LI = "LicenseInfo";
var _LL = "LayersList";
var _LLI = "LayersListItem";
var _LLR = "ListLayersRequest";
var _LLRi = "ListLayersResponse";
var _LLV = "ListLayerVersions";
var _LLVR = "ListLayerVersionsRequest";
var _LLVRi = "ListLayerVersionsResponse";
var _LLi = "ListLayers";
var _LM = "LastModified";
var _LMICPC = "LambdaManagedInstancesCapacityProviderConfig";
var _LMP = "LocalMountPath";
var _LMT = "LastModifiedTime";
var _LMV = "LatestMatchingVersion";
var _LN = "LayerName";
var _LPCC = "ListProvisionedConcurrencyConfigs";
var _LPCCR = "ListProvisionedConcurrencyConfigsRequest";
var _LPCCRi = "ListProvisionedConcurrencyConfigsResponse";
var _LPR = "LastProcessingResult";
var _LR = "LogResult";
var _LRL = "LayersReferenceList";
var _LT = "LogType";
var _LTR = "ListTagsRequest";
var _LTRi = "ListTagsResponse";
var _LTi = "ListTags";
var _LUS = "LastUpdateStatus";
var _LUSR = "LastUpdateStatusReason";
var _LUSRC = "LastUpdateStatusReasonCode";
var _LV = "LayerVersions";
var _LVA = "LayerVersionArn";
var _LVBF = "ListVersionsByFunction";
var _LVBFR = "ListVersionsByFunctionRequest";
var _LVBFRi = "ListVersionsByFunctionResponse";
var _LVCI = "LayerVersionContentInput";
var _LVCO = "LayerVersionContentOutput";
var _LVL = "LayerVersionsList";
var _LVLI = "LayerVersionsListItem";
var _La = "Layer";
var _Lo = "Location";
var _M = "Message";
var _MA = "MaxAge";
var _MAa = "MasterArn";
var _MBWIS = "MaximumBatchingWindowInSeconds";
var _MC = "MetricsConfig";
var _MCa = "MaximumConcurrency";
var _MEAIS = "MaximumEventAgeInSeconds";
var _MEE = "MinExecutionEnvironments";
var _MEEa = "MaxExecutionEnvironments";
var _MI = "MaxItems";
var _MNSE = "ModeNotSupportedException";
var _MP = "MinimumPollers";
var _MPa = "MaximumPollers";
var _MR = "MasterRegion";
var _MRA = "MaximumRetryAttempts";
var _MRAIS = "MaximumRecordAgeInSeconds";
var _MS = "MemorySize";
var _MVCC = "MaxVCpuCount";
var _Ma = "Marker";
var _Me = "Metrics";
var _Mo = "Mode";
var _N = "Name";
var _NADS = "NextAttemptDelaySeconds";
var _NAT = "NextAttemptTimestamp";
var _NES = "NewExecutionState";
var _NM = "NextMarker";
var _NPVE = "NoPublishedVersionException";
var _O = "Operations";
var _OF = "OnFailure";
var _OI = "OrganizationId";
var _OP = "OperationPayload";
var _OPu = "OutputPayload";
var _OS = "OnSuccess";
var _OSp = "OptimizationStatus";
var _OU = "OperationUpdate";
var _OUp = "OperationUpdates";
var _Op = "Operation";
var _P = "Principal";
var _PC = "PermissionsConfig";
var _PCC = "ProvisionedConcurrencyConfigs";
var _PCCL = "ProvisionedConcurrencyConfigList";
var _PCCLI = "ProvisionedConcurrencyConfigListItem";
var _PCCNFE = "ProvisionedConcurrencyConfigNotFoundException";
var _PCE = "ProvisionedConcurrentExecutions";
var _PCa = "PayloadChunk";
var _PEEMC = "PerExecutionEnvironmentMaxConcurrency";
var _PF = "ParallelizationFactor";
var _PFC = "PutFunctionConcurrency";
var _PFCR = "PutFunctionConcurrencyRequest";
var _PFCSC = "PutFunctionCodeSigningConfig";
var _PFCSCR = "PutFunctionCodeSigningConfigRequest";
var _PFCSCRu = "PutFunctionCodeSigningConfigResponse";
var _PFE = "PreconditionFailedException";
var _PFEIC = "PutFunctionEventInvokeConfig";
var _PFEICR = "PutFunctionEventInvokeConfigRequest";
var _PFRC = "PutFunctionRecursionConfig";
var _PFRCR = "PutFunctionRecursionConfigRequest";
var _PFRCRu = "PutFunctionRecursionConfigResponse";
var _PFSC = "PutFunctionScalingConfig";
var _PFSCR = "PutFunctionScalingConfigRequest";
var _PFSCRu = "PutFunctionScalingConfigResponse";
var _PGN = "PollerGroupName";
var _PI = "ParentId";
var _PLEE = "PolicyLengthExceededException";
var _PLV = "PublishLayerVersion";
var _PLVR = "PublishLayerVersionRequest";
var _PLVRu = "PublishLayerVersionResponse";
var _PMT = "PredefinedMetricType";
var _POID = "PrincipalOrgID";
var _PPC = "ProvisionedPollerConfig";
var _PPCC = "PutProvisionedConcurrencyConfig";
var _PPCCR = "PutProvisionedConcurrencyConfigRequest";
var _PPCCRu = "PutProvisionedConcurrencyConfigResponse";
var _PPE = "PublicPolicyException";
var _PRMC = "PutRuntimeManagementConfig";
var _PRMCR = "PutRuntimeManagementConfigRequest";
var _PRMCRu = "PutRuntimeManagementConfigResponse";
var _PRP = "PutResourcePolicy";
var _PRPR = "PutResourcePolicyRequest";
var _PRPRu = "PutResourcePolicyResponse";
var _PT = "PropagateTags";
var _PTa = "PackageType";
var _PTu = "PublishTo";
var _PV = "PublishVersion";
var _PVR = "PublishVersionRequest";
var _Pa = "Payload";
var _Pat = "Pattern";
var _Po = "Policy";
var _Pu = "Publish";
var _Q = "Qualifier";
var _Qu = "Queues";
var _R = "Reason";
var _RA = "Retry-After";
var _RAe = "ResourceArn";
var _RC = "RoutingConfig";
var _RCE = "ResourceConflictException";
var _RCEe = "ReservedConcurrentExecutions";
var _RCe = "ReplayChildren";
var _RD = "RetryDetails";
var _RFSC = "RequestedFunctionScalingConfig";
var _RI = "RevisionId";
var _RIE = "RecursiveInvocationException";
var _RIU = "ResolvedImageUri";
var _RIUE = "ResourceInUseException";
var _RIe = "RequestId";
var _RL = "RecursiveLoop";
var _RLVP = "RemoveLayerVersionPermission";
var _RLVPR = "RemoveLayerVersionPermissionRequest";
var _RNFE = "ResourceNotFoundException";
var _RNRE = "ResourceNotReadyException";
var _RO = "ReverseOrder";
var _RP = "RemovePermission";
var _RPCE = "RequestedProvisionedConcurrentExecutions";
var _RPID = "RetentionPeriodInDays";
var _RPR = "RemovePermissionRequest";
var _RSCT = "ResponseStreamContentType";
var _RSO = "ResolvedS3Object";
var _RT = "RepositoryType";
var _RTLE = "RequestTooLargeException";
var _RVA = "RuntimeVersionArn";
var _RVC = "RuntimeVersionConfig";
var _RVE = "RuntimeVersionError";
var _Re = "Result";
var _Res = "Resource";
var _Ro = "Role";
var _Ru = "Runtime";
var _S = "Statement";
var _SA = "SourceArn";
var _SAC = "SourceAccessConfigurations";
var _SACo = "SourceAccessConfiguration";
var _SAo = "SourceAccount";
var _SAt = "StartedAfter";
var _SB = "S3Bucket";
var _SBt = "StartedBefore";
var _SC = "ScalingConfig";
var _SCt = "StatusCode";
var _SD = "StepDetails";
var _SDE = "StopDurableExecution";
var _SDECF = "SendDurableExecutionCallbackFailure";
var _SDECFR = "SendDurableExecutionCallbackFailureRequest";
var _SDECFRe = "SendDurableExecutionCallbackFailureResponse";
var _SDECH = "SendDurableExecutionCallbackHeartbeat";
var _SDECHR = "SendDurableExecutionCallbackHeartbeatRequest";
var _SDECHRe = "SendDurableExecutionCallbackHeartbeatResponse";
var _SDECS = "SendDurableExecutionCallbackSuccess";
var _SDECSR = "SendDurableExecutionCallbackSuccessRequest";
var _SDECSRe = "SendDurableExecutionCallbackSuccessResponse";
var _SDER = "StopDurableExecutionRequest";
var _SDERt = "StopDurableExecutionResponse";
var _SE = "ServiceException";
var _SET = "ScheduledEndTimestamp";
var _SFC = "S3FilesConfig";
var _SFD = "StepFailedDetails";
var _SFMCE = "S3FilesMountConnectivityException";
var _SFMFE = "S3FilesMountFailureException";
var _SFMTE = "S3FilesMountTimeoutException";
var _SGI = "SecurityGroupIds";
var _SI = "StatementId";
var _SIPALRE = "SubnetIPAddressLimitReachedException";
var _SIu = "SubnetIds";
var _SJA = "SigningJobArn";
var _SK = "S3Key";
var _SKMSKA = "SourceKMSKeyArn";
var _SLL = "SystemLogLevel";
var _SM = "ScalingMode";
var _SMES = "SelfManagedEventSource";
var _SMKESC = "SelfManagedKafkaEventSourceConfig";
var _SO = "StepOptions";
var _SOSM = "S3ObjectStorageMode";
var _SOV = "S3ObjectVersion";
var _SP = "ScalingPolicies";
var _SPT = "StartingPositionTimestamp";
var _SPVA = "SigningProfileVersionArns";
var _SPVAi = "SigningProfileVersionArn";
var _SPt = "StartingPosition";
var _SQEE = "ServiceQuotaExceededException";
var _SR = "StateReason";
var _SRC = "SchemaRegistryConfig";
var _SRCt = "StateReasonCode";
var _SRETLE = "SerializedRequestEntityTooLargeException";
var _SRURI = "SchemaRegistryURI";
var _SRt = "StatusReason";
var _SS = "SensitiveString";
var _SSD = "StepStartedDetails";
var _SSDt = "StepSucceededDetails";
var _SSE = "SnapStartException";
var _SSNRE = "SnapStartNotReadyException";
var _SSR = "SnapStartResponse";
var _SSRFE = "SnapStartRegenerationFailureException";
var _SSTE = "SnapStartTimeoutException";
var _SSn = "SnapStart";
var _ST = "StackTrace";
var _STE = "StackTraceEntry";
var _STEt = "StackTraceEntries";
var _STR = "StateTransitionReason";
var _STt = "StartTimestamp";
var _STto = "StopTimestamp";
var _STu = "SubType";
var _SVC = "SchemaValidationConfigs";
var _Si = "Size";
var _St = "State";
var _Sta = "Status";
var _Stat = "Statuses";
var _T = "Type";
var _TA = "TargetArn";
var _TC = "TelemetryConfig";
var _TCR = "TracingConfigResponse";
var _TCS = "TotalCodeSize";
var _TCe = "TenancyConfig";
var _TCr = "TracingConfig";
var _TE = "TagsError";
var _TH = "TraceHeader";
var _TI = "TenantId";
var _TIM = "TenantIsolationMode";
var _TK = "TagKeys";
var _TKL = "TagKeyList";
var _TMRE = "TooManyRequestsException";
var _TR = "TagResource";
var _TRR = "TagResourceRequest";
var _TS = "TimeoutSeconds";
var _TTSP = "TargetTrackingScalingPolicy";
var _TV = "TargetValue";
var _TWIS = "TumblingWindowInSeconds";
var _Ta = "Tags";
var _Ti = "Timeout";
var _To = "Topics";
var _Tr = "Truncated";
var _U = "Updates";
var _UA = "UpdateAlias";
var _UAOD = "UntrustedArtifactOnDeployment";
var _UAR = "UpdateAliasRequest";
var _UCE = "UnreservedConcurrentExecutions";
var _UCP = "UpdateCapacityProvider";
var _UCPR = "UpdateCapacityProviderRequest";
var _UCPRp = "UpdateCapacityProviderResponse";
var _UCSC = "UpdateCodeSigningConfig";
var _UCSCR = "UpdateCodeSigningConfigRequest";
var _UCSCRp = "UpdateCodeSigningConfigResponse";
var _UESM = "UpdateEventSourceMapping";
var _UESMR = "UpdateEventSourceMappingRequest";
var _UFC = "UpdateFunctionCode";
var _UFCR = "UpdateFunctionCodeRequest";
var _UFCRp = "UpdateFunctionConfigurationRequest";
var _UFCp = "UpdateFunctionConfiguration";
var _UFEIC = "UpdateFunctionEventInvokeConfig";
var _UFEICR = "UpdateFunctionEventInvokeConfigRequest";
var _UFUC = "UpdateFunctionUrlConfig";
var _UFUCR = "UpdateFunctionUrlConfigRequest";
var _UFUCRp = "UpdateFunctionUrlConfigResponse";
var _UMTE = "UnsupportedMediaTypeException";
var _UR = "UntagResource";
var _URI = "URI";
var _URO = "UpdateRuntimeOn";
var _URR = "UntagResourceRequest";
var _UUID = "UUID";
var _V = "Variables";
var _VC = "VpcConfig";
var _VCR = "VpcConfigResponse";
var _VI = "VpcId";
var _VN = "VersionNumber";
var _Ve = "Version";
var _Ver = "Versions";
var _WCD = "WaitCancelledDetails";
var _WD = "WorkingDirectory";
var _WDa = "WaitDetails";
var _WO = "WaitOptions";
var _WS = "WaitSeconds";
var _WSD = "WaitStartedDetails";
var _WSDa = "WaitSucceededDetails";
var _XACC = "X-Amz-Client-Context";
var _XADEA = "X-Amz-Durable-Execution-Arn";
var _XADEN = "X-Amz-Durable-Execution-Name";
var _XAEV = "X-Amz-Executed-Version";
var _XAFE = "X-Amz-Function-Error";
var _XAIT = "X-Amz-Invocation-Type";
var _XALR = "X-Amz-Log-Result";
var _XALT = "X-Amz-Log-Type";
var _XATI = "XAmznTraceId";
var _XATI_ = "X-Amz-Tenant-Id";
var _ZF = "ZipFile";
var _c = "client";
var _e = "error";
var _eP = "eventPayload";
var _h = "http";
var _hE = "httpError";
var _hH = "httpHeader";
var _hQ = "httpQuery";
var _m = "message";
var _rAS = "retryAfterSeconds";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.lambda";
var _se = "server";
var _st = "streaming";
var _tK = "tagKeys";
var _xN = "xmlName";
var n0 = "com.amazonaws.lambda";
var _s_registry = new TypeRegistry(_s);
var LambdaServiceException$ = [-3, _s, "LambdaServiceException", 0, [], []];
_s_registry.registerError(LambdaServiceException$, LambdaServiceException);
var n0_registry = new TypeRegistry(n0);
var AliasLimitExceededException$ = [
  -3,
  n0,
  _ALEE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(AliasLimitExceededException$, AliasLimitExceededException);
var CallbackTimeoutException$ = [
  -3,
  n0,
  _CTE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(CallbackTimeoutException$, CallbackTimeoutException);
var CapacityProviderLimitExceededException$ = [
  -3,
  n0,
  _CPLEE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(CapacityProviderLimitExceededException$, CapacityProviderLimitExceededException);
var CodeArtifactUserDeletedException$ = [
  -3,
  n0,
  _CAUDE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(CodeArtifactUserDeletedException$, CodeArtifactUserDeletedException);
var CodeArtifactUserFailedException$ = [
  -3,
  n0,
  _CAUFE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(CodeArtifactUserFailedException$, CodeArtifactUserFailedException);
var CodeArtifactUserPendingException$ = [
  -3,
  n0,
  _CAUPE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(CodeArtifactUserPendingException$, CodeArtifactUserPendingException);
var CodeSigningConfigNotFoundException$ = [
  -3,
  n0,
  _CSCNFE,
  { [_e]: _c, [_hE]: 404 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(CodeSigningConfigNotFoundException$, CodeSigningConfigNotFoundException);
var CodeStorageExceededException$ = [
  -3,
  n0,
  _CSEE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(CodeStorageExceededException$, CodeStorageExceededException);
var CodeVerificationFailedException$ = [
  -3,
  n0,
  _CVFE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(CodeVerificationFailedException$, CodeVerificationFailedException);
var DurableExecutionAlreadyStartedException$ = [
  -3,
  n0,
  _DEASE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(DurableExecutionAlreadyStartedException$, DurableExecutionAlreadyStartedException);
var EC2AccessDeniedException$ = [
  -3,
  n0,
  _ECADE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EC2AccessDeniedException$, EC2AccessDeniedException);
var EC2ThrottledException$ = [
  -3,
  n0,
  _ECTE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EC2ThrottledException$, EC2ThrottledException);
var EC2UnexpectedException$ = [
  -3,
  n0,
  _ECUE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M, _ECEC],
  [0, 0, 0]
];
n0_registry.registerError(EC2UnexpectedException$, EC2UnexpectedException);
var EFSIOException$ = [
  -3,
  n0,
  _EFSIOE,
  { [_e]: _c, [_hE]: 410 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EFSIOException$, EFSIOException);
var EFSMountConnectivityException$ = [
  -3,
  n0,
  _EFSMCE,
  { [_e]: _c, [_hE]: 408 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EFSMountConnectivityException$, EFSMountConnectivityException);
var EFSMountFailureException$ = [
  -3,
  n0,
  _EFSMFE,
  { [_e]: _c, [_hE]: 403 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EFSMountFailureException$, EFSMountFailureException);
var EFSMountTimeoutException$ = [
  -3,
  n0,
  _EFSMTE,
  { [_e]: _c, [_hE]: 408 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(EFSMountTimeoutException$, EFSMountTimeoutException);
var ENILimitReachedException$ = [
  -3,
  n0,
  _ENILRE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ENILimitReachedException$, ENILimitReachedException);
var ENINotReadyException$ = [
  -3,
  n0,
  _ENINRE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ENINotReadyException$, ENINotReadyException);
var FunctionVersionsPerCapacityProviderLimitExceededException$ = [
  -3,
  n0,
  _FVPCPLEE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(FunctionVersionsPerCapacityProviderLimitExceededException$, FunctionVersionsPerCapacityProviderLimitExceededException);
var InvalidCodeSignatureException$ = [
  -3,
  n0,
  _ICSE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(InvalidCodeSignatureException$, InvalidCodeSignatureException);
var InvalidParameterValueException$ = [
  -3,
  n0,
  _IPVE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var InvalidRequestContentException$ = [
  -3,
  n0,
  _IRCE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(InvalidRequestContentException$, InvalidRequestContentException);
var InvalidRuntimeException$ = [
  -3,
  n0,
  _IRE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(InvalidRuntimeException$, InvalidRuntimeException);
var InvalidSecurityGroupIDException$ = [
  -3,
  n0,
  _ISGIDE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(InvalidSecurityGroupIDException$, InvalidSecurityGroupIDException);
var InvalidSubnetIDException$ = [
  -3,
  n0,
  _ISIDE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(InvalidSubnetIDException$, InvalidSubnetIDException);
var InvalidZipFileException$ = [
  -3,
  n0,
  _IZFE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(InvalidZipFileException$, InvalidZipFileException);
var KMSAccessDeniedException$ = [
  -3,
  n0,
  _KMSADE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(KMSAccessDeniedException$, KMSAccessDeniedException);
var KMSDisabledException$ = [
  -3,
  n0,
  _KMSDE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(KMSDisabledException$, KMSDisabledException);
var KMSInvalidStateException$ = [
  -3,
  n0,
  _KMSISE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(KMSInvalidStateException$, KMSInvalidStateException);
var KMSNotFoundException$ = [
  -3,
  n0,
  _KMSNFE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(KMSNotFoundException$, KMSNotFoundException);
var ModeNotSupportedException$ = [
  -3,
  n0,
  _MNSE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(ModeNotSupportedException$, ModeNotSupportedException);
var NoPublishedVersionException$ = [
  -3,
  n0,
  _NPVE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(NoPublishedVersionException$, NoPublishedVersionException);
var PolicyLengthExceededException$ = [
  -3,
  n0,
  _PLEE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(PolicyLengthExceededException$, PolicyLengthExceededException);
var PreconditionFailedException$ = [
  -3,
  n0,
  _PFE,
  { [_e]: _c, [_hE]: 412 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(PreconditionFailedException$, PreconditionFailedException);
var ProvisionedConcurrencyConfigNotFoundException$ = [
  -3,
  n0,
  _PCCNFE,
  { [_e]: _c, [_hE]: 404 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(ProvisionedConcurrencyConfigNotFoundException$, ProvisionedConcurrencyConfigNotFoundException);
var PublicPolicyException$ = [
  -3,
  n0,
  _PPE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(PublicPolicyException$, PublicPolicyException);
var RecursiveInvocationException$ = [
  -3,
  n0,
  _RIE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(RecursiveInvocationException$, RecursiveInvocationException);
var RequestTooLargeException$ = [
  -3,
  n0,
  _RTLE,
  { [_e]: _c, [_hE]: 413 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(RequestTooLargeException$, RequestTooLargeException);
var ResourceConflictException$ = [
  -3,
  n0,
  _RCE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(ResourceConflictException$, ResourceConflictException);
var ResourceInUseException$ = [
  -3,
  n0,
  _RIUE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { [_e]: _c, [_hE]: 404 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ResourceNotReadyException$ = [
  -3,
  n0,
  _RNRE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(ResourceNotReadyException$, ResourceNotReadyException);
var S3FilesMountConnectivityException$ = [
  -3,
  n0,
  _SFMCE,
  { [_e]: _c, [_hE]: 408 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(S3FilesMountConnectivityException$, S3FilesMountConnectivityException);
var S3FilesMountFailureException$ = [
  -3,
  n0,
  _SFMFE,
  { [_e]: _c, [_hE]: 403 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(S3FilesMountFailureException$, S3FilesMountFailureException);
var S3FilesMountTimeoutException$ = [
  -3,
  n0,
  _SFMTE,
  { [_e]: _c, [_hE]: 408 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(S3FilesMountTimeoutException$, S3FilesMountTimeoutException);
var SerializedRequestEntityTooLargeException$ = [
  -3,
  n0,
  _SRETLE,
  { [_e]: _c, [_hE]: 413 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(SerializedRequestEntityTooLargeException$, SerializedRequestEntityTooLargeException);
var ServiceException$ = [
  -3,
  n0,
  _SE,
  { [_e]: _se, [_hE]: 500 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ServiceException$, ServiceException2);
var ServiceQuotaExceededException$ = [
  -3,
  n0,
  _SQEE,
  { [_e]: _c, [_hE]: 402 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var SnapStartException$ = [
  -3,
  n0,
  _SSE,
  { [_e]: _c, [_hE]: 400 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(SnapStartException$, SnapStartException);
var SnapStartNotReadyException$ = [
  -3,
  n0,
  _SSNRE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(SnapStartNotReadyException$, SnapStartNotReadyException);
var SnapStartRegenerationFailureException$ = [
  -3,
  n0,
  _SSRFE,
  { [_e]: _c, [_hE]: 409 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(SnapStartRegenerationFailureException$, SnapStartRegenerationFailureException);
var SnapStartTimeoutException$ = [
  -3,
  n0,
  _SSTE,
  { [_e]: _c, [_hE]: 408 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(SnapStartTimeoutException$, SnapStartTimeoutException);
var SubnetIPAddressLimitReachedException$ = [
  -3,
  n0,
  _SIPALRE,
  { [_e]: _se, [_hE]: 502 },
  [_T, _M],
  [0, 0]
];
n0_registry.registerError(SubnetIPAddressLimitReachedException$, SubnetIPAddressLimitReachedException);
var TooManyRequestsException$ = [
  -3,
  n0,
  _TMRE,
  { [_e]: _c, [_hE]: 429 },
  [_rAS, _T, _m, _R],
  [[0, { [_hH]: _RA }], 0, 0, 0]
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var UnsupportedMediaTypeException$ = [
  -3,
  n0,
  _UMTE,
  { [_e]: _c, [_hE]: 415 },
  [_T, _m],
  [0, 0]
];
n0_registry.registerError(UnsupportedMediaTypeException$, UnsupportedMediaTypeException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var BinaryOperationPayload = [0, n0, _BOP, 8, 21];
var _Blob = [0, n0, _B, 8, 21];
var BlobStream = [0, n0, _BS, { [_st]: 1 }, 42];
var EnvironmentVariableName = [0, n0, _EVN, 8, 0];
var EnvironmentVariableValue = [0, n0, _EVV, 8, 0];
var ErrorData = [0, n0, _ED, 8, 0];
var ErrorMessage = [0, n0, _EM, 8, 0];
var ErrorType = [0, n0, _ET, 8, 0];
var InputPayload = [0, n0, _IP, 8, 0];
var OperationPayload = [0, n0, _OP, 8, 0];
var OutputPayload = [0, n0, _OPu, 8, 0];
var SensitiveString = [0, n0, _SS, 8, 0];
var StackTraceEntry = [0, n0, _STE, 8, 0];
var AccountLimit$ = [
  3,
  n0,
  _AL,
  0,
  [_TCS, _CSU, _CSZ, _CE, _UCE],
  [1, 1, 1, 1, 1]
];
var AccountUsage$ = [
  3,
  n0,
  _AU,
  0,
  [_TCS, _FC],
  [1, 1]
];
var AddLayerVersionPermissionRequest$ = [
  3,
  n0,
  _ALVPR,
  0,
  [_LN, _VN, _SI, _A, _P, _OI, _RI],
  [[0, 1], [1, 1], 0, 0, 0, 0, [0, { [_hQ]: _RI }]],
  5
];
var AddLayerVersionPermissionResponse$ = [
  3,
  n0,
  _ALVPRd,
  0,
  [_S, _RI],
  [0, 0]
];
var AddPermissionRequest$ = [
  3,
  n0,
  _APR,
  0,
  [_FN, _SI, _A, _P, _SA, _FUAT, _IVFU, _SAo, _EST, _Q, _RI, _POID],
  [[0, 1], 0, 0, 0, 0, 0, 2, 0, 0, [0, { [_hQ]: _Q }], 0, 0],
  4
];
var AddPermissionResponse$ = [
  3,
  n0,
  _APRd,
  0,
  [_S],
  [0]
];
var AliasConfiguration$ = [
  3,
  n0,
  _AC,
  0,
  [_AA, _N, _FV, _D, _RC, _RI],
  [0, 0, 0, 0, () => AliasRoutingConfiguration$, 0]
];
var AliasRoutingConfiguration$ = [
  3,
  n0,
  _ARC,
  0,
  [_AVW],
  [128 | 1]
];
var AllowedPublishers$ = [
  3,
  n0,
  _AP,
  0,
  [_SPVA],
  [64 | 0],
  1
];
var AmazonManagedKafkaEventSourceConfig$ = [
  3,
  n0,
  _AMKESC,
  0,
  [_CGI, _SRC],
  [0, () => KafkaSchemaRegistryConfig$]
];
var CallbackDetails$ = [
  3,
  n0,
  _CD,
  0,
  [_CI, _Re, _E],
  [0, [() => OperationPayload, 0], [() => ErrorObject$, 0]]
];
var CallbackFailedDetails$ = [
  3,
  n0,
  _CFD,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var CallbackOptions$ = [
  3,
  n0,
  _CO,
  0,
  [_TS, _HTS],
  [1, 1]
];
var CallbackStartedDetails$ = [
  3,
  n0,
  _CSD,
  0,
  [_CI, _HT, _Ti],
  [0, 1, 1],
  1
];
var CallbackSucceededDetails$ = [
  3,
  n0,
  _CSDa,
  0,
  [_Re],
  [[() => EventResult$, 0]],
  1
];
var CallbackTimedOutDetails$ = [
  3,
  n0,
  _CTOD,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var CapacityProvider$ = [
  3,
  n0,
  _CP,
  0,
  [_CPA, _St, _VC, _PC, _IR, _CPSC, _KKA, _LM, _PT, _TC],
  [0, 0, () => CapacityProviderVpcConfig$, () => CapacityProviderPermissionsConfig$, () => InstanceRequirements$, () => CapacityProviderScalingConfig$, 0, 0, () => PropagateTags$, () => CapacityProviderTelemetryConfig$],
  4
];
var CapacityProviderConfig$ = [
  3,
  n0,
  _CPC,
  0,
  [_LMICPC],
  [() => LambdaManagedInstancesCapacityProviderConfig$],
  1
];
var CapacityProviderLoggingConfig$ = [
  3,
  n0,
  _CPLC,
  0,
  [_SLL, _LG],
  [0, 0]
];
var CapacityProviderPermissionsConfig$ = [
  3,
  n0,
  _CPPC,
  0,
  [_CPORA],
  [0],
  1
];
var CapacityProviderScalingConfig$ = [
  3,
  n0,
  _CPSC,
  0,
  [_MVCC, _SM, _SP],
  [1, 0, () => CapacityProviderScalingPoliciesList]
];
var CapacityProviderTelemetryConfig$ = [
  3,
  n0,
  _CPTC,
  0,
  [_LC],
  [() => CapacityProviderLoggingConfig$]
];
var CapacityProviderVpcConfig$ = [
  3,
  n0,
  _CPVC,
  0,
  [_SIu, _SGI],
  [64 | 0, 64 | 0],
  2
];
var ChainedInvokeDetails$ = [
  3,
  n0,
  _CID,
  0,
  [_Re, _E],
  [[() => OperationPayload, 0], [() => ErrorObject$, 0]]
];
var ChainedInvokeFailedDetails$ = [
  3,
  n0,
  _CIFD,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var ChainedInvokeOptions$ = [
  3,
  n0,
  _CIO,
  0,
  [_FN, _TI, _XATI],
  [0, 0, 0],
  1
];
var ChainedInvokeStartedDetails$ = [
  3,
  n0,
  _CISD,
  0,
  [_FN, _TI, _I, _EV, _DEA],
  [0, 0, [() => EventInput$, 0], 0, 0],
  1
];
var ChainedInvokeStoppedDetails$ = [
  3,
  n0,
  _CISDh,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var ChainedInvokeSucceededDetails$ = [
  3,
  n0,
  _CISDha,
  0,
  [_Re],
  [[() => EventResult$, 0]],
  1
];
var ChainedInvokeTimedOutDetails$ = [
  3,
  n0,
  _CITOD,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var CheckpointDurableExecutionRequest$ = [
  3,
  n0,
  _CDER,
  0,
  [_DEA, _CT, _U, _CTl],
  [[0, 1], 0, [() => OperationUpdates, 0], [0, 4]],
  2
];
var CheckpointDurableExecutionResponse$ = [
  3,
  n0,
  _CDERh,
  0,
  [_NES, _CT],
  [[() => CheckpointUpdatedExecutionState$, 0], 0],
  1
];
var CheckpointUpdatedExecutionState$ = [
  3,
  n0,
  _CUES,
  0,
  [_O, _NM],
  [[() => Operations, 0], 0]
];
var CodeSigningConfig$ = [
  3,
  n0,
  _CSC,
  0,
  [_CSCI, _CSCA, _AP, _CSP, _LM, _D],
  [0, 0, () => AllowedPublishers$, () => CodeSigningPolicies$, 0, 0],
  5
];
var CodeSigningPolicies$ = [
  3,
  n0,
  _CSP,
  0,
  [_UAOD],
  [0]
];
var Concurrency$ = [
  3,
  n0,
  _C,
  0,
  [_RCEe],
  [1]
];
var ContextDetails$ = [
  3,
  n0,
  _CDo,
  0,
  [_RCe, _Re, _E],
  [2, [() => OperationPayload, 0], [() => ErrorObject$, 0]]
];
var ContextFailedDetails$ = [
  3,
  n0,
  _CFDo,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var ContextOptions$ = [
  3,
  n0,
  _COo,
  0,
  [_RCe],
  [2]
];
var ContextStartedDetails$ = [
  3,
  n0,
  _CSDo,
  0,
  [],
  []
];
var ContextSucceededDetails$ = [
  3,
  n0,
  _CSDon,
  0,
  [_Re],
  [[() => EventResult$, 0]],
  1
];
var Cors$ = [
  3,
  n0,
  _Co,
  0,
  [_ACl, _AH, _AM, _AO, _EH, _MA],
  [2, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 1]
];
var CreateAliasRequest$ = [
  3,
  n0,
  _CAR,
  0,
  [_FN, _N, _FV, _D, _RC],
  [[0, 1], 0, 0, 0, () => AliasRoutingConfiguration$],
  3
];
var CreateCapacityProviderRequest$ = [
  3,
  n0,
  _CCPR,
  0,
  [_CPN, _VC, _PC, _IR, _CPSC, _KKA, _Ta, _PT, _TC],
  [0, () => CapacityProviderVpcConfig$, () => CapacityProviderPermissionsConfig$, () => InstanceRequirements$, () => CapacityProviderScalingConfig$, 0, 128 | 0, () => PropagateTags$, () => CapacityProviderTelemetryConfig$],
  3
];
var CreateCapacityProviderResponse$ = [
  3,
  n0,
  _CCPRr,
  0,
  [_CP],
  [() => CapacityProvider$],
  1
];
var CreateCodeSigningConfigRequest$ = [
  3,
  n0,
  _CCSCR,
  0,
  [_AP, _D, _CSP, _Ta],
  [() => AllowedPublishers$, 0, () => CodeSigningPolicies$, 128 | 0],
  1
];
var CreateCodeSigningConfigResponse$ = [
  3,
  n0,
  _CCSCRr,
  0,
  [_CSC],
  [() => CodeSigningConfig$],
  1
];
var CreateEventSourceMappingRequest$ = [
  3,
  n0,
  _CESMR,
  0,
  [_FN, _ESA, _En, _BSa, _FCi, _KMSKA, _MC, _LC, _SC, _MBWIS, _PF, _SPt, _SPT, _DC, _MRAIS, _BBOFE, _MRA, _Ta, _TWIS, _To, _Qu, _SAC, _SMES, _FRT, _AMKESC, _SMKESC, _DDBESC, _PPC],
  [0, 0, 2, 1, () => FilterCriteria$, 0, () => EventSourceMappingMetricsConfig$, () => EventSourceMappingLoggingConfig$, () => ScalingConfig$, 1, 1, 0, 4, () => DestinationConfig$, 1, 2, 1, 128 | 0, 1, 64 | 0, 64 | 0, () => SourceAccessConfigurations, () => SelfManagedEventSource$, 64 | 0, () => AmazonManagedKafkaEventSourceConfig$, () => SelfManagedKafkaEventSourceConfig$, () => DocumentDBEventSourceConfig$, () => ProvisionedPollerConfig$],
  1
];
var CreateFunctionRequest$ = [
  3,
  n0,
  _CFR,
  0,
  [_FN, _Ro, _Cod, _Ru, _H, _D, _Ti, _MS, _Pu, _PTu, _VC, _PTa, _DLC, _Env, _KMSKA, _TCr, _Ta, _L, _FSC, _CSCA, _IC, _Ar, _ES, _SSn, _LC, _TCe, _CPC, _DCu],
  [0, 0, [() => FunctionCode$, 0], 0, 0, 0, 1, 1, 2, 0, () => VpcConfig$, 0, () => DeadLetterConfig$, [() => Environment$, 0], 0, () => TracingConfig$, 128 | 0, 64 | 0, () => FileSystemConfigList, 0, () => ImageConfig$, 64 | 0, () => EphemeralStorage$, () => SnapStart$, () => LoggingConfig$, () => TenancyConfig$, () => CapacityProviderConfig$, () => DurableConfig$],
  3
];
var CreateFunctionUrlConfigRequest$ = [
  3,
  n0,
  _CFUCR,
  0,
  [_FN, _AT, _Q, _Co, _IM],
  [[0, 1], 0, [0, { [_hQ]: _Q }], () => Cors$, 0],
  2
];
var CreateFunctionUrlConfigResponse$ = [
  3,
  n0,
  _CFUCRr,
  0,
  [_FU, _FA, _AT, _CTr, _Co, _IM],
  [0, 0, 0, 0, () => Cors$, 0],
  4
];
var DeadLetterConfig$ = [
  3,
  n0,
  _DLC,
  0,
  [_TA],
  [0]
];
var DeleteAliasRequest$ = [
  3,
  n0,
  _DAR,
  0,
  [_FN, _N],
  [[0, 1], [0, 1]],
  2
];
var DeleteCapacityProviderRequest$ = [
  3,
  n0,
  _DCPR,
  0,
  [_CPN],
  [[0, 1]],
  1
];
var DeleteCapacityProviderResponse$ = [
  3,
  n0,
  _DCPRe,
  0,
  [_CP],
  [() => CapacityProvider$],
  1
];
var DeleteCodeSigningConfigRequest$ = [
  3,
  n0,
  _DCSCR,
  0,
  [_CSCA],
  [[0, 1]],
  1
];
var DeleteCodeSigningConfigResponse$ = [
  3,
  n0,
  _DCSCRe,
  0,
  [],
  []
];
var DeleteEventSourceMappingRequest$ = [
  3,
  n0,
  _DESMR,
  0,
  [_UUID],
  [[0, 1]],
  1
];
var DeleteFunctionCodeSigningConfigRequest$ = [
  3,
  n0,
  _DFCSCR,
  0,
  [_FN],
  [[0, 1]],
  1
];
var DeleteFunctionConcurrencyRequest$ = [
  3,
  n0,
  _DFCR,
  0,
  [_FN],
  [[0, 1]],
  1
];
var DeleteFunctionEventInvokeConfigRequest$ = [
  3,
  n0,
  _DFEICR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var DeleteFunctionRequest$ = [
  3,
  n0,
  _DFR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var DeleteFunctionResponse$ = [
  3,
  n0,
  _DFRe,
  0,
  [_SCt],
  [[1, 32]]
];
var DeleteFunctionUrlConfigRequest$ = [
  3,
  n0,
  _DFUCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var DeleteLayerVersionRequest$ = [
  3,
  n0,
  _DLVR,
  0,
  [_LN, _VN],
  [[0, 1], [1, 1]],
  2
];
var DeleteProvisionedConcurrencyConfigRequest$ = [
  3,
  n0,
  _DPCCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  2
];
var DeleteResourcePolicyRequest$ = [
  3,
  n0,
  _DRPR,
  0,
  [_RAe, _RI],
  [[0, 1], [0, { [_hQ]: _RI }]],
  1
];
var DestinationConfig$ = [
  3,
  n0,
  _DC,
  0,
  [_OS, _OF],
  [() => OnSuccess$, () => OnFailure$]
];
var DocumentDBEventSourceConfig$ = [
  3,
  n0,
  _DDBESC,
  0,
  [_DN, _CN, _FD],
  [0, 0, 0]
];
var DurableConfig$ = [
  3,
  n0,
  _DCu,
  0,
  [_KMSKA, _RPID, _ETx],
  [0, 1, 1]
];
var Environment$ = [
  3,
  n0,
  _Env,
  0,
  [_V],
  [[() => EnvironmentVariables, 0]]
];
var EnvironmentError$ = [
  3,
  n0,
  _EE,
  0,
  [_EC, _M],
  [0, [() => SensitiveString, 0]]
];
var EnvironmentResponse$ = [
  3,
  n0,
  _ER,
  0,
  [_V, _E],
  [[() => EnvironmentVariables, 0], [() => EnvironmentError$, 0]]
];
var EphemeralStorage$ = [
  3,
  n0,
  _ES,
  0,
  [_Si],
  [1],
  1
];
var ErrorObject$ = [
  3,
  n0,
  _EO,
  0,
  [_EM, _ET, _ED, _ST],
  [[() => ErrorMessage, 0], [() => ErrorType, 0], [() => ErrorData, 0], [() => StackTraceEntries, 0]]
];
var Event$ = [
  3,
  n0,
  _Ev,
  0,
  [_ETv, _STu, _EI, _Id, _N, _ETve, _PI, _ESD, _ESDx, _EFD, _ETOD, _ESDxe, _CSDo, _CSDon, _CFDo, _WSD, _WSDa, _WCD, _SSD, _SSDt, _SFD, _CISD, _CISDha, _CIFD, _CITOD, _CISDh, _CSD, _CSDa, _CFD, _CTOD, _ICD],
  [0, 0, 1, 0, 0, 4, 0, [() => ExecutionStartedDetails$, 0], [() => ExecutionSucceededDetails$, 0], [() => ExecutionFailedDetails$, 0], [() => ExecutionTimedOutDetails$, 0], [() => ExecutionStoppedDetails$, 0], () => ContextStartedDetails$, [() => ContextSucceededDetails$, 0], [() => ContextFailedDetails$, 0], () => WaitStartedDetails$, () => WaitSucceededDetails$, [() => WaitCancelledDetails$, 0], () => StepStartedDetails$, [() => StepSucceededDetails$, 0], [() => StepFailedDetails$, 0], [() => ChainedInvokeStartedDetails$, 0], [() => ChainedInvokeSucceededDetails$, 0], [() => ChainedInvokeFailedDetails$, 0], [() => ChainedInvokeTimedOutDetails$, 0], [() => ChainedInvokeStoppedDetails$, 0], () => CallbackStartedDetails$, [() => CallbackSucceededDetails$, 0], [() => CallbackFailedDetails$, 0], [() => CallbackTimedOutDetails$, 0], [() => InvocationCompletedDetails$, 0]]
];
var EventError$ = [
  3,
  n0,
  _EEv,
  0,
  [_Pa, _Tr],
  [[() => ErrorObject$, 0], 2]
];
var EventInput$ = [
  3,
  n0,
  _EIv,
  0,
  [_Pa, _Tr],
  [[() => InputPayload, 0], 2]
];
var EventResult$ = [
  3,
  n0,
  _ERv,
  0,
  [_Pa, _Tr],
  [[() => OperationPayload, 0], 2]
];
var EventSourceMappingConfiguration$ = [
  3,
  n0,
  _ESMC,
  0,
  [_UUID, _SPt, _SPT, _BSa, _MBWIS, _PF, _ESA, _FCi, _FCE, _KMSKA, _MC, _LC, _SC, _FA, _LM, _LPR, _St, _STR, _DC, _To, _Qu, _SAC, _SMES, _MRAIS, _BBOFE, _MRA, _TWIS, _FRT, _AMKESC, _SMKESC, _DDBESC, _ESMA, _PPC],
  [0, 0, 4, 1, 1, 1, 0, () => FilterCriteria$, () => FilterCriteriaError$, 0, () => EventSourceMappingMetricsConfig$, () => EventSourceMappingLoggingConfig$, () => ScalingConfig$, 0, 4, 0, 0, 0, () => DestinationConfig$, 64 | 0, 64 | 0, () => SourceAccessConfigurations, () => SelfManagedEventSource$, 1, 2, 1, 1, 64 | 0, () => AmazonManagedKafkaEventSourceConfig$, () => SelfManagedKafkaEventSourceConfig$, () => DocumentDBEventSourceConfig$, 0, () => ProvisionedPollerConfig$]
];
var EventSourceMappingLoggingConfig$ = [
  3,
  n0,
  _ESMLC,
  0,
  [_SLL],
  [0]
];
var EventSourceMappingMetricsConfig$ = [
  3,
  n0,
  _ESMMC,
  0,
  [_Me],
  [64 | 0]
];
var Execution$ = [
  3,
  n0,
  _Ex,
  0,
  [_DEA, _DEN, _FA, _Sta, _STt, _ETn, _KMSKA],
  [0, 0, 0, 0, 4, 4, 0],
  5
];
var ExecutionDetails$ = [
  3,
  n0,
  _EDx,
  0,
  [_IP],
  [[() => InputPayload, 0]]
];
var ExecutionFailedDetails$ = [
  3,
  n0,
  _EFD,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var ExecutionStartedDetails$ = [
  3,
  n0,
  _ESD,
  0,
  [_I, _ETx],
  [[() => EventInput$, 0], 1],
  2
];
var ExecutionStoppedDetails$ = [
  3,
  n0,
  _ESDxe,
  0,
  [_E],
  [[() => EventError$, 0]],
  1
];
var ExecutionSucceededDetails$ = [
  3,
  n0,
  _ESDx,
  0,
  [_Re],
  [[() => EventResult$, 0]],
  1
];
var ExecutionTimedOutDetails$ = [
  3,
  n0,
  _ETOD,
  0,
  [_E],
  [[() => EventError$, 0]]
];
var FileSystemConfig$ = [
  3,
  n0,
  _FSCi,
  0,
  [_Arn, _LMP, _SFC],
  [0, 0, () => S3FilesConfig$],
  2
];
var Filter$ = [
  3,
  n0,
  _F,
  0,
  [_Pat],
  [0]
];
var FilterCriteria$ = [
  3,
  n0,
  _FCi,
  0,
  [_Fi],
  [() => FilterList]
];
var FilterCriteriaError$ = [
  3,
  n0,
  _FCE,
  0,
  [_EC, _M],
  [0, 0]
];
var FunctionCode$ = [
  3,
  n0,
  _FCu,
  0,
  [_ZF, _SB, _SK, _SOV, _SOSM, _IU, _SKMSKA],
  [[() => _Blob, 0], 0, 0, 0, 0, 0, 0]
];
var FunctionCodeLocation$ = [
  3,
  n0,
  _FCL,
  0,
  [_RT, _Lo, _IU, _RIU, _RSO, _SKMSKA, _E],
  [0, 0, 0, 0, () => ResolvedS3Object$, 0, [() => FunctionCodeLocationError$, 0]]
];
var FunctionCodeLocationError$ = [
  3,
  n0,
  _FCLE,
  0,
  [_EC, _M],
  [0, [() => SensitiveString, 0]]
];
var FunctionConfiguration$ = [
  3,
  n0,
  _FCun,
  0,
  [_FN, _FA, _Ru, _Ro, _H, _CS, _D, _Ti, _MS, _LM, _CSo, _Ve, _VC, _DLC, _Env, _KMSKA, _TCr, _MAa, _RI, _L, _St, _SR, _SRCt, _LUS, _LUSR, _LUSRC, _FSC, _SPVAi, _SJA, _PTa, _ICR, _Ar, _ES, _SSn, _RVC, _LC, _TCe, _CPC, _CSon, _DCu],
  [0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, () => VpcConfigResponse$, () => DeadLetterConfig$, [() => EnvironmentResponse$, 0], 0, () => TracingConfigResponse$, 0, 0, () => LayersReferenceList, 0, 0, 0, 0, 0, 0, () => FileSystemConfigList, 0, 0, 0, [() => ImageConfigResponse$, 0], 64 | 0, () => EphemeralStorage$, () => SnapStartResponse$, [() => RuntimeVersionConfig$, 0], () => LoggingConfig$, () => TenancyConfig$, () => CapacityProviderConfig$, 0, () => DurableConfig$]
];
var FunctionEventInvokeConfig$ = [
  3,
  n0,
  _FEIC,
  0,
  [_LM, _FA, _MRA, _MEAIS, _DC],
  [4, 0, 1, 1, () => DestinationConfig$]
];
var FunctionScalingConfig$ = [
  3,
  n0,
  _FSCu,
  0,
  [_MEE, _MEEa],
  [1, 1]
];
var FunctionUrlConfig$ = [
  3,
  n0,
  _FUC,
  0,
  [_FU, _FA, _CTr, _LMT, _AT, _Co, _IM],
  [0, 0, 0, 0, 0, () => Cors$, 0],
  5
];
var FunctionVersionsByCapacityProviderListItem$ = [
  3,
  n0,
  _FVBCPLI,
  0,
  [_FA, _St],
  [0, 0],
  2
];
var GetAccountSettingsRequest$ = [
  3,
  n0,
  _GASR,
  0,
  [],
  []
];
var GetAccountSettingsResponse$ = [
  3,
  n0,
  _GASRe,
  0,
  [_AL, _AU],
  [() => AccountLimit$, () => AccountUsage$]
];
var GetAliasRequest$ = [
  3,
  n0,
  _GAR,
  0,
  [_FN, _N],
  [[0, 1], [0, 1]],
  2
];
var GetCapacityProviderRequest$ = [
  3,
  n0,
  _GCPR,
  0,
  [_CPN],
  [[0, 1]],
  1
];
var GetCapacityProviderResponse$ = [
  3,
  n0,
  _GCPRe,
  0,
  [_CP],
  [() => CapacityProvider$],
  1
];
var GetCodeSigningConfigRequest$ = [
  3,
  n0,
  _GCSCR,
  0,
  [_CSCA],
  [[0, 1]],
  1
];
var GetCodeSigningConfigResponse$ = [
  3,
  n0,
  _GCSCRe,
  0,
  [_CSC],
  [() => CodeSigningConfig$],
  1
];
var GetDurableExecutionHistoryRequest$ = [
  3,
  n0,
  _GDEHR,
  0,
  [_DEA, _IED, _MI, _Ma, _RO],
  [[0, 1], [2, { [_hQ]: _IED }], [1, { [_hQ]: _MI }], [0, { [_hQ]: _Ma }], [2, { [_hQ]: _RO }]],
  1
];
var GetDurableExecutionHistoryResponse$ = [
  3,
  n0,
  _GDEHRe,
  0,
  [_Eve, _NM],
  [[() => Events, 0], 0],
  1
];
var GetDurableExecutionRequest$ = [
  3,
  n0,
  _GDER,
  0,
  [_DEA, _IED],
  [[0, 1], [2, { [_hQ]: _IED }]],
  1
];
var GetDurableExecutionResponse$ = [
  3,
  n0,
  _GDERe,
  0,
  [_DEA, _DEN, _FA, _STt, _Sta, _IP, _Re, _E, _ETn, _Ve, _TH, _EDI, _DCu],
  [0, 0, 0, 4, 0, [() => InputPayload, 0], [() => OutputPayload, 0], [() => ErrorObject$, 0], 4, 0, () => TraceHeader$, 2, () => DurableConfig$],
  5
];
var GetDurableExecutionStateRequest$ = [
  3,
  n0,
  _GDESR,
  0,
  [_DEA, _CT, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _CT }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  2
];
var GetDurableExecutionStateResponse$ = [
  3,
  n0,
  _GDESRe,
  0,
  [_O, _NM],
  [[() => Operations, 0], 0],
  1
];
var GetEventSourceMappingRequest$ = [
  3,
  n0,
  _GESMR,
  0,
  [_UUID],
  [[0, 1]],
  1
];
var GetFunctionCodeSigningConfigRequest$ = [
  3,
  n0,
  _GFCSCR,
  0,
  [_FN],
  [[0, 1]],
  1
];
var GetFunctionCodeSigningConfigResponse$ = [
  3,
  n0,
  _GFCSCRe,
  0,
  [_CSCA, _FN],
  [0, 0],
  2
];
var GetFunctionConcurrencyRequest$ = [
  3,
  n0,
  _GFCR,
  0,
  [_FN],
  [[0, 1]],
  1
];
var GetFunctionConcurrencyResponse$ = [
  3,
  n0,
  _GFCRe,
  0,
  [_RCEe],
  [1]
];
var GetFunctionConfigurationRequest$ = [
  3,
  n0,
  _GFCRet,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetFunctionEventInvokeConfigRequest$ = [
  3,
  n0,
  _GFEICR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetFunctionRecursionConfigRequest$ = [
  3,
  n0,
  _GFRCR,
  0,
  [_FN],
  [[0, 1]],
  1
];
var GetFunctionRecursionConfigResponse$ = [
  3,
  n0,
  _GFRCRe,
  0,
  [_RL],
  [0]
];
var GetFunctionRequest$ = [
  3,
  n0,
  _GFR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetFunctionResponse$ = [
  3,
  n0,
  _GFRe,
  0,
  [_Con, _Cod, _Ta, _TE, _C],
  [[() => FunctionConfiguration$, 0], [() => FunctionCodeLocation$, 0], 128 | 0, () => TagsError$, () => Concurrency$]
];
var GetFunctionScalingConfigRequest$ = [
  3,
  n0,
  _GFSCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  2
];
var GetFunctionScalingConfigResponse$ = [
  3,
  n0,
  _GFSCRe,
  0,
  [_FA, _AFSC, _RFSC],
  [0, () => FunctionScalingConfig$, () => FunctionScalingConfig$]
];
var GetFunctionUrlConfigRequest$ = [
  3,
  n0,
  _GFUCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetFunctionUrlConfigResponse$ = [
  3,
  n0,
  _GFUCRe,
  0,
  [_FU, _FA, _AT, _CTr, _LMT, _Co, _IM],
  [0, 0, 0, 0, 0, () => Cors$, 0],
  5
];
var GetLayerVersionByArnRequest$ = [
  3,
  n0,
  _GLVBAR,
  0,
  [_Arn],
  [[0, { [_hQ]: _Arn }]],
  1
];
var GetLayerVersionPolicyRequest$ = [
  3,
  n0,
  _GLVPR,
  0,
  [_LN, _VN],
  [[0, 1], [1, 1]],
  2
];
var GetLayerVersionPolicyResponse$ = [
  3,
  n0,
  _GLVPRe,
  0,
  [_Po, _RI],
  [0, 0]
];
var GetLayerVersionRequest$ = [
  3,
  n0,
  _GLVR,
  0,
  [_LN, _VN],
  [[0, 1], [1, 1]],
  2
];
var GetLayerVersionResponse$ = [
  3,
  n0,
  _GLVRe,
  0,
  [_Cont, _LA, _LVA, _D, _CDr, _Ve, _CA, _CR, _LI],
  [() => LayerVersionContentOutput$, 0, 0, 0, 0, 1, 64 | 0, 64 | 0, 0]
];
var GetPolicyRequest$ = [
  3,
  n0,
  _GPR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetPolicyResponse$ = [
  3,
  n0,
  _GPRe,
  0,
  [_Po, _RI],
  [0, 0]
];
var GetProvisionedConcurrencyConfigRequest$ = [
  3,
  n0,
  _GPCCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  2
];
var GetProvisionedConcurrencyConfigResponse$ = [
  3,
  n0,
  _GPCCRe,
  0,
  [_RPCE, _APCE, _APCEl, _Sta, _SRt, _LM],
  [1, 1, 1, 0, 0, 0]
];
var GetResourcePolicyRequest$ = [
  3,
  n0,
  _GRPR,
  0,
  [_RAe],
  [[0, 1]],
  1
];
var GetResourcePolicyResponse$ = [
  3,
  n0,
  _GRPRe,
  0,
  [_Po, _RI],
  [0, 0]
];
var GetRuntimeManagementConfigRequest$ = [
  3,
  n0,
  _GRMCR,
  0,
  [_FN, _Q],
  [[0, 1], [0, { [_hQ]: _Q }]],
  1
];
var GetRuntimeManagementConfigResponse$ = [
  3,
  n0,
  _GRMCRe,
  0,
  [_URO, _FA, _RVA],
  [0, 0, 0]
];
var ImageConfig$ = [
  3,
  n0,
  _IC,
  0,
  [_EP, _Com, _WD],
  [64 | 0, 64 | 0, 0]
];
var ImageConfigError$ = [
  3,
  n0,
  _ICE,
  0,
  [_EC, _M],
  [0, [() => SensitiveString, 0]]
];
var ImageConfigResponse$ = [
  3,
  n0,
  _ICR,
  0,
  [_IC, _E],
  [() => ImageConfig$, [() => ImageConfigError$, 0]]
];
var InstanceRequirements$ = [
  3,
  n0,
  _IR,
  0,
  [_Ar, _AIT, _EIT],
  [64 | 0, 64 | 0, 64 | 0]
];
var InvocationCompletedDetails$ = [
  3,
  n0,
  _ICD,
  0,
  [_STt, _ETn, _RIe, _E],
  [4, 4, 0, [() => EventError$, 0]],
  3
];
var InvocationRequest$ = [
  3,
  n0,
  _IRn,
  0,
  [_FN, _IT, _LT, _CC, _DEN, _Pa, _Q, _TI],
  [[0, 1], [0, { [_hH]: _XAIT }], [0, { [_hH]: _XALT }], [0, { [_hH]: _XACC }], [0, { [_hH]: _XADEN }], [() => _Blob, 16], [0, { [_hQ]: _Q }], [0, { [_hH]: _XATI_ }]],
  1
];
var InvocationResponse$ = [
  3,
  n0,
  _IRnv,
  0,
  [_SCt, _FE, _LR, _Pa, _EV, _DEA],
  [[1, 32], [0, { [_hH]: _XAFE }], [0, { [_hH]: _XALR }], [() => _Blob, 16], [0, { [_hH]: _XAEV }], [0, { [_hH]: _XADEA }]]
];
var InvokeAsyncRequest$ = [
  3,
  n0,
  _IAR,
  0,
  [_FN, _IA],
  [[0, 1], [() => BlobStream, 16]],
  2
];
var InvokeAsyncResponse$ = [
  3,
  n0,
  _IARn,
  0,
  [_Sta],
  [[1, 32]]
];
var InvokeResponseStreamUpdate$ = [
  3,
  n0,
  _IRSU,
  0,
  [_Pa],
  [[() => _Blob, { [_eP]: 1 }]]
];
var InvokeWithResponseStreamCompleteEvent$ = [
  3,
  n0,
  _IWRSCE,
  0,
  [_EC, _EDr, _LR],
  [0, 0, 0]
];
var InvokeWithResponseStreamRequest$ = [
  3,
  n0,
  _IWRSR,
  0,
  [_FN, _LT, _CC, _Q, _Pa, _TI, _IT],
  [[0, 1], [0, { [_hH]: _XALT }], [0, { [_hH]: _XACC }], [0, { [_hQ]: _Q }], [() => _Blob, 16], [0, { [_hH]: _XATI_ }], [0, { [_hH]: _XAIT }]],
  1
];
var InvokeWithResponseStreamResponse$ = [
  3,
  n0,
  _IWRSRn,
  0,
  [_SCt, _EV, _ESv, _RSCT],
  [[1, 32], [0, { [_hH]: _XAEV }], [() => InvokeWithResponseStreamResponseEvent$, 16], [0, { [_hH]: _CT_ }]]
];
var KafkaSchemaRegistryAccessConfig$ = [
  3,
  n0,
  _KSRAC,
  0,
  [_T, _URI],
  [0, 0]
];
var KafkaSchemaRegistryConfig$ = [
  3,
  n0,
  _KSRC,
  0,
  [_SRURI, _ERF, _ACc, _SVC],
  [0, 0, () => KafkaSchemaRegistryAccessConfigList, () => KafkaSchemaValidationConfigList]
];
var KafkaSchemaValidationConfig$ = [
  3,
  n0,
  _KSVC,
  0,
  [_At],
  [0]
];
var LambdaManagedInstancesCapacityProviderConfig$ = [
  3,
  n0,
  _LMICPC,
  0,
  [_CPA, _PEEMC, _EEMGBPVC],
  [0, 1, 1],
  1
];
var Layer$ = [
  3,
  n0,
  _La,
  0,
  [_Arn, _CS, _SPVAi, _SJA],
  [0, 1, 0, 0]
];
var LayersListItem$ = [
  3,
  n0,
  _LLI,
  0,
  [_LN, _LA, _LMV],
  [0, 0, () => LayerVersionsListItem$]
];
var LayerVersionContentInput$ = [
  3,
  n0,
  _LVCI,
  0,
  [_SB, _SK, _SOV, _SOSM, _ZF],
  [0, 0, 0, 0, [() => _Blob, 0]]
];
var LayerVersionContentOutput$ = [
  3,
  n0,
  _LVCO,
  0,
  [_Lo, _CSo, _CS, _SPVAi, _SJA, _RSO],
  [0, 0, 1, 0, 0, () => ResolvedS3Object$]
];
var LayerVersionsListItem$ = [
  3,
  n0,
  _LVLI,
  0,
  [_LVA, _Ve, _D, _CDr, _CA, _CR, _LI],
  [0, 1, 0, 0, 64 | 0, 64 | 0, 0]
];
var ListAliasesRequest$ = [
  3,
  n0,
  _LAR,
  0,
  [_FN, _FV, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _FV }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListAliasesResponse$ = [
  3,
  n0,
  _LARi,
  0,
  [_NM, _Al],
  [0, () => AliasList]
];
var ListCapacityProvidersRequest$ = [
  3,
  n0,
  _LCPR,
  0,
  [_St, _Ma, _MI],
  [[0, { [_hQ]: _St }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListCapacityProvidersResponse$ = [
  3,
  n0,
  _LCPRi,
  0,
  [_CPa, _NM],
  [() => CapacityProvidersList, 0],
  1
];
var ListCodeSigningConfigsRequest$ = [
  3,
  n0,
  _LCSCR,
  0,
  [_Ma, _MI],
  [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListCodeSigningConfigsResponse$ = [
  3,
  n0,
  _LCSCRi,
  0,
  [_NM, _CSCo],
  [0, () => CodeSigningConfigList]
];
var ListDurableExecutionsByFunctionRequest$ = [
  3,
  n0,
  _LDEBFR,
  0,
  [_FN, _Q, _DEN, _Stat, _SAt, _SBt, _RO, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Q }], [0, { [_hQ]: _DEN }], [64 | 0, { [_hQ]: _Stat }], [4, { [_hQ]: _SAt }], [4, { [_hQ]: _SBt }], [2, { [_hQ]: _RO }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListDurableExecutionsByFunctionResponse$ = [
  3,
  n0,
  _LDEBFRi,
  0,
  [_DE, _NM],
  [() => DurableExecutions, 0]
];
var ListEventSourceMappingsRequest$ = [
  3,
  n0,
  _LESMR,
  0,
  [_ESA, _FN, _Ma, _MI],
  [[0, { [_hQ]: _ESA }], [0, { [_hQ]: _FN }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListEventSourceMappingsResponse$ = [
  3,
  n0,
  _LESMRi,
  0,
  [_NM, _ESM],
  [0, () => EventSourceMappingsList]
];
var ListFunctionEventInvokeConfigsRequest$ = [
  3,
  n0,
  _LFEICR,
  0,
  [_FN, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListFunctionEventInvokeConfigsResponse$ = [
  3,
  n0,
  _LFEICRi,
  0,
  [_FEICu, _NM],
  [() => FunctionEventInvokeConfigList, 0]
];
var ListFunctionsByCodeSigningConfigRequest$ = [
  3,
  n0,
  _LFBCSCR,
  0,
  [_CSCA, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListFunctionsByCodeSigningConfigResponse$ = [
  3,
  n0,
  _LFBCSCRi,
  0,
  [_NM, _FAu],
  [0, 64 | 0]
];
var ListFunctionsRequest$ = [
  3,
  n0,
  _LFR,
  0,
  [_MR, _FV, _Ma, _MI],
  [[0, { [_hQ]: _MR }], [0, { [_hQ]: _FV }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListFunctionsResponse$ = [
  3,
  n0,
  _LFRi,
  0,
  [_NM, _Fu],
  [0, [() => FunctionList, 0]]
];
var ListFunctionUrlConfigsRequest$ = [
  3,
  n0,
  _LFUCR,
  0,
  [_FN, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListFunctionUrlConfigsResponse$ = [
  3,
  n0,
  _LFUCRi,
  0,
  [_FUCu, _NM],
  [() => FunctionUrlConfigList, 0],
  1
];
var ListFunctionVersionsByCapacityProviderRequest$ = [
  3,
  n0,
  _LFVBCPR,
  0,
  [_CPN, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListFunctionVersionsByCapacityProviderResponse$ = [
  3,
  n0,
  _LFVBCPRi,
  0,
  [_CPA, _FVu, _NM],
  [0, () => FunctionVersionsByCapacityProviderList, 0],
  2
];
var ListLayersRequest$ = [
  3,
  n0,
  _LLR,
  0,
  [_CAo, _CRo, _Ma, _MI],
  [[0, { [_hQ]: _CAo }], [0, { [_hQ]: _CRo }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListLayersResponse$ = [
  3,
  n0,
  _LLRi,
  0,
  [_NM, _L],
  [0, () => LayersList]
];
var ListLayerVersionsRequest$ = [
  3,
  n0,
  _LLVR,
  0,
  [_LN, _CAo, _CRo, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _CAo }], [0, { [_hQ]: _CRo }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListLayerVersionsResponse$ = [
  3,
  n0,
  _LLVRi,
  0,
  [_NM, _LV],
  [0, () => LayerVersionsList]
];
var ListProvisionedConcurrencyConfigsRequest$ = [
  3,
  n0,
  _LPCCR,
  0,
  [_FN, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListProvisionedConcurrencyConfigsResponse$ = [
  3,
  n0,
  _LPCCRi,
  0,
  [_PCC, _NM],
  [() => ProvisionedConcurrencyConfigList, 0]
];
var ListTagsRequest$ = [
  3,
  n0,
  _LTR,
  0,
  [_Res],
  [[0, 1]],
  1
];
var ListTagsResponse$ = [
  3,
  n0,
  _LTRi,
  0,
  [_Ta],
  [128 | 0]
];
var ListVersionsByFunctionRequest$ = [
  3,
  n0,
  _LVBFR,
  0,
  [_FN, _Ma, _MI],
  [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]],
  1
];
var ListVersionsByFunctionResponse$ = [
  3,
  n0,
  _LVBFRi,
  0,
  [_NM, _Ver],
  [0, [() => FunctionList, 0]]
];
var LoggingConfig$ = [
  3,
  n0,
  _LC,
  0,
  [_LF, _ALL, _SLL, _LG],
  [0, 0, 0, 0]
];
var OnFailure$ = [
  3,
  n0,
  _OF,
  0,
  [_De],
  [0]
];
var OnSuccess$ = [
  3,
  n0,
  _OS,
  0,
  [_De],
  [0]
];
var Operation$ = [
  3,
  n0,
  _Op,
  0,
  [_Id, _T, _STt, _Sta, _PI, _N, _STu, _ETn, _EDx, _CDo, _SD, _WDa, _CD, _CID],
  [0, 0, 4, 0, 0, 0, 0, 4, [() => ExecutionDetails$, 0], [() => ContextDetails$, 0], [() => StepDetails$, 0], () => WaitDetails$, [() => CallbackDetails$, 0], [() => ChainedInvokeDetails$, 0]],
  4
];
var OperationUpdate$ = [
  3,
  n0,
  _OU,
  0,
  [_Id, _T, _A, _PI, _N, _STu, _Pa, _E, _COo, _SO, _WO, _CO, _CIO],
  [0, 0, 0, 0, 0, 0, [() => OperationPayload, 0], [() => ErrorObject$, 0], () => ContextOptions$, () => StepOptions$, () => WaitOptions$, () => CallbackOptions$, () => ChainedInvokeOptions$],
  3
];
var PropagateTags$ = [
  3,
  n0,
  _PT,
  0,
  [_Mo, _ETxp],
  [0, 128 | 0]
];
var ProvisionedConcurrencyConfigListItem$ = [
  3,
  n0,
  _PCCLI,
  0,
  [_FA, _RPCE, _APCE, _APCEl, _Sta, _SRt, _LM],
  [0, 1, 1, 1, 0, 0, 0]
];
var ProvisionedPollerConfig$ = [
  3,
  n0,
  _PPC,
  0,
  [_MP, _MPa, _PGN],
  [1, 1, 0]
];
var PublishLayerVersionRequest$ = [
  3,
  n0,
  _PLVR,
  0,
  [_LN, _Cont, _D, _CA, _CR, _LI],
  [[0, 1], [() => LayerVersionContentInput$, 0], 0, 64 | 0, 64 | 0, 0],
  2
];
var PublishLayerVersionResponse$ = [
  3,
  n0,
  _PLVRu,
  0,
  [_Cont, _LA, _LVA, _D, _CDr, _Ve, _CA, _CR, _LI],
  [() => LayerVersionContentOutput$, 0, 0, 0, 0, 1, 64 | 0, 64 | 0, 0]
];
var PublishVersionRequest$ = [
  3,
  n0,
  _PVR,
  0,
  [_FN, _CSo, _D, _RI, _PTu],
  [[0, 1], 0, 0, 0, 0],
  1
];
var PutFunctionCodeSigningConfigRequest$ = [
  3,
  n0,
  _PFCSCR,
  0,
  [_CSCA, _FN],
  [0, [0, 1]],
  2
];
var PutFunctionCodeSigningConfigResponse$ = [
  3,
  n0,
  _PFCSCRu,
  0,
  [_CSCA, _FN],
  [0, 0],
  2
];
var PutFunctionConcurrencyRequest$ = [
  3,
  n0,
  _PFCR,
  0,
  [_FN, _RCEe],
  [[0, 1], 1],
  2
];
var PutFunctionEventInvokeConfigRequest$ = [
  3,
  n0,
  _PFEICR,
  0,
  [_FN, _Q, _MRA, _MEAIS, _DC],
  [[0, 1], [0, { [_hQ]: _Q }], 1, 1, () => DestinationConfig$],
  1
];
var PutFunctionRecursionConfigRequest$ = [
  3,
  n0,
  _PFRCR,
  0,
  [_FN, _RL],
  [[0, 1], 0],
  2
];
var PutFunctionRecursionConfigResponse$ = [
  3,
  n0,
  _PFRCRu,
  0,
  [_RL],
  [0]
];
var PutFunctionScalingConfigRequest$ = [
  3,
  n0,
  _PFSCR,
  0,
  [_FN, _Q, _FSCu],
  [[0, 1], [0, { [_hQ]: _Q }], () => FunctionScalingConfig$],
  2
];
var PutFunctionScalingConfigResponse$ = [
  3,
  n0,
  _PFSCRu,
  0,
  [_FS],
  [0]
];
var PutProvisionedConcurrencyConfigRequest$ = [
  3,
  n0,
  _PPCCR,
  0,
  [_FN, _Q, _PCE],
  [[0, 1], [0, { [_hQ]: _Q }], 1],
  3
];
var PutProvisionedConcurrencyConfigResponse$ = [
  3,
  n0,
  _PPCCRu,
  0,
  [_RPCE, _APCEl, _APCE, _Sta, _SRt, _LM],
  [1, 1, 1, 0, 0, 0]
];
var PutResourcePolicyRequest$ = [
  3,
  n0,
  _PRPR,
  0,
  [_RAe, _Po, _RI],
  [[0, 1], 0, 0],
  2
];
var PutResourcePolicyResponse$ = [
  3,
  n0,
  _PRPRu,
  0,
  [_Po, _RI],
  [0, 0]
];
var PutRuntimeManagementConfigRequest$ = [
  3,
  n0,
  _PRMCR,
  0,
  [_FN, _URO, _Q, _RVA],
  [[0, 1], 0, [0, { [_hQ]: _Q }], 0],
  2
];
var PutRuntimeManagementConfigResponse$ = [
  3,
  n0,
  _PRMCRu,
  0,
  [_URO, _FA, _RVA],
  [0, 0, 0],
  2
];
var RemoveLayerVersionPermissionRequest$ = [
  3,
  n0,
  _RLVPR,
  0,
  [_LN, _VN, _SI, _RI],
  [[0, 1], [1, 1], [0, 1], [0, { [_hQ]: _RI }]],
  3
];
var RemovePermissionRequest$ = [
  3,
  n0,
  _RPR,
  0,
  [_FN, _SI, _Q, _RI],
  [[0, 1], [0, 1], [0, { [_hQ]: _Q }], [0, { [_hQ]: _RI }]],
  2
];
var ResolvedS3Object$ = [
  3,
  n0,
  _RSO,
  0,
  [_SB, _SK, _SOV],
  [0, 0, 0]
];
var RetryDetails$ = [
  3,
  n0,
  _RD,
  0,
  [_CAu, _NADS],
  [1, 1]
];
var RuntimeVersionConfig$ = [
  3,
  n0,
  _RVC,
  0,
  [_RVA, _E],
  [0, [() => RuntimeVersionError$, 0]]
];
var RuntimeVersionError$ = [
  3,
  n0,
  _RVE,
  0,
  [_EC, _M],
  [0, [() => SensitiveString, 0]]
];
var S3FilesConfig$ = [
  3,
  n0,
  _SFC,
  0,
  [_DSR],
  [0]
];
var ScalingConfig$ = [
  3,
  n0,
  _SC,
  0,
  [_MCa],
  [1]
];
var SelfManagedEventSource$ = [
  3,
  n0,
  _SMES,
  0,
  [_End],
  [[2, n0, _End, 0, 0, 64 | 0]]
];
var SelfManagedKafkaEventSourceConfig$ = [
  3,
  n0,
  _SMKESC,
  0,
  [_CGI, _SRC, _CM],
  [0, () => KafkaSchemaRegistryConfig$, 0]
];
var SendDurableExecutionCallbackFailureRequest$ = [
  3,
  n0,
  _SDECFR,
  0,
  [_CI, _E],
  [[0, 1], [() => ErrorObject$, 16]],
  1
];
var SendDurableExecutionCallbackFailureResponse$ = [
  3,
  n0,
  _SDECFRe,
  0,
  [],
  []
];
var SendDurableExecutionCallbackHeartbeatRequest$ = [
  3,
  n0,
  _SDECHR,
  0,
  [_CI],
  [[0, 1]],
  1
];
var SendDurableExecutionCallbackHeartbeatResponse$ = [
  3,
  n0,
  _SDECHRe,
  0,
  [],
  []
];
var SendDurableExecutionCallbackSuccessRequest$ = [
  3,
  n0,
  _SDECSR,
  0,
  [_CI, _Re],
  [[0, 1], [() => BinaryOperationPayload, 16]],
  1
];
var SendDurableExecutionCallbackSuccessResponse$ = [
  3,
  n0,
  _SDECSRe,
  0,
  [],
  []
];
var SnapStart$ = [
  3,
  n0,
  _SSn,
  0,
  [_AOp],
  [0]
];
var SnapStartResponse$ = [
  3,
  n0,
  _SSR,
  0,
  [_AOp, _OSp],
  [0, 0]
];
var SourceAccessConfiguration$ = [
  3,
  n0,
  _SACo,
  0,
  [_T, _URI],
  [0, 0]
];
var StepDetails$ = [
  3,
  n0,
  _SD,
  0,
  [_Att, _NAT, _Re, _E],
  [1, 4, [() => OperationPayload, 0], [() => ErrorObject$, 0]]
];
var StepFailedDetails$ = [
  3,
  n0,
  _SFD,
  0,
  [_E, _RD],
  [[() => EventError$, 0], () => RetryDetails$],
  2
];
var StepOptions$ = [
  3,
  n0,
  _SO,
  0,
  [_NADS],
  [1]
];
var StepStartedDetails$ = [
  3,
  n0,
  _SSD,
  0,
  [],
  []
];
var StepSucceededDetails$ = [
  3,
  n0,
  _SSDt,
  0,
  [_Re, _RD],
  [[() => EventResult$, 0], () => RetryDetails$],
  2
];
var StopDurableExecutionRequest$ = [
  3,
  n0,
  _SDER,
  0,
  [_DEA, _E],
  [[0, 1], [() => ErrorObject$, 16]],
  1
];
var StopDurableExecutionResponse$ = [
  3,
  n0,
  _SDERt,
  0,
  [_STto],
  [4],
  1
];
var TagResourceRequest$ = [
  3,
  n0,
  _TRR,
  0,
  [_Res, _Ta],
  [[0, 1], 128 | 0],
  2
];
var TagsError$ = [
  3,
  n0,
  _TE,
  0,
  [_EC, _M],
  [0, 0],
  2
];
var TargetTrackingScalingPolicy$ = [
  3,
  n0,
  _TTSP,
  0,
  [_PMT, _TV],
  [0, 1],
  2
];
var TenancyConfig$ = [
  3,
  n0,
  _TCe,
  0,
  [_TIM],
  [0],
  1
];
var TraceHeader$ = [
  3,
  n0,
  _TH,
  0,
  [_XATI],
  [0]
];
var TracingConfig$ = [
  3,
  n0,
  _TCr,
  0,
  [_Mo],
  [0]
];
var TracingConfigResponse$ = [
  3,
  n0,
  _TCR,
  0,
  [_Mo],
  [0]
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_Res, _TK],
  [[0, 1], [() => TagKeyList, { [_hQ]: _tK }]],
  2
];
var UpdateAliasRequest$ = [
  3,
  n0,
  _UAR,
  0,
  [_FN, _N, _FV, _D, _RC, _RI],
  [[0, 1], [0, 1], 0, 0, () => AliasRoutingConfiguration$, 0],
  2
];
var UpdateCapacityProviderRequest$ = [
  3,
  n0,
  _UCPR,
  0,
  [_CPN, _CPSC, _PT, _TC],
  [[0, 1], () => CapacityProviderScalingConfig$, () => PropagateTags$, () => CapacityProviderTelemetryConfig$],
  1
];
var UpdateCapacityProviderResponse$ = [
  3,
  n0,
  _UCPRp,
  0,
  [_CP],
  [() => CapacityProvider$],
  1
];
var UpdateCodeSigningConfigRequest$ = [
  3,
  n0,
  _UCSCR,
  0,
  [_CSCA, _D, _AP, _CSP],
  [[0, 1], 0, () => AllowedPublishers$, () => CodeSigningPolicies$],
  1
];
var UpdateCodeSigningConfigResponse$ = [
  3,
  n0,
  _UCSCRp,
  0,
  [_CSC],
  [() => CodeSigningConfig$],
  1
];
var UpdateEventSourceMappingRequest$ = [
  3,
  n0,
  _UESMR,
  0,
  [_UUID, _FN, _En, _BSa, _FCi, _KMSKA, _MC, _LC, _SC, _MBWIS, _PF, _DC, _MRAIS, _BBOFE, _MRA, _TWIS, _SAC, _FRT, _AMKESC, _SMKESC, _DDBESC, _PPC],
  [[0, 1], 0, 2, 1, () => FilterCriteria$, 0, () => EventSourceMappingMetricsConfig$, () => EventSourceMappingLoggingConfig$, () => ScalingConfig$, 1, 1, () => DestinationConfig$, 1, 2, 1, 1, () => SourceAccessConfigurations, 64 | 0, () => AmazonManagedKafkaEventSourceConfig$, () => SelfManagedKafkaEventSourceConfig$, () => DocumentDBEventSourceConfig$, () => ProvisionedPollerConfig$],
  1
];
var UpdateFunctionCodeRequest$ = [
  3,
  n0,
  _UFCR,
  0,
  [_FN, _ZF, _SB, _SK, _SOV, _SOSM, _IU, _Ar, _Pu, _PTu, _DR, _RI, _SKMSKA],
  [[0, 1], [() => _Blob, 0], 0, 0, 0, 0, 0, 64 | 0, 2, 0, 2, 0, 0],
  1
];
var UpdateFunctionConfigurationRequest$ = [
  3,
  n0,
  _UFCRp,
  0,
  [_FN, _Ro, _H, _D, _Ti, _MS, _VC, _Env, _Ru, _DLC, _KMSKA, _TCr, _RI, _L, _FSC, _IC, _ES, _SSn, _LC, _CPC, _DCu],
  [[0, 1], 0, 0, 0, 1, 1, () => VpcConfig$, [() => Environment$, 0], 0, () => DeadLetterConfig$, 0, () => TracingConfig$, 0, 64 | 0, () => FileSystemConfigList, () => ImageConfig$, () => EphemeralStorage$, () => SnapStart$, () => LoggingConfig$, () => CapacityProviderConfig$, () => DurableConfig$],
  1
];
var UpdateFunctionEventInvokeConfigRequest$ = [
  3,
  n0,
  _UFEICR,
  0,
  [_FN, _Q, _MRA, _MEAIS, _DC],
  [[0, 1], [0, { [_hQ]: _Q }], 1, 1, () => DestinationConfig$],
  1
];
var UpdateFunctionUrlConfigRequest$ = [
  3,
  n0,
  _UFUCR,
  0,
  [_FN, _Q, _AT, _Co, _IM],
  [[0, 1], [0, { [_hQ]: _Q }], 0, () => Cors$, 0],
  1
];
var UpdateFunctionUrlConfigResponse$ = [
  3,
  n0,
  _UFUCRp,
  0,
  [_FU, _FA, _AT, _CTr, _LMT, _Co, _IM],
  [0, 0, 0, 0, 0, () => Cors$, 0],
  5
];
var VpcConfig$ = [
  3,
  n0,
  _VC,
  0,
  [_SIu, _SGI, _IAFDS],
  [64 | 0, 64 | 0, 2]
];
var VpcConfigResponse$ = [
  3,
  n0,
  _VCR,
  0,
  [_SIu, _SGI, _VI, _IAFDS],
  [64 | 0, 64 | 0, 0, 2]
];
var WaitCancelledDetails$ = [
  3,
  n0,
  _WCD,
  0,
  [_E],
  [[() => EventError$, 0]]
];
var WaitDetails$ = [
  3,
  n0,
  _WDa,
  0,
  [_SET],
  [4]
];
var WaitOptions$ = [
  3,
  n0,
  _WO,
  0,
  [_WS],
  [1]
];
var WaitStartedDetails$ = [
  3,
  n0,
  _WSD,
  0,
  [_Du, _SET],
  [1, 4],
  2
];
var WaitSucceededDetails$ = [
  3,
  n0,
  _WSDa,
  0,
  [_Du],
  [1]
];
var __Unit = "unit";
var AliasList = [
  1,
  n0,
  _ALl,
  0,
  () => AliasConfiguration$
];
var AllowMethodsList = 64 | 0;
var AllowOriginsList = 64 | 0;
var ArchitecturesList = 64 | 0;
var CapacityProviderScalingPoliciesList = [
  1,
  n0,
  _CPSPL,
  0,
  () => TargetTrackingScalingPolicy$
];
var CapacityProviderSecurityGroupIds = 64 | 0;
var CapacityProvidersList = [
  1,
  n0,
  _CPL,
  0,
  () => CapacityProvider$
];
var CapacityProviderSubnetIds = 64 | 0;
var CodeSigningConfigList = [
  1,
  n0,
  _CSCL,
  0,
  () => CodeSigningConfig$
];
var CompatibleArchitectures = 64 | 0;
var CompatibleRuntimes = 64 | 0;
var DurableExecutions = [
  1,
  n0,
  _DE,
  0,
  () => Execution$
];
var EndpointLists = 64 | 0;
var Events = [
  1,
  n0,
  _Eve,
  0,
  [
    () => Event$,
    0
  ]
];
var EventSourceMappingMetricList = 64 | 0;
var EventSourceMappingsList = [
  1,
  n0,
  _ESML,
  0,
  () => EventSourceMappingConfiguration$
];
var ExecutionStatusList = 64 | 0;
var FileSystemConfigList = [
  1,
  n0,
  _FSCL,
  0,
  () => FileSystemConfig$
];
var FilterList = [
  1,
  n0,
  _FL,
  0,
  () => Filter$
];
var FunctionArnList = 64 | 0;
var FunctionEventInvokeConfigList = [
  1,
  n0,
  _FEICL,
  0,
  () => FunctionEventInvokeConfig$
];
var FunctionList = [
  1,
  n0,
  _FLu,
  0,
  [
    () => FunctionConfiguration$,
    0
  ]
];
var FunctionResponseTypeList = 64 | 0;
var FunctionUrlConfigList = [
  1,
  n0,
  _FUCL,
  0,
  () => FunctionUrlConfig$
];
var FunctionVersionsByCapacityProviderList = [
  1,
  n0,
  _FVBCPL,
  0,
  () => FunctionVersionsByCapacityProviderListItem$
];
var HeadersList = 64 | 0;
var InstanceTypeSet = 64 | 0;
var KafkaSchemaRegistryAccessConfigList = [
  1,
  n0,
  _KSRACL,
  0,
  () => KafkaSchemaRegistryAccessConfig$
];
var KafkaSchemaValidationConfigList = [
  1,
  n0,
  _KSVCL,
  0,
  () => KafkaSchemaValidationConfig$
];
var LayerList = 64 | 0;
var LayersList = [
  1,
  n0,
  _LL,
  0,
  () => LayersListItem$
];
var LayersReferenceList = [
  1,
  n0,
  _LRL,
  0,
  () => Layer$
];
var LayerVersionsList = [
  1,
  n0,
  _LVL,
  0,
  () => LayerVersionsListItem$
];
var Operations = [
  1,
  n0,
  _O,
  0,
  [
    () => Operation$,
    0
  ]
];
var OperationUpdates = [
  1,
  n0,
  _OUp,
  0,
  [
    () => OperationUpdate$,
    0
  ]
];
var ProvisionedConcurrencyConfigList = [
  1,
  n0,
  _PCCL,
  0,
  () => ProvisionedConcurrencyConfigListItem$
];
var Queues = 64 | 0;
var SecurityGroupIds = 64 | 0;
var SigningProfileVersionArns = 64 | 0;
var SourceAccessConfigurations = [
  1,
  n0,
  _SAC,
  0,
  () => SourceAccessConfiguration$
];
var StackTraceEntries = [
  1,
  n0,
  _STEt,
  0,
  [
    () => StackTraceEntry,
    0
  ]
];
var StringList = 64 | 0;
var SubnetIds = 64 | 0;
var TagKeyList = [
  1,
  n0,
  _TKL,
  0,
  [
    0,
    { [_xN]: _K }
  ]
];
var Topics = 64 | 0;
var AdditionalVersionWeights = 128 | 1;
var Endpoints = [
  2,
  n0,
  _End,
  0,
  0,
  64 | 0
];
var EnvironmentVariables = [
  2,
  n0,
  _EVn,
  8,
  [
    () => EnvironmentVariableName,
    0
  ],
  [
    () => EnvironmentVariableValue,
    0
  ]
];
var Tags = 128 | 0;
var InvokeWithResponseStreamResponseEvent$ = [
  4,
  n0,
  _IWRSRE,
  { [_st]: 1 },
  [_PCa, _ICn],
  [[() => InvokeResponseStreamUpdate$, 0], () => InvokeWithResponseStreamCompleteEvent$]
];
var AddLayerVersionPermission$ = [
  9,
  n0,
  _ALVP,
  { [_h]: ["POST", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", 201] },
  () => AddLayerVersionPermissionRequest$,
  () => AddLayerVersionPermissionResponse$
];
var AddPermission$ = [
  9,
  n0,
  _APd,
  { [_h]: ["POST", "/2015-03-31/functions/{FunctionName}/policy", 201] },
  () => AddPermissionRequest$,
  () => AddPermissionResponse$
];
var CheckpointDurableExecution$ = [
  9,
  n0,
  _CDE,
  { [_h]: ["POST", "/2025-12-01/durable-executions/{DurableExecutionArn}/checkpoint", 200] },
  () => CheckpointDurableExecutionRequest$,
  () => CheckpointDurableExecutionResponse$
];
var CreateAlias$ = [
  9,
  n0,
  _CAr,
  { [_h]: ["POST", "/2015-03-31/functions/{FunctionName}/aliases", 201] },
  () => CreateAliasRequest$,
  () => AliasConfiguration$
];
var CreateCapacityProvider$ = [
  9,
  n0,
  _CCP,
  { [_h]: ["POST", "/2025-11-30/capacity-providers", 202] },
  () => CreateCapacityProviderRequest$,
  () => CreateCapacityProviderResponse$
];
var CreateCodeSigningConfig$ = [
  9,
  n0,
  _CCSC,
  { [_h]: ["POST", "/2020-04-22/code-signing-configs", 201] },
  () => CreateCodeSigningConfigRequest$,
  () => CreateCodeSigningConfigResponse$
];
var CreateEventSourceMapping$ = [
  9,
  n0,
  _CESM,
  { [_h]: ["POST", "/2015-03-31/event-source-mappings", 202] },
  () => CreateEventSourceMappingRequest$,
  () => EventSourceMappingConfiguration$
];
var CreateFunction$ = [
  9,
  n0,
  _CF,
  { [_h]: ["POST", "/2015-03-31/functions", 201] },
  () => CreateFunctionRequest$,
  () => FunctionConfiguration$
];
var CreateFunctionUrlConfig$ = [
  9,
  n0,
  _CFUC,
  { [_h]: ["POST", "/2021-10-31/functions/{FunctionName}/url", 201] },
  () => CreateFunctionUrlConfigRequest$,
  () => CreateFunctionUrlConfigResponse$
];
var DeleteAlias$ = [
  9,
  n0,
  _DA,
  { [_h]: ["DELETE", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", 204] },
  () => DeleteAliasRequest$,
  () => __Unit
];
var DeleteCapacityProvider$ = [
  9,
  n0,
  _DCP,
  { [_h]: ["DELETE", "/2025-11-30/capacity-providers/{CapacityProviderName}", 202] },
  () => DeleteCapacityProviderRequest$,
  () => DeleteCapacityProviderResponse$
];
var DeleteCodeSigningConfig$ = [
  9,
  n0,
  _DCSC,
  { [_h]: ["DELETE", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", 204] },
  () => DeleteCodeSigningConfigRequest$,
  () => DeleteCodeSigningConfigResponse$
];
var DeleteEventSourceMapping$ = [
  9,
  n0,
  _DESM,
  { [_h]: ["DELETE", "/2015-03-31/event-source-mappings/{UUID}", 202] },
  () => DeleteEventSourceMappingRequest$,
  () => EventSourceMappingConfiguration$
];
var DeleteFunction$ = [
  9,
  n0,
  _DF,
  { [_h]: ["DELETE", "/2015-03-31/functions/{FunctionName}", 200] },
  () => DeleteFunctionRequest$,
  () => DeleteFunctionResponse$
];
var DeleteFunctionCodeSigningConfig$ = [
  9,
  n0,
  _DFCSC,
  { [_h]: ["DELETE", "/2020-06-30/functions/{FunctionName}/code-signing-config", 204] },
  () => DeleteFunctionCodeSigningConfigRequest$,
  () => __Unit
];
var DeleteFunctionConcurrency$ = [
  9,
  n0,
  _DFC,
  { [_h]: ["DELETE", "/2017-10-31/functions/{FunctionName}/concurrency", 204] },
  () => DeleteFunctionConcurrencyRequest$,
  () => __Unit
];
var DeleteFunctionEventInvokeConfig$ = [
  9,
  n0,
  _DFEIC,
  { [_h]: ["DELETE", "/2019-09-25/functions/{FunctionName}/event-invoke-config", 204] },
  () => DeleteFunctionEventInvokeConfigRequest$,
  () => __Unit
];
var DeleteFunctionUrlConfig$ = [
  9,
  n0,
  _DFUC,
  { [_h]: ["DELETE", "/2021-10-31/functions/{FunctionName}/url", 204] },
  () => DeleteFunctionUrlConfigRequest$,
  () => __Unit
];
var DeleteLayerVersion$ = [
  9,
  n0,
  _DLV,
  { [_h]: ["DELETE", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", 204] },
  () => DeleteLayerVersionRequest$,
  () => __Unit
];
var DeleteProvisionedConcurrencyConfig$ = [
  9,
  n0,
  _DPCC,
  { [_h]: ["DELETE", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", 204] },
  () => DeleteProvisionedConcurrencyConfigRequest$,
  () => __Unit
];
var DeleteResourcePolicy$ = [
  9,
  n0,
  _DRP,
  { [_h]: ["DELETE", "/2026-07-09/resource-policy/{ResourceArn}", 204] },
  () => DeleteResourcePolicyRequest$,
  () => __Unit
];
var GetAccountSettings$ = [
  9,
  n0,
  _GAS,
  { [_h]: ["GET", "/2016-08-19/account-settings", 200] },
  () => GetAccountSettingsRequest$,
  () => GetAccountSettingsResponse$
];
var GetAlias$ = [
  9,
  n0,
  _GA,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", 200] },
  () => GetAliasRequest$,
  () => AliasConfiguration$
];
var GetCapacityProvider$ = [
  9,
  n0,
  _GCP,
  { [_h]: ["GET", "/2025-11-30/capacity-providers/{CapacityProviderName}", 200] },
  () => GetCapacityProviderRequest$,
  () => GetCapacityProviderResponse$
];
var GetCodeSigningConfig$ = [
  9,
  n0,
  _GCSC,
  { [_h]: ["GET", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", 200] },
  () => GetCodeSigningConfigRequest$,
  () => GetCodeSigningConfigResponse$
];
var GetDurableExecution$ = [
  9,
  n0,
  _GDE,
  { [_h]: ["GET", "/2025-12-01/durable-executions/{DurableExecutionArn}", 200] },
  () => GetDurableExecutionRequest$,
  () => GetDurableExecutionResponse$
];
var GetDurableExecutionHistory$ = [
  9,
  n0,
  _GDEH,
  { [_h]: ["GET", "/2025-12-01/durable-executions/{DurableExecutionArn}/history", 200] },
  () => GetDurableExecutionHistoryRequest$,
  () => GetDurableExecutionHistoryResponse$
];
var GetDurableExecutionState$ = [
  9,
  n0,
  _GDES,
  { [_h]: ["GET", "/2025-12-01/durable-executions/{DurableExecutionArn}/state", 200] },
  () => GetDurableExecutionStateRequest$,
  () => GetDurableExecutionStateResponse$
];
var GetEventSourceMapping$ = [
  9,
  n0,
  _GESM,
  { [_h]: ["GET", "/2015-03-31/event-source-mappings/{UUID}", 200] },
  () => GetEventSourceMappingRequest$,
  () => EventSourceMappingConfiguration$
];
var GetFunction$ = [
  9,
  n0,
  _GF,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}", 200] },
  () => GetFunctionRequest$,
  () => GetFunctionResponse$
];
var GetFunctionCodeSigningConfig$ = [
  9,
  n0,
  _GFCSC,
  { [_h]: ["GET", "/2020-06-30/functions/{FunctionName}/code-signing-config", 200] },
  () => GetFunctionCodeSigningConfigRequest$,
  () => GetFunctionCodeSigningConfigResponse$
];
var GetFunctionConcurrency$ = [
  9,
  n0,
  _GFC,
  { [_h]: ["GET", "/2019-09-30/functions/{FunctionName}/concurrency", 200] },
  () => GetFunctionConcurrencyRequest$,
  () => GetFunctionConcurrencyResponse$
];
var GetFunctionConfiguration$ = [
  9,
  n0,
  _GFCe,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/configuration", 200] },
  () => GetFunctionConfigurationRequest$,
  () => FunctionConfiguration$
];
var GetFunctionEventInvokeConfig$ = [
  9,
  n0,
  _GFEIC,
  { [_h]: ["GET", "/2019-09-25/functions/{FunctionName}/event-invoke-config", 200] },
  () => GetFunctionEventInvokeConfigRequest$,
  () => FunctionEventInvokeConfig$
];
var GetFunctionRecursionConfig$ = [
  9,
  n0,
  _GFRC,
  { [_h]: ["GET", "/2024-08-31/functions/{FunctionName}/recursion-config", 200] },
  () => GetFunctionRecursionConfigRequest$,
  () => GetFunctionRecursionConfigResponse$
];
var GetFunctionScalingConfig$ = [
  9,
  n0,
  _GFSC,
  { [_h]: ["GET", "/2025-11-30/functions/{FunctionName}/function-scaling-config", 200] },
  () => GetFunctionScalingConfigRequest$,
  () => GetFunctionScalingConfigResponse$
];
var GetFunctionUrlConfig$ = [
  9,
  n0,
  _GFUC,
  { [_h]: ["GET", "/2021-10-31/functions/{FunctionName}/url", 200] },
  () => GetFunctionUrlConfigRequest$,
  () => GetFunctionUrlConfigResponse$
];
var GetLayerVersion$ = [
  9,
  n0,
  _GLV,
  { [_h]: ["GET", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", 200] },
  () => GetLayerVersionRequest$,
  () => GetLayerVersionResponse$
];
var GetLayerVersionByArn$ = [
  9,
  n0,
  _GLVBA,
  { [_h]: ["GET", "/2018-10-31/layers?find=LayerVersion", 200] },
  () => GetLayerVersionByArnRequest$,
  () => GetLayerVersionResponse$
];
var GetLayerVersionPolicy$ = [
  9,
  n0,
  _GLVP,
  { [_h]: ["GET", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", 200] },
  () => GetLayerVersionPolicyRequest$,
  () => GetLayerVersionPolicyResponse$
];
var GetPolicy$ = [
  9,
  n0,
  _GP,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/policy", 200] },
  () => GetPolicyRequest$,
  () => GetPolicyResponse$
];
var GetProvisionedConcurrencyConfig$ = [
  9,
  n0,
  _GPCC,
  { [_h]: ["GET", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", 200] },
  () => GetProvisionedConcurrencyConfigRequest$,
  () => GetProvisionedConcurrencyConfigResponse$
];
var GetResourcePolicy$ = [
  9,
  n0,
  _GRP,
  { [_h]: ["GET", "/2026-07-09/resource-policy/{ResourceArn}", 200] },
  () => GetResourcePolicyRequest$,
  () => GetResourcePolicyResponse$
];
var GetRuntimeManagementConfig$ = [
  9,
  n0,
  _GRMC,
  { [_h]: ["GET", "/2021-07-20/functions/{FunctionName}/runtime-management-config", 200] },
  () => GetRuntimeManagementConfigRequest$,
  () => GetRuntimeManagementConfigResponse$
];
var Invoke$ = [
  9,
  n0,
  _In,
  { [_h]: ["POST", "/2015-03-31/functions/{FunctionName}/invocations", 200] },
  () => InvocationRequest$,
  () => InvocationResponse$
];
var InvokeAsync$ = [
  9,
  n0,
  _IAn,
  { [_h]: ["POST", "/2014-11-13/functions/{FunctionName}/invoke-async", 202] },
  () => InvokeAsyncRequest$,
  () => InvokeAsyncResponse$
];
var InvokeWithResponseStream$ = [
  9,
  n0,
  _IWRS,
  { [_h]: ["POST", "/2021-11-15/functions/{FunctionName}/response-streaming-invocations", 200] },
  () => InvokeWithResponseStreamRequest$,
  () => InvokeWithResponseStreamResponse$
];
var ListAliases$ = [
  9,
  n0,
  _LAi,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/aliases", 200] },
  () => ListAliasesRequest$,
  () => ListAliasesResponse$
];
var ListCapacityProviders$ = [
  9,
  n0,
  _LCP,
  { [_h]: ["GET", "/2025-11-30/capacity-providers", 200] },
  () => ListCapacityProvidersRequest$,
  () => ListCapacityProvidersResponse$
];
var ListCodeSigningConfigs$ = [
  9,
  n0,
  _LCSC,
  { [_h]: ["GET", "/2020-04-22/code-signing-configs", 200] },
  () => ListCodeSigningConfigsRequest$,
  () => ListCodeSigningConfigsResponse$
];
var ListDurableExecutionsByFunction$ = [
  9,
  n0,
  _LDEBF,
  { [_h]: ["GET", "/2025-12-01/functions/{FunctionName}/durable-executions", 200] },
  () => ListDurableExecutionsByFunctionRequest$,
  () => ListDurableExecutionsByFunctionResponse$
];
var ListEventSourceMappings$ = [
  9,
  n0,
  _LESM,
  { [_h]: ["GET", "/2015-03-31/event-source-mappings", 200] },
  () => ListEventSourceMappingsRequest$,
  () => ListEventSourceMappingsResponse$
];
var ListFunctionEventInvokeConfigs$ = [
  9,
  n0,
  _LFEIC,
  { [_h]: ["GET", "/2019-09-25/functions/{FunctionName}/event-invoke-config/list", 200] },
  () => ListFunctionEventInvokeConfigsRequest$,
  () => ListFunctionEventInvokeConfigsResponse$
];
var ListFunctions$ = [
  9,
  n0,
  _LFi,
  { [_h]: ["GET", "/2015-03-31/functions", 200] },
  () => ListFunctionsRequest$,
  () => ListFunctionsResponse$
];
var ListFunctionsByCodeSigningConfig$ = [
  9,
  n0,
  _LFBCSC,
  { [_h]: ["GET", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}/functions", 200] },
  () => ListFunctionsByCodeSigningConfigRequest$,
  () => ListFunctionsByCodeSigningConfigResponse$
];
var ListFunctionUrlConfigs$ = [
  9,
  n0,
  _LFUC,
  { [_h]: ["GET", "/2021-10-31/functions/{FunctionName}/urls", 200] },
  () => ListFunctionUrlConfigsRequest$,
  () => ListFunctionUrlConfigsResponse$
];
var ListFunctionVersionsByCapacityProvider$ = [
  9,
  n0,
  _LFVBCP,
  { [_h]: ["GET", "/2025-11-30/capacity-providers/{CapacityProviderName}/function-versions", 200] },
  () => ListFunctionVersionsByCapacityProviderRequest$,
  () => ListFunctionVersionsByCapacityProviderResponse$
];
var ListLayers$ = [
  9,
  n0,
  _LLi,
  { [_h]: ["GET", "/2018-10-31/layers", 200] },
  () => ListLayersRequest$,
  () => ListLayersResponse$
];
var ListLayerVersions$ = [
  9,
  n0,
  _LLV,
  { [_h]: ["GET", "/2018-10-31/layers/{LayerName}/versions", 200] },
  () => ListLayerVersionsRequest$,
  () => ListLayerVersionsResponse$
];
var ListProvisionedConcurrencyConfigs$ = [
  9,
  n0,
  _LPCC,
  { [_h]: ["GET", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL", 200] },
  () => ListProvisionedConcurrencyConfigsRequest$,
  () => ListProvisionedConcurrencyConfigsResponse$
];
var ListTags$ = [
  9,
  n0,
  _LTi,
  { [_h]: ["GET", "/2017-03-31/tags/{Resource}", 200] },
  () => ListTagsRequest$,
  () => ListTagsResponse$
];
var ListVersionsByFunction$ = [
  9,
  n0,
  _LVBF,
  { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/versions", 200] },
  () => ListVersionsByFunctionRequest$,
  () => ListVersionsByFunctionResponse$
];
var PublishLayerVersion$ = [
  9,
  n0,
  _PLV,
  { [_h]: ["POST", "/2018-10-31/layers/{LayerName}/versions", 201] },
  () => PublishLayerVersionRequest$,
  () => PublishLayerVersionResponse$
];
var PublishVersion$ = [
  9,
  n0,
  _PV,
  { [_h]: ["POST", "/2015-03-31/functions/{FunctionName}/versions", 201] },
  () => PublishVersionRequest$,
  () => FunctionConfiguration$
];
var PutFunctionCodeSigningConfig$ = [
  9,
  n0,
  _PFCSC,
  { [_h]: ["PUT", "/2020-06-30/functions/{FunctionName}/code-signing-config", 200] },
  () => PutFunctionCodeSigningConfigRequest$,
  () => PutFunctionCodeSigningConfigResponse$
];
var PutFunctionConcurrency$ = [
  9,
  n0,
  _PFC,
  { [_h]: ["PUT", "/2017-10-31/functions/{FunctionName}/concurrency", 200] },
  () => PutFunctionConcurrencyRequest$,
  () => Concurrency$
];
var PutFunctionEventInvokeConfig$ = [
  9,
  n0,
  _PFEIC,
  { [_h]: ["PUT", "/2019-09-25/functions/{FunctionName}/event-invoke-config", 200] },
  () => PutFunctionEventInvokeConfigRequest$,
  () => FunctionEventInvokeConfig$
];
var PutFunctionRecursionConfig$ = [
  9,
  n0,
  _PFRC,
  { [_h]: ["PUT", "/2024-08-31/functions/{FunctionName}/recursion-config", 200] },
  () => PutFunctionRecursionConfigRequest$,
  () => PutFunctionRecursionConfigResponse$
];
var PutFunctionScalingConfig$ = [
  9,
  n0,
  _PFSC,
  { [_h]: ["PUT", "/2025-11-30/functions/{FunctionName}/function-scaling-config", 202] },
  () => PutFunctionScalingConfigRequest$,
  () => PutFunctionScalingConfigResponse$
];
var PutProvisionedConcurrencyConfig$ = [
  9,
  n0,
  _PPCC,
  { [_h]: ["PUT", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", 202] },
  () => PutProvisionedConcurrencyConfigRequest$,
  () => PutProvisionedConcurrencyConfigResponse$
];
var PutResourcePolicy$ = [
  9,
  n0,
  _PRP,
  { [_h]: ["PUT", "/2026-07-09/resource-policy/{ResourceArn}", 200] },
  () => PutResourcePolicyRequest$,
  () => PutResourcePolicyResponse$
];
var PutRuntimeManagementConfig$ = [
  9,
  n0,
  _PRMC,
  { [_h]: ["PUT", "/2021-07-20/functions/{FunctionName}/runtime-management-config", 200] },
  () => PutRuntimeManagementConfigRequest$,
  () => PutRuntimeManagementConfigResponse$
];
var RemoveLayerVersionPermission$ = [
  9,
  n0,
  _RLVP,
  { [_h]: ["DELETE", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}", 204] },
  () => RemoveLayerVersionPermissionRequest$,
  () => __Unit
];
var RemovePermission$ = [
  9,
  n0,
  _RP,
  { [_h]: ["DELETE", "/2015-03-31/functions/{FunctionName}/policy/{StatementId}", 204] },
  () => RemovePermissionRequest$,
  () => __Unit
];
var SendDurableExecutionCallbackFailure$ = [
  9,
  n0,
  _SDECF,
  { [_h]: ["POST", "/2025-12-01/durable-execution-callbacks/{CallbackId}/fail", 200] },
  () => SendDurableExecutionCallbackFailureRequest$,
  () => SendDurableExecutionCallbackFailureResponse$
];
var SendDurableExecutionCallbackHeartbeat$ = [
  9,
  n0,
  _SDECH,
  { [_h]: ["POST", "/2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat", 200] },
  () => SendDurableExecutionCallbackHeartbeatRequest$,
  () => SendDurableExecutionCallbackHeartbeatResponse$
];
var SendDurableExecutionCallbackSuccess$ = [
  9,
  n0,
  _SDECS,
  { [_h]: ["POST", "/2025-12-01/durable-execution-callbacks/{CallbackId}/succeed", 200] },
  () => SendDurableExecutionCallbackSuccessRequest$,
  () => SendDurableExecutionCallbackSuccessResponse$
];
var StopDurableExecution$ = [
  9,
  n0,
  _SDE,
  { [_h]: ["POST", "/2025-12-01/durable-executions/{DurableExecutionArn}/stop", 200] },
  () => StopDurableExecutionRequest$,
  () => StopDurableExecutionResponse$
];
var TagResource$ = [
  9,
  n0,
  _TR,
  { [_h]: ["POST", "/2017-03-31/tags/{Resource}", 204] },
  () => TagResourceRequest$,
  () => __Unit
];
var UntagResource$ = [
  9,
  n0,
  _UR,
  { [_h]: ["DELETE", "/2017-03-31/tags/{Resource}", 204] },
  () => UntagResourceRequest$,
  () => __Unit
];
var UpdateAlias$ = [
  9,
  n0,
  _UA,
  { [_h]: ["PUT", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", 200] },
  () => UpdateAliasRequest$,
  () => AliasConfiguration$
];
var UpdateCapacityProvider$ = [
  9,
  n0,
  _UCP,
  { [_h]: ["PUT", "/2025-11-30/capacity-providers/{CapacityProviderName}", 202] },
  () => UpdateCapacityProviderRequest$,
  () => UpdateCapacityProviderResponse$
];
var UpdateCodeSigningConfig$ = [
  9,
  n0,
  _UCSC,
  { [_h]: ["PUT", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", 200] },
  () => UpdateCodeSigningConfigRequest$,
  () => UpdateCodeSigningConfigResponse$
];
var UpdateEventSourceMapping$ = [
  9,
  n0,
  _UESM,
  { [_h]: ["PUT", "/2015-03-31/event-source-mappings/{UUID}", 202] },
  () => UpdateEventSourceMappingRequest$,
  () => EventSourceMappingConfiguration$
];
var UpdateFunctionCode$ = [
  9,
  n0,
  _UFC,
  { [_h]: ["PUT", "/2015-03-31/functions/{FunctionName}/code", 200] },
  () => UpdateFunctionCodeRequest$,
  () => FunctionConfiguration$
];
var UpdateFunctionConfiguration$ = [
  9,
  n0,
  _UFCp,
  { [_h]: ["PUT", "/2015-03-31/functions/{FunctionName}/configuration", 200] },
  () => UpdateFunctionConfigurationRequest$,
  () => FunctionConfiguration$
];
var UpdateFunctionEventInvokeConfig$ = [
  9,
  n0,
  _UFEIC,
  { [_h]: ["POST", "/2019-09-25/functions/{FunctionName}/event-invoke-config", 200] },
  () => UpdateFunctionEventInvokeConfigRequest$,
  () => FunctionEventInvokeConfig$
];
var UpdateFunctionUrlConfig$ = [
  9,
  n0,
  _UFUC,
  { [_h]: ["PUT", "/2021-10-31/functions/{FunctionName}/url", 200] },
  () => UpdateFunctionUrlConfigRequest$,
  () => UpdateFunctionUrlConfigResponse$
];

// node_modules/@aws-sdk/client-lambda/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2015-03-31",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultLambdaHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsRestJsonProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.lambda",
      errorTypeRegistries,
      version: "2015-03-31",
      serviceTarget: "AWSGirApiService"
    },
    serviceId: config?.serviceId ?? "Lambda",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-lambda/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    eventStreamSerdeProvider: config?.eventStreamSerdeProvider ?? eventStreamSerdeProvider,
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-lambda/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-lambda/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-lambda/dist-es/LambdaClient.js
var LambdaClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveEventStreamSerdeConfig(_config_6);
    const _config_8 = resolveHttpAuthSchemeConfig(_config_7);
    const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
    this.config = _config_9;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultLambdaHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/constants.js
var RequestChecksumCalculation = {
  WHEN_SUPPORTED: "WHEN_SUPPORTED",
  WHEN_REQUIRED: "WHEN_REQUIRED"
};
var DEFAULT_REQUEST_CHECKSUM_CALCULATION = RequestChecksumCalculation.WHEN_SUPPORTED;
var ResponseChecksumValidation = {
  WHEN_SUPPORTED: "WHEN_SUPPORTED",
  WHEN_REQUIRED: "WHEN_REQUIRED"
};
var DEFAULT_RESPONSE_CHECKSUM_VALIDATION = RequestChecksumCalculation.WHEN_SUPPORTED;
var ChecksumAlgorithm;
(function(ChecksumAlgorithm2) {
  ChecksumAlgorithm2["MD5"] = "MD5";
  ChecksumAlgorithm2["CRC32"] = "CRC32";
  ChecksumAlgorithm2["CRC32C"] = "CRC32C";
  ChecksumAlgorithm2["CRC64NVME"] = "CRC64NVME";
  ChecksumAlgorithm2["SHA1"] = "SHA1";
  ChecksumAlgorithm2["SHA256"] = "SHA256";
})(ChecksumAlgorithm || (ChecksumAlgorithm = {}));
var ChecksumLocation;
(function(ChecksumLocation2) {
  ChecksumLocation2["HEADER"] = "header";
  ChecksumLocation2["TRAILER"] = "trailer";
})(ChecksumLocation || (ChecksumLocation = {}));
var DEFAULT_CHECKSUM_ALGORITHM = ChecksumAlgorithm.CRC32;

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/stringUnionSelector.js
var SelectorType2;
(function(SelectorType3) {
  SelectorType3["ENV"] = "env";
  SelectorType3["CONFIG"] = "shared config entry";
})(SelectorType2 || (SelectorType2 = {}));
var stringUnionSelector = (obj, key, union, type) => {
  if (!(key in obj)) {
    return void 0;
  }
  const value = obj[key].toUpperCase();
  if (!Object.values(union).includes(value)) {
    throw new TypeError(`Cannot load ${type} '${key}'. Expected one of ${Object.values(union)}, got '${obj[key]}'.`);
  }
  return value;
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/NODE_REQUEST_CHECKSUM_CALCULATION_CONFIG_OPTIONS.js
var ENV_REQUEST_CHECKSUM_CALCULATION = "AWS_REQUEST_CHECKSUM_CALCULATION";
var CONFIG_REQUEST_CHECKSUM_CALCULATION = "request_checksum_calculation";
var NODE_REQUEST_CHECKSUM_CALCULATION_CONFIG_OPTIONS = {
  environmentVariableSelector: (env) => stringUnionSelector(env, ENV_REQUEST_CHECKSUM_CALCULATION, RequestChecksumCalculation, SelectorType2.ENV),
  configFileSelector: (profile) => stringUnionSelector(profile, CONFIG_REQUEST_CHECKSUM_CALCULATION, RequestChecksumCalculation, SelectorType2.CONFIG),
  default: DEFAULT_REQUEST_CHECKSUM_CALCULATION
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/NODE_RESPONSE_CHECKSUM_VALIDATION_CONFIG_OPTIONS.js
var ENV_RESPONSE_CHECKSUM_VALIDATION = "AWS_RESPONSE_CHECKSUM_VALIDATION";
var CONFIG_RESPONSE_CHECKSUM_VALIDATION = "response_checksum_validation";
var NODE_RESPONSE_CHECKSUM_VALIDATION_CONFIG_OPTIONS = {
  environmentVariableSelector: (env) => stringUnionSelector(env, ENV_RESPONSE_CHECKSUM_VALIDATION, ResponseChecksumValidation, SelectorType2.ENV),
  configFileSelector: (profile) => stringUnionSelector(profile, CONFIG_RESPONSE_CHECKSUM_VALIDATION, ResponseChecksumValidation, SelectorType2.CONFIG),
  default: DEFAULT_RESPONSE_CHECKSUM_VALIDATION
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/getChecksumAlgorithmForRequest.js
var getChecksumAlgorithmForRequest = (input, { requestChecksumRequired, requestAlgorithmMember, requestChecksumCalculation }) => {
  if (!requestAlgorithmMember) {
    return requestChecksumCalculation === RequestChecksumCalculation.WHEN_SUPPORTED || requestChecksumRequired ? DEFAULT_CHECKSUM_ALGORITHM : void 0;
  }
  if (!input[requestAlgorithmMember]) {
    return void 0;
  }
  const checksumAlgorithm = input[requestAlgorithmMember];
  return checksumAlgorithm;
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/getChecksumLocationName.js
var getChecksumLocationName = (algorithm) => algorithm === ChecksumAlgorithm.MD5 ? "content-md5" : `x-amz-checksum-${algorithm.toLowerCase()}`;

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/hasHeader.js
var hasHeader = (header, headers) => {
  const soughtHeader = header.toLowerCase();
  for (const headerName of Object.keys(headers)) {
    if (soughtHeader === headerName.toLowerCase()) {
      return true;
    }
  }
  return false;
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/hasHeaderWithPrefix.js
var hasHeaderWithPrefix = (headerPrefix, headers) => {
  const soughtHeaderPrefix = headerPrefix.toLowerCase();
  for (const headerName of Object.keys(headers)) {
    if (headerName.toLowerCase().startsWith(soughtHeaderPrefix)) {
      return true;
    }
  }
  return false;
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/isStreaming.js
var isStreaming = (body) => body !== void 0 && typeof body !== "string" && !ArrayBuffer.isView(body) && !isArrayBuffer(body);

// node_modules/@aws-sdk/checksums/dist-es/submodules/crc/crc32c/Crc32cJs.js
var T = new Uint32Array(256);
for (let i4 = 0; i4 < 256; ++i4) {
  let c4 = i4;
  for (let j4 = 0; j4 < 8; ++j4) {
    c4 = c4 & 1 ? 2197175160 ^ c4 >>> 1 : c4 >>> 1;
  }
  T[i4] = c4 >>> 0;
}
var Crc32cJs = class {
  digestLength = 4;
  crc = 4294967295;
  update(data) {
    let crc = this.crc;
    for (let i4 = 0; i4 < data.length; ++i4) {
      crc = crc >>> 8 ^ T[(crc ^ data[i4]) & 255];
    }
    this.crc = crc;
  }
  async digest() {
    const value = (this.crc ^ 4294967295) >>> 0;
    const out = new Uint8Array(4);
    out[0] = value >>> 24;
    out[1] = value >>> 16 & 255;
    out[2] = value >>> 8 & 255;
    out[3] = value & 255;
    return out;
  }
  reset() {
    this.crc = 4294967295;
  }
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/crc/crc32c/Crc32cNode.js
var Crc32cNode = Crc32cJs;

// node_modules/@aws-sdk/checksums/dist-es/submodules/crc/crc64-nvme/crc64-nvme-crt-container.js
var crc64NvmeCrtContainer = {
  CrtCrc64Nvme: null
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/crc/crc64-nvme/Crc64NvmeJs.js
var generateCRC64NVMETable = () => {
  const sliceLength = 8;
  const tables = new Array(sliceLength);
  for (let slice = 0; slice < sliceLength; slice++) {
    const table = new Array(512);
    for (let i4 = 0; i4 < 256; i4++) {
      let crc = BigInt(i4);
      for (let j4 = 0; j4 < 8 * (slice + 1); j4++) {
        if (crc & 1n) {
          crc = crc >> 1n ^ 0x9a6c9329ac4bc9b5n;
        } else {
          crc = crc >> 1n;
        }
      }
      table[i4 * 2] = Number(crc >> 32n & 0xffffffffn);
      table[i4 * 2 + 1] = Number(crc & 0xffffffffn);
    }
    tables[slice] = new Uint32Array(table);
  }
  return tables;
};
var CRC64_NVME_REVERSED_TABLE;
var t0;
var t1;
var t2;
var t3;
var t4;
var t5;
var t6;
var t7;
var ensureTablesInitialized = () => {
  if (!CRC64_NVME_REVERSED_TABLE) {
    CRC64_NVME_REVERSED_TABLE = generateCRC64NVMETable();
    [t0, t1, t2, t3, t4, t5, t6, t7] = CRC64_NVME_REVERSED_TABLE;
  }
};
var Crc64NvmeJs = class {
  c1 = 0;
  c2 = 0;
  constructor() {
    ensureTablesInitialized();
    this.reset();
  }
  update(data) {
    const len = data.length;
    let i4 = 0;
    let crc1 = this.c1;
    let crc2 = this.c2;
    while (i4 + 8 <= len) {
      const idx0 = ((crc2 ^ data[i4++]) & 255) << 1;
      const idx1 = ((crc2 >>> 8 ^ data[i4++]) & 255) << 1;
      const idx2 = ((crc2 >>> 16 ^ data[i4++]) & 255) << 1;
      const idx3 = ((crc2 >>> 24 ^ data[i4++]) & 255) << 1;
      const idx4 = ((crc1 ^ data[i4++]) & 255) << 1;
      const idx5 = ((crc1 >>> 8 ^ data[i4++]) & 255) << 1;
      const idx6 = ((crc1 >>> 16 ^ data[i4++]) & 255) << 1;
      const idx7 = ((crc1 >>> 24 ^ data[i4++]) & 255) << 1;
      crc1 = t7[idx0] ^ t6[idx1] ^ t5[idx2] ^ t4[idx3] ^ t3[idx4] ^ t2[idx5] ^ t1[idx6] ^ t0[idx7];
      crc2 = t7[idx0 + 1] ^ t6[idx1 + 1] ^ t5[idx2 + 1] ^ t4[idx3 + 1] ^ t3[idx4 + 1] ^ t2[idx5 + 1] ^ t1[idx6 + 1] ^ t0[idx7 + 1];
    }
    while (i4 < len) {
      const idx = ((crc2 ^ data[i4]) & 255) << 1;
      crc2 = (crc2 >>> 8 | (crc1 & 255) << 24) >>> 0;
      crc1 = crc1 >>> 8 ^ t0[idx];
      crc2 ^= t0[idx + 1];
      ++i4;
    }
    this.c1 = crc1;
    this.c2 = crc2;
  }
  async digest() {
    const c1 = this.c1 ^ 4294967295;
    const c22 = this.c2 ^ 4294967295;
    return new Uint8Array([
      c1 >>> 24,
      c1 >>> 16 & 255,
      c1 >>> 8 & 255,
      c1 & 255,
      c22 >>> 24,
      c22 >>> 16 & 255,
      c22 >>> 8 & 255,
      c22 & 255
    ]);
  }
  reset() {
    this.c1 = 4294967295;
    this.c2 = 4294967295;
  }
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/crc/crc64-nvme/Crc64Nvme.js
var Crc64Nvme = class {
  impl;
  constructor() {
    const Crt = crc64NvmeCrtContainer.CrtCrc64Nvme;
    this.impl = Crt ? new Crt() : new Crc64NvmeJs();
  }
  update(data) {
    this.impl.update(data);
  }
  async digest() {
    return this.impl.digest();
  }
  reset() {
    this.impl.reset();
  }
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/types.js
var CLIENT_SUPPORTED_ALGORITHMS = [
  ChecksumAlgorithm.CRC32,
  ChecksumAlgorithm.CRC32C,
  ChecksumAlgorithm.CRC64NVME,
  ChecksumAlgorithm.SHA1,
  ChecksumAlgorithm.SHA256
];
var PRIORITY_ORDER_ALGORITHMS = [
  ChecksumAlgorithm.SHA256,
  ChecksumAlgorithm.SHA1,
  ChecksumAlgorithm.CRC32,
  ChecksumAlgorithm.CRC32C,
  ChecksumAlgorithm.CRC64NVME
];

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/selectChecksumAlgorithmFunction.js
var selectChecksumAlgorithmFunction = (checksumAlgorithm, config) => {
  const { checksumAlgorithms = {} } = config;
  switch (checksumAlgorithm) {
    case ChecksumAlgorithm.MD5:
      return checksumAlgorithms?.MD5 ?? config.md5;
    case ChecksumAlgorithm.CRC32:
      return checksumAlgorithms?.CRC32 ?? Crc32Node;
    case ChecksumAlgorithm.CRC32C:
      return checksumAlgorithms?.CRC32C ?? Crc32cNode;
    case ChecksumAlgorithm.CRC64NVME:
      return checksumAlgorithms?.CRC64NVME ?? Crc64Nvme;
    case ChecksumAlgorithm.SHA1:
      return checksumAlgorithms?.SHA1 ?? config.sha1;
    case ChecksumAlgorithm.SHA256:
      return checksumAlgorithms?.SHA256 ?? config.sha256;
    default:
      if (checksumAlgorithms?.[checksumAlgorithm]) {
        return checksumAlgorithms[checksumAlgorithm];
      }
      throw new Error(`The checksum algorithm "${checksumAlgorithm}" is not supported by the client. Select one of ${CLIENT_SUPPORTED_ALGORITHMS}, or provide an implementation to  the client constructor checksums field.`);
  }
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/stringHasher.js
var stringHasher = (checksumAlgorithmFn, body) => {
  const hash = new checksumAlgorithmFn();
  hash.update(toUint8Array(body || ""));
  return hash.digest();
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/flexibleChecksumsMiddleware.js
var flexibleChecksumsMiddlewareOptions = {
  name: "flexibleChecksumsMiddleware",
  step: "build",
  tags: ["BODY_CHECKSUM"],
  override: true
};
var flexibleChecksumsMiddleware = (config, middlewareConfig) => (next, context) => async (args) => {
  if (!HttpRequest.isInstance(args.request)) {
    return next(args);
  }
  if (hasHeaderWithPrefix("x-amz-checksum-", args.request.headers)) {
    return next(args);
  }
  const { request, input } = args;
  const { body: requestBody, headers } = request;
  const { base64Encoder, streamHasher } = config;
  const { requestChecksumRequired, requestAlgorithmMember } = middlewareConfig;
  const requestChecksumCalculation = await config.requestChecksumCalculation();
  const requestAlgorithmMemberName = requestAlgorithmMember?.name;
  const requestAlgorithmMemberHttpHeader = requestAlgorithmMember?.httpHeader;
  if (requestAlgorithmMemberName && !input[requestAlgorithmMemberName]) {
    if (requestChecksumCalculation === RequestChecksumCalculation.WHEN_SUPPORTED || requestChecksumRequired) {
      input[requestAlgorithmMemberName] = DEFAULT_CHECKSUM_ALGORITHM;
      if (requestAlgorithmMemberHttpHeader) {
        headers[requestAlgorithmMemberHttpHeader] = DEFAULT_CHECKSUM_ALGORITHM;
      }
    }
  }
  const checksumAlgorithm = getChecksumAlgorithmForRequest(input, {
    requestChecksumRequired,
    requestAlgorithmMember: requestAlgorithmMember?.name,
    requestChecksumCalculation
  });
  let updatedBody = requestBody;
  let updatedHeaders = headers;
  if (checksumAlgorithm) {
    switch (checksumAlgorithm) {
      case ChecksumAlgorithm.CRC32:
        setFeature(context, "FLEXIBLE_CHECKSUMS_REQ_CRC32", "U");
        break;
      case ChecksumAlgorithm.CRC32C:
        setFeature(context, "FLEXIBLE_CHECKSUMS_REQ_CRC32C", "V");
        break;
      case ChecksumAlgorithm.CRC64NVME:
        setFeature(context, "FLEXIBLE_CHECKSUMS_REQ_CRC64", "W");
        break;
      case ChecksumAlgorithm.SHA1:
        setFeature(context, "FLEXIBLE_CHECKSUMS_REQ_SHA1", "X");
        break;
      case ChecksumAlgorithm.SHA256:
        setFeature(context, "FLEXIBLE_CHECKSUMS_REQ_SHA256", "Y");
        break;
    }
    const checksumLocationName = getChecksumLocationName(checksumAlgorithm);
    const checksumAlgorithmFn = selectChecksumAlgorithmFunction(checksumAlgorithm, config);
    if (isStreaming(requestBody)) {
      const { getAwsChunkedEncodingStream: getAwsChunkedEncodingStream2, bodyLengthChecker } = config;
      updatedBody = getAwsChunkedEncodingStream2(typeof config.requestStreamBufferSize === "number" && config.requestStreamBufferSize >= 8 * 1024 ? createBufferedReadable(requestBody, config.requestStreamBufferSize, context.logger) : requestBody, {
        base64Encoder,
        bodyLengthChecker,
        checksumLocationName,
        checksumAlgorithmFn,
        streamHasher
      });
      updatedHeaders = {
        ...headers,
        "content-encoding": headers["content-encoding"] ? `${headers["content-encoding"]},aws-chunked` : "aws-chunked",
        "transfer-encoding": "chunked",
        "x-amz-decoded-content-length": headers["content-length"],
        "x-amz-content-sha256": "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
        "x-amz-trailer": checksumLocationName
      };
      delete updatedHeaders["content-length"];
    } else if (!hasHeader(checksumLocationName, headers)) {
      const rawChecksum = await stringHasher(checksumAlgorithmFn, requestBody);
      updatedHeaders = {
        ...headers,
        [checksumLocationName]: base64Encoder(rawChecksum)
      };
    }
  }
  try {
    const result = await next({
      ...args,
      request: {
        ...request,
        headers: updatedHeaders,
        body: updatedBody
      }
    });
    return result;
  } catch (e4) {
    if (e4 instanceof Error && e4.name === "InvalidChunkSizeError") {
      try {
        if (!e4.message.endsWith(".")) {
          e4.message += ".";
        }
        e4.message += " Set [requestStreamBufferSize=number e.g. 65_536] in client constructor to instruct AWS SDK to buffer your input stream.";
      } catch (ignored) {
      }
    }
    throw e4;
  }
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/flexibleChecksumsInputMiddleware.js
var flexibleChecksumsInputMiddlewareOptions = {
  name: "flexibleChecksumsInputMiddleware",
  toMiddleware: "serializerMiddleware",
  relation: "before",
  tags: ["BODY_CHECKSUM"],
  override: true
};
var flexibleChecksumsInputMiddleware = (config, middlewareConfig) => (next, context) => async (args) => {
  const input = args.input;
  const { requestValidationModeMember } = middlewareConfig;
  const requestChecksumCalculation = await config.requestChecksumCalculation();
  const responseChecksumValidation = await config.responseChecksumValidation();
  switch (requestChecksumCalculation) {
    case RequestChecksumCalculation.WHEN_REQUIRED:
      setFeature(context, "FLEXIBLE_CHECKSUMS_REQ_WHEN_REQUIRED", "a");
      break;
    case RequestChecksumCalculation.WHEN_SUPPORTED:
      setFeature(context, "FLEXIBLE_CHECKSUMS_REQ_WHEN_SUPPORTED", "Z");
      break;
  }
  switch (responseChecksumValidation) {
    case ResponseChecksumValidation.WHEN_REQUIRED:
      setFeature(context, "FLEXIBLE_CHECKSUMS_RES_WHEN_REQUIRED", "c");
      break;
    case ResponseChecksumValidation.WHEN_SUPPORTED:
      setFeature(context, "FLEXIBLE_CHECKSUMS_RES_WHEN_SUPPORTED", "b");
      break;
  }
  if (requestValidationModeMember && !input[requestValidationModeMember]) {
    if (responseChecksumValidation === ResponseChecksumValidation.WHEN_SUPPORTED) {
      input[requestValidationModeMember] = "ENABLED";
    }
  }
  return next(args);
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/getChecksumAlgorithmListForResponse.js
var getChecksumAlgorithmListForResponse = (responseAlgorithms = []) => {
  const validChecksumAlgorithms = [];
  let i4 = PRIORITY_ORDER_ALGORITHMS.length;
  for (const algorithm of responseAlgorithms) {
    const priority = PRIORITY_ORDER_ALGORITHMS.indexOf(algorithm);
    if (priority !== -1) {
      validChecksumAlgorithms[priority] = algorithm;
    } else {
      validChecksumAlgorithms[i4++] = algorithm;
    }
  }
  return validChecksumAlgorithms.filter(Boolean);
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/isChecksumWithPartNumber.js
var isChecksumWithPartNumber = (checksum) => {
  const lastHyphenIndex = checksum.lastIndexOf("-");
  if (lastHyphenIndex !== -1) {
    const numberPart = checksum.slice(lastHyphenIndex + 1);
    if (!numberPart.startsWith("0")) {
      const number = parseInt(numberPart, 10);
      if (!isNaN(number) && number >= 1 && number <= 1e4) {
        return true;
      }
    }
  }
  return false;
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/getChecksum.js
var getChecksum = async (body, { checksumAlgorithmFn, base64Encoder }) => base64Encoder(await stringHasher(checksumAlgorithmFn, body));

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/validateChecksumFromResponse.js
var validateChecksumFromResponse = async (response, { config, responseAlgorithms, logger }) => {
  const checksumAlgorithms = getChecksumAlgorithmListForResponse(responseAlgorithms);
  const { body: responseBody, headers: responseHeaders } = response;
  for (const algorithm of checksumAlgorithms) {
    const responseHeader = getChecksumLocationName(algorithm);
    const checksumFromResponse = responseHeaders[responseHeader];
    if (checksumFromResponse) {
      let checksumAlgorithmFn;
      try {
        checksumAlgorithmFn = selectChecksumAlgorithmFunction(algorithm, config);
      } catch (error) {
        if (algorithm === ChecksumAlgorithm.CRC64NVME) {
          logger?.warn(`Skipping ${ChecksumAlgorithm.CRC64NVME} checksum validation: ${error.message}`);
          continue;
        }
        throw error;
      }
      const { base64Encoder } = config;
      if (isStreaming(responseBody)) {
        response.body = createChecksumStream({
          expectedChecksum: checksumFromResponse,
          checksumSourceLocation: responseHeader,
          checksum: new checksumAlgorithmFn(),
          source: responseBody,
          base64Encoder
        });
        return;
      }
      const checksum = await getChecksum(responseBody, { checksumAlgorithmFn, base64Encoder });
      if (checksum === checksumFromResponse) {
        break;
      }
      throw new Error(`Checksum mismatch: expected "${checksum}" but received "${checksumFromResponse}" in response header "${responseHeader}".`);
    }
  }
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/flexibleChecksumsResponseMiddleware.js
var flexibleChecksumsResponseMiddlewareOptions = {
  name: "flexibleChecksumsResponseMiddleware",
  toMiddleware: "deserializerMiddleware",
  relation: "after",
  tags: ["BODY_CHECKSUM"],
  override: true
};
var flexibleChecksumsResponseMiddleware = (config, middlewareConfig) => (next, context) => async (args) => {
  if (!HttpRequest.isInstance(args.request)) {
    return next(args);
  }
  const input = args.input;
  const result = await next(args);
  const response = result.response;
  const { requestValidationModeMember, responseAlgorithms } = middlewareConfig;
  if (requestValidationModeMember && input[requestValidationModeMember] === "ENABLED") {
    const { clientName, commandName } = context;
    const customChecksumAlgorithms = Object.keys(config.checksumAlgorithms ?? {}).filter((algorithm) => {
      const responseHeader = getChecksumLocationName(algorithm);
      return response.headers[responseHeader] !== void 0;
    });
    const algoList = getChecksumAlgorithmListForResponse([
      ...responseAlgorithms ?? [],
      ...customChecksumAlgorithms
    ]);
    const isS3WholeObjectMultipartGetResponseChecksum = clientName === "S3Client" && commandName === "GetObjectCommand" && algoList.every((algorithm) => {
      const responseHeader = getChecksumLocationName(algorithm);
      const checksumFromResponse = response.headers[responseHeader];
      return !checksumFromResponse || isChecksumWithPartNumber(checksumFromResponse);
    });
    if (isS3WholeObjectMultipartGetResponseChecksum) {
      return result;
    }
    await validateChecksumFromResponse(response, {
      config,
      responseAlgorithms: algoList,
      logger: context.logger
    });
  }
  return result;
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/getFlexibleChecksumsPlugin.js
var getFlexibleChecksumsPlugin = (config, middlewareConfig) => ({
  applyToStack: (clientStack) => {
    clientStack.add(flexibleChecksumsMiddleware(config, middlewareConfig), flexibleChecksumsMiddlewareOptions);
    clientStack.addRelativeTo(flexibleChecksumsInputMiddleware(config, middlewareConfig), flexibleChecksumsInputMiddlewareOptions);
    clientStack.addRelativeTo(flexibleChecksumsResponseMiddleware(config, middlewareConfig), flexibleChecksumsResponseMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/checksums/dist-es/submodules/flexible-checksums/resolveFlexibleChecksumsConfig.js
var resolveFlexibleChecksumsConfig = (input) => {
  const { requestChecksumCalculation, responseChecksumValidation, requestStreamBufferSize } = input;
  return Object.assign(input, {
    requestChecksumCalculation: normalizeProvider(requestChecksumCalculation ?? DEFAULT_REQUEST_CHECKSUM_CALCULATION),
    responseChecksumValidation: normalizeProvider(responseChecksumValidation ?? DEFAULT_RESPONSE_CHECKSUM_VALIDATION),
    requestStreamBufferSize: Number(requestStreamBufferSize ?? 0),
    checksumAlgorithms: input.checksumAlgorithms ?? {}
  });
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-check-content-length-header/check-content-length-header.js
var CONTENT_LENGTH_HEADER = "content-length";
var DECODED_CONTENT_LENGTH_HEADER = "x-amz-decoded-content-length";
function checkContentLengthHeader() {
  return (next, context) => async (args) => {
    const { request } = args;
    if (HttpRequest.isInstance(request)) {
      if (!(CONTENT_LENGTH_HEADER in request.headers) && !(DECODED_CONTENT_LENGTH_HEADER in request.headers)) {
        const message = `Are you using a Stream of unknown length as the Body of a PutObject request? Consider using Upload instead from @aws-sdk/lib-storage.`;
        if (typeof context?.logger?.warn === "function" && !(context.logger instanceof NoOpLogger)) {
          context.logger.warn(message);
        } else {
          console.warn(message);
        }
      }
    }
    return next({ ...args });
  };
}
var checkContentLengthHeaderMiddlewareOptions = {
  step: "finalizeRequest",
  tags: ["CHECK_CONTENT_LENGTH_HEADER"],
  name: "getCheckContentLengthHeaderPlugin",
  override: true
};
var getCheckContentLengthHeaderPlugin = (unused) => ({
  applyToStack: (clientStack) => {
    clientStack.add(checkContentLengthHeader(), checkContentLengthHeaderMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-region-redirect/region-redirect-endpoint-middleware.js
var regionRedirectEndpointMiddleware = (config) => {
  return (next, context) => async (args) => {
    const originalRegion = await config.region();
    const regionProviderRef = config.region;
    let unlock = () => {
    };
    if (context.__s3RegionRedirect) {
      Object.defineProperty(config, "region", {
        writable: false,
        value: async () => {
          return context.__s3RegionRedirect;
        }
      });
      unlock = () => Object.defineProperty(config, "region", {
        writable: true,
        value: regionProviderRef
      });
    }
    try {
      const result = await next(args);
      if (context.__s3RegionRedirect) {
        unlock();
        const region = await config.region();
        if (originalRegion !== region) {
          throw new Error("Region was not restored following S3 region redirect.");
        }
      }
      return result;
    } catch (e4) {
      unlock();
      throw e4;
    }
  };
};
var regionRedirectEndpointMiddlewareOptions = {
  tags: ["REGION_REDIRECT", "S3"],
  name: "regionRedirectEndpointMiddleware",
  override: true,
  relation: "before",
  toMiddleware: "endpointV2Middleware"
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-region-redirect/region-redirect-middleware.js
function regionRedirectMiddleware(clientConfig) {
  return (next, context) => async (args) => {
    try {
      return await next(args);
    } catch (err) {
      if (clientConfig.followRegionRedirects) {
        const statusCode = err?.$metadata?.httpStatusCode;
        const isHeadBucket = context.commandName === "HeadBucketCommand";
        const bucketRegionHeader = err?.$response?.headers?.["x-amz-bucket-region"];
        if (bucketRegionHeader) {
          if (statusCode === 301 || statusCode === 400 && (err?.name === "IllegalLocationConstraintException" || isHeadBucket)) {
            try {
              const actualRegion = bucketRegionHeader;
              context.logger?.debug(`Redirecting from ${await clientConfig.region()} to ${actualRegion}`);
              context.__s3RegionRedirect = actualRegion;
              setFeature(context, "S3_REGION_REDIRECT", "Ah");
            } catch (e4) {
              throw new Error("Region redirect failed: " + e4);
            }
            return next(args);
          }
        }
      }
      throw err;
    }
  };
}
var regionRedirectMiddlewareOptions = {
  step: "initialize",
  tags: ["REGION_REDIRECT", "S3"],
  name: "regionRedirectMiddleware",
  override: true
};
var getRegionRedirectMiddlewarePlugin = (clientConfig) => ({
  applyToStack: (clientStack) => {
    clientStack.add(regionRedirectMiddleware(clientConfig), regionRedirectMiddlewareOptions);
    clientStack.addRelativeTo(regionRedirectEndpointMiddleware(clientConfig), regionRedirectEndpointMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/classes/S3ExpressIdentityCache.js
var S3ExpressIdentityCache = class _S3ExpressIdentityCache {
  data;
  lastPurgeTime = Date.now();
  static EXPIRED_CREDENTIAL_PURGE_INTERVAL_MS = 3e4;
  constructor(data = {}) {
    this.data = data;
  }
  get(key) {
    const entry = this.data[key];
    if (!entry) {
      return;
    }
    return entry;
  }
  set(key, entry) {
    this.data[key] = entry;
    return entry;
  }
  delete(key) {
    delete this.data[key];
  }
  clear() {
    this.data = {};
  }
  async purgeExpired() {
    const now = Date.now();
    if (this.lastPurgeTime + _S3ExpressIdentityCache.EXPIRED_CREDENTIAL_PURGE_INTERVAL_MS > now) {
      return;
    }
    const data = this.data;
    for (const key in data) {
      const entry = data[key];
      if (!entry.isRefreshing) {
        const credential = await entry.identity;
        if (credential.expiration) {
          if (credential.expiration.getTime() < now && data[key] === entry) {
            delete data[key];
          }
        }
      }
    }
  }
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/classes/S3ExpressIdentityCacheEntry.js
var S3ExpressIdentityCacheEntry = class {
  _identity;
  isRefreshing;
  accessed;
  constructor(_identity, isRefreshing = false, accessed = Date.now()) {
    this._identity = _identity;
    this.isRefreshing = isRefreshing;
    this.accessed = accessed;
  }
  get identity() {
    this.accessed = Date.now();
    return this._identity;
  }
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/classes/S3ExpressIdentityProviderImpl.js
var S3ExpressIdentityProviderImpl = class _S3ExpressIdentityProviderImpl {
  createSessionFn;
  cache;
  static REFRESH_WINDOW_MS = 6e4;
  accessKeyId;
  cacheGeneration = 0;
  constructor(createSessionFn, cache4 = new S3ExpressIdentityCache()) {
    this.createSessionFn = createSessionFn;
    this.cache = cache4;
  }
  async getS3ExpressIdentity(awsIdentity, identityProperties) {
    const bucket = identityProperties.Bucket;
    const { cache: cache4 } = this;
    if (awsIdentity.accessKeyId !== this.accessKeyId) {
      this.accessKeyId = awsIdentity.accessKeyId;
      this.cacheGeneration++;
      cache4.clear();
    }
    const cacheGeneration = this.cacheGeneration;
    const entry = cache4.get(bucket);
    if (entry) {
      return entry.identity.then((identity) => {
        const isExpired = (identity.expiration?.getTime() ?? 0) < Date.now();
        if (isExpired) {
          return cache4.set(bucket, new S3ExpressIdentityCacheEntry(this.getIdentity(bucket))).identity;
        }
        const isExpiringSoon = (identity.expiration?.getTime() ?? 0) < Date.now() + _S3ExpressIdentityProviderImpl.REFRESH_WINDOW_MS;
        if (isExpiringSoon && !entry.isRefreshing) {
          entry.isRefreshing = true;
          this.getIdentity(bucket).then((id) => {
            if (cacheGeneration === this.cacheGeneration) {
              cache4.set(bucket, new S3ExpressIdentityCacheEntry(Promise.resolve(id)));
            }
          });
        }
        return identity;
      });
    }
    return cache4.set(bucket, new S3ExpressIdentityCacheEntry(this.getIdentity(bucket))).identity;
  }
  async getIdentity(bucket) {
    await this.cache.purgeExpired().catch((error) => {
      console.warn("Error while clearing expired entries in S3ExpressIdentityCache: \n" + error);
    });
    const session = await this.createSessionFn(bucket);
    if (!session.Credentials?.AccessKeyId || !session.Credentials?.SecretAccessKey) {
      throw new Error("s3#createSession response credential missing AccessKeyId or SecretAccessKey.");
    }
    const identity = {
      accessKeyId: session.Credentials.AccessKeyId,
      secretAccessKey: session.Credentials.SecretAccessKey,
      sessionToken: session.Credentials.SessionToken,
      expiration: session.Credentials.Expiration ? new Date(session.Credentials.Expiration) : void 0
    };
    return identity;
  }
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-configuration/s3Configuration.js
var resolveS3Config = (input, { session }) => {
  const [s3ClientProvider, CreateSessionCommandCtor] = session;
  const { forcePathStyle, useAccelerateEndpoint, disableMultiregionAccessPoints, followRegionRedirects, s3ExpressIdentityProvider, bucketEndpoint, expectContinueHeader } = input;
  return Object.assign(input, {
    forcePathStyle: forcePathStyle ?? false,
    useAccelerateEndpoint: useAccelerateEndpoint ?? false,
    disableMultiregionAccessPoints: disableMultiregionAccessPoints ?? false,
    followRegionRedirects: followRegionRedirects ?? false,
    s3ExpressIdentityProvider: s3ExpressIdentityProvider ?? new S3ExpressIdentityProviderImpl(async (key) => s3ClientProvider().send(new CreateSessionCommandCtor({
      Bucket: key
    }))),
    bucketEndpoint: bucketEndpoint ?? false,
    expectContinueHeader: expectContinueHeader ?? 2097152
  });
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/constants.js
var S3_EXPRESS_BUCKET_TYPE = "Directory";
var S3_EXPRESS_BACKEND = "S3Express";
var S3_EXPRESS_AUTH_SCHEME = "sigv4-s3express";
var SESSION_TOKEN_QUERY_PARAM = "X-Amz-S3session-Token";
var SESSION_TOKEN_HEADER = SESSION_TOKEN_QUERY_PARAM.toLowerCase();
var NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_ENV_NAME = "AWS_S3_DISABLE_EXPRESS_SESSION_AUTH";
var NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_INI_NAME = "s3_disable_express_session_auth";
var NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_OPTIONS = {
  environmentVariableSelector: (env) => booleanSelector(env, NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_ENV_NAME, SelectorType.ENV),
  configFileSelector: (profile) => booleanSelector(profile, NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_INI_NAME, SelectorType.CONFIG),
  default: false
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/functions/s3ExpressMiddleware.js
var s3ExpressMiddleware = (options) => {
  return (next, context) => async (args) => {
    if (context.endpointV2) {
      const endpoint = context.endpointV2;
      const isS3ExpressAuth = endpoint.properties?.authSchemes?.[0]?.name === S3_EXPRESS_AUTH_SCHEME;
      const isS3ExpressBucket = endpoint.properties?.backend === S3_EXPRESS_BACKEND || endpoint.properties?.bucketType === S3_EXPRESS_BUCKET_TYPE;
      if (isS3ExpressBucket) {
        setFeature(context, "S3_EXPRESS_BUCKET", "J");
        context.isS3ExpressBucket = true;
      }
      if (isS3ExpressAuth) {
        const requestBucket = args.input.Bucket;
        if (requestBucket) {
          const s3ExpressIdentity = await options.s3ExpressIdentityProvider.getS3ExpressIdentity(await options.credentials(), {
            Bucket: requestBucket
          });
          context.s3ExpressIdentity = s3ExpressIdentity;
          if (HttpRequest.isInstance(args.request) && s3ExpressIdentity.sessionToken) {
            args.request.headers[SESSION_TOKEN_HEADER] = s3ExpressIdentity.sessionToken;
          }
        }
      }
    }
    return next(args);
  };
};
var s3ExpressMiddlewareOptions = {
  name: "s3ExpressMiddleware",
  step: "build",
  tags: ["S3", "S3_EXPRESS"],
  override: true
};
var getS3ExpressPlugin = (options) => ({
  applyToStack: (clientStack) => {
    clientStack.add(s3ExpressMiddleware(options), s3ExpressMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/functions/signS3Express.js
var signS3Express = async (s3ExpressIdentity, signingOptions, request, sigV4MultiRegionSigner) => {
  const signedRequest = await sigV4MultiRegionSigner.signWithCredentials(request, s3ExpressIdentity, {});
  if (signedRequest.headers["X-Amz-Security-Token"] || signedRequest.headers["x-amz-security-token"]) {
    throw new Error("X-Amz-Security-Token must not be set for s3-express requests.");
  }
  return signedRequest;
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-s3-express/functions/s3ExpressHttpSigningMiddleware.js
var defaultErrorHandler = (signingProperties) => (error) => {
  throw error;
};
var defaultSuccessHandler = (httpResponse, signingProperties) => {
};
var s3ExpressHttpSigningMiddleware = (config) => (next, context) => async (args) => {
  if (!HttpRequest.isInstance(args.request)) {
    return next(args);
  }
  const smithyContext = getSmithyContext(context);
  const scheme = smithyContext.selectedHttpAuthScheme;
  if (!scheme) {
    throw new Error(`No HttpAuthScheme was selected: unable to sign request`);
  }
  const { httpAuthOption: { signingProperties = {} }, identity, signer } = scheme;
  let request;
  if (context.s3ExpressIdentity) {
    request = await signS3Express(context.s3ExpressIdentity, signingProperties, args.request, await config.signer());
  } else {
    request = await signer.sign(args.request, identity, signingProperties);
  }
  const output = await next({
    ...args,
    request
  }).catch((signer.errorHandler || defaultErrorHandler)(signingProperties));
  (signer.successHandler || defaultSuccessHandler)(output.response, signingProperties);
  return output;
};
var getS3ExpressHttpSigningPlugin = (config) => ({
  applyToStack: (clientStack) => {
    clientStack.addRelativeTo(s3ExpressHttpSigningMiddleware(config), httpSigningMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/to-stream/toStream.js
import { Readable } from "node:stream";
function toStream(bytes) {
  return Readable.from(Buffer.from(bytes));
}

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-throw-200-exceptions/throw-200-exceptions.js
var THROW_IF_EMPTY_BODY = {
  CopyObjectCommand: true,
  UploadPartCopyCommand: true,
  CompleteMultipartUploadCommand: true
};
var throw200ExceptionsMiddleware = (config) => (next, context) => async (args) => {
  const result = await next(args);
  const { response } = result;
  if (!HttpResponse.isInstance(response)) {
    return result;
  }
  const { statusCode, body } = response;
  if (statusCode < 200 || statusCode >= 300) {
    return result;
  }
  const bodyBytes = await collectBody(body, config);
  response.body = toStream(bodyBytes);
  if (bodyBytes.length === 0 && THROW_IF_EMPTY_BODY[context.commandName]) {
    const err = new Error("S3 aborted request");
    err.$metadata = {
      httpStatusCode: 503
    };
    err.name = "InternalError";
    throw err;
  }
  const bodyStringTail = config.utf8Encoder(bodyBytes.subarray(bodyBytes.length - 16));
  if (bodyStringTail && bodyStringTail.endsWith("</Error>")) {
    response.statusCode = 503;
  }
  return result;
};
var collectBody = (streamBody = new Uint8Array(), context) => {
  if (streamBody instanceof Uint8Array) {
    return Promise.resolve(streamBody);
  }
  return context.streamCollector(streamBody) || Promise.resolve(new Uint8Array());
};
var throw200ExceptionsMiddlewareOptions = {
  relation: "after",
  toMiddleware: "deserializerMiddleware",
  tags: ["THROW_200_EXCEPTIONS", "S3"],
  name: "throw200ExceptionsMiddleware",
  override: true
};
var getThrow200ExceptionsPlugin = (config) => ({
  applyToStack: (clientStack) => {
    clientStack.addRelativeTo(throw200ExceptionsMiddleware(config), throw200ExceptionsMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/util/util-arn-parser/arn.js
var validate = (str) => typeof str === "string" && str.indexOf("arn:") === 0 && str.split(":").length >= 6;

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-region-redirect/bucket-endpoint-middleware.js
function bucketEndpointMiddleware(options) {
  return (next, context) => async (args) => {
    if (options.bucketEndpoint) {
      const endpoint = context.endpointV2;
      if (endpoint) {
        const bucket = args.input.Bucket;
        if (typeof bucket === "string") {
          try {
            const bucketEndpointUrl = new URL(bucket);
            context.endpointV2 = {
              ...endpoint,
              url: bucketEndpointUrl
            };
          } catch (e4) {
            const warning = `@aws-sdk/middleware-sdk-s3: bucketEndpoint=true was set but Bucket=${bucket} could not be parsed as URL.`;
            if (context.logger?.constructor?.name === "NoOpLogger") {
              console.warn(warning);
            } else {
              context.logger?.warn?.(warning);
            }
            throw e4;
          }
        }
      }
    }
    return next(args);
  };
}
var bucketEndpointMiddlewareOptions = {
  name: "bucketEndpointMiddleware",
  override: true,
  relation: "after",
  toMiddleware: "endpointV2Middleware"
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-validate-bucket-name/validate-bucket-name.js
function validateBucketNameMiddleware({ bucketEndpoint }) {
  return (next) => async (args) => {
    const { input: { Bucket } } = args;
    if (!bucketEndpoint && typeof Bucket === "string" && !validate(Bucket) && Bucket.indexOf("/") >= 0) {
      const err = new Error(`Bucket name shouldn't contain '/', received '${Bucket}'`);
      err.name = "InvalidBucketName";
      throw err;
    }
    return next({ ...args });
  };
}
var validateBucketNameMiddlewareOptions = {
  step: "initialize",
  tags: ["VALIDATE_BUCKET_NAME"],
  name: "validateBucketNameMiddleware",
  override: true
};
var getValidateBucketNamePlugin = (options) => ({
  applyToStack: (clientStack) => {
    clientStack.add(validateBucketNameMiddleware(options), validateBucketNameMiddlewareOptions);
    clientStack.addRelativeTo(bucketEndpointMiddleware(options), bucketEndpointMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/protocol/S3RestXmlProtocol.js
var S3RestXmlProtocol = class extends AwsRestXmlProtocol {
  async serializeRequest(operationSchema, input, context) {
    const request = await super.serializeRequest(operationSchema, input, context);
    const ns = NormalizedSchema.of(operationSchema.input);
    const staticStructureSchema = ns.getSchema();
    let bucketMemberIndex = 0;
    const requiredMemberCount = staticStructureSchema[6] ?? 0;
    if (input && typeof input === "object") {
      for (const [memberName, memberNs] of ns.structIterator()) {
        if (++bucketMemberIndex > requiredMemberCount) {
          break;
        }
        if (memberName === "Bucket") {
          if (!input.Bucket && memberNs.getMergedTraits().httpLabel) {
            throw new Error(`No value provided for input HTTP label: Bucket.`);
          }
          break;
        }
      }
    }
    return request;
  }
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/NodeUseArnRegionConfigOptions.js
var NODE_USE_ARN_REGION_ENV_NAME = "AWS_S3_USE_ARN_REGION";
var NODE_USE_ARN_REGION_INI_NAME = "s3_use_arn_region";
var NODE_USE_ARN_REGION_CONFIG_OPTIONS = {
  environmentVariableSelector: (env) => booleanSelector(env, NODE_USE_ARN_REGION_ENV_NAME, SelectorType.ENV),
  configFileSelector: (profile) => booleanSelector(profile, NODE_USE_ARN_REGION_INI_NAME, SelectorType.CONFIG),
  default: void 0
};

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-expect-continue/middleware-expect-continue.js
function addExpectContinueMiddleware(options) {
  return (next) => async (args) => {
    const { request } = args;
    if (options.expectContinueHeader !== false && HttpRequest.isInstance(request) && request.body && options.runtime === "node" && options.requestHandler?.constructor?.name !== "FetchHttpHandler") {
      let sendHeader = true;
      if (typeof options.expectContinueHeader === "number") {
        try {
          const bodyLength = Number(request.headers?.["content-length"]) ?? options.bodyLengthChecker?.(request.body) ?? Infinity;
          sendHeader = bodyLength >= options.expectContinueHeader;
        } catch (e4) {
        }
      } else {
        sendHeader = !!options.expectContinueHeader;
      }
      if (sendHeader) {
        request.headers.Expect = "100-continue";
      }
    }
    return next({
      ...args,
      request
    });
  };
}
var addExpectContinueMiddlewareOptions = {
  step: "build",
  tags: ["SET_EXPECT_HEADER", "EXPECT_HEADER"],
  name: "addExpectContinueMiddleware",
  override: true
};
var getAddExpectContinuePlugin = (options) => ({
  applyToStack: (clientStack) => {
    clientStack.add(addExpectContinueMiddleware(options), addExpectContinueMiddlewareOptions);
  }
});

// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3/middleware-ssec/middleware-ssec.js
function ssecMiddleware(options) {
  return (next) => async (args) => {
    const input = { ...args.input };
    const properties = [
      {
        target: "SSECustomerKey",
        hash: "SSECustomerKeyMD5"
      },
      {
        target: "CopySourceSSECustomerKey",
        hash: "CopySourceSSECustomerKeyMD5"
      }
    ];
    for (const prop of properties) {
      const value = input[prop.target];
      if (value) {
        let valueForHash;
        if (typeof value === "string") {
          if (isValidBase64EncodedSSECustomerKey(value, options)) {
            valueForHash = options.base64Decoder(value);
          } else {
            valueForHash = options.utf8Decoder(value);
            input[prop.target] = options.base64Encoder(valueForHash);
          }
        } else {
          valueForHash = ArrayBuffer.isView(value) ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : new Uint8Array(value);
          input[prop.target] = options.base64Encoder(valueForHash);
        }
        const hash = new options.md5();
        hash.update(valueForHash);
        input[prop.hash] = options.base64Encoder(await hash.digest());
      }
    }
    return next({
      ...args,
      input
    });
  };
}
var ssecMiddlewareOptions = {
  name: "ssecMiddleware",
  step: "initialize",
  tags: ["SSE"],
  override: true
};
var getSsecPlugin = (config) => ({
  applyToStack: (clientStack) => {
    clientStack.add(ssecMiddleware(config), ssecMiddlewareOptions);
  }
});
function isValidBase64EncodedSSECustomerKey(str, options) {
  const base64Regex = /^(?:[A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
  if (!base64Regex.test(str)) {
    return false;
  }
  try {
    const decodedBytes = options.base64Decoder(str);
    return decodedBytes.length === 32;
  } catch {
    return false;
  }
}

// node_modules/@aws-sdk/client-s3/dist-es/endpoint/bdd.js
var aw = "ref";
var ax = "argv";
var ay = "backend";
var az = "authSchemes";
var aA = "disableDoubleEncoding";
var aB = "signingName";
var aC = "signingRegion";
var aD = "signingRegionSet";
var a2 = -1;
var b2 = true;
var c2 = false;
var d2 = "isSet";
var e2 = "booleanEquals";
var f2 = "stringEquals";
var g2 = "coalesce";
var h2 = "substring";
var i2 = "";
var j2 = "aws.partition";
var k2 = "partitionResult";
var l = "accessPointSuffix";
var m = "regionPrefix";
var n = (n2) => "outpostId_ssa_" + n2 + i2;
var o = "hardwareType";
var p = "ite";
var q = "isValidHostLabel";
var s = "sigv4";
var t = "aws.isVirtualHostableS3Bucket";
var u = "url";
var v = "getAttr";
var w = "bucketArn";
var x = "--";
var y = "arnType";
var z = "accesspoint";
var A = (n2) => "accessPointName_ssa_" + n2 + i2;
var B = "s3-object-lambda";
var C = "s3-outposts";
var D = "bucketPartition";
var E = "us-east-1";
var F = "outpostType";
var G = "name";
var H = "s3";
var I = "{url#scheme}://{Bucket}.{url#authority}{url#path}";
var J = "{url#scheme}://{url#authority}{url#path}";
var K = "{url#scheme}://{url#authority}{url#normalizedPath}{Bucket}";
var L = "https://{Bucket}.s3-accelerate.{partitionResult#dnsSuffix}";
var M = "https://{Bucket}.s3.{partitionResult#dnsSuffix}";
var N = (n2) => "{url#scheme}://{accessPointName_ssa_" + n2 + "}-{bucketArn#accountId}.{url#authority}{url#path}";
var O = (n2) => "Invalid ARN: The access point name may only contain a-z, A-Z, 0-9 and `-`. Found: `{accessPointName_ssa_" + n2 + "}`";
var P = "sigv4a";
var Q = "{url#scheme}://{url#authority}{url#normalizedPath}{uri_encoded_bucket}";
var R = "https://s3.{partitionResult#dnsSuffix}/{uri_encoded_bucket}";
var S = "https://s3.{partitionResult#dnsSuffix}";
var T2 = { [aw]: "UseFIPS" };
var U = { [aw]: "UseDualStack" };
var V = { [aw]: "Bucket" };
var W = { "fn": v, [ax]: [{ [aw]: k2 }, G] };
var X = { [aw]: u };
var Y = { [aw]: "Region" };
var Z = { [aw]: w };
var aa = { [aw]: y };
var ab = { [aw]: "accessPointName_ssa_1" };
var ac = { "fn": v, [ax]: [Z, "region"] };
var ad = { [aw]: o };
var ae = { "fn": v, [ax]: [Z, "service"] };
var af = { "fn": v, [ax]: [Z, "accountId"] };
var ag = { [ay]: "S3Express", [az]: [{ [aA]: true, [G]: "{_s3e_auth}", [aB]: "s3express", [aC]: "{Region}" }] };
var ah = { [ay]: "S3Express", [az]: [{ [aA]: true, [G]: s, [aB]: "s3express", [aC]: "{Region}" }] };
var ai = { [az]: [{ [aA]: true, [G]: P, [aB]: C, [aD]: ["*"] }, { [aA]: true, [G]: s, [aB]: C, [aC]: "{Region}" }] };
var aj = { [az]: [{ [aA]: true, [G]: s, [aB]: H, [aC]: E }] };
var ak = { [az]: [{ [aA]: true, [G]: s, [aB]: H, [aC]: "{Region}" }] };
var al = { [az]: [{ [aA]: true, [G]: s, [aB]: B, [aC]: "{bucketArn#region}" }] };
var am = { [az]: [{ [aA]: true, [G]: s, [aB]: H, [aC]: "{bucketArn#region}" }] };
var an = { [az]: [{ [aA]: true, [G]: P, [aB]: C, [aD]: ["*"] }, { [aA]: true, [G]: s, [aB]: C, [aC]: "{bucketArn#region}" }] };
var ao = { [az]: [{ [aA]: true, [G]: s, [aB]: B, [aC]: "{Region}" }] };
var ap = [Y];
var aq = [{ [aw]: "Endpoint" }];
var as = [V];
var at = [V, 0, 7, true];
var au = [Z, "resourceId[1]"];
var av = ["*"];
var _data2 = {
  conditions: [
    [d2, ap],
    [e2, [{ [aw]: "Accelerate" }, b2]],
    [e2, [T2, b2]],
    [e2, [U, b2]],
    [d2, aq],
    [d2, as],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 0, 6, b2] }, i2] }, "--x-s3"]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: at }, i2] }, "--xa-s3"]],
    [j2, ap, k2],
    [h2, at, l],
    [f2, [{ [aw]: l }, "--op-s3"]],
    [h2, [V, 8, 12, b2], m],
    [h2, [V, 32, 49, b2], n(2)],
    [h2, [V, 49, 50, b2], o],
    [e2, [{ [aw]: "ForcePathStyle" }, b2]],
    [f2, [W, "aws-cn"]],
    [p, [U, ".dualstack", i2], "_s3e_ds"],
    [q, [{ [aw]: n(2) }, c2]],
    [p, [T2, "-fips", i2], "_s3e_fips"],
    [p, [{ fn: g2, [ax]: [{ [aw]: "DisableS3ExpressSessionAuth" }, c2] }, s, "sigv4-s3express"], "_s3e_auth"],
    [t, [V, c2]],
    ["parseURL", aq, u],
    [e2, [{ fn: g2, [ax]: [{ [aw]: "UseS3ExpressControlEndpoint" }, c2] }, b2]],
    [t, [V, b2]],
    [f2, [{ fn: v, [ax]: [X, "scheme"] }, "http"]],
    [q, [Y, c2]],
    ["aws.parseArn", as, w],
    [v, [{ fn: "split", [ax]: [V, x, 0] }, "[-2]"], "s3expressAvailabilityZoneId"],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 0, 4, c2] }, i2] }, "arn:"]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 16, 18, b2] }, i2] }, x]],
    [e2, [{ fn: v, [ax]: [X, "isIp"] }, b2]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 21, 23, b2] }, i2] }, x]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 27, 29, b2] }, i2] }, x]],
    [f2, [{ [aw]: m }, "beta"]],
    ["uriEncode", as, "uri_encoded_bucket"],
    [q, [Y, b2]],
    [e2, [{ fn: g2, [ax]: [{ [aw]: "UseObjectLambdaEndpoint" }, c2] }, b2]],
    [v, [Z, "resourceId[0]"], y],
    [f2, [aa, i2]],
    [f2, [aa, z]],
    [v, au, A(1)],
    [f2, [ab, i2]],
    [f2, [ac, i2]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 14, 16, b2] }, i2] }, x]],
    [f2, [ad, "e"]],
    [f2, [ad, "o"]],
    [f2, [Y, "aws-global"]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 19, 21, b2] }, i2] }, x]],
    [f2, [ae, B]],
    [e2, [{ fn: g2, [ax]: [{ [aw]: "DisableAccessPoints" }, c2] }, b2]],
    [f2, [ae, C]],
    [j2, [ac], D],
    [q, [ab, b2]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 26, 28, b2] }, i2] }, x]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 15, 17, b2] }, i2] }, x]],
    [v, [Z, "resourceId[4]"]],
    [f2, [{ fn: g2, [ax]: [{ fn: h2, [ax]: [V, 20, 22, b2] }, i2] }, x]],
    [e2, [{ [aw]: "UseGlobalEndpoint" }, b2]],
    [f2, [Y, E]],
    [v, au, n(1)],
    [e2, [{ fn: g2, [ax]: [{ [aw]: "UseArnRegion" }, b2] }, b2]],
    [q, [{ [aw]: n(1) }, c2]],
    [v, [Z, "resourceId[2]"], F],
    [f2, [Y, ac]],
    [f2, [{ fn: v, [ax]: [{ [aw]: D }, G] }, W]],
    [e2, [{ [aw]: "DisableMultiRegionAccessPoints" }, b2]],
    [q, [ac, b2]],
    [f2, [{ fn: v, [ax]: [Z, "partition"] }, W]],
    [f2, [af, i2]],
    [f2, [ae, H]],
    [q, [af, c2]],
    [v, [Z, "resourceId[3]"], A(2)],
    [q, [ab, c2]],
    [f2, [{ [aw]: F }, z]],
    [q, [{ [aw]: A(2) }, c2]]
  ],
  results: [
    [a2],
    [a2, "Accelerate cannot be used with FIPS"],
    [a2, "Cannot set dual-stack in combination with a custom endpoint."],
    [a2, "A custom endpoint cannot be combined with FIPS"],
    [a2, "A custom endpoint cannot be combined with S3 Accelerate"],
    [a2, "Partition does not support FIPS"],
    [a2, "S3Express does not support S3 Accelerate."],
    ["{url#scheme}://{url#authority}/{uri_encoded_bucket}{url#path}", ag],
    [I, ag],
    [a2, "S3Express bucket name is not a valid virtual hostable name."],
    ["https://s3express-control{_s3e_fips}{_s3e_ds}.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ah],
    ["https://{Bucket}.s3express{_s3e_fips}-{s3expressAvailabilityZoneId}{_s3e_ds}.{Region}.{partitionResult#dnsSuffix}", ag],
    [a2, "Unrecognized S3Express bucket name format."],
    [J, ag],
    ["https://s3express-control{_s3e_fips}{_s3e_ds}.{Region}.{partitionResult#dnsSuffix}", ah],
    [a2, "Expected a endpoint to be specified but no endpoint was found"],
    ["https://{Bucket}.ec2.{url#authority}", ai],
    ["https://{Bucket}.ec2.s3-outposts.{Region}.{partitionResult#dnsSuffix}", ai],
    ["https://{Bucket}.op-{outpostId_ssa_2}.{url#authority}", ai],
    ["https://{Bucket}.op-{outpostId_ssa_2}.s3-outposts.{Region}.{partitionResult#dnsSuffix}", ai],
    [a2, 'Unrecognized hardware type: "Expected hardware type o or e but got {hardwareType}"'],
    [a2, "Invalid Outposts Bucket alias - it must be a valid bucket name."],
    [a2, "Invalid ARN: The outpost Id must only contain a-z, A-Z, 0-9 and `-`."],
    [a2, "Custom endpoint `{Endpoint}` was not a valid URI"],
    [a2, "S3 Accelerate cannot be used in this region"],
    ["https://{Bucket}.s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
    ["https://{Bucket}.s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}", ak],
    ["https://{Bucket}.s3-fips.us-east-1.{partitionResult#dnsSuffix}", aj],
    ["https://{Bucket}.s3-fips.{Region}.{partitionResult#dnsSuffix}", ak],
    ["https://{Bucket}.s3-accelerate.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
    ["https://{Bucket}.s3-accelerate.dualstack.{partitionResult#dnsSuffix}", ak],
    ["https://{Bucket}.s3.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
    ["https://{Bucket}.s3.dualstack.{Region}.{partitionResult#dnsSuffix}", ak],
    [K, aj],
    [I, aj],
    [K, ak],
    [I, ak],
    [L, aj],
    [L, ak],
    [M, aj],
    [M, ak],
    ["https://{Bucket}.s3.{Region}.{partitionResult#dnsSuffix}", ak],
    [a2, "Invalid region: region was not a valid DNS name."],
    [a2, "S3 Object Lambda does not support Dual-stack"],
    [a2, "S3 Object Lambda does not support S3 Accelerate"],
    [a2, "Access points are not supported for this operation"],
    [a2, "Invalid configuration: region from ARN `{bucketArn#region}` does not match client region `{Region}` and UseArnRegion is `false`"],
    [a2, "Invalid ARN: Missing account id"],
    [N(1), al],
    ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-object-lambda-fips.{bucketArn#region}.{bucketPartition#dnsSuffix}", al],
    ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-object-lambda.{bucketArn#region}.{bucketPartition#dnsSuffix}", al],
    [a2, O(1)],
    [a2, "Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `{bucketArn#accountId}`"],
    [a2, "Invalid region in ARN: `{bucketArn#region}` (invalid DNS name)"],
    [a2, "Client was configured for partition `{partitionResult#name}` but ARN (`{Bucket}`) has `{bucketPartition#name}`"],
    [a2, "Invalid ARN: The ARN may only contain a single resource component after `accesspoint`."],
    [a2, "Invalid ARN: bucket ARN is missing a region"],
    [a2, "Invalid ARN: Expected a resource of the format `accesspoint:<accesspoint name>` but no name was provided"],
    [a2, "Invalid ARN: Object Lambda ARNs only support `accesspoint` arn types, but found: `{arnType}`"],
    [a2, "Access Points do not support S3 Accelerate"],
    ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-accesspoint-fips.dualstack.{bucketArn#region}.{bucketPartition#dnsSuffix}", am],
    ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-accesspoint-fips.{bucketArn#region}.{bucketPartition#dnsSuffix}", am],
    ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-accesspoint.dualstack.{bucketArn#region}.{bucketPartition#dnsSuffix}", am],
    [N(1), am],
    ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-accesspoint.{bucketArn#region}.{bucketPartition#dnsSuffix}", am],
    [a2, "Invalid ARN: The ARN was not for the S3 service, found: {bucketArn#service}"],
    [a2, "S3 MRAP does not support dual-stack"],
    [a2, "S3 MRAP does not support FIPS"],
    [a2, "S3 MRAP does not support S3 Accelerate"],
    [a2, "Invalid configuration: Multi-Region Access Point ARNs are disabled."],
    ["https://{accessPointName_ssa_1}.accesspoint.s3-global.{partitionResult#dnsSuffix}", { [az]: [{ [aA]: b2, name: P, [aB]: H, [aD]: av }] }],
    [a2, "Client was configured for partition `{partitionResult#name}` but bucket referred to partition `{bucketArn#partition}`"],
    [a2, "Invalid Access Point Name"],
    [a2, "S3 Outposts does not support Dual-stack"],
    [a2, "S3 Outposts does not support FIPS"],
    [a2, "S3 Outposts does not support S3 Accelerate"],
    [a2, "Invalid Arn: Outpost Access Point ARN contains sub resources"],
    ["https://{accessPointName_ssa_2}-{bucketArn#accountId}.{outpostId_ssa_1}.{url#authority}", an],
    ["https://{accessPointName_ssa_2}-{bucketArn#accountId}.{outpostId_ssa_1}.s3-outposts.{bucketArn#region}.{bucketPartition#dnsSuffix}", an],
    [a2, O(2)],
    [a2, "Expected an outpost type `accesspoint`, found {outpostType}"],
    [a2, "Invalid ARN: expected an access point name"],
    [a2, "Invalid ARN: Expected a 4-component resource"],
    [a2, "Invalid ARN: The outpost Id may only contain a-z, A-Z, 0-9 and `-`. Found: `{outpostId_ssa_1}`"],
    [a2, "Invalid ARN: The Outpost Id was not set"],
    [a2, "Invalid ARN: Unrecognized format: {Bucket} (type: {arnType})"],
    [a2, "Invalid ARN: No ARN type specified"],
    [a2, "Invalid ARN: `{Bucket}` was not a valid ARN"],
    [a2, "Path-style addressing cannot be used with ARN buckets"],
    ["https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", aj],
    ["https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ak],
    ["https://s3-fips.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", aj],
    ["https://s3-fips.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ak],
    ["https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", aj],
    ["https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ak],
    [Q, aj],
    [Q, ak],
    [R, aj],
    [R, ak],
    ["https://s3.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ak],
    [a2, "Path-style addressing cannot be used with S3 Accelerate"],
    [J, ao],
    ["https://s3-object-lambda-fips.{Region}.{partitionResult#dnsSuffix}", ao],
    ["https://s3-object-lambda.{Region}.{partitionResult#dnsSuffix}", ao],
    ["https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
    ["https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}", ak],
    ["https://s3-fips.us-east-1.{partitionResult#dnsSuffix}", aj],
    ["https://s3-fips.{Region}.{partitionResult#dnsSuffix}", ak],
    ["https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
    ["https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}", ak],
    [J, aj],
    [J, ak],
    [S, aj],
    [S, ak],
    ["https://s3.{Region}.{partitionResult#dnsSuffix}", ak],
    [a2, "A region must be set when sending requests to S3."]
  ]
};
var root2 = 2;
var r2 = 1e8;
var nodes2 = new Int32Array([
  -1,
  1,
  -1,
  0,
  3,
  r2 + 115,
  1,
  424,
  4,
  2,
  272,
  5,
  3,
  233,
  6,
  4,
  85,
  7,
  5,
  15,
  8,
  8,
  9,
  r2 + 115,
  16,
  10,
  13,
  18,
  11,
  13,
  19,
  12,
  13,
  22,
  r2 + 14,
  13,
  35,
  14,
  r2 + 42,
  36,
  r2 + 103,
  435,
  6,
  271,
  16,
  7,
  270,
  17,
  8,
  19,
  18,
  14,
  501,
  106,
  9,
  20,
  24,
  10,
  21,
  24,
  11,
  22,
  24,
  12,
  23,
  24,
  13,
  547,
  24,
  14,
  77,
  25,
  20,
  73,
  26,
  26,
  27,
  78,
  37,
  28,
  r2 + 86,
  38,
  r2 + 86,
  29,
  39,
  47,
  30,
  48,
  r2 + 58,
  31,
  50,
  32,
  r2 + 85,
  51,
  33,
  136,
  55,
  r2 + 76,
  34,
  59,
  35,
  r2 + 84,
  60,
  39,
  36,
  61,
  37,
  r2 + 83,
  62,
  38,
  146,
  63,
  41,
  r2 + 46,
  61,
  40,
  r2 + 83,
  62,
  41,
  150,
  64,
  42,
  r2 + 54,
  66,
  43,
  r2 + 53,
  70,
  44,
  r2 + 52,
  71,
  45,
  r2 + 81,
  73,
  46,
  r2 + 80,
  74,
  r2 + 78,
  r2 + 79,
  40,
  48,
  r2 + 57,
  41,
  r2 + 57,
  49,
  42,
  185,
  50,
  48,
  62,
  51,
  49,
  r2 + 45,
  52,
  51,
  53,
  526,
  60,
  56,
  54,
  62,
  r2 + 55,
  55,
  63,
  57,
  r2 + 46,
  62,
  r2 + 55,
  57,
  64,
  58,
  r2 + 54,
  66,
  59,
  r2 + 53,
  69,
  60,
  r2 + 65,
  70,
  61,
  r2 + 52,
  72,
  r2 + 64,
  r2 + 51,
  49,
  r2 + 45,
  63,
  51,
  64,
  526,
  60,
  67,
  65,
  62,
  r2 + 55,
  66,
  63,
  68,
  r2 + 46,
  62,
  r2 + 55,
  68,
  64,
  69,
  r2 + 54,
  66,
  70,
  r2 + 53,
  68,
  r2 + 47,
  71,
  70,
  72,
  r2 + 52,
  72,
  r2 + 50,
  r2 + 51,
  25,
  74,
  r2 + 42,
  46,
  r2 + 39,
  75,
  57,
  76,
  r2 + 41,
  58,
  r2 + 40,
  r2 + 41,
  26,
  r2 + 88,
  78,
  28,
  r2 + 87,
  79,
  34,
  82,
  80,
  35,
  81,
  545,
  36,
  r2 + 103,
  r2 + 115,
  46,
  r2 + 97,
  83,
  57,
  84,
  r2 + 99,
  58,
  r2 + 98,
  r2 + 99,
  5,
  101,
  86,
  8,
  87,
  r2 + 115,
  16,
  88,
  89,
  18,
  91,
  89,
  19,
  90,
  92,
  21,
  97,
  95,
  19,
  93,
  92,
  21,
  98,
  95,
  21,
  97,
  94,
  22,
  r2 + 14,
  95,
  35,
  96,
  r2 + 42,
  36,
  r2 + 103,
  r2 + 42,
  22,
  r2 + 13,
  98,
  35,
  99,
  r2 + 42,
  36,
  r2 + 101,
  100,
  46,
  r2 + 110,
  r2 + 111,
  6,
  214,
  102,
  7,
  208,
  103,
  8,
  119,
  104,
  14,
  118,
  105,
  21,
  106,
  r2 + 23,
  26,
  107,
  502,
  37,
  108,
  r2 + 86,
  38,
  r2 + 86,
  109,
  39,
  112,
  110,
  48,
  r2 + 58,
  111,
  50,
  136,
  r2 + 85,
  40,
  113,
  r2 + 57,
  41,
  r2 + 57,
  114,
  42,
  115,
  500,
  48,
  r2 + 56,
  116,
  52,
  117,
  r2 + 72,
  65,
  r2 + 69,
  r2 + 72,
  21,
  501,
  r2 + 23,
  9,
  120,
  124,
  10,
  121,
  124,
  11,
  122,
  124,
  12,
  123,
  124,
  13,
  202,
  124,
  14,
  195,
  125,
  20,
  190,
  126,
  21,
  127,
  r2 + 23,
  23,
  128,
  129,
  24,
  189,
  129,
  26,
  130,
  197,
  37,
  131,
  r2 + 86,
  38,
  r2 + 86,
  132,
  39,
  159,
  133,
  48,
  r2 + 58,
  134,
  50,
  135,
  r2 + 85,
  51,
  141,
  136,
  55,
  r2 + 76,
  137,
  59,
  138,
  r2 + 84,
  60,
  r2 + 83,
  139,
  61,
  140,
  r2 + 83,
  63,
  r2 + 83,
  r2 + 46,
  55,
  r2 + 76,
  142,
  59,
  143,
  r2 + 84,
  60,
  148,
  144,
  61,
  145,
  r2 + 83,
  62,
  147,
  146,
  63,
  150,
  r2 + 46,
  63,
  153,
  r2 + 46,
  61,
  149,
  r2 + 83,
  62,
  153,
  150,
  64,
  151,
  r2 + 54,
  66,
  152,
  r2 + 53,
  70,
  r2 + 82,
  r2 + 52,
  64,
  154,
  r2 + 54,
  66,
  155,
  r2 + 53,
  70,
  156,
  r2 + 52,
  71,
  157,
  r2 + 81,
  73,
  158,
  r2 + 80,
  74,
  r2 + 77,
  r2 + 79,
  40,
  160,
  r2 + 57,
  41,
  r2 + 57,
  161,
  42,
  185,
  162,
  48,
  174,
  163,
  49,
  r2 + 45,
  164,
  51,
  165,
  526,
  60,
  168,
  166,
  62,
  r2 + 55,
  167,
  63,
  169,
  r2 + 46,
  62,
  r2 + 55,
  169,
  64,
  170,
  r2 + 54,
  66,
  171,
  r2 + 53,
  69,
  172,
  r2 + 65,
  70,
  173,
  r2 + 52,
  72,
  r2 + 63,
  r2 + 51,
  49,
  r2 + 45,
  175,
  51,
  176,
  526,
  60,
  179,
  177,
  62,
  r2 + 55,
  178,
  63,
  180,
  r2 + 46,
  62,
  r2 + 55,
  180,
  64,
  181,
  r2 + 54,
  66,
  182,
  r2 + 53,
  68,
  r2 + 47,
  183,
  70,
  184,
  r2 + 52,
  72,
  r2 + 48,
  r2 + 51,
  48,
  r2 + 56,
  186,
  52,
  187,
  r2 + 72,
  65,
  r2 + 69,
  188,
  67,
  r2 + 70,
  r2 + 71,
  25,
  r2 + 36,
  r2 + 42,
  21,
  191,
  r2 + 23,
  25,
  192,
  r2 + 42,
  30,
  194,
  193,
  46,
  r2 + 34,
  r2 + 36,
  46,
  r2 + 33,
  r2 + 35,
  21,
  196,
  r2 + 23,
  26,
  r2 + 88,
  197,
  28,
  r2 + 87,
  198,
  34,
  201,
  199,
  35,
  200,
  545,
  36,
  r2 + 101,
  r2 + 115,
  46,
  r2 + 95,
  r2 + 96,
  17,
  203,
  r2 + 22,
  20,
  204,
  r2 + 21,
  21,
  205,
  550,
  33,
  206,
  550,
  44,
  r2 + 16,
  207,
  45,
  r2 + 18,
  r2 + 20,
  8,
  209,
  215,
  16,
  210,
  220,
  18,
  211,
  220,
  19,
  212,
  224,
  20,
  213,
  227,
  21,
  231,
  401,
  8,
  218,
  215,
  19,
  216,
  r2 + 9,
  20,
  217,
  227,
  21,
  231,
  r2 + 9,
  16,
  219,
  220,
  18,
  223,
  220,
  19,
  221,
  224,
  20,
  222,
  227,
  21,
  231,
  r2 + 12,
  19,
  226,
  224,
  20,
  225,
  r2 + 9,
  21,
  r2 + 9,
  r2 + 12,
  20,
  230,
  227,
  21,
  228,
  r2 + 9,
  30,
  229,
  r2 + 9,
  34,
  r2 + 7,
  r2 + 9,
  21,
  231,
  415,
  30,
  232,
  r2 + 8,
  34,
  r2 + 7,
  r2 + 8,
  4,
  r2 + 2,
  234,
  5,
  235,
  480,
  6,
  271,
  236,
  7,
  270,
  237,
  8,
  238,
  491,
  9,
  239,
  243,
  10,
  240,
  243,
  11,
  241,
  243,
  12,
  242,
  243,
  13,
  547,
  243,
  14,
  266,
  244,
  20,
  264,
  245,
  26,
  246,
  267,
  37,
  247,
  r2 + 86,
  38,
  r2 + 86,
  248,
  39,
  249,
  518,
  40,
  250,
  r2 + 57,
  41,
  r2 + 57,
  251,
  42,
  538,
  252,
  48,
  r2 + 43,
  253,
  49,
  r2 + 45,
  254,
  51,
  255,
  526,
  60,
  258,
  256,
  62,
  r2 + 55,
  257,
  63,
  259,
  r2 + 46,
  62,
  r2 + 55,
  259,
  64,
  260,
  r2 + 54,
  66,
  261,
  r2 + 53,
  69,
  262,
  r2 + 65,
  70,
  263,
  r2 + 52,
  72,
  r2 + 62,
  r2 + 51,
  25,
  265,
  r2 + 42,
  46,
  r2 + 31,
  r2 + 32,
  26,
  r2 + 88,
  267,
  28,
  r2 + 87,
  268,
  34,
  269,
  544,
  46,
  r2 + 93,
  r2 + 94,
  8,
  397,
  r2 + 9,
  8,
  407,
  r2 + 9,
  3,
  346,
  273,
  4,
  r2 + 3,
  274,
  5,
  284,
  275,
  8,
  276,
  r2 + 115,
  15,
  r2 + 5,
  277,
  16,
  278,
  281,
  18,
  279,
  281,
  19,
  280,
  281,
  22,
  r2 + 14,
  281,
  35,
  282,
  r2 + 42,
  36,
  r2 + 102,
  283,
  46,
  r2 + 106,
  r2 + 107,
  6,
  405,
  285,
  7,
  395,
  286,
  8,
  295,
  287,
  14,
  501,
  288,
  26,
  289,
  502,
  37,
  290,
  r2 + 86,
  38,
  r2 + 86,
  291,
  39,
  292,
  307,
  40,
  293,
  r2 + 57,
  41,
  r2 + 57,
  294,
  42,
  335,
  500,
  9,
  296,
  300,
  10,
  297,
  300,
  11,
  298,
  300,
  12,
  299,
  300,
  13,
  394,
  300,
  14,
  339,
  301,
  15,
  r2 + 5,
  302,
  20,
  337,
  303,
  26,
  304,
  341,
  37,
  305,
  r2 + 86,
  38,
  r2 + 86,
  306,
  39,
  309,
  307,
  48,
  r2 + 58,
  308,
  50,
  r2 + 74,
  r2 + 85,
  40,
  310,
  r2 + 57,
  41,
  r2 + 57,
  311,
  42,
  335,
  312,
  48,
  324,
  313,
  49,
  r2 + 45,
  314,
  51,
  315,
  526,
  60,
  318,
  316,
  62,
  r2 + 55,
  317,
  63,
  319,
  r2 + 46,
  62,
  r2 + 55,
  319,
  64,
  320,
  r2 + 54,
  66,
  321,
  r2 + 53,
  69,
  322,
  r2 + 65,
  70,
  323,
  r2 + 52,
  72,
  r2 + 61,
  r2 + 51,
  49,
  r2 + 45,
  325,
  51,
  326,
  526,
  60,
  329,
  327,
  62,
  r2 + 55,
  328,
  63,
  330,
  r2 + 46,
  62,
  r2 + 55,
  330,
  64,
  331,
  r2 + 54,
  66,
  332,
  r2 + 53,
  68,
  r2 + 47,
  333,
  70,
  334,
  r2 + 52,
  72,
  r2 + 49,
  r2 + 51,
  48,
  r2 + 56,
  336,
  52,
  r2 + 67,
  r2 + 72,
  25,
  338,
  r2 + 42,
  46,
  r2 + 27,
  r2 + 28,
  15,
  r2 + 5,
  340,
  26,
  r2 + 88,
  341,
  28,
  r2 + 87,
  342,
  34,
  345,
  343,
  35,
  344,
  545,
  36,
  r2 + 102,
  r2 + 115,
  46,
  r2 + 91,
  r2 + 92,
  4,
  r2 + 2,
  347,
  5,
  357,
  348,
  8,
  349,
  r2 + 115,
  15,
  r2 + 5,
  350,
  16,
  351,
  354,
  18,
  352,
  354,
  19,
  353,
  354,
  22,
  r2 + 14,
  354,
  35,
  355,
  r2 + 42,
  36,
  r2 + 43,
  356,
  46,
  r2 + 104,
  r2 + 105,
  6,
  405,
  358,
  7,
  395,
  359,
  8,
  360,
  491,
  9,
  361,
  365,
  10,
  362,
  365,
  11,
  363,
  365,
  12,
  364,
  365,
  13,
  394,
  365,
  14,
  389,
  366,
  15,
  r2 + 5,
  367,
  20,
  387,
  368,
  26,
  369,
  391,
  37,
  370,
  r2 + 86,
  38,
  r2 + 86,
  371,
  39,
  372,
  518,
  40,
  373,
  r2 + 57,
  41,
  r2 + 57,
  374,
  42,
  538,
  375,
  48,
  r2 + 43,
  376,
  49,
  r2 + 45,
  377,
  51,
  378,
  526,
  60,
  381,
  379,
  62,
  r2 + 55,
  380,
  63,
  382,
  r2 + 46,
  62,
  r2 + 55,
  382,
  64,
  383,
  r2 + 54,
  66,
  384,
  r2 + 53,
  69,
  385,
  r2 + 65,
  70,
  386,
  r2 + 52,
  72,
  r2 + 60,
  r2 + 51,
  25,
  388,
  r2 + 42,
  46,
  r2 + 25,
  r2 + 26,
  15,
  r2 + 5,
  390,
  26,
  r2 + 88,
  391,
  28,
  r2 + 87,
  392,
  34,
  393,
  544,
  46,
  r2 + 89,
  r2 + 90,
  15,
  r2 + 5,
  547,
  8,
  396,
  r2 + 9,
  15,
  r2 + 5,
  397,
  16,
  398,
  410,
  18,
  399,
  410,
  19,
  400,
  410,
  20,
  401,
  r2 + 9,
  27,
  402,
  r2 + 12,
  29,
  r2 + 11,
  403,
  31,
  r2 + 11,
  404,
  32,
  r2 + 11,
  422,
  8,
  406,
  r2 + 9,
  15,
  r2 + 5,
  407,
  16,
  408,
  410,
  18,
  409,
  410,
  19,
  411,
  410,
  20,
  r2 + 12,
  r2 + 9,
  20,
  414,
  412,
  22,
  413,
  r2 + 9,
  34,
  r2 + 10,
  r2 + 9,
  22,
  416,
  415,
  27,
  419,
  r2 + 12,
  27,
  418,
  417,
  34,
  r2 + 10,
  r2 + 12,
  34,
  r2 + 10,
  419,
  43,
  r2 + 11,
  420,
  47,
  r2 + 11,
  421,
  53,
  r2 + 11,
  422,
  54,
  r2 + 11,
  423,
  56,
  r2 + 11,
  r2 + 12,
  2,
  r2 + 1,
  425,
  3,
  478,
  426,
  4,
  r2 + 4,
  427,
  5,
  438,
  428,
  8,
  429,
  r2 + 115,
  16,
  430,
  433,
  18,
  431,
  433,
  19,
  432,
  433,
  22,
  r2 + 14,
  433,
  35,
  434,
  r2 + 42,
  36,
  r2 + 44,
  435,
  46,
  r2 + 112,
  436,
  57,
  437,
  r2 + 114,
  58,
  r2 + 113,
  r2 + 114,
  6,
  r2 + 6,
  439,
  7,
  r2 + 6,
  440,
  8,
  450,
  441,
  14,
  501,
  442,
  26,
  443,
  502,
  37,
  444,
  r2 + 86,
  38,
  r2 + 86,
  445,
  39,
  446,
  465,
  40,
  447,
  r2 + 57,
  41,
  r2 + 57,
  448,
  42,
  471,
  449,
  48,
  r2 + 44,
  500,
  9,
  451,
  455,
  10,
  452,
  455,
  11,
  453,
  455,
  12,
  454,
  455,
  13,
  547,
  455,
  14,
  473,
  456,
  15,
  460,
  457,
  20,
  458,
  461,
  25,
  459,
  r2 + 42,
  46,
  r2 + 37,
  r2 + 38,
  20,
  540,
  461,
  26,
  462,
  474,
  37,
  463,
  r2 + 86,
  38,
  r2 + 86,
  464,
  39,
  467,
  465,
  48,
  r2 + 58,
  466,
  50,
  r2 + 75,
  r2 + 85,
  40,
  468,
  r2 + 57,
  41,
  r2 + 57,
  469,
  42,
  471,
  470,
  48,
  r2 + 44,
  524,
  48,
  r2 + 44,
  472,
  52,
  r2 + 68,
  r2 + 72,
  26,
  r2 + 88,
  474,
  28,
  r2 + 87,
  475,
  34,
  r2 + 100,
  476,
  35,
  477,
  545,
  36,
  r2 + 44,
  r2 + 115,
  4,
  r2 + 2,
  479,
  5,
  488,
  480,
  8,
  481,
  r2 + 115,
  16,
  482,
  485,
  18,
  483,
  485,
  19,
  484,
  485,
  22,
  r2 + 14,
  485,
  35,
  486,
  r2 + 42,
  36,
  r2 + 43,
  487,
  46,
  r2 + 108,
  r2 + 109,
  6,
  r2 + 6,
  489,
  7,
  r2 + 6,
  490,
  8,
  503,
  491,
  14,
  501,
  492,
  26,
  493,
  502,
  37,
  494,
  r2 + 86,
  38,
  r2 + 86,
  495,
  39,
  496,
  518,
  40,
  497,
  r2 + 57,
  41,
  r2 + 57,
  498,
  42,
  538,
  499,
  48,
  r2 + 43,
  500,
  49,
  r2 + 45,
  526,
  26,
  r2 + 88,
  502,
  28,
  r2 + 87,
  r2 + 115,
  9,
  504,
  508,
  10,
  505,
  508,
  11,
  506,
  508,
  12,
  507,
  508,
  13,
  547,
  508,
  14,
  541,
  509,
  15,
  513,
  510,
  20,
  511,
  514,
  25,
  512,
  r2 + 42,
  46,
  r2 + 29,
  r2 + 30,
  20,
  540,
  514,
  26,
  515,
  542,
  37,
  516,
  r2 + 86,
  38,
  r2 + 86,
  517,
  39,
  520,
  518,
  48,
  r2 + 58,
  519,
  50,
  r2 + 73,
  r2 + 85,
  40,
  521,
  r2 + 57,
  41,
  r2 + 57,
  522,
  42,
  538,
  523,
  48,
  r2 + 43,
  524,
  49,
  r2 + 45,
  525,
  51,
  529,
  526,
  60,
  r2 + 55,
  527,
  62,
  r2 + 55,
  528,
  63,
  r2 + 55,
  r2 + 46,
  60,
  532,
  530,
  62,
  r2 + 55,
  531,
  63,
  533,
  r2 + 46,
  62,
  r2 + 55,
  533,
  64,
  534,
  r2 + 54,
  66,
  535,
  r2 + 53,
  69,
  536,
  r2 + 65,
  70,
  537,
  r2 + 52,
  72,
  r2 + 59,
  r2 + 51,
  48,
  r2 + 43,
  539,
  52,
  r2 + 66,
  r2 + 72,
  25,
  r2 + 24,
  r2 + 42,
  26,
  r2 + 88,
  542,
  28,
  r2 + 87,
  543,
  34,
  r2 + 100,
  544,
  35,
  546,
  545,
  36,
  r2 + 42,
  r2 + 115,
  36,
  r2 + 43,
  r2 + 115,
  17,
  548,
  r2 + 22,
  20,
  549,
  r2 + 21,
  33,
  552,
  550,
  44,
  r2 + 17,
  551,
  45,
  r2 + 19,
  r2 + 20,
  44,
  r2 + 15,
  553,
  45,
  r2 + 15,
  r2 + 20
]);
var bdd2 = BinaryDecisionDiagram.from(nodes2, root2, _data2.conditions, _data2.results);

// node_modules/@aws-sdk/client-s3/dist-es/endpoint/endpointResolver.js
var cache2 = new EndpointCache({
  size: 50,
  params: [
    "Accelerate",
    "Bucket",
    "DisableAccessPoints",
    "DisableMultiRegionAccessPoints",
    "DisableS3ExpressSessionAuth",
    "Endpoint",
    "ForcePathStyle",
    "Region",
    "UseArnRegion",
    "UseDualStack",
    "UseFIPS",
    "UseGlobalEndpoint",
    "UseObjectLambdaEndpoint",
    "UseS3ExpressControlEndpoint"
  ]
});
var defaultEndpointResolver2 = (endpointParams, context = {}) => {
  return cache2.get(endpointParams, () => decideEndpoint(bdd2, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-s3/dist-es/auth/httpAuthSchemeProvider.js
var createEndpointRuleSetHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider) => async (config, context, input) => {
  if (!input) {
    throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
  }
  const defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context, input);
  const instructionsFn = getSmithyContext(context)?.commandInstance?.constructor?.getEndpointParameterInstructions;
  if (!instructionsFn) {
    throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
  }
  const endpointParameters = await resolveParams(input, { getEndpointParameterInstructions: instructionsFn }, config);
  return Object.assign(defaultParameters, endpointParameters);
};
var _defaultS3HttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
var defaultS3HttpAuthSchemeParametersProvider = createEndpointRuleSetHttpAuthSchemeParametersProvider(_defaultS3HttpAuthSchemeParametersProvider);
function createAwsAuthSigv4HttpAuthOption2(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "s3",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
function createAwsAuthSigv4aHttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4a",
    signingProperties: {
      name: "s3",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver4, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => {
  const endpointRuleSetHttpAuthSchemeProvider = (authParameters) => {
    const endpoint = defaultEndpointResolver4(authParameters);
    const authSchemes = endpoint.properties?.authSchemes;
    if (!authSchemes) {
      return defaultHttpAuthSchemeResolver(authParameters);
    }
    const options = [];
    for (const scheme of authSchemes) {
      const { name: resolvedName, properties = {}, ...rest } = scheme;
      const name = resolvedName.toLowerCase();
      if (resolvedName !== name) {
        console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`);
      }
      let schemeId;
      if (name === "sigv4a") {
        schemeId = "aws.auth#sigv4a";
        const sigv4Present = authSchemes.find((s2) => {
          const name2 = s2.name.toLowerCase();
          return name2 !== "sigv4a" && name2.startsWith("sigv4");
        });
        if (SignatureV4MultiRegion.sigv4aDependency() === "none" && sigv4Present) {
          continue;
        }
      } else if (name.startsWith("sigv4")) {
        schemeId = "aws.auth#sigv4";
      } else {
        throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
      }
      const createOption = createHttpAuthOptionFunctions[schemeId];
      if (!createOption) {
        throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
      }
      const option = createOption(authParameters);
      option.schemeId = schemeId;
      option.signingProperties = { ...option.signingProperties || {}, ...rest, ...properties };
      options.push(option);
    }
    return options;
  };
  return endpointRuleSetHttpAuthSchemeProvider;
};
var _defaultS3HttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption2(authParameters));
      options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
    }
  }
  return options;
};
var defaultS3HttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver2, _defaultS3HttpAuthSchemeProvider, {
  "aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption2,
  "aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption
});
var resolveHttpAuthSchemeConfig2 = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  const config_1 = resolveAwsSdkSigV4AConfig(config_0);
  return Object.assign(config_1, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-s3/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters2 = (options) => {
  return Object.assign(options, {
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    forcePathStyle: options.forcePathStyle ?? false,
    useAccelerateEndpoint: options.useAccelerateEndpoint ?? false,
    useGlobalEndpoint: options.useGlobalEndpoint ?? false,
    disableMultiregionAccessPoints: options.disableMultiregionAccessPoints ?? false,
    defaultSigningName: "s3",
    clientContextParams: options.clientContextParams ?? {}
  });
};
var commonParams2 = {
  ForcePathStyle: { type: "clientContextParams", name: "forcePathStyle" },
  UseArnRegion: { type: "clientContextParams", name: "useArnRegion" },
  DisableMultiRegionAccessPoints: { type: "clientContextParams", name: "disableMultiregionAccessPoints" },
  Accelerate: { type: "clientContextParams", name: "useAccelerateEndpoint" },
  DisableS3ExpressSessionAuth: { type: "clientContextParams", name: "disableS3ExpressSessionAuth" },
  UseGlobalEndpoint: { type: "builtInParams", name: "useGlobalEndpoint" },
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-s3/dist-es/commandBuilder.js
var command = makeBuilder(commonParams2, "AmazonS3", "S3Client", getEndpointPlugin);
var _ep0 = {
  Bucket: { type: "contextParams", name: "Bucket" },
  Key: { type: "contextParams", name: "Key" }
};
var _ep4 = {
  DisableS3ExpressSessionAuth: { type: "staticContextParams", value: true },
  Bucket: { type: "contextParams", name: "Bucket" }
};
var _mw0 = (Command, cs, config, o2) => [
  getThrow200ExceptionsPlugin(config)
];
var _mw11 = (Command, cs, config, o2) => [
  getFlexibleChecksumsPlugin(config, {
    requestAlgorithmMember: { "httpHeader": "x-amz-sdk-checksum-algorithm", "name": "ChecksumAlgorithm" },
    requestChecksumRequired: false
  }),
  getCheckContentLengthHeaderPlugin(config),
  getThrow200ExceptionsPlugin(config),
  getSsecPlugin(config)
];

// node_modules/@aws-sdk/client-s3/dist-es/models/S3ServiceException.js
var S3ServiceException = class _S3ServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.s3#S3ServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _S3ServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-s3/dist-es/models/errors.js
var NoSuchUpload = class _NoSuchUpload extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#NoSuchUpload";
  name = "NoSuchUpload";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchUpload",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchUpload.prototype);
  }
};
var AccessDenied = class _AccessDenied extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#AccessDenied";
  name = "AccessDenied";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AccessDenied",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDenied.prototype);
  }
};
var ObjectNotInActiveTierError = class _ObjectNotInActiveTierError extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#ObjectNotInActiveTierError";
  name = "ObjectNotInActiveTierError";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ObjectNotInActiveTierError",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ObjectNotInActiveTierError.prototype);
  }
};
var BucketAlreadyExists = class _BucketAlreadyExists extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#BucketAlreadyExists";
  name = "BucketAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BucketAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BucketAlreadyExists.prototype);
  }
};
var BucketAlreadyOwnedByYou = class _BucketAlreadyOwnedByYou extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#BucketAlreadyOwnedByYou";
  name = "BucketAlreadyOwnedByYou";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BucketAlreadyOwnedByYou",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BucketAlreadyOwnedByYou.prototype);
  }
};
var NoSuchBucket = class _NoSuchBucket extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#NoSuchBucket";
  name = "NoSuchBucket";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchBucket",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchBucket.prototype);
  }
};
var NoSuchKey = class _NoSuchKey extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#NoSuchKey";
  name = "NoSuchKey";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchKey",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchKey.prototype);
  }
};
var InvalidObjectState = class _InvalidObjectState extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#InvalidObjectState";
  name = "InvalidObjectState";
  $fault = "client";
  StorageClass;
  AccessTier;
  constructor(opts) {
    super({
      name: "InvalidObjectState",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidObjectState.prototype);
    this.StorageClass = opts.StorageClass;
    this.AccessTier = opts.AccessTier;
  }
};
var NoSuchAnnotation = class _NoSuchAnnotation extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#NoSuchAnnotation";
  name = "NoSuchAnnotation";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchAnnotation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchAnnotation.prototype);
  }
};
var NotFound = class _NotFound extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#NotFound";
  name = "NotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotFound.prototype);
  }
};
var InvalidPrefix = class _InvalidPrefix extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#InvalidPrefix";
  name = "InvalidPrefix";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidPrefix",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPrefix.prototype);
  }
};
var EncryptionTypeMismatch = class _EncryptionTypeMismatch extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#EncryptionTypeMismatch";
  name = "EncryptionTypeMismatch";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EncryptionTypeMismatch",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EncryptionTypeMismatch.prototype);
  }
};
var InvalidRequest = class _InvalidRequest extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#InvalidRequest";
  name = "InvalidRequest";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidRequest",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRequest.prototype);
  }
};
var InvalidWriteOffset = class _InvalidWriteOffset extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#InvalidWriteOffset";
  name = "InvalidWriteOffset";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidWriteOffset",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidWriteOffset.prototype);
  }
};
var TooManyParts = class _TooManyParts extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#TooManyParts";
  name = "TooManyParts";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyParts",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyParts.prototype);
  }
};
var AnnotationLimitExceeded = class _AnnotationLimitExceeded extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#AnnotationLimitExceeded";
  name = "AnnotationLimitExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AnnotationLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AnnotationLimitExceeded.prototype);
  }
};
var AnnotationNameTooLong = class _AnnotationNameTooLong extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#AnnotationNameTooLong";
  name = "AnnotationNameTooLong";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AnnotationNameTooLong",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AnnotationNameTooLong.prototype);
  }
};
var InvalidAnnotationName = class _InvalidAnnotationName extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#InvalidAnnotationName";
  name = "InvalidAnnotationName";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAnnotationName",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAnnotationName.prototype);
  }
};
var UnsupportedMediaType = class _UnsupportedMediaType extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#UnsupportedMediaType";
  name = "UnsupportedMediaType";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnsupportedMediaType",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedMediaType.prototype);
  }
};
var IdempotencyParameterMismatch = class _IdempotencyParameterMismatch extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#IdempotencyParameterMismatch";
  name = "IdempotencyParameterMismatch";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IdempotencyParameterMismatch",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IdempotencyParameterMismatch.prototype);
  }
};
var ObjectAlreadyInActiveTierError = class _ObjectAlreadyInActiveTierError extends S3ServiceException {
  static shapeId = "com.amazonaws.s3#ObjectAlreadyInActiveTierError";
  name = "ObjectAlreadyInActiveTierError";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ObjectAlreadyInActiveTierError",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ObjectAlreadyInActiveTierError.prototype);
  }
};

// node_modules/@aws-sdk/client-s3/dist-es/schemas/schemas_0.js
var _A2 = "Account";
var _AAO = "AnalyticsAndOperator";
var _AC2 = "AccelerateConfiguration";
var _ACL = "AccessControlList";
var _ACL_ = "ACL";
var _ACLn = "AnalyticsConfigurationList";
var _ACP = "AccessControlPolicy";
var _ACT = "AccessControlTranslation";
var _ACn = "AnalyticsConfiguration";
var _ACnn = "AnnotationCount";
var _AD = "AccessDenied";
var _ADb = "AbortDate";
var _ADn = "AnnotationDirective";
var _AE = "AnnotationEntry";
var _AED = "AnalyticsExportDestination";
var _AF = "AnalyticsFilter";
var _AH2 = "AllowedHeaders";
var _AHl = "AllowedHeader";
var _AI = "AccountId";
var _AIMU = "AbortIncompleteMultipartUpload";
var _AKI = "AccessKeyId";
var _AL2 = "AnnotationList";
var _ALE = "AnnotationLimitExceeded";
var _AM2 = "AllowedMethods";
var _AMU = "AbortMultipartUpload";
var _AMUO = "AbortMultipartUploadOutput";
var _AMUR = "AbortMultipartUploadRequest";
var _AMl = "AllowedMethod";
var _AN = "AnnotationName";
var _ANTL = "AnnotationNameTooLong";
var _AO2 = "AllowedOrigins";
var _AOl = "AllowedOrigin";
var _AP2 = "AnnotationPayload";
var _APA = "AccessPointAlias";
var _APAc = "AccessPointArn";
var _APn = "AnnotationPrefix";
var _AQRD = "AllowQuotedRecordDelimiter";
var _AR = "AcceptRanges";
var _ARI = "AbortRuleId";
var _AS = "AbacStatus";
var _ASBD = "AnalyticsS3BucketDestination";
var _ASSEBD = "ApplyServerSideEncryptionByDefault";
var _ASr = "ArchiveStatus";
var _AT2 = "AccessTier";
var _ATC = "AnnotationTableConfiguration";
var _ATCR = "AnnotationTableConfigurationResult";
var _ATCU = "AnnotationTableConfigurationUpdates";
var _An = "And";
var _Ann = "Annotations";
var _B2 = "Bucket";
var _BA = "BucketArn";
var _BAE = "BucketAlreadyExists";
var _BAI = "BucketAccountId";
var _BAOBY = "BucketAlreadyOwnedByYou";
var _BET = "BlockedEncryptionTypes";
var _BGR = "BypassGovernanceRetention";
var _BI = "BucketInfo";
var _BKE = "BucketKeyEnabled";
var _BLC = "BucketLifecycleConfiguration";
var _BLN = "BucketLocationName";
var _BLS = "BucketLoggingStatus";
var _BLT = "BucketLocationType";
var _BN = "BucketNamespace";
var _BNu = "BucketName";
var _BP = "BytesProcessed";
var _BPA = "BlockPublicAcls";
var _BPP = "BlockPublicPolicy";
var _BR = "BucketRegion";
var _BRy = "BytesReturned";
var _BS2 = "BytesScanned";
var _Bo = "Body";
var _Bu = "Buckets";
var _C2 = "Checksum";
var _CA2 = "ChecksumAlgorithm";
var _CACL = "CannedACL";
var _CB = "CreateBucket";
var _CBC = "CreateBucketConfiguration";
var _CBMC = "CreateBucketMetadataConfiguration";
var _CBMCR = "CreateBucketMetadataConfigurationRequest";
var _CBMTC = "CreateBucketMetadataTableConfiguration";
var _CBMTCR = "CreateBucketMetadataTableConfigurationRequest";
var _CBO = "CreateBucketOutput";
var _CBR = "CreateBucketRequest";
var _CC2 = "CacheControl";
var _CCRC = "ChecksumCRC32";
var _CCRCC = "ChecksumCRC32C";
var _CCRCNVME = "ChecksumCRC64NVME";
var _CC_ = "Cache-Control";
var _CD2 = "CreationDate";
var _CD_ = "Content-Disposition";
var _CDo2 = "ContentDisposition";
var _CE2 = "ContinuationEvent";
var _CE_ = "Content-Encoding";
var _CEo = "ContentEncoding";
var _CF2 = "CloudFunction";
var _CFC = "CloudFunctionConfiguration";
var _CL = "ContentLanguage";
var _CL_ = "Content-Language";
var _CL__ = "Content-Length";
var _CLo = "ContentLength";
var _CM2 = "Content-MD5";
var _CMD = "ChecksumMD5";
var _CMDo = "ContentMD5";
var _CMU = "CompletedMultipartUpload";
var _CMUO = "CompleteMultipartUploadOutput";
var _CMUOr = "CreateMultipartUploadOutput";
var _CMUR = "CompleteMultipartUploadResult";
var _CMURo = "CompleteMultipartUploadRequest";
var _CMURr = "CreateMultipartUploadRequest";
var _CMUo = "CompleteMultipartUpload";
var _CMUr = "CreateMultipartUpload";
var _CMh = "ChecksumMode";
var _CO2 = "CopyObject";
var _COO = "CopyObjectOutput";
var _COR = "CopyObjectResult";
var _CORSC = "CORSConfiguration";
var _CORSR = "CORSRules";
var _CORSRu = "CORSRule";
var _CORo = "CopyObjectRequest";
var _CP2 = "CommonPrefix";
var _CPL2 = "CommonPrefixList";
var _CPLo = "CompletedPartList";
var _CPR = "CopyPartResult";
var _CPo = "CompletedPart";
var _CPom = "CommonPrefixes";
var _CR2 = "ContentRange";
var _CRSBA = "ConfirmRemoveSelfBucketAccess";
var _CR_ = "Content-Range";
var _CS2 = "ConfigurationState";
var _CSHA = "ChecksumSHA1";
var _CSHAh = "ChecksumSHA256";
var _CSHAhe = "ChecksumSHA512";
var _CSIM = "CopySourceIfMatch";
var _CSIMS = "CopySourceIfModifiedSince";
var _CSINM = "CopySourceIfNoneMatch";
var _CSIUS = "CopySourceIfUnmodifiedSince";
var _CSO = "CreateSessionOutput";
var _CSR = "CreateSessionResult";
var _CSRo = "CopySourceRange";
var _CSRr = "CreateSessionRequest";
var _CSSSECA = "CopySourceSSECustomerAlgorithm";
var _CSSSECK = "CopySourceSSECustomerKey";
var _CSSSECKMD = "CopySourceSSECustomerKeyMD5";
var _CSV = "CSV";
var _CSVI = "CopySourceVersionId";
var _CSVIn = "CSVInput";
var _CSVO = "CSVOutput";
var _CSo2 = "CopySource";
var _CSr = "CreateSession";
var _CT2 = "ChecksumType";
var _CT_2 = "Content-Type";
var _CTl2 = "ClientToken";
var _CTo = "ContentType";
var _CTom = "CompressionType";
var _CTon = "ContinuationToken";
var _CXXHASH = "ChecksumXXHASH64";
var _CXXHASHh = "ChecksumXXHASH3";
var _CXXHASHhe = "ChecksumXXHASH128";
var _Co2 = "Condition";
var _Cod2 = "Code";
var _Com2 = "Comments";
var _Con2 = "Contents";
var _Cont2 = "Cont";
var _Cr = "Credentials";
var _D2 = "Days";
var _DAI = "DaysAfterInitiation";
var _DB = "DeleteBucket";
var _DBAC = "DeleteBucketAnalyticsConfiguration";
var _DBACR = "DeleteBucketAnalyticsConfigurationRequest";
var _DBC = "DeleteBucketCors";
var _DBCR = "DeleteBucketCorsRequest";
var _DBE = "DeleteBucketEncryption";
var _DBER = "DeleteBucketEncryptionRequest";
var _DBIC = "DeleteBucketInventoryConfiguration";
var _DBICR = "DeleteBucketInventoryConfigurationRequest";
var _DBITC = "DeleteBucketIntelligentTieringConfiguration";
var _DBITCR = "DeleteBucketIntelligentTieringConfigurationRequest";
var _DBL = "DeleteBucketLifecycle";
var _DBLR = "DeleteBucketLifecycleRequest";
var _DBMC = "DeleteBucketMetadataConfiguration";
var _DBMCR = "DeleteBucketMetadataConfigurationRequest";
var _DBMCRe = "DeleteBucketMetricsConfigurationRequest";
var _DBMCe = "DeleteBucketMetricsConfiguration";
var _DBMTC = "DeleteBucketMetadataTableConfiguration";
var _DBMTCR = "DeleteBucketMetadataTableConfigurationRequest";
var _DBOC = "DeleteBucketOwnershipControls";
var _DBOCR = "DeleteBucketOwnershipControlsRequest";
var _DBP = "DeleteBucketPolicy";
var _DBPR = "DeleteBucketPolicyRequest";
var _DBR = "DeleteBucketRequest";
var _DBRR = "DeleteBucketReplicationRequest";
var _DBRe = "DeleteBucketReplication";
var _DBT = "DeleteBucketTagging";
var _DBTR = "DeleteBucketTaggingRequest";
var _DBW = "DeleteBucketWebsite";
var _DBWR = "DeleteBucketWebsiteRequest";
var _DE2 = "DataExport";
var _DEH = "DefaultEventHold";
var _DIM = "DestinationIfMatch";
var _DIMS = "DestinationIfModifiedSince";
var _DINM = "DestinationIfNoneMatch";
var _DIUS = "DestinationIfUnmodifiedSince";
var _DM = "DeleteMarker";
var _DME = "DeleteMarkerEntry";
var _DMR = "DeleteMarkerReplication";
var _DMVI = "DeleteMarkerVersionId";
var _DMe = "DeleteMarkers";
var _DN2 = "DisplayName";
var _DO = "DeletedObject";
var _DOA = "DeleteObjectAnnotation";
var _DOAO = "DeleteObjectAnnotationOutput";
var _DOAR = "DeleteObjectAnnotationRequest";
var _DOO = "DeleteObjectOutput";
var _DOOe = "DeleteObjectsOutput";
var _DOR = "DeleteObjectRequest";
var _DORe = "DeleteObjectsRequest";
var _DOT = "DeleteObjectTagging";
var _DOTO = "DeleteObjectTaggingOutput";
var _DOTR = "DeleteObjectTaggingRequest";
var _DOe = "DeletedObjects";
var _DOel = "DeleteObject";
var _DOele = "DeleteObjects";
var _DPAB = "DeletePublicAccessBlock";
var _DPABR = "DeletePublicAccessBlockRequest";
var _DR2 = "DataRedundancy";
var _DRe = "DefaultRetention";
var _DRel = "DeleteResult";
var _DRes = "DestinationResult";
var _Da = "Date";
var _De2 = "Delete";
var _Del = "Deleted";
var _Deli = "Delimiter";
var _Des = "Destination";
var _Desc = "Description";
var _Det = "Details";
var _E2 = "Error";
var _EA = "EmailAddress";
var _EBC = "EventBridgeConfiguration";
var _EBO = "ExpectedBucketOwner";
var _EC2 = "EncryptionConfiguration";
var _ECr = "ErrorCode";
var _ED2 = "ErrorDetails";
var _EDr2 = "ErrorDocument";
var _EE2 = "EndEvent";
var _EH2 = "ExposeHeaders";
var _EHD = "EventHoldDuration";
var _EHv = "EventHold";
var _EHx = "ExposeHeader";
var _EM2 = "ErrorMessage";
var _EODM = "ExpiredObjectDeleteMarker";
var _EOR = "ExistingObjectReplication";
var _ES2 = "ExpiresString";
var _ESBO = "ExpectedSourceBucketOwner";
var _ET2 = "ETag";
var _ETL = "EncryptionTypeList";
var _ETM = "EncryptionTypeMismatch";
var _ETn2 = "EncryptionType";
var _ETnc = "EncodingType";
var _ETv2 = "EventThreshold";
var _ETx2 = "ExpressionType";
var _En2 = "Encryption";
var _Ena = "Enabled";
var _End2 = "End";
var _Er = "Errors";
var _Ev2 = "Events";
var _Eve2 = "Event";
var _Ex2 = "Expiration";
var _Exp = "Expires";
var _Expr = "Expression";
var _F2 = "Filter";
var _FD2 = "FieldDelimiter";
var _FHI = "FileHeaderInfo";
var _FO = "FetchOwner";
var _FR = "FilterRule";
var _FRL = "FilterRuleList";
var _FRi = "FilterRules";
var _Fi2 = "Field";
var _Fo = "Format";
var _Fr = "Frequency";
var _G = "Grants";
var _GBA = "GetBucketAbac";
var _GBAC = "GetBucketAccelerateConfiguration";
var _GBACO = "GetBucketAccelerateConfigurationOutput";
var _GBACOe = "GetBucketAnalyticsConfigurationOutput";
var _GBACR = "GetBucketAccelerateConfigurationRequest";
var _GBACRe = "GetBucketAnalyticsConfigurationRequest";
var _GBACe = "GetBucketAnalyticsConfiguration";
var _GBAO = "GetBucketAbacOutput";
var _GBAOe = "GetBucketAclOutput";
var _GBAR = "GetBucketAbacRequest";
var _GBARe = "GetBucketAclRequest";
var _GBAe = "GetBucketAcl";
var _GBC = "GetBucketCors";
var _GBCO = "GetBucketCorsOutput";
var _GBCR = "GetBucketCorsRequest";
var _GBE = "GetBucketEncryption";
var _GBEO = "GetBucketEncryptionOutput";
var _GBER = "GetBucketEncryptionRequest";
var _GBIC = "GetBucketInventoryConfiguration";
var _GBICO = "GetBucketInventoryConfigurationOutput";
var _GBICR = "GetBucketInventoryConfigurationRequest";
var _GBITC = "GetBucketIntelligentTieringConfiguration";
var _GBITCO = "GetBucketIntelligentTieringConfigurationOutput";
var _GBITCR = "GetBucketIntelligentTieringConfigurationRequest";
var _GBL = "GetBucketLocation";
var _GBLC = "GetBucketLifecycleConfiguration";
var _GBLCO = "GetBucketLifecycleConfigurationOutput";
var _GBLCR = "GetBucketLifecycleConfigurationRequest";
var _GBLO = "GetBucketLocationOutput";
var _GBLOe = "GetBucketLoggingOutput";
var _GBLR = "GetBucketLocationRequest";
var _GBLRe = "GetBucketLoggingRequest";
var _GBLe = "GetBucketLogging";
var _GBMC = "GetBucketMetadataConfiguration";
var _GBMCO = "GetBucketMetadataConfigurationOutput";
var _GBMCOe = "GetBucketMetricsConfigurationOutput";
var _GBMCR = "GetBucketMetadataConfigurationResult";
var _GBMCRe = "GetBucketMetadataConfigurationRequest";
var _GBMCRet = "GetBucketMetricsConfigurationRequest";
var _GBMCe = "GetBucketMetricsConfiguration";
var _GBMTC = "GetBucketMetadataTableConfiguration";
var _GBMTCO = "GetBucketMetadataTableConfigurationOutput";
var _GBMTCR = "GetBucketMetadataTableConfigurationResult";
var _GBMTCRe = "GetBucketMetadataTableConfigurationRequest";
var _GBNC = "GetBucketNotificationConfiguration";
var _GBNCR = "GetBucketNotificationConfigurationRequest";
var _GBOC = "GetBucketOwnershipControls";
var _GBOCO = "GetBucketOwnershipControlsOutput";
var _GBOCR = "GetBucketOwnershipControlsRequest";
var _GBP = "GetBucketPolicy";
var _GBPO = "GetBucketPolicyOutput";
var _GBPR = "GetBucketPolicyRequest";
var _GBPS = "GetBucketPolicyStatus";
var _GBPSO = "GetBucketPolicyStatusOutput";
var _GBPSR = "GetBucketPolicyStatusRequest";
var _GBR = "GetBucketReplication";
var _GBRO = "GetBucketReplicationOutput";
var _GBRP = "GetBucketRequestPayment";
var _GBRPO = "GetBucketRequestPaymentOutput";
var _GBRPR = "GetBucketRequestPaymentRequest";
var _GBRR = "GetBucketReplicationRequest";
var _GBT = "GetBucketTagging";
var _GBTO = "GetBucketTaggingOutput";
var _GBTR = "GetBucketTaggingRequest";
var _GBV = "GetBucketVersioning";
var _GBVO = "GetBucketVersioningOutput";
var _GBVR = "GetBucketVersioningRequest";
var _GBW = "GetBucketWebsite";
var _GBWO = "GetBucketWebsiteOutput";
var _GBWR = "GetBucketWebsiteRequest";
var _GFC2 = "GrantFullControl";
var _GJP = "GlacierJobParameters";
var _GO = "GetObject";
var _GOA = "GetObjectAcl";
var _GOAO = "GetObjectAclOutput";
var _GOAOe = "GetObjectAnnotationOutput";
var _GOAOet = "GetObjectAttributesOutput";
var _GOAP = "GetObjectAttributesParts";
var _GOAR = "GetObjectAclRequest";
var _GOARe = "GetObjectAnnotationRequest";
var _GOARet = "GetObjectAttributesResponse";
var _GOARetb = "GetObjectAttributesRequest";
var _GOAe = "GetObjectAnnotation";
var _GOAet = "GetObjectAttributes";
var _GOLC = "GetObjectLockConfiguration";
var _GOLCO = "GetObjectLockConfigurationOutput";
var _GOLCR = "GetObjectLockConfigurationRequest";
var _GOLH = "GetObjectLegalHold";
var _GOLHO = "GetObjectLegalHoldOutput";
var _GOLHR = "GetObjectLegalHoldRequest";
var _GOO = "GetObjectOutput";
var _GOR = "GetObjectRequest";
var _GORO = "GetObjectRetentionOutput";
var _GORR = "GetObjectRetentionRequest";
var _GORe = "GetObjectRetention";
var _GOT = "GetObjectTagging";
var _GOTO = "GetObjectTaggingOutput";
var _GOTOe = "GetObjectTorrentOutput";
var _GOTR = "GetObjectTaggingRequest";
var _GOTRe = "GetObjectTorrentRequest";
var _GOTe = "GetObjectTorrent";
var _GPAB = "GetPublicAccessBlock";
var _GPABO = "GetPublicAccessBlockOutput";
var _GPABR = "GetPublicAccessBlockRequest";
var _GR = "GrantRead";
var _GRACP = "GrantReadACP";
var _GW = "GrantWrite";
var _GWACP = "GrantWriteACP";
var _Gr = "Grant";
var _Gra = "Grantee";
var _HB = "HeadBucket";
var _HBO = "HeadBucketOutput";
var _HBR = "HeadBucketRequest";
var _HECRE = "HttpErrorCodeReturnedEquals";
var _HN = "HostName";
var _HO = "HeadObject";
var _HOO = "HeadObjectOutput";
var _HOR = "HeadObjectRequest";
var _HRC = "HttpRedirectCode";
var _I2 = "Id";
var _IAN = "InvalidAnnotationName";
var _IC2 = "InventoryConfiguration";
var _ICL = "InventoryConfigurationList";
var _ID = "ID";
var _IDn = "IndexDocument";
var _IDnv = "InventoryDestination";
var _IE = "IsEnabled";
var _IEn = "InventoryEncryption";
var _IF = "InventoryFilter";
var _IL = "IsLatest";
var _IM2 = "IfMatch";
var _IMIT = "IfMatchInitiatedTime";
var _IMLMT = "IfMatchLastModifiedTime";
var _IMS = "IfMatchSize";
var _IMS_ = "If-Modified-Since";
var _IMSf = "IfModifiedSince";
var _IMUR = "InitiateMultipartUploadResult";
var _IM_ = "If-Match";
var _INM = "IfNoneMatch";
var _INM_ = "If-None-Match";
var _IOF = "InventoryOptionalFields";
var _IOS = "InvalidObjectState";
var _IOV = "IncludedObjectVersions";
var _IP2 = "InvalidPrefix";
var _IPA = "IgnorePublicAcls";
var _IPM = "IdempotencyParameterMismatch";
var _IPs = "IsPublic";
var _IR2 = "InvalidRequest";
var _IRIP = "IsRestoreInProgress";
var _IS = "InputSerialization";
var _ISBD = "InventoryS3BucketDestination";
var _ISn = "InventorySchedule";
var _IT2 = "IsTruncated";
var _ITAO = "IntelligentTieringAndOperator";
var _ITC = "IntelligentTieringConfiguration";
var _ITCL = "IntelligentTieringConfigurationList";
var _ITCR = "InventoryTableConfigurationResult";
var _ITCU = "InventoryTableConfigurationUpdates";
var _ITCn = "InventoryTableConfiguration";
var _ITF = "IntelligentTieringFilter";
var _IUS = "IfUnmodifiedSince";
var _IUS_ = "If-Unmodified-Since";
var _IWO = "InvalidWriteOffset";
var _In2 = "Initiator";
var _Ini = "Initiated";
var _JSON = "JSON";
var _JSONI = "JSONInput";
var _JSONO = "JSONOutput";
var _JTC = "JournalTableConfiguration";
var _JTCR = "JournalTableConfigurationResult";
var _JTCU = "JournalTableConfigurationUpdates";
var _K2 = "Key";
var _KC = "KeyCount";
var _KI = "KeyId";
var _KKA2 = "KmsKeyArn";
var _KM = "KeyMarker";
var _KMSC = "KMSContext";
var _KMSKA2 = "KMSKeyArn";
var _KMSKI = "KMSKeyId";
var _KMSMKID = "KMSMasterKeyID";
var _KPE = "KeyPrefixEquals";
var _L2 = "Location";
var _LAMBR = "ListAllMyBucketsResult";
var _LAMDBR = "ListAllMyDirectoryBucketsResult";
var _LB = "ListBuckets";
var _LBAC = "ListBucketAnalyticsConfigurations";
var _LBACO = "ListBucketAnalyticsConfigurationsOutput";
var _LBACR = "ListBucketAnalyticsConfigurationResult";
var _LBACRi = "ListBucketAnalyticsConfigurationsRequest";
var _LBIC = "ListBucketInventoryConfigurations";
var _LBICO = "ListBucketInventoryConfigurationsOutput";
var _LBICR = "ListBucketInventoryConfigurationsRequest";
var _LBITC = "ListBucketIntelligentTieringConfigurations";
var _LBITCO = "ListBucketIntelligentTieringConfigurationsOutput";
var _LBITCR = "ListBucketIntelligentTieringConfigurationsRequest";
var _LBMC = "ListBucketMetricsConfigurations";
var _LBMCO = "ListBucketMetricsConfigurationsOutput";
var _LBMCR = "ListBucketMetricsConfigurationsRequest";
var _LBO = "ListBucketsOutput";
var _LBR = "ListBucketsRequest";
var _LBRi = "ListBucketResult";
var _LC2 = "LocationConstraint";
var _LCi = "LifecycleConfiguration";
var _LDB = "ListDirectoryBuckets";
var _LDBO = "ListDirectoryBucketsOutput";
var _LDBR = "ListDirectoryBucketsRequest";
var _LE = "LoggingEnabled";
var _LEi = "LifecycleExpiration";
var _LFA = "LambdaFunctionArn";
var _LFC = "LambdaFunctionConfiguration";
var _LFCL = "LambdaFunctionConfigurationList";
var _LFCa = "LambdaFunctionConfigurations";
var _LH = "LegalHold";
var _LI2 = "LocationInfo";
var _LICR = "ListInventoryConfigurationsResult";
var _LM2 = "LastModified";
var _LMCR = "ListMetricsConfigurationsResult";
var _LMT2 = "LastModifiedTime";
var _LMU = "ListMultipartUploads";
var _LMUO = "ListMultipartUploadsOutput";
var _LMUR = "ListMultipartUploadsResult";
var _LMURi = "ListMultipartUploadsRequest";
var _LM_ = "Last-Modified";
var _LO = "ListObjects";
var _LOA = "ListObjectAnnotations";
var _LOAO = "ListObjectAnnotationsOutput";
var _LOAR = "ListObjectAnnotationsRequest";
var _LOO = "ListObjectsOutput";
var _LOR = "ListObjectsRequest";
var _LOV = "ListObjectsV2";
var _LOVO = "ListObjectsV2Output";
var _LOVOi = "ListObjectVersionsOutput";
var _LOVR = "ListObjectsV2Request";
var _LOVRi = "ListObjectVersionsRequest";
var _LOVi = "ListObjectVersions";
var _LP = "ListParts";
var _LPO = "ListPartsOutput";
var _LPR2 = "ListPartsResult";
var _LPRi = "ListPartsRequest";
var _LR2 = "LifecycleRule";
var _LRAO = "LifecycleRuleAndOperator";
var _LRF = "LifecycleRuleFilter";
var _LRi = "LifecycleRules";
var _LVR = "ListVersionsResult";
var _M2 = "Metadata";
var _MAO = "MetricsAndOperator";
var _MAR = "MaxAnnotationResults";
var _MAS = "MaxAgeSeconds";
var _MB = "MaxBuckets";
var _MC2 = "MetadataConfiguration";
var _MCL = "MetricsConfigurationList";
var _MCR = "MetadataConfigurationResult";
var _MCe = "MetricsConfiguration";
var _MD = "MetadataDirective";
var _MDB = "MaxDirectoryBuckets";
var _MDf = "MfaDelete";
var _ME = "MetadataEntry";
var _MF = "MetricsFilter";
var _MFA = "MFA";
var _MFAD = "MFADelete";
var _MK = "MaxKeys";
var _MM = "MissingMeta";
var _MOS = "MpuObjectSize";
var _MP2 = "MaxParts";
var _MTC = "MetadataTableConfiguration";
var _MTCR = "MetadataTableConfigurationResult";
var _MTEC = "MetadataTableEncryptionConfiguration";
var _MU = "MultipartUpload";
var _MUL = "MultipartUploadList";
var _MUa = "MaxUploads";
var _Ma2 = "Marker";
var _Me2 = "Metrics";
var _Mes = "Message";
var _Mi = "Minutes";
var _Mo2 = "Mode";
var _N2 = "Name";
var _NC = "NotificationConfiguration";
var _NCF = "NotificationConfigurationFilter";
var _NCT = "NextContinuationToken";
var _ND = "NoncurrentDays";
var _NEKKAS = "NonEmptyKmsKeyArnString";
var _NF = "NotFound";
var _NKM = "NextKeyMarker";
var _NM2 = "NextMarker";
var _NNV = "NewerNoncurrentVersions";
var _NPNM = "NextPartNumberMarker";
var _NSA = "NoSuchAnnotation";
var _NSB = "NoSuchBucket";
var _NSK = "NoSuchKey";
var _NSU = "NoSuchUpload";
var _NUIM = "NextUploadIdMarker";
var _NVE = "NoncurrentVersionExpiration";
var _NVIM = "NextVersionIdMarker";
var _NVT = "NoncurrentVersionTransitions";
var _NVTL = "NoncurrentVersionTransitionList";
var _NVTo = "NoncurrentVersionTransition";
var _No = "Not";
var _O2 = "Owner";
var _OA = "ObjectAttributes";
var _OAIATE = "ObjectAlreadyInActiveTierError";
var _OC = "OwnershipControls";
var _OCR = "OwnershipControlsRule";
var _OCRw = "OwnershipControlsRules";
var _OE = "ObjectEncryption";
var _OF2 = "OptionalFields";
var _OI2 = "ObjectIdentifier";
var _OIL = "ObjectIdentifierList";
var _OIM = "ObjectIfMatch";
var _OL = "OutputLocation";
var _OLC = "ObjectLockConfiguration";
var _OLE = "ObjectLockEnabled";
var _OLEFB = "ObjectLockEnabledForBucket";
var _OLEH = "ObjectLockEventHold";
var _OLEHDD = "ObjectLockEventHoldDurationDays";
var _OLEHDY = "ObjectLockEventHoldDurationYears";
var _OLLH = "ObjectLockLegalHold";
var _OLLHS = "ObjectLockLegalHoldStatus";
var _OLM = "ObjectLockMode";
var _OLR = "ObjectLockRetention";
var _OLRUD = "ObjectLockRetainUntilDate";
var _OLRb = "ObjectLockRule";
var _OLb = "ObjectList";
var _ONIATE = "ObjectNotInActiveTierError";
var _OO = "ObjectOwnership";
var _OOA = "OptionalObjectAttributes";
var _OP2 = "ObjectParts";
var _OPb = "ObjectPart";
var _OS2 = "ObjectSize";
var _OSGT = "ObjectSizeGreaterThan";
var _OSLT = "ObjectSizeLessThan";
var _OSV = "OutputSchemaVersion";
var _OSu = "OutputSerialization";
var _OV = "ObjectVersion";
var _OVI = "ObjectVersionId";
var _OVL = "ObjectVersionList";
var _Ob = "Objects";
var _Obj = "Object";
var _Or = "Or";
var _P2 = "Prefix";
var _PABC = "PublicAccessBlockConfiguration";
var _PBA = "PutBucketAbac";
var _PBAC = "PutBucketAccelerateConfiguration";
var _PBACR = "PutBucketAccelerateConfigurationRequest";
var _PBACRu = "PutBucketAnalyticsConfigurationRequest";
var _PBACu = "PutBucketAnalyticsConfiguration";
var _PBAR = "PutBucketAbacRequest";
var _PBARu = "PutBucketAclRequest";
var _PBAu = "PutBucketAcl";
var _PBC = "PutBucketCors";
var _PBCR = "PutBucketCorsRequest";
var _PBE = "PutBucketEncryption";
var _PBER = "PutBucketEncryptionRequest";
var _PBIC = "PutBucketInventoryConfiguration";
var _PBICR = "PutBucketInventoryConfigurationRequest";
var _PBITC = "PutBucketIntelligentTieringConfiguration";
var _PBITCR = "PutBucketIntelligentTieringConfigurationRequest";
var _PBL = "PutBucketLogging";
var _PBLC = "PutBucketLifecycleConfiguration";
var _PBLCO = "PutBucketLifecycleConfigurationOutput";
var _PBLCR = "PutBucketLifecycleConfigurationRequest";
var _PBLR = "PutBucketLoggingRequest";
var _PBMC = "PutBucketMetricsConfiguration";
var _PBMCR = "PutBucketMetricsConfigurationRequest";
var _PBNC = "PutBucketNotificationConfiguration";
var _PBNCR = "PutBucketNotificationConfigurationRequest";
var _PBOC = "PutBucketOwnershipControls";
var _PBOCR = "PutBucketOwnershipControlsRequest";
var _PBP = "PutBucketPolicy";
var _PBPR = "PutBucketPolicyRequest";
var _PBR = "PutBucketReplication";
var _PBRP = "PutBucketRequestPayment";
var _PBRPR = "PutBucketRequestPaymentRequest";
var _PBRR = "PutBucketReplicationRequest";
var _PBT = "PutBucketTagging";
var _PBTR = "PutBucketTaggingRequest";
var _PBV = "PutBucketVersioning";
var _PBVR = "PutBucketVersioningRequest";
var _PBW = "PutBucketWebsite";
var _PBWR = "PutBucketWebsiteRequest";
var _PC2 = "PartsCount";
var _PDS = "PartitionDateSource";
var _PE = "ProgressEvent";
var _PI2 = "ParquetInput";
var _PL = "PartsList";
var _PN = "PartNumber";
var _PNM = "PartNumberMarker";
var _PO = "PutObject";
var _POA = "PutObjectAcl";
var _POAO = "PutObjectAclOutput";
var _POAOu = "PutObjectAnnotationOutput";
var _POAR = "PutObjectAclRequest";
var _POARu = "PutObjectAnnotationRequest";
var _POAu = "PutObjectAnnotation";
var _POLC = "PutObjectLockConfiguration";
var _POLCO = "PutObjectLockConfigurationOutput";
var _POLCR = "PutObjectLockConfigurationRequest";
var _POLH = "PutObjectLegalHold";
var _POLHO = "PutObjectLegalHoldOutput";
var _POLHR = "PutObjectLegalHoldRequest";
var _POO = "PutObjectOutput";
var _POR = "PutObjectRequest";
var _PORO = "PutObjectRetentionOutput";
var _PORR = "PutObjectRetentionRequest";
var _PORu = "PutObjectRetention";
var _POT = "PutObjectTagging";
var _POTO = "PutObjectTaggingOutput";
var _POTR = "PutObjectTaggingRequest";
var _PP = "PartitionedPrefix";
var _PPAB = "PutPublicAccessBlock";
var _PPABR = "PutPublicAccessBlockRequest";
var _PS = "PolicyStatus";
var _Pa2 = "Parts";
var _Par = "Part";
var _Parq = "Parquet";
var _Pay = "Payer";
var _Payl = "Payload";
var _Pe = "Permission";
var _Po2 = "Policy";
var _Pr = "Progress";
var _Pre = "Prefixes";
var _Pri = "Priority";
var _Pro = "Protocol";
var _Q2 = "Quiet";
var _QA = "QueueArn";
var _QC = "QuoteCharacter";
var _QCL = "QueueConfigurationList";
var _QCu = "QueueConfigurations";
var _QCue = "QueueConfiguration";
var _QEC = "QuoteEscapeCharacter";
var _QF = "QuoteFields";
var _Qu2 = "Queue";
var _R2 = "Role";
var _RART = "RedirectAllRequestsTo";
var _RC2 = "RequestCharged";
var _RCC = "ResponseCacheControl";
var _RCD = "ResponseContentDisposition";
var _RCE2 = "ResponseContentEncoding";
var _RCL = "ResponseContentLanguage";
var _RCT = "ResponseContentType";
var _RCe2 = "ReplicationConfiguration";
var _RD2 = "RecordDelimiter";
var _RE = "ResponseExpires";
var _RED = "RestoreExpiryDate";
var _REe = "RecordExpiration";
var _REec = "RecordsEvent";
var _RKKID = "ReplicaKmsKeyID";
var _RKPW = "ReplaceKeyPrefixWith";
var _RKW = "ReplaceKeyWith";
var _RM = "ReplicaModifications";
var _RO2 = "RenameObject";
var _ROO = "RenameObjectOutput";
var _ROOe = "RestoreObjectOutput";
var _ROP = "RestoreOutputPath";
var _ROR = "RenameObjectRequest";
var _RORe = "RestoreObjectRequest";
var _ROe = "RestoreObject";
var _RP2 = "RequestPayer";
var _RPB = "RestrictPublicBuckets";
var _RPC = "RequestPaymentConfiguration";
var _RPL = "ReplicationPrefixList";
var _RPe = "RequestProgress";
var _RR = "RoutingRules";
var _RRAO = "ReplicationRuleAndOperator";
var _RRF = "ReplicationRuleFilter";
var _RRNO = "ReplicationRuleNotOperator";
var _RROO = "ReplicationRuleOrOperator";
var _RRe = "ReplicationRule";
var _RRep = "ReplicationRules";
var _RReq = "RequestRoute";
var _RRes = "RestoreRequest";
var _RRo = "RoutingRule";
var _RS = "ReplicationStatus";
var _RSe = "RestoreStatus";
var _RSen = "RenameSource";
var _RT2 = "ReplicationTime";
var _RTV = "ReplicationTimeValue";
var _RTe = "RequestToken";
var _RUD = "RetainUntilDate";
var _Ra = "Range";
var _Re2 = "Restore";
var _Rec = "Records";
var _Red = "Redirect";
var _Ret = "Retention";
var _Ru2 = "Rules";
var _Rul = "Rule";
var _S2 = "Status";
var _SA2 = "StartAfter";
var _SAK = "SecretAccessKey";
var _SAs = "SseAlgorithm";
var _SB2 = "StreamingBlob";
var _SBD = "S3BucketDestination";
var _SC2 = "StorageClass";
var _SCA = "StorageClassAnalysis";
var _SCADE = "StorageClassAnalysisDataExport";
var _SCV = "SessionCredentialValue";
var _SCe = "SessionCredentials";
var _SCt2 = "StatusCode";
var _SDV = "SkipDestinationValidation";
var _SE2 = "StatsEvent";
var _SIM = "SourceIfMatch";
var _SIMS = "SourceIfModifiedSince";
var _SINM = "SourceIfNoneMatch";
var _SIUS = "SourceIfUnmodifiedSince";
var _SK2 = "SSE-KMS";
var _SKEO = "SseKmsEncryptedObjects";
var _SKF = "S3KeyFilter";
var _SKe = "S3Key";
var _SL = "S3Location";
var _SM2 = "SessionMode";
var _SOC = "SelectObjectContent";
var _SOCES = "SelectObjectContentEventStream";
var _SOCO = "SelectObjectContentOutput";
var _SOCR = "SelectObjectContentRequest";
var _SP2 = "SelectParameters";
var _SPi = "SimplePrefix";
var _SR2 = "ScanRange";
var _SS2 = "SSE-S3";
var _SSC = "SourceSelectionCriteria";
var _SSE2 = "ServerSideEncryption";
var _SSEA = "SSEAlgorithm";
var _SSEBD = "ServerSideEncryptionByDefault";
var _SSEC = "ServerSideEncryptionConfiguration";
var _SSECA = "SSECustomerAlgorithm";
var _SSECK = "SSECustomerKey";
var _SSECKMD = "SSECustomerKeyMD5";
var _SSEKMS = "SSEKMS";
var _SSEKMSE = "SSEKMSEncryption";
var _SSEKMSEC = "SSEKMSEncryptionContext";
var _SSEKMSKI = "SSEKMSKeyId";
var _SSER = "ServerSideEncryptionRule";
var _SSERe = "ServerSideEncryptionRules";
var _SSES = "SSES3";
var _ST2 = "SessionToken";
var _STD = "S3TablesDestination";
var _STDR = "S3TablesDestinationResult";
var _S_ = "S3";
var _Sc = "Schedule";
var _Si2 = "Size";
var _St2 = "Start";
var _Sta2 = "Stats";
var _Su = "Suffix";
var _T2 = "Tags";
var _TA2 = "TableArn";
var _TAo = "TopicArn";
var _TB = "TargetBucket";
var _TBA = "TableBucketArn";
var _TBT = "TableBucketType";
var _TC2 = "TagCount";
var _TCL = "TopicConfigurationList";
var _TCo = "TopicConfigurations";
var _TCop = "TopicConfiguration";
var _TD = "TaggingDirective";
var _TDMOS = "TransitionDefaultMinimumObjectSize";
var _TG = "TargetGrants";
var _TGa = "TargetGrant";
var _TL = "TieringList";
var _TLr = "TransitionList";
var _TMP = "TooManyParts";
var _TN = "TableName";
var _TNa = "TableNamespace";
var _TOKF = "TargetObjectKeyFormat";
var _TP = "TargetPrefix";
var _TPC = "TotalPartsCount";
var _TS2 = "TableStatus";
var _TSa = "TagSet";
var _Ta2 = "Tag";
var _Tag = "Tagging";
var _Ti2 = "Tier";
var _Tie = "Tierings";
var _Tier = "Tiering";
var _Tim = "Time";
var _To2 = "Token";
var _Top = "Topic";
var _Tr2 = "Transitions";
var _Tra = "Transition";
var _Ty = "Type";
var _U2 = "Uploads";
var _UBMATC = "UpdateBucketMetadataAnnotationTableConfiguration";
var _UBMATCR = "UpdateBucketMetadataAnnotationTableConfigurationRequest";
var _UBMITC = "UpdateBucketMetadataInventoryTableConfiguration";
var _UBMITCR = "UpdateBucketMetadataInventoryTableConfigurationRequest";
var _UBMJTC = "UpdateBucketMetadataJournalTableConfiguration";
var _UBMJTCR = "UpdateBucketMetadataJournalTableConfigurationRequest";
var _UI = "UploadId";
var _UIM = "UploadIdMarker";
var _UM = "UserMetadata";
var _UMT = "UnsupportedMediaType";
var _UOE = "UpdateObjectEncryption";
var _UOER = "UpdateObjectEncryptionRequest";
var _UOERp = "UpdateObjectEncryptionResponse";
var _UP = "UploadPart";
var _UPC = "UploadPartCopy";
var _UPCO = "UploadPartCopyOutput";
var _UPCR = "UploadPartCopyRequest";
var _UPO = "UploadPartOutput";
var _UPR = "UploadPartRequest";
var _URI2 = "URI";
var _USMRK = "UseSourceMultiRegionKey";
var _Up = "Upload";
var _V2 = "Value";
var _VC2 = "VersioningConfiguration";
var _VI2 = "VersionId";
var _VIM = "VersionIdMarker";
var _Ve2 = "Versions";
var _Ver2 = "Version";
var _WC = "WebsiteConfiguration";
var _WGOR = "WriteGetObjectResponse";
var _WGORR = "WriteGetObjectResponseRequest";
var _WOB = "WriteOffsetBytes";
var _WRL = "WebsiteRedirectLocation";
var _Y = "Years";
var _aN = "annotationName";
var _ap = "annotation-prefix";
var _ar = "accept-ranges";
var _br = "bucket-region";
var _c2 = "client";
var _ct = "continuation-token";
var _d = "delimiter";
var _e2 = "error";
var _eP2 = "eventPayload";
var _en = "endpoint";
var _et = "encoding-type";
var _fo = "fetch-owner";
var _h2 = "http";
var _hC = "httpChecksum";
var _hE2 = "httpError";
var _hH2 = "httpHeader";
var _hL = "hostLabel";
var _hP = "httpPayload";
var _hPH = "httpPrefixHeaders";
var _hQ2 = "httpQuery";
var _hi = "http://www.w3.org/2001/XMLSchema-instance";
var _i = "id";
var _iT = "idempotencyToken";
var _km = "key-marker";
var _m2 = "marker";
var _mar = "max-annotation-results";
var _mb = "max-buckets";
var _mdb = "max-directory-buckets";
var _mk = "max-keys";
var _mp = "max-parts";
var _mu = "max-uploads";
var _p = "prefix";
var _pN = "partNumber";
var _pnm = "part-number-marker";
var _rcc = "response-cache-control";
var _rcd = "response-content-disposition";
var _rce = "response-content-encoding";
var _rcl = "response-content-language";
var _rct = "response-content-type";
var _re = "response-expires";
var _s2 = "smithy.ts.sdk.synthetic.com.amazonaws.s3";
var _sa = "start-after";
var _st2 = "streaming";
var _uI = "uploadId";
var _uim = "upload-id-marker";
var _vI = "versionId";
var _vim = "version-id-marker";
var _x = "xsi";
var _xA = "xmlAttribute";
var _xF = "xmlFlattened";
var _xN2 = "xmlName";
var _xNm = "xmlNamespace";
var _xaa = "x-amz-acl";
var _xaad = "x-amz-abort-date";
var _xaapa = "x-amz-access-point-alias";
var _xaari = "x-amz-abort-rule-id";
var _xaas = "x-amz-archive-status";
var _xaba = "x-amz-bucket-arn";
var _xabgr = "x-amz-bypass-governance-retention";
var _xabln = "x-amz-bucket-location-name";
var _xablt = "x-amz-bucket-location-type";
var _xabn = "x-amz-bucket-namespace";
var _xabole = "x-amz-bucket-object-lock-enabled";
var _xabolt = "x-amz-bucket-object-lock-token";
var _xabr = "x-amz-bucket-region";
var _xaca = "x-amz-checksum-algorithm";
var _xacc = "x-amz-checksum-crc32";
var _xacc_ = "x-amz-checksum-crc32c";
var _xacc__ = "x-amz-checksum-crc64nvme";
var _xacm = "x-amz-checksum-md5";
var _xacm_ = "x-amz-checksum-mode";
var _xacrsba = "x-amz-confirm-remove-self-bucket-access";
var _xacs = "x-amz-checksum-sha1";
var _xacs_ = "x-amz-checksum-sha256";
var _xacs__ = "x-amz-checksum-sha512";
var _xacs___ = "x-amz-copy-source";
var _xacsim = "x-amz-copy-source-if-match";
var _xacsims = "x-amz-copy-source-if-modified-since";
var _xacsinm = "x-amz-copy-source-if-none-match";
var _xacsius = "x-amz-copy-source-if-unmodified-since";
var _xacsm = "x-amz-create-session-mode";
var _xacsr = "x-amz-copy-source-range";
var _xacssseca = "x-amz-copy-source-server-side-encryption-customer-algorithm";
var _xacssseck = "x-amz-copy-source-server-side-encryption-customer-key";
var _xacssseckM = "x-amz-copy-source-server-side-encryption-customer-key-MD5";
var _xacsvi = "x-amz-copy-source-version-id";
var _xact = "x-amz-checksum-type";
var _xact_ = "x-amz-client-token";
var _xacx = "x-amz-checksum-xxhash64";
var _xacx_ = "x-amz-checksum-xxhash3";
var _xacx__ = "x-amz-checksum-xxhash128";
var _xadm = "x-amz-delete-marker";
var _xae = "x-amz-expiration";
var _xaebo = "x-amz-expected-bucket-owner";
var _xafec = "x-amz-fwd-error-code";
var _xafem = "x-amz-fwd-error-message";
var _xafhCC = "x-amz-fwd-header-Cache-Control";
var _xafhCD = "x-amz-fwd-header-Content-Disposition";
var _xafhCE = "x-amz-fwd-header-Content-Encoding";
var _xafhCL = "x-amz-fwd-header-Content-Language";
var _xafhCR = "x-amz-fwd-header-Content-Range";
var _xafhCT = "x-amz-fwd-header-Content-Type";
var _xafhE = "x-amz-fwd-header-ETag";
var _xafhE_ = "x-amz-fwd-header-Expires";
var _xafhLM = "x-amz-fwd-header-Last-Modified";
var _xafhar = "x-amz-fwd-header-accept-ranges";
var _xafhxacc = "x-amz-fwd-header-x-amz-checksum-crc32";
var _xafhxacc_ = "x-amz-fwd-header-x-amz-checksum-crc32c";
var _xafhxacc__ = "x-amz-fwd-header-x-amz-checksum-crc64nvme";
var _xafhxacm = "x-amz-fwd-header-x-amz-checksum-md5";
var _xafhxacs = "x-amz-fwd-header-x-amz-checksum-sha1";
var _xafhxacs_ = "x-amz-fwd-header-x-amz-checksum-sha256";
var _xafhxacs__ = "x-amz-fwd-header-x-amz-checksum-sha512";
var _xafhxacx = "x-amz-fwd-header-x-amz-checksum-xxhash64";
var _xafhxacx_ = "x-amz-fwd-header-x-amz-checksum-xxhash3";
var _xafhxacx__ = "x-amz-fwd-header-x-amz-checksum-xxhash128";
var _xafhxadm = "x-amz-fwd-header-x-amz-delete-marker";
var _xafhxae = "x-amz-fwd-header-x-amz-expiration";
var _xafhxamm = "x-amz-fwd-header-x-amz-missing-meta";
var _xafhxampc = "x-amz-fwd-header-x-amz-mp-parts-count";
var _xafhxaollh = "x-amz-fwd-header-x-amz-object-lock-legal-hold";
var _xafhxaolm = "x-amz-fwd-header-x-amz-object-lock-mode";
var _xafhxaolrud = "x-amz-fwd-header-x-amz-object-lock-retain-until-date";
var _xafhxar = "x-amz-fwd-header-x-amz-restore";
var _xafhxarc = "x-amz-fwd-header-x-amz-request-charged";
var _xafhxars = "x-amz-fwd-header-x-amz-replication-status";
var _xafhxasc = "x-amz-fwd-header-x-amz-storage-class";
var _xafhxasse = "x-amz-fwd-header-x-amz-server-side-encryption";
var _xafhxasseakki = "x-amz-fwd-header-x-amz-server-side-encryption-aws-kms-key-id";
var _xafhxassebke = "x-amz-fwd-header-x-amz-server-side-encryption-bucket-key-enabled";
var _xafhxasseca = "x-amz-fwd-header-x-amz-server-side-encryption-customer-algorithm";
var _xafhxasseckM = "x-amz-fwd-header-x-amz-server-side-encryption-customer-key-MD5";
var _xafhxatc = "x-amz-fwd-header-x-amz-tagging-count";
var _xafhxavi = "x-amz-fwd-header-x-amz-version-id";
var _xafs = "x-amz-fwd-status";
var _xagfc = "x-amz-grant-full-control";
var _xagr = "x-amz-grant-read";
var _xagra = "x-amz-grant-read-acp";
var _xagw = "x-amz-grant-write";
var _xagwa = "x-amz-grant-write-acp";
var _xaimit = "x-amz-if-match-initiated-time";
var _xaimlmt = "x-amz-if-match-last-modified-time";
var _xaims = "x-amz-if-match-size";
var _xam = "x-amz-meta-";
var _xam_ = "x-amz-mfa";
var _xamd = "x-amz-metadata-directive";
var _xamm = "x-amz-missing-meta";
var _xamos = "x-amz-mp-object-size";
var _xamp = "x-amz-max-parts";
var _xampc = "x-amz-mp-parts-count";
var _xaoa = "x-amz-object-attributes";
var _xaoad = "x-amz-object-annotation-directive";
var _xaoim = "x-amz-object-if-match";
var _xaoleh = "x-amz-object-lock-event-hold";
var _xaolehdd = "x-amz-object-lock-event-hold-duration-days";
var _xaolehdy = "x-amz-object-lock-event-hold-duration-years";
var _xaollh = "x-amz-object-lock-legal-hold";
var _xaolm = "x-amz-object-lock-mode";
var _xaolrud = "x-amz-object-lock-retain-until-date";
var _xaoo = "x-amz-object-ownership";
var _xaooa = "x-amz-optional-object-attributes";
var _xaos = "x-amz-object-size";
var _xaovi = "x-amz-object-version-id";
var _xapnm = "x-amz-part-number-marker";
var _xar = "x-amz-restore";
var _xarc = "x-amz-request-charged";
var _xarop = "x-amz-restore-output-path";
var _xarp = "x-amz-request-payer";
var _xarr = "x-amz-request-route";
var _xars = "x-amz-replication-status";
var _xars_ = "x-amz-rename-source";
var _xarsim = "x-amz-rename-source-if-match";
var _xarsims = "x-amz-rename-source-if-modified-since";
var _xarsinm = "x-amz-rename-source-if-none-match";
var _xarsius = "x-amz-rename-source-if-unmodified-since";
var _xart = "x-amz-request-token";
var _xasc = "x-amz-storage-class";
var _xasca = "x-amz-sdk-checksum-algorithm";
var _xasdv = "x-amz-skip-destination-validation";
var _xasebo = "x-amz-source-expected-bucket-owner";
var _xasse = "x-amz-server-side-encryption";
var _xasseakki = "x-amz-server-side-encryption-aws-kms-key-id";
var _xassebke = "x-amz-server-side-encryption-bucket-key-enabled";
var _xassec = "x-amz-server-side-encryption-context";
var _xasseca = "x-amz-server-side-encryption-customer-algorithm";
var _xasseck = "x-amz-server-side-encryption-customer-key";
var _xasseckM = "x-amz-server-side-encryption-customer-key-MD5";
var _xat = "x-amz-tagging";
var _xatc = "x-amz-tagging-count";
var _xatd = "x-amz-tagging-directive";
var _xatdmos = "x-amz-transition-default-minimum-object-size";
var _xavi = "x-amz-version-id";
var _xawob = "x-amz-write-offset-bytes";
var _xawrl = "x-amz-website-redirect-location";
var _xs = "xsi:type";
var n02 = "com.amazonaws.s3";
var _s_registry2 = new TypeRegistry(_s2);
var S3ServiceException$ = [-3, _s2, "S3ServiceException", 0, [], []];
_s_registry2.registerError(S3ServiceException$, S3ServiceException);
var n0_registry2 = new TypeRegistry(n02);
var AccessDenied$ = [
  -3,
  n02,
  _AD,
  { [_e2]: _c2, [_hE2]: 403 },
  [],
  []
];
n0_registry2.registerError(AccessDenied$, AccessDenied);
var AnnotationLimitExceeded$ = [
  -3,
  n02,
  _ALE,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(AnnotationLimitExceeded$, AnnotationLimitExceeded);
var AnnotationNameTooLong$ = [
  -3,
  n02,
  _ANTL,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(AnnotationNameTooLong$, AnnotationNameTooLong);
var BucketAlreadyExists$ = [
  -3,
  n02,
  _BAE,
  { [_e2]: _c2, [_hE2]: 409 },
  [],
  []
];
n0_registry2.registerError(BucketAlreadyExists$, BucketAlreadyExists);
var BucketAlreadyOwnedByYou$ = [
  -3,
  n02,
  _BAOBY,
  { [_e2]: _c2, [_hE2]: 409 },
  [],
  []
];
n0_registry2.registerError(BucketAlreadyOwnedByYou$, BucketAlreadyOwnedByYou);
var EncryptionTypeMismatch$ = [
  -3,
  n02,
  _ETM,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(EncryptionTypeMismatch$, EncryptionTypeMismatch);
var IdempotencyParameterMismatch$ = [
  -3,
  n02,
  _IPM,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(IdempotencyParameterMismatch$, IdempotencyParameterMismatch);
var InvalidAnnotationName$ = [
  -3,
  n02,
  _IAN,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(InvalidAnnotationName$, InvalidAnnotationName);
var InvalidObjectState$ = [
  -3,
  n02,
  _IOS,
  { [_e2]: _c2, [_hE2]: 403 },
  [_SC2, _AT2],
  [0, 0]
];
n0_registry2.registerError(InvalidObjectState$, InvalidObjectState);
var InvalidPrefix$ = [
  -3,
  n02,
  _IP2,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(InvalidPrefix$, InvalidPrefix);
var InvalidRequest$ = [
  -3,
  n02,
  _IR2,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(InvalidRequest$, InvalidRequest);
var InvalidWriteOffset$ = [
  -3,
  n02,
  _IWO,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(InvalidWriteOffset$, InvalidWriteOffset);
var NoSuchAnnotation$ = [
  -3,
  n02,
  _NSA,
  { [_e2]: _c2, [_hE2]: 404 },
  [],
  []
];
n0_registry2.registerError(NoSuchAnnotation$, NoSuchAnnotation);
var NoSuchBucket$ = [
  -3,
  n02,
  _NSB,
  { [_e2]: _c2, [_hE2]: 404 },
  [],
  []
];
n0_registry2.registerError(NoSuchBucket$, NoSuchBucket);
var NoSuchKey$ = [
  -3,
  n02,
  _NSK,
  { [_e2]: _c2, [_hE2]: 404 },
  [],
  []
];
n0_registry2.registerError(NoSuchKey$, NoSuchKey);
var NoSuchUpload$ = [
  -3,
  n02,
  _NSU,
  { [_e2]: _c2, [_hE2]: 404 },
  [],
  []
];
n0_registry2.registerError(NoSuchUpload$, NoSuchUpload);
var NotFound$ = [
  -3,
  n02,
  _NF,
  { [_e2]: _c2 },
  [],
  []
];
n0_registry2.registerError(NotFound$, NotFound);
var ObjectAlreadyInActiveTierError$ = [
  -3,
  n02,
  _OAIATE,
  { [_e2]: _c2, [_hE2]: 403 },
  [],
  []
];
n0_registry2.registerError(ObjectAlreadyInActiveTierError$, ObjectAlreadyInActiveTierError);
var ObjectNotInActiveTierError$ = [
  -3,
  n02,
  _ONIATE,
  { [_e2]: _c2, [_hE2]: 403 },
  [],
  []
];
n0_registry2.registerError(ObjectNotInActiveTierError$, ObjectNotInActiveTierError);
var TooManyParts$ = [
  -3,
  n02,
  _TMP,
  { [_e2]: _c2, [_hE2]: 400 },
  [],
  []
];
n0_registry2.registerError(TooManyParts$, TooManyParts);
var UnsupportedMediaType$ = [
  -3,
  n02,
  _UMT,
  { [_e2]: _c2, [_hE2]: 415 },
  [],
  []
];
n0_registry2.registerError(UnsupportedMediaType$, UnsupportedMediaType);
var errorTypeRegistries2 = [
  _s_registry2,
  n0_registry2
];
var CopySourceSSECustomerKey = [0, n02, _CSSSECK, 8, 0];
var NonEmptyKmsKeyArnString = [0, n02, _NEKKAS, 8, 0];
var SessionCredentialValue = [0, n02, _SCV, 8, 0];
var SSECustomerKey = [0, n02, _SSECK, 8, 0];
var SSEKMSEncryptionContext = [0, n02, _SSEKMSEC, 8, 0];
var SSEKMSKeyId = [0, n02, _SSEKMSKI, 8, 0];
var StreamingBlob = [0, n02, _SB2, { [_st2]: 1 }, 42];
var AbacStatus$ = [
  3,
  n02,
  _AS,
  0,
  [_S2],
  [0]
];
var AbortIncompleteMultipartUpload$ = [
  3,
  n02,
  _AIMU,
  0,
  [_DAI],
  [1]
];
var AbortMultipartUploadOutput$ = [
  3,
  n02,
  _AMUO,
  0,
  [_RC2, _VI2],
  [[0, { [_hH2]: _xarc }], [0, { [_hH2]: _xavi }]]
];
var AbortMultipartUploadRequest$ = [
  3,
  n02,
  _AMUR,
  0,
  [_B2, _K2, _UI, _RP2, _EBO, _IMIT],
  [[0, 1], [0, 1], [0, { [_hQ2]: _uI }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [6, { [_hH2]: _xaimit }]],
  3
];
var AccelerateConfiguration$ = [
  3,
  n02,
  _AC2,
  0,
  [_S2],
  [0]
];
var AccessControlPolicy$ = [
  3,
  n02,
  _ACP,
  0,
  [_G, _O2],
  [[() => Grants, { [_xN2]: _ACL }], () => Owner$]
];
var AccessControlTranslation$ = [
  3,
  n02,
  _ACT,
  0,
  [_O2],
  [0],
  1
];
var AnalyticsAndOperator$ = [
  3,
  n02,
  _AAO,
  0,
  [_P2, _T2],
  [0, [() => TagSet, { [_xF]: 1, [_xN2]: _Ta2 }]]
];
var AnalyticsConfiguration$ = [
  3,
  n02,
  _ACn,
  0,
  [_I2, _SCA, _F2],
  [0, () => StorageClassAnalysis$, [() => AnalyticsFilter$, 0]],
  2
];
var AnalyticsExportDestination$ = [
  3,
  n02,
  _AED,
  0,
  [_SBD],
  [() => AnalyticsS3BucketDestination$],
  1
];
var AnalyticsS3BucketDestination$ = [
  3,
  n02,
  _ASBD,
  0,
  [_Fo, _B2, _BAI, _P2],
  [0, 0, 0, 0],
  2
];
var AnnotationEntry$ = [
  3,
  n02,
  _AE,
  0,
  [_AN, _LM2, _Si2, _ET2, _CA2, _RS],
  [0, 4, 1, 0, [64 | 0, { [_xF]: 1 }], 0],
  3
];
var AnnotationTableConfiguration$ = [
  3,
  n02,
  _ATC,
  0,
  [_CS2, _EC2, _R2],
  [0, () => MetadataTableEncryptionConfiguration$, 0],
  1
];
var AnnotationTableConfigurationResult$ = [
  3,
  n02,
  _ATCR,
  0,
  [_CS2, _TS2, _E2, _TN, _TA2, _R2],
  [0, 0, () => ErrorDetails$, 0, 0, 0],
  1
];
var AnnotationTableConfigurationUpdates$ = [
  3,
  n02,
  _ATCU,
  0,
  [_CS2, _EC2, _R2],
  [0, () => MetadataTableEncryptionConfiguration$, 0],
  1
];
var BlockedEncryptionTypes$ = [
  3,
  n02,
  _BET,
  0,
  [_ETn2],
  [[() => EncryptionTypeList, { [_xF]: 1 }]]
];
var Bucket$ = [
  3,
  n02,
  _B2,
  0,
  [_N2, _CD2, _BR, _BA],
  [0, 4, 0, 0]
];
var BucketInfo$ = [
  3,
  n02,
  _BI,
  0,
  [_DR2, _Ty],
  [0, 0]
];
var BucketLifecycleConfiguration$ = [
  3,
  n02,
  _BLC,
  0,
  [_Ru2],
  [[() => LifecycleRules, { [_xF]: 1, [_xN2]: _Rul }]],
  1
];
var BucketLoggingStatus$ = [
  3,
  n02,
  _BLS,
  0,
  [_LE],
  [[() => LoggingEnabled$, 0]]
];
var Checksum$ = [
  3,
  n02,
  _C2,
  0,
  [_CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CT2],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var CommonPrefix$ = [
  3,
  n02,
  _CP2,
  0,
  [_P2],
  [0]
];
var CompletedMultipartUpload$ = [
  3,
  n02,
  _CMU,
  0,
  [_Pa2],
  [[() => CompletedPartList, { [_xF]: 1, [_xN2]: _Par }]]
];
var CompletedPart$ = [
  3,
  n02,
  _CPo,
  0,
  [_ET2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _PN],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]
];
var CompleteMultipartUploadOutput$ = [
  3,
  n02,
  _CMUO,
  { [_xN2]: _CMUR },
  [_L2, _B2, _K2, _Ex2, _ET2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CT2, _SSE2, _VI2, _SSEKMSKI, _BKE, _RC2],
  [0, 0, 0, [0, { [_hH2]: _xae }], 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xavi }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xarc }]]
];
var CompleteMultipartUploadRequest$ = [
  3,
  n02,
  _CMURo,
  0,
  [_B2, _K2, _UI, _MU, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CT2, _MOS, _RP2, _EBO, _IM2, _INM, _SSECA, _SSECK, _SSECKMD],
  [[0, 1], [0, 1], [0, { [_hQ2]: _uI }], [() => CompletedMultipartUpload$, { [_hP]: 1, [_xN2]: _CMUo }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _xact }], [1, { [_hH2]: _xamos }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _IM_ }], [0, { [_hH2]: _INM_ }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }]],
  3
];
var Condition$ = [
  3,
  n02,
  _Co2,
  0,
  [_HECRE, _KPE],
  [0, 0]
];
var ContinuationEvent$ = [
  3,
  n02,
  _CE2,
  0,
  [],
  []
];
var CopyObjectOutput$ = [
  3,
  n02,
  _COO,
  0,
  [_COR, _Ex2, _CSVI, _VI2, _SSE2, _SSECA, _SSECKMD, _SSEKMSKI, _SSEKMSEC, _BKE, _RC2],
  [[() => CopyObjectResult$, 16], [0, { [_hH2]: _xae }], [0, { [_hH2]: _xacsvi }], [0, { [_hH2]: _xavi }], [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xasseca }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [() => SSEKMSEncryptionContext, { [_hH2]: _xassec }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xarc }]]
];
var CopyObjectRequest$ = [
  3,
  n02,
  _CORo,
  0,
  [_B2, _CSo2, _K2, _ACL_, _CC2, _CA2, _CDo2, _CEo, _CL, _CTo, _CSIM, _CSIMS, _CSINM, _CSIUS, _Exp, _GFC2, _GR, _GRACP, _GWACP, _IM2, _INM, _M2, _MD, _TD, _ADn, _SSE2, _SC2, _WRL, _SSECA, _SSECK, _SSECKMD, _SSEKMSKI, _SSEKMSEC, _BKE, _CSSSECA, _CSSSECK, _CSSSECKMD, _RP2, _Tag, _OLM, _OLRUD, _OLLHS, _OLEH, _OLEHDD, _OLEHDY, _EBO, _ESBO],
  [[0, 1], [0, { [_hH2]: _xacs___ }], [0, 1], [0, { [_hH2]: _xaa }], [0, { [_hH2]: _CC_ }], [0, { [_hH2]: _xaca }], [0, { [_hH2]: _CD_ }], [0, { [_hH2]: _CE_ }], [0, { [_hH2]: _CL_ }], [0, { [_hH2]: _CT_2 }], [0, { [_hH2]: _xacsim }], [4, { [_hH2]: _xacsims }], [0, { [_hH2]: _xacsinm }], [4, { [_hH2]: _xacsius }], [4, { [_hH2]: _Exp }], [0, { [_hH2]: _xagfc }], [0, { [_hH2]: _xagr }], [0, { [_hH2]: _xagra }], [0, { [_hH2]: _xagwa }], [0, { [_hH2]: _IM_ }], [0, { [_hH2]: _INM_ }], [128 | 0, { [_hPH]: _xam }], [0, { [_hH2]: _xamd }], [0, { [_hH2]: _xatd }], [0, { [_hH2]: _xaoad }], [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xasc }], [0, { [_hH2]: _xawrl }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [() => SSEKMSEncryptionContext, { [_hH2]: _xassec }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xacssseca }], [() => CopySourceSSECustomerKey, { [_hH2]: _xacssseck }], [0, { [_hH2]: _xacssseckM }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xat }], [0, { [_hH2]: _xaolm }], [5, { [_hH2]: _xaolrud }], [0, { [_hH2]: _xaollh }], [0, { [_hH2]: _xaoleh }], [1, { [_hH2]: _xaolehdd }], [1, { [_hH2]: _xaolehdy }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xasebo }]],
  3
];
var CopyObjectResult$ = [
  3,
  n02,
  _COR,
  0,
  [_ET2, _LM2, _CT2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe],
  [0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var CopyPartResult$ = [
  3,
  n02,
  _CPR,
  0,
  [_ET2, _LM2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe],
  [0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var CORSConfiguration$ = [
  3,
  n02,
  _CORSC,
  0,
  [_CORSR],
  [[() => CORSRules, { [_xF]: 1, [_xN2]: _CORSRu }]],
  1
];
var CORSRule$ = [
  3,
  n02,
  _CORSRu,
  0,
  [_AM2, _AO2, _ID, _AH2, _EH2, _MAS],
  [[64 | 0, { [_xF]: 1, [_xN2]: _AMl }], [64 | 0, { [_xF]: 1, [_xN2]: _AOl }], 0, [64 | 0, { [_xF]: 1, [_xN2]: _AHl }], [64 | 0, { [_xF]: 1, [_xN2]: _EHx }], 1],
  2
];
var CreateBucketConfiguration$ = [
  3,
  n02,
  _CBC,
  0,
  [_LC2, _L2, _B2, _T2],
  [0, () => LocationInfo$, () => BucketInfo$, [() => TagSet, 0]]
];
var CreateBucketMetadataConfigurationRequest$ = [
  3,
  n02,
  _CBMCR,
  0,
  [_B2, _MC2, _CMDo, _CA2, _EBO],
  [[0, 1], [() => MetadataConfiguration$, { [_hP]: 1, [_xN2]: _MC2 }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var CreateBucketMetadataTableConfigurationRequest$ = [
  3,
  n02,
  _CBMTCR,
  0,
  [_B2, _MTC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => MetadataTableConfiguration$, { [_hP]: 1, [_xN2]: _MTC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var CreateBucketOutput$ = [
  3,
  n02,
  _CBO,
  0,
  [_L2, _BA],
  [[0, { [_hH2]: _L2 }], [0, { [_hH2]: _xaba }]]
];
var CreateBucketRequest$ = [
  3,
  n02,
  _CBR,
  0,
  [_B2, _ACL_, _CBC, _GFC2, _GR, _GRACP, _GW, _GWACP, _OLEFB, _OO, _BN],
  [[0, 1], [0, { [_hH2]: _xaa }], [() => CreateBucketConfiguration$, { [_hP]: 1, [_xN2]: _CBC }], [0, { [_hH2]: _xagfc }], [0, { [_hH2]: _xagr }], [0, { [_hH2]: _xagra }], [0, { [_hH2]: _xagw }], [0, { [_hH2]: _xagwa }], [2, { [_hH2]: _xabole }], [0, { [_hH2]: _xaoo }], [0, { [_hH2]: _xabn }]],
  1
];
var CreateMultipartUploadOutput$ = [
  3,
  n02,
  _CMUOr,
  { [_xN2]: _IMUR },
  [_ADb, _ARI, _B2, _K2, _UI, _SSE2, _SSECA, _SSECKMD, _SSEKMSKI, _SSEKMSEC, _BKE, _RC2, _CA2, _CT2, _VI2],
  [[4, { [_hH2]: _xaad }], [0, { [_hH2]: _xaari }], [0, { [_xN2]: _B2 }], 0, 0, [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xasseca }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [() => SSEKMSEncryptionContext, { [_hH2]: _xassec }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xarc }], [0, { [_hH2]: _xaca }], [0, { [_hH2]: _xact }], [0, { [_hH2]: _xavi }]]
];
var CreateMultipartUploadRequest$ = [
  3,
  n02,
  _CMURr,
  0,
  [_B2, _K2, _ACL_, _CC2, _CDo2, _CEo, _CL, _CTo, _Exp, _GFC2, _GR, _GRACP, _GWACP, _M2, _SSE2, _SC2, _WRL, _SSECA, _SSECK, _SSECKMD, _SSEKMSKI, _SSEKMSEC, _BKE, _RP2, _Tag, _OLM, _OLRUD, _OLLHS, _OLEH, _OLEHDD, _OLEHDY, _EBO, _CA2, _CT2],
  [[0, 1], [0, 1], [0, { [_hH2]: _xaa }], [0, { [_hH2]: _CC_ }], [0, { [_hH2]: _CD_ }], [0, { [_hH2]: _CE_ }], [0, { [_hH2]: _CL_ }], [0, { [_hH2]: _CT_2 }], [4, { [_hH2]: _Exp }], [0, { [_hH2]: _xagfc }], [0, { [_hH2]: _xagr }], [0, { [_hH2]: _xagra }], [0, { [_hH2]: _xagwa }], [128 | 0, { [_hPH]: _xam }], [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xasc }], [0, { [_hH2]: _xawrl }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [() => SSEKMSEncryptionContext, { [_hH2]: _xassec }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xat }], [0, { [_hH2]: _xaolm }], [5, { [_hH2]: _xaolrud }], [0, { [_hH2]: _xaollh }], [0, { [_hH2]: _xaoleh }], [1, { [_hH2]: _xaolehdd }], [1, { [_hH2]: _xaolehdy }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xaca }], [0, { [_hH2]: _xact }]],
  2
];
var CreateSessionOutput$ = [
  3,
  n02,
  _CSO,
  { [_xN2]: _CSR },
  [_Cr, _SSE2, _SSEKMSKI, _SSEKMSEC, _BKE],
  [[() => SessionCredentials$, { [_xN2]: _Cr }], [0, { [_hH2]: _xasse }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [() => SSEKMSEncryptionContext, { [_hH2]: _xassec }], [2, { [_hH2]: _xassebke }]],
  1
];
var CreateSessionRequest$ = [
  3,
  n02,
  _CSRr,
  0,
  [_B2, _SM2, _SSE2, _SSEKMSKI, _SSEKMSEC, _BKE],
  [[0, 1], [0, { [_hH2]: _xacsm }], [0, { [_hH2]: _xasse }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [() => SSEKMSEncryptionContext, { [_hH2]: _xassec }], [2, { [_hH2]: _xassebke }]],
  1
];
var CSVInput$ = [
  3,
  n02,
  _CSVIn,
  0,
  [_FHI, _Com2, _QEC, _RD2, _FD2, _QC, _AQRD],
  [0, 0, 0, 0, 0, 0, 2]
];
var CSVOutput$ = [
  3,
  n02,
  _CSVO,
  0,
  [_QF, _QEC, _RD2, _FD2, _QC],
  [0, 0, 0, 0, 0]
];
var DefaultRetention$ = [
  3,
  n02,
  _DRe,
  0,
  [_Mo2, _D2, _Y, _DEH],
  [0, 1, 1, () => EventHoldDuration$]
];
var Delete$ = [
  3,
  n02,
  _De2,
  0,
  [_Ob, _Q2],
  [[() => ObjectIdentifierList, { [_xF]: 1, [_xN2]: _Obj }], 2],
  1
];
var DeleteBucketAnalyticsConfigurationRequest$ = [
  3,
  n02,
  _DBACR,
  0,
  [_B2, _I2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [0, { [_hH2]: _xaebo }]],
  2
];
var DeleteBucketCorsRequest$ = [
  3,
  n02,
  _DBCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketEncryptionRequest$ = [
  3,
  n02,
  _DBER,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketIntelligentTieringConfigurationRequest$ = [
  3,
  n02,
  _DBITCR,
  0,
  [_B2, _I2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [0, { [_hH2]: _xaebo }]],
  2
];
var DeleteBucketInventoryConfigurationRequest$ = [
  3,
  n02,
  _DBICR,
  0,
  [_B2, _I2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [0, { [_hH2]: _xaebo }]],
  2
];
var DeleteBucketLifecycleRequest$ = [
  3,
  n02,
  _DBLR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketMetadataConfigurationRequest$ = [
  3,
  n02,
  _DBMCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketMetadataTableConfigurationRequest$ = [
  3,
  n02,
  _DBMTCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketMetricsConfigurationRequest$ = [
  3,
  n02,
  _DBMCRe,
  0,
  [_B2, _I2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [0, { [_hH2]: _xaebo }]],
  2
];
var DeleteBucketOwnershipControlsRequest$ = [
  3,
  n02,
  _DBOCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketPolicyRequest$ = [
  3,
  n02,
  _DBPR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketReplicationRequest$ = [
  3,
  n02,
  _DBRR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketRequest$ = [
  3,
  n02,
  _DBR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketTaggingRequest$ = [
  3,
  n02,
  _DBTR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeleteBucketWebsiteRequest$ = [
  3,
  n02,
  _DBWR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var DeletedObject$ = [
  3,
  n02,
  _DO,
  0,
  [_K2, _VI2, _DM, _DMVI],
  [0, 0, 2, 0]
];
var DeleteMarkerEntry$ = [
  3,
  n02,
  _DME,
  0,
  [_O2, _K2, _VI2, _IL, _LM2],
  [() => Owner$, 0, 0, 2, 4]
];
var DeleteMarkerReplication$ = [
  3,
  n02,
  _DMR,
  0,
  [_S2],
  [0]
];
var DeleteObjectAnnotationOutput$ = [
  3,
  n02,
  _DOAO,
  0,
  [_OVI, _RC2],
  [[0, { [_hH2]: _xaovi }], [0, { [_hH2]: _xarc }]]
];
var DeleteObjectAnnotationRequest$ = [
  3,
  n02,
  _DOAR,
  0,
  [_B2, _K2, _AN, _VI2, _RP2, _EBO, _OIM],
  [[0, 1], [0, 1], [0, { [_hQ2]: _aN }], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xaoim }]],
  3
];
var DeleteObjectOutput$ = [
  3,
  n02,
  _DOO,
  0,
  [_DM, _VI2, _RC2],
  [[2, { [_hH2]: _xadm }], [0, { [_hH2]: _xavi }], [0, { [_hH2]: _xarc }]]
];
var DeleteObjectRequest$ = [
  3,
  n02,
  _DOR,
  0,
  [_B2, _K2, _MFA, _VI2, _RP2, _BGR, _EBO, _IM2, _IMLMT, _IMS],
  [[0, 1], [0, 1], [0, { [_hH2]: _xam_ }], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xarp }], [2, { [_hH2]: _xabgr }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _IM_ }], [6, { [_hH2]: _xaimlmt }], [1, { [_hH2]: _xaims }]],
  2
];
var DeleteObjectsOutput$ = [
  3,
  n02,
  _DOOe,
  { [_xN2]: _DRel },
  [_Del, _RC2, _Er],
  [[() => DeletedObjects, { [_xF]: 1 }], [0, { [_hH2]: _xarc }], [() => Errors, { [_xF]: 1, [_xN2]: _E2 }]]
];
var DeleteObjectsRequest$ = [
  3,
  n02,
  _DORe,
  0,
  [_B2, _De2, _MFA, _RP2, _BGR, _EBO, _CA2],
  [[0, 1], [() => Delete$, { [_hP]: 1, [_xN2]: _De2 }], [0, { [_hH2]: _xam_ }], [0, { [_hH2]: _xarp }], [2, { [_hH2]: _xabgr }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xasca }]],
  2
];
var DeleteObjectTaggingOutput$ = [
  3,
  n02,
  _DOTO,
  0,
  [_VI2],
  [[0, { [_hH2]: _xavi }]]
];
var DeleteObjectTaggingRequest$ = [
  3,
  n02,
  _DOTR,
  0,
  [_B2, _K2, _VI2, _EBO],
  [[0, 1], [0, 1], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xaebo }]],
  2
];
var DeletePublicAccessBlockRequest$ = [
  3,
  n02,
  _DPABR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var Destination$ = [
  3,
  n02,
  _Des,
  0,
  [_B2, _A2, _SC2, _ACT, _EC2, _RT2, _Me2],
  [0, 0, 0, () => AccessControlTranslation$, () => EncryptionConfiguration$, () => ReplicationTime$, () => Metrics$],
  1
];
var DestinationResult$ = [
  3,
  n02,
  _DRes,
  0,
  [_TBT, _TBA, _TNa],
  [0, 0, 0]
];
var Encryption$ = [
  3,
  n02,
  _En2,
  0,
  [_ETn2, _KMSKI, _KMSC],
  [0, [() => SSEKMSKeyId, 0], 0],
  1
];
var EncryptionConfiguration$ = [
  3,
  n02,
  _EC2,
  0,
  [_RKKID, _USMRK],
  [0, () => UseSourceMultiRegionKey$]
];
var EndEvent$ = [
  3,
  n02,
  _EE2,
  0,
  [],
  []
];
var _Error$ = [
  3,
  n02,
  _E2,
  0,
  [_K2, _VI2, _Cod2, _Mes],
  [0, 0, 0, 0]
];
var ErrorDetails$ = [
  3,
  n02,
  _ED2,
  0,
  [_ECr, _EM2],
  [0, 0]
];
var ErrorDocument$ = [
  3,
  n02,
  _EDr2,
  0,
  [_K2],
  [0],
  1
];
var EventBridgeConfiguration$ = [
  3,
  n02,
  _EBC,
  0,
  [],
  []
];
var EventHoldDuration$ = [
  3,
  n02,
  _EHD,
  0,
  [_D2, _Y],
  [1, 1]
];
var ExistingObjectReplication$ = [
  3,
  n02,
  _EOR,
  0,
  [_S2],
  [0],
  1
];
var FilterRule$ = [
  3,
  n02,
  _FR,
  0,
  [_N2, _V2],
  [0, 0]
];
var GetBucketAbacOutput$ = [
  3,
  n02,
  _GBAO,
  0,
  [_AS],
  [[() => AbacStatus$, 16]]
];
var GetBucketAbacRequest$ = [
  3,
  n02,
  _GBAR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketAccelerateConfigurationOutput$ = [
  3,
  n02,
  _GBACO,
  { [_xN2]: _AC2 },
  [_S2, _RC2],
  [0, [0, { [_hH2]: _xarc }]]
];
var GetBucketAccelerateConfigurationRequest$ = [
  3,
  n02,
  _GBACR,
  0,
  [_B2, _EBO, _RP2],
  [[0, 1], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xarp }]],
  1
];
var GetBucketAclOutput$ = [
  3,
  n02,
  _GBAOe,
  { [_xN2]: _ACP },
  [_O2, _G],
  [() => Owner$, [() => Grants, { [_xN2]: _ACL }]]
];
var GetBucketAclRequest$ = [
  3,
  n02,
  _GBARe,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketAnalyticsConfigurationOutput$ = [
  3,
  n02,
  _GBACOe,
  0,
  [_ACn],
  [[() => AnalyticsConfiguration$, 16]]
];
var GetBucketAnalyticsConfigurationRequest$ = [
  3,
  n02,
  _GBACRe,
  0,
  [_B2, _I2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [0, { [_hH2]: _xaebo }]],
  2
];
var GetBucketCorsOutput$ = [
  3,
  n02,
  _GBCO,
  { [_xN2]: _CORSC },
  [_CORSR],
  [[() => CORSRules, { [_xF]: 1, [_xN2]: _CORSRu }]]
];
var GetBucketCorsRequest$ = [
  3,
  n02,
  _GBCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketEncryptionOutput$ = [
  3,
  n02,
  _GBEO,
  0,
  [_SSEC],
  [[() => ServerSideEncryptionConfiguration$, 16]]
];
var GetBucketEncryptionRequest$ = [
  3,
  n02,
  _GBER,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketIntelligentTieringConfigurationOutput$ = [
  3,
  n02,
  _GBITCO,
  0,
  [_ITC],
  [[() => IntelligentTieringConfiguration$, 16]]
];
var GetBucketIntelligentTieringConfigurationRequest$ = [
  3,
  n02,
  _GBITCR,
  0,
  [_B2, _I2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [0, { [_hH2]: _xaebo }]],
  2
];
var GetBucketInventoryConfigurationOutput$ = [
  3,
  n02,
  _GBICO,
  0,
  [_IC2],
  [[() => InventoryConfiguration$, 16]]
];
var GetBucketInventoryConfigurationRequest$ = [
  3,
  n02,
  _GBICR,
  0,
  [_B2, _I2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [0, { [_hH2]: _xaebo }]],
  2
];
var GetBucketLifecycleConfigurationOutput$ = [
  3,
  n02,
  _GBLCO,
  { [_xN2]: _LCi },
  [_Ru2, _TDMOS],
  [[() => LifecycleRules, { [_xF]: 1, [_xN2]: _Rul }], [0, { [_hH2]: _xatdmos }]]
];
var GetBucketLifecycleConfigurationRequest$ = [
  3,
  n02,
  _GBLCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketLocationOutput$ = [
  3,
  n02,
  _GBLO,
  { [_xN2]: _LC2 },
  [_LC2],
  [0]
];
var GetBucketLocationRequest$ = [
  3,
  n02,
  _GBLR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketLoggingOutput$ = [
  3,
  n02,
  _GBLOe,
  { [_xN2]: _BLS },
  [_LE],
  [[() => LoggingEnabled$, 0]]
];
var GetBucketLoggingRequest$ = [
  3,
  n02,
  _GBLRe,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketMetadataConfigurationOutput$ = [
  3,
  n02,
  _GBMCO,
  0,
  [_GBMCR],
  [[() => GetBucketMetadataConfigurationResult$, 16]]
];
var GetBucketMetadataConfigurationRequest$ = [
  3,
  n02,
  _GBMCRe,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketMetadataConfigurationResult$ = [
  3,
  n02,
  _GBMCR,
  0,
  [_MCR],
  [() => MetadataConfigurationResult$],
  1
];
var GetBucketMetadataTableConfigurationOutput$ = [
  3,
  n02,
  _GBMTCO,
  0,
  [_GBMTCR],
  [[() => GetBucketMetadataTableConfigurationResult$, 16]]
];
var GetBucketMetadataTableConfigurationRequest$ = [
  3,
  n02,
  _GBMTCRe,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketMetadataTableConfigurationResult$ = [
  3,
  n02,
  _GBMTCR,
  0,
  [_MTCR, _S2, _E2],
  [() => MetadataTableConfigurationResult$, 0, () => ErrorDetails$],
  2
];
var GetBucketMetricsConfigurationOutput$ = [
  3,
  n02,
  _GBMCOe,
  0,
  [_MCe],
  [[() => MetricsConfiguration$, 16]]
];
var GetBucketMetricsConfigurationRequest$ = [
  3,
  n02,
  _GBMCRet,
  0,
  [_B2, _I2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [0, { [_hH2]: _xaebo }]],
  2
];
var GetBucketNotificationConfigurationRequest$ = [
  3,
  n02,
  _GBNCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketOwnershipControlsOutput$ = [
  3,
  n02,
  _GBOCO,
  0,
  [_OC],
  [[() => OwnershipControls$, 16]]
];
var GetBucketOwnershipControlsRequest$ = [
  3,
  n02,
  _GBOCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketPolicyOutput$ = [
  3,
  n02,
  _GBPO,
  0,
  [_Po2],
  [[0, 16]]
];
var GetBucketPolicyRequest$ = [
  3,
  n02,
  _GBPR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketPolicyStatusOutput$ = [
  3,
  n02,
  _GBPSO,
  0,
  [_PS],
  [[() => PolicyStatus$, 16]]
];
var GetBucketPolicyStatusRequest$ = [
  3,
  n02,
  _GBPSR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketReplicationOutput$ = [
  3,
  n02,
  _GBRO,
  0,
  [_RCe2],
  [[() => ReplicationConfiguration$, 16]]
];
var GetBucketReplicationRequest$ = [
  3,
  n02,
  _GBRR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketRequestPaymentOutput$ = [
  3,
  n02,
  _GBRPO,
  { [_xN2]: _RPC },
  [_Pay],
  [0]
];
var GetBucketRequestPaymentRequest$ = [
  3,
  n02,
  _GBRPR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketTaggingOutput$ = [
  3,
  n02,
  _GBTO,
  { [_xN2]: _Tag },
  [_TSa],
  [[() => TagSet, 0]],
  1
];
var GetBucketTaggingRequest$ = [
  3,
  n02,
  _GBTR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketVersioningOutput$ = [
  3,
  n02,
  _GBVO,
  { [_xN2]: _VC2 },
  [_S2, _MFAD],
  [0, [0, { [_xN2]: _MDf }]]
];
var GetBucketVersioningRequest$ = [
  3,
  n02,
  _GBVR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetBucketWebsiteOutput$ = [
  3,
  n02,
  _GBWO,
  { [_xN2]: _WC },
  [_RART, _IDn, _EDr2, _RR],
  [() => RedirectAllRequestsTo$, () => IndexDocument$, () => ErrorDocument$, [() => RoutingRules, 0]]
];
var GetBucketWebsiteRequest$ = [
  3,
  n02,
  _GBWR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetObjectAclOutput$ = [
  3,
  n02,
  _GOAO,
  { [_xN2]: _ACP },
  [_O2, _G, _RC2],
  [() => Owner$, [() => Grants, { [_xN2]: _ACL }], [0, { [_hH2]: _xarc }]]
];
var GetObjectAclRequest$ = [
  3,
  n02,
  _GOAR,
  0,
  [_B2, _K2, _VI2, _RP2, _EBO],
  [[0, 1], [0, 1], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }]],
  2
];
var GetObjectAnnotationOutput$ = [
  3,
  n02,
  _GOAOe,
  0,
  [_AP2, _OVI, _LM2, _CLo, _ET2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CT2, _SSE2, _RC2, _RS],
  [[() => StreamingBlob, 16], [0, { [_hH2]: _xaovi }], [4, { [_hH2]: _LM_ }], [1, { [_hH2]: _CL__ }], [0, { [_hH2]: _ET2 }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _xact }], [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xarc }], [0, { [_hH2]: _xars }]]
];
var GetObjectAnnotationRequest$ = [
  3,
  n02,
  _GOARe,
  0,
  [_B2, _K2, _AN, _VI2, _RP2, _EBO, _CMh],
  [[0, 1], [0, 1], [0, { [_hQ2]: _aN }], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xacm_ }]],
  3
];
var GetObjectAttributesOutput$ = [
  3,
  n02,
  _GOAOet,
  { [_xN2]: _GOARet },
  [_DM, _LM2, _VI2, _RC2, _ET2, _C2, _OP2, _SC2, _OS2],
  [[2, { [_hH2]: _xadm }], [4, { [_hH2]: _LM_ }], [0, { [_hH2]: _xavi }], [0, { [_hH2]: _xarc }], 0, () => Checksum$, [() => GetObjectAttributesParts$, 0], 0, 1]
];
var GetObjectAttributesParts$ = [
  3,
  n02,
  _GOAP,
  0,
  [_TPC, _PNM, _NPNM, _MP2, _IT2, _Pa2],
  [[1, { [_xN2]: _PC2 }], 0, 0, 1, 2, [() => PartsList, { [_xF]: 1, [_xN2]: _Par }]]
];
var GetObjectAttributesRequest$ = [
  3,
  n02,
  _GOARetb,
  0,
  [_B2, _K2, _OA, _VI2, _MP2, _PNM, _SSECA, _SSECK, _SSECKMD, _RP2, _EBO],
  [[0, 1], [0, 1], [64 | 0, { [_hH2]: _xaoa }], [0, { [_hQ2]: _vI }], [1, { [_hH2]: _xamp }], [0, { [_hH2]: _xapnm }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }]],
  3
];
var GetObjectLegalHoldOutput$ = [
  3,
  n02,
  _GOLHO,
  0,
  [_LH],
  [[() => ObjectLockLegalHold$, { [_hP]: 1, [_xN2]: _LH }]]
];
var GetObjectLegalHoldRequest$ = [
  3,
  n02,
  _GOLHR,
  0,
  [_B2, _K2, _VI2, _RP2, _EBO],
  [[0, 1], [0, 1], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }]],
  2
];
var GetObjectLockConfigurationOutput$ = [
  3,
  n02,
  _GOLCO,
  0,
  [_OLC],
  [[() => ObjectLockConfiguration$, 16]]
];
var GetObjectLockConfigurationRequest$ = [
  3,
  n02,
  _GOLCR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GetObjectOutput$ = [
  3,
  n02,
  _GOO,
  0,
  [_Bo, _DM, _AR, _Ex2, _Re2, _LM2, _CLo, _ET2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CT2, _MM, _VI2, _CC2, _CDo2, _CEo, _CL, _CR2, _CTo, _Exp, _ES2, _WRL, _SSE2, _M2, _SSECA, _SSECKMD, _SSEKMSKI, _BKE, _SC2, _RC2, _RS, _PC2, _TC2, _OLM, _OLRUD, _OLLHS, _OLEH, _OLEHDD, _OLEHDY],
  [[() => StreamingBlob, 16], [2, { [_hH2]: _xadm }], [0, { [_hH2]: _ar }], [0, { [_hH2]: _xae }], [0, { [_hH2]: _xar }], [4, { [_hH2]: _LM_ }], [1, { [_hH2]: _CL__ }], [0, { [_hH2]: _ET2 }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _xact }], [1, { [_hH2]: _xamm }], [0, { [_hH2]: _xavi }], [0, { [_hH2]: _CC_ }], [0, { [_hH2]: _CD_ }], [0, { [_hH2]: _CE_ }], [0, { [_hH2]: _CL_ }], [0, { [_hH2]: _CR_ }], [0, { [_hH2]: _CT_2 }], [4, { [_hH2]: _Exp }], [0, { [_hH2]: _ES2 }], [0, { [_hH2]: _xawrl }], [0, { [_hH2]: _xasse }], [128 | 0, { [_hPH]: _xam }], [0, { [_hH2]: _xasseca }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xasc }], [0, { [_hH2]: _xarc }], [0, { [_hH2]: _xars }], [1, { [_hH2]: _xampc }], [1, { [_hH2]: _xatc }], [0, { [_hH2]: _xaolm }], [5, { [_hH2]: _xaolrud }], [0, { [_hH2]: _xaollh }], [0, { [_hH2]: _xaoleh }], [1, { [_hH2]: _xaolehdd }], [1, { [_hH2]: _xaolehdy }]]
];
var GetObjectRequest$ = [
  3,
  n02,
  _GOR,
  0,
  [_B2, _K2, _IM2, _IMSf, _INM, _IUS, _Ra, _RCC, _RCD, _RCE2, _RCL, _RCT, _RE, _VI2, _SSECA, _SSECK, _SSECKMD, _RP2, _PN, _EBO, _CMh],
  [[0, 1], [0, 1], [0, { [_hH2]: _IM_ }], [4, { [_hH2]: _IMS_ }], [0, { [_hH2]: _INM_ }], [4, { [_hH2]: _IUS_ }], [0, { [_hH2]: _Ra }], [0, { [_hQ2]: _rcc }], [0, { [_hQ2]: _rcd }], [0, { [_hQ2]: _rce }], [0, { [_hQ2]: _rcl }], [0, { [_hQ2]: _rct }], [6, { [_hQ2]: _re }], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], [0, { [_hH2]: _xarp }], [1, { [_hQ2]: _pN }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xacm_ }]],
  2
];
var GetObjectRetentionOutput$ = [
  3,
  n02,
  _GORO,
  0,
  [_Ret],
  [[() => ObjectLockRetention$, { [_hP]: 1, [_xN2]: _Ret }]]
];
var GetObjectRetentionRequest$ = [
  3,
  n02,
  _GORR,
  0,
  [_B2, _K2, _VI2, _RP2, _EBO],
  [[0, 1], [0, 1], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }]],
  2
];
var GetObjectTaggingOutput$ = [
  3,
  n02,
  _GOTO,
  { [_xN2]: _Tag },
  [_TSa, _VI2],
  [[() => TagSet, 0], [0, { [_hH2]: _xavi }]],
  1
];
var GetObjectTaggingRequest$ = [
  3,
  n02,
  _GOTR,
  0,
  [_B2, _K2, _VI2, _EBO, _RP2],
  [[0, 1], [0, 1], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xarp }]],
  2
];
var GetObjectTorrentOutput$ = [
  3,
  n02,
  _GOTOe,
  0,
  [_Bo, _RC2],
  [[() => StreamingBlob, 16], [0, { [_hH2]: _xarc }]]
];
var GetObjectTorrentRequest$ = [
  3,
  n02,
  _GOTRe,
  0,
  [_B2, _K2, _RP2, _EBO],
  [[0, 1], [0, 1], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }]],
  2
];
var GetPublicAccessBlockOutput$ = [
  3,
  n02,
  _GPABO,
  0,
  [_PABC],
  [[() => PublicAccessBlockConfiguration$, 16]]
];
var GetPublicAccessBlockRequest$ = [
  3,
  n02,
  _GPABR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var GlacierJobParameters$ = [
  3,
  n02,
  _GJP,
  0,
  [_Ti2],
  [0],
  1
];
var Grant$ = [
  3,
  n02,
  _Gr,
  0,
  [_Gra, _Pe],
  [[() => Grantee$, { [_xNm]: [_x, _hi] }], 0]
];
var Grantee$ = [
  3,
  n02,
  _Gra,
  0,
  [_Ty, _DN2, _EA, _ID, _URI2],
  [[0, { [_xA]: 1, [_xN2]: _xs }], 0, 0, 0, 0],
  1
];
var HeadBucketOutput$ = [
  3,
  n02,
  _HBO,
  0,
  [_BA, _BLT, _BLN, _BR, _APA],
  [[0, { [_hH2]: _xaba }], [0, { [_hH2]: _xablt }], [0, { [_hH2]: _xabln }], [0, { [_hH2]: _xabr }], [2, { [_hH2]: _xaapa }]]
];
var HeadBucketRequest$ = [
  3,
  n02,
  _HBR,
  0,
  [_B2, _EBO],
  [[0, 1], [0, { [_hH2]: _xaebo }]],
  1
];
var HeadObjectOutput$ = [
  3,
  n02,
  _HOO,
  0,
  [_DM, _AR, _Ex2, _Re2, _ASr, _LM2, _CLo, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CT2, _ET2, _MM, _VI2, _CC2, _CDo2, _CEo, _CL, _CTo, _CR2, _Exp, _ES2, _WRL, _SSE2, _M2, _SSECA, _SSECKMD, _SSEKMSKI, _BKE, _SC2, _RC2, _RS, _PC2, _TC2, _OLM, _OLRUD, _OLLHS, _OLEH, _OLEHDD, _OLEHDY],
  [[2, { [_hH2]: _xadm }], [0, { [_hH2]: _ar }], [0, { [_hH2]: _xae }], [0, { [_hH2]: _xar }], [0, { [_hH2]: _xaas }], [4, { [_hH2]: _LM_ }], [1, { [_hH2]: _CL__ }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _xact }], [0, { [_hH2]: _ET2 }], [1, { [_hH2]: _xamm }], [0, { [_hH2]: _xavi }], [0, { [_hH2]: _CC_ }], [0, { [_hH2]: _CD_ }], [0, { [_hH2]: _CE_ }], [0, { [_hH2]: _CL_ }], [0, { [_hH2]: _CT_2 }], [0, { [_hH2]: _CR_ }], [4, { [_hH2]: _Exp }], [0, { [_hH2]: _ES2 }], [0, { [_hH2]: _xawrl }], [0, { [_hH2]: _xasse }], [128 | 0, { [_hPH]: _xam }], [0, { [_hH2]: _xasseca }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xasc }], [0, { [_hH2]: _xarc }], [0, { [_hH2]: _xars }], [1, { [_hH2]: _xampc }], [1, { [_hH2]: _xatc }], [0, { [_hH2]: _xaolm }], [5, { [_hH2]: _xaolrud }], [0, { [_hH2]: _xaollh }], [0, { [_hH2]: _xaoleh }], [1, { [_hH2]: _xaolehdd }], [1, { [_hH2]: _xaolehdy }]]
];
var HeadObjectRequest$ = [
  3,
  n02,
  _HOR,
  0,
  [_B2, _K2, _IM2, _IMSf, _INM, _IUS, _Ra, _RCC, _RCD, _RCE2, _RCL, _RCT, _RE, _VI2, _SSECA, _SSECK, _SSECKMD, _RP2, _PN, _EBO, _CMh],
  [[0, 1], [0, 1], [0, { [_hH2]: _IM_ }], [4, { [_hH2]: _IMS_ }], [0, { [_hH2]: _INM_ }], [4, { [_hH2]: _IUS_ }], [0, { [_hH2]: _Ra }], [0, { [_hQ2]: _rcc }], [0, { [_hQ2]: _rcd }], [0, { [_hQ2]: _rce }], [0, { [_hQ2]: _rcl }], [0, { [_hQ2]: _rct }], [6, { [_hQ2]: _re }], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], [0, { [_hH2]: _xarp }], [1, { [_hQ2]: _pN }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xacm_ }]],
  2
];
var IndexDocument$ = [
  3,
  n02,
  _IDn,
  0,
  [_Su],
  [0],
  1
];
var Initiator$ = [
  3,
  n02,
  _In2,
  0,
  [_ID, _DN2],
  [0, 0]
];
var InputSerialization$ = [
  3,
  n02,
  _IS,
  0,
  [_CSV, _CTom, _JSON, _Parq],
  [() => CSVInput$, 0, () => JSONInput$, () => ParquetInput$]
];
var IntelligentTieringAndOperator$ = [
  3,
  n02,
  _ITAO,
  0,
  [_P2, _T2],
  [0, [() => TagSet, { [_xF]: 1, [_xN2]: _Ta2 }]]
];
var IntelligentTieringConfiguration$ = [
  3,
  n02,
  _ITC,
  0,
  [_I2, _S2, _Tie, _F2],
  [0, 0, [() => TieringList, { [_xF]: 1, [_xN2]: _Tier }], [() => IntelligentTieringFilter$, 0]],
  3
];
var IntelligentTieringFilter$ = [
  3,
  n02,
  _ITF,
  0,
  [_P2, _Ta2, _An],
  [0, () => Tag$, [() => IntelligentTieringAndOperator$, 0]]
];
var InventoryConfiguration$ = [
  3,
  n02,
  _IC2,
  0,
  [_Des, _IE, _I2, _IOV, _Sc, _F2, _OF2],
  [[() => InventoryDestination$, 0], 2, 0, 0, () => InventorySchedule$, () => InventoryFilter$, [() => InventoryOptionalFields, 0]],
  5
];
var InventoryDestination$ = [
  3,
  n02,
  _IDnv,
  0,
  [_SBD],
  [[() => InventoryS3BucketDestination$, 0]],
  1
];
var InventoryEncryption$ = [
  3,
  n02,
  _IEn,
  0,
  [_SSES, _SSEKMS],
  [[() => SSES3$, { [_xN2]: _SS2 }], [() => SSEKMS$, { [_xN2]: _SK2 }]]
];
var InventoryFilter$ = [
  3,
  n02,
  _IF,
  0,
  [_P2],
  [0],
  1
];
var InventoryS3BucketDestination$ = [
  3,
  n02,
  _ISBD,
  0,
  [_B2, _Fo, _AI, _P2, _En2],
  [0, 0, 0, 0, [() => InventoryEncryption$, 0]],
  2
];
var InventorySchedule$ = [
  3,
  n02,
  _ISn,
  0,
  [_Fr],
  [0],
  1
];
var InventoryTableConfiguration$ = [
  3,
  n02,
  _ITCn,
  0,
  [_CS2, _EC2],
  [0, () => MetadataTableEncryptionConfiguration$],
  1
];
var InventoryTableConfigurationResult$ = [
  3,
  n02,
  _ITCR,
  0,
  [_CS2, _TS2, _E2, _TN, _TA2],
  [0, 0, () => ErrorDetails$, 0, 0],
  1
];
var InventoryTableConfigurationUpdates$ = [
  3,
  n02,
  _ITCU,
  0,
  [_CS2, _EC2],
  [0, () => MetadataTableEncryptionConfiguration$],
  1
];
var JournalTableConfiguration$ = [
  3,
  n02,
  _JTC,
  0,
  [_REe, _EC2],
  [() => RecordExpiration$, () => MetadataTableEncryptionConfiguration$],
  1
];
var JournalTableConfigurationResult$ = [
  3,
  n02,
  _JTCR,
  0,
  [_TS2, _TN, _REe, _E2, _TA2],
  [0, 0, () => RecordExpiration$, () => ErrorDetails$, 0],
  3
];
var JournalTableConfigurationUpdates$ = [
  3,
  n02,
  _JTCU,
  0,
  [_REe],
  [() => RecordExpiration$],
  1
];
var JSONInput$ = [
  3,
  n02,
  _JSONI,
  0,
  [_Ty],
  [0]
];
var JSONOutput$ = [
  3,
  n02,
  _JSONO,
  0,
  [_RD2],
  [0]
];
var LambdaFunctionConfiguration$ = [
  3,
  n02,
  _LFC,
  0,
  [_LFA, _Ev2, _I2, _F2],
  [[0, { [_xN2]: _CF2 }], [64 | 0, { [_xF]: 1, [_xN2]: _Eve2 }], 0, [() => NotificationConfigurationFilter$, 0]],
  2
];
var LifecycleExpiration$ = [
  3,
  n02,
  _LEi,
  0,
  [_Da, _D2, _EODM],
  [5, 1, 2]
];
var LifecycleRule$ = [
  3,
  n02,
  _LR2,
  0,
  [_S2, _Ex2, _ID, _P2, _F2, _Tr2, _NVT, _NVE, _AIMU],
  [0, () => LifecycleExpiration$, 0, 0, [() => LifecycleRuleFilter$, 0], [() => TransitionList, { [_xF]: 1, [_xN2]: _Tra }], [() => NoncurrentVersionTransitionList, { [_xF]: 1, [_xN2]: _NVTo }], () => NoncurrentVersionExpiration$, () => AbortIncompleteMultipartUpload$],
  1
];
var LifecycleRuleAndOperator$ = [
  3,
  n02,
  _LRAO,
  0,
  [_P2, _T2, _OSGT, _OSLT],
  [0, [() => TagSet, { [_xF]: 1, [_xN2]: _Ta2 }], 1, 1]
];
var LifecycleRuleFilter$ = [
  3,
  n02,
  _LRF,
  0,
  [_P2, _Ta2, _OSGT, _OSLT, _An],
  [0, () => Tag$, 1, 1, [() => LifecycleRuleAndOperator$, 0]]
];
var ListBucketAnalyticsConfigurationsOutput$ = [
  3,
  n02,
  _LBACO,
  { [_xN2]: _LBACR },
  [_IT2, _CTon, _NCT, _ACLn],
  [2, 0, 0, [() => AnalyticsConfigurationList, { [_xF]: 1, [_xN2]: _ACn }]]
];
var ListBucketAnalyticsConfigurationsRequest$ = [
  3,
  n02,
  _LBACRi,
  0,
  [_B2, _CTon, _EBO],
  [[0, 1], [0, { [_hQ2]: _ct }], [0, { [_hH2]: _xaebo }]],
  1
];
var ListBucketIntelligentTieringConfigurationsOutput$ = [
  3,
  n02,
  _LBITCO,
  0,
  [_IT2, _CTon, _NCT, _ITCL],
  [2, 0, 0, [() => IntelligentTieringConfigurationList, { [_xF]: 1, [_xN2]: _ITC }]]
];
var ListBucketIntelligentTieringConfigurationsRequest$ = [
  3,
  n02,
  _LBITCR,
  0,
  [_B2, _CTon, _EBO],
  [[0, 1], [0, { [_hQ2]: _ct }], [0, { [_hH2]: _xaebo }]],
  1
];
var ListBucketInventoryConfigurationsOutput$ = [
  3,
  n02,
  _LBICO,
  { [_xN2]: _LICR },
  [_CTon, _ICL, _IT2, _NCT],
  [0, [() => InventoryConfigurationList, { [_xF]: 1, [_xN2]: _IC2 }], 2, 0]
];
var ListBucketInventoryConfigurationsRequest$ = [
  3,
  n02,
  _LBICR,
  0,
  [_B2, _CTon, _EBO],
  [[0, 1], [0, { [_hQ2]: _ct }], [0, { [_hH2]: _xaebo }]],
  1
];
var ListBucketMetricsConfigurationsOutput$ = [
  3,
  n02,
  _LBMCO,
  { [_xN2]: _LMCR },
  [_IT2, _CTon, _NCT, _MCL],
  [2, 0, 0, [() => MetricsConfigurationList, { [_xF]: 1, [_xN2]: _MCe }]]
];
var ListBucketMetricsConfigurationsRequest$ = [
  3,
  n02,
  _LBMCR,
  0,
  [_B2, _CTon, _EBO],
  [[0, 1], [0, { [_hQ2]: _ct }], [0, { [_hH2]: _xaebo }]],
  1
];
var ListBucketsOutput$ = [
  3,
  n02,
  _LBO,
  { [_xN2]: _LAMBR },
  [_Bu, _O2, _CTon, _P2],
  [[() => Buckets, 0], () => Owner$, 0, 0]
];
var ListBucketsRequest$ = [
  3,
  n02,
  _LBR,
  0,
  [_MB, _CTon, _P2, _BR],
  [[1, { [_hQ2]: _mb }], [0, { [_hQ2]: _ct }], [0, { [_hQ2]: _p }], [0, { [_hQ2]: _br }]]
];
var ListDirectoryBucketsOutput$ = [
  3,
  n02,
  _LDBO,
  { [_xN2]: _LAMDBR },
  [_Bu, _CTon],
  [[() => Buckets, 0], 0]
];
var ListDirectoryBucketsRequest$ = [
  3,
  n02,
  _LDBR,
  0,
  [_CTon, _MDB],
  [[0, { [_hQ2]: _ct }], [1, { [_hQ2]: _mdb }]]
];
var ListMultipartUploadsOutput$ = [
  3,
  n02,
  _LMUO,
  { [_xN2]: _LMUR },
  [_B2, _KM, _UIM, _NKM, _P2, _Deli, _NUIM, _MUa, _IT2, _U2, _CPom, _ETnc, _RC2],
  [0, 0, 0, 0, 0, 0, 0, 1, 2, [() => MultipartUploadList, { [_xF]: 1, [_xN2]: _Up }], [() => CommonPrefixList, { [_xF]: 1 }], 0, [0, { [_hH2]: _xarc }]]
];
var ListMultipartUploadsRequest$ = [
  3,
  n02,
  _LMURi,
  0,
  [_B2, _Deli, _ETnc, _KM, _MUa, _P2, _UIM, _EBO, _RP2],
  [[0, 1], [0, { [_hQ2]: _d }], [0, { [_hQ2]: _et }], [0, { [_hQ2]: _km }], [1, { [_hQ2]: _mu }], [0, { [_hQ2]: _p }], [0, { [_hQ2]: _uim }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xarp }]],
  1
];
var ListObjectAnnotationsOutput$ = [
  3,
  n02,
  _LOAO,
  0,
  [_Ann, _B2, _K2, _OVI, _APn, _MAR, _ACnn, _CTon, _NCT, _RC2],
  [[() => AnnotationList, 0], 0, 0, [0, { [_hH2]: _xaovi }], 0, 1, 1, 0, 0, [0, { [_hH2]: _xarc }]]
];
var ListObjectAnnotationsRequest$ = [
  3,
  n02,
  _LOAR,
  0,
  [_B2, _K2, _VI2, _MAR, _APn, _CTon, _RP2, _EBO],
  [[0, 1], [0, 1], [0, { [_hQ2]: _vI }], [1, { [_hQ2]: _mar }], [0, { [_hQ2]: _ap }], [0, { [_hQ2]: _ct }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }]],
  2
];
var ListObjectsOutput$ = [
  3,
  n02,
  _LOO,
  { [_xN2]: _LBRi },
  [_IT2, _Ma2, _NM2, _Con2, _N2, _P2, _Deli, _MK, _CPom, _ETnc, _RC2],
  [2, 0, 0, [() => ObjectList, { [_xF]: 1 }], 0, 0, 0, 1, [() => CommonPrefixList, { [_xF]: 1 }], 0, [0, { [_hH2]: _xarc }]]
];
var ListObjectsRequest$ = [
  3,
  n02,
  _LOR,
  0,
  [_B2, _Deli, _ETnc, _Ma2, _MK, _P2, _RP2, _EBO, _OOA],
  [[0, 1], [0, { [_hQ2]: _d }], [0, { [_hQ2]: _et }], [0, { [_hQ2]: _m2 }], [1, { [_hQ2]: _mk }], [0, { [_hQ2]: _p }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [64 | 0, { [_hH2]: _xaooa }]],
  1
];
var ListObjectsV2Output$ = [
  3,
  n02,
  _LOVO,
  { [_xN2]: _LBRi },
  [_IT2, _Con2, _N2, _P2, _Deli, _MK, _CPom, _ETnc, _KC, _CTon, _NCT, _SA2, _RC2],
  [2, [() => ObjectList, { [_xF]: 1 }], 0, 0, 0, 1, [() => CommonPrefixList, { [_xF]: 1 }], 0, 1, 0, 0, 0, [0, { [_hH2]: _xarc }]]
];
var ListObjectsV2Request$ = [
  3,
  n02,
  _LOVR,
  0,
  [_B2, _Deli, _ETnc, _MK, _P2, _CTon, _FO, _SA2, _RP2, _EBO, _OOA],
  [[0, 1], [0, { [_hQ2]: _d }], [0, { [_hQ2]: _et }], [1, { [_hQ2]: _mk }], [0, { [_hQ2]: _p }], [0, { [_hQ2]: _ct }], [2, { [_hQ2]: _fo }], [0, { [_hQ2]: _sa }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [64 | 0, { [_hH2]: _xaooa }]],
  1
];
var ListObjectVersionsOutput$ = [
  3,
  n02,
  _LOVOi,
  { [_xN2]: _LVR },
  [_IT2, _KM, _VIM, _NKM, _NVIM, _Ve2, _DMe, _N2, _P2, _Deli, _MK, _CPom, _ETnc, _RC2],
  [2, 0, 0, 0, 0, [() => ObjectVersionList, { [_xF]: 1, [_xN2]: _Ver2 }], [() => DeleteMarkers, { [_xF]: 1, [_xN2]: _DM }], 0, 0, 0, 1, [() => CommonPrefixList, { [_xF]: 1 }], 0, [0, { [_hH2]: _xarc }]]
];
var ListObjectVersionsRequest$ = [
  3,
  n02,
  _LOVRi,
  0,
  [_B2, _Deli, _ETnc, _KM, _MK, _P2, _VIM, _EBO, _RP2, _OOA],
  [[0, 1], [0, { [_hQ2]: _d }], [0, { [_hQ2]: _et }], [0, { [_hQ2]: _km }], [1, { [_hQ2]: _mk }], [0, { [_hQ2]: _p }], [0, { [_hQ2]: _vim }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xarp }], [64 | 0, { [_hH2]: _xaooa }]],
  1
];
var ListPartsOutput$ = [
  3,
  n02,
  _LPO,
  { [_xN2]: _LPR2 },
  [_ADb, _ARI, _B2, _K2, _UI, _PNM, _NPNM, _MP2, _IT2, _Pa2, _In2, _O2, _SC2, _RC2, _CA2, _CT2, _VI2],
  [[4, { [_hH2]: _xaad }], [0, { [_hH2]: _xaari }], 0, 0, 0, 0, 0, 1, 2, [() => Parts, { [_xF]: 1, [_xN2]: _Par }], () => Initiator$, () => Owner$, 0, [0, { [_hH2]: _xarc }], 0, 0, [0, { [_hH2]: _xavi }]]
];
var ListPartsRequest$ = [
  3,
  n02,
  _LPRi,
  0,
  [_B2, _K2, _UI, _MP2, _PNM, _RP2, _EBO, _SSECA, _SSECK, _SSECKMD],
  [[0, 1], [0, 1], [0, { [_hQ2]: _uI }], [1, { [_hQ2]: _mp }], [0, { [_hQ2]: _pnm }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }]],
  3
];
var LocationInfo$ = [
  3,
  n02,
  _LI2,
  0,
  [_Ty, _N2],
  [0, 0]
];
var LoggingEnabled$ = [
  3,
  n02,
  _LE,
  0,
  [_TB, _TP, _TG, _TOKF],
  [0, 0, [() => TargetGrants, 0], [() => TargetObjectKeyFormat$, 0]],
  2
];
var MetadataConfiguration$ = [
  3,
  n02,
  _MC2,
  0,
  [_JTC, _ITCn, _ATC],
  [() => JournalTableConfiguration$, () => InventoryTableConfiguration$, () => AnnotationTableConfiguration$],
  1
];
var MetadataConfigurationResult$ = [
  3,
  n02,
  _MCR,
  0,
  [_DRes, _JTCR, _ITCR, _ATCR],
  [() => DestinationResult$, () => JournalTableConfigurationResult$, () => InventoryTableConfigurationResult$, () => AnnotationTableConfigurationResult$],
  1
];
var MetadataEntry$ = [
  3,
  n02,
  _ME,
  0,
  [_N2, _V2],
  [0, 0]
];
var MetadataTableConfiguration$ = [
  3,
  n02,
  _MTC,
  0,
  [_STD],
  [() => S3TablesDestination$],
  1
];
var MetadataTableConfigurationResult$ = [
  3,
  n02,
  _MTCR,
  0,
  [_STDR],
  [() => S3TablesDestinationResult$],
  1
];
var MetadataTableEncryptionConfiguration$ = [
  3,
  n02,
  _MTEC,
  0,
  [_SAs, _KKA2],
  [0, 0],
  1
];
var Metrics$ = [
  3,
  n02,
  _Me2,
  0,
  [_S2, _ETv2],
  [0, () => ReplicationTimeValue$],
  1
];
var MetricsAndOperator$ = [
  3,
  n02,
  _MAO,
  0,
  [_P2, _T2, _APAc],
  [0, [() => TagSet, { [_xF]: 1, [_xN2]: _Ta2 }], 0]
];
var MetricsConfiguration$ = [
  3,
  n02,
  _MCe,
  0,
  [_I2, _F2],
  [0, [() => MetricsFilter$, 0]],
  1
];
var MultipartUpload$ = [
  3,
  n02,
  _MU,
  0,
  [_UI, _K2, _Ini, _SC2, _O2, _In2, _CA2, _CT2, _VI2],
  [0, 0, 4, 0, () => Owner$, () => Initiator$, 0, 0, 0]
];
var NoncurrentVersionExpiration$ = [
  3,
  n02,
  _NVE,
  0,
  [_ND, _NNV],
  [1, 1]
];
var NoncurrentVersionTransition$ = [
  3,
  n02,
  _NVTo,
  0,
  [_ND, _SC2, _NNV],
  [1, 0, 1]
];
var NotificationConfiguration$ = [
  3,
  n02,
  _NC,
  0,
  [_TCo, _QCu, _LFCa, _EBC],
  [[() => TopicConfigurationList, { [_xF]: 1, [_xN2]: _TCop }], [() => QueueConfigurationList, { [_xF]: 1, [_xN2]: _QCue }], [() => LambdaFunctionConfigurationList, { [_xF]: 1, [_xN2]: _CFC }], () => EventBridgeConfiguration$]
];
var NotificationConfigurationFilter$ = [
  3,
  n02,
  _NCF,
  0,
  [_K2],
  [[() => S3KeyFilter$, { [_xN2]: _SKe }]]
];
var _Object$ = [
  3,
  n02,
  _Obj,
  0,
  [_K2, _LM2, _ET2, _CA2, _CT2, _Si2, _SC2, _O2, _RSe],
  [0, 4, 0, [64 | 0, { [_xF]: 1 }], 0, 1, 0, () => Owner$, () => RestoreStatus$]
];
var ObjectIdentifier$ = [
  3,
  n02,
  _OI2,
  0,
  [_K2, _VI2, _ET2, _LMT2, _Si2],
  [0, 0, 0, 6, 1],
  1
];
var ObjectLockConfiguration$ = [
  3,
  n02,
  _OLC,
  0,
  [_OLE, _Rul],
  [0, () => ObjectLockRule$]
];
var ObjectLockLegalHold$ = [
  3,
  n02,
  _OLLH,
  0,
  [_S2],
  [0]
];
var ObjectLockRetention$ = [
  3,
  n02,
  _OLR,
  0,
  [_Mo2, _RUD, _EHv, _EHD],
  [0, 5, 0, () => EventHoldDuration$]
];
var ObjectLockRule$ = [
  3,
  n02,
  _OLRb,
  0,
  [_DRe],
  [() => DefaultRetention$]
];
var ObjectPart$ = [
  3,
  n02,
  _OPb,
  0,
  [_PN, _Si2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe],
  [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var ObjectVersion$ = [
  3,
  n02,
  _OV,
  0,
  [_ET2, _CA2, _CT2, _Si2, _SC2, _K2, _VI2, _IL, _LM2, _O2, _RSe],
  [0, [64 | 0, { [_xF]: 1 }], 0, 1, 0, 0, 0, 2, 4, () => Owner$, () => RestoreStatus$]
];
var OutputLocation$ = [
  3,
  n02,
  _OL,
  0,
  [_S_],
  [[() => S3Location$, 0]]
];
var OutputSerialization$ = [
  3,
  n02,
  _OSu,
  0,
  [_CSV, _JSON],
  [() => CSVOutput$, () => JSONOutput$]
];
var Owner$ = [
  3,
  n02,
  _O2,
  0,
  [_DN2, _ID],
  [0, 0]
];
var OwnershipControls$ = [
  3,
  n02,
  _OC,
  0,
  [_Ru2],
  [[() => OwnershipControlsRules, { [_xF]: 1, [_xN2]: _Rul }]],
  1
];
var OwnershipControlsRule$ = [
  3,
  n02,
  _OCR,
  0,
  [_OO],
  [0],
  1
];
var ParquetInput$ = [
  3,
  n02,
  _PI2,
  0,
  [],
  []
];
var Part$ = [
  3,
  n02,
  _Par,
  0,
  [_PN, _LM2, _ET2, _Si2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe],
  [1, 4, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var PartitionedPrefix$ = [
  3,
  n02,
  _PP,
  { [_xN2]: _PP },
  [_PDS],
  [0]
];
var PolicyStatus$ = [
  3,
  n02,
  _PS,
  0,
  [_IPs],
  [[2, { [_xN2]: _IPs }]]
];
var Progress$ = [
  3,
  n02,
  _Pr,
  0,
  [_BS2, _BP, _BRy],
  [1, 1, 1]
];
var ProgressEvent$ = [
  3,
  n02,
  _PE,
  0,
  [_Det],
  [[() => Progress$, { [_eP2]: 1 }]]
];
var PublicAccessBlockConfiguration$ = [
  3,
  n02,
  _PABC,
  0,
  [_BPA, _IPA, _BPP, _RPB],
  [[2, { [_xN2]: _BPA }], [2, { [_xN2]: _IPA }], [2, { [_xN2]: _BPP }], [2, { [_xN2]: _RPB }]]
];
var PutBucketAbacRequest$ = [
  3,
  n02,
  _PBAR,
  0,
  [_B2, _AS, _CMDo, _CA2, _EBO],
  [[0, 1], [() => AbacStatus$, { [_hP]: 1, [_xN2]: _AS }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketAccelerateConfigurationRequest$ = [
  3,
  n02,
  _PBACR,
  0,
  [_B2, _AC2, _EBO, _CA2],
  [[0, 1], [() => AccelerateConfiguration$, { [_hP]: 1, [_xN2]: _AC2 }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xasca }]],
  2
];
var PutBucketAclRequest$ = [
  3,
  n02,
  _PBARu,
  0,
  [_B2, _ACL_, _ACP, _CMDo, _CA2, _GFC2, _GR, _GRACP, _GW, _GWACP, _EBO],
  [[0, 1], [0, { [_hH2]: _xaa }], [() => AccessControlPolicy$, { [_hP]: 1, [_xN2]: _ACP }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xagfc }], [0, { [_hH2]: _xagr }], [0, { [_hH2]: _xagra }], [0, { [_hH2]: _xagw }], [0, { [_hH2]: _xagwa }], [0, { [_hH2]: _xaebo }]],
  1
];
var PutBucketAnalyticsConfigurationRequest$ = [
  3,
  n02,
  _PBACRu,
  0,
  [_B2, _I2, _ACn, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [() => AnalyticsConfiguration$, { [_hP]: 1, [_xN2]: _ACn }], [0, { [_hH2]: _xaebo }]],
  3
];
var PutBucketCorsRequest$ = [
  3,
  n02,
  _PBCR,
  0,
  [_B2, _CORSC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => CORSConfiguration$, { [_hP]: 1, [_xN2]: _CORSC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketEncryptionRequest$ = [
  3,
  n02,
  _PBER,
  0,
  [_B2, _SSEC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => ServerSideEncryptionConfiguration$, { [_hP]: 1, [_xN2]: _SSEC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketIntelligentTieringConfigurationRequest$ = [
  3,
  n02,
  _PBITCR,
  0,
  [_B2, _I2, _ITC, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [() => IntelligentTieringConfiguration$, { [_hP]: 1, [_xN2]: _ITC }], [0, { [_hH2]: _xaebo }]],
  3
];
var PutBucketInventoryConfigurationRequest$ = [
  3,
  n02,
  _PBICR,
  0,
  [_B2, _I2, _IC2, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [() => InventoryConfiguration$, { [_hP]: 1, [_xN2]: _IC2 }], [0, { [_hH2]: _xaebo }]],
  3
];
var PutBucketLifecycleConfigurationOutput$ = [
  3,
  n02,
  _PBLCO,
  0,
  [_TDMOS],
  [[0, { [_hH2]: _xatdmos }]]
];
var PutBucketLifecycleConfigurationRequest$ = [
  3,
  n02,
  _PBLCR,
  0,
  [_B2, _CA2, _LCi, _EBO, _TDMOS],
  [[0, 1], [0, { [_hH2]: _xasca }], [() => BucketLifecycleConfiguration$, { [_hP]: 1, [_xN2]: _LCi }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xatdmos }]],
  1
];
var PutBucketLoggingRequest$ = [
  3,
  n02,
  _PBLR,
  0,
  [_B2, _BLS, _CMDo, _CA2, _EBO],
  [[0, 1], [() => BucketLoggingStatus$, { [_hP]: 1, [_xN2]: _BLS }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketMetricsConfigurationRequest$ = [
  3,
  n02,
  _PBMCR,
  0,
  [_B2, _I2, _MCe, _EBO],
  [[0, 1], [0, { [_hQ2]: _i }], [() => MetricsConfiguration$, { [_hP]: 1, [_xN2]: _MCe }], [0, { [_hH2]: _xaebo }]],
  3
];
var PutBucketNotificationConfigurationRequest$ = [
  3,
  n02,
  _PBNCR,
  0,
  [_B2, _NC, _EBO, _SDV],
  [[0, 1], [() => NotificationConfiguration$, { [_hP]: 1, [_xN2]: _NC }], [0, { [_hH2]: _xaebo }], [2, { [_hH2]: _xasdv }]],
  2
];
var PutBucketOwnershipControlsRequest$ = [
  3,
  n02,
  _PBOCR,
  0,
  [_B2, _OC, _CMDo, _EBO, _CA2],
  [[0, 1], [() => OwnershipControls$, { [_hP]: 1, [_xN2]: _OC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xasca }]],
  2
];
var PutBucketPolicyRequest$ = [
  3,
  n02,
  _PBPR,
  0,
  [_B2, _Po2, _CMDo, _CA2, _CRSBA, _EBO],
  [[0, 1], [0, 16], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [2, { [_hH2]: _xacrsba }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketReplicationRequest$ = [
  3,
  n02,
  _PBRR,
  0,
  [_B2, _RCe2, _CMDo, _CA2, _To2, _EBO],
  [[0, 1], [() => ReplicationConfiguration$, { [_hP]: 1, [_xN2]: _RCe2 }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xabolt }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketRequestPaymentRequest$ = [
  3,
  n02,
  _PBRPR,
  0,
  [_B2, _RPC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => RequestPaymentConfiguration$, { [_hP]: 1, [_xN2]: _RPC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketTaggingRequest$ = [
  3,
  n02,
  _PBTR,
  0,
  [_B2, _Tag, _CMDo, _CA2, _EBO],
  [[0, 1], [() => Tagging$, { [_hP]: 1, [_xN2]: _Tag }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketVersioningRequest$ = [
  3,
  n02,
  _PBVR,
  0,
  [_B2, _VC2, _CMDo, _CA2, _MFA, _EBO],
  [[0, 1], [() => VersioningConfiguration$, { [_hP]: 1, [_xN2]: _VC2 }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xam_ }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutBucketWebsiteRequest$ = [
  3,
  n02,
  _PBWR,
  0,
  [_B2, _WC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => WebsiteConfiguration$, { [_hP]: 1, [_xN2]: _WC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutObjectAclOutput$ = [
  3,
  n02,
  _POAO,
  0,
  [_RC2],
  [[0, { [_hH2]: _xarc }]]
];
var PutObjectAclRequest$ = [
  3,
  n02,
  _POAR,
  0,
  [_B2, _K2, _ACL_, _ACP, _CMDo, _CA2, _GFC2, _GR, _GRACP, _GW, _GWACP, _RP2, _VI2, _EBO],
  [[0, 1], [0, 1], [0, { [_hH2]: _xaa }], [() => AccessControlPolicy$, { [_hP]: 1, [_xN2]: _ACP }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xagfc }], [0, { [_hH2]: _xagr }], [0, { [_hH2]: _xagra }], [0, { [_hH2]: _xagw }], [0, { [_hH2]: _xagwa }], [0, { [_hH2]: _xarp }], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutObjectAnnotationOutput$ = [
  3,
  n02,
  _POAOu,
  0,
  [_K2, _AN, _OVI, _ET2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CT2, _SSE2, _RC2],
  [0, 0, [0, { [_hH2]: _xaovi }], [0, { [_hH2]: _ET2 }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _xact }], [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xarc }]]
];
var PutObjectAnnotationRequest$ = [
  3,
  n02,
  _POARu,
  0,
  [_B2, _K2, _AN, _AP2, _VI2, _OIM, _CA2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CMDo, _RP2, _EBO],
  [[0, 1], [0, 1], [0, { [_hQ2]: _aN }], [() => StreamingBlob, 16], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xaoim }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }]],
  4
];
var PutObjectLegalHoldOutput$ = [
  3,
  n02,
  _POLHO,
  0,
  [_RC2],
  [[0, { [_hH2]: _xarc }]]
];
var PutObjectLegalHoldRequest$ = [
  3,
  n02,
  _POLHR,
  0,
  [_B2, _K2, _LH, _RP2, _VI2, _CMDo, _CA2, _EBO],
  [[0, 1], [0, 1], [() => ObjectLockLegalHold$, { [_hP]: 1, [_xN2]: _LH }], [0, { [_hH2]: _xarp }], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutObjectLockConfigurationOutput$ = [
  3,
  n02,
  _POLCO,
  0,
  [_RC2],
  [[0, { [_hH2]: _xarc }]]
];
var PutObjectLockConfigurationRequest$ = [
  3,
  n02,
  _POLCR,
  0,
  [_B2, _OLC, _RP2, _To2, _CMDo, _CA2, _EBO],
  [[0, 1], [() => ObjectLockConfiguration$, { [_hP]: 1, [_xN2]: _OLC }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xabolt }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  1
];
var PutObjectOutput$ = [
  3,
  n02,
  _POO,
  0,
  [_Ex2, _ET2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _CT2, _SSE2, _VI2, _SSECA, _SSECKMD, _SSEKMSKI, _SSEKMSEC, _BKE, _Si2, _RC2],
  [[0, { [_hH2]: _xae }], [0, { [_hH2]: _ET2 }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _xact }], [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xavi }], [0, { [_hH2]: _xasseca }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [() => SSEKMSEncryptionContext, { [_hH2]: _xassec }], [2, { [_hH2]: _xassebke }], [1, { [_hH2]: _xaos }], [0, { [_hH2]: _xarc }]]
];
var PutObjectRequest$ = [
  3,
  n02,
  _POR,
  0,
  [_B2, _K2, _ACL_, _Bo, _CC2, _CDo2, _CEo, _CL, _CLo, _CMDo, _CTo, _CA2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _Exp, _IM2, _INM, _GFC2, _GR, _GRACP, _GWACP, _WOB, _M2, _SSE2, _SC2, _WRL, _SSECA, _SSECK, _SSECKMD, _SSEKMSKI, _SSEKMSEC, _BKE, _RP2, _Tag, _OLM, _OLRUD, _OLLHS, _OLEH, _OLEHDD, _OLEHDY, _EBO],
  [[0, 1], [0, 1], [0, { [_hH2]: _xaa }], [() => StreamingBlob, 16], [0, { [_hH2]: _CC_ }], [0, { [_hH2]: _CD_ }], [0, { [_hH2]: _CE_ }], [0, { [_hH2]: _CL_ }], [1, { [_hH2]: _CL__ }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _CT_2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [4, { [_hH2]: _Exp }], [0, { [_hH2]: _IM_ }], [0, { [_hH2]: _INM_ }], [0, { [_hH2]: _xagfc }], [0, { [_hH2]: _xagr }], [0, { [_hH2]: _xagra }], [0, { [_hH2]: _xagwa }], [1, { [_hH2]: _xawob }], [128 | 0, { [_hPH]: _xam }], [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xasc }], [0, { [_hH2]: _xawrl }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [() => SSEKMSEncryptionContext, { [_hH2]: _xassec }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xat }], [0, { [_hH2]: _xaolm }], [5, { [_hH2]: _xaolrud }], [0, { [_hH2]: _xaollh }], [0, { [_hH2]: _xaoleh }], [1, { [_hH2]: _xaolehdd }], [1, { [_hH2]: _xaolehdy }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutObjectRetentionOutput$ = [
  3,
  n02,
  _PORO,
  0,
  [_RC2],
  [[0, { [_hH2]: _xarc }]]
];
var PutObjectRetentionRequest$ = [
  3,
  n02,
  _PORR,
  0,
  [_B2, _K2, _Ret, _RP2, _VI2, _BGR, _CMDo, _CA2, _EBO],
  [[0, 1], [0, 1], [() => ObjectLockRetention$, { [_hP]: 1, [_xN2]: _Ret }], [0, { [_hH2]: _xarp }], [0, { [_hQ2]: _vI }], [2, { [_hH2]: _xabgr }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var PutObjectTaggingOutput$ = [
  3,
  n02,
  _POTO,
  0,
  [_VI2],
  [[0, { [_hH2]: _xavi }]]
];
var PutObjectTaggingRequest$ = [
  3,
  n02,
  _POTR,
  0,
  [_B2, _K2, _Tag, _VI2, _CMDo, _CA2, _EBO, _RP2],
  [[0, 1], [0, 1], [() => Tagging$, { [_hP]: 1, [_xN2]: _Tag }], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xarp }]],
  3
];
var PutPublicAccessBlockRequest$ = [
  3,
  n02,
  _PPABR,
  0,
  [_B2, _PABC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => PublicAccessBlockConfiguration$, { [_hP]: 1, [_xN2]: _PABC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var QueueConfiguration$ = [
  3,
  n02,
  _QCue,
  0,
  [_QA, _Ev2, _I2, _F2],
  [[0, { [_xN2]: _Qu2 }], [64 | 0, { [_xF]: 1, [_xN2]: _Eve2 }], 0, [() => NotificationConfigurationFilter$, 0]],
  2
];
var RecordExpiration$ = [
  3,
  n02,
  _REe,
  0,
  [_Ex2, _D2],
  [0, 1],
  1
];
var RecordsEvent$ = [
  3,
  n02,
  _REec,
  0,
  [_Payl],
  [[21, { [_eP2]: 1 }]]
];
var Redirect$ = [
  3,
  n02,
  _Red,
  0,
  [_HN, _HRC, _Pro, _RKPW, _RKW],
  [0, 0, 0, 0, 0]
];
var RedirectAllRequestsTo$ = [
  3,
  n02,
  _RART,
  0,
  [_HN, _Pro],
  [0, 0],
  1
];
var RenameObjectOutput$ = [
  3,
  n02,
  _ROO,
  0,
  [],
  []
];
var RenameObjectRequest$ = [
  3,
  n02,
  _ROR,
  0,
  [_B2, _K2, _RSen, _DIM, _DINM, _DIMS, _DIUS, _SIM, _SINM, _SIMS, _SIUS, _CTl2],
  [[0, 1], [0, 1], [0, { [_hH2]: _xars_ }], [0, { [_hH2]: _IM_ }], [0, { [_hH2]: _INM_ }], [4, { [_hH2]: _IMS_ }], [4, { [_hH2]: _IUS_ }], [0, { [_hH2]: _xarsim }], [0, { [_hH2]: _xarsinm }], [6, { [_hH2]: _xarsims }], [6, { [_hH2]: _xarsius }], [0, { [_hH2]: _xact_, [_iT]: 1 }]],
  3
];
var ReplicaModifications$ = [
  3,
  n02,
  _RM,
  0,
  [_S2],
  [0],
  1
];
var ReplicationConfiguration$ = [
  3,
  n02,
  _RCe2,
  0,
  [_R2, _Ru2],
  [0, [() => ReplicationRules, { [_xF]: 1, [_xN2]: _Rul }]],
  2
];
var ReplicationRule$ = [
  3,
  n02,
  _RRe,
  0,
  [_S2, _Des, _ID, _Pri, _P2, _F2, _SSC, _EOR, _DMR],
  [0, () => Destination$, 0, 1, 0, [() => ReplicationRuleFilter$, 0], () => SourceSelectionCriteria$, () => ExistingObjectReplication$, () => DeleteMarkerReplication$],
  2
];
var ReplicationRuleAndOperator$ = [
  3,
  n02,
  _RRAO,
  0,
  [_P2, _T2, _No],
  [0, [() => TagSet, { [_xF]: 1, [_xN2]: _Ta2 }], [() => ReplicationRuleNotOperator$, 0]]
];
var ReplicationRuleFilter$ = [
  3,
  n02,
  _RRF,
  0,
  [_P2, _Ta2, _An, _No],
  [0, () => Tag$, [() => ReplicationRuleAndOperator$, 0], [() => ReplicationRuleNotOperator$, 0]]
];
var ReplicationRuleNotOperator$ = [
  3,
  n02,
  _RRNO,
  0,
  [_P2, _Ta2, _Or],
  [0, () => Tag$, [() => ReplicationRuleOrOperator$, 0]]
];
var ReplicationRuleOrOperator$ = [
  3,
  n02,
  _RROO,
  0,
  [_Pre, _T2],
  [[() => ReplicationPrefixList, { [_xF]: 1, [_xN2]: _P2 }], [() => TagSet, { [_xF]: 1, [_xN2]: _Ta2 }]]
];
var ReplicationTime$ = [
  3,
  n02,
  _RT2,
  0,
  [_S2, _Tim],
  [0, () => ReplicationTimeValue$],
  2
];
var ReplicationTimeValue$ = [
  3,
  n02,
  _RTV,
  0,
  [_Mi],
  [1]
];
var RequestPaymentConfiguration$ = [
  3,
  n02,
  _RPC,
  0,
  [_Pay],
  [0],
  1
];
var RequestProgress$ = [
  3,
  n02,
  _RPe,
  0,
  [_Ena],
  [2]
];
var RestoreObjectOutput$ = [
  3,
  n02,
  _ROOe,
  0,
  [_RC2, _ROP],
  [[0, { [_hH2]: _xarc }], [0, { [_hH2]: _xarop }]]
];
var RestoreObjectRequest$ = [
  3,
  n02,
  _RORe,
  0,
  [_B2, _K2, _VI2, _RRes, _RP2, _CA2, _EBO],
  [[0, 1], [0, 1], [0, { [_hQ2]: _vI }], [() => RestoreRequest$, { [_hP]: 1, [_xN2]: _RRes }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var RestoreRequest$ = [
  3,
  n02,
  _RRes,
  0,
  [_D2, _GJP, _Ty, _Ti2, _Desc, _SP2, _OL],
  [1, () => GlacierJobParameters$, 0, 0, 0, () => SelectParameters$, [() => OutputLocation$, 0]]
];
var RestoreStatus$ = [
  3,
  n02,
  _RSe,
  0,
  [_IRIP, _RED],
  [2, 4]
];
var RoutingRule$ = [
  3,
  n02,
  _RRo,
  0,
  [_Red, _Co2],
  [() => Redirect$, () => Condition$],
  1
];
var S3KeyFilter$ = [
  3,
  n02,
  _SKF,
  0,
  [_FRi],
  [[() => FilterRuleList, { [_xF]: 1, [_xN2]: _FR }]]
];
var S3Location$ = [
  3,
  n02,
  _SL,
  0,
  [_BNu, _P2, _En2, _CACL, _ACL, _Tag, _UM, _SC2],
  [0, 0, [() => Encryption$, 0], 0, [() => Grants, 0], [() => Tagging$, 0], [() => UserMetadata, 0], 0],
  2
];
var S3TablesDestination$ = [
  3,
  n02,
  _STD,
  0,
  [_TBA, _TN],
  [0, 0],
  2
];
var S3TablesDestinationResult$ = [
  3,
  n02,
  _STDR,
  0,
  [_TBA, _TN, _TA2, _TNa],
  [0, 0, 0, 0],
  4
];
var ScanRange$ = [
  3,
  n02,
  _SR2,
  0,
  [_St2, _End2],
  [1, 1]
];
var SelectObjectContentOutput$ = [
  3,
  n02,
  _SOCO,
  0,
  [_Payl],
  [[() => SelectObjectContentEventStream$, 16]]
];
var SelectObjectContentRequest$ = [
  3,
  n02,
  _SOCR,
  0,
  [_B2, _K2, _Expr, _ETx2, _IS, _OSu, _SSECA, _SSECK, _SSECKMD, _RPe, _SR2, _EBO],
  [[0, 1], [0, 1], 0, 0, () => InputSerialization$, () => OutputSerialization$, [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], () => RequestProgress$, () => ScanRange$, [0, { [_hH2]: _xaebo }]],
  6
];
var SelectParameters$ = [
  3,
  n02,
  _SP2,
  0,
  [_IS, _ETx2, _Expr, _OSu],
  [() => InputSerialization$, 0, 0, () => OutputSerialization$],
  4
];
var ServerSideEncryptionByDefault$ = [
  3,
  n02,
  _SSEBD,
  0,
  [_SSEA, _KMSMKID],
  [0, [() => SSEKMSKeyId, 0]],
  1
];
var ServerSideEncryptionConfiguration$ = [
  3,
  n02,
  _SSEC,
  0,
  [_Ru2],
  [[() => ServerSideEncryptionRules, { [_xF]: 1, [_xN2]: _Rul }]],
  1
];
var ServerSideEncryptionRule$ = [
  3,
  n02,
  _SSER,
  0,
  [_ASSEBD, _BKE, _BET],
  [[() => ServerSideEncryptionByDefault$, 0], 2, [() => BlockedEncryptionTypes$, 0]]
];
var SessionCredentials$ = [
  3,
  n02,
  _SCe,
  0,
  [_AKI, _SAK, _ST2, _Ex2],
  [[0, { [_xN2]: _AKI }], [() => SessionCredentialValue, { [_xN2]: _SAK }], [() => SessionCredentialValue, { [_xN2]: _ST2 }], [4, { [_xN2]: _Ex2 }]],
  4
];
var SimplePrefix$ = [
  3,
  n02,
  _SPi,
  { [_xN2]: _SPi },
  [],
  []
];
var SourceSelectionCriteria$ = [
  3,
  n02,
  _SSC,
  0,
  [_SKEO, _RM],
  [() => SseKmsEncryptedObjects$, () => ReplicaModifications$]
];
var SSEKMS$ = [
  3,
  n02,
  _SSEKMS,
  { [_xN2]: _SK2 },
  [_KI],
  [[() => SSEKMSKeyId, 0]],
  1
];
var SseKmsEncryptedObjects$ = [
  3,
  n02,
  _SKEO,
  0,
  [_S2],
  [0],
  1
];
var SSEKMSEncryption$ = [
  3,
  n02,
  _SSEKMSE,
  { [_xN2]: _SK2 },
  [_KMSKA2, _BKE],
  [[() => NonEmptyKmsKeyArnString, 0], 2],
  1
];
var SSES3$ = [
  3,
  n02,
  _SSES,
  { [_xN2]: _SS2 },
  [],
  []
];
var Stats$ = [
  3,
  n02,
  _Sta2,
  0,
  [_BS2, _BP, _BRy],
  [1, 1, 1]
];
var StatsEvent$ = [
  3,
  n02,
  _SE2,
  0,
  [_Det],
  [[() => Stats$, { [_eP2]: 1 }]]
];
var StorageClassAnalysis$ = [
  3,
  n02,
  _SCA,
  0,
  [_DE2],
  [() => StorageClassAnalysisDataExport$]
];
var StorageClassAnalysisDataExport$ = [
  3,
  n02,
  _SCADE,
  0,
  [_OSV, _Des],
  [0, () => AnalyticsExportDestination$],
  2
];
var Tag$ = [
  3,
  n02,
  _Ta2,
  0,
  [_K2, _V2],
  [0, 0],
  2
];
var Tagging$ = [
  3,
  n02,
  _Tag,
  0,
  [_TSa],
  [[() => TagSet, 0]],
  1
];
var TargetGrant$ = [
  3,
  n02,
  _TGa,
  0,
  [_Gra, _Pe],
  [[() => Grantee$, { [_xNm]: [_x, _hi] }], 0]
];
var TargetObjectKeyFormat$ = [
  3,
  n02,
  _TOKF,
  0,
  [_SPi, _PP],
  [[() => SimplePrefix$, { [_xN2]: _SPi }], [() => PartitionedPrefix$, { [_xN2]: _PP }]]
];
var Tiering$ = [
  3,
  n02,
  _Tier,
  0,
  [_D2, _AT2],
  [1, 0],
  2
];
var TopicConfiguration$ = [
  3,
  n02,
  _TCop,
  0,
  [_TAo, _Ev2, _I2, _F2],
  [[0, { [_xN2]: _Top }], [64 | 0, { [_xF]: 1, [_xN2]: _Eve2 }], 0, [() => NotificationConfigurationFilter$, 0]],
  2
];
var Transition$ = [
  3,
  n02,
  _Tra,
  0,
  [_Da, _D2, _SC2],
  [5, 1, 0]
];
var UpdateBucketMetadataAnnotationTableConfigurationRequest$ = [
  3,
  n02,
  _UBMATCR,
  0,
  [_B2, _ATC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => AnnotationTableConfigurationUpdates$, { [_hP]: 1, [_xN2]: _ATC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var UpdateBucketMetadataInventoryTableConfigurationRequest$ = [
  3,
  n02,
  _UBMITCR,
  0,
  [_B2, _ITCn, _CMDo, _CA2, _EBO],
  [[0, 1], [() => InventoryTableConfigurationUpdates$, { [_hP]: 1, [_xN2]: _ITCn }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var UpdateBucketMetadataJournalTableConfigurationRequest$ = [
  3,
  n02,
  _UBMJTCR,
  0,
  [_B2, _JTC, _CMDo, _CA2, _EBO],
  [[0, 1], [() => JournalTableConfigurationUpdates$, { [_hP]: 1, [_xN2]: _JTC }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xaebo }]],
  2
];
var UpdateObjectEncryptionRequest$ = [
  3,
  n02,
  _UOER,
  0,
  [_B2, _K2, _OE, _VI2, _RP2, _EBO, _CMDo, _CA2],
  [[0, 1], [0, 1], [() => ObjectEncryption$, 16], [0, { [_hQ2]: _vI }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }]],
  3
];
var UpdateObjectEncryptionResponse$ = [
  3,
  n02,
  _UOERp,
  0,
  [_RC2],
  [[0, { [_hH2]: _xarc }]]
];
var UploadPartCopyOutput$ = [
  3,
  n02,
  _UPCO,
  0,
  [_CSVI, _CPR, _SSE2, _SSECA, _SSECKMD, _SSEKMSKI, _BKE, _RC2, _VI2],
  [[0, { [_hH2]: _xacsvi }], [() => CopyPartResult$, 16], [0, { [_hH2]: _xasse }], [0, { [_hH2]: _xasseca }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xarc }], [0, { [_hH2]: _xavi }]]
];
var UploadPartCopyRequest$ = [
  3,
  n02,
  _UPCR,
  0,
  [_B2, _CSo2, _K2, _PN, _UI, _CSIM, _CSIMS, _CSINM, _CSIUS, _CSRo, _SSECA, _SSECK, _SSECKMD, _CSSSECA, _CSSSECK, _CSSSECKMD, _RP2, _EBO, _ESBO],
  [[0, 1], [0, { [_hH2]: _xacs___ }], [0, 1], [1, { [_hQ2]: _pN }], [0, { [_hQ2]: _uI }], [0, { [_hH2]: _xacsim }], [4, { [_hH2]: _xacsims }], [0, { [_hH2]: _xacsinm }], [4, { [_hH2]: _xacsius }], [0, { [_hH2]: _xacsr }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], [0, { [_hH2]: _xacssseca }], [() => CopySourceSSECustomerKey, { [_hH2]: _xacssseck }], [0, { [_hH2]: _xacssseckM }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }], [0, { [_hH2]: _xasebo }]],
  5
];
var UploadPartOutput$ = [
  3,
  n02,
  _UPO,
  0,
  [_SSE2, _ET2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _SSECA, _SSECKMD, _SSEKMSKI, _BKE, _RC2, _VI2],
  [[0, { [_hH2]: _xasse }], [0, { [_hH2]: _ET2 }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _xasseca }], [0, { [_hH2]: _xasseckM }], [() => SSEKMSKeyId, { [_hH2]: _xasseakki }], [2, { [_hH2]: _xassebke }], [0, { [_hH2]: _xarc }], [0, { [_hH2]: _xavi }]]
];
var UploadPartRequest$ = [
  3,
  n02,
  _UPR,
  0,
  [_B2, _K2, _PN, _UI, _Bo, _CLo, _CMDo, _CA2, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _SSECA, _SSECK, _SSECKMD, _RP2, _EBO],
  [[0, 1], [0, 1], [1, { [_hQ2]: _pN }], [0, { [_hQ2]: _uI }], [() => StreamingBlob, 16], [1, { [_hH2]: _CL__ }], [0, { [_hH2]: _CM2 }], [0, { [_hH2]: _xasca }], [0, { [_hH2]: _xacc }], [0, { [_hH2]: _xacc_ }], [0, { [_hH2]: _xacc__ }], [0, { [_hH2]: _xacs }], [0, { [_hH2]: _xacs_ }], [0, { [_hH2]: _xacs__ }], [0, { [_hH2]: _xacm }], [0, { [_hH2]: _xacx }], [0, { [_hH2]: _xacx_ }], [0, { [_hH2]: _xacx__ }], [0, { [_hH2]: _xasseca }], [() => SSECustomerKey, { [_hH2]: _xasseck }], [0, { [_hH2]: _xasseckM }], [0, { [_hH2]: _xarp }], [0, { [_hH2]: _xaebo }]],
  4
];
var UseSourceMultiRegionKey$ = [
  3,
  n02,
  _USMRK,
  0,
  [_S2],
  [0],
  1
];
var VersioningConfiguration$ = [
  3,
  n02,
  _VC2,
  0,
  [_MFAD, _S2],
  [[0, { [_xN2]: _MDf }], 0]
];
var WebsiteConfiguration$ = [
  3,
  n02,
  _WC,
  0,
  [_EDr2, _IDn, _RART, _RR],
  [() => ErrorDocument$, () => IndexDocument$, () => RedirectAllRequestsTo$, [() => RoutingRules, 0]]
];
var WriteGetObjectResponseRequest$ = [
  3,
  n02,
  _WGORR,
  0,
  [_RReq, _RTe, _Bo, _SCt2, _ECr, _EM2, _AR, _CC2, _CDo2, _CEo, _CL, _CLo, _CR2, _CTo, _CCRC, _CCRCC, _CCRCNVME, _CSHA, _CSHAh, _CSHAhe, _CMD, _CXXHASH, _CXXHASHh, _CXXHASHhe, _DM, _ET2, _Exp, _Ex2, _LM2, _MM, _M2, _OLM, _OLLHS, _OLRUD, _PC2, _RS, _RC2, _Re2, _SSE2, _SSECA, _SSEKMSKI, _SSECKMD, _SC2, _TC2, _VI2, _BKE],
  [[0, { [_hL]: 1, [_hH2]: _xarr }], [0, { [_hH2]: _xart }], [() => StreamingBlob, 16], [1, { [_hH2]: _xafs }], [0, { [_hH2]: _xafec }], [0, { [_hH2]: _xafem }], [0, { [_hH2]: _xafhar }], [0, { [_hH2]: _xafhCC }], [0, { [_hH2]: _xafhCD }], [0, { [_hH2]: _xafhCE }], [0, { [_hH2]: _xafhCL }], [1, { [_hH2]: _CL__ }], [0, { [_hH2]: _xafhCR }], [0, { [_hH2]: _xafhCT }], [0, { [_hH2]: _xafhxacc }], [0, { [_hH2]: _xafhxacc_ }], [0, { [_hH2]: _xafhxacc__ }], [0, { [_hH2]: _xafhxacs }], [0, { [_hH2]: _xafhxacs_ }], [0, { [_hH2]: _xafhxacs__ }], [0, { [_hH2]: _xafhxacm }], [0, { [_hH2]: _xafhxacx }], [0, { [_hH2]: _xafhxacx_ }], [0, { [_hH2]: _xafhxacx__ }], [2, { [_hH2]: _xafhxadm }], [0, { [_hH2]: _xafhE }], [4, { [_hH2]: _xafhE_ }], [0, { [_hH2]: _xafhxae }], [4, { [_hH2]: _xafhLM }], [1, { [_hH2]: _xafhxamm }], [128 | 0, { [_hPH]: _xam }], [0, { [_hH2]: _xafhxaolm }], [0, { [_hH2]: _xafhxaollh }], [5, { [_hH2]: _xafhxaolrud }], [1, { [_hH2]: _xafhxampc }], [0, { [_hH2]: _xafhxars }], [0, { [_hH2]: _xafhxarc }], [0, { [_hH2]: _xafhxar }], [0, { [_hH2]: _xafhxasse }], [0, { [_hH2]: _xafhxasseca }], [() => SSEKMSKeyId, { [_hH2]: _xafhxasseakki }], [0, { [_hH2]: _xafhxasseckM }], [0, { [_hH2]: _xafhxasc }], [1, { [_hH2]: _xafhxatc }], [0, { [_hH2]: _xafhxavi }], [2, { [_hH2]: _xafhxassebke }]],
  2
];
var __Unit2 = "unit";
var AllowedHeaders = 64 | 0;
var AllowedMethods = 64 | 0;
var AllowedOrigins = 64 | 0;
var AnalyticsConfigurationList = [
  1,
  n02,
  _ACLn,
  0,
  [
    () => AnalyticsConfiguration$,
    0
  ]
];
var AnnotationList = [
  1,
  n02,
  _AL2,
  0,
  [
    () => AnnotationEntry$,
    { [_xN2]: _AE }
  ]
];
var Buckets = [
  1,
  n02,
  _Bu,
  0,
  [
    () => Bucket$,
    { [_xN2]: _B2 }
  ]
];
var ChecksumAlgorithmList = 64 | 0;
var CommonPrefixList = [
  1,
  n02,
  _CPL2,
  0,
  () => CommonPrefix$
];
var CompletedPartList = [
  1,
  n02,
  _CPLo,
  0,
  () => CompletedPart$
];
var CORSRules = [
  1,
  n02,
  _CORSR,
  0,
  [
    () => CORSRule$,
    0
  ]
];
var DeletedObjects = [
  1,
  n02,
  _DOe,
  0,
  () => DeletedObject$
];
var DeleteMarkers = [
  1,
  n02,
  _DMe,
  0,
  () => DeleteMarkerEntry$
];
var EncryptionTypeList = [
  1,
  n02,
  _ETL,
  0,
  [
    0,
    { [_xN2]: _ETn2 }
  ]
];
var Errors = [
  1,
  n02,
  _Er,
  0,
  () => _Error$
];
var EventList = 64 | 0;
var ExposeHeaders = 64 | 0;
var FilterRuleList = [
  1,
  n02,
  _FRL,
  0,
  () => FilterRule$
];
var Grants = [
  1,
  n02,
  _G,
  0,
  [
    () => Grant$,
    { [_xN2]: _Gr }
  ]
];
var IntelligentTieringConfigurationList = [
  1,
  n02,
  _ITCL,
  0,
  [
    () => IntelligentTieringConfiguration$,
    0
  ]
];
var InventoryConfigurationList = [
  1,
  n02,
  _ICL,
  0,
  [
    () => InventoryConfiguration$,
    0
  ]
];
var InventoryOptionalFields = [
  1,
  n02,
  _IOF,
  0,
  [
    0,
    { [_xN2]: _Fi2 }
  ]
];
var LambdaFunctionConfigurationList = [
  1,
  n02,
  _LFCL,
  0,
  [
    () => LambdaFunctionConfiguration$,
    0
  ]
];
var LifecycleRules = [
  1,
  n02,
  _LRi,
  0,
  [
    () => LifecycleRule$,
    0
  ]
];
var MetricsConfigurationList = [
  1,
  n02,
  _MCL,
  0,
  [
    () => MetricsConfiguration$,
    0
  ]
];
var MultipartUploadList = [
  1,
  n02,
  _MUL,
  0,
  () => MultipartUpload$
];
var NoncurrentVersionTransitionList = [
  1,
  n02,
  _NVTL,
  0,
  () => NoncurrentVersionTransition$
];
var ObjectAttributesList = 64 | 0;
var ObjectIdentifierList = [
  1,
  n02,
  _OIL,
  0,
  () => ObjectIdentifier$
];
var ObjectList = [
  1,
  n02,
  _OLb,
  0,
  [
    () => _Object$,
    0
  ]
];
var ObjectVersionList = [
  1,
  n02,
  _OVL,
  0,
  [
    () => ObjectVersion$,
    0
  ]
];
var OptionalObjectAttributesList = 64 | 0;
var OwnershipControlsRules = [
  1,
  n02,
  _OCRw,
  0,
  () => OwnershipControlsRule$
];
var Parts = [
  1,
  n02,
  _Pa2,
  0,
  () => Part$
];
var PartsList = [
  1,
  n02,
  _PL,
  0,
  () => ObjectPart$
];
var QueueConfigurationList = [
  1,
  n02,
  _QCL,
  0,
  [
    () => QueueConfiguration$,
    0
  ]
];
var ReplicationPrefixList = [
  1,
  n02,
  _RPL,
  0,
  [
    0,
    { [_xN2]: _P2 }
  ]
];
var ReplicationRules = [
  1,
  n02,
  _RRep,
  0,
  [
    () => ReplicationRule$,
    0
  ]
];
var RoutingRules = [
  1,
  n02,
  _RR,
  0,
  [
    () => RoutingRule$,
    { [_xN2]: _RRo }
  ]
];
var ServerSideEncryptionRules = [
  1,
  n02,
  _SSERe,
  0,
  [
    () => ServerSideEncryptionRule$,
    0
  ]
];
var TagSet = [
  1,
  n02,
  _TSa,
  0,
  [
    () => Tag$,
    { [_xN2]: _Ta2 }
  ]
];
var TargetGrants = [
  1,
  n02,
  _TG,
  0,
  [
    () => TargetGrant$,
    { [_xN2]: _Gr }
  ]
];
var TieringList = [
  1,
  n02,
  _TL,
  0,
  () => Tiering$
];
var TopicConfigurationList = [
  1,
  n02,
  _TCL,
  0,
  [
    () => TopicConfiguration$,
    0
  ]
];
var TransitionList = [
  1,
  n02,
  _TLr,
  0,
  () => Transition$
];
var UserMetadata = [
  1,
  n02,
  _UM,
  0,
  [
    () => MetadataEntry$,
    { [_xN2]: _ME }
  ]
];
var Metadata = 128 | 0;
var AnalyticsFilter$ = [
  4,
  n02,
  _AF,
  0,
  [_P2, _Ta2, _An],
  [0, () => Tag$, [() => AnalyticsAndOperator$, 0]]
];
var MetricsFilter$ = [
  4,
  n02,
  _MF,
  0,
  [_P2, _Ta2, _APAc, _An],
  [0, () => Tag$, 0, [() => MetricsAndOperator$, 0]]
];
var ObjectEncryption$ = [
  4,
  n02,
  _OE,
  0,
  [_SSEKMS],
  [[() => SSEKMSEncryption$, { [_xN2]: _SK2 }]]
];
var SelectObjectContentEventStream$ = [
  4,
  n02,
  _SOCES,
  { [_st2]: 1 },
  [_Rec, _Sta2, _Pr, _Cont2, _End2],
  [[() => RecordsEvent$, 0], [() => StatsEvent$, 0], [() => ProgressEvent$, 0], () => ContinuationEvent$, () => EndEvent$]
];
var AbortMultipartUpload$ = [
  9,
  n02,
  _AMU,
  { [_h2]: ["DELETE", "/{Key+}?x-id=AbortMultipartUpload", 204] },
  () => AbortMultipartUploadRequest$,
  () => AbortMultipartUploadOutput$
];
var CompleteMultipartUpload$ = [
  9,
  n02,
  _CMUo,
  { [_h2]: ["POST", "/{Key+}", 200] },
  () => CompleteMultipartUploadRequest$,
  () => CompleteMultipartUploadOutput$
];
var CopyObject$ = [
  9,
  n02,
  _CO2,
  { [_h2]: ["PUT", "/{Key+}?x-id=CopyObject", 200] },
  () => CopyObjectRequest$,
  () => CopyObjectOutput$
];
var CreateBucket$ = [
  9,
  n02,
  _CB,
  { [_h2]: ["PUT", "/", 200] },
  () => CreateBucketRequest$,
  () => CreateBucketOutput$
];
var CreateBucketMetadataConfiguration$ = [
  9,
  n02,
  _CBMC,
  { [_hC]: "-", [_h2]: ["POST", "/?metadataConfiguration", 200] },
  () => CreateBucketMetadataConfigurationRequest$,
  () => __Unit2
];
var CreateBucketMetadataTableConfiguration$ = [
  9,
  n02,
  _CBMTC,
  { [_hC]: "-", [_h2]: ["POST", "/?metadataTable", 200] },
  () => CreateBucketMetadataTableConfigurationRequest$,
  () => __Unit2
];
var CreateMultipartUpload$ = [
  9,
  n02,
  _CMUr,
  { [_h2]: ["POST", "/{Key+}?uploads", 200] },
  () => CreateMultipartUploadRequest$,
  () => CreateMultipartUploadOutput$
];
var CreateSession$ = [
  9,
  n02,
  _CSr,
  { [_h2]: ["GET", "/?session", 200] },
  () => CreateSessionRequest$,
  () => CreateSessionOutput$
];
var DeleteBucket$ = [
  9,
  n02,
  _DB,
  { [_h2]: ["DELETE", "/", 204] },
  () => DeleteBucketRequest$,
  () => __Unit2
];
var DeleteBucketAnalyticsConfiguration$ = [
  9,
  n02,
  _DBAC,
  { [_h2]: ["DELETE", "/?analytics", 204] },
  () => DeleteBucketAnalyticsConfigurationRequest$,
  () => __Unit2
];
var DeleteBucketCors$ = [
  9,
  n02,
  _DBC,
  { [_h2]: ["DELETE", "/?cors", 204] },
  () => DeleteBucketCorsRequest$,
  () => __Unit2
];
var DeleteBucketEncryption$ = [
  9,
  n02,
  _DBE,
  { [_h2]: ["DELETE", "/?encryption", 204] },
  () => DeleteBucketEncryptionRequest$,
  () => __Unit2
];
var DeleteBucketIntelligentTieringConfiguration$ = [
  9,
  n02,
  _DBITC,
  { [_h2]: ["DELETE", "/?intelligent-tiering", 204] },
  () => DeleteBucketIntelligentTieringConfigurationRequest$,
  () => __Unit2
];
var DeleteBucketInventoryConfiguration$ = [
  9,
  n02,
  _DBIC,
  { [_h2]: ["DELETE", "/?inventory", 204] },
  () => DeleteBucketInventoryConfigurationRequest$,
  () => __Unit2
];
var DeleteBucketLifecycle$ = [
  9,
  n02,
  _DBL,
  { [_h2]: ["DELETE", "/?lifecycle", 204] },
  () => DeleteBucketLifecycleRequest$,
  () => __Unit2
];
var DeleteBucketMetadataConfiguration$ = [
  9,
  n02,
  _DBMC,
  { [_h2]: ["DELETE", "/?metadataConfiguration", 204] },
  () => DeleteBucketMetadataConfigurationRequest$,
  () => __Unit2
];
var DeleteBucketMetadataTableConfiguration$ = [
  9,
  n02,
  _DBMTC,
  { [_h2]: ["DELETE", "/?metadataTable", 204] },
  () => DeleteBucketMetadataTableConfigurationRequest$,
  () => __Unit2
];
var DeleteBucketMetricsConfiguration$ = [
  9,
  n02,
  _DBMCe,
  { [_h2]: ["DELETE", "/?metrics", 204] },
  () => DeleteBucketMetricsConfigurationRequest$,
  () => __Unit2
];
var DeleteBucketOwnershipControls$ = [
  9,
  n02,
  _DBOC,
  { [_h2]: ["DELETE", "/?ownershipControls", 204] },
  () => DeleteBucketOwnershipControlsRequest$,
  () => __Unit2
];
var DeleteBucketPolicy$ = [
  9,
  n02,
  _DBP,
  { [_h2]: ["DELETE", "/?policy", 204] },
  () => DeleteBucketPolicyRequest$,
  () => __Unit2
];
var DeleteBucketReplication$ = [
  9,
  n02,
  _DBRe,
  { [_h2]: ["DELETE", "/?replication", 204] },
  () => DeleteBucketReplicationRequest$,
  () => __Unit2
];
var DeleteBucketTagging$ = [
  9,
  n02,
  _DBT,
  { [_h2]: ["DELETE", "/?tagging", 204] },
  () => DeleteBucketTaggingRequest$,
  () => __Unit2
];
var DeleteBucketWebsite$ = [
  9,
  n02,
  _DBW,
  { [_h2]: ["DELETE", "/?website", 204] },
  () => DeleteBucketWebsiteRequest$,
  () => __Unit2
];
var DeleteObject$ = [
  9,
  n02,
  _DOel,
  { [_h2]: ["DELETE", "/{Key+}?x-id=DeleteObject", 204] },
  () => DeleteObjectRequest$,
  () => DeleteObjectOutput$
];
var DeleteObjectAnnotation$ = [
  9,
  n02,
  _DOA,
  { [_h2]: ["DELETE", "/{Key+}?annotation", 204] },
  () => DeleteObjectAnnotationRequest$,
  () => DeleteObjectAnnotationOutput$
];
var DeleteObjects$ = [
  9,
  n02,
  _DOele,
  { [_hC]: "-", [_h2]: ["POST", "/?delete", 200] },
  () => DeleteObjectsRequest$,
  () => DeleteObjectsOutput$
];
var DeleteObjectTagging$ = [
  9,
  n02,
  _DOT,
  { [_h2]: ["DELETE", "/{Key+}?tagging", 204] },
  () => DeleteObjectTaggingRequest$,
  () => DeleteObjectTaggingOutput$
];
var DeletePublicAccessBlock$ = [
  9,
  n02,
  _DPAB,
  { [_h2]: ["DELETE", "/?publicAccessBlock", 204] },
  () => DeletePublicAccessBlockRequest$,
  () => __Unit2
];
var GetBucketAbac$ = [
  9,
  n02,
  _GBA,
  { [_h2]: ["GET", "/?abac", 200] },
  () => GetBucketAbacRequest$,
  () => GetBucketAbacOutput$
];
var GetBucketAccelerateConfiguration$ = [
  9,
  n02,
  _GBAC,
  { [_h2]: ["GET", "/?accelerate", 200] },
  () => GetBucketAccelerateConfigurationRequest$,
  () => GetBucketAccelerateConfigurationOutput$
];
var GetBucketAcl$ = [
  9,
  n02,
  _GBAe,
  { [_h2]: ["GET", "/?acl", 200] },
  () => GetBucketAclRequest$,
  () => GetBucketAclOutput$
];
var GetBucketAnalyticsConfiguration$ = [
  9,
  n02,
  _GBACe,
  { [_h2]: ["GET", "/?analytics&x-id=GetBucketAnalyticsConfiguration", 200] },
  () => GetBucketAnalyticsConfigurationRequest$,
  () => GetBucketAnalyticsConfigurationOutput$
];
var GetBucketCors$ = [
  9,
  n02,
  _GBC,
  { [_h2]: ["GET", "/?cors", 200] },
  () => GetBucketCorsRequest$,
  () => GetBucketCorsOutput$
];
var GetBucketEncryption$ = [
  9,
  n02,
  _GBE,
  { [_h2]: ["GET", "/?encryption", 200] },
  () => GetBucketEncryptionRequest$,
  () => GetBucketEncryptionOutput$
];
var GetBucketIntelligentTieringConfiguration$ = [
  9,
  n02,
  _GBITC,
  { [_h2]: ["GET", "/?intelligent-tiering&x-id=GetBucketIntelligentTieringConfiguration", 200] },
  () => GetBucketIntelligentTieringConfigurationRequest$,
  () => GetBucketIntelligentTieringConfigurationOutput$
];
var GetBucketInventoryConfiguration$ = [
  9,
  n02,
  _GBIC,
  { [_h2]: ["GET", "/?inventory&x-id=GetBucketInventoryConfiguration", 200] },
  () => GetBucketInventoryConfigurationRequest$,
  () => GetBucketInventoryConfigurationOutput$
];
var GetBucketLifecycleConfiguration$ = [
  9,
  n02,
  _GBLC,
  { [_h2]: ["GET", "/?lifecycle", 200] },
  () => GetBucketLifecycleConfigurationRequest$,
  () => GetBucketLifecycleConfigurationOutput$
];
var GetBucketLocation$ = [
  9,
  n02,
  _GBL,
  { [_h2]: ["GET", "/?location", 200] },
  () => GetBucketLocationRequest$,
  () => GetBucketLocationOutput$
];
var GetBucketLogging$ = [
  9,
  n02,
  _GBLe,
  { [_h2]: ["GET", "/?logging", 200] },
  () => GetBucketLoggingRequest$,
  () => GetBucketLoggingOutput$
];
var GetBucketMetadataConfiguration$ = [
  9,
  n02,
  _GBMC,
  { [_h2]: ["GET", "/?metadataConfiguration", 200] },
  () => GetBucketMetadataConfigurationRequest$,
  () => GetBucketMetadataConfigurationOutput$
];
var GetBucketMetadataTableConfiguration$ = [
  9,
  n02,
  _GBMTC,
  { [_h2]: ["GET", "/?metadataTable", 200] },
  () => GetBucketMetadataTableConfigurationRequest$,
  () => GetBucketMetadataTableConfigurationOutput$
];
var GetBucketMetricsConfiguration$ = [
  9,
  n02,
  _GBMCe,
  { [_h2]: ["GET", "/?metrics&x-id=GetBucketMetricsConfiguration", 200] },
  () => GetBucketMetricsConfigurationRequest$,
  () => GetBucketMetricsConfigurationOutput$
];
var GetBucketNotificationConfiguration$ = [
  9,
  n02,
  _GBNC,
  { [_h2]: ["GET", "/?notification", 200] },
  () => GetBucketNotificationConfigurationRequest$,
  () => NotificationConfiguration$
];
var GetBucketOwnershipControls$ = [
  9,
  n02,
  _GBOC,
  { [_h2]: ["GET", "/?ownershipControls", 200] },
  () => GetBucketOwnershipControlsRequest$,
  () => GetBucketOwnershipControlsOutput$
];
var GetBucketPolicy$ = [
  9,
  n02,
  _GBP,
  { [_h2]: ["GET", "/?policy", 200] },
  () => GetBucketPolicyRequest$,
  () => GetBucketPolicyOutput$
];
var GetBucketPolicyStatus$ = [
  9,
  n02,
  _GBPS,
  { [_h2]: ["GET", "/?policyStatus", 200] },
  () => GetBucketPolicyStatusRequest$,
  () => GetBucketPolicyStatusOutput$
];
var GetBucketReplication$ = [
  9,
  n02,
  _GBR,
  { [_h2]: ["GET", "/?replication", 200] },
  () => GetBucketReplicationRequest$,
  () => GetBucketReplicationOutput$
];
var GetBucketRequestPayment$ = [
  9,
  n02,
  _GBRP,
  { [_h2]: ["GET", "/?requestPayment", 200] },
  () => GetBucketRequestPaymentRequest$,
  () => GetBucketRequestPaymentOutput$
];
var GetBucketTagging$ = [
  9,
  n02,
  _GBT,
  { [_h2]: ["GET", "/?tagging", 200] },
  () => GetBucketTaggingRequest$,
  () => GetBucketTaggingOutput$
];
var GetBucketVersioning$ = [
  9,
  n02,
  _GBV,
  { [_h2]: ["GET", "/?versioning", 200] },
  () => GetBucketVersioningRequest$,
  () => GetBucketVersioningOutput$
];
var GetBucketWebsite$ = [
  9,
  n02,
  _GBW,
  { [_h2]: ["GET", "/?website", 200] },
  () => GetBucketWebsiteRequest$,
  () => GetBucketWebsiteOutput$
];
var GetObject$ = [
  9,
  n02,
  _GO,
  { [_hC]: "-", [_h2]: ["GET", "/{Key+}?x-id=GetObject", 200] },
  () => GetObjectRequest$,
  () => GetObjectOutput$
];
var GetObjectAcl$ = [
  9,
  n02,
  _GOA,
  { [_h2]: ["GET", "/{Key+}?acl", 200] },
  () => GetObjectAclRequest$,
  () => GetObjectAclOutput$
];
var GetObjectAnnotation$ = [
  9,
  n02,
  _GOAe,
  { [_hC]: "-", [_h2]: ["GET", "/{Key+}?annotation&x-id=GetObjectAnnotation", 200] },
  () => GetObjectAnnotationRequest$,
  () => GetObjectAnnotationOutput$
];
var GetObjectAttributes$ = [
  9,
  n02,
  _GOAet,
  { [_h2]: ["GET", "/{Key+}?attributes", 200] },
  () => GetObjectAttributesRequest$,
  () => GetObjectAttributesOutput$
];
var GetObjectLegalHold$ = [
  9,
  n02,
  _GOLH,
  { [_h2]: ["GET", "/{Key+}?legal-hold", 200] },
  () => GetObjectLegalHoldRequest$,
  () => GetObjectLegalHoldOutput$
];
var GetObjectLockConfiguration$ = [
  9,
  n02,
  _GOLC,
  { [_h2]: ["GET", "/?object-lock", 200] },
  () => GetObjectLockConfigurationRequest$,
  () => GetObjectLockConfigurationOutput$
];
var GetObjectRetention$ = [
  9,
  n02,
  _GORe,
  { [_h2]: ["GET", "/{Key+}?retention", 200] },
  () => GetObjectRetentionRequest$,
  () => GetObjectRetentionOutput$
];
var GetObjectTagging$ = [
  9,
  n02,
  _GOT,
  { [_h2]: ["GET", "/{Key+}?tagging", 200] },
  () => GetObjectTaggingRequest$,
  () => GetObjectTaggingOutput$
];
var GetObjectTorrent$ = [
  9,
  n02,
  _GOTe,
  { [_h2]: ["GET", "/{Key+}?torrent", 200] },
  () => GetObjectTorrentRequest$,
  () => GetObjectTorrentOutput$
];
var GetPublicAccessBlock$ = [
  9,
  n02,
  _GPAB,
  { [_h2]: ["GET", "/?publicAccessBlock", 200] },
  () => GetPublicAccessBlockRequest$,
  () => GetPublicAccessBlockOutput$
];
var HeadBucket$ = [
  9,
  n02,
  _HB,
  { [_h2]: ["HEAD", "/", 200] },
  () => HeadBucketRequest$,
  () => HeadBucketOutput$
];
var HeadObject$ = [
  9,
  n02,
  _HO,
  { [_h2]: ["HEAD", "/{Key+}", 200] },
  () => HeadObjectRequest$,
  () => HeadObjectOutput$
];
var ListBucketAnalyticsConfigurations$ = [
  9,
  n02,
  _LBAC,
  { [_h2]: ["GET", "/?analytics&x-id=ListBucketAnalyticsConfigurations", 200] },
  () => ListBucketAnalyticsConfigurationsRequest$,
  () => ListBucketAnalyticsConfigurationsOutput$
];
var ListBucketIntelligentTieringConfigurations$ = [
  9,
  n02,
  _LBITC,
  { [_h2]: ["GET", "/?intelligent-tiering&x-id=ListBucketIntelligentTieringConfigurations", 200] },
  () => ListBucketIntelligentTieringConfigurationsRequest$,
  () => ListBucketIntelligentTieringConfigurationsOutput$
];
var ListBucketInventoryConfigurations$ = [
  9,
  n02,
  _LBIC,
  { [_h2]: ["GET", "/?inventory&x-id=ListBucketInventoryConfigurations", 200] },
  () => ListBucketInventoryConfigurationsRequest$,
  () => ListBucketInventoryConfigurationsOutput$
];
var ListBucketMetricsConfigurations$ = [
  9,
  n02,
  _LBMC,
  { [_h2]: ["GET", "/?metrics&x-id=ListBucketMetricsConfigurations", 200] },
  () => ListBucketMetricsConfigurationsRequest$,
  () => ListBucketMetricsConfigurationsOutput$
];
var ListBuckets$ = [
  9,
  n02,
  _LB,
  { [_h2]: ["GET", "/?x-id=ListBuckets", 200] },
  () => ListBucketsRequest$,
  () => ListBucketsOutput$
];
var ListDirectoryBuckets$ = [
  9,
  n02,
  _LDB,
  { [_h2]: ["GET", "/?x-id=ListDirectoryBuckets", 200] },
  () => ListDirectoryBucketsRequest$,
  () => ListDirectoryBucketsOutput$
];
var ListMultipartUploads$ = [
  9,
  n02,
  _LMU,
  { [_h2]: ["GET", "/?uploads", 200] },
  () => ListMultipartUploadsRequest$,
  () => ListMultipartUploadsOutput$
];
var ListObjectAnnotations$ = [
  9,
  n02,
  _LOA,
  { [_h2]: ["GET", "/{Key+}?annotation&x-id=ListObjectAnnotations", 200] },
  () => ListObjectAnnotationsRequest$,
  () => ListObjectAnnotationsOutput$
];
var ListObjects$ = [
  9,
  n02,
  _LO,
  { [_h2]: ["GET", "/", 200] },
  () => ListObjectsRequest$,
  () => ListObjectsOutput$
];
var ListObjectsV2$ = [
  9,
  n02,
  _LOV,
  { [_h2]: ["GET", "/?list-type=2", 200] },
  () => ListObjectsV2Request$,
  () => ListObjectsV2Output$
];
var ListObjectVersions$ = [
  9,
  n02,
  _LOVi,
  { [_h2]: ["GET", "/?versions", 200] },
  () => ListObjectVersionsRequest$,
  () => ListObjectVersionsOutput$
];
var ListParts$ = [
  9,
  n02,
  _LP,
  { [_h2]: ["GET", "/{Key+}?x-id=ListParts", 200] },
  () => ListPartsRequest$,
  () => ListPartsOutput$
];
var PutBucketAbac$ = [
  9,
  n02,
  _PBA,
  { [_hC]: "-", [_h2]: ["PUT", "/?abac", 200] },
  () => PutBucketAbacRequest$,
  () => __Unit2
];
var PutBucketAccelerateConfiguration$ = [
  9,
  n02,
  _PBAC,
  { [_hC]: "-", [_h2]: ["PUT", "/?accelerate", 200] },
  () => PutBucketAccelerateConfigurationRequest$,
  () => __Unit2
];
var PutBucketAcl$ = [
  9,
  n02,
  _PBAu,
  { [_hC]: "-", [_h2]: ["PUT", "/?acl", 200] },
  () => PutBucketAclRequest$,
  () => __Unit2
];
var PutBucketAnalyticsConfiguration$ = [
  9,
  n02,
  _PBACu,
  { [_h2]: ["PUT", "/?analytics", 200] },
  () => PutBucketAnalyticsConfigurationRequest$,
  () => __Unit2
];
var PutBucketCors$ = [
  9,
  n02,
  _PBC,
  { [_hC]: "-", [_h2]: ["PUT", "/?cors", 200] },
  () => PutBucketCorsRequest$,
  () => __Unit2
];
var PutBucketEncryption$ = [
  9,
  n02,
  _PBE,
  { [_hC]: "-", [_h2]: ["PUT", "/?encryption", 200] },
  () => PutBucketEncryptionRequest$,
  () => __Unit2
];
var PutBucketIntelligentTieringConfiguration$ = [
  9,
  n02,
  _PBITC,
  { [_h2]: ["PUT", "/?intelligent-tiering", 200] },
  () => PutBucketIntelligentTieringConfigurationRequest$,
  () => __Unit2
];
var PutBucketInventoryConfiguration$ = [
  9,
  n02,
  _PBIC,
  { [_h2]: ["PUT", "/?inventory", 200] },
  () => PutBucketInventoryConfigurationRequest$,
  () => __Unit2
];
var PutBucketLifecycleConfiguration$ = [
  9,
  n02,
  _PBLC,
  { [_hC]: "-", [_h2]: ["PUT", "/?lifecycle", 200] },
  () => PutBucketLifecycleConfigurationRequest$,
  () => PutBucketLifecycleConfigurationOutput$
];
var PutBucketLogging$ = [
  9,
  n02,
  _PBL,
  { [_hC]: "-", [_h2]: ["PUT", "/?logging", 200] },
  () => PutBucketLoggingRequest$,
  () => __Unit2
];
var PutBucketMetricsConfiguration$ = [
  9,
  n02,
  _PBMC,
  { [_h2]: ["PUT", "/?metrics", 200] },
  () => PutBucketMetricsConfigurationRequest$,
  () => __Unit2
];
var PutBucketNotificationConfiguration$ = [
  9,
  n02,
  _PBNC,
  { [_h2]: ["PUT", "/?notification", 200] },
  () => PutBucketNotificationConfigurationRequest$,
  () => __Unit2
];
var PutBucketOwnershipControls$ = [
  9,
  n02,
  _PBOC,
  { [_hC]: "-", [_h2]: ["PUT", "/?ownershipControls", 200] },
  () => PutBucketOwnershipControlsRequest$,
  () => __Unit2
];
var PutBucketPolicy$ = [
  9,
  n02,
  _PBP,
  { [_hC]: "-", [_h2]: ["PUT", "/?policy", 200] },
  () => PutBucketPolicyRequest$,
  () => __Unit2
];
var PutBucketReplication$ = [
  9,
  n02,
  _PBR,
  { [_hC]: "-", [_h2]: ["PUT", "/?replication", 200] },
  () => PutBucketReplicationRequest$,
  () => __Unit2
];
var PutBucketRequestPayment$ = [
  9,
  n02,
  _PBRP,
  { [_hC]: "-", [_h2]: ["PUT", "/?requestPayment", 200] },
  () => PutBucketRequestPaymentRequest$,
  () => __Unit2
];
var PutBucketTagging$ = [
  9,
  n02,
  _PBT,
  { [_hC]: "-", [_h2]: ["PUT", "/?tagging", 200] },
  () => PutBucketTaggingRequest$,
  () => __Unit2
];
var PutBucketVersioning$ = [
  9,
  n02,
  _PBV,
  { [_hC]: "-", [_h2]: ["PUT", "/?versioning", 200] },
  () => PutBucketVersioningRequest$,
  () => __Unit2
];
var PutBucketWebsite$ = [
  9,
  n02,
  _PBW,
  { [_hC]: "-", [_h2]: ["PUT", "/?website", 200] },
  () => PutBucketWebsiteRequest$,
  () => __Unit2
];
var PutObject$ = [
  9,
  n02,
  _PO,
  { [_hC]: "-", [_h2]: ["PUT", "/{Key+}?x-id=PutObject", 200] },
  () => PutObjectRequest$,
  () => PutObjectOutput$
];
var PutObjectAcl$ = [
  9,
  n02,
  _POA,
  { [_hC]: "-", [_h2]: ["PUT", "/{Key+}?acl", 200] },
  () => PutObjectAclRequest$,
  () => PutObjectAclOutput$
];
var PutObjectAnnotation$ = [
  9,
  n02,
  _POAu,
  { [_hC]: "-", [_h2]: ["PUT", "/{Key+}?annotation", 200] },
  () => PutObjectAnnotationRequest$,
  () => PutObjectAnnotationOutput$
];
var PutObjectLegalHold$ = [
  9,
  n02,
  _POLH,
  { [_hC]: "-", [_h2]: ["PUT", "/{Key+}?legal-hold", 200] },
  () => PutObjectLegalHoldRequest$,
  () => PutObjectLegalHoldOutput$
];
var PutObjectLockConfiguration$ = [
  9,
  n02,
  _POLC,
  { [_hC]: "-", [_h2]: ["PUT", "/?object-lock", 200] },
  () => PutObjectLockConfigurationRequest$,
  () => PutObjectLockConfigurationOutput$
];
var PutObjectRetention$ = [
  9,
  n02,
  _PORu,
  { [_hC]: "-", [_h2]: ["PUT", "/{Key+}?retention", 200] },
  () => PutObjectRetentionRequest$,
  () => PutObjectRetentionOutput$
];
var PutObjectTagging$ = [
  9,
  n02,
  _POT,
  { [_hC]: "-", [_h2]: ["PUT", "/{Key+}?tagging", 200] },
  () => PutObjectTaggingRequest$,
  () => PutObjectTaggingOutput$
];
var PutPublicAccessBlock$ = [
  9,
  n02,
  _PPAB,
  { [_hC]: "-", [_h2]: ["PUT", "/?publicAccessBlock", 200] },
  () => PutPublicAccessBlockRequest$,
  () => __Unit2
];
var RenameObject$ = [
  9,
  n02,
  _RO2,
  { [_h2]: ["PUT", "/{Key+}?renameObject", 200] },
  () => RenameObjectRequest$,
  () => RenameObjectOutput$
];
var RestoreObject$ = [
  9,
  n02,
  _ROe,
  { [_hC]: "-", [_h2]: ["POST", "/{Key+}?restore", 200] },
  () => RestoreObjectRequest$,
  () => RestoreObjectOutput$
];
var SelectObjectContent$ = [
  9,
  n02,
  _SOC,
  { [_h2]: ["POST", "/{Key+}?select&select-type=2", 200] },
  () => SelectObjectContentRequest$,
  () => SelectObjectContentOutput$
];
var UpdateBucketMetadataAnnotationTableConfiguration$ = [
  9,
  n02,
  _UBMATC,
  { [_hC]: "-", [_h2]: ["PUT", "/?metadataAnnotationTable", 200] },
  () => UpdateBucketMetadataAnnotationTableConfigurationRequest$,
  () => __Unit2
];
var UpdateBucketMetadataInventoryTableConfiguration$ = [
  9,
  n02,
  _UBMITC,
  { [_hC]: "-", [_h2]: ["PUT", "/?metadataInventoryTable", 200] },
  () => UpdateBucketMetadataInventoryTableConfigurationRequest$,
  () => __Unit2
];
var UpdateBucketMetadataJournalTableConfiguration$ = [
  9,
  n02,
  _UBMJTC,
  { [_hC]: "-", [_h2]: ["PUT", "/?metadataJournalTable", 200] },
  () => UpdateBucketMetadataJournalTableConfigurationRequest$,
  () => __Unit2
];
var UpdateObjectEncryption$ = [
  9,
  n02,
  _UOE,
  { [_hC]: "-", [_h2]: ["PUT", "/{Key+}?encryption", 200] },
  () => UpdateObjectEncryptionRequest$,
  () => UpdateObjectEncryptionResponse$
];
var UploadPart$ = [
  9,
  n02,
  _UP,
  { [_hC]: "-", [_h2]: ["PUT", "/{Key+}?x-id=UploadPart", 200] },
  () => UploadPartRequest$,
  () => UploadPartOutput$
];
var UploadPartCopy$ = [
  9,
  n02,
  _UPC,
  { [_h2]: ["PUT", "/{Key+}?x-id=UploadPartCopy", 200] },
  () => UploadPartCopyRequest$,
  () => UploadPartCopyOutput$
];
var WriteGetObjectResponse$ = [
  9,
  n02,
  _WGOR,
  { [_en]: ["{RequestRoute}."], [_h2]: ["POST", "/WriteGetObjectResponse", 200] },
  () => WriteGetObjectResponseRequest$,
  () => __Unit2
];

// node_modules/@aws-sdk/client-s3/dist-es/commands/CreateSessionCommand.js
var CreateSessionCommand = class extends command(_ep4, _mw0, "CreateSession", CreateSession$) {
};

// node_modules/@aws-sdk/client-s3/package.json
var package_default2 = {
  name: "@aws-sdk/client-s3",
  version: "3.1175.0",
  description: "AWS SDK for JavaScript S3 Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-s3",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-s3"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:browser": "yarn g:vitest run -c vitest.config.browser.mts",
    "test:browser:watch": "yarn g:vitest watch -c vitest.config.browser.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/checksums": "^3.1002.6",
    "@aws-sdk/core": "^3.981.1",
    "@aws-sdk/credential-provider-node": "^3.972.98",
    "@aws-sdk/middleware-sdk-s3": "^3.972.91",
    "@aws-sdk/signature-v4-multi-region": "^3.996.52",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.40.0",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@aws-sdk/signature-v4-crt": "3.1175.0",
    "@smithy/snapshot-testing": "^2.4.0",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/sha/sha1/Sha1Js.js
var BLOCK = 64;
var DIGEST_LENGTH = 20;
var INIT = new Int32Array([1732584193, 4023233417, 2562383102, 271733878, 3285377520]);
var K2 = new Int32Array([1518500249, 1859775393, 2400959708, 3395469782]);
var Sha1Js = class _Sha1Js {
  digestLength = DIGEST_LENGTH;
  state = Int32Array.from(INIT);
  w;
  buffer = new Uint8Array(BLOCK);
  bufferLength = 0;
  bytesHashed = 0;
  finished = false;
  inner;
  outer;
  constructor(secret) {
    if (secret) {
      const key = _Sha1Js.normalizeKey(secret);
      this.inner = new _Sha1Js();
      this.outer = new _Sha1Js();
      const pad = new Uint8Array(BLOCK * 2);
      for (let i4 = 0; i4 < BLOCK; ++i4) {
        pad[i4] = 54 ^ key[i4];
        pad[i4 + BLOCK] = 92 ^ key[i4];
      }
      this.inner.update(pad.subarray(0, BLOCK));
      this.outer.update(pad.subarray(BLOCK));
    }
  }
  update(data) {
    if (this.finished) {
      throw new Error("Attempted to update an already finished HMAC.");
    }
    if (this.inner) {
      this.inner.update(data);
      return;
    }
    let pos = 0;
    let { length } = data;
    this.bytesHashed += length;
    if (this.bufferLength > 0) {
      while (length > 0 && this.bufferLength < BLOCK) {
        this.buffer[this.bufferLength++] = data[pos++];
        --length;
      }
      if (this.bufferLength === BLOCK) {
        this.hashBuffer(this.buffer, 0);
        this.bufferLength = 0;
      }
    }
    while (length >= BLOCK) {
      this.hashBuffer(data, pos);
      pos += BLOCK;
      length -= BLOCK;
    }
    while (length > 0) {
      this.buffer[this.bufferLength++] = data[pos++];
      --length;
    }
  }
  async digest() {
    if (this.inner && this.outer) {
      if (this.finished) {
        throw new Error("Attempted to digest an already finished HMAC.");
      }
      this.finished = true;
      const innerDigest = this.inner.digestSync();
      this.outer.update(innerDigest);
      return this.outer.digestSync();
    }
    return this.digestSync();
  }
  reset() {
    this.state = Int32Array.from(INIT);
    this.buffer = new Uint8Array(BLOCK);
    this.bufferLength = 0;
    this.bytesHashed = 0;
  }
  digestSync() {
    const state = this.state.slice();
    const buffer = this.buffer.slice();
    let bufferLength = this.bufferLength;
    const bitsHi = this.bytesHashed / 536870912 | 0;
    const bitsLo = this.bytesHashed << 3;
    buffer[bufferLength++] = 128;
    if (bufferLength > BLOCK - 8) {
      for (let i4 = bufferLength; i4 < BLOCK; ++i4) {
        buffer[i4] = 0;
      }
      this.hashBufferWith(state, buffer, 0);
      bufferLength = 0;
    }
    for (let i4 = bufferLength; i4 < BLOCK - 8; ++i4) {
      buffer[i4] = 0;
    }
    const v2 = new DataView(buffer.buffer, buffer.byteOffset, BLOCK);
    v2.setUint32(BLOCK - 8, bitsHi, false);
    v2.setUint32(BLOCK - 4, bitsLo, false);
    this.hashBufferWith(state, buffer, 0);
    const out = new Uint8Array(DIGEST_LENGTH);
    out[0] = state[0] >>> 24 & 255;
    out[1] = state[0] >>> 16 & 255;
    out[2] = state[0] >>> 8 & 255;
    out[3] = state[0] & 255;
    out[4] = state[1] >>> 24 & 255;
    out[5] = state[1] >>> 16 & 255;
    out[6] = state[1] >>> 8 & 255;
    out[7] = state[1] & 255;
    out[8] = state[2] >>> 24 & 255;
    out[9] = state[2] >>> 16 & 255;
    out[10] = state[2] >>> 8 & 255;
    out[11] = state[2] & 255;
    out[12] = state[3] >>> 24 & 255;
    out[13] = state[3] >>> 16 & 255;
    out[14] = state[3] >>> 8 & 255;
    out[15] = state[3] & 255;
    out[16] = state[4] >>> 24 & 255;
    out[17] = state[4] >>> 16 & 255;
    out[18] = state[4] >>> 8 & 255;
    out[19] = state[4] & 255;
    return out;
  }
  static normalizeKey(secret) {
    const key = toUint8Array(secret);
    if (key.byteLength > BLOCK) {
      const h4 = new _Sha1Js();
      h4.update(key);
      const digest = h4.digestSync();
      const padded2 = new Uint8Array(BLOCK);
      padded2.set(digest);
      return padded2;
    }
    const padded = new Uint8Array(BLOCK);
    padded.set(key);
    return padded;
  }
  hashBuffer(data, offset) {
    this.hashBufferWith(this.state, data, offset);
  }
  hashBufferWith(state, data, offset) {
    const w2 = this.w ??= new Int32Array(80);
    let s0 = state[0], s1 = state[1], s2 = state[2], s3 = state[3], s4 = state[4];
    for (let t8 = 0; t8 < 16; ++t8) {
      w2[t8] = (data[offset + t8 * 4] & 255) << 24 | (data[offset + t8 * 4 + 1] & 255) << 16 | (data[offset + t8 * 4 + 2] & 255) << 8 | data[offset + t8 * 4 + 3] & 255;
    }
    for (let t8 = 16; t8 < 80; ++t8) {
      const x2 = w2[t8 - 3] ^ w2[t8 - 8] ^ w2[t8 - 14] ^ w2[t8 - 16];
      w2[t8] = x2 << 1 | x2 >>> 31;
    }
    for (let t8 = 0; t8 < 80; ++t8) {
      const r4 = t8 < 20 ? 0 : t8 < 40 ? 1 : t8 < 60 ? 2 : 3;
      const temp = ((s0 << 5 | s0 >>> 27) + (r4 === 0 ? s1 & s2 ^ ~s1 & s3 : r4 === 2 ? s1 & s2 ^ s1 & s3 ^ s2 & s3 : s1 ^ s2 ^ s3) | 0) + (s4 + (K2[r4] + w2[t8] | 0) | 0) | 0;
      s4 = s3;
      s3 = s2;
      s2 = s1 << 30 | s1 >>> 2;
      s1 = s0;
      s0 = temp;
    }
    state[0] = state[0] + s0 | 0;
    state[1] = state[1] + s1 | 0;
    state[2] = state[2] + s2 | 0;
    state[3] = state[3] + s3 | 0;
    state[4] = state[4] + s4 | 0;
  }
};

// node_modules/@aws-sdk/checksums/dist-es/submodules/sha/sha1/Sha1Node.js
import { createHash, createHmac } from "node:crypto";
var hasNativeCrypto = (() => {
  try {
    createHash("sha1");
    return true;
  } catch {
    return false;
  }
})();
var Sha1Node = hasNativeCrypto ? buildNativeClass() : Sha1Js;
function buildNativeClass() {
  return class Sha1Node {
    digestLength = 20;
    secret;
    hash;
    isHmac;
    finished = false;
    constructor(secret) {
      this.secret = secret;
      this.isHmac = !!secret;
      this.hash = this.createHash();
    }
    update(data) {
      if (this.finished) {
        throw new Error("Attempted to update an already finished hash.");
      }
      this.hash.update(data);
    }
    async digest() {
      let buf;
      if (this.isHmac) {
        this.finished = true;
        buf = this.hash.digest();
      } else {
        buf = this.hash.copy().digest();
      }
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    reset() {
      this.hash = this.createHash();
      this.finished = false;
    }
    createHash() {
      return this.secret ? createHmac("sha1", toBuffer(this.secret)) : createHash("sha1");
    }
  };
}
function toBuffer(data) {
  if (typeof data === "string") {
    return data;
  }
  if (ArrayBuffer.isView(data)) {
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
  return Buffer.from(data);
}

// node_modules/@aws-sdk/client-s3/dist-es/runtimeConfig.shared.js
var getRuntimeConfig3 = (config) => {
  return {
    apiVersion: "2006-03-01",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver2,
    extensions: config?.extensions ?? [],
    getAwsChunkedEncodingStream: config?.getAwsChunkedEncodingStream ?? getAwsChunkedEncodingStream,
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultS3HttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      },
      {
        schemeId: "aws.auth#sigv4a",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
        signer: new AwsSdkSigV4ASigner()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    md5: config?.md5 ?? Md5Node,
    protocol: config?.protocol ?? S3RestXmlProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.s3",
      errorTypeRegistries: errorTypeRegistries2,
      xmlNamespace: "http://s3.amazonaws.com/doc/2006-03-01/",
      version: "2006-03-01",
      serviceTarget: "AmazonS3"
    },
    sdkStreamMixin: config?.sdkStreamMixin ?? sdkStreamMixin,
    serviceId: config?.serviceId ?? "S3",
    sha1: config?.sha1 ?? Sha1Node,
    sha256: config?.sha256 ?? Sha256Node,
    signerConstructor: config?.signerConstructor ?? SignatureV4MultiRegion,
    signingEscapePath: config?.signingEscapePath ?? false,
    urlParser: config?.urlParser ?? parseUrl,
    useArnRegion: config?.useArnRegion ?? void 0,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-s3/dist-es/runtimeConfig.js
var getRuntimeConfig4 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig3(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default2.version }),
    disableS3ExpressSessionAuth: config?.disableS3ExpressSessionAuth ?? loadConfig(NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_OPTIONS, loaderConfig),
    eventStreamSerdeProvider: config?.eventStreamSerdeProvider ?? eventStreamSerdeProvider,
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestChecksumCalculation: config?.requestChecksumCalculation ?? loadConfig(NODE_REQUEST_CHECKSUM_CALCULATION_CONFIG_OPTIONS, loaderConfig),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    responseChecksumValidation: config?.responseChecksumValidation ?? loadConfig(NODE_RESPONSE_CHECKSUM_VALIDATION_CONFIG_OPTIONS, loaderConfig),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? loadConfig(NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
    streamCollector: config?.streamCollector ?? streamCollector,
    streamHasher: config?.streamHasher ?? readableStreamHasher,
    useArnRegion: config?.useArnRegion ?? loadConfig(NODE_USE_ARN_REGION_CONFIG_OPTIONS, loaderConfig),
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-s3/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration2 = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig2 = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-s3/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions2 = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration2(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig2(extensionConfiguration));
};

// node_modules/@aws-sdk/client-s3/dist-es/S3Client.js
var S3Client = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig4(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters2(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveFlexibleChecksumsConfig(_config_2);
    const _config_4 = resolveRetryConfig(_config_3);
    const _config_5 = resolveRegionConfig(_config_4);
    const _config_6 = resolveHostHeaderConfig(_config_5);
    const _config_7 = resolveEndpointConfig(_config_6);
    const _config_8 = resolveEventStreamSerdeConfig(_config_7);
    const _config_9 = resolveHttpAuthSchemeConfig2(_config_8);
    const _config_10 = resolveS3Config(_config_9, { session: [() => this, CreateSessionCommand] });
    const _config_11 = resolveRuntimeExtensions2(_config_10, configuration?.extensions || []);
    this.config = _config_11;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultS3HttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials,
        "aws.auth#sigv4a": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
    this.middlewareStack.use(getValidateBucketNamePlugin(this.config));
    this.middlewareStack.use(getAddExpectContinuePlugin(this.config));
    this.middlewareStack.use(getRegionRedirectMiddlewarePlugin(this.config));
    this.middlewareStack.use(getS3ExpressPlugin(this.config));
    this.middlewareStack.use(getS3ExpressHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-ssm/dist-es/auth/httpAuthSchemeProvider.js
var defaultSSMHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption3(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "ssm",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultSSMHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption3(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig3 = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-ssm/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters3 = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "ssm"
  });
};
var commonParams3 = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-ssm/package.json
var package_default3 = {
  name: "@aws-sdk/client-ssm",
  version: "3.1169.0",
  description: "AWS SDK for JavaScript Ssm Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ssm",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-ssm"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.981.0",
    "@aws-sdk/credential-provider-node": "^3.972.97",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.40.0",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-ssm/dist-es/endpoint/bdd.js
var k3 = "ref";
var a3 = -1;
var b3 = true;
var c3 = "isSet";
var d3 = "PartitionResult";
var e3 = "booleanEquals";
var f3 = "getAttr";
var g3 = { [k3]: "Endpoint" };
var h3 = { [k3]: d3 };
var i3 = {};
var j3 = [{ [k3]: "Region" }];
var _data3 = {
  conditions: [
    [c3, [g3]],
    [c3, j3],
    ["aws.partition", j3, d3],
    [e3, [{ [k3]: "UseFIPS" }, b3]],
    [e3, [{ [k3]: "UseDualStack" }, b3]],
    [e3, [{ fn: f3, argv: [h3, "supportsDualStack"] }, b3]],
    [e3, [{ fn: f3, argv: [h3, "supportsFIPS"] }, b3]],
    ["stringEquals", [{ fn: f3, argv: [h3, "name"] }, "aws-us-gov"]]
  ],
  results: [
    [a3],
    [a3, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a3, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g3, i3],
    ["https://ssm-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i3],
    [a3, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://ssm.{Region}.amazonaws.com", i3],
    ["https://ssm-fips.{Region}.{PartitionResult#dnsSuffix}", i3],
    [a3, "FIPS is enabled but this partition does not support FIPS"],
    ["https://ssm.{Region}.{PartitionResult#dualStackDnsSuffix}", i3],
    [a3, "DualStack is enabled but this partition does not support DualStack"],
    ["https://ssm.{Region}.{PartitionResult#dnsSuffix}", i3],
    [a3, "Invalid Configuration: Missing Region"]
  ]
};
var root3 = 2;
var r3 = 1e8;
var nodes3 = new Int32Array([
  -1,
  1,
  -1,
  0,
  13,
  3,
  1,
  4,
  r3 + 12,
  2,
  5,
  r3 + 12,
  3,
  8,
  6,
  4,
  7,
  r3 + 11,
  5,
  r3 + 9,
  r3 + 10,
  4,
  11,
  9,
  6,
  10,
  r3 + 8,
  7,
  r3 + 6,
  r3 + 7,
  5,
  12,
  r3 + 5,
  6,
  r3 + 4,
  r3 + 5,
  3,
  r3 + 1,
  14,
  4,
  r3 + 2,
  r3 + 3
]);
var bdd3 = BinaryDecisionDiagram.from(nodes3, root3, _data3.conditions, _data3.results);

// node_modules/@aws-sdk/client-ssm/dist-es/endpoint/endpointResolver.js
var cache3 = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver3 = (endpointParams, context = {}) => {
  return cache3.get(endpointParams, () => decideEndpoint(bdd3, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-ssm/dist-es/models/SSMServiceException.js
var SSMServiceException = class _SSMServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ssm#SSMServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _SSMServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-ssm/dist-es/models/errors.js
var AccessDeniedException = class _AccessDeniedException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AccessDeniedException";
  name = "AccessDeniedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
    this.Message = opts.Message;
  }
};
var InternalServerError = class _InternalServerError extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InternalServerError";
  name = "InternalServerError";
  $fault = "server";
  Message;
  constructor(opts) {
    super({
      name: "InternalServerError",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServerError.prototype);
    this.Message = opts.Message;
  }
};
var InvalidResourceId = class _InvalidResourceId extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidResourceId";
  name = "InvalidResourceId";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidResourceId",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidResourceId.prototype);
  }
};
var InvalidResourceType = class _InvalidResourceType extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidResourceType";
  name = "InvalidResourceType";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidResourceType",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidResourceType.prototype);
  }
};
var TooManyTagsError = class _TooManyTagsError extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#TooManyTagsError";
  name = "TooManyTagsError";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyTagsError",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTagsError.prototype);
  }
};
var TooManyUpdates = class _TooManyUpdates extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#TooManyUpdates";
  name = "TooManyUpdates";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyUpdates",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyUpdates.prototype);
    this.Message = opts.Message;
  }
};
var AlreadyExistsException = class _AlreadyExistsException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AlreadyExistsException";
  name = "AlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var OpsItemConflictException = class _OpsItemConflictException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsItemConflictException";
  name = "OpsItemConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OpsItemConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsItemConflictException.prototype);
    this.Message = opts.Message;
  }
};
var OpsItemInvalidParameterException = class _OpsItemInvalidParameterException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsItemInvalidParameterException";
  name = "OpsItemInvalidParameterException";
  $fault = "client";
  ParameterNames;
  Message;
  constructor(opts) {
    super({
      name: "OpsItemInvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsItemInvalidParameterException.prototype);
    this.ParameterNames = opts.ParameterNames;
    this.Message = opts.Message;
  }
};
var OpsItemLimitExceededException = class _OpsItemLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsItemLimitExceededException";
  name = "OpsItemLimitExceededException";
  $fault = "client";
  ResourceTypes;
  Limit;
  LimitType;
  Message;
  constructor(opts) {
    super({
      name: "OpsItemLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsItemLimitExceededException.prototype);
    this.ResourceTypes = opts.ResourceTypes;
    this.Limit = opts.Limit;
    this.LimitType = opts.LimitType;
    this.Message = opts.Message;
  }
};
var OpsItemNotFoundException = class _OpsItemNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsItemNotFoundException";
  name = "OpsItemNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OpsItemNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsItemNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var OpsItemRelatedItemAlreadyExistsException = class _OpsItemRelatedItemAlreadyExistsException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsItemRelatedItemAlreadyExistsException";
  name = "OpsItemRelatedItemAlreadyExistsException";
  $fault = "client";
  Message;
  ResourceUri;
  OpsItemId;
  constructor(opts) {
    super({
      name: "OpsItemRelatedItemAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsItemRelatedItemAlreadyExistsException.prototype);
    this.Message = opts.Message;
    this.ResourceUri = opts.ResourceUri;
    this.OpsItemId = opts.OpsItemId;
  }
};
var DuplicateInstanceId = class _DuplicateInstanceId extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#DuplicateInstanceId";
  name = "DuplicateInstanceId";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DuplicateInstanceId",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateInstanceId.prototype);
  }
};
var InvalidCommandId = class _InvalidCommandId extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidCommandId";
  name = "InvalidCommandId";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidCommandId",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCommandId.prototype);
  }
};
var InvalidInstanceId = class _InvalidInstanceId extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidInstanceId";
  name = "InvalidInstanceId";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidInstanceId",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInstanceId.prototype);
    this.Message = opts.Message;
  }
};
var DoesNotExistException = class _DoesNotExistException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#DoesNotExistException";
  name = "DoesNotExistException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DoesNotExistException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DoesNotExistException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidParameters = class _InvalidParameters extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidParameters";
  name = "InvalidParameters";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidParameters",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameters.prototype);
    this.Message = opts.Message;
  }
};
var AssociationAlreadyExists = class _AssociationAlreadyExists extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AssociationAlreadyExists";
  name = "AssociationAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AssociationAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AssociationAlreadyExists.prototype);
  }
};
var AssociationLimitExceeded = class _AssociationLimitExceeded extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AssociationLimitExceeded";
  name = "AssociationLimitExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AssociationLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AssociationLimitExceeded.prototype);
  }
};
var InvalidDocument = class _InvalidDocument extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidDocument";
  name = "InvalidDocument";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDocument",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDocument.prototype);
    this.Message = opts.Message;
  }
};
var InvalidDocumentVersion = class _InvalidDocumentVersion extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidDocumentVersion";
  name = "InvalidDocumentVersion";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDocumentVersion",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDocumentVersion.prototype);
    this.Message = opts.Message;
  }
};
var InvalidOutputLocation = class _InvalidOutputLocation extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidOutputLocation";
  name = "InvalidOutputLocation";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidOutputLocation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOutputLocation.prototype);
  }
};
var InvalidSchedule = class _InvalidSchedule extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidSchedule";
  name = "InvalidSchedule";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidSchedule",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSchedule.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTag = class _InvalidTag extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidTag";
  name = "InvalidTag";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTag",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTag.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTarget = class _InvalidTarget extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidTarget";
  name = "InvalidTarget";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTarget",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTarget.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTargetMaps = class _InvalidTargetMaps extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidTargetMaps";
  name = "InvalidTargetMaps";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTargetMaps",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTargetMaps.prototype);
    this.Message = opts.Message;
  }
};
var UnsupportedPlatformType = class _UnsupportedPlatformType extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#UnsupportedPlatformType";
  name = "UnsupportedPlatformType";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedPlatformType",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedPlatformType.prototype);
    this.Message = opts.Message;
  }
};
var ConflictException = class _ConflictException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ConflictException";
  name = "ConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.Message = opts.Message;
  }
};
var ServiceQuotaExceededException2 = class _ServiceQuotaExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ServiceQuotaExceededException";
  name = "ServiceQuotaExceededException";
  $fault = "client";
  Message;
  ResourceId;
  ResourceType;
  QuotaCode;
  ServiceCode;
  constructor(opts) {
    super({
      name: "ServiceQuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
    this.Message = opts.Message;
    this.ResourceId = opts.ResourceId;
    this.ResourceType = opts.ResourceType;
    this.QuotaCode = opts.QuotaCode;
    this.ServiceCode = opts.ServiceCode;
  }
};
var DocumentAlreadyExists = class _DocumentAlreadyExists extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#DocumentAlreadyExists";
  name = "DocumentAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DocumentAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DocumentAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var DocumentLimitExceeded = class _DocumentLimitExceeded extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#DocumentLimitExceeded";
  name = "DocumentLimitExceeded";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DocumentLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DocumentLimitExceeded.prototype);
    this.Message = opts.Message;
  }
};
var InvalidDocumentContent = class _InvalidDocumentContent extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidDocumentContent";
  name = "InvalidDocumentContent";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDocumentContent",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDocumentContent.prototype);
    this.Message = opts.Message;
  }
};
var InvalidDocumentSchemaVersion = class _InvalidDocumentSchemaVersion extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidDocumentSchemaVersion";
  name = "InvalidDocumentSchemaVersion";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDocumentSchemaVersion",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDocumentSchemaVersion.prototype);
    this.Message = opts.Message;
  }
};
var MaxDocumentSizeExceeded = class _MaxDocumentSizeExceeded extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#MaxDocumentSizeExceeded";
  name = "MaxDocumentSizeExceeded";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "MaxDocumentSizeExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaxDocumentSizeExceeded.prototype);
    this.Message = opts.Message;
  }
};
var NoLongerSupportedException = class _NoLongerSupportedException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#NoLongerSupportedException";
  name = "NoLongerSupportedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoLongerSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoLongerSupportedException.prototype);
    this.Message = opts.Message;
  }
};
var IdempotentParameterMismatch = class _IdempotentParameterMismatch extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#IdempotentParameterMismatch";
  name = "IdempotentParameterMismatch";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "IdempotentParameterMismatch",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IdempotentParameterMismatch.prototype);
    this.Message = opts.Message;
  }
};
var ResourceLimitExceededException = class _ResourceLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourceLimitExceededException";
  name = "ResourceLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var OpsItemAccessDeniedException = class _OpsItemAccessDeniedException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsItemAccessDeniedException";
  name = "OpsItemAccessDeniedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OpsItemAccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsItemAccessDeniedException.prototype);
    this.Message = opts.Message;
  }
};
var OpsItemAlreadyExistsException = class _OpsItemAlreadyExistsException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsItemAlreadyExistsException";
  name = "OpsItemAlreadyExistsException";
  $fault = "client";
  Message;
  OpsItemId;
  constructor(opts) {
    super({
      name: "OpsItemAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsItemAlreadyExistsException.prototype);
    this.Message = opts.Message;
    this.OpsItemId = opts.OpsItemId;
  }
};
var OpsMetadataAlreadyExistsException = class _OpsMetadataAlreadyExistsException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsMetadataAlreadyExistsException";
  name = "OpsMetadataAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OpsMetadataAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsMetadataAlreadyExistsException.prototype);
  }
};
var OpsMetadataInvalidArgumentException = class _OpsMetadataInvalidArgumentException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsMetadataInvalidArgumentException";
  name = "OpsMetadataInvalidArgumentException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OpsMetadataInvalidArgumentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsMetadataInvalidArgumentException.prototype);
  }
};
var OpsMetadataLimitExceededException = class _OpsMetadataLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsMetadataLimitExceededException";
  name = "OpsMetadataLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OpsMetadataLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsMetadataLimitExceededException.prototype);
  }
};
var OpsMetadataTooManyUpdatesException = class _OpsMetadataTooManyUpdatesException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsMetadataTooManyUpdatesException";
  name = "OpsMetadataTooManyUpdatesException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OpsMetadataTooManyUpdatesException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsMetadataTooManyUpdatesException.prototype);
  }
};
var ResourceDataSyncAlreadyExistsException = class _ResourceDataSyncAlreadyExistsException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourceDataSyncAlreadyExistsException";
  name = "ResourceDataSyncAlreadyExistsException";
  $fault = "client";
  SyncName;
  constructor(opts) {
    super({
      name: "ResourceDataSyncAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceDataSyncAlreadyExistsException.prototype);
    this.SyncName = opts.SyncName;
  }
};
var ResourceDataSyncCountExceededException = class _ResourceDataSyncCountExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourceDataSyncCountExceededException";
  name = "ResourceDataSyncCountExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceDataSyncCountExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceDataSyncCountExceededException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceDataSyncInvalidConfigurationException = class _ResourceDataSyncInvalidConfigurationException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourceDataSyncInvalidConfigurationException";
  name = "ResourceDataSyncInvalidConfigurationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceDataSyncInvalidConfigurationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceDataSyncInvalidConfigurationException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidActivation = class _InvalidActivation extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidActivation";
  name = "InvalidActivation";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidActivation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidActivation.prototype);
    this.Message = opts.Message;
  }
};
var InvalidActivationId = class _InvalidActivationId extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidActivationId";
  name = "InvalidActivationId";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidActivationId",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidActivationId.prototype);
    this.Message = opts.Message;
  }
};
var AssociationDoesNotExist = class _AssociationDoesNotExist extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AssociationDoesNotExist";
  name = "AssociationDoesNotExist";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AssociationDoesNotExist",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AssociationDoesNotExist.prototype);
    this.Message = opts.Message;
  }
};
var ResourceNotFoundException2 = class _ResourceNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var AssociatedInstances = class _AssociatedInstances extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AssociatedInstances";
  name = "AssociatedInstances";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AssociatedInstances",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AssociatedInstances.prototype);
  }
};
var InvalidDocumentOperation = class _InvalidDocumentOperation extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidDocumentOperation";
  name = "InvalidDocumentOperation";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDocumentOperation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDocumentOperation.prototype);
    this.Message = opts.Message;
  }
};
var InvalidDeleteInventoryParametersException = class _InvalidDeleteInventoryParametersException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidDeleteInventoryParametersException";
  name = "InvalidDeleteInventoryParametersException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDeleteInventoryParametersException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDeleteInventoryParametersException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidInventoryRequestException = class _InvalidInventoryRequestException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidInventoryRequestException";
  name = "InvalidInventoryRequestException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidInventoryRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInventoryRequestException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidOptionException = class _InvalidOptionException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidOptionException";
  name = "InvalidOptionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidOptionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOptionException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTypeNameException = class _InvalidTypeNameException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidTypeNameException";
  name = "InvalidTypeNameException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTypeNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTypeNameException.prototype);
    this.Message = opts.Message;
  }
};
var OpsMetadataNotFoundException = class _OpsMetadataNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsMetadataNotFoundException";
  name = "OpsMetadataNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OpsMetadataNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsMetadataNotFoundException.prototype);
  }
};
var ParameterNotFound = class _ParameterNotFound extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ParameterNotFound";
  name = "ParameterNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ParameterNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ParameterNotFound.prototype);
  }
};
var ResourceInUseException2 = class _ResourceInUseException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourceInUseException";
  name = "ResourceInUseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceInUseException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceDataSyncNotFoundException = class _ResourceDataSyncNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourceDataSyncNotFoundException";
  name = "ResourceDataSyncNotFoundException";
  $fault = "client";
  SyncName;
  SyncType;
  Message;
  constructor(opts) {
    super({
      name: "ResourceDataSyncNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceDataSyncNotFoundException.prototype);
    this.SyncName = opts.SyncName;
    this.SyncType = opts.SyncType;
    this.Message = opts.Message;
  }
};
var MalformedResourcePolicyDocumentException = class _MalformedResourcePolicyDocumentException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#MalformedResourcePolicyDocumentException";
  name = "MalformedResourcePolicyDocumentException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "MalformedResourcePolicyDocumentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedResourcePolicyDocumentException.prototype);
    this.Message = opts.Message;
  }
};
var ResourcePolicyConflictException = class _ResourcePolicyConflictException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourcePolicyConflictException";
  name = "ResourcePolicyConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourcePolicyConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourcePolicyConflictException.prototype);
    this.Message = opts.Message;
  }
};
var ResourcePolicyInvalidParameterException = class _ResourcePolicyInvalidParameterException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourcePolicyInvalidParameterException";
  name = "ResourcePolicyInvalidParameterException";
  $fault = "client";
  ParameterNames;
  Message;
  constructor(opts) {
    super({
      name: "ResourcePolicyInvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourcePolicyInvalidParameterException.prototype);
    this.ParameterNames = opts.ParameterNames;
    this.Message = opts.Message;
  }
};
var ResourcePolicyNotFoundException = class _ResourcePolicyNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourcePolicyNotFoundException";
  name = "ResourcePolicyNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourcePolicyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourcePolicyNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var TargetInUseException = class _TargetInUseException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#TargetInUseException";
  name = "TargetInUseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TargetInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TargetInUseException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidFilter = class _InvalidFilter extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidFilter";
  name = "InvalidFilter";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidFilter",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidFilter.prototype);
    this.Message = opts.Message;
  }
};
var InvalidNextToken = class _InvalidNextToken extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidNextToken";
  name = "InvalidNextToken";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidNextToken",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidNextToken.prototype);
    this.Message = opts.Message;
  }
};
var InvalidAssociationVersion = class _InvalidAssociationVersion extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidAssociationVersion";
  name = "InvalidAssociationVersion";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidAssociationVersion",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAssociationVersion.prototype);
    this.Message = opts.Message;
  }
};
var AssociationExecutionDoesNotExist = class _AssociationExecutionDoesNotExist extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AssociationExecutionDoesNotExist";
  name = "AssociationExecutionDoesNotExist";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AssociationExecutionDoesNotExist",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AssociationExecutionDoesNotExist.prototype);
    this.Message = opts.Message;
  }
};
var InvalidFilterKey = class _InvalidFilterKey extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidFilterKey";
  name = "InvalidFilterKey";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidFilterKey",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidFilterKey.prototype);
  }
};
var InvalidFilterValue = class _InvalidFilterValue extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidFilterValue";
  name = "InvalidFilterValue";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidFilterValue",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidFilterValue.prototype);
    this.Message = opts.Message;
  }
};
var AutomationExecutionNotFoundException = class _AutomationExecutionNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AutomationExecutionNotFoundException";
  name = "AutomationExecutionNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AutomationExecutionNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AutomationExecutionNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidPermissionType = class _InvalidPermissionType extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidPermissionType";
  name = "InvalidPermissionType";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidPermissionType",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPermissionType.prototype);
    this.Message = opts.Message;
  }
};
var UnsupportedOperatingSystem = class _UnsupportedOperatingSystem extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#UnsupportedOperatingSystem";
  name = "UnsupportedOperatingSystem";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedOperatingSystem",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedOperatingSystem.prototype);
    this.Message = opts.Message;
  }
};
var InvalidInstanceInformationFilterValue = class _InvalidInstanceInformationFilterValue extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidInstanceInformationFilterValue";
  name = "InvalidInstanceInformationFilterValue";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidInstanceInformationFilterValue",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInstanceInformationFilterValue.prototype);
  }
};
var InvalidInstancePropertyFilterValue = class _InvalidInstancePropertyFilterValue extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidInstancePropertyFilterValue";
  name = "InvalidInstancePropertyFilterValue";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidInstancePropertyFilterValue",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInstancePropertyFilterValue.prototype);
  }
};
var InvalidDeletionIdException = class _InvalidDeletionIdException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidDeletionIdException";
  name = "InvalidDeletionIdException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDeletionIdException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDeletionIdException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidFilterOption = class _InvalidFilterOption extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidFilterOption";
  name = "InvalidFilterOption";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidFilterOption",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidFilterOption.prototype);
  }
};
var OpsItemRelatedItemAssociationNotFoundException = class _OpsItemRelatedItemAssociationNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsItemRelatedItemAssociationNotFoundException";
  name = "OpsItemRelatedItemAssociationNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OpsItemRelatedItemAssociationNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsItemRelatedItemAssociationNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var ThrottlingException = class _ThrottlingException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ThrottlingException";
  name = "ThrottlingException";
  $fault = "client";
  Message;
  QuotaCode;
  ServiceCode;
  constructor(opts) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottlingException.prototype);
    this.Message = opts.Message;
    this.QuotaCode = opts.QuotaCode;
    this.ServiceCode = opts.ServiceCode;
  }
};
var ValidationException = class _ValidationException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ValidationException";
  name = "ValidationException";
  $fault = "client";
  Message;
  ReasonCode;
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
    this.Message = opts.Message;
    this.ReasonCode = opts.ReasonCode;
  }
};
var InvalidDocumentType = class _InvalidDocumentType extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidDocumentType";
  name = "InvalidDocumentType";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDocumentType",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDocumentType.prototype);
    this.Message = opts.Message;
  }
};
var UnsupportedCalendarException = class _UnsupportedCalendarException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#UnsupportedCalendarException";
  name = "UnsupportedCalendarException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedCalendarException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedCalendarException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidPluginName = class _InvalidPluginName extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidPluginName";
  name = "InvalidPluginName";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidPluginName",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPluginName.prototype);
  }
};
var InvocationDoesNotExist = class _InvocationDoesNotExist extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvocationDoesNotExist";
  name = "InvocationDoesNotExist";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvocationDoesNotExist",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvocationDoesNotExist.prototype);
  }
};
var UnsupportedFeatureRequiredException = class _UnsupportedFeatureRequiredException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#UnsupportedFeatureRequiredException";
  name = "UnsupportedFeatureRequiredException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedFeatureRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedFeatureRequiredException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidAggregatorException = class _InvalidAggregatorException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidAggregatorException";
  name = "InvalidAggregatorException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidAggregatorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAggregatorException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidInventoryGroupException = class _InvalidInventoryGroupException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidInventoryGroupException";
  name = "InvalidInventoryGroupException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidInventoryGroupException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInventoryGroupException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidResultAttributeException = class _InvalidResultAttributeException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidResultAttributeException";
  name = "InvalidResultAttributeException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidResultAttributeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidResultAttributeException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidKeyId = class _InvalidKeyId extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidKeyId";
  name = "InvalidKeyId";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidKeyId",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidKeyId.prototype);
  }
};
var ParameterVersionNotFound = class _ParameterVersionNotFound extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ParameterVersionNotFound";
  name = "ParameterVersionNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ParameterVersionNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ParameterVersionNotFound.prototype);
  }
};
var ServiceSettingNotFound = class _ServiceSettingNotFound extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ServiceSettingNotFound";
  name = "ServiceSettingNotFound";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ServiceSettingNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceSettingNotFound.prototype);
    this.Message = opts.Message;
  }
};
var ParameterVersionLabelLimitExceeded = class _ParameterVersionLabelLimitExceeded extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ParameterVersionLabelLimitExceeded";
  name = "ParameterVersionLabelLimitExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ParameterVersionLabelLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ParameterVersionLabelLimitExceeded.prototype);
  }
};
var UnsupportedOperationException = class _UnsupportedOperationException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#UnsupportedOperationException";
  name = "UnsupportedOperationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedOperationException.prototype);
    this.Message = opts.Message;
  }
};
var DocumentPermissionLimit = class _DocumentPermissionLimit extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#DocumentPermissionLimit";
  name = "DocumentPermissionLimit";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DocumentPermissionLimit",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DocumentPermissionLimit.prototype);
    this.Message = opts.Message;
  }
};
var ComplianceTypeCountLimitExceededException = class _ComplianceTypeCountLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ComplianceTypeCountLimitExceededException";
  name = "ComplianceTypeCountLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ComplianceTypeCountLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ComplianceTypeCountLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidItemContentException = class _InvalidItemContentException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidItemContentException";
  name = "InvalidItemContentException";
  $fault = "client";
  TypeName;
  Message;
  constructor(opts) {
    super({
      name: "InvalidItemContentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidItemContentException.prototype);
    this.TypeName = opts.TypeName;
    this.Message = opts.Message;
  }
};
var ItemSizeLimitExceededException = class _ItemSizeLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ItemSizeLimitExceededException";
  name = "ItemSizeLimitExceededException";
  $fault = "client";
  TypeName;
  Message;
  constructor(opts) {
    super({
      name: "ItemSizeLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ItemSizeLimitExceededException.prototype);
    this.TypeName = opts.TypeName;
    this.Message = opts.Message;
  }
};
var TotalSizeLimitExceededException = class _TotalSizeLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#TotalSizeLimitExceededException";
  name = "TotalSizeLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TotalSizeLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TotalSizeLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var CustomSchemaCountLimitExceededException = class _CustomSchemaCountLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#CustomSchemaCountLimitExceededException";
  name = "CustomSchemaCountLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CustomSchemaCountLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CustomSchemaCountLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidInventoryItemContextException = class _InvalidInventoryItemContextException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidInventoryItemContextException";
  name = "InvalidInventoryItemContextException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidInventoryItemContextException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInventoryItemContextException.prototype);
    this.Message = opts.Message;
  }
};
var ItemContentMismatchException = class _ItemContentMismatchException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ItemContentMismatchException";
  name = "ItemContentMismatchException";
  $fault = "client";
  TypeName;
  Message;
  constructor(opts) {
    super({
      name: "ItemContentMismatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ItemContentMismatchException.prototype);
    this.TypeName = opts.TypeName;
    this.Message = opts.Message;
  }
};
var SubTypeCountLimitExceededException = class _SubTypeCountLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#SubTypeCountLimitExceededException";
  name = "SubTypeCountLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "SubTypeCountLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SubTypeCountLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var UnsupportedInventoryItemContextException = class _UnsupportedInventoryItemContextException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#UnsupportedInventoryItemContextException";
  name = "UnsupportedInventoryItemContextException";
  $fault = "client";
  TypeName;
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedInventoryItemContextException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedInventoryItemContextException.prototype);
    this.TypeName = opts.TypeName;
    this.Message = opts.Message;
  }
};
var UnsupportedInventorySchemaVersionException = class _UnsupportedInventorySchemaVersionException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#UnsupportedInventorySchemaVersionException";
  name = "UnsupportedInventorySchemaVersionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedInventorySchemaVersionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedInventorySchemaVersionException.prototype);
    this.Message = opts.Message;
  }
};
var HierarchyLevelLimitExceededException = class _HierarchyLevelLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#HierarchyLevelLimitExceededException";
  name = "HierarchyLevelLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HierarchyLevelLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HierarchyLevelLimitExceededException.prototype);
  }
};
var HierarchyTypeMismatchException = class _HierarchyTypeMismatchException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#HierarchyTypeMismatchException";
  name = "HierarchyTypeMismatchException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HierarchyTypeMismatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HierarchyTypeMismatchException.prototype);
  }
};
var IncompatiblePolicyException = class _IncompatiblePolicyException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#IncompatiblePolicyException";
  name = "IncompatiblePolicyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IncompatiblePolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IncompatiblePolicyException.prototype);
  }
};
var InvalidAllowedPatternException = class _InvalidAllowedPatternException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidAllowedPatternException";
  name = "InvalidAllowedPatternException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAllowedPatternException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAllowedPatternException.prototype);
  }
};
var InvalidPolicyAttributeException = class _InvalidPolicyAttributeException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidPolicyAttributeException";
  name = "InvalidPolicyAttributeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidPolicyAttributeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPolicyAttributeException.prototype);
  }
};
var InvalidPolicyTypeException = class _InvalidPolicyTypeException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidPolicyTypeException";
  name = "InvalidPolicyTypeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidPolicyTypeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPolicyTypeException.prototype);
  }
};
var ParameterAlreadyExists = class _ParameterAlreadyExists extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ParameterAlreadyExists";
  name = "ParameterAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ParameterAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ParameterAlreadyExists.prototype);
  }
};
var ParameterLimitExceeded = class _ParameterLimitExceeded extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ParameterLimitExceeded";
  name = "ParameterLimitExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ParameterLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ParameterLimitExceeded.prototype);
  }
};
var ParameterMaxVersionLimitExceeded = class _ParameterMaxVersionLimitExceeded extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ParameterMaxVersionLimitExceeded";
  name = "ParameterMaxVersionLimitExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ParameterMaxVersionLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ParameterMaxVersionLimitExceeded.prototype);
  }
};
var ParameterPatternMismatchException = class _ParameterPatternMismatchException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ParameterPatternMismatchException";
  name = "ParameterPatternMismatchException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ParameterPatternMismatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ParameterPatternMismatchException.prototype);
  }
};
var PoliciesLimitExceededException = class _PoliciesLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#PoliciesLimitExceededException";
  name = "PoliciesLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PoliciesLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PoliciesLimitExceededException.prototype);
  }
};
var UnsupportedParameterType = class _UnsupportedParameterType extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#UnsupportedParameterType";
  name = "UnsupportedParameterType";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnsupportedParameterType",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedParameterType.prototype);
  }
};
var ResourcePolicyLimitExceededException = class _ResourcePolicyLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourcePolicyLimitExceededException";
  name = "ResourcePolicyLimitExceededException";
  $fault = "client";
  Limit;
  LimitType;
  Message;
  constructor(opts) {
    super({
      name: "ResourcePolicyLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourcePolicyLimitExceededException.prototype);
    this.Limit = opts.Limit;
    this.LimitType = opts.LimitType;
    this.Message = opts.Message;
  }
};
var FeatureNotAvailableException = class _FeatureNotAvailableException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#FeatureNotAvailableException";
  name = "FeatureNotAvailableException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "FeatureNotAvailableException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FeatureNotAvailableException.prototype);
    this.Message = opts.Message;
  }
};
var AutomationStepNotFoundException = class _AutomationStepNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AutomationStepNotFoundException";
  name = "AutomationStepNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AutomationStepNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AutomationStepNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidAutomationSignalException = class _InvalidAutomationSignalException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidAutomationSignalException";
  name = "InvalidAutomationSignalException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidAutomationSignalException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAutomationSignalException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidNotificationConfig = class _InvalidNotificationConfig extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidNotificationConfig";
  name = "InvalidNotificationConfig";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidNotificationConfig",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidNotificationConfig.prototype);
    this.Message = opts.Message;
  }
};
var InvalidOutputFolder = class _InvalidOutputFolder extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidOutputFolder";
  name = "InvalidOutputFolder";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidOutputFolder",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOutputFolder.prototype);
  }
};
var InvalidRole = class _InvalidRole extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidRole";
  name = "InvalidRole";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidRole",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRole.prototype);
    this.Message = opts.Message;
  }
};
var InvalidAssociation = class _InvalidAssociation extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidAssociation";
  name = "InvalidAssociation";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidAssociation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAssociation.prototype);
    this.Message = opts.Message;
  }
};
var AutomationDefinitionNotFoundException = class _AutomationDefinitionNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AutomationDefinitionNotFoundException";
  name = "AutomationDefinitionNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AutomationDefinitionNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AutomationDefinitionNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var AutomationDefinitionVersionNotFoundException = class _AutomationDefinitionVersionNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AutomationDefinitionVersionNotFoundException";
  name = "AutomationDefinitionVersionNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AutomationDefinitionVersionNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AutomationDefinitionVersionNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var AutomationExecutionLimitExceededException = class _AutomationExecutionLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AutomationExecutionLimitExceededException";
  name = "AutomationExecutionLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AutomationExecutionLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AutomationExecutionLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidAutomationExecutionParametersException = class _InvalidAutomationExecutionParametersException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidAutomationExecutionParametersException";
  name = "InvalidAutomationExecutionParametersException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidAutomationExecutionParametersException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAutomationExecutionParametersException.prototype);
    this.Message = opts.Message;
  }
};
var AutomationDefinitionNotApprovedException = class _AutomationDefinitionNotApprovedException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AutomationDefinitionNotApprovedException";
  name = "AutomationDefinitionNotApprovedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AutomationDefinitionNotApprovedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AutomationDefinitionNotApprovedException.prototype);
    this.Message = opts.Message;
  }
};
var TargetNotConnected = class _TargetNotConnected extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#TargetNotConnected";
  name = "TargetNotConnected";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TargetNotConnected",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TargetNotConnected.prototype);
    this.Message = opts.Message;
  }
};
var InvalidAutomationStatusUpdateException = class _InvalidAutomationStatusUpdateException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidAutomationStatusUpdateException";
  name = "InvalidAutomationStatusUpdateException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidAutomationStatusUpdateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAutomationStatusUpdateException.prototype);
    this.Message = opts.Message;
  }
};
var AssociationVersionLimitExceeded = class _AssociationVersionLimitExceeded extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AssociationVersionLimitExceeded";
  name = "AssociationVersionLimitExceeded";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AssociationVersionLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AssociationVersionLimitExceeded.prototype);
    this.Message = opts.Message;
  }
};
var InvalidUpdate = class _InvalidUpdate extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidUpdate";
  name = "InvalidUpdate";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidUpdate",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidUpdate.prototype);
    this.Message = opts.Message;
  }
};
var StatusUnchanged = class _StatusUnchanged extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#StatusUnchanged";
  name = "StatusUnchanged";
  $fault = "client";
  constructor(opts) {
    super({
      name: "StatusUnchanged",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StatusUnchanged.prototype);
  }
};
var DocumentVersionLimitExceeded = class _DocumentVersionLimitExceeded extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#DocumentVersionLimitExceeded";
  name = "DocumentVersionLimitExceeded";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DocumentVersionLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DocumentVersionLimitExceeded.prototype);
    this.Message = opts.Message;
  }
};
var DuplicateDocumentContent = class _DuplicateDocumentContent extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#DuplicateDocumentContent";
  name = "DuplicateDocumentContent";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DuplicateDocumentContent",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateDocumentContent.prototype);
    this.Message = opts.Message;
  }
};
var DuplicateDocumentVersionName = class _DuplicateDocumentVersionName extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#DuplicateDocumentVersionName";
  name = "DuplicateDocumentVersionName";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DuplicateDocumentVersionName",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateDocumentVersionName.prototype);
    this.Message = opts.Message;
  }
};
var OpsMetadataKeyLimitExceededException = class _OpsMetadataKeyLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsMetadataKeyLimitExceededException";
  name = "OpsMetadataKeyLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OpsMetadataKeyLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsMetadataKeyLimitExceededException.prototype);
  }
};
var ResourceDataSyncConflictException = class _ResourceDataSyncConflictException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourceDataSyncConflictException";
  name = "ResourceDataSyncConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceDataSyncConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceDataSyncConflictException.prototype);
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-ssm/dist-es/schemas/schemas_0.js
var _AA2 = "AutoApprove";
var _AAD = "ApproveAfterDays";
var _AAE = "AssociationAlreadyExists";
var _AC3 = "AlarmConfiguration";
var _ACL2 = "AttachmentContentList";
var _ACt = "AttachmentContent";
var _AD2 = "AssociationDescription";
var _ADAR = "AssociationDispatchAssumeRole";
var _ADE = "AccessDeniedException";
var _ADL = "AssociationDescriptionList";
var _ADNAE = "AutomationDefinitionNotApprovedException";
var _ADNE = "AssociationDoesNotExist";
var _ADNFE = "AutomationDefinitionNotFoundException";
var _ADVNFE = "AutomationDefinitionVersionNotFoundException";
var _AE2 = "AssociationExecution";
var _AEDNE = "AssociationExecutionDoesNotExist";
var _AEE = "AlreadyExistsException";
var _AEF = "AssociationExecutionFilter";
var _AEFL = "AssociationExecutionFilterList";
var _AEFu = "AutomationExecutionFilter";
var _AEI = "AutomationExecutionId";
var _AEIu = "AutomationExecutionInputs";
var _AEL = "AssociationExecutionsList";
var _AELEE = "AutomationExecutionLimitExceededException";
var _AEM = "AutomationExecutionMetadata";
var _AENFE = "AutomationExecutionNotFoundException";
var _AEP = "AutomationExecutionPreview";
var _AES = "AutomationExecutionStatus";
var _AET = "AssociationExecutionTarget";
var _AETF = "AssociationExecutionTargetsFilter";
var _AETFL = "AssociationExecutionTargetsFilterList";
var _AETL = "AssociationExecutionTargetsList";
var _AETc = "ActualEndTime";
var _AEu = "AutomationExecution";
var _AF2 = "AssociationFilter";
var _AFL = "AssociationFilterList";
var _AI2 = "AssociatedInstances";
var _AIL = "AccountIdList";
var _AILt = "AttachmentInformationList";
var _AIc = "AccountId";
var _AIct = "ActivationId";
var _AId = "AdditionalInfo";
var _AIdv = "AdvisoryIds";
var _AIs = "AssociationId";
var _AIss = "AssociationIds";
var _AIt = "AttachmentInformation";
var _AItt = "AttachmentsInformation";
var _ALE2 = "AssociationLimitExceeded";
var _ALl2 = "AlarmList";
var _ALs = "AssociationList";
var _AN2 = "AssociationName";
var _ANt = "AttributeName";
var _AO3 = "AssociationOverview";
var _AOACI = "ApplyOnlyAtCronInterval";
var _AOS = "AwsOrganizationsSource";
var _AP3 = "ApprovedPatches";
var _APCL = "ApprovedPatchesComplianceLevel";
var _APENS = "ApprovedPatchesEnableNonSecurity";
var _APM = "AutomationParameterMap";
var _APl = "AllowedPattern";
var _AR2 = "ApprovalRules";
var _ARN = "ARN";
var _AS2 = "AssociationStatus";
var _ASAC = "AssociationStatusAggregatedCount";
var _ASI = "AccountSharingInfo";
var _ASIL = "AccountSharingInfoList";
var _ASILl = "AlarmStateInformationList";
var _ASIl = "AlarmStateInformation";
var _ASNFE = "AutomationStepNotFoundException";
var _AST = "ActualStartTime";
var _ASUCS = "AvailableSecurityUpdatesComplianceStatus";
var _ASt = "AttachmentsSource";
var _ASu = "AutomationSubtype";
var _ATPN = "AutomationTargetParameterName";
var _ATgg = "AggregatorType";
var _ATt = "AtTime";
var _ATu = "AutomationType";
var _ATut = "AutomationTargets";
var _AUD = "ApproveUntilDate";
var _AV = "AssociationVersion";
var _AVI = "AssociationVersionInfo";
var _AVLE = "AssociationVersionLimitExceeded";
var _AVg = "AgentVersion";
var _AVp = "ApprovedVersion";
var _AZ = "AvailabilityZone";
var _Ac = "Action";
var _Acc = "Accounts";
var _Ag = "Aggregators";
var _Agg = "Aggregator";
var _Al2 = "Alarm";
var _Ala = "Alarms";
var _Ar2 = "Architecture";
var _Arc = "Arch";
var _Arn2 = "Arn";
var _As = "Association";
var _Attr = "Attribute";
var _Au = "Author";
var _BI2 = "BaselineId";
var _BIu = "BugzillaIds";
var _BO = "BaselineOverride";
var _C3 = "Command";
var _CA3 = "CurrentAction";
var _CABRE = "CreateAssociationBatchRequestEntry";
var _CABREr = "CreateAssociationBatchRequestEntries";
var _CARre = "CreateAssociationRequest";
var _CC3 = "CompletedCount";
var _CCF = "CloudConnectorFilter";
var _CCR = "CancelCommandRequest";
var _CCo = "CompliantCount";
var _CCr = "CriticalCount";
var _CD3 = "CreatedDate";
var _CDh = "ChangeDetails";
var _CE3 = "ConflictException";
var _CES = "ComplianceExecutionSummary";
var _CEa = "CategoryEnum";
var _CFo = "ComplianceFilter";
var _CH = "ContentHash";
var _CI2 = "CommandId";
var _CIE = "ComplianceItemEntry";
var _CILo = "ComplianceItemList";
var _CIom = "ComplianceItem";
var _CL2 = "ComplianceLevel";
var _CN2 = "CalendarNames";
var _CNo = "ComputerName";
var _CPBR = "CreatePatchBaselineRequest";
var _CRN = "ChangeRequestName";
var _CS3 = "ComplianceSeverity";
var _CSCLEE = "CustomSchemaCountLimitExceededException";
var _CSF = "ComplianceStringFilter";
var _CSFL = "ComplianceStringFilterList";
var _CSFVL = "ComplianceStringFilterValueList";
var _CSI = "ComplianceSummaryItem";
var _CSIL = "ComplianceSummaryItemList";
var _CSN = "CurrentStepName";
var _CSa = "CancelledSteps";
var _CSo3 = "CompliantSummary";
var _CT3 = "CreatedTime";
var _CTCLEE = "ComplianceTypeCountLimitExceededException";
var _CTa = "CaptureTime";
var _CTl3 = "ClientToken";
var _CTo2 = "ComplianceType";
var _CU = "ContentUrl";
var _CVEI = "CVEIds";
var _CWLGN = "CloudWatchLogGroupName";
var _CWOC = "CloudWatchOutputConfig";
var _CWOE = "CloudWatchOutputEnabled";
var _Ca = "Category";
var _Cl = "Classification";
var _Co3 = "Comment";
var _Con3 = "Configuration";
var _Cont3 = "Content";
var _Conte = "Context";
var _Cou = "Count";
var _D3 = "Description";
var _DAE = "DocumentAlreadyExists";
var _DAF = "DescribeActivationsFilter";
var _DD = "DocumentDescription";
var _DDC = "DuplicateDocumentContent";
var _DDVN = "DuplicateDocumentVersionName";
var _DF2 = "DocumentFormat";
var _DFL = "DocumentFilterList";
var _DFo = "DocumentFilter";
var _DH = "DocumentHash";
var _DHT = "DocumentHashType";
var _DII = "DuplicateInstanceId";
var _DIL = "DocumentIdentifierList";
var _DIPSR = "DescribeInstancePatchStatesRequest";
var _DIo = "DocumentIdentifier";
var _DKVF = "DocumentKeyValuesFilter";
var _DLE = "DocumentLimitExceeded";
var _DN3 = "DocumentName";
var _DNEE = "DoesNotExistException";
var _DNi = "DisplayName";
var _DP = "DeletedParameters";
var _DPL = "DocumentPermissionLimit";
var _DPLo = "DocumentParameterList";
var _DPPRe = "DescribePatchPropertiesResult";
var _DPRel = "DeleteParametersRequest";
var _DPRele = "DeleteParametersResult";
var _DPo = "DocumentParameter";
var _DRL = "DocumentRequiresList";
var _DRo = "DocumentRequires";
var _DS = "DetailedStatus";
var _DT = "DocumentType";
var _DTOC = "DeliveryTimedOutCount";
var _DTa = "DataType";
var _DV = "DocumentVersion";
var _DVLE = "DocumentVersionLimitExceeded";
var _DVe = "DefaultVersion";
var _DVef = "DefaultValue";
var _Da2 = "Date";
var _Dat = "Data";
var _De3 = "Details";
var _Du2 = "Duration";
var _EA2 = "ExpiresAfter";
var _EAODS = "EnableAllOpsDataSources";
var _EAx = "ExcludeAccounts";
var _EB = "ExecutedBy";
var _EC3 = "ErrorCount";
var _EET = "ExecutionEndTime";
var _EI2 = "ExecutionId";
var _ENS = "EnableNonSecurity";
var _ERN = "ExecutionRoleName";
var _ES3 = "ExecutionSummary";
var _EST2 = "ExecutionStartTime";
var _ET3 = "ExecutionTime";
var _ETn3 = "EndTime";
var _ETx3 = "ExecutionType";
var _En3 = "Entries";
var _Ent = "Entry";
var _Entit = "Entity";
var _Ep = "Epoch";
var _Ex3 = "Expression";
var _FC2 = "FailedCount";
var _FCA = "FailedCreateAssociation";
var _FCAE = "FailedCreateAssociationEntry";
var _FCAL = "FailedCreateAssociationList";
var _FD3 = "FailureDetails";
var _FK = "FilterKey";
var _FM = "FailureMessage";
var _FNAE = "FeatureNotAvailableException";
var _FS2 = "FailureStage";
var _FSa = "FailedSteps";
var _FT = "FailureType";
var _FV2 = "FilterValues";
var _FVi = "FilterValue";
var _Fa = "Fault";
var _Fi3 = "Filters";
var _G2 = "Groups";
var _GCSR = "GetCalendarStateRequest";
var _GF2 = "GlobalFilters";
var _GMWERe = "GetMaintenanceWindowExecutionResult";
var _GPBRe = "GetPatchBaselineResult";
var _GPR2 = "GetParameterRequest";
var _GPRe2 = "GetParameterResult";
var _GPRet = "GetParametersRequest";
var _GPReta = "GetParametersResult";
var _GPe = "GetParameter";
var _H2 = "Hash";
var _HC = "HighCount";
var _HLLEE = "HierarchyLevelLimitExceededException";
var _HT2 = "HashType";
var _HTME = "HierarchyTypeMismatchException";
var _I3 = "Id";
var _IA2 = "InvalidActivation";
var _IAAO = "InstanceAggregatedAssociationOverview";
var _IAE = "InvalidAggregatorException";
var _IAEPE = "InvalidAutomationExecutionParametersException";
var _IAI = "InvalidActivationId";
var _IALn = "InventoryAggregatorList";
var _IAOL = "InstanceAssociationOutputLocation";
var _IAPE = "InvalidAllowedPatternException";
var _IASAC = "InstanceAssociationStatusAggregatedCount";
var _IASE = "InvalidAutomationSignalException";
var _IASUE = "InvalidAutomationStatusUpdateException";
var _IAV = "InvalidAssociationVersion";
var _IAn2 = "InvalidAssociation";
var _IAnv = "InventoryAggregator";
var _ICI = "InvalidCommandId";
var _ICME = "ItemContentMismatchException";
var _ICOU = "IncludeChildOrganizationUnits";
var _ICn2 = "InformationalCount";
var _ICs = "IsCritical";
var _ID2 = "InvalidDocument";
var _IDC = "InvalidDocumentContent";
var _IDIE = "InvalidDeletionIdException";
var _IDIPE = "InvalidDeleteInventoryParametersException";
var _IDNE = "InvocationDoesNotExist";
var _IDO = "InvalidDocumentOperation";
var _IDSV = "InvalidDocumentSchemaVersion";
var _IDT = "InvalidDocumentType";
var _IDV = "InvalidDocumentVersion";
var _IE2 = "IsEnd";
var _IF2 = "InvalidFilter";
var _IFK = "InvalidFilterKey";
var _IFL = "InventoryFilterList";
var _IFO = "InvalidFilterOption";
var _IFR = "IncludeFutureRegions";
var _IFV = "InvalidFilterValue";
var _IFVL = "InventoryFilterValueList";
var _IFn = "InventoryFilter";
var _IG = "InventoryGroup";
var _IGL = "InventoryGroupList";
var _II = "InstanceId";
var _IIA = "InventoryItemAttribute";
var _IIAL = "InventoryItemAttributeList";
var _IICE = "InvalidItemContentException";
var _IIEL = "InventoryItemEntryList";
var _IIF = "InstanceInformationFilter";
var _IIFL = "InstanceInformationFilterList";
var _IIFV = "InstanceInformationFilterValue";
var _IIFVS = "InstanceInformationFilterValueSet";
var _IIGE = "InvalidInventoryGroupException";
var _III = "InvalidInstanceId";
var _IIICE = "InvalidInventoryItemContextException";
var _IIIFV = "InvalidInstanceInformationFilterValue";
var _IIL = "InstanceInformationList";
var _IILn = "InventoryItemList";
var _IIPFV = "InvalidInstancePropertyFilterValue";
var _IIRE = "InvalidInventoryRequestException";
var _IISF = "InstanceInformationStringFilter";
var _IISFL = "InstanceInformationStringFilterList";
var _IIn = "InstanceIds";
var _IInst = "InstanceInformation";
var _IInve = "InventoryItem";
var _IKI = "InvalidKeyId";
var _IL2 = "InvalidLabels";
var _ILV = "IsLatestVersion";
var _INC = "InvalidNotificationConfig";
var _INT = "InvalidNextToken";
var _IOE = "InvalidOptionException";
var _IOF2 = "InvalidOutputFolder";
var _IOL = "InvalidOutputLocation";
var _IP3 = "InvalidParameters";
var _IPA2 = "IPAddress";
var _IPAE = "InvalidPolicyAttributeException";
var _IPAF = "IgnorePollAlarmFailure";
var _IPE = "IncompatiblePolicyException";
var _IPF = "InstancePropertyFilter";
var _IPFL = "InstancePropertyFilterList";
var _IPFV = "InstancePropertyFilterValue";
var _IPFVS = "InstancePropertyFilterValueSet";
var _IPM2 = "IdempotentParameterMismatch";
var _IPN = "InvalidPluginName";
var _IPSF = "InstancePatchStateFilter";
var _IPSFLn = "InstancePropertyStringFilterList";
var _IPSFn = "InstancePropertyStringFilter";
var _IPT = "InvalidPermissionType";
var _IPTE = "InvalidPolicyTypeException";
var _IPn = "InstanceProperties";
var _IPns = "InstanceProperty";
var _IR3 = "InvalidRole";
var _IRAE = "InvalidResultAttributeException";
var _IRE2 = "InventoryResultEntity";
var _IREL = "InventoryResultEntityList";
var _IRI = "InvalidResourceId";
var _IRIM = "InventoryResultItemMap";
var _IRIn = "InventoryResultItem";
var _IRT = "InvalidResourceType";
var _IRa = "IamRole";
var _IRn2 = "InstanceRole";
var _IS2 = "InvalidSchedule";
var _ISE = "InternalServerError";
var _ISLEE = "ItemSizeLimitExceededException";
var _ISns = "InstanceState";
var _IT3 = "InvalidTag";
var _ITM = "InvalidTargetMaps";
var _ITNE = "InvalidTypeNameException";
var _ITn = "InvalidTarget";
var _ITns = "InstanceType";
var _IU2 = "InvalidUpdate";
var _IV = "IteratorValue";
var _Inpu = "Inputs";
var _It = "Iteration";
var _Item = "Item";
var _K3 = "Key";
var _KI2 = "KeyId";
var _KN = "KeyName";
var _KNb = "KbNumber";
var _KTD = "KeysToDelete";
var _L3 = "Limit";
var _LAED = "LastAssociationExecutionDate";
var _LC3 = "LowCount";
var _LCIRis = "ListComplianceItemsRequest";
var _LED = "LastExecutionDate";
var _LF2 = "LogFile";
var _LIERi = "ListInventoryEntriesResult";
var _LMD = "LastModifiedDate";
var _LMU2 = "LastModifiedUser";
var _LNSRi = "ListNodesSummaryResult";
var _LPDT = "LastPingDateTime";
var _LPVR = "LabelParameterVersionRequest";
var _LPVRa = "LabelParameterVersionResult";
var _LSAED = "LastSuccessfulAssociationExecutionDate";
var _LSED = "LastSuccessfulExecutionDate";
var _LT2 = "LimitType";
var _LTa = "LaunchTime";
var _LUAD = "LastUpdateAssociationDate";
var _LV2 = "LatestVersion";
var _La2 = "Labels";
var _Lan = "Language";
var _M3 = "Message";
var _MA2 = "MaxAttempts";
var _MC3 = "MaxConcurrency";
var _MCe2 = "MediumCount";
var _MD2 = "ModifiedDate";
var _MDSE = "MaxDocumentSizeExceeded";
var _ME2 = "MaxErrors";
var _MM2 = "MetadataMap";
var _MN = "MsrcNumber";
var _MR2 = "MaxResults";
var _MRPDE = "MalformedResourcePolicyDocumentException";
var _MSs = "MsrcSeverity";
var _MTU = "MetadataToUpdate";
var _MV = "MetadataValue";
var _MWAP = "MaintenanceWindowAutomationParameters";
var _MWF = "MaintenanceWindowFilter";
var _Mo3 = "Mode";
var _N3 = "Name";
var _NA = "NodeAggregator";
var _NAL = "NodeAggregatorList";
var _NAo = "NotificationArn";
var _NC2 = "NotificationConfig";
var _NCC = "NonCompliantCount";
var _NCS = "NonCompliantSummary";
var _NE = "NotificationEvents";
var _NF2 = "NodeFilter";
var _NFL = "NodeFilterList";
var _NFVL = "NodeFilterValueList";
var _NLSE = "NoLongerSupportedException";
var _NS = "NextStep";
var _NSL = "NodeSummaryList";
var _NT = "NextToken";
var _NTot = "NotificationType";
var _Na = "Names";
var _No2 = "Notifications";
var _O3 = "Overview";
var _OA2 = "OpsAggregator";
var _OAL = "OpsAggregatorList";
var _OD = "OperationalData";
var _ODTD = "OperationalDataToDelete";
var _OE2 = "OpsEntity";
var _OEI = "OpsEntityItem";
var _OEIEL = "OpsEntityItemEntryList";
var _OEIM = "OpsEntityItemMap";
var _OEL = "OpsEntityList";
var _OF3 = "OpsFilter";
var _OFL = "OpsFilterList";
var _OFVL = "OpsFilterValueList";
var _OFn = "OnFailure";
var _OIA = "OpsItemArn";
var _OIADE = "OpsItemAccessDeniedException";
var _OIAEE = "OpsItemAlreadyExistsException";
var _OICE = "OpsItemConflictException";
var _OIDV = "OpsItemDataValue";
var _OIEF = "OpsItemEventFilter";
var _OIFp = "OpsItemFilter";
var _OII = "OpsItemId";
var _OIIPE = "OpsItemInvalidParameterException";
var _OILEE = "OpsItemLimitExceededException";
var _OIN = "OpsItemNotification";
var _OINFE = "OpsItemNotFoundException";
var _OINp = "OpsItemNotifications";
var _OIOD = "OpsItemOperationalData";
var _OIRIAEE = "OpsItemRelatedItemAlreadyExistsException";
var _OIRIANFE = "OpsItemRelatedItemAssociationNotFoundException";
var _OIRIF = "OpsItemRelatedItemsFilter";
var _OL2 = "OutputLocation";
var _OMA = "OpsMetadataArn";
var _OMAEE = "OpsMetadataAlreadyExistsException";
var _OMF = "OpsMetadataFilter";
var _OMIAE = "OpsMetadataInvalidArgumentException";
var _OMKLEE = "OpsMetadataKeyLimitExceededException";
var _OMLEE = "OpsMetadataLimitExceededException";
var _OMNFE = "OpsMetadataNotFoundException";
var _OMTMUE = "OpsMetadataTooManyUpdatesException";
var _OP3 = "OverriddenParameters";
var _ORA = "OpsResultAttribute";
var _ORAL = "OpsResultAttributeList";
var _OS3 = "OutputSource";
var _OSBN = "OutputS3BucketName";
var _OSI = "OutputSourceId";
var _OSKP = "OutputS3KeyPrefix";
var _OSR = "OutputS3Region";
var _OSTr = "OrganizationSourceType";
var _OSTu = "OutputSourceType";
var _OSp2 = "OperatingSystem";
var _OSv = "OverallSeverity";
var _OUI = "OrganizationalUnitId";
var _OUr = "OrganizationalUnits";
var _Ope = "Operator";
var _Opt = "Option";
var _Ou = "Outputs";
var _Ov = "Overwrite";
var _Ow = "Owner";
var _P3 = "Parameters";
var _PAE = "ParameterAlreadyExists";
var _PAEI = "ParentAutomationExecutionId";
var _PC3 = "ProgressCounters";
var _PET = "PlannedEndTime";
var _PFG = "PatchFilterGroup";
var _PFLa = "PatchFilterList";
var _PFa = "ParametersFilter";
var _PFat = "PatchFilter";
var _PFatc = "PatchFilters";
var _PFr = "ProductFamily";
var _PGa = "PatchGroups";
var _PHa = "ParameterHistory";
var _PIP = "ParameterInlinePolicy";
var _PL2 = "ParameterList";
var _PLE = "ParameterLimitExceeded";
var _PLEE2 = "PoliciesLimitExceededException";
var _PMVLE = "ParameterMaxVersionLimitExceeded";
var _PN2 = "ParameterNames";
var _PNF = "ParameterNotFound";
var _PNla = "PlatformName";
var _POF = "PatchOrchestratorFilter";
var _PP2 = "PutParameter";
var _PPL = "PatchPropertiesList";
var _PPLa = "ParameterPolicyList";
var _PPME = "ParameterPatternMismatchException";
var _PPR = "PutParameterRequest";
var _PPRu = "PutParameterResult";
var _PR = "PatchRule";
var _PRG = "PatchRuleGroup";
var _PRL = "PatchRuleList";
var _PRV = "PendingReviewVersion";
var _PRa = "PatchRules";
var _PSC = "PatchSourceConfiguration";
var _PSD = "ParentStepDetails";
var _PSF = "ParameterStringFilter";
var _PSL = "PatchSourceList";
var _PSPV = "PSParameterValue";
var _PST = "PlannedStartTime";
var _PSat = "PatchSource";
var _PSi = "PingStatus";
var _PSo = "PolicyStatus";
var _PTL = "PlatformTypeList";
var _PTl = "PlatformTypes";
var _PTla = "PlatformType";
var _PTo = "PolicyText";
var _PTol = "PolicyType";
var _PV2 = "PlatformVersion";
var _PVLLE = "ParameterVersionLabelLimitExceeded";
var _PVNF = "ParameterVersionNotFound";
var _PVa = "ParameterVersion";
var _PVar = "ParameterValues";
var _Par2 = "Parameter";
var _Pat2 = "Patch";
var _Pay2 = "Payload";
var _Po3 = "Policies";
var _Pri2 = "Priority";
var _Prod = "Product";
var _Produ = "Products";
var _Prop = "Properties";
var _QC2 = "QuotaCode";
var _R3 = "Runbooks";
var _RAL = "ResultAttributeList";
var _RAesu = "ResultAttribute";
var _RC3 = "ReasonCode";
var _RCBS = "ResourceCountByStatus";
var _RCSIL = "ResourceComplianceSummaryItemList";
var _RCSIe = "ResourceComplianceSummaryItem";
var _RCes = "ResponseCode";
var _RD3 = "RegistrationDate";
var _RDSAEE = "ResourceDataSyncAlreadyExistsException";
var _RDSAOS = "ResourceDataSyncAwsOrganizationsSource";
var _RDSCE = "ResourceDataSyncConflictException";
var _RDSCEE = "ResourceDataSyncCountExceededException";
var _RDSICE = "ResourceDataSyncInvalidConfigurationException";
var _RDSNFE = "ResourceDataSyncNotFoundException";
var _RDSOU = "ResourceDataSyncOrganizationalUnit";
var _RDSOUL = "ResourceDataSyncOrganizationalUnitList";
var _RDSS = "ResourceDataSyncSource";
var _RDSSWS = "ResourceDataSyncSourceWithState";
var _RDT = "RequestedDateTime";
var _RDe = "ReleaseDate";
var _RI2 = "ResourceId";
var _RIL = "ReviewInformationList";
var _RIUE2 = "ResourceInUseException";
var _RIe2 = "ReviewInformation";
var _RIes = "ResourceIds";
var _RLEE = "ResourceLimitExceededException";
var _RLe = "RemovedLabels";
var _RNFE2 = "ResourceNotFoundException";
var _ROI = "RelatedOpsItems";
var _ROIe = "RelatedOpsItem";
var _RP3 = "RejectedPatches";
var _RPA = "RejectedPatchesAction";
var _RPCE2 = "ResourcePolicyConflictException";
var _RPIPE = "ResourcePolicyInvalidParameterException";
var _RPLEE = "ResourcePolicyLimitExceededException";
var _RPNFE = "ResourcePolicyNotFoundException";
var _RS2 = "ReviewStatus";
var _RT3 = "ResourceTypes";
var _RTFRR = "RemoveTagsFromResourceRequest";
var _RTe2 = "ResourceType";
var _RTeq = "RequireType";
var _RTes = "ResolvedTargets";
var _RTev = "ReviewedTime";
var _RU = "ResourceUri";
var _Re3 = "Regions";
var _Rea = "Reason";
var _Rel = "Release";
var _Rep = "Repository";
var _Repl = "Replace";
var _Req = "Requires";
var _Res2 = "Response";
var _Rev = "Reviewer";
var _Ru3 = "Runbook";
var _S3 = "State";
var _SAER = "StartAutomationExecutionRequest";
var _SAOR = "StartAssociationsOnceRequest";
var _SASR = "SendAutomationSignalRequest";
var _SC3 = "ServiceCode";
var _SCR = "SendCommandRequest";
var _SCRER = "StartChangeRequestExecutionRequest";
var _SCt3 = "StartedCount";
var _SCu = "SuccessfulCount";
var _SCy = "SyncCompliance";
var _SD2 = "StatusDetails";
var _SDV2 = "SharedDocumentVersion";
var _SE3 = "ScheduleExpression";
var _SEF = "StepExecutionFilter";
var _SEI = "StepExecutionId";
var _SEL = "StepExecutionList";
var _SET2 = "StepExecutionsTruncated";
var _SETc = "ScheduledEndTime";
var _SEt = "StepExecutions";
var _SEte = "StepExecution";
var _SI2 = "StatusInformation";
var _SIo = "SourceId";
var _SL2 = "S3Location";
var _SLo = "SourceLocation";
var _SMP = "SessionManagerParameters";
var _SN = "SyncName";
var _SNt = "StepName";
var _SO2 = "ScheduleOffset";
var _SOL = "S3OutputLocation";
var _SP3 = "StepPreviews";
var _SQEE2 = "ServiceQuotaExceededException";
var _SR3 = "ServiceRole";
var _SRA = "ServiceRoleArn";
var _SRo = "SourceResult";
var _SRou = "SourceRegions";
var _SS3 = "SeveritySummary";
var _SSNF = "ServiceSettingNotFound";
var _SSR2 = "StartSessionRequest";
var _SSt = "StepStatus";
var _SSu = "SuccessSteps";
var _ST3 = "SyncType";
var _STCLEE = "SubTypeCountLimitExceededException";
var _STc = "ScheduledTime";
var _STi = "SignalType";
var _STo = "SourceType";
var _STt2 = "StartTime";
var _SU = "StatusUnchanged";
var _SV = "SchemaVersion";
var _Se = "Severity";
var _Sel = "Selector";
var _Sha = "Sha1";
var _Si3 = "Size";
var _So = "Sources";
var _St3 = "Status";
var _Sum = "Summary";
var _T3 = "Tags";
var _TA3 = "TriggeredAlarms";
var _TAo2 = "TotalAccounts";
var _TC3 = "TargetCount";
var _TCo2 = "TotalCount";
var _TE2 = "ThrottlingException";
var _TIUE = "TargetInUseException";
var _TIas = "TaskIds";
var _TK2 = "TagKeys";
var _TL2 = "TargetLocations";
var _TLAC = "TargetLocationAlarmConfiguration";
var _TLMC = "TargetLocationMaxConcurrency";
var _TLME = "TargetLocationMaxErrors";
var _TLURL = "TargetLocationsURL";
var _TLa = "TagList";
var _TLar = "TargetLocation";
var _TM = "TargetMaps";
var _TMC = "TargetsMaxConcurrency";
var _TME = "TargetsMaxErrors";
var _TMTE = "TooManyTagsError";
var _TMU = "TooManyUpdates";
var _TMa = "TargetMap";
var _TN2 = "TypeName";
var _TNC = "TargetNotConnected";
var _TOS = "TimedOutSteps";
var _TP2 = "TargetPreviews";
var _TPL = "TargetPreviewList";
var _TPN = "TargetParameterName";
var _TPar = "TargetPreview";
var _TS3 = "TargetsSummary";
var _TSLEE = "TotalSizeLimitExceededException";
var _TSi = "TimeoutSeconds";
var _TSo = "TotalSteps";
var _TT = "TargetType";
var _Ta3 = "Targets";
var _Tag2 = "Tag";
var _Tar = "Target";
var _Ti3 = "Title";
var _Tie2 = "Tier";
var _Tr3 = "Truncated";
var _Ty2 = "Type";
var _U3 = "Url";
var _UAR2 = "UpdateAssociationRequest";
var _UC = "UnspecifiedCount";
var _UCE2 = "UnsupportedCalendarException";
var _UFRE = "UnsupportedFeatureRequiredException";
var _UIICE = "UnsupportedInventoryItemContextException";
var _UISVE = "UnsupportedInventorySchemaVersionException";
var _UOE2 = "UnsupportedOperationException";
var _UOIR = "UpdateOpsItemRequest";
var _UOMR = "UpdateOpsMetadataRequest";
var _UOS = "UnsupportedOperatingSystem";
var _UPBR = "UpdatePatchBaselineRequest";
var _UPBRp = "UpdatePatchBaselineResult";
var _UPT = "UnsupportedParameterType";
var _UPTn = "UnsupportedPlatformType";
var _UPVR = "UnlabelParameterVersionRequest";
var _UPVRn = "UnlabelParameterVersionResult";
var _V3 = "Value";
var _VE = "ValidationException";
var _VN2 = "VersionName";
var _VNS = "ValidNextSteps";
var _Va = "Values";
var _Var = "Variables";
var _Ve3 = "Version";
var _Ven = "Vendor";
var _WD2 = "WithDecryption";
var _WEI = "WindowExecutionId";
var _WM = "WarningMessage";
var _aQE = "awsQueryError";
var _c3 = "client";
var _e3 = "error";
var _en2 = "entries";
var _k = "key";
var _m3 = "message";
var _s3 = "smithy.ts.sdk.synthetic.com.amazonaws.ssm";
var _se2 = "server";
var _v = "value";
var _vS = "valueSet";
var _xN3 = "xmlName";
var n03 = "com.amazonaws.ssm";
var _s_registry3 = new TypeRegistry(_s3);
var SSMServiceException$ = [-3, _s3, "SSMServiceException", 0, [], []];
_s_registry3.registerError(SSMServiceException$, SSMServiceException);
var n0_registry3 = new TypeRegistry(n03);
var AccessDeniedException$ = [
  -3,
  n03,
  _ADE,
  { [_e3]: _c3 },
  [_M3],
  [0],
  1
];
n0_registry3.registerError(AccessDeniedException$, AccessDeniedException);
var AlreadyExistsException$ = [
  -3,
  n03,
  _AEE,
  { [_aQE]: [`AlreadyExistsException`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(AlreadyExistsException$, AlreadyExistsException);
var AssociatedInstances$ = [
  -3,
  n03,
  _AI2,
  { [_aQE]: [`AssociatedInstances`, 400], [_e3]: _c3 },
  [],
  []
];
n0_registry3.registerError(AssociatedInstances$, AssociatedInstances);
var AssociationAlreadyExists$ = [
  -3,
  n03,
  _AAE,
  { [_aQE]: [`AssociationAlreadyExists`, 400], [_e3]: _c3 },
  [],
  []
];
n0_registry3.registerError(AssociationAlreadyExists$, AssociationAlreadyExists);
var AssociationDoesNotExist$ = [
  -3,
  n03,
  _ADNE,
  { [_aQE]: [`AssociationDoesNotExist`, 404], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(AssociationDoesNotExist$, AssociationDoesNotExist);
var AssociationExecutionDoesNotExist$ = [
  -3,
  n03,
  _AEDNE,
  { [_aQE]: [`AssociationExecutionDoesNotExist`, 404], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(AssociationExecutionDoesNotExist$, AssociationExecutionDoesNotExist);
var AssociationLimitExceeded$ = [
  -3,
  n03,
  _ALE2,
  { [_aQE]: [`AssociationLimitExceeded`, 400], [_e3]: _c3 },
  [],
  []
];
n0_registry3.registerError(AssociationLimitExceeded$, AssociationLimitExceeded);
var AssociationVersionLimitExceeded$ = [
  -3,
  n03,
  _AVLE,
  { [_aQE]: [`AssociationVersionLimitExceeded`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(AssociationVersionLimitExceeded$, AssociationVersionLimitExceeded);
var AutomationDefinitionNotApprovedException$ = [
  -3,
  n03,
  _ADNAE,
  { [_aQE]: [`AutomationDefinitionNotApproved`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(AutomationDefinitionNotApprovedException$, AutomationDefinitionNotApprovedException);
var AutomationDefinitionNotFoundException$ = [
  -3,
  n03,
  _ADNFE,
  { [_aQE]: [`AutomationDefinitionNotFound`, 404], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(AutomationDefinitionNotFoundException$, AutomationDefinitionNotFoundException);
var AutomationDefinitionVersionNotFoundException$ = [
  -3,
  n03,
  _ADVNFE,
  { [_aQE]: [`AutomationDefinitionVersionNotFound`, 404], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(AutomationDefinitionVersionNotFoundException$, AutomationDefinitionVersionNotFoundException);
var AutomationExecutionLimitExceededException$ = [
  -3,
  n03,
  _AELEE,
  { [_aQE]: [`AutomationExecutionLimitExceeded`, 429], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(AutomationExecutionLimitExceededException$, AutomationExecutionLimitExceededException);
var AutomationExecutionNotFoundException$ = [
  -3,
  n03,
  _AENFE,
  { [_aQE]: [`AutomationExecutionNotFound`, 404], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(AutomationExecutionNotFoundException$, AutomationExecutionNotFoundException);
var AutomationStepNotFoundException$ = [
  -3,
  n03,
  _ASNFE,
  { [_aQE]: [`AutomationStepNotFoundException`, 404], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(AutomationStepNotFoundException$, AutomationStepNotFoundException);
var ComplianceTypeCountLimitExceededException$ = [
  -3,
  n03,
  _CTCLEE,
  { [_aQE]: [`ComplianceTypeCountLimitExceeded`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(ComplianceTypeCountLimitExceededException$, ComplianceTypeCountLimitExceededException);
var ConflictException$ = [
  -3,
  n03,
  _CE3,
  { [_aQE]: [`ConflictException`, 409], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(ConflictException$, ConflictException);
var CustomSchemaCountLimitExceededException$ = [
  -3,
  n03,
  _CSCLEE,
  { [_aQE]: [`CustomSchemaCountLimitExceeded`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(CustomSchemaCountLimitExceededException$, CustomSchemaCountLimitExceededException);
var DocumentAlreadyExists$ = [
  -3,
  n03,
  _DAE,
  { [_aQE]: [`DocumentAlreadyExists`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(DocumentAlreadyExists$, DocumentAlreadyExists);
var DocumentLimitExceeded$ = [
  -3,
  n03,
  _DLE,
  { [_aQE]: [`DocumentLimitExceeded`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(DocumentLimitExceeded$, DocumentLimitExceeded);
var DocumentPermissionLimit$ = [
  -3,
  n03,
  _DPL,
  { [_aQE]: [`DocumentPermissionLimit`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(DocumentPermissionLimit$, DocumentPermissionLimit);
var DocumentVersionLimitExceeded$ = [
  -3,
  n03,
  _DVLE,
  { [_aQE]: [`DocumentVersionLimitExceeded`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(DocumentVersionLimitExceeded$, DocumentVersionLimitExceeded);
var DoesNotExistException$ = [
  -3,
  n03,
  _DNEE,
  { [_aQE]: [`DoesNotExistException`, 404], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(DoesNotExistException$, DoesNotExistException);
var DuplicateDocumentContent$ = [
  -3,
  n03,
  _DDC,
  { [_aQE]: [`DuplicateDocumentContent`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(DuplicateDocumentContent$, DuplicateDocumentContent);
var DuplicateDocumentVersionName$ = [
  -3,
  n03,
  _DDVN,
  { [_aQE]: [`DuplicateDocumentVersionName`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(DuplicateDocumentVersionName$, DuplicateDocumentVersionName);
var DuplicateInstanceId$ = [
  -3,
  n03,
  _DII,
  { [_aQE]: [`DuplicateInstanceId`, 404], [_e3]: _c3 },
  [],
  []
];
n0_registry3.registerError(DuplicateInstanceId$, DuplicateInstanceId);
var FeatureNotAvailableException$ = [
  -3,
  n03,
  _FNAE,
  { [_aQE]: [`FeatureNotAvailableException`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(FeatureNotAvailableException$, FeatureNotAvailableException);
var HierarchyLevelLimitExceededException$ = [
  -3,
  n03,
  _HLLEE,
  { [_aQE]: [`HierarchyLevelLimitExceededException`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(HierarchyLevelLimitExceededException$, HierarchyLevelLimitExceededException);
var HierarchyTypeMismatchException$ = [
  -3,
  n03,
  _HTME,
  { [_aQE]: [`HierarchyTypeMismatchException`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(HierarchyTypeMismatchException$, HierarchyTypeMismatchException);
var IdempotentParameterMismatch$ = [
  -3,
  n03,
  _IPM2,
  { [_aQE]: [`IdempotentParameterMismatch`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(IdempotentParameterMismatch$, IdempotentParameterMismatch);
var IncompatiblePolicyException$ = [
  -3,
  n03,
  _IPE,
  { [_aQE]: [`IncompatiblePolicyException`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(IncompatiblePolicyException$, IncompatiblePolicyException);
var InternalServerError$ = [
  -3,
  n03,
  _ISE,
  { [_aQE]: [`InternalServerError`, 500], [_e3]: _se2 },
  [_M3],
  [0]
];
n0_registry3.registerError(InternalServerError$, InternalServerError);
var InvalidActivation$ = [
  -3,
  n03,
  _IA2,
  { [_aQE]: [`InvalidActivation`, 404], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidActivation$, InvalidActivation);
var InvalidActivationId$ = [
  -3,
  n03,
  _IAI,
  { [_aQE]: [`InvalidActivationId`, 404], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidActivationId$, InvalidActivationId);
var InvalidAggregatorException$ = [
  -3,
  n03,
  _IAE,
  { [_aQE]: [`InvalidAggregator`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidAggregatorException$, InvalidAggregatorException);
var InvalidAllowedPatternException$ = [
  -3,
  n03,
  _IAPE,
  { [_aQE]: [`InvalidAllowedPatternException`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidAllowedPatternException$, InvalidAllowedPatternException);
var InvalidAssociation$ = [
  -3,
  n03,
  _IAn2,
  { [_aQE]: [`InvalidAssociation`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidAssociation$, InvalidAssociation);
var InvalidAssociationVersion$ = [
  -3,
  n03,
  _IAV,
  { [_aQE]: [`InvalidAssociationVersion`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidAssociationVersion$, InvalidAssociationVersion);
var InvalidAutomationExecutionParametersException$ = [
  -3,
  n03,
  _IAEPE,
  { [_aQE]: [`InvalidAutomationExecutionParameters`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidAutomationExecutionParametersException$, InvalidAutomationExecutionParametersException);
var InvalidAutomationSignalException$ = [
  -3,
  n03,
  _IASE,
  { [_aQE]: [`InvalidAutomationSignalException`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidAutomationSignalException$, InvalidAutomationSignalException);
var InvalidAutomationStatusUpdateException$ = [
  -3,
  n03,
  _IASUE,
  { [_aQE]: [`InvalidAutomationStatusUpdateException`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidAutomationStatusUpdateException$, InvalidAutomationStatusUpdateException);
var InvalidCommandId$ = [
  -3,
  n03,
  _ICI,
  { [_aQE]: [`InvalidCommandId`, 404], [_e3]: _c3 },
  [],
  []
];
n0_registry3.registerError(InvalidCommandId$, InvalidCommandId);
var InvalidDeleteInventoryParametersException$ = [
  -3,
  n03,
  _IDIPE,
  { [_aQE]: [`InvalidDeleteInventoryParameters`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidDeleteInventoryParametersException$, InvalidDeleteInventoryParametersException);
var InvalidDeletionIdException$ = [
  -3,
  n03,
  _IDIE,
  { [_aQE]: [`InvalidDeletionId`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidDeletionIdException$, InvalidDeletionIdException);
var InvalidDocument$ = [
  -3,
  n03,
  _ID2,
  { [_aQE]: [`InvalidDocument`, 404], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidDocument$, InvalidDocument);
var InvalidDocumentContent$ = [
  -3,
  n03,
  _IDC,
  { [_aQE]: [`InvalidDocumentContent`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidDocumentContent$, InvalidDocumentContent);
var InvalidDocumentOperation$ = [
  -3,
  n03,
  _IDO,
  { [_aQE]: [`InvalidDocumentOperation`, 403], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidDocumentOperation$, InvalidDocumentOperation);
var InvalidDocumentSchemaVersion$ = [
  -3,
  n03,
  _IDSV,
  { [_aQE]: [`InvalidDocumentSchemaVersion`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidDocumentSchemaVersion$, InvalidDocumentSchemaVersion);
var InvalidDocumentType$ = [
  -3,
  n03,
  _IDT,
  { [_aQE]: [`InvalidDocumentType`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidDocumentType$, InvalidDocumentType);
var InvalidDocumentVersion$ = [
  -3,
  n03,
  _IDV,
  { [_aQE]: [`InvalidDocumentVersion`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidDocumentVersion$, InvalidDocumentVersion);
var InvalidFilter$ = [
  -3,
  n03,
  _IF2,
  { [_aQE]: [`InvalidFilter`, 441], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidFilter$, InvalidFilter);
var InvalidFilterKey$ = [
  -3,
  n03,
  _IFK,
  { [_aQE]: [`InvalidFilterKey`, 400], [_e3]: _c3 },
  [],
  []
];
n0_registry3.registerError(InvalidFilterKey$, InvalidFilterKey);
var InvalidFilterOption$ = [
  -3,
  n03,
  _IFO,
  { [_aQE]: [`InvalidFilterOption`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidFilterOption$, InvalidFilterOption);
var InvalidFilterValue$ = [
  -3,
  n03,
  _IFV,
  { [_aQE]: [`InvalidFilterValue`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidFilterValue$, InvalidFilterValue);
var InvalidInstanceId$ = [
  -3,
  n03,
  _III,
  { [_aQE]: [`InvalidInstanceId`, 404], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidInstanceId$, InvalidInstanceId);
var InvalidInstanceInformationFilterValue$ = [
  -3,
  n03,
  _IIIFV,
  { [_aQE]: [`InvalidInstanceInformationFilterValue`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidInstanceInformationFilterValue$, InvalidInstanceInformationFilterValue);
var InvalidInstancePropertyFilterValue$ = [
  -3,
  n03,
  _IIPFV,
  { [_aQE]: [`InvalidInstancePropertyFilterValue`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidInstancePropertyFilterValue$, InvalidInstancePropertyFilterValue);
var InvalidInventoryGroupException$ = [
  -3,
  n03,
  _IIGE,
  { [_aQE]: [`InvalidInventoryGroup`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidInventoryGroupException$, InvalidInventoryGroupException);
var InvalidInventoryItemContextException$ = [
  -3,
  n03,
  _IIICE,
  { [_aQE]: [`InvalidInventoryItemContext`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidInventoryItemContextException$, InvalidInventoryItemContextException);
var InvalidInventoryRequestException$ = [
  -3,
  n03,
  _IIRE,
  { [_aQE]: [`InvalidInventoryRequest`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidInventoryRequestException$, InvalidInventoryRequestException);
var InvalidItemContentException$ = [
  -3,
  n03,
  _IICE,
  { [_aQE]: [`InvalidItemContent`, 400], [_e3]: _c3 },
  [_TN2, _M3],
  [0, 0]
];
n0_registry3.registerError(InvalidItemContentException$, InvalidItemContentException);
var InvalidKeyId$ = [
  -3,
  n03,
  _IKI,
  { [_aQE]: [`InvalidKeyId`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidKeyId$, InvalidKeyId);
var InvalidNextToken$ = [
  -3,
  n03,
  _INT,
  { [_aQE]: [`InvalidNextToken`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidNextToken$, InvalidNextToken);
var InvalidNotificationConfig$ = [
  -3,
  n03,
  _INC,
  { [_aQE]: [`InvalidNotificationConfig`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidNotificationConfig$, InvalidNotificationConfig);
var InvalidOptionException$ = [
  -3,
  n03,
  _IOE,
  { [_aQE]: [`InvalidOption`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidOptionException$, InvalidOptionException);
var InvalidOutputFolder$ = [
  -3,
  n03,
  _IOF2,
  { [_aQE]: [`InvalidOutputFolder`, 400], [_e3]: _c3 },
  [],
  []
];
n0_registry3.registerError(InvalidOutputFolder$, InvalidOutputFolder);
var InvalidOutputLocation$ = [
  -3,
  n03,
  _IOL,
  { [_aQE]: [`InvalidOutputLocation`, 400], [_e3]: _c3 },
  [],
  []
];
n0_registry3.registerError(InvalidOutputLocation$, InvalidOutputLocation);
var InvalidParameters$ = [
  -3,
  n03,
  _IP3,
  { [_aQE]: [`InvalidParameters`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidParameters$, InvalidParameters);
var InvalidPermissionType$ = [
  -3,
  n03,
  _IPT,
  { [_aQE]: [`InvalidPermissionType`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidPermissionType$, InvalidPermissionType);
var InvalidPluginName$ = [
  -3,
  n03,
  _IPN,
  { [_aQE]: [`InvalidPluginName`, 404], [_e3]: _c3 },
  [],
  []
];
n0_registry3.registerError(InvalidPluginName$, InvalidPluginName);
var InvalidPolicyAttributeException$ = [
  -3,
  n03,
  _IPAE,
  { [_aQE]: [`InvalidPolicyAttributeException`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidPolicyAttributeException$, InvalidPolicyAttributeException);
var InvalidPolicyTypeException$ = [
  -3,
  n03,
  _IPTE,
  { [_aQE]: [`InvalidPolicyTypeException`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(InvalidPolicyTypeException$, InvalidPolicyTypeException);
var InvalidResourceId$ = [
  -3,
  n03,
  _IRI,
  { [_aQE]: [`InvalidResourceId`, 400], [_e3]: _c3 },
  [],
  []
];
n0_registry3.registerError(InvalidResourceId$, InvalidResourceId);
var InvalidResourceType$ = [
  -3,
  n03,
  _IRT,
  { [_aQE]: [`InvalidResourceType`, 400], [_e3]: _c3 },
  [],
  []
];
n0_registry3.registerError(InvalidResourceType$, InvalidResourceType);
var InvalidResultAttributeException$ = [
  -3,
  n03,
  _IRAE,
  { [_aQE]: [`InvalidResultAttribute`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidResultAttributeException$, InvalidResultAttributeException);
var InvalidRole$ = [
  -3,
  n03,
  _IR3,
  { [_aQE]: [`InvalidRole`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidRole$, InvalidRole);
var InvalidSchedule$ = [
  -3,
  n03,
  _IS2,
  { [_aQE]: [`InvalidSchedule`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidSchedule$, InvalidSchedule);
var InvalidTag$ = [
  -3,
  n03,
  _IT3,
  { [_aQE]: [`InvalidTag`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidTag$, InvalidTag);
var InvalidTarget$ = [
  -3,
  n03,
  _ITn,
  { [_aQE]: [`InvalidTarget`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidTarget$, InvalidTarget);
var InvalidTargetMaps$ = [
  -3,
  n03,
  _ITM,
  { [_aQE]: [`InvalidTargetMaps`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidTargetMaps$, InvalidTargetMaps);
var InvalidTypeNameException$ = [
  -3,
  n03,
  _ITNE,
  { [_aQE]: [`InvalidTypeName`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidTypeNameException$, InvalidTypeNameException);
var InvalidUpdate$ = [
  -3,
  n03,
  _IU2,
  { [_aQE]: [`InvalidUpdate`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(InvalidUpdate$, InvalidUpdate);
var InvocationDoesNotExist$ = [
  -3,
  n03,
  _IDNE,
  { [_aQE]: [`InvocationDoesNotExist`, 400], [_e3]: _c3 },
  [],
  []
];
n0_registry3.registerError(InvocationDoesNotExist$, InvocationDoesNotExist);
var ItemContentMismatchException$ = [
  -3,
  n03,
  _ICME,
  { [_aQE]: [`ItemContentMismatch`, 400], [_e3]: _c3 },
  [_TN2, _M3],
  [0, 0]
];
n0_registry3.registerError(ItemContentMismatchException$, ItemContentMismatchException);
var ItemSizeLimitExceededException$ = [
  -3,
  n03,
  _ISLEE,
  { [_aQE]: [`ItemSizeLimitExceeded`, 400], [_e3]: _c3 },
  [_TN2, _M3],
  [0, 0]
];
n0_registry3.registerError(ItemSizeLimitExceededException$, ItemSizeLimitExceededException);
var MalformedResourcePolicyDocumentException$ = [
  -3,
  n03,
  _MRPDE,
  { [_aQE]: [`MalformedResourcePolicyDocumentException`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(MalformedResourcePolicyDocumentException$, MalformedResourcePolicyDocumentException);
var MaxDocumentSizeExceeded$ = [
  -3,
  n03,
  _MDSE,
  { [_aQE]: [`MaxDocumentSizeExceeded`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(MaxDocumentSizeExceeded$, MaxDocumentSizeExceeded);
var NoLongerSupportedException$ = [
  -3,
  n03,
  _NLSE,
  { [_aQE]: [`NoLongerSupported`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(NoLongerSupportedException$, NoLongerSupportedException);
var OpsItemAccessDeniedException$ = [
  -3,
  n03,
  _OIADE,
  { [_aQE]: [`OpsItemAccessDeniedException`, 403], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(OpsItemAccessDeniedException$, OpsItemAccessDeniedException);
var OpsItemAlreadyExistsException$ = [
  -3,
  n03,
  _OIAEE,
  { [_aQE]: [`OpsItemAlreadyExistsException`, 400], [_e3]: _c3 },
  [_M3, _OII],
  [0, 0]
];
n0_registry3.registerError(OpsItemAlreadyExistsException$, OpsItemAlreadyExistsException);
var OpsItemConflictException$ = [
  -3,
  n03,
  _OICE,
  { [_aQE]: [`OpsItemConflictException`, 409], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(OpsItemConflictException$, OpsItemConflictException);
var OpsItemInvalidParameterException$ = [
  -3,
  n03,
  _OIIPE,
  { [_aQE]: [`OpsItemInvalidParameterException`, 400], [_e3]: _c3 },
  [_PN2, _M3],
  [64 | 0, 0]
];
n0_registry3.registerError(OpsItemInvalidParameterException$, OpsItemInvalidParameterException);
var OpsItemLimitExceededException$ = [
  -3,
  n03,
  _OILEE,
  { [_aQE]: [`OpsItemLimitExceededException`, 400], [_e3]: _c3 },
  [_RT3, _L3, _LT2, _M3],
  [64 | 0, 1, 0, 0]
];
n0_registry3.registerError(OpsItemLimitExceededException$, OpsItemLimitExceededException);
var OpsItemNotFoundException$ = [
  -3,
  n03,
  _OINFE,
  { [_aQE]: [`OpsItemNotFoundException`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(OpsItemNotFoundException$, OpsItemNotFoundException);
var OpsItemRelatedItemAlreadyExistsException$ = [
  -3,
  n03,
  _OIRIAEE,
  { [_aQE]: [`OpsItemRelatedItemAlreadyExistsException`, 400], [_e3]: _c3 },
  [_M3, _RU, _OII],
  [0, 0, 0]
];
n0_registry3.registerError(OpsItemRelatedItemAlreadyExistsException$, OpsItemRelatedItemAlreadyExistsException);
var OpsItemRelatedItemAssociationNotFoundException$ = [
  -3,
  n03,
  _OIRIANFE,
  { [_aQE]: [`OpsItemRelatedItemAssociationNotFoundException`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(OpsItemRelatedItemAssociationNotFoundException$, OpsItemRelatedItemAssociationNotFoundException);
var OpsMetadataAlreadyExistsException$ = [
  -3,
  n03,
  _OMAEE,
  { [_aQE]: [`OpsMetadataAlreadyExistsException`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(OpsMetadataAlreadyExistsException$, OpsMetadataAlreadyExistsException);
var OpsMetadataInvalidArgumentException$ = [
  -3,
  n03,
  _OMIAE,
  { [_aQE]: [`OpsMetadataInvalidArgumentException`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(OpsMetadataInvalidArgumentException$, OpsMetadataInvalidArgumentException);
var OpsMetadataKeyLimitExceededException$ = [
  -3,
  n03,
  _OMKLEE,
  { [_aQE]: [`OpsMetadataKeyLimitExceededException`, 429], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(OpsMetadataKeyLimitExceededException$, OpsMetadataKeyLimitExceededException);
var OpsMetadataLimitExceededException$ = [
  -3,
  n03,
  _OMLEE,
  { [_aQE]: [`OpsMetadataLimitExceededException`, 429], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(OpsMetadataLimitExceededException$, OpsMetadataLimitExceededException);
var OpsMetadataNotFoundException$ = [
  -3,
  n03,
  _OMNFE,
  { [_aQE]: [`OpsMetadataNotFoundException`, 404], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(OpsMetadataNotFoundException$, OpsMetadataNotFoundException);
var OpsMetadataTooManyUpdatesException$ = [
  -3,
  n03,
  _OMTMUE,
  { [_aQE]: [`OpsMetadataTooManyUpdatesException`, 429], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(OpsMetadataTooManyUpdatesException$, OpsMetadataTooManyUpdatesException);
var ParameterAlreadyExists$ = [
  -3,
  n03,
  _PAE,
  { [_aQE]: [`ParameterAlreadyExists`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(ParameterAlreadyExists$, ParameterAlreadyExists);
var ParameterLimitExceeded$ = [
  -3,
  n03,
  _PLE,
  { [_aQE]: [`ParameterLimitExceeded`, 429], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(ParameterLimitExceeded$, ParameterLimitExceeded);
var ParameterMaxVersionLimitExceeded$ = [
  -3,
  n03,
  _PMVLE,
  { [_aQE]: [`ParameterMaxVersionLimitExceeded`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(ParameterMaxVersionLimitExceeded$, ParameterMaxVersionLimitExceeded);
var ParameterNotFound$ = [
  -3,
  n03,
  _PNF,
  { [_aQE]: [`ParameterNotFound`, 404], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(ParameterNotFound$, ParameterNotFound);
var ParameterPatternMismatchException$ = [
  -3,
  n03,
  _PPME,
  { [_aQE]: [`ParameterPatternMismatchException`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(ParameterPatternMismatchException$, ParameterPatternMismatchException);
var ParameterVersionLabelLimitExceeded$ = [
  -3,
  n03,
  _PVLLE,
  { [_aQE]: [`ParameterVersionLabelLimitExceeded`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(ParameterVersionLabelLimitExceeded$, ParameterVersionLabelLimitExceeded);
var ParameterVersionNotFound$ = [
  -3,
  n03,
  _PVNF,
  { [_aQE]: [`ParameterVersionNotFound`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(ParameterVersionNotFound$, ParameterVersionNotFound);
var PoliciesLimitExceededException$ = [
  -3,
  n03,
  _PLEE2,
  { [_aQE]: [`PoliciesLimitExceededException`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(PoliciesLimitExceededException$, PoliciesLimitExceededException);
var ResourceDataSyncAlreadyExistsException$ = [
  -3,
  n03,
  _RDSAEE,
  { [_aQE]: [`ResourceDataSyncAlreadyExists`, 400], [_e3]: _c3 },
  [_SN],
  [0]
];
n0_registry3.registerError(ResourceDataSyncAlreadyExistsException$, ResourceDataSyncAlreadyExistsException);
var ResourceDataSyncConflictException$ = [
  -3,
  n03,
  _RDSCE,
  { [_aQE]: [`ResourceDataSyncConflictException`, 409], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(ResourceDataSyncConflictException$, ResourceDataSyncConflictException);
var ResourceDataSyncCountExceededException$ = [
  -3,
  n03,
  _RDSCEE,
  { [_aQE]: [`ResourceDataSyncCountExceeded`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(ResourceDataSyncCountExceededException$, ResourceDataSyncCountExceededException);
var ResourceDataSyncInvalidConfigurationException$ = [
  -3,
  n03,
  _RDSICE,
  { [_aQE]: [`ResourceDataSyncInvalidConfiguration`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(ResourceDataSyncInvalidConfigurationException$, ResourceDataSyncInvalidConfigurationException);
var ResourceDataSyncNotFoundException$ = [
  -3,
  n03,
  _RDSNFE,
  { [_aQE]: [`ResourceDataSyncNotFound`, 404], [_e3]: _c3 },
  [_SN, _ST3, _M3],
  [0, 0, 0]
];
n0_registry3.registerError(ResourceDataSyncNotFoundException$, ResourceDataSyncNotFoundException);
var ResourceInUseException$2 = [
  -3,
  n03,
  _RIUE2,
  { [_aQE]: [`ResourceInUseException`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(ResourceInUseException$2, ResourceInUseException2);
var ResourceLimitExceededException$ = [
  -3,
  n03,
  _RLEE,
  { [_aQE]: [`ResourceLimitExceededException`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(ResourceLimitExceededException$, ResourceLimitExceededException);
var ResourceNotFoundException$2 = [
  -3,
  n03,
  _RNFE2,
  { [_aQE]: [`ResourceNotFoundException`, 404], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(ResourceNotFoundException$2, ResourceNotFoundException2);
var ResourcePolicyConflictException$ = [
  -3,
  n03,
  _RPCE2,
  { [_aQE]: [`ResourcePolicyConflictException`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(ResourcePolicyConflictException$, ResourcePolicyConflictException);
var ResourcePolicyInvalidParameterException$ = [
  -3,
  n03,
  _RPIPE,
  { [_aQE]: [`ResourcePolicyInvalidParameterException`, 400], [_e3]: _c3 },
  [_PN2, _M3],
  [64 | 0, 0]
];
n0_registry3.registerError(ResourcePolicyInvalidParameterException$, ResourcePolicyInvalidParameterException);
var ResourcePolicyLimitExceededException$ = [
  -3,
  n03,
  _RPLEE,
  { [_aQE]: [`ResourcePolicyLimitExceededException`, 400], [_e3]: _c3 },
  [_L3, _LT2, _M3],
  [1, 0, 0]
];
n0_registry3.registerError(ResourcePolicyLimitExceededException$, ResourcePolicyLimitExceededException);
var ResourcePolicyNotFoundException$ = [
  -3,
  n03,
  _RPNFE,
  { [_aQE]: [`ResourcePolicyNotFoundException`, 404], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(ResourcePolicyNotFoundException$, ResourcePolicyNotFoundException);
var ServiceQuotaExceededException$2 = [
  -3,
  n03,
  _SQEE2,
  { [_e3]: _c3 },
  [_M3, _QC2, _SC3, _RI2, _RTe2],
  [0, 0, 0, 0, 0],
  3
];
n0_registry3.registerError(ServiceQuotaExceededException$2, ServiceQuotaExceededException2);
var ServiceSettingNotFound$ = [
  -3,
  n03,
  _SSNF,
  { [_aQE]: [`ServiceSettingNotFound`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(ServiceSettingNotFound$, ServiceSettingNotFound);
var StatusUnchanged$ = [
  -3,
  n03,
  _SU,
  { [_aQE]: [`StatusUnchanged`, 400], [_e3]: _c3 },
  [],
  []
];
n0_registry3.registerError(StatusUnchanged$, StatusUnchanged);
var SubTypeCountLimitExceededException$ = [
  -3,
  n03,
  _STCLEE,
  { [_aQE]: [`SubTypeCountLimitExceeded`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(SubTypeCountLimitExceededException$, SubTypeCountLimitExceededException);
var TargetInUseException$ = [
  -3,
  n03,
  _TIUE,
  { [_aQE]: [`TargetInUseException`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(TargetInUseException$, TargetInUseException);
var TargetNotConnected$ = [
  -3,
  n03,
  _TNC,
  { [_aQE]: [`TargetNotConnected`, 430], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(TargetNotConnected$, TargetNotConnected);
var ThrottlingException$ = [
  -3,
  n03,
  _TE2,
  { [_e3]: _c3 },
  [_M3, _QC2, _SC3],
  [0, 0, 0],
  1
];
n0_registry3.registerError(ThrottlingException$, ThrottlingException);
var TooManyTagsError$ = [
  -3,
  n03,
  _TMTE,
  { [_aQE]: [`TooManyTagsError`, 400], [_e3]: _c3 },
  [],
  []
];
n0_registry3.registerError(TooManyTagsError$, TooManyTagsError);
var TooManyUpdates$ = [
  -3,
  n03,
  _TMU,
  { [_aQE]: [`TooManyUpdates`, 429], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(TooManyUpdates$, TooManyUpdates);
var TotalSizeLimitExceededException$ = [
  -3,
  n03,
  _TSLEE,
  { [_aQE]: [`TotalSizeLimitExceeded`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(TotalSizeLimitExceededException$, TotalSizeLimitExceededException);
var UnsupportedCalendarException$ = [
  -3,
  n03,
  _UCE2,
  { [_aQE]: [`UnsupportedCalendarException`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(UnsupportedCalendarException$, UnsupportedCalendarException);
var UnsupportedFeatureRequiredException$ = [
  -3,
  n03,
  _UFRE,
  { [_aQE]: [`UnsupportedFeatureRequiredException`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(UnsupportedFeatureRequiredException$, UnsupportedFeatureRequiredException);
var UnsupportedInventoryItemContextException$ = [
  -3,
  n03,
  _UIICE,
  { [_aQE]: [`UnsupportedInventoryItemContext`, 400], [_e3]: _c3 },
  [_TN2, _M3],
  [0, 0]
];
n0_registry3.registerError(UnsupportedInventoryItemContextException$, UnsupportedInventoryItemContextException);
var UnsupportedInventorySchemaVersionException$ = [
  -3,
  n03,
  _UISVE,
  { [_aQE]: [`UnsupportedInventorySchemaVersion`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(UnsupportedInventorySchemaVersionException$, UnsupportedInventorySchemaVersionException);
var UnsupportedOperatingSystem$ = [
  -3,
  n03,
  _UOS,
  { [_aQE]: [`UnsupportedOperatingSystem`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(UnsupportedOperatingSystem$, UnsupportedOperatingSystem);
var UnsupportedOperationException$ = [
  -3,
  n03,
  _UOE2,
  { [_aQE]: [`UnsupportedOperation`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(UnsupportedOperationException$, UnsupportedOperationException);
var UnsupportedParameterType$ = [
  -3,
  n03,
  _UPT,
  { [_aQE]: [`UnsupportedParameterType`, 400], [_e3]: _c3 },
  [_m3],
  [0]
];
n0_registry3.registerError(UnsupportedParameterType$, UnsupportedParameterType);
var UnsupportedPlatformType$ = [
  -3,
  n03,
  _UPTn,
  { [_aQE]: [`UnsupportedPlatformType`, 400], [_e3]: _c3 },
  [_M3],
  [0]
];
n0_registry3.registerError(UnsupportedPlatformType$, UnsupportedPlatformType);
var ValidationException$ = [
  -3,
  n03,
  _VE,
  { [_aQE]: [`ValidationException`, 400], [_e3]: _c3 },
  [_M3, _RC3],
  [0, 0]
];
n0_registry3.registerError(ValidationException$, ValidationException);
var errorTypeRegistries3 = [
  _s_registry3,
  n0_registry3
];
var IPAddress = [0, n03, _IPA2, 8, 0];
var PatchSourceConfiguration = [0, n03, _PSC, 8, 0];
var PSParameterValue = [0, n03, _PSPV, 8, 0];
var AccountSharingInfo$ = [
  3,
  n03,
  _ASI,
  0,
  [_AIc, _SDV2],
  [0, 0]
];
var Alarm$ = [
  3,
  n03,
  _Al2,
  0,
  [_N3],
  [0],
  1
];
var AlarmConfiguration$ = [
  3,
  n03,
  _AC3,
  0,
  [_Ala, _IPAF],
  [() => AlarmList, 2],
  1
];
var AlarmStateInformation$ = [
  3,
  n03,
  _ASIl,
  0,
  [_N3, _S3],
  [0, 0],
  2
];
var Association$ = [
  3,
  n03,
  _As,
  0,
  [_N3, _II, _AIs, _AV, _DV, _Ta3, _LED, _O3, _SE3, _AN2, _SO2, _Du2, _TM],
  [0, 0, 0, 0, 0, () => Targets, 4, () => AssociationOverview$, 0, 0, 1, 1, [1, n03, _TM, 0, [2, n03, _TMa, 0, 0, 64 | 0]]]
];
var AssociationDescription$ = [
  3,
  n03,
  _AD2,
  0,
  [_N3, _II, _AV, _Da2, _LUAD, _St3, _O3, _DV, _ATPN, _P3, _AIs, _Ta3, _SE3, _OL2, _LED, _LSED, _AN2, _ME2, _MC3, _CS3, _SCy, _AOACI, _CN2, _TL2, _SO2, _Du2, _TM, _AC3, _TA3, _ADAR],
  [0, 0, 0, 4, 4, () => AssociationStatus$, () => AssociationOverview$, 0, 0, [() => _Parameters, 0], 0, () => Targets, 0, () => InstanceAssociationOutputLocation$, 4, 4, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [1, n03, _TM, 0, [2, n03, _TMa, 0, 0, 64 | 0]], () => AlarmConfiguration$, () => AlarmStateInformationList, 0]
];
var AssociationExecution$ = [
  3,
  n03,
  _AE2,
  0,
  [_AIs, _AV, _EI2, _St3, _DS, _CT3, _LED, _RCBS, _AC3, _TA3],
  [0, 0, 0, 0, 0, 4, 4, 0, () => AlarmConfiguration$, () => AlarmStateInformationList]
];
var AssociationExecutionFilter$ = [
  3,
  n03,
  _AEF,
  0,
  [_K3, _V3, _Ty2],
  [0, 0, 0],
  3
];
var AssociationExecutionTarget$ = [
  3,
  n03,
  _AET,
  0,
  [_AIs, _AV, _EI2, _RI2, _RTe2, _St3, _DS, _LED, _OS3],
  [0, 0, 0, 0, 0, 0, 0, 4, () => OutputSource$]
];
var AssociationExecutionTargetsFilter$ = [
  3,
  n03,
  _AETF,
  0,
  [_K3, _V3],
  [0, 0],
  2
];
var AssociationFilter$ = [
  3,
  n03,
  _AF2,
  0,
  [_k, _v],
  [0, 0],
  2
];
var AssociationOverview$ = [
  3,
  n03,
  _AO3,
  0,
  [_St3, _DS, _ASAC],
  [0, 0, 128 | 1]
];
var AssociationStatus$ = [
  3,
  n03,
  _AS2,
  0,
  [_Da2, _N3, _M3, _AId],
  [4, 0, 0, 0],
  3
];
var AssociationVersionInfo$ = [
  3,
  n03,
  _AVI,
  0,
  [_AIs, _AV, _CD3, _N3, _DV, _P3, _Ta3, _SE3, _OL2, _AN2, _ME2, _MC3, _CS3, _SCy, _AOACI, _CN2, _TL2, _SO2, _Du2, _TM, _ADAR],
  [0, 0, 4, 0, 0, [() => _Parameters, 0], () => Targets, 0, () => InstanceAssociationOutputLocation$, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [1, n03, _TM, 0, [2, n03, _TMa, 0, 0, 64 | 0]], 0]
];
var AttachmentContent$ = [
  3,
  n03,
  _ACt,
  0,
  [_N3, _Si3, _H2, _HT2, _U3],
  [0, 1, 0, 0, 0]
];
var AttachmentInformation$ = [
  3,
  n03,
  _AIt,
  0,
  [_N3],
  [0]
];
var AttachmentsSource$ = [
  3,
  n03,
  _ASt,
  0,
  [_K3, _Va, _N3],
  [0, 64 | 0, 0]
];
var AutomationExecution$ = [
  3,
  n03,
  _AEu,
  0,
  [_AEI, _DN3, _DV, _EST2, _EET, _AES, _SEt, _SET2, _P3, _Ou, _FM, _WM, _Mo3, _PAEI, _EB, _CSN, _CA3, _TPN, _Ta3, _TM, _RTes, _MC3, _ME2, _Tar, _TL2, _PC3, _AC3, _TA3, _TLURL, _ASu, _STc, _R3, _OII, _AIs, _CRN, _Var, _TS3],
  [0, 0, 0, 4, 4, 0, () => StepExecutionList, 2, [2, n03, _APM, 0, 0, 64 | 0], [2, n03, _APM, 0, 0, 64 | 0], 0, 0, 0, 0, 0, 0, 0, 0, () => Targets, [1, n03, _TM, 0, [2, n03, _TMa, 0, 0, 64 | 0]], () => ResolvedTargets$, 0, 0, 0, () => TargetLocations, () => ProgressCounters$, () => AlarmConfiguration$, () => AlarmStateInformationList, 0, 0, 4, () => Runbooks, 0, 0, 0, [2, n03, _APM, 0, 0, 64 | 0], () => TargetsSummary$]
];
var AutomationExecutionFilter$ = [
  3,
  n03,
  _AEFu,
  0,
  [_K3, _Va],
  [0, 64 | 0],
  2
];
var AutomationExecutionInputs$ = [
  3,
  n03,
  _AEIu,
  0,
  [_P3, _TPN, _Ta3, _TM, _TL2, _TLURL],
  [[2, n03, _APM, 0, 0, 64 | 0], 0, () => AutomationTargets, [1, n03, _TM, 0, [2, n03, _TMa, 0, 0, 64 | 0]], () => TargetLocations, 0]
];
var AutomationExecutionMetadata$ = [
  3,
  n03,
  _AEM,
  0,
  [_AEI, _DN3, _DV, _AES, _EST2, _EET, _EB, _LF2, _Ou, _Mo3, _PAEI, _CSN, _CA3, _FM, _WM, _TPN, _Ta3, _TM, _RTes, _MC3, _ME2, _Tar, _ATu, _AC3, _TA3, _TLURL, _ASu, _STc, _R3, _OII, _AIs, _CRN],
  [0, 0, 0, 0, 4, 4, 0, 0, [2, n03, _APM, 0, 0, 64 | 0], 0, 0, 0, 0, 0, 0, 0, () => Targets, [1, n03, _TM, 0, [2, n03, _TMa, 0, 0, 64 | 0]], () => ResolvedTargets$, 0, 0, 0, 0, () => AlarmConfiguration$, () => AlarmStateInformationList, 0, 0, 4, () => Runbooks, 0, 0, 0]
];
var AutomationExecutionPreview$ = [
  3,
  n03,
  _AEP,
  0,
  [_SP3, _Re3, _TP2, _TAo2],
  [128 | 1, 64 | 0, () => TargetPreviewList, 1]
];
var BaselineOverride$ = [
  3,
  n03,
  _BO,
  0,
  [_OSp2, _GF2, _AR2, _AP3, _APCL, _RP3, _RPA, _APENS, _So, _ASUCS],
  [0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 64 | 0, 0, 2, [() => PatchSourceList, 0], 0]
];
var CancelCommandRequest$ = [
  3,
  n03,
  _CCR,
  0,
  [_CI2, _IIn],
  [0, 64 | 0],
  1
];
var CloudConnectorFilter$ = [
  3,
  n03,
  _CCF,
  0,
  [_FK, _FV2],
  [0, 64 | 0]
];
var CloudWatchOutputConfig$ = [
  3,
  n03,
  _CWOC,
  0,
  [_CWLGN, _CWOE],
  [0, 2]
];
var Command$ = [
  3,
  n03,
  _C3,
  0,
  [_CI2, _DN3, _DV, _Co3, _EA2, _P3, _IIn, _Ta3, _RDT, _St3, _SD2, _OSR, _OSBN, _OSKP, _MC3, _ME2, _TC3, _CC3, _EC3, _DTOC, _SR3, _NC2, _CWOC, _TSi, _AC3, _TA3],
  [0, 0, 0, 0, 4, [() => _Parameters, 0], 64 | 0, () => Targets, 4, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, () => NotificationConfig$, () => CloudWatchOutputConfig$, 1, () => AlarmConfiguration$, () => AlarmStateInformationList]
];
var ComplianceExecutionSummary$ = [
  3,
  n03,
  _CES,
  0,
  [_ET3, _EI2, _ETx3],
  [4, 0, 0],
  1
];
var ComplianceItem$ = [
  3,
  n03,
  _CIom,
  0,
  [_CTo2, _RTe2, _RI2, _I3, _Ti3, _St3, _Se, _ES3, _De3],
  [0, 0, 0, 0, 0, 0, 0, () => ComplianceExecutionSummary$, 128 | 0]
];
var ComplianceItemEntry$ = [
  3,
  n03,
  _CIE,
  0,
  [_Se, _St3, _I3, _Ti3, _De3],
  [0, 0, 0, 0, 128 | 0],
  2
];
var ComplianceStringFilter$ = [
  3,
  n03,
  _CSF,
  0,
  [_K3, _Va, _Ty2],
  [0, [() => ComplianceStringFilterValueList, 0], 0]
];
var ComplianceSummaryItem$ = [
  3,
  n03,
  _CSI,
  0,
  [_CTo2, _CSo3, _NCS],
  [0, () => CompliantSummary$, () => NonCompliantSummary$]
];
var CompliantSummary$ = [
  3,
  n03,
  _CSo3,
  0,
  [_CCo, _SS3],
  [1, () => SeveritySummary$]
];
var CreateAssociationBatchRequestEntry$ = [
  3,
  n03,
  _CABRE,
  0,
  [_N3, _II, _P3, _ATPN, _DV, _Ta3, _SE3, _OL2, _AN2, _ME2, _MC3, _CS3, _SCy, _AOACI, _CN2, _TL2, _SO2, _Du2, _TM, _AC3],
  [0, 0, [() => _Parameters, 0], 0, 0, () => Targets, 0, () => InstanceAssociationOutputLocation$, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [1, n03, _TM, 0, [2, n03, _TMa, 0, 0, 64 | 0]], () => AlarmConfiguration$],
  1
];
var CreateAssociationRequest$ = [
  3,
  n03,
  _CARre,
  0,
  [_N3, _DV, _II, _P3, _Ta3, _SE3, _OL2, _AN2, _ATPN, _ME2, _MC3, _CS3, _SCy, _AOACI, _CN2, _TL2, _SO2, _Du2, _TM, _T3, _AC3, _ADAR],
  [0, 0, 0, [() => _Parameters, 0], () => Targets, 0, () => InstanceAssociationOutputLocation$, 0, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [1, n03, _TM, 0, [2, n03, _TMa, 0, 0, 64 | 0]], () => TagList, () => AlarmConfiguration$, 0],
  1
];
var CreatePatchBaselineRequest$ = [
  3,
  n03,
  _CPBR,
  0,
  [_N3, _OSp2, _GF2, _AR2, _AP3, _APCL, _APENS, _RP3, _RPA, _D3, _So, _ASUCS, _CTl3, _T3],
  [0, 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 2, 64 | 0, 0, 0, [() => PatchSourceList, 0], 0, [0, 4], () => TagList],
  1
];
var DeleteParametersRequest$ = [
  3,
  n03,
  _DPRel,
  0,
  [_Na],
  [64 | 0],
  1
];
var DeleteParametersResult$ = [
  3,
  n03,
  _DPRele,
  0,
  [_DP, _IP3],
  [64 | 0, 64 | 0]
];
var DescribeActivationsFilter$ = [
  3,
  n03,
  _DAF,
  0,
  [_FK, _FV2],
  [0, 64 | 0]
];
var DescribeInstancePatchStatesRequest$ = [
  3,
  n03,
  _DIPSR,
  0,
  [_IIn, _NT, _MR2],
  [64 | 0, 0, 1],
  1
];
var DescribePatchPropertiesResult$ = [
  3,
  n03,
  _DPPRe,
  0,
  [_Prop, _NT],
  [[1, n03, _PPL, 0, 128 | 0], 0]
];
var DocumentDescription$ = [
  3,
  n03,
  _DD,
  0,
  [_Sha, _H2, _HT2, _N3, _DNi, _VN2, _Ow, _CD3, _St3, _SI2, _DV, _D3, _P3, _PTl, _DT, _SV, _LV2, _DVe, _DF2, _TT, _T3, _AItt, _Req, _Au, _RIe2, _AVp, _PRV, _RS2, _Ca, _CEa],
  [0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, [() => DocumentParameterList, 0], [() => PlatformTypeList, 0], 0, 0, 0, 0, 0, 0, () => TagList, [() => AttachmentInformationList, 0], () => DocumentRequiresList, 0, [() => ReviewInformationList, 0], 0, 0, 0, 64 | 0, 64 | 0]
];
var DocumentFilter$ = [
  3,
  n03,
  _DFo,
  0,
  [_k, _v],
  [0, 0],
  2
];
var DocumentIdentifier$ = [
  3,
  n03,
  _DIo,
  0,
  [_N3, _CD3, _DNi, _Ow, _VN2, _PTl, _DV, _DT, _SV, _DF2, _TT, _T3, _Req, _RS2, _Au],
  [0, 4, 0, 0, 0, [() => PlatformTypeList, 0], 0, 0, 0, 0, 0, () => TagList, () => DocumentRequiresList, 0, 0]
];
var DocumentKeyValuesFilter$ = [
  3,
  n03,
  _DKVF,
  0,
  [_K3, _Va],
  [0, 64 | 0]
];
var DocumentParameter$ = [
  3,
  n03,
  _DPo,
  0,
  [_N3, _Ty2, _D3, _DVef],
  [0, 0, 0, 0]
];
var DocumentRequires$ = [
  3,
  n03,
  _DRo,
  0,
  [_N3, _Ve3, _RTeq, _VN2],
  [0, 0, 0, 0],
  1
];
var FailedCreateAssociation$ = [
  3,
  n03,
  _FCA,
  0,
  [_Ent, _M3, _Fa],
  [[() => CreateAssociationBatchRequestEntry$, 0], 0, 0]
];
var FailureDetails$ = [
  3,
  n03,
  _FD3,
  0,
  [_FS2, _FT, _De3],
  [0, 0, [2, n03, _APM, 0, 0, 64 | 0]]
];
var GetCalendarStateRequest$ = [
  3,
  n03,
  _GCSR,
  0,
  [_CN2, _ATt],
  [64 | 0, 0],
  1
];
var GetMaintenanceWindowExecutionResult$ = [
  3,
  n03,
  _GMWERe,
  0,
  [_WEI, _TIas, _St3, _SD2, _STt2, _ETn3],
  [0, 64 | 0, 0, 0, 4, 4]
];
var GetParameterRequest$ = [
  3,
  n03,
  _GPR2,
  0,
  [_N3, _WD2],
  [0, 2],
  1
];
var GetParameterResult$ = [
  3,
  n03,
  _GPRe2,
  0,
  [_Par2],
  [[() => Parameter$, 0]]
];
var GetParametersRequest$ = [
  3,
  n03,
  _GPRet,
  0,
  [_Na, _WD2],
  [64 | 0, 2],
  1
];
var GetParametersResult$ = [
  3,
  n03,
  _GPReta,
  0,
  [_P3, _IP3],
  [[() => ParameterList, 0], 64 | 0]
];
var GetPatchBaselineResult$ = [
  3,
  n03,
  _GPBRe,
  0,
  [_BI2, _N3, _OSp2, _GF2, _AR2, _AP3, _APCL, _APENS, _RP3, _RPA, _PGa, _CD3, _MD2, _D3, _So, _ASUCS],
  [0, 0, 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 2, 64 | 0, 0, 64 | 0, 4, 4, 0, [() => PatchSourceList, 0], 0]
];
var InstanceAggregatedAssociationOverview$ = [
  3,
  n03,
  _IAAO,
  0,
  [_DS, _IASAC],
  [0, 128 | 1]
];
var InstanceAssociationOutputLocation$ = [
  3,
  n03,
  _IAOL,
  0,
  [_SL2],
  [() => S3OutputLocation$]
];
var InstanceInformation$ = [
  3,
  n03,
  _IInst,
  0,
  [_II, _PSi, _LPDT, _AVg, _ILV, _PTla, _PNla, _PV2, _AIct, _IRa, _RD3, _RTe2, _N3, _IPA2, _CNo, _AS2, _LAED, _LSAED, _AO3, _SIo, _STo, _SLo],
  [0, 0, 4, 0, 2, 0, 0, 0, 0, 0, 4, 0, 0, [() => IPAddress, 0], 0, 0, 4, 4, () => InstanceAggregatedAssociationOverview$, 0, 0, 0]
];
var InstanceInformationFilter$ = [
  3,
  n03,
  _IIF,
  0,
  [_k, _vS],
  [0, [() => InstanceInformationFilterValueSet, 0]],
  2
];
var InstanceInformationStringFilter$ = [
  3,
  n03,
  _IISF,
  0,
  [_K3, _Va],
  [0, [() => InstanceInformationFilterValueSet, 0]],
  2
];
var InstancePatchStateFilter$ = [
  3,
  n03,
  _IPSF,
  0,
  [_K3, _Va, _Ty2],
  [0, 64 | 0, 0],
  3
];
var InstanceProperty$ = [
  3,
  n03,
  _IPns,
  0,
  [_N3, _II, _ITns, _IRn2, _KN, _ISns, _Ar2, _IPA2, _LTa, _PSi, _LPDT, _AVg, _PTla, _PNla, _PV2, _AIct, _IRa, _RD3, _RTe2, _CNo, _AS2, _LAED, _LSAED, _AO3, _SIo, _STo, _SLo, _AZ],
  [0, 0, 0, 0, 0, 0, 0, [() => IPAddress, 0], 4, 0, 4, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 4, 4, () => InstanceAggregatedAssociationOverview$, 0, 0, 0, 0]
];
var InstancePropertyFilter$ = [
  3,
  n03,
  _IPF,
  0,
  [_k, _vS],
  [0, [() => InstancePropertyFilterValueSet, 0]],
  2
];
var InstancePropertyStringFilter$ = [
  3,
  n03,
  _IPSFn,
  0,
  [_K3, _Va, _Ope],
  [0, [() => InstancePropertyFilterValueSet, 0], 0],
  2
];
var InventoryAggregator$ = [
  3,
  n03,
  _IAnv,
  0,
  [_Ex3, _Ag, _G2],
  [0, [() => InventoryAggregatorList, 0], [() => InventoryGroupList, 0]]
];
var InventoryFilter$2 = [
  3,
  n03,
  _IFn,
  0,
  [_K3, _Va, _Ty2],
  [0, [() => InventoryFilterValueList, 0], 0],
  2
];
var InventoryGroup$ = [
  3,
  n03,
  _IG,
  0,
  [_N3, _Fi3],
  [0, [() => InventoryFilterList, 0]],
  2
];
var InventoryItem$ = [
  3,
  n03,
  _IInve,
  0,
  [_TN2, _SV, _CTa, _CH, _Cont3, _Conte],
  [0, 0, 0, 0, [1, n03, _IIEL, 0, 128 | 0], 128 | 0],
  3
];
var InventoryItemAttribute$ = [
  3,
  n03,
  _IIA,
  0,
  [_N3, _DTa],
  [0, 0],
  2
];
var InventoryResultEntity$ = [
  3,
  n03,
  _IRE2,
  0,
  [_I3, _Dat],
  [0, () => InventoryResultItemMap]
];
var InventoryResultItem$ = [
  3,
  n03,
  _IRIn,
  0,
  [_TN2, _SV, _Cont3, _CTa, _CH],
  [0, 0, [1, n03, _IIEL, 0, 128 | 0], 0, 0],
  3
];
var LabelParameterVersionRequest$ = [
  3,
  n03,
  _LPVR,
  0,
  [_N3, _La2, _PVa],
  [0, 64 | 0, 1],
  2
];
var LabelParameterVersionResult$ = [
  3,
  n03,
  _LPVRa,
  0,
  [_IL2, _PVa],
  [64 | 0, 1]
];
var ListComplianceItemsRequest$ = [
  3,
  n03,
  _LCIRis,
  0,
  [_Fi3, _RIes, _RT3, _NT, _MR2],
  [[() => ComplianceStringFilterList, 0], 64 | 0, 64 | 0, 0, 1]
];
var ListInventoryEntriesResult$ = [
  3,
  n03,
  _LIERi,
  0,
  [_TN2, _II, _SV, _CTa, _En3, _NT],
  [0, 0, 0, 0, [1, n03, _IIEL, 0, 128 | 0], 0]
];
var ListNodesSummaryResult$ = [
  3,
  n03,
  _LNSRi,
  0,
  [_Sum, _NT],
  [[1, n03, _NSL, 0, 128 | 0], 0]
];
var MaintenanceWindowAutomationParameters$ = [
  3,
  n03,
  _MWAP,
  0,
  [_DV, _P3],
  [0, [2, n03, _APM, 0, 0, 64 | 0]]
];
var MaintenanceWindowFilter$ = [
  3,
  n03,
  _MWF,
  0,
  [_K3, _Va],
  [0, 64 | 0]
];
var MetadataValue$ = [
  3,
  n03,
  _MV,
  0,
  [_V3],
  [0]
];
var NodeAggregator$ = [
  3,
  n03,
  _NA,
  0,
  [_ATgg, _TN2, _ANt, _Ag],
  [0, 0, 0, [() => NodeAggregatorList, 0]],
  3
];
var NodeFilter$ = [
  3,
  n03,
  _NF2,
  0,
  [_K3, _Va, _Ty2],
  [0, [() => NodeFilterValueList, 0], 0],
  2
];
var NonCompliantSummary$ = [
  3,
  n03,
  _NCS,
  0,
  [_NCC, _SS3],
  [1, () => SeveritySummary$]
];
var NotificationConfig$ = [
  3,
  n03,
  _NC2,
  0,
  [_NAo, _NE, _NTot],
  [0, 64 | 0, 0]
];
var OpsAggregator$ = [
  3,
  n03,
  _OA2,
  0,
  [_ATgg, _TN2, _ANt, _Va, _Fi3, _Ag],
  [0, 0, 0, 128 | 0, [() => OpsFilterList, 0], [() => OpsAggregatorList, 0]]
];
var OpsEntity$ = [
  3,
  n03,
  _OE2,
  0,
  [_I3, _Dat],
  [0, () => OpsEntityItemMap]
];
var OpsEntityItem$ = [
  3,
  n03,
  _OEI,
  0,
  [_CTa, _Cont3],
  [0, [1, n03, _OEIEL, 0, 128 | 0]]
];
var OpsFilter$ = [
  3,
  n03,
  _OF3,
  0,
  [_K3, _Va, _Ty2],
  [0, [() => OpsFilterValueList, 0], 0],
  2
];
var OpsItemDataValue$ = [
  3,
  n03,
  _OIDV,
  0,
  [_V3, _Ty2],
  [0, 0]
];
var OpsItemEventFilter$ = [
  3,
  n03,
  _OIEF,
  0,
  [_K3, _Va, _Ope],
  [0, 64 | 0, 0],
  3
];
var OpsItemFilter$ = [
  3,
  n03,
  _OIFp,
  0,
  [_K3, _Va, _Ope],
  [0, 64 | 0, 0],
  3
];
var OpsItemNotification$ = [
  3,
  n03,
  _OIN,
  0,
  [_Arn2],
  [0]
];
var OpsItemRelatedItemsFilter$ = [
  3,
  n03,
  _OIRIF,
  0,
  [_K3, _Va, _Ope],
  [0, 64 | 0, 0],
  3
];
var OpsMetadataFilter$ = [
  3,
  n03,
  _OMF,
  0,
  [_K3, _Va],
  [0, 64 | 0],
  2
];
var OpsResultAttribute$ = [
  3,
  n03,
  _ORA,
  0,
  [_TN2],
  [0],
  1
];
var OutputSource$ = [
  3,
  n03,
  _OS3,
  0,
  [_OSI, _OSTu],
  [0, 0]
];
var Parameter$ = [
  3,
  n03,
  _Par2,
  0,
  [_N3, _Ty2, _V3, _Ve3, _Sel, _SRo, _LMD, _ARN, _DTa],
  [0, 0, [() => PSParameterValue, 0], 1, 0, 0, 4, 0, 0]
];
var ParameterHistory$ = [
  3,
  n03,
  _PHa,
  0,
  [_N3, _Ty2, _KI2, _LMD, _LMU2, _D3, _V3, _APl, _Ve3, _La2, _Tie2, _Po3, _DTa],
  [0, 0, 0, 4, 0, 0, [() => PSParameterValue, 0], 0, 1, 64 | 0, 0, () => ParameterPolicyList, 0]
];
var ParameterInlinePolicy$ = [
  3,
  n03,
  _PIP,
  0,
  [_PTo, _PTol, _PSo],
  [0, 0, 0]
];
var ParametersFilter$ = [
  3,
  n03,
  _PFa,
  0,
  [_K3, _Va],
  [0, 64 | 0],
  2
];
var ParameterStringFilter$ = [
  3,
  n03,
  _PSF,
  0,
  [_K3, _Opt, _Va],
  [0, 0, 64 | 0],
  1
];
var ParentStepDetails$ = [
  3,
  n03,
  _PSD,
  0,
  [_SEI, _SNt, _Ac, _It, _IV],
  [0, 0, 0, 1, 0]
];
var Patch$ = [
  3,
  n03,
  _Pat2,
  0,
  [_I3, _RDe, _Ti3, _D3, _CU, _Ven, _PFr, _Prod, _Cl, _MSs, _KNb, _MN, _Lan, _AIdv, _BIu, _CVEI, _N3, _Ep, _Ve3, _Rel, _Arc, _Se, _Rep],
  [0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64 | 0, 64 | 0, 64 | 0, 0, 1, 0, 0, 0, 0, 0]
];
var PatchFilter$ = [
  3,
  n03,
  _PFat,
  0,
  [_K3, _Va],
  [0, 64 | 0],
  2
];
var PatchFilterGroup$ = [
  3,
  n03,
  _PFG,
  0,
  [_PFatc],
  [() => PatchFilterList],
  1
];
var PatchOrchestratorFilter$ = [
  3,
  n03,
  _POF,
  0,
  [_K3, _Va],
  [0, 64 | 0]
];
var PatchRule$ = [
  3,
  n03,
  _PR,
  0,
  [_PFG, _CL2, _AAD, _AUD, _ENS],
  [() => PatchFilterGroup$, 0, 1, 0, 2],
  1
];
var PatchRuleGroup$ = [
  3,
  n03,
  _PRG,
  0,
  [_PRa],
  [() => PatchRuleList],
  1
];
var PatchSource$ = [
  3,
  n03,
  _PSat,
  0,
  [_N3, _Produ, _Con3],
  [0, 64 | 0, [() => PatchSourceConfiguration, 0]],
  3
];
var ProgressCounters$ = [
  3,
  n03,
  _PC3,
  0,
  [_TSo, _SSu, _FSa, _CSa, _TOS],
  [1, 1, 1, 1, 1]
];
var PutParameterRequest$ = [
  3,
  n03,
  _PPR,
  0,
  [_N3, _V3, _D3, _Ty2, _KI2, _Ov, _APl, _T3, _Tie2, _Po3, _DTa],
  [0, [() => PSParameterValue, 0], 0, 0, 0, 2, 0, () => TagList, 0, 0, 0],
  2
];
var PutParameterResult$ = [
  3,
  n03,
  _PPRu,
  0,
  [_Ve3, _Tie2],
  [1, 0]
];
var RelatedOpsItem$ = [
  3,
  n03,
  _ROIe,
  0,
  [_OII],
  [0],
  1
];
var RemoveTagsFromResourceRequest$ = [
  3,
  n03,
  _RTFRR,
  0,
  [_RTe2, _RI2, _TK2],
  [0, 0, 64 | 0],
  3
];
var ResolvedTargets$ = [
  3,
  n03,
  _RTes,
  0,
  [_PVar, _Tr3],
  [64 | 0, 2]
];
var ResourceComplianceSummaryItem$ = [
  3,
  n03,
  _RCSIe,
  0,
  [_CTo2, _RTe2, _RI2, _St3, _OSv, _ES3, _CSo3, _NCS],
  [0, 0, 0, 0, 0, () => ComplianceExecutionSummary$, () => CompliantSummary$, () => NonCompliantSummary$]
];
var ResourceDataSyncAwsOrganizationsSource$ = [
  3,
  n03,
  _RDSAOS,
  0,
  [_OSTr, _OUr],
  [0, () => ResourceDataSyncOrganizationalUnitList],
  1
];
var ResourceDataSyncOrganizationalUnit$ = [
  3,
  n03,
  _RDSOU,
  0,
  [_OUI],
  [0]
];
var ResourceDataSyncSource$ = [
  3,
  n03,
  _RDSS,
  0,
  [_STo, _SRou, _AOS, _IFR, _EAODS],
  [0, 64 | 0, () => ResourceDataSyncAwsOrganizationsSource$, 2, 2],
  2
];
var ResourceDataSyncSourceWithState$ = [
  3,
  n03,
  _RDSSWS,
  0,
  [_STo, _AOS, _SRou, _IFR, _S3, _EAODS],
  [0, () => ResourceDataSyncAwsOrganizationsSource$, 64 | 0, 2, 0, 2]
];
var ResultAttribute$ = [
  3,
  n03,
  _RAesu,
  0,
  [_TN2],
  [0],
  1
];
var ReviewInformation$ = [
  3,
  n03,
  _RIe2,
  0,
  [_RTev, _St3, _Rev],
  [4, 0, 0]
];
var Runbook$ = [
  3,
  n03,
  _Ru3,
  0,
  [_DN3, _DV, _P3, _TPN, _Ta3, _TM, _MC3, _ME2, _TL2],
  [0, 0, [2, n03, _APM, 0, 0, 64 | 0], 0, () => Targets, [1, n03, _TM, 0, [2, n03, _TMa, 0, 0, 64 | 0]], 0, 0, () => TargetLocations],
  1
];
var S3OutputLocation$ = [
  3,
  n03,
  _SOL,
  0,
  [_OSR, _OSBN, _OSKP],
  [0, 0, 0]
];
var SendAutomationSignalRequest$ = [
  3,
  n03,
  _SASR,
  0,
  [_AEI, _STi, _Pay2],
  [0, 0, [2, n03, _APM, 0, 0, 64 | 0]],
  2
];
var SendCommandRequest$ = [
  3,
  n03,
  _SCR,
  0,
  [_DN3, _IIn, _Ta3, _DV, _DH, _DHT, _TSi, _Co3, _P3, _OSR, _OSBN, _OSKP, _MC3, _ME2, _SRA, _NC2, _CWOC, _AC3],
  [0, 64 | 0, () => Targets, 0, 0, 0, 1, 0, [() => _Parameters, 0], 0, 0, 0, 0, 0, 0, () => NotificationConfig$, () => CloudWatchOutputConfig$, () => AlarmConfiguration$],
  1
];
var SeveritySummary$ = [
  3,
  n03,
  _SS3,
  0,
  [_CCr, _HC, _MCe2, _LC3, _ICn2, _UC],
  [1, 1, 1, 1, 1, 1]
];
var StartAssociationsOnceRequest$ = [
  3,
  n03,
  _SAOR,
  0,
  [_AIss],
  [64 | 0],
  1
];
var StartAutomationExecutionRequest$ = [
  3,
  n03,
  _SAER,
  0,
  [_DN3, _DV, _P3, _CTl3, _Mo3, _TPN, _Ta3, _TM, _MC3, _ME2, _TL2, _T3, _AC3, _TLURL],
  [0, 0, [2, n03, _APM, 0, 0, 64 | 0], 0, 0, 0, () => AutomationTargets, [1, n03, _TM, 0, [2, n03, _TMa, 0, 0, 64 | 0]], 0, 0, () => TargetLocations, () => TagList, () => AlarmConfiguration$, 0],
  1
];
var StartChangeRequestExecutionRequest$ = [
  3,
  n03,
  _SCRER,
  0,
  [_DN3, _R3, _STc, _DV, _P3, _CRN, _CTl3, _AA2, _T3, _SETc, _CDh],
  [0, () => Runbooks, 4, 0, [2, n03, _APM, 0, 0, 64 | 0], 0, 0, 2, () => TagList, 4, 0],
  2
];
var StartSessionRequest$ = [
  3,
  n03,
  _SSR2,
  0,
  [_Tar, _DN3, _Rea, _P3],
  [0, 0, 0, [2, n03, _SMP, 0, 0, 64 | 0]],
  1
];
var StepExecution$ = [
  3,
  n03,
  _SEte,
  0,
  [_SNt, _Ac, _TSi, _OFn, _MA2, _EST2, _EET, _SSt, _RCes, _Inpu, _Ou, _Res2, _FM, _WM, _FD3, _SEI, _OP3, _IE2, _NS, _ICs, _VNS, _Ta3, _TLar, _TA3, _PSD],
  [0, 0, 1, 0, 1, 4, 4, 0, 0, 128 | 0, [2, n03, _APM, 0, 0, 64 | 0], 0, 0, 0, () => FailureDetails$, 0, [2, n03, _APM, 0, 0, 64 | 0], 2, 0, 2, 64 | 0, () => Targets, () => TargetLocation$, () => AlarmStateInformationList, () => ParentStepDetails$]
];
var StepExecutionFilter$ = [
  3,
  n03,
  _SEF,
  0,
  [_K3, _Va],
  [0, 64 | 0],
  2
];
var Tag$2 = [
  3,
  n03,
  _Tag2,
  0,
  [_K3, _V3],
  [0, 0],
  2
];
var Target$ = [
  3,
  n03,
  _Tar,
  0,
  [_K3, _Va],
  [0, 64 | 0]
];
var TargetLocation$ = [
  3,
  n03,
  _TLar,
  0,
  [_Acc, _Re3, _TLMC, _TLME, _ERN, _TLAC, _ICOU, _EAx, _Ta3, _TMC, _TME],
  [64 | 0, 64 | 0, 0, 0, 0, () => AlarmConfiguration$, 2, 64 | 0, () => AutomationTargets, 0, 0]
];
var TargetPreview$ = [
  3,
  n03,
  _TPar,
  0,
  [_Cou, _TT],
  [1, 0]
];
var TargetsSummary$ = [
  3,
  n03,
  _TS3,
  0,
  [_TCo2, _SCt3, _CC3, _SCu, _FC2],
  [1, 1, 1, 1, 1]
];
var UnlabelParameterVersionRequest$ = [
  3,
  n03,
  _UPVR,
  0,
  [_N3, _PVa, _La2],
  [0, 1, 64 | 0],
  3
];
var UnlabelParameterVersionResult$ = [
  3,
  n03,
  _UPVRn,
  0,
  [_RLe, _IL2],
  [64 | 0, 64 | 0]
];
var UpdateAssociationRequest$ = [
  3,
  n03,
  _UAR2,
  0,
  [_AIs, _P3, _DV, _SE3, _OL2, _N3, _Ta3, _AN2, _AV, _ATPN, _ME2, _MC3, _CS3, _SCy, _AOACI, _CN2, _TL2, _SO2, _Du2, _TM, _AC3, _ADAR],
  [0, [() => _Parameters, 0], 0, 0, () => InstanceAssociationOutputLocation$, 0, () => Targets, 0, 0, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [1, n03, _TM, 0, [2, n03, _TMa, 0, 0, 64 | 0]], () => AlarmConfiguration$, 0],
  1
];
var UpdateOpsItemRequest$ = [
  3,
  n03,
  _UOIR,
  0,
  [_OII, _D3, _OD, _ODTD, _No2, _Pri2, _ROI, _St3, _Ti3, _Ca, _Se, _AST, _AETc, _PST, _PET, _OIA],
  [0, 0, () => OpsItemOperationalData, 64 | 0, () => OpsItemNotifications, 1, () => RelatedOpsItems, 0, 0, 0, 0, 4, 4, 4, 4, 0],
  1
];
var UpdateOpsMetadataRequest$ = [
  3,
  n03,
  _UOMR,
  0,
  [_OMA, _MTU, _KTD],
  [0, () => MetadataMap, 64 | 0],
  1
];
var UpdatePatchBaselineRequest$ = [
  3,
  n03,
  _UPBR,
  0,
  [_BI2, _N3, _GF2, _AR2, _AP3, _APCL, _APENS, _RP3, _RPA, _D3, _So, _ASUCS, _Repl],
  [0, 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 2, 64 | 0, 0, 0, [() => PatchSourceList, 0], 0, 2],
  1
];
var UpdatePatchBaselineResult$ = [
  3,
  n03,
  _UPBRp,
  0,
  [_BI2, _N3, _OSp2, _GF2, _AR2, _AP3, _APCL, _APENS, _RP3, _RPA, _CD3, _MD2, _D3, _So, _ASUCS],
  [0, 0, 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 2, 64 | 0, 0, 4, 4, 0, [() => PatchSourceList, 0], 0]
];
var AccountIdList = [
  1,
  n03,
  _AIL,
  0,
  [
    0,
    { [_xN3]: _AIc }
  ]
];
var Accounts = 64 | 0;
var AccountSharingInfoList = [
  1,
  n03,
  _ASIL,
  0,
  [
    () => AccountSharingInfo$,
    { [_xN3]: _ASI }
  ]
];
var AlarmList = [
  1,
  n03,
  _ALl2,
  0,
  () => Alarm$
];
var AlarmStateInformationList = [
  1,
  n03,
  _ASILl,
  0,
  () => AlarmStateInformation$
];
var AssociationDescriptionList = [
  1,
  n03,
  _ADL,
  0,
  [
    () => AssociationDescription$,
    { [_xN3]: _AD2 }
  ]
];
var AssociationExecutionFilterList = [
  1,
  n03,
  _AEFL,
  0,
  [
    () => AssociationExecutionFilter$,
    { [_xN3]: _AEF }
  ]
];
var AssociationExecutionsList = [
  1,
  n03,
  _AEL,
  0,
  [
    () => AssociationExecution$,
    { [_xN3]: _AE2 }
  ]
];
var AssociationExecutionTargetsFilterList = [
  1,
  n03,
  _AETFL,
  0,
  [
    () => AssociationExecutionTargetsFilter$,
    { [_xN3]: _AETF }
  ]
];
var AssociationExecutionTargetsList = [
  1,
  n03,
  _AETL,
  0,
  [
    () => AssociationExecutionTarget$,
    { [_xN3]: _AET }
  ]
];
var AssociationFilterList = [
  1,
  n03,
  _AFL,
  0,
  [
    () => AssociationFilter$,
    { [_xN3]: _AF2 }
  ]
];
var AssociationIdList = 64 | 0;
var AssociationList = [
  1,
  n03,
  _ALs,
  0,
  [
    () => Association$,
    { [_xN3]: _As }
  ]
];
var AttachmentContentList = [
  1,
  n03,
  _ACL2,
  0,
  [
    () => AttachmentContent$,
    { [_xN3]: _ACt }
  ]
];
var AttachmentInformationList = [
  1,
  n03,
  _AILt,
  0,
  [
    () => AttachmentInformation$,
    { [_xN3]: _AIt }
  ]
];
var AttachmentsSourceValues = 64 | 0;
var AutomationExecutionFilterValueList = 64 | 0;
var AutomationParameterValueList = 64 | 0;
var AutomationTargets = [
  1,
  n03,
  _ATut,
  0,
  () => Target$
];
var CalendarNameOrARNList = 64 | 0;
var CategoryEnumList = 64 | 0;
var CategoryList = 64 | 0;
var CloudConnectorFilterValues = 64 | 0;
var ComplianceItemList = [
  1,
  n03,
  _CILo,
  0,
  [
    () => ComplianceItem$,
    { [_xN3]: _Item }
  ]
];
var ComplianceResourceIdList = 64 | 0;
var ComplianceResourceTypeList = 64 | 0;
var ComplianceStringFilterList = [
  1,
  n03,
  _CSFL,
  0,
  [
    () => ComplianceStringFilter$,
    { [_xN3]: _CFo }
  ]
];
var ComplianceStringFilterValueList = [
  1,
  n03,
  _CSFVL,
  0,
  [
    0,
    { [_xN3]: _FVi }
  ]
];
var ComplianceSummaryItemList = [
  1,
  n03,
  _CSIL,
  0,
  [
    () => ComplianceSummaryItem$,
    { [_xN3]: _Item }
  ]
];
var CreateAssociationBatchRequestEntries = [
  1,
  n03,
  _CABREr,
  0,
  [
    () => CreateAssociationBatchRequestEntry$,
    { [_xN3]: _en2 }
  ]
];
var DocumentFilterList = [
  1,
  n03,
  _DFL,
  0,
  [
    () => DocumentFilter$,
    { [_xN3]: _DFo }
  ]
];
var DocumentIdentifierList = [
  1,
  n03,
  _DIL,
  0,
  [
    () => DocumentIdentifier$,
    { [_xN3]: _DIo }
  ]
];
var DocumentKeyValuesFilterValues = 64 | 0;
var DocumentParameterList = [
  1,
  n03,
  _DPLo,
  0,
  [
    () => DocumentParameter$,
    { [_xN3]: _DPo }
  ]
];
var DocumentRequiresList = [
  1,
  n03,
  _DRL,
  0,
  () => DocumentRequires$
];
var ExcludeAccounts = 64 | 0;
var FailedCreateAssociationList = [
  1,
  n03,
  _FCAL,
  0,
  [
    () => FailedCreateAssociation$,
    { [_xN3]: _FCAE }
  ]
];
var InstanceIdList = 64 | 0;
var InstanceInformationFilterList = [
  1,
  n03,
  _IIFL,
  0,
  [
    () => InstanceInformationFilter$,
    { [_xN3]: _IIF }
  ]
];
var InstanceInformationFilterValueSet = [
  1,
  n03,
  _IIFVS,
  0,
  [
    0,
    { [_xN3]: _IIFV }
  ]
];
var InstanceInformationList = [
  1,
  n03,
  _IIL,
  0,
  [
    () => InstanceInformation$,
    { [_xN3]: _IInst }
  ]
];
var InstanceInformationStringFilterList = [
  1,
  n03,
  _IISFL,
  0,
  [
    () => InstanceInformationStringFilter$,
    { [_xN3]: _IISF }
  ]
];
var InstancePatchStateFilterValues = 64 | 0;
var InstanceProperties = [
  1,
  n03,
  _IPn,
  0,
  [
    () => InstanceProperty$,
    { [_xN3]: _IPns }
  ]
];
var InstancePropertyFilterList = [
  1,
  n03,
  _IPFL,
  0,
  [
    () => InstancePropertyFilter$,
    { [_xN3]: _IPF }
  ]
];
var InstancePropertyFilterValueSet = [
  1,
  n03,
  _IPFVS,
  0,
  [
    0,
    { [_xN3]: _IPFV }
  ]
];
var InstancePropertyStringFilterList = [
  1,
  n03,
  _IPSFLn,
  0,
  [
    () => InstancePropertyStringFilter$,
    { [_xN3]: _IPSFn }
  ]
];
var InventoryAggregatorList = [
  1,
  n03,
  _IALn,
  0,
  [
    () => InventoryAggregator$,
    { [_xN3]: _Agg }
  ]
];
var InventoryFilterList = [
  1,
  n03,
  _IFL,
  0,
  [
    () => InventoryFilter$2,
    { [_xN3]: _IFn }
  ]
];
var InventoryFilterValueList = [
  1,
  n03,
  _IFVL,
  0,
  [
    0,
    { [_xN3]: _FVi }
  ]
];
var InventoryGroupList = [
  1,
  n03,
  _IGL,
  0,
  [
    () => InventoryGroup$,
    { [_xN3]: _IG }
  ]
];
var InventoryItemAttributeList = [
  1,
  n03,
  _IIAL,
  0,
  [
    () => InventoryItemAttribute$,
    { [_xN3]: _Attr }
  ]
];
var InventoryItemEntryList = [
  1,
  n03,
  _IIEL,
  0,
  128 | 0
];
var InventoryItemList = [
  1,
  n03,
  _IILn,
  0,
  [
    () => InventoryItem$,
    { [_xN3]: _Item }
  ]
];
var InventoryResultEntityList = [
  1,
  n03,
  _IREL,
  0,
  [
    () => InventoryResultEntity$,
    { [_xN3]: _Entit }
  ]
];
var KeyList = 64 | 0;
var MaintenanceWindowExecutionTaskIdList = 64 | 0;
var MaintenanceWindowFilterValues = 64 | 0;
var MetadataKeysToDeleteList = 64 | 0;
var NodeAggregatorList = [
  1,
  n03,
  _NAL,
  0,
  [
    () => NodeAggregator$,
    { [_xN3]: _NA }
  ]
];
var NodeFilterList = [
  1,
  n03,
  _NFL,
  0,
  [
    () => NodeFilter$,
    { [_xN3]: _NF2 }
  ]
];
var NodeFilterValueList = [
  1,
  n03,
  _NFVL,
  0,
  [
    0,
    { [_xN3]: _FVi }
  ]
];
var NodeSummaryList = [
  1,
  n03,
  _NSL,
  0,
  128 | 0
];
var NotificationEventList = 64 | 0;
var OpsAggregatorList = [
  1,
  n03,
  _OAL,
  0,
  [
    () => OpsAggregator$,
    { [_xN3]: _Agg }
  ]
];
var OpsEntityItemEntryList = [
  1,
  n03,
  _OEIEL,
  0,
  128 | 0
];
var OpsEntityList = [
  1,
  n03,
  _OEL,
  0,
  [
    () => OpsEntity$,
    { [_xN3]: _Entit }
  ]
];
var OpsFilterList = [
  1,
  n03,
  _OFL,
  0,
  [
    () => OpsFilter$,
    { [_xN3]: _OF3 }
  ]
];
var OpsFilterValueList = [
  1,
  n03,
  _OFVL,
  0,
  [
    0,
    { [_xN3]: _FVi }
  ]
];
var OpsItemEventFilterValues = 64 | 0;
var OpsItemFilterValues = 64 | 0;
var OpsItemNotifications = [
  1,
  n03,
  _OINp,
  0,
  () => OpsItemNotification$
];
var OpsItemOpsDataKeysList = 64 | 0;
var OpsItemParameterNamesList = 64 | 0;
var OpsItemRelatedItemsFilterValues = 64 | 0;
var OpsMetadataFilterValueList = 64 | 0;
var OpsResultAttributeList = [
  1,
  n03,
  _ORAL,
  0,
  [
    () => OpsResultAttribute$,
    { [_xN3]: _ORA }
  ]
];
var ParameterLabelList = 64 | 0;
var ParameterList = [
  1,
  n03,
  _PL2,
  0,
  [
    () => Parameter$,
    0
  ]
];
var ParameterNameList = 64 | 0;
var ParameterPolicyList = [
  1,
  n03,
  _PPLa,
  0,
  () => ParameterInlinePolicy$
];
var ParametersFilterValueList = 64 | 0;
var ParameterStringFilterValueList = 64 | 0;
var ParameterValueList = 64 | 0;
var PatchAdvisoryIdList = 64 | 0;
var PatchBugzillaIdList = 64 | 0;
var PatchCVEIdList = 64 | 0;
var PatchFilterList = [
  1,
  n03,
  _PFLa,
  0,
  () => PatchFilter$
];
var PatchFilterValueList = 64 | 0;
var PatchGroupList = 64 | 0;
var PatchIdList = 64 | 0;
var PatchOrchestratorFilterValues = 64 | 0;
var PatchPropertiesList = [
  1,
  n03,
  _PPL,
  0,
  128 | 0
];
var PatchRuleList = [
  1,
  n03,
  _PRL,
  0,
  () => PatchRule$
];
var PatchSourceList = [
  1,
  n03,
  _PSL,
  0,
  [
    () => PatchSource$,
    0
  ]
];
var PatchSourceProductList = 64 | 0;
var PlatformTypeList = [
  1,
  n03,
  _PTL,
  0,
  [
    0,
    { [_xN3]: _PTla }
  ]
];
var RegionList = 64 | 0;
var Regions = 64 | 0;
var RelatedOpsItems = [
  1,
  n03,
  _ROI,
  0,
  () => RelatedOpsItem$
];
var ResourceComplianceSummaryItemList = [
  1,
  n03,
  _RCSIL,
  0,
  [
    () => ResourceComplianceSummaryItem$,
    { [_xN3]: _Item }
  ]
];
var ResourceDataSyncOrganizationalUnitList = [
  1,
  n03,
  _RDSOUL,
  0,
  () => ResourceDataSyncOrganizationalUnit$
];
var ResourceDataSyncSourceRegionList = 64 | 0;
var ResourcePolicyParameterNamesList = 64 | 0;
var ResultAttributeList = [
  1,
  n03,
  _RAL,
  0,
  [
    () => ResultAttribute$,
    { [_xN3]: _RAesu }
  ]
];
var ReviewInformationList = [
  1,
  n03,
  _RIL,
  0,
  [
    () => ReviewInformation$,
    { [_xN3]: _RIe2 }
  ]
];
var Runbooks = [
  1,
  n03,
  _R3,
  0,
  () => Runbook$
];
var SessionManagerParameterValueList = 64 | 0;
var StepExecutionFilterValueList = 64 | 0;
var StepExecutionList = [
  1,
  n03,
  _SEL,
  0,
  () => StepExecution$
];
var StringList2 = 64 | 0;
var TagList = [
  1,
  n03,
  _TLa,
  0,
  () => Tag$2
];
var TargetLocations = [
  1,
  n03,
  _TL2,
  0,
  () => TargetLocation$
];
var TargetMaps = [
  1,
  n03,
  _TM,
  0,
  [2, n03, _TMa, 0, 0, 64 | 0]
];
var TargetMapValueList = 64 | 0;
var TargetParameterList = 64 | 0;
var TargetPreviewList = [
  1,
  n03,
  _TPL,
  0,
  () => TargetPreview$
];
var Targets = [
  1,
  n03,
  _Ta3,
  0,
  () => Target$
];
var TargetValues = 64 | 0;
var ValidNextStepList = 64 | 0;
var AssociationStatusAggregatedCount = 128 | 1;
var AutomationParameterMap = [
  2,
  n03,
  _APM,
  0,
  0,
  64 | 0
];
var ComplianceItemDetails = 128 | 0;
var InstanceAssociationStatusAggregatedCount = 128 | 1;
var InventoryItemContentContext = 128 | 0;
var InventoryItemEntry = 128 | 0;
var InventoryResultItemMap = [
  2,
  n03,
  _IRIM,
  0,
  0,
  () => InventoryResultItem$
];
var MetadataMap = [
  2,
  n03,
  _MM2,
  0,
  0,
  () => MetadataValue$
];
var NodeSummary = 128 | 0;
var NormalStringMap = 128 | 0;
var OpsAggregatorValueMap = 128 | 0;
var OpsEntityItemEntry = 128 | 0;
var OpsEntityItemMap = [
  2,
  n03,
  _OEIM,
  0,
  0,
  () => OpsEntityItem$
];
var OpsItemOperationalData = [
  2,
  n03,
  _OIOD,
  0,
  0,
  () => OpsItemDataValue$
];
var _Parameters = [
  2,
  n03,
  _P3,
  8,
  0,
  64 | 0
];
var PatchPropertyEntry = 128 | 0;
var SessionManagerParameters = [
  2,
  n03,
  _SMP,
  0,
  0,
  64 | 0
];
var StepPreviewMap = 128 | 1;
var TargetMap = [
  2,
  n03,
  _TMa,
  0,
  0,
  64 | 0
];
var GetParameter$ = [
  9,
  n03,
  _GPe,
  0,
  () => GetParameterRequest$,
  () => GetParameterResult$
];
var PutParameter$ = [
  9,
  n03,
  _PP2,
  0,
  () => PutParameterRequest$,
  () => PutParameterResult$
];

// node_modules/@aws-sdk/client-ssm/dist-es/runtimeConfig.shared.js
var getRuntimeConfig5 = (config) => {
  return {
    apiVersion: "2014-11-06",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver3,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSSMHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_1Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.ssm",
      errorTypeRegistries: errorTypeRegistries3,
      xmlNamespace: "http://ssm.amazonaws.com/doc/2014-11-06/",
      version: "2014-11-06",
      serviceTarget: "AmazonSSM"
    },
    serviceId: config?.serviceId ?? "SSM",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-ssm/dist-es/runtimeConfig.js
var getRuntimeConfig6 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig5(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default3.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-ssm/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration3 = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig3 = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-ssm/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions3 = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration3(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig3(extensionConfiguration));
};

// node_modules/@aws-sdk/client-ssm/dist-es/SSMClient.js
var SSMClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig6(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters3(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig3(_config_6);
    const _config_8 = resolveRuntimeExtensions3(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultSSMHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/p-throttle/index.js
var states = /* @__PURE__ */ new WeakMap();
var signalThrottleds = /* @__PURE__ */ new WeakMap();
var finalizationRegistry = new FinalizationRegistry(({ signalWeakRef, weakReference }) => {
  const signal = signalWeakRef.deref();
  if (!signal) {
    return;
  }
  const registration = signalThrottleds.get(signal);
  if (registration) {
    registration.throttleds.delete(weakReference);
    if (registration.throttleds.size === 0) {
      signal.removeEventListener("abort", registration.listener);
      signalThrottleds.delete(signal);
    }
  }
});
function pThrottle({ limit, interval, strict, signal, onDelay, weight }) {
  if (!Number.isFinite(limit)) {
    throw new TypeError("Expected `limit` to be a finite number");
  }
  if (!Number.isFinite(interval)) {
    throw new TypeError("Expected `interval` to be a finite number");
  }
  if (limit < 0) {
    throw new TypeError("Expected `limit` to be >= 0");
  }
  if (interval < 0) {
    throw new TypeError("Expected `interval` to be >= 0");
  }
  if (weight !== void 0 && typeof weight !== "function") {
    throw new TypeError("Expected `weight` to be a function");
  }
  if (weight && interval === 0) {
    throw new TypeError("The `weight` option cannot be used with `interval` of 0");
  }
  const state = {
    queue: /* @__PURE__ */ new Map(),
    strictTicks: [],
    // Track windowed algorithm state so it can be reset on abort
    currentTick: 0,
    activeWeight: 0
  };
  const strictCapacity = Math.max(limit, 1);
  const insertTickSorted = (tickRecord) => {
    if (state.strictTicks.length === 0 || tickRecord.time >= state.strictTicks.at(-1).time) {
      state.strictTicks.push(tickRecord);
    } else {
      const insertIndex = state.strictTicks.findIndex((tick) => tick.time > tickRecord.time);
      state.strictTicks.splice(insertIndex, 0, tickRecord);
    }
  };
  function windowedDelay(requestWeight) {
    const now = Date.now();
    if (now - state.currentTick > interval) {
      state.activeWeight = requestWeight;
      state.currentTick = now;
      return 0;
    }
    if (state.activeWeight + requestWeight <= limit) {
      state.activeWeight += requestWeight;
    } else {
      state.currentTick += interval;
      state.activeWeight = requestWeight;
    }
    return state.currentTick - now;
  }
  function weightedDelay(requestWeight, now, ticks) {
    const findBlockingTick = (time) => {
      let windowStart = 0;
      let windowWeight = 0;
      for (const [index, tick] of ticks.entries()) {
        if (tick.time >= time + interval) {
          break;
        }
        windowWeight += tick.weight;
        const windowEnd = Math.max(time, tick.time);
        while (windowStart <= index && ticks[windowStart].time <= windowEnd - interval) {
          windowWeight -= ticks[windowStart].weight;
          windowStart++;
        }
        if (windowWeight + requestWeight > limit) {
          return ticks[windowStart];
        }
      }
    };
    let nextExecutionTime = now;
    let blockingTick = findBlockingTick(nextExecutionTime);
    while (blockingTick) {
      nextExecutionTime = blockingTick.time + interval;
      blockingTick = findBlockingTick(nextExecutionTime);
    }
    const tickRecord = {
      time: nextExecutionTime,
      weight: requestWeight,
      isExecuted: false
    };
    insertTickSorted(tickRecord);
    return { delay: Math.max(0, nextExecutionTime - now), tickRecord };
  }
  function strictDelay(requestWeight) {
    const now = Date.now();
    if (state.strictTicks.length > 0 && now - state.strictTicks.at(-1).time > interval) {
      state.strictTicks.length = 0;
    }
    if (weight) {
      while (state.strictTicks.length > 0 && now - state.strictTicks[0].time >= interval) {
        state.strictTicks.shift();
      }
      return weightedDelay(requestWeight, now, state.strictTicks);
    }
    if (state.strictTicks.length < strictCapacity) {
      state.strictTicks.push({ time: now, weight: requestWeight });
      return { delay: 0 };
    }
    const oldestTime = state.strictTicks[0].time;
    const mostRecentTime = state.strictTicks.at(-1).time;
    const baseTime = oldestTime + interval;
    const minSpacing = interval > 0 ? Math.ceil(interval / strictCapacity) : 0;
    const nextExecutionTime = baseTime <= mostRecentTime ? mostRecentTime + minSpacing : baseTime;
    state.strictTicks.shift();
    const tickRecord = { time: nextExecutionTime, weight: requestWeight };
    state.strictTicks.push(tickRecord);
    return { delay: Math.max(0, nextExecutionTime - now), tickRecord };
  }
  const getDelay = strict ? strictDelay : windowedDelay;
  return (function_) => {
    const throttled = function(...arguments_) {
      if (!throttled.isEnabled) {
        return (async () => function_.apply(this, arguments_))();
      }
      let timeoutId;
      return new Promise((resolve, reject) => {
        let requestWeight = 1;
        if (weight) {
          try {
            requestWeight = weight(...arguments_);
          } catch (error) {
            reject(error);
            return;
          }
          if (!Number.isFinite(requestWeight) || requestWeight < 0) {
            reject(new TypeError("Expected `weight` to be a finite non-negative number"));
            return;
          }
          if (requestWeight > limit) {
            reject(new TypeError(`Expected \`weight\` (${requestWeight}) to be <= \`limit\` (${limit})`));
            return;
          }
        }
        const delayResult = getDelay(requestWeight);
        const delay = strict ? delayResult.delay : delayResult;
        let tickRecord = strict ? delayResult.tickRecord : void 0;
        const execute = () => {
          if (tickRecord) {
            const actualTime = Date.now();
            if (weight) {
              const index = state.strictTicks.indexOf(tickRecord);
              if (index !== -1) {
                state.strictTicks.splice(index, 1);
              }
              const executedTicks = state.strictTicks.filter((tick) => tick.isExecuted);
              const updatedDelayResult = weightedDelay(requestWeight, actualTime, executedTicks);
              tickRecord = updatedDelayResult.tickRecord;
              if (updatedDelayResult.delay > 0) {
                state.queue.delete(timeoutId);
                timeoutId = setTimeout(execute, updatedDelayResult.delay);
                state.queue.set(timeoutId, reject);
                return;
              }
              tickRecord.isExecuted = true;
            } else {
              tickRecord.time = actualTime;
            }
          }
          try {
            resolve(function_.apply(this, arguments_));
          } catch (error) {
            reject(error);
          }
          state.queue.delete(timeoutId);
        };
        if (delay > 0) {
          timeoutId = setTimeout(execute, delay);
          state.queue.set(timeoutId, reject);
          try {
            onDelay?.(...arguments_);
          } catch {
          }
        } else {
          execute();
        }
      });
    };
    signal?.throwIfAborted();
    if (signal) {
      let registration = signalThrottleds.get(signal);
      if (!registration) {
        registration = {
          throttleds: /* @__PURE__ */ new Set(),
          listener: null
        };
        registration.listener = () => {
          for (const weakReference2 of registration.throttleds) {
            const function_2 = weakReference2.deref();
            if (!function_2) {
              continue;
            }
            const functionState = states.get(function_2);
            if (!functionState) {
              continue;
            }
            for (const timeout of functionState.queue.keys()) {
              clearTimeout(timeout);
              functionState.queue.get(timeout)(signal.reason);
            }
            functionState.queue.clear();
            functionState.strictTicks.length = 0;
            functionState.currentTick = 0;
            functionState.activeWeight = 0;
          }
          signalThrottleds.delete(signal);
        };
        signalThrottleds.set(signal, registration);
        signal.addEventListener("abort", registration.listener, { once: true });
      }
      const weakReference = new WeakRef(throttled);
      registration.throttleds.add(weakReference);
      finalizationRegistry.register(throttled, {
        signalWeakRef: new WeakRef(signal),
        weakReference
      });
    }
    throttled.isEnabled = true;
    Object.defineProperty(throttled, "queueSize", {
      get() {
        return state.queue.size;
      }
    });
    states.set(throttled, state);
    return throttled;
  };
}

// src/adapters/aws.ts
function s3Endpoint(env) {
  return env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || void 0;
}
var LAMBDA_RPS = 15;
var GET_FUNCTION_RPS = 100;
var PACING_HEADROOM = 1.05;
var MAX_ATTEMPTS = 8;
var RETRY_MODE = "adaptive";
var CREDENTIALS_TIMEOUT_MS = 5e3;
var CONNECTION_TIMEOUT_MS = 1e4;
var SOCKET_TIMEOUT_MS = 6e4;
var QUIET = { debug: () => void 0, info: () => void 0, warn: () => void 0, error: () => void 0 };
function createAwsClients(opts) {
  const sockets = { keepAlive: true, maxSockets: Math.max(1, opts.concurrency) };
  const requestHandler = {
    httpAgent: new import_node_http.default.Agent(sockets),
    httpsAgent: new import_node_https.default.Agent(sockets),
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS
  };
  const common = { maxAttempts: MAX_ATTEMPTS, retryMode: RETRY_MODE, requestHandler };
  const lambdas = /* @__PURE__ */ new Map();
  const s3s = /* @__PURE__ */ new Map();
  const ssms = /* @__PURE__ */ new Map();
  return {
    lambda(region) {
      let client = lambdas.get(region);
      if (!client) {
        client = new LambdaClient({ region, ...common });
        pace(client, opts.maxRps ?? LAMBDA_RPS);
        lambdas.set(region, client);
      }
      return client;
    },
    s3(region) {
      let client = s3s.get(region);
      if (!client) {
        client = new S3Client({ region, ...common, forcePathStyle: Boolean(opts.s3Endpoint), logger: QUIET });
        s3s.set(region, client);
      }
      return client;
    },
    ssm(region) {
      let client = ssms.get(region);
      if (!client) ssms.set(region, client = new SSMClient({ region, ...common }));
      return client;
    }
  };
}
function pace(client, rps) {
  const quota = (limit) => pThrottle({ limit: 1, interval: 1e3 * PACING_HEADROOM / limit })(() => void 0);
  const control = quota(rps);
  const getFunction = quota(GET_FUNCTION_RPS);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      await (context.commandName === "GetFunctionCommand" ? getFunction() : control());
      return next(args);
    },
    { name: "lambdaQuotaPacer", step: "finalizeRequest", priority: "low" }
  );
}
function describeAwsError(error) {
  const e4 = error;
  const message = (e4.message || String(error)).replace(/\.?$/, ".");
  return e4.name && e4.name !== "Error" ? `${e4.name}: ${message}` : message;
}
function isAccessDenied(error) {
  const e4 = error;
  return e4.name === "AccessDeniedException" || e4.name === "AccessDenied" || e4.$metadata?.httpStatusCode === 403;
}
async function hasCredentials(aws, region, clock = systemClock) {
  const answered = new AbortController();
  const timeout = clock.sleep(CREDENTIALS_TIMEOUT_MS, answered.signal).then(
    () => void 0,
    () => void 0
  );
  try {
    const credentials = await Promise.race([aws.lambda(region).config.credentials(), timeout]);
    return Boolean(credentials?.accessKeyId);
  } catch {
    return false;
  } finally {
    answered.abort();
  }
}

export {
  commonParams,
  PolicyLengthExceededException,
  PreconditionFailedException,
  ResourceConflictException,
  ResourceNotFoundException,
  AddLayerVersionPermission$,
  CreateAlias$,
  DeleteAlias$,
  DeleteLayerVersion$,
  GetAlias$,
  GetFunction$,
  GetLayerVersion$,
  GetLayerVersionPolicy$,
  ListFunctions$,
  ListLayers$,
  ListLayerVersions$,
  PublishLayerVersion$,
  PublishVersion$,
  RemoveLayerVersionPermission$,
  UpdateAlias$,
  UpdateFunctionConfiguration$,
  LambdaClient,
  command,
  _ep0,
  _mw11,
  PutObject$,
  commonParams3 as commonParams2,
  ParameterNotFound,
  GetParameter$,
  PutParameter$,
  s3Endpoint,
  createAwsClients,
  describeAwsError,
  isAccessDenied,
  hasCredentials
};
//# sourceMappingURL=chunk-FJ2XK7ST.js.map
