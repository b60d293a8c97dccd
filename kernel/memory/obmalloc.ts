/**
 * pymalloc, CPython's small-object allocator, 64-bit default build.
 * CPython 3.11: Objects/obmalloc.c (_PyObject_Malloc/Calloc/Realloc/Free, pymalloc_alloc,
 * pymalloc_free, pymalloc_realloc, allocate_from_new_pool, pymalloc_pool_extend,
 * insert_to_usedpool, insert_to_freepool, new_arena, _Py_GetAllocatedBlocks).
 * Design notes, diagrams and a worked example: kernel/memory/obmalloc.md.
 *
 * Memory holds no bytes here, only addresses: the C structs are kept as parallel typed arrays.
 *  - struct pool_header fields are indexed by a pool id: ids 0..31 are the usedpools[] list
 *    heads of the 32 size classes (CPython makes usedpools[2i] look like a pool header for the
 *    same reason: so that list code needs no special case); the pool in slot s of arena a has
 *    id 32 + 64a + s, slot 0 being the arena's first pool-aligned address.
 *  - A freed block's first word (*(block **)p, the freeblock list link) is kept in blockNext,
 *    as the index of the next free block in the same pool (links never leave a pool).
 *  - struct arena_object fields are indexed by the arena's index in `arenas`.
 */
import { ArenaMap } from './arena_map.ts';
import { pymallocPrintStats, sysDebugMallocStats } from './debugmallocstats.ts';
import { AddressSpace } from './mmap.ts';
import { Obmalloc, Repr, numblocks } from './pycore_obmalloc.ts';
import { RawMalloc } from './rawmalloc.ts';
import { type ObmallocSnapshot, type SnapshotOptions, obmallocSnapshot } from './obmalloc_snapshot.ts';
import { obmallocValidate } from './obmalloc_validate.ts';

const NIL: number = Repr.NIL;
const ALLOCATED: number = Repr.ALLOCATED;
const FIRST_POOL_ID: number = Repr.FIRST_POOL_ID;
const BLOCKS_PER_POOL_SLOT: number = Repr.BLOCK_SLOTS_PER_POOL;
/** NUMBLOCKS(i) for every size class (a table, as the free path needs it on every call). */
const NUMBLOCKS = Int32Array.from({ length: Obmalloc.NB_SMALL_SIZE_CLASSES }, (_, i) => numblocks(i));

/** ALIGNMENT-sized units in a pool: the range of (offset past the pool header) >> ALIGNMENT_SHIFT. */
const UNITS_PER_POOL = Obmalloc.POOL_SIZE >> Obmalloc.ALIGNMENT_SHIFT;

/**
 * NON-CPYTHON: for size class i and a block-aligned offset past the pool header in units u,
 * BLOCK_AT[i * UNITS_PER_POOL + u] is the block's index, or -1 where no block starts: the free
 * path finds a block without dividing by its size.
 */
const BLOCK_AT = (() => {
  const t = new Int16Array(Obmalloc.NB_SMALL_SIZE_CLASSES * UNITS_PER_POOL).fill(-1);
  for (let i = 0; i < Obmalloc.NB_SMALL_SIZE_CLASSES; i++) {
    for (let b = 0; b < NUMBLOCKS[i]; b++) t[i * UNITS_PER_POOL + b * (i + 1)] = b;
  }
  return t;
})();

/** NON-CPYTHON defaults for where the simulated process keeps things (see obmalloc.md). */
export const enum ProcessLayout {
  /**
   * Top of the mmap area (mm->mmap_base): page aligned, deliberately not pool aligned, as
   * under ASLR three times in four, so arenas lose a pool to alignment as in p11's run.
   */
  MMAP_BASE = 0x7f6a_2b3c_7000,
  /** Lowest address the mmap area may reach. */
  MMAP_MIN = 0x7e00_0000_0000,
  /** Start of the brk heap, a little above the PIE binary's static data (heap.ts allocStatic). */
  BRK_START = 0x5581_2c0e_5000,
}

export interface ObjectAllocatorOptions {
  /** Top of the mmap area (page aligned). */
  mmapBase?: number;
  /** Bottom of the mmap area (page aligned). */
  mmapMin?: number;
  /** Start of the brk heap (page aligned). */
  brkStart?: number;
  /** Largest single mapping or heap growth the simulated OS grants (RAM + swap). */
  maxMapping?: number;
  /** The most bytes of arenas and raw heap the process may hold (RLIMIT_AS; default: no limit). */
  memoryLimit?: number;
}

export class ObjectAllocator {
  readonly vm: AddressSpace;
  readonly raw: RawMalloc;
  readonly arenaMap: ArenaMap;

  // struct pool_header, by pool id.
  /** ref.count: blocks handed out. */
  poolCount: Int32Array;
  /** freeblock: index of the first free block, or NIL. */
  poolFreeblock: Int32Array;
  /** nextpool / prevpool: usedpools ring links, or the arena's freepools chain (next only). */
  poolNext: Int32Array;
  poolPrev: Int32Array;
  /** szidx: size class, DUMMY_SIZE_IDX until first use. */
  poolSzidx: Int32Array;
  /** nextoffset / maxnextoffset: bytes from the pool start; the virgin area's bounds. */
  poolNextoffset: Int32Array;
  poolMaxnextoffset: Int32Array;
  /** NON-CPYTHON: the pool's own address (a C pool knows it as `(block *)pool`). */
  poolAddress: Float64Array;
  /** Free-list links: blockNext[(id - 32) * 1024 + k] for block k of pool id. */
  blockNext: Int16Array;

  // struct arena_object, by index in `arenas`.
  /** address: the mmapped base, 0 when the object is unused. */
  arenaAddress: Float64Array;
  /** pool_address: the next pool to carve (the arena's high-water mark). */
  arenaPoolAddress: Float64Array;
  /** NON-CPYTHON: first pool-aligned address of the arena (slot 0). */
  arenaFirstPool: Float64Array;
  arenaNfreepools: Int32Array;
  arenaNtotalpools: Int32Array;
  /** freepools: head of the singly linked chain of empty pools (pool id or NIL). */
  arenaFreepools: Int32Array;
  /** nextarena / prevarena: usable_arenas links; nextarena also chains unused_arena_objects. */
  arenaNext: Int32Array;
  arenaPrev: Int32Array;

  /** Number of arena_objects in `arenas`. */
  maxarenas = 0;
  /** NON-CPYTHON: raw address of the `arenas` vector (it lives in the raw heap). */
  arenasVector = 0;
  unusedArenaObjects = NIL;
  usableArenas = NIL;
  /** nfp2lasta[n]: the last arena in usable_arenas with n free pools, or NIL. */
  readonly nfp2lasta = new Int32Array(Obmalloc.MAX_POOLS_IN_ARENA + 1).fill(NIL);
  narenasCurrentlyAllocated = 0;
  ntimesArenaAllocated = 0;
  narenasHighwater = 0;
  /** raw_allocated_blocks: _PyObject_Malloc requests served by PyMem_RawMalloc, still live. */
  rawAllocatedBlocks = 0;
  /**
   * NON-CPYTHON: running total of pool ref.counts. _Py_GetAllocatedBlocks sums them over every
   * carved pool on each call; validate() checks that this cache agrees with that sum.
   */
  pymallocBlocks = 0;
  /**
   * NON-CPYTHON: the pool the last free() found, and its address (NaN: none). Frees come in runs
   * into one pool; this skips address_in_range and POOL_ADDR for them. Forgotten when an arena
   * is unmapped (its range may then hold raw memory).
   */
  lastFreePool = NIL;
  lastFreePoolAddress = NaN;

  constructor(opts: ObjectAllocatorOptions = {}) {
    const base = opts.mmapBase ?? ProcessLayout.MMAP_BASE;
    this.vm = new AddressSpace(base, opts.mmapMin ?? ProcessLayout.MMAP_MIN, opts.maxMapping);
    if (opts.memoryLimit !== undefined) this.vm.memoryLimit = opts.memoryLimit;
    this.raw = new RawMalloc(this.vm, opts.brkStart ?? ProcessLayout.BRK_START);
    this.arenaMap = new ArenaMap((size) => this.raw.calloc(1, size));
    const pools = FIRST_POOL_ID;
    this.poolCount = new Int32Array(pools);
    this.poolFreeblock = new Int32Array(pools).fill(NIL);
    this.poolNext = new Int32Array(pools);
    this.poolPrev = new Int32Array(pools);
    this.poolSzidx = new Int32Array(pools);
    this.poolNextoffset = new Int32Array(pools);
    this.poolMaxnextoffset = new Int32Array(pools);
    this.poolAddress = new Float64Array(pools);
    this.blockNext = new Int16Array(0);
    // The empty usedpools rings: each head points at itself.
    for (let i = 0; i < pools; i++) {
      this.poolNext[i] = i;
      this.poolPrev[i] = i;
    }
    this.arenaAddress = new Float64Array(0);
    this.arenaPoolAddress = new Float64Array(0);
    this.arenaFirstPool = new Float64Array(0);
    this.arenaNfreepools = new Int32Array(0);
    this.arenaNtotalpools = new Int32Array(0);
    this.arenaFreepools = new Int32Array(0);
    this.arenaNext = new Int32Array(0);
    this.arenaPrev = new Int32Array(0);
  }

  // ---------------------------------------------------------------------------------------
  // The PyObject_Malloc domain

  /**
   * CPython 3.11: Objects/obmalloc.c _PyObject_Malloc. Returns 0 (NULL) when out of memory:
   * the caller raises MemoryError.
   */
  malloc(nbytes: number): number {
    const p = this.pymallocAlloc(nbytes);
    if (p !== 0) return p;
    const r = this.rawMalloc(nbytes);
    if (r !== 0) this.rawAllocatedBlocks++;
    return r;
  }

  /** CPython 3.11: Objects/obmalloc.c _PyObject_Calloc (the memory is zeroed: nothing to do). */
  calloc(nelem: number, elsize: number): number {
    const p = this.pymallocAlloc(nelem * elsize);
    if (p !== 0) return p;
    const r = this.rawCalloc(nelem, elsize);
    if (r !== 0) this.rawAllocatedBlocks++;
    return r;
  }

  /**
   * CPython 3.11: Objects/obmalloc.c _PyObject_Realloc. The caller moves the contents when
   * the address changes (memcpy in CPython; the kernel keeps contents outside this model).
   * Returns 0 (NULL) when out of memory; ptr then stays valid.
   */
  realloc(ptr: number, nbytes: number): number {
    if (ptr === 0) return this.malloc(nbytes);
    const ai = this.arenaMap.arenaIndexOf(ptr);
    if (ai >= 0) return this.pymallocRealloc(ptr, ai, nbytes);
    return this.rawRealloc(ptr, nbytes);
  }

  /** CPython 3.11: Objects/obmalloc.c _PyObject_Free */
  free(ptr: number): void {
    if (ptr === 0) return;
    if (this.pymallocFree(ptr)) return;
    this.raw.free(ptr);
    this.rawAllocatedBlocks--;
  }

  /** CPython 3.11: Objects/obmalloc.c _Py_GetAllocatedBlocks (sys.getallocatedblocks()). */
  allocatedBlocks(): number {
    return this.rawAllocatedBlocks + this.pymallocBlocks;
  }

  /** Is ptr inside a pymalloc arena? (address_in_range) */
  isPymalloc(ptr: number): boolean {
    return this.arenaMap.isUsed(ptr);
  }

  /** NON-CPYTHON helper: the block size behind a pymalloc address, or 0 for a raw one. */
  blockSize(ptr: number): number {
    const ai = this.arenaMap.arenaIndexOf(ptr);
    if (ai < 0) return 0;
    return (this.poolSzidx[this.poolIdOf(ptr, ai)] + 1) << Obmalloc.ALIGNMENT_SHIFT;
  }

  /**
   * sys._debugmallocstats() text: pymalloc's report, a blank line, then the object model's
   * _PyObject_DebugTypeStats lines (free lists), each given without its newline.
   */
  debugMallocStats(typeStatsLines: readonly string[] = []): string {
    return sysDebugMallocStats(this, typeStatsLines);
  }

  /** CPython 3.11: Objects/obmalloc.c _PyObject_DebugMallocStats (pymalloc's part only). */
  pymallocStats(): string {
    return pymallocPrintStats(this);
  }

  /** NON-CPYTHON: plain-data picture of arenas, pools and lists, for diagrams. */
  snapshot(opts: SnapshotOptions = {}): ObmallocSnapshot {
    return obmallocSnapshot(this, opts);
  }

  /** NON-CPYTHON: checks every invariant of the structures; throws an Error naming the first broken one. */
  validate(): void {
    obmallocValidate(this);
  }

  // ---------------------------------------------------------------------------------------
  // The raw domain (PyMem_RawMalloc & co.): a zero-byte request becomes one byte.

  /** CPython 3.11: Objects/obmalloc.c _PyMem_RawMalloc */
  rawMalloc(size: number): number {
    return this.raw.malloc(size === 0 ? 1 : size);
  }

  /** CPython 3.11: Objects/obmalloc.c _PyMem_RawCalloc */
  rawCalloc(nelem: number, elsize: number): number {
    if (nelem === 0 || elsize === 0) return this.raw.calloc(1, 1);
    return this.raw.calloc(nelem, elsize);
  }

  /** CPython 3.11: Objects/obmalloc.c _PyMem_RawRealloc */
  rawRealloc(ptr: number, size: number): number {
    return this.raw.realloc(ptr, size === 0 ? 1 : size);
  }

  /** CPython 3.11: Objects/obmalloc.c _PyMem_RawFree */
  rawFree(ptr: number): void {
    this.raw.free(ptr);
  }

  // ---------------------------------------------------------------------------------------
  // pymalloc proper

  /** CPython 3.11: Objects/obmalloc.c pymalloc_alloc. Returns 0 for requests it does not serve. */
  private pymallocAlloc(nbytes: number): number {
    if (nbytes === 0 || nbytes > Obmalloc.SMALL_REQUEST_THRESHOLD) return 0;
    const size = (nbytes - 1) >> Obmalloc.ALIGNMENT_SHIFT;
    const pool = this.poolNext[size];
    if (pool === size) return this.allocateFromNewPool(size);
    // There is a used pool for this size class: pick up the head of its free list.
    this.poolCount[pool]++;
    this.pymallocBlocks++;
    const bp = this.poolFreeblock[pool];
    const link = (pool - FIRST_POOL_ID) * BLOCKS_PER_POOL_SLOT + bp;
    const next = this.blockNext[link];
    this.blockNext[link] = ALLOCATED;
    this.poolFreeblock[pool] = next;
    // Reached the end of the free list: try to extend it.
    if (next === NIL) this.poolExtend(pool, size);
    return this.poolAddress[pool] + Obmalloc.POOL_OVERHEAD + bp * ((size + 1) << Obmalloc.ALIGNMENT_SHIFT);
  }

  /** CPython 3.11: Objects/obmalloc.c pymalloc_pool_extend */
  private poolExtend(pool: number, size: number): void {
    const nextoffset = this.poolNextoffset[pool];
    if (nextoffset <= this.poolMaxnextoffset[pool]) {
      // There is room for another block: take it from the virgin area.
      const blockSize = (size + 1) << Obmalloc.ALIGNMENT_SHIFT;
      const bp = (nextoffset - Obmalloc.POOL_OVERHEAD) / blockSize;
      this.poolFreeblock[pool] = bp;
      this.poolNextoffset[pool] = nextoffset + blockSize;
      this.blockNext[(pool - FIRST_POOL_ID) * BLOCKS_PER_POOL_SLOT + bp] = NIL;
      return;
    }
    // The pool is full: unlink it from usedpools.
    const next = this.poolNext[pool];
    const prev = this.poolPrev[pool];
    this.poolPrev[next] = prev;
    this.poolNext[prev] = next;
  }

  /** CPython 3.11: Objects/obmalloc.c allocate_from_new_pool */
  private allocateFromNewPool(size: number): number {
    // 1. No arena has a free pool: allocate a new arena.
    if (this.usableArenas === NIL) {
      const ao = this.newArena();
      if (ao === NIL) return 0;
      this.usableArenas = ao;
      this.arenaNext[ao] = NIL;
      this.arenaPrev[ao] = NIL;
      this.nfp2lasta[this.arenaNfreepools[ao]] = ao;
    }
    const ua = this.usableArenas;
    // 2. The head arena keeps the smallest nfreepools, so the list stays sorted; only the
    //    nfp2lasta fingers move.
    const nf = this.arenaNfreepools[ua];
    if (this.nfp2lasta[nf] === ua) this.nfp2lasta[nf] = NIL;
    if (nf > 1) this.nfp2lasta[nf - 1] = ua;
    // 3. Take a cached empty pool, or carve a new one from the arena's high-water mark.
    let pool = this.arenaFreepools[ua];
    if (pool !== NIL) {
      this.arenaFreepools[ua] = this.poolNext[pool];
    } else {
      pool = this.carvePool(ua);
    }
    if (--this.arenaNfreepools[ua] === 0) {
      // Wholly allocated: unlink the arena from usable_arenas.
      this.usableArenas = this.arenaNext[ua];
      if (this.usableArenas !== NIL) this.arenaPrev[this.usableArenas] = NIL;
    }
    // 4. Frontlink to usedpools (the list is empty, so its head is both neighbours).
    this.poolNext[pool] = size;
    this.poolPrev[pool] = size;
    this.poolNext[size] = pool;
    this.poolPrev[size] = pool;
    this.poolCount[pool] = 1;
    this.pymallocBlocks++;
    if (this.poolSzidx[pool] === size) return this.reuseInitializedPool(pool, size);
    return this.initPool(pool, size);
  }

  /** Part of allocate_from_new_pool: hands out the pool at the arena's pool_address. */
  private carvePool(ao: number): number {
    const address = this.arenaPoolAddress[ao];
    const slot = (address - this.arenaFirstPool[ao]) / Obmalloc.POOL_SIZE;
    const pool = FIRST_POOL_ID + ao * Obmalloc.MAX_POOLS_IN_ARENA + slot;
    this.poolAddress[pool] = address;
    this.poolSzidx[pool] = Obmalloc.DUMMY_SIZE_IDX;
    this.arenaPoolAddress[ao] = address + Obmalloc.POOL_SIZE;
    return pool;
  }

  /** Part of allocate_from_new_pool: the pool last held this size class; its free list is intact. */
  private reuseInitializedPool(pool: number, size: number): number {
    const bp = this.poolFreeblock[pool];
    const link = (pool - FIRST_POOL_ID) * BLOCKS_PER_POOL_SLOT + bp;
    this.poolFreeblock[pool] = this.blockNext[link];
    this.blockNext[link] = ALLOCATED;
    return this.poolAddress[pool] + Obmalloc.POOL_OVERHEAD + bp * ((size + 1) << Obmalloc.ALIGNMENT_SHIFT);
  }

  /**
   * Part of allocate_from_new_pool: initialise the header, put only the second block on the
   * free list (the rest stays virgin) and return the first block.
   */
  private initPool(pool: number, size: number): number {
    const blockSize = (size + 1) << Obmalloc.ALIGNMENT_SHIFT;
    const base = (pool - FIRST_POOL_ID) * BLOCKS_PER_POOL_SLOT;
    this.poolSzidx[pool] = size;
    this.poolNextoffset[pool] = Obmalloc.POOL_OVERHEAD + 2 * blockSize;
    this.poolMaxnextoffset[pool] = Obmalloc.POOL_SIZE - blockSize;
    this.poolFreeblock[pool] = 1;
    this.blockNext[base + 1] = NIL;
    this.blockNext[base] = ALLOCATED;
    return this.poolAddress[pool] + Obmalloc.POOL_OVERHEAD;
  }

  /**
   * CPython 3.11: Objects/obmalloc.c pymalloc_free. Returns false when ptr is not in an arena
   * (then it came from the raw allocator).
   */
  private pymallocFree(ptr: number): boolean {
    let pool = this.lastFreePool;
    const offset = ptr - this.lastFreePoolAddress;
    if (!(offset >= 0 && offset < Obmalloc.POOL_SIZE)) {
      const ai = this.arenaMap.arenaIndexOf(ptr);
      if (ai < 0) return false;
      pool = this.poolIdOf(ptr, ai);
      this.lastFreePool = pool;
      this.lastFreePoolAddress = this.poolAddress[pool];
    }
    const bp = this.blockIndexOf(ptr, pool, 'free');
    // Link ptr to the start of the pool's free list (LIFO).
    const lastfree = this.poolFreeblock[pool];
    this.blockNext[(pool - FIRST_POOL_ID) * BLOCKS_PER_POOL_SLOT + bp] = lastfree;
    this.poolFreeblock[pool] = bp;
    this.pymallocBlocks--;
    const count = --this.poolCount[pool];
    if (lastfree === NIL) {
      // The pool was full, so it is in no list: link it to the front of its usedpools list.
      this.insertToUsedpool(pool);
      return true;
    }
    if (count !== 0) return true;
    // The pool is now empty: unlink it from usedpools and link it to its arena's freepools.
    this.insertToFreepool(pool);
    return true;
  }

  /** CPython 3.11: Objects/obmalloc.c insert_to_usedpool */
  private insertToUsedpool(pool: number): void {
    const size = this.poolSzidx[pool];
    const next = this.poolNext[size];
    const prev = this.poolPrev[next];
    // Insert pool before next: prev <-> pool <-> next.
    this.poolNext[pool] = next;
    this.poolPrev[pool] = prev;
    this.poolPrev[next] = pool;
    this.poolNext[prev] = pool;
  }

  /** CPython 3.11: Objects/obmalloc.c insert_to_freepool */
  private insertToFreepool(pool: number): void {
    const next = this.poolNext[pool];
    const prev = this.poolPrev[pool];
    this.poolPrev[next] = prev;
    this.poolNext[prev] = next;
    // Link the pool to its arena's freepools (singly linked through nextpool).
    const ao = (pool - FIRST_POOL_ID) >> 6;
    this.poolNext[pool] = this.arenaFreepools[ao];
    this.arenaFreepools[ao] = pool;
    let nf = this.arenaNfreepools[ao];
    // If ao is the rightmost arena with nf free pools, that finger moves left (or goes away).
    const lastnf = this.nfp2lasta[nf];
    if (lastnf === ao) {
      const p = this.arenaPrev[ao];
      this.nfp2lasta[nf] = p !== NIL && this.arenaNfreepools[p] === nf ? p : NIL;
    }
    this.arenaNfreepools[ao] = ++nf;
    // Arena management: four cases.
    if (nf === this.arenaNtotalpools[ao] && this.arenaNext[ao] !== NIL) {
      this.freeArena(ao);
      return;
    }
    if (nf === 1) {
      this.pushUsableArena(ao);
      return;
    }
    if (this.nfp2lasta[nf] === NIL) this.nfp2lasta[nf] = ao;
    // Case 4: ao was the rightmost of the old count, so it is still in order.
    if (ao === lastnf) return;
    this.slideArenaRight(ao, lastnf);
  }

  /**
   * insert_to_freepool case 1: every pool is free and ao is not the last usable arena (the last
   * one is kept to avoid thrashing, bpo-37257): unlink it, return its memory, recycle its object.
   */
  private freeArena(ao: number): void {
    const prev = this.arenaPrev[ao];
    const next = this.arenaNext[ao];
    if (prev === NIL) this.usableArenas = next;
    else this.arenaNext[prev] = next;
    if (next !== NIL) this.arenaPrev[next] = prev;
    this.arenaNext[ao] = this.unusedArenaObjects;
    this.unusedArenaObjects = ao;
    const address = this.arenaAddress[ao];
    this.lastFreePool = NIL;
    this.lastFreePoolAddress = NaN;
    this.arenaMap.markUsed(address, false, ao);
    this.vm.munmap(address, Obmalloc.ARENA_SIZE);
    this.arenaAddress[ao] = 0;
    this.narenasCurrentlyAllocated--;
  }

  /** insert_to_freepool case 2: the arena's first free pool puts it at the head of usable_arenas. */
  private pushUsableArena(ao: number): void {
    this.arenaNext[ao] = this.usableArenas;
    this.arenaPrev[ao] = NIL;
    if (this.usableArenas !== NIL) this.arenaPrev[this.usableArenas] = ao;
    this.usableArenas = ao;
    if (this.nfp2lasta[1] === NIL) this.nfp2lasta[1] = ao;
  }

  /** insert_to_freepool case 3: move ao to just after lastnf, keeping usable_arenas sorted. */
  private slideArenaRight(ao: number, lastnf: number): void {
    const prev = this.arenaPrev[ao];
    const next = this.arenaNext[ao];
    if (prev !== NIL) this.arenaNext[prev] = next;
    else this.usableArenas = next;
    this.arenaPrev[next] = prev;
    this.arenaPrev[ao] = lastnf;
    const after = this.arenaNext[lastnf];
    this.arenaNext[ao] = after;
    if (after !== NIL) this.arenaPrev[after] = ao;
    this.arenaNext[lastnf] = ao;
  }

  /** CPython 3.11: Objects/obmalloc.c new_arena. Returns NIL when out of memory. */
  private newArena(): number {
    if (this.unusedArenaObjects === NIL && !this.growArenas()) return NIL;
    const ao = this.unusedArenaObjects;
    this.unusedArenaObjects = this.arenaNext[ao];
    let address = this.vm.mmap(Obmalloc.ARENA_SIZE);
    if (address !== 0 && !this.arenaMap.markUsed(address, true, ao)) {
      this.vm.munmap(address, Obmalloc.ARENA_SIZE);
      address = 0;
    }
    if (address === 0) {
      // The allocation failed: put the arena object back.
      this.arenaNext[ao] = this.unusedArenaObjects;
      this.unusedArenaObjects = ao;
      return NIL;
    }
    this.arenaAddress[ao] = address;
    this.narenasCurrentlyAllocated++;
    this.ntimesArenaAllocated++;
    if (this.narenasCurrentlyAllocated > this.narenasHighwater) {
      this.narenasHighwater = this.narenasCurrentlyAllocated;
    }
    this.arenaFreepools[ao] = NIL;
    // pool_address <- first pool-aligned address; an unaligned arena loses one pool.
    let poolAddress = address;
    let nfreepools: number = Obmalloc.MAX_POOLS_IN_ARENA;
    const excess = address - Math.floor(address / Obmalloc.POOL_SIZE) * Obmalloc.POOL_SIZE;
    if (excess !== 0) {
      nfreepools--;
      poolAddress += Obmalloc.POOL_SIZE - excess;
    }
    this.arenaPoolAddress[ao] = poolAddress;
    this.arenaFirstPool[ao] = poolAddress;
    this.arenaNfreepools[ao] = nfreepools;
    this.arenaNtotalpools[ao] = nfreepools;
    return ao;
  }

  /**
   * Part of new_arena: double the `arenas` vector (PyMem_RawRealloc) and put the new objects on
   * unused_arena_objects. Only called when every arena is full, so no pointer into it is live.
   */
  private growArenas(): boolean {
    const old = this.maxarenas;
    const numarenas = old === 0 ? Obmalloc.INITIAL_ARENA_OBJECTS : old * 2;
    const vector = this.rawRealloc(this.arenasVector, numarenas * Obmalloc.SIZEOF_ARENA_OBJECT);
    if (vector === 0) return false;
    this.arenasVector = vector;
    this.arenaAddress = growF64(this.arenaAddress, numarenas);
    this.arenaPoolAddress = growF64(this.arenaPoolAddress, numarenas);
    this.arenaFirstPool = growF64(this.arenaFirstPool, numarenas);
    this.arenaNfreepools = growI32(this.arenaNfreepools, numarenas);
    this.arenaNtotalpools = growI32(this.arenaNtotalpools, numarenas);
    this.arenaFreepools = growI32(this.arenaFreepools, numarenas);
    this.arenaNext = growI32(this.arenaNext, numarenas);
    this.arenaPrev = growI32(this.arenaPrev, numarenas);
    for (let i = old; i < numarenas; i++) {
      this.arenaAddress[i] = 0;
      this.arenaNext[i] = i < numarenas - 1 ? i + 1 : NIL;
    }
    this.unusedArenaObjects = old;
    this.maxarenas = numarenas;
    this.growPools(FIRST_POOL_ID + numarenas * Obmalloc.MAX_POOLS_IN_ARENA);
    return true;
  }

  /** NON-CPYTHON: room for the pool headers of the new arena objects. */
  private growPools(n: number): void {
    this.poolCount = growI32(this.poolCount, n);
    this.poolFreeblock = growI32(this.poolFreeblock, n);
    this.poolNext = growI32(this.poolNext, n);
    this.poolPrev = growI32(this.poolPrev, n);
    this.poolSzidx = growI32(this.poolSzidx, n);
    this.poolNextoffset = growI32(this.poolNextoffset, n);
    this.poolMaxnextoffset = growI32(this.poolMaxnextoffset, n);
    this.poolAddress = growF64(this.poolAddress, n);
    const blocks = new Int16Array((n - FIRST_POOL_ID) * BLOCKS_PER_POOL_SLOT);
    blocks.set(this.blockNext);
    this.blockNext = blocks;
  }

  /** CPython 3.11: Objects/obmalloc.c pymalloc_realloc (ptr is in arena ai). */
  private pymallocRealloc(ptr: number, ai: number, nbytes: number): number {
    const pool = this.poolIdOf(ptr, ai);
    this.blockIndexOf(ptr, pool, 'realloc');
    let size = (this.poolSzidx[pool] + 1) << Obmalloc.ALIGNMENT_SHIFT;
    if (nbytes <= size) {
      // Staying the same or shrinking: copying to a smaller class only pays when at least
      // 25% of the block can be shaved off.
      if (4 * nbytes > 3 * size) return ptr;
      size = nbytes;
    }
    const bp = this.malloc(nbytes);
    if (bp !== 0) {
      // memcpy(bp, ptr, size): the kernel moves contents itself.
      this.free(ptr);
    }
    return bp;
  }

  /** POOL_ADDR(p) as a pool id, for p inside arena ai. */
  poolIdOf(ptr: number, ai: number): number {
    // Offsets inside an arena fit in 32 bits: POOL_ADDR's masking becomes integer shifts.
    const offset = ptr - this.arenaFirstPool[ai];
    if (offset < 0 || ptr >= this.arenaPoolAddress[ai]) {
      throw new Error(`obmalloc: 0x${ptr.toString(16)} is in no carved pool`);
    }
    return FIRST_POOL_ID + ai * Obmalloc.MAX_POOLS_IN_ARENA + (offset >> Obmalloc.POOL_BITS);
  }

  /** The index of the allocated block at ptr in pool; throws for anything else (kernel bug). */
  private blockIndexOf(ptr: number, pool: number, what: string): number {
    const inPool = (ptr - this.poolAddress[pool]) - Obmalloc.POOL_OVERHEAD;
    const units = inPool >> Obmalloc.ALIGNMENT_SHIFT;
    if (inPool >= 0 && (inPool & (Obmalloc.ALIGNMENT - 1)) === 0 && units < UNITS_PER_POOL) {
      const bp = BLOCK_AT[this.poolSzidx[pool] * UNITS_PER_POOL + units];
      if (bp >= 0 && this.blockNext[(pool - FIRST_POOL_ID) * BLOCKS_PER_POOL_SLOT + bp] === ALLOCATED) return bp;
    }
    throw new Error(`obmalloc: ${what}() of 0x${ptr.toString(16)}, which is not an allocated block`);
  }
}

function growI32(a: Int32Array, n: number): Int32Array {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

function growF64(a: Float64Array, n: number): Float64Array {
  const b = new Float64Array(n);
  b.set(a);
  return b;
}
