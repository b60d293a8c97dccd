// Float <-> string conversions: the counterparts of Python/pystrtod.c and Python/dtoa.c.
//
// Python/dtoa.c (David Gay's dtoa) produces the digits; here the shortest digits come from
// the JS engine (Number.prototype.toString is specified to give the shortest round-trip
// digits, closest to the value), and fixed-count digits from an exact decimal expansion
// with round-half-even, as _Py_dg_dtoa modes 2 and 3 do. The memory PyOS_double_to_string
// allocates is modelled here and in dtoa.ts.

import { memFree, memMalloc } from '../memory/heap.ts';
import { _Py_dg_freedtoa, dtoaResultAlloc } from './dtoa.ts';

/** Flags of PyOS_double_to_string, as Include/pystrtod.h. */
export const enum DtsFlag {
  /** Py_DTSF_SIGN: always add the sign. */
  SIGN = 0x01,
  /** Py_DTSF_ADD_DOT_0: if the result is an integer, add ".0". */
  ADD_DOT_0 = 0x02,
  /** Py_DTSF_ALT: alternate formatting ('#'): keep the point and the trailing zeros of 'g'. */
  ALT = 0x04,
  /** Py_DTSF_NO_NEG_0 (3.11, the 'z' option): negative zero after rounding prints as zero. */
  NO_NEG_0 = 0x08,
}

/** The dtoa modes used by CPython, as Python/dtoa.c _Py_dg_dtoa. */
export const enum DtoaMode {
  /** Shortest string that rounds to the same double. */
  SHORTEST = 0,
  /** ndigits significant digits, trailing zeros suppressed. */
  SIGNIFICANT = 2,
  /** ndigits past the decimal point (ndigits may be negative). */
  FIXED = 3,
}

/** A digit string as _Py_dg_dtoa returns it: value = 0.DIGITS x 10**decpt, no trailing zeros. */
export interface DtoaResult {
  /** Decimal digits without leading or trailing zeros; "" when the value rounded to zero. */
  digits: string;
  /** Position of the decimal point relative to the first digit. */
  decpt: number;
  /** True for a negative value (including -0.0). */
  negative: boolean;
}

// ---------------------------------------------------------------------------------------------
// Bit access to doubles.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Index of the high word: typed arrays use the platform's byte order.
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** Exact 2**e as a double for -1074 <= e <= 1023 (built from bits, never rounded). */
export function pow2(e: number): number {
  if (e >= -1022) {
    u32[HI] = (e + 1023) << 20;
    u32[LO] = 0;
  } else {
    const bit = e + 1074; // subnormal: a single mantissa bit
    u32[HI] = bit >= 32 ? 1 << (bit - 32) : 0;
    u32[LO] = bit < 32 ? (1 << bit) >>> 0 : 0;
  }
  return f64[0];
}

/** The sign bit of x (true for -0.0 and negative values, also for a NaN with the bit set). */
export function signBit(x: number): boolean {
  f64[0] = x;
  return (u32[HI] & 0x80000000) !== 0;
}

/**
 * Decomposes a finite nonzero |x| into an odd integer mantissa and a binary exponent:
 * |x| = mant * 2**exp exactly.
 */
export function decompose(x: number): { mant: bigint; exp: number } {
  f64[0] = x;
  const hi = u32[HI] & 0x7fffffff;
  const lo = u32[LO];
  const biased = hi >>> 20;
  let mhi = hi & 0xfffff;
  let exp: number;
  if (biased === 0) {
    exp = -1074;
  } else {
    mhi |= 0x100000;
    exp = biased - 1075;
  }
  let mant = (BigInt(mhi) << 32n) | BigInt(lo);
  // Make the mantissa odd so the decimal expansion below is as short as possible.
  while ((mant & 0xffffffffn) === 0n && mant !== 0n) {
    mant >>= 32n;
    exp += 32;
  }
  while ((mant & 1n) === 0n && mant !== 0n) {
    mant >>= 1n;
    exp += 1;
  }
  return { mant, exp };
}

/** CPython 3.11: C frexp as used by Modules/mathmodule.c: x = m * 2**e with 0.5 <= |m| < 1. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  f64[0] = x;
  let biased = (u32[HI] >>> 20) & 0x7ff;
  let extra = 0;
  if (biased === 0) {
    // Subnormal: scale into the normal range first.
    f64[0] = x * 18014398509481984; // 2**54
    biased = (u32[HI] >>> 20) & 0x7ff;
    extra = -54;
  }
  const e = biased - 1022;
  u32[HI] = (u32[HI] & 0x800fffff) | (1022 << 20);
  return [f64[0], e + extra];
}

/** CPython 3.11: C ldexp: x * 2**e with a single correct rounding (also into subnormals). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x) || e === 0) return x;
  const [m, ex] = frexp(x);
  const target = ex + e; // |result| = |m| * 2**target, 0.5 <= |m| < 1
  if (target > 1024) return m > 0 ? Infinity : -Infinity;
  if (target >= -1021) return m * 2 * pow2(target - 1);
  // Subnormal result: one multiplication by a representable power of two rounds correctly.
  if (target - 1 >= -1074) return m * 2 * pow2(target - 1);
  if (target - 1 === -1075) {
    // |result| in [2**-1075, 2**-1074): rounds to the smallest subnormal unless it is the tie.
    const r = Math.abs(m) === 0.5 ? 0 : pow2(-1074);
    return m > 0 ? r : -r;
  }
  return m > 0 ? 0 : -0;
}

// ---------------------------------------------------------------------------------------------
// Digit generation (the _Py_dg_dtoa counterpart).

/**
 * Exact decimal expansion of a finite nonzero |x|: |x| = 0.DIGITS x 10**decpt.
 * Every double is a dyadic rational, so its decimal expansion terminates.
 */
export function exactDecimal(x: number): { digits: string; decpt: number } {
  const { mant, exp } = decompose(x);
  let digits: string;
  let decpt: number;
  if (exp >= 0) {
    digits = (mant << BigInt(exp)).toString();
    decpt = digits.length;
  } else {
    // mant / 2**k == mant * 5**k / 10**k
    digits = (mant * 5n ** BigInt(-exp)).toString();
    decpt = digits.length + exp;
  }
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
  return { digits: digits.slice(0, end), decpt };
}

/** Rounds a digit string at index cut, half to even; returns the kept digits (may carry). */
function roundDigits(digits: string, decpt: number, cut: number): { digits: string; decpt: number } {
  if (cut >= digits.length) return { digits, decpt };
  if (cut < 0) return { digits: '', decpt };
  const d = digits.charCodeAt(cut) - 48;
  let up: boolean;
  if (d !== 5) {
    up = d > 5;
  } else if (cut + 1 < digits.length) {
    up = true; // digits has no trailing zeros, so something nonzero follows
  } else {
    up = cut > 0 && (digits.charCodeAt(cut - 1) - 48) % 2 === 1;
  }
  let kept = digits.slice(0, cut);
  if (up) {
    let i = cut - 1;
    while (i >= 0 && kept.charCodeAt(i) === 57) i--;
    if (i < 0) {
      kept = '1';
      decpt += 1;
    } else {
      kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
    }
  }
  let end = kept.length;
  while (end > 0 && kept.charCodeAt(end - 1) === 48) end--;
  return { digits: kept.slice(0, end), decpt };
}

/** Digits and decimal point of a toFixed string, in the dtoa convention. */
function fixedStringDigits(s: string, ndigits: number): { digits: string; decpt: number } {
  const dot = s.indexOf('.');
  const all = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
  let decpt = dot < 0 ? s.length : dot;
  let start = 0;
  while (start < all.length && all.charCodeAt(start) === 48) {
    start++;
    decpt--;
  }
  let end = all.length;
  while (end > start && all.charCodeAt(end - 1) === 48) end--;
  if (start === end) return { digits: '', decpt: -ndigits };
  return { digits: all.slice(start, end), decpt };
}

/** Shortest round-trip digits of a finite nonzero |x|, from the engine's Number-to-String. */
function shortestDigits(ax: number): { digits: string; decpt: number } {
  const s = String(ax);
  const ePos = s.indexOf('e');
  const mantissa = ePos < 0 ? s : s.slice(0, ePos);
  const exp10 = ePos < 0 ? 0 : Number(s.slice(ePos + 1));
  const dot = mantissa.indexOf('.');
  const intPart = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const fracPart = dot < 0 ? '' : mantissa.slice(dot + 1);
  let all = intPart + fracPart;
  let decpt = intPart.length + exp10;
  let start = 0;
  while (start < all.length - 1 && all.charCodeAt(start) === 48) {
    start++;
    decpt--;
  }
  all = all.slice(start);
  let end = all.length;
  while (end > 1 && all.charCodeAt(end - 1) === 48) end--;
  return { digits: all.slice(0, end), decpt };
}

/**
 * CPython 3.11: Python/dtoa.c _Py_dg_dtoa for a finite x, modes 0, 2 and 3.
 * Mode 2 takes ndigits >= 1 significant digits; mode 3 rounds at ndigits past the point.
 */
export function dtoa(x: number, mode: DtoaMode, ndigits: number): DtoaResult {
  const negative = signBit(x);
  const ax = Math.abs(x);
  // Zero is "0" with the point after it, whatever the mode.
  if (ax === 0) return { digits: '0', decpt: 1, negative };
  if (mode === DtoaMode.SHORTEST) return { ...shortestDigits(ax), negative };
  if (mode === DtoaMode.FIXED && ndigits >= 0 && ndigits <= 100 && ax < 1e21) {
    // NON-CPYTHON fast path: toFixed is exact but for ties (x * 2**(n+1) an odd integer).
    const y = ax * pow2(ndigits + 1);
    if (!(Number.isInteger(y) && y % 2 === 1)) return { ...fixedStringDigits(ax.toFixed(ndigits), ndigits), negative };
  }
  const exact = exactDecimal(ax);
  const cut = mode === DtoaMode.SIGNIFICANT ? Math.max(ndigits, 1) : exact.decpt + ndigits;
  const r = roundDigits(exact.digits, exact.decpt, cut);
  // A value that rounds to nothing reports the point where the first kept digit would be.
  if (r.digits === '') return { digits: '', decpt: -ndigits, negative };
  return { digits: r.digits, decpt: r.decpt, negative };
}

// ---------------------------------------------------------------------------------------------
// repr / str

/** CPython 3.11: Objects/floatobject.c float_repr (PyOS_double_to_string(x, 'r', 0, ADD_DOT_0)). */
export function floatRepr(x: number): string {
  const ax = Math.abs(x);
  // Where the engine prints plain decimals exactly as 'r' would, use it directly; the bounds
  // are exact because a shortest digit string never crosses a power of ten.
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + '.0' : s;
  }
  return doubleToString(x, 'r', 0, DtsFlag.ADD_DOT_0);
}

/** The parts of format_float_short's bufsize. */
export const enum FloatBuffer {
  /** "+inf" and its NUL. */
  NON_FINITE = 5,
  /** Sign, decimal point and trailing NUL byte. */
  SIGN_POINT_NUL = 3,
  /** The exponent "e+100", at most 3 digits. */
  EXPONENT = 5,
}

/**
 * CPython 3.11: Python/pystrtod.c format_float_short, the size of the buffer it PyMem_Mallocs:
 * `3 + (vdigits_end - vdigits_start)` (sign, decimal point and NUL around the digits) plus 5
 * with an exponent ("e+100"); 5 for inf and nan ("+inf" and its NUL). Every position of
 * vdigits[vdigits_start:vdigits_end] (zero padding included) is output as one digit, so the
 * digits are counted in `text`, the string format_float_short made.
 */
export function formatFloatShortBufferSize(text: string): number {
  let digits = 0;
  let exp = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 101 /* e */ || c === 69 /* E */) {
      exp = true;
      break;
    }
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits === 0) return FloatBuffer.NON_FINITE;
  return FloatBuffer.SIGN_POINT_NUL + digits + (exp ? FloatBuffer.EXPONENT : 0);
}

/** CPython 3.11: float_repr is also tp_str of float. */
export const floatStr = floatRepr;

// ---------------------------------------------------------------------------------------------
// PyOS_double_to_string

/** Format codes accepted by doubleToString. */
export type DtsCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

/**
 * CPython 3.11: Python/pystrtod.c PyOS_double_to_string.
 * precision is ignored for 'r' (must be 0 in CPython); flags are DtsFlag bits.
 */
export function doubleToString(val: number, code: DtsCode, precision: number, flags: number): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const lower = (upper ? code.toLowerCase() : code) as 'e' | 'f' | 'g' | 'r';
  if (!Number.isFinite(val)) return formatNonFinite(val, upper, flags);
  if (lower === 'f' && precision <= 100 && Math.abs(val) < 1e21) {
    const fast = fixedFast(val, precision, flags);
    if (fast !== null) return fast;
  }
  let mode: DtoaMode;
  switch (lower) {
    case 'e':
      mode = DtoaMode.SIGNIFICANT;
      precision++;
      break;
    case 'f':
      mode = DtoaMode.FIXED;
      break;
    case 'g':
      mode = DtoaMode.SIGNIFICANT;
      if (precision === 0) precision = 1;
      break;
    default:
      mode = DtoaMode.SHORTEST;
      precision = 0;
  }
  const d = dtoa(val, mode, precision);
  return formatFloatShort(d, lower, precision, flags, upper);
}

/** A char buffer PyOS_double_to_string returned: its text and the block PyMem_Malloc gave it. */
export interface DoubleStringBuffer {
  text: string;
  addr: number;
}

/** The text PyOS_double_to_string makes, with the _Py_dg_dtoa call format_float_short makes. */
export interface DoubleString {
  text: string;
  val: number;
  mode: DtoaMode;
  ndigits: number;
}

/**
 * CPython 3.11: Python/pystrtod.c PyOS_double_to_string as the object code calls it: the text
 * lives in a PyMem_Malloc'd buffer (format_float_short), which the caller releases with
 * freeDoubleString (PyMem_Free).
 */
export function PyOS_double_to_string(val: number, code: DtsCode, precision: number, flags: number): DoubleStringBuffer {
  return doubleStringBuffer(doubleStringOf(val, code, precision, flags));
}

/** PyOS_double_to_string's text and the dtoa mode and digit count its format code selects. */
export function doubleStringOf(val: number, code: DtsCode, precision: number, flags: number): DoubleString {
  const text = doubleToString(val, code, precision, flags);
  switch (code) {
    case 'e': case 'E':
      return { text, val, mode: DtoaMode.SIGNIFICANT, ndigits: precision + 1 };
    case 'f': case 'F':
      return { text, val, mode: DtoaMode.FIXED, ndigits: precision };
    case 'g': case 'G':
      return { text, val, mode: DtoaMode.SIGNIFICANT, ndigits: precision === 0 ? 1 : precision };
    default:
      return { text, val, mode: DtoaMode.SHORTEST, ndigits: 0 };
  }
}

/**
 * CPython 3.11: format_float_short's memory: _Py_dg_dtoa's digit string (dtoa.ts: a block of
 * its own only when it is long), the PyMem_Malloc'd buffer the text is built in, then
 * _Py_dg_freedtoa of the digits. The buffer is returned.
 */
export function doubleStringBuffer(ds: DoubleString): DoubleStringBuffer {
  const digits = dtoaResultAlloc(ds.val, ds.mode, ds.ndigits);
  const addr = memMalloc(formatFloatShortBufferSize(ds.text));
  _Py_dg_freedtoa(digits);
  return { text: ds.text, addr };
}

/** PyMem_Free of a buffer PyOS_double_to_string returned. */
export function freeDoubleString(buf: DoubleStringBuffer): void {
  memFree(buf.addr);
}

/**
 * PyOS_double_to_string plus the '%' code of format_float_internal (x * 100 in 'f' format,
 * followed by '%'). The name the kernel's float formatting code uses.
 */
export function formatFloat(x: number, code: DtsCode | '%', precision: number, flags: number): string {
  if (code === '%') return doubleToString(x * 100, 'f', precision, flags) + '%';
  return doubleToString(x, code, precision, flags);
}

function formatNonFinite(val: number, upper: boolean, flags: number): string {
  // format_float_short: the sign of a nan is ignored.
  if (Number.isNaN(val)) return (flags & DtsFlag.SIGN ? '+' : '') + (upper ? 'NAN' : 'nan');
  const sign = val < 0 ? '-' : flags & DtsFlag.SIGN ? '+' : '';
  return sign + (upper ? 'INF' : 'inf');
}

/**
 * NON-CPYTHON: fast path for 'f' through Number.prototype.toFixed, which is exact except that
 * it breaks ties away from zero; ties (x * 2**(p+1) an odd integer) go to the exact path.
 */
function fixedFast(val: number, precision: number, flags: number): string | null {
  const ax = Math.abs(val);
  const y = ax * pow2(precision + 1);
  if (Number.isInteger(y) && y % 2 === 1) return null;
  let body = ax.toFixed(precision);
  if (precision === 0 && flags & DtsFlag.ALT) body += '.';
  let negative = signBit(val);
  if (negative && flags & DtsFlag.NO_NEG_0 && /^[0.]*$/.test(body)) negative = false;
  return (negative ? '-' : flags & DtsFlag.SIGN ? '+' : '') + body;
}

/** CPython 3.11: Python/pystrtod.c format_float_short, for a finite value. */
function formatFloatShort(d: DtoaResult, code: 'e' | 'f' | 'g' | 'r', precision: number, flags: number, upper: boolean): string {
  const { digits } = d;
  const nd = digits.length;
  let decpt = d.decpt;
  let negative = d.negative;
  const addDot0 = (flags & DtsFlag.ADD_DOT_0) !== 0;
  const alt = (flags & DtsFlag.ALT) !== 0;
  if (negative && flags & DtsFlag.NO_NEG_0 && (nd === 0 || (nd === 1 && digits === '0'))) negative = false;

  // Output the slice [vStart, vEnd) of digits padded with zeros on both sides.
  let vEnd = nd;
  let useExp = false;
  switch (code) {
    case 'e':
      useExp = true;
      vEnd = precision;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    case 'r':
      // Exponent from 1e16 on: a 16-digit shortest repr padded with zeros would look odd.
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;

  let out = negative ? '-' : flags & DtsFlag.SIGN ? '+' : '';
  if (decpt <= 0) {
    out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  } else {
    out += '0'.repeat(-vStart);
  }
  if (decpt > 0 && decpt <= nd) {
    out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    out += digits;
  }
  if (nd < decpt) {
    out += '0'.repeat(decpt - nd) + '.' + '0'.repeat(vEnd - decpt);
  } else {
    out += '0'.repeat(vEnd - nd);
  }
  if (out.charCodeAt(out.length - 1) === 46 && !alt) out = out.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// float(str)

/** Py_UNICODE_ISSPACE for code points above 127 (ASCII ones are handled by isAsciiSpace). */
function isUnicodeSpaceHigh(c: number): boolean {
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Py_ISSPACE: the ASCII whitespace that int() and float() strip. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Py_UNICODE_ISSPACE (str.isspace / str.split whitespace), for the full code point range. */
export function isUnicodeSpace(c: number): boolean {
  return isAsciiSpace(c) || (c >= 0x1c && c <= 0x1f) || (c > 127 && isUnicodeSpaceHigh(c));
}

const ND = /^\p{Nd}$/u;

/**
 * Py_UNICODE_TODECIMAL for c > 127: the decimal value of a Unicode digit (category Nd), else -1.
 * Nd characters come in contiguous runs of ten starting at zero (a Unicode stability policy),
 * so the value is the distance from the start of the run, modulo ten.
 */
export function unicodeDecimalValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c < 128 || !ND.test(String.fromCodePoint(c))) return -1;
  let start = c;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (c - start) % 10;
}

/**
 * CPython 3.11: Objects/unicodeobject.c _PyUnicode_TransformDecimalAndSpaceToASCII.
 * ASCII stays as it is, Unicode spaces become ' ', Unicode digits their ASCII digit, and any
 * other non-ASCII character '?' (which no number grammar accepts). Returns s itself if ASCII.
 */
export function transformDecimalAndSpaceToASCII(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (isUnicodeSpaceHigh(c)) out += ' ';
    else {
      const d = unicodeDecimalValue(c);
      out += d >= 0 ? String.fromCharCode(48 + d) : '?';
    }
  }
  return out;
}

/** Strips Py_ISSPACE characters from both ends. */
export function stripAsciiSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isAsciiSpace(s.charCodeAt(a))) a++;
  while (b > a && isAsciiSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

const FLOAT_BODY = /^[+-]?(?:(?:\d(?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/**
 * CPython 3.11: Objects/floatobject.c PyFloat_FromString (with
 * _Py_string_to_number_with_underscores and PyOS_string_to_double): the value of float(s) for
 * a str argument, or null where CPython raises "could not convert string to float: %R".
 * Hexadecimal is not accepted (that is float.fromhex).
 */
export function parseFloat(s: string): number | null {
  const t = stripAsciiSpace(transformDecimalAndSpaceToASCII(s));
  if (FLOAT_BODY.test(t)) {
    // The engine's string-to-number conversion rounds correctly, as _Py_dg_strtod does.
    return Number(t.indexOf('_') >= 0 ? t.replace(/_/g, '') : t);
  }
  const m = FLOAT_SPECIAL.exec(t);
  if (m === null) return null;
  const neg = m[1] === '-';
  if (m[2].length === 3 && m[2].toLowerCase() === 'nan') return neg ? -NaN : NaN;
  return neg ? -Infinity : Infinity;
}

// ---------------------------------------------------------------------------------------------
// float.hex / float.fromhex

/** CPython 3.11: Objects/floatobject.c float_hex. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  const sign = signBit(x) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  f64[0] = x;
  const biased = (u32[HI] >>> 20) & 0x7ff;
  const fracHi = u32[HI] & 0xfffff;
  const frac = fracHi.toString(16).padStart(5, '0') + u32[LO].toString(16).padStart(8, '0');
  // Subnormals print with a leading 0 and the minimum exponent, as float_hex does.
  const lead = biased === 0 ? '0' : '1';
  const e = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${lead}.${frac}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** Result of fromHex: a value, or the CPython error to raise. */
export type FromHexResult = number | { excType: 'ValueError' | 'OverflowError'; msg: string };

const HEX_BODY = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/;

/** CPython 3.11: Objects/floatobject.c float_fromhex (round half to even, like the C code). */
export function fromHex(s: string): FromHexResult {
  const invalid = { excType: 'ValueError' as const, msg: 'invalid hexadecimal floating-point string' };
  const t = stripAsciiSpace(s);
  const special = FLOAT_SPECIAL.exec(t);
  if (special !== null) {
    const neg = special[1] === '-';
    if (special[2].toLowerCase() === 'nan') return NaN;
    return neg ? -Infinity : Infinity;
  }
  const m = HEX_BODY.exec(t);
  if (m === null) return invalid;
  const intDigits = m[2];
  const fracDigits = m[3] ?? '';
  if (intDigits.length + fracDigits.length === 0) return invalid;
  const neg = m[1] === '-';
  const all = (intDigits + fracDigits).replace(/^0+/, '');
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  if (all === '') return neg ? -0 : 0;
  // value = all * 2**(exp - 4*len(frac))
  const mant = BigInt('0x' + all);
  const r = scaledToFloat(mant, exp - 4 * fracDigits.length);
  if (r === Infinity) return { excType: 'OverflowError', msg: 'hexadecimal value too large to represent as a float' };
  return neg ? -r : r;
}

/** Bit length of a positive bigint. */
export function bigBitLength(b: bigint): number {
  if (b < 0n) b = -b;
  if (b === 0n) return 0;
  if (b <= 0xffffffffn) return 32 - Math.clz32(Number(b));
  const hex = b.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/**
 * NON-CPYTHON helper: mant * 2**exp2 (mant > 0) rounded once, half to even, to a double;
 * Infinity when it overflows. The shared core of fromhex and the int conversions.
 */
export function scaledToFloat(mant: bigint, exp2: number): number {
  const nbits = bigBitLength(mant);
  const top = exp2 + nbits - 1; // 2**top <= value < 2**(top+1)
  if (top > 1023) return Infinity;
  // Bits kept: 53, fewer for subnormals, none below half the smallest subnormal.
  const keep = top >= -1022 ? 53 : 53 - (-1022 - top);
  if (keep < 0) return 0;
  const drop = nbits - keep; // bits below the last kept one
  let q: bigint;
  if (drop <= 0) {
    q = mant << BigInt(-drop);
  } else {
    q = mant >> BigInt(drop);
    const half = 1n << BigInt(drop - 1);
    const rest = mant & ((half << 1n) - 1n);
    if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  }
  const scale = exp2 + drop;
  const v = Number(q);
  // q < 2**54 and the product is exact unless it overflows.
  if (scale + bigBitLength(q) - 1 > 1023) return Infinity;
  return ldexp(v, scale);
}
