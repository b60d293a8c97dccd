/**
 * The interactive console's question "is this input complete?" (isIncomplete), against
 * CPython 3.11's codeop.compile_command, which code.InteractiveConsole asks: a compound
 * statement continues until a blank line; an open bracket, an open triple-quoted string or a
 * trailing backslash continue; a complete simple statement is done; a syntax error is not
 * incomplete.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PySyntaxError } from '../../kernel/compile/errors.ts';
import { isIncomplete, parse } from '../../kernel/compile/parser.ts';
import { fixtures, runOracle } from './parser_helpers.ts';

const inputs = JSON.parse(readFileSync(path.join(fixtures, 'interactive.json'), 'utf8')) as string[];
const oracle = runOracle(inputs.map((interactive) => ({ interactive })));

/** What the console does with the lines typed so far. */
function consoleVerdict(source: string): string {
  if (isIncomplete(source)) return 'incomplete';
  // codeop compiles input of only blank lines and comments as 'pass'.
  const blank = source.split('\n').every((l) => !l.trim() || l.trim().startsWith('#'));
  try {
    parse(blank ? 'pass' : source, '<stdin>', 'single');
    return 'complete';
  } catch (e) {
    if (e instanceof PySyntaxError) return 'error';
    throw e;
  }
}

describe('parser: isIncomplete agrees with codeop.compile_command', () => {
  inputs.forEach((source, i) => {
    it(JSON.stringify(source), () => {
      expect(consoleVerdict(source)).toBe(oracle[i].console);
    });
  });
});
