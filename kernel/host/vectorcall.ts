/**
 * Which callables take CPython 3.11's vectorcall path, and which go through
 * _PyObject_MakeTpCall (an argument tuple and a keyword dict for the duration of the call).
 * CPython 3.11: Objects/call.c _PyObject_VectorcallTstate / _PyObject_MakeTpCall; the types with
 * Py_TPFLAGS_HAVE_VECTORCALL and the type objects with a tp_vectorcall (Objects/*.c).
 */
import { PyObject, PyType_Type, TPFlags } from '../objects/pyobject.ts';
import { setMakeTpCallHooks } from '../objects/abstract.ts';
import { dictNewPresized, PyDict_SetItem, PyDict_Type, type PyDictObject } from '../objects/dictobject.ts';
import { decref } from '../memory/refcount.ts';
import { internString } from '../objects/unicodeobject.ts';
import { PyFunction_Type } from '../objects/funcobject.ts';
import { PyCFunction_Type } from '../objects/methodobject.ts';
import { PyMethodDescr_Type } from '../objects/descrobject.ts';
import { PyMethod_Type } from '../objects/classobject.ts';
import { PyWeakref_RefType } from '../objects/weakrefobject.ts';
import { PyBool_Type } from '../objects/boolobject.ts';
import { PyEnum_Type, PyReversed_Type } from '../objects/enumobject.ts';
import { PyFilter_Type, PyMap_Type } from '../modules/bltinmodule.ts';
import { PyFloat_Type } from '../objects/floatobject.ts';
import { PySet_Type, PyFrozenSet_Type } from '../objects/setobject.ts';
import { PyList_Type } from '../objects/listobject.ts';
import { PyRange_Type } from '../objects/rangeobject.ts';
import { PySuper_Type } from '../objects/superobject.ts';
import { PyTuple_Type } from '../objects/tupleobject.ts';

export function initVectorcall(): void {
  // Instances are called through a vectorcall pointer (functions, builtins, method descriptors,
  // bound methods, weak references; type objects through their tp_vectorcall).
  for (const t of [PyFunction_Type, PyCFunction_Type, PyMethodDescr_Type, PyMethod_Type, PyWeakref_RefType, PyType_Type]) {
    t.tp_flags |= TPFlags.HAVE_VECTORCALL;
  }
  // Type objects with a tp_vectorcall: calling them builds no argument tuple.
  for (const t of [
    PyBool_Type, PyDict_Type, PyEnum_Type, PyFilter_Type, PyFloat_Type, PyFrozenSet_Type, PyList_Type, PyMap_Type,
    PyRange_Type, PyReversed_Type, PySet_Type, PySuper_Type, PyTuple_Type, PyType_Type,
  ]) {
    t.tp_vectorcall = true;
  }
  setMakeTpCallHooks(stackAsDict);
}

/** CPython 3.11: Objects/call.c _PyStack_AsDict: `_PyDict_NewPresized` filled with the keywords. */
function stackAsDict(args: PyObject[], npos: number, kwnames: string[]): PyDictObject {
  const d = dictNewPresized(kwnames.length, true);
  try {
    for (let i = 0; i < kwnames.length; i++) PyDict_SetItem(d, internString(kwnames[i]), args[npos + i]);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}
