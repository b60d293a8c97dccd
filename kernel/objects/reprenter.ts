/**
 * Recursion guard for repr of containers that may contain themselves.
 * CPython 3.11: Objects/object.c Py_ReprEnter / Py_ReprLeave.
 */
import type { PyObject } from './pyobject.ts';

const active = new Set<PyObject>();

/** Returns false when o is already being repr'd (the caller prints `[...]`). */
export function reprEnter(o: PyObject): boolean {
  if (active.has(o)) return false;
  active.add(o);
  return true;
}

export function reprLeave(o: PyObject): void {
  active.delete(o);
}
