// The collector under stress: every conformance program, run with a collection at every GC
// allocation (stressGc) and the collector's invariants checked at each phase of every
// collection and over the whole heap at the end, must still print what CPython prints.
// Skipped: programs whose CPython output changes when the collector runs all the time
// (test/gc/stress_skip.txt, made by classify_stress.py), programs that set their own
// thresholds (stress mode ignores them), REPL cases, and programs the ledger lists as failing.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readLedger } from '../conformance/ledger.ts';
import { LEDGER_PATH, PROGRAM_TIMEOUT_MS, describeMismatch, discoverCases, type Case, type RunResult } from '../conformance/runner.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const SKIP_PATH = join(HERE, 'stress_skip.txt');

function readSkipList(): Set<string> {
  if (!existsSync(SKIP_PATH)) return new Set();
  return new Set(
    readFileSync(SKIP_PATH, 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter((l) => l !== ''),
  );
}

const ledger = readLedger(LEDGER_PATH);
const skip = readSkipList();
const cases = discoverCases().filter(
  (c) => c.kind === 'program' && !skip.has(c.name) && !ledger.entries.has(c.name) && !/set_threshold\(/.test(readFileSync(c.file, 'utf8')),
);

interface StressResult extends RunResult {
  invariant?: string;
}

let dir = '';
let kernel = '';
const results = new Map<string, Promise<StressResult>>();

function runStressed(c: Case): Promise<StressResult> {
  const job = { kernel, file: c.file, source: readFileSync(c.file, 'utf8'), argv: [basename(c.file)] };
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./stress_worker.mjs', import.meta.url), {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (r: StressResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      const prefix = `${dirname(c.file)}/`;
      resolve({ ...r, stdout: r.stdout.replaceAll(prefix, ''), stderr: r.stderr.replaceAll(prefix, '') });
    };
    const timer = setTimeout(() => settle({ stdout: '', stderr: '', code: -1, crash: 'timed out' }), 6 * PROGRAM_TIMEOUT_MS);
    worker.on('message', (r: StressResult) => settle(r));
    worker.on('error', (e) => settle({ stdout: '', stderr: '', code: -1, crash: String(e) }));
    worker.on('exit', (code) => settle({ stdout: '', stderr: '', code: -1, crash: `worker exited (${code})` }));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'heapbook-gc-stress-'));
  const out = join(dir, 'kernel.mjs');
  await build({
    entryPoints: [join(HERE, 'stress_entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    outfile: out,
    logLevel: 'silent',
  });
  kernel = pathToFileURL(out).href;
  // A small pool: stress runs are slow and memory hungry.
  const queue = [...cases];
  const pool = Math.max(1, Math.min(8, availableParallelism()));
  const waiting = new Map<string, (r: StressResult) => void>();
  for (const c of cases) results.set(c.name, new Promise((resolve) => waiting.set(c.name, resolve)));
  const next = (): void => {
    const c = queue.shift();
    if (c === undefined) return;
    void runStressed(c).then((r) => {
      waiting.get(c.name)!(r);
      next();
    });
  };
  for (let i = 0; i < pool; i++) next();
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(results.values());
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('conformance programs with stressGc', () => {
  test('there are programs to run', () => {
    expect(cases.length).toBeGreaterThan(100);
  });
  for (const c of cases) {
    test(
      c.name,
      async () => {
        const r = await results.get(c.name)!;
        expect(r.invariant, 'a collector invariant was broken').toBeUndefined();
        const mismatch = describeMismatch(c, r);
        if (mismatch !== null) throw new Error(`${c.name} under stressGc differs from CPython 3.11:\n${mismatch}`);
      },
      20 * PROGRAM_TIMEOUT_MS,
    );
  }
});
