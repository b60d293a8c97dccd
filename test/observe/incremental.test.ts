// The recorder's incremental path (the default) against its reference path (`incremental:
// false`: every record made again, every index rebuilt): the same programs recorded both ways
// give the same timelines, keyframe by keyframe and delta by delta, and so the same snapshots
// at every step. Programs: every benchmark program (a small step budget, and an instruction
// budget so that the long ones stop soon after), and test/py programs of every kind, some with
// the fine steps on. Each run is in a fresh worker (a fresh kernel: see incremental_worker.mjs).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconstruct } from '../../kernel/observe/timeline.ts';
import type { RecordRunOptions } from '../../kernel/observe/record_run.ts';
import type { Timeline } from '../../kernel/protocol.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const BENCH = join(ROOT, 'bench', 'programs');
const TIMEOUT_MS = 120_000;

/** Recording options of every comparison: few steps, and the program stopped soon after. */
const BASE: RecordRunOptions = { maxSteps: 150, keyframeInterval: 40, stepBudget: 60_000 };

let dir = '';
let bundle = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'heapbook-incremental-'));
  bundle = join(dir, 'incremental.mjs');
  await build({ entryPoints: [join(HERE, 'incremental_entry.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node22', outfile: bundle, logLevel: 'silent' });
}, 120_000);

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

/** Records `source` in a fresh worker. */
function record(source: string, file: string, incremental: boolean, extra: RecordRunOptions = {}): Promise<Timeline> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(HERE, 'incremental_worker.mjs'), {
      workerData: { bundle: pathToFileURL(bundle).href, file, source, options: { ...BASE, ...extra, incremental } },
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error('timed out'));
    }, TIMEOUT_MS);
    worker.on('message', (r: { timeline: Timeline | null; crash?: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (r.timeline === null) reject(new Error(r.crash));
      else resolve(r.timeline);
    });
    worker.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** `x` around its first difference with `y`. */
function around(x: string, y: string): string {
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return x.slice(Math.max(0, i - 300), i + 200);
}

/** Where two timelines first differ, or null: keyframes and deltas compared as JSON. */
function firstDifference(a: Timeline, b: Timeline): string | null {
  if (a.keyframes.length !== b.keyframes.length) return `keyframes: ${a.keyframes.length} != ${b.keyframes.length}`;
  for (let i = 0; i < a.keyframes.length; i++) {
    const x = JSON.stringify(a.keyframes[i]);
    const y = JSON.stringify(b.keyframes[i]);
    if (x !== y) return `keyframe ${i} (step ${a.keyframes[i].step}):\n  incremental ${around(x, y)}\n  reference   ${around(y, x)}`;
  }
  if (a.deltas.length !== b.deltas.length) return `deltas: ${a.deltas.length} != ${b.deltas.length}`;
  for (let i = 0; i < a.deltas.length; i++) {
    const x = JSON.stringify(a.deltas[i]);
    const y = JSON.stringify(b.deltas[i]);
    if (x !== y) return `delta of step ${i + 1}:\n  incremental ${around(x, y)}\n  reference   ${around(y, x)}`;
  }
  if (JSON.stringify(a.end) !== JSON.stringify(b.end)) return `end: ${JSON.stringify(a.end)} != ${JSON.stringify(b.end)}`;
  return null;
}

/** The snapshots rebuilt from each timeline are equal (every few steps, and the last). */
function expectSameSnapshots(a: Timeline, b: Timeline): void {
  const n = a.deltas.length + 1;
  for (let i = 0; i < n; i += Math.max(1, Math.floor(n / 12))) expect(reconstruct(a, i), `step ${i}`).toEqual(reconstruct(b, i));
  expect(reconstruct(a, n - 1)).toEqual(reconstruct(b, n - 1));
}

async function expectSame(source: string, file: string, extra: RecordRunOptions = {}): Promise<void> {
  // Both runs at once (two workers).
  const [inc, ref] = await Promise.all([record(source, file, true, extra), record(source, file, false, extra)]);
  expect(inc.deltas.length, 'steps recorded').toBeGreaterThan(2);
  expect(firstDifference(inc, ref)).toBeNull();
  expectSameSnapshots(inc, ref);
}

describe('the comparison itself', () => {
  it('sees no difference between two runs of one program, and one between two programs', async () => {
    const [a, b, c] = await Promise.all([record('x = [1, 2]\ny = x\n', 'a.py', false), record('x = [1, 2]\ny = x\n', 'a.py', false), record('x = [1, 3]\ny = x\n', 'a.py', false)]);
    expect(firstDifference(a, b)).toBeNull();
    expect(firstDifference(a, c)).not.toBeNull();
  });
});

describe('incremental recording gives the reference timeline: benchmark programs', () => {
  for (const f of readdirSync(BENCH).filter((x) => x.endsWith('.py')).sort()) {
    it(f, () => expectSame(readFileSync(join(BENCH, f), 'utf8'), f), TIMEOUT_MS);
  }
});

/** test/py programs: (folder, file, fine steps). */
const PY: [string, string, RecordRunOptions['fine']?][] = [
  ['gc', 'class_cycles.py', { gc: true }],
  ['gc', 'cycle_through_cell.py'],
  ['gc', 'collect_with_del_survivor.py', { gc: true, dealloc: true }],
  ['gc', 'callbacks_collect_inside.py'],
  ['gc', 'garbage_touched_after_unreachable.py'],
  ['gc', 'garbage_touched_after_unreachable.py', { gc: true, dealloc: true }],
  ['finalizers', 'del_in_nested_containers.py', { dealloc: true }],
  ['finalizers', 'del_resurrect_cycle_members.py', { gc: true }],
  ['finalizers', 'del_generator_finally.py'],
  ['language', 'generator_close.py'],
  ['refcount', 'closure_cell_refs.py', { refcount: true }],
  ['refcount', 'class_attribute_refs.py'],
  ['refcount', 'augmented_assignment_counts.py', { refcount: true }],
  ['refcount', 'dealloc_cascade_containers.py', { dealloc: true }],
  ['refcount', 'copies_and_sorting_refs.py'],
  ['allocator', 'blocks_free_lists_keep_blocks.py'],
  ['allocator', 'blocks_dict_and_set_resizes.py'],
];

describe('incremental recording gives the reference timeline: test/py programs', () => {
  for (const [dir, f, fine] of PY) {
    it(`${dir}/${f}${fine === undefined ? '' : ' (fine steps)'}`, () => expectSame(readFileSync(join(ROOT, 'py', dir, f), 'utf8'), f, fine === undefined ? {} : { fine }), TIMEOUT_MS);
  }

  it('with the allocator view', () => {
    const f = 'blocks_list_growth_is_realloc.py';
    return expectSame(readFileSync(join(ROOT, 'py', 'allocator', f), 'utf8'), f, { allocator: true });
  }, TIMEOUT_MS);
});
