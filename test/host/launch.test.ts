// The command line's launcher (kernel/host/launch.ts, what `npm run heapbook` runs): it bundles
// the command line into its cache folder once, and later runs use that bundle; what the
// programs print, their exit status and tracebacks are the command line's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const launcher = join(root, 'kernel', 'host', 'launch.ts');
const dir = mkdtempSync(join(tmpdir(), 'heapbook-launch-'));
const cache = join(dir, 'cache');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function launch(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, HEAPBOOK_CACHE: cache };
  delete env.INIT_CWD;
  const r = spawnSync(process.execPath, [launcher, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** The bundles in the cache folder (one folder per stamp of the sources). */
function bundles(): string[] {
  return readdirSync(cache).filter((d) => existsSync(join(cache, d, 'cli.mjs')));
}

describe('kernel/host/launch.ts', () => {
  it('bundles the command line once, then runs from the bundle; a bundle of other sources is not run, and goes', () => {
    mkdirSync(join(cache, '0000000000000000'), { recursive: true });
    writeFileSync(join(cache, '0000000000000000', 'cli.mjs'), 'throw new Error("a stale bundle ran")\n');
    expect(launch('-c', 'import sys; print(6 * 7, sys.argv)')).toEqual({ stdout: "42 ['-c']\n", stderr: '', code: 0 });
    const made = bundles();
    expect(made).toHaveLength(1);
    expect(made).not.toContain('0000000000000000');
    writeFileSync(join(dir, 'prog.py'), 'import sys\nprint(sys.argv[1:])\n1 / 0\n');
    const r = launch('run', 'prog.py', 'a', 'b');
    expect(r.stdout).toBe("['a', 'b']\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Traceback (most recent call last):\n  File "${join(dir, 'prog.py')}", line 3, in <module>\n    1 / 0\n    ~~^~~\nZeroDivisionError: division by zero\n`);
    expect(bundles()).toEqual(made);
  });
});
