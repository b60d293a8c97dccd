/**
 * CPython 3.11: the constant cache of one compilation.
 *
 * Objects/codeobject.c _PyCode_ConstantKey decides which constants are "the same" (1, 1.0,
 * True and 1+0j are different; 0.0 and -0.0 are different; tuples and frozensets compare
 * item by item), and Python/compile.c merge_consts_recursive keeps the first box registered
 * under each key, so equal constants anywhere in a module (nested functions included) end up
 * as one object. Merging a new tuple replaces its items by their cached equals, in place;
 * merging a new frozenset makes a new frozenset of the cached items.
 */
import type { CodeUnit } from './code.ts';
import type { ConstValue } from './constants.ts';

const bytesHex = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i++) s += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  return s;
};

/** A float's key part: equal floats share it, 0.0 and -0.0 do not, a NaN never equals. */
function floatPart(d: number, unique: () => string): string {
  if (Number.isNaN(d)) return unique();
  if (d === 0) return Object.is(d, -0) ? '-0' : '0';
  return String(d);
}

/**
 * NON-CPYTHON: one use of c_const_cache, in compilation order, for kernel/vm/const_keys.ts to
 * replay with objects: CPython makes a key object for each (a tuple for most kinds of constant)
 * and keeps the first of each key until the compilation ends.
 */
export type ConstKeyEvent =
  /** merge_consts_recursive (compiler_add_const) or merge_const_one (folded tuples). */
  | { op: 'merge'; value: ConstValue; key: string }
  /** assemble + makecode of one code object (see CodeKeys). */
  | { op: 'code'; unit: CodeUnit; keys: CodeKeys };

/** The keys assemble and makecode merge, in their order. */
export interface CodeKeys {
  /** a_linetable, a_except_table and a_bytecode (bytes). */
  linetable: string;
  exceptiontable: string;
  bytecode: string;
  /** co_names, co_consts and co_localsplusnames (tuples). */
  names: string;
  consts: string;
  localsplusnames: string;
}

export class ConstCache {
  private readonly cache = new Map<string, ConstValue>();
  /** Every key made, in order (ConstKeyEvent). */
  readonly log: ConstKeyEvent[] = [];
  private readonly identities = new WeakMap<object, number>();
  private counter = 0;

  private identity(o: object): string {
    let id = this.identities.get(o);
    if (id === undefined) {
      id = ++this.counter;
      this.identities.set(o, id);
    }
    return '#' + id;
  }

  /** CPython 3.11: Objects/codeobject.c _PyCode_ConstantKey, as a string. */
  key(v: ConstValue): string {
    switch (v.t) {
      case 'None': return 'N';
      case 'Ellipsis': return 'E';
      case 'bool': return v.v ? 'T' : 'F';
      case 'int': return 'i' + v.v.toString();
      case 'str': return 's' + v.v.length + ':' + v.v; // length-prefixed: unambiguous inside tuple keys
      case 'bytes': return 'y' + bytesHex(v.v);
      case 'float': return 'f' + floatPart(v.v, () => this.identity(v));
      case 'complex': {
        // Any NaN part makes the complex equal only to itself.
        if (Number.isNaN(v.real) || Number.isNaN(v.imag)) return 'c' + this.identity(v);
        return 'c' + floatPart(v.real, () => '') + ',' + floatPart(v.imag, () => '');
      }
      case 'tuple': return '(' + v.items.map((x) => this.key(x)).join(',') + ')';
      case 'frozenset': return '{' + v.items.map((x) => this.key(x)).sort().join(',') + '}';
      case 'code': return this.codeKey(v.v);
    }
  }

  private readonly codeKeys = new WeakMap<CodeUnit, string>();
  private readonly codesByHash = new Map<string, CodeUnit[]>();

  /**
   * A code object's key is the code object, compared by Objects/codeobject.c code_richcompare:
   * name, argument counts, flags, first line, instructions, constants (by their keys), names,
   * local names, location table and exception table (not the qualname). The same source
   * compiled twice, as a `finally` body is, gives equal code objects, which merge. The key is
   * a hash of those fields, made unique among unequal code units that share a hash.
   */
  private codeKey(co: CodeUnit): string {
    let k = this.codeKeys.get(co);
    if (k !== undefined) return k;
    const constKeys = co.consts.map((x) => this.key(x));
    const h = 'C' + codeHash(co, constKeys);
    let same = this.codesByHash.get(h);
    if (same === undefined) {
      same = [];
      this.codesByHash.set(h, same);
    }
    let index = same.findIndex((other) => codeEqual(co, other, constKeys, this.codeConstKeys.get(other)!));
    if (index < 0) {
      index = same.length;
      same.push(co);
    }
    this.codeConstKeys.set(co, constKeys);
    k = index ? `${h}#${index}` : h;
    this.codeKeys.set(co, k);
    return k;
  }

  private readonly codeConstKeys = new WeakMap<CodeUnit, string[]>();

  /** CPython 3.11: Python/compile.c merge_consts_recursive — the cached equal of `o`. */
  merge(o: ConstValue): ConstValue {
    const key = this.key(o);
    // None and Ellipsis are singletons and their own keys: merge_consts_recursive makes none.
    if (o.t !== 'None' && o.t !== 'Ellipsis') this.log.push({ op: 'merge', value: o, key });
    const t = this.cache.get(key);
    if (t !== undefined) return t;
    this.cache.set(key, o);
    if (o.t === 'tuple') {
      const items = o.items;
      for (let i = 0; i < items.length; i++) {
        const u = this.merge(items[i]);
        if (u !== items[i]) items[i] = u;
      }
    } else if (o.t === 'frozenset' && o.items.length) {
      const merged: ConstValue = { t: 'frozenset', items: o.items.map((x) => this.merge(x)) };
      this.cache.set(key, merged);
      return merged;
    }
    return o;
  }

  /** CPython 3.11: Python/compile.c merge_const_one — not recursive. */
  mergeOne(o: ConstValue): ConstValue {
    const key = this.key(o);
    this.log.push({ op: 'merge', value: o, key });
    const t = this.cache.get(key);
    if (t !== undefined) return t;
    this.cache.set(key, o);
    return o;
  }
}

/** co_positions with the lines relative to the first line (4 numbers per instruction, -1: none). */
function relativeLines(positions: Int32Array, firstlineno: number): string {
  const out: number[] = [];
  for (let i = 0; i < positions.length; i += 4) {
    const line = positions[i];
    const end = positions[i + 1];
    out.push(line < 0 ? -1 : line - firstlineno, end < 0 ? -1 : end - firstlineno, positions[i + 2], positions[i + 3]);
  }
  return out.join(',');
}

/** The keys of a code object's bytes and tuples, as assemble and makecode merge them. */
export function codeKeys(cache: ConstCache, unit: CodeUnit): CodeKeys {
  const strTuple = (names: string[]): string => cache.key({ t: 'tuple', items: names.map((v) => ({ t: 'str', v })) });
  const table = unit.exceptiontable.map((e) => `${e.start},${e.end},${e.target},${e.depth},${e.lasti ? 1 : 0}`).join(';');
  return {
    // The line table counts lines from co_firstlineno: equal bodies on other lines share it.
    linetable: 'yL' + relativeLines(unit.positions, unit.firstlineno),
    // An empty exception table is b'', the same key as a b'' constant.
    exceptiontable: table === '' ? 'y' : 'yE' + table,
    bytecode: 'yC' + Array.prototype.join.call(unit.code, ','),
    names: strTuple(unit.names),
    consts: cache.key({ t: 'tuple', items: unit.consts }),
    localsplusnames: strTuple(unit.localsplusnames),
  };
}

function mixString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0xff, 0x01000193);
}

function mixInts(h: number, a: Int32Array | number[]): number {
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a[i], 0x01000193);
  return Math.imul(h ^ 0xfe, 0x01000193);
}

/** FNV-style hashes of the fields code_richcompare looks at. */
function codeHash(co: CodeUnit, constKeys: string[]): string {
  let h = 0x811c9dc5;
  h = mixString(h, co.name);
  h = mixInts(h, [co.argcount, co.posonlyargcount, co.kwonlyargcount, co.flags, co.firstlineno]);
  h = mixInts(h, co.code);
  for (const k of constKeys) h = mixString(h, k);
  for (const n of co.names) h = mixString(h, n);
  for (const n of co.localsplusnames) h = mixString(h, n);
  let g = mixInts(0x01234567, co.positions);
  for (const e of co.exceptiontable) g = mixInts(g, [e.start, e.end, e.target, e.depth, e.lasti ? 1 : 0]);
  return (h >>> 0).toString(36) + '.' + (g >>> 0).toString(36);
}

function sameInts(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameStrings(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** CPython 3.11: Objects/codeobject.c code_richcompare. */
function codeEqual(a: CodeUnit, b: CodeUnit, aKeys: string[], bKeys: string[]): boolean {
  if (a.name !== b.name || a.argcount !== b.argcount || a.posonlyargcount !== b.posonlyargcount ||
      a.kwonlyargcount !== b.kwonlyargcount || a.flags !== b.flags || a.firstlineno !== b.firstlineno) return false;
  if (!sameInts(a.code, b.code) || !sameStrings(aKeys, bKeys)) return false;
  if (!sameStrings(a.names, b.names) || !sameStrings(a.localsplusnames, b.localsplusnames)) return false;
  if (!sameInts(a.positions, b.positions)) return false;
  if (a.exceptiontable.length !== b.exceptiontable.length) return false;
  for (let i = 0; i < a.exceptiontable.length; i++) {
    const x = a.exceptiontable[i];
    const y = b.exceptiontable[i];
    if (x.start !== y.start || x.end !== y.end || x.target !== y.target || x.depth !== y.depth || x.lasti !== y.lasti) return false;
  }
  return true;
}
