/**
 * Consistency checks of the collector's lists and flags, and of the heap they describe.
 * CPython 3.11: Modules/gcmodule.c validate_list (a GC_DEBUG build's checks, run between the
 * phases of a collection) and the assertions of update_refs / visit_reachable / delete_garbage.
 *
 * NON-CPYTHON: validateGenerations and validateHeap check, between collections, what a debug
 * build of CPython only asserts piecemeal: every tracked object is in exactly one list, no
 * collection flag is left behind, no count is negative, and no tracked object refers to an
 * object that was already freed (a reachable object freed by mistake).
 */
import { type PyObject, TPFlags } from '../objects/pyobject.ts';
import { GcFlag, gcstate } from './gcstate.ts';

/** The expected state of the COLLECTING and UNREACHABLE bits (validate_list's flagstates). */
export const enum ListFlags {
  COLLECTING_CLEAR_UNREACHABLE_CLEAR = 0,
  COLLECTING_CLEAR_UNREACHABLE_SET = 1,
  COLLECTING_SET_UNREACHABLE_CLEAR = 2,
  COLLECTING_SET_UNREACHABLE_SET = 3,
}

/** A broken invariant: a kernel bug, never a user error. */
export class GcInvariantError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GcInvariantError';
  }
}

function describe(o: PyObject): string {
  return `${o.ob_type.tp_name} at 0x${o.addr.toString(16)} (refcount ${o.ob_refcnt})`;
}

export function invariantFailed(msg: string, o: PyObject | null): never {
  throw new GcInvariantError(`gc invariant: ${msg}${o === null ? '' : `: ${describe(o)}`}`);
}

/**
 * CPython 3.11: Modules/gcmodule.c validate_list: the links are mutually consistent, the head
 * carries no flag, and every object's COLLECTING / UNREACHABLE bits are as `flags` says.
 */
export function validateList(head: PyObject, flags: ListFlags): void {
  if (head.gcFlags & (GcFlag.COLLECTING | GcFlag.UNREACHABLE)) invariantFailed('list head has flags', null);
  const collecting = flags === ListFlags.COLLECTING_SET_UNREACHABLE_CLEAR || flags === ListFlags.COLLECTING_SET_UNREACHABLE_SET
    ? GcFlag.COLLECTING : 0;
  const unreachable = flags === ListFlags.COLLECTING_CLEAR_UNREACHABLE_SET || flags === ListFlags.COLLECTING_SET_UNREACHABLE_SET
    ? GcFlag.UNREACHABLE : 0;
  let prev = head;
  let gc = head.gcNext;
  while (gc !== head) {
    if (gc === null) invariantFailed('list is not circular', prev);
    if (gc.gcPrev !== prev) invariantFailed('prev link does not match', gc);
    if ((gc.gcFlags & GcFlag.COLLECTING) !== collecting) invariantFailed(`COLLECTING should be ${collecting ? 'set' : 'clear'}`, gc);
    if ((gc.gcFlags & GcFlag.UNREACHABLE) !== unreachable) invariantFailed(`UNREACHABLE should be ${unreachable ? 'set' : 'clear'}`, gc);
    prev = gc;
    gc = gc.gcNext;
  }
  if (head.gcPrev !== prev) invariantFailed('list head prev link does not match the last object', prev);
}

/** Every object in the generations and the permanent generation, each list checked. */
function allListsChecked(): PyObject[] {
  const heads = [...gcstate.generations.map((g) => g.head), gcstate.permanent.head];
  const objects: PyObject[] = [];
  for (const head of heads) {
    validateList(head, ListFlags.COLLECTING_CLEAR_UNREACHABLE_CLEAR);
    for (let gc = head.gcNext!; gc !== head; gc = gc.gcNext!) objects.push(gc);
  }
  return objects;
}

/**
 * Between collections: the lists are consistent and carry no collection flags, every tracked
 * object is in exactly one list with a positive refcount, and no count is negative.
 */
export function validateGenerations(): void {
  if (gcstate.collecting) invariantFailed('validation requested during a collection', null);
  for (const g of gcstate.generations) {
    if (g.count < 0) invariantFailed(`negative generation count ${g.count}`, null);
  }
  const seen = new Set<PyObject>();
  for (const o of allListsChecked()) {
    if (seen.has(o)) invariantFailed('object in two generation lists', o);
    seen.add(o);
    if (o.ob_refcnt <= 0) invariantFailed('tracked object with a non-positive refcount', o);
  }
}

/**
 * No tracked object refers to a freed GC object (refcount 0 after its deallocation): such a
 * reference means something reachable was freed, the failure the collector must never cause.
 * With `allReferents`, references to freed objects of any type are reported (a refcount bug
 * elsewhere in the kernel, harmless to the collector). Returns the number of references checked.
 */
export function validateHeap(allReferents = false): number {
  let checked = 0;
  for (const o of allListsChecked()) {
    const traverse = o.ob_type.tp_traverse;
    if (traverse === null) continue;
    traverse(o, (r) => {
      checked++;
      if (r.ob_refcnt > 0) return;
      if (allReferents || (r.ob_type.tp_flags & TPFlags.HAVE_GC) !== 0) {
        invariantFailed(`${o.ob_type.tp_name} at 0x${o.addr.toString(16)} refers to a freed object`, r);
      }
    });
  }
  return checked;
}
