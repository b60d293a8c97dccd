// Native CPython (`python3`) runs of the benchmark programs.
import { spawnSync } from 'node:child_process';
import type { EngineResult } from './stats.ts';

/**
 * The harness `python3 -c` runs: the program's source compiled and executed in a fresh globals
 * dict per run (`__name__ == '__main__'`), stdout captured; compile + run is timed, as the
 * kernel's runMain and Pyodide's runPython are. The first run is a warm-up.
 */
const HARNESS = String.raw`
import builtins, contextlib, gc, io, json, sys, time
path, runs, warmup, budget = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]) / 1000
source = open(path, encoding="utf-8").read()
samples, stdout, error = [], "", None
start = time.perf_counter()
for i in range(warmup + runs):
    g = {"__name__": "__main__", "__file__": path, "__builtins__": builtins}
    out = io.StringIO()
    gc.collect()
    w0, c0 = time.perf_counter(), time.process_time()
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(source, path, "exec"), g)
    except BaseException as e:
        error = "%s: %s" % (type(e).__name__, e)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    g.clear()
    kept, times = [], []
    for line in out.getvalue().split("\n"):
        if line.startswith("@time"):
            times.append(float(line.split()[1]))
        else:
            kept.append(line)
    if times:
        wall = cpu = sum(times)
    stdout = "\n".join(kept)
    if error is not None:
        break
    if i >= warmup:
        samples.append({"wall": wall, "cpu": cpu})
    if len(samples) >= 3 and time.perf_counter() - start > budget:
        break
result = {"samples": samples, "stdout": stdout}
if error is not None:
    result["error"] = error
sys.stdout.write("@@RESULT " + json.dumps(result) + "\n")
`;

export function pythonVersion(python: string): string | null {
  const r = spawnSync(python, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export function runCPython(python: string, path: string, runs: number, warmup: number, budgetMs: number): EngineResult {
  const r = spawnSync(python, ['-c', HARNESS, path, String(runs), String(warmup), String(budgetMs)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = r.stdout?.split('\n').find((l) => l.startsWith('@@RESULT '));
  if (line === undefined) {
    return { samples: [], stdout: '', error: `python3 failed (status ${r.status}): ${(r.stderr ?? String(r.error)).trim().slice(-500)}` };
  }
  return JSON.parse(line.slice('@@RESULT '.length)) as EngineResult;
}
