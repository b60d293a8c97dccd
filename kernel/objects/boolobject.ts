/**
 * bool: True and False, the two instances of a subclass of int.
 * CPython 3.11: Objects/boolobject.c.
 */
import { PyObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { PyLongObject, PyLong_Type } from './longobject.ts';
import { allocStatic } from '../memory/heap.ts';
import { staticString } from './unicodeobject.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_TypeError } from './exceptions.ts';
import { PyObject_IsTrue, Py_NotImplemented } from './object.ts';
import { newref } from '../memory/refcount.ts';

export const PyBool_Type = registerStaticType(newStaticType('bool', 24, 4, TPFlags.LONG_SUBCLASS, null));

/** True and False start at refcount 1 in 3.11 and show their real count. */
export let Py_True: PyLongObject;
export let Py_False: PyLongObject;

export function initBool(): void {
  PyBool_Type.tp_base = PyLong_Type;
  Py_True = new PyLongObject(PyBool_Type, 1);
  Py_False = new PyLongObject(PyBool_Type, 0);
  allocStatic(Py_False, 32);
  allocStatic(Py_True, 32);
}

export function PyBool_FromBool(b: boolean): PyObject {
  const o = b ? Py_True : Py_False;
  o.ob_refcnt++;
  return o;
}

/** CPython 3.11: Objects/boolobject.c bool_repr: the static strings &_Py_ID(True) and &_Py_ID(False). */
PyBool_Type.tp_repr = (o) => staticString(o === Py_True ? 'True' : 'False');
PyBool_Type.tp_dealloc = () => {
  throw new Error('deallocating a bool');
};
PyBool_Type.tp_new = (_t, args, kw) => {
  if (kw !== null && kw.length > 0) raise(PyExc_TypeError, 'bool() takes no keyword arguments');
  if (args.length > 1) raise(PyExc_TypeError, `bool expected at most 1 argument, got ${args.length}`);
  return PyBool_FromBool(args.length === 1 && PyObject_IsTrue(args[0]));
};

function boolBitop(f: (a: number, b: number) => number, intSlot: 'nb_and' | 'nb_or' | 'nb_xor') {
  return (a: PyObject, b: PyObject): PyObject => {
    if (a.ob_type === PyBool_Type && b.ob_type === PyBool_Type) {
      return PyBool_FromBool(f((a as PyLongObject).v as number, (b as PyLongObject).v as number) !== 0);
    }
    const g = PyLong_Type[intSlot];
    return g !== null ? g(a, b) : newref(Py_NotImplemented);
  };
}
PyBool_Type.nb_and = boolBitop((a, b) => a & b, 'nb_and');
PyBool_Type.nb_or = boolBitop((a, b) => a | b, 'nb_or');
PyBool_Type.nb_xor = boolBitop((a, b) => a ^ b, 'nb_xor');
