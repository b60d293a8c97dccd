/**
 * Instances of classes: 3.11's managed dict (attribute values stored against the class's
 * shared keys until `__dict__` is asked for), __slots__ values, and subtype_dealloc with
 * PEP 442 finalization.
 * CPython 3.11: Objects/dictobject.c (init_inline_values, _PyObject_StoreInstanceAttribute,
 * _PyObject_GetInstanceAttribute, make_dict_from_instance_attributes), Objects/typeobject.c
 * (subtype_dealloc, subtype_traverse, subtype_clear), Objects/object.c
 * (PyObject_CallFinalizerFromDealloc).
 */
import { InstanceData, PyObject, PyTypeObject, TPFlags } from './pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { memFree, memMalloc } from '../memory/heap.ts';
import { raiseObject, raise } from '../vm/errors.ts';
import { PyExc_TypeError, newAttributeError } from './exceptions.ts';
import { PyUnicodeObject, PyUnicode_Type, internString } from './unicodeobject.ts';
import { PyDictObject, PyDict_New, PyDict_SetItem, PyDict_GetItemWithError, dictPop } from './dictobject.ts';
import { gcUntrack, isTracked, gcTrack } from '../gc/gcstate.ts';

export const enum SharedKeys {
  /** SHARED_KEYS_MAX_SIZE: a class's shared keys hold at most 30 names. */
  MAX_SIZE = 30,
  /** GC flag bit: the finalizer already ran (_PyGC_PREV_MASK_FINALIZED). */
  FINALIZED = 1,
}

/** Weak-reference clearing, installed by the weakref module (PyObject_ClearWeakRefs). */
let clearWeakRefs: (o: PyObject) => void = () => {};
export function setClearWeakRefs(f: (o: PyObject) => void): void {
  clearWeakRefs = f;
}

/** init_inline_values: a new instance's values array sized by the shared keys. */
export function initInstanceValues(o: PyObject, type: PyTypeObject): void {
  if (type.cachedKeys === null) {
    // _PyDict_NewKeysForClass
    type.cachedKeys = [];
    type.cachedKeysIndex = new Map();
    type.cachedKeysUsable = SharedKeys.MAX_SIZE;
  }
  if (type.cachedKeysUsable > 1) type.cachedKeysUsable--;
  const size = type.cachedKeys.length + type.cachedKeysUsable;
  const inst = o.inst!;
  inst.values = new Array(size).fill(null);
  inst.order = [];
  // new_values: a prefix of (size + 2) bytes rounded to 8, then the pointers.
  inst.valuesAddr = memMalloc(Math.ceil((size + 2) / 8) * 8 + 8 * size);
}

function freeValuesBlock(inst: InstanceData): void {
  if (inst.valuesAddr !== 0) {
    memFree(inst.valuesAddr);
    inst.valuesAddr = 0;
  }
}

/** _PyObject_GetInstanceAttribute / the dict lookup: a new reference or null. */
export function instanceGetAttr(_obj: PyObject, inst: InstanceData, name: PyUnicodeObject): PyObject | null {
  if (inst.dict !== null) {
    const v = PyDict_GetItemWithError(inst.dict as PyDictObject, name);
    return v === null ? null : newref(v);
  }
  const values = inst.values;
  if (values === null) return null;
  const ix = _obj.ob_type.cachedKeysIndex!.get(name.s);
  if (ix === undefined) return null;
  const v = values[ix];
  return v === null || v === undefined ? null : newref(v);
}

/** _PyObject_StoreInstanceAttribute, falling back to a materialised dict. */
export function instanceSetAttr(obj: PyObject, inst: InstanceData, name: PyUnicodeObject, value: PyObject | null): void {
  if (inst.dict === null && inst.values !== null && name.ob_type === PyUnicode_Type) {
    const type = obj.ob_type;
    let ix = type.cachedKeysIndex!.get(name.s);
    if (ix === undefined && value !== null && type.cachedKeysUsable > 0 && type.cachedKeys!.length < inst.values.length) {
      // insert_into_dictkeys: the name joins the class's shared keys.
      ix = type.cachedKeys!.length;
      type.cachedKeys!.push(internString(name.s).s);
      type.cachedKeysIndex!.set(name.s, ix);
      type.cachedKeysUsable--;
    }
    if (ix !== undefined && ix < inst.values.length) {
      const old = inst.values[ix];
      if (value === null) {
        if (old === null) raiseObject(missing(obj, name));
        inst.values[ix] = null;
        inst.order!.splice(inst.order!.indexOf(ix), 1);
        decref(old);
        return;
      }
      incref(value);
      inst.values[ix] = value;
      if (old === null) inst.order!.push(ix);
      else decref(old);
      maintainDictTracking(obj, value);
      return;
    }
    if (value === null) raiseObject(missing(obj, name));
    materializeDict(obj);
  }
  if (inst.dict === null) {
    if (value === null) raiseObject(missing(obj, name));
    inst.dict = PyDict_New();
  }
  const d = inst.dict as PyDictObject;
  if (value === null) {
    const old = dictPop(d, name);
    if (old === null) raiseObject(missing(obj, name));
    decref(old);
    return;
  }
  PyDict_SetItem(d, internString(name.s) === name ? name : name, value);
}

function missing(obj: PyObject, name: PyUnicodeObject): PyObject {
  return newAttributeError(`'${obj.ob_type.tp_name}' object has no attribute '${name.s}'`, name, obj);
}

/** Values hold references the collector must see: nothing to do for instances (always tracked). */
function maintainDictTracking(_obj: PyObject, _value: PyObject): void {}

/**
 * make_dict_from_instance_attributes: `obj.__dict__` creates a dict from the values (a BORROWED
 * reference is returned; the instance owns it).
 */
export function materializeDict(obj: PyObject): PyDictObject {
  const inst = obj.inst;
  if (inst === null) raise(PyExc_TypeError, 'This object has no __dict__');
  if (inst.dict !== null) return inst.dict as PyDictObject;
  const d = PyDict_New();
  const type = obj.ob_type;
  if (inst.values !== null) {
    for (const ix of inst.order!) {
      const v = inst.values[ix]!;
      PyDict_SetItem(d, internString(type.cachedKeys![ix]), v);
      decref(v);
    }
    inst.values = null;
    inst.order = null;
    freeValuesBlock(inst);
    d.sharedKeysOf = type;
  }
  inst.dict = d;
  return d;
}

/** subtype_setdict: `obj.__dict__ = {...}`. */
export function setInstanceDict(obj: PyObject, value: PyObject | null): void {
  if (value === null) raise(PyExc_TypeError, 'cannot delete __dict__');
  if (!(value instanceof PyDictObject)) {
    raise(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${value.ob_type.tp_name}'`);
  }
  materializeDict(obj);
  const inst = obj.inst!;
  const old = inst.dict;
  incref(value);
  inst.dict = value;
  xdecref(old);
}

/**
 * The __slots__ values in CPython's order: the most derived class's members first, each class's
 * in its (sorted) member order (subtype_traverse, clear_slots walk from the type to its bases).
 */
function forEachSlot(self: PyObject, slots: (PyObject | null)[], f: (index: number) => void): void {
  for (let t: PyTypeObject | null = self.ob_type; t !== null && t.tp_flags & TPFlags.HEAPTYPE; t = t.tp_base) {
    const n = t.slotNames.length;
    for (let i = t.nslots - n; i < t.nslots; i++) if (i < slots.length) f(i);
  }
}

/** subtype_traverse's member loop (forEachSlot without a closure: traversal is hot). */
function visitSlots(self: PyObject, slots: (PyObject | null)[], visit: (o: PyObject) => void): void {
  for (let t: PyTypeObject | null = self.ob_type; t !== null && t.tp_flags & TPFlags.HEAPTYPE; t = t.tp_base) {
    const end = t.nslots < slots.length ? t.nslots : slots.length;
    for (let i = t.nslots - t.slotNames.length; i < end; i++) {
      const s = slots[i];
      if (s !== null) visit(s);
    }
  }
}

/**
 * CPython 3.11: Objects/typeobject.c subtype_traverse: the slots, the managed dict's values,
 * the instance dict unless the builtin base has its own (type->tp_dictoffset ==
 * base->tp_dictoffset: the base's traverse visits it), the type, then the base's traverse.
 */
export function instanceTraverse(self: PyObject, visit: (o: PyObject) => void): void {
  const inst = self.inst;
  const base = builtinBase(self.ob_type);
  if (inst !== null) {
    if (inst.slots !== null) visitSlots(self, inst.slots, visit);
    // _PyObject_VisitInstanceAttributes: the values in key order.
    const values = inst.values;
    if (values !== null) {
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v !== null) visit(v);
      }
    }
    if (inst.dict !== null && !base.hasDict) visit(inst.dict);
  }
  visit(self.ob_type);
  if (base.tp_traverse !== null) base.tp_traverse(self, visit);
}

/** The nearest static base: the one whose tp_traverse, tp_clear and tp_dealloc are not subtype_*'s. */
function builtinBase(type: PyTypeObject): PyTypeObject {
  let t = type;
  while (t.tp_flags & TPFlags.HEAPTYPE && t.tp_base !== null) t = t.tp_base;
  return t;
}

/** clear_slots for every class of the instance, most derived first. */
function clearSlots(self: PyObject, slots: (PyObject | null)[]): void {
  forEachSlot(self, slots, (i) => {
    const v = slots[i];
    if (v !== null) {
      slots[i] = null;
      decref(v);
    }
  });
}

/**
 * CPython 3.11: Objects/typeobject.c subtype_clear: the slots, the managed dict's values, the
 * instance dict if the builtin base has none of its own, then the base's tp_clear.
 */
export function instanceClear(self: PyObject): void {
  const inst = self.inst;
  // An instance without instance data (a class whose metaclass is a Python class) still has the
  // base's tp_clear to run (type_clear).
  if (inst === null) {
    const base = builtinBase(self.ob_type);
    if (base.tp_clear !== null) base.tp_clear(self);
    return;
  }
  if (inst.slots !== null) clearSlots(self, inst.slots);
  if (inst.values !== null) {
    // _PyObject_ClearInstanceAttributes: Py_CLEAR of each value, in key order.
    const values = inst.values;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null) continue;
      values[i] = null;
      inst.order!.splice(inst.order!.indexOf(i), 1);
      decref(v);
    }
  }
  const base = builtinBase(self.ob_type);
  if (inst.dict !== null && !base.hasDict) {
    const d = inst.dict;
    inst.dict = null;
    decref(d);
  }
  if (base.tp_clear !== null) base.tp_clear(self);
}

/**
 * CPython 3.11: Objects/object.c PyObject_CallFinalizerFromDealloc: runs tp_finalize once with
 * the object temporarily revived; returns true if the finalizer resurrected it.
 */
export function callFinalizerFromDealloc(self: PyObject): boolean {
  const fin = self.ob_type.tp_finalize;
  if (fin === null || (self.gcFlags & SharedKeys.FINALIZED) !== 0) return false;
  self.ob_refcnt = 1;
  self.gcFlags |= SharedKeys.FINALIZED;
  fin(self);
  if (--self.ob_refcnt === 0) return false;
  // Resurrected: the object lives on (and is tracked again if it is a GC object).
  if ((self.ob_type.tp_flags & TPFlags.HAVE_GC) && !isTracked(self)) gcTrack(self);
  return true;
}

/** CPython 3.11: Objects/typeobject.c subtype_dealloc */
export function instanceDealloc(self: PyObject): void {
  const type = self.ob_type;
  const gc = (type.tp_flags & TPFlags.HAVE_GC) !== 0;
  if (gc) gcUntrack(self);
  if (type.tp_finalize !== null) {
    if (gc) gcTrack(self);
    if (callFinalizerFromDealloc(self)) return;
    if (gc) gcUntrack(self);
  }
  if (type.hasWeakref) clearWeakRefs(self);
  const inst = self.inst;
  if (inst !== null) {
    if (inst.slots !== null) clearSlots(self, inst.slots);
    // _PyObject_FreeInstanceAttributes: values in key order, first to last.
    if (inst.values !== null) {
      const values = inst.values;
      inst.values = null;
      inst.order = null;
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v !== null) decref(v);
      }
      freeValuesBlock(inst);
    }
    // "If we added a dict, DECREF it": a base with its own dict releases it in its dealloc.
    if (inst.dict !== null && !builtinBase(type).hasDict) {
      const d = inst.dict;
      inst.dict = null;
      decref(d);
    }
  }
  const base = type.baseDealloc;
  if (base !== null) {
    base(self);
  } else type.tp_free!(self);
  decref(type);
}
