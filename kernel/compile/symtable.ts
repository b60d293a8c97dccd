/**
 * CPython 3.11: Python/symtable.c — the symbol table.
 *
 * Two passes, as in CPython: a walk of the AST that records, per block (module, class,
 * function, lambda, comprehension), how each name is used (DEF_* flags); then an analysis
 * that decides the scope of every name (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL)
 * from the blocks that enclose it. In 3.11 comprehensions are nested functions.
 */
import type * as A from './ast.ts';
import { CO } from './code.ts';
import type { FutureFeatures } from './future.ts';
import { syntaxError, type SourceInfo } from './errors_at.ts';
import { mangle } from './mangle.ts';

/** CPython 3.11: Include/internal/pycore_symtable.h DEF_* flags of a symbol. */
export const enum DEF {
  GLOBAL = 1, // global stmt
  LOCAL = 2, // assignment in code block
  PARAM = 4, // formal parameter
  NONLOCAL = 8, // nonlocal stmt
  USE = 16, // name is used
  FREE = 32, // name used but not defined in nested block
  FREE_CLASS = 64, // free variable from class's method
  IMPORT = 128, // assignment occurred via import
  ANNOT = 256, // this name is annotated
  COMP_ITER = 512, // this name is a comprehension iteration variable
  BOUND = LOCAL | PARAM | IMPORT,
}

/** CPython 3.11: the scope stored in a symbol's flags at SCOPE_OFFSET. */
export const enum Scope {
  LOCAL = 1,
  GLOBAL_EXPLICIT = 2,
  GLOBAL_IMPLICIT = 3,
  FREE = 4,
  CELL = 5,
}

const enum ScopeBits {
  OFFSET = 11,
  MASK = DEF.GLOBAL | DEF.LOCAL | DEF.PARAM | DEF.NONLOCAL,
}

/** CPython 3.11: Include/internal/pycore_symtable.h _Py_block_ty. */
export const enum BlockType {
  FunctionBlock = 0,
  ClassBlock = 1,
  ModuleBlock = 2,
  AnnotationBlock = 3,
}

/** CPython 3.11: _Py_comprehension_ty. */
export const enum ComprehensionType {
  None = 0,
  List = 1,
  Dict = 2,
  Set = 3,
  Generator = 4,
}

interface Directive {
  name: string;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** CPython 3.11: PySTEntryObject. */
export class SymtableEntry {
  /** Name -> DEF_* flags | scope << SCOPE_OFFSET; in insertion order, as the dict. */
  readonly symbols = new Map<string, number>();
  /** Parameters, in order (the start of co_varnames). */
  readonly varnames: string[] = [];
  readonly children: SymtableEntry[] = [];
  directives: Directive[] | null = null;
  nested = false;
  free = false;
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionType = ComprehensionType.None;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly key: object,
    readonly lineno: number,
    readonly col_offset: number,
    readonly end_lineno: number,
    readonly end_col_offset: number,
  ) {}

  /** CPython 3.11: Python/symtable.c _PyST_GetSymbol. */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** CPython 3.11: Python/symtable.c _PyST_GetScope. */
  getScope(name: string): Scope | 0 {
    return ((this.getSymbol(name) >> ScopeBits.OFFSET) & ScopeBits.MASK) as Scope | 0;
  }
}

/** CPython 3.11: struct symtable. */
export class Symtable {
  readonly blocks = new Map<object, SymtableEntry>();
  readonly stack: SymtableEntry[] = [];
  cur: SymtableEntry | null = null;
  top!: SymtableEntry;
  /** The module's symbols (st_global). */
  global!: Map<string, number>;
  private: string | null = null;

  constructor(readonly src: SourceInfo, readonly future: FutureFeatures) {}

  /** CPython 3.11: Python/symtable.c PySymtable_Lookup. */
  lookup(key: object): SymtableEntry {
    const ste = this.blocks.get(key);
    if (!ste) throw new Error('symtable: unknown block');
    return ste;
  }
}

// ---------------------------------------------------------------------------------------------
// error messages (Python/symtable.c)
// ---------------------------------------------------------------------------------------------

const GLOBAL_PARAM = (n: string) => `name '${n}' is parameter and global`;
const NONLOCAL_PARAM = (n: string) => `name '${n}' is parameter and nonlocal`;
const GLOBAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before global declaration`;
const NONLOCAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before nonlocal declaration`;
const GLOBAL_AFTER_USE = (n: string) => `name '${n}' is used prior to global declaration`;
const NONLOCAL_AFTER_USE = (n: string) => `name '${n}' is used prior to nonlocal declaration`;
const GLOBAL_ANNOT = (n: string) => `annotated name '${n}' can't be global`;
const NONLOCAL_ANNOT = (n: string) => `annotated name '${n}' can't be nonlocal`;
const IMPORT_STAR_WARNING = 'import * only allowed at module level';
const NAMED_EXPR_COMP_IN_CLASS =
  'assignment expression within a comprehension cannot be used in a class body';
const NAMED_EXPR_COMP_CONFLICT = (n: string) =>
  `assignment expression cannot rebind comprehension iteration variable '${n}'`;
const NAMED_EXPR_COMP_INNER_LOOP_CONFLICT = (n: string) =>
  `comprehension inner loop cannot rebind assignment expression target '${n}'`;
const NAMED_EXPR_COMP_ITER_EXPR =
  'assignment expression cannot be used in a comprehension iterable expression';
const ANNOTATION_NOT_ALLOWED = (what: string) => `'${what}' can not be used within an annotation`;
const DUPLICATE_ARGUMENT = (n: string) => `duplicate argument '${n}' in function definition`;

interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

function rangedError(st: Symtable, msg: string, loc: Loc): never {
  throw syntaxError(st.src, msg, loc.lineno, loc.col_offset + 1, loc.end_lineno, loc.end_col_offset + 1);
}

// ---------------------------------------------------------------------------------------------
// building
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/symtable.c _PySymtable_Build. */
export function buildSymtable(mod: A.mod, src: SourceInfo, future: FutureFeatures): Symtable {
  const st = new Symtable(src, future);
  enterBlock(st, 'top', BlockType.ModuleBlock, mod, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  st.top = st.cur!;
  switch (mod._type) {
    case 'Module':
    case 'Interactive':
      for (const s of mod.body) visitStmt(st, s);
      break;
    case 'Expression':
      visitExpr(st, mod.body);
      break;
    case 'FunctionType':
      throw syntaxError(src, 'this compiler does not accept FunctionType input', 1, 1, 1, 1);
  }
  exitBlock(st);
  analyze(st);
  return st;
}

/** CPython 3.11: Python/symtable.c symtable_enter_block. */
function enterBlock(st: Symtable, name: string, block: BlockType, key: object, loc: Loc): void {
  const ste = new SymtableEntry(name, block, key, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
  const prev = st.cur;
  if (prev !== null && (prev.nested || prev.type === BlockType.FunctionBlock)) ste.nested = true;
  st.blocks.set(key, ste);
  st.stack.push(ste);
  // bpo-37757: no assignment expressions anywhere in the outermost iterator of a comprehension.
  if (prev) ste.compIterExpr = prev.compIterExpr;
  st.cur = ste;
  // Annotation blocks (only under `from __future__ import annotations`) are not children.
  if (block === BlockType.AnnotationBlock) return;
  if (block === BlockType.ModuleBlock) st.global = ste.symbols;
  if (prev) prev.children.push(ste);
}

/** CPython 3.11: Python/symtable.c symtable_exit_block. */
function exitBlock(st: Symtable): void {
  st.stack.pop();
  st.cur = st.stack.length ? st.stack[st.stack.length - 1] : null;
}

/** CPython 3.11: Python/symtable.c symtable_add_def_helper. */
function addDefHelper(st: Symtable, name: string, flag: number, ste: SymtableEntry, loc: Loc): void {
  const mangled = mangle(st.private, name);
  const dict = ste.symbols;
  let val: number;
  const o = dict.get(mangled);
  if (o !== undefined) {
    if ((flag & DEF.PARAM) && (o & DEF.PARAM)) rangedError(st, DUPLICATE_ARGUMENT(name), loc);
    val = o | flag;
  } else {
    val = flag;
  }
  if (ste.compIterTarget) {
    // An iteration variable of a comprehension: it must not be a named-expression target.
    if (val & (DEF.GLOBAL | DEF.NONLOCAL)) rangedError(st, NAMED_EXPR_COMP_INNER_LOOP_CONFLICT(name), loc);
    val |= DEF.COMP_ITER;
  }
  dict.set(mangled, val);
  if (flag & DEF.PARAM) {
    ste.varnames.push(mangled);
  } else if (flag & DEF.GLOBAL) {
    st.global.set(mangled, flag | (st.global.get(mangled) ?? 0));
  }
}

function addDef(st: Symtable, name: string, flag: number, loc: Loc): void {
  addDefHelper(st, name, flag, st.cur!, loc);
}

/** CPython 3.11: Python/symtable.c symtable_lookup. */
function lookupName(st: Symtable, name: string): number {
  return st.cur!.symbols.get(mangle(st.private, name)) ?? 0;
}

/** CPython 3.11: Python/symtable.c symtable_record_directive. */
function recordDirective(st: Symtable, name: string, loc: Loc): void {
  const cur = st.cur!;
  if (!cur.directives) cur.directives = [];
  cur.directives.push({ name: mangle(st.private, name), ...locOf(loc) });
}

function locOf(x: Loc): Loc {
  return { lineno: x.lineno, col_offset: x.col_offset, end_lineno: x.end_lineno, end_col_offset: x.end_col_offset };
}

/** CPython 3.11: Python/symtable.c symtable_visit_stmt. */
function visitStmt(st: Symtable, s: A.stmt): void {
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      addDef(st, s.name, DEF.LOCAL, s);
      exprsWithNull(st, s.args.defaults);
      exprsWithNull(st, s.args.kw_defaults);
      visitAnnotations(st, s, s.args, s.returns);
      exprsWithNull(st, s.decorator_list);
      enterBlock(st, s.name, BlockType.FunctionBlock, s, s);
      if (s._type === 'AsyncFunctionDef') st.cur!.coroutine = true;
      visitArguments(st, s.args);
      for (const b of s.body) visitStmt(st, b);
      exitBlock(st);
      break;
    case 'ClassDef': {
      addDef(st, s.name, DEF.LOCAL, s);
      exprsWithNull(st, s.bases);
      for (const k of s.keywords) visitExpr(st, k.value);
      exprsWithNull(st, s.decorator_list);
      enterBlock(st, s.name, BlockType.ClassBlock, s, s);
      const tmp = st.private;
      st.private = s.name;
      for (const b of s.body) visitStmt(st, b);
      st.private = tmp;
      exitBlock(st);
      break;
    }
    case 'Return':
      if (s.value) {
        visitExpr(st, s.value);
        st.cur!.returnsValue = true;
      }
      break;
    case 'Delete':
      exprsWithNull(st, s.targets);
      break;
    case 'Assign':
      exprsWithNull(st, s.targets);
      visitExpr(st, s.value);
      break;
    case 'AnnAssign':
      if (s.target._type === 'Name') {
        const eName = s.target;
        const cur = lookupName(st, eName.id);
        if ((cur & (DEF.GLOBAL | DEF.NONLOCAL)) && st.cur!.symbols !== st.global && s.simple) {
          rangedError(st, cur & DEF.GLOBAL ? GLOBAL_ANNOT(eName.id) : NONLOCAL_ANNOT(eName.id), s);
        }
        if (s.simple) addDef(st, eName.id, DEF.ANNOT | DEF.LOCAL, eName);
        else if (s.value) addDef(st, eName.id, DEF.LOCAL, eName);
      } else {
        visitExpr(st, s.target);
      }
      visitAnnotation(st, s.annotation);
      if (s.value) visitExpr(st, s.value);
      break;
    case 'AugAssign':
      visitExpr(st, s.target);
      visitExpr(st, s.value);
      break;
    case 'For':
    case 'AsyncFor':
      visitExpr(st, s.target);
      visitExpr(st, s.iter);
      for (const b of s.body) visitStmt(st, b);
      for (const b of s.orelse) visitStmt(st, b);
      break;
    case 'While':
      visitExpr(st, s.test);
      for (const b of s.body) visitStmt(st, b);
      for (const b of s.orelse) visitStmt(st, b);
      break;
    case 'If':
      visitExpr(st, s.test);
      for (const b of s.body) visitStmt(st, b);
      for (const b of s.orelse) visitStmt(st, b);
      break;
    case 'Match':
      visitExpr(st, s.subject);
      for (const m of s.cases) {
        visitPattern(st, m.pattern);
        if (m.guard) visitExpr(st, m.guard);
        for (const b of m.body) visitStmt(st, b);
      }
      break;
    case 'Raise':
      if (s.exc) {
        visitExpr(st, s.exc);
        if (s.cause) visitExpr(st, s.cause);
      }
      break;
    case 'Try':
    case 'TryStar':
      for (const b of s.body) visitStmt(st, b);
      for (const b of s.orelse) visitStmt(st, b);
      for (const h of s.handlers) visitExcepthandler(st, h);
      for (const b of s.finalbody) visitStmt(st, b);
      break;
    case 'Assert':
      visitExpr(st, s.test);
      if (s.msg) visitExpr(st, s.msg);
      break;
    case 'Import':
    case 'ImportFrom':
      for (const a of s.names) visitAlias(st, a);
      break;
    case 'Global':
      for (const name of s.names) {
        const cur = lookupName(st, name);
        if (cur & (DEF.PARAM | DEF.LOCAL | DEF.USE | DEF.ANNOT)) {
          let msg: string;
          if (cur & DEF.PARAM) msg = GLOBAL_PARAM(name);
          else if (cur & DEF.USE) msg = GLOBAL_AFTER_USE(name);
          else if (cur & DEF.ANNOT) msg = GLOBAL_ANNOT(name);
          else msg = GLOBAL_AFTER_ASSIGN(name);
          rangedError(st, msg, s);
        }
        addDef(st, name, DEF.GLOBAL, s);
        recordDirective(st, name, s);
      }
      break;
    case 'Nonlocal':
      for (const name of s.names) {
        const cur = lookupName(st, name);
        if (cur & (DEF.PARAM | DEF.LOCAL | DEF.USE | DEF.ANNOT)) {
          let msg: string;
          if (cur & DEF.PARAM) msg = NONLOCAL_PARAM(name);
          else if (cur & DEF.USE) msg = NONLOCAL_AFTER_USE(name);
          else if (cur & DEF.ANNOT) msg = NONLOCAL_ANNOT(name);
          else msg = NONLOCAL_AFTER_ASSIGN(name);
          rangedError(st, msg, s);
        }
        addDef(st, name, DEF.NONLOCAL, s);
        recordDirective(st, name, s);
      }
      break;
    case 'Expr':
      visitExpr(st, s.value);
      break;
    case 'Pass':
    case 'Break':
    case 'Continue':
      break;
    case 'With':
    case 'AsyncWith':
      for (const item of s.items) {
        visitExpr(st, item.context_expr);
        if (item.optional_vars) visitExpr(st, item.optional_vars);
      }
      for (const b of s.body) visitStmt(st, b);
      break;
  }
}

function exprsWithNull(st: Symtable, seq: (A.expr | null)[]): void {
  for (const e of seq) if (e) visitExpr(st, e);
}

/** CPython 3.11: Python/symtable.c symtable_extend_namedexpr_scope. */
function extendNamedexprScope(st: Symtable, e: A.Name): void {
  const targetName = e.id;
  for (let i = st.stack.length - 1; i >= 0; i--) {
    const ste = st.stack[i];
    // A comprehension scope: check for a conflict with its iteration variables, then skip it.
    if (ste.comprehension) {
      if (ste.getSymbol(targetName) & DEF.COMP_ITER) rangedError(st, NAMED_EXPR_COMP_CONFLICT(targetName), e);
      continue;
    }
    if (ste.type === BlockType.FunctionBlock) {
      if (ste.getSymbol(targetName) & DEF.GLOBAL) addDef(st, targetName, DEF.GLOBAL, e);
      else addDef(st, targetName, DEF.NONLOCAL, e);
      recordDirective(st, targetName, e);
      addDefHelper(st, targetName, DEF.LOCAL, ste, e);
      return;
    }
    if (ste.type === BlockType.ModuleBlock) {
      addDef(st, targetName, DEF.GLOBAL, e);
      recordDirective(st, targetName, e);
      addDefHelper(st, targetName, DEF.GLOBAL, ste, e);
      return;
    }
    if (ste.type === BlockType.ClassBlock) rangedError(st, NAMED_EXPR_COMP_IN_CLASS, e);
  }
  throw new Error('symtable: named expression without an enclosing scope');
}

/** CPython 3.11: Python/symtable.c symtable_handle_namedexpr. */
function handleNamedexpr(st: Symtable, e: A.NamedExpr): void {
  if (st.cur!.compIterExpr > 0) rangedError(st, NAMED_EXPR_COMP_ITER_EXPR, e);
  if (st.cur!.comprehension) extendNamedexprScope(st, e.target as A.Name);
  visitExpr(st, e.value);
  visitExpr(st, e.target);
}

/** CPython 3.11: Python/symtable.c symtable_visit_expr. */
function visitExpr(st: Symtable, e: A.expr): void {
  switch (e._type) {
    case 'NamedExpr':
      raiseIfAnnotationBlock(st, 'named expression', e);
      handleNamedexpr(st, e);
      break;
    case 'BoolOp':
      exprsWithNull(st, e.values);
      break;
    case 'BinOp':
      visitExpr(st, e.left);
      visitExpr(st, e.right);
      break;
    case 'UnaryOp':
      visitExpr(st, e.operand);
      break;
    case 'Lambda':
      exprsWithNull(st, e.args.defaults);
      exprsWithNull(st, e.args.kw_defaults);
      enterBlock(st, 'lambda', BlockType.FunctionBlock, e, e);
      visitArguments(st, e.args);
      visitExpr(st, e.body);
      exitBlock(st);
      break;
    case 'IfExp':
      visitExpr(st, e.test);
      visitExpr(st, e.body);
      visitExpr(st, e.orelse);
      break;
    case 'Dict':
      exprsWithNull(st, e.keys);
      exprsWithNull(st, e.values);
      break;
    case 'Set':
      exprsWithNull(st, e.elts);
      break;
    case 'GeneratorExp':
      handleComprehension(st, e, 'genexpr', e.generators, e.elt, null);
      break;
    case 'ListComp':
      handleComprehension(st, e, 'listcomp', e.generators, e.elt, null);
      break;
    case 'SetComp':
      handleComprehension(st, e, 'setcomp', e.generators, e.elt, null);
      break;
    case 'DictComp':
      handleComprehension(st, e, 'dictcomp', e.generators, e.key, e.value);
      break;
    case 'Yield':
      raiseIfAnnotationBlock(st, 'yield expression', e);
      if (e.value) visitExpr(st, e.value);
      st.cur!.generator = true;
      if (st.cur!.comprehension) raiseIfComprehensionBlock(st, e);
      break;
    case 'YieldFrom':
      raiseIfAnnotationBlock(st, 'yield expression', e);
      visitExpr(st, e.value);
      st.cur!.generator = true;
      if (st.cur!.comprehension) raiseIfComprehensionBlock(st, e);
      break;
    case 'Await':
      raiseIfAnnotationBlock(st, 'await expression', e);
      visitExpr(st, e.value);
      st.cur!.coroutine = true;
      break;
    case 'Compare':
      visitExpr(st, e.left);
      exprsWithNull(st, e.comparators);
      break;
    case 'Call':
      visitExpr(st, e.func);
      exprsWithNull(st, e.args);
      for (const k of e.keywords) visitExpr(st, k.value);
      break;
    case 'FormattedValue':
      visitExpr(st, e.value);
      if (e.format_spec) visitExpr(st, e.format_spec);
      break;
    case 'JoinedStr':
      exprsWithNull(st, e.values);
      break;
    case 'Constant':
      break;
    case 'Attribute':
      visitExpr(st, e.value);
      break;
    case 'Subscript':
      visitExpr(st, e.value);
      visitExpr(st, e.slice);
      break;
    case 'Starred':
      visitExpr(st, e.value);
      break;
    case 'Slice':
      if (e.lower) visitExpr(st, e.lower);
      if (e.upper) visitExpr(st, e.upper);
      if (e.step) visitExpr(st, e.step);
      break;
    case 'Name':
      addDef(st, e.id, e.ctx === 'Load' ? DEF.USE : DEF.LOCAL, e);
      // Special-case super: it counts as a use of __class__
      if (e.ctx === 'Load' && st.cur!.type === BlockType.FunctionBlock && e.id === 'super') {
        addDef(st, '__class__', DEF.USE, e);
      }
      break;
    case 'List':
    case 'Tuple':
      exprsWithNull(st, e.elts);
      break;
  }
}

/** CPython 3.11: Python/symtable.c symtable_implicit_arg — `.0`, the comprehension's iterator. */
function implicitArg(st: Symtable, pos: number, loc: Loc): void {
  addDef(st, `.${pos}`, DEF.PARAM, loc);
}

/** CPython 3.11: Python/symtable.c symtable_visit_params. */
function visitParams(st: Symtable, args: A.arg[]): void {
  for (const a of args) addDef(st, a.arg, DEF.PARAM, a);
}

/** CPython 3.11: Python/symtable.c symtable_visit_annotation. */
function visitAnnotation(st: Symtable, annotation: A.expr): void {
  const future = st.future.ff_features & CO.FUTURE_ANNOTATIONS;
  if (future) enterBlock(st, '_annotation', BlockType.AnnotationBlock, annotation, annotation);
  visitExpr(st, annotation);
  if (future) exitBlock(st);
}

function visitArgannotations(st: Symtable, args: A.arg[]): void {
  for (const a of args) if (a.annotation) visitExpr(st, a.annotation);
}

/** CPython 3.11: Python/symtable.c symtable_visit_annotations. */
function visitAnnotations(st: Symtable, o: A.stmt, a: A.arguments, returns: A.expr | null): void {
  const future = st.future.ff_features & CO.FUTURE_ANNOTATIONS;
  if (future) enterBlock(st, '_annotation', BlockType.AnnotationBlock, a, o);
  visitArgannotations(st, a.posonlyargs);
  visitArgannotations(st, a.args);
  if (a.vararg && a.vararg.annotation) visitExpr(st, a.vararg.annotation);
  if (a.kwarg && a.kwarg.annotation) visitExpr(st, a.kwarg.annotation);
  visitArgannotations(st, a.kwonlyargs);
  if (future) exitBlock(st);
  if (returns) visitAnnotation(st, returns);
}

/** CPython 3.11: Python/symtable.c symtable_visit_arguments. */
function visitArguments(st: Symtable, a: A.arguments): void {
  // Default values were visited in the enclosing block.
  visitParams(st, a.posonlyargs);
  visitParams(st, a.args);
  visitParams(st, a.kwonlyargs);
  if (a.vararg) {
    addDef(st, a.vararg.arg, DEF.PARAM, a.vararg);
    st.cur!.varargs = true;
  }
  if (a.kwarg) {
    addDef(st, a.kwarg.arg, DEF.PARAM, a.kwarg);
    st.cur!.varkeywords = true;
  }
}

/** CPython 3.11: Python/symtable.c symtable_visit_excepthandler. */
function visitExcepthandler(st: Symtable, eh: A.ExceptHandler): void {
  if (eh.type) visitExpr(st, eh.type);
  if (eh.name) addDef(st, eh.name, DEF.LOCAL, eh);
  for (const b of eh.body) visitStmt(st, b);
}

/** CPython 3.11: Python/symtable.c symtable_visit_pattern. */
function visitPattern(st: Symtable, p: A.pattern): void {
  switch (p._type) {
    case 'MatchValue':
      visitExpr(st, p.value);
      break;
    case 'MatchSingleton':
      break;
    case 'MatchSequence':
      for (const q of p.patterns) visitPattern(st, q);
      break;
    case 'MatchStar':
      if (p.name) addDef(st, p.name, DEF.LOCAL, p);
      break;
    case 'MatchMapping':
      exprsWithNull(st, p.keys);
      for (const q of p.patterns) visitPattern(st, q);
      if (p.rest) addDef(st, p.rest, DEF.LOCAL, p);
      break;
    case 'MatchClass':
      visitExpr(st, p.cls);
      for (const q of p.patterns) visitPattern(st, q);
      for (const q of p.kwd_patterns) visitPattern(st, q);
      break;
    case 'MatchAs':
      if (p.pattern) visitPattern(st, p.pattern);
      if (p.name) addDef(st, p.name, DEF.LOCAL, p);
      break;
    case 'MatchOr':
      for (const q of p.patterns) visitPattern(st, q);
      break;
  }
}

/** CPython 3.11: Python/symtable.c symtable_visit_alias. */
function visitAlias(st: Symtable, a: A.alias): void {
  // The name actually bound by the import: the first component of a dotted name.
  const name = a.asname === null ? a.name : a.asname;
  const dot = name.indexOf('.');
  const storeName = dot !== -1 ? name.slice(0, dot) : name;
  if (name !== '*') {
    addDef(st, storeName, DEF.IMPORT, a);
  } else if (st.cur!.type !== BlockType.ModuleBlock) {
    rangedError(st, IMPORT_STAR_WARNING, a);
  }
}

/** CPython 3.11: Python/symtable.c symtable_visit_comprehension. */
function visitComprehension(st: Symtable, lc: A.comprehension): void {
  const cur = st.cur!;
  cur.compIterTarget = true;
  visitExpr(st, lc.target);
  cur.compIterTarget = false;
  cur.compIterExpr++;
  visitExpr(st, lc.iter);
  cur.compIterExpr--;
  exprsWithNull(st, lc.ifs);
  if (lc.is_async) cur.coroutine = true;
}

/** CPython 3.11: Python/symtable.c symtable_handle_comprehension. */
function handleComprehension(
  st: Symtable, e: A.expr, scopeName: string, generators: A.comprehension[], elt: A.expr, value: A.expr | null,
): void {
  const isGenerator = e._type === 'GeneratorExp';
  const outermost = generators[0];
  // Outermost iterator is evaluated in current scope
  st.cur!.compIterExpr++;
  visitExpr(st, outermost.iter);
  st.cur!.compIterExpr--;
  // Create comprehension scope for the rest
  enterBlock(st, scopeName, BlockType.FunctionBlock, e, e);
  const cur = st.cur!;
  switch (e._type) {
    case 'ListComp': cur.comprehension = ComprehensionType.List; break;
    case 'SetComp': cur.comprehension = ComprehensionType.Set; break;
    case 'DictComp': cur.comprehension = ComprehensionType.Dict; break;
    default: cur.comprehension = ComprehensionType.Generator; break;
  }
  if (outermost.is_async) cur.coroutine = true;
  // Outermost iter is received as an argument
  implicitArg(st, 0, e);
  // Visit iteration variable target, and mark them as such
  cur.compIterTarget = true;
  visitExpr(st, outermost.target);
  cur.compIterTarget = false;
  // Visit the rest of the comprehension body
  exprsWithNull(st, outermost.ifs);
  for (let i = 1; i < generators.length; i++) visitComprehension(st, generators[i]);
  if (value) visitExpr(st, value);
  visitExpr(st, elt);
  cur.generator = isGenerator;
  const isAsync = cur.coroutine && !isGenerator;
  exitBlock(st);
  if (isAsync) st.cur!.coroutine = true;
}

/** CPython 3.11: Python/symtable.c symtable_raise_if_annotation_block. */
function raiseIfAnnotationBlock(st: Symtable, name: string, e: A.expr): void {
  if (st.cur!.type !== BlockType.AnnotationBlock) return;
  rangedError(st, ANNOTATION_NOT_ALLOWED(name), e);
}

/** CPython 3.11: Python/symtable.c symtable_raise_if_comprehension_block. */
function raiseIfComprehensionBlock(st: Symtable, e: A.expr): never {
  const type = st.cur!.comprehension;
  const msg =
    type === ComprehensionType.List ? "'yield' inside list comprehension"
      : type === ComprehensionType.Set ? "'yield' inside set comprehension"
        : type === ComprehensionType.Dict ? "'yield' inside dict comprehension"
          : "'yield' inside generator expression";
  rangedError(st, msg, e);
}

// ---------------------------------------------------------------------------------------------
// analysis
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/symtable.c error_at_directive. */
function errorAtDirective(st: Symtable, ste: SymtableEntry, name: string, msg: string): never {
  for (const d of ste.directives ?? []) {
    if (d.name === name) rangedError(st, msg, d);
  }
  throw syntaxError(st.src, msg, 0, 0, 0, 0);
}

/** CPython 3.11: Python/symtable.c analyze_name. */
function analyzeName(
  st: Symtable, ste: SymtableEntry, scopes: Map<string, Scope>, name: string, flags: number,
  bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>,
): void {
  if (flags & DEF.GLOBAL) {
    if (flags & DEF.NONLOCAL) errorAtDirective(st, ste, name, `name '${name}' is nonlocal and global`);
    scopes.set(name, Scope.GLOBAL_EXPLICIT);
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & DEF.NONLOCAL) {
    if (!bound) errorAtDirective(st, ste, name, 'nonlocal declaration not allowed at module level');
    if (!bound.has(name)) errorAtDirective(st, ste, name, `no binding for nonlocal '${name}' found`);
    scopes.set(name, Scope.FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF.BOUND) {
    scopes.set(name, Scope.LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  // If an enclosing block has a binding for this name, it is a free variable rather than a
  // global variable. Note that having a non-null bound implies that the block is nested.
  if (bound && bound.has(name)) {
    scopes.set(name, Scope.FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  // If a parent has a global statement, then call it global explicit? It could also be global implicit.
  if (global.has(name)) {
    scopes.set(name, Scope.GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  scopes.set(name, Scope.GLOBAL_IMPLICIT);
}

/** CPython 3.11: Python/symtable.c analyze_cells — locals that children use become cells. */
function analyzeCells(scopes: Map<string, Scope>, free: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope !== Scope.LOCAL) continue;
    if (!free.has(name)) continue;
    scopes.set(name, Scope.CELL);
    free.delete(name);
  }
}

/** CPython 3.11: Python/symtable.c drop_class_free. */
function dropClassFree(ste: SymtableEntry, free: Set<string>): void {
  if (free.delete('__class__')) ste.needsClassClosure = true;
}

/** CPython 3.11: Python/symtable.c update_symbols. */
function updateSymbols(
  symbols: Map<string, number>, scopes: Map<string, Scope>, bound: Set<string> | null,
  free: Set<string>, classflag: boolean,
): void {
  for (const [name, flags] of symbols) {
    const scope = scopes.get(name)!;
    symbols.set(name, flags | (scope << ScopeBits.OFFSET));
  }
  // Record not yet resolved free variables from children (if any)
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      // A free variable in a method of the class that has the same name as a local or
      // global in the class scope.
      if (classflag && (v & (DEF.BOUND | DEF.GLOBAL))) symbols.set(name, v | DEF.FREE_CLASS);
      // It's a cell, or already free in this scope
      continue;
    }
    if (bound && !bound.has(name)) continue; // it's a global
    // Propagate new free symbol up the lexical stack
    symbols.set(name, Scope.FREE << ScopeBits.OFFSET);
  }
}

/** CPython 3.11: Python/symtable.c analyze_block. */
function analyzeBlock(
  st: Symtable, ste: SymtableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>,
): void {
  const local = new Set<string>();
  const scopes = new Map<string, Scope>();
  const newglobal = new Set<string>();
  const newfree = new Set<string>();
  const newbound = new Set<string>();

  // Class namespace has no effect on names visible in nested functions, so populate the
  // global and bound sets to be passed to child blocks before analyzing this one.
  if (ste.type === BlockType.ClassBlock) {
    for (const n of global) newglobal.add(n);
    if (bound) for (const n of bound) newbound.add(n);
  }

  for (const [name, flags] of ste.symbols) {
    analyzeName(st, ste, scopes, name, flags, bound, local, free, global);
  }

  // Populate global and bound sets to be passed to children.
  if (ste.type !== BlockType.ClassBlock) {
    if (ste.type === BlockType.FunctionBlock) for (const n of local) newbound.add(n);
    if (bound) for (const n of bound) newbound.add(n);
    for (const n of global) newglobal.add(n);
  } else {
    // Special-case __class__
    newbound.add('__class__');
  }

  const allfree = new Set<string>();
  for (const entry of ste.children) {
    analyzeChildBlock(st, entry, newbound, newfree, newglobal, allfree);
    if (entry.free || entry.childFree) ste.childFree = true;
  }
  for (const n of allfree) newfree.add(n);

  // Check if any local variables must be converted to cell variables
  if (ste.type === BlockType.FunctionBlock) analyzeCells(scopes, newfree);
  else if (ste.type === BlockType.ClassBlock) dropClassFree(ste, newfree);
  // Records the results of the analysis in the symbol table entry
  updateSymbols(ste.symbols, scopes, bound, newfree, ste.type === BlockType.ClassBlock);
  for (const n of newfree) free.add(n);
}

/** CPython 3.11: Python/symtable.c analyze_child_block — on copies of the sets. */
function analyzeChildBlock(
  st: Symtable, entry: SymtableEntry, bound: Set<string>, free: Set<string>, global: Set<string>,
  childFree: Set<string>,
): void {
  const tempBound = new Set(bound);
  const tempFree = new Set(free);
  const tempGlobal = new Set(global);
  analyzeBlock(st, entry, tempBound, tempFree, tempGlobal);
  for (const n of tempFree) childFree.add(n);
}

/** CPython 3.11: Python/symtable.c symtable_analyze. */
function analyze(st: Symtable): void {
  analyzeBlock(st, st.top, null, new Set(), new Set());
}
