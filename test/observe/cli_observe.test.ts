// The command line's diagrams and trace: `run FILE.py --diagram out.svg [--step N] [--view V]
// [--theme T]` writes an SVG and leaves the program's output as python3's; `--trace` prints the
// heap events on stderr; bad flags are usage errors.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const cli = join(root, 'kernel', 'host', 'cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'cli-observe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PROGRAM = `import gc
a = [1, 2, 3]
b = a
class Node:
    pass
n = Node()
n.me = n
del n
print('collected', gc.collect())
`;
writeFileSync(join(dir, 'prog.py'), PROGRAM);

function heapbook(...args: string[]): { stdout: string; stderr: string; code: number | null } {
  // The repository's Node first (the CLI's kernel worker needs Node 22 or later); INIT_CWD, set
  // by npm to the folder a command was typed in, is where the CLI looks for files.
  const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, INIT_CWD: dir };
  const r = spawnSync(tsx, [cli, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

describe('heapbook run FILE.py --diagram / --trace', () => {
  it('writes the last step’s heap diagram; the program prints what it prints', () => {
    const r = heapbook('run', 'prog.py', '--diagram', 'out.svg');
    expect(r).toEqual({ stdout: 'collected 1\n', stderr: '', code: 0 });
    const svg = readFileSync(join(dir, 'out.svg'), 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toMatch(/<title[^>]*>Heap at step \d+: 1 frame/);
  });

  it('draws the step asked for (negative from the end), the gc view, a dark theme', () => {
    const first = heapbook('run', 'prog.py', '--diagram', 'first.svg', '--step', '0');
    expect(first.code).toBe(0);
    expect(readFileSync(join(dir, 'first.svg'), 'utf8')).toMatch(/<title[^>]*>Heap at step 0/);
    const gcView = heapbook('run', 'prog.py', '--diagram', 'gc.svg', '--view', 'gc', '--theme', 'dark');
    expect(gcView.code).toBe(0);
    expect(readFileSync(join(dir, 'gc.svg'), 'utf8')).toContain('done');
    const alloc = heapbook('run', 'prog.py', '--diagram', 'alloc.svg', '--view', 'allocator', '--step', '-2');
    expect(alloc.code).toBe(0);
    expect(readFileSync(join(dir, 'alloc.svg'), 'utf8')).toContain('pymalloc');
  });

  it('--fine records the steps inside the lines too', () => {
    const stepOf = (file: string): number => Number(/<title[^>]*>Heap at step (\d+)/.exec(readFileSync(join(dir, file), 'utf8'))![1]);
    expect(heapbook('run', 'prog.py', '--diagram', 'lines.svg').code).toBe(0);
    const fine = heapbook('run', 'prog.py', '--diagram', 'fine.svg', '--fine');
    expect(fine).toEqual({ stdout: 'collected 1\n', stderr: '', code: 0 });
    expect(stepOf('fine.svg')).toBeGreaterThan(stepOf('lines.svg') + 6);
  });

  it('says why when there is nothing to draw, and writes no file', () => {
    const r = heapbook('run', 'prog.py', '--diagram', 'none.svg', '--step', '999');
    expect(r.stdout).toBe('collected 1\n');
    expect(r.stderr).toMatch(/^heapbook: no diagram written: --step 999 is outside the \d+ recorded steps/);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'none.svg'))).toBe(false);
  });

  it('--trace prints one event per line on stderr, stdout unchanged', () => {
    const r = heapbook('run', 'prog.py', '--trace');
    expect(r.stdout).toBe('collected 1\n');
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toContain('line 2 (frame 1)');
    expect(lines.some((l) => /^alloc 0x[0-9a-f]+ list \(\d+ bytes\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /^incref 0x[0-9a-f]+ → 2 \(LOAD_NAME a\)$/.test(l))).toBe(true);
    expect(lines).toContain('gc update_refs (generation 2)');
    expect(lines).toContain('gc done (generation 2): 1 collected, 0 uncollectable');
    expect(lines.some((l) => /^dealloc 0x[0-9a-f]+ Node$/.test(l))).toBe(true);
  });

  it('rejects bad flags as usage errors', () => {
    expect(heapbook('run', 'prog.py', '--view', 'heap').code).toBe(2);
    expect(heapbook('run', 'prog.py', '--diagram', 'x.svg', '--view', 'nope').stderr).toContain('--view expects heap, allocator or gc');
    expect(heapbook('--trace').code).toBe(2);
    expect(heapbook('--help').stdout).toContain('--diagram OUT.svg');
  });

  it('passes flags after -- to the script', () => {
    writeFileSync(join(dir, 'argv.py'), 'import sys\nprint(sys.argv[1:])\n');
    expect(heapbook('run', 'argv.py', '--', '--trace').stdout).toBe("['--trace']\n");
  });
});
