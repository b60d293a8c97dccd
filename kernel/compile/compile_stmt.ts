/**
 * CPython 3.11: Python/compile.c — code generation for statements.
 */
import type * as A from './ast.ts';
import { Op } from './opcodes.ts';
import { BlockType } from './symtable.ts';
import {
  addop, addopI, addopJ, addopJNoline, addopLoadConst, addopN, addopName, addopNoline, compilerError,
  compilerWarn, FBlockType, nameop, newBlock, NONE, popFblock, pushFblock, saveLoc, ScopeType, setLoc,
  unsetLoc, useNextBlock, forbiddenName, type Compiler, type FBlockInfo,
} from './compiler.ts';
import { compilerClass, compilerFunction, unparseAnnotation } from './compile.ts';
import { addYieldFrom, addopBinary, jumpIf, updateStartLocationToMatchAttr, visitExpr } from './compile_expr.ts';
import { compilerMatch } from './compile_pattern.ts';
import { CO } from './code.ts';
import { mangle } from './mangle.ts';

/** CPython 3.11: Python/compile.c compiler_visit_stmt. */
export function visitStmt(c: Compiler, s: A.stmt): void {
  // Always assign a lineno to the next instruction for a stmt.
  setLoc(c, s);
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      compilerFunction(c, s);
      return;
    case 'ClassDef':
      compilerClass(c, s);
      return;
    case 'Return':
      compilerReturn(c, s);
      return;
    case 'Delete':
      for (const t of s.targets) visitExpr(c, t);
      return;
    case 'Assign': {
      const n = s.targets.length;
      visitExpr(c, s.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) addopI(c, Op.COPY, 1);
        visitExpr(c, s.targets[i]);
      }
      return;
    }
    case 'AugAssign':
      compilerAugassign(c, s);
      return;
    case 'AnnAssign':
      compilerAnnassign(c, s);
      return;
    case 'For':
      compilerFor(c, s);
      return;
    case 'While':
      compilerWhile(c, s);
      return;
    case 'If':
      compilerIf(c, s);
      return;
    case 'Match':
      compilerMatch(c, s);
      return;
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      addopI(c, Op.RAISE_VARARGS, n);
      return;
    }
    case 'Try':
      if (s.finalbody.length) compilerTryFinally(c, s);
      else compilerTryExcept(c, s);
      return;
    case 'TryStar':
      if (s.finalbody.length) compilerTryStarFinally(c, s);
      else compilerTryStarExcept(c, s);
      return;
    case 'Assert':
      compilerAssert(c, s);
      return;
    case 'Import':
      compilerImport(c, s);
      return;
    case 'ImportFrom':
      compilerFromImport(c, s);
      return;
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Expr':
      compilerVisitStmtExpr(c, s.value);
      return;
    case 'Pass':
      addop(c, Op.NOP);
      return;
    case 'Break':
      compilerBreak(c);
      return;
    case 'Continue':
      compilerContinue(c);
      return;
    case 'With':
      compilerWith(c, s, 0);
      return;
    case 'AsyncWith':
      compilerAsyncWith(c, s, 0);
      return;
    case 'AsyncFor':
      compilerAsyncFor(c, s);
      return;
  }
}

function visitStmts(c: Compiler, stmts: A.stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

/** IS_TOP_LEVEL_AWAIT(c): PyCF_ALLOW_TOP_LEVEL_AWAIT in a module scope. */
export function isTopLevelAwait(c: Compiler): boolean {
  return (c.flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0 && c.u.ste.type === BlockType.ModuleBlock;
}

/** CPython 3.11: Include/cpython/compile.h PyCF_ALLOW_TOP_LEVEL_AWAIT. */
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

// ---------------------------------------------------------------------------------------------
// frame-block unwinding (return, break, continue)
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/compile.c compiler_call_exit_with_nones. */
function callExitWithNones(c: Compiler): void {
  addopLoadConst(c, NONE());
  addopLoadConst(c, NONE());
  addopLoadConst(c, NONE());
  addopI(c, Op.PRECALL, 2);
  addopI(c, Op.CALL, 2);
}

/** CPython 3.11: Python/compile.c compiler_pop_except_and_reraise. */
function popExceptAndReraise(c: Compiler): void {
  // [exc_info, lasti, exc] COPY 3; POP_EXCEPT; RERAISE 1
  addopI(c, Op.COPY, 3);
  addop(c, Op.POP_EXCEPT);
  addopI(c, Op.RERAISE, 1);
}

/**
 * CPython 3.11: Python/compile.c compiler_unwind_fblock. If preserve_tos, the value on top of
 * the stack before the unwinding is kept there.
 */
function unwindFblock(c: Compiler, info: FBlockInfo, preserveTos: boolean): void {
  switch (info.type) {
    case FBlockType.WHILE_LOOP:
    case FBlockType.EXCEPTION_HANDLER:
    case FBlockType.EXCEPTION_GROUP_HANDLER:
    case FBlockType.ASYNC_COMPREHENSION_GENERATOR:
      return;
    case FBlockType.FOR_LOOP:
      // Pop the iterator
      if (preserveTos) addopI(c, Op.SWAP, 2);
      addop(c, Op.POP_TOP);
      return;
    case FBlockType.TRY_EXCEPT:
      addop(c, Op.POP_BLOCK);
      return;
    case FBlockType.FINALLY_TRY:
      // This POP_BLOCK gets the line number of the unwinding statement
      addop(c, Op.POP_BLOCK);
      if (preserveTos) pushFblock(c, FBlockType.POP_VALUE, null, null, null);
      // Emit the finally block
      visitStmts(c, info.datum as A.stmt[]);
      if (preserveTos) popFblock(c);
      // The finally block should appear to execute after the statement causing the unwinding.
      unsetLoc(c);
      return;
    case FBlockType.FINALLY_END:
      if (preserveTos) addopI(c, Op.SWAP, 2);
      addop(c, Op.POP_TOP); // exc_value
      if (preserveTos) addopI(c, Op.SWAP, 2);
      addop(c, Op.POP_BLOCK);
      addop(c, Op.POP_EXCEPT);
      return;
    case FBlockType.WITH:
    case FBlockType.ASYNC_WITH:
      setLoc(c, info.datum as A.stmt);
      addop(c, Op.POP_BLOCK);
      if (preserveTos) addopI(c, Op.SWAP, 2);
      callExitWithNones(c);
      if (info.type === FBlockType.ASYNC_WITH) {
        addopI(c, Op.GET_AWAITABLE, 2);
        addopLoadConst(c, NONE());
        addYieldFrom(c, true);
      }
      addop(c, Op.POP_TOP);
      // The exit block should appear to execute after the statement causing the unwinding.
      unsetLoc(c);
      return;
    case FBlockType.HANDLER_CLEANUP:
      if (info.datum) addop(c, Op.POP_BLOCK);
      if (preserveTos) addopI(c, Op.SWAP, 2);
      addop(c, Op.POP_BLOCK);
      addop(c, Op.POP_EXCEPT);
      if (info.datum) {
        addopLoadConst(c, NONE());
        nameop(c, info.datum as string, 'Store');
        nameop(c, info.datum as string, 'Del');
      }
      return;
    case FBlockType.POP_VALUE:
      if (preserveTos) addopI(c, Op.SWAP, 2);
      addop(c, Op.POP_TOP);
      return;
  }
}

/**
 * CPython 3.11: Python/compile.c compiler_unwind_fblock_stack — unwind the frame blocks; with
 * a `loop` holder, stop at the first loop and return it.
 */
function unwindFblockStack(c: Compiler, preserveTos: boolean, loop: { fb: FBlockInfo | null } | null): void {
  const fblocks = c.u.fblocks;
  if (fblocks.length === 0) return;
  const top = fblocks[fblocks.length - 1];
  if (top.type === FBlockType.EXCEPTION_GROUP_HANDLER) {
    compilerError(c, "'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (loop !== null && (top.type === FBlockType.WHILE_LOOP || top.type === FBlockType.FOR_LOOP)) {
    loop.fb = top;
    return;
  }
  const copy = top;
  fblocks.pop();
  unwindFblock(c, copy, preserveTos);
  unwindFblockStack(c, preserveTos, loop);
  fblocks.push(copy);
}

/** CPython 3.11: Python/compile.c compiler_return. */
function compilerReturn(c: Compiler, s: A.Return): void {
  const preserveTos = s.value !== null && s.value._type !== 'Constant';
  if (c.u.ste.type !== BlockType.FunctionBlock) compilerError(c, "'return' outside function");
  if (s.value !== null && c.u.ste.coroutine && c.u.ste.generator) {
    compilerError(c, "'return' with value in async generator");
  }
  if (preserveTos) {
    visitExpr(c, s.value!);
  } else if (s.value !== null) {
    // Emit instruction with line number for return value
    setLoc(c, s.value);
    addop(c, Op.NOP);
  }
  if (s.value === null || s.value.lineno !== s.lineno) {
    setLoc(c, s);
    addop(c, Op.NOP);
  }
  unwindFblockStack(c, preserveTos, null);
  if (s.value === null) addopLoadConst(c, NONE());
  else if (!preserveTos) addopLoadConst(c, (s.value as A.Constant).value);
  addop(c, Op.RETURN_VALUE);
}

/** CPython 3.11: Python/compile.c compiler_break. */
function compilerBreak(c: Compiler): void {
  const loc = saveLoc(c);
  // Emit instruction with line number
  addop(c, Op.NOP);
  const loop = { fb: null as FBlockInfo | null };
  unwindFblockStack(c, false, loop);
  if (loop.fb === null) {
    setLoc(c, loc);
    compilerError(c, "'break' outside loop");
  }
  unwindFblock(c, loop.fb, false);
  addopJ(c, Op.JUMP, loop.fb.exit!);
}

/** CPython 3.11: Python/compile.c compiler_continue. */
function compilerContinue(c: Compiler): void {
  const loc = saveLoc(c);
  // Emit instruction with line number
  addop(c, Op.NOP);
  const loop = { fb: null as FBlockInfo | null };
  unwindFblockStack(c, false, loop);
  if (loop.fb === null) {
    setLoc(c, loc);
    compilerError(c, "'continue' not properly in loop");
  }
  addopJ(c, Op.JUMP, loop.fb.block!);
}

// ---------------------------------------------------------------------------------------------
// control flow
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/compile.c compiler_if. */
function compilerIf(c: Compiler, s: A.If): void {
  const end = newBlock(c);
  const next = s.orelse.length ? newBlock(c) : end;
  jumpIf(c, s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    addopJNoline(c, Op.JUMP, end);
    useNextBlock(c, next);
    visitStmts(c, s.orelse);
  }
  useNextBlock(c, end);
}

/** CPython 3.11: Python/compile.c compiler_for. */
function compilerFor(c: Compiler, s: A.For): void {
  const start = newBlock(c);
  const body = newBlock(c);
  const cleanup = newBlock(c);
  const end = newBlock(c);
  pushFblock(c, FBlockType.FOR_LOOP, start, end, null);
  visitExpr(c, s.iter);
  addop(c, Op.GET_ITER);
  useNextBlock(c, start);
  addopJ(c, Op.FOR_ITER, cleanup);
  useNextBlock(c, body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  // Mark jump as artificial
  unsetLoc(c);
  addopJ(c, Op.JUMP, start);
  useNextBlock(c, cleanup);
  popFblock(c);
  visitStmts(c, s.orelse);
  useNextBlock(c, end);
}

/** CPython 3.11: Python/compile.c compiler_async_for. */
function compilerAsyncFor(c: Compiler, s: A.AsyncFor): void {
  if (isTopLevelAwait(c)) {
    c.u.ste.coroutine = true;
  } else if (c.u.scopeType !== ScopeType.ASYNC_FUNCTION) {
    compilerError(c, "'async for' outside async function");
  }
  const start = newBlock(c);
  const except = newBlock(c);
  const end = newBlock(c);
  visitExpr(c, s.iter);
  addop(c, Op.GET_AITER);
  useNextBlock(c, start);
  pushFblock(c, FBlockType.FOR_LOOP, start, end, null);
  // SETUP_FINALLY to guard the __anext__ call
  addopJ(c, Op.SETUP_FINALLY, except);
  addop(c, Op.GET_ANEXT);
  addopLoadConst(c, NONE());
  addYieldFrom(c, true);
  addop(c, Op.POP_BLOCK); // for SETUP_FINALLY
  // Success block for __anext__
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  // Mark jump as artificial
  unsetLoc(c);
  addopJ(c, Op.JUMP, start);
  popFblock(c);
  // Except block for __anext__
  useNextBlock(c, except);
  // Use same line number as the iterator, as the END_ASYNC_FOR succeeds the `for`, not the body.
  setLoc(c, s.iter);
  addop(c, Op.END_ASYNC_FOR);
  // `else` block
  visitStmts(c, s.orelse);
  useNextBlock(c, end);
}

/** CPython 3.11: Python/compile.c compiler_while. */
function compilerWhile(c: Compiler, s: A.While): void {
  const loop = newBlock(c);
  const body = newBlock(c);
  const anchor = newBlock(c);
  const end = newBlock(c);
  useNextBlock(c, loop);
  pushFblock(c, FBlockType.WHILE_LOOP, loop, end, null);
  jumpIf(c, s.test, anchor, false);
  useNextBlock(c, body);
  visitStmts(c, s.body);
  setLoc(c, s);
  jumpIf(c, s.test, body, true);
  popFblock(c);
  useNextBlock(c, anchor);
  visitStmts(c, s.orelse);
  useNextBlock(c, end);
}

// ---------------------------------------------------------------------------------------------
// try
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/compile.c compiler_try_finally. */
function compilerTryFinally(c: Compiler, s: A.Try): void {
  tryFinally(c, s, compilerTryExcept);
}

/** CPython 3.11: Python/compile.c compiler_try_star_finally (the same steps as compiler_try_finally). */
function compilerTryStarFinally(c: Compiler, s: A.TryStar): void {
  tryFinally(c, s, compilerTryStarExcept);
}

/** compiler_try_finally and compiler_try_star_finally: the body (with its handlers), then the `finally` block twice. */
function tryFinally<S extends A.Try | A.TryStar>(c: Compiler, s: S, tryExcept: (c: Compiler, s: S) => void): void {
  const body = newBlock(c);
  const end = newBlock(c);
  const exit = newBlock(c);
  const cleanup = newBlock(c);
  // `try` block
  addopJ(c, Op.SETUP_FINALLY, end);
  useNextBlock(c, body);
  pushFblock(c, FBlockType.FINALLY_TRY, body, end, s.finalbody);
  if (s.handlers.length) tryExcept(c, s);
  else visitStmts(c, s.body);
  addopNoline(c, Op.POP_BLOCK);
  popFblock(c);
  visitStmts(c, s.finalbody);
  addopJNoline(c, Op.JUMP, exit);
  // `finally` block
  useNextBlock(c, end);
  unsetLoc(c);
  addopJ(c, Op.SETUP_CLEANUP, cleanup);
  addop(c, Op.PUSH_EXC_INFO);
  pushFblock(c, FBlockType.FINALLY_END, end, null, null);
  visitStmts(c, s.finalbody);
  popFblock(c);
  addopI(c, Op.RERAISE, 0);
  useNextBlock(c, cleanup);
  popExceptAndReraise(c);
  useNextBlock(c, exit);
}

/** CPython 3.11: Python/compile.c compiler_try_except. */
function compilerTryExcept(c: Compiler, s: A.Try): void {
  const body = newBlock(c);
  let except = newBlock(c);
  const end = newBlock(c);
  const cleanup = newBlock(c);
  addopJ(c, Op.SETUP_FINALLY, except);
  useNextBlock(c, body);
  pushFblock(c, FBlockType.TRY_EXCEPT, body, null, null);
  visitStmts(c, s.body);
  popFblock(c);
  addopNoline(c, Op.POP_BLOCK);
  if (s.orelse.length) visitStmts(c, s.orelse);
  addopJNoline(c, Op.JUMP, end);
  const n = s.handlers.length;
  useNextBlock(c, except);

  unsetLoc(c);
  addopJ(c, Op.SETUP_CLEANUP, cleanup);
  addop(c, Op.PUSH_EXC_INFO);
  // Runtime will push a block here, so we need to account for that
  pushFblock(c, FBlockType.EXCEPTION_HANDLER, null, null, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i];
    setLoc(c, handler);
    if (!handler.type && i < n - 1) compilerError(c, "default 'except:' must be last");
    except = newBlock(c);
    if (handler.type) {
      visitExpr(c, handler.type);
      addop(c, Op.CHECK_EXC_MATCH);
      addopJ(c, Op.POP_JUMP_IF_FALSE, except);
    }
    if (handler.name) {
      const cleanupEnd = newBlock(c);
      const cleanupBody = newBlock(c);
      nameop(c, handler.name, 'Store');
      // try: body finally: name = None; del name  (in case body contains "del name")
      addopJ(c, Op.SETUP_CLEANUP, cleanupEnd);
      useNextBlock(c, cleanupBody);
      pushFblock(c, FBlockType.HANDLER_CLEANUP, cleanupBody, null, handler.name);
      visitStmts(c, handler.body);
      popFblock(c);
      // name = None; del name; # Mark as artificial
      unsetLoc(c);
      addop(c, Op.POP_BLOCK);
      addop(c, Op.POP_BLOCK);
      addop(c, Op.POP_EXCEPT);
      addopLoadConst(c, NONE());
      nameop(c, handler.name, 'Store');
      nameop(c, handler.name, 'Del');
      addopJ(c, Op.JUMP, end);
      // except:
      useNextBlock(c, cleanupEnd);
      unsetLoc(c);
      addopLoadConst(c, NONE());
      nameop(c, handler.name, 'Store');
      nameop(c, handler.name, 'Del');
      addopI(c, Op.RERAISE, 1);
    } else {
      const cleanupBody = newBlock(c);
      addop(c, Op.POP_TOP); // exc_value
      useNextBlock(c, cleanupBody);
      pushFblock(c, FBlockType.HANDLER_CLEANUP, cleanupBody, null, null);
      visitStmts(c, handler.body);
      popFblock(c);
      unsetLoc(c);
      addop(c, Op.POP_BLOCK);
      addop(c, Op.POP_EXCEPT);
      addopJ(c, Op.JUMP, end);
    }
    useNextBlock(c, except);
  }
  // Mark as artificial
  unsetLoc(c);
  popFblock(c);
  addopI(c, Op.RERAISE, 0);
  useNextBlock(c, cleanup);
  popExceptAndReraise(c);
  useNextBlock(c, end);
}

/** CPython 3.11: Python/compile.c compiler_try_star_except. */
function compilerTryStarExcept(c: Compiler, s: A.TryStar): void {
  const body = newBlock(c);
  let except = newBlock(c);
  const orelse = newBlock(c);
  const end = newBlock(c);
  const cleanup = newBlock(c);
  const reraiseStar = newBlock(c);

  addopJ(c, Op.SETUP_FINALLY, except);
  useNextBlock(c, body);
  pushFblock(c, FBlockType.TRY_EXCEPT, body, null, null);
  visitStmts(c, s.body);
  popFblock(c);
  addopNoline(c, Op.POP_BLOCK);
  addopJNoline(c, Op.JUMP, orelse);
  const n = s.handlers.length;
  useNextBlock(c, except);

  unsetLoc(c);
  addopJ(c, Op.SETUP_CLEANUP, cleanup);
  addop(c, Op.PUSH_EXC_INFO);
  // Runtime will push a block here, so we need to account for that
  pushFblock(c, FBlockType.EXCEPTION_GROUP_HANDLER, null, null, 'except handler');
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i];
    setLoc(c, handler);
    except = newBlock(c);
    const exceptWithError = newBlock(c);
    const noMatch = newBlock(c);
    if (i === 0) {
      // Push the original EG into the stack, and an empty list for raised/reraised exceptions.
      addopI(c, Op.COPY, 1);
      addopI(c, Op.BUILD_LIST, 0);
      addopI(c, Op.SWAP, 2);
    }
    if (handler.type) {
      visitExpr(c, handler.type);
      addop(c, Op.CHECK_EG_MATCH);
      addopI(c, Op.COPY, 1);
      addopJ(c, Op.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = newBlock(c);
    const cleanupBody = newBlock(c);
    if (handler.name) nameop(c, handler.name, 'Store');
    else addop(c, Op.POP_TOP); // match
    // second try:
    addopJ(c, Op.SETUP_CLEANUP, cleanupEnd);
    useNextBlock(c, cleanupBody);
    pushFblock(c, FBlockType.HANDLER_CLEANUP, cleanupBody, null, handler.name);
    visitStmts(c, handler.body);
    popFblock(c);
    // name = None; del name; # Mark as artificial
    unsetLoc(c);
    addop(c, Op.POP_BLOCK);
    if (handler.name) {
      addopLoadConst(c, NONE());
      nameop(c, handler.name, 'Store');
      nameop(c, handler.name, 'Del');
    }
    addopJ(c, Op.JUMP, except);
    // except:
    useNextBlock(c, cleanupEnd);
    unsetLoc(c);
    if (handler.name) {
      addopLoadConst(c, NONE());
      nameop(c, handler.name, 'Store');
      nameop(c, handler.name, 'Del');
    }
    // add exception raised to the res list
    addopI(c, Op.LIST_APPEND, 3); // exc
    addop(c, Op.POP_TOP); // lasti
    addopJ(c, Op.JUMP, exceptWithError);
    useNextBlock(c, except);
    addop(c, Op.NOP); // to hold a propagated location info
    addopJ(c, Op.JUMP, exceptWithError);
    useNextBlock(c, noMatch);
    addop(c, Op.POP_TOP); // match (None)
    useNextBlock(c, exceptWithError);
    if (i === n - 1) {
      // Add exc to the list (if not None it's the unhandled part of the EG)
      addopI(c, Op.LIST_APPEND, 1);
      addopJ(c, Op.JUMP, reraiseStar);
    }
  }
  // Mark as artificial
  unsetLoc(c);
  popFblock(c);
  const reraise = newBlock(c);
  useNextBlock(c, reraiseStar);
  addop(c, Op.PREP_RERAISE_STAR);
  addopI(c, Op.COPY, 1);
  addopJ(c, Op.POP_JUMP_IF_NOT_NONE, reraise);
  // Nothing to reraise
  addop(c, Op.POP_TOP);
  addop(c, Op.POP_BLOCK);
  addop(c, Op.POP_EXCEPT);
  addopJ(c, Op.JUMP, end);
  useNextBlock(c, reraise);
  addop(c, Op.POP_BLOCK);
  addopI(c, Op.SWAP, 2);
  addop(c, Op.POP_EXCEPT);
  addopI(c, Op.RERAISE, 0);
  useNextBlock(c, cleanup);
  popExceptAndReraise(c);
  useNextBlock(c, orelse);
  visitStmts(c, s.orelse);
  useNextBlock(c, end);
}

// ---------------------------------------------------------------------------------------------
// imports
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/compile.c compiler_import_as. */
function compilerImportAs(c: Compiler, name: string, asname: string): void {
  // IMPORT_NAME was already generated; bind the result, walking the dotted components.
  let dot = name.indexOf('.');
  if (dot !== -1) {
    for (;;) {
      const pos = dot + 1;
      dot = name.indexOf('.', pos);
      const attr = name.slice(pos, dot !== -1 ? dot : name.length);
      addopN(c, Op.IMPORT_FROM, attr);
      if (dot === -1) break;
      addopI(c, Op.SWAP, 2);
      addop(c, Op.POP_TOP);
    }
    nameop(c, asname, 'Store');
    addop(c, Op.POP_TOP);
    return;
  }
  nameop(c, asname, 'Store');
}

/** CPython 3.11: Python/compile.c compiler_import. */
function compilerImport(c: Compiler, s: A.Import): void {
  for (const alias of s.names) {
    addopLoadConst(c, { t: 'int', v: 0n });
    addopLoadConst(c, NONE());
    addopName(c, Op.IMPORT_NAME, alias.name);
    if (alias.asname) {
      compilerImportAs(c, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf('.');
      nameop(c, dot !== -1 ? alias.name.slice(0, dot) : alias.name, 'Store');
    }
  }
}

/** CPython 3.11: Python/compile.c compiler_from_import. */
function compilerFromImport(c: Compiler, s: A.ImportFrom): void {
  addopLoadConst(c, { t: 'int', v: BigInt(s.level) });
  const names = s.names.map((a) => ({ t: 'str' as const, v: a.name }));
  if (s.lineno > c.future.ff_lineno && s.module === '__future__') {
    compilerError(c, 'from __future__ imports must occur at the beginning of the file');
  }
  addopLoadConst(c, { t: 'tuple', items: names });
  addopName(c, Op.IMPORT_NAME, s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name[0] === '*') {
      addop(c, Op.IMPORT_STAR);
      return;
    }
    addopName(c, Op.IMPORT_FROM, alias.name);
    nameop(c, alias.asname ?? alias.name, 'Store');
  }
  // remove imported module
  addop(c, Op.POP_TOP);
}

// ---------------------------------------------------------------------------------------------
// simple statements
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/compile.c compiler_assert. */
function compilerAssert(c: Compiler, s: A.Assert): void {
  // Always emit a warning if the test is a non-zero length tuple
  if ((s.test._type === 'Tuple' && s.test.elts.length > 0) ||
      (s.test._type === 'Constant' && s.test.value.t === 'tuple' && s.test.value.items.length > 0)) {
    compilerWarn(c, 'assertion is always true, perhaps remove parentheses?');
  }
  if (c.optimize) return;
  const end = newBlock(c);
  jumpIf(c, s.test, end, true);
  addop(c, Op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    visitExpr(c, s.msg);
    addopI(c, Op.PRECALL, 0);
    addopI(c, Op.CALL, 0);
  }
  addopI(c, Op.RAISE_VARARGS, 1);
  useNextBlock(c, end);
}

/** CPython 3.11: Python/compile.c compiler_visit_stmt_expr. */
function compilerVisitStmtExpr(c: Compiler, value: A.expr): void {
  if (c.interactive && c.nestlevel <= 1) {
    visitExpr(c, value);
    addop(c, Op.PRINT_EXPR);
    return;
  }
  if (value._type === 'Constant') {
    // ignore constant statement
    addop(c, Op.NOP);
    return;
  }
  visitExpr(c, value);
  // Mark POP_TOP as artificial
  unsetLoc(c);
  addop(c, Op.POP_TOP);
}

/** CPython 3.11: Python/compile.c compiler_augassign. */
function compilerAugassign(c: Compiler, s: A.AugAssign): void {
  const e = s.target;
  const old = saveLoc(c);
  setLoc(c, e);
  switch (e._type) {
    case 'Attribute':
      visitExpr(c, e.value);
      addopI(c, Op.COPY, 1);
      updateStartLocationToMatchAttr(c, e);
      addopName(c, Op.LOAD_ATTR, e.attr);
      break;
    case 'Subscript':
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      addopI(c, Op.COPY, 2);
      addopI(c, Op.COPY, 2);
      addop(c, Op.BINARY_SUBSCR);
      break;
    case 'Name':
      nameop(c, e.id, 'Load');
      break;
    default:
      throw new Error(`invalid node type (${e._type}) for augmented assignment`);
  }
  setLoc(c, old);
  visitExpr(c, s.value);
  addopBinary(c, s.op, true);
  setLoc(c, e);
  switch (e._type) {
    case 'Attribute':
      updateStartLocationToMatchAttr(c, e);
      addopI(c, Op.SWAP, 2);
      addopName(c, Op.STORE_ATTR, e.attr);
      break;
    case 'Subscript':
      addopI(c, Op.SWAP, 3);
      addopI(c, Op.SWAP, 2);
      addop(c, Op.STORE_SUBSCR);
      break;
    case 'Name':
      nameop(c, e.id, 'Store');
      break;
  }
}

/** CPython 3.11: Python/compile.c check_ann_expr. */
function checkAnnExpr(c: Compiler, e: A.expr): void {
  visitExpr(c, e);
  addop(c, Op.POP_TOP);
}

/** CPython 3.11: Python/compile.c check_annotation. */
function checkAnnotation(c: Compiler, s: A.AnnAssign): void {
  // Annotations of complex targets does not produce anything under annotations future
  if (c.future.ff_features & CO.FUTURE_ANNOTATIONS) return;
  // Annotations are only evaluated in a module or class.
  if (c.u.scopeType === ScopeType.MODULE || c.u.scopeType === ScopeType.CLASS) {
    checkAnnExpr(c, s.annotation);
  }
}

/** CPython 3.11: Python/compile.c check_ann_subscr. */
function checkAnnSubscr(c: Compiler, e: A.expr): void {
  // We check that everything in a subscript is defined at runtime.
  switch (e._type) {
    case 'Slice':
      if (e.lower) checkAnnExpr(c, e.lower);
      if (e.upper) checkAnnExpr(c, e.upper);
      if (e.step) checkAnnExpr(c, e.step);
      return;
    case 'Tuple':
      for (const elt of e.elts) checkAnnSubscr(c, elt);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

/** CPython 3.11: Python/compile.c compiler_annassign. */
function compilerAnnassign(c: Compiler, s: A.AnnAssign): void {
  const targ = s.target;
  // We perform the actual assignment first.
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  switch (targ._type) {
    case 'Name':
      forbiddenName(c, targ.id, 'Store');
      // If we have a simple name in a module or class, store annotation.
      if (s.simple && (c.u.scopeType === ScopeType.MODULE || c.u.scopeType === ScopeType.CLASS)) {
        if (c.future.ff_features & CO.FUTURE_ANNOTATIONS) {
          addopLoadConst(c, { t: 'str', v: unparseAnnotation(s.annotation) });
        } else {
          visitExpr(c, s.annotation);
        }
        addopName(c, Op.LOAD_NAME, '__annotations__');
        addopLoadConst(c, { t: 'str', v: mangleName(c, targ.id) });
        addop(c, Op.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      forbiddenName(c, targ.attr, 'Store');
      if (!s.value) checkAnnExpr(c, targ.value);
      break;
    case 'Subscript':
      if (!s.value) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      throw new Error(`invalid node type (${targ._type}) for annotated assignment`);
  }
  // Annotation is evaluated last.
  if (!s.simple) checkAnnotation(c, s);
}

function mangleName(c: Compiler, name: string): string {
  return mangle(c.u.private, name);
}

// ---------------------------------------------------------------------------------------------
// with
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/compile.c compiler_with_except_finish. */
function withExceptFinish(c: Compiler, cleanup: ReturnType<typeof newBlock>): void {
  unsetLoc(c);
  const exit = newBlock(c);
  addopJ(c, Op.POP_JUMP_IF_TRUE, exit);
  addopI(c, Op.RERAISE, 2);
  useNextBlock(c, cleanup);
  popExceptAndReraise(c);
  useNextBlock(c, exit);
  addop(c, Op.POP_TOP); // exc_value
  addop(c, Op.POP_BLOCK);
  addop(c, Op.POP_EXCEPT);
  addop(c, Op.POP_TOP);
  addop(c, Op.POP_TOP);
}

/** CPython 3.11: Python/compile.c compiler_async_with. */
function compilerAsyncWith(c: Compiler, s: A.AsyncWith, pos: number): void {
  const item = s.items[pos];
  if (isTopLevelAwait(c)) {
    c.u.ste.coroutine = true;
  } else if (c.u.scopeType !== ScopeType.ASYNC_FUNCTION) {
    compilerError(c, "'async with' outside async function");
  }
  const block = newBlock(c);
  const final = newBlock(c);
  const exit = newBlock(c);
  const cleanup = newBlock(c);
  // Evaluate EXPR
  visitExpr(c, item.context_expr);
  addop(c, Op.BEFORE_ASYNC_WITH);
  addopI(c, Op.GET_AWAITABLE, 1);
  addopLoadConst(c, NONE());
  addYieldFrom(c, true);
  addopJ(c, Op.SETUP_WITH, final);
  // SETUP_WITH pushes a finally block.
  useNextBlock(c, block);
  pushFblock(c, FBlockType.ASYNC_WITH, block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else addop(c, Op.POP_TOP); // Discard result from context.__aenter__()
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compilerAsyncWith(c, s, pos);
  popFblock(c);
  addop(c, Op.POP_BLOCK);
  // End of body; start the cleanup. For successful outcome: call __exit__(None, None, None)
  setLoc(c, s);
  callExitWithNones(c);
  addopI(c, Op.GET_AWAITABLE, 2);
  addopLoadConst(c, NONE());
  addYieldFrom(c, true);
  addop(c, Op.POP_TOP);
  addopJ(c, Op.JUMP, exit);
  // For exceptional outcome:
  useNextBlock(c, final);
  addopJ(c, Op.SETUP_CLEANUP, cleanup);
  addop(c, Op.PUSH_EXC_INFO);
  addop(c, Op.WITH_EXCEPT_START);
  addopI(c, Op.GET_AWAITABLE, 2);
  addopLoadConst(c, NONE());
  addYieldFrom(c, true);
  withExceptFinish(c, cleanup);
  useNextBlock(c, exit);
}

/** CPython 3.11: Python/compile.c compiler_with. */
function compilerWith(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos];
  const block = newBlock(c);
  const final = newBlock(c);
  const exit = newBlock(c);
  const cleanup = newBlock(c);
  // Evaluate EXPR
  visitExpr(c, item.context_expr);
  // Will push bound __exit__
  addop(c, Op.BEFORE_WITH);
  addopJ(c, Op.SETUP_WITH, final);
  // SETUP_WITH pushes a finally block.
  useNextBlock(c, block);
  pushFblock(c, FBlockType.WITH, block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else addop(c, Op.POP_TOP); // Discard result from context.__enter__()
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compilerWith(c, s, pos);
  // Mark all following code as artificial
  unsetLoc(c);
  addop(c, Op.POP_BLOCK);
  popFblock(c);
  // End of body; start the cleanup. For successful outcome: call __exit__(None, None, None)
  setLoc(c, s);
  callExitWithNones(c);
  addop(c, Op.POP_TOP);
  addopJ(c, Op.JUMP, exit);
  // For exceptional outcome:
  useNextBlock(c, final);
  addopJ(c, Op.SETUP_CLEANUP, cleanup);
  addop(c, Op.PUSH_EXC_INFO);
  addop(c, Op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  useNextBlock(c, exit);
}
