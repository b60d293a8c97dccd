/**
 * CPython 3.11: Parser/tokenizer.c — turns UTF-8 source into tokens, one at a time, the way the
 * PEG parser pulls them (tok_get). Works on bytes, so columns come out in UTF-8 bytes as in
 * CPython's AST; error offsets are converted to characters when the error is raised.
 */
import type { expr as Expr } from './ast.ts';
import { PySyntaxError } from './errors.ts';
import { KEYWORDS, Tok, oneChar, threeChars, twoChars } from './tokens.ts';

/** CPython 3.11: Include/errcode.h — the tokenizer's `done` states the parser looks at. */
export const enum TokDone {
  OK = 10, // E_OK
  EOF = 11, // E_EOF: end of input
  TOKEN = 13, // E_TOKEN
  ERROR = 17, // E_ERROR: a SyntaxError was raised (kept in `error`)
  TABSPACE = 18, // E_TABSPACE: inconsistent tabs and spaces
  TOODEEP = 20, // E_TOODEEP: too many indentation levels
  DEDENT = 21, // E_DEDENT: unindent matches no outer level
  LINECONT = 25, // E_LINECONT: character after a line continuation backslash
  EOFS = 23, // E_EOFS: end of input inside a triple-quoted string
  EOLS = 24, // E_EOLS: end of input inside a single-quoted string
}

/** CPython 3.11: Parser/tokenizer.h limits. */
const enum Limits {
  MAXINDENT = 100, // indentation levels
  MAXLEVEL = 200, // nesting of (, [ and {
  TABSIZE = 8,
  ALTTABSIZE = 1,
}

const EOF = -1;

/**
 * One token, positioned as CPython's parser positions it (Parser/pegen.c initialize_token):
 * columns in UTF-8 bytes, -1 where the tokenizer gives no start or end (INDENT, DEDENT,
 * ENDMARKER).
 */
export class Token {
  constructor(
    public type: Tok,
    /** Byte offsets of the token text in the tokenizer's buffer (-1 if none). */
    public start: number,
    public end: number,
    public lineno: number,
    public col_offset: number,
    public end_lineno: number,
    public end_col_offset: number,
    /** Bracket nesting level when the token was produced. */
    public level: number,
    /** The identifier or keyword text for NAME tokens, '' otherwise. */
    public str: string,
  ) {}

  /** NON-CPYTHON: the `strings` rule's memo for a first STRING token (end -1: none). */
  memoStrings: Expr | null = null;
  memoStringsEnd = -1;
}

export interface TokenizerOptions {
  /** Add a final newline if missing (CPython does for 'exec' input). */
  execInput: boolean;
  /** The text of a byte source, when the caller has it (saves decoding it). */
  text?: string;
  /** NON-CPYTHON: f-string expressions are tokenized with a line and first-line column shift. */
  startingLineno?: number;
  startingColOffset?: number;
  filename: string;
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** CPython 3.11: Parser/tokenizer.c translate_newlines — \r\n and \r become \n. */
export function translateNewlines(source: string, execInput: boolean): string {
  let s = source;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (execInput && (s.length === 0 || s.charCodeAt(s.length - 1) !== 0x0a)) s += '\n';
  return s;
}

export function encodeUtf8(s: string): Uint8Array {
  return utf8Encoder.encode(s);
}

export function decodeUtf8(buf: Uint8Array, start: number, end: number): string {
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (buf[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return asciiString(buf, start, end);
  return utf8Decoder.decode(buf.subarray(start, end));
}

function asciiString(buf: Uint8Array, start: number, end: number): string {
  if (end - start <= 4096) return String.fromCharCode.apply(null, buf.subarray(start, end) as unknown as number[]);
  let s = '';
  for (let i = start; i < end; i += 4096) s += asciiString(buf, i, Math.min(end, i + 4096));
  return s;
}

/**
 * NON-CPYTHON: the source as a JS string plus, for non-ASCII sources, the UTF-16 index of
 * every byte offset, so that token texts are cheap slices of the string.
 */
class SourceText {
  readonly text: string;
  readonly byteToChar: Int32Array | null;

  constructor(text: string, byteLength: number) {
    this.text = text;
    if (text.length === byteLength) {
      this.byteToChar = null;
      return;
    }
    const map = new Int32Array(byteLength + 1);
    let b = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let n: number;
      if (c < 0x80) n = 1;
      else if (c < 0x800) n = 2;
      else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        for (let k = 0; k < 4; k++) map[b + k] = i;
        b += 4;
        i++;
        continue;
      } else n = 3;
      for (let k = 0; k < n; k++) map[b + k] = i;
      b += n;
    }
    map[b] = text.length;
    this.byteToChar = map;
  }

  slice(start: number, end: number): string {
    const m = this.byteToChar;
    if (m === null) return this.text.slice(start, end);
    return this.text.slice(m[start], m[end]);
  }
}

/** Number of code points in a JS string (CPython counts characters as code points). */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isXDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}
/** Byte classes: bit 1 = identifier start, bit 2 = identifier character. */
const IDENT_CLASS = (() => {
  const t = new Uint8Array(257);
  for (let c = 0; c < 256; c++) {
    const start = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c >= 128;
    t[c] = (start ? 1 : 0) | (start || (c >= 0x30 && c <= 0x39) ? 2 : 0);
  }
  return t;
})();

/** CPython 3.11: Parser/tokenizer.c is_potential_identifier_start */
function isIdentStart(c: number): boolean {
  return c >= 0 && (IDENT_CLASS[c] & 1) !== 0;
}
/** CPython 3.11: Parser/tokenizer.c is_potential_identifier_char */
function isIdentChar(c: number): boolean {
  return c >= 0 && (IDENT_CLASS[c] & 2) !== 0;
}

const ID_START = /[\p{XID_Start}_]/u;
const IDENTIFIER = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;
const ID_CONTINUE = /\p{XID_Continue}/u;
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** CPython 3.11: Objects/unicodectype.c _PyUnicode_IsPrintable */
export function isPrintable(ch: string): boolean {
  return ch === ' ' || !NON_PRINTABLE.test(ch);
}

function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * CPython 3.11: Parser/tokenizer.c struct tok_state + tok_get. The buffer holds the whole
 * source; `inp` marks the end of the lines read so far, as CPython's string tokenizer reads
 * one line at a time (tok_underflow_string), which decides when `lineno` advances and when
 * `done` becomes EOF.
 */
export class Tokenizer {
  readonly buf: Uint8Array;
  readonly filename: string;
  cur = 0;
  inp = 0;
  lineStart = 0;
  /**
   * tok->buf of the string tokenizer: the start of the line read last, except that a line
   * read in the middle of a token (a multi-line string, a backslash continuation) keeps it
   * where the token began. Error messages show the text from here to `inp`.
   */
  bufStart = 0;
  lineno = 0;
  done: TokDone = TokDone.OK;
  /** The SyntaxError raised when `done` is ERROR. */
  error: PySyntaxError | null = null;
  atbol = true;
  pendin = 0;
  indent = 0;
  readonly indstack: number[] = [0];
  readonly altindstack: number[] = [0];
  level = 0;
  readonly parenstack: number[] = [];
  readonly parenlinenostack: number[] = [];
  readonly parencolstack: number[] = [];
  contLine = false;
  firstLineno = 0;
  multiLineStart = 0;
  /** tok->start: where the token being scanned starts. */
  start = -1;
  /** Start and end (byte offsets, -1 for none) of the token tok_get just returned. */
  pStart = -1;
  pEnd = -1;
  /** Scratch: where the token being scanned ends. */
  end = -1;
  /** NON-CPYTHON: position shift for tokenizing an f-string expression (pegen starting_*). */
  readonly startingLineno: number;
  readonly startingColOffset: number;

  private readonly source: SourceText;
  /** Where the first NUL byte is (-1: none). */
  private readonly firstNul: number;

  constructor(source: string | Uint8Array, opts: TokenizerOptions) {
    if (typeof source === 'string') {
      const text = translateNewlines(source, opts.execInput);
      this.buf = encodeUtf8(text);
      // Lone surrogates become U+FFFD in the UTF-8 buffer; keep the string consistent with it.
      this.source = new SourceText(this.buf.length === text.length ? text : utf8Decoder.decode(this.buf), this.buf.length);
    } else {
      this.buf = source;
      this.source = new SourceText(opts.text ?? utf8Decoder.decode(source), source.length);
    }
    this.filename = opts.filename;
    this.startingLineno = opts.startingLineno ?? 0;
    this.startingColOffset = opts.startingColOffset ?? 0;
    this.firstNul = this.buf.indexOf(0);
    // CPython 3.11: Parser/tokenizer.c check_bom — a UTF-8 BOM is skipped.
    if (this.buf.length >= 3 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) {
      this.cur = this.inp = this.lineStart = this.bufStart = 3;
    }
  }

  /** The source text between two byte offsets (valid UTF-8 boundaries). */
  text(start: number, end: number): string {
    return this.source.slice(start, end);
  }

  /** The tokenizer's line number in the enclosing source (f-string expressions are shifted). */
  absLineno(): number {
    return this.lineno + this.startingLineno;
  }

  /** CPython 3.11: Parser/tokenizer.c tok_nextc (string input, tok_underflow_string) */
  nextc(): number {
    if (this.cur !== this.inp) return this.buf[this.cur++];
    if (this.done !== TokDone.OK) return EOF;
    const buf = this.buf;
    const n = buf.length;
    if (this.inp >= n) {
      this.done = TokDone.EOF;
      return EOF;
    }
    let end = buf.indexOf(0x0a, this.inp);
    end = end < 0 ? n : end + 1;
    if (this.start === -1) this.bufStart = this.cur;
    this.lineStart = this.cur;
    this.lineno++;
    this.inp = end;
    // CPython 3.11.7: Parser/tokenizer.c tok_nextc — the file tokenizer rejects NUL bytes
    // (compile() of a string raises ValueError before tokenizing; that is the caller's).
    const nul = this.firstNul >= this.lineStart ? this.firstNul : -1;
    if (nul >= 0 && nul < end) {
      const text = this.source.slice(this.lineStart, nul);
      this.error = new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', this.filename, this.absLineno(), 0, this.absLineno(), 0, text);
      this.done = TokDone.ERROR;
      this.cur = this.inp;
      return EOF;
    }
    return buf[this.cur++];
  }

  /** CPython 3.11: Parser/tokenizer.c tok_backup */
  backup(c: number): void {
    if (c !== EOF) this.cur--;
  }

  /** The current line (from lineStart to its newline, exclusive) as text. */
  lineText(lineStart: number): string {
    let e = this.buf.indexOf(0x0a, lineStart);
    if (e < 0) e = this.buf.length;
    return decodeUtf8(this.buf, lineStart, e);
  }

  /**
   * CPython 3.11: Parser/tokenizer.c _syntaxerror_range — raise a SyntaxError at the current
   * position (or at the given byte columns) of the current line.
   */
  syntaxError(msg: string, colOffset = -1, endColOffset = -1): Tok {
    const upToCur = decodeUtf8(this.buf, this.lineStart, this.cur);
    let col = colOffset;
    if (col === -1) col = codePointLength(upToCur);
    let endCol = endColOffset;
    if (endCol === -1) endCol = col;
    const text = this.lineText(this.lineStart);
    this.error = new PySyntaxError('SyntaxError', msg, this.filename, this.absLineno(), col, this.absLineno(), endCol, text);
    this.done = TokDone.ERROR;
    return Tok.ERRORTOKEN;
  }

  /** CPython 3.11: Parser/tokenizer.c indenterror */
  private indentError(): Tok {
    this.done = TokDone.TABSPACE;
    this.cur = this.inp;
    return Tok.ERRORTOKEN;
  }

  /** CPython 3.11: Parser/tokenizer.c tok_continuation_line */
  private continuationLine(): number {
    let c = this.nextc();
    if (c !== 0x0a) {
      this.done = TokDone.LINECONT;
      return -1;
    }
    c = this.nextc();
    if (c === EOF) {
      this.done = TokDone.EOF;
      this.cur = this.inp;
      return -1;
    }
    this.backup(c);
    return c;
  }

  /** Produce the next token as a Token object (CPython 3.11: Parser/pegen.c initialize_token). */
  nextToken(): Token {
    const type = this.get();
    const isString = type === Tok.STRING;
    const lineStart = isString ? this.multiLineStart : this.lineStart;
    const lineno = isString ? this.firstLineno : this.lineno;
    const endLineno = this.lineno;
    const pStart = this.pStart;
    const pEnd = this.pEnd;
    const colOffset = pStart >= 0 && pStart >= lineStart ? pStart - lineStart : -1;
    const endColOffset = pEnd >= 0 && pEnd >= this.lineStart ? pEnd - this.lineStart : -1;
    const shift = this.lineno === 1 ? this.startingColOffset : 0;
    let str = '';
    let t = type;
    if (type === Tok.NAME) {
      str = this.source.slice(pStart, pEnd);
      const kw = KEYWORDS.get(str);
      if (kw !== undefined) t = kw;
      // CPython 3.11: Parser/pegen.c _PyPegen_new_identifier normalizes non-ASCII names (NFKC).
      else if (str.length !== pEnd - pStart) str = str.normalize('NFKC');
    }
    const sl = this.startingLineno;
    return new Token(
      t, pStart, pEnd, lineno + sl, colOffset === -1 ? -1 : colOffset + shift,
      endLineno + sl, endColOffset === -1 ? -1 : endColOffset + shift, this.level, str,
    );
  }

  /** CPython 3.11: Parser/tokenizer.c tok_get — sets pStart/pEnd for tokens that have text. */
  get(): Tok {
    this.pStart = this.pEnd = -1;
    const t = this.scan();
    if (t !== Tok.ERRORTOKEN && t !== Tok.ENDMARKER && t !== Tok.INDENT && t !== Tok.DEDENT) {
      this.pStart = this.start;
      this.pEnd = this.end;
    }
    return t;
  }

  private scan(): Tok {
    let c = 0;
    let blankline = false;
    this.start = this.end = -1;
    for (;;) {
      // nextline:
      this.start = -1;
      blankline = false;
      if (this.atbol) {
        const r = this.indentation();
        if (r === Tok.ERRORTOKEN) return r;
        blankline = r === 1;
      }
      this.start = this.cur;
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return Tok.DEDENT;
        }
        this.pendin--;
        return Tok.INDENT;
      }
      // again:
      for (;;) {
        this.start = -1;
        do {
          c = this.nextc();
        } while (c === 0x20 || c === 0x09 || c === 0x0c);
        this.start = this.cur - 1;
        if (c === 0x23) {
          // A comment goes until the end of the line.
          const nl = this.buf.indexOf(0x0a, this.cur);
          if (nl >= 0 && nl < this.inp) this.cur = nl;
          while (c !== EOF && c !== 0x0a) c = this.nextc();
        }
        if (c === EOF) {
          if (this.level) return Tok.ERRORTOKEN;
          return this.done === TokDone.EOF ? Tok.ENDMARKER : Tok.ERRORTOKEN;
        }
        if (c === 0x5c) {
          // Line continuation.
          if (this.continuationLine() === -1) return Tok.ERRORTOKEN;
          this.contLine = true;
          continue;
        }
        break;
      }
      if (c === 0x0a) {
        this.atbol = true;
        if (blankline || this.level > 0) continue;
        this.end = this.cur - 1;
        this.contLine = false;
        return Tok.NEWLINE;
      }
      return this.token(c);
    }
  }

  /**
   * CPython 3.11: Parser/tokenizer.c tok_get, "Get indentation level" — returns 1 for a blank
   * line, 0 otherwise, or ERRORTOKEN.
   */
  private indentation(): number {
    let col = 0;
    let altcol = 0;
    this.atbol = false;
    let contLineCol = 0;
    let c = 0;
    for (;;) {
      c = this.nextc();
      if (c === 0x20) {
        col++;
        altcol++;
      } else if (c === 0x09) {
        col = ((col / Limits.TABSIZE) | 0) * Limits.TABSIZE + Limits.TABSIZE;
        altcol = ((altcol / Limits.ALTTABSIZE) | 0) * Limits.ALTTABSIZE + Limits.ALTTABSIZE;
      } else if (c === 0x0c) {
        col = altcol = 0;
      } else if (c === 0x5c) {
        // Indentation cannot be split over physical lines: the first backslash decides.
        contLineCol = contLineCol ? contLineCol : col;
        if (this.continuationLine() === -1) return Tok.ERRORTOKEN;
      } else {
        break;
      }
    }
    this.backup(c);
    let blankline = 0;
    if (c === 0x23 || c === 0x0a) {
      // Lines with only whitespace and/or comments do not affect the indentation.
      blankline = 1;
    }
    if (!blankline && this.level === 0) {
      col = contLineCol ? contLineCol : col;
      altcol = contLineCol ? contLineCol : altcol;
      const top = this.indstack[this.indent];
      if (col === top) {
        if (altcol !== this.altindstack[this.indent]) return this.indentError();
      } else if (col > top) {
        if (this.indent + 1 >= Limits.MAXINDENT) {
          this.done = TokDone.TOODEEP;
          this.cur = this.inp;
          return Tok.ERRORTOKEN;
        }
        if (altcol <= this.altindstack[this.indent]) return this.indentError();
        this.pendin++;
        this.indent++;
        this.indstack[this.indent] = col;
        this.altindstack[this.indent] = altcol;
      } else {
        while (this.indent > 0 && col < this.indstack[this.indent]) {
          this.pendin--;
          this.indent--;
        }
        if (col !== this.indstack[this.indent]) {
          this.done = TokDone.DEDENT;
          this.cur = this.inp;
          return Tok.ERRORTOKEN;
        }
        if (altcol !== this.altindstack[this.indent]) return this.indentError();
      }
    }
    return blankline;
  }

  /** The rest of tok_get, from "Identifier" on: c is the token's first byte. */
  private token(c: number): Tok {
    if (isIdentStart(c)) return this.identifierOrString(c);
    if (c === 0x2e) {
      const c2 = this.nextc();
      if (isDigit(c2)) return this.fraction(c2);
      if (c2 === 0x2e) {
        const c3 = this.nextc();
        if (c3 === 0x2e) {
          this.end = this.cur;
          return Tok.ELLIPSIS;
        }
        this.backup(c3);
        this.backup(0x2e);
      } else {
        this.backup(c2);
      }
      this.end = this.cur;
      return Tok.DOT;
    }
    if (isDigit(c)) return this.number(c);
    if (c === 0x27 || c === 0x22) return this.string(c);
    return this.operator(c);
  }

  /** CPython 3.11: Parser/tokenizer.c tok_get, identifiers and string prefixes */
  private identifierOrString(first: number): Tok {
    let c = first;
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 0x62 || c === 0x42)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 0x75 || c === 0x55)) sawU = true;
      else if (!(sawR || sawU) && (c === 0x72 || c === 0x52)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 0x66 || c === 0x46)) sawF = true;
      else break;
      c = this.nextc();
      if (c === 0x22 || c === 0x27) return this.string(c);
    }
    let nonascii = c >= 128;
    // Fast path within the current line; nextc() reads past its end.
    const buf = this.buf;
    const inp = this.inp;
    let cur = this.cur;
    if (isIdentChar(c)) {
      while (cur < inp && (IDENT_CLASS[buf[cur]] & 2) !== 0) {
        if (buf[cur] >= 128) nonascii = true;
        cur++;
      }
      this.cur = cur;
      c = this.nextc();
    }
    while (isIdentChar(c)) {
      if (c >= 128) nonascii = true;
      c = this.nextc();
    }
    this.backup(c);
    if (nonascii && !this.verifyIdentifier()) return Tok.ERRORTOKEN;
    this.end = this.cur;
    return Tok.NAME;
  }

  /** CPython 3.11: Parser/tokenizer.c verify_identifier */
  private verifyIdentifier(): boolean {
    // The kernel's source is valid UTF-8 (it comes from a JS string).
    const s = this.source.slice(this.start, this.cur);
    if (IDENTIFIER.test(s)) return true;
    const chars = Array.from(s);
    let invalid = chars.length;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      const ok = i === 0 ? ID_START.test(ch) : ID_CONTINUE.test(ch);
      if (!ok) {
        invalid = i;
        break;
      }
    }
    if (invalid === chars.length) return true;
    const ch = chars[invalid];
    if (invalid + 1 < chars.length) {
      // The caret points just after the invalid character.
      this.cur = this.start + encodeUtf8(chars.slice(0, invalid + 1).join('')).length;
    }
    const cp = ch.codePointAt(0)!;
    if (isPrintable(ch)) this.syntaxError(`invalid character '${ch}' (U+${hex4(cp)})`);
    else this.syntaxError(`invalid non-printable character U+${hex4(cp)}`);
    return false;
  }

  /** CPython 3.11: Parser/tokenizer.c verify_end_of_number */
  private verifyEndOfNumber(c: number, kind: string): boolean {
    // A number directly followed by one of the keywords that may follow a number in valid
    // code ("1if x else y") only gets a DeprecationWarning in 3.11, which the kernel omits.
    let r = false;
    if (c === 0x61) r = this.lookahead('nd');
    else if (c === 0x65) r = this.lookahead('lse');
    else if (c === 0x66) r = this.lookahead('or');
    else if (c === 0x69) {
      const c2 = this.nextc();
      if (c2 === 0x66 || c2 === 0x6e || c2 === 0x73) r = true;
      this.backup(c2);
    } else if (c === 0x6f) r = this.lookahead('r');
    else if (c === 0x6e) r = this.lookahead('ot');
    if (r) return true;
    // Only ASCII: a number followed by a non-ASCII letter is two tokens (3.11.7).
    if (c < 128 && isIdentChar(c)) {
      this.backup(c);
      this.syntaxError(`invalid ${kind} literal`);
      return false;
    }
    return true;
  }

  /** CPython 3.11: Parser/tokenizer.c lookahead */
  private lookahead(test: string): boolean {
    let s = 0;
    let res = false;
    for (;;) {
      const c = this.nextc();
      if (s === test.length) {
        res = !isIdentChar(c);
      } else if (c === test.charCodeAt(s)) {
        s++;
        continue;
      }
      this.backup(c);
      while (s > 0) {
        s--;
        this.backup(0);
      }
      return res;
    }
  }

  /** CPython 3.11: Parser/tokenizer.c tok_decimal_tail — returns 0 after raising an error. */
  private decimalTail(): number {
    let c: number;
    for (;;) {
      do {
        c = this.nextc();
      } while (isDigit(c));
      if (c !== 0x5f) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.syntaxError('invalid decimal literal');
        return 0;
      }
    }
    return c;
  }

  private numberEnd(c: number): Tok {
    this.backup(c);
    this.end = this.cur;
    return Tok.NUMBER;
  }

  /** CPython 3.11: Parser/tokenizer.c tok_get, "Number" */
  private number(first: number): Tok {
    let c = first;
    if (c !== 0x30) {
      c = this.decimalTail();
      if (c === 0) return Tok.ERRORTOKEN;
      if (c === 0x2e) return this.fraction(this.nextc());
      return this.afterFraction(c);
    }
    c = this.nextc();
    if (c === 0x78 || c === 0x58) return this.radixNumber(16, 'hexadecimal');
    if (c === 0x6f || c === 0x4f) return this.radixNumber(8, 'octal');
    if (c === 0x62 || c === 0x42) return this.radixNumber(2, 'binary');
    // Maybe an old-style octal; in any case '0' is a literal.
    let nonzero = false;
    for (;;) {
      if (c === 0x5f) {
        c = this.nextc();
        if (!isDigit(c)) {
          this.backup(c);
          return this.syntaxError('invalid decimal literal');
        }
      }
      if (c !== 0x30) break;
      c = this.nextc();
    }
    const zerosEnd = this.cur;
    if (isDigit(c)) {
      nonzero = true;
      c = this.decimalTail();
      if (c === 0) return Tok.ERRORTOKEN;
    }
    if (c === 0x2e) return this.fraction(this.nextc());
    if (c === 0x65 || c === 0x45) return this.exponent(c);
    if (c === 0x6a || c === 0x4a) return this.imaginary();
    if (nonzero) {
      this.backup(c);
      return this.syntaxError(
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        this.start + 1 - this.lineStart,
        zerosEnd - this.lineStart,
      );
    }
    if (!this.verifyEndOfNumber(c, 'decimal')) return Tok.ERRORTOKEN;
    return this.numberEnd(c);
  }

  /** CPython 3.11: Parser/tokenizer.c tok_get, hexadecimal/octal/binary literals */
  private radixNumber(radix: number, kind: string): Tok {
    const ok = (ch: number): boolean =>
      radix === 16 ? isXDigit(ch) : radix === 8 ? ch >= 0x30 && ch < 0x38 : ch === 0x30 || ch === 0x31;
    let c = this.nextc();
    do {
      if (c === 0x5f) c = this.nextc();
      if (!ok(c)) {
        if (radix !== 16 && isDigit(c)) {
          return this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
        }
        this.backup(c);
        return this.syntaxError(`invalid ${kind} literal`);
      }
      do {
        c = this.nextc();
      } while (ok(c));
    } while (c === 0x5f);
    if (radix !== 16 && isDigit(c)) {
      return this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
    }
    if (!this.verifyEndOfNumber(c, kind)) return Tok.ERRORTOKEN;
    return this.numberEnd(c);
  }

  /** CPython 3.11: Parser/tokenizer.c tok_get, label `fraction`; c follows the '.'. */
  private fraction(first: number): Tok {
    let c = first;
    if (isDigit(c)) {
      c = this.decimalTail();
      if (c === 0) return Tok.ERRORTOKEN;
    }
    return this.afterFraction(c);
  }

  private afterFraction(c: number): Tok {
    if (c === 0x65 || c === 0x45) return this.exponent(c);
    if (c === 0x6a || c === 0x4a) return this.imaginary();
    if (!this.verifyEndOfNumber(c, 'decimal')) return Tok.ERRORTOKEN;
    return this.numberEnd(c);
  }

  /** CPython 3.11: Parser/tokenizer.c tok_get, label `exponent`; e is the 'e' or 'E'. */
  private exponent(e: number): Tok {
    let c = this.nextc();
    if (c === 0x2b || c === 0x2d) {
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        return this.syntaxError('invalid decimal literal');
      }
    } else if (!isDigit(c)) {
      this.backup(c);
      if (!this.verifyEndOfNumber(e, 'decimal')) return Tok.ERRORTOKEN;
      this.backup(e);
      this.end = this.cur;
      return Tok.NUMBER;
    }
    c = this.decimalTail();
    if (c === 0) return Tok.ERRORTOKEN;
    if (c === 0x6a || c === 0x4a) return this.imaginary();
    if (!this.verifyEndOfNumber(c, 'decimal')) return Tok.ERRORTOKEN;
    return this.numberEnd(c);
  }

  /** CPython 3.11: Parser/tokenizer.c tok_get, label `imaginary` */
  private imaginary(): Tok {
    const c = this.nextc();
    if (!this.verifyEndOfNumber(c, 'imaginary')) return Tok.ERRORTOKEN;
    return this.numberEnd(c);
  }

  /** CPython 3.11: Parser/tokenizer.c tok_get, label `letter_quote` */
  private string(quote: number): Tok {
    let quoteSize = 1;
    let endQuoteSize = 0;
    // Multi-line strings are positioned from their first line (cf. issue 16806).
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1; // empty string
    }
    if (c !== quote) this.backup(c);
    while (endQuoteSize !== quoteSize) {
      c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === 0x0a)) {
        // Report the error from the opening quote.
        this.cur = this.start + 1;
        this.lineStart = this.multiLineStart;
        const detected = this.lineno;
        this.lineno = this.firstLineno;
        if (quoteSize === 3) {
          this.syntaxError(`unterminated triple-quoted string literal (detected at line ${detected})`);
          if (c !== 0x0a) this.done = TokDone.EOFS;
        } else {
          this.syntaxError(`unterminated string literal (detected at line ${detected})`);
          if (c !== 0x0a) this.done = TokDone.EOLS;
        }
        return Tok.ERRORTOKEN;
      }
      if (c === quote) {
        endQuoteSize += 1;
      } else {
        endQuoteSize = 0;
        if (c === 0x5c) this.nextc(); // skip the escaped character
      }
    }
    this.end = this.cur;
    return Tok.STRING;
  }

  /** CPython 3.11: Parser/tokenizer.c tok_get, operators and bracket nesting */
  private operator(c: number): Tok {
    const c2 = this.nextc();
    const two = twoChars(c, c2);
    if (two !== Tok.OP) {
      const c3 = this.nextc();
      const three = threeChars(c, c2, c3);
      this.end = this.cur;
      if (three !== Tok.OP) return three;
      this.backup(c3);
      this.end = this.cur;
      return two;
    }
    this.backup(c2);
    switch (c) {
      case 0x28:
      case 0x5b:
      case 0x7b:
        if (this.level >= Limits.MAXLEVEL) return this.syntaxError('too many nested parentheses');
        this.parenstack[this.level] = c;
        this.parenlinenostack[this.level] = this.lineno;
        this.parencolstack[this.level] = this.start - this.lineStart;
        this.level++;
        break;
      case 0x29:
      case 0x5d:
      case 0x7d: {
        if (!this.level) return this.syntaxError(`unmatched '${String.fromCharCode(c)}'`);
        this.level--;
        const opening = this.parenstack[this.level];
        if (!((opening === 0x28 && c === 0x29) || (opening === 0x5b && c === 0x5d) || (opening === 0x7b && c === 0x7d))) {
          const close = String.fromCharCode(c);
          const open = String.fromCharCode(opening);
          if (this.parenlinenostack[this.level] !== this.lineno) {
            return this.syntaxError(
              `closing parenthesis '${close}' does not match opening parenthesis '${open}' on line ${this.parenlinenostack[this.level]}`,
            );
          }
          return this.syntaxError(`closing parenthesis '${close}' does not match opening parenthesis '${open}'`);
        }
        break;
      }
    }
    if (c < 0x20 || c === 0x7f) return this.syntaxError(`invalid non-printable character U+${hex4(c)}`);
    this.end = this.cur;
    return oneChar(c);
  }
}
