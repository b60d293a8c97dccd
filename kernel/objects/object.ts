/**
 * Generic object operations and the None / NotImplemented singletons.
 * CPython 3.11: Objects/object.c.
 */
import { CompareOp, type Hash, InstanceData, PyBaseObject_Type, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { allocStatic } from '../memory/heap.ts';
import { PyErr, raise } from '../vm/errors.ts';
import { PyUnicodeObject, PyUnicode_FromString, PyUnicode_Type, internString, unicodeEqual } from './unicodeobject.ts';
import { PyExc_AttributeError, PyExc_TypeError, PyExc_RecursionError, newAttributeError } from './exceptions.ts';
import { _PyType_Lookup, typeName } from './typeobject.ts';
import { PyBool_FromBool, Py_False, Py_True } from './boolobject.ts';
import { PyDict_GetItemWithError, PyDict_SetItem, PyDict_DelItem, PyDictObject } from './dictobject.ts';
import { instanceGetAttr, instanceSetAttr } from './instances.ts';
import { enterRecursiveCall, leaveRecursiveCall } from '../vm/state.ts';

export const PyNone_Type = registerStaticType(newStaticType('NoneType', 16, 0, 0));
export const PyNotImplemented_Type = registerStaticType(newStaticType('NotImplementedType', 16, 0, 0));

/** Py_None: in 3.11 not immortal; it starts at 1 and shows its real count. */
export const Py_None = new PyObject(PyNone_Type);
allocStatic(Py_None, 16);
export const Py_NotImplemented = new PyObject(PyNotImplemented_Type);
allocStatic(Py_NotImplemented, 16);

PyNone_Type.tp_repr = () => PyUnicode_FromString('None');
PyNone_Type.nb_bool = () => false;
PyNone_Type.tp_hash = () => 0xfca86420; // _Py_HashPointer of the static object: any fixed value
PyNone_Type.tp_dealloc = () => {
  throw new Error('deallocating None');
};
PyNone_Type.tp_new = (_t, args, kw) => {
  if (args.length > 0 || (kw && kw.length)) raise(PyExc_TypeError, 'NoneType takes no arguments');
  return newref(Py_None);
};
PyNotImplemented_Type.tp_repr = () => PyUnicode_FromString('NotImplemented');
PyNotImplemented_Type.tp_new = (_t, args, kw) => {
  if (args.length > 0 || (kw && kw.length)) raise(PyExc_TypeError, 'NotImplementedType takes no arguments');
  return newref(Py_NotImplemented);
};
PyNotImplemented_Type.tp_dealloc = () => {
  throw new Error('deallocating NotImplemented');
};

/** Py_RETURN_NONE */
export function none(): PyObject {
  Py_None.ob_refcnt++;
  return Py_None;
}

/** CPython 3.11: Objects/object.c PyObject_Repr */
export function PyObject_Repr(v: PyObject): PyUnicodeObject {
  const f = v.ob_type.tp_repr;
  if (f === null) return PyUnicode_FromString(`<${v.ob_type.tp_name} object at ${hexAddr(v)}>`);
  enterRecursiveCall(' while getting the repr of an object');
  let res: PyObject;
  try {
    res = f(v);
  } finally {
    leaveRecursiveCall();
  }
  if (!(res instanceof PyUnicodeObject)) {
    const name = res.ob_type.tp_name;
    decref(res);
    raise(PyExc_TypeError, `__repr__ returned non-string (type ${name})`);
  }
  return res;
}

/** CPython 3.11: Objects/object.c PyObject_Str */
export function PyObject_Str(v: PyObject): PyUnicodeObject {
  if (v.ob_type === PyUnicode_Type) return newref(v as PyUnicodeObject);
  const f = v.ob_type.tp_str;
  if (f === null) return PyObject_Repr(v);
  enterRecursiveCall(' while getting the str of an object');
  let res: PyObject;
  try {
    res = f(v);
  } finally {
    leaveRecursiveCall();
  }
  if (!(res instanceof PyUnicodeObject)) {
    const name = res.ob_type.tp_name;
    decref(res);
    raise(PyExc_TypeError, `__str__ returned non-string (type ${name})`);
  }
  return res;
}

/** repr() as a JavaScript string (for messages and printing). */
export function reprString(v: PyObject): string {
  const r = PyObject_Repr(v);
  const s = r.s;
  decref(r);
  return s;
}

export function strString(v: PyObject): string {
  const r = PyObject_Str(v);
  const s = r.s;
  decref(r);
  return s;
}

/** The address as CPython's %p prints it in default reprs. */
export function hexAddr(v: PyObject): string {
  return '0x' + v.addr.toString(16);
}

/** CPython 3.11: Objects/object.c PyObject_Hash */
export function PyObject_Hash(v: PyObject): Hash {
  const f = v.ob_type.tp_hash;
  if (f === null) raise(PyExc_TypeError, `unhashable type: '${v.ob_type.tp_name}'`);
  return f(v);
}

/** _Py_HashPointer: the default hash of objects compared by identity. */
export function hashPointer(v: PyObject): number {
  // Rotate by 4 bits as _Py_HashPointerRaw does; addresses fit in 53 bits.
  const a = v.addr;
  return Math.floor(a / 16) + (a % 16) * 2 ** 44;
}

export function PyObject_HashNotImplemented(v: PyObject): Hash {
  raise(PyExc_TypeError, `unhashable type: '${v.ob_type.tp_name}'`);
}

const opStrings = ['<', '<=', '==', '!=', '>', '>='];
const swappedOp = [CompareOp.GT, CompareOp.GE, CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE];

/** CPython 3.11: Objects/object.c do_richcompare */
function do_richcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  let checkedReverse = false;
  const vt = v.ob_type;
  const wt = w.ob_type;
  if (vt !== wt && PyType_IsSubtype(wt, vt) && wt.tp_richcompare !== null) {
    checkedReverse = true;
    const res = wt.tp_richcompare(w, v, swappedOp[op]);
    if (res !== Py_NotImplemented) return res;
    decref(res);
  }
  if (vt.tp_richcompare !== null) {
    const res = vt.tp_richcompare(v, w, op);
    if (res !== Py_NotImplemented) return res;
    decref(res);
  }
  if (!checkedReverse && wt.tp_richcompare !== null) {
    const res = wt.tp_richcompare(w, v, swappedOp[op]);
    if (res !== Py_NotImplemented) return res;
    decref(res);
  }
  // No comparison defined: identity for ==/!=, TypeError otherwise.
  if (op === CompareOp.EQ) return PyBool_FromBool(v === w);
  if (op === CompareOp.NE) return PyBool_FromBool(v !== w);
  raise(
    PyExc_TypeError,
    `'${opStrings[op]}' not supported between instances of '${vt.tp_name}' and '${wt.tp_name}'`,
  );
}

/** CPython 3.11: Objects/object.c PyObject_RichCompare */
export function PyObject_RichCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  enterRecursiveCall(' in comparison');
  try {
    return do_richcompare(v, w, op);
  } finally {
    leaveRecursiveCall();
  }
}

/** CPython 3.11: Objects/object.c PyObject_RichCompareBool (identity implies equality). */
export function PyObject_RichCompareBool(v: PyObject, w: PyObject, op: CompareOp): boolean {
  if (v === w) {
    if (op === CompareOp.EQ) return true;
    if (op === CompareOp.NE) return false;
  }
  const res = PyObject_RichCompare(v, w, op);
  if (res === Py_True) {
    decref(res);
    return true;
  }
  if (res === Py_False) {
    decref(res);
    return false;
  }
  try {
    return PyObject_IsTrue(res);
  } finally {
    decref(res);
  }
}

/** Fast equality used by containers: identity, then exact-str compare, then __eq__. */
export function objectsEqual(v: PyObject, w: PyObject): boolean {
  if (v === w) return true;
  if (v.ob_type === PyUnicode_Type && w.ob_type === PyUnicode_Type) {
    return unicodeEqual(v as PyUnicodeObject, w as PyUnicodeObject);
  }
  return PyObject_RichCompareBool(v, w, CompareOp.EQ);
}

/** CPython 3.11: Objects/object.c PyObject_IsTrue */
export function PyObject_IsTrue(v: PyObject): boolean {
  if (v === Py_True) return true;
  if (v === Py_False || v === Py_None) return false;
  const t = v.ob_type;
  if (t.nb_bool !== null) return t.nb_bool(v);
  if (t.mp_length !== null) return t.mp_length(v) > 0;
  if (t.sq_length !== null) return t.sq_length(v) > 0;
  return true;
}

export function PyObject_Not(v: PyObject): boolean {
  return !PyObject_IsTrue(v);
}

/** CPython 3.11: Objects/typeobject.c PyType_IsSubtype (walks tp_mro). */
export function PyType_IsSubtype(a: PyTypeObject, b: PyTypeObject): boolean {
  if (a === b) return true;
  const mro = a.tp_mro as { items: PyObject[] } | null;
  if (mro !== null) {
    const items = mro.items;
    for (let i = 0; i < items.length; i++) if (items[i] === b) return true;
    return false;
  }
  for (let t: PyTypeObject | null = a; t !== null; t = t.tp_base) if (t === b) return true;
  return b === PyBaseObject_Type;
}

export function PyObject_TypeCheck(o: PyObject, t: PyTypeObject): boolean {
  return o.ob_type === t || PyType_IsSubtype(o.ob_type, t);
}

// ---------------------------------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/object.c PyObject_GetAttr (name is a str object). */
export function PyObject_GetAttr(v: PyObject, name: PyObject): PyObject {
  if (!(name instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  }
  const f = v.ob_type.tp_getattro;
  if (f !== null) return f(v, name);
  raise(PyExc_AttributeError, `'${v.ob_type.tp_name}' object has no attribute '${name.s}'`);
}

/**
 * CPython 3.11: Objects/object.c _PyObject_LookupAttr: like PyObject_GetAttr, but a missing
 * attribute gives null instead of AttributeError.
 */
export function _PyObject_LookupAttr(v: PyObject, name: PyUnicodeObject): PyObject | null {
  const t = v.ob_type;
  try {
    if (t.tp_getattro_opt !== null) return t.tp_getattro_opt(v, name);
    return PyObject_GetAttr(v, name);
  } catch (e) {
    if (e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_AttributeError)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

/**
 * CPython 3.11: Objects/object.c _PyObject_IsAbstract: the truth of obj.__isabstractmethod__,
 * false when obj has no such attribute.
 */
export function _PyObject_IsAbstract(obj: PyObject | null): boolean {
  if (obj === null) return false;
  const isabstract = _PyObject_LookupAttr(obj, internString('__isabstractmethod__'));
  if (isabstract === null) return false;
  try {
    return PyObject_IsTrue(isabstract);
  } finally {
    decref(isabstract);
  }
}

export function getAttrString(v: PyObject, name: string): PyObject {
  return PyObject_GetAttr(v, internString(name));
}

export function lookupAttrString(v: PyObject, name: string): PyObject | null {
  return _PyObject_LookupAttr(v, internString(name));
}

/** CPython 3.11: Objects/object.c PyObject_SetAttr (value null deletes). */
export function PyObject_SetAttr(v: PyObject, name: PyObject, value: PyObject | null): void {
  if (!(name instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  }
  const f = v.ob_type.tp_setattro;
  if (f !== null) {
    f(v, name, value);
    return;
  }
  const t = v.ob_type;
  const hasGet = t.tp_getattro !== null;
  if (hasGet) {
    raise(
      PyExc_AttributeError,
      `'${t.tp_name}' object has no attribute '${name.s}'`,
    );
  }
  raise(PyExc_TypeError, `'${t.tp_name}' object has no attributes (${value === null ? 'del' : 'assign to'} .${name.s})`);
}

export function setAttrString(v: PyObject, name: string, value: PyObject | null): void {
  PyObject_SetAttr(v, internString(name), value);
}

function isDataDescriptor(d: PyObject): boolean {
  return d.ob_type.tp_descr_set !== null;
}

/**
 * CPython 3.11: Objects/object.c _PyObject_GenericGetAttrWithDict, returning null when the
 * attribute is missing (suppress = 1).
 */
export function genericGetAttrOpt(obj: PyObject, nameObj: PyObject): PyObject | null {
  const name = nameObj as PyUnicodeObject;
  const tp = obj.ob_type;
  const descr = _PyType_Lookup(tp, name);
  let f: PyTypeObject['tp_descr_get'] = null;
  if (descr !== null) {
    incref(descr);
    f = descr.ob_type.tp_descr_get;
    if (f !== null && isDataDescriptor(descr)) {
      try {
        return f(descr, obj, tp);
      } finally {
        decref(descr);
      }
    }
  }
  const inst = obj.inst;
  if (inst !== null) {
    const v = instanceGetAttr(obj, inst, name);
    if (v !== null) {
      if (descr !== null) decref(descr);
      return v;
    }
  }
  if (f !== null) {
    try {
      return f(descr!, obj, tp);
    } catch (e) {
      // A descriptor's own AttributeError means "missing" too (suppress semantics).
      if (e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_AttributeError)) {
        decref(e.exc);
        return null;
      }
      throw e;
    } finally {
      decref(descr!);
    }
  }
  return descr;
}

/** CPython 3.11: Objects/object.c PyObject_GenericGetAttr */
export function PyObject_GenericGetAttr(obj: PyObject, name: PyObject): PyObject {
  const n = name as PyUnicodeObject;
  const v = genericGetAttrOpt(obj, n);
  if (v !== null) return v;
  throw new PyErr(newAttributeError(`'${obj.ob_type.tp_name}' object has no attribute '${n.s}'`, n, obj));
}

/** CPython 3.11: Objects/object.c _PyObject_GenericSetAttrWithDict */
export function PyObject_GenericSetAttr(obj: PyObject, name: PyObject, value: PyObject | null): void {
  const n = name as PyUnicodeObject;
  const tp = obj.ob_type;
  const descr = _PyType_Lookup(tp, n);
  if (descr !== null) {
    const f = descr.ob_type.tp_descr_set;
    if (f !== null) {
      incref(descr);
      try {
        f(descr, obj, value);
      } finally {
        decref(descr);
      }
      return;
    }
  }
  let inst = obj.inst;
  if (inst === null && tp.hasDict) inst = obj.inst = new InstanceData();
  if (inst === null || !tp.hasDict) {
    if (descr === null) {
      throw new PyErr(newAttributeError(`'${tp.tp_name}' object has no attribute '${n.s}'`, n, obj));
    }
    raise(PyExc_AttributeError, `'${tp.tp_name}' object attribute '${n.s}' is read-only`);
  }
  instanceSetAttr(obj, inst, n, value);
}

/** Attribute lookup on a dict-holding object by a JS string (modules, types). */
export function dictLookupStr(dict: PyDictObject, name: string): PyObject | null {
  return PyDict_GetItemWithError(dict, internString(name));
}

export function dictSetStr(dict: PyDictObject, name: string, value: PyObject): void {
  PyDict_SetItem(dict, internString(name), value);
}

export function dictDelStr(dict: PyDictObject, name: string): void {
  PyDict_DelItem(dict, internString(name));
}

/** Raised when recursion is too deep (Py_EnterRecursiveCall). */
export function recursionError(where: string): never {
  raise(PyExc_RecursionError, 'maximum recursion depth exceeded' + where);
}

export function typeCheckError(expected: string, o: PyObject): never {
  raise(PyExc_TypeError, `expected ${expected}, got ${typeName(o)}`);
}

export { TPFlags };
