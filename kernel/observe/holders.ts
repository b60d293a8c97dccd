/**
 * NON-CPYTHON: who holds each drawn object: the references the drawn objects show as edges,
 * and the external references (kernel/protocol.ts ExternalRef) found by walking what is not
 * drawn.
 */
import type { ExternalKind, ExternalRef } from '../protocol.ts';
import { type PyObject, PyTypeObject } from '../objects/pyobject.ts';
import { PyCodeObject } from '../objects/codeobject.ts';
import { PyFunctionObject } from '../objects/funcobject.ts';
import { PyTupleObject } from '../objects/tupleobject.ts';
import { PyFrozenSet_Type } from '../objects/setobject.ts';
import { type Via, visitReferences } from './referents.ts';
import { typeNameOf } from './summary.ts';
import type { Drawing, Node } from './drawing.ts';


export class Holders {
  /** Counted references to drawn objects: edges and frame bindings. */
  readonly shown = new Map<PyObject, number>();
  readonly external = new Map<string, ExternalRef & { obj: PyObject }>();

  constructor(private readonly nodes: Map<PyObject, Node>) {}

  edge(target: PyObject): void {
    if (this.nodes.has(target)) this.shown.set(target, (this.shown.get(target) ?? 0) + 1);
  }

  add(target: PyObject, kind: ExternalKind, count: number, note?: string, frame?: number): void {
    if (!this.nodes.has(target) || count === 0) return;
    const key = `${target.addr}:${kind}:${frame ?? ''}`;
    const e = this.external.get(key);
    if (e !== undefined) {
      e.count += count;
      if (note !== undefined && e.note !== undefined && !e.note.includes(note) && e.note.length < 80) e.note += `, ${note}`;
      return;
    }
    const ref: ExternalRef & { obj: PyObject } = { obj: target, addr: target.addr, kind, count };
    if (note !== undefined) ref.note = note;
    if (frame !== undefined) ref.frame = frame;
    this.external.set(key, ref);
  }

  explained(o: PyObject): number {
    let n = this.shown.get(o) ?? 0;
    for (const e of this.externalOf(o)) n += e.count;
    return n;
  }

  private byObject: Map<PyObject, (ExternalRef & { obj: PyObject })[]> | null = null;

  externalOf(o: PyObject): (ExternalRef & { obj: PyObject })[] {
    if (this.byObject === null) {
      this.byObject = new Map();
      for (const e of this.external.values()) {
        const l = this.byObject.get(e.obj);
        if (l === undefined) this.byObject.set(e.obj, [e]);
        else l.push(e);
      }
    }
    return this.byObject.get(o) ?? [];
  }

  invalidate(): void {
    this.byObject = null;
  }
}

export function describeHolder(h: PyObject): string {
  if (h instanceof PyCodeObject) return h.name.s;
  if (h instanceof PyFunctionObject) return `function ${h.qualname.s}`;
  if (h instanceof PyTypeObject) return `class ${typeNameOf(h)}`;
  return typeNameOf(h);
}

const enum Walk {
  /** Undrawn objects examined at most when looking for holders. */
  MAX = 50_000,
}

/**
 * Walks the undrawn objects next to the drawn ones (code objects, a class's descriptors, a
 * traceback's frames...) and counts their references to drawn objects: `consts` for code
 * objects, `hidden` for the rest. Stops at the interpreter's modules and builtin types.
 */
export function walkUndrawn(start: PyObject[], d: Drawing, h: Holders, visited: Set<PyObject>, stop: (o: PyObject) => boolean, kindFor: (o: PyObject) => ExternalKind, noteFor: (o: PyObject) => string): void {
  const queue: PyObject[] = [];
  /** A constant container inside a code object's constants holds its items as constants too. */
  const inherited = new Map<PyObject, { kind: ExternalKind; note: string }>();
  const push = (o: PyObject, from?: { kind: ExternalKind; note: string }): void => {
    if (o.ob_refcnt <= 0 || visited.has(o) || d.nodes.has(o) || stop(o) || visited.size >= Walk.MAX) return;
    visited.add(o);
    queue.push(o);
    if (from !== undefined && from.kind === 'consts' && (o instanceof PyTupleObject || o.ob_type === PyFrozenSet_Type)) inherited.set(o, from);
  };
  for (const o of start) push(o);
  for (let i = 0; i < queue.length; i++) {
    const holder = queue[i];
    const origin = inherited.get(holder) ?? { kind: kindFor(holder), note: noteFor(holder) };
    const { kind, note } = origin;
    const reach = (t: PyObject): void => {
      if (d.nodes.has(t)) h.add(t, kind, 1, note);
      else push(t, origin);
    };
    // A reference through an inner object that is drawn is one reference to that object; an
    // inner object walked on its own already (reached another way first) has been counted.
    const throughDrawn = new Set<PyObject>();
    const inners = new Set<PyObject>();
    const reachVia = (target: PyObject, via: Via | undefined): void => {
      if (via === undefined) return reach(target);
      if (!inners.has(via.obj)) {
        if (visited.has(via.obj) && !d.nodes.has(via.obj)) return;
        inners.add(via.obj);
        visited.add(via.obj);
      }
      if (!d.nodes.has(via.obj)) return reach(target);
      if (throughDrawn.has(via.obj)) return;
      throughDrawn.add(via.obj);
      h.add(via.obj, kind, 1, note);
    };
    visitReferences(holder, {
      ref: (_k, _t, target, via) => reachVia(target, via),
      entry: (key, value) => {
        reach(key);
        reach(value);
      },
      weak: () => {},
      hidden: (target, _w, via) => reachVia(target, via),
    });
  }
}
