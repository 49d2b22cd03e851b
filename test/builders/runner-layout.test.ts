// The layout of a GitHub-hosted Ubuntu runner, built for real: a normal user with passwordless sudo and a 0750 home
// holding the tools earlier steps set up (pnpm in ~/setup-pnpm as pnpm/action-setup leaves it, cargo in ~/.cargo/bin
// with its toolchains in ~/.rustup, a `pip install --user` tool in ~/.local, registry settings in ~/.npmrc), the
// checkout in ~/work/<repo>/<repo>. dist/index.js runs as that user and builds as the unprivileged build user, which
// must find every tool the runner's PATH finds.
import { execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLambdaApi } from '../../src/local/lambda-api';
import { runAction, visibleLog, DIST_ENTRY } from '../support/runner';
import { startRegistry, type Registry } from '../support/registry';
import { cleanupRepos, tempDir } from '../support/repo';
import { createPmMonorepo, PM_CONFIG, REGISTRY_PACKAGES } from './pm-fixture';
import { zipFileText as unzipText } from '../packaging/fixture';
import { localAwsEnv } from '../support/env';

const USER = 'lla-runner';
const HOME = `/home/${USER}`;
const SUDOERS = `/etc/sudoers.d/${USER}-test`;
const asRoot = process.getuid?.() === 0;
const sudo = (args: string[]) =>
  execFileSync(asRoot ? args[0] : 'sudo', asRoot ? args.slice(1) : ['-n', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** Root with sudo installed, or a user with passwordless sudo: what building this layout takes. */
const canSudo = (() => {
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const CONFIG = `${PM_CONFIG}  rust-rt:
    type: runtime
    path: runtimes/rust
    build: cargo build --release && mkdir -p dist && cp target/release/bootstrap dist/bootstrap
    output: dist
    runtimes: [provided.al2023]
    architectures: [x86_64]
  greet:
    type: custom
    path: layers/greet
    build: mkdir -p out && lla-greet > out/greeting.txt && cp "$HOME/.npmrc" out/npmrc.txt
    output: out
`;

/** Like rustup's proxy: runs the toolchain kept in RUSTUP_HOME, and keeps downloads in CARGO_HOME. */
const CARGO = `#!/bin/sh
set -e
toolchain="\${RUSTUP_HOME:-$HOME/.rustup}/toolchains/stable-test/lib/rustlib/version"
[ -r "$toolchain" ] || { echo "error: rustup could not choose a version of cargo to run ($toolchain)" >&2; exit 1; }
mkdir -p "\${CARGO_HOME:-$HOME/.cargo}/registry/cache"
[ "$1" = build ] || { echo "cargo: only build is supported here" >&2; exit 2; }
[ -r Cargo.toml ] || { echo "error: could not find Cargo.toml in $PWD" >&2; exit 101; }
mkdir -p target/release
printf '#!/bin/sh\\n# built by %s\\nexec true\\n' "$(cat "$toolchain")" > target/release/bootstrap
chmod 755 target/release/bootstrap
`;

/** A wheel with a console script, installed with `pip install --user` as the runner's user, without an index. */
async function greetWheel(dir: string): Promise<string> {
  const info = 'lla_greet-1.0.dist-info';
  const files: Record<string, string> = {
    'lla_greet/__init__.py': 'def main():\n    print("hello from lla-greet")\n',
    [`${info}/METADATA`]: 'Metadata-Version: 2.1\nName: lla-greet\nVersion: 1.0\n',
    [`${info}/WHEEL`]: 'Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
    [`${info}/entry_points.txt`]: '[console_scripts]\nlla-greet = lla_greet:main\n',
  };
  files[`${info}/RECORD`] = [...Object.keys(files), `${info}/RECORD`].map((f) => `${f},,`).join('\n') + '\n';
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  const wheel = path.join(dir, 'lla_greet-1.0-py3-none-any.whl');
  execFileSync('zip', ['-qr', wheel, 'lla_greet', info], { cwd: dir });
  return wheel;
}

describe.skipIf(!canSudo)(
  `a GitHub-hosted runner's layout: the runner's user with passwordless sudo, tools in its 0750 home${canSudo ? '' : ' (skipped: this machine has neither root with sudo nor passwordless sudo)'}`,
  () => {
    let registry: Registry;
    let lambda: Awaited<ReturnType<typeof startLambdaApi>>;
    let checkout: string;
    let sha: string;
    let env: Record<string, string>;
    const asUser = { name: USER, node: `${HOME}/runner/externals/node24/bin/node`, entry: `${HOME}/work/_actions/lambda-layers/dist/index.js` };

    beforeAll(async () => {
      [registry, lambda] = await Promise.all([startRegistry(REGISTRY_PACKAGES), startLambdaApi()]);
      // A run killed earlier may have left the user behind: start from a fresh one.
      try {
        sudo(['userdel', '-r', '-f', USER]);
      } catch {
        // There was none.
      }
      sudo(['useradd', '--create-home', '--shell', '/bin/bash', USER]);
      sudo(['chmod', '0750', HOME]);
      const sudoers = path.join(await tempDir('lla-sudoers-'), 'drop-in');
      await writeFile(sudoers, `${USER} ALL=(ALL) NOPASSWD:ALL\n`);
      sudo(['install', '-m', '0440', '-o', 'root', '-g', 'root', sudoers, SUDOERS]);

      // The home's content is put together here, then moved in and handed to the user.
      const staged = await tempDir('lla-home-');
      const at = (rel: string) => path.join(staged, rel);
      await mkdir(at('runner/externals/node24/bin'), { recursive: true });
      await cp(process.execPath, at('runner/externals/node24/bin/node'));
      await cp(path.dirname(DIST_ENTRY), at('work/_actions/lambda-layers/dist'), { recursive: true });
      await cp(path.resolve('node_modules/pnpm'), at('setup-pnpm/node_modules/pnpm'), { recursive: true });
      await mkdir(at('setup-pnpm/node_modules/.bin'), { recursive: true });
      await symlink('../pnpm/bin/pnpm.cjs', at('setup-pnpm/node_modules/.bin/pnpm'));
      await mkdir(at('.cargo/bin'), { recursive: true });
      await writeFile(at('.cargo/bin/cargo'), CARGO, { mode: 0o755 });
      await writeFile(at('.cargo/credentials.toml'), '[registry]\ntoken = "crates-secret-redact-me"\n', { mode: 0o600 });
      await mkdir(at('.rustup/toolchains/stable-test/lib/rustlib'), { recursive: true });
      await writeFile(at('.rustup/toolchains/stable-test/lib/rustlib/version'), 'rustc 1.99.0 (test)');
      await writeFile(
        at('.npmrc'),
        `registry=${registry.url}/\n@acme:registry=${registry.url}/\n//npm.example.com/:_authToken=npm-secret-redact-me\n` +
          `//npm.pkg.github.com/:_authToken=\${NODE_AUTH_TOKEN}\nscript-shell=/bin/evil\n`,
      );
      const wheel = await greetWheel(await tempDir('lla-wheel-'));

      // The checkout, as actions/checkout lays it out; its registry comes from ~/.npmrc only.
      const repo = await createPmMonorepo('pnpm', registry, {});
      repo.git('rm', '-q', '.npmrc');
      await repo.write({
        'lambda-layers.yml': CONFIG,
        'runtimes/rust/Cargo.toml': '[package]\nname = "bootstrap"\nversion = "0.1.0"\n',
        'runtimes/rust/src/main.rs': 'fn main() {}\n',
        'layers/greet/README.md': 'greets\n',
      });
      repo.commit('runner layout');
      sha = repo.head();
      await cp(repo.dir, at('work/mono/mono'), { recursive: true });
      for (const entry of ['runner', 'work', 'setup-pnpm', '.cargo', '.rustup', '.npmrc']) sudo(['cp', '-a', at(entry), HOME]);
      sudo(['cp', wheel, HOME]);
      sudo(['chown', '-R', `${USER}:${USER}`, HOME]);
      checkout = `${HOME}/work/mono/mono`;
      // An earlier step's private file in the checkout, as a deploy key written with chmod 600 is: no layer's input,
      // and in the build user's copy the runner's user cannot read it.
      sudo(['install', '-m', '0600', '-o', USER, '-g', USER, '/dev/null', `${checkout}/deploy_key`]);
      sudo([
        'sudo', '-n', '-u', USER, '-H', '--', '/usr/bin/python3', '-m', 'pip', 'install', '--user', '--no-index', '--quiet',
        '--break-system-packages', `${HOME}/${path.basename(wheel)}`,
      ]);
      env = {
        PATH: [`${HOME}/setup-pnpm/node_modules/.bin`, `${HOME}/.cargo/bin`, `${HOME}/.local/bin`, `${HOME}/runner/externals/node24/bin`, '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
        HOME,
        TMPDIR: '/tmp',
        PNPM_HOME: `${HOME}/setup-pnpm/node_modules/.bin`,
        RUSTUP_HOME: `${HOME}/.rustup`,
        CARGO_HOME: `${HOME}/.cargo`,
        NODE_AUTH_TOKEN: 'node-auth-token-redact-me',
        ...localAwsEnv(lambda),
      };
    }, 180_000);

    afterAll(async () => {
      await Promise.all([registry?.close(), lambda?.close()]);
      try {
        sudo(['rm', '-f', SUDOERS]);
        sudo(['userdel', '-r', '-f', USER]);
      } finally {
        await cleanupRepos();
      }
    });

    const run = (extra: Record<string, string> = {}) =>
      runAction({
        cwd: checkout,
        sha,
        eventName: 'push',
        ref: 'refs/heads/main',
        inputs: { isolate: 'always', force: 'true' },
        event: { before: '0'.repeat(40), repository: { default_branch: 'main' } },
        env: { ...env, ...extra },
        asUser,
      });

    it('publishes a pnpm layer, a runtime built with ~/.cargo/bin/cargo and a layer calling a pip --user tool', async () => {
      const result = await run();
      const log = visibleLog(result);
      expect(result.code, log).toBe(0);
      expect(log).toMatch(/Builds run as user lambda-layers-build \(uid \d+, through sudo\)/);
      expect(log).toContain(`${HOME}/setup-pnpm/node_modules`);
      expect(log).toContain(`${HOME}/.rustup`);
      const zip = (name: string) => lambda.layerVersions('us-east-1', name).at(-1)!.zip;
      expect(await unzipText(zip('t-rust-rt'), 'bootstrap')).toContain('# built by rustc 1.99.0 (test)');
      expect(await unzipText(zip('t-greet'), 'greeting.txt')).toBe('hello from lla-greet\n');
      expect(lambda.layerVersions('us-east-1', 't-api-deps')).toHaveLength(1);
      // Named with the files of the greet layer's output when its build is still writing them (they are private too).
      expect(log).toMatch(/^Left out of the staged project \(this process cannot read them, or they went while it read\): (.+, )?deploy_key(, .+)?\.$/m);
      // Registry lines and a token referenced through the environment; no token written in the file, no other key.
      const npmrc = await unzipText(zip('t-greet'), 'npmrc.txt');
      expect(npmrc).toBe(`registry=${registry.url}/\n@acme:registry=${registry.url}/\n//npm.pkg.github.com/:_authToken=\${NODE_AUTH_TOKEN}\n`);
      expect(log).toContain('withheld, as credentials written in the file');
      expect(log).toContain('//npm.example.com/:_authToken');
      expect(log).not.toContain('npm-secret-redact-me');
      expect(log).not.toContain('crates-secret-redact-me');
    }, 240_000);

    it('names a tool the build user still cannot reach, and the folder in the way, before building anything', async () => {
      // A PATH folder anyone may enter, whose pnpm links into the private home: the link's target stays out of reach.
      const links = await tempDir('lla-links-');
      await chmod(links, 0o755);
      await symlink(`${HOME}/setup-pnpm/node_modules/pnpm/bin/pnpm.cjs`, path.join(links, 'pnpm'));
      const result = await run({ PATH: `${links}:${env.PATH.split(':').slice(1).join(':')}` });
      const log = visibleLog(result);
      expect(result.code).toBe(1);
      expect(log).toContain(
        `Builds run as user lambda-layers-build, which cannot run pnpm: the runner's PATH finds it at ${links}/pnpm ` +
          `(${HOME}/setup-pnpm/node_modules/pnpm/bin/pnpm.cjs), and it is inside ${HOME}, which user lambda-layers-build ` +
          `cannot enter. Let other users enter that folder (chmod o+x ${HOME}), install pnpm outside it, or set 'isolate: never'`,
      );
      expect(log).not.toContain('$ pnpm install');
    }, 240_000);
  },
);
