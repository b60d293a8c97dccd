/**
 * super: attribute lookup that starts after a class in an instance's MRO.
 * CPython 3.11: Objects/typeobject.c (super_init, super_getattro, super_init_without_args).
 */
import { PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_RuntimeError, PyExc_TypeError } from './exceptions.ts';
import { PyObject_GenericGetAttr, PyObject_TypeCheck, PyType_IsSubtype, Py_None } from './object.ts';
import { PyUnicodeObject, PyUnicode_FromString, internString } from './unicodeobject.ts';
import { PyTupleObject } from './tupleobject.ts';
import { PyDictObject, PyDict_GetItemWithError } from './dictobject.ts';
import { PyCellObject, LocalKind } from './codeobject.ts';
import { currentFrame } from '../vm/ceval.ts';

export const PySuper_Type: PyTypeObject = registerStaticType(newStaticType('super', 48, 0, TPFlags.BASETYPE | TPFlags.HAVE_GC));

export class PySuperObject extends PyObject {
  type: PyTypeObject | null = null;
  obj: PyObject | null = null;
  objType: PyTypeObject | null = null;
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

/** CPython 3.11: Objects/typeobject.c supercheck: the type to start the MRO search from. */
function supercheck(type: PyTypeObject, obj: PyObject): PyTypeObject {
  if (obj instanceof PyTypeObject && PyType_IsSubtype(obj, type)) return newref(obj);
  if (PyType_IsSubtype(obj.ob_type, type)) return newref(obj.ob_type);
  raise(PyExc_TypeError, 'super(type, obj): obj must be an instance or subtype of type');
}

/** CPython 3.11: Objects/typeobject.c super_init_without_args (reads the caller's frame). */
function superFromFrame(): [PyTypeObject, PyObject] {
  const f = currentFrame;
  if (f === null) raise(PyExc_RuntimeError, 'super(): no current frame');
  const unit = f.code.unit;
  if (unit.argcount === 0) raise(PyExc_RuntimeError, 'super(): no arguments');
  let first = f.localsplus[0];
  if (first !== null && unit.localspluskinds[0] & LocalKind.CO_FAST_CELL && first instanceof PyCellObject) {
    first = first.ref;
  }
  if (first === null) raise(PyExc_RuntimeError, 'super(): arg[0] deleted');
  const names = unit.localsplusnames;
  for (let i = 0; i < names.length; i++) {
    if (names[i] !== '__class__' || !(unit.localspluskinds[i] & LocalKind.CO_FAST_FREE)) continue;
    const cell = f.localsplus[i];
    if (!(cell instanceof PyCellObject)) raise(PyExc_RuntimeError, 'super(): bad __class__ cell');
    const type = cell.ref;
    if (type === null) raise(PyExc_RuntimeError, 'super(): empty __class__ cell');
    if (!(type instanceof PyTypeObject)) raise(PyExc_RuntimeError, `super(): __class__ is not a type (${type.ob_type.tp_name})`);
    return [type, first];
  }
  raise(PyExc_RuntimeError, 'super(): __class__ cell not found');
}

PySuper_Type.tp_new = (type) => {
  const s = new PySuperObject(type);
  gcAllocObject(s, 48);
  gcTrack(s);
  return s;
};

PySuper_Type.tp_init = (self, args, kwnames) => {
  const su = self as PySuperObject;
  if (kwnames !== null && kwnames.length) raise(PyExc_TypeError, 'super() takes no keyword arguments');
  let type: PyObject;
  let obj: PyObject | null = null;
  if (args.length === 0) [type, obj] = superFromFrame();
  else {
    type = args[0];
    if (args.length > 1) obj = args[1] === Py_None ? null : args[1];
  }
  if (!(type instanceof PyTypeObject)) raise(PyExc_TypeError, `super() argument 1 must be a type, not ${type.ob_type.tp_name}`);
  let objType: PyTypeObject | null = null;
  if (obj !== null) objType = supercheck(type, obj);
  incref(type);
  if (obj !== null) incref(obj);
  const [ot, oo, oty] = [su.type, su.obj, su.objType];
  su.type = type;
  su.obj = obj;
  su.objType = objType;
  xdecref(ot);
  xdecref(oo);
  xdecref(oty);
};

/** CPython 3.11: Objects/typeobject.c super_getattro */
function superGetattro(self: PyObject, name: PyObject): PyObject {
  const su = self as PySuperObject;
  const starttype = su.objType;
  const n = name as PyUnicodeObject;
  if (starttype !== null && n.s !== '__class__') {
    const mro = (starttype.tp_mro as PyTupleObject).items;
    let i = 0;
    for (; i < mro.length - 1; i++) if (mro[i] === su.type) break;
    i++;
    for (; i < mro.length; i++) {
      const dict = (mro[i] as PyTypeObject).tp_dict as PyDictObject;
      const res = PyDict_GetItemWithError(dict, internString(n.s));
      if (res === null) continue;
      incref(res);
      const get = res.ob_type.tp_descr_get;
      if (get !== null) {
        try {
          return get(res, su.obj === starttype ? null : su.obj, starttype);
        } finally {
          decref(res);
        }
      }
      return res;
    }
  }
  return PyObject_GenericGetAttr(self, name);
}
PySuper_Type.tp_getattro = superGetattro;
PySuper_Type.tp_getattro_opt = null;

PySuper_Type.tp_dealloc = (o) => {
  const su = o as PySuperObject;
  gcUntrack(su);
  xdecref(su.type);
  xdecref(su.obj);
  xdecref(su.objType);
  gcDel(su);
};
PySuper_Type.tp_traverse = (o, visit) => {
  const su = o as PySuperObject;
  // super_traverse: obj, type, obj_type.
  if (su.obj) visit(su.obj);
  if (su.type) visit(su.type);
  if (su.objType) visit(su.objType);
};
PySuper_Type.tp_repr = (o) => {
  const su = o as PySuperObject;
  const t = su.type ? su.type.qualname : 'NULL';
  if (su.objType) return PyUnicode_FromString(`<super: <class '${t}'>, <${su.objType.qualname} object>>`);
  return PyUnicode_FromString(`<super: <class '${t}'>, NULL>`);
};

PySuper_Type.getsets = [
  { name: '__thisclass__', get: (o) => newref((o as PySuperObject).type ?? Py_None) },
  { name: '__self__', get: (o) => newref((o as PySuperObject).obj ?? Py_None) },
  { name: '__self_class__', get: (o) => newref((o as PySuperObject).objType ?? Py_None) },
];

export { PyObject_TypeCheck };
