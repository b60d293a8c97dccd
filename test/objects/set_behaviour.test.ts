// set / frozenset behaviour beyond the table layout (kernel/objects/setobject.ts): literals,
// updates from dicts, errors, sets as keys, repr, iteration, comparisons, reference counts.
// Expected values come from python3 3.11.7 (the snippet is quoted next to each test).
import { beforeAll, describe, expect, it } from 'vitest';
import type { PyObject } from '../../kernel/objects/pyobject.ts';
import { decref } from '../../kernel/memory/refcount.ts';
import { PyErr } from '../../kernel/vm/errors.ts';
import { initBool, Py_True, Py_False } from '../../kernel/objects/boolobject.ts';
import { PyLong_FromValue } from '../../kernel/objects/longobject.ts';
import { PyObject_Hash, PyObject_RichCompare, reprString } from '../../kernel/objects/object.ts';
import { PyDict_New, PyDict_SetItem } from '../../kernel/objects/dictobject.ts';
import { isTracked } from '../../kernel/gc/gcstate.ts';
import {
  PyFrozenSet_New, PyFrozenSet_Type, PySetObject, PySet_New, PySet_Type, frozensetConstant, setAddKey, setKeysArray,
  setSizeOf, setUpdateFrom,
} from '../../kernel/objects/setobject.ts';
import { PyRange_New } from '../../kernel/objects/rangeobject.ts';

beforeAll(() => {
  if (Py_True === undefined) initBool();
});

function ints(...vs: number[]): PyObject[] {
  return vs.map((v) => PyLong_FromValue(v));
}

function setOf(...vs: number[]): PySetObject {
  const s = PySet_New(null);
  for (const o of ints(...vs)) {
    setAddKey(s, o);
    decref(o);
  }
  return s;
}

function order(s: PySetObject): string {
  return '[' + setKeysArray(s).map(reprString).join(', ') + ']';
}

function method(so: PyObject, name: string, ...args: PyObject[]): PyObject {
  const def = so.ob_type.methods.find((m) => m.name === name)!;
  return def.fn(so, args, null);
}

/** The Python exception a call raises, as `Type: message` (repr of args[0] for KeyError). */
function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    const exc = e.exc as PyObject & { args: { items: PyObject[] } };
    const arg = exc.args.items[0];
    const text = exc.ob_type.tp_name === 'KeyError' ? reprString(arg) : reprString(arg).slice(1, -1);
    decref(e.exc);
    return `${exc.ob_type.tp_name}: ${text}`;
  }
  return 'no error';
}

describe('construction and sizes', () => {
  it('{1,2,3,4,5} literal: BUILD_SET then SET_UPDATE from a frozenset constant (set_merge sizing)', () => {
    // python3: sys.getsizeof({1,2,3,4,5}) - 16 -> 456; sys.getsizeof({1,2,3}) - 16 -> 200
    const f5 = frozensetConstant(ints(1, 2, 3, 4, 5));
    const s5 = PySet_New(null);
    setUpdateFrom(s5, f5);
    expect(setSizeOf(s5)).toBe(456);
    const f3 = frozensetConstant(ints(1, 2, 3));
    const s3 = PySet_New(null);
    setUpdateFrom(s3, f3);
    expect(setSizeOf(s3)).toBe(200);
    expect(setSizeOf(f5)).toBe(712); // python3: getsizeof(frozenset({1,2,3,4,5}))-16 -> 712 (added one by one)
    // python3: list({100,37,5,64,8}) -> [64, 100, 37, 5, 8]
    const f = frozensetConstant(ints(100, 37, 5, 64, 8));
    const s = PySet_New(null);
    setUpdateFrom(s, f);
    expect(order(s)).toBe('[64, 100, 37, 5, 8]');
    for (const o of [f5, s5, f3, s3, f, s]) decref(o);
  });

  it('set(dict) resizes once up front and takes the dict hashes', () => {
    // python3: getsizeof(set(dict.fromkeys(range(10))))-16 -> 712;
    //          list(set(dict.fromkeys([5,100,37,64,8,1]))) -> [64, 1, 100, 5, 37, 8]
    const mk = (vs: number[]) => {
      const d = PyDict_New();
      for (const o of ints(...vs)) {
        PyDict_SetItem(d, o, o);
        decref(o);
      }
      const s = PySet_New(d);
      decref(d);
      return s;
    };
    const a = mk([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(setSizeOf(a)).toBe(712);
    const b = mk([5, 100, 37, 64, 8, 1]);
    expect(order(b)).toBe('[64, 1, 100, 5, 37, 8]');
    decref(a);
    decref(b);
  });

  it('frozenset(f) is f for an exact frozenset; frozenset() is not a singleton', () => {
    const f = PyFrozenSet_New(null);
    const g = PyFrozenSet_New(null);
    expect(f).not.toBe(g);
    const h = PyFrozenSet_Type.tp_new!(PyFrozenSet_Type, [f], null);
    expect(h).toBe(f);
    const c = method(f, 'copy');
    expect(c).toBe(f);
    for (const o of [f, g, h, c]) decref(o);
  });

  it('sets are always tracked by the GC', () => {
    const s = PySet_New(null);
    expect(isTracked(s)).toBe(true);
    decref(s);
  });
});

describe('errors', () => {
  it('remove of a missing key, pop of an empty set, unhashable keys', () => {
    const s = setOf(1, 2);
    const [five] = ints(5);
    expect(pyError(() => method(s, 'remove', five))).toBe('KeyError: 5');
    const e = PySet_New(null);
    expect(pyError(() => method(e, 'pop'))).toBe("KeyError: 'pop from an empty set'");
    const l = PySet_New(null); // a set is unhashable as a key to add
    expect(pyError(() => method(s, 'add', l))).toBe("TypeError: unhashable type: 'set'");
    expect(pyError(() => method(s, 'add'))).toBe('TypeError: set.add() takes exactly one argument (0 given)');
    expect(pyError(() => method(s, 'pop', five))).toBe('TypeError: set.pop() takes no arguments (1 given)');
    for (const o of [s, five, e, l]) decref(o);
  });

  it('changing the size during iteration raises RuntimeError (and stays raised)', () => {
    const s = setOf(1, 2, 3);
    const it = PySet_Type.tp_iter!(s);
    const first = it.ob_type.tp_iternext!(it)!;
    decref(first);
    const [ten] = ints(10);
    setAddKey(s, ten);
    expect(pyError(() => it.ob_type.tp_iternext!(it))).toBe('RuntimeError: Set changed size during iteration');
    expect(pyError(() => it.ob_type.tp_iternext!(it))).toBe('RuntimeError: Set changed size during iteration');
    decref(it);
    decref(ten);
    decref(s);
  });
});

describe('sets as keys', () => {
  it('a set is looked up as a frozenset by in, remove and discard', () => {
    // python3: s={frozenset({1,2})}; {1,2} in s -> True; set() in s -> False; s.discard({1,2}) -> set()
    const inner = setOf(1, 2);
    const key = PyFrozenSet_New(inner);
    const s = PySet_New(null);
    setAddKey(s, key);
    expect(PySet_Type.sq_contains!(s, inner)).toBe(true);
    const empty = PySet_New(null);
    expect(PySet_Type.sq_contains!(s, empty)).toBe(false);
    // python3: {1}.remove(set()) -> KeyError(set())
    expect(pyError(() => method(s, 'remove', empty))).toBe('KeyError: set()');
    decref(method(s, 'discard', inner));
    expect(order(s)).toBe('[]');
    for (const o of [inner, key, s, empty]) decref(o);
  });
});

describe('repr, hash, comparisons', () => {
  it('repr of set, frozenset and empty ones', () => {
    const s = setOf(3, 1, 2);
    const f = PyFrozenSet_New(s);
    const e = PySet_New(null);
    const fe = PyFrozenSet_New(null);
    expect([s, f, e, fe].map(reprString)).toEqual(['{1, 2, 3}', 'frozenset({1, 2, 3})', 'set()', 'frozenset()']);
    for (const o of [s, f, e, fe]) decref(o);
  });

  it('frozenset hash (CPython algorithm)', () => {
    // python3: hash(frozenset({1,2,3})) -> -272375401224217160; hash(frozenset({-1})) -> 6776983852052281967
    // hash(frozenset()) -> 133146708735736
    const a = PyFrozenSet_New(setOf(1, 2, 3));
    const b = PyFrozenSet_New(setOf(-1));
    const c = PyFrozenSet_New(null);
    expect(String(PyObject_Hash(a))).toBe('-272375401224217160');
    expect(String(PyObject_Hash(b))).toBe('6776983852052281967');
    expect(String(PyObject_Hash(c))).toBe('133146708735736');
    expect(pyError(() => PyObject_Hash(setOf(1)))).toBe("TypeError: unhashable type: 'set'");
  });

  it('subset comparisons and mixed set/frozenset equality', () => {
    const cmp = (a: PyObject, b: PyObject, op: number) => {
      const r = PyObject_RichCompare(a, b, op);
      decref(r);
      return r === Py_True ? true : r === Py_False ? false : r;
    };
    const a = setOf(1, 2);
    const b = setOf(1, 2, 3);
    const fa = PyFrozenSet_New(a);
    expect(cmp(a, fa, 2)).toBe(true); // ==
    expect(cmp(a, b, 0)).toBe(true); // <
    expect(cmp(a, a, 1)).toBe(true); // <=
    expect(cmp(b, a, 4)).toBe(true); // >
    expect(cmp(a, b, 4)).toBe(false);
    expect(cmp(b, b, 3)).toBe(false); // !=
  });

  it('operators keep the left operand kind; methods accept any iterable', () => {
    // python3: type({1}|frozenset({2})) -> set; type(frozenset({2})|{1}) -> frozenset
    const s = setOf(1);
    const f = PyFrozenSet_New(setOf(2));
    const r1 = PySet_Type.nb_or!(s, f);
    const r2 = PyFrozenSet_Type.nb_or!(f, s);
    expect(r1.ob_type).toBe(PySet_Type);
    expect(r2.ob_type).toBe(PyFrozenSet_Type);
    // python3: {1,2,3}.intersection(range(2,10)) -> {2, 3}; {1,2}.symmetric_difference(range(2,4)) -> {1, 3}
    const t = setOf(1, 2, 3);
    const rg = PyRange_New(2, 10, 1);
    expect(reprString(method(t, 'intersection', rg))).toBe('{2, 3}');
    expect(reprString(method(setOf(1, 2), 'symmetric_difference', PyRange_New(2, 4, 1)))).toBe('{1, 3}');
    expect(method(setOf(1, 2), 'issubset', rg)).toBe(Py_False);
    expect(method(setOf(2, 3), 'issubset', rg)).toBe(Py_True);
    expect(method(setOf(1), 'isdisjoint', rg)).toBe(Py_True);
    // A set with a non-set operand: NotImplemented from the slot.
    expect(reprString(PySet_Type.nb_or!(s, rg))).toBe('NotImplemented');
  });

  it('set_iterator __length_hint__', () => {
    const s = setOf(1, 2, 3);
    const it = PySet_Type.tp_iter!(s);
    const hint = () => reprString(method(it, '__length_hint__'));
    expect(hint()).toBe('3');
    decref(it.ob_type.tp_iternext!(it)!);
    expect(hint()).toBe('2');
  });
});

describe('reference counts', () => {
  it('a stored key gets one reference; clear, discard and dealloc release it', () => {
    const [k] = ints(1000);
    const before = k.ob_refcnt;
    const s = PySet_New(null);
    setAddKey(s, k);
    setAddKey(s, k);
    expect(k.ob_refcnt).toBe(before + 1);
    const c = PySet_New(s);
    expect(k.ob_refcnt).toBe(before + 2);
    decref(method(s, 'discard', k));
    expect(k.ob_refcnt).toBe(before + 1);
    decref(c);
    expect(k.ob_refcnt).toBe(before);
    setAddKey(s, k);
    decref(method(s, 'clear'));
    expect(k.ob_refcnt).toBe(before);
    setAddKey(s, k);
    decref(s);
    expect(k.ob_refcnt).toBe(before);
  });

  it('popped keys are handed over with the set\'s reference', () => {
    const [k] = ints(1001);
    const s = PySet_New(null);
    setAddKey(s, k);
    const before = k.ob_refcnt;
    const p = method(s, 'pop');
    expect(p).toBe(k);
    expect(k.ob_refcnt).toBe(before);
    decref(p);
    decref(s);
  });
});
