/**
 * Recursion guard for repr of containers that may contain themselves.
 * CPython 3.11: Objects/object.c Py_ReprEnter / Py_ReprLeave.
 *
 * CPython keeps the objects being repr'd in a list stored under "Py_Repr" in the thread
 * state's dict (both made at start-up, before any trace). Appending to it allocates its item
 * array when it was empty, and removing the last one frees it (list_ass_slice → _list_clear),
 * so every outermost repr of a container makes a 32-byte request that tracemalloc's peak sees.
 * NON-CPYTHON: the list is not an object of the kernel's heap (the start-up heap calibration
 * counts its block), and it holds no counted reference to the objects (CPython's holds one
 * while their repr runs).
 */
import type { PyObject } from './pyobject.ts';
import { PyListObject, PyList_Type, list_resize } from './listobject.ts';
import { memFree } from '../memory/heap.ts';

let reprList: PyListObject | null = null;

function theList(): PyListObject {
  if (reprList === null) reprList = new PyListObject(PyList_Type);
  return reprList;
}

/** Py_ReprEnter: false when o is already being repr'd (the caller prints `[...]`). */
export function reprEnter(o: PyObject): boolean {
  const list = theList();
  const items = list.items;
  for (let i = items.length - 1; i >= 0; i--) if (items[i] === o) return false;
  // PyList_Append
  list_resize(list, items.length + 1);
  items.push(o);
  return true;
}

/** Py_ReprLeave: o leaves the list (counting backwards: it is usually the last). */
export function reprLeave(o: PyObject): void {
  const list = theList();
  const items = list.items;
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i] !== o) continue;
    if (items.length === 1) {
      // list_ass_slice of the whole list: _list_clear frees the item array.
      memFree(list.itemsAddr);
      list.itemsAddr = 0;
      list.allocated = 0;
      items.length = 0;
    } else {
      list_resize(list, items.length - 1);
      items.splice(i, 1);
    }
    return;
  }
}

/** A new interpreter starts with an empty list (its item array went with the old heap). */
export function resetReprState(): void {
  reprList = null;
}
