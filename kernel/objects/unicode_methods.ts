/**
 * The methods of str: searching, splitting, joining, stripping, replacing, case mapping, the
 * is* predicates, padding, encode, translate/maketrans.
 * CPython 3.11: Objects/unicodeobject.c (unicode_methods and their *_impl functions),
 * Objects/stringlib/{split.h, partition.h, find.h, count.h, fastsearch.h}, Objects/clinic/unicodeobject.c.h.
 *
 * The methods search the JavaScript string directly: a UTF-16 search finds exactly the code-point
 * matches, and indices are converted where they are visible (find, index, count bounds).
 * Results follow CPython's object identity: pieces come from PyUnicode_Substring (the Latin-1
 * cache for one character, the string itself when whole), new text from PyUnicode_New (fresh).
 */
import type { MethodDef, PyObject } from './pyobject.ts';
import { decref, newref } from '../memory/refcount.ts';
import { PyErr, raise } from '../vm/errors.ts';
import { PyExc_LookupError, PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from './exceptions.ts';
import { Py_None, PyObject_TypeCheck } from './object.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { PyLongObject, PyLong_FromNumber, PyLong_FromSsize_t } from './longobject.ts';
import { PyNumber_Index, PyObject_GetItem } from './abstract.ts';
import { PyTupleObject, tupleFromArray, tupleFromArraySteal } from './tupleobject.ts';
import { PyListObject, PyList_New, listAppendSteal, sequenceFast, setAllocated } from './listobject.ts';
import { PyDictObject, PyDict_New, PyDict_SetItem, dictForEach } from './dictobject.ts';
import { checkPositional, noArgs, noKeywords, oneArg, unpackArgs } from './getargs.ts';
import {
  PyUnicodeObject, PyUnicode_FromString, PyUnicode_Type, codePointAt, cpIndex, emptyStr, substringUnits,
  unicodeNew, unicodeNewLatin1, unicodeResultUnchanged, unicodeSize, unitIndex, UnicodeLayout,
} from './unicodeobject.ts';
import * as uc from './unicodectype.ts';
import { PyUnicode_AsEncodedString } from './unicode_codecs.ts';
import { unicode_format, unicode_format_map } from './stringformat.ts';
import { unicode__format__ } from './formatting.ts';
import { adjustIndices, sliceIndexArg, tupleArgCount } from './bytes_methods.ts';

type Fn = MethodDef['fn'];

const MAX = Number.MAX_SAFE_INTEGER;

function self_(o: PyObject): PyUnicodeObject {
  return o as PyUnicodeObject;
}

/** A Py_ssize_t argument through __index__ (clinic's Py_ssize_t converter). */
function ssizeArg(o: PyObject): number {
  const i = PyNumber_Index(o);
  const v = i.v;
  decref(i);
  if (typeof v === 'bigint') raise(PyExc_OverflowError, 'Python int too large to convert to C ssize_t');
  return v;
}

/** ensure_unicode: "must be str, not X". */
function strArg(o: PyObject): PyUnicodeObject {
  if (!(o instanceof PyUnicodeObject)) raise(PyExc_TypeError, `must be str, not ${o.ob_type.tp_name}`);
  return o;
}

/** Code points of a string (for the per-character loops). */
function cpsOf(u: PyUnicodeObject): ArrayLike<number> {
  if (u.cps !== null) return u.cps;
  const s = u.s;
  const out = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

// ---------------------------------------------------------------------------------------------
// find, rfind, index, rindex, count, startswith, endswith
// ---------------------------------------------------------------------------------------------

/** parse_args_finds_unicode: sub and the optional start/end, as code-point indices. */
function findArgs(fname: string, args: PyObject[], kwnames: string[] | null): [PyUnicodeObject, number, number] {
  noKeywords(`str.${fname}`, kwnames);
  tupleArgCount(fname, args.length, 1, 3);
  const sub = strArg(args[0]);
  return [sub, sliceIndexArg(args[1], 0), sliceIndexArg(args[2], MAX)];
}

/** CPython 3.11: Objects/unicodeobject.c any_find_slice: a code-point index or -1. */
export function findSlice(u: PyUnicodeObject, sub: PyUnicodeObject, s0: number, e0: number, dir: 1 | -1): number {
  const [start, end] = adjustIndices(s0, e0, u.length);
  if (end - start < sub.length) return -1;
  if (sub.length === 0) return dir > 0 ? start : end;
  const a = unitIndex(u, start);
  const b = unitIndex(u, end);
  let r: number;
  if (dir > 0) {
    r = u.s.indexOf(sub.s, a);
    if (r >= 0 && r + sub.s.length > b) r = -1;
  } else {
    r = b - sub.s.length >= a ? u.s.lastIndexOf(sub.s, b - sub.s.length) : -1;
    if (r < a) r = -1;
  }
  return r < 0 ? -1 : cpIndex(u, r);
}

function findMethod(fname: string, dir: 1 | -1, raises: boolean): Fn {
  return (self, args, kwnames) => {
    const [sub, start, end] = findArgs(fname, args, kwnames);
    const r = findSlice(self_(self), sub, start, end, dir);
    if (r < 0 && raises) raise(PyExc_ValueError, 'substring not found');
    return PyLong_FromSsize_t(r);
  };
}

/** Non-overlapping occurrences of sub in s[a, b) (UTF-16 offsets), at most max. */
function countUnits(s: string, sub: string, a: number, b: number, max: number): number {
  if (sub.length === 0) return Math.min(b - a + 1, max);
  let n = 0;
  let i = a;
  while (n < max) {
    const j = s.indexOf(sub, i);
    if (j < 0 || j + sub.length > b) break;
    n++;
    i = j + sub.length;
  }
  return n;
}

/** CPython 3.11: Objects/unicodeobject.c unicode_count */
const str_count: Fn = (self, args, kwnames) => {
  const u = self_(self);
  const [sub, s0, e0] = findArgs('count', args, kwnames);
  const [start, end] = adjustIndices(s0, e0, u.length);
  if (end - start < sub.length) return PyLong_FromSsize_t(0);
  if (sub.length === 0) return PyLong_FromSsize_t(end - start + 1);
  return PyLong_FromSsize_t(countUnits(u.s, sub.s, unitIndex(u, start), unitIndex(u, end), MAX));
};

/** CPython 3.11: Objects/unicodeobject.c tailmatch */
function tailmatch(u: PyUnicodeObject, sub: PyUnicodeObject, s0: number, e0: number, atEnd: boolean): boolean {
  let [start, end] = adjustIndices(s0, e0, u.length);
  end -= sub.length;
  if (end < start) return false;
  if (sub.length === 0) return true;
  const at = atEnd ? end : start;
  return u.s.startsWith(sub.s, unitIndex(u, at));
}

function tailmatchMethod(fname: string, atEnd: boolean): Fn {
  return (self, args, kwnames) => {
    noKeywords(`str.${fname}`, kwnames);
    tupleArgCount(fname, args.length, 1, 3);
    const u = self_(self);
    const start = sliceIndexArg(args[1], 0);
    const end = sliceIndexArg(args[2], MAX);
    const arg = args[0];
    if (arg instanceof PyTupleObject) {
      for (const item of arg.items) {
        if (!(item instanceof PyUnicodeObject)) {
          raise(PyExc_TypeError, `tuple for ${fname} must only contain str, not ${item.ob_type.tp_name}`);
        }
        if (tailmatch(u, item, start, end, atEnd)) return PyBool_FromBool(true);
      }
      return PyBool_FromBool(false);
    }
    if (!(arg instanceof PyUnicodeObject)) {
      raise(PyExc_TypeError, `${fname} first arg must be str or a tuple of str, not ${arg.ob_type.tp_name}`);
    }
    return PyBool_FromBool(tailmatch(u, arg, start, end, atEnd));
  };
}

// ---------------------------------------------------------------------------------------------
// split, rsplit, splitlines, partition, rpartition
// ---------------------------------------------------------------------------------------------

const enum Split {
  /** MAX_PREALLOC of stringlib/split.h: lists of pieces start with this many slots at most. */
  MAX_PREALLOC = 12,
}

/**
 * The list stringlib's split functions build: PyList_New(PREALLOC_SIZE(maxcount)) filled in
 * place, then grown by PyList_Append (its capacity shows in sys.getsizeof).
 */
class PieceList {
  list: PyListObject;
  count = 0;
  constructor(maxcount: number) {
    this.list = PyList_New();
    setAllocated(this.list, maxcount >= Split.MAX_PREALLOC ? Split.MAX_PREALLOC : maxcount + 1);
  }
  add(o: PyObject): void {
    if (this.count < Split.MAX_PREALLOC) this.list.items.push(o);
    else listAppendSteal(this.list, o);
    this.count++;
  }
}

function maxsplitArg(o: PyObject | null): number {
  if (o === null) return MAX;
  const v = ssizeArg(o);
  return v < 0 ? MAX : v;
}

function splitArgs(fname: string, args: PyObject[], kwnames: string[] | null): [PyUnicodeObject | null, number] {
  const [sepObj, maxObj] = unpackArgs(fname, args, kwnames, ['sep', 'maxsplit'], 0);
  let sep: PyUnicodeObject | null = null;
  if (sepObj !== null && sepObj !== Py_None) {
    if (!(sepObj instanceof PyUnicodeObject)) raise(PyExc_TypeError, `must be str or None, not ${sepObj.ob_type.tp_name}`);
    if (sepObj.length === 0) raise(PyExc_ValueError, 'empty separator');
    sep = sepObj;
  }
  return [sep, maxsplitArg(maxObj)];
}

function isSpaceUnit(c: number): boolean {
  return uc.isSpace(c);
}

/** CPython 3.11: Objects/stringlib/split.h split_whitespace / split / split_char. */
export function splitString(u: PyUnicodeObject, sep: PyUnicodeObject | null, maxcount: number): PyListObject {
  const s = u.s;
  const n = s.length;
  const out = new PieceList(maxcount);
  try {
    if (sep === null) {
      let i = 0;
      while (maxcount-- > 0) {
        while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
        if (i === n) break;
        let j = i;
        while (j < n && !isSpaceUnit(s.charCodeAt(j))) j++;
        if (i === 0 && j === n && u.ob_type === PyUnicode_Type) {
          // No whitespace in the string: the string itself is the only piece.
          out.add(newref(u));
          return out.list;
        }
        out.add(substringUnits(u, i, j));
        i = j;
      }
      while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
      if (i < n) out.add(substringUnits(u, i, n));
      return out.list;
    }
    const t = sep.s;
    let i = 0;
    while (maxcount-- > 0) {
      const j = s.indexOf(t, i);
      if (j < 0) break;
      out.add(PyUnicode_FromString(s.slice(i, j)));
      i = j + t.length;
    }
    if (out.count === 0 && u.ob_type === PyUnicode_Type) out.add(newref(u));
    else out.add(PyUnicode_FromString(s.slice(i, n)));
    return out.list;
  } catch (e) {
    decref(out.list);
    throw e;
  }
}

/** CPython 3.11: Objects/stringlib/split.h rsplit_whitespace / rsplit (then PyList_Reverse). */
function rsplitString(u: PyUnicodeObject, sep: PyUnicodeObject | null, maxcount: number): PyListObject {
  const s = u.s;
  const n = s.length;
  const out = new PieceList(maxcount);
  try {
    if (sep === null) {
      let i = n - 1;
      while (maxcount-- > 0) {
        while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
        if (i < 0) break;
        let j = i;
        while (j >= 0 && !isSpaceUnit(s.charCodeAt(j))) j--;
        if (j < 0 && i === n - 1 && u.ob_type === PyUnicode_Type) {
          out.add(newref(u));
          out.list.items.reverse();
          return out.list;
        }
        out.add(substringUnits(u, j + 1, i + 1));
        i = j;
      }
      while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
      if (i >= 0) out.add(substringUnits(u, 0, i + 1));
    } else {
      const t = sep.s;
      let j = n;
      while (maxcount-- > 0) {
        const pos = j - t.length >= 0 ? s.lastIndexOf(t, j - t.length) : -1;
        if (pos < 0) break;
        out.add(PyUnicode_FromString(s.slice(pos + t.length, j)));
        j = pos;
      }
      if (out.count === 0 && u.ob_type === PyUnicode_Type) out.add(newref(u));
      else out.add(PyUnicode_FromString(s.slice(0, j)));
    }
    out.list.items.reverse();
    return out.list;
  } catch (e) {
    decref(out.list);
    throw e;
  }
}

const str_split: Fn = (self, args, kwnames) => {
  const [sep, maxsplit] = splitArgs('split', args, kwnames);
  return splitString(self_(self), sep, maxsplit);
};

const str_rsplit: Fn = (self, args, kwnames) => {
  const [sep, maxsplit] = splitArgs('rsplit', args, kwnames);
  return rsplitString(self_(self), sep, maxsplit);
};

/** CPython 3.11: Objects/stringlib/split.h splitlines */
const str_splitlines: Fn = (self, args, kwnames) => {
  const [k] = unpackArgs('splitlines', args, kwnames, ['keepends'], 0);
  const keepends = k !== null && ssizeArg(k) !== 0;
  const u = self_(self);
  const s = u.s;
  const n = s.length;
  const list = PyList_New();
  try {
    let i = 0;
    while (i < n) {
      let j = i;
      while (j < n && !uc.isLinebreak(s.charCodeAt(j))) j++;
      let eol = j;
      if (j < n) eol = s.charCodeAt(j) === 13 && j + 1 < n && s.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
      const end = keepends ? eol : j;
      if (i === 0 && end === n && u.ob_type === PyUnicode_Type) {
        listAppendSteal(list, newref(u));
        break;
      }
      listAppendSteal(list, substringUnits(u, i, end));
      i = eol;
    }
  } catch (e) {
    decref(list);
    throw e;
  }
  return list;
};

/** CPython 3.11: Objects/unicodeobject.c PyUnicode_Partition / PyUnicode_RPartition */
function partitionMethod(right: boolean): Fn {
  const fname = right ? 'rpartition' : 'partition';
  return (self, args, kwnames) => {
    const sep = strArg(oneArg(`str.${fname}`, args, kwnames));
    const u = self_(self);
    if (sep.length === 0) raise(PyExc_ValueError, 'empty separator');
    const pos = u.length < sep.length ? -1 : right ? u.s.lastIndexOf(sep.s) : u.s.indexOf(sep.s);
    if (pos < 0) {
      const e1 = emptyStr();
      const e2 = emptyStr();
      return right ? tupleFromArraySteal([e1, e2, newref(u)]) : tupleFromArraySteal([newref(u), e1, e2]);
    }
    return tupleFromArraySteal([
      substringUnits(u, 0, pos),
      newref(sep),
      substringUnits(u, pos + sep.s.length, u.s.length),
    ]);
  };
}

// ---------------------------------------------------------------------------------------------
// join
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/unicodeobject.c _PyUnicode_JoinArray */
export function joinArray(sep: PyUnicodeObject, items: readonly PyObject[]): PyObject {
  const n = items.length;
  if (n === 0) return emptyStr();
  if (n === 1 && items[0].ob_type === PyUnicode_Type) return newref(items[0]);
  const parts: string[] = new Array(n);
  let total = 0;
  // Without a separator between them, the parts alone decide.
  let latin1 = n === 1 || sep.kind === 1;
  let ascii = n === 1 || sep.ascii;
  for (let i = 0; i < n; i++) {
    const item = items[i];
    if (!(item instanceof PyUnicodeObject)) {
      raise(PyExc_TypeError, `sequence item ${i}: expected str instance, ${item.ob_type.tp_name} found`);
    }
    parts[i] = item.s;
    total += item.s.length;
    if (item.kind !== 1) latin1 = false;
    else if (!item.ascii) ascii = false;
  }
  total += (n - 1) * sep.s.length;
  if (total > UnicodeLayout.MAX_JS_LENGTH) raise(PyExc_OverflowError, 'join() result is too long for a Python string');
  const s = n === 1 ? parts[0] : parts.join(sep.s);
  return latin1 ? unicodeNewLatin1(s, ascii) : unicodeNew(s);
}

/** CPython 3.11: Objects/unicodeobject.c PyUnicode_Join */
export function PyUnicode_Join(sep: PyUnicodeObject, iterable: PyObject): PyObject {
  const seq = sequenceFast(iterable, 'can only join an iterable');
  try {
    return joinArray(sep, (seq as PyListObject | PyTupleObject).items.slice());
  } finally {
    decref(seq);
  }
}

const str_join: Fn = (self, args, kwnames) => PyUnicode_Join(self_(self), oneArg('str.join', args, kwnames));

// ---------------------------------------------------------------------------------------------
// strip, replace, removeprefix, removesuffix
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/unicodeobject.c do_strip / do_argstrip */
function stripMethod(fname: string, left: boolean, right: boolean): Fn {
  return (self, args, kwnames) => {
    noKeywords(`str.${fname}`, kwnames);
    checkPositional(fname, args.length, 0, 1);
    const u = self_(self);
    const s = u.s;
    let i = 0;
    let j = s.length;
    if (args.length === 0 || args[0] === Py_None) {
      if (left) while (i < j && uc.isSpace(s.charCodeAt(i))) i++;
      if (right) while (j > i && uc.isSpace(s.charCodeAt(j - 1))) j--;
    } else {
      const chars = args[0];
      if (!(chars instanceof PyUnicodeObject)) raise(PyExc_TypeError, `${fname} arg must be None or str`);
      const set = new Set<number>();
      for (const ch of chars.s) set.add(ch.codePointAt(0)!);
      const cps = cpsOf(u);
      // Work in code points, then convert the bounds.
      let a = 0;
      let b = cps.length;
      if (left) while (a < b && set.has(cps[a])) a++;
      if (right) while (b > a && set.has(cps[b - 1])) b--;
      i = unitIndex(u, a);
      j = unitIndex(u, b);
    }
    return substringUnits(u, i, j);
  };
}

/** CPython 3.11: Objects/unicodeobject.c replace */
export function replaceString(u: PyUnicodeObject, old: PyUnicodeObject, rep: PyUnicodeObject, maxcount: number): PyObject {
  const s = u.s;
  if (u.length < old.length) return unicodeResultUnchanged(u);
  if (maxcount < 0) maxcount = MAX;
  else if (maxcount === 0) return unicodeResultUnchanged(u);
  if (old === rep) return unicodeResultUnchanged(u);
  if (old.length === rep.length) {
    if (old.length === 0 || !s.includes(old.s)) return unicodeResultUnchanged(u);
    return unicodeNew(replaceFirst(s, old.s, rep.s, maxcount));
  }
  let n: number;
  if (old.length === 0) n = Math.min(u.length + 1, maxcount);
  else n = countUnits(s, old.s, 0, s.length, maxcount);
  if (n === 0) return unicodeResultUnchanged(u);
  const newSize = u.length + n * (rep.length - old.length);
  if (newSize === 0) return emptyStr();
  if (newSize > UnicodeLayout.MAX_JS_LENGTH) raise(PyExc_OverflowError, 'replace string is too long');
  if (old.length > 0) return unicodeNew(replaceFirst(s, old.s, rep.s, n));
  // Insert rep before each of the first n code points (and at the end if n allows).
  const cps = Array.from(s);
  let out = '';
  for (let k = 0; k < cps.length; k++) {
    if (k < n) out += rep.s;
    out += cps[k];
  }
  if (n > cps.length) out += rep.s;
  return unicodeNew(out);
}

function replaceFirst(s: string, old: string, rep: string, n: number): string {
  let out = '';
  let i = 0;
  while (n-- > 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
  }
  return out + s.slice(i);
}

const str_replace: Fn = (self, args, kwnames) => {
  noKeywords('str.replace', kwnames);
  checkPositional('replace', args.length, 2, 3);
  if (!(args[0] instanceof PyUnicodeObject)) raise(PyExc_TypeError, `replace() argument 1 must be str, not ${args[0].ob_type.tp_name}`);
  if (!(args[1] instanceof PyUnicodeObject)) raise(PyExc_TypeError, `replace() argument 2 must be str, not ${args[1].ob_type.tp_name}`);
  const count = args.length > 2 ? ssizeArg(args[2]) : -1;
  return replaceString(self_(self), args[0], args[1], count);
};

function affixMethod(fname: string, suffix: boolean): Fn {
  return (self, args, kwnames) => {
    const a = oneArg(`str.${fname}`, args, kwnames);
    if (!(a instanceof PyUnicodeObject)) raise(PyExc_TypeError, `${fname}() argument must be str, not ${a.ob_type.tp_name}`);
    const u = self_(self);
    const s = u.s;
    if (suffix ? s.endsWith(a.s) && a.s.length > 0 : s.startsWith(a.s) && a.s.length > 0) {
      return suffix ? substringUnits(u, 0, s.length - a.s.length) : substringUnits(u, a.s.length, s.length);
    }
    return unicodeResultUnchanged(u);
  };
}

// ---------------------------------------------------------------------------------------------
// Case mapping
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/unicodeobject.c handle_capital_sigma */
function capitalSigma(cps: ArrayLike<number>, i: number): number {
  let j = i - 1;
  let c = 0;
  while (j >= 0) {
    c = cps[j];
    if (!uc.isCaseIgnorable(c)) break;
    j--;
  }
  let finalSigma = j >= 0 && uc.isCased(c);
  if (finalSigma) {
    j = i + 1;
    while (j < cps.length) {
      c = cps[j];
      if (!uc.isCaseIgnorable(c)) break;
      j++;
    }
    finalSigma = j === cps.length || !uc.isCased(c);
  }
  return finalSigma ? 0x3c2 : 0x3c3;
}

/** lower_ucs4: the lower-case mapping with the final-sigma rule. */
function lowerAt(cps: ArrayLike<number>, i: number): string {
  const c = cps[i];
  if (c === 0x3a3) return String.fromCharCode(capitalSigma(cps, i));
  return uc.lowerFull(c);
}

const ASCII = /^[\x00-\x7f]*$/;

function caseMethod(fname: string, map: (u: PyUnicodeObject) => string): Fn {
  return (self, args, kwnames) => {
    noArgs(`str.${fname}`, args, kwnames);
    return unicodeNew(map(self_(self)));
  };
}

function doLower(u: PyUnicodeObject): string {
  if (u.ascii) return u.s.toLowerCase();
  const cps = cpsOf(u);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

function doUpper(u: PyUnicodeObject): string {
  if (u.ascii) return u.s.toUpperCase();
  const cps = cpsOf(u);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += uc.upperFull(cps[i]);
  return out;
}

function doCasefold(u: PyUnicodeObject): string {
  if (u.ascii) return u.s.toLowerCase();
  const cps = cpsOf(u);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += uc.foldFull(cps[i]);
  return out;
}

/** do_title */
function doTitle(u: PyUnicodeObject): string {
  const cps = cpsOf(u);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += prevCased ? lowerAt(cps, i) : uc.titleFull(c);
    prevCased = uc.isCased(c);
  }
  return out;
}

/** do_capitalize (3.8+: the first character goes to title case). */
function doCapitalize(u: PyUnicodeObject): string {
  const cps = cpsOf(u);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += i === 0 ? uc.titleFull(cps[0]) : lowerAt(cps, i);
  return out;
}

/** do_swapcase */
function doSwapcase(u: PyUnicodeObject): string {
  const cps = cpsOf(u);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (uc.isUpper(c)) out += lowerAt(cps, i);
    else if (uc.isLower(c)) out += uc.upperFull(c);
    else out += String.fromCodePoint(c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------------------------

function predicate(fname: string, test: (u: PyUnicodeObject) => boolean): Fn {
  return (self, args, kwnames) => {
    noArgs(`str.${fname}`, args, kwnames);
    return PyBool_FromBool(test(self_(self)));
  };
}

function allChars(u: PyUnicodeObject, p: (c: number) => boolean): boolean {
  if (u.length === 0) return false;
  for (let i = 0; i < u.length; i++) if (!p(codePointAt(u, i))) return false;
  return true;
}

/** unicode_islower_impl / unicode_isupper_impl */
function caseTest(u: PyUnicodeObject, want: (c: number) => boolean, reject: (c: number) => boolean): boolean {
  if (u.length === 1) return want(codePointAt(u, 0));
  let cased = false;
  for (let i = 0; i < u.length; i++) {
    const c = codePointAt(u, i);
    if (reject(c) || uc.isTitle(c)) return false;
    if (!cased && want(c)) cased = true;
  }
  return cased;
}

/** unicode_istitle_impl */
function isTitleString(u: PyUnicodeObject): boolean {
  if (u.length === 1) {
    const c = codePointAt(u, 0);
    return uc.isTitle(c) || uc.isUpper(c);
  }
  let cased = false;
  let prevCased = false;
  for (let i = 0; i < u.length; i++) {
    const c = codePointAt(u, i);
    if (uc.isUpper(c) || uc.isTitle(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (uc.isLower(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

/** CPython 3.11: Objects/unicodeobject.c PyUnicode_IsIdentifier */
export function isIdentifier(u: PyUnicodeObject): boolean {
  if (u.length === 0) return false;
  const c0 = codePointAt(u, 0);
  if (!uc.isXidStart(c0) && c0 !== 95) return false;
  for (let i = 1; i < u.length; i++) if (!uc.isXidContinue(codePointAt(u, i))) return false;
  return true;
}

function isPrintableString(u: PyUnicodeObject): boolean {
  for (let i = 0; i < u.length; i++) if (!uc.isPrintable(codePointAt(u, i))) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Padding, zfill, expandtabs
// ---------------------------------------------------------------------------------------------

/** convert_uc: the fill character argument. */
function fillArg(o: PyObject | undefined): string {
  if (o === undefined) return ' ';
  if (!(o instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `The fill character must be a unicode character, not ${o.ob_type.tp_name}`);
  }
  if (o.length !== 1) raise(PyExc_TypeError, 'The fill character must be exactly one character long');
  return o.s;
}

/** CPython 3.11: Objects/unicodeobject.c pad */
function pad(u: PyUnicodeObject, left: number, right: number, fill: string): PyObject {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left === 0 && right === 0) return unicodeResultUnchanged(u);
  if (u.length + left + right > UnicodeLayout.MAX_JS_LENGTH) raise(PyExc_OverflowError, 'padded string is too long');
  return unicodeNew(fill.repeat(left) + u.s + fill.repeat(right));
}

function padMethod(fname: string, where: 'center' | 'left' | 'right'): Fn {
  return (self, args, kwnames) => {
    noKeywords(`str.${fname}`, kwnames);
    checkPositional(fname, args.length, 1, 2);
    const width = ssizeArg(args[0]);
    const fill = fillArg(args[1]);
    const u = self_(self);
    if (u.length >= width) return unicodeResultUnchanged(u);
    const marg = width - u.length;
    if (where === 'center') {
      const left = Math.floor(marg / 2) + (marg & width & 1);
      return pad(u, left, marg - left, fill);
    }
    return where === 'left' ? pad(u, 0, marg, fill) : pad(u, marg, 0, fill);
  };
}

/** CPython 3.11: Objects/unicodeobject.c unicode_zfill_impl */
const str_zfill: Fn = (self, args, kwnames) => {
  const width = ssizeArg(oneArg('str.zfill', args, kwnames));
  const u = self_(self);
  if (u.length >= width) return unicodeResultUnchanged(u);
  const fill = width - u.length;
  let s = '0'.repeat(fill) + u.s;
  const c = u.s.charCodeAt(0);
  if (c === 43 || c === 45) s = u.s[0] + '0'.repeat(fill) + u.s.slice(1);
  return unicodeNew(s);
};

/** CPython 3.11: Objects/unicodeobject.c unicode_expandtabs_impl */
const str_expandtabs: Fn = (self, args, kwnames) => {
  const [t] = unpackArgs('expandtabs', args, kwnames, ['tabsize'], 0);
  const tabsize = t === null ? 8 : ssizeArg(t);
  const u = self_(self);
  const s = u.s;
  if (!s.includes('\t')) return unicodeResultUnchanged(u);
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        out += ' '.repeat(incr);
        col += incr;
      }
    } else {
      out += ch;
      col++;
      if (ch === '\n' || ch === '\r') col = 0;
    }
  }
  return unicodeNew(out);
};

// ---------------------------------------------------------------------------------------------
// encode, translate, maketrans
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/unicodeobject.c unicode_encode_impl */
const str_encode: Fn = (self, args, kwnames) => {
  const [enc, err] = unpackArgs('encode', args, kwnames, ['encoding', 'errors'], 0);
  if (enc !== null && !(enc instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `encode() argument 'encoding' must be str, not ${enc.ob_type.tp_name}`);
  }
  if (err !== null && !(err instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `encode() argument 'errors' must be str, not ${err.ob_type.tp_name}`);
  }
  return PyUnicode_AsEncodedString(self_(self), (enc as PyUnicodeObject | null)?.s ?? 'utf-8', (err as PyUnicodeObject | null)?.s ?? 'strict');
};

function isLookupError(e: unknown): e is PyErr {
  return e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_LookupError);
}

/** CPython 3.11: Objects/unicodeobject.c charmaptranslate_lookup: a replacement or undefined (keep). */
function translateLookup(table: PyObject, c: number): string | null | undefined {
  const key = PyLong_FromNumber(c);
  let x: PyObject;
  try {
    x = PyObject_GetItem(table, key);
  } catch (e) {
    if (isLookupError(e)) {
      decref(e.exc);
      return undefined;
    }
    throw e;
  } finally {
    decref(key);
  }
  try {
    if (x === Py_None) return null;
    if (x instanceof PyLongObject) {
      const v = x.v;
      if (typeof v === 'bigint' || v < 0 || v > 0x10ffff) {
        raise(PyExc_ValueError, 'character mapping must be in range(0x110000)');
      }
      return String.fromCodePoint(v);
    }
    if (x instanceof PyUnicodeObject) return x.s;
    raise(PyExc_TypeError, 'character mapping must return integer, None or str');
  } finally {
    decref(x);
  }
}

/** CPython 3.11: Objects/unicodeobject.c _PyUnicode_TranslateCharmap (a _PyUnicodeWriter result). */
const str_translate: Fn = (self, args, kwnames) => {
  const table = oneArg('str.translate', args, kwnames);
  const u = self_(self);
  const cache = new Map<number, string | null | undefined>();
  let out = '';
  const cps = cpsOf(u);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    let r: string | null | undefined;
    if (cache.has(c)) r = cache.get(c);
    else {
      r = translateLookup(table, c);
      // The ASCII fast path remembers results for ASCII characters only.
      if (c < 128) cache.set(c, r);
    }
    if (r === undefined) out += String.fromCodePoint(c);
    else if (r !== null) out += r;
  }
  return PyUnicode_FromString(out);
};

/** CPython 3.11: Objects/unicodeobject.c unicode_maketrans_impl */
const str_maketrans: Fn = (_self, args, kwnames) => {
  noKeywords('maketrans', kwnames);
  checkPositional('maketrans', args.length, 1, 3);
  const [x, y, z] = args;
  const d = PyDict_New();
  try {
    if (y !== undefined) {
      if (!(x instanceof PyUnicodeObject)) {
        raise(PyExc_TypeError, 'first maketrans argument must be a string if there is a second argument');
      }
      if (!(y instanceof PyUnicodeObject)) raise(PyExc_TypeError, `maketrans() argument 2 must be str, not ${y.ob_type.tp_name}`);
      if (z !== undefined && !(z instanceof PyUnicodeObject)) {
        raise(PyExc_TypeError, `maketrans() argument 3 must be str, not ${z.ob_type.tp_name}`);
      }
      if (x.length !== y.length) raise(PyExc_ValueError, 'the first two maketrans arguments must have equal length');
      for (let i = 0; i < x.length; i++) setIntItem(d, codePointAt(x, i), PyLong_FromNumber(codePointAt(y, i)));
      if (z !== undefined) {
        const zz = z as PyUnicodeObject;
        for (let i = 0; i < zz.length; i++) setIntItem(d, codePointAt(zz, i), newref(Py_None));
      }
      return d;
    }
    if (!(x instanceof PyDictObject)) raise(PyExc_TypeError, 'if you give only one argument to maketrans it must be a dict');
    dictForEach(x, (k, v) => {
      if (k instanceof PyUnicodeObject) {
        if (k.length !== 1) raise(PyExc_ValueError, 'string keys in translate table must be of length 1');
        setIntItem(d, codePointAt(k, 0), newref(v));
      } else if (k instanceof PyLongObject) {
        PyDict_SetItem(d, k, v);
      } else raise(PyExc_TypeError, 'keys in translate table must be strings or integers');
    });
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
};

/** Stores d[int(c)] = value (value stolen). */
function setIntItem(d: PyDictObject, c: number, value: PyObject): void {
  const key = PyLong_FromNumber(c);
  try {
    PyDict_SetItem(d, key, value);
  } finally {
    decref(key);
    decref(value);
  }
}

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

/** Installs the str methods (initUnicode calls it before PyType_Ready). */
export function initUnicodeMethods(): void {
  const p = (name: string, test: (u: PyUnicodeObject) => boolean): MethodDef => ({ name, fn: predicate(name, test) });
  PyUnicode_Type.methods = [
    { name: 'encode', fn: str_encode },
    { name: 'replace', fn: str_replace },
    { name: 'split', fn: str_split },
    { name: 'rsplit', fn: str_rsplit },
    { name: 'join', fn: str_join },
    { name: 'capitalize', fn: caseMethod('capitalize', doCapitalize) },
    { name: 'casefold', fn: caseMethod('casefold', doCasefold) },
    { name: 'title', fn: caseMethod('title', doTitle) },
    { name: 'center', fn: padMethod('center', 'center') },
    { name: 'count', fn: str_count },
    { name: 'expandtabs', fn: str_expandtabs },
    { name: 'find', fn: findMethod('find', 1, false) },
    { name: 'partition', fn: partitionMethod(false) },
    { name: 'index', fn: findMethod('index', 1, true) },
    { name: 'ljust', fn: padMethod('ljust', 'left') },
    { name: 'lower', fn: caseMethod('lower', doLower) },
    { name: 'lstrip', fn: stripMethod('lstrip', true, false) },
    { name: 'rfind', fn: findMethod('rfind', -1, false) },
    { name: 'rindex', fn: findMethod('rindex', -1, true) },
    { name: 'rjust', fn: padMethod('rjust', 'right') },
    { name: 'rstrip', fn: stripMethod('rstrip', false, true) },
    { name: 'rpartition', fn: partitionMethod(true) },
    { name: 'splitlines', fn: str_splitlines },
    { name: 'strip', fn: stripMethod('strip', true, true) },
    { name: 'swapcase', fn: caseMethod('swapcase', doSwapcase) },
    { name: 'translate', fn: str_translate },
    { name: 'upper', fn: caseMethod('upper', doUpper) },
    { name: 'startswith', fn: tailmatchMethod('startswith', false) },
    { name: 'endswith', fn: tailmatchMethod('endswith', true) },
    { name: 'removeprefix', fn: affixMethod('removeprefix', false) },
    { name: 'removesuffix', fn: affixMethod('removesuffix', true) },
    p('isascii', (u) => u.ascii),
    p('islower', (u) => caseTest(u, uc.isLower, uc.isUpper)),
    p('isupper', (u) => caseTest(u, uc.isUpper, uc.isLower)),
    p('istitle', isTitleString),
    p('isspace', (u) => allChars(u, uc.isSpace)),
    p('isdecimal', (u) => allChars(u, uc.isDecimal)),
    p('isdigit', (u) => allChars(u, uc.isDigit)),
    p('isnumeric', (u) => allChars(u, uc.isNumeric)),
    p('isalpha', (u) => allChars(u, uc.isAlpha)),
    p('isalnum', (u) => allChars(u, uc.isAlnum)),
    p('isidentifier', isIdentifier),
    p('isprintable', isPrintableString),
    { name: 'zfill', fn: str_zfill },
    { name: 'format', fn: unicode_format },
    { name: 'format_map', fn: unicode_format_map },
    { name: '__format__', fn: unicode__format__ },
    { name: 'maketrans', kind: 'static', fn: str_maketrans },
    {
      name: '__sizeof__',
      fn: (self, args, kwnames) => {
        noArgs('str.__sizeof__', args, kwnames);
        return PyLong_FromNumber(unicodeSize(self_(self)));
      },
    },
    {
      name: '__getnewargs__',
      fn: (self, args, kwnames) => {
        noArgs('str.__getnewargs__', args, kwnames);
        return tupleFromArraySteal([unicodeNew(self_(self).s)]);
      },
    },
  ];
}

export { ASCII, tupleFromArray };
