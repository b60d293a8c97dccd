/**
 * printf-style formatting of bytes and bytearray (`b'%s %d' % args`, PEP 461).
 * CPython 3.11: Objects/bytesobject.c _PyBytes_FormatEx (with getnextarg, format_obj,
 * formatlong, formatfloat, byte_converter) and Objects/unicodeobject.c _PyUnicode_FormatLong.
 *
 * The result is built in a _PyBytesWriter (bytes_writer.ts) as CPython builds it: the format's
 * length reserved at the start, each conversion's padded width reserved before it is written,
 * over-allocation (bytes only) until the last conversion. The temporaries are CPython's: the
 * str of ascii() for %r/%a, the bytes of __bytes__ or of a buffer for %s/%b, the str (and
 * zero-padding bytes) of _PyUnicode_FormatLong, PyOS_double_to_string's buffer and the bytes
 * made of it. Each lives until its conversion is written.
 */
import type { PyObject } from './pyobject.ts';
import { decref, newref } from '../memory/refcount.ts';
import { PyErr, raise } from '../vm/errors.ts';
import { PyExc_MemoryError, PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from './exceptions.ts';
import { PyObject_GetItem, PyNumber_Index, callNoArgs } from './abstract.ts';
import { PyObject_TypeCheck } from './object.ts';
import { PyLongObject, PyLong_Type } from './longobject.ts';
import { PyFloatObject, PyFloat_AsDouble } from './floatobject.ts';
import { PyTupleObject } from './tupleobject.ts';
import { PyUnicodeObject, PyObject_ASCII, latin1Char, unicodeNew } from './unicodeobject.ts';
import { lookupStr } from './typeobject.ts';
import { PyBytesObject, PyBytes_FromBytes, bytesLikeView, bytesNew } from './bytesobject.ts';
import { PyByteArrayObject } from './bytearrayobject.ts';
import { type PyInt, intToBaseString, intToDecimalString } from './longmath.ts';
import { DtsFlag, type DtsCode, doubleStringBuffer, doubleStringOf, freeDoubleString } from './pystrtod.ts';
import { numCall, numberCheck } from './formatting.ts';
import { PyNumber_Long } from './long_methods.ts';
import { withDecimalScratch } from './long_to_decimal.ts';
import { BytesWriter } from './bytes_writer.ts';

/** The conversion flags, as Objects/bytesobject.c F_*. */
const enum F {
  LJUST = 1,
  SIGN = 2,
  BLANK = 4,
  ALT = 8,
  ZERO = 16,
}

const enum FormatLayout {
  /** The bytes _PyBytesWriter_Alloc reserved for a conversion ("%s", "%d": its 2 characters). */
  PREALLOCATED = 2,
  INT_MAX = 2147483647,
  /** NON-CPYTHON: the largest object the kernel makes (as bytesobject.ts allocBytes). */
  MAX_OBJECT = 1 << 30,
}

const PY_SSIZE_T_MAX = 9223372036854775807n;

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

function isTypeError(e: unknown): e is PyErr {
  return e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_TypeError);
}

/** A conversion's text and the object holding it (released once the text is written). */
interface Converted {
  text: string;
  temp: PyObject | null;
}

/**
 * CPython 3.11: format_obj: a bytes or bytearray argument itself, the bytes __bytes__ returns,
 * or a copy of the buffer (_PyBytes_FromBuffer: PyBytes_FromStringAndSize(NULL, len)).
 */
function formatObj(v: PyObject): Converted {
  if (v instanceof PyBytesObject || v instanceof PyByteArrayObject) {
    return { text: latin1(bytesLikeView(v)!), temp: newref(v) };
  }
  const func = _PyObject_LookupSpecial(v, '__bytes__');
  if (func !== null) {
    let r: PyObject;
    try {
      r = callNoArgs(func);
    } finally {
      decref(func);
    }
    if (!(r instanceof PyBytesObject)) {
      const name = r.ob_type.tp_name;
      decref(r);
      raise(PyExc_TypeError, `__bytes__ returned non-bytes (type ${name})`);
    }
    return { text: latin1(r.b), temp: r };
  }
  const view = bytesLikeView(v);
  if (view !== null) {
    const copy = bytesNew(view.slice());
    return { text: latin1(copy.b), temp: copy };
  }
  raise(PyExc_TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${v.ob_type.tp_name}'`);
}

/**
 * CPython 3.11: _PyObject_LookupSpecial: the attribute found on the type, bound through its
 * __get__ (a new bound method for a function).
 */
function _PyObject_LookupSpecial(self: PyObject, name: string): PyObject | null {
  const descr = lookupStr(self.ob_type, name);
  if (descr === null) return null;
  const get = descr.ob_type.tp_descr_get;
  return get !== null ? get(descr, self, self.ob_type) : newref(descr);
}

/**
 * PyNumber_ToBase(val, base) as _PyUnicode_FormatLong calls it: _PyLong_Format's new str, the
 * base prefix included ("0x", "0o"); base 10 converts through the decimal scratch int.
 */
function PyNumber_ToBase(n: PyInt, base: 8 | 10 | 16): PyUnicodeObject {
  if (base === 10) {
    const text = numCall(() => intToDecimalString(n));
    return withDecimalScratch(n, () => unicodeNew(text));
  }
  return unicodeNew(intToBaseString(n, base, true));
}

/**
 * CPython 3.11: Objects/unicodeobject.c _PyUnicode_FormatLong: the digits as a str, the base
 * prefix dropped unless `alt`, zero-padded to `prec` digits (through a bytes object), 'X' in
 * upper case. A str whose characters moved is copied into a new one (_PyUnicode_FromASCII).
 */
function _PyUnicode_FormatLong(val: PyInt, alt: boolean, prec: number, type: string): PyUnicodeObject {
  if (prec > FormatLayout.INT_MAX - 3) raise(PyExc_OverflowError, 'precision too large');
  const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  let result: PyObject = PyNumber_ToBase(val, base);
  let buf = (result as PyUnicodeObject).s;
  const sign = buf[0] === '-' ? 1 : 0;
  let numnondigits = (base === 10 ? 0 : 2) + sign;
  const numdigits = buf.length - numnondigits;
  let moved = false;
  if (!alt && base !== 10) {
    // Get rid of the base marker.
    numnondigits -= 2;
    buf = buf.slice(0, sign) + buf.slice(sign + 2);
    moved = true;
  }
  if (prec > numdigits) {
    const r1 = zeroPadded(buf, numnondigits, prec - numdigits);
    decref(result);
    result = r1;
    buf = latin1(r1.b);
    moved = true;
  }
  if (type === 'X') buf = buf.toUpperCase();
  if (!moved) {
    // Upper-cased in place.
    (result as PyUnicodeObject).s = buf;
    return result as PyUnicodeObject;
  }
  const unicode = buf.length === 1 ? latin1Char(buf.charCodeAt(0)) : unicodeNew(buf);
  decref(result);
  return unicode;
}

/** PyBytes_FromStringAndSize(NULL, numnondigits + prec): the sign and prefix, zeros, digits. */
function zeroPadded(buf: string, numnondigits: number, zeros: number): PyBytesObject {
  const size = buf.length + zeros;
  if (size > FormatLayout.MAX_OBJECT) raise(PyExc_MemoryError, null);
  const b = new Uint8Array(size);
  let i = 0;
  for (; i < numnondigits; i++) b[i] = buf.charCodeAt(i);
  b.fill(48, i, i + zeros);
  for (let j = numnondigits; j < buf.length; j++) b[j + zeros] = buf.charCodeAt(j);
  return bytesNew(b);
}

/**
 * CPython 3.11: formatlong: an int goes to _PyUnicode_FormatLong as it is; another number
 * through int() (%d, %i, %u) or __index__ (%o, %x, %X), released after.
 */
function formatlong(v: PyObject, flags: number, prec: number, type: string): PyUnicodeObject {
  if (type === 'i') type = 'd';
  const alt = (flags & F.ALT) !== 0;
  if (v instanceof PyLongObject) return _PyUnicode_FormatLong(v.v, alt, prec, type);
  if (numberCheck(v)) {
    let iobj: PyLongObject | null = null;
    try {
      iobj = (type === 'o' || type === 'x' || type === 'X' ? PyNumber_Index(v) : PyNumber_Long(v)) as PyLongObject;
    } catch (e) {
      if (!isTypeError(e)) throw e;
      decref(e.exc);
    }
    if (iobj !== null) {
      try {
        return _PyUnicode_FormatLong(iobj.v, alt, prec, type);
      } finally {
        decref(iobj);
      }
    }
  }
  const what = type === 'o' || type === 'x' || type === 'X' ? 'an integer' : 'a real number';
  raise(PyExc_TypeError, `%${type} format: ${what} is required, not ${v.ob_type.tp_name}`);
}

/**
 * CPython 3.11: formatfloat: PyOS_double_to_string's PyMem_Malloc'd text is copied into the
 * writer (the fast path, `writer` given) or into a new bytes object (returned), then freed.
 */
function formatfloat(v: PyObject, flags: number, prec: number, type: string, writer: BytesWriter | null): PyBytesObject | null {
  let x: number;
  try {
    x = PyFloat_AsDouble(v);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    decref(e.exc);
    raise(PyExc_TypeError, `float argument required, not ${v.ob_type.tp_name}`);
  }
  const buf = doubleStringBuffer(doubleStringOf(x, type as DtsCode, prec < 0 ? 6 : prec, flags & F.ALT ? DtsFlag.ALT : 0));
  try {
    if (writer !== null) {
      writer.writeBytes(buf.text);
      return null;
    }
    return PyBytes_FromBytes(Uint8Array.from(buf.text, (ch) => ch.charCodeAt(0)));
  } finally {
    freeDoubleString(buf);
  }
}

/** CPython 3.11: byte_converter: %c of a one-byte bytes or bytearray, or of an int < 256. */
function byteConverter(v: PyObject): string {
  if ((v instanceof PyBytesObject || v instanceof PyByteArrayObject)) {
    const b = bytesLikeView(v)!;
    if (b.length === 1) return String.fromCharCode(b[0]);
  }
  let iv: PyInt;
  if (v instanceof PyLongObject) iv = v.v;
  else {
    try {
      const i = PyNumber_Index(v);
      iv = i.v;
      decref(i);
    } catch (e) {
      if (!isTypeError(e)) throw e;
      decref(e.exc);
      raise(PyExc_TypeError, '%c requires an integer in range(256) or a single byte');
    }
  }
  if (typeof iv === 'bigint' || iv < 0 || iv > 255) raise(PyExc_OverflowError, '%c arg not in range(256)');
  return String.fromCharCode(iv);
}

/** The parsed conversion specifier. */
interface Spec {
  flags: number;
  width: number;
  prec: number;
  c: string;
}

/** The state of _PyBytes_FormatEx: the format cursor, the arguments and the writer. */
class BytesFormatter {
  readonly fmt: string;
  pos = 0;
  /** fmtcnt: the format characters left. */
  cnt: number;
  args: PyObject;
  arglen: number;
  argidx: number;
  readonly dict: PyObject | null;
  /** args_owned: args is the item a %(key) looked up. */
  owned = false;

  constructor(
    format: Uint8Array,
    args: PyObject,
    readonly writer: BytesWriter,
  ) {
    this.fmt = latin1(format);
    this.cnt = this.fmt.length;
    this.args = args;
    if (args instanceof PyTupleObject) {
      this.arglen = args.items.length;
      this.argidx = 0;
    } else {
      this.arglen = -1;
      this.argidx = -2;
    }
    this.dict = args.ob_type.mp_subscript !== null && !(args instanceof PyTupleObject) && !(args instanceof PyBytesObject) &&
      !(args instanceof PyUnicodeObject) && !(args instanceof PyByteArrayObject) ? args : null;
  }

  /** CPython 3.11: getnextarg */
  nextArg(): PyObject {
    const a = this.argidx;
    if (a < this.arglen) {
      this.argidx++;
      if (this.arglen < 0) return this.args;
      return (this.args as PyTupleObject).items[a];
    }
    raise(PyExc_TypeError, 'not enough arguments for format string');
  }

  /** The format character at the cursor, advancing (`*fmt++`). */
  next(): string {
    return this.fmt[this.pos++];
  }

  /** The main loop of _PyBytes_FormatEx. */
  run(): void {
    while (--this.cnt >= 0) {
      if (this.fmt[this.pos] !== '%') this.literal();
      else this.conversion();
    }
    if (this.argidx < this.arglen && this.dict === null) {
      raise(PyExc_TypeError, 'not all arguments converted during bytes formatting');
    }
  }

  /** A run of bytes up to the next '%', copied into the room reserved for the format. */
  literal(): void {
    let next = this.fmt.indexOf('%', this.pos + 1);
    if (next < 0) next = this.fmt.length;
    this.writer.write(this.fmt.slice(this.pos, next));
    this.cnt -= next - this.pos - 1;
    this.pos = next;
  }

  /** A format specifier: parsed, its argument converted and written. */
  conversion(): void {
    this.pos++;
    if (this.fmt[this.pos] === '%') {
      this.writer.write('%');
      this.pos++;
      this.cnt--;
      return;
    }
    if (this.fmt[this.pos] === '(') this.mappingKey();
    const spec = this.parseSpec();
    const v = this.nextArg();
    if (this.cnt === 0) {
      // The last write: no writer overallocation.
      this.writer.overallocate = false;
    }
    const conv = this.convert(spec, v);
    if (conv === null) return;
    try {
      const pad = padding(conv.text, spec);
      // The 2 bytes of the specifier were reserved with the format.
      if (pad.alloc > FormatLayout.PREALLOCATED) this.writer.prepare(pad.alloc - FormatLayout.PREALLOCATED);
      this.writer.write(padded(pad, spec));
      if (this.dict !== null && this.argidx < this.arglen) {
        raise(PyExc_TypeError, 'not all arguments converted during bytes formatting');
      }
    } finally {
      if (conv.temp !== null) decref(conv.temp);
    }
  }

  /** `%(key)`: the argument becomes dict[key] (a bytes key). */
  mappingKey(): void {
    if (this.dict === null) raise(PyExc_TypeError, 'format requires a mapping');
    this.pos++;
    this.cnt--;
    const keystart = this.pos;
    let pcount = 1;
    while (pcount > 0 && --this.cnt >= 0) {
      const ch = this.next();
      if (ch === ')') pcount--;
      else if (ch === '(') pcount++;
    }
    if (this.cnt < 0 || pcount > 0) raise(PyExc_ValueError, 'incomplete format key');
    const keyText = this.fmt.slice(keystart, this.pos - 1);
    const key = PyBytes_FromBytes(Uint8Array.from(keyText, (ch) => ch.charCodeAt(0)));
    try {
      this.releaseArgs();
      this.args = PyObject_GetItem(this.dict, key);
      this.owned = true;
    } finally {
      decref(key);
    }
    this.arglen = -1;
    this.argidx = -2;
  }

  /** Py_DECREF(args) when args_owned. */
  releaseArgs(): void {
    if (this.owned) {
      this.owned = false;
      decref(this.args);
    }
  }

  /** The flags, width, precision and length modifier of a specifier, up to its type. */
  parseSpec(): Spec {
    const spec: Spec = { flags: 0, width: -1, prec: -1, c: '' };
    while (--this.cnt >= 0) {
      const c = this.next();
      spec.c = c;
      if (c === '-') spec.flags |= F.LJUST;
      else if (c === '+') spec.flags |= F.SIGN;
      else if (c === ' ') spec.flags |= F.BLANK;
      else if (c === '#') spec.flags |= F.ALT;
      else if (c === '0') spec.flags |= F.ZERO;
      else break;
    }
    this.parseWidth(spec);
    if (spec.c === '.') this.parsePrecision(spec);
    if (this.cnt >= 0 && (spec.c === 'h' || spec.c === 'l' || spec.c === 'L')) {
      if (--this.cnt >= 0) spec.c = this.next();
    }
    if (this.cnt < 0) raise(PyExc_ValueError, 'incomplete format');
    return spec;
  }

  /** Width: `*` (an int argument) or digits. */
  parseWidth(spec: Spec): void {
    let c = spec.c;
    if (c === '*') {
      const v = this.nextArg();
      if (!(v instanceof PyLongObject)) raise(PyExc_TypeError, '* wants int');
      if (typeof v.v === 'bigint') raise(PyExc_OverflowError, 'Python int too large to convert to C ssize_t');
      spec.width = v.v;
      if (spec.width < 0) {
        spec.flags |= F.LJUST;
        spec.width = -spec.width;
      }
      if (--this.cnt >= 0) spec.c = this.next();
    } else if (c >= '0' && c <= '9') {
      let w = BigInt(c.charCodeAt(0) - 48);
      while (--this.cnt >= 0) {
        c = this.next();
        if (!(c >= '0' && c <= '9')) break;
        w = w * 10n + BigInt(c.charCodeAt(0) - 48);
        if (w > PY_SSIZE_T_MAX) raise(PyExc_ValueError, 'width too big');
      }
      spec.c = c;
      spec.width = Number(w);
    }
  }

  /** Precision after '.': `*` (an int argument) or digits. */
  parsePrecision(spec: Spec): void {
    spec.prec = 0;
    if (--this.cnt >= 0) spec.c = this.next();
    let c = spec.c;
    if (c === '*') {
      const v = this.nextArg();
      if (!(v instanceof PyLongObject)) raise(PyExc_TypeError, '* wants int');
      if (typeof v.v === 'bigint' || v.v > FormatLayout.INT_MAX || v.v < -FormatLayout.INT_MAX - 1) {
        raise(PyExc_OverflowError, 'Python int too large to convert to C int');
      }
      spec.prec = Math.max(v.v, 0);
      if (--this.cnt >= 0) spec.c = this.next();
    } else if (c >= '0' && c <= '9') {
      let prec = c.charCodeAt(0) - 48;
      while (--this.cnt >= 0) {
        c = this.next();
        if (!(c >= '0' && c <= '9')) break;
        const d = c.charCodeAt(0) - 48;
        if (prec > (FormatLayout.INT_MAX - d) / 10) raise(PyExc_ValueError, 'prec too big');
        prec = prec * 10 + d;
      }
      spec.c = c;
      spec.prec = prec;
    }
  }

  /**
   * The switch on the type of _PyBytes_FormatEx: the text to pad and the temporary holding it,
   * or null when a fast path wrote straight into the writer.
   */
  convert(spec: Spec, v: PyObject): Converted | null {
    const { c, prec } = spec;
    switch (c) {
      case 'r': case 'a': {
        const temp = PyObject_ASCII(v);
        return { text: truncated(temp.s, prec), temp };
      }
      case 's': case 'b': {
        const conv = formatObj(v);
        conv.text = truncated(conv.text, prec);
        return conv;
      }
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        if (this.intFastPath(spec, v)) return null;
        return this.numeric(formatlong(v, spec.flags, prec, c));
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        if (spec.width === -1 && prec === -1 && !(spec.flags & (F.SIGN | F.BLANK))) {
          this.writer.minSize -= FormatLayout.PREALLOCATED;
          formatfloat(v, spec.flags, prec, c, this.writer);
          return null;
        }
        return this.numeric(formatfloat(v, spec.flags, prec, c, null)!);
      case 'c': {
        const onechar = byteConverter(v);
        if (spec.width === -1) {
          this.writer.write(onechar);
          return null;
        }
        return { text: onechar, temp: null };
      }
      default:
        raise(PyExc_ValueError, `unsupported format character '${c}' (0x${c.charCodeAt(0).toString(16)}) at index ${this.pos - 1}`);
    }
  }

  /** A number's text and the temporary holding it (the str of formatlong, the bytes of formatfloat). */
  numeric(temp: PyUnicodeObject | PyBytesObject): Converted {
    const text = temp instanceof PyUnicodeObject ? temp.s : latin1(temp.b);
    return { text, temp };
  }

  /**
   * The %d/%x/%o fast path of an exact int without width, precision, sign or blank:
   * _PyLong_FormatBytesWriter writes the digits straight in (base 10 while the decimal scratch
   * int is alive), in place of the 2 bytes reserved for the specifier.
   */
  intFastPath(spec: Spec, v: PyObject): boolean {
    const { c } = spec;
    if (v.ob_type !== PyLong_Type || spec.width !== -1 || spec.prec !== -1 || spec.flags & (F.SIGN | F.BLANK) || c === 'X') {
      return false;
    }
    const n = (v as PyLongObject).v;
    this.writer.minSize -= FormatLayout.PREALLOCATED;
    if (c === 'o' || c === 'x') {
      this.writer.writeBytes(intToBaseString(n, c === 'o' ? 8 : 16, (spec.flags & F.ALT) !== 0));
    } else {
      const text = numCall(() => intToDecimalString(n));
      withDecimalScratch(n, () => this.writer.writeBytes(text));
    }
    return true;
  }
}

function truncated(text: string, prec: number): string {
  return prec >= 0 && text.length > prec ? text.slice(0, prec) : text;
}

/** The sign and width of a conversion, as _PyBytes_FormatEx works them out before writing. */
interface Padding {
  buf: string;
  /** The sign character to write ('' for none) and where the text after it starts. */
  signchar: string;
  start: number;
  /** The text's length without its sign, and the field's width. */
  len: number;
  width: number;
  fill: string;
  /** `alloc`: the bytes the padded text takes. */
  alloc: number;
}

/** CPython 3.11: the sign and width step of _PyBytes_FormatEx: the room the text needs. */
function padding(buf: string, spec: Spec): Padding {
  const { flags, c } = spec;
  const numeric = 'idouxXeEfFgG'.includes(c);
  const fill = numeric && flags & F.ZERO ? '0' : ' ';
  let len = buf.length;
  let start = 0;
  let signchar = '';
  if (numeric) {
    if (buf[0] === '-' || buf[0] === '+') {
      signchar = buf[0];
      start = 1;
      len--;
    } else if (flags & F.SIGN) signchar = '+';
    else if (flags & F.BLANK) signchar = ' ';
  }
  const width = Math.max(spec.width, len);
  const alloc = signchar !== '' && len === width ? width + 1 : width;
  return { buf, signchar, start, len, width, fill, alloc };
}

/**
 * CPython 3.11: the writing step of _PyBytes_FormatEx: the sign, the "0x"/"0o" prefix of the
 * alternate form and the fill, around the text (`alloc` bytes in all).
 */
function padded(pad: Padding, spec: Spec): string {
  const { flags, c } = spec;
  const { buf, signchar, fill } = pad;
  let { start: p, len, width } = pad;
  let out = '';
  if (signchar !== '') {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  const alt = (flags & F.ALT) !== 0 && (c === 'x' || c === 'X' || c === 'o');
  if (alt) {
    if (fill !== ' ') {
      out += buf.slice(p, p + 2);
      p += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F.LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    out += signchar;
    if (alt) {
      out += buf.slice(p, p + 2);
      p += 2;
    }
  }
  out += buf.slice(p, p + len);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}

/**
 * CPython 3.11: Objects/bytesobject.c _PyBytes_FormatEx: `bytes % args` (a bytes result) and,
 * with `useBytearray`, `bytearray % args` (a bytearray result, built without overallocation).
 */
export function _PyBytes_FormatEx(format: Uint8Array, args: PyObject, useBytearray: boolean): PyObject {
  const writer = new BytesWriter(useBytearray);
  writer.alloc(format.length);
  if (!useBytearray) writer.overallocate = true;
  const f = new BytesFormatter(format, args, writer);
  try {
    f.run();
  } catch (e) {
    writer.dealloc();
    f.releaseArgs();
    throw e;
  }
  f.releaseArgs();
  return writer.finish();
}

/** The name the bytes and bytearray types call. */
export const bytesFormat = _PyBytes_FormatEx;
