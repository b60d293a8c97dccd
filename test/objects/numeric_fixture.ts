// Loads the CPython 3.11 answers recorded by test/objects/gen_numeric_cases.py.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NumError, normBig, type PyInt } from '../../kernel/objects/longmath.ts';

export type Enc =
  | { int: string }
  | { float: string }
  | { str: string }
  | { bool: boolean }
  | { list: Enc[] }
  | { none: true }
  | { exc: string; msg: string }
  | { len: number; head: string }
  | { intlen: number; head: string }
  | { pow10: number }
  | { bytes: number[] };

export function loadFixture<T>(relative: string): T {
  const path = fileURLToPath(new URL(relative, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** A recorded int as a PyInt. */
export function pyInt(s: string): PyInt {
  return normBig(BigInt(s));
}

/** Runs f and describes the outcome like the recorder does (value or exception). */
export function outcome(f: () => unknown): unknown {
  try {
    return { ok: f() };
  } catch (e) {
    if (e instanceof NumError) return { exc: e.excType, msg: e.msg };
    throw e;
  }
}

/** Same-bits comparison of floats (NaN equals NaN, 0.0 differs from -0.0). */
export function sameFloat(a: number, b: number): boolean {
  return Object.is(a, b);
}

export function floatOf(s: string): number {
  if (s === 'nan') return NaN;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  return Number(s);
}
