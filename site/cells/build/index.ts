// Build-time cells: the Markdown plugin and what tests need to run a chapter as the page does.
export { pyCellsHast, pyCellsMdast } from './plugin.ts';
export { libOnDemand } from './lib-on-demand.ts';
export { earlyWorkerUrl } from './early-worker.ts';
export { type Cell, cellFilename, extractCells } from './extract.ts';
export { type CellOptions, type CellView, isCell, parseCellOptions } from './options.ts';
export { type CellResult, checkResult, runChapter } from './run.ts';
export { type OutputChunk, exceptionOf } from './output.ts';
