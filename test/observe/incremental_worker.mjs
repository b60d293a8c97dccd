// One program recorded in a fresh kernel (incremental.test.ts): a fresh realm for each run, so
// that two runs start from the same state (the kernel's static objects are shared between the
// interpreters of a realm and keep their counts). Plain JavaScript: it imports the bundle made
// from incremental_entry.ts.
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ bundle: string, file: string, source: string, options: object }} */
const job = workerData;
let timeline = null;
let crash;
try {
  const { recordRun } = await import(job.bundle);
  timeline = recordRun(job.source, { filename: job.file, ...job.options }).timeline;
} catch (error) {
  crash = error instanceof Error ? error.stack : String(error);
}
parentPort.postMessage({ timeline, crash });
