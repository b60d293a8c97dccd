/**
 * NON-CPYTHON: heap events as text, one line each (the `--trace` stream of the command line).
 *
 *   line 3 (frame 1)
 *   alloc 0x7f6a2b3b0550 list (56 bytes)
 *   incref 0x7f6a2b3b0550 → 2 (STORE_NAME a)
 *   dealloc 0x7f6a2b3b0550 list
 *   gc update_refs (generation 2)
 */
import type { HeapEvent, RefReason } from '../protocol.ts';

function hex(a: number): string {
  return `0x${a.toString(16)}`;
}

function reasonText(r: RefReason): string {
  return r.detail === undefined ? r.op : `${r.op} ${r.detail}`;
}

export function eventText(e: HeapEvent): string {
  switch (e.kind) {
    case 'line':
      return `line ${e.line} (frame ${e.frame})`;
    case 'call':
    case 'return':
      return `${e.kind} ${e.codeName} (frame ${e.frame})`;
    case 'alloc':
      return `alloc ${hex(e.addr)} ${e.type} (${e.size} bytes${e.reused ? ', from the free list' : ''})`;
    case 'dealloc':
      return `dealloc ${hex(e.addr)} ${e.type}`;
    case 'incref':
    case 'decref':
      return `${e.kind} ${hex(e.addr)} → ${e.refcount} (${reasonText(e.reason)})`;
    case 'finalize':
      return `finalize ${hex(e.addr)} ${e.type}`;
    case 'weakref-clear':
      return `weakref-clear ${hex(e.weakref)} of ${hex(e.addr)}`;
    case 'gc-start':
      return `gc start (generation ${e.generation})`;
    case 'gc-phase':
      return `gc ${e.phase} (generation ${e.generation})`;
    case 'gc-done':
      return `gc done (generation ${e.generation}): ${e.collected} collected, ${e.uncollectable} uncollectable`;
  }
}
