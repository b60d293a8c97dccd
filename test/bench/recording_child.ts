// The recorder's and the renderer's cost on real runs (issue 5), run by test/bench/recording.ts
// from an esbuild bundle (no TypeScript loader in the way of the timings). Not a test.
//
//   - snapshot, layout and render of real heaps of 100, 1,000 and 10,000 objects (target: 1,000
//     under 100 ms for layout + render);
//   - recording on vs off on the benchmark programs (target: under 3×), with the bytes kept per step;
//   - 10,000 steps of a program holding 1,000 objects (target: under 50 MB kept).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterpreter, recordRun } from '../../kernel/index.ts';
import { createPlacementMemory, layoutHeap, renderHeap } from '../../site/diagram/index.ts';

const PROGRAMS = process.argv[2];
/** Steps recorded per benchmark program (the default budget is 10,000). */
const STEPS = 2000;

function cpuMs(f: () => void): number {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function pad(s: string | number, n: number): string {
  return String(s).padStart(n);
}

/** A heap of about `n` drawn objects: lists of an int and a string, under one list. */
function heapProgram(n: number): string {
  return `rows = [[i * 1000, str(i)] for i in range(${Math.floor(n / 3)})]\n`;
}

function benchRealHeaps(): void {
  console.log('real heaps (median CPU ms)   objects   snapshot   layout   render (with layout)   stepping render   SVG KiB');
  for (const n of [100, 1000, 10000]) {
    const interp = createInterpreter({ write: () => {} });
    interp.runMain(heapProgram(n), 'heap.py');
    const opts = { maxObjects: n + 100 };
    const s = interp.snapshot(opts);
    const runs = n >= 10000 ? 3 : 9;
    const snap: number[] = [];
    const lay: number[] = [];
    const ren: number[] = [];
    const step: number[] = [];
    const memory = createPlacementMemory();
    renderHeap(s, { memory });
    for (let i = 0; i < runs; i++) {
      snap.push(cpuMs(() => interp.snapshot(opts)));
      lay.push(cpuMs(() => layoutHeap(s)));
      ren.push(cpuMs(() => renderHeap(s)));
      step.push(cpuMs(() => renderHeap(s, { memory })));
    }
    const kib = renderHeap(s).svg.length / 1024;
    console.log(`${pad('', 28)} ${pad(s.objects.length, 8)} ${pad(median(snap).toFixed(1), 10)} ${pad(median(lay).toFixed(1), 8)} ${pad(median(ren).toFixed(1), 22)} ${pad(median(step).toFixed(1), 17)} ${pad(kib.toFixed(0), 9)}`);
    interp.finalize();
  }
  console.log('target: layout + render of 1,000 objects under 100 ms');
}

function benchOverhead(): void {
  const files = readdirSync(PROGRAMS).filter((f) => f.endsWith('.py')).sort();
  console.log(`\nrecording on vs off (CPU ms, off the median of 3 runs; a budget of ${STEPS} steps, then the program runs on unobserved)`);
  console.log('program            off        on    on/off   steps   ms/step  objects   end            KiB kept   bytes/step');
  const ratios: number[] = [];
  for (const f of files) {
    const src = readFileSync(join(PROGRAMS, f), 'utf8');
    // The run without recording is short for some programs: the median of three.
    const off = median(
      [0, 1, 2].map(() =>
        cpuMs(() => {
          const interp = createInterpreter({ write: () => {} });
          interp.runMain(src, f);
          interp.finalize();
        }),
      ),
    );
    let kept = 0;
    let steps = 0;
    let objects = 0;
    let end = '';
    const on = cpuMs(() => {
      const r = recordRun(src, { filename: f, maxSteps: STEPS });
      kept = JSON.stringify(r.timeline).length;
      steps = r.timeline.deltas.length + 1;
      objects = Math.max(...r.timeline.keyframes.map((k) => k.snapshot.objects.length));
      end = r.timeline.end?.reason ?? '?';
    });
    ratios.push(on / off);
    const perStep = (on - off) / steps;
    console.log(`${f.padEnd(16)} ${pad(off.toFixed(0), 6)} ${pad(on.toFixed(0), 9)} ${pad((on / off).toFixed(1) + '×', 8)} ${pad(steps, 7)} ${pad(perStep.toFixed(2), 8)} ${pad(objects, 8)}   ${end.padEnd(12)} ${pad((kept / 1024).toFixed(0), 10)} ${pad((kept / steps).toFixed(0), 12)}`);
  }
  const gm = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
  console.log(`geometric mean on/off: ${gm.toFixed(2)}× (target: under 3×)`);
}

function benchLongRun(): void {
  const src = `class Node:
    def __init__(self, v):
        self.v = v
nodes = [Node(i) for i in range(330)]
names = [str(i) for i in range(330)]
total = 0
for step in range(20000):
    total += step
    nodes[step % 330].v = step
print(total)
`;
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const before = process.memoryUsage().heapUsed;
  let bytes = 0;
  let steps = 0;
  let objects = 0;
  let end = '';
  const ms = cpuMs(() => {
    const r = recordRun(src, { filename: 'long.py' });
    bytes = JSON.stringify(r.timeline).length;
    steps = r.timeline.deltas.length + 1;
    objects = r.timeline.keyframes.at(-1)!.snapshot.objects.length;
    end = r.timeline.end?.message ?? '';
    (globalThis as { keep?: unknown }).keep = r.timeline;
  });
  collect?.();
  const heap = process.memoryUsage().heapUsed - before;
  console.log(
    `\n${steps} steps of a run holding ${objects} drawn objects: ${(bytes / 1024 / 1024).toFixed(1)} MB as JSON ` +
      `(${(bytes / steps).toFixed(0)} bytes/step), ${(heap / 1024 / 1024).toFixed(0)} MB of JS heap kept${collect === undefined ? ' (before garbage collection)' : ''}, ${(ms / 1000).toFixed(1)} s CPU (${(ms / steps).toFixed(2)} ms/step); ${end}`,
  );
  console.log('target: 10,000 steps of a 1,000-object program under 50 MB');
}

benchRealHeaps();
benchOverhead();
benchLongRun();
