/**
 * Formatting objects: PyObject_Format (format(), f-strings' FORMAT_VALUE), the __format__
 * methods of str, int and float, `str % args`, and the _PyUnicodeWriter whose "readonly"
 * shortcut decides when a formatting result is an existing string object.
 * CPython 3.11: Objects/abstract.c PyObject_Format, Objects/unicodeobject.c (unicode___format__,
 * PyUnicode_Format, _PyUnicodeWriter_WriteStr/_Finish), Objects/longobject.c int___format__,
 * Objects/floatobject.c float___format__, Python/formatter_unicode.c (the *_FormatAdvancedWriter
 * entry points).
 *
 * The text itself comes from formatter_unicode.ts (the format-spec mini-language) and
 * unicode_format.ts (printf-style), which are pure functions throwing NumError.
 */
import type { PyObject } from './pyobject.ts';
import { decref, newref } from '../memory/refcount.ts';
import { PyErr, raise } from '../vm/errors.ts';
import {
  PyExc_IndexError, PyExc_MemoryError, PyExc_OverflowError, PyExc_SystemError, PyExc_TypeError, PyExc_ValueError,
  PyExc_ZeroDivisionError,
} from './exceptions.ts';
import { PyObject_Repr, PyObject_Str, PyObject_TypeCheck } from './object.ts';
import { PyLongObject, PyLong_Type } from './longobject.ts';
import { PyFloatObject, PyFloat_Type } from './floatobject.ts';
import { PyObject_GetItem, PyNumber_Index } from './abstract.ts';
import { PyTupleObject } from './tupleobject.ts';
import { callSpecial } from './typeobject.ts';
import { noKeywords } from './getargs.ts';
import { PyObject_ASCII, PyUnicodeObject, PyUnicode_FromString, PyUnicode_Type, emptyStr } from './unicodeobject.ts';
import { NumError, type PyInt } from './longmath.ts';
import { formatFloat, formatInt, formatStr } from './formatter_unicode.ts';
import { type PercentFormatHost, percentFormat } from './unicode_format.ts';
import { initLongMethods } from './long_methods.ts';
import { initFloatMethods } from './float_methods.ts';

// ---------------------------------------------------------------------------------------------
// Errors from the pure formatting modules
// ---------------------------------------------------------------------------------------------

/** Turns a NumError thrown by longmath/formatter_unicode/unicode_format into the Python exception. */
export function raiseNumError(e: NumError): never {
  switch (e.excType) {
    case 'ValueError': raise(PyExc_ValueError, e.msg);
    case 'TypeError': raise(PyExc_TypeError, e.msg);
    case 'OverflowError': raise(PyExc_OverflowError, e.msg);
    case 'ZeroDivisionError': raise(PyExc_ZeroDivisionError, e.msg);
    case 'IndexError': raise(PyExc_IndexError, e.msg);
    default: raise(PyExc_MemoryError, e.msg);
  }
}

/** Runs f, converting a NumError into the Python exception it names. */
export function numCall<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof NumError) raiseNumError(e);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// _PyUnicodeWriter
// ---------------------------------------------------------------------------------------------

/**
 * CPython 3.11: Objects/unicodeobject.c _PyUnicodeWriter, reduced to what is observable: the
 * text, and the readonly case where the first string written into an empty writer that does
 * not over-allocate is kept as the result object itself (`'{}'.format(s) is s`).
 */
export class UnicodeWriter {
  private parts: string[] = [];
  private readonlyStr: PyUnicodeObject | null = null;
  /** writer.overallocate */
  overallocate = false;

  private get empty(): boolean {
    return this.parts.length === 0 && this.readonlyStr === null;
  }

  private flushReadonly(): void {
    const r = this.readonlyStr;
    if (r !== null) {
      this.readonlyStr = null;
      this.parts.push(r.s);
      decref(r);
    }
  }

  /** _PyUnicodeWriter_WriteStr: a str object (borrowed). */
  writeStr(str: PyUnicodeObject): void {
    if (str.s.length === 0) return;
    if (this.empty && !this.overallocate) {
      this.readonlyStr = newref(str);
      return;
    }
    this.flushReadonly();
    this.parts.push(str.s);
  }

  /** _PyUnicodeWriter_WriteASCIIString / WriteSubstring / WriteChar: text copied into the buffer. */
  writeText(s: string): void {
    if (s.length === 0) return;
    this.flushReadonly();
    this.parts.push(s);
  }

  /** _PyUnicodeWriter_Finish: the readonly string itself, or a new one (unicode_result). */
  finish(): PyUnicodeObject {
    if (this.readonlyStr !== null && this.parts.length === 0) {
      const r = this.readonlyStr;
      this.readonlyStr = null;
      return r;
    }
    this.flushReadonly();
    const s = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts = [];
    return PyUnicode_FromString(s);
  }

  /** _PyUnicodeWriter_Dealloc (error paths). */
  dealloc(): void {
    const r = this.readonlyStr;
    this.readonlyStr = null;
    if (r !== null) decref(r);
  }
}

// ---------------------------------------------------------------------------------------------
// The advanced formatters (Python/formatter_unicode.c)
// ---------------------------------------------------------------------------------------------

/** format_obj: str(obj) written into the writer. */
function formatObjInto(writer: UnicodeWriter, obj: PyObject): void {
  const s = PyObject_Str(obj);
  try {
    writer.writeStr(s);
  } finally {
    decref(s);
  }
}

/** CPython 3.11: _PyUnicode_FormatAdvancedWriter */
export function unicodeFormatInto(writer: UnicodeWriter, obj: PyUnicodeObject, spec: string): void {
  if (spec.length === 0) {
    if (obj.ob_type === PyUnicode_Type) writer.writeStr(obj);
    else formatObjInto(writer, obj);
    return;
  }
  const text = numCall(() => formatStr(obj.s, spec, obj.ob_type.tp_name));
  // The fast path (no padding, no truncation) writes the string object itself.
  if (text === obj.s) writer.writeStr(obj);
  else writer.writeText(text);
}

/** CPython 3.11: _PyLong_FormatAdvancedWriter */
export function longFormatInto(writer: UnicodeWriter, obj: PyLongObject, spec: string): void {
  if (spec.length === 0) {
    if (obj.ob_type === PyLong_Type) writer.writeText(numCall(() => formatInt(obj.v, '', 'int')));
    else formatObjInto(writer, obj);
    return;
  }
  writer.writeText(numCall(() => formatInt(obj.v, spec, obj.ob_type.tp_name)));
}

/** CPython 3.11: _PyFloat_FormatAdvancedWriter */
export function floatFormatInto(writer: UnicodeWriter, obj: PyFloatObject, spec: string): void {
  if (spec.length === 0) {
    formatObjInto(writer, obj);
    return;
  }
  writer.writeText(numCall(() => formatFloat(obj.v, spec, obj.ob_type.tp_name)));
}

/** Checks the format_spec argument of a __format__ method (clinic `format_spec: unicode`). */
function specArg(fname: string, args: PyObject[], kwnames: string[] | null): PyUnicodeObject {
  noKeywords(fname, kwnames);
  if (args.length !== 1) raise(PyExc_TypeError, `${fname}() takes exactly one argument (${args.length} given)`);
  const spec = args[0];
  if (!(spec instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `__format__() argument must be str, not ${spec.ob_type.tp_name}`);
  }
  return spec;
}

function runWriter(f: (w: UnicodeWriter) => void): PyUnicodeObject {
  const w = new UnicodeWriter();
  try {
    f(w);
  } catch (e) {
    w.dealloc();
    throw e;
  }
  return w.finish();
}

/** str.__format__ (unicode___format___impl) */
export function unicode__format__(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const spec = specArg('str.__format__', args, kwnames);
  return runWriter((w) => unicodeFormatInto(w, self as PyUnicodeObject, spec.s));
}

/** int.__format__ (int___format___impl) */
export function long__format__(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const spec = specArg('int.__format__', args, kwnames);
  return runWriter((w) => longFormatInto(w, self as PyLongObject, spec.s));
}

/** float.__format__ (float___format___impl) */
export function float__format__(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const spec = specArg('float.__format__', args, kwnames);
  return runWriter((w) => floatFormatInto(w, self as PyFloatObject, spec.s));
}

// ---------------------------------------------------------------------------------------------
// PyObject_Format
// ---------------------------------------------------------------------------------------------

/**
 * CPython 3.11: Objects/abstract.c PyObject_Format: `type(value).__format__(value, spec)`, a new
 * str. spec null means ''. The builtin format() passes its second argument unchecked, so a
 * non-str spec gets format()'s own argument error.
 */
export function formatObject(value: PyObject, spec: PyObject | null): PyObject {
  if (spec !== null && !(spec instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `format() argument 2 must be str, not ${spec.ob_type.tp_name}`);
  }
  // Fast path for common types.
  if (spec === null || spec.length === 0) {
    if (value.ob_type === PyUnicode_Type) return newref(value);
    if (value.ob_type === PyLong_Type) return PyObject_Str(value);
  }
  const specObj = spec ?? emptyStr();
  let result: PyObject | null;
  try {
    result = callSpecial(value, '__format__', [specObj]);
  } finally {
    if (spec === null) decref(specObj);
  }
  if (result === null) raise(PyExc_TypeError, `Type ${value.ob_type.tp_name} doesn't define __format__`);
  if (!(result instanceof PyUnicodeObject)) {
    const name = result.ob_type.tp_name;
    decref(result);
    raise(PyExc_TypeError, `__format__ must return a str, not ${name}`);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// str % args
// ---------------------------------------------------------------------------------------------

/** A format that is exactly one %s conversion without sign flags: its result may be the argument. */
const SINGLE_S = /^%(?:\([^()]*\))?[-#0]*(?:\*|\d+)?(?:\.(?:\*|\d*))?[hlL]?s$/;

function isTypeError(e: unknown): e is PyErr {
  return e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_TypeError);
}

/** PyNumber_Check */
function numberCheck(o: PyObject): boolean {
  const t = o.ob_type;
  return t.nb_index !== null || t.nb_int !== null || t.nb_float !== null || t.tp_name === 'complex';
}

function intValueOf(o: PyObject): PyInt {
  if (!(o instanceof PyLongObject)) raise(PyExc_TypeError, `__int__ returned non-int (type ${o.ob_type.tp_name})`);
  return o.v;
}

/** The object-model side of printf-style formatting for a str format. */
class UnicodeFormatHost implements PercentFormatHost<PyObject> {
  argCount: number;
  getItem?: (key: string) => PyObject;
  /** The last exact str converted with %s (the candidate for the readonly result). */
  lastStr: PyUnicodeObject | null = null;
  /** References the host owns until the formatting ends (mapping lookups). */
  owned: PyObject[] = [];

  constructor(private args: PyObject) {
    this.argCount = args instanceof PyTupleObject ? args.items.length : -1;
    const t = args.ob_type;
    if (t.mp_subscript !== null && !(args instanceof PyTupleObject) && !(args instanceof PyUnicodeObject)) {
      this.getItem = (key) => {
        const k = PyUnicode_FromString(key);
        try {
          const v = PyObject_GetItem(args, k);
          this.owned.push(v);
          return v;
        } finally {
          decref(k);
        }
      };
    }
  }

  getArg(i: number): PyObject {
    return this.args instanceof PyTupleObject ? this.args.items[i] : this.args;
  }

  private text(s: PyUnicodeObject): string {
    const t = s.s;
    decref(s);
    return t;
  }

  str(a: PyObject): string {
    if (a.ob_type === PyUnicode_Type) {
      this.lastStr = a as PyUnicodeObject;
      return (a as PyUnicodeObject).s;
    }
    return this.text(PyObject_Str(a));
  }

  repr(a: PyObject): string {
    return this.text(PyObject_Repr(a));
  }

  ascii(a: PyObject): string {
    return this.text(PyObject_ASCII(a));
  }

  typeName(a: PyObject): string {
    return a.ob_type.tp_name;
  }

  exactInt(a: PyObject): PyInt | null {
    return a instanceof PyLongObject ? a.v : null;
  }

  /** mainformatlong: PyNumber_Long for %d/%i/%u, __index__ for %o/%x/%X. */
  toInt(a: PyObject, code: string): PyInt | null {
    if (a instanceof PyLongObject) return a.v;
    if (!numberCheck(a)) return null;
    try {
      if (code === 'o' || code === 'x' || code === 'X') {
        const i = PyNumber_Index(a);
        const v = i.v;
        decref(i);
        return v;
      }
      const t = a.ob_type;
      const f = t.nb_int ?? t.nb_index;
      if (f === null) raise(PyExc_TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${t.tp_name}'`);
      const r = f(a);
      try {
        return intValueOf(r);
      } finally {
        decref(r);
      }
    } catch (e) {
      if (isTypeError(e)) {
        decref(e.exc);
        return null;
      }
      throw e;
    }
  }

  /** PyFloat_AsDouble: __float__, then __index__. */
  toFloat(a: PyObject): number | null {
    if (a instanceof PyFloatObject) return a.v;
    const t = a.ob_type;
    if (t.nb_float !== null) {
      const r = t.nb_float(a);
      try {
        if (!(r instanceof PyFloatObject)) {
          raise(PyExc_TypeError, `${t.tp_name}.__float__ returned non-float (type ${r.ob_type.tp_name})`);
        }
        return r.v;
      } finally {
        decref(r);
      }
    }
    if (t.nb_index !== null) {
      const i = PyNumber_Index(a);
      const v = i.v;
      decref(i);
      const x = Number(v);
      if (!Number.isFinite(x)) raise(PyExc_OverflowError, 'int too large to convert to float');
      return x;
    }
    return null;
  }

  charOf(a: PyObject): string | PyInt | null {
    if (a instanceof PyUnicodeObject) return a.length === 1 ? a.s : null;
    if (a.ob_type.nb_index === null) return null;
    try {
      const i = PyNumber_Index(a);
      const v = i.v;
      decref(i);
      return v;
    } catch (e) {
      if (isTypeError(e)) {
        decref(e.exc);
        return null;
      }
      throw e;
    }
  }

  release(): void {
    for (const o of this.owned) decref(o);
    this.owned = [];
  }
}

/** CPython 3.11: Objects/unicodeobject.c PyUnicode_Format (`format % args`). */
export function PyUnicode_Format(format: PyUnicodeObject, args: PyObject): PyObject {
  const host = new UnicodeFormatHost(args);
  let text: string;
  try {
    text = numCall(() => percentFormat(format.s, host));
    // One %s and nothing else: the writer kept the argument itself (readonly).
    const last = host.lastStr;
    if (last !== null && text === last.s && text.length > 0 && SINGLE_S.test(format.s)) return newref(last);
  } finally {
    host.release();
  }
  return PyUnicode_FromString(text);
}

// ---------------------------------------------------------------------------------------------
// Start-up
// ---------------------------------------------------------------------------------------------

/**
 * Installs int's and float's __format__ and their other methods and constructors (int(),
 * float()). The interpreter calls it at start-up, before PyType_Ready runs over the static types.
 */
export function initNumberFormatting(): void {
  initLongMethods();
  initFloatMethods();
}

export { PyExc_SystemError, PyFloat_Type };
