/**
 * NON-CPYTHON: record one program in a fresh interpreter, as `python3 FILE` would run it, and
 * return its timeline and what it printed. For a notebook (several cells on one interpreter),
 * call `interp.recordMain` on each cell instead: createInterpreter (and so recordRun) resets the
 * kernel's global state, one interpreter at a time per JavaScript realm.
 */
import { createInterpreter, type KernelOutput } from '../host/interpreter.ts';
import type { RecordOptions } from './recorder.ts';
import type { RecordResult } from './session.ts';

export interface RecordRunOptions extends RecordOptions {
  /** The program's file name in tracebacks (default 'main.py'). */
  filename?: string;
  /** sys.argv (default [filename]). */
  argv?: string[];
  /** Instructions the program may run before KeyboardInterrupt (default unlimited). */
  stepBudget?: number;
  /** Receives the output as it is written; it is also collected in `stdout` and `stderr`. */
  write?: KernelOutput;
}

export interface RecordRunResult extends RecordResult {
  stdout: string;
  stderr: string;
}

export function recordRun(source: string, options: RecordRunOptions = {}): RecordRunResult {
  const filename = options.filename ?? 'main.py';
  const out: Record<1 | 2, string[]> = { 1: [], 2: [] };
  const interp = createInterpreter({
    argv: options.argv ?? [filename],
    stepBudget: options.stepBudget,
    write: (fd, text) => {
      out[fd].push(text);
      options.write?.(fd, text);
    },
  });
  const result = interp.recordMain(source, filename, options);
  // Shutdown belongs to the run (atexit, the last collection) but is not recorded.
  const finalCode = interp.finalize();
  return {
    exitCode: finalCode !== 0 ? finalCode : result.exitCode,
    timeline: result.timeline,
    stdout: out[1].join(''),
    stderr: out[2].join(''),
  };
}
