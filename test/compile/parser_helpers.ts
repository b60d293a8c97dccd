/**
 * Shared by the parser tests: CPython 3.11 as oracle (test/compile/parser_oracle.py, one
 * python3 run per batch) and the kernel's answers in the same shape.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PySyntaxError } from '../../kernel/compile/errors.ts';
import { parseWithArena } from '../../kernel/compile/parser.ts';
import { astJson } from './parser_ast_json.ts';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const fixtures = path.join(here, 'fixtures', 'parser');
export const conformance = path.resolve(here, '../../../shared/conformance');

export type Mode = 'exec' | 'single' | 'eval';
export type ErrorTuple = [string, string, number, number, number, number, string | null];

export type OracleRequest =
  | { path: string; mode?: Mode }
  | { source: string; mode?: Mode }
  | { interactive: string };

export interface OracleResult {
  ast?: unknown;
  error?: ErrorTuple;
  compile_error?: ErrorTuple;
  console?: 'complete' | 'incomplete' | 'error';
}

/** Ask CPython 3.11 (python3 must be 3.11, as on every dev machine and CI). */
export function runOracle(requests: OracleRequest[]): OracleResult[] {
  const version = execFileSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))'], { encoding: 'utf8' });
  if (version.trim() !== 'True') throw new Error('the parser tests need python3 to be CPython 3.11');
  const out = execFileSync('python3', [path.join(here, 'parser_oracle.py')], {
    input: JSON.stringify(requests),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return JSON.parse(out) as OracleResult[];
}

/** The kernel's parse of a source, in the oracle's shape. */
export function kernelParse(source: string, mode: Mode = 'exec'): OracleResult {
  try {
    return { ast: astJson(parseWithArena(source, '<oracle>', mode).tree) };
  } catch (e) {
    if (e instanceof PySyntaxError) {
      return { error: [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text] };
    }
    throw e;
  }
}

/** All .py files under a directory, sorted. */
export function pyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...pyFiles(p));
    else if (name.endsWith('.py')) out.push(p);
  }
  return out;
}
