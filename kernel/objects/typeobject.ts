/**
 * type and object: type readiness (MRO, slot inheritance, slot wrappers), attribute lookup
 * through the MRO with its cache, class creation by `class` statements, the slot functions
 * that make dunder methods of classes work, and super.
 * CPython 3.11: Objects/typeobject.c.
 */
import {
  InstanceData, PyBaseObject_Type, PyObject, PyTypeObject, PyType_Type, TPFlags, newStaticType,
  registerStaticType, staticTypes, type Hash, type Py_ssize_t, defaultDealloc,
} from './pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { PyErr, raise, raiseObject } from '../vm/errors.ts';
import {
  PyExc_AttributeError, PyExc_RuntimeError, PyExc_StopIteration, PyExc_TypeError, excFields, PyBaseExceptionObject,
  getField, setField, newAttributeError, setCause, setContext,
} from './exceptions.ts';
import {
  PyObject_GenericGetAttr, PyObject_GenericSetAttr, PyObject_IsTrue, PyObject_Repr, PyObject_Str, PyObject_TypeCheck,
  PyType_IsSubtype, Py_None, Py_NotImplemented, genericGetAttrOpt, hashPointer, hexAddr, none,
  PyObject_RichCompare, PyObject_HashNotImplemented, _PyObject_LookupAttr,
} from './object.ts';
import { PyUnicodeObject, PyUnicode_AsUTF8, PyUnicode_FromString, PyUnicode_InternFromString, internString } from './unicodeobject.ts';
import { PyTupleObject, PyTuple_Type, emptyTupleRef, tupleFromArray, tupleFromArraySteal } from './tupleobject.ts';
import {
  PyDictObject, PyDict_Copy, PyDict_DelItem, PyDict_GetItemWithError, PyDict_New, PyDict_SetItem, dictForEach, dictPop,
} from './dictobject.ts';
import { PyDescr_NewGetSet, PyDescr_NewMember, PyDescr_NewMethod, PyDescr_NewWrapper, PyDescrObject, PyWrapperDescr_Type } from './descrobject.ts';
import { PyLongObject, PyLong_FromNumber, PyLong_FromValue, PyLong_Type } from './longobject.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { PyObject_Call, PyObject_GetIter, iterate, sequenceToArray } from './abstract.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { PyFunctionObject, PyClassMethod_New, PyStaticMethod_New, PyFunction_Type } from './funcobject.ts';
import { instanceDealloc, instanceTraverse, instanceClear, initInstanceValues, materializeDict, setInstanceDict } from './instances.ts';
import { unpackArgs } from './getargs.ts';
import { allocStaticType, memFree, memMalloc } from '../memory/heap.ts';
import { PyCellObject } from './codeobject.ts';
import { PyListObject, PyList_Append, PySequence_List } from './listobject.ts';
import { listSort } from './listsort.ts';
import { PyUnicode_Join } from './unicode_methods.ts';
import { libCTypesWithoutGc } from '../lib/index.ts';

export function typeName(o: PyObject): string {
  return `'${o.ob_type.tp_name}'`;
}

/** The dotted name of a type for messages: the qualified name, with the module unless builtins. */
export function typeQualifiedName(t: PyTypeObject): string {
  if (t.tp_flags & TPFlags.HEAPTYPE) {
    const mod = typeModuleName(t);
    return mod === 'builtins' || mod === null ? t.qualname : `${mod}.${t.qualname}`;
  }
  return t.tp_name;
}

function typeModuleName(t: PyTypeObject): string | null {
  if (t.tp_flags & TPFlags.HEAPTYPE) {
    const m = t.tp_dict !== null ? PyDict_GetItemWithError(t.tp_dict as PyDictObject, internString('__module__')) : null;
    return m instanceof PyUnicodeObject ? m.s : null;
  }
  return t.moduleName;
}

// ---------------------------------------------------------------------------------------------
// Lookup through the MRO, with the method cache
// ---------------------------------------------------------------------------------------------

/**
 * CPython 3.11: Objects/typeobject.c _PyType_Lookup: the attribute found in the first class
 * of the MRO whose dict has it, as a BORROWED reference, or null. Cached per type and name
 * (the method cache); PyType_Modified invalidates.
 */
export function _PyType_Lookup(type: PyTypeObject, name: PyUnicodeObject): PyObject | null {
  const cache = type.lookupCache;
  const key = name.s;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const res = findNameInMro(type, name);
  cache.set(key, res);
  return res;
}

function findNameInMro(type: PyTypeObject, name: PyUnicodeObject): PyObject | null {
  const mro = type.tp_mro as PyTupleObject | null;
  if (mro === null) {
    for (let t: PyTypeObject | null = type; t !== null; t = t.tp_base) {
      const d = t.tp_dict as PyDictObject | null;
      if (d === null) continue;
      const v = PyDict_GetItemWithError(d, name);
      if (v !== null) return v;
    }
    return null;
  }
  const items = mro.items;
  for (let i = 0; i < items.length; i++) {
    const d = (items[i] as PyTypeObject).tp_dict as PyDictObject | null;
    if (d === null) continue;
    const v = PyDict_GetItemWithError(d, name);
    if (v !== null) return v;
  }
  return null;
}

export function lookupStr(type: PyTypeObject, name: string): PyObject | null {
  return _PyType_Lookup(type, internString(name));
}

/** CPython 3.11: Objects/typeobject.c PyType_Modified (clears caches of the type and subclasses). */
export function PyType_Modified(type: PyTypeObject): void {
  type.lookupCache.clear();
  type.versionTag++;
  for (const sub of type.tp_subclasses) PyType_Modified(sub);
}

// ---------------------------------------------------------------------------------------------
// MRO
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/typeobject.c mro_implementation (C3 linearisation). */
function mroImplementation(type: PyTypeObject): PyTypeObject[] {
  const bases = (type.tp_bases as PyTupleObject).items as PyTypeObject[];
  if (bases.length === 1) return [type, ...mroOf(bases[0])];
  checkDuplicates(bases);
  const toMerge: PyTypeObject[][] = bases.map((b) => mroOf(b));
  toMerge.push(bases.slice());
  const result: PyTypeObject[] = [type];
  pmerge(result, toMerge);
  return result;
}

/** CPython 3.11: Objects/typeobject.c check_duplicates */
function checkDuplicates(bases: PyTypeObject[]): void {
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[j] === bases[i]) raise(PyExc_TypeError, `duplicate base class ${className(bases[i])}`);
    }
  }
}

/**
 * CPython 3.11: Objects/typeobject.c pmerge: appends to acc the next head that is in no list's
 * tail, until every list is consumed (remain[i] indexes the first unmerged item of toMerge[i]).
 */
function pmerge(acc: PyTypeObject[], toMerge: PyTypeObject[][]): void {
  const remain = new Array<number>(toMerge.length).fill(0);
  again: for (;;) {
    let emptyCount = 0;
    for (let i = 0; i < toMerge.length; i++) {
      if (remain[i] >= toMerge[i].length) {
        emptyCount++;
        continue;
      }
      const candidate = toMerge[i][remain[i]];
      if (toMerge.some((list, j) => tailContains(list, remain[j], candidate))) continue;
      acc.push(candidate);
      for (let j = 0; j < toMerge.length; j++) {
        if (remain[j] < toMerge[j].length && toMerge[j][remain[j]] === candidate) remain[j]++;
      }
      continue again;
    }
    if (emptyCount !== toMerge.length) setMroError(toMerge, remain);
    return;
  }
}

function tailContains(list: PyTypeObject[], whence: number, o: PyTypeObject): boolean {
  for (let j = whence + 1; j < list.length; j++) if (list[j] === o) return true;
  return false;
}

/** CPython 3.11: Objects/typeobject.c set_mro_error: names the remaining heads, first seen first. */
function setMroError(toMerge: PyTypeObject[][], remain: number[]): never {
  const heads = new Set<PyTypeObject>();
  toMerge.forEach((list, i) => {
    if (remain[i] < list.length) heads.add(list[remain[i]]);
  });
  const names = [...heads].map((c) => className(c));
  raise(PyExc_TypeError, `Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`);
}

/** CPython 3.11: Objects/typeobject.c class_name: the class's __name__. */
function className(t: PyTypeObject): string {
  if (t.htName instanceof PyUnicodeObject) return t.htName.s;
  return t.tp_flags & TPFlags.HEAPTYPE ? t.tp_name : t.tp_name.slice(t.tp_name.lastIndexOf('.') + 1);
}

function mroOf(t: PyTypeObject): PyTypeObject[] {
  return ((t.tp_mro as PyTupleObject).items as PyTypeObject[]).slice();
}

// ---------------------------------------------------------------------------------------------
// PyType_Ready
// ---------------------------------------------------------------------------------------------

/** Py_TPFLAGS_DISALLOW_INSTANTIATION (the types' own files name it in their flag enums). */
const DISALLOW_INSTANTIATION = 1 << 7;

/** Slot functions are inherited from the first base in the MRO that has them (inherit_slots). */
const INHERITED_SLOTS = [
  'tp_repr', 'tp_str', 'tp_getattro', 'tp_getattro_opt', 'tp_setattro', 'tp_call', 'tp_iter', 'tp_iternext',
  'tp_descr_get', 'tp_descr_set', 'tp_init', 'tp_new', 'tp_alloc', 'tp_free', 'tp_dealloc', 'tp_traverse',
  'tp_clear', 'tp_finalize',
  'nb_add', 'nb_subtract', 'nb_multiply', 'nb_remainder', 'nb_divmod', 'nb_power', 'nb_negative', 'nb_positive',
  'nb_absolute', 'nb_bool', 'nb_invert', 'nb_lshift', 'nb_rshift', 'nb_and', 'nb_xor', 'nb_or', 'nb_int',
  'nb_float', 'nb_inplace_add', 'nb_inplace_subtract', 'nb_inplace_multiply', 'nb_inplace_remainder',
  'nb_inplace_power', 'nb_inplace_lshift', 'nb_inplace_rshift', 'nb_inplace_and', 'nb_inplace_xor',
  'nb_inplace_or', 'nb_floor_divide', 'nb_true_divide', 'nb_inplace_floor_divide', 'nb_inplace_true_divide',
  'nb_index', 'nb_matrix_multiply', 'nb_inplace_matrix_multiply',
  'mp_length', 'mp_subscript', 'mp_ass_subscript', 'sq_length', 'sq_concat', 'sq_repeat', 'sq_item',
  'sq_ass_item', 'sq_contains', 'sq_inplace_concat', 'sq_inplace_repeat',
] as const;

type SlotName = (typeof INHERITED_SLOTS)[number];

/**
 * CPython 3.11: Objects/typeobject.c inherit_slots (hash and richcompare go together). The slots
 * are copied one by one, as CPython's COPYSLOT/COPYNUM/... macros do (INHERITED_SLOTS lists them):
 * named property accesses, not a loop over the names, so that start-up's ~250 calls stay cheap.
 */
function inheritSlots(type: PyTypeObject, base: PyTypeObject): void {
  copyTypeSlots(type, base);
  copyNumberSlots(type, base);
  copyMappingSequenceSlots(type, base);
  if (type.tp_richcompare === null && type.tp_hash === null) {
    const overrides = type.tp_dict !== null && (dictHas(type, '__eq__') || dictHas(type, '__hash__'));
    if (!overrides) {
      type.tp_richcompare = base.tp_richcompare;
      type.tp_hash = base.tp_hash;
    }
  }
  if (type.tp_dealloc === defaultDealloc && base.tp_dealloc !== defaultDealloc) type.tp_dealloc = base.tp_dealloc;
}

/** COPYSLOT for the tp_* slots of INHERITED_SLOTS. */
function copyTypeSlots(t: PyTypeObject, b: PyTypeObject): void {
  if (t.tp_repr === null) t.tp_repr = b.tp_repr;
  if (t.tp_str === null) t.tp_str = b.tp_str;
  if (t.tp_getattro === null) t.tp_getattro = b.tp_getattro;
  if (t.tp_getattro_opt === null) t.tp_getattro_opt = b.tp_getattro_opt;
  if (t.tp_setattro === null) t.tp_setattro = b.tp_setattro;
  if (t.tp_call === null) t.tp_call = b.tp_call;
  if (t.tp_iter === null) t.tp_iter = b.tp_iter;
  if (t.tp_iternext === null) t.tp_iternext = b.tp_iternext;
  if (t.tp_descr_get === null) t.tp_descr_get = b.tp_descr_get;
  if (t.tp_descr_set === null) t.tp_descr_set = b.tp_descr_set;
  if (t.tp_init === null) t.tp_init = b.tp_init;
  if (t.tp_new === null) t.tp_new = b.tp_new;
  if (t.tp_alloc === null) t.tp_alloc = b.tp_alloc;
  if (t.tp_free === null) t.tp_free = b.tp_free;
  if (t.tp_dealloc === null) t.tp_dealloc = b.tp_dealloc;
  if (t.tp_traverse === null) t.tp_traverse = b.tp_traverse;
  if (t.tp_clear === null) t.tp_clear = b.tp_clear;
  if (t.tp_finalize === null) t.tp_finalize = b.tp_finalize;
}

/** COPYNUM: the nb_* slots of INHERITED_SLOTS. */
function copyNumberSlots(t: PyTypeObject, b: PyTypeObject): void {
  if (t.nb_add === null) t.nb_add = b.nb_add;
  if (t.nb_subtract === null) t.nb_subtract = b.nb_subtract;
  if (t.nb_multiply === null) t.nb_multiply = b.nb_multiply;
  if (t.nb_remainder === null) t.nb_remainder = b.nb_remainder;
  if (t.nb_divmod === null) t.nb_divmod = b.nb_divmod;
  if (t.nb_power === null) t.nb_power = b.nb_power;
  if (t.nb_negative === null) t.nb_negative = b.nb_negative;
  if (t.nb_positive === null) t.nb_positive = b.nb_positive;
  if (t.nb_absolute === null) t.nb_absolute = b.nb_absolute;
  if (t.nb_bool === null) t.nb_bool = b.nb_bool;
  if (t.nb_invert === null) t.nb_invert = b.nb_invert;
  if (t.nb_lshift === null) t.nb_lshift = b.nb_lshift;
  if (t.nb_rshift === null) t.nb_rshift = b.nb_rshift;
  if (t.nb_and === null) t.nb_and = b.nb_and;
  if (t.nb_xor === null) t.nb_xor = b.nb_xor;
  if (t.nb_or === null) t.nb_or = b.nb_or;
  if (t.nb_int === null) t.nb_int = b.nb_int;
  if (t.nb_float === null) t.nb_float = b.nb_float;
  if (t.nb_inplace_add === null) t.nb_inplace_add = b.nb_inplace_add;
  if (t.nb_inplace_subtract === null) t.nb_inplace_subtract = b.nb_inplace_subtract;
  if (t.nb_inplace_multiply === null) t.nb_inplace_multiply = b.nb_inplace_multiply;
  if (t.nb_inplace_remainder === null) t.nb_inplace_remainder = b.nb_inplace_remainder;
  if (t.nb_inplace_power === null) t.nb_inplace_power = b.nb_inplace_power;
  if (t.nb_inplace_lshift === null) t.nb_inplace_lshift = b.nb_inplace_lshift;
  if (t.nb_inplace_rshift === null) t.nb_inplace_rshift = b.nb_inplace_rshift;
  if (t.nb_inplace_and === null) t.nb_inplace_and = b.nb_inplace_and;
  if (t.nb_inplace_xor === null) t.nb_inplace_xor = b.nb_inplace_xor;
  if (t.nb_inplace_or === null) t.nb_inplace_or = b.nb_inplace_or;
  if (t.nb_floor_divide === null) t.nb_floor_divide = b.nb_floor_divide;
  if (t.nb_true_divide === null) t.nb_true_divide = b.nb_true_divide;
  if (t.nb_inplace_floor_divide === null) t.nb_inplace_floor_divide = b.nb_inplace_floor_divide;
  if (t.nb_inplace_true_divide === null) t.nb_inplace_true_divide = b.nb_inplace_true_divide;
  if (t.nb_index === null) t.nb_index = b.nb_index;
  if (t.nb_matrix_multiply === null) t.nb_matrix_multiply = b.nb_matrix_multiply;
  if (t.nb_inplace_matrix_multiply === null) t.nb_inplace_matrix_multiply = b.nb_inplace_matrix_multiply;
}

/** COPYMAP and COPYSEQ: the mp_* and sq_* slots of INHERITED_SLOTS. */
function copyMappingSequenceSlots(t: PyTypeObject, b: PyTypeObject): void {
  if (t.mp_length === null) t.mp_length = b.mp_length;
  if (t.mp_subscript === null) t.mp_subscript = b.mp_subscript;
  if (t.mp_ass_subscript === null) t.mp_ass_subscript = b.mp_ass_subscript;
  if (t.sq_length === null) t.sq_length = b.sq_length;
  if (t.sq_concat === null) t.sq_concat = b.sq_concat;
  if (t.sq_repeat === null) t.sq_repeat = b.sq_repeat;
  if (t.sq_item === null) t.sq_item = b.sq_item;
  if (t.sq_ass_item === null) t.sq_ass_item = b.sq_ass_item;
  if (t.sq_contains === null) t.sq_contains = b.sq_contains;
  if (t.sq_inplace_concat === null) t.sq_inplace_concat = b.sq_inplace_concat;
  if (t.sq_inplace_repeat === null) t.sq_inplace_repeat = b.sq_inplace_repeat;
}

function dictHas(type: PyTypeObject, name: string): boolean {
  return PyDict_GetItemWithError(type.tp_dict as PyDictObject, internString(name)) !== null;
}

/** CPython 3.11: Objects/typeobject.c PyType_Ready */
export function PyType_Ready(type: PyTypeObject, fillHeapTypeDict: (() => void) | null = null): void {
  if (type.tp_flags & TPFlags.READY) return;
  // A static type is a PyTypeObject in the interpreter's data segment: it has its address already.
  if (type.addr === 0 && !(type.tp_flags & TPFlags.HEAPTYPE)) allocStaticType(type, TypeLayout.STATIC_TYPE);
  const base = type.tp_base;
  if (base !== null && !(base.tp_flags & TPFlags.READY)) PyType_Ready(base);
  // type_ready_set_bases
  if (type.tp_bases === null) {
    type.tp_bases = base === null ? emptyTupleRef() : tupleFromArray([base]);
  }
  // type_ready_mro (mro_internal: a metaclass's own mro() decides a heap type's MRO)
  if (type.tp_mro === null) {
    if (base !== null && type.ob_type !== PyType_Type && (type.tp_flags & TPFlags.HEAPTYPE)) {
      type.tp_mro = mroInvoke(type);
    } else {
      type.tp_mro = tupleFromArray(base === null ? [type] : mroImplementation(type));
    }
  }
  if (type.tp_dict === null) type.tp_dict = PyDict_New();
  // type_ready_fill_dict: slot wrappers, methods, members, getsets
  if (fillHeapTypeDict !== null) fillHeapTypeDict();
  if (!(type.tp_flags & TPFlags.HEAPTYPE)) {
    addOperators(type);
    addMethods(type);
    addGetsets(type);
    addExceptionFields(type);
    addDoc(type);
  }
  // type_ready_inherit
  const mro = (type.tp_mro as PyTupleObject).items as PyTypeObject[];
  for (let i = 1; i < mro.length; i++) inheritSlots(type, mro[i]);
  // type_ready_set_new: a type with Py_TPFLAGS_DISALLOW_INSTANTIATION has no tp_new.
  if (type.tp_flags & DISALLOW_INSTANTIATION) type.tp_new = null;
  if (base !== null) {
    type.tp_flags |= base.tp_flags & (TPFlags.HAVE_GC | TPFlags.LONG_SUBCLASS | TPFlags.LIST_SUBCLASS |
      TPFlags.TUPLE_SUBCLASS | TPFlags.BYTES_SUBCLASS | TPFlags.UNICODE_SUBCLASS | TPFlags.DICT_SUBCLASS |
      TPFlags.BASE_EXC_SUBCLASS | TPFlags.TYPE_SUBCLASS | TPFlags.SEQUENCE | TPFlags.MAPPING);
    if (base.hasDict) type.hasDict = true;
    if (base.hasWeakref) type.hasWeakref = true;
  }
  // type_ready_set_hash
  if (type.tp_hash === null) {
    if (!dictHas(type, '__hash__')) {
      PyDict_SetItem(type.tp_dict as PyDictObject, internString('__hash__'), Py_None);
      type.tp_hash = PyObject_HashNotImplemented;
    }
  }
  for (const b of ((type.tp_bases as PyTupleObject).items as PyTypeObject[])) {
    b.tp_subclasses.add(type);
    // add_subclass: the base holds a weak reference to each (heap) subclass.
    if (type.tp_flags & TPFlags.HEAPTYPE) addSubclassHook(b, type);
  }
  type.tp_flags |= TPFlags.READY;
}

let isCType: (module: string, qualname: string) => boolean = () => false;
/** Installed at start-up: is this class of a kernel/lib module a C type in CPython? */
export function setCModuleCheck(f: (module: string, qualname: string) => boolean): void {
  isCType = f;
}

let removeSubclassHook: (type: PyTypeObject) => void = () => {};
/** Installed by the weakref module: remove_all_subclasses's part, the bases' weak references. */
export function setRemoveSubclassHook(f: (type: PyTypeObject) => void): void {
  removeSubclassHook = f;
}

let addSubclassHook: (base: PyTypeObject, type: PyTypeObject) => void = () => {};
/** Installed by the weakref module: add_subclass's weak reference to a new subclass. */
export function setAddSubclassHook(f: (base: PyTypeObject, type: PyTypeObject) => void): void {
  addSubclassHook = f;
}

/**
 * CPython 3.11: Objects/exceptions.c _PyExc_InitState makes ExceptionGroup with
 * PyErr_NewException("builtins.ExceptionGroup", (BaseExceptionGroup, Exception), NULL): a heap
 * type (its instances hold a reference to it, its traverse visits it), with a weaklist, whose
 * dict type_new fills with __module__, __weakref__ and __doc__.
 * NON-CPYTHON: the kernel declares the type as its static types and makes it a heap type here,
 * before PyType_Ready (which then leaves a heap type's dict as it is).
 */
export function makeBuiltinHeapExceptionType(type: PyTypeObject): void {
  type.tp_flags |= TPFlags.HEAPTYPE;
  // PyErr_NewException -> type_new: a heap type, allocated and tracked like a class statement's.
  gcAllocObject(type, TypeLayout.HEAP_TYPE + TypeLayout.MEMBER_DEF, 16);
  gcTrack(type);
  type.hasWeakref = true;
  const dict = PyDict_New();
  PyDict_SetItem(dict, internString('__module__'), internString('builtins'));
  const weak = PyDescr_NewGetSet(type, { name: '__weakref__', get: (o) => weakrefGetter(o) });
  PyDict_SetItem(dict, internString('__weakref__'), weak);
  decref(weak);
  PyDict_SetItem(dict, internString('__doc__'), Py_None);
  type.tp_dict = dict;
}

/** Readies every static type (interpreter start-up). */
export function readyStaticTypes(): void {
  for (const t of staticTypes) PyType_Ready(t);
}

function addMethods(type: PyTypeObject): void {
  const dict = type.tp_dict as PyDictObject;
  for (const def of type.methods) {
    const name = internString(def.name);
    if (PyDict_GetItemWithError(dict, name) !== null && def.name !== '__new__') continue;
    let descr: PyObject;
    if (def.kind === 'static') {
      const f = PyCFunctionForStatic(def, type);
      descr = PyStaticMethod_New(f);
      decref(f);
    } else descr = PyDescr_NewMethod(type, def);
    PyDict_SetItem(dict, name, descr);
    decref(descr);
  }
}

let PyCFunctionForStatic: (def: import('./pyobject.ts').MethodDef, type: PyTypeObject) => PyObject = () => {
  throw new Error('not ready');
};
export function setStaticMethodFactory(f: typeof PyCFunctionForStatic): void {
  PyCFunctionForStatic = f;
}

function addGetsets(type: PyTypeObject): void {
  const dict = type.tp_dict as PyDictObject;
  for (const def of type.getsets) {
    const name = internString(def.name);
    if (PyDict_GetItemWithError(dict, name) !== null) continue;
    const d = PyDescr_NewGetSet(type, def);
    PyDict_SetItem(dict, name, d);
    decref(d);
  }
}

function addExceptionFields(type: PyTypeObject): void {
  const fields = excFields.get(type);
  if (fields === undefined) return;
  const dict = type.tp_dict as PyDictObject;
  for (const f of fields) {
    const d = PyDescr_NewGetSet(type, {
      name: f,
      get: (o) => newref(getField(o as PyBaseExceptionObject, f) ?? Py_None),
      set: (o, v) => setField(o as PyBaseExceptionObject, f, v ?? Py_None),
    });
    PyDict_SetItem(dict, internString(f), d);
    decref(d);
  }
}

function addDoc(type: PyTypeObject): void {
  const dict = type.tp_dict as PyDictObject;
  if (!dictHas(type, '__doc__')) PyDict_SetItem(dict, internString('__doc__'), Py_None);
}

// ---------------------------------------------------------------------------------------------
// Slot definitions: wrappers for static types, dispatchers for classes
// ---------------------------------------------------------------------------------------------

type Wrapper = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;

interface SlotDef {
  name: string;
  slot: SlotName | 'tp_hash' | 'tp_richcompare';
  /** Makes the wrapper_descriptor's function from the type's slot function. */
  wrap: (fn: any) => Wrapper;
  /** Makes the class's slot function that calls the dunder method. */
  dispatch: () => unknown;
}

function checkNoKw(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, `wrapper ${name}() takes no keyword arguments`);
}

function checkArgs(name: string, args: PyObject[], n: number): void {
  if (args.length !== n) {
    raise(PyExc_TypeError, `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  }
}

const wrapBinary = (name: string) => (fn: (a: PyObject, b: PyObject) => PyObject): Wrapper => (self, args, kw) => {
  checkNoKw(name, kw);
  checkArgs(name, args, 1);
  return fn(self, args[0]);
};
const wrapBinaryR = (name: string) => (fn: (a: PyObject, b: PyObject) => PyObject): Wrapper => (self, args, kw) => {
  checkNoKw(name, kw);
  checkArgs(name, args, 1);
  return fn(args[0], self);
};
const wrapUnary = (name: string) => (fn: (a: PyObject) => PyObject): Wrapper => (self, args, kw) => {
  checkNoKw(name, kw);
  checkArgs(name, args, 0);
  return fn(self);
};

/** Looks up a special method on the type and calls it with self prepended (vectorcall_method). */
export function callSpecial(self: PyObject, name: string, args: PyObject[]): PyObject | null {
  const descr = lookupStr(self.ob_type, name);
  if (descr === null) return null;
  return callFound(descr, self, args);
}

function callFound(descr: PyObject, self: PyObject, args: PyObject[]): PyObject {
  incref(descr);
  try {
    if (descr.ob_type === PyFunction_Type) return PyObject_Call(descr, [self, ...args], null);
    const get = descr.ob_type.tp_descr_get;
    if (get === null) return PyObject_Call(descr, args, null);
    const bound = get(descr, self, self.ob_type);
    try {
      return PyObject_Call(bound, args, null);
    } finally {
      decref(bound);
    }
  } finally {
    decref(descr);
  }
}

function callRequired(self: PyObject, name: string, args: PyObject[]): PyObject {
  const r = callSpecial(self, name, args);
  if (r === null) raiseObject(newAttributeError(`'${self.ob_type.tp_name}' object has no attribute '${name}'`, internString(name), self));
  return r;
}

/**
 * SLOT1BINFULL: the class's binary slot calling __op__ / __rop__. `installed` is the function
 * the slot holds when it is not this one (slot_nb_power, which handles the modulus first).
 */
function slotBinary(op: string, rop: string, slot: SlotName, installed?: () => unknown) {
  const fn = (self: PyObject, other: PyObject): PyObject => {
    const st = self.ob_type as unknown as Record<string, unknown>;
    const ot = other.ob_type as unknown as Record<string, unknown>;
    const testfunc = installed === undefined ? fn : installed();
    let doOther = self.ob_type !== other.ob_type && ot[slot] === testfunc;
    if (st[slot] === testfunc) {
      if (doOther && PyType_IsSubtype(other.ob_type, self.ob_type)) {
        const r = callSpecial(other, rop, [self]);
        if (r !== null) {
          if (r !== Py_NotImplemented) return r;
          decref(r);
        }
        doOther = false;
      }
      const r = callSpecial(self, op, [other]);
      if (r !== null && (r !== Py_NotImplemented || other.ob_type === self.ob_type)) return r;
      if (r !== null) decref(r);
      if (r === null && other.ob_type === self.ob_type) return newref(Py_NotImplemented);
    }
    if (doOther) {
      const r = callSpecial(other, rop, [self]);
      if (r !== null) return r;
    }
    return newref(Py_NotImplemented);
  };
  return fn;
}

function slotUnary(name: string) {
  return (self: PyObject): PyObject => callRequired(self, name, []);
}

function slotInplace(name: string) {
  return (self: PyObject, other: PyObject): PyObject => {
    const r = callSpecial(self, name, [other]);
    return r === null ? newref(Py_NotImplemented) : r;
  };
}

const BINARY_OPS: [string, string, SlotName, SlotName | null][] = [
  ['__add__', '__radd__', 'nb_add', 'nb_inplace_add'],
  ['__sub__', '__rsub__', 'nb_subtract', 'nb_inplace_subtract'],
  ['__mul__', '__rmul__', 'nb_multiply', 'nb_inplace_multiply'],
  ['__mod__', '__rmod__', 'nb_remainder', 'nb_inplace_remainder'],
  ['__divmod__', '__rdivmod__', 'nb_divmod', null],
  ['__lshift__', '__rlshift__', 'nb_lshift', 'nb_inplace_lshift'],
  ['__rshift__', '__rrshift__', 'nb_rshift', 'nb_inplace_rshift'],
  ['__and__', '__rand__', 'nb_and', 'nb_inplace_and'],
  ['__xor__', '__rxor__', 'nb_xor', 'nb_inplace_xor'],
  ['__or__', '__ror__', 'nb_or', 'nb_inplace_or'],
  ['__floordiv__', '__rfloordiv__', 'nb_floor_divide', 'nb_inplace_floor_divide'],
  ['__truediv__', '__rtruediv__', 'nb_true_divide', 'nb_inplace_true_divide'],
  ['__matmul__', '__rmatmul__', 'nb_matrix_multiply', 'nb_inplace_matrix_multiply'],
];

const slotdefs: SlotDef[] = [];

function def(name: string, slot: SlotDef['slot'], wrap: SlotDef['wrap'], dispatch: SlotDef['dispatch']): void {
  slotdefs.push({ name, slot, wrap, dispatch });
}

for (const [op, rop, slot, islot] of BINARY_OPS) {
  const disp = () => slotBinary(op, rop, slot);
  def(op, slot, wrapBinary(op), disp);
  def(rop, slot, wrapBinaryR(rop), disp);
  if (islot !== null) {
    const iname = '__i' + op.slice(2);
    def(iname, islot, wrapBinary(iname), () => slotInplace(iname));
  }
}

// __pow__ / __rpow__ / __ipow__ (ternary)
{
  const powDispatch = () => {
    const binary = slotBinary('__pow__', '__rpow__', 'nb_power', () => fn);
    const fn = (self: PyObject, other: PyObject, mod: PyObject): PyObject => {
      if (mod === Py_None) return (binary as (a: PyObject, b: PyObject) => PyObject)(self, other);
      const r = callSpecial(self, '__pow__', [other, mod]);
      return r === null ? newref(Py_NotImplemented) : r;
    };
    return fn;
  };
  def('__pow__', 'nb_power', (fn) => (self, args) => fn(self, args[0], args.length > 1 ? args[1] : Py_None), powDispatch);
  def('__rpow__', 'nb_power', (fn) => (self, args) => fn(args[0], self, args.length > 1 ? args[1] : Py_None), powDispatch);
  def('__ipow__', 'nb_inplace_power', (fn) => (self, args) => fn(self, args[0], Py_None), () => (self: PyObject, other: PyObject) => {
    const r = callSpecial(self, '__ipow__', [other]);
    return r === null ? newref(Py_NotImplemented) : r;
  });
}

for (const [name, slot] of [
  ['__neg__', 'nb_negative'], ['__pos__', 'nb_positive'], ['__abs__', 'nb_absolute'], ['__invert__', 'nb_invert'],
  ['__int__', 'nb_int'], ['__float__', 'nb_float'], ['__index__', 'nb_index'],
] as [string, SlotName][]) {
  def(name, slot, wrapUnary(name), () => slotUnary(name));
}

def('__bool__', 'nb_bool', (fn) => (self) => PyBool_FromBool(fn(self)), () => slotBool);
def('__repr__', 'tp_repr', wrapUnary('__repr__'), () => slotUnary('__repr__'));
def('__str__', 'tp_str', wrapUnary('__str__'), () => slotUnary('__str__'));
def('__hash__', 'tp_hash', (fn) => (self) => PyLong_FromValue(fn(self)), () => slotHash);
def('__call__', 'tp_call', (fn) => (self, args, kw) => fn(self, args, kw), () => slotCall);
def('__getattribute__', 'tp_getattro', (fn) => (self, args) => fn(self, args[0]), () => slotGetattrHook);
def('__getattr__', 'tp_getattro', (fn) => (self, args) => fn(self, args[0]), () => slotGetattrHook);
def('__setattr__', 'tp_setattro', (fn) => (self, args) => {
  fn(self, args[0], args[1]);
  return none();
}, () => slotSetattro);
def('__delattr__', 'tp_setattro', (fn) => (self, args) => {
  fn(self, args[0], null);
  return none();
}, () => slotSetattro);
for (const [name, op] of [['__lt__', 0], ['__le__', 1], ['__eq__', 2], ['__ne__', 3], ['__gt__', 4], ['__ge__', 5]] as [string, number][]) {
  def(name, 'tp_richcompare', (fn) => (self, args) => fn(self, args[0], op), () => slotRichcompare);
}
def('__iter__', 'tp_iter', wrapUnary('__iter__'), () => slotIter);

/** slot_tp_iter: `__iter__ = None` makes instances non-iterable. */
function slotIter(self: PyObject): PyObject {
  const func = lookupStr(self.ob_type, '__iter__');
  if (func === Py_None) raise(PyExc_TypeError, `'${self.ob_type.tp_name}' object is not iterable`);
  return callRequired(self, '__iter__', []);
}
def('__next__', 'tp_iternext', (fn) => (self) => {
  const r = fn(self);
  if (r === null) raise(PyExc_StopIteration, null);
  return r;
}, () => slotIternext);
def('__get__', 'tp_descr_get', (fn) => (self, args) => fn(self, args[0] === Py_None ? null : args[0], args.length > 1 ? args[1] : null), () => slotDescrGet);
def('__set__', 'tp_descr_set', (fn) => (self, args) => {
  fn(self, args[0], args[1]);
  return none();
}, () => slotDescrSet);
def('__delete__', 'tp_descr_set', (fn) => (self, args) => {
  fn(self, args[0], null);
  return none();
}, () => slotDescrSet);
def('__init__', 'tp_init', (fn) => (self, args, kw) => {
  fn(self, args, kw);
  return none();
}, () => slotInit);
def('__new__', 'tp_new', () => () => {
  throw new Error('unused');
}, () => slotNew);
def('__del__', 'tp_finalize', (fn) => (self) => {
  fn(self);
  return none();
}, () => slotFinalize);
def('__len__', 'mp_length', (fn) => (self) => PyLong_FromValue(fn(self)), () => slotLength);
def('__len__', 'sq_length', (fn) => (self) => PyLong_FromValue(fn(self)), () => slotLength);
def('__getitem__', 'mp_subscript', wrapBinary('__getitem__'), () => slotGetitem);
def('__setitem__', 'mp_ass_subscript', (fn) => (self, args) => {
  fn(self, args[0], args[1]);
  return none();
}, () => slotAssSubscript);
def('__delitem__', 'mp_ass_subscript', (fn) => (self, args) => {
  fn(self, args[0], null);
  return none();
}, () => slotAssSubscript);
def('__contains__', 'sq_contains', (fn) => (self, args) => PyBool_FromBool(fn(self, args[0])), () => slotContains);

function slotBool(self: PyObject): boolean {
  let r = callSpecial(self, '__bool__', []);
  let name = '__bool__';
  if (r === null) {
    r = callSpecial(self, '__len__', []);
    name = '__len__';
    if (r === null) return true;
    try {
      const n = lengthResult(r);
      return n !== 0;
    } finally {
      decref(r);
    }
  }
  try {
    if (r.ob_type !== PyBoolType()) {
      raise(PyExc_TypeError, `${name} should return bool, returned ${r.ob_type.tp_name}`);
    }
    return PyObject_IsTrue(r);
  } finally {
    decref(r);
  }
}

let PyBoolType: () => PyTypeObject = () => {
  throw new Error('bool');
};
export function setBoolTypeGetter(f: () => PyTypeObject): void {
  PyBoolType = f;
}

/** CPython 3.11: Objects/typeobject.c slot_sq_length: the result as a Py_ssize_t, never negative. */
function lengthResult(r: PyObject): Py_ssize_t {
  if (!(r instanceof PyLongObject)) {
    raise(PyExc_TypeError, `'${r.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const v = r.v;
  if (v < 0) raise(valueErrorType(), '__len__() should return >= 0');
  if (typeof v === 'bigint' && v > SSIZE_MAX) raise(overflowErrorType(), "cannot fit 'int' into an index-sized integer");
  return v;
}

/** PY_SSIZE_T_MAX on a 64-bit build. */
const SSIZE_MAX = (1n << 63n) - 1n;

let valueErrorType: () => PyTypeObject = () => PyExc_TypeError;
let overflowErrorType: () => PyTypeObject = () => PyExc_TypeError;
export function setLengthErrorTypes(v: () => PyTypeObject, o: () => PyTypeObject): void {
  valueErrorType = v;
  overflowErrorType = o;
}

function slotLength(self: PyObject): Py_ssize_t {
  const r = callRequired(self, '__len__', []);
  try {
    return lengthResult(r);
  } finally {
    decref(r);
  }
}

/** Py_hash_t's range (a C long on a 64-bit build). */
const HASH_MIN = -(1n << 63n);
const HASH_MAX = (1n << 63n) - 1n;

/**
 * CPython 3.11: Objects/typeobject.c slot_tp_hash: __hash__'s int as a Py_hash_t. A value that
 * fits is kept (so that `__hash__` returning hash(y) hashes as y); only one that overflows is
 * reduced by long.__hash__ (PyLong_Type.tp_hash, not the subclass's). -1 becomes -2.
 */
function slotHash(self: PyObject): Hash {
  const func = lookupStr(self.ob_type, '__hash__');
  if (func === null || func === Py_None) return PyObject_HashNotImplemented(self);
  const r = callFound(func, self, []);
  try {
    if (!(r instanceof PyLongObject)) raise(PyExc_TypeError, '__hash__ method should return an integer');
    const v = r.v;
    let h: Hash = v;
    if (typeof v !== 'number' && (v < HASH_MIN || v > HASH_MAX)) h = PyLong_Type.tp_hash!(r);
    return h === -1 ? -2 : h;
  } finally {
    decref(r);
  }
}

function slotCall(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const descr = lookupStr(self.ob_type, '__call__');
  if (descr === null) raise(PyExc_TypeError, `'${self.ob_type.tp_name}' object is not callable`);
  incref(descr);
  try {
    if (descr.ob_type === PyFunction_Type) return PyObject_Call(descr, [self, ...args], kwnames);
    const get = descr.ob_type.tp_descr_get;
    if (get === null) return PyObject_Call(descr, args, kwnames);
    const bound = get(descr, self, self.ob_type);
    try {
      return PyObject_Call(bound, args, kwnames);
    } finally {
      decref(bound);
    }
  } finally {
    decref(descr);
  }
}

/** CPython 3.11: Objects/typeobject.c slot_tp_getattr_hook */
function slotGetattrHook(self: PyObject, name: PyObject): PyObject {
  const getattr = lookupStr(self.ob_type, '__getattr__');
  const getattribute = lookupStr(self.ob_type, '__getattribute__');
  const generic = getattribute === null || (getattribute instanceof PyDescrObject && getattribute.ob_type === PyWrapperDescr_Type && getattribute.dType === PyBaseObject_Type);
  if (getattr === null) {
    if (generic) return PyObject_GenericGetAttr(self, name);
    return callFound(getattribute!, self, [name]);
  }
  try {
    if (generic) {
      const v = genericGetAttrOpt(self, name as PyUnicodeObject);
      if (v !== null) return v;
    } else return callFound(getattribute!, self, [name]);
  } catch (e) {
    if (!(e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_AttributeError))) throw e;
    decref(e.exc);
  }
  return callFound(getattr, self, [name]);
}

function slotGetattrOpt(self: PyObject, name: PyObject): PyObject | null {
  try {
    return slotGetattrHook(self, name);
  } catch (e) {
    if (e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_AttributeError)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

function slotSetattro(self: PyObject, name: PyObject, value: PyObject | null): void {
  const r = value === null ? callRequired(self, '__delattr__', [name]) : callRequired(self, '__setattr__', [name, value]);
  decref(r);
}

const opNames = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

/** CPython 3.11: Objects/typeobject.c slot_tp_richcompare */
function slotRichcompare(self: PyObject, other: PyObject, op: number): PyObject {
  const r = callSpecial(self, opNames[op], [other]);
  return r === null ? newref(Py_NotImplemented) : r;
}

/**
 * CPython 3.11: Objects/typeobject.c slot_tp_iternext. NON-CPYTHON: the kernel's tp_iternext
 * returns null at the end with the StopIteration cleared; a caller that needs the value it
 * carries (PyIter_Send, for `yield from`) calls slotNext instead.
 */
export function slotIternext(self: PyObject): PyObject | null {
  try {
    return callRequired(self, '__next__', []);
  } catch (e) {
    if (e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_StopIteration)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

/** slot_tp_iternext with its StopIteration left to propagate. */
export function slotNext(self: PyObject): PyObject {
  return callRequired(self, '__next__', []);
}

function slotDescrGet(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const get = lookupStr(self.ob_type, '__get__');
  if (get === null) return newref(self);
  return callFound(get, self, [obj ?? Py_None, type ?? (obj !== null ? obj.ob_type : Py_None)]);
}

function slotDescrSet(self: PyObject, obj: PyObject, value: PyObject | null): void {
  const r = value === null ? callRequired(self, '__delete__', [obj]) : callRequired(self, '__set__', [obj, value]);
  decref(r);
}

function slotInit(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const init = lookupStr(self.ob_type, '__init__');
  if (init === null) return;
  incref(init);
  let r: PyObject;
  try {
    if (init.ob_type === PyFunction_Type) r = PyObject_Call(init, [self, ...args], kwnames);
    else {
      const get = init.ob_type.tp_descr_get;
      const bound = get === null ? newref(init) : get(init, self, self.ob_type);
      try {
        r = PyObject_Call(bound, args, kwnames);
      } finally {
        decref(bound);
      }
    }
  } finally {
    decref(init);
  }
  if (r !== Py_None) {
    const name = r.ob_type.tp_name;
    decref(r);
    raise(PyExc_TypeError, `__init__() should return None, not '${name}'`);
  }
  decref(r);
}

/** CPython 3.11: Objects/typeobject.c slot_tp_new: calls type.__new__(type, *args). */
function slotNew(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const func = lookupStr(type, '__new__');
  if (func === null) raise(PyExc_TypeError, 'no __new__');
  incref(func);
  try {
    const get = func.ob_type.tp_descr_get;
    const f = get === null ? newref(func) : get(func, null, type);
    try {
      return PyObject_Call(f, [type, ...args], kwnames);
    } finally {
      decref(f);
    }
  } finally {
    decref(func);
  }
}

/** CPython 3.11: Objects/typeobject.c slot_tp_finalize: calls __del__, reporting errors. */
function slotFinalize(self: PyObject): void {
  const del = lookupStr(self.ob_type, '__del__');
  if (del === null) return;
  try {
    const r = callFound(del, self, []);
    decref(r);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    writeUnraisable(e.exc, del);
  }
}

let writeUnraisable: (exc: PyObject, obj: PyObject | null) => void = () => {};
export function setUnraisableHook(f: (exc: PyObject, obj: PyObject | null) => void): void {
  writeUnraisable = f;
}

function slotGetitem(self: PyObject, key: PyObject): PyObject {
  return callRequired(self, '__getitem__', [key]);
}

function slotAssSubscript(self: PyObject, key: PyObject, value: PyObject | null): void {
  const r = value === null ? callRequired(self, '__delitem__', [key]) : callRequired(self, '__setitem__', [key, value]);
  decref(r);
}

function slotContains(self: PyObject, value: PyObject): boolean {
  const func = lookupStr(self.ob_type, '__contains__');
  if (func === Py_None) raise(PyExc_TypeError, `'${self.ob_type.tp_name}' object is not a container`);
  if (func === null) {
    // _PySequence_IterSearch
    let found = false;
    iterate(self, (item) => {
      if (item === value || PyObject_IsTrue(decrefAfter(PyObject_RichCompare(item, value, 2)))) {
        found = true;
        return true;
      }
    });
    return found;
  }
  const r = callFound(func, self, [value]);
  try {
    return PyObject_IsTrue(r);
  } finally {
    decref(r);
  }
}

function decrefAfter(o: PyObject): PyObject {
  // The comparison result is a new reference only used for its truth value.
  queueMicrotaskFree.push(o);
  if (queueMicrotaskFree.length > 64) flushFree();
  return o;
}
const queueMicrotaskFree: PyObject[] = [];
function flushFree(): void {
  while (queueMicrotaskFree.length) decref(queueMicrotaskFree.pop()!);
}

/** Wrapper descriptors of a static type's own slots (add_operators). */
function addOperators(type: PyTypeObject): void {
  const dict = type.tp_dict as PyDictObject;
  const t = type as unknown as Record<string, unknown>;
  const base = type.tp_base as unknown as Record<string, unknown> | null;
  for (const sd of slotdefs) {
    const fn = t[sd.slot];
    if (fn === null || fn === undefined) continue;
    if (sd.name === '__new__') continue;
    // Only slots the type defines itself (not yet inherited): differs from the base's.
    if (base !== null && base[sd.slot] === fn) continue;
    if (sd.slot === 'tp_hash' && fn === PyObject_HashNotImplemented) {
      if (!dictHas(type, '__hash__')) PyDict_SetItem(dict, internString('__hash__'), Py_None);
      continue;
    }
    const name = internString(sd.name);
    if (PyDict_GetItemWithError(dict, name) !== null) continue;
    if (sd.slot === 'tp_getattro' && sd.name === '__getattr__') continue;
    const w = PyDescr_NewWrapper(type, sd.name, sd.wrap(fn));
    w.wrapped = fn;
    PyDict_SetItem(dict, name, w);
    decref(w);
  }
  if (type.tp_new !== null && (base === null || base.tp_new !== type.tp_new)) addTpNewWrapper(type);
}

/** tp_new_wrapper: `T.__new__(S, ...)` as a builtin bound to the type. */
function addTpNewWrapper(type: PyTypeObject): void {
  const dict = type.tp_dict as PyDictObject;
  if (dictHas(type, '__new__')) return;
  const f = PyCFunctionForStatic({
    name: '__new__',
    fn: (_self, args, kw) => {
      if (args.length < 1) raise(PyExc_TypeError, `${type.tp_name}.__new__(): not enough arguments`);
      const sub = args[0];
      if (!(sub instanceof PyTypeObject)) {
        raise(PyExc_TypeError, `${type.tp_name}.__new__(X): X is not a type object (${sub.ob_type.tp_name})`);
      }
      if (!PyType_IsSubtype(sub, type)) {
        raise(PyExc_TypeError, `${type.tp_name}.__new__(${sub.tp_name}): ${sub.tp_name} is not a subtype of ${type.tp_name}`);
      }
      // Check that the use doesn't do something silly and unsafe like object.__new__(dict).
      let staticbase: PyTypeObject | null = sub;
      while (staticbase !== null && staticbase.tp_new === dispatcherFor(newSlotDef())) staticbase = staticbase.tp_base;
      if (staticbase !== null && staticbase.tp_new !== type.tp_new) {
        raise(PyExc_TypeError, `${type.tp_name}.__new__(${sub.tp_name}) is not safe, use ${staticbase.tp_name}.__new__()`);
      }
      return type.tp_new!(sub, args.slice(1), kw);
    },
  }, type);
  PyDict_SetItem(dict, internString('__new__'), f);
  decref(f);
}

/**
 * CPython 3.11: Objects/typeobject.c fixup_slot_dispatchers: update_one_slot once per slot (it
 * handles all the slot definitions sharing the slot, as CPython's steps over them).
 */
function fixupSlotDispatchers(type: PyTypeObject): void {
  for (const group of slotdefGroups().values()) updateOneSlot(type, group[0]);
}

/** The slot definitions of each slot (e.g. __add__ and __radd__ for nb_add), in slotdefs order. */
let slotdefsBySlot: Map<SlotDef['slot'], SlotDef[]> | null = null;

/** NON-CPYTHON: slotdefsBySlot, grouped on first use (CPython's slotdefs are sorted by offset). */
function slotdefGroups(): Map<SlotDef['slot'], SlotDef[]> {
  if (slotdefsBySlot === null) {
    slotdefsBySlot = new Map();
    for (const sd of slotdefs) {
      const group = slotdefsBySlot.get(sd.slot);
      if (group === undefined) slotdefsBySlot.set(sd.slot, [sd]);
      else group.push(sd);
    }
  }
  return slotdefsBySlot;
}

const dispatchCache = new Map<SlotDef, unknown>();

function dispatcherFor(sd: SlotDef): unknown {
  let f = dispatchCache.get(sd);
  if (f === undefined) {
    f = sd.dispatch();
    // Slot definitions sharing a slot (__add__/__radd__) must share one dispatcher function.
    for (const other of slotdefGroups().get(sd.slot)!) dispatchCache.set(other, f);
  }
  return f;
}

function updateOneSlot(type: PyTypeObject, sd: SlotDef): void {
  const t = type as unknown as Record<string, unknown>;
  // All names sharing this slot.
  const names = slotdefGroups().get(sd.slot)!;
  let specific: unknown = undefined;
  let useGeneric = false;
  let anyFound = false;
  for (const s of names) {
    const descr = lookupStr(type, s.name);
    if (descr === null) continue;
    anyFound = true;
    if (descr instanceof PyDescrObject && descr.ob_type === PyWrapperDescr_Type && descr.wrapped !== null && s.slot === sd.slot) {
      if (specific === undefined) specific = descr.wrapped;
      else if (specific !== descr.wrapped) useGeneric = true;
    } else if (sd.slot === 'tp_hash' && descr === Py_None) {
      specific = PyObject_HashNotImplemented;
    } else if (sd.slot === 'tp_new' && isBuiltinNew(descr)) {
      // inherited builtin __new__: keep the inherited tp_new
    } else useGeneric = true;
  }
  if (!anyFound) {
    t[sd.slot] = null;
    return;
  }
  if (sd.slot === 'tp_getattro') {
    const hasGetattr = lookupStr(type, '__getattr__') !== null;
    const ga = lookupStr(type, '__getattribute__');
    const genericGA = ga instanceof PyDescrObject && ga.dType === PyBaseObject_Type;
    if (!hasGetattr && genericGA) {
      type.tp_getattro = PyObject_GenericGetAttr;
      type.tp_getattro_opt = genericGetAttrOpt;
    } else {
      type.tp_getattro = slotGetattrHook;
      type.tp_getattro_opt = slotGetattrOpt;
    }
    return;
  }
  if (useGeneric || specific === undefined) {
    if (sd.slot === 'tp_new' && !useGeneric) return;
    t[sd.slot] = dispatcherFor(sd);
  } else t[sd.slot] = specific;
}

function isBuiltinNew(descr: PyObject): boolean {
  return builtinNewCheck(descr);
}
let builtinNewCheck: (o: PyObject) => boolean = () => false;
export function setBuiltinNewCheck(f: (o: PyObject) => boolean): void {
  builtinNewCheck = f;
}

function newSlotDef(): SlotDef {
  return slotdefGroups().get('tp_new')![0];
}

/** update_slot: a dunder assigned on a class after creation (and its subclasses). */
export function updateSlot(type: PyTypeObject, name: string): void {
  for (const sd of slotdefs) if (sd.name === name) {
    updateOneSlot(type, sd);
    for (const sub of type.tp_subclasses) updateSlot(sub, name);
  }
}

// ---------------------------------------------------------------------------------------------
// object
// ---------------------------------------------------------------------------------------------

const OBJECT_PREHEADER_GC = 16;

/** CPython 3.11: Objects/typeobject.c PyType_GenericAlloc for plain classes: a bare object. */
function objectAlloc(type: PyTypeObject): PyObject {
  const o = new PyObject(type);
  finishAlloc(o, type);
  return o;
}

/**
 * Memory, GC registration and instance data for a new object of `type` (the part of
 * PyType_GenericAlloc after the JavaScript object exists).
 */
export function finishAlloc(o: PyObject, type: PyTypeObject, nitems = -1): void {
  const heap = (type.tp_flags & TPFlags.HEAPTYPE) !== 0;
  // PyType_GenericAlloc(type, nitems): _PyObject_VAR_SIZE(type, nitems + 1), one item more
  // than asked (a sentinel), rounded up to a multiple of 8.
  const size = nitems < 0 ? type.tp_basicsize : (type.tp_basicsize + (nitems + 1) * type.tp_itemsize + 7) & ~7;
  const gc = (type.tp_flags & TPFlags.HAVE_GC) !== 0;
  const managed = (type.tp_flags & TPFlags.MANAGED_DICT) !== 0;
  const pre = (gc ? 16 : 0) + (managed ? 16 : 0);
  if (gc) gcAllocObject(o, size, pre);
  else allocPlain(o, size);
  if (heap) {
    incref(type);
    if (o.inst === null) o.inst = new InstanceData();
    if (type.nslots > 0) o.inst.slots = new Array(type.nslots).fill(null);
  }
  if (gc) gcTrack(o);
}

let allocPlain: (o: PyObject, size: number) => void = () => {};
export function setPlainAllocator(f: (o: PyObject, size: number) => void): void {
  allocPlain = f;
}

PyBaseObject_Type.tp_alloc = objectAlloc;
PyBaseObject_Type.tp_free = (o) => {
  const t = o.ob_type;
  const gc = (t.tp_flags & TPFlags.HAVE_GC) !== 0;
  const managed = (t.tp_flags & TPFlags.MANAGED_DICT) !== 0;
  if (gc) gcDel(o, 16 + (managed ? 16 : 0));
  else freePlain(o);
};

let freePlain: (o: PyObject) => void = () => {};
export function setPlainFree(f: (o: PyObject) => void): void {
  freePlain = f;
}

/** CPython 3.11: Objects/typeobject.c object_new (excess arguments, abstract classes). */
function object_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (args.length > 0 || (kwnames !== null && kwnames.length > 0)) {
    if (type.tp_new !== object_new) raise(PyExc_TypeError, 'object.__new__() takes exactly one argument (the type to instantiate)');
    if (type.tp_init === object_init) {
      raise(PyExc_TypeError, `${type.tp_name}() takes no arguments`);
    }
  }
  if (type.tp_flags & TPFlags.IS_ABSTRACT) raiseAbstract(type);
  const obj = type.tp_alloc!(type);
  // _PyObject_InitializeDict: only object.__new__ gives a managed dict its inline values; the
  // instances of other builtin bases' subclasses keep their attributes in a real __dict__.
  if (type.tp_flags & TPFlags.MANAGED_DICT && obj.inst !== null && obj.inst.values === null) initInstanceValues(obj, type);
  return obj;
}

/**
 * CPython 3.11: Objects/typeobject.c object_new, its Py_TPFLAGS_IS_ABSTRACT branch:
 * ", ".join(sorted(type.__abstractmethods__)) in the TypeError.
 */
function raiseAbstract(type: PyTypeObject): never {
  const abstractMethods = typeAbstractMethods(type);
  let sorted: PyListObject;
  try {
    sorted = PySequence_List(abstractMethods);
  } finally {
    decref(abstractMethods);
  }
  let joined: PyObject;
  let count: number;
  try {
    listSort(sorted, null, false);
    count = sorted.items.length;
    const sep = PyUnicode_FromString(', ');
    try {
      joined = PyUnicode_Join(sep, sorted);
    } finally {
      decref(sep);
    }
  } finally {
    decref(sorted);
  }
  const msg = `Can't instantiate abstract class ${type.tp_name} with abstract method${count > 1 ? 's' : ''} ${(joined as PyUnicodeObject).s}`;
  decref(joined);
  raise(PyExc_TypeError, msg);
}

function object_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const type = self.ob_type;
  if (args.length > 0 || (kwnames !== null && kwnames.length > 0)) {
    if (type.tp_init !== object_init) raise(PyExc_TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
    if (type.tp_new === object_new) {
      raise(PyExc_TypeError, `${type.tp_name}.__init__() takes exactly one argument (the instance to initialize)`);
    }
  }
}

PyBaseObject_Type.tp_new = object_new;
PyBaseObject_Type.tp_init = object_init;
PyBaseObject_Type.tp_dealloc = (o) => o.ob_type.tp_free!(o);
PyBaseObject_Type.tp_getattro = PyObject_GenericGetAttr;
PyBaseObject_Type.tp_getattro_opt = genericGetAttrOpt;
PyBaseObject_Type.tp_setattro = PyObject_GenericSetAttr;
PyBaseObject_Type.tp_hash = hashPointer;

/** CPython 3.11: Objects/typeobject.c object_repr: `<module.Qualname object at 0x...>`. */
PyBaseObject_Type.tp_repr = (self) => {
  const t = self.ob_type;
  const mod = typeModuleName(t);
  const name = mod !== null && mod !== 'builtins' ? `${mod}.${t.qualname}` : t.qualname;
  return PyUnicode_FromString(`<${name} object at ${hexAddr(self)}>`);
};
PyBaseObject_Type.tp_str = (self) => {
  const f = self.ob_type.tp_repr;
  return f === null ? PyObject_Repr(self) : f(self);
};

/** CPython 3.11: Objects/typeobject.c object_richcompare */
PyBaseObject_Type.tp_richcompare = (self, other, op) => {
  if (op === 2) return newref(self === other ? PyBoolTrue() : Py_NotImplemented);
  if (op === 3) {
    // By default, __ne__ delegates to __eq__ and inverts the result.
    const eq = self.ob_type.tp_richcompare;
    if (eq === null) return newref(Py_NotImplemented);
    const r = eq(self, other, 2);
    if (r === Py_NotImplemented) return r;
    try {
      return PyBool_FromBool(!PyObject_IsTrue(r));
    } finally {
      decref(r);
    }
  }
  return newref(Py_NotImplemented);
};

let PyBoolTrue: () => PyObject = () => Py_None;
export function setTrueGetter(f: () => PyObject): void {
  PyBoolTrue = f;
}

PyBaseObject_Type.methods = [
  {
    name: '__reduce_ex__',
    fn: () => raise(PyExc_TypeError, 'cannot pickle objects in this kernel'),
  },
  {
    name: '__dir__',
    fn: (self) => objectDir(self),
  },
  {
    name: '__format__',
    fn: (self, args) => {
      const spec = args[0];
      if (!(spec instanceof PyUnicodeObject)) raise(PyExc_TypeError, `__format__() argument must be str, not ${spec.ob_type.tp_name}`);
      if (spec.s.length > 0) {
        raise(PyExc_TypeError, `unsupported format string passed to ${self.ob_type.tp_name}.__format__`);
      }
      return PyObject_Str(self);
    },
  },
  { name: '__sizeof__', fn: (self) => PyLong_FromNumber(sizeofHook(self)) },
  {
    name: '__init_subclass__',
    kind: 'class',
    fn: (cls, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) {
        raise(PyExc_TypeError, `${(cls as PyTypeObject).qualname}.__init_subclass__() takes no keyword arguments`);
      }
      if (args.length > 0) raise(PyExc_TypeError, `${(cls as PyTypeObject).qualname}.__init_subclass__() takes no arguments (${args.length} given)`);
      return none();
    },
  },
  { name: '__reduce__', fn: () => raise(PyExc_TypeError, 'cannot pickle objects in this kernel') },
  {
    name: '__getstate__',
    fn: (self) => {
      const inst = self.inst;
      if (inst !== null && (inst.dict !== null || inst.values !== null)) return newref(materializeDict(self));
      return none();
    },
  },
  { name: '__subclasshook__', kind: 'class', fn: () => newref(Py_NotImplemented) },
];

let sizeofHook: (o: PyObject) => number = (o) => o.ob_type.tp_basicsize;
export function setSizeofHook(f: (o: PyObject) => number): void {
  sizeofHook = f;
}

PyBaseObject_Type.getsets = [
  {
    name: '__class__',
    get: (self) => newref(self.ob_type),
    set: (self, value) => {
      if (value === null) raise(PyExc_TypeError, "can't delete __class__ attribute");
      if (!(value instanceof PyTypeObject)) {
        raise(PyExc_TypeError, `__class__ must be set to a class, not '${value.ob_type.tp_name}' object`);
      }
      const old = self.ob_type;
      if (!(old.tp_flags & TPFlags.HEAPTYPE) || !(value.tp_flags & TPFlags.HEAPTYPE)) {
        raise(PyExc_TypeError, `__class__ assignment only supported for mutable types or ModuleType subclasses`);
      }
      incref(value);
      self.ob_type = value;
      decref(old);
    },
  },
];

/** object.__dir__: instance dict keys plus the attributes of the class and its bases. */
function objectDir(self: PyObject): PyObject {
  const names = new Set<string>();
  const inst = self.inst;
  if (inst !== null) {
    if (inst.dict !== null) dictForEach(inst.dict as PyDictObject, (k) => {
      if (k instanceof PyUnicodeObject) names.add(k.s);
    });
    else if (inst.values !== null && self.ob_type.cachedKeys !== null) {
      inst.values.forEach((v, i) => {
        if (v !== null) names.add(self.ob_type.cachedKeys![i]);
      });
    }
  }
  for (const t of (self.ob_type.tp_mro as PyTupleObject).items as PyTypeObject[]) {
    dictForEach(t.tp_dict as PyDictObject, (k) => {
      if (k instanceof PyUnicodeObject) names.add(k.s);
    });
  }
  return listOfStrings([...names]);
}

let listOfStrings: (names: string[]) => PyObject = () => {
  throw new Error('not ready');
};
export function setListOfStrings(f: (names: string[]) => PyObject): void {
  listOfStrings = f;
}

// ---------------------------------------------------------------------------------------------
// type
// ---------------------------------------------------------------------------------------------

PyType_Type.tp_repr = (o) => {
  const t = o as PyTypeObject;
  const mod = typeModuleName(t);
  if (mod !== null && mod !== 'builtins') return PyUnicode_FromString(`<class '${mod}.${t.qualname}'>`);
  return PyUnicode_FromString(`<class '${t.tp_name}'>`);
};

/** CPython 3.11: Objects/typeobject.c type_call */
PyType_Type.tp_call = (callee, args, kwnames) => {
  const type = callee as PyTypeObject;
  if (type === PyType_Type && args.length === 1 && (kwnames === null || kwnames.length === 0)) {
    return newref(args[0].ob_type);
  }
  if (type.tp_new === null) raise(PyExc_TypeError, `cannot create '${type.tp_name}' instances`);
  const obj = type.tp_new(type, args, kwnames);
  if (!PyObject_TypeCheck(obj, type)) return obj;
  const init = obj.ob_type.tp_init;
  if (init !== null) {
    try {
      init(obj, args, kwnames);
    } catch (e) {
      decref(obj);
      throw e;
    }
  }
  return obj;
};

/** CPython 3.11: Objects/typeobject.c type_getattro (meta-attributes, then the MRO). */
function type_getattro_opt(o: PyObject, nameObj: PyObject): PyObject | null {
  const type = o as PyTypeObject;
  const name = nameObj as PyUnicodeObject;
  const metatype = type.ob_type;
  const metaAttr = _PyType_Lookup(metatype, name);
  let metaGet: PyTypeObject['tp_descr_get'] = null;
  if (metaAttr !== null) {
    incref(metaAttr);
    metaGet = metaAttr.ob_type.tp_descr_get;
    if (metaGet !== null && metaAttr.ob_type.tp_descr_set !== null) {
      try {
        return metaGet(metaAttr, type, metatype);
      } finally {
        decref(metaAttr);
      }
    }
  }
  const attr = _PyType_Lookup(type, name);
  if (attr !== null) {
    incref(attr);
    const localGet = attr.ob_type.tp_descr_get;
    if (metaAttr !== null) decref(metaAttr);
    if (localGet !== null) {
      try {
        return localGet(attr, null, type);
      } finally {
        decref(attr);
      }
    }
    return attr;
  }
  if (metaGet !== null) {
    try {
      return metaGet(metaAttr!, type, metatype);
    } finally {
      decref(metaAttr!);
    }
  }
  if (metaAttr !== null) return metaAttr;
  return null;
}

PyType_Type.tp_getattro_opt = type_getattro_opt;
PyType_Type.tp_getattro = (o, name) => {
  const v = type_getattro_opt(o, name);
  if (v !== null) return v;
  const t = o as PyTypeObject;
  throw new PyErr(newAttributeError(`type object '${t.qualname}' has no attribute '${(name as PyUnicodeObject).s}'`, name as PyUnicodeObject, o));
};

/** CPython 3.11: Objects/typeobject.c type_setattro */
PyType_Type.tp_setattro = (o, name, value) => {
  const type = o as PyTypeObject;
  const n = name as PyUnicodeObject;
  if (!(type.tp_flags & TPFlags.HEAPTYPE)) {
    raise(PyExc_TypeError, `cannot set '${n.s}' attribute of immutable type '${type.tp_name}'`);
  }
  const metaAttr = _PyType_Lookup(type.ob_type, n);
  if (metaAttr !== null && metaAttr.ob_type.tp_descr_set !== null) {
    metaAttr.ob_type.tp_descr_set(metaAttr, type, value);
    return;
  }
  const dict = type.tp_dict as PyDictObject;
  if (value === null) {
    const old = dictPop(dict, n);
    if (old === null) {
      throw new PyErr(newAttributeError(`type object '${type.qualname}' has no attribute '${n.s}'`, n, type));
    }
    decref(old);
  } else PyDict_SetItem(dict, PyUnicode_InternFromStringBorrow(n), value);
  PyType_Modified(type);
  if (n.s.startsWith('__') && n.s.endsWith('__')) updateSlot(type, n.s);
};

function PyUnicode_InternFromStringBorrow(n: PyUnicodeObject): PyUnicodeObject {
  return internString(n.s);
}

PyType_Type.tp_alloc = objectAlloc;
PyType_Type.tp_traverse = (o, visit) => {
  const t = o as PyTypeObject;
  if (!(t.tp_flags & TPFlags.HEAPTYPE)) return;
  if (t.tp_dict !== null) visit(t.tp_dict);
  if (t.tp_mro !== null) visit(t.tp_mro);
  if (t.tp_bases !== null) visit(t.tp_bases);
  if (t.tp_base !== null) visit(t.tp_base);
};

/** CPython 3.11: Objects/typeobject.c type_clear */
PyType_Type.tp_clear = (o) => {
  const t = o as PyTypeObject;
  PyType_Modified(t);
  const d = t.tp_dict;
  if (d !== null) (d.ob_type.tp_clear!)(d);
  const mro = t.tp_mro;
  t.tp_mro = null;
  xdecref(mro);
};

/** CPython 3.11: Objects/typeobject.c type_dealloc (heap types only). */
PyType_Type.tp_dealloc = (o) => {
  const t = o as PyTypeObject;
  if (!(t.tp_flags & TPFlags.HEAPTYPE)) throw new Error(`deallocating static type ${t.tp_name}`);
  gcUntrack(t);
  for (const b of ((t.tp_bases as PyTupleObject | null)?.items ?? []) as PyTypeObject[]) b.tp_subclasses.delete(t);
  const fields = [t.tp_base, t.tp_dict, t.tp_bases, t.tp_mro, t.htName, t.htQualname];
  t.htName = null;
  t.htQualname = null;
  t.tp_base = null;
  t.tp_dict = null;
  t.tp_bases = null;
  t.tp_mro = null;
  t.lookupCache.clear();
  for (const f of fields) xdecref(f);
  if (t.cachedKeysAddr !== 0) memFree(t.cachedKeysAddr);
  gcDel(t, 16);
};

// ---------------------------------------------------------------------------------------------
// Class creation: type(name, bases, dict)
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/typeobject.c _PyType_CalculateMetaclass */
export function calculateMetaclass(metatype: PyTypeObject, bases: PyObject[]): PyTypeObject {
  let winner = metatype;
  for (const b of bases) {
    const t = b.ob_type;
    if (PyType_IsSubtype(winner, t)) continue;
    if (PyType_IsSubtype(t, winner)) {
      winner = t;
      continue;
    }
    raise(
      PyExc_TypeError,
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  return winner;
}

/** solid_base: the base whose instance layout this class extends. */
function solidBase(t: PyTypeObject): PyTypeObject {
  const base = t.tp_base === null ? PyBaseObject_Type : solidBase(t.tp_base);
  if (!(t.tp_flags & TPFlags.HEAPTYPE) || t.slotNames.length > 0) {
    if (t.tp_alloc !== (t.tp_base?.tp_alloc ?? null) || t.tp_basicsize !== base.tp_basicsize) return t;
  }
  return base;
}

/** best_base: the most derived solid base among the bases. */
function bestBase(bases: PyTypeObject[]): PyTypeObject {
  let base: PyTypeObject | null = null;
  let winner: PyTypeObject | null = null;
  for (const b of bases) {
    if (!(b.tp_flags & TPFlags.BASETYPE)) raise(PyExc_TypeError, `type '${b.tp_name}' is not an acceptable base type`);
    const candidate = solidBase(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (PyType_IsSubtype(winner, candidate)) {
      // keep
    } else if (PyType_IsSubtype(candidate, winner)) {
      winner = candidate;
      base = b;
    } else raise(PyExc_TypeError, 'multiple bases have instance lay-out conflict');
  }
  return base!;
}

function mangle(className: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  if (stripped.length === 0) return name;
  return `_${stripped}${name}`;
}

const HEAPTYPE_BASICSIZE_WEAKREF = 8;

/** CPython 3.11: Objects/typeobject.c type_new_impl */
export function typeNew(metatype: PyTypeObject, name: string, basesIn: PyObject[], origDict: PyDictObject, kwnames: string[] | null, kwvalues: PyObject[], nameObj: PyObject | null = null): PyTypeObject {
  for (const b of basesIn) {
    if (!(b instanceof PyTypeObject)) raise(PyExc_TypeError, `bases must be types`);
  }
  const bases = (basesIn.length === 0 ? [PyBaseObject_Type] : basesIn) as PyTypeObject[];
  const base = bestBase(bases);
  const dict = PyDict_Copy(origDict);
  const type = new PyTypeObject(metatype, name, base.tp_basicsize, base.tp_itemsize,
    TPFlags.HEAPTYPE | TPFlags.BASETYPE | TPFlags.HAVE_GC);
  // PyType_GenericAlloc (_PyObject_Init): only a heap metatype gains a reference; subtype_dealloc
  // releases it, while type_dealloc (a static metatype) releases none.
  if (metatype.tp_flags & TPFlags.HEAPTYPE) incref(metatype);
  let addDict = false;
  let addWeak = false;
  const slotNames: string[] = [];
  try {
    type.tp_base = base;
    incref(base);
    type.tp_bases = tupleFromArray(bases);
    type.tp_dict = dict;
    type.moduleName = '';
    type.tp_alloc = base.tp_alloc;
    type.tp_free = base.tp_free;
    type.nslots = base.nslots;
    type.hasDict = base.hasDict;
    type.hasWeakref = base.hasWeakref;

    // __slots__
    const slots = PyDict_GetItemWithError(dict, internString('__slots__'));
    if (slots === null) {
      if (!base.hasDict) addDict = true;
      if (!base.hasWeakref && base.tp_itemsize === 0) addWeak = true;
    } else {
      const items = slots instanceof PyUnicodeObject ? [slots] : sequenceToArray(slots);
      if (slots instanceof PyUnicodeObject) incref(slots);
      try {
        for (const s of items) {
          if (!(s instanceof PyUnicodeObject)) raise(PyExc_TypeError, `__slots__ items must be strings, not '${s.ob_type.tp_name}'`);
          if (!/^[A-Za-z_][A-Za-z0-9_]*$/u.test(s.s)) raise(PyExc_TypeError, '__slots__ must be identifiers');
          if (s.s === '__dict__') {
            if (base.hasDict || addDict) raise(PyExc_TypeError, '__dict__ slot disallowed: we already got one');
            addDict = true;
          } else if (s.s === '__weakref__') {
            if (base.hasWeakref || base.tp_itemsize !== 0 || addWeak) raise(PyExc_TypeError, '__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
            addWeak = true;
          } else {
            const m = mangle(name, s.s);
            if (PyDict_GetItemWithError(dict, internString(m)) !== null) {
              raise(valueErrorType(), `'${s.s}' in __slots__ conflicts with class variable`);
            }
            slotNames.push(m);
          }
        }
      } finally {
        for (const s of items) decref(s);
      }
      slotNames.sort();
      if (slotNames.length > 0 && base.tp_itemsize !== 0) {
        raise(PyExc_TypeError, `nonempty __slots__ not supported for subtype of '${base.tp_name}'`);
      }
    }

    // type_new_set_attrs (after type_new_alloc in CPython, so after the __slots__ checks):
    // __qualname__ comes from the dict and is removed from it.
    const qn = dictPop(dict, internString('__qualname__'));
    if (qn !== null) {
      if (!(qn instanceof PyUnicodeObject)) {
        decref(qn);
        raise(PyExc_TypeError, `type __qualname__ must be a str, not ${qn.ob_type.tp_name}`);
      }
      type.qualname = qn.s;
      type.htQualname = qn;
    } else type.qualname = name;
    type.htName = nameObj !== null ? newref(nameObj) : PyUnicode_FromString(name);
    // type_new_set_name: tp_name is the name's UTF-8 form, cached in the str (PyUnicode_AsUTF8AndSize).
    PyUnicode_AsUTF8(type.htName as PyUnicodeObject);
    typeNewSetModule(dict);
    setCTypeName(type, dict, name);
    if (type.htQualname === null) type.htQualname = newref(type.htName);
  } catch (e) {
    // type_new_init's error path before type_new_alloc (bad __slots__; here also a bad
    // __qualname__, which CPython finds just after allocating): CPython has taken no reference
    // yet but its dict copy (Py_XDECREF(dict)), so release everything set on the class so far.
    const fields = [type.tp_base, type.tp_bases, type.tp_dict, type.htName, type.htQualname];
    type.tp_base = null;
    type.tp_bases = null;
    type.tp_dict = null;
    type.htName = null;
    type.htQualname = null;
    for (const f of fields) xdecref(f);
    if (metatype.tp_flags & TPFlags.HEAPTYPE) decref(metatype);
    throw e;
  }
  type.slotNames = slotNames;
  type.tp_basicsize = base.tp_basicsize + 8 * slotNames.length + (addWeak ? HEAPTYPE_BASICSIZE_WEAKREF : 0);
  if (addDict) {
    type.hasDict = true;
    if (base.tp_itemsize === 0) type.tp_flags |= TPFlags.MANAGED_DICT;
    else type.tp_basicsize += 8;
  }
  if (base.tp_flags & TPFlags.MANAGED_DICT) type.tp_flags |= TPFlags.MANAGED_DICT;
  if (addWeak) type.hasWeakref = true;

  // Special methods become static/class methods.
  for (const [attr, wrap] of [['__new__', PyStaticMethod_New], ['__init_subclass__', PyClassMethod_New], ['__class_getitem__', PyClassMethod_New]] as const) {
    const f = PyDict_GetItemWithError(dict, internString(attr));
    if (f instanceof PyFunctionObject) {
      const w = wrap(f);
      PyDict_SetItem(dict, internString(attr), w);
      decref(w);
    }
  }

  // Member descriptors for __slots__, the __dict__ and __weakref__ getsets and __doc__: made by
  // PyType_Ready's type_ready_fill_dict and type_dict_set_doc, after the MRO (a metaclass's mro()
  // sees the class without them, and a failed MRO leaves no descriptor holding the class).
  const firstSlot = type.nslots;
  type.nslots = firstSlot + slotNames.length;
  const fillDict = (): void => {
    slotNames.forEach((s, i) => {
      const d = PyDescr_NewMember(type, s, firstSlot + i);
      PyDict_SetItem(dict, internString(s), d);
      decref(d);
    });
    // subtype_getsets_full
    if (addDict) {
      const d = PyDescr_NewGetSet(type, {
        name: '__dict__',
        get: (o) => newref(materializeDict(o)),
        set: (o, v) => setInstanceDict(o, v),
      });
      PyDict_SetItem(dict, internString('__dict__'), d);
      decref(d);
    }
    if (addWeak) {
      const d = PyDescr_NewGetSet(type, { name: '__weakref__', get: (o) => weakrefGetter(o) });
      PyDict_SetItem(dict, internString('__weakref__'), d);
      decref(d);
    }
    if (PyDict_GetItemWithError(dict, internString('__doc__')) === null) {
      PyDict_SetItem(dict, internString('__doc__'), Py_None);
    }
  };
  type.tp_dealloc = instanceDealloc;
  type.tp_traverse = cTypeTraverse(type, dict) ?? instanceTraverse;
  type.tp_clear = instanceClear;
  type.tp_getattro = PyObject_GenericGetAttr;
  type.tp_getattro_opt = genericGetAttrOpt;
  type.tp_setattro = PyObject_GenericSetAttr;

  // type_new_alloc: PyType_GenericAlloc(metatype, nslots) makes room for nslots + 1 PyMemberDefs.
  // (CPython allocates the type before setting its attributes; here the slots are parsed first.
  // Either way it has its address before PyType_Ready, whose add_subclass keys on it.)
  gcAllocObject(type, TypeLayout.HEAP_TYPE + TypeLayout.MEMBER_DEF * (type.slotNames.length + 1), 16);
  try {
    PyType_Ready(type, fillDict);
  } catch (e) {
    // type_new_impl's error path: Py_DECREF(type) deallocates the unfinished class.
    decref(type);
    throw e;
  }
  // _PyDict_NewKeysForClass: classes whose instances have a managed dict get shared keys now.
  if (type.tp_flags & TPFlags.MANAGED_DICT && type.cachedKeys === null) {
    type.cachedKeys = [];
    type.cachedKeysIndex = new Map();
    type.cachedKeysUsable = 30;
    type.cachedKeysAddr = memMalloc(TypeLayout.SHARED_KEYS);
  }
  gcTrack(type);
  fixupSlotDispatchers(type);
  // The builtin base's deallocation still has to run for builtin subclasses (list, dict, ...).
  if (base !== PyBaseObject_Type && !(base.tp_flags & TPFlags.HEAPTYPE)) type.baseDealloc = base.tp_dealloc;
  else if (base.tp_flags & TPFlags.HEAPTYPE) type.baseDealloc = base.baseDealloc;

  try {
    // type_new_set_classcell: the __class__ cell of methods using super() refers to the new class.
    const cell = dictPop(dict, internString('__classcell__'));
    if (cell !== null) {
      if (!(cell instanceof PyCellObject)) {
        const tn = cell.ob_type.tp_name;
        decref(cell);
        raise(PyExc_TypeError, `__classcell__ must be a nonlocal cell, not <class '${tn}'>`);
      }
      const old = cell.ref;
      cell.ref = newref(type);
      xdecref(old);
      decref(cell);
    }
    setNames(type);
    initSubclass(type, kwnames, kwvalues);
  } catch (e) {
    // type_new_impl's error path: Py_DECREF(type); the class lives on in its cycles (its mro,
    // its descriptors) until the collector frees it.
    decref(type);
    throw e;
  }
  return type;
}

/**
 * CPython 3.11: Objects/typeobject.c type_new_set_module: without `__module__` in the
 * namespace, the class takes the `__name__` of the calling code's globals (PyEval_GetGlobals).
 */
function typeNewSetModule(dict: PyDictObject): void {
  const key = internString('__module__');
  if (PyDict_GetItemWithError(dict, key) !== null) return;
  const globals = currentGlobals();
  if (globals === null) return;
  const module = PyDict_GetItemWithError(globals, internString('__name__'));
  if (module === null) return;
  PyDict_SetItem(dict, key, module);
}

/**
 * NON-CPYTHON: a class that stands in for a C type (defined in a kernel/lib module, listed in
 * kernel/lib/index.ts) is named as the C type is, `module.Name` (tp_name "decimal.Decimal",
 * "collections.deque"; a `builtins` type keeps its bare name): builtin error messages name it so.
 */
function setCTypeName(type: PyTypeObject, dict: PyDictObject, name: string): void {
  const globals = currentGlobals();
  const definer = globals !== null ? PyDict_GetItemWithError(globals, internString('__name__')) : null;
  if (!(definer instanceof PyUnicodeObject) || !isCType(definer.s, type.qualname)) return;
  const module = PyDict_GetItemWithError(dict, internString('__module__'));
  if (module instanceof PyUnicodeObject && module.s !== 'builtins') type.tp_name = `${module.s}.${name}`;
  // A C type without Py_TPFLAGS_HAVE_GC (its objects hold no references that could form a cycle).
  if (libCTypesWithoutGc[definer.s]?.includes(type.qualname)) type.tp_flags &= ~TPFlags.HAVE_GC;
}

/**
 * NON-CPYTHON: the tp_traverse of the kernel/lib classes that stand for C types whose traverse
 * CPython shapes itself (functools._lru_cache_wrapper walks its link list), by `module.qualname`;
 * each factory gets the class and returns its traverse. It must visit exactly the references the
 * instance owns, directly or through objects the collector does not track.
 */
const cTypeTraverseFactories = new Map<string, (type: PyTypeObject) => (o: PyObject, visit: (o: PyObject) => void) => void>();
export function registerCTypeTraverse(
  name: string, factory: (type: PyTypeObject) => (o: PyObject, visit: (o: PyObject) => void) => void,
): void {
  cTypeTraverseFactories.set(name, factory);
}

function cTypeTraverse(type: PyTypeObject, dict: PyDictObject): ((o: PyObject, visit: (o: PyObject) => void) => void) | null {
  if (cTypeTraverseFactories.size === 0) return null;
  const globals = currentGlobals();
  const definer = globals !== null ? PyDict_GetItemWithError(globals, internString('__name__')) : null;
  if (!(definer instanceof PyUnicodeObject) || !isCType(definer.s, type.qualname)) return null;
  const module = PyDict_GetItemWithError(dict, internString('__module__'));
  if (!(module instanceof PyUnicodeObject) || module.s !== definer.s) return null;
  const factory = cTypeTraverseFactories.get(`${definer.s}.${type.qualname}`);
  return factory === undefined ? null : factory(type);
}

let currentGlobals: () => PyDictObject | null = () => null;
/** Installed at start-up: PyEval_GetGlobals, the globals of the running Python frame. */
export function setGlobalsGetter(f: () => PyDictObject | null): void {
  currentGlobals = f;
}

let weakrefGetter: (o: PyObject) => PyObject = () => none();
export function setWeakrefGetter(f: (o: PyObject) => PyObject): void {
  weakrefGetter = f;
}

/** CPython 3.11: Objects/typeobject.c type_new_set_names: calls __set_name__ on attributes. */
function setNames(type: PyTypeObject): void {
  // The names are read from a copy of the dict (PyDict_Copy: __set_name__ may change the dict).
  const dict = PyDict_Copy(type.tp_dict as PyDictObject);
  const entries: [PyObject, PyObject][] = [];
  dictForEach(dict, (k, v) => {
    incref(k);
    incref(v);
    entries.push([k, v]);
  });
  try {
    for (const [k, v] of entries) {
      const setName = lookupStr(v.ob_type, '__set_name__');
      if (setName === null) continue;
      let r: PyObject;
      try {
        r = callFound(setName, v, [type, k]);
      } catch (e) {
        if (!(e instanceof PyErr)) throw e;
        raiseFromCause(e, `Error calling __set_name__ on '${v.ob_type.tp_name}' instance ${reprOf(k)} in '${type.tp_name}'`);
      }
      decref(r);
    }
  } finally {
    for (const [k, v] of entries) {
      decref(k);
      decref(v);
    }
    decref(dict);
  }
}

/** PyObject_Repr's text (a new reference released at once). */
function reprOf(o: PyObject): string {
  const r = PyObject_Repr(o) as PyUnicodeObject;
  const t = r.s;
  decref(r);
  return t;
}

/**
 * CPython 3.11: Python/errors.c _PyErr_FormatFromCause with RuntimeError: a new RuntimeError
 * whose __cause__ and __context__ are the pending exception (whose reference it takes over).
 */
function raiseFromCause(cause: PyErr, msg: string): never {
  try {
    raise(PyExc_RuntimeError, msg);
  } catch (e) {
    const exc = (e as PyErr).exc as PyBaseExceptionObject;
    setCause(exc, newref(cause.exc));
    setContext(exc, cause.exc);
    (e as PyErr).chained = true;
    throw e;
  }
}

/** CPython 3.11: Objects/typeobject.c type_new_init_subclass: super(type, type).__init_subclass__(**kwds). */
function initSubclass(type: PyTypeObject, kwnames: string[] | null, kwvalues: PyObject[]): void {
  const mro = (type.tp_mro as PyTupleObject).items as PyTypeObject[];
  const name = internString('__init_subclass__');
  for (let i = 1; i < mro.length; i++) {
    const d = mro[i].tp_dict as PyDictObject;
    const f = PyDict_GetItemWithError(d, name);
    if (f === null) continue;
    incref(f);
    try {
      const get = f.ob_type.tp_descr_get;
      const bound = get === null ? newref(f) : get(f, null, type);
      try {
        const r = PyObject_Call(bound, kwvalues, kwnames);
        decref(r);
      } finally {
        decref(bound);
      }
    } finally {
      decref(f);
    }
    return;
  }
}

/** type.__new__(metatype, name, bases, dict, **kwds) and type(name, bases, dict). */
PyType_Type.tp_new = (metatype, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (metatype === PyType_Type && npos === 1 && nkw === 0) return newref(args[0].ob_type);
  if (npos !== 3) raise(PyExc_TypeError, 'type() takes 1 or 3 arguments');
  const [nameObj, basesObj, dictObj] = args;
  if (!(nameObj instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `type.__new__() argument 1 must be str, not ${nameObj.ob_type.tp_name}`);
  }
  if (!(basesObj instanceof PyTupleObject)) {
    raise(PyExc_TypeError, `type.__new__() argument 2 must be tuple, not ${basesObj.ob_type.tp_name}`);
  }
  if (!(dictObj instanceof PyDictObject)) {
    raise(PyExc_TypeError, `type.__new__() argument 3 must be dict, not ${dictObj.ob_type.tp_name}`);
  }
  checkNoMroEntries(basesObj.items);
  const winner = calculateMetaclass(metatype, basesObj.items);
  if (winner !== metatype && winner.tp_new !== PyType_Type.tp_new) {
    return winner.tp_new!(winner, args, kwnames);
  }
  return typeNew(winner, nameObj.s, basesObj.items, dictObj, kwnames, args.slice(npos), nameObj);
};

/** CPython 3.11: Objects/typeobject.c type_new_get_bases: type() leaves __mro_entries__ to types.new_class. */
function checkNoMroEntries(bases: PyObject[]): void {
  for (const base of bases) {
    if (base instanceof PyTypeObject) continue;
    const entries = _PyObject_LookupAttr(base, internString('__mro_entries__'));
    if (entries !== null) {
      decref(entries);
      raise(PyExc_TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
    }
  }
}

PyType_Type.tp_init = () => {};

export { PyExc_RuntimeError, memMalloc, iterate, PyObject_GetIter, tupleFromArraySteal, unpackArgs, PyDict_DelItem };

// ---------------------------------------------------------------------------------------------
// type's attributes and methods
// ---------------------------------------------------------------------------------------------

function heapTypeCheck(t: PyTypeObject, attr: string): void {
  if (!(t.tp_flags & TPFlags.HEAPTYPE)) {
    raise(PyExc_TypeError, `cannot set '${attr}' attribute of immutable type '${t.tp_name}'`);
  }
}

PyType_Type.getsets = [
  {
    name: '__name__',
    get: (o) => {
      const t = o as PyTypeObject;
      if (t.htName !== null) return newref(t.htName);
      return PyUnicode_FromString(t.tp_flags & TPFlags.HEAPTYPE ? t.tp_name : t.tp_name.slice(t.tp_name.lastIndexOf('.') + 1));
    },
    set: (o, v) => {
      const t = o as PyTypeObject;
      heapTypeCheck(t, '__name__');
      if (!(v instanceof PyUnicodeObject)) raise(PyExc_TypeError, `can only assign string to ${t.tp_name}.__name__, not '${v?.ob_type.tp_name}'`);
      t.tp_name = v.s;
      const old = t.htName;
      t.htName = newref(v);
      xdecref(old);
    },
  },
  {
    name: '__qualname__',
    get: (o) => {
      const t = o as PyTypeObject;
      return t.htQualname !== null ? newref(t.htQualname) : PyUnicode_FromString(t.qualname);
    },
    set: (o, v) => {
      const t = o as PyTypeObject;
      heapTypeCheck(t, '__qualname__');
      if (!(v instanceof PyUnicodeObject)) raise(PyExc_TypeError, `can only assign string to ${t.tp_name}.__qualname__, not '${v?.ob_type.tp_name}'`);
      t.qualname = v.s;
      const old = t.htQualname;
      t.htQualname = newref(v);
      xdecref(old);
    },
  },
  {
    name: '__module__',
    get: (o) => {
      const t = o as PyTypeObject;
      if (t.tp_flags & TPFlags.HEAPTYPE) {
        const m = PyDict_GetItemWithError(t.tp_dict as PyDictObject, internString('__module__'));
        if (m === null) raise(PyExc_AttributeError, '__module__');
        return newref(m);
      }
      return PyUnicode_FromString(t.moduleName);
    },
    set: (o, v) => {
      const t = o as PyTypeObject;
      heapTypeCheck(t, '__module__');
      PyDict_SetItem(t.tp_dict as PyDictObject, internString('__module__'), v ?? Py_None);
    },
  },
  { name: '__abstractmethods__', get: (o) => typeAbstractMethods(o as PyTypeObject), set: (o, v) => typeSetAbstractMethods(o as PyTypeObject, v) },
  { name: '__bases__', get: (o) => newref((o as PyTypeObject).tp_bases!), set: (o, v) => typeSetBases(o as PyTypeObject, v) },
  { name: '__base__', get: (o) => newref((o as PyTypeObject).tp_base ?? Py_None) },
  { name: '__mro__', get: (o) => newref((o as PyTypeObject).tp_mro!) },
  { name: '__dict__', get: (o) => newMappingProxy((o as PyTypeObject).tp_dict!) },
  {
    name: '__doc__',
    get: (o) => {
      const t = o as PyTypeObject;
      const d = PyDict_GetItemWithError(t.tp_dict as PyDictObject, internString('__doc__'));
      if (d === null) return newref(Py_None);
      const get = d.ob_type.tp_descr_get;
      return get !== null ? get(d, null, t) : newref(d);
    },
    set: (o, v) => {
      const t = o as PyTypeObject;
      heapTypeCheck(t, '__doc__');
      PyDict_SetItem(t.tp_dict as PyDictObject, internString('__doc__'), v ?? Py_None);
      PyType_Modified(t);
    },
  },
  { name: '__flags__', get: (o) => PyLong_FromNumber((o as PyTypeObject).tp_flags >>> 0) },
  { name: '__basicsize__', get: (o) => PyLong_FromNumber((o as PyTypeObject).tp_basicsize) },
  { name: '__itemsize__', get: (o) => PyLong_FromNumber((o as PyTypeObject).tp_itemsize) },
  { name: '__weakrefoffset__', get: (o) => PyLong_FromNumber((o as PyTypeObject).hasWeakref ? 16 : 0) },
  // A managed dict is -1; a variable-size base (int, tuple, bytes) keeps the dict pointer at the
  // end of the object: -sizeof(PyObject *).
  { name: '__dictoffset__', get: (o) => PyLong_FromNumber((o as PyTypeObject).hasDict ? ((o as PyTypeObject).tp_itemsize > 0 ? -8 : -1) : 0) },
];

PyType_Type.methods.push(
  {
    name: 'mro',
    fn: (self) => {
      const t = self as PyTypeObject;
      return listOfObjects(mroImplementationPublic(t));
    },
  },
  {
    name: '__subclasses__',
    fn: (self) => listOfObjects([...(self as PyTypeObject).tp_subclasses]),
  },
  {
    name: '__instancecheck__',
    fn: (self, args) => PyBool_FromBool(PyObject_TypeCheck(args[0], self as PyTypeObject)),
  },
  {
    name: '__subclasscheck__',
    fn: (self, args) => {
      if (!(args[0] instanceof PyTypeObject)) raise(PyExc_TypeError, 'issubclass() arg 1 must be a class');
      return PyBool_FromBool(PyType_IsSubtype(args[0], self as PyTypeObject));
    },
  },
  { name: '__sizeof__', fn: (self) => PyLong_FromNumber(typeSizeOf(self as PyTypeObject)) },
  { name: '__dir__', fn: (self) => typeDir(self as PyTypeObject) },
);

/** CPython 3.11: Objects/typeobject.c type_abstractmethods: only from the type's own dict. */
function typeAbstractMethods(type: PyTypeObject): PyObject {
  const name = internString('__abstractmethods__');
  // type itself has an __abstractmethods__ descriptor (this one): it is not returned.
  const mod = type !== PyType_Type ? PyDict_GetItemWithError(type.tp_dict as PyDictObject, name) : null;
  if (mod === null) raise(PyExc_AttributeError, '__abstractmethods__');
  return newref(mod);
}

/**
 * CPython 3.11: Objects/typeobject.c type_set_abstractmethods: stores (or deletes) the dict
 * entry and sets Py_TPFLAGS_IS_ABSTRACT from the value's truth.
 */
function typeSetAbstractMethods(type: PyTypeObject, value: PyObject | null): void {
  const name = internString('__abstractmethods__');
  const dict = type.tp_dict as PyDictObject;
  let abstract = false;
  if (value !== null) {
    abstract = PyObject_IsTrue(value);
    PyDict_SetItem(dict, name, value);
  } else {
    const old = dictPop(dict, name);
    if (old === null) raise(PyExc_AttributeError, '__abstractmethods__');
    decref(old);
  }
  PyType_Modified(type);
  if (abstract) type.tp_flags |= TPFlags.IS_ABSTRACT;
  else type.tp_flags &= ~TPFlags.IS_ABSTRACT;
}

/** CPython 3.11: Objects/typeobject.c check_set_special_type_attr */
function checkSetSpecialTypeAttr(type: PyTypeObject, value: PyObject | null, name: string): asserts value is PyObject {
  heapTypeCheck(type, name);
  if (value === null) raise(PyExc_TypeError, `cannot delete '${name}' attribute of immutable type '${type.tp_name}'`);
}

/**
 * CPython 3.11: Objects/typeobject.c type_set_bases: checks the new bases, gives the class and
 * every subclass a new MRO (mro_hierarchy; all put back if one fails), then moves the class
 * between its bases' subclass lists and updates its slots.
 */
function typeSetBases(type: PyTypeObject, newBases: PyObject | null): void {
  checkSetSpecialTypeAttr(type, newBases, '__bases__');
  if (!(newBases instanceof PyTupleObject)) {
    raise(PyExc_TypeError, `can only assign tuple to ${type.tp_name}.__bases__, not ${newBases.ob_type.tp_name}`);
  }
  if (newBases.items.length === 0) raise(PyExc_TypeError, `can only assign non-empty tuple to ${type.tp_name}.__bases__, not ()`);
  for (const ob of newBases.items) {
    if (!(ob instanceof PyTypeObject)) {
      raise(PyExc_TypeError, `${type.tp_name}.__bases__ must be tuple of classes, not '${ob.ob_type.tp_name}'`);
    }
    if (PyType_IsSubtype(ob, type) || (ob.tp_mro !== null && typeIsSubtypeBaseChain(ob, type))) {
      raise(PyExc_TypeError, 'a __bases__ item causes an inheritance cycle');
    }
  }
  const newBase = bestBase(newBases.items as PyTypeObject[]);
  compatibleForAssignment(type.tp_base!, newBase, '__bases__');
  const oldBases = type.tp_bases!;
  const oldBase = type.tp_base!;
  type.tp_bases = newref(newBases);
  type.tp_base = newref(newBase);
  const temp = listOfObjects([]) as PyListObject;
  const changed: [PyTypeObject, PyObject, PyObject | null][] = [];
  try {
    mroHierarchy(type, temp, changed);
  } catch (e) {
    undoMroHierarchy(changed);
    decref(temp);
    // bail
    type.tp_bases = oldBases;
    type.tp_base = oldBase;
    decref(newBases);
    decref(newBase);
    throw e;
  }
  decref(temp);
  removeAllSubclasses(type, oldBases);
  addAllSubclasses(type, newBases);
  updateAllSlots(type);
  decref(oldBases);
  decref(oldBase);
}

/**
 * CPython 3.11: Objects/typeobject.c type_set_bases, its undo: the classes whose MRO is still
 * the one mro_hierarchy made get their old one back, last changed first.
 */
function undoMroHierarchy(changed: [PyTypeObject, PyObject, PyObject | null][]): void {
  for (let i = changed.length - 1; i >= 0; i--) {
    const [cls, newMro, oldMro] = changed[i];
    if (cls.tp_mro !== newMro) continue;
    cls.tp_mro = oldMro !== null ? newref(oldMro) : null;
    decref(newMro);
    PyType_Modified(cls);
  }
}

/** CPython 3.11: Objects/typeobject.c type_is_subtype_base_chain: b along a's tp_base chain. */
function typeIsSubtypeBaseChain(a: PyTypeObject, b: PyTypeObject): boolean {
  for (let t: PyTypeObject | null = a; t !== null; t = t.tp_base) if (t === b) return true;
  return b === PyBaseObject_Type;
}

/**
 * CPython 3.11: Objects/typeobject.c mro_hierarchy: a new MRO for the class, then for each of
 * its subclasses; `temp` holds (cls, new_mro, old_mro) for each, as CPython's list does, and
 * `changed` the same for the undo.
 */
function mroHierarchy(type: PyTypeObject, temp: PyListObject, changed: [PyTypeObject, PyObject, PyObject | null][]): void {
  const oldMro = mroInternal(type);
  const newMro = type.tp_mro!;
  const record = tupleFromArray(oldMro !== null ? [type, newMro, oldMro] : [type, newMro]);
  PyList_Append(temp, record);
  decref(record);
  changed.push([type, newMro, oldMro]);
  xdecref(oldMro);
  if (type.tp_subclasses.size === 0) return;
  // _PyType_GetSubclasses: a list copy, as the MRO calls may change the subclasses.
  const subclasses = listOfObjects([...type.tp_subclasses]) as PyListObject;
  try {
    for (const sub of subclasses.items as PyTypeObject[]) mroHierarchy(sub, temp, changed);
  } finally {
    decref(subclasses);
  }
}

/**
 * CPython 3.11: Objects/typeobject.c mro_internal: computes the MRO (mro_invoke) and installs it;
 * returns the old one (a new reference), or null. A metaclass's mro() that set the MRO itself
 * (reentrance) wins: its result is kept and the old one is returned as is.
 */
function mroInternal(type: PyTypeObject): PyObject | null {
  const oldMro = type.tp_mro;
  if (oldMro !== null) incref(oldMro);
  const newMro = mroInvoke(type);
  if (type.tp_mro !== oldMro) {
    decref(newMro);
    return oldMro;
  }
  if (oldMro !== null) decref(oldMro);
  type.tp_mro = newMro;
  PyType_Modified(type);
  return oldMro;
}

/**
 * CPython 3.11: Objects/typeobject.c mro_invoke: the metaclass's mro() when the class's type is
 * not `type` (looked up on the metaclass, as lookup_method does), else mro_implementation; the
 * result as a tuple, checked by mro_check when it came from a custom mro().
 */
function mroInvoke(type: PyTypeObject): PyTupleObject {
  const custom = type.ob_type !== PyType_Type;
  if (!custom) return tupleFromArray(mroImplementationPublic(type));
  const result = callSpecial(type, 'mro', []);
  if (result === null) raise(PyExc_AttributeError, 'mro');
  let items: PyObject[];
  try {
    items = sequenceToArray(result);
  } finally {
    decref(result);
  }
  const mro = tupleFromArraySteal(items);
  try {
    if (items.length === 0) raise(PyExc_TypeError, 'type MRO must not be empty');
    mroCheck(type, items);
  } catch (e) {
    decref(mro);
    throw e;
  }
  return mro;
}

/** CPython 3.11: Objects/typeobject.c mro_check: classes only, each a layout the class extends. */
function mroCheck(type: PyTypeObject, items: PyObject[]): void {
  const solid = solidBase(type);
  for (const b of items) {
    if (!(b instanceof PyTypeObject)) raise(PyExc_TypeError, `mro() returned a non-class ('${b.ob_type.tp_name}')`);
    if (!PyType_IsSubtype(solid, solidBase(b))) raise(PyExc_TypeError, `mro() returned base with unsuitable layout ('${b.tp_name}')`);
  }
}

/** CPython 3.11: Objects/typeobject.c remove_all_subclasses: type leaves each old base's list. */
function removeAllSubclasses(type: PyTypeObject, bases: PyObject): void {
  for (const b of (bases as PyTupleObject).items) {
    if (b instanceof PyTypeObject) b.tp_subclasses.delete(type);
  }
  removeSubclassHook(type);
}

/** CPython 3.11: Objects/typeobject.c add_all_subclasses */
function addAllSubclasses(type: PyTypeObject, bases: PyObject): void {
  for (const b of (bases as PyTupleObject).items as PyTypeObject[]) {
    b.tp_subclasses.add(type);
    addSubclassHook(b, type);
  }
}

/** CPython 3.11: Objects/typeobject.c update_all_slots: every slot of the class and its subclasses. */
function updateAllSlots(type: PyTypeObject): void {
  PyType_Modified(type);
  fixupSlotDispatchers(type);
  for (const sub of type.tp_subclasses) updateAllSlots(sub);
}

/**
 * CPython 3.11: Objects/typeobject.c compatible_for_assignment: may instances of oldto become
 * instances of newto (same deallocator, same layout up to the highest compatible bases)?
 * NON-CPYTHON: tp_free stands for PyObject_GC_Del exactly when the type has Py_TPFLAGS_HAVE_GC
 * (as in CPython, where the kernel's per-type free functions differ).
 */
function compatibleForAssignment(oldto: PyTypeObject, newto: PyTypeObject, attr: string): void {
  if ((newto.tp_flags ^ oldto.tp_flags) & TPFlags.HAVE_GC) {
    raise(PyExc_TypeError, `${attr} assignment: '${newto.tp_name}' deallocator differs from '${oldto.tp_name}'`);
  }
  let newbase = newto;
  let oldbase = oldto;
  while (compatibleWithTpBase(newbase)) newbase = newbase.tp_base!;
  while (compatibleWithTpBase(oldbase)) oldbase = oldbase.tp_base!;
  const sameLayout = newbase === oldbase || (newbase.tp_base === oldbase.tp_base && sameSlotsAdded(newbase, oldbase));
  if (!sameLayout || (oldto.tp_flags & TPFlags.MANAGED_DICT) !== (newto.tp_flags & TPFlags.MANAGED_DICT)) {
    raise(PyExc_TypeError, `${attr} assignment: '${newto.tp_name}' object layout differs from '${oldto.tp_name}'`);
  }
}

/**
 * CPython 3.11: Objects/typeobject.c compatible_with_tp_base: the child adds nothing to its
 * base's instance layout (a dict or weakref slot of its own would change the offsets).
 */
function compatibleWithTpBase(child: PyTypeObject): boolean {
  const parent = child.tp_base;
  return parent !== null && child.tp_basicsize === parent.tp_basicsize && child.tp_itemsize === parent.tp_itemsize &&
    child.hasDict === parent.hasDict && child.hasWeakref === parent.hasWeakref &&
    (child.tp_flags & TPFlags.HAVE_GC) === (parent.tp_flags & TPFlags.HAVE_GC) &&
    (child.tp_dealloc === instanceDealloc || child.tp_dealloc === parent.tp_dealloc);
}

/**
 * CPython 3.11: Objects/typeobject.c same_slots_added: two heap types over one base that add
 * the same slots: a weakref slot right after the base, then equal __slots__.
 */
function sameSlotsAdded(a: PyTypeObject, b: PyTypeObject): boolean {
  const base = a.tp_base!;
  let size = base.tp_basicsize;
  // A heap type's tp_weaklistoffset is the base's size when it adds the slot and no __slots__.
  const weakAtBase = (t: PyTypeObject) => t.hasWeakref && !base.hasWeakref && t.slotNames.length === 0;
  if (weakAtBase(a) && weakAtBase(b)) size += 8;
  if (!(a.tp_flags & TPFlags.HEAPTYPE) || !(b.tp_flags & TPFlags.HEAPTYPE)) return false;
  if (a.slotNames.length !== b.slotNames.length || a.slotNames.some((n, i) => n !== b.slotNames[i])) return false;
  size += 8 * a.slotNames.length;
  return size === a.tp_basicsize && size === b.tp_basicsize;
}

export const enum TypeLayout {
  /** sizeof(PyTypeObject) in 3.11 */
  STATIC_TYPE = 408,
  /** sizeof(PyHeapTypeObject) in 3.11 */
  HEAP_TYPE = 904,
  /** sizeof(PyMemberDef) = type.__itemsize__: a heap type's members follow it in its block. */
  MEMBER_DEF = 40,
  /** _PyDict_KeysSize of a class's shared keys: 2**6 slots, 42 unicode entries (32 + 64 + 42*16). */
  SHARED_KEYS = 768,
}

/** CPython 3.11: Objects/typeobject.c type___sizeof___impl */
function typeSizeOf(t: PyTypeObject): number {
  if (!(t.tp_flags & TPFlags.HEAPTYPE)) return TypeLayout.STATIC_TYPE;
  return TypeLayout.HEAP_TYPE + (t.cachedKeys !== null ? TypeLayout.SHARED_KEYS : 0);
}

function mroImplementationPublic(t: PyTypeObject): PyTypeObject[] {
  if (t.tp_base === null) return [t];
  return mroImplementation(t);
}

function typeDir(t: PyTypeObject): PyObject {
  const names = new Set<string>();
  for (const base of (t.tp_mro as PyTupleObject).items as PyTypeObject[]) {
    dictForEach(base.tp_dict as PyDictObject, (k) => {
      if (k instanceof PyUnicodeObject) names.add(k.s);
    });
  }
  return listOfStrings([...names]);
}

let listOfObjects: (items: PyObject[]) => PyObject = () => {
  throw new Error('not ready');
};
export function setListOfObjects(f: (items: PyObject[]) => PyObject): void {
  listOfObjects = f;
}

let newMappingProxy: (d: PyObject) => PyObject = (d) => newref(d);
export function setMappingProxyFactory(f: (d: PyObject) => PyObject): void {
  newMappingProxy = f;
}
