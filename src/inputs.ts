// Input and output names exactly as action.yml declares them, and the one place inputs are parsed.

export const Input = {
  Config: 'config',
  Mode: 'mode',
  BaseRef: 'base-ref',
  Layers: 'layers',
  Regions: 'regions',
  Force: 'force',
  S3Bucket: 's3-bucket',
  KeepVersions: 'keep-versions',
  Comment: 'comment',
  GithubToken: 'github-token',
  Concurrency: 'concurrency',
  PlanFile: 'plan-file',
  AllowForkBuilds: 'allow-fork-builds',
  Isolate: 'isolate',
} as const;

export const Output = {
  HasChanges: 'has-changes',
  ChangedLayers: 'changed-layers',
  LayerArns: 'layer-arns',
  LayerArnsByRegion: 'layer-arns-by-region',
  UpdatedFunctions: 'updated-functions',
  Matrix: 'matrix',
  Plan: 'plan',
} as const;

export const MODES = ['auto', 'plan', 'publish', 'deploy'] as const;
export type ModeInput = (typeof MODES)[number];

/** auto: isolate builds where this process is root or has passwordless sudo; always: fail where it cannot; never: don't. */
export const ISOLATE = ['auto', 'always', 'never'] as const;
export type IsolateInput = (typeof ISOLATE)[number];

export interface ActionInputs {
  config: string;
  mode: ModeInput;
  baseRef?: string;
  /** Empty: every layer. */
  layers: string[];
  /** Empty: the regions of the config file. */
  regions: string[];
  force: boolean;
  s3Bucket?: string;
  keepVersions: number;
  comment: boolean;
  githubToken?: string;
  concurrency: number;
  /** Plan mode writes the plan here; deploy mode applies exactly the plan read from here. */
  planFile?: string;
  /** Under pull_request_target or workflow_run from a fork, let modes other than plan build the fork's code. */
  allowForkBuilds: boolean;
  /** Whether builds run as an unprivileged user (builders/isolation.ts). */
  isolate: IsolateInput;
}

export class InputError extends Error {
  constructor(input: string, value: string, expected: string) {
    super(`Input '${input}' is '${value}', but it must be ${expected}.`);
    this.name = 'InputError';
  }
}

/** `get` returns the trimmed input value, '' when unset (as core.getInput does). */
export function parseInputs(get: (name: string) => string): ActionInputs {
  return {
    config: get(Input.Config) || 'lambda-layers.yml',
    mode: oneOf(Input.Mode, get(Input.Mode) || 'auto', MODES),
    baseRef: get(Input.BaseRef) || undefined,
    layers: list(get(Input.Layers)),
    regions: list(get(Input.Regions)),
    force: bool(Input.Force, get(Input.Force), false),
    s3Bucket: get(Input.S3Bucket) || undefined,
    keepVersions: int(Input.KeepVersions, get(Input.KeepVersions), 0, 0),
    comment: bool(Input.Comment, get(Input.Comment), true),
    githubToken: get(Input.GithubToken) || undefined,
    concurrency: int(Input.Concurrency, get(Input.Concurrency), 4, 1),
    planFile: get(Input.PlanFile) || undefined,
    allowForkBuilds: bool(Input.AllowForkBuilds, get(Input.AllowForkBuilds), false),
    isolate: oneOf(Input.Isolate, get(Input.Isolate) || 'auto', ISOLATE),
  };
}

function list(value: string): string[] {
  return [...new Set(value.split(/[,\n]/).map((s) => s.trim()).filter(Boolean))];
}

function oneOf<T extends string>(name: string, value: string, valid: readonly T[]): T {
  if ((valid as readonly string[]).includes(value)) return value as T;
  throw new InputError(name, value, `one of ${valid.join(', ')}`);
}

function bool(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new InputError(name, value, 'true or false');
}

function int(name: string, value: string, fallback: number, min: number): number {
  if (value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new InputError(name, value, `a whole number of at least ${min}`);
  return Number(value);
}
