/**
 * _PyUnicodeWriter: the growing str buffer that repr of containers, str.format and the advanced
 * formatters write into.
 * CPython 3.11: Objects/unicodeobject.c _PyUnicodeWriter_Init, _PyUnicodeWriter_PrepareInternal,
 * _PyUnicodeWriter_WriteStr, _PyUnicodeWriter_WriteChar, _PyUnicodeWriter_WriteASCIIString,
 * _PyUnicodeWriter_Finish, _PyUnicodeWriter_Dealloc.
 *
 * The buffer is a str object CPython allocates with PyUnicode_New and grows with resize_compact
 * (PyObject_Realloc); Finish shrinks it to its length and returns that very object. The writer
 * here makes the same requests, so tracemalloc's peak while a repr is built, the blocks in use
 * and the result's address are CPython's.
 *
 * NON-CPYTHON: the characters are kept as JavaScript strings (`parts`); the emulated buffer is
 * only its block (address, capacity and character width).
 */
import { memFree, memMalloc, memRealloc, adoptObjectMemory } from '../memory/heap.ts';
import { decref, newref } from '../memory/refcount.ts';
import type { PyObject } from './pyobject.ts';
import { PyObject_Repr } from './object.ts';
import { PyUnicodeObject, PyUnicode_Type, UnicodeLayout, emptyStr, latin1Char, unicodeNew, unicodeSize } from './unicodeobject.ts';

export const enum WriterLayout {
  /** OVERALLOCATE_FACTOR (not on Windows): grow by a quarter more than asked. */
  OVERALLOCATE_FACTOR = 4,
  /** writer->min_char after _PyUnicodeWriter_Init: every buffer is at least ASCII. */
  MIN_CHAR = 127,
}

/** PyUnicode_MAX_CHAR_VALUE of the str PyUnicode_New(size, maxchar) makes. */
function maxcharClass(maxchar: number): number {
  if (maxchar < 128) return 0x7f;
  if (maxchar < 256) return 0xff;
  if (maxchar < 0x10000) return 0xffff;
  return 0x10ffff;
}

/** The bytes PyUnicode_New(size, maxchar) requests: the compact object and its characters. */
function strObjectSize(size: number, maxchar: number): number {
  if (maxchar < 128) return UnicodeLayout.ASCII_OBJECT + size + 1;
  const kind = maxchar < 256 ? 1 : maxchar < 0x10000 ? 2 : 4;
  return UnicodeLayout.COMPACT_OBJECT + (size + 1) * kind;
}

/** The number of code points of a text and its largest code point. */
function textShape(s: string): [number, number] {
  let max = 0;
  let length = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c > max) max = c;
    length++;
  }
  return [length, max];
}

export class UnicodeWriter {
  private parts: string[] = [];
  /** writer->buffer's block when the writer owns it (0: no buffer, or the readonly one). */
  private addr = 0;
  /** writer->buffer when readonly: a str written into an empty writer, used as it is. */
  private readonlyStr: PyUnicodeObject | null = null;
  /** writer->size: the buffer's capacity in code points. */
  private size = 0;
  /** writer->maxchar: the largest code point the buffer's width holds. */
  private maxchar = 0;
  /** writer->pos: code points written. */
  private pos = 0;
  /** writer->overallocate */
  overallocate = false;
  /** writer->min_length: the smallest buffer allocated. */
  minLength = 0;

  private get hasBuffer(): boolean {
    return this.addr !== 0 || this.readonlyStr !== null;
  }

  /** CPython 3.11: _PyUnicodeWriter_PrepareInternal */
  private prepareInternal(length: number, maxchar: number): void {
    let newlen = this.pos + length;
    if (maxchar < WriterLayout.MIN_CHAR) maxchar = WriterLayout.MIN_CHAR;
    if (!this.hasBuffer) {
      newlen = this.grownLength(newlen);
      this.addr = memMalloc(strObjectSize(newlen, maxchar));
      this.update(newlen, maxchar);
    } else if (newlen > this.size) {
      newlen = this.grownLength(newlen);
      if (maxchar > this.maxchar || this.readonlyStr !== null) {
        // resize + widen: a new buffer, the characters copied, the old one released.
        this.replaceBuffer(newlen, Math.max(maxchar, this.maxchar));
      } else {
        this.addr = memRealloc(this.addr, strObjectSize(newlen, this.maxchar));
        this.update(newlen, this.maxchar);
      }
    } else if (maxchar > this.maxchar) {
      this.replaceBuffer(this.size, maxchar);
    }
  }

  /** The overallocation and min_length rules of _PyUnicodeWriter_PrepareInternal. */
  private grownLength(newlen: number): number {
    if (this.overallocate) newlen += Math.floor(newlen / WriterLayout.OVERALLOCATE_FACTOR);
    return newlen < this.minLength ? this.minLength : newlen;
  }

  private replaceBuffer(size: number, maxchar: number): void {
    const addr = memMalloc(strObjectSize(size, maxchar));
    this.releaseBuffer();
    this.addr = addr;
    this.update(size, maxchar);
  }

  /** _PyUnicodeWriter_Update */
  private update(size: number, maxchar: number): void {
    this.size = size;
    this.maxchar = maxcharClass(maxchar);
  }

  private releaseBuffer(): void {
    const r = this.readonlyStr;
    if (r !== null) {
      this.readonlyStr = null;
      decref(r);
    }
    if (this.addr !== 0) {
      memFree(this.addr);
      this.addr = 0;
    }
  }

  /** _PyUnicodeWriter_Prepare: room for `length` more code points up to `maxchar`. */
  prepare(length: number, maxchar: number): void {
    if ((maxchar <= this.maxchar && length <= this.size - this.pos) || length === 0) return;
    this.prepareInternal(length, maxchar);
  }

  /** _PyUnicodeWriter_WriteStr: a str object (borrowed). */
  writeStr(str: PyUnicodeObject): void {
    const len = str.length;
    if (len === 0) return;
    const maxchar = str.kind === 4 ? 0x10ffff : str.kind === 2 ? 0xffff : str.ascii ? 0x7f : 0xff;
    if (maxchar > this.maxchar || len > this.size - this.pos) {
      if (!this.hasBuffer && !this.overallocate) {
        this.readonlyStr = newref(str);
        this.parts.push(str.s);
        this.update(len, maxchar);
        this.pos += len;
        return;
      }
      this.prepareInternal(len, maxchar);
    }
    this.parts.push(str.s);
    this.pos += len;
  }

  /** _PyUnicodeWriter_WriteChar */
  writeChar(ch: string): void {
    this.writeText(ch);
  }

  /**
   * _PyUnicodeWriter_WriteASCIIString: into an empty writer that does not over-allocate, the
   * text becomes a str object of its own (_PyUnicode_FromASCII) used as a readonly buffer.
   */
  writeASCII(s: string): void {
    if (s.length === 0) return;
    if (!this.hasBuffer && !this.overallocate) {
      const str = s.length === 1 ? latin1Char(s.charCodeAt(0)) : unicodeNew(s);
      this.readonlyStr = str;
      this.parts.push(s);
      this.update(s.length, 0x7f);
      this.pos += s.length;
      return;
    }
    this.writeText(s);
  }

  /** _PyUnicodeWriter_WriteSubstring / WriteLatin1String / a formatter's output: text copied in. */
  writeText(s: string): void {
    if (s.length === 0) return;
    const [length, maxchar] = textShape(s);
    this.prepare(length, maxchar);
    this.parts.push(s);
    this.pos += length;
  }

  /** CPython 3.11: _PyUnicodeWriter_Finish: the buffer, shrunk to its length, is the result. */
  finish(): PyUnicodeObject {
    if (this.pos === 0) {
      this.releaseBuffer();
      return emptyStr();
    }
    const r = this.readonlyStr;
    if (r !== null) {
      this.readonlyStr = null;
      this.parts = [];
      return r;
    }
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts = [];
    let addr = this.addr;
    this.addr = 0;
    // resize_compact, then unicode_result: a one-character Latin-1 result is the cached one.
    if (this.size !== this.pos) addr = memRealloc(addr, strObjectSize(this.pos, this.maxchar));
    if (this.pos === 1 && this.maxchar <= 0xff) {
      memFree(addr);
      return latin1Char(text.charCodeAt(0));
    }
    const u = new PyUnicodeObject(PyUnicode_Type, text);
    adoptObjectMemory(u, addr, unicodeSize(u));
    return u;
  }

  /** CPython 3.11: _PyUnicodeWriter_Dealloc (error paths). */
  dealloc(): void {
    this.parts = [];
    this.releaseBuffer();
  }
}

/** PyObject_Repr of `o` written into the writer (the repr is released after it is copied). */
export function writeRepr(writer: UnicodeWriter, o: PyObject): void {
  const s = PyObject_Repr(o) as PyUnicodeObject;
  try {
    writer.writeStr(s);
  } finally {
    decref(s);
  }
}
