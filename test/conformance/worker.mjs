// One conformance case in a fresh kernel. Plain JavaScript: it imports the bundled kernel that
// runner.ts built, because worker threads get no TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';

process.setSourceMapsEnabled(true);

/** @type {{ kernel: string, kind: 'program' | 'repl', file: string, source: string, argv: string[] }} */
const job = workerData;
const out = { 1: [], 2: [] };
// A REPL transcript holds both streams in terminal order; a program keeps them apart.
const write = job.kind === 'repl' ? (_fd, text) => out[1].push(text) : (fd, text) => out[fd].push(text);

let code = -1;
let crash;
try {
  const { createInterpreter } = await import(job.kernel);
  const interp = createInterpreter({ argv: job.argv, write });
  if (job.kind === 'program') {
    code = interp.runMain(job.source, job.file);
  } else {
    code = replay(interp, job.source);
  }
  // Shutdown (atexit, final collection) belongs to the run; as CPython's Py_RunMain, a failing
  // finalization replaces the run's exit status.
  const finalCode = interp.finalize();
  if (finalCode !== 0) code = finalCode;
} catch (error) {
  crash = `JavaScript exception escaped the kernel: ${error instanceof Error ? error.stack : String(error)}`;
}
parentPort.postMessage({ stdout: out[1].join(''), stderr: out[2].join(''), code, crash });

/** As repl/record_repl.py: echo each line after its prompt, then feed it to the console. */
function replay(interp, source) {
  const lines = source.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  let more = false;
  for (const line of lines) {
    out[1].push(`${more ? '... ' : '>>> '}${line}\n`);
    more = interp.replPush(line).more;
  }
  if (more) {
    out[1].push('... \n');
    interp.replPush('');
  }
  return 0;
}
