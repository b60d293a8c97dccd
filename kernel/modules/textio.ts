/**
 * The standard streams: sys.stdin, sys.stdout and sys.stderr as io.TextIOWrapper objects whose
 * bytes go to the host. Writes collect in pending_bytes (a str or bytes, then a list of them from
 * the second pending chunk on) until a chunk's worth is pending, a line ends on a line-buffered
 * stream (a terminal's stdout, and stderr), or the stream is flushed.
 * CPython 3.11: Modules/_io/textio.c (_io_TextIOWrapper_write_impl, _textiowrapper_writeflush,
 * _io_TextIOWrapper_flush_impl), Python/pylifecycle.c create_stdio.
 * NON-CPYTHON: the BufferedWriter and FileIO under the wrapper are not objects here: what the
 * wrapper flushes reaches the host at once.
 */
import { PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from '../objects/pyobject.ts';
import { decref, newref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_AttributeError, PyExc_TypeError, PyExc_ValueError } from '../objects/exceptions.ts';
import { none } from '../objects/object.ts';
import { PyUnicodeObject, PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { PyLong_FromNumber, PyLongObject } from '../objects/longobject.ts';
import { PyBytesObject, bytesNew } from '../objects/bytesobject.ts';
import { PyListObject, PyList_Append, PyList_Type, listFromArraySteal } from '../objects/listobject.ts';
import { encodeText } from '../objects/unicode_codecs.ts';
import { Py_True, Py_False } from '../objects/boolobject.ts';
import { noKeywords, checkPositional } from '../objects/getargs.ts';
import type { KernelOutput } from '../host/interpreter.ts';

export const enum TextIOLayout {
  /** sizeof(textio) on a 64-bit build (sys.getsizeof adds the GC head: 208). */
  SIZE = 192,
  /** _CHUNK_SIZE: pending bytes are handed to the buffer once this many are pending. */
  CHUNK_SIZE = 8192,
}

export const PyTextIO_Type: PyTypeObject = registerStaticType(
  newStaticType('_io.TextIOWrapper', TextIOLayout.SIZE, 0, TPFlags.BASETYPE | TPFlags.HAVE_GC),
);

export class PyTextIOObject extends PyObject {
  fd: 0 | 1 | 2;
  name: string;
  /** The underlying file is a terminal (isatty()). */
  isatty: boolean;
  /** Flush when a written text contains a newline or a carriage return. */
  lineBuffering: boolean;
  /** Flush after every write (python3 -u). */
  writeThrough = false;
  /** Errors handler of the encoder. */
  errors: string;
  chunkSize: number = TextIOLayout.CHUNK_SIZE;
  /** close() was called (the buffer's `closed`). */
  closed = false;
  /** pending_bytes: null, a str (ASCII), a bytes object, or a list of them. */
  pendingBytes: PyObject | null = null;
  pendingBytesCount = 0;
  /** NON-CPYTHON: the pending chunks as text, for the host. */
  pendingText: string[] = [];
  constructor(fd: 0 | 1 | 2, name: string, isatty: boolean, errors: string) {
    super(PyTextIO_Type);
    this.fd = fd;
    this.name = name;
    this.isatty = isatty;
    this.errors = errors;
    // create_stdio: line buffering for a terminal, and always for stderr.
    this.lineBuffering = fd !== 0 && (isatty || fd === 2);
  }
}

/** Where the streams' bytes go (the host's output callback). */
let output: KernelOutput = () => {};
export function setOutput(w: KernelOutput): void {
  output = w;
}

/** Text for the host's stderr that does not pass through sys.stderr (C-level fprintf). */
export function writeStderr(text: string): void {
  output(2, text);
}

/** CPython 3.11: Python/pylifecycle.c create_stdio (the TextIOWrapper part): a tracked object. */
export function newStream(fd: 0 | 1 | 2, name: string, isatty: boolean): PyTextIOObject {
  const s = new PyTextIOObject(fd, name, isatty, fd === 2 ? 'backslashreplace' : 'surrogateescape');
  gcAllocObject(s, TextIOLayout.SIZE);
  gcTrack(s);
  return s;
}

/** CPython 3.11: Modules/_io/textio.c textiowrapper_traverse (pending_bytes is what the kernel keeps). */
PyTextIO_Type.tp_traverse = (o, visit) => {
  const pending = (o as PyTextIOObject).pendingBytes;
  if (pending !== null) visit(pending);
};

/** CPython 3.11: Modules/_io/textio.c textiowrapper_dealloc: closed (flushed) first, then freed. */
PyTextIO_Type.tp_dealloc = (o) => {
  const self = o as PyTextIOObject;
  gcUntrack(self);
  if (self.fd !== 0) writeflush(self);
  gcDel(self);
};

/**
 * CPython 3.11: Modules/_io/textio.c _io_TextIOWrapper_write_impl: the text (an ASCII str
 * itself, anything else encoded to bytes) joins pending_bytes, which becomes a list when a
 * second chunk arrives; a chunk's worth, a line end on a line-buffered stream, or write-through
 * flushes it.
 */
function textiowrapper_write(self: PyTextIOObject, text: PyUnicodeObject): PyObject {
  if (self.closed) raise(PyExc_ValueError, 'I/O operation on closed file.');
  if (self.fd === 0) raise(PyExc_ValueError, 'not writable');
  const textlen = text.length;
  const haslf = self.lineBuffering && text.s.includes('\n');
  const needflush = self.lineBuffering && (haslf || text.s.includes('\r'));
  const b = encodeChunk(self, text);
  const bytesLen = b instanceof PyBytesObject ? b.b.length : textlen;
  if (self.pendingBytes === null) {
    self.pendingBytesCount = 0;
    self.pendingBytes = b;
  } else if (self.pendingBytesCount + bytesLen > self.chunkSize) {
    // Prevent to concatenate more than chunk_size data.
    writeflush(self);
    self.pendingBytes = b;
  } else if (self.pendingBytes.ob_type !== PyList_Type) {
    self.pendingBytes = listFromArraySteal([self.pendingBytes, b]);
  } else {
    PyList_Append(self.pendingBytes as PyListObject, b);
    decref(b);
  }
  self.pendingText.push(text.s);
  self.pendingBytesCount += bytesLen;
  if (self.pendingBytesCount >= self.chunkSize || needflush || self.writeThrough) writeflush(self);
  return PyLong_FromNumber(textlen);
}

/** The chunk write() keeps: an ASCII str of at most a chunk itself, else its encoded bytes. */
function encodeChunk(self: PyTextIOObject, text: PyUnicodeObject): PyObject {
  if (text.ascii && text.length <= self.chunkSize) return newref(text);
  return bytesNew(encodeText(text, 'utf-8', self.errors));
}

/**
 * CPython 3.11: Modules/_io/textio.c _textiowrapper_writeflush: pending_bytes joined into one
 * bytes object and written to the buffer; the pending list is released (to the list free list).
 */
export function writeflush(self: PyTextIOObject): void {
  const pending = self.pendingBytes;
  if (pending === null) return;
  let b: PyObject;
  if (pending instanceof PyBytesObject) b = newref(pending);
  else if (pending instanceof PyUnicodeObject) b = bytesNew(new TextEncoder().encode(pending.s));
  else b = bytesNew(joinChunks(pending as PyListObject, self.pendingBytesCount));
  const text = self.pendingText.join('');
  self.pendingBytesCount = 0;
  self.pendingBytes = null;
  self.pendingText = [];
  decref(pending);
  // buffer.write(b): the BufferedWriter returns the number of bytes it took.
  const ret = bufferWrite(self, text, (b as PyBytesObject).b.length);
  decref(b);
  decref(ret);
}

function joinChunks(list: PyListObject, count: number): Uint8Array {
  const buf = new Uint8Array(count);
  let pos = 0;
  for (const obj of list.items) {
    const src = obj instanceof PyBytesObject ? obj.b : new TextEncoder().encode((obj as PyUnicodeObject).s);
    buf.set(src, pos);
    pos += src.length;
  }
  return buf;
}

/** NON-CPYTHON: BufferedWriter.write, reduced to handing the text to the host. */
function bufferWrite(self: PyTextIOObject, text: string, nbytes: number): PyLongObject {
  if (text.length > 0) output(self.fd as 1 | 2, text);
  return PyLong_FromNumber(nbytes);
}

/**
 * NON-CPYTHON: text the interpreter itself writes to a standard stream (tracebacks, SystemExit
 * messages): what is pending goes first, then the text, unbuffered. CPython writes the same
 * text through the stream in pieces; stderr, being line-buffered, flushes at each line end.
 */
export function writeDirect(self: PyTextIOObject, text: string): void {
  writeflush(self);
  output(self.fd as 1 | 2, text);
}

/** CPython 3.11: Modules/_io/textio.c _io_TextIOWrapper_flush_impl */
export function textiowrapper_flush(self: PyTextIOObject): void {
  writeflush(self);
}

PyTextIO_Type.methods = [
  {
    name: 'write',
    fn: (self, args, kw) => {
      noKeywords('write', kw);
      checkPositional('write', args.length, 1, 1);
      const s = args[0];
      if (!(s instanceof PyUnicodeObject)) raise(PyExc_TypeError, `write() argument must be str, not ${s.ob_type.tp_name}`);
      return textiowrapper_write(self as PyTextIOObject, s);
    },
  },
  {
    name: 'flush',
    fn: (self, args, kw) => {
      noKeywords('flush', kw);
      checkPositional('flush', args.length, 0, 0);
      textiowrapper_flush(self as PyTextIOObject);
      return none();
    },
  },
  {
    /** CPython 3.11: Modules/_io/textio.c _io_TextIOWrapper_close_impl: flush, then close the buffer. */
    name: 'close',
    fn: (self, args, kw) => {
      noKeywords('close', kw);
      checkPositional('close', args.length, 0, 0);
      const io = self as PyTextIOObject;
      if (!io.closed) {
        writeflush(io);
        io.closed = true;
      }
      return none();
    },
  },
  { name: 'fileno', fn: (self) => PyLong_FromNumber((self as PyTextIOObject).fd) },
  { name: 'isatty', fn: (self) => newref((self as PyTextIOObject).isatty ? Py_True : Py_False) },
  { name: 'writable', fn: (self) => newref((self as PyTextIOObject).fd !== 0 ? Py_True : Py_False) },
  { name: 'readable', fn: (self) => newref((self as PyTextIOObject).fd === 0 ? Py_True : Py_False) },
  { name: 'readline', fn: () => PyUnicode_FromString('') },
  { name: 'read', fn: () => PyUnicode_FromString('') },
];

PyTextIO_Type.getsets = [
  { name: 'encoding', get: () => PyUnicode_FromString('utf-8') },
  { name: 'errors', get: (self) => PyUnicode_FromString((self as PyTextIOObject).errors) },
  { name: 'name', get: (self) => PyUnicode_FromString((self as PyTextIOObject).name) },
  { name: 'closed', get: (self) => newref((self as PyTextIOObject).closed ? Py_True : Py_False) },
  { name: 'line_buffering', get: (self) => newref((self as PyTextIOObject).lineBuffering ? Py_True : Py_False) },
  { name: 'write_through', get: (self) => newref((self as PyTextIOObject).writeThrough ? Py_True : Py_False) },
  {
    name: '_CHUNK_SIZE',
    get: (self) => PyLong_FromNumber((self as PyTextIOObject).chunkSize),
    /** CPython 3.11: Modules/_io/textio.c textiowrapper_chunk_size_set */
    set: (self, value) => {
      if (value === null) raise(PyExc_AttributeError, 'cannot delete attribute');
      if (!(value instanceof PyLongObject)) raise(PyExc_TypeError, `'${value.ob_type.tp_name}' object cannot be interpreted as an integer`);
      const n = Number(value.v);
      if (n <= 0) raise(PyExc_ValueError, 'a strictly positive integer is required');
      (self as PyTextIOObject).chunkSize = n;
    },
  },
];

PyTextIO_Type.tp_repr = (o) => {
  const io = o as PyTextIOObject;
  return PyUnicode_FromString(`<_io.TextIOWrapper name='${io.name}' mode='${io.fd === 0 ? 'r' : 'w'}' encoding='utf-8'>`);
};
