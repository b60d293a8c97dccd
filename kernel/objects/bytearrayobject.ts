/**
 * bytearray: a mutable byte buffer, over-allocated as PyByteArray_Resize does.
 * CPython 3.11: Objects/bytearrayobject.c, Include/cpython/bytearrayobject.h.
 *
 * The storage is ob_bytes[0 .. ob_alloc): the live bytes are [ob_start, ob_start + ob_size),
 * with ob_start > 0 after deleting from the front (bytearray_setslice_linear moves the start
 * instead of the bytes). The buffer is a separate PyObject_Malloc block, as in CPython.
 */
import { CompareOp, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { allocObjectMemory, freeObjectMemory, memFree, memMalloc, memRealloc } from '../memory/heap.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { PyErr, raise } from '../vm/errors.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import {
  PyExc_BufferError, PyExc_IndexError, PyExc_MemoryError, PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError,
} from './exceptions.ts';
import { Py_NotImplemented, Py_None, PyObject_TypeCheck, none } from './object.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { PyLong_FromNumber, compareResult } from './longobject.ts';
import { PyIter_Next, PyNumber_AsSsize_t, PyNumber_Index, PyObject_GetIter } from './abstract.ts';
import { PyTupleObject, PyTuple_Type, tupleFromArraySteal } from './tupleobject.ts';
import { PyListObject, PyList_Type } from './listobject.ts';
import { PyUnicodeObject, PyUnicode_FromString, sliceIndices } from './unicodeobject.ts';
import { finishAlloc } from './typeobject.ts';
import { checkPositional, noArgs, oneArg, unpackArgs } from './getargs.ts';
import { type BytesFlavor, bytesMethods, fromhex, maketrans } from './bytes_methods.ts';
import { PyBytes_FromBytes, bytesContains, bytesLikeView, compareBytes } from './bytesobject.ts';
import { PyUnicode_FromEncodedObject, encodeText } from './unicode_codecs.ts';
import { bytesFormat } from './bytes_format.ts';

export const PyByteArray_Type: PyTypeObject = registerStaticType(
  newStaticType('bytearray', 56, 0, TPFlags.BASETYPE),
);

export const enum ByteArrayLayout {
  /** sizeof(PyByteArrayObject): PyVarObject, ob_alloc, ob_bytes, ob_start, ob_exports. */
  SIZE = 56,
}

export class PyByteArrayObject extends PyObject {
  /** ob_bytes: the allocated storage (length ob_alloc; empty when nothing is allocated). */
  buf: Uint8Array = new Uint8Array(0);
  /** ob_start - ob_bytes. */
  start = 0;
  /** ob_size: the number of live bytes. */
  size = 0;
  /** ob_exports: buffer views currently exported (resizing is refused while > 0). */
  exports = 0;
  /** Address of the ob_bytes block (0 when ob_alloc is 0). */
  bytesAddr = 0;

  /** The live bytes (a view on the storage). */
  get b(): Uint8Array {
    return this.buf.subarray(this.start, this.start + this.size);
  }
  get alloc(): number {
    return this.buf.length;
  }
}

export function PyByteArray_Check(o: PyObject): o is PyByteArrayObject {
  return o instanceof PyByteArrayObject;
}

/** Reallocates the storage to `alloc` bytes keeping the live bytes (PyObject_Realloc / Malloc). */
function setAlloc(self: PyByteArrayObject, alloc: number, keep: number): void {
  const nbuf = new Uint8Array(alloc);
  nbuf.set(self.buf.subarray(self.start, self.start + Math.min(keep, alloc)));
  if (self.start > 0) {
    // The logical start moved: a fresh block, the old one freed.
    const addr = memMalloc(alloc);
    memFree(self.bytesAddr);
    self.bytesAddr = addr;
  } else self.bytesAddr = self.bytesAddr === 0 ? memMalloc(alloc) : memRealloc(self.bytesAddr, alloc);
  self.buf = nbuf;
  self.start = 0;
}

/** _canresize */
function canResize(self: PyByteArrayObject): void {
  if (self.exports > 0) {
    raise(PyExc_BufferError, 'Existing exports of data: object cannot be re-sized');
  }
}

/** CPython 3.11: Objects/bytearrayobject.c PyByteArray_Resize */
export function PyByteArray_Resize(self: PyByteArrayObject, size: number): void {
  if (size === self.size) return;
  canResize(self);
  let alloc = self.alloc;
  const logicalOffset = self.start;
  if (size + logicalOffset + 1 <= alloc) {
    if (size < Math.floor(alloc / 2)) {
      // Major downsize (alloc / 2 is an integer division): resize down to the exact size.
      alloc = size + 1;
    } else {
      // Minor downsize: keep the storage.
      self.buf.fill(0, self.start + size, self.start + self.size);
      self.size = size;
      return;
    }
  } else if (size <= alloc * 1.125) {
    // Moderate upsize: over-allocate as list_resize does.
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  } else {
    // Major upsize: the exact size.
    alloc = size + 1;
  }
  if (alloc > 1 << 30) raise(PyExc_MemoryError, null);
  const keep = Math.min(size, self.size);
  setAlloc(self, alloc, keep);
  self.size = size;
}

/** A new bytearray holding a copy of data (PyByteArray_FromStringAndSize). */
export function PyByteArray_FromBytes(data: Uint8Array, type: PyTypeObject = PyByteArray_Type): PyByteArrayObject {
  const self = newByteArray(type);
  if (data.length > 0) {
    PyByteArray_Resize(self, data.length);
    self.buf.set(data, self.start);
  }
  return self;
}

function newByteArray(type: PyTypeObject): PyByteArrayObject {
  if (type !== PyByteArray_Type) return type.tp_alloc!(type) as PyByteArrayObject;
  const self = new PyByteArrayObject(PyByteArray_Type);
  allocObjectMemory(self, ByteArrayLayout.SIZE, 0);
  return self;
}

/** CPython 3.11: Objects/bytearrayobject.c bytearray_dealloc */
function bytearray_dealloc(o: PyObject): void {
  const self = o as PyByteArrayObject;
  if (self.exports > 0) {
    // CPython prints "deallocated bytearray object has exported buffers" and aborts.
    throw new Error('deallocated bytearray object has exported buffers');
  }
  memFree(self.bytesAddr);
  self.bytesAddr = 0;
  self.buf = new Uint8Array(0);
  if (self.ob_type === PyByteArray_Type) freeObjectMemory(self, 0);
  else self.ob_type.tp_free!(self);
}
PyByteArray_Type.tp_dealloc = bytearray_dealloc;

function bytearray_alloc(type: PyTypeObject): PyObject {
  const o = new PyByteArrayObject(type);
  finishAlloc(o, type);
  return o;
}
PyByteArray_Type.tp_alloc = bytearray_alloc;

/** PyType_GenericNew: an empty bytearray; __init__ fills it. */
PyByteArray_Type.tp_new = (type) => newByteArray(type);

// ---------------------------------------------------------------------------------------------
// __init__
// ---------------------------------------------------------------------------------------------

/** _getbytevalue */
function getByteValue(o: PyObject): number {
  const i = PyNumber_Index(o);
  const v = i.v;
  decref(i);
  if (typeof v === 'bigint' || v < 0 || v > 255) raise(PyExc_ValueError, 'byte must be in range(0, 256)');
  return v;
}

function appendByte(self: PyByteArrayObject, value: number): void {
  const n = self.size;
  if (n + 1 < self.alloc - self.start) self.size = n + 1;
  else PyByteArray_Resize(self, n + 1);
  self.buf[self.start + n] = value;
}

/** CPython 3.11: Objects/bytearrayobject.c bytearray___init___impl */
function bytearray_init(o: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const self = o as PyByteArrayObject;
  const [arg, encoding, errors] = unpackArgs('bytearray', args, kwnames, ['source', 'encoding', 'errors'], 0);
  if (encoding !== null && !(encoding instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `bytearray() argument 'encoding' must be str, not ${encoding.ob_type.tp_name}`);
  }
  if (errors !== null && !(errors instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `bytearray() argument 'errors' must be str, not ${errors.ob_type.tp_name}`);
  }
  // Empty previous contents first of all.
  if (self.size !== 0) PyByteArray_Resize(self, 0);
  if (arg === null) {
    if (encoding !== null || errors !== null) {
      raise(PyExc_TypeError, encoding !== null ? 'encoding without a string argument' : 'errors without a string argument');
    }
    return;
  }
  if (arg instanceof PyUnicodeObject) {
    if (encoding === null) raise(PyExc_TypeError, 'string argument without an encoding');
    const data = encodeText(arg, (encoding as PyUnicodeObject).s, errors !== null ? (errors as PyUnicodeObject).s : 'strict');
    setContents(self, data);
    return;
  }
  if (encoding !== null || errors !== null) {
    raise(PyExc_TypeError, encoding !== null ? 'encoding without a string argument' : 'errors without a string argument');
  }
  const view = bytesLikeView(arg);
  if (arg.ob_type.nb_index !== null && view === null) {
    const count = PyNumber_AsSsize_t(arg);
    if (count < 0) raise(PyExc_ValueError, 'negative count');
    if (count > 0) PyByteArray_Resize(self, count);
    return;
  }
  if (view !== null) {
    setContents(self, view.slice());
    return;
  }
  if (arg.ob_type === PyList_Type || arg.ob_type === PyTuple_Type) {
    const items = (arg as PyListObject | PyTupleObject).items;
    const n = items.length;
    PyByteArray_Resize(self, n);
    for (let i = 0; i < n && i < items.length; i++) self.buf[self.start + i] = getByteValue(items[i]);
    return;
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(arg);
  } catch (e) {
    if (e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_TypeError)) {
      decref(e.exc);
      raise(PyExc_TypeError, `cannot convert '${arg.ob_type.tp_name}' object to bytearray`);
    }
    throw e;
  }
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) break;
      let v: number;
      try {
        v = getByteValue(item);
      } finally {
        decref(item);
      }
      appendByte(self, v);
    }
  } finally {
    decref(it);
  }
}
PyByteArray_Type.tp_init = bytearray_init;

function setContents(self: PyByteArrayObject, data: Uint8Array): void {
  PyByteArray_Resize(self, data.length);
  self.buf.set(data, self.start);
}

// ---------------------------------------------------------------------------------------------
// repr, comparison, sequence slots
// ---------------------------------------------------------------------------------------------

const HEX = '0123456789abcdef';

/**
 * CPython 3.11: Objects/bytearrayobject.c bytearray_repr: `ClassName(b'...')`. Unlike bytes'
 * repr, a single quote is always escaped, even inside double quotes.
 */
export function bytearrayReprString(name: string, b: Uint8Array): string {
  let quote = 39;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 34) {
      quote = 39;
      break;
    } else if (b[i] === 39) quote = 34;
  }
  let out = `${name}(b${String.fromCharCode(quote)}`;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 39 || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 0x7f) out += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote) + ')';
}

PyByteArray_Type.tp_repr = (o) => {
  const self = o as PyByteArrayObject;
  return PyUnicode_FromString(bytearrayReprString(self.ob_type.qualname.slice(self.ob_type.qualname.lastIndexOf('.') + 1), self.b));
};
PyByteArray_Type.tp_str = PyByteArray_Type.tp_repr;

/** CPython 3.11: Objects/bytearrayobject.c bytearray_richcompare (any buffer on either side). */
PyByteArray_Type.tp_richcompare = (a, b, op) => {
  const va = bytesLikeView(a);
  const vb = bytesLikeView(b);
  if (va === null || vb === null) return newref(Py_NotImplemented);
  if (op === CompareOp.EQ || op === CompareOp.NE) {
    if (va.length !== vb.length) return PyBool_FromBool(op === CompareOp.NE);
  }
  return PyBool_FromBool(compareResult(compareBytes(va, vb), op));
};

PyByteArray_Type.sq_length = (o) => (o as PyByteArrayObject).size;
PyByteArray_Type.mp_length = PyByteArray_Type.sq_length;

PyByteArray_Type.sq_item = (o, i) => {
  const self = o as PyByteArrayObject;
  if (i < 0 || i >= self.size) raise(PyExc_IndexError, 'bytearray index out of range');
  return PyLong_FromNumber(self.buf[self.start + i]);
};

/** CPython 3.11: Objects/bytearrayobject.c bytearray_subscript */
PyByteArray_Type.mp_subscript = (o, index) => {
  const self = o as PyByteArrayObject;
  if (index.ob_type.nb_index !== null) {
    let i = PyNumber_AsSsize_t(index);
    if (i < 0) i += self.size;
    if (i < 0 || i >= self.size) raise(PyExc_IndexError, 'bytearray index out of range');
    return PyLong_FromNumber(self.buf[self.start + i]);
  }
  const sl = sliceIndices(index, self.size);
  if (sl === null) raise(PyExc_TypeError, `bytearray indices must be integers or slices, not ${index.ob_type.tp_name}`);
  const { start, step, slicelength } = sl;
  const data = self.b;
  if (slicelength <= 0) return PyByteArray_FromBytes(new Uint8Array(0));
  if (step === 1) return PyByteArray_FromBytes(data.subarray(start, start + slicelength));
  const out = new Uint8Array(slicelength);
  for (let k = 0, cur = start; k < slicelength; k++, cur += step) out[k] = data[cur];
  return PyByteArray_FromBytes(out);
};

/** CPython 3.11: Objects/bytearrayobject.c bytearray_setslice_linear: replaces [lo, hi) with `bytes`. */
function setSliceLinear(self: PyByteArrayObject, lo: number, hi: number, bytes: Uint8Array): void {
  const needed = bytes.length;
  const growth = needed - (hi - lo);
  const size = self.size;
  if (growth < 0) {
    canResize(self);
    // Deleting from the front advances the logical start instead of moving the tail.
    if (lo === 0) self.start -= growth;
    else self.buf.copyWithin(self.start + lo + needed, self.start + hi, self.start + size);
    PyByteArray_Resize(self, size + growth);
  } else if (growth > 0) {
    PyByteArray_Resize(self, size + growth);
    self.buf.copyWithin(self.start + lo + needed, self.start + hi, self.start + size);
  }
  if (needed > 0) self.buf.set(bytes, self.start + lo);
}

/** CPython 3.11: Objects/bytearrayobject.c bytearray_ass_subscript */
PyByteArray_Type.mp_ass_subscript = (o, index, values) => {
  const self = o as PyByteArrayObject;
  if (index.ob_type.nb_index !== null) {
    let i = PyNumber_AsSsize_t(index);
    if (i < 0) i += self.size;
    if (i < 0 || i >= self.size) raise(PyExc_IndexError, 'bytearray index out of range');
    if (values === null) {
      setSliceLinear(self, i, i + 1, new Uint8Array(0));
      return;
    }
    self.buf[self.start + i] = getByteValue(values);
    return;
  }
  const sl = sliceIndices(index, self.size);
  if (sl === null) raise(PyExc_TypeError, `bytearray indices must be integers or slices, not ${index.ob_type.tp_name}`);
  let { start, stop, step, slicelength } = sl;
  let data: Uint8Array;
  if (values === null) data = new Uint8Array(0);
  else if (values === self) data = self.b.slice();
  else {
    const v = bytesLikeView(values);
    if (v !== null) data = v.slice();
    else if (values instanceof PyUnicodeObject || values.ob_type.nb_index !== null || values.ob_type.nb_int !== null || values.ob_type.nb_float !== null) {
      raise(PyExc_TypeError, `can assign only bytes, buffers, or iterables of ints in range(0, 256)`);
    } else {
      const tmp = PyByteArray_FromBytes(new Uint8Array(0));
      try {
        bytearray_init(tmp, [values], null);
        data = tmp.b.slice();
      } finally {
        decref(tmp);
      }
    }
  }
  // b[5:2] = ... inserts before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) {
    setSliceLinear(self, start, stop, data);
    return;
  }
  if (values === null) {
    if (slicelength <= 0) return;
    canResize(self);
    if (step < 0) {
      // The same positions, walked upwards.
      start = start + step * (slicelength - 1);
      step = -step;
    }
    // Compact the kept bytes in place, then shrink.
    const buf = self.buf;
    const base = self.start;
    const size = self.size;
    let w = start;
    for (let cur = start, k = 0; cur < size; cur++) {
      if (k < slicelength && cur === start + k * step) {
        k++;
        continue;
      }
      buf[base + w++] = buf[base + cur];
    }
    PyByteArray_Resize(self, size - slicelength);
    return;
  }
  if (data.length !== slicelength) {
    raise(PyExc_ValueError, `attempt to assign bytes of size ${data.length} to extended slice of size ${slicelength}`);
  }
  for (let k = 0, cur = start; k < slicelength; k++, cur += step) self.buf[self.start + cur] = data[k];
};

/** CPython 3.11: Objects/bytearrayobject.c bytearray_concat */
PyByteArray_Type.sq_concat = (a, b) => {
  const va = bytesLikeView(a);
  const vb = bytesLikeView(b);
  if (va === null || vb === null) {
    raise(PyExc_TypeError, `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  }
  const out = new Uint8Array(va.length + vb.length);
  out.set(va);
  out.set(vb, va.length);
  return PyByteArray_FromBytes(out);
};

/** CPython 3.11: Objects/bytearrayobject.c bytearray_iconcat */
PyByteArray_Type.sq_inplace_concat = (a, b) => {
  const self = a as PyByteArrayObject;
  const vb = bytesLikeView(b);
  if (vb === null) raise(PyExc_TypeError, `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  const data = vb.slice();
  const size = self.size;
  PyByteArray_Resize(self, size + data.length);
  self.buf.set(data, self.start + size);
  return newref(self);
};

PyByteArray_Type.sq_repeat = (o, n) => {
  const data = (o as PyByteArrayObject).b;
  if (n < 0) n = 0;
  if (n > 0 && data.length > Number.MAX_SAFE_INTEGER / n) raise(PyExc_MemoryError, null);
  const out = new Uint8Array(data.length * n);
  for (let k = 0; k < n; k++) out.set(data, k * data.length);
  return PyByteArray_FromBytes(out);
};

PyByteArray_Type.sq_inplace_repeat = (o, n) => {
  const self = o as PyByteArrayObject;
  const data = self.b.slice();
  if (n < 0) n = 0;
  if (n > 0 && data.length > Number.MAX_SAFE_INTEGER / n) raise(PyExc_MemoryError, null);
  PyByteArray_Resize(self, data.length * n);
  for (let k = 0; k < n; k++) self.buf.set(data, self.start + k * data.length);
  return newref(self);
};

PyByteArray_Type.sq_contains = (o, v) => bytesContains((o as PyByteArrayObject).b, v);

/** CPython 3.11: bytearray_mod (bytearray_format): _PyBytes_FormatEx making a bytearray. */
PyByteArray_Type.nb_remainder = (v, w) => {
  if (!(v instanceof PyByteArrayObject)) return newref(Py_NotImplemented);
  return bytesFormat(v.b, w, true);
};

// ---------------------------------------------------------------------------------------------
// Iterator
// ---------------------------------------------------------------------------------------------

export const PyByteArrayIter_Type: PyTypeObject = registerStaticType(
  newStaticType('bytearray_iterator', 32, 0, TPFlags.HAVE_GC),
);

class PyByteArrayIterObject extends PyObject {
  index = 0;
  seq: PyByteArrayObject | null;
  constructor(seq: PyByteArrayObject) {
    super(PyByteArrayIter_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyByteArrayIter_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.seq = seq;
  }
}

PyByteArray_Type.tp_iter = (o) => {
  const it = new PyByteArrayIterObject(o as PyByteArrayObject);
  incref(o);
  gcAllocObject(it, 32);
  gcTrack(it);
  return it;
};
PyByteArrayIter_Type.tp_iternext = (o) => {
  const it = o as PyByteArrayIterObject;
  const seq = it.seq;
  if (seq === null) return null;
  if (it.index < seq.size) return PyLong_FromNumber(seq.buf[seq.start + it.index++]);
  it.seq = null;
  decref(seq);
  return null;
};
PyByteArrayIter_Type.tp_iter = (o) => newref(o);
PyByteArrayIter_Type.tp_dealloc = (o) => {
  const it = o as PyByteArrayIterObject;
  gcUntrack(it);
  const seq = it.seq;
  it.seq = null;
  if (seq !== null) decref(seq);
  gcDel(it);
};
PyByteArrayIter_Type.tp_traverse = (o, visit) => {
  const seq = (o as PyByteArrayIterObject).seq;
  if (seq !== null) visit(seq);
};
PyByteArrayIter_Type.methods = [
  {
    name: '__length_hint__',
    fn: (self) => {
      const it = self as PyByteArrayIterObject;
      return PyLong_FromNumber(it.seq !== null ? Math.max(0, it.seq.size - it.index) : 0);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------------------------

const byteArrayFlavor: BytesFlavor = {
  name: 'bytearray',
  data: (self) => (self as PyByteArrayObject).b,
  fromBuf: (d) => PyByteArray_FromBytes(d),
  fresh: (d) => PyByteArray_FromBytes(d),
  unchanged: (self) => PyByteArray_FromBytes((self as PyByteArrayObject).b),
};

function index1(o: PyObject): number {
  return PyNumber_AsSsize_t(o);
}

const methods: import('./pyobject.ts').MethodDef[] = [
  {
    name: 'append',
    fn: (self, args, kwnames) => {
      const item = oneArg('bytearray.append', args, kwnames);
      const ba = self as PyByteArrayObject;
      const v = getByteValue(item);
      PyByteArray_Resize(ba, ba.size + 1);
      ba.buf[ba.start + ba.size - 1] = v;
      return none();
    },
  },
  {
    name: 'extend',
    fn: (self, args, kwnames) => {
      const arg = oneArg('bytearray.extend', args, kwnames);
      const ba = self as PyByteArrayObject;
      const view = bytesLikeView(arg);
      let data: Uint8Array;
      if (view !== null) data = view.slice();
      else {
        const tmp = PyByteArray_FromBytes(new Uint8Array(0));
        try {
          try {
            bytearray_init(tmp, [arg], null);
          } catch (e) {
            if (e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_TypeError) && arg.ob_type.tp_iter === null && arg.ob_type.sq_item === null) {
              decref(e.exc);
              raise(PyExc_TypeError, `can't extend bytearray with ${arg.ob_type.tp_name}`);
            }
            throw e;
          }
          data = tmp.b.slice();
        } finally {
          decref(tmp);
        }
      }
      const size = ba.size;
      PyByteArray_Resize(ba, size + data.length);
      ba.buf.set(data, ba.start + size);
      return none();
    },
  },
  {
    name: 'pop',
    fn: (self, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, 'bytearray.pop() takes no keyword arguments');
      checkPositional('pop', args.length, 0, 1);
      const ba = self as PyByteArrayObject;
      let i = args.length > 0 ? index1(args[0]) : -1;
      const n = ba.size;
      if (n === 0) raise(PyExc_IndexError, 'pop from empty bytearray');
      if (i < 0) i += n;
      if (i < 0 || i >= n) raise(PyExc_IndexError, 'pop index out of range');
      const value = ba.buf[ba.start + i];
      canResize(ba);
      ba.buf.copyWithin(ba.start + i, ba.start + i + 1, ba.start + n);
      PyByteArray_Resize(ba, n - 1);
      return PyLong_FromNumber(value);
    },
  },
  {
    name: 'insert',
    fn: (self, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, 'bytearray.insert() takes no keyword arguments');
      checkPositional('insert', args.length, 2, 2);
      const ba = self as PyByteArrayObject;
      let where = index1(args[0]);
      const v = getByteValue(args[1]);
      const n = ba.size;
      PyByteArray_Resize(ba, n + 1);
      if (where < 0) {
        where += n;
        if (where < 0) where = 0;
      }
      if (where > n) where = n;
      ba.buf.copyWithin(ba.start + where + 1, ba.start + where, ba.start + n);
      ba.buf[ba.start + where] = v;
      return none();
    },
  },
  {
    name: 'remove',
    fn: (self, args, kwnames) => {
      const v = getByteValue(oneArg('bytearray.remove', args, kwnames));
      const ba = self as PyByteArrayObject;
      const where = ba.b.indexOf(v);
      if (where < 0) raise(PyExc_ValueError, 'value not found in bytearray');
      canResize(ba);
      ba.buf.copyWithin(ba.start + where, ba.start + where + 1, ba.start + ba.size);
      PyByteArray_Resize(ba, ba.size - 1);
      return none();
    },
  },
  {
    name: 'clear',
    fn: (self, args, kwnames) => {
      noArgs('bytearray.clear', args, kwnames);
      PyByteArray_Resize(self as PyByteArrayObject, 0);
      return none();
    },
  },
  {
    name: 'copy',
    fn: (self, args, kwnames) => {
      noArgs('bytearray.copy', args, kwnames);
      return PyByteArray_FromBytes((self as PyByteArrayObject).b);
    },
  },
  {
    name: 'reverse',
    fn: (self, args, kwnames) => {
      noArgs('bytearray.reverse', args, kwnames);
      (self as PyByteArrayObject).b.reverse();
      return none();
    },
  },
  {
    name: 'decode',
    fn: (self, args, kwnames) => {
      const [enc, err] = unpackArgs('decode', args, kwnames, ['encoding', 'errors'], 0);
      if (enc !== null && !(enc instanceof PyUnicodeObject)) {
        raise(PyExc_TypeError, `decode() argument 'encoding' must be str, not ${enc.ob_type.tp_name}`);
      }
      if (err !== null && !(err instanceof PyUnicodeObject)) {
        raise(PyExc_TypeError, `decode() argument 'errors' must be str, not ${err.ob_type.tp_name}`);
      }
      return PyUnicode_FromEncodedObject(self, (enc as PyUnicodeObject | null)?.s ?? null, (err as PyUnicodeObject | null)?.s ?? null);
    },
  },
  {
    name: '__alloc__',
    fn: (self, args, kwnames) => {
      noArgs('bytearray.__alloc__', args, kwnames);
      return PyLong_FromNumber((self as PyByteArrayObject).alloc);
    },
  },
  {
    name: '__sizeof__',
    fn: (self, args, kwnames) => {
      noArgs('bytearray.__sizeof__', args, kwnames);
      return PyLong_FromNumber(self.ob_type.tp_basicsize + (self as PyByteArrayObject).alloc);
    },
  },
];

/** Installs the bytearray methods (called at start-up, before PyType_Ready). */
export function initByteArray(): void {
  PyByteArray_Type.methods = [
    ...bytesMethods(byteArrayFlavor),
    ...methods,
    {
      name: 'fromhex',
      kind: 'class',
      fn: (type, args, kwnames) => {
        if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, 'bytearray.fromhex() takes no keyword arguments');
        if (args.length !== 1) raise(PyExc_TypeError, `bytearray.fromhex() takes exactly one argument (${args.length} given)`);
        return PyByteArray_FromBytes(fromhex(args[0]), type as PyTypeObject);
      },
    },
    { name: 'maketrans', kind: 'static', fn: (_s, args, kwnames) => PyBytes_FromBytes(maketrans(args, kwnames)) },
  ];
}

export { Py_None, PyExc_OverflowError, tupleFromArraySteal };
