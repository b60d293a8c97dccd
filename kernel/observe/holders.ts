/**
 * NON-CPYTHON: who holds each drawn object: the references the drawn objects show as edges,
 * and the external references (kernel/protocol.ts ExternalRef) found by walking what is not
 * drawn.
 */
import type { ExternalKind, ExternalRef, ReferentKind } from '../protocol.ts';
import { type PyObject, PyTypeObject } from '../objects/pyobject.ts';
import { PyCodeObject } from '../objects/codeobject.ts';
import { PyFunctionObject } from '../objects/funcobject.ts';
import { PyTupleObject, PyTuple_Type } from '../objects/tupleobject.ts';
import { type PyListObject, PyList_Type } from '../objects/listobject.ts';
import { PyLong_Type } from '../objects/longobject.ts';
import { PyFloat_Type } from '../objects/floatobject.ts';
import { PyUnicode_Type } from '../objects/unicodeobject.ts';
import { PyBytes_Type } from '../objects/bytesobject.ts';
import { PyFrozenSet_Type } from '../objects/setobject.ts';
import { type RefSink, type Via, visitReferences } from './referents.ts';
import { typeNameOf } from './summary.ts';
import { type ExternalKeyValue, externalKey } from './timeline.ts';
import type { Drawing, Node } from './drawing.ts';


export class Holders {
  /**
   * True when, before the static objects' and a builtin call's shares were counted, every drawn
   * object that is neither static nor interned had all its holders found (no search was needed).
   */
  complete = false;

  /** The snapshot's externalRefs as they are made (plain records, handed out as they are). */
  readonly external = new Map<ExternalKeyValue, ExternalRef>();

  /**
   * The counts are kept on the drawn objects' nodes (one map lookup per reference found): a new
   * Holders starts them again.
   */
  constructor(
    private readonly nodes: Map<PyObject, Node>,
    private readonly list: readonly Node[],
  ) {
    for (const n of list) {
      n.shown = 0;
      n.externals = NONE;
    }
  }

  /** A counted reference to a drawn object: an edge or a frame binding. False if `target` is not drawn. */
  edge(target: PyObject): boolean {
    const n = this.nodes.get(target);
    if (n === undefined) return false;
    n.shown++;
    return true;
  }

  add(target: PyObject, kind: ExternalKind, count: number, note?: string, frame?: number): void {
    if (count === 0) return;
    const n = this.nodes.get(target);
    if (n !== undefined) this.addTo(n, kind, count, note, frame);
  }

  /** add() to a drawn object's node. */
  addTo(n: Node, kind: ExternalKind, count: number, note?: string, frame?: number): void {
    if (count === 0) return;
    // Found through the object's own entries: no key is made for an entry that exists (the
    // walks add one reference at a time, thousands to None or a small int).
    let list = n.externals;
    if (list !== NONE) {
      for (const e of list) {
        if (e.kind !== kind || e.frame !== frame) continue;
        e.count += count;
        if (note !== undefined && e.note !== undefined && e.note.length < 80 && !e.note.includes(note)) e.note += `, ${note}`;
        return;
      }
    } else {
      n.externals = list = [];
    }
    const ref: ExternalRef = { addr: n.o.addr, kind, count };
    if (note !== undefined) ref.note = note;
    if (frame !== undefined) ref.frame = frame;
    this.external.set(externalKey(ref), ref);
    list.push(ref);
  }

  explained(o: PyObject): number {
    const node = this.nodes.get(o);
    return node === undefined ? 0 : this.explainedAt(node);
  }

  /** explained() of a drawn object's node. */
  explainedAt(node: Node): number {
    let n = node.shown;
    for (const e of node.externals) n += e.count;
    return n;
  }

  /** The external entries of each object, in the order they were made. */
  externalOf(o: PyObject): readonly ExternalRef[] {
    return this.nodes.get(o)?.externals ?? NONE;
  }

  /** Drops the entries whose count fell to zero. */
  dropEmpty(): void {
    for (const [key, e] of this.external) if (e.count === 0) this.external.delete(key);
    for (const n of this.list) if (n.externals.some((e) => e.count === 0)) n.externals = n.externals.filter((e) => e.count !== 0);
  }
}

/** The shared empty list of a node without external references (never pushed to). */
const NONE: never[] = [];

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
  const walk = new UndrawnWalk(d, h, visited, stop);
  for (const o of start) walk.push(o, undefined);
  const queue = walk.queue;
  for (let i = 0; i < queue.length; i++) {
    const holder = queue[i];
    walk.begin(walk.inherited.get(holder) ?? { kind: kindFor(holder), note: noteFor(holder) });
    visitReferences(holder, walk);
  }
}

/**
 * Objects with no references to walk: ints, floats, strs and bytes of the exact builtin types,
 * empty lists and tuples (a long list's items left out of a drawing are often these).
 */
function holdsNothing(o: PyObject): boolean {
  const t = o.ob_type;
  if (t === PyLong_Type || t === PyFloat_Type || t === PyUnicode_Type || t === PyBytes_Type) return true;
  if (t === PyList_Type || t === PyTuple_Type) return (o as PyListObject | PyTupleObject).items.length === 0;
  return false;
}

interface Origin {
  kind: ExternalKind;
  note: string;
}

/**
 * The walk's queue and its sink: one object for the whole walk (a walk may visit tens of
 * thousands of objects; nothing is allocated per object but what it finds).
 */
class UndrawnWalk implements RefSink {
  readonly queue: PyObject[] = [];
  /** A constant container inside a code object's constants holds its items as constants too. */
  readonly inherited = new Map<PyObject, Origin>();
  private origin: Origin = { kind: 'hidden', note: '' };
  /** The inner objects met while visiting the current holder, and those of them drawn. */
  private inners: Set<PyObject> | null = null;
  private throughDrawn: Set<PyObject> | null = null;

  constructor(
    private readonly d: Drawing,
    private readonly h: Holders,
    private readonly visited: Set<PyObject>,
    private readonly stop: (o: PyObject) => boolean,
  ) {}

  push(o: PyObject, from: Origin | undefined): void {
    const visited = this.visited;
    if (holdsNothing(o) || o.ob_refcnt <= 0 || visited.has(o) || this.d.nodes.has(o) || this.stop(o) || visited.size >= Walk.MAX) return;
    visited.add(o);
    this.queue.push(o);
    if (from !== undefined && from.kind === 'consts' && (o instanceof PyTupleObject || o.ob_type === PyFrozenSet_Type)) this.inherited.set(o, from);
  }

  begin(origin: Origin): void {
    this.origin = origin;
    this.inners = null;
    this.throughDrawn = null;
  }

  private reach(t: PyObject): void {
    if (this.d.nodes.has(t)) this.h.add(t, this.origin.kind, 1, this.origin.note);
    else this.push(t, this.origin);
  }

  /**
   * A reference through an inner object that is drawn is one reference to that object; an
   * inner object walked on its own already (reached another way first) has been counted.
   */
  private reachVia(target: PyObject, via: Via | undefined): void {
    if (via === undefined) return this.reach(target);
    const inners = (this.inners ??= new Set());
    if (!inners.has(via.obj)) {
      if (this.visited.has(via.obj) && !this.d.nodes.has(via.obj)) return;
      inners.add(via.obj);
      this.visited.add(via.obj);
    }
    if (!this.d.nodes.has(via.obj)) return this.reach(target);
    const through = (this.throughDrawn ??= new Set());
    if (through.has(via.obj)) return;
    through.add(via.obj);
    this.h.add(via.obj, this.origin.kind, 1, this.origin.note);
  }

  ref(_kind: ReferentKind, _text: string, target: PyObject, via?: Via): void {
    this.reachVia(target, via);
  }

  entry(key: PyObject, value: PyObject): void {
    this.reach(key);
    this.reach(value);
  }

  weak(): void {}

  hidden(target: PyObject, _what: string, via?: Via): void {
    this.reachVia(target, via);
  }
}
