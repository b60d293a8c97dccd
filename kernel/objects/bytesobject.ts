/**
 * bytes: immutable byte strings, the b'' singleton and the one-byte cache.
 * CPython 3.11: Objects/bytesobject.c, Include/cpython/bytesobject.h.
 *
 * NON-CPYTHON representation: the bytes are a Uint8Array of exactly the object's length; the
 * emulated size is CPython's (a 32-byte header with the cached hash, the bytes, a NUL).
 */
import { CompareOp, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { allocObjectMemory, allocStatic, freeObjectMemory } from '../memory/heap.ts';
import { decref, newref } from '../memory/refcount.ts';
import { raise } from '../vm/errors.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { PyExc_IndexError, PyExc_MemoryError, PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from './exceptions.ts';
import { PyObject_IsTrue, Py_NotImplemented, _PyObject_LookupAttr } from './object.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { PyLongObject, PyLong_FromNumber, compareResult } from './longobject.ts';
import { PyIter_Next, PyNumber_AsSsize_t, PyNumber_Index, PyObject_Call, PyObject_GetIter } from './abstract.ts';
import { PyTupleObject, PyTuple_Type, tupleFromArraySteal } from './tupleobject.ts';
import { PyListObject, PyList_Type } from './listobject.ts';
import { PyUnicodeObject, PyUnicode_FromString, internString, sliceIndices } from './unicodeobject.ts';
import { finishAlloc } from './typeobject.ts';
import { unpackArgs, noArgs } from './getargs.ts';
import { PyByteArrayObject } from './bytearrayobject.ts';
import { type BytesFlavor, bytesMethods, fromhex, maketrans, bufferArg, bytesFind } from './bytes_methods.ts';
import { PyUnicode_FromEncodedObject, encodeText } from './unicode_codecs.ts';
import { PyErr } from '../vm/errors.ts';
import { PyObject_TypeCheck } from './object.ts';
import { bytesFormat } from './bytes_format.ts';

export const PyBytes_Type: PyTypeObject = registerStaticType(
  newStaticType('bytes', 33, 1, TPFlags.BASETYPE | TPFlags.BYTES_SUBCLASS),
);

export const enum BytesLayout {
  /** offsetof(PyBytesObject, ob_sval): PyVarObject + ob_shash. */
  HEADER = 32,
  /** PyBytesObject_SIZE: the header plus the trailing NUL (bytes.__basicsize__). */
  BASICSIZE = 33,
  STATIC_REFCNT = 999999999,
}

export class PyBytesObject extends PyObject {
  /** The bytes (exactly ob_size of them). */
  b: Uint8Array;
  /** ob_shash, -1 until computed. */
  hash = -1;
  constructor(type: PyTypeObject, b: Uint8Array) {
    super(type, false);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.b = b;
  }
}

/** Is o a bytes object (or a subclass instance)? PyBytes_Check. */
export function PyBytes_Check(o: PyObject): o is PyBytesObject {
  return o instanceof PyBytesObject;
}

/**
 * The bytes of a bytes-like object (bytes, bytearray; what the buffer protocol gives), or null.
 * The array is the object's own storage: read it before running Python code.
 */
export function bytesLikeView(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytesObject) return o.b;
  if (o instanceof PyByteArrayObject) return o.b.subarray(0, o.size);
  return bufferHook(o);
}

let bufferHook: (o: PyObject) => Uint8Array | null = () => null;
/** Lets other buffer types (memoryview, array) expose their bytes (NON-CPYTHON indirection). */
export function setBufferHook(f: (o: PyObject) => Uint8Array | null): void {
  bufferHook = f;
}

function bytes_dealloc(o: PyObject): void {
  if (o === emptyBytes || characters.includes(o as PyBytesObject)) throw new Error('deallocating a static bytes object');
  if (o.ob_type === PyBytes_Type) freeObjectMemory(o, 0);
  else o.ob_type.tp_free!(o);
}
PyBytes_Type.tp_dealloc = bytes_dealloc;

let emptyBytes: PyBytesObject | null = null;
const characters: PyBytesObject[] = [];

function makeStatic(b: Uint8Array): PyBytesObject {
  const o = new PyBytesObject(PyBytes_Type, b);
  o.ob_refcnt = BytesLayout.STATIC_REFCNT;
  allocStatic(o, BytesLayout.BASICSIZE + b.length);
  return o;
}

/** bytes_new_empty: the b'' singleton (static in 3.11). */
export function emptyBytesRef(): PyBytesObject {
  if (emptyBytes === null) emptyBytes = makeStatic(new Uint8Array(0));
  emptyBytes.ob_refcnt++;
  return emptyBytes;
}

/** The cached one-byte bytes object (_Py_SINGLETON(bytes_characters)). */
function charBytes(c: number): PyBytesObject {
  let o = characters[c];
  if (o === undefined) {
    o = makeStatic(Uint8Array.of(c));
    characters[c] = o;
  }
  o.ob_refcnt++;
  return o;
}

function allocBytes(b: Uint8Array): PyBytesObject {
  if (b.length > 1 << 30) raise(PyExc_MemoryError, null);
  const o = new PyBytesObject(PyBytes_Type, b);
  allocObjectMemory(o, BytesLayout.BASICSIZE + b.length, 0);
  return o;
}

/**
 * CPython 3.11: Objects/bytesobject.c PyBytes_FromStringAndSize(str, size) with a source: b''
 * and the one-byte singletons are shared. Takes ownership of b.
 */
export function PyBytes_FromBytes(b: Uint8Array): PyBytesObject {
  if (b.length === 0) return emptyBytesRef();
  if (b.length === 1) return charBytes(b[0]);
  return allocBytes(b);
}

/** PyBytes_FromStringAndSize(NULL, size) then filled: only b'' is shared. Takes ownership of b. */
export function bytesNew(b: Uint8Array): PyBytesObject {
  if (b.length === 0) return emptyBytesRef();
  return allocBytes(b);
}

/** A bytes object with a copy of b (PyBytes_FromStringAndSize of a borrowed buffer). */
export function bytesFromCopy(b: Uint8Array): PyBytesObject {
  return PyBytes_FromBytes(b.length > 1 ? b.slice() : b.length === 1 ? b : new Uint8Array(0));
}

/** Bytes of a JavaScript string of char codes below 256 (kernel convenience). */
export function bytesFromLatin1(s: string): PyBytesObject {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return PyBytes_FromBytes(b);
}

// ---------------------------------------------------------------------------------------------
// repr, hash, comparison
// ---------------------------------------------------------------------------------------------

const HEX = '0123456789abcdef';

/** CPython 3.11: Objects/bytesobject.c PyBytes_Repr (smartquotes on). */
export function bytesReprString(b: Uint8Array, prefix = 'b'): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 39) hasSingle = true;
    else if (b[i] === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 34 : 39;
  let out = prefix + String.fromCharCode(quote);
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === quote || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 0x7f) out += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

PyBytes_Type.tp_repr = (o) => PyUnicode_FromString(bytesReprString((o as PyBytesObject).b));

/** bytes_str: repr (with a BytesWarning under -b, which the kernel does not have). */
PyBytes_Type.tp_str = PyBytes_Type.tp_repr;

/**
 * The bytes hash: CPython hashes bytes and the Latin-1/ASCII str with the same algorithm
 * (`hash(b'abc') == hash('abc')`), so this is hashString over the byte values.
 */
export function hashBytes(b: Uint8Array): number {
  if (b.length === 0) return 0;
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193 ^ b.length;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  h2 ^= h2 >>> 13;
  const hi = (h2 & 0x1fffff) - 0x100000;
  const h = hi * 4294967296 + (h1 >>> 0);
  return h === -1 ? -2 : h;
}

PyBytes_Type.tp_hash = (o) => {
  const b = o as PyBytesObject;
  if (b.hash === -1) b.hash = hashBytes(b.b);
  return b.hash;
};

/** memcmp-style comparison of two byte arrays. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** CPython 3.11: Objects/bytesobject.c bytes_richcompare */
PyBytes_Type.tp_richcompare = (a, b, op) => {
  if (!(a instanceof PyBytesObject) || !(b instanceof PyBytesObject)) return newref(Py_NotImplemented);
  if (a === b) return PyBool_FromBool(op === CompareOp.EQ || op === CompareOp.LE || op === CompareOp.GE);
  return PyBool_FromBool(compareResult(compareBytes(a.b, b.b), op));
};

// ---------------------------------------------------------------------------------------------
// Sequence slots
// ---------------------------------------------------------------------------------------------

PyBytes_Type.sq_length = (o) => (o as PyBytesObject).b.length;
PyBytes_Type.mp_length = PyBytes_Type.sq_length;

/** CPython 3.11: Objects/bytesobject.c bytes_item */
PyBytes_Type.sq_item = (o, i) => {
  const b = (o as PyBytesObject).b;
  if (i < 0 || i >= b.length) raise(PyExc_IndexError, 'index out of range');
  return PyLong_FromNumber(b[i]);
};

/** CPython 3.11: Objects/bytesobject.c bytes_subscript */
PyBytes_Type.mp_subscript = (o, item) => {
  const self = o as PyBytesObject;
  const b = self.b;
  if (item.ob_type.nb_index !== null) {
    let i = PyNumber_AsSsize_t(item);
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) raise(PyExc_IndexError, 'index out of range');
    return PyLong_FromNumber(b[i]);
  }
  const sl = sliceIndices(item, b.length);
  if (sl === null) raise(PyExc_TypeError, `byte indices must be integers or slices, not ${item.ob_type.tp_name}`);
  const { start, step, slicelength } = sl;
  if (slicelength <= 0) return emptyBytesRef();
  if (start === 0 && step === 1 && slicelength === b.length && self.ob_type === PyBytes_Type) return newref(self);
  if (step === 1) return bytesFromCopy(b.subarray(start, start + slicelength));
  const out = new Uint8Array(slicelength);
  for (let k = 0, cur = start; k < slicelength; k++, cur += step) out[k] = b[cur];
  return bytesNew(out);
};

/** CPython 3.11: Objects/bytesobject.c bytes_concat */
export function bytes_concat(a: PyObject, b: PyObject): PyObject {
  const va = bytesLikeView(a);
  const vb = bytesLikeView(b);
  if (va === null || vb === null) {
    const bad = va === null ? a : b;
    raise(PyExc_TypeError, `can't concat ${bad === b ? b.ob_type.tp_name : a.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  }
  if (va.length === 0 && b.ob_type === PyBytes_Type) return newref(b);
  if (vb.length === 0 && a.ob_type === PyBytes_Type) return newref(a);
  const out = new Uint8Array(va.length + vb.length);
  out.set(va);
  out.set(vb, va.length);
  return bytesNew(out);
}
PyBytes_Type.sq_concat = bytes_concat;

/** CPython 3.11: Objects/bytesobject.c bytes_repeat */
PyBytes_Type.sq_repeat = (o, n) => {
  const a = o as PyBytesObject;
  if (n < 0) n = 0;
  const len = a.b.length;
  if (n > 0 && len > Number.MAX_SAFE_INTEGER / n) raise(PyExc_OverflowError, 'repeated bytes are too long');
  const size = len * n;
  if (size === len && a.ob_type === PyBytes_Type) return newref(a);
  if (size > 1 << 30) raise(PyExc_MemoryError, null);
  const out = new Uint8Array(size);
  for (let k = 0; k < n; k++) out.set(a.b, k * len);
  // Not through PyBytes_FromStringAndSize: even an empty result is a new object here.
  return allocBytes(out);
};

/** CPython 3.11: Objects/bytes_methods.c _Py_bytes_contains */
export function bytesContains(data: Uint8Array, arg: PyObject): boolean {
  if (arg.ob_type.nb_index !== null && bytesLikeView(arg) === null) {
    const v = PyNumber_AsSsize_t(arg, true);
    if (v < 0 || v > 255) raise(PyExc_ValueError, 'byte must be in range(0, 256)');
    return data.indexOf(v) >= 0;
  }
  const sub = bufferArg(arg);
  return bytesFind(data, sub, 0, data.length) >= 0;
}
PyBytes_Type.sq_contains = (o, v) => bytesContains((o as PyBytesObject).b, v);

/** CPython 3.11: bytes_mod: `bytes % args` (_PyBytes_FormatEx, bytes_format.ts). */
PyBytes_Type.nb_remainder = (v, w) => {
  if (!(v instanceof PyBytesObject)) return newref(Py_NotImplemented);
  return bytesFormat(v.b, w, false);
};

// ---------------------------------------------------------------------------------------------
// Construction
// ---------------------------------------------------------------------------------------------

function isStopOrTypeError(e: unknown, type: PyTypeObject): boolean {
  return e instanceof PyErr && PyObject_TypeCheck(e.exc, type);
}

/** A byte value from an item of a list, tuple or iterable (_PyBytes_FromList's check). */
function byteValue(item: PyObject): number {
  const i = PyNumber_Index(item);
  const v = i.v;
  decref(i);
  if (typeof v === 'bigint' || v < 0 || v > 255) raise(PyExc_ValueError, 'bytes must be in range(0, 256)');
  return v;
}

/** CPython 3.11: Objects/bytesobject.c PyBytes_FromObject (minus the exact-bytes shortcut's caller). */
export function PyBytes_FromObject(x: PyObject): PyObject {
  if (x.ob_type === PyBytes_Type) return newref(x);
  const view = bytesLikeView(x);
  if (view !== null) return bytesNew(view.slice());
  if (x.ob_type === PyList_Type) {
    // _PyBytes_FromList: a _PyBytesWriter, whose small results are the shared objects.
    const items = (x as PyListObject).items;
    const out: number[] = [];
    for (let i = 0; i < items.length; i++) out.push(byteValue(items[i]));
    return PyBytes_FromBytes(Uint8Array.from(out));
  }
  if (x.ob_type === PyTuple_Type) {
    const items = (x as PyTupleObject).items;
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = byteValue(items[i]);
    return bytesNew(out);
  }
  if (!(x instanceof PyUnicodeObject)) {
    let it: PyObject | null = null;
    try {
      it = PyObject_GetIter(x);
    } catch (e) {
      if (!isStopOrTypeError(e, PyExc_TypeError)) throw e;
      decref((e as PyErr).exc);
    }
    if (it !== null) {
      try {
        const out: number[] = [];
        for (;;) {
          const item = PyIter_Next(it);
          if (item === null) break;
          try {
            out.push(byteValue(item));
          } finally {
            decref(item);
          }
        }
        return PyBytes_FromBytes(Uint8Array.from(out));
      } finally {
        decref(it);
      }
    }
  }
  raise(PyExc_TypeError, `cannot convert '${x.ob_type.tp_name}' object to bytes`);
}

/** bytes_alloc: subclass instances (bytes_subtype_new). */
function bytes_alloc(type: PyTypeObject): PyObject {
  const o = new PyBytesObject(type, new Uint8Array(0));
  finishAlloc(o, type);
  return o;
}
PyBytes_Type.tp_alloc = bytes_alloc;

/** CPython 3.11: Objects/bytesobject.c bytes_subtype_new */
function bytesSubtypeNew(type: PyTypeObject, tmp: PyBytesObject): PyObject {
  // type->tp_alloc(type, n): room for the n bytes (PyType_GenericAlloc adds one item more).
  let o: PyBytesObject;
  if (type.tp_alloc === bytes_alloc) {
    o = new PyBytesObject(type, new Uint8Array(0));
    finishAlloc(o, type, tmp.b.length);
  } else o = type.tp_alloc!(type) as PyBytesObject;
  o.b = tmp.b.slice();
  o.hash = tmp.hash;
  return o;
}

/** __bytes__ looked up on the type (_PyObject_LookupSpecial). */
function lookupBytesMethod(x: PyObject): PyObject | null {
  if (x instanceof PyBytesObject && x.ob_type === PyBytes_Type) return null;
  const t = x.ob_type;
  if (!(t.tp_flags & TPFlags.HEAPTYPE)) return null;
  return _PyObject_LookupAttr(x, internString('__bytes__'));
}

/** CPython 3.11: Objects/bytesobject.c bytes_new_impl */
function bytes_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [x, encoding, errors] = unpackArgs('bytes', args, kwnames, ['source', 'encoding', 'errors'], 0);
  if (encoding !== null && !(encoding instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `bytes() argument 'encoding' must be str, not ${encoding.ob_type.tp_name}`);
  }
  if (errors !== null && !(errors instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `bytes() argument 'errors' must be str, not ${errors.ob_type.tp_name}`);
  }
  let bytes: PyObject;
  if (x === null) {
    if (encoding !== null || errors !== null) {
      raise(PyExc_TypeError, encoding !== null ? 'encoding without a string argument' : 'errors without a string argument');
    }
    bytes = emptyBytesRef();
  } else if (encoding !== null) {
    if (!(x instanceof PyUnicodeObject)) raise(PyExc_TypeError, 'encoding without a string argument');
    bytes = PyBytes_FromBytes(encodeText(x, (encoding as PyUnicodeObject).s, errors !== null ? (errors as PyUnicodeObject).s : 'strict'));
  } else if (errors !== null) {
    raise(PyExc_TypeError, x instanceof PyUnicodeObject ? 'string argument without an encoding' : 'errors without a string argument');
  } else {
    const func = lookupBytesMethod(x);
    if (func !== null) {
      try {
        bytes = PyObject_Call(func, [], null);
      } finally {
        decref(func);
      }
      if (!(bytes instanceof PyBytesObject)) {
        const name = bytes.ob_type.tp_name;
        decref(bytes);
        raise(PyExc_TypeError, `__bytes__ returned non-bytes (type ${name})`);
      }
    } else if (x instanceof PyUnicodeObject) {
      raise(PyExc_TypeError, 'string argument without an encoding');
    } else if (x.ob_type.nb_index !== null && bytesLikeView(x) === null) {
      const i = PyNumber_Index(x);
      const v = i.v;
      decref(i);
      if (typeof v === 'bigint') raise(PyExc_OverflowError, "cannot fit 'int' into an index-sized integer");
      if (v < 0) raise(PyExc_ValueError, 'negative count');
      bytes = bytesNew(new Uint8Array(v));
    } else bytes = PyBytes_FromObject(x);
  }
  if (type === PyBytes_Type) return bytes;
  try {
    return bytesSubtypeNew(type, bytes as PyBytesObject);
  } finally {
    decref(bytes);
  }
}
PyBytes_Type.tp_new = bytes_new;

// ---------------------------------------------------------------------------------------------
// Iterator
// ---------------------------------------------------------------------------------------------

export const PyBytesIter_Type: PyTypeObject = registerStaticType(newStaticType('bytes_iterator', 32, 0, TPFlags.HAVE_GC));

class PyBytesIterObject extends PyObject {
  index = 0;
  seq: PyBytesObject | null;
  constructor(seq: PyBytesObject) {
    super(PyBytesIter_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyBytesIter_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.seq = seq;
  }
}

PyBytes_Type.tp_iter = (o) => {
  const it = new PyBytesIterObject(o as PyBytesObject);
  o.ob_refcnt++;
  gcAllocObject(it, 32);
  gcTrack(it);
  return it;
};
PyBytesIter_Type.tp_iternext = (o) => {
  const it = o as PyBytesIterObject;
  const seq = it.seq;
  if (seq === null) return null;
  if (it.index < seq.b.length) return PyLong_FromNumber(seq.b[it.index++]);
  it.seq = null;
  decref(seq);
  return null;
};
PyBytesIter_Type.tp_iter = (o) => newref(o);
PyBytesIter_Type.tp_dealloc = (o) => {
  const it = o as PyBytesIterObject;
  gcUntrack(it);
  const seq = it.seq;
  it.seq = null;
  if (seq !== null) decref(seq);
  gcDel(it);
};
PyBytesIter_Type.tp_traverse = (o, visit) => {
  const seq = (o as PyBytesIterObject).seq;
  if (seq !== null) visit(seq);
};
PyBytesIter_Type.methods = [
  {
    name: '__length_hint__',
    fn: (self) => {
      const it = self as PyBytesIterObject;
      return PyLong_FromNumber(it.seq !== null ? it.seq.b.length - it.index : 0);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------------------------

const bytesFlavor: BytesFlavor = {
  name: 'bytes',
  data: (self) => (self as PyBytesObject).b,
  fromBuf: (d) => bytesFromCopy(d),
  fresh: (d) => bytesNew(d.length > 0 && d.buffer.byteLength !== d.length ? d.slice() : d),
  unchanged: (self) => (self.ob_type === PyBytes_Type ? newref(self) : bytesFromCopy((self as PyBytesObject).b)),
};

/** bytes.decode(encoding='utf-8', errors='strict') */
function bytes_decode(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [enc, err] = unpackArgs('decode', args, kwnames, ['encoding', 'errors'], 0);
  if (enc !== null && !(enc instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `decode() argument 'encoding' must be str, not ${enc.ob_type.tp_name}`);
  }
  if (err !== null && !(err instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `decode() argument 'errors' must be str, not ${err.ob_type.tp_name}`);
  }
  return PyUnicode_FromEncodedObject(self, (enc as PyUnicodeObject | null)?.s ?? null, (err as PyUnicodeObject | null)?.s ?? null);
}

/** Installs the bytes methods (called at start-up, before PyType_Ready). */
export function initBytes(): void {
  PyBytes_Type.methods = [
    ...bytesMethods(bytesFlavor),
    { name: 'decode', fn: bytes_decode },
    {
      name: 'fromhex',
      kind: 'class',
      fn: (type, args, kwnames) => {
        noKeywordsOne('fromhex', args, kwnames);
        const b = PyBytes_FromBytes(fromhex(args[0]));
        if (type === PyBytes_Type) return b;
        try {
          return PyObject_Call(type, [b], null);
        } finally {
          decref(b);
        }
      },
    },
    { name: 'maketrans', kind: 'static', fn: (_s, args, kwnames) => PyBytes_FromBytes(maketrans(args, kwnames)) },
    {
      name: '__getnewargs__',
      fn: (self, args, kwnames) => {
        noArgs('bytes.__getnewargs__', args, kwnames);
        return tupleFromArraySteal([bytesFromCopy((self as PyBytesObject).b)]);
      },
    },
    {
      name: '__bytes__',
      fn: (self, args, kwnames) => {
        noArgs('bytes.__bytes__', args, kwnames);
        return self.ob_type === PyBytes_Type ? newref(self) : bytesFromCopy((self as PyBytesObject).b);
      },
    },
    {
      name: '__sizeof__',
      fn: (self, args, kwnames) => {
        noArgs('bytes.__sizeof__', args, kwnames);
        return PyLong_FromNumber(self.ob_type.tp_basicsize + (self as PyBytesObject).b.length);
      },
    },
  ];
}

function noKeywordsOne(fname: string, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, `bytes.${fname}() takes no keyword arguments`);
  if (args.length !== 1) raise(PyExc_TypeError, `bytes.${fname}() takes exactly one argument (${args.length} given)`);
}

export { PyObject_IsTrue, PyLongObject };
