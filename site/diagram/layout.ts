/**
 * Heap view layout: a snapshot becomes positioned boxes and edges. Frames stack on the left;
 * objects stand in columns on the right, each next to what first refers to it.
 *
 * Placement is stable across steps: a PlacementMemory (address -> column and y), passed from
 * call to call, puts every object that was drawn before back where it was. Only new objects
 * look for room, nearest to the row that refers to them, so one object appearing never moves
 * another. An object that grows past its reserved height moves alone, and only when the room
 * below it is taken.
 */
import type { Address, ExternalRef, FrameSnapshot, HeapSnapshot, NameBinding, ObjectSnapshot } from '../../kernel/protocol.ts';
import { Column } from './columns.ts';
import { type Arrow, forwardPoints, route } from './edges.ts';
import { Geo } from './geometry.ts';
import { type Shape, boxHeight, shapeOf } from './shapes.ts';

export { extLines, marksOf } from './shapes.ts';


export interface LayoutOptions {
  /** Rows shown per container before it is cut (the last row then says how many more). */
  maxSlots?: number;
  /**
   * Heap columns at most; deeper objects share the last one. By default it grows with the
   * number of objects (6 up to 40), and never shrinks within one placement memory.
   */
  maxColumns?: number;
  /** Draw dict key edges (off: keys read in the row label, key objects are not drawn for them). */
  keyEdges?: boolean;
}

const DEFAULTS: Required<LayoutOptions> = { maxSlots: 8, maxColumns: 0, keyEdges: false };

/** Columns for n objects when the caller does not say: wider as the heap grows. */
function autoColumns(n: number): number {
  return Math.min(40, Math.max(6, Math.ceil(Math.sqrt(n / 4))));
}

interface Place {
  col: number;
  y: number;
  /** Reserved height. */
  h: number;
  /** The memory's call count when the object was last drawn. */
  seen: number;
}

/** Where objects were drawn, by address: pass the same memory to every call of one run. */
export interface PlacementMemory {
  places: Map<Address, Place>;
  calls: number;
  /** Columns used so far (automatic column counts only grow, so that nothing moves back). */
  columns: number;
}

export function createPlacementMemory(): PlacementMemory {
  return { places: new Map(), calls: 0, columns: 0 };
}

export interface SlotRow {
  /** Row centre, relative to the box top. */
  cy: number;
  label: string;
  target: Address;
  weak: boolean;
  /** References the row stands for (a run of items pointing to one object is one row). */
  n: number;
}

export interface ObjectBox {
  o: ObjectSnapshot;
  x: number;
  y: number;
  w: number;
  h: number;
  col: number;
  marks: string[];
  ext: ExternalRef[];
  /** Rows of references from outside the drawn heap ('+ consts 1 · arena 1'). */
  extRows: string[];
  slots: SlotRow[];
  /** References not shown as rows (cut containers), and how many objects are therefore not drawn. */
  more: number;
  folded: number;
  /** Offsets of the rows, relative to the box top. */
  summaryY: number;
  moreY: number;
  footY: number;
  extY: number;
}

export interface NameRow {
  binding: NameBinding;
  /** Row centre, absolute. */
  cy: number;
}

export interface FrameBox {
  f: FrameSnapshot;
  x: number;
  y: number;
  w: number;
  h: number;
  rows: NameRow[];
}

export interface Edge extends Arrow {
  weak: boolean;
  from: Address | null;
  to: Address;
  /** The source is unreachable garbage. */
  garbage: boolean;
}

export interface HeapLayout {
  width: number;
  height: number;
  frames: FrameBox[];
  /** y of the "suspended" label, or -1. */
  suspendedY: number;
  boxes: ObjectBox[];
  edges: Edge[];
  byAddr: Map<Address, ObjectBox>;
  /** Globals dicts not drawn (their entries are the frames' global names). */
  hiddenGlobals: Set<Address>;
  /** Objects in the snapshot that are not drawn: behind cut containers, dict keys, hidden globals. */
  folded: number;
  legendY: number;
}


// ---------------------------------------------------------------------------------------------
// Discovery: which objects are drawn, and in what order new ones are placed.

interface Found {
  addr: Address;
  /** Parent box address (null: frame row or root). */
  parent: Address | null;
  /** Row centre of the reference, absolute once the parent is placed (frames: known now). */
  frameRowY: number | null;
  slot: number;
}

interface Ctx {
  snap: HeapSnapshot;
  opts: Required<LayoutOptions>;
  live: Map<Address, ObjectSnapshot>;
  ext: Map<Address, ExternalRef[]>;
  hiddenGlobals: Set<Address>;
  shapes: Map<Address, Shape>;
  found: Map<Address, Found>;
  order: Address[];
  folded: Set<Address>;
}

function shape(ctx: Ctx, o: ObjectSnapshot): Shape {
  let s = ctx.shapes.get(o.addr);
  if (s === undefined) {
    s = shapeOf(o, ctx.opts, ctx.ext.get(o.addr) ?? []);
    ctx.shapes.set(o.addr, s);
  }
  return s;
}

function discover(ctx: Ctx, f: Found): void {
  if (ctx.found.has(f.addr) || !ctx.live.has(f.addr) || ctx.hiddenGlobals.has(f.addr)) return;
  ctx.found.set(f.addr, f);
  ctx.order.push(f.addr);
}

/** Breadth first from the queue position `from`: children of every found object. */
function expand(ctx: Ctx, from: number): void {
  for (let i = from; i < ctx.order.length; i++) {
    const addr = ctx.order[i];
    const s = shape(ctx, ctx.live.get(addr)!);
    for (let k = 0; k < s.rows.length; k++) {
      discover(ctx, { addr: s.rows[k].target, parent: addr, frameRowY: null, slot: k });
    }
  }
}

function discoverAll(ctx: Ctx, frameBoxes: FrameBox[]): void {
  for (const fb of frameBoxes) {
    for (const row of fb.rows) {
      const a = row.binding.addr;
      if (a !== null) discover(ctx, { addr: a, parent: null, frameRowY: row.cy, slot: -1 });
    }
  }
  expand(ctx, 0);
  // Cyclic garbage next: it has no path from the frames.
  const garbage = ctx.snap.objects.filter((o) => o.state === 'unreachable' && !ctx.found.has(o.addr));
  garbage.sort((a, b) => a.addr - b.addr);
  let mark = ctx.order.length;
  for (const o of garbage) discover(ctx, { addr: o.addr, parent: null, frameRowY: null, slot: -1 });
  expand(ctx, mark);
  foldHidden(ctx);
  // What is left is held from outside the drawn heap only (value stack, hidden objects).
  const rest: ObjectSnapshot[] = [];
  for (const o of ctx.live.values()) {
    if (!ctx.found.has(o.addr) && !ctx.folded.has(o.addr) && !ctx.hiddenGlobals.has(o.addr)) rest.push(o);
  }
  rest.sort((a, b) => a.addr - b.addr);
  mark = ctx.order.length;
  for (const o of rest) {
    if (ctx.found.has(o.addr)) continue;
    discover(ctx, { addr: o.addr, parent: null, frameRowY: null, slot: -1 });
    expand(ctx, mark);
    mark = ctx.order.length;
  }
}

/** Objects reached only through cut rows, dict keys or hidden globals are folded away. */
function foldHidden(ctx: Ctx): void {
  const stack: Address[] = [];
  for (const addr of ctx.order) {
    const s = shape(ctx, ctx.live.get(addr)!);
    for (const t of s.cutTargets) stack.push(t);
    for (const t of s.keyTargets) stack.push(t);
  }
  for (const g of ctx.hiddenGlobals) for (const r of ctx.live.get(g)!.referents) stack.push(r.addr);
  while (stack.length > 0) {
    const a = stack.pop()!;
    if (ctx.found.has(a) || ctx.folded.has(a) || ctx.hiddenGlobals.has(a)) continue;
    const o = ctx.live.get(a);
    if (o === undefined) continue;
    ctx.folded.add(a);
    for (const r of o.referents) stack.push(r.addr);
  }
}

// ---------------------------------------------------------------------------------------------
// Placement

function colX(col: number): number {
  return Geo.MARGIN + Geo.FRAME_W + Geo.GUTTER + col * (Geo.BOX_W + Geo.COL_GAP);
}

function layoutFrames(frames: FrameSnapshot[]): { boxes: FrameBox[]; bottom: number; suspendedY: number } {
  const boxes: FrameBox[] = [];
  let y = Geo.MARGIN + Geo.TITLE_H;
  let suspendedY = -1;
  for (const f of frames) {
    if (f.suspended && suspendedY < 0) {
      suspendedY = y + 4;
      y += Geo.SUSPENDED_LABEL;
    }
    const rows: NameRow[] = [];
    const n = Math.max(1, f.names.length);
    for (let i = 0; i < f.names.length; i++) {
      rows.push({ binding: f.names[i], cy: y + Geo.FRAME_HEAD + Geo.FRAME_PAD + i * Geo.FRAME_ROW + Geo.FRAME_ROW / 2 });
    }
    const h = Geo.FRAME_HEAD + 2 * Geo.FRAME_PAD + n * Geo.FRAME_ROW;
    boxes.push({ f, x: Geo.MARGIN, y, w: Geo.FRAME_W, h, rows });
    y += h + Geo.FRAME_GAP;
  }
  return { boxes, bottom: y, suspendedY };
}

interface Placer {
  cols: Column[];
  top: number;
  maxColumns: number;
}

function column(p: Placer, c: number): Column {
  while (p.cols.length <= c) p.cols.push(new Column());
  return p.cols[c];
}

/**
 * Room for a new object of height `span` nearest (col, pref); with `spill`, a later column
 * when its own has no room near enough.
 */
function placeNew(p: Placer, col: number, pref: number, span: number, spill = true): { col: number; y: number } {
  if (!Number.isFinite(pref)) {
    // No referrer to stand next to: the end of the column.
    const c = column(p, col);
    const y = Math.max(p.top, c.bottom());
    c.take(y, y + span);
    return { col, y };
  }
  let bestCol = col;
  let best = column(p, col).nearest(pref, span, p.top);
  for (let c = col + 1; spill && c < p.maxColumns && best.d > Geo.FAR; c++) {
    const n = column(p, c).nearest(pref, span, p.top);
    if (n.d < best.d) (best = n), (bestCol = c);
  }
  column(p, bestCol).take(best.y, best.y + span);
  return { col: bestCol, y: best.y };
}

function preferred(ctx: Ctx, f: Found, placed: Map<Address, ObjectBox>): { col: number; y: number } {
  if (f.frameRowY !== null) return { col: 0, y: f.frameRowY - Geo.ANCHOR };
  if (f.parent !== null) {
    const pb = placed.get(f.parent);
    if (pb !== undefined) {
      const row = pb.slots[f.slot];
      return { col: pb.col + 1, y: pb.y + (row !== undefined ? row.cy : Geo.ANCHOR) - Geo.ANCHOR };
    }
  }
  return { col: 0, y: Infinity };
}

function makeBox(ctx: Ctx, o: ObjectSnapshot, s: Shape, col: number, y: number): ObjectBox {
  const marksH = s.marks.length > 0 ? Geo.MARKS : 0;
  const summaryY = Geo.HEAD + marksH;
  const firstRow = summaryY + Geo.SUMMARY;
  const slots: SlotRow[] = s.rows.map((r, i) => ({ cy: firstRow + i * Geo.SLOT + Geo.SLOT / 2, ...r }));
  const moreY = firstRow + s.rows.length * Geo.SLOT;
  const footY = moreY + (s.more > 0 ? Geo.SLOT : 0) + Geo.PAD;
  const cut = new Set<Address>();
  for (const t of s.cutTargets) if (ctx.folded.has(t)) cut.add(t);
  const folded = cut.size;
  return {
    o,
    x: colX(col),
    y,
    w: Geo.BOX_W,
    h: s.h,
    col,
    marks: s.marks,
    ext: ctx.ext.get(o.addr) ?? [],
    extRows: s.extRows,
    slots,
    more: s.more,
    folded,
    summaryY,
    moreY,
    footY,
    extY: footY + Geo.FOOT,
  };
}

/**
 * Puts every drawn object that has a remembered place back there. First every one takes the
 * room it had reserved; then the ones that grew past it extend downwards where that room is
 * free. A grower that finds its way blocked leaves (placeFresh finds it a new place): it never
 * pushes another object out.
 */
function placeRemembered(ctx: Ctx, p: Placer, mem: PlacementMemory, placed: Map<Address, ObjectBox>): void {
  const again: { addr: Address; place: Place; col: number }[] = [];
  for (const addr of ctx.order) {
    const place = mem.places.get(addr);
    if (place !== undefined) again.push({ addr, place, col: Math.min(place.col, p.maxColumns - 1) });
  }
  // What the previous call drew keeps its place first: a stale place (an address freed and now
  // reused by a new object) yields to it instead of pushing it out.
  const recent = (a: { place: Place }): number => (a.place.seen >= mem.calls - 1 ? 1 : 0);
  again.sort((a, b) => recent(b) - recent(a) || a.col - b.col || a.place.y - b.place.y);
  const grown: typeof again = [];
  for (const a of again) {
    const col = column(p, a.col);
    const end = a.place.y + a.place.h + Geo.BOX_GAP;
    // Two remembered places can clash (an address left and came back while another took its room).
    if (!col.free(a.place.y, end)) continue;
    col.take(a.place.y, end);
    if (shape(ctx, ctx.live.get(a.addr)!).h > a.place.h) grown.push(a);
    else settle(ctx, mem, placed, a.addr, a.place, a.col);
  }
  for (const a of grown) {
    const col = column(p, a.col);
    const h = shape(ctx, ctx.live.get(a.addr)!).h;
    const end = a.place.y + a.place.h + Geo.BOX_GAP;
    if (col.free(end, a.place.y + h + Geo.BOX_GAP)) {
      col.release(a.place.y);
      col.take(a.place.y, a.place.y + h + Geo.BOX_GAP);
      a.place.h = h;
      settle(ctx, mem, placed, a.addr, a.place, a.col);
    } else {
      col.release(a.place.y);
    }
  }
}

function settle(ctx: Ctx, mem: PlacementMemory, placed: Map<Address, ObjectBox>, addr: Address, place: Place, col: number): void {
  placed.set(addr, makeBox(ctx, ctx.live.get(addr)!, shape(ctx, ctx.live.get(addr)!), col, place.y));
  place.seen = mem.calls;
}

function placeFresh(ctx: Ctx, p: Placer, mem: PlacementMemory, placed: Map<Address, ObjectBox>): void {
  for (const addr of ctx.order) {
    if (placed.has(addr)) continue;
    const o = ctx.live.get(addr)!;
    const s = shape(ctx, o);
    const f = ctx.found.get(addr)!;
    const pref = preferred(ctx, f, placed);
    // Objects named by frames stay in the first column, so that no name's arrow crosses a box.
    const at = placeNew(p, Math.min(pref.col, p.maxColumns - 1), pref.y, s.reserve + Geo.BOX_GAP, f.frameRowY === null);
    placed.set(addr, makeBox(ctx, o, s, at.col, at.y));
    mem.places.set(addr, { col: at.col, y: at.y, h: s.reserve, seen: mem.calls });
  }
}

/** Freed objects stay where they were for the step they die in (unless a new object took the address). */
function placeFreed(ctx: Ctx, p: Placer, mem: PlacementMemory, freed: ObjectSnapshot[]): ObjectBox[] {
  const out: ObjectBox[] = [];
  for (const o of freed) {
    const reused = ctx.live.has(o.addr);
    const s = shapeOf(o, ctx.opts, []);
    if (reused) s.marks.push('address reused');
    s.h = boxHeight(s.marks.length > 0, s.rows.length, s.more > 0, 0);
    const place = reused ? undefined : mem.places.get(o.addr);
    const span = s.h + Geo.BOX_GAP;
    let at: { col: number; y: number };
    if (place !== undefined && column(p, place.col).free(place.y, place.y + span)) {
      column(p, place.col).take(place.y, place.y + span);
      at = place;
    } else {
      at = placeNew(p, place?.col ?? 0, place?.y ?? Infinity, span);
    }
    if (!reused) mem.places.set(o.addr, { col: at.col, y: at.y, h: s.h, seen: mem.calls });
    out.push(makeBox(ctx, o, s, at.col, at.y));
  }
  return out;
}

/** Drops the oldest places once the memory holds far more than is drawn. */
function pruneMemory(mem: PlacementMemory, drawn: number): void {
  const limit = 4 * drawn + 1024;
  if (mem.places.size <= limit) return;
  const entries = [...mem.places.entries()].sort((a, b) => b[1].seen - a[1].seen);
  mem.places = new Map(entries.slice(0, limit));
}

// ---------------------------------------------------------------------------------------------
// Edges

function slotEdge(src: ObjectBox, row: SlotRow, t: ObjectBox): Edge {
  const a = route(src, src.y + row.cy, t, Geo.ANCHOR);
  return { ...a, weak: row.weak, from: src.o.addr, to: t.o.addr, garbage: src.o.state === 'unreachable' };
}

function buildEdges(frames: FrameBox[], boxes: Map<Address, ObjectBox>, all: ObjectBox[], top: number): Edge[] {
  const edges: Edge[] = [];
  const cols = columnSpans(all);
  for (const fb of frames) {
    for (const row of fb.rows) {
      const a = row.binding.addr;
      const t = a === null ? undefined : boxes.get(a);
      if (t === undefined) continue;
      const e: Edge = {
        x1: fb.x + fb.w - 10, y1: row.cy, x2: t.x, y2: t.y + Geo.ANCHOR, route: 'forward',
        weak: false, from: null, to: t.o.addr, garbage: false,
      };
      edges.push(avoidBoxes(e, cols, 0, t.col, top));
    }
  }
  for (const b of boxes.values()) {
    for (const row of b.slots) {
      const t = boxes.get(row.target);
      if (t === undefined) continue;
      const e = slotEdge(b, row, t);
      edges.push(e.route === 'forward' ? avoidBoxes(e, cols, b.col + 1, t.col, top) : e);
    }
  }
  return edges;
}

/** The y ranges of the boxes of each column. */
function columnSpans(boxes: ObjectBox[]): Map<number, [number, number][]> {
  const m = new Map<number, [number, number][]>();
  for (const b of boxes) {
    let l = m.get(b.col);
    if (l === undefined) m.set(b.col, (l = []));
    l.push([b.y, b.y + b.h]);
  }
  return m;
}

const enum Channel {
  /** Room kept between an arrow running through a gap and the boxes above and below it. */
  CLEAR = 4,
  /** Where the arrow turns into the gap, before the first column it passes. */
  TURN = 8,
}

/**
 * An arrow whose curve would cross boxes of the columns between its ends (columns `from` to
 * `to` - 1) runs through a gap between them: at the free y nearest its two ends.
 */
function avoidBoxes(e: Edge, cols: Map<number, [number, number][]>, from: number, to: number, top: number): Edge {
  if (to <= from) return e;
  const spans: [number, number][] = [];
  for (let c = from; c < to; c++) for (const s of cols.get(c) ?? []) spans.push(s);
  if (spans.length === 0) return e;
  const x0 = colX(from);
  const x1 = colX(to - 1) + Geo.BOX_W;
  const inside = (x: number, y: number): boolean => {
    if (x < x0 || x > x1) return false;
    const c = Math.floor((x - x0) / (Geo.BOX_W + Geo.COL_GAP)) + from;
    if (x > colX(c) + Geo.BOX_W) return false;
    for (const [a, b] of cols.get(c) ?? []) if (y > a && y < b) return true;
    return false;
  };
  if (!forwardPoints(e).some((p) => inside(p.x, p.y))) return e;
  const free = (y: number): boolean => y >= top - Geo.BOX_GAP && spans.every(([a, b]) => y < a - Channel.CLEAR || y > b + Channel.CLEAR);
  // The ends' own heights, the middle of each gap between boxes, above and below them all.
  const candidates = [e.y1, e.y2];
  spans.sort((p, q) => p[0] - q[0]);
  let end = -Infinity;
  for (const [a, b] of spans) {
    candidates.push(end === -Infinity ? a - Geo.BOX_GAP / 2 : (end + a) / 2);
    end = Math.max(end, b);
  }
  candidates.push(end + Geo.BOX_GAP / 2);
  let best: number | null = null;
  let cost = Infinity;
  for (const y of candidates) {
    if (!free(y)) continue;
    const d = Math.abs(y - e.y1) + Math.abs(y - e.y2);
    if (d < cost) (best = y), (cost = d);
  }
  if (best === null) return e;
  return { ...e, channel: { y: best, x0: x0 - Channel.TURN, x1: x1 + Channel.TURN } };
}

// ---------------------------------------------------------------------------------------------

function externalIndex(refs: ExternalRef[]): Map<Address, ExternalRef[]> {
  const m = new Map<Address, ExternalRef[]>();
  for (const e of refs) {
    const l = m.get(e.addr);
    if (l === undefined) m.set(e.addr, [e]);
    else l.push(e);
  }
  return m;
}

/**
 * Positions for every frame, object and reference of `snap`. `memory` is updated in place:
 * pass the same one for every step of a run (forwards or backwards) to keep objects in place.
 */
export function layoutHeap(snap: HeapSnapshot, memory: PlacementMemory = createPlacementMemory(), options: LayoutOptions = {}): HeapLayout {
  const opts = { ...DEFAULTS, ...options };
  memory.calls++;
  const live = new Map<Address, ObjectSnapshot>();
  const freed: ObjectSnapshot[] = [];
  for (const o of snap.objects) {
    if (o.state === 'freed') freed.push(o);
    else live.set(o.addr, o);
  }
  const hiddenGlobals = new Set<Address>();
  for (const f of snap.frames) if (f.globals !== null && live.has(f.globals)) hiddenGlobals.add(f.globals);
  const ctx: Ctx = {
    snap, opts, live, ext: externalIndex(snap.externalRefs), hiddenGlobals,
    shapes: new Map(), found: new Map(), order: [], folded: new Set(),
  };
  const fr = layoutFrames(snap.frames);
  discoverAll(ctx, fr.boxes);
  let columns = opts.maxColumns;
  if (columns <= 0) columns = memory.columns = Math.max(memory.columns, autoColumns(live.size));
  const p: Placer = { cols: [], top: Geo.MARGIN + Geo.TITLE_H, maxColumns: Math.max(1, columns) };
  const placed = new Map<Address, ObjectBox>();
  placeRemembered(ctx, p, memory, placed);
  placeFresh(ctx, p, memory, placed);
  const freedBoxes = placeFreed(ctx, p, memory, freed);
  const boxes = [...placed.values(), ...freedBoxes];
  const edges = buildEdges(fr.boxes, placed, boxes, p.top);
  pruneMemory(memory, boxes.length);
  let bottom = fr.bottom;
  let right = Geo.MARGIN + Geo.FRAME_W;
  for (const b of boxes) {
    if (b.y + b.h > bottom) bottom = b.y + b.h;
    if (b.x + b.w > right) right = b.x + b.w;
  }
  const legendY = bottom + Geo.BOX_GAP;
  return {
    width: Math.max(right + Geo.MARGIN + Geo.RIGHT, 640),
    height: legendY + Geo.LEGEND_H + Geo.MARGIN,
    frames: fr.boxes,
    suspendedY: fr.suspendedY,
    boxes,
    edges,
    byAddr: placed,
    hiddenGlobals,
    folded: ctx.folded.size,
    legendY,
  };
}
