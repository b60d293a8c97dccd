/**
 * The dict iterators (keys, values, items, forwards and reversed) and the dict views
 * (dict_keys, dict_values, dict_items) with their set operations.
 * CPython 3.11: Objects/dictobject.c (dictiterobject, dictiter_new, dictiter_iternext*,
 * dictreviter_iternext, _PyDictViewObject, dictview_*, dictviews_*, dictitems_*).
 */
import { PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack, isTracked } from '../gc/gcstate.ts';
import { PyObject_GetAttr, PyObject_RichCompareBool, Py_None, Py_NotImplemented, none, reprString } from './object.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { PyUnicode_FromString, internString } from './unicodeobject.ts';
import { reprEnter, reprLeave } from './reprenter.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_RuntimeError } from './exceptions.ts';
import { PyObject_Call, PyObject_GetIter, PyObject_Size, PyIter_Next, PySequence_Contains } from './abstract.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { PyTupleObject, tupleFromArray, tupleFromArraySteal } from './tupleobject.ts';
import { PySequence_List } from './listobject.ts';
import { noArgs, oneArg } from './getargs.ts';
import { PyAnySet_Check, PySetObject, PySet_New, PySet_Type, setAddKey, setUpdateFrom } from './setobject.ts';
import {
  PyDictObject, PyDict_Contains, PyDict_Copy, PyDict_DelItem, PyDict_GetItemWithError, PyDict_Type, dictGetKnownHash, dictNext,
} from './dictobject.ts';

const enum DictIterLayout {
  /** sizeof(dictiterobject): header, di_dict, di_used, di_pos, di_result, len. */
  ITER_SIZE = 56,
  /** sizeof(_PyDictViewObject): header, dv_dict. */
  VIEW_SIZE = 24,
}

const ITER_FLAGS = TPFlags.HAVE_GC;

export const PyDictIterKey_Type: PyTypeObject = registerStaticType(newStaticType('dict_keyiterator', DictIterLayout.ITER_SIZE, 0, ITER_FLAGS));
export const PyDictIterValue_Type: PyTypeObject = registerStaticType(
  newStaticType('dict_valueiterator', DictIterLayout.ITER_SIZE, 0, ITER_FLAGS),
);
export const PyDictIterItem_Type: PyTypeObject = registerStaticType(newStaticType('dict_itemiterator', DictIterLayout.ITER_SIZE, 0, ITER_FLAGS));
export const PyDictRevIterKey_Type: PyTypeObject = registerStaticType(
  newStaticType('dict_reversekeyiterator', DictIterLayout.ITER_SIZE, 0, ITER_FLAGS),
);
export const PyDictRevIterValue_Type: PyTypeObject = registerStaticType(
  newStaticType('dict_reversevalueiterator', DictIterLayout.ITER_SIZE, 0, ITER_FLAGS),
);
export const PyDictRevIterItem_Type: PyTypeObject = registerStaticType(
  newStaticType('dict_reverseitemiterator', DictIterLayout.ITER_SIZE, 0, ITER_FLAGS),
);

export const PyDictKeys_Type: PyTypeObject = registerStaticType(newStaticType('dict_keys', DictIterLayout.VIEW_SIZE, 0, ITER_FLAGS));
export const PyDictValues_Type: PyTypeObject = registerStaticType(newStaticType('dict_values', DictIterLayout.VIEW_SIZE, 0, ITER_FLAGS));
export const PyDictItems_Type: PyTypeObject = registerStaticType(newStaticType('dict_items', DictIterLayout.VIEW_SIZE, 0, ITER_FLAGS));

// ---------------------------------------------------------------------------------------------
// Iterators
// ---------------------------------------------------------------------------------------------

/** dictiterobject */
export class DictIterObject extends PyObject {
  /** di_dict: dropped (null) once the iteration is over. */
  dict: PyDictObject | null;
  /** di_used: the dict's size when iteration started (-1 once a change was seen). */
  used: number;
  /** di_pos: the next entry index (counting down for reversed iterators). */
  pos: number;
  /** di_result: the (key, value) tuple items iterators recycle. */
  result: PyTupleObject | null = null;
  /** len: items still expected. */
  len: number;
  constructor(type: PyTypeObject, dict: PyDictObject) {
    super(type, false);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.dict = dict;
    this.used = dict.used;
    this.len = dict.used;
    this.pos = 0;
  }
}

function isReversed(t: PyTypeObject): boolean {
  return t === PyDictRevIterKey_Type || t === PyDictRevIterValue_Type || t === PyDictRevIterItem_Type;
}

/** CPython 3.11: Objects/dictobject.c dictiter_new */
export function dictiterNew(dict: PyDictObject, type: PyTypeObject): DictIterObject {
  const di = new DictIterObject(type, dict);
  gcAllocObject(di, DictIterLayout.ITER_SIZE);
  incref(dict);
  if (isReversed(type)) di.pos = dict.keys.nentries - 1;
  if (type === PyDictIterItem_Type || type === PyDictRevIterItem_Type) di.result = tupleFromArray([Py_None, Py_None]);
  gcTrack(di);
  return di;
}

function dictiter_dealloc(o: PyObject): void {
  const di = o as DictIterObject;
  gcUntrack(di);
  const d = di.dict;
  const r = di.result;
  di.dict = null;
  di.result = null;
  xdecref(d);
  xdecref(r);
  gcDel(di);
}

function dictiter_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const di = o as DictIterObject;
  if (di.dict !== null) visit(di.dict);
  if (di.result !== null) visit(di.result);
}

/** The size check every iterator step starts with ("Make this state sticky"). */
function checkUnchanged(di: DictIterObject, d: PyDictObject): void {
  if (di.used !== d.used) {
    di.used = -1;
    raise(PyExc_RuntimeError, 'dictionary changed size during iteration');
  }
}

/** The end of iteration: the iterator lets go of its dict. */
function iterDone(di: DictIterObject, d: PyDictObject): null {
  di.dict = null;
  decref(d);
  return null;
}

/**
 * The shared step of dictiter_iternextkey / value / item: the index of the next live entry,
 * or -1 when exhausted (the dict is then released).
 */
function nextEntry(di: DictIterObject, d: PyDictObject): number {
  checkUnchanged(di, d);
  const i = dictNext(d, di.pos);
  if (i < 0) {
    iterDone(di, d);
    return -1;
  }
  // We found an element, but did not expect it.
  if (di.len === 0) {
    iterDone(di, d);
    raise(PyExc_RuntimeError, 'dictionary keys changed during iteration');
  }
  di.pos = i + 1;
  di.len--;
  return i;
}

/** dictreviter_iternext's search: the previous live entry, or -1 when exhausted. */
function prevEntry(di: DictIterObject, d: PyDictObject): number {
  checkUnchanged(di, d);
  let i = di.pos;
  if (i < 0) {
    iterDone(di, d);
    return -1;
  }
  const keys = d.keys.keys;
  while (keys[i] === null || keys[i] === undefined) {
    if (--i < 0) {
      iterDone(di, d);
      return -1;
    }
  }
  di.pos = i - 1;
  di.len--;
  return i;
}

/** The (key, value) result: the previous tuple is refilled when only the iterator holds it. */
function itemResult(di: DictIterObject, key: PyObject, value: PyObject): PyObject {
  incref(key);
  incref(value);
  const result = di.result!;
  if (result.ob_refcnt === 1) {
    const oldkey = result.items[0];
    const oldvalue = result.items[1];
    result.items[0] = key;
    result.items[1] = value;
    incref(result);
    decref(oldkey);
    decref(oldvalue);
    // bpo-42536: the collector may have untracked this result tuple.
    if (!isTracked(result)) gcTrack(result);
    return result;
  }
  return tupleFromArraySteal([key, value]);
}

PyDictIterKey_Type.tp_iternext = (o) => {
  const di = o as DictIterObject;
  const d = di.dict;
  if (d === null) return null;
  const i = nextEntry(di, d);
  return i < 0 ? null : newref(d.keys.keys[i]!);
};

PyDictIterValue_Type.tp_iternext = (o) => {
  const di = o as DictIterObject;
  const d = di.dict;
  if (d === null) return null;
  const i = nextEntry(di, d);
  return i < 0 ? null : newref(d.keys.values[i]!);
};

PyDictIterItem_Type.tp_iternext = (o) => {
  const di = o as DictIterObject;
  const d = di.dict;
  if (d === null) return null;
  const i = nextEntry(di, d);
  return i < 0 ? null : itemResult(di, d.keys.keys[i]!, d.keys.values[i]!);
};

PyDictRevIterKey_Type.tp_iternext = (o) => {
  const di = o as DictIterObject;
  const d = di.dict;
  if (d === null) return null;
  const i = prevEntry(di, d);
  return i < 0 ? null : newref(d.keys.keys[i]!);
};

PyDictRevIterValue_Type.tp_iternext = (o) => {
  const di = o as DictIterObject;
  const d = di.dict;
  if (d === null) return null;
  const i = prevEntry(di, d);
  return i < 0 ? null : newref(d.keys.values[i]!);
};

PyDictRevIterItem_Type.tp_iternext = (o) => {
  const di = o as DictIterObject;
  const d = di.dict;
  if (d === null) return null;
  const i = prevEntry(di, d);
  return i < 0 ? null : itemResult(di, d.keys.keys[i]!, d.keys.values[i]!);
};

/** dictiter_len: items left, 0 once the dict changed size or was released. */
function dictiterLen(di: DictIterObject): number {
  return di.dict !== null && di.used === di.dict.used ? di.len : 0;
}

for (const t of [PyDictIterKey_Type, PyDictIterValue_Type, PyDictIterItem_Type, PyDictRevIterKey_Type, PyDictRevIterValue_Type, PyDictRevIterItem_Type]) {
  t.tp_dealloc = dictiter_dealloc;
  t.tp_traverse = dictiter_traverse;
  t.tp_iter = (o) => newref(o);
  t.methods = [
    {
      name: '__length_hint__',
      fn: (self, args, kw) => {
        noArgs(`${self.ob_type.tp_name}.__length_hint__`, args, kw);
        return PyLong_FromNumber(dictiterLen(self as DictIterObject));
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------------

/** _PyDictViewObject */
export class DictViewObject extends PyObject {
  dict: PyDictObject | null;
  constructor(type: PyTypeObject, dict: PyDictObject) {
    super(type, false);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.dict = dict;
  }
}

/** CPython 3.11: Objects/dictobject.c _PyDictView_New */
export function dictviewNew(dict: PyDictObject, type: PyTypeObject): DictViewObject {
  const dv = new DictViewObject(type, dict);
  gcAllocObject(dv, DictIterLayout.VIEW_SIZE);
  incref(dict);
  gcTrack(dv);
  return dv;
}

/** PyDictViewSet_Check: keys and items views behave as sets. */
function isSetView(o: PyObject): o is DictViewObject {
  return o.ob_type === PyDictKeys_Type || o.ob_type === PyDictItems_Type;
}

function dictview_len(o: PyObject): number {
  const d = (o as DictViewObject).dict;
  return d === null ? 0 : d.used;
}

/** CPython 3.11: Objects/dictobject.c dictview_repr: `dict_keys([...])`. */
function dictview_repr(o: PyObject): PyObject {
  if (!reprEnter(o)) return PyUnicode_FromString('...');
  try {
    const seq = PySequence_List(o);
    try {
      return PyUnicode_FromString(`${o.ob_type.tp_name}(${reprString(seq)})`);
    } finally {
      decref(seq);
    }
  } finally {
    reprLeave(o);
  }
}

for (const t of [PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type]) {
  t.tp_dealloc = (o) => {
    const dv = o as DictViewObject;
    gcUntrack(dv);
    const d = dv.dict;
    dv.dict = null;
    xdecref(d);
    gcDel(dv);
  };
  t.tp_traverse = (o, visit) => {
    const d = (o as DictViewObject).dict;
    if (d !== null) visit(d);
  };
  t.sq_length = dictview_len;
  t.tp_repr = dictview_repr;
}

const viewDict = (o: PyObject) => (o as DictViewObject).dict;

PyDictKeys_Type.tp_iter = (o) => {
  const d = viewDict(o);
  return d === null ? newref(Py_None) : dictiterNew(d, PyDictIterKey_Type);
};
PyDictValues_Type.tp_iter = (o) => {
  const d = viewDict(o);
  return d === null ? newref(Py_None) : dictiterNew(d, PyDictIterValue_Type);
};
PyDictItems_Type.tp_iter = (o) => {
  const d = viewDict(o);
  return d === null ? newref(Py_None) : dictiterNew(d, PyDictIterItem_Type);
};

/** CPython 3.11: Objects/dictobject.c dictkeys_contains */
function dictkeys_contains(o: PyObject, key: PyObject): boolean {
  const d = viewDict(o);
  return d !== null && PyDict_Contains(d, key);
}
PyDictKeys_Type.sq_contains = dictkeys_contains;

/** CPython 3.11: Objects/dictobject.c dictitems_contains: (key, value) with an equal value. */
function dictitems_contains(o: PyObject, obj: PyObject): boolean {
  const d = viewDict(o);
  if (d === null) return false;
  if (!(obj instanceof PyTupleObject) || obj.items.length !== 2) return false;
  const found = PyDict_GetItemWithError(d, obj.items[0]);
  if (found === null) return false;
  incref(found);
  try {
    return PyObject_RichCompareBool(found, obj.items[1], 2);
  } finally {
    decref(found);
  }
}
PyDictItems_Type.sq_contains = dictitems_contains;

/** CPython 3.11: Objects/dictobject.c all_contained_in */
function allContainedIn(self: PyObject, other: PyObject): boolean {
  const it = PyObject_GetIter(self);
  try {
    for (;;) {
      const next = PyIter_Next(it);
      if (next === null) return true;
      let ok: boolean;
      try {
        ok = PySequence_Contains(other, next);
      } finally {
        decref(next);
      }
      if (!ok) return false;
    }
  } finally {
    decref(it);
  }
}

/** CPython 3.11: Objects/dictobject.c dictview_richcompare (set comparisons). */
function dictview_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  if (!PyAnySet_Check(other) && !isSetView(other)) return newref(Py_NotImplemented);
  const lenSelf = PyObject_Size(self);
  const lenOther = PyObject_Size(other);
  let ok = false;
  switch (op) {
    case 3:
    case 2:
      if (lenSelf === lenOther) ok = allContainedIn(self, other);
      if (op === 3) ok = !ok;
      break;
    case 0:
      if (lenSelf < lenOther) ok = allContainedIn(self, other);
      break;
    case 1:
      if (lenSelf <= lenOther) ok = allContainedIn(self, other);
      break;
    case 4:
      if (lenSelf > lenOther) ok = allContainedIn(other, self);
      break;
    case 5:
      if (lenSelf >= lenOther) ok = allContainedIn(other, self);
      break;
  }
  return PyBool_FromBool(ok);
}
PyDictKeys_Type.tp_richcompare = dictview_richcompare;
PyDictItems_Type.tp_richcompare = dictview_richcompare;

// ---------------------------------------------------------------------------------------------
// Set operations on keys and items views
// ---------------------------------------------------------------------------------------------

/** PyObject_CallMethodOneArg */
function callMethodOneArg(o: PyObject, name: string, arg: PyObject): PyObject {
  const m = PyObject_GetAttr(o, internString(name));
  try {
    return PyObject_Call(m, [arg], null);
  } finally {
    decref(m);
  }
}

/** dictviews_to_set: a keys view of an exact dict is read straight from the dict. */
function dictviewsToSet(self: PyObject): PySetObject {
  let left = self;
  if (self.ob_type === PyDictKeys_Type) {
    const d = viewDict(self);
    if (d !== null && d.ob_type === PyDict_Type) left = d;
  }
  return PySet_New(left);
}

/** A new set from the left operand, then set.<method>(other). */
function setThenMethod(self: PyObject, other: PyObject, method: string): PyObject {
  const result = dictviewsToSet(self);
  try {
    decref(callMethodOneArg(result, method, other));
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** CPython 3.11: Objects/dictobject.c dictviews_sub */
function dictviews_sub(self: PyObject, other: PyObject): PyObject {
  return setThenMethod(self, other, 'difference_update');
}

/** CPython 3.11: Objects/dictobject.c _PyDictView_Intersect */
function dictviews_and(self: PyObject, other: PyObject): PyObject {
  // The interpreter swaps the operands when the view is on the right of &.
  if (!isSetView(self)) [self, other] = [other, self];
  const lenSelf = dictview_len(self);
  // If other is a set and self is smaller, reuse the set intersection.
  if (other.ob_type === PySet_Type && lenSelf <= PyObject_Size(other)) return callMethodOneArg(other, 'intersection', self);
  // If other is a bigger view, swap them.
  if (isSetView(other) && dictview_len(other) > lenSelf) [self, other] = [other, self];
  const contains = self.ob_type === PyDictKeys_Type ? dictkeys_contains : dictitems_contains;
  const result = PySet_New(null);
  try {
    const it = PyObject_GetIter(other);
    try {
      for (;;) {
        const key = PyIter_Next(it);
        if (key === null) break;
        try {
          if (contains(self, key)) setAddKey(result, key);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** CPython 3.11: Objects/dictobject.c dictviews_or */
function dictviews_or(self: PyObject, other: PyObject): PyObject {
  const result = dictviewsToSet(self);
  try {
    setUpdateFrom(result, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** CPython 3.11: Objects/dictobject.c dictitems_xor: pairs in exactly one of the two dicts. */
function dictitems_xor(self: DictViewObject, other: DictViewObject): PyObject {
  const d1 = self.dict!;
  const d2 = other.dict!;
  const tempDict = PyDict_Copy(d1);
  const resultSet = PySet_New(null);
  try {
    for (let pos = dictNext(d2, 0); pos >= 0; pos = dictNext(d2, pos + 1)) {
      const key = d2.keys.keys[pos]!;
      const val2 = d2.keys.values[pos]!;
      const hash = d2.keys.hashes[pos];
      incref(key);
      incref(val2);
      try {
        const val1 = dictGetKnownHash(tempDict, key, hash);
        let toDelete = false;
        if (val1 !== null) {
          incref(val1);
          try {
            toDelete = PyObject_RichCompareBool(val1, val2, 2);
          } finally {
            decref(val1);
          }
        }
        if (toDelete) PyDict_DelItem(tempDict, key);
        else {
          const pair = tupleFromArray([key, val2]);
          try {
            setAddKey(resultSet, pair);
          } finally {
            decref(pair);
          }
        }
      } finally {
        decref(key);
        decref(val2);
      }
    }
    const remaining = dictviewNew(tempDict, PyDictItems_Type);
    try {
      setUpdateFrom(resultSet, remaining);
    } finally {
      decref(remaining);
    }
  } catch (e) {
    decref(resultSet);
    decref(tempDict);
    throw e;
  }
  decref(tempDict);
  return resultSet;
}

/** CPython 3.11: Objects/dictobject.c dictviews_xor */
function dictviews_xor(self: PyObject, other: PyObject): PyObject {
  if (self.ob_type === PyDictItems_Type && other.ob_type === PyDictItems_Type) {
    return dictitems_xor(self as DictViewObject, other as DictViewObject);
  }
  return setThenMethod(self, other, 'symmetric_difference_update');
}

for (const t of [PyDictKeys_Type, PyDictItems_Type]) {
  t.nb_subtract = dictviews_sub;
  t.nb_and = dictviews_and;
  t.nb_or = dictviews_or;
  t.nb_xor = dictviews_xor;
}

/** CPython 3.11: Objects/dictobject.c dictviews_isdisjoint */
function dictviews_isdisjoint(self: PyObject, other: PyObject): PyObject {
  if (self === other) return PyBool_FromBool(dictview_len(self) === 0);
  // Iterate over the shorter object (only if other is a set: `in` may be expensive otherwise).
  if (PyAnySet_Check(other) || isSetView(other)) {
    const lenSelf = dictview_len(self);
    const lenOther = PyObject_Size(other);
    if (lenOther > lenSelf) [self, other] = [other, self];
  }
  const it = PyObject_GetIter(other);
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) return PyBool_FromBool(true);
      let contains: boolean;
      try {
        contains = PySequence_Contains(self, item);
      } finally {
        decref(item);
      }
      if (contains) return PyBool_FromBool(false);
    }
  } finally {
    decref(it);
  }
}

/** __reversed__ of a view: the matching reversed dict iterator. */
function viewReversed(type: PyTypeObject) {
  return (self: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    noArgs(`${self.ob_type.tp_name}.__reversed__`, args, kw);
    const d = viewDict(self);
    if (d === null) return none();
    return dictiterNew(d, type);
  };
}

PyDictKeys_Type.methods = [
  { name: 'isdisjoint', fn: (self, args, kw) => dictviews_isdisjoint(self, oneArg('dict_keys.isdisjoint', args, kw)) },
  { name: '__reversed__', fn: viewReversed(PyDictRevIterKey_Type) },
];
PyDictItems_Type.methods = [
  { name: 'isdisjoint', fn: (self, args, kw) => dictviews_isdisjoint(self, oneArg('dict_items.isdisjoint', args, kw)) },
  { name: '__reversed__', fn: viewReversed(PyDictRevIterItem_Type) },
];
PyDictValues_Type.methods = [{ name: '__reversed__', fn: viewReversed(PyDictRevIterValue_Type) }];

/** dictview.mapping: a read-only proxy of the underlying dict (3.10+). */
for (const t of [PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type]) {
  t.getsets = [
    {
      name: 'mapping',
      get: (o) => {
        const d = (o as DictViewObject).dict;
        return d === null ? newref(Py_None) : mappingProxyHook(d);
      },
    },
  ];
}

let mappingProxyHook: (d: PyObject) => PyObject = (d) => newref(d);
export function setDictViewMappingProxy(f: (d: PyObject) => PyObject): void {
  mappingProxyHook = f;
}
