/**
 * Python functions, classmethod and staticmethod.
 * CPython 3.11: Objects/funcobject.c.
 */
import { InstanceData, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcFree, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { PyUnicodeObject, PyUnicode_FromString, internString } from './unicodeobject.ts';
import { PyObject_SetAttr, Py_None, _PyObject_IsAbstract, _PyObject_LookupAttr, hexAddr } from './object.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { checkPositional, noKeywords } from './getargs.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_RuntimeError, PyExc_TypeError } from './exceptions.ts';
import type { PyCodeObject } from './codeobject.ts';
import { PyDictObject, PyDict_GetItemWithError } from './dictobject.ts';
import { PyTupleObject } from './tupleobject.ts';

export const PyFunction_Type: PyTypeObject = registerStaticType(
  newStaticType('function', 136, 0, TPFlags.HAVE_GC),
);
export const PyClassMethod_Type = registerStaticType(newStaticType('classmethod', 32, 0, TPFlags.BASETYPE | TPFlags.HAVE_GC));
export const PyStaticMethod_Type = registerStaticType(newStaticType('staticmethod', 32, 0, TPFlags.BASETYPE | TPFlags.HAVE_GC));

export const enum FuncLayout {
  /** sizeof(PyFunctionObject) in 3.11 */
  SIZE = 136,
  /** sizeof(classmethod) / sizeof(staticmethod): header, callable, dict */
  CM_SIZE = 32,
}

export class PyFunctionObject extends PyObject {
  code: PyCodeObject;
  globals: PyDictObject;
  builtins: PyDictObject;
  name: PyUnicodeObject;
  qualname: PyUnicodeObject;
  defaults: PyTupleObject | null = null;
  kwdefaults: PyDictObject | null = null;
  closure: PyTupleObject | null = null;
  /** func_doc (see func_clear: null once the collector cleared the function). */
  doc: PyObject;
  module: PyObject | null;
  annotations: PyObject | null = null;
  constructor(code: PyCodeObject, globals: PyDictObject, builtins: PyDictObject, qualname: PyUnicodeObject, doc: PyObject, module: PyObject | null) {
    super(PyFunction_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyFunction_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.name = code.name;
    this.qualname = qualname;
    this.doc = doc;
    this.module = module;
  }
}

/**
 * CPython 3.11: Objects/funcobject.c _PyFunction_FromConstructor / PyFunction_NewWithQualName:
 * the function holds new references to its code, globals, builtins, name, qualname, doc
 * (the code's first constant if it is a str) and module (globals['__name__']).
 */
export function PyFunction_New(code: PyCodeObject, globals: PyDictObject, builtins: PyDictObject, qualname: PyUnicodeObject | null): PyFunctionObject {
  const consts = code.consts.items;
  // 3.11 puts the docstring first in co_consts (and None there when there is none).
  const doc = consts.length > 0 && consts[0] instanceof PyUnicodeObject ? consts[0] : Py_None;
  const module = PyDict_GetItemWithError(globals, internString('__name__'));
  const f = new PyFunctionObject(code, globals, builtins, qualname ?? code.qualname, doc, module);
  incref(code);
  incref(globals);
  incref(builtins);
  incref(f.name);
  incref(f.qualname);
  incref(doc);
  if (module !== null) incref(module);
  gcAllocObject(f, FuncLayout.SIZE);
  gcTrack(f);
  return f;
}

/**
 * CPython 3.11: Objects/funcobject.c _PyFunction_FromConstructor, as PyEval_EvalCode calls it
 * for module and exec code: name and qualname are co_name, __doc__ None, no __module__, no
 * defaults or closure.
 */
export function PyFunction_FromConstructor(code: PyCodeObject, globals: PyDictObject, builtins: PyDictObject): PyFunctionObject {
  const f = new PyFunctionObject(code, globals, builtins, code.name, Py_None, null);
  incref(globals);
  incref(builtins);
  incref(f.name);
  incref(f.qualname);
  incref(code);
  incref(Py_None);
  gcAllocObject(f, FuncLayout.SIZE);
  gcTrack(f);
  return f;
}

/**
 * CPython 3.11: Objects/funcobject.c func_clear: Py_CLEAR of globals, builtins, module,
 * defaults, kwdefaults, doc, dict, closure, annotations in turn; the code stays, name and
 * qualname become the empty string (they could be str subclasses in a cycle).
 * NON-CPYTHON typing: globals, builtins and doc are declared non-null, as only a function the
 * collector has cleared (garbage nothing reaches) lacks them.
 */
function func_clear(o: PyObject): void {
  const f = o as PyFunctionObject;
  const cleared = f as { globals: PyDictObject | null; builtins: PyDictObject | null; doc: PyObject | null };
  const globals = cleared.globals;
  cleared.globals = null;
  xdecref(globals);
  const builtins = cleared.builtins;
  cleared.builtins = null;
  xdecref(builtins);
  const module = f.module;
  f.module = null;
  xdecref(module);
  const defaults = f.defaults;
  f.defaults = null;
  xdecref(defaults);
  const kwdefaults = f.kwdefaults;
  f.kwdefaults = null;
  xdecref(kwdefaults);
  const doc = cleared.doc;
  cleared.doc = null;
  xdecref(doc);
  const dict = f.inst?.dict ?? null;
  if (dict !== null) {
    f.inst!.dict = null;
    decref(dict);
  }
  const closure = f.closure;
  f.closure = null;
  xdecref(closure);
  const annotations = f.annotations;
  f.annotations = null;
  xdecref(annotations);
  const name = f.name;
  f.name = PyUnicode_FromString('');
  decref(name);
  const qualname = f.qualname;
  f.qualname = PyUnicode_FromString('');
  decref(qualname);
}

/** CPython 3.11: Objects/funcobject.c func_dealloc */
function func_dealloc(o: PyObject): void {
  const f = o as PyFunctionObject;
  gcUntrack(f);
  clearWeakRefsHook(f);
  func_clear(f);
  // These aren't cleared by func_clear().
  decref(f.code);
  decref(f.name);
  decref(f.qualname);
  gcDel(f);
}

let clearWeakRefsHook: (o: PyObject) => void = () => {};
export function setFuncClearWeakRefs(f: (o: PyObject) => void): void {
  clearWeakRefsHook = f;
}

PyFunction_Type.tp_dealloc = func_dealloc;
PyFunction_Type.tp_clear = func_clear;
PyFunction_Type.hasDict = true;
PyFunction_Type.hasWeakref = true;

/** CPython 3.11: Objects/funcobject.c func_traverse */
PyFunction_Type.tp_traverse = (o, visit) => {
  const f = o as PyFunctionObject;
  visit(f.code);
  if ((f.globals as PyDictObject | null) !== null) visit(f.globals);
  if ((f.builtins as PyDictObject | null) !== null) visit(f.builtins);
  if (f.module !== null) visit(f.module);
  if (f.defaults !== null) visit(f.defaults);
  if (f.kwdefaults !== null) visit(f.kwdefaults);
  if ((f.doc as PyObject | null) !== null) visit(f.doc);
  visit(f.name);
  if (f.inst?.dict) visit(f.inst.dict);
  if (f.closure !== null) visit(f.closure);
  if (f.annotations !== null) visit(f.annotations);
  visit(f.qualname);
};

PyFunction_Type.tp_repr = (o) => {
  const f = o as PyFunctionObject;
  return PyUnicode_FromString(`<function ${f.qualname.s} at ${hexAddr(f)}>`);
};

/** func_descr_get: a function found on a class binds to the instance (a bound method). */
PyFunction_Type.tp_descr_get = (func, obj) => {
  if (obj === null || obj === Py_None) return newref(func);
  return newMethodHook(func, obj);
};

let newMethodHook: (func: PyObject, self: PyObject) => PyObject = () => {
  throw new Error('not ready');
};
export function setMethodFactory(f: (func: PyObject, self: PyObject) => PyObject): void {
  newMethodHook = f;
}

export function PyFunction_Check(o: PyObject): o is PyFunctionObject {
  return o.ob_type === PyFunction_Type;
}

// ---------------------------------------------------------------------------------------------
// classmethod and staticmethod
// ---------------------------------------------------------------------------------------------

export class PyWrappedCallable extends PyObject {
  callable: PyObject | null = null;
}

/** PyClassMethod_New / PyStaticMethod_New: the wrapper alone, without __init__ (no __dict__ yet). */
function wrapperNew(type: PyTypeObject, callable: PyObject): PyWrappedCallable {
  const w = wrapperAlloc(type);
  w.callable = newref(callable);
  return w;
}

/** PyType_GenericAlloc for classmethod and staticmethod (a subclass gets its instance data). */
function wrapperAlloc(type: PyTypeObject): PyWrappedCallable {
  const w = new PyWrappedCallable(type);
  if (type === PyClassMethod_Type || type === PyStaticMethod_Type) {
    gcAllocObject(w, FuncLayout.CM_SIZE);
    gcTrack(w);
  } else finishAllocHook(w, type);
  return w;
}

let finishAllocHook: (o: PyObject, type: PyTypeObject) => void = () => {};
export function setWrapperFinishAlloc(f: (o: PyObject, type: PyTypeObject) => void): void {
  finishAllocHook = f;
}

export function PyClassMethod_New(callable: PyObject): PyObject {
  return wrapperNew(PyClassMethod_Type, callable);
}

export function PyStaticMethod_New(callable: PyObject): PyObject {
  return wrapperNew(PyStaticMethod_Type, callable);
}

/** The attributes functools_wraps copies, in its order. */
const WRAPS_ATTRIBUTES = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

/**
 * CPython 3.11: Objects/funcobject.c functools_wraps: copies the wrapped callable's attributes
 * into the wrapper's __dict__ (functools_copy_attr skips those the callable lacks).
 */
function functoolsWraps(wrapper: PyObject, wrapped: PyObject): void {
  for (const attr of WRAPS_ATTRIBUTES) {
    const name = internString(attr);
    const value = _PyObject_LookupAttr(wrapped, name);
    if (value === null) continue;
    try {
      PyObject_SetAttr(wrapper, name, value);
    } finally {
      decref(value);
    }
  }
}

for (const t of [PyClassMethod_Type, PyStaticMethod_Type]) {
  const fname = t === PyClassMethod_Type ? 'classmethod' : 'staticmethod';
  /** CPython 3.11: Objects/funcobject.c cm_dealloc / sm_dealloc */
  t.tp_dealloc = (o) => {
    const w = o as PyWrappedCallable;
    gcUntrack(w);
    const c = w.callable;
    w.callable = null;
    xdecref(c);
    const d = w.inst?.dict ?? null;
    if (w.inst) w.inst.dict = null;
    xdecref(d);
    w.ob_type.tp_free!(w);
  };
  t.tp_free = gcFree;
  /** CPython 3.11: Objects/funcobject.c cm_traverse / sm_traverse: the callable, then __dict__. */
  t.tp_traverse = (o, visit) => {
    const w = o as PyWrappedCallable;
    if (w.callable !== null) visit(w.callable);
    if (w.inst?.dict) visit(w.inst.dict);
  };
  /** CPython 3.11: Objects/funcobject.c cm_clear / sm_clear: Py_CLEAR of the callable, then __dict__. */
  t.tp_clear = (o) => {
    const w = o as PyWrappedCallable;
    const c = w.callable;
    w.callable = null;
    xdecref(c);
    const d = w.inst?.dict ?? null;
    if (d !== null) {
      w.inst!.dict = null;
      decref(d);
    }
  };
  // PyType_GenericNew, then cm_init / sm_init.
  t.tp_new = (type) => wrapperAlloc(type);
  /** CPython 3.11: Objects/funcobject.c cm_init / sm_init */
  t.tp_init = (self, args, kwnames) => {
    noKeywords(fname, kwnames);
    checkPositional(fname, args.length, 1, 1);
    const w = self as PyWrappedCallable;
    const old = w.callable;
    w.callable = newref(args[0]);
    xdecref(old);
    functoolsWraps(w, w.callable);
  };
  t.tp_alloc = null;
  t.hasDict = true;
}

/** cm_descr_get: binds the callable to the class. */
PyClassMethod_Type.tp_descr_get = (self, obj, type) => {
  const w = self as PyWrappedCallable;
  if (w.callable === null) raise(PyExc_RuntimeError, 'uninitialized classmethod object');
  const t = type === null || type === Py_None ? obj!.ob_type : type;
  const get = w.callable.ob_type.tp_descr_get;
  if (get !== null && w.callable.ob_type !== PyFunction_Type) return get(w.callable, t, null);
  return newMethodHook(w.callable, t);
};

PyStaticMethod_Type.tp_descr_get = (self) => {
  const w = self as PyWrappedCallable;
  if (w.callable === null) raise(PyExc_RuntimeError, 'uninitialized staticmethod object');
  return newref(w.callable);
};

PyStaticMethod_Type.tp_call = (self, args, kwnames) => {
  const w = self as PyWrappedCallable;
  const call = w.callable!.ob_type.tp_call;
  if (call === null) raise(PyExc_TypeError, `'${w.callable!.ob_type.tp_name}' object is not callable`);
  return call(w.callable!, args, kwnames);
};

// ---------------------------------------------------------------------------------------------
// Function attributes (func_getsetlist and func_memberlist in funcobject.c)
// ---------------------------------------------------------------------------------------------

function fn(o: PyObject): PyFunctionObject {
  return o as PyFunctionObject;
}

let hooks = {
  newTupleOrNone: (t: PyTupleObject | null): PyObject => newref(t ?? Py_None),
  newDict: (): PyDictObject => {
    throw new Error('not ready');
  },
  typeError: (msg: string): never => raise(PyExc_TypeError, msg),
};
export function setFunctionAttrHooks(h: Partial<typeof hooks>): void {
  hooks = { ...hooks, ...h };
}

PyFunction_Type.getsets = [
  { name: '__code__', get: (o) => newref(fn(o).code), set: (o, v) => {
    if (v === null || v.ob_type.tp_name !== 'code') hooks.typeError('__code__ must be set to a code object');
    const f = fn(o);
    const old = f.code;
    f.code = newref(v as PyCodeObject);
    decref(old);
  } },
  { name: '__globals__', get: (o) => newref(fn(o).globals) },
  { name: '__builtins__', get: (o) => newref(fn(o).builtins) },
  { name: '__closure__', get: (o) => hooks.newTupleOrNone(fn(o).closure) },
  { name: '__name__', get: (o) => newref(fn(o).name), set: (o, v) => {
    if (!(v instanceof PyUnicodeObject)) hooks.typeError('__name__ must be set to a string object');
    const f = fn(o);
    const old = f.name;
    f.name = newref(v as PyUnicodeObject);
    decref(old);
  } },
  { name: '__qualname__', get: (o) => newref(fn(o).qualname), set: (o, v) => {
    if (!(v instanceof PyUnicodeObject)) hooks.typeError('__qualname__ must be set to a string object');
    const f = fn(o);
    const old = f.qualname;
    f.qualname = newref(v as PyUnicodeObject);
    decref(old);
  } },
  { name: '__doc__', get: (o) => newref(fn(o).doc ?? Py_None), set: (o, v) => {
    const f = fn(o);
    const old = f.doc;
    f.doc = newref(v ?? Py_None);
    xdecref(old);
  } },
  { name: '__module__', get: (o) => newref(fn(o).module ?? Py_None), set: (o, v) => {
    const f = fn(o);
    const old = f.module;
    f.module = v === null ? null : newref(v);
    xdecref(old);
  } },
  { name: '__defaults__', get: (o) => hooks.newTupleOrNone(fn(o).defaults), set: (o, v) => {
    const f = fn(o);
    if (v !== null && v !== Py_None && !(v instanceof PyTupleObject)) hooks.typeError('__defaults__ must be set to a tuple object');
    const old = f.defaults;
    f.defaults = v === null || v === Py_None ? null : newref(v as PyTupleObject);
    xdecref(old);
  } },
  { name: '__kwdefaults__', get: (o) => newref(fn(o).kwdefaults ?? Py_None), set: (o, v) => {
    const f = fn(o);
    const old = f.kwdefaults;
    f.kwdefaults = v === null || v === Py_None ? null : newref(v as PyDictObject);
    xdecref(old);
  } },
  { name: '__annotations__', get: (o) => {
    const f = fn(o);
    if (f.annotations === null) f.annotations = hooks.newDict();
    else if (f.annotations instanceof PyTupleObject) {
      // 3.11 MAKE_FUNCTION annotations arrive as a flat (name, value, ...) tuple.
      const t = f.annotations.items;
      const d = hooks.newDict();
      for (let i = 0; i + 1 < t.length; i += 2) dictSet(d, t[i], t[i + 1]);
      decref(f.annotations);
      f.annotations = d;
    }
    return newref(f.annotations);
  }, set: (o, v) => {
    const f = fn(o);
    if (v !== null && v !== Py_None && v.ob_type.tp_name !== 'dict') hooks.typeError('__annotations__ must be set to a dict object');
    const old = f.annotations;
    f.annotations = v === null || v === Py_None ? null : newref(v);
    xdecref(old);
  } },
  { name: '__dict__', get: (o) => {
    const f = fn(o);
    if (f.inst === null) f.inst = new InstanceData();
    if (f.inst.dict === null) f.inst.dict = hooks.newDict();
    return newref(f.inst.dict);
  } },
];

let dictSet: (d: PyDictObject, k: PyObject, v: PyObject) => void = () => {};
export function setFunctionDictSet(f: (d: PyDictObject, k: PyObject, v: PyObject) => void): void {
  dictSet = f;
}

for (const t of [PyClassMethod_Type, PyStaticMethod_Type]) {
  t.getsets = [
    { name: '__func__', get: (o) => newref((o as PyWrappedCallable).callable ?? Py_None) },
    { name: '__wrapped__', get: (o) => newref((o as PyWrappedCallable).callable ?? Py_None) },
    /** CPython 3.11: Objects/funcobject.c cm_get___isabstractmethod__ / sm_get___isabstractmethod__ */
    { name: '__isabstractmethod__', get: (o) => PyBool_FromBool(_PyObject_IsAbstract((o as PyWrappedCallable).callable)) },
    {
      name: '__dict__',
      get: (o) => {
        const w = o as PyWrappedCallable;
        if (w.inst === null) w.inst = new InstanceData();
        if (w.inst.dict === null) w.inst.dict = hooks.newDict();
        return newref(w.inst.dict);
      },
    },
  ];
}
