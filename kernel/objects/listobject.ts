/**
 * list: a variable-size array of references, over-allocated as list_resize does, with the
 * list free list, slicing, the list iterators and the list methods.
 * CPython 3.11: Objects/listobject.c, Include/internal/pycore_list.h.
 *
 * The item array `items` is a JavaScript array whose length is ob_size; `allocated` and
 * `itemsAddr` model ob_item's heap block (PyMem_Malloc'ed, 8 bytes per slot). `itemsAddr === 0`
 * is CPython's `ob_item == NULL` (a list resized down to 0 keeps a zero-size block, as
 * PyMem_Realloc(p, 0) does, which matters for the next extend).
 */
import { PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { memFree, memMalloc, memRealloc, newReference } from '../memory/heap.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { PyObject_RichCompare, PyObject_RichCompareBool, PyObject_TypeCheck, Py_NotImplemented, none, reprString } from './object.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';
import { UnicodeWriter, writeRepr } from './unicode_writer.ts';
import { reprEnter, reprLeave } from './reprenter.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { PyErr, raise } from '../vm/errors.ts';
import {
  PyExc_IndexError, PyExc_MemoryError, PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError,
} from './exceptions.ts';
import { PyTupleObject, PyTuple_Type, tupleFromArraySteal } from './tupleobject.ts';
import { _PyEval_GetBuiltin } from './genericaliasobject.ts';
import { PyNumber_Index, PyObject_GetIter, PyObject_Size } from './abstract.ts';
import { PyLongObject, PyLong_FromNumber, PyLong_FromSsize_t } from './longobject.ts';
import { PySlice_Check, sliceAdjustIndices, sliceIndex, sliceUnpack } from './sliceobject.ts';
import { callSpecial, finishAlloc } from './typeobject.ts';
import { checkPositional, noArgs, noKeywords, oneArg, unpackArgs } from './getargs.ts';
import { listSort } from './listsort.ts';

export const PyList_Type: PyTypeObject = registerStaticType(
  newStaticType('list', 40, 0, TPFlags.BASETYPE | TPFlags.HAVE_GC | TPFlags.LIST_SUBCLASS | TPFlags.SEQUENCE),
);
export const PyListIter_Type: PyTypeObject = registerStaticType(newStaticType('list_iterator', 32, 0, TPFlags.HAVE_GC));
export const PyListRevIter_Type: PyTypeObject = registerStaticType(
  newStaticType('list_reverseiterator', 32, 0, TPFlags.HAVE_GC),
);

export const enum ListLayout {
  /** sizeof(PyListObject): PyVarObject + ob_item + allocated. */
  SIZE = 40,
  ITEM = 8,
  /** PyList_MAXFREELIST */
  MAXFREELIST = 80,
  /** sizeof(_PyListIterObject) / sizeof(listreviterobject): header, index, seq. */
  ITER_SIZE = 32,
  /** recycle_on_stack[8] in list_ass_slice: more removed items need a heap block. */
  RECYCLE_ON_STACK = 8,
}

/** PY_SSIZE_T_MAX, as far as a JavaScript number can say it. */
const SSIZE_MAX = Number.MAX_SAFE_INTEGER;
/** NON-CPYTHON: JavaScript arrays cannot hold more; CPython would fail in PyMem_Malloc. */
const MAX_ITEMS = 2 ** 28;

export class PyListObject extends PyObject {
  /** ob_item[0 .. ob_size): the JS array's length is ob_size. */
  items: PyObject[];
  /** Slots allocated for items (list.__sizeof__ counts these); -1 while being sorted. */
  allocated = 0;
  /** Address of the separately allocated item array (0 when ob_item is NULL). */
  itemsAddr = 0;
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
    this.items = [];
  }
}

const freeList: PyListObject[] = [];

export function listFreeListLength(): number {
  return freeList.length;
}

export function clearListFreeList(): void {
  while (freeList.length > 0) gcDel(freeList.pop()!);
}

/** Forgets the free list without freeing: a new interpreter starts with a new allocator. */
export function resetListFreeList(): void {
  freeList.length = 0;
}

/** CPython 3.11: Objects/listobject.c PyList_New(0) (tracked, from the free list if possible). */
export function PyList_New(): PyListObject {
  let op = freeList.pop();
  if (op !== undefined) {
    op.ob_refcnt = 1;
    newReference(op, 16);
  } else {
    op = new PyListObject(PyList_Type);
    gcAllocObject(op, ListLayout.SIZE);
  }
  gcTrack(op);
  return op;
}

/** A list of `n` slots allocated exactly (list_new_prealloc / PyList_New(n)); items stolen. */
export function listFromArraySteal(items: PyObject[]): PyListObject {
  const op = PyList_New();
  setAllocated(op, items.length);
  op.items = items;
  return op;
}

/** New references to each item, exact allocation (list slicing, list_new_prealloc). */
export function listFromArray(items: readonly PyObject[]): PyListObject {
  const copy = items.slice();
  for (let i = 0; i < copy.length; i++) copy[i].ob_refcnt++;
  return listFromArraySteal(copy);
}

/**
 * Sets the item array to `n` slots: PyMem_Malloc / PyMem_Realloc of ob_item, or frees it
 * (ob_item = NULL) when n is 0.
 */
export function setAllocated(op: PyListObject, n: number): void {
  if (n === op.allocated && (n !== 0 || op.itemsAddr === 0)) return;
  if (n === 0) {
    memFree(op.itemsAddr);
    op.itemsAddr = 0;
  } else if (op.itemsAddr === 0) op.itemsAddr = memMalloc(n * ListLayout.ITEM);
  else op.itemsAddr = memRealloc(op.itemsAddr, n * ListLayout.ITEM);
  op.allocated = n;
}

/**
 * CPython 3.11: Objects/listobject.c list_resize. Only the capacity bookkeeping: call it while
 * `items` still has its old length (Py_SIZE before the resize), then adjust `items`.
 */
export function list_resize(op: PyListObject, newsize: number): void {
  const allocated = op.allocated;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  // Over-allocate proportionally: ~12.5% plus a little, rounded down to a multiple of 4.
  let newAllocated = (newsize + (newsize >> 3) + 6) & ~3;
  // Do not over-allocate when the new size is closer to the overallocated size than to the old.
  if (newsize - op.items.length > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  if (newsize > MAX_ITEMS) raise(PyExc_MemoryError, null);
  // PyMem_Realloc(ob_item, 0) keeps a (zero-size) block: ob_item stays non-NULL.
  op.itemsAddr = op.itemsAddr === 0 ? memMalloc(newAllocated * ListLayout.ITEM) : memRealloc(op.itemsAddr, newAllocated * ListLayout.ITEM);
  op.allocated = newAllocated;
}

/** CPython 3.11: Objects/listobject.c list_preallocate_exact (rounded up to even). */
export function listPreallocateExact(op: PyListObject, size: number): void {
  const n = (size + 1) & ~1;
  if (n > MAX_ITEMS) raise(PyExc_MemoryError, null);
  op.itemsAddr = memMalloc(n * ListLayout.ITEM);
  op.allocated = n;
}

/** CPython 3.11: Objects/listobject.c _PyList_AppendTakeRef / app1 (steals v). */
export function listAppendSteal(op: PyListObject, v: PyObject): void {
  const n = op.items.length;
  if (op.allocated > n) {
    op.items.push(v);
    return;
  }
  try {
    list_resize(op, n + 1);
  } catch (e) {
    decref(v);
    throw e;
  }
  op.items.push(v);
}

/** PyList_Append: a new reference to v is stored. */
export function PyList_Append(op: PyListObject, v: PyObject): void {
  v.ob_refcnt++;
  listAppendSteal(op, v);
}

/** The preheader before a list of `type` (GC head, plus the managed dict of subclasses). */
function preheaderOf(type: PyTypeObject): number {
  return 16 + ((type.tp_flags & TPFlags.MANAGED_DICT) !== 0 ? 16 : 0);
}

/** CPython 3.11: Objects/listobject.c list_dealloc (items released last to first). */
function list_dealloc(o: PyObject): void {
  const op = o as PyListObject;
  gcUntrack(op);
  const items = op.items;
  op.items = [];
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
  if (op.itemsAddr !== 0) memFree(op.itemsAddr);
  op.itemsAddr = 0;
  op.allocated = 0;
  if (op.ob_type === PyList_Type && freeList.length < ListLayout.MAXFREELIST) {
    freeList.push(op);
    return;
  }
  op.ob_type.tp_free!(op);
}
PyList_Type.tp_dealloc = list_dealloc;
PyList_Type.tp_free = (o) => gcDel(o, preheaderOf(o.ob_type));

/** PyType_GenericAlloc for list and its subclasses: a fresh, tracked object (not the free list). */
PyList_Type.tp_alloc = (type) => {
  const op = new PyListObject(type);
  finishAlloc(op, type);
  return op;
};

/** PyType_GenericNew: list() makes the empty object here and fills it in __init__. */
PyList_Type.tp_new = (type) => type.tp_alloc!(type);

PyList_Type.tp_traverse = (o, visit) => {
  const items = (o as PyListObject).items;
  for (let i = items.length - 1; i >= 0; i--) visit(items[i]);
};

/**
 * CPython 3.11: Objects/listobject.c _list_clear (list.clear / tp_clear): the list is emptied
 * first, then the items are released last to first, then the item array is freed.
 */
export function listClear(op: PyListObject): void {
  const addr = op.itemsAddr;
  if (addr === 0) return;
  const items = op.items;
  op.items = [];
  op.itemsAddr = 0;
  op.allocated = 0;
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
  memFree(addr);
}
PyList_Type.tp_clear = (o) => listClear(o as PyListObject);

export function PyList_Check(o: PyObject): o is PyListObject {
  return o instanceof PyListObject;
}

// ---------------------------------------------------------------------------------------------
// Index conversion
// ---------------------------------------------------------------------------------------------

const SSIZE_MIN_BIG = -(2n ** 63n);
const SSIZE_MAX_BIG = 2n ** 63n - 1n;

/** The value of an int as a Py_ssize_t, or null when it does not fit in 64 bits. */
function ssizeValue(i: PyLongObject): number | null {
  const v = i.v;
  if (typeof v === 'number') return v;
  return v >= SSIZE_MIN_BIG && v <= SSIZE_MAX_BIG ? Number(v) : null;
}

/** CPython 3.11: Objects/abstract.c PyNumber_AsSsize_t(item, PyExc_IndexError). */
export function indexAsSsize(item: PyObject): number {
  const i = PyNumber_Index(item);
  const v = ssizeValue(i);
  decref(i);
  if (v === null) raise(PyExc_IndexError, `cannot fit '${item.ob_type.tp_name}' into an index-sized integer`);
  return v;
}

/** The Py_ssize_t converter of Argument Clinic: _PyNumber_Index then PyLong_AsSsize_t. */
export function ssizeArg(arg: PyObject): number {
  const i = PyNumber_Index(arg);
  const v = ssizeValue(i);
  decref(i);
  if (v === null) raise(PyExc_OverflowError, 'Python int too large to convert to C ssize_t');
  return v;
}

/** Argument Clinic's slice_index converter (_PyEval_SliceIndexNotNone): clipped to ssize_t. */
export function sliceIndexArg(arg: PyObject): number {
  if (arg.ob_type.nb_index === null) {
    raise(PyExc_TypeError, 'slice indices must be integers or have an __index__ method');
  }
  return sliceIndex(arg, 0);
}

/** _PyIndex_Check */
function isIndex(o: PyObject): boolean {
  return o.ob_type.nb_index !== null;
}

// ---------------------------------------------------------------------------------------------
// Helpers from Objects/abstract.c used by the containers
// ---------------------------------------------------------------------------------------------

/** _PyObject_HasLen */
function hasLen(o: PyObject): boolean {
  return o.ob_type.sq_length !== null || o.ob_type.mp_length !== null;
}

function isTypeError(e: unknown): e is PyErr {
  return e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_TypeError);
}

/**
 * CPython 3.11: Objects/abstract.c PyObject_LengthHint: len() if the object has one, else
 * __length_hint__(), else the default.
 */
export function lengthHint(o: PyObject, defaultValue: number): number {
  if (hasLen(o)) {
    try {
      return Number(PyObject_Size(o));
    } catch (e) {
      if (!isTypeError(e)) throw e;
      decref(e.exc);
    }
  }
  let result: PyObject | null;
  try {
    result = callSpecial(o, '__length_hint__', []);
  } catch (e) {
    if (!isTypeError(e)) throw e;
    decref(e.exc);
    return defaultValue;
  }
  if (result === null) return defaultValue;
  if (result === Py_NotImplemented) {
    decref(result);
    return defaultValue;
  }
  if (!(result instanceof PyLongObject)) {
    const name = result.ob_type.tp_name;
    decref(result);
    raise(PyExc_TypeError, `__length_hint__ must be an integer, not ${name}`);
  }
  const v = ssizeValue(result);
  decref(result);
  if (v === null) raise(PyExc_OverflowError, 'Python int too large to convert to C ssize_t');
  if (v < 0) raise(PyExc_ValueError, '__length_hint__() should return >= 0');
  return v;
}

/**
 * CPython 3.11: Objects/abstract.c PySequence_Fast: a new reference to a list or tuple with
 * the items (the object itself when it is an exact list or tuple).
 */
export function sequenceFast(v: PyObject, message: string): PyListObject | PyTupleObject {
  if (v.ob_type === PyList_Type || v.ob_type === PyTuple_Type) return newref(v as PyListObject | PyTupleObject);
  let it: PyObject;
  try {
    it = PyObject_GetIter(v);
  } catch (e) {
    if (isTypeError(e)) {
      decref(e.exc);
      raise(PyExc_TypeError, message);
    }
    throw e;
  }
  try {
    return PySequence_List(it);
  } finally {
    decref(it);
  }
}

/** CPython 3.11: Objects/abstract.c PySequence_List: a new list made by list_extend. */
export function PySequence_List(v: PyObject): PyListObject {
  const result = PyList_New();
  try {
    list_extend(result, v);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** PySequence_Check: has sq_item (classes defining __getitem__ get one), dicts excluded. */
function sequenceCheck(o: PyObject): boolean {
  const t = o.ob_type;
  if ((t.tp_flags & TPFlags.DICT_SUBCLASS) !== 0) return false;
  return t.sq_item !== null || ((t.tp_flags & TPFlags.HEAPTYPE) !== 0 && t.mp_subscript !== null);
}

// ---------------------------------------------------------------------------------------------
// repr, length, item access
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/listobject.c list_repr */
PyList_Type.tp_repr = (o) => {
  const op = o as PyListObject;
  if (op.items.length === 0) return PyUnicode_FromString('[]');
  if (!reprEnter(o)) return PyUnicode_FromString('[...]');
  const writer = new UnicodeWriter();
  writer.overallocate = true;
  // "[" + "1" + ", 2" * (len - 1) + "]"
  writer.minLength = 1 + 1 + (2 + 1) * (op.items.length - 1) + 1;
  try {
    writer.writeChar('[');
    // The list may change while items are repr'd: index afresh each time.
    for (let i = 0; i < op.items.length; i++) {
      if (i > 0) writer.writeASCII(', ');
      const item = op.items[i];
      incref(item);
      try {
        writeRepr(writer, item);
      } finally {
        decref(item);
      }
    }
    writer.overallocate = false;
    writer.writeChar(']');
  } catch (e) {
    writer.dealloc();
    reprLeave(o);
    throw e;
  }
  reprLeave(o);
  return writer.finish();
};

PyList_Type.sq_length = (o) => (o as PyListObject).items.length;

/** CPython 3.11: Objects/listobject.c list_contains */
function list_contains(o: PyObject, v: PyObject): boolean {
  const op = o as PyListObject;
  for (let i = 0; i < op.items.length; i++) {
    const item = op.items[i];
    incref(item);
    try {
      if (PyObject_RichCompareBool(item, v, 2)) return true;
    } finally {
      decref(item);
    }
  }
  return false;
}
PyList_Type.sq_contains = list_contains;

/** CPython 3.11: Objects/listobject.c list_item */
function list_item(o: PyObject, i: number): PyObject {
  const items = (o as PyListObject).items;
  if (i < 0 || i >= items.length) raise(PyExc_IndexError, 'list index out of range');
  return newref(items[i]);
}
PyList_Type.sq_item = list_item;

/** CPython 3.11: Objects/listobject.c list_slice (exact allocation of the copy). */
function list_slice(a: PyListObject, ilow: number, ihigh: number): PyListObject {
  const len = ihigh - ilow;
  if (len <= 0) return PyList_New();
  return listFromArray(a.items.slice(ilow, ihigh));
}

/** PyList_GetSlice: clipped indices. */
export function PyList_GetSlice(a: PyListObject, ilow: number, ihigh: number): PyListObject {
  const n = a.items.length;
  if (ilow < 0) ilow = 0;
  else if (ilow > n) ilow = n;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > n) ihigh = n;
  return list_slice(a, ilow, ihigh);
}

/** CPython 3.11: Objects/listobject.c list_subscript */
function list_subscript(o: PyObject, item: PyObject): PyObject {
  const self = o as PyListObject;
  if (isIndex(item)) {
    let i = indexAsSsize(item);
    if (i < 0) i += self.items.length;
    return list_item(self, i);
  }
  if (PySlice_Check(item)) {
    const [start0, stop0, step0] = sliceUnpack(item);
    const [start, stop, step, slicelength] = sliceAdjustIndices(self.items.length, start0, stop0, step0);
    if (slicelength <= 0) return PyList_New();
    if (step === 1) return list_slice(self, start, stop);
    const src = self.items;
    const out: PyObject[] = new Array(slicelength);
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) out[i] = newref(src[cur]);
    return listFromArraySteal(out);
  }
  raise(PyExc_TypeError, `list indices must be integers or slices, not ${item.ob_type.tp_name}`);
}
PyList_Type.mp_subscript = list_subscript;
PyList_Type.mp_length = (o) => (o as PyListObject).items.length;

// ---------------------------------------------------------------------------------------------
// Assignment and deletion
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/listobject.c list_ass_item */
function list_ass_item(o: PyObject, i: number, v: PyObject | null): void {
  const a = o as PyListObject;
  if (i < 0 || i >= a.items.length) raise(PyExc_IndexError, 'list assignment index out of range');
  if (v === null) {
    list_ass_slice(a, i, i + 1, null);
    return;
  }
  incref(v);
  const old = a.items[i];
  a.items[i] = v;
  decref(old);
}
PyList_Type.sq_ass_item = list_ass_item;

/**
 * CPython 3.11: Objects/listobject.c list_ass_slice: a[ilow:ihigh] = v, or del a[ilow:ihigh]
 * when v is null. The removed items are released last, once the list is consistent again.
 */
export function list_ass_slice(a: PyListObject, ilow: number, ihigh: number, v: PyObject | null): void {
  if (v === a) {
    // Special case "a[i:j] = a": copy it first.
    const copy = list_slice(a, 0, a.items.length);
    try {
      list_ass_slice(a, ilow, ihigh, copy);
    } finally {
      decref(copy);
    }
    return;
  }
  const seq = v === null ? null : sequenceFast(v, 'can only assign an iterable');
  try {
    const vitems = seq === null ? [] : seq.items;
    const n = vitems.length;
    const size = a.items.length;
    if (ilow < 0) ilow = 0;
    else if (ilow > size) ilow = size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > size) ihigh = size;
    const norig = ihigh - ilow;
    const d = n - norig;
    if (size + d === 0) {
      listClear(a);
      return;
    }
    // recycle: the removed items, in a heap block when more than fit on the C stack.
    const recycleAddr = norig > ListLayout.RECYCLE_ON_STACK ? memMalloc(norig * ListLayout.ITEM) : 0;
    const recycle = a.items.slice(ilow, ihigh);
    try {
      if (d !== 0) list_resize(a, size + d);
    } catch (e) {
      memFree(recycleAddr);
      throw e;
    }
    const inserted = vitems.slice();
    for (let k = 0; k < n; k++) incref(inserted[k]);
    a.items.splice(ilow, norig, ...inserted);
    for (let k = norig - 1; k >= 0; k--) decref(recycle[k]);
    memFree(recycleAddr);
  } finally {
    if (seq !== null) decref(seq);
  }
}

/** PyList_SetSlice */
export function PyList_SetSlice(a: PyListObject, ilow: number, ihigh: number, v: PyObject | null): void {
  list_ass_slice(a, ilow, ihigh, v);
}

/** CPython 3.11: Objects/listobject.c list_ass_subscript */
function list_ass_subscript(o: PyObject, item: PyObject, value: PyObject | null): void {
  const self = o as PyListObject;
  if (isIndex(item)) {
    let i = indexAsSsize(item);
    if (i < 0) i += self.items.length;
    list_ass_item(self, i, value);
    return;
  }
  if (!PySlice_Check(item)) {
    raise(PyExc_TypeError, `list indices must be integers or slices, not ${item.ob_type.tp_name}`);
  }
  const [start0, stop0, step0] = sliceUnpack(item);
  let [start, stop, step, slicelength] = sliceAdjustIndices(self.items.length, start0, stop0, step0);
  if (step === 1) {
    list_ass_slice(self, start, stop, value);
    return;
  }
  // Make sure s[5:2] = [..] inserts at the right place: before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (value === null) {
    deleteExtendedSlice(self, start, step, slicelength);
    return;
  }
  assignExtendedSlice(self, start, step, slicelength, value);
}
PyList_Type.mp_ass_subscript = list_ass_subscript;

/** The delete branch of list_ass_subscript for step != 1. */
function deleteExtendedSlice(self: PyListObject, start: number, step: number, slicelength: number): void {
  if (slicelength <= 0) return;
  if (step < 0) {
    const stop = start + 1;
    start = stop + step * (slicelength - 1) - 1;
    step = -step;
  }
  const garbageAddr = memMalloc(slicelength * ListLayout.ITEM);
  const garbage: PyObject[] = new Array(slicelength);
  const items = self.items;
  const kept: PyObject[] = [];
  let next = start;
  let g = 0;
  for (let i = 0; i < items.length; i++) {
    if (i === next && g < slicelength) {
      garbage[g++] = items[i];
      next += step;
    } else kept.push(items[i]);
  }
  self.items = kept;
  list_resize(self, kept.length);
  for (let i = 0; i < slicelength; i++) decref(garbage[i]);
  memFree(garbageAddr);
}

/** The assign branch of list_ass_subscript for step != 1. */
function assignExtendedSlice(self: PyListObject, start: number, step: number, slicelength: number, value: PyObject): void {
  // Protect against a[::-1] = a.
  const seq = value === self ? list_slice(self, 0, self.items.length) : sequenceFast(value, 'must assign iterable to extended slice');
  try {
    const seqitems = seq.items;
    if (seqitems.length !== slicelength) {
      raise(PyExc_ValueError, `attempt to assign sequence of size ${seqitems.length} to extended slice of size ${slicelength}`);
    }
    if (slicelength === 0) return;
    const garbageAddr = memMalloc(slicelength * ListLayout.ITEM);
    const garbage: PyObject[] = new Array(slicelength);
    const selfitems = self.items;
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
      garbage[i] = selfitems[cur];
      selfitems[cur] = newref(seqitems[i]);
    }
    for (let i = 0; i < slicelength; i++) decref(garbage[i]);
    memFree(garbageAddr);
  } finally {
    decref(seq);
  }
}

// ---------------------------------------------------------------------------------------------
// Concatenation, repetition, extension
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/listobject.c list_concat */
function list_concat(aa: PyObject, bb: PyObject): PyObject {
  if (!(bb instanceof PyListObject)) {
    raise(PyExc_TypeError, `can only concatenate list (not "${bb.ob_type.tp_name}") to list`);
  }
  const a = aa as PyListObject;
  const size = a.items.length + bb.items.length;
  if (size === 0) return PyList_New();
  return listFromArray(a.items.concat(bb.items));
}
PyList_Type.sq_concat = list_concat;

/** CPython 3.11: Objects/listobject.c list_repeat */
function list_repeat(aa: PyObject, n: number): PyObject {
  const a = aa as PyListObject;
  if (n < 0) n = 0;
  const inputSize = a.items.length;
  if (n > 0 && inputSize > SSIZE_MAX / n) raise(PyExc_MemoryError, null);
  const size = inputSize * n;
  if (size === 0) return PyList_New();
  if (size > MAX_ITEMS) raise(PyExc_MemoryError, null);
  // list_new_prealloc: the list and its item array first (MemoryError before any copying).
  const np = PyList_New();
  try {
    setAllocated(np, size);
  } catch (e) {
    decref(np);
    throw e;
  }
  const src = a.items;
  const out: PyObject[] = new Array(size);
  for (let j = 0; j < inputSize; j++) src[j].ob_refcnt += n;
  for (let p = 0; p < size; p += inputSize) {
    for (let j = 0; j < inputSize; j++) out[p + j] = src[j];
  }
  np.items = out;
  return np;
}
PyList_Type.sq_repeat = list_repeat;

/**
 * CPython 3.11: Objects/listobject.c list_extend. Lists and tuples are copied directly; other
 * iterables are run to exhaustion after guessing their length (PyObject_LengthHint).
 */
export function list_extend(self: PyListObject, iterable: PyObject): void {
  if (iterable.ob_type === PyList_Type || iterable.ob_type === PyTuple_Type || iterable === self) {
    const src = (iterable as PyListObject | PyTupleObject).items;
    const n = src.length;
    if (n === 0) return;
    const m = self.items.length;
    if (self.itemsAddr === 0) listPreallocateExact(self, n);
    else list_resize(self, m + n);
    // self.extend(self) reads the source after the resize: take the n items first.
    for (let i = 0; i < n; i++) self.items.push(newref(src[i]));
    return;
  }
  const it = PyObject_GetIter(iterable);
  try {
    extendFromIterator(self, iterable, it);
  } finally {
    decref(it);
  }
}

function extendFromIterator(self: PyListObject, iterable: PyObject, it: PyObject): void {
  const n = lengthHint(iterable, 8);
  const m = self.items.length;
  if (m > SSIZE_MAX - n) {
    // m + n overflowed: n lied or we run out of memory in the loop.
  } else if (self.itemsAddr === 0) {
    if (n !== 0) listPreallocateExact(self, n);
  } else list_resize(self, m + n);
  const next = it.ob_type.tp_iternext;
  if (next === null) raise(PyExc_TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  for (;;) {
    const item = next(it);
    if (item === null) break;
    if (self.items.length < self.allocated) self.items.push(item);
    else listAppendSteal(self, item);
  }
  // Cut back the result if the initial guess was too large.
  if (self.items.length < self.allocated) list_resize(self, self.items.length);
}

/**
 * The VM's LIST_EXTEND (and list.extend when `fromOpcode` is false): CPython 3.11
 * Python/ceval.c LIST_EXTEND turns "not iterable" into "Value after * must be an iterable".
 */
export function listExtend(self: PyListObject, iterable: PyObject, fromOpcode = false): void {
  try {
    list_extend(self, iterable);
  } catch (e) {
    if (fromOpcode && isTypeError(e) && iterable.ob_type.tp_iter === null && !sequenceCheck(iterable)) {
      decref(e.exc);
      raise(PyExc_TypeError, `Value after * must be an iterable, not ${iterable.ob_type.tp_name}`);
    }
    throw e;
  }
}

/** CPython 3.11: Objects/listobject.c list_inplace_concat (+= is extend). */
PyList_Type.sq_inplace_concat = (self, other) => {
  list_extend(self as PyListObject, other);
  return newref(self);
};

/** CPython 3.11: Objects/listobject.c list_inplace_repeat */
function list_inplace_repeat(o: PyObject, n: number): PyObject {
  const self = o as PyListObject;
  const size = self.items.length;
  if (size === 0 || n === 1) return newref(self);
  if (n < 1) {
    listClear(self);
    return newref(self);
  }
  if (size > SSIZE_MAX / n || size * n > MAX_ITEMS) raise(PyExc_MemoryError, null);
  list_resize(self, size * n);
  const items = self.items;
  for (let j = 0; j < size; j++) items[j].ob_refcnt += n - 1;
  for (let i = 1; i < n; i++) for (let j = 0; j < size; j++) items.push(items[j]);
  return newref(self);
}
PyList_Type.sq_inplace_repeat = list_inplace_repeat;

// ---------------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/listobject.c list_richcompare */
PyList_Type.tp_richcompare = (v, w, op) => {
  if (!(v instanceof PyListObject) || !(w instanceof PyListObject)) return newref(Py_NotImplemented);
  if (v.items.length !== w.items.length && (op === 2 || op === 3)) {
    // Shortcut: if the lengths differ, the lists differ.
    return PyBool_FromBool(op === 3);
  }
  // Search for the first index where items are different (the lists may change meanwhile).
  let i = 0;
  for (; i < v.items.length && i < w.items.length; i++) {
    const vitem = v.items[i];
    const witem = w.items[i];
    if (vitem === witem) continue;
    incref(vitem);
    incref(witem);
    let k: boolean;
    try {
      k = PyObject_RichCompareBool(vitem, witem, 2);
    } finally {
      decref(vitem);
      decref(witem);
    }
    if (!k) break;
  }
  const vlen = v.items.length;
  const wlen = w.items.length;
  if (i >= vlen || i >= wlen) return PyBool_FromBool(compareSizes(vlen, wlen, op));
  if (op === 2) return PyBool_FromBool(false);
  if (op === 3) return PyBool_FromBool(true);
  // Compare the final item again using the proper operator.
  const vitem = v.items[i];
  const witem = w.items[i];
  incref(vitem);
  incref(witem);
  try {
    return PyObject_RichCompare(vitem, witem, op);
  } finally {
    decref(vitem);
    decref(witem);
  }
};

/** Py_RETURN_RICHCOMPARE on two sizes. */
function compareSizes(a: number, b: number, op: number): boolean {
  switch (op) {
    case 0: return a < b;
    case 1: return a <= b;
    case 2: return a === b;
    case 3: return a !== b;
    case 4: return a > b;
    default: return a >= b;
  }
}

// ---------------------------------------------------------------------------------------------
// Construction: list(), list(iterable), list.__init__
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/listobject.c list___init__ (the Argument Clinic wrapper and _impl). */
function list___init__(o: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const self = o as PyListObject;
  if (self.ob_type === PyList_Type || self.ob_type.tp_new === PyList_Type.tp_new) noKeywords('list', kwnames);
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  checkPositional('list', npos, 0, 1);
  // Empty previous contents.
  if (self.itemsAddr !== 0) listClear(self);
  if (npos === 1) list_extend(self, args[0]);
}
PyList_Type.tp_init = list___init__;

// ---------------------------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/listobject.c ins1 */
function ins1(self: PyListObject, where: number, v: PyObject): void {
  const n = self.items.length;
  list_resize(self, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  incref(v);
  if (where === n) self.items.push(v);
  else self.items.splice(where, 0, v);
}

/** PyList_Insert */
export function PyList_Insert(self: PyListObject, where: number, v: PyObject): void {
  ins1(self, where, v);
}

/** CPython 3.11: Objects/listobject.c list_pop_impl */
function list_pop(self: PyListObject, index: number): PyObject {
  const size = self.items.length;
  if (size === 0) raise(PyExc_IndexError, 'pop from empty list');
  if (index < 0) index += size;
  if (index < 0 || index >= size) raise(PyExc_IndexError, 'pop index out of range');
  const v = self.items[index];
  const sizeAfterPop = size - 1;
  if (sizeAfterPop === 0) {
    // list_clear releases the list's reference: take one for the caller first.
    incref(v);
    listClear(self);
    return v;
  }
  // The list's reference becomes the caller's.
  if (index === sizeAfterPop) self.items.pop();
  else self.items.splice(index, 1);
  list_resize(self, sizeAfterPop);
  return v;
}

/** CPython 3.11: Objects/listobject.c list_remove */
function list_remove(self: PyListObject, value: PyObject): void {
  for (let i = 0; i < self.items.length; i++) {
    const obj = self.items[i];
    incref(obj);
    let cmp: boolean;
    try {
      cmp = PyObject_RichCompareBool(obj, value, 2);
    } finally {
      decref(obj);
    }
    if (cmp) {
      list_ass_slice(self, i, i + 1, null);
      return;
    }
  }
  raise(PyExc_ValueError, 'list.remove(x): x not in list');
}

/** CPython 3.11: Objects/listobject.c list_index_impl */
function list_index(self: PyListObject, value: PyObject, start: number, stop: number): number {
  if (start < 0) {
    start += self.items.length;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += self.items.length;
    if (stop < 0) stop = 0;
  }
  for (let i = start; i < stop && i < self.items.length; i++) {
    const obj = self.items[i];
    incref(obj);
    let cmp: boolean;
    try {
      cmp = PyObject_RichCompareBool(obj, value, 2);
    } finally {
      decref(obj);
    }
    if (cmp) return i;
  }
  raise(PyExc_ValueError, `${reprString(value)} is not in list`);
}

/** CPython 3.11: Objects/listobject.c list_count */
function list_count(self: PyListObject, value: PyObject): number {
  let count = 0;
  for (let i = 0; i < self.items.length; i++) {
    const obj = self.items[i];
    if (obj === value) {
      count++;
      continue;
    }
    incref(obj);
    try {
      if (PyObject_RichCompareBool(obj, value, 2)) count++;
    } finally {
      decref(obj);
    }
  }
  return count;
}

/** CPython 3.11: Objects/listobject.c list_reverse_impl */
function list_reverse(self: PyListObject): void {
  if (self.items.length > 1) self.items.reverse();
}

/** CPython 3.11: Objects/listobject.c list___sizeof___impl */
export function listSizeOf(self: PyListObject): number {
  return self.ob_type.tp_basicsize + Math.max(self.allocated, 0) * ListLayout.ITEM;
}

const asList = (o: PyObject) => o as PyListObject;

PyList_Type.methods = [
  { name: '__getitem__', fn: (self, args, kw) => list_subscript(self, oneArg('list.__getitem__', args, kw)) },
  {
    name: '__reversed__',
    fn: (self, args, kw) => {
      noArgs('list.__reversed__', args, kw);
      return listReversed(asList(self));
    },
  },
  {
    name: '__sizeof__',
    fn: (self, args, kw) => {
      noArgs('list.__sizeof__', args, kw);
      return PyLong_FromNumber(listSizeOf(asList(self)));
    },
  },
  {
    name: 'clear',
    fn: (self, args, kw) => {
      noArgs('list.clear', args, kw);
      listClear(asList(self));
      return none();
    },
  },
  {
    name: 'copy',
    fn: (self, args, kw) => {
      noArgs('list.copy', args, kw);
      return list_slice(asList(self), 0, asList(self).items.length);
    },
  },
  {
    name: 'append',
    fn: (self, args, kw) => {
      PyList_Append(asList(self), oneArg('list.append', args, kw));
      return none();
    },
  },
  {
    name: 'insert',
    fn: (self, args, kw) => {
      noKeywords('list.insert', kw);
      checkPositional('insert', args.length, 2, 2);
      ins1(asList(self), ssizeArg(args[0]), args[1]);
      return none();
    },
  },
  {
    name: 'extend',
    fn: (self, args, kw) => {
      list_extend(asList(self), oneArg('list.extend', args, kw));
      return none();
    },
  },
  {
    name: 'pop',
    fn: (self, args, kw) => {
      noKeywords('list.pop', kw);
      checkPositional('pop', args.length, 0, 1);
      return list_pop(asList(self), args.length === 0 ? -1 : ssizeArg(args[0]));
    },
  },
  {
    name: 'remove',
    fn: (self, args, kw) => {
      list_remove(asList(self), oneArg('list.remove', args, kw));
      return none();
    },
  },
  {
    name: 'index',
    fn: (self, args, kw) => {
      noKeywords('list.index', kw);
      checkPositional('index', args.length, 1, 3);
      const start = args.length > 1 ? sliceIndexArg(args[1]) : 0;
      const stop = args.length > 2 ? sliceIndexArg(args[2]) : SSIZE_MAX;
      return PyLong_FromSsize_t(list_index(asList(self), args[0], start, stop));
    },
  },
  { name: 'count', fn: (self, args, kw) => PyLong_FromSsize_t(list_count(asList(self), oneArg('list.count', args, kw))) },
  {
    name: 'reverse',
    fn: (self, args, kw) => {
      noArgs('list.reverse', args, kw);
      list_reverse(asList(self));
      return none();
    },
  },
  {
    name: 'sort',
    fn: (self, args, kw) => {
      const nkw = kw === null ? 0 : kw.length;
      if (args.length - nkw > 0) raise(PyExc_TypeError, 'sort() takes no positional arguments');
      const a = unpackArgs('sort', args, kw, ['key', 'reverse'], 0, 0, 0);
      const reverse = a[1] === null ? false : boolArg(a[1]);
      listSort(asList(self), a[0], reverse);
      return none();
    },
  },
  // Slot wrappers CPython derives from sq_concat / sq_repeat / sq_inplace_* (see the report).
  { name: '__add__', fn: (self, args, kw) => list_concat(self, wrapperArg('__add__', args, kw)) },
  { name: '__mul__', fn: (self, args, kw) => list_repeat(self, repeatCount(wrapperArg('__mul__', args, kw))) },
  { name: '__rmul__', fn: (self, args, kw) => list_repeat(self, repeatCount(wrapperArg('__rmul__', args, kw))) },
  {
    name: '__iadd__',
    fn: (self, args, kw) => PyList_Type.sq_inplace_concat!(self, wrapperArg('__iadd__', args, kw)),
  },
  { name: '__imul__', fn: (self, args, kw) => list_inplace_repeat(self, repeatCount(wrapperArg('__imul__', args, kw))) },
];

/**
 * The argument of a one-argument slot wrapper (Objects/typeobject.c check_num_args), for the
 * wrappers written as methods here.
 */
export function wrapperArg(name: string, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length > 0) raise(PyExc_TypeError, `wrapper ${name}() takes no keyword arguments`);
  if (args.length !== 1) raise(PyExc_TypeError, `expected 1 argument, got ${args.length}`);
  return args[0];
}

/** Argument Clinic's `bool(accept={int})` converter (_PyLong_AsInt of an index). */
function boolArg(o: PyObject): boolean {
  const i = PyNumber_Index(o);
  const v = i.v;
  decref(i);
  if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648) {
    raise(PyExc_OverflowError, 'Python int too large to convert to C int');
  }
  return v !== 0;
}

/** wrap_indexargfunc: the count of a sequence repetition (PyNumber_AsSsize_t, OverflowError). */
export function repeatCount(n: PyObject): number {
  if (n.ob_type.nb_index === null) {
    raise(PyExc_TypeError, `'${n.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const i = PyNumber_Index(n);
  const v = ssizeValue(i);
  decref(i);
  if (v === null) raise(PyExc_OverflowError, `cannot fit '${n.ob_type.tp_name}' into an index-sized integer`);
  return v;
}

// ---------------------------------------------------------------------------------------------
// Iterators: list_iterator and list_reverseiterator
// ---------------------------------------------------------------------------------------------

export class PyListIterObject extends PyObject {
  index: number;
  seq: PyListObject | null;
  constructor(type: PyTypeObject, seq: PyListObject, index: number) {
    super(type, false);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.seq = seq;
    this.index = index;
  }
}

function newListIter(type: PyTypeObject, seq: PyListObject, index: number): PyListIterObject {
  const it = new PyListIterObject(type, seq, index);
  incref(seq);
  gcAllocObject(it, ListLayout.ITER_SIZE);
  gcTrack(it);
  return it;
}

/** CPython 3.11: Objects/listobject.c list_iter */
export function list_iter(seq: PyObject): PyObject {
  return newListIter(PyListIter_Type, seq as PyListObject, 0);
}
PyList_Type.tp_iter = list_iter;

/** CPython 3.11: Objects/listobject.c list___reversed___impl */
export function listReversed(self: PyListObject): PyObject {
  return newListIter(PyListRevIter_Type, self, self.items.length - 1);
}

function listiter_dealloc(o: PyObject): void {
  const it = o as PyListIterObject;
  gcUntrack(it);
  const seq = it.seq;
  it.seq = null;
  xdecref(seq);
  gcDel(it);
}

function listiter_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const seq = (o as PyListIterObject).seq;
  if (seq !== null) visit(seq);
}

for (const t of [PyListIter_Type, PyListRevIter_Type]) {
  t.tp_dealloc = listiter_dealloc;
  t.tp_traverse = listiter_traverse;
  t.tp_iter = (o) => newref(o);
}

/** CPython 3.11: Objects/listobject.c listiter_next */
export function listiter_next(o: PyObject): PyObject | null {
  const it = o as PyListIterObject;
  const seq = it.seq;
  if (seq === null) return null;
  if (it.index < seq.items.length) return newref(seq.items[it.index++]);
  it.seq = null;
  decref(seq);
  return null;
}
PyListIter_Type.tp_iternext = listiter_next;

/** CPython 3.11: Objects/listobject.c listreviter_next */
PyListRevIter_Type.tp_iternext = (o) => {
  const it = o as PyListIterObject;
  const seq = it.seq;
  if (seq === null) return null;
  const index = it.index;
  if (index >= 0 && index < seq.items.length) {
    it.index--;
    return newref(seq.items[index]);
  }
  it.index = -1;
  it.seq = null;
  decref(seq);
  return null;
};

/** listiter_len / listreviter_len */
function iterLengthHint(it: PyListIterObject): number {
  const seq = it.seq;
  if (seq === null) return 0;
  if (it.ob_type === PyListIter_Type) return Math.max(seq.items.length - it.index, 0);
  const len = it.index + 1;
  return seq.items.length < len ? 0 : len;
}

/** listiter_setstate / listreviter_setstate */
function iterSetState(it: PyListIterObject, state: PyObject): void {
  let index = ssizeArg(state);
  if (it.seq === null) return;
  if (it.ob_type === PyListIter_Type) {
    if (index < 0) index = 0;
    else if (index > it.seq.items.length) index = it.seq.items.length;
  } else if (index < -1) index = -1;
  else if (index > it.seq.items.length - 1) index = it.seq.items.length - 1;
  it.index = index;
}

/**
 * CPython 3.11: Objects/listobject.c listiter_reduce_general: (iter, (list,), index), for the
 * reversed iterator (reversed, (list,), index); exhausted, (iter or reversed, ([],)).
 */
function iterReduce(it: PyListIterObject): PyObject {
  const forward = it.ob_type === PyListIter_Type;
  const callable = _PyEval_GetBuiltin(forward ? 'iter' : 'reversed');
  if (it.seq !== null) {
    return tupleFromArraySteal([callable, tupleFromArraySteal([newref(it.seq)]), PyLong_FromNumber(it.index)]);
  }
  return tupleFromArraySteal([callable, tupleFromArraySteal([PyList_New()])]);
}

for (const t of [PyListIter_Type, PyListRevIter_Type]) {
  t.methods = [
    {
      name: '__reduce__',
      fn: (self, args, kw) => {
        noArgs(`${self.ob_type.tp_name}.__reduce__`, args, kw);
        return iterReduce(self as PyListIterObject);
      },
    },
    {
      name: '__length_hint__',
      fn: (self, args, kw) => {
        noArgs(`${self.ob_type.tp_name}.__length_hint__`, args, kw);
        return PyLong_FromNumber(iterLengthHint(self as PyListIterObject));
      },
    },
    {
      name: '__setstate__',
      fn: (self, args, kw) => {
        iterSetState(self as PyListIterObject, oneArg(`${self.ob_type.tp_name}.__setstate__`, args, kw));
        return none();
      },
    },
  ];
}

