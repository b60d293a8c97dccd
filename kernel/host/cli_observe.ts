// The command line's diagrams and event trace (NON-CPYTHON: python3 has neither).
//
//   heapbook run FILE.py --diagram out.svg [--step N] [--view heap|allocator|gc] [--theme light|dark] [--fine]
//   heapbook run FILE.py --trace
//
// The run is recorded as a timeline (kernel/observe/), the chosen step is drawn with the site's
// renderer (site/diagram/) and written as an SVG file. The trace prints one line per heap event
// on stderr, in order with the program's own output, which stays as python3 prints it.
import { writeFileSync } from 'node:fs';
import type { HeapEvent, HeapSnapshot, Timeline } from '../protocol.ts';
import type { RecordOptions } from '../observe/recorder.ts';
import { reconstruct, snapshots, stepCount } from '../observe/timeline.ts';
import { eventText } from '../observe/trace.ts';
import { type PlacementMemory, type ThemeName, type View, createPlacementMemory, layoutHeap, renderDiagram } from '../../site/diagram/index.ts';

export const OBSERVE_USAGE = `  --diagram OUT.svg      (with run/-c) record the run and write a diagram of one step
  --step N               the step to draw: 0 is the first, -1 (the default) the last
  --fine                 also record steps inside a line: each instruction that changed a
                         drawn object's count, each deallocation of one, each collector phase
  --view heap|allocator|gc   which diagram (default heap; gc draws a collector phase)
  --theme light|dark     colours of the diagram (default light)
  --trace                print every heap event on stderr, one line each
`;

/** What the command line asked to observe. */
export interface ObserveRequest {
  diagram: string | null;
  step: number | null;
  view: View;
  theme: ThemeName;
  trace: boolean;
  fine: boolean;
}

const VIEWS = new Set<string>(['heap', 'allocator', 'gc']);
const THEMES = new Set<string>(['light', 'dark']);

/**
 * Takes the observation flags out of `args` (anywhere before a `--`); returns them with the
 * remaining arguments, or an error message.
 */
export function parseObserveFlags(args: string[]): { request: ObserveRequest | null; rest: string[] } | { error: string } {
  const req: ObserveRequest = { diagram: null, step: null, view: 'heap', theme: 'light', trace: false, fine: false };
  let any = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      rest.push(...args.slice(i + 1));
      break;
    }
    const value = (): string | null => (i + 1 < args.length ? args[++i] : null);
    switch (a) {
      case '--diagram': {
        const v = value();
        if (v === null) return { error: 'argument expected for --diagram' };
        req.diagram = v;
        any = true;
        break;
      }
      case '--step': {
        const v = value();
        if (v === null || !/^-?\d+$/.test(v)) return { error: `--step expects an integer, not ${v ?? 'nothing'}` };
        req.step = Number(v);
        any = true;
        break;
      }
      case '--view': {
        const v = value();
        if (v === null || !VIEWS.has(v)) return { error: `--view expects heap, allocator or gc, not ${v ?? 'nothing'}` };
        req.view = v as View;
        any = true;
        break;
      }
      case '--theme': {
        const v = value();
        if (v === null || !THEMES.has(v)) return { error: `--theme expects light or dark, not ${v ?? 'nothing'}` };
        req.theme = v as ThemeName;
        any = true;
        break;
      }
      case '--fine':
        req.fine = true;
        any = true;
        break;
      case '--trace':
        req.trace = true;
        any = true;
        break;
      default:
        rest.push(a);
    }
  }
  if (any && req.diagram === null && !req.trace) return { error: '--step, --view, --theme and --fine go with --diagram' };
  return { request: any ? req : null, rest };
}

/** The recording a request needs (the events themselves are sent by the worker). */
export function recordOptionsFor(req: ObserveRequest): RecordOptions {
  return {
    allocator: req.diagram !== null && req.view === 'allocator',
    fine: req.fine ? { refcount: true, dealloc: true, gc: true } : { gc: req.diagram !== null && req.view === 'gc' },
  };
}

export function traceLine(e: HeapEvent): string {
  return `${eventText(e)}\n`;
}

/**
 * The step a request draws: --step N (negative from the end); for the gc view, by default the
 * last collector phase. The heap view lays out the steps before it with the same placement
 * memory, so objects stand where stepping through the run would show them.
 */
function chooseStep(t: Timeline, req: ObserveRequest, memory: PlacementMemory): HeapSnapshot | string {
  const n = stepCount(t);
  if (n === 0) return 'nothing was recorded';
  if (req.view === 'gc' && req.step === null) {
    let found: HeapSnapshot | null = null;
    for (const s of snapshots(t)) if (s.collection != null) found = s;
    return found ?? 'no collection ran during the program (the gc view draws a collector phase)';
  }
  const want = req.step ?? -1;
  const index = want < 0 ? n + want : want;
  if (index < 0 || index >= n) return `--step ${want} is outside the ${n} recorded steps (0..${n - 1}, or -1..-${n})`;
  let i = 0;
  for (const s of snapshots(t)) {
    if (i++ === index) return s;
    if (req.view === 'heap') layoutHeap(s, memory);
  }
  return 'nothing was recorded';
}

/** Draws the requested step and writes the SVG; returns an error message or null. */
export function writeDiagram(t: Timeline, req: ObserveRequest): string | null {
  const memory = createPlacementMemory();
  const s = chooseStep(t, req, memory);
  if (typeof s === 'string') return s;
  let svg: string;
  try {
    // The allocator view gives a tile to the pools that changed since the previous step.
    const previousAllocator = req.view === 'allocator' && s.step.index > 0 ? reconstruct(t, s.step.index - 1).allocator : null;
    svg = renderDiagram(s, req.view, { theme: req.theme, memory, previousAllocator });
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  try {
    writeFileSync(req.diagram!, svg);
  } catch (e) {
    return `cannot write ${req.diagram}: ${(e as NodeJS.ErrnoException).message}`;
  }
  return null;
}
