/**
 * float, with its free list.
 * CPython 3.11: Objects/floatobject.c, Include/internal/pycore_floatobject.h.
 */
import { type Hash, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { allocObjectMemory, freeObjectMemory, memFree, memMalloc, newReference } from '../memory/heap.ts';
import { raise, raiseObject } from '../vm/errors.ts';
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, PyExc_ZeroDivisionError } from './exceptions.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';
import { Py_NotImplemented, Py_None, hashPointer } from './object.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { newref } from '../memory/refcount.ts';
import { PyLongObject, PyLong_FromValue, big, compareResult, hashInt, norm, intToNumber } from './longobject.ts';
import { DtoaMode, DtsFlag, PyOS_double_to_string, dtoa, floatHex, freeDoubleString } from './pystrtod.ts';
import { _Py_dg_freedtoa, dtoaResultAlloc } from './dtoa.ts';
import { PyUnicode_FromFormat } from './unicode_fromformat.ts';
import { tuplePair, tupleFromArraySteal } from './tupleobject.ts';
import { newExceptionOfType } from './exceptions.ts';
import { PyNumber_Index } from './abstract.ts';
import { decref } from '../memory/refcount.ts';

export const PyFloat_Type: PyTypeObject = registerStaticType(newStaticType('float', 24, 0, TPFlags.BASETYPE));

export const enum FloatLayout {
  /** sizeof(PyFloatObject) */
  SIZE = 24,
  /** PyFloat_MAXFREELIST */
  MAXFREELIST = 100,
}

export class PyFloatObject extends PyObject {
  declare v: number;
  constructor(type: PyTypeObject, v: number) {
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

/** The float free list: dead floats keep their block and are handed out LIFO. */
const freeList: PyFloatObject[] = [];

export function floatFreeListLength(): number {
  return freeList.length;
}

/** CPython 3.11: Objects/floatobject.c _PyFloat_ClearFreeList */
export function clearFloatFreeList(): void {
  while (freeList.length > 0) freeObjectMemory(freeList.pop()!, 0);
}

/** CPython 3.11: Objects/floatobject.c PyFloat_FromDouble */
export function PyFloat_FromDouble(v: number): PyFloatObject {
  const o = freeList.pop();
  if (o !== undefined) {
    o.ob_refcnt = 1;
    newReference(o, 0);
    o.v = v;
    return o;
  }
  const f = new PyFloatObject(PyFloat_Type, v);
  allocObjectMemory(f, FloatLayout.SIZE, 0);
  return f;
}

/** CPython 3.11: Objects/floatobject.c float_dealloc (exact floats go to the free list). */
function float_dealloc(o: PyObject): void {
  if (o.ob_type === PyFloat_Type) {
    if (freeList.length < FloatLayout.MAXFREELIST) {
      freeList.push(o as PyFloatObject);
      return;
    }
    freeObjectMemory(o, 0);
  } else o.ob_type.tp_free!(o);
}
PyFloat_Type.tp_dealloc = float_dealloc;

/** The double value of an int or float operand; null for other types (NotImplemented). */
function toDouble(o: PyObject): number | null {
  if (o instanceof PyFloatObject) return o.v;
  if (o instanceof PyLongObject) return intToNumber(o.v);
  return null;
}

function binop(f: (a: number, b: number) => number) {
  return (a: PyObject, b: PyObject): PyObject => {
    const x = toDouble(a);
    const y = toDouble(b);
    if (x === null || y === null) return newref(Py_NotImplemented);
    return PyFloat_FromDouble(f(x, y));
  };
}

PyFloat_Type.nb_add = binop((a, b) => a + b);
PyFloat_Type.nb_subtract = binop((a, b) => a - b);
PyFloat_Type.nb_multiply = binop((a, b) => a * b);
PyFloat_Type.nb_true_divide = binop((a, b) => {
  if (b === 0) raise(PyExc_ZeroDivisionError, 'float division by zero');
  return a / b;
});

/** CPython 3.11: Objects/floatobject.c float_rem */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) raise(PyExc_ZeroDivisionError, 'float modulo');
  let mod = vx % wx;
  if (mod) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else mod = wx < 0 ? -0 : 0;
  return mod;
}

/** CPython 3.11: Objects/floatobject.c _float_div_mod */
export function floatDivMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  return [floordiv, mod];
}

PyFloat_Type.nb_remainder = binop(floatMod);
PyFloat_Type.nb_floor_divide = binop((a, b) => {
  if (b === 0) raise(PyExc_ZeroDivisionError, 'float floor division by zero');
  return floatDivMod(a, b)[0];
});
PyFloat_Type.nb_divmod = (a, b) => {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return newref(Py_NotImplemented);
  if (y === 0) raise(PyExc_ZeroDivisionError, 'float divmod()');
  const [d, m] = floatDivMod(x, y);
  return tuplePair(PyFloat_FromDouble(d), PyFloat_FromDouble(m));
};


let complexPow: ((a: number, b: number) => PyObject) | null = null;
export function setComplexPow(f: (a: number, b: number) => PyObject): void {
  complexPow = f;
}

/** CPython 3.11: Objects/floatobject.c float_pow */
export function floatPow(iv: number, iw: number): PyObject {
  if (iw === 0) return PyFloat_FromDouble(1.0);
  if (Number.isNaN(iv)) return PyFloat_FromDouble(iw === 0 ? 1.0 : iv);
  if (Number.isNaN(iw)) return PyFloat_FromDouble(iv === 1.0 ? 1.0 : iw);
  if (iv === 0) {
    if (iw < 0) raise(PyExc_ZeroDivisionError, '0.0 cannot be raised to a negative power');
  }
  if (iv < 0 && Number.isFinite(iv) && Number.isFinite(iw) && iw !== Math.floor(iw)) {
    if (complexPow !== null) return complexPow(iv, iw);
    raise(PyExc_ValueError, 'negative number cannot be raised to a fractional power');
  }
  const r = iv ** iw;
  if (iv === 1) return PyFloat_FromDouble(1.0);
  if (iv === -1 && !Number.isFinite(iw)) return PyFloat_FromDouble(1.0);
  if (!Number.isFinite(r) && Number.isFinite(iv) && Number.isFinite(iw)) {
    // errno ERANGE from libm: OverflowError(34, 'Numerical result out of range').
    raiseObject(newExceptionOfType(PyExc_OverflowError, tupleFromArraySteal([PyLong_FromValue(34), PyUnicode_FromString('Numerical result out of range')])));
  }
  return PyFloat_FromDouble(r);
}

PyFloat_Type.nb_power = (a, b, c) => {
  if (c !== Py_None) raise(PyExc_TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return newref(Py_NotImplemented);
  return floatPow(x, y);
};
PyFloat_Type.nb_negative = (a) => PyFloat_FromDouble(-(a as PyFloatObject).v);
PyFloat_Type.nb_positive = (a) => (a.ob_type === PyFloat_Type ? newref(a) : PyFloat_FromDouble((a as PyFloatObject).v));
PyFloat_Type.nb_absolute = (a) => PyFloat_FromDouble(Math.abs((a as PyFloatObject).v));
PyFloat_Type.nb_bool = (a) => (a as PyFloatObject).v !== 0;
PyFloat_Type.nb_float = (a) => (a.ob_type === PyFloat_Type ? newref(a) : PyFloat_FromDouble((a as PyFloatObject).v));
PyFloat_Type.nb_int = (a) => PyLong_FromValue(floatToInt((a as PyFloatObject).v));

/** float -> int truncation (PyLong_FromDouble). */
export function floatToInt(v: number): number | bigint {
  if (Number.isNaN(v)) raise(PyExc_ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(v)) raise(PyExc_OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(v);
  if (Math.abs(t) <= Number.MAX_SAFE_INTEGER) return t === 0 ? 0 : t;
  return norm(BigInt(t));
}

/** Exact comparison of a double with an int (float_richcompare's careful path). */
function compareFloatInt(x: number, w: number | bigint): number {
  if (Number.isNaN(x)) return NaN;
  if (typeof w === 'number') return x < w ? -1 : x > w ? 1 : 0;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const xi = Math.floor(x);
  const bx = BigInt(xi);
  if (bx < w) return -1;
  if (bx > w) return 1;
  return x > xi ? 1 : 0;
}

PyFloat_Type.tp_richcompare = (a, b, op) => {
  const x = (a as PyFloatObject).v;
  let c: number;
  if (b instanceof PyFloatObject) {
    const y = b.v;
    c = x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  } else if (b instanceof PyLongObject) c = compareFloatInt(x, b.v);
  else return newref(Py_NotImplemented);
  if (Number.isNaN(c)) return PyBool_FromBool(op === 3 /* NE */);
  return PyBool_FromBool(compareResult(c, op));
};

const MODULUS = (1n << 61n) - 1n;

/** CPython 3.11: Python/pyhash.c _Py_HashDouble */
export function hashDouble(inst: PyObject, v: number): Hash {
  if (!Number.isFinite(v)) {
    if (Number.isNaN(v)) return hashPointer(inst);
    return v > 0 ? 314159 : -314159;
  }
  if (Number.isInteger(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER) return hashInt(v);
  if (Number.isInteger(v)) return hashInt(norm(BigInt(v)));
  let sign = 1;
  let m = v;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  // frexp
  let e = Math.floor(Math.log2(m)) + 1;
  m = m / 2 ** e;
  while (m >= 1) {
    m /= 2;
    e++;
  }
  while (m < 0.5 && m > 0) {
    m *= 2;
    e--;
  }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & MODULUS) | (x >> 33n);
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MODULUS) x -= MODULUS;
  }
  const ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << BigInt(ee)) & MODULUS) | (x >> BigInt(61 - ee));
  let h = x * BigInt(sign);
  if (h === -1n) h = -2n;
  return norm(h);
}

PyFloat_Type.tp_hash = (a) => hashDouble(a, (a as PyFloatObject).v);
/**
 * CPython 3.11: Objects/floatobject.c float_repr: PyOS_double_to_string mallocs the text, the
 * str is made from it (_PyUnicode_FromASCII), then the buffer is freed.
 */
PyFloat_Type.tp_repr = (a) => {
  const buf = PyOS_double_to_string((a as PyFloatObject).v, 'r', 0, DtsFlag.ADD_DOT_0);
  try {
    return PyUnicode_FromString(buf.text);
  } finally {
    freeDoubleString(buf);
  }
};

/** float.__round__ limits and double_round's buffer, as Objects/floatobject.c. */
export const enum FloatRound {
  /** NDIGITS_MAX = (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103: past it x rounds to itself. */
  NDIGITS_MAX = 323,
  /** NDIGITS_MIN = -(DBL_MAX_EXP + 1) * 0.30103: past it x rounds to a zero. */
  NDIGITS_MIN = -308,
  /** double_round's shortbuf on the stack. */
  SHORTBUF = 100,
  /** Room double_round adds to the digits: '0', sign, "e-123" and the NUL. */
  EXTRA = 8,
}

/**
 * CPython 3.11: Objects/floatobject.c float___round___impl with an ndigits: nan, inf and
 * extreme ndigits need no digits; otherwise double_round. `rounded` computes the value.
 */
export function float_round_ndigits(x: number, ndigits: number, rounded: () => number): PyObject {
  if (!Number.isFinite(x) || ndigits > FloatRound.NDIGITS_MAX || ndigits < FloatRound.NDIGITS_MIN) {
    return PyFloat_FromDouble(rounded());
  }
  return double_round(x, ndigits, rounded);
}

/**
 * CPython 3.11: Objects/floatobject.c double_round: _Py_dg_dtoa(x, 3, ndigits) gives the
 * digits; they are copied with the sign and an exponent into the 100-byte shortbuf, or into a
 * PyMem_Malloc'd buffer of buflen + 8 when that is too small, and read back with _Py_dg_strtod;
 * the float is made, then the buffer and the digits are freed.
 */
function double_round(x: number, ndigits: number, rounded: () => number): PyObject {
  const digits = dtoaResultAlloc(x, DtoaMode.FIXED, ndigits);
  let mybuf = 0;
  try {
    const buflen = dtoa(x, DtoaMode.FIXED, ndigits).digits.length;
    if (buflen + FloatRound.EXTRA > FloatRound.SHORTBUF) mybuf = memMalloc(buflen + FloatRound.EXTRA);
    return PyFloat_FromDouble(rounded());
  } finally {
    memFree(mybuf);
    _Py_dg_freedtoa(digits);
  }
}

/**
 * CPython 3.11: Objects/floatobject.c float_hex_impl: nan and inf are float_repr, a zero is
 * PyUnicode_FromString, others PyUnicode_FromFormat("0x%sp%c%d", s, esign, e), with "-0x"
 * for negatives.
 */
export function float_hex(self: PyFloatObject): PyObject {
  const x = self.v;
  if (!Number.isFinite(x)) return PyFloat_Type.tp_repr!(self);
  const text = floatHex(x);
  if (x === 0) return PyUnicode_FromString(text);
  // text is [-]0x<s>p<esign><e>
  const neg = text.charCodeAt(0) === 45;
  const p = text.indexOf('p');
  const s = text.slice(neg ? 3 : 2, p);
  return PyUnicode_FromFormat(neg ? '-0x%sp%c%d' : '0x%sp%c%d', s, text[p + 1], Number(text.slice(p + 2)));
}

export function PyFloat_Check(o: PyObject): o is PyFloatObject {
  return o instanceof PyFloatObject;
}

export { big };

/** Forgets the free list without freeing (a new interpreter brings a new allocator). */
export function resetFloatFreeList(): void {
  freeList.length = 0;
}

/**
 * CPython 3.11: Objects/floatobject.c PyFloat_AsDouble: a float's value, else __float__'s (a
 * temporary float), else __index__'s (OverflowError past a double), else "must be real number".
 */
export function PyFloat_AsDouble(o: PyObject): number {
  if (o instanceof PyFloatObject) return o.v;
  const t = o.ob_type;
  const nbFloat = t.nb_float;
  if (nbFloat === null) {
    if (t.nb_index !== null) {
      const i = PyNumber_Index(o);
      try {
        const x = Number(i.v);
        if (!Number.isFinite(x)) raise(PyExc_OverflowError, 'int too large to convert to float');
        return x;
      } finally {
        decref(i);
      }
    }
    raise(PyExc_TypeError, `must be real number, not ${t.tp_name}`);
  }
  const r = nbFloat(o);
  try {
    if (!(r instanceof PyFloatObject)) {
      raise(PyExc_TypeError, `${t.tp_name}.__float__ returned non-float (type ${r.ob_type.tp_name})`);
    }
    // NON-CPYTHON: CPython warns (DeprecationWarning) when __float__ returns a float subclass.
    return r.v;
  } finally {
    decref(r);
  }
}
