// NON-CPYTHON: a stand-in for the C math library (glibc 2.36's libm) that CPython's math module,
// float_pow and Lib/random.py's helpers call. glibc is not reproducible from the JS engine's
// Math functions (V8 ports Sun's fdlibm, whose exp, log, sin, pow... differ from glibc in 1-10%
// of cases), so:
// - exp, exp2, log, log2, pow, sin, cos, tan, atan, atan2, asin, acos are computed in
//   double-double arithmetic (about 100 bits) and rounded once, i.e. correctly rounded;
//   glibc's versions are correctly rounded except in roughly 0.1-0.3% of arguments, where
//   CPython's result is one ulp off the true value and ours is not (measured against
//   python3.11 on random arguments; see test/modules/mathmodule_impl.test.ts);
// - sinh, cosh, tanh, asinh, acosh, atanh and log10 follow glibc's fdlibm algorithms
//   operation by operation on top of those, with fdlibm's expm1/log1p (the engine's
//   Math.expm1/Math.log1p are ports of the same code);
// - cbrt and erf/erfc are glibc's own algorithms (s_cbrt.c, s_erf.c), reproduced exactly.
// Cost: roughly 50-150 ns per call for exp/log/sin/cos, a few times the engine's Math.*.

import { decompose, frexp, ldexp, pow2, scaledToFloat } from '../objects/pystrtod.ts';

export interface Libm {
  exp(x: number): number;
  exp2(x: number): number;
  expm1(x: number): number;
  log(x: number): number;
  log2(x: number): number;
  log10(x: number): number;
  log1p(x: number): number;
  pow(x: number, y: number): number;
  sin(x: number): number;
  cos(x: number): number;
  tan(x: number): number;
  asin(x: number): number;
  acos(x: number): number;
  atan(x: number): number;
  atan2(y: number, x: number): number;
  sinh(x: number): number;
  cosh(x: number): number;
  tanh(x: number): number;
  asinh(x: number): number;
  acosh(x: number): number;
  atanh(x: number): number;
  cbrt(x: number): number;
  erf(x: number): number;
  erfc(x: number): number;
}

// ---------------------------------------------------------------------------------------------
// erf / erfc: glibc sysdeps/ieee754/dbl-64/s_erf.c (from Sun's fdlibm), same evaluation order.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

function highWord(x: number): number {
  f64[0] = x;
  return u32[HI] | 0;
}

function clearLowWord(x: number): number {
  f64[0] = x;
  u32[LO] = 0;
  return f64[0];
}

const tiny = 1e-300;
const erx = 8.45062911510467529297e-01;
const efx = 1.28379167095512586316e-01;
const pp = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const qq = [0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const pa = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const qa = [0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const ra = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const sa = [0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const rb = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const sb = [0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

/** erf(x)/x - 1 polynomial ratio for |x| < 0.84375, as y in "x + x*y". */
function erfSmallY(z: number): number {
  const r1 = pp[0] + z * pp[1];
  const z2 = z * z;
  const r2 = pp[2] + z * pp[3];
  const z4 = z2 * z2;
  const s1 = 1 + z * qq[1];
  const s2 = qq[2] + z * qq[3];
  const s3 = qq[4] + z * qq[5];
  const r = r1 + z2 * r2 + z4 * pp[4];
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P/Q for 0.84375 <= |x| < 1.25. */
function erfMidPQ(s: number): number {
  const P1 = pa[0] + s * pa[1];
  const s2 = s * s;
  const Q1 = 1 + s * qa[1];
  const s4 = s2 * s2;
  const P2 = pa[2] + s * pa[3];
  const s6 = s4 * s2;
  const Q2 = qa[2] + s * qa[3];
  const P3 = pa[4] + s * pa[5];
  const Q3 = qa[4] + s * qa[5];
  const P = P1 + s2 * P2 + s4 * P3 + s6 * pa[6];
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * qa[6];
  return P / Q;
}

/** exp(-x*x - 0.5625 + R/S) / x, the tail of erfc for 1.25 <= x < 28 (x > 0). */
function erfcTail(x: number, ix: number, bound: number): number {
  const s = 1 / (x * x);
  let R: number;
  let S: number;
  if (ix < bound) {
    const R1 = ra[0] + s * ra[1];
    const s2 = s * s;
    const S1 = 1 + s * sa[1];
    const s4 = s2 * s2;
    const R2 = ra[2] + s * ra[3];
    const s6 = s4 * s2;
    const S2 = sa[2] + s * sa[3];
    const s8 = s4 * s4;
    const R3 = ra[4] + s * ra[5];
    const S3 = sa[4] + s * sa[5];
    const R4 = ra[6] + s * ra[7];
    const S4 = sa[6] + s * sa[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * sa[8];
  } else {
    const R1 = rb[0] + s * rb[1];
    const s2 = s * s;
    const S1 = 1 + s * sb[1];
    const s4 = s2 * s2;
    const R2 = rb[2] + s * rb[3];
    const s6 = s4 * s2;
    const S2 = sb[2] + s * sb[3];
    const R3 = rb[4] + s * rb[5];
    const S3 = sb[4] + s * sb[5];
    const S4 = sb[6] + s * sb[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * rb[6];
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = clearLowWord(x);
  return (libmExp(-z * z - 0.5625) * libmExp((z - x) * (z + x) + R / S)) / x;
}

function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return (hx < 0 ? -1 : 1) + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + 16.0 * efx * x);
      return x + efx * x;
    }
    return x + x * erfSmallY(x * x);
  }
  if (ix < 0x3ff40000) {
    const pq = erfMidPQ(Math.abs(x) - 1);
    return hx >= 0 ? erx + pq : -erx - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - tiny : tiny - 1;
  const r = erfcTail(Math.abs(x), ix, 0x4006db6e);
  return hx >= 0 ? 1 - r : r - 1;
}

function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return (hx < 0 ? 2 : 0) + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = erfSmallY(x * x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const pq = erfMidPQ(Math.abs(x) - 1);
    if (hx >= 0) return 1 - erx - pq;
    return 1 + (erx + pq);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - tiny;
    const r = erfcTail(Math.abs(x), ix, 0x4006db6d);
    return hx > 0 ? r : 2 - r;
  }
  return hx > 0 ? tiny * tiny : 2 - tiny;
}

// ---------------------------------------------------------------------------------------------
// cbrt: glibc sysdeps/ieee754/dbl-64/s_cbrt.c (a polynomial guess and one Halley step; not
// correctly rounded, so it is reproduced operation by operation).

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const cbrtFactor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u =
    0.354895765043919860 +
    (1.50819193781584896 +
      (-2.11499494167371287 +
        (2.44693122563534430 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) *
        xm) *
      xm;
  const t2 = u * u * u;
  // C's % and / truncate towards zero.
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * cbrtFactor[2 + (xe % 3)];
  return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

// ---------------------------------------------------------------------------------------------
// Double-double arithmetic. A value is hi + lo with |lo| <= ulp(hi)/2; results of the
// elementary functions below are computed to about 100 bits and rounded once.

type DD = [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function splitHi(a: number): number {
  // Scale huge values so the Veltkamp product cannot overflow (the scaling is exact).
  if (a > 6.69692879491417e299 || a < -6.69692879491417e299) return splitHi(a * 3.725290298461914e-9) * 268435456;
  const t = 134217729 * a; // 2**27 + 1
  return t - (t - a);
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  const ah = splitHi(a);
  const al = a - ah;
  const bh = splitHi(b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = quickTwoSum(s, e + t);
  return quickTwoSum(s2, e2 + f);
}

function ddAddD(a: DD, b: number): DD {
  const [s, e] = twoSum(a[0], b);
  return quickTwoSum(s, e + a[1]);
}

function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function ddMulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return quickTwoSum(p, e + a[1] * b);
}

function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = ddAdd(a, ddMulD(b, -q1));
  const q2 = r[0] / b[0];
  r = ddAdd(r, ddMulD(b, -q2));
  const q3 = r[0] / b[0];
  return ddAddD(quickTwoSum(q1, q2), q3);
}

function ddSqrt(a: DD): DD {
  if (a[0] <= 0) return [Math.sqrt(a[0]), 0];
  const x = Math.sqrt(a[0]);
  const r = ddAdd(a, twoProd(-x, x)); // a - x*x
  return quickTwoSum(x, r[0] / (2 * x));
}

function ddNeg(a: DD): DD {
  return [-a[0], -a[1]];
}

// Allocation-free forms for the hot kernels: results go to the registers REG[0] (high) and REG[1] (low).
// A Float64Array, not two `let`s: doubles stored in module variables would be boxed.
const REG = new Float64Array(2);

/** REG[0] + REG[1] = (ah + al) + (bh + bl) */
function ddAddR(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh;
  let bb = s - ah;
  let e = ah - (s - bb) + (bh - bb);
  const t = al + bl;
  bb = t - al;
  const f = al - (t - bb) + (bl - bb);
  e += t;
  const s2 = s + e;
  e = e - (s2 - s) + f;
  REG[0] = s2 + e;
  REG[1] = e - (REG[0] - s2);
}

/** REG[0] + REG[1] = (ah + al) * (bh + bl) */
function ddMulR(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  const ahh = splitHi(ah);
  const ahl = ah - ahh;
  const bhh = splitHi(bh);
  const bhl = bh - bhh;
  const e = ahh * bhh - p + ahh * bhl + ahl * bhh + ahl * bhl + (ah * bl + al * bh);
  REG[0] = p + e;
  REG[1] = e - (REG[0] - p);
}

// ---------------------------------------------------------------------------------------------
// High-precision constants, computed once with bigint fixed point.

const CONST_BITS = 1300n;

function atanInv(n: bigint): bigint {
  // atan(1/n) * 2**CONST_BITS by its Taylor series.
  const one = 1n << CONST_BITS;
  let term = one / n;
  let sum = term;
  const n2 = n * n;
  for (let k = 3n; term !== 0n; k += 2n) {
    term /= n2;
    sum += (k & 2n ? -term : term) / k;
  }
  return sum;
}

const PI_FIX = 16n * atanInv(5n) - 4n * atanInv(239n);
const LN2_FIX = (() => {
  // ln 2 = 2 atanh(1/3) = 2 * sum 1 / ((2k+1) 3**(2k+1))
  const one = 1n << CONST_BITS;
  let term = one / 3n;
  let sum = term;
  for (let k = 3n; term !== 0n; k += 2n) {
    term /= 9n;
    sum += term / k;
  }
  return 2n * sum;
})();

/** A fixed-point constant (value * 2**bits) as a double-double. */
function fixToDD(v: bigint, bits: bigint): DD {
  const neg = v < 0n;
  const a = neg ? -v : v;
  const hi = scaledToFloat(a, -Number(bits));
  const { mant, exp } = decompose(hi);
  const hiFix = exp + Number(bits) >= 0 ? mant << BigInt(exp + Number(bits)) : mant >> BigInt(-(exp + Number(bits)));
  const rem = a - hiFix;
  const lo = rem < 0n ? -scaledToFloat(-rem, -Number(bits)) : rem === 0n ? 0 : scaledToFloat(rem, -Number(bits));
  return neg ? [-hi, -lo] : [hi, lo];
}

const PI_DD = fixToDD(PI_FIX, CONST_BITS);
const PIO2_DD = fixToDD(PI_FIX, CONST_BITS + 1n);
const LN2_DD = fixToDD(LN2_FIX, CONST_BITS);
const LN2_HI = LN2_DD[0];
const LN2_LO = LN2_DD[1];
/** pi/2 as three doubles for Cody-Waite reduction. */
const PIO2_3 = (() => {
  const p1 = PIO2_DD[0];
  const r1 = (PI_FIX >> 1n) - fixFromDouble(p1);
  const p2 = fixToDD(r1, CONST_BITS)[0];
  const r2 = r1 - fixFromDouble(p2);
  const p3 = fixToDD(r2, CONST_BITS)[0];
  return [p1, p2, p3];
})();
/** 2/pi with CONST_BITS fraction bits, for exact reduction of huge arguments. */
const TWO_OVER_PI_FIX = (1n << (2n * CONST_BITS + 1n)) / PI_FIX;

function fixFromDouble(x: number): bigint {
  if (x === 0) return 0n;
  const { mant, exp } = decompose(x);
  const s = exp + Number(CONST_BITS);
  const v = s >= 0 ? mant << BigInt(s) : mant >> BigInt(-s);
  return x < 0 ? -v : v;
}

/** 1/n! as double-doubles. */
const INV_FACT_HI = new Float64Array(33);
const INV_FACT_LO = new Float64Array(33);
(() => {
  let f = 1n;
  for (let n = 0; n <= 32; n++) {
    if (n > 0) f *= BigInt(n);
    const d = fixToDD((1n << CONST_BITS) / f, CONST_BITS);
    INV_FACT_HI[n] = d[0];
    INV_FACT_LO[n] = d[1];
  }
})();

// ---------------------------------------------------------------------------------------------
// exp

const EXP_SCALE_BITS = 8;

/** e**(ah+al) - 1 for |a| <= 0.35 into REG[0], REG[1]. */
function expm1KernelR(ah: number, al: number): void {
  // e**(a/256) - 1 by Taylor, then (1+s)**2 - 1 = s*(2+s) eight times.
  const rh = ah * (1 / (1 << EXP_SCALE_BITS));
  const rl = al * (1 / (1 << EXP_SCALE_BITS));
  let sh = INV_FACT_HI[10];
  let sl = INV_FACT_LO[10];
  for (let n = 9; n >= 1; n--) {
    ddMulR(sh, sl, rh, rl);
    ddAddR(REG[0], REG[1], INV_FACT_HI[n], INV_FACT_LO[n]);
    sh = REG[0];
    sl = REG[1];
  }
  ddMulR(sh, sl, rh, rl);
  sh = REG[0];
  sl = REG[1];
  for (let i = 0; i < EXP_SCALE_BITS; i++) {
    ddAddR(sh, sl, 2, 0);
    ddMulR(sh, sl, REG[0], REG[1]);
    sh = REG[0];
    sl = REG[1];
  }
}

/** 2**(j/64) for j = 0..63 as double-doubles (computed once with the Taylor kernel). */
const EXP_T_HI = new Float64Array(64);
const EXP_T_LO = new Float64Array(64);

/**
 * NON-CPYTHON: fills EXP_T on the first exp, not at start-up (2**0 = 1 marks it filled). Uses the
 * registers: call it before reading them.
 */
function fillExpTable(): void {
  for (let j = 0; j < 64; j++) {
    ddMulR(LN2_HI, LN2_LO, j / 64, 0);
    expm1KernelR(REG[0], REG[1]);
    ddAddR(REG[0], REG[1], 1, 0);
    EXP_T_HI[j] = REG[0];
    EXP_T_LO[j] = REG[1];
  }
}
const INV_LN2_64 = 64 / LN2_HI;
const LN2_64_HI = LN2_HI / 64;
const LN2_64_LO = LN2_LO / 64;

/**
 * e**(ah+al) = (REG[0] + REG[1]) * 2**k; returns k. With n = round(a * 64/ln2), e**a =
 * 2**(n div 64) * 2**((n mod 64)/64) * e**r where |r| <= ln2/128; e**r - 1 is a short series
 * whose first terms are kept in double-double (the rest is below 2**-80 of the result).
 */
function expR(ah: number, al: number): number {
  if (EXP_T_HI[0] === 0) fillExpTable();
  const n = Math.round(ah * INV_LN2_64);
  ddMulR(LN2_64_HI, LN2_64_LO, n, 0);
  ddAddR(ah, al, -REG[0], -REG[1]);
  const rh = REG[0];
  const rl = REG[1];
  const q = rh * rh;
  const tail = q * q * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040 + rh * (1 / 40320 + rh / 362880)))));
  ddMulR(rh, rl, rh, rl); // r**2
  const r2h = REG[0];
  const r2l = REG[1];
  ddMulR(r2h, r2l, rh, rl); // r**3
  ddMulR(REG[0], REG[1], INV_FACT_HI[3], INV_FACT_LO[3]); // r**3/6
  ddAddR(REG[0], REG[1], tail, 0);
  ddAddR(REG[0], REG[1], 0.5 * r2h, 0.5 * r2l);
  ddAddR(REG[0], REG[1], rh, rl); // p = e**r - 1
  const k = Math.floor(n / 64);
  const j = n - 64 * k;
  const th = EXP_T_HI[j];
  const tl = EXP_T_LO[j];
  ddMulR(th, tl, REG[0], REG[1]);
  ddAddR(REG[0], REG[1], th, tl);
  return k;
}

/** Rounds hi+lo scaled by 2**k to a double (one rounding, also for subnormal results). */
function scaleDD(v: DD, k: number): number {
  const hi = ldexp(v[0], k);
  if (hi === 0 || !Number.isFinite(hi)) return hi;
  if (Math.abs(hi) >= 2.2250738585072014e-308) return hi + ldexp(v[1], k);
  // Subnormal: round the exact sum at the subnormal grid.
  const sum = v[0] + v[1];
  return ldexp(sum, k);
}

function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (Math.abs(x) < 1.1102230246251565e-16) return 1 + x;
  const k = expR(x, 0);
  if (k > -1020 && k < 1020) return (REG[0] + REG[1]) * pow2(k);
  return scaleDD([REG[0], REG[1]], k);
}

function exp2(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x >= 1024) return Infinity;
  if (x < -1075) return 0;
  if (Number.isInteger(x)) return ldexp(1, x);
  const k = Math.round(x);
  const f = x - k; // exact
  ddMulR(LN2_HI, LN2_LO, f, 0);
  const k2 = expR(REG[0], REG[1]);
  return scaleDD([REG[0], REG[1]], k + k2);
}

function roundDD(v: DD): number {
  return v[0] + v[1];
}

// ---------------------------------------------------------------------------------------------
// log

/** log(x) for a finite x > 0, as a double-double. */
function logDD(x: number): DD {
  let [m, e] = frexp(x);
  if (m < Math.SQRT1_2) {
    m *= 2;
    e -= 1;
  }
  // One Newton step on exp(y) = m from the engine's log: y = y0 + (m*exp(-y0) - 1).
  const y0 = Math.log(m);
  const k = expR(-y0, 0); // exp(-y0), with k in {-1, 0}
  ddMulR(REG[0], REG[1], m * pow2(k), 0);
  ddAddR(REG[0], REG[1], -1, 0); // t = m*exp(-y0) - 1
  // log(1 + t) = t - t**2/2 + ..., t ~ 2**-52
  ddAddR(REG[0], REG[1], -0.5 * REG[0] * REG[0], 0);
  ddAddR(REG[0], REG[1], y0, 0);
  if (e !== 0) {
    const yh = REG[0];
    const yl = REG[1];
    ddMulR(LN2_HI, LN2_LO, e, 0);
    ddAddR(REG[0], REG[1], yh, yl);
  }
  return [REG[0], REG[1]];
}

function logSpecial(x: number): number | null {
  if (Number.isNaN(x)) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  return null;
}

function log(x: number): number {
  const s = logSpecial(x);
  if (s !== null) return s;
  if (x === 1) return 0;
  return roundDD(logDD(x));
}

function log2(x: number): number {
  const s = logSpecial(x);
  if (s !== null) return s;
  const [m, e] = frexp(x);
  if (m === 0.5) return e - 1;
  return roundDD(ddDiv(logDD(x), LN2_DD));
}


// ---------------------------------------------------------------------------------------------
// pow: exp(y * log|x|) in double-double, with C99's special cases.

function isOddInteger(y: number): boolean {
  return Math.abs(y) % 2 === 1;
}

function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (y === 1) return x;
  const ax = Math.abs(x);
  if (!Number.isFinite(y)) {
    if (ax === 1) return 1;
    return (ax > 1) === (y > 0) ? Infinity : 0;
  }
  const yInt = Number.isInteger(y);
  if (x === 0 || !Number.isFinite(x)) {
    // 0**y and inf**y: the sign survives only for odd integer y.
    const big = x === 0 ? y < 0 : y > 0;
    const r = big ? Infinity : 0;
    return x < 0 || Object.is(x, -0) ? (yInt && isOddInteger(y) ? -r : r) : r;
  }
  if (x < 0 && !yInt) return NaN;
  const negate = x < 0 && isOddInteger(y);
  let r: number;
  if (y === 2) r = ax * ax;
  else if (y === -1) r = 1 / ax;
  else if (y === 0.5) r = Math.sqrt(ax);
  else {
    const approx = y * Math.log(ax);
    if (approx > 710) r = Infinity;
    else if (approx < -746) r = 0;
    else {
      const t = ddMulD(logDD(ax), y);
      if (t[0] > 709.8) r = Infinity;
      else if (t[0] < -745.2) r = 0;
      else {
        const k = expR(t[0], t[1]);
        r = k > -1020 && k < 1020 ? (REG[0] + REG[1]) * pow2(k) : scaleDD([REG[0], REG[1]], k);
      }
    }
  }
  return negate ? -r : r;
}

// ---------------------------------------------------------------------------------------------
// sin, cos, tan

/** sin(r) for |r| <= pi/4 + a little, in double-double. */
function sinKernel(r: DD): DD {
  ddMulR(r[0], r[1], r[0], r[1]);
  const nh = -REG[0];
  const nl = -REG[1];
  let ph = INV_FACT_HI[27];
  let pl = INV_FACT_LO[27];
  for (let n = 25; n >= 1; n -= 2) {
    ddMulR(ph, pl, nh, nl);
    ddAddR(REG[0], REG[1], INV_FACT_HI[n], INV_FACT_LO[n]);
    ph = REG[0];
    pl = REG[1];
  }
  ddMulR(ph, pl, r[0], r[1]);
  return [REG[0], REG[1]];
}

/** cos(r) for |r| <= pi/4 + a little, in double-double. */
function cosKernel(r: DD): DD {
  ddMulR(r[0], r[1], r[0], r[1]);
  const nh = -REG[0];
  const nl = -REG[1];
  let ph = INV_FACT_HI[28];
  let pl = INV_FACT_LO[28];
  for (let n = 26; n >= 0; n -= 2) {
    ddMulR(ph, pl, nh, nl);
    ddAddR(REG[0], REG[1], INV_FACT_HI[n], INV_FACT_LO[n]);
    ph = REG[0];
    pl = REG[1];
  }
  return [REG[0], REG[1]];
}

/** sin(i/32) and cos(i/32) for |i| <= 26 as double-doubles (index i + 26). */
const SC_N = 26;
const SIN_T_HI = new Float64Array(2 * SC_N + 1);
const SIN_T_LO = new Float64Array(2 * SC_N + 1);
const COS_T_HI = new Float64Array(2 * SC_N + 1);
const COS_T_LO = new Float64Array(2 * SC_N + 1);

/**
 * NON-CPYTHON: fills the sin and cos tables on the first sin or cos, not at start-up (cos 0 = 1
 * marks them filled). Uses the registers: call it before reading them.
 */
function fillSinCosTables(): void {
  for (let i = -SC_N; i <= SC_N; i++) {
    const sv = sinKernel([i / 32, 0]);
    const cv = cosKernel([i / 32, 0]);
    SIN_T_HI[i + SC_N] = sv[0];
    SIN_T_LO[i + SC_N] = sv[1];
    COS_T_HI[i + SC_N] = cv[0];
    COS_T_LO[i + SC_N] = cv[1];
  }
}

/**
 * sin (wantCos false) or cos of rh + rl, |r| <= pi/4 + a little, into REG[0], REG[1]: r = a + h with
 * a = i/32 from the table and |h| <= 1/64, then the addition formulas with short series for
 * sin h and cos h - 1 (their leading terms in double-double).
 */
function sinCosR(rh: number, rl: number, wantCos: boolean): void {
  if (COS_T_HI[SC_N] === 0) fillSinCosTables();
  const i = Math.round(rh * 32);
  const hh0 = rh - i / 32; // exact: i/32 is close to rh
  ddAddR(hh0, 0, rl, 0);
  const hh = REG[0];
  const hl = REG[1];
  const h2 = hh * hh;
  // sin h = h - h**3/6 + h**5/120 - ...
  const sTail = hh * h2 * h2 * (1 / 120 + h2 * (-1 / 5040 + h2 / 362880));
  ddMulR(hh, hl, hh, hl);
  const q2h = REG[0];
  const q2l = REG[1];
  ddMulR(q2h, q2l, hh, hl);
  ddMulR(REG[0], REG[1], -INV_FACT_HI[3], -INV_FACT_LO[3]);
  ddAddR(REG[0], REG[1], sTail, 0);
  ddAddR(REG[0], REG[1], hh, hl);
  const sh = REG[0];
  const sl = REG[1];
  // cos h - 1 = -h**2/2 + h**4/24 - ...
  const cTail = h2 * h2 * (1 / 24 + h2 * (-1 / 720 + h2 * (1 / 40320 - h2 / 3628800)));
  ddAddR(-0.5 * q2h, -0.5 * q2l, cTail, 0);
  const ch = REG[0];
  const cl = REG[1];
  const idx = i + SC_N;
  const Sh = SIN_T_HI[idx];
  const Sl = SIN_T_LO[idx];
  const Ch = COS_T_HI[idx];
  const Cl = COS_T_LO[idx];
  if (!wantCos) {
    // sin(a+h) = S + S*(cos h - 1) + C*sin h
    ddMulR(Ch, Cl, sh, sl);
    const th = REG[0];
    const tl = REG[1];
    ddMulR(Sh, Sl, ch, cl);
    ddAddR(REG[0], REG[1], th, tl);
    ddAddR(REG[0], REG[1], Sh, Sl);
  } else {
    // cos(a+h) = C + C*(cos h - 1) - S*sin h
    ddMulR(Sh, Sl, -sh, -sl);
    const th = REG[0];
    const tl = REG[1];
    ddMulR(Ch, Cl, ch, cl);
    ddAddR(REG[0], REG[1], th, tl);
    ddAddR(REG[0], REG[1], Ch, Cl);
  }
}

function sinDD(r: DD): DD {
  sinCosR(r[0], r[1], false);
  return [REG[0], REG[1]];
}

function cosDD(r: DD): DD {
  sinCosR(r[0], r[1], true);
  return [REG[0], REG[1]];
}

/** x = k*pi/2 + r with |r| <= ~pi/4: [r, k mod 4]. */
function reduce(x: number): [DD, number] {
  const ax = Math.abs(x);
  if (ax <= Math.PI / 4) return [[x, 0], 0];
  if (ax < 524288) {
    const k = Math.round(x / PIO2_DD[0]);
    // Cody-Waite with pi/2 in three parts; k*p1 and k*p2 are exact products.
    let r = ddAdd([x, 0], ddNeg(twoProd(k, PIO2_3[0])));
    r = ddAdd(r, ddNeg(twoProd(k, PIO2_3[1])));
    r = ddAddD(r, -k * PIO2_3[2]);
    if (Math.abs(r[0]) > 9.313225746154785e-10) return [r, ((k % 4) + 4) % 4];
  }
  return reduceExact(x);
}

/** Argument reduction with 1300 bits of 2/pi (any finite x). */
function reduceExact(x: number): [DD, number] {
  const { mant, exp } = decompose(Math.abs(x));
  const F = CONST_BITS;
  // q = |x| * 2/pi in fixed point with F fraction bits.
  let q = mant * TWO_OVER_PI_FIX;
  q = exp >= 0 ? q << BigInt(exp) : q >> BigInt(-exp);
  let k = (q + (1n << (F - 1n))) >> F;
  const frac = q - (k << F); // in [-1/2, 1/2] * 2**F
  // r = frac * pi/2
  const rFix = (frac * (PI_FIX >> 1n)) >> F;
  let r = fixToDD(rFix, F);
  if (x < 0) {
    r = ddNeg(r);
    k = -k;
  }
  return [r, Number(((k % 4n) + 4n) % 4n)];
}

function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1.4901161193847656e-08) return x;
  const [r, k] = reduce(x);
  switch (k) {
    case 0:
      return roundDD(sinDD(r));
    case 1:
      return roundDD(cosDD(r));
    case 2:
      return -roundDD(sinDD(r));
    default:
      return -roundDD(cosDD(r));
  }
}

function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 7.450580596923828e-09) return 1;
  const [r, k] = reduce(x);
  switch (k) {
    case 0:
      return roundDD(cosDD(r));
    case 1:
      return -roundDD(sinDD(r));
    case 2:
      return -roundDD(cosDD(r));
    default:
      return roundDD(sinDD(r));
  }
}

function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 7.450580596923828e-09) return x;
  const [r, k] = reduce(x);
  const s = sinDD(r);
  const c = cosDD(r);
  return roundDD(k % 2 === 0 ? ddDiv(s, c) : ddNeg(ddDiv(c, s)));
}

// ---------------------------------------------------------------------------------------------
// Inverse trigonometric functions: one Newton step from the engine's value.

/** atan of a double-double, |a| <= 1: y0 + (a*cos y0 - sin y0) * cos y0. */
function atanDD(a: DD): DD {
  const y0 = Math.atan(a[0]);
  if (y0 === 0) return a;
  const s = sinDD([y0, 0]);
  const c = cosDD([y0, 0]);
  const d = ddAdd(ddMul(a, c), ddNeg(s));
  return ddAddD(ddMul(d, c), y0);
}

function atan(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax < 7.450580596923828e-09) return x;
  if (ax > 1.8014398509481984e+16) return x > 0 ? PIO2_DD[0] : -PIO2_DD[0];
  let v: DD;
  if (ax <= 1) v = atanDD([ax, 0]);
  else v = ddAdd(PIO2_DD, ddNeg(atanDD(ddDiv([1, 0], [ax, 0]))));
  const r = roundDD(v);
  return x < 0 ? -r : r;
}

function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  // CPython's m_atan2 has handled infinities and zeros; x and y are finite, y != 0.
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  let v: DD;
  if (ay <= ax) {
    const q = ddDiv([ay, 0], [ax, 0]);
    v = q[0] === 0 ? q : atanDD(q);
  } else {
    v = ddAdd(PIO2_DD, ddNeg(atanDD(ddDiv([ax, 0], [ay, 0]))));
  }
  if (x < 0 || (x === 0 && Object.is(x, -0))) v = ddAdd(PI_DD, ddNeg(v));
  const r = roundDD(v);
  return y < 0 ? -r : r;
}

/** asin of a double-double with |a| <= 0.5 + a little. */
function asinSmall(a: DD): DD {
  const y0 = Math.asin(a[0]);
  if (y0 === 0) return a;
  const s = sinDD([y0, 0]);
  const c = cosDD([y0, 0]);
  return ddAddD(ddDiv(ddAdd(a, ddNeg(s)), c), y0);
}

/** asin(sqrt((1 - t)/2)) * 2 for t in [0.5, 1]: the reduction near |x| = 1. */
function asinNearOne(t: number): DD {
  const h = ddSqrt(ddMulD([1 - t, 0], 0.5)); // 1 - t is exact here
  return ddMulD(asinSmall(h), 2);
}

function asin(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax < 1.4901161193847656e-08) return x;
  const v = ax <= 0.5 ? asinSmall([ax, 0]) : ddAdd(PIO2_DD, ddNeg(asinNearOne(ax)));
  const r = roundDD(v);
  return x < 0 ? -r : r;
}

function acos(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (x === 1) return 0;
  if (ax <= 0.5) return roundDD(ddAdd(PIO2_DD, ddNeg(x < 0 ? ddNeg(asinSmall([ax, 0])) : asinSmall([ax, 0]))));
  if (x > 0) return roundDD(asinNearOne(ax));
  return roundDD(ddAdd(PI_DD, ddNeg(asinNearOne(ax))));
}

// ---------------------------------------------------------------------------------------------
// Hyperbolic functions and log10: glibc keeps Sun's fdlibm algorithms for these (not correctly
// rounded), built on its exp/log and on fdlibm's expm1/log1p. The engine's Math.expm1 and
// Math.log1p are ports of the same fdlibm code, so they are used as they are.

const fdExpm1 = Math.expm1;
const fdLog1p = Math.log1p;
const LN2 = 6.93147180559945286227e-01;

function lowWord(x: number): number {
  f64[0] = x;
  return u32[LO];
}

/** glibc e_sinh.c (fdlibm) */
function sinh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    // |x| < 22: sign(x) * 0.5 * (E + E/(E+1)) with E = expm1(|x|)
    if (ix < 0x3e300000) return x; // sinh(tiny) = tiny
    const t = fdExpm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  // |x| in [22, log(maxdouble)]: 0.5 * exp(|x|)
  if (ix < 0x40862e42) return h * exp(Math.abs(x));
  // |x| in [log(maxdouble), overflow threshold]
  const lx = lowWord(x) >>> 0;
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

/** glibc e_cosh.c (fdlibm) */
function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    // |x| in [0, 0.5*ln2]: 1 + expm1(|x|)**2 / (2*exp(|x|))
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1; // cosh(tiny) = 1
      const t = fdExpm1(Math.abs(x));
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    // |x| in [0.5*ln2, 22]: (exp(|x|) + 1/exp(|x|)) / 2
    const t = exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x));
  const lx = lowWord(x) >>> 0;
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

/** glibc s_tanh.c (fdlibm) */
function tanh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return jx >= 0 ? 1 / x + 1 : 1 / x - 1;
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1 + x); // tanh(small) = small
    if (ix >= 0x3ff00000) {
      const t = fdExpm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = fdExpm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else {
    z = 1 - 1e-300;
  }
  return jx >= 0 ? z : -z;
}

/** glibc s_asinh.c (fdlibm) */
function asinh(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3e300000) return x; // |x| < 2**-28
  if (ix >= 0x7ff00000) return x + x;
  let w: number;
  if (ix > 0x41b00000) {
    w = log(Math.abs(x)) + LN2; // |x| > 2**28
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      w = log(2.0 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa)); // 2**28 > |x| > 2
    } else {
      const t = xa * xa;
      w = fdLog1p(xa + t / (1 + Math.sqrt(1 + t))); // 2 > |x| > 2**-28
    }
  }
  return hx < 0 ? -w : w;
}

/** glibc e_acosh.c (fdlibm) */
function acosh(x: number): number {
  const hx = highWord(x);
  if (hx < 0x3ff00000) return (x - x) / (x - x); // x < 1
  if (hx >= 0x41b00000) {
    if (hx >= 0x7ff00000) return x + x;
    return log(x) + LN2; // acosh(huge) = log(2x)
  }
  if (x === 1) return 0.0;
  if (hx > 0x40000000) {
    const t = x * x; // 2**28 > x > 2
    return log(2.0 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1; // 1 < x < 2
  return fdLog1p(t + Math.sqrt(2.0 * t + t * t));
}

/** glibc e_atanh.c */
function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-09) return x; // 2**-28
    t = xa + xa;
    t = 0.5 * fdLog1p(t + (t * xa) / (1.0 - xa));
  } else if (xa < 1.0) {
    t = 0.5 * fdLog1p((xa + xa) / (1.0 - xa));
  } else {
    if (xa > 1.0) return (x - x) / (x - x);
    if (Number.isNaN(x)) return x;
    return x / 0.0;
  }
  return x < 0 || Object.is(x, -0) ? -t : t;
}

const two54 = 1.80143985094819840000e+16;
const ivln10 = 4.34294481903251816668e-01;
const log10_2hi = 3.01029995663611771306e-01;
const log10_2lo = 3.69423907715893078616e-13;

/** glibc e_log10.c (fdlibm): log10(x) = (k + log(x/2**k)/ln10) with k split in two. */
function log10(x: number): number {
  let hx = highWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    if (x === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= two54; // subnormal: scale up
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  f64[0] = x;
  u32[HI] = hx;
  x = f64[0];
  const z = y * log10_2lo + ivln10 * log(x);
  return z + y * log10_2hi;
}

// ---------------------------------------------------------------------------------------------

const libmExp: (x: number) => number = exp;

/** The functions CPython gets from libm. */
export const libm: Libm = {
  exp,
  exp2,
  expm1: fdExpm1,
  log,
  log2,
  log10,
  log1p: fdLog1p,
  pow,
  sin,
  cos,
  tan,
  asin,
  acos,
  atan,
  atan2,
  sinh,
  cosh,
  tanh,
  asinh,
  acosh,
  atanh,
  cbrt,
  erf,
  erfc,
};
