/**
 * The import system, reduced to what the kernel offers: builtin modules written in TypeScript
 * and modules written in Python that ship with the kernel. There is no file system: any other
 * name raises ModuleNotFoundError as CPython does for a missing module.
 * CPython 3.11: Python/import.c (PyImport_ImportModuleLevelObject, import_from),
 * Python/ceval.c (import_name, import_all_from).
 */
import type { PyObject } from '../objects/pyobject.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { raise, raiseObject } from './errors.ts';
import {
  PyExc_ImportError, PyExc_ModuleNotFoundError, PyExc_TypeError, PyExc_ValueError, newException, setField,
} from '../objects/exceptions.ts';
import { PyObject_GetAttr, PyObject_IsTrue, Py_None, _PyObject_LookupAttr } from '../objects/object.ts';
import { PyUnicodeObject, PyUnicode_FromString, internString } from '../objects/unicodeobject.ts';
import { PyDictObject, PyDict_GetItemWithError, PyDict_SetItem, dictForEach, dictPop } from '../objects/dictobject.ts';
import { PyModuleObject, PyModule_New } from '../objects/moduleobject.ts';
import { PyLongObject } from '../objects/longobject.ts';
import { PyObject_Call, iterate, PyObject_SetItem } from '../objects/abstract.ts';
import type { Frame } from './frame.ts';
import { PyCodeObject } from '../objects/codeobject.ts';
import { compileSource, evalCode, freeArena } from './pythonrun.ts';
import { registerSource } from './traceback.ts';

/** Builtin modules: name -> factory making the module (new reference). */
export const builtinModules = new Map<string, () => PyModuleObject>();
/** Modules written in Python that ship with the kernel: name -> source. */
export const pythonModules = new Map<string, string>();
/**
 * NON-CPYTHON: what CPython implements in C among pythonModules: whole modules, and by module
 * the qualified names of C functions and classes (kernel/lib/index.ts). A C function runs
 * without a Python frame, so an exception passing through it gains no traceback entry; the
 * code objects of the kernel's Python stand-ins are flagged (PyCodeObject.cImplemented) so
 * that theirs give none either.
 */
export const cImplementedModules = new Set<string>();
export const cImplementedNames = new Map<string, ReadonlySet<string>>();

/** Is `qualname`, defined in module `module`, a C function or class in CPython? */
export function isCImplemented(module: string, qualname: string): boolean {
  return cImplementedModules.has(module) || (cImplementedNames.get(module)?.has(qualname) ?? false);
}

/**
 * NON-CPYTHON: flags the code objects of a module's C-implemented parts: all of them for a C
 * module, else those whose qualified name is a listed name or lies inside one (methods,
 * nested functions, lambdas, comprehensions).
 */
function flagCImplemented(code: PyCodeObject, module: string): void {
  const whole = cImplementedModules.has(module);
  const names = cImplementedNames.get(module);
  if (!whole && names === undefined) return;
  const visit = (c: PyCodeObject): void => {
    const q = c.qualname.s;
    const dot = q.indexOf('.');
    if (whole || names!.has(q) || (dot > 0 && names!.has(q.slice(0, dot)))) c.cImplemented = true;
    for (const k of c.consts.items) if (k instanceof PyCodeObject) visit(k);
  };
  visit(code);
}

let modulesDict: PyDictObject | null = null;
export function setModulesDict(d: PyDictObject): void {
  modulesDict = d;
}

function notFound(name: string): never {
  const e = newException(PyExc_ModuleNotFoundError, `No module named '${name}'`);
  const n = PyUnicode_FromString(name);
  setField(e, 'name', n);
  decref(n);
  raiseObject(e);
}

/** Imports one module by its full name (its parent must already be imported). */
function loadModule(name: string): PyObject {
  const cached = PyDict_GetItemWithError(modulesDict!, internString(name));
  if (cached !== null && cached !== Py_None) return newref(cached);
  const factory = builtinModules.get(name);
  if (factory !== undefined) {
    const m = factory();
    PyDict_SetItem(modulesDict!, internString(name), m);
    return m;
  }
  const source = pythonModules.get(name);
  if (source === undefined) notFound(name);
  const m = PyModule_New(name);
  const filename = `<heapbook>/lib/${name.replace(/\./g, '/')}.py`;
  PyDict_SetItem(m.dict, internString('__file__'), internString(filename));
  PyDict_SetItem(modulesDict!, internString(name), m);
  registerSource(filename, source);
  try {
    const compiled = compileSource(source, filename, 'exec', true);
    freeArena(compiled.arena);
    flagCImplemented(compiled.code, name);
    try {
      decref(evalCode(compiled.code, m.dict, m.dict));
    } finally {
      decref(compiled.code);
    }
  } catch (e) {
    const old = dictPop(modulesDict!, internString(name));
    if (old !== null) decref(old);
    decref(m);
    throw e;
  }
  return m;
}

/** PyImport_ImportModuleLevelObject for absolute imports: returns the top package or the leaf. */
export function importModule(name: string, fromlist: PyObject | null, level: PyObject | null): PyObject {
  if (level instanceof PyLongObject && level.v !== 0) {
    raise(PyExc_ImportError, 'attempted relative import with no known parent package');
  }
  if (name.length === 0) raise(PyExc_ValueError, 'Empty module name');
  const parts = name.split('.');
  let top: PyObject | null = null;
  let leaf: PyObject | null = null;
  for (let i = 0; i < parts.length; i++) {
    const full = parts.slice(0, i + 1).join('.');
    const m = loadModule(full);
    if (i === 0) top = newref(m);
    if (leaf !== null) decref(leaf);
    leaf = m;
  }
  const hasFromlist = fromlist !== null && fromlist !== Py_None && PyObject_IsTrue(fromlist);
  if (hasFromlist) {
    decref(top!);
    return leaf!;
  }
  decref(leaf!);
  return top!;
}

/** IMPORT_NAME (builtins.__import__ is not looked up: the kernel's import is the only one). */
export function importName(f: Frame, name: PyUnicodeObject, fromlist: PyObject, level: PyObject): PyObject {
  void f;
  return importModule(name.s, fromlist, level);
}

/** CPython 3.11: Python/ceval.c import_from */
export function importFrom(v: PyObject, name: PyUnicodeObject): PyObject {
  const x = _PyObject_LookupAttr(v, name);
  if (x !== null) return x;
  // A submodule not yet imported as an attribute.
  const pkgname = _PyObject_LookupAttr(v, internString('__name__'));
  if (pkgname instanceof PyUnicodeObject) {
    const full = `${pkgname.s}.${name.s}`;
    decref(pkgname);
    const m = PyDict_GetItemWithError(modulesDict!, internString(full));
    if (m !== null) return newref(m);
    if (pythonModules.has(full) || builtinModules.has(full)) return loadModule(full);
    const e = newException(PyExc_ImportError, `cannot import name '${name.s}' from '${full.slice(0, full.lastIndexOf('.'))}' (unknown location)`);
    raiseObject(e);
  }
  if (pkgname !== null) decref(pkgname);
  raise(PyExc_ImportError, `cannot import name '${name.s}'`);
}

/** CPython 3.11: Python/ceval.c import_all_from */
export function importStar(f: Frame, v: PyObject): void {
  const locals = f.locals;
  if (locals === null) raise(PyExc_TypeError, 'no locals found during \'import *\'');
  const all = _PyObject_LookupAttr(v, internString('__all__'));
  const names: PyObject[] = [];
  if (all !== null) {
    iterate(all, (n) => {
      incref(n);
      names.push(n);
    });
    decref(all);
  } else {
    const dict = _PyObject_LookupAttr(v, internString('__dict__'));
    if (dict === null) raise(PyExc_ImportError, 'from-import-* object has no __dict__ and no __all__');
    dictForEach(dict as PyDictObject, (k) => {
      if (k instanceof PyUnicodeObject && !k.s.startsWith('_')) {
        incref(k);
        names.push(k);
      }
    });
    decref(dict);
  }
  try {
    for (const n of names) {
      const value = PyObject_GetAttr(v, n);
      try {
        if (locals instanceof PyDictObject) PyDict_SetItem(locals, n, value);
        else PyObject_SetItem(locals, n, value);
      } finally {
        decref(value);
      }
    }
  } finally {
    for (const n of names) decref(n);
  }
}

export { PyObject_Call };
