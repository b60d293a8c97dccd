// Every cell of content/ prints on the kernel exactly what CPython 3.11 prints: each chapter's
// cells run in order in one interpreter, as the page runs them, on the kernel and under python3
// (test/content/run_cells.py), and each cell's stdout and stderr must match byte for byte.
import { describe, expect, it } from 'vitest';
import { checkResult, runChapter } from '../../site/cells/build/index.ts';
import { chapterCells, chapterFiles, runOnCPython, runOnKernel } from './chapters.ts';

const files = chapterFiles();

describe('content cells', () => {
  it('finds the chapters with cells', () => {
    expect(files).toContain('names-and-objects.mdx');
    expect(files).toContain('reference-counting.mdx');
  });

  for (const file of files) {
    describe(file, () => {
      const cells = chapterCells(file);

      it('every cell ends as its options say (as the build checks)', () => {
        const problems = runChapter(cells).map((r) => checkResult(r)).map((p, i) => (p === null ? null : `cell ${i + 1}: ${p}`));
        expect(problems.filter((p) => p !== null)).toEqual([]);
      });

      it('prints what CPython 3.11 prints', () => {
        const kernel = runOnKernel(cells);
        const cpython = runOnCPython(cells);
        for (const [i, cell] of cells.entries()) {
          const where = `content/${file}:${cell.line} (cell ${cell.index})`;
          expect(kernel[i].stdout, `${where} stdout`).toBe(cpython[i].stdout);
          expect(kernel[i].stderr, `${where} stderr`).toBe(cpython[i].stderr);
        }
      });
    });
  }
});
