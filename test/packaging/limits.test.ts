import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentProblems, MAX_DIRECT_UPLOAD, MAX_UNZIPPED, zipProblems } from '../../src/packaging/limits';
import { cleanupRepos } from '../support/repo';
import { customLayer, layerRepo, pack } from './fixture';

afterAll(cleanupRepos);

describe('contentProblems', () => {
  it('accepts up to 250 MB unzipped', () => {
    expect(MAX_UNZIPPED).toBe(262_144_000);
    expect(contentProblems(3, MAX_UNZIPPED)).toEqual([]);
  });

  it('refuses more, saying the function and all its layers share the budget', () => {
    const [problem] = contentProblems(3, MAX_UNZIPPED + 1);
    expect(problem).toMatch(/unzips to 250\.0 MB, over Lambda's 250\.0 MB limit/);
    expect(problem).toMatch(/shared by a function and all of its layers together/);
  });

  it('refuses an empty layer', () => {
    expect(contentProblems(0, 0)).toEqual([expect.stringMatching(/The layer is empty: nothing to package/)]);
  });
});

describe('zipProblems', () => {
  it('accepts up to 50 MB zipped for a direct upload', () => {
    expect(MAX_DIRECT_UPLOAD).toBe(52_428_800);
    expect(zipProblems(MAX_DIRECT_UPLOAD, undefined)).toEqual([]);
  });

  it('asks for the s3-bucket input above 50 MB', () => {
    expect(zipProblems(60 * 1024 * 1024, undefined)).toEqual([
      "The zip is 60.0 MB, over the 50.0 MB Lambda accepts in a direct upload: set the 's3-bucket' input to a bucket the " +
        "workflow can write to ('{region}' in its name is replaced per region), and the layer is published from there.",
    ]);
  });

  it('accepts any size with a bucket', () => {
    expect(zipProblems(200 * 1024 * 1024, 'acme-layers-{region}')).toEqual([]);
  });
});

describe('packageLayer limits', () => {
  it('fails a layer over 50 MB zipped without s3-bucket', async () => {
    const repo = await layerRepo();
    await mkdir(path.join(repo.dir, 'rt/dist'), { recursive: true });
    await writeFile(path.join(repo.dir, 'rt/dist/blob.bin'), randomBytes(51 * 1024 * 1024));
    await expect(pack(repo, customLayer())).rejects.toThrow(/The zip is 51\.0 MB, over the 50\.0 MB .* set the 's3-bucket' input/);
  });
});
