/**
 * The shape of an object's box in the heap view: its rows (one per reference, a run of items
 * pointing to one object folded into one row, long containers cut), its marks, the rows of
 * references from outside the drawn heap, and its height.
 */
import type { Address, ExternalRef, ObjectSnapshot, Referent } from '../../kernel/protocol.ts';
import { Geo } from './geometry.ts';

export interface ShapeOptions {
  /** Rows shown per container before it is cut (the last row then says how many more). */
  maxSlots: number;
  /** Draw dict key edges. */
  keyEdges: boolean;
}

export interface Shape {
  rows: { label: string; target: Address; weak: boolean; n: number }[];
  /** Targets of the rows cut off, and of the dict key edges not drawn. */
  cutTargets: Address[];
  keyTargets: Address[];
  more: number;
  marks: string[];
  extRows: string[];
  h: number;
  reserve: number;
}

/** The marks drawn on an object: cache membership, interning, state. */
export function marksOf(o: ObjectSnapshot): string[] {
  const m: string[] = [];
  if (o.state === 'unreachable') m.push('unreachable');
  if (o.flags.smallInt) m.push('small int');
  if (o.flags.interned) m.push('interned');
  if (o.flags.singleton) m.push('singleton');
  if (o.flags.static) m.push('static');
  if (o.finalized === true) m.push('finalized');
  return m;
}

function rowLabel(r: Referent, weak: boolean): string {
  const t = r.label.text;
  let s: string;
  switch (r.label.kind) {
    case 'index':
      s = `[${t}]`;
      break;
    case 'value':
      s = t;
      break;
    case 'key':
      s = `key ${t}`;
      break;
    case 'attr':
      s = `.${t}`;
      break;
    case 'mro':
      s = `__mro__[${t}]`;
      break;
    case 'closure':
      s = `closure ${t}`;
      break;
    case 'default':
      s = `default ${t}`;
      break;
    default:
      s = t;
  }
  return weak ? `${s} (weak)` : s;
}

const EXT_WORDS: Record<ExternalRef['kind'], string> = {
  stack: 'stack', consts: 'consts', arena: 'arena', interned: 'interned', static: 'static', runtime: 'runtime', hidden: 'hidden',
};

/** Characters of one row of external references. */
const EXT_CHARS = 34;

/** The external-reference rows of a box: '+ consts 1 · arena 1', wrapped at EXT_CHARS. */
export function extLines(ext: readonly ExternalRef[]): string[] {
  const lines: string[] = [];
  let cur = '+';
  for (const e of ext) {
    const part = `${EXT_WORDS[e.kind]} ${e.count}`;
    if (cur.length > 1 && cur.length + 3 + part.length > EXT_CHARS) {
      lines.push(cur);
      cur = '+';
    }
    cur += cur.length > 1 ? ` · ${part}` : ` ${part}`;
  }
  if (cur.length > 1) lines.push(cur);
  return lines;
}

interface Row {
  label: string;
  target: Address;
  weak: boolean;
  /** References the row stands for: a run of items pointing to one object is one row. */
  n: number;
  /** Index text of the run's first and last item. */
  first: string;
  last: string;
}

/** Rows of a box: referents, then weak referents; a run of items to one object is one row. */
function rowsOf(o: ObjectSnapshot, keyEdges: boolean, keyTargets: Address[]): Row[] {
  const rows: Row[] = [];
  for (const r of o.referents) {
    if (r.label.kind === 'key' && !keyEdges) {
      keyTargets.push(r.addr);
      continue;
    }
    const prev = rows.length > 0 ? rows[rows.length - 1] : null;
    if (r.label.kind === 'index' && prev !== null && prev.n > 0 && prev.first !== '' && prev.target === r.addr) {
      prev.n++;
      prev.last = r.label.text;
      continue;
    }
    const first = r.label.kind === 'index' ? r.label.text : '';
    rows.push({ label: rowLabel(r, false), target: r.addr, weak: false, n: 1, first, last: first });
  }
  for (const r of o.weakReferents) rows.push({ label: rowLabel(r, true), target: r.addr, weak: true, n: 1, first: '', last: '' });
  for (const row of rows) if (row.n > 1) row.label = `[${row.first}]…[${row.last}] ×${row.n}`;
  return rows;
}

export function shapeOf(o: ObjectSnapshot, opts: ShapeOptions, ext: readonly ExternalRef[]): Shape {
  const keyTargets: Address[] = [];
  const all = rowsOf(o, opts.keyEdges, keyTargets);
  let rows = all;
  let more = o.omittedReferents ?? 0;
  const cutTargets: Address[] = [];
  if (all.length > opts.maxSlots) {
    rows = all.slice(0, opts.maxSlots - 1);
    for (let i = rows.length; i < all.length; i++) {
      more += all[i].n;
      if (!all[i].weak) cutTargets.push(all[i].target);
    }
  }
  const marks = marksOf(o);
  const extRows = extLines(ext);
  const h = boxHeight(marks.length > 0, rows.length, more > 0, extRows.length);
  const growable = o.tracked && o.state !== 'freed' && rows.length < opts.maxSlots;
  const spare = growable ? Math.min(Geo.SLACK_ROWS, opts.maxSlots - rows.length) * Geo.SLOT : 0;
  const shown = rows.map((r) => ({ label: r.label, target: r.target, weak: r.weak, n: r.n }));
  return { rows: shown, cutTargets, keyTargets, more, marks, extRows, h, reserve: h + spare };
}

export function boxHeight(marks: boolean, rows: number, more: boolean, extRows: number): number {
  return (
    Geo.HEAD + (marks ? Geo.MARKS : 0) + Geo.SUMMARY + rows * Geo.SLOT + (more ? Geo.SLOT : 0) +
    Geo.PAD + Geo.FOOT + extRows * Geo.EXT
  );
}
