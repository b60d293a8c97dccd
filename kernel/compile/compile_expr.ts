/**
 * CPython 3.11: Python/compile.c — code generation for expressions.
 */
import type * as A from './ast.ts';
import type { ConstValue } from './constants.ts';
import type { BasicBlock } from './instr.ts';
import { Cmp, FormatValue, NB, Op } from './opcodes.ts';
import { BlockType, DEF } from './symtable.ts';
import {
  addConst, addop, addopI, addopINoline, addopJ, addopJNoline, addopLoadConst, addopName, compilerError,
  compilerWarn, enterScope, exitScope, FBlockType, forbiddenName, nameop, newBlock, NONE, popFblock,
  pushFblock, ScopeType, setLoc, useNextBlock, type Compiler,
} from './compiler.ts';
import { compilerLambda, makeClosure } from './compile.ts';
import { isTopLevelAwait } from './compile_stmt.ts';
import { assemble } from './assemble.ts';
import { frozensetItems } from './const_ops.ts';

/** A soft limit for stack use, to avoid excessive memory use for large constants, etc. */
const STACK_USE_GUIDELINE = 30;

const enum Comp {
  GENEXP = 0,
  LISTCOMP = 1,
  SETCOMP = 2,
  DICTCOMP = 3,
}

/** CPython 3.11: Python/compile.c compiler_visit_expr — keeps the location of the enclosing node. */
export function visitExpr(c: Compiler, e: A.expr): void {
  const u = c.u;
  const lineno = u.lineno;
  const endLineno = u.end_lineno;
  const colOffset = u.col_offset;
  const endColOffset = u.end_col_offset;
  u.lineno = e.lineno;
  u.col_offset = e.col_offset;
  u.end_lineno = e.end_lineno;
  u.end_col_offset = e.end_col_offset;
  visitExpr1(c, e);
  // The unit may have changed (a nested scope was entered and left); restore in the current one.
  const v = c.u;
  v.lineno = lineno;
  v.end_lineno = endLineno;
  v.col_offset = colOffset;
  v.end_col_offset = endColOffset;
}

/** CPython 3.11: Python/compile.c compiler_add_yield_from. */
export function addYieldFrom(c: Compiler, isAwait: boolean): void {
  const start = newBlock(c);
  const resume = newBlock(c);
  const exit = newBlock(c);
  useNextBlock(c, start);
  addopJ(c, Op.SEND, exit);
  useNextBlock(c, resume);
  addop(c, Op.YIELD_VALUE);
  addopI(c, Op.RESUME, isAwait ? 3 : 2);
  addopJ(c, Op.JUMP_NO_INTERRUPT, start);
  useNextBlock(c, exit);
}

/** CPython 3.11: Python/compile.c addop_yield. */
function addopYield(c: Compiler): void {
  if (c.u.ste.generator && c.u.ste.coroutine) addop(c, Op.ASYNC_GEN_WRAP);
  addop(c, Op.YIELD_VALUE);
  addopI(c, Op.RESUME, 1);
}

const BINARY: Record<A.operator, [NB, NB]> = {
  Add: [NB.ADD, NB.INPLACE_ADD],
  Sub: [NB.SUBTRACT, NB.INPLACE_SUBTRACT],
  Mult: [NB.MULTIPLY, NB.INPLACE_MULTIPLY],
  MatMult: [NB.MATRIX_MULTIPLY, NB.INPLACE_MATRIX_MULTIPLY],
  Div: [NB.TRUE_DIVIDE, NB.INPLACE_TRUE_DIVIDE],
  Mod: [NB.REMAINDER, NB.INPLACE_REMAINDER],
  Pow: [NB.POWER, NB.INPLACE_POWER],
  LShift: [NB.LSHIFT, NB.INPLACE_LSHIFT],
  RShift: [NB.RSHIFT, NB.INPLACE_RSHIFT],
  BitOr: [NB.OR, NB.INPLACE_OR],
  BitXor: [NB.XOR, NB.INPLACE_XOR],
  BitAnd: [NB.AND, NB.INPLACE_AND],
  FloorDiv: [NB.FLOOR_DIVIDE, NB.INPLACE_FLOOR_DIVIDE],
};

/** CPython 3.11: Python/compile.c addop_binary. */
export function addopBinary(c: Compiler, binop: A.operator, inplace: boolean): void {
  addopI(c, Op.BINARY_OP, BINARY[binop][inplace ? 1 : 0]);
}

const UNARY: Record<A.unaryop, number> = {
  Invert: Op.UNARY_INVERT,
  Not: Op.UNARY_NOT,
  UAdd: Op.UNARY_POSITIVE,
  USub: Op.UNARY_NEGATIVE,
};

/** CPython 3.11: Python/compile.c compiler_addcompare. */
function addCompare(c: Compiler, op: A.cmpop): void {
  switch (op) {
    case 'Eq': addopI(c, Op.COMPARE_OP, Cmp.EQ); return;
    case 'NotEq': addopI(c, Op.COMPARE_OP, Cmp.NE); return;
    case 'Lt': addopI(c, Op.COMPARE_OP, Cmp.LT); return;
    case 'LtE': addopI(c, Op.COMPARE_OP, Cmp.LE); return;
    case 'Gt': addopI(c, Op.COMPARE_OP, Cmp.GT); return;
    case 'GtE': addopI(c, Op.COMPARE_OP, Cmp.GE); return;
    case 'Is': addopI(c, Op.IS_OP, 0); return;
    case 'IsNot': addopI(c, Op.IS_OP, 1); return;
    case 'In': addopI(c, Op.CONTAINS_OP, 0); return;
    case 'NotIn': addopI(c, Op.CONTAINS_OP, 1); return;
  }
}

/** CPython 3.11: Python/compile.c check_is_arg — false for a literal other than a named singleton. */
function checkIsArg(e: A.expr): boolean {
  if (e._type !== 'Constant') return true;
  const t = e.value.t;
  return t === 'None' || t === 'bool' || t === 'Ellipsis';
}

/** CPython 3.11: Python/compile.c check_compare — warn about `is` with a literal. */
function checkCompare(c: Compiler, e: A.Compare): void {
  let left = checkIsArg(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i];
    const right = checkIsArg(e.comparators[i]);
    if (op === 'Is' || op === 'IsNot') {
      if (!right || !left) {
        compilerWarn(c, op === 'Is'
          ? '"is" with a literal. Did you mean "=="?'
          : '"is not" with a literal. Did you mean "!="?');
        return;
      }
    }
    left = right;
  }
}

/** CPython 3.11: Python/compile.c compiler_jump_if — jump to `next` if `e` is `cond`. */
export function jumpIf(c: Compiler, e: A.expr, next: BasicBlock, cond: boolean): void {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op === 'Not') {
        jumpIf(c, e.operand, next, !cond);
        return;
      }
      break;
    case 'BoolOp': {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = newBlock(c);
      for (let i = 0; i < n; ++i) jumpIf(c, s[i], next2, cond2);
      jumpIf(c, s[n], next, cond);
      if (next2 !== next) useNextBlock(c, next2);
      return;
    }
    case 'IfExp': {
      const end = newBlock(c);
      const next2 = newBlock(c);
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      addopJNoline(c, Op.JUMP, end);
      useNextBlock(c, next2);
      jumpIf(c, e.orelse, next, cond);
      useNextBlock(c, end);
      return;
    }
    case 'Compare': {
      setLoc(c, e);
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const cleanup = newBlock(c);
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]);
          addopI(c, Op.SWAP, 2);
          addopI(c, Op.COPY, 2);
          addCompare(c, e.ops[i]);
          addopJ(c, Op.POP_JUMP_IF_FALSE, cleanup);
        }
        visitExpr(c, e.comparators[n]);
        addCompare(c, e.ops[n]);
        addopJ(c, cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
        const end = newBlock(c);
        addopJNoline(c, Op.JUMP, end);
        useNextBlock(c, cleanup);
        addop(c, Op.POP_TOP);
        if (!cond) addopJNoline(c, Op.JUMP, next);
        useNextBlock(c, end);
        return;
      }
      break;
    }
    default:
      break;
  }
  // general implementation
  visitExpr(c, e);
  addopJ(c, cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
}

/** CPython 3.11: Python/compile.c compiler_ifexp. */
function compilerIfexp(c: Compiler, e: A.IfExp): void {
  const end = newBlock(c);
  const next = newBlock(c);
  jumpIf(c, e.test, next, false);
  visitExpr(c, e.body);
  addopJNoline(c, Op.JUMP, end);
  useNextBlock(c, next);
  visitExpr(c, e.orelse);
  useNextBlock(c, end);
}

/** CPython 3.11: Python/compile.c compiler_boolop. */
function compilerBoolop(c: Compiler, e: A.BoolOp): void {
  const jumpi = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const end = newBlock(c);
  const s = e.values;
  const n = s.length - 1;
  for (let i = 0; i < n; ++i) {
    visitExpr(c, s[i]);
    addopJ(c, jumpi, end);
    useNextBlock(c, newBlock(c));
  }
  visitExpr(c, s[n]);
  useNextBlock(c, end);
}

/** CPython 3.11: Python/compile.c are_all_items_const. */
function areAllItemsConst(seq: (A.expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) {
    const key = seq[i];
    if (key === null || key._type !== 'Constant') return false;
  }
  return true;
}

/** CPython 3.11: Python/compile.c starunpack_helper — build a list, set or tuple display. */
function starunpackHelper(
  c: Compiler, elts: A.expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean,
): void {
  const n = elts.length;
  if (n > 2 && areAllItemsConst(elts, 0, n)) {
    const items = elts.map((e) => (e as A.Constant).value);
    let folded: ConstValue = { t: 'tuple', items };
    if (tuple && !pushed) {
      addopLoadConst(c, folded);
    } else {
      if (add === Op.SET_ADD) folded = { t: 'frozenset', items: frozensetItems(items) };
      addopI(c, build, pushed);
      addopLoadConst(c, folded);
      addopI(c, extend, 1);
      if (tuple) addop(c, Op.LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  let seenStar = false;
  for (const elt of elts) if (elt._type === 'Starred') seenStar = true;
  if (!seenStar && !big) {
    for (const elt of elts) visitExpr(c, elt);
    addopI(c, tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let sequenceBuilt = false;
  if (big) {
    addopI(c, build, pushed);
    sequenceBuilt = true;
  }
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === 'Starred') {
      if (!sequenceBuilt) {
        addopI(c, build, i + pushed);
        sequenceBuilt = true;
      }
      visitExpr(c, elt.value);
      addopI(c, extend, 1);
    } else {
      visitExpr(c, elt);
      if (sequenceBuilt) addopI(c, add, 1);
    }
  }
  if (tuple) addop(c, Op.LIST_TO_TUPLE);
}

/** CPython 3.11: Python/compile.c unpack_helper. */
function unpackHelper(c: Compiler, elts: A.expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === 'Starred' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) {
        compilerError(c, 'too many expressions in star-unpacking assignment');
      }
      addopI(c, Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt._type === 'Starred') {
      compilerError(c, 'multiple starred expressions in assignment');
    }
  }
  if (!seenStar) addopI(c, Op.UNPACK_SEQUENCE, n);
}

/** CPython 3.11: Python/compile.c assignment_helper. */
function assignmentHelper(c: Compiler, elts: A.expr[]): void {
  unpackHelper(c, elts);
  for (const elt of elts) visitExpr(c, elt._type !== 'Starred' ? elt : elt.value);
}

/** CPython 3.11: Python/compile.c compiler_list / compiler_tuple. */
function compilerSequence(c: Compiler, e: A.List | A.Tuple): void {
  const elts = e.elts;
  if (e.ctx === 'Store') assignmentHelper(c, elts);
  else if (e.ctx === 'Load') {
    starunpackHelper(c, elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, e._type === 'Tuple');
  } else {
    for (const elt of elts) visitExpr(c, elt);
  }
}

/** CPython 3.11: Python/compile.c compiler_subdict. */
function compilerSubdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big && areAllItemsConst(e.keys, begin, end)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]);
    const keys: ConstValue[] = [];
    for (let i = begin; i < end; i++) keys.push((e.keys[i] as A.Constant).value);
    addopLoadConst(c, { t: 'tuple', items: keys });
    addopI(c, Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) addopI(c, Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]);
    if (big) addopI(c, Op.MAP_ADD, 1);
  }
  if (!big) addopI(c, Op.BUILD_MAP, n);
}

/** CPython 3.11: Python/compile.c compiler_dict. */
function compilerDict(c: Compiler, e: A.Dict): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    const isUnpacking = e.keys[i] === null;
    if (isUnpacking) {
      if (elements) {
        compilerSubdict(c, e, i - elements, i);
        if (haveDict) addopI(c, Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        addopI(c, Op.BUILD_MAP, 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]);
      addopI(c, Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      compilerSubdict(c, e, i - elements, i + 1);
      if (haveDict) addopI(c, Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    compilerSubdict(c, e, n - elements, n);
    if (haveDict) addopI(c, Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) addopI(c, Op.BUILD_MAP, 0);
}

/** CPython 3.11: Python/compile.c compiler_compare. */
function compilerCompare(c: Compiler, e: A.Compare): void {
  checkCompare(c, e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    addCompare(c, e.ops[0]);
    return;
  }
  const cleanup = newBlock(c);
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    addopI(c, Op.SWAP, 2);
    addopI(c, Op.COPY, 2);
    addCompare(c, e.ops[i]);
    addopJ(c, Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visitExpr(c, e.comparators[n]);
  addCompare(c, e.ops[n]);
  const end = newBlock(c);
  addopJNoline(c, Op.JUMP, end);
  useNextBlock(c, cleanup);
  addopI(c, Op.SWAP, 2);
  addop(c, Op.POP_TOP);
  useNextBlock(c, end);
}

/** CPython 3.11: Python/compile.c infer_type — the type name of a literal-ish expression. */
function inferType(e: A.expr): string | null {
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List':
    case 'ListComp': return 'list';
    case 'Dict':
    case 'DictComp': return 'dict';
    case 'Set':
    case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr':
    case 'FormattedValue': return 'str';
    case 'Constant': return constTypeName(e.value);
    default: return null;
  }
}

function constTypeName(v: ConstValue): string {
  switch (v.t) {
    case 'None': return 'NoneType';
    case 'Ellipsis': return 'ellipsis';
    case 'code': return 'code';
    default: return v.t;
  }
}

/** CPython 3.11: Python/compile.c check_caller. */
function checkCaller(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case 'Constant':
    case 'Tuple':
    case 'List':
    case 'ListComp':
    case 'Dict':
    case 'DictComp':
    case 'Set':
    case 'SetComp':
    case 'GeneratorExp':
    case 'JoinedStr':
    case 'FormattedValue':
      compilerWarn(c, `'${inferType(e)}' object is not callable; perhaps you missed a comma?`);
  }
}

/** CPython 3.11: Python/compile.c check_subscripter. */
function checkSubscripter(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case 'Constant': {
      const t = e.value.t;
      if (!(t === 'None' || t === 'Ellipsis' || t === 'int' || t === 'bool' || t === 'float' ||
            t === 'complex' || t === 'frozenset')) return;
      compilerWarn(c, `'${inferType(e)}' object is not subscriptable; perhaps you missed a comma?`);
      return;
    }
    case 'Set':
    case 'SetComp':
    case 'GeneratorExp':
    case 'Lambda':
      compilerWarn(c, `'${inferType(e)}' object is not subscriptable; perhaps you missed a comma?`);
  }
}

/** CPython 3.11: Python/compile.c check_index. */
function checkIndex(c: Compiler, e: A.expr, s: A.expr): void {
  const indexType = inferType(s);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return;
  switch (e._type) {
    case 'Constant': {
      const t = e.value.t;
      if (!(t === 'str' || t === 'bytes' || t === 'tuple')) return;
      compilerWarn(c, `${inferType(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
      return;
    }
    case 'Tuple':
    case 'List':
    case 'ListComp':
    case 'JoinedStr':
    case 'FormattedValue':
      compilerWarn(c, `${inferType(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
  }
}

/** CPython 3.11: Python/compile.c is_import_originated — a module-level name bound by import. */
function isImportOriginated(c: Compiler, e: A.expr): boolean {
  if (e._type !== 'Name') return false;
  return (c.st.top.getSymbol(e.id) & DEF.IMPORT) !== 0;
}

/** CPython 3.11: Python/compile.c update_start_location_to_match_attr. */
export function updateStartLocationToMatchAttr(c: Compiler, attr: A.Attribute): void {
  const u = c.u;
  if (u.lineno !== attr.end_lineno) {
    u.lineno = attr.end_lineno;
    const len = attr.attr.length;
    if (len <= attr.end_col_offset) {
      u.col_offset = attr.end_col_offset - len;
    } else {
      // GH-94694: Somebody's compiling weird ASTs. Just drop the columns:
      u.col_offset = -1;
      u.end_col_offset = -1;
    }
    // Make sure the end position still follows the start position, even for weird ASTs:
    u.end_lineno = Math.max(u.lineno, u.end_lineno);
    if (u.lineno === u.end_lineno) u.end_col_offset = Math.max(u.col_offset, u.end_col_offset);
  }
}

/** CPython 3.11: Python/compile.c maybe_optimize_method_call — LOAD_METHOD for `obj.meth(...)`. */
function maybeOptimizeMethodCall(c: Compiler, e: A.Call): boolean {
  const meth = e.func;
  const args = e.args;
  const kwds = e.keywords;
  // Check that the call node is an attribute access
  if (meth._type !== 'Attribute' || meth.ctx !== 'Load') return false;
  // Check that the base object is not something that is imported
  if (isImportOriginated(c, meth.value)) return false;
  // Check that there aren't too many arguments
  const argsl = args.length;
  const kwdsl = kwds.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  // Check that there are no *varargs types of arguments.
  for (const elt of args) if (elt._type === 'Starred') return false;
  for (const kw of kwds) if (kw.arg === null) return false;
  // Alright, we can optimize the code.
  visitExpr(c, meth.value);
  setLoc(c, meth);
  updateStartLocationToMatchAttr(c, meth);
  addopName(c, Op.LOAD_METHOD, meth.attr);
  for (const a of args) visitExpr(c, a);
  if (kwdsl) {
    for (const kw of kwds) visitExpr(c, kw.value);
    callSimpleKwHelper(c, kwds, kwdsl);
  }
  setLoc(c, e);
  updateStartLocationToMatchAttr(c, meth);
  addopI(c, Op.PRECALL, argsl + kwdsl);
  addopI(c, Op.CALL, argsl + kwdsl);
  return true;
}

/** CPython 3.11: Python/compile.c validate_keywords. */
function validateKeywords(c: Compiler, keywords: A.keyword[]): void {
  const n = keywords.length;
  for (let i = 0; i < n; i++) {
    const key = keywords[i];
    if (key.arg === null) continue;
    forbiddenName(c, key.arg, 'Store');
    for (let j = i + 1; j < n; j++) {
      const other = keywords[j];
      if (other.arg !== null && other.arg === key.arg) {
        setLoc(c, other);
        compilerError(c, `keyword argument repeated: ${key.arg}`);
      }
    }
  }
}

/** CPython 3.11: Python/compile.c compiler_call. */
function compilerCall(c: Compiler, e: A.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  checkCaller(c, e.func);
  setLoc(c, e.func);
  addop(c, Op.PUSH_NULL);
  setLoc(c, e);
  visitExpr(c, e.func);
  callHelper(c, 0, e.args, e.keywords);
}

/** CPython 3.11: Python/compile.c compiler_joined_str. */
function compilerJoinedStr(c: Compiler, e: A.JoinedStr): void {
  const valueCount = e.values.length;
  if (valueCount > STACK_USE_GUIDELINE) {
    addopLoadConst(c, { t: 'str', v: '' });
    addopName(c, Op.LOAD_METHOD, 'join');
    addopI(c, Op.BUILD_LIST, 0);
    for (const v of e.values) {
      visitExpr(c, v);
      addopI(c, Op.LIST_APPEND, 1);
    }
    addopI(c, Op.PRECALL, 1);
    addopI(c, Op.CALL, 1);
  } else {
    for (const v of e.values) visitExpr(c, v);
    if (valueCount !== 1) addopI(c, Op.BUILD_STRING, valueCount);
  }
}

/** CPython 3.11: Python/compile.c compiler_formatted_value. */
function compilerFormattedValue(c: Compiler, e: A.FormattedValue): void {
  // The expression to be formatted.
  visitExpr(c, e.value);
  let oparg: number;
  switch (e.conversion) {
    case 115: oparg = FormatValue.FVC_STR; break; // 's'
    case 114: oparg = FormatValue.FVC_REPR; break; // 'r'
    case 97: oparg = FormatValue.FVC_ASCII; break; // 'a'
    case -1: oparg = FormatValue.FVC_NONE; break;
    default: throw new Error(`Unrecognized conversion character ${e.conversion}`);
  }
  if (e.format_spec) {
    // Evaluate the format spec, and update our opcode arg.
    visitExpr(c, e.format_spec);
    oparg |= FormatValue.FVS_HAVE_SPEC;
  }
  addopI(c, Op.FORMAT_VALUE, oparg);
}

/** CPython 3.11: Python/compile.c compiler_subkwargs. */
function compilerSubkwargs(c: Compiler, keywords: A.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i].value);
    const keys: ConstValue[] = [];
    for (let i = begin; i < end; i++) keys.push({ t: 'str', v: keywords[i].arg! });
    addopLoadConst(c, { t: 'tuple', items: keys });
    addopI(c, Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) addopINoline(c, Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    const kw = keywords[i];
    addopLoadConst(c, { t: 'str', v: kw.arg! });
    visitExpr(c, kw.value);
    if (big) addopINoline(c, Op.MAP_ADD, 1);
  }
  if (!big) addopI(c, Op.BUILD_MAP, n);
}

/** CPython 3.11: Python/compile.c compiler_call_simple_kw_helper — KW_NAMES before CALL. */
function callSimpleKwHelper(c: Compiler, keywords: A.keyword[], nkwelts: number): void {
  const names: ConstValue[] = [];
  for (let i = 0; i < nkwelts; i++) names.push({ t: 'str', v: keywords[i].arg! });
  const arg = addConst(c, { t: 'tuple', items: names });
  addopI(c, Op.KW_NAMES, arg);
}

/** CPython 3.11: Python/compile.c compiler_call_helper — shared by calls and class definitions. */
export function callHelper(c: Compiler, n: number, args: A.expr[], keywords: A.keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  let exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
  if (!exCall) for (const elt of args) if (elt._type === 'Starred') exCall = true;
  if (!exCall) for (const kw of keywords) if (kw.arg === null) exCall = true;
  if (!exCall) {
    // No * or ** args, so can use faster calling sequence
    for (const elt of args) visitExpr(c, elt);
    if (nkwelts) {
      for (const kw of keywords) visitExpr(c, kw.value);
      callSimpleKwHelper(c, keywords, nkwelts);
    }
    addopI(c, Op.PRECALL, n + nelts + nkwelts);
    addopI(c, Op.CALL, n + nelts + nkwelts);
    return;
  }
  // Do positional arguments.
  if (n === 0 && nelts === 1 && args[0]._type === 'Starred') {
    visitExpr(c, args[0].value);
  } else {
    starunpackHelper(c, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  // Then keyword arguments
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0; // the number of keyword arguments on the stack following
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i];
      if (kw.arg === null) {
        // A keyword argument unpacking.
        if (nseen) {
          compilerSubkwargs(c, keywords, i - nseen, i);
          if (haveDict) addopI(c, Op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          addopI(c, Op.BUILD_MAP, 0);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        addopI(c, Op.DICT_MERGE, 1);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      // Pack up any trailing keyword arguments.
      compilerSubkwargs(c, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) addopI(c, Op.DICT_MERGE, 1);
      haveDict = true;
    }
  }
  addopI(c, Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// comprehensions
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/compile.c compiler_comprehension_generator. */
function comprehensionGenerator(
  c: Compiler, generators: A.comprehension[], genIndex: number, depth: number,
  elt: A.expr, val: A.expr | null, type: Comp,
): void {
  const gen = generators[genIndex];
  if (gen.is_async) asyncComprehensionGenerator(c, generators, genIndex, depth, elt, val, type);
  else syncComprehensionGenerator(c, generators, genIndex, depth, elt, val, type);
}

/** The innermost step of a comprehension: yield, append, add or store the element. */
function comprehensionElement(c: Compiler, elt: A.expr, val: A.expr | null, type: Comp, depth: number): void {
  switch (type) {
    case Comp.GENEXP:
      visitExpr(c, elt);
      addopYield(c);
      addop(c, Op.POP_TOP);
      break;
    case Comp.LISTCOMP:
      visitExpr(c, elt);
      addopI(c, Op.LIST_APPEND, depth + 1);
      break;
    case Comp.SETCOMP:
      visitExpr(c, elt);
      addopI(c, Op.SET_ADD, depth + 1);
      break;
    case Comp.DICTCOMP:
      // With '{k: v}', k is evaluated before v, so we do the same.
      visitExpr(c, elt);
      visitExpr(c, val!);
      addopI(c, Op.MAP_ADD, depth + 1);
      break;
  }
}

/** CPython 3.11: Python/compile.c compiler_sync_comprehension_generator. */
function syncComprehensionGenerator(
  c: Compiler, generators: A.comprehension[], genIndex: number, depth: number,
  elt: A.expr, val: A.expr | null, type: Comp,
): void {
  let start: BasicBlock | null = newBlock(c);
  const ifCleanup = newBlock(c);
  const anchor = newBlock(c);
  const gen = generators[genIndex];
  if (genIndex === 0) {
    // Receive outermost iter as an implicit argument
    c.u.argcount = 1;
    addopI(c, Op.LOAD_FAST, 0);
  } else {
    // Sub-iter - calculate on the fly. Fast path for `for y in [f(x)]`:
    let elts: A.expr[] | null = null;
    if (gen.iter._type === 'List' || gen.iter._type === 'Tuple') elts = gen.iter.elts;
    if (elts !== null && elts.length === 1) {
      const e = elts[0];
      if (e._type !== 'Starred') {
        visitExpr(c, e);
        start = null;
      }
    }
    if (start) {
      visitExpr(c, gen.iter);
      addop(c, Op.GET_ITER);
    }
  }
  if (start) {
    depth++;
    useNextBlock(c, start);
    addopJ(c, Op.FOR_ITER, anchor);
  }
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, e, ifCleanup, false);
  if (++genIndex < generators.length) {
    comprehensionGenerator(c, generators, genIndex, depth, elt, val, type);
  }
  // only append after the last for generator
  if (genIndex >= generators.length) comprehensionElement(c, elt, val, type, depth);
  useNextBlock(c, ifCleanup);
  if (start) {
    addopJ(c, Op.JUMP, start);
    useNextBlock(c, anchor);
  }
}

/** CPython 3.11: Python/compile.c compiler_async_comprehension_generator. */
function asyncComprehensionGenerator(
  c: Compiler, generators: A.comprehension[], genIndex: number, depth: number,
  elt: A.expr, val: A.expr | null, type: Comp,
): void {
  const start = newBlock(c);
  const except = newBlock(c);
  const ifCleanup = newBlock(c);
  const gen = generators[genIndex];
  if (genIndex === 0) {
    // Receive outermost iter as an implicit argument
    c.u.argcount = 1;
    addopI(c, Op.LOAD_FAST, 0);
  } else {
    // Sub-iter - calculate on the fly
    visitExpr(c, gen.iter);
    addop(c, Op.GET_AITER);
  }
  useNextBlock(c, start);
  // Runtime will push a block here, so we need to account for that
  pushFblock(c, FBlockType.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
  addopJ(c, Op.SETUP_FINALLY, except);
  addop(c, Op.GET_ANEXT);
  addopLoadConst(c, NONE());
  addYieldFrom(c, true);
  addop(c, Op.POP_BLOCK);
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, e, ifCleanup, false);
  depth++;
  if (++genIndex < generators.length) {
    comprehensionGenerator(c, generators, genIndex, depth, elt, val, type);
  }
  // only append after the last for generator
  if (genIndex >= generators.length) comprehensionElement(c, elt, val, type, depth);
  useNextBlock(c, ifCleanup);
  addopJ(c, Op.JUMP, start);
  popFblock(c);
  useNextBlock(c, except);
  addop(c, Op.END_ASYNC_FOR);
}

/** CPython 3.11: Python/compile.c compiler_comprehension — a nested function called at once. */
function compilerComprehension(
  c: Compiler, e: A.expr, type: Comp, name: string, generators: A.comprehension[],
  elt: A.expr, val: A.expr | null,
): void {
  const scopeType = c.u.scopeType;
  const topLevelAwait = isTopLevelAwait(c);
  const outermost = generators[0];
  enterScope(c, name, ScopeType.COMPREHENSION, e, e.lineno);
  setLoc(c, e);
  const isAsyncGenerator = c.u.ste.coroutine;
  if (isAsyncGenerator && type !== Comp.GENEXP && scopeType !== ScopeType.ASYNC_FUNCTION &&
      scopeType !== ScopeType.COMPREHENSION && !topLevelAwait) {
    compilerError(c, 'asynchronous comprehension outside of an asynchronous function');
  }
  if (type !== Comp.GENEXP) {
    addopI(c, type === Comp.LISTCOMP ? Op.BUILD_LIST : type === Comp.SETCOMP ? Op.BUILD_SET : Op.BUILD_MAP, 0);
  }
  comprehensionGenerator(c, generators, 0, 0, elt, val, type);
  if (type !== Comp.GENEXP) addop(c, Op.RETURN_VALUE);
  const co = assemble(c, true);
  exitScope(c);
  if (topLevelAwait && isAsyncGenerator) c.u.ste.coroutine = true;
  makeClosure(c, co, 0);
  visitExpr(c, outermost.iter);
  addop(c, outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  addopI(c, Op.PRECALL, 0);
  addopI(c, Op.CALL, 0);
  if (isAsyncGenerator && type !== Comp.GENEXP) {
    addopI(c, Op.GET_AWAITABLE, 0);
    addopLoadConst(c, NONE());
    addYieldFrom(c, true);
  }
}

// ---------------------------------------------------------------------------------------------
// the expression switch
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/compile.c compiler_visit_expr1. */
function visitExpr1(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case 'NamedExpr':
      visitExpr(c, e.value);
      addopI(c, Op.COPY, 1);
      visitExpr(c, e.target);
      return;
    case 'BoolOp':
      compilerBoolop(c, e);
      return;
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      addopBinary(c, e.op, false);
      return;
    case 'UnaryOp':
      visitExpr(c, e.operand);
      addop(c, UNARY[e.op]);
      return;
    case 'Lambda':
      compilerLambda(c, e);
      return;
    case 'IfExp':
      compilerIfexp(c, e);
      return;
    case 'Dict':
      compilerDict(c, e);
      return;
    case 'Set':
      starunpackHelper(c, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      return;
    case 'GeneratorExp':
      compilerComprehension(c, e, Comp.GENEXP, '<genexpr>', e.generators, e.elt, null);
      return;
    case 'ListComp':
      compilerComprehension(c, e, Comp.LISTCOMP, '<listcomp>', e.generators, e.elt, null);
      return;
    case 'SetComp':
      compilerComprehension(c, e, Comp.SETCOMP, '<setcomp>', e.generators, e.elt, null);
      return;
    case 'DictComp':
      compilerComprehension(c, e, Comp.DICTCOMP, '<dictcomp>', e.generators, e.key, e.value);
      return;
    case 'Yield':
      if (c.u.ste.type !== BlockType.FunctionBlock) compilerError(c, "'yield' outside function");
      if (e.value) visitExpr(c, e.value);
      else addopLoadConst(c, NONE());
      addopYield(c);
      return;
    case 'YieldFrom':
      if (c.u.ste.type !== BlockType.FunctionBlock) compilerError(c, "'yield' outside function");
      if (c.u.scopeType === ScopeType.ASYNC_FUNCTION) compilerError(c, "'yield from' inside async function");
      visitExpr(c, e.value);
      addop(c, Op.GET_YIELD_FROM_ITER);
      addopLoadConst(c, NONE());
      addYieldFrom(c, false);
      return;
    case 'Await':
      if (!isTopLevelAwait(c)) {
        if (c.u.ste.type !== BlockType.FunctionBlock) compilerError(c, "'await' outside function");
        if (c.u.scopeType !== ScopeType.ASYNC_FUNCTION && c.u.scopeType !== ScopeType.COMPREHENSION) {
          compilerError(c, "'await' outside async function");
        }
      }
      visitExpr(c, e.value);
      addopI(c, Op.GET_AWAITABLE, 0);
      addopLoadConst(c, NONE());
      addYieldFrom(c, true);
      return;
    case 'Compare':
      compilerCompare(c, e);
      return;
    case 'Call':
      compilerCall(c, e);
      return;
    case 'Constant':
      addopLoadConst(c, e.value);
      return;
    case 'JoinedStr':
      compilerJoinedStr(c, e);
      return;
    case 'FormattedValue':
      compilerFormattedValue(c, e);
      return;
    // The following exprs can be assignment targets.
    case 'Attribute':
      visitExpr(c, e.value);
      updateStartLocationToMatchAttr(c, e);
      switch (e.ctx) {
        case 'Load':
          addopName(c, Op.LOAD_ATTR, e.attr);
          break;
        case 'Store':
          forbiddenName(c, e.attr, e.ctx);
          addopName(c, Op.STORE_ATTR, e.attr);
          break;
        case 'Del':
          addopName(c, Op.DELETE_ATTR, e.attr);
          break;
      }
      return;
    case 'Subscript':
      compilerSubscript(c, e);
      return;
    case 'Starred':
      if (e.ctx === 'Store') compilerError(c, 'starred assignment target must be in a list or tuple');
      compilerError(c, "can't use starred expression here");
      return;
    case 'Slice':
      compilerSlice(c, e);
      return;
    case 'Name':
      nameop(c, e.id, e.ctx);
      return;
    case 'List':
    case 'Tuple':
      compilerSequence(c, e);
      return;
  }
}

/** CPython 3.11: Python/compile.c compiler_subscript. */
function compilerSubscript(c: Compiler, e: A.Subscript): void {
  const ctx = e.ctx;
  if (ctx === 'Load') {
    checkSubscripter(c, e.value);
    checkIndex(c, e.value, e.slice);
  }
  const op = ctx === 'Load' ? Op.BINARY_SUBSCR : ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR;
  visitExpr(c, e.value);
  visitExpr(c, e.slice);
  addop(c, op);
}

/** CPython 3.11: Python/compile.c compiler_slice. */
function compilerSlice(c: Compiler, s: A.Slice): void {
  let n = 2;
  if (s.lower) visitExpr(c, s.lower);
  else addopLoadConst(c, NONE());
  if (s.upper) visitExpr(c, s.upper);
  else addopLoadConst(c, NONE());
  if (s.step) {
    n++;
    visitExpr(c, s.step);
  }
  addopI(c, Op.BUILD_SLICE, n);
}

