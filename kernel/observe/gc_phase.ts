/**
 * NON-CPYTHON: a collector report (kernel/gc/observer.ts) as the collector view's data
 * (kernel/protocol.ts GcPhaseSnapshot).
 * CPython 3.11: Modules/gcmodule.c gc_collect_main: update_refs, subtract_refs,
 * move_unreachable, finalize_garbage, delete_garbage, then the merge into the older generation.
 *
 * The collected generation may hold the whole interpreter (a full collection): only the
 * objects a diagram is about are listed, those `interesting` says (the drawn ones) and every
 * unreachable or freed one.
 */
import type { GcGeneration, GcList, GcObjectSnapshot, GcPhase, GcPhaseSnapshot, Referent } from '../protocol.ts';
import { PROTOCOL_VERSION } from '../protocol.ts';
import type { PyObject } from '../objects/pyobject.ts';
import type { CollectReport, CollectStep } from '../gc/observer.ts';
import { visitReferences } from './referents.ts';
import { summarize, typeNameOf } from './summary.ts';

/** The protocol's phase for a collector step; null for the steps the view does not show. */
export function phaseOf(step: CollectStep): GcPhase | null {
  switch (step) {
    case 'update_refs':
    case 'subtract_refs':
    case 'move_unreachable':
    case 'done':
      return step;
    // finalize_start: the finalizers' own steps (lines of __del__) show the finalize phase.
    case 'finalize_start':
    case 'finalize_garbage':
      return 'finalize';
    case 'delete_garbage':
      return 'clear';
    default:
      return null;
  }
}

/** The strong references of an object as rows (labels as in the heap view). */
export function referentRows(o: PyObject): Referent[] {
  const rows: Referent[] = [];
  visitReferences(o, {
    ref: (kind, text, target) => void rows.push({ label: { kind, text }, addr: target.addr }),
    entry: (key, value) => {
      const text = summarize(key);
      rows.push({ label: { kind: 'key', text }, addr: key.addr });
      rows.push({ label: { kind: 'value', text }, addr: value.addr });
    },
    weak: () => {},
    hidden: () => {},
  });
  return rows;
}

function entry(o: PyObject, gcRefs: number | null, list: GcList, finalized: Set<PyObject>): GcObjectSnapshot {
  return {
    addr: o.addr,
    type: typeNameOf(o),
    summary: o.ob_refcnt > 0 ? summarize(o) : `<${typeNameOf(o)} object>`,
    refcount: o.ob_refcnt,
    gcRefs,
    list,
    finalized: finalized.has(o),
    referents: o.ob_refcnt > 0 ? referentRows(o) : [],
  };
}

export function gcPhaseSnapshot(r: CollectReport, phase: GcPhase, interesting: (o: PyObject) => boolean, older: readonly PyObject[] = []): GcPhaseSnapshot {
  const finalized = new Set(r.finalized);
  const objects: GcObjectSnapshot[] = [];
  const seen = new Set<PyObject>();
  const youngList: GcList = phase === 'move_unreachable' ? 'reachable' : 'young';
  for (const e of r.young) {
    if (!interesting(e.object)) continue;
    seen.add(e.object);
    objects.push(entry(e.object, e.gcRefs, youngList, finalized));
  }
  for (const e of r.unreachable) {
    seen.add(e.object);
    objects.push(entry(e.object, e.gcRefs, 'unreachable', finalized));
  }
  for (const o of r.freed) {
    if (seen.has(o)) continue;
    seen.add(o);
    objects.push(entry(o, 0, 'freed', finalized));
  }
  // At `done` the survivors have joined the next older generation.
  for (const o of older) {
    if (seen.has(o) || o.ob_refcnt <= 0) continue;
    seen.add(o);
    objects.push(entry(o, null, 'older', finalized));
  }
  return {
    version: PROTOCOL_VERSION,
    generation: r.generation as GcGeneration,
    phase,
    objects,
    collected: r.collected,
    uncollectable: r.uncollectable,
  };
}
