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

/**
 * The garbage among `candidates` and what they reach: objects whose every reference comes from
 * other garbage. `stop` names objects not to examine (modules, type objects): they are held by
 * the interpreter anyway.
 *
 * The set is the candidates with the tracked objects they reach (stopping at `stop`, up to the
 * cap), made in one walk that also does update_refs and subtract_refs: an object joins with its
 * count, and each reference met from a member takes one off its target's (a target joins at
 * its first reference, so no reference is missed). `held` counts references from objects known
 * to be garbage outside the set: they are subtracted too.
 */
export function findUnreachable(candidates: Iterable<PyObject>, stop: (o: PyObject) => boolean, held?: ReadonlyMap<PyObject, number>): Set<PyObject> {
  const index = new Map<PyObject, number>();
  const list: PyObject[] = [];
  const refs: number[] = [];
  const join = (o: PyObject): number => {
    if (list.length >= Limit.MAX_SET || !tracked(o) || stop(o)) return -1;
    index.set(o, list.length);
    list.push(o);
    refs.push(held === undefined ? o.ob_refcnt : o.ob_refcnt - (held.get(o) ?? 0));
    return list.length - 1;
  };
  for (const c of candidates) if (!index.has(c)) join(c);
  const subtract = (r: PyObject): void => {
    let i = index.get(r);
    if (i === undefined) {
      i = join(r);
      if (i < 0) return;
    }
    refs[i]--;
  };
  for (let i = 0; i < list.length; i++) {
    const traverse = list[i].ob_type.tp_traverse;
    if (traverse !== null) traverse(list[i], subtract);
  }
  // move_unreachable: whatever an externally held object reaches is reachable.
  const reachable = new Uint8Array(list.length);
  const stack: number[] = [];
  const reach = (r: PyObject): void => {
    const j = index.get(r);
    if (j !== undefined && reachable[j] === 0) stack.push(j);
  };
  for (let i = 0; i < list.length; i++) if (refs[i] > 0) stack.push(i);
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (reachable[i] !== 0) continue;
    reachable[i] = 1;
    const traverse = list[i].ob_type.tp_traverse;
    if (traverse !== null) traverse(list[i], reach);
  }
  const garbage = new Set<PyObject>();
  for (let i = 0; i < list.length; i++) if (reachable[i] === 0) garbage.add(list[i]);
  return garbage;
}
