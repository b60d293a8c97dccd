/**
 * Argument unpacking for builtin functions and methods.
 * CPython 3.11: Python/getargs.c (PyArg_ParseTupleAndKeywords, _PyArg_UnpackKeywords,
 * _PyArg_CheckPositional, _PyArg_NoKeywords) and the messages Argument Clinic generates.
 */
import type { PyObject } from './pyobject.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_TypeError } from './exceptions.ts';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** _PyArg_NoKeywords: "f() takes no keyword arguments". */
export function noKeywords(fname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, `${fname}() takes no keyword arguments`);
}

/** METH_NOARGS: "f() takes no arguments (N given)". */
export function noArgs(fname: string, args: PyObject[], kwnames: string[] | null): void {
  noKeywords(fname, kwnames);
  if (args.length !== 0) raise(PyExc_TypeError, `${fname}() takes no arguments (${args.length} given)`);
}

/** METH_O: "f() takes exactly one argument (N given)". */
export function oneArg(fname: string, args: PyObject[], kwnames: string[] | null): PyObject {
  noKeywords(fname, kwnames);
  if (args.length !== 1) raise(PyExc_TypeError, `${fname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** _PyArg_CheckPositional: "f expected at least/at most N arguments, got M". */
export function checkPositional(fname: string, n: number, min: number, max: number): void {
  if (n < min) {
    if (min === max) raise(PyExc_TypeError, `${fname} expected ${plural(min, 'argument')}, got ${n}`);
    raise(PyExc_TypeError, `${fname} expected at least ${plural(min, 'argument')}, got ${n}`);
  }
  if (n > max) {
    if (min === max) raise(PyExc_TypeError, `${fname} expected ${plural(max, 'argument')}, got ${n}`);
    raise(PyExc_TypeError, `${fname} expected at most ${plural(max, 'argument')}, got ${n}`);
  }
}

/**
 * _PyArg_UnpackKeywords: binds positional args and keyword values to `names`. The first
 * `posOnly` names are positional-only; names from `kwOnly` on are keyword-only. Returns borrowed
 * references, null where an optional argument was not given.
 */
export function unpackArgs(
  fname: string,
  args: PyObject[],
  kwnames: string[] | null,
  names: string[],
  required: number,
  posOnly = 0,
  kwOnly = names.length,
): (PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  // A packed array from the start (new Array(n).fill(null) makes a holey one, slower to use).
  const out: (PyObject | null)[] = [];
  for (let i = 0; i < names.length; i++) out.push(null);
  if (npos > kwOnly) {
    if (kwOnly === required && nkw === 0) {
      raise(PyExc_TypeError, `${fname}() takes ${kwOnly === 0 ? 'no' : 'exactly ' + kwOnly} positional argument${kwOnly === 1 ? '' : 's'} (${npos} given)`);
    }
    raise(PyExc_TypeError, `${fname}() takes at most ${plural(kwOnly, 'argument')} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const idx = names.indexOf(name);
    if (idx < 0 || idx < posOnly) {
      if (idx >= 0 && idx < posOnly) {
        raise(PyExc_TypeError, `'${name}' is an invalid keyword argument for ${fname}()`);
      }
      raise(PyExc_TypeError, `'${name}' is an invalid keyword argument for ${fname}()`);
    }
    if (out[idx] !== null) {
      raise(PyExc_TypeError, `argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
    }
    out[idx] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === null) {
      if (i < posOnly || i < npos) raise(PyExc_TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      raise(PyExc_TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}
