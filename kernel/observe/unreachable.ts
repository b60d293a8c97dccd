/**
 * NON-CPYTHON: which objects are cyclic garbage right now, found the way the collector finds
 * them but without touching its state.
 * CPython 3.11: Modules/gcmodule.c deduce_unreachable (update_refs, subtract_refs,
 * move_unreachable), run over a set of candidates with the counts kept in a Map instead of in
 * the objects' gc_refs.
 *
 * Only tracked objects take part, as in the collector. A candidate's closure is added (so that a
 * whole cycle is examined) up to a cap; an object left out of the set counts as a holder from
 * outside, so a cut set can only miss garbage, never call a live object garbage.
 */
import type { PyObject } from '../objects/pyobject.ts';

const enum Limit {
  /** Objects examined at most. */
  MAX_SET = 20_000,
}

function tracked(o: PyObject): boolean {
  return o.gcNext !== null && o.ob_refcnt > 0;
}

/** The candidates with the tracked objects they reach (stopping at `stop`, up to the cap). */
function closure(candidates: Iterable<PyObject>, stop: (o: PyObject) => boolean): PyObject[] {
  const set = new Set<PyObject>();
  const list: PyObject[] = [];
  const add = (o: PyObject): void => {
    if (set.size >= Limit.MAX_SET || set.has(o) || !tracked(o) || stop(o)) return;
    set.add(o);
    list.push(o);
  };
  for (const c of candidates) add(c);
  for (let i = 0; i < list.length; i++) {
    const traverse = list[i].ob_type.tp_traverse;
    if (traverse !== null) traverse(list[i], add);
  }
  return list;
}

/**
 * The garbage among `candidates` and what they reach: objects whose every reference comes from
 * other garbage. `stop` names objects not to examine (modules, type objects): they are held by
 * the interpreter anyway.
 */
export function findUnreachable(candidates: Iterable<PyObject>, stop: (o: PyObject) => boolean): Set<PyObject> {
  const list = closure(candidates, stop);
  const refs = new Map<PyObject, number>();
  for (const o of list) refs.set(o, o.ob_refcnt);
  // subtract_refs
  for (const o of list) {
    const traverse = o.ob_type.tp_traverse;
    if (traverse === null) continue;
    traverse(o, (r) => {
      const n = refs.get(r);
      if (n !== undefined) refs.set(r, n - 1);
    });
  }
  // move_unreachable: whatever an externally held object reaches is reachable.
  const reachable = new Set<PyObject>();
  const stack: PyObject[] = [];
  for (const o of list) if (refs.get(o)! > 0) stack.push(o);
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (reachable.has(o)) continue;
    reachable.add(o);
    const traverse = o.ob_type.tp_traverse;
    if (traverse === null) continue;
    traverse(o, (r) => {
      if (refs.has(r) && !reachable.has(r)) stack.push(r);
    });
  }
  const garbage = new Set<PyObject>();
  for (const o of list) if (!reachable.has(o)) garbage.add(o);
  return garbage;
}
