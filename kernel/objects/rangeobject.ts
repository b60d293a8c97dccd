/**
 * range, range_iterator (C longs) and longrange_iterator (int objects).
 * CPython 3.11: Objects/rangeobject.c.
 *
 * start, stop, step and length are exact int objects as in CPython; arithmetic on them goes
 * through helpers that allocate the result objects CPython's PyNumber_* calls allocate.
 */
import { CompareOp, type Hash, type Py_ssize_t, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { allocObjectMemory, freeObjectMemory } from '../memory/heap.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_AttributeError, PyExc_IndexError, PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from './exceptions.ts';
import { PyObject_Hash, PyObject_RichCompareBool, Py_None, Py_NotImplemented, reprString } from './object.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';
import { PyBool_FromBool, PyBool_Type } from './boolobject.ts';
import {
  type IntValue, PyLongObject, PyLong_FromNumber, PyLong_FromValue, PyLong_Type, intAdd, intCompare, intFloorDiv,
  intMod, intMul, intNeg, intSub,
} from './longobject.ts';
import { PyIter_Next, PyNumber_AsSsize_t, PyNumber_Index, PyObject_GetIter } from './abstract.ts';
import { tupleFromArray, tupleFromArraySteal } from './tupleobject.ts';
import { PySlice_Check, sliceGetLongIndices } from './sliceobject.ts';
import { noArgs, noKeywords, oneArg } from './getargs.ts';

export const enum RangeLayout {
  /** sizeof(rangeobject): header and start, stop, step, length pointers. Not a GC type. */
  SIZE = 48,
  /** sizeof(rangeiterobject): header and four C longs (index, start, step, len). */
  ITER_SIZE = 48,
  /** sizeof(longrangeiterobject): header and index, start, step, len pointers. */
  LONGITER_SIZE = 48,
}

/** Py_TPFLAGS_DISALLOW_INSTANTIATION */
const enum IterFlags {
  DISALLOW_INSTANTIATION = 1 << 7,
}

/** LONG_MAX / LONG_MIN of the 64-bit C long that range_iterator uses. */
const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);

export const PyRange_Type: PyTypeObject = registerStaticType(newStaticType('range', RangeLayout.SIZE, 0, TPFlags.SEQUENCE));
export const PyRangeIter_Type: PyTypeObject = registerStaticType(
  newStaticType('range_iterator', RangeLayout.ITER_SIZE, 0, IterFlags.DISALLOW_INSTANTIATION),
);
export const PyLongRangeIter_Type: PyTypeObject = registerStaticType(
  newStaticType('longrange_iterator', RangeLayout.LONGITER_SIZE, 0, IterFlags.DISALLOW_INSTANTIATION),
);

export class PyRangeObject extends PyObject {
  start: PyLongObject;
  stop: PyLongObject;
  step: PyLongObject;
  length: PyLongObject;
  constructor(start: PyLongObject, stop: PyLongObject, step: PyLongObject, length: PyLongObject) {
    super(PyRange_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyRange_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = length;
  }
}

export function PyRange_Check(o: PyObject): o is PyRangeObject {
  return o.ob_type === PyRange_Type;
}

// ---------------------------------------------------------------------------------------------
// int-object arithmetic (PyNumber_* on exact ints: a new object per result)
// ---------------------------------------------------------------------------------------------

function lAdd(a: PyLongObject, b: PyLongObject): PyLongObject {
  return PyLong_FromValue(intAdd(a.v, b.v));
}
function lSub(a: PyLongObject, b: PyLongObject): PyLongObject {
  return PyLong_FromValue(intSub(a.v, b.v));
}
function lMul(a: PyLongObject, b: PyLongObject): PyLongObject {
  return PyLong_FromValue(intMul(a.v, b.v));
}
function sign(a: PyLongObject): number {
  return intCompare(a.v, 0);
}

/** PyNumber_Index as 3.11 has it: an exact int (a bool or int subclass is copied). */
function numberIndex(o: PyObject): PyLongObject {
  const r = PyNumber_Index(o);
  if (r.ob_type === PyLong_Type) return r;
  const copy = PyLong_FromValue(r.v);
  decref(r);
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Construction
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/rangeobject.c validate_step */
function validate_step(step: PyObject | null): PyLongObject {
  if (step === null) return PyLong_FromNumber(1);
  const s = numberIndex(step);
  if (sign(s) === 0) {
    decref(s);
    raise(PyExc_ValueError, 'range() arg 3 must not be zero');
  }
  return s;
}

/**
 * CPython 3.11: Objects/rangeobject.c compute_range_length: (hi - lo - 1) // step + 1 with the
 * bounds swapped and the step negated for negative steps.
 */
function compute_range_length(start: PyLongObject, stop: PyLongObject, step: PyLongObject): PyLongObject {
  let lo: IntValue = start.v;
  let hi: IntValue = stop.v;
  let st: IntValue = step.v;
  if (intCompare(st, 0) <= 0) {
    lo = stop.v;
    hi = start.v;
    st = intNeg(st);
  }
  if (intCompare(lo, hi) >= 0) return PyLong_FromNumber(0);
  return PyLong_FromValue(intAdd(intFloorDiv(intSub(intSub(hi, lo), 1), st), 1));
}

/** CPython 3.11: Objects/rangeobject.c make_range_object (steals start, stop, step). */
function make_range_object(start: PyLongObject, stop: PyLongObject, step: PyLongObject): PyRangeObject {
  const length = compute_range_length(start, stop, step);
  const obj = new PyRangeObject(start, stop, step, length);
  allocObjectMemory(obj, RangeLayout.SIZE, 0);
  return obj;
}

/** CPython 3.11: Objects/rangeobject.c range_from_array */
function range_from_array(args: PyObject[]): PyRangeObject {
  switch (args.length) {
    case 0:
      raise(PyExc_TypeError, 'range expected at least 1 argument, got 0');
    case 1: {
      const stop = numberIndex(args[0]);
      return make_range_object(PyLong_FromNumber(0), stop, PyLong_FromNumber(1));
    }
    case 2:
    case 3: {
      const start = numberIndex(args[0]);
      let stop: PyLongObject;
      let step: PyLongObject;
      try {
        stop = numberIndex(args[1]);
      } catch (e) {
        decref(start);
        throw e;
      }
      try {
        step = validate_step(args.length === 3 ? args[2] : null);
      } catch (e) {
        decref(start);
        decref(stop);
        throw e;
      }
      return make_range_object(start, stop, step);
    }
    default:
      raise(PyExc_TypeError, `range expected at most 3 arguments, got ${args.length}`);
  }
}

/** range(stop), range(start, stop[, step]): range_new / range_vectorcall. */
PyRange_Type.tp_new = (_type, args, kwnames) => {
  noKeywords('range', kwnames);
  return range_from_array(args);
};

/** A range from JavaScript values (for builtins that make ranges). */
export function PyRange_New(start: IntValue, stop: IntValue, step: IntValue): PyRangeObject {
  if (intCompare(step, 0) === 0) raise(PyExc_ValueError, 'range() arg 3 must not be zero');
  return make_range_object(PyLong_FromValue(start), PyLong_FromValue(stop), PyLong_FromValue(step));
}

/** CPython 3.11: Objects/rangeobject.c range_dealloc */
PyRange_Type.tp_dealloc = (o) => {
  const r = o as PyRangeObject;
  decref(r.start);
  decref(r.stop);
  decref(r.step);
  decref(r.length);
  freeObjectMemory(r, 0);
};

// ---------------------------------------------------------------------------------------------
// Sequence protocol
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/rangeobject.c range_length: PyLong_AsSsize_t of the length. */
function range_length(o: PyObject): Py_ssize_t {
  const v = (o as PyRangeObject).length.v;
  if (typeof v === 'number') return v;
  if (v > LONG_MAX) raise(PyExc_OverflowError, 'Python int too large to convert to C ssize_t');
  return v;
}

/** CPython 3.11: Objects/rangeobject.c compute_item: start + i * step. */
function compute_item(r: PyRangeObject, i: PyLongObject): PyLongObject {
  if (r.step.v === 1 && r.step.ob_type === PyLong_Type) return lAdd(r.start, i);
  const incr = lMul(i, r.step);
  try {
    return lAdd(r.start, incr);
  } finally {
    decref(incr);
  }
}

/** CPython 3.11: Objects/rangeobject.c compute_range_item: a negative index counts from the end. */
function compute_range_item(r: PyRangeObject, arg: PyLongObject): PyLongObject {
  const i = sign(arg) < 0 ? lAdd(r.length, arg) : newref(arg);
  try {
    if (sign(i) < 0 || intCompare(i.v, r.length.v) >= 0) raise(PyExc_IndexError, 'range object index out of range');
    return compute_item(r, i);
  } finally {
    decref(i);
  }
}

/** CPython 3.11: Objects/rangeobject.c range_item */
function range_item(o: PyObject, i: number): PyObject {
  const arg = PyLong_FromNumber(i);
  try {
    return compute_range_item(o as PyRangeObject, arg);
  } finally {
    decref(arg);
  }
}

/** CPython 3.11: Objects/rangeobject.c compute_slice: a range of the selected items. */
function compute_slice(r: PyRangeObject, slice: PyObject): PyRangeObject {
  const [start, stop, step] = sliceGetLongIndices(slice, r.length.v);
  const lstart = PyLong_FromValue(start);
  const lstop = PyLong_FromValue(stop);
  const lstep = PyLong_FromValue(step);
  try {
    const substep = lMul(r.step, lstep);
    const substart = compute_item(r, lstart);
    const substop = compute_item(r, lstop);
    return make_range_object(substart, substop, substep);
  } finally {
    decref(lstart);
    decref(lstop);
    decref(lstep);
  }
}

/** CPython 3.11: Objects/rangeobject.c range_subscript */
function range_subscript(o: PyObject, item: PyObject): PyObject {
  const r = o as PyRangeObject;
  if (item.ob_type.nb_index !== null) {
    const i = numberIndex(item);
    try {
      return compute_range_item(r, i);
    } finally {
      decref(i);
    }
  }
  if (PySlice_Check(item)) return compute_slice(r, item);
  raise(PyExc_TypeError, `range indices must be integers or slices, not ${item.ob_type.tp_name}`);
}

/** CPython 3.11: Objects/rangeobject.c range_contains_long: bounds, then (ob - start) % step == 0. */
function range_contains_long(r: PyRangeObject, ob: PyLongObject): boolean {
  const v = ob.v;
  let inside: boolean;
  if (sign(r.step) > 0) inside = intCompare(r.start.v, v) <= 0 && intCompare(v, r.stop.v) < 0;
  else inside = intCompare(v, r.start.v) <= 0 && intCompare(r.stop.v, v) < 0;
  if (!inside) return false;
  return intCompare(intMod(intSub(v, r.start.v), r.step.v), 0) === 0;
}

function isIntOrBool(o: PyObject): o is PyLongObject {
  return o.ob_type === PyLong_Type || o.ob_type === PyBool_Type;
}

const enum IterSearch {
  COUNT = 1,
  INDEX = 2,
  CONTAINS = 3,
}

/** CPython 3.11: Objects/abstract.c _PySequence_IterSearch (item == obj for each item). */
function iterSearch(seq: PyObject, obj: PyObject, operation: IterSearch): number {
  const it = PyObject_GetIter(seq);
  try {
    let n = 0;
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) break;
      let cmp: boolean;
      try {
        cmp = PyObject_RichCompareBool(item, obj, CompareOp.EQ);
      } finally {
        decref(item);
      }
      if (cmp) {
        if (operation === IterSearch.COUNT) n++;
        else if (operation === IterSearch.INDEX) return n;
        else return 1;
      } else if (operation === IterSearch.INDEX) n++;
    }
    if (operation === IterSearch.INDEX) raise(PyExc_ValueError, 'sequence.index(x): x not in sequence');
    return n;
  } finally {
    decref(it);
  }
}

/** CPython 3.11: Objects/rangeobject.c range_contains: ints arithmetically, others by iteration. */
function range_contains(o: PyObject, ob: PyObject): boolean {
  const r = o as PyRangeObject;
  if (isIntOrBool(ob)) return range_contains_long(r, ob);
  return iterSearch(r, ob, IterSearch.CONTAINS) === 1;
}

/**
 * CPython 3.11: Objects/rangeobject.c range_equals: same length, and (when not empty) same
 * start, and (when longer than one) same step.
 */
function range_equals(r0: PyRangeObject, r1: PyRangeObject): boolean {
  if (r0 === r1) return true;
  if (intCompare(r0.length.v, r1.length.v) !== 0) return false;
  if (intCompare(r0.length.v, 0) === 0) return true;
  if (intCompare(r0.start.v, r1.start.v) !== 0) return false;
  if (intCompare(r0.length.v, 1) === 0) return true;
  return intCompare(r0.step.v, r1.step.v) === 0;
}

/** CPython 3.11: Objects/rangeobject.c range_richcompare (== and != only). */
PyRange_Type.tp_richcompare = (self, other, op) => {
  if (!PyRange_Check(other)) return newref(Py_NotImplemented);
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return newref(Py_NotImplemented);
  const eq = range_equals(self as PyRangeObject, other);
  return PyBool_FromBool(op === CompareOp.EQ ? eq : !eq);
};

/** CPython 3.11: Objects/rangeobject.c range_hash: hash((len, start, step)) with Nones as in ==. */
PyRange_Type.tp_hash = (o): Hash => {
  const r = o as PyRangeObject;
  let items: PyObject[];
  if (sign(r.length) === 0) items = [r.length, Py_None, Py_None];
  else if (intCompare(r.length.v, 1) === 0) items = [r.length, r.start, Py_None];
  else items = [r.length, r.start, r.step];
  const t = tupleFromArray(items);
  try {
    return PyObject_Hash(t);
  } finally {
    decref(t);
  }
};

/** CPython 3.11: Objects/rangeobject.c range_repr: the step only when it is not 1. */
PyRange_Type.tp_repr = (o) => {
  const r = o as PyRangeObject;
  const istep = PyNumber_AsSsize_t(r.step, true);
  if (istep === 1) return PyUnicode_FromString(`range(${reprString(r.start)}, ${reprString(r.stop)})`);
  return PyUnicode_FromString(`range(${reprString(r.start)}, ${reprString(r.stop)}, ${reprString(r.step)})`);
};

PyRange_Type.sq_length = range_length;
PyRange_Type.sq_item = range_item;
PyRange_Type.sq_contains = range_contains;
PyRange_Type.mp_length = range_length;
PyRange_Type.mp_subscript = range_subscript;
PyRange_Type.nb_bool = (o) => sign((o as PyRangeObject).length) !== 0;

function readonly(): void {
  raise(PyExc_AttributeError, 'readonly attribute');
}

// NON-CPYTHON: start/stop/step are READONLY T_OBJECT members (member_descriptor) in CPython.
PyRange_Type.getsets = [
  { name: 'start', get: (o) => newref((o as PyRangeObject).start), set: readonly },
  { name: 'stop', get: (o) => newref((o as PyRangeObject).stop), set: readonly },
  { name: 'step', get: (o) => newref((o as PyRangeObject).step), set: readonly },
];

/** CPython 3.11: Objects/rangeobject.c range_count */
function range_count(r: PyRangeObject, ob: PyObject): PyObject {
  if (isIntOrBool(ob)) return PyLong_FromNumber(range_contains_long(r, ob) ? 1 : 0);
  return PyLong_FromNumber(iterSearch(r, ob, IterSearch.COUNT));
}

/** CPython 3.11: Objects/rangeobject.c range_index */
function range_index(r: PyRangeObject, ob: PyObject): PyObject {
  if (!isIntOrBool(ob)) return PyLong_FromNumber(iterSearch(r, ob, IterSearch.INDEX));
  if (range_contains_long(r, ob)) {
    const idx = lSub(ob, r.start);
    if (r.step.v === 1) return idx;
    try {
      return PyLong_FromValue(intFloorDiv(idx.v, r.step.v));
    } finally {
      decref(idx);
    }
  }
  raise(PyExc_ValueError, `${reprString(ob)} is not in range`);
}

PyRange_Type.methods = [
  {
    name: '__reversed__',
    fn: (self, args, kw) => {
      noArgs('range.__reversed__', args, kw);
      return range_reverse(self as PyRangeObject);
    },
  },
  {
    name: '__reduce__',
    /** CPython 3.11: Objects/rangeobject.c range_reduce: (range, (start, stop, step)). */
    fn: (self, args, kw) => {
      noArgs('range.__reduce__', args, kw);
      const r = self as PyRangeObject;
      return tupleFromArraySteal([newref(PyRange_Type), tupleFromArray([r.start, r.stop, r.step])]);
    },
  },
  { name: 'count', fn: (self, args, kw) => range_count(self as PyRangeObject, oneArg('range.count', args, kw)) },
  { name: 'index', fn: (self, args, kw) => range_index(self as PyRangeObject, oneArg('range.index', args, kw)) },
];

// ---------------------------------------------------------------------------------------------
// range_iterator: the C-long iterator
// ---------------------------------------------------------------------------------------------

/**
 * CPython's rangeiterobject holds C longs (index, start, step, len) and yields
 * start + index * step. NON-CPYTHON representation: the next value is kept and stepped, as a
 * JavaScript number while every value of the range is a safe integer (`small`), as an IntValue
 * otherwise (C longs beyond 2**53).
 */
export class RangeIterObject extends PyObject {
  index: IntValue = 0;
  start: IntValue;
  step: IntValue;
  len: IntValue;
  /** The next value, start + index * step. */
  next: IntValue;
  small: boolean;
  constructor(start: IntValue, step: IntValue, len: IntValue) {
    super(PyRangeIter_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyRangeIter_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.start = start;
    this.step = step;
    this.len = len;
    this.next = start;
    this.small = typeof start === 'number' && typeof step === 'number' && typeof len === 'number' &&
      Number.isSafeInteger(start + step * len);
  }
}

/** CPython 3.11: Objects/rangeobject.c fast_range_iter */
function fast_range_iter(start: IntValue, step: IntValue, len: IntValue): RangeIterObject {
  const it = new RangeIterObject(start, step, len);
  allocObjectMemory(it, RangeLayout.ITER_SIZE, 0);
  return it;
}

/** CPython 3.11: Objects/rangeobject.c rangeiter_next */
export function rangeiter_next(o: PyObject): PyObject | null {
  const r = o as RangeIterObject;
  if (r.small) {
    if ((r.index as number) < (r.len as number)) {
      const v = r.next as number;
      r.next = v + (r.step as number);
      r.index = (r.index as number) + 1;
      return PyLong_FromNumber(v);
    }
    return null;
  }
  if (intCompare(r.index, r.len) < 0) {
    const v = r.next;
    r.next = intAdd(v, r.step);
    r.index = intAdd(r.index, 1);
    return PyLong_FromValue(v);
  }
  return null;
}

PyRangeIter_Type.tp_iter = (o) => newref(o);
PyRangeIter_Type.tp_iternext = rangeiter_next;
PyRangeIter_Type.tp_dealloc = (o) => freeObjectMemory(o, 0);
PyRangeIter_Type.methods = [
  {
    name: '__length_hint__',
    /** CPython 3.11: Objects/rangeobject.c rangeiter_len */
    fn: (self, args, kw) => {
      noArgs('range_iterator.__length_hint__', args, kw);
      const r = self as RangeIterObject;
      return PyLong_FromValue(intSub(r.len, r.index));
    },
  },
];

// ---------------------------------------------------------------------------------------------
// longrange_iterator: int objects
// ---------------------------------------------------------------------------------------------

export class LongRangeIterObject extends PyObject {
  index: PyLongObject;
  start: PyLongObject;
  step: PyLongObject;
  len: PyLongObject;
  constructor(index: PyLongObject, start: PyLongObject, step: PyLongObject, len: PyLongObject) {
    super(PyLongRangeIter_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyLongRangeIter_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.index = index;
    this.start = start;
    this.step = step;
    this.len = len;
  }
}

/** CPython 3.11: Objects/rangeobject.c longrangeiter_next: start + index * step with int objects. */
function longrangeiter_next(o: PyObject): PyObject | null {
  const r = o as LongRangeIterObject;
  if (intCompare(r.index.v, r.len.v) >= 0) return null;
  const newIndex = lAdd(r.index, ONE_BORROWED());
  const product = lMul(r.index, r.step);
  const result = lAdd(r.start, product);
  decref(product);
  const old = r.index;
  r.index = newIndex;
  decref(old);
  return result;
}

/** _PyLong_GetOne(): the cached 1 (borrowed). */
function ONE_BORROWED(): PyLongObject {
  const one = PyLong_FromNumber(1);
  one.ob_refcnt--;
  return one;
}

PyLongRangeIter_Type.tp_iter = (o) => newref(o);
PyLongRangeIter_Type.tp_iternext = longrangeiter_next;
/** CPython 3.11: Objects/rangeobject.c longrangeiter_dealloc */
PyLongRangeIter_Type.tp_dealloc = (o) => {
  const r = o as LongRangeIterObject;
  decref(r.index);
  decref(r.start);
  decref(r.step);
  decref(r.len);
  freeObjectMemory(r, 0);
};
PyLongRangeIter_Type.methods = [
  {
    name: '__length_hint__',
    /** CPython 3.11: Objects/rangeobject.c longrangeiter_len */
    fn: (self, args, kw) => {
      noArgs('longrange_iterator.__length_hint__', args, kw);
      const r = self as LongRangeIterObject;
      return lSub(r.len, r.index);
    },
  },
];

function newLongRangeIter(index: PyLongObject, start: PyLongObject, step: PyLongObject, len: PyLongObject): LongRangeIterObject {
  const it = new LongRangeIterObject(index, start, step, len);
  allocObjectMemory(it, RangeLayout.LONGITER_SIZE, 0);
  return it;
}

/** Does v fit a C long? */
function fitsLong(v: IntValue): boolean {
  return typeof v === 'number' || (v >= LONG_MIN && v <= LONG_MAX);
}

/**
 * CPython 3.11: Objects/rangeobject.c range_iter: a range_iterator when start, stop, step and
 * the length fit C longs and start + len * step cannot overflow; a longrange_iterator otherwise.
 */
function range_iter(o: PyObject): PyObject {
  const r = o as PyRangeObject;
  const start = r.start.v;
  const stop = r.stop.v;
  const step = r.step.v;
  const len = r.length.v;
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    return fast_range_iter(start, step, len);
  }
  if (fitsLong(start) && fitsLong(stop) && fitsLong(step) && BigInt(len) <= LONG_MAX && !iterOverflows(stop, step, len)) {
    return fast_range_iter(start, step, len);
  }
  return newLongRangeIter(PyLong_FromNumber(0), newref(r.start), newref(r.step), newref(r.length));
}

/** range_iter's check for potential overflow of start + len * step. */
function iterOverflows(stop: IntValue, step: IntValue, len: IntValue): boolean {
  if (intCompare(len, 0) === 0) return false;
  const s = BigInt(step);
  const e = BigInt(stop);
  if (s > 0n) return e > LONG_MAX - (s - 1n);
  return e < LONG_MIN + (-1n - s);
}

/**
 * CPython 3.11: Objects/rangeobject.c range_reverse: range(start + (n-1)*step, start - step,
 * -step) as a range_iterator when everything fits C longs, else a longrange_iterator.
 */
function range_reverse(r: PyRangeObject): PyObject {
  const start = r.start.v;
  const stop = r.stop.v;
  const step = r.step.v;
  const len = r.length.v;
  if (fitsLong(start) && fitsLong(stop) && fitsLong(step) && reverseFitsLong(start, step, len)) {
    const newStop = intSub(start, step);
    const newStart = intAdd(newStop, intMul(len, step));
    return fast_range_iter(newStart, intNeg(step), len);
  }
  const lenObj = newref(r.length);
  const diff = lSub(lenObj, ONE_BORROWED());
  const product = lMul(diff, r.step);
  decref(diff);
  const sum = lAdd(r.start, product);
  decref(product);
  const negStep = PyLong_FromValue(intNeg(r.step.v));
  return newLongRangeIter(PyLong_FromNumber(0), sum, negStep, lenObj);
}

/** range_reverse's checks: -step, start - step and the length fit C longs. */
function reverseFitsLong(start: IntValue, step: IntValue, len: IntValue): boolean {
  const s = BigInt(step);
  if (s === LONG_MIN) return false;
  const a = BigInt(start);
  if (s > 0n ? a - LONG_MIN < s : LONG_MAX - a < -s) return false;
  return BigInt(len) <= LONG_MAX;
}

PyRange_Type.tp_iter = range_iter;
