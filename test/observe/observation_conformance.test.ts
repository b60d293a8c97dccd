// Observation on the conformance programs: each program (not the REPL cases) runs recorded in a
// fresh kernel (the first MAX_STEPS steps, then unobserved), and
//  - the recorded run prints exactly what CPython printed (stdout, stderr, exit status), as the
//    plain run does in the conformance suite: observing never changes the program. A program in
//    the conformance ledger (test/oracle/ledger.txt), whose plain run differs from CPython, runs
//    plain as well and the recorded run must print what the plain run prints;
//  - at every recorded step, the holders a snapshot lists for each drawn object (edges, frame
//    names, external references) add up to its refcount. Programs where they cannot are listed
//    in accounting_ledger.txt with the reason; a listed program that adds up fails the test.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Case, discoverCases, LEDGER_PATH, stripFolder } from '../conformance/runner.ts';
import { readLedger as readConformanceLedger } from '../conformance/ledger.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const MAX_STEPS = 150;
const TIMEOUT_MS = 120_000;
const CONCURRENCY = 2;

interface Check {
  steps: number;
  builtinSteps: number;
  problems: string[];
}
interface Result {
  stdout: string;
  stderr: string;
  code: number;
  crash?: string;
  check: Check;
}

/** accounting_ledger.txt: `NAME  reason` per line; # comments. */
function readLedger(): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of readFileSync(join(HERE, 'accounting_ledger.txt'), 'utf8').split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const i = t.search(/\s/);
    m.set(i < 0 ? t : t.slice(0, i), i < 0 ? '' : t.slice(i).trim());
  }
  return m;
}

/** HEAPBOOK_OBSERVE_FILTER=text runs only the programs whose name contains it. */
const FILTER = process.env.HEAPBOOK_OBSERVE_FILTER ?? '';
const cases = discoverCases().filter((c) => c.kind === 'program' && c.name.includes(FILTER));
const ledger = readLedger();
const diverging = readConformanceLedger(LEDGER_PATH).entries;
let dir = '';
let bundle = '';
/** The recorded run, and what the program must print: CPython's output, or the plain run's. */
const results = new Map<string, Promise<[Result, Result]>>();

function run(c: Case, mode: 'plain' | 'record'): Promise<Result> {
  const empty: Check = { steps: 0, builtinSteps: 0, problems: [] };
  return new Promise((resolve) => {
    const worker = new Worker(join(HERE, 'observe_worker.mjs'), {
      workerData: { bundle: pathToFileURL(bundle).href, mode, file: c.file, source: readFileSync(c.file, 'utf8'), argv: [basename(c.file)], maxSteps: MAX_STEPS },
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
      stdout: true,
      stderr: true,
    });
    let done = false;
    const settle = (r: Result): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const timer = setTimeout(() => settle({ stdout: '', stderr: '', code: -1, crash: 'timed out', check: empty }), TIMEOUT_MS);
    worker.on('message', (r: Result) => settle(r));
    worker.on('error', (e) => settle({ stdout: '', stderr: '', code: -1, crash: String(e), check: empty }));
  });
}

/** What the kernel's plain run must print: CPython's output unless the program is in the ledger. */
function expectedRun(c: Case): Promise<Result> {
  if (diverging.has(c.name)) return run(c, 'plain');
  return Promise.resolve({ ...c.expected, check: { steps: 0, builtinSteps: 0, problems: [] } });
}

/** Runs CONCURRENCY workers at a time. */
function schedule(): void {
  let next = 0;
  const queue: (() => void)[] = [];
  let running = 0;
  const pump = (): void => {
    while (running < CONCURRENCY && next < queue.length) {
      running++;
      queue[next++]();
    }
  };
  for (const c of cases) {
    results.set(c.name, new Promise((resolve) => {
      queue.push(() => {
        // The recorded run's output is compared as the conformance suite compares it (folder removed).
        void Promise.all([expectedRun(c), run(c, 'record')]).then(([want, got]) => {
          const r: [Result, Result] = diverging.has(c.name) ? [want, got] : [want, stripFolder(got, dirname(c.file))];
          running--;
          pump();
          resolve(r);
        });
      });
    }));
  }
  pump();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'heapbook-observe-'));
  bundle = join(dir, 'observe.mjs');
  await build({
    entryPoints: [join(HERE, 'observe_entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    outfile: bundle,
    logLevel: 'silent',
  });
  schedule();
}, 120_000);

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('observation of the conformance programs', () => {
  for (const c of cases) {
    test(c.name, async () => {
      const [plain, recorded] = await results.get(c.name)!;
      expect(recorded.crash, 'the recorded run crashed').toBeUndefined();
      expect(plain.crash, 'the plain run crashed').toBeUndefined();
      expect({ stdout: recorded.stdout, stderr: recorded.stderr, code: recorded.code }, 'recording changed what the program prints').toEqual({
        stdout: plain.stdout,
        stderr: plain.stderr,
        code: plain.code,
      });
      expect(recorded.check.steps).toBeGreaterThan(1);
      const known = ledger.get(c.name);
      if (known !== undefined) {
        expect(recorded.check.problems.length, `${c.name} now adds up at every step: remove it from accounting_ledger.txt`).toBeGreaterThan(0);
        return;
      }
      expect(recorded.check.problems, 'counts that do not add up').toEqual([]);
    }, TIMEOUT_MS * 4);
  }

  test('the ledger lists only existing programs', () => {
    const names = new Set(discoverCases().map((c) => c.name));
    for (const name of ledger.keys()) expect(names.has(name), name).toBe(true);
  });
});
