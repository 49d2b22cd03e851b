// A ruby layer's Gemfile.lock tracked like npm lockfile entries: parsed, closed over from DEPENDENCIES, and a gem
// bump reported as `name@old -> new` on the layer whose Gemfile.lock moved, in a real git repository.
import { afterAll, describe, expect, it } from 'vitest';
import { gemClosure, parseGemfileLock } from '../../../src/detect/lockfiles/gemfile';
import type { Config } from '../../../src/types';
import { cleanupRepos, createRepo } from '../../support/repo';
import { changedLayers, detect, layer } from '../fixture';

const LOCK = `GIT
  remote: https://github.com/acme/fork-of-thor.git
  revision: 0123456789abcdef0123456789abcdef01234567
  specs:
    thor (1.3.0)

PATH
  remote: vendor/local-helpers
  specs:
    local-helpers (0.1.0)
      rack (>= 2)

GEM
  remote: https://rubygems.org/
  specs:
    aws-eventstream (1.3.0)
    aws-sigv4 (1.8.0)
      aws-eventstream (~> 1, >= 1.0.2)
    nokogiri (1.16.0-aarch64-linux)
      racc (~> 1.4)
    nokogiri (1.16.0-x86_64-linux)
      racc (~> 1.4)
    racc (1.7.3)
    rack (3.0.8)
    unused (9.9.9)

PLATFORMS
  aarch64-linux
  x86_64-linux

DEPENDENCIES
  aws-sigv4 (~> 1.8)
  local-helpers!
  nokogiri
  thor!

CHECKSUMS
  aws-sigv4 (1.8.0) sha256=aaaa
  rack (3.0.8) sha256=bbbb

BUNDLED WITH
   2.5.3
`;

describe('Gemfile.lock', () => {
  it('reads GEM, GIT and PATH specs with their sources and dependencies, DEPENDENCIES and CHECKSUMS', () => {
    const lock = parseGemfileLock(LOCK);
    expect(lock.dependencies).toEqual(['aws-sigv4', 'local-helpers', 'nokogiri', 'thor']);
    expect(lock.specs.find((s) => s.name === 'thor')).toEqual({
      name: 'thor',
      version: '1.3.0',
      source: 'git https://github.com/acme/fork-of-thor.git#0123456789abcdef0123456789abcdef01234567',
      dependencies: [],
    });
    expect(lock.specs.find((s) => s.name === 'local-helpers')).toMatchObject({ source: 'path vendor/local-helpers', dependencies: ['rack'] });
    expect(lock.specs.find((s) => s.name === 'aws-sigv4')).toMatchObject({ source: 'https://rubygems.org/', dependencies: ['aws-eventstream'] });
    expect(lock.checksums.get('rack@3.0.8')).toBe('sha256=bbbb');
  });

  it("closes over the Gemfile's dependencies, every platform of a gem included, and nothing else", () => {
    const closure = gemClosure(parseGemfileLock(LOCK));
    expect(closure.map((e) => e.path)).toEqual([
      'aws-eventstream@1.3.0',
      'aws-sigv4@1.8.0',
      'local-helpers@0.1.0',
      'nokogiri@1.16.0-aarch64-linux',
      'nokogiri@1.16.0-x86_64-linux',
      'racc@1.7.3',
      'rack@3.0.8',
      'thor@1.3.0',
    ]);
    expect(closure.find((e) => e.name === 'aws-sigv4')).toMatchObject({ integrity: 'sha256=aaaa', resolved: 'https://rubygems.org/' });
  });

  it('reads CRLF files the same', () => {
    expect(gemClosure(parseGemfileLock(LOCK.replace(/\n/g, '\r\n')))).toEqual(gemClosure(parseGemfileLock(LOCK)));
  });
});

describe('ruby layers in change detection', () => {
  afterAll(cleanupRepos);
  const config: Config = {
    file: 'lambda-layers.yml',
    version: 1,
    layerPrefix: '',
    regions: ['us-east-1'],
    layers: [
      layer('api-gems', 'ruby', 'layers/api-gems', { runtimes: ['ruby3.3'] }),
      layer('jobs-gems', 'ruby', 'layers/jobs-gems', { runtimes: ['ruby3.3'] }),
    ],
    functions: [],
  };
  const lockOf = (rack: string) =>
    `GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (${rack})\n    rack-test (2.1.0)\n      rack (>= 1.3)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  rack-test\n\nBUNDLED WITH\n   2.3.15\n`;

  it('lists the closure as lockfile entries, and a gem bump names the gem on that layer alone', async () => {
    const repo = await createRepo({
      files: {
        'layers/api-gems/Gemfile': 'source "https://rubygems.org"\ngem "rack-test"\n',
        'layers/api-gems/Gemfile.lock': lockOf('3.0.8'),
        'layers/jobs-gems/Gemfile': 'source "https://rubygems.org"\ngem "rack-test"\n',
        'layers/jobs-gems/Gemfile.lock': lockOf('3.0.8'),
      },
    });
    const before = await detect(repo, 'HEAD', config);
    expect(before.inputs.get('api-gems')!.lockfile).toEqual(['rack-test@2.1.0', 'rack@3.0.8']);

    await repo.write({ 'layers/api-gems/Gemfile.lock': lockOf('3.0.9') });
    repo.commit('bump rack for the API');
    const after = await detect(repo, 'HEAD~1', config);
    expect(changedLayers(after)).toEqual(['api-gems']);
    expect(after.reasons.get('api-gems')).toMatchObject({ files: [], lockfile: ['rack@3.0.8 -> 3.0.9'] });
    expect(after.inputs.get('api-gems')!.fingerprint).not.toBe(before.inputs.get('api-gems')!.fingerprint);
    expect(after.inputs.get('jobs-gems')!.fingerprint).toBe(before.inputs.get('jobs-gems')!.fingerprint);

    // A change to the lockfile that moves no gem still shows, as the file.
    await repo.write({ 'layers/api-gems/Gemfile.lock': lockOf('3.0.9').replace('2.3.15', '2.5.3') });
    repo.commit('bundler update');
    const bundlerOnly = await detect(repo, 'HEAD~1', config);
    expect(bundlerOnly.reasons.get('api-gems')).toMatchObject({ files: ['layers/api-gems/Gemfile.lock'], lockfile: [] });
  });
});
