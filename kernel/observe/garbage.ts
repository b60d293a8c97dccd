/**
 * NON-CPYTHON: the cyclic garbage a snapshot draws as `unreachable` (kernel/PROTOCOL.md,
 * "States"), found by kernel/observe/unreachable.ts over the right candidates.
 */
import type { PyObject } from '../objects/pyobject.ts';
import { PyTypeObject } from '../objects/pyobject.ts';
import { PyFunctionObject } from '../objects/funcobject.ts';
import { gcstate } from '../gc/gcstate.ts';
import { findUnreachable } from './unreachable.ts';
import { type Drawing, type World, isRuntime } from './drawing.ts';
import type { Holders } from './holders.ts';
import { needsRuntimeSearch } from './accounting.ts';
import type { ObserveState } from './snapshot.ts';

export function markGarbage(state: ObserveState, w: World, d: Drawing): void {
  if (gcstate.collecting) {
    // The collector's own lists say what is garbage (its gc_refs are in use).
    for (const g of state.collectionGarbage) {
      if (g.ob_refcnt <= 0) continue;
      const n = d.nodes.get(g);
      if (n !== undefined) n.state = 'unreachable';
      else d.want(g, 'unreachable');
    }
    d.expand();
    return;
  }
  // The young generation, what was drawn before, what only suspended generators reach; what
  // the thread's frames reach is left out (held from outside the set: never garbage).
  // (What the frames reach is left out here already: `stop` would leave it out anyway.)
  const candidates: PyObject[] = [];
  const reachable = d.reachable;
  const head = gcstate.generations[0].head;
  for (let o = head.gcNext; o !== null && o !== head; o = o.gcNext) if (!reachable.has(o)) candidates.push(o);
  for (const o of state.previous.keys()) if (!reachable.has(o)) candidates.push(o);
  for (const o of d.nodes.keys()) if (!reachable.has(o)) candidates.push(o);
  const stop = (o: PyObject): boolean => d.reachable.has(o) || isRuntime(o, w) || o === w.main;
  const garbage = findUnreachable(candidates, stop);
  if (garbage.size > 0) drawGarbage(d, garbage);
}

/** Draws garbage as unreachable: classes and functions first, their inner dicts and tuples not as boxes. */
function drawGarbage(d: Drawing, garbage: Set<PyObject>): void {
  for (const g of garbage) {
    const n = d.nodes.get(g);
    if (n !== undefined) n.state = 'unreachable';
  }
  const outer = [...garbage].filter((g) => g instanceof PyTypeObject || g instanceof PyFunctionObject);
  for (const g of outer) d.want(g, 'unreachable');
  d.expand();
  for (const g of garbage) {
    if (d.inners.has(g) || d.nodes.has(g)) continue;
    d.want(g, 'unreachable');
    // A frame object or another undrawn object in a cycle: its references still count.
    if (!d.nodes.has(g)) d.undrawnGarbage.push(g);
  }
  d.expand();
}

/**
 * A drawn object with holders still unexplained may be held by garbage that was never drawn (a
 * cycle released from gc.garbage, one made inside a library call, now in an older generation):
 * then every generation is searched, and the garbage found is drawn. True if some was found.
 * Not while a builtin call is in progress (see needsRuntimeSearch).
 */
export function findOldGarbage(w: World, d: Drawing, h: Holders, builtinCall: boolean): boolean {
  if (gcstate.collecting || builtinCall || h.complete || !needsRuntimeSearch(d, h)) return false;
  const candidates: PyObject[] = [];
  for (const g of [...gcstate.generations, gcstate.permanent]) {
    for (let o = g.head.gcNext; o !== null && o !== g.head; o = o.gcNext) if (!d.nodes.has(o)) candidates.push(o);
  }
  const garbage = findUnreachable(candidates, (o) => d.reachable.has(o) || isRuntime(o, w) || o === w.main);
  if (garbage.size === 0) return false;
  drawGarbage(d, garbage);
  return true;
}
