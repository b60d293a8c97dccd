// Synthetic snapshots of any size, for the bench and for layout stress tests: a module frame
// whose globals hold a forest of containers and scalars, some shared references, and a few
// unreachable cycles. Counts add up (each is the sum of the holders made here).
import type { Address, HeapSnapshot, ObjectSnapshot } from '../../kernel/protocol.ts';

/** mulberry32: a small deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['list', 'dict', 'tuple', 'Point', 'int', 'str', 'float', 'str', 'int'] as const;

function blank(addr: Address, type: string, summary: string, tracked: boolean): ObjectSnapshot {
  return {
    addr, type, refcount: 0, size: 56, tracked, generation: tracked ? 0 : null,
    flags: { smallInt: false, interned: false, singleton: false, static: false },
    summary, state: 'live', referents: [], weakReferents: [],
  };
}

export function synthSnapshot(n: number, seed = 1): HeapSnapshot {
  const rnd = prng(seed);
  const objects: ObjectSnapshot[] = [];
  const containers: number[] = [];
  for (let i = 0; i < n; i++) {
    const kind = KINDS[Math.floor(rnd() * KINDS.length)];
    const tracked = kind === 'list' || kind === 'dict' || kind === 'tuple' || kind === 'Point';
    const o = blank(0x7f6a_2b40_0000 + i * 64 + 16, kind, `${kind} #${i}`, tracked);
    if (tracked) {
      o.generation = (i % 7 === 0 ? 2 : i % 3 === 0 ? 1 : 0) as 0 | 1 | 2;
      containers.push(i);
    }
    objects.push(o);
  }
  // Each object but the roots hangs from an earlier container: a forest.
  const roots: number[] = [];
  let earlier = 0; // containers[0 .. earlier) are the containers before i
  for (let i = 0; i < n; i++) {
    while (earlier < containers.length && containers[earlier] < i) earlier++;
    if (earlier === 0 || rnd() < 0.08) {
      roots.push(i);
      continue;
    }
    const p = containers[Math.floor(Math.pow(rnd(), 0.3) * earlier)];
    addRef(objects[p], objects[i].addr);
  }
  // Shared references.
  for (let k = 0; k < n / 10 && containers.length > 0; k++) {
    addRef(objects[containers[Math.floor(rnd() * containers.length)]], objects[Math.floor(rnd() * n)].addr);
  }
  // Unreachable cycles among a few roots that are containers.
  const garbage = new Set<number>();
  for (const r of roots.slice(-Math.max(1, Math.floor(roots.length / 10)))) {
    if (objects[r].tracked) {
      objects[r].state = 'unreachable';
      addRef(objects[r], objects[r].addr);
      garbage.add(r);
    }
  }
  const names = roots.filter((r) => !garbage.has(r)).map((r, i) => ({ name: `v${i}`, addr: objects[r].addr, kind: 'local' as const }));
  const counts = new Map<Address, number>();
  for (const b of names) counts.set(b.addr, (counts.get(b.addr) ?? 0) + 1);
  for (const o of objects) for (const r of o.referents) counts.set(r.addr, (counts.get(r.addr) ?? 0) + 1);
  for (const o of objects) o.refcount = counts.get(o.addr) ?? 0;
  return {
    version: 1,
    step: { index: 0, line: 1, filename: 'synth.py', event: null },
    frames: [{ id: 1, codeName: 'main', filename: 'synth.py', line: 1, suspended: false, globals: null, names }],
    objects,
    externalRefs: [],
    allocator: null,
    gc: { counts: [0, 0, 0], thresholds: [700, 10, 10], enabled: true, collecting: false },
  };
}

function addRef(o: ObjectSnapshot, to: Address): void {
  const i = o.referents.length;
  if (o.type === 'dict') o.referents.push({ label: { kind: 'value', text: `'k${i}'` }, addr: to });
  else if (o.type === 'Point') o.referents.push({ label: { kind: 'attr', text: `f${i}` }, addr: to });
  else o.referents.push({ label: { kind: 'index', text: String(i) }, addr: to });
}
