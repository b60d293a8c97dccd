// gc.set_debug output goes where CPython's PySys_WriteStderr puts it: sys.stderr.write(), or
// the process's stderr when sys.stderr is None, missing, or its write() fails. Compared with
// python3 3.11 itself; only the elapsed time (the one nondeterministic part) is normalised.
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { runPython } from './harness.ts';

const PROGRAM = `
import gc, sys
gc.collect()
gc.freeze()
saved = sys.stderr
gc.set_debug(gc.DEBUG_STATS)
sys.stderr = None
gc.collect(0)
del sys.stderr
gc.collect(0)
class Failing:
    def write(self, s):
        raise ValueError("no")
sys.stderr = Failing()
gc.collect(0)
gc.set_debug(0)
sys.stderr = saved
print("done")
`;

/** The elapsed time, and the size of the permanent generation (start-up objects differ). */
function normalise(text: string): string {
  return text.replace(/\d+\.\d{4}s elapsed/g, 'Ts elapsed').replace(/permanent generation: \d+/g, 'permanent generation: P');
}

function cpython(source: string): { stdout: string; stderr: string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PYTHON')));
  const r = spawnSync('python3', ['-X', 'utf8', '-c', source], { encoding: 'utf8', env });
  return { stdout: r.stdout, stderr: r.stderr };
}

describe('DEBUG_STATS output without a usable sys.stderr', () => {
  test('falls back to the process stderr, line for line as python3 3.11', () => {
    const expected = cpython(PROGRAM);
    expect(expected.stdout).toBe('done\n');
    expect(expected.stderr).toMatch(/^gc: collecting generation 0\.\.\.\n/);
    const r = runPython(PROGRAM, { finalize: false });
    expect(r.stdout).toBe(expected.stdout);
    expect(normalise(r.stderr)).toBe(normalise(expected.stderr));
  });

  test('a collectable line is written whole, however long the type name (PySys_FormatStderr)', () => {
    const program = [
      'import gc, sys',
      'class Capture:',
      '    def __init__(self): self.parts = []',
      '    def write(self, s): self.parts.append(s)',
      `class ${'N'.repeat(1100)}: pass`,
      'gc.collect()',
      `x = ${'N'.repeat(1100)}()`,
      'x.self = x',
      'del x',
      'cap = Capture()',
      'saved, sys.stderr = sys.stderr, cap',
      'gc.set_debug(gc.DEBUG_COLLECTABLE)',
      'gc.collect()',
      'gc.set_debug(0)',
      'sys.stderr = saved',
      'print([(len(p), p[-14:]) for p in cap.parts])',
    ].join('\n');
    const expected = cpython(program);
    expect(expected.stdout).toMatch(/^\[\(1134, '[0-9a-f]{12}>\\n'\)\]\n$/);
    const r = runPython(program, { finalize: false }).stdout;
    // The address differs: compare the lengths.
    expect(r.replace(/[0-9a-f]{12}>/, 'ADDR>')).toBe(expected.stdout.replace(/[0-9a-f]{12}>/, 'ADDR>'));
  });
});
