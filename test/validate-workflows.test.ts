// action.yml, the example workflows and every workflow in the README and docs/, checked with the real validator
// (@action-validator/cli, the schemas GitHub's own editors use). Files are discovered when the test runs.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gitEnv } from './support/git-env';

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

/** ```yaml blocks of a Markdown page that are workflows (have `jobs:`), with the line they start on. */
function markdownWorkflows(page: string): { page: string; line: number; text: string }[] {
  const file = path.join(root, page);
  if (!fs.existsSync(file)) return [];
  const markdown = fs.readFileSync(file, 'utf8');
  const blocks: { page: string; line: number; text: string }[] = [];
  for (const m of markdown.matchAll(/^([ \t]*)```ya?ml[^\n]*\n([\s\S]*?)^[ \t]*```/gm)) {
    const indent = m[1].length;
    const text = m[2]
      .split('\n')
      .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
      .join('\n');
    if (/^jobs:/m.test(text)) blocks.push({ page, line: markdown.slice(0, m.index).split('\n').length, text });
  }
  return blocks;
}

const workflows = [...yamlFiles(path.join(root, 'examples', 'workflows')), ...yamlFiles(path.join(root, '.github', 'workflows'))];
const readmeBlocks = markdownWorkflows('README.md');
const docsPages = fs.existsSync(path.join(root, 'docs')) ? fs.readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).sort() : [];
const docsBlocks = docsPages.flatMap((f) => markdownWorkflows(`docs/${f}`));

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
  it('finds the example workflows and the workflows of the README and docs/ to check', () => {
    expect(workflows.filter((f) => f.includes(`${path.sep}examples${path.sep}`)).length).toBeGreaterThan(0);
    expect(readmeBlocks.length).toBeGreaterThan(0);
    expect(docsBlocks.map((b) => b.page)).toContain('docs/workflows.md');
  });

  for (const file of workflows) {
    it(`${path.relative(root, file)} is a valid workflow`, async () => {
      const result = await validate(file);
      expect(result.output).toBe('');
      expect(result.code).toBe(0);
    });
  }

  it("the quick start's workflow is examples/workflows/layers.yml, word for word", () => {
    const example = fs.readFileSync(path.join(root, 'examples', 'workflows', 'layers.yml'), 'utf8');
    expect(readmeBlocks[0].text).toBe(example);
  });

  it('every workflow that can publish takes turns with the others of the repository, whatever its ref', () => {
    const texts = [
      ...workflows.filter((f) => f.includes(`${path.sep}examples${path.sep}`)).map((f) => ({ name: path.relative(root, f), text: fs.readFileSync(f, 'utf8') })),
      ...[...readmeBlocks, ...docsBlocks].map((b) => ({ name: `${b.page} line ${b.line}`, text: b.text })),
    ];
    // A workflow that runs only on pull requests plans; every other one may publish.
    const publishing = texts.filter(({ text }) => !/^on: pull_request\s*$/m.test(text));
    expect(publishing.length).toBeGreaterThan(3);
    for (const { name, text } of publishing) {
      const group = /^concurrency:\n\s+group: (.+)$/m.exec(text)?.[1] ?? '';
      // One group name for every publishing run: not per ref (a push to main and a tag push must not race).
      expect(group.replace(/^\$\{\{.*\|\| '(.+)' \}\}$/, '$1'), name).toBe('lambda-layers-publish');
    }
  });

  for (const block of [...readmeBlocks, ...docsBlocks]) {
    it(`${block.page} workflow at line ${block.line} is a valid workflow`, async () => {
      const result = await validateText(`${path.basename(block.page, '.md')}-line-${block.line}.yml`, block.text);
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

describe("this repository's own workflows", () => {
  const load = (name: string) => parse(fs.readFileSync(path.join(root, '.github', 'workflows', name), 'utf8'));
  const runs = (job: any) => job.steps.filter((s: any) => s.run).map((s: any) => s.run.trim());
  const setupNode = (job: any) => job.steps.find((s: any) => String(s.uses).startsWith('actions/setup-node@'));

  it('CI typechecks, tests and checks dist/ on Node 24', () => {
    const { test } = load('ci.yml').jobs;
    expect(setupNode(test).with['node-version']).toBe(24);
    expect(runs(test)).toEqual(['npm ci', 'npm run typecheck', 'npm run check-dist', 'npm test']);
  });

  it('CI self-tests this checkout of the action in plan mode on examples/monorepo', () => {
    const job = load('ci.yml').jobs['self-test'];
    const checkout = job.steps.find((s: any) => String(s.uses).startsWith('actions/checkout@'));
    const action = job.steps.find((s: any) => String(s.uses).startsWith('./'));
    expect(action.uses).toBe(`./${checkout.with.path}`);
    expect(action.with.mode).toBe('plan');
    expect(runs(job).join('\n')).toContain(`cp -r ${checkout.with.path}/examples/monorepo/. .`);
    expect(setupNode(job).with['node-version']).toBe(24);
  });

  it('a published release moves its major tag, which the script really does to a remote', async () => {
    const workflow = load('release.yml');
    expect(workflow.on).toEqual({ release: { types: ['published'] } });
    expect(workflow.permissions).toEqual({ contents: 'write' });
    const script = workflow.jobs['move-major-tag'].steps.find((s: any) => s.name === 'Move the major tag').run;

    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim();
    const origin = path.join(tmp, 'release-origin.git');
    const work = path.join(tmp, 'release-work');
    git(tmp, 'init', '-q', '--bare', '-b', 'main', origin);
    git(tmp, 'clone', '-q', origin, work);
    const commit = (message: string) => {
      git(work, 'commit', '-q', '--allow-empty', '-m', message);
      return git(work, 'rev-parse', 'HEAD');
    };
    const first = commit('1.0.0');
    git(work, 'tag', '-a', 'v1.0.0', '-m', 'v1.0.0');
    git(work, 'tag', 'v1', first);
    const second = commit('1.1.0');
    git(work, 'tag', '-a', 'v1.1.0', '-m', 'v1.1.0');
    git(work, 'push', '-q', 'origin', 'main', '--tags');

    const run = (tag: string) => execFileSync('bash', ['-e', '-c', script], { cwd: work, env: { ...gitEnv, TAG: tag }, encoding: 'utf8', stdio: 'pipe' });
    expect(run('v1.1.0')).toContain(`v1 now points at v1.1.0 (${second.slice(0, 7)})`);
    expect(git(origin, 'rev-parse', 'refs/tags/v1')).toBe(second);
    expect(() => run('v1.1')).toThrow();
    expect(git(origin, 'rev-parse', 'refs/tags/v1')).toBe(second);
  });
});
