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
import { memFree, memMalloc } from '../memory/heap.ts';
import { PyErr, raise } from '../vm/errors.ts';
import {
  PyExc_IndexError, PyExc_MemoryError, PyExc_OverflowError, PyExc_SystemError, PyExc_TypeError, PyExc_ValueError,
  PyExc_ZeroDivisionError,
} from './exceptions.ts';
import { PyObject_Repr, PyObject_Str, PyObject_TypeCheck } from './object.ts';
import { PyLongObject, PyLong_Type } from './longobject.ts';
import { PyFloatObject, PyFloat_AsDouble, PyFloat_FromDouble, PyFloat_Type } from './floatobject.ts';
import { PyObject_GetItem, PyNumber_Index } from './abstract.ts';
import { PyTupleObject } from './tupleobject.ts';
import { callSpecial } from './typeobject.ts';
import { noKeywords } from './getargs.ts';
import { PyObject_ASCII, PyUnicodeObject, PyUnicode_FromString, PyUnicode_Type, emptyStr, unicodeNew } from './unicodeobject.ts';
import { NumError, type PyInt, intToBaseString, intToDecimalString, intToFloat } from './longmath.ts';
import {
  type ComplexFormatSteps, type FloatFormatSteps, type InternalFormatSpec, LocaleType, formatFloatSteps, formatInt, formatStr,
  parseFormatSpec,
} from './formatter_unicode.ts';
import { type PercentFormatHost, type PercentWriter, percentFormat } from './unicode_format.ts';
import { initLongMethods } from './long_methods.ts';
import { initFloatMethods } from './float_methods.ts';
import { UnicodeWriter } from './unicode_writer.ts';
import { withDecimalScratch } from './long_to_decimal.ts';
import { type DoubleString, type DoubleStringBuffer, doubleStringBuffer, freeDoubleString } from './pystrtod.ts';

export { UnicodeWriter };

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
    if (obj.ob_type === PyLong_Type) {
      // _PyLong_FormatWriter: long_to_decimal_string_internal writing into the writer.
      const text = numCall(() => formatInt(obj.v, '', 'int'));
      withDecimalScratch(obj.v, () => writer.writeText(text));
    }
    else formatObjInto(writer, obj);
    return;
  }
  const text = numCall(() => formatInt(obj.v, spec, obj.ob_type.tp_name));
  const f = parseFormatSpec(spec, 'd', '>', obj.ob_type.tp_name);
  if (isFloatType(f.type)) {
    // tmp = PyNumber_Float(obj); format_float_internal(tmp, &format, writer)
    const tmp = PyFloat_FromDouble(intToFloat(obj.v));
    try {
      formatFloatInternalInto(writer, formatFloatSteps(tmp.v, spec, obj.ob_type.tp_name));
    } finally {
      decref(tmp);
    }
    return;
  }
  formatLongTemporary(obj, f, () => writer.writeText(text));
}

/** The presentation types _PyLong_FormatAdvancedWriter formats as a float. */
function isFloatType(type: string): boolean {
  return type === 'e' || type === 'E' || type === 'f' || type === 'F' || type === 'g' || type === 'G' || type === '%';
}

/**
 * CPython 3.11: Python/formatter_unicode.c format_long_internal's allocations around the write:
 * the fast path writes the digits straight into the writer (base 10 through the decimal
 * scratch); otherwise `tmp = _PyLong_Format(value, base)` (a new str, its prefix included) is
 * alive while the padded result is written. 'c' and the float types make no int string.
 */
function formatLongTemporary(obj: PyLongObject, f: InternalFormatSpec, write: () => void): void {
  const base = f.type === 'b' ? 2 : f.type === 'o' ? 8 : f.type === 'x' || f.type === 'X' ? 16 : f.type === 'd' || f.type === 'n' ? 10 : 0;
  if (base === 0) {
    write();
    return;
  }
  const fast = f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'X' && f.type !== 'n' &&
    f.thousands === LocaleType.NO_LOCALE && obj.ob_type === PyLong_Type;
  if (fast) {
    if (base === 10) withDecimalScratch(obj.v, write);
    else write();
    return;
  }
  const tmp = base === 10
    ? withDecimalScratch(obj.v, () => unicodeNew(intToDecimalString(obj.v)))
    : unicodeNew(intToBaseString(obj.v, base, true));
  try {
    write();
  } finally {
    decref(tmp);
  }
}

/** CPython 3.11: _PyFloat_FormatAdvancedWriter */
export function floatFormatInto(writer: UnicodeWriter, obj: PyFloatObject, spec: string): void {
  if (spec.length === 0) {
    formatObjInto(writer, obj);
    return;
  }
  formatFloatInternalInto(writer, numCall(() => formatFloatSteps(obj.v, spec, obj.ob_type.tp_name)));
}

/**
 * CPython 3.11: Python/formatter_unicode.c format_float_internal, its memory: the buffer of
 * PyOS_double_to_string is written with _PyUnicodeWriter_WriteASCIIString on the fast path;
 * otherwise it becomes a str (unicode_tmp) and is freed, the writer is prepared for the whole
 * laid-out number and filled, and unicode_tmp is released.
 */
function formatFloatInternalInto(writer: UnicodeWriter, steps: FloatFormatSteps): void {
  const buf = doubleStringBuffer(steps.dts);
  if (steps.fast) {
    try {
      writer.writeASCII(steps.buf);
    } finally {
      freeDoubleString(buf);
    }
    return;
  }
  let tmp: PyObject;
  try {
    tmp = PyUnicode_FromString(steps.buf); // _PyUnicode_FromASCII
  } finally {
    freeDoubleString(buf);
  }
  // get_locale_info: LT_CURRENT_LOCALE ('n') copies localeconv()'s grouping ("" in the C
  // locale) with _PyMem_Strdup; free_locale_info releases it after unicode_tmp.
  const grouping = steps.currentLocale ? memMalloc(LocaleLayout.C_GROUPING_STRDUP) : 0;
  try {
    writer.writeText(steps.text);
  } finally {
    decref(tmp);
    memFree(grouping);
  }
}

/**
 * CPython 3.11: Python/formatter_unicode.c format_complex_internal, its memory: the buffers of
 * PyOS_double_to_string for the real and the imaginary part, a str made of each
 * (_PyUnicode_FromASCII), the current locale's grouping for 'n', the writer prepared for the
 * whole and filled; then both buffers, both strs and the grouping are released.
 */
export function complexFormatInternalInto(writer: UnicodeWriter, steps: ComplexFormatSteps): void {
  const reBuf = doubleStringBuffer(steps.re);
  let imBuf: DoubleStringBuffer | null = null;
  let reTmp: PyObject | null = null;
  let imTmp: PyObject | null = null;
  let grouping = 0;
  try {
    imBuf = doubleStringBuffer(steps.im);
    reTmp = PyUnicode_FromString(steps.re.text);
    imTmp = PyUnicode_FromString(steps.im.text);
    if (steps.currentLocale) grouping = memMalloc(LocaleLayout.C_GROUPING_STRDUP);
    writer.writeText(steps.text);
  } finally {
    freeDoubleString(reBuf);
    if (imBuf !== null) freeDoubleString(imBuf);
    if (reTmp !== null) decref(reTmp);
    if (imTmp !== null) decref(imTmp);
    memFree(grouping);
  }
}

export const enum LocaleLayout {
  /** _PyMem_Strdup(lc->grouping) of the C locale: "" and its NUL. */
  C_GROUPING_STRDUP = 1,
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

function isTypeError(e: unknown): e is PyErr {
  return e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_TypeError);
}

/** PyNumber_Check */
export function numberCheck(o: PyObject): boolean {
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
  /** References the host owns until the formatting ends (mapping lookups). */
  owned: PyObject[] = [];
  /** The str the last %s/%r/%a made (or the exact str argument), until it is written. */
  private pending: PyUnicodeObject | null = null;
  readonly writer: PercentWriter<PyObject>;

  constructor(private args: PyObject, out: UnicodeWriter) {
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
    this.writer = new UnicodeFormatWriter(this, out);
  }

  /** The str the last conversion made, for the writer (unicode_format_arg_output). */
  pendingStr(): PyUnicodeObject {
    return this.pending!;
  }

  releasePending(): void {
    const p = this.pending;
    this.pending = null;
    if (p !== null) decref(p);
  }

  getArg(i: number): PyObject {
    return this.args instanceof PyTupleObject ? this.args.items[i] : this.args;
  }

  /** The converted str is kept until the writer has it (unicode_format_arg_output). */
  private text(s: PyUnicodeObject): string {
    this.takePending(s);
    return s.s;
  }

  takePending(s: PyUnicodeObject): void {
    this.releasePending();
    this.pending = s;
  }

  str(a: PyObject): string {
    return this.text(a.ob_type === PyUnicode_Type ? newref(a as PyUnicodeObject) : PyObject_Str(a) as PyUnicodeObject);
  }

  repr(a: PyObject): string {
    return this.text(PyObject_Repr(a) as PyUnicodeObject);
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

  /** PyFloat_AsDouble, or null when `a` has neither __float__ nor __index__ (the caller's TypeError). */
  toFloat(a: PyObject): number | null {
    if (!(a instanceof PyFloatObject) && a.ob_type.nb_float === null && a.ob_type.nb_index === null) return null;
    return PyFloat_AsDouble(a);
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
    this.releasePending();
    for (const o of this.owned) decref(o);
    this.owned = [];
  }
}

/** The writes of a str's printf-style formatting into its _PyUnicodeWriter. */
class UnicodeFormatWriter implements PercentWriter<PyObject> {
  constructor(private readonly host: UnicodeFormatHost, private readonly out: UnicodeWriter) {}

  overallocate(on: boolean): void {
    this.out.overallocate = on;
  }

  text(s: string): void {
    this.out.writeText(s);
  }

  converted(): void {
    this.out.writeStr(this.host.pendingStr());
  }

  exactInt(a: PyObject): boolean {
    return a.ob_type === PyLong_Type;
  }

  /** _PyLong_FormatWriter: base 10 converts through the scratch int; 8 and 16 write directly. */
  intDigits(a: PyObject, s: string, base: number): void {
    if (base === 10) withDecimalScratch((a as PyLongObject).v, () => this.out.writeText(s));
    else this.out.writeText(s);
  }

  formatFloat(dts: DoubleString, fast: boolean): void {
    const buf = doubleStringBuffer(dts);
    try {
      if (fast) this.out.writeASCII(dts.text);
      else this.host.takePending(PyUnicode_FromString(dts.text)); // _PyUnicode_FromASCII
    } finally {
      freeDoubleString(buf);
    }
  }

  argDone(): void {
    this.host.releasePending();
  }
}

/**
 * CPython 3.11: Objects/unicodeobject.c PyUnicode_Format (`format % args`): the result is built
 * in a _PyUnicodeWriter with min_length the format's length plus 100, over-allocating until the
 * last piece (so `'%s' % s` is s itself: the readonly case).
 */
export function PyUnicode_Format(format: PyUnicodeObject, args: PyObject): PyObject {
  const writer = new UnicodeWriter();
  writer.minLength = format.length + PERCENT_MIN_LENGTH_EXTRA;
  writer.overallocate = true;
  const host = new UnicodeFormatHost(args, writer);
  try {
    numCall(() => percentFormat(format.s, host, format.cps !== null));
  } catch (e) {
    writer.dealloc();
    throw e;
  } finally {
    host.release();
  }
  return writer.finish();
}

/** PyUnicode_Format: ctx.writer.min_length = ctx.fmtcnt + 100. */
const PERCENT_MIN_LENGTH_EXTRA = 100;

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
