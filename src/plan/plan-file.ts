// Saved plans (`plan-file`): plan mode writes what it read and what it would do; a deploy given the file applies
// exactly that, like a saved Terraform plan. The checks are pure; reading and writing the file are the two I/O ends.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../crypto';
import { nextVersionArn, sameLayers, shortLayer } from '../deploy/layers';
import { Input } from '../inputs';
import type { Config, Plan } from '../types';

const FORMAT = 'lambda-layers-plan';
const FORMAT_VERSION = 1;

export interface SavedPlan {
  format: typeof FORMAT;
  formatVersion: typeof FORMAT_VERSION;
  /** GITHUB_REPOSITORY (`owner/repo`) of the plan run. */
  repository?: string;
  config: { file: string; sha256: string };
  /** The commit planned; informational (a squash or merge commit on the tag differs, the fingerprints must not). */
  commit: string;
  awsConsulted: boolean;
  layers: {
    key: string;
    layerName: string;
    fingerprint: string;
    /** Per region the version the plan expects; `name:next` when it was still to be published. */
    regions: { region: string; arn?: string }[];
  }[];
  functions: {
    key: string;
    name: string;
    region: string;
    discovered?: boolean;
    /** The layers as the plan read them from Lambda; absent when the plan could not read the function. */
    currentLayers?: string[];
    newLayers: string[];
  }[];
}

/** Hash of the normalized configuration (after the `layers`/`regions` inputs): comments and formatting do not count. */
export function configHash(config: Config): string {
  return sha256().update(JSON.stringify(config)).digest('hex');
}

export function savePlan(plan: Plan, config: Config, repository: string | undefined): SavedPlan {
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    repository,
    config: { file: config.file, sha256: configHash(config) },
    commit: plan.commit,
    awsConsulted: plan.awsConsulted,
    layers: plan.layers.map((l) => ({
      key: l.key,
      layerName: l.layerName,
      // A plan saved to a file is made with fingerprints (needsFingerprints).
      fingerprint: l.fingerprint!,
      regions: l.regions.map((r) => ({ region: r.region, arn: r.arn ?? (r.previousArn && nextVersionArn(r.previousArn)) })),
    })),
    functions: plan.functions.map((f) => ({
      key: f.key,
      name: f.name,
      region: f.region,
      ...(f.discovered ? { discovered: true } : {}),
      // A function the plan did not read (its read failed, or a layer had no version yet) has no layers to compare.
      ...(f.status !== 'failed' && f.newLayers.every((arn) => arn.startsWith('arn:')) ? { currentLayers: f.oldLayers } : {}),
      newLayers: f.newLayers,
    })),
  };
}

/** Parses and checks that the file is a plan of this repository and configuration; throws saying why it is refused. */
export function parseSavedPlan(text: string, file: string, expected: { config: Config; repository?: string }): SavedPlan {
  const refuse = (why: string, fix: string) =>
    new Error(`The '${Input.PlanFile}' ${file} is refused: ${why}. ${fix}`);
  const replan = `Run the plan again (mode: plan with ${Input.PlanFile}) on this configuration and deploy with its file.`;
  let saved: SavedPlan;
  try {
    saved = JSON.parse(text);
  } catch (error) {
    throw refuse(`it is not JSON (${(error as Error).message})`, `Pass the file that plan mode wrote.`);
  }
  if (saved?.format !== FORMAT || !Array.isArray(saved.layers) || !Array.isArray(saved.functions)) {
    throw refuse('it is not a lambda-layers plan file', 'Pass the file that plan mode wrote.');
  }
  if (saved.formatVersion !== FORMAT_VERSION) {
    throw refuse(`its format version is ${saved.formatVersion}, this action reads ${FORMAT_VERSION}`, 'Plan and deploy with the same version of the action.');
  }
  if (saved.repository && expected.repository && saved.repository !== expected.repository) {
    throw refuse(`it was made for repository ${saved.repository}, this is ${expected.repository}`, replan);
  }
  if (saved.config?.sha256 !== configHash(expected.config)) {
    throw refuse(
      `it was made from another configuration (${saved.config?.file ?? 'unknown file'}) than ${expected.config.file} ` +
        `here, with the '${Input.Layers}' and '${Input.Regions}' inputs applied`,
      replan,
    );
  }
  if (!saved.awsConsulted) {
    throw refuse('it was made without AWS credentials, so it read no function and no published version', `${replan} With AWS credentials.`);
  }
  return saved;
}

/** Throws, naming each layer whose fingerprint is not the plan's (its inputs changed since the plan), before anything changes. */
export function assertLayersAsPlanned(saved: SavedPlan, fingerprints: Map<string, string>): void {
  const drift = saved.layers.flatMap((l) => {
    const now = fingerprints.get(l.key);
    return now === l.fingerprint ? [] : [`layer ${l.key}: fingerprint ${l.fingerprint} in the plan, ${now ?? 'none'} now`];
  });
  if (drift.length === 0) return;
  throw new Error(
    `Nothing was changed: the checkout drifted from the saved plan (${Input.PlanFile}):\n  ${drift.join('\n  ')}\n` +
      `Deploy the commit that was planned, or plan this one again and deploy with its file.`,
  );
}

/** The drift check for one function about to be deployed: undefined when its layers are what the plan read. */
export function functionDrift(saved: SavedPlan, name: string, region: string): (current: string[]) => string | undefined {
  const planned = saved.functions.find((f) => f.name === name && f.region === region);
  const list = (arns: string[]) => arns.map(shortLayer).join(', ') || '(none)';
  return (current) => {
    if (!planned) return 'drifted: it is not in the saved plan; plan again to include it.';
    if (!planned.currentLayers || sameLayers(planned.currentLayers, current)) return undefined;
    return `drifted: its layers were ${list(planned.currentLayers)} in the saved plan and are ${list(current)} now; plan again.`;
  };
}

export async function writeSavedPlan(file: string, saved: SavedPlan): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(saved, null, 2)}\n`);
}

export async function readSavedPlan(file: string, expected: { config: Config; repository?: string }): Promise<SavedPlan> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(
      `The '${Input.PlanFile}' ${file} could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). ` +
        `Download the plan artifact (actions/download-artifact) before this step.`,
    );
  }
  return parseSavedPlan(text, file, expected);
}
