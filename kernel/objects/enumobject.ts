/**
 * enumerate (which recycles its result tuple when nobody else holds it) and reversed.
 * CPython 3.11: Objects/enumobject.c.
 */
import { PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, newref, xdecref } from '../memory/refcount.ts';
import { gcDel, gcTrack, gcUntrack, isTracked } from '../gc/gcstate.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_TypeError } from './exceptions.ts';
import { Py_None } from './object.ts';
import { type IntValue, PyLongObject, PyLong_FromNumber, PyLong_FromSsize_t, PyLong_FromValue, PyLong_Type, intAdd } from './longobject.ts';
import { PyNumber_Index, PyObject_GetIter, callNoArgs } from './abstract.ts';
import { PyTupleObject, tupleFromArray, tupleFromArraySteal } from './tupleobject.ts';
import { finishAlloc, lookupStr } from './typeobject.ts';
import { checkPositional, noArgs, noKeywords, unpackArgs } from './getargs.ts';
import { endsSequence, sequenceGetItem, sequenceSize, typeIsSequence } from './iterobject.ts';

export const enum EnumLayout {
  /** sizeof(enumobject): header, en_index, en_sit, en_result, en_longindex, one. */
  ENUM_SIZE = 56,
  /** sizeof(reversedobject): header, index, seq. */
  REVERSED_SIZE = 32,
}

/**
 * PY_SSIZE_T_MAX for en_index. NON-CPYTHON: the index is a JavaScript number, so enumerate
 * switches to int-object counting at 2**53 - 1 instead of 2**63 - 1 (same values either way).
 */
const SSIZE_MAX = Number.MAX_SAFE_INTEGER;

export const PyEnum_Type: PyTypeObject = registerStaticType(
  newStaticType('enumerate', EnumLayout.ENUM_SIZE, 0, TPFlags.BASETYPE | TPFlags.HAVE_GC),
);
export const PyReversed_Type: PyTypeObject = registerStaticType(
  newStaticType('reversed', EnumLayout.REVERSED_SIZE, 0, TPFlags.BASETYPE | TPFlags.HAVE_GC),
);

/** PyObject_GC_Del (with the managed-dict pre-header of subclasses). */
function gcFree(o: PyObject): void {
  gcDel(o, (o.ob_type.tp_flags & TPFlags.MANAGED_DICT) !== 0 ? 32 : 16);
}

// ---------------------------------------------------------------------------------------------
// enumerate
// ---------------------------------------------------------------------------------------------

export class EnumObject extends PyObject {
  /** Current index while it fits; SSIZE_MAX once counting moved to en_longindex. */
  en_index = 0;
  /** The underlying iterator. */
  en_sit: PyObject | null = null;
  /** The (index, item) tuple handed out again when its only reference is ours. */
  en_result: PyTupleObject | null = null;
  en_longindex: PyLongObject | null = null;
  constructor(type: PyTypeObject) {
    super(type, false);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
  }
}

PyEnum_Type.tp_alloc = (type) => {
  const en = new EnumObject(type);
  finishAlloc(en, type);
  return en;
};
PyEnum_Type.tp_free = gcFree;

/** CPython 3.11: Objects/enumobject.c enum_new_impl */
function enum_new_impl(type: PyTypeObject, iterable: PyObject, start: PyObject | null): PyObject {
  const en = type.tp_alloc!(type) as EnumObject;
  try {
    if (start !== null) {
      const s = PyNumber_Index(start);
      const v = s.v;
      if (typeof v === 'bigint') {
        en.en_index = SSIZE_MAX;
        en.en_longindex = s.ob_type === PyLong_Type ? s : exactCopy(s);
      } else {
        en.en_index = v;
        decref(s);
      }
    }
    en.en_sit = PyObject_GetIter(iterable);
    en.en_result = tupleFromArray([Py_None, Py_None]);
  } catch (e) {
    decref(en);
    throw e;
  }
  return en;
}

/** 3.11's PyNumber_Index returns an exact int. */
function exactCopy(s: PyLongObject): PyLongObject {
  const c = PyLong_FromValue(s.v);
  decref(s);
  return c;
}

/**
 * enumerate(iterable, start=0). The exact type is called through enum_vectorcall (its own
 * messages); subclasses through enum_new (Argument Clinic).
 */
PyEnum_Type.tp_new = (type, args, kwnames) => {
  if (type !== PyEnum_Type) {
    const [iterable, start] = unpackArgs('enumerate', args, kwnames, ['iterable', 'start'], 1);
    return enum_new_impl(type, iterable!, start);
  }
  return enum_vectorcall(type, args, kwnames);
};

function checkKeyword(kwnames: string[], index: number, name: string): void {
  if (kwnames[index] !== name) raise(PyExc_TypeError, `'${kwnames[index]}' is an invalid keyword argument for enumerate()`);
}

/** CPython 3.11: Objects/enumobject.c enum_vectorcall */
function enum_vectorcall(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkwargs = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkwargs;
  if (nargs + nkwargs === 2) {
    if (nkwargs === 1) checkKeyword(kwnames!, 0, 'start');
    else if (nkwargs === 2) {
      if (kwnames![0] === 'start') {
        checkKeyword(kwnames!, 1, 'iterable');
        return enum_new_impl(type, args[1], args[0]);
      }
      checkKeyword(kwnames!, 0, 'iterable');
      checkKeyword(kwnames!, 1, 'start');
    }
    return enum_new_impl(type, args[0], args[1]);
  }
  if (nargs + nkwargs === 1) {
    if (nkwargs === 1) checkKeyword(kwnames!, 0, 'iterable');
    return enum_new_impl(type, args[0], null);
  }
  if (nargs === 0) raise(PyExc_TypeError, "enumerate() missing required argument 'iterable'");
  raise(PyExc_TypeError, `enumerate() takes at most 2 arguments (${nargs + nkwargs} given)`);
}

/**
 * Hands out (index, item): the previous result tuple is refilled when enumerate holds its only
 * reference (the loop dropped it), else a new tuple is made. Steals index and item.
 */
function enumResult(en: EnumObject, nextIndex: PyObject, nextItem: PyObject): PyObject {
  const result = en.en_result!;
  if (result.ob_refcnt === 1) {
    result.ob_refcnt++;
    const items = result.items;
    const oldIndex = items[0];
    const oldItem = items[1];
    items[0] = nextIndex;
    items[1] = nextItem;
    result.hashCache = null;
    decref(oldIndex);
    decref(oldItem);
    // bpo-42536: the collector may have untracked the recycled tuple.
    if (!isTracked(result)) gcTrack(result);
    return result;
  }
  return tupleFromArraySteal([nextIndex, nextItem]);
}

/** CPython 3.11: Objects/enumobject.c enum_next_long: counting with int objects. */
function enum_next_long(en: EnumObject, nextItem: PyObject): PyObject {
  if (en.en_longindex === null) en.en_longindex = PyLong_FromValue(SSIZE_MAX);
  const nextIndex = en.en_longindex;
  let steppedUp: PyLongObject;
  try {
    steppedUp = PyLong_FromValue(intAdd(nextIndex.v as IntValue, 1));
  } catch (e) {
    decref(nextItem);
    throw e;
  }
  en.en_longindex = steppedUp;
  return enumResult(en, nextIndex, nextItem);
}

/** CPython 3.11: Objects/enumobject.c enum_next */
function enum_next(o: PyObject): PyObject | null {
  const en = o as EnumObject;
  const it = en.en_sit!;
  const nextItem = it.ob_type.tp_iternext!(it);
  if (nextItem === null) return null;
  if (en.en_index === SSIZE_MAX) return enum_next_long(en, nextItem);
  const nextIndex = PyLong_FromSsize_t(en.en_index);
  en.en_index++;
  return enumResult(en, nextIndex, nextItem);
}

/** CPython 3.11: Objects/enumobject.c enum_dealloc */
PyEnum_Type.tp_dealloc = (o) => {
  const en = o as EnumObject;
  gcUntrack(en);
  const sit = en.en_sit;
  const result = en.en_result;
  const longindex = en.en_longindex;
  en.en_sit = null;
  en.en_result = null;
  en.en_longindex = null;
  xdecref(sit);
  xdecref(result);
  xdecref(longindex);
  en.ob_type.tp_free!(en);
};
PyEnum_Type.tp_traverse = (o, visit) => {
  const en = o as EnumObject;
  if (en.en_sit !== null) visit(en.en_sit);
  if (en.en_result !== null) visit(en.en_result);
  if (en.en_longindex !== null) visit(en.en_longindex);
};
PyEnum_Type.tp_iter = (o) => newref(o);
PyEnum_Type.tp_iternext = enum_next;
PyEnum_Type.methods = [
  {
    name: '__reduce__',
    /** CPython 3.11: Objects/enumobject.c enum_reduce: (type, (iterator, index)). */
    fn: (self, args, kw) => {
      noArgs('enumerate.__reduce__', args, kw);
      const en = self as EnumObject;
      const index = en.en_longindex !== null ? newref(en.en_longindex) : PyLong_FromNumber(en.en_index);
      return tupleFromArraySteal([newref(en.ob_type), tupleFromArraySteal([newref(en.en_sit!), index])]);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// reversed
// ---------------------------------------------------------------------------------------------

export class ReversedObject extends PyObject {
  index = -1;
  /** The sequence, null once exhausted. */
  seq: PyObject | null = null;
  constructor(type: PyTypeObject) {
    super(type, false);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
  }
}

PyReversed_Type.tp_alloc = (type) => {
  const ro = new ReversedObject(type);
  finishAlloc(ro, type);
  return ro;
};
PyReversed_Type.tp_free = gcFree;

function notReversible(seq: PyObject): never {
  raise(PyExc_TypeError, `'${seq.ob_type.tp_name}' object is not reversible`);
}

/**
 * CPython 3.11: Objects/enumobject.c reversed_new_impl: seq.__reversed__() when the type has it
 * (None means "not reversible"), else a reversed object over a sequence.
 */
function reversed_new_impl(type: PyTypeObject, seq: PyObject): PyObject {
  // _PyObject_LookupSpecial: found on the type, bound through its __get__.
  const descr = lookupStr(seq.ob_type, '__reversed__');
  if (descr === Py_None) notReversible(seq);
  if (descr !== null) {
    const get = descr.ob_type.tp_descr_get;
    const meth = get !== null ? get(descr, seq, seq.ob_type) : newref(descr);
    try {
      return callNoArgs(meth);
    } finally {
      decref(meth);
    }
  }
  if (!typeIsSequence(seq.ob_type)) notReversible(seq);
  const n = sequenceSize(seq);
  const ro = type.tp_alloc!(type) as ReversedObject;
  ro.index = n - 1;
  ro.seq = newref(seq);
  return ro;
}

/** reversed(seq): reversed_vectorcall for the exact type, reversed_new (clinic) for subclasses. */
PyReversed_Type.tp_new = (type, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (type === PyReversed_Type || type.tp_init === PyReversed_Type.tp_init) noKeywords('reversed', kwnames);
  const npos = args.length - nkw;
  checkPositional('reversed', npos, 1, 1);
  return reversed_new_impl(type, args[0]);
};

/** CPython 3.11: Objects/enumobject.c reversed_next */
function reversed_next(o: PyObject): PyObject | null {
  const ro = o as ReversedObject;
  const index = ro.index;
  if (index >= 0 && ro.seq !== null) {
    try {
      const item = sequenceGetItem(ro.seq, index);
      ro.index--;
      return item;
    } catch (e) {
      if (!endsSequence(e)) throw e;
      decref(e.exc);
    }
  }
  ro.index = -1;
  const seq = ro.seq;
  ro.seq = null;
  xdecref(seq);
  return null;
}

/** CPython 3.11: Objects/enumobject.c reversed_dealloc */
PyReversed_Type.tp_dealloc = (o) => {
  const ro = o as ReversedObject;
  gcUntrack(ro);
  const seq = ro.seq;
  ro.seq = null;
  xdecref(seq);
  ro.ob_type.tp_free!(ro);
};
PyReversed_Type.tp_traverse = (o, visit) => {
  const seq = (o as ReversedObject).seq;
  if (seq !== null) visit(seq);
};
PyReversed_Type.tp_iter = (o) => newref(o);
PyReversed_Type.tp_iternext = reversed_next;
PyReversed_Type.methods = [
  {
    name: '__length_hint__',
    /** CPython 3.11: Objects/enumobject.c reversed_len */
    fn: (self, args, kw) => {
      noArgs('reversed.__length_hint__', args, kw);
      const ro = self as ReversedObject;
      if (ro.seq === null) return PyLong_FromNumber(0);
      const seqsize = sequenceSize(ro.seq);
      const position = ro.index + 1;
      return PyLong_FromNumber(seqsize < position ? 0 : position);
    },
  },
  {
    name: '__reduce__',
    /** CPython 3.11: Objects/enumobject.c reversed_reduce */
    fn: (self, args, kw) => {
      noArgs('reversed.__reduce__', args, kw);
      const ro = self as ReversedObject;
      if (ro.seq === null) return tupleFromArraySteal([newref(ro.ob_type), tupleFromArray([])]);
      return tupleFromArraySteal([newref(ro.ob_type), tupleFromArray([ro.seq]), PyLong_FromNumber(ro.index)]);
    },
  },
];
