/**
 * int //, %, divmod(), the int part of / and the helpers pow() uses: the blocks CPython
 * allocates on each path.
 * CPython 3.11: Objects/longobject.c long_div, long_mod, long_divmod, l_divmod, l_mod,
 * long_divrem, long_rem, divrem1, rem1, x_divrem, fast_floor_div, fast_mod, long_true_divide.
 *
 * Values are computed by JavaScript (number or bigint); what is emulated is which objects are
 * made, at what request size and in what order, and which come from the small-int cache.
 */
import {
  type IntValue, type PyLongObject, LongLayout, PyLong_FromValue, PyLong_Type, big, intMod, longAddSub,
  longWithDigits, ndigits, norm, smallInt,
} from './longobject.ts';
import { decref, newref } from '../memory/refcount.ts';
import { freeObjectMemory } from '../memory/heap.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_ZeroDivisionError } from './exceptions.ts';

/** Py_ABS(Py_SIZE(x)) == 1: one nonzero digit. */
export function isOneDigit(v: IntValue): boolean {
  return typeof v === 'number' && v !== 0 && v >= -LongLayout.MASK && v <= LongLayout.MASK;
}

/** a->ob_digit[n - 1] for |v| with n digits. */
function topDigit(v: IntValue, n: number): number {
  if (typeof v === 'number') return Math.floor(Math.abs(v) / 2 ** (LongLayout.SHIFT * (n - 1)));
  return Number((v < 0n ? -v : v) >> BigInt(LongLayout.SHIFT * (n - 1)));
}

/** long_divrem's and long_rem's test for |a| < |b|: fewer digits, or a smaller top digit. */
function divremShortcut(x: IntValue, sizeA: number, y: IntValue, sizeB: number): boolean {
  return sizeA < sizeB || (sizeA === sizeB && topDigit(x, sizeA) < topDigit(y, sizeB));
}

/** Truncating quotient and remainder (the remainder has a's sign): C's / and %. */
function truncDivRem(x: IntValue, y: IntValue): [IntValue, IntValue] {
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x % y;
    const q = (x - r) / y;
    return [q === 0 ? 0 : q, r === 0 ? 0 : r];
  }
  const p = big(x);
  const d = big(y);
  return [norm(p / d), norm(p % d)];
}

/** The truncating remainder alone. */
function truncRem(x: IntValue, y: IntValue): IntValue {
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x % y;
    return r === 0 ? 0 : r;
  }
  return norm(big(x) % big(y));
}

/** long_long: an exact int is shared; a subclass instance is copied (_PyLong_Copy). */
export function long_long(a: PyLongObject): PyLongObject {
  if (a.ob_type === PyLong_Type) return newref(a);
  return _PyLong_Copy(a.v);
}

/** _PyLong_Copy: the small-int cache for values that are small, else _PyLong_New(digits). */
export function _PyLong_Copy(v: IntValue): PyLongObject {
  if (typeof v === 'number' && v >= -LongLayout.NSMALLNEGINTS && v < LongLayout.NSMALLPOSINTS) return newref(smallInt(v));
  return longWithDigits(v, ndigits(v));
}

/**
 * maybe_small_long: a fresh z whose value is small is released and the cached int returned.
 */
export function maybe_small_long(z: PyLongObject): PyLongObject {
  const v = z.v;
  if (typeof v === 'number' && v >= -LongLayout.NSMALLNEGINTS && v < LongLayout.NSMALLPOSINTS) {
    decref(z);
    return newref(smallInt(v));
  }
  return z;
}

/**
 * _PyLong_Negate: a fresh int (refcount 1) changes sign in place; a shared one (a cached small
 * int) is replaced by _PyLong_FromSTwoDigits(-value).
 */
export function _PyLong_Negate(z: PyLongObject, negated: IntValue): PyLongObject {
  if (z.ob_refcnt === 1) {
    z.v = negated;
    return z;
  }
  decref(z);
  return PyLong_FromValue(negated);
}

function zeroDivision(msg: string): never {
  raise(PyExc_ZeroDivisionError, msg);
}

/** fast_floor_div: PyLong_FromLong of the floor quotient of two one-digit ints. */
function fast_floor_div(x: number, y: number): PyLongObject {
  return PyLong_FromValue(Math.floor(x / y));
}

/** fast_mod: PyLong_FromLong of the floor remainder of two one-digit ints. */
function fast_mod(x: number, y: number): PyLongObject {
  return PyLong_FromValue(intMod(x, y));
}

/**
 * x_divrem's blocks for |v1| / |w1| (w1 of two digits or more): v = _PyLong_New(size_v + 1)
 * and w = _PyLong_New(size_w) (the normalised copies), then the quotient a = _PyLong_New(k),
 * k being size_v - size_w, plus one when normalising carried out of v's top digit or left it at
 * least w's top digit; v is freed. Returns [a, w] holding the magnitudes q and r.
 */
function x_divrem(x: IntValue, y: IntValue, sizeV: number, sizeW: number, q: IntValue, r: IntValue): [PyLongObject, PyLongObject] {
  const v = longWithDigits(0, sizeV + 1);
  const w = longWithDigits(absValue(r), sizeW);
  const wTop = topDigit(y, sizeW);
  const d = LongLayout.SHIFT - (32 - Math.clz32(wTop));
  const vShifted = absBig(x) << BigInt(d);
  const carry = vShifted >> BigInt(LongLayout.SHIFT * sizeV);
  const vTop = Number(vShifted >> BigInt(LongLayout.SHIFT * (sizeV - 1)));
  const wTopShifted = Number((absBig(y) << BigInt(d)) >> BigInt(LongLayout.SHIFT * (sizeW - 1)));
  const k = carry !== 0n || vTop >= wTopShifted ? sizeV + 1 - sizeW : sizeV - sizeW;
  const a = longWithDigits(absValue(q), k);
  freeObjectMemory(v, 0);
  return [a, w];
}

function absValue(v: IntValue): IntValue {
  if (typeof v === 'number') return Math.abs(v);
  return v < 0n ? -v : v;
}

function absBig(v: IntValue): bigint {
  const b = typeof v === 'number' ? BigInt(v) : v;
  return b < 0n ? -b : b;
}

/**
 * CPython 3.11: long_divrem. |a| < |b| (by digit count, then top digit): (0, long_long(a)).
 * A one-digit divisor: divrem1's _PyLong_New(size_a) quotient and PyLong_FromLong(rem).
 * Otherwise x_divrem, with the remainder passed through maybe_small_long. Then the signs (in
 * place on fresh ints, _PyLong_FromSTwoDigits for a cached remainder), and maybe_small_long on
 * the quotient. Returns [div, rem] with the truncating quotient and a remainder of a's sign.
 */
function long_divrem(a: PyLongObject, b: PyLongObject): [PyLongObject, PyLongObject] {
  const x = a.v;
  const y = b.v;
  const sizeA = ndigits(x);
  const sizeB = ndigits(y);
  if (sizeB === 0) zeroDivision('integer division or modulo by zero');
  if (divremShortcut(x, sizeA, y, sizeB)) {
    const rem = long_long(a);
    return [newref(smallInt(0)), rem];
  }
  const [q, r] = truncDivRem(x, y);
  let z: PyLongObject;
  let rem: PyLongObject;
  if (sizeB === 1) {
    z = longWithDigits(q, sizeA);
    rem = PyLong_FromValue(absValue(r));
  } else {
    [z, rem] = x_divrem(x, y, sizeA, sizeB, q, r);
    rem = maybe_small_long(rem);
    // The quotient takes the sign of a*b in place (_PyLong_Negate on a fresh int).
    z.v = q;
  }
  if (x < 0 && r !== 0 && r !== 0n) rem = _PyLong_Negate(rem, r);
  return [maybe_small_long(z), rem];
}

/**
 * CPython 3.11: long_rem. As long_divrem without a quotient: rem1 is PyLong_FromLong of the
 * remainder of a one-digit division; x_divrem's quotient is made and freed.
 */
function long_rem(a: PyLongObject, b: PyLongObject): PyLongObject {
  const x = a.v;
  const y = b.v;
  const sizeA = ndigits(x);
  const sizeB = ndigits(y);
  if (sizeB === 0) zeroDivision('integer modulo by zero');
  if (divremShortcut(x, sizeA, y, sizeB)) return long_long(a);
  const r = truncRem(x, y);
  let rem: PyLongObject;
  if (sizeB === 1) {
    rem = PyLong_FromValue(absValue(r));
  } else {
    const [z, w] = x_divrem(x, y, sizeA, sizeB, 0, r);
    decref(z);
    rem = maybe_small_long(w);
  }
  if (x < 0 && r !== 0 && r !== 0n) rem = _PyLong_Negate(rem, r);
  return rem;
}

/** Does a nonzero remainder have the other sign than the divisor (floor division must adjust)? */
function needsFloorAdjust(mod: IntValue, w: IntValue): boolean {
  return (mod < 0 && w > 0) || (mod > 0 && w < 0);
}

/**
 * CPython 3.11: l_divmod. Two one-digit ints: fast_floor_div then fast_mod. Otherwise
 * long_divrem, and when the remainder's sign differs from w's: mod = long_add(mod, w) and
 * div = long_sub(div, 1), each replacing (and releasing) the old one. Unwanted parts are
 * released at the end.
 */
export function l_divmod(v: PyLongObject, w: PyLongObject, wantDiv: boolean, wantMod: boolean): [PyLongObject | null, PyLongObject | null] {
  const x = v.v;
  const y = w.v;
  if (isOneDigit(x) && isOneDigit(y)) {
    const div = wantDiv ? fast_floor_div(x as number, y as number) : null;
    const mod = wantMod ? fast_mod(x as number, y as number) : null;
    return [div, mod];
  }
  let [div, mod] = long_divrem(v, w);
  if (needsFloorAdjust(mod.v, y)) {
    const m = longAddSub(mod, w, false) as PyLongObject;
    decref(mod);
    mod = m;
    const d = longAddSub(div, smallInt(1), true) as PyLongObject;
    decref(div);
    div = d;
  }
  if (!wantDiv) decref(div);
  if (!wantMod) decref(mod);
  return [wantDiv ? div : null, wantMod ? mod : null];
}

/** CPython 3.11: l_mod. fast_mod for two one-digit ints, else long_rem and long_add(mod, w). */
export function l_mod(v: PyLongObject, w: PyLongObject): PyLongObject {
  const x = v.v;
  const y = w.v;
  if (isOneDigit(x) && isOneDigit(y)) return fast_mod(x as number, y as number);
  let mod = long_rem(v, w);
  if (needsFloorAdjust(mod.v, y)) {
    const m = longAddSub(mod, w, false) as PyLongObject;
    decref(mod);
    mod = m;
  }
  return mod;
}

/** CPython 3.11: long_div. fast_floor_div for two one-digit ints, else l_divmod's quotient. */
export function long_div(a: PyLongObject, b: PyLongObject): PyLongObject {
  const x = a.v;
  const y = b.v;
  if (isOneDigit(x) && isOneDigit(y)) return fast_floor_div(x as number, y as number);
  return l_divmod(a, b, true, false)[0]!;
}

/** CPython 3.11: long_mod. fast_mod for two one-digit ints, else l_mod. */
export function long_mod(a: PyLongObject, b: PyLongObject): PyLongObject {
  const x = a.v;
  const y = b.v;
  if (isOneDigit(x) && isOneDigit(y)) return fast_mod(x as number, y as number);
  return l_mod(a, b);
}

export const enum TrueDivide {
  /** DBL_MANT_DIG */
  MANT_DIG = 53,
  /** DBL_MAX_EXP */
  MAX_EXP = 1024,
  /** DBL_MIN_EXP */
  MIN_EXP = -1021,
}

/**
 * CPython 3.11: long_true_divide, the int blocks made before the float: none when both operands
 * are below 2**53 (they convert exactly) or the quotient obviously overflows or underflows;
 * otherwise x = |a| shifted to keep DBL_MANT_DIG + 2 quotient bits (_PyLong_New(a_size +
 * shift_digits + 1) for a left shift, _PyLong_New(a_size - shift_digits) for a right one),
 * divided in place by a one-digit b, else by x_divrem, after which x and the remainder are
 * released, and the quotient last. Zero division is the caller's check.
 */
export function long_true_divide_blocks(x: IntValue, y: IntValue): void {
  if (typeof x === 'number' && typeof y === 'number') return;
  const sizeA = ndigits(x);
  const sizeB = ndigits(y);
  if (sizeA === 0 || sizeB === 0) return;
  const diff = (sizeA - sizeB) * LongLayout.SHIFT + bitLength(topDigit(x, sizeA)) - bitLength(topDigit(y, sizeB));
  if (diff > TrueDivide.MAX_EXP || diff < TrueDivide.MIN_EXP - TrueDivide.MANT_DIG - 1) return;
  const shift = Math.max(diff, TrueDivide.MIN_EXP) - TrueDivide.MANT_DIG - 2;
  const shiftDigits = Math.trunc(Math.abs(shift) / LongLayout.SHIFT);
  const xBlock = longWithDigits(0, shift <= 0 ? sizeA + shiftDigits + 1 : sizeA - shiftDigits);
  if (sizeB === 1) {
    freeObjectMemory(xBlock, 0);
    return;
  }
  const shifted = shift <= 0 ? absBig(x) << BigInt(-shift) : absBig(x) >> BigInt(shift);
  const [div, rem] = x_divrem(shifted, y, ndigits(shifted), sizeB, 0, 0);
  freeObjectMemory(xBlock, 0);
  freeObjectMemory(rem, 0);
  freeObjectMemory(div, 0);
}

function bitLength(d: number): number {
  return 32 - Math.clz32(d);
}
