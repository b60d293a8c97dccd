/**
 * CPython 3.11: Python/compile.c — the entry point (_PyAST_Compile), module bodies, and what
 * functions, lambdas and classes share: defaults, annotations, closures, decorators.
 */
import type * as A from './ast.ts';
import type { CodeUnit } from './code.ts';
import type { ConstValue } from './constants.ts';
import type { ConstKeyEvent } from './const_cache.ts';
import { CO } from './code.ts';
import { futureFromAST } from './future.ts';
import { getDocString, optimizeAST, type OptimizeState } from './ast_opt.ts';
import { buildSymtable, Scope } from './symtable.ts';
import { MakeFunction, Op } from './opcodes.ts';
import { mangle } from './mangle.ts';
import { assemble } from './assemble.ts';
import { unparseExpr } from './ast_unparse.ts';
import { PyCompileRecursionError } from './errors_at.ts';
import {
  addConst, addop, addopI, addopLoadConst, Compiler, enterScope, exitScope, forbiddenName,
  getRefType, nameop, NONE, ScopeType, setLoc, unsetLoc, unitQualname, type CompileOptions, type CompileWarning,
} from './compiler.ts';
import { visitStmt } from './compile_stmt.ts';
import { callHelper, visitExpr } from './compile_expr.ts';

export type { CompileOptions, CompileWarning };
export { PyCompileRecursionError };

/** What a compilation produced besides the code. */
export interface CompileResult {
  code: CodeUnit;
  /**
   * Boxes the AST optimizer handed to the parser's arena (CPython 3.11: make_const's
   * _PyArena_AddPyObject), in order; they stay referenced while the arena lives.
   */
  arenaConsts: ConstValue[];
  warnings: CompileWarning[];
  /** c_const_cache's keys, in the order the compilation made them (see const_cache.ts). */
  constKeys: ConstKeyEvent[];
}

/**
 * CPython 3.11: Python/compile.c _PyAST_Compile — optimize the tree in place, build the
 * symbol table, generate and assemble the code of the module and of everything in it.
 * Throws PySyntaxError for the compile-time errors, PyCompileRecursionError when nesting is
 * too deep for the JavaScript stack.
 */
export function compileModule(
  tree: A.mod, filename: string, mode: 'exec' | 'single' | 'eval', options: CompileOptions = {},
): CodeUnit {
  return compileModuleWithDetails(tree, filename, mode, options).code;
}

export function compileModuleWithDetails(
  tree: A.mod, filename: string, mode: 'exec' | 'single' | 'eval', options: CompileOptions = {},
): CompileResult {
  try {
    return compileTree(tree, filename, mode, options);
  } catch (e) {
    if (e instanceof RangeError) throw new PyCompileRecursionError();
    throw e;
  }
}

function compileTree(
  tree: A.mod, filename: string, mode: 'exec' | 'single' | 'eval', options: CompileOptions,
): CompileResult {
  const expected = mode === 'exec' ? 'Module' : mode === 'single' ? 'Interactive' : 'Expression';
  if (tree._type !== expected) throw new Error(`compileModule: mode '${mode}' needs a ${expected} tree`);
  const src = { filename, source: options.source ?? null };
  const future = futureFromAST(tree, src);
  const flags = (options.flags ?? 0) | future.ff_features;
  future.ff_features = flags;
  const optimize = options.optimize ?? 0;
  const state: OptimizeState = { optimize, ff_features: flags, arena: [] };
  optimizeAST(tree, state);
  const c = new Compiler(src, future, optimize, flags, options.warnings);
  c.st = buildSymtable(tree, src, future);
  const code = compilerMod(c, tree);
  return { code, arenaConsts: state.arena, warnings: c.warnings, constKeys: c.constCache.log };
}

/** CPython 3.11: Python/compile.c find_ann — are there variable annotations in this block? */
function findAnn(stmts: A.stmt[]): boolean {
  for (const st of stmts) {
    let res = false;
    switch (st._type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        res = findAnn(st.body) || findAnn(st.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        res = findAnn(st.body);
        break;
      case 'Try':
      case 'TryStar':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        res = findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse);
        break;
      case 'Match':
        for (const m of st.cases) if (findAnn(m.body)) return true;
        break;
      default:
        res = false;
    }
    if (res) return true;
  }
  return false;
}

/** CPython 3.11: Python/compile.c compiler_body — docstring, annotations, statements. */
function compilerBody(c: Compiler, stmts: A.stmt[]): void {
  // The line of SETUP_ANNOTATIONS is the line of the first statement of a module.
  if (c.u.scopeType === ScopeType.MODULE && stmts.length) setLoc(c, stmts[0]);
  if (findAnn(stmts)) addop(c, Op.SETUP_ANNOTATIONS);
  if (!stmts.length) return;
  let i = 0;
  if (c.optimize < 2) {
    const docstring = getDocString(stmts);
    if (docstring) {
      i = 1;
      visitExpr(c, (stmts[0] as A.Expr).value);
      unsetLoc(c);
      nameop(c, '__doc__', 'Store');
    }
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]);
}

/** CPython 3.11: Python/compile.c compiler_mod. */
function compilerMod(c: Compiler, mod: A.mod): CodeUnit {
  let addNone = true;
  enterScope(c, '<module>', ScopeType.MODULE, mod, 1);
  c.u.lineno = 1;
  switch (mod._type) {
    case 'Module':
      compilerBody(c, mod.body);
      break;
    case 'Interactive':
      if (findAnn(mod.body)) addop(c, Op.SETUP_ANNOTATIONS);
      c.interactive = true;
      for (const s of mod.body) visitStmt(c, s);
      break;
    case 'Expression':
      visitExpr(c, mod.body);
      addNone = false;
      break;
    default:
      throw new Error(`module kind ${mod._type} should not be possible`);
  }
  const co = assemble(c, addNone);
  exitScope(c);
  return co;
}

/** CPython 3.11: Python/compile.c compiler_make_closure. */
export function makeClosure(c: Compiler, co: CodeUnit, flags: number): void {
  const nfree = co.freevars.length;
  if (nfree) {
    // The free variables come last in localsplus (co_nlocals + co_nplaincellvars onwards).
    for (let i = co.localsplusnames.length - nfree; i < co.localsplusnames.length; i++) {
      const name = co.localsplusnames[i];
      // A class can have a method with a free variable named like the method: that name is
      // both free and local in the class; the closure must get the cell.
      const reftype = getRefType(c, name);
      let arg: number | undefined;
      if (reftype === Scope.CELL) arg = c.u.cellvars.get(name);
      else arg = c.u.freevars.get(name);
      if (arg === undefined) {
        throw new Error(`compiler_lookup_arg(name='${name}') with reftype=${reftype} failed in ${c.u.name}`);
      }
      addopI(c, Op.LOAD_CLOSURE, arg);
    }
    flags |= MakeFunction.CLOSURE;
    addopI(c, Op.BUILD_TUPLE, nfree);
  }
  addopLoadConst(c, { t: 'code', v: co });
  addopI(c, Op.MAKE_FUNCTION, flags);
}

/** CPython 3.11: Python/compile.c compiler_decorators. */
function compilerDecorators(c: Compiler, decos: A.expr[]): void {
  for (const d of decos) visitExpr(c, d);
}

/** CPython 3.11: Python/compile.c compiler_apply_decorators. */
function applyDecorators(c: Compiler, decos: A.expr[]): void {
  const u = c.u;
  const old = { lineno: u.lineno, end_lineno: u.end_lineno, col_offset: u.col_offset, end_col_offset: u.end_col_offset };
  for (let i = decos.length - 1; i > -1; i--) {
    setLoc(c, decos[i]);
    addopI(c, Op.PRECALL, 0);
    addopI(c, Op.CALL, 0);
  }
  setLoc(c, old);
}

/** CPython 3.11: Python/compile.c compiler_visit_kwonlydefaults — 1 if a dict was pushed. */
function visitKwonlydefaults(c: Compiler, kwonlyargs: A.arg[], kwDefaults: (A.expr | null)[]): boolean {
  const keys: ConstValue[] = [];
  for (let i = 0; i < kwonlyargs.length; i++) {
    const arg = kwonlyargs[i];
    const default_ = kwDefaults[i];
    if (default_) {
      keys.push({ t: 'str', v: mangle(c.u.private, arg.arg) });
      visitExpr(c, default_);
    }
  }
  if (keys.length) {
    addopLoadConst(c, { t: 'tuple', items: keys });
    addopI(c, Op.BUILD_CONST_KEY_MAP, keys.length);
    return true;
  }
  return false;
}

/** CPython 3.11: Python/compile.c compiler_visit_argannotation. */
function visitArgannotation(c: Compiler, id: string, annotation: A.expr | null, len: { n: number }): void {
  if (!annotation) return;
  addopLoadConst(c, { t: 'str', v: mangle(c.u.private, id) });
  if (c.future.ff_features & CO.FUTURE_ANNOTATIONS) {
    addopLoadConst(c, { t: 'str', v: unparseAnnotation(annotation) });
  } else if (annotation._type === 'Starred') {
    // *args: *Ts (where Ts is a TypeVarTuple). Do [annotation_value] = [*Ts].
    visitExpr(c, annotation.value);
    addopI(c, Op.UNPACK_SEQUENCE, 1);
  } else {
    visitExpr(c, annotation);
  }
  len.n += 2;
}

/** CPython 3.11: Python/compile.c compiler_visit_annotations — 1 if a tuple was pushed. */
function visitAnnotations(c: Compiler, args: A.arguments, returns: A.expr | null): boolean {
  const len = { n: 0 };
  for (const a of args.args) visitArgannotation(c, a.arg, a.annotation, len);
  for (const a of args.posonlyargs) visitArgannotation(c, a.arg, a.annotation, len);
  if (args.vararg && args.vararg.annotation) visitArgannotation(c, args.vararg.arg, args.vararg.annotation, len);
  for (const a of args.kwonlyargs) visitArgannotation(c, a.arg, a.annotation, len);
  if (args.kwarg && args.kwarg.annotation) visitArgannotation(c, args.kwarg.arg, args.kwarg.annotation, len);
  visitArgannotation(c, 'return', returns, len);
  if (len.n) {
    addopI(c, Op.BUILD_TUPLE, len.n);
    return true;
  }
  return false;
}

/** CPython 3.11: Python/compile.c compiler_default_arguments — the MAKE_FUNCTION flags. */
function defaultArguments(c: Compiler, args: A.arguments): number {
  let funcflags = 0;
  if (args.defaults.length > 0) {
    for (const d of args.defaults) visitExpr(c, d);
    addopI(c, Op.BUILD_TUPLE, args.defaults.length);
    funcflags |= MakeFunction.DEFAULTS;
  }
  if (args.kwonlyargs.length && visitKwonlydefaults(c, args.kwonlyargs, args.kw_defaults)) {
    funcflags |= MakeFunction.KWDEFAULTS;
  }
  return funcflags;
}

/** CPython 3.11: Python/compile.c compiler_check_debug_args. */
function checkDebugArgs(c: Compiler, args: A.arguments): void {
  for (const a of args.posonlyargs) forbiddenName(c, a.arg, 'Store');
  for (const a of args.args) forbiddenName(c, a.arg, 'Store');
  if (args.vararg) forbiddenName(c, args.vararg.arg, 'Store');
  for (const a of args.kwonlyargs) forbiddenName(c, a.arg, 'Store');
  if (args.kwarg) forbiddenName(c, args.kwarg.arg, 'Store');
}

/** CPython 3.11: Python/compile.c compiler_function. */
export function compilerFunction(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef): void {
  const isAsync = s._type === 'AsyncFunctionDef';
  const { args, returns, decorator_list: decos, name, body } = s;
  const scopeType = isAsync ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION;
  checkDebugArgs(c, args);
  compilerDecorators(c, decos);
  let firstlineno = s.lineno;
  if (decos.length) firstlineno = decos[0].lineno;
  let funcflags = defaultArguments(c, args);
  if (visitAnnotations(c, args, returns)) funcflags |= MakeFunction.ANNOTATIONS;

  enterScope(c, name, scopeType, s, firstlineno);
  // if not -OO mode, add docstring
  const docstring = c.optimize < 2 ? getDocString(body) : null;
  addConst(c, docstring ?? NONE());
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
  for (let i = docstring ? 1 : 0; i < body.length; i++) visitStmt(c, body[i]);
  const co = assemble(c, true);
  exitScope(c);

  makeClosure(c, co, funcflags);
  applyDecorators(c, decos);
  nameop(c, name, 'Store');
}

/** CPython 3.11: Python/compile.c compiler_lambda. */
export function compilerLambda(c: Compiler, e: A.Lambda): void {
  const args = e.args;
  checkDebugArgs(c, args);
  const funcflags = defaultArguments(c, args);
  enterScope(c, '<lambda>', ScopeType.LAMBDA, e, e.lineno);
  // Make None the first constant, so the lambda can't have a docstring.
  addConst(c, NONE());
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
  visitExpr(c, e.body);
  let co: CodeUnit;
  if (c.u.ste.generator) {
    co = assemble(c, false);
  } else {
    addop(c, Op.RETURN_VALUE);
    co = assemble(c, true);
  }
  exitScope(c);
  makeClosure(c, co, funcflags);
}

/** CPython 3.11: Python/compile.c compiler_class. */
export function compilerClass(c: Compiler, s: A.ClassDef): void {
  const decos = s.decorator_list;
  compilerDecorators(c, decos);
  let firstlineno = s.lineno;
  if (decos.length) firstlineno = decos[0].lineno;

  // 1. compile the class body into a code object
  enterScope(c, s.name, ScopeType.CLASS, s, firstlineno);
  // use the class name for name mangling
  c.u.private = s.name;
  // load (global) __name__ and store it as __module__
  nameop(c, '__name__', 'Load');
  nameop(c, '__module__', 'Store');
  addopLoadConst(c, { t: 'str', v: unitQualname(c.u) });
  nameop(c, '__qualname__', 'Store');
  compilerBody(c, s.body);
  // The following code is artificial
  unsetLoc(c);
  // Return __classcell__ if it is referenced, otherwise return None
  if (c.u.ste.needsClassClosure) {
    const i = c.u.cellvars.get('__class__');
    if (i === undefined) throw new Error('compiler: no __class__ cell');
    addopI(c, Op.LOAD_CLOSURE, i);
    addopI(c, Op.COPY, 1);
    nameop(c, '__classcell__', 'Store');
  } else {
    addopLoadConst(c, NONE());
  }
  addop(c, Op.RETURN_VALUE);
  const co = assemble(c, true);
  exitScope(c);

  // 2. load the 'build_class' function
  addop(c, Op.PUSH_NULL);
  addop(c, Op.LOAD_BUILD_CLASS);
  // 3. load a function (or closure) made from the code object
  makeClosure(c, co, 0);
  // 4. load class name
  addopLoadConst(c, { t: 'str', v: s.name });
  // 5. generate the rest of the code for the call
  callHelper(c, 2, s.bases, s.keywords);
  // 6. apply decorators
  applyDecorators(c, decos);
  // 7. store into <name>
  nameop(c, s.name, 'Store');
}

/**
 * CPython 3.11: Python/compile.c compiler_visit_annexpr — under `from __future__ import
 * annotations` an annotation is compiled to its source text (Python/ast_unparse.c).
 */
export function unparseAnnotation(e: A.expr): string {
  return unparseExpr(e);
}
