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

/**
 * The hooks tracemalloc installs on the PyMem and PyObject domains while it traces
 * (CPython 3.11: Modules/_tracemalloc.c tracemalloc_alloc, tracemalloc_realloc, tracemalloc_free);
 * null while it does not, and then an allocation costs one test of memTracer.
 */
export interface MemTracer {
  /** A block of `size` requested bytes was handed out at ptr. */
  alloc(ptr: number, size: number): void;
  /** The block at oldPtr now has `size` bytes at ptr (maybe the same address). */
  realloc(oldPtr: number, ptr: number, size: number): void;
  /** The block at ptr was freed. */
  free(ptr: number): void;
  /** An object in the block at ptr is born again (from a free list): its trace gets a new traceback. */
  newReference(ptr: number): void;
}

export let memTracer: MemTracer | null = null;
export function setMemTracer(t: MemTracer | null): void {
  memTracer = t;
}

/**
 * CPython 3.11: Objects/object.c _Py_NewReference, for an object a free list hands out again: its
 * refcount restarts and, while tracemalloc traces, its block's trace gets the current traceback
 * (_PyTraceMalloc_NewReference). The caller sets the refcount.
 */
export function newReference(o: PyObject, preheader: number): void {
  if (memTracer !== null) memTracer.newReference(o.addr - preheader);
  if (reuseObserver !== null) reuseObserver(o, preheader);
}

/**
 * NON-CPYTHON: told of each object a free list hands out again (newReference), with its
 * pre-header size, while a diagram recorder watches (kernel/observe/); null otherwise.
 */
export let reuseObserver: ((o: PyObject, preheader: number) => void) | null = null;
export function setReuseObserver(f: ((o: PyObject, preheader: number) => void) | null): void {
  reuseObserver = f;
}

/**
 * PyErr_NoMemory, installed at start-up: raises MemoryError. An allocation that gets NULL raises
 * it at once (the C code that called malloc checks for NULL and does so).
 */
let noMemory: () => never = () => {
  throw new Error('out of memory');
};
export function setNoMemory(f: () => never): void {
  noMemory = f;
}

/** PyMem_Malloc / PyObject_Malloc (the default build serves both from pymalloc). */
export function memMalloc(nbytes: number): number {
  const p = allocator.malloc(nbytes);
  if (p === 0) noMemory();
  if (memTracer !== null && p !== 0) memTracer.alloc(p, nbytes);
  return p;
}

export function memFree(addr: number): void {
  if (addr === 0) return;
  allocator.free(addr);
  if (memTracer !== null) memTracer.free(addr);
}

export function memRealloc(addr: number, nbytes: number): number {
  const p = allocator.realloc(addr, nbytes);
  if (p === 0 && nbytes !== 0) noMemory();
  if (memTracer !== null && p !== 0) memTracer.realloc(addr, p, nbytes);
  return p;
}

/**
 * NON-CPYTHON: told of each object that gets memory from the allocator, while a diagram
 * recorder watches (kernel/observe/); null otherwise.
 */
export let allocObserver: ((o: PyObject, nbytes: number) => void) | null = null;
export function setAllocObserver(f: ((o: PyObject, nbytes: number) => void) | null): void {
  allocObserver = f;
}

/** Allocates the object's memory: its block starts with the pre-headers, id() is past them. */
export function allocObjectMemory(o: PyObject, nbytes: number, preheader: number): void {
  const p = allocator.malloc(nbytes + preheader);
  if (p === 0) noMemory();
  o.addr = p + preheader;
  if (allocObserver !== null) allocObserver(o, nbytes + preheader);
  if (memTracer !== null && p !== 0) memTracer.alloc(p, nbytes + preheader);
}

/**
 * An object made in a block that was allocated before it (a _PyUnicodeWriter's buffer becomes
 * the str it finishes): the block keeps its trace; the diagram recorder sees the object appear.
 */
export function adoptObjectMemory(o: PyObject, addr: number, nbytes: number): void {
  o.addr = addr;
  if (allocObserver !== null) allocObserver(o, nbytes);
}

export function freeObjectMemory(o: PyObject, preheader: number): void {
  allocator.free(o.addr - preheader);
  if (memTracer !== null) memTracer.free(o.addr - preheader);
}

/** The static data segment of the interpreter binary (NON-CPYTHON: a plausible address range). */
let staticNext = 0x5581_2a40_0000;

export function allocStatic(o: PyObject, nbytes: number): void {
  o.addr = staticNext;
  staticNext += (nbytes + 15) & ~15;
}

/**
 * The static type objects (PyLong_Type, PyExc_ValueError, ...), in the same data segment past the
 * other static objects (NON-CPYTHON: a range of their own, so the static objects' addresses do
 * not depend on how many types there are).
 */
let staticTypeNext = 0x5581_2ac0_0000;

export function allocStaticType(o: PyObject, nbytes: number): void {
  o.addr = staticTypeNext;
  staticTypeNext += (nbytes + 15) & ~15;
}
