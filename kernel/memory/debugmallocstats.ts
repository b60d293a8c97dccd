/**
 * The text of sys._debugmallocstats().
 * CPython 3.11: Python/sysmodule.c sys__debugmallocstats_impl (pymalloc's report, '\n', then
 * _PyObject_DebugTypeStats), Objects/obmalloc.c _PyObject_DebugMallocStats, printone,
 * _PyDebugAllocatorStats.
 */
import type { ObjectAllocator } from './obmalloc.ts';
import { ArenaMapLayout, Obmalloc, index2size, numblocks } from './pycore_obmalloc.ts';

/**
 * CPython 3.11: Objects/obmalloc.c printone. `msg` padded to 35 columns, '=', then the value
 * with thousands separators right-aligned in 21 columns; one line, newline included.
 */
export function printone(msg: string, value: number): string {
  let digits = '';
  let v = value;
  let k = 3;
  do {
    const next = Math.floor(v / 10);
    digits = String(v - next * 10) + digits;
    v = next;
    if (--k === 0 && v !== 0) {
      k = 3;
      digits = ',' + digits;
    }
  } while (v !== 0);
  return msg.padEnd(35, ' ') + '=' + digits.padStart(21, ' ') + '\n';
}

/**
 * CPython 3.11: Objects/obmalloc.c _PyDebugAllocatorStats — the line the free lists print:
 * "%d %ss * %zd bytes each" right-aligned in 48 columns, a space, then printone's '=' part.
 * Returns the line without its newline (as debugMallocStats takes them).
 * Example: debugAllocatorStats('free PyDictObject', 14, 48).
 */
export function debugAllocatorStats(blockName: string, numBlocks: number, sizeofBlock: number): string {
  const buf1 = `${numBlocks} ${blockName}s * ${sizeofBlock} bytes each`;
  return printone(buf1.padStart(48, ' ') + ' ', numBlocks * sizeofBlock).slice(0, -1);
}

/** Per size class totals over every carved, non-empty pool. */
interface ClassTotals {
  pools: number[];
  blocks: number[];
  freeBlocks: number[];
}

/** CPython 3.11: Objects/obmalloc.c _PyObject_DebugMallocStats (the part that walks the arenas). */
export function pymallocPrintStats(a: ObjectAllocator): string {
  const numclasses = Obmalloc.SMALL_REQUEST_THRESHOLD >> Obmalloc.ALIGNMENT_SHIFT;
  let out = `Small block threshold = ${Obmalloc.SMALL_REQUEST_THRESHOLD}, in ${numclasses} size classes.\n`;
  const t: ClassTotals = { pools: [], blocks: [], freeBlocks: [] };
  for (let i = 0; i < numclasses; i++) {
    t.pools.push(0);
    t.blocks.push(0);
    t.freeBlocks.push(0);
  }
  // Full pools are linked from nowhere, so march over all the arenas.
  let narenas = 0;
  let numfreepools = 0;
  let arenaAlignment = 0;
  for (let i = 0; i < a.maxarenas; i++) {
    if (a.arenaAddress[i] === 0) continue;
    narenas++;
    numfreepools += a.arenaNfreepools[i];
    if (a.arenaAddress[i] % Obmalloc.POOL_SIZE !== 0) arenaAlignment += Obmalloc.POOL_SIZE;
    countArenaPools(a, i, t);
  }
  out += '\n';
  out += 'class   size   num pools   blocks in use  avail blocks\n';
  out += '-----   ----   ---------   -------------  ------------\n';
  let allocatedBytes = 0;
  let availableBytes = 0;
  let poolHeaderBytes = 0;
  let quantization = 0;
  for (let i = 0; i < numclasses; i++) {
    const p = t.pools[i];
    if (p === 0) continue;
    const b = t.blocks[i];
    const f = t.freeBlocks[i];
    const size = index2size(i);
    out += pad(i, 5) + ' ' + pad(size, 6) + ' ' + pad(p, 11) + ' ' + pad(b, 15) + ' ' + pad(f, 13) + '\n';
    allocatedBytes += b * size;
    availableBytes += f * size;
    poolHeaderBytes += p * Obmalloc.POOL_OVERHEAD;
    quantization += p * ((Obmalloc.POOL_SIZE - Obmalloc.POOL_OVERHEAD) % size);
  }
  out += '\n';
  out += printone('# arenas allocated total', a.ntimesArenaAllocated);
  out += printone('# arenas reclaimed', a.ntimesArenaAllocated - narenas);
  out += printone('# arenas highwater mark', a.narenasHighwater);
  out += printone('# arenas allocated current', narenas);
  out += printone(`${narenas} arenas * ${Obmalloc.ARENA_SIZE} bytes/arena`, narenas * Obmalloc.ARENA_SIZE);
  out += '\n';
  // Account for what all of those arena bytes are being used for.
  const rows: [string, number][] = [
    ['# bytes in allocated blocks', allocatedBytes],
    ['# bytes in available blocks', availableBytes],
    [`${numfreepools} unused pools * ${Obmalloc.POOL_SIZE} bytes`, numfreepools * Obmalloc.POOL_SIZE],
    ['# bytes lost to pool headers', poolHeaderBytes],
    ['# bytes lost to quantization', quantization],
    ['# bytes lost to arena alignment', arenaAlignment],
  ];
  let total = 0;
  for (const [msg, value] of rows) {
    out += printone(msg, value);
    total += value;
  }
  out += printone('Total', total);
  return out + arenaMapStats(a);
}

/** The "blocks in use" column of the report: blocks handed out, per size class. */
export function blocksInUseByClass(a: ObjectAllocator): number[] {
  const t: ClassTotals = { pools: [], blocks: [], freeBlocks: [] };
  for (let i = 0; i < Obmalloc.NB_SMALL_SIZE_CLASSES; i++) {
    t.pools.push(0);
    t.blocks.push(0);
    t.freeBlocks.push(0);
  }
  for (let i = 0; i < a.maxarenas; i++) {
    if (a.arenaAddress[i] !== 0) countArenaPools(a, i, t);
  }
  return t.blocks;
}

/** The pools below the arena's pool_address; empty ones (ref.count 0) are not counted. */
function countArenaPools(a: ObjectAllocator, ai: number, t: ClassTotals): void {
  const carved = (a.arenaPoolAddress[ai] - a.arenaFirstPool[ai]) / Obmalloc.POOL_SIZE;
  const first = Obmalloc.NB_SMALL_SIZE_CLASSES + ai * Obmalloc.MAX_POOLS_IN_ARENA;
  for (let pool = first; pool < first + carved; pool++) {
    const count = a.poolCount[pool];
    if (count === 0) continue;
    const sz = a.poolSzidx[pool];
    t.pools[sz]++;
    t.blocks[sz] += count;
    t.freeBlocks[sz] += numblocks(sz) - count;
  }
}

/** The radix tree's part of the report (WITH_PYMALLOC_RADIX_TREE, USE_INTERIOR_NODES). */
function arenaMapStats(a: ObjectAllocator): string {
  const m = a.arenaMap;
  let out = '\narena map counts\n';
  out += printone('# arena map mid nodes', m.midCount);
  out += printone('# arena map bot nodes', m.botCount);
  out += '\n';
  const root = ArenaMapLayout.SIZEOF_ROOT;
  const mid = ArenaMapLayout.SIZEOF_MID * m.midCount;
  const bot = ArenaMapLayout.SIZEOF_BOT * m.botCount;
  out += printone('# bytes lost to arena map root', root);
  out += printone('# bytes lost to arena map mid', mid);
  out += printone('# bytes lost to arena map bot', bot);
  out += printone('Total', root + mid + bot);
  return out;
}

/** CPython 3.11: Python/sysmodule.c sys__debugmallocstats_impl */
export function sysDebugMallocStats(a: ObjectAllocator, typeStatsLines: readonly string[]): string {
  let out = pymallocPrintStats(a) + '\n';
  for (const line of typeStatsLines) out += line + '\n';
  return out;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, ' ');
}
