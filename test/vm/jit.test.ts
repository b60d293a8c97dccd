// The second tier (kernel/vm/jit.ts): which code it translates, and what a translated function
// does where the eval loop's own checks apply (the step budget, the recursion limit, the
// diagram recorder's hooks). Its outputs against CPython's are checked by test/py/jit/.
import { describe, expect, it } from 'vitest';
import { createInterpreter, recordRun } from '../../kernel/index.ts';
import { setJitEnabled, watchTranslations } from '../../kernel/vm/jit.ts';

interface Run { out: string; err: string; code: number }

function run(source: string, stepBudget?: number): Run {
  let out = '';
  let err = '';
  const interp = createInterpreter({
    argv: ['t.py'],
    stepBudget,
    write: (fd: number, text: string) => {
      if (fd === 1) out += text;
      else err += text;
    },
  });
  const code = interp.runMain(source, 't.py');
  interp.finalize();
  return { out, err, code };
}

const PROGRAM = `
def add(a, b):
    return a + b

def gen(n):
    yield n

def guarded(x):
    try:
        return 1 // x
    except ZeroDivisionError:
        return 0

def once(x):
    return x

for i in range(20):
    add(i, 1)
    list(gen(i))
    guarded(i)
once(1)
print(add(2, 3), guarded(0))
`;

describe('translation', () => {
  it('translates warm functions, generators and handlers included, not module code or cold code', () => {
    const names = watchTranslations();
    const r = run(PROGRAM);
    expect(r.out).toBe('5 0\n');
    expect(names).toEqual(['gen', 'add', 'guarded']);
  });

  it('is not used while the diagram recorder watches', () => {
    const names = watchTranslations();
    const rec = recordRun(PROGRAM, { maxSteps: 2000 });
    expect(rec.stdout).toBe('5 0\n');
    expect(names).toEqual([]);
  });

  it('gives the output the eval loop gives when turned off', () => {
    const source = `
def f(n):
    t = 0
    k = 0
    while k < n:
        t = t + k * k
        k = k + 1
    return t
s = ''
for i in range(30):
    s = s + str(f(i)) + ','
print(s)
`;
    const on = run(source);
    setJitEnabled(false);
    const names = watchTranslations();
    let off: Run;
    try {
      off = run(source);
    } finally {
      setJitEnabled(true);
    }
    expect(names).toEqual([]);
    expect(off).toEqual(on);
  });
});

describe('entering and leaving', () => {
  function bothTiers(source: string): { on: Run; off: Run } {
    const on = run(source);
    setJitEnabled(false);
    try {
      return { on, off: run(source) };
    } finally {
      setJitEnabled(true);
    }
  }

  it('a function called once goes on in its translation from a warm loop (on-stack replacement)', () => {
    const source = 'import sys\ndef once(n):\n    t = 0\n    for i in range(n):\n        for j in range(3):\n            t += i * j\n    return t, sys._getframe().f_lineno\nprint(once(100))\n';
    const names = watchTranslations();
    const { on, off } = bothTiers(source);
    expect(names).toEqual(['once']);
    expect(on).toEqual(off);
    expect(on.out).toBe('(14850, 7)\n');
  });

  it('an exception a handler catches is handled in the translation, as in the eval loop', () => {
    const source = 'def f(n):\n    c = 0\n    for i in range(n):\n        try:\n            c += 10 // (i % 3)\n        except ZeroDivisionError as e:\n            c += len(str(e))\n    return c\nprint([f(k) for k in range(12)])\n';
    const names = watchTranslations();
    const { on, off } = bothTiers(source);
    expect(names).toContain('f');
    expect(on).toEqual(off);
    expect(on.out).toBe('[0, 34, 44, 49, 83, 93, 98, 132, 142, 147, 181, 191]\n');
  });

  it('a warm generator is resumed in its translation; a loop over a cold one goes back to the eval loop', () => {
    const source = 'def g(n):\n    yield from range(n)\ndef s(n):\n    t = 0\n    for v in g(n):\n        t += v\n    return t\nprint(sum(s(k) for k in range(200)))\n';
    const names = watchTranslations();
    const { on, off } = bothTiers(source);
    expect(names).toEqual(['s', 'g', '<genexpr>']);
    expect(on).toEqual(off);
    expect(on.out).toBe('1313400\n');
  });
});

describe('limits', () => {
  it('the step budget stops a loop inside a translated function with KeyboardInterrupt', () => {
    const source = 'def spin(n):\n    while n > 0:\n        n = n + 1\n    return n\n\nfor i in range(20):\n    spin(-1)\nspin(1)\n';
    const names = watchTranslations();
    const r = run(source, 500_000);
    expect(names).toEqual(['spin']);
    expect(r.code).toBe(130);
    expect(r.err).toMatch(/line 8, in <module>\n {4}spin\(1\)\n.*\n?.*line [23], in spin\n[\s\S]*KeyboardInterrupt: step budget exhausted\n$/);
  });

  it('the step budget\'s KeyboardInterrupt passes through translated handlers that do not catch it', () => {
    const source = 'def spin(n):\n    while n > 0:\n        try:\n            n = n + 1\n        except Exception:\n            print("caught")\n        finally:\n            n = n + 0\n    return n\n\nfor i in range(20):\n    spin(-1)\nspin(1)\n';
    const names = watchTranslations();
    const r = run(source, 500_000);
    expect(names).toEqual(['spin']);
    expect(r.out).toBe('');
    expect(r.code).toBe(130);
    expect(r.err).toMatch(/line 13, in <module>\n {4}spin\(1\)\n[\s\S]*in spin\n[\s\S]*KeyboardInterrupt: step budget exhausted\n$/);
  });

  it('recursion deeper than the translated depth limit goes on in the eval loop', () => {
    const source = 'import sys\nsys.setrecursionlimit(20000)\ndef d(n):\n    if n == 0:\n        return 0\n    return d(n - 1) + 1\nfor i in range(20):\n    d(5)\nprint(d(15000))\n';
    const r = run(source);
    expect(r.err).toBe('');
    expect(r.out).toBe('15000\n');
  });
});

describe('hosts', () => {
  it('a host that forbids code from strings keeps every function in the eval loop', () => {
    const original = globalThis.Function;
    const refusing = function refusing(): never {
      throw new EvalError('Refused to evaluate a string as JavaScript');
    } as unknown as FunctionConstructor;
    globalThis.Function = refusing;
    let r: Run;
    try {
      r = run('def add(a, b):\n    return a + b\nt = 0\nfor i in range(30):\n    t = add(t, i)\nprint(t)\n');
    } finally {
      globalThis.Function = original;
      setJitEnabled(true);
    }
    expect(r).toEqual({ out: '435\n', err: '', code: 0 });
  });
});
