// Weak references: the per-object list (its order and the shared basic ref), clearing on death
// (callbacks after all refs are cleared), the collector's handle_weakrefs, and bookkeeping that
// must not leak.
import { describe, expect, test } from 'vitest';
import { weaklyReferencedCount } from '../../kernel/objects/weakrefobject.ts';
import { runPython } from './harness.ts';

function lines(source: string[]): string {
  return source.join('\n') + '\n';
}

describe('weakref.ref', () => {
  test('a callback-less ref is shared; refs with callbacks go after the basic ref and proxy, newest first', () => {
    const r = runPython(
      lines([
        'import weakref',
        'class T: pass',
        't = T()',
        'c1 = weakref.ref(t, lambda r: None)',
        'p = weakref.proxy(t)',
        'r = weakref.ref(t)',
        'c2 = weakref.ref(t, lambda r: None)',
        'order = weakref.getweakrefs(t)',
        'print(weakref.ref(t) is r, weakref.proxy(t) is p, len(order))',
        'print(order[0] is r, order[1] is p, order[2] is c2, order[3] is c1)',
      ]),
    );
    expect(r.stdout).toBe('True True 4\nTrue True True True\n');
  });

  test('on refcount death __del__ runs first (the refs still work), then every ref is cleared, then the callbacks run', () => {
    const r = runPython(
      lines([
        'import weakref',
        'class T:',
        '    def __del__(self): print("del", r1() is self, r2() is self)',
        't = T()',
        'r1 = weakref.ref(t, lambda r: print("cb1", r1(), r2()))',
        'r2 = weakref.ref(t, lambda r: print("cb2", r1(), r2()))',
        'del t',
      ]),
    );
    expect(r.stdout).toBe('del True True\ncb2 None None\ncb1 None None\n');
  });

  test('types without weak reference support raise CPython\'s TypeError', () => {
    const r = runPython(
      lines([
        'import weakref',
        'class S:',
        '    __slots__ = ()',
        'for v in (1, "s", (1,), [1], {}, object(), S()):',
        '    try:',
        '        weakref.ref(v)',
        '    except TypeError as e:',
        '        print(e)',
      ]),
    );
    expect(r.stdout.trim().split('\n')).toEqual(
      ['int', 'str', 'tuple', 'list', 'dict', 'object', 'S'].map((n) => `cannot create weak reference to '${n}' object`),
    );
  });
});

describe('weakrefs during a collection', () => {
  test('outside callbacks run before __del__, garbage weakrefs never call back, and the counts follow', () => {
    const r = runPython(
      lines([
        'import gc, weakref',
        'class N:',
        '    def __del__(self): print("del")',
        'gc.collect()',
        'a = N(); a.me = a',
        'outside = weakref.ref(a, lambda r: print("outside"))',
        'a.inside = weakref.ref(a, lambda r: print("never"))',
        'del a',
        'print(gc.collect())',
      ]),
    );
    expect(r.stdout).toBe('outside\ndel\n3\n');
  });
});

describe('bookkeeping', () => {
  test('the list heads of dead referents are forgotten', () => {
    runPython(lines(['import weakref', 'class T: pass', 'ts = [T() for i in range(100)]', 'rs = [weakref.ref(t) for t in ts]', 'del ts']));
    expect(weaklyReferencedCount()).toBe(0);
  });

  test('each interpreter starts with its own gc.garbage and statistics', () => {
    const first = runPython(lines(['import gc', 'gc.set_debug(gc.DEBUG_SAVEALL)', 'l = []', 'l.append(l)', 'del l', 'gc.collect()', 'print(len(gc.garbage))']));
    const second = runPython(lines(['import gc', 'print(len(gc.garbage), gc.get_debug())']));
    expect(first.stdout).toBe('1\n');
    expect(second.stdout).toBe('0 0\n');
  });
});
