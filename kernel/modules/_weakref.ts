/**
 * The _weakref builtin module: the weak-reference types and the functions weakref.py builds on.
 * CPython 3.11: Modules/_weakref.c (getweakrefcount, getweakrefs, proxy, _remove_dead_weakref).
 */
import type { MethodDef, PyObject } from '../objects/pyobject.ts';
import { decref } from '../memory/refcount.ts';
import { PyErr, raise } from '../vm/errors.ts';
import { PyExc_KeyError, PyExc_TypeError } from '../objects/exceptions.ts';
import { Py_None, PyObject_TypeCheck, none } from '../objects/object.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { PyList_New, PyList_Append } from '../objects/listobject.ts';
import { PyDictObject, PyDict_GetItemWithError, PyDict_DelItem } from '../objects/dictobject.ts';
import { PyModuleObject, PyModule_New, addFunctions, moduleSet } from '../objects/moduleobject.ts';
import { checkPositional, noKeywords, oneArg } from '../objects/getargs.ts';
import {
  PyWeakReference, PyWeakref_CallableProxyType, PyWeakref_NewProxy, PyWeakref_ProxyType, PyWeakref_RefType,
  getWeakrefCount, getWeakrefs,
} from '../objects/weakrefobject.ts';

/** CPython 3.11: Modules/_weakref.c is_dead_weakref */
function isDeadWeakref(value: PyObject): boolean {
  if (!(value instanceof PyWeakReference)) raise(PyExc_TypeError, 'not a weakref');
  return value.wr_object === Py_None;
}

/**
 * CPython 3.11: Modules/_weakref.c _weakref__remove_dead_weakref_impl: deletes dict[key] if it
 * is a dead weakref (atomically: a collection may already have removed it, which is no error).
 */
function removeDeadWeakref(args: PyObject[], kwnames: string[] | null): PyObject {
  noKeywords('_remove_dead_weakref', kwnames);
  checkPositional('_remove_dead_weakref', args.length, 2, 2);
  const [dct, key] = args;
  if (!(dct instanceof PyDictObject)) {
    raise(PyExc_TypeError, `_remove_dead_weakref() argument 1 must be dict, not ${dct.ob_type.tp_name}`);
  }
  // _PyDict_DelItemIf
  const value = PyDict_GetItemWithError(dct, key);
  if (value === null) return none();
  if (isDeadWeakref(value)) {
    try {
      PyDict_DelItem(dct, key);
    } catch (e) {
      if (!(e instanceof PyErr) || !PyObject_TypeCheck(e.exc, PyExc_KeyError)) throw e;
      decref(e.exc);
    }
  }
  return none();
}

const functions: MethodDef[] = [
  {
    name: 'getweakrefcount',
    fn: (_m, args, kwnames) => PyLong_FromNumber(getWeakrefCount(oneArg('_weakref.getweakrefcount', args, kwnames))),
  },
  {
    name: 'getweakrefs',
    fn: (_m, args, kwnames) => {
      const o = oneArg('_weakref.getweakrefs', args, kwnames);
      const l = PyList_New();
      for (const wr of getWeakrefs(o)) PyList_Append(l, wr);
      return l;
    },
  },
  {
    name: 'proxy',
    fn: (_m, args, kwnames) => {
      noKeywords('_weakref.proxy', kwnames);
      checkPositional('proxy', args.length, 1, 2);
      return PyWeakref_NewProxy(args[0], args.length > 1 ? args[1] : null);
    },
  },
  { name: '_remove_dead_weakref', fn: (_m, args, kwnames) => removeDeadWeakref(args, kwnames) },
];

/** PyInit__weakref */
export function makeWeakrefModule(): PyModuleObject {
  const m = PyModule_New('_weakref');
  addFunctions(m, functions);
  moduleSet(m, 'ref', PyWeakref_RefType);
  moduleSet(m, 'ReferenceType', PyWeakref_RefType);
  moduleSet(m, 'ProxyType', PyWeakref_ProxyType);
  moduleSet(m, 'CallableProxyType', PyWeakref_CallableProxyType);
  return m;
}
