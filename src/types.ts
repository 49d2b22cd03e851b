// Domain types shared by the pipeline stages: config -> detect -> build -> package -> publish -> deploy -> report.
// Nothing here imports @actions/*; stages exchange these plain values.

export type LayerType = 'nodejs' | 'python' | 'runtime' | 'custom' | 'ruby';
export type Mode = 'plan' | 'publish' | 'deploy';

export interface SmokeTestConfig {
  /** Event JSON file, relative to the layer path. */
  event: string;
  handler?: string;
  /** LAMBDA_TASK_ROOT, relative to the layer path. */
  taskRoot?: string;
  /** When set, the response must equal this JSON value. */
  expect?: unknown;
  timeoutSeconds: number;
}

export interface LayerConfig {
  key: string;
  type: LayerType;
  /** Folder relative to the repository root, POSIX separators, no trailing slash. */
  path: string;
  /** Published LayerName: layerPrefix + key. */
  layerName: string;
  runtimes: string[];
  architectures: string[];
  /** Extra globs (repository-relative) that feed the fingerprint; `defaults.inputs` first. */
  inputs: string[];
  /** Globs (repository-relative) removed from the layer's inputs; `defaults.exclude` first. */
  exclude: string[];
  /** Globs (zip-root-relative) of built files left out of the zip; `defaults.slim` first. */
  slim: string[];
  license?: string;
  description?: string;
  shareWith: string[];
  build?: string;
  /** Folder relative to `path` that becomes the zip root (runtime, custom). */
  output?: string;
  smokeTest?: SmokeTestConfig;
  /** A build running longer is stopped, its whole process group killed. */
  timeoutMinutes: number;
  /** nodejs: the dependencies whose install scripts may run; every other package's are skipped. */
  allowScripts: string[];
  regions: string[];
}

export interface FunctionConfig {
  /** The key under `functions:`. */
  key: string;
  /** FunctionName as sent to Lambda: `name:`, `arn:`, or the key. */
  name: string;
  /** Managed layer keys, in the order the function should load them. */
  layers: string[];
  regions: string[];
  alias?: string;
}

export interface Config {
  /** Path of the config file relative to the repository root. */
  file: string;
  version: 1;
  layerPrefix: string;
  regions: string[];
  layers: LayerConfig[];
  functions: FunctionConfig[];
  /** Deploy also rewires functions found in the account (ListFunctions) that use a managed layer. */
  discover?: boolean;
  /** Keep each layer's current version ARN in SSM Parameter Store, as `<prefix>/<layer key>`. */
  ssm?: { prefix: string };
}

/** One problem in the configuration, located for an annotation. */
export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  /** Dotted key path, e.g. `layers.shared-deps.runtimes[1]`. */
  key: string;
  message: string;
}

/** Why a layer is affected. Empty lists everywhere means "nothing that feeds it changed". */
export interface Reasons {
  files: string[];
  /** Workspace packages in the layer's closure whose files changed. */
  packages: string[];
  /** Lockfile entries of the layer's closure that changed, as `name@old -> new`, `+name@v` or `-name@v`. */
  lockfile: string[];
  /** Normalized config keys of the layer that changed, e.g. `runtimes`. */
  config: string[];
  /** Anything else, in a sentence: no base commit, forced, no published version carries this fingerprint. */
  other: string[];
}

export interface LayerInputs {
  key: string;
  /** sha256 hex over inputs, lockfile closure, normalized config and builder version. */
  fingerprint: string;
  /** Repository-relative paths of every input file. */
  files: string[];
  /** Workspace package names in the layer's transitive closure. */
  packages: string[];
  /** Lockfile closure as `name@version` strings. */
  lockfile: string[];
}

/**
 * `no-change`: a plan from git alone (AWS not consulted) found nothing that feeds the layer changed since the base
 * commit; whether a version carries its fingerprint (`unchanged`) is not known.
 */
export type LayerStatus = 'unchanged' | 'no-change' | 'changed' | 'published' | 'reused' | 'failed';

export interface ZipInfo {
  path: string;
  /** Zipped bytes. */
  size: number;
  /** Sum of uncompressed entry sizes. */
  unzippedSize: number;
  /** base64 SHA-256 of the zip, as Lambda reports CodeSha256. */
  codeSha256: string;
  entries: number;
}

export interface LayerRegionState {
  region: string;
  status: LayerStatus;
  /** Latest version ARN before this run, if any. */
  previousArn?: string;
  previousCodeSize?: number;
  /** Version ARN whose fingerprint matches this commit (after publishing, the new one). */
  arn?: string;
  /**
   * The version at `arn` has the same zip as this fingerprint builds, proven by a rebuild: the fingerprint is recorded
   * in its policy (found there, or written by this run), so later runs do not build it.
   */
  sameZip?: boolean;
  /** Older version ARNs deleted after publishing (`keep-versions`). */
  pruned?: string[];
  /** Older version ARNs `keep-versions` would delete, kept because a function version still uses them. */
  keptInUse?: string[];
  /** Plan mode: shareWith entries the current version, or the version to publish, is not shared with yet (a publish or deploy run adds them). */
  missingGrants?: string[];
  error?: string;
  /** `ssm.prefix`: the region's parameter holding the current version ARN. */
  ssm?: SsmParameterState;
}

export interface SsmParameterState {
  name: string;
  /** Value before this run; absent when the parameter did not exist. */
  from?: string;
  /** The current version ARN (plans: `name:next` for a version to publish); absent when none exists yet. */
  to?: string;
  status: 'unchanged' | 'would-update' | 'updated' | 'failed';
  error?: string;
}

export interface LayerPlan {
  key: string;
  layerName: string;
  type: LayerType;
  status: LayerStatus;
  /** Absent in a plan from git alone, which computes none. */
  fingerprint?: string;
  reasons: Reasons;
  regions: LayerRegionState[];
  zip?: ZipInfo;
  error?: string;
  /** nodejs: packages in the layer's closure whose install scripts do not run, as `allowScripts` does not name them. */
  skippedScripts?: string[];
  /** Input files that differ from HEAD: the layer is built from the working tree, its versions labelled `uncommitted`. */
  uncommitted?: string[];
}

/** `created` and `would-create`: only on the local Lambda API, by the CLI's `--create-functions`. */
export type FunctionStatus = 'unchanged' | 'would-update' | 'would-create' | 'updated' | 'created' | 'failed' | 'rolled-back';

export interface FunctionPlan {
  key: string;
  name: string;
  region: string;
  status: FunctionStatus;
  oldLayers: string[];
  newLayers: string[];
  /** Version ARN published for `alias`, when moved. */
  aliasVersion?: string;
  /**
   * The function's `alias`: the version number it points at before this run (absent when it does not exist yet) and
   * after it; a plan's `to` is `next`, the version a deploy publishes.
   */
  alias?: { name: string; from?: string; to?: string };
  error?: string;
  /** Not in `functions`: found by `discover` because it uses a managed layer. */
  discovered?: boolean;
}

export interface BaseCommit {
  /** Resolved commit sha, absent when no base could be found (every layer is then a candidate). */
  sha?: string;
  /** Where it came from: `pull_request`, `push.before`, `previous tag`, `base-ref input`, ... */
  source: string;
  /** A sentence for the log and the summary, e.g. why a fallback was used. */
  note?: string;
}

export interface Plan {
  mode: Mode;
  /** Why this mode was chosen (auto mode) or `mode input`. */
  modeReason: string;
  commit: string;
  base: BaseCommit;
  /** False when AWS was not consulted (no credentials, e.g. fork pull requests): statuses come from git alone. */
  awsConsulted: boolean;
  layers: LayerPlan[];
  functions: FunctionPlan[];
}

/** Logging seam: implemented with @actions/core in the action, in memory in tests. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string): void;
  warning(message: string, where?: { file?: string; line?: number; column?: number }): void;
  error(message: string, where?: { file?: string; line?: number; column?: number }): void;
  /** Runs fn inside a collapsible log group, closed even when fn throws. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}
