// set and frozenset from Python: literals, methods, operators, errors, subclasses, __del__ order
// Python programs run through the whole kernel (createInterpreter) and compared with the stdout
// python3 3.11.7 printed for them (recorded when this file was written). They need the builtins
// wiring described in the helper report (set, frozenset types in the builtins module).
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
    name: 'set_basics.py',
    source: `
# set / frozenset behaviour (ints only: int hashes are not randomised)
import sys
s = {3, 1, 2}
print(s, {100, 5, 37}, set(), frozenset(), frozenset({1}), {1, 2, 3, 4, 5})
print(sys.getsizeof(set()), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set(range(10))), sys.getsizeof(frozenset(range(5))))
t = set()
sizes = []
for i in range(100):
    t.add(i * 37 % 101)
    sizes.append(sys.getsizeof(t))
print(sorted(set(sizes)), list(t)[:12])
for i in range(0, 100, 3):
    t.discard(i)
print(len(t), sys.getsizeof(t), list(t)[:10])
t.clear()
print(t, sys.getsizeof(t))
a = {1, 2, 3, 50, 60}
b = {3, 4, 5, 6, 7, 8, 9, 10, 99}
print(a | b, b | a, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union(b, [1000]), a.intersection(b, range(4)), a.difference(b, [1]), a.symmetric_difference([2, 3, 77]))
c = set(a); c |= b; print(c)
c = set(a); c &= b; print(c)
c = set(a); c -= b; print(c)
c = set(a); c ^= b; print(c)
c = set(a); c.update([7, 8], (9,)); c.intersection_update(range(9)); print(c)
c = set(range(20)); c.difference_update(range(15), [17]); print(c, sys.getsizeof(c))
c = set(range(10)); c.symmetric_difference_update({5, 50}); print(c)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1, 2} >= {3}, {1} == frozenset({1}), {1} != {2})
print({1, 2}.issubset(range(5)), {1, 9}.issubset([1, 2]), {1, 2, 3}.issuperset([1]), {1}.isdisjoint([2]), {1}.isdisjoint({1}))
f = frozenset([1, 2])
print(f.copy() is f, frozenset(f) is f, frozenset() is frozenset(), type(f | {3}), type({3} | f), f & {2})
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({-1, 2**70})))
s = {frozenset({1, 2})}
print({1, 2} in s, set() in s, {2, 1} in s)
s.discard({1, 2})
print(s)
s = {5, 3, 9, 1, 7, 100, 64, 32}
print([s.pop() for _ in range(5)], s)
try:
    set().pop()
except KeyError as e:
    print(repr(e))
try:
    {1}.remove(2)
except KeyError as e:
    print(repr(e))
try:
    {1}.remove(set())
except KeyError as e:
    print(repr(e))
try:
    {[]}
except TypeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
it = iter({1, 2, 3})
print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__)
try:
    set(1, 2)
except TypeError as e:
    print(e)
try:
    set(a=1)
except TypeError as e:
    print(e)
try:
    frozenset(1)
except TypeError as e:
    print(e)
try:
    {1} + {2}
except TypeError as e:
    print(e)
try:
    s = {1}
    s |= [2]
except TypeError as e:
    print(e)
print({x % 7 for x in range(30)}, set(dict.fromkeys([5, 100, 37, 64, 8, 1])), set([3, 3, 1]))
`,
    stdout: `{1, 2, 3} {5, 100, 37} set() frozenset() frozenset({1}) {1, 2, 3, 4, 5}
216 472 728 728
[216, 728, 2264, 8408] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
66 8408 [1, 2, 4, 5, 7, 8, 10, 11, 13, 14]
set() 216
{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 99, 50, 60} {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 99, 50, 60} {3} {1, 2, 50, 60} {99, 4, 5, 6, 7, 8, 9, 10} {1, 2, 4, 5, 6, 7, 8, 9, 10, 99, 50, 60} {1, 2, 4, 5, 6, 7, 8, 9, 10, 99, 50, 60}
{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 99, 1000, 50, 60} {3} {2, 50, 60} {1, 77, 50, 60}
{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 99, 50, 60}
{3}
{1, 2, 50, 60}
{1, 2, 4, 5, 6, 7, 8, 9, 10, 99, 50, 60}
{1, 2, 3, 7, 8}
{15, 16, 18, 19} 2264
{0, 1, 2, 3, 4, 6, 7, 8, 9, 50}
True True True False True True
True False True True False
True True False <class 'frozenset'> <class 'set'> frozenset({2})
-272375401224217160 133146708735736 -5538490020596840296
True False True
set()
[64, 1, 32, 3, 100] {5, 7, 9}
KeyError('pop from an empty set')
KeyError(2)
KeyError(set())
unhashable type: 'list'
unhashable type: 'set'
Set changed size during iteration
3 1 2 set_iterator
set expected at most 1 argument, got 2
set() takes no keyword arguments
'int' object is not iterable
unsupported operand type(s) for +: 'set' and 'set'
unsupported operand type(s) for |=: 'set' and 'list'
{0, 1, 2, 3, 4, 5, 6} {64, 1, 100, 5, 37, 8} {1, 3}
`,
  },
  {
    name: 'set_subclass.py',
    source: `
import sys, gc
class S(set):
    pass
class F(frozenset):
    pass
s = S([3, 1])
print(s, repr(S()), F([2]), type(s | {5}), type(s.copy()), type(F([1]).copy()), sys.getsizeof(S()))
class R:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return "R(" + repr(self.s) + ")"
    def __hash__(self):
        return 1
box = set()
box.add(R(box))
print(box)
class Noisy:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, Noisy) and self.n == other.n
    def __del__(self):
        print("del", self.n)
s = {Noisy(i) for i in (9, 1, 17, 8)}
print(sorted(x.n for x in s))
del s
print(gc.is_tracked(set()), gc.is_tracked(frozenset()))
x = object()
print(sys.getrefcount(x))
s = {x}
print(sys.getrefcount(x))
t = s.copy()
print(sys.getrefcount(x))
del s, t
print(sys.getrefcount(x))
class Key:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 5
    def __eq__(self, other):
        Key.calls += 1
        return self.v == other.v
k = {Key(1), Key(2), Key(1)}
print(len(k), Key.calls)
`,
    stdout: `S({1, 3}) S() F({2}) <class 'set'> <class 'set'> <class 'frozenset'> 232
{R(set(...))}
[1, 8, 9, 17]
del 8
del 9
del 1
del 17
True True
2
3
4
2
2 2
`,
  },
];

describe('set and frozenset from Python', () => {
  for (const s of SNIPPETS) {
    it(s.name, () => {
      const r = runPython(s.name, s.source);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(s.stdout);
      expect(r.code).toBe(0);
    });
  }
});
