// The generic iterators (kernel/objects/iterobject.ts) and enumerate / reversed
// (kernel/objects/enumobject.ts) against CPython 3.11.7 (python3 snippets quoted inline).
import { beforeAll, describe, expect, it } from 'vitest';
import type { PyObject } from '../../kernel/objects/pyobject.ts';
import { decref } from '../../kernel/memory/refcount.ts';
import { PyErr } from '../../kernel/vm/errors.ts';
import { initBool, Py_True } from '../../kernel/objects/boolobject.ts';
import { PyLong_FromValue, norm } from '../../kernel/objects/longobject.ts';
import { reprString } from '../../kernel/objects/object.ts';
import { PyUnicode_FromString } from '../../kernel/objects/unicodeobject.ts';
import { PyList_Type, listFromArraySteal } from '../../kernel/objects/listobject.ts';
import { PyCFunction_New } from '../../kernel/objects/methodobject.ts';
import { gcUntrack, isTracked } from '../../kernel/gc/gcstate.ts';
import { PyRange_Type } from '../../kernel/objects/rangeobject.ts';
import { PyCallIter_New, PySeqIter_New, PySeqIter_Type } from '../../kernel/objects/iterobject.ts';
import { PyEnum_Type, PyReversed_Type } from '../../kernel/objects/enumobject.ts';

beforeAll(() => {
  if (Py_True === undefined) initBool();
});

function int(v: number | bigint): PyObject {
  return PyLong_FromValue(norm(BigInt(v)));
}

function range(...args: number[]): PyObject {
  return PyRange_Type.tp_new!(PyRange_Type, args.map(int), null);
}

function next(it: PyObject): PyObject | null {
  return it.ob_type.tp_iternext!(it);
}

/** Consumes an iterator into a repr'd list. */
function drain(it: PyObject): string {
  const out: string[] = [];
  for (let v = next(it); v !== null; v = next(it)) {
    out.push(reprString(v));
    decref(v);
  }
  return `[${out.join(', ')}]`;
}

function method(o: PyObject, name: string, ...args: PyObject[]): PyObject {
  return o.ob_type.methods.find((m) => m.name === name)!.fn(o, args, null);
}

function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    const exc = e.exc as PyObject & { args: { items: PyObject[] } };
    const text = reprString(exc.args.items[0]).slice(1, -1);
    const name = exc.ob_type.tp_name;
    decref(e.exc);
    return `${name}: ${text}`;
  }
  return 'no error';
}

describe('iterator (sequence iterator)', () => {
  it('iterates through sq_item until IndexError, then stays exhausted', () => {
    const r = range(3);
    const it = PySeqIter_New(r);
    expect(it.ob_type.tp_name).toBe('iterator');
    expect(reprString(method(it, '__length_hint__'))).toBe('3');
    expect(drain(it)).toBe('[0, 1, 2]');
    expect(next(it)).toBe(null);
    expect(reprString(method(it, '__length_hint__'))).toBe('0');
    decref(it);
  });

  it('holds a reference to the sequence until exhausted', () => {
    const r = range(2);
    const before = r.ob_refcnt;
    const it = PySeqIter_New(r);
    expect(r.ob_refcnt).toBe(before + 1);
    drain(it);
    expect(r.ob_refcnt).toBe(before);
    decref(it);
  });

  it('cannot be instantiated', () => {
    expect(PySeqIter_Type.tp_new).toBe(null);
  });
});

describe('callable_iterator', () => {
  it('calls until the sentinel, then stays exhausted', () => {
    // python3: list(iter([1, 2, 3, 4].pop, 2)) -> [4, 3]
    const lst = listFromArraySteal([int(1), int(2), int(3), int(4)]);
    const pop = PyCFunction_New(PyList_Type.methods.find((m) => m.name === 'pop')!, lst);
    const sentinel = int(2);
    const it = PyCallIter_New(pop, sentinel);
    expect(it.ob_type.tp_name).toBe('callable_iterator');
    expect(drain(it)).toBe('[4, 3]');
    expect(next(it)).toBe(null);
    expect(reprString(lst)).toBe('[1]');
    expect(it.it_callable).toBe(null);
    decref(it);
    decref(pop);
  });
});

describe('enumerate', () => {
  it('counts from start, with big starts', () => {
    // python3: list(enumerate('ab', 5)), list(enumerate(range(2), 2**70))
    const e1 = PyEnum_Type.tp_new!(PyEnum_Type, [PyUnicode_FromString('ab'), int(5)], null);
    expect(drain(e1)).toBe("[(5, 'a'), (6, 'b')]");
    const e2 = PyEnum_Type.tp_new!(PyEnum_Type, [range(2), int(2n ** 70n)], null);
    expect(drain(e2)).toBe('[(1180591620717411303424, 0), (1180591620717411303425, 1)]');
    const e3 = PyEnum_Type.tp_new!(PyEnum_Type, [range(2), int(Number.MAX_SAFE_INTEGER - 1)], null);
    expect(drain(e3)).toBe('[(9007199254740990, 0), (9007199254740991, 1)]');
    const e4 = PyEnum_Type.tp_new!(PyEnum_Type, [range(2), int(Number.MAX_SAFE_INTEGER)], null);
    expect(drain(e4)).toBe('[(9007199254740991, 0), (9007199254740992, 1)]');
  });

  it('keyword forms and errors (enum_vectorcall messages)', () => {
    const call = (args: PyObject[], kw: string[] | null) => drain(PyEnum_Type.tp_new!(PyEnum_Type, args, kw));
    expect(call([range(1), int(3)], ['iterable', 'start'])).toBe('[(3, 0)]');
    expect(call([int(3), range(1)], ['start', 'iterable'])).toBe('[(3, 0)]');
    expect(call([range(1), int(7)], ['start'])).toBe('[(7, 0)]');
    // python3: enumerate(), enumerate(x=1), enumerate([], 1, 2)
    expect(pyError(() => PyEnum_Type.tp_new!(PyEnum_Type, [], null))).toBe(
      "TypeError: enumerate() missing required argument 'iterable'",
    );
    expect(pyError(() => PyEnum_Type.tp_new!(PyEnum_Type, [int(1)], ['x']))).toBe(
      "TypeError: 'x' is an invalid keyword argument for enumerate()",
    );
    expect(pyError(() => PyEnum_Type.tp_new!(PyEnum_Type, [range(1), int(1), int(2)], null))).toBe(
      'TypeError: enumerate() takes at most 2 arguments (3 given)',
    );
    expect(pyError(() => PyEnum_Type.tp_new!(PyEnum_Type, [int(5)], null))).toBe("TypeError: 'int' object is not iterable");
  });

  it('recycles its result tuple when the caller dropped it, and re-tracks it', () => {
    const e = PyEnum_Type.tp_new!(PyEnum_Type, [range(3)], null);
    const t1 = next(e)!;
    expect(reprString(t1)).toBe('(0, 0)');
    decref(t1);
    gcUntrack(t1); // as a collection's untrack_tuples may have done
    const t2 = next(e)!;
    expect(t2).toBe(t1);
    expect(reprString(t2)).toBe('(1, 1)');
    expect(isTracked(t2)).toBe(true);
    const t3 = next(e)!; // t2 is still held: a new tuple
    expect(t3).not.toBe(t2);
    expect(reprString(t3)).toBe('(2, 2)');
    decref(t2);
    decref(t3);
    decref(e);
  });
});

describe('reversed', () => {
  it('uses __reversed__ when the type has it, else the sequence protocol', () => {
    // Unreadied static types have no __reversed__ in their dict here: range goes through
    // sq_length/sq_item, which yields the same values as range.__reversed__.
    const r = PyReversed_Type.tp_new!(PyReversed_Type, [range(1, 10, 4)], null);
    expect(r.ob_type.tp_name).toBe('reversed');
    expect(reprString(method(r, '__length_hint__'))).toBe('3');
    expect(drain(r)).toBe('[9, 5, 1]');
    expect(reprString(method(r, '__length_hint__'))).toBe('0');
    const s = PyReversed_Type.tp_new!(PyReversed_Type, [PyUnicode_FromString('abc')], null);
    expect(drain(s)).toBe("['c', 'b', 'a']");
  });

  it('errors', () => {
    // python3: reversed(1), reversed(), reversed([], x=1)
    expect(pyError(() => PyReversed_Type.tp_new!(PyReversed_Type, [int(1)], null))).toBe(
      "TypeError: 'int' object is not reversible",
    );
    expect(pyError(() => PyReversed_Type.tp_new!(PyReversed_Type, [], null))).toBe(
      'TypeError: reversed expected 1 argument, got 0',
    );
    expect(pyError(() => PyReversed_Type.tp_new!(PyReversed_Type, [range(1), int(1)], ['x']))).toBe(
      'TypeError: reversed() takes no keyword arguments',
    );
  });
});
