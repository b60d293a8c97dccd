/**
 * Module objects.
 * CPython 3.11: Objects/moduleobject.c.
 */
import { InstanceData, type MethodDef, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { PyUnicodeObject, PyUnicode_FromString, internString } from './unicodeobject.ts';
import { Py_None, genericGetAttrOpt, PyObject_GenericSetAttr } from './object.ts';
import { PyDictObject, PyDict_GetItemWithError, PyDict_Keys, PyDict_New, PyDict_SetItem } from './dictobject.ts';
import { PyErr } from '../vm/errors.ts';
import { newAttributeError } from './exceptions.ts';
import { PyObject_Call } from './abstract.ts';

export const PyModule_Type: PyTypeObject = registerStaticType(newStaticType('module', 56, 0, TPFlags.BASETYPE | TPFlags.HAVE_GC));
PyModule_Type.hasDict = true;
PyModule_Type.hasWeakref = true;

export class PyModuleObject extends PyObject {
  /**
   * md_dict. NON-CPYTHON typing: declared non-null because only a module the collector has
   * cleared (module_clear, garbage that nothing can reach) has none; the functions below that
   * could still see such a module check for it.
   */
  dict: PyDictObject;
  /**
   * The objects of the module's state (md_state) that its m_traverse visits, for an extension
   * module that keeps some (_functools' kwd_mark). Held for the interpreter's lifetime.
   */
  state: PyObject[] = [];
  constructor(type: PyTypeObject, dict: PyDictObject) {
    super(type);
    this.dict = dict;
    // Generic attribute access finds the module dict through the instance data (borrowed there).
    this.inst = new InstanceData();
    this.inst.dict = dict;
  }
}

/** PyModule_NewObject: a module whose dict has __name__, __doc__, __package__, __loader__, __spec__. */
export function PyModule_New(name: string): PyModuleObject {
  const d = PyDict_New();
  const m = new PyModuleObject(PyModule_Type, d);
  gcAllocObject(m, 56);
  const nameObj = PyUnicode_FromString(name);
  PyDict_SetItem(d, internString('__name__'), nameObj);
  decref(nameObj);
  for (const k of ['__doc__', '__package__', '__loader__', '__spec__']) PyDict_SetItem(d, internString(k), Py_None);
  gcTrack(m);
  return m;
}

/** Adds builtin functions to a module (PyModule_AddFunctions). */
export function addFunctions(m: PyModuleObject, defs: MethodDef[]): void {
  for (const def of defs) {
    const f = newCFunction(def, m);
    PyDict_SetItem(m.dict, internString(def.name), f);
    decref(f);
  }
}

let newCFunction: (def: MethodDef, self: PyObject) => PyObject = () => {
  throw new Error('not ready');
};
export function setCFunctionFactory(f: (def: MethodDef, self: PyObject) => PyObject): void {
  newCFunction = f;
}

export function moduleSet(m: PyModuleObject, name: string, value: PyObject): void {
  PyDict_SetItem(m.dict, internString(name), value);
}

/** Sets and releases (for freshly made values). */
export function moduleSetSteal(m: PyModuleObject, name: string, value: PyObject): void {
  PyDict_SetItem(m.dict, internString(name), value);
  decref(value);
}

function moduleName(m: PyModuleObject): string {
  if (!hasDict(m)) return '?';
  const n = PyDict_GetItemWithError(m.dict, internString('__name__'));
  return n instanceof PyUnicodeObject ? n.s : '?';
}

/** CPython 3.11: Objects/moduleobject.c module_getattro (with module __getattr__, PEP 562). */
function module_getattro_opt(o: PyObject, name: PyObject): PyObject | null {
  const v = genericGetAttrOpt(o, name as PyUnicodeObject);
  if (v !== null) return v;
  const m = o as PyModuleObject;
  if (!hasDict(m)) return null;
  const ga = PyDict_GetItemWithError(m.dict, internString('__getattr__'));
  if (ga !== null) {
    incref(ga);
    try {
      return PyObject_Call(ga, [name], null);
    } finally {
      decref(ga);
    }
  }
  return null;
}

PyModule_Type.tp_getattro_opt = module_getattro_opt;
PyModule_Type.tp_getattro = (o, name) => {
  const v = module_getattro_opt(o, name);
  if (v !== null) return v;
  const n = name as PyUnicodeObject;
  throw new PyErr(newAttributeError(`module '${moduleName(o as PyModuleObject)}' has no attribute '${n.s}'`, n, o));
};
PyModule_Type.tp_setattro = PyObject_GenericSetAttr;

PyModule_Type.tp_repr = (o) => {
  const m = o as PyModuleObject;
  const file = hasDict(m) ? PyDict_GetItemWithError(m.dict, internString('__file__')) : null;
  if (file instanceof PyUnicodeObject) return PyUnicode_FromString(`<module '${moduleName(m)}' from '${file.s}'>`);
  return PyUnicode_FromString(`<module '${moduleName(m)}' (built-in)>`);
};

/**
 * CPython 3.11: Objects/moduleobject.c module_dir: the module's own __dir__ function if its dict
 * has one (PEP 562), else the dict's keys (dir() sorts them).
 */
function module_dir(self: PyObject): PyObject {
  const m = self as PyModuleObject;
  if (!hasDict(m)) throw new PyErr(newAttributeError(`module '?' has no attribute '__dict__'`, internString('__dict__'), m));
  const dirfunc = PyDict_GetItemWithError(m.dict, internString('__dir__'));
  if (dirfunc !== null) return PyObject_Call(dirfunc, [], null);
  return PyDict_Keys(m.dict);
}

PyModule_Type.methods = [{ name: '__dir__', fn: module_dir }];

/** False once module_clear has run. */
function hasDict(m: PyModuleObject): boolean {
  return (m.dict as PyDictObject | null) !== null;
}

/** CPython 3.11: Objects/moduleobject.c module_dealloc */
PyModule_Type.tp_dealloc = (o) => {
  const m = o as PyModuleObject;
  gcUntrack(m);
  if (hasDict(m)) decref(m.dict);
  gcDel(m);
};

/** CPython 3.11: Objects/moduleobject.c module_traverse: the module state (m_traverse), md_dict. */
PyModule_Type.tp_traverse = (o, visit) => {
  const m = o as PyModuleObject;
  for (const s of m.state) visit(s);
  if (hasDict(m)) visit(m.dict);
};

/** CPython 3.11: Objects/moduleobject.c module_clear: Py_CLEAR(md_dict). */
PyModule_Type.tp_clear = (o) => {
  const m = o as PyModuleObject;
  if (!hasDict(m)) return;
  const d = m.dict;
  (m as { dict: PyDictObject | null }).dict = null;
  if (m.inst !== null) m.inst.dict = null;
  decref(d);
};

PyModule_Type.getsets = [
  { name: '__dict__', get: (o) => newref(hasDict(o as PyModuleObject) ? (o as PyModuleObject).dict : Py_None) },
];

export { newref };

/** module.__new__ / module.__init__(name, doc=None) (module_init in moduleobject.c). */
PyModule_Type.tp_new = (type) => {
  const d = newDictHook();
  const m = new PyModuleObject(type, d);
  if (type === PyModule_Type) {
    gcAllocObject(m, 56);
    gcTrack(m);
  } else {
    // PyType_GenericAlloc for a subclass: its size, a reference to the class, its slots.
    finishAllocHook(m, type);
  }
  return m;
};

let finishAllocHook: (o: PyObject, type: PyTypeObject) => void = () => {};
/** Installed by kernel/host/init.ts: typeobject.ts finishAlloc (allocation of a subclass instance). */
export function setModuleFinishAlloc(f: (o: PyObject, type: PyTypeObject) => void): void {
  finishAllocHook = f;
}
PyModule_Type.tp_init = (self, args, kwnames) => {
  const m = self as PyModuleObject;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let name: PyObject | null = npos > 0 ? args[0] : null;
  let doc: PyObject = npos > 1 ? args[1] : Py_None;
  for (let k = 0; k < nkw; k++) {
    if (kwnames![k] === 'name') name = args[npos + k];
    else if (kwnames![k] === 'doc') doc = args[npos + k];
  }
  if (!(name instanceof PyUnicodeObject)) raiseTypeError(`module.__init__() argument 'name' must be str, not ${name === null ? 'NoneType' : name.ob_type.tp_name}`);
  PyDict_SetItem(m.dict, internString('__name__'), name!);
  PyDict_SetItem(m.dict, internString('__doc__'), doc);
  for (const k of ['__package__', '__loader__', '__spec__']) PyDict_SetItem(m.dict, internString(k), Py_None);
};

let newDictHook: () => PyDictObject = () => PyDict_New();
let raiseTypeError: (msg: string) => never = (msg) => {
  throw new Error(msg);
};
export function setModuleHooks(typeError: (msg: string) => never): void {
  raiseTypeError = typeError;
  newDictHook = () => PyDict_New();
}
