/**
 * Who holds each object: the references an object receives, listed so that they add up to its
 * reference count (kernel/PROTOCOL.md "Adding up").
 */
import type { Address, ExternalKind, HeapSnapshot, ObjectSnapshot, ReferentLabel } from '../../kernel/protocol.ts';

export type Holder =
  /** A reference held by another object in the snapshot. */
  | { kind: 'object'; from: Address; label: ReferentLabel }
  /** A name of a frame: a fast local, a cell variable (the cell), or a global of a module. */
  | { kind: 'name'; frame: number; codeName: string; name: string; binding: 'local' | 'cell' | 'free' | 'global' }
  /** References that no edge shows (value stack, co_consts, the parser arena, ...). */
  | { kind: 'external'; ext: ExternalKind; count: number; frame?: number; note?: string };

export interface HolderIndex {
  /** Holders by the address of the object held (live and unreachable objects only). */
  holders: Map<Address, Holder[]>;
  /** Globals dicts of frames: their `value` edges are listed as the frame's global names. */
  globals: Map<Address, { frame: number; codeName: string }>;
}

/** The number of references a list of holders accounts for. */
export function heldCount(hs: readonly Holder[]): number {
  let n = 0;
  for (const h of hs) n += h.kind === 'external' ? h.count : 1;
  return n;
}

function push(m: Map<Address, Holder[]>, addr: Address, h: Holder): void {
  const list = m.get(addr);
  if (list === undefined) m.set(addr, [h]);
  else list.push(h);
}

/**
 * Every holder of every object. A module's global name is one reference, held by the globals
 * dict: when that dict is in the snapshot, its `value` edge is listed (as the name) and the
 * frame binding is not counted again; without it the binding itself is listed.
 */
export function indexHolders(s: HeapSnapshot): HolderIndex {
  const holders = new Map<Address, Holder[]>();
  const present = new Set<Address>();
  for (const o of s.objects) if (o.state !== 'freed') present.add(o.addr);
  const globals = new Map<Address, { frame: number; codeName: string }>();
  for (const f of s.frames) {
    if (f.globals !== null && present.has(f.globals) && !globals.has(f.globals)) {
      globals.set(f.globals, { frame: f.id, codeName: f.codeName });
    }
  }
  for (const f of s.frames) {
    const dictShown = f.globals !== null && present.has(f.globals);
    for (const b of f.names) {
      if (b.addr === null || (b.kind === 'global' && dictShown)) continue;
      push(holders, b.addr, { kind: 'name', frame: f.id, codeName: f.codeName, name: b.name, binding: b.kind });
    }
  }
  for (const o of s.objects) {
    if (o.state === 'freed') continue;
    addObjectEdges(holders, o, globals);
  }
  for (const e of s.externalRefs) {
    const h: Holder = { kind: 'external', ext: e.kind, count: e.count };
    if (e.frame !== undefined) h.frame = e.frame;
    if (e.note !== undefined) h.note = e.note;
    push(holders, e.addr, h);
  }
  return { holders, globals };
}

function addObjectEdges(m: Map<Address, Holder[]>, o: ObjectSnapshot, globals: HolderIndex['globals']): void {
  const g = globals.get(o.addr);
  for (const r of o.referents) {
    if (g !== undefined && r.label.kind === 'value') {
      push(m, r.addr, { kind: 'name', frame: g.frame, codeName: g.codeName, name: unquote(r.label.text), binding: 'global' });
    } else {
      push(m, r.addr, { kind: 'object', from: o.addr, label: r.label });
    }
  }
}

/** A dict key's summary as a name: 'a' (quoted, as a str's repr) becomes a. */
function unquote(text: string): string {
  const q = text[0];
  if (text.length >= 2 && (q === "'" || q === '"') && text[text.length - 1] === q) return text.slice(1, -1);
  return text;
}

/** How a label reads after its holder: [0], ['a'], .x, cell_contents. */
export function labelText(l: ReferentLabel): string {
  switch (l.kind) {
    case 'index':
      return `[${l.text}]`;
    case 'value':
      return `[${l.text}]`;
    case 'key':
      return `key ${l.text}`;
    case 'attr':
      return `.${l.text}`;
    case 'mro':
      return `__mro__[${l.text}]`;
    case 'class':
      return l.text === '' ? '__class__' : l.text;
    case 'closure':
      return `closure ${l.text}`;
    case 'default':
      return `default ${l.text}`;
    default:
      return l.text;
  }
}

const EXTERNAL_WORDS: Record<ExternalKind, string> = {
  stack: 'value stack',
  consts: 'co_consts',
  arena: 'parser arena',
  interned: 'interned table',
  static: 'static start',
  runtime: 'runtime',
  hidden: 'not shown',
};

/** Short name of an external holder: value stack, co_consts, ... */
export function externalWord(k: ExternalKind): string {
  return EXTERNAL_WORDS[k];
}
