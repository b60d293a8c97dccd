/**
 * CPython 3.11: Python/compile.c — the compiler's state and its emitting primitives.
 *
 * struct compiler and struct compiler_unit, the frame-block stack, the ADDOP family,
 * compiler_nameop, scope entry and exit, and compiler_error / compiler_warn. The code
 * generation for statements, expressions and patterns lives in compile_stmt.ts,
 * compile_expr.ts and compile_pattern.ts; the assembler in assemble.ts and flowgraph.ts.
 */
import type * as A from './ast.ts';
import type { ConstValue } from './constants.ts';
import type { FutureFeatures } from './future.ts';
import { BasicBlock, isEndOfBasicBlock, type Instr } from './instr.ts';
import { Op } from './opcodes.ts';
import { ConstCache } from './const_cache.ts';
import { BlockType, Scope, type Symtable, type SymtableEntry, DEF } from './symtable.ts';
import { mangle } from './mangle.ts';
import { syntaxError, type SourceInfo } from './errors_at.ts';

/** CPython 3.11: Python/compile.c COMPILER_SCOPE_*. */
export const enum ScopeType {
  MODULE = 0,
  CLASS = 1,
  FUNCTION = 2,
  ASYNC_FUNCTION = 3,
  LAMBDA = 4,
  COMPREHENSION = 5,
}

/** CPython 3.11: Python/compile.c enum fblocktype. */
export const enum FBlockType {
  WHILE_LOOP,
  FOR_LOOP,
  TRY_EXCEPT,
  FINALLY_TRY,
  FINALLY_END,
  WITH,
  ASYNC_WITH,
  HANDLER_CLEANUP,
  POP_VALUE,
  EXCEPTION_HANDLER,
  EXCEPTION_GROUP_HANDLER,
  ASYNC_COMPREHENSION_GENERATOR,
}

/** CPython 3.11: Include/cpython/code.h CO_MAXBLOCKS. */
export const CO_MAXBLOCKS = 20;

/** CPython 3.11: Python/compile.c struct fblockinfo. */
export interface FBlockInfo {
  type: FBlockType;
  block: BasicBlock | null;
  exit: BasicBlock | null;
  /** Statements of a finally body, the with statement, the name of an except handler, ... */
  datum: A.stmt[] | A.stmt | string | null;
}

/** A SyntaxWarning the compiler issued (CPython 3.11: compiler_warn). */
export interface CompileWarning {
  category: 'SyntaxWarning';
  message: string;
  filename: string;
  lineno: number;
}

/** CPython 3.11: Python/compile.c struct compiler_unit. */
export class CompilerUnit {
  name: string;
  qualname: string | null = null;
  scopeType: ScopeType;
  /** Canonical constant box -> index in co_consts. */
  consts = new Map<ConstValue, number>();
  names = new Map<string, number>();
  varnames: Map<string, number>;
  cellvars: Map<string, number>;
  freevars: Map<string, number>;
  private: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  /** Most recently allocated block; the others follow through `list`. */
  blocks: BasicBlock | null = null;
  curblock!: BasicBlock;
  fblocks: FBlockInfo[] = [];
  firstlineno: number;
  lineno: number;
  col_offset = 0;
  end_lineno: number;
  end_col_offset = 0;
  needNewImplicitBlock = false;

  constructor(readonly ste: SymtableEntry, name: string, scopeType: ScopeType, lineno: number) {
    this.name = name;
    this.scopeType = scopeType;
    this.varnames = listToMap(ste.varnames);
    this.cellvars = dictByType(ste, Scope.CELL, 0, 0);
    if (ste.needsClassClosure) this.cellvars.set('__class__', 0); // the implicit __class__ cell
    this.freevars = dictByType(ste, Scope.FREE, DEF.FREE_CLASS, this.cellvars.size);
    this.firstlineno = lineno;
    this.lineno = lineno;
    this.end_lineno = lineno;
  }
}

function listToMap(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of list) if (!m.has(k)) m.set(k, m.size);
  return m;
}

/** Order of PyList_Sort on str: by code point. */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(i)!;
    if (ca !== cb) return ca - cb;
    if (ca > 0xffff) i++;
  }
  return a.length - b.length;
}

/** CPython 3.11: Python/compile.c dictbytype — names of one scope, sorted, numbered from offset. */
function dictByType(ste: SymtableEntry, scopeType: Scope, flag: number, offset: number): Map<string, number> {
  const keys: string[] = [];
  for (const [k, vi] of ste.symbols) {
    const scope = (vi >> 11) & 15;
    if (scope === scopeType || (vi & flag)) keys.push(k);
  }
  const dest = new Map<string, number>();
  if (keys.length > 1) keys.sort(compareCodePoints);
  let i = offset;
  for (const k of keys) dest.set(k, i++);
  return dest;
}

export interface CompileOptions {
  /** -O level (0: asserts and __debug__ kept; 2 also drops docstrings). */
  optimize?: number;
  /** The source text, to quote lines in SyntaxErrors. */
  source?: string | null;
  /** Where SyntaxWarnings go. */
  warnings?: CompileWarning[];
  /** PyCF_* / CO_FUTURE_* flags from the caller (compile()'s flags). */
  flags?: number;
}

/** CPython 3.11: Python/compile.c struct compiler. */
export class Compiler {
  readonly constCache = new ConstCache();
  u!: CompilerUnit;
  readonly stack: CompilerUnit[] = [];
  nestlevel = 0;
  interactive = false;
  st!: Symtable;
  readonly warnings: CompileWarning[];

  constructor(
    readonly src: SourceInfo,
    readonly future: FutureFeatures,
    readonly optimize: number,
    readonly flags: number,
    warnings: CompileWarning[] | undefined,
  ) {
    this.warnings = warnings ?? [];
  }
}

// ---------------------------------------------------------------------------------------------
// locations
// ---------------------------------------------------------------------------------------------

export interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** SET_LOC(c, x) */
export function setLoc(c: Compiler, x: Loc): void {
  const u = c.u;
  u.lineno = x.lineno;
  u.col_offset = x.col_offset;
  u.end_lineno = x.end_lineno;
  u.end_col_offset = x.end_col_offset;
}

/** UNSET_LOC(c): the following instructions are artificial. */
export function unsetLoc(c: Compiler): void {
  const u = c.u;
  u.lineno = -1;
  u.col_offset = -1;
  u.end_lineno = -1;
  u.end_col_offset = -1;
}

export function saveLoc(c: Compiler): Loc {
  const u = c.u;
  return { lineno: u.lineno, col_offset: u.col_offset, end_lineno: u.end_lineno, end_col_offset: u.end_col_offset };
}

// ---------------------------------------------------------------------------------------------
// blocks and instructions
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/compile.c compiler_new_block. */
export function newBlock(c: Compiler): BasicBlock {
  const b = new BasicBlock();
  b.list = c.u.blocks;
  c.u.blocks = b;
  return b;
}

/** CPython 3.11: Python/compile.c compiler_use_next_block. */
export function useNextBlock(c: Compiler, block: BasicBlock): BasicBlock {
  c.u.curblock.next = block;
  c.u.curblock = block;
  c.u.needNewImplicitBlock = false;
  return block;
}

/** CPython 3.11: Python/compile.c compiler_copy_block. */
export function copyBlock(c: Compiler, block: BasicBlock): BasicBlock {
  const result = newBlock(c);
  for (const i of block.instr) result.instr.push({ ...i });
  result.exit = block.exit;
  result.nofallthrough = true;
  return result;
}

function useNewImplicitBlockIfNeeded(c: Compiler): void {
  if (c.u.needNewImplicitBlock) useNextBlock(c, newBlock(c));
}

/** CPython 3.11: compiler_addop_line / compiler_addop_i_line / add_jump_to_block. */
function addInstr(
  c: Compiler, opcode: number, oparg: number, target: BasicBlock | null,
  lineno: number, end_lineno: number, col_offset: number, end_col_offset: number,
): void {
  useNewImplicitBlockIfNeeded(c);
  const b = c.u.curblock;
  const i: Instr = { opcode, oparg, target, except: null, lineno, end_lineno, col_offset, end_col_offset };
  b.instr.push(i);
  if (opcode === Op.RETURN_VALUE && target === null) b.return = true;
  if (isEndOfBasicBlock(i)) c.u.needNewImplicitBlock = true;
}

/** ADDOP(c, op) */
export function addop(c: Compiler, opcode: number): void {
  const u = c.u;
  addInstr(c, opcode, 0, null, u.lineno, u.end_lineno, u.col_offset, u.end_col_offset);
}

/** ADDOP_NOLINE(c, op) */
export function addopNoline(c: Compiler, opcode: number): void {
  addInstr(c, opcode, 0, null, -1, 0, 0, 0);
}

/** ADDOP_I(c, op, arg) */
export function addopI(c: Compiler, opcode: number, oparg: number): void {
  const u = c.u;
  addInstr(c, opcode, oparg, null, u.lineno, u.end_lineno, u.col_offset, u.end_col_offset);
}

/** ADDOP_I_NOLINE(c, op, arg) */
export function addopINoline(c: Compiler, opcode: number, oparg: number): void {
  addInstr(c, opcode, oparg, null, -1, 0, 0, 0);
}

/** ADDOP_JUMP(c, op, target) */
export function addopJ(c: Compiler, opcode: number, target: BasicBlock): void {
  const u = c.u;
  addInstr(c, opcode, 0, target, u.lineno, u.end_lineno, u.col_offset, u.end_col_offset);
}

/** ADDOP_JUMP_NOLINE(c, op, target) */
export function addopJNoline(c: Compiler, opcode: number, target: BasicBlock): void {
  addInstr(c, opcode, 0, target, -1, 0, 0, 0);
}

/** CPython 3.11: Python/compile.c compiler_add_o — index of `o` in a name dict, adding it. */
function addO(dict: Map<string, number>, o: string): number {
  let v = dict.get(o);
  if (v === undefined) {
    v = dict.size;
    dict.set(o, v);
  }
  return v;
}

/** CPython 3.11: Python/compile.c compiler_add_const. */
export function addConst(c: Compiler, o: ConstValue): number {
  const key = c.constCache.merge(o);
  let v = c.u.consts.get(key);
  if (v === undefined) {
    v = c.u.consts.size;
    c.u.consts.set(key, v);
  }
  return v;
}

/** ADDOP_LOAD_CONST(c, o) */
export function addopLoadConst(c: Compiler, o: ConstValue): void {
  addopI(c, Op.LOAD_CONST, addConst(c, o));
}

/** ADDOP_NAME(c, op, o, names) — with private name mangling. */
export function addopName(c: Compiler, opcode: number, o: string): void {
  addopI(c, opcode, addO(c.u.names, mangle(c.u.private, o)));
}

/** ADDOP_N(c, op, o, names) — without mangling. */
export function addopN(c: Compiler, opcode: number, o: string): void {
  addopI(c, opcode, addO(c.u.names, o));
}

export const NONE: () => ConstValue = () => ({ t: 'None' });

// ---------------------------------------------------------------------------------------------
// frame blocks
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/compile.c compiler_push_fblock. */
export function pushFblock(
  c: Compiler, type: FBlockType, block: BasicBlock | null, exit: BasicBlock | null, datum: FBlockInfo['datum'],
): void {
  if (c.u.fblocks.length >= CO_MAXBLOCKS) compilerError(c, 'too many statically nested blocks');
  c.u.fblocks.push({ type, block, exit, datum });
}

/** CPython 3.11: Python/compile.c compiler_pop_fblock. */
export function popFblock(c: Compiler): void {
  c.u.fblocks.pop();
}

// ---------------------------------------------------------------------------------------------
// errors and warnings
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/compile.c compiler_error — a SyntaxError at the current location. */
export function compilerError(c: Compiler, msg: string): never {
  const u = c.u;
  throw syntaxError(c.src, msg, u.lineno, u.col_offset + 1, u.end_lineno, u.end_col_offset + 1);
}

/** CPython 3.11: Python/compile.c compiler_warn — a SyntaxWarning at the current line. */
export function compilerWarn(c: Compiler, msg: string): void {
  c.warnings.push({ category: 'SyntaxWarning', message: msg, filename: c.src.filename, lineno: c.u.lineno });
}

// ---------------------------------------------------------------------------------------------
// scopes
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/compile.c compiler_enter_scope. */
export function enterScope(c: Compiler, name: string, scopeType: ScopeType, key: object, lineno: number): void {
  const u = new CompilerUnit(c.st.lookup(key), name, scopeType, lineno);
  const parent = c.u as CompilerUnit | undefined;
  if (parent !== undefined) {
    // Push the old compiler_unit on the stack.
    c.stack.push(parent);
    u.private = parent.private;
  }
  c.u = u;
  c.nestlevel++;
  const block = newBlock(c);
  u.curblock = block;
  if (scopeType === ScopeType.MODULE) {
    u.lineno = 0;
  } else {
    setQualname(c);
  }
  addopI(c, Op.RESUME, 0);
  if (scopeType === ScopeType.MODULE) u.lineno = -1;
}

/** CPython 3.11: Python/compile.c compiler_exit_scope. */
export function exitScope(c: Compiler): void {
  c.nestlevel--;
  // Restore c->u to the parent unit.
  c.u = c.stack.pop() as CompilerUnit;
}

/** CPython 3.11: Python/compile.c compiler_set_qualname. */
function setQualname(c: Compiler): void {
  const u = c.u;
  let base: string | null = null;
  // The module is never a qualname's base: only enclosing functions and classes are.
  if (c.stack.length > 1) {
    const parent = c.stack[c.stack.length - 1];
    let forceGlobal = false;
    if (u.scopeType === ScopeType.FUNCTION || u.scopeType === ScopeType.ASYNC_FUNCTION ||
        u.scopeType === ScopeType.CLASS) {
      const mangled = mangle(parent.private, u.name);
      if (parent.ste.getScope(mangled) === Scope.GLOBAL_EXPLICIT) forceGlobal = true;
    }
    if (!forceGlobal) {
      if (parent.scopeType === ScopeType.FUNCTION || parent.scopeType === ScopeType.ASYNC_FUNCTION ||
          parent.scopeType === ScopeType.LAMBDA) {
        base = parent.qualname + '.<locals>';
      } else {
        base = parent.qualname;
      }
    }
  }
  u.qualname = base !== null ? base + '.' + u.name : u.name;
}

/** The qualname of the module unit is its name. */
export function unitQualname(u: CompilerUnit): string {
  return u.qualname ?? u.name;
}

// ---------------------------------------------------------------------------------------------
// names
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/compile.c forbidden_name. */
export function forbiddenName(c: Compiler, name: string, ctx: A.expr_context): void {
  if (ctx === 'Store' && name === '__debug__') compilerError(c, 'cannot assign to __debug__');
  if (ctx === 'Del' && name === '__debug__') compilerError(c, 'cannot delete __debug__');
}

const enum OpType {
  FAST,
  GLOBAL,
  DEREF,
  NAME,
}

/** CPython 3.11: Python/compile.c compiler_nameop. */
export function nameop(c: Compiler, name: string, ctx: A.expr_context): void {
  forbiddenName(c, name, ctx);
  const u = c.u;
  const mangled = mangle(u.private, name);
  let dict = u.names;
  let optype = OpType.NAME;
  const scope = u.ste.getScope(mangled);
  switch (scope) {
    case Scope.FREE:
      dict = u.freevars;
      optype = OpType.DEREF;
      break;
    case Scope.CELL:
      dict = u.cellvars;
      optype = OpType.DEREF;
      break;
    case Scope.LOCAL:
      if (u.ste.type === BlockType.FunctionBlock) optype = OpType.FAST;
      break;
    case Scope.GLOBAL_IMPLICIT:
      if (u.ste.type === BlockType.FunctionBlock) optype = OpType.GLOBAL;
      break;
    case Scope.GLOBAL_EXPLICIT:
      optype = OpType.GLOBAL;
      break;
    default:
      break;
  }
  let op: number;
  switch (optype) {
    case OpType.DEREF:
      op = ctx === 'Load'
        ? (u.ste.type === BlockType.ClassBlock ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF)
        : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
      break;
    case OpType.FAST:
      op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
      addopI(c, op, addO(u.varnames, mangled));
      return;
    case OpType.GLOBAL:
      op = ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
      break;
    default:
      op = ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME;
      break;
  }
  let arg = addO(dict, mangled);
  if (op === Op.LOAD_GLOBAL) arg <<= 1;
  addopI(c, op, arg);
}

/** CPython 3.11: Python/compile.c get_ref_type. */
export function getRefType(c: Compiler, name: string): Scope {
  if (c.u.scopeType === ScopeType.CLASS && name === '__class__') return Scope.CELL;
  const scope = c.u.ste.getScope(name);
  if (scope === 0) throw new Error(`compiler: unknown scope for name '${name}' in ${c.u.name}`);
  return scope;
}
