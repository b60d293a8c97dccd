/**
 * Weak references: weakref.ref (ReferenceType, subclassable), weakref.proxy (ProxyType and
 * CallableProxyType), the per-object list of weak references, and clearing them when the
 * referent dies (by refcount, or in a collection through handleWeakrefs).
 * CPython 3.11: Objects/weakrefobject.c, Include/cpython/weakrefobject.h,
 * Modules/gcmodule.c (handle_weakrefs).
 *
 * NON-CPYTHON: CPython keeps the head of an object's weak-reference list inside the object, at
 * tp_weaklistoffset. Kernel objects have no such field, so the heads live in a Map keyed by the
 * referent; `type.hasWeakref` stands for a non-zero tp_weaklistoffset.
 */
import { CompareOp, type Hash, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack, gcstate, isTracked } from '../gc/gcstate.ts';
import { GcFlag, gcListIsEmpty, gcListMove } from '../gc/collect.ts';
import { makeListHead } from '../gc/gcstate.ts';
import { PyErr, raise } from '../vm/errors.ts';
import { PyExc_ReferenceError, PyExc_TypeError } from './exceptions.ts';
import {
  PyObject_GetAttr, PyObject_Hash, PyObject_HashNotImplemented, PyObject_IsTrue, PyObject_Repr, PyObject_RichCompare,
  PyObject_SetAttr, PyObject_Str, Py_None, Py_NotImplemented, _PyObject_LookupAttr, hexAddr, none,
} from './object.ts';
import { PyUnicodeObject, PyUnicode_FromString, internString } from './unicodeobject.ts';
import {
  PyCallable_Check, PyNumber_Absolute, PyNumber_Add, PyNumber_Index, PyNumber_InPlacePower, PyNumber_Invert,
  PyNumber_Multiply, PyNumber_Negative, PyNumber_Positive, PyNumber_Power, PyObject_Call, PyObject_DelItem,
  PyObject_GetItem, PyObject_GetIter, PyObject_SetItem, PyObject_Size, PySequence_Contains, binary_iop, binary_op,
  callMethod, callOneArg, type InplaceSlot, type NbSlot,
} from './abstract.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { PyDictObject, PyDict_DelItem, PyDict_New, PyDict_SetItem } from './dictobject.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { PyTupleObject, tupleNewUnfilled } from './tupleobject.ts';
import { finishAlloc } from './typeobject.ts';
import { checkPositional, noKeywords } from './getargs.ts';
import { writeUnraisable } from '../host/init.ts';
import { PyNumber_Long } from './long_methods.ts';
import { PyNumber_Float } from './float_methods.ts';

export const enum WeakrefLayout {
  /**
   * sizeof(PyWeakReference): header 16, wr_object, wr_callback, hash, wr_prev, wr_next,
   * vectorcall (8 each). sys.getsizeof adds the 16-byte GC head: 80.
   */
  SIZE = 64,
  /** The GC head before the object (no managed dict: ref subclasses in the kernel use slots or a dict pre-header). */
  GC_HEAD = 16,
}

export const PyWeakref_RefType: PyTypeObject = registerStaticType(
  newStaticType('weakref.ReferenceType', WeakrefLayout.SIZE, 0, TPFlags.HAVE_GC | TPFlags.BASETYPE),
);
/** Py_TPFLAGS_DISALLOW_INSTANTIATION: proxies are made by weakref.proxy() only. */
const enum ProxyFlags {
  DISALLOW_INSTANTIATION = 1 << 7,
}
export const PyWeakref_ProxyType: PyTypeObject = registerStaticType(
  newStaticType('weakref.ProxyType', WeakrefLayout.SIZE, 0, TPFlags.HAVE_GC | ProxyFlags.DISALLOW_INSTANTIATION),
);
export const PyWeakref_CallableProxyType: PyTypeObject = registerStaticType(
  newStaticType('weakref.CallableProxyType', WeakrefLayout.SIZE, 0, TPFlags.HAVE_GC | ProxyFlags.DISALLOW_INSTANTIATION),
);

/** A weak reference (also a proxy): PyWeakReference. */
export class PyWeakReference extends PyObject {
  /** The referent, or Py_None once cleared (the reference to None is not counted, as in CPython). */
  wr_object: PyObject;
  /** The callback (a counted reference) or null. */
  wr_callback: PyObject | null = null;
  /** The referent's hash once computed (-1 in CPython until then). */
  hash: Hash | null = null;
  /** Neighbours in the referent's list of weak references. */
  wr_prev: PyWeakReference | null = null;
  wr_next: PyWeakReference | null = null;
  constructor(type: PyTypeObject, ob: PyObject) {
    super(type, false);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.wr_object = ob;
  }
}

/** Heads of the weak-reference lists (the value at tp_weaklistoffset), by referent. */
const weaklists = new Map<PyObject, PyWeakReference>();
/** The interpreter (gcstate.epoch) whose objects the map holds. */
let weaklistsEpoch = -1;

/** Forgets every list head: a new interpreter starts with a new heap. */
export function resetWeakrefLists(): void {
  weaklists.clear();
}

/** Number of objects that currently have weak references (for invariants and tests). */
export function weaklyReferencedCount(): number {
  return weaklists.size;
}

function getHead(o: PyObject): PyWeakReference | null {
  return weaklists.get(o) ?? null;
}

function setHead(o: PyObject, wr: PyWeakReference | null): void {
  if (wr === null) weaklists.delete(o);
  else {
    // A new interpreter forgets the lists of the previous one's objects.
    if (weaklistsEpoch !== gcstate.epoch) {
      weaklists.clear();
      weaklistsEpoch = gcstate.epoch;
    }
    weaklists.set(o, wr);
  }
}

/** _PyType_SUPPORTS_WEAKREFS */
export function typeSupportsWeakrefs(t: PyTypeObject): boolean {
  return t.hasWeakref;
}

/** PyWeakref_Check: refs, their subclasses and proxies. */
export function PyWeakref_Check(o: PyObject): o is PyWeakReference {
  return o instanceof PyWeakReference;
}

function isRefExact(o: PyObject): boolean {
  return o.ob_type === PyWeakref_RefType;
}

function isProxy(o: PyObject): boolean {
  return o.ob_type === PyWeakref_ProxyType || o.ob_type === PyWeakref_CallableProxyType;
}

// ---------------------------------------------------------------------------------------------
// The list of weak references of an object
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/weakrefobject.c init_weakref */
function initWeakref(self: PyWeakReference, ob: PyObject, callback: PyObject | null): void {
  self.hash = null;
  self.wr_object = ob;
  self.wr_prev = null;
  self.wr_next = null;
  self.wr_callback = callback;
  if (callback !== null) incref(callback);
}

/** CPython 3.11: Objects/weakrefobject.c _PyWeakref_GetWeakrefCount */
export function weakrefCount(head: PyWeakReference | null): number {
  let count = 0;
  for (let wr = head; wr !== null; wr = wr.wr_next) count++;
  return count;
}

/**
 * CPython 3.11: Objects/weakrefobject.c clear_weakref: unlinks the weakref from its referent's
 * list (it then refers to None) and drops the callback.
 */
function clearWeakref(self: PyWeakReference): void {
  const callback = self.wr_callback;
  if (self.wr_object !== Py_None) {
    const ob = self.wr_object;
    if (getHead(ob) === self) setHead(ob, self.wr_next);
    self.wr_object = Py_None;
    if (self.wr_prev !== null) self.wr_prev.wr_next = self.wr_next;
    if (self.wr_next !== null) self.wr_next.wr_prev = self.wr_prev;
    self.wr_prev = null;
    self.wr_next = null;
  }
  if (callback !== null) {
    self.wr_callback = null;
    decref(callback);
  }
}

/**
 * NON-CPYTHON: told of each weak reference cleared because its referent dies (or the collector
 * clears it), with the referent, while a diagram recorder watches (kernel/observe/); null
 * otherwise. A weakref that dies itself (weakref_dealloc, weakref_clear) is not reported.
 */
export let weakrefClearObserver: ((wr: PyWeakReference, referent: PyObject) => void) | null = null;
export function setWeakrefClearObserver(f: ((wr: PyWeakReference, referent: PyObject) => void) | null): void {
  weakrefClearObserver = f;
}

/**
 * CPython 3.11: Objects/weakrefobject.c _PyWeakref_ClearRef: clears the reference but keeps the
 * callback (the collector decides later whether to call it).
 */
export function _PyWeakref_ClearRef(self: PyWeakReference): void {
  const callback = self.wr_callback;
  self.wr_callback = null;
  if (weakrefClearObserver !== null && self.wr_object !== Py_None) weakrefClearObserver(self, self.wr_object);
  clearWeakref(self);
  self.wr_callback = callback;
}

/**
 * CPython 3.11: Objects/weakrefobject.c get_basic_refs: the callback-less ref and proxy, which
 * are kept first in the list so that they can be shared.
 */
function getBasicRefs(head: PyWeakReference | null): [PyWeakReference | null, PyWeakReference | null] {
  let ref: PyWeakReference | null = null;
  let proxy: PyWeakReference | null = null;
  if (head !== null && head.wr_callback === null) {
    // The basic ref must be an exact ref, not an instance of a subclass.
    if (isRefExact(head)) {
      ref = head;
      head = head.wr_next;
    }
    if (head !== null && head.wr_callback === null && isProxy(head)) proxy = head;
  }
  return [ref, proxy];
}

/** CPython 3.11: Objects/weakrefobject.c insert_after */
function insertAfter(newref: PyWeakReference, prev: PyWeakReference): void {
  newref.wr_prev = prev;
  newref.wr_next = prev.wr_next;
  if (prev.wr_next !== null) prev.wr_next.wr_prev = newref;
  prev.wr_next = newref;
}

/** CPython 3.11: Objects/weakrefobject.c insert_head */
function insertHead(newref: PyWeakReference, ob: PyObject): void {
  const next = getHead(ob);
  newref.wr_prev = null;
  newref.wr_next = next;
  if (next !== null) next.wr_prev = newref;
  setHead(ob, newref);
}

/** Inserts a ref with a callback, a subclass instance or a proxy after the basic ref and proxy. */
function insertAfterBasic(self: PyWeakReference, ob: PyObject): void {
  const [ref, proxy] = getBasicRefs(getHead(ob));
  const prev = proxy === null ? ref : proxy;
  if (prev === null) insertHead(self, ob);
  else insertAfter(self, prev);
}

function cannotWeaklyReference(ob: PyObject): never {
  raise(PyExc_TypeError, `cannot create weak reference to '${ob.ob_type.tp_name}' object`);
}

// ---------------------------------------------------------------------------------------------
// Creating weak references
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/weakrefobject.c new_weakref: an exact ref or proxy, tracked, not yet in the list. */
function newWeakrefObject(type: PyTypeObject, ob: PyObject, callback: PyObject | null): PyWeakReference {
  const self = new PyWeakReference(type, ob);
  gcAllocObject(self, WeakrefLayout.SIZE, WeakrefLayout.GC_HEAD);
  initWeakref(self, ob, callback);
  gcTrack(self);
  return self;
}

/** tp_alloc of ReferenceType: PyType_GenericAlloc, for the type and its subclasses. */
function weakrefAlloc(type: PyTypeObject): PyObject {
  const self = new PyWeakReference(type, Py_None);
  finishAlloc(self, type);
  return self;
}

/** The managed-dict pre-header of a subclass instance, if any, plus the GC head. */
function preheaderOf(type: PyTypeObject): number {
  return WeakrefLayout.GC_HEAD + ((type.tp_flags & TPFlags.MANAGED_DICT) !== 0 ? 16 : 0);
}

/** CPython 3.11: Objects/weakrefobject.c parse_weakref_init_args (kwargs are refused by the caller). */
function parseInitArgs(funcname: string, args: PyObject[], kwnames: string[] | null): [PyObject, PyObject | null] {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  checkPositional(funcname, npos, 1, 2);
  return [args[0], npos > 1 ? args[1] : null];
}

/** CPython 3.11: Objects/weakrefobject.c weakref___new__ */
function weakref_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [ob, cb] = parseInitArgs('__new__', args, kwnames);
  noKeywords('ref', kwnames);
  if (!typeSupportsWeakrefs(ob.ob_type)) cannotWeaklyReference(ob);
  const callback = cb === Py_None ? null : cb;
  if (callback === null && type === PyWeakref_RefType) {
    const [ref] = getBasicRefs(getHead(ob));
    // An existing callback-less ref is shared.
    if (ref !== null) return newref(ref);
  }
  // tp_alloc may run a collection, which may change the list: the basic refs are found again.
  const self = type.tp_alloc!(type) as PyWeakReference;
  initWeakref(self, ob, callback);
  if (callback === null && type === PyWeakref_RefType) insertHead(self, ob);
  else insertAfterBasic(self, ob);
  return self;
}

/** CPython 3.11: Objects/weakrefobject.c weakref___init__ (checks the arguments only). */
function weakref_init(_self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  parseInitArgs('__init__', args, kwnames);
}

/** CPython 3.11: Objects/weakrefobject.c PyWeakref_NewRef (the C API: no subclass, shares the basic ref). */
export function PyWeakref_NewRef(ob: PyObject, callback: PyObject | null): PyWeakReference {
  if (!typeSupportsWeakrefs(ob.ob_type)) cannotWeaklyReference(ob);
  if (callback === Py_None) callback = null;
  const [basic] = getBasicRefs(getHead(ob));
  if (callback === null && basic !== null) return newref(basic);
  // new_weakref may run a collection, which may change the list: the basic refs are found again.
  const result = newWeakrefObject(PyWeakref_RefType, ob, callback);
  const [ref, proxy] = getBasicRefs(getHead(ob));
  if (callback === null) {
    if (ref === null) insertHead(result, ob);
    else {
      // Someone else added a basic ref during the collection: return that one.
      decref(result);
      return newref(ref);
    }
  } else {
    const prev = proxy === null ? ref : proxy;
    if (prev === null) insertHead(result, ob);
    else insertAfter(result, prev);
  }
  return result;
}

/** CPython 3.11: Objects/weakrefobject.c PyWeakref_NewProxy */
export function PyWeakref_NewProxy(ob: PyObject, callback: PyObject | null): PyWeakReference {
  if (!typeSupportsWeakrefs(ob.ob_type)) cannotWeaklyReference(ob);
  if (callback === Py_None) callback = null;
  let [ref, proxy] = getBasicRefs(getHead(ob));
  if (callback === null && proxy !== null) return newref(proxy);
  const type = PyCallable_Check(ob) ? PyWeakref_CallableProxyType : PyWeakref_ProxyType;
  const result = newWeakrefObject(type, ob, callback);
  [ref, proxy] = getBasicRefs(getHead(ob));
  let prev: PyWeakReference | null;
  if (callback === null) {
    if (proxy !== null) {
      // Someone else added a basic proxy during a collection: return that one.
      decref(result);
      return newref(proxy);
    }
    prev = ref;
  } else prev = proxy === null ? ref : proxy;
  if (prev === null) insertHead(result, ob);
  else insertAfter(result, prev);
  return result;
}

/** PyWeakref_GetObject as a new reference: the referent, or None. */
export function weakrefReferent(wr: PyWeakReference): PyObject {
  return newref(wr.wr_object);
}

// ---------------------------------------------------------------------------------------------
// ReferenceType slots
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/weakrefobject.c weakref_dealloc */
function weakref_dealloc(o: PyObject): void {
  const self = o as PyWeakReference;
  gcUntrack(self);
  clearWeakref(self);
  self.ob_type.tp_free!(self);
}

/** CPython 3.11: Objects/weakrefobject.c gc_traverse: only the callback is a reference. */
function weakref_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const cb = (o as PyWeakReference).wr_callback;
  if (cb !== null) visit(cb);
}

/** CPython 3.11: Objects/weakrefobject.c gc_clear */
function weakref_clear(o: PyObject): void {
  clearWeakref(o as PyWeakReference);
}

/** CPython 3.11: Objects/weakrefobject.c weakref_vectorcall: `r()` returns the referent or None. */
function weakref_call(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  noKeywords('weakref', kwnames);
  checkPositional('weakref', args.length, 0, 0);
  return newref((o as PyWeakReference).wr_object);
}

/** CPython 3.11: Objects/weakrefobject.c weakref_hash: the referent's hash, cached. */
function weakref_hash(o: PyObject): Hash {
  const self = o as PyWeakReference;
  if (self.hash !== null) return self.hash;
  const obj = self.wr_object;
  if (obj === Py_None) raise(PyExc_TypeError, 'weak object has gone away');
  incref(obj);
  try {
    self.hash = PyObject_Hash(obj);
  } finally {
    decref(obj);
  }
  return self.hash;
}

/** CPython 3.11: Objects/weakrefobject.c weakref_repr */
function weakref_repr(o: PyObject): PyObject {
  const self = o as PyWeakReference;
  const obj = self.wr_object;
  if (obj === Py_None) return PyUnicode_FromString(`<weakref at ${hexAddr(self)}; dead>`);
  incref(obj);
  try {
    const name = _PyObject_LookupAttr(obj, internString('__name__'));
    try {
      const to = `to '${obj.ob_type.tp_name}' at ${hexAddr(obj)}`;
      if (name === null || !(name instanceof PyUnicodeObject)) {
        return PyUnicode_FromString(`<weakref at ${hexAddr(self)}; ${to}>`);
      }
      return PyUnicode_FromString(`<weakref at ${hexAddr(self)}; ${to} (${name.s})>`);
    } finally {
      xdecref(name);
    }
  } finally {
    decref(obj);
  }
}

/**
 * CPython 3.11: Objects/weakrefobject.c weakref_richcompare: live refs compare their referents,
 * dead ones compare by identity; only == and != are defined.
 */
function weakref_richcompare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !PyWeakref_Check(self) || !PyWeakref_Check(other)) {
    return newref(Py_NotImplemented);
  }
  const a = self.wr_object;
  const b = other.wr_object;
  if (a === Py_None || b === Py_None) {
    let res = self === other;
    if (op === CompareOp.NE) res = !res;
    return PyBool_FromBool(res);
  }
  incref(a);
  incref(b);
  try {
    return PyObject_RichCompare(a, b, op);
  } finally {
    decref(a);
    decref(b);
  }
}

PyWeakref_RefType.tp_dealloc = weakref_dealloc;
PyWeakref_RefType.tp_traverse = weakref_traverse;
PyWeakref_RefType.tp_clear = weakref_clear;
PyWeakref_RefType.tp_call = weakref_call;
PyWeakref_RefType.tp_hash = weakref_hash;
PyWeakref_RefType.tp_repr = weakref_repr;
PyWeakref_RefType.tp_richcompare = weakref_richcompare;
PyWeakref_RefType.tp_new = weakref_new;
PyWeakref_RefType.tp_init = weakref_init;
PyWeakref_RefType.tp_alloc = weakrefAlloc;
PyWeakref_RefType.tp_free = (o) => gcDel(o, preheaderOf(o.ob_type));
PyWeakref_RefType.getsets = [
  {
    // The member __callback__ (T_OBJECT, READONLY): None when there is none.
    name: '__callback__',
    get: (o) => newref((o as PyWeakReference).wr_callback ?? Py_None),
  },
];

// ---------------------------------------------------------------------------------------------
// Proxies
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/weakrefobject.c proxy_checkref */
function proxyCheckref(proxy: PyWeakReference): boolean {
  if (proxy.wr_object === Py_None) raise(PyExc_ReferenceError, 'weakly-referenced object no longer exists');
  return true;
}

/** UNWRAP: a proxy stands for its referent (a live one, or ReferenceError). Borrowed. */
function unwrap(o: PyObject): PyObject {
  if (o instanceof PyWeakReference && isProxy(o)) {
    proxyCheckref(o);
    return o.wr_object;
  }
  return o;
}

/** Runs f on the unwrapped operands, holding references to them during the call (WRAP_*). */
function withReferents<T>(operands: PyObject[], f: (objs: PyObject[]) => T): T {
  const objs = operands.map(unwrap);
  for (const o of objs) incref(o);
  try {
    return f(objs);
  } finally {
    for (const o of objs) decref(o);
  }
}

function wrapUnary(fn: (o: PyObject) => PyObject): (o: PyObject) => PyObject {
  return (o) => withReferents([o], ([x]) => fn(x));
}

function wrapBinary(fn: (a: PyObject, b: PyObject) => PyObject): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => withReferents([a, b], ([x, y]) => fn(x, y));
}

const binarySlots: [NbSlot, InplaceSlot | null, string][] = [
  ['nb_subtract', 'nb_inplace_subtract', '-='],
  ['nb_remainder', 'nb_inplace_remainder', '%='],
  ['nb_divmod', null, ''],
  ['nb_lshift', 'nb_inplace_lshift', '<<='],
  ['nb_rshift', 'nb_inplace_rshift', '>>='],
  ['nb_and', 'nb_inplace_and', '&='],
  ['nb_xor', 'nb_inplace_xor', '^='],
  ['nb_or', 'nb_inplace_or', '|='],
  ['nb_floor_divide', 'nb_inplace_floor_divide', '//='],
  ['nb_true_divide', 'nb_inplace_true_divide', '/='],
  ['nb_matrix_multiply', 'nb_inplace_matrix_multiply', '@='],
];

/** CPython 3.11: Objects/weakrefobject.c proxy_repr */
function proxy_repr(o: PyObject): PyObject {
  const self = o as PyWeakReference;
  const obj = self.wr_object;
  return PyUnicode_FromString(`<weakproxy at ${hexAddr(self)} to ${obj.ob_type.tp_name} at ${hexAddr(obj)}>`);
}

/** CPython 3.11: Objects/weakrefobject.c proxy_iternext */
function proxy_iternext(o: PyObject): PyObject | null {
  const self = o as PyWeakReference;
  proxyCheckref(self);
  const obj = self.wr_object;
  const next = obj.ob_type.tp_iternext;
  if (next === null) {
    raise(PyExc_TypeError, `Weakref proxy referenced a non-iterator '${obj.ob_type.tp_name}' object`);
  }
  incref(obj);
  try {
    return next(obj);
  } finally {
    decref(obj);
  }
}

/** The proxy's behaviour: every operation is forwarded to the referent. */
function fillProxyType(t: PyTypeObject): void {
  t.tp_dealloc = weakref_dealloc;
  t.tp_traverse = weakref_traverse;
  t.tp_clear = weakref_clear;
  t.tp_free = (o) => gcDel(o, WeakrefLayout.GC_HEAD);
  t.tp_repr = proxy_repr;
  t.tp_str = wrapUnary(PyObject_Str);
  t.tp_hash = PyObject_HashNotImplemented;
  t.tp_getattro = wrapBinary(PyObject_GetAttr);
  t.tp_getattro_opt = (o, name) => withReferents([o], ([x]) => _PyObject_LookupAttr(x, name as PyUnicodeObject));
  t.tp_new = (type) => raise(PyExc_TypeError, `cannot create '${type.tp_name}' instances`);
  t.tp_setattro = (o, name, value) =>
    withReferents([o], ([x]) => {
      PyObject_SetAttr(x, name, value);
    });
  t.tp_richcompare = (a, b, op) => withReferents([a, b], ([x, y]) => PyObject_RichCompare(x, y, op));
  t.tp_iter = wrapUnary((x) => PyObject_GetIter(x));
  t.tp_iternext = proxy_iternext;
  t.nb_bool = (o) => withReferents([o], ([x]) => PyObject_IsTrue(x));
  t.mp_length = (o) => withReferents([o], ([x]) => PyObject_Size(x));
  t.sq_contains = (o, v) => withReferents([o, v], ([x, y]) => PySequence_Contains(x, y));
  t.mp_subscript = wrapBinary(PyObject_GetItem);
  t.mp_ass_subscript = (o, key, value) =>
    withReferents([o, key], ([x, k]) => {
      if (value === null) PyObject_DelItem(x, k);
      else PyObject_SetItem(x, k, value);
    });
  t.nb_negative = wrapUnary(PyNumber_Negative);
  t.nb_positive = wrapUnary(PyNumber_Positive);
  t.nb_absolute = wrapUnary(PyNumber_Absolute);
  t.nb_invert = wrapUnary(PyNumber_Invert);
  t.nb_int = wrapUnary(PyNumber_Long);
  t.nb_float = wrapUnary(PyNumber_Float);
  t.nb_index = wrapUnary(PyNumber_Index);
  t.nb_add = wrapBinary(PyNumber_Add);
  t.nb_multiply = wrapBinary(PyNumber_Multiply);
  t.nb_power = (a, b, c) => withReferents([a, b, c], ([x, y, z]) => PyNumber_Power(x, y, z));
  t.nb_inplace_add = wrapBinary((x, y) => binary_iop(x, y, 'nb_inplace_add', 'nb_add', '+='));
  t.nb_inplace_multiply = wrapBinary((x, y) => binary_iop(x, y, 'nb_inplace_multiply', 'nb_multiply', '*='));
  t.nb_inplace_power = (a, b) => withReferents([a, b], ([x, y]) => PyNumber_InPlacePower(x, y));
  for (const [slot, islot, symbol] of binarySlots) {
    t[slot] = wrapBinary((x, y) => binary_op(x, y, slot));
    if (islot !== null) t[islot] = wrapBinary((x, y) => binary_iop(x, y, islot, slot, symbol));
  }
  t.methods = [
    { name: '__bytes__', fn: (o) => withReferents([o], ([x]) => callMethod(x, '__bytes__', [])) },
    { name: '__reversed__', fn: (o) => withReferents([o], ([x]) => callMethod(x, '__reversed__', [])) },
  ];
}

fillProxyType(PyWeakref_ProxyType);
fillProxyType(PyWeakref_CallableProxyType);
/** CPython 3.11: Objects/weakrefobject.c proxy_call */
PyWeakref_CallableProxyType.tp_call = (o, args, kwnames) => withReferents([o], ([x]) => PyObject_Call(x, args, kwnames));

// ---------------------------------------------------------------------------------------------
// Clearing the weak references of a dying object
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/weakrefobject.c handle_callback: errors are reported, not raised. */
function handleCallback(ref: PyWeakReference, callback: PyObject): void {
  try {
    decref(callOneArg(callback, ref));
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    writeUnraisable(e.exc, callback);
  }
}

/**
 * CPython 3.11: Objects/weakrefobject.c PyObject_ClearWeakRefs: called by the deallocator of a
 * weakly referenceable object. Every weakref is cleared first, then the callbacks run, in list
 * order (the newest callback ref first), each receiving its now dead weakref.
 */
export function PyObject_ClearWeakRefs(object: PyObject): void {
  let current = getHead(object);
  if (current === null) return;
  const count = weakrefCount(current);
  if (count === 1) {
    const callback = current.wr_callback;
    current.wr_callback = null;
    if (weakrefClearObserver !== null) weakrefClearObserver(current, object);
    clearWeakref(current);
    if (callback !== null) {
      if (current.ob_refcnt > 0) handleCallback(current, callback);
      decref(callback);
    }
    return;
  }
  // A tuple holds the weakrefs and their callbacks while the callbacks run (PyTuple_New: a GC
  // allocation, which counts and may start a collection).
  const tuple: PyTupleObject = tupleNewUnfilled(count * 2);
  const items = tuple.items;
  for (let i = 0; i < count; i++) {
    const wr: PyWeakReference = current!;
    const next: PyWeakReference | null = wr.wr_next;
    if (wr.ob_refcnt > 0) {
      incref(wr);
      items[i * 2] = wr;
      items[i * 2 + 1] = wr.wr_callback as PyObject;
    } else if (wr.wr_callback !== null) {
      decref(wr.wr_callback);
    }
    wr.wr_callback = null;
    if (weakrefClearObserver !== null) weakrefClearObserver(wr, object);
    clearWeakref(wr);
    current = next;
  }
  for (let i = 0; i < count; i++) {
    const callback = items[i * 2 + 1];
    if (callback !== null) handleCallback(items[i * 2] as PyWeakReference, callback);
  }
  decref(tuple);
}

/**
 * CPython 3.11: Objects/typeobject.c subtype_dealloc's weakref handling: the weakrefs are
 * cleared (callbacks run); when the class has a finalizer, weakrefs created meanwhile (by the
 * finalizer or a callback) are then cleared without calling their callbacks.
 */
export function subtypeClearWeakRefs(self: PyObject): void {
  PyObject_ClearWeakRefs(self);
  if (self.ob_type.tp_finalize === null) return;
  for (let wr = getHead(self); wr !== null; wr = getHead(self)) _PyWeakref_ClearRef(wr);
}

/**
 * The weak references bases hold to their heap subclasses (CPython 3.11: Objects/typeobject.c
 * add_subclass stores PyWeakref_NewRef(type, NULL) in base->tp_subclasses under the key
 * PyLong_FromVoidPtr(type); remove_subclass deletes it when the subclass is deallocated). They
 * are the classes' shared basic refs, so weakref.getweakrefcount(cls) is 1 and weakref.ref(cls)
 * returns one of them.
 * NON-CPYTHON: the entries are also listed in a Map keyed by the subclass. A heap base gets a
 * real tp_subclasses dict, as in CPython; a static base's dict (object's, made at start-up and
 * large) is left out, its entries held by the Map. Static types themselves are readied once per
 * process, before any interpreter's heap exists, and get no entries.
 */
interface SubclassEntry {
  base: PyTypeObject;
  /** Held by the Map for a static base, by the base's dict for a heap base. */
  key: PyObject;
  wr: PyWeakReference;
}
const subclassRefs = new Map<PyObject, SubclassEntry[]>();
/** The tp_subclasses dicts of heap types. */
const subclassDicts = new Map<PyObject, PyDictObject>();
let subclassRefsEpoch = -1;

/** CPython 3.11: Objects/typeobject.c add_subclass (the key, the weak reference, the dict). */
export function addSubclassRef(base: PyTypeObject, type: PyTypeObject): void {
  if (subclassRefsEpoch !== gcstate.epoch) {
    subclassRefs.clear();
    subclassDicts.clear();
    subclassRefsEpoch = gcstate.epoch;
  }
  const key = PyLong_FromNumber(type.addr);
  const wr = PyWeakref_NewRef(type, null);
  if (base.tp_flags & TPFlags.HEAPTYPE) {
    let d = subclassDicts.get(base);
    if (d === undefined) {
      d = PyDict_New();
      subclassDicts.set(base, d);
    }
    PyDict_SetItem(d, key, wr);
    decref(wr);
    decref(key);
  }
  const entry: SubclassEntry = { base, key, wr };
  const refs = subclassRefs.get(type);
  if (refs === undefined) subclassRefs.set(type, [entry]);
  else refs.push(entry);
}

/**
 * CPython 3.11: Objects/typeobject.c remove_all_subclasses / remove_subclass: the bases drop
 * their entries for a dying subclass (a base's dict goes once empty); then the dying type's own
 * tp_subclasses dict (clear_tp_subclasses).
 */
export function removeSubclassRefs(type: PyObject): void {
  removeBaseSubclassRefs(type);
  const own = subclassDicts.get(type);
  if (own !== undefined) {
    subclassDicts.delete(type);
    decref(own);
  }
}

/** CPython 3.11: Objects/typeobject.c remove_all_subclasses: the bases drop their entries for type. */
export function removeBaseSubclassRefs(type: PyObject): void {
  const refs = subclassRefs.get(type);
  if (refs === undefined) return;
  subclassRefs.delete(type);
  for (const entry of refs) removeSubclass(entry, type);
}

function removeSubclass(entry: SubclassEntry, type: PyObject): void {
  const key = PyLong_FromNumber(type.addr);
  const d = subclassDicts.get(entry.base);
  if (d !== undefined) {
    PyDict_DelItem(d, key);
    if (d.used === 0) {
      subclassDicts.delete(entry.base);
      decref(d);
    }
  } else {
    decref(entry.key);
    decref(entry.wr);
  }
  decref(key);
}

/** The `__weakref__` attribute of instances (subtype_getweakref): the first weakref, or None. */
export function weakrefAttribute(o: PyObject): PyObject {
  const head = getHead(o);
  return newref(head ?? Py_None);
}

/** _weakref.getweakrefcount */
export function getWeakrefCount(o: PyObject): number {
  if (!typeSupportsWeakrefs(o.ob_type)) return 0;
  return weakrefCount(getHead(o));
}

/** _weakref.getweakrefs: the weakrefs in list order (borrowed). */
export function getWeakrefs(o: PyObject): PyWeakReference[] {
  const out: PyWeakReference[] = [];
  if (!typeSupportsWeakrefs(o.ob_type)) return out;
  for (let wr = getHead(o); wr !== null; wr = wr.wr_next) out.push(wr);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The collector's part
// ---------------------------------------------------------------------------------------------

/**
 * CPython 3.11: Modules/gcmodule.c handle_weakrefs. Clears every weakref to an unreachable
 * object, and every weakref that is itself unreachable, before any finalizer runs. Callbacks of
 * weakrefs that are not garbage themselves are then called; a weakref freed right after its
 * callback counts as collected (the return value).
 */
export function handleWeakrefs(unreachable: PyObject, old: PyObject): number {
  // No object has a weakref: nothing to clear (a dead weakref's referent is None already).
  if (weaklists.size === 0) return 0;
  const wrcbToCall = makeListHead();
  let numFreed = 0;
  let next: PyObject;
  for (let gc = unreachable.gcNext!; gc !== unreachable; gc = next) {
    next = gc.gcNext!;
    if (gc instanceof PyWeakReference) {
      // A weakref inside the garbage is cleared: its callback must never run.
      _PyWeakref_ClearRef(gc);
    }
    if (!typeSupportsWeakrefs(gc.ob_type)) continue;
    for (let wr = getHead(gc); wr !== null; wr = getHead(gc)) {
      _PyWeakref_ClearRef(wr);
      if (wr.wr_callback === null) continue;
      // A weakref that is garbage too never calls back.
      if (wr.gcFlags & GcFlag.COLLECTING) continue;
      incref(wr);
      gcListMove(wr, wrcbToCall);
    }
  }
  while (!gcListIsEmpty(wrcbToCall)) {
    const op = wrcbToCall.gcNext! as PyWeakReference;
    const callback = op.wr_callback!;
    handleCallback(op, callback);
    decref(op);
    if (wrcbToCall.gcNext === op) gcListMove(op, old);
    else numFreed++;
  }
  return numFreed;
}

/** Is `o` tracked (weakrefs are tracked from birth)? Exposed for tests. */
export function weakrefIsTracked(o: PyWeakReference): boolean {
  return isTracked(o);
}

export { none, PyObject_Repr };
