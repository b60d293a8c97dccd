/**
 * NON-CPYTHON: the heap snapshot extractor (kernel/PROTOCOL.md). It reads the live interpreter
 * and returns plain data: the frames, the objects to draw with their counts, referents and
 * states, the references no drawn object explains, the allocator and the collector.
 *
 * What is drawn: every object reachable from the frames' names and value stacks and from the
 * `__main__` globals the program made (not the dunder ones), following referents but never
 * entering the interpreter's own objects (modules and their dicts, code objects, builtin types
 * and functions, descriptors, frame and traceback objects); functions and classes of other
 * modules are drawn without their contents; then the cyclic garbage (unreachable objects) and
 * the objects freed since the previous snapshot. See `SnapshotOptions` for the caps.
 *
 * Extraction never runs Python code, never allocates a kernel object in the program's heap and
 * never changes a count: an observed run is the same run.
 */
import type { FrameSnapshot, GcPhaseSnapshot, GcState, HeapEvent, HeapSnapshot, ObjectSnapshot, Referent, StepInfo } from '../protocol.ts';
import { PROTOCOL_VERSION } from '../protocol.ts';
import { type PyObject, TPFlags } from '../objects/pyobject.ts';
import { PyFloatObject } from '../objects/floatobject.ts';
import type { Frame } from '../vm/frame.ts';
import { tstate } from '../vm/state.ts';
import { GcFlag, gcstate } from '../gc/gcstate.ts';
import { suspendedFrameOf } from './referents.ts';
import { summarize, typeNameOf } from './summary.ts';
import { SummaryMemo } from './summary_memo.ts';
import { sizeOf } from './sizeof.ts';
import { blockOf, forEachYoung, lengthOf, objectFlags } from './object_info.ts';
import { type FrameRecord, FrameIds, frameRecord, mainRecord, threadFrames } from './frames.ts';
import { allocatorState } from './allocator_state.ts';
import { Drawing, type Node, type World, world } from './drawing.ts';
import { account, builtinCallFrame } from './accounting.ts';
import { type FrozenGarbage, findOldGarbage, markGarbage } from './garbage.ts';
import { type ObjectChanges, registerExternalIndex, registerObjectChanges } from './timeline.ts';

export interface SnapshotOptions {
  /** Include pymalloc's state (the allocator view needs it). Default false. */
  allocator?: boolean;
  /** Objects drawn at most (default 2,000); what is left out is counted as `hidden`. */
  maxObjects?: number;
  /** Referents listed per object at most (default 1,000); the rest are `omittedReferents`. */
  maxReferents?: number;
  /**
   * When a drawn object's count is not explained by the objects around it, look for its holders
   * in the whole interpreter (every module, every type). Default true.
   */
  searchRuntime?: boolean;
  /**
   * Reuse what the previous step computed where it is known not to have changed (default
   * true). false is the reference path: everything made again, for tests that compare both.
   */
  incremental?: boolean;
}

/** What an extractor keeps from one snapshot to the next (one per interpreter being observed). */
export class ObserveState {
  readonly frameIds = new FrameIds();
  /** Summaries of the objects drawn, kept from step to step (the incremental path). */
  readonly summaries = new SummaryMemo();
  /** The objects of the previous snapshot, by object. */
  previous = new Map<PyObject, ObjectSnapshot>();
  /** The previous snapshot's objects list (what its successor's ObjectChanges are from). */
  objects: readonly ObjectSnapshot[] = [];
  /**
   * Objects of the previous snapshot freed since (state `freed`); `reused` once a free list
   * handed the same object out again (a new object at the freed one's address).
   */
  freed: { obj: PyObject; snapshot: ObjectSnapshot; reused?: true }[] = [];
  /** The running collection's phase, while one is observed. */
  collection: GcPhaseSnapshot | null = null;
  /** The running collection's unreachable objects (drawn as such while it runs). */
  collectionGarbage: PyObject[] = [];
  /**
   * Drawn objects whose deallocation runs (fine dealloc steps): what each held when it started
   * freeing. Their items stay drawn, and what they have not released yet is `hidden` "being
   * freed" (a cascade: list_dealloc releasing its items one by one).
   */
  dying: Dying[] = [];
  /** The previous step's garbage, in drawing order (garbage.ts). */
  garbage: PyObject[] = [];
  /** The previous step's garbage while it is known unchanged (the incremental path). */
  frozen: FrozenGarbage | null = null;
  /** The previous step's drawing (the incremental path: unchanged garbage takes its rows). */
  nodes: ReadonlyMap<PyObject, Node> = NO_NODES;
  /** The program's file, for a snapshot taken when no frame runs. */
  filename = '<string>';
  lastLine = 0;

  /** Called before an object is deallocated: an object of the last snapshot becomes `freed`. */
  noteDealloc(o: PyObject): void {
    if (this.frozen?.set.has(o)) this.frozen = null;
    const s = this.previous.get(o);
    if (s === undefined || s.state === 'freed') return;
    this.previous.delete(o);
    this.freed.push({ obj: o, snapshot: { ...s, refcount: 0, referents: [], weakReferents: [], state: 'freed' } });
  }

  /** Called when a free list hands an object out again: a freed one stays freed. */
  noteReuse(o: PyObject): void {
    for (const f of this.freed) if (f.obj === o) f.reused = true;
  }
}

export interface Dying {
  obj: PyObject;
  /** Who it is, for the notes: 'list being freed'. */
  note: string;
  /** The objects it held when its deallocation started, once per reference. */
  targets: PyObject[];
}

// ---------------------------------------------------------------------------------------------
// The snapshot

export interface StepContext {
  index?: number;
  event?: HeapEvent | null;
  /**
   * The line and file the step belongs to, when not the innermost frame's current line: a
   * refcount step is in the line of the instruction that made the change (the frame is at the
   * next one already); null before the first line.
   */
  where?: { line: number | null; filename: string };
}

/** Takes a snapshot of the running interpreter. */
export function takeSnapshot(state: ObserveState, opts: SnapshotOptions = {}, step: StepContext = {}): HeapSnapshot {
  const incremental = opts.incremental ?? true;
  const w = world();
  const d = new Drawing(w, opts.maxObjects ?? 2000, opts.maxReferents ?? 1000, incremental ? state.previous : undefined);
  const frames = collectFrames(state, w, d);
  // What objects being freed still hold is alive: drawn (not reachable from the frames).
  for (const x of state.dying) for (const t of x.targets) d.want(t);
  d.expand();
  markGarbage(state, w, d, incremental);
  // Generators found in the garbage have suspended frames too.
  addSuspended(state, w, d, frames, new Set(frames.map((r) => r.frame).filter((f): f is Frame => f !== null)));
  let h = account(d, frames, w, opts.searchRuntime ?? true, state.dying);
  if (findOldGarbage(w, d, h, builtinCallFrame(frames) !== null)) h = account(d, frames, w, opts.searchRuntime ?? true, state.dying);
  const nodes = d.nodes;
  forEachYoung((o, g) => {
    const n = nodes.get(o);
    if (n !== undefined) n.generation = g;
  });
  const previous = new Map<PyObject, ObjectSnapshot>();
  const objects: ObjectSnapshot[] = [];
  const fresh: ObjectSnapshot[] = [];
  /** Drawn objects that were drawn in the previous snapshot (and not freed since). */
  let kept = 0;
  for (const n of d.list) {
    const before = incremental ? n.before : state.previous.get(n.o);
    const s = objectSnapshot(n, before, incremental, state.summaries);
    n.record = s;
    objects.push(s);
    previous.set(n.o, s);
    if (before !== undefined) kept++;
    if (s !== before) fresh.push(s);
  }
  const live = objects.length;
  // A freed object drawn again is alive after all (its __del__ runs, or resurrected it), unless
  // a free list handed it out again: then the drawn one is a new object at the same address.
  for (const f of state.freed) if (f.reused === true || !previous.has(f.obj)) objects.push(f.snapshot);
  if (incremental) registerObjectChanges(objects, objectChanges(state, previous, kept, objects, fresh, live));
  const inner = frames.length > 0 ? frames.filter((f) => !f.snapshot.suspended).pop() : undefined;
  const line = step.where !== undefined ? step.where.line : inner?.frame == null ? null : inner.snapshot.line;
  if (line !== null) state.lastLine = line;
  const externalRefs = [...h.external.values()];
  if (incremental) registerExternalIndex(externalRefs, h.external);
  const snapshot: HeapSnapshot = {
    version: PROTOCOL_VERSION,
    step: { index: step.index ?? 0, line, filename: step.where?.filename ?? inner?.snapshot.filename ?? state.filename, event: step.event ?? null } satisfies StepInfo,
    frames: frames.map((f) => f.snapshot),
    objects,
    externalRefs,
    allocator: opts.allocator ? allocatorState() : null,
    gc: gcState(state),
  };
  if (state.collection !== null) snapshot.collection = state.collection;
  state.previous = previous;
  state.objects = objects;
  state.nodes = incremental ? d.nodes : NO_NODES;
  state.freed = [];
  return snapshot;
}

/**
 * What this snapshot's objects changed since the previous snapshot's (timeline.ts
 * ObjectChanges): the addresses that may have gone are those of the objects freed since and of
 * the previous snapshot's objects not drawn now (looked for only when some are not).
 */
function objectChanges(state: ObserveState, previous: Map<PyObject, ObjectSnapshot>, kept: number, objects: ObjectSnapshot[], fresh: ObjectSnapshot[], live: number): ObjectChanges {
  const gone = new Set<number>();
  for (const f of state.freed) gone.add(f.snapshot.addr);
  if (state.previous.size > kept) for (const [o, s] of state.previous) if (!previous.has(o)) gone.add(s.addr);
  return { basis: state.objects, basisLive: state.previous.size + state.freed.length, live, fresh, freed: objects.slice(live), gone };
}

/** The thread's frames, then suspended generator frames as their generators are found. */
function collectFrames(state: ObserveState, w: World, d: Drawing): FrameRecord[] {
  const records: FrameRecord[] = [];
  const thread = threadFrames();
  let mainRunning = false;
  for (const f of thread) {
    const r = frameRecord(f, state.frameIds.of(f, w.main), false);
    if (r.snapshot.id === FrameIds.MAIN) mainRunning = true;
    records.push(r);
  }
  if (!mainRunning && w.main !== null) records.unshift(mainRecord(w.main, state.filename, state.lastLine));
  const roots: (PyObject | null)[] = [];
  for (const r of records) wantFrame(d, r, roots);
  // The exception being handled (sys.exc_info()): the program can still reach it.
  for (const e of tstate.excInfo) {
    d.want(e);
    roots.push(e);
  }
  d.expand();
  markReachable(d, roots);
  addSuspended(state, w, d, records, new Set(thread));
  return records;
}

/**
 * What the thread's frames reach through strong references is reachable: no garbage search
 * needs to look at it. That is also what reachable objects hold without rows (a long list's
 * items left out) and what the cap left undrawn. An object drawn only because a weak reference
 * points at it may be garbage all the same.
 */
function markReachable(d: Drawing, roots: readonly (PyObject | null)[]): void {
  const nodes = d.nodes;
  const others = d.reachedElse;
  for (const o of d.capped) others.add(o);
  if (d.drawnThroughWeak === 0) {
    // Every drawn object was reached through strong references.
    for (const n of d.list) {
      n.reached = true;
      for (const h of n.hidden) if (!nodes.has(h.target)) others.add(h.target);
    }
    return;
  }
  const stack: Node[] = [];
  const reach = (o: PyObject): void => {
    const n = nodes.get(o);
    if (n === undefined) others.add(o);
    else if (!n.reached) {
      n.reached = true;
      stack.push(n);
    }
  };
  for (const o of roots) if (o !== null && nodes.has(o)) reach(o);
  while (stack.length > 0) {
    const n = stack.pop()!;
    for (const t of n.targets) reach(t);
    for (const h of n.hidden) reach(h.target);
  }
}

function wantFrame(d: Drawing, r: FrameRecord, roots?: (PyObject | null)[]): void {
  if (r.namespace !== null) d.wantNamespace(r.namespace);
  for (const t of r.targets) d.want(t);
  const f = r.frame;
  if (roots !== undefined) {
    if (r.namespace !== null) roots.push(r.namespace);
    for (const t of r.targets) roots.push(t);
    if (f !== null) for (let i = 0; i < f.sp; i++) roots.push(f.stack[i]);
  }
  if (f === null) return;
  for (let i = 0; i < f.sp; i++) d.want(f.stack[i]);
}

function addSuspended(state: ObserveState, w: World, d: Drawing, records: FrameRecord[], seen: Set<Frame>): void {
  for (let grew = true; grew; ) {
    grew = false;
    // The generators drawn when the round starts, in drawing order (the round may draw more).
    const gens = d.generators.slice();
    for (const g of gens) {
      const f = suspendedFrameOf(g);
      if (f === null || seen.has(f)) continue;
      seen.add(f);
      const r = frameRecord(f, state.frameIds.of(f, w.main), true);
      records.push(r);
      wantFrame(d, r);
      grew = true;
    }
    d.expand();
  }
}

/** The reference path keeps no drawing from step to step. */
const NO_NODES: ReadonlyMap<PyObject, Node> = new Map();

/** What a record says of an object besides its count, state, generation and rows. */
interface Fixed {
  type: string;
  size: number;
  flags: ObjectSnapshot['flags'];
  summary: string;
  length: number | undefined;
  block: number | null;
}

/** Per object of an immutable scalar type; a float from the free list is a new value, checked. */
const fixedCache = new WeakMap<PyObject, Fixed & { value: unknown }>();

function scalarValue(o: PyObject): unknown {
  return o instanceof PyFloatObject ? o.v : o.ob_type;
}

/** The facts of `o`; its summary from `memo` when one is given (the incremental path). */
function fixedFacts(o: PyObject, memo: SummaryMemo | null): Fixed {
  const immutable = isImmutableScalar(o);
  if (immutable) {
    const c = fixedCache.get(o);
    if (c !== undefined && c.value === scalarValue(o) && c.block === blockOf(o)) return c;
  }
  const f: Fixed = { type: typeNameOf(o), size: sizeOf(o), flags: objectFlags(o), summary: immutable || memo === null ? summarize(o) : memo.summarize(o), length: lengthOf(o), block: blockOf(o) };
  if (immutable) fixedCache.set(o, { ...f, value: scalarValue(o) });
  return f;
}

function factsOf(s: ObjectSnapshot, summary: string): Fixed {
  return { type: s.type, size: s.size, flags: s.flags, summary, length: s.length, block: s.block ?? null };
}

const SCALARS = new Set(['int', 'bool', 'float', 'complex', 'str', 'bytes', 'NoneType', 'ellipsis', 'NotImplementedType']);

function isImmutableScalar(o: PyObject): boolean {
  const t = o.ob_type;
  if ((t.tp_flags & TPFlags.HEAPTYPE) !== 0) return false;
  // Builtin types never change their name: the answer is kept per type.
  let scalar = scalarTypes.get(t);
  if (scalar === undefined) scalarTypes.set(t, (scalar = SCALARS.has(t.tp_name)));
  return scalar;
}

const scalarTypes = new Map<PyObject['ob_type'], boolean>();

function objectSnapshot(n: Node, before: ObjectSnapshot | undefined, incremental: boolean, memo: SummaryMemo): ObjectSnapshot {
  const o = n.o;
  const tracked = o.gcNext !== null;
  const generation = tracked ? n.generation : null;
  // Most objects are as they were: the record of the previous step is then kept as it is.
  if (before !== undefined && incremental && !n.replayed && !isImmutableScalar(o)) {
    if (unchanged(n, tracked, generation, before, memo)) return before;
    return changedRecord(n, fixedFacts(o, memo), tracked, generation, before);
  }
  // Unchanged garbage (a replayed node) has the facts it had, but for a summary that reads others.
  if (before !== undefined && n.replayed) {
    if (unchangedReplay(n, tracked, generation, before, memo)) return before;
    return changedRecord(n, factsOf(before, memo.summarize(o)), tracked, generation, before);
  }
  // The reference path (`incremental: false`) makes every summary anew; records are compared alike.
  const f = fixedFacts(o, incremental ? memo : null);
  if (before !== undefined && sameAsBefore(n, f, tracked, generation, before)) return before;
  return changedRecord(n, f, tracked, generation, before);
}

/**
 * sameAsBefore for an object whose facts are not kept (not a scalar): each fact is read and
 * compared in turn, the cheap ones first, and none is read once one differs.
 */
function unchanged(n: Node, tracked: boolean, generation: ObjectSnapshot['generation'], before: ObjectSnapshot, memo: SummaryMemo): boolean {
  const o = n.o;
  return (
    sameNodeFields(n, tracked, generation, before) && lengthOf(o) === before.length && typeNameOf(o) === before.type &&
    sizeOf(o) === before.size && objectFlags(o) === before.flags && blockOf(o) === before.block && memo.summarize(o) === before.summary
  );
}

/** sameAsBefore for a replayed node, whose facts are `before`'s but for the summary. */
function unchangedReplay(n: Node, tracked: boolean, generation: ObjectSnapshot['generation'], before: ObjectSnapshot, memo: SummaryMemo): boolean {
  return sameNodeFields(n, tracked, generation, before) && memo.summarize(n.o) === before.summary;
}

/** A new record for `n`, sharing the referent lists of `before` that did not change. */
function changedRecord(n: Node, f: Fixed, tracked: boolean, generation: ObjectSnapshot['generation'], before: ObjectSnapshot | undefined): ObjectSnapshot {
  const s = newRecord(n, f, tracked, generation);
  if (before === undefined) return s;
  // The previous step's referent lists when they did not change: consecutive steps share what
  // is unchanged, which the timeline's diff then skips at once, and a long recording keeps one copy.
  if (sameReferents(s.referents, before.referents)) s.referents = before.referents;
  if (sameReferents(s.weakReferents, before.weakReferents)) s.weakReferents = before.weakReferents;
  return s;
}

function newRecord(n: Node, f: Fixed, tracked: boolean, generation: ObjectSnapshot['generation']): ObjectSnapshot {
  const o = n.o;
  const s: ObjectSnapshot = {
    addr: o.addr,
    type: f.type,
    refcount: o.ob_refcnt,
    size: f.size,
    tracked,
    generation,
    flags: f.flags,
    summary: f.summary,
    state: n.state,
    // A fresh list for a node without rows (nodes share one empty list).
    referents: n.referents.length === 0 ? [] : n.referents,
    // A fresh list: the drawing shares one empty list between its nodes.
    weakReferents: n.weak.length === 0 ? [] : n.weak,
  };
  if (f.length !== undefined) s.length = f.length;
  s.block = f.block;
  if (o.gcFlags & GcFlag.FINALIZED) s.finalized = true;
  if (n.omitted > 0) s.omittedReferents = n.omitted;
  return s;
}

/**
 * Would newRecord make a record equal to `before`, field by field? Checked without making one:
 * the facts made already first, then the node's fields (the referent lists last).
 */
function sameAsBefore(n: Node, f: Fixed, tracked: boolean, generation: ObjectSnapshot['generation'], before: ObjectSnapshot): boolean {
  return (
    f.type === before.type && f.size === before.size && f.flags === before.flags && f.summary === before.summary &&
    f.length === before.length && f.block === before.block && sameNodeFields(n, tracked, generation, before)
  );
}

/** What a record takes from the object's header and its node (not its facts) is as in `before`. */
function sameNodeFields(n: Node, tracked: boolean, generation: ObjectSnapshot['generation'], before: ObjectSnapshot): boolean {
  const o = n.o;
  return (
    o.addr === before.addr && o.ob_refcnt === before.refcount && n.state === before.state && tracked === before.tracked &&
    generation === before.generation && ((o.gcFlags & GcFlag.FINALIZED) !== 0 ? true : undefined) === before.finalized &&
    (n.omitted > 0 ? n.omitted : undefined) === before.omittedReferents &&
    sameReferents(n.referents, before.referents) && sameReferents(n.weak, before.weakReferents)
  );
}

function sameReferents(a: readonly Referent[], b: readonly Referent[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.addr !== y.addr || (x.label !== y.label && (x.label.kind !== y.label.kind || x.label.text !== y.label.text))) return false;
  }
  return true;
}

function gcState(state: ObserveState): GcState {
  const g = gcstate.generations;
  const s: GcState = {
    counts: [g[0].count, g[1].count, g[2].count],
    thresholds: [g[0].threshold, g[1].threshold, g[2].threshold],
    enabled: gcstate.enabled,
    collecting: gcstate.collecting,
  };
  if (state.collection !== null) s.phase = state.collection.phase;
  return s;
}

export type { FrameSnapshot };
