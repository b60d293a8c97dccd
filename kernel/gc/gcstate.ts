/**
 * The collector's bookkeeping that every GC type uses: generation lists, allocation counts,
 * tracking. The collection itself is in collect.ts.
 * CPython 3.11: Modules/gcmodule.c (_PyObject_GC_Link, _PyObject_GC_TRACK/UNTRACK,
 * PyObject_GC_Del), Include/internal/pycore_gc.h (struct gc_generation).
 */
import { PyObject, PyTypeObject, TPFlags, newStaticType } from '../objects/pyobject.ts';
import { allocObjectMemory, freeObjectMemory } from '../memory/heap.ts';

export const enum GcLayout {
  NUM_GENERATIONS = 3,
}

/** A generation: a circular doubly linked list with a sentinel head (gc_generation). */
export interface Generation {
  head: PyObject;
  threshold: number;
  count: number;
}

const sentinelType: PyTypeObject = newStaticType('gc_head', 0, 0, 0);

/** A new empty list head (a sentinel node). */
export function makeListHead(): PyObject {
  return makeHead();
}

function makeHead(): PyObject {
  const h = new PyObject(sentinelType);
  h.gcNext = h;
  h.gcPrev = h;
  return h;
}

export const gcstate = {
  generations: [
    { head: makeHead(), threshold: 700, count: 0 },
    { head: makeHead(), threshold: 10, count: 0 },
    { head: makeHead(), threshold: 10, count: 0 },
  ] as Generation[],
  permanent: { head: makeHead(), threshold: 0, count: 0 } as Generation,
  enabled: true,
  collecting: false,
  debug: 0,
  /** Objects promoted into the oldest generation since the last full collection. */
  longLivedPending: 0,
  longLivedTotal: 0,
  /** Installed by collect.ts: runs an automatic collection (NON-CPYTHON indirection avoids a cycle). */
  collectGenerations: null as (() => void) | null,
  /** Debug switch: collect on every GC allocation. */
  stress: false,
};

export function resetGcState(): void {
  for (const g of gcstate.generations) {
    g.head.gcNext = g.head;
    g.head.gcPrev = g.head;
    g.count = 0;
  }
  gcstate.generations[0].threshold = 700;
  gcstate.generations[1].threshold = 10;
  gcstate.generations[2].threshold = 10;
  gcstate.permanent.head.gcNext = gcstate.permanent.head;
  gcstate.permanent.head.gcPrev = gcstate.permanent.head;
  gcstate.enabled = true;
  gcstate.collecting = false;
  gcstate.debug = 0;
  gcstate.longLivedPending = 0;
  gcstate.longLivedTotal = 0;
}

/** _PyObject_GC_IS_TRACKED */
export function isTracked(o: PyObject): boolean {
  return o.gcNext !== null;
}

/** CPython 3.11: Include/internal/pycore_object.h _PyObject_GC_TRACK (append to generation 0). */
export function gcTrack(o: PyObject): void {
  if (o.gcNext !== null) return;
  const head = gcstate.generations[0].head;
  const last = head.gcPrev!;
  o.gcPrev = last;
  o.gcNext = head;
  last.gcNext = o;
  head.gcPrev = o;
}

/** CPython 3.11: Include/internal/pycore_object.h _PyObject_GC_UNTRACK */
export function gcUntrack(o: PyObject): void {
  if (o.gcNext === null) return;
  const prev = o.gcPrev!;
  const next = o.gcNext;
  prev.gcNext = next;
  next.gcPrev = prev;
  o.gcNext = null;
  o.gcPrev = null;
}

/**
 * CPython 3.11: Modules/gcmodule.c _PyObject_GC_Link: count the allocation, and start an
 * automatic collection when generation 0 goes over its threshold.
 */
export function gcLink(): void {
  const g0 = gcstate.generations[0];
  g0.count++;
  if (
    (g0.count > g0.threshold || gcstate.stress) &&
    g0.threshold !== 0 &&
    gcstate.enabled &&
    !gcstate.collecting &&
    gcstate.collectGenerations !== null
  ) {
    gcstate.collectGenerations();
  }
}

/** Allocates a GC object's memory (with the GC head, and the managed-dict pre-header if any). */
export function gcAllocObject(o: PyObject, nbytes: number, preheader = 16): void {
  allocObjectMemory(o, nbytes, preheader);
  gcLink();
}

/** Allocation without counting (objects taken from a free list keep their memory). */
export function gcAllocUncounted(o: PyObject, nbytes: number, preheader = 16): void {
  allocObjectMemory(o, nbytes, preheader);
}

/** CPython 3.11: Modules/gcmodule.c PyObject_GC_Del (the pre-header size follows the type). */
export function gcDel(o: PyObject, preheader = (o.ob_type.tp_flags & TPFlags.MANAGED_DICT) !== 0 ? 32 : 16): void {
  if (o.gcNext !== null) gcUntrack(o);
  const g0 = gcstate.generations[0];
  if (g0.count > 0) g0.count--;
  freeObjectMemory(o, preheader);
}
