/**
 * The text alternative of each view: what a screen reader reads instead of the picture. It
 * names every frame and drawn object, with each object's reference count and who holds it.
 */
import type { Address, AllocatorSnapshot, GcPhaseSnapshot, HeapSnapshot, ObjectSnapshot } from '../../kernel/protocol.ts';
import type { HeapLayout } from './layout.ts';
import { type Holder, type HolderIndex, externalWord, heldCount, indexHolders, labelText } from './referrers.ts';
import { hex } from './text.ts';

export interface TextAlternative {
  title: string;
  desc: string;
  items: string[];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function objectName(o: ObjectSnapshot | undefined, addr: Address): string {
  return o === undefined ? `object at ${hex(addr)}` : `${o.type} at ${hex(addr)}`;
}

function holderText(h: Holder, objects: Map<Address, ObjectSnapshot>): string {
  switch (h.kind) {
    case 'name':
      return h.binding === 'global' ? `global ${h.name}` : `${h.name} in ${h.codeName}`;
    case 'object':
      return `${objectName(objects.get(h.from), h.from)} ${labelText(h.label)}`;
    case 'external':
      return `${externalWord(h.ext)} ×${h.count}`;
  }
}

function marks(o: ObjectSnapshot): string {
  const m: string[] = [];
  if (o.flags.smallInt) m.push('cached small int');
  if (o.flags.interned) m.push('interned');
  if (o.flags.singleton) m.push('singleton');
  if (o.flags.static) m.push('statically allocated');
  if (o.finalized === true) m.push('finalized');
  return m.length === 0 ? '' : `; ${m.join(', ')}`;
}

function stateText(o: ObjectSnapshot): string {
  if (o.state === 'unreachable') return '; UNREACHABLE: cyclic garbage waiting for the collector';
  if (o.state === 'freed') return '; FREED in this step';
  return '';
}

/** One line about an object: type, address, value, count and holders. */
export function objectLine(o: ObjectSnapshot, idx: HolderIndex, objects: Map<Address, ObjectSnapshot>): string {
  const gen = o.generation === null ? 'not tracked by the collector' : o.generation === 'permanent' ? 'permanent generation' : `generation ${o.generation}`;
  let s = `${o.type} at ${hex(o.addr)}: ${o.summary}; refcount ${o.refcount}`;
  if (o.state !== 'freed') {
    const hs = idx.holders.get(o.addr) ?? [];
    const shown = hs.slice(0, 12).map((h) => holderText(h, objects));
    if (hs.length > 12) shown.push(`${hs.length - 12} more`);
    s += hs.length === 0 ? ', no holder shown' : `, held by ${shown.join(', ')}`;
    const missing = o.refcount - heldCount(hs);
    if (missing !== 0) s += ` (${missing} reference${Math.abs(missing) === 1 ? '' : 's'} not accounted for)`;
  }
  return `${s}; ${gen}; ${o.size} bytes${marks(o)}${stateText(o)}`;
}

export function describeHeap(s: HeapSnapshot, l: HeapLayout): TextAlternative {
  const idx = indexHolders(s);
  const objects = new Map<Address, ObjectSnapshot>();
  for (const o of s.objects) if (o.state !== 'freed') objects.set(o.addr, o);
  let garbage = 0;
  let freed = 0;
  for (const b of l.boxes) {
    if (b.o.state === 'unreachable') garbage++;
    else if (b.o.state === 'freed') freed++;
  }
  const where = s.step.line === null ? '' : `, line ${s.step.line}`;
  const title = `Heap at step ${s.step.index}${where}: ${plural(s.frames.length, 'frame')}, ${plural(l.boxes.length, 'object')}`;
  const g = s.gc;
  const desc =
    `${plural(l.boxes.length, 'object')} drawn (${garbage} unreachable, ${freed} freed in this step)` +
    (l.folded > 0 ? `, ${l.folded} more inside cut containers not drawn` : '') +
    `. Collector counts ${g.counts.join(', ')} of thresholds ${g.thresholds.join(', ')}.`;
  const items: string[] = [];
  for (const fb of l.frames) {
    const f = fb.f;
    const names = f.names.map((b) => (b.addr === null ? `${b.name} unbound` : `${b.name} → ${objectName(objects.get(b.addr), b.addr)}`));
    items.push(`${f.suspended ? 'Suspended frame' : 'Frame'} ${f.codeName} (${f.filename}, line ${f.line}): ${names.length === 0 ? 'no names' : names.join('; ')}`);
  }
  for (const b of l.boxes) items.push(objectLine(b.o, idx, objects));
  return { title, desc, items };
}

/** `where`: one line per drawn object saying which pool holds it. */
/** `poolItems`, when given, replaces the line per arena and pool (the view's own lines). */
export function describeAllocator(a: AllocatorSnapshot, where: string[], poolItems?: string[]): TextAlternative {
  let pools = 0;
  for (const ar of a.arenas) pools += ar.pools.length;
  const title = `pymalloc: ${plural(a.arenas.length, 'arena')}, ${plural(pools, 'pool')}, ${a.allocatedBlocks} allocated blocks`;
  const fl = a.freeLists;
  const desc =
    `Arenas hold pools of one size class each; pools hold blocks. ${where.length} objects of the snapshot are placed. ` +
    `Free lists: float ${fl.float}, list ${fl.list}, dict ${fl.dict}, dict keys ${fl.dictKeys}, tuple ${fl.tuple.reduce((x, y) => x + y, 0)}.`;
  const items: string[] = poolItems === undefined ? [] : [...poolItems];
  for (const ar of poolItems === undefined ? a.arenas : []) {
    items.push(`Arena ${ar.index} at ${hex(ar.address)}: ${ar.pools.length} of ${ar.ntotalpools} pools carved, ${ar.nfreepools} free`);
    for (const p of ar.pools) {
      items.push(`Pool at ${hex(p.address)}: size class ${p.sizeClass} (${p.blockSize}-byte blocks), ${p.used} of ${p.capacity} blocks used, ${p.state}`);
    }
  }
  for (const w of where) items.push(w);
  return { title, desc, items };
}

const PHASE_TEXT: Record<GcPhaseSnapshot['phase'], string> = {
  update_refs: 'Each object’s gc_refs is set to its reference count',
  subtract_refs: 'References from inside the generation are subtracted from gc_refs: what is left comes from outside',
  move_unreachable: 'Objects that no object with outside references reaches move to the unreachable list',
  finalize: 'Finalizers (__del__) run on the unreachable objects that define one',
  clear: 'The references of unreachable objects are cleared: their counts fall to zero and they are freed',
  done: 'Survivors move to the next older generation',
};

export function phaseText(p: GcPhaseSnapshot['phase']): string {
  return PHASE_TEXT[p];
}

export function describeGc(g: GcPhaseSnapshot): TextAlternative {
  const title = `Collecting generation ${g.generation}, phase ${g.phase}: ${plural(g.objects.length, 'object')}`;
  const desc = `${PHASE_TEXT[g.phase]}. ${g.collected} unreachable found so far, ${g.uncollectable} uncollectable.`;
  const items = g.objects.map((o) => {
    const refs = o.gcRefs === null ? 'gc_refs not set' : `gc_refs ${o.gcRefs}`;
    return `${o.type} at ${hex(o.addr)}: ${o.summary}; refcount ${o.refcount}, ${refs}; list ${o.list}${o.finalized ? '; finalized' : ''}`;
  });
  return { title, desc, items };
}
