/**
 * The heap view: frames with their names on the left, objects on the right, an arrow for
 * every reference a name or a container slot holds. Every object carries its reference count;
 * colour says its generation; marks say small int / interned / singleton / static; cyclic
 * garbage is hatched, freed objects are drawn dashed for the step they die in, weak references
 * are dashed arrows.
 */
import type { HeapEvent, HeapSnapshot } from '../../kernel/protocol.ts';
import { describeHeap } from './describe.ts';
import { arrowPath } from './edges.ts';
import { Geo } from './geometry.ts';
import { type Edge, type FrameBox, type HeapLayout, type LayoutOptions, type ObjectBox, type PlacementMemory, layoutHeap } from './layout.ts';
import { type RenderOptions, diagramId, svgDocument, text } from './svg.ts';
import { Advance, bytes, count, cut, fits, hex, textWidth } from './text.ts';
import { generationKey } from './theme.ts';

export interface HeapRenderOptions extends RenderOptions, LayoutOptions {
  /** Placement memory shared by the steps of one run (see layout.ts). */
  memory?: PlacementMemory;
  /** Draw the legend under the diagram (default true). */
  legend?: boolean;
  /**
   * Module frames draw only these of their global names (a cell's own names: the rest of a
   * shared namespace is left out, and objects only they reach are folded away). Default: all.
   */
  names?: ReadonlySet<string>;
}

/** The snapshot with module frames' global names cut to `names`. */
function onlyNames(snap: HeapSnapshot, names: ReadonlySet<string> | undefined): HeapSnapshot {
  if (names === undefined) return snap;
  const frames = snap.frames.map((f) =>
    f.globals === null && f.codeName !== '<module>' ? f : { ...f, names: f.names.filter((n) => n.kind !== 'global' || names.has(n.name)) });
  return { ...snap, frames };
}

const CSS =
  '.hb .fr{fill:var(--hb-frame);stroke:var(--hb-frame-head)}.hb .fh{fill:var(--hb-frame-head)}' +
  '.hb .sus{opacity:.5}.hb .sus .fr{stroke-dasharray:4 3}' +
  '.hb .ob{fill:var(--hb-box);stroke-width:1.5}.hb .hd{fill-opacity:.2}' +
  '.hb .g0 .ob{stroke:var(--hb-g0)}.hb .g0 .hd{fill:var(--hb-g0)}' +
  '.hb .g1 .ob{stroke:var(--hb-g1)}.hb .g1 .hd{fill:var(--hb-g1)}' +
  '.hb .g2 .ob{stroke:var(--hb-g2)}.hb .g2 .hd{fill:var(--hb-g2)}' +
  '.hb .gp .ob{stroke:var(--hb-gp)}.hb .gp .hd{fill:var(--hb-gp)}' +
  '.hb .untracked .ob{stroke:var(--hb-untracked)}.hb .untracked .hd{fill:var(--hb-untracked)}' +
  '.hb .unreachable .ob{stroke:var(--hb-garbage)}' +
  '.hb .freed{opacity:.6}.hb .freed .ob{stroke:var(--hb-freed);stroke-dasharray:5 3;fill:none}.hb .freed .hd{fill:none}' +
  '.hb .bd{fill:var(--hb-badge)}.hb .bt{fill:var(--hb-badge-fg);font-size:10.5px;font-weight:700}' +
  '.hb .freed .bd{fill:var(--hb-freed)}' +
  '.hb .mk{fill:var(--hb-mark)}.hb .mt{font-size:9px}.hb .mk.u{fill:var(--hb-garbage)}.hb .mt.u{fill:var(--hb-bg);font-weight:600}' +
  '.hb .sl{stroke:var(--hb-line);stroke-opacity:.45}' +
  '.hb .dot{fill:var(--hb-edge)}.hb .dot.w{fill:var(--hb-weak)}.hb .dot.x{fill:none;stroke:var(--hb-muted)}' +
  '.hb .e{fill:none;stroke:var(--hb-edge);stroke-width:1.3}.hb .e.w{stroke:var(--hb-weak);stroke-dasharray:5 4}' +
  '.hb .e.g{stroke:var(--hb-garbage)}.hb .gone{fill:var(--hb-freed);font-weight:600}';

// ---------------------------------------------------------------------------------------------
// Frames

function frameSvg(fb: FrameBox, l: HeapLayout): string {
  const f = fb.f;
  const head = `M${fb.x} ${fb.y + Geo.FRAME_HEAD}V${fb.y + 6}q0 -6 6 -6H${fb.x + fb.w - 6}q6 0 6 6V${fb.y + Geo.FRAME_HEAD}z`;
  let s = `<g class="f${f.suspended ? ' sus' : ''}" data-frame="${f.id}">`;
  s += `<rect class="fr" x="${fb.x}" y="${fb.y}" width="${fb.w}" height="${fb.h}" rx="6"/><path class="fh" d="${head}"/>`;
  const line = `line ${f.line}`;
  const room = fits(fb.w - 24 - textWidth(line, 9.5, Advance.SANS), 12, Advance.SANS);
  s += text(fb.x + 10, fb.y + 17, cut(f.codeName, room), 'b');
  s += text(fb.x + fb.w - 10, fb.y + 17, line, 's', 'end');
  if (f.names.length === 0) s += text(fb.x + 10, fb.y + Geo.FRAME_HEAD + Geo.FRAME_PAD + 14, 'no names', 's');
  for (const row of fb.rows) {
    const b = row.binding;
    const tag = b.kind === 'cell' || b.kind === 'free' ? ` (${b.kind})` : '';
    s += text(fb.x + 10, row.cy + 4, cut(b.name, fits(fb.w - 26, 11, Advance.MONO) - tag.length) + tag, 'm');
    if (b.addr === null) s += text(fb.x + fb.w - 10, row.cy + 4, 'unbound', 's', 'end');
    else if (!l.byAddr.has(b.addr)) s += `<circle class="dot x" cx="${fb.x + fb.w - 10}" cy="${row.cy}" r="2.6"/>`;
  }
  return s + '</g>';
}

// ---------------------------------------------------------------------------------------------
// Objects

function badge(b: ObjectBox): string {
  const label = count(b.o.refcount);
  const w = Math.max(20, textWidth(label, 10.5, 0.62) + 12);
  const x = b.w - 6 - w;
  return `<rect class="bd" x="${Math.round(x)}" y="4" width="${Math.round(w)}" height="16" rx="8"/>` + text(x + w / 2, 15.5, label, 'bt', 'middle');
}

function marksSvg(b: ObjectBox): string {
  let s = '';
  let x = 8;
  for (const m of b.marks) {
    const w = textWidth(m, 9, 0.6) + 10;
    const u = m === 'unreachable' ? ' u' : '';
    s += `<rect class="mk${u}" x="${Math.round(x)}" y="${Geo.HEAD + 3}" width="${Math.round(w)}" height="14" rx="7"/>`;
    s += text(x + 5, Geo.HEAD + 13, m, `mt${u}`);
    x += w + 4;
  }
  return s;
}

function slotsSvg(b: ObjectBox, l: HeapLayout): string {
  let s = '';
  let lines = '';
  const room = fits(b.w - 30, 11, Advance.MONO);
  for (const row of b.slots) {
    lines += `M6 ${row.cy - Geo.SLOT / 2}H${b.w - 6}`;
    // A reference to a module's globals dict reads as such: the dict itself is the frame.
    const label = l.hiddenGlobals.has(row.target) ? `${row.label} → globals` : row.label;
    s += text(10, row.cy + 4, cut(label, room), 'm');
    if (!l.byAddr.has(row.target)) s += `<circle class="dot x" cx="${b.w - 10}" cy="${row.cy}" r="2.6"/>`;
  }
  if (b.more > 0) {
    const notDrawn = b.folded > 0 ? ` · ${b.folded} not drawn` : '';
    lines += `M6 ${b.moreY}H${b.w - 6}`;
    s += text(10, b.moreY + 13, `… ${b.more} more${notDrawn}`, 's');
  }
  // One path draws every row's separator.
  return (lines === '' ? '' : `<path class="sl" d="${lines}"/>`) + s;
}

function footSvg(b: ObjectBox): string {
  const o = b.o;
  const gen = o.generation === null ? 'untracked' : o.generation === 'permanent' ? 'permanent' : `gen ${o.generation}`;
  let s = text(8, b.footY + 12, hex(o.addr), 's m');
  s += text(b.w - 8, b.footY + 12, `${bytes(o.size)} · ${gen}`, 's', 'end');
  b.extRows.forEach((line, i) => {
    s += text(8, b.extY + 11 + i * Geo.EXT, line, 's');
  });
  return s;
}

function boxSvg(b: ObjectBox, id: string, l: HeapLayout): string {
  const o = b.o;
  const gen = generationKey(o.generation);
  const state = o.state === 'live' ? '' : ` ${o.state}`;
  let s = `<g class="o ${gen}${state}" data-addr="${hex(o.addr)}" transform="translate(${b.x},${b.y})">`;
  s += `<rect class="ob" width="${b.w}" height="${b.h}" rx="5"/>`;
  if (o.state === 'unreachable') s += `<rect x="1" y="${Geo.HEAD}" width="${b.w - 2}" height="${b.h - Geo.HEAD - 1}" fill="url(#${id}-h)"/>`;
  s += `<use class="hd" href="#${id}-hd"/>`;
  const typeRoom = fits(b.w - 70, 12, Advance.SANS);
  if (o.state === 'freed') s += text(8, 16, cut(`${o.type} · freed`, typeRoom), 'gone');
  else s += text(8, 16, cut(o.type, typeRoom), 'b');
  s += badge(b);
  s += marksSvg(b);
  s += text(8, b.summaryY + 14, cut(o.summary, fits(b.w - 16, 11, Advance.MONO)), 'm');
  s += slotsSvg(b, l);
  s += footSvg(b);
  return s + '</g>';
}

// ---------------------------------------------------------------------------------------------
// Edges

function edgeSvg(e: Edge): string {
  const cls = e.weak ? 'e w' : e.garbage ? 'e g' : 'e';
  const from = e.from === null ? '' : ` data-from="${hex(e.from)}"`;
  // Dot and arrowhead come from the class (svg.ts markerCss).
  return `<path class="${cls}"${from} data-to="${hex(e.to)}" d="${arrowPath(e)}"/>`;
}

// ---------------------------------------------------------------------------------------------
// Title and legend

export function eventText(e: HeapEvent | null): string {
  if (e === null) return '';
  switch (e.kind) {
    case 'line':
      return '';
    case 'call':
    case 'return':
      return `${e.kind} ${e.codeName}`;
    case 'alloc':
      return `allocated ${e.type} at ${hex(e.addr)}${e.reused ? ' (from the free list)' : ''}`;
    case 'dealloc':
      return `freed ${e.type} at ${hex(e.addr)}`;
    case 'incref':
    case 'decref':
      return `${e.kind} ${hex(e.addr)} → ${e.refcount} (${e.reason.op}${e.reason.detail === undefined ? '' : ' ' + e.reason.detail})`;
    case 'finalize':
      return `__del__ of ${e.type} at ${hex(e.addr)}`;
    case 'weakref-clear':
      return `weak reference to ${hex(e.addr)} cleared`;
    case 'gc-start':
      return `collecting generation ${e.generation}`;
    case 'gc-phase':
      return `gc generation ${e.generation}: ${e.phase}`;
    case 'gc-done':
      return `gc generation ${e.generation} done: ${e.collected} collected`;
  }
}

/**
 * `line 6`, or, when the line is in another file than the outermost frame's (a function
 * defined in an earlier cell, a library module), `line 6 in f (cell2.py)`.
 */
export function lineText(s: HeapSnapshot): string {
  const { line, filename } = s.step;
  const home = s.frames.find((f) => !f.suspended)?.filename;
  if (home === undefined || filename === home) return `line ${line}`;
  let fn: string | undefined;
  for (const f of s.frames) if (!f.suspended && f.filename === filename) fn = f.codeName;
  return fn === undefined || fn === '<module>' ? `line ${line} of ${filename}` : `line ${line} in ${fn} (${filename})`;
}

function titleSvg(s: HeapSnapshot, width: number): string {
  const line = s.step.line === null ? '' : ` · ${lineText(s)}`;
  const ev = eventText(s.step.event);
  let out = text(Geo.MARGIN, Geo.MARGIN + 12, cut(`Step ${s.step.index}${line}${ev === '' ? '' : ' · ' + ev}`, 90), 'b');
  const g = s.gc;
  const gc = `gc counts ${g.counts[0]}/${g.thresholds[0]} · ${g.counts[1]}/${g.thresholds[1]} · ${g.counts[2]}/${g.thresholds[2]}${g.collecting ? ' · collecting' : ''}`;
  out += text(width - Geo.MARGIN, Geo.MARGIN + 12, gc, 's', 'end');
  return out;
}

/** One legend entry: its width, and its drawing at (x, y), the top of its row. */
interface LegendItem {
  w: number;
  draw(x: number, y: number): string;
}

const LEGEND_ROW = 22;

function legendItems(id: string): LegendItem[][] {
  const labelled = (label: string, mark: number, draw: (x: number, y: number) => string): LegendItem => ({
    w: mark + textWidth(label, 9.5, Advance.SANS),
    draw: (x, y) => draw(x, y) + text(x + mark, y + 11, label, 's'),
  });
  const swatch = (cls: string, label: string): LegendItem =>
    labelled(label, 28, (x, y) => `<g class="${cls}"><rect class="ob" x="${x}" y="${y}" width="22" height="14" rx="3"/></g>`);
  const boxes = [
    swatch('g0', 'generation 0'),
    swatch('g1', 'generation 1'),
    swatch('g2', 'generation 2'),
    swatch('untracked', 'not tracked'),
    labelled('unreachable (cyclic garbage)', 28, (x, y) =>
      `<rect class="ob" x="${x}" y="${y}" width="22" height="14" rx="3" style="stroke:var(--hb-garbage)" fill="url(#${id}-h)"/>`),
    swatch('freed', 'freed this step'),
  ];
  const marks = [
    labelled('reference count', 28, (x, y) =>
      `<rect class="bd" x="${x}" y="${y}" width="22" height="14" rx="7"/>` + text(x + 11, y + 11, 'n', 'bt', 'middle')),
    labelled('reference', 38, (x, y) => `<path class="e" d="M${x} ${y + 7}h30"/>`),
    labelled('weak reference', 38, (x, y) => `<path class="e w" d="M${x} ${y + 7}h30"/>`),
    labelled('to an object not shown', 14, (x, y) => `<circle class="dot x" cx="${x + 4}" cy="${y + 7}" r="2.6"/>`),
  ];
  return [boxes, marks];
}

/**
 * The legend's items in rows that fit `width` (each group starts a row, and wraps when the
 * next item would pass the right margin).
 */
function legendRows(id: string, width: number): { x: number; item: LegendItem }[][] {
  const right = width - Geo.MARGIN;
  const rows: { x: number; item: LegendItem }[][] = [];
  for (const group of legendItems(id)) {
    let row: { x: number; item: LegendItem }[] = [];
    let x = Geo.MARGIN;
    for (const item of group) {
      if (row.length > 0 && x + item.w > right) {
        rows.push(row);
        row = [];
        x = Geo.MARGIN;
      }
      row.push({ x, item });
      x += item.w + 14;
    }
    rows.push(row);
  }
  return rows;
}

/** The legend's height for a diagram `width` wide. */
export function legendHeight(width: number): number {
  return legendRows('', width).length * LEGEND_ROW + 2;
}

function legendSvg(l: HeapLayout, id: string): string {
  let s = `<g class="legend">`;
  legendRows(id, l.width).forEach((row, i) => {
    const y = l.legendY + 8 + i * LEGEND_ROW;
    for (const { x, item } of row) s += item.draw(x, y);
  });
  return s + '</g>';
}

// ---------------------------------------------------------------------------------------------

export interface HeapRender {
  svg: string;
  layout: HeapLayout;
}

/** The heap view of one snapshot as an SVG string (and the layout it was drawn from). */
export function renderHeap(whole: HeapSnapshot, opts: HeapRenderOptions = {}): HeapRender {
  const snap = onlyNames(whole, opts.names);
  const id = diagramId(opts);
  const l = layoutHeap(snap, opts.memory, opts);
  const legend = opts.legend !== false;
  const height = legend ? l.legendY + legendHeight(l.width) + Geo.MARGIN : l.legendY + Geo.MARGIN;
  let body = titleSvg(snap, l.width);
  if (l.suspendedY >= 0) body += text(Geo.MARGIN, l.suspendedY + 12, 'suspended generators', 's');
  for (const fb of l.frames) body += frameSvg(fb, l);
  for (const b of l.boxes) body += boxSvg(b, id, l);
  for (const e of l.edges) body += edgeSvg(e);
  if (legend) body += legendSvg(l, id);
  const alt = describeHeap(snap, l);
  // Every box has the same width, so one header band serves them all.
  const defs = `<path id="${id}-hd" d="M0 ${Geo.HEAD}V5q0 -5 5 -5H${Geo.BOX_W - 5}q5 0 5 5V${Geo.HEAD}z"/>`;
  const svg = svgDocument({ width: l.width, height, title: alt.title, desc: alt.desc, items: alt.items, css: CSS, defs, body }, opts);
  return { svg, layout: l };
}
