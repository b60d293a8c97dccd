/**
 * set and frozenset: an open-addressing table of (key, hash) entries with an 8-slot inline
 * smalltable, runs of linear probes, dummy entries for deletions, and set_iterator.
 * CPython 3.11: Objects/setobject.c, Include/cpython/setobject.h.
 *
 * The table is two parallel JavaScript arrays (keys, hashes) of mask + 1 entries. An entry is
 *   unused: key null (hash 0), dummy: key DUMMY (hash -1), active: any other key.
 * The smalltable lives inside the object (tableAddr 0); a bigger table is a separate PyMem block
 * of (mask + 1) * 16 bytes, so the table is the smalltable exactly when mask is 7.
 */
import { CompareOp, type Hash, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { allocStatic, memFree, memMalloc } from '../memory/heap.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { PyErr, raise, raiseObject } from '../vm/errors.ts';
import {
  PyObject_Hash, PyObject_HashNotImplemented, PyObject_IsTrue, PyObject_RichCompareBool, PyObject_TypeCheck,
  PyType_IsSubtype, Py_NotImplemented, lookupAttrString, none, reprString,
} from './object.ts';
import { PyUnicodeObject, PyUnicode_FromString, PyUnicode_Type, unicode_hash } from './unicodeobject.ts';
import { PyExc_KeyError, PyExc_RuntimeError, PyExc_TypeError, newKeyError } from './exceptions.ts';
import { reprEnter, reprLeave } from './reprenter.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { PyDictObject, PyDict_Type, dictLookup, dictNext } from './dictobject.ts';
import { PyObject_GetIter, PyIter_Next } from './abstract.ts';
import { PyList_New, listAppendSteal, list_resize, type PyListObject } from './listobject.ts';
import { tupleFromArraySteal } from './tupleobject.ts';
import { finishAlloc } from './typeobject.ts';
import { checkPositional, noArgs, noKeywords, oneArg } from './getargs.ts';
import { hashFrozenset } from './pyhash.ts';

export const enum SetLayout {
  /**
   * sizeof(PySetObject): header 16, fill/used/mask 24, table pointer 8, hash 8, finger 8,
   * smalltable 8 * 16, weakreflist 8.
   */
  SIZE = 200,
  /** sizeof(setentry): key pointer and hash. */
  ENTRY = 16,
  /** PySet_MINSIZE: slots of the inline smalltable. */
  MINSIZE = 8,
  /** LINEAR_PROBES: entries checked one after another before the next perturbed jump. */
  LINEAR_PROBES = 9,
  /** PERTURB_SHIFT: perturb >>= 5 between jumps. */
  PERTURB_SHIFT = 5,
  /** Above this many items a resize only doubles (set_add_entry's used*2 / used*4 rule). */
  GROWTH_SWITCH = 50000,
  /** sizeof(setiterobject): header, si_set, si_used, si_pos, len. */
  ITER_SIZE = 48,
}

/** Py_TPFLAGS_DISALLOW_INSTANTIATION: iterator types have no tp_new. */
const enum IterFlags {
  DISALLOW_INSTANTIATION = 1 << 7,
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

export const PySet_Type: PyTypeObject = registerStaticType(
  newStaticType('set', SetLayout.SIZE, 0, TPFlags.BASETYPE | TPFlags.HAVE_GC),
);
export const PyFrozenSet_Type: PyTypeObject = registerStaticType(
  newStaticType('frozenset', SetLayout.SIZE, 0, TPFlags.BASETYPE | TPFlags.HAVE_GC),
);
export const PySetIter_Type: PyTypeObject = registerStaticType(
  newStaticType('set_iterator', SetLayout.ITER_SIZE, 0, TPFlags.HAVE_GC | IterFlags.DISALLOW_INSTANTIATION),
);
PySet_Type.hasWeakref = true;
PyFrozenSet_Type.hasWeakref = true;

/** _dummy_struct: the key that marks a deleted entry (never deallocated, never seen by users). */
const PySetDummy_Type = newStaticType('<dummy key> type', 0, 0, 0);
const DUMMY = new PyObject(PySetDummy_Type);
DUMMY.ob_refcnt = 2;
allocStatic(DUMMY, 16);
PySetDummy_Type.tp_dealloc = () => {
  throw new Error('deallocating <dummy key>');
};

export class PySetObject extends PyObject {
  /** Active + dummy entries. */
  fill = 0;
  /** Active entries: len(). */
  used = 0;
  /** Table size - 1. */
  mask: number = SetLayout.MINSIZE - 1;
  keys: (PyObject | null)[] = newKeyArray(SetLayout.MINSIZE);
  hashes: Hash[] = newHashArray(SetLayout.MINSIZE);
  /** frozenset hash cache; -1 until computed (always -1 for set). */
  hash: Hash = -1;
  /** Where set.pop() resumes its search. */
  finger = 0;
  /** Address of the malloc'd table, 0 while the smalltable is in use. */
  tableAddr = 0;
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

function newKeyArray(n: number): (PyObject | null)[] {
  return new Array<PyObject | null>(n).fill(null);
}

function newHashArray(n: number): Hash[] {
  return new Array<Hash>(n).fill(0);
}

/** PyAnySet_Check: set, frozenset or a subclass. */
export function PyAnySet_Check(o: PyObject): o is PySetObject {
  return o instanceof PySetObject;
}

/** PyAnySet_CheckExact */
function anySetCheckExact(o: PyObject): o is PySetObject {
  return o.ob_type === PySet_Type || o.ob_type === PyFrozenSet_Type;
}

/** PySet_Check: set or a subclass of set (not frozenset). */
export function PySet_Check(o: PyObject): o is PySetObject {
  return o.ob_type === PySet_Type || PyObject_TypeCheck(o, PySet_Type);
}

export function PyFrozenSet_CheckExact(o: PyObject): o is PySetObject {
  return o.ob_type === PyFrozenSet_Type;
}

// ---------------------------------------------------------------------------------------------
// Hashes and probing
// ---------------------------------------------------------------------------------------------

/** A hash as a number when it is a safe integer, so that entries compare with ===. */
function normHash(h: Hash): Hash {
  if (typeof h === 'number') return h;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** The low 32 bits of (size_t)hash. */
function lo32(h: Hash): number {
  return typeof h === 'number' ? h >>> 0 : Number(BigInt.asUintN(32, h));
}

/** The high 32 bits of (size_t)hash. */
function hi32(h: Hash): number {
  return typeof h === 'number' ? Math.floor(h / 4294967296) >>> 0 : Number(BigInt.asUintN(32, h >> 32n));
}

/** The hash set_add_key / set_contains_key use: a str's cached hash, else PyObject_Hash. */
function keyHash(key: PyObject): Hash {
  if (key.ob_type === PyUnicode_Type) {
    const u = key as PyUnicodeObject;
    return u.hash !== -1 ? u.hash : unicode_hash(u);
  }
  return normHash(PyObject_Hash(key));
}

/** The exact-str shortcut of the lookups (_PyUnicode_EQ). */
function unicodeKeysEqual(a: PyObject, b: PyObject): boolean {
  return a.ob_type === PyUnicode_Type && b.ob_type === PyUnicode_Type && (a as PyUnicodeObject).s === (b as PyUnicodeObject).s;
}

/** Compares a stored key with `key` (PyObject_RichCompareBool), holding the stored key meanwhile. */
function compareStored(startkey: PyObject, key: PyObject): boolean {
  incref(startkey);
  try {
    return PyObject_RichCompareBool(startkey, key, CompareOp.EQ);
  } finally {
    decref(startkey);
  }
}

/**
 * CPython 3.11: Objects/setobject.c set_lookkey: the slot of the entry equal to key, or the
 * unused slot that ends its probe sequence. The returned index refers to so.keys as it is on
 * return (a comparison that mutates the set restarts the search).
 */
function set_lookkey(so: PySetObject, key: PyObject, hash: Hash): number {
  restart: for (;;) {
    const keys = so.keys;
    const hashes = so.hashes;
    let mask = so.mask;
    let plo = lo32(hash);
    let phi = hi32(hash);
    let i = plo & mask;
    for (;;) {
      let j = i;
      let probes = i + SetLayout.LINEAR_PROBES <= mask ? SetLayout.LINEAR_PROBES : 0;
      for (;;) {
        const startkey = keys[j];
        if (startkey === null) return j;
        if (hashes[j] === hash) {
          if (startkey === key || unicodeKeysEqual(startkey, key)) return j;
          const cmp = compareStored(startkey, key);
          if (so.keys !== keys || keys[j] !== startkey) continue restart;
          if (cmp) return j;
          mask = so.mask;
        }
        if (probes-- === 0) break;
        j++;
      }
      plo = ((plo >>> SetLayout.PERTURB_SHIFT) | ((phi & 31) << 27)) >>> 0;
      phi = phi >>> SetLayout.PERTURB_SHIFT;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

/**
 * CPython 3.11: Objects/setobject.c set_add_entry: inserts key (a new reference is taken when
 * it is stored), reusing the last dummy slot seen on the probe path, and resizes when
 * fill*5 >= mask*3 after filling an unused slot.
 */
function set_add_entry(so: PySetObject, key: PyObject, hash: Hash): void {
  // Pre-increment so that a comparison cannot deallocate key before it is stored.
  incref(key);
  restart: for (;;) {
    const keys = so.keys;
    const hashes = so.hashes;
    let mask = so.mask;
    let plo = lo32(hash);
    let phi = hi32(hash);
    let i = plo & mask;
    let freeslot = -1;
    for (;;) {
      let j = i;
      let probes = i + SetLayout.LINEAR_PROBES <= mask ? SetLayout.LINEAR_PROBES : 0;
      for (;;) {
        const startkey = keys[j];
        if (startkey === null) {
          foundUnusedOrDummy(so, j, freeslot, key, hash, mask);
          return;
        }
        if (hashes[j] === hash) {
          if (startkey === key || unicodeKeysEqual(startkey, key)) {
            decref(key); // found_active
            return;
          }
          let cmp: boolean;
          try {
            cmp = compareStored(startkey, key);
          } catch (e) {
            decref(key); // comparison_error
            throw e;
          }
          if (cmp) {
            decref(key);
            return;
          }
          if (so.keys !== keys || keys[j] !== startkey) continue restart;
          mask = so.mask;
        } else if (startkey === DUMMY) {
          freeslot = j;
        }
        if (probes-- === 0) break;
        j++;
      }
      plo = ((plo >>> SetLayout.PERTURB_SHIFT) | ((phi & 31) << 27)) >>> 0;
      phi = phi >>> SetLayout.PERTURB_SHIFT;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

/** set_add_entry's found_unused_or_dummy / found_unused labels. */
function foundUnusedOrDummy(so: PySetObject, j: number, freeslot: number, key: PyObject, hash: Hash, mask: number): void {
  if (freeslot >= 0) {
    so.used++;
    so.keys[freeslot] = key;
    so.hashes[freeslot] = hash;
    return;
  }
  so.fill++;
  so.used++;
  so.keys[j] = key;
  so.hashes[j] = hash;
  if (so.fill * 5 < mask * 3) return;
  set_table_resize(so, so.used > SetLayout.GROWTH_SWITCH ? so.used * 2 : so.used * 4);
}

/**
 * CPython 3.11: Objects/setobject.c set_insert_clean: puts a key known to be absent into a
 * table without dummies (no comparisons, no refcount changes).
 */
function set_insert_clean(keys: (PyObject | null)[], hashes: Hash[], mask: number, key: PyObject, hash: Hash): void {
  let plo = lo32(hash);
  let phi = hi32(hash);
  let i = plo & mask;
  for (;;) {
    if (keys[i] === null) {
      keys[i] = key;
      hashes[i] = hash;
      return;
    }
    if (i + SetLayout.LINEAR_PROBES <= mask) {
      for (let j = i + 1; j <= i + SetLayout.LINEAR_PROBES; j++) {
        if (keys[j] === null) {
          keys[j] = key;
          hashes[j] = hash;
          return;
        }
      }
    }
    plo = ((plo >>> SetLayout.PERTURB_SHIFT) | ((phi & 31) << 27)) >>> 0;
    phi = phi >>> SetLayout.PERTURB_SHIFT;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/**
 * CPython 3.11: Objects/setobject.c set_table_resize: a table of the smallest power of two
 * greater than minused (at least 8), the entries reinserted in old-table order, dummies dropped.
 */
function set_table_resize(so: PySetObject, minused: number): void {
  let newsize: number = SetLayout.MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldkeys = so.keys;
  const oldhashes = so.hashes;
  const oldmask = so.mask;
  const oldAddr = so.tableAddr;
  let newAddr = 0;
  if (newsize === SetLayout.MINSIZE) {
    // A large table is shrinking, or a smalltable is rebuilt to purge its dummies.
    if (oldAddr === 0 && so.fill === so.used) return;
  } else {
    newAddr = memMalloc(newsize * SetLayout.ENTRY);
  }
  const keys = newKeyArray(newsize);
  const hashes = newHashArray(newsize);
  so.mask = newsize - 1;
  so.keys = keys;
  so.hashes = hashes;
  so.tableAddr = newAddr;
  const newmask = newsize - 1;
  if (so.fill === so.used) {
    for (let j = 0; j <= oldmask; j++) {
      const k = oldkeys[j];
      if (k !== null) set_insert_clean(keys, hashes, newmask, k, oldhashes[j]);
    }
  } else {
    so.fill = so.used;
    for (let j = 0; j <= oldmask; j++) {
      const k = oldkeys[j];
      if (k !== null && k !== DUMMY) set_insert_clean(keys, hashes, newmask, k, oldhashes[j]);
    }
  }
  if (oldAddr !== 0) memFree(oldAddr);
}

/** CPython 3.11: Objects/setobject.c set_contains_entry */
function set_contains_entry(so: PySetObject, key: PyObject, hash: Hash): boolean {
  const j = set_lookkey(so, key, hash);
  return so.keys[j] !== null;
}

const enum Discard {
  NOTFOUND = 0,
  FOUND = 1,
}

/** CPython 3.11: Objects/setobject.c set_discard_entry: the entry becomes a dummy. */
function set_discard_entry(so: PySetObject, key: PyObject, hash: Hash): Discard {
  const j = set_lookkey(so, key, hash);
  const old = so.keys[j];
  if (old === null) return Discard.NOTFOUND;
  so.keys[j] = DUMMY;
  so.hashes[j] = -1;
  so.used--;
  decref(old);
  return Discard.FOUND;
}

/** CPython 3.11: Objects/setobject.c set_add_key (key borrowed). */
function set_add_key(so: PySetObject, key: PyObject): void {
  set_add_entry(so, key, keyHash(key));
}

/** CPython 3.11: Objects/setobject.c set_contains_key */
function set_contains_key(so: PySetObject, key: PyObject): boolean {
  return set_contains_entry(so, key, keyHash(key));
}

/** CPython 3.11: Objects/setobject.c set_discard_key */
function set_discard_key(so: PySetObject, key: PyObject): Discard {
  return set_discard_entry(so, key, keyHash(key));
}

/** CPython 3.11: Objects/setobject.c set_empty_to_minsize */
function set_empty_to_minsize(so: PySetObject): void {
  so.keys = newKeyArray(SetLayout.MINSIZE);
  so.hashes = newHashArray(SetLayout.MINSIZE);
  so.fill = 0;
  so.used = 0;
  so.mask = SetLayout.MINSIZE - 1;
  so.tableAddr = 0;
  so.hash = -1;
}

/**
 * CPython 3.11: Objects/setobject.c set_clear_internal: the set is emptied first, then the old
 * entries are released in table order (a __del__ may see or mutate the set meanwhile).
 */
function set_clear_internal(so: PySetObject): void {
  const keys = so.keys;
  const addr = so.tableAddr;
  let used = so.used;
  if (addr !== 0 || so.fill > 0) set_empty_to_minsize(so);
  for (let j = 0; used > 0; j++) {
    const k = keys[j];
    if (k !== null && k !== DUMMY) {
      used--;
      decref(k);
    }
  }
  if (addr !== 0) memFree(addr);
}

/** set_next: the next active slot at or after pos in the current table, or -1. */
function set_next(so: PySetObject, pos: number): number {
  const keys = so.keys;
  const mask = so.mask;
  while (pos <= mask && (keys[pos] === null || keys[pos] === DUMMY)) pos++;
  return pos > mask ? -1 : pos;
}

// ---------------------------------------------------------------------------------------------
// Allocation and deallocation
// ---------------------------------------------------------------------------------------------

/** PyType_GenericAlloc for set types: the object, its memory, GC tracking. */
function setAlloc(type: PyTypeObject): PyObject {
  const so = new PySetObject(type);
  finishAlloc(so, type);
  return so;
}

/** PyObject_GC_Del (with the managed-dict pre-header of subclasses). */
function setFree(o: PyObject): void {
  gcDel(o, (o.ob_type.tp_flags & TPFlags.MANAGED_DICT) !== 0 ? 32 : 16);
}

let clearWeakRefsHook: (o: PyObject) => void = () => {};
/** Installed by the weakref module: PyObject_ClearWeakRefs for sets. */
export function setSetClearWeakRefs(f: (o: PyObject) => void): void {
  clearWeakRefsHook = f;
}

/** CPython 3.11: Objects/setobject.c set_dealloc: keys released in table order. */
function set_dealloc(o: PyObject): void {
  const so = o as PySetObject;
  gcUntrack(so);
  clearWeakRefsHook(so);
  const keys = so.keys;
  let used = so.used;
  for (let j = 0; used > 0; j++) {
    const k = keys[j];
    if (k !== null && k !== DUMMY) {
      used--;
      decref(k);
    }
  }
  if (so.tableAddr !== 0) memFree(so.tableAddr);
  so.tableAddr = 0;
  so.ob_type.tp_free!(so);
}

/** CPython 3.11: Objects/setobject.c make_new_set */
function make_new_set(type: PyTypeObject, iterable: PyObject | null): PySetObject {
  const so = type.tp_alloc!(type) as PySetObject;
  if (iterable !== null) {
    try {
      set_update_internal(so, iterable);
    } catch (e) {
      decref(so);
      throw e;
    }
  }
  return so;
}

/** CPython 3.11: Objects/setobject.c make_new_set_basetype: results of set operations are set or frozenset. */
function make_new_set_basetype(type: PyTypeObject, iterable: PyObject | null): PySetObject {
  if (type !== PySet_Type && type !== PyFrozenSet_Type) {
    type = PyType_IsSubtype(type, PySet_Type) ? PySet_Type : PyFrozenSet_Type;
  }
  return make_new_set(type, iterable);
}

/** CPython 3.11: Objects/setobject.c make_new_frozenset: frozenset(f) of an exact frozenset is f. */
function make_new_frozenset(type: PyTypeObject, iterable: PyObject | null): PySetObject {
  if (type !== PyFrozenSet_Type) return make_new_set(type, iterable);
  if (iterable !== null && PyFrozenSet_CheckExact(iterable)) return newref(iterable);
  return make_new_set(type, iterable);
}

/** PySet_New: a new set, filled from iterable when given (BUILD_SET starts with an empty one). */
export function PySet_New(iterable: PyObject | null): PySetObject {
  return make_new_set(PySet_Type, iterable);
}

/** PyFrozenSet_New */
export function PyFrozenSet_New(iterable: PyObject | null): PySetObject {
  return make_new_set(PyFrozenSet_Type, iterable);
}

/**
 * A frozenset constant as the 3.11 compiler makes it: the AST optimizer builds
 * PyFrozenSet_New(tuple of the items in source order), then merge_consts_recursive rebuilds it
 * with PyFrozenSet_New(tuple of the first frozenset's iteration order). `items` are borrowed.
 * NON-CPYTHON: the items are added directly instead of through temporary tuples and their
 * iterators (the same insertions, without those short-lived allocations).
 */
export function frozensetConstant(items: PyObject[]): PySetObject {
  const first = make_new_set(PyFrozenSet_Type, null);
  try {
    for (const item of items) set_add_key(first, item);
  } catch (e) {
    decref(first);
    throw e;
  }
  if (first.used === 0) return first;
  const result = make_new_set(PyFrozenSet_Type, null);
  for (let j = set_next(first, 0); j >= 0; j = set_next(first, j + 1)) set_add_entry(result, first.keys[j]!, first.hashes[j]);
  decref(first);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Updating from other iterables
// ---------------------------------------------------------------------------------------------

/**
 * CPython 3.11: Objects/setobject.c set_merge: one resize up front to (used + other.used) * 2,
 * then a positional copy, clean inserts, or ordinary insertions.
 */
function set_merge(so: PySetObject, other: PySetObject): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) set_table_resize(so, (so.used + other.used) * 2);
  // Same size, our table empty, no dummies in theirs: copy the entries where they are.
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    const okeys = other.keys;
    const ohashes = other.hashes;
    for (let j = 0; j <= other.mask; j++) {
      const k = okeys[j];
      if (k !== null) {
        incref(k);
        so.keys[j] = k;
        so.hashes[j] = ohashes[j];
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  // Our table is empty: no comparisons are needed.
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    const okeys = other.keys;
    const ohashes = other.hashes;
    for (let j = 0; j <= other.mask; j++) {
      const k = okeys[j];
      if (k !== null && k !== DUMMY) {
        incref(k);
        set_insert_clean(so.keys, so.hashes, so.mask, k, ohashes[j]);
      }
    }
    return;
  }
  // Duplicates are possible: ordinary insertions (the other set is re-read at each step).
  for (let j = 0; j <= other.mask; j++) {
    const k = other.keys[j];
    if (k !== null && k !== DUMMY) set_add_entry(so, k, other.hashes[j]);
  }
}

/** CPython 3.11: Objects/setobject.c set_update_internal */
function set_update_internal(so: PySetObject, other: PyObject): void {
  if (PyAnySet_Check(other)) {
    set_merge(so, other);
    return;
  }
  if (other.ob_type === PyDict_Type) {
    const d = other as PyDictObject;
    const dictsize = d.used;
    if ((so.fill + dictsize) * 5 >= so.mask * 3) set_table_resize(so, (so.used + dictsize) * 2);
    for (let pos = dictNext(d, 0); pos >= 0; pos = dictNext(d, pos + 1)) {
      set_add_entry(so, d.keys.keys[pos]!, normHash(d.keys.hashes[pos]));
    }
    return;
  }
  const it = PyObject_GetIter(other);
  try {
    for (;;) {
      const key = PyIter_Next(it);
      if (key === null) break;
      try {
        set_add_key(so, key);
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

/** PySet_Add / set_add_key for the VM's BUILD_SET and SET_ADD (key borrowed). */
export function setAddKey(so: PySetObject, key: PyObject): void {
  set_add_key(so, key);
}

/** _PySet_Update for SET_UPDATE (iterable borrowed). */
export function setUpdateFrom(so: PySetObject, iterable: PyObject): void {
  set_update_internal(so, iterable);
}

/** PySet_Contains */
export function setContainsKey(so: PySetObject, key: PyObject): boolean {
  return set_contains_key(so, key);
}

/** PySet_Discard: true when the key was present. */
export function setDiscardKey(so: PySetObject, key: PyObject): boolean {
  return set_discard_key(so, key) === Discard.FOUND;
}

/** PySet_Clear */
export function setClear(so: PySetObject): void {
  set_clear_internal(so);
}

/** The keys in iteration order (borrowed references), for builtins such as sorted(). */
export function setKeysArray(so: PySetObject): PyObject[] {
  const out: PyObject[] = [];
  for (let j = set_next(so, 0); j >= 0; j = set_next(so, j + 1)) out.push(so.keys[j]!);
  return out;
}

/** _PySet_NextEntry: the next active slot at or after pos (-1 at the end); key and hash are there. */
export function setNextEntry(so: PySetObject, pos: number): number {
  return set_next(so, pos);
}

// ---------------------------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/setobject.c set_pop: scans from the finger. */
function set_pop(so: PySetObject): PyObject {
  if (so.used === 0) raise(PyExc_KeyError, 'pop from an empty set');
  const keys = so.keys;
  const mask = so.mask;
  let j = so.finger & mask;
  while (keys[j] === null || keys[j] === DUMMY) {
    j++;
    if (j > mask) j = 0;
  }
  const key = keys[j]!;
  keys[j] = DUMMY;
  so.hashes[j] = -1;
  so.used--;
  so.finger = j + 1;
  return key;
}

/** PySet_Pop */
export function PySet_Pop(so: PySetObject): PyObject {
  return set_pop(so);
}

/** CPython 3.11: Objects/setobject.c set_copy */
function set_copy(so: PySetObject): PySetObject {
  return make_new_set_basetype(so.ob_type, so);
}

/** CPython 3.11: Objects/setobject.c frozenset_copy */
function frozenset_copy(so: PySetObject): PySetObject {
  if (PyFrozenSet_CheckExact(so)) return newref(so);
  return set_copy(so);
}

/** CPython 3.11: Objects/setobject.c set_union */
function set_union(so: PySetObject, args: PyObject[]): PySetObject {
  const result = set_copy(so);
  try {
    for (const other of args) {
      if (other === so) continue;
      set_update_internal(result, other);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** CPython 3.11: Objects/setobject.c set_or */
function set_or(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(so) || !PyAnySet_Check(other)) return newref(Py_NotImplemented);
  const result = set_copy(so);
  if (so === other) return result;
  try {
    set_update_internal(result, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** CPython 3.11: Objects/setobject.c set_ior */
function set_ior(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(other)) return newref(Py_NotImplemented);
  set_update_internal(so as PySetObject, other);
  return newref(so);
}

/** CPython 3.11: Objects/setobject.c set_intersection */
function set_intersection(so: PySetObject, other: PyObject): PySetObject {
  if (so === other) return set_copy(so);
  const result = make_new_set_basetype(so.ob_type, null);
  try {
    if (PyAnySet_Check(other)) {
      let small: PySetObject = other;
      let big: PySetObject = so;
      if (other.used > so.used) {
        small = so;
        big = other;
      }
      for (let j = set_next(small, 0); j >= 0; j = set_next(small, j + 1)) {
        const key = small.keys[j]!;
        const hash = small.hashes[j];
        incref(key);
        try {
          if (set_contains_entry(big, key, hash)) set_add_entry(result, key, hash);
        } finally {
          decref(key);
        }
      }
      return result;
    }
    const it = PyObject_GetIter(other);
    try {
      for (;;) {
        const key = PyIter_Next(it);
        if (key === null) break;
        try {
          const hash = normHash(PyObject_Hash(key));
          if (set_contains_entry(so, key, hash)) {
            set_add_entry(result, key, hash);
            if (result.used >= so.used) break;
          }
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
    return result;
  } catch (e) {
    decref(result);
    throw e;
  }
}

/** CPython 3.11: Objects/setobject.c set_intersection_multi */
function set_intersection_multi(so: PySetObject, args: PyObject[]): PySetObject {
  if (args.length === 0) return set_copy(so);
  let result: PySetObject = newref(so);
  for (const other of args) {
    let newresult: PySetObject;
    try {
      newresult = set_intersection(result, other);
    } catch (e) {
      decref(result);
      throw e;
    }
    decref(result);
    result = newresult;
  }
  return result;
}

/**
 * CPython 3.11: Objects/setobject.c set_swap_bodies: exchange the tables (and the cached hashes
 * when both are frozensets).
 */
function set_swap_bodies(a: PySetObject, b: PySetObject): void {
  let t = a.fill;
  a.fill = b.fill;
  b.fill = t;
  t = a.used;
  a.used = b.used;
  b.used = t;
  t = a.mask;
  a.mask = b.mask;
  b.mask = t;
  t = a.tableAddr;
  a.tableAddr = b.tableAddr;
  b.tableAddr = t;
  const k = a.keys;
  a.keys = b.keys;
  b.keys = k;
  const h = a.hashes;
  a.hashes = b.hashes;
  b.hashes = h;
  if (PyObject_TypeCheck(a, PyFrozenSet_Type) && PyObject_TypeCheck(b, PyFrozenSet_Type)) {
    const x = a.hash;
    a.hash = b.hash;
    b.hash = x;
  } else {
    a.hash = -1;
    b.hash = -1;
  }
}

/** CPython 3.11: Objects/setobject.c set_intersection_update */
function set_intersection_update(so: PySetObject, other: PyObject): void {
  const tmp = set_intersection(so, other);
  set_swap_bodies(so, tmp);
  decref(tmp);
}

/** CPython 3.11: Objects/setobject.c set_and */
function set_and(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(so) || !PyAnySet_Check(other)) return newref(Py_NotImplemented);
  return set_intersection(so, other);
}

/** CPython 3.11: Objects/setobject.c set_iand */
function set_iand(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(other)) return newref(Py_NotImplemented);
  set_intersection_update(so as PySetObject, other);
  return newref(so);
}

/** CPython 3.11: Objects/setobject.c set_isdisjoint */
function set_isdisjoint(so: PySetObject, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  if (anySetCheckExact(other)) {
    let small: PySetObject = other;
    let big: PySetObject = so;
    if (other.used > so.used) {
      small = so;
      big = other;
    }
    for (let j = set_next(small, 0); j >= 0; j = set_next(small, j + 1)) {
      const key = small.keys[j]!;
      incref(key);
      try {
        if (set_contains_entry(big, key, small.hashes[j])) return false;
      } finally {
        decref(key);
      }
    }
    return true;
  }
  const it = PyObject_GetIter(other);
  try {
    for (;;) {
      const key = PyIter_Next(it);
      if (key === null) return true;
      try {
        if (set_contains_key(so, key)) return false;
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

/**
 * CPython 3.11: Objects/setobject.c set_difference_update_internal; afterwards the table is
 * rebuilt when more than a quarter of it is dummies.
 */
function set_difference_update_internal(so: PySetObject, other: PyObject): void {
  if (so === other) {
    set_clear_internal(so);
    return;
  }
  if (PyAnySet_Check(other)) {
    // When the other set is more than 8 times larger, only the intersection matters.
    let o: PySetObject;
    if (other.used >> 3 > so.used) o = set_intersection(so, other);
    else o = newref(other);
    try {
      for (let j = set_next(o, 0); j >= 0; j = set_next(o, j + 1)) {
        const key = o.keys[j]!;
        incref(key);
        try {
          set_discard_entry(so, key, o.hashes[j]);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(o);
    }
  } else {
    const it = PyObject_GetIter(other);
    try {
      for (;;) {
        const key = PyIter_Next(it);
        if (key === null) break;
        try {
          set_discard_key(so, key);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
  }
  if (so.fill - so.used <= so.mask >>> 2) return;
  set_table_resize(so, so.used > SetLayout.GROWTH_SWITCH ? so.used * 2 : so.used * 4);
}

/** CPython 3.11: Objects/setobject.c set_copy_and_difference */
function set_copy_and_difference(so: PySetObject, other: PyObject): PySetObject {
  const result = set_copy(so);
  try {
    set_difference_update_internal(result, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** CPython 3.11: Objects/setobject.c set_difference */
function set_difference(so: PySetObject, other: PyObject): PySetObject {
  let otherSize: number;
  const isDict = other.ob_type === PyDict_Type;
  if (PyAnySet_Check(other)) otherSize = other.used;
  else if (isDict) otherSize = (other as PyDictObject).used;
  else return set_copy_and_difference(so, other);
  // A much bigger so: copying it and removing other's items is cheaper.
  if (so.used >> 2 > otherSize) return set_copy_and_difference(so, other);
  const result = make_new_set_basetype(so.ob_type, null);
  try {
    for (let j = set_next(so, 0); j >= 0; j = set_next(so, j + 1)) {
      const key = so.keys[j]!;
      const hash = so.hashes[j];
      incref(key);
      try {
        const present = isDict
          ? dictLookup(other as PyDictObject, key, hash) >= 0
          : set_contains_entry(other as PySetObject, key, hash);
        if (!present) set_add_entry(result, key, hash);
      } finally {
        decref(key);
      }
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** CPython 3.11: Objects/setobject.c set_difference_multi */
function set_difference_multi(so: PySetObject, args: PyObject[]): PySetObject {
  if (args.length === 0) return set_copy(so);
  const result = set_difference(so, args[0]);
  try {
    for (let i = 1; i < args.length; i++) set_difference_update_internal(result, args[i]);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** CPython 3.11: Objects/setobject.c set_sub */
function set_sub(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(so) || !PyAnySet_Check(other)) return newref(Py_NotImplemented);
  return set_difference(so, other);
}

/** CPython 3.11: Objects/setobject.c set_isub */
function set_isub(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(other)) return newref(Py_NotImplemented);
  set_difference_update_internal(so as PySetObject, other);
  return newref(so);
}

/** CPython 3.11: Objects/setobject.c set_symmetric_difference_update */
function set_symmetric_difference_update(so: PySetObject, other: PyObject): void {
  if (so === other) {
    set_clear_internal(so);
    return;
  }
  if (other.ob_type === PyDict_Type) {
    const d = other as PyDictObject;
    for (let pos = dictNext(d, 0); pos >= 0; pos = dictNext(d, pos + 1)) {
      const key = d.keys.keys[pos]!;
      const hash = normHash(d.keys.hashes[pos]);
      incref(key);
      try {
        if (set_discard_entry(so, key, hash) === Discard.NOTFOUND) set_add_entry(so, key, hash);
      } finally {
        decref(key);
      }
    }
    return;
  }
  const otherset: PySetObject = PyAnySet_Check(other) ? newref(other) : make_new_set_basetype(so.ob_type, other);
  try {
    for (let j = set_next(otherset, 0); j >= 0; j = set_next(otherset, j + 1)) {
      const key = otherset.keys[j]!;
      const hash = otherset.hashes[j];
      incref(key);
      try {
        if (set_discard_entry(so, key, hash) === Discard.NOTFOUND) set_add_entry(so, key, hash);
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(otherset);
  }
}

/** CPython 3.11: Objects/setobject.c set_symmetric_difference */
function set_symmetric_difference(so: PySetObject, other: PyObject): PySetObject {
  const otherset = make_new_set_basetype(so.ob_type, other);
  try {
    set_symmetric_difference_update(otherset, so);
  } catch (e) {
    decref(otherset);
    throw e;
  }
  return otherset;
}

/** CPython 3.11: Objects/setobject.c set_xor */
function set_xor(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(so) || !PyAnySet_Check(other)) return newref(Py_NotImplemented);
  return set_symmetric_difference(so, other);
}

/** CPython 3.11: Objects/setobject.c set_ixor */
function set_ixor(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(other)) return newref(Py_NotImplemented);
  set_symmetric_difference_update(so as PySetObject, other);
  return newref(so);
}

/** CPython 3.11: Objects/setobject.c set_issubset */
function set_issubset(so: PySetObject, other: PyObject): boolean {
  if (!PyAnySet_Check(other)) {
    const tmp = set_intersection(so, other);
    const result = tmp.used === so.used;
    decref(tmp);
    return result;
  }
  if (so.used > other.used) return false;
  for (let j = set_next(so, 0); j >= 0; j = set_next(so, j + 1)) {
    const key = so.keys[j]!;
    incref(key);
    try {
      if (!set_contains_entry(other, key, so.hashes[j])) return false;
    } finally {
      decref(key);
    }
  }
  return true;
}

/** CPython 3.11: Objects/setobject.c set_issuperset */
function set_issuperset(so: PySetObject, other: PyObject): boolean {
  if (PyAnySet_Check(other)) return set_issubset(other, so);
  const it = PyObject_GetIter(other);
  try {
    for (;;) {
      const key = PyIter_Next(it);
      if (key === null) return true;
      try {
        if (!set_contains_key(so, key)) return false;
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

/** CPython 3.11: Objects/setobject.c set_richcompare (subset order; hashes short-cut ==). */
function set_richcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (!PyAnySet_Check(w)) return newref(Py_NotImplemented);
  const so = v as PySetObject;
  switch (op) {
    case CompareOp.EQ:
      if (so.used !== w.used) return PyBool_FromBool(false);
      if (so.hash !== -1 && w.hash !== -1 && so.hash !== w.hash) return PyBool_FromBool(false);
      return PyBool_FromBool(set_issubset(so, w));
    case CompareOp.NE: {
      const r1 = set_richcompare(v, w, CompareOp.EQ);
      let r2: boolean;
      try {
        r2 = PyObject_IsTrue(r1);
      } finally {
        decref(r1);
      }
      return PyBool_FromBool(!r2);
    }
    case CompareOp.LE:
      return PyBool_FromBool(set_issubset(so, w));
    case CompareOp.GE:
      return PyBool_FromBool(set_issuperset(so, w));
    case CompareOp.LT:
      if (so.used >= w.used) return PyBool_FromBool(false);
      return PyBool_FromBool(set_issubset(so, w));
    case CompareOp.GT:
      if (so.used <= w.used) return PyBool_FromBool(false);
      return PyBool_FromBool(set_issuperset(so, w));
  }
  return newref(Py_NotImplemented);
}

/**
 * set_contains, set_remove and set_discard accept a set as key: when the lookup of a set raised
 * TypeError (it is unhashable), they retry with a temporary frozenset of it.
 */
function isSetKeyTypeError(e: unknown, key: PyObject): e is PyErr {
  return e instanceof PyErr && PySet_Check(key) && PyObject_TypeCheck(e.exc, PyExc_TypeError);
}

/** CPython 3.11: Objects/setobject.c set_contains */
function set_contains(o: PyObject, key: PyObject): boolean {
  const so = o as PySetObject;
  try {
    return set_contains_key(so, key);
  } catch (e) {
    if (!isSetKeyTypeError(e, key)) throw e;
    decref(e.exc);
  }
  const tmpkey = make_new_set(PyFrozenSet_Type, key);
  try {
    return set_contains_key(so, tmpkey);
  } finally {
    decref(tmpkey);
  }
}

/** set_discard_key with the frozenset retry of set_remove / set_discard. */
function discardWithFrozenKey(so: PySetObject, key: PyObject): Discard {
  try {
    return set_discard_key(so, key);
  } catch (e) {
    if (!isSetKeyTypeError(e, key)) throw e;
    decref(e.exc);
  }
  const tmpkey = make_new_set(PyFrozenSet_Type, key);
  try {
    return set_discard_key(so, tmpkey);
  } finally {
    decref(tmpkey);
  }
}

/** CPython 3.11: Objects/setobject.c set_remove */
function set_remove(so: PySetObject, key: PyObject): void {
  if (discardWithFrozenKey(so, key) === Discard.NOTFOUND) raiseObject(newKeyError(key));
}

/** CPython 3.11: Objects/setobject.c set_discard */
function set_discard(so: PySetObject, key: PyObject): void {
  discardWithFrozenKey(so, key);
}

/** CPython 3.11: Objects/setobject.c set_sizeof: the object, plus the table once it is malloc'd. */
export function setSizeOf(so: PySetObject): number {
  let res = so.ob_type.tp_basicsize;
  if (so.tableAddr !== 0) res += (so.mask + 1) * SetLayout.ENTRY;
  return res;
}

/**
 * PySequence_List(so) as set_repr and set_reduce call it: a list extended from a set iterator,
 * sized by the length hint (list_extend), then cut back.
 */
function setToList(so: PySetObject): PyListObject {
  const list = PyList_New();
  try {
    const it = set_iter(so) as SetIterObject;
    try {
      list_resize(list, so.used);
      for (;;) {
        const item = setiter_iternext(it);
        if (item === null) break;
        listAppendSteal(list, item);
      }
      // Cut back the list if the guess was too large.
      if (list.items.length < list.allocated) list_resize(list, list.items.length);
    } finally {
      decref(it);
    }
  } catch (e) {
    decref(list);
    throw e;
  }
  return list;
}

/** CPython 3.11: Objects/setobject.c set_repr: `{1, 2}`, `frozenset({1})`, `set()`, `set(...)`. */
function set_repr(o: PyObject): PyObject {
  const so = o as PySetObject;
  const name = so.ob_type.tp_name;
  if (!reprEnter(so)) return PyUnicode_FromString(`${name}(...)`);
  try {
    if (so.used === 0) return PyUnicode_FromString(`${name}()`);
    const keys = setToList(so);
    let listrepr: string;
    try {
      listrepr = reprString(keys);
    } finally {
      decref(keys);
    }
    const inner = listrepr.slice(1, listrepr.length - 1);
    if (so.ob_type !== PySet_Type) return PyUnicode_FromString(`${name}({${inner}})`);
    return PyUnicode_FromString(`{${inner}}`);
  } finally {
    reprLeave(so);
  }
}

/**
 * CPython 3.11: Objects/setobject.c frozenset_hash: xor of the shuffled entry hashes, the size,
 * a dispersion step and an LCG step (pyhash.ts hashFrozenset). CPython folds in the unused and
 * dummy entries and cancels them out again, so only the active entries' hashes matter.
 * Cached in so.hash.
 */
function frozenset_hash(o: PyObject): Hash {
  const so = o as PySetObject;
  if (so.hash !== -1) return so.hash;
  const hashes: Hash[] = [];
  for (let j = set_next(so, 0); j >= 0; j = set_next(so, j + 1)) hashes.push(so.hashes[j]);
  so.hash = normHash(hashFrozenset(hashes));
  return so.hash;
}

/** CPython 3.11: Objects/setobject.c set_traverse */
function set_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const so = o as PySetObject;
  for (let j = set_next(so, 0); j >= 0; j = set_next(so, j + 1)) visit(so.keys[j]!);
}

/** CPython 3.11: Objects/setobject.c set_init: set(iterable) clears and refills. */
function set_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const so = self as PySetObject;
  noKeywords('set', kwnames);
  checkPositional(so.ob_type.tp_name, args.length, 0, 1);
  if (so.fill) set_clear_internal(so);
  so.hash = -1;
  if (args.length === 0) return;
  set_update_internal(so, args[0]);
}

/** CPython 3.11: Objects/setobject.c set_new: an empty set (set_init fills it). */
function set_new(type: PyTypeObject): PyObject {
  return make_new_set(type, null);
}

/** CPython 3.11: Objects/setobject.c frozenset_new */
function frozenset_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (type === PyFrozenSet_Type || type.tp_init === PyFrozenSet_Type.tp_init) noKeywords('frozenset', kwnames);
  const npos = args.length - nkw;
  checkPositional(type.tp_name, npos, 0, 1);
  return make_new_frozenset(type, npos > 0 ? args[0] : null);
}

/** CPython 3.11: Objects/setobject.c set_reduce: (type, (list,), state). */
function set_reduce(so: PySetObject): PyObject {
  const keys = setToList(so);
  const args = tupleFromArraySteal([keys]);
  // NON-CPYTHON: _PyObject_GetState reduced to the instance __dict__ (None when empty or absent).
  let state: PyObject | null = null;
  if (so.inst !== null) {
    const d = lookupAttrString(so, '__dict__');
    if (d !== null && d instanceof PyDictObject && d.used > 0) state = d;
    else xdecref(d);
  }
  incref(so.ob_type);
  return tupleFromArraySteal([so.ob_type, args, state ?? none()]);
}

// ---------------------------------------------------------------------------------------------
// set_iterator
// ---------------------------------------------------------------------------------------------

export class SetIterObject extends PyObject {
  /** The set, null once exhausted. */
  si_set: PySetObject | null;
  si_used: number;
  si_pos = 0;
  len: number;
  constructor(so: PySetObject) {
    super(PySetIter_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PySetIter_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.si_set = so;
    this.si_used = so.used;
    this.len = so.used;
  }
}

/** CPython 3.11: Objects/setobject.c set_iter */
function set_iter(o: PyObject): PyObject {
  const so = o as PySetObject;
  const si = new SetIterObject(so);
  incref(so);
  gcAllocObject(si, SetLayout.ITER_SIZE);
  gcTrack(si);
  return si;
}

/** CPython 3.11: Objects/setobject.c setiter_iternext: RuntimeError once the size changed. */
function setiter_iternext(o: PyObject): PyObject | null {
  const si = o as SetIterObject;
  const so = si.si_set;
  if (so === null) return null;
  if (si.si_used !== so.used) {
    si.si_used = -1; // make this state sticky
    raise(PyExc_RuntimeError, 'Set changed size during iteration');
  }
  const j = set_next(so, si.si_pos);
  if (j < 0) {
    si.si_pos = so.mask + 2;
    si.si_set = null;
    decref(so);
    return null;
  }
  si.si_pos = j + 1;
  si.len--;
  return newref(so.keys[j]!);
}

PySetIter_Type.tp_iter = (o) => newref(o);
PySetIter_Type.tp_iternext = setiter_iternext;
PySetIter_Type.tp_dealloc = (o) => {
  const si = o as SetIterObject;
  gcUntrack(si);
  const so = si.si_set;
  si.si_set = null;
  xdecref(so);
  gcDel(si);
};
PySetIter_Type.tp_traverse = (o, visit) => {
  const so = (o as SetIterObject).si_set;
  if (so !== null) visit(so);
};
PySetIter_Type.methods = [
  {
    name: '__length_hint__',
    fn: (self, args, kw) => {
      noArgs('set_iterator.__length_hint__', args, kw);
      const si = self as SetIterObject;
      const len = si.si_set !== null && si.si_used === si.si_set.used ? si.len : 0;
      return PyLong_FromNumber(len);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// The type objects
// ---------------------------------------------------------------------------------------------

for (const t of [PySet_Type, PyFrozenSet_Type]) {
  t.tp_alloc = setAlloc;
  t.tp_free = setFree;
  t.tp_dealloc = set_dealloc;
  t.tp_repr = set_repr;
  t.tp_traverse = set_traverse;
  t.tp_clear = (o) => set_clear_internal(o as PySetObject);
  t.tp_richcompare = set_richcompare;
  t.tp_iter = set_iter;
  t.sq_length = (o) => (o as PySetObject).used;
  t.sq_contains = set_contains;
  t.nb_subtract = set_sub;
  t.nb_and = set_and;
  t.nb_xor = set_xor;
  t.nb_or = set_or;
}
PySet_Type.tp_hash = PyObject_HashNotImplemented;
PySet_Type.tp_init = set_init;
PySet_Type.tp_new = set_new;
PySet_Type.nb_inplace_subtract = set_isub;
PySet_Type.nb_inplace_and = set_iand;
PySet_Type.nb_inplace_xor = set_ixor;
PySet_Type.nb_inplace_or = set_ior;
PyFrozenSet_Type.tp_hash = frozenset_hash;
PyFrozenSet_Type.tp_new = frozenset_new;

type SetMethod = (so: PySetObject, args: PyObject[], kwnames: string[] | null, qual: string) => PyObject;

/** METH_NOARGS */
function noargs(f: (so: PySetObject) => PyObject): SetMethod {
  return (so, args, kw, qual) => {
    noArgs(qual, args, kw);
    return f(so);
  };
}

/** METH_O */
function onearg(f: (so: PySetObject, o: PyObject) => PyObject): SetMethod {
  return (so, args, kw, qual) => f(so, oneArg(qual, args, kw));
}

/** METH_VARARGS */
function varargs(f: (so: PySetObject, args: PyObject[]) => PyObject): SetMethod {
  return (so, args, kw, qual) => {
    noKeywords(qual, kw);
    return f(so, args);
  };
}

const setMethods: Record<string, SetMethod> = {
  add: onearg((so, key) => {
    set_add_key(so, key);
    return none();
  }),
  clear: noargs((so) => {
    set_clear_internal(so);
    return none();
  }),
  copy: noargs(set_copy),
  discard: onearg((so, key) => {
    set_discard(so, key);
    return none();
  }),
  difference: varargs(set_difference_multi),
  difference_update: varargs((so, args) => {
    for (const other of args) set_difference_update_internal(so, other);
    return none();
  }),
  intersection: varargs(set_intersection_multi),
  intersection_update: varargs((so, args) => {
    const tmp = set_intersection_multi(so, args);
    set_swap_bodies(so, tmp);
    decref(tmp);
    return none();
  }),
  isdisjoint: onearg((so, o) => PyBool_FromBool(set_isdisjoint(so, o))),
  issubset: onearg((so, o) => PyBool_FromBool(set_issubset(so, o))),
  issuperset: onearg((so, o) => PyBool_FromBool(set_issuperset(so, o))),
  pop: noargs(set_pop),
  __reduce__: noargs(set_reduce),
  remove: onearg((so, key) => {
    set_remove(so, key);
    return none();
  }),
  __sizeof__: noargs((so) => PyLong_FromNumber(setSizeOf(so))),
  symmetric_difference: onearg(set_symmetric_difference),
  symmetric_difference_update: onearg((so, o) => {
    set_symmetric_difference_update(so, o);
    return none();
  }),
  union: varargs(set_union),
  update: varargs((so, args) => {
    for (const other of args) set_update_internal(so, other);
    return none();
  }),
};

const frozensetMethods: Record<string, SetMethod> = {
  copy: noargs(frozenset_copy),
  difference: setMethods.difference,
  intersection: setMethods.intersection,
  isdisjoint: setMethods.isdisjoint,
  issubset: setMethods.issubset,
  issuperset: setMethods.issuperset,
  __reduce__: setMethods.__reduce__,
  __sizeof__: setMethods.__sizeof__,
  symmetric_difference: setMethods.symmetric_difference,
  union: setMethods.union,
};

function methodTable(type: PyTypeObject, table: Record<string, SetMethod>): PyTypeObject['methods'] {
  return Object.entries(table).map(([name, f]) => {
    const qual = `${type.tp_name}.${name}`;
    return { name, fn: (self: PyObject, args: PyObject[], kw: string[] | null) => f(self as PySetObject, args, kw, qual) };
  });
}

PySet_Type.methods = methodTable(PySet_Type, setMethods);
PyFrozenSet_Type.methods = methodTable(PyFrozenSet_Type, frozensetMethods);
