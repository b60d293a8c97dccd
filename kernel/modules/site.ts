/**
 * The part of `site` a script run finds done: the builtins it adds.
 * CPython 3.11: Lib/site.py main (setquit, setcopyright, sethelper), run at start-up by
 * Python/pylifecycle.c init_import_site; the classes are _sitebuiltins' (./_sitebuiltins.ts).
 * NON-CPYTHON: the kernel has no `site` module; its other steps (sys.path, .pth files, the
 * readline hook) have nothing to act on without a file system.
 */
import type { PyObject } from '../objects/pyobject.ts';
import { decref, newref } from '../memory/refcount.ts';
import { PyObject_Call } from '../objects/abstract.ts';
import { PyObject_GetAttr } from '../objects/object.ts';
import { PyDict_SetItem, type PyDictObject } from '../objects/dictobject.ts';
import { PyUnicode_FromString, internString } from '../objects/unicodeobject.ts';
import { listFromArraySteal } from '../objects/listobject.ts';
import { builtinModules } from '../vm/import.ts';
import { makeSitebuiltinsModule } from './_sitebuiltins.ts';
import { COPYRIGHT, STDLIB_DIR } from './sysmodule.ts';

const EOF_HINT = 'Ctrl-D (i.e. EOF)';
const CREDITS = `    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.`;

/**
 * CPython 3.11: Lib/site.py: `import _sitebuiltins` (into sys.modules), then setquit,
 * setcopyright and sethelper in site.main's order.
 */
export function addSiteBuiltins(builtins: PyDictObject, modules: PyDictObject): void {
  const mod = makeSitebuiltinsModule(builtins);
  PyDict_SetItem(modules, internString('_sitebuiltins'), mod);
  builtinModules.set('_sitebuiltins', () => newref(mod));
  try {
    // setquit
    setBuiltin(builtins, 'quit', make(mod, 'Quitter', [str('quit'), str(EOF_HINT)]));
    setBuiltin(builtins, 'exit', make(mod, 'Quitter', [str('exit'), str(EOF_HINT)]));
    // setcopyright: license reads LICENSE.txt or LICENSE from the stdlib's parent, the stdlib
    // or the current directory, else shows the address.
    setBuiltin(builtins, 'copyright', make(mod, '_Printer', [str('copyright'), str(COPYRIGHT)]));
    setBuiltin(builtins, 'credits', make(mod, '_Printer', [str('credits'), str(CREDITS)]));
    const files = listFromArraySteal([str('LICENSE.txt'), str('LICENSE')]);
    const dirs = listFromArraySteal([str(`${STDLIB_DIR}/..`), str(STDLIB_DIR), str('.')]);
    setBuiltin(builtins, 'license', make(mod, '_Printer', [str('license'), str('See https://www.python.org/psf/license/'), files, dirs]));
    // sethelper
    setBuiltin(builtins, 'help', make(mod, '_Helper', []));
  } finally {
    decref(mod);
  }
}

function str(s: string): PyObject {
  return PyUnicode_FromString(s);
}

/** mod.<cls>(*args), stealing the references to args. */
function make(mod: PyObject, cls: string, args: PyObject[]): PyObject {
  const type = PyObject_GetAttr(mod, internString(cls));
  try {
    return PyObject_Call(type, args, null);
  } finally {
    decref(type);
    for (const a of args) decref(a);
  }
}

function setBuiltin(builtins: PyDictObject, name: string, value: PyObject): void {
  PyDict_SetItem(builtins, internString(name), value);
  decref(value);
}
