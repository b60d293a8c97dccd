/**
 * NON-CPYTHON: a plain-data picture of pymalloc's state for diagrams and tests (no live
 * references, structured-clone safe). Everything is read from the same fields the allocator
 * uses; nothing here changes state.
 */
import type { ObjectAllocator } from './obmalloc.ts';
import { Obmalloc, Repr, index2size, numblocks } from './pycore_obmalloc.ts';

const NIL: number = Repr.NIL;
const ALLOCATED: number = Repr.ALLOCATED;
const FIRST_POOL_ID: number = Repr.FIRST_POOL_ID;
const BLOCKS_PER_POOL_SLOT: number = Repr.BLOCK_SLOTS_PER_POOL;

export type PoolState = 'used' | 'full' | 'empty';
export type BlockState = 'allocated' | 'free' | 'virgin';

export interface PoolSnapshot {
  address: number;
  /** Position in the arena, counted from the first pool-aligned address. */
  index: number;
  /** szidx; an empty pool keeps the class it last held (it is reused as is for that class). */
  sizeClass: number;
  blockSize: number;
  /** ref.count: blocks handed out. */
  used: number;
  /** NUMBLOCKS - ref.count: what _debugmallocstats calls "avail blocks" (0 counted for empty pools there). */
  free: number;
  /** NUMBLOCKS(sizeClass). */
  capacity: number;
  state: PoolState;
  /** Blocks on the pool's free list (freed, or initialised by the virgin-area step). */
  freeListLength: number;
  /** Blocks never touched: from nextoffset up to maxnextoffset. */
  virgin: number;
  nextoffset: number;
  maxnextoffset: number;
  /** With `blocks: true`: free-list addresses, head (next to be handed out) first. */
  freeList?: number[];
  /** With `blocks: true`: the state of every block, in address order. */
  blocks?: BlockState[];
}

export interface ArenaSnapshot {
  /** Index in the `arenas` vector. */
  index: number;
  address: number;
  /** First pool-aligned address (address itself when aligned). */
  firstPoolAddress: number;
  /**
   * POOL_SIZE when the arena is not pool aligned (one pool's worth is lost: a gap before the
   * first pool and the rest after the last), else 0 — _debugmallocstats' "arena alignment".
   */
  alignmentLoss: number;
  /** Bytes between the arena's start and its first pool. */
  leadingGap: number;
  ntotalpools: number;
  nfreepools: number;
  /** Pools never carved (after pool_address). */
  untouchedPools: number;
  /** The freepools chain: empty pools' addresses, head first. */
  freepools: number[];
  /** Carved pools in address order. */
  pools: PoolSnapshot[];
}

export interface ObmallocSnapshot {
  /** Arenas currently allocated, in `arenas` order. */
  arenas: ArenaSnapshot[];
  /** usable_arenas order (arena indices), sorted by ascending nfreepools. */
  usableArenas: number[];
  /** usedpools[class]: pool addresses in list order (front first). */
  usedpools: number[][];
  maxarenas: number;
  narenasCurrentlyAllocated: number;
  narenasHighwater: number;
  ntimesArenaAllocated: number;
  /** sys.getallocatedblocks(). */
  allocatedBlocks: number;
  rawAllocatedBlocks: number;
}

export interface SnapshotOptions {
  /** Include per-block states and free-list addresses (bigger). */
  blocks?: boolean;
}

export function obmallocSnapshot(a: ObjectAllocator, opts: SnapshotOptions): ObmallocSnapshot {
  const arenas: ArenaSnapshot[] = [];
  for (let i = 0; i < a.maxarenas; i++) {
    if (a.arenaAddress[i] !== 0) arenas.push(arenaSnapshot(a, i, opts));
  }
  const usableArenas: number[] = [];
  for (let ao = a.usableArenas; ao !== NIL; ao = a.arenaNext[ao]) usableArenas.push(ao);
  const usedpools: number[][] = [];
  for (let c = 0; c < Obmalloc.NB_SMALL_SIZE_CLASSES; c++) {
    const ring: number[] = [];
    for (let p = a.poolNext[c]; p !== c; p = a.poolNext[p]) ring.push(a.poolAddress[p]);
    usedpools.push(ring);
  }
  return {
    arenas,
    usableArenas,
    usedpools,
    maxarenas: a.maxarenas,
    narenasCurrentlyAllocated: a.narenasCurrentlyAllocated,
    narenasHighwater: a.narenasHighwater,
    ntimesArenaAllocated: a.ntimesArenaAllocated,
    allocatedBlocks: a.allocatedBlocks(),
    rawAllocatedBlocks: a.rawAllocatedBlocks,
  };
}

function arenaSnapshot(a: ObjectAllocator, ai: number, opts: SnapshotOptions): ArenaSnapshot {
  const address = a.arenaAddress[ai];
  const first = a.arenaFirstPool[ai];
  const carved = (a.arenaPoolAddress[ai] - first) / Obmalloc.POOL_SIZE;
  const pools: PoolSnapshot[] = [];
  const base = FIRST_POOL_ID + ai * Obmalloc.MAX_POOLS_IN_ARENA;
  for (let s = 0; s < carved; s++) pools.push(poolSnapshot(a, base + s, s, opts));
  const freepools: number[] = [];
  for (let p = a.arenaFreepools[ai]; p !== NIL; p = a.poolNext[p]) freepools.push(a.poolAddress[p]);
  return {
    index: ai,
    address,
    firstPoolAddress: first,
    alignmentLoss: first === address ? 0 : Obmalloc.POOL_SIZE,
    leadingGap: first - address,
    ntotalpools: a.arenaNtotalpools[ai],
    nfreepools: a.arenaNfreepools[ai],
    untouchedPools: a.arenaNtotalpools[ai] - carved,
    freepools,
    pools,
  };
}

function poolSnapshot(a: ObjectAllocator, pool: number, index: number, opts: SnapshotOptions): PoolSnapshot {
  const sizeClass = a.poolSzidx[pool];
  const capacity = numblocks(sizeClass);
  const blockSize = index2size(sizeClass);
  const used = a.poolCount[pool];
  const nextoffset = a.poolNextoffset[pool];
  const maxnextoffset = a.poolMaxnextoffset[pool];
  const initialised = (nextoffset - Obmalloc.POOL_OVERHEAD) / blockSize;
  const list = freeListIndices(a, pool);
  const snap: PoolSnapshot = {
    address: a.poolAddress[pool],
    index,
    sizeClass,
    blockSize,
    used,
    free: capacity - used,
    capacity,
    state: used === 0 ? 'empty' : list.length === 0 && used === capacity ? 'full' : 'used',
    freeListLength: list.length,
    virgin: capacity - initialised,
    nextoffset,
    maxnextoffset,
  };
  if (opts.blocks === true) {
    const addr = (k: number): number => snap.address + Obmalloc.POOL_OVERHEAD + k * blockSize;
    snap.freeList = list.map(addr);
    snap.blocks = blockStates(a, pool, capacity, initialised);
  }
  return snap;
}

/** The pool's free list as block indices, head first. */
export function freeListIndices(a: ObjectAllocator, pool: number): number[] {
  const out: number[] = [];
  const base = (pool - FIRST_POOL_ID) * BLOCKS_PER_POOL_SLOT;
  const limit = numblocks(a.poolSzidx[pool]);
  for (let k = a.poolFreeblock[pool]; k !== NIL; k = a.blockNext[base + k]) {
    if (out.length > limit || k < 0) throw new Error('obmalloc: corrupt free list');
    out.push(k);
  }
  return out;
}

function blockStates(a: ObjectAllocator, pool: number, capacity: number, initialised: number): BlockState[] {
  const base = (pool - FIRST_POOL_ID) * BLOCKS_PER_POOL_SLOT;
  const out: BlockState[] = [];
  for (let k = 0; k < capacity; k++) {
    if (k >= initialised) out.push('virgin');
    else out.push(a.blockNext[base + k] === ALLOCATED ? 'allocated' : 'free');
  }
  return out;
}
