/**
 * PyUnicode_FromFormat: a str from a printf-like C format, built in a _PyUnicodeWriter.
 * CPython 3.11: Objects/unicodeobject.c PyUnicode_FromFormatV, unicode_fromformat_arg,
 * unicode_fromformat_write_cstr.
 *
 * Only the conversions the emulated callers use are here: %s (a UTF-8 C string), %c (a
 * character), %d (a C int) and %%, without width or precision.
 */
import { decref } from '../memory/refcount.ts';
import { PyUnicode_FromString, type PyUnicodeObject } from './unicodeobject.ts';
import { UnicodeWriter } from './unicode_writer.ts';

/** An argument of PyUnicode_FromFormat: a C string for %s and %c, a number for %d. */
export type FromFormatArg = string | number;

export const enum FromFormatLayout {
  /** PyUnicode_FromFormatV: writer.min_length = strlen(format) + 100. */
  MIN_LENGTH_EXTRA = 100,
  /** The largest character of the ASCII text %d writes (_PyUnicodeWriter_Prepare's maxchar). */
  ASCII_MAXCHAR = 127,
}

/**
 * CPython 3.11: PyUnicode_FromFormatV: an over-allocating writer with min_length
 * strlen(format) + 100; literal runs are written with _PyUnicodeWriter_WriteASCIIString, and
 * over-allocation stops for the last run or conversion.
 */
export function PyUnicode_FromFormat(format: string, ...args: FromFormatArg[]): PyUnicodeObject {
  const writer = new UnicodeWriter();
  writer.minLength = format.length + FromFormatLayout.MIN_LENGTH_EXTRA;
  writer.overallocate = true;
  let argIndex = 0;
  try {
    for (let f = 0; f < format.length; ) {
      if (format.charCodeAt(f) === 37 /* % */) {
        fromFormatArg(writer, format, f + 1, args[argIndex]);
        if (format[f + 1] !== '%') argIndex++;
        f += 2;
        continue;
      }
      let p = f;
      do p++;
      while (p < format.length && format.charCodeAt(p) !== 37);
      if (p === format.length) writer.overallocate = false;
      writer.writeASCII(format.slice(f, p));
      f = p;
    }
  } catch (e) {
    writer.dealloc();
    throw e;
  }
  return writer.finish();
}

/** CPython 3.11: unicode_fromformat_arg for the conversion character at format[f]. */
function fromFormatArg(writer: UnicodeWriter, format: string, f: number, arg: FromFormatArg): void {
  if (f + 1 === format.length) writer.overallocate = false;
  switch (format[f]) {
    case 's':
      writeCString(writer, String(arg));
      return;
    case 'c':
      writer.writeChar(String(arg));
      return;
    case 'd': {
      // sprintf into a stack buffer, then the writer is prepared and written.
      const digits = String(arg);
      writer.prepare(digits.length, FromFormatLayout.ASCII_MAXCHAR);
      writer.writeASCII(digits);
      return;
    }
    default:
      writer.writeChar('%');
  }
}

/**
 * CPython 3.11: unicode_fromformat_write_cstr: the C string is decoded into a str of its own
 * (PyUnicode_DecodeUTF8Stateful), written with _PyUnicodeWriter_WriteStr, and released.
 */
function writeCString(writer: UnicodeWriter, s: string): void {
  const str = PyUnicode_FromString(s);
  try {
    writer.writeStr(str);
  } finally {
    decref(str);
  }
}
