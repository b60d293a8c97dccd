/**
 * The cells of a chapter, in document order, from its Markdown tree (the build reads the tree
 * the page is made from; the content test parses the same file with the same parser).
 */
import { type CellOptions, isCell, parseCellOptions } from './options.ts';

export interface Cell {
  /** 1-based position among the chapter's cells (hidden ones included); the cell runs as `cell<index>.py`. */
  index: number;
  source: string;
  options: CellOptions;
  /** Where the fence starts in the chapter file (1-based line), for error messages. */
  line: number;
  /** Offset of the fence in the chapter file: the key that finds the cell's node again. */
  offset: number;
}

interface TreeNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  position?: { start: { line: number; offset?: number } };
  children?: readonly TreeNode[];
}

/** Every cell of a tree, in order. Throws for a bad option, naming the file and the line. */
export function extractCells(root: TreeNode, file: string): Cell[] {
  const cells: Cell[] = [];
  walk(root, (node) => {
    if (node.type !== 'code' || !isCell(node.lang, node.meta)) return;
    const line = node.position?.start.line ?? 0;
    let options: CellOptions;
    try {
      options = parseCellOptions(node.meta!);
    } catch (e) {
      throw new Error(`${file}:${line}: cell ${cells.length + 1}: ${(e as Error).message}`);
    }
    cells.push({ index: cells.length + 1, source: (node.value ?? '') + '\n', options, line, offset: node.position?.start.offset ?? -1 });
  });
  return cells;
}

function walk(node: TreeNode, visit: (n: TreeNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** The file name a cell runs under: tracebacks show it, as CPython shows a script's path. */
export function cellFilename(index: number): string {
  return `cell${index}.py`;
}
