/**
 * NON-CPYTHON: the data the kernel hands to any host that draws or steps a run: heap snapshots,
 * collector phases, events and recorded timelines. Prose and examples: kernel/PROTOCOL.md.
 *
 * Everything here is plain data (no classes, no functions, no Maps, no bigints, no live
 * references into the kernel), so a snapshot survives structured cloning (postMessage to and
 * from a Web Worker) and JSON round trips unchanged. Addresses are JavaScript numbers: the
 * emulated address space fits in 48 bits, well inside Number.MAX_SAFE_INTEGER.
 *
 * The renderer (site/diagram/) imports this file with `import type` only; the one value
 * exported here, PROTOCOL_VERSION, is for producers.
 */

/** Bumped on every incompatible change to the shapes below; consumers check `version`. */
export const PROTOCOL_VERSION = 1 as const;
export type ProtocolVersion = typeof PROTOCOL_VERSION;

/** An emulated address: what id() returns for an object, or a block / pool / arena start. */
export type Address = number;

// ---------------------------------------------------------------------------------------------
// Events

/**
 * Why a reference count changed: the opcode or C function that did it (`'STORE_NAME'`,
 * `'LOAD_FAST'`, `'list_append'`, `'list_dealloc'`), and optionally what it was about
 * (`'a'`, `'[3]'`).
 */
export interface RefReason {
  op: string;
  detail?: string;
}

/** One thing the heap did. A host subscribing to events receives them in order. */
export type HeapEvent =
  | { kind: 'line'; frame: number; line: number }
  | { kind: 'call'; frame: number; codeName: string }
  | { kind: 'return'; frame: number; codeName: string }
  /**
   * The object got memory (`size`: the request, pre-headers included), or `reused`: a free list
   * handed it out again (no new memory; `size` is what its first allocation asked for).
   */
  | { kind: 'alloc'; addr: Address; type: string; size: number; reused?: true }
  /** The object's memory is given back (after tp_dealloc, or onto a free list). */
  | { kind: 'dealloc'; addr: Address; type: string }
  /** `refcount` is the count after the change. */
  | { kind: 'incref'; addr: Address; refcount: number; reason: RefReason }
  | { kind: 'decref'; addr: Address; refcount: number; reason: RefReason }
  /** tp_finalize ran: a class's `__del__`, or a generator's close. */
  | { kind: 'finalize'; addr: Address; type: string }
  /** A weak reference to `addr` was cleared (its callback, if any, runs next). */
  | { kind: 'weakref-clear'; weakref: Address; addr: Address }
  | { kind: 'gc-start'; generation: GcGeneration }
  | { kind: 'gc-phase'; generation: GcGeneration; phase: GcPhase }
  | { kind: 'gc-done'; generation: GcGeneration; collected: number; uncollectable: number };

export type HeapEventKind = HeapEvent['kind'];

// ---------------------------------------------------------------------------------------------
// Heap snapshots

/** Where in the run a snapshot was taken. */
export interface StepInfo {
  /** 0-based position in the run's timeline (0 when the snapshot stands alone). */
  index: number;
  /** Source line being executed (1-based), null before the first line or after the last. */
  line: number | null;
  /** File of that line (the innermost active frame's co_filename). */
  filename: string;
  /**
   * What produced this step: a `line` event for line steps, or the finer event (incref,
   * dealloc, gc-phase, ...) for steps inside a line; null for a snapshot taken on request.
   */
  event: HeapEvent | null;
}

/**
 * How a frame holds the object a name is bound to:
 * - `local`: a fast local (argument or local variable); the frame's localsplus holds one
 *   counted reference to `addr`.
 * - `cell` / `free`: the variable lives in a cell; `addr` is the CELL object's address (the
 *   frame holds one reference to the cell; the cell holds the value through a referent
 *   labelled `cell`).
 * - `global`: a module-level name; the reference is held (and counted) by the frame's globals
 *   dict (`FrameSnapshot.globals`), which carries it as a `value` referent with the name as key.
 */
export type BindingKind = 'local' | 'cell' | 'free' | 'global';

export interface NameBinding {
  name: string;
  /** The bound object (the cell for cell/free variables), or null when the name is unbound. */
  addr: Address | null;
  kind: BindingKind;
}

export interface FrameSnapshot {
  /** Stable for the frame's lifetime (NON-CPYTHON: a serial, not an address). */
  id: number;
  /** co_name (`'<module>'`, `'f'`, `'<genexpr>'`). */
  codeName: string;
  filename: string;
  /** Line being executed, or where a suspended generator stopped. */
  line: number;
  /** A generator / coroutine frame that is not running: drawn greyed, after the stack. */
  suspended: boolean;
  /**
   * Module frames: the globals dict, when it is in `objects`. The renderer does not draw it as a
   * box, since its entries are drawn as this frame's `global` names. Function frames: null
   * (their names are their locals).
   */
  globals: Address | null;
  /** Names in co_localsplusnames order (module frames: the user's globals, in dict order). */
  names: NameBinding[];
}

export type Generation = 0 | 1 | 2 | 'permanent';

export interface ObjectFlags {
  /** One of the cached small ints (-5..256). */
  smallInt: boolean;
  /** An interned str. */
  interned: boolean;
  /** None, True, False, Ellipsis, NotImplemented, (), '' and the like: one per interpreter. */
  singleton: boolean;
  /** Statically allocated (3.11: started at refcount 999999999, never freed). */
  static: boolean;
}

/**
 * - `live`: reachable, or held only by something outside the snapshot.
 * - `unreachable`: alive (refcount > 0) but garbage: only other garbage holds it; it waits for
 *   the cyclic collector.
 * - `freed`: its refcount reached zero (or the collector freed it) during this step; shown
 *   once, in the step where it dies, then gone from the next snapshot.
 */
export type ObjectState = 'live' | 'unreachable' | 'freed';

export type ReferentKind =
  | 'index' // list / tuple item: text is the index, '3'
  | 'key' // dict key object: text is the key's summary, "'a'"
  | 'value' // dict value: text is the key's summary, "'a'"
  | 'attr' // instance attribute / slot / function field: text is the name, 'x', '__dict__'
  | 'cell' // a cell's contents: text 'cell_contents'
  | 'closure' // a function's __closure__ item: text is the free variable's name
  | 'default' // a default argument: text is the parameter name
  | 'class' // an instance's type: text '__class__'
  | 'mro' // a class's __mro__ / __bases__ item: text is the position
  | 'other'; // anything else: text says what (e.g. 'gi_frame', 'referent', 'code')

export interface ReferentLabel {
  kind: ReferentKind;
  text: string;
}

/** One strong (or, in weakReferents, weak) pointer held by an object. */
export interface Referent {
  label: ReferentLabel;
  addr: Address;
}

export interface ObjectSnapshot {
  /** id(o). Unique among the objects not `freed`; a freed object may share it with a new one. */
  addr: Address;
  /** Type name as type(o).__name__ (qualified for nested classes). */
  type: string;
  /** ob_refcnt, exactly what sys.getrefcount would report (without its own argument's +1). */
  refcount: number;
  /** sys.getsizeof(o). */
  size: number;
  /** gc.is_tracked(o). */
  tracked: boolean;
  /** The generation list the object is on; null when untracked. */
  generation: Generation | null;
  flags: ObjectFlags;
  /**
   * A short value text made by the kernel itself, never by running user code (a class's
   * `__repr__` is not called): `'[1, 2, 3]'`, `"'abc'"`, `'<C object>'`. May be cut with '…'.
   */
  summary: string;
  state: ObjectState;
  /** Every strong reference the object holds, in traversal order (tp_traverse's order). */
  referents: Referent[];
  /** Non-owning references: a weakref's referent, a WeakValueDictionary's values. */
  weakReferents: Referent[];
  /** len(o) for sized objects (containers, str, bytes), when it has one. */
  length?: number;
  /** Start of the memory block holding the object (addr minus pre-headers); null if static. */
  block?: Address | null;
  /** PEP 442: tp_finalize (`__del__`) already ran on this object. */
  finalized?: boolean;
  /** Referents the kernel left out of `referents` (a hard cap); counts then do not add up. */
  omittedReferents?: number;
}

/**
 * Where references come from that no object in the snapshot shows as an edge:
 * - `stack`: the value stack of frame `frame` (temporaries, arguments being passed);
 * - `consts`: a code object's co_consts (code objects are not drawn);
 * - `arena`: the parser's AST arena, alive while a script's module body runs (one reference per
 *   literal);
 * - `interned`: the interned-strings table (3.11 counts none: listed with count 0 as a note);
 * - `static`: the 999999999 that 3.11 gives statically allocated objects at start;
 * - `runtime`: interpreter internals (sys.modules, type caches, builtins);
 * - `hidden`: objects left out of the snapshot.
 */
export type ExternalKind = 'stack' | 'consts' | 'arena' | 'interned' | 'static' | 'runtime' | 'hidden';

export interface ExternalRef {
  addr: Address;
  kind: ExternalKind;
  count: number;
  /** For `stack`: the frame whose value stack holds the references. */
  frame?: number;
  /** Free text: the code object's name for `consts`, what the runtime holds for `runtime`. */
  note?: string;
}

// ---------------------------------------------------------------------------------------------
// Allocator (pymalloc). Field for field the shapes of kernel/memory/obmalloc_snapshot.ts, so the
// kernel passes `allocator.snapshot({ blocks: true })` through and adds `layout` and `freeLists`.

export type PoolState = 'used' | 'full' | 'empty';
export type BlockState = 'allocated' | 'free' | 'virgin';

export interface PoolSnapshot {
  address: Address;
  /** Position in the arena, counted from the first pool-aligned address. */
  index: number;
  /** szidx; an empty pool keeps the class it last held. */
  sizeClass: number;
  blockSize: number;
  /** ref.count: blocks handed out. */
  used: number;
  /** capacity - used. */
  free: number;
  /** NUMBLOCKS(sizeClass). */
  capacity: number;
  state: PoolState;
  /** Blocks on the pool's free list. */
  freeListLength: number;
  /** Blocks never handed out (from nextoffset to the end). */
  virgin: number;
  nextoffset: number;
  maxnextoffset: number;
  /** Free-list block addresses, head first (only when the kernel was asked for blocks). */
  freeList?: Address[];
  /** Every block's state in address order (only when the kernel was asked for blocks). */
  blocks?: BlockState[];
}

export interface ArenaSnapshot {
  /** Index in the `arenas` vector. */
  index: number;
  address: Address;
  firstPoolAddress: Address;
  alignmentLoss: number;
  leadingGap: number;
  ntotalpools: number;
  nfreepools: number;
  /** Pools never carved. */
  untouchedPools: number;
  /** The arena's freepools chain, head first. */
  freepools: Address[];
  /** Carved pools in address order. */
  pools: PoolSnapshot[];
}

/** The fixed sizes a reader needs to place a block in its pool (pycore_obmalloc.h). */
export interface AllocatorLayout {
  /** POOL_SIZE: 16384. */
  poolSize: number;
  /** POOL_OVERHEAD: bytes of pool header before the first block, 48. */
  poolOverhead: number;
  /** ARENA_SIZE: 1 MiB. */
  arenaSize: number;
}

/** Lengths of the per-type free lists (dead objects kept for reuse, memory not given back). */
export interface FreeListLengths {
  float: number;
  /** tuple free lists by size: tuple[n - 1] holds tuples of length n (1..20). */
  tuple: number[];
  list: number;
  dict: number;
  dictKeys: number;
}

export interface AllocatorSnapshot {
  layout: AllocatorLayout;
  arenas: ArenaSnapshot[];
  /** usable_arenas order (arena indices). */
  usableArenas: number[];
  /** usedpools[class]: pool addresses, front first. */
  usedpools: Address[][];
  maxarenas: number;
  narenasCurrentlyAllocated: number;
  narenasHighwater: number;
  ntimesArenaAllocated: number;
  /** sys.getallocatedblocks(). */
  allocatedBlocks: number;
  rawAllocatedBlocks: number;
  freeLists: FreeListLengths;
}

// ---------------------------------------------------------------------------------------------
// Collector

export type GcGeneration = 0 | 1 | 2;

/**
 * The steps of one collection, CPython 3.11 Modules/gcmodule.c gc_collect_main:
 * - `update_refs`: gc_refs := refcount for every object of the collected generation;
 * - `subtract_refs`: each reference from inside the generation is subtracted: what is left
 *   counts references from outside;
 * - `move_unreachable`: objects with gc_refs 0 and not reachable from one with gc_refs > 0
 *   move to the unreachable list;
 * - `finalize`: tp_finalize (`__del__`) runs on unreachable objects that have one (PEP 442),
 *   then the collector checks whether any were resurrected;
 * - `clear`: tp_clear breaks the references of what is still unreachable; refcounts fall to
 *   zero and the objects are freed;
 * - `done`: survivors are merged into the next older generation.
 */
export type GcPhase = 'update_refs' | 'subtract_refs' | 'move_unreachable' | 'finalize' | 'clear' | 'done';

export interface GcState {
  /** gc.get_count(). */
  counts: [number, number, number];
  /** gc.get_threshold(). */
  thresholds: [number, number, number];
  /** gc.isenabled(). */
  enabled: boolean;
  /** A collection is running. */
  collecting: boolean;
  /** The phase of the running collection. */
  phase?: GcPhase;
}

/**
 * Which list an object is on during a collection: the collected generation (`young`, merged
 * with the younger ones), the tentatively or finally `unreachable` list, `reachable` once
 * move_unreachable has proven it, `older` (the generation survivors go to) or `freed`.
 */
export type GcList = 'young' | 'reachable' | 'unreachable' | 'older' | 'freed';

export interface GcObjectSnapshot {
  addr: Address;
  type: string;
  summary: string;
  refcount: number;
  /** gc_refs in this phase; null before update_refs has copied it. */
  gcRefs: number | null;
  list: GcList;
  /** Its finalizer ran during this collection. */
  finalized: boolean;
  /** Strong references, as in ObjectSnapshot (edges to objects outside the set are kept). */
  referents: Referent[];
}

export interface GcPhaseSnapshot {
  version: ProtocolVersion;
  generation: GcGeneration;
  phase: GcPhase;
  /** The collected objects in list order (gc.c's list order). */
  objects: GcObjectSnapshot[];
  /** Unreachable objects found so far (gc.collect()'s return value at `done`). */
  collected: number;
  uncollectable: number;
}

// ---------------------------------------------------------------------------------------------
// The snapshot

export interface HeapSnapshot {
  version: ProtocolVersion;
  step: StepInfo;
  /** The call stack, outermost first, then suspended generator frames. */
  frames: FrameSnapshot[];
  /** The objects drawn; order is not significant. */
  objects: ObjectSnapshot[];
  /** At most one entry per (addr, kind, frame); order is not significant. */
  externalRefs: ExternalRef[];
  /** Present when the host asked for allocator state. */
  allocator: AllocatorSnapshot | null;
  gc: GcState;
  /** Present while a collection runs, for the collector view. */
  collection?: GcPhaseSnapshot | null;
}

// ---------------------------------------------------------------------------------------------
// Timelines: a recorded run, stored as deltas (kernel/observe/timeline.ts builds and reads them)

/** Replace `deleteCount` items at `start` with `items` (Array.prototype.splice's arguments). */
export interface Splice<T> {
  start: number;
  deleteCount: number;
  items: T[];
}

/** Fields of an object that changed; `addr` names the object. */
export interface ObjectPatch {
  addr: Address;
  type?: string;
  refcount?: number;
  size?: number;
  tracked?: boolean;
  generation?: Generation | null;
  flags?: ObjectFlags;
  summary?: string;
  state?: ObjectState;
  referents?: Splice<Referent>;
  weakReferents?: Splice<Referent>;
  /** null removes the optional field. */
  length?: number | null;
  block?: Address | null;
  finalized?: boolean | null;
  omittedReferents?: number | null;
}

export interface FramePatch {
  id: number;
  codeName?: string;
  filename?: string;
  line?: number;
  suspended?: boolean;
  globals?: Address | null;
  names?: Splice<NameBinding>;
}

export interface FramesDelta {
  /** The frame ids in order, when the stack changed. */
  order?: number[];
  /** Frames that were not in the previous step. */
  added?: FrameSnapshot[];
  changed?: FramePatch[];
}

/** An external reference is known by its object, kind and frame (its count and note change). */
export type ExternalRefKey = Pick<ExternalRef, 'addr' | 'kind' | 'frame'>;

export interface ExternalRefsDelta {
  /** New entries, and entries whose count or note changed. */
  set?: ExternalRef[];
  remove?: ExternalRefKey[];
}

export interface PoolPatch {
  arena: number;
  /** Position in the arena's `pools`. */
  pool: number;
  value: PoolSnapshot;
}

/** Allocator changes: a whole new snapshot, or the changed arenas / pools and scalar fields. */
export interface AllocatorDelta {
  full?: AllocatorSnapshot | null;
  /** Arenas replaced whole, by position in `arenas`. */
  arenas?: { position: number; value: ArenaSnapshot }[];
  pools?: PoolPatch[];
  /** The other fields when any changed (all of them). */
  rest?: Omit<AllocatorSnapshot, 'arenas'>;
}

export interface StepDelta {
  step: StepInfo;
  frames?: FramesDelta;
  /** Objects new in this step (not freed ones). */
  added?: ObjectSnapshot[];
  changed?: ObjectPatch[];
  /** Addresses of objects gone from this step (freed objects of the previous step go by themselves). */
  removed?: Address[];
  /** This step's freed objects; absent when there are none. */
  freed?: ObjectSnapshot[];
  externalRefs?: ExternalRefsDelta;
  allocator?: AllocatorDelta;
  gc?: GcState;
  collection?: GcPhaseSnapshot | null;
}

/** Why recording stopped. */
export type TimelineEndReason = 'finished' | 'exception' | 'step-budget' | 'size-budget' | 'error';

export interface TimelineEnd {
  reason: TimelineEndReason;
  /** Human-readable: 'stopped after 10000 steps (the step budget)'. */
  message: string;
}

export interface Timeline {
  version: ProtocolVersion;
  /** Full snapshots at some steps (always step 0), for random access. */
  keyframes: { step: number; snapshot: HeapSnapshot }[];
  /** deltas[i] turns step i into step i + 1. */
  deltas: StepDelta[];
  /** null while recording. */
  end: TimelineEnd | null;
}
