/**
 * A cell's diagram at build time: the recorded run's snapshot at the cell's step, drawn as SVG,
 * with its caption. The page draws the same step first, with the same fresh placement memory,
 * so the picture does not change when the stepper takes over.
 */
import type { Timeline } from '../../../kernel/protocol.ts';
// Not from kernel/index.ts: the page's stepper imports this file, and must not bundle the kernel.
import { reconstruct, stepCount } from '../../../kernel/observe/timeline.ts';
import { createPlacementMemory, renderDiagram } from '../../diagram/index.ts';
import { stepLabel } from './diagram-step.ts';
import type { CellView } from './options.ts';

export interface CellDiagram {
  svg: string;
  caption: string;
}

/** The step a `step=` option names; throws when the run has no such step. */
export function stepIndex(t: Timeline, step: number | 'last'): number {
  const n = stepCount(t);
  if (step === 'last') return n - 1;
  if (step >= n) throw new Error(`step=${step}, but the run's steps are 0 to ${n - 1}`);
  return step;
}

/** The last step where a collection runs (what `step=last` shows in the gc view). */
function lastCollectionStep(t: Timeline): number {
  for (let i = stepCount(t) - 1; i >= 0; i--) if (reconstruct(t, i).collection != null) return i;
  throw new Error('view=gc, but no collection runs in the cell (call gc.collect())');
}

export function initialStep(t: Timeline, view: CellView, step: number | 'last'): number {
  return view === 'gc' && step === 'last' ? lastCollectionStep(t) : stepIndex(t, step);
}

/** How a cell's diagram is drawn besides its view and step. */
export interface CellDrawing {
  /** The cell's file (`cell3.py`): the caption tells the cell's lines from other files' lines. */
  cellFile?: string;
  /** `names=cell`: the globals the heap view draws (site/cells/build/options.ts cellNames). */
  names?: ReadonlySet<string>;
}

export function diagramAt(t: Timeline, view: CellView, step: number | 'last', idPrefix: string, how: CellDrawing = {}): CellDiagram {
  const i = initialStep(t, view, step);
  const snap = reconstruct(t, i);
  const previousAllocator = view === 'allocator' && i > 0 ? reconstruct(t, i - 1).allocator : null;
  const svg = renderDiagram(snap, view, { memory: createPlacementMemory(), idPrefix, theme: 'auto', previousAllocator, names: how.names });
  return { svg, caption: stepLabel(snap, i, stepCount(t), how.cellFile) };
}
