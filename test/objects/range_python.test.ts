// range, slice and Ellipsis from Python: construction, indexing, slicing, iteration, errors
// Python programs run through the whole kernel (createInterpreter) and compared with the stdout
// python3 3.11.7 printed for them (recorded when this file was written). They need the builtins
// wiring described in the helper report (range, slice, Ellipsis types in the builtins module).
import { describe, expect, it } from 'vitest';
import { createInterpreter } from '../../kernel/index.ts';

interface Snippet {
  name: string;
  source: string;
  stdout: string;
}

function runPython(name: string, source: string): { stdout: string; stderr: string; code: number } {
  let stdout = '';
  let stderr = '';
  const interp = createInterpreter({
    argv: [name],
    write: (fd, text) => {
      if (fd === 1) stdout += text;
      else stderr += text;
    },
  });
  const code = interp.runMain(source.slice(1), `/snippets/${name}`);
  interp.finalize();
  return { stdout, stderr, code };
}

const SNIPPETS: Snippet[] = [
  {
    name: 'range_basics.py',
    source: `
import sys
print(range(10), range(0, 10, 2), range(5), range(-3, 2**70, 7), range(True), len(range(10, 0, -3)))
print(list(range(5)), list(range(10, 0, -3)), list(range(2**63 - 3, 2**63 + 2)), list(reversed(range(1, 10, 4))))
print(range(10)[-1], range(10, 0, -3)[2], range(10)[2:8:3], range(10)[::-1], range(0, 100, 7)[-3:1:-2], range(2**70)[5:2**69:3])
print(5 in range(10), 5 in range(0, 10, 2), 5.0 in range(10), True in range(2), 'a' in range(3), -1 in range(0, -10, -1))
print(range(0, 10, 2).count(4), range(10).count(5.0), range(0, 10, 2).index(6), range(10, 0, -2).index(4))
print(range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(3) == range(3, 0), range(3) != [0, 1, 2])
print(hash(range(0, 10, 2)), hash(range(0)) == hash(range(3, 0)), {range(3): 1}[range(0, 3)])
print(range(1, 5, 2).start, range(1, 5, 2).stop, range(1, 5, 2).step, bool(range(0)), bool(range(1)), sys.getsizeof(range(10)))
print(type(iter(range(3))).__name__, type(iter(range(2**63))).__name__, type(reversed(range(-2**63, 0))).__name__)
it = iter(range(10)); next(it); print(it.__length_hint__(), list(it)[-2:], it.__length_hint__())
it = iter(range(2**70, 2**70 + 5)); next(it); print(it.__length_hint__())
for args in [(1, 2, 0), (1.5,), (), (1, 2, 3, 4)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [lambda: range(3)[3], lambda: range(3)['a'], lambda: range(10).index(11), lambda: range(10).index('x'), lambda: len(range(2**64))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
total = 0
for i in range(100000):
    total += i
print(total, sum(range(0, 1000, 3)), max(range(7)), min(range(-5, 5)))
x = list(range(10))
print(x[1:4], x[::-2], x[slice(1, None)], x[-3:], x[:-7:-1], x[100:], x[::3])
print(slice(1, 2), slice(None), slice(1, 2, 3).indices(10), slice(None, None, -1).indices(5), slice(-2**70, 2**70).indices(10**30))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, 2, 3).start, sys.getsizeof(slice(1, 2)))
for bad in [lambda: slice(1, 2, 0).indices(3), lambda: slice('a').indices(3), lambda: slice(1).indices(-1), lambda: hash(slice(1)), lambda: x['a':], lambda: x[::0]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(..., Ellipsis, type(...).__name__, ... is Ellipsis, type(...)() is ..., sys.getsizeof(...))
`,
    stdout: `range(0, 10) range(0, 10, 2) range(0, 5) range(-3, 1180591620717411303424, 7) range(0, 1) 4
[0, 1, 2, 3, 4] [10, 7, 4, 1] [9223372036854775805, 9223372036854775806, 9223372036854775807, 9223372036854775808, 9223372036854775809] [9, 5, 1]
9 4 range(2, 8, 3) range(9, -1, -1) range(84, 7, -14) range(5, 590295810358705651712, 3)
True False True True False True
1 1 3 3
True True False True
-6143170332311272345 True 1
1 5 2 False True 48
range_iterator longrange_iterator longrange_iterator
9 [8, 9] 0
4
ValueError range() arg 3 must not be zero
TypeError 'float' object cannot be interpreted as an integer
TypeError range expected at least 1 argument, got 0
TypeError range expected at most 3 arguments, got 4
IndexError range object index out of range
TypeError range indices must be integers or slices, not str
ValueError 11 is not in range
ValueError sequence.index(x): x not in sequence
OverflowError Python int too large to convert to C ssize_t
4999950000 166833 6 -5
[1, 2, 3] [9, 7, 5, 3, 1] [1, 2, 3, 4, 5, 6, 7, 8, 9] [7, 8, 9] [9, 8, 7, 6, 5, 4] [] [0, 3, 6, 9]
slice(1, 2, None) slice(None, None, None) (1, 2, 3) (4, -1, -1) (999999998819408379282588696576, 1180591620717411303424, 1)
True True 1 56
ValueError slice step cannot be zero
TypeError slice indices must be integers or None or have an __index__ method
ValueError length should not be negative
TypeError unhashable type: 'slice'
TypeError slice indices must be integers or None or have an __index__ method
ValueError slice step cannot be zero
Ellipsis Ellipsis ellipsis True True 16
`,
  },
];

describe('range, slice and Ellipsis from Python', () => {
  for (const s of SNIPPETS) {
    it(s.name, () => {
      const r = runPython(s.name, s.source);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(s.stdout);
      expect(r.code).toBe(0);
    });
  }
});
