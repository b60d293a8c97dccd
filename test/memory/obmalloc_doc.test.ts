// kernel/memory/obmalloc.md must not drift: its size-class table is checked against
// pycore_obmalloc.ts and its worked example is run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ObjectAllocator } from '../../kernel/memory/obmalloc.ts';
import { Obmalloc, index2size, numblocks } from '../../kernel/memory/pycore_obmalloc.ts';

const doc = readFileSync(new URL('../../kernel/memory/obmalloc.md', import.meta.url), 'utf8');

describe('obmalloc.md', () => {
  it('has the size-class table of pycore_obmalloc.ts', () => {
    const rows = doc
      .split('\n')
      .filter((l) => /^\|\s*\d+\s*\|\s*\d+\s*\|\s*\d+\s*\|\s*\d+\s*\|$/.test(l))
      .map((l) => l.split('|').slice(1, 5).map(Number));
    expect(rows.length).toBe(Obmalloc.NB_SMALL_SIZE_CLASSES);
    rows.forEach(([cls, size, blocks, quantization], i) => {
      expect(cls).toBe(i);
      expect(size).toBe(index2size(i));
      expect(blocks).toBe(numblocks(i));
      expect(quantization).toBe((Obmalloc.POOL_SIZE - Obmalloc.POOL_OVERHEAD) % size);
    });
  });

  it('runs its worked example with the results it shows', () => {
    const block = /```js\n([\s\S]*?)```/.exec(doc)![1];
    const expected = [...block.matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1].trim());
    const shown: string[] = [];
    const show = (v: unknown): void => {
      shown.push(String(v));
    };
    const hex = (n: number): string => '0x' + n.toString(16);
    const run = new Function('ObjectAllocator', 'show', 'hex', block);
    run(ObjectAllocator, show, hex);
    expect(shown).toEqual(expected);
  });
});
