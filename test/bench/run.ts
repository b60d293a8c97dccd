// `npm run bench`: the kernel against native CPython and Pyodide on the programs of
// test/bench/programs/, plus the kernel's start-up time and bundle size, the diagram renderer's
// benchmark (test/diagram/bench.ts) and the recorder's on real runs (test/bench/recording.ts), and
// a chapter page's size and time to first result in headless Chromium (test/bench/site.ts). Not
// part of `npm test`.
//
//   npm run bench [-- --runs N --warmup N --budget SECONDS --filter NAME[,NAME] --clock wall|cpu|auto
//                     --no-pyodide --no-diagram --no-site --site-only --json FILE]
//
// --site-only runs only the chapter page's part (test/bench/site.ts), as `npx tsx test/bench/site.ts` does.
//
// Fairness: every engine runs each program's source compiled and executed afresh (the kernel in
// a new interpreter, CPython and Pyodide in a new globals dict), after a warm-up run in the same
// process; compile + run is timed, interpreter start-up is not (it is reported on its own).
// Medians are reported. The clock is wall time on an idle machine; on a busy one (load average
// above half the cores) `auto` switches to process CPU time (user + system, all threads: V8's
// compiler and GC threads count against the kernel and Pyodide), which other processes do not
// inflate. Programs that time a region themselves print "@time SECONDS" (wall time), which
// replaces the whole run's time.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { KERNEL_BUNDLE_OPTIONS } from '../../kernel/host/code_cache.ts';
import { pythonVersion, runCPython } from './cpython.ts';
import { runSiteBench } from './site.ts';
import { runRecordingBench } from './recording.ts';
import { measureParser } from './parser_speed.ts';
import { type Clock, type EngineResult, geomean, kib, median, medianOf, ms, ratio, table } from './stats.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const PROGRAMS = join(HERE, 'programs');
const STARTUP_RUNS = 7;
const STARTUP_TARGET_MS = 50;

/** Which suite a program belongs to (issue 2: CPU-bound, issue 3: allocation, issue 4: collector). */
const GROUPS: Record<string, 'cpu' | 'alloc' | 'gc'> = {
  alloc_small: 'alloc',
  grow_containers: 'alloc',
  free_reuse: 'alloc',
  gc_cycles: 'gc',
  gc_full: 'gc',
  gc_young: 'gc',
};

interface Options {
  runs: number;
  warmup: number;
  budgetMs: number;
  filter: string[] | null;
  clock: Clock | 'auto';
  pyodide: boolean;
  diagram: boolean;
  site: boolean;
  siteOnly: boolean;
  json: string | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 5, warmup: 1, budgetMs: 10_000, filter: null, clock: 'auto', pyodide: true, diagram: true, site: true, siteOnly: false, json: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') o.runs = Math.max(1, Number(next()));
    else if (a === '--warmup') o.warmup = Math.max(1, Number(next()));
    else if (a === '--budget') o.budgetMs = Number(next()) * 1000;
    else if (a === '--filter') o.filter = next().split(',');
    else if (a === '--clock') o.clock = next() as Options['clock'];
    else if (a === '--no-pyodide') o.pyodide = false;
    else if (a === '--no-diagram') o.diagram = false;
    else if (a === '--no-site') o.site = false;
    else if (a === '--site-only') o.siteOnly = true;
    else if (a === '--json') o.json = next();
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

interface Program {
  name: string;
  path: string;
  group: 'cpu' | 'alloc' | 'gc';
  what: string;
}

function listPrograms(filter: string[] | null): Program[] {
  return readdirSync(PROGRAMS)
    .filter((f) => f.endsWith('.py') && !f.startsWith('_'))
    .sort()
    .map((f) => {
      const name = basename(f, '.py');
      const path = join(PROGRAMS, f);
      const first = readFileSync(path, 'utf8').split('\n')[0].replace(/^#\s*/, '');
      return { name, path, group: GROUPS[name] ?? 'cpu', what: first.split(':')[0] };
    })
    .filter((p) => filter === null || filter.some((f) => p.name.includes(f)));
}

/** Node flags for the children, which are TypeScript run by Node's own type stripping. */
function nodeFlags(): string[] {
  const [major, minor] = process.versions.node.split('.').map(Number);
  const strip = major > 23 || (major === 23 && minor >= 6) ? [] : ['--experimental-strip-types'];
  return [...strip, '--disable-warning=ExperimentalWarning'];
}

function parseResult<T>(stdout: string, tag = '@@RESULT '): T[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(tag))
    .map((l) => JSON.parse(l.slice(tag.length)) as T);
}

async function buildBundle(dir: string): Promise<{ path: string; minified: number; gzip: number; brotli: number }> {
  const r = await build({
    entryPoints: [join(ROOT, 'kernel/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const bytes = r.outputFiles[0].contents;
  const path = join(dir, 'kernel.mjs');
  writeFileSync(path, bytes);
  return { path, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

interface Startup {
  importMs: number;
  createMs: number;
  firstPrintMs: number;
  processToFirstPrintMs: number;
  ok: boolean;
  cacheUsed: boolean;
}

/**
 * The kernel's CommonJS bundle as the command line's launcher builds it (kernel/host/launch.ts),
 * which its worker loads with a V8 code cache (kernel/host/code_cache.ts).
 */
async function buildCliKernel(dir: string): Promise<string> {
  const path = join(dir, 'kernel.cjs');
  await build({ ...KERNEL_BUNDLE_OPTIONS, entryPoints: [join(ROOT, 'kernel/index.ts')], outfile: path, logLevel: 'silent' });
  return path;
}

function startupRun(args: string[]): Startup {
  const r = spawnSync(process.execPath, [...nodeFlags(), join(HERE, 'startup_child.ts'), ...args], { encoding: 'utf8' });
  const [s] = parseResult<Startup>(r.stdout ?? '');
  if (s === undefined) throw new Error(`start-up child failed: ${(r.stderr ?? '').trim().slice(-800)}`);
  return s;
}

/**
 * Cold: the minified ES module bundle imported with no cache of any kind. As the command line
 * starts: its kernel bundle with the code cache that a first run (not timed) left.
 */
function measureStartup(bundle: string, cliKernel: string): { cold: Startup[]; cli: Startup[] } {
  const cold: Startup[] = [];
  for (let i = 0; i < STARTUP_RUNS; i++) cold.push(startupRun([bundle]));
  startupRun([cliKernel, '--code-cache']);
  const cli: Startup[] = [];
  for (let i = 0; i < STARTUP_RUNS; i++) cli.push(startupRun([cliKernel, '--code-cache']));
  return { cold, cli };
}

function runKernel(bundle: string, p: Program, o: Options): EngineResult {
  const r = spawnSync(
    process.execPath,
    [...nodeFlags(), '--expose-gc', '--max-old-space-size=8192', join(HERE, 'kernel_child.ts'), bundle, p.path, String(o.runs), String(o.warmup), String(o.budgetMs)],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const [res] = parseResult<EngineResult>(r.stdout ?? '');
  if (res === undefined) {
    return { samples: [], stdout: '', error: `kernel child died (status ${r.status}, signal ${r.signal}): ${(r.stderr ?? '').trim().split('\n').slice(0, 8).join('\n')}` };
  }
  return res;
}

/** Runs every program in one Pyodide (loading it takes seconds); streams progress. */
function runPyodide(programs: Program[], o: Options, dir: string): Promise<{ load: { loadMs: number; version: string; pyodide: string } | null; results: Map<string, EngineResult>; error?: string }> {
  const jobPath = join(dir, 'pyodide-job.json');
  writeFileSync(jobPath, JSON.stringify({ runs: o.runs, warmup: o.warmup, budgetMs: o.budgetMs, programs: programs.map((p) => ({ name: p.name, path: p.path })) }));
  return new Promise((done) => {
    const child = spawn(process.execPath, [...nodeFlags(), '--expose-gc', join(HERE, 'pyodide_child.ts'), jobPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    const results = new Map<string, EngineResult>();
    let load: { loadMs: number; version: string; pyodide: string } | null = null;
    let buffer = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (stderr += d));
    child.stdout.on('data', (d: string) => {
      buffer += d;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('@@LOAD ')) {
          load = JSON.parse(line.slice(7));
          progress(`  pyodide ${load!.pyodide} (Python ${load!.version}) loaded in ${load!.loadMs.toFixed(0)} ms`);
        } else if (line.startsWith('@@RESULT ')) {
          const r = JSON.parse(line.slice(9)) as EngineResult & { name: string };
          results.set(r.name, r);
          progress(`  pyodide  ${r.name.padEnd(16)} ${describe(r, o.clock === 'wall' ? 'wall' : 'cpu')}`);
        }
      }
    });
    child.on('close', (code) => {
      const error = code === 0 ? undefined : `pyodide child exited with ${code}: ${stderr.trim().split('\n').slice(-6).join('\n')}`;
      done({ load, results, error });
    });
  });
}

function describe(r: EngineResult, clock: Clock): string {
  if (r.error !== undefined) return `FAILED: ${r.error.split('\n')[0]}`;
  return `${ms(medianOf(r, clock)).padStart(8)} ms (median of ${r.samples.length})`;
}

function progress(line: string): void {
  process.stderr.write(line + '\n');
}

function chooseClock(o: Options): { clock: Clock; why: string } {
  const cores = availableParallelism();
  const load = loadavg()[0];
  if (o.clock === 'wall' || o.clock === 'cpu') return { clock: o.clock, why: 'chosen with --clock' };
  if (load > cores / 2) return { clock: 'cpu', why: `machine busy: load average ${load.toFixed(1)} on ${cores} cores` };
  return { clock: 'wall', why: `machine idle enough: load average ${load.toFixed(1)} on ${cores} cores` };
}

/** The parser alone against CPython's (test/bench/parser_speed.ts). Target: within 3x. */
function runParserBench(): void {
  console.log('\n## Parser (test/bench/parser_speed.ts, issue 2)');
  const r = measureParser();
  const x = r.kernelMs / r.cpythonMs;
  console.log(`${r.lines} lines: kernel ${ms(r.kernelMs / 1000)} ms, CPython ${ms(r.cpythonMs / 1000)} ms (best of 9, CPU time): ${ratio(x)} (target: under 3x${x < 3 ? ', met' : ', MISSED'})`);
}

function runDiagramBench(): void {
  const path = join(ROOT, 'test/diagram/bench.ts');
  console.log('\n## Diagram renderer (test/diagram/bench.ts, issue 5)');
  const r = spawnSync(process.execPath, ['--import', 'tsx', path], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) {
    console.log(`FAILED (status ${r.status}): ${(r.stderr ?? '').trim().split('\n').slice(0, 8).join('\n')}`);
    return;
  }
  console.log(r.stdout.trimEnd());
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o.siteOnly) {
    await runSiteBench();
    return;
  }
  const t0 = performance.now();
  const { clock, why } = chooseClock(o);
  const python = 'python3';
  const pyVersion = pythonVersion(python);
  const programs = listPrograms(o.filter);
  console.log('# Heapbook kernel benchmark');
  console.log(`node ${process.versions.node}, ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, ${python} ${pyVersion ?? 'NOT FOUND'}`);
  console.log(`clock: ${clock} (${why}); ${o.warmup} warm-up run(s), then up to ${o.runs} timed runs (at least 3, fewer past ${o.budgetMs / 1000} s)`);

  const dir = mkdtempSync(join(tmpdir(), 'heapbook-bench-'));
  try {
    const bundle = await buildBundle(dir);
    progress(`bundle: ${kib(bundle.minified)} minified, ${kib(bundle.gzip)} gzipped`);
    const startup = measureStartup(bundle.path, await buildCliKernel(dir));
    progress(`start-up: ${median(startup.cold.map((s) => s.firstPrintMs)).toFixed(1)} ms cold, ${median(startup.cli.map((s) => s.firstPrintMs)).toFixed(1)} ms as the command line starts`);

    const native = new Map<string, EngineResult>();
    const kernel = new Map<string, EngineResult>();
    for (const p of programs) {
      const c = pyVersion === null ? { samples: [], stdout: '', error: 'python3 not found' } : runCPython(python, p.path, o.runs, o.warmup, o.budgetMs);
      native.set(p.name, c);
      progress(`  cpython  ${p.name.padEnd(16)} ${describe(c, clock)}`);
      const k = runKernel(bundle.path, p, o);
      kernel.set(p.name, k);
      progress(`  kernel   ${p.name.padEnd(16)} ${describe(k, clock)}`);
    }
    const pyo = o.pyodide ? await runPyodide(programs, { ...o, clock }, dir) : null;

    report(programs, native, kernel, pyo, clock, bundle, startup);
    if (o.json !== null) {
      writeFileSync(o.json, JSON.stringify({ clock, bundle, startup, programs, native: [...native], kernel: [...kernel], pyodide: pyo === null ? null : [...pyo.results] }, null, 1));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  runParserBench();
  if (o.diagram) {
    runDiagramBench();
    await runRecordingBench();
  }
  if (o.site) await runSiteBench();
  console.log(`\nbench finished in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

function report(
  programs: Program[],
  native: Map<string, EngineResult>,
  kernel: Map<string, EngineResult>,
  pyo: Awaited<ReturnType<typeof runPyodide>> | null,
  clock: Clock,
  bundle: { minified: number; gzip: number; brotli: number },
  startup: { cold: Startup[]; cli: Startup[] },
): void {
  const rows: string[][] = [];
  const ratios = { kc: new Map<string, number>(), kp: new Map<string, number>(), pc: new Map<string, number>() };
  const notes: string[] = [];
  for (const p of programs) {
    const c = native.get(p.name)!;
    const k = kernel.get(p.name)!;
    const y = pyo?.results.get(p.name);
    const [tc, tk, ty] = [medianOf(c, clock), medianOf(k, clock), medianOf(y, clock)];
    ratios.kc.set(p.name, tk / tc);
    ratios.kp.set(p.name, tk / ty);
    ratios.pc.set(p.name, ty / tc);
    const check = k.error !== undefined ? 'FAIL' : c.error !== undefined ? '?' : k.stdout === c.stdout ? 'ok' : 'DIFF';
    const pcheck = y === undefined ? '' : y.error !== undefined ? 'FAIL' : y.stdout === c.stdout ? 'ok' : 'diff';
    rows.push([
      p.name, p.group, ms(tc), ms(tk), ms(ty), ratio(tk / tc), ratio(tk / ty), ratio(ty / tc),
      k.cold === undefined ? '—' : ms(k.cold[clock]), `${c.samples.length}/${k.samples.length}/${y?.samples.length ?? 0}`, `${check} ${pcheck}`.trim(),
    ]);
    for (const [engine, r] of [['CPython', c], ['kernel', k], ['Pyodide', y]] as const) {
      if (r?.error !== undefined) notes.push(`${p.name}: ${engine} failed: ${r.error}`);
    }
    if (k.note !== undefined) notes.push(`${p.name}: kernel: ${k.note}`);
    if (check === 'DIFF') notes.push(`${p.name}: kernel output differs from CPython's:\n    kernel:  ${JSON.stringify(k.stdout.slice(0, 200))}\n    CPython: ${JSON.stringify(c.stdout.slice(0, 200))}`);
    if (pcheck === 'diff') notes.push(`${p.name}: Pyodide (Python ${pyo?.load?.version ?? '?'}) output differs from CPython 3.11's (not a kernel problem)`);
  }
  console.log(`\n## Programs (median ${clock === 'wall' ? 'wall-clock' : 'CPU'} ms per run; kernel cold = first run in a fresh process)`);
  console.log(table(['program', 'suite', 'CPython', 'kernel', 'Pyodide', 'kernel/CPython', 'kernel/Pyodide', 'Pyodide/CPython', 'kernel cold', 'runs c/k/p', 'output'], rows));

  console.log('\n## Geometric means');
  const gm: string[][] = [];
  for (const [label, members] of [
    ['CPU-bound suite (issue 2)', programs.filter((p) => p.group === 'cpu')],
    ['allocation suite (issue 3)', programs.filter((p) => p.group === 'alloc')],
    ['collector suite (issue 4)', programs.filter((p) => p.group === 'gc')],
    ['all programs', programs],
  ] as const) {
    if (members.length === 0) continue;
    const g = (m: Map<string, number>) => geomean(members.map((p) => m.get(p.name)!));
    gm.push([label, String(members.length), ratio(g(ratios.kc)), ratio(g(ratios.kp)), ratio(g(ratios.pc))]);
  }
  console.log(table(['suite', 'programs', 'kernel/CPython', 'kernel/Pyodide', 'Pyodide/CPython'], gm));
  console.log('target (issue 2): kernel/CPython geometric mean under 3× on the CPU-bound suite');

  console.log(`\n## Kernel start-up (fresh Node process, median of ${STARTUP_RUNS}): loading the kernel → first output of print('hello')`);
  const verdict = (x: number): string => `target < ${STARTUP_TARGET_MS} ms: ${x < STARTUP_TARGET_MS ? 'met' : 'NOT met'}`;
  const line = (label: string, runs: Startup[]): void => {
    const med = (f: (s: Startup) => number) => median(runs.map(f)).toFixed(1);
    const first = median(runs.map((s) => s.firstPrintMs));
    console.log(`${label}: ${first.toFixed(1)} ms (${verdict(first)})`);
    console.log(`  load ${med((s) => s.importMs)} ms, createInterpreter ${med((s) => s.createMs)} ms; node process start → first print ${med((s) => s.processToFirstPrintMs)} ms`);
    if (runs.some((s) => !s.ok)) console.log('  WARNING: print("hello") did not print "hello" in some start-up runs');
  };
  line('as the command line starts (kernel.cjs with the V8 code cache an earlier run left, kernel/host/code_cache.ts)', startup.cli);
  if (startup.cli.some((s) => !s.cacheUsed)) console.log('  WARNING: V8 rejected the code cache in some runs');
  line('cold (the minified ES module bundle imported, no cache of any kind: a first start)', startup.cold);
  console.log(`\n## Kernel bundle (esbuild kernel/index.ts --bundle --minify --format=esm --platform=node)`);
  console.log(`minified ${kib(bundle.minified)}, gzipped ${kib(bundle.gzip)} (gzip -9), brotli ${kib(bundle.brotli)}`);
  if (pyo?.load) console.log(`\nPyodide ${pyo.load.pyodide} (Python ${pyo.load.version}): load time ${pyo.load.loadMs.toFixed(0)} ms (for comparison with the kernel's start-up)`);
  if (pyo?.error) notes.push(pyo.error);
  if (notes.length > 0) {
    console.log('\n## Notes');
    for (const n of notes) console.log(`- ${n}`);
  }
}

await main();
