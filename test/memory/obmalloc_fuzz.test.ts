// Random malloc/free/realloc sequences (seeded, so failures reproduce) with every invariant of
// kernel/memory/obmalloc_validate.ts checked along the way, plus address-level sanity checks.
import { describe, expect, it } from 'vitest';
import { ObjectAllocator } from '../../kernel/memory/obmalloc.ts';

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomSize(r: () => number): number {
  const x = r();
  if (x < 0.72) return 1 + Math.floor(r() * 512);
  if (x < 0.75) return 0;
  if (x < 0.93) return 513 + Math.floor(r() * 3584);
  if (x < 0.99) return 4097 + Math.floor(r() * 100_000);
  return 130_000 + Math.floor(r() * 300_000);
}

/** Bytes the allocator reserved at addr (pymalloc block or raw usable size). */
function extent(a: ObjectAllocator, addr: number): number {
  const b = a.blockSize(addr);
  return b !== 0 ? b : a.raw.usableSize(addr);
}

function checkNoOverlap(a: ObjectAllocator, live: Map<number, number>): void {
  const spans = [...live.entries()].map(([addr, n]) => {
    const e = extent(a, addr);
    expect(e).toBeGreaterThanOrEqual(n);
    return [addr, addr + e] as const;
  });
  spans.sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
}

function run(seed: number, steps: number): ObjectAllocator {
  const r = prng(seed);
  const a = new ObjectAllocator();
  const live = new Map<number, number>();
  const order: number[] = [];
  for (let step = 0; step < steps; step++) {
    // Phases: grow the heap for a while, then drain it, so arenas come and go.
    const growing = Math.floor(step / 6000) % 2 === 0;
    const x = r();
    const pMalloc = growing ? 0.75 : 0.15;
    if (x < pMalloc || order.length === 0) {
      const n = randomSize(r);
      const p = a.malloc(n);
      expect(live.has(p)).toBe(false);
      live.set(p, n);
      order.push(p);
    } else {
      const i = Math.floor(r() * order.length);
      const p = order[i];
      if (x < pMalloc + 0.15) {
        const n = randomSize(r);
        const q = a.realloc(p, n);
        live.delete(p);
        expect(live.has(q)).toBe(false);
        live.set(q, n);
        order[i] = q;
      } else {
        a.free(p);
        live.delete(p);
        order[i] = order[order.length - 1];
        order.pop();
      }
    }
    if (step % 997 === 0) {
      a.validate();
      checkNoOverlap(a, live);
      expect(a.allocatedBlocks()).toBe(live.size);
    }
  }
  a.validate();
  checkNoOverlap(a, live);
  for (const p of order) a.free(p);
  a.validate();
  return a;
}

describe('random sequences', () => {
  for (const seed of [1, 2, 3, 20251]) {
    it(`keeps every invariant (seed ${seed})`, () => {
      const a = run(seed, 24_000);
      // Everything freed: no block counted, one wholly free arena kept (bpo-37257).
      expect(a.allocatedBlocks()).toBe(0);
      expect(a.narenasCurrentlyAllocated).toBe(1);
      expect(a.ntimesArenaAllocated).toBeGreaterThan(1);
      expect(a.debugMallocStats()).toContain('# bytes in allocated blocks        =                    0\n');
    });
  }

  it('survives a heap big enough for many arenas, drained in random order', () => {
    const r = prng(7);
    const a = new ObjectAllocator();
    const blocks: number[] = [];
    for (let i = 0; i < 80_000; i++) blocks.push(a.malloc(1 + Math.floor(r() * 512)));
    expect(a.narenasCurrentlyAllocated).toBeGreaterThan(16);
    a.validate();
    for (let i = blocks.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [blocks[i], blocks[j]] = [blocks[j], blocks[i]];
    }
    for (let i = 0; i < blocks.length; i++) {
      a.free(blocks[i]);
      if (i % 20_000 === 0) a.validate();
    }
    a.validate();
    expect(a.narenasCurrentlyAllocated).toBe(1);
  });
});
