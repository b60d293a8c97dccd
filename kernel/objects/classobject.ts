/**
 * Bound methods: a function bound to an instance.
 * CPython 3.11: Objects/classobject.c.
 */
import { PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { PyUnicode_FromString, PyUnicodeObject } from './unicodeobject.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { Py_NotImplemented, hashPointer, reprString, PyObject_Hash, lookupAttrString, getAttrString, genericGetAttrOpt, PyObject_GetAttr, _PyObject_LookupAttr } from './object.ts';
import { PyObject_Call } from './abstract.ts';

export const PyMethod_Type: PyTypeObject = registerStaticType(newStaticType('method', 48, 0, TPFlags.HAVE_GC));

export class PyMethodObject extends PyObject {
  func: PyObject;
  self: PyObject;
  constructor(func: PyObject, self: PyObject) {
    super(PyMethod_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyMethod_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.func = func;
    this.self = self;
  }
}

/** CPython 3.11: Objects/classobject.c PyMethod_New (no free list in 3.11). */
export function PyMethod_New(func: PyObject, self: PyObject): PyMethodObject {
  const m = new PyMethodObject(func, self);
  incref(func);
  incref(self);
  gcAllocObject(m, 48);
  gcTrack(m);
  return m;
}

PyMethod_Type.tp_dealloc = (o) => {
  const m = o as PyMethodObject;
  gcUntrack(m);
  decref(m.func);
  decref(m.self);
  gcDel(m);
};
PyMethod_Type.tp_traverse = (o, visit) => {
  const m = o as PyMethodObject;
  visit(m.func);
  visit(m.self);
};

/** method_vectorcall: the function called with self prepended. */
PyMethod_Type.tp_call = (o, args, kwnames) => {
  const m = o as PyMethodObject;
  return PyObject_Call(m.func, [m.self, ...args], kwnames);
};

PyMethod_Type.tp_repr = (o) => {
  const m = o as PyMethodObject;
  const qn = lookupAttrString(m.func, '__qualname__');
  let name = '?';
  if (qn instanceof PyUnicodeObject) name = qn.s;
  if (qn !== null) decref(qn);
  return PyUnicode_FromString(`<bound method ${name} of ${reprString(m.self)}>`);
};

/** method_richcompare: equal when the functions are equal and the selves are the same object. */
PyMethod_Type.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyMethodObject) || (op !== 2 && op !== 3)) return newref(Py_NotImplemented);
  const x = a as PyMethodObject;
  const eq = x.func === b.func && x.self === b.self;
  return PyBool_FromBool(op === 2 ? eq : !eq);
};

PyMethod_Type.tp_hash = (o) => {
  const m = o as PyMethodObject;
  const h = PyObject_Hash(m.func);
  return (Number(hashPointer(m.self)) ^ Number(h)) | 0;
};

PyMethod_Type.tp_descr_get = (o) => newref(o);

PyMethod_Type.getsets = [
  { name: '__self__', get: (o) => newref((o as PyMethodObject).self) },
  { name: '__func__', get: (o) => newref((o as PyMethodObject).func) },
  { name: '__doc__', get: (o) => getAttrString((o as PyMethodObject).func, '__doc__') },
];

/** method_getattro: the method's own attributes, then the function's. */
PyMethod_Type.tp_getattro = (o, name) => {
  const v = genericGetAttrOpt(o, name);
  if (v !== null) return v;
  return PyObject_GetAttr((o as PyMethodObject).func, name);
};
PyMethod_Type.tp_getattro_opt = (o, name) => {
  const v = genericGetAttrOpt(o, name);
  if (v !== null) return v;
  return _PyObject_LookupAttr((o as PyMethodObject).func, name as PyUnicodeObject);
};

/** method(function, instance): types.MethodType (method_new). */
PyMethod_Type.tp_new = (_type, args, kwnames) => {
  if (kwnames !== null && kwnames.length) raiseHook('method() takes no keyword arguments');
  if (args.length !== 2) raiseHook(`method expected 2 arguments, got ${args.length}`);
  if (args[0].ob_type.tp_call === null) raiseHook('first argument must be callable');
  if (args[1] === noneHook()) raiseHook('instance must not be None');
  return PyMethod_New(args[0], args[1]);
};

let raiseHook: (msg: string) => never = (msg) => {
  throw new Error(msg);
};
let noneHook: () => PyObject = () => {
  throw new Error('not ready');
};
export function setMethodNewHooks(r: (msg: string) => never, none: () => PyObject): void {
  raiseHook = r;
  noneHook = none;
}
