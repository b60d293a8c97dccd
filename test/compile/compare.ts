/**
 * Compares the kernel's CodeUnits with CPython's code objects as dis_to_json.py dumps them.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { CodeUnit } from '../../kernel/compile/code.ts';
import type { ConstValue } from '../../kernel/compile/constants.ts';
import { OPNAME } from '../../kernel/compile/opcodes.ts';
import { compileModuleWithDetails } from '../../kernel/compile/compile.ts';
import { PySyntaxError } from '../../kernel/compile/errors.ts';
import { floatRepr } from '../../kernel/compile/dis.ts';
import { loadAst } from './ast_loader.ts';
import { parse } from '../../kernel/compile/parser.ts';
import type * as A from '../../kernel/compile/ast.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface OracleCode {
  name: string;
  qualname: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  nlocals: number;
  stacksize: number;
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  consts: unknown[];
  code: [string, number | null][];
  positions: number[][];
  exceptiontable: { start: number; end: number; target: number; depth: number; lasti: boolean }[];
}

export interface OracleError {
  type: string;
  msg: string;
  lineno: number;
  offset: number;
  end_lineno: number | null;
  end_offset: number | null;
}

export interface OracleResult {
  source: string;
  ast: unknown;
  code?: OracleCode[];
  error?: OracleError;
  warnings?: { category: string; message: string; lineno: number }[];
}

/** Runs dis_to_json.py (with the AST) over many files in one python3 process. */
export function runOracle(files: string[], mode = 'exec', split = false, optimize = 0): Record<string, OracleResult> {
  const extra = [...(split ? ['--split'] : []), '--optimize', String(optimize)];
  const out = execFileSync('python3', [path.join(here, 'dis_to_json.py'), '--ast', '--mode', mode, ...extra, ...files], {
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

/** Numbers constant boxes by identity, in the order dis_to_json.py numbers objects. */
class Ids {
  private readonly seen = new Map<object, number>();
  of(o: object): number {
    let id = this.seen.get(o);
    if (id === undefined) {
      id = this.seen.size;
      this.seen.set(o, id);
    }
    return id;
  }
}

function constJson(v: ConstValue, ids: Ids): unknown {
  let out: Record<string, unknown>;
  switch (v.t) {
    case 'None':
    case 'Ellipsis':
      out = { t: v.t };
      break;
    case 'bool':
      out = { t: 'bool', v: v.v };
      break;
    case 'int':
      out = { t: 'int', v: v.v.toString() };
      break;
    case 'float':
      out = { t: 'float', v: floatRepr(v.v) };
      break;
    case 'complex':
      out = { t: 'complex', real: floatRepr(v.real), imag: floatRepr(v.imag) };
      break;
    case 'str':
      out = { t: 'str', v: v.v };
      break;
    case 'bytes':
      out = { t: 'bytes', v: Array.from(v.v) };
      break;
    case 'tuple':
      out = { t: 'tuple', items: v.items.map((x) => constJson(x, ids)) };
      break;
    case 'frozenset':
      out = { t: 'frozenset', items: v.items.map((x) => constJson(x, ids)) };
      break;
    case 'code':
      out = { t: 'code', v: v.v.qualname };
      break;
  }
  // Singletons are one object in CPython whatever box they came from.
  const key: object = v.t === 'None' || v.t === 'Ellipsis' ? NONE_ID[v.t] : v.t === 'bool' ? BOOL_ID[v.v ? 1 : 0] : v;
  out.id = ids.of(key);
  return out;
}

const NONE_ID = { None: {}, Ellipsis: {} };
const BOOL_ID = [{}, {}];

/** A CodeUnit in dis_to_json.py's shape. */
export function codeJson(co: CodeUnit, ids: Ids): OracleCode {
  const n = co.code.length / 2;
  const code: [string, number | null][] = [];
  const positions: number[][] = [];
  for (let i = 0; i < n; i++) {
    const op = co.code[2 * i];
    code.push([OPNAME[op], op >= 90 ? co.code[2 * i + 1] : null]);
    positions.push(Array.from(co.positions.subarray(4 * i, 4 * i + 4)));
  }
  return {
    name: co.name,
    qualname: co.qualname,
    firstlineno: co.firstlineno,
    argcount: co.argcount,
    posonlyargcount: co.posonlyargcount,
    kwonlyargcount: co.kwonlyargcount,
    flags: co.flags,
    nlocals: co.nlocals,
    stacksize: co.stacksize,
    names: co.names,
    varnames: co.varnames,
    cellvars: co.cellvars,
    freevars: co.freevars,
    consts: co.consts.map((k) => constJson(k, ids)),
    code,
    positions,
    exceptiontable: co.exceptiontable.map((e) => ({ ...e })),
  };
}

/** All code objects, depth first, as dis_to_json.py walks them. */
export function walkJson(co: CodeUnit): OracleCode[] {
  const ids = new Ids();
  const out: OracleCode[] = [];
  const walk = (c: CodeUnit): void => {
    out.push(codeJson(c, ids));
    for (const k of c.consts) if (k.t === 'code') walk(k.v);
  };
  walk(co);
  return out;
}

const FIELDS: (keyof OracleCode)[] = [
  'name', 'qualname', 'firstlineno', 'argcount', 'posonlyargcount', 'kwonlyargcount', 'flags', 'nlocals',
  'names', 'varnames', 'cellvars', 'freevars', 'consts', 'code', 'stacksize', 'exceptiontable', 'positions',
];

export interface Difference {
  code: string;
  field: string;
  detail: string;
}

function firstDiffIndex(a: unknown[], b: unknown[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) return i;
  return -1;
}

type ConstJson = { t: string; id: number; items?: ConstJson[] } & Record<string, unknown>;

function withoutIds(k: ConstJson): string {
  return JSON.stringify(k, (key, v) => (key === 'id' ? undefined : v));
}

/**
 * Frozenset iteration order is the set's hash order, which the VM decides when it builds the
 * set: sort frozenset items, then renumber the identity ids in traversal order on both sides.
 */
function normalizeConsts(codes: OracleCode[]): OracleCode[] {
  const rename = new Map<number, number>();
  const visit = (k: ConstJson): ConstJson => {
    let items = k.items?.map(visit);
    if (items && k.t === 'frozenset') items = [...items].sort((a, b) => (withoutIds(a) < withoutIds(b) ? -1 : 1));
    return { ...k, ...(items ? { items } : {}) };
  };
  const number = (k: ConstJson): ConstJson => {
    const items = k.items?.map(number);
    // A frozenset whose strings intern_string_constants replaces becomes a new frozenset when
    // CPython makes the code object; that is the VM's step, not the compiler's.
    if (k.t === 'frozenset') return { ...k, ...(items ? { items } : {}), id: -1 };
    let id = rename.get(k.id);
    if (id === undefined) {
      id = rename.size;
      rename.set(k.id, id);
    }
    return { ...k, ...(items ? { items } : {}), id };
  };
  return codes.map((c) => ({ ...c, consts: (c.consts as ConstJson[]).map(visit).map(number) }));
}

/** The differences between our code objects and CPython's (empty when equal). */
export function diffCodes(oursRaw: OracleCode[], theirsRaw: OracleCode[]): Difference[] {
  const ours = normalizeConsts(oursRaw);
  const theirs = normalizeConsts(theirsRaw);
  const diffs: Difference[] = [];
  if (ours.length !== theirs.length) {
    diffs.push({
      code: '*', field: 'count',
      detail: `ours ${ours.map((c) => c.qualname).join(',')} vs ${theirs.map((c) => c.qualname).join(',')}`,
    });
  }
  const n = Math.min(ours.length, theirs.length);
  for (let i = 0; i < n; i++) {
    const a = ours[i];
    const b = theirs[i];
    for (const f of FIELDS) {
      const av = a[f];
      const bv = b[f];
      if (JSON.stringify(av) === JSON.stringify(bv)) continue;
      let detail: string;
      if (Array.isArray(av) && Array.isArray(bv)) {
        const k = firstDiffIndex(av, bv);
        detail = `[${k}] ours ${JSON.stringify(av[k])} cpython ${JSON.stringify(bv[k])}`;
      } else {
        detail = `ours ${JSON.stringify(av)} cpython ${JSON.stringify(bv)}`;
      }
      diffs.push({ code: b.qualname, field: f, detail });
    }
  }
  return diffs;
}

export interface FileComparison {
  file: string;
  diffs: Difference[];
  ours: OracleCode[] | null;
  error: string | null;
}

/** Compile the oracle's AST of one file with the kernel and compare with CPython's code. */
export function compareOne(
  file: string, oracle: OracleResult, mode: 'exec' | 'single' | 'eval' = 'exec', fromSource = false, optimize = 0,
): FileComparison {
  if (oracle.ast === null || oracle.ast === undefined) {
    return { file, diffs: [], ours: null, error: 'no AST (CPython parse error)' };
  }
  try {
    // Either CPython's own AST, or the kernel's parser on the source (end to end).
    const tree: A.mod = fromSource ? parse(oracle.source, file, mode) : loadAst(oracle.ast);
    const { code, warnings } = compileModuleWithDetails(tree, file, mode, { source: oracle.source, optimize });
    if (oracle.error) {
      return { file, diffs: [{ code: '*', field: 'error', detail: `cpython raised ${oracle.error.msg}` }], ours: null, error: null };
    }
    const ours = walkJson(code);
    const diffs = diffCodes(ours, oracle.code!);
    const w1 = JSON.stringify(warnings.map((w) => ({ category: w.category, message: w.message, lineno: w.lineno })));
    const w2 = JSON.stringify(oracle.warnings ?? []);
    if (w1 !== w2) diffs.push({ code: '*', field: 'warnings', detail: `ours ${w1} cpython ${w2}` });
    return { file, diffs, ours, error: null };
  } catch (e) {
    if (e instanceof PySyntaxError) {
      if (oracle.error) {
        const o = oracle.error;
        const ours = `${e.msg}@${e.lineno}:${e.offset}-${e.end_lineno}:${e.end_offset === -1 ? null : e.end_offset}`;
        const theirs = `${o.msg}@${o.lineno}:${o.offset}-${o.end_lineno}:${o.end_offset}`;
        return {
          file,
          diffs: ours === theirs ? [] : [{ code: '*', field: 'error', detail: `ours ${ours} cpython ${theirs}` }],
          ours: null,
          error: null,
        };
      }
      return { file, diffs: [{ code: '*', field: 'error', detail: `ours raised ${e.msg}` }], ours: null, error: null };
    }
    return { file, diffs: [], ours: null, error: String((e as Error).stack ?? e) };
  }
}
