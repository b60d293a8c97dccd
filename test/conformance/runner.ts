// Runs conformance programs through the kernel and compares them with CPython's recorded output.
// Shared by the vitest suite (conformance.test.ts) and the ledger updater (test/oracle/ledger-update.ts).
//
// Corpus roots: ../shared/conformance (read-only, beside the repo) and test/py (this repo's own).
// A program is FOLDER/NAME.py with NAME.out (stdout), optional NAME.err (stderr) and NAME.code
// (exit status); a REPL case is NAME.in with NAME.out (the transcript). CPython ran every program
// as `cd FOLDER && python3 -X utf8 NAME.py`; the kernel is given the absolute path, so the
// folder's absolute path (with its trailing slash) is removed from the output before comparing.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_CONFORMANCE = resolve(REPO_ROOT, '../shared/conformance');
export const LOCAL_PROGRAMS = join(REPO_ROOT, 'test/py');
export const LEDGER_PATH = join(REPO_ROOT, 'test/oracle/ledger.txt');

/** Wall-clock limit for one program, so that a kernel stuck in a loop cannot hang the suite. */
export const PROGRAM_TIMEOUT_MS = Number(process.env.HEAPBOOK_CONFORMANCE_TIMEOUT_MS ?? 10_000);
/** Heap limit for one program's worker, so that a runaway kernel cannot exhaust the machine. */
const WORKER_HEAP_MB = 2048;

export interface Case {
  /** Test name and ledger key: `conformance/FOLDER/NAME.py`, `test/py/FOLDER/NAME.py`, or `.in` for REPL cases. */
  name: string;
  kind: 'program' | 'repl';
  /** Absolute path of NAME.py or NAME.in. */
  file: string;
  /** First folder below the corpus root (`gc`, `language`, ...). */
  area: string;
  expected: { stdout: string; stderr: string; code: number };
}

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
  /** Why the kernel did not finish normally: a JavaScript exception, a time-out, running out of memory. */
  crash?: string;
}

// ---------------------------------------------------------------------------------------------
// Discovery

/** Every program and REPL case of both corpus roots, sorted by name. Throws if shared/ is missing. */
export function discoverCases(): Case[] {
  if (!existsSync(SHARED_CONFORMANCE) || !statSync(SHARED_CONFORMANCE).isDirectory()) {
    throw new Error(
      `The shared conformance corpus is missing: expected it at ${SHARED_CONFORMANCE} ` +
        '(the folder shared/conformance beside this repository).',
    );
  }
  const cases = [
    ...casesUnder(SHARED_CONFORMANCE, 'conformance'),
    ...(existsSync(LOCAL_PROGRAMS) ? casesUnder(LOCAL_PROGRAMS, 'test/py') : []),
  ];
  if (cases.length === 0) throw new Error(`No conformance programs found under ${SHARED_CONFORMANCE}`);
  return cases.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * HEAPBOOK_CONFORMANCE_FILTER=text[,text...] limits the suite to the cases whose name contains
 * one of the comma-separated texts (`language/`, `test/py/errors/traceback_`); unset or empty,
 * every case runs. A filter that matches nothing throws, so that a typo cannot pass as a run.
 */
export function selectCases(cases: readonly Case[], filter = process.env.HEAPBOOK_CONFORMANCE_FILTER ?? ''): Case[] {
  const texts = filter.split(',').map((t) => t.trim()).filter((t) => t !== '');
  if (texts.length === 0) return [...cases];
  const chosen = cases.filter((c) => texts.some((t) => c.name.includes(t)));
  if (chosen.length === 0) throw new Error(`HEAPBOOK_CONFORMANCE_FILTER=${filter} matches no conformance program`);
  return chosen;
}

function casesUnder(root: string, prefix: string): Case[] {
  const cases: Case[] = [];
  for (const file of walk(root)) {
    const isProgram = file.endsWith('.py');
    if (!isProgram && !file.endsWith('.in')) continue;
    const stem = file.slice(0, file.lastIndexOf('.'));
    // Helpers such as record_repl.py have no recorded output: they are not programs.
    if (!existsSync(`${stem}.out`)) continue;
    const rel = relative(root, file).split(sep).join('/');
    cases.push({
      name: `${prefix}/${rel}`,
      kind: isProgram ? 'program' : 'repl',
      file,
      area: rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '',
      expected: {
        stdout: readFileSync(`${stem}.out`, 'utf8'),
        stderr: existsSync(`${stem}.err`) ? readFileSync(`${stem}.err`, 'utf8') : '',
        code: existsSync(`${stem}.code`) ? Number(readFileSync(`${stem}.code`, 'utf8').trim()) : 0,
      },
    });
  }
  return cases;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === '__pycache__') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

// ---------------------------------------------------------------------------------------------
// Running

export interface KernelBundle {
  /** Absolute path of the bundled kernel (kernel/index.ts as one ES module). */
  path: string;
  dispose(): void;
}

/**
 * Bundles kernel/index.ts into one ES module that plain worker threads can import: workers do not
 * get vitest's or tsx's TypeScript loaders. Fails loudly if the kernel does not build.
 */
export async function bundleKernel(): Promise<KernelBundle> {
  const dir = mkdtempSync(join(tmpdir(), 'heapbook-conformance-'));
  const path = join(dir, 'kernel.mjs');
  await build({
    entryPoints: [join(REPO_ROOT, 'kernel/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    outfile: path,
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  return { path, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What the worker (worker.mjs) is given. */
interface Job {
  kernel: string;
  kind: 'program' | 'repl';
  file: string;
  source: string;
  argv: string[];
}

const WORKER_URL = new URL('./worker.mjs', import.meta.url);

/** Runs one case in a fresh worker thread (a fresh kernel, as a fresh python3 process would be). */
export function runCase(kernelPath: string, c: Case): Promise<RunResult> {
  const job: Job = {
    kernel: pathToFileURL(kernelPath).href,
    kind: c.kind,
    file: c.file,
    source: readFileSync(c.file, 'utf8'),
    argv: [basename(c.file)],
  };
  return new Promise((resolvePromise) => {
    const worker = new Worker(WORKER_URL, {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (result: RunResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolvePromise(c.kind === 'program' ? stripFolder(result, dirname(c.file)) : result);
    };
    const timer = setTimeout(
      () => settle({ stdout: '', stderr: '', code: -1, crash: `timed out after ${PROGRAM_TIMEOUT_MS} ms` }),
      PROGRAM_TIMEOUT_MS,
    );
    worker.on('message', (result: RunResult) => settle(result));
    worker.on('error', (error) =>
      settle({ stdout: '', stderr: '', code: -1, crash: `worker failed: ${error.stack ?? String(error)}` }),
    );
    worker.on('exit', (exitCode) =>
      settle({ stdout: '', stderr: '', code: -1, crash: `worker exited (${exitCode}) without a result` }),
    );
  });
}

/** As record.sh does: remove the folder's absolute path, with its trailing slash. */
export function stripFolder<T extends RunResult>(result: T, folder: string): T {
  const prefix = `${folder}/`;
  return { ...result, stdout: result.stdout.replaceAll(prefix, ''), stderr: result.stderr.replaceAll(prefix, '') };
}

/**
 * Starts every case at once on a pool of `concurrency` workers; each case's promise settles when
 * that case has run. Cases are dispatched in the given order.
 */
export function runAll(
  kernelPath: string,
  cases: readonly Case[],
  concurrency = availableParallelism(),
): Map<string, Promise<RunResult>> {
  const results = new Map<string, Promise<RunResult>>();
  const queue: Array<() => void> = [];
  let running = 0;
  const next = (): void => {
    if (running >= concurrency) return;
    const start = queue.shift();
    if (start === undefined) return;
    running++;
    start();
  };
  for (const c of cases) {
    results.set(
      c.name,
      new Promise<RunResult>((resolvePromise) => {
        queue.push(() => {
          void runCase(kernelPath, c).then((result) => {
            running--;
            resolvePromise(result);
            next();
          });
        });
      }),
    );
  }
  for (let i = 0; i < concurrency; i++) next();
  return results;
}

// ---------------------------------------------------------------------------------------------
// Comparing

const CONTEXT_BEFORE = 2;
const CONTEXT_AFTER = 5;

/** null when the run reproduces CPython exactly; otherwise a readable account of the differences. */
export function describeMismatch(c: Case, result: RunResult): string | null {
  const parts: string[] = [];
  if (result.crash !== undefined) parts.push(`kernel did not finish: ${result.crash}`);
  if (c.kind === 'repl') {
    // The transcript holds stdout and stderr together, in terminal order.
    const diff = diffText('transcript', c.expected.stdout, result.stdout);
    if (diff !== null) parts.push(diff);
  } else {
    for (const [label, expected, actual] of [
      ['stdout', c.expected.stdout, result.stdout],
      ['stderr', c.expected.stderr, result.stderr],
    ] as const) {
      const diff = diffText(label, expected, actual);
      if (diff !== null) parts.push(diff);
    }
    if (result.code !== c.expected.code) parts.push(`exit code: expected ${c.expected.code}, got ${result.code}`);
  }
  return parts.length === 0 ? null : parts.join('\n');
}

/** The first differing line of two texts, with a little context from both sides. */
export function diffText(label: string, expected: string, actual: string): string | null {
  if (expected === actual) return null;
  const want = expected.split('\n');
  const got = actual.split('\n');
  let line = 0;
  while (line < want.length && line < got.length && want[line] === got[line]) line++;
  const from = Math.max(0, line - CONTEXT_BEFORE);
  const show = (lines: string[]): string => {
    const shown = lines.slice(from, line + CONTEXT_AFTER + 1).map((text, i) => {
      const mark = from + i === line ? '>' : ' ';
      return `  ${mark} ${String(from + i + 1).padStart(4)} | ${JSON.stringify(text).slice(1, -1)}`;
    });
    if (lines.length > line + CONTEXT_AFTER + 1) shown.push(`           ... (${lines.length - line - CONTEXT_AFTER - 1} more lines)`);
    return shown.join('\n');
  };
  return `${label} differs at line ${line + 1}:\n  expected:\n${show(want)}\n  actual:\n${show(got)}`;
}
