// What incremental_worker.mjs imports, bundled into one ES module (worker threads get no
// TypeScript loader).
export { recordRun } from '../../kernel/index.ts';
