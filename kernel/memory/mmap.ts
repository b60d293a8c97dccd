/**
 * NON-CPYTHON: the operating system's half of the simulated address space — the anonymous
 * mappings that pymalloc's arenas (`_PyObject_ArenaMmap`) and glibc's large chunks live in.
 *
 * Modelled on Linux x86-64 with the default top-down layout (mm/mmap.c
 * arch_get_unmapped_area_topdown → vm_unmapped_area): a new mapping goes into the highest gap
 * below `mmap_base` that is big enough, ending at the top of that gap. Lengths are rounded up to
 * whole pages, so every mapping starts page aligned (4 KiB) but not necessarily pool aligned
 * (16 KiB): that is why pymalloc usually loses one pool per arena to alignment.
 * Freed ranges leave holes that later mappings reuse. Deterministic: the same sequence of calls
 * always yields the same addresses (there is no ASLR here; `mmapBase` plays its role).
 */

export const enum Page {
  /** x86-64 base page size. */
  SIZE = 4096,
}

/**
 * Default for the largest single mapping the simulated kernel grants: Linux's heuristic
 * overcommit refuses a request larger than RAM + swap. 32 GiB stands for a plausible machine.
 */
export const DEFAULT_MAX_MAPPING = 32 * 1024 ** 3;

export function pageAlign(n: number): number {
  const r = n % Page.SIZE;
  return r === 0 ? n : n + (Page.SIZE - r);
}

/** One mapping, as /proc/self/maps would list it (plain data for snapshots). */
export interface MappingSnapshot {
  start: number;
  end: number;
}

export class AddressSpace {
  /** Mappings sorted by start address; starts[i] < ends[i] <= starts[i + 1]. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Bytes mapped, and bytes of brk heap (grown through commitBrk). */
  private mappedBytes = 0;
  private brkBytes = 0;
  /**
   * The most memory (mappings plus brk heap) the process may hold, as `ulimit -v` sets
   * RLIMIT_AS: a mapping or heap growth past it fails with ENOMEM. Infinity: no limit.
   */
  memoryLimit = Infinity;

  /**
   * @param mmapBase highest address (exclusive) handed out; below the shared libraries.
   * @param mmapMin lowest address handed out (vm.mmap_min_addr, or the end of the brk heap).
   * @param maxMapping largest single mapping (or brk growth) granted; bigger ones fail.
   */
  constructor(
    readonly mmapBase: number,
    readonly mmapMin: number,
    readonly maxMapping: number = DEFAULT_MAX_MAPPING,
  ) {
    if (mmapBase % Page.SIZE !== 0 || mmapMin % Page.SIZE !== 0) {
      throw new Error('AddressSpace: bounds must be page aligned');
    }
  }

  /**
   * mmap(NULL, length, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0).
   * Returns 0 where Linux returns MAP_FAILED (ENOMEM).
   */
  mmap(length: number): number {
    const len = pageAlign(length);
    if (!this.mayMap(len) || !this.mayCommit(len)) return 0;
    const addr = this.findGapTopDown(len);
    if (addr !== 0) this.insert(addr, addr + len);
    return addr;
  }

  /** Would the overcommit heuristic grant a mapping of len bytes? (brk growth asks it too) */
  mayMap(len: number): boolean {
    return len > 0 && len <= this.maxMapping && Number.isSafeInteger(len);
  }

  /** Would `delta` more bytes of mappings or heap stay within memoryLimit? */
  mayCommit(delta: number): boolean {
    return this.mappedBytes + this.brkBytes + delta <= this.memoryLimit;
  }

  /** brk/sbrk moved the program break by delta bytes (growth checked with mayCommit first). */
  commitBrk(delta: number): void {
    this.brkBytes += delta;
  }

  /** Bytes the process holds: mappings plus brk heap. */
  committed(): number {
    return this.mappedBytes + this.brkBytes;
  }

  /** munmap(addr, length): removes [addr, addr + length) from whatever mappings cover it. */
  munmap(addr: number, length: number): void {
    const end = addr + pageAlign(length);
    for (let i = this.starts.length - 1; i >= 0; i--) {
      const s = this.starts[i];
      const e = this.ends[i];
      if (e <= addr || s >= end) continue;
      // The whole mapping goes; insert() adds back what is left on either side.
      this.mappedBytes -= e - s;
      this.starts.splice(i, 1);
      this.ends.splice(i, 1);
      if (s < addr) this.insert(s, addr);
      if (e > end) this.insert(end, e);
    }
  }

  /**
   * mremap(addr, oldLength, newLength, MREMAP_MAYMOVE): shrinks in place, grows in place when
   * the pages after the mapping are free, and otherwise moves it to a new top-down gap.
   * Returns 0 on failure (the old mapping stays).
   */
  mremap(addr: number, oldLength: number, newLength: number): number {
    const oldLen = pageAlign(oldLength);
    const newLen = pageAlign(newLength);
    if (newLen <= oldLen) {
      if (newLen < oldLen) this.munmap(addr + newLen, oldLen - newLen);
      return addr;
    }
    if (!this.mayMap(newLen) || !this.mayCommit(newLen - oldLen)) return 0;
    if (this.isFree(addr + oldLen, addr + newLen)) {
      this.insert(addr + oldLen, addr + newLen);
      return addr;
    }
    const moved = this.findGapTopDown(newLen);
    if (moved === 0) return 0;
    this.insert(moved, moved + newLen);
    this.munmap(addr, oldLen);
    return moved;
  }

  /** Is [start, end) mapped in full? */
  isMapped(start: number, end: number): boolean {
    let at = start;
    for (let i = 0; i < this.starts.length && at < end; i++) {
      if (this.ends[i] <= at) continue;
      if (this.starts[i] > at) return false;
      at = this.ends[i];
    }
    return at >= end;
  }

  snapshot(): MappingSnapshot[] {
    return this.starts.map((start, i) => ({ start, end: this.ends[i] }));
  }

  /** Highest gap of at least `len` bytes below mmapBase; returns its top minus len, or 0. */
  private findGapTopDown(len: number): number {
    let gapEnd = this.mmapBase;
    for (let i = this.starts.length - 1; i >= -1; i--) {
      const gapStart = i >= 0 ? Math.max(this.ends[i], this.mmapMin) : this.mmapMin;
      if (gapEnd - gapStart >= len) return gapEnd - len;
      if (i >= 0) gapEnd = Math.min(gapEnd, this.starts[i]);
    }
    return 0;
  }

  private isFree(start: number, end: number): boolean {
    if (end > this.mmapBase) return false;
    for (let i = 0; i < this.starts.length; i++) {
      if (this.starts[i] < end && this.ends[i] > start) return false;
    }
    return true;
  }

  private insert(start: number, end: number): void {
    this.mappedBytes += end - start;
    let i = this.starts.length;
    while (i > 0 && this.starts[i - 1] > start) i--;
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }
}
