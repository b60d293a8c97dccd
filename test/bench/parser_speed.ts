/**
 * Parser speed for `npm run bench`: ten thousand lines (the parser fixtures and the conformance
 * programs, repeated) parsed by the kernel and by CPython 3.11's compile(..., PyCF_ONLY_AST).
 * Target: within 3x of CPython.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseWithArena } from '../../kernel/compile/parser.ts';
import { conformance, fixtures, pyFiles } from '../compile/parser_helpers.ts';

function corpus(): string {
  const files = [...pyFiles(fixtures), ...pyFiles(conformance)]
    .map((f) => readFileSync(f, 'utf8'))
    .filter((s) => {
      try {
        parseWithArena(s, 'x.py', 'exec');
        return true;
      } catch {
        return false;
      }
    });
  const parts: string[] = [];
  let lines = 0;
  while (lines < 10_000) {
    for (const s of files) {
      parts.push(s.endsWith('\n') ? s : s + '\n');
      lines += s.split('\n').length;
    }
  }
  return parts.join('');
}

/** CPU time (ms) of one call: wall time would count other processes' turns on a busy machine. */
function cpuMs(f: () => void): number {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

export interface ParserSpeed {
  lines: number;
  kernelMs: number;
  cpythonMs: number;
}

/** The parser, warmed up, against CPython 3.11's compile(..., PyCF_ONLY_AST) on the same text (best of 9, CPU time). */
export function measureParser(): ParserSpeed {
  const source = corpus();
  for (let i = 0; i < 8; i++) parseWithArena(source, 'x.py', 'exec');
  let kernelMs = Infinity;
  for (let i = 0; i < 9; i++) kernelMs = Math.min(kernelMs, cpuMs(() => parseWithArena(source, 'x.py', 'exec')));
  const py = `
import ast, sys, time, warnings
warnings.simplefilter('ignore')
s = sys.stdin.read()
ts = []
for i in range(9):
    t = time.process_time()
    compile(s, 'x.py', 'exec', ast.PyCF_ONLY_AST)
    ts.append((time.process_time() - t) * 1000)
print(min(ts))`;
  const cpythonMs = Number(execFileSync('python3', ['-c', py], { input: source, encoding: 'utf8' }));
  return { lines: source.split('\n').length, kernelMs, cpythonMs };
}
