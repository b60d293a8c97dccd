/**
 * printf-style formatting of bytes and bytearray (`b'%s %d' % args`, PEP 461).
 * CPython 3.11: Objects/bytesobject.c _PyBytes_FormatEx (with format_obj, formatlong,
 * formatfloat, byte_converter).
 *
 * The text is built as a Latin-1 JavaScript string (one char per byte) and turned into bytes at
 * the end; the result goes through PyBytes_FromStringAndSize (the writer's small buffer), so
 * the empty and one-byte results are the shared objects.
 */
import type { PyObject } from './pyobject.ts';
import { decref } from '../memory/refcount.ts';
import { PyErr, raise } from '../vm/errors.ts';
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from './exceptions.ts';
import { PyObject_GetItem, PyNumber_Index } from './abstract.ts';
import { PyObject_TypeCheck } from './object.ts';
import { PyLongObject } from './longobject.ts';
import { PyFloatObject } from './floatobject.ts';
import { PyTupleObject } from './tupleobject.ts';
import { PyUnicodeObject, PyObject_ASCII } from './unicodeobject.ts';
import { callSpecial } from './typeobject.ts';
import { PyBytesObject, PyBytes_FromBytes, bytesLikeView } from './bytesobject.ts';
import { PyByteArrayObject } from './bytearrayobject.ts';
import { type PyInt, intToBaseString, intToDecimalString, intToFloat } from './longmath.ts';
import { DtsFlag, type DtsCode, doubleToString } from './pystrtod.ts';
import { numCall } from './formatting.ts';
import { PyNumber_Long } from './long_methods.ts';

const enum F {
  LJUST = 1,
  SIGN = 2,
  BLANK = 4,
  ALT = 8,
  ZERO = 16,
}

const PY_SSIZE_T_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

function isTypeError(e: unknown): e is PyErr {
  return e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_TypeError);
}

/** format_obj: the bytes of a bytes-like object or of __bytes__(). */
function formatObj(v: PyObject): string {
  const view = bytesLikeView(v);
  if (view !== null && (v instanceof PyBytesObject || v instanceof PyByteArrayObject)) return latin1(view);
  const r = callSpecial(v, '__bytes__', []);
  if (r !== null) {
    try {
      if (!(r instanceof PyBytesObject)) raise(PyExc_TypeError, `__bytes__ returned non-bytes (type ${r.ob_type.tp_name})`);
      return latin1(r.b);
    } finally {
      decref(r);
    }
  }
  if (view !== null) return latin1(view);
  raise(PyExc_TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${v.ob_type.tp_name}'`);
}

/** PyNumber_Check */
function numberCheck(o: PyObject): boolean {
  const t = o.ob_type;
  return t.nb_index !== null || t.nb_int !== null || t.nb_float !== null || t.tp_name === 'complex';
}

/** formatlong + _PyUnicode_FormatLong */
function formatLong(v: PyObject, flags: number, prec: number, type: string): string {
  if (type === 'i') type = 'd';
  let iv: PyInt | null = null;
  if (v instanceof PyLongObject) iv = v.v;
  else if (numberCheck(v)) {
    try {
      const r = type === 'o' || type === 'x' || type === 'X' ? PyNumber_Index(v) : PyNumber_Long(v);
      iv = (r as PyLongObject).v;
      decref(r);
    } catch (e) {
      if (!isTypeError(e)) throw e;
      decref(e.exc);
    }
  }
  if (iv === null) {
    const what = type === 'o' || type === 'x' || type === 'X' ? 'an integer' : 'a real number';
    raise(PyExc_TypeError, `%${type} format: ${what} is required, not ${v.ob_type.tp_name}`);
  }
  const n = iv;
  let text = numCall(() => (type === 'd' || type === 'u' ? intToDecimalString(n) : intToBaseString(n, type === 'o' ? 8 : 16, true)));
  const neg = text[0] === '-';
  let body = neg ? text.slice(1) : text;
  let prefixLen = type === 'd' || type === 'u' ? 0 : 2;
  if (!(flags & F.ALT) && prefixLen === 2) {
    body = body.slice(2);
    prefixLen = 0;
  }
  const ndigits = body.length - prefixLen;
  if (prec > ndigits) body = body.slice(0, prefixLen) + '0'.repeat(prec - ndigits) + body.slice(prefixLen);
  if (type === 'X') body = body.toUpperCase();
  text = (neg ? '-' : '') + body;
  return text;
}

/** formatfloat */
function formatFloatArg(v: PyObject, flags: number, prec: number, type: string): string {
  let x: number;
  if (v instanceof PyFloatObject) x = v.v;
  else if (v.ob_type.nb_float !== null) {
    const r = v.ob_type.nb_float(v);
    try {
      if (!(r instanceof PyFloatObject)) raise(PyExc_TypeError, `float argument required, not ${v.ob_type.tp_name}`);
      x = r.v;
    } finally {
      decref(r);
    }
  } else if (v.ob_type.nb_index !== null) {
    const i = PyNumber_Index(v);
    try {
      x = numCall(() => intToFloat(i.v));
    } finally {
      decref(i);
    }
  } else raise(PyExc_TypeError, `float argument required, not ${v.ob_type.tp_name}`);
  return doubleToString(x, type as DtsCode, prec < 0 ? 6 : prec, flags & F.ALT ? DtsFlag.ALT : 0);
}

/** byte_converter */
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

/**
 * CPython 3.11: Objects/bytesobject.c _PyBytes_FormatEx. Returns a bytes object (the caller
 * converts to bytearray for `bytearray % args`).
 */
export function bytesFormat(format: Uint8Array, args: PyObject, _isBytearray: boolean): PyObject {
  const fmt = latin1(format);
  let pos = 0;
  let cnt = fmt.length;
  let arglen: number;
  let argidx: number;
  if (args instanceof PyTupleObject) {
    arglen = args.items.length;
    argidx = 0;
  } else {
    arglen = -1;
    argidx = -2;
  }
  const t = args.ob_type;
  const dict = t.mp_subscript !== null && !(args instanceof PyTupleObject) && !(args instanceof PyBytesObject) &&
    !(args instanceof PyUnicodeObject) && !(args instanceof PyByteArrayObject) ? args : null;
  let current: PyObject = args;
  let owned: PyObject | null = null;
  let out = '';

  const nextArg = (): PyObject => {
    const a = argidx;
    if (a < arglen) {
      argidx++;
      if (arglen < 0) return current;
      return (current as PyTupleObject).items[a];
    }
    raise(PyExc_TypeError, 'not enough arguments for format string');
  };

  try {
    while (--cnt >= 0) {
      if (fmt[pos] !== '%') {
        let next = pos + 1;
        while (next < fmt.length && fmt[next] !== '%') next++;
        out += fmt.slice(pos, next);
        cnt -= next - pos - 1;
        pos = next;
        continue;
      }
      pos++;
      if (fmt[pos] === '%') {
        out += '%';
        pos++;
        cnt--;
        continue;
      }
      let flags = 0;
      let width = -1;
      let prec = -1;
      let c = '';
      if (fmt[pos] === '(') {
        if (dict === null) raise(PyExc_TypeError, 'format requires a mapping');
        pos++;
        cnt--;
        const keystart = pos;
        let pcount = 1;
        while (pcount > 0 && --cnt >= 0) {
          if (fmt[pos] === ')') pcount--;
          else if (fmt[pos] === '(') pcount++;
          pos++;
        }
        if (cnt < 0 || pcount > 0) raise(PyExc_ValueError, 'incomplete format key');
        const keyText = fmt.slice(keystart, pos - 1);
        const key = PyBytes_FromBytes(Uint8Array.from(keyText, (ch) => ch.charCodeAt(0)));
        try {
          if (owned !== null) decref(owned);
          owned = null;
          owned = PyObject_GetItem(dict, key);
        } finally {
          decref(key);
        }
        current = owned;
        arglen = -1;
        argidx = -2;
      }
      while (--cnt >= 0) {
        c = fmt[pos++];
        if (c === '-') flags |= F.LJUST;
        else if (c === '+') flags |= F.SIGN;
        else if (c === ' ') flags |= F.BLANK;
        else if (c === '#') flags |= F.ALT;
        else if (c === '0') flags |= F.ZERO;
        else break;
      }
      if (c === '*') {
        const v = nextArg();
        if (!(v instanceof PyLongObject)) raise(PyExc_TypeError, '* wants int');
        if (typeof v.v === 'bigint') raise(PyExc_OverflowError, 'Python int too large to convert to C ssize_t');
        width = v.v;
        if (width < 0) {
          flags |= F.LJUST;
          width = -width;
        }
        if (--cnt >= 0) c = fmt[pos++];
      } else if (c >= '0' && c <= '9') {
        let w = BigInt(c.charCodeAt(0) - 48);
        while (--cnt >= 0) {
          c = fmt[pos++];
          if (!(c >= '0' && c <= '9')) break;
          w = w * 10n + BigInt(c.charCodeAt(0) - 48);
          if (w > PY_SSIZE_T_MAX) raise(PyExc_ValueError, 'width too big');
        }
        width = Number(w);
      }
      if (c === '.') {
        prec = 0;
        if (--cnt >= 0) c = fmt[pos++];
        if (c === '*') {
          const v = nextArg();
          if (!(v instanceof PyLongObject)) raise(PyExc_TypeError, '* wants int');
          if (typeof v.v === 'bigint' || v.v > INT_MAX || v.v < -INT_MAX - 1) {
            raise(PyExc_OverflowError, 'Python int too large to convert to C int');
          }
          prec = Math.max(v.v, 0);
          if (--cnt >= 0) c = fmt[pos++];
        } else if (c >= '0' && c <= '9') {
          prec = c.charCodeAt(0) - 48;
          while (--cnt >= 0) {
            c = fmt[pos++];
            if (!(c >= '0' && c <= '9')) break;
            const d = c.charCodeAt(0) - 48;
            if (prec > (INT_MAX - d) / 10) raise(PyExc_ValueError, 'prec too big');
            prec = prec * 10 + d;
          }
        }
      }
      if (cnt >= 0 && (c === 'h' || c === 'l' || c === 'L')) {
        if (--cnt >= 0) c = fmt[pos++];
      }
      if (cnt < 0) raise(PyExc_ValueError, 'incomplete format');
      const v = nextArg();
      let sign = false;
      let fill = ' ';
      let buf: string;
      switch (c) {
        case 'r': case 'a': {
          const r = PyObject_ASCII(v);
          buf = r.s;
          decref(r);
          if (prec >= 0 && buf.length > prec) buf = buf.slice(0, prec);
          break;
        }
        case 's': case 'b':
          buf = formatObj(v);
          if (prec >= 0 && buf.length > prec) buf = buf.slice(0, prec);
          break;
        case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
          buf = formatLong(v, flags, prec, c);
          sign = true;
          if (flags & F.ZERO) fill = '0';
          break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
          buf = formatFloatArg(v, flags, prec, c);
          sign = true;
          if (flags & F.ZERO) fill = '0';
          break;
        case 'c':
          buf = byteConverter(v);
          if (width === -1) {
            out += buf;
            continue;
          }
          break;
        default: {
          const code = c.charCodeAt(0);
          raise(PyExc_ValueError, `unsupported format character '${c}' (0x${code.toString(16)}) at index ${pos - 1}`);
        }
      }
      out += pad(buf, sign, fill, flags, width, c);
      if (dict !== null && argidx < arglen) {
        raise(PyExc_TypeError, 'not all arguments converted during bytes formatting');
      }
    }
    if (argidx < arglen && dict === null) {
      raise(PyExc_TypeError, 'not all arguments converted during bytes formatting');
    }
  } finally {
    if (owned !== null) decref(owned);
  }
  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i);
  return PyBytes_FromBytes(bytes);
}

/** The sign, prefix and padding step of _PyBytes_FormatEx (shared with unicode_format_arg_output). */
function pad(buf: string, sign: boolean, fill: string, flags: number, width: number, c: string): string {
  let len = buf.length;
  let p = 0;
  let signchar = '';
  if (sign) {
    if (buf[0] === '-' || buf[0] === '+') {
      signchar = buf[0];
      p++;
      len--;
    } else if (flags & F.SIGN) signchar = '+';
    else if (flags & F.BLANK) signchar = ' ';
    else sign = false;
  }
  if (width < len) width = len;
  let out = '';
  if (sign) {
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
    if (sign) out += signchar;
    if (alt) {
      out += buf.slice(p, p + 2);
      p += 2;
    }
  }
  out += buf.slice(p, p + len);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
