// list, tuple and dict called directly (kernel/objects/listobject.ts, listsort.ts, tupleobject.ts,
// dictobject.ts, dictviews.ts) against CPython 3.11.7. Expected values were printed by python3
// for the snippet quoted next to each case.
import { beforeAll, describe, expect, it } from 'vitest';
import { PyObject, type PyTypeObject, newStaticType } from '../../kernel/objects/pyobject.ts';
import { decref, incref } from '../../kernel/memory/refcount.ts';
import { PyErr } from '../../kernel/vm/errors.ts';
import { initRuntimeOnce } from '../../kernel/host/init.ts';
import { PyLong_FromValue, PyLongObject, norm } from '../../kernel/objects/longobject.ts';
import { PyUnicode_FromString } from '../../kernel/objects/unicodeobject.ts';
import { PyBool_FromBool } from '../../kernel/objects/boolobject.ts';
import { PyObject_RichCompareBool, Py_None, reprString } from '../../kernel/objects/object.ts';
import { PyObject_GetIter, PyObject_GetItem, PyObject_SetItem, PyObject_DelItem } from '../../kernel/objects/abstract.ts';
import { PySlice_New } from '../../kernel/objects/sliceobject.ts';
import { PyRange_Type } from '../../kernel/objects/rangeobject.ts';
import { gcUntrack, isTracked } from '../../kernel/gc/gcstate.ts';
import {
  PyListObject, PyList_Append, PyList_New, PyList_Type, listExtend, listFreeListLength, listFromArraySteal,
} from '../../kernel/objects/listobject.ts';
import {
  PySequence_Tuple, PyTupleObject, PyTuple_Type, emptyTupleRef, tupleFromArray, tupleFromArraySteal,
} from '../../kernel/objects/tupleobject.ts';
import {
  PyDictObject, PyDict_Copy, PyDict_New, PyDict_SetItem, PyDict_Type, dictSizeOf, dictUpdate,
} from '../../kernel/objects/dictobject.ts';

beforeAll(() => {
  initRuntimeOnce();
});

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function int(v: number | bigint): PyObject {
  return PyLong_FromValue(norm(BigInt(v)));
}

function str(s: string): PyObject {
  return PyUnicode_FromString(s);
}

/** A new list of new ints. */
function ints(...vs: number[]): PyListObject {
  return listFromArraySteal(vs.map(int));
}

function range(...args: number[]): PyObject {
  const a = args.map(int);
  try {
    return PyRange_Type.tp_new!(PyRange_Type, a, null);
  } finally {
    for (const x of a) decref(x);
  }
}

/** type(args...) through tp_new and tp_init, as type_call does. */
function construct(type: PyTypeObject, ...args: PyObject[]): PyObject {
  const o = type.tp_new!(type, args, null);
  if (o.ob_type.tp_init !== null) o.ob_type.tp_init(o, args, null);
  return o;
}

/** Calls a method of the object's type table by name. */
function call(o: PyObject, name: string, ...args: PyObject[]): PyObject {
  for (let t: PyTypeObject | null = o.ob_type; t !== null; t = t.tp_base) {
    const m = t.methods.find((d) => d.name === name);
    if (m !== undefined) return m.fn(m.kind === 'class' ? t : o, args, null);
  }
  throw new Error(`no method ${name}`);
}

function callKw(o: PyObject, name: string, args: PyObject[], kwnames: string[]): PyObject {
  const m = o.ob_type.methods.find((d) => d.name === name)!;
  return m.fn(o, args, kwnames);
}

function repr(o: PyObject): string {
  return reprString(o);
}

/** `TypeError: message` for the Python exception f raises. */
function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    const exc = e.exc as PyObject & { args: PyTupleObject };
    const arg = exc.args.items[0];
    const name = exc.ob_type.tp_name;
    // str(KeyError(k)) is repr(k); other exceptions show a str argument as is.
    const text = arg === undefined ? '' : arg.ob_type.tp_name === 'str' && name !== 'KeyError' ? (arg as unknown as { s: string }).s : repr(arg);
    decref(e.exc);
    return `${name}: ${text}`;
  }
  return 'no error';
}

function slice(start: number | null, stop: number | null, step: number | null = null): PyObject {
  const box = (v: number | null) => (v === null ? Py_None : int(v));
  return PySlice_New(box(start), box(stop), box(step));
}

function next(it: PyObject): PyObject | null {
  return it.ob_type.tp_iternext!(it);
}

/** sys.getsizeof of a list: __sizeof__ plus the GC head. */
function sizeofList(l: PyListObject): number {
  return (call(l, '__sizeof__') as PyLongObject).v as number + 16;
}

function sizeofDict(d: PyDictObject): number {
  return dictSizeOf(d) + 16;
}

// ---------------------------------------------------------------------------------------------
// list growth
// ---------------------------------------------------------------------------------------------

describe('list capacity', () => {
  it('grows on append as list_resize does', () => {
    // capacities at each resize for 150 appends (conformance sizeof/list_growth.py)
    const l = PyList_New();
    const seen: [number, number][] = [[0, l.allocated]];
    for (let i = 0; i < 150; i++) {
      PyList_Append(l, Py_None);
      if (l.allocated !== seen[seen.length - 1][1]) seen.push([l.items.length, l.allocated]);
    }
    expect(seen).toEqual([[0, 0], [1, 4], [5, 8], [9, 16], [17, 24], [25, 32], [33, 40], [41, 52], [53, 64], [65, 76],
      [77, 92], [93, 108], [109, 128], [129, 148], [149, 172]]);
    expect(sizeofList(l)).toBe(56 + 8 * 172);
    decref(l);
  });

  it('preallocates list(iterable) exactly, rounded up to even', () => {
    // [cap(list(range(n))) for n in range(9)] -> [0, 2, 2, 4, 4, 6, 6, 8, 8]
    const caps: number[] = [];
    for (let n = 0; n < 9; n++) {
      const r = range(n);
      const l = construct(PyList_Type, r) as PyListObject;
      caps.push(l.allocated);
      decref(l);
      decref(r);
    }
    expect(caps).toEqual([0, 2, 2, 4, 4, 6, 6, 8, 8]);
  });

  it('sizes [0] * n and slices exactly', () => {
    const zero = ints(0);
    const caps: number[] = [];
    for (let n = 0; n < 9; n++) {
      const l = PyList_Type.sq_repeat!(zero, n) as PyListObject;
      caps.push(l.allocated);
      decref(l);
    }
    expect(caps).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const seven = ints(0, 1, 2, 3, 4, 5, 6);
    const s = slice(null, null);
    const copy = PyObject_GetItem(seven, s) as PyListObject;
    expect(copy.allocated).toBe(7);
    for (const o of [zero, seven, s, copy]) decref(o);
  });

  it('extends, inserts, repeats in place and clears as 3.11 does', () => {
    // lst = [1]; lst.extend(range(9)) -> 12; [].insert(0, 'x') -> 4; [1,2,3] *= 3 -> 16; clear -> 0
    const l = ints(1);
    const r9 = range(9);
    decref(call(l, 'extend', r9));
    expect(l.allocated).toBe(12);
    const e = PyList_New();
    decref(call(e, 'insert', int(0), str('x')));
    expect(e.allocated).toBe(4);
    const t = ints(1, 2, 3);
    decref(PyList_Type.sq_inplace_repeat!(t, 3));
    expect([t.items.length, t.allocated]).toEqual([9, 16]);
    decref(call(t, 'clear'));
    expect([t.allocated, sizeofList(t)]).toEqual([0, 56]);
    for (const o of [l, r9, e, t]) decref(o);
  });

  it('shrinks on pop and on slice deletion', () => {
    // shrinking [None]*100 by pop(): [100, 60, 36, 24, 16, 12, 8, 4, 0]
    const none = listFromArraySteal([Py_None]);
    incref(Py_None);
    const l = PyList_Type.sq_repeat!(none, 100) as PyListObject;
    const caps = [l.allocated];
    while (l.items.length > 0) {
      decref(call(l, 'pop'));
      if (l.allocated !== caps[caps.length - 1]) caps.push(l.allocated);
    }
    expect(caps).toEqual([100, 60, 36, 24, 16, 12, 8, 4, 0]);
    // big = list(range(1000)); del big[10:] -> 16
    const r = range(1000);
    const big = construct(PyList_Type, r) as PyListObject;
    PyObject_DelItem(big, slice(10, null));
    expect(big.allocated).toBe(16);
    for (const o of [none, l, r, big]) decref(o);
  });

  it('keeps a zero-size block after shrinking to 0 (the next extend over-allocates)', () => {
    // l = [1, 2]; del l[::-1]; l.extend((1, 2, 3)) -> capacity 8 (list_resize, not preallocation)
    const l = ints(1, 2);
    PyObject_DelItem(l, slice(null, null, -1));
    const t = tupleFromArraySteal([int(1), int(2), int(3)]);
    listExtend(l, t);
    expect(l.allocated).toBe(8);
    // l = [1, 2]; del l[:]; l.extend((1, 2, 3)) -> 4 (ob_item is NULL after list_clear)
    const m = ints(1, 2);
    PyObject_DelItem(m, slice(null, null));
    listExtend(m, t);
    expect(m.allocated).toBe(4);
    for (const o of [l, t, m]) decref(o);
  });

  it('takes list() from fresh memory and [] from the free list', () => {
    const a = PyList_New();
    decref(a);
    const before = listFreeListLength();
    const b = construct(PyList_Type) as PyListObject;
    expect(b).not.toBe(a);
    expect(listFreeListLength()).toBe(before);
    const c = PyList_New();
    expect(c).toBe(a);
    decref(b);
    decref(c);
  });
});

// ---------------------------------------------------------------------------------------------
// list behaviour
// ---------------------------------------------------------------------------------------------

describe('list operations', () => {
  it('indexes and slices', () => {
    const l = ints(5, 3, 8, 1);
    const get = (k: PyObject) => {
      const v = PyObject_GetItem(l, k);
      const s = repr(v);
      decref(v);
      return s;
    };
    expect([get(int(0)), get(int(-1)), get(slice(1, 3)), get(slice(null, null, -1)), get(slice(null, null, 2)), get(slice(10, null))])
      .toEqual(['5', '1', '[3, 8]', '[1, 8, 3, 5]', '[5, 8]', '[]']);
    expect(pyError(() => PyObject_GetItem(l, int(4)))).toBe('IndexError: list index out of range');
    expect(pyError(() => PyObject_GetItem(l, str('a')))).toBe('TypeError: list indices must be integers or slices, not str');
    expect(pyError(() => PyObject_GetItem(l, int(2n ** 100n)))).toBe("IndexError: cannot fit 'int' into an index-sized integer");
    expect(pyError(() => PyObject_GetItem(l, slice(null, null, 0)))).toBe('ValueError: slice step cannot be zero');
    decref(l);
  });

  it('assigns and deletes slices, extended slices included', () => {
    const run = (f: (x: PyListObject) => void, ...init: number[]) => {
      const x = ints(...init);
      f(x);
      const s = repr(x);
      decref(x);
      return s;
    };
    // x = [1..9]; del x[::2] -> [2, 4, 6, 8]; del x[1:7:3] -> [1, 3, 4, 6, 7, 8, 9]; del x[::-3] -> [1, 2, 4, 5, 7, 8]
    expect(run((x) => PyObject_DelItem(x, slice(null, null, 2)), 1, 2, 3, 4, 5, 6, 7, 8, 9)).toBe('[2, 4, 6, 8]');
    expect(run((x) => PyObject_DelItem(x, slice(1, 7, 3)), 1, 2, 3, 4, 5, 6, 7, 8, 9)).toBe('[1, 3, 4, 6, 7, 8, 9]');
    expect(run((x) => PyObject_DelItem(x, slice(null, null, -3)), 1, 2, 3, 4, 5, 6, 7, 8, 9)).toBe('[1, 2, 4, 5, 7, 8]');
    // x[5:2] = ['q'] inserts before 5
    expect(run((x) => PyObject_SetItem(x, slice(5, 2), ints(0)), 1, 2, 3, 4, 5, 6, 7)).toBe('[1, 2, 3, 4, 5, 0, 6, 7]');
    // x[1:4] = x
    expect(run((x) => PyObject_SetItem(x, slice(1, 4), x), 1, 2, 3, 4, 5)).toBe('[1, 1, 2, 3, 4, 5, 5]');
    expect(run((x) => PyObject_SetItem(x, slice(null, null, -2), ints(7, 8, 9)), 1, 2, 3, 4, 5, 6)).toBe('[1, 9, 3, 8, 5, 7]');
    const x = ints(1, 2, 3);
    expect(pyError(() => PyObject_SetItem(x, slice(null, null, 2), ints(1))))
      .toBe('ValueError: attempt to assign sequence of size 1 to extended slice of size 2');
    expect(pyError(() => PyObject_SetItem(x, slice(0, 1), int(1)))).toBe('TypeError: can only assign an iterable');
    expect(pyError(() => PyObject_SetItem(x, slice(1, 2, 2), int(5)))).toBe('TypeError: must assign iterable to extended slice');
    expect(pyError(() => PyObject_SetItem(x, int(5), int(1)))).toBe('IndexError: list assignment index out of range');
    decref(x);
  });

  it('releases the references of removed items', () => {
    const item = construct(PyList_Type);
    const base = item.ob_refcnt;
    const one = listFromArraySteal([item]);
    incref(item);
    const l = PyList_Type.sq_repeat!(one, 20) as PyListObject;
    expect(item.ob_refcnt).toBe(base + 21);
    decref(call(l, 'pop'));
    expect(item.ob_refcnt).toBe(base + 20);
    PyObject_DelItem(l, slice(1, 4));
    expect(item.ob_refcnt).toBe(base + 17);
    PyObject_DelItem(l, slice(null, null, 3));
    expect(item.ob_refcnt).toBe(base + 11);
    decref(PyList_Type.sq_inplace_repeat!(l, 2));
    expect(item.ob_refcnt).toBe(base + 21);
    decref(call(l, 'clear'));
    expect(item.ob_refcnt).toBe(base + 1);
    decref(l);
    decref(one);
    expect(item.ob_refcnt).toBe(base);
    decref(item);
  });

  it('reports errors with CPython 3.11 messages', () => {
    const l = ints(1, 2);
    expect(pyError(() => call(l, 'index', int(42)))).toBe('ValueError: 42 is not in list');
    expect(pyError(() => call(l, 'remove', int(42)))).toBe('ValueError: list.remove(x): x not in list');
    expect(pyError(() => call(PyList_New(), 'pop'))).toBe('IndexError: pop from empty list');
    expect(pyError(() => call(l, 'pop', int(10)))).toBe('IndexError: pop index out of range');
    expect(pyError(() => call(l, 'insert', int(1)))).toBe('TypeError: insert expected 2 arguments, got 1');
    expect(pyError(() => call(l, 'insert', str('a'), int(1)))).toBe("TypeError: 'str' object cannot be interpreted as an integer");
    expect(pyError(() => call(l, 'insert', int(2n ** 100n), int(1)))).toBe('OverflowError: Python int too large to convert to C ssize_t');
    expect(pyError(() => call(l, 'append'))).toBe('TypeError: list.append() takes exactly one argument (0 given)');
    expect(pyError(() => call(l, 'sort', int(1)))).toBe('TypeError: sort() takes no positional arguments');
    expect(pyError(() => call(l, 'index', int(1), str('a')))).toBe('TypeError: slice indices must be integers or have an __index__ method');
    expect(pyError(() => PyList_Type.sq_concat!(l, emptyTupleRef()))).toBe('TypeError: can only concatenate list (not "tuple") to list');
    expect(pyError(() => construct(PyList_Type, int(1)))).toBe("TypeError: 'int' object is not iterable");
    expect(pyError(() => construct(PyList_Type, int(1), int(2)))).toBe('TypeError: list expected at most 1 argument, got 2');
    expect(pyError(() => listExtend(l, int(1), true))).toBe('TypeError: Value after * must be an iterable, not int');
    const mixed = listFromArraySteal([int(3), str('a')]);
    expect(pyError(() => call(mixed, 'sort'))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
    decref(l);
    decref(mixed);
  });

  it('compares lists item by item with the length shortcut', () => {
    const cmp = (a: PyListObject, b: PyListObject, op: number) => {
      const r = PyObject_RichCompareBool(a, b, op);
      decref(a);
      decref(b);
      return r;
    };
    expect([cmp(ints(1, 2), ints(1, 2), 2), cmp(ints(1, 2), ints(1, 3), 0), cmp(ints(1, 2), ints(1, 2, 0), 0), cmp(ints(2), ints(1, 9), 4)])
      .toEqual([true, true, true, true]);
  });

  it('iterates forwards and backwards, releasing the list at the end', () => {
    const l = ints(1, 2, 3);
    const it = PyObject_GetIter(l);
    expect(l.ob_refcnt).toBe(2);
    decref(next(it)!);
    expect(repr(call(it, '__length_hint__'))).toBe('2');
    decref(next(it)!);
    decref(next(it)!);
    expect(next(it)).toBe(null);
    expect(l.ob_refcnt).toBe(1);
    const r = call(l, '__reversed__');
    const out: string[] = [];
    for (let v = next(r); v !== null; v = next(r)) {
      out.push(repr(v));
      decref(v);
    }
    expect(out).toEqual(['3', '2', '1']);
    expect(it.ob_type.tp_name).toBe('list_iterator');
    expect(r.ob_type.tp_name).toBe('list_reverseiterator');
    for (const o of [it, r, l]) decref(o);
  });
});

// ---------------------------------------------------------------------------------------------
// list.sort: CPython's exact comparison sequence
// ---------------------------------------------------------------------------------------------

class KObject extends PyObject {
  constructor(type: PyTypeObject, readonly v: number) {
    super(type);
  }
}

describe('list.sort', () => {
  const log: [number, number][] = [];
  // A type whose `<` records its operands, like `class K` with a logging __lt__ in Python.
  const K = newStaticType('K', 24, 0, 0);
  K.tp_richcompare = (a, b, op) => {
    const x = (a as KObject).v;
    const y = (b as KObject).v;
    if (op === 0) log.push([x, y]);
    return PyBool_FromBool(op === 0 ? x < y : op === 2 ? x === y : false);
  };

  /** seed = (seed * 1103515245 + 12345) % 2**31, as in the Python snippet. */
  let seed = 12345n;
  function rnd(): number {
    seed = (seed * 1103515245n + 12345n) % 2147483648n;
    return Number(seed);
  }

  function logHash(): number {
    let h = 0n;
    for (const [a, b] of log) h = (h * 31n + BigInt(a) * 7n + BigInt(b)) % 1000000007n;
    return Number(h);
  }

  it('calls < in the same order as CPython (count_run, binarysort, galloping merges)', () => {
    // for n in [0, 1, 2, 3, 5, 17, 64, 65, 100, 300, 1000]: data = [K(rnd() % 50) ...]; sorted(data)
    const expected: [number, number, number][] = [
      [0, 0, 0], [1, 0, 0], [2, 1, 193], [3, 4, 6614587], [5, 8, 457949182], [17, 50, 438792158], [64, 306, 75071465],
      [65, 309, 410209634], [100, 536, 572212677], [300, 2081, 802104666], [1000, 8357, 10249265],
    ];
    for (const [n, count, hash] of expected) {
      const items: PyObject[] = [];
      for (let i = 0; i < n; i++) items.push(new KObject(K, rnd() % 50));
      const l = listFromArraySteal(items);
      log.length = 0;
      decref(call(l, 'sort'));
      expect([n, log.length, logHash()]).toEqual([n, count, hash]);
      const vs = l.items.map((o) => (o as KObject).v);
      expect(vs).toEqual([...vs].sort((a, b) => a - b));
    }
  });

  it('finds natural runs and sorts stably in reverse', () => {
    // list(range(200)) -> 199 compares; range(200, 0, -1) -> 199; [5]*150 -> 149;
    // range(100) + range(50) -> 267, reverse=True then 529; [i % 7 for i in range(300)] -> 1778, then 413
    const cases: [number[], number, number, number][] = [
      [Array.from({ length: 200 }, (_, i) => i), 199, 856216785, 199],
      [Array.from({ length: 200 }, (_, i) => 200 - i), 199, 319966432, 199],
      [Array(150).fill(5), 149, 158677684, 149],
      [[...Array.from({ length: 100 }, (_, i) => i), ...Array.from({ length: 50 }, (_, i) => i)], 267, 270756255, 529],
      [Array.from({ length: 300 }, (_, i) => i % 7), 1778, 348986072, 413],
      [[...Array.from({ length: 150 }, (_, i) => 2 * i), ...Array.from({ length: 150 }, (_, i) => 2 * i + 1)], 598, 959071596, 299],
    ];
    for (const [data, count, hash, reverseCount] of cases) {
      const l = listFromArraySteal(data.map((v) => new KObject(K, v)));
      log.length = 0;
      decref(call(l, 'sort'));
      expect([log.length, logHash()]).toEqual([count, hash]);
      log.length = 0;
      decref(callKw(l, 'sort', [PyBool_FromBool(true)], ['reverse']));
      expect(log.length).toBe(reverseCount);
      expect(l.items.map((o) => (o as KObject).v)).toEqual([...data].sort((a, b) => b - a));
      decref(l);
    }
  });

  it('empties the list while sorting and rejects changes made meanwhile', () => {
    // lst = [3, 1, 2]; lst.sort(key=lambda x: (lst.append(x), x)[1]) -> ValueError: list modified during sort,
    // the key function saw len(lst) == 0, 1, 2 (appends go to a fresh array), and lst == [1, 2, 3] afterwards
    const l = ints(3, 1, 2);
    const lengths: number[] = [];
    const keyType = newStaticType('keyfunc', 16, 0, 0);
    keyType.tp_call = (_f, args) => {
      lengths.push(l.items.length);
      PyList_Append(l, args[0]);
      incref(args[0]);
      return args[0];
    };
    const keyfunc = new PyObject(keyType);
    expect(pyError(() => callKw(l, 'sort', [keyfunc], ['key']))).toBe('ValueError: list modified during sort');
    expect(lengths).toEqual([0, 1, 2]);
    expect(repr(l)).toBe('[1, 2, 3]');
    decref(l);
  });
});

// ---------------------------------------------------------------------------------------------
// tuple
// ---------------------------------------------------------------------------------------------

describe('tuple', () => {
  it('returns exact tuples themselves where CPython does', () => {
    const t = tupleFromArraySteal([int(1), int(2), int(3)]);
    const same = (o: PyObject) => {
      const r = o === t;
      decref(o);
      return r;
    };
    expect([
      same(PyObject_GetItem(t, slice(null, null))), same(PyObject_GetItem(t, slice(0, 3, 1))), same(PyTuple_Type.sq_repeat!(t, 1)),
      same(PyTuple_Type.sq_concat!(t, emptyTupleRef())), same(construct(PyTuple_Type, t)), same(PySequence_Tuple(t)),
    ]).toEqual([true, true, true, true, true, true]);
    const e = emptyTupleRef();
    expect(PyTuple_Type.sq_concat!(e, t)).toBe(t);
    decref(t);
    decref(e);
    decref(t);
  });

  it('builds tuple(iterable) by growing and cutting back', () => {
    const r = range(25);
    const t = construct(PyTuple_Type, r) as PyTupleObject;
    expect(t.items.length).toBe(25);
    expect(repr(t)).toBe(`(${Array.from({ length: 25 }, (_, i) => i).join(', ')})`);
    const it = PyObject_GetIter(r);
    const u = PySequence_Tuple(it) as PyTupleObject;
    expect(u.items.length).toBe(25);
    expect(isTracked(u)).toBe(true);
    for (const o of [r, t, it, u]) decref(o);
  });

  it('hashes as 3.11 tuplehash', () => {
    // hash((1, 2)), hash(()), hash((1,))
    const h = (t: PyTupleObject) => {
      const v = PyTuple_Type.tp_hash!(t);
      decref(t);
      return String(v);
    };
    expect([h(tupleFromArraySteal([int(1), int(2)])), h(emptyTupleRef()), h(tupleFromArraySteal([int(1)]))])
      .toEqual(['-3550055125485641917', '5740354900026072187', '-6644214454873602895']);
  });

  it('reports errors with CPython 3.11 messages', () => {
    const t = tupleFromArraySteal([int(1), int(2)]);
    expect(pyError(() => PyObject_GetItem(t, int(3)))).toBe('IndexError: tuple index out of range');
    expect(pyError(() => PyObject_GetItem(t, str('a')))).toBe('TypeError: tuple indices must be integers or slices, not str');
    expect(pyError(() => PyTuple_Type.sq_concat!(t, ints(1)))).toBe('TypeError: can only concatenate tuple (not "list") to tuple');
    expect(pyError(() => call(t, 'index', int(9)))).toBe('ValueError: tuple.index(x): x not in tuple');
    expect(pyError(() => construct(PyTuple_Type, int(1), int(2)))).toBe('TypeError: tuple expected at most 1 argument, got 2');
    expect(pyError(() => PyTuple_Type.tp_new!(PyTuple_Type, [int(1)], ['x']))).toBe('TypeError: tuple() takes no keyword arguments');
    decref(t);
  });

  it('reuses a freed tuple of the same size', () => {
    const a = tupleFromArraySteal([int(1), int(2)]);
    decref(a);
    const b = tupleFromArraySteal([int(3), int(4)]);
    expect(b).toBe(a);
    decref(b);
  });
});

// ---------------------------------------------------------------------------------------------
// dict
// ---------------------------------------------------------------------------------------------

describe('dict sizes', () => {
  it('grows as 3.11 does for int and str keys', () => {
    // conformance sizeof/dict_growth.py
    const d = PyDict_New();
    const s = PyDict_New();
    const di: [number, number][] = [[0, sizeofDict(d)]];
    const ds: [number, number][] = [];
    for (let i = 0; i < 100; i++) {
      PyDict_SetItem(d, int(i), Py_None);
      PyDict_SetItem(s, str(`k${i}`), Py_None);
      if (sizeofDict(d) !== di[di.length - 1][1]) di.push([d.used, sizeofDict(d)]);
      if (ds.length === 0 || sizeofDict(s) !== ds[ds.length - 1][1]) ds.push([s.used, sizeofDict(s)]);
    }
    expect(di).toEqual([[0, 64], [1, 224], [6, 352], [11, 632], [22, 1168], [43, 2264], [86, 4688]]);
    expect(ds).toEqual([[1, 184], [6, 272], [11, 464], [22, 832], [43, 1584], [86, 3328]]);
    for (let i = 0; i < 95; i++) PyObject_DelItem(d, int(i));
    expect([d.used, sizeofDict(d)]).toEqual([5, 4688]);
    decref(call(d, 'clear'));
    expect(sizeofDict(d)).toBe(64);
    decref(d);
    decref(s);
  });

  it('sizes copies, merges and fromkeys as 3.11 does (calculate_log2_keysize quirks included)', () => {
    // for n in range(1, 24, 4): o = {'k%d' % i: i for i in range(n + 1)}; del o['k%d' % n]
    //   n, getsizeof(o), getsizeof(dict(o)), getsizeof(o.copy()) -> 1 184 272 184 / 5 272 184 272 / 9 272 272 272 ...
    const expected = [[1, 184, 272, 184], [5, 272, 184, 272], [9, 272, 272, 272], [13, 464, 464, 464], [17, 464, 464, 464], [21, 832, 832, 832]];
    for (const [n, size, merged, copied] of expected) {
      const o = PyDict_New();
      for (let i = 0; i <= n; i++) PyDict_SetItem(o, str(`k${i}`), int(i));
      PyObject_DelItem(o, str(`k${n}`));
      const m = construct(PyDict_Type, o) as PyDictObject;
      const c = PyDict_Copy(o);
      expect([n, sizeofDict(o), sizeofDict(m), sizeofDict(c)]).toEqual([n, size, merged, copied]);
      for (const x of [o, m, c]) decref(x);
    }
    // dict.fromkeys(range(10)) -> 352; {'a': 1} then [1] = 2 -> 352
    const r = range(10);
    const f = call(PyDict_New(), 'fromkeys', r) as PyDictObject;
    expect(sizeofDict(f)).toBe(352);
    const mixed = PyDict_New();
    PyDict_SetItem(mixed, str('a'), int(1));
    PyDict_SetItem(mixed, int(1), int(2));
    expect(sizeofDict(mixed)).toBe(352);
    // {}.update(a=1, ..., f=6) -> 272
    const q = PyDict_New();
    decref(callKw(q, 'update', ['a', 'b', 'c', 'd', 'e', 'f'].map((_, i) => int(i)), ['a', 'b', 'c', 'd', 'e', 'f']));
    expect(sizeofDict(q)).toBe(272);
    for (const x of [r, f, mixed, q]) decref(x);
  });
});

describe('dict behaviour', () => {
  function d(...pairs: [PyObject, PyObject][]): PyDictObject {
    const mp = PyDict_New();
    for (const [k, v] of pairs) {
      PyDict_SetItem(mp, k, v);
      decref(k);
      decref(v);
    }
    return mp;
  }

  it('pops LIFO and reports CPython errors', () => {
    const mp = d([str('a'), int(1)], [str('b'), int(2)]);
    expect(repr(call(mp, 'popitem'))).toBe("('b', 2)");
    expect(pyError(() => call(PyDict_New(), 'popitem'))).toBe("KeyError: 'popitem(): dictionary is empty'");
    expect(pyError(() => call(mp, 'pop', str('z')))).toBe("KeyError: 'z'");
    expect(repr(call(PyDict_New(), 'pop', ints(), int(5)))).toBe('5');
    expect(pyError(() => PyObject_GetItem(mp, ints()))).toBe("TypeError: unhashable type: 'list'");
    expect(pyError(() => construct(PyDict_Type, ints(1)))).toBe('TypeError: cannot convert dictionary update sequence element #0 to a sequence');
    expect(pyError(() => construct(PyDict_Type, listFromArraySteal([ints(1, 2, 3)])))).toBe(
      'ValueError: dictionary update sequence element #0 has length 3; 2 is required');
    expect(pyError(() => construct(PyDict_Type, PyDict_New(), PyDict_New()))).toBe('TypeError: dict expected at most 1 argument, got 2');
    expect(pyError(() => call(mp, 'get'))).toBe('TypeError: get expected at least 1 argument, got 0');
    expect(pyError(() => dictUpdate(PyDict_New(), int(1)))).toBe("TypeError: 'int' object is not a mapping");
    decref(mp);
  });

  it('detects size and key changes during iteration', () => {
    const mp = d([int(0), int(0)]);
    const it = PyObject_GetIter(mp);
    decref(next(it)!);
    PyObject_DelItem(mp, int(0));
    PyDict_SetItem(mp, int(1), int(0));
    expect(pyError(() => next(it))).toBe('RuntimeError: dictionary keys changed during iteration');
    const it2 = PyObject_GetIter(mp);
    PyDict_SetItem(mp, int(5), int(5));
    expect(pyError(() => next(it2))).toBe('RuntimeError: dictionary changed size during iteration');
    expect(pyError(() => next(it2))).toBe('RuntimeError: dictionary changed size during iteration');
    for (const o of [it, it2, mp]) decref(o);
  });

  it('recycles the items tuple and holds None twice for it', () => {
    const mp = d([int(1), int(2)], [int(3), int(4)]);
    const noneBefore = Py_None.ob_refcnt;
    const view = call(mp, 'items');
    const it = PyObject_GetIter(view);
    expect(Py_None.ob_refcnt - noneBefore).toBe(2);
    const r1 = next(it)!;
    expect(r1.ob_refcnt).toBe(2);
    decref(r1);
    const r2 = next(it)!;
    expect(r2).toBe(r1);
    expect(repr(r2)).toBe('(3, 4)');
    decref(r2);
    expect(next(it)).toBe(null);
    const before = mp.ob_refcnt;
    decref(view);
    expect(mp.ob_refcnt).toBe(before - 1);
    decref(it);
    expect(Py_None.ob_refcnt).toBe(noneBefore);
    decref(mp);
  });

  it('has set-like keys and items views', () => {
    const mp = d([int(1), str('a')], [int(2), str('b')], [int(3), str('c')]);
    const keys = call(mp, 'keys');
    const items = call(mp, 'items');
    const values = call(mp, 'values');
    expect([repr(keys), repr(values), repr(items)]).toEqual(["dict_keys([1, 2, 3])", "dict_values(['a', 'b', 'c'])",
      "dict_items([(1, 'a'), (2, 'b'), (3, 'c')])"]);
    const pair = tupleFromArraySteal([int(1), str('a')]);
    expect([keys.ob_type.sq_contains!(keys, int(1)), items.ob_type.sq_contains!(items, pair), keys.ob_type.sq_length!(keys)])
      .toEqual([true, true, 3]);
    const other = ints(1, 5);
    const both = keys.ob_type.nb_and!(keys, other);
    expect(repr(both)).toBe('{1}');
    const minus = keys.ob_type.nb_subtract!(keys, other);
    expect(repr(minus)).toBe('{2, 3}');
    const rev = call(keys, '__reversed__');
    const out: string[] = [];
    for (let v = next(rev); v !== null; v = next(rev)) {
      out.push(repr(v));
      decref(v);
    }
    expect(out).toEqual(['3', '2', '1']);
    expect(repr(call(keys, 'isdisjoint', ints(4)))).toBe('True');
    for (const o of [keys, items, values, pair, other, both, minus, rev, mp]) decref(o);
  });

  it('keeps a new dict untracked until a container goes in, and copies keep tracking', () => {
    const mp = PyDict_New();
    PyDict_SetItem(mp, int(1), int(2));
    expect(isTracked(mp)).toBe(false);
    const inner = PyList_New();
    PyDict_SetItem(mp, int(2), inner);
    expect(isTracked(mp)).toBe(true);
    const c = PyDict_Copy(mp);
    expect(isTracked(c)).toBe(true);
    gcUntrack(mp);
    for (const o of [inner, c, mp]) decref(o);
  });
});
