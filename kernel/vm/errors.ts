/**
 * Raising Python exceptions from the kernel.
 * CPython 3.11: Python/errors.c (PyErr_SetString, PyErr_Format, PyErr_SetObject).
 *
 * NON-CPYTHON: CPython signals an error by returning NULL with the thread's error indicator
 * set; the kernel throws a PyErr carrying the exception object instead. A PyErr owns one
 * reference to its exception; whoever catches it and does not re-throw must release it.
 */
import type { PyObject, PyTypeObject } from '../objects/pyobject.ts';

export class PyErr {
  /** Implicit chaining (__context__) was applied where the exception was raised. */
  chained = false;
  constructor(public exc: PyObject) {}
}

/** Factory installed by objects/exceptions.ts (keeps this module free of import cycles). */
let makeException: (type: PyTypeObject, msg: string | null) => PyObject = () => {
  throw new Error('exceptions are not initialised');
};

export function setExceptionFactory(f: (type: PyTypeObject, msg: string | null) => PyObject): void {
  makeException = f;
}

/** PyErr_SetString: raise `type(msg)`. */
export function raise(type: PyTypeObject, msg: string | null): never {
  throw new PyErr(makeException(type, msg));
}

/** PyErr_SetObject with an exception instance; steals the reference. */
export function raiseObject(exc: PyObject): never {
  throw new PyErr(exc);
}

/** Is this a Python exception (as opposed to a kernel bug)? */
export function isPyErr(e: unknown): e is PyErr {
  return e instanceof PyErr;
}
