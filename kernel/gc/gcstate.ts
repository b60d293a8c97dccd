/**
 * The collector's bookkeeping that every GC type uses: generation lists, allocation counts,
 * tracking. The collection itself is in collect.ts.
 * CPython 3.11: Modules/gcmodule.c (_PyObject_GC_Link, PyObject_GC_Del),
 * Include/internal/pycore_object.h (_PyObject_GC_TRACK/UNTRACK), Include/internal/pycore_gc.h
 * (struct gc_generation, the PyGC_Head flag bits).
 */
import { PyObject, PyTypeObject, TPFlags, newStaticType } from '../objects/pyobject.ts';
import { allocObjectMemory, freeObjectMemory } from '../memory/heap.ts';

export const enum GcLayout {
  NUM_GENERATIONS = 3,
  /** The default thresholds of the three generations (pycore_runtime_init.h, 3.11). */
  THRESHOLD0 = 700,
  THRESHOLD1 = 10,
  THRESHOLD2 = 10,
}

/**
 * Flag bits kept in PyObject.gcFlags (CPython keeps them in the low bits of _gc_prev/_gc_next).
 * CPython 3.11: Include/internal/pycore_gc.h _PyGC_PREV_MASK_FINALIZED,
 * _PyGC_PREV_MASK_COLLECTING; Modules/gcmodule.c NEXT_MASK_UNREACHABLE.
 */
export const enum GcFlag {
  /** tp_finalize already ran (PEP 442); survives untracking, as the bit does in _gc_prev. */
  FINALIZED = 1,
  /** In the generation being collected (set by update_refs, cleared once found reachable). */
  COLLECTING = 2,
  /** In move_unreachable's tentatively unreachable list. */
  UNREACHABLE = 4,
}

/** A generation: a circular doubly linked list with a sentinel head (gc_generation). */
export interface Generation {
  head: PyObject;
  threshold: number;
  count: number;
}

const sentinelType: PyTypeObject = newStaticType('gc_head', 0, 0, 0);

/** A new empty list head (a sentinel node, as gc_list_init). */
export function makeListHead(): PyObject {
  const h = new PyObject(sentinelType);
  h.gcNext = h;
  h.gcPrev = h;
  return h;
}

export const gcstate = {
  generations: [
    { head: makeListHead(), threshold: GcLayout.THRESHOLD0, count: 0 },
    { head: makeListHead(), threshold: GcLayout.THRESHOLD1, count: 0 },
    { head: makeListHead(), threshold: GcLayout.THRESHOLD2, count: 0 },
  ] as Generation[],
  permanent: { head: makeListHead(), threshold: 0, count: 0 } as Generation,
  enabled: true,
  collecting: false,
  debug: 0,
  /** Objects promoted into the oldest generation since the last full collection. */
  longLivedPending: 0,
  /** Objects in the oldest generation after the last full collection. */
  longLivedTotal: 0,
  /** Installed by collect.ts: runs an automatic collection (NON-CPYTHON indirection avoids a cycle). */
  collectGenerations: null as (() => void) | null,
  /** NON-CPYTHON debug switch: collect on every GC allocation (see gcLink). */
  stress: false,
  /** NON-CPYTHON: bumped for each new interpreter, so that per-interpreter objects are remade. */
  epoch: 0,
  /**
   * NON-CPYTHON: bumped each time gc.get_objects or gc.get_referrers hands out references found
   * by walking the generations, which can reach cyclic garbage (the observer's cue that garbage
   * may have been touched: kernel/observe/garbage.ts).
   */
  introspections: 0,
};

/** Statistics per generation (gc.get_stats: struct gc_generation_stats). */
export const generationStats = [
  { collections: 0, collected: 0, uncollectable: 0 },
  { collections: 0, collected: 0, uncollectable: 0 },
  { collections: 0, collected: 0, uncollectable: 0 },
];

export function resetGcState(): void {
  for (const s of generationStats) {
    s.collections = 0;
    s.collected = 0;
    s.uncollectable = 0;
  }
  for (const g of gcstate.generations) {
    g.head.gcNext = g.head;
    g.head.gcPrev = g.head;
    g.count = 0;
  }
  gcstate.generations[0].threshold = GcLayout.THRESHOLD0;
  gcstate.generations[1].threshold = GcLayout.THRESHOLD1;
  gcstate.generations[2].threshold = GcLayout.THRESHOLD2;
  gcstate.permanent.head.gcNext = gcstate.permanent.head;
  gcstate.permanent.head.gcPrev = gcstate.permanent.head;
  gcstate.enabled = true;
  gcstate.collecting = false;
  gcstate.debug = 0;
  gcstate.longLivedPending = 0;
  gcstate.longLivedTotal = 0;
  gcstate.stress = false;
  gcstate.epoch++;
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

/**
 * CPython 3.11: Include/internal/pycore_object.h _PyObject_GC_UNTRACK: unlinks the object; of
 * the flag bits only FINALIZED survives.
 */
export function gcUntrack(o: PyObject): void {
  if (o.gcNext === null) return;
  const prev = o.gcPrev!;
  const next = o.gcNext;
  prev.gcNext = next;
  next.gcPrev = prev;
  o.gcNext = null;
  o.gcPrev = null;
  o.gcFlags &= GcFlag.FINALIZED;
}

/**
 * CPython 3.11: Modules/gcmodule.c _PyObject_GC_Link: a new GC object's header is cleared and
 * counted; the allocation that takes generation 0 over its threshold runs an automatic
 * collection, unless collection is disabled, already running, or the threshold is 0.
 */
export function gcLink(o: PyObject): void {
  o.gcFlags = 0;
  const g0 = gcstate.generations[0];
  g0.count++;
  if (
    (g0.count > g0.threshold || gcstate.stress) &&
    gcstate.enabled &&
    g0.threshold !== 0 &&
    !gcstate.collecting &&
    gcstate.collectGenerations !== null
  ) {
    gcstate.collectGenerations();
  }
}

/** Allocates a GC object's memory (with the GC head, and the managed-dict pre-header if any). */
export function gcAllocObject(o: PyObject, nbytes: number, preheader = 16): void {
  allocObjectMemory(o, nbytes, preheader);
  gcLink(o);
}

/** Allocation without counting (objects taken from a free list keep their memory). */
export function gcAllocUncounted(o: PyObject, nbytes: number, preheader = 16): void {
  allocObjectMemory(o, nbytes, preheader);
}

/**
 * PyObject_GC_Del as a type's tp_free: the pre-header is the GC head, plus the managed dict's
 * two words when the object's type has one (a heap subclass of a builtin type).
 */
export function gcFree(o: PyObject): void {
  gcDel(o, (o.ob_type.tp_flags & TPFlags.MANAGED_DICT) !== 0 ? 32 : 16);
}

/** CPython 3.11: Modules/gcmodule.c PyObject_GC_Del */
export function gcDel(o: PyObject, preheader = 16): void {
  if (o.gcNext !== null) gcUntrack(o);
  const g0 = gcstate.generations[0];
  if (g0.count > 0) g0.count--;
  freeObjectMemory(o, preheader);
}
