// action.yml, the example workflows and every workflow in the README, checked with the real validator
// (@action-validator/cli, the schemas GitHub's own editors use). Files are discovered when the test runs.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const validator = path.join(root, 'node_modules', '.bin', 'action-validator');
let tmp: string;

beforeAll(async () => {
  tmp = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'lla-validate-'));
});
afterAll(async () => {
  await fs.promises.rm(tmp, { recursive: true, force: true });
});

/** The CLI picks the action schema for files named action.yml / action.yaml, the workflow schema otherwise. */
async function validate(file: string): Promise<{ code: number; output: string }> {
  try {
    await promisify(execFile)(process.execPath, [validator, file]);
    return { code: 0, output: '' };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

async function validateText(name: string, text: string) {
  const dir = await fs.promises.mkdtemp(path.join(tmp, 'case-'));
  const file = path.join(dir, name);
  await fs.promises.writeFile(file, text);
  return validate(file);
}

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** ```yaml blocks of the README that are workflows (have `jobs:`), with the line they start on. */
function readmeWorkflows(): { line: number; text: string }[] {
  const file = path.join(root, 'README.md');
  if (!fs.existsSync(file)) return [];
  const readme = fs.readFileSync(file, 'utf8');
  const blocks: { line: number; text: string }[] = [];
  for (const m of readme.matchAll(/^([ \t]*)```ya?ml[^\n]*\n([\s\S]*?)^[ \t]*```/gm)) {
    const indent = m[1].length;
    const text = m[2]
      .split('\n')
      .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
      .join('\n');
    if (/^jobs:/m.test(text)) blocks.push({ line: readme.slice(0, m.index).split('\n').length, text });
  }
  return blocks;
}

const workflows = [...yamlFiles(path.join(root, 'examples', 'workflows')), ...yamlFiles(path.join(root, '.github', 'workflows'))];
const readmeBlocks = readmeWorkflows();

describe('action.yml', () => {
  it('is a valid action running dist/index.js on node24', async () => {
    const text = fs.readFileSync(path.join(root, 'action.yml'), 'utf8');
    expect(text).toMatch(/^ {2}using: ['"]?node24['"]?\s*$/m);
    expect(text).toMatch(/^ {2}main: ['"]?dist\/index\.js['"]?\s*$/m);
    // The validator's bundled schema (0.6.0) predates GitHub's node24 runtime and lists only node12/16/20, so the
    // rest of the file is validated with that one value swapped.
    const result = await validateText('action.yml', text.replace(/^( {2}using: )['"]?node24['"]?/m, '$1node20'));
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('workflows', () => {
  it('finds the example workflows and the README workflows to check', () => {
    expect(workflows.filter((f) => f.includes(`${path.sep}examples${path.sep}`)).length).toBeGreaterThan(0);
    expect(readmeBlocks.length).toBeGreaterThan(0);
  });

  for (const file of workflows) {
    it(`${path.relative(root, file)} is a valid workflow`, async () => {
      const result = await validate(file);
      expect(result.output).toBe('');
      expect(result.code).toBe(0);
    });
  }

  for (const block of readmeBlocks) {
    it(`README.md workflow at line ${block.line} is a valid workflow`, async () => {
      const result = await validateText(`readme-line-${block.line}.yml`, block.text);
      expect(result.output).toBe('');
      expect(result.code).toBe(0);
    });
  }
});

describe('the validator itself', () => {
  it('rejects a broken workflow and a broken action, so the checks above mean something', async () => {
    const workflow = await validateText(
      'broken.yml',
      'on: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    stepz:\n      - uses: acme/lambda-layers-action@v1\n',
    );
    expect(workflow.code).toBe(1);
    expect(workflow.output).toContain("Additional property 'stepz' is not allowed");

    const action = await validateText('action.yml', 'name: x\ndescription: y\nruns:\n  using: node20\n');
    expect(action.code).toBe(1);
    expect(action.output).toContain('"actionType": "action"');
  });

  it('accepts a minimal valid workflow', async () => {
    const ok = await validateText(
      'ok.yml',
      'on: pull_request\npermissions:\n  pull-requests: write\njobs:\n  plan:\n    runs-on: ubuntu-latest\n' +
        '    steps:\n      - uses: actions/checkout@v4\n      - uses: acme/lambda-layers-action@v1\n        with:\n          mode: plan\n',
    );
    expect(ok).toEqual({ code: 0, output: '' });
  });
});
