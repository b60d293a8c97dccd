/**
 * The generic iterators: `iterator` (iterates a sequence through __getitem__ until IndexError or
 * StopIteration) and `callable_iterator` (iter(callable, sentinel)), with the sequence helpers
 * they share with reversed().
 * CPython 3.11: Objects/iterobject.c; Objects/abstract.c PySequence_Check, PySequence_Size,
 * PySequence_GetItem.
 */
import { CompareOp, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { PyErr, raise } from '../vm/errors.ts';
import { PyExc_IndexError, PyExc_StopIteration, PyExc_TypeError } from './exceptions.ts';
import { PyObject_RichCompareBool, PyObject_TypeCheck, Py_NotImplemented } from './object.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { callNoArgs, setHasGetitem, setSeqIterFactory } from './abstract.ts';
import { lookupStr } from './typeobject.ts';
import { noArgs } from './getargs.ts';

export const enum IterLayout {
  /** sizeof(seqiterobject): header, it_index, it_seq. */
  SEQITER_SIZE = 32,
  /** sizeof(calliterobject): header, it_callable, it_sentinel. */
  CALLITER_SIZE = 32,
}

/** Py_TPFLAGS_DISALLOW_INSTANTIATION */
const enum IterFlags {
  DISALLOW_INSTANTIATION = 1 << 7,
}

export const PySeqIter_Type: PyTypeObject = registerStaticType(
  newStaticType('iterator', IterLayout.SEQITER_SIZE, 0, TPFlags.HAVE_GC | IterFlags.DISALLOW_INSTANTIATION),
);
export const PyCallIter_Type: PyTypeObject = registerStaticType(
  newStaticType('callable_iterator', IterLayout.CALLITER_SIZE, 0, TPFlags.HAVE_GC | IterFlags.DISALLOW_INSTANTIATION),
);

// ---------------------------------------------------------------------------------------------
// The sequence protocol as these iterators use it
// ---------------------------------------------------------------------------------------------

/**
 * CPython 3.11: Objects/abstract.c PySequence_Check for a type: not a dict, and sq_item.
 * Classes get sq_item (slot_sq_item) exactly when __getitem__ is defined. NON-CPYTHON: builtin
 * types that define only mp_subscript count as sequences unless they are mappings.
 */
export function typeIsSequence(t: PyTypeObject): boolean {
  if (t.tp_flags & TPFlags.DICT_SUBCLASS) return false;
  if (t.sq_item !== null) return true;
  if (t.mp_subscript === null) return false;
  if (t.tp_flags & TPFlags.HEAPTYPE) return lookupStr(t, '__getitem__') !== null;
  return (t.tp_flags & TPFlags.MAPPING) === 0;
}

/** PySequence_Check */
export function PySequence_Check(o: PyObject): boolean {
  return typeIsSequence(o.ob_type);
}

/** CPython 3.11: Objects/abstract.c PySequence_GetItem (i >= 0 here: no length adjustment). */
export function sequenceGetItem(s: PyObject, i: number): PyObject {
  const t = s.ob_type;
  if (t.sq_item !== null) return t.sq_item(s, i);
  if (t.mp_subscript !== null) {
    if (!typeIsSequence(t)) raise(PyExc_TypeError, `${t.tp_name} is not a sequence`);
    // slot_sq_item: __getitem__(PyLong(i))
    const key = PyLong_FromNumber(i);
    try {
      return t.mp_subscript(s, key);
    } finally {
      decref(key);
    }
  }
  raise(PyExc_TypeError, `'${t.tp_name}' object does not support indexing`);
}

/** CPython 3.11: Objects/abstract.c PySequence_Size */
export function sequenceSize(s: PyObject): number {
  const t = s.ob_type;
  // NON-CPYTHON: a length past 2**53 (a range's) is rounded; the callers index JavaScript arrays.
  if (t.sq_length !== null) return Number(t.sq_length(s));
  if (t.mp_length !== null) raise(PyExc_TypeError, `${t.tp_name} is not a sequence`);
  raise(PyExc_TypeError, `object of type '${t.tp_name}' has no len()`);
}

/** _PyObject_HasLen */
function hasLen(o: PyObject): boolean {
  return o.ob_type.sq_length !== null || o.ob_type.mp_length !== null;
}

/** Does this exception end a __getitem__ iteration (IndexError or StopIteration)? */
export function endsSequence(e: unknown): e is PyErr {
  return e instanceof PyErr && (PyObject_TypeCheck(e.exc, PyExc_IndexError) || PyObject_TypeCheck(e.exc, PyExc_StopIteration));
}

// ---------------------------------------------------------------------------------------------
// iterator
// ---------------------------------------------------------------------------------------------

export class SeqIterObject extends PyObject {
  it_index = 0;
  /** The sequence, null once exhausted. */
  it_seq: PyObject | null;
  constructor(seq: PyObject) {
    super(PySeqIter_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PySeqIter_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.it_seq = seq;
  }
}

/** CPython 3.11: Objects/iterobject.c PySeqIter_New */
export function PySeqIter_New(seq: PyObject): SeqIterObject {
  const it = new SeqIterObject(seq);
  gcAllocObject(it, IterLayout.SEQITER_SIZE);
  incref(seq);
  gcTrack(it);
  return it;
}

/** CPython 3.11: Objects/iterobject.c iter_iternext */
function iter_iternext(o: PyObject): PyObject | null {
  const it = o as SeqIterObject;
  const seq = it.it_seq;
  if (seq === null) return null;
  try {
    const result = sequenceGetItem(seq, it.it_index);
    it.it_index++;
    return result;
  } catch (e) {
    if (!endsSequence(e)) throw e;
    decref(e.exc);
    it.it_seq = null;
    decref(seq);
    return null;
  }
}

PySeqIter_Type.tp_iter = (o) => newref(o);
PySeqIter_Type.tp_iternext = iter_iternext;
/** CPython 3.11: Objects/iterobject.c iter_dealloc */
PySeqIter_Type.tp_dealloc = (o) => {
  const it = o as SeqIterObject;
  gcUntrack(it);
  const seq = it.it_seq;
  it.it_seq = null;
  xdecref(seq);
  gcDel(it);
};
PySeqIter_Type.tp_traverse = (o, visit) => {
  const seq = (o as SeqIterObject).it_seq;
  if (seq !== null) visit(seq);
};
PySeqIter_Type.methods = [
  {
    name: '__length_hint__',
    /** CPython 3.11: Objects/iterobject.c iter_len */
    fn: (self, args, kw) => {
      noArgs('iterator.__length_hint__', args, kw);
      const it = self as SeqIterObject;
      if (it.it_seq !== null) {
        if (!hasLen(it.it_seq)) return newref(Py_NotImplemented);
        const len = sequenceSize(it.it_seq) - it.it_index;
        if (len >= 0) return PyLong_FromNumber(len);
      }
      return PyLong_FromNumber(0);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// callable_iterator
// ---------------------------------------------------------------------------------------------

export class CallIterObject extends PyObject {
  /** Both null once exhausted. */
  it_callable: PyObject | null;
  it_sentinel: PyObject | null;
  constructor(callable: PyObject, sentinel: PyObject) {
    super(PyCallIter_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyCallIter_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.it_callable = callable;
    this.it_sentinel = sentinel;
  }
}

/**
 * CPython 3.11: Objects/iterobject.c PyCallIter_New. (builtin iter(v, w) checks first that v
 * is callable: "iter(v, w): v must be callable".)
 */
export function PyCallIter_New(callable: PyObject, sentinel: PyObject): CallIterObject {
  const it = new CallIterObject(callable, sentinel);
  gcAllocObject(it, IterLayout.CALLITER_SIZE);
  incref(callable);
  incref(sentinel);
  gcTrack(it);
  return it;
}

function calliterClear(it: CallIterObject): void {
  const c = it.it_callable;
  it.it_callable = null;
  xdecref(c);
  const s = it.it_sentinel;
  it.it_sentinel = null;
  xdecref(s);
}

/**
 * CPython 3.11: Objects/iterobject.c calliter_iternext: calls the callable; a result equal to
 * the sentinel (sentinel == result) or a StopIteration ends the iteration for good.
 */
function calliter_iternext(o: PyObject): PyObject | null {
  const it = o as CallIterObject;
  const callable = it.it_callable;
  if (callable === null) return null;
  let result: PyObject;
  try {
    result = callNoArgs(callable);
  } catch (e) {
    if (!(e instanceof PyErr) || !PyObject_TypeCheck(e.exc, PyExc_StopIteration)) throw e;
    decref(e.exc);
    calliterClear(it);
    return null;
  }
  const sentinel = it.it_sentinel;
  if (sentinel === null) {
    decref(result);
    return null;
  }
  let ok: boolean;
  try {
    ok = PyObject_RichCompareBool(sentinel, result, CompareOp.EQ);
  } catch (e) {
    decref(result);
    throw e;
  }
  if (!ok) return result;
  calliterClear(it);
  decref(result);
  return null;
}

PyCallIter_Type.tp_iter = (o) => newref(o);
PyCallIter_Type.tp_iternext = calliter_iternext;
/** CPython 3.11: Objects/iterobject.c calliter_dealloc */
PyCallIter_Type.tp_dealloc = (o) => {
  const it = o as CallIterObject;
  gcUntrack(it);
  calliterClear(it);
  gcDel(it);
};
PyCallIter_Type.tp_traverse = (o, visit) => {
  const it = o as CallIterObject;
  if (it.it_callable !== null) visit(it.it_callable);
  if (it.it_sentinel !== null) visit(it.it_sentinel);
};

/**
 * Start-up wiring: PyObject_GetIter falls back to PySeqIter_New for objects without __iter__
 * that are sequences (a class with __getitem__).
 */
export function initIterObjects(): void {
  setSeqIterFactory(PySeqIter_New);
  setHasGetitem(typeIsSequence);
}
