// Child process of `npm run bench`: runs the programs in Pyodide (CPython compiled to
// WebAssembly, npm `pyodide`), loaded once.
//   node --expose-gc test/bench/pyodide_child.ts JOBS.json
// JOBS.json: { runs, warmup, budgetMs, programs: [{ name, path }] }. Each run executes the
// program's source in a fresh globals dict (`__name__ == '__main__'`); compile + run is timed.
// Prints "@@LOAD " + JSON once, then one "@@RESULT " + JSON line per program.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

interface Sample { wall: number; cpu: number }
interface Job { runs: number; warmup: number; budgetMs: number; programs: { name: string; path: string }[] }

const MIN_RUNS = 3;
const job = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Job;
const require = createRequire(import.meta.url);
const pyodideEntry = require.resolve('pyodide/pyodide.mjs');
const { loadPyodide } = await import(pathToFileURL(pyodideEntry).href);
const collectGarbage = (globalThis as { gc?: () => void }).gc;

const t0 = performance.now();
const py = await loadPyodide();
const loadMs = performance.now() - t0;
let stdout = '';
py.setStdout({ batched: (s: string) => { stdout += s + '\n'; } });
py.setStderr({ batched: (s: string) => { stdout += ''; void s; } });
const version = py.runPython('import sys; sys.version.split()[0]');
process.stdout.write(`@@LOAD ${JSON.stringify({ loadMs, version, pyodide: py.version })}\n`);
const pyDict = py.globals.get('dict');
const gcCollect = py.runPython('import gc; gc.collect');

function splitTimeLines(text: string): { text: string; times: number[] } {
  const times: number[] = [];
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^@time\s+(\S+)/.exec(line);
    if (m) times.push(Number(m[1]));
    else kept.push(line);
  }
  return { text: kept.join('\n'), times };
}

function oneRun(source: string, path: string): { sample: Sample; stdout: string; error?: string } {
  stdout = '';
  const g = pyDict();
  g.set('__name__', '__main__');
  g.set('__file__', path);
  gcCollect();
  collectGarbage?.();
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  let error: string | undefined;
  try {
    py.runPython(source, { globals: g, filename: path });
  } catch (e) {
    error = (e instanceof Error ? e.message : String(e)).trim().split('\n').slice(-6).join('\n');
  }
  const wall = (performance.now() - w0) / 1000;
  const c = process.cpuUsage(c0);
  const sample = { wall, cpu: (c.user + c.system) / 1e6 };
  g.clear();
  g.destroy();
  const { text, times } = splitTimeLines(stdout);
  if (times.length > 0) {
    const t = times.reduce((a, x) => a + x, 0);
    sample.wall = t;
    sample.cpu = t;
  }
  return { sample, stdout: text, error };
}

for (const p of job.programs) {
  const source = readFileSync(p.path, 'utf8');
  const samples: Sample[] = [];
  let last: { stdout: string; error?: string } = { stdout: '' };
  const start = performance.now();
  for (let i = 0; i < job.warmup + job.runs; i++) {
    const r = oneRun(source, p.path);
    last = r;
    if (r.error !== undefined) break;
    if (i >= job.warmup) samples.push(r.sample);
    if (samples.length >= MIN_RUNS && performance.now() - start > job.budgetMs) break;
  }
  const result = { name: p.name, samples, stdout: last.stdout, error: last.error };
  process.stdout.write(`@@RESULT ${JSON.stringify(result)}\n`);
}
