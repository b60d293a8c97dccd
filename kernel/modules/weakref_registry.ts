/**
 * Connects weak references to the rest of the kernel: the _weakref, _weakrefset and weakref
 * modules, PyObject_ClearWeakRefs in the deallocators of weakly referenceable types, the
 * `__weakref__` attribute, and the collector's handle_weakrefs.
 * CPython 3.11: the weakref support spread over Objects/*.c (tp_weaklistoffset, each type's
 * tp_dealloc calling PyObject_ClearWeakRefs), Modules/gcmodule.c (handle_weakrefs),
 * Modules/config.c (_weakref is a builtin module).
 */
import { PyType_Type, type PyObject, type PyTypeObject } from '../objects/pyobject.ts';
import { builtinModules, pythonModules } from '../vm/import.ts';
import { gcHooks } from '../gc/collect.ts';
import { gcTrack, gcUntrack, isTracked } from '../gc/gcstate.ts';
import { setClearWeakRefs } from '../objects/instances.ts';
import { setFuncClearWeakRefs } from '../objects/funcobject.ts';
import { setSetClearWeakRefs } from '../objects/setobject.ts';
import { setAddSubclassHook, setRemoveSubclassHook, setWeakrefGetter } from '../objects/typeobject.ts';
import { PyCFunction_Type } from '../objects/methodobject.ts';
import { PyMethod_Type } from '../objects/classobject.ts';
import { PyErr } from '../vm/errors.ts';
import { writeUnraisable } from '../host/init.ts';
import { PyCode_Type } from '../objects/codeobject.ts';
import { PyGen_Type } from '../objects/genobject.ts';
import { PyModule_Type } from '../objects/moduleobject.ts';
import { PyObject_ClearWeakRefs, addSubclassRef, removeBaseSubclassRefs, removeSubclassRefs, subtypeClearWeakRefs, handleWeakrefs, typeSupportsWeakrefs, weakrefAttribute, getWeakrefCount } from '../objects/weakrefobject.ts';
import { makeWeakrefModule } from './_weakref.ts';
import { setExcClearWeakRefs } from '../objects/exceptions.ts';
import { source as weakrefSource } from '../lib/weakref_py.ts';
import { source as weakrefsetSource } from '../lib/weakrefset_py.ts';

let registered = false;

/**
 * Registers the weakref modules and installs the weak-reference hooks. Call once at start-up,
 * before PyType_Ready and before any class is created (the flags set here are inherited).
 */
export function registerWeakrefModules(): void {
  builtinModules.set('_weakref', makeWeakrefModule);
  pythonModules.set('_weakrefset', weakrefsetSource);
  pythonModules.set('weakref', weakrefSource);
  if (registered) return;
  registered = true;
  setClearWeakRefs(subtypeClearWeakRefs);
  setExcClearWeakRefs(subtypeClearWeakRefs);
  setFuncClearWeakRefs(PyObject_ClearWeakRefs);
  setSetClearWeakRefs(PyObject_ClearWeakRefs);
  setWeakrefGetter(weakrefAttribute);
  gcHooks.handleWeakrefs = handleWeakrefs;
  // PyErr_WriteUnraisable(obj) for gc callbacks and tp_clear, naming the object.
  gcHooks.unraisable = (e, obj) => {
    if (!(e instanceof PyErr)) throw e;
    writeUnraisable(e.exc, obj);
  };
  // Builtin types with a tp_weaklistoffset whose deallocator has no hook of its own.
  for (const t of [PyType_Type, PyCFunction_Type, PyMethod_Type, PyCode_Type, PyGen_Type, PyModule_Type]) {
    t.hasWeakref = true;
    clearWeakrefsInDealloc(t);
  }
  setAddSubclassHook(addSubclassRef);
  setRemoveSubclassHook(removeBaseSubclassRefs);
}

/**
 * NON-CPYTHON: CPython's deallocators of these types call PyObject_ClearWeakRefs right after
 * untracking the object; the kernel's deallocators have no hook, so the call is put in front of
 * them. The object is untracked first, as in CPython, so that a collection started by a
 * callback never sees the dying object.
 */
function clearWeakrefsInDealloc(t: PyTypeObject): void {
  const dealloc = t.tp_dealloc;
  const isType = t === PyType_Type;
  t.tp_dealloc = (o: PyObject) => {
    // type_dealloc_common: the bases' weak references go first (remove_all_subclasses).
    if (isType) removeSubclassRefs(o);
    if (typeSupportsWeakrefs(o.ob_type) && getWeakrefCount(o) > 0) {
      const tracked = isTracked(o);
      if (tracked) gcUntrack(o);
      PyObject_ClearWeakRefs(o);
      if (tracked) gcTrack(o);
    }
    dealloc(o);
  };
}
