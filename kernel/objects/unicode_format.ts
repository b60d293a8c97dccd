// printf-style formatting of str ('...' % args): the counterpart of PyUnicode_Format and its
// helpers in Objects/unicodeobject.c (CPython 3.11).
//
// The object model stays with the caller: arguments are opaque values of type A, and the
// caller's PercentFormatHost fetches them and converts them (str(), repr(), int(), float()).
// Errors of the formatting itself throw NumError (longmath.ts); the host's callbacks may
// throw whatever the kernel uses for Python exceptions (KeyError from a mapping, ...).

import { NumError, intToBaseString, intToDecimalString, type PyInt } from './longmath.ts';
import { type DoubleString, DtsFlag, type DtsCode, doubleStringOf } from './pystrtod.ts';

/** What PyUnicode_Format needs from the object model. */
export interface PercentFormatHost<A> {
  /**
   * len(args) when args is a tuple; -1 when args is a single non-tuple object (which then is
   * the one argument, fetched with getArg(0)).
   */
  argCount: number;
  /** The i-th item of the args tuple (or args itself when argCount is -1). */
  getArg(i: number): A;
  /**
   * Present when args is a mapping and neither a tuple nor a str (PyMapping_Check): looks up
   * a %(key) item, throwing the kernel's KeyError when missing.
   */
  getItem?: (key: string) => A;
  /** str(a), repr(a), ascii(a). */
  str(a: A): string;
  repr(a: A): string;
  ascii(a: A): string;
  /** type(a).__name__ for the error messages. */
  typeName(a: A): string;
  /** The value if a is an int (PyLong_Check, bool included), else null. */
  exactInt(a: A): PyInt | null;
  /**
   * %d/%i/%u: PyNumber_Long(a); %o/%x/%X: a.__index__(). null when a is not a number
   * (PyNumber_Check fails) or the conversion raises TypeError; other errors are thrown.
   */
  toInt(a: A, code: string): PyInt | null;
  /** PyFloat_AsDouble(a) (__float__, then __index__); null when a has neither. */
  toFloat(a: A): number | null;
  /** For %c: the str value if a is a str, else a.__index__() as an int, else null. */
  charOf(a: A): string | PyInt | null;
  /**
   * The _PyUnicodeWriter the result is built in, when the host models its allocations: told of
   * every write in CPython's order. The text is still returned.
   */
  writer?: PercentWriter<A>;
}

/** The writes of PyUnicode_Format into its _PyUnicodeWriter. */
export interface PercentWriter<A> {
  /** writer.overallocate (off for the last piece). */
  overallocate(on: boolean): void;
  /** Text copied in: a literal run, '%', a %c, a padded or numeric conversion. */
  text(s: string): void;
  /** The %s/%r/%a or float conversion just made, written as the str object it is (WriteStr). */
  converted(s: string): void;
  /** Is a an exact int (the %d/%x/%o fast path, _PyLong_FormatWriter)? */
  exactInt(a: A): boolean;
  /** An exact int's digits written straight in (base 10 through the decimal scratch). */
  intDigits(a: A, s: string, base: number): void;
  /**
   * formatfloat: PyOS_double_to_string's buffer holds `dts.text` while it is written with
   * _PyUnicodeWriter_WriteASCIIString (fast) or made into a temporary str (released by argDone).
   */
  formatFloat(dts: DoubleString, fast: boolean): void;
  /** The argument's conversion is written: its temporary str is released. */
  argDone(): void;
}

/** Conversion flags of unicode_format_arg_t, as Objects/unicodeobject.c F_*. */
const enum FFlag {
  /** '-': left-justify */
  LJUST = 1 << 0,
  /** '+': always a sign */
  SIGN = 1 << 1,
  /** ' ': a space for non-negative numbers */
  BLANK = 1 << 2,
  /** '#': alternate form */
  ALT = 1 << 3,
  /** '0': zero padding (numbers only) */
  ZERO = 1 << 4,
}

/** struct unicode_format_arg_t */
interface FormatArg {
  ch: string;
  flags: number;
  width: number;
  prec: number;
  sign: boolean;
}

const PY_SSIZE_T_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

/** struct unicode_formatter_t plus the argument cursor. */
class Formatter<A> {
  readonly fmt: string[] | string;
  pos = 0;
  cnt: number;
  arglen: number;
  argidx: number;
  single: A | undefined;
  readonly dict: boolean;
  out = '';
  readonly writer: PercentWriter<A> | null;

  constructor(
    fmt: string,
    readonly host: PercentFormatHost<A>,
    astral: boolean,
  ) {
    // Positions in error messages count code points, like Python's str.
    this.fmt = astral ? Array.from(fmt) : fmt;
    this.cnt = this.fmt.length;
    this.arglen = host.argCount;
    this.argidx = host.argCount >= 0 ? 0 : -2;
    this.dict = host.getItem !== undefined;
    this.writer = host.writer ?? null;
  }

  /** Text copied into the result. */
  emit(s: string): void {
    this.out += s;
    if (this.writer !== null) this.writer.text(s);
  }

  /** CPython 3.11: unicode_format_getnextarg */
  nextArg(): A {
    const idx = this.argidx;
    if (idx < this.arglen) {
      this.argidx++;
      if (this.arglen < 0) {
        if (this.single === undefined) this.single = this.host.getArg(0);
        return this.single;
      }
      return this.host.getArg(idx);
    }
    throw new NumError('TypeError', 'not enough arguments for format string');
  }

  /** Reads the next format character, as FORMAT_READ + fmtpos++ guarded by --fmtcnt >= 0. */
  advance(arg: FormatArg): boolean {
    if (--this.cnt >= 0) {
      arg.ch = this.fmt[this.pos++];
      return true;
    }
    return false;
  }
}

/**
 * CPython 3.11: Objects/unicodeobject.c PyUnicode_Format (format % args) for a str format.
 * `astral`: the format has characters beyond U+FFFF (two UTF-16 units each); unknown if omitted.
 */
export function percentFormat<A>(format: string, host: PercentFormatHost<A>, astral = /[\uD800-\uDFFF]/.test(format)): string {
  const ctx = new Formatter(format, host, astral);
  const fmt = ctx.fmt;
  while (--ctx.cnt >= 0) {
    if (fmt[ctx.pos] !== '%') {
      // Copy the literal run up to the next '%'.
      let next = ctx.pos + 1;
      while (next < fmt.length && fmt[next] !== '%') next++;
      // The format's last piece is written without over-allocation.
      if (next >= fmt.length && ctx.writer !== null) ctx.writer.overallocate(false);
      ctx.emit(typeof fmt === 'string' ? fmt.slice(ctx.pos, next) : fmt.slice(ctx.pos, next).join(''));
      ctx.cnt -= next - ctx.pos - 1;
      ctx.pos = next;
    } else {
      ctx.pos++;
      formatOneArg(ctx);
    }
  }
  if (ctx.argidx < ctx.arglen && !ctx.dict) {
    throw new NumError('TypeError', 'not all arguments converted during string formatting');
  }
  return ctx.out;
}

/** CPython 3.11: unicode_format_arg */
function formatOneArg<A>(ctx: Formatter<A>): void {
  if (ctx.fmt[ctx.pos] === '%') {
    ctx.pos++;
    ctx.cnt--;
    ctx.emit('%');
    return;
  }
  const arg: FormatArg = { ch: '', flags: 0, width: -1, prec: -1, sign: false };
  parseArg(ctx, arg);
  const str = formatArg(ctx, arg);
  if (str !== null) outputArg(ctx, arg, str);
  if (ctx.writer !== null) ctx.writer.argDone();
  if (ctx.dict && ctx.argidx < ctx.arglen) {
    throw new NumError('TypeError', 'not all arguments converted during string formatting');
  }
}

/** CPython 3.11: unicode_format_arg_parse */
function parseArg<A>(ctx: Formatter<A>, arg: FormatArg): void {
  const fmt = ctx.fmt;
  // %(key)s takes the argument from the mapping.
  if (fmt[ctx.pos] === '(') {
    if (!ctx.dict) throw new NumError('TypeError', 'format requires a mapping');
    ctx.pos++;
    ctx.cnt--;
    const keystart = ctx.pos;
    let pcount = 1;
    while (pcount > 0 && --ctx.cnt >= 0) {
      const c = fmt[ctx.pos];
      if (c === ')') pcount--;
      else if (c === '(') pcount++;
      ctx.pos++;
    }
    if (ctx.cnt < 0 || pcount > 0) throw new NumError('ValueError', 'incomplete format key');
    const keyChars = fmt.slice(keystart, ctx.pos - 1);
    const key = typeof keyChars === 'string' ? keyChars : keyChars.join('');
    ctx.single = ctx.host.getItem!(key);
    ctx.arglen = -1;
    ctx.argidx = -2;
  }
  // Flags.
  while (ctx.advance(arg)) {
    const c = arg.ch;
    if (c === '-') arg.flags |= FFlag.LJUST;
    else if (c === '+') arg.flags |= FFlag.SIGN;
    else if (c === ' ') arg.flags |= FFlag.BLANK;
    else if (c === '#') arg.flags |= FFlag.ALT;
    else if (c === '0') arg.flags |= FFlag.ZERO;
    else break;
  }
  // Width.
  if (arg.ch === '*') {
    const v = ctx.host.exactInt(ctx.nextArg());
    if (v === null) throw new NumError('TypeError', '* wants int');
    if (v > PY_SSIZE_T_MAX || v < -PY_SSIZE_T_MAX - 1n) {
      throw new NumError('OverflowError', 'Python int too large to convert to C ssize_t');
    }
    arg.width = Number(v);
    if (arg.width < 0) {
      arg.flags |= FFlag.LJUST;
      arg.width = -arg.width;
    }
    ctx.advance(arg);
  } else if (arg.ch >= '0' && arg.ch <= '9') {
    let w = BigInt(arg.ch.charCodeAt(0) - 48);
    while (ctx.advance(arg)) {
      if (arg.ch < '0' || arg.ch > '9' || arg.ch.length !== 1) break;
      w = w * 10n + BigInt(arg.ch.charCodeAt(0) - 48);
      if (w > PY_SSIZE_T_MAX) throw new NumError('ValueError', 'width too big');
    }
    arg.width = Number(w);
  }
  // Precision.
  if (arg.ch === '.') {
    arg.prec = 0;
    ctx.advance(arg);
    if ((arg.ch as string) === '*') {
      const v = ctx.host.exactInt(ctx.nextArg());
      if (v === null) throw new NumError('TypeError', '* wants int');
      if (v > INT_MAX || v < -INT_MAX - 1) throw new NumError('OverflowError', 'Python int too large to convert to C int');
      arg.prec = Math.max(Number(v), 0);
      ctx.advance(arg);
    } else if (arg.ch >= '0' && arg.ch <= '9') {
      let p = arg.ch.charCodeAt(0) - 48;
      while (ctx.advance(arg)) {
        if (arg.ch < '0' || arg.ch > '9' || arg.ch.length !== 1) break;
        const d = arg.ch.charCodeAt(0) - 48;
        if (p > (INT_MAX - d) / 10) throw new NumError('ValueError', 'precision too big');
        p = p * 10 + d;
      }
      arg.prec = p;
    }
  }
  // "h", "l" and "L" length modifiers are ignored.
  if (ctx.cnt >= 0 && (arg.ch === 'h' || arg.ch === 'l' || arg.ch === 'L')) ctx.advance(arg);
  if (ctx.cnt < 0) throw new NumError('ValueError', 'incomplete format');
}

/**
 * CPython 3.11: unicode_format_arg_format. Returns the text for unicode_format_arg_output,
 * or null when a fast path already wrote the result.
 */
function formatArg<A>(ctx: Formatter<A>, arg: FormatArg): string | null {
  const host = ctx.host;
  // The last conversion of the format is written without over-allocation.
  if (ctx.cnt === 0 && ctx.writer !== null) ctx.writer.overallocate(false);
  const v = ctx.nextArg();
  const w = ctx.writer;
  if ((arg.ch === 's' || arg.ch === 'r' || arg.ch === 'a') && w !== null && arg.width === -1 && arg.prec === -1 &&
      w.exactInt(v)) {
    // Fast path: an exact int's digits go straight into the writer (_PyLong_FormatWriter).
    const digits = intToDecimalString(host.exactInt(v)!);
    w.intDigits(v, digits, 10);
    ctx.out += digits;
    return null;
  }
  switch (arg.ch) {
    case 's':
      return host.str(v);
    case 'r':
      return host.repr(v);
    case 'a':
      return host.ascii(v);
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
      const text = mainFormatLong(host, v, arg);
      if (w !== null && arg.width === -1 && arg.prec === -1 && !(arg.flags & (FFlag.SIGN | FFlag.BLANK)) &&
          arg.ch !== 'X' && w.exactInt(v)) {
        // Fast path: _PyLong_FormatWriter writes the digits straight in.
        w.intDigits(v, text, arg.ch === 'o' ? 8 : arg.ch === 'x' ? 16 : 10);
        ctx.out += text;
        return null;
      }
      arg.sign = true;
      return text;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const x = host.toFloat(v);
      if (x === null) throw new NumError('TypeError', `must be real number, not ${host.typeName(v)}`);
      const dts = formatFloatArg(x, arg);
      const text = dts.text;
      if (w !== null) {
        // Fast path: formatfloat writes into the writer; else it makes a str (_PyUnicode_FromASCII).
        const fast = arg.width === -1 && arg.prec === -1 && !(arg.flags & (FFlag.SIGN | FFlag.BLANK));
        w.formatFloat(dts, fast);
        if (fast) {
          ctx.out += text;
          return null;
        }
      }
      arg.sign = true;
      return text;
    }
    case 'c': {
      const ch = formatChar(host, v);
      if (arg.width === -1 && arg.prec === -1) {
        ctx.emit(ch);
        return null;
      }
      return ch;
    }
    default: {
      const c = arg.ch.codePointAt(0)!;
      const shown = c >= 31 && c <= 126 ? arg.ch : '?';
      throw new NumError('ValueError', `unsupported format character '${shown}' (0x${c.toString(16)}) at index ${ctx.pos - 1}`);
    }
  }
}

/** CPython 3.11: mainformatlong + _PyUnicode_FormatLong */
function mainFormatLong<A>(host: PercentFormatHost<A>, v: A, arg: FormatArg): string {
  const type = arg.ch;
  const iv = host.toInt(v, type);
  if (iv === null) {
    const what = type === 'o' || type === 'x' || type === 'X' ? 'an integer' : 'a real number';
    throw new NumError('TypeError', `%${type} format: ${what} is required, not ${host.typeName(v)}`);
  }
  let text: string;
  let numnondigits = 0;
  if (type === 'o') {
    text = intToBaseString(iv, 8, true);
    numnondigits = 2;
  } else if (type === 'x' || type === 'X') {
    text = intToBaseString(iv, 16, true);
    numnondigits = 2;
  } else {
    text = intToDecimalString(iv);
  }
  const sign = text.charCodeAt(0) === 45;
  let body = sign ? text.slice(1) : text;
  // Drop the base marker unless '#'.
  if (!(arg.flags & FFlag.ALT) && numnondigits === 2) {
    body = body.slice(2);
    numnondigits = 0;
  }
  const numdigits = body.length - numnondigits;
  if (arg.prec > numdigits) {
    body = body.slice(0, numnondigits) + '0'.repeat(arg.prec - numdigits) + body.slice(numnondigits);
  }
  if (type === 'X') body = body.toUpperCase();
  return (sign ? '-' : '') + body;
}

/** The conversions formatfloat makes. */
function isFloatCode(ch: string): boolean {
  return ch === 'e' || ch === 'E' || ch === 'f' || ch === 'F' || ch === 'g' || ch === 'G';
}

/** CPython 3.11: formatfloat */
function formatFloatArg(x: number, arg: FormatArg): DoubleString {
  const prec = arg.prec < 0 ? 6 : arg.prec;
  const flags = arg.flags & FFlag.ALT ? DtsFlag.ALT : 0;
  return doubleStringOf(x, arg.ch as DtsCode, prec, flags);
}

/** CPython 3.11: formatchar */
function formatChar<A>(host: PercentFormatHost<A>, v: A): string {
  const c = host.charOf(v);
  if (typeof c === 'string') {
    const cps = Array.from(c);
    if (cps.length === 1) return c;
  } else if (c !== null) {
    if (c < 0 || c > 0x10ffff) throw new NumError('OverflowError', '%c arg not in range(0x110000)');
    return String.fromCodePoint(Number(c));
  }
  throw new NumError('TypeError', '%c requires int or char');
}

function cpLength(s: string): number {
  if (!/[\uD800-\uDFFF]/.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** CPython 3.11: unicode_format_arg_output */
function outputArg<A>(ctx: Formatter<A>, arg: FormatArg, str: string): void {
  const fill = arg.sign && arg.flags & FFlag.ZERO ? '0' : ' ';
  let len = cpLength(str);
  if ((arg.width === -1 || arg.width <= len) && (arg.prec === -1 || arg.prec >= len) && !(arg.flags & (FFlag.SIGN | FFlag.BLANK))) {
    ctx.out += str;
    const w = ctx.writer;
    if (w !== null) {
      // The conversion's str object is written as it is (_PyUnicodeWriter_WriteStr).
      if (arg.ch === 's' || arg.ch === 'r' || arg.ch === 'a' || isFloatCode(arg.ch)) w.converted(str);
      else w.text(str);
    }
    return;
  }
  let chars: string[] | string = len === str.length ? str : Array.from(str);
  // Precision truncates %s, %r and %a.
  if ((arg.ch === 's' || arg.ch === 'r' || arg.ch === 'a') && arg.prec >= 0 && len > arg.prec) {
    len = arg.prec;
    chars = chars.slice(0, len);
  }
  let pindex = 0;
  let signchar = '';
  if (arg.sign) {
    const ch = chars[0];
    if (ch === '-' || ch === '+') {
      signchar = ch;
      len--;
      pindex++;
    } else if (arg.flags & FFlag.SIGN) signchar = '+';
    else if (arg.flags & FFlag.BLANK) signchar = ' ';
    else arg.sign = false;
  }
  if (arg.width < len) arg.width = len;
  let out = '';
  if (arg.sign) {
    if (fill !== ' ') out += signchar;
    if (arg.width > len) arg.width--;
  }
  const altPrefix = (arg.flags & FFlag.ALT) !== 0 && (arg.ch === 'x' || arg.ch === 'X' || arg.ch === 'o');
  if (altPrefix) {
    if (fill !== ' ') {
      out += '0' + arg.ch;
      pindex += 2;
    }
    arg.width -= 2;
    if (arg.width < 0) arg.width = 0;
    len -= 2;
  }
  if (arg.width > len && !(arg.flags & FFlag.LJUST)) {
    out += fill.repeat(arg.width - len);
    arg.width = len;
  }
  if (fill === ' ') {
    if (arg.sign) out += signchar;
    if (altPrefix) {
      out += '0' + arg.ch;
      pindex += 2;
    }
  }
  const body = chars.slice(pindex, pindex + len);
  out += typeof body === 'string' ? body : body.join('');
  if (arg.width > len) out += ' '.repeat(arg.width - len);
  ctx.emit(out);
}
