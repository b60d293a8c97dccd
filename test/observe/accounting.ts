// The check of an extractor: the holders a snapshot lists for each drawn object (edges from
// drawn objects, frame bindings, external references) add up to the object's count.
import type { Address, HeapSnapshot, ObjectSnapshot } from '../../kernel/protocol.ts';

export interface Mismatch {
  object: ObjectSnapshot;
  listed: number;
}

/** Drawn objects whose listed holders do not add up to their refcount (PROTOCOL.md "adding up"). */
export function mismatches(s: HeapSnapshot): Mismatch[] {
  const held = new Map<Address, number>();
  const add = (a: Address, n: number): void => void held.set(a, (held.get(a) ?? 0) + n);
  const drawn = new Set<Address>();
  for (const o of s.objects) if (o.state !== 'freed') drawn.add(o.addr);
  for (const f of s.frames) {
    for (const b of f.names) {
      if (b.addr === null) continue;
      if (b.kind === 'global' && f.globals !== null && drawn.has(f.globals)) continue;
      add(b.addr, 1);
    }
  }
  for (const o of s.objects) if (o.state !== 'freed') for (const r of o.referents) add(r.addr, 1);
  for (const e of s.externalRefs) add(e.addr, e.count);
  const out: Mismatch[] = [];
  for (const o of s.objects) {
    if (o.state === 'freed') continue;
    const listed = held.get(o.addr) ?? 0;
    if (listed !== o.refcount) out.push({ object: o, listed });
  }
  return out;
}
