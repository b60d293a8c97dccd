// The chapters of content/ and their cells, found as the build finds them (same parser, same
// extractor), and the two ways to run them: on the kernel as the page does, and under CPython.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxToMdast } from 'satteri';
import { type Cell, cellFilename, extractCells, runChapter } from '../../site/cells/build/index.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const CONTENT = resolve(HERE, '../../content');
const MARK = '\n\x00--heapbook-cell-end--\x00\n';

export interface CellOutput {
  stdout: string;
  stderr: string;
}

/** Chapter files (relative to content/) that hold cells. */
export function chapterFiles(): string[] {
  return readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f) && !f.split('/').some((p) => p.startsWith('_')))
    .filter((f) => /^```python cell/m.test(readFileSync(join(CONTENT, f), 'utf8')))
    .sort();
}

export function chapterCells(file: string): Cell[] {
  const tree = mdxToMdast(readFileSync(join(CONTENT, file), 'utf8'), { position: true });
  return extractCells(tree as never, `content/${file}`);
}

export function runOnKernel(cells: readonly Cell[]): CellOutput[] {
  return runChapter(cells).map((r) => ({
    stdout: r.output.filter((c) => c.fd === 1).map((c) => c.text).join(''),
    stderr: r.output.filter((c) => c.fd === 2).map((c) => c.text).join(''),
  }));
}

export function runOnCPython(cells: readonly Cell[]): CellOutput[] {
  const dir = mkdtempSync(join(tmpdir(), 'heapbook-content-'));
  try {
    const json = join(dir, 'cells.json');
    writeFileSync(json, JSON.stringify(cells.map((c) => ({ file: cellFilename(c.index), source: c.source }))));
    // No PYTHON* variable: they change what CPython prints (as in test/oracle/record.py).
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PYTHON')));
    const driver = `__import__('sys').path.insert(0, ${JSON.stringify(HERE)}); __import__('run_cells').main()`;
    const r = spawnSync('python3', ['-B', '-c', driver, json], { encoding: 'utf8', env, timeout: 60_000 });
    if (r.error) throw r.error;
    const out = r.stdout.split(MARK);
    const err = r.stderr.split(MARK);
    if (out.length !== cells.length + 1) throw new Error(`python3 ran ${out.length - 1} of ${cells.length} cells:\n${r.stderr}`);
    return cells.map((_, i) => ({ stdout: out[i], stderr: err[i] }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
