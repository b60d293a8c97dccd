/**
 * NON-CPYTHON: an observer of the collector's phases, for the diagrams. CPython has no such
 * hook; the reports follow Modules/gcmodule.c gc_collect_main step by step, so what a diagram
 * shows is what CPython's collector does at that point.
 *
 * One observer at most (`setCollectObserver`). The collector reads the single variable
 * `collectObserver` before each report: when it is null nothing is materialised, and a
 * collection costs what it costs without the observer.
 *
 * The observer runs inside the collection. It may read the objects it is given (their fields,
 * ob_refcnt, gcFlags, their referents through tp_traverse) but must not run Python code,
 * allocate kernel objects or change any reference count.
 */
import type { PyObject } from '../objects/pyobject.ts';

/** The points of gc_collect_main that are reported, in order. */
export type CollectStep =
  /** The collected generation is formed (the younger ones merged into it); gc_refs not set. */
  | 'start'
  /** update_refs: each object's gc_refs is its refcount. */
  | 'update_refs'
  /** subtract_refs: references from inside the generation subtracted; what is left comes from outside. */
  | 'subtract_refs'
  /** move_unreachable: `young` holds the reachable objects, `unreachable` the rest (gc_refs 0). */
  | 'move_unreachable'
  /**
   * Before finalize_garbage, when a finalizer is about to run (NON-CPYTHON: a point CPython has
   * no name for): what runs until `finalize_garbage` (the `__del__` methods) runs in the
   * finalize phase. Not reported when no object of `unreachable` has a finalizer left to run.
   */
  | 'finalize_start'
  /** finalize_garbage: `finalized` lists the objects whose tp_finalize (__del__) ran. */
  | 'finalize_garbage'
  /**
   * handle_resurrected_objects: a second update_refs / subtract_refs / move_unreachable over the
   * garbage; `resurrected` moved to the older generation, `unreachable` is what will be cleared.
   */
  | 'handle_resurrected'
  /** delete_garbage: `cleared` had tp_clear called, `freed` were deallocated. */
  | 'delete_garbage'
  /** The collection is over: `collected` and `uncollectable` are gc_collect_main's results. */
  | 'done';

/** An object and its gc_refs when the report was made (null at `start`, before update_refs). */
export interface CollectEntry {
  readonly object: PyObject;
  readonly gcRefs: number | null;
}

/**
 * What the collector reports at a step. Lists are in the collector's list order. `finalized`,
 * `resurrected`, `cleared` and `freed` accumulate over the collection (at `done` they hold
 * everything that happened); the other fields describe the lists at this step.
 */
export interface CollectReport {
  readonly step: CollectStep;
  /** The generation collected (0, 1 or 2). */
  readonly generation: number;
  /**
   * The collected generation's list: every object at `start`, `update_refs` and
   * `subtract_refs`; the ones proven reachable at `move_unreachable`; empty afterwards (the
   * survivors have joined the older generation).
   */
  readonly young: readonly CollectEntry[];
  /**
   * The unreachable objects: found by move_unreachable, still unreachable after the
   * finalizers (`handle_resurrected`); empty before `move_unreachable` and after `delete_garbage`.
   */
  readonly unreachable: readonly CollectEntry[];
  readonly finalized: readonly PyObject[];
  readonly resurrected: readonly PyObject[];
  readonly cleared: readonly PyObject[];
  /** Garbage objects whose refcount reached zero during delete_garbage (their addr stays readable). */
  readonly freed: readonly PyObject[];
  /** Unreachable objects counted so far (m of gc_collect_main, weakref callbacks' objects included). */
  readonly collected: number;
  readonly uncollectable: number;
}

export interface CollectObserver {
  /** Called at each step of every collection while the observer is installed. */
  report(r: CollectReport): void;
}

/** The installed observer; the collector tests this variable alone. */
export let collectObserver: CollectObserver | null = null;

/** Installs an observer (null removes it). Returns the previous one. */
export function setCollectObserver(o: CollectObserver | null): CollectObserver | null {
  const previous = collectObserver;
  collectObserver = o;
  return previous;
}

function entries(head: PyObject | null, withRefs: boolean): CollectEntry[] {
  const out: CollectEntry[] = [];
  if (head === null) return out;
  for (let gc = head.gcNext!; gc !== head; gc = gc.gcNext!) out.push({ object: gc, gcRefs: withRefs ? gc.gcRefs : null });
  return out;
}

/**
 * What one observed collection has done so far; the collector makes one per collection when
 * an observer is installed, and none otherwise.
 */
export class CollectRecording {
  readonly finalized: PyObject[] = [];
  readonly resurrected: PyObject[] = [];
  readonly cleared: PyObject[] = [];
  readonly freed: PyObject[] = [];

  constructor(
    private readonly observer: CollectObserver,
    readonly generation: number,
  ) {}

  /** Reports a step; `young` and `unreachable` are list heads (null: the list is not shown). */
  report(step: CollectStep, young: PyObject | null, unreachable: PyObject | null, collected: number, uncollectable: number): void {
    this.observer.report({
      step,
      generation: this.generation,
      young: entries(young, step !== 'start'),
      unreachable: entries(unreachable, true),
      finalized: this.finalized.slice(),
      resurrected: this.resurrected.slice(),
      cleared: this.cleared.slice(),
      freed: this.freed.slice(),
      collected,
      uncollectable,
    });
  }
}
