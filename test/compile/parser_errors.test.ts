/**
 * SyntaxError, IndentationError and TabError from the tokenizer and parser, against CPython
 * 3.11's compile(): kind, msg, lineno, offset, end_lineno, end_offset and text must all be
 * the same. The cases (test/compile/fixtures/parser/syntax_errors.json) cover the common
 * mistakes, every invalid_* rule of the grammar, the tokenizer's errors, f-strings, escape
 * sequences, the 'single' and 'eval' modes, and the SyntaxError doctests of CPython's test
 * suite. Errors CPython raises only in its compiler (symtable, compile.c) are not the
 * parser's: for those the parser must succeed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Mode, fixtures, kernelParse, runOracle } from './parser_helpers.ts';

type Case = string | [string, Mode];

const cases = JSON.parse(readFileSync(path.join(fixtures, 'syntax_errors.json'), 'utf8')) as Case[];
const norm = cases.map((c): [string, Mode] => (typeof c === 'string' ? [c, 'exec'] : c));
const oracle = runOracle(norm.map(([source, mode]) => ({ source, mode })));

describe('parser: syntax errors as CPython 3.11 raises them', () => {
  norm.forEach(([source, mode], i) => {
    it(`${mode}: ${JSON.stringify(source).slice(0, 80)}`, () => {
      const expected = oracle[i];
      const got = kernelParse(source, mode);
      if (expected.error) expect(got.error).toEqual(expected.error);
      else expect(got.error).toBeUndefined();
    });
  });

  it('covers many distinct messages', () => {
    const messages = new Set(oracle.filter((r) => r.error).map((r) => r.error![1]));
    expect(messages.size).toBeGreaterThan(100);
  });
});

describe('parser: the errors of the conformance programs', () => {
  const dir = path.resolve(fixtures, '../../../../../shared/conformance/errors');
  for (const name of ['syntax_error_missing_colon', 'syntax_error_print_statement', 'indentation_error', 'indentation_error_unexpected']) {
    it(name, () => {
      const got = kernelParse(readFileSync(path.join(dir, `${name}.py`), 'utf8'));
      const err = readFileSync(path.join(dir, `${name}.err`), 'utf8');
      // The last line of the .err file is "Kind: message"; line 1 names the line number.
      const last = err.trimEnd().split('\n').pop()!;
      expect(`${got.error![0]}: ${got.error![1]}`).toBe(last);
      expect(err).toContain(`line ${got.error![2]}\n`);
    });
  }
});

describe('parser: source text as a file', () => {
  it('rejects NUL bytes as running a file does (compile() of a str raises ValueError instead)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parser-nul-'));
    const file = path.join(dir, 'nul.py');
    const source = 'x = 1\ny = "\0"\n';
    writeFileSync(file, source);
    const r = spawnSync('python3', [file], { encoding: 'utf8' });
    rmSync(dir, { recursive: true });
    // CPython prints `  File "...", line N` and then `SyntaxError: msg`.
    const line = Number(/line (\d+)/.exec(r.stderr)![1]);
    const msg = r.stderr.trimEnd().split('\n').pop()!;
    const got = kernelParse(source);
    expect(`${got.error![0]}: ${got.error![1]}`).toBe(msg);
    expect(got.error![2]).toBe(line);
  });

  it('skips a UTF-8 byte order mark at the start, as running a file does', () => {
    expect(kernelParse('\ufeffx = 1\n').ast).toEqual(kernelParse('x = 1\n').ast);
  });
});
