/**
 * NON-CPYTHON: recording a run as a timeline of heap snapshots, and the event stream.
 *
 * While a recording runs, the kernel's observation hooks are installed: the eval loop's line
 * and instruction hooks (kernel/vm/ceval.ts), the allocation, free-list reuse and deallocation
 * observers (kernel/memory/heap.ts, kernel/memory/refcount.ts), the weak-reference clearing
 * observer (kernel/objects/weakrefobject.ts) and the collector's observer
 * (kernel/gc/observer.ts). Each hook is one module-level variable the kernel tests; they are
 * all null again when the recording ends (or its budget is used up, and the program then runs
 * on unobserved).
 *
 * Steps: one before the program starts (step 0), one each time a line of the program's own
 * code starts (a backward jump to the same line counts, as in CPython's line tracing; the
 * kernel's library modules are stepped over), one after it ends; optionally finer ones (see
 * `FineSteps`). Snapshots never run Python code or change a count: the recorded run prints
 * what the unrecorded run prints.
 */
import type { GcPhase, HeapEvent, HeapSnapshot, RefReason, Timeline, TimelineEndReason } from '../protocol.ts';
import { type PyObject, TPFlags } from '../objects/pyobject.ts';
import type { Frame } from '../vm/frame.ts';
import { setInstructionHook, setLineHook } from '../vm/ceval.ts';
import { setDeallocObserver } from '../memory/refcount.ts';
import { setAllocObserver, setReuseObserver } from '../memory/heap.ts';
import { type PyWeakReference, setWeakrefClearObserver } from '../objects/weakrefobject.ts';
import { PyTupleObject } from '../objects/tupleobject.ts';
import { type CollectObserver, type CollectReport, setCollectObserver } from '../gc/observer.ts';
import { GcFlag } from '../gc/gcstate.ts';
import { OPNAME } from '../compile/opcodes.ts';
import { PyUnicodeObject } from '../objects/unicodeobject.ts';
import { TimelineRecorder } from './timeline.ts';
import { ObserveState, type SnapshotOptions, type StepContext, takeSnapshot } from './snapshot.ts';
import { gcPhaseSnapshot, phaseOf } from './gc_phase.ts';
import { typeNameOf } from './summary.ts';
import { mainGlobals } from './runtime_roots.ts';
import { type Via, visitReferences } from './referents.ts';

/** Steps finer than a line, each a snapshot of its own (kernel/PROTOCOL.md, "Recording a run"). */
export interface FineSteps {
  /**
   * After each instruction that changed the count of a drawn object (the event is the change;
   * the step's line is that instruction's).
   */
  refcount?: boolean;
  /**
   * Before each deallocation of a drawn object: what it holds stays drawn, "being freed", until
   * released (a cascade shows object by object).
   */
  dealloc?: boolean;
  /** At each phase of a collection (the snapshot carries `collection` for the collector view). */
  gc?: boolean;
}

export interface RecordOptions extends SnapshotOptions {
  /** Steps kept at most (default 10,000); then recording stops and the program runs on. */
  maxSteps?: number;
  /** Estimated bytes kept at most (default 48 MiB). */
  maxBytes?: number;
  /** A full snapshot every this many steps (default 500). */
  keyframeInterval?: number;
  /** Finer steps (default: lines only). */
  fine?: FineSteps;
  /** Receives every event as it happens (the `--trace` stream). */
  onEvent?: (e: HeapEvent) => void;
}

/**
 * The program's own code: not the kernel's library modules (`<heapbook>/lib/...`), nor code a
 * library function compiled and ran (namedtuple's exec of a `<string>`).
 */
function isProgramFrame(f: Frame): boolean {
  const filename = f.code.filename.s;
  if (filename.startsWith('<heapbook>/')) return false;
  if (filename.startsWith('<') && f.previous !== null) return isProgramFrame(f.previous);
  return true;
}

/**
 * One recording: installs the hooks, turns what they report into events and steps, and
 * removes the hooks when it ends.
 */
export class Recording {
  readonly recorder: TimelineRecorder;
  private active = false;
  private prevFrame: Frame | null = null;
  private prevInstr = -1;
  private prevOp = 0;
  private prevArg = 0;
  private prevCode: Frame['code'] | null = null;
  /** Counts of the drawn objects when last looked at (refcount events and steps). */
  private counts = new Map<PyObject, number>();
  private readonly watchCounts: boolean;
  private inStep = false;
  private ended = false;

  constructor(
    readonly state: ObserveState,
    readonly opts: RecordOptions,
  ) {
    this.recorder = new TimelineRecorder({ maxSteps: opts.maxSteps, maxBytes: opts.maxBytes, keyframeInterval: opts.keyframeInterval, incremental: opts.incremental });
    this.watchCounts = opts.onEvent !== undefined || opts.fine?.refcount === true;
  }

  get timeline(): Timeline {
    return this.recorder.timeline;
  }

  /** Step 0 and the hooks. */
  start(): void {
    this.step(null);
    if (this.recorder.timeline.end !== null) return;
    this.install();
  }

  /** The last step and the end of the timeline. */
  finish(reason: TimelineEndReason, message: string): void {
    // What changed since the last instruction: the run's end (its code and arena released).
    this.ended = true;
    this.flushCounts();
    this.uninstall();
    this.state.dying = [];
    if (this.recorder.timeline.end === null) {
      this.step(null);
      this.recorder.finish(reason, message);
    }
  }

  private install(): void {
    this.active = true;
    setLineHook(this.onLine);
    setInstructionHook(this.onInstruction);
    setDeallocObserver(this.onDealloc);
    if (this.opts.onEvent !== undefined) {
      setAllocObserver(this.onAlloc);
      setWeakrefClearObserver(this.onWeakrefClear);
    }
    // A drawn object freed and handed out again by its free list is a new object (the freed
    // one stays listed as freed in the step), and an alloc event.
    setReuseObserver(this.onReuse);
    setCollectObserver(this.collectObserver);
  }

  private uninstall(): void {
    if (!this.active) return;
    this.active = false;
    setLineHook(null);
    setInstructionHook(null);
    setDeallocObserver(null);
    setAllocObserver(null);
    setReuseObserver(null);
    setWeakrefClearObserver(null);
    setCollectObserver(null);
  }

  private emit(e: HeapEvent): void {
    const f = this.opts.onEvent;
    if (f === undefined) return;
    try {
      f(e);
    } catch (err) {
      this.fail(err);
    }
  }

  /** The recorder (or the host's event handler) failed: recording ends, the program runs on. */
  private fail(err: unknown): void {
    this.uninstall();
    this.recorder.finish('error', `the recorder failed: ${err instanceof Error ? err.message : String(err)}`);
  }

  /** Takes a snapshot and records it; past a budget, recording stops. */
  private step(event: HeapEvent | null, where?: StepContext['where']): HeapSnapshot | null {
    if (this.inStep || this.recorder.timeline.end !== null) return null;
    this.inStep = true;
    try {
      const index = this.recorder.timeline.deltas.length + (this.recorder.timeline.keyframes.length > 0 ? 1 : 0);
      const s = takeSnapshot(this.state, this.opts, { index, event, where });
      if (!this.recorder.push(s)) this.uninstall();
      if (this.watchCounts) this.rememberCounts();
      return s;
    } catch (e) {
      // A failure of the recorder (a kernel bug) ends the recording, never the program.
      this.fail(e);
      return null;
    } finally {
      this.inStep = false;
    }
  }

  private rememberCounts(): void {
    this.counts = new Map();
    for (const o of this.state.previous.keys()) this.counts.set(o, o.ob_refcnt);
  }

  private frameId(f: Frame): number {
    return this.state.frameIds.of(f, mainGlobals());
  }

  private readonly onLine = (f: Frame, line: number): void => {
    // Line 0 is the RESUME that starts a module: CPython's tracing reports no line there.
    if (this.inStep || line < 1 || !isProgramFrame(f)) return;
    this.lineStep(f, line);
  };

  private lineStep(f: Frame, line: number): void {
    this.state.filename = f.code.filename.s;
    const e: HeapEvent = { kind: 'line', frame: this.frameId(f), line };
    this.emit(e);
    this.step(e);
  }

  private readonly onInstruction = (f: Frame, i: number): void => {
    if (this.inStep) return;
    // Python code runs again: the deallocations of the last instruction are over (or a __del__
    // runs, called by one: the builtin call then explains what the dying object holds).
    if (this.state.dying.length > 0) this.state.dying = [];
    this.flushCounts();
    const prev = this.prevFrame;
    if (prev !== f) this.frameChange(prev, f);
    else if (i < this.prevInstr && isProgramFrame(f)) {
      // A backward jump within one line (a loop on one line) is a new line event, as in CPython.
      const pos = f.code.unit.positions;
      const line = pos[4 * i];
      if (line >= 1 && line === pos[4 * this.prevInstr]) this.lineStep(f, line);
    }
    this.prevFrame = f;
    this.prevInstr = i;
    this.prevCode = f.code;
    this.prevOp = f.code.code[2 * i];
    this.prevArg = f.code.code[2 * i + 1];
  };

  /** call / return events when the running frame changes. */
  private frameChange(prev: Frame | null, f: Frame): void {
    if (this.opts.onEvent === undefined) return;
    if (prev !== null && !isAncestor(prev, f)) this.emit({ kind: 'return', frame: this.frameId(prev), codeName: prev.code.name.s });
    if (prev === null || !isAncestor(f, prev)) this.emit({ kind: 'call', frame: this.frameId(f), codeName: f.code.name.s });
  }

  /** What the previous instruction did to the counts of the drawn objects. */
  private flushCounts(): void {
    if (!this.watchCounts || this.counts.size === 0) return;
    let changed: HeapEvent | null = null;
    for (const [o, before] of this.counts) {
      const now = o.ob_refcnt;
      if (now === before) continue;
      this.counts.set(o, now);
      if (now <= 0) continue;
      const e: HeapEvent = { kind: now > before ? 'incref' : 'decref', addr: o.addr, refcount: now, reason: this.reason() };
      this.emit(e);
      changed = e;
    }
    if (changed !== null && this.opts.fine?.refcount) this.step(changed, this.changedWhere());
  }

  /**
   * The line of the instruction that ran last, which the frame has left already: a refcount
   * step belongs to it. Null before the first instruction (compiling the program) and after the
   * last (its end); the frame's own line for library code.
   */
  private changedWhere(): StepContext['where'] {
    const f = this.prevFrame;
    if (this.ended || f === null) return { line: null, filename: this.state.filename };
    if (!isProgramFrame(f) || f.code !== this.prevCode) return undefined;
    const line = f.code.unit.positions[4 * this.prevInstr];
    return line >= 1 ? { line, filename: f.code.filename.s } : undefined;
  }

  /** The instruction that ran last, and what it was about (a name, when it has one). */
  private reason(): RefReason {
    const c = this.prevCode;
    // Before the first instruction: compiling and starting the run (the module's function);
    // after the last: the run's end.
    if (this.ended) return { op: 'end' };
    if (c === null) return { op: 'start' };
    const op = OPNAME[this.prevOp] ?? String(this.prevOp);
    const r: RefReason = { op };
    let detail: string | undefined;
    if (/_NAME$|_GLOBAL$|_ATTR$|_METHOD$|^IMPORT_/.test(op)) detail = nameAt(c.names.items, op === 'LOAD_GLOBAL' ? this.prevArg >> 1 : this.prevArg);
    else if (/_FAST$|_DEREF$|_CLOSURE$/.test(op)) detail = c.unit.localsplusnames[this.prevArg];
    if (detail !== undefined) r.detail = detail;
    return r;
  }

  private readonly onDealloc = (o: PyObject): void => {
    // A snapshot's own scratch objects (sizeof.ts) are not the program's.
    if (this.inStep) return;
    const watched = this.state.previous.has(o);
    if (this.opts.onEvent !== undefined) {
      if (willFinalize(o)) this.emit({ kind: 'finalize', addr: o.addr, type: typeNameOf(o) });
      this.emit({ kind: 'dealloc', addr: o.addr, type: typeNameOf(o) });
    }
    this.counts.delete(o);
    if (!watched) return;
    if (this.opts.fine?.dealloc && !this.inStep) {
      const e: HeapEvent = { kind: 'dealloc', addr: o.addr, type: typeNameOf(o) };
      this.state.noteDealloc(o);
      // Its deallocation releases what it holds next: a cascade shows object by object.
      this.state.dying.push({ obj: o, note: `${typeNameOf(o)} being freed`, targets: heldBy(o) });
      this.step(e);
      return;
    }
    this.state.noteDealloc(o);
  };

  private readonly onAlloc = (o: PyObject, size: number): void => {
    if (this.inStep) return;
    this.emit({ kind: 'alloc', addr: o.addr, type: typeNameOf(o), size });
  };

  /** A free list handed `o` out again (CPython's _Py_NewReference on a reused object). */
  private readonly onReuse = (o: PyObject, preheader: number): void => {
    if (this.inStep) return;
    this.state.noteReuse(o);
    if (this.opts.onEvent === undefined) return;
    this.emit({ kind: 'alloc', addr: o.addr, type: typeNameOf(o), size: reusedSize(o, preheader), reused: true });
  };

  /** A weak reference cleared because its referent dies, or by the collector (handle_weakrefs). */
  private readonly onWeakrefClear = (wr: PyWeakReference, referent: PyObject): void => {
    if (this.inStep) return;
    this.emit({ kind: 'weakref-clear', weakref: wr.addr, addr: referent.addr });
  };

  private readonly collectObserver: CollectObserver = {
    report: (r: CollectReport) => {
      try {
        this.onCollect(r);
      } catch (e) {
        this.fail(e);
      }
    },
  };

  /** The objects drawn when the observed collection started (what its phases show). */
  private collecting: CollectingState | null = null;

  private onCollect(r: CollectReport): void {
    const generation = r.generation as 0 | 1 | 2;
    if (r.step === 'start') {
      this.emit({ kind: 'gc-start', generation });
      this.collecting = { drawn: new Set(this.state.previous.keys()), survivors: [] };
    }
    const phase = phaseOf(r.step);
    if (phase === null) return;
    if (phase === 'finalize') for (const o of r.finalized) this.emit({ kind: 'finalize', addr: o.addr, type: typeNameOf(o) });
    const e: HeapEvent = { kind: 'gc-phase', generation, phase };
    this.emit(e);
    if (r.step === 'done') this.emit({ kind: 'gc-done', generation, collected: r.collected, uncollectable: r.uncollectable });
    const c = this.collecting;
    if (!this.opts.fine?.gc || this.inStep || c === null) return;
    const interesting = (o: PyObject): boolean => c.drawn.has(o);
    if (phase === 'move_unreachable') c.survivors = r.young.filter((x) => interesting(x.object)).map((x) => x.object);
    this.state.collection = gcPhaseSnapshot(r, phase, interesting, phase === 'done' ? c.survivors : []);
    this.state.collectionGarbage = r.unreachable.map((x) => x.object);
    this.step(e);
    if (phase === ('done' satisfies GcPhase)) {
      this.state.collection = null;
      this.state.collectionGarbage = [];
      this.collecting = null;
    }
  }
}

interface CollectingState {
  drawn: Set<PyObject>;
  /** The drawn objects move_unreachable found reachable: at `done`, in the older generation. */
  survivors: PyObject[];
}

function nameAt(items: readonly PyObject[], i: number): string | undefined {
  const n = items[i];
  return n instanceof PyUnicodeObject ? n.s : undefined;
}

/** Is `a` on the chain of frames that called `f` (or `f` itself)? */
function isAncestor(a: Frame, f: Frame): boolean {
  for (let x: Frame | null = f; x !== null; x = x.previous) if (x === a) return true;
  return false;
}

/** The objects `o` holds (strong references; through an inner object, that object), once per reference. */
function heldBy(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  const inners = new Set<PyObject>();
  const through = (t: PyObject, via?: Via): void => {
    if (via === undefined) out.push(t);
    else if (!inners.has(via.obj)) {
      inners.add(via.obj);
      out.push(via.obj);
    }
  };
  visitReferences(o, {
    ref: (_k, _t, target, via) => through(target, via),
    entry: (key, value) => void out.push(key, value),
    weak: () => {},
    hidden: (target, _w, via) => through(target, via),
  });
  return out;
}

/**
 * The memory request of an object a free list hands out again (what its first allocation asked
 * for): tp_basicsize, the items of a tuple (the free list of its length), the pre-headers.
 */
function reusedSize(o: PyObject, preheader: number): number {
  const t = o.ob_type;
  const items = o instanceof PyTupleObject ? o.items.length : 0;
  return t.tp_basicsize + t.tp_itemsize * items + preheader;
}

/** subtype_dealloc is about to run the object's __del__ (PEP 442: once). */
function willFinalize(o: PyObject): boolean {
  const t = o.ob_type;
  return t.tp_finalize !== null && (t.tp_flags & TPFlags.HEAPTYPE) !== 0 && (o.gcFlags & GcFlag.FINALIZED) === 0;
}
