// The simulated glibc malloc (kernel/memory/rawmalloc.ts) and the simulated mmap area
// (kernel/memory/mmap.ts) that pymalloc's big requests and arenas come from.
import { describe, expect, it } from 'vitest';
import { AddressSpace } from '../../kernel/memory/mmap.ts';
import { Glibc, RawMalloc, request2size } from '../../kernel/memory/rawmalloc.ts';

const BRK = 0x5581_2c0e_5000;
const TOP = 0x7f6a_2b3c_7000;

function fresh(): RawMalloc {
  return new RawMalloc(new AddressSpace(TOP, 0x7e00_0000_0000), BRK);
}

describe('AddressSpace (Linux top-down mmap)', () => {
  it('places mappings top-down, page aligned, and reuses the highest hole', () => {
    const vm = new AddressSpace(TOP, 0x7e00_0000_0000);
    const a = vm.mmap(1 << 20);
    const b = vm.mmap(5000); // rounded to 2 pages
    const c = vm.mmap(1 << 20);
    expect(a).toBe(TOP - (1 << 20));
    expect(b).toBe(a - 8192);
    expect(c).toBe(b - (1 << 20));
    vm.munmap(a, 1 << 20);
    expect(vm.mmap(4096)).toBe(TOP - 4096); // highest gap first
    expect(vm.mmap(1 << 20)).toBe(c - (1 << 20)); // the remaining hole is too small
  });

  it('mremap shrinks in place, grows in place into free pages, else moves', () => {
    const vm = new AddressSpace(TOP, 0x7e00_0000_0000);
    const a = vm.mmap(8192);
    const b = vm.mmap(8192);
    expect(vm.mremap(a, 8192, 4096)).toBe(a);
    expect(vm.isMapped(a, a + 4096)).toBe(true);
    expect(vm.isMapped(a + 4096, a + 8192)).toBe(false);
    expect(vm.mremap(a, 4096, 8192)).toBe(a); // the page after it is free again
    const moved = vm.mremap(b, 8192, 16384); // a sits right after b
    expect(moved).not.toBe(b);
    expect(vm.isMapped(b, b + 8192)).toBe(false);
    expect(vm.isMapped(moved, moved + 16384)).toBe(true);
  });
});

describe('RawMalloc (glibc model)', () => {
  it('starts after the tcache_perthread_struct and returns 16-byte aligned pointers', () => {
    const m = fresh();
    const p = m.malloc(1000);
    expect(p).toBe(BRK + Glibc.TCACHE_PERTHREAD_CHUNK + Glibc.CHUNK_HDR_SZ);
    const q = m.malloc(1);
    expect(q - p).toBe(request2size(1000));
    expect(q % 16).toBe(0);
    expect(request2size(1)).toBe(32);
    expect(request2size(24)).toBe(32);
    expect(request2size(25)).toBe(48);
    expect(m.usableSize(p)).toBe(1000); // 1008-byte chunk minus the size word
    m.validate();
  });

  it('reuses freed chunks of the same size LIFO through tcache (up to 1040-byte chunks)', () => {
    const m = fresh();
    const a = m.malloc(600);
    const b = m.malloc(600);
    m.malloc(16); // keeps b from touching the top chunk
    m.free(a);
    m.free(b);
    expect(m.malloc(600)).toBe(b);
    expect(m.malloc(590)).toBe(a); // same 608-byte chunk size
    m.validate();
  });

  it('hands a freed bigger chunk back for the same request (id(bytes(1000)) == id(bytes(1000)))', () => {
    const m = fresh();
    m.malloc(100);
    const a = m.malloc(1033); // bytes(1000): a 1056-byte chunk, too big for tcache
    m.free(a); // merges into the top chunk
    expect(m.malloc(1033)).toBe(a);
    const b = m.malloc(1033);
    m.malloc(100);
    m.free(b); // binned
    expect(m.malloc(1033)).toBe(b);
    m.validate();
  });

  it('coalesces chunks that do not fit in tcache and splits them for smaller requests', () => {
    const m = fresh();
    const xs = [m.malloc(3000), m.malloc(3000), m.malloc(3000)];
    m.malloc(100); // keeps the third one from merging into the top chunk
    m.free(xs[0]);
    m.free(xs[1]); // merges with the first
    m.validate();
    const big = m.malloc(5000); // fits in the merged 6032-byte chunk
    expect(big).toBe(xs[0]);
    m.validate();
  });

  it('mmaps big requests, then raises the mmap threshold when one is freed (as measured on 3.11)', () => {
    const m = fresh();
    m.malloc(100);
    const x = m.malloc(200000);
    expect(x % 4096).toBe(16); // page + header: ...010
    expect(x).toBeGreaterThan(0x7e00_0000_0000);
    const y = m.malloc(200000);
    expect(x - y).toBe(200704); // 200016-byte chunk + size word, in whole pages
    m.free(x);
    expect(m.mmapThreshold).toBe(200704);
    const z = m.malloc(200000); // now below the threshold: the brk heap grows instead
    expect(z).toBeLessThan(0x6000_0000_0000);
    m.validate();
  });

  it('reallocs in place at the top of the heap and when shrinking', () => {
    const m = fresh();
    const p = m.malloc(2000);
    expect(m.realloc(p, 4000)).toBe(p);
    expect(m.realloc(p, 1000)).toBe(p);
    const q = m.malloc(100);
    expect(q - p).toBe(request2size(1000)); // the shrunk tail went back to the top chunk
    const r = m.realloc(p, 5000); // cannot grow past q: moves
    expect(r).not.toBe(p);
    m.validate();
  });

  it('keeps mmapped chunks mmapped across realloc', () => {
    const m = fresh();
    const p = m.malloc(300000);
    const q = m.realloc(p, 150000);
    expect(q).toBe(p);
    expect(m.usableSize(q)).toBe(Math.ceil((request2size(150000) + 8) / 4096) * 4096 - 16);
    m.validate();
  });

  it('detects double frees', () => {
    const m = fresh();
    const p = m.malloc(50);
    m.free(p);
    expect(() => m.free(p)).toThrow(/invalid pointer/);
  });
});
