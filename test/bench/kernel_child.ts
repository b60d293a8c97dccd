// Child process of `npm run bench`: runs one program in the kernel bundle several times.
// Run by Node itself (type stripping), so this file uses erasable TypeScript only and imports
// nothing but Node and the bundle.
//   node --expose-gc test/bench/kernel_child.ts BUNDLE.mjs PROGRAM.py RUNS WARMUP BUDGET_MS
// Each run gets a new interpreter (created outside the timing); runMain (compile + run) is
// timed. The first run of the process is reported as the cold run and is a warm-up run.
// Prints one line: "@@RESULT " + JSON (an EngineResult of stats.ts).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface Sample { wall: number; cpu: number }
interface Run { sample: Sample; stdout: string; error?: string; note?: string }

const [bundle, program, runsArg, warmupArg, budgetArg] = process.argv.slice(2);
const runs = Number(runsArg);
const warmup = Math.max(1, Number(warmupArg));
const budgetMs = Number(budgetArg);
const MIN_RUNS = 3;

const kernel = await import(pathToFileURL(bundle).href);
const source = readFileSync(program, 'utf8');
const collectGarbage = (globalThis as { gc?: () => void }).gc;

function oneRun(): Run {
  let stdout = '';
  let stderr = '';
  const interp = kernel.createInterpreter({
    argv: [program],
    write: (fd: number, text: string) => {
      if (fd === 1) stdout += text;
      else stderr += text;
    },
  });
  collectGarbage?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let code: number | undefined;
  let jsError: string | undefined;
  try {
    code = interp.runMain(source, program);
  } catch (e) {
    jsError = e instanceof Error ? (e.stack ?? e.message) : String(e);
  }
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const sample = { wall, cpu: (c.user + c.system) / 1e6 };
  let note: string | undefined;
  try {
    interp.finalize();
  } catch (e) {
    note = `finalize() threw a JavaScript error: ${firstLine(e)}`;
  }
  const { text, times } = splitTimeLines(stdout);
  if (times.length > 0) {
    const t = times.reduce((a, x) => a + x, 0);
    sample.wall = t;
    sample.cpu = t;
  }
  let error: string | undefined;
  if (jsError !== undefined) error = `JavaScript error escaped the kernel: ${jsError.split('\n').slice(0, 6).join('\n')}`;
  else if (code !== 0) error = `exit code ${code}\n${stderr.trim().split('\n').slice(-8).join('\n')}`;
  return { sample, stdout: text, error, note };
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 200);
}

function splitTimeLines(stdout: string): { text: string; times: number[] } {
  const times: number[] = [];
  const kept: string[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^@time\s+(\S+)/.exec(line);
    if (m) times.push(Number(m[1]));
    else kept.push(line);
  }
  return { text: kept.join('\n'), times };
}

const samples: Sample[] = [];
let cold: Sample | undefined;
let last: Run | undefined;
let note: string | undefined;
const start = performance.now();
for (let i = 0; i < warmup + runs; i++) {
  const r = oneRun();
  last = r;
  note ??= r.note;
  if (r.error !== undefined) break;
  if (i === 0) cold = r.sample;
  if (i >= warmup) samples.push(r.sample);
  if (samples.length >= MIN_RUNS && performance.now() - start > budgetMs) break;
}
const result = { samples, cold, stdout: last?.stdout ?? '', error: last?.error, note };
process.stdout.write(`@@RESULT ${JSON.stringify(result)}\n`);
