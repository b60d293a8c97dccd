// One program in a fresh kernel with the collector in stress mode (a collection at every GC
// allocation) and its invariants checked: the lists and flags at every phase of every
// collection, then the whole heap once the program has run. Plain JavaScript: it imports the
// bundle that stress.test.ts built.
import { parentPort, workerData } from 'node:worker_threads';

const job = workerData;
const out = { 1: [], 2: [] };
let code = -1;
let crash;
let invariant;
try {
  const k = await import(job.kernel);
  k.gcHooks.validate = 1;
  const interp = k.createInterpreter({ argv: job.argv, write: (fd, text) => out[fd].push(text), stressGc: true });
  code = interp.runMain(job.source, job.file);
  try {
    k.validateGenerations();
    k.validateHeap();
  } catch (error) {
    invariant = error instanceof Error ? error.message : String(error);
  }
  const finalCode = interp.finalize();
  if (finalCode !== 0) code = finalCode;
} catch (error) {
  crash = error instanceof Error ? error.stack : String(error);
}
parentPort.postMessage({ stdout: out[1].join(''), stderr: out[2].join(''), code, crash, invariant });
