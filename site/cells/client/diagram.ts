/**
 * A run's timeline as steps to draw: the snapshot of step i is rebuilt from the timeline's
 * keyframes and deltas (kernel/observe/timeline.ts, pure data) and drawn by the diagram renderer
 * (site/diagram/), with one placement memory per run so boxes keep their places from step to
 * step. Loaded with the first diagram.
 */
import type { Timeline } from '../../../kernel/protocol.ts';
// Not from kernel/index.ts: the page must not bundle the kernel; timeline.ts is pure data code.
import { reconstruct, stepCount } from '../../../kernel/observe/timeline.ts';
import { type View, createPlacementMemory, renderDiagram } from '../../diagram/index.ts';
import { type StepSource, Stepper } from './stepper.ts';
import { stepLabel } from '../build/diagram-step.ts';
import { type CellDrawing, initialStep } from '../build/diagram.ts';

export function timelineSource(t: Timeline, view: View, idPrefix: string, how: CellDrawing = {}): StepSource {
  const memory = createPlacementMemory();
  return {
    count: stepCount(t),
    render: (i) => {
      try {
        const previousAllocator = view === 'allocator' && i > 0 ? reconstruct(t, i - 1).allocator : null;
        return renderDiagram(reconstruct(t, i), view, { memory, idPrefix, theme: 'auto', previousAllocator, names: how.names });
      } catch (e) {
        // The gc view has nothing to draw at a step where no collection runs.
        return `<p class="pycell-nodiagram">${(e as Error).message.replace(/^diagram: /, '').replace(/[<>&]/g, '')}</p>`;
      }
    },
    label: (i) => stepLabel(reconstruct(t, i), i, stepCount(t), how.cellFile),
  };
}

/** `drawn`: the build's picture of the initial step, kept until the reader steps (Stepper). */
export function mountStepper(
  figure: HTMLElement, t: Timeline, view: View, step: number | 'last', idPrefix: string, how: CellDrawing = {},
  drawn: HTMLElement | null = null,
): Stepper {
  const source = timelineSource(t, view, idPrefix, how);
  let first = source.count - 1;
  try {
    first = initialStep(t, view, step === 'last' ? step : Math.min(step, first));
  } catch {
    // An edited cell may have no collection to show: then its last step.
  }
  return new Stepper(figure, source, first, drawn);
}
