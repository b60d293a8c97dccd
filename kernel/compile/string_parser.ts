/**
 * CPython 3.11: Parser/string_parser.c and Parser/action_helpers.c
 * _PyPegen_concatenate_strings — string, bytes and f-string literals.
 */
import type { expr } from './ast.ts';
import * as N from './ast_nodes.ts';
import type { ConstValue } from './constants.ts';
import { Parser, runParser } from './parser.ts';
import { raiseAt, raiseAtLastToken } from './pegen_errors.ts';
import { Token, Tokenizer, decodeUtf8 } from './tokenizer.ts';
import { lookupUnicodeName } from './unicode_names.ts';

const BACKSLASH = 0x5c;

/** What _PyPegen_parsestr found in one STRING token. */
interface ParsedStr {
  bytesmode: boolean;
  rawmode: boolean;
  fmode: boolean;
  /** Body (between the quotes) as byte offsets into the token buffer. */
  start: number;
  end: number;
}

/** CPython 3.11: Parser/string_parser.c _PyPegen_parsestr — prefixes and quotes of a token. */
function parseStrToken(buf: Uint8Array, t: Token): ParsedStr {
  let i = t.start;
  let bytesmode = false;
  let rawmode = false;
  let fmode = false;
  for (;;) {
    const c = buf[i] | 0x20;
    if (c === 0x62) bytesmode = true;
    else if (c === 0x72) rawmode = true;
    else if (c === 0x66) fmode = true;
    else if (c !== 0x75) break;
    i++;
  }
  const quote = buf[i];
  let start = i + 1;
  let end = t.end - 1;
  if (end - start >= 4 && buf[start] === quote && buf[start + 1] === quote) {
    // Triple quoted.
    start += 2;
    end -= 2;
  }
  return { bytesmode, rawmode, fmode, start, end };
}

/** A UnicodeDecodeError / ValueError of the escape decoders, made into a SyntaxError later. */
class DecodeError {
  constructor(readonly message: string) {}
}

/**
 * CPython 3.11: Parser/string_parser.c decode_unicode_with_escapes — non-ASCII characters
 * become \U escapes first, so that positions in error messages count as CPython's do.
 */
export function decodeUnicodeWithEscapes(buf: Uint8Array, start: number, end: number): string {
  // A backslash at the very end (an f-string literal cut before '{') becomes \u005c below.
  let ascii = end === start || buf[end - 1] !== BACKSLASH;
  for (let i = start; i < end; i++) {
    if (buf[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return decodeUnicodeEscape(buf, start, end);
  const out: number[] = [];
  let i = start;
  while (i < end) {
    if (buf[i] === BACKSLASH) {
      out.push(buf[i++]);
      if (i >= end || buf[i] >= 0x80) {
        for (const ch of 'u005c') out.push(ch.charCodeAt(0));
        if (i >= end) break;
      }
    }
    if (buf[i] >= 0x80) {
      let j = i;
      while (j < end && buf[j] >= 0x80) j++;
      for (const ch of decodeUtf8(buf, i, j)) {
        const esc = '\\U' + ch.codePointAt(0)!.toString(16).padStart(8, '0');
        for (let k = 0; k < esc.length; k++) out.push(esc.charCodeAt(k));
      }
      i = j;
    } else {
      out.push(buf[i++]);
    }
  }
  const tmp = Uint8Array.from(out);
  return decodeUnicodeEscape(tmp, 0, tmp.length);
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

function simpleEscape(c: number): number {
  switch (c) {
    case 0x5c: return 0x5c;
    case 0x27: return 0x27;
    case 0x22: return 0x22;
    case 0x62: return 0x08; // \b
    case 0x66: return 0x0c; // \f
    case 0x74: return 0x09; // \t
    case 0x6e: return 0x0a; // \n
    case 0x72: return 0x0d; // \r
    case 0x76: return 0x0b; // \v
    case 0x61: return 0x07; // \a
    default: return -1;
  }
}

function unicodeEscapeError(start: number, endPos: number, buf: Uint8Array, offset: number, message: string): DecodeError {
  const s = start - offset;
  const e = endPos - offset;
  const where = e - s === 1
    ? `byte 0x${buf[start].toString(16).padStart(2, '0')} in position ${s}`
    : `bytes in position ${s}-${e - 1}`;
  return new DecodeError(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${message}`);
}

/** CPython 3.11: Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal (ASCII input) */
function decodeUnicodeEscape(buf: Uint8Array, start: number, end: number): string {
  let out = '';
  let i = start;
  let runStart = i;
  while (i < end) {
    if (buf[i] !== BACKSLASH) {
      i++;
      continue;
    }
    if (i > runStart) out += decodeUtf8(buf, runStart, i);
    const escStart = i;
    i++;
    if (i >= end) throw unicodeEscapeError(escStart, end, buf, start, '\\ at end of string');
    const c = buf[i++];
    const simple = simpleEscape(c);
    if (c === 0x0a) {
      // Line continuation.
    } else if (simple >= 0) {
      out += String.fromCharCode(simple);
    } else if (c >= 0x30 && c <= 0x37) {
      let x = c - 0x30;
      if (i < end && buf[i] >= 0x30 && buf[i] <= 0x37) {
        x = (x << 3) + buf[i++] - 0x30;
        if (i < end && buf[i] >= 0x30 && buf[i] <= 0x37) x = (x << 3) + buf[i++] - 0x30;
      }
      out += String.fromCodePoint(x);
    } else if (c === 0x78 || c === 0x75 || c === 0x55) {
      let count = c === 0x78 ? 2 : c === 0x75 ? 4 : 8;
      const message = c === 0x78 ? 'truncated \\xXX escape' : c === 0x75 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
      let ch = 0;
      for (; count; i++, count--) {
        const h = i < end ? hexValue(buf[i]) : -1;
        if (h < 0) throw unicodeEscapeError(escStart, i, buf, start, message);
        ch = ch * 16 + h;
      }
      if (ch > 0x10ffff) throw unicodeEscapeError(escStart, i, buf, start, 'illegal Unicode character');
      out += String.fromCodePoint(ch);
    } else if (c === 0x4e) {
      let message = 'malformed \\N character escape';
      if (i < end && buf[i] === 0x7b) {
        const nameStart = ++i;
        while (i < end && buf[i] !== 0x7d) i++;
        if (i < end && i > nameStart) {
          const name = decodeUtf8(buf, nameStart, i);
          i++;
          const cp = lookupUnicodeName(name);
          if (cp >= 0) {
            out += String.fromCodePoint(cp);
            runStart = i;
            continue;
          }
          message = 'unknown Unicode character name';
        }
      }
      throw unicodeEscapeError(escStart, i, buf, start, message);
    } else {
      // An invalid escape stays as it is (CPython 3.11 warns: DeprecationWarning).
      out += '\\' + String.fromCharCode(c);
    }
    runStart = i;
  }
  if (end > runStart) out += decodeUtf8(buf, runStart, end);
  return out;
}

/** CPython 3.11: Objects/bytesobject.c _PyBytes_DecodeEscape */
function decodeBytesWithEscapes(buf: Uint8Array, start: number, end: number): Uint8Array {
  const out: number[] = [];
  let i = start;
  while (i < end) {
    if (buf[i] !== BACKSLASH) {
      out.push(buf[i++]);
      continue;
    }
    i++;
    if (i >= end) throw new DecodeError('(value error) Trailing \\ in string');
    const c = buf[i++];
    const simple = simpleEscape(c);
    if (c === 0x0a) continue;
    if (simple >= 0) {
      out.push(simple);
    } else if (c >= 0x30 && c <= 0x37) {
      let x = c - 0x30;
      if (i < end && buf[i] >= 0x30 && buf[i] <= 0x37) {
        x = (x << 3) + buf[i++] - 0x30;
        if (i < end && buf[i] >= 0x30 && buf[i] <= 0x37) x = (x << 3) + buf[i++] - 0x30;
      }
      out.push(x & 0xff);
    } else if (c === 0x78) {
      const h1 = i < end ? hexValue(buf[i]) : -1;
      const h2 = i + 1 < end ? hexValue(buf[i + 1]) : -1;
      if (h1 < 0 || h2 < 0) throw new DecodeError(`(value error) invalid \\x escape at position ${i - 2 - start}`);
      out.push(h1 * 16 + h2);
      i += 2;
    } else {
      out.push(BACKSLASH, c);
    }
  }
  return Uint8Array.from(out);
}

/**
 * CPython 3.11: Parser/string_parser.c FstringParser — the literal text gathered so far and
 * the JoinedStr values made so far.
 */
class FstringState {
  lastStr: string | null = null;
  fmode = false;
  readonly exprList: expr[] = [];

  /** CPython 3.11: Parser/string_parser.c _PyPegen_FstringParser_ConcatAndDel */
  concat(s: string): void {
    if (s.length === 0) return;
    this.lastStr = this.lastStr === null ? s : this.lastStr + s;
  }
}

/** CPython 3.11: Parser/string_parser.c make_str_node_and_del */
function makeStrNode(p: Parser, state: FstringState, first: Token, last: Token): expr {
  const s = state.lastStr!;
  state.lastStr = null;
  const v: ConstValue = p.addConst({ t: 'str', v: s });
  const kind = p.tok.buf[first.start] === 0x75 ? 'u' : null;
  return N.Constant(v, kind, first, last);
}

/** CPython 3.11: Parser/action_helpers.c _PyPegen_concatenate_strings */
function hasBackslash(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] === BACKSLASH) return true;
  return false;
}

export function concatenateStrings(p: Parser, toks: Token[]): expr | null {
  const first = toks[0];
  const last = toks[toks.length - 1];
  const buf = p.tok.buf;
  let bytesmode = false;
  let bytesParts: Uint8Array[] | null = null;
  const state = new FstringState();
  try {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const ps = parseStrToken(buf, t);
      if (i !== 0 && bytesmode !== ps.bytesmode) raiseAtLastToken(p, 'cannot mix bytes and nonbytes literals');
      bytesmode = ps.bytesmode;
      if (ps.fmode) {
        const pos = { i: ps.start };
        fstringConcat(p, state, pos, ps.end, ps.rawmode, 0, first, t, last);
      } else if (bytesmode) {
        for (let k = ps.start; k < ps.end; k++) {
          if (buf[k] >= 0x80) raiseAt(p, t, 'bytes can only contain ASCII literal characters');
        }
        const raw = ps.rawmode || !hasBackslash(buf, ps.start, ps.end);
        const b = raw ? buf.slice(ps.start, ps.end) : decodeBytesWithEscapes(buf, ps.start, ps.end);
        (bytesParts ??= []).push(b);
      } else {
        const raw = ps.rawmode || !hasBackslash(buf, ps.start, ps.end);
        state.concat(raw ? p.tok.text(ps.start, ps.end) : decodeUnicodeWithEscapes(buf, ps.start, ps.end));
      }
    }
  } catch (e) {
    // CPython 3.11: Parser/pegen.c _Pypegen_raise_decode_error
    if (e instanceof DecodeError) raiseAtLastToken(p, e.message);
    throw e;
  }
  if (bytesmode) {
    let n = 0;
    for (const b of bytesParts!) n += b.length;
    const all = new Uint8Array(n);
    let o = 0;
    for (const b of bytesParts!) {
      all.set(b, o);
      o += b.length;
    }
    return N.Constant(p.addConst({ t: 'bytes', v: all }), null, first, last);
  }
  return fstringFinish(p, state, first, last);
}

/** CPython 3.11: Parser/string_parser.c _PyPegen_FstringParser_Finish */
function fstringFinish(p: Parser, state: FstringState, first: Token, last: Token): expr {
  if (!state.fmode) {
    if (state.lastStr === null) state.lastStr = '';
    return makeStrNode(p, state, first, last);
  }
  if (state.lastStr !== null) state.exprList.push(makeStrNode(p, state, first, last));
  return N.JoinedStr(state.exprList, first, last);
}

/**
 * CPython 3.11: Parser/string_parser.c _PyPegen_FstringParser_ConcatFstring — parse the
 * f-string body at pos.i (up to end) into `state`.
 */
function fstringConcat(
  p: Parser,
  state: FstringState,
  pos: { i: number },
  end: number,
  raw: boolean,
  recurseLvl: number,
  first: Token,
  t: Token,
  last: Token,
): void {
  state.fmode = true;
  const buf = p.tok.buf;
  for (;;) {
    // fstring_find_literal_and_expr
    const lit = findLiteral(p, pos, end, raw, recurseLvl);
    if (lit.literal !== null) state.concat(lit.literal);
    if (lit.result === 1) continue;
    if (pos.i >= end || buf[pos.i] === 0x7d) break;
    const fe = findExpr(p, pos, end, raw, recurseLvl, first, t, last);
    if (fe.exprText !== null) state.concat(fe.exprText);
    if (state.lastStr !== null) state.exprList.push(makeStrNode(p, state, first, last));
    state.exprList.push(fe.expression);
  }
  if (recurseLvl === 0 && pos.i < end) raiseAtLastToken(p, 'f-string: unexpected end of string');
  if (recurseLvl !== 0 && buf[pos.i] !== 0x7d) raiseAtLastToken(p, "f-string: expecting '}'");
}

/** CPython 3.11: Parser/string_parser.c fstring_find_literal */
function findLiteral(
  p: Parser,
  pos: { i: number },
  end: number,
  raw: boolean,
  recurseLvl: number,
): { literal: string | null; result: number } {
  const buf = p.tok.buf;
  let s = pos.i;
  const literalStart = s;
  let result = 0;
  let done = false;
  while (s < end) {
    let ch = buf[s++];
    if (!raw && ch === BACKSLASH && s < end) {
      ch = buf[s++];
      if (ch === 0x4e) {
        if (s < end && buf[s++] === 0x7b) {
          while (s < end && buf[s++] !== 0x7d) {
            // skip the character name
          }
          continue;
        }
        break;
      }
    }
    if (ch === 0x7b || ch === 0x7d) {
      // Doubled braces only count at the top level ({{ in a format spec opens a nested field).
      if (recurseLvl === 0) {
        if (s < end && buf[s] === ch) {
          pos.i = s + 1;
          result = 1;
          done = true;
          break;
        }
        if (ch === 0x7d) {
          pos.i = s - 1;
          raiseAtLastToken(p, "f-string: single '}' is not allowed");
        }
      }
      s--;
      break;
    }
  }
  if (!done) pos.i = s;
  let literal: string | null = null;
  if (literalStart !== s) {
    try {
      literal = raw ? p.tok.text(literalStart, s) : decodeUnicodeWithEscapes(buf, literalStart, s);
    } catch (e) {
      if (e instanceof DecodeError) raiseAtLastToken(p, e.message);
      throw e;
    }
  }
  return { literal, result };
}

/** CPython 3.11: Parser/string_parser.c fstring_find_expr */
function findExpr(
  p: Parser,
  pos: { i: number },
  end: number,
  raw: boolean,
  recurseLvl: number,
  first: Token,
  t: Token,
  last: Token,
): { expression: expr; exprText: string | null } {
  const buf = p.tok.buf;
  let conversion = -1;
  let quoteChar = 0;
  let stringType = 0;
  const parenstack: number[] = [];
  let exprText: string | null = null;
  if (recurseLvl >= 2) raiseAtLastToken(p, 'f-string: expressions nested too deeply');
  pos.i += 1; // the '{'
  const exprStart = pos.i;
  for (; pos.i < end; pos.i++) {
    const ch = buf[pos.i];
    if (ch === BACKSLASH) raiseAtLastToken(p, 'f-string expression part cannot include a backslash');
    if (quoteChar) {
      if (ch === quoteChar) {
        if (stringType === 3) {
          if (pos.i + 2 < end && buf[pos.i + 1] === ch && buf[pos.i + 2] === ch) {
            pos.i += 2;
            stringType = 0;
            quoteChar = 0;
            continue;
          }
        } else {
          stringType = 0;
          quoteChar = 0;
          continue;
        }
      }
    } else if (ch === 0x27 || ch === 0x22) {
      if (pos.i + 2 < end && buf[pos.i + 1] === ch && buf[pos.i + 2] === ch) {
        stringType = 3;
        pos.i += 2;
      } else {
        stringType = 1;
      }
      quoteChar = ch;
    } else if (ch === 0x5b || ch === 0x7b || ch === 0x28) {
      if (parenstack.length >= 200) raiseAtLastToken(p, 'f-string: too many nested parenthesis');
      parenstack.push(ch);
    } else if (ch === 0x23) {
      raiseAtLastToken(p, "f-string expression part cannot include '#'");
    } else if (parenstack.length === 0 && (ch === 0x21 || ch === 0x3a || ch === 0x7d || ch === 0x3d || ch === 0x3e || ch === 0x3c)) {
      if (pos.i + 1 < end) {
        const next = buf[pos.i + 1];
        // != == <= >= are operators, not the end of the expression.
        if ((ch === 0x21 || ch === 0x3d || ch === 0x3c || ch === 0x3e) && next === 0x3d) {
          pos.i += 1;
          continue;
        }
        if (ch === 0x3e || ch === 0x3c) continue;
      }
      break;
    } else if (ch === 0x5d || ch === 0x7d || ch === 0x29) {
      if (parenstack.length === 0) raiseAtLastToken(p, `f-string: unmatched '${String.fromCharCode(ch)}'`);
      const opening = parenstack.pop()!;
      if (!((opening === 0x28 && ch === 0x29) || (opening === 0x5b && ch === 0x5d) || (opening === 0x7b && ch === 0x7d))) {
        raiseAtLastToken(
          p,
          `f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`,
        );
      }
    }
  }
  const exprEnd = pos.i;
  if (quoteChar) raiseAtLastToken(p, 'f-string: unterminated string');
  if (parenstack.length) raiseAtLastToken(p, `f-string: unmatched '${String.fromCharCode(parenstack[parenstack.length - 1])}'`);
  if (pos.i >= end) raiseAtLastToken(p, "f-string: expecting '}'");
  // Compile the expression first, so its errors come before those of the conversion or spec.
  const simpleExpression = compileExpr(p, exprStart, exprEnd, t);
  if (buf[pos.i] === 0x3d) {
    pos.i += 1;
    while (isSpace(buf[pos.i])) pos.i += 1;
    exprText = p.tok.text(exprStart, pos.i);
  }
  if (buf[pos.i] === 0x21) {
    pos.i += 1;
    if (pos.i >= end) raiseAtLastToken(p, "f-string: expecting '}'");
    conversion = buf[pos.i];
    pos.i += 1;
    if (!(conversion === 0x73 || conversion === 0x72 || conversion === 0x61)) {
      raiseAtLastToken(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  let formatSpec: expr | null = null;
  if (pos.i >= end) raiseAtLastToken(p, "f-string: expecting '}'");
  if (buf[pos.i] === 0x3a) {
    pos.i += 1;
    if (pos.i >= end) raiseAtLastToken(p, "f-string: expecting '}'");
    // fstring_parse: the format spec is an f-string of its own, positioned at token t.
    const spec = new FstringState();
    fstringConcat(p, spec, pos, end, raw, recurseLvl + 1, first, t, last);
    formatSpec = fstringFinish(p, spec, t, t);
  }
  if (pos.i >= end || buf[pos.i] !== 0x7d) raiseAtLastToken(p, "f-string: expecting '}'");
  pos.i += 1;
  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 0x72;
  const expression = N.FormattedValue(simpleExpression, conversion, formatSpec, first, last);
  return { expression, exprText };
}

/** CPython 3.11: Include/pyctype.h Py_ISSPACE */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d;
}

/**
 * CPython 3.11: Parser/string_parser.c fstring_compile_expr — parse the expression between
 * the braces as "(expr)" with a parser of its own, shifted to where it sits in the source.
 */
function compileExpr(p: Parser, exprStart: number, exprEnd: number, t: Token): expr {
  const buf = p.tok.buf;
  let s = exprStart;
  while (s !== exprEnd) {
    const c = buf[s];
    if (!(c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c)) break;
    s++;
  }
  if (s === exprEnd) {
    const c = buf[exprEnd];
    if (c === 0x21 || c === 0x3a || c === 0x3d) {
      raiseAtLastToken(p, `f-string: expression required before '${String.fromCharCode(c)}'`);
    }
    raiseAtLastToken(p, 'f-string: empty expression not allowed');
  }
  const { lines, cols } = findExprLocation(buf, t, exprStart - 1);
  const src = new Uint8Array(exprEnd - exprStart + 3);
  src[0] = 0x28;
  src.set(buf.subarray(exprStart, exprEnd), 1);
  src[src.length - 2] = 0x29;
  src[src.length - 1] = 0x0a;
  const startingLineno = t.lineno + lines - 1;
  const startingColOffset = lines === 0 ? t.col_offset + cols : cols;
  const tok = new Tokenizer(src, {
    execInput: true,
    text: '(' + p.tok.text(exprStart, exprEnd) + ')\n',
    filename: p.filename,
    startingLineno,
    startingColOffset,
  });
  const p2 = new Parser(tok, 'fstring', p.filename, p.flags, p.arena, startingLineno, startingColOffset);
  return runParser(p2) as expr;
}

/**
 * CPython 3.11: Parser/string_parser.c fstring_find_expr_location — how many lines into the
 * token the '{' at `brace` is, and the column shift for the expression's first line.
 */
function findExprLocation(buf: Uint8Array, t: Token, brace: number): { lines: number; cols: number } {
  let lines = 0;
  let cols = 0;
  // A newline right after the brace (ignoring whitespace) means no column shift.
  let newlineAfterBrace = true;
  for (let i = brace + 1; i < buf.length && buf[i] !== 0x7d && buf[i] !== 0x0a; i++) {
    const c = buf[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c) {
      newlineAfterBrace = false;
      break;
    }
  }
  let lastNewline = -1;
  for (let i = t.start; i < brace; i++) {
    if (buf[i] === 0x0a) {
      lines++;
      lastNewline = i;
    }
  }
  if (!newlineAfterBrace) cols = lastNewline < 0 ? brace - t.start : brace - lastNewline - 1;
  return { lines, cols };
}
