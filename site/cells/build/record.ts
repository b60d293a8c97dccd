/**
 * What a cell's `view=` asks the kernel to record, and the run itself: cells with a diagram run
 * recorded (a timeline of heap snapshots, one step per line), the others plainly. Recording does
 * not change the run: the output, counts and addresses are the same. Used by the build and by
 * the page's worker.
 */
import type { Interpreter } from '../../../kernel/index.ts';
import type { Timeline } from '../../../kernel/protocol.ts';
import type { CellView } from './options.ts';

export interface RecordRequest {
  /** pymalloc's state in every snapshot (the allocator view). */
  allocator: boolean;
  /** A step at each phase of a collection (the gc view). */
  gc: boolean;
}

export function recordRequestFor(view: CellView | null): RecordRequest | null {
  return view === null ? null : { allocator: view === 'allocator', gc: view === 'gc' };
}

export interface CellRun {
  status: number;
  timeline: Timeline | null;
}

export function runCell(interp: Interpreter, source: string, filename: string, record: RecordRequest | null): CellRun {
  if (record === null) return { status: interp.runMain(source, filename), timeline: null };
  const r = interp.recordMain(source, filename, { allocator: record.allocator, fine: record.gc ? { gc: true } : {} });
  return { status: r.exitCode, timeline: r.timeline };
}
