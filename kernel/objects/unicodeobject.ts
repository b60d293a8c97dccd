/**
 * str: compact Unicode objects, the one-character cache, the empty string and interning, and
 * the str type's slots (repr, indexing, slicing, concatenation, comparison, iteration).
 * CPython 3.11: Objects/unicodeobject.c, Include/cpython/unicodeobject.h.
 *
 * The text is kept as a JavaScript string (UTF-16). Code points above U+FFFF take two UTF-16
 * units, so such strings keep a code-point array for indexing (NON-CPYTHON representation; the
 * emulated size is CPython's: kind 1, 2 or 4 bytes per code point).
 *
 * The methods are in unicode_methods.ts, the codecs in unicode_codecs.ts, str.format in
 * stringformat.ts, `%` in unicode_format.ts; initUnicode() installs what lives elsewhere.
 */
import { CompareOp, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { allocObjectMemory, allocStatic, freeObjectMemory, memFree, memMalloc, memRealloc } from '../memory/heap.ts';
import { decref, newref } from '../memory/refcount.ts';
import { raise } from '../vm/errors.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import {
  PyExc_IndexError, PyExc_MemoryError, PyExc_OverflowError, PyExc_TypeError,
} from './exceptions.ts';
import { PyObject_Repr, PyObject_Str, Py_NotImplemented } from './object.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { PyNumber_AsSsize_t } from './abstract.ts';
import { finishAlloc } from './typeobject.ts';
import { unpackArgs } from './getargs.ts';
import { isPrintable } from './unicodectype.ts';
import { PySlice_Check, sliceAdjustIndices, sliceUnpack } from './sliceobject.ts';
import { PyUnicode_FromEncodedObject, initUnicodeErrors } from './unicode_codecs.ts';
import { PyUnicode_Format } from './formatting.ts';
import { initUnicodeMethods } from './unicode_methods.ts';
import { STATIC_STRINGS } from './unicode_static_ids.ts';

export const PyUnicode_Type: PyTypeObject = registerStaticType(
  newStaticType('str', 80, 0, TPFlags.BASETYPE | TPFlags.UNICODE_SUBCLASS),
);

export const enum UnicodeLayout {
  /** sizeof(PyASCIIObject) in 3.11 (still has the wstr pointer). */
  ASCII_OBJECT = 48,
  /** sizeof(PyCompactUnicodeObject) in 3.11. */
  COMPACT_OBJECT = 72,
  /** sizeof(PyUnicodeObject): the compact header plus the data pointer (str.__basicsize__). */
  UNICODE_OBJECT = 80,
  /** Refcount CPython 3.11 gives statically allocated objects (_PyObject_IMMORTAL_INIT). */
  STATIC_REFCNT = 999999999,
  /**
   * NON-CPYTHON: JavaScript strings cannot hold more than about 2**29 UTF-16 units; longer
   * results raise MemoryError where CPython would try to allocate them.
   */
  MAX_JS_LENGTH = 1 << 28,
}

/** SSTATE_* of the interned field. */
export const enum Interned {
  NOT_INTERNED = 0,
  MORTAL = 1,
  /** Statically allocated and interned at start-up (_Py_ID strings, one-character strings). */
  STATIC = 2,
}

export class PyUnicodeObject extends PyObject {
  /** The text. */
  s: string;
  /** Number of code points (len()). */
  length: number;
  /** Cached hash, -1 until computed. */
  hash = -1;
  interned: Interned = Interned.NOT_INTERNED;
  /** Bytes per code point: 1 (ASCII or Latin-1), 2 (UCS-2), 4 (UCS-4). */
  kind: 1 | 2 | 4;
  ascii: boolean;
  /** Code points, only for strings with characters above U+FFFF. */
  cps: number[] | null;
  /** A cached UTF-8 copy exists (PyUnicode_AsUTF8 was called on a non-ASCII string). */
  utf8Cached = false;
  /**
   * Subclass instances are "legacy" strings whose characters live in a separate block
   * (unicode_subtype_new); its address, 0 for compact strings.
   */
  dataAddr = 0;

  constructor(type: PyTypeObject, s: string) {
    super(type, false);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.s = s;
    this.length = 0;
    this.kind = 1;
    this.ascii = true;
    this.cps = null;
    this.setText(s);
  }

  /** Sets the text and the derived length, kind and code-point array. */
  setText(s: string): void {
    this.s = s;
    let max = 0;
    let astral = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > max) max = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          astral = true;
          i++;
        }
      }
    }
    if (astral) {
      this.cps = Array.from(s, (ch) => ch.codePointAt(0)!);
      this.length = this.cps.length;
      this.kind = 4;
      this.ascii = false;
    } else {
      this.cps = null;
      this.length = s.length;
      this.ascii = max < 128;
      this.kind = max < 256 ? 1 : 2;
    }
  }

  /**
   * Sets the text to a + b with the derived fields taken from the operands, as PyUnicode_Concat
   * sizes its result from MAX(maxchar(left), maxchar(right)) without reading the characters.
   * A lone high surrogate meeting a lone low one would pair up in UTF-16: rescan then.
   */
  setConcatText(a: PyUnicodeObject, b: PyUnicodeObject): void {
    const s = a.s + b.s;
    if (a.kind !== 1 && b.kind !== 1 && endsWithHighSurrogate(a.s) && startsWithLowSurrogate(b.s)) {
      this.setText(s);
      return;
    }
    this.s = s;
    this.length = a.length + b.length;
    this.kind = a.kind > b.kind ? a.kind : b.kind;
    this.ascii = a.ascii && b.ascii;
    if (a.cps === null && b.cps === null) this.cps = null;
    else this.cps = (a.cps ?? Array.from(a.s, (ch) => ch.charCodeAt(0))).concat(b.cps ?? Array.from(b.s, (ch) => ch.charCodeAt(0)));
  }
}

function endsWithHighSurrogate(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c >= 0xd800 && c <= 0xdbff;
}

function startsWithLowSurrogate(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The object's size as unicode_sizeof computes it (and as allocated). */
export function unicodeSize(u: PyUnicodeObject): number {
  if (u.dataAddr !== 0 || u.ob_type !== PyUnicode_Type) {
    // A legacy (subclass) string: the object plus its separate character block.
    let size = UnicodeLayout.UNICODE_OBJECT + (u.length + 1) * u.kind;
    if (u.utf8Cached && !u.ascii) size += utf8Length(u.s) + 1;
    return size;
  }
  if (u.ascii) return UnicodeLayout.ASCII_OBJECT + u.length + 1;
  let size = UnicodeLayout.COMPACT_OBJECT + (u.length + 1) * u.kind;
  if (u.utf8Cached) size += utf8Length(u.s) + 1;
  return size;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** CPython 3.11: Objects/unicodeobject.c unicode_dealloc */
function unicode_dealloc(o: PyObject): void {
  const u = o as PyUnicodeObject;
  if (u.interned === Interned.STATIC) throw new Error('deallocating a static string');
  if (u.interned === Interned.MORTAL) {
    // The interned dict's two references were not counted: revive them and delete the entry.
    interned.delete(u.s);
  }
  if (u.dataAddr !== 0) {
    memFree(u.dataAddr);
    u.dataAddr = 0;
  }
  const t = u.ob_type;
  if (t === PyUnicode_Type) freeObjectMemory(u, 0);
  else t.tp_free!(u);
}
PyUnicode_Type.tp_dealloc = unicode_dealloc;

let emptyString: PyUnicodeObject | null = null;
const latin1: (PyUnicodeObject | undefined)[] = new Array(256);

function makeStatic(s: string): PyUnicodeObject {
  const u = new PyUnicodeObject(PyUnicode_Type, s);
  u.ob_refcnt = UnicodeLayout.STATIC_REFCNT;
  allocStatic(u, unicodeSize(u));
  return u;
}

/**
 * A statically allocated str that is not interned (3.11's _Py_STR / _Py_ID constants returned by
 * C code, e.g. repr(True)), as a new reference; made once per text.
 */
export function staticString(s: string): PyUnicodeObject {
  let u = staticStrings.get(s);
  if (u === undefined) {
    u = makeStatic(s);
    staticStrings.set(s, u);
  }
  u.ob_refcnt++;
  return u;
}
const staticStrings = new Map<string, PyUnicodeObject>();

/** The empty string singleton (3.11: a static object). */
export function emptyStr(): PyUnicodeObject {
  if (emptyString === null) emptyString = makeStatic('');
  emptyString.ob_refcnt++;
  return emptyString;
}

/** Is this the empty-string singleton? (`left == empty` tests in unicodeobject.c) */
export function isEmptySingleton(o: PyObject): boolean {
  return o === emptyString;
}

/** The cached one-character string for a Latin-1 code point (get_latin1_char). */
export function latin1Char(c: number): PyUnicodeObject {
  let u = latin1[c];
  if (u === undefined) {
    u = makeStatic(String.fromCharCode(c));
    latin1[c] = u;
  }
  u.ob_refcnt++;
  return u;
}

/** A new str object holding s (unicode_result: the empty and one-character singletons). */
export function PyUnicode_FromString(s: string): PyUnicodeObject {
  const n = s.length;
  if (n === 0) return emptyStr();
  if (n === 1) {
    const c = s.charCodeAt(0);
    if (c < 256) return latin1Char(c);
  }
  const u = new PyUnicodeObject(PyUnicode_Type, s);
  allocObjectMemory(u, unicodeSize(u), 0);
  return u;
}

/**
 * CPython 3.11: Objects/unicodeobject.c PyUnicode_New followed by a copy of the characters:
 * a fresh object even for one character (only the empty string is shared). join, replace, the
 * case methods and repetition build their results this way.
 */
export function unicodeNew(s: string): PyUnicodeObject {
  if (s.length === 0) return emptyStr();
  if (s.length > UnicodeLayout.MAX_JS_LENGTH) raise(PyExc_MemoryError, null);
  const u = new PyUnicodeObject(PyUnicode_Type, s);
  allocObjectMemory(u, unicodeSize(u), 0);
  return u;
}

/**
 * unicodeNew for text made of Latin-1 strings (a join, a format): its kind and asciiness come
 * from the parts, as _PyUnicode_JoinArray sizes its result from their maxchar, without reading
 * the characters again. Never for one character (those are singletons).
 */
export function unicodeNewLatin1(s: string, ascii: boolean): PyUnicodeObject {
  if (s.length <= 1) return unicodeNew(s);
  if (s.length > UnicodeLayout.MAX_JS_LENGTH) raise(PyExc_MemoryError, null);
  const u = new PyUnicodeObject(PyUnicode_Type, '');
  u.s = s;
  u.length = s.length;
  u.ascii = ascii;
  allocObjectMemory(u, unicodeSize(u), 0);
  return u;
}

/** A new str that is never one of the singletons (for subclass instances and fresh copies). */
export function newUnicodeOfType(type: PyTypeObject, s: string): PyUnicodeObject {
  const u = new PyUnicodeObject(type, s);
  if (type === PyUnicode_Type) allocObjectMemory(u, unicodeSize(u), 0);
  return u;
}

/** CPython 3.11: Objects/unicodeobject.c unicode_result_unchanged (exact str: itself, else a copy). */
export function unicodeResultUnchanged(u: PyUnicodeObject): PyUnicodeObject {
  if (u.ob_type === PyUnicode_Type) return newref(u);
  return unicodeNew(u.s);
}

/** PyUnicode_FromObject: an exact str with the same text (itself when it is exact). */
export function PyUnicode_FromObject(u: PyUnicodeObject): PyUnicodeObject {
  return unicodeResultUnchanged(u);
}

// ---------------------------------------------------------------------------------------------
// Interning
// ---------------------------------------------------------------------------------------------

const interned = new Map<string, PyUnicodeObject>();

/**
 * One-character identifiers that 3.11 allocates statically as _Py_ID strings and interns at
 * start-up (Include/internal/pycore_global_strings.h): interning one of these letters gives
 * the static identifier, not the Latin-1 cache entry.
 */
const STATIC_ONE_CHAR_IDS = 'abcdefhijklmnopqrstvwxyBCLST_';

/**
 * NON-CPYTHON: the texts of the strings 3.11 allocates statically and interns at start-up, each
 * with its index: the one-character identifiers, then STATIC_STRINGS. CPython's objects exist
 * before any code runs; the kernel makes each the first time its text is interned
 * (staticIdentifier), so start-up does not build some 1,600 objects a program mostly never uses.
 */
const staticIdentifierIndex = new Map<string, number>();
for (const s of [...STATIC_ONE_CHAR_IDS, ...STATIC_STRINGS]) {
  if (!staticIdentifierIndex.has(s)) staticIdentifierIndex.set(s, staticIdentifierIndex.size);
}

/** The static identifiers' texts in index order (test/oracle/startup_refs.ts measures each). */
export function staticIdentifierTexts(): string[] {
  return [...staticIdentifierIndex.keys()];
}

export function staticIdentifierCount(): number {
  return staticIdentifierIndex.size;
}

/**
 * NON-CPYTHON: the references CPython's start-up objects hold to static identifier `index`
 * (kernel/host/startup_refs.ts), or null while the host has not installed them.
 */
let startupReferencesOf: ((index: number) => number) | null = null;

/** The static identifiers made so far, by index. */
const staticIdentifiers: PyUnicodeObject[] = [];

/**
 * NON-CPYTHON: the host (kernel/host/startup_heap.ts) gives each static identifier the
 * references CPython's start-up objects hold to it: those already made get them now, the others
 * when staticIdentifier makes them. Once per process: the objects outlive interpreters, and so
 * do their start-up references.
 */
export function installStaticIdentifierReferences(extraOf: (index: number) => number): void {
  if (startupReferencesOf !== null) return;
  startupReferencesOf = extraOf;
  staticIdentifiers.forEach((u, i) => {
    u.ob_refcnt += extraOf(i);
  });
}

/**
 * NON-CPYTHON: the static, interned str for s if s is one of 3.11's static identifiers (_Py_ID
 * strings, the deep-frozen modules' names and constants), made the first time it is asked for
 * (CPython's exist from the start): the one place these objects are created.
 */
function staticIdentifier(s: string): PyUnicodeObject | undefined {
  const i = staticIdentifierIndex.get(s);
  if (i === undefined) return undefined;
  const u = makeStatic(s);
  u.interned = Interned.STATIC;
  interned.set(s, u);
  staticIdentifiers[i] = u;
  if (startupReferencesOf !== null) u.ob_refcnt += startupReferencesOf(i);
  return u;
}

/** The interned str with text s, if there is one (borrowed). */
function lookupInterned(s: string): PyUnicodeObject | undefined {
  return interned.get(s) ?? staticIdentifier(s);
}

/**
 * CPython 3.11: Objects/unicodeobject.c PyUnicode_InternInPlace. Returns the interned object
 * (a new reference) and consumes the reference to u. The interned dict's two references are
 * not counted (3.11 subtracts 2 from the refcount).
 */
export function PyUnicode_InternInPlace(u: PyUnicodeObject): PyUnicodeObject {
  if (u.ob_type !== PyUnicode_Type) return u;
  if (u.interned !== Interned.NOT_INTERNED) return u;
  const existing = lookupInterned(u.s);
  if (existing !== undefined) {
    existing.ob_refcnt++;
    if (--u.ob_refcnt === 0) unicode_dealloc(u);
    return existing;
  }
  if (u.ob_refcnt >= UnicodeLayout.STATIC_REFCNT) {
    // A static one-character string (not one of the _Py_ID letters) becomes its own interned copy.
    u.interned = Interned.STATIC;
  } else {
    u.interned = Interned.MORTAL;
  }
  interned.set(u.s, u);
  return u;
}

/** PyUnicode_InternFromString: the interned str for s, as a new reference. */
export function PyUnicode_InternFromString(s: string): PyUnicodeObject {
  const existing = lookupInterned(s);
  if (existing !== undefined) {
    existing.ob_refcnt++;
    return existing;
  }
  return PyUnicode_InternInPlace(PyUnicode_FromString(s));
}

/**
 * The interned str for s as a BORROWED reference, for kernel-internal attribute names
 * (NON-CPYTHON convenience; CPython uses _Py_ID for these). The string is kept alive by one
 * extra reference the first time it is made.
 */
export function internString(s: string): PyUnicodeObject {
  const existing = lookupInterned(s);
  if (existing !== undefined) return existing;
  const u = PyUnicode_InternInPlace(PyUnicode_FromString(s));
  u.ob_refcnt++; // held by the kernel forever
  return u;
}

export function isInterned(s: string): boolean {
  return interned.has(s) || staticIdentifierIndex.has(s);
}

// ---------------------------------------------------------------------------------------------
// Basics used everywhere
// ---------------------------------------------------------------------------------------------

export function unicodeEqual(a: PyUnicodeObject, b: PyUnicodeObject): boolean {
  return a === b || a.s === b.s;
}

/**
 * The str hash. CPython uses SipHash-1-3 with a per-process random key, so str hashes differ
 * between runs and no output may depend on them; any good hash preserves CPython's behaviour.
 * NON-CPYTHON: a 53-bit FNV-1a style hash with two lanes.
 */
export function hashString(s: string): number {
  // _Py_HashBytes: the empty string hashes to 0.
  if (s.length === 0) return 0;
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  h2 ^= h2 >>> 13;
  const hi = (h2 & 0x1fffff) - 0x100000; // signed 21 bits
  const h = hi * 4294967296 + (h1 >>> 0);
  return h === -1 ? -2 : h;
}

export function unicode_hash(o: PyObject): number {
  const u = o as PyUnicodeObject;
  if (u.hash !== -1) return u.hash;
  const h = hashString(u.s);
  u.hash = h;
  return h;
}
PyUnicode_Type.tp_hash = unicode_hash;

/** Code point at index i (0 <= i < length). */
export function codePointAt(u: PyUnicodeObject, i: number): number {
  return u.cps !== null ? u.cps[i] : u.s.charCodeAt(i);
}

/** Substring by code-point indices [start, end). */
export function substring(u: PyUnicodeObject, start: number, end: number): string {
  if (u.cps === null) return u.s.slice(start, end);
  return u.s.slice(unitIndex(u, start), unitIndex(u, end));
}

/** A one-character str for a code point (the Latin-1 cache below 256): unicode_char. */
export function charFromCodePoint(c: number): PyUnicodeObject {
  if (c < 256) return latin1Char(c);
  return unicodeNew(String.fromCodePoint(c));
}

export function resetUnicodeState(): void {
  // Mortal interned strings die with their last reference; nothing to reset across runs.
}

/** Is o a str (or a subclass instance)? PyUnicode_Check. */
export function PyUnicode_Check(o: PyObject): o is PyUnicodeObject {
  return o instanceof PyUnicodeObject;
}

/** UTF-16 offset of code-point index i (strings with astral characters need a scan). */
export function unitIndex(u: PyUnicodeObject, i: number): number {
  if (u.cps === null) return i;
  let j = 0;
  const cps = u.cps;
  for (let k = 0; k < i && k < cps.length; k++) j += cps[k] > 0xffff ? 2 : 1;
  return j;
}

/** Code-point index of UTF-16 offset j in s. */
export function cpIndex(u: PyUnicodeObject, j: number): number {
  if (u.cps === null) return j;
  const s = u.s;
  let n = 0;
  for (let k = 0; k < j; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < s.length) {
      const d = s.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) k++;
    }
    n++;
  }
  return n;
}

/**
 * CPython 3.11: Objects/unicodeobject.c PyUnicode_Substring, by code-point indices: the whole
 * string is itself (unicode_result_unchanged), one Latin-1 character the cached one.
 */
export function PyUnicode_Substring(u: PyUnicodeObject, start: number, end: number): PyUnicodeObject {
  const length = u.length;
  if (end > length) end = length;
  if (start === 0 && end === length) return unicodeResultUnchanged(u);
  if (start < 0 || end < 0) raise(PyExc_IndexError, 'string index out of range');
  if (start >= length || end < start) return emptyStr();
  return PyUnicode_FromString(substring(u, start, end));
}

/** Substring by UTF-16 offsets (the methods search the JavaScript string). */
export function substringUnits(u: PyUnicodeObject, start: number, end: number): PyUnicodeObject {
  if (start === 0 && end === u.s.length) return unicodeResultUnchanged(u);
  if (end <= start) return emptyStr();
  return PyUnicode_FromString(u.s.slice(start, end));
}

/** PyUnicode_AsUTF8: marks the UTF-8 copy as cached (it counts in __sizeof__). */
export function PyUnicode_AsUTF8(u: PyUnicodeObject): string {
  if (!u.ascii) u.utf8Cached = true;
  return u.s;
}

// ---------------------------------------------------------------------------------------------
// repr and ascii()
// ---------------------------------------------------------------------------------------------

const HEX = '0123456789abcdef';

function hex(c: number, digits: number): string {
  let s = '';
  for (let i = digits - 1; i >= 0; i--) s += HEX[(c >> (4 * i)) & 15];
  return s;
}

/** The escape unicode_repr and backslashreplace use for a code point. */
export function escapeCodePoint(c: number): string {
  if (c < 0x100) return '\\x' + hex(c, 2);
  if (c < 0x10000) return '\\u' + hex(c, 4);
  return '\\U' + hex(c, 8);
}

const PLAIN_ASCII = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

/** CPython 3.11: Objects/unicodeobject.c unicode_repr */
export function unicodeReprString(s: string): string {
  if (PLAIN_ASCII.test(s)) return "'" + s + "'";
  // Single quotes unless the text has single quotes and no double quotes.
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c === 39 || c === 34) out += c === quote.charCodeAt(0) ? '\\' + quote : String.fromCharCode(c);
    else if (c === 92) out += '\\\\';
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (c < 0x7f) out += String.fromCharCode(c);
    else if (isPrintable(c)) out += String.fromCodePoint(c);
    else out += escapeCodePoint(c);
  }
  return out + quote;
}

PyUnicode_Type.tp_repr = (o) => PyUnicode_FromString(unicodeReprString((o as PyUnicodeObject).s));

/** CPython 3.11: Objects/unicodeobject.c unicode_str (unicode_result_unchanged). */
PyUnicode_Type.tp_str = (o) => unicodeResultUnchanged(o as PyUnicodeObject);

/** Escapes every non-ASCII character as backslashreplace does. */
export function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += c < 128 ? ch : escapeCodePoint(c);
  }
  return out;
}

/** CPython 3.11: Objects/object.c PyObject_ASCII: repr() with non-ASCII characters escaped. */
export function PyObject_ASCII(o: PyObject): PyUnicodeObject {
  const repr = PyObject_Repr(o);
  if (repr.ascii) return repr;
  const s = asciiEscape(repr.s);
  decref(repr);
  return PyUnicode_FromString(s);
}

// ---------------------------------------------------------------------------------------------
// Slices
// ---------------------------------------------------------------------------------------------

export interface SliceIndices {
  start: number;
  stop: number;
  step: number;
  slicelength: number;
}

/**
 * PySlice_Unpack + PySlice_AdjustIndices for a subscript key and a sequence length; null when
 * the key is not a slice.
 */
export function sliceIndices(key: PyObject, length: number): SliceIndices | null {
  if (!PySlice_Check(key)) return null;
  const [start0, stop0, step0] = sliceUnpack(key);
  const [start, stop, step, slicelength] = sliceAdjustIndices(length, start0, stop0, step0);
  return { start, stop, step, slicelength };
}

// ---------------------------------------------------------------------------------------------
// Sequence slots
// ---------------------------------------------------------------------------------------------

PyUnicode_Type.sq_length = (o) => (o as PyUnicodeObject).length;

/** CPython 3.11: Objects/unicodeobject.c unicode_getitem */
export function unicode_getitem(o: PyObject, i: number): PyObject {
  const u = o as PyUnicodeObject;
  if (i < 0 || i >= u.length) raise(PyExc_IndexError, 'string index out of range');
  return charFromCodePoint(u.cps !== null ? u.cps[i] : u.s.charCodeAt(i));
}
PyUnicode_Type.sq_item = unicode_getitem;

/** CPython 3.11: Objects/unicodeobject.c unicode_subscript */
function unicode_subscript(o: PyObject, item: PyObject): PyObject {
  const u = o as PyUnicodeObject;
  if (item.ob_type.nb_index !== null) {
    let i = PyNumber_AsSsize_t(item);
    if (i < 0) i += u.length;
    return unicode_getitem(u, i);
  }
  const sl = sliceIndices(item, u.length);
  if (sl === null) raise(PyExc_TypeError, `string indices must be integers, not '${item.ob_type.tp_name}'`);
  const { start, step, slicelength } = sl;
  if (slicelength <= 0) return emptyStr();
  if (start === 0 && step === 1 && slicelength === u.length) return unicodeResultUnchanged(u);
  if (step === 1) return PyUnicode_Substring(u, start, start + slicelength);
  // General case: a fresh object, whatever its length.
  let s = '';
  if (u.cps === null) {
    const text = u.s;
    for (let k = 0, cur = start; k < slicelength; k++, cur += step) s += text[cur];
  } else {
    const cps = u.cps;
    for (let k = 0, cur = start; k < slicelength; k++, cur += step) s += String.fromCodePoint(cps[cur]);
  }
  return unicodeNew(s);
}
PyUnicode_Type.mp_subscript = unicode_subscript;
PyUnicode_Type.mp_length = (o) => (o as PyUnicodeObject).length;

/** CPython 3.11: Objects/unicodeobject.c PyUnicode_Concat */
export function PyUnicode_Concat(left: PyObject, right: PyObject): PyObject {
  if (!(right instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `can only concatenate str (not "${right.ob_type.tp_name}") to str`);
  }
  const l = left as PyUnicodeObject;
  if (l === emptyString) return PyUnicode_FromObject(right);
  if (right === emptyString) return PyUnicode_FromObject(l);
  if (l.s.length + right.s.length > UnicodeLayout.MAX_JS_LENGTH) {
    raise(PyExc_MemoryError, null);
  }
  const u = new PyUnicodeObject(PyUnicode_Type, '');
  u.setConcatText(l, right);
  allocObjectMemory(u, unicodeSize(u), 0);
  return u;
}
PyUnicode_Type.sq_concat = PyUnicode_Concat;

/**
 * CPython 3.11: Objects/unicodeobject.c PyUnicode_Append: `left += right` that resizes left in
 * place when nothing else can see it (one reference, not interned, hash not computed, exact
 * str, and right fits in left's kind). Consumes the reference to left; returns the result
 * (left itself when it grew in place). The VM calls it for BINARY_OP_INPLACE_ADD_UNICODE.
 */
export function PyUnicode_Append(left: PyUnicodeObject, right: PyObject): PyObject {
  if (!(right instanceof PyUnicodeObject)) {
    decref(left);
    raise(PyExc_TypeError, `can only concatenate str (not "${right.ob_type.tp_name}") to str`);
  }
  if (left === emptyString) {
    decref(left);
    return PyUnicode_FromObject(right);
  }
  if (right === emptyString) return left;
  if (left.s.length + right.s.length > UnicodeLayout.MAX_JS_LENGTH) {
    decref(left);
    raise(PyExc_MemoryError, null);
  }
  if (unicodeModifiable(left) && right.ob_type === PyUnicode_Type && right.kind <= left.kind &&
      !(left.ascii && !right.ascii)) {
    // resize_compact: the block is reallocated; its address may or may not change.
    const oldAddr = left.addr;
    left.setConcatText(left, right);
    left.addr = memRealloc(oldAddr, unicodeSize(left));
    return left;
  }
  const res = unicodeNew(left.s + right.s);
  decref(left);
  return res;
}

/** CPython 3.11: Objects/unicodeobject.c unicode_modifiable */
function unicodeModifiable(u: PyUnicodeObject): boolean {
  return u.ob_refcnt === 1 && u.hash === -1 && u.interned === Interned.NOT_INTERNED &&
    u.ob_type === PyUnicode_Type && u.addr !== 0;
}

/** CPython 3.11: Objects/unicodeobject.c unicode_repeat */
function unicode_repeat(o: PyObject, len: number): PyObject {
  const u = o as PyUnicodeObject;
  if (len < 1) return emptyStr();
  if (len === 1) return unicodeResultUnchanged(u);
  if (u.length === 0) return emptyStr();
  if (u.s.length * len > UnicodeLayout.MAX_JS_LENGTH) {
    if (u.length > Number.MAX_SAFE_INTEGER / len) raise(PyExc_OverflowError, 'repeated string is too long');
    raise(PyExc_MemoryError, null);
  }
  return unicodeNew(u.s.repeat(len));
}
PyUnicode_Type.sq_repeat = unicode_repeat;

/** CPython 3.11: Objects/unicodeobject.c PyUnicode_Contains */
PyUnicode_Type.sq_contains = (o, sub) => {
  if (!(sub instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `'in <string>' requires string as left operand, not ${sub.ob_type.tp_name}`);
  }
  return (o as PyUnicodeObject).s.includes(sub.s);
};

// ---------------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------------

/** unicode_compare: code-point order (UTF-16 order differs only around astral characters). */
export function unicodeCompare(a: PyUnicodeObject, b: PyUnicodeObject): number {
  const x = a.s;
  const y = b.s;
  if (a.cps === null && b.cps === null) return x < y ? -1 : x > y ? 1 : 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = codePointAt(a, i);
    const d = codePointAt(b, i);
    if (c !== d) return c < d ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** CPython 3.11: Objects/unicodeobject.c PyUnicode_RichCompare */
export function PyUnicode_RichCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (!(a instanceof PyUnicodeObject) || !(b instanceof PyUnicodeObject)) return newref(Py_NotImplemented);
  if (a === b) {
    return PyBool_FromBool(op === CompareOp.EQ || op === CompareOp.LE || op === CompareOp.GE);
  }
  if (op === CompareOp.EQ) return PyBool_FromBool(a.s === b.s);
  if (op === CompareOp.NE) return PyBool_FromBool(a.s !== b.s);
  const c = unicodeCompare(a, b);
  switch (op) {
    case CompareOp.LT: return PyBool_FromBool(c < 0);
    case CompareOp.LE: return PyBool_FromBool(c <= 0);
    case CompareOp.GT: return PyBool_FromBool(c > 0);
    default: return PyBool_FromBool(c >= 0);
  }
}
PyUnicode_Type.tp_richcompare = PyUnicode_RichCompare;

/** CPython 3.11: Objects/unicodeobject.c unicode_mod (`fmt % args`; NotImplemented unless fmt is a str). */
PyUnicode_Type.nb_remainder = (v, w) => {
  if (!(v instanceof PyUnicodeObject)) return newref(Py_NotImplemented);
  return PyUnicode_Format(v, w);
};

// ---------------------------------------------------------------------------------------------
// Construction: str(), str(obj), str(bytes, encoding, errors), subclasses
// ---------------------------------------------------------------------------------------------

/**
 * CPython 3.11: Objects/typeobject.c PyType_GenericAlloc for str subclasses: a legacy string
 * object (its characters go to a separate block, see unicodeSubtypeNew).
 */
function unicode_alloc(type: PyTypeObject): PyObject {
  const u = new PyUnicodeObject(type, '');
  finishAlloc(u, type);
  return u;
}
PyUnicode_Type.tp_alloc = unicode_alloc;

/** CPython 3.11: Objects/unicodeobject.c unicode_subtype_new: copies the text into an instance of type. */
function unicodeSubtypeNew(type: PyTypeObject, unicode: PyUnicodeObject): PyObject {
  const self = type.tp_alloc!(type) as PyUnicodeObject;
  self.setText(unicode.s);
  self.hash = unicode.hash;
  self.dataAddr = memMalloc((self.length + 1) * self.kind);
  return self;
}

/** CPython 3.11: Objects/unicodeobject.c unicode_new_impl */
function unicode_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [x, encoding, errors] = unpackArgs('str', args, kwnames, ['object', 'encoding', 'errors'], 0);
  if (encoding !== null && !(encoding instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `str() argument 'encoding' must be str, not ${encoding.ob_type.tp_name}`);
  }
  if (errors !== null && !(errors instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `str() argument 'errors' must be str, not ${errors.ob_type.tp_name}`);
  }
  let unicode: PyUnicodeObject;
  if (x === null) unicode = emptyStr();
  else if (encoding === null && errors === null) unicode = PyObject_Str(x);
  else unicode = PyUnicode_FromEncodedObject(x, encoding?.s ?? null, errors?.s ?? null);
  if (type === PyUnicode_Type) return unicode;
  try {
    return unicodeSubtypeNew(type, unicode);
  } finally {
    decref(unicode);
  }
}
PyUnicode_Type.tp_new = unicode_new;

// ---------------------------------------------------------------------------------------------
// Iterators: str_ascii_iterator and str_iterator (3.11 has both)
// ---------------------------------------------------------------------------------------------

const ITER_FLAGS = TPFlags.HAVE_GC;

export const PyUnicodeIter_Type: PyTypeObject = registerStaticType(newStaticType('str_iterator', 32, 0, ITER_FLAGS));
export const PyUnicodeASCIIIter_Type: PyTypeObject = registerStaticType(
  newStaticType('str_ascii_iterator', 32, 0, ITER_FLAGS),
);

export const enum UnicodeIterLayout {
  /** sizeof(unicodeiterobject): PyObject_HEAD, it_index, it_seq. */
  SIZE = 32,
}

export class PyUnicodeIterObject extends PyObject {
  index = 0;
  seq: PyUnicodeObject | null;
  constructor(type: PyTypeObject, seq: PyUnicodeObject) {
    super(type, false);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.seq = seq;
  }
}

/** CPython 3.11: Objects/unicodeobject.c unicode_iter */
function unicode_iter(o: PyObject): PyObject {
  const u = o as PyUnicodeObject;
  const it = new PyUnicodeIterObject(u.ascii ? PyUnicodeASCIIIter_Type : PyUnicodeIter_Type, u);
  u.ob_refcnt++;
  gcAllocObject(it, UnicodeIterLayout.SIZE);
  gcTrack(it);
  return it;
}
PyUnicode_Type.tp_iter = unicode_iter;

/** CPython 3.11: Objects/unicodeobject.c unicodeiter_next / unicode_ascii_iter_next */
function unicodeiter_next(o: PyObject): PyObject | null {
  const it = o as PyUnicodeIterObject;
  const seq = it.seq;
  if (seq === null) return null;
  if (it.index < seq.length) {
    const c = codePointAt(seq, it.index);
    it.index++;
    return charFromCodePoint(c);
  }
  it.seq = null;
  decref(seq);
  return null;
}

function unicodeiter_dealloc(o: PyObject): void {
  const it = o as PyUnicodeIterObject;
  gcUntrack(it);
  const seq = it.seq;
  it.seq = null;
  if (seq !== null) decref(seq);
  gcDel(it);
}

function unicodeiter_len(self: PyObject): PyObject {
  const it = self as PyUnicodeIterObject;
  return PyLong_FromNumber(it.seq !== null ? it.seq.length - it.index : 0);
}

for (const t of [PyUnicodeIter_Type, PyUnicodeASCIIIter_Type]) {
  t.tp_iternext = unicodeiter_next;
  t.tp_dealloc = unicodeiter_dealloc;
  t.tp_traverse = (o, visit) => {
    const seq = (o as PyUnicodeIterObject).seq;
    if (seq !== null) visit(seq);
  };
  t.tp_iter = (o) => newref(o);
  t.methods = [{ name: '__length_hint__', fn: unicodeiter_len }];
}

// ---------------------------------------------------------------------------------------------
// Start-up
// ---------------------------------------------------------------------------------------------

/**
 * Installs the str methods and the codec exceptions' __str__. The interpreter calls it at
 * start-up, before PyType_Ready runs over the static types.
 */
export function initUnicode(): void {
  initUnicodeMethods();
  initUnicodeErrors();
}
