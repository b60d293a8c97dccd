/**
 * The parser against CPython 3.11's own AST: for every corpus file (the conformance programs,
 * the parser fixtures covering every construct, the compiler's fixtures) the same tree, node
 * for node, with the same positions (lineno, col_offset, end_lineno, end_col_offset in UTF-8
 * bytes) — or, for a file CPython cannot parse, the same SyntaxError.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Mode, type OracleRequest, conformance, fixtures, here, kernelParse, pyFiles, runOracle } from './parser_helpers.ts';

const files = [
  ...pyFiles(conformance),
  ...pyFiles(fixtures),
  ...pyFiles(path.join(here, 'fixtures')).filter((f) => !f.startsWith(fixtures)),
];

/** Small inputs in the 'single' (REPL) and 'eval' modes. */
const snippets: [string, Mode][] = [
  ['x = 1', 'single'],
  ['1 + 2', 'single'],
  ['if x:\n  y = 1\n', 'single'],
  ['def f():\n  return 1\n', 'single'],
  ['for i in range(3): print(i)', 'single'],
  ['x = 1; y = 2', 'single'],
  ['', 'single'],
  ['\n', 'single'],
  ['# comment', 'single'],
  ['class A:\n  pass\n\n', 'single'],
  ['@dec\ndef f(): pass\n', 'single'],
  ['x', 'eval'],
  ['1 + 2 * 3', 'eval'],
  ['a, b', 'eval'],
  ['(yield)', 'eval'],
  ['lambda x: x\n\n', 'eval'],
  ['  x', 'eval'],
  ['f"{x!r:>{w}}"', 'eval'],
  ['[x async for x in y]', 'eval'],
];

const requests: OracleRequest[] = [
  ...files.map((f) => ({ path: f })),
  ...snippets.map(([source, mode]) => ({ source, mode })),
];
const oracle = runOracle(requests);

describe('parser: AST of corpus files identical to CPython 3.11', () => {
  files.forEach((file, i) => {
    it(path.relative(path.resolve(here, '../..'), file), () => {
      const expected = oracle[i];
      const got = kernelParse(readFileSync(file, 'utf8'));
      if (expected.error) expect(got.error).toEqual(expected.error);
      else expect(got.ast).toEqual(expected.ast);
    });
  });
});

describe("parser: 'single' and 'eval' modes", () => {
  snippets.forEach(([source, mode], i) => {
    it(`${mode}: ${JSON.stringify(source)}`, () => {
      const expected = oracle[files.length + i];
      const got = kernelParse(source, mode);
      if (expected.error) expect(got.error).toEqual(expected.error);
      else expect(got.ast).toEqual(expected.ast);
    });
  });
});
