/**
 * NON-CPYTHON: the C library's malloc that CPython's raw domain (PyMem_RawMalloc) and pymalloc's
 * fallback for big requests call. A compact model of glibc 2.3x malloc/malloc.c on x86-64 (main
 * arena only), so raw addresses look and behave like a real CPython process's:
 *
 *  - a brk heap that grows upwards from `brkStart` (0x55.. for a PIE python), carved from the
 *    top chunk; chunks are 16-byte aligned with an 8-byte size word in front (request2size:
 *    n + 8 rounded up to 16, at least 32); the user pointer is chunk + 16;
 *  - the first chunk is the tcache_perthread_struct (0x290 bytes), as in every glibc process,
 *    so the first user pointer is brkStart + 0x2a0;
 *  - tcache: up to 7 freed chunks per size (32..1040 bytes), LIFO, not coalesced;
 *  - other freed chunks are coalesced with free neighbours (or merged into the top chunk) and
 *    binned; allocation takes the best fit (smallest free chunk that fits, oldest first) and
 *    splits off the remainder (glibc's exact-fit small bins + best-fit large bins);
 *  - requests of at least `mmap_threshold` (128 KiB, raised dynamically to the size of any
 *    freed mmapped chunk up to 32 MiB) that the top chunk cannot serve are mmapped: the user
 *    pointer is then page + 16 (…010 addresses in the 0x7f.. range);
 *  - realloc grows in place into the top chunk or a free neighbour, shrinks in place, and
 *    mremaps mmapped chunks.
 * Left out (documented simplifications): fastbins (small non-tcache frees are coalesced at
 * once), the unsorted bin and last-remainder heuristics, tcache refills from small bins,
 * heap trimming's effect on anything but the brk value, and multiple arenas/threads.
 */
import { AddressSpace, pageAlign } from './mmap.ts';

export const enum Glibc {
  /** sizeof(size_t): the size word in front of every chunk. */
  SIZE_SZ = 8,
  /** 2 * SIZE_SZ: every user pointer is a multiple of this. */
  MALLOC_ALIGNMENT = 16,
  /** Smallest chunk: header plus two free-list pointers. */
  MINSIZE = 32,
  /** prev_size + size: user pointer = chunk + CHUNK_HDR_SZ. */
  CHUNK_HDR_SZ = 16,
  /** Number of tcache bins (chunk sizes 32, 48, ..., 1040). */
  TCACHE_MAX_BINS = 64,
  /** Largest chunk size that tcache keeps. */
  TCACHE_MAX_CHUNK = 1040,
  /** Entries per tcache bin. */
  TCACHE_FILL_COUNT = 7,
  /** Chunk size of the tcache_perthread_struct malloc'd on the first call. */
  TCACHE_PERTHREAD_CHUNK = 0x290,
  /** M_MMAP_THRESHOLD's initial value (DEFAULT_MMAP_THRESHOLD_MIN). */
  DEFAULT_MMAP_THRESHOLD = 128 * 1024,
  /** Upper bound of the dynamic mmap threshold on 64-bit (4 MiB * sizeof(long)). */
  DEFAULT_MMAP_THRESHOLD_MAX = 32 * 1024 * 1024,
  /** M_TRIM_THRESHOLD's initial value. */
  DEFAULT_TRIM_THRESHOLD = 128 * 1024,
  /** M_TOP_PAD: extra bytes requested from sbrk each time the heap grows. */
  DEFAULT_TOP_PAD = 128 * 1024,
  /** Freeing a chunk at least this big (after coalescing) may trim the heap. */
  FASTBIN_CONSOLIDATION_THRESHOLD = 64 * 1024,
}

/** One chunk, for diagrams: addresses are user pointers. */
export interface RawChunkSnapshot {
  address: number;
  /** Chunk size, header included. */
  size: number;
  state: 'inuse' | 'tcache' | 'free' | 'mmapped';
}

export interface RawMallocSnapshot {
  heapStart: number;
  brk: number;
  topAddress: number;
  topSize: number;
  mmapThreshold: number;
  chunks: RawChunkSnapshot[];
}

/** request2size: chunk size for a request of n bytes. */
export function request2size(n: number): number {
  const s = n + Glibc.SIZE_SZ + (Glibc.MALLOC_ALIGNMENT - 1);
  if (s < Glibc.MINSIZE) return Glibc.MINSIZE;
  return s - (s % Glibc.MALLOC_ALIGNMENT);
}

export class RawMalloc {
  /** In-use heap chunks (chunk address -> size), tcache'd ones included (glibc sees them in use). */
  private readonly inuse = new Map<number, number>();
  /** Chunks sitting in a tcache bin (chunk address -> size). */
  private readonly tcached = new Map<number, number>();
  private readonly tcache: number[][] = [];
  /** Binned free chunks: address -> size, end address -> address (for backward coalescing). */
  private readonly freeChunks = new Map<number, number>();
  private readonly freeEnds = new Map<number, number>();
  /** Free chunks by size (insertion ordered: oldest first) and the sorted list of those sizes. */
  private readonly bins = new Map<number, Set<number>>();
  private readonly binSizes: number[] = [];
  /** Mmapped chunks: chunk address -> mapping length. */
  private readonly mmapped = new Map<number, number>();
  private top: number;
  private topSize = 0;
  private brk: number;
  private initialized = false;
  /** mp_.mmap_threshold / mp_.trim_threshold (dynamic). */
  mmapThreshold: number = Glibc.DEFAULT_MMAP_THRESHOLD;
  trimThreshold: number = Glibc.DEFAULT_TRIM_THRESHOLD;

  constructor(
    readonly vm: AddressSpace,
    readonly heapStart: number,
  ) {
    this.top = heapStart;
    this.brk = heapStart;
    for (let i = 0; i < Glibc.TCACHE_MAX_BINS; i++) this.tcache.push([]);
  }

  /** glibc __libc_malloc: tcache first, then _int_malloc. Returns 0 (NULL) when out of memory. */
  malloc(bytes: number): number {
    this.tcacheInit();
    if (!validRequest(bytes)) return 0;
    const nb = request2size(bytes);
    if (nb <= Glibc.TCACHE_MAX_CHUNK) {
      const bin = this.tcache[tidx(nb)];
      if (bin.length > 0) {
        const chunk = bin.pop()!;
        this.tcached.delete(chunk);
        return chunk + Glibc.CHUNK_HDR_SZ;
      }
    }
    return this.intMalloc(nb);
  }

  /** glibc __libc_calloc: _int_malloc directly (no tcache); the memory is zeroed. */
  calloc(nelem: number, elsize: number): number {
    this.tcacheInit();
    if (!validRequest(nelem * elsize)) return 0;
    return this.intMalloc(request2size(nelem * elsize));
  }

  /** glibc __libc_free. */
  free(mem: number): void {
    if (mem === 0) return;
    const chunk = mem - Glibc.CHUNK_HDR_SZ;
    const mapLen = this.mmapped.get(chunk);
    if (mapLen !== undefined) {
      this.munmapChunk(chunk, mapLen);
      return;
    }
    this.checkInuse(chunk, 'free');
    this.intFree(chunk);
  }

  /**
   * glibc __libc_realloc (realloc(p, 0) frees, as REALLOC_ZERO_BYTES_FREES). Returns 0 (NULL)
   * when out of memory, leaving the old block as it was.
   */
  realloc(mem: number, bytes: number): number {
    if (mem === 0) return this.malloc(bytes);
    if (bytes === 0) {
      this.free(mem);
      return 0;
    }
    const chunk = mem - Glibc.CHUNK_HDR_SZ;
    const mapLen = this.mmapped.get(chunk);
    if (mapLen === undefined) this.checkInuse(chunk, 'realloc');
    if (!validRequest(bytes)) return 0;
    const nb = request2size(bytes);
    if (mapLen !== undefined) return this.mremapChunk(chunk, mapLen, nb);
    return this.intRealloc(chunk, nb);
  }

  /** malloc_usable_size. */
  usableSize(mem: number): number {
    const chunk = mem - Glibc.CHUNK_HDR_SZ;
    const mapLen = this.mmapped.get(chunk);
    if (mapLen !== undefined) return mapLen - Glibc.CHUNK_HDR_SZ;
    return this.checkInuse(chunk, 'usableSize') - Glibc.SIZE_SZ;
  }

  /** Is mem a live allocation (not freed, not in tcache)? */
  owns(mem: number): boolean {
    const chunk = mem - Glibc.CHUNK_HDR_SZ;
    return this.mmapped.has(chunk) || (this.inuse.has(chunk) && !this.tcached.has(chunk));
  }

  /** The first malloc of a glibc process allocates the tcache_perthread_struct. */
  private tcacheInit(): void {
    if (this.initialized) return;
    this.initialized = true;
    this.intMalloc(Glibc.TCACHE_PERTHREAD_CHUNK);
  }

  private checkInuse(chunk: number, what: string): number {
    const size = this.inuse.get(chunk);
    if (size === undefined || this.tcached.has(chunk)) {
      throw new Error(`rawmalloc: ${what}(): invalid pointer 0x${(chunk + 16).toString(16)}`);
    }
    return size;
  }

  /** glibc _int_malloc, simplified to best fit among binned chunks, then the top chunk. */
  private intMalloc(nb: number): number {
    const victim = this.takeBestFit(nb);
    if (victim !== -1) return this.splitInuse(victim, this.inuse.get(victim)!, nb, false);
    if (this.topSize >= nb + Glibc.MINSIZE) return this.takeFromTop(nb);
    return this.sysmalloc(nb);
  }

  /** Removes the smallest binned chunk of at least nb bytes (oldest first); marks it in use. */
  private takeBestFit(nb: number): number {
    const sizes = this.binSizes;
    let lo = 0;
    let hi = sizes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sizes[mid] < nb) lo = mid + 1;
      else hi = mid;
    }
    if (lo === sizes.length) return -1;
    const size = sizes[lo];
    const chunk = this.bins.get(size)!.values().next().value as number;
    this.unbin(chunk, size);
    this.inuse.set(chunk, size);
    return chunk;
  }

  /**
   * Keeps nb bytes of an in-use chunk and frees the rest when it can form a chunk: _int_malloc
   * bins the remainder directly (its neighbours are in use), _int_realloc passes it to _int_free
   * (tcache first, then coalescing with what follows).
   */
  private splitInuse(chunk: number, size: number, nb: number, viaFree: boolean): number {
    const rest = size - nb;
    if (rest >= Glibc.MINSIZE) {
      this.inuse.set(chunk, nb);
      if (viaFree) {
        this.inuse.set(chunk + nb, rest);
        this.intFree(chunk + nb);
      } else {
        this.bin(chunk + nb, rest);
      }
    }
    return chunk + Glibc.CHUNK_HDR_SZ;
  }

  private takeFromTop(nb: number): number {
    const chunk = this.top;
    this.top += nb;
    this.topSize -= nb;
    this.inuse.set(chunk, nb);
    return chunk + Glibc.CHUNK_HDR_SZ;
  }

  /**
   * glibc sysmalloc: mmap big requests, otherwise (or when mmap fails) grow the heap with sbrk.
   * Returns 0 when both fail.
   */
  private sysmalloc(nb: number): number {
    if (nb >= this.mmapThreshold) {
      const len = pageAlign(nb + Glibc.SIZE_SZ);
      const chunk = this.vm.mmap(len);
      if (chunk !== 0) {
        this.mmapped.set(chunk, len);
        return chunk + Glibc.CHUNK_HDR_SZ;
      }
    }
    const grow = pageAlign(nb + Glibc.DEFAULT_TOP_PAD + Glibc.MINSIZE - this.topSize);
    if (!this.vm.mayMap(grow) || !this.vm.mayCommit(grow)) return 0;
    this.vm.commitBrk(grow);
    this.brk += grow;
    this.topSize += grow;
    return this.takeFromTop(nb);
  }

  /** glibc _int_free: tcache, else coalesce and bin (or merge into top, maybe trim). */
  private intFree(chunk: number): void {
    let size = this.inuse.get(chunk)!;
    if (size <= Glibc.TCACHE_MAX_CHUNK) {
      const bin = this.tcache[tidx(size)];
      if (bin.length < Glibc.TCACHE_FILL_COUNT) {
        bin.push(chunk);
        this.tcached.set(chunk, size);
        return;
      }
    }
    this.inuse.delete(chunk);
    const prev = this.freeEnds.get(chunk);
    if (prev !== undefined) {
      const prevSize = this.freeChunks.get(prev)!;
      this.unbin(prev, prevSize);
      chunk = prev;
      size += prevSize;
    }
    const next = chunk + size;
    if (next === this.top) {
      this.top = chunk;
      this.topSize += size;
      if (this.topSize >= Glibc.FASTBIN_CONSOLIDATION_THRESHOLD) this.maybeTrim();
      return;
    }
    const nextSize = this.freeChunks.get(next);
    if (nextSize !== undefined) {
      this.unbin(next, nextSize);
      size += nextSize;
    }
    this.bin(chunk, size);
    if (size >= Glibc.FASTBIN_CONSOLIDATION_THRESHOLD) this.maybeTrim();
  }

  /** glibc systrim(mp_.top_pad): give whole pages above top_pad back with a negative sbrk. */
  private maybeTrim(): void {
    if (this.topSize < this.trimThreshold) return;
    const topArea = this.topSize - Glibc.MINSIZE - 1;
    if (topArea <= Glibc.DEFAULT_TOP_PAD) return;
    const extra = topArea - Glibc.DEFAULT_TOP_PAD;
    const pages = extra - (extra % 4096);
    this.vm.commitBrk(-pages);
    this.brk -= pages;
    this.topSize -= pages;
  }

  /** glibc munmap_chunk, after raising the dynamic mmap threshold. */
  private munmapChunk(chunk: number, len: number): void {
    if (len > this.mmapThreshold && len <= Glibc.DEFAULT_MMAP_THRESHOLD_MAX) {
      this.mmapThreshold = len;
      this.trimThreshold = 2 * len;
    }
    this.mmapped.delete(chunk);
    this.vm.munmap(chunk, len);
  }

  /** glibc mremap_chunk (Linux): the chunk stays mmapped whatever its new size. */
  private mremapChunk(chunk: number, len: number, nb: number): number {
    const newLen = pageAlign(nb + Glibc.SIZE_SZ);
    if (newLen === len) return chunk + Glibc.CHUNK_HDR_SZ;
    const moved = this.vm.mremap(chunk, len, newLen);
    if (moved === 0) return 0;
    this.mmapped.delete(chunk);
    this.mmapped.set(moved, newLen);
    return moved + Glibc.CHUNK_HDR_SZ;
  }

  /** glibc _int_realloc for heap chunks. */
  private intRealloc(chunk: number, nb: number): number {
    const size = this.inuse.get(chunk)!;
    if (size >= nb) return this.splitInuse(chunk, size, nb, true);
    const next = chunk + size;
    if (next === this.top && size + this.topSize >= nb + Glibc.MINSIZE) {
      this.top = chunk + nb;
      this.topSize -= nb - size;
      this.inuse.set(chunk, nb);
      return chunk + Glibc.CHUNK_HDR_SZ;
    }
    const nextSize = this.freeChunks.get(next);
    if (nextSize !== undefined && size + nextSize >= nb) {
      this.unbin(next, nextSize);
      this.inuse.set(chunk, size + nextSize);
      return this.splitInuse(chunk, size + nextSize, nb, true);
    }
    const mem = this.intMalloc(nb);
    if (mem !== 0) this.intFree(chunk);
    return mem;
  }

  private bin(chunk: number, size: number): void {
    this.freeChunks.set(chunk, size);
    this.freeEnds.set(chunk + size, chunk);
    let set = this.bins.get(size);
    if (set === undefined) {
      set = new Set();
      this.bins.set(size, set);
    }
    if (set.size === 0) insertSorted(this.binSizes, size);
    set.add(chunk);
  }

  private unbin(chunk: number, size: number): void {
    this.freeChunks.delete(chunk);
    this.freeEnds.delete(chunk + size);
    const set = this.bins.get(size)!;
    set.delete(chunk);
    if (set.size === 0) removeSorted(this.binSizes, size);
  }

  /** The brk heap must be tiled exactly by chunks and the top chunk; throws otherwise. */
  validate(): void {
    const chunks = this.heapChunks();
    let at = this.heapStart;
    let prevFree = false;
    for (const c of chunks) {
      const chunk = c.address - Glibc.CHUNK_HDR_SZ;
      if (chunk !== at) throw new Error(`rawmalloc: heap gap or overlap at 0x${at.toString(16)}`);
      if (c.size < Glibc.MINSIZE || c.size % Glibc.MALLOC_ALIGNMENT !== 0) {
        throw new Error(`rawmalloc: bad chunk size ${c.size}`);
      }
      const isFree = c.state === 'free';
      if (isFree && prevFree) throw new Error('rawmalloc: two adjacent free chunks');
      prevFree = isFree;
      at += c.size;
    }
    if (at !== this.top) throw new Error('rawmalloc: chunks do not end at the top chunk');
    if (prevFree) throw new Error('rawmalloc: free chunk next to the top chunk');
    if (this.top + this.topSize !== this.brk) throw new Error('rawmalloc: top does not end at brk');
    let binned = 0;
    for (const size of this.binSizes) {
      const set = this.bins.get(size)!;
      if (set.size === 0) throw new Error('rawmalloc: empty bin listed');
      for (const chunk of set) {
        if (this.freeChunks.get(chunk) !== size) throw new Error('rawmalloc: bin/chunk mismatch');
      }
      binned += set.size;
    }
    if (binned !== this.freeChunks.size) throw new Error('rawmalloc: free chunk missing from bins');
    for (let i = 1; i < this.binSizes.length; i++) {
      if (this.binSizes[i - 1] >= this.binSizes[i]) throw new Error('rawmalloc: bin sizes unsorted');
    }
    for (const bin of this.tcache) {
      if (bin.length > Glibc.TCACHE_FILL_COUNT) throw new Error('rawmalloc: tcache bin overfull');
    }
  }

  /** Heap chunks in address order (the top chunk excluded). */
  private heapChunks(): RawChunkSnapshot[] {
    const out: RawChunkSnapshot[] = [];
    for (const [chunk, size] of this.inuse) {
      out.push({ address: chunk + 16, size, state: this.tcached.has(chunk) ? 'tcache' : 'inuse' });
    }
    for (const [chunk, size] of this.freeChunks) out.push({ address: chunk + 16, size, state: 'free' });
    return out.sort((a, b) => a.address - b.address);
  }

  snapshot(): RawMallocSnapshot {
    const chunks = this.heapChunks();
    for (const [chunk, size] of this.mmapped) {
      chunks.push({ address: chunk + 16, size, state: 'mmapped' });
    }
    return {
      heapStart: this.heapStart,
      brk: this.brk,
      topAddress: this.top,
      topSize: this.topSize,
      mmapThreshold: this.mmapThreshold,
      chunks,
    };
  }
}

/** checked_request2size: sizes glibc refuses outright (beyond PTRDIFF_MAX, or not a size). */
function validRequest(bytes: number): boolean {
  return bytes >= 0 && Number.isSafeInteger(bytes);
}

/** csize2tidx. */
function tidx(size: number): number {
  return (size - Glibc.MINSIZE) >> 4;
}

function insertSorted(a: number[], v: number): void {
  let i = a.length;
  while (i > 0 && a[i - 1] > v) i--;
  a.splice(i, 0, v);
}

function removeSorted(a: number[], v: number): void {
  const i = a.indexOf(v);
  if (i >= 0) a.splice(i, 1);
}
