// The allocator as an interpreter uses it: the start-up heap calibration (kernel/host/startup_heap.ts),
// sys.getallocatedblocks() and sys._debugmallocstats() (kernel/modules/sysmodule.ts), and the
// allocator's invariants after real programs.
import { describe, expect, it } from 'vitest';
import { createInterpreter } from '../../kernel/index.ts';
import { getAllocator } from '../../kernel/memory/heap.ts';
import { ObjectAllocator } from '../../kernel/memory/obmalloc.ts';
import { blocksInUseByClass } from '../../kernel/memory/debugmallocstats.ts';
import { CPYTHON_STARTUP_HEAP } from '../../kernel/host/startup_heap.ts';
import { Obmalloc, numblocks } from '../../kernel/memory/pycore_obmalloc.ts';

function run(source: string): { out: string; err: string; allocator: ObjectAllocator } {
  let out = '';
  let err = '';
  const interp = createInterpreter({ write: (fd, text) => (fd === 1 ? (out += text) : (err += text)) });
  const allocator = getAllocator() as ObjectAllocator;
  const status = interp.runMain(source, 'prog.py');
  expect(status, err).toBe(0);
  return { out, err, allocator };
}

/** The size-class rows of a _debugmallocstats report: [class, size, pools, in use, avail]. */
function tableRows(text: string): number[][] {
  return text.split('\n').filter((l) => /^\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+$/.test(l)).map((l) => l.trim().split(/\s+/).map(Number));
}

/** "N free NAMEs * ..." lines of the report, as NAME -> N. */
function freeLists(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const match of text.matchAll(/^\s*(\d+) free (.+?)s \* \d+ bytes each/gm)) m.set(match[2], Number(match[1]));
  return m;
}

describe('start-up heap', () => {
  it('has at least CPython 3.11\'s blocks in use in every size class, and its free lists', () => {
    const { allocator } = run('pass\n');
    const inUse = blocksInUseByClass(allocator);
    for (let i = 0; i < Obmalloc.NB_SMALL_SIZE_CLASSES; i++) expect(inUse[i]).toBeGreaterThanOrEqual(CPYTHON_STARTUP_HEAP.blocksInUse[i]);
    allocator.validate();
  });

  it('lets a freed block stay in a pool that other blocks keep in use (bytes(100) then bytes(200))', () => {
    const { out } = run('x = bytes(100)\ni = id(x)\ndel x\ny = bytes(200)\nprint(id(y) == i)\n');
    expect(out).toBe('False\n');
  });

  it('starts the script with CPython\'s free lists: 40 lists, 8 dicts, 4 floats', () => {
    const { err } = run('import sys\nsys._debugmallocstats()\n');
    const lists = freeLists(err);
    expect(lists.get('PyListObject')).toBe(CPYTHON_STARTUP_HEAP.freeLists);
    expect(lists.get('PyDictObject')).toBe(CPYTHON_STARTUP_HEAP.freeDicts);
    expect(lists.get('PyFloatObject')).toBe(CPYTHON_STARTUP_HEAP.freeFloats);
  });
});

describe('sys._debugmallocstats()', () => {
  it('writes 3.11\'s layout to stderr: header, table, arena and byte accounting, arena map, free lists', () => {
    const { out, err, allocator } = run('import sys\nsys._debugmallocstats()\n');
    expect(out).toBe('');
    expect(err.startsWith('Small block threshold = 512, in 32 size classes.\n\nclass   size   num pools   blocks in use  avail blocks\n')).toBe(true);
    const rows = tableRows(err);
    expect(rows.length).toBe(32);
    for (const [cls, size, pools, inUse, avail] of rows) {
      expect(size).toBe((cls + 1) * 16);
      expect(inUse + avail).toBe(pools * numblocks(cls));
    }
    expect(rows.reduce((n, r) => n + r[3], 0)).toBeGreaterThan(30000);
    allocator.validate();
    for (const label of ['# arenas allocated total', '# bytes lost to arena alignment', 'arena map counts', '# bytes lost to arena map root']) {
      expect(err).toContain(label);
    }
    expect(err).toMatch(/\n\n +\d+ free PyDictObjects \* 48 bytes each = +[\d,]+\n/);
    expect(err.trimEnd().split('\n').slice(-20)[0]).toMatch(/free 1-sized PyTupleObjects \* 32 bytes each/);
    expect(err).toMatch(/ free 20-sized PyTupleObjects \* 184 bytes each = +[\d,]+\n$/);
  });

  it('shows free-list lengths that follow the program: deleted lists park, gc.collect() empties', () => {
    const { err } = run([
      'import gc, sys',
      'gc.collect()',
      'lists = [[] for i in range(10)]',
      'del lists',
      'sys._debugmallocstats()',
      'gc.collect()',
      'sys._debugmallocstats()',
    ].join('\n') + '\n');
    const [first, second] = err.split('Small block threshold').slice(1);
    expect(freeLists(first).get('PyListObject')).toBe(11);
    expect(freeLists(second).get('PyListObject')).toBe(0);
    expect(freeLists(second).get('20-sized PyTupleObject')).toBe(0);
  });

  it('counts a new size class pool in the table when objects of that size appear', () => {
    const { err } = run('import sys\nsys._debugmallocstats()\nkeep = [bytes(470) for i in range(100)]\nsys._debugmallocstats()\n');
    const [a, b] = err.split('Small block threshold').slice(1).map(tableRows);
    const row = (rows: number[][]) => rows.find((r) => r[0] === 31)!;
    expect(row(b)[3] - row(a)[3]).toBe(100);
  });
});

describe('sys.getallocatedblocks()', () => {
  it('is the allocator\'s count of pymalloc blocks and raw fallbacks in use', () => {
    const { out, allocator } = run('import sys\nn = sys.getallocatedblocks()\nprint(n)\n');
    const printed = Number(out.trim());
    expect(printed).toBeGreaterThan(30000);
    expect(allocator.allocatedBlocks()).toBeGreaterThanOrEqual(printed - 100);
  });

  it('keeps the allocator consistent through a program that allocates and frees a lot', () => {
    const { allocator } = run([
      'data = [bytes(i % 700) for i in range(3000)]',
      'text = [str(i) * (i % 40) for i in range(3000)]',
      'del data[::2]',
      'd = {i: [i] * (i % 9) for i in range(2000)}',
      'del text, d',
    ].join('\n') + '\n');
    allocator.validate();
  });
});
