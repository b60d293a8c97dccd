/**
 * CPython 3.11: Parser/pegen_errors.c — raising SyntaxError, IndentationError and TabError
 * from the parser, with CPython's lineno / offset / end_offset / text.
 */
import { PySyntaxError } from './errors.ts';
import type { Parser } from './parser.ts';
import { TokDone, Token, codePointLength, decodeUtf8 } from './tokenizer.ts';
import { Tok } from './tokens.ts';

type ErrKind = PySyntaxError['kind'];

/** CPython 3.11: Parser/pegen.h CURRENT_POS — "where the tokenizer is now". */
export const CURRENT_POS = -5;

/** Anything with a position: a token or an AST node. */
export interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/**
 * CPython 3.11: Parser/pegen.h RAISE_ERROR_KNOWN_LOCATION — columns are 0-based byte columns
 * (or CURRENT_POS); they become 1-based here.
 */
export function raiseError(
  p: Parser,
  kind: ErrKind,
  lineno: number,
  colOffset: number,
  endLineno: number,
  endColOffset: number,
  msg: string,
): never {
  const col = colOffset === CURRENT_POS ? CURRENT_POS : colOffset + 1;
  const endCol = endColOffset === CURRENT_POS ? CURRENT_POS : endColOffset + 1;
  raiseErrorKnownLocation(p, kind, lineno, col, endLineno, endCol, msg);
}

/** CPython 3.11: Parser/pegen.h RAISE_SYNTAX_ERROR_KNOWN_LOCATION */
export function raiseAt(p: Parser, a: Span, msg: string, kind: ErrKind = 'SyntaxError'): never {
  raiseError(p, kind, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset, msg);
}

/** CPython 3.11: Parser/pegen.h RAISE_SYNTAX_ERROR_KNOWN_RANGE */
export function raiseRange(p: Parser, a: Span, b: Span, msg: string): never {
  raiseError(p, 'SyntaxError', a.lineno, a.col_offset, b.end_lineno, b.end_col_offset, msg);
}

/** CPython 3.11: Parser/pegen.h RAISE_SYNTAX_ERROR_STARTING_FROM */
export function raiseStartingFrom(p: Parser, a: Span, msg: string): never {
  raiseError(p, 'SyntaxError', a.lineno, a.col_offset, CURRENT_POS, CURRENT_POS, msg);
}

/**
 * CPython 3.11: Parser/pegen_errors.c _PyPegen_raise_error (RAISE_SYNTAX_ERROR,
 * RAISE_INDENTATION_ERROR) — at the last token read, or at p.knownErrToken.
 */
export function raiseAtLastToken(p: Parser, msg: string, kind: ErrKind = 'SyntaxError'): never {
  if (p.tokens.length === 0) raiseErrorKnownLocation(p, kind, 0, 0, 0, -1, msg);
  const t = p.knownErrToken ?? p.tokens[p.tokens.length - 1];
  let col: number;
  if (t.col_offset === -1) col = p.tok.cur - p.tok.lineStart;
  else col = t.col_offset + 1;
  const endCol = t.end_col_offset !== -1 ? t.end_col_offset + 1 : -1;
  raiseErrorKnownLocation(p, kind, t.lineno, col, t.end_lineno, endCol, msg);
}

/** CPython 3.11: Parser/pegen.c _PyPegen_byte_offset_to_character_offset */
export function byteOffsetToCharOffset(line: string, colOffset: number): number {
  const bytes = new TextEncoder().encode(line);
  let col = colOffset;
  if (col > bytes.length + 1) col = bytes.length + 1;
  if (col <= 0) return col;
  // Decoding a prefix that ends inside a character gives one replacement character for it.
  return codePointLength(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, Math.min(col, bytes.length)))) +
    (col > bytes.length ? col - bytes.length : 0);
}

/** CPython 3.11: Parser/pegen_errors.c get_error_line_from_tokenizer_buffers */
function errorLineFromBuffers(p: Parser, lineno: number): string {
  const buf = p.tok.buf;
  const relative = p.startingLineno ? lineno - p.startingLineno + 1 : lineno;
  let cur = 0;
  for (let i = 0; i < relative - 1; i++) {
    const nl = buf.indexOf(0x0a, cur);
    if (nl < 0 || nl + 1 > p.tok.inp) break;
    cur = nl + 1;
  }
  let e = buf.indexOf(0x0a, cur);
  if (e < 0) e = buf.length;
  return decodeUtf8(buf, cur, e);
}

/**
 * CPython 3.11: Parser/pegen_errors.c _PyPegen_raise_error_known_location — columns here
 * are already 1-based byte offsets; they are turned into character offsets in the line.
 * The text is the error's line as the string tokenizer holds it: with its newline when the
 * tokenizer is still on that line, without when it has moved on.
 */
export function raiseErrorKnownLocation(
  p: Parser,
  kind: ErrKind,
  lineno: number,
  colOffset: number,
  endLineno: number,
  endColOffset: number,
  msg: string,
): never {
  let endLn = endLineno;
  let endCol = endColOffset;
  let col = colOffset;
  if (endLn === CURRENT_POS) endLn = p.tok.absLineno();
  if (endCol === CURRENT_POS) endCol = p.tok.cur - p.tok.lineStart;
  let message = msg;
  if (p.startRule === 'fstring') message = 'f-string: ' + msg;
  const tok = p.tok;
  let line: string;
  if (tok.absLineno() <= lineno && tok.inp > tok.bufStart) {
    line = decodeUtf8(tok.buf, tok.bufStart, tok.inp);
  } else {
    line = errorLineFromBuffers(p, lineno);
  }
  if (p.startRule === 'fstring') {
    col -= p.startingColOffset;
    endCol -= p.startingColOffset;
  }
  // Offsets become characters only when the tokenizer knows its encoding: the f-string
  // expression tokenizer (_PyTokenizer_FromString without a coding cookie) does not.
  let colNumber = col;
  let endColNumber = endCol;
  if (p.startRule !== 'fstring') {
    colNumber = byteOffsetToCharOffset(line, col);
    if (endColNumber > 0) endColNumber = byteOffsetToCharOffset(line, endColNumber);
  }
  throw new PySyntaxError(kind, message, p.filename, lineno, colNumber, endLn, endColNumber, line);
}

/** CPython 3.11: Parser/pegen_errors.c raise_unclosed_parentheses_error */
function raiseUnclosedParentheses(p: Parser): never {
  const tok = p.tok;
  const lineno = tok.parenlinenostack[tok.level - 1];
  const col = tok.parencolstack[tok.level - 1];
  const ch = String.fromCharCode(tok.parenstack[tok.level - 1]);
  raiseError(p, 'SyntaxError', lineno, col, lineno, -1, `'${ch}' was never closed`);
}

/** CPython 3.11: Parser/pegen_errors.c _Pypegen_tokenizer_error */
export function tokenizerError(p: Parser): never {
  const tok = p.tok;
  if (tok.error) throw tok.error;
  let kind: ErrKind = 'SyntaxError';
  let colOffset = -1;
  let msg: string;
  switch (tok.done) {
    case TokDone.TOKEN:
      msg = 'invalid token';
      break;
    case TokDone.EOF:
      if (tok.level) raiseUnclosedParentheses(p);
      raiseAtLastToken(p, 'unexpected EOF while parsing');
    case TokDone.DEDENT:
      raiseAtLastToken(p, 'unindent does not match any outer indentation level', 'IndentationError');
    case TokDone.TABSPACE:
      kind = 'TabError';
      msg = 'inconsistent use of tabs and spaces in indentation';
      break;
    case TokDone.TOODEEP:
      kind = 'IndentationError';
      msg = 'too many levels of indentation';
      break;
    case TokDone.LINECONT:
      colOffset = tok.cur - tok.bufStart - 1;
      msg = 'unexpected character after line continuation character';
      break;
    default:
      msg = 'unknown parsing error';
  }
  raiseError(p, kind, tok.absLineno(), colOffset >= 0 ? colOffset : 0, tok.absLineno(), -1, msg);
}

/**
 * CPython 3.11: Parser/pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors —
 * after a parser error, a tokenizer error further on wins, and so does a bracket left open
 * on an earlier line.
 */
function tokenizeFullSourceToCheckForErrors(p: Parser, err: PySyntaxError | null): void {
  const current = p.knownErrToken ?? p.tokens[p.tokens.length - 1];
  const currentErrLine = current.lineno;
  const tok = p.tok;
  for (;;) {
    const t = tok.get();
    if (t === Tok.ERRORTOKEN) {
      if (tok.error) throw tok.error;
      if (tok.level !== 0) {
        const errorLineno = tok.parenlinenostack[tok.level - 1];
        if (currentErrLine > errorLineno) raiseUnclosedParentheses(p);
      }
      break;
    }
    if (t === Tok.ENDMARKER) break;
  }
  if (err) throw err;
}

/** CPython 3.11: Parser/pegen_errors.c _PyPegen_set_syntax_error */
export function setSyntaxError(p: Parser, lastToken: Token, err: PySyntaxError | null = null): never {
  if (err) {
    // An error from the second pass: tokenizer errors further on take priority.
    const tokOk = p.tok.done === TokDone.OK;
    if (tokOk) tokenizeFullSourceToCheckForErrors(p, err);
    throw err;
  }
  if (p.tokens.length === 0) raiseAtLastToken(p, 'error at start before reading any input');
  if (lastToken.type === Tok.ERRORTOKEN && p.tok.done === TokDone.EOF) {
    if (p.tok.level) raiseUnclosedParentheses(p);
    raiseAtLastToken(p, 'unexpected EOF while parsing');
  }
  if (lastToken.type === Tok.INDENT || lastToken.type === Tok.DEDENT) {
    raiseAtLastToken(p, lastToken.type === Tok.INDENT ? 'unexpected indent' : 'unexpected unindent', 'IndentationError');
  }
  let generic: PySyntaxError;
  try {
    raiseAt(p, lastToken, 'invalid syntax');
  } catch (e) {
    generic = e as PySyntaxError;
  }
  tokenizeFullSourceToCheckForErrors(p, generic!);
  throw generic!;
}
