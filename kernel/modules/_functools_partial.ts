/**
 * functools.partial, the C type of the _functools module.
 * CPython 3.11: Modules/_functoolsmodule.c (partialobject, partial_new, partial_vectorcall,
 * partial_call, partial_repr, partial_reduce, partial_setstate, partial_traverse, partial_clear,
 * partial_dealloc, partial_type_spec).
 * NON-CPYTHON: CPython makes the type per module (PyType_FromModuleAndSpec, a heap type); the
 * kernel has one static type whose instances hold a reference to it as heap-type instances do.
 */
import { type GetSetDef, InstanceData, type MethodDef, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from '../objects/pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { memFree, memMalloc } from '../memory/heap.ts';
import { gcFree, gcUntrack } from '../gc/gcstate.ts';
import { raise } from '../vm/errors.ts';
import { enterRecursiveCall, leaveRecursiveCall } from '../vm/state.ts';
import { PyExc_AttributeError, PyExc_TypeError } from '../objects/exceptions.ts';
import { Py_None, PyObject_Repr, PyObject_Str } from '../objects/object.ts';
import { PyCallable_Check, PyObject_Call, callArgsTuple, callKwargsDict } from '../objects/abstract.ts';
import { PyUnicodeObject, PyUnicode_FromString, internString } from '../objects/unicodeobject.ts';
import { PySequence_Tuple, PyTupleObject, PyTuple_Type, tupleFromArray, tupleFromArraySteal } from '../objects/tupleobject.ts';
import {
  PyDictObject, PyDict_Copy, PyDict_New, PyDict_SetItem, PyDict_Type, dictForEach, dictMergeFromDict, dictNewPresized,
} from '../objects/dictobject.ts';
import { finishAlloc } from '../objects/typeobject.ts';
import { classGetitemMethod } from '../objects/genericaliasobject.ts';
import { reprEnter, reprLeave } from '../objects/reprenter.ts';
import { PyObject_ClearWeakRefs, getWeakrefCount } from '../objects/weakrefobject.ts';
import { oneArg } from '../objects/getargs.ts';

export const enum PartialLayout {
  /** sizeof(partialobject): header, fn, args, kw, dict, weakreflist, vectorcall. */
  SIZE = 64,
  /** _PY_FASTCALL_SMALL_STACK: partial_vectorcall's on-stack argument array. */
  SMALL_STACK = 5,
  /** sizeof(PyObject *) */
  POINTER = 8,
}

/** Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_VECTORCALL */
export const PyPartial_Type: PyTypeObject = registerStaticType(
  newStaticType('functools.partial', PartialLayout.SIZE, 0,
    TPFlags.BASETYPE | TPFlags.HAVE_GC | TPFlags.HAVE_VECTORCALL | TPFlags.IMMUTABLETYPE),
);
PyPartial_Type.hasDict = true;
PyPartial_Type.hasWeakref = true;

/** partialobject; the instance dict is `inst.dict` (the kernel's tp_dictoffset). */
export class PartialObject extends PyObject {
  fn!: PyObject;
  args!: PyTupleObject;
  kw!: PyDictObject;
  /** pto->vectorcall != NULL: partial_vectorcall is used (partial_setvectorcall). */
  vectorcall = false;
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

function dictOf(o: PyObject): PyObject | null {
  return o.inst === null ? null : o.inst.dict;
}

/** PyType_GenericAlloc: the object, tracked; an instance of the heap type holds a reference to it. */
PyPartial_Type.tp_alloc = (type) => {
  const pto = new PartialObject(type);
  finishAlloc(pto, type);
  if (type === PyPartial_Type) incref(type);
  return pto;
};
PyPartial_Type.tp_free = gcFree;

/**
 * PyVectorcall_Function(callable) != NULL: the type has Py_TPFLAGS_HAVE_VECTORCALL and the
 * instance's vectorcall pointer is set (a type object's is its tp_vectorcall).
 */
function hasVectorcall(callable: PyObject): boolean {
  if (!(callable.ob_type.tp_flags & TPFlags.HAVE_VECTORCALL)) return false;
  if (callable instanceof PartialObject) return callable.vectorcall;
  if (callable instanceof PyTypeObject) return callable.tp_vectorcall;
  return true;
}

/** CPython 3.11: Modules/_functoolsmodule.c partial_setvectorcall */
function partial_setvectorcall(pto: PartialObject): void {
  // Don't use vectorcall if the underlying function doesn't support it.
  pto.vectorcall = hasVectorcall(pto.fn);
}

/**
 * CPython 3.11: Objects/call.c _PyStack_AsDict, the keyword dict _PyObject_MakeTpCall hands to
 * tp_call (and tp_new): `_PyDict_NewPresized(nkwargs)` filled in keyword order.
 */
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

/**
 * CPython 3.11: Modules/_functoolsmodule.c partial_new. A partial whose type calls as partial
 * does (tp_call is partial_call) and that has no __dict__ is flattened: its function, args and
 * keywords are used instead of it. The args tuple is always new (PyTuple_GetSlice of the call's
 * tuple); the keyword dict is the call's own dict (it has one reference), a new empty dict, or a
 * copy of the inner partial's keywords with the new ones merged in.
 */
function partial_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 1) raise(PyExc_TypeError, "type 'partial' takes at least one argument");
  let func = args[0];
  let pargs: PyTupleObject | null = null;
  let pkw: PyDictObject | null = null;
  if (func.ob_type.tp_call === partial_call_slot) {
    // The type of "func" might not be exactly the same type object as "type", but if it is
    // called using partial_call, it must have the same structure in memory.
    const part = func as PartialObject;
    if (dictOf(part) === null) {
      pargs = part.args;
      pkw = part.kw;
      func = part.fn;
    }
  }
  if (!PyCallable_Check(func)) raise(PyExc_TypeError, 'the first argument must be callable');
  const pto = type.tp_alloc!(type) as PartialObject;
  try {
    pto.fn = newref(func);
    // PyTuple_GetSlice(args, 1, PY_SSIZE_T_MAX)
    const nargs = tupleFromArray(args.slice(1, npos));
    if (pargs === null) pto.args = nargs;
    else {
      try {
        pto.args = PyTuple_Type.sq_concat!(pargs, nargs) as PyTupleObject;
      } finally {
        decref(nargs);
      }
    }
    // The call's keyword dict: _PyObject_MakeTpCall's, or one made as it makes it.
    let kw = nkw > 0 ? callKwargsDict(args.slice(0, npos), nkw) as PyDictObject | null : null;
    const owned = nkw > 0 && kw === null;
    if (owned) kw = stackAsDict(args, npos, kwnames!);
    pto.kw = partialKeywords(pkw, kw, owned);
  } catch (e) {
    decref(pto);
    throw e;
  }
  partial_setvectorcall(pto);
  return pto;
}

/** partial_new's keyword step; `kw` is the call's dict (or null), a reference of ours if `owned`. */
function partialKeywords(pkw: PyDictObject | null, kw: PyDictObject | null, owned: boolean): PyDictObject {
  if (pkw === null || pkw.used === 0) {
    if (kw === null) return PyDict_New();
    if (owned) return kw;
    // Py_REFCNT(kw) == 1: nothing else holds the call's dict, which becomes the partial's.
    return kw.ob_refcnt === 1 ? newref(kw) : PyDict_Copy(kw);
  }
  try {
    const merged = PyDict_Copy(pkw);
    if (kw !== null) {
      try {
        dictMergeFromDict(merged, kw);
      } catch (e) {
        decref(merged);
        throw e;
      }
    }
    return merged;
  } finally {
    if (owned) xdecref(kw);
  }
}

/** CPython 3.11: Modules/_functoolsmodule.c partial_clear */
function partial_clear(o: PyObject): void {
  const pto = o as PartialObject;
  const cleared = pto as unknown as { fn: PyObject | null; args: PyObject | null; kw: PyObject | null };
  // Fields not filled yet (partial_new failed half-way) are undefined: nothing to release.
  const fn = cleared.fn ?? null;
  cleared.fn = null;
  xdecref(fn);
  const args = cleared.args ?? null;
  cleared.args = null;
  xdecref(args);
  const kw = cleared.kw ?? null;
  cleared.kw = null;
  xdecref(kw);
  const dict = dictOf(pto);
  if (dict !== null) {
    pto.inst!.dict = null;
    decref(dict);
  }
}

/**
 * CPython 3.11: Modules/_functoolsmodule.c partial_traverse: the (heap) type, fn, args, kw and
 * the dict. NON-CPYTHON: a Python subclass's instance has its type visited by subtype_traverse
 * (the kernel's partial type is static), so only the exact type is visited here.
 */
function partial_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const pto = o as PartialObject;
  const fields = pto as unknown as { fn: PyObject | null; args: PyObject | null; kw: PyObject | null };
  if (pto.ob_type === PyPartial_Type) visit(pto.ob_type);
  // A partial being made (tp_alloc'd, not yet filled) holds nothing yet: undefined fields.
  if (fields.fn != null) visit(fields.fn);
  if (fields.args != null) visit(fields.args);
  if (fields.kw != null) visit(fields.kw);
  const dict = dictOf(pto);
  if (dict !== null) visit(dict);
}

/**
 * CPython 3.11: Modules/_functoolsmodule.c partial_dealloc. NON-CPYTHON: a Python subclass's
 * instance comes here from subtype_dealloc, which has cleared its weak references already and
 * releases its type itself.
 */
function partial_dealloc(o: PyObject): void {
  const tp = o.ob_type;
  // bpo-31095: UnTrack is needed before calling any callbacks
  gcUntrack(o);
  if (tp === PyPartial_Type && getWeakrefCount(o) > 0) PyObject_ClearWeakRefs(o);
  partial_clear(o);
  tp.tp_free!(o);
  if (tp === PyPartial_Type) decref(tp);
}

/** The call's positional arguments and keywords, as the kernel passes them. */
function positional(args: PyObject[], kwnames: string[] | null): PyObject[] {
  return kwnames === null || kwnames.length === 0 ? args : args.slice(0, args.length - kwnames.length);
}

/**
 * CPython 3.11: Modules/_functoolsmodule.c partial_vectorcall: the partial's args and the call's
 * arguments in one array (borrowed references), on the C stack up to 5 of them, else in a
 * PyMem_Malloc'd array. A partial with keywords falls back to partial_call for good
 * (partial_vectorcall_fallback clears pto->vectorcall).
 */
function partial_vectorcall(pto: PartialObject, args: PyObject[], kwnames: string[] | null): PyObject {
  // pto->kw is mutable, so need to check every time
  if (pto.kw.used > 0) {
    pto.vectorcall = false;
    return makeTpCall(pto, args, kwnames);
  }
  const ptoArgs = pto.args.items;
  // Fast path if we're called without arguments
  if (args.length === 0) return PyObject_Call(pto.fn, ptoArgs.slice(), null);
  const stack = ptoArgs.concat(args);
  // The PY_VECTORCALL_ARGUMENTS_OFFSET path (one partial argument, written in front of the
  // caller's arguments) and the small stack need no memory.
  const total = stack.length;
  if (ptoArgs.length === 1 || total <= PartialLayout.SMALL_STACK) return PyObject_Call(pto.fn, stack, kwnames);
  const block = memMalloc(total * PartialLayout.POINTER);
  try {
    return PyObject_Call(pto.fn, stack, kwnames);
  } finally {
    memFree(block);
  }
}

/**
 * CPython 3.11: Objects/call.c _PyObject_MakeTpCall, for a partial called through the vectorcall
 * protocol whose vectorcall pointer is NULL: an argument tuple and a keyword dict for the call.
 */
function makeTpCall(pto: PartialObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const pos = positional(args, kwnames);
  const argstuple = tupleFromArray(pos);
  let kwdict: PyDictObject | null = null;
  try {
    if (kwnames !== null && kwnames.length > 0) kwdict = stackAsDict(args, pos.length, kwnames);
    enterRecursiveCall(' while calling a Python object');
    try {
      return partial_call(pto, argstuple, kwdict, args, kwnames);
    } finally {
      leaveRecursiveCall();
    }
  } finally {
    decref(argstuple);
    xdecref(kwdict);
  }
}

/**
 * CPython 3.11: Modules/_functoolsmodule.c partial_call: the keywords are the call's dict when
 * the partial has none, else a copy of the partial's with the call's merged in (bpo-27840: a
 * function taking **kwargs may change it); the arguments are the concatenation of the partial's
 * tuple and the call's. `kwargs` null with keywords given: the kernel's _PyObject_MakeTpCall
 * made the call's dict, which is rebuilt only if it has to be merged.
 */
function partial_call(pto: PartialObject, args: PyTupleObject, kwargs: PyDictObject | null, stack: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  let kwargs2: PyDictObject | null = null;
  if (pto.kw.used > 0) {
    kwargs2 = PyDict_Copy(pto.kw);
    if (nkw > 0) {
      const own = kwargs === null;
      const kw = kwargs ?? stackAsDict(stack, stack.length - nkw, kwnames!);
      try {
        dictMergeFromDict(kwargs2, kw);
      } catch (e) {
        decref(kwargs2);
        throw e;
      } finally {
        if (own) decref(kw);
      }
    }
  }
  let args2: PyObject;
  try {
    args2 = PyTuple_Type.sq_concat!(pto.args, args);
  } catch (e) {
    xdecref(kwargs2);
    throw e;
  }
  try {
    const items = (args2 as PyTupleObject).items;
    if (kwargs2 === null) return callWithKeywords(pto.fn, items, kwnames, stack.slice(stack.length - nkw));
    const names: string[] = [];
    const values: PyObject[] = [];
    dictForEach(kwargs2, (k, v) => {
      names.push((k as PyUnicodeObject).s);
      values.push(v);
    });
    return callWithKeywords(pto.fn, items, names, values);
  } finally {
    decref(args2);
    xdecref(kwargs2);
  }
}

/**
 * CPython 3.11: Objects/call.c PyObject_Call(callable, args tuple, kwargs dict) as
 * _PyVectorcall_Call runs it: with keywords, a callable with vectorcall gets them through
 * _PyStack_UnpackDict, a PyMem_Malloc'd array (one spare slot, the arguments, the keyword values)
 * and a tuple of the keyword names, both freed after the call.
 * NON-CPYTHON: a callable without vectorcall gets the tuple and dict as they are in CPython;
 * here the kernel's _PyObject_MakeTpCall makes its own.
 */
export function callWithKeywords(fn: PyObject, positional: readonly PyObject[], kwnames: string[] | null, kwvalues: readonly PyObject[]): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const stack = positional.concat(kwvalues);
  if (nkw === 0) return PyObject_Call(fn, stack, null);
  if (!hasVectorcall(fn)) return PyObject_Call(fn, stack, kwnames);
  const block = memMalloc((1 + stack.length) * PartialLayout.POINTER);
  let names: PyObject | null = null;
  try {
    names = tupleFromArraySteal(kwnames!.map((n) => newref(internString(n))));
    return PyObject_Call(fn, stack, kwnames);
  } finally {
    memFree(block);
    xdecref(names);
  }
}

/**
 * tp_call of the partial type (and of its subclasses). The exact type is called through the
 * vectorcall protocol (partial_vectorcall, or _PyObject_MakeTpCall when its pointer is NULL); a
 * Python subclass has no Py_TPFLAGS_HAVE_VECTORCALL, so the kernel's _PyObject_MakeTpCall made
 * the argument tuple already and partial_call runs on it.
 */
function partial_call_slot(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const pto = self as PartialObject;
  if (pto.ob_type.tp_flags & TPFlags.HAVE_VECTORCALL) {
    if (pto.vectorcall) return partial_vectorcall(pto, args, kwnames);
    return makeTpCall(pto, args, kwnames);
  }
  const pos = positional(args, kwnames);
  const tuple = callArgsTuple(pos);
  const nkw = args.length - pos.length;
  if (tuple !== null) return partial_call(pto, tuple, callKwargsDict(pos, nkw) as PyDictObject | null, args, kwnames);
  const own = tupleFromArray(pos);
  try {
    return partial_call(pto, own, null, args, kwnames);
  } finally {
    decref(own);
  }
}

/**
 * CPython 3.11: Modules/_functoolsmodule.c partial_repr: `tp_name(fn, args..., key=value...)`,
 * the arguments shown first, then the function; a partial inside itself is `...`.
 */
function partial_repr(o: PyObject): PyObject {
  const pto = o as PartialObject;
  if (!reprEnter(pto)) return PyUnicode_FromString('...');
  try {
    let arglist = '';
    for (const item of pto.args.items) arglist += `, ${reprText(item)}`;
    const entries: [PyObject, PyObject][] = [];
    dictForEach(pto.kw, (k, v) => {
      entries.push([k, v]);
    });
    for (const [key, value] of entries) {
      // Prevent key.__str__ from deleting the value.
      incref(value);
      try {
        const s = PyObject_Str(key);
        try {
          arglist += `, ${s.s}=${reprText(value)}`;
        } finally {
          decref(s);
        }
      } finally {
        decref(value);
      }
    }
    return PyUnicode_FromString(`${pto.ob_type.tp_name}(${reprText(pto.fn)}${arglist})`);
  } finally {
    reprLeave(pto);
  }
}

function reprText(o: PyObject): string {
  const r = PyObject_Repr(o);
  try {
    return r.s;
  } finally {
    decref(r);
  }
}

/** CPython 3.11: Modules/_functoolsmodule.c partial_reduce: (type, (fn,), (fn, args, kw, dict or None)). */
function partial_reduce(self: PyObject): PyObject {
  const pto = self as PartialObject;
  const dict = dictOf(pto) ?? Py_None;
  const state = tupleFromArray([pto.fn, pto.args, pto.kw, dict]);
  return tupleFromArraySteal([newref(pto.ob_type), tupleFromArray([pto.fn]), state]);
}

/** CPython 3.11: Modules/_functoolsmodule.c partial_setstate */
function partial_setstate(self: PyObject, state: PyObject): PyObject {
  const pto = self as PartialObject;
  if (!(state instanceof PyTupleObject) || state.items.length !== 4) raise(PyExc_TypeError, 'invalid partial state');
  const [fn, fnargs, kw, dict] = state.items;
  if (!PyCallable_Check(fn) || !(fnargs instanceof PyTupleObject) || (kw !== Py_None && !(kw instanceof PyDictObject))) {
    raise(PyExc_TypeError, 'invalid partial state');
  }
  const newArgs = fnargs.ob_type === PyTuple_Type ? newref(fnargs) : PySequence_Tuple(fnargs);
  let newKw: PyDictObject;
  try {
    if (kw === Py_None) newKw = PyDict_New();
    else if (kw.ob_type !== PyDict_Type) newKw = PyDict_Copy(kw as PyDictObject);
    else newKw = newref(kw as PyDictObject);
  } catch (e) {
    decref(newArgs);
    throw e;
  }
  const newDict = dict === Py_None ? null : newref(dict);
  const fields = pto as unknown as { fn: PyObject | null; args: PyObject | null; kw: PyObject | null };
  const oldFn = fields.fn;
  pto.fn = newref(fn);
  xdecref(oldFn);
  const oldArgs = fields.args;
  pto.args = newArgs;
  xdecref(oldArgs);
  const oldKw = fields.kw;
  pto.kw = newKw;
  xdecref(oldKw);
  if (pto.inst === null) pto.inst = new InstanceData();
  const oldDict = pto.inst.dict;
  pto.inst.dict = newDict;
  xdecref(oldDict);
  partial_setvectorcall(pto);
  return newref(Py_None);
}

function readonly(): never {
  raise(PyExc_AttributeError, 'readonly attribute');
}

/** PyObject_GenericGetDict: the instance dict, made on first use. */
export function genericGetDict(o: PyObject): PyObject {
  if (o.inst === null) o.inst = new InstanceData();
  if (o.inst.dict === null) o.inst.dict = PyDict_New();
  return newref(o.inst.dict);
}

/** PyObject_GenericSetDict */
export function genericSetDict(o: PyObject, value: PyObject | null): void {
  if (value === null) raise(PyExc_TypeError, 'cannot delete __dict__');
  if (!(value instanceof PyDictObject)) {
    raise(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${value.ob_type.tp_name}'`);
  }
  if (o.inst === null) o.inst = new InstanceData();
  const old = o.inst.dict;
  o.inst.dict = newref(value);
  xdecref(old);
}

/** partial_memberlist (READONLY T_OBJECT members) and partial_getsetlist. */
const partialGetsets: GetSetDef[] = [
  { name: 'func', get: (o) => newref((o as PartialObject).fn), set: readonly },
  { name: 'args', get: (o) => newref((o as PartialObject).args), set: readonly },
  { name: 'keywords', get: (o) => newref((o as PartialObject).kw), set: readonly },
  { name: '__dict__', get: genericGetDict, set: genericSetDict },
];

/** partial_methods */
const partialMethods: MethodDef[] = [
  { name: '__reduce__', fn: (self) => partial_reduce(self) },
  { name: '__setstate__', fn: (self, args, kwnames) => partial_setstate(self, oneArg('__setstate__', args, kwnames)) },
  classGetitemMethod,
];

PyPartial_Type.tp_new = partial_new;
PyPartial_Type.tp_call = partial_call_slot;
PyPartial_Type.tp_repr = partial_repr;
PyPartial_Type.tp_traverse = partial_traverse;
PyPartial_Type.tp_clear = partial_clear;
PyPartial_Type.tp_dealloc = partial_dealloc;
PyPartial_Type.getsets = partialGetsets;
PyPartial_Type.methods = partialMethods;
