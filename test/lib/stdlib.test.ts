// The standard-library modules of kernel/lib, tested under real CPython 3.11: each program runs
// once with CPython's own modules and once with ours in their place (run_under_cpython.py), and
// the two stdouts must agree byte for byte (or the recorded .out when there is one).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { libModules, libPackages } from '../../kernel/lib/index.ts';
import { pythonModules } from '../../kernel/vm/import.ts';
import { registerModules } from '../../kernel/modules/registry.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const runner = join(here, 'run_under_cpython.py');

function programs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.py')).sort().map((f) => join(dir, f));
}

/** The programs: ours (test/lib/py) and the recorded stdlib ones (test/py/stdlib). */
const cases = [...programs(join(here, 'py')), ...programs(join(root, 'test', 'py', 'stdlib'))];

function run(args: string[], cwd: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync('python3', ['-X', 'utf8', ...args], {
    cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PYTHONHASHSEED: '0' },
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('kernel/lib sources', () => {
  test('index.ts serves exactly the texts that run_under_cpython.py extracts', () => {
    const extracted = JSON.parse(execFileSync('python3', ['-c',
      'import json, sys; sys.path.insert(0, sys.argv[1]); import run_under_cpython as r; print(json.dumps(r.extract_sources()))',
      here]).toString()) as Record<string, string>;
    expect(Object.keys(libModules).sort()).toEqual(Object.keys(extracted).sort());
    for (const [name, source] of Object.entries(libModules)) expect(source, name).toBe(extracted[name]);
  });

  test('every module compiles under CPython', () => {
    const r = run(['-c', [
      'import sys; sys.path.insert(0, sys.argv[1]); import run_under_cpython as r',
      'for name, src in r.extract_sources().items(): compile(src, name, "exec")',
      'print("ok")'].join('\n'), here], here);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ok\n');
  });

  test('packages are the parents of the dotted names', () => {
    expect([...libPackages].sort()).toEqual(['collections', 'json']);
    for (const name of Object.keys(libModules)) {
      if (name.includes('.')) expect(libPackages.has(name.slice(0, name.lastIndexOf('.')))).toBe(true);
    }
  });

  test('registerModules puts every module into pythonModules', () => {
    registerModules();
    for (const [name, source] of Object.entries(libModules)) expect(pythonModules.get(name)).toBe(source);
  });

  test('the harness runs atexit callbacks last-in first-out at exit, as the kernel must', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stdlib-atexit-'));
    const file = join(dir, 'probe.py');
    writeFileSync(file, [
      'import atexit',
      'def f(tag): print("exit", tag)',
      'atexit.register(f, 1); atexit.register(f, 2); atexit.unregister(f)',
      'atexit.register(f, 3); atexit.register(lambda: print("lambda"))',
      'print(atexit._ncallbacks())',
    ].join('\n'));
    try {
      const ours = run([runner, file], dir);
      expect(ours.stderr).toBe('');
      expect(ours.stdout).toBe('2\nlambda\nexit 3\n');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('stdlib programs under CPython with kernel/lib modules', () => {
  for (const file of cases) {
    test(file.slice(root.length + 1), () => {
      const dir = dirname(file);
      const recorded = file.replace(/\.py$/, '.out');
      const native = run([file], dir);
      const expected = existsSync(recorded) ? readFileSync(recorded, 'utf8') : native.stdout;
      const ours = run([runner, file], dir);
      expect(ours.stdout).toBe(expected);
      expect(ours.status).toBe(native.status);
    }, 60_000);
  }
});
