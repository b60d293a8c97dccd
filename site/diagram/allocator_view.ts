/**
 * The allocator view: pymalloc's arenas and what a reader needs of them at one step: the pools
 * that hold the snapshot's objects or changed at this step, each with its blocks as a grid
 * (handed out, on the pool's free list, or never used) and the objects marked in the blocks they
 * live in; the arena's other pools in one line per size class (pools used / full / empty,
 * blocks). Under them: the per-type free lists, and the objects that live outside pymalloc (big
 * ones from the raw allocator, static ones). About 690 px wide, the text column's width.
 */
import type { Address, AllocatorSnapshot, ArenaSnapshot, BlockState, HeapSnapshot, ObjectSnapshot, PoolSnapshot } from '../../kernel/protocol.ts';
import { describeAllocator } from './describe.ts';
import { type RenderOptions, svgDocument, text } from './svg.ts';
import { Advance, bytes, cut, esc, fits, hex } from './text.ts';

/** Sizes of the allocator view, in pixels: at most ~690 wide, the width of the text column. */
const enum AGeo {
  MARGIN = 16,
  TITLE_H = 34,
  ARENA_HEAD = 30,
  ARENA_GAP = 20,
  TILE_W = 152,
  TILE_GAP = 10,
  TILES_PER_ROW = 4,
  TILE_HEAD = 34,
  /** The block grid's square. */
  GRID = 124,
  OBJ_LINE = 13,
  OBJ_LINES = 3,
  /** One summary line (the arena's other pools of one size class). */
  SUM_LINE = 16,
  SIDE_W = 300,
  SIDE_GAP = 28,
  /** Pool tiles drawn at most; further pools of interest join their class's summary line. */
  MAX_TILES = 12,
}

const TILE_H = AGeo.TILE_HEAD + AGeo.GRID + 8 + AGeo.OBJ_LINES * AGeo.OBJ_LINE + 8;
const ARENA_W = AGeo.TILES_PER_ROW * (AGeo.TILE_W + AGeo.TILE_GAP) + AGeo.TILE_GAP;

const CSS =
  '.hb .ar{fill:none;stroke:var(--hb-line);stroke-dasharray:2 3}' +
  '.hb .pl{fill:var(--hb-box);stroke:var(--hb-line)}.hb .pl.empty{opacity:.55}.hb .pl.chg{stroke:var(--hb-badge);stroke-width:2}' +
  '.hb .ba{fill:var(--hb-alloc)}.hb .bf{fill:var(--hb-free)}.hb .bv{fill:var(--hb-virgin)}' +
  '.hb .bo{fill:var(--hb-badge)}.hb .bar{fill:var(--hb-alloc)}.hb .barbg{fill:var(--hb-virgin)}';

const STATE_CLASS: Record<BlockState, string> = { allocated: 'ba', free: 'bf', virgin: 'bv' };

interface PoolObjects {
  /** Block index -> objects in it (one, unless a freed and a new object share it). */
  byBlock: Map<number, ObjectSnapshot[]>;
  list: ObjectSnapshot[];
}

/** Which pool (by address) each object's block is in; objects in no pool are returned apart. */
function placeObjects(a: AllocatorSnapshot, objects: ObjectSnapshot[]): { pools: Map<Address, PoolObjects>; outside: ObjectSnapshot[] } {
  const pools: PoolSnapshot[] = [];
  for (const ar of a.arenas) for (const p of ar.pools) pools.push(p);
  pools.sort((x, y) => x.address - y.address);
  const out = new Map<Address, PoolObjects>();
  const outside: ObjectSnapshot[] = [];
  for (const o of objects) {
    const at = o.block ?? o.addr;
    const p = findPool(pools, at, a.layout.poolSize);
    if (p === null) {
      outside.push(o);
      continue;
    }
    const k = Math.floor((at - p.address - a.layout.poolOverhead) / p.blockSize);
    let po = out.get(p.address);
    if (po === undefined) out.set(p.address, (po = { byBlock: new Map(), list: [] }));
    const here = po.byBlock.get(k);
    if (here === undefined) po.byBlock.set(k, [o]);
    else here.push(o);
    po.list.push(o);
  }
  return { pools: out, outside };
}

function findPool(sorted: PoolSnapshot[], at: Address, poolSize: number): PoolSnapshot | null {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = sorted[mid];
    if (at < p.address) hi = mid - 1;
    else if (at >= p.address + poolSize) lo = mid + 1;
    else return p;
  }
  return null;
}

/** The blocks of a pool as a square grid; runs of one state in a grid row are one rect. */
function gridSvg(p: PoolSnapshot, po: PoolObjects | undefined, x: number, y: number): string {
  const cols = Math.ceil(Math.sqrt(p.capacity));
  const cell = Math.max(2, Math.floor(AGeo.GRID / cols));
  // Big cells get a 1px gap, so runs are not merged there.
  const gap = cell >= 8 ? 1 : 0;
  const merge = gap === 0;
  const states = p.blocks ?? fallbackStates(p);
  let s = '';
  for (let row = 0; row * cols < p.capacity; row++) {
    let k = row * cols;
    const end = Math.min(p.capacity, k + cols);
    while (k < end) {
      const st = states[k];
      let run = k + 1;
      while (merge && run < end && states[run] === st) run++;
      const cx = x + (k - row * cols) * cell;
      s += `<rect class="${STATE_CLASS[st]}" x="${cx}" y="${y + row * cell}" width="${(run - k) * cell - gap}" height="${cell - gap}"/>`;
      k = run;
    }
  }
  if (po !== undefined) {
    for (const [k, objs] of po.byBlock) {
      const cx = x + (k % cols) * cell;
      const cy = y + Math.floor(k / cols) * cell;
      const o = objs[objs.length - 1];
      s += `<rect class="bo" x="${cx}" y="${cy}" width="${cell - gap}" height="${cell - gap}"><title>${escTitle(o)}</title></rect>`;
    }
  }
  return s;
}

function escTitle(o: ObjectSnapshot): string {
  return esc(`${o.type} at ${hex(o.addr)}: ${o.summary}`);
}

/** Without per-block states: the used blocks first, then free, then virgin (an approximation). */
function fallbackStates(p: PoolSnapshot): BlockState[] {
  const out: BlockState[] = [];
  for (let k = 0; k < p.capacity; k++) out.push(k < p.used ? 'allocated' : k < p.capacity - p.virgin ? 'free' : 'virgin');
  return out;
}

function tileSvg(p: PoolSnapshot, po: PoolObjects | undefined, changed: boolean, x: number, y: number): string {
  let s = `<g class="pool" data-pool="${hex(p.address)}" data-class="${p.sizeClass}"${changed ? ' data-changed="1"' : ''}>`;
  s += `<rect class="pl ${p.state}${changed ? ' chg' : ''}" x="${x}" y="${y}" width="${AGeo.TILE_W}" height="${TILE_H}" rx="5"/>`;
  s += text(x + 8, y + 15, `${p.blockSize} B blocks`, 'b');
  s += text(x + AGeo.TILE_W - 8, y + 15, `class ${p.sizeClass}`, 's', 'end');
  s += text(x + 8, y + 28, `${p.used}/${p.capacity} used · ${p.state}`, 's');
  s += gridSvg(p, po, x + 14, y + AGeo.TILE_HEAD);
  const objs = po?.list ?? [];
  const ly = y + AGeo.TILE_HEAD + AGeo.GRID + 8;
  const room = fits(AGeo.TILE_W - 16, 9.5, Advance.SANS);
  for (let i = 0; i < Math.min(objs.length, AGeo.OBJ_LINES); i++) {
    const last = i === AGeo.OBJ_LINES - 1 && objs.length > AGeo.OBJ_LINES;
    const line = last ? `+ ${objs.length - i} more objects` : `${objs[i].type} ${objs[i].summary}`;
    s += text(x + 8, ly + i * AGeo.OBJ_LINE + 9, cut(line, room), 's');
  }
  if (objs.length === 0 && changed) s += text(x + 8, ly + 9, 'changed at this step', 's');
  return s + '</g>';
}

/** An arena's pools of one size class that get no tile, in one line. */
export interface PoolSummary {
  arena: number;
  sizeClass: number;
  blockSize: number;
  pools: number;
  used: number;
  full: number;
  empty: number;
  /** Blocks handed out, and blocks the pools can hold. */
  blocks: number;
  capacity: number;
}

/** The summary lines of an arena's pools (those without a tile), one per size class. */
export function summarisePools(arena: number, pools: readonly PoolSnapshot[]): PoolSummary[] {
  const by = new Map<number, PoolSummary>();
  for (const p of pools) {
    let r = by.get(p.sizeClass);
    if (r === undefined) {
      r = { arena, sizeClass: p.sizeClass, blockSize: p.blockSize, pools: 0, used: 0, full: 0, empty: 0, blocks: 0, capacity: 0 };
      by.set(p.sizeClass, r);
    }
    r.pools++;
    r[p.state]++;
    r.blocks += p.used;
    r.capacity += p.capacity;
  }
  return [...by.values()].sort((x, y) => x.sizeClass - y.sizeClass);
}

function summaryText(r: PoolSummary): string {
  const states = (['used', 'full', 'empty'] as const).filter((k) => r[k] > 0).map((k) => `${r[k]} ${k}`).join(', ');
  return `${r.pools} pool${r.pools === 1 ? '' : 's'} (${states}) · ${r.blocks}/${r.capacity} blocks`;
}

function summarySvg(r: PoolSummary, x: number, y: number): string {
  const barW = 120;
  const fill = r.capacity === 0 ? 0 : Math.round((barW * r.blocks) / r.capacity);
  return (
    `<g class="poolsum" data-class="${r.sizeClass}" data-pools="${r.pools}">` +
    text(x, y + 10, `class ${r.sizeClass} · ${r.blockSize} B`, 's') +
    `<rect class="barbg" x="${x + 92}" y="${y + 2}" width="${barW}" height="9" rx="2"/>` +
    (fill > 0 ? `<rect class="bar" x="${x + 92}" y="${y + 2}" width="${fill}" height="9" rx="2"/>` : '') +
    text(x + 100 + barW, y + 10, summaryText(r), 's') +
    '</g>'
  );
}

function arenaSvg(
  ar: ArenaSnapshot, placed: Map<Address, PoolObjects>, focus: Map<Address, PoolFocus>, x: number, y: number,
): { svg: string; h: number; summaries: PoolSummary[] } {
  const sorted = ar.pools.slice().sort((a, b) => a.sizeClass - b.sizeClass || a.address - b.address);
  const tiles = sorted.filter((p) => focus.has(p.address));
  const summaries = summarisePools(ar.index, sorted.filter((p) => !focus.has(p.address)));
  const rows = Math.ceil(tiles.length / AGeo.TILES_PER_ROW);
  const tilesH = rows * (TILE_H + AGeo.TILE_GAP);
  const sumH = summaries.length === 0 ? 0 : 18 + summaries.length * AGeo.SUM_LINE;
  const h = AGeo.ARENA_HEAD + Math.max(tilesH + sumH, 24) + AGeo.TILE_GAP;
  const w = ARENA_W;
  let s = `<g class="arena" data-arena="${ar.index}"><rect class="ar" x="${x}" y="${y}" width="${w}" height="${h}" rx="8"/>`;
  s += text(x + 12, y + 20, `arena ${ar.index} · ${hex(ar.address)}`, 'b');
  s += text(
    x + w - 12, y + 20,
    `${ar.ntotalpools} pools: ${ar.pools.length} carved, ${ar.untouchedPools} untouched, ${ar.nfreepools} free`, 's', 'end',
  );
  if (ar.pools.length === 0) s += text(x + 12, y + AGeo.ARENA_HEAD + 14, 'no pool carved yet', 's');
  tiles.forEach((p, i) => {
    const tx = x + AGeo.TILE_GAP + (i % AGeo.TILES_PER_ROW) * (AGeo.TILE_W + AGeo.TILE_GAP);
    const ty = y + AGeo.ARENA_HEAD + Math.floor(i / AGeo.TILES_PER_ROW) * (TILE_H + AGeo.TILE_GAP);
    s += tileSvg(p, placed.get(p.address), focus.get(p.address)!.changed, tx, ty);
  });
  if (summaries.length > 0) {
    let sy = y + AGeo.ARENA_HEAD + tilesH;
    const n = summaries.reduce((k, r) => k + r.pools, 0);
    s += text(x + 12, sy + 10, tiles.length === 0 ? `${n} pools, by size class` : `the other ${n} pools, by size class`, 'b');
    sy += 18;
    for (const r of summaries) {
      s += summarySvg(r, x + 12, sy);
      sy += AGeo.SUM_LINE;
    }
  }
  return { svg: s + '</g>', h, summaries };
}

function barRow(x: number, y: number, label: string, n: number, max: number): string {
  const w = AGeo.SIDE_W - 110;
  const fill = max === 0 ? 0 : Math.round((w * n) / max);
  return (
    text(x, y + 10, label, 's') +
    `<rect class="barbg" x="${x + 70}" y="${y + 1}" width="${w}" height="10" rx="2"/>` +
    (fill > 0 ? `<rect class="bar" x="${x + 70}" y="${y + 1}" width="${fill}" height="10" rx="2"/>` : '') +
    text(x + 76 + w, y + 10, String(n), 's')
  );
}

/** Under the arenas, two columns: free lists and the blocks' key; objects outside pymalloc. */
function sideSvg(a: AllocatorSnapshot, outside: ObjectSnapshot[], x: number, y: number): { svg: string; h: number } {
  const fl = a.freeLists;
  const rows: [string, number][] = [['float', fl.float], ['list', fl.list], ['dict', fl.dict], ['dict keys', fl.dictKeys]];
  fl.tuple.forEach((n, i) => {
    if (n > 0) rows.push([`tuple(${i + 1})`, n]);
  });
  const max = Math.max(1, ...rows.map((r) => r[1]));
  let s = text(x, y + 12, 'Free lists (dead objects kept for reuse)', 'b');
  let cy = y + 24;
  for (const [label, n] of rows) {
    s += barRow(x, cy, label, n, max);
    cy += 16;
  }
  cy += 18;
  s += text(x, cy, 'Blocks', 'b');
  const key: [string, string][] = [['ba', 'handed out'], ['bf', 'on the pool’s free list'], ['bv', 'never used'], ['bo', 'holds a drawn object']];
  for (const [cls, label] of key) {
    cy += 16;
    s += `<rect class="${cls}" x="${x}" y="${cy - 9}" width="10" height="10"/>` + text(x + 16, cy, label, 's');
  }
  cy += 16;
  s += `<rect class="pl chg" x="${x}" y="${cy - 9}" width="10" height="10"/>` + text(x + 16, cy, 'pool changed at this step', 's');
  const left = cy - y + 10;
  const ox = x + AGeo.SIDE_W + AGeo.SIDE_GAP;
  const ow = ARENA_W - AGeo.SIDE_W - AGeo.SIDE_GAP;
  let oy = y + 12;
  s += text(ox, oy, 'Outside pymalloc', 'b');
  oy += 8;
  const room = fits(ow, 9.5, Advance.SANS);
  if (outside.length === 0) s += text(ox, (oy += 14), 'none', 's');
  for (const o of outside.slice(0, 20)) {
    const where = o.flags.static ? 'static' : o.size > 512 ? 'raw malloc' : 'elsewhere';
    s += text(ox, (oy += 14), cut(`${where}: ${o.type} ${o.summary} (${bytes(o.size)})`, room), 's');
  }
  if (outside.length > 20) s += text(ox, (oy += 14), `+ ${outside.length - 20} more`, 's');
  return { svg: s, h: Math.max(left, oy - y + 10) };
}

/** Why a pool gets a tile: it holds drawn objects, or changed since the previous step. */
export interface PoolFocus {
  objects: number;
  changed: boolean;
}

/** Pools whose counts differ from the previous step's, or are new (by address). */
export function changedPools(prev: AllocatorSnapshot | null | undefined, cur: AllocatorSnapshot): Set<Address> {
  const out = new Set<Address>();
  if (prev == null) return out;
  const before = new Map<Address, PoolSnapshot>();
  for (const ar of prev.arenas) for (const p of ar.pools) before.set(p.address, p);
  for (const ar of cur.arenas) {
    for (const p of ar.pools) {
      const q = before.get(p.address);
      if (q === undefined || q.used !== p.used || q.freeListLength !== p.freeListLength || q.nextoffset !== p.nextoffset ||
        q.sizeClass !== p.sizeClass || q.state !== p.state) out.add(p.address);
    }
  }
  return out;
}

/**
 * The pools the view draws as tiles (with their blocks): those that hold drawn objects, most
 * objects first, then those that changed at this step, at most MAX_TILES. The page's copy of
 * a timeline keeps block states only for these (site/cells/build/page-timeline.ts).
 */
export function focusPools(snap: HeapSnapshot, previous?: AllocatorSnapshot | null): Map<Address, PoolFocus> {
  const a = snap.allocator;
  const out = new Map<Address, PoolFocus>();
  if (a === null) return out;
  const placed = placeObjects(a, snap.objects.filter((o) => !o.flags.static)).pools;
  const changed = changedPools(previous, a);
  const withObjects = [...placed].sort((x, y) => y[1].list.length - x[1].list.length || x[0] - y[0]);
  for (const [addr, po] of withObjects) {
    if (out.size >= AGeo.MAX_TILES) break;
    out.set(addr, { objects: po.list.length, changed: changed.has(addr) });
  }
  for (const addr of [...changed].sort((x, y) => x - y)) {
    if (out.size >= AGeo.MAX_TILES) break;
    if (!out.has(addr)) out.set(addr, { objects: 0, changed: true });
  }
  return out;
}

export interface AllocatorRenderOptions extends RenderOptions {
  /**
   * The previous step's allocator state: pools that changed since get a tile (and a marked
   * outline). Without it, only the pools that hold drawn objects do.
   */
  previousAllocator?: AllocatorSnapshot | null;
}

/**
 * The allocator view of a snapshot that carries allocator state: each arena with a tile for
 * each pool of interest (focusPools) and one line per size class for its other pools.
 */
export function renderAllocator(snap: HeapSnapshot, opts: AllocatorRenderOptions = {}): string {
  const a = snap.allocator;
  if (a === null) throw new Error('renderAllocator: the snapshot has no allocator state (ask the kernel for it)');
  const objects = snap.objects.filter((o) => !o.flags.static);
  const statics = snap.objects.filter((o) => o.flags.static);
  const placed = placeObjects(a, objects);
  const focus = focusPools(snap, opts.previousAllocator);
  let pools = 0;
  for (const ar of a.arenas) pools += ar.pools.length;
  let body = text(AGeo.MARGIN, AGeo.MARGIN + 12,
    `pymalloc · ${a.arenas.length} arena${a.arenas.length === 1 ? '' : 's'} · ${pools} pools · ${a.allocatedBlocks} allocated blocks (${a.rawAllocatedBlocks} raw)`, 'b');
  let y = AGeo.MARGIN + AGeo.TITLE_H;
  const poolItems: string[] = [];
  // Arenas with tiles first: they are what the step is about.
  const arenas = a.arenas.slice().sort((x, y) =>
    Number(y.pools.some((p) => focus.has(p.address))) - Number(x.pools.some((p) => focus.has(p.address))) || x.index - y.index);
  for (const ar of arenas) {
    const r = arenaSvg(ar, placed.pools, focus, AGeo.MARGIN, y);
    body += r.svg;
    y += r.h + AGeo.ARENA_GAP;
    poolItems.push(`Arena ${ar.index} at ${hex(ar.address)}: ${ar.pools.length} of ${ar.ntotalpools} pools carved, ${ar.nfreepools} free`);
    for (const p of ar.pools) {
      if (focus.has(p.address)) {
        poolItems.push(`Pool at ${hex(p.address)}: size class ${p.sizeClass} (${p.blockSize}-byte blocks), ${p.used} of ${p.capacity} blocks used, ${p.state}${focus.get(p.address)!.changed ? ', changed at this step' : ''}`);
      }
    }
    for (const s of r.summaries) poolItems.push(`Size class ${s.sizeClass} (${s.blockSize}-byte blocks), other pools: ${summaryText(s)}`);
  }
  if (a.arenas.length === 0) body += text(AGeo.MARGIN, (y += 16), 'no arena allocated', 's');
  const side = sideSvg(a, [...placed.outside, ...statics], AGeo.MARGIN, y + 4);
  body += side.svg;
  const width = AGeo.MARGIN + ARENA_W + AGeo.MARGIN;
  const height = y + 4 + side.h + AGeo.MARGIN;
  const where: string[] = [];
  for (const [pool, po] of placed.pools) {
    for (const o of po.list) where.push(`${o.type} at ${hex(o.addr)} (${o.summary}) lives in the pool at ${hex(pool)}`);
  }
  for (const o of placed.outside) where.push(`${o.type} at ${hex(o.addr)} (${o.summary}) lives outside pymalloc`);
  const alt = describeAllocator(a, where, poolItems);
  return svgDocument({ width, height, title: alt.title, desc: alt.desc, items: alt.items, css: CSS, defs: '', body }, opts);
}
