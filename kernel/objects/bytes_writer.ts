/**
 * _PyBytesWriter: the growing byte buffer that bytes formatting (`b'...' % args`) writes into.
 * CPython 3.11: Objects/bytesobject.c _PyBytesWriter_Init, _PyBytesWriter_Alloc,
 * _PyBytesWriter_Prepare, _PyBytesWriter_Resize, _PyBytesWriter_WriteBytes,
 * _PyBytesWriter_Finish, _PyBytesWriter_Dealloc.
 *
 * The writer starts in a 512-byte buffer on the C stack (no allocation). When more is asked
 * for, it moves to a bytes object (or a bytearray when use_bytearray) on the heap, sized
 * `min_size` plus a quarter when `overallocate` is set, and grows it with _PyBytes_Resize
 * (PyObject_Realloc) or PyByteArray_Resize. Finish makes the result: from the small buffer a
 * new object of the exact size (b'' and the one-byte bytes shared); from the heap, that very
 * object, resized down to the bytes written.
 *
 * The caller writes without asking when the room was reserved before (the format's own
 * length): `min_size` counts the bytes reserved, `write` only appends.
 *
 * NON-CPYTHON: the bytes written are kept as Latin-1 JavaScript strings (`parts`); the
 * emulated buffer is only its block (the heap bytes object's address, or the bytearray).
 */
import { adoptObjectMemory, memFree, memMalloc, memRealloc } from '../memory/heap.ts';
import { decref } from '../memory/refcount.ts';
import { raise } from '../vm/errors.ts';
import type { PyObject } from './pyobject.ts';
import { PyExc_MemoryError } from './exceptions.ts';
import { BytesLayout, PyBytesObject, PyBytes_FromBytes, PyBytes_Type, emptyBytesRef } from './bytesobject.ts';
import { PyByteArrayObject, PyByteArray_FromBytes, PyByteArray_Resize } from './bytearrayobject.ts';

export const enum BytesWriterLayout {
  /** sizeof(writer->small_buffer): the buffer on the C stack. */
  SMALL_BUFFER = 512,
  /** OVERALLOCATE_FACTOR (not on Windows): grow by a quarter more than asked. */
  OVERALLOCATE_FACTOR = 4,
  /** NON-CPYTHON: the largest buffer the kernel makes (as bytesobject.ts allocBytes). */
  MAX_SIZE = 1 << 30,
}

export class BytesWriter {
  /** NON-CPYTHON: the bytes written, as Latin-1 text. */
  private parts: string[] = [];
  /** The bytes written so far (`str - start` in CPython). */
  private pos = 0;
  /** writer->buffer, a bytes object: its block (0 while in the small buffer). */
  private bytesAddr = 0;
  /** writer->buffer when use_bytearray. */
  private bytearray: PyByteArrayObject | null = null;
  /** writer->use_small_buffer */
  private useSmallBuffer = false;
  /** writer->allocated: the room of the current buffer. */
  private allocated = 0;
  /** writer->min_size: the bytes written or reserved. */
  minSize = 0;
  /** writer->overallocate */
  overallocate = false;

  /** _PyBytesWriter_Init, with writer->use_bytearray. */
  constructor(private readonly useBytearray: boolean) {}

  /** CPython 3.11: _PyBytesWriter_Alloc: start in the small buffer, `size` bytes reserved. */
  alloc(size: number): void {
    this.useSmallBuffer = true;
    this.allocated = BytesWriterLayout.SMALL_BUFFER;
    this.prepare(size);
  }

  /** CPython 3.11: _PyBytesWriter_Prepare: reserve `size` more bytes. */
  prepare(size: number): void {
    if (size === 0) return;
    const newMinSize = this.minSize + size;
    if (newMinSize > this.allocated) this.resize(newMinSize);
    this.minSize = newMinSize;
  }

  /** CPython 3.11: _PyBytesWriter_Resize: a buffer of at least `size` bytes. */
  private resize(size: number): void {
    let allocated = size;
    if (this.overallocate) allocated += Math.floor(allocated / BytesWriterLayout.OVERALLOCATE_FACTOR);
    // NON-CPYTHON: the kernel's limit on one object.
    if (allocated > BytesWriterLayout.MAX_SIZE) {
      this.dealloc();
      raise(PyExc_MemoryError, null);
    }
    if (!this.useSmallBuffer) this.resizeBuffer(allocated);
    else this.leaveSmallBuffer(allocated);
    this.allocated = allocated;
  }

  /** _PyBytesWriter_Resize on a heap buffer: PyByteArray_Resize or _PyBytes_Resize. */
  private resizeBuffer(allocated: number): void {
    if (this.bytearray !== null) PyByteArray_Resize(this.bytearray, allocated);
    else this.bytesAddr = memRealloc(this.bytesAddr, BytesLayout.BASICSIZE + allocated);
  }

  /**
   * _PyBytesWriter_Resize from the stack buffer: PyByteArray_FromStringAndSize(NULL, allocated)
   * or PyBytes_FromStringAndSize(NULL, allocated), the bytes so far copied in.
   */
  private leaveSmallBuffer(allocated: number): void {
    if (this.useBytearray) this.bytearray = PyByteArray_FromBytes(new Uint8Array(allocated));
    else this.bytesAddr = memMalloc(BytesLayout.BASICSIZE + allocated);
    this.useSmallBuffer = false;
  }

  /** The copy into the buffer (memcpy, memset): room was reserved before. */
  write(text: string): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.pos += text.length;
  }

  /** CPython 3.11: _PyBytesWriter_WriteBytes: reserve, then copy. */
  writeBytes(text: string): void {
    this.prepare(text.length);
    this.write(text);
  }

  /** CPython 3.11: _PyBytesWriter_Finish: the result, of exactly the bytes written. */
  finish(): PyObject {
    const data = this.takeBytes();
    const size = data.length;
    if (size === 0 && !this.useBytearray) {
      this.dealloc();
      return emptyBytesRef();
    }
    if (this.useSmallBuffer) {
      return this.useBytearray ? PyByteArray_FromBytes(data) : PyBytes_FromBytes(data);
    }
    if (this.bytearray !== null) return this.finishBytearray(data);
    return this.finishBytes(data);
  }

  /** Finish of a heap bytes buffer: _PyBytes_Resize (PyObject_Realloc) to the size written. */
  private finishBytes(data: Uint8Array): PyBytesObject {
    let addr = this.bytesAddr;
    this.bytesAddr = 0;
    if (data.length !== this.allocated) addr = memRealloc(addr, BytesLayout.BASICSIZE + data.length);
    const o = new PyBytesObject(PyBytes_Type, data);
    adoptObjectMemory(o, addr, BytesLayout.BASICSIZE + data.length);
    return o;
  }

  /** Finish of a heap bytearray buffer: PyByteArray_Resize to the size written. */
  private finishBytearray(data: Uint8Array): PyByteArrayObject {
    const result = this.bytearray!;
    this.bytearray = null;
    if (data.length !== this.allocated) PyByteArray_Resize(result, data.length);
    result.buf.set(data, result.start);
    return result;
  }

  /** NON-CPYTHON: the text written, as bytes. */
  private takeBytes(): Uint8Array {
    const text = this.parts.join('');
    this.parts = [];
    const b = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) b[i] = text.charCodeAt(i);
    return b;
  }

  /** CPython 3.11: _PyBytesWriter_Dealloc: Py_CLEAR(writer->buffer). */
  dealloc(): void {
    this.parts = [];
    if (this.bytesAddr !== 0) {
      memFree(this.bytesAddr);
      this.bytesAddr = 0;
    }
    const ba = this.bytearray;
    if (ba !== null) {
      this.bytearray = null;
      decref(ba);
    }
  }
}
