/**
 * The built-in codecs of str and bytes: UTF-8, ASCII, Latin-1 (and UTF-16/UTF-32), their
 * error handlers, and the UnicodeEncodeError / UnicodeDecodeError objects they raise.
 * CPython 3.11: Objects/unicodeobject.c (PyUnicode_Decode, PyUnicode_AsEncodedString,
 * unicode_encode_ucs1, PyUnicode_DecodeUTF8Stateful, unicode_encode_utf8, unicode_decode_call_errorhandler),
 * Objects/stringlib/codecs.h, Python/codecs.c (the error handlers), Objects/exceptions.c
 * (UnicodeEncodeError_str, UnicodeDecodeError_str), Lib/encodings/aliases.py (the names).
 *
 * NON-CPYTHON: there is no codec registry; the names CPython's encodings package maps to these
 * codecs are recognised directly, anything else is "unknown encoding".
 */
import type { PyObject } from './pyobject.ts';
import { decref } from '../memory/refcount.ts';
import { raise, raiseObject } from '../vm/errors.ts';
import {
  PyExc_LookupError, PyExc_TypeError, PyExc_UnicodeDecodeError, PyExc_UnicodeEncodeError,
  PyExc_UnicodeTranslateError, PyBaseExceptionObject, getField, newExceptionOfType, setField,
} from './exceptions.ts';
import { tupleFromArraySteal } from './tupleobject.ts';
import { PyLong_FromNumber, PyLongObject } from './longobject.ts';
import { strString } from './object.ts';
import {
  PyUnicodeObject, PyUnicode_FromString, escapeCodePoint, codePointAt, unicodeNew,
} from './unicodeobject.ts';
import { PyBytesObject, PyBytes_FromBytes, bytesLikeView } from './bytesobject.ts';

/** The codecs the kernel implements, by their canonical (error message) name. */
export type CodecName = 'utf-8' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

const ALIASES: Record<string, CodecName> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', utf8_ucs2: 'utf-8', utf8_ucs4: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', ansi_x3_4_1968: 'ascii', ansi_x3_4_1986: 'ascii',
  'ansi_x3.4_1968': 'ascii', cp367: 'ascii', csascii: 'ascii', ibm367: 'ascii', iso646_us: 'ascii',
  iso_646_irv_1991: 'ascii', iso_ir_6: 'ascii', us: 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', latin: 'latin-1', l1: 'latin-1', iso8859_1: 'latin-1',
  iso_8859_1: 'latin-1', '8859': 'latin-1', cp819: 'latin-1', csisolatin1: 'latin-1', ibm819: 'latin-1',
  iso_ir_100: 'latin-1', iso_8859_1_1987: 'latin-1',
  utf_16: 'utf-16', utf16: 'utf-16', u16: 'utf-16', utf_16le: 'utf-16-le', utf_16_le: 'utf-16-le',
  utf_16be: 'utf-16-be', utf_16_be: 'utf-16-be', unicodelittleunmarked: 'utf-16-le', unicodebigunmarked: 'utf-16-be',
  utf_32: 'utf-32', utf32: 'utf-32', u32: 'utf-32', utf_32le: 'utf-32-le', utf_32_le: 'utf-32-le',
  utf_32be: 'utf-32-be', utf_32_be: 'utf-32-be',
};

/**
 * CPython 3.11: Lib/encodings/__init__.py normalize_encoding + the aliases table: the codec an
 * encoding name designates, or null.
 */
export function lookupCodec(name: string): CodecName | null {
  if (name === 'utf-8') return 'utf-8';
  // Runs of non-alphanumeric characters (other than '.') become one '_'.
  const norm = name.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_|_$/g, '');
  return ALIASES[norm] ?? ALIASES[norm.replace(/\./g, '_')] ?? null;
}

/** The bytes-to-bytes and str-to-str codecs of the encodings package (by normalised name). */
const NON_TEXT = new Set([
  'rot13', 'rot_13', 'hex', 'hex_codec', 'base64', 'base_64', 'base64_codec', 'zlib', 'zip', 'zlib_codec',
  'bz2', 'bz2_codec', 'quopri', 'quopri_codec', 'quotedprintable', 'quoted_printable', 'uu', 'uu_codec',
]);

/**
 * CPython 3.11: Python/codecs.c _PyCodec_LookupTextEncoding: the codec, LookupError for unknown
 * names and for the codecs that are not text encodings.
 */
function codecOrRaise(encoding: string, decode = false): CodecName {
  const c = lookupCodec(encoding);
  if (c === null) {
    const norm = encoding.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_|_$/g, '');
    if (NON_TEXT.has(norm)) {
      raise(PyExc_LookupError, `'${encoding}' is not a text encoding; use codecs.${decode ? 'decode' : 'encode'}() to handle arbitrary codecs`);
    }
    raise(PyExc_LookupError, `unknown encoding: ${encoding}`);
  }
  return c;
}

const KNOWN_HANDLERS = new Set([
  'strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass', 'namereplace',
]);

/** Python/codecs.c PyCodec_LookupError */
function checkHandler(errors: string): void {
  if (!KNOWN_HANDLERS.has(errors)) raise(PyExc_LookupError, `unknown error handler name '${errors}'`);
}

// ---------------------------------------------------------------------------------------------
// The exceptions
// ---------------------------------------------------------------------------------------------

function unicodeErrorArgs(encoding: string, object: PyObject, start: number, end: number, reason: string): PyObject[] {
  object.ob_refcnt++;
  return [PyUnicode_FromString(encoding), object, PyLong_FromNumber(start), PyLong_FromNumber(end), PyUnicode_FromString(reason)];
}

/** A UnicodeError subclass instance with its five attributes (PyUnicodeEncodeError_Create...). */
function newUnicodeError(type: typeof PyExc_UnicodeEncodeError, encoding: string, object: PyObject, start: number, end: number, reason: string): PyBaseExceptionObject {
  const args = unicodeErrorArgs(encoding, object, start, end, reason);
  const e = newExceptionOfType(type, tupleFromArraySteal(args.slice()));
  const names = ['encoding', 'object', 'start', 'end', 'reason'];
  for (let i = 0; i < 5; i++) setField(e, names[i], args[i]);
  return e;
}

export function newUnicodeEncodeError(encoding: string, object: PyUnicodeObject, start: number, end: number, reason: string): PyBaseExceptionObject {
  return newUnicodeError(PyExc_UnicodeEncodeError, encoding, object, start, end, reason);
}

export function newUnicodeDecodeError(encoding: string, data: Uint8Array, start: number, end: number, reason: string): PyBaseExceptionObject {
  const obj = PyBytes_FromBytes(data.slice());
  try {
    return newUnicodeError(PyExc_UnicodeDecodeError, encoding, obj, start, end, reason);
  } finally {
    decref(obj);
  }
}

function fieldInt(e: PyBaseExceptionObject, name: string): number {
  const v = getField(e, name);
  return v instanceof PyLongObject && typeof v.v === 'number' ? v.v : 0;
}

function fieldStr(e: PyBaseExceptionObject, name: string): string {
  const v = getField(e, name);
  return v === null ? '' : strString(v);
}

/** CPython 3.11: Objects/exceptions.c UnicodeEncodeError_str (also UnicodeTranslateError_str). */
function unicodeEncodeErrorStr(o: PyObject, translate: boolean): PyObject {
  const e = o as PyBaseExceptionObject;
  const object = getField(e, 'object');
  if (object === null) return PyUnicode_FromString('');
  const start = fieldInt(e, 'start');
  const end = fieldInt(e, 'end');
  const reason = fieldStr(e, 'reason');
  const head = translate ? "can't translate" : `'${fieldStr(e, 'encoding')}' codec can't encode`;
  if (object instanceof PyUnicodeObject && start < object.length && end === start + 1) {
    const c = codePointAt(object, start);
    const esc = c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : escapeCodePoint(c);
    return PyUnicode_FromString(`${head} character '${esc}' in position ${start}: ${reason}`);
  }
  return PyUnicode_FromString(`${head} characters in position ${start}-${end - 1}: ${reason}`);
}

/** CPython 3.11: Objects/exceptions.c UnicodeDecodeError_str */
function unicodeDecodeErrorStr(o: PyObject): PyObject {
  const e = o as PyBaseExceptionObject;
  const object = getField(e, 'object');
  if (object === null) return PyUnicode_FromString('');
  const start = fieldInt(e, 'start');
  const end = fieldInt(e, 'end');
  const reason = fieldStr(e, 'reason');
  const encoding = fieldStr(e, 'encoding');
  const data = bytesLikeView(object);
  if (data !== null && start < data.length && end === start + 1) {
    const b = data[start].toString(16).padStart(2, '0');
    return PyUnicode_FromString(`'${encoding}' codec can't decode byte 0x${b} in position ${start}: ${reason}`);
  }
  return PyUnicode_FromString(`'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`);
}

/** Installs the codec exceptions' __str__ (called by initUnicode before PyType_Ready). */
export function initUnicodeErrors(): void {
  PyExc_UnicodeEncodeError.tp_str = (o) => unicodeEncodeErrorStr(o, false);
  PyExc_UnicodeTranslateError.tp_str = (o) => unicodeEncodeErrorStr(o, true);
  PyExc_UnicodeDecodeError.tp_str = unicodeDecodeErrorStr;
}

// ---------------------------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------------------------

/** A growable byte buffer for encoder output. */
class ByteWriter {
  buf = new Uint8Array(16);
  len = 0;
  push(b: number): void {
    if (this.len === this.buf.length) this.grow(this.len + 1);
    this.buf[this.len++] = b;
  }
  pushAscii(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  grow(n: number): void {
    let cap = this.buf.length * 2;
    while (cap < n) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

function codePoints(u: PyUnicodeObject): ArrayLike<number> {
  if (u.cps !== null) return u.cps;
  const s = u.s;
  const out = new Uint32Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

function putUtf8(w: ByteWriter, c: number): void {
  if (c < 0x80) w.push(c);
  else if (c < 0x800) {
    w.push(0xc0 | (c >> 6));
    w.push(0x80 | (c & 0x3f));
  } else if (c < 0x10000) {
    w.push(0xe0 | (c >> 12));
    w.push(0x80 | ((c >> 6) & 0x3f));
    w.push(0x80 | (c & 0x3f));
  } else {
    w.push(0xf0 | (c >> 18));
    w.push(0x80 | ((c >> 12) & 0x3f));
    w.push(0x80 | ((c >> 6) & 0x3f));
    w.push(0x80 | (c & 0x3f));
  }
}

/**
 * The encode side of Python/codecs.c's handlers for the unencodable run [start, end): writes the
 * replacement through `put`; raises for strict (and for handlers that cannot apply).
 */
function encodeErrorRun(
  codec: string, u: PyUnicodeObject, cps: ArrayLike<number>, start: number, end: number, reason: string,
  errors: string, limit: number, put: (c: number) => void, w: ByteWriter,
): void {
  const fail = (): never => raiseObject(newUnicodeEncodeError(codec, u, start, end, reason));
  switch (errors) {
    case 'strict':
      fail();
      break;
    case 'ignore':
      return;
    case 'replace':
      for (let i = start; i < end; i++) w.push(63);
      return;
    case 'backslashreplace':
      for (let i = start; i < end; i++) w.pushAscii(escapeCodePoint(cps[i]));
      return;
    case 'xmlcharrefreplace':
      for (let i = start; i < end; i++) w.pushAscii(`&#${cps[i]};`);
      return;
    case 'surrogateescape':
      for (let i = start; i < end; i++) {
        const c = cps[i];
        if (c < 0xdc80 || c > 0xdcff) fail();
      }
      for (let i = start; i < end; i++) w.push(cps[i] - 0xdc00);
      return;
    case 'surrogatepass':
      if (codec !== 'utf-8') fail();
      for (let i = start; i < end; i++) {
        if (!isSurrogate(cps[i])) fail();
      }
      for (let i = start; i < end; i++) put(cps[i]);
      return;
    case 'namereplace':
      // NON-CPYTHON: no Unicode name database; names fall back to the escapes.
      for (let i = start; i < end; i++) w.pushAscii(escapeCodePoint(cps[i]));
      return;
    default:
      checkHandler(errors);
  }
  void limit;
}

/** CPython 3.11: Objects/unicodeobject.c unicode_encode_ucs1 (ASCII and Latin-1). */
function encodeUcs1(u: PyUnicodeObject, errors: string, limit: 128 | 256): Uint8Array {
  if (u.ascii || (limit === 256 && u.kind === 1)) {
    const s = u.s;
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  const codec = limit === 128 ? 'ascii' : 'latin-1';
  const reason = limit === 128 ? 'ordinal not in range(128)' : 'ordinal not in range(256)';
  const cps = codePoints(u);
  const w = new ByteWriter();
  for (let i = 0; i < cps.length;) {
    const c = cps[i];
    if (c < limit) {
      w.push(c);
      i++;
      continue;
    }
    // Collect the run of unencodable characters.
    let end = i + 1;
    while (end < cps.length && cps[end] >= limit) end++;
    encodeErrorRun(codec, u, cps, i, end, reason, errors, limit, (x) => w.push(x), w);
    i = end;
  }
  return w.result();
}

/** CPython 3.11: Objects/stringlib/codecs.h utf8_encoder */
function encodeUtf8(u: PyUnicodeObject, errors: string): Uint8Array {
  if (u.ascii) return encodeUcs1(u, errors, 128);
  const cps = codePoints(u);
  const w = new ByteWriter();
  for (let i = 0; i < cps.length;) {
    const c = cps[i];
    if (!isSurrogate(c)) {
      putUtf8(w, c);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && isSurrogate(cps[end])) end++;
    encodeErrorRun('utf-8', u, cps, i, end, 'surrogates not allowed', errors, 0x110000, (x) => putUtf8(w, x), w);
    i = end;
  }
  return w.result();
}

function encodeUtf16(u: PyUnicodeObject, errors: string, codec: CodecName): Uint8Array {
  const little = codec !== 'utf-16-be';
  const cps = codePoints(u);
  const w = new ByteWriter();
  const put16 = (x: number): void => {
    if (little) {
      w.push(x & 0xff);
      w.push(x >> 8);
    } else {
      w.push(x >> 8);
      w.push(x & 0xff);
    }
  };
  const put = (c: number): void => {
    if (c >= 0x10000) {
      put16(0xd800 + ((c - 0x10000) >> 10));
      put16(0xdc00 + ((c - 0x10000) & 0x3ff));
    } else put16(c);
  };
  if (codec === 'utf-16') put16(0xfeff);
  for (let i = 0; i < cps.length;) {
    if (!isSurrogate(cps[i])) {
      put(cps[i++]);
      continue;
    }
    let end = i + 1;
    while (end < cps.length && isSurrogate(cps[end])) end++;
    encodeErrorRun(codec, u, cps, i, end, 'surrogates not allowed', errors, 0x110000, put, w);
    i = end;
  }
  return w.result();
}

function encodeUtf32(u: PyUnicodeObject, errors: string, codec: CodecName): Uint8Array {
  const little = codec !== 'utf-32-be';
  const cps = codePoints(u);
  const w = new ByteWriter();
  const put = (c: number): void => {
    const b = [c & 0xff, (c >> 8) & 0xff, (c >> 16) & 0xff, (c >>> 24) & 0xff];
    if (!little) b.reverse();
    for (const x of b) w.push(x);
  };
  if (codec === 'utf-32') put(0xfeff);
  for (let i = 0; i < cps.length;) {
    if (!isSurrogate(cps[i])) {
      put(cps[i++]);
      continue;
    }
    let end = i + 1;
    while (end < cps.length && isSurrogate(cps[end])) end++;
    encodeErrorRun(codec, u, cps, i, end, 'surrogates not allowed', errors, 0x110000, put, w);
    i = end;
  }
  return w.result();
}

/** The encoded bytes of u (a JavaScript array; the caller makes the bytes object). */
export function encodeText(u: PyUnicodeObject, encoding: string, errors: string): Uint8Array {
  const codec = codecOrRaise(encoding);
  switch (codec) {
    case 'utf-8': return encodeUtf8(u, errors);
    case 'ascii': return encodeUcs1(u, errors, 128);
    case 'latin-1': return encodeUcs1(u, errors, 256);
    case 'utf-16': case 'utf-16-le': case 'utf-16-be': return encodeUtf16(u, errors, codec);
    default: return encodeUtf32(u, errors, codec);
  }
}

/** CPython 3.11: Objects/unicodeobject.c PyUnicode_AsEncodedString */
export function PyUnicode_AsEncodedString(u: PyUnicodeObject, encoding: string, errors: string): PyBytesObject {
  return PyBytes_FromBytes(encodeText(u, encoding, errors));
}

// ---------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------

/** Accumulates decoded text in chunks (JavaScript strings from char codes). */
class TextWriter {
  parts: string[] = [];
  units: number[] = [];
  push(c: number): void {
    if (c >= 0x10000) {
      this.units.push(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
    } else this.units.push(c);
    if (this.units.length >= 4096) this.flush();
  }
  pushString(s: string): void {
    this.flush();
    this.parts.push(s);
  }
  flush(): void {
    if (this.units.length > 0) {
      this.parts.push(String.fromCharCode(...this.units));
      this.units.length = 0;
    }
  }
  result(): string {
    this.flush();
    return this.parts.join('');
  }
}

/** Python/codecs.c's handlers on the decode side for the bad bytes [start, end). */
function decodeErrorRun(codec: string, data: Uint8Array, start: number, end: number, reason: string, errors: string, w: TextWriter): void {
  const fail = (): never => raiseObject(newUnicodeDecodeError(codec, data, start, end, reason));
  switch (errors) {
    case 'strict':
      fail();
      break;
    case 'ignore':
      return;
    case 'replace':
      w.push(0xfffd);
      return;
    case 'backslashreplace':
      for (let i = start; i < end; i++) w.pushString('\\x' + data[i].toString(16).padStart(2, '0'));
      return;
    case 'surrogateescape':
      for (let i = start; i < end; i++) if (data[i] < 128) fail();
      for (let i = start; i < end; i++) w.push(0xdc00 + data[i]);
      return;
    case 'xmlcharrefreplace': case 'namereplace':
      // These handlers only encode: the decode side raises TypeError in CPython.
      raise(PyExc_TypeError, `don't know how to handle UnicodeDecodeError in error callback`);
      break;
    case 'surrogatepass':
      fail();
      break;
    default:
      checkHandler(errors);
  }
}

function decodeUcs1(data: Uint8Array, errors: string, limit: 128 | 256): string {
  const w = new TextWriter();
  const codec = limit === 128 ? 'ascii' : 'latin-1';
  for (let i = 0; i < data.length; i++) {
    const b = data[i];
    if (b < limit) w.push(b);
    else decodeErrorRun(codec, data, i, i + 1, 'ordinal not in range(128)', errors, w);
  }
  return w.result();
}

function isCont(b: number): boolean {
  return (b & 0xc0) === 0x80;
}

/** CPython 3.11: Objects/unicodeobject.c unicode_decode_utf8 with stringlib utf8_decode's error classes. */
function decodeUtf8(data: Uint8Array, errors: string): string {
  const w = new TextWriter();
  const n = data.length;
  let i = 0;
  while (i < n) {
    const b = data[i];
    if (b < 0x80) {
      w.push(b);
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0xc2) need = 0;
    else if (b < 0xe0) need = 1;
    else if (b < 0xf0) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b < 0xf5) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else need = 0;
    if (need === 0) {
      decodeErrorRun('utf-8', data, i, i + 1, 'invalid start byte', errors, w);
      i++;
      continue;
    }
    // Count the valid continuation bytes present.
    let ok = 0;
    for (let k = 1; k <= need && i + k < n; k++) {
      const c = data[i + k];
      if (k === 1 ? c < lo || c > hi : !isCont(c)) break;
      ok++;
    }
    if (ok === need) {
      let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
      for (let k = 1; k <= need; k++) cp = (cp << 6) | (data[i + k] & 0x3f);
      w.push(cp);
      i += need + 1;
      continue;
    }
    if (i + ok + 1 >= n) {
      // The input stops inside a valid prefix.
      decodeErrorRun('utf-8', data, i, n, 'unexpected end of data', errors, w);
      i = n;
      continue;
    }
    decodeErrorRun('utf-8', data, i, i + ok + 1, 'invalid continuation byte', errors, w);
    i += ok + 1;
  }
  return w.result();
}

function decodeUtf16(data: Uint8Array, errors: string, codec: CodecName): string {
  let little = codec !== 'utf-16-be';
  let i = 0;
  if (codec === 'utf-16' && data.length >= 2) {
    if (data[0] === 0xff && data[1] === 0xfe) i = 2;
    else if (data[0] === 0xfe && data[1] === 0xff) {
      little = false;
      i = 2;
    }
  }
  const name = codec === 'utf-16' ? 'utf-16-le' : codec;
  const w = new TextWriter();
  const n = data.length;
  const read = (k: number): number => (little ? data[k] | (data[k + 1] << 8) : (data[k] << 8) | data[k + 1]);
  while (i < n) {
    if (i + 1 >= n) {
      decodeErrorRun(name, data, i, n, 'truncated data', errors, w);
      break;
    }
    const u1 = read(i);
    if (u1 < 0xd800 || u1 > 0xdfff) {
      w.push(u1);
      i += 2;
      continue;
    }
    if (u1 >= 0xdc00) {
      decodeErrorRun(name, data, i, i + 2, 'illegal encoding', errors, w);
      i += 2;
      continue;
    }
    if (i + 3 >= n) {
      decodeErrorRun(name, data, i, n, 'unexpected end of data', errors, w);
      break;
    }
    const u2 = read(i + 2);
    if (u2 < 0xdc00 || u2 > 0xdfff) {
      decodeErrorRun(name, data, i, i + 2, 'illegal UTF-16 surrogate', errors, w);
      i += 2;
      continue;
    }
    w.push(0x10000 + ((u1 - 0xd800) << 10) + (u2 - 0xdc00));
    i += 4;
  }
  return w.result();
}

function decodeUtf32(data: Uint8Array, errors: string, codec: CodecName): string {
  let little = codec !== 'utf-32-be';
  let i = 0;
  if (codec === 'utf-32' && data.length >= 4) {
    if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) i = 4;
    else if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) {
      little = false;
      i = 4;
    }
  }
  const name = codec === 'utf-32' ? 'utf-32-le' : codec;
  const w = new TextWriter();
  const n = data.length;
  while (i < n) {
    if (i + 3 >= n) {
      decodeErrorRun(name, data, i, n, 'truncated data', errors, w);
      break;
    }
    const c = little
      ? (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) >>> 0
      : ((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]) >>> 0;
    if (c > 0x10ffff || isSurrogate(c)) {
      decodeErrorRun(name, data, i, i + 4, c > 0x10ffff ? 'code point not in range(0x110000)' : 'code point in surrogate code point range(0xd800, 0xe000)', errors, w);
    } else w.push(c);
    i += 4;
  }
  return w.result();
}

/** The decoded text of data (a JavaScript string). */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  const codec = codecOrRaise(encoding, true);
  switch (codec) {
    case 'utf-8': return decodeUtf8(data, errors);
    case 'ascii': return decodeUcs1(data, errors, 128);
    case 'latin-1': return decodeUcs1(data, errors, 256);
    case 'utf-16': case 'utf-16-le': case 'utf-16-be': return decodeUtf16(data, errors, codec);
    default: return decodeUtf32(data, errors, codec);
  }
}

/** CPython 3.11: Objects/unicodeobject.c PyUnicode_Decode (the result goes through unicode_result). */
export function PyUnicode_Decode(data: Uint8Array, encoding: string, errors: string): PyUnicodeObject {
  let ascii = true;
  for (let i = 0; i < data.length; i++) {
    if (data[i] >= 128) {
      ascii = false;
      break;
    }
  }
  const codec = codecOrRaise(encoding, true);
  if (ascii && (codec === 'utf-8' || codec === 'ascii' || codec === 'latin-1')) {
    // The common case: one JavaScript string from the bytes.
    let s = '';
    for (let i = 0; i < data.length; i += 8192) s += String.fromCharCode(...data.subarray(i, i + 8192));
    return PyUnicode_FromString(s);
  }
  return PyUnicode_FromString(decodeBytes(data, encoding, errors));
}

/** CPython 3.11: Objects/unicodeobject.c PyUnicode_FromEncodedObject (str(obj, encoding, errors)). */
export function PyUnicode_FromEncodedObject(obj: PyObject, encoding: string | null, errors: string | null): PyUnicodeObject {
  const data = bytesLikeView(obj);
  if (data === null) {
    if (obj instanceof PyUnicodeObject) raise(PyExc_TypeError, 'decoding str is not supported');
    raise(PyExc_TypeError, `decoding to str: need a bytes-like object, ${obj.ob_type.tp_name} found`);
  }
  if (data.length === 0) {
    // An empty input decodes to the empty string without looking up the codec.
    return PyUnicode_FromString('');
  }
  return PyUnicode_Decode(data, encoding ?? 'utf-8', errors ?? 'strict');
}

export { unicodeNew };
