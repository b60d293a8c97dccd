/**
 * functools.cmp_to_key and the KeyWrapper type it returns, C code of the _functools module.
 * CPython 3.11: Modules/_functoolsmodule.c (keyobject, keyobject_call, keyobject_richcompare,
 * keyobject_traverse, keyobject_clear, keyobject_dealloc, functools_cmp_to_key).
 * NON-CPYTHON: the type is static (CPython makes it per module); its instances hold a reference
 * to it as heap-type instances do. `obj` is a getset here, a T_OBJECT member in CPython.
 */
import { CompareOp, type MethodDef, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from '../objects/pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcFree, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_AttributeError, PyExc_TypeError } from '../objects/exceptions.ts';
import { Py_None, PyObject_RichCompare } from '../objects/object.ts';
import { PyObject_Call } from '../objects/abstract.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { unpackArgs } from '../objects/getargs.ts';
import { tupleFromArray } from '../objects/tupleobject.ts';

export const enum KeyObjectLayout {
  /** sizeof(keyobject): header, cmp, object. */
  SIZE = 32,
  /** Py_TPFLAGS_DISALLOW_INSTANTIATION */
  DISALLOW_INSTANTIATION = 1 << 7,
}

/** keyobject_type_spec: DEFAULT | DISALLOW_INSTANTIATION | HAVE_GC | IMMUTABLETYPE */
export const KeyObject_Type: PyTypeObject = registerStaticType(
  newStaticType('functools.KeyWrapper', KeyObjectLayout.SIZE, 0,
    KeyObjectLayout.DISALLOW_INSTANTIATION | TPFlags.HAVE_GC | TPFlags.IMMUTABLETYPE),
);

export class KeyObject extends PyObject {
  cmp: PyObject | null = null;
  object: PyObject | null = null;
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

/** PyObject_GC_New(keyobject, type) then PyObject_GC_Track: the cmp and object given are new references. */
function newKeyObject(type: PyTypeObject, cmp: PyObject, object: PyObject | null): KeyObject {
  const ko = new KeyObject(type);
  gcAllocObject(ko, KeyObjectLayout.SIZE);
  incref(type);
  ko.cmp = newref(cmp);
  ko.object = object === null ? null : newref(object);
  gcTrack(ko);
  return ko;
}

/** CPython 3.11: Modules/_functoolsmodule.c keyobject_clear */
function keyobject_clear(o: PyObject): void {
  const ko = o as KeyObject;
  const cmp = ko.cmp;
  ko.cmp = null;
  xdecref(cmp);
  const object = ko.object;
  ko.object = null;
  xdecref(object);
}

/** CPython 3.11: Modules/_functoolsmodule.c keyobject_dealloc */
function keyobject_dealloc(o: PyObject): void {
  const tp = o.ob_type;
  gcUntrack(o);
  keyobject_clear(o);
  tp.tp_free!(o);
  decref(tp);
}

/** CPython 3.11: Modules/_functoolsmodule.c keyobject_traverse: the type, cmp, object. */
function keyobject_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const ko = o as KeyObject;
  visit(ko.ob_type);
  if (ko.cmp !== null) visit(ko.cmp);
  if (ko.object !== null) visit(ko.object);
}

/** CPython 3.11: Modules/_functoolsmodule.c keyobject_call: `K(obj)` wraps obj with the same cmp. */
function keyobject_call(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const ko = self as KeyObject;
  const [object] = unpackArgs('K', args, kwnames, ['obj'], 1);
  return newKeyObject(ko.ob_type, ko.cmp!, object!);
}

/**
 * CPython 3.11: Modules/_functoolsmodule.c keyobject_richcompare: cmp(x, y) compared with 0 by
 * the operator asked for.
 */
function keyobject_richcompare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  if (other.ob_type !== self.ob_type) raise(PyExc_TypeError, 'other argument must be K instance');
  const ko = self as KeyObject;
  const x = ko.object;
  const y = (other as KeyObject).object;
  if (x === null || y === null) raise(PyExc_AttributeError, 'object');
  // Call the user's comparison function and translate the 3-way result into true or false.
  const res = PyObject_Call(ko.cmp!, [x, y], null);
  const zero = PyLong_FromNumber(0);
  try {
    return PyObject_RichCompare(res, zero, op);
  } finally {
    decref(res);
    decref(zero);
  }
}

KeyObject_Type.tp_call = keyobject_call;
KeyObject_Type.tp_richcompare = keyobject_richcompare;
KeyObject_Type.tp_traverse = keyobject_traverse;
KeyObject_Type.tp_clear = keyobject_clear;
KeyObject_Type.tp_dealloc = keyobject_dealloc;
KeyObject_Type.tp_free = gcFree;
/** keyobject_members: `obj`, the wrapped value (None while unset). */
KeyObject_Type.getsets = [
  {
    name: 'obj',
    get: (o) => newref((o as KeyObject).object ?? Py_None),
    set: (o, v) => {
      const ko = o as KeyObject;
      const old = ko.object;
      ko.object = v === null ? null : newref(v);
      xdecref(old);
    },
  },
];

/** CPython 3.11: Modules/_functoolsmodule.c functools_cmp_to_key */
export const cmpToKeyMethod: MethodDef = {
  name: 'cmp_to_key',
  fn: (_m, args, kwnames) => {
    // METH_VARARGS | METH_KEYWORDS: the positional arguments are packed into a tuple for the call.
    const argstuple = tupleFromArray(kwnames === null ? args : args.slice(0, args.length - kwnames.length));
    try {
      const [cmp] = unpackArgs('cmp_to_key', args, kwnames, ['mycmp'], 1);
      return newKeyObject(KeyObject_Type, cmp!, null);
    } finally {
      decref(argstuple);
    }
  },
  doc: 'Convert a cmp= function into a key= function.',
};
