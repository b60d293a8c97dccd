// What the observation workers (observe_worker.mjs) import, bundled into one ES module as
// test/conformance does for the kernel: worker threads get no TypeScript loader.
export { createInterpreter } from '../../kernel/index.ts';
export { reconstruct, snapshots, stepCount } from '../../kernel/observe/timeline.ts';
export { mismatches } from './accounting.ts';
