/**
 * NON-CPYTHON: pymalloc's state and the free lists' lengths as a diagram reads them
 * (kernel/protocol.ts AllocatorSnapshot): the allocator's own snapshot, passed through, with the
 * fixed pool and arena sizes and the free lists added. Nothing is changed.
 */
import type { AllocatorSnapshot, FreeListLengths } from '../protocol.ts';
import { getAllocator } from '../memory/heap.ts';
import { ObjectAllocator } from '../memory/obmalloc.ts';
import { Obmalloc } from '../memory/pycore_obmalloc.ts';
import { floatFreeListLength } from '../objects/floatobject.ts';
import { tupleFreeListLengths } from '../objects/tupleobject.ts';
import { listFreeListLength } from '../objects/listobject.ts';
import { dictFreeListLength, keysFreeListLength } from '../objects/dictobject.ts';

export function freeListLengths(): FreeListLengths {
  return {
    float: floatFreeListLength(),
    tuple: tupleFreeListLengths(),
    list: listFreeListLength(),
    dict: dictFreeListLength(),
    dictKeys: keysFreeListLength(),
  };
}

/** The allocator's state, or null when the interpreter does not run pymalloc. */
export function allocatorState(): AllocatorSnapshot | null {
  const a = getAllocator();
  if (!(a instanceof ObjectAllocator)) return null;
  return {
    ...a.snapshot({ blocks: true }),
    layout: { poolSize: Obmalloc.POOL_SIZE, poolOverhead: Obmalloc.POOL_OVERHEAD, arenaSize: Obmalloc.ARENA_SIZE },
    freeLists: freeListLengths(),
  };
}
