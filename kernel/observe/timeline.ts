/**
 * NON-CPYTHON: a recorded run as a timeline of deltas (kernel/protocol.ts Timeline), and the
 * way back from deltas to full snapshots. Pure data in, pure data out: no kernel state is read
 * here, so hosts (the site, the CLI, tests) can step through a timeline without a kernel.
 *
 * A step stores only what changed since the previous one: new, changed (field by field; a
 * referent list as one splice) and removed objects, changed frames (names as one splice),
 * changed pools. Full snapshots ("keyframes") are kept every `keyframeInterval` steps so that
 * reconstructing step i applies at most that many deltas.
 */
import type {
  Address,
  AllocatorDelta,
  AllocatorSnapshot,
  ArenaSnapshot,
  ExternalRef,
  ExternalKind,
  ExternalRefKey,
  ExternalRefsDelta,
  FramePatch,
  FrameSnapshot,
  FramesDelta,
  GcState,
  HeapSnapshot,
  NameBinding,
  ObjectPatch,
  ObjectSnapshot,
  PoolSnapshot,
  Referent,
  Splice,
  StepDelta,
  StepInfo,
  Timeline,
  TimelineEndReason,
} from '../protocol.ts';

const VERSION = 1 as const;

// ---------------------------------------------------------------------------------------------
// Splices

/** The single splice turning `a` into `b`: common prefix and suffix kept, the middle replaced. */
export function diffList<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean): Splice<T> | null {
  let start = 0;
  const min = Math.min(a.length, b.length);
  while (start < min && eq(a[start], b[start])) start++;
  if (start === a.length && start === b.length) return null;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && eq(a[endA - 1], b[endB - 1])) {
    endA--;
    endB--;
  }
  return { start, deleteCount: endA - start, items: b.slice(start, endB) };
}

export function applySplice<T>(list: readonly T[], s: Splice<T>): T[] {
  const out = list.slice(0, s.start);
  for (const item of s.items) out.push(item);
  for (let i = s.start + s.deleteCount; i < list.length; i++) out.push(list[i]);
  return out;
}

function sameReferent(x: Referent, y: Referent): boolean {
  return x.addr === y.addr && x.label.kind === y.label.kind && x.label.text === y.label.text;
}

function sameBinding(x: NameBinding, y: NameBinding): boolean {
  return x.name === y.name && x.addr === y.addr && x.kind === y.kind;
}

// ---------------------------------------------------------------------------------------------
// Objects

const SCALAR_FIELDS = ['type', 'refcount', 'size', 'tracked', 'generation', 'summary', 'state'] as const;
const OPTIONAL_FIELDS = ['length', 'block', 'finalized', 'omittedReferents'] as const;

/** The fields of `b` that differ from `a` (same address), or null when nothing changed. */
export function diffObject(a: ObjectSnapshot, b: ObjectSnapshot): ObjectPatch | null {
  // Most objects of a step are unchanged: the patch is made on the first difference.
  let patch: Record<string, unknown> | null = null;
  for (const f of SCALAR_FIELDS) {
    if (a[f] !== b[f]) (patch ??= { addr: b.addr })[f] = b[f];
  }
  for (const f of OPTIONAL_FIELDS) {
    if (a[f] !== b[f]) (patch ??= { addr: b.addr })[f] = b[f] ?? null;
  }
  const fa = a.flags;
  const fb = b.flags;
  if (fa !== fb && (fa.smallInt !== fb.smallInt || fa.interned !== fb.interned || fa.singleton !== fb.singleton || fa.static !== fb.static)) {
    (patch ??= { addr: b.addr }).flags = fb;
  }
  const refs = a.referents === b.referents ? null : diffList(a.referents, b.referents, sameReferent);
  if (refs !== null) (patch ??= { addr: b.addr }).referents = refs;
  const weak = a.weakReferents === b.weakReferents ? null : diffList(a.weakReferents, b.weakReferents, sameReferent);
  if (weak !== null) (patch ??= { addr: b.addr }).weakReferents = weak;
  return patch as unknown as ObjectPatch | null;
}

export function applyObjectPatch(o: ObjectSnapshot, p: ObjectPatch): ObjectSnapshot {
  const out: ObjectSnapshot = { ...o };
  const src = p as unknown as Record<string, unknown>;
  const dst = out as unknown as Record<string, unknown>;
  for (const f of SCALAR_FIELDS) if (f in p) dst[f] = src[f];
  for (const f of OPTIONAL_FIELDS) {
    if (!(f in p)) continue;
    if (src[f] === null && f !== 'block') delete dst[f];
    else dst[f] = src[f];
  }
  if (p.flags !== undefined) out.flags = p.flags;
  if (p.referents !== undefined) out.referents = applySplice(o.referents, p.referents);
  if (p.weakReferents !== undefined) out.weakReferents = applySplice(o.weakReferents, p.weakReferents);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Frames

function diffFrame(a: FrameSnapshot, b: FrameSnapshot): FramePatch | null {
  const p: FramePatch = { id: b.id };
  let changed = false;
  if (a.codeName !== b.codeName) (p.codeName = b.codeName), (changed = true);
  if (a.filename !== b.filename) (p.filename = b.filename), (changed = true);
  if (a.line !== b.line) (p.line = b.line), (changed = true);
  if (a.suspended !== b.suspended) (p.suspended = b.suspended), (changed = true);
  if (a.globals !== b.globals) (p.globals = b.globals), (changed = true);
  const names = diffList(a.names, b.names, sameBinding);
  if (names !== null) (p.names = names), (changed = true);
  return changed ? p : null;
}

function applyFramePatch(f: FrameSnapshot, p: FramePatch): FrameSnapshot {
  const out: FrameSnapshot = { ...f };
  if (p.codeName !== undefined) out.codeName = p.codeName;
  if (p.filename !== undefined) out.filename = p.filename;
  if (p.line !== undefined) out.line = p.line;
  if (p.suspended !== undefined) out.suspended = p.suspended;
  if (p.globals !== undefined) out.globals = p.globals;
  if (p.names !== undefined) out.names = applySplice(f.names, p.names);
  return out;
}

function diffFrames(a: FrameSnapshot[], b: FrameSnapshot[]): FramesDelta | null {
  const before = new Map<number, FrameSnapshot>();
  for (const f of a) before.set(f.id, f);
  const d: FramesDelta = {};
  let sameOrder = a.length === b.length;
  for (let i = 0; i < b.length; i++) {
    const f = b[i];
    if (sameOrder && a[i].id !== f.id) sameOrder = false;
    const old = before.get(f.id);
    if (old === undefined) (d.added ??= []).push(f);
    else {
      const p = diffFrame(old, f);
      if (p !== null) (d.changed ??= []).push(p);
    }
  }
  if (!sameOrder) d.order = b.map((f) => f.id);
  return d.order === undefined && d.added === undefined && d.changed === undefined ? null : d;
}

// ---------------------------------------------------------------------------------------------
// Allocator

function samePool(a: PoolSnapshot, b: PoolSnapshot): boolean {
  if (
    a.address !== b.address || a.index !== b.index || a.sizeClass !== b.sizeClass || a.used !== b.used ||
    a.state !== b.state || a.freeListLength !== b.freeListLength || a.virgin !== b.virgin ||
    a.nextoffset !== b.nextoffset || a.maxnextoffset !== b.maxnextoffset
  ) {
    return false;
  }
  return sameArray(a.blocks, b.blocks) && sameArray(a.freeList, b.freeList);
}

function sameArray<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameArenaHeader(a: ArenaSnapshot, b: ArenaSnapshot): boolean {
  return (
    a.index === b.index && a.address === b.address && a.nfreepools === b.nfreepools &&
    a.ntotalpools === b.ntotalpools && a.untouchedPools === b.untouchedPools &&
    a.pools.length === b.pools.length && sameArray(a.freepools, b.freepools)
  );
}

function restOf(s: AllocatorSnapshot): Omit<AllocatorSnapshot, 'arenas'> {
  const { arenas: _arenas, ...rest } = s;
  return rest;
}

function diffAllocator(a: AllocatorSnapshot | null, b: AllocatorSnapshot | null): AllocatorDelta | null {
  if (a === b) return null;
  if (a === null || b === null || a.arenas.length !== b.arenas.length) return { full: b };
  const d: AllocatorDelta = {};
  for (let i = 0; i < b.arenas.length; i++) {
    const x = a.arenas[i];
    const y = b.arenas[i];
    if (!sameArenaHeader(x, y)) {
      (d.arenas ??= []).push({ position: i, value: y });
      continue;
    }
    for (let k = 0; k < y.pools.length; k++) {
      if (!samePool(x.pools[k], y.pools[k])) (d.pools ??= []).push({ arena: i, pool: k, value: y.pools[k] });
    }
  }
  if (JSON.stringify(restOf(a)) !== JSON.stringify(restOf(b))) d.rest = restOf(b);
  return d.arenas === undefined && d.pools === undefined && d.rest === undefined ? null : d;
}

function applyAllocatorDelta(a: AllocatorSnapshot | null, d: AllocatorDelta): AllocatorSnapshot | null {
  if (d.full !== undefined) return d.full;
  if (a === null) throw new Error('timeline: allocator patch without an allocator');
  const arenas = a.arenas.slice();
  for (const r of d.arenas ?? []) arenas[r.position] = r.value;
  for (const p of d.pools ?? []) {
    const arena = arenas[p.arena];
    const pools = arena.pools.slice();
    pools[p.pool] = p.value;
    arenas[p.arena] = { ...arena, pools };
  }
  return { ...(d.rest ?? restOf(a)), arenas };
}

// ---------------------------------------------------------------------------------------------
// Snapshots

function sameGc(a: GcState, b: GcState): boolean {
  return (
    a.counts[0] === b.counts[0] && a.counts[1] === b.counts[1] && a.counts[2] === b.counts[2] &&
    a.thresholds[0] === b.thresholds[0] && a.thresholds[1] === b.thresholds[1] && a.thresholds[2] === b.thresholds[2] &&
    a.enabled === b.enabled && a.collecting === b.collecting && a.phase === b.phase
  );
}

/** The kinds in key order (externalKey). */
const EXTERNAL_KINDS: readonly ExternalKind[] = ['stack', 'consts', 'arena', 'interned', 'static', 'runtime', 'hidden'];
const kindIndex = new Map<ExternalKind, number>(EXTERNAL_KINDS.map((k, i) => [k, i]));

/**
 * What identifies an external reference in an index: a number for one without a frame (most:
 * thousands of them a step, each looked up), a string for one with a frame.
 */
export type ExternalKeyValue = number | string;

/** An address times 8 plus the kind's index stays an exact integer (addresses are under 2^50). */
export function externalKey(e: ExternalRefKey): ExternalKeyValue {
  return e.frame === undefined ? e.addr * 8 + kindIndex.get(e.kind)! : `${e.addr}:${e.kind}:${e.frame}`;
}

function externalIndex(refs: readonly ExternalRef[]): Map<ExternalKeyValue, ExternalRef> {
  const m = new Map<ExternalKeyValue, ExternalRef>();
  for (const e of refs) m.set(externalKey(e), e);
  return m;
}

/**
 * Indexes of external reference lists made by their producer (the snapshot's holders keep
 * theirs by the same key): the recorder diffs with them instead of indexing each list again.
 */
const madeIndexes = new WeakMap<readonly ExternalRef[], ReadonlyMap<ExternalKeyValue, ExternalRef>>();

/**
 * Records that `index` is `refs` indexed by externalKey, in `refs`' order (same entries, same
 * order: checked when the indexes are compared in tests).
 */
export function registerExternalIndex(refs: readonly ExternalRef[], index: ReadonlyMap<ExternalKeyValue, ExternalRef>): void {
  madeIndexes.set(refs, index);
}

/**
 * What a snapshot's producer knows of its change from the snapshot before it (`basis`, by its
 * objects list): the records that are not the basis's records of the same objects (new or
 * changed), the freed ones, and the addresses that may have gone (of objects freed or no longer
 * drawn). The recorder diffs with it instead of looking at every record.
 */
export interface ObjectChanges {
  basis: readonly ObjectSnapshot[];
  /** The basis's live records. */
  basisLive: number;
  /** The snapshot's live records. */
  live: number;
  /** Its live records that are not in the basis, in the snapshot's order. */
  fresh: readonly ObjectSnapshot[];
  /** Its freed records, in its order. */
  freed: readonly ObjectSnapshot[];
  gone: ReadonlySet<Address>;
}

/** Changes recorded by snapshots' producers, by the snapshot's objects list. */
const madeChanges = new WeakMap<readonly ObjectSnapshot[], ObjectChanges>();

/**
 * Records what the producer of `objects` knows of their change from `changes.basis`, and forgets
 * what it knew of the basis (each entry holds its basis: they must not make a chain back to the
 * first snapshot).
 */
export function registerObjectChanges(objects: readonly ObjectSnapshot[], changes: ObjectChanges): void {
  madeChanges.delete(changes.basis);
  madeChanges.set(objects, changes);
}

/**
 * The change from `a` to `b`, and `b`'s index (a recorder passes it back as the next step's
 * `before`, so each step's references are indexed once).
 */
function diffExternalIndexed(
  a: readonly ExternalRef[],
  b: readonly ExternalRef[],
  before: ReadonlyMap<ExternalKeyValue, ExternalRef> = externalIndex(a),
  useMade = false,
): { delta: ExternalRefsDelta | null; after: ReadonlyMap<ExternalKeyValue, ExternalRef> } {
  const d: ExternalRefsDelta = {};
  const made = useMade ? madeIndexes.get(b) : undefined;
  const after = made ?? new Map<ExternalKeyValue, ExternalRef>();
  const changed = (k: ExternalKeyValue, e: ExternalRef): void => {
    const old = before.get(k);
    if (old === undefined || old.count !== e.count || old.note !== e.note) (d.set ??= []).push(e);
  };
  if (made !== undefined) for (const [k, e] of made) changed(k, e);
  else {
    for (const e of b) {
      const k = externalKey(e);
      (after as Map<ExternalKeyValue, ExternalRef>).set(k, e);
      changed(k, e);
    }
  }
  for (const [k, e] of before) {
    if (after.has(k)) continue;
    const key: ExternalRefKey = { addr: e.addr, kind: e.kind };
    if (e.frame !== undefined) key.frame = e.frame;
    (d.remove ??= []).push(key);
  }
  return { delta: d.set === undefined && d.remove === undefined ? null : d, after };
}

function applyExternal(refs: readonly ExternalRef[], d: ExternalRefsDelta): ExternalRef[] {
  const m = externalIndex(refs);
  for (const k of d.remove ?? []) m.delete(externalKey(k));
  for (const e of d.set ?? []) m.set(externalKey(e), e);
  return [...m.values()];
}

function liveIndex(s: HeapSnapshot): Map<Address, ObjectSnapshot> {
  const m = new Map<Address, ObjectSnapshot>();
  for (const o of s.objects) if (o.state !== 'freed') m.set(o.addr, o);
  return m;
}

/** The delta that turns `prev` into `next`. */
export function diffSnapshots(prev: HeapSnapshot, next: HeapSnapshot): StepDelta {
  return diffIndexed(prev, liveIndex(prev), next).delta;
}

/**
 * diffSnapshots with `prev`'s objects (and maybe its external references) already indexed;
 * also returns `next`'s indexes (new ones: the reference path of diffIndexedInPlace).
 */
function diffIndexed(
  prev: HeapSnapshot,
  before: ReadonlyMap<Address, ObjectSnapshot>,
  next: HeapSnapshot,
  externalBefore?: ReadonlyMap<ExternalKeyValue, ExternalRef>,
): { delta: StepDelta; after: Map<Address, ObjectSnapshot>; externalAfter: ReadonlyMap<ExternalKeyValue, ExternalRef> } {
  const d: StepDelta = { step: next.step };
  const frames = diffFrames(prev.frames, next.frames);
  if (frames !== null) d.frames = frames;
  const after = new Map<Address, ObjectSnapshot>();
  for (const o of next.objects) {
    if (o.state === 'freed') {
      (d.freed ??= []).push(o);
      continue;
    }
    after.set(o.addr, o);
    const old = before.get(o.addr);
    if (old === undefined) (d.added ??= []).push(o);
    else if (old !== o) {
      const p = diffObject(old, o);
      if (p !== null) (d.changed ??= []).push(p);
    }
  }
  if (after.size !== before.size || d.added !== undefined) {
    for (const addr of before.keys()) if (!after.has(addr)) (d.removed ??= []).push(addr);
  }
  const { delta: ext, after: externalAfter } = diffExternalIndexed(prev.externalRefs, next.externalRefs, externalBefore, false);
  if (ext !== null) d.externalRefs = ext;
  diffRest(prev, next, d);
  return { delta: d, after, externalAfter };
}

function diffRest(prev: HeapSnapshot, next: HeapSnapshot, d: StepDelta): void {
  const alloc = diffAllocator(prev.allocator, next.allocator);
  if (alloc !== null) d.allocator = alloc;
  if (!sameGc(prev.gc, next.gc)) d.gc = next.gc;
  if ((prev.collection ?? null) !== (next.collection ?? null)) d.collection = next.collection ?? null;
}

/**
 * diffIndexed for a recorder: `index` (prev's live objects by address) is updated in place
 * into next's: consecutive steps share most objects, so most entries stay as they are.
 */
function diffIndexedInPlace(
  prev: HeapSnapshot,
  index: Map<Address, ObjectSnapshot>,
  next: HeapSnapshot,
  externalBefore?: ReadonlyMap<ExternalKeyValue, ExternalRef>,
): { delta: StepDelta; after: Map<Address, ObjectSnapshot>; externalAfter: ReadonlyMap<ExternalKeyValue, ExternalRef> } {
  const d: StepDelta = { step: next.step };
  const frames = diffFrames(prev.frames, next.frames);
  if (frames !== null) d.frames = frames;
  let after = index;
  const known = madeChanges.get(next.objects);
  madeChanges.delete(next.objects);
  if (known === undefined || known.basis !== prev.objects || index.size !== known.basisLive || !diffKnown(index, prev, known, d)) {
    if (known !== undefined) {
      // The producer's account did not add up: every record is compared, from prev's index.
      delete d.added;
      delete d.changed;
      delete d.freed;
      delete d.removed;
      after = index = liveIndex(prev);
    }
    const { live, duplicates } = diffObjects(index, next, d);
    // Invariant: a snapshot's live objects have distinct addresses (the heap gives one address to
    // one live object). If ever not, the index is rebuilt as the snapshot's.
    if (duplicates) after = liveIndex(next);
    if (index.size !== live || duplicates) removedObjects(prev, next, d, after);
  }
  const { delta: ext, after: externalAfter } = diffExternalIndexed(prev.externalRefs, next.externalRefs, externalBefore, true);
  if (ext !== null) d.externalRefs = ext;
  diffRest(prev, next, d);
  return { delta: d, after, externalAfter };
}

/**
 * Freed, added and changed objects of `next` against `index` (prev's live objects), which then
 * holds next's live objects too (and prev's that next has no more, removed by removedObjects).
 */
function diffObjects(index: Map<Address, ObjectSnapshot>, next: HeapSnapshot, d: StepDelta): { live: number; duplicates: boolean } {
  let live = 0;
  for (const o of next.objects) {
    if (o.state === 'freed') {
      (d.freed ??= []).push(o);
      continue;
    }
    live++;
    const old = index.get(o.addr);
    if (old === undefined) {
      (d.added ??= []).push(o);
      index.set(o.addr, o);
    } else if (old !== o) {
      const p = diffObject(old, o);
      if (p !== null) (d.changed ??= []).push(p);
      index.set(o.addr, o);
    }
  }
  return { live, duplicates: index.size < live };
}

/**
 * diffObjects and removedObjects from what the snapshot's producer knows (ObjectChanges): only
 * its fresh records are compared, and only the addresses that may have gone are looked for in
 * prev. The same delta, in the same order. False (the index then unusable) when the counts do
 * not add up.
 */
function diffKnown(index: Map<Address, ObjectSnapshot>, prev: HeapSnapshot, c: ObjectChanges, d: StepDelta): boolean {
  // The fresh records' addresses, when some address may have gone (one of them may be reused).
  const freshAddrs = c.gone.size > 0 ? new Set<Address>() : null;
  for (const o of c.fresh) {
    const old = index.get(o.addr);
    if (old === undefined) (d.added ??= []).push(o);
    else if (old !== o) {
      const p = diffObject(old, o);
      if (p !== null) (d.changed ??= []).push(p);
    }
    index.set(o.addr, o);
    freshAddrs?.add(o.addr);
  }
  if (c.freed.length > 0) d.freed = c.freed.slice();
  if (freshAddrs !== null) {
    const done = new Set<Address>();
    for (const o of prev.objects) {
      if (o.state === 'freed' || !c.gone.has(o.addr) || freshAddrs.has(o.addr) || done.has(o.addr)) continue;
      done.add(o.addr);
      (d.removed ??= []).push(o.addr);
      index.delete(o.addr);
    }
  }
  return index.size === c.live;
}

/** The addresses of prev's live objects that next has no more, in prev's order; off the index. */
function removedObjects(prev: HeapSnapshot, next: HeapSnapshot, d: StepDelta, index: Map<Address, ObjectSnapshot>): void {
  const now = new Set<Address>();
  for (const o of next.objects) if (o.state !== 'freed') now.add(o.addr);
  const done = new Set<Address>();
  for (const o of prev.objects) {
    if (o.state === 'freed' || now.has(o.addr) || done.has(o.addr)) continue;
    done.add(o.addr);
    (d.removed ??= []).push(o.addr);
    index.delete(o.addr);
  }
}

/**
 * A snapshot being rebuilt: objects by address (Map order is insertion order, which is why
 * a snapshot's `objects` order is not significant).
 */
interface WorkState {
  snapshot: HeapSnapshot;
  frames: Map<number, FrameSnapshot>;
  order: number[];
  live: Map<Address, ObjectSnapshot>;
  freed: ObjectSnapshot[];
}

function toState(s: HeapSnapshot): WorkState {
  const frames = new Map<number, FrameSnapshot>();
  for (const f of s.frames) frames.set(f.id, f);
  return {
    snapshot: s,
    frames,
    order: s.frames.map((f) => f.id),
    live: liveIndex(s),
    freed: s.objects.filter((o) => o.state === 'freed'),
  };
}

function applyToState(w: WorkState, d: StepDelta): void {
  const s = w.snapshot;
  if (d.frames !== undefined) applyFramesDelta(w, d.frames);
  for (const addr of d.removed ?? []) w.live.delete(addr);
  for (const o of d.added ?? []) w.live.set(o.addr, o);
  for (const p of d.changed ?? []) {
    const o = w.live.get(p.addr);
    if (o === undefined) throw new Error(`timeline: patch for unknown object 0x${p.addr.toString(16)}`);
    w.live.set(p.addr, applyObjectPatch(o, p));
  }
  w.freed = d.freed ?? [];
  w.snapshot = {
    ...s,
    step: d.step,
    externalRefs: d.externalRefs !== undefined ? applyExternal(s.externalRefs, d.externalRefs) : s.externalRefs,
    allocator: d.allocator !== undefined ? applyAllocatorDelta(s.allocator, d.allocator) : s.allocator,
    gc: d.gc ?? s.gc,
  };
  if (d.collection !== undefined) w.snapshot.collection = d.collection;
}

function applyFramesDelta(w: WorkState, d: FramesDelta): void {
  for (const f of d.added ?? []) w.frames.set(f.id, f);
  for (const p of d.changed ?? []) {
    const f = w.frames.get(p.id);
    if (f === undefined) throw new Error(`timeline: patch for unknown frame ${p.id}`);
    w.frames.set(p.id, applyFramePatch(f, p));
  }
  if (d.order !== undefined) {
    w.order = d.order;
    const keep = new Set(d.order);
    for (const id of w.frames.keys()) if (!keep.has(id)) w.frames.delete(id);
  }
}

function fromState(w: WorkState): HeapSnapshot {
  const objects: ObjectSnapshot[] = [];
  for (const o of w.live.values()) objects.push(o);
  for (const o of w.freed) objects.push(o);
  return { ...w.snapshot, frames: w.order.map((id) => w.frames.get(id)!), objects };
}

/** `prev` moved one step on by `delta`; `prev` is not changed (unchanged records are shared). */
export function applyDelta(prev: HeapSnapshot, delta: StepDelta): HeapSnapshot {
  const w = toState(prev);
  applyToState(w, delta);
  return fromState(w);
}

// ---------------------------------------------------------------------------------------------
// Timelines

/** Number of steps recorded (keyframe 0 plus one per delta). */
export function stepCount(t: Timeline): number {
  return t.keyframes.length === 0 ? 0 : t.deltas.length + 1;
}

/**
 * Where each step is (its line, file and event), without rebuilding any snapshot: what a host
 * needs to label a slider or to find the steps of a line.
 */
export function stepInfos(t: Timeline): StepInfo[] {
  if (t.keyframes.length === 0) return [];
  return [t.keyframes[0].snapshot.step, ...t.deltas.map((d) => d.step)];
}

/**
 * The steps a by-line stepper stops at in a timeline with finer steps (`fine` recordings): step
 * 0, each step a line starts (a `line` event), and the last step. The steps between two of
 * them are the finer ones inside that line (refcount changes, deallocations, collector phases).
 */
export function lineSteps(t: Timeline): number[] {
  const infos = stepInfos(t);
  const out: number[] = [];
  infos.forEach((s, i) => {
    if (i === 0 || i === infos.length - 1 || s.event?.kind === 'line') out.push(i);
  });
  return out;
}

/** The steps at which line `line` starts (its line events), in order. */
export function stepsAtLine(t: Timeline, line: number): number[] {
  const out: number[] = [];
  stepInfos(t).forEach((s, i) => {
    if (s.event?.kind === 'line' && s.line === line) out.push(i);
  });
  return out;
}

/** The full snapshot of step `stepIndex` (0-based), from the nearest keyframe at or before it. */
export function reconstruct(t: Timeline, stepIndex: number): HeapSnapshot {
  const n = stepCount(t);
  if (!Number.isInteger(stepIndex) || stepIndex < 0 || stepIndex >= n) {
    throw new RangeError(`timeline: step ${stepIndex} is outside 0..${n - 1}`);
  }
  const key = nearestKeyframe(t, stepIndex);
  if (key.step === stepIndex) return key.snapshot;
  const w = toState(key.snapshot);
  for (let i = key.step; i < stepIndex; i++) applyToState(w, t.deltas[i]);
  return fromState(w);
}

/** Every step's full snapshot in order, each built from the one before (linear in the run). */
export function* snapshots(t: Timeline): Generator<HeapSnapshot> {
  if (t.keyframes.length === 0) return;
  const w = toState(t.keyframes[0].snapshot);
  yield t.keyframes[0].snapshot;
  for (const d of t.deltas) {
    applyToState(w, d);
    yield fromState(w);
  }
}

function nearestKeyframe(t: Timeline, stepIndex: number): { step: number; snapshot: HeapSnapshot } {
  let lo = 0;
  let hi = t.keyframes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.keyframes[mid].step <= stepIndex) lo = mid;
    else hi = mid - 1;
  }
  return t.keyframes[lo];
}

export interface RecorderOptions {
  /** Steps kept at most (default 10,000); later steps are dropped and the end says why. */
  maxSteps?: number;
  /** Estimated bytes of deltas kept at most (default 48 MiB). */
  maxBytes?: number;
  /** A full snapshot every this many steps (default 500). */
  keyframeInterval?: number;
  /** Update the previous step's indexes in place (default true); false: the reference path. */
  incremental?: boolean;
}

/**
 * Builds a timeline from the full snapshots of consecutive steps. It keeps only the previous
 * snapshot, a delta per step, and a keyframe every `keyframeInterval` steps.
 */
export class TimelineRecorder {
  readonly timeline: Timeline = { version: VERSION, keyframes: [], deltas: [], end: null };
  /** Estimated size of what is kept, in bytes (the UTF-16 length of the JSON text counts 1 per char). */
  bytes = 0;
  private prev: HeapSnapshot | null = null;
  private prevIndex = new Map<Address, ObjectSnapshot>();
  private prevExternal: ReadonlyMap<ExternalKeyValue, ExternalRef> | undefined;
  private readonly maxSteps: number;
  private readonly maxBytes: number;
  private readonly keyframeInterval: number;
  private readonly incremental: boolean;

  constructor(opts: RecorderOptions = {}) {
    this.incremental = opts.incremental ?? true;
    this.maxSteps = opts.maxSteps ?? 10_000;
    this.maxBytes = opts.maxBytes ?? 48 * 1024 * 1024;
    this.keyframeInterval = opts.keyframeInterval ?? 500;
  }

  /** Records the next step; false (and the timeline ended) once a budget is used up. */
  push(s: HeapSnapshot): boolean {
    const t = this.timeline;
    if (t.end !== null) return false;
    const n = stepCount(t);
    if (n >= this.maxSteps) {
      this.finish('step-budget', `stopped after ${n} steps (the step budget)`);
      return false;
    }
    const step = { ...s, step: { ...s.step, index: n } };
    if (this.prev === null || n % this.keyframeInterval === 0) {
      if (!this.keep(estimateSize(step), n)) return false;
      t.keyframes.push({ step: n, snapshot: step });
    }
    if (this.prev !== null) {
      const diff = this.incremental ? diffIndexedInPlace : diffIndexed;
      const { delta, after, externalAfter } = diff(this.prev, this.prevIndex, step, this.prevExternal);
      if (!this.keep(estimateSize(delta), n)) return false;
      t.deltas.push(delta);
      this.prevIndex = after;
      this.prevExternal = externalAfter;
    } else {
      this.prevIndex = liveIndex(step);
    }
    this.prev = step;
    return true;
  }

  private keep(size: number, n: number): boolean {
    if (this.bytes + size > this.maxBytes) {
      this.finish('size-budget', `stopped after ${n} steps (the memory budget of ${this.maxBytes} bytes)`);
      return false;
    }
    this.bytes += size;
    return true;
  }

  /** Ends the recording: the run finished, raised, or a budget stopped it. */
  finish(reason: TimelineEndReason, message = ''): void {
    if (this.timeline.end === null) this.timeline.end = { reason, message };
  }
}

/** Size estimate of plain data: its JSON length (what a host pays to send or store it). */
export function estimateSize(x: unknown): number {
  return JSON.stringify(x).length;
}
