/**
 * int's methods, attributes and constructor: bit_length, bit_count, to_bytes, from_bytes,
 * as_integer_ratio, __round__/__trunc__/__floor__/__ceil__, real/imag/numerator/denominator,
 * __format__, and int(x, base).
 * CPython 3.11: Objects/longobject.c (long_methods, long_getset, long_new_impl,
 * long_subtype_new, int_to_bytes_impl, int_from_bytes_impl, int___round___impl),
 * Objects/abstract.c PyNumber_Long, Objects/clinic/longobject.c.h (argument errors).
 *
 * NON-CPYTHON placement: these live outside longobject.ts only because that file belongs to
 * another author; initLongMethods() installs them before PyType_Ready.
 */
import type { MethodDef, PyObject, PyTypeObject } from './pyobject.ts';
import { decref, newref } from '../memory/refcount.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_TypeError, PyExc_ValueError } from './exceptions.ts';
import { Py_None } from './object.ts';
import { PyLongObject, PyLong_FromValue, PyLong_Type, longSize, ndigits } from './longobject.ts';
import { PyFloatObject } from './floatobject.ts';
import { PyNumber_Index, PyObject_Call } from './abstract.ts';
import { tupleFromArraySteal } from './tupleobject.ts';
import { callSpecial, finishAlloc } from './typeobject.ts';
import { noArgs, unpackArgs } from './getargs.ts';
import { PyUnicodeObject, PyUnicode_Check, unicodeReprString } from './unicodeobject.ts';
import { PyBytesObject, PyBytes_FromBytes, PyBytes_FromObject, bytesLikeView, bytesReprString } from './bytesobject.ts';
import { PyByteArrayObject } from './bytearrayobject.ts';
import {
  type PyInt, intBitCount, intBitLength, intFromBytes, intRound, intToBytes, parseIntAscii, parseIntLiteral,
} from './longmath.ts';
import { long__format__, numCall } from './formatting.ts';
import { PyLong_FromDigits, PyLong_FromNumber } from './longobject.ts';

type Fn = MethodDef['fn'];

function val(o: PyObject): PyInt {
  return (o as PyLongObject).v;
}

/** long_long: an exact int with the same value (itself when exact). */
function longLong(o: PyObject): PyObject {
  return o.ob_type === PyLong_Type ? newref(o) : PyLong_FromValue(val(o));
}

function indexValue(o: PyObject): PyInt {
  const i = PyNumber_Index(o);
  const v = i.v;
  decref(i);
  return v;
}

function noArgsMethod(name: string, f: (self: PyObject) => PyObject): MethodDef {
  return {
    name,
    fn: (self, args, kwnames) => {
      noArgs(`int.${name}`, args, kwnames);
      return f(self);
    },
  };
}

/** Keyword-only arguments after `npos` positional ones: clinic's "takes at most N positional arguments". */
function checkPositionalMax(fname: string, args: PyObject[], kwnames: string[] | null, max: number): void {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > max) raise(PyExc_TypeError, `${fname}() takes at most ${max} positional argument${max === 1 ? '' : 's'} (${npos} given)`);
}

function byteorderArg(fname: string, o: PyObject | null): boolean {
  if (o === null) return false;
  if (!(o instanceof PyUnicodeObject)) raise(PyExc_TypeError, `${fname}() argument 'byteorder' must be str, not ${o.ob_type.tp_name}`);
  if (o.s === 'little') return true;
  if (o.s === 'big') return false;
  raise(PyExc_ValueError, "byteorder must be either 'little' or 'big'");
}

function truthArg(o: PyObject | null): boolean {
  if (o === null) return false;
  const f = o.ob_type.nb_bool;
  if (o === Py_None) return false;
  if (f !== null) return f(o);
  const len = o.ob_type.sq_length ?? o.ob_type.mp_length;
  return len !== null ? len(o) !== 0 : true;
}

/** CPython 3.11: Objects/longobject.c int_to_bytes_impl */
const int_to_bytes: Fn = (self, args, kwnames) => {
  checkPositionalMax('to_bytes', args, kwnames, 2);
  const [lengthObj, orderObj, signedObj] = unpackArgs('to_bytes', args, kwnames, ['length', 'byteorder', 'signed'], 0);
  let length = 1;
  if (lengthObj !== null) {
    const v = indexValue(lengthObj);
    if (typeof v === 'bigint') raise(PyExc_ValueError, 'length argument must be non-negative');
    length = v;
  }
  const little = byteorderArg('to_bytes', orderObj);
  const signed = truthArg(signedObj);
  return PyBytes_FromBytes(numCall(() => intToBytes(val(self), length, little, signed)));
};

/** CPython 3.11: Objects/bytesobject.c PyObject_Bytes */
function PyObject_Bytes(v: PyObject): PyBytesObject {
  if (v instanceof PyBytesObject && v.ob_type.tp_name === 'bytes') return newref(v);
  const r = callSpecial(v, '__bytes__', []);
  if (r !== null) {
    if (!(r instanceof PyBytesObject)) {
      const name = r.ob_type.tp_name;
      decref(r);
      raise(PyExc_TypeError, `__bytes__ returned non-bytes (type ${name})`);
    }
    return r;
  }
  return PyBytes_FromObject(v) as PyBytesObject;
}

/** CPython 3.11: Objects/longobject.c int_from_bytes_impl (a classmethod). */
const int_from_bytes: Fn = (type, args, kwnames) => {
  checkPositionalMax('from_bytes', args, kwnames, 2);
  const [bytesObj, orderObj, signedObj] = unpackArgs('from_bytes', args, kwnames, ['bytes', 'byteorder', 'signed'], 1);
  const little = byteorderArg('from_bytes', orderObj);
  const signed = truthArg(signedObj);
  const b = PyObject_Bytes(bytesObj!);
  let v: PyInt;
  try {
    v = intFromBytes(b.b, little, signed);
  } finally {
    decref(b);
  }
  const obj = PyLong_FromValue(v);
  if (type === PyLong_Type) return obj;
  try {
    return PyObject_Call(type, [obj], null);
  } finally {
    decref(obj);
  }
};

/** CPython 3.11: Objects/longobject.c int___round___impl */
const int_round: Fn = (self, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, 'int.__round__() takes no keyword arguments');
  if (args.length > 1) raise(PyExc_TypeError, `__round__ expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return longLong(self);
  const ndigits = indexValue(args[0]);
  if (ndigits >= 0) return longLong(self);
  return PyLong_FromValue(intRound(val(self), ndigits));
};

const methods: MethodDef[] = [
  noArgsMethod('conjugate', longLong),
  noArgsMethod('bit_length', (self) => PyLong_FromNumber(intBitLength(val(self)))),
  noArgsMethod('bit_count', (self) => PyLong_FromNumber(intBitCount(val(self)))),
  { name: 'to_bytes', fn: int_to_bytes },
  { name: 'from_bytes', kind: 'class', fn: int_from_bytes },
  noArgsMethod('as_integer_ratio', (self) => tupleFromArraySteal([longLong(self), PyLong_FromNumber(1)])),
  noArgsMethod('__trunc__', longLong),
  noArgsMethod('__floor__', longLong),
  noArgsMethod('__ceil__', longLong),
  { name: '__round__', fn: int_round },
  noArgsMethod('__getnewargs__', (self) => tupleFromArraySteal([PyLong_FromValue(val(self))])),
  { name: '__format__', fn: long__format__ },
  // int___sizeof___impl counts the digits only, whatever the (sub)type's basicsize.
  noArgsMethod('__sizeof__', (self) => PyLong_FromNumber(longSize(val(self)))),
];

// ---------------------------------------------------------------------------------------------
// int(x=0, /, base=10)
// ---------------------------------------------------------------------------------------------

/** The repr used in "invalid literal" messages. */
function strRepr(s: string): string {
  return unicodeReprString(s);
}

/** CPython 3.11: Objects/longobject.c PyLong_FromUnicodeObject */
function longFromUnicode(u: PyUnicodeObject, base: number): PyInt {
  return numCall(() => parseIntLiteral(u.s, base, strRepr));
}

/** CPython 3.11: Objects/longobject.c _PyLong_FromBytes */
function longFromBytes(data: Uint8Array, base: number): PyInt {
  let s = '';
  for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
  // A NUL or a non-ASCII byte ends the literal early: the value is invalid.
  const v = /[\x00\x80-\xff]/.test(s) ? null : numCall(() => parseIntAscii(s, base));
  if (v === null) {
    raise(PyExc_ValueError, `invalid literal for int() with base ${base}: ${bytesReprString(data.subarray(0, 200))}`);
  }
  return v;
}

/** CPython 3.11: Objects/abstract.c PyNumber_Long */
export function PyNumber_Long(o: PyObject): PyObject {
  if (o.ob_type === PyLong_Type) return newref(o);
  const t = o.ob_type;
  if (t.nb_int !== null) {
    const r = t.nb_int(o);
    if (r.ob_type === PyLong_Type) return r;
    if (!(r instanceof PyLongObject)) {
      const name = r.ob_type.tp_name;
      decref(r);
      raise(PyExc_TypeError, `__int__ returned non-int (type ${name})`);
    }
    // NON-CPYTHON: CPython also warns (DeprecationWarning) about an int subclass here.
    const copy = PyLong_FromValue(r.v);
    decref(r);
    return copy;
  }
  if (t.nb_index !== null) return PyNumber_Index(o);
  const trunc = callSpecial(o, '__trunc__', []);
  if (trunc !== null) {
    // NON-CPYTHON: the "delegation of int() to __trunc__ is deprecated" warning is not emitted.
    if (trunc.ob_type === PyLong_Type) return trunc;
    if (trunc instanceof PyLongObject) {
      const copy = PyLong_FromValue(trunc.v);
      decref(trunc);
      return copy;
    }
    try {
      if (trunc.ob_type.nb_index === null) {
        raise(PyExc_TypeError, `__trunc__ returned non-Integral (type ${trunc.ob_type.tp_name})`);
      }
      return PyNumber_Index(trunc);
    } finally {
      decref(trunc);
    }
  }
  if (PyUnicode_Check(o)) return PyLong_FromDigits(longFromUnicode(o, 10));
  const view = bytesLikeView(o);
  if (view !== null) return PyLong_FromDigits(longFromBytes(view, 10));
  raise(PyExc_TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${o.ob_type.tp_name}'`);
}

/** CPython 3.11: Objects/longobject.c long_new_impl (for exact int). */
function longNewExact(x: PyObject | null, obase: PyObject | null): PyObject {
  if (x === null) {
    if (obase !== null) raise(PyExc_TypeError, 'int() missing string argument');
    return PyLong_FromNumber(0);
  }
  if (obase === null) return PyNumber_Long(x);
  const b = indexValue(obase);
  if (typeof b === 'bigint' || (b !== 0 && b < 2) || b > 36) {
    raise(PyExc_ValueError, 'int() base must be >= 2 and <= 36, or 0');
  }
  if (x instanceof PyUnicodeObject) return PyLong_FromDigits(longFromUnicode(x, b));
  if (x instanceof PyBytesObject || x instanceof PyByteArrayObject) return PyLong_FromDigits(longFromBytes(bytesLikeView(x)!, b));
  raise(PyExc_TypeError, "int() can't convert non-string with explicit base");
}

function long_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [x, obase] = unpackArgs('int', args, kwnames, ['x', 'base'], 0, 1);
  const v = longNewExact(x, obase);
  if (type === PyLong_Type) return v;
  // long_subtype_new: an instance of the subclass with the same value, allocated with room for
  // its digits (at least one: type->tp_alloc(type, n)).
  try {
    const value = (v as PyLongObject).v;
    let o: PyLongObject;
    if (type.tp_alloc === long_alloc) {
      o = new PyLongObject(type, value);
      finishAlloc(o, type, Math.max(ndigits(value), 1));
    } else {
      o = type.tp_alloc!(type) as PyLongObject;
      o.v = value;
    }
    return o;
  } finally {
    decref(v);
  }
}

function long_alloc(type: PyTypeObject): PyObject {
  const o = new PyLongObject(type, 0);
  finishAlloc(o, type);
  return o;
}

/** Installs int's methods, attributes and constructor (before PyType_Ready). */
export function initLongMethods(): void {
  PyLong_Type.methods = [...PyLong_Type.methods.filter((m) => !methods.some((n) => n.name === m.name)), ...methods];
  PyLong_Type.getsets = [
    { name: 'real', get: longLong },
    { name: 'imag', get: () => PyLong_FromNumber(0) },
    { name: 'numerator', get: longLong },
    { name: 'denominator', get: () => PyLong_FromNumber(1) },
  ];
  PyLong_Type.tp_new = long_new;
  PyLong_Type.tp_alloc = long_alloc;
}

export { PyFloatObject };
