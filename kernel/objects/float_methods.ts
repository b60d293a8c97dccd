/**
 * float's methods, attributes and constructor: is_integer, as_integer_ratio, hex, fromhex,
 * conjugate, __round__/__trunc__/__floor__/__ceil__, real/imag, __format__, float(x).
 * CPython 3.11: Objects/floatobject.c (float_methods, float_getset, float_new_impl,
 * float_subtype_new, PyFloat_FromString, float___round___impl, float_fromhex),
 * Objects/abstract.c PyNumber_Float.
 *
 * NON-CPYTHON placement: these live outside floatobject.ts only because that file belongs to
 * another author; initFloatMethods() installs them before PyType_Ready.
 */
import type { MethodDef, PyObject, PyTypeObject } from './pyobject.ts';
import { decref, newref } from '../memory/refcount.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from './exceptions.ts';
import { Py_None, PyObject_Repr } from './object.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { PyLongObject, PyLong_FromValue } from './longobject.ts';
import { PyFloatObject, PyFloat_FromDouble, PyFloat_Type, float_hex, float_round_ndigits } from './floatobject.ts';
import { PyNumber_AsSsize_t, PyNumber_Index, PyObject_Call } from './abstract.ts';
import { tupleFromArraySteal } from './tupleobject.ts';
import { finishAlloc } from './typeobject.ts';
import { checkPositional, noArgs, noKeywords } from './getargs.ts';
import { PyUnicodeObject, PyUnicode_FromString, PyUnicode_Type } from './unicodeobject.ts';
import { bytesLikeView } from './bytesobject.ts';
import {
  floatAsIntegerRatio, floatCeil, floatFloor, floatIsInteger, floatRoundDigits, floatRoundToInt, floatToInt, intToFloat,
} from './longmath.ts';
import { fromHex, parseFloat } from './pystrtod.ts';
import { float__format__, numCall } from './formatting.ts';

type Fn = MethodDef['fn'];

function val(o: PyObject): number {
  return (o as PyFloatObject).v;
}

/** float_float: an exact float with the same value (itself when exact). */
function floatFloat(o: PyObject): PyObject {
  return o.ob_type === PyFloat_Type ? newref(o) : PyFloat_FromDouble(val(o));
}

function noArgsMethod(name: string, f: (self: PyObject) => PyObject): MethodDef {
  return {
    name,
    fn: (self, args, kwnames) => {
      noArgs(`float.${name}`, args, kwnames);
      return f(self);
    },
  };
}

/** CPython 3.11: Objects/floatobject.c float___round___impl */
const float_round: Fn = (self, args, kwnames) => {
  noKeywords('float.__round__', kwnames);
  checkPositional('__round__', args.length, 0, 1);
  const x = val(self);
  if (args.length === 0 || args[0] === Py_None) return PyLong_FromValue(numCall(() => floatRoundToInt(x)));
  // Clipped on overflow, as PyNumber_AsSsize_t(o, NULL).
  const ndigits = PyNumber_AsSsize_t(args[0], true);
  return float_round_ndigits(x, ndigits, () => numCall(() => floatRoundDigits(x, ndigits)));
};

/** CPython 3.11: Objects/floatobject.c float_fromhex (a classmethod). */
const float_fromhex: Fn = (type, args, kwnames) => {
  noKeywords('float.fromhex', kwnames);
  if (args.length !== 1) raise(PyExc_TypeError, `float.fromhex() takes exactly one argument (${args.length} given)`);
  const s = args[0];
  if (!(s instanceof PyUnicodeObject)) raise(PyExc_TypeError, 'bad argument type for built-in operation');
  const r = fromHex(s.s);
  if (typeof r !== 'number') raise(r.excType === 'OverflowError' ? PyExc_OverflowError : PyExc_ValueError, r.msg);
  const f = PyFloat_FromDouble(r);
  if (type === PyFloat_Type) return f;
  try {
    return PyObject_Call(type, [f], null);
  } finally {
    decref(f);
  }
};

/** float.__getformat__ (a classmethod). */
const float_getformat: Fn = (_type, args, kwnames) => {
  noKeywords('float.__getformat__', kwnames);
  if (args.length !== 1) raise(PyExc_TypeError, `float.__getformat__() takes exactly one argument (${args.length} given)`);
  const t = args[0];
  if (!(t instanceof PyUnicodeObject)) raise(PyExc_TypeError, `__getformat__() argument must be str, not ${t.ob_type.tp_name}`);
  if (t.s !== 'double' && t.s !== 'float') raise(PyExc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return PyUnicode_FromString('IEEE, little-endian');
};

const methods: MethodDef[] = [
  noArgsMethod('conjugate', floatFloat),
  noArgsMethod('__trunc__', (self) => PyLong_FromValue(numCall(() => floatToInt(val(self))))),
  noArgsMethod('__floor__', (self) => PyLong_FromValue(numCall(() => floatFloor(val(self))))),
  noArgsMethod('__ceil__', (self) => PyLong_FromValue(numCall(() => floatCeil(val(self))))),
  { name: '__round__', fn: float_round },
  noArgsMethod('as_integer_ratio', (self) => {
    const [n, d] = numCall(() => floatAsIntegerRatio(val(self)));
    return tupleFromArraySteal([PyLong_FromValue(n), PyLong_FromValue(d)]);
  }),
  { name: 'fromhex', kind: 'class', fn: float_fromhex },
  noArgsMethod('hex', (self) => float_hex(self as PyFloatObject)),
  noArgsMethod('is_integer', (self) => PyBool_FromBool(floatIsInteger(val(self)))),
  noArgsMethod('__getnewargs__', (self) => tupleFromArraySteal([PyFloat_FromDouble(val(self))])),
  { name: '__getformat__', kind: 'class', fn: float_getformat },
  { name: '__format__', fn: float__format__ },
];

// ---------------------------------------------------------------------------------------------
// float(x=0, /)
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/floatobject.c PyFloat_FromString */
function floatFromString(v: PyObject): PyObject {
  let text: string;
  if (v instanceof PyUnicodeObject) text = v.s;
  else {
    const data = bytesLikeView(v);
    if (data === null) raise(PyExc_TypeError, `float() argument must be a string or a real number, not '${v.ob_type.tp_name}'`);
    text = '';
    for (let i = 0; i < data.length; i++) text += String.fromCharCode(data[i]);
    // Non-ASCII bytes can never form a float.
    if (/[\x80-\xff]/.test(text)) text = '\x00';
  }
  const x = parseFloat(text);
  if (x === null) {
    const r = PyObject_Repr(v);
    const s = r.s;
    decref(r);
    raise(PyExc_ValueError, `could not convert string to float: ${s}`);
  }
  return PyFloat_FromDouble(x);
}

/** CPython 3.11: Objects/abstract.c PyNumber_Float */
export function PyNumber_Float(o: PyObject): PyObject {
  if (o.ob_type === PyFloat_Type) return newref(o);
  const t = o.ob_type;
  if (t.nb_float !== null) {
    const r = t.nb_float(o);
    if (r.ob_type === PyFloat_Type) return r;
    if (!(r instanceof PyFloatObject)) {
      const name = r.ob_type.tp_name;
      decref(r);
      raise(PyExc_TypeError, `${t.tp_name}.__float__ returned non-float (type ${name})`);
    }
    // NON-CPYTHON: the DeprecationWarning for a float subclass result is not emitted.
    const copy = PyFloat_FromDouble(r.v);
    decref(r);
    return copy;
  }
  if (t.nb_index !== null) {
    const i = PyNumber_Index(o);
    try {
      return PyFloat_FromDouble(numCall(() => intToFloat(i.v)));
    } finally {
      decref(i);
    }
  }
  if (o instanceof PyFloatObject) return PyFloat_FromDouble(o.v);
  return floatFromString(o);
}

/** CPython 3.11: Objects/floatobject.c float_new_impl / float_subtype_new */
function float_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  noKeywords('float', kwnames);
  checkPositional('float', args.length, 0, 1);
  let v: PyObject;
  if (args.length === 0) v = PyFloat_FromDouble(0.0);
  else if (args[0].ob_type === PyUnicode_Type) v = floatFromString(args[0]);
  else v = PyNumber_Float(args[0]);
  if (type === PyFloat_Type) return v;
  try {
    const o = type.tp_alloc!(type) as PyFloatObject;
    o.v = (v as PyFloatObject).v;
    return o;
  } finally {
    decref(v);
  }
}

function float_alloc(type: PyTypeObject): PyObject {
  const o = new PyFloatObject(type, 0);
  finishAlloc(o, type);
  return o;
}

/** Installs float's methods, attributes and constructor (before PyType_Ready). */
export function initFloatMethods(): void {
  PyFloat_Type.methods = [...PyFloat_Type.methods.filter((m) => !methods.some((n) => n.name === m.name)), ...methods];
  PyFloat_Type.getsets = [
    { name: 'real', get: floatFloat },
    { name: 'imag', get: () => PyFloat_FromDouble(0.0) },
  ];
  PyFloat_Type.tp_new = float_new;
  PyFloat_Type.tp_alloc = float_alloc;
}

export { PyLongObject };
