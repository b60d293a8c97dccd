/**
 * complex: a pair of doubles.
 * CPython 3.11: Objects/complexobject.c.
 */
import { CompareOp, type Hash, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { allocObjectMemory, freeObjectMemory } from '../memory/heap.ts';
import { decref, newref } from '../memory/refcount.ts';
import { raise } from '../vm/errors.ts';
import {
  PyExc_DeprecationWarning, PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, PyExc_ZeroDivisionError,
} from './exceptions.ts';
import { PyObject_RichCompare, Py_None, Py_NotImplemented, hashPointer } from './object.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { PyLongObject } from './longobject.ts';
import { PyFloatObject, PyFloat_FromDouble, setComplexPow } from './floatobject.ts';
import { PyNumber_Index } from './abstract.ts';
import { tupleFromArraySteal } from './tupleobject.ts';
import { finishAlloc, callSpecial } from './typeobject.ts';
import { noArgs, unpackArgs } from './getargs.ts';
import { PyUnicodeObject } from './unicodeobject.ts';
import {
  DtsFlag, PyOS_double_to_string, doubleToString, freeDoubleString, isUnicodeSpace, transformDecimalAndSpaceToASCII,
} from './pystrtod.ts';
import { hashComplexParts, hashFloat } from './pyhash.ts';
import { intToFloat } from './longmath.ts';
import { formatComplexSteps } from './formatter_unicode.ts';
import { UnicodeWriter, complexFormatInternalInto, numCall } from './formatting.ts';
import { PyUnicode_FromFormat } from './unicode_fromformat.ts';
import { PyObject_Str } from './object.ts';

export const PyComplex_Type: PyTypeObject = registerStaticType(newStaticType('complex', 32, 0, TPFlags.BASETYPE));

export const enum ComplexLayout {
  /** sizeof(PyComplexObject): PyObject_HEAD and two doubles. */
  SIZE = 32,
  /** complex_pow uses repeated multiplication for integral exponents up to this size. */
  POWI_MAX = 100,
}

export class PyComplexObject extends PyObject {
  real: number;
  imag: number;
  constructor(type: PyTypeObject, real: number, imag: number) {
    super(type, false);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.real = real;
    this.imag = imag;
  }
}

export function PyComplex_Check(o: PyObject): o is PyComplexObject {
  return o instanceof PyComplexObject;
}

/** CPython 3.11: Objects/complexobject.c PyComplex_FromCComplex */
export function PyComplex_FromDoubles(real: number, imag: number): PyComplexObject {
  const o = new PyComplexObject(PyComplex_Type, real, imag);
  allocObjectMemory(o, ComplexLayout.SIZE, 0);
  return o;
}

function complexOfType(type: PyTypeObject, real: number, imag: number): PyObject {
  if (type === PyComplex_Type) return PyComplex_FromDoubles(real, imag);
  const o = type.tp_alloc!(type) as PyComplexObject;
  o.real = real;
  o.imag = imag;
  return o;
}

PyComplex_Type.tp_alloc = (type) => {
  const o = new PyComplexObject(type, 0, 0);
  finishAlloc(o, type);
  return o;
};

PyComplex_Type.tp_dealloc = (o) => {
  if (o.ob_type === PyComplex_Type) freeObjectMemory(o, 0);
  else o.ob_type.tp_free!(o);
};

// ---------------------------------------------------------------------------------------------
// Complex arithmetic (_Py_c_*)
// ---------------------------------------------------------------------------------------------

interface Complex {
  real: number;
  imag: number;
}

/** Errors the C functions report through errno. */
const enum Errno {
  OK = 0,
  EDOM = 1,
  ERANGE = 2,
}

/** errno as the C functions leave it (an object so that TypeScript does not narrow it). */
const err = { no: Errno.OK as Errno };

function errnoNow(): Errno {
  return err.no;
}

function cProd(a: Complex, b: Complex): Complex {
  return { real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real };
}

/** CPython 3.11: Objects/complexobject.c _Py_c_quot (Smith's algorithm). */
export function cQuot(a: Complex, b: Complex): Complex {
  const absBr = b.real < 0 ? -b.real : b.real;
  const absBi = b.imag < 0 ? -b.imag : b.imag;
  if (absBr >= absBi) {
    if (absBr === 0.0) {
      err.no = Errno.EDOM;
      return { real: 0, imag: 0 };
    }
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return { real: (a.real + a.imag * ratio) / denom, imag: (a.imag - a.real * ratio) / denom };
  }
  if (absBi >= absBr) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return { real: (a.real * ratio + a.imag) / denom, imag: (a.imag * ratio - a.real) / denom };
  }
  // At least one of b.real or b.imag is a NaN.
  return { real: NaN, imag: NaN };
}

/** CPython 3.11: Objects/complexobject.c _Py_c_pow */
function cPow(a: Complex, b: Complex): Complex {
  if (b.real === 0 && b.imag === 0) return { real: 1, imag: 0 };
  if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) err.no = Errno.EDOM;
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
  // libm's cos() and sin() of an infinity set errno to EDOM.
  if (phase === Infinity || phase === -Infinity) err.no = Errno.EDOM;
  return { real: len * Math.cos(phase), imag: len * Math.sin(phase) };
}

/** CPython 3.11: Objects/complexobject.c c_powu */
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

/** CPython 3.11: Objects/complexobject.c c_powi */
function cPowi(x: Complex, n: number): Complex {
  if (n > 0) return cPowu(x, n);
  return cQuot({ real: 1, imag: 0 }, cPowu(x, -n));
}

/** CPython 3.11: Objects/complexobject.c _Py_c_abs */
export function cAbs(z: Complex): number {
  if (!Number.isFinite(z.real) || !Number.isFinite(z.imag)) {
    // C99: an infinite part gives infinity even if the other part is a NaN.
    if (z.real === Infinity || z.real === -Infinity) return Math.abs(z.real);
    if (z.imag === Infinity || z.imag === -Infinity) return Math.abs(z.imag);
    return NaN;
  }
  const r = Math.hypot(z.real, z.imag);
  err.no = Number.isFinite(r) ? Errno.OK : Errno.ERANGE;
  return r;
}

// ---------------------------------------------------------------------------------------------
// Number slots
// ---------------------------------------------------------------------------------------------

/** TO_COMPLEX / to_complex: int and float operands become complex; null means NotImplemented. */
function toComplex(o: PyObject): Complex | null {
  if (o instanceof PyComplexObject) return { real: o.real, imag: o.imag };
  if (o instanceof PyLongObject) return { real: numCall(() => intToFloat(o.v)), imag: 0 };
  if (o instanceof PyFloatObject) return { real: o.v, imag: 0 };
  return null;
}

function binop(f: (a: Complex, b: Complex) => Complex) {
  return (v: PyObject, w: PyObject): PyObject => {
    const a = toComplex(v);
    const b = toComplex(w);
    if (a === null || b === null) return newref(Py_NotImplemented);
    const r = f(a, b);
    return PyComplex_FromDoubles(r.real, r.imag);
  };
}

PyComplex_Type.nb_add = binop((a, b) => ({ real: a.real + b.real, imag: a.imag + b.imag }));
PyComplex_Type.nb_subtract = binop((a, b) => ({ real: a.real - b.real, imag: a.imag - b.imag }));
PyComplex_Type.nb_multiply = binop(cProd);

/** CPython 3.11: Objects/complexobject.c complex_div */
PyComplex_Type.nb_true_divide = binop((a, b) => {
  err.no = Errno.OK;
  const q = cQuot(a, b);
  if (errnoNow() === Errno.EDOM) raise(PyExc_ZeroDivisionError, 'complex division by zero');
  return q;
});

/** CPython 3.11: Objects/complexobject.c complex_pow */
export function complexPow(a: Complex, exponent: Complex): PyObject {
  err.no = Errno.OK;
  let p: Complex;
  const intExp = Math.trunc(exponent.real);
  if (exponent.imag === 0 && exponent.real === intExp && Math.abs(intExp) <= ComplexLayout.POWI_MAX) p = cPowi(a, intExp);
  else p = cPow(a, exponent);
  // Py_ADJUST_ERANGE2: an infinite result is an overflow.
  if (p.real === Infinity || p.real === -Infinity || p.imag === Infinity || p.imag === -Infinity) {
    if (errnoNow() === Errno.OK) err.no = Errno.ERANGE;
  }
  if (errnoNow() === Errno.EDOM) raise(PyExc_ZeroDivisionError, '0.0 to a negative or complex power');
  if (errnoNow() === Errno.ERANGE) raise(PyExc_OverflowError, 'complex exponentiation');
  return PyComplex_FromDoubles(p.real, p.imag);
}

PyComplex_Type.nb_power = (v, w, z) => {
  const a = toComplex(v);
  const b = toComplex(w);
  if (a === null || b === null) return newref(Py_NotImplemented);
  if (z !== Py_None) raise(PyExc_ValueError, 'complex modulo');
  return complexPow(a, b);
};

PyComplex_Type.nb_negative = (o) => {
  const c = o as PyComplexObject;
  return PyComplex_FromDoubles(-c.real, -c.imag);
};
PyComplex_Type.nb_positive = (o) => {
  const c = o as PyComplexObject;
  return o.ob_type === PyComplex_Type ? newref(o) : PyComplex_FromDoubles(c.real, c.imag);
};
/** CPython 3.11: Objects/complexobject.c complex_abs */
PyComplex_Type.nb_absolute = (o) => {
  const c = o as PyComplexObject;
  err.no = Errno.OK;
  const r = cAbs(c);
  if (errnoNow() === Errno.ERANGE) raise(PyExc_OverflowError, 'absolute value too large');
  return PyFloat_FromDouble(r);
};
PyComplex_Type.nb_bool = (o) => {
  const c = o as PyComplexObject;
  return c.real !== 0 || c.imag !== 0;
};

/** CPython 3.11: Objects/complexobject.c complex_richcompare (== and != only). */
PyComplex_Type.tp_richcompare = (v, w, op) => {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return newref(Py_NotImplemented);
  const c = v as PyComplexObject;
  let equal: boolean;
  if (w instanceof PyLongObject) {
    if (c.imag === 0) {
      // Compare the real part with the int exactly, through float's comparison.
      const j = PyFloat_FromDouble(c.real);
      try {
        return PyObject_RichCompare(j, w, op);
      } finally {
        decref(j);
      }
    }
    equal = false;
  } else if (w instanceof PyFloatObject) equal = c.real === w.v && c.imag === 0;
  else if (w instanceof PyComplexObject) equal = c.real === w.real && c.imag === w.imag;
  else return newref(Py_NotImplemented);
  return PyBool_FromBool(equal === (op === CompareOp.EQ));
};

/** CPython 3.11: Objects/complexobject.c complex_hash */
PyComplex_Type.tp_hash = (o): Hash => {
  const c = o as PyComplexObject;
  const id = hashPointer(o);
  return hashComplexParts(hashFloat(c.real, id), hashFloat(c.imag, id));
};

// ---------------------------------------------------------------------------------------------
// repr and format
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/complexobject.c complex_repr */
export function complexReprString(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) {
    // The real part is +0: only the imaginary part, no parentheses.
    return doubleToString(imag, 'r', 0, 0) + 'j';
  }
  const re = doubleToString(real, 'r', 0, 0);
  const im = doubleToString(imag, 'r', 0, DtsFlag.SIGN);
  return `(${re}${im}j)`;
}

/**
 * CPython 3.11: complex_repr: the parts are PyMem_Malloc'd buffers of PyOS_double_to_string
 * (the real one first), joined by PyUnicode_FromFormat("%s%s%sj%s", lead, re, im, tail), then
 * freed.
 */
PyComplex_Type.tp_repr = (o) => {
  const c = o as PyComplexObject;
  const plain = c.real === 0 && !Object.is(c.real, -0);
  const pre = plain ? null : PyOS_double_to_string(c.real, 'r', 0, 0);
  try {
    const im = PyOS_double_to_string(c.imag, 'r', 0, plain ? 0 : DtsFlag.SIGN);
    try {
      return PyUnicode_FromFormat('%s%s%sj%s', plain ? '' : '(', pre === null ? '' : pre.text, im.text, plain ? '' : ')');
    } finally {
      freeDoubleString(im);
    }
  } finally {
    if (pre !== null) freeDoubleString(pre);
  }
};

/** CPython 3.11: _PyComplex_FormatAdvancedWriter */
export function complexFormatInto(writer: UnicodeWriter, obj: PyComplexObject, spec: string): void {
  if (spec.length === 0) {
    const s = PyObject_Str(obj);
    try {
      writer.writeStr(s);
    } finally {
      decref(s);
    }
    return;
  }
  complexFormatInternalInto(writer, numCall(() => formatComplexSteps(obj.real, obj.imag, spec, obj.ob_type.tp_name)));
}

// ---------------------------------------------------------------------------------------------
// Construction: complex(real=0, imag=0), complex('1+2j')
// ---------------------------------------------------------------------------------------------

/** The prefix of s (from i) that strtod would parse as a float: its end, or i when none. */
function floatPrefix(s: string, i: number): [number, number] {
  const m = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/i.exec(s.slice(i));
  if (m === null) return [0, i];
  const t = m[0];
  const lower = t.toLowerCase().replace(/^[+-]/, '');
  let v: number;
  if (lower.startsWith('inf')) v = t[0] === '-' ? -Infinity : Infinity;
  else if (lower === 'nan') v = t[0] === '-' ? -NaN : NaN;
  else v = Number(t);
  return [v, i + t.length];
}

function isSpaceAscii(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\x0b' || c === '\x0c';
}

/** CPython 3.11: Objects/complexobject.c complex_from_string_inner: [real, imag] or null. */
function complexFromStringInner(s: string): [number, number] | null {
  let i = 0;
  const n = s.length;
  let x = 0;
  let y = 0;
  while (i < n && isSpaceAscii(s[i])) i++;
  let gotBracket = false;
  if (s[i] === '(') {
    gotBracket = true;
    i++;
    while (i < n && isSpaceAscii(s[i])) i++;
  }
  const [z, end] = floatPrefix(s, i);
  if (end !== i) {
    i = end;
    if (s[i] === '+' || s[i] === '-') {
      x = z;
      const [y2, end2] = floatPrefix(s, i);
      if (end2 !== i) {
        y = y2;
        i = end2;
      } else {
        y = s[i] === '+' ? 1 : -1;
        i++;
      }
      if (!(s[i] === 'j' || s[i] === 'J')) return null;
      i++;
    } else if (s[i] === 'j' || s[i] === 'J') {
      i++;
      y = z;
    } else x = z;
  } else {
    if (s[i] === '+' || s[i] === '-') {
      y = s[i] === '+' ? 1 : -1;
      i++;
    } else y = 1;
    if (!(s[i] === 'j' || s[i] === 'J')) return null;
    i++;
  }
  while (i < n && isSpaceAscii(s[i])) i++;
  if (gotBracket) {
    if (s[i] !== ')') return null;
    i++;
    while (i < n && isSpaceAscii(s[i])) i++;
  }
  return i === n ? [x, y] : null;
}

/** _Py_string_to_number_with_underscores: underscores only between digits, then removed. */
function stripUnderscores(s: string): string | null {
  if (!s.includes('_')) return s;
  let prev = '';
  let out = '';
  for (const c of s) {
    if (c === '_') {
      if (!(prev >= '0' && prev <= '9')) return null;
    } else {
      out += c;
      if (prev === '_' && !(c >= '0' && c <= '9')) return null;
    }
    prev = c;
  }
  if (prev === '_') return null;
  return out;
}

/** CPython 3.11: Objects/complexobject.c complex_subtype_from_string */
function complexFromString(type: PyTypeObject, v: PyUnicodeObject): PyObject {
  const s = transformDecimalAndSpaceToASCII(v.s);
  const t = stripUnderscores(s);
  if (t === null) raise(PyExc_ValueError, `could not convert string to complex: ${reprOf(v)}`);
  const r = complexFromStringInner(t);
  if (r === null) raise(PyExc_ValueError, 'complex() arg is a malformed string');
  return complexOfType(type, r[0], r[1]);
}

function reprOf(v: PyObject): string {
  const r = PyObject_ReprString(v);
  return r;
}

function PyObject_ReprString(v: PyObject): string {
  const t = v.ob_type.tp_repr!(v) as PyUnicodeObject;
  const s = t.s;
  decref(t);
  return s;
}

/** try_complex_special_method: __complex__, or null when the type has none. */
function tryComplexSpecial(o: PyObject): PyObject | null {
  const t = o.ob_type;
  // The builtin numbers need no lookup (complex.__complex__ returns an equal complex).
  if (t === PyComplex_Type || o instanceof PyFloatObject || o instanceof PyLongObject) {
    if (!(t.tp_flags & TPFlags.HEAPTYPE)) return null;
  }
  const res = callSpecial(o, '__complex__', []);
  if (res === null || res.ob_type === PyComplex_Type) return res;
  if (!(res instanceof PyComplexObject)) {
    const name = res.ob_type.tp_name;
    decref(res);
    raise(PyExc_TypeError, `__complex__ returned non-complex (type ${name})`);
  }
  // NON-CPYTHON: CPython also emits a DeprecationWarning for a complex subclass here.
  void PyExc_DeprecationWarning;
  return res;
}

/** PyNumber_Float's value for an operand known to be a number. */
function floatValue(o: PyObject): number {
  if (o instanceof PyFloatObject) return o.v;
  const t = o.ob_type;
  if (t.nb_float !== null) {
    const r = t.nb_float(o);
    try {
      if (!(r instanceof PyFloatObject)) raise(PyExc_TypeError, `${t.tp_name}.__float__ returned non-float (type ${r.ob_type.tp_name})`);
      return r.v;
    } finally {
      decref(r);
    }
  }
  const i = PyNumber_Index(o);
  try {
    return numCall(() => intToFloat(i.v));
  } finally {
    decref(i);
  }
}

function isNumberForComplex(o: PyObject): boolean {
  const t = o.ob_type;
  return t.nb_float !== null || t.nb_index !== null || o instanceof PyComplexObject;
}

/** CPython 3.11: Objects/complexobject.c complex_new_impl */
function complex_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  let [r, i] = unpackArgs('complex', args, kwnames, ['real', 'imag'], 0);
  if (r === null) {
    if (i === null) return complexOfType(type, 0, 0);
  }
  if (r !== null && r.ob_type === PyComplex_Type && i === null && type === PyComplex_Type) return newref(r);
  if (r instanceof PyUnicodeObject) {
    if (i !== null) raise(PyExc_TypeError, "complex() can't take second arg if first is a string");
    return complexFromString(type, r);
  }
  if (i !== null && i instanceof PyUnicodeObject) raise(PyExc_TypeError, "complex() second arg can't be a string");
  let owned: PyObject | null = null;
  if (r !== null) {
    owned = tryComplexSpecial(r);
    if (owned !== null) r = owned;
  }
  try {
    let crReal = 0;
    let crImag = 0;
    let crIsComplex = false;
    if (r !== null) {
      if (!isNumberForComplex(r)) {
        raise(PyExc_TypeError, `complex() first argument must be a string or a number, not '${r.ob_type.tp_name}'`);
      }
    }
    if (i !== null && !isNumberForComplex(i)) {
      raise(PyExc_TypeError, `complex() second argument must be a number, not '${i.ob_type.tp_name}'`);
    }
    if (r !== null) {
      if (r instanceof PyComplexObject) {
        crReal = r.real;
        crImag = r.imag;
        crIsComplex = true;
      } else crReal = floatValue(r);
    }
    let ciReal: number;
    let ciImag = 0;
    let ciIsComplex = false;
    if (i === null) ciReal = crImag;
    else if (i instanceof PyComplexObject) {
      ciReal = i.real;
      ciImag = i.imag;
      ciIsComplex = true;
    } else ciReal = floatValue(i);
    // Non-canonical inputs: fold the stray imaginary parts back in.
    if (ciIsComplex) crReal -= ciImag;
    if (crIsComplex && i !== null) ciReal += crImag;
    return complexOfType(type, crReal, ciReal);
  } finally {
    if (owned !== null) decref(owned);
  }
}
PyComplex_Type.tp_new = complex_new;

// ---------------------------------------------------------------------------------------------
// Methods and attributes
// ---------------------------------------------------------------------------------------------

/** Installs complex's methods and the float ** hook (called at start-up, before PyType_Ready). */
export function initComplex(): void {
  PyComplex_Type.methods = [
    {
      name: 'conjugate',
      fn: (self, args, kwnames) => {
        noArgs('complex.conjugate', args, kwnames);
        const c = self as PyComplexObject;
        return PyComplex_FromDoubles(c.real, -c.imag);
      },
    },
    {
      name: '__getnewargs__',
      fn: (self, args, kwnames) => {
        noArgs('complex.__getnewargs__', args, kwnames);
        const c = self as PyComplexObject;
        return tupleFromArraySteal([PyFloat_FromDouble(c.real), PyFloat_FromDouble(c.imag)]);
      },
    },
    {
      name: '__complex__',
      fn: (self, args, kwnames) => {
        noArgs('complex.__complex__', args, kwnames);
        const c = self as PyComplexObject;
        return self.ob_type === PyComplex_Type ? newref(self) : PyComplex_FromDoubles(c.real, c.imag);
      },
    },
    {
      name: '__format__',
      fn: (self, args, kwnames) => {
        if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, 'complex.__format__() takes no keyword arguments');
        if (args.length !== 1) raise(PyExc_TypeError, `complex.__format__() takes exactly one argument (${args.length} given)`);
        const spec = args[0];
        if (!(spec instanceof PyUnicodeObject)) raise(PyExc_TypeError, `__format__() argument must be str, not ${spec.ob_type.tp_name}`);
        const w = new UnicodeWriter();
        try {
          complexFormatInto(w, self as PyComplexObject, spec.s);
        } catch (e) {
          w.dealloc();
          throw e;
        }
        return w.finish();
      },
    },
  ];
  PyComplex_Type.getsets = [
    { name: 'real', get: (self) => PyFloat_FromDouble((self as PyComplexObject).real) },
    { name: 'imag', get: (self) => PyFloat_FromDouble((self as PyComplexObject).imag) },
  ];
  // float ** float with a negative base and a fractional exponent gives a complex.
  setComplexPow((a, b) => complexPow({ real: a, imag: 0 }, { real: b, imag: 0 }));
}

export { isUnicodeSpace };
