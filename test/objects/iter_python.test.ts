// iterator, callable_iterator, enumerate and reversed from Python
// Python programs run through the whole kernel (createInterpreter) and compared with the stdout
// python3 3.11.7 printed for them (recorded when this file was written). They need the builtins
// wiring described in the helper report (enumerate, reversed; iter(callable, sentinel) types in the builtins module).
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
    name: 'iter_enum.py',
    source: `
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), type(iter(Seq())).__name__)
class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __getitem__(self, index):
        return self.cards[index]
    def __len__(self):
        return len(self.cards)
deck = Deck()
print(list(deck), "K" in deck, list(reversed(deck)), iter(deck).__length_hint__(), reversed(deck).__length_hint__())
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()))
class NotSeq:
    pass
for bad in [lambda: iter(NotSeq()), lambda: reversed(NotSeq()), lambda: reversed(3), lambda: iter(5, 6), lambda: enumerate(), lambda: enumerate(x=1), lambda: enumerate([], 1, 2), lambda: reversed(), lambda: reversed([], x=1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
class NoRev:
    __reversed__ = None
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 3
try:
    reversed(NoRev())
except TypeError as e:
    print(e)
class OwnRev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(OwnRev())))
stream = iter(["x", "y", "stop", "z"])
print(list(iter(lambda: next(stream), "stop")))
calls = []
def gen():
    calls.append(1)
    if len(calls) > 3:
        raise StopIteration
    return len(calls)
print(list(iter(gen, None)), type(iter(gen, None)).__name__)
print(list(enumerate("abc")), list(enumerate("ab", 5)), list(enumerate("ab", start=-1)), list(enumerate(range(2), 2**70)))
print(list(enumerate(iterable="xy", start=3)), list(enumerate(start=3, iterable="xy")))
e = enumerate("xy")
print(next(e), iter(e) is e, list(e))
ids = set()
for t in enumerate(range(5)):
    ids.add(id(t))
print(len(ids))
kept = [t for t in enumerate("ab")]
print(kept, kept[0] is kept[1])
class E(enumerate):
    pass
print(list(E("ab", 1)), type(E("a")).__name__)
try:
    E()
except TypeError as e:
    print(e)
r = reversed((1, 2, 3))
print(type(r).__name__, r.__length_hint__(), next(r), list(r), list(r))
import sys
print(sys.getsizeof(enumerate([])), sys.getsizeof(reversed((1,))), sys.getsizeof(iter(Seq())), sys.getsizeof(iter(gen, 1)))
`,
    stdout: `[0, 10, 20] True False iterator
['A', 'K', 'Q'] True ['Q', 'K', 'A'] 3 3
[0, 1]
'NotSeq' object is not iterable
'NotSeq' object is not reversible
'int' object is not reversible
iter(v, w): v must be callable
enumerate() missing required argument 'iterable'
'x' is an invalid keyword argument for enumerate()
enumerate() takes at most 2 arguments (3 given)
reversed expected 1 argument, got 0
reversed() takes no keyword arguments
'NoRev' object is not reversible
['z', 'y', 'x']
['x', 'y']
[1, 2, 3] callable_iterator
[(0, 'a'), (1, 'b'), (2, 'c')] [(5, 'a'), (6, 'b')] [(-1, 'a'), (0, 'b')] [(1180591620717411303424, 0), (1180591620717411303425, 1)]
[(3, 'x'), (4, 'y')] [(3, 'x'), (4, 'y')]
(0, 'x') True [(1, 'y')]
2
[(0, 'a'), (1, 'b')] False
[(1, 'a'), (2, 'b')] E
enumerate() missing required argument 'iterable' (pos 1)
reversed 3 3 [2, 1] []
72 48 48 48
`,
  },
];

describe('iterator, callable_iterator, enumerate and reversed from Python', () => {
  for (const s of SNIPPETS) {
    it(s.name, () => {
      const r = runPython(s.name, s.source);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(s.stdout);
      expect(r.code).toBe(0);
    });
  }
});
