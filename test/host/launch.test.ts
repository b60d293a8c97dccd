// The command line's launcher (kernel/host/launch.ts, what `npm run heapbook` runs): it bundles
// the command line and the kernel into its cache folder once, and later runs use those bundles
// (the kernel with the V8 code cache its first run left); what the programs print, their exit
// status and tracebacks are the command line's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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
  return readdirSync(cache).filter((d) => existsSync(join(cache, d, 'cli.mjs'))).sort();
}

/** A bundle of other sources, last started from `ageMs` ago; it fails if it is ever run. */
function otherBundle(stamp: string, ageMs: number): void {
  const d = join(cache, stamp);
  mkdirSync(d, { recursive: true });
  writeFileSync(join(d, 'cli.mjs'), 'throw new Error("a bundle of other sources ran")\n');
  writeFileSync(join(d, 'kernel.cjs'), 'throw new Error("a kernel of other sources ran")\n');
  const t = new Date(Date.now() - ageMs);
  utimesSync(d, t, t);
}

describe('kernel/host/launch.ts', () => {
  it('bundles the command line once, then runs from the bundle; bundles of other sources are not run, and go once unused for an hour', () => {
    otherBundle('0000000000000000', 2 * 3600_000);
    otherBundle('1111111111111111', 60_000);
    expect(launch('-c', 'import sys; print(6 * 7, sys.argv)')).toEqual({ stdout: "42 ['-c']\n", stderr: '', code: 0 });
    const made = bundles().filter((b) => !b.startsWith('1111'));
    expect(made).toHaveLength(1);
    expect(made).not.toContain('0000000000000000');
    // A bundle started from a minute ago may still serve a running command line: it stays.
    expect(bundles()).toContain('1111111111111111');
    // The first run left the kernel's code cache; later runs take it and do not write it again.
    const codeCache = join(cache, made[0], 'kernel.cjs.v8cache');
    const written = statSync(codeCache).mtimeMs;
    writeFileSync(join(dir, 'prog.py'), 'import sys\nprint(sys.argv[1:])\n1 / 0\n');
    const r = launch('run', 'prog.py', 'a', 'b');
    expect(r.stdout).toBe("['a', 'b']\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Traceback (most recent call last):\n  File "${join(dir, 'prog.py')}", line 3, in <module>\n    1 / 0\n    ~~^~~\nZeroDivisionError: division by zero\n`);
    expect(bundles()).toEqual([...made, '1111111111111111'].sort());
    expect(statSync(codeCache).mtimeMs).toBe(written);
  });
});
