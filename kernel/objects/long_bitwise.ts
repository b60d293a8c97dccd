/**
 * int <<, >>, &, |, ^, ~, unary - and abs(): the blocks CPython allocates on each path.
 * CPython 3.11: Objects/longobject.c long_lshift, long_lshift1, long_rshift, long_rshift1,
 * divmod_shift, long_bitwise, long_and, long_or, long_xor, long_invert, long_neg, long_abs.
 *
 * Values are computed by JavaScript (number or bigint); what is emulated is which objects are
 * made, at what request size and in what order, and which come from the small-int cache.
 */
import { type IntValue, type PyLongObject, PyLong_FromValue, big, isMediumValue, longAddSub, longWithDigits, ndigits, norm, smallInt } from './longobject.ts';
import { _PyLong_Negate, long_long, maybe_small_long } from './long_divrem.ts';
import { freeObjectMemory } from '../memory/heap.ts';
import { decref } from '../memory/refcount.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_OverflowError, PyExc_ValueError } from './exceptions.ts';

const enum Shift {
  /** PyLong_SHIFT */
  BITS = 30,
}

/** 2**63: shift counts from here on overflow Py_ssize_t and go through divrem1. */
const SSIZE_T_LIMIT = 9223372036854775808n;

/**
 * divmod_shift for a count that does not fit a Py_ssize_t: PyLong_AsSsize_t sets an
 * OverflowError (its message is a new str) that is cleared, then divrem1(shiftby,
 * PyLong_SHIFT) makes a quotient of shiftby's digits, which is read and freed (the shift is
 * then clipped).
 */
function divmodShiftOverflow(n: IntValue): void {
  if (typeof n !== 'bigint' || n < SSIZE_T_LIMIT) return;
  decref(PyUnicode_FromString('Python int too large to convert to C ssize_t'));
  freeObjectMemory(longWithDigits(0, ndigits(n)), 0);
}

function checkShiftCount(n: IntValue): void {
  if (n < 0) raise(PyExc_ValueError, 'negative shift count');
}

/**
 * CPython 3.11: long_lshift and long_lshift1. A zero a is PyLong_FromLong(0); a medium a
 * shifted by less than a digit is _PyLong_FromSTwoDigits; otherwise _PyLong_New(size + whole
 * digits + 1 if a partial digit remains).
 */
export function long_lshift(a: PyLongObject, b: PyLongObject): PyLongObject {
  const x = a.v;
  const n = b.v;
  checkShiftCount(n);
  if (x === 0) return PyLong_FromValue(0);
  divmodShiftOverflow(n);
  if (typeof n === 'bigint') raise(PyExc_OverflowError, 'too many digits in integer');
  const wordshift = Math.floor(n / Shift.BITS);
  const remshift = n % Shift.BITS;
  const r = typeof x === 'number' && n < 31 && Math.abs(x) < 2 ** 21 ? x * 2 ** n : norm(big(x) << BigInt(n));
  if (wordshift === 0 && isMediumValue(x)) return PyLong_FromValue(r);
  return longWithDigits(r, ndigits(x) + wordshift + (remshift ? 1 : 0));
}

/**
 * CPython 3.11: long_rshift and long_rshift1. A zero a is PyLong_FromLong(0); a medium a is
 * _PyLong_FromSTwoDigits. Otherwise _PyLong_New(size - whole digits) through maybe_small_long,
 * where a negative a counts a whole-digit shift as one digit less and a partial shift of 30
 * bits (so that the rounding carry fits), and a negative a shifted by 0 is a itself.
 */
export function long_rshift(a: PyLongObject, b: PyLongObject): PyLongObject {
  const x = a.v;
  const n = b.v;
  checkShiftCount(n);
  if (x === 0) return PyLong_FromValue(0);
  divmodShiftOverflow(n);
  const negative = x < 0;
  if (typeof n === 'bigint') return PyLong_FromValue(negative ? -1 : 0);
  const r = typeof x === 'number' ? Math.floor(x / 2 ** n) : norm(x >> BigInt(n));
  if (isMediumValue(x)) return PyLong_FromValue(r === 0 ? 0 : r);
  let wordshift = Math.floor(n / Shift.BITS);
  if (negative && n % Shift.BITS === 0) {
    if (wordshift === 0) return long_long(a);
    wordshift--;
  }
  const newsize = ndigits(x) - wordshift;
  if (newsize <= 0) return PyLong_FromValue(negative ? -1 : 0);
  return maybe_small_long(longWithDigits(r, newsize));
}

type BitOp = '&' | '|' | '^';

function bitValue(x: IntValue, y: IntValue, op: BitOp): IntValue {
  if (typeof x === 'number' && typeof y === 'number' && x >= -(2 ** 31) && x < 2 ** 31 && y >= -(2 ** 31) && y < 2 ** 31) {
    return op === '&' ? x & y : op === '|' ? x | y : x ^ y;
  }
  const p = big(x);
  const q = big(y);
  return norm(op === '&' ? p & q : op === '|' ? p | q : p ^ q);
}

/**
 * CPython 3.11: long_and, long_or, long_xor. Two medium ints: _PyLong_FromSTwoDigits.
 * Otherwise long_bitwise: a two's-complement copy (_PyLong_New(size)) of each negative operand,
 * the result _PyLong_New(size_z + 1 if negative) sized by the operator and the signs, the copies
 * released (the longer operand's first), and maybe_small_long.
 */
export function long_bitop(a: PyLongObject, b: PyLongObject, op: BitOp): PyLongObject {
  const x = a.v;
  const y = b.v;
  const r = bitValue(x, y, op);
  if (isMediumValue(x) && isMediumValue(y)) return PyLong_FromValue(r);
  let sizeA = ndigits(x);
  let sizeB = ndigits(y);
  let negA = x < 0;
  let negB = y < 0;
  let copyA = negA ? longWithDigits(0, sizeA) : null;
  let copyB = negB ? longWithDigits(0, sizeB) : null;
  if (sizeA < sizeB) {
    [sizeA, sizeB] = [sizeB, sizeA];
    [negA, negB] = [negB, negA];
    [copyA, copyB] = [copyB, copyA];
  }
  let sizeZ: number;
  let negZ: boolean;
  if (op === '^') {
    negZ = negA !== negB;
    sizeZ = sizeA;
  } else if (op === '&') {
    negZ = negA && negB;
    sizeZ = negB ? sizeA : sizeB;
  } else {
    negZ = negA || negB;
    sizeZ = negB ? sizeB : sizeA;
  }
  const z = longWithDigits(r, sizeZ + (negZ ? 1 : 0));
  if (copyA !== null) freeObjectMemory(copyA, 0);
  if (copyB !== null) freeObjectMemory(copyB, 0);
  return maybe_small_long(z);
}

/**
 * CPython 3.11: long_invert. A medium int: _PyLong_FromSTwoDigits(~x). Otherwise
 * long_add(x, 1), negated in place.
 */
export function long_invert(a: PyLongObject): PyLongObject {
  const x = a.v;
  if (typeof x === 'number' && isMediumValue(x)) return PyLong_FromValue(-x - 1);
  const t = longAddSub(a, smallInt(1), false) as PyLongObject;
  return _PyLong_Negate(t, typeof t.v === 'number' ? -t.v : norm(-t.v));
}

/** CPython 3.11: long_neg. A medium int: _PyLong_FromSTwoDigits; otherwise _PyLong_Copy. */
export function long_neg(a: PyLongObject): PyLongObject {
  const x = a.v;
  if (typeof x === 'number') {
    if (isMediumValue(x)) return PyLong_FromValue(x === 0 ? 0 : -x);
    return longWithDigits(-x, ndigits(x));
  }
  return longWithDigits(norm(-x), ndigits(x));
}

/** CPython 3.11: long_abs. long_neg for a negative int, else long_long. */
export function long_abs(a: PyLongObject): PyLongObject {
  return a.v < 0 ? long_neg(a) : long_long(a);
}
