/**
 * builtin_function_or_method: a C function, optionally bound to its `self` (a module for
 * module-level functions, an instance for `[].append`).
 * CPython 3.11: Objects/methodobject.c.
 */
import { type MethodDef, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, incref, xdecref } from '../memory/refcount.ts';
import { PyTypeObject as PyTypeObjectClass } from './pyobject.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';
import { hashPointer, hexAddr } from './object.ts';
import { PyModuleObject } from './moduleobject.ts';

export const PyCFunction_Type: PyTypeObject = registerStaticType(
  newStaticType('builtin_function_or_method', 56, 0, TPFlags.HAVE_GC),
);

export const enum CFunctionLayout {
  /** sizeof(PyCFunctionObject) */
  SIZE = 56,
}

export class PyCFunctionObject extends PyObject {
  def: MethodDef;
  self: PyObject | null;
  module: PyObject | null;
  constructor(def: MethodDef, self: PyObject | null, module: PyObject | null) {
    super(PyCFunction_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyCFunction_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.def = def;
    this.self = self;
    this.module = module;
  }
}

/** PyCFunction_NewEx: self and module get new references. */
export function PyCFunction_New(def: MethodDef, self: PyObject | null, module: PyObject | null = null): PyCFunctionObject {
  const f = new PyCFunctionObject(def, self, module);
  if (self !== null) incref(self);
  if (module !== null) incref(module);
  gcAllocObject(f, CFunctionLayout.SIZE);
  gcTrack(f);
  return f;
}

PyCFunction_Type.tp_dealloc = (o) => {
  const f = o as PyCFunctionObject;
  gcUntrack(f);
  const self = f.self;
  const module = f.module;
  f.self = null;
  f.module = null;
  xdecref(self);
  xdecref(module);
  gcDel(f);
};

PyCFunction_Type.tp_traverse = (o, visit) => {
  const f = o as PyCFunctionObject;
  if (f.self !== null) visit(f.self);
  if (f.module !== null) visit(f.module);
};

PyCFunction_Type.tp_call = (callable, args, kwnames) => {
  const f = callable as PyCFunctionObject;
  return f.def.fn(f.self as PyObject, args, kwnames);
};

PyCFunction_Type.tp_repr = (o) => {
  const f = o as PyCFunctionObject;
  if (f.self === null || f.self instanceof PyModuleObject) {
    return PyUnicode_FromString(`<built-in function ${f.def.name}>`);
  }
  return PyUnicode_FromString(`<built-in method ${f.def.name} of ${f.self.ob_type.tp_name} object at ${hexAddr(f.self)}>`);
};

PyCFunction_Type.tp_hash = (o) => {
  const f = o as PyCFunctionObject;
  return f.self === null ? hashPointer(o) : (hashPointer(f.self) as number) ^ 0x5bd1e995;
};

export { decref };

PyCFunction_Type.getsets = [
  { name: '__name__', get: (o) => strHook((o as PyCFunctionObject).def.name) },
  {
    name: '__qualname__',
    get: (o) => {
      const f = o as PyCFunctionObject;
      const self = f.self;
      if (self === null || self instanceof PyModuleObject) return strHook(f.def.name);
      const owner = self instanceof PyTypeObjectClass ? self : self.ob_type;
      return strHook(`${owner.qualname}.${f.def.name}`);
    },
  },
  {
    name: '__self__',
    get: (o) => {
      const f = o as PyCFunctionObject;
      if (f.self === null) return noneHook();
      incref(f.self);
      return f.self;
    },
  },
  {
    name: '__module__',
    get: (o) => {
      const f = o as PyCFunctionObject;
      if (f.self instanceof PyModuleObject) return getAttrHook(f.self, '__name__');
      return noneHook();
    },
  },
  { name: '__doc__', get: () => noneHook() },
  { name: '__text_signature__', get: () => noneHook() },
];

let strHook: (s: string) => PyObject = () => {
  throw new Error('not ready');
};
let noneHook: () => PyObject = () => {
  throw new Error('not ready');
};
let getAttrHook: (o: PyObject, name: string) => PyObject = () => {
  throw new Error('not ready');
};
export function setCFunctionAttrHooks(str: (s: string) => PyObject, none: () => PyObject, getAttr: (o: PyObject, name: string) => PyObject): void {
  strHook = str;
  noneHook = none;
  getAttrHook = getAttr;
}
