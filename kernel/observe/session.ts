/**
 * NON-CPYTHON: recording on an interpreter a host drives: one timeline per run (a script, or
 * each cell of a notebook run on the same interpreter), and a snapshot between runs.
 */
import type { HeapSnapshot, Timeline } from '../protocol.ts';
import { ObserveState, type SnapshotOptions, takeSnapshot } from './snapshot.ts';
import { Recording, type RecordOptions } from './recorder.ts';

export interface RecordResult {
  /** The run's exit status, as runMain returns it. */
  exitCode: number;
  timeline: Timeline;
}

/** What one interpreter keeps between its recorded runs (frame ids, the last snapshot). */
export class ObserveSession {
  private readonly state = new ObserveState();

  /** Runs `run` (which runs the program) while recording it. */
  record(filename: string, options: RecordOptions, run: () => number): RecordResult {
    this.state.filename = filename;
    const rec = new Recording(this.state, options);
    rec.start();
    let exitCode: number;
    try {
      exitCode = run();
    } catch (e) {
      rec.finish('error', `the kernel failed: ${e instanceof Error ? e.message : String(e)}`);
      throw e;
    }
    if (exitCode === 0) rec.finish('finished', 'the program finished');
    else rec.finish('exception', `the program ended with exit status ${exitCode}`);
    this.state.collection = null;
    return { exitCode, timeline: rec.timeline };
  }

  /** A snapshot of the interpreter as it is now. */
  snapshot(options: SnapshotOptions = {}): HeapSnapshot {
    return takeSnapshot(this.state, options);
  }
}
