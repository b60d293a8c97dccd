/** Words for a diagram step, shared by the build's caption and the page's stepper. */
import type { HeapSnapshot } from '../../../kernel/protocol.ts';

/**
 * Where a step is: `line 2` in the cell's own file; in another file (a function defined in an
 * earlier cell, a library module) the function and the file too, `line 6 in f (cell2.py)`, so
 * that the number is not read as a line of this cell. `cellFile` is the cell's file name
 * (`cell3.py`); without it, the file of the outermost frame (the cell's module code).
 */
export function whereText(s: HeapSnapshot, cellFile?: string): string {
  const { line, filename } = s.step;
  if (line === null) return 'after the last line';
  const home = cellFile ?? s.frames.find((f) => !f.suspended)?.filename;
  if (home === undefined || filename === home) return `line ${line}`;
  let fn: string | undefined;
  for (const f of s.frames) if (!f.suspended && f.filename === filename) fn = f.codeName;
  return fn === undefined || fn === '<module>' ? `line ${line} of ${filename}` : `line ${line} in ${fn} (${filename})`;
}

/**
 * "step 3 of 0–5 · line 2". Steps count from 0 (before the first line), as the diagram's own
 * title and the `step=` option count them.
 */
export function stepLabel(s: HeapSnapshot, index: number, count: number, cellFile?: string): string {
  const where = index === 0 ? 'before the first line' : whereText(s, cellFile);
  return `step ${index} of 0–${count - 1} · ${where}`;
}
