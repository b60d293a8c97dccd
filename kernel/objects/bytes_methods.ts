/**
 * The methods bytes and bytearray share: searching, splitting, stripping, case and padding,
 * the is* predicates, hex/fromhex, translate/maketrans.
 * CPython 3.11: Objects/bytes_methods.c, Objects/stringlib/{fastsearch.h, split.h,
 * transmogrify.h, ctype.h}, Objects/bytesobject.c and Objects/bytearrayobject.c (the method
 * wrappers), Python/pystrhex.c.
 *
 * Each method works on the object's bytes (a Uint8Array) and builds its result through the
 * flavor of the receiving type: bytes results go through PyBytes_FromStringAndSize (empty and
 * one-byte singletons), bytearray results are always new objects.
 */
import type { MethodDef, PyObject } from './pyobject.ts';
import { decref } from '../memory/refcount.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_TypeError, PyExc_ValueError } from './exceptions.ts';
import { PyLongObject, PyLong_FromNumber, PyLong_FromSsize_t } from './longobject.ts';
import { PyNumber_AsSsize_t, PyNumber_Index } from './abstract.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { Py_None } from './object.ts';
import { PyTupleObject, tupleFromArraySteal } from './tupleobject.ts';
import { PyList_New, listAppendSteal, sequenceFast } from './listobject.ts';
import { PyUnicodeObject, PyUnicode_FromString } from './unicodeobject.ts';
import { checkPositional, noArgs, noKeywords, oneArg, unpackArgs } from './getargs.ts';
import { bytesLikeView } from './bytesobject.ts';

/** How a type makes its results (STRINGLIB_NEW, return_self). */
export interface BytesFlavor {
  /** 'bytes' or 'bytearray' (in messages). */
  name: string;
  /** The receiver's current bytes. */
  data(self: PyObject): Uint8Array;
  /** PyBytes_FromStringAndSize(ptr, n) / PyByteArray_FromStringAndSize: a copy of data. */
  fromBuf(data: Uint8Array): PyObject;
  /** STRINGLIB_NEW(NULL, n) filled afterwards: never the one-byte singleton. */
  fresh(data: Uint8Array): PyObject;
  /** return_self: an exact bytes returns itself, anything else a copy. */
  unchanged(self: PyObject): PyObject;
}

// ---------------------------------------------------------------------------------------------
// Character classes (Include/pyctype.h: ASCII only)
// ---------------------------------------------------------------------------------------------

export function isSpaceByte(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
function isUpperByte(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLowerByte(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isAlphaByte(c: number): boolean {
  return isUpperByte(c) || isLowerByte(c);
}
function isDigitByte(c: number): boolean {
  return c >= 48 && c <= 57;
}
function toUpperByte(c: number): number {
  return isLowerByte(c) ? c - 32 : c;
}
function toLowerByte(c: number): number {
  return isUpperByte(c) ? c + 32 : c;
}

// ---------------------------------------------------------------------------------------------
// Searching (stringlib/fastsearch.h semantics, plain loops)
// ---------------------------------------------------------------------------------------------

/** Index of needle in hay[start, end), or -1. */
export function bytesFind(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  const m = needle.length;
  if (m === 0) return start <= end ? start : -1;
  const first = needle[0];
  const last = end - m;
  for (let i = start; i <= last; i++) {
    if (hay[i] !== first) continue;
    let k = 1;
    while (k < m && hay[i + k] === needle[k]) k++;
    if (k === m) return i;
  }
  return -1;
}

/** Last index of needle in hay[start, end), or -1. */
export function bytesRFind(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  const m = needle.length;
  if (m === 0) return start <= end ? end : -1;
  for (let i = end - m; i >= start; i--) {
    let k = 0;
    while (k < m && hay[i + k] === needle[k]) k++;
    if (k === m) return i;
  }
  return -1;
}

/** Non-overlapping occurrences of needle in hay[start, end), at most max. */
export function bytesCount(hay: Uint8Array, needle: Uint8Array, start: number, end: number, max: number): number {
  if (end - start < needle.length) return 0;
  if (needle.length === 0) return Math.min(end - start + 1, max);
  let n = 0;
  let i = start;
  while (n < max) {
    const j = bytesFind(hay, needle, i, end);
    if (j < 0) break;
    n++;
    i = j + needle.length;
  }
  return n;
}

function equalAt(hay: Uint8Array, at: number, needle: Uint8Array): boolean {
  for (let k = 0; k < needle.length; k++) if (hay[at + k] !== needle[k]) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Argument helpers
// ---------------------------------------------------------------------------------------------

/** A bytes-like argument's data, or TypeError "a bytes-like object is required, not 'X'". */
export function bufferArg(o: PyObject): Uint8Array {
  const v = bytesLikeView(o);
  if (v === null) raise(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return v;
}

/** _PyEval_SliceIndex for optional start/end arguments. */
export function sliceIndexArg(o: PyObject | undefined | null, dflt: number): number {
  if (o === undefined || o === null || o === Py_None) return dflt;
  if (o.ob_type.nb_index === null) {
    raise(PyExc_TypeError, 'slice indices must be integers or None or have an __index__ method');
  }
  return PyNumber_AsSsize_t(o, true);
}

/** ADJUST_INDICES of stringlib: clip [start, end) to a sequence of length len. */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** PyArg_ParseTuple's count messages: "f() takes at least N argument(s) (M given)". */
export function tupleArgCount(fname: string, n: number, min: number, max: number): void {
  if (n < min) raise(PyExc_TypeError, `${fname}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n > max) raise(PyExc_TypeError, `${fname}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

/** _Py_bytes_find's argument: an int byte value or a bytes-like object. */
function subArg(o: PyObject): Uint8Array {
  if (o.ob_type.nb_index !== null && bytesLikeView(o) === null) {
    const v = PyNumber_AsSsize_t(o, true);
    if (v < 0 || v > 255) raise(PyExc_ValueError, 'byte must be in range(0, 256)');
    return Uint8Array.of(v);
  }
  const v = bytesLikeView(o);
  if (v === null) raise(PyExc_TypeError, `argument should be integer or bytes-like object, not '${o.ob_type.tp_name}'`);
  return v;
}

/** The width argument of center/ljust/rjust/zfill (PyNumber_AsSsize_t with OverflowError). */
function indexArg(o: PyObject): number {
  const i = PyNumber_Index(o);
  try {
    const v = i.v;
    if (typeof v === 'bigint') raise(PyExc_TypeError, `Python int too large to convert to C ssize_t`);
    return v;
  } finally {
    decref(i);
  }
}

/** The fill byte of center/ljust/rjust. */
function fillArg(fname: string, o: PyObject | undefined): number {
  if (o === undefined) return 32;
  const v = bytesLikeView(o);
  if (v === null || v.length !== 1 || !(o.ob_type.tp_name === 'bytes' || o.ob_type.tp_name === 'bytearray' || v !== null)) {
    raise(PyExc_TypeError, `${fname}() argument 2 must be a byte string of length 1, not ${o.ob_type.tp_name}`);
  }
  return v[0];
}

// ---------------------------------------------------------------------------------------------
// The methods
// ---------------------------------------------------------------------------------------------

type Fn = MethodDef['fn'];

function parseFindArgs(fname: string, args: PyObject[], kwnames: string[] | null, qual: string): [Uint8Array, number, number] {
  noKeywords(qual, kwnames);
  tupleArgCount(fname, args.length, 1, 3);
  const sub = subArg(args[0]);
  const start = sliceIndexArg(args[1], 0);
  const end = sliceIndexArg(args[2], Number.MAX_SAFE_INTEGER);
  return [sub, start, end];
}

function findImpl(f: BytesFlavor, fname: string, dir: 1 | -1, raises: boolean): Fn {
  return (self, args, kwnames) => {
    const data = f.data(self);
    const [sub, s0, e0] = parseFindArgs(fname, args, kwnames, `${f.name}.${fname}`);
    const [start, end] = adjustIndices(s0, e0, data.length);
    let r = -1;
    if (end - start >= sub.length) r = dir > 0 ? bytesFind(data, sub, start, end) : bytesRFind(data, sub, start, end);
    if (r < 0 && raises) raise(PyExc_ValueError, 'subsection not found');
    return PyLong_FromSsize_t(r);
  };
}

function countImpl(f: BytesFlavor): Fn {
  return (self, args, kwnames) => {
    const data = f.data(self);
    const [sub, s0, e0] = parseFindArgs('count', args, kwnames, `${f.name}.count`);
    const [start, end] = adjustIndices(s0, e0, data.length);
    if (start > data.length) return PyLong_FromSsize_t(0);
    return PyLong_FromSsize_t(bytesCount(data, sub, start, end, Number.MAX_SAFE_INTEGER));
  };
}

/** _Py_bytes_tailmatch (startswith/endswith). */
function tailmatchImpl(f: BytesFlavor, fname: string, atEnd: boolean): Fn {
  return (self, args, kwnames) => {
    noKeywords(`${f.name}.${fname}`, kwnames);
    tupleArgCount(fname, args.length, 1, 3);
    const data = f.data(self);
    const [start, end] = adjustIndices(sliceIndexArg(args[1], 0), sliceIndexArg(args[2], Number.MAX_SAFE_INTEGER), data.length);
    const test = (sub: Uint8Array): boolean => {
      if (start > data.length) return false;
      if (end - start < sub.length) return false;
      const at = atEnd ? end - sub.length : start;
      return equalAt(data, at, sub);
    };
    const arg = args[0];
    if (arg instanceof PyTupleObject) {
      for (const item of arg.items) if (test(bufferArg(item))) return PyBool_FromBool(true);
      return PyBool_FromBool(false);
    }
    const v = bytesLikeView(arg);
    if (v === null) {
      raise(PyExc_TypeError, `${fname} first arg must be bytes or a tuple of bytes, not ${arg.ob_type.tp_name}`);
    }
    return PyBool_FromBool(test(v));
  };
}

function maxsplitArg(o: PyObject | null): number {
  if (o === null) return -1;
  const v = indexArg(o);
  return v;
}

function newList(items: PyObject[]): PyObject {
  const l = PyList_New();
  for (const it of items) listAppendSteal(l, it);
  return l;
}

/** stringlib split_whitespace / split (bytes.split). */
function splitImpl(f: BytesFlavor, right: boolean): Fn {
  const fname = right ? 'rsplit' : 'split';
  return (self, args, kwnames) => {
    const [sepObj, maxObj] = unpackArgs(fname, args, kwnames, ['sep', 'maxsplit'], 0);
    let maxsplit = maxsplitArg(maxObj);
    const data = f.data(self);
    if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
    const out: PyObject[] = [];
    const n = data.length;
    const piece = (a: number, b: number): PyObject =>
      a === 0 && b === n ? f.unchanged(self) : f.fromBuf(data.subarray(a, b));
    try {
      if (sepObj === null || sepObj === Py_None) {
        if (!right) {
          let i = 0;
          while (maxsplit-- > 0) {
            while (i < n && isSpaceByte(data[i])) i++;
            if (i === n) break;
            let j = i;
            while (j < n && !isSpaceByte(data[j])) j++;
            out.push(piece(i, j));
            i = j;
          }
          while (i < n && isSpaceByte(data[i])) i++;
          if (i < n) out.push(piece(i, n));
        } else {
          let i = n - 1;
          while (maxsplit-- > 0) {
            while (i >= 0 && isSpaceByte(data[i])) i--;
            if (i < 0) break;
            let j = i;
            while (j >= 0 && !isSpaceByte(data[j])) j--;
            out.push(piece(j + 1, i + 1));
            i = j;
          }
          while (i >= 0 && isSpaceByte(data[i])) i--;
          if (i >= 0) out.push(piece(0, i + 1));
          out.reverse();
        }
        return newList(out);
      }
      const sep = bufferArg(sepObj);
      if (sep.length === 0) raise(PyExc_ValueError, 'empty separator');
      if (!right) {
        let i = 0;
        while (maxsplit-- > 0) {
          const j = bytesFind(data, sep, i, n);
          if (j < 0) break;
          out.push(piece(i, j));
          i = j + sep.length;
        }
        out.push(piece(i, n));
      } else {
        let j = n;
        while (maxsplit-- > 0) {
          const pos = bytesRFind(data, sep, 0, j);
          if (pos < 0) break;
          out.push(piece(pos + sep.length, j));
          j = pos;
        }
        out.push(piece(0, j));
        out.reverse();
      }
      return newList(out);
    } catch (e) {
      for (const o of out) decref(o);
      throw e;
    }
  };
}

/** do_strip / do_argstrip */
function stripImpl(f: BytesFlavor, fname: string, left: boolean, right: boolean): Fn {
  return (self, args, kwnames) => {
    noKeywords(`${f.name}.${fname}`, kwnames);
    checkPositional(fname, args.length, 0, 1);
    const data = f.data(self);
    let test: (c: number) => boolean = isSpaceByte;
    if (args.length === 1 && args[0] !== Py_None) {
      const chars = bufferArg(args[0]);
      const set = new Set(chars);
      test = (c) => set.has(c);
    }
    let i = 0;
    let j = data.length;
    if (left) while (i < j && test(data[i])) i++;
    if (right) while (j > i && test(data[j - 1])) j--;
    if (i === 0 && j === data.length) return f.unchanged(self);
    return f.fromBuf(data.subarray(i, j));
  };
}

/** stringlib_replace (transmogrify.h): return_self when nothing changes, a new object otherwise. */
function replaceImpl(f: BytesFlavor): Fn {
  return (self, args, kwnames) => {
    noKeywords(`${f.name}.replace`, kwnames);
    checkPositional('replace', args.length, 2, 3);
    const from = bufferArg(args[0]);
    const to = bufferArg(args[1]);
    let count = args.length > 2 ? indexArg(args[2]) : -1;
    const data = f.data(self);
    if (count < 0) count = Number.MAX_SAFE_INTEGER;
    if (count === 0 || (from.length === 0 && to.length === 0)) return f.unchanged(self);
    const out: number[] = [];
    let replaced = 0;
    if (from.length === 0) {
      // Insert `to` before every byte and at the end, up to count times.
      for (let i = 0; i <= data.length; i++) {
        if (replaced < count) {
          for (const b of to) out.push(b);
          replaced++;
        }
        if (i < data.length) out.push(data[i]);
      }
    } else {
      let i = 0;
      while (i < data.length) {
        if (replaced < count && data[i] === from[0] && i + from.length <= data.length && equalAt(data, i, from)) {
          for (const b of to) out.push(b);
          i += from.length;
          replaced++;
        } else out.push(data[i++]);
      }
      if (replaced === 0) return f.unchanged(self);
    }
    return f.fresh(Uint8Array.from(out));
  };
}

function partitionImpl(f: BytesFlavor, right: boolean): Fn {
  const fname = right ? 'rpartition' : 'partition';
  return (self, args, kwnames) => {
    const arg = oneArg(`${f.name}.${fname}`, args, kwnames);
    const sep = bufferArg(arg);
    if (sep.length === 0) raise(PyExc_ValueError, 'empty separator');
    const data = f.data(self);
    const pos = right ? bytesRFind(data, sep, 0, data.length) : bytesFind(data, sep, 0, data.length);
    const empty = (): PyObject => f.fromBuf(new Uint8Array(0));
    if (pos < 0) {
      if (right) return tupleFromArraySteal([empty(), empty(), f.unchanged(self)]);
      return tupleFromArraySteal([f.unchanged(self), empty(), empty()]);
    }
    // The separator in the result is the argument itself when it is an exact bytes object.
    const sepObj = arg.ob_type.tp_name === 'bytes' && f.name === 'bytes' ? (arg.ob_refcnt++, arg) : f.fromBuf(sep);
    return tupleFromArraySteal([
      f.fromBuf(data.subarray(0, pos)),
      sepObj,
      f.fromBuf(data.subarray(pos + sep.length)),
    ]);
  };
}

/** _Py_bytes_join / stringlib join.h */
function joinImpl(f: BytesFlavor): Fn {
  return (self, args, kwnames) => {
    const iterable = oneArg(`${f.name}.join`, args, kwnames);
    const seq = sequenceFast(iterable, 'can only join an iterable');
    const items = seq.items.slice();
    try {
      const sep = f.data(self);
      // A single exact bytes item is the result itself (stringlib join.h).
      if (items.length === 1 && items[0].ob_type.tp_name === 'bytes' && f.name === 'bytes') {
        items[0].ob_refcnt++;
        return items[0];
      }
      const parts: Uint8Array[] = [];
      let total = 0;
      for (let i = 0; i < items.length; i++) {
        const v = bytesLikeView(items[i]);
        if (v === null) {
          raise(PyExc_TypeError, `sequence item ${i}: expected a bytes-like object, ${items[i].ob_type.tp_name} found`);
        }
        parts.push(v);
        total += v.length + (i > 0 ? sep.length : 0);
      }
      const out = new Uint8Array(total);
      let k = 0;
      for (let i = 0; i < parts.length; i++) {
        if (i > 0) {
          out.set(sep, k);
          k += sep.length;
        }
        out.set(parts[i], k);
        k += parts[i].length;
      }
      return f.fresh(out);
    } finally {
      decref(seq);
    }
  };
}

function mapImpl(f: BytesFlavor, fname: string, map: (d: Uint8Array) => Uint8Array): Fn {
  return (self, args, kwnames) => {
    noArgs(`${f.name}.${fname}`, args, kwnames);
    return f.fresh(map(f.data(self)));
  };
}

function capitalize(d: Uint8Array): Uint8Array {
  const out = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = i === 0 ? toUpperByte(d[i]) : toLowerByte(d[i]);
  return out;
}

function title(d: Uint8Array): Uint8Array {
  const out = new Uint8Array(d.length);
  let prevCased = false;
  for (let i = 0; i < d.length; i++) {
    const c = d[i];
    if (isLowerByte(c)) out[i] = prevCased ? c : c - 32;
    else if (isUpperByte(c)) out[i] = prevCased ? c + 32 : c;
    else out[i] = c;
    prevCased = isAlphaByte(c);
  }
  return out;
}

function swapcase(d: Uint8Array): Uint8Array {
  const out = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) {
    const c = d[i];
    out[i] = isLowerByte(c) ? c - 32 : isUpperByte(c) ? c + 32 : c;
  }
  return out;
}

function predicate(f: BytesFlavor, fname: string, test: (d: Uint8Array) => boolean): Fn {
  return (self, args, kwnames) => {
    noArgs(`${f.name}.${fname}`, args, kwnames);
    return PyBool_FromBool(test(f.data(self)));
  };
}

function all(d: Uint8Array, p: (c: number) => boolean): boolean {
  if (d.length === 0) return false;
  for (let i = 0; i < d.length; i++) if (!p(d[i])) return false;
  return true;
}

/** _Py_bytes_istitle */
function istitle(d: Uint8Array): boolean {
  let cased = false;
  let prevCased = false;
  for (let i = 0; i < d.length; i++) {
    const c = d[i];
    if (isUpperByte(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerByte(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

function casePredicate(d: Uint8Array, want: (c: number) => boolean, reject: (c: number) => boolean): boolean {
  let cased = false;
  for (let i = 0; i < d.length; i++) {
    if (reject(d[i])) return false;
    if (want(d[i])) cased = true;
  }
  return cased;
}

/** stringlib pad() for center/ljust/rjust. */
function padImpl(f: BytesFlavor, fname: string, where: 'center' | 'left' | 'right'): Fn {
  return (self, args, kwnames) => {
    noKeywords(`${f.name}.${fname}`, kwnames);
    checkPositional(fname, args.length, 1, 2);
    const width = indexArg(args[0]);
    const fill = fillArg(fname, args[1]);
    const data = f.data(self);
    if (data.length >= width) return f.unchanged(self);
    const marg = width - data.length;
    let left: number;
    if (where === 'center') left = (marg >> 1) + (marg & width & 1);
    else left = where === 'left' ? 0 : marg;
    const out = new Uint8Array(width).fill(fill);
    out.set(data, left);
    return f.fresh(out);
  };
}

function zfillImpl(f: BytesFlavor): Fn {
  return (self, args, kwnames) => {
    const width = indexArg(oneArg(`${f.name}.zfill`, args, kwnames));
    const data = f.data(self);
    if (data.length >= width) return f.unchanged(self);
    const fill = width - data.length;
    const out = new Uint8Array(width).fill(48);
    out.set(data, fill);
    if (data.length > 0 && (data[0] === 43 || data[0] === 45)) {
      out[0] = data[0];
      out[fill] = 48;
    }
    return f.fresh(out);
  };
}

function expandtabsImpl(f: BytesFlavor): Fn {
  return (self, args, kwnames) => {
    const [t] = unpackArgs('expandtabs', args, kwnames, ['tabsize'], 0);
    const tabsize = t === null ? 8 : indexArg(t);
    const data = f.data(self);
    const out: number[] = [];
    let col = 0;
    for (const c of data) {
      if (c === 9) {
        if (tabsize > 0) {
          const n = tabsize - (col % tabsize);
          for (let k = 0; k < n; k++) out.push(32);
          col += n;
        }
      } else {
        out.push(c);
        col = c === 10 || c === 13 ? 0 : col + 1;
      }
    }
    return f.fresh(Uint8Array.from(out));
  };
}

function splitlinesImpl(f: BytesFlavor): Fn {
  return (self, args, kwnames) => {
    const [k] = unpackArgs('splitlines', args, kwnames, ['keepends'], 0);
    const keepends = k !== null && indexArg(k) !== 0;
    const data = f.data(self);
    const n = data.length;
    const out: PyObject[] = [];
    let i = 0;
    while (i < n) {
      let j = i;
      while (j < n && data[j] !== 10 && data[j] !== 13) j++;
      let eol = j;
      if (j < n) {
        eol = data[j] === 13 && j + 1 < n && data[j + 1] === 10 ? j + 2 : j + 1;
      }
      const end = keepends ? eol : j;
      out.push(i === 0 && end === n ? f.unchanged(self) : f.fromBuf(data.subarray(i, end)));
      i = eol;
    }
    return newList(out);
  };
}

function affixImpl(f: BytesFlavor, fname: string, suffix: boolean): Fn {
  return (self, args, kwnames) => {
    const aff = bufferArg(oneArg(`${f.name}.${fname}`, args, kwnames));
    const data = f.data(self);
    if (aff.length > 0 && aff.length <= data.length && equalAt(data, suffix ? data.length - aff.length : 0, aff)) {
      return suffix ? f.fromBuf(data.subarray(0, data.length - aff.length)) : f.fromBuf(data.subarray(aff.length));
    }
    return f.unchanged(self);
  };
}

const HEXDIGITS = '0123456789abcdef';

/** CPython 3.11: Python/pystrhex.c _Py_strhex_impl */
export function strhex(data: Uint8Array, sep: string | null, bytesPerSep: number): string {
  if (sep === null || data.length === 0) {
    let s = '';
    for (const b of data) s += HEXDIGITS[b >> 4] + HEXDIGITS[b & 15];
    return s;
  }
  const per = Math.abs(bytesPerSep);
  if (per === 0) return strhex(data, null, 1);
  // Groups are counted from the right for a positive bytes_per_sep, from the left otherwise.
  const groups: string[] = [];
  const n = data.length;
  if (bytesPerSep > 0) {
    for (let end = n; end > 0; end -= per) groups.unshift(strhex(data.subarray(Math.max(0, end - per), end), null, 1));
  } else {
    for (let start = 0; start < n; start += per) groups.push(strhex(data.subarray(start, start + per), null, 1));
  }
  return groups.join(sep);
}

/** bytes.hex / bytearray.hex (sep=<unrepresentable>, bytes_per_sep=1). */
function hexImpl(f: BytesFlavor): Fn {
  return (self, args, kwnames) => {
    const [sepObj, perObj] = unpackArgs('hex', args, kwnames, ['sep', 'bytes_per_sep'], 0);
    let sep: string | null = null;
    if (sepObj !== null) {
      if (sepObj instanceof PyUnicodeObject) {
        if (sepObj.length !== 1) raise(PyExc_ValueError, 'sep must be length 1.');
        sep = sepObj.s;
      } else {
        const v = bytesLikeView(sepObj);
        if (v === null) raise(PyExc_TypeError, `object of type '${sepObj.ob_type.tp_name}' has no len()`);
        if (v.length !== 1) raise(PyExc_ValueError, 'sep must be length 1.');
        sep = String.fromCharCode(v[0]);
      }
      if (sep.charCodeAt(0) > 127) raise(PyExc_ValueError, 'sep must be ASCII.');
    }
    const per = perObj === null ? 1 : indexArg(perObj);
    return PyUnicode_FromString(strhex(f.data(self), sep, per));
  };
}

/** CPython 3.11: Objects/bytesobject.c _PyBytes_FromHex */
export function fromhex(s: PyObject): Uint8Array {
  if (!(s instanceof PyUnicodeObject)) raise(PyExc_TypeError, `fromhex() argument must be str, not ${s.ob_type.tp_name}`);
  const text = s.s;
  const out: number[] = [];
  const digit = (c: number): number =>
    c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpaceByte(c)) {
      i++;
      continue;
    }
    const hi = digit(c);
    if (hi < 0) raise(PyExc_ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < text.length ? digit(text.charCodeAt(i + 1)) : -1;
    if (lo < 0) raise(PyExc_ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

/** bytes.maketrans(frm, to) -> a 256-byte table. */
export function maketrans(args: PyObject[], kwnames: string[] | null): Uint8Array {
  noKeywords('maketrans', kwnames);
  checkPositional('maketrans', args.length, 2, 2);
  const frm = bufferArg(args[0]);
  const to = bufferArg(args[1]);
  if (frm.length !== to.length) raise(PyExc_ValueError, 'maketrans arguments must have same length');
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < frm.length; i++) table[frm[i]] = to[i];
  return table;
}

/** bytes.translate(table, /, delete=b'') */
function translateImpl(f: BytesFlavor): Fn {
  return (self, args, kwnames) => {
    const [tableObj, delObj] = unpackArgs('translate', args, kwnames, ['table', 'delete'], 1, 1);
    let table: Uint8Array | null = null;
    if (tableObj !== Py_None) {
      table = bufferArg(tableObj!);
      if (table.length !== 256) raise(PyExc_ValueError, 'translation table must be 256 characters long');
    }
    const del = delObj === null ? null : new Set(bufferArg(delObj));
    const data = f.data(self);
    if (table === null && (del === null || del.size === 0)) return f.unchanged(self);
    const out: number[] = [];
    let changed = false;
    for (const c of data) {
      if (del !== null && del.has(c)) {
        changed = true;
        continue;
      }
      const t = table === null ? c : table[c];
      if (t !== c) changed = true;
      out.push(t);
    }
    if (!changed && f.name === 'bytes') return f.unchanged(self);
    return f.fresh(Uint8Array.from(out));
  };
}

/** The method table for bytes or bytearray. */
export function bytesMethods(f: BytesFlavor): MethodDef[] {
  const t = (name: string, test: (d: Uint8Array) => boolean): MethodDef => ({ name, fn: predicate(f, name, test) });
  return [
    { name: 'find', fn: findImpl(f, 'find', 1, false) },
    { name: 'rfind', fn: findImpl(f, 'rfind', -1, false) },
    { name: 'index', fn: findImpl(f, 'index', 1, true) },
    { name: 'rindex', fn: findImpl(f, 'rindex', -1, true) },
    { name: 'count', fn: countImpl(f) },
    { name: 'startswith', fn: tailmatchImpl(f, 'startswith', false) },
    { name: 'endswith', fn: tailmatchImpl(f, 'endswith', true) },
    { name: 'split', fn: splitImpl(f, false) },
    { name: 'rsplit', fn: splitImpl(f, true) },
    { name: 'strip', fn: stripImpl(f, 'strip', true, true) },
    { name: 'lstrip', fn: stripImpl(f, 'lstrip', true, false) },
    { name: 'rstrip', fn: stripImpl(f, 'rstrip', false, true) },
    { name: 'replace', fn: replaceImpl(f) },
    { name: 'partition', fn: partitionImpl(f, false) },
    { name: 'rpartition', fn: partitionImpl(f, true) },
    { name: 'join', fn: joinImpl(f) },
    { name: 'upper', fn: mapImpl(f, 'upper', (d) => d.map(toUpperByte)) },
    { name: 'lower', fn: mapImpl(f, 'lower', (d) => d.map(toLowerByte)) },
    { name: 'capitalize', fn: mapImpl(f, 'capitalize', capitalize) },
    { name: 'title', fn: mapImpl(f, 'title', title) },
    { name: 'swapcase', fn: mapImpl(f, 'swapcase', swapcase) },
    t('isalnum', (d) => all(d, (c) => isAlphaByte(c) || isDigitByte(c))),
    t('isalpha', (d) => all(d, isAlphaByte)),
    t('isdigit', (d) => all(d, isDigitByte)),
    t('isspace', (d) => all(d, isSpaceByte)),
    t('isascii', (d) => d.every((c) => c < 128)),
    t('islower', (d) => casePredicate(d, isLowerByte, isUpperByte)),
    t('isupper', (d) => casePredicate(d, isUpperByte, isLowerByte)),
    t('istitle', istitle),
    { name: 'center', fn: padImpl(f, 'center', 'center') },
    { name: 'ljust', fn: padImpl(f, 'ljust', 'left') },
    { name: 'rjust', fn: padImpl(f, 'rjust', 'right') },
    { name: 'zfill', fn: zfillImpl(f) },
    { name: 'expandtabs', fn: expandtabsImpl(f) },
    { name: 'splitlines', fn: splitlinesImpl(f) },
    { name: 'removeprefix', fn: affixImpl(f, 'removeprefix', false) },
    { name: 'removesuffix', fn: affixImpl(f, 'removesuffix', true) },
    { name: 'hex', fn: hexImpl(f) },
    { name: 'translate', fn: translateImpl(f) },
  ];
}

export { PyLongObject };
