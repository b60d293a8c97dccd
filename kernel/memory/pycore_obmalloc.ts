/**
 * The layout numbers of pymalloc, 64-bit default build.
 * CPython 3.11: Objects/obmalloc.c "Main tunable settings section", "Pool table", struct
 * pool_header, struct arena_object and the radix tree of WITH_PYMALLOC_RADIX_TREE (3.12 moved
 * these to Include/internal/pycore_obmalloc.h, hence the file name).
 */

/** Sizes of blocks, pools and arenas. */
export const enum Obmalloc {
  /** Size classes are spaced ALIGNMENT bytes apart (16 on 64-bit: blocks must hold a long double). */
  ALIGNMENT = 16,
  /** log2(ALIGNMENT): the size class of n bytes is (n - 1) >> ALIGNMENT_SHIFT. */
  ALIGNMENT_SHIFT = 4,
  /** Requests of more bytes than this (or of 0 bytes) go to the raw allocator. */
  SMALL_REQUEST_THRESHOLD = 512,
  /** SMALL_REQUEST_THRESHOLD / ALIGNMENT: classes 0..31 hold blocks of 16, 32, ..., 512 bytes. */
  NB_SMALL_SIZE_CLASSES = 32,
  /** log2(ARENA_SIZE); USE_LARGE_ARENAS (the radix tree allows 1 MiB arenas). */
  ARENA_BITS = 20,
  /** 1 MiB, obtained from mmap in one call. */
  ARENA_SIZE = 1 << 20,
  /** Low bits of an address inside its arena-sized granule. */
  ARENA_SIZE_MASK = (1 << 20) - 1,
  /** log2(POOL_SIZE); USE_LARGE_POOLS. */
  POOL_BITS = 14,
  /** 16 KiB; a pool holds blocks of a single size class. */
  POOL_SIZE = 1 << 14,
  /** Low bits of an address inside its pool: POOL_ADDR(p) clears them. */
  POOL_SIZE_MASK = (1 << 14) - 1,
  /** ARENA_SIZE / POOL_SIZE; one fewer when the arena's address is not pool aligned. */
  MAX_POOLS_IN_ARENA = 64,
  /**
   * sizeof(struct pool_header) rounded up to ALIGNMENT: ref.count (4, padded to 8), freeblock,
   * nextpool, prevpool (8 each), arenaindex, szidx, nextoffset, maxnextoffset (4 each) = 48.
   * The first block starts this far into the pool.
   */
  POOL_OVERHEAD = 48,
  /** szidx of a pool carved from an arena that was never given a size class. */
  DUMMY_SIZE_IDX = 0xffff,
  /** The `arenas` vector starts with this many arena_objects and doubles when they run out. */
  INITIAL_ARENA_OBJECTS = 16,
  /**
   * sizeof(struct arena_object): address, pool_address (8 each), nfreepools, ntotalpools
   * (4 each), freepools, nextarena, prevarena (8 each) = 48. Used to size the raw realloc of
   * the `arenas` vector.
   */
  SIZEOF_ARENA_OBJECT = 48,
}

/**
 * The arena map: a three-level radix tree over the 64-bit address space that answers
 * "is this address inside an arena?" (address_in_range). IGNORE_BITS is 0, so all 64 bits are
 * indexed: top and mid levels take INTERIOR_BITS = (64 - 20 + 2) / 3 = 15 bits each, the
 * bottom level the remaining 64 - 20 - 30 = 14 bits.
 */
export const enum ArenaMapLayout {
  /** Bits of an address below the bottom level: an entry covers one arena-sized granule. */
  MAP_BOT_SHIFT = 20,
  /** MAP_BOT_BITS = 14: entries per bottom node. */
  MAP_BOT_LENGTH = 1 << 14,
  MAP_BOT_MASK = (1 << 14) - 1,
  /** MAP_BOT_BITS + MAP_BOT_SHIFT. */
  MAP_MID_SHIFT = 34,
  /** MAP_MID_BITS = INTERIOR_BITS = 15: pointers per mid node. */
  MAP_MID_LENGTH = 1 << 15,
  MAP_MID_MASK = (1 << 15) - 1,
  /** MAP_MID_BITS + MAP_MID_SHIFT. */
  MAP_TOP_SHIFT = 49,
  /** MAP_TOP_BITS = INTERIOR_BITS = 15: pointers in the root (a static array). */
  MAP_TOP_LENGTH = 1 << 15,
  MAP_TOP_MASK = (1 << 15) - 1,
  /** sizeof(arena_map_root): MAP_TOP_LENGTH pointers, in the BSS ("lost to arena map root"). */
  SIZEOF_ROOT = (1 << 15) * 8,
  /** sizeof(arena_map_mid_t): MAP_MID_LENGTH pointers, PyMem_RawCalloc'd on demand. */
  SIZEOF_MID = (1 << 15) * 8,
  /** sizeof(arena_map_bot_t): MAP_BOT_LENGTH arena_coverage_t {int32 tail_hi, tail_lo}. */
  SIZEOF_BOT = (1 << 14) * 8,
}

/** Size of the blocks of size class i: INDEX2SIZE(i). */
export function index2size(szidx: number): number {
  return (szidx + 1) << Obmalloc.ALIGNMENT_SHIFT;
}

/** Blocks that fit in one pool of size class i: NUMBLOCKS(i). */
export function numblocks(szidx: number): number {
  return Math.floor((Obmalloc.POOL_SIZE - Obmalloc.POOL_OVERHEAD) / index2size(szidx));
}

/**
 * NON-CPYTHON: how the emulation encodes C pointers as small integers (see obmalloc.ts).
 * Pool ids 0..31 are the usedpools[] list heads; real pools follow.
 */
export const enum Repr {
  /** NULL, for pool ids, arena indices and block indices. */
  NIL = -1,
  /** blockNext value of a block that is handed out (a free block holds its successor or NIL). */
  ALLOCATED = -2,
  /** Id of the first real pool (= NB_SMALL_SIZE_CLASSES). */
  FIRST_POOL_ID = 32,
  /** Stride of blockNext per pool: NUMBLOCKS(0) = 1021 rounded up to a power of two. */
  BLOCK_SLOTS_PER_POOL = 1024,
}
