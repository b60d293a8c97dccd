/**
 * int: arbitrary-precision integers and the small-int cache.
 * CPython 3.11: Objects/longobject.c, Include/internal/pycore_long.h.
 *
 * NON-CPYTHON representation: the value is a JavaScript number while it is a safe integer
 * (|v| < 2**53) and a bigint beyond; the emulated size is CPython's (30-bit digits).
 */
import { CompareOp, type Hash, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { allocObjectMemory, allocStatic, freeObjectMemory } from '../memory/heap.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, PyExc_ZeroDivisionError } from './exceptions.ts';
import { PyUnicode_FromString, PyUnicode_Type, newUnicodeOfType } from './unicodeobject.ts';
import { Py_NotImplemented, Py_None } from './object.ts';
import { tuplePair } from './tupleobject.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { newref } from '../memory/refcount.ts';
import { PyFloat_FromDouble } from './floatobject.ts';
import { withDecimalScratch } from './long_to_decimal.ts';
import { Karatsuba, k_mul_block } from './long_kmul.ts';
import { l_divmod, long_div, long_long, long_mod, long_true_divide_blocks } from './long_divrem.ts';
import { long_pow } from './long_pow.ts';
import { long_abs, long_bitop, long_invert, long_lshift, long_neg, long_rshift } from './long_bitwise.ts';

export type IntValue = number | bigint;

export const PyLong_Type: PyTypeObject = registerStaticType(
  newStaticType('int', 24, 4, TPFlags.BASETYPE | TPFlags.LONG_SUBCLASS),
);

export const enum LongLayout {
  /** offsetof(PyLongObject, ob_digit) */
  HEADER = 24,
  /** sizeof(digit) */
  DIGIT_SIZE = 4,
  /** PyLong_SHIFT */
  SHIFT = 30,
  /** _PY_NSMALLNEGINTS */
  NSMALLNEGINTS = 5,
  /** _PY_NSMALLPOSINTS */
  NSMALLPOSINTS = 257,
  STATIC_REFCNT = 999999999,
  /**
   * sizeof(PyLongObject): the header and one digit, padded to 8. _PyLong_FromMedium requests this
   * for every one-digit int it makes (PyLong_FromLong, PyLong_FromSsize_t, the arithmetic fast
   * paths); getsizeof still says 28.
   */
  MEDIUM_SIZE = 32,
  /** PyLong_MASK: one-digit ("medium") values lie in -MASK..MASK. */
  MASK = 0x3fffffff,
}

export class PyLongObject extends PyObject {
  declare v: IntValue;
  constructor(type: PyTypeObject, v: IntValue) {
    super(type, false);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.v = v;
  }
}

/** Number of 30-bit digits of |v| (0 for zero): Py_ABS(Py_SIZE(v)). */
export function ndigits(v: IntValue): number {
  if (typeof v === 'number') {
    let a = Math.abs(v);
    let n = 0;
    while (a >= 1) {
      a = Math.floor(a / 1073741824);
      n++;
    }
    return n;
  }
  return bigDigits(v);
}

/** Number of 30-bit digits of a bigint's magnitude, from its bit length. */
export function bigDigits(v: bigint): number {
  if (v < 0n) v = -v;
  if (v < 0x1000000000000000n) return v === 0n ? 0 : v < 0x40000000n ? 1 : 2;
  const hex = v.toString(16);
  const bits = (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
  return Math.ceil(bits / LongLayout.SHIFT);
}

export function longSize(v: IntValue): number {
  return LongLayout.HEADER + LongLayout.DIGIT_SIZE * Math.max(ndigits(v), 1);
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Normalises a bigint to a number when it is safe. */
export function norm(v: bigint): IntValue {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

export function big(v: IntValue): bigint {
  return typeof v === 'number' ? BigInt(v) : v;
}

const smallInts: PyLongObject[] = [];

function initSmallInts(): void {
  for (let i = -LongLayout.NSMALLNEGINTS; i < LongLayout.NSMALLPOSINTS; i++) {
    const o = new PyLongObject(PyLong_Type, i);
    o.ob_refcnt = LongLayout.STATIC_REFCNT;
    allocStatic(o, 32);
    smallInts.push(o);
  }
}
initSmallInts();

/** CPython 3.11: Objects/longobject.c PyLong_FromLong (small ints are shared). */
export function PyLong_FromNumber(v: number): PyLongObject {
  if (v >= -5 && v <= 256 && Number.isInteger(v)) {
    const o = smallInts[v + 5];
    o.ob_refcnt++;
    return o;
  }
  const o = new PyLongObject(PyLong_Type, v === 0 ? 0 : v);
  allocObjectMemory(o, v >= -LongLayout.MASK && v <= LongLayout.MASK ? LongLayout.MEDIUM_SIZE : longSize(v), 0);
  return o;
}

/**
 * CPython 3.11: Objects/longobject.c _PyLong_New(ndigits) filled digit by digit, as
 * PyLong_FromString and _PyLong_FromBytes do: the request is exactly the digits (28 bytes for
 * one), not sizeof(PyLongObject). Small ints are still shared.
 */
export function PyLong_FromDigits(v: IntValue): PyLongObject {
  const n = typeof v === 'number' ? v : norm(v);
  if (typeof n === 'number' && n >= -LongLayout.NSMALLNEGINTS && n < LongLayout.NSMALLPOSINTS) return PyLong_FromNumber(n);
  const o = new PyLongObject(PyLong_Type, n);
  allocObjectMemory(o, longSize(n), 0);
  return o;
}

/**
 * CPython 3.11: Objects/longobject.c PyLong_FromSsize_t, the int of a C function returning a
 * Py_ssize_t (len, hash, sys.getsizeof, index, count, find, enumerate's index): small ints are
 * shared; otherwise _PyLong_New with exactly the digits needed (28 bytes for one digit), without
 * PyLong_FromLong's medium-value shortcut (32 bytes).
 */
export function PyLong_FromSsize_t(v: IntValue): PyLongObject {
  return PyLong_FromDigits(v);
}

export function PyLong_FromValue(v: IntValue): PyLongObject {
  if (typeof v === 'number') return PyLong_FromNumber(v);
  return PyLong_FromNumber_or_big(v);
}

function PyLong_FromNumber_or_big(v: bigint): PyLongObject {
  const n = norm(v);
  if (typeof n === 'number') return PyLong_FromNumber(n);
  const o = new PyLongObject(PyLong_Type, n);
  allocObjectMemory(o, longSize(n), 0);
  return o;
}

export function PyLong_FromBigInt(v: bigint): PyLongObject {
  return PyLong_FromNumber_or_big(v);
}

/** Is o an int (or subclass, bool included)? */
export function PyLong_Check(o: PyObject): o is PyLongObject {
  return o instanceof PyLongObject;
}

function long_dealloc(o: PyObject): void {
  if (o.ob_type === PyLong_Type) freeObjectMemory(o, 0);
  else o.ob_type.tp_free!(o);
}
PyLong_Type.tp_dealloc = long_dealloc;

// ---------------------------------------------------------------------------------------------
// Arithmetic on IntValue (Python semantics)
// ---------------------------------------------------------------------------------------------

export function intAdd(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return norm(big(a) + big(b));
}

export function intSub(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return norm(big(a) - big(b));
}

export function intMul(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r;
  }
  return norm(big(a) * big(b));
}

function zeroDiv(msg: string): never {
  raise(PyExc_ZeroDivisionError, msg);
}

/** Floor division with Python's sign rule. */
export function intFloorDiv(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDiv('integer division or modulo by zero');
    const q = Math.floor(a / b);
    // a / b is exact enough when both are below 2**53 except near huge quotients: verify.
    if (Math.abs(a) < 2 ** 52 && Math.abs(b) < 2 ** 52) return q === 0 ? 0 : q;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) zeroDiv('integer division or modulo by zero');
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return norm(q);
}

export function intMod(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDiv('integer modulo by zero');
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) zeroDiv('integer modulo by zero');
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return norm(r);
}

export function intNeg(a: IntValue): IntValue {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return norm(-a);
}

export function intCompare(a: IntValue, b: IntValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const x = big(a);
  const y = big(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function intSign(a: IntValue): number {
  return a > 0 ? 1 : a < 0 ? -1 : 0;
}

export function intToNumber(v: IntValue): number {
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!Number.isFinite(f)) raise(PyExc_OverflowError, 'int too large to convert to float');
  return f;
}

/** True division of two ints, correctly rounded (long_true_divide). */
export function intTrueDiv(a: IntValue, b: IntValue): number {
  if (b === 0 || b === 0n) raise(PyExc_ZeroDivisionError, 'division by zero');
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  const x = big(a);
  const y = big(b);
  const neg = (x < 0n) !== (y < 0n);
  let n = x < 0n ? -x : x;
  let d = y < 0n ? -y : y;
  // Scale so the quotient has 55+ significant bits, then round half to even on the remainder.
  const nb = n.toString(2).length;
  const db = d.toString(2).length;
  let shift = 55 - (nb - db);
  if (shift > 0) n <<= BigInt(shift);
  else d <<= BigInt(-shift);
  let q = n / d;
  const r = n % d;
  // Fold the sticky bit in so that Number() rounding (to nearest even) is correct.
  if (r !== 0n) q = q | 1n;
  const exp = -shift;
  let res: number;
  if (exp > 900 || exp < -900) {
    res = Number(q) * 2 ** Math.max(Math.min(exp, 1100), -1100);
    if (exp > 1100) res = Infinity;
  } else res = Number(q) * 2 ** exp;
  if (!Number.isFinite(res)) raise(PyExc_OverflowError, 'integer division result too large for a float');
  return neg ? -res : res;
}

export function intToString(v: IntValue, radix = 10): string {
  return v.toString(radix);
}

const INT_MAX_STR_DIGITS = 4300;

/** int -> decimal str with the 3.11 digit limit. */
export function longToDecimalString(v: IntValue): string {
  if (typeof v === 'number') return String(v);
  const s = v.toString();
  const digits = s[0] === '-' ? s.length - 1 : s.length;
  if (digits > INT_MAX_STR_DIGITS) {
    raise(
      PyExc_ValueError,
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return s;
}

/** Parse an int literal the way int(str, base) does; null when invalid. */
export function parseIntString(text: string, base: number): IntValue | null {
  let s = text.trim();
  let neg = false;
  if (s.startsWith('+') || s.startsWith('-')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (base === 0) {
    const p = s.slice(0, 2).toLowerCase();
    if (p === '0x') base = 16;
    else if (p === '0o') base = 8;
    else if (p === '0b') base = 2;
    else {
      base = 10;
      if (/^0+[1-9]/.test(s.replace(/_/g, ''))) return null;
    }
    if (base !== 10) s = s.slice(2).replace(/^_/, '');
  } else if (base === 16 || base === 8 || base === 2) {
    const p = s.slice(0, 2).toLowerCase();
    if ((base === 16 && p === '0x') || (base === 8 && p === '0o') || (base === 2 && p === '0b')) {
      s = s.slice(2).replace(/^_/, '');
    }
  }
  if (s.length === 0 || s.startsWith('_') || s.endsWith('_') || s.includes('__')) return null;
  s = s.replace(/_/g, '');
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
  let value = 0n;
  const bb = BigInt(base);
  let small = 0;
  let useSmall = true;
  for (const ch of s.toLowerCase()) {
    let d = digits.indexOf(ch);
    if (d < 0) {
      // Unicode decimal digits are accepted too.
      const u = ch.codePointAt(0)!;
      const dv = unicodeDigitValue(u);
      if (dv < 0 || dv >= base) return null;
      d = dv;
    }
    if (useSmall) {
      small = small * base + d;
      if (small > MAX_SAFE / 64) {
        useSmall = false;
        value = BigInt(small);
      }
    } else value = value * bb + BigInt(d);
  }
  if (useSmall) return neg ? (small === 0 ? 0 : -small) : small;
  if (s.length > INT_MAX_STR_DIGITS && base === 10) {
    raise(
      PyExc_ValueError,
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return norm(neg ? -value : value);
}

function unicodeDigitValue(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (!/\p{Nd}/u.test(ch)) return -1;
  // Decimal digits come in contiguous runs of ten starting at a code point ending in 0 mostly.
  for (let zero = cp; zero > cp - 10; zero--) {
    if (!/\p{Nd}/u.test(String.fromCodePoint(zero - 1)) || (zero - 1) % 16 === 15) {
      return cp - zero;
    }
  }
  return cp % 16;
}

// ---------------------------------------------------------------------------------------------
// Slots
// ---------------------------------------------------------------------------------------------

function asInt(o: PyObject): IntValue | null {
  return o instanceof PyLongObject ? o.v : null;
}

PyLong_Type.nb_add = (a, b) => longAddSub(a, b, false);
PyLong_Type.nb_subtract = (a, b) => longAddSub(a, b, true);
PyLong_Type.nb_multiply = long_mul;

/** IS_MEDIUM_VALUE: at most one digit (Py_SIZE in -1..1). */
export function isMediumValue(v: IntValue): boolean {
  return typeof v === 'number' && v >= -LongLayout.MASK && v <= LongLayout.MASK;
}

/**
 * CPython 3.11: Objects/longobject.c long_add and long_sub. Two medium ints go through
 * _PyLong_FromSTwoDigits (an exact-size result); otherwise the magnitudes are added by x_add or
 * subtracted by x_sub, chosen by the signs, and the result keeps the digits they allocated.
 */
export function longAddSub(a: PyObject, b: PyObject, subtract: boolean): PyObject {
  const x = asInt(a);
  const y = asInt(b);
  if (x === null || y === null) return newref(Py_NotImplemented);
  const r = subtract ? intSub(x, y) : intAdd(x, y);
  if (isMediumValue(x) && isMediumValue(y)) return PyLong_FromValue(r);
  const sameSigns = (x < 0) === (y < 0);
  const magnitudesAdd = subtract ? !sameSigns : sameSigns;
  if (magnitudesAdd) return longWithDigits(r, x_add_digits(x, y));
  const digits = x_sub_digits(x, y);
  // x_sub: equal magnitudes give PyLong_FromLong(0) before any allocation.
  if (digits === 0) return PyLong_FromValue(r);
  return maybeSmallLong(r, digits);
}

/** x_add: _PyLong_New(size_a + 1), size_a the larger operand's digit count. */
function x_add_digits(x: IntValue, y: IntValue): number {
  return Math.max(ndigits(x), ndigits(y)) + 1;
}

/**
 * x_sub: _PyLong_New(size_a) for the larger digit count; for equal counts, only up to the highest
 * digit in which the magnitudes differ (0 when they are equal).
 */
function x_sub_digits(x: IntValue, y: IntValue): number {
  const nx = ndigits(x);
  const ny = ndigits(y);
  if (nx !== ny) return Math.max(nx, ny);
  const diff = magnitude(x) ^ magnitude(y);
  if (diff === 0n) return 0;
  return Math.floor((diff.toString(2).length - 1) / LongLayout.SHIFT) + 1;
}

function magnitude(v: IntValue): bigint {
  const b = BigInt(v);
  return b < 0n ? -b : b;
}

/**
 * CPython 3.11: long_mul (_PyLong_Multiply). Two medium ints: _PyLong_FromSTwoDigits. Otherwise
 * k_mul, which for operands of up to KARATSUBA_CUTOFF digits (KARATSUBA_SQUARE_CUTOFF for a
 * square) is x_mul: _PyLong_New(size_a + size_b); a zero operand gives PyLong_FromLong(0).
 * Larger products go through Karatsuba with its temporaries (long_kmul.ts). The sign is set in
 * place (_PyLong_Negate on a fresh result).
 */
export function long_mul(a: PyObject, b: PyObject): PyObject {
  const x = asInt(a);
  const y = asInt(b);
  if (x === null || y === null) return newref(Py_NotImplemented);
  const r = intMul(x, y);
  if (isMediumValue(x) && isMediumValue(y)) return PyLong_FromValue(r);
  const nx = ndigits(x);
  const ny = ndigits(y);
  const cutoff = a === b ? Karatsuba.SQUARE_CUTOFF : Karatsuba.CUTOFF;
  if (Math.min(nx, ny) === 0) return PyLong_FromValue(r);
  if (Math.min(nx, ny) <= cutoff) return longWithDigits(r, nx + ny);
  const z = k_mul_block(big(x), big(y), a === b);
  z.v = r;
  return z;
}

/** _PyLong_New(digits) holding v (normalised: Py_SIZE counts v's digits, the block keeps its size). */
export function longWithDigits(v: IntValue, digits: number): PyLongObject {
  const o = new PyLongObject(PyLong_Type, v);
  allocObjectMemory(o, LongLayout.HEADER + LongLayout.DIGIT_SIZE * Math.max(digits, 1), 0);
  return o;
}

/**
 * maybe_small_long(long_normalize(z)): a result in the small-int range is the cached int, and the
 * freshly allocated z is freed again.
 */
function maybeSmallLong(v: IntValue, digits: number): PyLongObject {
  if (typeof v === 'number' && v >= -LongLayout.NSMALLNEGINTS && v < LongLayout.NSMALLPOSINTS) {
    const z = longWithDigits(v, digits);
    freeObjectMemory(z, 0);
    return PyLong_FromNumber(v);
  }
  return longWithDigits(v, digits);
}
/** CHECK_BINOP then a slot body that takes two ints. */
function intBinop(f: (a: PyLongObject, b: PyLongObject) => PyObject) {
  return (a: PyObject, b: PyObject): PyObject => {
    if (!(a instanceof PyLongObject) || !(b instanceof PyLongObject)) return newref(Py_NotImplemented);
    return f(a, b);
  };
}

PyLong_Type.nb_floor_divide = intBinop(long_div);
PyLong_Type.nb_remainder = intBinop(long_mod);
PyLong_Type.nb_true_divide = (a, b) => {
  const x = asInt(a);
  const y = asInt(b);
  if (x === null || y === null) return newref(Py_NotImplemented);
  if (y !== 0) long_true_divide_blocks(x, y);
  return PyFloat_FromDouble(intTrueDiv(x, y));
};
/** CPython 3.11: long_divmod: l_divmod, then PyTuple_New(2) holding both. */
PyLong_Type.nb_divmod = intBinop((a, b) => {
  const [q, r] = l_divmod(a, b, true, true);
  return tuplePair(q!, r!);
});

/**
 * CPython 3.11: long_pow's entry checks: a non-int modulus is NotImplemented; a negative
 * exponent without modulus is float_pow's. NON-CPYTHON: an exponent beyond 2**53 without a
 * modulus raises OverflowError for a base other than 0, 1 and -1 (CPython would run out of
 * memory).
 */
PyLong_Type.nb_power = (a, b, c) => {
  if (!(a instanceof PyLongObject) || !(b instanceof PyLongObject)) return newref(Py_NotImplemented);
  const x = a.v;
  const y = b.v;
  if (c instanceof PyLongObject) return long_pow(a, b, c);
  if (c !== Py_None) return newref(Py_NotImplemented);
  if (y < 0) {
    if (x === 0 || x === 0n) raise(PyExc_ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return PyFloat_FromDouble(intToNumber(x) ** intToNumber(y));
  }
  if (typeof y === 'bigint' && x !== 1 && x !== 0 && x !== -1) raise(PyExc_OverflowError, 'exponent too large');
  return long_pow(a, b, null);
};

PyLong_Type.nb_negative = (a) => long_neg(a as PyLongObject);
PyLong_Type.nb_positive = (a) => long_long(a as PyLongObject);
PyLong_Type.nb_absolute = (a) => long_abs(a as PyLongObject);
PyLong_Type.nb_invert = (a) => long_invert(a as PyLongObject);
PyLong_Type.nb_bool = (a) => (a as PyLongObject).v !== 0;
PyLong_Type.nb_int = (a) => long_long(a as PyLongObject);
PyLong_Type.nb_index = PyLong_Type.nb_int;
PyLong_Type.nb_float = (a) => PyFloat_FromDouble(intToNumber((a as PyLongObject).v));
PyLong_Type.nb_lshift = intBinop(long_lshift);
PyLong_Type.nb_rshift = intBinop(long_rshift);
PyLong_Type.nb_and = intBinop((a, b) => long_bitop(a, b, '&'));
PyLong_Type.nb_or = intBinop((a, b) => long_bitop(a, b, '|'));
PyLong_Type.nb_xor = intBinop((a, b) => long_bitop(a, b, '^'));

PyLong_Type.tp_richcompare = (a, b, op) => {
  const y = asInt(b);
  if (y === null) return newref(Py_NotImplemented);
  const c = intCompare((a as PyLongObject).v, y);
  return PyBool_FromBool(compareResult(c, op));
};

export function compareResult(c: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT: return c < 0;
    case CompareOp.LE: return c <= 0;
    case CompareOp.EQ: return c === 0;
    case CompareOp.NE: return c !== 0;
    case CompareOp.GT: return c > 0;
    case CompareOp.GE: return c >= 0;
  }
  return false;
}

const HASH_MODULUS = (1n << 61n) - 1n;

/** CPython 3.11: Objects/longobject.c long_hash (modulus 2**61 - 1, -1 becomes -2). */
export function hashInt(v: IntValue): Hash {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  const x = v;
  let h = (x < 0n ? -x : x) % HASH_MODULUS;
  if (x < 0n) h = -h;
  if (h === -1n) h = -2n;
  return norm(h);
}

PyLong_Type.tp_hash = (a) => hashInt((a as PyLongObject).v);
/**
 * long_to_decimal_string writes a new str directly, so even a one-digit result is a fresh
 * object, not the Latin-1 cache entry (`str(5) is str(5)` is False).
 */
PyLong_Type.tp_repr = (a) => {
  const v = (a as PyLongObject).v;
  return withDecimalScratch(v, () => newUnicodeOfType(PyUnicode_Type, longToDecimalString(v)));
};

/** Converts an index-like object to a JS number (PyNumber_AsSsize_t with OverflowError). */
export function indexToNumber(v: IntValue): number {
  if (typeof v === 'bigint') {
    raise(PyExc_OverflowError, `Python int too large to convert to C ssize_t`);
  }
  return v;
}

export function notAnInt(o: PyObject, what: string): never {
  raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as ${what}`);
}

export function smallInt(v: number): PyLongObject {
  return smallInts[v + 5];
}
