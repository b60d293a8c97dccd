/**
 * tuple, with the empty-tuple singleton, the per-size free lists, slicing, the tuple iterator
 * and the tuple methods.
 * CPython 3.11: Objects/tupleobject.c, Include/internal/pycore_tuple.h,
 * Objects/abstract.c PySequence_Tuple.
 */
import { type Hash, InstanceData, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { allocStatic, memRealloc, newReference } from '../memory/heap.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack, isTracked } from '../gc/gcstate.ts';
import { PyObject_Hash, Py_NotImplemented, PyObject_RichCompare, PyObject_RichCompareBool, none, reprString } from './object.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';
import { UnicodeWriter, writeRepr } from './unicode_writer.ts';
import { reprEnter, reprLeave } from './reprenter.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_IndexError, PyExc_MemoryError, PyExc_TypeError, PyExc_ValueError } from './exceptions.ts';
import { PyObject_GetIter } from './abstract.ts';
import { PyLong_FromNumber, PyLong_FromSsize_t } from './longobject.ts';
import { PySlice_Check, sliceAdjustIndices, sliceUnpack } from './sliceobject.ts';
import { PyListObject, PyList_Type, indexAsSsize, lengthHint, repeatCount, sliceIndexArg, wrapperArg } from './listobject.ts';
import { checkPositional, noArgs, noKeywords, oneArg } from './getargs.ts';
import { _PyEval_GetBuiltin } from './genericaliasobject.ts';

export const PyTuple_Type: PyTypeObject = registerStaticType(
  newStaticType('tuple', 24, 8, TPFlags.BASETYPE | TPFlags.HAVE_GC | TPFlags.TUPLE_SUBCLASS | TPFlags.SEQUENCE),
);
export const PyTupleIter_Type: PyTypeObject = registerStaticType(newStaticType('tuple_iterator', 32, 0, TPFlags.HAVE_GC));

export const enum TupleLayout {
  /** sizeof(PyTupleObject) without items: PyVarObject. */
  HEADER = 24,
  ITEM = 8,
  /** PyTuple_MAXSAVESIZE: sizes 1..20 have free lists. */
  MAXSAVESIZE = 20,
  /** PyTuple_MAXFREELIST per size. */
  MAXFREELIST = 2000,
  STATIC_REFCNT = 999999999,
  /** sizeof(tupleiterobject): header, index, seq. */
  ITER_SIZE = 32,
  /** PyObject_LengthHint default of PySequence_Tuple. */
  DEFAULT_HINT = 10,
}

/** PY_SSIZE_T_MAX as far as a JavaScript number can say it. */
const SSIZE_MAX = Number.MAX_SAFE_INTEGER;
/** NON-CPYTHON: JavaScript arrays cannot hold more; CPython would fail in the allocator. */
const MAX_ITEMS = 2 ** 28;

export class PyTupleObject extends PyObject {
  items: PyObject[];
  /** NON-CPYTHON: 3.11 tuples do not cache their hash; kept for callers that reset it. */
  hashCache: Hash | null = null;
  constructor(type: PyTypeObject, items: PyObject[]) {
    super(type, false);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.items = items;
  }
}

/** free_list[size - 1]: dead tuples of that size, LIFO. */
const freeLists: PyTupleObject[][] = Array.from({ length: TupleLayout.MAXSAVESIZE }, () => []);

export function tupleFreeListLengths(): number[] {
  return freeLists.map((l) => l.length);
}

export function clearTupleFreeLists(): void {
  for (const l of freeLists) while (l.length > 0) gcDel(l.pop()!);
}

/** Forgets the free lists without freeing: a new interpreter starts with a new allocator. */
export function resetTupleFreeLists(): void {
  for (const l of freeLists) l.length = 0;
}

let emptyTuple: PyTupleObject | null = null;

function getEmpty(): PyTupleObject {
  if (emptyTuple === null) {
    emptyTuple = new PyTupleObject(PyTuple_Type, []);
    emptyTuple.ob_refcnt = TupleLayout.STATIC_REFCNT;
    allocStatic(emptyTuple, 40);
  }
  return emptyTuple;
}

/** tuple_get_empty: a new reference to the () singleton. */
export function emptyTupleRef(): PyTupleObject {
  const t = getEmpty();
  t.ob_refcnt++;
  return t;
}

/** CPython 3.11: Objects/tupleobject.c tuple_alloc: from the free list, or a fresh GC object. */
function tuple_alloc(items: PyObject[]): PyTupleObject {
  const n = items.length;
  let t: PyTupleObject | undefined;
  // maybe_freelist_pop tests size < PyTuple_MAXSAVESIZE: 20-tuples are pushed (maybe_freelist_push
  // tests index < PyTuple_NFREELISTS) but never handed out again.
  if (n < TupleLayout.MAXSAVESIZE) t = freeLists[n - 1].pop();
  if (t !== undefined) {
    t.ob_refcnt = 1;
    newReference(t, 16);
    t.items = items;
    t.hashCache = null;
    return t;
  }
  if (n > MAX_ITEMS) raise(PyExc_MemoryError, null);
  t = new PyTupleObject(PyTuple_Type, items);
  gcAllocObject(t, TupleLayout.HEADER + TupleLayout.ITEM * n);
  return t;
}

/**
 * CPython 3.11: Objects/tupleobject.c PyTuple_New / _PyTuple_FromArraySteal: a tracked tuple
 * that takes ownership of `items` (the references are stolen).
 */
export function tupleFromArraySteal(items: PyObject[]): PyTupleObject {
  if (items.length === 0) return emptyTupleRef();
  const t = tuple_alloc(items);
  gcTrack(t);
  return t;
}

/** A tuple of new references to `items` (_PyTuple_FromArray). */
export function tupleFromArray(items: readonly PyObject[]): PyTupleObject {
  const copy = items.slice();
  for (let i = 0; i < copy.length; i++) copy[i].ob_refcnt++;
  return tupleFromArraySteal(copy);
}

/** PyTuple_Pack of two new references given (stolen). */
export function tuplePair(a: PyObject, b: PyObject): PyTupleObject {
  return tupleFromArraySteal([a, b]);
}

/**
 * PyTuple_New(n) before its items are set: CPython fills the slots with NULL, which the
 * deallocator skips (NON-CPYTHON: the null slots are typed as objects until filled).
 */
export function tupleNewUnfilled(n: number): PyTupleObject {
  if (n === 0) return emptyTupleRef();
  return tupleFromArraySteal(new Array<PyObject>(n).fill(null as unknown as PyObject));
}

/**
 * PyType_GenericAlloc(type, n) for a tuple subclass: basicsize + (n + 1) item slots, tracked.
 * NON-CPYTHON: mirrors typeobject.ts finishAlloc, which only knows fixed-size objects.
 */
function tupleSubtypeAlloc(type: PyTypeObject, items: PyObject[]): PyTupleObject {
  const t = new PyTupleObject(type, items);
  gcAllocObject(t, type.tp_basicsize + TupleLayout.ITEM * (items.length + 1), 16);
  incref(type);
  t.inst = new InstanceData();
  gcTrack(t);
  return t;
}

/** A tuple of `type` (tuple.__new__(cls, ...)); items stolen. */
export function newTupleOfType(type: PyTypeObject, items: PyObject[]): PyTupleObject {
  if (type === PyTuple_Type) return tupleFromArraySteal(items);
  return tupleSubtypeAlloc(type, items);
}

/** CPython 3.11: Objects/tupleobject.c tupledealloc (items released last to first). */
function tupledealloc(o: PyObject): void {
  const t = o as PyTupleObject;
  const n = t.items.length;
  if (n === 0 && t === emptyTuple) throw new Error('deallocating ()');
  gcUntrack(t);
  const items = t.items;
  for (let i = n - 1; i >= 0; i--) xdecref(items[i]);
  t.items = [];
  if (t.ob_type === PyTuple_Type && n > 0 && n <= TupleLayout.MAXSAVESIZE) {
    const list = freeLists[n - 1];
    if (list.length < TupleLayout.MAXFREELIST) {
      t.items = new Array(n);
      list.push(t);
      return;
    }
  }
  t.ob_type.tp_free!(t);
}
PyTuple_Type.tp_dealloc = tupledealloc;
PyTuple_Type.tp_free = (o) => gcDel(o);

PyTuple_Type.tp_traverse = (o, visit) => {
  const items = (o as PyTupleObject).items;
  for (let i = items.length - 1; i >= 0; i--) if (items[i] !== null) visit(items[i]);
};

/**
 * CPython 3.11: Objects/tupleobject.c _PyTuple_Resize for a tuple only the caller references:
 * the block is reallocated (it may move) and the object is tracked again.
 */
function tupleResize(t: PyTupleObject, newsize: number): PyTupleObject {
  const oldsize = t.items.length;
  if (oldsize === newsize) return t;
  if (newsize === 0) {
    decref(t);
    return emptyTupleRef();
  }
  if (oldsize === 0) {
    decref(t);
    return tupleNewUnfilled(newsize);
  }
  if (isTracked(t)) gcUntrack(t);
  // DECREF items deleted by shrinkage.
  for (let i = newsize; i < oldsize; i++) xdecref(t.items[i]);
  t.items.length = newsize;
  if (newsize > oldsize) t.items.fill(null as unknown as PyObject, oldsize);
  const pre = 16;
  t.addr = memRealloc(t.addr - pre, pre + TupleLayout.HEADER + TupleLayout.ITEM * newsize) + pre;
  gcTrack(t);
  return t;
}

/** CPython 3.11: Objects/tupleobject.c tuplerepr */
PyTuple_Type.tp_repr = (o) => {
  const t = o as PyTupleObject;
  const n = t.items.length;
  if (n === 0) return PyUnicode_FromString('()');
  if (!reprEnter(o)) return PyUnicode_FromString('(...)');
  const writer = new UnicodeWriter();
  writer.overallocate = true;
  // "(" + "1" + ", 2" * (len - 1) + ")", or "(1,)"
  writer.minLength = n > 1 ? 1 + 1 + (2 + 1) * (n - 1) + 1 : 4;
  try {
    writer.writeChar('(');
    for (let i = 0; i < n; i++) {
      if (i > 0) writer.writeASCII(', ');
      writeRepr(writer, t.items[i]);
    }
    writer.overallocate = false;
    if (n > 1) writer.writeChar(')');
    else writer.writeASCII(',)');
  } catch (e) {
    writer.dealloc();
    reprLeave(o);
    throw e;
  }
  reprLeave(o);
  return writer.finish();
};

const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** CPython 3.11: Objects/tupleobject.c tuplehash (the xxHash-based algorithm). */
export function tupleHashOf(hashes: Hash[]): Hash {
  let acc = XXPRIME_5;
  for (const h of hashes) {
    const lane = BigInt.asUintN(64, BigInt(h));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(hashes.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  const signed = BigInt.asIntN(64, acc);
  return signed >= -9007199254740991n && signed <= 9007199254740991n ? Number(signed) : signed;
}

PyTuple_Type.tp_hash = (o) => {
  const t = o as PyTupleObject;
  return tupleHashOf(t.items.map(PyObject_Hash));
};

PyTuple_Type.sq_length = (o) => (o as PyTupleObject).items.length;
PyTuple_Type.mp_length = (o) => (o as PyTupleObject).items.length;

/** CPython 3.11: Objects/tupleobject.c tuplecontains */
PyTuple_Type.sq_contains = (o, v) => {
  const items = (o as PyTupleObject).items;
  for (let i = 0; i < items.length; i++) if (PyObject_RichCompareBool(items[i], v, 2)) return true;
  return false;
};

/** CPython 3.11: Objects/tupleobject.c tuplerichcompare */
PyTuple_Type.tp_richcompare = (v, w, op) => {
  if (!(v instanceof PyTupleObject) || !(w instanceof PyTupleObject)) return newref(Py_NotImplemented);
  return sequenceRichCompare(v.items, w.items, op);
};

/** The lexicographic comparison of tuplerichcompare (no length shortcut, items not held). */
export function sequenceRichCompare(a: PyObject[], b: PyObject[], op: number): PyObject {
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    if (!PyObject_RichCompareBool(a[i], b[i], 2)) break;
  }
  if (i >= a.length || i >= b.length) {
    const c = a.length - b.length;
    return PyBool_FromBool(op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0);
  }
  if (op === 2) return PyBool_FromBool(false);
  if (op === 3) return PyBool_FromBool(true);
  return PyObject_RichCompare(a[i], b[i], op);
}

export function PyTuple_Check(o: PyObject): o is PyTupleObject {
  return o instanceof PyTupleObject;
}

/** 3.11 _PyTuple_MaybeUntrack: untrack when no item may be tracked (used by the collector). */
export function tupleMaybeUntrack(t: PyTupleObject, mayBeTracked: (o: PyObject) => boolean): void {
  for (const item of t.items) if (item !== null && mayBeTracked(item)) return;
  if (isTracked(t)) gcUntrack(t);
}

// ---------------------------------------------------------------------------------------------
// Item access, slicing, concatenation, repetition
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/tupleobject.c tupleitem */
function tupleitem(o: PyObject, i: number): PyObject {
  const items = (o as PyTupleObject).items;
  if (i < 0 || i >= items.length) raise(PyExc_IndexError, 'tuple index out of range');
  return newref(items[i]);
}
PyTuple_Type.sq_item = tupleitem;

/** CPython 3.11: Objects/tupleobject.c tupleslice (a full slice of an exact tuple is itself). */
export function tupleSlice(a: PyTupleObject, ilow: number, ihigh: number): PyTupleObject {
  const n = a.items.length;
  if (ilow < 0) ilow = 0;
  if (ihigh > n) ihigh = n;
  if (ihigh < ilow) ihigh = ilow;
  if (ilow === 0 && ihigh === n && a.ob_type === PyTuple_Type) return newref(a);
  return tupleFromArray(a.items.slice(ilow, ihigh));
}

/** CPython 3.11: Objects/tupleobject.c tuplesubscript */
function tuplesubscript(o: PyObject, item: PyObject): PyObject {
  const self = o as PyTupleObject;
  if (item.ob_type.nb_index !== null) {
    let i = indexAsSsize(item);
    if (i < 0) i += self.items.length;
    return tupleitem(self, i);
  }
  if (PySlice_Check(item)) {
    const [start0, stop0, step0] = sliceUnpack(item);
    const [start, , step, slicelength] = sliceAdjustIndices(self.items.length, start0, stop0, step0);
    if (slicelength <= 0) return emptyTupleRef();
    if (start === 0 && step === 1 && slicelength === self.items.length && self.ob_type === PyTuple_Type) {
      return newref(self);
    }
    const src = self.items;
    const out: PyObject[] = new Array(slicelength);
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) out[i] = newref(src[cur]);
    return tupleFromArraySteal(out);
  }
  raise(PyExc_TypeError, `tuple indices must be integers or slices, not ${item.ob_type.tp_name}`);
}
PyTuple_Type.mp_subscript = tuplesubscript;

/** CPython 3.11: Objects/tupleobject.c tupleconcat */
function tupleconcat(aa: PyObject, bb: PyObject): PyObject {
  const a = aa as PyTupleObject;
  if (a.items.length === 0 && bb.ob_type === PyTuple_Type) return newref(bb);
  if (!(bb instanceof PyTupleObject)) {
    raise(PyExc_TypeError, `can only concatenate tuple (not "${bb.ob_type.tp_name}") to tuple`);
  }
  if (bb.items.length === 0 && a.ob_type === PyTuple_Type) return newref(a);
  const size = a.items.length + bb.items.length;
  if (size === 0) return emptyTupleRef();
  return tupleFromArray(a.items.concat(bb.items));
}
PyTuple_Type.sq_concat = tupleconcat;

/** CPython 3.11: Objects/tupleobject.c tuplerepeat (t * 1 is t itself for an exact tuple). */
function tuplerepeat(aa: PyObject, n: number): PyObject {
  const a = aa as PyTupleObject;
  const size0 = a.items.length;
  if ((size0 === 0 || n === 1) && a.ob_type === PyTuple_Type) return newref(a);
  if (size0 === 0 || n <= 0) return emptyTupleRef();
  if (n > SSIZE_MAX / size0) raise(PyExc_MemoryError, null);
  const size = size0 * n;
  if (size > MAX_ITEMS) raise(PyExc_MemoryError, null);
  const src = a.items;
  const out: PyObject[] = new Array(size);
  for (let j = 0; j < size0; j++) src[j].ob_refcnt += n;
  for (let p = 0; p < size; p += size0) for (let j = 0; j < size0; j++) out[p + j] = src[j];
  return tupleFromArraySteal(out);
}
PyTuple_Type.sq_repeat = tuplerepeat;

// ---------------------------------------------------------------------------------------------
// Construction
// ---------------------------------------------------------------------------------------------

/**
 * CPython 3.11: Objects/abstract.c PySequence_Tuple: an exact tuple is returned itself, a list
 * is copied exactly; other iterables fill a tuple sized by the length hint, grown by ten plus
 * 25% and cut back at the end.
 */
export function PySequence_Tuple(v: PyObject): PyTupleObject {
  if (v.ob_type === PyTuple_Type) return newref(v as PyTupleObject);
  if (v.ob_type === PyList_Type) return tupleFromArray((v as PyListObject).items);
  const it = PyObject_GetIter(v);
  try {
    return tupleFromIterator(v, it);
  } finally {
    decref(it);
  }
}

function tupleFromIterator(v: PyObject, it: PyObject): PyTupleObject {
  let n = lengthHint(v, TupleLayout.DEFAULT_HINT);
  let result = tupleNewUnfilled(n);
  let j = 0;
  try {
    const next = it.ob_type.tp_iternext;
    if (next === null) raise(PyExc_TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
    for (;; j++) {
      const item = next(it);
      if (item === null) break;
      if (j >= n) {
        // Grow by ten and then add 25%: the excess is reclaimed before returning.
        let newn = n + 10;
        newn += newn >> 2;
        if (newn > MAX_ITEMS) {
          decref(item);
          raise(PyExc_MemoryError, null);
        }
        n = newn;
        result = tupleResize(result, n);
      }
      result.items[j] = item;
    }
    if (j < n) result = tupleResize(result, j);
    return result;
  } catch (e) {
    decref(result);
    throw e;
  }
}

/** CPython 3.11: Objects/tupleobject.c tuple_new_impl / tuple_vectorcall */
function tuple_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  // A subclass whose __init__ takes keywords may be called with them.
  if (type === PyTuple_Type || type.tp_init === PyTuple_Type.tp_init) noKeywords('tuple', kwnames);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  checkPositional('tuple', npos, 0, 1);
  const iterable = npos === 1 ? args[0] : null;
  if (type !== PyTuple_Type) return tuple_subtype_new(type, iterable);
  return iterable === null ? emptyTupleRef() : PySequence_Tuple(iterable);
}
PyTuple_Type.tp_new = tuple_new;

/** CPython 3.11: Objects/tupleobject.c tuple_subtype_new: an exact tuple copied into the subtype. */
function tuple_subtype_new(type: PyTypeObject, iterable: PyObject | null): PyObject {
  const tmp = iterable === null ? emptyTupleRef() : PySequence_Tuple(iterable);
  try {
    const items = tmp.items.slice();
    for (const x of items) incref(x);
    return tupleSubtypeAlloc(type, items);
  } finally {
    decref(tmp);
  }
}

// ---------------------------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/tupleobject.c tuple_index_impl */
function tuple_index(self: PyTupleObject, value: PyObject, start: number, stop: number): number {
  const n = self.items.length;
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) stop += n;
  else if (stop > n) stop = n;
  for (let i = start; i < stop; i++) {
    if (PyObject_RichCompareBool(self.items[i], value, 2)) return i;
  }
  raise(PyExc_ValueError, 'tuple.index(x): x not in tuple');
}

/** CPython 3.11: Objects/tupleobject.c tuple_count */
function tuple_count(self: PyTupleObject, value: PyObject): number {
  let count = 0;
  for (let i = 0; i < self.items.length; i++) {
    if (PyObject_RichCompareBool(self.items[i], value, 2)) count++;
  }
  return count;
}

const asTuple = (o: PyObject) => o as PyTupleObject;

PyTuple_Type.methods = [
  {
    name: '__getnewargs__',
    fn: (self, args, kw) => {
      noArgs('tuple.__getnewargs__', args, kw);
      const t = asTuple(self);
      return tupleFromArraySteal([tupleSlice(t, 0, t.items.length)]);
    },
  },
  {
    name: 'index',
    fn: (self, args, kw) => {
      noKeywords('tuple.index', kw);
      checkPositional('index', args.length, 1, 3);
      const start = args.length > 1 ? sliceIndexArg(args[1]) : 0;
      const stop = args.length > 2 ? sliceIndexArg(args[2]) : SSIZE_MAX;
      return PyLong_FromSsize_t(tuple_index(asTuple(self), args[0], start, stop));
    },
  },
  { name: 'count', fn: (self, args, kw) => PyLong_FromSsize_t(tuple_count(asTuple(self), oneArg('tuple.count', args, kw))) },
  // Slot wrappers CPython derives from sq_concat / sq_repeat (see the report).
  { name: '__add__', fn: (self, args, kw) => tupleconcat(self, wrapperArg('__add__', args, kw)) },
  { name: '__mul__', fn: (self, args, kw) => tuplerepeat(self, repeatCount(wrapperArg('__mul__', args, kw))) },
  { name: '__rmul__', fn: (self, args, kw) => tuplerepeat(self, repeatCount(wrapperArg('__rmul__', args, kw))) },
];

// ---------------------------------------------------------------------------------------------
// tuple_iterator
// ---------------------------------------------------------------------------------------------

export class PyTupleIterObject extends PyObject {
  index = 0;
  seq: PyTupleObject | null;
  constructor(seq: PyTupleObject) {
    super(PyTupleIter_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyTupleIter_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.seq = seq;
  }
}

/** CPython 3.11: Objects/tupleobject.c tuple_iter */
export function tuple_iter(seq: PyObject): PyObject {
  const it = new PyTupleIterObject(seq as PyTupleObject);
  incref(seq);
  gcAllocObject(it, TupleLayout.ITER_SIZE);
  gcTrack(it);
  return it;
}
PyTuple_Type.tp_iter = tuple_iter;

PyTupleIter_Type.tp_dealloc = (o) => {
  const it = o as PyTupleIterObject;
  gcUntrack(it);
  const seq = it.seq;
  it.seq = null;
  xdecref(seq);
  gcDel(it);
};
PyTupleIter_Type.tp_traverse = (o, visit) => {
  const seq = (o as PyTupleIterObject).seq;
  if (seq !== null) visit(seq);
};
PyTupleIter_Type.tp_iter = (o) => newref(o);

/** CPython 3.11: Objects/tupleobject.c tupleiter_next */
PyTupleIter_Type.tp_iternext = (o) => {
  const it = o as PyTupleIterObject;
  const seq = it.seq;
  if (seq === null) return null;
  if (it.index < seq.items.length) return newref(seq.items[it.index++]);
  it.seq = null;
  decref(seq);
  return null;
};

PyTupleIter_Type.methods = [
  {
    /** CPython 3.11: Objects/tupleobject.c tupleiter_reduce: (iter, (tuple,), index), or (iter, ((),)). */
    name: '__reduce__',
    fn: (self, args, kw) => {
      noArgs('tuple_iterator.__reduce__', args, kw);
      const it = self as PyTupleIterObject;
      const iter = _PyEval_GetBuiltin('iter');
      if (it.seq !== null) return tupleFromArraySteal([iter, tupleFromArraySteal([newref(it.seq)]), PyLong_FromNumber(it.index)]);
      return tupleFromArraySteal([iter, tupleFromArraySteal([emptyTupleRef()])]);
    },
  },
  {
    name: '__length_hint__',
    fn: (self, args, kw) => {
      noArgs('tuple_iterator.__length_hint__', args, kw);
      const it = self as PyTupleIterObject;
      return PyLong_FromNumber(it.seq === null ? 0 : Math.max(it.seq.items.length - it.index, 0));
    },
  },
  {
    name: '__setstate__',
    fn: (self, args, kw) => {
      const it = self as PyTupleIterObject;
      let index = indexAsSsize(oneArg('tuple_iterator.__setstate__', args, kw));
      if (it.seq !== null) {
        if (index < 0) index = 0;
        else if (index > it.seq.items.length) index = it.seq.items.length;
        it.index = index;
      }
      return none();
    },
  },
];
