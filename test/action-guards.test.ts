// dist/index.js given what names the wrong thing (a function in another account) and what it cannot use (a broken
// event file, a layer path in .git or absolute, file names no zip can hold): each fails with what to fix.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLambdaApi, type LambdaApi } from '../src/local/lambda-api';
import { cleanupRepos, createRepo, tempDir } from './support/repo';
import { runAction, visibleLog, type RunOptions } from './support/runner';
import { localAwsEnv, NOT_ISOLATED } from './support/env';

const vendor = 'arn:aws:lambda:us-east-1:999999999999:layer:vendor-tools:3';

const config = (util: { path?: string; build?: string } = {}, functions = '') => `version: 1
layerPrefix: t-
regions: [us-east-1]
layers:
  util:
    type: custom
    path: ${util.path ?? 'layers/util'}
    build: ${util.build ?? 'mkdir -p out && cp lib.txt out/'}
    output: out
${functions ? `functions:\n${functions}` : ''}`;

describe('dist/index.js refuses what names the wrong thing or cannot be used', () => {
  let lambda: LambdaApi;
  beforeAll(async () => {
    lambda = await startLambdaApi();
    lambda.addFunction('us-east-1', { name: 'api', layers: [vendor] });
  });
  afterAll(async () => {
    await lambda.close();
    await cleanupRepos();
  });

  /** `text` is the configuration, or makes it from the repository's folder. */
  const run = async (text: string | ((dir: string) => string), extra: Partial<RunOptions> = {}) => {
    const repo = await createRepo();
    await repo.write({ '.gitignore': 'out/\n', 'lambda-layers.yml': typeof text === 'string' ? text : text(repo.dir), 'layers/util/lib.txt': 'v1\n' });
    repo.commit('initial');
    const result = await runAction({
      cwd: repo.dir,
      sha: repo.head(),
      eventName: 'push',
      ref: 'refs/heads/main',
      event: {},
      env: localAwsEnv(lambda),
      inputs: NOT_ISOLATED,
      ...extra,
    });
    return { ...result, log: visibleLog(result), repo };
  };

  it('leaves a function ARN of another account alone and says whose it is', async () => {
    const arn = 'arn:aws:lambda:us-east-1:999999999999:function:api';
    const result = await run(config({}, `  api:\n    arn: ${arn}\n    layers: [util]\n`), { ref: 'refs/tags/v1' });
    expect(result.code).toBe(1);
    expect(result.log).toContain('its ARN is in account 999999999999, but the credentials are for account 123456789012');
    expect(lambda.fn('us-east-1', 'api').layers).toEqual([vendor]);
    expect(lambda.calls.filter((c) => c.op === 'UpdateFunctionConfiguration')).toEqual([]);
    expect(JSON.parse(result.outputs.plan!).functions[0]).toMatchObject({ key: 'api', status: 'failed' });
  });

  it('refuses two keys naming one function before anything is built, with both lines', async () => {
    const calls = lambda.calls.length;
    const result = await run(config({}, `  api:\n    layers: [util]\n  api-too:\n    name: api\n    layers: [util]\n`));
    expect(result.code).toBe(1);
    expect(result.log).toMatch(/lambda-layers\.yml:11:\d+ functions\.api: names function 'api' in us-east-1, as functions\.api-too does/);
    expect(result.log).toMatch(/lambda-layers\.yml:13:\d+ functions\.api-too: names function 'api' in us-east-1, as functions\.api does/);
    expect(lambda.calls.slice(calls)).toEqual([]);
  });

  describe('a bad event file', () => {
    it.each([
      ['missing', undefined, /GITHUB_EVENT_PATH names .*nowhere\.json, which cannot be read \(ENOENT\)/],
      ['not JSON', '{bad', /GITHUB_EVENT_PATH \(.*event\.json\) is not valid JSON: /],
      ['null', 'null', /GITHUB_EVENT_PATH \(.*event\.json\) holds null, not the event's JSON object/],
    ])('%s: names GITHUB_EVENT_PATH and what is wrong', async (_what, content, message) => {
      const dir = await tempDir();
      const file = path.join(dir, content === undefined ? 'nowhere.json' : 'event.json');
      if (content !== undefined) await writeFile(file, content);
      const result = await run(config(), { env: { GITHUB_EVENT_PATH: file } });
      expect(result.code).toBe(1);
      expect(result.log).toMatch(message);
      expect(result.log).not.toContain('Cannot read properties');
    });
  });

  it('refuses path: .git in the configuration, not as a missing bash', async () => {
    const result = await run(config({ path: '.git' }));
    expect(result.code).toBe(1);
    expect(result.log).toContain("layers.util.path: '.git' is inside a .git folder");
    expect(result.log).not.toContain('bash');
  });

  it('says paths are relative to the repository root for an absolute path inside it', async () => {
    const result = await run((dir) => config({ path: path.join(dir, 'layers/util') }));
    expect(result.code).toBe(1);
    expect(result.log).toContain("paths are relative to the repository root: write 'layers/util'");
  });

  it('names a file whose name is not UTF-8, escaped, and its layer', async () => {
    const result = await run(config({ build: String.raw`mkdir -p out && cp lib.txt out/ && touch "out/bad$(printf '\377').txt"` }));
    expect(result.code).toBe(1);
    expect(result.log).toContain(String.raw`Layer util: bad\xff.txt: this file name is not valid UTF-8`);
    expect(result.log).not.toContain('ENOENT');
  });

  it('names a file whose path is longer than the system allows, and its layer', async () => {
    const segment = 'd'.repeat(200);
    const build = `mkdir -p out && cp lib.txt out/ && cd out && for i in $(seq 25); do mkdir ${segment} && cd ${segment}; done && touch deep.txt`;
    const result = await run(config({ build }));
    expect(result.code).toBe(1);
    expect(result.log).toMatch(new RegExp(`Layer util: (${segment}/)+.*: its path is \\d+ bytes long, more than this system allows`));
    expect(result.log).not.toContain('ENAMETOOLONG:');
  });
});
