/**
 * NON-CPYTHON: where a diagram finds the interpreter's own objects: sys.modules, the modules and
 * their dicts, `__main__`. Read by scanning dict entries (a lookup could compare a key with a
 * class's `__eq__`), never by calling anything.
 */
import type { PyObject } from '../objects/pyobject.ts';
import { PyDictObject } from '../objects/dictobject.ts';
import { PyModuleObject } from '../objects/moduleobject.ts';
import { PyUnicodeObject } from '../objects/unicodeobject.ts';
import { sysGet } from '../modules/sysmodule.ts';

/** The value stored under the str key `name`, found by scanning the entries. */
export function strKeyValue(d: PyDictObject, name: string): PyObject | null {
  const dk = d.keys;
  for (let i = 0; i < dk.nentries; i++) {
    const k = dk.keys[i];
    if (k instanceof PyUnicodeObject && k.s === name) return dk.values[i];
  }
  return null;
}

/** sys.modules, or null before the sys module exists. */
export function modulesDict(): PyDictObject | null {
  const m = sysGet('modules');
  return m instanceof PyDictObject ? m : null;
}

/** Every module in sys.modules, with its name. */
export function loadedModules(): { name: string; module: PyModuleObject }[] {
  const out: { name: string; module: PyModuleObject }[] = [];
  const d = modulesDict();
  if (d === null) return out;
  const dk = d.keys;
  for (let i = 0; i < dk.nentries; i++) {
    const k = dk.keys[i];
    const v = dk.values[i];
    if (k instanceof PyUnicodeObject && v instanceof PyModuleObject) out.push({ name: k.s, module: v });
  }
  return out;
}

/** The `__main__` module's dict: the user's globals. */
export function mainGlobals(): PyDictObject | null {
  const d = modulesDict();
  if (d === null) return null;
  const m = strKeyValue(d, '__main__');
  return m instanceof PyModuleObject ? m.dict : null;
}
