/**
 * memoryview and the managed buffer behind it: one-dimensional views (format 'B') of bytes,
 * bytearray and other memoryviews, with slicing, item assignment, release and the context
 * manager, and the export count that keeps a viewed bytearray from resizing.
 * CPython 3.11: Objects/memoryobject.c (_PyManagedBuffer_FromObject, mbuf_add_view,
 * PyMemoryView_FromObject, memory_subscript, memory_ass_sub, _memory_release, memory_hash,
 * memory_richcompare, memory_tolist, memory_tobytes, memory_hex, the memory_iterator),
 * Objects/abstract.c PyBuffer_Release.
 *
 * A view is `length` bytes of its exporter taken `stride` bytes apart from byte `start` (CPython's
 * view.buf, shape[0] and strides[0]); the bytes themselves stay in the exporter. Not modelled:
 * cast(), multi-dimensional views and formats other than 'B'.
 */
import { PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, newref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_BufferError, PyExc_IndexError, PyExc_TypeError, PyExc_ValueError } from './exceptions.ts';
import { PyObject_Hash, Py_None, Py_NotImplemented, hexAddr, none } from './object.ts';
import { PyUnicodeObject, PyUnicode_FromString } from './unicodeobject.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { PyNumber_AsSsize_t } from './abstract.ts';
import { tupleFromArraySteal, emptyTupleRef } from './tupleobject.ts';
import { listFromArraySteal } from './listobject.ts';
import { PyBytesObject, PyBytes_FromBytes, hashBytes, bytesLikeView } from './bytesobject.ts';
import { PyByteArrayObject } from './bytearrayobject.ts';
import { PySlice_Check, sliceAdjustIndices, sliceUnpack } from './sliceobject.ts';
import { checkPositional, noArgs, unpackArgs } from './getargs.ts';
import { strhex } from './bytes_methods.ts';

export const enum MemoryLayout {
  /**
   * offsetof(PyMemoryViewObject, ob_array) = memoryview.__basicsize__: PyVarObject 24, mbuf 8,
   * hash 8, flags (int, padded) 8, exports 8, Py_buffer view 80, weakreflist 8.
   */
  BASICSIZE = 144,
  /** ob_array holds shape, strides and suboffsets: 3 * ndim Py_ssize_t. */
  ITEMSIZE = 8,
  /** Items of ob_array for a one-dimensional view (Py_SIZE of the object). */
  NDIM1_ITEMS = 3,
  /** sizeof(_PyManagedBufferObject): PyObject 16, flags (int, padded) 8, exports 8, master 80. */
  MBUF_SIZE = 112,
  /** sizeof(memoryiterobject): PyObject 16, it_index, it_seq, it_length, it_fmt. */
  ITER_SIZE = 48,
}

export const PyMemoryView_Type: PyTypeObject = registerStaticType(
  newStaticType('memoryview', MemoryLayout.BASICSIZE, MemoryLayout.ITEMSIZE, TPFlags.HAVE_GC | TPFlags.SEQUENCE),
);
export const PyManagedBuffer_Type: PyTypeObject = registerStaticType(
  newStaticType('managedbuffer', MemoryLayout.MBUF_SIZE, 0, TPFlags.HAVE_GC),
);
export const PyMemoryIter_Type: PyTypeObject = registerStaticType(
  newStaticType('memory_iterator', MemoryLayout.ITER_SIZE, 0, TPFlags.HAVE_GC),
);
PyMemoryView_Type.hasWeakref = true;

/** The exporter's buffer held for as long as views share it (_PyManagedBufferObject). */
export class PyManagedBufferObject extends PyObject {
  /** master.obj: a strong reference to the exporter, null once released. */
  obj: PyObject | null = null;
  /** master.readonly */
  readonly = true;
  /** _Py_MANAGED_BUFFER_RELEASED */
  released = false;
  /** Views registered with this buffer (mbuf_add_view). */
  exports = 0;
  constructor() {
    super(PyManagedBuffer_Type);
  }
}

export class PyMemoryViewObject extends PyObject {
  mbuf: PyManagedBufferObject | null = null;
  /** view.obj: the exporter, borrowed (the managed buffer holds the reference). */
  obj: PyObject | null = null;
  /** Byte offset of the first item in the exporter (view.buf). */
  start = 0;
  /** view.shape[0]: number of items. */
  length = 0;
  /** view.strides[0]: bytes from one item to the next (negative for reversed slices). */
  stride = 1;
  readonly = true;
  /** _Py_MEMORYVIEW_RELEASED */
  released = false;
  /** Buffers exported by this view itself (PyObject_GetBuffer on the memoryview). */
  exports = 0;
  hash = -1;
  constructor(type: PyTypeObject) {
    super(type);
  }
  /** Py_SIZE: the ob_array items (object.__sizeof__ counts them). */
  get ob_size(): number {
    return MemoryLayout.NDIM1_ITEMS;
  }
}

class MemoryIterObject extends PyObject {
  index = 0;
  seq: PyMemoryViewObject | null = null;
  length = 0;
  constructor() {
    super(PyMemoryIter_Type);
  }
}

let clearWeakRefsHook: (o: PyObject) => void = () => {};
/** PyObject_ClearWeakRefs for memoryviews (wired in kernel/host/init.ts). */
export function setMemoryViewClearWeakRefs(f: (o: PyObject) => void): void {
  clearWeakRefsHook = f;
}

// ---------------------------------------------------------------------------------------------
// Exporters
// ---------------------------------------------------------------------------------------------

/** PyObject_CheckBuffer for the exporters the kernel has. */
function checkBuffer(o: PyObject): boolean {
  return o instanceof PyBytesObject || o instanceof PyByteArrayObject || o instanceof PyMemoryViewObject;
}

/** The exporter's whole buffer as it is now (bytes never change; a viewed bytearray cannot resize). */
function exporterBytes(obj: PyObject): Uint8Array {
  if (obj instanceof PyByteArrayObject) return obj.b;
  return (obj as PyBytesObject).b;
}

/** bf_getbuffer of bytes (bytes_buffer_getbuffer) and bytearray (bytearray_getbuffer). */
function getBuffer(mbuf: PyManagedBufferObject, obj: PyObject): void {
  if (obj instanceof PyByteArrayObject) {
    obj.exports++;
    mbuf.readonly = false;
  }
  mbuf.obj = newref(obj);
}

/** CPython 3.11: Objects/abstract.c PyBuffer_Release (bytearray_releasebuffer, then the reference). */
function releaseBuffer(mbuf: PyManagedBufferObject): void {
  const obj = mbuf.obj;
  if (obj === null) return;
  if (obj instanceof PyByteArrayObject) obj.exports--;
  mbuf.obj = null;
  decref(obj);
}

// ---------------------------------------------------------------------------------------------
// Managed buffer
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/memoryobject.c mbuf_alloc + _PyManagedBuffer_FromObject */
function managedBufferFromObject(base: PyObject): PyManagedBufferObject {
  const mbuf = new PyManagedBufferObject();
  gcAllocObject(mbuf, MemoryLayout.MBUF_SIZE);
  gcTrack(mbuf);
  getBuffer(mbuf, base);
  return mbuf;
}

/** CPython 3.11: Objects/memoryobject.c mbuf_release */
function mbufRelease(mbuf: PyManagedBufferObject): void {
  if (mbuf.released) return;
  mbuf.released = true;
  gcUntrack(mbuf);
  releaseBuffer(mbuf);
}

PyManagedBuffer_Type.tp_dealloc = (o) => {
  mbufRelease(o as PyManagedBufferObject);
  gcDel(o);
};
PyManagedBuffer_Type.tp_traverse = (o, visit) => {
  const obj = (o as PyManagedBufferObject).obj;
  if (obj !== null) visit(obj);
};
PyManagedBuffer_Type.tp_clear = (o) => mbufRelease(o as PyManagedBufferObject);

// ---------------------------------------------------------------------------------------------
// Creation
// ---------------------------------------------------------------------------------------------

/**
 * CPython 3.11: Objects/memoryobject.c mbuf_add_view: a new view registered with mbuf, copying
 * src's geometry (the whole buffer when src is null).
 */
function mbufAddView(mbuf: PyManagedBufferObject, src: PyMemoryViewObject | null): PyMemoryViewObject {
  const mv = new PyMemoryViewObject(PyMemoryView_Type);
  gcAllocObject(mv, MemoryLayout.BASICSIZE + MemoryLayout.ITEMSIZE * MemoryLayout.NDIM1_ITEMS);
  mv.obj = mbuf.obj;
  if (src === null) {
    mv.length = exporterBytes(mbuf.obj!).length;
    mv.readonly = mbuf.readonly;
  } else {
    mv.start = src.start;
    mv.length = src.length;
    mv.stride = src.stride;
    mv.readonly = src.readonly;
  }
  mv.mbuf = newref(mbuf);
  mbuf.exports++;
  gcTrack(mv);
  return mv;
}

/** CPython 3.11: Objects/memoryobject.c PyMemoryView_FromObject */
export function PyMemoryView_FromObject(v: PyObject): PyMemoryViewObject {
  if (v instanceof PyMemoryViewObject) {
    checkReleased(v);
    return mbufAddView(v.mbuf!, v);
  }
  if (checkBuffer(v)) {
    const mbuf = managedBufferFromObject(v);
    try {
      return mbufAddView(mbuf, null);
    } finally {
      decref(mbuf);
    }
  }
  raise(PyExc_TypeError, `memoryview: a bytes-like object is required, not '${v.ob_type.tp_name}'`);
}

/** CPython 3.11: Objects/memoryobject.c memoryview_impl (memoryview(object)). */
PyMemoryView_Type.tp_new = (_type, args, kwnames) => {
  if (args.length > 1) raise(PyExc_TypeError, `memoryview() takes at most 1 argument (${args.length} given)`);
  const [object] = unpackArgs('memoryview', args, kwnames, ['object'], 1);
  return PyMemoryView_FromObject(object!);
};

// ---------------------------------------------------------------------------------------------
// Release and deallocation
// ---------------------------------------------------------------------------------------------

/** CHECK_RELEASED: the view or its managed buffer has been released. */
function checkReleased(mv: PyMemoryViewObject): void {
  if (mv.released || mv.mbuf!.released) {
    raise(PyExc_ValueError, 'operation forbidden on released memoryview object');
  }
}

/** CPython 3.11: Objects/memoryobject.c _memory_release; raises BufferError while exported. */
function memoryRelease(mv: PyMemoryViewObject): void {
  if (mv.released) return;
  if (mv.exports === 0) {
    mv.released = true;
    const mbuf = mv.mbuf!;
    if (--mbuf.exports === 0) mbufRelease(mbuf);
    return;
  }
  raise(PyExc_BufferError, `memoryview has ${mv.exports} exported buffer${mv.exports === 1 ? '' : 's'}`);
}

/** CPython 3.11: Objects/memoryobject.c memory_dealloc */
PyMemoryView_Type.tp_dealloc = (o) => {
  const mv = o as PyMemoryViewObject;
  gcUntrack(mv);
  memoryRelease(mv);
  const mbuf = mv.mbuf;
  mv.mbuf = null;
  if (mbuf !== null) decref(mbuf);
  clearWeakRefsHook(mv);
  gcDel(mv);
};
PyMemoryView_Type.tp_traverse = (o, visit) => {
  const mbuf = (o as PyMemoryViewObject).mbuf;
  if (mbuf !== null) visit(mbuf);
};
/** CPython 3.11: Objects/memoryobject.c memory_clear */
PyMemoryView_Type.tp_clear = (o) => {
  const mv = o as PyMemoryViewObject;
  memoryRelease(mv);
  const mbuf = mv.mbuf;
  mv.mbuf = null;
  if (mbuf !== null) decref(mbuf);
};

// ---------------------------------------------------------------------------------------------
// Contents
// ---------------------------------------------------------------------------------------------

/** The viewed bytes in order, copied when the view is not contiguous (PyBuffer_ToContiguous). */
export function memoryBytes(mv: PyMemoryViewObject): Uint8Array {
  checkReleased(mv);
  const all = exporterBytes(mv.obj!);
  if (mv.stride === 1) return all.subarray(mv.start, mv.start + mv.length);
  const out = new Uint8Array(mv.length);
  for (let k = 0; k < mv.length; k++) out[k] = all[mv.start + k * mv.stride];
  return out;
}

/** MV_C_CONTIGUOUS for one dimension: one item, or items next to each other. */
function isContiguous(mv: PyMemoryViewObject): boolean {
  return mv.length === 1 || mv.stride === 1;
}

/** CPython 3.11: Objects/memoryobject.c memory_length */
PyMemoryView_Type.sq_length = (o) => {
  const mv = o as PyMemoryViewObject;
  checkReleased(mv);
  return mv.length;
};
PyMemoryView_Type.mp_length = PyMemoryView_Type.sq_length;

/** ptr_from_index: the byte offset of item `index` (negative counts from the end). */
function itemOffset(mv: PyMemoryViewObject, index: number): number {
  if (index < 0) index += mv.length;
  if (index < 0 || index >= mv.length) raise(PyExc_IndexError, 'index out of bounds on dimension 1');
  return mv.start + index * mv.stride;
}

/** CPython 3.11: Objects/memoryobject.c memory_subscript (an item, or a view of a slice). */
PyMemoryView_Type.mp_subscript = (o, key) => {
  const mv = o as PyMemoryViewObject;
  checkReleased(mv);
  if (key.ob_type.nb_index !== null) {
    const index = PyNumber_AsSsize_t(key);
    return PyLong_FromNumber(exporterBytes(mv.obj!)[itemOffset(mv, index)]);
  }
  if (PySlice_Check(key)) {
    const sliced = mbufAddView(mv.mbuf!, mv);
    try {
      initSlice(sliced, key);
    } catch (e) {
      decref(sliced);
      throw e;
    }
    return sliced;
  }
  raise(PyExc_TypeError, 'memoryview: invalid slice key');
};

/** CPython 3.11: Objects/memoryobject.c init_slice (one dimension). */
function initSlice(mv: PyMemoryViewObject, key: PyObject): void {
  const [start, stop, step] = sliceUnpack(key);
  const [s, , st, n] = sliceAdjustIndices(mv.length, start, stop, step);
  mv.start += s * mv.stride;
  mv.stride *= st;
  mv.length = n;
}

/** CPython 3.11: Objects/memoryobject.c memory_ass_sub */
PyMemoryView_Type.mp_ass_subscript = (o, key, value) => {
  const mv = o as PyMemoryViewObject;
  checkReleased(mv);
  if (mv.readonly) raise(PyExc_TypeError, 'cannot modify read-only memory');
  if (value === null) raise(PyExc_TypeError, 'cannot delete memory');
  const data = exporterBytes(mv.obj!);
  if (key.ob_type.nb_index !== null) {
    const offset = itemOffset(mv, PyNumber_AsSsize_t(key));
    data[offset] = packByte(value);
    return;
  }
  if (PySlice_Check(key)) {
    // The rvalue must be an exporter with the same structure as the slice.
    const src = bytesLikeView(value);
    if (src === null) raise(PyExc_TypeError, `a bytes-like object is required, not '${value.ob_type.tp_name}'`);
    const [start, stop, step] = sliceUnpack(key);
    const [s, , st, n] = sliceAdjustIndices(mv.length, start, stop, step);
    if (n !== src.length) raise(PyExc_ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
    const copy = src.slice();
    for (let k = 0; k < n; k++) data[mv.start + (s + k * st) * mv.stride] = copy[k];
    return;
  }
  raise(PyExc_TypeError, 'memoryview: invalid slice key');
};

/** pack_single for format 'B' (fix_error_int turns the errors into memoryview's messages). */
function packByte(value: PyObject): number {
  if (value.ob_type.nb_index === null) raise(PyExc_TypeError, "memoryview: invalid type for format 'B'");
  let v: number;
  try {
    v = PyNumber_AsSsize_t(value, true);
  } catch {
    raise(PyExc_ValueError, "memoryview: invalid value for format 'B'");
  }
  if (v < 0 || v > 255) raise(PyExc_ValueError, "memoryview: invalid value for format 'B'");
  return v;
}

/** CPython 3.11: Objects/memoryobject.c memory_hash (read-only views hash as their bytes). */
PyMemoryView_Type.tp_hash = (o) => {
  const mv = o as PyMemoryViewObject;
  if (mv.hash === -1) {
    checkReleased(mv);
    if (!mv.readonly) raise(PyExc_ValueError, 'cannot hash writable memoryview object');
    // The exporter is hashed too, for its error (and its cached hash).
    if (mv.obj !== null) PyObject_Hash(mv.obj);
    mv.hash = hashBytes(memoryBytes(mv));
  }
  return mv.hash;
};

/** CPython 3.11: Objects/memoryobject.c memory_richcompare (only == and !=, by content). */
PyMemoryView_Type.tp_richcompare = (v, w, op) => {
  if (op !== 2 && op !== 3) return newref(Py_NotImplemented);
  const a = v as PyMemoryViewObject;
  let equal: boolean;
  if (a.released || (w instanceof PyMemoryViewObject && w.released)) equal = v === w;
  else if (!checkBuffer(w)) return newref(Py_NotImplemented);
  else {
    const x = memoryBytes(a);
    const y = w instanceof PyMemoryViewObject ? memoryBytes(w) : exporterBytes(w);
    equal = x.length === y.length && x.every((b, i) => b === y[i]);
  }
  return PyBool_FromBool(op === 2 ? equal : !equal);
};

/** CPython 3.11: Objects/memoryobject.c memory_repr */
PyMemoryView_Type.tp_repr = (o) => {
  const mv = o as PyMemoryViewObject;
  return PyUnicode_FromString(mv.released ? `<released memory at ${hexAddr(mv)}>` : `<memory at ${hexAddr(mv)}>`);
};

// ---------------------------------------------------------------------------------------------
// Iteration
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/memoryobject.c memory_iter */
PyMemoryView_Type.tp_iter = (o) => {
  const mv = o as PyMemoryViewObject;
  checkReleased(mv);
  const it = new MemoryIterObject();
  gcAllocObject(it, MemoryLayout.ITER_SIZE);
  it.seq = newref(mv);
  it.length = mv.length;
  gcTrack(it);
  return it;
};

/** CPython 3.11: Objects/memoryobject.c memoryiter_next */
PyMemoryIter_Type.tp_iternext = (o) => {
  const it = o as MemoryIterObject;
  const seq = it.seq;
  if (seq === null) return null;
  if (it.index < it.length) {
    checkReleased(seq);
    const b = exporterBytes(seq.obj!)[seq.start + it.index * seq.stride];
    it.index++;
    return PyLong_FromNumber(b);
  }
  it.seq = null;
  decref(seq);
  return null;
};
PyMemoryIter_Type.tp_iter = (o) => newref(o);
PyMemoryIter_Type.tp_dealloc = (o) => {
  const it = o as MemoryIterObject;
  gcUntrack(it);
  const seq = it.seq;
  it.seq = null;
  if (seq !== null) decref(seq);
  gcDel(it);
};
PyMemoryIter_Type.tp_traverse = (o, visit) => {
  const seq = (o as MemoryIterObject).seq;
  if (seq !== null) visit(seq);
};

// ---------------------------------------------------------------------------------------------
// Methods and attributes
// ---------------------------------------------------------------------------------------------

function view(o: PyObject): PyMemoryViewObject {
  const mv = o as PyMemoryViewObject;
  checkReleased(mv);
  return mv;
}

PyMemoryView_Type.methods = [
  {
    name: 'release',
    fn: (self, args, kw) => {
      noArgs('release', args, kw);
      memoryRelease(self as PyMemoryViewObject);
      return none();
    },
  },
  {
    name: 'tobytes',
    fn: (self, args, kw) => {
      const [order] = unpackArgs('tobytes', args, kw, ['order'], 0);
      if (order !== null && order !== Py_None) {
        const s = order instanceof PyUnicodeObject ? order.s : null;
        if (s === null) raise(PyExc_TypeError, `tobytes() argument 'order' must be str or None, not ${order.ob_type.tp_name}`);
        if (s !== 'C' && s !== 'F' && s !== 'A') raise(PyExc_ValueError, "order must be 'C', 'F' or 'A'");
      }
      return PyBytes_FromBytes(memoryBytes(view(self)).slice());
    },
  },
  {
    name: 'tolist',
    fn: (self, args, kw) => {
      noArgs('tolist', args, kw);
      const data = memoryBytes(view(self));
      return listFromArraySteal(Array.from(data, (b) => PyLong_FromNumber(b)));
    },
  },
  {
    name: 'hex',
    fn: (self, args, kw) => {
      const [sepObj, perObj] = unpackArgs('hex', args, kw, ['sep', 'bytes_per_sep'], 0);
      const data = memoryBytes(view(self));
      let sep: string | null = null;
      if (sepObj !== null) {
        const s = sepObj instanceof PyUnicodeObject ? sepObj.s : null;
        const b = s === null ? bytesLikeView(sepObj) : null;
        if (s === null && b === null) raise(PyExc_TypeError, `object of type '${sepObj.ob_type.tp_name}' has no len()`);
        if ((s ?? b!).length !== 1) raise(PyExc_ValueError, 'sep must be length 1.');
        sep = s ?? String.fromCharCode(b![0]);
        if (sep.charCodeAt(0) > 127) raise(PyExc_ValueError, 'sep must be ASCII.');
      }
      const per = perObj === null ? 1 : PyNumber_AsSsize_t(perObj);
      return PyUnicode_FromString(strhex(data, sep, per));
    },
  },
  {
    name: 'toreadonly',
    fn: (self, args, kw) => {
      noArgs('toreadonly', args, kw);
      const mv = view(self);
      const ro = mbufAddView(mv.mbuf!, mv);
      ro.readonly = true;
      return ro;
    },
  },
  {
    name: '__enter__',
    fn: (self, args, kw) => {
      noArgs('__enter__', args, kw);
      return newref(view(self));
    },
  },
  {
    name: '__exit__',
    fn: (self, args) => {
      checkPositional('__exit__', args.length, 0, Infinity);
      memoryRelease(self as PyMemoryViewObject);
      return none();
    },
  },
];

const ssizeTuple = (v: number): PyObject => tupleFromArraySteal([PyLong_FromNumber(v)]);

/** A value that does not depend on the view, after CHECK_RELEASED. */
function whenLive(self: PyObject, make: () => PyObject): PyObject {
  view(self);
  return make();
}

PyMemoryView_Type.getsets = [
  {
    name: 'obj',
    get: (self) => {
      const mv = view(self);
      return newref(mv.obj ?? Py_None);
    },
  },
  { name: 'nbytes', get: (self) => PyLong_FromNumber(view(self).length) },
  { name: 'readonly', get: (self) => PyBool_FromBool(view(self).readonly) },
  { name: 'itemsize', get: (self) => whenLive(self, () => PyLong_FromNumber(1)) },
  { name: 'format', get: (self) => whenLive(self, () => PyUnicode_FromString('B')) },
  { name: 'ndim', get: (self) => whenLive(self, () => PyLong_FromNumber(1)) },
  { name: 'shape', get: (self) => ssizeTuple(view(self).length) },
  { name: 'strides', get: (self) => ssizeTuple(view(self).stride) },
  { name: 'suboffsets', get: (self) => whenLive(self, emptyTupleRef) },
  { name: 'c_contiguous', get: (self) => PyBool_FromBool(isContiguous(view(self))) },
  { name: 'f_contiguous', get: (self) => PyBool_FromBool(isContiguous(view(self))) },
  { name: 'contiguous', get: (self) => PyBool_FromBool(isContiguous(view(self))) },
];

/** The bytes a memoryview exposes to buffer consumers (bytes(mv), b'' + mv, ...). */
export function memoryviewBufferHook(o: PyObject): Uint8Array | null {
  if (o instanceof PyMemoryViewObject) return memoryBytes(o);
  return null;
}
