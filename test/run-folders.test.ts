// The temporary folders of a run and the sweep that removes those of killed runs: a folder is removed only when its run
// is provably gone, which a pid proves only inside the PID namespace that gave it (containers sharing /tmp do not).
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { runFolder, sweepRunFolders } from '../src/run-folders';
import { cleanupRepos, tempDir } from './support/repo';

afterAll(cleanupRepos);

const PREFIX = 'lambda-layers-sh-';
const ownNamespace = /\[(\d+)\]/.exec(readlinkSync('/proc/self/ns/pid'))![1];

/** Whether a process of this namespace holds `pid`: seen in /proc, not through the code under test. */
const held = (pid: number) => existsSync(`/proc/${pid}`);

/** A pid no process holds here, from the top of the range down: what a process of another namespace may well have. */
function deadPid(): number {
  for (let pid = 32_000; pid > 1000; pid--) if (!held(pid)) return pid;
  throw new Error('no free pid below 32000');
}

/** Whether this machine lets an unprivileged process make a user and a PID namespace (util-linux's unshare). */
const canUnshare = (() => {
  try {
    execFileSync('unshare', ['-U', '-r', '-p', '-f', '--mount-proc', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('run folders', () => {
  it('name their run by pid and PID namespace; the sweep removes only folders of runs gone from this namespace', async () => {
    const temp = await tempDir('lla-folders-');
    const own = runFolder(temp, PREFIX);
    expect(path.basename(own)).toMatch(new RegExp(`^${PREFIX}${process.pid}-ns${ownNamespace}-[A-Za-z0-9]{6}$`));
    const dead = deadPid();
    const make = (name: string) => (mkdirSync(path.join(temp, name)), path.join(temp, name));
    const gone = make(`${PREFIX}${dead}-ns${ownNamespace}-aaaaaa`);
    // A folder of an earlier release, named by pid alone: judged as before.
    const older = make(`${PREFIX}${dead}-bbbbbb`);
    const running = make(`${PREFIX}${process.ppid}-ns${ownNamespace}-cccccc`);
    // The same pid in another namespace says nothing about that run: it may be working in its folder right now.
    const elsewhere = make(`${PREFIX}${dead}-ns1-dddddd`);
    const otherTool = make(`${PREFIX}x${dead}-eeeeee`);

    expect((await sweepRunFolders(temp, PREFIX)).sort()).toEqual([gone, older].sort());
    expect([own, running, elsewhere, otherTool].filter(existsSync)).toEqual([own, running, elsewhere, otherTool]);
  });

  it.skipIf(!canUnshare)('leaves the folder of a live run in another PID namespace that shares the temp folder', { timeout: 30_000 }, async () => {
    const temp = await tempDir('lla-folders-');
    const script = path.join(await tempDir('lla-folders-script-'), 'run.mts');
    writeFileSync(
      script,
      `import { runFolder } from ${JSON.stringify(path.resolve('src/run-folders.ts'))};\n` +
        `console.log(runFolder(process.argv[2], ${JSON.stringify(PREFIX)}));\n` +
        // Working in its folder until told to stop (its stdin closes).
        'process.stdin.resume();\n',
    );
    // Inside the new namespace, the run gets a pid that no process holds in this one, as a container's process would.
    const pid = deadPid();
    const other = spawn(
      'unshare',
      ['-U', '-r', '-p', '-f', '--mount-proc', 'sh', '-c', 'echo "$1" > /proc/sys/kernel/ns_last_pid && "$2" --import tsx "$3" "$4"', 'sh', String(pid - 1), process.execPath, script, temp],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    try {
      const [folder] = (await once(createInterface({ input: other.stdout! }), 'line')) as [string];
      expect(path.basename(folder)).toMatch(new RegExp(`^${PREFIX}${pid}-ns\\d+-`));
      expect(path.basename(folder)).not.toContain(`-ns${ownNamespace}-`);
      expect(held(pid)).toBe(false);

      expect(await sweepRunFolders(temp, PREFIX)).toEqual([]);
      expect(existsSync(folder)).toBe(true);
    } finally {
      other.stdin!.end();
      await new Promise((resolve) => other.once('exit', resolve));
    }
  });
});
