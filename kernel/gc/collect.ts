/**
 * The cyclic garbage collector: CPython 3.11's generational algorithm on the kernel's heap.
 * CPython 3.11: Modules/gcmodule.c (gc_collect_main and the phases it calls, in their order).
 */
import { PyObject, TPFlags } from '../objects/pyobject.ts';
import { decref, incref } from '../memory/refcount.ts';
import { gcstate, GcLayout, makeListHead, type Generation } from './gcstate.ts';

/** Flag bits kept in PyObject.gcFlags. */
export const enum GcFlag {
  /** _PyGC_PREV_MASK_FINALIZED: tp_finalize already ran (PEP 442). */
  FINALIZED = 1,
  /** PREV_MASK_COLLECTING: in the generation being collected. */
  COLLECTING = 2,
  /** NEXT_MASK_UNREACHABLE: in the tentatively unreachable list. */
  UNREACHABLE = 4,
}

/** Debug flags of gc.set_debug (Include/internal/pycore_gc.h). */
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
  /** Describes an object for DEBUG_COLLECTABLE ("<Node 0x...>"). */
  describe: (o: PyObject): string => `<${o.ob_type.tp_name} 0x${o.addr.toString(16)}>`,
  /** PyErr_WriteUnraisable for an exception escaping tp_clear. */
  unraisable: (_e: unknown): void => {},
  /** Time source for DEBUG_STATS. */
  now: (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now()),
  /** Observers of the phases (the diagrams' collector view). Null when nobody listens. */
  phaseListener: null as ((phase: string, objects: PyObject[]) => void) | null,
};

/** Statistics per generation (gc.get_stats). */
export const generationStats = [
  { collections: 0, collected: 0, uncollectable: 0 },
  { collections: 0, collected: 0, uncollectable: 0 },
  { collections: 0, collected: 0, uncollectable: 0 },
];

export function resetCollectorStats(): void {
  for (const s of generationStats) {
    s.collections = 0;
    s.collected = 0;
    s.uncollectable = 0;
  }
}

// ---------------------------------------------------------------------------------------------
// List primitives (gc_list_*)
// ---------------------------------------------------------------------------------------------

const makeHead = makeListHead;

export function gcListIsEmpty(list: PyObject): boolean {
  return list.gcNext === list;
}

export function gcListAppend(node: PyObject, list: PyObject): void {
  const last = list.gcPrev!;
  node.gcPrev = last;
  last.gcNext = node;
  node.gcNext = list;
  list.gcPrev = node;
}

function gcListRemove(node: PyObject): void {
  const prev = node.gcPrev!;
  const next = node.gcNext!;
  prev.gcNext = next;
  next.gcPrev = prev;
  node.gcNext = null;
}

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
  if (gcListIsEmpty(from)) return;
  const toTail = to.gcPrev!;
  const fromHead = from.gcNext!;
  const fromTail = from.gcPrev!;
  toTail.gcNext = fromHead;
  fromHead.gcPrev = toTail;
  to.gcPrev = fromTail;
  fromTail.gcNext = to;
  from.gcNext = from;
  from.gcPrev = from;
}

export function gcListSize(list: PyObject): number {
  let n = 0;
  for (let gc = list.gcNext!; gc !== list; gc = gc.gcNext!) n++;
  return n;
}

export function gcListObjects(list: PyObject): PyObject[] {
  const out: PyObject[] = [];
  for (let gc = list.gcNext!; gc !== list; gc = gc.gcNext!) out.push(gc);
  return out;
}

function isGc(o: PyObject): boolean {
  return (o.ob_type.tp_flags & TPFlags.HAVE_GC) !== 0;
}

// ---------------------------------------------------------------------------------------------
// The phases
// ---------------------------------------------------------------------------------------------

/** update_refs: gc_refs = ob_refcnt, and mark the object as being collected. */
function updateRefs(containers: PyObject): void {
  for (let gc = containers.gcNext!; gc !== containers; gc = gc.gcNext!) {
    gc.gcRefs = gc.ob_refcnt;
    gc.gcFlags |= GcFlag.COLLECTING;
  }
}

function visitDecref(op: PyObject): void {
  if (isGc(op) && op.gcFlags & GcFlag.COLLECTING) op.gcRefs--;
}

/** subtract_refs: every reference from inside the set lowers the target's gc_refs. */
function subtractRefs(containers: PyObject): void {
  for (let gc = containers.gcNext!; gc !== containers; gc = gc.gcNext!) {
    const traverse = gc.ob_type.tp_traverse;
    if (traverse !== null) traverse(gc, visitDecref);
  }
}

/** visit_reachable: an object referenced from a reachable one is reachable. */
function makeVisitReachable(reachable: PyObject): (op: PyObject) => void {
  return (op) => {
    if (!isGc(op) || !(op.gcFlags & GcFlag.COLLECTING)) return;
    if (op.gcFlags & GcFlag.UNREACHABLE) {
      // Back from the tentatively unreachable list to the end of young.
      const prev = op.gcPrev!;
      const next = op.gcNext!;
      prev.gcNext = next;
      next.gcPrev = prev;
      op.gcFlags &= ~GcFlag.UNREACHABLE;
      gcListAppend(op, reachable);
      op.gcRefs = 1;
    } else if (op.gcRefs === 0) {
      op.gcRefs = 1;
    }
  };
}

/**
 * move_unreachable. Invariants: all objects "to the left" of the scan position in young are
 * reachable from outside young; every other object seen so far is in unreachable, flagged.
 */
function moveUnreachable(young: PyObject, unreachable: PyObject): void {
  const visit = makeVisitReachable(young);
  let prev = young;
  let gc = young.gcNext!;
  while (gc !== young) {
    if (gc.gcRefs > 0) {
      const traverse = gc.ob_type.tp_traverse;
      if (traverse !== null) traverse(gc, visit);
      gc.gcPrev = prev;
      gc.gcFlags &= ~GcFlag.COLLECTING;
      prev = gc;
    } else {
      prev.gcNext = gc.gcNext;
      gc.gcNext!.gcPrev = prev;
      const last = unreachable.gcPrev!;
      last.gcNext = gc;
      gc.gcPrev = last;
      gc.gcNext = unreachable;
      unreachable.gcPrev = gc;
      gc.gcFlags |= GcFlag.UNREACHABLE;
    }
    gc = prev.gcNext!;
  }
  young.gcPrev = prev;
}

/** deduce_unreachable */
function deduceUnreachable(base: PyObject, unreachable: PyObject): void {
  updateRefs(base);
  notifyPhase('update_refs', base);
  subtractRefs(base);
  notifyPhase('subtract_refs', base);
  moveUnreachable(base, unreachable);
  notifyPhase('move_unreachable', unreachable);
}

function notifyPhase(phase: string, list: PyObject): void {
  const l = gcHooks.phaseListener;
  if (l !== null) l(phase, gcListObjects(list));
}

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

/** untrack_tuples */
function untrackTuples(head: PyObject): void {
  let gc = head.gcNext!;
  while (gc !== head) {
    const next = gc.gcNext!;
    if (gc.ob_type === tupleType) maybeUntrackTuple(gc);
    gc = next;
  }
}

/** untrack_dicts (full collections only) */
function untrackDicts(head: PyObject): void {
  let gc = head.gcNext!;
  while (gc !== head) {
    const next = gc.gcNext!;
    if (gc.ob_type === dictType) maybeUntrackDict(gc);
    gc = next;
  }
}

/** move_legacy_finalizers: clears the UNREACHABLE flags (the kernel has no tp_del types). */
function moveLegacyFinalizers(unreachable: PyObject): void {
  for (let gc = unreachable.gcNext!; gc !== unreachable; gc = gc.gcNext!) gc.gcFlags &= ~GcFlag.UNREACHABLE;
}

/** finalize_garbage: each tp_finalize (__del__) at most once (PEP 442). */
function finalizeGarbage(collectable: PyObject): void {
  const seen = makeHead();
  while (!gcListIsEmpty(collectable)) {
    const op = collectable.gcNext!;
    gcListMove(op, seen);
    const finalize = op.ob_type.tp_finalize;
    if (!(op.gcFlags & GcFlag.FINALIZED) && finalize !== null) {
      op.gcFlags |= GcFlag.FINALIZED;
      incref(op);
      finalize(op);
      decref(op);
    }
  }
  gcListMerge(seen, collectable);
  notifyPhase('finalize', collectable);
}

function clearCollecting(list: PyObject): void {
  for (let gc = list.gcNext!; gc !== list; gc = gc.gcNext!) gc.gcFlags &= ~GcFlag.COLLECTING;
}

/** handle_resurrected_objects */
function handleResurrectedObjects(unreachable: PyObject, stillUnreachable: PyObject, old: PyObject): void {
  clearCollecting(unreachable);
  deduceUnreachable(unreachable, stillUnreachable);
  for (let gc = stillUnreachable.gcNext!; gc !== stillUnreachable; gc = gc.gcNext!) gc.gcFlags &= ~GcFlag.UNREACHABLE;
  gcListMerge(unreachable, old);
}

/** delete_garbage: tp_clear breaks the cycles; refcounting frees the rest. */
function deleteGarbage(collectable: PyObject, old: PyObject): void {
  while (!gcListIsEmpty(collectable)) {
    const op = collectable.gcNext!;
    if (gcstate.debug & GcDebug.SAVEALL) gcHooks.appendGarbage(op);
    else {
      const clear = op.ob_type.tp_clear;
      if (clear !== null) {
        incref(op);
        try {
          clear(op);
        } catch (e) {
          gcHooks.unraisable(e);
        }
        decref(op);
      }
    }
    if (collectable.gcNext === op) gcListMove(op, old);
  }
  notifyPhase('clear', collectable);
}

function genCounts(): string {
  return gcstate.generations.map((g) => ` ${gcListSize(g.head)}`).join('');
}

/** CPython 3.11: Modules/gcmodule.c gc_collect_main. Returns [collected, uncollectable]. */
export function gcCollectMain(generation: number): [number, number] {
  const gens: Generation[] = gcstate.generations;
  let m = 0;
  let n = 0;
  let t1 = 0;
  if (gcstate.debug & GcDebug.STATS) {
    gcHooks.writeStderr(`gc: collecting generation ${generation}...\n`);
    gcHooks.writeStderr(`gc: objects in each generation:${genCounts()}\n`);
    gcHooks.writeStderr(`gc: objects in permanent generation: ${gcListSize(gcstate.permanent.head)}\n`);
    t1 = gcHooks.now();
  }
  // update collection and allocation counters
  if (generation + 1 < GcLayout.NUM_GENERATIONS) gens[generation + 1].count += 1;
  for (let i = 0; i <= generation; i++) gens[i].count = 0;
  // merge younger generations with the one being collected
  for (let i = 0; i < generation; i++) gcListMerge(gens[i].head, gens[generation].head);
  const young = gens[generation].head;
  const old = generation < GcLayout.NUM_GENERATIONS - 1 ? gens[generation + 1].head : young;

  const unreachable = makeHead();
  deduceUnreachable(young, unreachable);
  untrackTuples(young);
  // Move reachable objects to the next generation.
  if (young !== old) {
    if (generation === GcLayout.NUM_GENERATIONS - 2) gcstate.longLivedPending += gcListSize(young);
    gcListMerge(young, old);
  } else {
    untrackDicts(young);
    gcstate.longLivedPending = 0;
    gcstate.longLivedTotal = gcListSize(young);
  }
  moveLegacyFinalizers(unreachable);
  if (gcstate.debug & GcDebug.COLLECTABLE) {
    for (let gc = unreachable.gcNext!; gc !== unreachable; gc = gc.gcNext!) {
      gcHooks.writeStderr(`gc: collectable ${gcHooks.describe(gc)}\n`);
    }
  }
  m += gcHooks.handleWeakrefs(unreachable, old);
  finalizeGarbage(unreachable);
  const finalUnreachable = makeHead();
  handleResurrectedObjects(unreachable, finalUnreachable, old);
  m += gcListSize(finalUnreachable);
  deleteGarbage(finalUnreachable, old);
  if (gcstate.debug & GcDebug.STATS) {
    const d = (gcHooks.now() - t1) / 1000;
    gcHooks.writeStderr(`gc: done, ${n + m} unreachable, ${n} uncollectable, ${d.toFixed(4)}s elapsed\n`);
  }
  if (generation === GcLayout.NUM_GENERATIONS - 1) gcHooks.clearFreelists();
  const stats = generationStats[generation];
  stats.collections++;
  stats.collected += m;
  stats.uncollectable += n;
  notifyPhase('done', old);
  return [m, n];
}

/** gc_collect_with_callback */
export function gcCollectWithCallback(generation: number): number {
  gcHooks.invokeCallbacks('start', generation, 0, 0);
  const [m, n] = gcCollectMain(generation);
  gcHooks.invokeCallbacks('stop', generation, m, n);
  return m + n;
}

/** gc_collect_generations: the automatic collection chooses the oldest generation over threshold. */
export function gcCollectGenerations(): void {
  const gens = gcstate.generations;
  gcstate.collecting = true;
  try {
    for (let i = GcLayout.NUM_GENERATIONS - 1; i >= 0; i--) {
      if (gens[i].count > gens[i].threshold) {
        if (i === GcLayout.NUM_GENERATIONS - 1 && gcstate.longLivedPending < gcstate.longLivedTotal / 4) continue;
        gcCollectWithCallback(i);
        break;
      }
    }
  } finally {
    gcstate.collecting = false;
  }
}

/** gc.collect(generation): 0 when a collection is already running. */
export function gcCollect(generation: number): number {
  if (gcstate.collecting) return 0;
  gcstate.collecting = true;
  try {
    return gcCollectWithCallback(generation);
  } finally {
    gcstate.collecting = false;
  }
}

gcstate.collectGenerations = gcCollectGenerations;
