// Integer arithmetic with Python semantics (Objects/longobject.c) and the float operations
// that mix with ints (Objects/floatobject.c: floor division, modulo, pow, round, conversions).
//
// Value convention (PyInt): a Python int is a JS `number` when it is a safe integer
// (|v| <= 2**53 - 1) and a `bigint` otherwise. Every function here accepts either form for
// any int argument and returns the normalised form (number whenever the value is safe), so
// results can be compared with === only after normalisation, which these functions guarantee.
// Floats are plain JS numbers; a function's signature says which meaning a number has.
//
// Errors: user-level failures throw a NumError { excType, msg } (a plain JS value, not an
// Error); the kernel turns it into the Python exception of that type with that message.

import { libm } from '../modules/libm.ts';
import { DtoaMode, bigBitLength, decompose, dtoa, ldexp, pow2, signBit, transformDecimalAndSpaceToASCII } from './pystrtod.ts';

/** Python exception types that the numeric helpers raise. */
export type NumExcType = 'ValueError' | 'TypeError' | 'OverflowError' | 'ZeroDivisionError' | 'IndexError' | 'MemoryError';

/** A Python exception to raise, thrown as a JS value by the numeric helpers. */
export class NumError {
  constructor(
    readonly excType: NumExcType,
    readonly msg: string,
  ) {}
}

/** A Python int: a safe-integer number, or a bigint outside the safe range. */
export type PyInt = number | bigint;

const MAX_SAFE = 9007199254740991;
const MAX_SAFE_BIG = 9007199254740991n;
const TWO53 = 9007199254740992;

/** Normalises a bigint to the PyInt convention. */
export function normBig(b: bigint): PyInt {
  return b >= -MAX_SAFE_BIG && b <= MAX_SAFE_BIG ? Number(b) : b;
}

/** The bigint value of a PyInt. */
export function toBig(v: PyInt): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** Sign of a PyInt: -1, 0 or 1. */
export function intSign(v: PyInt): number {
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

// ---------------------------------------------------------------------------------------------
// The 3.11 int <-> str digit limit (CVE-2020-10735).

/** Python/sysmodule.c: the default of sys.get_int_max_str_digits(). */
export const enum IntStrLimit {
  /** _PY_LONG_DEFAULT_MAX_STR_DIGITS */
  DEFAULT = 4300,
  /** _PY_LONG_MAX_STR_DIGITS_THRESHOLD: the smallest nonzero limit accepted. */
  THRESHOLD = 640,
}

let maxStrDigits: number = IntStrLimit.DEFAULT;

/** sys.get_int_max_str_digits() */
export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** CPython 3.11: Python/sysmodule.c sys_set_int_max_str_digits_impl. */
export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < IntStrLimit.THRESHOLD) {
    throw new NumError('ValueError', `maxdigits must be 0 or larger than ${IntStrLimit.THRESHOLD}`);
  }
  maxStrDigits = n;
}

function limitToStrError(): NumError {
  return new NumError(
    'ValueError',
    `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

// ---------------------------------------------------------------------------------------------
// Arithmetic with small fast paths.

/** CPython 3.11: long_add */
export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    // A sum beyond 2**53 may have been rounded: redo it exactly.
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  return normBig(toBig(a) + toBig(b));
}

/** CPython 3.11: long_sub */
export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r + 0;
  }
  return normBig(toBig(a) - toBig(b));
}

/** CPython 3.11: long_mul */
export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const p = a * b;
    if (p >= -MAX_SAFE && p <= MAX_SAFE) return p + 0;
  }
  return normBig(toBig(a) * toBig(b));
}

/** CPython 3.11: long_neg */
export function intNeg(v: PyInt): PyInt {
  return typeof v === 'number' ? 0 - v : normBig(-v);
}

/** CPython 3.11: long_abs */
export function intAbs(v: PyInt): PyInt {
  return typeof v === 'number' ? Math.abs(v) : v < 0n ? -v : v;
}

/** CPython 3.11: long_compare, as -1, 0 or 1. */
export function intCompare(a: PyInt, b: PyInt): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** CPython 3.11: Objects/longobject.c l_divmod: floor quotient and remainder with b's sign. */
export function intDivmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (b === 0 || b === 0n) throw new NumError('ZeroDivisionError', 'integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) {
      r += b;
      q -= 1;
    }
    return [q + 0, r + 0];
  }
  const [q, r] = bigDivmod(toBig(a), toBig(b));
  return [normBig(q), normBig(r)];
}

function bigDivmod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && r < 0n !== b < 0n) {
    r += b;
    q -= 1n;
  }
  return [q, r];
}

/** CPython 3.11: long_div (a // b). */
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) q -= 1;
    return q + 0;
  }
  return intDivmod(a, b)[0];
}

/** CPython 3.11: long_mod (a % b). */
export function intMod(a: PyInt, b: PyInt): PyInt {
  if (b === 0 || b === 0n) throw new NumError('ZeroDivisionError', 'integer modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  return normBig(bigDivmod(toBig(a), toBig(b))[1]);
}

/**
 * CPython 3.11: long_true_divide: a / b correctly rounded to a double.
 * Operands that are exact doubles (|x| <= 2**53) divide in floating point, as CPython's fast
 * path does; otherwise the exact quotient is rounded once.
 */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (b === 0 || b === 0n) throw new NumError('ZeroDivisionError', 'division by zero');
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  const ba = toBig(a);
  const bb = toBig(b);
  const negate = ba < 0n !== bb < 0n;
  const n = ba < 0n ? -ba : ba;
  const d = bb < 0n ? -bb : bb;
  if (n <= BigInt(TWO53) && d <= BigInt(TWO53)) return Number(ba) / Number(bb);
  if (n === 0n) return negate ? -0 : 0;
  const r = ratioToFloat(n, d);
  if (r === Infinity) throw new NumError('OverflowError', 'integer division result too large for a float');
  return negate ? -r : r;
}

/** NON-CPYTHON helper: n / d (both > 0) rounded once, half to even; Infinity on overflow. */
export function ratioToFloat(n: bigint, d: bigint): number {
  let top = bigBitLength(n) - bigBitLength(d); // 2**top <= n/d < 2**(top+1) after the fix-up
  if (top >= 0 ? n < d << BigInt(top) : n << BigInt(-top) < d) top -= 1;
  if (top > 1023) return Infinity;
  const keep = top >= -1022 ? 53 : top + 1075; // bits of the result, fewer for subnormals
  if (keep < 0) return 0;
  // q2 has keep+1 bits: the kept bits and one rounding bit; the remainder is the sticky bit.
  const shift = keep - top;
  const num = shift >= 0 ? n << BigInt(shift) : n;
  const den = shift >= 0 ? d : d << BigInt(-shift);
  const q2 = num / den;
  const sticky = num % den !== 0n;
  let q = q2 >> 1n;
  if ((q2 & 1n) === 1n && (sticky || (q & 1n) === 1n)) q += 1n;
  // q has at most 53 significant bits at the right place, so the scaling is exact.
  return q === 0n ? 0 : ldexp(Number(q), 1 - shift);
}

/** CPython 3.11: PyLong_AsDouble (float(int)), with its OverflowError. */
export function intToFloat(v: PyInt): number {
  if (typeof v === 'number') return v;
  // Number(bigint) rounds half to even, as _PyLong_Frexp + ldexp do.
  const r = Number(v);
  if (!Number.isFinite(r)) throw new NumError('OverflowError', 'int too large to convert to float');
  return r;
}

/** CPython 3.11: long_pow for a non-negative exponent without modulus. */
export function intPow(a: PyInt, b: PyInt): PyInt {
  if (b < 0) throw new Error('intPow: negative exponent; use intPowFloat');
  if (a === 0 || a === 0n) return b === 0 || b === 0n ? 1 : 0;
  if (a === 1 || a === 1n) return 1;
  if (a === -1 || a === -1n) return toBig(b) % 2n === 0n ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number' && b < 64) {
    const small = smallPow(a, b);
    if (small !== null) return small;
  }
  const ba = toBig(a);
  const bb = toBig(b);
  // The result has about bitLength(a) * b bits; past the engine's BigInt size CPython would
  // run out of memory as well.
  if (bb > 1n << 32n || BigInt(bigBitLength(ba) - 1) * bb > 1n << 30n) throw new NumError('MemoryError', '');
  try {
    return normBig(ba ** bb);
  } catch {
    throw new NumError('MemoryError', '');
  }
}

/** Square-and-multiply on doubles while every partial result stays exact; null if it does not. */
function smallPow(a: number, b: number): number | null {
  let result = 1;
  let base = a;
  let e = b;
  for (;;) {
    if (e & 1) {
      result *= base;
      if (result > MAX_SAFE || result < -MAX_SAFE) return null;
    }
    e >>>= 1;
    if (e === 0) return result;
    base *= base;
    if (base > MAX_SAFE) return null;
  }
}

/** CPython 3.11: long_pow with a negative exponent and no modulus: float(a) ** float(b). */
export function intPowFloat(a: PyInt, b: PyInt): number {
  const r = floatPow(intToFloat(a), intToFloat(b));
  // An int base with an integral exponent never gives a complex result.
  return r as number;
}

/** CPython 3.11: long_pow with a modulus (pow(a, b, m)). */
export function intPowMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  if (m === 0 || m === 0n) throw new NumError('ValueError', 'pow() 3rd argument cannot be 0');
  let ba = toBig(a);
  let bb = toBig(b);
  let bm = toBig(m);
  const negativeOutput = bm < 0n;
  if (negativeOutput) bm = -bm;
  if (bm === 1n) return 0;
  if (bb < 0n) {
    ba = invmod(ba, bm);
    bb = -bb;
  }
  if (ba < 0n || ba >= bm) ba = bigDivmod(ba, bm)[1];
  let z = bm <= 94906265n ? BigInt(smallPowMod(Number(ba), bb, Number(bm))) : bigPowMod(ba, bb, bm);
  if (negativeOutput && z !== 0n) z -= bm;
  return normBig(z);
}

/** Modular exponentiation for m < 2**26.5, where products of residues stay exact doubles. */
function smallPowMod(a: number, e: bigint, m: number): number {
  let result = 1 % m;
  let base = a;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % m;
    e >>= 1n;
    if (e > 0n) base = (base * base) % m;
  }
  return result;
}

function bigPowMod(a: bigint, e: bigint, m: bigint): bigint {
  let result = 1n % m;
  let base = a;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % m;
    e >>= 1n;
    if (e > 0n) base = (base * base) % m;
  }
  return result;
}

/** CPython 3.11: Objects/longobject.c long_invmod (extended Euclid; n > 1). */
function invmod(a: bigint, n: bigint): bigint {
  let b = n;
  let aa = bigDivmod(a, n)[1];
  let x0 = 1n;
  let x1 = 0n;
  while (b !== 0n) {
    const q = aa / b;
    [aa, b] = [b, aa - q * b];
    [x0, x1] = [x1, x0 - q * x1];
  }
  if (aa !== 1n) throw new NumError('ValueError', 'base is not invertible for the given modulus');
  return bigDivmod(x0, n)[1];
}

// ---------------------------------------------------------------------------------------------
// Bitwise operations.

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

function isInt32(v: PyInt): v is number {
  return typeof v === 'number' && v >= INT32_MIN && v <= INT32_MAX;
}

/** CPython 3.11: long_and */
export function intAnd(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normBig(toBig(a) & toBig(b));
}

/** CPython 3.11: long_or */
export function intOr(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normBig(toBig(a) | toBig(b));
}

/** CPython 3.11: long_xor */
export function intXor(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normBig(toBig(a) ^ toBig(b));
}

/** CPython 3.11: long_invert (~v == -(v+1)). */
export function intInvert(v: PyInt): PyInt {
  return typeof v === 'number' ? -v - 1 : normBig(-v - 1n);
}

/** CPython 3.11: long_lshift */
export function intLshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw new NumError('ValueError', 'negative shift count');
  if (a === 0 || a === 0n) return 0;
  if (typeof a === 'number' && typeof n === 'number' && n < 53) {
    const r = a * pow2(n);
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  const bn = toBig(n);
  if (bn + BigInt(bigBitLength(toBig(a))) > 1n << 30n) throw new NumError('MemoryError', '');
  return normBig(toBig(a) << bn);
}

/** CPython 3.11: long_rshift (floor division by 2**n). */
export function intRshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw new NumError('ValueError', 'negative shift count');
  if (typeof a === 'number') {
    if (n >= 53) return a < 0 ? -1 : 0;
    if (isInt32(a) && (n as number) < 32) return a >> (n as number);
    return Math.floor(a / pow2(n as number));
  }
  const bn = toBig(n);
  if (bn > BigInt(bigBitLength(a))) return a < 0n ? -1 : 0;
  return normBig(a >> bn);
}

/** CPython 3.11: int.bit_length */
export function intBitLength(v: PyInt): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    if (a <= 0xffffffff) return 32 - Math.clz32(a);
    return 32 + (32 - Math.clz32(Math.floor(a / 4294967296)));
  }
  return bigBitLength(v);
}

/** CPython 3.11: int.bit_count (popcount of |v|). */
export function intBitCount(v: PyInt): number {
  let b = toBig(v);
  if (b < 0n) b = -b;
  let count = 0;
  while (b > 0n) {
    let w = Number(b & 0xffffffffn);
    w -= (w >>> 1) & 0x55555555;
    w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
    count += (((w + (w >>> 4)) & 0xf0f0f0f) * 0x1010101) >>> 24;
    b >>= 32n;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// int <-> str

/** CPython 3.11: long_to_decimal_string (str(int), repr(int)), with the digit limit. */
export function intToDecimalString(v: PyInt): string {
  if (typeof v === 'number') return String(v);
  if (maxStrDigits > 0) {
    // A quick refusal for values far over the limit avoids converting them at all.
    const bits = bigBitLength(v);
    if ((bits - 1) * 0.30102999566398120 > maxStrDigits + 1) throw limitToStrError();
  }
  const s = v.toString();
  if (maxStrDigits > 0 && s.length - (v < 0n ? 1 : 0) > maxStrDigits) throw limitToStrError();
  return s;
}

/**
 * CPython 3.11: long_format_binary (bin(), oct(), hex(), and format types b/o/x):
 * sign, then the "0b"/"0o"/"0x" prefix when withPrefix, then lower-case digits.
 */
export function intToBaseString(v: PyInt, base: 2 | 8 | 16, withPrefix: boolean): string {
  const neg = v < 0;
  const digits = (neg ? -v : v).toString(base);
  const prefix = withPrefix ? (base === 2 ? '0b' : base === 8 ? '0o' : '0x') : '';
  return (neg ? '-' : '') + prefix + digits;
}

/** Default repr used in error messages when the caller does not supply Python's str repr. */
export function simpleStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c > 0x7f && /[\p{C}\p{Z}]/u.test(ch)) {
      out += c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/**
 * CPython 3.11: Objects/longobject.c PyLong_FromString on an ASCII string (after
 * _PyUnicode_TransformDecimalAndSpaceToASCII for str input): the value, or null for an
 * invalid literal. Throws the digit-limit ValueError. base is 0 or 2..36 (checked by caller
 * or by parseIntLiteral).
 */
export function parseIntAscii(s: string, base: number): PyInt | null {
  let i = 0;
  let end = s.length;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  while (end > i && isSpace(s.charCodeAt(end - 1))) end--;
  let neg = false;
  if (s[i] === '+' || s[i] === '-') {
    neg = s[i] === '-';
    i++;
  }
  let oldOctalZeros = false;
  const c1 = s.charCodeAt(i + 1) | 0x20;
  if (base === 0) {
    if (s[i] !== '0') base = 10;
    else if (c1 === 0x78) base = 16;
    else if (c1 === 0x6f) base = 8;
    else if (c1 === 0x62) base = 2;
    else {
      // "Old" C-style octal is illegal: a leading zero means the value must be all zeros.
      base = 10;
      oldOctalZeros = true;
    }
  }
  if (s[i] === '0' && ((base === 16 && c1 === 0x78) || (base === 8 && c1 === 0x6f) || (base === 2 && c1 === 0x62))) {
    i += 2;
    // One underscore is allowed right after the prefix.
    if (s[i] === '_') i++;
  }
  if (s[i] === '_') return null;
  // Digits, with single underscores between them.
  let digits = '';
  let prevUnderscore = false;
  let ndigits = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) return null;
      prevUnderscore = true;
      continue;
    }
    if (digitValue(c) >= base) return null;
    prevUnderscore = false;
    ndigits++;
    digits += s[i];
  }
  if (prevUnderscore || ndigits === 0) return null;
  if (oldOctalZeros && !/^0+$/.test(digits)) return null;
  return digitsToInt(digits, base, neg);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function digitsToInt(digits: string, base: number, neg: boolean): PyInt {
  const pow2base = (base & (base - 1)) === 0;
  if (!pow2base && maxStrDigits > 0 && digits.length > maxStrDigits) {
    throw new NumError(
      'ValueError',
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  if (base === 10 && digits.length <= 15) {
    const n = Number(digits);
    return neg ? 0 - n : n;
  }
  let v: bigint;
  if (base === 10) v = BigInt(digits);
  else if (base === 16) v = BigInt('0x' + digits);
  else if (base === 8) v = BigInt('0o' + digits);
  else if (base === 2) v = BigInt('0b' + digits);
  else v = digitsInBase(digits, base);
  return normBig(neg ? -v : v);
}

/** Accumulates digits of any base in chunks whose value stays an exact double. */
function digitsInBase(digits: string, base: number): bigint {
  const chunk = Math.floor(Math.log(MAX_SAFE) / Math.log(base)) - 1;
  let v = 0n;
  for (let i = 0; i < digits.length; i += chunk) {
    const part = digits.slice(i, i + chunk);
    let n = 0;
    for (let j = 0; j < part.length; j++) n = n * base + digitValue(part.charCodeAt(j));
    v = v * BigInt(base) ** BigInt(part.length) + BigInt(n);
  }
  return v;
}

/**
 * CPython 3.11: PyLong_FromUnicodeObject (int(str, base)). Throws NumError ValueError with
 * "invalid literal for int() with base N: %.200R"; repr formats the string as Python's repr
 * (pass the kernel's str repr; the default handles common cases).
 */
export function parseIntLiteral(s: string, base: number, repr: (s: string) => string = simpleStrRepr): PyInt {
  if (base !== 0 && (base < 2 || base > 36)) {
    throw new NumError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  }
  const v = parseIntAscii(transformDecimalAndSpaceToASCII(s), base);
  if (v === null) {
    throw new NumError('ValueError', `invalid literal for int() with base ${base}: ${truncateCodePoints(repr(s), 200)}`);
  }
  return v;
}

/** %.200R in PyUnicode_FromFormat: at most 200 code points of the repr. */
function truncateCodePoints(s: string, n: number): string {
  if (s.length <= n) return s;
  return Array.from(s).slice(0, n).join('');
}

// ---------------------------------------------------------------------------------------------
// int.to_bytes / int.from_bytes

/** CPython 3.11: int_to_bytes_impl (_PyLong_AsByteArray). */
export function intToBytes(v: PyInt, length: number, littleEndian: boolean, signed: boolean): Uint8Array {
  if (length < 0) throw new NumError('ValueError', 'length argument must be non-negative');
  let b = toBig(v);
  if (b < 0n && !signed) throw new NumError('OverflowError', "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const fits = signed ? b >= -(1n << (bits - 1n)) && b < 1n << (bits - 1n) : b < 1n << bits;
  if (length === 0 ? b !== 0n : !fits) throw new NumError('OverflowError', 'int too big to convert');
  if (b < 0n) b += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[littleEndian ? i : length - 1 - i] = Number(b & 0xffn);
    b >>= 8n;
  }
  return out;
}

/** CPython 3.11: int_from_bytes_impl (_PyLong_FromByteArray). */
export function intFromBytes(bytes: Uint8Array, littleEndian: boolean, signed: boolean): PyInt {
  const n = bytes.length;
  if (n === 0) return 0;
  let hex = '';
  for (let i = 0; i < n; i++) hex += bytes[littleEndian ? n - 1 - i : i].toString(16).padStart(2, '0');
  let v = BigInt('0x' + hex);
  if (signed && bytes[littleEndian ? n - 1 : 0] & 0x80) v -= 1n << BigInt(8 * n);
  return normBig(v);
}

// ---------------------------------------------------------------------------------------------
// round()

/** CPython 3.11: long_round with ndigits (round(int, ndigits)), half to even. */
export function intRound(v: PyInt, ndigits: PyInt): PyInt {
  if (ndigits >= 0) return v;
  const k = -toBig(ndigits);
  const bv = toBig(v);
  // NON-CPYTHON shortcut: CPython computes 10**k even when it dwarfs v; the result is then 0.
  if (k > BigInt(Math.ceil(bigBitLength(bv) * 0.30103) + 1)) return 0;
  const p = 10n ** k;
  // _PyLong_DivmodNear: quotient rounded half to even.
  let [q, r] = bigDivmod(bv, p);
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return normBig(q * p);
}

/** float.__round__ limits, from Objects/floatobject.c. */
const enum RoundLimits {
  /** NDIGITS_MAX = (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103: past it every double rounds to itself. */
  NDIGITS_MAX = 323,
  /** NDIGITS_MIN = -(DBL_MAX_EXP + 1) * 0.30103: past it every double rounds to zero. */
  NDIGITS_MIN = -308,
}

/** CPython 3.11: float___round___impl with ndigits (double_round through a correctly rounded decimal string). */
export function floatRoundDigits(x: number, ndigits: PyInt): number {
  if (!Number.isFinite(x)) return x;
  if (ndigits > RoundLimits.NDIGITS_MAX) return x;
  if (ndigits < RoundLimits.NDIGITS_MIN) return 0.0 * x;
  const nd = Number(ndigits);
  const d = dtoa(x, DtoaMode.FIXED, nd);
  const rounded = Number((d.negative ? '-0' : '0') + (d.digits || '0') + 'e' + (d.decpt - d.digits.length));
  if (!Number.isFinite(rounded)) throw new NumError('OverflowError', 'rounded value too large to represent');
  return rounded;
}

/** CPython 3.11: float___round___impl without ndigits (round(x) -> int, half to even). */
export function floatRoundToInt(x: number): PyInt {
  let rounded = Math.trunc(x);
  const diff = x - rounded;
  if (Math.abs(diff) > 0.5 || (Math.abs(diff) === 0.5 && rounded % 2 !== 0)) rounded += diff > 0 ? 1 : -1;
  return floatToInt(Number.isFinite(x) ? rounded : x);
}

// ---------------------------------------------------------------------------------------------
// float -> int

/** CPython 3.11: PyLong_FromDouble (int(x) truncates; math.trunc). */
export function floatToInt(x: number): PyInt {
  if (x >= -MAX_SAFE && x <= MAX_SAFE) return Math.trunc(x) + 0;
  if (Number.isNaN(x)) throw new NumError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new NumError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(x);
}

/** CPython 3.11: math.floor of a float. */
export function floatFloor(x: number): PyInt {
  return floatToInt(Math.floor(x));
}

/** CPython 3.11: math.ceil of a float. */
export function floatCeil(x: number): PyInt {
  return floatToInt(Math.ceil(x));
}

/** CPython 3.11: float_as_integer_ratio */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (Number.isNaN(x)) throw new NumError('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw new NumError('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  const { mant, exp } = decompose(x);
  const sign = x < 0 ? -1n : 1n;
  if (exp >= 0) return [normBig(sign * (mant << BigInt(exp))), 1];
  return [normBig(sign * mant), normBig(1n << BigInt(-exp))];
}

/** CPython 3.11: float_is_integer */
export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

// ---------------------------------------------------------------------------------------------
// Float arithmetic with Python semantics.

/** CPython 3.11: float_div */
export function floatDiv(a: number, b: number): number {
  if (b === 0) throw new NumError('ZeroDivisionError', 'float division by zero');
  return a / b;
}

/** CPython 3.11: Objects/floatobject.c _float_div_mod: [floor quotient, remainder]. */
function floatDivModCore(vx: number, wx: number): [number, number] {
  // JS % on doubles is C fmod: exact, with the sign of the dividend.
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    // The remainder must have the divisor's sign.
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = signBit(wx) ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = signBit(vx / wx) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** CPython 3.11: float_divmod */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw new NumError('ZeroDivisionError', 'float divmod()');
  return floatDivModCore(a, b);
}

/** CPython 3.11: float_floor_div */
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw new NumError('ZeroDivisionError', 'float floor division by zero');
  return floatDivModCore(a, b)[0];
}

/** CPython 3.11: float_rem */
export function floatMod(a: number, b: number): number {
  if (b === 0) throw new NumError('ZeroDivisionError', 'float modulo');
  let mod = a % b;
  if (mod) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = signBit(b) ? -0 : 0;
  }
  return mod;
}

/**
 * CPython 3.11: float_pow (x ** y for floats). Returns null where CPython hands the operation to
 * complex (a negative base with a non-integral exponent): the caller computes complex pow.
 * Overflow raises OverflowError with CPython's errno-style message.
 */
export function floatPow(x: number, y: number): number | null {
  if (y === 0) return 1.0;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1.0 ? 1.0 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1.0) return 1.0;
    return y > 0 === ax > 1.0 ? Math.abs(y) : 0.0;
  }
  const yIsOdd = Math.abs(y) % 2.0 === 1.0;
  if (!Number.isFinite(x)) {
    if (y > 0) return yIsOdd ? x : Math.abs(x);
    return yIsOdd ? (x < 0 ? -0 : 0) : 0.0;
  }
  if (x === 0) {
    if (y < 0) throw new NumError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return yIsOdd ? x : 0.0;
  }
  let negate = false;
  if (x < 0) {
    if (y !== Math.floor(y)) return null;
    x = -x;
    negate = yIsOdd;
  }
  if (x === 1.0) return negate ? -1.0 : 1.0;
  const ix = libm.pow(x, y);
  if (!Number.isFinite(ix)) throw new NumError('OverflowError', "(34, 'Numerical result out of range')");
  return negate ? -ix : ix;
}

/** Python comparison operators in CPython's Py_LT..Py_GE order. */
export const enum CmpOp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}

/**
 * CPython 3.11: float_richcompare for a float and an int, exactly (no rounding of the int).
 * JS relational operators compare a Number with a BigInt by mathematical value, which is
 * the exact comparison float_richcompare performs; NaN compares unequal to everything.
 */
export function floatIntCompare(x: number, v: PyInt, op: CmpOp): boolean {
  switch (op) {
    case CmpOp.LT:
      return x < v;
    case CmpOp.LE:
      return x <= v;
    case CmpOp.EQ:
      return x == v; // eslint-disable-line eqeqeq -- Number == BigInt compares exact values
    case CmpOp.NE:
      return x != v; // eslint-disable-line eqeqeq
    case CmpOp.GT:
      return x > v;
    default:
      return x >= v;
  }
}
