/**
 * functools.reduce, C code of the _functools module.
 * CPython 3.11: Modules/_functoolsmodule.c functools_reduce: one argument tuple, filled in place
 * with (accumulated value, next item) for each call and replaced by a new one only when the
 * function kept a reference to it; the tuple holds references to both while the function runs.
 */
import type { MethodDef, PyObject } from '../objects/pyobject.ts';
import { decref, xdecref } from '../memory/refcount.ts';
import { gcTrack } from '../gc/gcstate.ts';
import { PyErr, raise } from '../vm/errors.ts';
import { PyExc_TypeError } from '../objects/exceptions.ts';
import { PyObject_TypeCheck } from '../objects/object.ts';
import { PyIter_Next, PyObject_Call, PyObject_GetIter } from '../objects/abstract.ts';
import { PyTupleObject, tupleFromArray, tupleNewUnfilled } from '../objects/tupleobject.ts';
import { checkPositional, noKeywords } from '../objects/getargs.ts';

/** PyObject_GetIter(seq), its TypeError replaced by reduce's message. */
function iterateArg2(seq: PyObject): PyObject {
  try {
    return PyObject_GetIter(seq);
  } catch (e) {
    if (e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_TypeError)) {
      decref(e.exc);
      raise(PyExc_TypeError, 'reduce() arg 2 must support iteration');
    }
    throw e;
  }
}

/** Py_XSETREF(_PyTuple_ITEMS(args)[i], value): the tuple takes the reference. */
function setItem(args: PyTupleObject, i: number, value: PyObject): void {
  const old = args.items[i] as PyObject | null;
  args.items[i] = value;
  xdecref(old);
}

/** CPython 3.11: Modules/_functoolsmodule.c functools_reduce */
function functools_reduce(func: PyObject, seq: PyObject, initial: PyObject | null): PyObject {
  let result = initial;
  if (result !== null) result.ob_refcnt++;
  let it: PyObject;
  try {
    it = iterateArg2(seq);
  } catch (e) {
    xdecref(result);
    throw e;
  }
  let args: PyTupleObject | null = null;
  try {
    args = tupleNewUnfilled(2);
    for (;;) {
      if (args.ob_refcnt > 1) {
        decref(args);
        args = null;
        args = tupleNewUnfilled(2);
      }
      const op2 = PyIter_Next(it);
      if (op2 === null) break;
      if (result === null) {
        result = op2;
        continue;
      }
      // Update the args tuple in-place.
      setItem(args, 0, result);
      result = null;
      setItem(args, 1, op2);
      result = PyObject_Call(func, args.items.slice(), null);
      // bpo-42536: the GC may have untracked this args tuple; since it is recycled, track it again.
      gcTrack(args);
    }
  } catch (e) {
    xdecref(args);
    xdecref(result);
    decref(it);
    throw e;
  }
  decref(args);
  decref(it);
  if (result === null) raise(PyExc_TypeError, 'reduce() of empty iterable with no initial value');
  return result;
}

export const reduceMethod: MethodDef = {
  name: 'reduce',
  fn: (_m, args, kwnames) => {
    noKeywords('reduce', kwnames);
    // METH_VARARGS (cfunction_vectorcall): the arguments are packed into a tuple for the call.
    const argstuple = tupleFromArray(args);
    try {
      checkPositional('reduce', args.length, 2, 3);
      return functools_reduce(args[0], args[1], args.length > 2 ? args[2] : null);
    } finally {
      decref(argstuple);
    }
  },
  doc: 'reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty.',
};
