/**
 * The collector view: one phase of one collection (CPython 3.11 Modules/gcmodule.c
 * gc_collect_main). The collected objects stand in list order; each shows its reference count
 * and gc_refs. From move_unreachable on, the unreachable ones move to a second lane, keeping
 * their row, so stepping through the phases shows what moves where.
 */
import type { Address, GcObjectSnapshot, GcPhase, GcPhaseSnapshot } from '../../kernel/protocol.ts';
import { describeGc, phaseText } from './describe.ts';
import { arrowPath, route } from './edges.ts';
import { labelText } from './referrers.ts';
import { type RenderOptions, svgDocument, text } from './svg.ts';
import { Advance, count, cut, fits, hex, textWidth, wrap } from './text.ts';

const enum CGeo {
  MARGIN = 16,
  /** Title, phase strip and the phase's explanation. */
  TOP = 118,
  LANE_HEAD = 26,
  BOX_W = 230,
  LANE_GAP = 120,
  HEAD = 24,
  REFS = 24,
  SUMMARY = 18,
  SLOT = 18,
  FOOT = 18,
  GAP = 16,
  ANCHOR = 12,
}

const PHASES: GcPhase[] = ['update_refs', 'subtract_refs', 'move_unreachable', 'finalize', 'clear', 'done'];

const CSS =
  '.hb .ob{fill:var(--hb-box);stroke:var(--hb-g0);stroke-width:1.5}.hb .hd{fill:var(--hb-g0);fill-opacity:.2}' +
  '.hb .unreachable .ob{stroke:var(--hb-garbage)}.hb .unreachable .hd{fill:var(--hb-garbage)}' +
  '.hb .older .ob{stroke:var(--hb-g1)}.hb .older .hd{fill:var(--hb-g1)}' +
  '.hb .freed{opacity:.6}.hb .freed .ob{stroke:var(--hb-freed);stroke-dasharray:5 3;fill:none}.hb .freed .hd{fill:none}' +
  '.hb .bd{fill:var(--hb-badge)}.hb .bt{fill:var(--hb-badge-fg);font-size:10.5px;font-weight:700}.hb .freed .bd{fill:var(--hb-freed)}' +
  '.hb .gr{font-size:13px;font-weight:700}.hb .zero{fill:var(--hb-garbage)}' +
  '.hb .ph{fill:var(--hb-mark)}.hb .ph.on{fill:var(--hb-badge)}.hb .pt{font-size:10.5px}.hb .pt.on{fill:var(--hb-badge-fg);font-weight:700}' +
  '.hb .ln{fill:none;stroke:var(--hb-line);stroke-dasharray:3 3}' +
  '.hb .sl{stroke:var(--hb-line);stroke-opacity:.45}.hb .dot{fill:var(--hb-edge)}.hb .dot.x{fill:none;stroke:var(--hb-muted)}' +
  '.hb .e{fill:none;stroke:var(--hb-edge);stroke-width:1.3}.hb .e.g{stroke:var(--hb-garbage)}.hb .gone{fill:var(--hb-freed);font-weight:600}';

/** Lane 0 holds the generation (and later the reachable objects), lane 1 the unreachable. */
function laneOf(o: GcObjectSnapshot): number {
  return o.list === 'unreachable' || o.list === 'freed' ? 1 : 0;
}

function laneTitles(phase: GcPhase, generation: number): [string, string] {
  const i = PHASES.indexOf(phase);
  if (i < 2) return [`generation ${generation} (being collected)`, ''];
  if (phase === 'done') return [`survivors → generation ${Math.min(2, generation + 1)}`, 'collected'];
  return ['reachable', 'unreachable'];
}

interface GcBox {
  o: GcObjectSnapshot;
  x: number;
  y: number;
  h: number;
}

function boxHeight(o: GcObjectSnapshot): number {
  return CGeo.HEAD + CGeo.REFS + CGeo.SUMMARY + o.referents.length * CGeo.SLOT + CGeo.FOOT;
}

function refsText(o: GcObjectSnapshot, phase: GcPhase): string {
  if (o.list === 'freed') return 'refcount 0: freed';
  if (o.gcRefs === null) return 'gc_refs —';
  if (phase === 'update_refs') return `gc_refs = ${o.gcRefs} (copied)`;
  if (phase === 'subtract_refs') return `gc_refs ${o.refcount} → ${o.gcRefs}`;
  return `gc_refs ${o.gcRefs}`;
}

function boxSvg(b: GcBox, phase: GcPhase, inSet: Set<Address>): string {
  const o = b.o;
  let s = `<g class="o ${o.list}" data-addr="${hex(o.addr)}" transform="translate(${b.x},${b.y})">`;
  s += `<rect class="ob" width="${CGeo.BOX_W}" height="${b.h}" rx="5"/>`;
  s += `<path class="hd" d="M0 ${CGeo.HEAD}V5q0 -5 5 -5H${CGeo.BOX_W - 5}q5 0 5 5V${CGeo.HEAD}z"/>`;
  const room = fits(CGeo.BOX_W - 70, 12, Advance.SANS);
  s += o.list === 'freed' ? text(8, 16, cut(`${o.type} · freed`, room), 'gone') : text(8, 16, cut(o.type, room), 'b');
  const label = count(o.refcount);
  const w = Math.max(20, textWidth(label, 10.5, 0.62) + 12);
  s += `<rect class="bd" x="${Math.round(CGeo.BOX_W - 6 - w)}" y="4" width="${Math.round(w)}" height="16" rx="8"/>`;
  s += text(CGeo.BOX_W - 6 - w / 2, 15.5, label, 'bt', 'middle');
  const zero = o.gcRefs === 0 && o.list !== 'freed' ? ' zero' : '';
  s += text(8, CGeo.HEAD + 17, refsText(o, phase), `gr${zero}`);
  if (o.finalized) s += text(CGeo.BOX_W - 8, CGeo.HEAD + 16, '__del__ ran', 's', 'end');
  const y0 = CGeo.HEAD + CGeo.REFS;
  s += text(8, y0 + 13, cut(o.summary, fits(CGeo.BOX_W - 16, 11, Advance.MONO)), 'm');
  o.referents.forEach((r, i) => {
    const cy = y0 + CGeo.SUMMARY + i * CGeo.SLOT + CGeo.SLOT / 2;
    s += `<path class="sl" d="M6 ${cy - CGeo.SLOT / 2}H${CGeo.BOX_W - 6}"/>`;
    const outside = inSet.has(r.addr) ? '' : ' (outside)';
    s += text(10, cy + 4, cut(labelText(r.label) + outside, 28), 'm');
    if (!inSet.has(r.addr)) s += `<circle class="dot x" cx="${CGeo.BOX_W - 10}" cy="${cy}" r="2.6"/>`;
  });
  s += text(8, b.h - 6, hex(o.addr), 's m');
  return s + '</g>';
}

function edgesSvg(boxes: Map<Address, GcBox>): string {
  let s = '';
  for (const b of boxes.values()) {
    b.o.referents.forEach((r, i) => {
      const t = boxes.get(r.addr);
      if (t === undefined) return;
      const rowY = b.y + CGeo.HEAD + CGeo.REFS + CGeo.SUMMARY + i * CGeo.SLOT + CGeo.SLOT / 2;
      const a = route({ x: b.x, y: b.y, w: CGeo.BOX_W }, rowY, { x: t.x, y: t.y, w: CGeo.BOX_W }, CGeo.ANCHOR);
      const g = b.o.list === 'unreachable' ? ' g' : '';
      s += `<path class="e${g}" data-from="${hex(b.o.addr)}" data-to="${hex(r.addr)}" d="${arrowPath(a)}"/>`;
    });
  }
  return s;
}

function stripSvg(phase: GcPhase): string {
  let s = '';
  let x = CGeo.MARGIN;
  const y = CGeo.MARGIN + 26;
  PHASES.forEach((p, i) => {
    const label = `${i + 1} ${p}`;
    // Bold when current: measure at bold's wider advance so that every pill fits either way.
    const w = textWidth(label, 10.5, 0.64) + 18;
    const on = p === phase ? ' on' : '';
    s += `<rect class="ph${on}" x="${Math.round(x)}" y="${y}" width="${Math.round(w)}" height="20" rx="10"/>`;
    s += text(x + 9, y + 14, label, `pt${on}`);
    x += w + 6;
  });
  return s;
}

/** One phase of a collection as an SVG string. */
export function renderGc(g: GcPhaseSnapshot, opts: RenderOptions = {}): string {
  const inSet = new Set(g.objects.map((o) => o.addr));
  const boxes = new Map<Address, GcBox>();
  let y = CGeo.TOP + CGeo.LANE_HEAD;
  for (const o of g.objects) {
    const h = boxHeight(o);
    boxes.set(o.addr, { o, x: CGeo.MARGIN + laneOf(o) * (CGeo.BOX_W + CGeo.LANE_GAP), y, h });
    y += h + CGeo.GAP;
  }
  const width = CGeo.MARGIN * 2 + 2 * CGeo.BOX_W + CGeo.LANE_GAP + 40;
  const height = Math.max(y, CGeo.TOP + 80) + CGeo.MARGIN;
  let body = text(CGeo.MARGIN, CGeo.MARGIN + 12, `gc.collect(${g.generation}) · phase ${PHASES.indexOf(g.phase) + 1} of 6: ${g.phase}`, 'b');
  body += text(width - CGeo.MARGIN, CGeo.MARGIN + 12, `${g.collected} unreachable found · ${g.uncollectable} uncollectable`, 's', 'end');
  body += stripSvg(g.phase);
  const say = phaseText(g.phase);
  const lines = wrap(say + '.', fits(width - 2 * CGeo.MARGIN, 12, Advance.SANS));
  lines.slice(0, 2).forEach((line, i) => {
    body += text(CGeo.MARGIN, CGeo.MARGIN + 68 + i * 16, line);
  });
  const [left, right] = laneTitles(g.phase, g.generation);
  body += text(CGeo.MARGIN, CGeo.TOP + 14, left, 's');
  if (right !== '') {
    const x = CGeo.MARGIN + CGeo.BOX_W + CGeo.LANE_GAP;
    body += text(x, CGeo.TOP + 14, right, 's');
    body += `<path class="ln" d="M${x - CGeo.LANE_GAP / 2} ${CGeo.TOP}V${height - CGeo.MARGIN}"/>`;
  }
  for (const b of boxes.values()) body += boxSvg(b, g.phase, inSet);
  body += edgesSvg(boxes);
  const alt = describeGc(g);
  return svgDocument({ width, height, title: alt.title, desc: alt.desc, items: alt.items, css: CSS, defs: '', body }, opts);
}
