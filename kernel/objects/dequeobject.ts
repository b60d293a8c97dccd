/**
 * collections.deque: a doubly linked list of fixed-size blocks of item pointers, with a cache of
 * up to 16 emptied blocks kept by each deque, and its two iterators.
 * CPython 3.11: Modules/_collectionsmodule.c, the deque part (block, dequeobject, newblock,
 * freeblock, deque_*, dequeiter_*, dequereviter_*); the module itself is
 * kernel/modules/_collectionsmodule.ts.
 *
 * A block is the C struct { leftlink, data[64], rightlink } of 528 bytes, from PyMem_Malloc:
 * past pymalloc's 512-byte limit, so each block is a system-allocator block, traced by
 * tracemalloc and not counted by sys.getallocatedblocks. The deque object itself is a 216-byte
 * GC object. A deque's first item is leftblock.data[leftindex] and its last
 * rightblock.data[rightindex] (both inclusive); an empty deque has one block with
 * leftindex == CENTER + 1 and rightindex == CENTER. Every item slot in that range owns a
 * reference; nothing else does.
 */
import { CompareOp, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import type { MethodDef } from './pyobject.ts';
import { memFree, memMalloc } from '../memory/heap.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { PyErr, raise } from '../vm/errors.ts';
import { PyExc_IndexError, PyExc_OverflowError, PyExc_RuntimeError, PyExc_TypeError, PyExc_ValueError } from './exceptions.ts';
import {
  PyObject_HashNotImplemented, PyObject_RichCompareBool, PyObject_TypeCheck, Py_None, Py_NotImplemented,
  _PyObject_LookupAttr, none, reprString,
} from './object.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { PyLongObject, PyLong_FromNumber } from './longobject.ts';
import { PyUnicode_FromString, internString } from './unicodeobject.ts';
import { tupleFromArraySteal } from './tupleobject.ts';
import { PySequence_List, repeatCount, sliceIndexArg, ssizeArg, wrapperArg } from './listobject.ts';
import { PyIter_Next, PyNumber_Index, PyObject_Call, PyObject_GetIter, PyObject_IsInstance } from './abstract.ts';
import { finishAlloc } from './typeobject.ts';
import { reprEnter, reprLeave } from './reprenter.ts';
import { checkPositional, noArgs, oneArg, unpackArgs } from './getargs.ts';
import { classGetitemMethod } from './genericaliasobject.ts';
import { PyErr_NoMemory } from './exceptions_memerror.ts';
import { PyObject_ClearWeakRefs, getWeakrefCount } from './weakrefobject.ts';

export const enum DequeLayout {
  /** BLOCKLEN: item pointers per block. */
  BLOCKLEN = 64,
  /** CENTER, (BLOCKLEN - 1) / 2: an empty deque's rightindex (its leftindex is one more). */
  CENTER = 31,
  /** sizeof(block): leftlink, data[BLOCKLEN], rightlink. */
  BLOCK_SIZE = 528,
  /** MAXFREEBLOCKS: emptied blocks a deque keeps for reuse. */
  MAXFREEBLOCKS = 16,
  /**
   * sizeof(dequeobject): var header 24; leftblock, rightblock, leftindex, rightindex, state,
   * maxlen, numfreeblocks 56; freeblocks[MAXFREEBLOCKS] 128; weakreflist 8.
   */
  SIZE = 216,
  /** sizeof(dequeiterobject): header 16; b, index, deque, state, counter. */
  ITER_SIZE = 56,
}

const BLOCKLEN = DequeLayout.BLOCKLEN;
const CENTER = DequeLayout.CENTER;

/** deque_type, dequeiter_type and dequereviter_type (static types; the iterators have a tp_new). */
export const PyDeque_Type: PyTypeObject = registerStaticType(
  newStaticType('collections.deque', DequeLayout.SIZE, 0, TPFlags.BASETYPE | TPFlags.HAVE_GC | TPFlags.SEQUENCE),
);
export const PyDequeIter_Type: PyTypeObject = registerStaticType(
  newStaticType('_collections._deque_iterator', DequeLayout.ITER_SIZE, 0, TPFlags.HAVE_GC),
);
export const PyDequeRevIter_Type: PyTypeObject = registerStaticType(
  newStaticType('_collections._deque_reverse_iterator', DequeLayout.ITER_SIZE, 0, TPFlags.HAVE_GC),
);
PyDeque_Type.hasWeakref = true;

/** CPython 3.11: typedef struct BLOCK block; `addr` is where PyMem_Malloc put it. */
class Block {
  leftlink: Block | null = null;
  rightlink: Block | null = null;
  readonly data: (PyObject | null)[] = new Array<PyObject | null>(BLOCKLEN).fill(null);
  constructor(readonly addr: number) {}
}

/** CPython 3.11: dequeobject. ob_size is Py_SIZE; freeblocks.length is numfreeblocks. */
export class PyDequeObject extends PyObject {
  ob_size = 0;
  /** Null only while the deque is being deallocated. */
  leftblock: Block | null = null;
  rightblock: Block | null = null;
  leftindex = 0;
  rightindex = 0;
  /** Incremented whenever the indices move (iterators and searches compare it). */
  state = 0;
  /** -1 for an unbounded deque. */
  maxlen = -1;
  freeblocks: Block[] = [];
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

function asDeque(o: PyObject): PyDequeObject {
  return o as PyDequeObject;
}

// ---------------------------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: newblock: a cached block if the deque has one, else PyMem_Malloc. */
function newblock(deque: PyDequeObject): Block {
  const cached = deque.freeblocks.pop();
  if (cached !== undefined) return cached;
  return new Block(memMalloc(DequeLayout.BLOCK_SIZE));
}

/** CPython 3.11: freeblock: into the deque's cache while it has room, else PyMem_Free. */
function freeblock(deque: PyDequeObject, b: Block): void {
  if (deque.freeblocks.length < DequeLayout.MAXFREEBLOCKS) deque.freeblocks.push(b);
  else memFree(b.addr);
}

// ---------------------------------------------------------------------------------------------
// Allocation
// ---------------------------------------------------------------------------------------------

/** PyType_GenericAlloc for deque types: the object, its memory, GC tracking. */
function dequeAlloc(type: PyTypeObject): PyObject {
  const deque = new PyDequeObject(type);
  finishAlloc(deque, type);
  return deque;
}

/** PyObject_GC_Del (with the managed-dict pre-header of subclasses). */
function dequeFree(o: PyObject): void {
  gcDel(o, (o.ob_type.tp_flags & TPFlags.MANAGED_DICT) !== 0 ? 32 : 16);
}

/** CPython 3.11: deque_new: the object, then its first block, centred. */
function deque_new(type: PyTypeObject): PyObject {
  const deque = type.tp_alloc!(type) as PyDequeObject;
  let b: Block;
  try {
    b = newblock(deque);
  } catch (e) {
    decref(deque);
    throw e;
  }
  deque.ob_size = 0;
  deque.leftblock = b;
  deque.rightblock = b;
  deque.leftindex = CENTER + 1;
  deque.rightindex = CENTER;
  deque.state = 0;
  deque.maxlen = -1;
  return deque;
}

/** CPython 3.11: deque_dealloc: weakrefs, the items, the last block, then the cached blocks. */
function deque_dealloc(o: PyObject): void {
  const deque = asDeque(o);
  gcUntrack(deque);
  if (getWeakrefCount(deque) > 0) PyObject_ClearWeakRefs(deque);
  if (deque.leftblock !== null) {
    deque_clear(deque);
    freeblock(deque, deque.leftblock);
  }
  deque.leftblock = null;
  deque.rightblock = null;
  for (const b of deque.freeblocks) memFree(b.addr);
  deque.freeblocks = [];
  deque.ob_type.tp_free!(deque);
}

// ---------------------------------------------------------------------------------------------
// The two ends
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: deque_pop: the rightmost item (the deque's reference passes to the caller). */
function deque_pop(deque: PyDequeObject): PyObject {
  if (deque.ob_size === 0) raise(PyExc_IndexError, 'pop from an empty deque');
  const rightblock = deque.rightblock!;
  const item = rightblock.data[deque.rightindex]!;
  deque.rightindex--;
  deque.ob_size--;
  deque.state++;
  if (deque.rightindex < 0) {
    if (deque.ob_size > 0) {
      const prevblock = rightblock.leftlink!;
      freeblock(deque, rightblock);
      prevblock.rightlink = null;
      deque.rightblock = prevblock;
      deque.rightindex = BLOCKLEN - 1;
    } else {
      // re-center instead of freeing a block
      deque.leftindex = CENTER + 1;
      deque.rightindex = CENTER;
    }
  }
  return item;
}

/** CPython 3.11: deque_popleft */
function deque_popleft(deque: PyDequeObject): PyObject {
  if (deque.ob_size === 0) raise(PyExc_IndexError, 'pop from an empty deque');
  const leftblock = deque.leftblock!;
  const item = leftblock.data[deque.leftindex]!;
  deque.leftindex++;
  deque.ob_size--;
  deque.state++;
  if (deque.leftindex === BLOCKLEN) {
    if (deque.ob_size > 0) {
      const prevblock = leftblock.rightlink!;
      freeblock(deque, leftblock);
      prevblock.leftlink = null;
      deque.leftblock = prevblock;
      deque.leftindex = 0;
    } else {
      // re-center instead of freeing a block
      deque.leftindex = CENTER + 1;
      deque.rightindex = CENTER;
    }
  }
  return item;
}

/** NEEDS_TRIM: 0 <= maxlen < len(deque), as one unsigned comparison. */
function needsTrim(deque: PyDequeObject, maxlen: number): boolean {
  return maxlen >= 0 && maxlen < deque.ob_size;
}

/** CPython 3.11: deque_append_internal: steals `item`; trims the left end past maxlen. */
function deque_append_internal(deque: PyDequeObject, item: PyObject, maxlen: number): void {
  if (deque.rightindex === BLOCKLEN - 1) {
    const b = newblock(deque);
    b.leftlink = deque.rightblock;
    b.rightlink = null;
    deque.rightblock!.rightlink = b;
    deque.rightblock = b;
    deque.rightindex = -1;
  }
  deque.ob_size++;
  deque.rightindex++;
  deque.rightblock!.data[deque.rightindex] = item;
  if (needsTrim(deque, maxlen)) decref(deque_popleft(deque));
  else deque.state++;
}

/** CPython 3.11: deque_appendleft_internal */
function deque_appendleft_internal(deque: PyDequeObject, item: PyObject, maxlen: number): void {
  if (deque.leftindex === 0) {
    const b = newblock(deque);
    b.rightlink = deque.leftblock;
    b.leftlink = null;
    deque.leftblock!.leftlink = b;
    deque.leftblock = b;
    deque.leftindex = BLOCKLEN;
  }
  deque.ob_size++;
  deque.leftindex--;
  deque.leftblock!.data[deque.leftindex] = item;
  if (needsTrim(deque, maxlen)) decref(deque_pop(deque));
  else deque.state++;
}

/** CPython 3.11: deque_append */
function deque_append(deque: PyDequeObject, item: PyObject): PyObject {
  incref(item);
  deque_append_internal(deque, item, deque.maxlen);
  return none();
}

/** CPython 3.11: deque_appendleft */
function deque_appendleft(deque: PyDequeObject, item: PyObject): PyObject {
  incref(item);
  deque_appendleft_internal(deque, item, deque.maxlen);
  return none();
}

// ---------------------------------------------------------------------------------------------
// extend, extendleft, clear
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: consume_iterator: runs the iterator to exhaustion (maxlen == 0). */
function consume_iterator(it: PyObject): PyObject {
  try {
    for (let item = PyIter_Next(it); item !== null; item = PyIter_Next(it)) decref(item);
  } finally {
    decref(it);
  }
  return none();
}

/**
 * The shared loop of deque_extend / deque_extendleft: `iterable` is not the deque itself. An
 * empty deque is first re-centred at `emptyLeft` (the space-saving heuristic).
 */
function extendWith(
  deque: PyDequeObject, iterable: PyObject, emptyLeft: number,
  add: (deque: PyDequeObject, item: PyObject, maxlen: number) => void,
): PyObject {
  const maxlen = deque.maxlen;
  const it = PyObject_GetIter(iterable);
  if (maxlen === 0) return consume_iterator(it);
  if (deque.ob_size === 0) {
    deque.leftindex = emptyLeft;
    deque.rightindex = emptyLeft - 1;
  }
  try {
    for (let item = PyIter_Next(it); item !== null; item = PyIter_Next(it)) {
      try {
        add(deque, item, maxlen);
      } catch (e) {
        decref(item);
        throw e;
      }
    }
  } finally {
    decref(it);
  }
  return none();
}

/** CPython 3.11: deque_extend: a deque extended by itself goes through a list copy. */
function deque_extend(deque: PyDequeObject, iterable: PyObject): PyObject {
  if (iterable === deque) {
    const s = PySequence_List(iterable);
    try {
      return deque_extend(deque, s);
    } finally {
      decref(s);
    }
  }
  // Space saving heuristic.  Start filling from the left
  return extendWith(deque, iterable, 1, deque_append_internal);
}

/** CPython 3.11: deque_extendleft */
function deque_extendleft(deque: PyDequeObject, iterable: PyObject): PyObject {
  if (iterable === deque) {
    const s = PySequence_List(iterable);
    try {
      return deque_extendleft(deque, s);
    } finally {
      decref(s);
    }
  }
  // Space saving heuristic.  Start filling from the right
  return extendWith(deque, iterable, BLOCKLEN - 1, deque_appendleft_internal);
}

/** CPython 3.11: deque_inplace_concat */
function deque_inplace_concat(o: PyObject, other: PyObject): PyObject {
  decref(deque_extend(asDeque(o), other));
  return newref(o);
}

/**
 * CPython 3.11: deque_clear: the deque is made empty on a new block first, then the old
 * blocks' items are released left to right, each emptied block freed (into the cache) before
 * the next block's items go. A release may run code that uses the deque meanwhile.
 */
function deque_clear(deque: PyDequeObject): void {
  if (deque.ob_size === 0) return;
  let b: Block;
  try {
    b = newblock(deque);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    decref(e.exc);
    // alternate_method
    while (deque.ob_size > 0) decref(deque_pop(deque));
    return;
  }
  let n = deque.ob_size;
  let leftblock = deque.leftblock!;
  const leftindex = deque.leftindex;

  b.leftlink = null;
  b.rightlink = null;
  deque.ob_size = 0;
  deque.leftblock = b;
  deque.rightblock = b;
  deque.leftindex = CENTER + 1;
  deque.rightindex = CENTER;
  deque.state++;

  let m = BLOCKLEN - leftindex > n ? n : BLOCKLEN - leftindex;
  let itemptr = leftindex;
  let limit = itemptr + m;
  n -= m;
  for (;;) {
    if (itemptr === limit) {
      if (n === 0) break;
      const prevblock = leftblock;
      leftblock = leftblock.rightlink!;
      m = n > BLOCKLEN ? BLOCKLEN : n;
      itemptr = 0;
      limit = m;
      n -= m;
      freeblock(deque, prevblock);
    }
    decref(leftblock.data[itemptr++]!);
  }
  freeblock(deque, leftblock);
}

// ---------------------------------------------------------------------------------------------
// copy, concatenation, repetition
// ---------------------------------------------------------------------------------------------

/**
 * CPython 3.11: deque_copy: an exact deque is copied directly; a subclass is called as
 * type(d)(d) or type(d)(d, maxlen), and must return a deque.
 */
function deque_copy(o: PyObject): PyObject {
  const old = asDeque(o);
  if (o.ob_type === PyDeque_Type) {
    const copy = deque_new(PyDeque_Type) as PyDequeObject;
    copy.maxlen = old.maxlen;
    try {
      // Fast path for the deque_repeat() common case where len(deque) == 1
      if (old.ob_size === 1) decref(deque_append(copy, old.leftblock!.data[old.leftindex]!));
      else decref(deque_extend(copy, old));
    } catch (e) {
      decref(copy);
      throw e;
    }
    return copy;
  }
  const type = o.ob_type;
  let result: PyObject;
  if (old.maxlen < 0) {
    result = PyObject_Call(type, [o], null);
  } else {
    const maxlen = PyLong_FromNumber(old.maxlen);
    try {
      result = PyObject_Call(type, [o, maxlen], null);
    } finally {
      decref(maxlen);
    }
  }
  if (!PyObject_TypeCheck(result, PyDeque_Type)) {
    const name = result.ob_type.tp_name;
    decref(result);
    raise(PyExc_TypeError, `${type.tp_name}() must return a deque, not ${name}`);
  }
  return result;
}

/** CPython 3.11: deque_concat */
function deque_concat(o: PyObject, other: PyObject): PyObject {
  if (!PyObject_IsInstance(other, PyDeque_Type)) {
    raise(PyExc_TypeError, `can only concatenate deque (not "${other.ob_type.tp_name}") to deque`);
  }
  const copy = deque_copy(o);
  try {
    decref(deque_extend(asDeque(copy), other));
  } catch (e) {
    decref(copy);
    throw e;
  }
  return copy;
}

/** The single-item case of deque_inplace_repeat: n - 1 more references to the one item. */
function repeatOneItem(deque: PyDequeObject, n: number): void {
  const item = deque.leftblock!.data[deque.leftindex]!;
  if (deque.maxlen >= 0 && n > deque.maxlen) n = deque.maxlen;
  deque.state++;
  let i = 0;
  while (i < n - 1) {
    if (deque.rightindex === BLOCKLEN - 1) {
      let b: Block;
      try {
        b = newblock(deque);
      } catch (e) {
        deque.ob_size += i;
        throw e;
      }
      b.leftlink = deque.rightblock;
      b.rightlink = null;
      deque.rightblock!.rightlink = b;
      deque.rightblock = b;
      deque.rightindex = -1;
    }
    let m = n - 1 - i;
    if (m > BLOCKLEN - 1 - deque.rightindex) m = BLOCKLEN - 1 - deque.rightindex;
    i += m;
    while (m--) {
      deque.rightindex++;
      incref(item);
      deque.rightblock!.data[deque.rightindex] = item;
    }
  }
  deque.ob_size += i;
}

/** CPython 3.11: deque_inplace_repeat */
function deque_inplace_repeat(o: PyObject, n: number): PyObject {
  const deque = asDeque(o);
  const size = deque.ob_size;
  if (size === 0 || n === 1) return newref(deque);
  if (n <= 0) {
    deque_clear(deque);
    return newref(deque);
  }
  if (size === 1) {
    // common case, repeating a single element
    repeatOneItem(deque, n);
    return newref(deque);
  }
  // NON-CPYTHON: PY_SSIZE_T_MAX is 2**53 - 1 here (the JavaScript numbers the sizes are).
  if (size > Number.MAX_SAFE_INTEGER / n) PyErr_NoMemory();
  const seq = PySequence_List(deque);
  try {
    // Reduce the number of repetitions when maxlen would be exceeded
    if (deque.maxlen >= 0 && n * size > deque.maxlen) n = Math.floor((deque.maxlen + size - 1) / size);
    for (let i = 0; i < n - 1; i++) decref(deque_extend(deque, seq));
  } finally {
    decref(seq);
  }
  return newref(deque);
}

/** CPython 3.11: deque_repeat */
function deque_repeat(o: PyObject, n: number): PyObject {
  const copy = deque_copy(o);
  try {
    return deque_inplace_repeat(copy, n);
  } finally {
    decref(copy);
  }
}

// ---------------------------------------------------------------------------------------------
// rotate, reverse
// ---------------------------------------------------------------------------------------------

/** The working state of _deque_rotate: its local block/index pairs and the spare block. */
interface Rotation {
  deque: PyDequeObject;
  b: Block | null;
  leftblock: Block;
  rightblock: Block;
  leftindex: number;
  rightindex: number;
}

/** One step of _deque_rotate's `while (n > 0)` loop: moves up to n pointers right-to-left. */
function rotateRightStep(r: Rotation, n: number): number {
  if (r.leftindex === 0) {
    const b = r.b ?? newblock(r.deque);
    b.rightlink = r.leftblock;
    b.leftlink = null;
    r.leftblock.leftlink = b;
    r.leftblock = b;
    r.leftindex = BLOCKLEN;
    r.b = null;
  }
  let m = n;
  if (m > r.rightindex + 1) m = r.rightindex + 1;
  if (m > r.leftindex) m = r.leftindex;
  r.rightindex -= m;
  r.leftindex -= m;
  const src = r.rightblock.data;
  const dest = r.leftblock.data;
  for (let k = 0; k < m; k++) dest[r.leftindex + k] = src[r.rightindex + 1 + k];
  n -= m;
  if (r.rightindex < 0) {
    r.b = r.rightblock;
    r.rightblock = r.rightblock.leftlink!;
    r.rightblock.rightlink = null;
    r.rightindex = BLOCKLEN - 1;
  }
  return n;
}

/** One step of _deque_rotate's `while (n < 0)` loop: moves up to -n pointers left-to-right. */
function rotateLeftStep(r: Rotation, n: number): number {
  if (r.rightindex === BLOCKLEN - 1) {
    const b = r.b ?? newblock(r.deque);
    b.leftlink = r.rightblock;
    b.rightlink = null;
    r.rightblock.rightlink = b;
    r.rightblock = b;
    r.rightindex = -1;
    r.b = null;
  }
  let m = -n;
  if (m > BLOCKLEN - r.leftindex) m = BLOCKLEN - r.leftindex;
  if (m > BLOCKLEN - 1 - r.rightindex) m = BLOCKLEN - 1 - r.rightindex;
  const src = r.leftblock.data;
  const dest = r.rightblock.data;
  for (let k = 0; k < m; k++) dest[r.rightindex + 1 + k] = src[r.leftindex + k];
  r.leftindex += m;
  r.rightindex += m;
  n += m;
  if (r.leftindex === BLOCKLEN) {
    r.b = r.leftblock;
    r.leftblock = r.leftblock.rightlink!;
    r.leftblock.leftlink = null;
    r.leftindex = 0;
  }
  return n;
}

/**
 * CPython 3.11: _deque_rotate: moves pointers between the ends without touching refcounts;
 * newblock and freeblock run at most once (an emptied block is reused as the next
 * destination, a left-over one is freed at the end).
 */
function _deque_rotate(deque: PyDequeObject, n: number): void {
  const len = deque.ob_size;
  const halflen = len >> 1;
  if (len <= 1) return;
  if (n > halflen || n < -halflen) {
    n %= len;
    if (n > halflen) n -= len;
    else if (n < -halflen) n += len;
  }
  deque.state++;
  const r: Rotation = {
    deque, b: null, leftblock: deque.leftblock!, rightblock: deque.rightblock!,
    leftindex: deque.leftindex, rightindex: deque.rightindex,
  };
  try {
    while (n > 0) n = rotateRightStep(r, n);
    while (n < 0) n = rotateLeftStep(r, n);
  } finally {
    // done:
    if (r.b !== null) freeblock(deque, r.b);
    deque.leftblock = r.leftblock;
    deque.rightblock = r.rightblock;
    deque.leftindex = r.leftindex;
    deque.rightindex = r.rightindex;
  }
}

/** CPython 3.11: deque_rotate: _PyArg_CheckPositional("deque.rotate", nargs, 0, 1), then n. */
function deque_rotate(deque: PyDequeObject, args: PyObject[]): PyObject {
  checkPositional('deque.rotate', args.length, 0, 1);
  let n = 1;
  if (args.length > 0) n = ssizeArg(args[0]);
  _deque_rotate(deque, n);
  return none();
}

/** CPython 3.11: deque_reverse: swaps pointers pairwise from both ends inward. */
function deque_reverse(deque: PyDequeObject): PyObject {
  let leftblock = deque.leftblock!;
  let rightblock = deque.rightblock!;
  let leftindex = deque.leftindex;
  let rightindex = deque.rightindex;
  let n = deque.ob_size >> 1;
  while (--n >= 0) {
    const tmp = leftblock.data[leftindex];
    leftblock.data[leftindex] = rightblock.data[rightindex];
    rightblock.data[rightindex] = tmp;
    leftindex++;
    if (leftindex === BLOCKLEN) {
      leftblock = leftblock.rightlink!;
      leftindex = 0;
    }
    rightindex--;
    if (rightindex < 0) {
      rightblock = rightblock.leftlink!;
      rightindex = BLOCKLEN - 1;
    }
  }
  return none();
}

// ---------------------------------------------------------------------------------------------
// Searching: count, __contains__, index, remove
// ---------------------------------------------------------------------------------------------

/** A left-to-right cursor over the deque's blocks (the `b`, `index` pair of the C loops). */
class Cursor {
  b: Block;
  index: number;
  constructor(deque: PyDequeObject) {
    this.b = deque.leftblock!;
    this.index = deque.leftindex;
  }
  get item(): PyObject {
    return this.b.data[this.index]!;
  }
  /** Advance left block/index pair */
  advance(): void {
    this.index++;
    if (this.index === BLOCKLEN) {
      this.b = this.b.rightlink!;
      this.index = 0;
    }
  }
}

/** PyObject_RichCompareBool(item, v, Py_EQ) with the item held for the comparison. */
function itemEquals(item: PyObject, v: PyObject): boolean {
  incref(item);
  try {
    return PyObject_RichCompareBool(item, v, CompareOp.EQ);
  } finally {
    decref(item);
  }
}

function checkState(deque: PyDequeObject, startState: number): void {
  if (startState !== deque.state) raise(PyExc_RuntimeError, 'deque mutated during iteration');
}

/** CPython 3.11: deque_count */
function deque_count(deque: PyDequeObject, v: PyObject): PyObject {
  const cur = new Cursor(deque);
  const startState = deque.state;
  let count = 0;
  for (let n = deque.ob_size; --n >= 0;) {
    if (itemEquals(cur.item, v)) count++;
    checkState(deque, startState);
    cur.advance();
  }
  return PyLong_FromNumber(count);
}

/** CPython 3.11: deque_contains */
function deque_contains(o: PyObject, v: PyObject): boolean {
  const deque = asDeque(o);
  const cur = new Cursor(deque);
  const startState = deque.state;
  for (let n = deque.ob_size; --n >= 0;) {
    if (itemEquals(cur.item, v)) return true;
    checkState(deque, startState);
    cur.advance();
  }
  return false;
}

/** A start or stop argument of index(): negative counts from the end, clipped to [0, len]. */
function clipIndex(i: number, len: number): number {
  if (i < 0) {
    i += len;
    if (i < 0) i = 0;
  }
  return i;
}

/** CPython 3.11: deque_index: _PyArg_ParseStack(args, nargs, "O|O&O&:index", ...). */
function deque_index(deque: PyDequeObject, args: PyObject[]): PyObject {
  if (args.length < 1) raise(PyExc_TypeError, `index() takes at least 1 argument (${args.length} given)`);
  if (args.length > 3) raise(PyExc_TypeError, `index() takes at most 3 arguments (${args.length} given)`);
  const v = args[0];
  const size = deque.ob_size;
  let start = args.length > 1 ? clipIndex(sliceIndexArg(args[1]), deque.ob_size) : 0;
  let stop = args.length > 2 ? clipIndex(sliceIndexArg(args[2]), deque.ob_size) : size;
  if (stop > deque.ob_size) stop = deque.ob_size;
  if (start > stop) start = stop;
  const cur = new Cursor(deque);
  const startState = deque.state;
  let i = 0;
  for (; i < start - BLOCKLEN; i += BLOCKLEN) cur.b = cur.b.rightlink!;
  for (; i < start; i++) cur.advance();
  for (let n = stop - i; --n >= 0;) {
    if (itemEquals(cur.item, v)) return PyLong_FromNumber(stop - n - 1);
    checkState(deque, startState);
    cur.advance();
  }
  raise(PyExc_ValueError, `${reprString(v)} is not in deque`);
}

/**
 * CPython 3.11: deque_insert: _PyArg_ParseStack(args, nargs, "nO:insert", ...); an insertion
 * inside the deque rotates it there and back.
 */
function deque_insert(deque: PyDequeObject, args: PyObject[]): PyObject {
  if (args.length !== 2) raise(PyExc_TypeError, `insert() takes exactly 2 arguments (${args.length} given)`);
  const index = ssizeArg(args[0]);
  const value = args[1];
  const n = deque.ob_size;
  if (deque.maxlen === n) raise(PyExc_IndexError, 'deque already at its maximum size');
  if (index >= n) return deque_append(deque, value);
  if (index <= -n || index === 0) return deque_appendleft(deque, value);
  _deque_rotate(deque, -index);
  if (index < 0) decref(deque_append(deque, value));
  else decref(deque_appendleft(deque, value));
  _deque_rotate(deque, index);
  return none();
}

/** CPython 3.11: deque_remove: the first item equal to value, by deque_del_item. */
function deque_remove(deque: PyDequeObject, value: PyObject): PyObject {
  const cur = new Cursor(deque);
  const n = deque.ob_size;
  const startState = deque.state;
  let i = 0;
  for (; i < n; i++) {
    const found = itemEquals(cur.item, value);
    if (startState !== deque.state) raise(PyExc_IndexError, 'deque mutated during iteration');
    if (found) break;
    cur.advance();
  }
  if (i === n) raise(PyExc_ValueError, `${reprString(value)} is not in deque`);
  deque_del_item(deque, i);
  return none();
}

// ---------------------------------------------------------------------------------------------
// Indexing
// ---------------------------------------------------------------------------------------------

/** valid_index: 0 <= i < limit, as one unsigned comparison. */
function validIndex(i: number, limit: number): boolean {
  return i >= 0 && i < limit;
}

/**
 * The block and slot of item `index` (0 < index < len - 1 or any valid index), walking from
 * the nearer end: from the left when index <= bound, else from the right.
 */
function locate(deque: PyDequeObject, index: number, leftUpTo: number): [Block, number] {
  let i = index + deque.leftindex;
  let n = Math.floor(i / BLOCKLEN);
  i %= BLOCKLEN;
  let b: Block;
  if (index <= leftUpTo) {
    b = deque.leftblock!;
    while (--n >= 0) b = b.rightlink!;
  } else {
    n = Math.floor((deque.leftindex + deque.ob_size - 1) / BLOCKLEN) - n;
    b = deque.rightblock!;
    while (--n >= 0) b = b.leftlink!;
  }
  return [b, i];
}

/** CPython 3.11: deque_item */
function deque_item(o: PyObject, i: number): PyObject {
  const deque = asDeque(o);
  if (!validIndex(i, deque.ob_size)) raise(PyExc_IndexError, 'deque index out of range');
  let b: Block;
  if (i === 0) {
    b = deque.leftblock!;
    i = deque.leftindex;
  } else if (i === deque.ob_size - 1) {
    b = deque.rightblock!;
    i = deque.rightindex;
  } else {
    // index < (Py_SIZE(deque) >> 1) walks from the left.
    [b, i] = locate(deque, i, (deque.ob_size >> 1) - 1);
  }
  return newref(b.data[i]!);
}

/** CPython 3.11: deque_del_item: rotate the item to the left end, pop it, rotate back. */
function deque_del_item(deque: PyDequeObject, i: number): void {
  _deque_rotate(deque, -i);
  const item = deque_popleft(deque);
  try {
    _deque_rotate(deque, i);
  } finally {
    decref(item);
  }
}

/** CPython 3.11: deque_ass_item (value null: deletion) */
function deque_ass_item(o: PyObject, i: number, v: PyObject | null): void {
  const deque = asDeque(o);
  const len = deque.ob_size;
  if (!validIndex(i, len)) raise(PyExc_IndexError, 'deque index out of range');
  if (v === null) {
    deque_del_item(deque, i);
    return;
  }
  const [b, slot] = locate(deque, i, (len + 1) >> 1);
  incref(v);
  const old = b.data[slot]!;
  b.data[slot] = v;
  decref(old);
}

// ---------------------------------------------------------------------------------------------
// The garbage collector
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: deque_traverse: the items, left to right. */
function deque_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const deque = asDeque(o);
  if (deque.leftblock === null) return;
  let indexlo = deque.leftindex;
  let b = deque.leftblock;
  for (; b !== deque.rightblock; b = b.rightlink!) {
    for (let index = indexlo; index < BLOCKLEN; index++) visit(b.data[index]!);
    indexlo = 0;
  }
  for (let index = indexlo; index <= deque.rightindex; index++) visit(b.data[index]!);
}

// ---------------------------------------------------------------------------------------------
// repr, comparisons, pickling, size
// ---------------------------------------------------------------------------------------------

/** _PyType_Name: the part of tp_name after its last dot. */
function typeName(t: PyTypeObject): string {
  return t.tp_name.slice(t.tp_name.lastIndexOf('.') + 1);
}

/** CPython 3.11: deque_repr: "[...]" for a deque met again inside its own repr. */
function deque_repr(o: PyObject): PyObject {
  if (!reprEnter(o)) return PyUnicode_FromString('[...]');
  try {
    const aslist = PySequence_List(o);
    try {
      const maxlen = asDeque(o).maxlen;
      const name = typeName(o.ob_type);
      const items = reprString(aslist);
      return PyUnicode_FromString(maxlen >= 0 ? `${name}(${items}, maxlen=${maxlen})` : `${name}(${items})`);
    } finally {
      decref(aslist);
    }
  } finally {
    reprLeave(o);
  }
}

/** The outcome of deque_richcompare once one deque (or both) ran out: x, y are "has more". */
function compareEnds(op: CompareOp, xMore: boolean, yMore: boolean): boolean {
  switch (op) {
    case CompareOp.LT: return yMore; // if w was longer
    case CompareOp.LE: return !xMore; // if v was not longer
    case CompareOp.EQ: return xMore === yMore; // if we reached the end of both
    case CompareOp.NE: return xMore !== yMore; // if one deque continues
    case CompareOp.GT: return xMore; // if v was longer
    default: return !yMore; // GE: if w was not longer
  }
}

/** The first pair of items that differ decides; else the lengths (compareEnds). */
function compareItems(it1: PyObject, it2: PyObject, op: CompareOp): boolean {
  for (;;) {
    const x = PyIter_Next(it1);
    let y: PyObject | null;
    try {
      y = PyIter_Next(it2);
    } catch (e) {
      if (x !== null) decref(x);
      throw e;
    }
    if (x === null || y === null) {
      if (x !== null) decref(x);
      if (y !== null) decref(y);
      return compareEnds(op, x !== null, y !== null);
    }
    try {
      if (!PyObject_RichCompareBool(x, y, CompareOp.EQ)) return PyObject_RichCompareBool(x, y, op);
    } finally {
      decref(x);
      decref(y);
    }
  }
}

/** CPython 3.11: deque_richcompare: NotImplemented unless both are deques. */
function deque_richcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (!PyObject_TypeCheck(v, PyDeque_Type) || !PyObject_TypeCheck(w, PyDeque_Type)) return newref(Py_NotImplemented);
  // Shortcuts
  const vs = asDeque(v).ob_size;
  const ws = asDeque(w).ob_size;
  if (op === CompareOp.EQ) {
    if (v === w) return PyBool_FromBool(true);
    if (vs !== ws) return PyBool_FromBool(false);
  }
  if (op === CompareOp.NE) {
    if (v === w) return PyBool_FromBool(false);
    if (vs !== ws) return PyBool_FromBool(true);
  }
  // Search for the first index where items are different
  const it1 = PyObject_GetIter(v);
  try {
    const it2 = PyObject_GetIter(w);
    try {
      return PyBool_FromBool(compareItems(it1, it2, op));
    } finally {
      decref(it2);
    }
  } finally {
    decref(it1);
  }
}

/**
 * CPython 3.11: deque_reduce: (type, () or ((), maxlen), __dict__ or None, iter(d)).
 */
function deque_reduce(deque: PyDequeObject): PyObject {
  const dict = _PyObject_LookupAttr(deque, internString('__dict__')) ?? none();
  let it: PyObject;
  try {
    it = PyObject_GetIter(deque);
  } catch (e) {
    decref(dict);
    throw e;
  }
  const args = deque.maxlen < 0
    ? tupleFromArraySteal([])
    : tupleFromArraySteal([tupleFromArraySteal([]), PyLong_FromNumber(deque.maxlen)]);
  return tupleFromArraySteal([newref(deque.ob_type), args, dict, it]);
}

/** PyLong_AsSsize_t of deque()'s maxlen argument: an int (no __index__), within Py_ssize_t. */
function maxlenValue(o: PyObject): number {
  if (!(o instanceof PyLongObject)) raise(PyExc_TypeError, 'an integer is required');
  const v = o.v;
  if (typeof v === 'bigint') raise(PyExc_OverflowError, 'Python int too large to convert to C ssize_t');
  return v;
}

/** CPython 3.11: deque_init: PyArg_ParseTupleAndKeywords(args, kwds, "|OO:deque", ...). */
function deque_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const deque = asDeque(self);
  const [iterable, maxlenobj] = unpackArgs('deque', args, kwnames, ['iterable', 'maxlen'], 0);
  let maxlen = -1;
  if (maxlenobj !== null && maxlenobj !== Py_None) {
    maxlen = maxlenValue(maxlenobj);
    if (maxlen < 0) raise(PyExc_ValueError, 'maxlen must be non-negative');
  }
  deque.maxlen = maxlen;
  if (deque.ob_size > 0) deque_clear(deque);
  if (iterable !== null) decref(deque_extend(deque, iterable));
}

/** CPython 3.11: deque_sizeof: the object and its in-use blocks (not the cached ones). */
function deque_sizeof(deque: PyDequeObject): number {
  const blocks = Math.floor((deque.leftindex + deque.ob_size + BLOCKLEN - 1) / BLOCKLEN);
  return deque.ob_type.tp_basicsize + blocks * DequeLayout.BLOCK_SIZE;
}

/** CPython 3.11: deque_get_maxlen */
function deque_get_maxlen(o: PyObject): PyObject {
  const maxlen = asDeque(o).maxlen;
  return maxlen < 0 ? none() : PyLong_FromNumber(maxlen);
}

// ---------------------------------------------------------------------------------------------
// The iterators
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: dequeiterobject (both iterator types). */
export class DequeIterObject extends PyObject {
  b: Block;
  index: number;
  deque: PyDequeObject | null;
  /** The deque's state when the iterator was made. */
  itState: number;
  /** Items left to iterate. */
  counter: number;
  constructor(type: PyTypeObject, deque: PyDequeObject, b: Block, index: number) {
    super(type, false);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.b = b;
    this.index = index;
    this.deque = deque;
    this.itState = deque.state;
    this.counter = deque.ob_size;
  }
}

/** PyObject_GC_New + PyObject_GC_Track of an iterator over `deque`. */
function newIterator(type: PyTypeObject, deque: PyDequeObject, b: Block, index: number): DequeIterObject {
  const it = new DequeIterObject(type, deque, b, index);
  gcAllocObject(it, DequeLayout.ITER_SIZE);
  incref(deque);
  gcTrack(it);
  return it;
}

/** CPython 3.11: deque_iter */
function deque_iter(o: PyObject): PyObject {
  const deque = asDeque(o);
  return newIterator(PyDequeIter_Type, deque, deque.leftblock!, deque.leftindex);
}

/** CPython 3.11: deque_reviter */
function deque_reviter(deque: PyDequeObject): PyObject {
  return newIterator(PyDequeRevIter_Type, deque, deque.rightblock!, deque.rightindex);
}

/** CPython 3.11: dequeiter_next: the state is checked first, so the error repeats. */
function dequeiter_next(o: PyObject): PyObject | null {
  const it = o as DequeIterObject;
  const deque = it.deque!;
  if (deque.state !== it.itState) {
    it.counter = 0;
    raise(PyExc_RuntimeError, 'deque mutated during iteration');
  }
  if (it.counter === 0) return null;
  const item = it.b.data[it.index]!;
  it.index++;
  it.counter--;
  if (it.index === BLOCKLEN && it.counter > 0) {
    it.b = it.b.rightlink!;
    it.index = 0;
  }
  return newref(item);
}

/** CPython 3.11: dequereviter_next: the counter is checked first. */
function dequereviter_next(o: PyObject): PyObject | null {
  const it = o as DequeIterObject;
  if (it.counter === 0) return null;
  const deque = it.deque!;
  if (deque.state !== it.itState) {
    it.counter = 0;
    raise(PyExc_RuntimeError, 'deque mutated during iteration');
  }
  const item = it.b.data[it.index]!;
  it.index--;
  it.counter--;
  if (it.index < 0 && it.counter > 0) {
    it.b = it.b.leftlink!;
    it.index = BLOCKLEN - 1;
  }
  return newref(item);
}

/** CPython 3.11: dequeiter_dealloc */
function dequeiter_dealloc(o: PyObject): void {
  const it = o as DequeIterObject;
  gcUntrack(it);
  const deque = it.deque;
  it.deque = null;
  if (deque !== null) decref(deque);
  gcDel(it);
}

/**
 * CPython 3.11: dequeiter_new / dequereviter_new: PyArg_ParseTuple(args, "O!|n", &deque_type,
 * ...) (keywords are ignored), then `index` items consumed.
 */
function dequeiterNewFor(
  make: (deque: PyDequeObject) => PyObject, next: (o: PyObject) => PyObject | null,
): (type: PyTypeObject, args: PyObject[], kwnames: string[] | null) => PyObject {
  return (_type, args, kwnames) => {
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    if (npos < 1) raise(PyExc_TypeError, `function takes at least 1 argument (${npos} given)`);
    if (npos > 2) raise(PyExc_TypeError, `function takes at most 2 arguments (${npos} given)`);
    const deque = args[0];
    if (!PyObject_TypeCheck(deque, PyDeque_Type)) {
      raise(PyExc_TypeError, `argument 1 must be collections.deque, not ${deque.ob_type.tp_name}`);
    }
    const index = npos > 1 ? ssizeArg(args[1]) : 0;
    const it = make(asDeque(deque)) as DequeIterObject;
    try {
      for (let i = 0; i < index; i++) {
        const item = next(it);
        if (item === null) break;
        decref(item);
      }
    } catch (e) {
      decref(it);
      throw e;
    }
    return it;
  };
}

const dequeiterMethods: MethodDef[] = [
  {
    name: '__length_hint__',
    /** CPython 3.11: dequeiter_len */
    fn: (self, args, kw) => {
      noArgs(`${typeName(self.ob_type)}.__length_hint__`, args, kw);
      return PyLong_FromNumber((self as DequeIterObject).counter);
    },
  },
  {
    name: '__reduce__',
    /** CPython 3.11: dequeiter_reduce: (type, (deque, items consumed)). */
    fn: (self, args, kw) => {
      noArgs(`${typeName(self.ob_type)}.__reduce__`, args, kw);
      const it = self as DequeIterObject;
      const deque = it.deque!;
      const state = tupleFromArraySteal([newref(deque), PyLong_FromNumber(deque.ob_size - it.counter)]);
      return tupleFromArraySteal([newref(it.ob_type), state]);
    },
  },
];

for (const t of [PyDequeIter_Type, PyDequeRevIter_Type]) {
  t.tp_dealloc = dequeiter_dealloc;
  t.tp_free = (o) => gcDel(o);
  /** CPython 3.11: dequeiter_traverse */
  t.tp_traverse = (o, visit) => {
    const deque = (o as DequeIterObject).deque;
    if (deque !== null) visit(deque);
  };
  t.tp_iter = (o) => newref(o);
  t.methods = dequeiterMethods;
}
PyDequeIter_Type.tp_iternext = dequeiter_next;
PyDequeIter_Type.tp_new = dequeiterNewFor((d) => deque_iter(d), dequeiter_next);
PyDequeRevIter_Type.tp_iternext = dequereviter_next;
PyDequeRevIter_Type.tp_new = dequeiterNewFor(deque_reviter, dequereviter_next);

// ---------------------------------------------------------------------------------------------
// The deque type
// ---------------------------------------------------------------------------------------------

PyDeque_Type.tp_alloc = dequeAlloc;
PyDeque_Type.tp_free = dequeFree;
PyDeque_Type.tp_new = (type) => deque_new(type);
PyDeque_Type.tp_init = deque_init;
PyDeque_Type.tp_dealloc = deque_dealloc;
PyDeque_Type.tp_traverse = deque_traverse;
PyDeque_Type.tp_clear = (o) => deque_clear(asDeque(o));
PyDeque_Type.tp_repr = deque_repr;
PyDeque_Type.tp_hash = PyObject_HashNotImplemented;
PyDeque_Type.tp_richcompare = deque_richcompare;
PyDeque_Type.tp_iter = deque_iter;
PyDeque_Type.sq_length = (o) => asDeque(o).ob_size;
PyDeque_Type.sq_concat = deque_concat;
PyDeque_Type.sq_repeat = deque_repeat;
PyDeque_Type.sq_item = deque_item;
PyDeque_Type.sq_ass_item = deque_ass_item;
PyDeque_Type.sq_contains = deque_contains;
PyDeque_Type.sq_inplace_concat = deque_inplace_concat;
PyDeque_Type.sq_inplace_repeat = deque_inplace_repeat;

/**
 * getindex of Objects/typeobject.c's sq wrappers: PyNumber_AsSsize_t(arg, PyExc_OverflowError),
 * negative indices counting from the end.
 */
function wrapperIndex(self: PyObject, arg: PyObject): number {
  const n = PyNumber_Index(arg);
  const v = n.v;
  decref(n);
  if (typeof v === 'bigint') raise(PyExc_OverflowError, `cannot fit '${arg.ob_type.tp_name}' into an index-sized integer`);
  return v < 0 ? v + asDeque(self).ob_size : v;
}

/** METH_NOARGS */
function noargs(name: string, f: (deque: PyDequeObject) => PyObject): MethodDef {
  return { name, fn: (self, args, kw) => (noArgs(`deque.${name}`, args, kw), f(asDeque(self))) };
}

/** METH_O */
function onearg(name: string, f: (deque: PyDequeObject, o: PyObject) => PyObject): MethodDef {
  return { name, fn: (self, args, kw) => f(asDeque(self), oneArg(`deque.${name}`, args, kw)) };
}

/** METH_FASTCALL (no keywords) */
function fastcall(name: string, f: (deque: PyDequeObject, args: PyObject[]) => PyObject): MethodDef {
  return {
    name,
    fn: (self, args, kw) => {
      if (kw !== null && kw.length > 0) raise(PyExc_TypeError, `deque.${name}() takes no keyword arguments`);
      return f(asDeque(self), args);
    },
  };
}

/** CPython 3.11: deque_methods, in their order, then the slot wrappers of the sq_* slots. */
PyDeque_Type.methods = [
  onearg('append', deque_append),
  onearg('appendleft', deque_appendleft),
  noargs('clear', (d) => (deque_clear(d), none())),
  noargs('__copy__', deque_copy),
  noargs('copy', deque_copy),
  onearg('count', deque_count),
  onearg('extend', deque_extend),
  onearg('extendleft', deque_extendleft),
  fastcall('index', deque_index),
  fastcall('insert', deque_insert),
  noargs('pop', deque_pop),
  noargs('popleft', deque_popleft),
  noargs('__reduce__', deque_reduce),
  onearg('remove', deque_remove),
  noargs('__reversed__', deque_reviter),
  noargs('reverse', deque_reverse),
  fastcall('rotate', deque_rotate),
  noargs('__sizeof__', (d) => PyLong_FromNumber(deque_sizeof(d))),
  classGetitemMethod,
  // Slot wrappers CPython derives from the sq_* slots (wrap_sq_item, wrap_sq_setitem,
  // wrap_sq_delitem, wrap_binaryfunc, wrap_indexargfunc).
  { name: '__getitem__', fn: (self, args, kw) => deque_item(self, wrapperIndex(self, wrapperArg('__getitem__', args, kw))) },
  {
    name: '__setitem__',
    fn: (self, args, kw) => {
      if (kw !== null && kw.length > 0) raise(PyExc_TypeError, 'wrapper __setitem__() takes no keyword arguments');
      if (args.length !== 2) raise(PyExc_TypeError, `expected 2 arguments, got ${args.length}`);
      deque_ass_item(self, wrapperIndex(self, args[0]), args[1]);
      return none();
    },
  },
  {
    name: '__delitem__',
    fn: (self, args, kw) => {
      deque_ass_item(self, wrapperIndex(self, wrapperArg('__delitem__', args, kw)), null);
      return none();
    },
  },
  { name: '__add__', fn: (self, args, kw) => deque_concat(self, wrapperArg('__add__', args, kw)) },
  { name: '__mul__', fn: (self, args, kw) => deque_repeat(self, repeatCount(wrapperArg('__mul__', args, kw))) },
  { name: '__rmul__', fn: (self, args, kw) => deque_repeat(self, repeatCount(wrapperArg('__rmul__', args, kw))) },
  { name: '__iadd__', fn: (self, args, kw) => deque_inplace_concat(self, wrapperArg('__iadd__', args, kw)) },
  { name: '__imul__', fn: (self, args, kw) => deque_inplace_repeat(self, repeatCount(wrapperArg('__imul__', args, kw))) },
];
PyDeque_Type.getsets = [{ name: 'maxlen', get: deque_get_maxlen }];
