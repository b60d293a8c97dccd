/**
 * The scratch int of decimal conversion.
 * CPython 3.11: Objects/longobject.c long_to_decimal_string_internal: before it makes the
 * string, it converts the value to base 10**9 in a scratch PyLongObject of
 * `1 + size_a + size_a / d` digits (an upper bound), and releases it once the characters are
 * written. The string (a new str, or room in a _PyUnicodeWriter) is allocated while the
 * scratch is alive, so tracemalloc's peak counts both.
 */
import { memFree, memMalloc } from '../memory/heap.ts';
import { LongLayout, ndigits, type IntValue } from './longobject.ts';

export const enum DecimalLayout {
  /** _PyLong_DECIMAL_SHIFT: decimal digits per base-10**9 digit. */
  DECIMAL_SHIFT = 9,
  /** d = (33 * _PyLong_DECIMAL_SHIFT) / (10 * PyLong_SHIFT - 33 * _PyLong_DECIMAL_SHIFT) */
  D = (33 * DECIMAL_SHIFT) / (10 * 30 - 33 * DECIMAL_SHIFT),
}

/** The bytes _PyLong_New(size) requests for the scratch of a value with `sizeA` digits. */
export function decimalScratchBytes(sizeA: number): number {
  const size = 1 + sizeA + Math.floor(sizeA / DecimalLayout.D);
  // _PyLong_New: at least one digit.
  return LongLayout.HEADER + Math.max(size, 1) * LongLayout.DIGIT_SIZE;
}

/**
 * Runs `write` (which allocates the decimal string) while the scratch of `v`'s conversion is
 * allocated, as long_to_decimal_string_internal does.
 */
export function withDecimalScratch<T>(v: IntValue, write: () => T): T {
  const scratch = memMalloc(decimalScratchBytes(ndigits(v)));
  try {
    return write();
  } finally {
    memFree(scratch);
  }
}
