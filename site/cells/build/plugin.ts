/**
 * The Markdown plugins that turn a chapter's cells into live cells. Before the page is made, the
 * mdast plugin runs all the chapter's cells in order on the kernel (in Node) and leaves a slot
 * element where each ```python cell fence was; the hast plugin fills each slot with the cell's
 * markup (site/cells/build/html.ts): code, the output of that run, and the diagram. The markup is
 * parsed as HTML at the hast stage, so nothing in it is read as Markdown.
 *
 * A cell that raises without `raises=`, or does not raise what its `raises=` names, fails the
 * build with an error naming the file and the cell.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type HastPluginDefinition, type MdastPluginDefinition, type PluginFactoryContext, htmlToHast } from 'satteri';
import { type Cell, cellFilename, extractCells } from './extract.ts';
import { cellHtml } from './html.ts';
import { type CellDiagram, diagramAt } from './diagram.ts';
import type { CellResult } from './run.ts';
import { cellNames, isCell } from './options.ts';
import { checkResult, runChapter } from './run.ts';

const SLOT = 'dataPycellSlot';

/** The chapter's cell markup by fence offset, shared by the two plugins through the document's data. */
interface ChapterData {
  pycells?: Map<number, string>;
}

type Factory<D> = (ctx: PluginFactoryContext) => D | null;

/** The mdast plugin: one kernel run per chapter file. */
export function pyCellsMdast(): Factory<MdastPluginDefinition> {
  return (factory) => {
    if (!/^```python cell/m.test(factory.source)) return null;
    const file = chapterFile(factory.fileURL);
    return {
      name: 'heapbook-pycells',
      options: { position: true },
      before(root, ctx) {
        (ctx.data as ChapterData).pycells = renderChapter(extractCells(root, file), file);
      },
      code(node, ctx) {
        if (!isCell(node.lang, node.meta)) return;
        const offset = node.position?.start.offset ?? -1;
        ctx.replaceNode(node, { type: 'pycellSlot', data: { hName: 'div', hProperties: { [SLOT]: String(offset) } } });
      },
    };
  };
}

/** The hast plugin: slots become the cells' markup. */
export function pyCellsHast(): Factory<HastPluginDefinition> {
  return (factory) => {
    if (!/^```python cell/m.test(factory.source)) return null;
    return {
      name: 'heapbook-pycells-markup',
      element: {
        filter: ['div'],
        visit(node, ctx) {
          const slot = node.properties?.[SLOT];
          if (slot === undefined) return;
          const markup = (ctx.data as ChapterData).pycells?.get(Number(slot));
          if (markup === undefined) throw new Error(`${chapterFile(ctx.fileURL)}: no markup for the cell at offset ${slot}`);
          const tree = htmlToHast(markup, { fragment: true }) as { children: unknown[] };
          ctx.replaceNode(node, tree.children as never);
        },
      },
    };
  };
}

function chapterFile(url: URL | undefined): string {
  return url ? relative(process.cwd(), fileURLToPath(url)) : '<chapter>';
}

/** Runs the cells and makes their markup, keyed by the fence's offset; throws on a failed cell. */
function renderChapter(cells: readonly Cell[], file: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const r of runChapter(cells)) {
    const problem = checkResult(r);
    if (problem !== null) throw new Error(`${file}:${r.cell.line}: cell ${r.cell.index} ${problem}`);
    out.set(r.cell.offset, cellHtml(r, cellDiagram(r, file)));
  }
  return out;
}

function cellDiagram(r: CellResult, file: string): CellDiagram | null {
  const view = r.cell.options.view;
  if (view === null || r.timeline === null) return null;
  try {
    const names = r.cell.options.names === 'cell' ? cellNames(r.cell.source) : undefined;
    return diagramAt(r.timeline, view, r.cell.options.step, `pycell${r.cell.index}`, { cellFile: cellFilename(r.cell.index), names });
  } catch (e) {
    throw new Error(`${file}:${r.cell.line}: cell ${r.cell.index}: ${(e as Error).message}`);
  }
}
