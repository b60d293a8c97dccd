/**
 * Reference counting: Py_INCREF, Py_DECREF and _Py_Dealloc.
 * CPython 3.11: Include/object.h Py_INCREF/Py_DECREF, Objects/object.c _Py_Dealloc,
 * Include/cpython/object.h Py_TRASHCAN_BEGIN/END (Objects/object.c _PyTrash_thread_deposit_object).
 */
import type { PyObject } from '../objects/pyobject.ts';

export function incref(o: PyObject): void {
  o.ob_refcnt++;
}

export function xincref(o: PyObject | null): void {
  if (o !== null) o.ob_refcnt++;
}

export function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

export function xdecref(o: PyObject | null): void {
  if (o !== null && --o.ob_refcnt === 0) dealloc(o);
}

/** Returns o after an incref: `return newref(x)` reads as CPython's Py_NewRef. */
export function newref<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

/** Py_SETREF-style helper: replace a slot's reference, releasing the old one last. */
export function setref<T extends PyObject | null>(old: T, value: T): T {
  if (old !== null) decref(old);
  return value;
}

const enum Trash {
  /** PyTrash_UNWIND_LEVEL: deallocations nested deeper than this are deferred. */
  UNWIND_LEVEL = 50,
}

let deallocDepth = 0;
const deferred: PyObject[] = [];

/**
 * NON-CPYTHON: told of each object just before its tp_dealloc runs, while a diagram recorder
 * watches (kernel/observe/); null otherwise, and then dealloc costs one test of this variable.
 */
export let deallocObserver: ((o: PyObject) => void) | null = null;
export function setDeallocObserver(f: ((o: PyObject) => void) | null): void {
  deallocObserver = f;
}

/**
 * _Py_Dealloc with the trashcan: a deep chain of containers dying one inside another would
 * overflow the stack, so past UNWIND_LEVEL nested deallocations the object is deposited and
 * destroyed when the outermost deallocation finishes (Py_TRASHCAN_BEGIN/END).
 */
export function dealloc(o: PyObject): void {
  if (deallocDepth >= Trash.UNWIND_LEVEL) {
    deferred.push(o);
    return;
  }
  deallocDepth++;
  try {
    if (deallocObserver !== null) deallocObserver(o);
    o.ob_type.tp_dealloc(o);
  } finally {
    deallocDepth--;
  }
  if (deallocDepth === 0 && deferred.length > 0) destroyDeferred();
}

function destroyDeferred(): void {
  // _PyTrash_thread_destroy_chain: LIFO, as the trash list is a stack.
  while (deferred.length > 0) {
    const o = deferred.pop()!;
    deallocDepth++;
    try {
      if (deallocObserver !== null) deallocObserver(o);
      o.ob_type.tp_dealloc(o);
    } finally {
      deallocDepth--;
    }
  }
}
