/**
 * Python's arithmetic on compile-time constants, for the AST optimizer's folding.
 *
 * NON-CPYTHON: CPython folds by calling the real object protocol (Objects/abstract.c
 * PyNumber_Add etc.) on the constant objects. The compiler here works on ConstValue boxes
 * before any Python object exists, so this file re-states the semantics of those protocols for
 * the constant types (int, bool, float, complex, str, bytes, tuple, frozenset, None, Ellipsis).
 * Every function returns the result box, or null where CPython raises (the optimizer then
 * leaves the expression alone, as make_const does after PyErr_Clear).
 *
 * Identity matters: where CPython returns one of its operands (`"" + s`, `t * 1`, `+i`,
 * `(a, b)[0]`), the same box is returned here.
 */
import type { ConstValue } from './constants.ts';

type Num = Extract<ConstValue, { t: 'int' | 'bool' | 'float' | 'complex' }>;
type Complex = { real: number; imag: number };

const SSIZE_MAX = (1n << 63n) - 1n;
const SSIZE_MIN = -(1n << 63n);

// ---------------------------------------------------------------------------------------------
// small helpers
// ---------------------------------------------------------------------------------------------

function isInt(v: ConstValue): v is Extract<ConstValue, { t: 'int' | 'bool' }> {
  return v.t === 'int' || v.t === 'bool';
}

/** The value of an int or bool (bool is a subclass of int). */
function intOf(v: Extract<ConstValue, { t: 'int' | 'bool' }>): bigint {
  return v.t === 'int' ? v.v : v.v ? 1n : 0n;
}

function mkInt(v: bigint): ConstValue {
  return { t: 'int', v };
}

function mkFloat(v: number): ConstValue {
  return { t: 'float', v };
}

function mkComplex(c: Complex): ConstValue {
  return { t: 'complex', real: c.real, imag: c.imag };
}

function isNumeric(v: ConstValue): v is Num {
  return v.t === 'int' || v.t === 'bool' || v.t === 'float' || v.t === 'complex';
}

/** CPython 3.11: Objects/longobject.c _PyLong_NumBits (of the absolute value). */
export function numBits(v: bigint): number {
  if (v < 0n) v = -v;
  if (v === 0n) return 0;
  return v.toString(2).length;
}

/** CPython 3.11: Objects/longobject.c PyLong_AsDouble — correctly rounded, or null on overflow. */
export function intToDouble(v: bigint): number | null {
  const d = Number(v); // ECMAScript rounds to nearest, ties to even, as CPython does
  return Number.isFinite(d) ? d : null;
}

/** ldexp(x, e) without intermediate overflow or underflow for exact powers of two. */
function ldexp(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

/** Floor division of bigints (Python's //). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Floor modulo of bigints (Python's %). */
function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return (r !== 0n && (r < 0n) !== (b < 0n)) ? r + b : r;
}

/** CPython 3.11: Objects/longobject.c long_true_divide — correctly rounded int / int. */
function intTrueDivide(a: bigint, b: bigint): number | null {
  if (b === 0n) return null; // ZeroDivisionError
  const negative = (a < 0n) !== (b < 0n);
  let n = a < 0n ? -a : a;
  const d = b < 0n ? -b : b;
  if (n === 0n) return negative ? -0 : 0;
  const LIMIT = 1n << 53n;
  if (n <= LIMIT && d <= LIMIT) {
    const r = Number(n) / Number(d);
    return negative ? -r : r;
  }
  // Scale so that the quotient has 55 bits or more, keep a sticky bit, let Number() round once.
  let k = numBits(n) - numBits(d) - 55;
  const top = k + 56; // an upper bound of the result's binary exponent
  if (top > 1025) return null; // certainly overflows (OverflowError)
  let result: number;
  if (k + 55 < -1074 + 2) {
    // Subnormal (or zero) result: count in units of 2**-1074 and round half to even by hand.
    k = -1074;
    const num = n << 1074n;
    let q = num / d;
    const r = num - q * d;
    if (2n * r > d || (2n * r === d && (q & 1n) === 1n)) q += 1n;
    result = ldexp(Number(q), k);
  } else {
    let q: bigint;
    let sticky: boolean;
    if (k >= 0) {
      const den = d << BigInt(k);
      q = n / den;
      sticky = q * den !== n;
    } else {
      n <<= BigInt(-k);
      q = n / d;
      sticky = q * d !== n;
    }
    if (sticky) q |= 1n;
    result = ldexp(Number(q), k);
  }
  if (!Number.isFinite(result)) return null;
  return negative ? -result : result;
}

/** Python's int ** int for a non-negative exponent (the caller limits the size). */
function intPow(a: bigint, b: bigint): bigint {
  return a ** b;
}

// ---------------------------------------------------------------------------------------------
// float semantics (Objects/floatobject.c)
// ---------------------------------------------------------------------------------------------

function isOddInteger(x: number): boolean {
  return Math.abs(x % 2) === 1;
}

/** CPython 3.11: Objects/floatobject.c float_pow (no modulus); a complex result for a negative base. */
function floatPow(iv: number, iw: number): ConstValue | null {
  let negate = false;
  if (iw === 0) return mkFloat(1.0);
  if (Number.isNaN(iv)) return mkFloat(iv);
  if (Number.isNaN(iw)) return mkFloat(iv === 1.0 ? 1.0 : iw);
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1.0) return mkFloat(1.0);
    if ((iw > 0) === (av > 1.0)) return mkFloat(Math.abs(iw));
    return mkFloat(0.0);
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return mkFloat(odd ? iv : Math.abs(iv));
    return mkFloat(odd ? (iv < 0 ? -0 : 0) : 0.0);
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) return null; // ZeroDivisionError
    return mkFloat(odd ? iv : 0.0);
  }
  if (iv < 0) {
    if (iw !== Math.floor(iw)) {
      const p = complexPow({ real: iv, imag: 0 }, { real: iw, imag: 0 });
      return p === null ? null : mkComplex(p);
    }
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return mkFloat(negate ? -1.0 : 1.0);
  let ix = Math.pow(iv, iw);
  if (!Number.isFinite(ix)) return null; // OverflowError (ERANGE)
  if (negate) ix = -ix;
  return mkFloat(ix);
}

/** CPython 3.11: Objects/floatobject.c _float_div_mod. */
function floatDivMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // C tests `if (mod)`: a NaN counts as true there.
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

// ---------------------------------------------------------------------------------------------
// complex semantics (Objects/complexobject.c)
// ---------------------------------------------------------------------------------------------

function cProd(a: Complex, b: Complex): Complex {
  return { real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real };
}

/** CPython 3.11: Objects/complexobject.c _Py_c_quot; null for division by zero. */
function cQuot(a: Complex, b: Complex): Complex | null {
  const absBr = b.real < 0 ? -b.real : b.real;
  const absBi = b.imag < 0 ? -b.imag : b.imag;
  if (absBr >= absBi) {
    if (absBr === 0.0) return null;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return { real: (a.real + a.imag * ratio) / denom, imag: (a.imag - a.real * ratio) / denom };
  }
  if (absBi >= absBr) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return { real: (a.real * ratio + a.imag) / denom, imag: (a.imag * ratio - a.real) / denom };
  }
  return { real: NaN, imag: NaN };
}

/** CPython 3.11: Objects/complexobject.c _Py_c_pow; null for 0 to a negative or complex power. */
function cPow(a: Complex, b: Complex): Complex | null {
  if (b.real === 0 && b.imag === 0) return { real: 1, imag: 0 };
  if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) return null;
    return { real: 0, imag: 0 };
  }
  const vabs = Math.hypot(a.real, a.imag);
  let len = Math.pow(vabs, b.real);
  const at = Math.atan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0) {
    len /= Math.exp(at * b.imag);
    phase += b.imag * Math.log(vabs);
  }
  // libm's cos() and sin() of an infinity set errno to EDOM: complex_pow raises for that.
  if (phase === Infinity || phase === -Infinity) return null;
  return { real: len * Math.cos(phase), imag: len * Math.sin(phase) };
}

/** CPython 3.11: Objects/complexobject.c c_powu. */
function cPowu(x: Complex, n: number): Complex {
  let r: Complex = { real: 1, imag: 0 };
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cProd(r, p);
    mask <<= 1;
    p = cProd(p, p);
  }
  return r;
}

/** CPython 3.11: Objects/complexobject.c complex_pow (without modulus). */
function complexPow(a: Complex, b: Complex): Complex | null {
  let p: Complex | null;
  const intExp = Math.trunc(b.real);
  if (b.imag === 0 && b.real === intExp && Math.abs(intExp) <= 100) {
    if (intExp > 0) p = cPowu(a, intExp);
    else p = cQuot({ real: 1, imag: 0 }, cPowu(a, -intExp));
  } else {
    p = cPow(a, b);
  }
  if (p === null) return null; // ZeroDivisionError
  if (!Number.isFinite(p.real) && !Number.isNaN(p.real)) return null; // OverflowError
  if (!Number.isFinite(p.imag) && !Number.isNaN(p.imag)) return null;
  return p;
}

// ---------------------------------------------------------------------------------------------
// numeric coercion
// ---------------------------------------------------------------------------------------------

type Level = 0 | 1 | 2; // int, float, complex

function level(v: Num): Level {
  return v.t === 'complex' ? 2 : v.t === 'float' ? 1 : 0;
}

function toDouble(v: Num): number | null {
  if (v.t === 'float') return v.v;
  if (v.t === 'complex') return null;
  return intToDouble(intOf(v));
}

function toComplex(v: Num): Complex | null {
  if (v.t === 'complex') return { real: v.real, imag: v.imag };
  const d = toDouble(v);
  return d === null ? null : { real: d, imag: 0 };
}

type IntOp = (a: bigint, b: bigint) => ConstValue | null;
type FloatOp = (a: number, b: number) => ConstValue | null;
type ComplexOp = (a: Complex, b: Complex) => ConstValue | null;

/** Dispatch a binary numeric operation at the wider of the two operand types. */
function numericBinary(v: Num, w: Num, i: IntOp, f: FloatOp, c: ComplexOp | null): ConstValue | null {
  const lv = Math.max(level(v), level(w));
  if (lv === 0) return i(intOf(v as Extract<Num, { t: 'int' | 'bool' }>), intOf(w as Extract<Num, { t: 'int' | 'bool' }>));
  if (lv === 1) {
    const a = toDouble(v);
    const b = toDouble(w);
    if (a === null || b === null) return null;
    return f(a, b);
  }
  if (c === null) return null;
  const a = toComplex(v);
  const b = toComplex(w);
  if (a === null || b === null) return null;
  return c(a, b);
}

// ---------------------------------------------------------------------------------------------
// sequences
// ---------------------------------------------------------------------------------------------

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** An index-sized repetition count, as PyNumber_AsSsize_t would accept it, or null. */
function repeatCount(n: Extract<ConstValue, { t: 'int' | 'bool' }>): number | null {
  const v = intOf(n);
  if (v > SSIZE_MAX || v < SSIZE_MIN) return null; // OverflowError
  return v <= 0n ? 0 : v > 1n << 40n ? Number.MAX_SAFE_INTEGER : Number(v);
}

/** CPython 3.11: sq_repeat of str, bytes and tuple (unicode_repeat, bytes_repeat, tuple_repeat). */
function repeat(seq: ConstValue, count: Extract<ConstValue, { t: 'int' | 'bool' }>): ConstValue | null {
  const n = repeatCount(count);
  if (n === null) return null;
  switch (seq.t) {
    case 'str':
      // unicode_repeat returns the string itself for a count of 1 (and '' is a singleton).
      if (n === 1 || seq.v.length === 0) return seq;
      if (n === 0) return { t: 'str', v: '' };
      if (seq.v.length * n > 2 ** 30) return null; // MemoryError in practice; never folded anyway
      return { t: 'str', v: seq.v.repeat(n) };
    case 'bytes': {
      if (n === 1 || seq.v.length === 0) return seq;
      if (n === 0) return { t: 'bytes', v: new Uint8Array(0) };
      if (seq.v.length * n > 2 ** 30) return null;
      const out = new Uint8Array(seq.v.length * n);
      for (let i = 0; i < n; i++) out.set(seq.v, i * seq.v.length);
      return { t: 'bytes', v: out };
    }
    case 'tuple': {
      if (seq.items.length === 0 || n === 1) return seq;
      if (n === 0) return { t: 'tuple', items: [] };
      if (seq.items.length * n > 2 ** 24) return null;
      const items: ConstValue[] = [];
      for (let i = 0; i < n; i++) items.push(...seq.items);
      return { t: 'tuple', items };
    }
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// the PyNumber_* protocol on constants
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/abstract.c PyNumber_Add. */
export function constAdd(v: ConstValue, w: ConstValue): ConstValue | null {
  if (isNumeric(v) && isNumeric(w)) {
    return numericBinary(v, w,
      (a, b) => mkInt(a + b),
      (a, b) => mkFloat(a + b),
      (a, b) => mkComplex({ real: a.real + b.real, imag: a.imag + b.imag }));
  }
  if (v.t === 'str' && w.t === 'str') {
    if (v.v.length === 0) return w;
    if (w.v.length === 0) return v;
    return { t: 'str', v: v.v + w.v };
  }
  if (v.t === 'bytes' && w.t === 'bytes') {
    if (w.v.length === 0) return v;
    if (v.v.length === 0) return w;
    return { t: 'bytes', v: concatBytes(v.v, w.v) };
  }
  if (v.t === 'tuple' && w.t === 'tuple') {
    if (v.items.length === 0) return w;
    if (w.items.length === 0) return v;
    return { t: 'tuple', items: [...v.items, ...w.items] };
  }
  return null;
}

/** CPython 3.11: Objects/abstract.c PyNumber_Subtract. */
export function constSub(v: ConstValue, w: ConstValue): ConstValue | null {
  if (!isNumeric(v) || !isNumeric(w)) return null;
  return numericBinary(v, w,
    (a, b) => mkInt(a - b),
    (a, b) => mkFloat(a - b),
    (a, b) => mkComplex({ real: a.real - b.real, imag: a.imag - b.imag }));
}

/** CPython 3.11: Objects/abstract.c PyNumber_Multiply. */
export function constMul(v: ConstValue, w: ConstValue): ConstValue | null {
  if (isNumeric(v) && isNumeric(w)) {
    return numericBinary(v, w,
      (a, b) => mkInt(a * b),
      (a, b) => mkFloat(a * b),
      (a, b) => mkComplex(cProd(a, b)));
  }
  if (isInt(w) && (v.t === 'str' || v.t === 'bytes' || v.t === 'tuple')) return repeat(v, w);
  if (isInt(v) && (w.t === 'str' || w.t === 'bytes' || w.t === 'tuple')) return repeat(w, v);
  return null;
}

/** CPython 3.11: Objects/abstract.c PyNumber_TrueDivide. */
export function constTrueDiv(v: ConstValue, w: ConstValue): ConstValue | null {
  if (!isNumeric(v) || !isNumeric(w)) return null;
  return numericBinary(v, w,
    (a, b) => {
      const r = intTrueDivide(a, b);
      return r === null ? null : mkFloat(r);
    },
    (a, b) => (b === 0 ? null : mkFloat(a / b)),
    (a, b) => {
      const q = cQuot(a, b);
      return q === null ? null : mkComplex(q);
    });
}

/** CPython 3.11: Objects/abstract.c PyNumber_FloorDivide. */
export function constFloorDiv(v: ConstValue, w: ConstValue): ConstValue | null {
  if (!isNumeric(v) || !isNumeric(w)) return null;
  return numericBinary(v, w,
    (a, b) => (b === 0n ? null : mkInt(floorDiv(a, b))),
    (a, b) => (b === 0 ? null : mkFloat(floatDivMod(a, b)[0])),
    null);
}

/** CPython 3.11: Objects/abstract.c PyNumber_Remainder (str % and bytes % never get here). */
export function constMod(v: ConstValue, w: ConstValue): ConstValue | null {
  if (!isNumeric(v) || !isNumeric(w)) return null;
  return numericBinary(v, w,
    (a, b) => (b === 0n ? null : mkInt(floorMod(a, b))),
    (a, b) => {
      if (b === 0) return null;
      let mod = a % b;
      if (mod !== 0) {
        if ((b < 0) !== (mod < 0)) mod += b;
      } else {
        mod = b < 0 || Object.is(b, -0) ? -0 : 0;
      }
      return mkFloat(mod);
    },
    null);
}

/** CPython 3.11: Objects/abstract.c PyNumber_Power (no modulus). */
export function constPow(v: ConstValue, w: ConstValue): ConstValue | null {
  if (!isNumeric(v) || !isNumeric(w)) return null;
  return numericBinary(v, w,
    (a, b) => {
      if (b < 0n) {
        // long_pow hands a negative exponent to float_pow.
        const fa = intToDouble(a);
        const fb = intToDouble(b);
        if (fa === null || fb === null) return null;
        return floatPow(fa, fb);
      }
      return mkInt(intPow(a, b));
    },
    floatPow,
    (a, b) => {
      const p = complexPow(a, b);
      return p === null ? null : mkComplex(p);
    });
}

function intOnly(v: ConstValue, w: ConstValue, f: (a: bigint, b: bigint) => bigint | null): ConstValue | null {
  if (!isInt(v) || !isInt(w)) return null;
  const r = f(intOf(v), intOf(w));
  return r === null ? null : mkInt(r);
}

/** CPython 3.11: Objects/abstract.c PyNumber_Lshift (the caller limits the size). */
export function constLshift(v: ConstValue, w: ConstValue): ConstValue | null {
  return intOnly(v, w, (a, b) => (b < 0n ? null : a << b));
}

/** CPython 3.11: Objects/abstract.c PyNumber_Rshift. */
export function constRshift(v: ConstValue, w: ConstValue): ConstValue | null {
  return intOnly(v, w, (a, b) => {
    if (b < 0n) return null; // ValueError: negative shift count
    if (b >= BigInt(numBits(a) + 1)) return a < 0n ? -1n : 0n;
    return a >> b;
  });
}

/** Bitwise &, |, ^: bool op bool stays a bool (Objects/boolobject.c bool_and etc.). */
function bitwise(v: ConstValue, w: ConstValue, f: (a: bigint, b: bigint) => bigint): ConstValue | null {
  if (v.t === 'bool' && w.t === 'bool') return { t: 'bool', v: f(intOf(v), intOf(w)) !== 0n };
  return intOnly(v, w, f);
}

export function constAnd(v: ConstValue, w: ConstValue): ConstValue | null {
  return bitwise(v, w, (a, b) => a & b);
}

export function constOr(v: ConstValue, w: ConstValue): ConstValue | null {
  return bitwise(v, w, (a, b) => a | b);
}

export function constXor(v: ConstValue, w: ConstValue): ConstValue | null {
  return bitwise(v, w, (a, b) => a ^ b);
}

// ---------------------------------------------------------------------------------------------
// unary operations
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/object.c PyObject_IsTrue on a constant. */
export function constIsTrue(v: ConstValue): boolean {
  switch (v.t) {
    case 'None': return false;
    case 'Ellipsis': return true;
    case 'bool': return v.v;
    case 'int': return v.v !== 0n;
    case 'float': return v.v !== 0;
    case 'complex': return v.real !== 0 || v.imag !== 0;
    case 'str': return v.v.length > 0;
    case 'bytes': return v.v.length > 0;
    case 'tuple': return v.items.length > 0;
    case 'frozenset': return v.items.length > 0;
    case 'code': return true;
  }
}

/** CPython 3.11: PyNumber_Invert. */
export function constInvert(v: ConstValue): ConstValue | null {
  return isInt(v) ? mkInt(~intOf(v)) : null;
}

/** CPython 3.11: PyNumber_Negative. */
export function constNegative(v: ConstValue): ConstValue | null {
  switch (v.t) {
    case 'int':
    case 'bool':
      return mkInt(-intOf(v));
    case 'float':
      return mkFloat(-v.v);
    case 'complex':
      return mkComplex({ real: -v.real, imag: -v.imag });
    default:
      return null;
  }
}

/** CPython 3.11: PyNumber_Positive — an exact int, float or complex is returned as is. */
export function constPositive(v: ConstValue): ConstValue | null {
  switch (v.t) {
    case 'int':
    case 'float':
    case 'complex':
      return v;
    case 'bool':
      return mkInt(intOf(v));
    default:
      return null;
  }
}

/** CPython 3.11: Python/ast_opt.c unary_not. */
export function constNot(v: ConstValue): ConstValue {
  return { t: 'bool', v: !constIsTrue(v) };
}

// ---------------------------------------------------------------------------------------------
// subscription
// ---------------------------------------------------------------------------------------------

/** Split a JS string into Python characters (code points; lone surrogates stay single). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** CPython 3.11: Objects/abstract.c PyObject_GetItem with an index (str, bytes, tuple). */
export function constGetItem(v: ConstValue, idx: ConstValue): ConstValue | null {
  if (!isInt(idx)) return null;
  let i = intOf(idx);
  let length: number;
  switch (v.t) {
    case 'str': {
      // Fast path for strings without astral characters.
      const astral = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(v.v);
      const chars = astral ? codePoints(v.v) : null;
      length = chars ? chars.length : v.v.length;
      if (i < 0n) i += BigInt(length);
      if (i < 0n || i >= BigInt(length)) return null; // IndexError
      return { t: 'str', v: chars ? chars[Number(i)] : v.v[Number(i)] };
    }
    case 'bytes':
      length = v.v.length;
      if (i < 0n) i += BigInt(length);
      if (i < 0n || i >= BigInt(length)) return null;
      return mkInt(BigInt(v.v[Number(i)]));
    case 'tuple':
      length = v.items.length;
      if (i < 0n) i += BigInt(length);
      if (i < 0n || i >= BigInt(length)) return null;
      return v.items[Number(i)];
    default:
      return null;
  }
}

/** The length CPython reports for str (code points), bytes, tuple and frozenset. */
export function constLength(v: ConstValue): number {
  switch (v.t) {
    case 'str':
      return /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(v.v) ? codePoints(v.v).length : v.v.length;
    case 'bytes':
      return v.v.length;
    case 'tuple':
    case 'frozenset':
      return v.items.length;
    default:
      return 0;
  }
}

/** PyLong_AsLong / PyLong_AsSize_t helpers for the optimizer's size checks. */
export function constIntValue(v: ConstValue): bigint | null {
  return isInt(v) ? intOf(v) : null;
}

/**
 * A key under which constants that are equal (==) and hash alike coincide, as in a set or a
 * dict: 1, 1.0 and True share one; null for constants equal to nothing (NaN) or unhashable.
 */
export function constSetKey(v: ConstValue): string | null {
  switch (v.t) {
    case 'None': return 'N';
    case 'Ellipsis': return 'E';
    case 'bool': return 'n' + (v.v ? '1' : '0');
    case 'int': return 'n' + v.v.toString();
    case 'float':
      if (Number.isNaN(v.v)) return null;
      if (Number.isInteger(v.v)) return 'n' + BigInt(v.v).toString();
      return 'f' + String(v.v);
    case 'complex':
      if (v.imag === 0) return constSetKey({ t: 'float', v: v.real });
      if (Number.isNaN(v.real) || Number.isNaN(v.imag)) return null;
      return 'c' + String(v.real) + ',' + String(v.imag);
    case 'str': return 's' + v.v;
    case 'bytes': return 'y' + Array.from(v.v).join(',');
    case 'tuple': {
      const parts: string[] = [];
      for (const it of v.items) {
        const k = constSetKey(it);
        if (k === null) return null;
        parts.push(k);
      }
      return '(' + parts.join('|') + ')';
    }
    case 'frozenset': {
      const parts: string[] = [];
      for (const it of v.items) {
        const k = constSetKey(it);
        if (k === null) return null;
        parts.push(k);
      }
      return '{' + parts.sort().join('|') + '}';
    }
    case 'code': return null;
  }
}

/** CPython 3.11: PyFrozenSet_New over constants — of equal items, the first one stays. */
export function frozensetItems(items: ConstValue[]): ConstValue[] {
  const out: ConstValue[] = [];
  const seen = new Set<string>();
  for (const it of items) {
    const k = constSetKey(it);
    if (k !== null) {
      if (seen.has(k)) continue;
      seen.add(k);
    }
    out.push(it);
  }
  return out;
}
