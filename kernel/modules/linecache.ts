/**
 * linecache: lines of the source files the kernel has run.
 * CPython 3.11: Lib/linecache.py (getline, getlines, clearcache, checkcache). NON-CPYTHON: with
 * no file system, the cache is the sources the kernel compiled (kernel/vm/traceback.ts
 * sourceCache); other files have no lines.
 */
import type { MethodDef } from '../objects/pyobject.ts';
import { none } from '../objects/object.ts';
import { PyUnicodeObject, PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { PyLongObject } from '../objects/longobject.ts';
import { listFromArraySteal } from '../objects/listobject.ts';
import { PyModuleObject, PyModule_New, addFunctions } from '../objects/moduleobject.ts';
import { unpackArgs } from '../objects/getargs.ts';
import { sourceCache } from '../vm/traceback.ts';

/** The file's lines, each ending in a newline ([] for a file the kernel never ran). */
function linesOf(filename: PyUnicodeObject | null): string[] {
  if (filename === null) return [];
  const lines = sourceCache.get(filename.s);
  if (lines === undefined) return [];
  const n = lines.length > 0 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  return lines.slice(0, n).map((l) => l + '\n');
}

const functions: MethodDef[] = [
  {
    name: 'getline',
    fn: (_m, args, kw) => {
      const [filename, lineno] = unpackArgs('getline', args, kw, ['filename', 'lineno', 'module_globals'], 2);
      const lines = linesOf(filename instanceof PyUnicodeObject ? filename : null);
      const n = lineno instanceof PyLongObject && typeof lineno.v === 'number' ? lineno.v : 0;
      return PyUnicode_FromString(n >= 1 && n <= lines.length ? lines[n - 1] : '');
    },
  },
  {
    name: 'getlines',
    fn: (_m, args, kw) => {
      const [filename] = unpackArgs('getlines', args, kw, ['filename', 'module_globals'], 1);
      const lines = linesOf(filename instanceof PyUnicodeObject ? filename : null);
      return listFromArraySteal(lines.map((l) => PyUnicode_FromString(l)));
    },
  },
  { name: 'clearcache', fn: () => none() },
  { name: 'checkcache', fn: () => none() },
];

export function makeLinecacheModule(): PyModuleObject {
  const m = PyModule_New('linecache');
  addFunctions(m, functions);
  return m;
}
