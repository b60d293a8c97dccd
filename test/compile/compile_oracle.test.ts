/**
 * The compiler against CPython 3.11: for every file, compile CPython's own AST of it with the
 * kernel and require the same code objects as `compile()` makes (instructions and arguments,
 * constants and their sharing, names, locals, cells, free variables, flags, stack size,
 * exception table and positions), or the same SyntaxError.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readdirSync, statSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { compareOne, runOracle, type OracleResult } from './compare.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures', 'compiler');
const conformance = path.resolve(here, '../../../shared/conformance');

function pyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...pyFiles(p));
    else if (name.endsWith('.py')) out.push(p);
  }
  return out;
}

type Mode = 'exec' | 'single' | 'eval';

function checkAll(
  title: string, results: Record<string, OracleResult>, root: string, mode: Mode = 'exec', fromSource = false,
  optimize = 0,
): void {
  const summary = { identical: 0, total: 0 };
  describe(title, () => {
    for (const [file, oracle] of Object.entries(results)) {
      // Files CPython cannot parse are the parser's business, not the compiler's.
      if (oracle.ast === null) continue;
      summary.total++;
      it(path.relative(root, file), () => {
        const r = compareOne(file, oracle, mode, fromSource, optimize);
        expect(r.error).toBeNull();
        expect(r.diffs).toEqual([]);
        summary.identical++;
      });
    }
    afterAll(() => {
      const pct = summary.total ? ((100 * summary.identical) / summary.total).toFixed(1) : '0';
      console.log(`${title}: ${summary.identical}/${summary.total} identical to CPython 3.11 (${pct}%)`);
    });
  });
}

let conformanceFiles: string[] = [];
try {
  conformanceFiles = pyFiles(conformance);
} catch {
  conformanceFiles = [];
}
const fixtureFiles = readdirSync(fixtures).filter((f) => f.endsWith('.py')).map((f) => path.join(fixtures, f));
const conformanceOracle = conformanceFiles.length ? runOracle(conformanceFiles) : {};
const fixtureOracle = runOracle(fixtureFiles);
const errorOracle = runOracle([path.join(fixtures, 'compile_errors.txt')], 'exec', true);
const caseOracle = runOracle([path.join(fixtures, 'cases.txt')], 'exec', true);

// From CPython's own AST: the optimizer, symbol table, code generator and assembler alone.
if (conformanceFiles.length) checkAll('conformance programs', conformanceOracle, conformance);
checkAll('compiler fixtures', fixtureOracle, fixtures);
checkAll('compile-time SyntaxErrors', errorOracle, fixtures);
checkAll('small cases', caseOracle, fixtures);
checkAll("'single' mode (the REPL)", runOracle([path.join(fixtures, 'single_cases.txt')], 'single', true), fixtures, 'single');
checkAll("'eval' mode", runOracle([path.join(fixtures, 'eval_cases.txt')], 'eval', true), fixtures, 'eval');

// -O drops asserts and folds __debug__ to False; -OO also drops docstrings.
for (const level of [1, 2]) {
  checkAll(`fixtures with optimize=${level}`, runOracle(fixtureFiles, 'exec', false, level), fixtures, 'exec', false, level);
}

// End to end: the kernel's parser on the source, then the compiler.
if (conformanceFiles.length) checkAll('conformance programs from source', conformanceOracle, conformance, 'exec', true);
checkAll('compiler fixtures from source', fixtureOracle, fixtures, 'exec', true);
checkAll('compile-time SyntaxErrors from source', errorOracle, fixtures, 'exec', true);
checkAll('small cases from source', caseOracle, fixtures, 'exec', true);
