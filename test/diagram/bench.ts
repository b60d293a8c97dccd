// Benchmark of the diagram renderer and the timeline store (not a test: it asserts nothing).
//   npx tsx test/diagram/bench.ts
// Prints layout and render times of the heap view for 100 / 1,000 / 10,000 objects (target:
// 1,000 under 100 ms), the SVG size, and the bytes a recorded step costs in a timeline.
import { TimelineRecorder } from '../../kernel/observe/timeline.ts';
import type { HeapSnapshot } from '../../kernel/protocol.ts';
import { createPlacementMemory, layoutHeap, renderHeap } from '../../site/diagram/index.ts';
import { prng, synthSnapshot } from './synth.ts';

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(f: () => void, runs: number): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  return median(t);
}

function benchRender(): void {
  console.log('heap view            layout ms   render ms   render (stepping) ms   SVG bytes   bytes/object');
  for (const n of [100, 1000, 10000]) {
    const s = synthSnapshot(n, 7);
    const runs = n >= 10000 ? 3 : 15;
    for (let i = 0; i < 3; i++) renderHeap(s); // warm up
    const layout = time(() => layoutHeap(s), runs);
    const render = time(() => renderHeap(s), runs);
    const memory = createPlacementMemory();
    renderHeap(s, { memory });
    const stepping = time(() => renderHeap(s, { memory }), runs);
    const bytes = renderHeap(s).svg.length;
    console.log(
      `${String(n).padStart(6)} objects ${layout.toFixed(1).padStart(12)} ${render.toFixed(1).padStart(11)} ${stepping.toFixed(1).padStart(22)} ${String(bytes).padStart(11)} ${(bytes / n).toFixed(0).padStart(14)}`,
    );
  }
}

function benchTimeline(): void {
  const rnd = prng(3);
  let s: HeapSnapshot = synthSnapshot(1000, 5);
  const r = new TimelineRecorder();
  const t0 = performance.now();
  r.push(s);
  const steps = 10_000;
  for (let i = 1; i < steps; i++) {
    const objects = s.objects.slice();
    for (let k = 0; k < 3; k++) {
      const j = Math.floor(rnd() * objects.length);
      objects[j] = { ...objects[j], refcount: objects[j].refcount + 1 };
    }
    s = { ...s, step: { ...s.step, line: 1 + (i % 50) }, frames: [{ ...s.frames[0], line: 1 + (i % 50) }], objects };
    r.push(s);
  }
  const ms = performance.now() - t0;
  console.log(
    `timeline: ${steps} steps of a 1,000-object heap: ${(r.bytes / 1024 / 1024).toFixed(1)} MB kept ` +
      `(${(r.bytes / steps).toFixed(0)} bytes/step, keyframes every 500 steps), ${(ms / steps).toFixed(3)} ms/step to diff`,
  );
}

benchRender();
benchTimeline();
