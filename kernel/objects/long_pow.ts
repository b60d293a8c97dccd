/**
 * int ** and pow(a, b, m): CPython's exponentiation loops, run step by step so that every
 * intermediate product (and its reduction modulo m) is made and released as CPython does.
 * CPython 3.11: Objects/longobject.c long_pow, long_invmod.
 *
 * Each step is long_mul (longobject.ts) and l_mod (long_divrem.ts) on real int objects: the
 * values come from JavaScript arithmetic, the blocks from those functions' emulation.
 */
import { type IntValue, type PyLongObject, LongLayout, PyLong_FromValue, intNeg, long_mul, longAddSub, ndigits } from './longobject.ts';
import { _PyLong_Copy, _PyLong_Negate, l_divmod, l_mod } from './long_divrem.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_ValueError } from './exceptions.ts';

export const enum ExpWindow {
  /** EXP_WINDOW_SIZE: bits per window of the k-ary method. */
  SIZE = 5,
  /** EXP_TABLE_LEN: table[i] == a**(2*i + 1) % c. */
  TABLE_LEN = 16,
  /** HUGE_EXP_CUTOFF / PyLong_SHIFT: exponents of more digits use the k-ary method. */
  BINARY_MAX_DIGITS = 2,
}

/** b->ob_digit[i] of a non-negative exponent. */
function digitAt(b: IntValue, i: number): number {
  if (typeof b === 'number') return Math.floor(b / 2 ** (LongLayout.SHIFT * i)) % 2 ** LongLayout.SHIFT;
  return Number((b >> BigInt(LongLayout.SHIFT * i)) & BigInt(LongLayout.MASK));
}

/**
 * CPython 3.11: long_pow(v, w, x) for int v and w and x an int or None (null), once the caller
 * has sent a negative exponent without modulus to float_pow. Steps as in CPython:
 *   1. a modulus: 0 raises; a negative one is copied and negated; 1 gives 0; a negative
 *      exponent is copied and negated and the base replaced by long_invmod; a negative base or
 *      one of more digits than the modulus is reduced by l_mod;
 *   2. z = 1, then the exponent's size picks the path: at most 3 (one or two MULTs), at most
 *      two digits (left-to-right binary), else the 5-ary sliding window with its table of 16
 *      odd powers and a**2;
 *   3. a negative modulus: z = z - c when z is nonzero;
 *   4. Done: the table, a, b, c and a2 are released.
 * MULT(X, Y, result) is long_mul, the old result released, then REDUCE (l_mod) with a modulus.
 */
export function long_pow(v: PyLongObject, w: PyLongObject, x: PyLongObject | null): PyLongObject {
  let a = newref(v);
  let b = newref(w);
  let c = x === null ? null : newref(x);
  const table: PyLongObject[] = [];
  let z: PyLongObject | null = null;
  try {
    let negativeOutput = false;
    if (c !== null) {
      if (c.v === 0) raise(PyExc_ValueError, 'pow() 3rd argument cannot be 0');
      if (c.v < 0) {
        negativeOutput = true;
        const cv = c.v;
        const t = _PyLong_Copy(cv);
        decref(c);
        c = _PyLong_Negate(t, intNeg(cv));
      }
      if (c.v === 1) {
        z = PyLong_FromValue(0);
        return z;
      }
      if (b.v < 0) {
        const bv = b.v;
        const t = _PyLong_Copy(bv);
        decref(b);
        b = _PyLong_Negate(t, intNeg(bv));
        const inv = long_invmod(a, c);
        decref(a);
        a = inv;
      }
      if (a.v < 0 || ndigits(a.v) > ndigits(c.v)) {
        const t = l_mod(a, c);
        decref(a);
        a = t;
      }
    }
    z = PyLong_FromValue(1);
    z = powLoop(a, b.v, z, c, table);
    if (negativeOutput && z.v !== 0) {
      const t = longAddSub(z, c!, true) as PyLongObject;
      decref(z);
      z = t;
    }
    return z;
  } catch (e) {
    if (z !== null) decref(z);
    throw e;
  } finally {
    for (const t of table) decref(t);
    decref(a);
    decref(b);
    if (c !== null) decref(c);
  }
}

/**
 * MULT(X, Y, result): result = long_mul(X, Y) (the old result released after the product is
 * made), then REDUCE: result = l_mod(result, c) when there is a modulus.
 */
function mult(X: PyLongObject, Y: PyLongObject, result: PyLongObject | null, c: PyLongObject | null): PyLongObject {
  let t = long_mul(X, Y) as PyLongObject;
  if (result !== null) decref(result);
  if (c !== null) {
    const r = l_mod(t, c);
    decref(t);
    t = r;
  }
  return t;
}

/** long_pow's three exponentiation paths; returns the new z (the old one released). */
function powLoop(a: PyLongObject, e: IntValue, z: PyLongObject, c: PyLongObject | null, table: PyLongObject[]): PyLongObject {
  let i = ndigits(e);
  let bi = i ? digitAt(e, i - 1) : 0;
  if (i <= 1 && bi <= 3) {
    // Aim for minimal overhead.
    if (bi >= 2) {
      z = mult(a, a, z, c);
      if (bi === 3) z = mult(z, a, z, c);
    } else if (bi === 1) {
      z = mult(a, z, z, c);
    }
    return z;
  }
  if (i <= ExpWindow.BINARY_MAX_DIGITS) {
    // Left-to-right binary exponentiation (HAC Algorithm 14.79).
    incref(a);
    decref(z);
    z = a;
    let bit = 1 << (31 - Math.clz32(bi));
    for (--i, bit >>>= 1; ;) {
      for (; bit !== 0; bit >>>= 1) {
        z = mult(z, z, z, c);
        if (bi & bit) z = mult(z, a, z, c);
      }
      if (--i < 0) break;
      bi = digitAt(e, i);
      bit = 1 << (LongLayout.SHIFT - 1);
    }
    return z;
  }
  return slidingWindow(a, e, z, c, table);
}

/** Left-to-right k-ary sliding window exponentiation (HAC Algorithm 14.85). */
function slidingWindow(a: PyLongObject, e: IntValue, z: PyLongObject, c: PyLongObject | null, table: PyLongObject[]): PyLongObject {
  table.push(newref(a));
  const a2 = mult(a, a, null, c);
  for (let i = 1; i < ExpWindow.TABLE_LEN; i++) table.push(mult(table[i - 1], a2, null, c));
  decref(a2);
  let pending = 0;
  let blen = 0;
  const absorb = (): void => {
    let ntz = 0;
    while ((pending & 1) === 0) {
      ntz++;
      pending >>= 1;
    }
    blen -= ntz;
    do z = mult(z, z, z, c);
    while (--blen);
    z = mult(z, table[pending >> 1], z, c);
    while (ntz-- > 0) z = mult(z, z, z, c);
    pending = 0;
  };
  for (let i = ndigits(e) - 1; i >= 0; --i) {
    const bi = digitAt(e, i);
    for (let j = LongLayout.SHIFT - 1; j >= 0; --j) {
      pending = (pending << 1) | ((bi >> j) & 1);
      if (pending) {
        if (++blen === ExpWindow.SIZE) absorb();
      } else {
        z = mult(z, z, z, c);
      }
    }
  }
  if (pending) absorb();
  return z;
}

/**
 * CPython 3.11: long_invmod (extended Euclid on int objects): each step is l_divmod, long_mul
 * and long_sub, the old values released as they are replaced.
 */
function long_invmod(a0: PyLongObject, n0: PyLongObject): PyLongObject {
  let b = PyLong_FromValue(1);
  let c = PyLong_FromValue(0);
  let a = newref(a0);
  let n = newref(n0);
  while (n.v !== 0) {
    const [q, r] = l_divmod(a, n, true, true);
    decref(a);
    a = n;
    n = r!;
    const t = long_mul(q!, c) as PyLongObject;
    decref(q!);
    const s = longAddSub(b, t, true) as PyLongObject;
    decref(t);
    decref(b);
    b = c;
    c = s;
  }
  decref(c);
  decref(n);
  if (a.v !== 1) {
    decref(a);
    decref(b);
    raise(PyExc_ValueError, 'base is not invertible for the given modulus');
  }
  decref(a);
  return b;
}
