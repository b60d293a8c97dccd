/**
 * CPython 3.11: Python/ast_opt.c — the AST optimizer (constant folding).
 *
 * Runs over the tree in place, before the symbol table is built. Like make_const, every folded
 * value is added to the parser's arena: `OptimizeState.arena` lists those boxes in the order
 * CPython's _PyArena_AddPyObject calls happen (a box can appear twice when folding returns an
 * existing constant, e.g. `(a, b)[0]` returns the tuple's own item).
 */
import type * as A from './ast.ts';
import type { ConstValue } from './constants.ts';
import { CO } from './code.ts';
import {
  constAdd, constAnd, constFloorDiv, constGetItem, constIntValue, constInvert, constLength,
  constLshift, constMod, constMul, constNegative, constNot, constOr, constPositive, constPow,
  constRshift, constSub, frozensetItems, constTrueDiv, constXor, numBits,
} from './const_ops.ts';

/** CPython 3.11: Include/internal/pycore_compile.h _PyASTOptimizeState. */
export interface OptimizeState {
  optimize: number;
  ff_features: number;
  /** Boxes handed to _PyArena_AddPyObject by the optimizer, in order. */
  arena: ConstValue[];
}

/** Limits of Python/ast_opt.c: results larger than these are left to run time. */
const enum Limit {
  MAX_INT_SIZE = 128, // bits
  MAX_COLLECTION_SIZE = 256, // items
  MAX_STR_SIZE = 4096, // characters
  MAX_TOTAL_ITEMS = 1024, // including nested collections
}

/** CPython 3.11: Python/ast_opt.c _PyAST_Optimize. */
export function optimizeAST(mod: A.mod, state: OptimizeState): void {
  astfoldMod(mod, state);
}

// ---------------------------------------------------------------------------------------------
// node surgery
// ---------------------------------------------------------------------------------------------

/** Replace every own field of `node` by those of `from` (memcpy of the node struct). */
function copyNode(node: object, from: object): void {
  const n = node as Record<string, unknown>;
  for (const k of Object.keys(n)) delete n[k];
  Object.assign(n, from);
}

/** CPython 3.11: Python/ast_opt.c make_const — turn `node` into a Constant holding `val`. */
function makeConst(node: A.expr, val: ConstValue | null, state: OptimizeState): void {
  if (val === null) return; // the operation raised: leave the node alone
  state.arena.push(val);
  const { lineno, col_offset, end_lineno, end_col_offset } = node;
  copyNode(node, { _type: 'Constant', value: val, kind: null, lineno, col_offset, end_lineno, end_col_offset });
}

function newConstant(val: ConstValue, state: OptimizeState): A.Constant {
  state.arena.push(val);
  return { _type: 'Constant', value: val, kind: null, lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
}

function hasStarred(elts: A.expr[]): boolean {
  for (const e of elts) if (e._type === 'Starred') return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// folding
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/ast_opt.c fold_unaryop. */
function foldUnaryop(node: A.UnaryOp, state: OptimizeState): void {
  const arg = node.operand;
  if (arg._type !== 'Constant') {
    // Fold not into comparison
    if (node.op === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
      const inverted: Partial<Record<A.cmpop, A.cmpop>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
      const op = inverted[arg.ops[0]];
      if (op) {
        arg.ops[0] = op;
        copyNode(node, arg);
      }
    }
    return;
  }
  const v = arg.value;
  let r: ConstValue | null;
  switch (node.op) {
    case 'Invert': r = constInvert(v); break;
    case 'Not': r = constNot(v); break;
    case 'UAdd': r = constPositive(v); break;
    case 'USub': r = constNegative(v); break;
  }
  makeConst(node, r, state);
}

/** CPython 3.11: Python/ast_opt.c check_complexity. */
function checkComplexity(obj: ConstValue, limit: number): number {
  if (obj.t === 'tuple' || obj.t === 'frozenset') {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) limit = checkComplexity(obj.items[i], limit);
  }
  return limit;
}

/** PyLong_AsLong: null (OverflowError) outside a C long. */
function asLong(v: ConstValue): bigint | null {
  const n = constIntValue(v);
  if (n === null || n > (1n << 63n) - 1n || n < -(1n << 63n)) return null;
  return n;
}

/** PyLong_AsSize_t: null for negative or too large values. */
function asSizeT(v: ConstValue): bigint | null {
  const n = constIntValue(v);
  if (n === null || n < 0n || n >= 1n << 64n) return null;
  return n;
}

/** CPython 3.11: Python/ast_opt.c safe_multiply. */
function safeMultiply(v: ConstValue, w: ConstValue): ConstValue | null {
  const vi = constIntValue(v);
  const wi = constIntValue(w);
  if (vi !== null && wi !== null && vi !== 0n && wi !== 0n) {
    if (numBits(vi) + numBits(wi) > Limit.MAX_INT_SIZE) return null;
  } else if (vi !== null && (w.t === 'tuple' || w.t === 'frozenset')) {
    const size = w.items.length;
    if (size) {
      const n = asLong(v);
      if (n === null || n < 0n || n > BigInt(Math.floor(Limit.MAX_COLLECTION_SIZE / size))) return null;
      if (n && checkComplexity(w, Math.floor(Limit.MAX_TOTAL_ITEMS / Number(n))) < 0) return null;
    }
  } else if (vi !== null && (w.t === 'str' || w.t === 'bytes')) {
    const size = constLength(w);
    if (size) {
      const n = asLong(v);
      if (n === null || n < 0n || n > BigInt(Math.floor(Limit.MAX_STR_SIZE / size))) return null;
    }
  } else if (wi !== null && (v.t === 'tuple' || v.t === 'frozenset' || v.t === 'str' || v.t === 'bytes')) {
    return safeMultiply(w, v);
  }
  return constMul(v, w);
}

/** CPython 3.11: Python/ast_opt.c safe_power. */
function safePower(v: ConstValue, w: ConstValue): ConstValue | null {
  const vi = constIntValue(v);
  const wi = constIntValue(w);
  if (vi !== null && wi !== null && vi !== 0n && wi > 0n) {
    const wbits = asSizeT(w);
    if (wbits === null) return null;
    if (BigInt(numBits(vi)) > BigInt(Limit.MAX_INT_SIZE) / wbits) return null;
  }
  return constPow(v, w);
}

/** CPython 3.11: Python/ast_opt.c safe_lshift. */
function safeLshift(v: ConstValue, w: ConstValue): ConstValue | null {
  const vi = constIntValue(v);
  const wi = constIntValue(w);
  if (vi !== null && wi !== null && vi !== 0n && wi !== 0n) {
    const wbits = asSizeT(w);
    if (wbits === null) return null;
    const vbits = BigInt(numBits(vi));
    if (wbits > BigInt(Limit.MAX_INT_SIZE) || vbits > BigInt(Limit.MAX_INT_SIZE) - wbits) return null;
  }
  return constLshift(v, w);
}

/** CPython 3.11: Python/ast_opt.c safe_mod. */
function safeMod(v: ConstValue, w: ConstValue): ConstValue | null {
  if (v.t === 'str' || v.t === 'bytes') return null;
  return constMod(v, w);
}

/** CPython 3.11: Python/ast_opt.c parse_literal — the text up to the next lone '%'. */
function parseLiteral(fmt: string[], pos: { i: number }, state: OptimizeState): A.Constant | null {
  const start = pos.i;
  let p = start;
  let hasPercents = false;
  while (p < fmt.length) {
    if (fmt[p] !== '%') p++;
    else if (p + 1 < fmt.length && fmt[p + 1] === '%') {
      hasPercents = true;
      p += 2;
    } else break;
  }
  pos.i = p;
  if (p === start) return null;
  let str = fmt.slice(start, p).join('');
  if (hasPercents) str = str.split('%%').join('%');
  return newConstant({ t: 'str', v: str }, state);
}

const MAXDIGITS = 3;

interface FormatArg { spec: string; ljust: boolean; width: number; prec: number }

/** CPython 3.11: Python/ast_opt.c simple_format_arg_parse. */
function simpleFormatArgParse(fmt: string[], pos: { i: number }): FormatArg | null {
  let p = pos.i;
  let ch = '';
  const nextc = (): boolean => {
    if (p >= fmt.length) return false;
    ch = fmt[p++];
    return true;
  };
  let ljust = false;
  for (;;) {
    if (!nextc()) return null;
    if (ch === '-') { ljust = true; continue; }
    if (ch === '+' || ch === ' ' || ch === '#' || ch === '0') continue;
    break;
  }
  let width = -1;
  let prec = -1;
  if (ch >= '0' && ch <= '9') {
    width = 0;
    let digits = 0;
    while (ch >= '0' && ch <= '9') {
      width = width * 10 + (ch.charCodeAt(0) - 48);
      if (!nextc()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === '.') {
    if (!nextc()) return null;
    prec = 0;
    if (ch >= '0' && ch <= '9') {
      let digits = 0;
      while (ch >= '0' && ch <= '9') {
        prec = prec * 10 + (ch.charCodeAt(0) - 48);
        if (!nextc()) return null;
        if (++digits >= MAXDIGITS) return null;
      }
    }
  }
  pos.i = p;
  return { spec: ch, ljust, width, prec };
}

/** CPython 3.11: Python/ast_opt.c parse_format — one %s/%r/%a unit as a FormattedValue. */
function parseFormat(fmt: string[], pos: { i: number }, arg: A.expr, state: OptimizeState): A.FormattedValue | null {
  const f = simpleFormatArgParse(fmt, pos);
  if (f === null) return null;
  if (f.spec !== 's' && f.spec !== 'r' && f.spec !== 'a') return null;
  let buf = '';
  if (!f.ljust && f.width > 0) buf += '>';
  if (f.width >= 0) buf += String(f.width);
  if (f.prec >= 0) buf += '.' + String(f.prec);
  const formatSpec = buf !== '' ? newConstant({ t: 'str', v: buf }, state) : null;
  return {
    _type: 'FormattedValue', value: arg, conversion: f.spec.charCodeAt(0), format_spec: formatSpec,
    lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset,
  };
}

/** CPython 3.11: Python/ast_opt.c optimize_format — `'%s' % (a,)` becomes an f-string. */
function optimizeFormat(node: A.BinOp, fmtStr: string, elts: A.expr[], state: OptimizeState): void {
  const fmt = Array.from(fmtStr);
  const pos = { i: 0 };
  let cnt = 0;
  const seq: A.expr[] = [];
  for (;;) {
    const lit = parseLiteral(fmt, pos, state);
    if (lit) seq.push(lit);
    if (pos.i >= fmt.length) break;
    if (cnt >= elts.length) return; // more format units than items
    pos.i++;
    const expr = parseFormat(fmt, pos, elts[cnt], state);
    cnt++;
    if (!expr) return;
    seq.push(expr);
  }
  if (cnt < elts.length) return; // more items than format units
  const { lineno, col_offset, end_lineno, end_col_offset } = node;
  copyNode(node, { _type: 'JoinedStr', values: seq, lineno, col_offset, end_lineno, end_col_offset });
}

/** CPython 3.11: Python/ast_opt.c fold_binop. */
function foldBinop(node: A.BinOp, state: OptimizeState): void {
  const lhs = node.left;
  const rhs = node.right;
  if (lhs._type !== 'Constant') return;
  const lv = lhs.value;
  if (node.op === 'Mod' && rhs._type === 'Tuple' && lv.t === 'str' && !hasStarred(rhs.elts)) {
    optimizeFormat(node, lv.v, rhs.elts, state);
    return;
  }
  if (rhs._type !== 'Constant') return;
  const rv = rhs.value;
  let r: ConstValue | null;
  switch (node.op) {
    case 'Add': r = constAdd(lv, rv); break;
    case 'Sub': r = constSub(lv, rv); break;
    case 'Mult': r = safeMultiply(lv, rv); break;
    case 'Div': r = constTrueDiv(lv, rv); break;
    case 'FloorDiv': r = constFloorDiv(lv, rv); break;
    case 'Mod': r = safeMod(lv, rv); break;
    case 'Pow': r = safePower(lv, rv); break;
    case 'LShift': r = safeLshift(lv, rv); break;
    case 'RShift': r = constRshift(lv, rv); break;
    case 'BitOr': r = constOr(lv, rv); break;
    case 'BitXor': r = constXor(lv, rv); break;
    case 'BitAnd': r = constAnd(lv, rv); break;
    case 'MatMult': return; // no builtin constant implements @
  }
  makeConst(node, r, state);
}

/** CPython 3.11: Python/ast_opt.c make_const_tuple. */
function makeConstTuple(elts: A.expr[]): ConstValue | null {
  const items: ConstValue[] = [];
  for (const e of elts) {
    if (e._type !== 'Constant') return null;
    items.push(e.value);
  }
  return { t: 'tuple', items };
}

/** CPython 3.11: Python/ast_opt.c fold_tuple. */
function foldTuple(node: A.Tuple, state: OptimizeState): void {
  if (node.ctx !== 'Load') return;
  makeConst(node, makeConstTuple(node.elts), state);
}

/** CPython 3.11: Python/ast_opt.c fold_subscr. */
function foldSubscr(node: A.Subscript, state: OptimizeState): void {
  const arg = node.value;
  const idx = node.slice;
  if (node.ctx !== 'Load' || arg._type !== 'Constant' || idx._type !== 'Constant') return;
  makeConst(node, constGetItem(arg.value, idx.value), state);
}

/** CPython 3.11: Python/ast_opt.c fold_iter — literal list/set to tuple/frozenset. */
function foldIter(arg: A.expr, state: OptimizeState): void {
  let newval: ConstValue | null;
  if (arg._type === 'List') {
    if (hasStarred(arg.elts)) return;
    (arg as unknown as A.Tuple)._type = 'Tuple';
    newval = makeConstTuple(arg.elts);
  } else if (arg._type === 'Set') {
    const t = makeConstTuple(arg.elts);
    newval = t && t.t === 'tuple' ? { t: 'frozenset', items: frozensetItems(t.items) } : null;
  } else {
    return;
  }
  makeConst(arg, newval, state);
}

/** CPython 3.11: Python/ast_opt.c fold_compare. */
function foldCompare(node: A.Compare, state: OptimizeState): void {
  const i = node.ops.length - 1;
  const op = node.ops[i];
  if (op === 'In' || op === 'NotIn') foldIter(node.comparators[i], state);
}

// ---------------------------------------------------------------------------------------------
// the walk
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/ast.c _PyAST_GetDocString. */
export function getDocString(body: A.stmt[]): ConstValue | null {
  if (!body.length) return null;
  const st = body[0];
  if (st._type !== 'Expr') return null;
  const e = st.value;
  if (e._type === 'Constant' && e.value.t === 'str') return e.value;
  return null;
}

/** CPython 3.11: Python/ast_opt.c astfold_body. */
function astfoldBody(stmts: A.stmt[], state: OptimizeState): void {
  const docstring = getDocString(stmts) !== null;
  for (const s of stmts) astfoldStmt(s, state);
  if (!docstring && getDocString(stmts) !== null) {
    // A folded constant string is not a docstring: wrap it so that it stays an expression.
    const st = stmts[0] as A.Expr;
    st.value = {
      _type: 'JoinedStr', values: [st.value],
      lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset,
    };
  }
}

function astfoldMod(mod: A.mod, state: OptimizeState): void {
  switch (mod._type) {
    case 'Module': astfoldBody(mod.body, state); break;
    case 'Interactive': for (const s of mod.body) astfoldStmt(s, state); break;
    case 'Expression': astfoldExpr(mod.body, state); break;
    case 'FunctionType': break;
  }
}

function exprs(seq: (A.expr | null)[], state: OptimizeState): void {
  for (const e of seq) if (e !== null) astfoldExpr(e, state);
}

function stmts(seq: A.stmt[], state: OptimizeState): void {
  for (const s of seq) astfoldStmt(s, state);
}

function optExpr(e: A.expr | null, state: OptimizeState): void {
  if (e !== null) astfoldExpr(e, state);
}

/** CPython 3.11: Python/ast_opt.c astfold_expr. */
function astfoldExpr(node: A.expr, state: OptimizeState): void {
  switch (node._type) {
    case 'BoolOp': exprs(node.values, state); break;
    case 'BinOp':
      astfoldExpr(node.left, state);
      astfoldExpr(node.right, state);
      foldBinop(node, state);
      break;
    case 'UnaryOp':
      astfoldExpr(node.operand, state);
      foldUnaryop(node, state);
      break;
    case 'Lambda':
      astfoldArguments(node.args, state);
      astfoldExpr(node.body, state);
      break;
    case 'IfExp':
      astfoldExpr(node.test, state);
      astfoldExpr(node.body, state);
      astfoldExpr(node.orelse, state);
      break;
    case 'Dict':
      exprs(node.keys, state);
      exprs(node.values, state);
      break;
    case 'Set': exprs(node.elts, state); break;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      astfoldExpr(node.elt, state);
      for (const g of node.generators) astfoldComprehension(g, state);
      break;
    case 'DictComp':
      astfoldExpr(node.key, state);
      astfoldExpr(node.value, state);
      for (const g of node.generators) astfoldComprehension(g, state);
      break;
    case 'Await': astfoldExpr(node.value, state); break;
    case 'Yield': optExpr(node.value, state); break;
    case 'YieldFrom': astfoldExpr(node.value, state); break;
    case 'Compare':
      astfoldExpr(node.left, state);
      exprs(node.comparators, state);
      foldCompare(node, state);
      break;
    case 'Call':
      astfoldExpr(node.func, state);
      exprs(node.args, state);
      for (const k of node.keywords) astfoldExpr(k.value, state);
      break;
    case 'FormattedValue':
      astfoldExpr(node.value, state);
      optExpr(node.format_spec, state);
      break;
    case 'JoinedStr': exprs(node.values, state); break;
    case 'Attribute': astfoldExpr(node.value, state); break;
    case 'Subscript':
      astfoldExpr(node.value, state);
      astfoldExpr(node.slice, state);
      foldSubscr(node, state);
      break;
    case 'Starred': astfoldExpr(node.value, state); break;
    case 'Slice':
      optExpr(node.lower, state);
      optExpr(node.upper, state);
      optExpr(node.step, state);
      break;
    case 'List': exprs(node.elts, state); break;
    case 'Tuple':
      exprs(node.elts, state);
      foldTuple(node, state);
      break;
    case 'Name':
      if (node.ctx === 'Load' && node.id === '__debug__') {
        makeConst(node, { t: 'bool', v: !state.optimize }, state);
      }
      break;
    case 'NamedExpr': astfoldExpr(node.value, state); break;
    case 'Constant': break;
  }
}

/** CPython 3.11: Python/ast_opt.c astfold_comprehension. */
function astfoldComprehension(node: A.comprehension, state: OptimizeState): void {
  astfoldExpr(node.target, state);
  astfoldExpr(node.iter, state);
  exprs(node.ifs, state);
  foldIter(node.iter, state);
}

/** CPython 3.11: Python/ast_opt.c astfold_arguments. */
function astfoldArguments(node: A.arguments, state: OptimizeState): void {
  for (const a of node.posonlyargs) astfoldArg(a, state);
  for (const a of node.args) astfoldArg(a, state);
  if (node.vararg) astfoldArg(node.vararg, state);
  for (const a of node.kwonlyargs) astfoldArg(a, state);
  exprs(node.kw_defaults, state);
  if (node.kwarg) astfoldArg(node.kwarg, state);
  exprs(node.defaults, state);
}

/** CPython 3.11: Python/ast_opt.c astfold_arg. */
function astfoldArg(node: A.arg, state: OptimizeState): void {
  if (!(state.ff_features & CO.FUTURE_ANNOTATIONS)) optExpr(node.annotation, state);
}

/** CPython 3.11: Python/ast_opt.c astfold_stmt. */
function astfoldStmt(node: A.stmt, state: OptimizeState): void {
  switch (node._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      astfoldArguments(node.args, state);
      astfoldBody(node.body, state);
      exprs(node.decorator_list, state);
      if (!(state.ff_features & CO.FUTURE_ANNOTATIONS)) optExpr(node.returns, state);
      break;
    case 'ClassDef':
      exprs(node.bases, state);
      for (const k of node.keywords) astfoldExpr(k.value, state);
      astfoldBody(node.body, state);
      exprs(node.decorator_list, state);
      break;
    case 'Return': optExpr(node.value, state); break;
    case 'Delete': exprs(node.targets, state); break;
    case 'Assign':
      exprs(node.targets, state);
      astfoldExpr(node.value, state);
      break;
    case 'AugAssign':
      astfoldExpr(node.target, state);
      astfoldExpr(node.value, state);
      break;
    case 'AnnAssign':
      astfoldExpr(node.target, state);
      if (!(state.ff_features & CO.FUTURE_ANNOTATIONS)) astfoldExpr(node.annotation, state);
      optExpr(node.value, state);
      break;
    case 'For':
      astfoldExpr(node.target, state);
      astfoldExpr(node.iter, state);
      stmts(node.body, state);
      stmts(node.orelse, state);
      foldIter(node.iter, state);
      break;
    case 'AsyncFor':
      astfoldExpr(node.target, state);
      astfoldExpr(node.iter, state);
      stmts(node.body, state);
      stmts(node.orelse, state);
      break;
    case 'While':
      astfoldExpr(node.test, state);
      stmts(node.body, state);
      stmts(node.orelse, state);
      break;
    case 'If':
      astfoldExpr(node.test, state);
      stmts(node.body, state);
      stmts(node.orelse, state);
      break;
    case 'With':
    case 'AsyncWith':
      for (const item of node.items) {
        astfoldExpr(item.context_expr, state);
        optExpr(item.optional_vars, state);
      }
      stmts(node.body, state);
      break;
    case 'Raise':
      optExpr(node.exc, state);
      optExpr(node.cause, state);
      break;
    case 'Try':
    case 'TryStar':
      stmts(node.body, state);
      for (const h of node.handlers) {
        optExpr(h.type, state);
        stmts(h.body, state);
      }
      stmts(node.orelse, state);
      stmts(node.finalbody, state);
      break;
    case 'Assert':
      astfoldExpr(node.test, state);
      optExpr(node.msg, state);
      break;
    case 'Expr': astfoldExpr(node.value, state); break;
    case 'Match':
      astfoldExpr(node.subject, state);
      for (const c of node.cases) {
        astfoldPattern(c.pattern, state);
        optExpr(c.guard, state);
        stmts(c.body, state);
      }
      break;
    case 'Import':
    case 'ImportFrom':
    case 'Global':
    case 'Nonlocal':
    case 'Pass':
    case 'Break':
    case 'Continue':
      break;
  }
}

/** CPython 3.11: Python/ast_opt.c astfold_pattern. */
function astfoldPattern(node: A.pattern, state: OptimizeState): void {
  switch (node._type) {
    case 'MatchValue': astfoldExpr(node.value, state); break;
    case 'MatchSingleton': break;
    case 'MatchSequence': for (const p of node.patterns) astfoldPattern(p, state); break;
    case 'MatchMapping':
      exprs(node.keys, state);
      for (const p of node.patterns) astfoldPattern(p, state);
      break;
    case 'MatchClass':
      astfoldExpr(node.cls, state);
      for (const p of node.patterns) astfoldPattern(p, state);
      for (const p of node.kwd_patterns) astfoldPattern(p, state);
      break;
    case 'MatchStar': break;
    case 'MatchAs': if (node.pattern) astfoldPattern(node.pattern, state); break;
    case 'MatchOr': for (const p of node.patterns) astfoldPattern(p, state); break;
  }
}

