// The random module as Python sees it (kernel/modules/randommodule.ts): each program runs in the
// kernel and in python3 (CPython 3.11, the oracle), and the two stdouts must be identical; seeded
// generators must give CPython's sequences exactly. The last tests check the kernel's reference
// counts and allocations.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createInterpreter } from '../../kernel/index.ts';
import { builtinModules } from '../../kernel/vm/import.ts';
import { makeMathModule } from '../../kernel/modules/mathmodule.ts';
import { makeRandomModule, make_randomModule } from '../../kernel/modules/randommodule.ts';

// The lead registers the modules in kernel/host/init.ts; registering them here too keeps this
// file independent of that wiring.
builtinModules.set('math', makeMathModule);
builtinModules.set('random', makeRandomModule);
builtinModules.set('_random', make_randomModule);

interface Output {
  stdout: string;
  stderr: string;
}

function runKernel(source: string): Output {
  let stdout = '';
  let stderr = '';
  const interp = createInterpreter({
    argv: ['snippet.py'],
    write: (fd, text) => {
      if (fd === 1) stdout += text;
      else stderr += text;
    },
  });
  interp.runMain(source, '/snippets/snippet.py');
  interp.finalize();
  return { stdout, stderr };
}

function runCPython(source: string): Output {
  const r = spawnSync('python3', ['-X', 'utf8', '-c', source], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, PYTHONHASHSEED: '0' },
  });
  return { stdout: r.stdout, stderr: r.stderr };
}

function sameAsCPython(source: string): void {
  const expected = runCPython(source);
  expect(expected.stderr).toBe('');
  const got = runKernel(source);
  expect(got.stderr).toBe('');
  expect(got.stdout).toBe(expected.stdout);
}

const ATTEMPT = `
import random
def attempt(text):
    try:
        value = eval(text)
    except Exception as error:
        print(text, '!!', type(error).__name__, error)
    else:
        print(text, '->', repr(value))
`;

describe('random module', () => {
  it('gives CPython\'s sequences for int, float, str, bytes, bytearray and bool seeds', () => {
    sameAsCPython(`
import random
for seed in [0, 1, 42, -42, 2**32, 2**64 + 5, 10**40, 3.14, -0.5, 1e300, 'abc', '', 'h\\xe9llo \\u2603 \\U0001d11e', b'xy', b'', bytearray(b'ba'), True]:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.getrandbits(70), r.randint(1, 10**20), r.randrange(-5, 50, 3), r.choice('abcdef'))
for version in (1, 2):
    for seed in ['abc', b'abc', '\\u2603']:
        r = random.Random()
        r.seed(seed, version=version)
        print(version, repr(seed), r.random())
random.seed(12345)
print(random.random(), [random.randint(1, 6) for _ in range(10)], random.getrandbits(100))
`);
  });

  it('shuffles, samples and chooses as Lib/random.py does', () => {
    sameAsCPython(`
import random
r = random.Random(123)
x = list(range(30)); r.shuffle(x); print(x)
b = bytearray(b'0123456789'); r.shuffle(b); print(b)
print(r.sample(range(100), 10), r.sample(range(10**12), 5), r.sample('abcdefghijklmnopqrstuvwxyz', 8), r.sample(range(1000), 30))
print(r.sample(['a', 'b', 'c'], 3, counts=[2, 3, 4]), r.sample(['red', 'blue'], counts=[4, 2], k=5))
print(r.choices('abc', k=10), r.choices(range(5), [1, 2, 3, 4, 5], k=10), r.choices('xyz', cum_weights=[1, 1.5, 10], k=8))
print([r.randrange(30, 3, -4) for _ in range(10)], r.randrange(10**30), r.randrange(2**100, 2**101, 7))
print(r.randbytes(0), r.randbytes(3), r.randbytes(4), r.randbytes(5), r.randbytes(17))
`);
  });

  it('draws the real-valued distributions exactly', () => {
    sameAsCPython(`
import random
r = random.Random(2024)
print(r.uniform(1, 2), r.uniform(-1.5, 7), r.triangular(), r.triangular(0, 10, 2), r.triangular(3, 3, 3))
print(r.normalvariate(), r.normalvariate(10, 2), r.gauss(), r.gauss(), r.gauss(5, 0.5), r.lognormvariate(0, 1))
print(r.expovariate(1.5), r.vonmisesvariate(0, 4), r.vonmisesvariate(3, 1e-7), r.gammavariate(0.5, 1), r.gammavariate(1, 2))
print(r.gammavariate(2.5, 3), r.gammavariate(100, 0.1), r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 1.5))
`);
  });

  it('keeps state: getstate, setstate (versions 3 and 2), gauss_next', () => {
    sameAsCPython(`
import random
r = random.Random(5)
r.gauss()
state = r.getstate()
a = [r.random() for _ in range(3)], r.gauss()
r.setstate(state)
print(a == ([r.random() for _ in range(3)], r.gauss()), state[0], len(state[1]), state[1][-1], type(state[2]).__name__)
old = (2, tuple(x - 2**32 if x >= 2**31 else x for x in state[1][:-1]) + (state[1][-1],), None)
r.setstate(old)
print(r.getstate()[1] == state[1], r.__dict__)
`);
  });

  it('raises the messages of _randommodule.c and of the Python-level methods', () => {
    sameAsCPython(`${ATTEMPT}
r = random.Random(7)
for text in ['r.randrange(0)', 'r.randrange(5, 1)', 'r.randrange(1, 10, 0)', 'r.randrange(10, step=2)', 'r.randrange("a")',
             'r.choice([])', 'r.choice({1, 2})', 'r.sample({1, 2}, 1)', 'r.sample([1, 2], 3)', 'r.sample([1, 2], 1.0)',
             'r.sample([1], 1, counts=[1.5])', 'r.choices("ab", 3)', 'r.choices("ab", [1, 2], cum_weights=[1, 3])', 'r.choices("ab", [0, 0])',
             'r.getrandbits(-1)', 'r.getrandbits(1.5)', 'r.seed([1])', 'r.seed(1, 2, 3)', 'r.seed(x=1)', 'r.setstate(5)',
             'r.setstate((4, (), None))', 'r.setstate((3, [0] * 625, None))', 'r.setstate((3, (1,) * 3, None))',
             'r.setstate((3, (-1,) * 625, None))', 'r.setstate((3, (1.5,) * 625, None))', 'r.setstate((3, (0,) * 624 + (625,), None))',
             'random.Random(1, 2)', 'random.Random(a=1)', 'random.Random([1])', 'random.Random.__base__(1, 2)', 'random.Random.__base__(x=1)',
             'r.random(1)', 'r.getrandbits()', 'r.choice()', 'r.choice(1, 2)', 'r.sample([1])', 'r.gauss(1, 2, 3)', 'r.uniform(1, a=2)',
             'r.uniform("a", "b")', 'r.expovariate(0)', 'r.gammavariate(0, 1)', 'r.triangular(1, 2, 5)',
             'random.SystemRandom().getstate()']:
    attempt(text)
`);
  });

  it('lets subclasses override random(), getrandbits(), seed() and _randbelow', () => {
    sameAsCPython(`
import random
class Fixed(random.Random):
    def __init__(self, seq):
        self.seq = list(seq)
        super().__init__(0)
    def random(self):
        return self.seq.pop(0) if self.seq else 0.5
f = Fixed([0.1, 0.9, 0.3, 0.7])
print(Fixed._randbelow is random.Random._randbelow_without_getrandbits, f.randrange(10), f.choice('abcdef'), f.uniform(0, 10))
class Bits(random.Random):
    def getrandbits(self, k):
        return (2 ** k - 1) // 3
print(Bits(1).randrange(100), Bits(1).sample(range(20), 3), Bits(1).randbytes(3))
class Seeder(random.Random):
    def seed(self, a=None, version=2):
        print('seeding with', a)
        super().seed(a, version)
print(Seeder(11).random())
r = random.Random(2)
r.random = lambda: 0.5
print(r.uniform(0, 10), r.choice('abcdef'))
del r.random
r._randbelow = lambda n: n - 1
print(r.uniform(0, 10), r.choice('abcdef'), r.randrange(5))
print(random.Random.__mro__, random.SystemRandom.__mro__, random.Random.__module__, random.Random.VERSION)
print(type(random.random).__name__, random.Random(1).__dict__, sorted(random.__all__) == sorted(set(random.__all__)))
`);
  });

  it('keeps reference counts as CPython does', () => {
    sameAsCPython(`
import random, sys
r = random.Random(1)
a, b, c = object(), object(), object()
pop = [a, b, c]
def counts():
    return sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c)
before = counts()
for _ in range(20):
    r.choice(pop); r.sample(pop, 2); r.choices(pop, k=2); r.shuffle(pop); r.sample(pop, 1, counts=[1, 2, 3])
print(counts() == before)
kept = r.sample(pop, 3)
print(counts(), before)
del kept
print(sys.getrefcount(random.Random) > 1, r.triangular(1, 1, 1) == 1)
`);
  });

  it('releases every object it makes (no allocated block left behind)', () => {
    const r = runKernel(`
import random, sys, gc
r = random.Random(3)
lst = list(range(10))
# The first entry only warms up the measurement itself (CPython shows one block there too).
calls = [lambda: None, lambda: r.random(), lambda: r.seed(12345678901234567890), lambda: r.seed('hello'), lambda: r.seed(1.5),
         lambda: r.setstate(r.getstate()), lambda: r.randint(1, 6), lambda: r.randrange(10**30), lambda: r.randrange(0),
         lambda: r.choice(lst), lambda: r.shuffle(lst), lambda: r.shuffle(bytearray(b'abcdef')), lambda: r.sample(lst, 5),
         lambda: r.sample(range(10**6), 20), lambda: r.sample('ab', 3, counts=[2, 2]), lambda: r.sample({1}, 1),
         lambda: r.choices(lst, k=5), lambda: r.choices(lst, weights=range(10), k=5), lambda: r.choices(lst, 3),
         lambda: r.uniform(1, 2), lambda: r.triangular(0, 1, 0.3), lambda: r.gauss(1, 2), lambda: r.lognormvariate(0, 1),
         lambda: r.expovariate(0), lambda: r.vonmisesvariate(1, 2), lambda: r.gammavariate(2.5, 1), lambda: r.gammavariate(0.3, 1),
         lambda: r.betavariate(2, 3), lambda: r.paretovariate(2), lambda: r.weibullvariate(1, 2), lambda: r.randbytes(10),
         lambda: random.Random(5), lambda: random.SystemRandom().random(), lambda: r.__reduce__(), lambda: r.uniform(1, a=2)]
leaks = []
# Both names are bound before the loop so that rebinding them frees as much as it allocates.
before = after = sys.getallocatedblocks()
for i, f in enumerate(calls):
    def run(n):
        for _ in range(n):
            try:
                f()
            except Exception:
                pass
    # Measured right after full collections, which also empty the free lists; even call counts
    # leave gauss_next as they found it.
    run(20)
    gc.collect()
    before = sys.getallocatedblocks()
    run(50)
    gc.collect()
    after = sys.getallocatedblocks()
    if i > 0 and after != before:
        leaks.append((i, after - before))
print(leaks)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('[]\n');
  });
});
