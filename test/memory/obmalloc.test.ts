// Behaviour of the pymalloc emulation (kernel/memory/obmalloc.ts), step by step against
// CPython 3.11's Objects/obmalloc.c.
import { describe, expect, it } from 'vitest';
import { ObjectAllocator } from '../../kernel/memory/obmalloc.ts';
import { Obmalloc, index2size, numblocks } from '../../kernel/memory/pycore_obmalloc.ts';

const POOL = Obmalloc.POOL_SIZE;
const HDR = Obmalloc.POOL_OVERHEAD;
/** An mmap base that is arena aligned: every arena then has all 64 pools. */
const ALIGNED = { mmapBase: 0x7f00_0000_0000 };

function poolOf(addr: number): number {
  return addr - (addr % POOL);
}

function mallocN(a: ObjectAllocator, n: number, nbytes: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(a.malloc(nbytes));
  return out;
}

describe('size classes', () => {
  it('rounds requests of 1..512 bytes up to a multiple of 16 and serves them from pools', () => {
    const a = new ObjectAllocator();
    for (let n = 1; n <= 512; n++) {
      const p = a.malloc(n);
      expect(a.isPymalloc(p)).toBe(true);
      expect(a.blockSize(p)).toBe(Math.ceil(n / 16) * 16);
      expect(p % 16).toBe(0);
    }
    a.validate();
  });

  it('sends 0-byte and >512-byte requests to the raw allocator, in the brk heap', () => {
    const a = new ObjectAllocator();
    for (const n of [0, 513, 1000, 4096]) {
      const p = a.malloc(n);
      expect(a.isPymalloc(p)).toBe(false);
      expect(a.blockSize(p)).toBe(0);
      expect(p).toBeLessThan(0x7000_0000_0000);
    }
    expect(a.rawAllocatedBlocks).toBe(4);
    expect(a.allocatedBlocks()).toBe(4);
    a.validate();
  });

  it('has the block counts per pool that _debugmallocstats implies (1021 x 16, 510 x 32, 31 x 512)', () => {
    expect(numblocks(0)).toBe(1021);
    expect(numblocks(1)).toBe(510);
    expect(numblocks(31)).toBe(31);
    expect(index2size(31)).toBe(512);
  });
});

describe('a fresh pool', () => {
  it('hands out blocks in address order after the 48-byte header, initialising two blocks first', () => {
    const a = new ObjectAllocator();
    const p0 = a.malloc(24); // class 1: 32-byte blocks
    const snap1 = a.snapshot().arenas[0].pools[0];
    // allocate_from_new_pool: block 0 returned, block 1 on the free list, the rest virgin.
    expect(p0 - snap1.address).toBe(HDR);
    expect(snap1.freeListLength).toBe(1);
    expect(snap1.virgin).toBe(510 - 2);
    expect(snap1.nextoffset).toBe(HDR + 2 * 32);
    const p1 = a.malloc(32);
    const p2 = a.malloc(17);
    expect([p1 - p0, p2 - p0]).toEqual([32, 64]);
    const snap3 = a.snapshot().arenas[0].pools[0];
    // Each allocation that empties the free list pulls one more block out of the virgin area.
    expect(snap3.freeListLength).toBe(1);
    expect(snap3.virgin).toBe(510 - 4);
  });

  it('puts the first pool of an unaligned arena at the next 16 KiB boundary and loses one pool', () => {
    const a = new ObjectAllocator(); // default mmap base is page aligned, not pool aligned
    a.malloc(8);
    const arena = a.snapshot().arenas[0];
    expect(arena.address % POOL).not.toBe(0);
    expect(arena.firstPoolAddress % POOL).toBe(0);
    expect(arena.firstPoolAddress - arena.address).toBe(POOL - (arena.address % POOL));
    expect(arena.ntotalpools).toBe(63);
    expect(arena.alignmentLoss).toBe(POOL);
    const b = new ObjectAllocator(ALIGNED);
    b.malloc(8);
    const aligned = b.snapshot().arenas[0];
    expect(aligned.ntotalpools).toBe(64);
    expect(aligned.firstPoolAddress).toBe(aligned.address);
    expect(aligned.alignmentLoss).toBe(0);
  });

  it('gives each size class its own pool, carved in order from the arena', () => {
    const a = new ObjectAllocator(ALIGNED);
    const x = a.malloc(16);
    const y = a.malloc(100);
    const z = a.malloc(16);
    expect(poolOf(y) - poolOf(x)).toBe(POOL);
    expect(poolOf(z)).toBe(poolOf(x));
    const snap = a.snapshot();
    expect(snap.usedpools[0]).toEqual([poolOf(x)]);
    expect(snap.usedpools[6]).toEqual([poolOf(y)]);
    expect(snap.arenas[0].nfreepools).toBe(62);
  });
});

describe('free lists', () => {
  it('reuses a freed block LIFO for the same size class (bytes(100) then bytes(101), p11)', () => {
    const a = new ObjectAllocator();
    a.malloc(133); // something else alive in the class
    const p = a.malloc(133); // bytes(100): 33 + 100 bytes, class 8 (144)
    a.free(p);
    expect(a.malloc(134)).toBe(p); // bytes(101)
    const q = a.malloc(133);
    a.free(q);
    expect(a.malloc(233)).not.toBe(q); // bytes(200): another class
    a.validate();
  });

  it('returns freed blocks most recent first', () => {
    const a = new ObjectAllocator();
    const [p, q, r] = mallocN(a, 4, 48);
    a.free(p);
    a.free(r);
    a.free(q);
    expect(mallocN(a, 3, 48)).toEqual([q, r, p]);
    a.validate();
  });

  it('moves a full pool that gets a free block to the front of usedpools', () => {
    const a = new ObjectAllocator();
    const first = mallocN(a, 31, 512); // class 31: exactly one pool's worth
    const [second, third] = mallocN(a, 2, 512); // pool A is full, so these open pool B
    const A = poolOf(first[0]);
    const B = poolOf(second);
    expect(B).not.toBe(A);
    expect(poolOf(third)).toBe(B);
    expect(a.snapshot().usedpools[31]).toEqual([B]);
    const blockA = first[10];
    a.free(blockA); // A: full -> used, linked in front of B
    a.free(second); // B: already used, stays where it is
    expect(a.snapshot().usedpools[31]).toEqual([A, B]);
    expect(a.malloc(500)).toBe(blockA); // from the front pool
    // A is full again and leaves the ring: the next block comes from B.
    expect(a.snapshot().usedpools[31]).toEqual([B]);
    expect(a.malloc(500)).toBe(second);
    a.validate();
  });

  it('marks pool states used / full / empty', () => {
    const a = new ObjectAllocator();
    const blocks = mallocN(a, 31, 512);
    expect(a.snapshot().arenas[0].pools[0].state).toBe('full');
    a.free(blocks[0]);
    expect(a.snapshot().arenas[0].pools[0].state).toBe('used');
    for (const b of blocks.slice(1)) a.free(b);
    const pool = a.snapshot({ blocks: true }).arenas[0].pools[0];
    expect(pool.state).toBe('empty');
    expect(pool.used).toBe(0);
    expect(pool.blocks!.every((s) => s === 'free')).toBe(true);
    expect(pool.freeList![0]).toBe(blocks[30]);
  });
});

describe('empty pools', () => {
  it('go to the front of their arena freepools and are reused before carving', () => {
    const a = new ObjectAllocator();
    const x = a.malloc(16);
    const y = a.malloc(32);
    const z = a.malloc(48);
    const arena0 = a.snapshot().arenas[0];
    expect(arena0.nfreepools).toBe(60);
    a.free(y);
    a.free(x);
    const arena1 = a.snapshot().arenas[0];
    expect(arena1.freepools).toEqual([poolOf(x), poolOf(y)]);
    expect(arena1.nfreepools).toBe(62);
    expect(a.snapshot().usedpools[0]).toEqual([]);
    // A different class reuses the most recently freed pool and reinitialises it.
    const w = a.malloc(64);
    expect(poolOf(w)).toBe(poolOf(x));
    expect(w - poolOf(w)).toBe(HDR);
    expect(a.blockSize(w)).toBe(64);
    expect(a.snapshot().arenas[0].freepools).toEqual([poolOf(y)]);
    expect(poolOf(z)).toBe(poolOf(y) + POOL);
    a.validate();
  });

  it('keep their free list when reused for the class they last held', () => {
    const a = new ObjectAllocator();
    const blocks = mallocN(a, 5, 16);
    for (const b of blocks) a.free(b);
    // The pool is empty; reused for class 0 it hands out the head of its old free list.
    expect(a.malloc(16)).toBe(blocks[4]);
    expect(a.malloc(16)).toBe(blocks[3]);
    a.validate();
  });
});

describe('arenas', () => {
  /** Fills every pool of the first arena with 512-byte blocks; returns them. */
  function fillArena(a: ObjectAllocator): number[] {
    const out = [a.malloc(512)];
    const arena = a.snapshot().arenas.at(-1)!;
    return out.concat(mallocN(a, 31 * arena.ntotalpools - 1, 512));
  }

  it('allocates a second arena when the first has no free pool, and keeps usable_arenas sorted', () => {
    const a = new ObjectAllocator();
    a.malloc(512);
    const ntotal = a.snapshot().arenas[0].ntotalpools;
    mallocN(a, 31 * ntotal - 1, 512);
    expect(a.snapshot().usableArenas).toEqual([]); // arena 0 is wholly allocated
    const extra = a.malloc(512);
    const snap = a.snapshot();
    expect(snap.arenas.length).toBe(2);
    expect(snap.usableArenas).toEqual([1]);
    expect(a.isPymalloc(extra)).toBe(true);
    expect(snap.narenasCurrentlyAllocated).toBe(2);
    a.validate();
  });

  it('keeps a wholly free arena when it is the last usable one (bpo-37257)', () => {
    const a = new ObjectAllocator();
    const p = a.malloc(16);
    a.free(p);
    let snap = a.snapshot();
    expect(snap.narenasCurrentlyAllocated).toBe(1);
    expect(snap.arenas[0].nfreepools).toBe(snap.arenas[0].ntotalpools);
    expect(snap.usableArenas).toEqual([0]);
    // Same with a full arena beside it: the emptied arena is the only usable one, hence last.
    fillArena(a);
    const extra = a.malloc(512);
    a.free(extra);
    snap = a.snapshot();
    expect(snap.narenasCurrentlyAllocated).toBe(2);
    expect(snap.usableArenas).toEqual([1]);
    a.validate();
  });

  it('returns an arena to the system when its last pool empties and another arena follows it', () => {
    const a = new ObjectAllocator();
    const first = fillArena(a);
    const extra = a.malloc(512); // arena 1, 1 pool in use
    let snap = a.snapshot();
    const address0 = snap.arenas[0].address;
    const ntotal0 = snap.arenas[0].ntotalpools;
    const ntotal1 = snap.arenas[1].ntotalpools;
    expect(snap.usableArenas).toEqual([1]);
    // Free arena 0 pool by pool: case 2 puts it at the head of usable_arenas...
    for (const b of first.slice(0, 31)) a.free(b);
    expect(a.snapshot().usableArenas).toEqual([0, 1]);
    a.validate();
    // ...and it stays in front while its count of free pools does not pass arena 1's.
    for (const b of first.slice(31, 31 * (ntotal1 - 1))) a.free(b);
    snap = a.snapshot();
    expect(snap.arenas.map((x) => x.nfreepools)).toEqual([ntotal1 - 1, ntotal1 - 1]);
    expect(snap.usableArenas).toEqual([0, 1]);
    a.validate();
    // Case 1: all its pools free and arena 1 after it: unlinked, munmapped, object recycled.
    for (const b of first.slice(31 * (ntotal1 - 1))) a.free(b);
    snap = a.snapshot();
    expect(ntotal0).toBe(ntotal1);
    expect(snap.arenas.map((x) => x.index)).toEqual([1]);
    expect(snap.usableArenas).toEqual([1]);
    expect(snap.narenasCurrentlyAllocated).toBe(1);
    expect(snap.ntimesArenaAllocated).toBe(2);
    expect(snap.narenasHighwater).toBe(2);
    expect(a.isPymalloc(first[0])).toBe(false);
    expect(a.vm.isMapped(address0, address0 + Obmalloc.ARENA_SIZE)).toBe(false);
    expect(a.unusedArenaObjects).toBe(0);
    a.validate();
    // A new arena reuses arena object 0, and the OS hands back the same hole.
    a.free(extra);
    mallocN(a, 31 * ntotal1 + 1, 512);
    snap = a.snapshot();
    expect(snap.arenas.map((x) => x.index)).toEqual([0, 1]);
    expect(snap.arenas[0].address).toBe(address0);
    expect(snap.ntimesArenaAllocated).toBe(3);
    a.validate();
  });

  it('slides an arena right past arenas with fewer free pools (insert_to_freepool case 3)', () => {
    const a = new ObjectAllocator();
    const arena0 = fillArena(a);
    const arena1 = mallocN(a, 31 * a.snapshot().arenas[0].ntotalpools, 512);
    mallocN(a, 31 * 3, 512); // arena 2 with 3 pools in use
    expect(a.snapshot().arenas.length).toBe(3);
    for (const b of arena1.slice(0, 31 * 2)) a.free(b); // arena 1: 2 free pools
    for (const b of arena0.slice(0, 31)) a.free(b); // arena 0: 1 free pool, goes to the head
    expect(a.snapshot().usableArenas).toEqual([0, 1, 2]);
    for (const b of arena0.slice(31, 31 * 3)) a.free(b); // arena 0: 3 free pools
    expect(a.snapshot().usableArenas).toEqual([1, 0, 2]);
    expect(a.nfp2lasta[3]).toBe(0);
    expect(a.nfp2lasta[2]).toBe(1);
    a.validate();
  });

  it('grows the arenas vector from 16 to 32 arena objects with a raw realloc', () => {
    const a = new ObjectAllocator();
    const old = a.malloc(16);
    expect(a.maxarenas).toBe(16);
    const vector16 = a.arenasVector;
    while (a.narenasCurrentlyAllocated < 17) a.malloc(512);
    expect(a.maxarenas).toBe(32);
    expect(a.arenasVector).not.toBe(vector16);
    expect(a.raw.usableSize(a.arenasVector)).toBeGreaterThanOrEqual(32 * Obmalloc.SIZEOF_ARENA_OBJECT);
    a.free(old);
    a.validate();
  });

  it('prefers the fullest arena (head of usable_arenas) for new pools', () => {
    const a = new ObjectAllocator(ALIGNED);
    const arena0 = fillArena(a);
    const arena1 = mallocN(a, 31 * 63, 512); // later arenas are not aligned: 63 pools
    expect(a.snapshot().arenas[1].ntotalpools).toBe(63);
    mallocN(a, 1, 512); // arena 2: 62 free pools
    // Free 2 pools in arena 0 and 1 pool in arena 1: usable = [1 (1 free), 0 (2 free), 2 (63)].
    for (const b of arena0.slice(0, 62)) a.free(b);
    for (const b of arena1.slice(0, 31)) a.free(b);
    expect(a.snapshot().usableArenas).toEqual([1, 0, 2]);
    const p = a.malloc(16);
    expect(poolOf(p)).toBe(poolOf(arena1[0])); // arena 1's free pool, reinitialised for class 0
    expect(a.snapshot().usableArenas).toEqual([0, 2]);
    a.validate();
  });
});

describe('realloc', () => {
  it('keeps the block when shrinking by less than 25% or growing within it', () => {
    const a = new ObjectAllocator();
    const p = a.malloc(100); // class 6: 112-byte blocks
    expect(a.realloc(p, 112)).toBe(p);
    expect(a.realloc(p, 85)).toBe(p); // 4 * 85 = 340 > 3 * 112 = 336
    expect(a.realloc(p, 1)).not.toBe(p);
    a.validate();
  });

  it('moves to a new block (malloc, copy, free) when shrinking a lot or growing past the block', () => {
    const a = new ObjectAllocator();
    const p = a.malloc(100);
    const q = a.realloc(p, 84); // 4 * 84 = 336, not > 336: copy to class 5
    expect(q).not.toBe(p);
    expect(a.blockSize(q)).toBe(96);
    const r = a.realloc(q, 200);
    expect(a.blockSize(r)).toBe(208);
    expect(a.malloc(84)).toBe(q); // the old block went back on its free list
    expect(a.allocatedBlocks()).toBe(2);
    a.validate();
  });

  it('moves a pymalloc block to the raw allocator past 512 bytes, and raw blocks stay raw', () => {
    const a = new ObjectAllocator();
    const p = a.malloc(500);
    const q = a.realloc(p, 600);
    expect(a.isPymalloc(q)).toBe(false);
    expect(a.rawAllocatedBlocks).toBe(1);
    const r = a.realloc(q, 10);
    expect(a.isPymalloc(r)).toBe(false);
    expect(a.realloc(0, 10)).toBeGreaterThan(0);
    expect(a.allocatedBlocks()).toBe(2);
    a.validate();
  });
});

describe('sys.getallocatedblocks()', () => {
  it('counts pymalloc blocks in use plus raw fallbacks (100 bytes objects + list + item array: +102, p11)', () => {
    const a = new ObjectAllocator();
    const b0 = a.allocatedBlocks();
    const list = a.malloc(40 + 16); // the list object with its GC head
    const items = a.malloc(100 * 8); // the item array: 800 bytes, raw
    const objs: number[] = [];
    for (let i = 100; i < 200; i++) objs.push(a.malloc(33 + i + 16 - 16)); // bytes(i): 33 + i bytes
    expect(a.allocatedBlocks() - b0).toBe(102);
    for (const o of objs) a.free(o);
    a.free(items);
    a.free(list);
    expect(a.allocatedBlocks()).toBe(b0);
    a.validate();
  });
});

describe('errors', () => {
  it('throws on double free and on addresses it never handed out (kernel bugs, not user errors)', () => {
    const a = new ObjectAllocator();
    const p = a.malloc(16);
    a.free(p);
    expect(() => a.free(p)).toThrow(/not an allocated block/);
    expect(() => a.free(p + 8)).toThrow();
    const r = a.malloc(1000);
    a.free(r);
    expect(() => a.free(r)).toThrow(/invalid pointer/);
  });
});

describe('validate()', () => {
  function heap(): { a: ObjectAllocator; blocks: number[] } {
    const a = new ObjectAllocator();
    const blocks = [...mallocN(a, 40, 16), ...mallocN(a, 31, 512), ...mallocN(a, 3, 512), a.malloc(2000)];
    a.free(blocks[5]);
    a.validate();
    return { a, blocks };
  }
  const pool0 = 32; // id of the first pool of arena 0 (class 0 here)

  it('notices a block that is both handed out and on the free list', () => {
    const { a } = heap();
    a.blockNext[a.poolFreeblock[pool0]] = -2;
    expect(() => a.validate()).toThrow(/corrupt free list|both allocated and free/);
  });

  it('notices a wrong ref.count, a broken usedpools ring and an unsorted usable_arenas', () => {
    let { a } = heap();
    a.poolCount[pool0]++;
    expect(() => a.validate()).toThrow(/ref.count/);
    ({ a } = heap());
    a.poolPrev[a.poolNext[0]] = 5;
    expect(() => a.validate()).toThrow(/usedpools/);
    ({ a } = heap());
    a.arenaNfreepools[0]++;
    expect(() => a.validate()).toThrow(/nfreepools/);
  });

  it('notices a lost block and a wrong nfp2lasta finger', () => {
    let { a } = heap();
    a.poolFreeblock[pool0] = a.blockNext[a.poolFreeblock[pool0]];
    expect(() => a.validate()).toThrow(/lost/);
    ({ a } = heap());
    a.nfp2lasta[a.arenaNfreepools[0]] = -1;
    expect(() => a.validate()).toThrow(/nfp2lasta/);
  });
});

describe('out of memory', () => {
  it('returns 0 (NULL) for requests the simulated machine refuses, changing nothing', () => {
    const a = new ObjectAllocator();
    const p = a.malloc(100);
    const before = a.allocatedBlocks();
    expect(a.malloc(10 ** 15)).toBe(0); // bytearray(10**15) -> MemoryError in the caller
    expect(a.calloc(10 ** 8, 10 ** 8)).toBe(0);
    expect(a.realloc(p, 10 ** 15)).toBe(0);
    expect(a.allocatedBlocks()).toBe(before);
    a.free(p); // p is still valid
    const r = a.malloc(300_000);
    expect(a.realloc(r, 10 ** 15)).toBe(0);
    a.free(r);
    a.validate();
  });

  it('falls back to the raw allocator when no arena can be mapped, as _PyObject_Malloc does', () => {
    const a = new ObjectAllocator({ maxMapping: 512 * 1024 }); // an arena (1 MiB) is refused
    const p = a.malloc(16);
    expect(p).not.toBe(0);
    expect(a.isPymalloc(p)).toBe(false);
    expect(a.narenasCurrentlyAllocated).toBe(0);
    expect(a.rawAllocatedBlocks).toBe(1);
    a.free(p);
    a.validate();
  });
});
