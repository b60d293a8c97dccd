/**
 * The arena map: pymalloc's radix tree that says whether an address lies inside one of its
 * arenas, so that free() can tell pymalloc blocks from raw malloc blocks without touching
 * memory it does not own.
 * CPython 3.11: Objects/obmalloc.c arena_map_get, arena_map_mark_used, arena_map_is_used
 * (WITH_PYMALLOC_RADIX_TREE, USE_INTERIOR_NODES on 64-bit).
 *
 * Each bottom-node entry covers one ARENA_SIZE-aligned granule of the address space and holds
 * an arena_coverage_t {tail_hi, tail_lo}. An arena that starts at an aligned address sets
 * tail_hi = -1 ("all of this granule"). An unaligned arena at base b with tail t = b & mask
 * straddles two granules: it sets tail_hi = t in b's granule (addresses >= t are in it) and
 * tail_lo = t in the next granule (addresses < t are in it).
 */
import { ArenaMapLayout, Obmalloc } from './pycore_obmalloc.ts';

/** A bottom node: arena_map_bot_t, plus the arena index of each coverage (NON-CPYTHON). */
export class ArenaMapBot {
  /** arenas[i].tail_hi at 2i, arenas[i].tail_lo at 2i + 1. */
  readonly tails = new Int32Array(2 * ArenaMapLayout.MAP_BOT_LENGTH);
  /**
   * NON-CPYTHON: the index in `arenas` of the arena behind tail_hi (2i) and tail_lo (2i + 1).
   * CPython reads the arena index from the pool header in memory; we have no memory to read,
   * so the tree remembers it.
   */
  readonly arenaIndex = new Int32Array(2 * ArenaMapLayout.MAP_BOT_LENGTH);
  constructor(readonly address: number) {}
}

export class ArenaMapMid {
  readonly ptrs: (ArenaMapBot | null)[] = new Array(ArenaMapLayout.MAP_MID_LENGTH).fill(null);
  constructor(readonly address: number) {}
}

/** Where the tree gets its nodes: PyMem_RawCalloc(1, size). */
export type NodeAllocator = (size: number) => number;

const TWO_POW_20 = 2 ** ArenaMapLayout.MAP_BOT_SHIFT;
const TWO_POW_34 = 2 ** ArenaMapLayout.MAP_MID_SHIFT;
const TWO_POW_49 = 2 ** ArenaMapLayout.MAP_TOP_SHIFT;
/** Exact reciprocals of powers of two: multiplying is cheaper than dividing. */
const INV_TWO_POW_20 = 2 ** -ArenaMapLayout.MAP_BOT_SHIFT;
/** From a granule (p >> 20) to its bottom node's key (p >> 34). */
const INV_TWO_POW_14 = 2 ** -(ArenaMapLayout.MAP_MID_SHIFT - ArenaMapLayout.MAP_BOT_SHIFT);

export class ArenaMap {
  /** arena_map_root: static, so it costs its full size whatever is used. */
  readonly root: (ArenaMapMid | null)[] = new Array(ArenaMapLayout.MAP_TOP_LENGTH).fill(null);
  /** arena_map_mid_count / arena_map_bot_count: nodes ever allocated (never freed). */
  midCount = 0;
  botCount = 0;

  /**
   * NON-CPYTHON: the bottom node of the last lookup and its key (p >> 34). All arenas of a
   * process usually sit under one bottom node (it spans 16 GiB), so this skips two levels.
   * Nodes are never freed, so the cache cannot go stale.
   */
  private lastBotKey = -1;
  private lastBot: ArenaMapBot | null = null;

  constructor(private readonly rawCalloc: NodeAllocator) {}

  /** CPython 3.11: Objects/obmalloc.c arena_map_get (returns null where CPython returns NULL). */
  get(p: number, create: boolean): ArenaMapBot | null {
    const i1 = Math.floor(p / TWO_POW_49) & ArenaMapLayout.MAP_TOP_MASK;
    let mid = this.root[i1];
    if (mid === null) {
      if (!create) return null;
      const address = this.rawCalloc(ArenaMapLayout.SIZEOF_MID);
      if (address === 0) return null;
      mid = new ArenaMapMid(address);
      this.root[i1] = mid;
      this.midCount++;
    }
    const i2 = Math.floor(p / TWO_POW_34) & ArenaMapLayout.MAP_MID_MASK;
    let bot = mid.ptrs[i2];
    if (bot === null) {
      if (!create) return null;
      const address = this.rawCalloc(ArenaMapLayout.SIZEOF_BOT);
      if (address === 0) return null;
      bot = new ArenaMapBot(address);
      mid.ptrs[i2] = bot;
      this.botCount++;
    }
    return bot;
  }

  /**
   * CPython 3.11: Objects/obmalloc.c arena_map_mark_used. `arenaIndex` is NON-CPYTHON (see
   * ArenaMapBot.arenaIndex). Returns false when a node could not be allocated.
   */
  markUsed(arenaBase: number, isUsed: boolean, arenaIndex: number): boolean {
    const hi = this.get(arenaBase, isUsed);
    if (hi === null) return false;
    const i3 = botIndex(arenaBase);
    const tail = arenaBase - Math.floor(arenaBase / TWO_POW_20) * TWO_POW_20;
    if (tail === 0) {
      // An ideal (arena-aligned) address: the whole granule belongs to the arena.
      hi.tails[2 * i3] = isUsed ? -1 : 0;
      hi.arenaIndex[2 * i3] = arenaIndex;
      return true;
    }
    hi.tails[2 * i3] = isUsed ? tail : 0;
    hi.arenaIndex[2 * i3] = arenaIndex;
    // The arena runs into the next granule, which may sit under other mid and top nodes.
    const next = arenaBase + Obmalloc.ARENA_SIZE;
    const lo = this.get(next, isUsed);
    if (lo === null) {
      hi.tails[2 * i3] = 0;
      return false;
    }
    const i3next = botIndex(next);
    lo.tails[2 * i3next + 1] = isUsed ? tail : 0;
    lo.arenaIndex[2 * i3next + 1] = arenaIndex;
    return true;
  }

  /** CPython 3.11: Objects/obmalloc.c arena_map_is_used (address_in_range). */
  isUsed(p: number): boolean {
    return this.arenaIndexOf(p) >= 0;
  }

  /**
   * arena_map_is_used, answering with the arena's index in `arenas`, or -1 when p is not in an
   * arena (NON-CPYTHON return value; the test is CPython's). The hot path of every free():
   * one division, then small-integer arithmetic.
   */
  arenaIndexOf(p: number): number {
    const granule = Math.floor(p * INV_TWO_POW_20);
    const key = Math.floor(granule * INV_TWO_POW_14);
    let n = this.lastBot;
    if (key !== this.lastBotKey) {
      n = this.get(p, false);
      if (n === null) return -1;
      this.lastBotKey = key;
      this.lastBot = n;
    }
    const i3 = granule & ArenaMapLayout.MAP_BOT_MASK;
    const hi = n!.tails[2 * i3];
    const lo = n!.tails[2 * i3 + 1];
    const tail = p - granule * TWO_POW_20;
    if (tail < lo) return n!.arenaIndex[2 * i3 + 1];
    if (tail >= hi && hi !== 0) return n!.arenaIndex[2 * i3];
    return -1;
  }
}

/** MAP_BOT_INDEX(p). */
function botIndex(p: number): number {
  return Math.floor(p / TWO_POW_20) & ArenaMapLayout.MAP_BOT_MASK;
}
