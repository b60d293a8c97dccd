/**
 * SyntaxErrors raised after parsing (future statements, symbol table, code generation).
 *
 * CPython 3.11: Python/errors.c PyErr_RangedSyntaxLocationObject + PyErr_ProgramTextObject.
 * The offsets are what CPython stores: the AST's col_offset + 1, so UTF-8 byte based for these
 * errors (unlike the parser's, which are converted to characters). An end_offset of -1 means
 * CPython's None. The text is the source line with its newline, read from the file by name in
 * CPython; here it comes from the source the caller passed, or is null (as for `<stdin>`).
 */
import { PySyntaxError } from './errors.ts';

export interface SourceInfo {
  filename: string;
  /** The source text, to quote the offending line; null when CPython could not read the file. */
  source: string | null;
}

/** CPython 3.11: Python/errors.c err_programtext — line `lineno` (1-based) with its newline. */
export function programText(src: SourceInfo, lineno: number): string | null {
  if (src.source === null || lineno < 1) return null;
  let start = 0;
  for (let i = 1; i < lineno; i++) {
    const nl = src.source.indexOf('\n', start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  if (start >= src.source.length) return null;
  const nl = src.source.indexOf('\n', start);
  return nl < 0 ? src.source.slice(start) : src.source.slice(start, nl + 1);
}

export function syntaxError(
  src: SourceInfo, msg: string, lineno: number, offset: number, endLineno: number, endOffset: number,
): PySyntaxError {
  return new PySyntaxError('SyntaxError', msg, src.filename, lineno, offset, endLineno, endOffset,
    programText(src, lineno));
}

/**
 * CPython 3.11 raises RecursionError("maximum recursion depth exceeded during compilation")
 * when the symbol table or the compiler nest too deeply. NON-CPYTHON: here the signal is the
 * JavaScript stack running out, caught at the compiler's entry and turned into this.
 */
export class PyCompileRecursionError {
  readonly kind = 'RecursionError';
  readonly msg = 'maximum recursion depth exceeded during compilation';
}
