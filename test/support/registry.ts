// A tiny npm registry on loopback: packuments and tarballs of the packages it is given, so npm, pnpm and both yarns
// resolve real semver ranges and write the lockfiles they write for a registry, with no network.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { tempDir, writeTarball } from './repo';

export interface RegistryPackage {
  manifest: { name: string; version: string } & Record<string, unknown>;
  /** Files besides package.json, relative to the package. */
  files?: Record<string, string>;
}

export interface Registry {
  /** Base URL without a trailing slash. */
  url: string;
  /** Tarball requests served, by file name: what the package managers fetched. */
  fetched: string[];
  /** A hash of every tarball it serves: equal for two registries that serve the same bytes. */
  digest: string;
  close(): Promise<void>;
}

export async function startRegistry(packages: RegistryPackage[]): Promise<Registry> {
  const dir = await tempDir('lla-registry-');
  const tarballs = new Map<string, Buffer>();
  const digest = createHash('sha256');
  const versions = new Map<string, Record<string, any>>();
  for (const { manifest, files = {} } of packages) {
    const file = `${manifest.name.replace('/', '-')}-${manifest.version}.tgz`;
    await writeTarball(dir, file, manifest, files);
    const bytes = readFileSync(path.join(dir, file));
    tarballs.set(file, bytes);
    digest.update(file).update(bytes);
    const entry = versions.get(manifest.name) ?? {};
    entry[manifest.version] = {
      ...manifest,
      dist: {
        tarball: `/${manifest.name}/-/${file}`,
        integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
        shasum: createHash('sha1').update(bytes).digest('hex'),
      },
    };
    versions.set(manifest.name, entry);
  }

  const fetched: string[] = [];
  let base = '';
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const tarball = /\/-\/([^/]+\.tgz)$/.exec(url);
    if (tarball && tarballs.has(tarball[1])) {
      fetched.push(tarball[1]);
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(tarballs.get(tarball[1]));
      return;
    }
    const entry = versions.get(url.slice(1));
    if (!entry) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    const all = Object.fromEntries(
      Object.entries(entry).map(([v, m]) => [v, { ...m, dist: { ...m.dist, tarball: `${base}${m.dist.tarball}` } }]),
    );
    const latest = Object.keys(all).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).pop();
    const time = Object.fromEntries(Object.keys(all).map((v) => [v, '2026-01-01T00:00:00.000Z']));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ name: url.slice(1), 'dist-tags': { latest }, versions: all, time }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: base, fetched, digest: digest.digest('hex'), close: () => new Promise((resolve) => server.close(() => resolve())) };
}
