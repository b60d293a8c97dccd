// The numeric core of the math module (Modules/mathmodule.c, CPython 3.11), on JS values.
//
// Conventions: in functions that accept "int or float" (Real), a JS number is a Python
// float and a bigint is a Python int (the caller converts small ints with BigInt(v) or, when
// the function takes floats only, with intToFloat). Functions on ints only (factorial, gcd,
// comb, ...) take PyInt (longmath.ts: safe-integer number or bigint) and return PyInt.
// Errors throw NumError (ValueError "math domain error", OverflowError "math range error", ...).
//
// CPython calls the platform libm (glibc) for the elementary functions; the `libm` object
// below stands in for it (see libm.ts notes there).

import {
  NumError,
  floatCeil,
  floatFloor,
  floatToInt,
  intToFloat,
  normBig,
  toBig,
  type PyInt,
} from '../objects/longmath.ts';
import { bigBitLength, frexp as cFrexp, ldexp as cLdexp, scaledToFloat } from '../objects/pystrtod.ts';
import { libm } from './libm.ts';

/** A Python int (bigint) or float (number) argument. */
export type Real = number | bigint;

// ---------------------------------------------------------------------------------------------
// Constants

export const pi = Math.PI;
export const e = Math.E;
export const tau = 2 * Math.PI;
export const inf = Infinity;
export const nan = NaN;

// ---------------------------------------------------------------------------------------------
// Error plumbing (is_error, math_1, math_2)

const enum Errno {
  NONE = 0,
  /** EDOM: domain error -> ValueError */
  EDOM = 33,
  /** ERANGE: range error -> OverflowError unless the result underflowed */
  ERANGE = 34,
}

let errno: Errno = Errno.NONE;

function domainError(): NumError {
  return new NumError('ValueError', 'math domain error');
}

function rangeError(): NumError {
  return new NumError('OverflowError', 'math range error');
}

/** CPython 3.11: is_error: throws for EDOM, and for ERANGE unless |x| < 1.5 (underflow). */
function checkErrno(x: number): void {
  if (errno === Errno.EDOM) throw domainError();
  if (errno === Errno.ERANGE && Math.abs(x) >= 1.5) throw rangeError();
}

/** Float argument of math_1 and friends: ints convert with PyLong_AsDouble. */
function asDouble(x: Real): number {
  return typeof x === 'bigint' ? intToFloat(x) : x;
}

/** CPython 3.11: math_1 */
function math1(arg: Real, func: (x: number) => number, canOverflow: boolean): number {
  const x = asDouble(arg);
  errno = Errno.NONE;
  const r = func(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) throw canOverflow ? rangeError() : domainError();
  if (Number.isFinite(r) && errno !== Errno.NONE) checkErrno(r);
  return r;
}

/** CPython 3.11: math_1a (functions that set errno themselves). */
function math1a(arg: Real, func: (x: number) => number): number {
  const x = asDouble(arg);
  errno = Errno.NONE;
  const r = func(x);
  if (errno !== Errno.NONE) checkErrno(r);
  return r;
}

/** CPython 3.11: math_2 */
function math2(a: Real, b: Real, func: (x: number, y: number) => number): number {
  const x = asDouble(a);
  const y = asDouble(b);
  errno = Errno.NONE;
  const r = func(x, y);
  if (Number.isNaN(r)) errno = !Number.isNaN(x) && !Number.isNaN(y) ? Errno.EDOM : Errno.NONE;
  else if (!Number.isFinite(r)) errno = Number.isFinite(x) && Number.isFinite(y) ? Errno.ERANGE : Errno.NONE;
  if (errno !== Errno.NONE) checkErrno(r);
  return r;
}

// ---------------------------------------------------------------------------------------------
// One-argument functions (FUNC1 table of mathmodule.c)

export const acos = (x: Real): number => math1(x, libm.acos, false);
export const acosh = (x: Real): number => math1(x, libm.acosh, false);
export const asin = (x: Real): number => math1(x, libm.asin, false);
export const asinh = (x: Real): number => math1(x, libm.asinh, false);
export const atan = (x: Real): number => math1(x, libm.atan, false);
export const atanh = (x: Real): number => math1(x, libm.atanh, false);
export const cbrt = (x: Real): number => math1(x, libm.cbrt, false);
export const cos = (x: Real): number => math1(x, libm.cos, false);
export const cosh = (x: Real): number => math1(x, libm.cosh, true);
export const erf = (x: Real): number => math1(x, libm.erf, false);
export const erfc = (x: Real): number => math1(x, libm.erfc, false);
export const exp = (x: Real): number => math1(x, libm.exp, true);
export const exp2 = (x: Real): number => math1(x, libm.exp2, true);
export const expm1 = (x: Real): number => math1(x, libm.expm1, true);
export const fabs = (x: Real): number => math1(x, Math.abs, false);
export const gamma = (x: Real): number => math1a(x, mTgamma);
export const lgamma = (x: Real): number => math1a(x, mLgamma);
export const log1p = (x: Real): number => math1(x, libm.log1p, false);
export const sin = (x: Real): number => math1(x, libm.sin, false);
export const sinh = (x: Real): number => math1(x, libm.sinh, true);
export const sqrt = (x: Real): number => math1(x, Math.sqrt, false);
export const tan = (x: Real): number => math1(x, libm.tan, false);
export const tanh = (x: Real): number => math1(x, libm.tanh, false);

/** CPython 3.11: math.degrees */
export function degrees(x: Real): number {
  return asDouble(x) * (180.0 / Math.PI);
}

/** CPython 3.11: math.radians */
export function radians(x: Real): number {
  return asDouble(x) * (Math.PI / 180.0);
}

/** CPython 3.11: math.isfinite / isinf / isnan */
export const isfinite = (x: Real): boolean => Number.isFinite(asDouble(x));
export const isinf = (x: Real): boolean => {
  const v = asDouble(x);
  return v === Infinity || v === -Infinity;
};
export const isnan = (x: Real): boolean => Number.isNaN(asDouble(x));

/** CPython 3.11: math.floor (int stays int; float -> int). */
export function floor(x: Real): PyInt {
  return typeof x === 'bigint' ? normBig(x) : floatFloor(x);
}

/** CPython 3.11: math.ceil */
export function ceil(x: Real): PyInt {
  return typeof x === 'bigint' ? normBig(x) : floatCeil(x);
}

/** CPython 3.11: math.trunc */
export function trunc(x: Real): PyInt {
  return typeof x === 'bigint' ? normBig(x) : floatToInt(x);
}

// ---------------------------------------------------------------------------------------------
// log family (loghelper handles ints of any size)

/** CPython 3.11: m_log */
function mLog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return libm.log(x);
    errno = Errno.EDOM;
    return x === 0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x) || x > 0) return x;
  errno = Errno.EDOM;
  return NaN;
}

/** CPython 3.11: m_log2 */
function mLog2(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    errno = Errno.EDOM;
    return NaN;
  }
  if (x > 0) return libm.log2(x);
  errno = Errno.EDOM;
  return x === 0 ? -Infinity : NaN;
}

/** CPython 3.11: m_log10 */
function mLog10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return libm.log10(x);
    errno = Errno.EDOM;
    return x === 0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x) || x > 0) return x;
  errno = Errno.EDOM;
  return NaN;
}

/**
 * CPython 3.11: Objects/longobject.c _PyLong_Frexp for v > 0: [x, e] with v ~= x * 2**e,
 * 0.5 <= x < 1, x rounded half to even to 53 bits.
 */
export function longFrexp(v: bigint): [number, number] {
  const n = bigBitLength(v);
  let x = scaledToFloat(v, -n);
  let e = n;
  if (x === 1) {
    x = 0.5;
    e += 1;
  }
  return [x, e];
}

/** CPython 3.11: loghelper */
function logHelper(arg: Real, func: (x: number) => number): number {
  if (typeof arg === 'bigint') {
    if (arg <= 0n) throw domainError();
    const x = Number(arg);
    if (Number.isFinite(x)) return func(x);
    // Too large for a double: log(x * 2**e) = log(x) + log(2) * e.
    const [m, e] = longFrexp(arg);
    return func(m) + func(2.0) * e;
  }
  return math1(arg, func, false);
}

/** CPython 3.11: math.log(x[, base]) */
export function log(x: Real, base?: Real): number {
  const num = logHelper(x, mLog);
  if (base === undefined) return num;
  const den = logHelper(base, mLog);
  if (den === 0) throw new NumError('ZeroDivisionError', 'float division by zero');
  return num / den;
}

/** CPython 3.11: math.log2 */
export function log2(x: Real): number {
  return logHelper(x, mLog2);
}

/** CPython 3.11: math.log10 */
export function log10(x: Real): number {
  return logHelper(x, mLog10);
}

// ---------------------------------------------------------------------------------------------
// Two-argument functions

/** CPython 3.11: m_atan2 (special cases first, then libm). */
function mAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const xPositive = !(x < 0 || Object.is(x, -0));
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return copysignRaw(xPositive ? 0.25 * Math.PI : 0.75 * Math.PI, y);
    return copysignRaw(0.5 * Math.PI, y);
  }
  if (!Number.isFinite(x) || y === 0) return copysignRaw(xPositive ? 0 : Math.PI, y);
  return libm.atan2(y, x);
}

/** CPython 3.11: math.atan2 */
export const atan2 = (y: Real, x: Real): number => math2(y, x, mAtan2);

function copysignRaw(x: number, y: number): number {
  const yNeg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBitOf(y));
  const ax = Math.abs(x);
  return yNeg ? -ax : ax;
}

const sb64 = new Float64Array(1);
const sb8 = new Uint8Array(sb64.buffer);
const sbBits = new BigInt64Array(sb64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function signBitOf(x: number): boolean {
  sb64[0] = x;
  return (sb8[LITTLE ? 7 : 0] & 0x80) !== 0;
}

/** CPython 3.11: math.copysign */
export const copysign = (x: Real, y: Real): number => math2(x, y, copysignRaw);

/** CPython 3.11: m_remainder (IEEE 754 remainder, exact). */
function mRemainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    // Compare m with its complement rather than with absy/2, which may be inexact.
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy); // a tie: pick the even multiple
    return copysignRaw(1.0, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

/** CPython 3.11: math.remainder */
export const remainder = (x: Real, y: Real): number => math2(x, y, mRemainder);

/** CPython 3.11: math.fmod */
export function fmod(a: Real, b: Real): number {
  const x = asDouble(a);
  const y = asDouble(b);
  // fmod(x, +-inf) returns x for finite x.
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return x;
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
  return r;
}

/** CPython 3.11: math.pow */
export function pow(a: Real, b: Real): number {
  const x = asDouble(a);
  const y = asDouble(b);
  let r: number;
  errno = Errno.NONE;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) r = y === 0 ? 1 : x;
    else if (Number.isNaN(y)) r = x === 1 ? 1 : y;
    else if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? copysignRaw(0, x) : 0;
    } else if (Math.abs(x) === 1) r = 1;
    else if (y > 0 && Math.abs(x) > 1) r = y;
    else if (y < 0 && Math.abs(x) < 1) r = -y;
    else r = 0;
  } else {
    r = libm.pow(x, y);
    if (Number.isNaN(r)) errno = Errno.EDOM;
    else if (!Number.isFinite(r)) errno = x === 0 ? Errno.EDOM : Errno.ERANGE;
  }
  if (errno !== Errno.NONE) checkErrno(r);
  return r;
}

/** CPython 3.11: math.ldexp(x, i) with i an int of any size. */
export function ldexp(a: Real, i: PyInt): number {
  const x = asDouble(a);
  let r: number;
  errno = Errno.NONE;
  if (x === 0 || !Number.isFinite(x)) r = x;
  else if (i > 2147483647) {
    r = copysignRaw(Infinity, x);
    errno = Errno.ERANGE;
  } else if (i < -2147483648) r = copysignRaw(0, x);
  else {
    r = cLdexp(x, Number(i));
    if (!Number.isFinite(r)) errno = Errno.ERANGE;
  }
  if (errno !== Errno.NONE) checkErrno(r);
  return r;
}

/** CPython 3.11: math.frexp -> [mantissa, exponent] */
export function frexp(a: Real): [number, number] {
  const x = asDouble(a);
  if (Number.isNaN(x) || !Number.isFinite(x) || x === 0) return [x, 0];
  return cFrexp(x);
}

/** CPython 3.11: math.modf -> [fractional part, integer part], both with x's sign. */
export function modf(a: Real): [number, number] {
  const x = asDouble(a);
  if (!Number.isFinite(x) && !Number.isNaN(x)) return [copysignRaw(0, x), x];
  if (Number.isNaN(x)) return [x, x];
  const ip = Math.trunc(x);
  return [copysignRaw(x - ip, x), ip];
}

/** CPython 3.11: math.nextafter */
export function nextafter(a: Real, b: Real): number {
  const x = asDouble(a);
  const y = asDouble(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return copysignRaw(5e-324, y);
  sb64[0] = x;
  sbBits[0] += y > x === x > 0 ? 1n : -1n;
  return sb64[0];
}

/** CPython 3.11: math.ulp */
export function ulp(a: Real): number {
  let x = asDouble(a);
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (!Number.isFinite(x)) return x;
  const x2 = nextafter(x, Infinity);
  if (!Number.isFinite(x2)) return x - nextafter(x, -Infinity);
  return x2 - x;
}

/** CPython 3.11: math.isclose */
export function isclose(a: Real, b: Real, relTol: Real = 1e-9, absTol: Real = 0.0): boolean {
  const x = asDouble(a);
  const y = asDouble(b);
  const rt = asDouble(relTol);
  const at = asDouble(absTol);
  if (rt < 0 || at < 0) throw new NumError('ValueError', 'tolerances must be non-negative');
  if (x === y) return true;
  if (!Number.isFinite(x) && !Number.isNaN(x)) return false;
  if (!Number.isFinite(y) && !Number.isNaN(y)) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rt * y) || diff <= Math.abs(rt * x) || diff <= at;
}

// ---------------------------------------------------------------------------------------------
// hypot and dist (vector_norm)

/** Veltkamp split of a double into two halves of 26 bits (Dekker 5.5, 5.6). */
function dlSplitHi(x: number): number {
  const t = x * 134217729.0; // 2**27 + 1
  return t - (t - x);
}

// dl_mul's result; a typed array keeps the doubles unboxed.
const DL = new Float64Array(2);

/**
 * CPython 3.11: dl_mul: the exact product x*y as hi + lo with hi = fl(x*y) (the result of
 * Algorithm 3.5 with an exact fma, computed here with Dekker's TwoProduct).
 */
function dlMul(x: number, y: number): void {
  const z = x * y;
  const xh = dlSplitHi(x);
  const xl = x - xh;
  const yh = dlSplitHi(y);
  const yl = y - yh;
  DL[0] = z;
  DL[1] = xh * yh - z + xh * yl + xl * yh + xl * yl;
}

/** CPython 3.11: vector_norm (accurate Euclidean norm of non-negative finite values). */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (!Number.isFinite(max) && !Number.isNaN(max)) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = cFrexp(max)[1];
  if (maxE < -1023) {
    // ldexp(1.0, -max_e) would overflow: make subnormals normal first.
    const DBL_MIN = 2.2250738585072014e-308;
    for (let i = 0; i < n; i++) vec[i] /= DBL_MIN;
    return DBL_MIN * vectorNorm(vec, max / DBL_MIN, foundNan);
  }
  const scale = cLdexp(1.0, -maxE);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = vec[i] * scale; // lossless scaling
    dlMul(x, x); // lossless squaring
    const hi = csum + DL[0]; // dl_fast_sum: lossless addition
    const lo = csum - hi + DL[0];
    csum = hi;
    frac1 += DL[1];
    frac2 += lo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  dlMul(-h, h);
  const hi = csum + DL[0];
  const lo = csum - hi + DL[0];
  csum = hi;
  frac1 += DL[1];
  frac2 += lo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h); // differential correction
  return h / scale;
}

/** CPython 3.11: math.hypot(*coordinates) */
export function hypot(...coordinates: Real[]): number {
  const vec = new Array<number>(coordinates.length);
  let max = 0.0;
  let foundNan = false;
  for (let i = 0; i < coordinates.length; i++) {
    const x = Math.abs(asDouble(coordinates[i]));
    vec[i] = x;
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
  }
  return vectorNorm(vec, max, foundNan);
}

/** CPython 3.11: math.dist(p, q) */
export function dist(p: Real[], q: Real[]): number {
  if (p.length !== q.length) throw new NumError('ValueError', 'both points must have the same number of dimensions');
  const vec = new Array<number>(p.length);
  let max = 0.0;
  let foundNan = false;
  for (let i = 0; i < p.length; i++) {
    const x = Math.abs(asDouble(p[i]) - asDouble(q[i]));
    vec[i] = x;
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
  }
  return vectorNorm(vec, max, foundNan);
}

// ---------------------------------------------------------------------------------------------
// fsum (Shewchuk's exact partials, with CPython's final half-even fix-up)

/** CPython 3.11: math_fsum, over already-converted floats. */
export function fsum(items: Iterable<Real>): number {
  const p: number[] = [];
  let n = 0;
  let specialSum = 0.0;
  let infSum = 0.0;
  let lo = 0.0;
  for (const item of items) {
    let x = asDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        // Either intermediate overflow, or a nan/inf among the summands.
        if (Number.isFinite(xsave)) throw new NumError('OverflowError', 'intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        n = 0;
      } else {
        p[n++] = x;
      }
    }
  }
  if (specialSum !== 0.0) {
    if (Number.isNaN(infSum)) throw new NumError('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let hi = 0.0;
  if (n > 0) {
    hi = p[--n];
    // Sum from the top, stopping when the sum becomes inexact.
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    // Make half-even rounding work across multiple partials.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/**
 * CPython 3.11: math.prod for int and float items (product from `start`, left to right, with
 * Python's int*int, int*float and float*float rules). Other item types are the caller's.
 */
export function prod(items: Iterable<Real>, start: Real = 1n): Real {
  let acc: Real = start;
  for (const item of items) {
    if (typeof acc === 'bigint' && typeof item === 'bigint') acc = acc * item;
    else acc = asDouble(acc) * asDouble(item);
  }
  return acc;
}

// ---------------------------------------------------------------------------------------------
// Integer functions

function absBig(v: PyInt): bigint {
  const b = toBig(v);
  return b < 0n ? -b : b;
}

/** CPython 3.11: math.gcd(*integers) */
export function gcd(...ints: PyInt[]): PyInt {
  if (ints.length === 0) return 0;
  if (ints.every((v) => typeof v === 'number')) {
    let g = Math.abs(ints[0] as number);
    for (let i = 1; i < ints.length; i++) {
      let b = Math.abs(ints[i] as number);
      while (b !== 0) [g, b] = [b, g % b];
    }
    return g;
  }
  let g = absBig(ints[0]);
  for (let i = 1; i < ints.length; i++) g = bigGcd(g, absBig(ints[i]));
  return normBig(g);
}

function bigGcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** CPython 3.11: math.lcm(*integers) */
export function lcm(...ints: PyInt[]): PyInt {
  if (ints.length === 0) return 1;
  let res = absBig(ints[0]);
  for (let i = 1; i < ints.length; i++) {
    const x = absBig(ints[i]);
    if (res === 0n || x === 0n) {
      res = 0n;
      continue;
    }
    res = (res / bigGcd(res, x)) * x;
  }
  return normBig(res);
}

const LLONG_MAX = 9223372036854775807n;

/** CPython 3.11: math.factorial (ints only). */
export function factorial(n: PyInt): PyInt {
  if (n < 0) throw new NumError('ValueError', 'factorial() not defined for negative values');
  if (n > LLONG_MAX) throw new NumError('OverflowError', `factorial() argument should not exceed ${LLONG_MAX}`);
  const k = Number(n);
  if (k <= 18) {
    let r = 1;
    for (let i = 2; i <= k; i++) r *= i;
    return r;
  }
  return normBig(productRange(1n, BigInt(k)));
}

/** Product of the integers in [lo, hi] by binary splitting. */
function productRange(lo: bigint, hi: bigint): bigint {
  if (hi - lo < 8n) {
    let r = 1n;
    for (let i = lo; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) >> 1n;
  return productRange(lo, mid) * productRange(mid + 1n, hi);
}

/** CPython 3.11: math.perm(n, k=None) */
export function perm(n: PyInt, k?: PyInt | null): PyInt {
  if (k === undefined || k === null) return factorial(n);
  if (n < 0) throw new NumError('ValueError', 'n must be a non-negative integer');
  if (k < 0) throw new NumError('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0;
  if (k > LLONG_MAX) throw new NumError('OverflowError', `k must not exceed ${LLONG_MAX}`);
  const bn = toBig(n);
  const bk = toBig(k);
  if (bk === 0n) return 1;
  return normBig(productRange(bn - bk + 1n, bn));
}

/** CPython 3.11: math.comb(n, k) */
export function comb(n: PyInt, k: PyInt): PyInt {
  if (n < 0) throw new NumError('ValueError', 'n must be a non-negative integer');
  if (k < 0) throw new NumError('ValueError', 'k must be a non-negative integer');
  const bn = toBig(n);
  let bk = toBig(k);
  if (bk > bn) return 0;
  // comb(n, k) == comb(n, n - k): use the smaller.
  if (bn - bk < bk) bk = bn - bk;
  if (bk > LLONG_MAX) throw new NumError('OverflowError', `min(n - k, k) must not exceed ${LLONG_MAX}`);
  if (bk === 0n) return 1;
  return normBig(productRange(bn - bk + 1n, bn) / productRange(1n, bk));
}

/** CPython 3.11: math.isqrt */
export function isqrt(n: PyInt): PyInt {
  if (n < 0) throw new NumError('ValueError', 'isqrt() argument must be nonnegative');
  if (typeof n === 'number') {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  if (n === 0n) return 0;
  // Newton's iteration from an overestimate converges monotonically downwards.
  let x = 1n << BigInt((bigBitLength(n) + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return normBig(x);
    x = y;
  }
}

// ---------------------------------------------------------------------------------------------
// gamma and lgamma: CPython's own Lanczos implementation (not libm's).

const LANCZOS_N = 13;
const lanczosG = 6.024680040776729583740234375;
const lanczosGMinusHalf = 5.524680040776729583740234375;
const lanczosNumCoeffs = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
// The denominator is x*(x+1)*...*(x+LANCZOS_N-2).
const lanczosDenCoeffs = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
  357423.0, 32670.0, 1925.0, 66.0, 1.0,
];
const NGAMMA_INTEGRAL = 23;
const gammaIntegral = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
  479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
  355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
  51090942171709440000.0, 1124000727777607680000.0,
];
const logpi = 1.144729885849400174143427351353058711647;

/** CPython 3.11: lanczos_sum (for positive x). */
function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  // For large x, evaluate as a rational function of 1/x to avoid overflow.
  if (x < 5.0) {
    for (let i = LANCZOS_N; --i >= 0; ) {
      num = num * x + lanczosNumCoeffs[i];
      den = den * x + lanczosDenCoeffs[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczosNumCoeffs[i];
      den = den / x + lanczosDenCoeffs[i];
    }
  }
  return num / den;
}

/** CPython 3.11: m_sinpi (sin(pi*x), accurate near integers). */
function mSinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y); // C round: half away from zero; 2y >= 0 so Math.round agrees
  let r: number;
  switch (n) {
    case 0:
      r = libm.sin(Math.PI * y);
      break;
    case 1:
      r = libm.cos(Math.PI * (y - 0.5));
      break;
    case 2:
      // -sin(pi*(y-1.0)) would give -0.0 instead of 0.0 when y == 1.0.
      r = libm.sin(Math.PI * (1.0 - y));
      break;
    case 3:
      r = -libm.cos(Math.PI * (y - 1.5));
      break;
    default:
      r = libm.sin(Math.PI * (y - 2.0));
  }
  return copysignRaw(1.0, x) * r;
}

/** CPython 3.11: m_tgamma */
function mTgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    errno = Errno.EDOM;
    return NaN;
  }
  if (x === 0) {
    errno = Errno.EDOM;
    return copysignRaw(Infinity, x);
  }
  if (x === Math.floor(x)) {
    if (x < 0) {
      errno = Errno.EDOM;
      return NaN;
    }
    if (x <= NGAMMA_INTEGRAL) return gammaIntegral[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) errno = Errno.ERANGE;
    return r;
  }
  // Overflows for x > 200, underflows for x < -200 (not a negative integer).
  if (absx > 200.0) {
    if (x < 0) return 0.0 / mSinpi(x);
    errno = Errno.ERANGE;
    return Infinity;
  }
  const y = absx + lanczosGMinusHalf;
  // The error in the sum y, to correct the result by (1 + e*g/y).
  let z: number;
  if (absx > lanczosGMinusHalf) {
    const q = y - absx;
    z = q - lanczosGMinusHalf;
  } else {
    const q = y - lanczosGMinusHalf;
    z = q - absx;
  }
  z = (z * lanczosG) / y;
  let r: number;
  if (x < 0) {
    r = ((-Math.PI / mSinpi(absx) / absx) * libm.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140.0) r *= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) errno = Errno.ERANGE;
  return r;
}

/** CPython 3.11: m_lgamma */
function mLgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      errno = Errno.EDOM;
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm.log(absx);
  let r = libm.log(lanczosSum(absx)) - lanczosG;
  r += (absx - 0.5) * (libm.log(absx + lanczosG - 0.5) - 1);
  // The reflection formula for negative x.
  if (x < 0.0) r = logpi - libm.log(Math.abs(mSinpi(absx))) - libm.log(absx) - r;
  if (!Number.isFinite(r)) errno = Errno.ERANGE;
  return r;
}
