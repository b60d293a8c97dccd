/**
 * slice objects (with the interpreter's one-entry slice cache), the index arithmetic that
 * sequences use to apply them, and the Ellipsis singleton.
 * CPython 3.11: Objects/sliceobject.c, Python/ceval.c _PyEval_SliceIndex.
 */
import { CompareOp, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { allocStatic, newReference } from '../memory/heap.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_AttributeError, PyExc_TypeError, PyExc_ValueError } from './exceptions.ts';
import { PyObject_RichCompare, Py_None, Py_NotImplemented, PyObject_HashNotImplemented, reprString } from './object.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { type IntValue, PyLong_FromValue, intAdd, intCompare } from './longobject.ts';
import { PyNumber_AsSsize_t, PyNumber_IndexValue } from './abstract.ts';
import { tupleFromArray, tupleFromArraySteal } from './tupleobject.ts';
import { checkPositional, noArgs, noKeywords, oneArg } from './getargs.ts';

export const enum SliceLayout {
  /** sizeof(PySliceObject): header and the start, stop, step pointers. */
  SIZE = 40,
  /** sizeof(PyObject): the Ellipsis object. */
  ELLIPSIS_SIZE = 16,
}

/**
 * PY_SSIZE_T_MAX as the kernel's index arithmetic sees it. NON-CPYTHON: indices are JavaScript
 * numbers, so out-of-range indices clip to ±(2**53 - 1) (PyNumber_AsSsize_t's clipping) instead
 * of ±(2**63 - 1); no length can reach either bound, so slicing results are the same.
 */
const SSIZE_MAX = Number.MAX_SAFE_INTEGER;

// ---------------------------------------------------------------------------------------------
// Ellipsis
// ---------------------------------------------------------------------------------------------

export const PyEllipsis_Type: PyTypeObject = registerStaticType(
  newStaticType('ellipsis', SliceLayout.ELLIPSIS_SIZE, 0, 0),
);

/** Py_Ellipsis: the static `...` object (3.11 is not immortal: it starts at refcount 1). */
export const Py_Ellipsis = new PyObject(PyEllipsis_Type);
allocStatic(Py_Ellipsis, SliceLayout.ELLIPSIS_SIZE);

/** CPython 3.11: Objects/sliceobject.c ellipsis_new */
PyEllipsis_Type.tp_new = (_type, args) => {
  if (args.length > 0) raise(PyExc_TypeError, 'ellipsis takes no arguments');
  return newref(Py_Ellipsis);
};
PyEllipsis_Type.tp_repr = () => PyUnicode_FromString('Ellipsis');
PyEllipsis_Type.tp_dealloc = () => {
  throw new Error('deallocating Ellipsis');
};
PyEllipsis_Type.methods = [
  {
    name: '__reduce__',
    fn: (_self, args, kw) => {
      noArgs('ellipsis.__reduce__', args, kw);
      return PyUnicode_FromString('Ellipsis');
    },
  },
];

// ---------------------------------------------------------------------------------------------
// slice
// ---------------------------------------------------------------------------------------------

export const PySlice_Type: PyTypeObject = registerStaticType(newStaticType('slice', SliceLayout.SIZE, 0, TPFlags.HAVE_GC));

export class PySliceObject extends PyObject {
  start: PyObject;
  stop: PyObject;
  step: PyObject;
  constructor(start: PyObject, stop: PyObject, step: PyObject) {
    super(PySlice_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PySlice_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

/** interp->slice_cache: the last freed slice, reused by the next one (not a GC allocation). */
let sliceCache: PySliceObject | null = null;

/** CPython 3.11: Objects/sliceobject.c PySlice_New: new references to start, stop, step are stored. */
export function PySlice_New(start: PyObject | null, stop: PyObject | null, step: PyObject | null): PySliceObject {
  const st = step ?? Py_None;
  const a = start ?? Py_None;
  const b = stop ?? Py_None;
  let obj = sliceCache;
  if (obj !== null) {
    sliceCache = null;
    obj.ob_refcnt = 1;
    newReference(obj, 16);
    obj.step = st;
    obj.start = a;
    obj.stop = b;
  } else {
    obj = new PySliceObject(a, b, st);
    gcAllocObject(obj, SliceLayout.SIZE);
  }
  incref(st);
  incref(a);
  incref(b);
  gcTrack(obj);
  return obj;
}

/** _PySlice_FromIndices */
export function sliceFromIndices(istart: number, istop: number): PySliceObject {
  const start = PyLong_FromValue(istart);
  const end = PyLong_FromValue(istop);
  try {
    return PySlice_New(start, end, null);
  } finally {
    decref(start);
    decref(end);
  }
}

/** CPython 3.11: Objects/sliceobject.c slice_dealloc: the freed slice goes to the cache if it is empty. */
function slice_dealloc(o: PyObject): void {
  const r = o as PySliceObject;
  gcUntrack(r);
  decref(r.step);
  decref(r.start);
  decref(r.stop);
  if (sliceCache === null) sliceCache = r;
  else gcDel(r);
}

/** _PySlice_Fini: frees the cached slice (interpreter shutdown). */
export function clearSliceCache(): void {
  const r = sliceCache;
  sliceCache = null;
  if (r !== null) gcDel(r);
}

/** Is a slice waiting in the cache? (for tests and the memory views) */
export function sliceCacheOccupied(): boolean {
  return sliceCache !== null;
}

export function PySlice_Check(o: PyObject): o is PySliceObject {
  return o.ob_type === PySlice_Type;
}

// ---------------------------------------------------------------------------------------------
// Index arithmetic
// ---------------------------------------------------------------------------------------------

const SLICE_INDEX_ERROR = 'slice indices must be integers or None or have an __index__ method';

/**
 * CPython 3.11: Python/ceval.c _PyEval_SliceIndex: None keeps the default; an index-like object
 * is converted with clipping; anything else is a TypeError.
 */
export function sliceIndex(v: PyObject, dflt: number): number {
  if (v === Py_None) return dflt;
  if (v.ob_type.nb_index === null) raise(PyExc_TypeError, SLICE_INDEX_ERROR);
  return PyNumber_AsSsize_t(v, true);
}

/**
 * CPython 3.11: Objects/sliceobject.c PySlice_Unpack: [start, stop, step] before adjusting to a
 * length; the defaults of None are the extreme indices.
 */
export function sliceUnpack(slice: PyObject): [number, number, number] {
  const r = slice as PySliceObject;
  let step = 1;
  if (r.step !== Py_None) {
    step = sliceIndex(r.step, 1);
    if (step === 0) raise(PyExc_ValueError, 'slice step cannot be zero');
    if (step < -SSIZE_MAX) step = -SSIZE_MAX;
  }
  const start = sliceIndex(r.start, step < 0 ? SSIZE_MAX : 0);
  const stop = sliceIndex(r.stop, step < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX);
  return [start, stop, step];
}

/**
 * CPython 3.11: Objects/sliceobject.c PySlice_AdjustIndices: clips start and stop to a
 * sequence of `length` items; returns [start, stop, step, slicelength].
 */
export function sliceAdjustIndices(length: number, start: number, stop: number, step: number): [number, number, number, number] {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  let slicelength = 0;
  if (step < 0) {
    if (stop < start) slicelength = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    slicelength = Math.floor((stop - start - 1) / step) + 1;
  }
  return [start, stop, step, slicelength];
}

/** PySlice_GetIndicesEx (a macro over Unpack and AdjustIndices in 3.11): [start, stop, step, slicelength]. */
export function sliceGetIndicesEx(slice: PyObject, length: number): [number, number, number, number] {
  const [start, stop, step] = sliceUnpack(slice);
  return sliceAdjustIndices(length, start, stop, step);
}

/** CPython 3.11: Objects/sliceobject.c evaluate_slice_index (arbitrary precision). */
function evaluateSliceIndex(v: PyObject): IntValue {
  if (v.ob_type.nb_index === null) raise(PyExc_TypeError, SLICE_INDEX_ERROR);
  return PyNumber_IndexValue(v);
}

/**
 * CPython 3.11: Objects/sliceobject.c _PySlice_GetLongIndices: slice.indices() and range
 * slicing, with arbitrary-precision start, stop and step clipped to a non-negative length.
 */
export function sliceGetLongIndices(slice: PyObject, length: IntValue): [IntValue, IntValue, IntValue] {
  const r = slice as PySliceObject;
  let step: IntValue = 1;
  let negative = false;
  if (r.step !== Py_None) {
    step = evaluateSliceIndex(r.step);
    const sign = intCompare(step, 0);
    if (sign === 0) raise(PyExc_ValueError, 'slice step cannot be zero');
    negative = sign < 0;
  }
  const lower: IntValue = negative ? -1 : 0;
  const upper: IntValue = negative ? intAdd(length, -1) : length;
  const start = r.start === Py_None ? (negative ? upper : lower) : clipLongIndex(evaluateSliceIndex(r.start), length, lower, upper);
  const stop = r.stop === Py_None ? (negative ? lower : upper) : clipLongIndex(evaluateSliceIndex(r.stop), length, lower, upper);
  return [start, stop, step];
}

/** Negative indices count from the end; the result is clipped to [lower, upper]. */
function clipLongIndex(v: IntValue, length: IntValue, lower: IntValue, upper: IntValue): IntValue {
  if (intCompare(v, 0) < 0) {
    const w = intAdd(v, length);
    return intCompare(w, lower) < 0 ? lower : w;
  }
  return intCompare(v, upper) > 0 ? upper : v;
}

// ---------------------------------------------------------------------------------------------
// Slots and methods
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/sliceobject.c slice_new: slice(stop) or slice(start, stop[, step]). */
PySlice_Type.tp_new = (_type, args, kwnames) => {
  noKeywords('slice', kwnames);
  checkPositional('slice', args.length, 1, 3);
  if (args.length === 1) return PySlice_New(null, args[0], null);
  return PySlice_New(args[0], args[1], args.length > 2 ? args[2] : null);
};
PySlice_Type.tp_dealloc = slice_dealloc;
PySlice_Type.tp_hash = PyObject_HashNotImplemented;

/** CPython 3.11: Objects/sliceobject.c slice_repr */
PySlice_Type.tp_repr = (o) => {
  const r = o as PySliceObject;
  return PyUnicode_FromString(`slice(${reprString(r.start)}, ${reprString(r.stop)}, ${reprString(r.step)})`);
};

/** CPython 3.11: Objects/sliceobject.c slice_traverse */
PySlice_Type.tp_traverse = (o, visit) => {
  const r = o as PySliceObject;
  visit(r.start);
  visit(r.stop);
  visit(r.step);
};

/** CPython 3.11: Objects/sliceobject.c slice_richcompare: compares (start, stop, step) tuples. */
PySlice_Type.tp_richcompare = (v, w, op) => {
  if (!PySlice_Check(v) || !PySlice_Check(w)) return newref(Py_NotImplemented);
  if (v === w) return PyBool_FromBool(op === CompareOp.EQ || op === CompareOp.LE || op === CompareOp.GE);
  const t1 = tupleFromArray([v.start, v.stop, v.step]);
  let t2;
  try {
    t2 = tupleFromArray([w.start, w.stop, w.step]);
  } catch (e) {
    decref(t1);
    throw e;
  }
  try {
    return PyObject_RichCompare(t1, t2, op);
  } finally {
    decref(t1);
    decref(t2);
  }
};

function readonly(): void {
  raise(PyExc_AttributeError, 'readonly attribute');
}

// NON-CPYTHON: start/stop/step are READONLY T_OBJECT members in CPython (member_descriptor);
// here they are getsets with CPython's error on assignment.
PySlice_Type.getsets = [
  { name: 'start', get: (o) => newref((o as PySliceObject).start), set: readonly },
  { name: 'stop', get: (o) => newref((o as PySliceObject).stop), set: readonly },
  { name: 'step', get: (o) => newref((o as PySliceObject).step), set: readonly },
];

PySlice_Type.methods = [
  {
    name: 'indices',
    /** CPython 3.11: Objects/sliceobject.c slice_indices */
    fn: (self, args, kw) => {
      const len = oneArg('slice.indices', args, kw);
      const length = PyNumber_IndexValue(len);
      if (intCompare(length, 0) < 0) raise(PyExc_ValueError, 'length should not be negative');
      const [start, stop, step] = sliceGetLongIndices(self, length);
      return tupleFromArraySteal([PyLong_FromValue(start), PyLong_FromValue(stop), PyLong_FromValue(step)]);
    },
  },
  {
    name: '__reduce__',
    /** CPython 3.11: Objects/sliceobject.c slice_reduce: (slice, (start, stop, step)). */
    fn: (self, args, kw) => {
      noArgs('slice.__reduce__', args, kw);
      const r = self as PySliceObject;
      const inner = tupleFromArray([r.start, r.stop, r.step]);
      return tupleFromArraySteal([newref(PySlice_Type), inner]);
    },
  },
];

/** Forgets the cached slice without freeing it (a new interpreter brings a new allocator). */
export function resetSliceCache(): void {
  sliceCache = null;
}
