/**
 * "Did you mean" suggestions for NameError and AttributeError, printed by the interpreter's
 * traceback printer (not part of str(exc) in 3.11).
 * CPython 3.11: Python/suggestions.c.
 */
import type { PyObject } from '../objects/pyobject.ts';
import { PyBaseExceptionObject, PyExc_AttributeError, PyExc_NameError, getField } from '../objects/exceptions.ts';
import { PyObject_TypeCheck } from '../objects/object.ts';
import { PyUnicodeObject } from '../objects/unicodeobject.ts';
import { PyTracebackObject } from './frame.ts';
import { dictKeysArray } from '../objects/dictobject.ts';
import { PyErr } from './errors.ts';
import { decref } from '../memory/refcount.ts';

const enum Suggest {
  MAX_CANDIDATE_ITEMS = 750,
  MAX_STRING_SIZE = 40,
  MOVE_COST = 2,
  CASE_COST = 1,
}

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return Suggest.MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? Suggest.CASE_COST : Suggest.MOVE_COST;
}

/** CPython 3.11: Python/suggestions.c levenshtein_distance (on UTF-8 bytes). */
function levenshtein(aIn: Uint8Array, bIn: Uint8Array, maxCost: number): number {
  let a = aIn;
  let b = bIn;
  let as = 0;
  let ae = a.length;
  let bs = 0;
  let be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) {
    as++;
    bs++;
  }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) {
    ae--;
    be--;
  }
  let aSize = ae - as;
  let bSize = be - bs;
  if (aSize === 0 || bSize === 0) return (aSize + bSize) * Suggest.MOVE_COST;
  if (aSize > Suggest.MAX_STRING_SIZE || bSize > Suggest.MAX_STRING_SIZE) return maxCost + 1;
  a = a.subarray(as, ae);
  b = b.subarray(bs, be);
  if (bSize < aSize) {
    [a, b] = [b, a];
    [aSize, bSize] = [bSize, aSize];
  }
  if ((bSize - aSize) * Suggest.MOVE_COST > maxCost) return maxCost + 1;
  const buffer = new Array<number>(aSize);
  let tmp = Suggest.MOVE_COST;
  for (let i = 0; i < aSize; i++) {
    buffer[i] = tmp;
    tmp += Suggest.MOVE_COST;
  }
  let result = 0;
  for (let bi = 0; bi < bSize; bi++) {
    const code = b[bi];
    let distance = (result = bi * Suggest.MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < aSize; i++) {
      const substitute = distance + substitutionCost(code, a[i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + Suggest.MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** CPython 3.11: Python/suggestions.c calculate_suggestions */
export function calculateSuggestions(dir: string[], name: string): string | null {
  if (dir.length >= Suggest.MAX_CANDIDATE_ITEMS) return null;
  const enc = new TextEncoder();
  const nameBytes = enc.encode(name);
  let best = Infinity;
  let suggestion: string | null = null;
  for (const item of dir) {
    if (item === name) continue;
    const itemBytes = enc.encode(item);
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * Suggest.MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, best - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < best) {
      suggestion = item;
      best = d;
    }
  }
  return suggestion;
}

/** dir(obj) as a sorted list of names (installed by the builtins module). */
let dirNames: (o: PyObject) => string[] = () => [];
export function setDirNames(f: (o: PyObject) => string[]): void {
  dirNames = f;
}

/** The text appended to the exception line, e.g. ". Did you mean: 'counter'?", or null. */
export function suggestionFor(exc: PyBaseExceptionObject): string | null {
  let s: string | null = null;
  try {
    if (PyObject_TypeCheck(exc, PyExc_NameError)) s = nameErrorSuggestion(exc);
    else if (PyObject_TypeCheck(exc, PyExc_AttributeError)) s = attributeErrorSuggestion(exc);
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
  return s === null ? null : `. Did you mean: '${s}'?`;
}

function attributeErrorSuggestion(exc: PyBaseExceptionObject): string | null {
  const name = getField(exc, 'name');
  const obj = getField(exc, 'obj');
  if (!(name instanceof PyUnicodeObject) || obj === null) return null;
  return calculateSuggestions(dirNames(obj), name.s);
}

function nameErrorSuggestion(exc: PyBaseExceptionObject): string | null {
  const name = getField(exc, 'name');
  let tb = exc.traceback as PyTracebackObject | null;
  if (!(name instanceof PyUnicodeObject) || tb === null || !(tb instanceof PyTracebackObject)) return null;
  while (tb.next !== null) tb = tb.next;
  const f = tb.frame.f;
  const varnames = f.code.unit.varnames;
  let s = calculateSuggestions(varnames, name.s);
  if (s !== null) return s;
  s = calculateSuggestions(keyStrings(dictKeysArray(f.globals)), name.s);
  if (s !== null) return s;
  return calculateSuggestions(keyStrings(dictKeysArray(f.builtins)), name.s);
}

function keyStrings(keys: PyObject[]): string[] {
  return keys.filter((k): k is PyUnicodeObject => k instanceof PyUnicodeObject).map((k) => k.s);
}
