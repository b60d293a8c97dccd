/**
 * dict: the compact ordered hash table of CPython 3.11 (an index table into an entries array),
 * with its growth rules, the keys free list, the dict free list, merging, copying and the dict
 * methods. The views and iterators are in dictviews.ts.
 * CPython 3.11: Objects/dictobject.c, Include/internal/pycore_dict.h.
 */
import { type Hash, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { memFree, memMalloc, newReference } from '../memory/heap.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack, isTracked } from '../gc/gcstate.ts';
import {
  PyObject_GetAttr, PyObject_Hash, PyObject_RichCompareBool, PyObject_TypeCheck, Py_None, Py_NotImplemented, lookupAttrString,
  none, reprString,
} from './object.ts';
import { PyUnicodeObject, PyUnicode_FromString, PyUnicode_Type, internString, unicode_hash } from './unicodeobject.ts';
import { UnicodeWriter, writeRepr } from './unicode_writer.ts';
import { reprEnter, reprLeave } from './reprenter.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { PyErr, raise, raiseObject } from '../vm/errors.ts';
import { PyExc_AttributeError, PyExc_KeyError, PyExc_RuntimeError, PyExc_TypeError, PyExc_ValueError, newKeyError } from './exceptions.ts';
import { PyTupleObject, PyTuple_Type, tupleFromArraySteal, tupleNewUnfilled } from './tupleobject.ts';
import { PyObject_Call, PyObject_GetItem, PyObject_GetIter, PyObject_SetItem, PyIter_Next } from './abstract.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { PyListObject, PyList_Type, listFromArraySteal, sequenceFast, PySequence_List } from './listobject.ts';
import { callSpecial, finishAlloc } from './typeobject.ts';
import { checkPositional, noArgs, noKeywords, oneArg } from './getargs.ts';
import { PyFrozenSet_Type, PySetObject, PySet_Type, setNextEntry } from './setobject.ts';
import {
  PyDictItems_Type, PyDictIterKey_Type, PyDictKeys_Type, PyDictRevIterKey_Type, PyDictValues_Type, dictiterNew, dictviewNew,
} from './dictviews.ts';

export const PyDict_Type: PyTypeObject = registerStaticType(
  newStaticType('dict', 48, 0, TPFlags.BASETYPE | TPFlags.HAVE_GC | TPFlags.DICT_SUBCLASS | TPFlags.MAPPING),
);

export const enum DictLayout {
  /** sizeof(PyDictObject) */
  SIZE = 48,
  /** sizeof(PyDictKeysObject) header */
  KEYS_HEADER = 32,
  /** sizeof(PyDictKeyEntry): hash, key, value */
  GENERAL_ENTRY = 24,
  /** sizeof(PyDictUnicodeEntry): key, value (the hash lives in the str) */
  UNICODE_ENTRY = 16,
  /** PyDict_LOG_MINSIZE: 8 slots */
  LOG_MINSIZE = 3,
  /** PyDict_MAXFREELIST, also for keys objects */
  MAXFREELIST = 80,
  DKIX_EMPTY = -1,
  DKIX_DUMMY = -2,
  PERTURB_SHIFT = 5,
  /** NEXT_LOG2_SHARED_KEYS_MAX_SIZE: the shared keys of a class have 64 slots. */
  LOG2_SHARED_KEYS = 6,
  /** _PyDict_NewPresized never makes a table larger than 2**17 slots. */
  LOG2_MAX_PRESIZE = 17,
}

export const enum DictKind {
  GENERAL = 0,
  UNICODE = 1,
  SPLIT = 2,
}

/** USABLE_FRACTION: at most 2/3 of the slots hold entries. */
export function usableFraction(n: number): number {
  return Math.floor((n << 1) / 3);
}

/** PyDictKeysObject: the index table and the entries. */
export class DictKeys {
  log2Size: number;
  log2IndexBytes: number;
  kind: DictKind;
  usable: number;
  nentries = 0;
  indices: Int32Array;
  hashes: Hash[] = [];
  keys: (PyObject | null)[] = [];
  values: (PyObject | null)[] = [];
  /** Address of the keys object's block (0 for the static empty keys). */
  addr = 0;
  /** dk_refcnt: > 1 for the shared keys of split tables. */
  refcnt = 1;

  constructor(log2Size: number, kind: DictKind) {
    this.log2Size = log2Size;
    const size = 1 << log2Size;
    this.log2IndexBytes = size <= 0xff ? log2Size : size <= 0xffff ? log2Size + 1 : log2Size + 2;
    this.kind = kind;
    this.usable = usableFraction(size);
    this.indices = new Int32Array(size).fill(DictLayout.DKIX_EMPTY);
  }

  entrySize(): number {
    return this.kind === DictKind.GENERAL ? DictLayout.GENERAL_ENTRY : DictLayout.UNICODE_ENTRY;
  }

  /** _PyDict_KeysSize */
  byteSize(): number {
    return DictLayout.KEYS_HEADER + (1 << this.log2IndexBytes) + usableFraction(1 << this.log2Size) * this.entrySize();
  }
}

/** Py_EMPTY_KEYS: the static, shared keys of every empty dict (one slot, nothing usable). */
export const EMPTY_KEYS = new DictKeys(0, DictKind.UNICODE);
EMPTY_KEYS.usable = 0;
EMPTY_KEYS.refcnt = Infinity;

export class PyDictObject extends PyObject {
  /** ma_used: number of items */
  used = 0;
  keys: DictKeys = EMPTY_KEYS;
  /** ma_version_tag: bumped on every mutation. */
  version = 0;
  /**
   * A materialised instance __dict__ still shaped like its class's shared keys (a split table
   * in CPython); its size is computed from the class's shared keys (NON-CPYTHON shortcut:
   * the entries are held in a combined table).
   */
  sharedKeysOf: PyTypeObject | null = null;
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

const keysFreeList: DictKeys[] = [];
const dictFreeList: PyDictObject[] = [];

export function dictFreeListLength(): number {
  return dictFreeList.length;
}
export function keysFreeListLength(): number {
  return keysFreeList.length;
}

export function clearDictFreeLists(): void {
  while (dictFreeList.length > 0) gcDel(dictFreeList.pop()!);
  while (keysFreeList.length > 0) memFree(keysFreeList.pop()!.addr);
}

/** Forgets the free lists without freeing: a new interpreter starts with a new allocator. */
export function resetDictFreeLists(): void {
  dictFreeList.length = 0;
  keysFreeList.length = 0;
}

/** CPython 3.11: Objects/dictobject.c new_keys_object */
function newKeysObject(log2Size: number, unicode: boolean): DictKeys {
  if (log2Size === DictLayout.LOG_MINSIZE && unicode && keysFreeList.length > 0) {
    const dk = keysFreeList.pop()!;
    dk.indices.fill(DictLayout.DKIX_EMPTY);
    dk.usable = usableFraction(1 << log2Size);
    dk.nentries = 0;
    dk.refcnt = 1;
    return dk;
  }
  const dk = new DictKeys(log2Size, unicode ? DictKind.UNICODE : DictKind.GENERAL);
  dk.addr = memMalloc(dk.byteSize());
  return dk;
}

/** CPython 3.11: Objects/dictobject.c free_keys_object (the small unicode ones are kept). */
function freeKeysObject(dk: DictKeys): void {
  if (dk === EMPTY_KEYS) return;
  dk.hashes = [];
  dk.keys = [];
  dk.values = [];
  if (dk.log2Size === DictLayout.LOG_MINSIZE && dk.kind === DictKind.UNICODE && keysFreeList.length < DictLayout.MAXFREELIST) {
    keysFreeList.push(dk);
    return;
  }
  memFree(dk.addr);
}

/** dictkeys_decref: the last reference releases the entries in order (key, then value). */
function dictkeysDecref(dk: DictKeys): void {
  if (dk === EMPTY_KEYS) return;
  if (--dk.refcnt > 0) return;
  const keys = dk.keys;
  const values = dk.values;
  const n = dk.nentries;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    const v = values[i];
    if (k !== null && k !== undefined) decref(k);
    if (v !== null && v !== undefined) decref(v);
  }
  freeKeysObject(dk);
}

/** CPython 3.11: Objects/dictobject.c new_dict (from the dict free list when possible). */
function newDict(keys: DictKeys): PyDictObject {
  let mp = dictFreeList.pop();
  if (mp !== undefined) {
    mp.ob_refcnt = 1;
    newReference(mp, 16);
  } else {
    mp = new PyDictObject(PyDict_Type);
    gcAllocObject(mp, DictLayout.SIZE);
  }
  mp.keys = keys;
  mp.used = 0;
  mp.sharedKeysOf = null;
  mp.version++;
  return mp;
}

/** PyDict_New: an empty, untracked dict sharing Py_EMPTY_KEYS. */
export function PyDict_New(): PyDictObject {
  return newDict(EMPTY_KEYS);
}

/** A dict of `type` as dict.__new__(type) makes it (not from the free list). */
export function newDictOfType(type: PyTypeObject): PyDictObject {
  return dict_new(type) as PyDictObject;
}

/**
 * CPython 3.11: Objects/dictobject.c calculate_log2_keysize, in its bit-twiddling form: the
 * smallest power of two >= minsize, except that 1..7 give 16 and powers of two from 16 up give
 * twice themselves (`(minsize | 8) - 1` then the bit length of that `| 7`).
 */
function calculateLog2Keysize(minsize: number): number {
  const m = ((minsize | 8) - 1) | 7;
  return 32 - Math.clz32(m);
}

/** estimate_log2_keysize: room for n items without a resize. */
function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

/** CPython 3.11: Objects/dictobject.c dict_new_presized */
export function dictNewPresized(minused: number, unicode: boolean): PyDictObject {
  if (minused <= usableFraction(8)) return PyDict_New();
  const log2 = minused > usableFraction(1 << DictLayout.LOG2_MAX_PRESIZE) ? DictLayout.LOG2_MAX_PRESIZE : estimateLog2Keysize(minused);
  return newDict(newKeysObject(log2, unicode));
}

/** CPython 3.11: Objects/dictobject.c dict_dealloc */
function dict_dealloc(o: PyObject): void {
  const mp = o as PyDictObject;
  gcUntrack(mp);
  const keys = mp.keys;
  mp.keys = EMPTY_KEYS;
  mp.used = 0;
  mp.sharedKeysOf = null;
  dictkeysDecref(keys);
  if (mp.ob_type === PyDict_Type && dictFreeList.length < DictLayout.MAXFREELIST) {
    dictFreeList.push(mp);
    return;
  }
  mp.ob_type.tp_free!(mp);
}
PyDict_Type.tp_dealloc = dict_dealloc;
PyDict_Type.tp_free = (o) => gcDel(o, 16 + ((o.ob_type.tp_flags & TPFlags.MANAGED_DICT) !== 0 ? 16 : 0));

PyDict_Type.tp_traverse = (o, visit) => {
  const dk = (o as PyDictObject).keys;
  for (let i = 0; i < dk.nentries; i++) {
    const k = dk.keys[i];
    if (k === null) continue;
    // dict_traverse: the value, then (general tables only) the key.
    visit(dk.values[i]!);
    if (dk.kind === DictKind.GENERAL) visit(k);
  }
};

// ---------------------------------------------------------------------------------------------
// Hashing helpers and probing
// ---------------------------------------------------------------------------------------------

export function hashOf(key: PyObject): Hash {
  if (key.ob_type === PyUnicode_Type) {
    const u = key as PyUnicodeObject;
    return u.hash !== -1 ? u.hash : unicode_hash(u);
  }
  return PyObject_Hash(key);
}

/** The low 32 bits of (size_t)hash. */
function lo32(h: Hash): number {
  return typeof h === 'number' ? h >>> 0 : Number(BigInt.asUintN(32, h));
}
/** The high 32 bits of (size_t)hash. */
function hi32(h: Hash): number {
  return typeof h === 'number' ? Math.floor(h / 4294967296) >>> 0 : Number(BigInt.asUintN(32, h >> 32n));
}

/**
 * Walks the probe sequence of `hash` (i = i*5 + perturb + 1 with perturb >>= 5 first),
 * calling `f` with each slot until it returns true; returns that slot.
 */
export function probe(mask: number, hash: Hash, f: (slot: number) => boolean): number {
  let i = lo32(hash) & mask;
  if (f(i)) return i;
  let plo = lo32(hash);
  let phi = hi32(hash);
  for (;;) {
    plo = ((plo >>> DictLayout.PERTURB_SHIFT) | ((phi & 31) << 27)) >>> 0;
    phi = phi >>> DictLayout.PERTURB_SHIFT;
    i = (i * 5 + plo + 1) & mask;
    if (f(i)) return i;
  }
}

function hashesEqual(a: Hash, b: Hash): boolean {
  return a === b || (typeof a !== typeof b && BigInt(a) === BigInt(b));
}

/**
 * CPython 3.11: Objects/dictobject.c _Py_dict_lookup: the entry index of key, or -1.
 * Comparing keys may run __eq__, which may mutate the dict: CPython restarts then.
 */
export function dictLookup(mp: PyDictObject, key: PyObject, hash: Hash): number {
  for (;;) {
    const dk = mp.keys;
    if (dk.nentries === 0) return -1;
    const mask = (1 << dk.log2Size) - 1;
    const indices = dk.indices;
    let i = lo32(hash) & mask;
    let plo = lo32(hash);
    let phi = hi32(hash);
    let restart = false;
    for (;;) {
      const ix = indices[i];
      if (ix === DictLayout.DKIX_EMPTY) return -1;
      if (ix >= 0) {
        const k = dk.keys[ix]!;
        if (k === key) return ix;
        const kh = dk.hashes[ix];
        if (hashesEqual(kh, hash)) {
          if (k.ob_type === PyUnicode_Type && key.ob_type === PyUnicode_Type) {
            if ((k as PyUnicodeObject).s === (key as PyUnicodeObject).s) return ix;
          } else {
            incref(k);
            let eq: boolean;
            try {
              eq = PyObject_RichCompareBool(k, key, 2);
            } finally {
              decref(k);
            }
            if (dk !== mp.keys || dk.keys[ix] !== k) {
              restart = true;
              break;
            }
            if (eq) return ix;
          }
        }
      }
      plo = ((plo >>> DictLayout.PERTURB_SHIFT) | ((phi & 31) << 27)) >>> 0;
      phi = phi >>> DictLayout.PERTURB_SHIFT;
      i = (i * 5 + plo + 1) & mask;
    }
    if (!restart) return -1;
  }
}

/** Index-table slot that holds entry ix (lookdict_index, for deletion). */
function lookdictIndex(dk: DictKeys, hash: Hash, ix: number): number {
  const mask = (1 << dk.log2Size) - 1;
  return probe(mask, hash, (slot) => dk.indices[slot] === ix || dk.indices[slot] === DictLayout.DKIX_EMPTY);
}

/**
 * CPython 3.11: Objects/dictobject.c find_empty_slot: the first slot of the probe sequence that
 * is empty or a dummy (probe's walk, written out: it runs at every insertion).
 */
function findEmptySlot(dk: DictKeys, hash: Hash): number {
  const mask = (1 << dk.log2Size) - 1;
  const indices = dk.indices;
  let plo = lo32(hash);
  let i = plo & mask;
  if (indices[i] < 0) return i;
  let phi = hi32(hash);
  for (;;) {
    plo = ((plo >>> DictLayout.PERTURB_SHIFT) | ((phi & 31) << 27)) >>> 0;
    phi = phi >>> DictLayout.PERTURB_SHIFT;
    i = (i * 5 + plo + 1) & mask;
    if (indices[i] < 0) return i;
  }
}

/** _PyObject_GC_MAY_BE_TRACKED */
export function mayBeTracked(o: PyObject): boolean {
  if ((o.ob_type.tp_flags & TPFlags.HAVE_GC) === 0) return false;
  if (o.ob_type === PyTuple_Type) return isTracked(o);
  // PyObject_IS_GC: a type object is a GC object only when it is a heap type (type_is_gc).
  if (o instanceof PyTypeObject && (o.tp_flags & TPFlags.HEAPTYPE) === 0) return false;
  return true;
}

/** MAINTAIN_TRACKING */
function maintainTracking(mp: PyDictObject, key: PyObject, value: PyObject): void {
  if (!isTracked(mp) && (mayBeTracked(key) || mayBeTracked(value))) gcTrack(mp);
}

// ---------------------------------------------------------------------------------------------
// Resizing
// ---------------------------------------------------------------------------------------------

/** Moves the live entries of `old` into a new table of 2**log2NewSize slots (build_indices). */
function rebuildInto(mp: PyDictObject, old: DictKeys, log2NewSize: number, unicode: boolean): void {
  const nk = newKeysObject(log2NewSize, unicode);
  let n = 0;
  for (let i = 0; i < old.nentries; i++) {
    const k = old.keys[i];
    if (k === null) continue;
    const h = old.hashes[i];
    nk.hashes[n] = h;
    nk.keys[n] = k;
    nk.values[n] = old.values[i];
    // A new table has no dummies: its first free slot is an empty one.
    nk.indices[findEmptySlot(nk, h)] = n;
    n++;
  }
  nk.nentries = n;
  nk.usable -= n;
  mp.keys = nk;
}

/**
 * CPython 3.11: Objects/dictobject.c dictresize. A general table stays general; a split table
 * becomes a combined one.
 */
function dictresize(mp: PyDictObject, log2NewSize: number, unicode: boolean): void {
  const old = mp.keys;
  if (old.kind === DictKind.GENERAL) unicode = false;
  rebuildInto(mp, old, log2NewSize, unicode);
  mp.sharedKeysOf = null;
  if (old !== EMPTY_KEYS) {
    // The references moved to the new table; release only the old table itself.
    if (--old.refcnt <= 0) freeKeysObject(old);
  }
}

/** insertion_resize: grow to GROWTH_RATE = used * 3. */
function insertionResize(mp: PyDictObject, unicode: boolean): void {
  dictresize(mp, calculateLog2Keysize(mp.used * 3), unicode);
}

/**
 * Does a split (instance) dict take a new str key without becoming combined? It does when the
 * key is one of the class's shared keys, or when the shared keys have room for it (the key
 * then joins them, as insertdict does through the split table's dk_usable).
 */
function splitAccepts(mp: PyDictObject, key: PyObject): boolean {
  const t = mp.sharedKeysOf!;
  if (key.ob_type !== PyUnicode_Type || t.cachedKeys === null || t.cachedKeysIndex === null) return false;
  const name = (key as PyUnicodeObject).s;
  if (t.cachedKeysIndex.has(name)) return true;
  if (t.cachedKeysUsable <= 0) return false;
  t.cachedKeysIndex.set(name, t.cachedKeys.length);
  t.cachedKeys.push(name);
  t.cachedKeysUsable--;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Insertion and deletion
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/dictobject.c insert_to_emptydict (steals key and value). */
function insertToEmptydict(mp: PyDictObject, key: PyObject, hash: Hash, value: PyObject): void {
  const nk = newKeysObject(DictLayout.LOG_MINSIZE, key.ob_type === PyUnicode_Type);
  mp.keys = nk;
  mp.sharedKeysOf = null;
  maintainTracking(mp, key, value);
  nk.indices[lo32(hash) & 7] = 0;
  nk.hashes[0] = hash;
  nk.keys[0] = key;
  nk.values[0] = value;
  nk.nentries = 1;
  nk.usable--;
  mp.used = 1;
  mp.version++;
}

/**
 * The "insert into a new slot" part of insertdict (key known to be missing): resize when
 * nothing is usable, then append the entry. Steals key and value.
 */
function insertNew(mp: PyDictObject, key: PyObject, hash: Hash, value: PyObject): void {
  if (mp.sharedKeysOf !== null && !splitAccepts(mp, key)) {
    // A split table without room becomes combined (insertion_resize).
    insertionResize(mp, true);
  } else if (mp.sharedKeysOf !== null && mp.keys.usable <= 0) {
    // NON-CPYTHON: the combined stand-in of a split table grows invisibly.
    const old = mp.keys;
    rebuildInto(mp, old, calculateLog2Keysize(mp.used * 3), true);
    if (--old.refcnt <= 0) freeKeysObject(old);
  }
  if (mp.keys.usable <= 0) insertionResize(mp, mp.keys.kind !== DictKind.GENERAL);
  const dk = mp.keys;
  const slot = findEmptySlot(dk, hash);
  const n = dk.nentries;
  dk.indices[slot] = n;
  dk.hashes[n] = hash;
  dk.keys[n] = key;
  dk.values[n] = value;
  dk.nentries = n + 1;
  dk.usable--;
  mp.used++;
  mp.version++;
}

/**
 * CPython 3.11: Objects/dictobject.c insertdict. Steals the references to key and value.
 */
export function insertdict(mp: PyDictObject, key: PyObject, hash: Hash, value: PyObject): void {
  if (mp.keys === EMPTY_KEYS) {
    insertToEmptydict(mp, key, hash, value);
    return;
  }
  let ix: number;
  try {
    if (mp.keys.kind !== DictKind.GENERAL && key.ob_type !== PyUnicode_Type) insertionResize(mp, false);
    ix = dictLookup(mp, key, hash);
  } catch (e) {
    decref(value);
    decref(key);
    throw e;
  }
  maintainTracking(mp, key, value);
  if (ix < 0) {
    insertNew(mp, key, hash, value);
    return;
  }
  const dk = mp.keys;
  const old = dk.values[ix]!;
  if (old !== value) {
    dk.values[ix] = value;
    mp.version++;
  }
  // Releasing the old value may run arbitrary code (__del__).
  decref(old);
  decref(key);
}

/** PyDict_SetItem: new references to key and value are stored. */
export function PyDict_SetItem(mp: PyDictObject, key: PyObject, value: PyObject): void {
  const hash = hashOf(key);
  key.ob_refcnt++;
  value.ob_refcnt++;
  insertdict(mp, key, hash, value);
}

/** PyDict_GetItemWithError: a BORROWED reference, or null. */
export function PyDict_GetItemWithError(mp: PyDictObject, key: PyObject): PyObject | null {
  const ix = dictLookup(mp, key, hashOf(key));
  return ix >= 0 ? mp.keys.values[ix]! : null;
}

/** Lookup with a precomputed hash (borrowed). */
export function dictGetKnownHash(mp: PyDictObject, key: PyObject, hash: Hash): PyObject | null {
  const ix = dictLookup(mp, key, hash);
  return ix >= 0 ? mp.keys.values[ix]! : null;
}

/** PyDict_Contains */
export function PyDict_Contains(mp: PyDictObject, key: PyObject): boolean {
  return dictLookup(mp, key, hashOf(key)) >= 0;
}

/** delitem_common: removes entry ix found for hash (the key is released before the value). */
function delitemCommon(mp: PyDictObject, hash: Hash, ix: number): void {
  const dk = mp.keys;
  const slot = lookdictIndex(dk, hash, ix);
  mp.used--;
  mp.version++;
  dk.indices[slot] = DictLayout.DKIX_DUMMY;
  const k = dk.keys[ix]!;
  const v = dk.values[ix]!;
  dk.keys[ix] = null;
  dk.values[ix] = null;
  decref(k);
  decref(v);
}

/** PyDict_DelItem: raises KeyError when missing. */
export function PyDict_DelItem(mp: PyDictObject, key: PyObject): void {
  const hash = hashOf(key);
  const ix = dictLookup(mp, key, hash);
  if (ix < 0) raiseObject(newKeyError(key));
  delitemCommon(mp, hash, ix);
}

/** Removes key if present; returns the value (new reference) or null. */
export function dictPop(mp: PyDictObject, key: PyObject): PyObject | null {
  if (mp.used === 0) return null;
  const hash = hashOf(key);
  const ix = dictLookup(mp, key, hash);
  if (ix < 0) return null;
  const v = mp.keys.values[ix]!;
  incref(v);
  delitemCommon(mp, hash, ix);
  return v;
}

/**
 * CPython 3.11: Objects/dictobject.c _PyDict_Pop_KnownHash without a default: the value (a new
 * reference) of the key whose hash is known, removed; null when missing (the key is not hashed).
 */
export function dictPopKnownHash(mp: PyDictObject, key: PyObject, hash: Hash): PyObject | null {
  if (mp.used === 0) return null;
  const ix = dictLookup(mp, key, hash);
  if (ix < 0) return null;
  const v = mp.keys.values[ix]!;
  incref(v);
  delitemCommon(mp, hash, ix);
  return v;
}

/**
 * CPython 3.11: Objects/dictobject.c _PyDict_Pop: an empty dict answers without hashing
 * the key. Returns a new reference; raises KeyError without a default.
 */
export function PyDict_Pop(mp: PyDictObject, key: PyObject, deflt: PyObject | null): PyObject {
  if (mp.used === 0) {
    if (deflt !== null) return newref(deflt);
    raiseObject(newKeyError(key));
  }
  const hash = hashOf(key);
  const ix = dictLookup(mp, key, hash);
  if (ix < 0) {
    if (deflt !== null) return newref(deflt);
    raiseObject(newKeyError(key));
  }
  const v = mp.keys.values[ix]!;
  incref(v);
  delitemCommon(mp, hash, ix);
  return v;
}

/**
 * CPython 3.11: Objects/dictobject.c PyDict_SetDefault: the value for key (BORROWED),
 * inserting `dflt` first when the key is missing.
 */
export function PyDict_SetDefault(mp: PyDictObject, key: PyObject, dflt: PyObject): PyObject {
  const hash = hashOf(key);
  if (mp.keys === EMPTY_KEYS) {
    insertToEmptydict(mp, newref(key), hash, newref(dflt));
    return dflt;
  }
  if (key.ob_type !== PyUnicode_Type && mp.keys.kind !== DictKind.GENERAL) insertionResize(mp, false);
  const ix = dictLookup(mp, key, hash);
  if (ix >= 0) return mp.keys.values[ix]!;
  insertNew(mp, newref(key), hash, newref(dflt));
  maintainTracking(mp, key, dflt);
  return dflt;
}

/** CPython 3.11: Objects/dictobject.c PyDict_Clear (back to the empty keys). */
export function PyDict_Clear(mp: PyDictObject): void {
  const old = mp.keys;
  if (old === EMPTY_KEYS) return;
  mp.keys = EMPTY_KEYS;
  mp.used = 0;
  mp.sharedKeysOf = null;
  mp.version++;
  dictkeysDecref(old);
}
PyDict_Type.tp_clear = (o) => PyDict_Clear(o as PyDictObject);

/** CPython 3.11: Objects/dictobject.c dict_popitem_impl (LIFO). */
export function dictPopitem(mp: PyDictObject): PyObject {
  // The result tuple is allocated before the size is checked (a collection could empty the dict).
  const res = tupleNewUnfilled(2);
  if (mp.used === 0) {
    decref(res);
    raise(PyExc_KeyError, 'popitem(): dictionary is empty');
  }
  // Convert a split table to a combined one.
  if (mp.sharedKeysOf !== null) dictresize(mp, DictLayout.LOG2_SHARED_KEYS, true);
  const dk = mp.keys;
  let i = dk.nentries - 1;
  while (i >= 0 && dk.keys[i] === null) i--;
  const key = dk.keys[i]!;
  const value = dk.values[i]!;
  const hash = dk.hashes[i];
  dk.keys[i] = null;
  dk.values[i] = null;
  dk.indices[lookdictIndex(dk, hash, i)] = DictLayout.DKIX_DUMMY;
  res.items[0] = key;
  res.items[1] = value;
  // dk_usable does not grow back: a DKIX_DUMMY is left in the indices.
  dk.nentries = i;
  mp.used--;
  mp.version++;
  return res;
}

// ---------------------------------------------------------------------------------------------
// Iteration helpers for other modules
// ---------------------------------------------------------------------------------------------

/** Entries in order: calls f(key, value) with borrowed references; stops if f returns true. */
export function dictForEach(mp: PyDictObject, f: (k: PyObject, v: PyObject) => boolean | void): void {
  const dk = mp.keys;
  for (let i = 0; i < dk.nentries; i++) {
    const k = dk.keys[i];
    if (k === null) continue;
    if (f(k, dk.values[i]!)) return;
  }
}

/** _PyDict_Next: the index of the next live entry at or after pos, or -1. */
export function dictNext(mp: PyDictObject, pos: number): number {
  const dk = mp.keys;
  while (pos < dk.nentries && dk.keys[pos] === null) pos++;
  return pos < dk.nentries ? pos : -1;
}

/** Keys as a JS array of borrowed references. */
export function dictKeysArray(mp: PyDictObject): PyObject[] {
  const out: PyObject[] = [];
  dictForEach(mp, (k) => {
    out.push(k);
  });
  return out;
}

/** CPython 3.11: Objects/dictobject.c dict_keys / PyDict_Keys: a list of the keys. */
export function PyDict_Keys(mp: PyDictObject): PyListObject {
  const out: PyObject[] = [];
  dictForEach(mp, (k) => {
    out.push(newref(k));
  });
  return listFromArraySteal(out);
}

/** CPython 3.11: Objects/dictobject.c dict_values / PyDict_Values */
export function PyDict_Values(mp: PyDictObject): PyListObject {
  const out: PyObject[] = [];
  dictForEach(mp, (_k, v) => {
    out.push(newref(v));
  });
  return listFromArraySteal(out);
}

/** CPython 3.11: Objects/dictobject.c dict_items / PyDict_Items: the tuples are made first. */
export function PyDict_Items(mp: PyDictObject): PyListObject {
  const n = mp.used;
  const tuples: PyTupleObject[] = new Array(n);
  const list = listFromArraySteal(tuples);
  for (let i = 0; i < n; i++) tuples[i] = tupleNewUnfilled(2);
  let j = 0;
  dictForEach(mp, (k, v) => {
    tuples[j].items[0] = newref(k);
    tuples[j].items[1] = newref(v);
    j++;
  });
  return list;
}

// ---------------------------------------------------------------------------------------------
// repr, length, comparison
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/dictobject.c dict_repr */
PyDict_Type.tp_repr = (o) => {
  const mp = o as PyDictObject;
  if (!reprEnter(o)) return PyUnicode_FromString('{...}');
  if (mp.used === 0) {
    reprLeave(o);
    return PyUnicode_FromString('{}');
  }
  const writer = new UnicodeWriter();
  writer.overallocate = true;
  // "{" + "1: 2" + ", 3: 4" * (len - 1) + "}"
  writer.minLength = 1 + 4 + (2 + 4) * (mp.used - 1) + 1;
  try {
    writer.writeChar('{');
    let first = true;
    // repr may mutate the dict: walk it afresh each time.
    for (let i = 0; i < mp.keys.nentries; i++) {
      const k = mp.keys.keys[i];
      if (k === null) continue;
      const v = mp.keys.values[i]!;
      incref(k);
      incref(v);
      try {
        if (!first) writer.writeASCII(', ');
        first = false;
        writeRepr(writer, k);
        writer.writeASCII(': ');
        writeRepr(writer, v);
      } finally {
        decref(k);
        decref(v);
      }
    }
    writer.overallocate = false;
    writer.writeChar('}');
  } catch (e) {
    writer.dealloc();
    reprLeave(o);
    throw e;
  }
  reprLeave(o);
  return writer.finish();
};

PyDict_Type.mp_length = (o) => (o as PyDictObject).used;
PyDict_Type.sq_contains = (o, key) => dictLookup(o as PyDictObject, key, hashOf(key)) >= 0;

/** CPython 3.11: Objects/dictobject.c dict_richcompare (== and != only). */
PyDict_Type.tp_richcompare = (v, w, op) => {
  if (!(v instanceof PyDictObject) || !(w instanceof PyDictObject) || (op !== 2 && op !== 3)) {
    return newref(Py_NotImplemented);
  }
  const eq = dictEqual(v, w);
  return PyBool_FromBool(op === 2 ? eq : !eq);
};

/** CPython 3.11: Objects/dictobject.c dict_equal */
function dictEqual(a: PyDictObject, b: PyDictObject): boolean {
  if (a.used !== b.used) return false;
  for (let i = 0; i < a.keys.nentries; i++) {
    const dk = a.keys;
    const k = dk.keys[i];
    if (k === null) continue;
    const av = dk.values[i]!;
    incref(av);
    incref(k);
    try {
      const bv = dictGetKnownHash(b, k, dk.hashes[i]);
      if (bv === null) return false;
      incref(bv);
      try {
        if (!PyObject_RichCompareBool(av, bv, 2)) return false;
      } finally {
        decref(bv);
      }
    } finally {
      decref(k);
      decref(av);
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Subscripts
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/dictobject.c dict_subscript (with __missing__ for subclasses). */
function dict_subscript(o: PyObject, key: PyObject): PyObject {
  const mp = o as PyDictObject;
  const hash = hashOf(key);
  const ix = dictLookup(mp, key, hash);
  if (ix >= 0) return newref(mp.keys.values[ix]!);
  if (mp.ob_type !== PyDict_Type) {
    const res = callSpecial(mp, '__missing__', [key]);
    if (res !== null) return res;
  }
  raiseObject(newKeyError(key));
}
PyDict_Type.mp_subscript = dict_subscript;

/** Exact dict lookup raising KeyError (dict_subscript without __missing__). */
export function dictGetItemOrRaise(mp: PyDictObject, key: PyObject): PyObject {
  const v = PyDict_GetItemWithError(mp, key);
  if (v === null) raiseObject(newKeyError(key));
  return newref(v);
}

/** CPython 3.11: Objects/dictobject.c dict_ass_sub */
PyDict_Type.mp_ass_subscript = (o, key, value) => {
  if (value === null) PyDict_DelItem(o as PyDictObject, key);
  else PyDict_SetItem(o as PyDictObject, key, value);
};

// ---------------------------------------------------------------------------------------------
// Copying and merging
// ---------------------------------------------------------------------------------------------

/**
 * CPython 3.11: Objects/dictobject.c clone_combined_dict_keys: a byte copy of the keys object
 * (PyObject_Malloc, not the keys free list), with new references to the live entries.
 */
function cloneCombinedDictKeys(orig: PyDictObject): DictKeys {
  const ok = orig.keys;
  const dk = new DictKeys(ok.log2Size, ok.kind);
  dk.addr = memMalloc(ok.byteSize());
  dk.usable = ok.usable;
  dk.nentries = ok.nentries;
  dk.indices.set(ok.indices);
  dk.hashes = ok.hashes.slice(0, ok.nentries);
  dk.keys = ok.keys.slice(0, ok.nentries);
  dk.values = ok.values.slice(0, ok.nentries);
  for (let i = 0; i < dk.nentries; i++) {
    const v = dk.values[i];
    if (v !== null) {
      incref(v);
      incref(dk.keys[i]!);
    }
  }
  return dk;
}

/** Is this the builtin dict iterator (a dict subclass that does not override __iter__)? */
function iteratesAsDict(o: PyObject): o is PyDictObject {
  return o instanceof PyDictObject && o.ob_type.tp_iter === dict_iter;
}

/** CPython 3.11: Objects/dictobject.c PyDict_Copy */
export function PyDict_Copy(o: PyDictObject): PyDictObject {
  const mp = o;
  if (mp.used === 0) return PyDict_New();
  if (mp.sharedKeysOf !== null) return splitCopy(mp);
  if (mp.ob_type.tp_iter === dict_iter && mp.used >= Math.floor((mp.keys.nentries * 2) / 3)) {
    // Fast copy, unless the table has more than 1/3 deleted entries (then merge compacts).
    const copy = newDict(cloneCombinedDictKeys(mp));
    copy.used = mp.used;
    if (isTracked(mp)) gcTrack(copy);
    return copy;
  }
  const copy = PyDict_New();
  try {
    dictMerge(copy, mp, 1);
  } catch (e) {
    decref(copy);
    throw e;
  }
  return copy;
}

/** The split branch of PyDict_Copy: a new dict (not the free list) sharing the class's keys. */
function splitCopy(mp: PyDictObject): PyDictObject {
  const copy = new PyDictObject(PyDict_Type);
  gcAllocObject(copy, DictLayout.SIZE);
  copy.keys = cloneCombinedDictKeys(mp);
  copy.used = mp.used;
  copy.sharedKeysOf = mp.sharedKeysOf;
  if (isTracked(mp)) gcTrack(copy);
  return copy;
}

/** PyMapping_Keys: dict keys, or `o.keys()` as a list. */
function mappingKeys(o: PyObject): PyObject {
  if (o.ob_type === PyDict_Type) return PyDict_Keys(o as PyDictObject);
  const meth = PyObject_GetAttr(o, internString('keys'));
  let out: PyObject;
  try {
    out = PyObject_Call(meth, [], null);
  } finally {
    decref(meth);
  }
  if (out.ob_type === PyList_Type) return out;
  let it: PyObject;
  try {
    it = PyObject_GetIter(out);
  } catch (e) {
    if (e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_TypeError)) {
      decref(e.exc);
      const name = out.ob_type.tp_name;
      decref(out);
      raise(PyExc_TypeError, `${o.ob_type.tp_name}.keys() returned a non-iterable (type ${name})`);
    }
    decref(out);
    throw e;
  }
  decref(out);
  try {
    return PySequence_List(it);
  } finally {
    decref(it);
  }
}

/**
 * CPython 3.11: Objects/dictobject.c dict_merge. override 0 keeps existing keys, 1 replaces
 * them, 2 raises KeyError on a duplicate (f(**a, **b)).
 */
export function dictMerge(mp: PyDictObject, b: PyObject, override: 0 | 1 | 2): void {
  if (iteratesAsDict(b)) {
    mergeFromDict(mp, b, override);
    return;
  }
  // Do it the generic, slower way: b.keys() and b[key].
  const keys = mappingKeys(b);
  let it: PyObject;
  try {
    it = PyObject_GetIter(keys);
  } finally {
    decref(keys);
  }
  try {
    for (;;) {
      const key = PyIter_Next(it);
      if (key === null) break;
      try {
        if (override !== 1 && PyDict_Contains(mp, key)) {
          if (override === 0) continue;
          raiseObject(newKeyError(key));
        }
        const value = PyObject_GetItem(b, key);
        try {
          PyDict_SetItem(mp, key, value);
        } finally {
          decref(value);
        }
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

/** The concrete-dict branch of dict_merge (clone when the target is empty and the source clean). */
function mergeFromDict(mp: PyDictObject, other: PyDictObject, override: 0 | 1 | 2): void {
  if (other === mp || other.used === 0) return;
  if (mp.used === 0) {
    // Since the target is empty, no key can exist already.
    override = 1;
    const okeys = other.keys;
    if (other.sharedKeysOf === null && other.used === okeys.nentries &&
      (okeys.log2Size === DictLayout.LOG_MINSIZE || usableFraction((1 << okeys.log2Size) >> 1) < other.used)) {
      // Other is clean, combined and just allocated: clone it.
      const keys = cloneCombinedDictKeys(other);
      const old = mp.keys;
      mp.keys = keys;
      mp.sharedKeysOf = null;
      dictkeysDecref(old);
      mp.used = other.used;
      mp.version++;
      if (isTracked(other) && !isTracked(mp)) gcTrack(mp);
      return;
    }
  }
  // One big resize at the start rather than incremental ones.
  // DK_SIZE of the target: Py_EMPTY_KEYS has one slot, a split table its class's 64.
  const log2 = mp.sharedKeysOf !== null ? DictLayout.LOG2_SHARED_KEYS : mp.keys === EMPTY_KEYS ? 0 : mp.keys.log2Size;
  const usable = usableFraction(1 << log2);
  if (usable < other.used) {
    dictresize(mp, estimateLog2Keysize(mp.used + other.used), other.keys.kind !== DictKind.GENERAL);
  }
  const origSize = other.keys.nentries;
  for (let pos = 0; ; pos++) {
    pos = dictNext(other, pos);
    if (pos < 0) break;
    const dk = other.keys;
    const key = dk.keys[pos]!;
    const value = dk.values[pos]!;
    const hash = dk.hashes[pos];
    incref(key);
    incref(value);
    try {
      if (override === 1) insertdict(mp, newref(key), hash, newref(value));
      else if (dictLookup(mp, key, hash) < 0) insertdict(mp, newref(key), hash, newref(value));
      else if (override === 2) raiseObject(newKeyError(key));
    } finally {
      decref(value);
      decref(key);
    }
    if (origSize !== other.keys.nentries) raise(PyExc_RuntimeError, 'dict mutated during update');
  }
}

/** dict_merge / PyDict_Update from another dict (override existing keys). */
export function dictMergeFromDict(mp: PyDictObject, other: PyDictObject, override = true): void {
  dictMerge(mp, other, override ? 1 : 0);
}

/** PyDict_Update(a, b): dict_merge(a, b, 1) (no sequence-of-pairs fallback). */
export function PyDict_Update(mp: PyDictObject, other: PyObject): void {
  dictMerge(mp, other, 1);
}

/**
 * The VM's DICT_UPDATE ({**x}): PyDict_Update, where a missing keys() reads
 * "'int' object is not a mapping" (CPython 3.11: Python/ceval.c DICT_UPDATE).
 */
export function dictUpdate(mp: PyDictObject, other: PyObject): void {
  try {
    dictMerge(mp, other, 1);
  } catch (e) {
    if (e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_AttributeError)) {
      decref(e.exc);
      raise(PyExc_TypeError, `'${other.ob_type.tp_name}' object is not a mapping`);
    }
    throw e;
  }
}

/**
 * CPython 3.11: Objects/dictobject.c PyDict_MergeFromSeq2: an iterable of 2-item sequences,
 * with CPython's messages for elements that are not pairs.
 */
export function mergeFromSeq2(d: PyDictObject, seq2: PyObject, override: boolean): void {
  const it = PyObject_GetIter(seq2);
  try {
    for (let i = 0; ; i++) {
      const item = PyIter_Next(it);
      if (item === null) break;
      try {
        mergePair(d, item, i, override);
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

function mergePair(d: PyDictObject, item: PyObject, i: number, override: boolean): void {
  let fast: PyListObject | PyTupleObject;
  try {
    fast = sequenceFast(item, '');
  } catch (e) {
    if (e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_TypeError)) {
      decref(e.exc);
      raise(PyExc_TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    throw e;
  }
  try {
    const n = fast.items.length;
    if (n !== 2) raise(PyExc_ValueError, `dictionary update sequence element #${i} has length ${n}; 2 is required`);
    const key = newref(fast.items[0]);
    const value = newref(fast.items[1]);
    try {
      if (override) PyDict_SetItem(d, key, value);
      else PyDict_SetDefault(d, key, value);
    } finally {
      decref(key);
      decref(value);
    }
  } finally {
    decref(fast);
  }
}

/** CPython 3.11: Objects/dictobject.c dict_update_arg: a dict, a mapping with keys(), or pairs. */
export function dictUpdateArg(self: PyDictObject, arg: PyObject): void {
  if (arg.ob_type === PyDict_Type) {
    dictMerge(self, arg, 1);
    return;
  }
  const func = lookupAttrString(arg, 'keys');
  if (func !== null) {
    decref(func);
    dictMerge(self, arg, 1);
    return;
  }
  mergeFromSeq2(self, arg, true);
}

/**
 * dict_update_common for dict(...), dict.__init__ and dict.update: at most one positional
 * argument, then the keywords (each stored as PyDict_SetItem would, in order).
 */
function dictUpdateCommon(self: PyDictObject, args: PyObject[], kwnames: string[] | null, methname: string): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  checkPositional(methname, npos, 0, 1);
  if (npos === 1) dictUpdateArg(self, args[0]);
  if (nkw === 0) return;
  if (methname === 'dict' && self.ob_type === PyDict_Type) {
    // dict_vectorcall stores each keyword with PyDict_SetItem.
    for (let i = 0; i < nkw; i++) PyDict_SetItem(self, internString(kwnames![i]), args[npos + i]);
    return;
  }
  // METH_VARARGS | METH_KEYWORDS: the call machinery builds a kwargs dict (_PyStack_AsDict),
  // which is merged in and dropped.
  const kwds = kwargsDict(args, npos, kwnames!);
  try {
    dictMerge(self, kwds, 1);
  } finally {
    decref(kwds);
  }
}

/** Objects/call.c _PyStack_AsDict (_PyDict_FromItems): the keyword arguments as a new dict. */
function kwargsDict(args: PyObject[], npos: number, kwnames: string[]): PyDictObject {
  const d = dictNewPresized(kwnames.length, true);
  try {
    for (let i = 0; i < kwnames.length; i++) PyDict_SetItem(d, internString(kwnames[i]), args[npos + i]);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

// ---------------------------------------------------------------------------------------------
// Construction
// ---------------------------------------------------------------------------------------------

/**
 * tp_alloc of dict: an exact dict is not tracked (_PyType_AllocNoTrack) and does not come from
 * the free list; subclass instances are made by PyType_GenericAlloc.
 */
PyDict_Type.tp_alloc = (type) => {
  const mp = new PyDictObject(type);
  if (type === PyDict_Type) gcAllocObject(mp, DictLayout.SIZE);
  else finishAlloc(mp, type);
  return mp;
};

/** CPython 3.11: Objects/dictobject.c dict_new */
function dict_new(type: PyTypeObject): PyObject {
  const mp = type.tp_alloc!(type) as PyDictObject;
  mp.used = 0;
  mp.version++;
  mp.keys = EMPTY_KEYS;
  if (type !== PyDict_Type && !isTracked(mp)) gcTrack(mp);
  return mp;
}
PyDict_Type.tp_new = (type) => dict_new(type);

/** CPython 3.11: Objects/dictobject.c dict_init / dict_vectorcall */
PyDict_Type.tp_init = (self, args, kwnames) => dictUpdateCommon(self as PyDictObject, args, kwnames, 'dict');

/**
 * CPython 3.11: Objects/dictobject.c _PyDict_FromKeys (dict.fromkeys): an empty exact dict
 * filled from a dict or a set is resized once up front.
 */
function dictFromKeys(cls: PyObject, iterable: PyObject, value: PyObject): PyObject {
  const d = PyObject_Call(cls, [], null);
  try {
    if (d.ob_type === PyDict_Type && (d as PyDictObject).used === 0) {
      const mp = d as PyDictObject;
      if (iterable.ob_type === PyDict_Type) {
        const src = iterable as PyDictObject;
        dictresize(mp, estimateLog2Keysize(src.used), src.keys.kind !== DictKind.GENERAL);
        for (let pos = dictNext(src, 0); pos >= 0; pos = dictNext(src, pos + 1)) {
          insertdict(mp, newref(src.keys.keys[pos]!), src.keys.hashes[pos], newref(value));
        }
        return d;
      }
      if (iterable.ob_type === PySet_Type || iterable.ob_type === PyFrozenSet_Type) {
        const so = iterable as PySetObject;
        dictresize(mp, estimateLog2Keysize(so.used), false);
        for (let j = setNextEntry(so, 0); j >= 0; j = setNextEntry(so, j + 1)) {
          insertdict(mp, newref(so.keys[j]!), so.hashes[j], newref(value));
        }
        return d;
      }
    }
    const it = PyObject_GetIter(iterable);
    try {
      const exact = d.ob_type === PyDict_Type;
      for (;;) {
        const key = PyIter_Next(it);
        if (key === null) break;
        try {
          if (exact) PyDict_SetItem(d as PyDictObject, key, value);
          else PyObject_SetItem(d, key, value);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Iteration entry points (the iterator and view types are in dictviews.ts)
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/dictobject.c dict_iter */
export function dict_iter(o: PyObject): PyObject {
  return dictiterNew(o as PyDictObject, PyDictIterKey_Type);
}
PyDict_Type.tp_iter = dict_iter;

// ---------------------------------------------------------------------------------------------
// Number protocol: | and |=
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/dictobject.c dict_or */
PyDict_Type.nb_or = (self, other) => {
  if (!(self instanceof PyDictObject) || !(other instanceof PyDictObject)) return newref(Py_NotImplemented);
  const copy = PyDict_Copy(self);
  try {
    dictUpdateArg(copy, other);
  } catch (e) {
    decref(copy);
    throw e;
  }
  return copy;
};

/** CPython 3.11: Objects/dictobject.c dict_ior */
PyDict_Type.nb_inplace_or = (self, other) => {
  dictUpdateArg(self as PyDictObject, other);
  return newref(self);
};

// ---------------------------------------------------------------------------------------------
// Size and methods
// ---------------------------------------------------------------------------------------------

/** getsizeof's part: dict.__sizeof__ (CPython 3.11: _PyDict_SizeOf). */
export function dictSizeOf(mp: PyDictObject): number {
  let res = mp.ob_type.tp_basicsize;
  const shared = mp.sharedKeysOf;
  if (shared !== null && shared.cachedKeys !== null) return res + 8 * (shared.cachedKeys.length + shared.cachedKeysUsable);
  if (mp.keys.refcnt === 1) res += mp.keys.byteSize();
  return res;
}

export function PyDict_Check(o: PyObject): o is PyDictObject {
  return o instanceof PyDictObject;
}

export function raiseKeyError(key: PyObject): never {
  raiseObject(newKeyError(key));
}

const asDict = (o: PyObject) => o as PyDictObject;

/** METH_FASTCALL methods of Argument Clinic: no keywords, a positional range. */
function fastArgs(qualname: string, name: string, args: PyObject[], kw: string[] | null, min: number, max: number): void {
  noKeywords(qualname, kw);
  checkPositional(name, args.length, min, max);
}

PyDict_Type.methods = [
  {
    name: '__contains__',
    fn: (self, args, kw) => PyBool_FromBool(PyDict_Contains(asDict(self), oneArg('dict.__contains__', args, kw))),
  },
  { name: '__getitem__', fn: (self, args, kw) => dict_subscript(self, oneArg('dict.__getitem__', args, kw)) },
  {
    name: '__sizeof__',
    fn: (self, args, kw) => {
      noArgs('dict.__sizeof__', args, kw);
      return PyLong_FromNumber(dictSizeOf(asDict(self)));
    },
  },
  {
    name: 'get',
    fn: (self, args, kw) => {
      fastArgs('dict.get', 'get', args, kw, 1, 2);
      const v = PyDict_GetItemWithError(asDict(self), args[0]);
      return newref(v ?? (args.length > 1 ? args[1] : Py_None));
    },
  },
  {
    name: 'setdefault',
    fn: (self, args, kw) => {
      fastArgs('dict.setdefault', 'setdefault', args, kw, 1, 2);
      return newref(PyDict_SetDefault(asDict(self), args[0], args.length > 1 ? args[1] : Py_None));
    },
  },
  {
    name: 'pop',
    fn: (self, args, kw) => {
      fastArgs('dict.pop', 'pop', args, kw, 1, 2);
      return PyDict_Pop(asDict(self), args[0], args.length > 1 ? args[1] : null);
    },
  },
  {
    name: 'popitem',
    fn: (self, args, kw) => {
      noArgs('dict.popitem', args, kw);
      return dictPopitem(asDict(self));
    },
  },
  {
    name: 'keys',
    fn: (self, args, kw) => {
      noArgs('dict.keys', args, kw);
      return dictviewNew(asDict(self), PyDictKeys_Type);
    },
  },
  {
    name: 'items',
    fn: (self, args, kw) => {
      noArgs('dict.items', args, kw);
      return dictviewNew(asDict(self), PyDictItems_Type);
    },
  },
  {
    name: 'values',
    fn: (self, args, kw) => {
      noArgs('dict.values', args, kw);
      return dictviewNew(asDict(self), PyDictValues_Type);
    },
  },
  {
    name: 'update',
    fn: (self, args, kw) => {
      dictUpdateCommon(asDict(self), args, kw, 'update');
      return none();
    },
  },
  {
    name: 'fromkeys',
    kind: 'class',
    fn: (cls, args, kw) => {
      fastArgs('dict.fromkeys', 'fromkeys', args, kw, 1, 2);
      return dictFromKeys(cls, args[0], args.length > 1 ? args[1] : Py_None);
    },
  },
  {
    name: 'clear',
    fn: (self, args, kw) => {
      noArgs('dict.clear', args, kw);
      PyDict_Clear(asDict(self));
      return none();
    },
  },
  {
    name: 'copy',
    fn: (self, args, kw) => {
      noArgs('dict.copy', args, kw);
      return PyDict_Copy(asDict(self));
    },
  },
  {
    name: '__reversed__',
    fn: (self, args, kw) => {
      noArgs('dict.__reversed__', args, kw);
      return dictiterNew(asDict(self), PyDictRevIterKey_Type);
    },
  },
];

export { PyExc_KeyError, PyExc_AttributeError, raise, PyTupleObject, tupleFromArraySteal };
