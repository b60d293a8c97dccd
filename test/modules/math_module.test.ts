// The math module as Python sees it (kernel/modules/mathmodule.ts): each program runs in the kernel
// and in python3 (CPython 3.11, the oracle), and the two stdouts must be identical. The last tests
// check reference counts and allocations of the kernel itself.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createInterpreter } from '../../kernel/index.ts';
import { builtinModules } from '../../kernel/vm/import.ts';
import { makeMathModule } from '../../kernel/modules/mathmodule.ts';

// The lead registers the module in kernel/host/init.ts; registering it here too keeps this file
// independent of that wiring.
builtinModules.set('math', makeMathModule);

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
import math
def attempt(text):
    try:
        value = eval(text)
    except Exception as error:
        print(text, '!!', type(error).__name__, error)
    else:
        print(text, '->', repr(value), type(value).__name__)
`;

describe('math module', () => {
  it('has the names of CPython 3.11 in the same order, and its constants', () => {
    sameAsCPython(`
import math
print([n for n in math.__dict__ if n != '__file__'])
print(math.pi, math.e, math.tau, math.inf, math.nan, math.pi is math.pi, type(math.sqrt).__name__, math.sqrt)
`);
  });

  it('converts arguments as PyFloat_AsDouble, PyNumber_Index and the __floor__ family do', () => {
    sameAsCPython(`${ATTEMPT}
class Half:
    def __float__(self): return 0.5
class Seven:
    def __index__(self): return 7
class Both:
    def __float__(self): return 1.5
    def __index__(self): return 9
class Bad:
    def __float__(self): return 'x'
class Rounds:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
class SubF(float): pass
class SubI(int): pass
for text in ['math.sqrt(Half())', 'math.sqrt(Seven())', 'math.sqrt(Both())', 'math.sqrt(Bad())', 'math.sqrt(True)',
             'math.sqrt(SubF(4))', 'math.sqrt(SubI(9))', 'math.sqrt(10**300)', 'math.sqrt(10**400)', 'math.sqrt("4")',
             'math.floor(Half())', 'math.floor(Seven())', 'math.floor(Rounds())', 'math.ceil(Rounds())', 'math.trunc(Rounds())',
             'math.floor(SubF(2.5))', 'math.floor(SubI(3))', 'math.floor(True)', 'math.trunc(Half())', 'math.trunc(2.5)',
             'math.factorial(Seven())', 'math.factorial(Both())', 'math.factorial(2.0)', 'math.gcd(Seven(), 14)', 'math.isqrt(SubI(50))',
             'math.ldexp(Half(), True)', 'math.ldexp(1, Seven())', 'math.log(Seven())', 'math.log(10**1000)', 'math.log(SubI(8), 2)',
             'math.isclose(Half(), 0.5)', 'math.hypot(Half(), Seven())', 'math.dist([Half()], [Seven()])', 'math.fsum([Half(), Seven()])',
             'math.prod([Seven()])', 'math.prod([2, 3.5])', 'math.prod([True, True])', 'math.prod([], start=True)', 'math.prod(["ab", 2])']:
    attempt(text)
`);
  });

  it('raises the messages of Argument Clinic and of mathmodule.c', () => {
    sameAsCPython(`${ATTEMPT}
for text in ['math.sqrt()', 'math.sqrt(1, 2)', 'math.sqrt(x=1)', 'math.atan2(1)', 'math.atan2(1, y=2)', 'math.log()', 'math.log(x=1)',
             'math.perm()', 'math.perm(1, 2, 3)', 'math.isclose()', 'math.isclose(1, 2, 3)', 'math.isclose(1, 2, 3, 4, 5)',
             'math.isclose(1, zz=2)', 'math.isclose(1, 2, a=1)', 'math.prod()', 'math.prod([1], [2])', 'math.prod([1], zz=1)',
             'math.prod(iterable=[1])', 'math.gcd(x=1)', 'math.hypot(x=1)', 'math.sqrt(-1)', 'math.log(0)', 'math.log(1, 1)',
             'math.log(0, "a")', 'math.exp(1000)', 'math.factorial(-1)', 'math.factorial(10**20)', 'math.comb(10**20, 10**19)',
             'math.perm(5, -1)', 'math.perm(-5)', 'math.isqrt(-1)', 'math.ldexp(1.0, 1.5)', 'math.ldexp(1.0, 10**30)',
             'math.dist([1], [1, 2])', 'math.dist(1, 2)', 'math.fsum([1e308, 1e308])', 'math.fsum([math.inf, -math.inf])',
             'math.floor(math.inf)', 'math.floor(math.nan)', 'math.trunc("a")', 'math.gamma(0)', 'math.fmod(1, 0)', 'math.pow(0, -1)',
             'math.isclose(1, 2, rel_tol=-1)', 'math.lcm(4, "a")', 'math.comb(5, 1.0)']:
    attempt(text)
`);
  });

  it('computes the values CPython computes', () => {
    sameAsCPython(`
import math
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 10.0, 1e-300, 1e300, 5e-324, 709.0, 710.0, -745.2, 0.1, 3.0, -3.5, 22.5, 171.0,
        math.inf, -math.inf, math.nan, 1, -1, 0, 10**20, True]
for name in ['sqrt', 'exp', 'expm1', 'log1p', 'fabs', 'floor', 'ceil', 'trunc', 'gamma', 'lgamma', 'erf', 'erfc',
             'degrees', 'radians', 'isfinite', 'isinf', 'isnan', 'frexp', 'modf', 'ulp', 'cbrt', 'exp2', 'log', 'log2', 'log10']:
    out = []
    for v in vals:
        try:
            out.append(repr(getattr(math, name)(v)))
        except Exception as e:
            out.append(type(e).__name__)
    print(name, *out)
for name in ['atan2', 'copysign', 'fmod', 'pow', 'remainder', 'nextafter', 'hypot', 'log']:
    out = []
    for a in vals[::3]:
        for b in vals[::4]:
            try:
                out.append(repr(getattr(math, name)(a, b)))
            except Exception as e:
                out.append(type(e).__name__)
    print(name, *out)
print(math.factorial(100) % 10**30, math.comb(200, 100) % 10**30, math.perm(50, 20), math.isqrt(10**101), math.gcd(2**200, 6**80))
print(math.lcm(*range(1, 40)), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.prod(range(1, 30)))
print(math.hypot(*[1e-310] * 5), math.hypot(1e308, 1e308), math.dist((1, 2, 3), (4, 5, 6)), math.ldexp(1.5, -1074))
`);
  });

  it('keeps reference counts as CPython does', () => {
    sameAsCPython(`
import math, sys
big = 10**40
f = 2.5
before = sys.getrefcount(big), sys.getrefcount(f)
for _ in range(10):
    math.floor(f); math.gcd(big); math.gcd(big, 7); math.prod([big, f, 3]); math.fsum([f]); math.isqrt(big); math.log(big)
    math.hypot(f, big); math.prod([], start=big); math.trunc(f)
    try:
        math.factorial(f)
    except TypeError:
        pass
after = sys.getrefcount(big), sys.getrefcount(f)
print(after[0] - before[0], after[1] - before[1])
print(math.gcd(big) is big, math.prod([], start=big) is big, math.floor(big) is big)
`);
  });

  it('releases every object it makes (no allocated block left behind)', () => {
    const r = runKernel(`
import math, sys, gc
class Seven:
    def __index__(self): return 7
# The first entry only warms up the measurement itself (CPython shows one block there too).
calls = [lambda: None, lambda: math.sqrt(2.0), lambda: math.sqrt(10**30), lambda: math.log(10**400, 7), lambda: math.floor(1e300),
         lambda: math.factorial(30), lambda: math.gcd(10**30, 10**20, 12), lambda: math.comb(100, 50), lambda: math.isqrt(10**50),
         lambda: math.fsum([0.1] * 10), lambda: math.prod(range(1, 40)), lambda: math.prod(['ab', 3]), lambda: math.hypot(3, 4, 5),
         lambda: math.dist([1, 2], (3, 4)), lambda: math.frexp(10.0), lambda: math.modf(-2.5), lambda: math.isclose(1, 1.0, rel_tol=0.1),
         lambda: math.floor(Seven()), lambda: math.sqrt(-1), lambda: math.sqrt('a'), lambda: math.fsum([1, 'a']), lambda: math.dist([1], [1, 2]),
         lambda: math.isclose(1, zz=2), lambda: math.factorial(-1), lambda: math.ldexp(1, 10**30)]
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
