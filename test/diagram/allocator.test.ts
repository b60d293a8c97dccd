// The allocator view, from a fixture made with the kernel's own pymalloc (fixtures/make.ts) and
// from a live ObjectAllocator: the protocol's allocator shapes are the allocator's snapshot()
// shapes, passed through.
import { describe, expect, it } from 'vitest';
import { ObjectAllocator } from '../../kernel/memory/obmalloc.ts';
import type { ObmallocSnapshot } from '../../kernel/memory/obmalloc_snapshot.ts';
import { Obmalloc } from '../../kernel/memory/pycore_obmalloc.ts';
import type { AllocatorSnapshot, HeapSnapshot } from '../../kernel/protocol.ts';
import { changedPools, focusPools, renderAllocator, renderDiagram } from '../../site/diagram/index.ts';
import { Drawing, fixture, hexOf } from './load.ts';
import { all, byClass } from './svg_walk.ts';

/** What the kernel adds to allocator.snapshot() to make the protocol's allocator state. */
function fromKernel(snap: ObmallocSnapshot): AllocatorSnapshot {
  return {
    ...snap,
    layout: { poolSize: Obmalloc.POOL_SIZE, poolOverhead: Obmalloc.POOL_OVERHEAD, arenaSize: Obmalloc.ARENA_SIZE },
    freeLists: { float: 0, tuple: new Array(20).fill(0), list: 0, dict: 0, dictKeys: 0 },
  };
}

describe('allocator view', () => {
  const s = fixture('allocator');
  const a = s.allocator!;
  const d = new Drawing(renderAllocator(s, { theme: 'light' }));

  it('draws every arena, a tile for each pool that holds a drawn object, and the other pools per size class', () => {
    expect(byClass(d.root, 'arena')).toHaveLength(a.arenas.length);
    const pools = byClass(d.root, 'pool');
    const carved = a.arenas.flatMap((ar) => ar.pools);
    const focus = focusPools(s);
    expect(focus.size).toBeGreaterThan(0);
    expect(pools.map((p) => p.attrs['data-pool']).sort()).toEqual([...focus.keys()].map(hexOf).sort());
    for (const p of carved.filter((q) => focus.has(q.address))) {
      const el = pools.find((e) => e.attrs['data-pool'] === hexOf(p.address))!;
      expect(el.attrs['data-class']).toBe(String(p.sizeClass));
      expect(d.texts(el)).toContain(`${p.used}/${p.capacity} used · ${p.state}`);
    }
    // Every other pool is counted in one summary line of its arena and size class.
    for (const ar of a.arenas) {
      const el = byClass(d.root, 'arena').find((e) => e.attrs['data-arena'] === String(ar.index))!;
      const rest = ar.pools.filter((p) => !focus.has(p.address));
      const lines = byClass(el, 'poolsum');
      expect(lines.map((l) => Number(l.attrs['data-class']))).toEqual([...new Set(rest.map((p) => p.sizeClass))].sort((x, y) => x - y));
      expect(lines.reduce((n, l) => n + Number(l.attrs['data-pools']), 0)).toBe(rest.length);
      for (const l of lines) {
        const mine = rest.filter((p) => p.sizeClass === Number(l.attrs['data-class']));
        const blocks = mine.reduce((n, p) => n + p.used, 0);
        const capacity = mine.reduce((n, p) => n + p.capacity, 0);
        expect(d.texts(l).some((t) => t.endsWith(` · ${blocks}/${capacity} blocks`))).toBe(true);
      }
    }
  });

  it('gives a tile to the pools that changed since the previous step, marked as changed', () => {
    const pool = a.arenas.flatMap((ar) => ar.pools).find((p) => !focusPools(s).has(p.address))!;
    const previous: AllocatorSnapshot = {
      ...a,
      arenas: a.arenas.map((ar) => ({ ...ar, pools: ar.pools.map((p) => (p === pool ? { ...p, used: p.used + 1 } : p)) })),
    };
    const dd = new Drawing(renderAllocator(s, { theme: 'light', previousAllocator: previous }));
    const el = byClass(dd.root, 'pool').find((e) => e.attrs['data-pool'] === hexOf(pool.address))!;
    expect(el.attrs['data-changed']).toBe('1');
    expect(dd.texts(el)).toContain('changed at this step');
    expect(byClass(dd.root, 'pool')).toHaveLength(focusPools(s).size + 1);
    // No previous step, or the same state: no pool counts as changed.
    expect(changedPools(null, a).size).toBe(0);
    expect(changedPools(a, a).size).toBe(0);
  });

  it('fits the text column', () => {
    expect(Number(d.root.attrs.width)).toBeLessThanOrEqual(700);
  });

  it('draws blocks by state: as many allocated cells as the pool has used blocks', () => {
    for (const p of a.arenas.flatMap((ar) => ar.pools).filter((q) => focusPools(s).has(q.address))) {
      const el = byClass(d.root, 'pool').find((e) => e.attrs['data-pool'] === hexOf(p.address))!;
      const cols = Math.ceil(Math.sqrt(p.capacity));
      const cell = Math.max(2, Math.floor(124 / cols));
      const gap = cell >= 8 ? 1 : 0;
      const cells = (cls: string): number =>
        all(el).filter((e) => e.tag === 'rect' && e.attrs.class === cls).reduce((n, e) => n + (Number(e.attrs.width) + gap) / cell, 0);
      const states = p.blocks!;
      expect(cells('ba')).toBe(states.filter((b) => b === 'allocated').length);
      expect(cells('bf')).toBe(states.filter((b) => b === 'free').length);
      expect(cells('bv')).toBe(states.filter((b) => b === 'virgin').length);
      expect(states.filter((b) => b === 'allocated').length).toBe(p.used);
    }
  });

  it('marks the blocks of the snapshot’s objects, and lists objects outside pymalloc', () => {
    const marked = byClass(d.root, 'bo').filter((e) => e.tag === 'rect' && e.children.length > 0);
    const names = marked.map((e) => e.children[0].text);
    for (const summary of ['1001', '1004', "'alpha'", '(1.5, 2.5)', '2.5', '[1001, 1002, 1003, 1004]', "{'a': 'alpha'}"]) {
      expect(names.some((n) => n.endsWith(`: ${summary}`))).toBe(true);
    }
    expect(d.texts().some((t) => t.startsWith('raw malloc: bytes'))).toBe(true);
    const items = d.srItems();
    const blob = s.objects.find((o) => o.type === 'bytes')!;
    expect(items).toContain(`bytes at ${hexOf(blob.addr)} (${blob.summary}) lives outside pymalloc`);
  });

  it('shows the free lists', () => {
    const t = d.texts();
    expect(t).toContain('Free lists (dead objects kept for reuse)');
    expect(t).toEqual(expect.arrayContaining(['float', 'tuple(2)', '30', '12']));
  });

  it('needs allocator state', () => {
    expect(() => renderAllocator({ ...s, allocator: null })).toThrow(/no allocator state/);
    expect(renderDiagram(s, 'allocator')).toContain('class="pool"');
  });
});

describe('a live pymalloc passed through', () => {
  it('renders the kernel allocator’s own snapshot, with and without block states', () => {
    const alloc = new ObjectAllocator();
    const blocks: number[] = [];
    for (let i = 0; i < 500; i++) blocks.push(alloc.malloc(16 + (i % 30) * 16));
    for (let i = 0; i < blocks.length; i += 4) alloc.free(blocks[i]);
    const base: HeapSnapshot = { ...fixture('basic'), objects: [] };
    const before = fromKernel(alloc.snapshot({ blocks: true }));
    alloc.free(blocks[1]);
    for (const withBlocks of [true, false]) {
      const a = fromKernel(alloc.snapshot({ blocks: withBlocks }));
      const svg = renderAllocator({ ...base, allocator: a }, { previousAllocator: before });
      const d = new Drawing(svg);
      // One pool changed (a block freed): its tile; every other pool in a summary line.
      expect(byClass(d.root, 'pool')).toHaveLength(1);
      const summarised = byClass(d.root, 'poolsum').reduce((n, l) => n + Number(l.attrs['data-pools']), 0);
      expect(summarised + 1).toBe(a.arenas.flatMap((ar) => ar.pools).length);
      expect(d.title()).toBe(`pymalloc: 1 arena, ${a.arenas[0].pools.length} pools, ${a.allocatedBlocks} allocated blocks`);
      expect(Number(d.root.attrs.width)).toBeLessThanOrEqual(700);
      expect(svg.length).toBeLessThan(100_000);
    }
  });
});
