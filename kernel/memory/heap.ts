/**
 * Where objects get their addresses: the object allocator (pymalloc, or the raw allocator for
 * big requests) for objects made at run time, and a static data segment for the objects that
 * CPython 3.11 allocates statically (small ints, one-character strings, builtin types).
 * CPython 3.11: Objects/obmalloc.c PyObject_Malloc/PyObject_Free, Modules/gcmodule.c
 * _PyObject_GC_New (the GC head before the object), Objects/typeobject.c _PyType_PreHeaderSize.
 */
import type { PyObject } from '../objects/pyobject.ts';

export interface Allocator {
  malloc(nbytes: number): number;
  free(addr: number): void;
  realloc(addr: number, nbytes: number): number;
}

export const enum Layout {
  /** sizeof(PyGC_Head): two words before every GC object. */
  GC_HEAD = 16,
  /** 3.11 managed-dict pre-header: dict and values pointers before the GC head. */
  MANAGED_DICT_PREHEADER = 16,
  /** sizeof(PyObject): ob_refcnt and ob_type. */
  OBJECT_HEAD = 16,
  /** sizeof(PyVarObject). */
  VAR_HEAD = 24,
  /** Pointer size. */
  PTR = 8,
}

/**
 * NON-CPYTHON stand-in until the pymalloc emulation is wired in: LIFO reuse per 16-byte size
 * class, bump allocation otherwise. Keeps the property tutorials rely on (a freed block is the
 * next one handed out for the same size class).
 */
class SimpleAllocator implements Allocator {
  private next = 0x7f3a_1c00_0030;
  private rawNext = 0x5612_3450_0010;
  private readonly freeLists: number[][] = [];
  private readonly sizes = new Map<number, number>();

  malloc(nbytes: number): number {
    if (nbytes === 0 || nbytes > 512) return this.raw(nbytes);
    const cls = (nbytes - 1) >> 4;
    const list = this.freeLists[cls];
    let addr: number;
    if (list !== undefined && list.length > 0) addr = list.pop()!;
    else {
      addr = this.next;
      this.next += (cls + 1) << 4;
    }
    this.sizes.set(addr, cls);
    return addr;
  }

  private raw(nbytes: number): number {
    const addr = this.rawNext;
    this.rawNext += Math.max(32, (nbytes + 16 + 15) & ~15);
    this.sizes.set(addr, -1);
    return addr;
  }

  free(addr: number): void {
    const cls = this.sizes.get(addr);
    if (cls === undefined) return;
    this.sizes.delete(addr);
    if (cls < 0) return;
    (this.freeLists[cls] ??= []).push(addr);
  }

  realloc(addr: number, nbytes: number): number {
    if (addr === 0) return this.malloc(nbytes);
    this.free(addr);
    return this.malloc(nbytes);
  }
}

let allocator: Allocator = new SimpleAllocator();

export function setAllocator(a: Allocator): void {
  allocator = a;
}

export function newDefaultAllocator(): Allocator {
  return new SimpleAllocator();
}

export function getAllocator(): Allocator {
  return allocator;
}

/** PyMem_Malloc / PyObject_Malloc (the default build serves both from pymalloc). */
export function memMalloc(nbytes: number): number {
  return allocator.malloc(nbytes);
}

export function memFree(addr: number): void {
  if (addr !== 0) allocator.free(addr);
}

export function memRealloc(addr: number, nbytes: number): number {
  return allocator.realloc(addr, nbytes);
}

/** Allocates the object's memory: its block starts with the pre-headers, id() is past them. */
export function allocObjectMemory(o: PyObject, nbytes: number, preheader: number): void {
  o.addr = allocator.malloc(nbytes + preheader) + preheader;
}

export function freeObjectMemory(o: PyObject, preheader: number): void {
  allocator.free(o.addr - preheader);
}

/** The static data segment of the interpreter binary (NON-CPYTHON: a plausible address range). */
let staticNext = 0x5581_2a40_0000;

export function allocStatic(o: PyObject, nbytes: number): void {
  o.addr = staticNext;
  staticNext += (nbytes + 15) & ~15;
}
