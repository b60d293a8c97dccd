/**
 * NON-CPYTHON: pymalloc's invariants, checked in full (tests and stress runs call it; it is
 * O(arenas * pools * blocks)). In the spirit of CPython's Py_DEBUG asserts in Objects/obmalloc.c
 * and of validate_list in Modules/gcmodule.c, it "works as document": each check states one
 * rule the allocator keeps.
 */
import type { ObjectAllocator } from './obmalloc.ts';
import { freeListIndices } from './obmalloc_snapshot.ts';
import { Obmalloc, Repr, index2size, numblocks } from './pycore_obmalloc.ts';

const NIL: number = Repr.NIL;
const ALLOCATED: number = Repr.ALLOCATED;
const FIRST_POOL_ID: number = Repr.FIRST_POOL_ID;
const BLOCKS_PER_POOL_SLOT: number = Repr.BLOCK_SLOTS_PER_POOL;

function fail(msg: string): never {
  throw new Error(`obmalloc invariant: ${msg}`);
}

function hex(n: number): string {
  return '0x' + n.toString(16);
}

/** What the arena walk learns, checked against the lists afterwards. */
interface Census {
  /** Pools in state used (some blocks handed out, some free): exactly the usedpools members. */
  used: Set<number>;
  /** Sum of ref.count over every carved pool. */
  blocks: number;
}

export function obmallocValidate(a: ObjectAllocator): void {
  const unused = unusedArenaSet(a);
  const census: Census = { used: new Set(), blocks: 0 };
  let narenas = 0;
  for (let ai = 0; ai < a.maxarenas; ai++) {
    if (a.arenaAddress[ai] === 0) {
      if (!unused.has(ai)) fail(`arena object ${ai} is neither allocated nor on unused_arena_objects`);
      continue;
    }
    if (unused.has(ai)) fail(`allocated arena ${ai} is on unused_arena_objects`);
    narenas++;
    validateArena(a, ai, census);
  }
  if (narenas !== a.narenasCurrentlyAllocated) fail('narenas_currently_allocated is wrong');
  if (a.narenasHighwater < narenas || a.ntimesArenaAllocated < a.narenasHighwater) {
    fail('arena counters out of order (ntimes >= highwater >= current)');
  }
  validateUsableArenas(a);
  validateUsedpools(a, census.used);
  if (census.blocks !== a.pymallocBlocks) fail('cached block count differs from the sum of ref.counts');
  if (a.allocatedBlocks() !== census.blocks + a.rawAllocatedBlocks) fail('allocatedBlocks()');
  if (a.rawAllocatedBlocks < 0) fail('raw_allocated_blocks < 0');
  a.raw.validate();
}

/** unused_arena_objects: a NULL-terminated chain of arena objects with address 0. */
function unusedArenaSet(a: ObjectAllocator): Set<number> {
  const seen = new Set<number>();
  for (let ao = a.unusedArenaObjects; ao !== NIL; ao = a.arenaNext[ao]) {
    if (seen.has(ao) || ao < 0 || ao >= a.maxarenas) fail('unused_arena_objects is not a chain');
    if (a.arenaAddress[ao] !== 0) fail(`unused arena object ${ao} has an address`);
    seen.add(ao);
  }
  return seen;
}

/** One arena: geometry, the freepools chain, nfreepools, and every carved pool. */
function validateArena(a: ObjectAllocator, ai: number, census: Census): void {
  const address = a.arenaAddress[ai];
  const first = a.arenaFirstPool[ai];
  const aligned = address % Obmalloc.POOL_SIZE === 0;
  if (first !== (aligned ? address : address - (address % Obmalloc.POOL_SIZE) + Obmalloc.POOL_SIZE)) {
    fail(`arena ${ai}: first pool is not the first pool-aligned address`);
  }
  if (a.arenaNtotalpools[ai] !== Obmalloc.MAX_POOLS_IN_ARENA - (aligned ? 0 : 1)) {
    fail(`arena ${ai}: ntotalpools does not match its alignment`);
  }
  const carved = (a.arenaPoolAddress[ai] - first) / Obmalloc.POOL_SIZE;
  if (!Number.isInteger(carved) || carved < 0 || carved > a.arenaNtotalpools[ai]) {
    fail(`arena ${ai}: pool_address out of range`);
  }
  const base = FIRST_POOL_ID + ai * Obmalloc.MAX_POOLS_IN_ARENA;
  const freepools = freepoolSet(a, ai, base, carved);
  if (a.arenaNfreepools[ai] !== a.arenaNtotalpools[ai] - carved + freepools.size) {
    fail(`arena ${ai}: nfreepools != untouched pools + freepools`);
  }
  for (let s = 0; s < carved; s++) {
    const pool = base + s;
    if (a.poolAddress[pool] !== first + s * Obmalloc.POOL_SIZE) fail(`pool ${pool}: wrong address`);
    const count = validatePool(a, pool);
    census.blocks += count;
    if (count === 0) {
      if (!freepools.has(pool)) fail(`empty pool ${hex(a.poolAddress[pool])} is not on its arena's freepools`);
    } else if (a.poolFreeblock[pool] !== NIL) {
      census.used.add(pool);
    }
  }
  if (!a.arenaMap.isUsed(address) || a.arenaMap.arenaIndexOf(address + Obmalloc.ARENA_SIZE - 1) !== ai) {
    fail(`arena ${ai}: arena map does not cover it`);
  }
  if (a.arenaMap.arenaIndexOf(address - 1) === ai || a.arenaMap.arenaIndexOf(address + Obmalloc.ARENA_SIZE) === ai) {
    fail(`arena ${ai}: arena map covers more than the arena`);
  }
  if (!a.vm.isMapped(address, address + Obmalloc.ARENA_SIZE)) fail(`arena ${ai} is not mapped`);
}

/** The arena's freepools chain: carved pools of this arena with ref.count 0, each once. */
function freepoolSet(a: ObjectAllocator, ai: number, base: number, carved: number): Set<number> {
  const seen = new Set<number>();
  for (let p = a.arenaFreepools[ai]; p !== NIL; p = a.poolNext[p]) {
    if (seen.has(p)) fail(`arena ${ai}: freepools has a cycle`);
    if (p < base || p >= base + carved) fail(`arena ${ai}: freepools holds a foreign pool`);
    if (a.poolCount[p] !== 0) fail(`arena ${ai}: freepools holds a pool in use`);
    seen.add(p);
  }
  return seen;
}

/**
 * One pool: every block below nextoffset is either handed out or on the free list (never
 * both, never twice); blocks from nextoffset up are virgin; ref.count counts the handed-out
 * ones. Returns ref.count.
 */
function validatePool(a: ObjectAllocator, pool: number): number {
  const sz = a.poolSzidx[pool];
  if (sz < 0 || sz >= Obmalloc.NB_SMALL_SIZE_CLASSES) fail(`pool ${pool}: bad szidx ${sz}`);
  const size = index2size(sz);
  const capacity = numblocks(sz);
  if (a.poolMaxnextoffset[pool] !== Obmalloc.POOL_SIZE - size) fail(`pool ${pool}: maxnextoffset`);
  const initialised = (a.poolNextoffset[pool] - Obmalloc.POOL_OVERHEAD) / size;
  if (!Number.isInteger(initialised) || initialised < 2 || initialised > capacity) {
    fail(`pool ${pool}: nextoffset ${a.poolNextoffset[pool]} is not a block boundary`);
  }
  const onList = new Set<number>();
  for (const k of freeListIndices(a, pool)) {
    if (onList.has(k) || k >= initialised) fail(`pool ${pool}: free list has a duplicate or virgin block ${k}`);
    onList.add(k);
  }
  const linkBase = (pool - FIRST_POOL_ID) * BLOCKS_PER_POOL_SLOT;
  let allocated = 0;
  for (let k = 0; k < initialised; k++) {
    const isAllocated = a.blockNext[linkBase + k] === ALLOCATED;
    if (isAllocated === onList.has(k)) {
      fail(`pool ${hex(a.poolAddress[pool])}: block ${k} is ${isAllocated ? 'both allocated and free' : 'lost'}`);
    }
    if (isAllocated) allocated++;
  }
  const count = a.poolCount[pool];
  if (allocated !== count) fail(`pool ${hex(a.poolAddress[pool])}: ref.count ${count} != ${allocated} allocated`);
  if (count > 0 && onList.size === 0 && count !== capacity) fail(`pool ${pool}: no free block but not full`);
  if (count === 0 && onList.size === 0) fail(`pool ${pool}: empty pool without a free list`);
  return count;
}

/** usable_arenas: doubly linked, allocated arenas with free pools, ascending nfreepools; nfp2lasta. */
function validateUsableArenas(a: ObjectAllocator): void {
  const members = new Set<number>();
  let prev = NIL;
  for (let ao = a.usableArenas; ao !== NIL; ao = a.arenaNext[ao]) {
    if (members.has(ao)) fail('usable_arenas has a cycle');
    if (a.arenaPrev[ao] !== prev) fail(`usable_arenas: prevarena of ${ao} is wrong`);
    if (a.arenaAddress[ao] === 0) fail(`usable_arenas holds unallocated arena ${ao}`);
    if (a.arenaNfreepools[ao] === 0) fail(`usable_arenas holds full arena ${ao}`);
    if (prev !== NIL && a.arenaNfreepools[prev] > a.arenaNfreepools[ao]) fail('usable_arenas is not sorted');
    members.add(ao);
    prev = ao;
  }
  for (let ai = 0; ai < a.maxarenas; ai++) {
    if (a.arenaAddress[ai] !== 0 && a.arenaNfreepools[ai] > 0 && !members.has(ai)) {
      fail(`arena ${ai} has free pools but is not in usable_arenas`);
    }
  }
  const expected = new Int32Array(Obmalloc.MAX_POOLS_IN_ARENA + 1).fill(NIL);
  for (let ao = a.usableArenas; ao !== NIL; ao = a.arenaNext[ao]) expected[a.arenaNfreepools[ao]] = ao;
  for (let n = 0; n <= Obmalloc.MAX_POOLS_IN_ARENA; n++) {
    if (a.nfp2lasta[n] !== expected[n]) fail(`nfp2lasta[${n}] is ${a.nfp2lasta[n]}, expected ${expected[n]}`);
  }
}

/** usedpools[c]: circular, doubly linked, exactly the used pools of class c. */
function validateUsedpools(a: ObjectAllocator, used: Set<number>): void {
  const seen = new Set<number>();
  for (let c = 0; c < Obmalloc.NB_SMALL_SIZE_CLASSES; c++) {
    let prev = c;
    for (let p = a.poolNext[c]; p !== c; p = a.poolNext[p]) {
      if (p < FIRST_POOL_ID) fail(`usedpools[${c}] runs into another list head`);
      if (a.poolPrev[p] !== prev) fail(`usedpools[${c}]: prevpool of ${p} is wrong`);
      if (!used.has(p)) fail(`usedpools[${c}] holds pool ${p}, which is not in state used`);
      if (a.poolSzidx[p] !== c) fail(`usedpools[${c}] holds a pool of class ${a.poolSzidx[p]}`);
      if (seen.has(p)) fail(`pool ${p} is twice on the usedpools lists`);
      seen.add(p);
      prev = p;
    }
    if (a.poolPrev[c] !== prev) fail(`usedpools[${c}]: the head's prevpool is wrong`);
  }
  if (seen.size !== used.size) fail('some used pool is on no usedpools list');
}
