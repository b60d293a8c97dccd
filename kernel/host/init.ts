/**
 * One-time start-up of the object model: readies the static types and connects the modules that
 * cannot import each other at load time (the kernel's files form import cycles, so cross-module
 * hooks are installed here, in one place, in a known order).
 * CPython 3.11: Python/pylifecycle.c pycore_init_types, _PyTypes_InitTypes.
 */
import { PyObject, PyTypeObject, TPFlags, staticTypes } from '../objects/pyobject.ts';
import { decref, newref } from '../memory/refcount.ts';
import { allocObjectMemory, freeObjectMemory } from '../memory/heap.ts';
import { PyErr } from '../vm/errors.ts';
import { initBool, PyBool_Type, Py_True } from '../objects/boolobject.ts';
import {
  readyStaticTypes, setBoolTypeGetter, setBuiltinNewCheck, setLengthErrorTypes, setListOfStrings, setPlainAllocator,
  setPlainFree, setSizeofHook, setStaticMethodFactory, setTrueGetter, setUnraisableHook,
} from '../objects/typeobject.ts';
import { PyCFunctionObject, PyCFunction_New } from '../objects/methodobject.ts';
import { setCFunctionFactory, setModuleFinishAlloc, setModuleHooks } from '../objects/moduleobject.ts';
import { setMethodFactory } from '../objects/funcobject.ts';
import { PyMethod_New, setMethodNewHooks } from '../objects/classobject.ts';
import { PyDict_New, PyDictObject, PyDict_Type, clearDictFreeLists, mayBeTracked } from '../objects/dictobject.ts';
import { PyTupleObject, PyTuple_Type, clearTupleFreeLists, tupleMaybeUntrack } from '../objects/tupleobject.ts';
import { clearListFreeList } from '../objects/listobject.ts';
import { clearFloatFreeList } from '../objects/floatobject.ts';
import { gcHooks, setUntrackers } from '../gc/collect.ts';
import { gcUntrack, isTracked } from '../gc/gcstate.ts';
import { listFromArraySteal } from '../objects/listobject.ts';
import { PyUnicodeObject, PyUnicode_FromString } from '../objects/unicodeobject.ts';
import {
  PyExc_KeyError, PyExc_OverflowError, PyExc_TypeError, PyExc_RecursionError, PyExc_ValueError, allExceptionTypes,
} from '../objects/exceptions.ts';
import { objectsEqual, reprString, PyObject_Repr } from '../objects/object.ts';
import { setRichEq, setSpecialCheckHooks } from '../objects/abstract.ts';
import { PyType_Type } from '../objects/pyobject.ts';
import { callSpecial } from '../objects/typeobject.ts';
import { setDisplayHook, setInstanceLookup, setKeyErrorType } from '../vm/ceval.ts';
import { instanceGetAttr } from '../objects/instances.ts';
import { setGenUnraisable, setGenHooks, setGenIntHook, setGenThrowHooks } from '../objects/genobject.ts';
import { PyType_IsSubtype } from '../objects/object.ts';
import { getFrameObject } from '../vm/frame.ts';
import { setDirNames } from '../vm/suggestions.ts';
import { dirList, setSysGetter, frameLocals } from '../modules/bltinmodule.ts';
import { setFrameLocalsHook } from '../vm/frame.ts';
import { displayhook, setRecursionErrorTypeForSys, setSysUnraisableHook, sysGet, writeStderr } from '../modules/sysmodule.ts';
import { formatTraceback, exceptionTypeName } from '../vm/traceback.ts';
import { PyBaseExceptionObject } from '../objects/exceptions.ts';
import { PyTracebackObject } from '../vm/frame.ts';
import { PyListObject } from '../objects/listobject.ts';
import { registerModules } from '../modules/registry.ts';
import { addClassGetitem, setGenericAliasHooks } from '../objects/genericaliasobject.ts';
import { installUnionType } from '../objects/unionobject.ts';
import { PyFrozenSet_New, PySet_New } from '../objects/setobject.ts';
import { PyNone_Type } from '../objects/object.ts';
import { binary_op } from '../objects/abstract.ts';
import { tupleFromArray } from '../objects/tupleobject.ts';
import { PyErr_NoMemory, installMemoryErrorFreeList, setBeyondLimit } from '../objects/exceptions_memerror.ts';
import { getAllocator, setNoMemory } from '../memory/heap.ts';
import { ObjectAllocator } from '../memory/obmalloc.ts';
import { setCModuleCheck } from '../objects/typeobject.ts';
import { isCImplemented } from '../vm/import.ts';
import { internString } from '../objects/unicodeobject.ts';
import { PyObject_ClearWeakRefs } from '../objects/weakrefobject.ts';
import { PyList_Type } from '../objects/listobject.ts';
import { PySet_Type, PyFrozenSet_Type } from '../objects/setobject.ts';
import { PyEnum_Type } from '../objects/enumobject.ts';
import { PyExc_BaseExceptionGroup } from '../objects/exceptions.ts';
import { PyDict_GetItemWithError } from '../objects/dictobject.ts';
import { initVectorcall } from './vectorcall.ts';
import { make_tracemallocModule } from '../modules/_tracemalloc.ts';
import { makeLinecacheModule } from '../modules/linecache.ts';
import { memoryviewBufferHook, setMemoryViewClearWeakRefs } from '../objects/memoryobject.ts';
import { setBufferHook } from '../objects/bytesobject.ts';
import { initNumberFormatting } from '../objects/formatting.ts';
import { initBytes, PyBytes_FromBytes, PyBytesObject } from '../objects/bytesobject.ts';
import { initByteArray } from '../objects/bytearrayobject.ts';
import { initComplex, PyComplex_FromDoubles } from '../objects/complexobject.ts';
import { initIterObjects, PyCallIter_New } from '../objects/iterobject.ts';
import { frozensetConstant } from '../objects/setobject.ts';
import { Py_Ellipsis } from '../objects/sliceobject.ts';
import { constMakers } from '../vm/pythonrun.ts';
import { setCallableIterator, setBytesView } from '../modules/bltinmodule.ts';
import { setListExtend, setDictUpdate, setAsciiHook, setSequenceTuple } from '../vm/ceval.ts';
import { listExtend } from '../objects/listobject.ts';
import { dictUpdate } from '../objects/dictobject.ts';
import { PyObject_ASCII, initUnicode } from '../objects/unicodeobject.ts';
import { setListOfObjects, finishAlloc } from '../objects/typeobject.ts';
import { setFunctionAttrHooks, setFunctionDictSet, setWrapperFinishAlloc } from '../objects/funcobject.ts';
import { setCodeAttrHooks } from '../objects/codeobject.ts';
import { setCFunctionAttrHooks } from '../objects/methodobject.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { tupleFromArraySteal, PySequence_Tuple } from '../objects/tupleobject.ts';
import { PyUnicode_InternFromString } from '../objects/unicodeobject.ts';
import { getAttrString, Py_None } from '../objects/object.ts';
import { raise } from '../vm/errors.ts';
import { PyDict_SetItem } from '../objects/dictobject.ts';
import { setPropertyFinishAlloc, setPropertyLookupAttr, setPropertyBools, newMappingProxy, setMappingProxyHooks } from '../objects/descrobject.ts';
import { setMappingProxyFactory, setGlobalsGetter } from '../objects/typeobject.ts';
import { currentFrame } from '../vm/ceval.ts';
import { setDictViewMappingProxy } from '../objects/dictviews.ts';
import { PyObject_Str, PyObject_RichCompare } from '../objects/object.ts';
import { lookupAttrString } from '../objects/object.ts';
import { Py_False } from '../objects/boolobject.ts';
import { installExceptionConstructors, setExceptionDictFactory } from '../objects/exceptions_init.ts';
import { builtinModules } from '../vm/import.ts';
import { makeGcModule, sysFormatStderr } from '../modules/gcmodule.ts';
import { registerWeakrefModules } from '../modules/weakref_registry.ts';
import { makeTimeModule } from '../modules/timemodule.ts';
import { makeMathModule } from '../modules/mathmodule.ts';
import { makeRandomModule, make_randomModule } from '../modules/randommodule.ts';

let done = false;

export function initRuntimeOnce(): void {
  if (done) return;
  done = true;
  initBool();
  initNumberFormatting();
  initUnicode();
  initBytes();
  initByteArray();
  initComplex();
  initIterObjects();
  installHooks();
  installTypeHooks();
  registerWeakrefModules();
  for (const t of staticTypes) {
    if (t.tp_flags & TPFlags.BASE_EXC_SUBCLASS) allExceptionTypes.push(t);
  }
  readyStaticTypes();
  registerModules();
  registerBuiltinModules();
}

/** PyErr_WriteUnraisable: "Exception ignored in: ..." with the traceback, on stderr. */
export function writeUnraisable(exc: PyObject, obj: PyObject | null): void {
  // _PyErr_WriteUnraisableDefaultHook: nothing is written without a sys.stderr (late shutdown).
  const stderr = sysGet('stderr');
  if (stderr === null || stderr === Py_None) {
    decref(exc);
    return;
  }
  let text = '';
  if (obj !== null) {
    let r: string;
    try {
      r = reprString(obj);
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      decref(e.exc);
      r = '<object repr() failed>';
    }
    text += `Exception ignored in: ${r}\n`;
  }
  const e = exc as PyBaseExceptionObject;
  if (e.traceback !== null) text += formatTraceback(e.traceback as PyTracebackObject);
  let msg = '';
  try {
    const s = (e.ob_type.tp_str ?? PyObject_Repr)(e);
    msg = (s as PyUnicodeObject).s;
    decref(s);
  } catch (err) {
    if (!(err instanceof PyErr)) throw err;
    decref(err.exc);
  }
  text += msg.length ? `${exceptionTypeName(e.ob_type)}: ${msg}\n` : `${exceptionTypeName(e.ob_type)}\n`;
  writeStderr(text);
  decref(exc);
}

function installGcHooks(): void {
  gcHooks.writeStderr = sysFormatStderr;
  gcHooks.unraisable = (e) => {
    if (e instanceof PyErr) writeUnraisable(e.exc, null);
    else throw e;
  };
  gcHooks.clearFreelists = () => {
    clearFloatFreeList();
    clearTupleFreeLists();
    clearListFreeList();
    clearDictFreeLists();
  };
  setUntrackers(PyTuple_Type, (o) => tupleMaybeUntrack(o as PyTupleObject, mayBeTracked), PyDict_Type, (o) => dictMaybeUntrack(o as PyDictObject));
}

/** _PyDict_MaybeUntrack: a dict whose keys and values cannot be part of a cycle is untracked. */
function dictMaybeUntrack(d: PyDictObject): void {
  if (!isTracked(d)) return;
  const dk = d.keys;
  for (let i = 0; i < dk.nentries; i++) {
    const k = dk.keys[i];
    if (k === null) continue;
    if (mayBeTracked(k) || mayBeTracked(dk.values[i]!)) return;
  }
  gcUntrack(d);
}

function installHooks(): void {
  installGcHooks();
  initVectorcall();
  setBufferHook(memoryviewBufferHook);
  setMemoryViewClearWeakRefs(PyObject_ClearWeakRefs);
  setStaticMethodFactory((def, type) => PyCFunction_New(def, type));
  setCFunctionFactory((def, self) => PyCFunction_New(def, self));
  setMethodFactory(PyMethod_New);
  setBoolTypeGetter(() => PyBool_Type);
  setTrueGetter(() => Py_True);
  setLengthErrorTypes(() => PyExc_ValueError, () => PyExc_OverflowError);
  setUnraisableHook(writeUnraisable);
  setSysUnraisableHook(writeUnraisable);
  setGenUnraisable(writeUnraisable);
  setGenHooks(() => Py_True, () => Py_False, (f) => getFrameObject(f));
  setGenIntHook((n) => PyLong_FromNumber(n));
  setGenThrowHooks((o, n) => lookupAttrString(o, n), (a, b) => a instanceof PyTypeObject && b instanceof PyTypeObject && PyType_IsSubtype(a, b));
  setBuiltinNewCheck((o) => o instanceof PyCFunctionObject && o.def.name === '__new__');
  setListOfStrings((names) => listFromArraySteal(names.map((n) => PyUnicode_FromString(n))));
  setPlainAllocator((o, size) => allocObjectMemory(o, size, 0));
  setPlainFree((o) => freeObjectMemory(o, 0));
  setSizeofHook((o) => {
    const t: PyTypeObject = o.ob_type;
    const n = (o as { items?: unknown[] }).items;
    const size = (o as { ob_size?: number }).ob_size ?? (Array.isArray(n) ? n.length : 0);
    return t.tp_basicsize + t.tp_itemsize * size;
  });
  setRichEq(objectsEqual);
  setSpecialCheckHooks(() => PyType_Type, callSpecial);
  setKeyErrorType(() => PyExc_KeyError);
  setInstanceLookup((obj, name) => instanceGetAttr(obj, obj.inst!, name));
  setDisplayHook((v) => {
    const hook = sysGet('displayhook');
    if (hook === null) return;
    if (hook instanceof PyCFunctionObject && hook.def.name === 'displayhook') displayhook(v);
    else decref(hook.ob_type.tp_call!(hook, [v], null));
  });
  setDirNames((o) => {
    const l = dirList(o) as PyListObject;
    try {
      return l.items.filter((x): x is PyUnicodeObject => x instanceof PyUnicodeObject).map((x) => x.s);
    } finally {
      decref(l);
    }
  });
  setSysGetter(sysGet);
  setFrameLocalsHook((f) => frameLocals(f));
  setRecursionErrorTypeForSys(() => PyExc_RecursionError);
  installGenericAlias();
  void newref;
}

/** types.GenericAlias: its hooks, and `__class_getitem__` on the builtin containers. */
function installGenericAlias(): void {
  setGenericAliasHooks({
    clearWeakRefs: PyObject_ClearWeakRefs,
    dir: dirList,
    builtin: (name) => {
      const modules = sysGet('modules') as PyDictObject;
      const builtins = PyDict_GetItemWithError(modules, internString('builtins'))!;
      return getAttrString(builtins, name);
    },
  });
  addClassGetitem([PyTuple_Type, PyList_Type, PyDict_Type, PySet_Type, PyFrozenSet_Type, PyEnum_Type, PyExc_BaseExceptionGroup]);
  installUnionType({
    noneType: () => PyNone_Type,
    newSet: (items, frozen) => {
      const t = tupleFromArray(items);
      try {
        return frozen ? PyFrozenSet_New(t) : PySet_New(t);
      } finally {
        decref(t);
      }
    },
    numberOr: (a, b) => binary_op(a, b, 'nb_or'),
  });
  setCModuleCheck(isCImplemented);
}

/** NON-CPYTHON: runs f with the interpreter's heap limit lifted (for the last-resort MemoryError). */
function beyondHeapLimit<T>(f: () => T): T {
  const a = getAllocator();
  if (!(a instanceof ObjectAllocator)) return f();
  const limit = a.vm.memoryLimit;
  a.vm.memoryLimit = Infinity;
  try {
    return f();
  } finally {
    a.vm.memoryLimit = limit;
  }
}

/** Builtin modules written in TypeScript (the Python-source ones are in modules/registry.ts). */
function registerBuiltinModules(): void {
  builtinModules.set('gc', makeGcModule);
  builtinModules.set('time', makeTimeModule);
  builtinModules.set('math', makeMathModule);
  builtinModules.set('random', makeRandomModule);
  builtinModules.set('_random', make_randomModule);
  builtinModules.set('_tracemalloc', make_tracemallocModule);
  builtinModules.set('linecache', makeLinecacheModule);
}

/** Hooks that connect the builtin types written in separate files. */
function installTypeHooks(): void {
  setFunctionAttrHooks({ newDict: () => PyDict_New() });
  setFunctionDictSet((d, k, v) => PyDict_SetItem(d, k, v));
  setCodeAttrHooks({
    int: (n) => PyLong_FromNumber(n),
    strTuple: (names) => tupleFromArraySteal(names.map((n) => PyUnicode_InternFromString(n))),
    bytes: (b) => PyBytes_FromBytes(b),
    valueError: (msg) => raise(PyExc_ValueError, msg),
  });
  setModuleHooks((msg) => raise(PyExc_TypeError, msg));
  setMethodNewHooks((msg) => raise(PyExc_TypeError, msg), () => Py_None);
  setCFunctionAttrHooks((s) => PyUnicode_FromString(s), () => newref(Py_None), (o, n) => getAttrString(o, n));
  setPropertyFinishAlloc(finishAlloc);
  setWrapperFinishAlloc(finishAlloc);
  setModuleFinishAlloc(finishAlloc);
  setMappingProxyFactory(newMappingProxy);
  setGlobalsGetter(() => (currentFrame === null ? null : currentFrame.globals));
  setDictViewMappingProxy(newMappingProxy);
  setMappingProxyHooks((o) => reprString(o), (o) => PyObject_Str(o), (a, b, op) => PyObject_RichCompare(a, b, op), (o, n) => getAttrString(o, n));
  setPropertyLookupAttr((o, name) => lookupAttrString(o, name));
  setPropertyBools(() => Py_True, () => Py_False);
  installExceptionConstructors();
  installMemoryErrorFreeList();
  setNoMemory(PyErr_NoMemory);
  setBeyondLimit(beyondHeapLimit);
  setExceptionDictFactory(() => PyDict_New());
  constMakers.bytes = (v) => PyBytes_FromBytes(v);
  constMakers.complex = (re, im) => PyComplex_FromDoubles(re, im);
  constMakers.frozenset = (items) => frozensetConstant(items);
  constMakers.ellipsis = () => newref(Py_Ellipsis);
  setCallableIterator((c, s) => PyCallIter_New(c, s));
  setBytesView((o) => (o instanceof PyBytesObject ? o.b : null));
  setListExtend((l, it, fromOpcode) => listExtend(l, it, fromOpcode));
  setSequenceTuple((o) => PySequence_Tuple(o));
  setDictUpdate((d, other) => dictUpdate(d, other));
  setAsciiHook((o) => PyObject_ASCII(o));
  setListOfObjects((items) => {
    for (const i of items) newref(i);
    return listFromArraySteal(items.slice());
  });
}
