/**
 * Character properties and case mappings of single code points, as CPython 3.11 sees them
 * (Unicode 14.0.0).
 * CPython 3.11: Objects/unicodectype.c, Objects/unicodetype_db.h.
 *
 * The JavaScript engine's Unicode regexes and String.prototype.toLowerCase/toUpperCase answer
 * almost everything, but for a newer Unicode version; unicodetype_db.ts (generated from CPython
 * 3.11's unicodedata) supplies what they cannot: the code points that 14.0.0 leaves unassigned,
 * Numeric_Type, title case and case folding. test/objects/str_unicodectype.test.ts checks every
 * code point against tables recorded from CPython.
 */
import { DIGIT_NOT_DECIMAL, FOLD, NUMERIC_NOT_N, TITLE, UNASSIGNED } from './unicodetype_db.ts';

/** Decodes a [gap, length - 1] pair table into sorted [start, end] bounds (inclusive). */
function decodeRanges(t: number[]): Int32Array {
  const out = new Int32Array(t.length);
  let prev = 0;
  for (let i = 0; i < t.length; i += 2) {
    const start = prev + t[i];
    const end = start + t[i + 1];
    out[i] = start;
    out[i + 1] = end;
    prev = end;
  }
  return out;
}

function inRanges(r: Int32Array, c: number): boolean {
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < r[2 * mid]) hi = mid - 1;
    else if (c > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

let unassigned: Int32Array | null = null;
let digitExtra: Int32Array | null = null;
let numericExtra: Int32Array | null = null;
let titleMap: Map<number, string> | null = null;
let foldMap: Map<number, string> | null = null;

/** Category Cn in Unicode 14.0.0: CPython knows no property of these code points. */
export function isUnassigned(c: number): boolean {
  if (c < 0x378) return false;
  unassigned ??= decodeRanges(UNASSIGNED);
  return inRanges(unassigned, c);
}

function test(re: RegExp, c: number): boolean {
  return re.test(String.fromCodePoint(c)) && !isUnassigned(c);
}

const RE_ALPHA = /^\p{L}$/u;
const RE_DECIMAL = /^\p{Nd}$/u;
const RE_N = /^\p{N}$/u;
const RE_UPPER = /^\p{Uppercase}$/u;
const RE_LOWER = /^\p{Lowercase}$/u;
const RE_TITLE = /^\p{Lt}$/u;
const RE_CASED = /^\p{Cased}$/u;
const RE_CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;
const RE_NOT_PRINTABLE = /^[\p{C}\p{Z}]$/u;
const RE_XID_START = /^\p{XID_Start}$/u;
const RE_XID_CONTINUE = /^\p{XID_Continue}$/u;

/**
 * Where the engine's newer Unicode data disagrees with 14.0.0 on an assigned code point.
 * NON-CPYTHON: engine corrections, found by the exhaustive test.
 */
const LOWER_NOT_IN_14 = new Set([0x10fc, 0xa7f2, 0xa7f3, 0xa7f4, 0xab69]);
const LOWER_ONLY_IN_14 = new Set([0x295]);
const XID_CONTINUE_NOT_IN_14 = new Set([0x200c, 0x200d, 0x30fb, 0xff65]);
const NO_UPPER_IN_14 = new Set([0x19b, 0x264, 0xa7d3, 0xa7d5]);

/** CPython 3.11: Objects/unicodectype.c _PyUnicode_IsAlpha (categories Lu Ll Lt Lm Lo). */
export function isAlpha(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return test(RE_ALPHA, c);
}

/** _PyUnicode_IsDecimalDigit (category Nd). */
export function isDecimal(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  return test(RE_DECIMAL, c);
}

/** _PyUnicode_IsDigit (Numeric_Type Decimal or Digit). */
export function isDigit(c: number): boolean {
  if (isDecimal(c)) return true;
  if (c < 128) return false;
  digitExtra ??= decodeRanges(DIGIT_NOT_DECIMAL);
  return inRanges(digitExtra, c);
}

/** _PyUnicode_IsNumeric (any Numeric_Type). */
export function isNumeric(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  if (test(RE_N, c)) return true;
  numericExtra ??= decodeRanges(NUMERIC_NOT_N);
  return inRanges(numericExtra, c);
}

/** str.isalnum's per-character test (unicode_isalnum_impl). */
export function isAlnum(c: number): boolean {
  return isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c);
}

/** _PyUnicode_IsUppercase (derived property Uppercase). */
export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return test(RE_UPPER, c);
}

/** _PyUnicode_IsLowercase (derived property Lowercase). */
export function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  if (LOWER_ONLY_IN_14.has(c)) return true;
  return test(RE_LOWER, c) && !LOWER_NOT_IN_14.has(c);
}

/** _PyUnicode_IsTitlecase (category Lt). */
export function isTitle(c: number): boolean {
  if (c < 128) return false;
  return test(RE_TITLE, c);
}

/** _PyUnicode_IsCased */
export function isCased(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (LOWER_ONLY_IN_14.has(c)) return true;
  return test(RE_CASED, c) && !LOWER_NOT_IN_14.has(c);
}

/** _PyUnicode_IsCaseIgnorable */
export function isCaseIgnorable(c: number): boolean {
  return test(RE_CASE_IGNORABLE, c);
}

/**
 * _PyUnicode_IsWhitespace: bidirectional class WS, B or S, or category Zs.
 */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** _PyUnicode_IsLinebreak: what str.splitlines splits on. */
export function isLinebreak(c: number): boolean {
  return (c >= 10 && c <= 13) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/**
 * _PyUnicode_IsPrintable: everything but categories Cc Cf Cs Co Cn Zl Zp Zs, except the space.
 */
export function isPrintable(c: number): boolean {
  if (c < 128) return c >= 32 && c < 127;
  return !RE_NOT_PRINTABLE.test(String.fromCodePoint(c)) && !isUnassigned(c);
}

/** _PyUnicode_IsXidStart (the identifier start set; '_' is tested separately). */
export function isXidStart(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return test(RE_XID_START, c);
}

/** _PyUnicode_IsXidContinue */
export function isXidContinue(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
  return test(RE_XID_CONTINUE, c) && !XID_CONTINUE_NOT_IN_14.has(c);
}

/** _PyUnicode_ToDecimalDigit: the value of a decimal digit, -1 otherwise. */
export function decimalValue(c: number): number {
  if (c < 128) return c >= 48 && c <= 57 ? c - 48 : -1;
  if (!isDecimal(c)) return -1;
  // Nd characters come in contiguous runs of ten starting at zero (a Unicode stability policy).
  let start = c;
  while (start > 0 && isDecimal(start - 1)) start--;
  return (c - start) % 10;
}

// ---------------------------------------------------------------------------------------------
// Full case mappings (SpecialCasing included), one code point at a time.
// ---------------------------------------------------------------------------------------------

/** _PyUnicode_ToLowerFull (without the final-sigma context, which the string methods add). */
export function lowerFull(c: number): string {
  if (c < 128) return String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  const ch = String.fromCodePoint(c);
  if (isUnassigned(c)) return ch;
  return ch.toLowerCase();
}

/** _PyUnicode_ToUpperFull */
export function upperFull(c: number): string {
  if (c < 128) return String.fromCharCode(c >= 97 && c <= 122 ? c - 32 : c);
  const ch = String.fromCodePoint(c);
  if (isUnassigned(c) || NO_UPPER_IN_14.has(c)) return ch;
  return ch.toUpperCase();
}

/** _PyUnicode_ToTitleFull */
export function titleFull(c: number): string {
  if (c < 128) return upperFull(c);
  titleMap ??= new Map(TITLE);
  const t = titleMap.get(c);
  return t !== undefined ? t : upperFull(c);
}

/** _PyUnicode_ToFoldedFull */
export function foldFull(c: number): string {
  if (c < 128) return lowerFull(c);
  foldMap ??= new Map(FOLD);
  const f = foldMap.get(c);
  return f !== undefined ? f : lowerFull(c);
}
