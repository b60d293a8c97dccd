// sys._debugmallocstats() text (kernel/memory/debugmallocstats.ts), checked against the output
// CPython 3.11.7 printed in probe p11 (fixtures/p11_debugmallocstats.out311 is that output from
// "Small block threshold" on, copied from /work/shared/reference/probes/p11_obmalloc.out311).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { debugAllocatorStats, printone } from '../../kernel/memory/debugmallocstats.ts';
import { ObjectAllocator } from '../../kernel/memory/obmalloc.ts';
import { Obmalloc, numblocks } from '../../kernel/memory/pycore_obmalloc.ts';

const p11 = readFileSync(new URL('./fixtures/p11_debugmallocstats.out311', import.meta.url), 'utf8');
const p11Lines = p11.split('\n');

/** "label   =   1,234" lines of the real output, as [label, value, line]. */
function printoneLines(text: string): [string, number, string][] {
  const out: [string, number, string][] = [];
  for (const line of text.split('\n')) {
    const m = /^(.*?) *=\s+([\d,]+)$/.exec(line);
    if (m !== null && !line.includes(' bytes each ')) out.push([m[1], Number(m[2].replace(/,/g, '')), line]);
  }
  return out;
}

/** The size-class table rows of a report: [class, size, pools, in use, avail]. */
function tableRows(text: string): number[][] {
  return text
    .split('\n')
    .filter((l) => /^\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+$/.test(l))
    .map((l) => l.trim().split(/\s+/).map(Number));
}

describe('line formats', () => {
  it('printone reproduces every "label = value" line of the real report', () => {
    const lines = printoneLines(p11);
    expect(lines.length).toBe(18);
    for (const [label, value, line] of lines) expect(printone(label, value)).toBe(line + '\n');
  });

  it('_PyDebugAllocatorStats reproduces the free-list lines', () => {
    expect(debugAllocatorStats('free PyDictObject', 14, 48)).toBe(p11Lines.find((l) => l.includes('PyDictObjects')));
    expect(debugAllocatorStats('free 10-sized PyTupleObject', 0, 104)).toBe(
      p11Lines.find((l) => l.includes(' 10-sized')),
    );
    expect(debugAllocatorStats('free 20-sized PyTupleObject', 6, 184)).toBe(
      p11Lines.find((l) => l.includes(' 20-sized')),
    );
  });

  it('the real table obeys NUMBLOCKS and the byte accounting formulas the emulation uses', () => {
    const rows = tableRows(p11);
    expect(rows.length).toBe(32);
    let allocated = 0;
    let available = 0;
    let headers = 0;
    let quantization = 0;
    for (const [cls, size, pools, inUse, avail] of rows) {
      expect(size).toBe((cls + 1) * 16);
      expect(inUse + avail).toBe(pools * numblocks(cls));
      allocated += inUse * size;
      available += avail * size;
      headers += pools * Obmalloc.POOL_OVERHEAD;
      quantization += pools * ((Obmalloc.POOL_SIZE - Obmalloc.POOL_OVERHEAD) % size);
    }
    const value = new Map(printoneLines(p11).map(([l, v]) => [l, v]));
    expect(allocated).toBe(value.get('# bytes in allocated blocks'));
    expect(available).toBe(value.get('# bytes in available blocks'));
    expect(headers).toBe(value.get('# bytes lost to pool headers'));
    expect(quantization).toBe(value.get('# bytes lost to quantization'));
  });
});

describe('the report of an emulated heap', () => {
  it('has the real report shape: same lines in the same order, only the numbers differ', () => {
    const a = new ObjectAllocator();
    for (let n = 1; n <= 512; n += 7) a.malloc(n);
    const freeLists = p11Lines.slice(p11Lines.findIndex((l) => l.includes('PyDictObjects'))).filter((l) => l !== '');
    const ours = a.debugMallocStats(freeLists);
    const shape = (t: string): string[] =>
      t.split('\n').map((l) => l.replace(/\d[\d,]*/g, '9').replace(/ +/g, ' '));
    expect(shape(ours)).toEqual(shape(p11));
    expect(ours.endsWith('bytes each =                1,104\n')).toBe(true);
  });

  it('gives the numbers derived by hand for a small scenario', () => {
    const a = new ObjectAllocator(); // default mmap base: the arena is not pool aligned
    const small = [a.malloc(16), a.malloc(10), a.malloc(1)]; // class 0
    a.malloc(100); // class 6 (112)
    a.malloc(112);
    a.malloc(512); // class 31
    a.free(small[1]);
    // class 0: 1 pool, 2 in use, 1021 - 2 = 1019 avail
    // class 6: 1 pool, 2 in use, 16336 // 112 = 145 blocks -> 143 avail
    // class 31: 1 pool, 1 in use, 31 - 1 = 30 avail
    // allocated 2*16 + 2*112 + 512 = 768; available 1019*16 + 143*112 + 30*512 = 47,680
    // unused pools 63 - 3 = 60; headers 3 * 48 = 144;
    // quantization 16336 % 16 + 16336 % 112 + 16336 % 512 = 0 + 96 + 464 = 560
    // alignment 16,384; total 768 + 47680 + 983040 + 144 + 560 + 16384 = 1,048,576
    const expected = `Small block threshold = 512, in 32 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------
    0     16           1               2          1019
    6    112           1               2           143
   31    512           1               1            30

# arenas allocated total           =                    1
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    1
# arenas allocated current         =                    1
1 arenas * 1048576 bytes/arena     =            1,048,576

# bytes in allocated blocks        =                  768
# bytes in available blocks        =               47,680
60 unused pools * 16384 bytes      =              983,040
# bytes lost to pool headers       =                  144
# bytes lost to quantization       =                  560
# bytes lost to arena alignment    =               16,384
Total                              =            1,048,576

arena map counts
# arena map mid nodes              =                    1
# arena map bot nodes              =                    1

# bytes lost to arena map root     =              262,144
# bytes lost to arena map mid      =              262,144
# bytes lost to arena map bot      =              131,072
Total                              =              655,360

            0 free PyDictObjects * 48 bytes each =                    0
`;
    expect(a.debugMallocStats([debugAllocatorStats('free PyDictObject', 0, 48)])).toBe(expected);
  });

  it('counts reclaimed arenas and leaves empty pools out of the table', () => {
    const a = new ObjectAllocator();
    const first: number[] = [];
    while (a.narenasCurrentlyAllocated < 2) first.push(a.malloc(512));
    const last = first.pop()!; // the block in arena 1
    for (const p of first) a.free(p); // arena 0 empties while arena 1 follows it: released
    a.free(last); // arena 1 is the last usable arena: kept, with all pools free
    const text = a.pymallocStats();
    expect(text).toContain('# arenas allocated total           =                    2\n');
    expect(text).toContain('# arenas reclaimed                 =                    1\n');
    expect(text).toContain('# arenas highwater mark            =                    2\n');
    expect(tableRows(text)).toEqual([]);
    expect(text).toContain('63 unused pools * 16384 bytes      =            1,032,192\n');
  });
});
