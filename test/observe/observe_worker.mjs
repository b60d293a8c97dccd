// One conformance program in a fresh kernel, run plain or recorded (observation_conformance
// test). Plain JavaScript: it imports the bundle made from observe_entry.ts.
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ bundle: string, mode: 'plain' | 'record', file: string, source: string, argv: string[], maxSteps: number }} */
const job = workerData;
const out = { 1: [], 2: [] };
const write = (fd, text) => out[fd].push(text);
let code = -1;
let crash;
const check = { steps: 0, builtinSteps: 0, problems: [] };
try {
  const { createInterpreter, snapshots, mismatches } = await import(job.bundle);
  const interp = createInterpreter({ argv: job.argv, write });
  if (job.mode === 'plain') {
    code = interp.runMain(job.source, job.file);
  } else {
    const { exitCode, timeline } = interp.recordMain(job.source, job.file, { maxSteps: job.maxSteps });
    code = exitCode;
    let i = -1;
    for (const s of snapshots(timeline)) {
      i++;
      check.steps++;
      if (s.externalRefs.some((e) => e.note?.startsWith('the builtin call running'))) check.builtinSteps++;
      for (const m of mismatches(s)) {
        if (check.problems.length < 5) {
          check.problems.push(`step ${i} (line ${s.step.line}): ${m.object.type} ${m.object.summary} has refcount ${m.object.refcount}, its listed holders add up to ${m.listed}`);
        }
      }
    }
  }
  const finalCode = interp.finalize();
  if (finalCode !== 0) code = finalCode;
} catch (error) {
  crash = `JavaScript exception escaped the kernel: ${error instanceof Error ? error.stack : String(error)}`;
}
parentPort.postMessage({ stdout: out[1].join(''), stderr: out[2].join(''), code, crash, check });
