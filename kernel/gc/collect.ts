/**
 * The cyclic garbage collector: CPython 3.11's generational algorithm on the kernel's heap.
 * CPython 3.11: Modules/gcmodule.c (gc_collect_main and the phases it calls, in their order).
 *
 * NON-CPYTHON representation: CPython reuses the PyGC_Head words during a collection (gc_refs
 * in _gc_prev, the UNREACHABLE bit in _gc_next, which makes the lists singly linked for a
 * while). The kernel has separate fields (gcRefs, gcFlags), so its lists stay doubly linked;
 * the order of objects in every list is the same as CPython's.
 */
import { PyObject } from '../objects/pyobject.ts';
import { decref, incref } from '../memory/refcount.ts';
import { gcstate, generationStats, GcFlag, GcLayout, makeListHead, type Generation } from './gcstate.ts';
import { invariantFailed, validateList, ListFlags } from './validate.ts';
import { CollectRecording, collectObserver, type CollectStep } from './observer.ts';

export { GcFlag, generationStats };

/** Debug flags of gc.set_debug (Modules/gcmodule.c DEBUG_*). */
export const enum GcDebug {
  STATS = 1,
  COLLECTABLE = 2,
  UNCOLLECTABLE = 4,
  SAVEALL = 32,
  LEAK = 38,
}

/** Hooks into the rest of the kernel (weakrefs, free lists, callbacks, gc.garbage, output). */
export const gcHooks = {
  /** handle_weakrefs: clears weakrefs to unreachable objects, runs callbacks; returns the count to add. */
  handleWeakrefs: (_unreachable: PyObject, _old: PyObject): number => 0,
  /** clear_freelists (full collections). */
  clearFreelists: (): void => {},
  /** invoke_gc_callback */
  invokeCallbacks: (_phase: 'start' | 'stop', _generation: number, _collected: number, _uncollectable: number): void => {},
  /** PyList_Append(gc.garbage, op) */
  appendGarbage: (_o: PyObject): void => {},
  /** PySys_WriteStderr for DEBUG_* output. */
  writeStderr: (_s: string): void => {},
  /** Describes an object for DEBUG_COLLECTABLE ("<Node 0x...>", debug_cycle's "<%s %p>"). */
  describe: (o: PyObject): string => `<${o.ob_type.tp_name} 0x${o.addr.toString(16)}>`,
  /** PyErr_WriteUnraisable for an exception escaping tp_clear. */
  unraisable: (_e: unknown, _obj: PyObject | null): void => {},
  /** Monotonic time in milliseconds, for DEBUG_STATS. */
  now: (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now()),
  /**
   * validate_list at every phase: 0 never, 1 the lists being collected (cheap enough for stress
   * runs), 2 also the whole older generation each time (quadratic in stress mode).
   */
  validate: 0 as 0 | 1 | 2,
};


// ---------------------------------------------------------------------------------------------
// List primitives (gc_list_*)
// ---------------------------------------------------------------------------------------------

/** gc_list_is_empty */
export function gcListIsEmpty(list: PyObject): boolean {
  return list.gcNext === list;
}

/** gc_list_append */
export function gcListAppend(node: PyObject, list: PyObject): void {
  const last = list.gcPrev!;
  node.gcPrev = last;
  last.gcNext = node;
  node.gcNext = list;
  list.gcPrev = node;
}

/** gc_list_move: unlinks node from its list and appends it to `list`. */
export function gcListMove(node: PyObject, list: PyObject): void {
  const fromPrev = node.gcPrev!;
  const fromNext = node.gcNext!;
  fromPrev.gcNext = fromNext;
  fromNext.gcPrev = fromPrev;
  const toPrev = list.gcPrev!;
  node.gcPrev = toPrev;
  toPrev.gcNext = node;
  node.gcNext = list;
  list.gcPrev = node;
}

/** gc_list_merge: appends list `from` to `to`, leaving `from` empty. */
export function gcListMerge(from: PyObject, to: PyObject): void {
  if (!gcListIsEmpty(from)) {
    const toTail = to.gcPrev!;
    const fromHead = from.gcNext!;
    const fromTail = from.gcPrev!;
    toTail.gcNext = fromHead;
    fromHead.gcPrev = toTail;
    to.gcPrev = fromTail;
    fromTail.gcNext = to;
  }
  from.gcNext = from;
  from.gcPrev = from;
}

/** gc_list_size */
export function gcListSize(list: PyObject): number {
  let n = 0;
  for (let gc = list.gcNext!; gc !== list; gc = gc.gcNext!) n++;
  return n;
}

/** The objects of a list, in order. */
export function gcListObjects(list: PyObject): PyObject[] {
  const out: PyObject[] = [];
  for (let gc = list.gcNext!; gc !== list; gc = gc.gcNext!) out.push(gc);
  return out;
}

/** gc_list_clear_collecting */
function gcListClearCollecting(list: PyObject): void {
  for (let gc = list.gcNext!; gc !== list; gc = gc.gcNext!) gc.gcFlags &= ~GcFlag.COLLECTING;
}

// ---------------------------------------------------------------------------------------------
// Finding the unreachable objects
// ---------------------------------------------------------------------------------------------

/** update_refs: gc_refs = ob_refcnt, and the object is marked as being collected. */
function updateRefs(containers: PyObject): void {
  for (let gc = containers.gcNext!; gc !== containers; gc = gc.gcNext!) {
    gc.gcRefs = gc.ob_refcnt;
    gc.gcFlags |= GcFlag.COLLECTING;
    if (gc.ob_refcnt <= 0 && gcHooks.validate !== 0) invariantFailed(`tracked object with refcount ${gc.ob_refcnt}`, gc);
  }
}

/**
 * visit_decref. Only tracked objects of the collected generations carry COLLECTING, so the
 * flag alone says the target is one of them (non-GC objects never have a flag set).
 */
function visitDecref(op: PyObject): void {
  if (op.gcFlags & GcFlag.COLLECTING) op.gcRefs--;
}

/** subtract_refs: every reference from inside the set lowers the target's gc_refs. */
function subtractRefs(containers: PyObject): void {
  for (let gc = containers.gcNext!; gc !== containers; gc = gc.gcNext!) {
    const traverse = gc.ob_type.tp_traverse;
    if (traverse !== null) traverse(gc, visitDecref);
  }
}

/** The young list move_unreachable is scanning (visit_reachable's argument). */
let reachableList: PyObject | null = null;

/**
 * visit_reachable: an object referenced from a reachable one is reachable. One still waiting
 * to be scanned just gets gc_refs 1; one already moved to the unreachable list comes back to
 * the end of young, to be scanned again.
 */
function visitReachable(op: PyObject): void {
  const flags = op.gcFlags;
  if (!(flags & GcFlag.COLLECTING)) return;
  if (flags & GcFlag.UNREACHABLE) {
    const prev = op.gcPrev!;
    const next = op.gcNext!;
    prev.gcNext = next;
    next.gcPrev = prev;
    op.gcFlags = flags & ~GcFlag.UNREACHABLE;
    gcListAppend(op, reachableList!);
    op.gcRefs = 1;
  } else if (op.gcRefs === 0) {
    op.gcRefs = 1;
  } else if (op.gcRefs < 0 && gcHooks.validate !== 0) {
    invariantFailed('refcount is too small', op);
  }
}

/**
 * move_unreachable. Invariants: every object "to the left" of the scan position in young is
 * reachable from outside young; every other object seen so far is in unreachable, flagged.
 * Reachable objects lose COLLECTING; unreachable ones keep it and get UNREACHABLE.
 */
function moveUnreachable(young: PyObject, unreachable: PyObject): void {
  const saved = reachableList;
  reachableList = young;
  try {
    let gc = young.gcNext!;
    while (gc !== young) {
      if (gc.gcRefs !== 0) {
        // Definitely reachable: its referents are too. The traversal may append to young, so
        // the next object is read afterwards.
        const traverse = gc.ob_type.tp_traverse;
        if (traverse !== null) traverse(gc, visitReachable);
        gc.gcFlags &= ~GcFlag.COLLECTING;
        gc = gc.gcNext!;
      } else {
        // Maybe unreachable: assume it is until something reachable refers to it.
        const next = gc.gcNext!;
        gcListMove(gc, unreachable);
        gc.gcFlags |= GcFlag.UNREACHABLE;
        gc = next;
      }
    }
  } finally {
    reachableList = saved;
  }
}

/**
 * deduce_unreachable: update_refs, subtract_refs, move_unreachable. `rec` (an observed first
 * pass) reports each of the three steps.
 */
function deduceUnreachable(base: PyObject, unreachable: PyObject, rec: CollectRecording | null): void {
  check(base, ListFlags.COLLECTING_CLEAR_UNREACHABLE_CLEAR);
  updateRefs(base);
  if (rec !== null) rec.report('update_refs', base, null, 0, 0);
  subtractRefs(base);
  if (rec !== null) rec.report('subtract_refs', base, null, 0, 0);
  moveUnreachable(base, unreachable);
  if (rec !== null) rec.report('move_unreachable', base, unreachable, 0, 0);
  check(base, ListFlags.COLLECTING_CLEAR_UNREACHABLE_CLEAR);
  check(unreachable, ListFlags.COLLECTING_SET_UNREACHABLE_SET);
}

/** Reports a later step to the observer of this collection, if any. */
function report(rec: CollectRecording | null, step: CollectStep, unreachable: PyObject | null, m: number, n: number): void {
  if (rec !== null) rec.report(step, null, unreachable, m, n);
}

function check(list: PyObject, flags: ListFlags): void {
  if (gcHooks.validate !== 0) validateList(list, flags);
}

/** validate_list of the older generation, only at level 2 (it may hold most of the heap). */
function checkOld(list: PyObject): void {
  if (gcHooks.validate === 2) validateList(list, ListFlags.COLLECTING_CLEAR_UNREACHABLE_CLEAR);
}

// ---------------------------------------------------------------------------------------------
// Untracking tuples and dicts
// ---------------------------------------------------------------------------------------------

let tupleType: PyObject | null = null;
let dictType: PyObject | null = null;
let maybeUntrackTuple: (o: PyObject) => void = () => {};
let maybeUntrackDict: (o: PyObject) => void = () => {};
export function setUntrackers(tuple: PyObject, untrackTuple: (o: PyObject) => void, dict: PyObject, untrackDict: (o: PyObject) => void): void {
  tupleType = tuple;
  dictType = dict;
  maybeUntrackTuple = untrackTuple;
  maybeUntrackDict = untrackDict;
}

/** untrack_tuples: exact tuples none of whose items may be tracked leave the lists. */
function untrackTuples(head: PyObject): void {
  let gc = head.gcNext!;
  while (gc !== head) {
    const next = gc.gcNext!;
    if (gc.ob_type === tupleType) maybeUntrackTuple(gc);
    gc = next;
  }
}

/** untrack_dicts (full collections only, to avoid quadratic dict build-up: bpo-14775). */
function untrackDicts(head: PyObject): void {
  let gc = head.gcNext!;
  while (gc !== head) {
    const next = gc.gcNext!;
    if (gc.ob_type === dictType) maybeUntrackDict(gc);
    gc = next;
  }
}

// ---------------------------------------------------------------------------------------------
// Finalizers, resurrection, clearing
// ---------------------------------------------------------------------------------------------

/**
 * move_legacy_finalizers: objects with a tp_del go to `finalizers`; the UNREACHABLE flags are
 * cleared. NON-CPYTHON: no kernel type has a tp_del (Python classes use tp_finalize), so the
 * finalizers list stays empty and nothing is uncollectable.
 */
function moveLegacyFinalizers(unreachable: PyObject): void {
  for (let gc = unreachable.gcNext!; gc !== unreachable; gc = gc.gcNext!) gc.gcFlags &= ~GcFlag.UNREACHABLE;
}

/** Will finalize_garbage call a finalizer? (For the observer's `finalize_start`.) */
function hasFinalizerToRun(collectable: PyObject): boolean {
  for (let gc = collectable.gcNext!; gc !== collectable; gc = gc.gcNext!) {
    if (!(gc.gcFlags & GcFlag.FINALIZED) && gc.ob_type.tp_finalize !== null) return true;
  }
  return false;
}

/**
 * finalize_garbage: each tp_finalize (__del__) at most once (PEP 442). A finalizer may free
 * objects of the list, so the first object is always moved to `seen` before its call.
 */
function finalizeGarbage(collectable: PyObject, rec: CollectRecording | null): void {
  const seen = makeListHead();
  while (!gcListIsEmpty(collectable)) {
    const op = collectable.gcNext!;
    gcListMove(op, seen);
    const finalize = op.ob_type.tp_finalize;
    if (!(op.gcFlags & GcFlag.FINALIZED) && finalize !== null) {
      op.gcFlags |= GcFlag.FINALIZED;
      if (rec !== null) rec.finalized.push(op);
      incref(op);
      finalize(op);
      decref(op);
    }
  }
  gcListMerge(seen, collectable);
}

/**
 * handle_resurrected_objects: finalizers may have made objects reachable again; those move to
 * the old generation, the rest stay in still_unreachable (with COLLECTING set).
 */
function handleResurrectedObjects(unreachable: PyObject, stillUnreachable: PyObject, old: PyObject, rec: CollectRecording | null): void {
  gcListClearCollecting(unreachable);
  deduceUnreachable(unreachable, stillUnreachable, null);
  // clear_unreachable_mask
  for (let gc = stillUnreachable.gcNext!; gc !== stillUnreachable; gc = gc.gcNext!) gc.gcFlags &= ~GcFlag.UNREACHABLE;
  check(stillUnreachable, ListFlags.COLLECTING_SET_UNREACHABLE_CLEAR);
  if (rec !== null) for (let gc = unreachable.gcNext!; gc !== unreachable; gc = gc.gcNext!) rec.resurrected.push(gc);
  gcListMerge(unreachable, old);
}

/**
 * delete_garbage: tp_clear breaks the cycles (or, under DEBUG_SAVEALL, the objects go to
 * gc.garbage); refcounting frees the rest. An object still alive afterwards moves to `old`.
 */
function deleteGarbage(collectable: PyObject, old: PyObject, rec: CollectRecording | null): void {
  const garbage = rec === null ? null : gcListObjects(collectable);
  while (!gcListIsEmpty(collectable)) {
    const op = collectable.gcNext!;
    if (op.ob_refcnt <= 0 && gcHooks.validate !== 0) invariantFailed('refcount is too small', op);
    if (gcstate.debug & GcDebug.SAVEALL) {
      gcHooks.appendGarbage(op);
    } else {
      const clear = op.ob_type.tp_clear;
      if (clear !== null) {
        if (rec !== null) rec.cleared.push(op);
        incref(op);
        try {
          clear(op);
        } catch (e) {
          // _PyErr_WriteUnraisableMsg("in tp_clear of", type)
          gcHooks.unraisable(e, op.ob_type);
        }
        decref(op);
      }
    }
    if (collectable.gcNext === op) {
      op.gcFlags &= ~GcFlag.COLLECTING;
      gcListMove(op, old);
    }
  }
  if (garbage !== null) for (const op of garbage) if (op.ob_refcnt === 0) rec!.freed.push(op);
}

// ---------------------------------------------------------------------------------------------
// The collection
// ---------------------------------------------------------------------------------------------

/** show_stats_each_generations */
function showStatsEachGenerations(): void {
  const sizes = gcstate.generations.map((g) => ` ${gcListSize(g.head)}`).join('');
  gcHooks.writeStderr(
    `gc: objects in each generation:${sizes}\ngc: objects in permanent generation: ${gcListSize(gcstate.permanent.head)}\n`,
  );
}

/**
 * CPython 3.11: Modules/gcmodule.c gc_collect_main. Collects `generation` and the younger ones;
 * returns [collected, uncollectable] (gc.collect() returns their sum).
 */
export function gcCollectMain(generation: number): [number, number] {
  const gens: Generation[] = gcstate.generations;
  let m = 0;
  const n = 0;
  let t1 = 0;
  if (gcstate.debug & GcDebug.STATS) {
    gcHooks.writeStderr(`gc: collecting generation ${generation}...\n`);
    showStatsEachGenerations();
    t1 = gcHooks.now();
  }
  // Update the collection and allocation counters.
  if (generation + 1 < GcLayout.NUM_GENERATIONS) gens[generation + 1].count += 1;
  for (let i = 0; i <= generation; i++) gens[i].count = 0;
  // Merge the younger generations into the one collected.
  for (let i = 0; i < generation; i++) gcListMerge(gens[i].head, gens[generation].head);
  const young = gens[generation].head;
  const old = generation < GcLayout.NUM_GENERATIONS - 1 ? gens[generation + 1].head : young;
  checkOld(old);
  const rec = collectObserver === null ? null : new CollectRecording(collectObserver, generation);
  if (rec !== null) rec.report('start', young, null, 0, 0);

  const unreachable = makeListHead();
  deduceUnreachable(young, unreachable, rec);

  untrackTuples(young);
  // The reachable objects move to the next generation.
  if (young !== old) {
    if (generation === GcLayout.NUM_GENERATIONS - 2) gcstate.longLivedPending += gcListSize(young);
    gcListMerge(young, old);
  } else {
    untrackDicts(young);
    gcstate.longLivedPending = 0;
    gcstate.longLivedTotal = gcListSize(young);
  }

  moveLegacyFinalizers(unreachable);
  check(unreachable, ListFlags.COLLECTING_SET_UNREACHABLE_CLEAR);
  if (gcstate.debug & GcDebug.COLLECTABLE) {
    for (let gc = unreachable.gcNext!; gc !== unreachable; gc = gc.gcNext!) {
      gcHooks.writeStderr(`gc: collectable ${gcHooks.describe(gc)}\n`);
    }
  }

  // Clear the weakrefs and call the callbacks that must be called, before any finalizer.
  m += gcHooks.handleWeakrefs(unreachable, old);
  checkOld(old);
  check(unreachable, ListFlags.COLLECTING_SET_UNREACHABLE_CLEAR);

  if (rec !== null && hasFinalizerToRun(unreachable)) report(rec, 'finalize_start', unreachable, m, n);
  finalizeGarbage(unreachable, rec);
  report(rec, 'finalize_garbage', unreachable, m, n);

  const finalUnreachable = makeListHead();
  handleResurrectedObjects(unreachable, finalUnreachable, old, rec);
  report(rec, 'handle_resurrected', finalUnreachable, m, n);

  m += gcListSize(finalUnreachable);
  deleteGarbage(finalUnreachable, old, rec);
  report(rec, 'delete_garbage', null, m, n);

  if (gcstate.debug & GcDebug.STATS) {
    const d = (gcHooks.now() - t1) / 1000;
    gcHooks.writeStderr(`gc: done, ${n + m} unreachable, ${n} uncollectable, ${d.toFixed(4)}s elapsed\n`);
  }
  // handle_legacy_finalizers: the (always empty) finalizers list would join `old` here.
  checkOld(old);
  if (generation === GcLayout.NUM_GENERATIONS - 1) gcHooks.clearFreelists();

  const stats = generationStats[generation];
  stats.collections++;
  stats.collected += m;
  stats.uncollectable += n;
  report(rec, 'done', null, m, n);
  return [m, n];
}

/** gc_collect_with_callback: gc.callbacks see "start", then "stop" with the result. */
export function gcCollectWithCallback(generation: number): number {
  gcHooks.invokeCallbacks('start', generation, 0, 0);
  const [m, n] = gcCollectMain(generation);
  gcHooks.invokeCallbacks('stop', generation, m, n);
  return m + n;
}

/**
 * gc_collect_generations: the automatic collection takes the oldest generation over its
 * threshold; generation 2 only when the objects promoted into it since the last full collection
 * exceed a quarter of those it held then (bpo-4074).
 * NON-CPYTHON: in stress mode a collection of generation 0 runs when no generation is over
 * its threshold.
 */
export function gcCollectGenerations(): void {
  const gens = gcstate.generations;
  gcstate.collecting = true;
  try {
    for (let i = GcLayout.NUM_GENERATIONS - 1; i >= 0; i--) {
      if (gens[i].count > gens[i].threshold) {
        // C integer division: long_lived_total / 4.
        if (i === GcLayout.NUM_GENERATIONS - 1 && gcstate.longLivedPending < Math.floor(gcstate.longLivedTotal / 4)) continue;
        gcCollectWithCallback(i);
        return;
      }
    }
    if (gcstate.stress) gcCollectWithCallback(0);
  } finally {
    gcstate.collecting = false;
  }
}

/** gc.collect(generation): 0 when a collection is already running (gc_collect_impl). */
export function gcCollect(generation: number): number {
  if (gcstate.collecting) return 0;
  gcstate.collecting = true;
  try {
    return gcCollectWithCallback(generation);
  } finally {
    gcstate.collecting = false;
  }
}

/**
 * CPython 3.11: Modules/gcmodule.c PyGC_Collect: a full collection with callbacks, unless the
 * collector is disabled (Py_FinalizeEx's collection).
 */
export function gcCollectIfEnabled(): number {
  if (!gcstate.enabled) return 0;
  return gcCollect(GcLayout.NUM_GENERATIONS - 1);
}

/**
 * CPython 3.11: Modules/gcmodule.c _PyGC_CollectNoFail: a full collection without callbacks,
 * even when disabled (interpreter shutdown).
 */
export function gcCollectNoFail(): number {
  if (gcstate.collecting) return 0;
  gcstate.collecting = true;
  try {
    const [m, n] = gcCollectMain(GcLayout.NUM_GENERATIONS - 1);
    return m + n;
  } finally {
    gcstate.collecting = false;
  }
}

gcstate.collectGenerations = gcCollectGenerations;
