/**
 * NON-CPYTHON: the cyclic garbage a snapshot draws as `unreachable` (kernel/PROTOCOL.md,
 * "States"), found by kernel/observe/unreachable.ts over the right candidates.
 *
 * Garbage is listed in one order on every path: what was garbage at the previous step first,
 * in that step's order, then what became garbage since, by address. An object keeps its place
 * among the garbage from step to step, and the incremental path (FrozenGarbage) lists what the
 * reference path lists.
 */
import type { PyObject } from '../objects/pyobject.ts';
import { PyTypeObject } from '../objects/pyobject.ts';
import { PyFunctionObject } from '../objects/funcobject.ts';
import { getWeakrefCount } from '../objects/weakrefobject.ts';
import { gcstate, generationStats } from '../gc/gcstate.ts';
import { findUnreachable } from './unreachable.ts';
import { type Drawing, type World, isRuntime } from './drawing.ts';
import type { Holders } from './holders.ts';
import { needsRuntimeSearch } from './accounting.ts';
import type { ObserveState } from './snapshot.ts';

/**
 * The previous step's garbage, known not to have changed since: nothing the program runs can
 * reach cyclic garbage except through a weak reference, gc.get_objects or gc.get_referrers, or
 * a collection's finalizers (an object whose every reference comes from garbage is reached by
 * no frame). So while no member has a weak reference, the gc module handed out nothing, no
 * collection ran, and every member keeps its count, each member holds what it held and is
 * garbage still: the search only looks at what is not a member, and the members' drawing (rows
 * and summaries' facts) is the previous step's.
 */
export class FrozenGarbage {
  readonly set: Set<PyObject>;
  readonly counts: number[];
  /** References from members to objects that are not members, per object (the search subtracts them). */
  readonly out = new Map<PyObject, number>();
  private readonly collections = collectionCount();
  private readonly introspections = gcstate.introspections;

  /** null when some member has a weak reference (the program may reach it through one). */
  static of(members: PyObject[]): FrozenGarbage | null {
    return members.some(hasWeakrefs) ? null : new FrozenGarbage(members);
  }

  private constructor(readonly members: PyObject[]) {
    this.set = new Set(members);
    this.counts = members.map((o) => o.ob_refcnt);
    this.countOut(members);
  }

  /** Still as it was at the previous step (see the class comment)? */
  holds(): boolean {
    if (this.collections !== collectionCount() || this.introspections !== gcstate.introspections) return false;
    const m = this.members;
    for (let i = 0; i < m.length; i++) if (m[i].ob_refcnt !== this.counts[i] || m[i].gcNext === null) return false;
    return true;
  }

  /** Adds the garbage found since (false when one of it has a weak reference: then unusable). */
  extend(fresh: readonly PyObject[]): boolean {
    if (fresh.some(hasWeakrefs)) return false;
    for (const o of fresh) {
      this.set.add(o);
      this.members.push(o);
      this.counts.push(o.ob_refcnt);
    }
    this.countOut(fresh);
    // What older members held that is garbage now is a member: no longer a reference out.
    for (const o of fresh) this.out.delete(o);
    return true;
  }

  private countOut(members: readonly PyObject[]): void {
    const add = (r: PyObject): void => {
      if (!this.set.has(r)) this.out.set(r, (this.out.get(r) ?? 0) + 1);
    };
    for (const o of members) o.ob_type.tp_traverse?.(o, add);
  }
}

function hasWeakrefs(o: PyObject): boolean {
  return getWeakrefCount(o) > 0;
}

function collectionCount(): number {
  return generationStats[0].collections + generationStats[1].collections + generationStats[2].collections;
}

/**
 * Finds the cyclic garbage and draws it `unreachable`: the collector's unreachable list while a
 * collection runs; otherwise the previous step's garbage when it is known unchanged and a
 * search of the rest, or a search of everything (the reference path always searches everything).
 */
export function markGarbage(state: ObserveState, w: World, d: Drawing, incremental: boolean): void {
  if (gcstate.collecting) {
    // The collector's own lists say what is garbage (its gc_refs are in use).
    state.frozen = null;
    for (const g of state.collectionGarbage) {
      if (g.ob_refcnt <= 0) continue;
      const n = d.nodes.get(g);
      if (n !== undefined) n.state = 'unreachable';
      else d.want(g, 'unreachable');
    }
    d.expand();
    return;
  }
  const frozen = incremental ? state.frozen : null;
  let garbage: PyObject[];
  if (frozen !== null && frozen.holds()) {
    d.replayFrom(state.nodes, frozen.set);
    garbage = garbageSince(state, frozen, w, d);
  } else garbage = allGarbage(state, w, d, incremental);
  state.garbage = garbage;
  if (garbage.length > 0) drawGarbage(d, garbage);
}

/**
 * The young generation, what was drawn before, what only suspended generators reach; what the
 * thread's frames reach is left out (held from outside the set: never garbage).
 */
function candidates(state: ObserveState, d: Drawing, leaveOut: (o: PyObject) => boolean): PyObject[] {
  const out: PyObject[] = [];
  const head = gcstate.generations[0].head;
  for (let o = head.gcNext; o !== null && o !== head; o = o.gcNext) if (!leaveOut(o)) out.push(o);
  for (const o of state.previous.keys()) if (!leaveOut(o)) out.push(o);
  for (const n of d.list) if (!n.reached && !leaveOut(n.o)) out.push(n.o);
  return out;
}

/** Every garbage object, searched for afresh; in the order of the module comment. */
function allGarbage(state: ObserveState, w: World, d: Drawing, incremental: boolean): PyObject[] {
  const reachable = (o: PyObject): boolean => d.isReachable(o);
  const found = findUnreachable(candidates(state, d, reachable), (o) => reachable(o) || isRuntime(o, w) || o === w.main);
  const before = state.garbage.filter((o) => found.has(o));
  const kept = new Set(before);
  const garbage = before.concat(byAddress([...found].filter((o) => !kept.has(o))));
  state.frozen = incremental && garbage.length > 0 ? FrozenGarbage.of(garbage) : null;
  return garbage;
}

/** The frozen members, then the garbage among the rest (held from the members counts as from garbage). */
function garbageSince(state: ObserveState, frozen: FrozenGarbage, w: World, d: Drawing): PyObject[] {
  const members = frozen.set;
  const leaveOut = (o: PyObject): boolean => members.has(o) || d.isReachable(o);
  const list = candidates(state, d, leaveOut);
  for (const o of frozen.out.keys()) if (!leaveOut(o)) list.push(o);
  const found = findUnreachable(list, (o) => leaveOut(o) || isRuntime(o, w) || o === w.main, frozen.out);
  if (found.size === 0) return frozen.members;
  const fresh = byAddress([...found]);
  if (!frozen.extend(fresh)) {
    state.frozen = null;
    return frozen.members.concat(fresh);
  }
  return frozen.members;
}

function byAddress(objects: PyObject[]): PyObject[] {
  return objects.sort((a, b) => a.addr - b.addr);
}

/** Draws garbage as unreachable: classes and functions first, their inner dicts and tuples not as boxes. */
function drawGarbage(d: Drawing, garbage: readonly PyObject[]): void {
  // Drawn already and garbage: drawn, but not through the frames (reached through a weak reference...).
  if (d.list.some((n) => !n.reached)) {
    for (const g of garbage) {
      const n = d.nodes.get(g);
      if (n !== undefined) n.state = 'unreachable';
    }
  }
  const outer = garbage.filter((g) => g instanceof PyTypeObject || g instanceof PyFunctionObject);
  for (const g of outer) d.want(g, 'unreachable');
  d.expand();
  const inners = d.inners.size > 0;
  for (const g of garbage) {
    if (inners && d.inners.has(g)) continue;
    // A frame object or another undrawn object in a cycle: its references still count.
    if (!d.wantDrawn(g, 'unreachable')) d.undrawnGarbage.push(g);
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
  const garbage = findUnreachable(candidates, (o) => d.isReachable(o) || isRuntime(o, w) || o === w.main);
  if (garbage.size === 0) return false;
  drawGarbage(d, [...garbage]);
  return true;
}
