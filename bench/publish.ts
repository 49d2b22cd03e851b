// A publish re-run with nothing to do on the generated monorepo of bench/plan.ts (200 layers, one region): every
// layer already has a version carrying its fingerprint in the local Lambda API. dist/index.js, run as the runner
// runs it in publish mode, finds them with ListLayers (50 layers a page) and builds nothing. The baseline is the
// lookup it replaces, one ListLayerVersions per layer at the 15 requests per second every run paces itself to.
// Run alone with `npx tsx bench/publish.ts` (after `npm run build` and bench/plan.ts, which generates the repository).
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startLambdaApi } from '../src/local/lambda-api';
import { runAction } from '../test/support/runner';
import { createAwsClients } from '../src/adapters/aws';
import { createGit } from '../src/adapters/git';
import { loadConfig } from '../src/config/load';
import { detectChanges } from '../src/detect/detect';
import { publishLayer } from '../src/publish/publish';
import type { ZipInfo } from '../src/types';
import { memoryLogger } from '../test/support/logger';
import { localAwsEnv, NO_AWS_ENV } from '../test/support/env';

const RUNS = 3;
const REGION = 'us-east-1';
const QUOTA_RPS = 15;
/** The pacer's headroom (src/adapters/aws.ts): calls are spaced 5% wider than the quota. */
const PACING = 1.05;
const REPO = fileURLToPath(new URL('../.bench/plan-repo', import.meta.url));

export async function benchPublish() {
  const { repo } = JSON.parse(await readFile(path.join(REPO, '.git', 'bench-generator.json'), 'utf8'));
  const config = await loadConfig(REPO, 'lambda-layers.yml');
  const git = createGit(REPO);
  const { inputs } = await detectChanges({ repoRoot: REPO, config, git, base: { sha: repo.base, source: 'bench' }, log: memoryLogger() });

  const api = await startLambdaApi({ latencyMs: 20 });
  const saved = { ...process.env };
  try {
    Object.assign(process.env, localAwsEnv(api, REGION));
    // Seeded fast (a client paced far above the quota): an older version with another fingerprint, then this one.
    const seed = createAwsClients({ concurrency: 16, maxRps: 2000 });
    const info = await tinyZip(path.join(REPO, '.git', 'bench-layer.zip'));
    await Promise.all(
      config.layers.map(async (layer) => {
        const log = memoryLogger();
        await publishLayer(seed, REGION, layer, info, { fingerprint: '0'.repeat(64), commit: repo.base, log });
        await publishLayer(seed, REGION, layer, info, { fingerprint: inputs!.get(layer.key)!.fingerprint, commit: repo.base, log });
      }),
    );
    const action = (mode: string, withAws: boolean) =>
      runAction({
        cwd: REPO,
        eventName: 'push',
        ref: 'refs/heads/main',
        sha: repo.head,
        inputs: { mode, 'base-ref': repo.base, config: 'lambda-layers.yml', concurrency: '4', force: 'false', comment: 'false', 'keep-versions': '0' },
        env: withAws ? localAwsEnv(api, REGION) : NO_AWS_ENV,
      });
    const publish = () => action('publish', true);
    const times: number[] = [];
    const planTimes: number[] = [];
    let calls: Record<string, number> = {};
    for (let i = 0; i < RUNS; i++) {
      const planStart = performance.now();
      await action('plan', false);
      planTimes.push(performance.now() - planStart);
      const before = api.calls.length;
      const start = performance.now();
      const result = await publish();
      times.push(performance.now() - start);
      if (result.code !== 0) throw new Error(`publish failed:\n${result.stdout}\n${result.stderr}`);
      const changed = JSON.parse(result.outputs['changed-layers'] ?? '[]');
      if (changed.length > 0) throw new Error(`not a no-op: ${changed.length} layers changed`);
      calls = {};
      for (const c of api.calls.slice(before)) calls[c.op] = (calls[c.op] ?? 0) + 1;
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const seconds = (ms: number) => Math.round(ms / 10) / 100;
    const baseline = (config.layers.length * PACING) / QUOTA_RPS;
    return {
      layers: config.layers.length,
      region: REGION,
      runs: RUNS,
      noOpPublishSeconds: seconds(median(times)),
      /** The same run in plan mode without credentials: what publish adds is the AWS part. */
      planWithoutAwsSeconds: seconds(median(planTimes)),
      awsPartSeconds: seconds(median(times) - median(planTimes)),
      lambdaCalls: calls,
      /** One ListLayerVersions per layer at 15 req/s: the lookup alone, before this change. */
      perLayerLookupFloorSeconds: Math.round(baseline * 100) / 100,
    };
  } finally {
    process.env = saved;
    await api.close();
  }
}

/** A one-file zip, described as the package stage describes its zips. */
async function tinyZip(zipPath: string): Promise<ZipInfo> {
  const archive = new ZipArchive({ store: true });
  const written = pipeline(archive, createWriteStream(zipPath));
  archive.append('module.exports = 1;\n', { name: 'nodejs/index.js', date: new Date('1980-01-01T00:00:00Z') });
  await archive.finalize();
  await written;
  const bytes = await readFile(zipPath);
  return { path: zipPath, size: bytes.length, unzippedSize: 20, codeSha256: createHash('sha256').update(bytes).digest('base64'), entries: 1 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchPublish(), null, 2));
}
