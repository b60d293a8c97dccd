/**
 * _sitebuiltins: the classes of the objects `site` puts into builtins (exit, quit, copyright,
 * credits, license, help).
 * CPython 3.11: Lib/_sitebuiltins.py (Quitter, _Printer, _Helper).
 * NON-CPYTHON: CPython's module is Python source. Compiling it would cost every interpreter's
 * start-up more than the rest of it together, so the classes are heap types made here whose
 * methods are built-in (as a C extension's would be). Instances keep CPython's attributes in
 * their __dict__ (`name` and `eof`; `_Printer__name`, `_Printer__data`, ...). The kernel has no
 * file system: _Printer reads its files from a table (the stdlib's LICENSE.txt), and _Helper has
 * no pydoc to call.
 */
import type { MethodDef, PyObject } from '../objects/pyobject.ts';
import { PyBaseObject_Type, PyType_Type, PyTypeObject } from '../objects/pyobject.ts';
import { decref, newref } from '../memory/refcount.ts';
import { raise, raiseObject, PyErr } from '../vm/errors.ts';
import { PyObject_Call, callMethod } from '../objects/abstract.ts';
import { PyObject_GetAttr, PyObject_SetAttr, PyObject_Str, Py_None, none } from '../objects/object.ts';
import { PyDict_GetItemWithError, PyDict_New, PyDict_SetItem, type PyDictObject } from '../objects/dictobject.ts';
import { PyUnicodeObject, PyUnicode_FromString, internString } from '../objects/unicodeobject.ts';
import { PyLongObject, PyLong_FromNumber } from '../objects/longobject.ts';
import { PyList_Type, PyListObject, listFromArraySteal } from '../objects/listobject.ts';
import { PyModuleObject, PyModule_New, moduleSetSteal } from '../objects/moduleobject.ts';
import { PyDescr_NewMethod } from '../objects/descrobject.ts';
import { typeNew } from '../objects/typeobject.ts';
import { PyExc_NameError, PyExc_NotImplementedError, PyExc_SystemExit, PyExc_TypeError } from '../objects/exceptions.ts';
import { unpackArgs } from '../objects/getargs.ts';
import { STDLIB_DIR, sysGet } from './sysmodule.ts';
import { licenseText } from './_sitebuiltins_license.ts';
import { deferredData } from '../host/deferred_data.ts';

/** _Printer.MAXLINES: longer texts show a hint as their repr and page when called. */
const MAXLINES = 23;

/**
 * NON-CPYTHON: the files _Printer can read, by path (the kernel has no file system); their texts
 * are read through deferredData (a host may ship them apart from the kernel's code).
 */
const FILES: ReadonlyMap<string, string> = new Map([[`${STDLIB_DIR}/LICENSE.txt`, licenseText]]);

/** The builtins module's dict, for print() and input() (_Printer.__call__). */
let builtinsDict: PyDictObject | null = null;

/** CPython 3.11: Lib/_sitebuiltins.py, executed: the module and its three classes. */
export function makeSitebuiltinsModule(builtins: PyDictObject): PyModuleObject {
  builtinsDict = builtins;
  const m = PyModule_New('_sitebuiltins');
  moduleSetSteal(m, '__doc__', PyUnicode_FromString('\nThe objects used by the site module to add custom builtins.\n'));
  moduleSetSteal(m, 'Quitter', makeClass('Quitter', null, {}, quitterMethods));
  moduleSetSteal(m, '_Printer', makeClass('_Printer', PRINTER_DOC, { MAXLINES: PyLong_FromNumber(MAXLINES) }, printerMethods));
  moduleSetSteal(m, '_Helper', makeClass('_Helper', HELPER_DOC, {}, helperMethods));
  return m;
}

/** `class NAME(object): ...` in module _sitebuiltins, its methods built-in. */
function makeClass(name: string, doc: string | null, attrs: Record<string, PyObject>, methods: MethodDef[]): PyTypeObject {
  const ns = PyDict_New();
  const put = (key: string, value: PyObject): void => {
    PyDict_SetItem(ns, internString(key), value);
    decref(value);
  };
  put('__module__', PyUnicode_FromString('_sitebuiltins'));
  put('__qualname__', PyUnicode_FromString(name));
  if (doc !== null) put('__doc__', PyUnicode_FromString(doc));
  for (const [key, value] of Object.entries(attrs)) put(key, value);
  let type: PyTypeObject;
  try {
    type = typeNew(PyType_Type, name, [PyBaseObject_Type], ns, null, []);
  } finally {
    decref(ns);
  }
  // Set as attributes, so that type_setattro fills the slots (__repr__, __call__, __init__).
  for (const def of methods) {
    const descr = PyDescr_NewMethod(type, def);
    PyObject_SetAttr(type, internString(def.name), descr);
    decref(descr);
  }
  return type;
}

function setAttr(o: PyObject, name: string, value: PyObject): void {
  PyObject_SetAttr(o, internString(name), value);
  decref(value);
}

function getAttr(o: PyObject, name: string): PyObject {
  return PyObject_GetAttr(o, internString(name));
}

function strAttr(o: PyObject, name: string): string {
  const v = getAttr(o, name);
  try {
    const s = PyObject_Str(v) as PyUnicodeObject;
    const text = s.s;
    decref(s);
    return text;
  } finally {
    decref(v);
  }
}

// ---------------------------------------------------------------------------------------------
// Quitter
// ---------------------------------------------------------------------------------------------

const quitterMethods: MethodDef[] = [
  {
    name: '__init__',
    fn: (self, args, kwnames) => {
      const [name, eof] = unpackArgs('__init__', args, kwnames, ['name', 'eof'], 2);
      PyObject_SetAttr(self, internString('name'), name!);
      PyObject_SetAttr(self, internString('eof'), eof!);
      return none();
    },
  },
  {
    name: '__repr__',
    fn: (self) => PyUnicode_FromString(`Use ${strAttr(self, 'name')}() or ${strAttr(self, 'eof')} to exit`),
  },
  {
    name: '__call__',
    fn: (_self, args, kwnames) => {
      const [code] = unpackArgs('__call__', args, kwnames, ['code'], 0);
      // Closing stdin tells a shell that catches SystemExit (IDLE) to stop as well.
      const stdin = sysGet('stdin');
      if (stdin !== null) {
        try {
          decref(callMethod(stdin, 'close', []));
        } catch (e) {
          if (!(e instanceof PyErr)) throw e;
          decref(e.exc);
        }
      }
      raiseObject(PyObject_Call(PyExc_SystemExit, [code ?? Py_None], null));
    },
  },
];

// ---------------------------------------------------------------------------------------------
// _Printer
// ---------------------------------------------------------------------------------------------

const PRINTER_DOC = `interactive prompt objects for printing the license text, a list of
    contributors and the copyright notice.`;

const printerMethods: MethodDef[] = [
  {
    name: '__init__',
    fn: (self, args, kwnames) => {
      const [name, data, files, dirs] = unpackArgs('__init__', args, kwnames, ['name', 'data', 'files', 'dirs'], 2);
      setAttr(self, '_Printer__name', newref(name!));
      setAttr(self, '_Printer__data', newref(data!));
      setAttr(self, '_Printer__lines', newref(Py_None));
      // [os.path.join(dir, filename) for dir in dirs for filename in files]
      const paths: PyObject[] = [];
      for (const d of stringItems(dirs)) for (const f of stringItems(files)) paths.push(PyUnicode_FromString(`${d}/${f}`));
      setAttr(self, '_Printer__filenames', listFromArraySteal(paths));
      return none();
    },
  },
  { name: '_Printer__setup', fn: (self) => (printerSetup(self), none()) },
  {
    name: '__repr__',
    fn: (self) => {
      const lines = printerSetup(self);
      if (lines.length <= maxLines(self)) return PyUnicode_FromString(lines.join('\n'));
      const name = strAttr(self, '_Printer__name');
      return PyUnicode_FromString(`Type ${name}() to see the full ${name} text`);
    },
  },
  {
    name: '__call__',
    fn: (self, args, kwnames) => {
      unpackArgs('__call__', args, kwnames, [], 0);
      printerCall(printerSetup(self), maxLines(self));
      return none();
    },
  },
];

/** The items of a list or tuple of str (files and dirs; the kernel passes only those). */
function stringItems(seq: PyObject | null): string[] {
  if (seq === null) return [];
  const items = (seq as PyListObject).items ?? null;
  if (items === null) raise(PyExc_TypeError, `'${seq.ob_type.tp_name}' object is not iterable`);
  return items.map((o) => (o instanceof PyUnicodeObject ? o.s : ''));
}

/** self.MAXLINES: the class's 23, or what the instance (or a subclass) set. */
function maxLines(self: PyObject): number {
  const v = getAttr(self, 'MAXLINES');
  try {
    if (v instanceof PyLongObject) return Number(v.v);
    raise(PyExc_TypeError, `'<=' not supported between instances of 'int' and '${v.ob_type.tp_name}'`);
  } finally {
    decref(v);
  }
}

/** _Printer.__setup: the lines of the first readable file, else of the data (done once). */
function printerSetup(self: PyObject): string[] {
  const have = getAttr(self, '_Printer__lines');
  try {
    if (have.ob_type === PyList_Type && (have as PyListObject).items.length > 0) {
      return (have as PyListObject).items.map((o) => (o as PyUnicodeObject).s);
    }
  } finally {
    decref(have);
  }
  let data: string | undefined;
  const names = getAttr(self, '_Printer__filenames');
  try {
    for (const path of stringItems(names)) {
      const text = FILES.get(path);
      if (text === undefined) continue;
      data = deferredData(text);
      break;
    }
  } finally {
    decref(names);
  }
  if (!data) data = strAttr(self, '_Printer__data');
  const lines = data.split('\n');
  setAttr(self, '_Printer__lines', listFromArraySteal(lines.map((l) => PyUnicode_FromString(l))));
  setAttr(self, '_Printer__linecnt', PyLong_FromNumber(lines.length));
  return lines;
}

/** _Printer.__call__: MAXLINES lines at a time; after a full page, Return for more, q to quit. */
function printerCall(lines: string[], maxlines: number): void {
  const print = builtin('print');
  const input = builtin('input');
  const prompt = PyUnicode_FromString('Hit Return for more, or q (and Return) to quit: ');
  try {
    for (let start = 0; ; start += maxlines) {
      const page = lines.slice(start, start + maxlines);
      for (const line of page) {
        const s = PyUnicode_FromString(line);
        try {
          decref(PyObject_Call(print, [s], null));
        } finally {
          decref(s);
        }
      }
      // A short page was the last; after a full one the prompt comes even at the end.
      if (page.length < maxlines) return;
      let key: string;
      do {
        const answer = PyObject_Call(input, [prompt], null);
        key = answer instanceof PyUnicodeObject ? answer.s : '?';
        decref(answer);
      } while (key !== '' && key !== 'q');
      if (key === 'q') return;
    }
  } finally {
    decref(prompt);
    decref(print);
    decref(input);
  }
}

/** builtins.NAME, looked up when called (a program may have replaced it). */
function builtin(name: string): PyObject {
  const o = builtinsDict === null ? null : PyDict_GetItemWithError(builtinsDict, internString(name));
  if (o === null) raise(PyExc_NameError, `name '${name}' is not defined`);
  return newref(o);
}

// ---------------------------------------------------------------------------------------------
// _Helper
// ---------------------------------------------------------------------------------------------

const HELPER_DOC = `Define the builtin 'help'.

    This is a wrapper around pydoc.help that provides a helpful message
    when 'help' is typed at the Python interactive prompt.

    Calling help() at the Python prompt starts an interactive help session.
    Calling help(thing) prints help for the python object 'thing'.
    `;

const helperMethods: MethodDef[] = [
  {
    name: '__repr__',
    fn: () => PyUnicode_FromString('Type help() for interactive help, or help(object) for help about object.'),
  },
  {
    name: '__call__',
    // NON-CPYTHON: CPython calls pydoc.help here; the kernel has no pydoc.
    fn: () => raise(PyExc_NotImplementedError, 'help() is not supported by the Heapbook kernel: it has no pydoc module'),
  },
];
