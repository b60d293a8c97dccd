/**
 * functools._lru_cache_wrapper and its link type functools._lru_list_elem, the C types of the
 * _functools module that Lib/functools.py's lru_cache wraps a function in.
 * CPython 3.11: Modules/_functoolsmodule.c (lru_list_elem, lru_cache_object, lru_cache_make_key,
 * uncached_lru_cache_wrapper, infinite_lru_cache_wrapper, bounded_lru_cache_wrapper,
 * lru_cache_new, lru_cache_tp_traverse, lru_cache_tp_clear, lru_cache_dealloc, the methods).
 * NON-CPYTHON: the types are static (CPython makes them per module with
 * PyType_FromModuleAndSpec); their instances hold a reference to them as heap-type instances do.
 * The list's root is a JavaScript record instead of the lru_list_elem CPython embeds at the head
 * of the wrapper object (it holds no references either way).
 */
import { type GetSetDef, type MethodDef, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from '../objects/pyobject.ts';
import { type Hash } from '../objects/pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { gcFree, gcUntrack } from '../gc/gcstate.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_OverflowError, PyExc_TypeError } from '../objects/exceptions.ts';
import { Py_None, PyObject_GetAttr, PyObject_IsTrue } from '../objects/object.ts';
import { PyCallable_Check, PyNumber_Index, PyObject_Call, callArgsTuple } from '../objects/abstract.ts';
import { PyUnicode_Type, internString } from '../objects/unicodeobject.ts';
import { PyLong_FromNumber, PyLong_Type } from '../objects/longobject.ts';
import { PyTupleObject, tupleFromArray } from '../objects/tupleobject.ts';
import { PyDictObject, PyDict_Clear, PyDict_New, dictGetKnownHash, dictPopKnownHash, hashOf, insertdict } from '../objects/dictobject.ts';
import { finishAlloc } from '../objects/typeobject.ts';
import { PyMethod_New } from '../objects/classobject.ts';
import { PyObject_ClearWeakRefs, getWeakrefCount } from '../objects/weakrefobject.ts';
import { unpackArgs } from '../objects/getargs.ts';
import { callWithKeywords, genericGetDict, genericSetDict } from './_functools_partial.ts';

export const enum LruLayout {
  /** sizeof(lru_list_elem): header, prev, next, hash, key, result. */
  ELEM_SIZE = 56,
  /**
   * sizeof(lru_cache_object): the root lru_list_elem (56), wrapper, typed (int, padded to 8),
   * cache, hits, func, maxsize, misses, kwd_mark, lru_list_elem_type, cache_info_type, dict,
   * weakreflist.
   */
  WRAPPER_SIZE = 152,
  /** Py_TPFLAGS_DISALLOW_INSTANTIATION */
  DISALLOW_INSTANTIATION = 1 << 7,
}

/** lru_list_elem_type_spec: Py_TPFLAGS_DEFAULT | Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_IMMUTABLETYPE (no GC). */
export const LruListElem_Type: PyTypeObject = registerStaticType(
  newStaticType('functools._lru_list_elem', LruLayout.ELEM_SIZE, 0, LruLayout.DISALLOW_INSTANTIATION | TPFlags.IMMUTABLETYPE),
);

/** lru_cache_type_spec: Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_METHOD_DESCRIPTOR | Py_TPFLAGS_IMMUTABLETYPE */
export const LruCache_Type: PyTypeObject = registerStaticType(
  newStaticType('functools._lru_cache_wrapper', LruLayout.WRAPPER_SIZE, 0, TPFlags.HAVE_GC | TPFlags.IMMUTABLETYPE),
);
LruCache_Type.hasDict = true;
LruCache_Type.hasWeakref = true;

/** The prev/next pointers of a link and of the root (borrowed links). */
interface LruLink {
  prev: LruLink;
  next: LruLink;
}

/** lru_list_elem: a link of a bounded cache's list, the value its cache dict maps the key to. */
export class LruListElem extends PyObject implements LruLink {
  prev: LruLink;
  next: LruLink;
  hash: Hash = 0;
  key: PyObject | null = null;
  result: PyObject | null = null;
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
    this.prev = this;
    this.next = this;
  }
}

type LruWrapper = (self: LruCacheObject, args: PyTupleObject, stack: PyObject[], kwnames: string[] | null) => PyObject;

/** lru_cache_object; the instance dict is `inst.dict` (the kernel's tp_dictoffset). */
export class LruCacheObject extends PyObject {
  root: LruLink;
  wrapper: LruWrapper = uncached_lru_cache_wrapper;
  typed = false;
  cache: PyDictObject | null = null;
  hits = 0;
  func: PyObject | null = null;
  maxsize = 0;
  misses = 0;
  kwd_mark: PyObject | null = null;
  lru_list_elem_type: PyTypeObject | null = null;
  cache_info_type: PyObject | null = null;
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
    const root = { prev: null, next: null } as unknown as LruLink;
    root.prev = root;
    root.next = root;
    this.root = root;
  }
}

// ---------------------------------------------------------------------------------------------
// lru_list_elem
// ---------------------------------------------------------------------------------------------

/** PyObject_New(lru_list_elem, self->lru_list_elem_type): not tracked, holding its (heap) type. */
function newLink(type: PyTypeObject): LruListElem {
  const link = new LruListElem(type);
  finishAlloc(link, type);
  incref(type);
  return link;
}

/** CPython 3.11: Modules/_functoolsmodule.c lru_list_elem_dealloc */
LruListElem_Type.tp_dealloc = (o) => {
  const link = o as LruListElem;
  const tp = link.ob_type;
  xdecref(link.key);
  xdecref(link.result);
  tp.tp_free!(link);
  decref(tp);
};

// ---------------------------------------------------------------------------------------------
// The cache key
// ---------------------------------------------------------------------------------------------

/**
 * CPython 3.11: Modules/_functoolsmodule.c lru_cache_make_key: without keywords nor typed, a lone
 * exact str or int argument is its own key and otherwise the call's argument tuple is; else a
 * flat tuple of the arguments, kwd_mark, the keyword names and values, and (typed) the types of
 * the arguments and of the keyword values.
 */
function lru_cache_make_key(kwdMark: PyObject, args: PyTupleObject, stack: PyObject[], kwnames: string[] | null, typed: boolean): PyObject {
  const kwdsSize = kwnames === null ? 0 : kwnames.length;
  // short path, key will match args anyway, which is a tuple
  if (!typed && kwdsSize === 0) {
    if (args.items.length === 1) {
      const key = args.items[0];
      // For common scalar keys, save space by dropping the enclosing args tuple
      if (key.ob_type === PyUnicode_Type || key.ob_type === PyLong_Type) return newref(key);
    }
    return newref(args);
  }
  const npos = stack.length - kwdsSize;
  const items: PyObject[] = args.items.slice();
  if (kwdsSize > 0) {
    items.push(kwdMark);
    for (let i = 0; i < kwdsSize; i++) items.push(internString(kwnames![i]), stack[npos + i]);
  }
  if (typed) {
    for (const item of args.items) items.push(item.ob_type);
    for (let i = 0; i < kwdsSize; i++) items.push(stack[npos + i].ob_type);
  }
  return tupleFromArray(items);
}

/** PyObject_Call(self->func, args, kwds): the call's tuple and keyword dict. */
function callFunc(self: LruCacheObject, args: PyTupleObject, stack: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  return callWithKeywords(self.func!, args.items, kwnames, stack.slice(stack.length - nkw));
}

/** _PyDict_SetItem_KnownHash */
function setItemKnownHash(mp: PyDictObject, key: PyObject, value: PyObject, hash: Hash): void {
  incref(key);
  incref(value);
  insertdict(mp, key, hash, value);
}

// ---------------------------------------------------------------------------------------------
// The three wrappers
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Modules/_functoolsmodule.c uncached_lru_cache_wrapper (maxsize=0) */
function uncached_lru_cache_wrapper(self: LruCacheObject, args: PyTupleObject, stack: PyObject[], kwnames: string[] | null): PyObject {
  self.misses++;
  return callFunc(self, args, stack, kwnames);
}

/** CPython 3.11: Modules/_functoolsmodule.c infinite_lru_cache_wrapper (maxsize=None): key -> result. */
function infinite_lru_cache_wrapper(self: LruCacheObject, args: PyTupleObject, stack: PyObject[], kwnames: string[] | null): PyObject {
  const key = lru_cache_make_key(self.kwd_mark!, args, stack, kwnames, self.typed);
  try {
    const hash = hashOf(key);
    const cache = self.cache!;
    let result = dictGetKnownHash(cache, key, hash);
    if (result !== null) {
      incref(result);
      self.hits++;
      return result;
    }
    self.misses++;
    result = callFunc(self, args, stack, kwnames);
    try {
      setItemKnownHash(cache, key, result, hash);
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  } finally {
    decref(key);
  }
}

/** CPython 3.11: Modules/_functoolsmodule.c lru_cache_extract_link */
function lru_cache_extract_link(link: LruLink): void {
  const linkPrev = link.prev;
  const linkNext = link.next;
  linkPrev.next = link.next;
  linkNext.prev = link.prev;
}

/** CPython 3.11: Modules/_functoolsmodule.c lru_cache_append_link: the link becomes the newest. */
function lru_cache_append_link(self: LruCacheObject, link: LruLink): void {
  const root = self.root;
  const last = root.prev;
  last.next = root.prev = link;
  link.prev = last;
  link.next = root;
}

/**
 * CPython 3.11: Modules/_functoolsmodule.c bounded_lru_cache_wrapper: key -> link. A hit moves
 * the link to the newest end; a miss calls the function, then adds a new link while the cache
 * is not full, else reuses the oldest link for the new key and result.
 */
function bounded_lru_cache_wrapper(self: LruCacheObject, args: PyTupleObject, stack: PyObject[], kwnames: string[] | null): PyObject {
  const key = lru_cache_make_key(self.kwd_mark!, args, stack, kwnames, self.typed);
  let hash: Hash;
  let result: PyObject;
  try {
    hash = hashOf(key);
    const found = dictGetKnownHash(self.cache!, key, hash) as LruListElem | null;
    if (found !== null) {
      lru_cache_extract_link(found);
      lru_cache_append_link(self, found);
      const r = found.result!;
      self.hits++;
      incref(r);
      decref(key);
      return r;
    }
    self.misses++;
    result = callFunc(self, args, stack, kwnames);
  } catch (e) {
    decref(key);
    throw e;
  }
  let testresult: PyObject | null;
  try {
    testresult = dictGetKnownHash(self.cache!, key, hash);
  } catch (e) {
    // An error in the same lookup: treated as an error in the user function.
    decref(key);
    decref(result);
    throw e;
  }
  if (testresult !== null) {
    // This same key was added to the cache during the call: the link update is already done.
    decref(key);
    return result;
  }
  if (self.cache!.used < self.maxsize || self.root.next === self.root) {
    return addLink(self, key, hash, result);
  }
  return reuseOldestLink(self, key, hash, result);
}

/** bounded_lru_cache_wrapper, cache not full: the key and result go into a new link. */
function addLink(self: LruCacheObject, key: PyObject, hash: Hash, result: PyObject): PyObject {
  const link = newLink(self.lru_list_elem_type!);
  link.hash = hash;
  link.key = key;
  link.result = result;
  try {
    setItemKnownHash(self.cache!, key, link, hash);
  } catch (e) {
    decref(link);
    throw e;
  }
  lru_cache_append_link(self, link);
  incref(result); // for return
  return result;
}

/**
 * bounded_lru_cache_wrapper, cache full: the oldest link is taken out of the list and the dict
 * and gets the new key and result; the old key and result are released last, once the cache is
 * consistent again. If the call removed the oldest key already, the orphan link is dropped.
 */
function reuseOldestLink(self: LruCacheObject, key: PyObject, hash: Hash, result: PyObject): PyObject {
  const link = self.root.next as LruListElem;
  lru_cache_extract_link(link);
  let popresult: PyObject | null;
  try {
    popresult = dictPopKnownHash(self.cache!, link.key!, link.hash);
  } catch (e) {
    // lru_cache_prepend_link: restored as the oldest link.
    const root = self.root;
    const first = root.next;
    first.prev = root.next = link;
    link.prev = root;
    link.next = first;
    decref(key);
    decref(result);
    throw e;
  }
  if (popresult === null) {
    decref(link);
    decref(key);
    return result;
  }
  const oldkey = link.key!;
  const oldresult = link.result!;
  link.hash = hash;
  link.key = key;
  link.result = result;
  try {
    setItemKnownHash(self.cache!, key, link, hash);
  } catch (e) {
    decref(popresult);
    decref(link);
    decref(oldkey);
    decref(oldresult);
    throw e;
  }
  lru_cache_append_link(self, link);
  incref(result); // for return
  decref(popresult);
  decref(oldresult);
  decref(oldkey);
  return result;
}

// ---------------------------------------------------------------------------------------------
// The wrapper type
// ---------------------------------------------------------------------------------------------

let kwdMark: PyObject | null = null;

/** The _functools module state's kwd_mark (an `object()` made when the module is). */
export function setLruKwdMark(mark: PyObject): void {
  kwdMark = mark;
}

const LRU_KEYWORDS = ['user_function', 'maxsize', 'typed', 'cache_info_type'];

/**
 * CPython 3.11: Modules/_functoolsmodule.c lru_cache_new: `_lru_cache_wrapper(user_function,
 * maxsize, typed, cache_info_type)`; maxsize None picks the unbounded wrapper, 0 (or less) the
 * uncached one, any other int the bounded one. The cache dict is made before the object.
 */
function lru_cache_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [func, maxsizeO, typedO, cacheInfoType] = unpackArgs('lru_cache', args, kwnames, LRU_KEYWORDS, 4) as PyObject[];
  const typed = PyObject_IsTrue(typedO);
  if (!PyCallable_Check(func)) raise(PyExc_TypeError, 'the first argument must be callable');
  let wrapper: LruWrapper;
  let maxsize: number;
  if (maxsizeO === Py_None) {
    wrapper = infinite_lru_cache_wrapper;
    maxsize = -1;
  } else if (maxsizeO.ob_type.nb_index !== null || maxsizeO.ob_type === PyLong_Type) {
    maxsize = Math.max(asSsize(maxsizeO), 0);
    wrapper = maxsize === 0 ? uncached_lru_cache_wrapper : bounded_lru_cache_wrapper;
  } else {
    raise(PyExc_TypeError, 'maxsize should be integer or None');
  }
  const cachedict = PyDict_New();
  const obj = new LruCacheObject(type);
  finishAlloc(obj, type);
  incref(type);
  obj.wrapper = wrapper;
  obj.typed = typed;
  obj.cache = cachedict;
  obj.func = newref(func);
  obj.maxsize = maxsize;
  obj.kwd_mark = newref(kwdMark!);
  obj.lru_list_elem_type = newref(LruListElem_Type);
  obj.cache_info_type = newref(cacheInfoType);
  return obj;
}

/** PyNumber_AsSsize_t(maxsize_O, PyExc_OverflowError) */
function asSsize(o: PyObject): number {
  const i = PyNumber_Index(o);
  try {
    const v = i.v;
    if (typeof v === 'bigint') raise(PyExc_OverflowError, `cannot fit '${o.ob_type.tp_name}' into an index-sized integer`);
    return v;
  } finally {
    decref(i);
  }
}

/**
 * CPython 3.11: Modules/_functoolsmodule.c lru_cache_call: `self->wrapper(self, args, kwds)`.
 * The type has no vectorcall: the call's tuple is _PyObject_MakeTpCall's (the key of a call
 * with several positional arguments).
 */
function lru_cache_call(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const lru = self as LruCacheObject;
  const pos = kwnames === null || kwnames.length === 0 ? args : args.slice(0, args.length - kwnames.length);
  const tuple = callArgsTuple(pos);
  if (tuple !== null) return lru.wrapper(lru, tuple, args, kwnames);
  const own = tupleFromArray(pos);
  try {
    return lru.wrapper(lru, own, args, kwnames);
  } finally {
    decref(own);
  }
}

/** CPython 3.11: Modules/_functoolsmodule.c lru_cache_unlink_list: detaches the list (null if empty). */
function lru_cache_unlink_list(self: LruCacheObject): LruListElem | null {
  const root = self.root;
  const link = root.next;
  if (link === root) return null;
  (root.prev as { next: LruLink | null }).next = null;
  root.next = root.prev = root;
  return link as LruListElem;
}

/** CPython 3.11: Modules/_functoolsmodule.c lru_cache_clear_list: releases the links, oldest first. */
function lru_cache_clear_list(first: LruListElem | null): void {
  let link = first;
  while (link !== null) {
    const next = link.next as LruListElem | null;
    decref(link);
    link = next;
  }
}

/** CPython 3.11: Modules/_functoolsmodule.c lru_cache_cache_info */
function lru_cache_cache_info(self: PyObject): PyObject {
  const lru = self as LruCacheObject;
  const maxsize = lru.maxsize === -1 ? newref(Py_None) : PyLong_FromNumber(lru.maxsize);
  const values = [PyLong_FromNumber(lru.hits), PyLong_FromNumber(lru.misses), maxsize, PyLong_FromNumber(lru.cache!.used)];
  try {
    return PyObject_Call(lru.cache_info_type!, values, null);
  } finally {
    for (const v of values) decref(v);
  }
}

/** CPython 3.11: Modules/_functoolsmodule.c lru_cache_cache_clear */
function lru_cache_cache_clear(self: PyObject): PyObject {
  const lru = self as LruCacheObject;
  const list = lru_cache_unlink_list(lru);
  lru.hits = lru.misses = 0;
  PyDict_Clear(lru.cache!);
  lru_cache_clear_list(list);
  return newref(Py_None);
}

/** CPython 3.11: Modules/_functoolsmodule.c lru_cache_tp_clear */
function lru_cache_tp_clear(o: PyObject): void {
  const lru = o as LruCacheObject;
  const list = lru_cache_unlink_list(lru);
  const cache = lru.cache;
  lru.cache = null;
  xdecref(cache);
  const func = lru.func;
  lru.func = null;
  xdecref(func);
  const mark = lru.kwd_mark;
  lru.kwd_mark = null;
  xdecref(mark);
  const elemType = lru.lru_list_elem_type;
  lru.lru_list_elem_type = null;
  xdecref(elemType);
  const info = lru.cache_info_type;
  lru.cache_info_type = null;
  xdecref(info);
  const dict = lru.inst === null ? null : lru.inst.dict;
  if (dict !== null) {
    lru.inst!.dict = null;
    decref(dict);
  }
  lru_cache_clear_list(list);
}

/** CPython 3.11: Modules/_functoolsmodule.c lru_cache_dealloc */
function lru_cache_dealloc(o: PyObject): void {
  const tp = o.ob_type;
  // bpo-31095: UnTrack is needed before calling any callbacks
  gcUntrack(o);
  if (getWeakrefCount(o) > 0) PyObject_ClearWeakRefs(o);
  lru_cache_tp_clear(o);
  tp.tp_free!(o);
  decref(tp);
}

/**
 * CPython 3.11: Modules/_functoolsmodule.c lru_cache_tp_traverse: the type, each link's key,
 * result and type oldest first (the links are not GC objects), then the cache dict, the
 * function, kwd_mark, the link type, the CacheInfo type and the dict.
 */
function lru_cache_tp_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const lru = o as LruCacheObject;
  visit(lru.ob_type);
  for (let link = lru.root.next; link !== lru.root; link = link.next) {
    const elem = link as LruListElem;
    if (elem.key !== null) visit(elem.key);
    if (elem.result !== null) visit(elem.result);
    visit(elem.ob_type);
  }
  if (lru.cache !== null) visit(lru.cache);
  if (lru.func !== null) visit(lru.func);
  if (lru.kwd_mark !== null) visit(lru.kwd_mark);
  if (lru.lru_list_elem_type !== null) visit(lru.lru_list_elem_type);
  if (lru.cache_info_type !== null) visit(lru.cache_info_type);
  const dict = lru.inst === null ? null : lru.inst.dict;
  if (dict !== null) visit(dict);
}

/** CPython 3.11: Modules/_functoolsmodule.c lru_cache_descr_get: a bound method on an instance. */
function lru_cache_descr_get(self: PyObject, obj: PyObject | null): PyObject {
  if (obj === null || obj === Py_None) return newref(self);
  return PyMethod_New(self, obj);
}

/** lru_cache_methods */
const lruCacheMethods: MethodDef[] = [
  { name: 'cache_info', fn: (self) => lru_cache_cache_info(self) },
  { name: 'cache_clear', fn: (self) => lru_cache_cache_clear(self) },
  // lru_cache_reduce: pickled by qualified name.
  { name: '__reduce__', fn: (self) => PyObject_GetAttr(self, internString('__qualname__')) },
  { name: '__copy__', fn: (self) => newref(self) },
  { name: '__deepcopy__', fn: (self) => newref(self) },
];

/** lru_cache_getsetlist */
const lruCacheGetsets: GetSetDef[] = [{ name: '__dict__', get: genericGetDict, set: genericSetDict }];

LruCache_Type.tp_new = lru_cache_new;
LruCache_Type.tp_call = lru_cache_call;
LruCache_Type.tp_descr_get = lru_cache_descr_get;
LruCache_Type.tp_traverse = lru_cache_tp_traverse;
LruCache_Type.tp_clear = lru_cache_tp_clear;
LruCache_Type.tp_dealloc = lru_cache_dealloc;
LruCache_Type.tp_free = gcFree;
LruCache_Type.methods = lruCacheMethods;
LruCache_Type.getsets = lruCacheGetsets;
