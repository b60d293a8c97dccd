/**
 * CPython 3.11: Grammar/python.gram, EXPRESSIONS, LITERALS, comprehensions, call arguments
 * and assignment targets.
 */
import type * as A from './ast.ts';
import type { expr, expr_context, keyword } from './ast.ts';
import * as N from './ast_nodes.ts';
import {
  type KeywordOrStarred,
  type NameDefaultPair,
  type StarEtc,
  deleteStarredExprs,
  emptyArguments,
  extractStarredExprs,
  makeArguments,
  setExprContext,
} from './action_helpers.ts';
import type { ConstValue } from './constants.ts';
import type { Parser } from './parser.ts';
import type { Token } from './tokenizer.ts';
import { Tok } from './tokens.ts';
import { concatenateStrings } from './string_parser.ts';
import { raiseError } from './pegen_errors.ts';
import * as I from './parser_invalid.ts';

/** Memo keys (per token position). */
export const enum Rule {
  DISJUNCTION = 1,
  EXPRESSION,
  ARGUMENTS,
}

// ---------------------------------------------------------------------------------------------
// expressions
// ---------------------------------------------------------------------------------------------

/**
 * The rest of `','.item+ [',']` after its first element: items while a comma is followed by
 * one; a trailing comma is consumed (pegen's _gather rules followed by an optional ',').
 */
function commaSeparatedRest(p: Parser, first: expr, item: (p: Parser) => expr | null): expr[] {
  const elts: expr[] = [first];
  for (;;) {
    const m = p.mark;
    if (!p.expect(Tok.COMMA)) break;
    const c = item(p);
    if (c === null) {
      p.mark = m + 1;
      break;
    }
    elts.push(c);
  }
  return elts;
}

/** expressions: expression (',' expression)+ [','] | expression ',' | expression */
export function expressions(p: Parser): expr | null {
  const s = p.startToken();
  const a = expression(p);
  if (a === null) return null;
  if (!p.at(Tok.COMMA)) return a;
  const elts = commaSeparatedRest(p, a, expression);
  return N.Tuple(elts, 'Load', s, p.lastToken());
}

/** expression (memo): invalid_expression | invalid_legacy_expression | disjunction 'if' ... | disjunction | lambdef */
export function expression(p: Parser): expr | null {
  if (p.errorPass) {
    // As in CPython, the memo does not record whether the invalid rules were on: a result
    // found under expression_without_invalid is reused with them on, and the reverse.
    const memo = p.memoGet(Rule.EXPRESSION);
    if (memo !== undefined) {
      p.mark = memo.end;
      return memo.node as expr | null;
    }
    const m = p.mark;
    if (p.callInvalidRules) {
      I.invalidExpression(p);
      I.invalidLegacyExpression(p);
    }
    const r = expressionWithoutInvalid(p);
    p.memoSet(m, Rule.EXPRESSION, r);
    return r;
  }
  return expressionWithoutInvalid(p);
}

/** expression_without_invalid: the valid alternatives of `expression`. */
export function expressionWithoutInvalid(p: Parser): expr | null {
  const s = p.startToken();
  if (s.type === Tok.KW_LAMBDA) return lambdef(p);
  const a = disjunction(p);
  if (a === null) return null;
  if (p.at(Tok.KW_IF)) {
    const m = p.mark;
    p.mark++;
    const b = disjunction(p);
    if (b !== null && p.expect(Tok.KW_ELSE)) {
      const c = expression(p);
      if (c !== null) return N.IfExp(b, a, c, s, p.lastToken());
    }
    p.mark = m;
  }
  return a;
}

/** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
export function yieldExpr(p: Parser): expr | null {
  const s = p.startToken();
  if (s.type !== Tok.KW_YIELD) return null;
  const m = p.mark;
  p.mark++;
  if (p.expect(Tok.KW_FROM)) {
    const a = expression(p);
    if (a !== null) return N.YieldFrom(a, s, p.lastToken());
    p.mark = m + 1;
  }
  const a = starExpressions(p);
  return N.Yield(a, s, p.lastToken());
}

/** star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression */
export function starExpressions(p: Parser): expr | null {
  const s = p.startToken();
  const a = starExpression(p);
  if (a === null) return null;
  if (!p.at(Tok.COMMA)) return a;
  const elts = commaSeparatedRest(p, a, starExpression);
  return N.Tuple(elts, 'Load', s, p.lastToken());
}

/** star_expression: '*' bitwise_or | expression */
export function starExpression(p: Parser): expr | null {
  const s = p.startToken();
  if (s.type === Tok.STAR) {
    const m = p.mark;
    p.mark++;
    const a = bitwiseOr(p);
    if (a !== null) return N.Starred(a, 'Load', s, p.lastToken());
    p.mark = m;
  }
  return expression(p);
}

/** star_named_expressions: ','.star_named_expression+ [','] */
export function starNamedExpressions(p: Parser): expr[] | null {
  const a = starNamedExpression(p);
  if (a === null) return null;
  return commaSeparatedRest(p, a, starNamedExpression);
}

/** star_named_expression: '*' bitwise_or | named_expression */
export function starNamedExpression(p: Parser): expr | null {
  const s = p.startToken();
  if (s.type === Tok.STAR) {
    const m = p.mark;
    p.mark++;
    const a = bitwiseOr(p);
    if (a !== null) return N.Starred(a, 'Load', s, p.lastToken());
    p.mark = m;
  }
  return namedExpression(p);
}

/** assignment_expression: NAME ':=' ~ expression */
export function assignmentExpression(p: Parser): expr | null {
  const s = p.startToken();
  if (s.type !== Tok.NAME || p.peekType2() !== Tok.COLONEQUAL) return null;
  const m = p.mark;
  p.mark += 2;
  const b = expression(p);
  if (b === null) {
    p.mark = m;
    return null;
  }
  const target = N.Name(s.str, 'Store', s, s);
  return N.NamedExpr(target, b, s, p.lastToken());
}

/** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
export function namedExpression(p: Parser): expr | null {
  const a = assignmentExpression(p);
  if (a !== null) return a;
  if (p.callInvalidRules) I.invalidNamedExpression(p);
  const m = p.mark;
  const e = expression(p);
  if (e === null) return null;
  if (p.at(Tok.COLONEQUAL)) {
    p.mark = m;
    return null;
  }
  return e;
}

/** disjunction (memo): conjunction ('or' conjunction)+ | conjunction */
export function disjunction(p: Parser): expr | null {
  if (p.errorPass) {
    const memo = p.memoGet(Rule.DISJUNCTION);
    if (memo !== undefined) {
      p.mark = memo.end;
      return memo.node as expr | null;
    }
    const m = p.mark;
    const r = disjunctionRaw(p);
    p.memoSet(m, Rule.DISJUNCTION, r);
    return r;
  }
  return disjunctionRaw(p);
}

function disjunctionRaw(p: Parser): expr | null {
  return boolOpChain(p, Tok.KW_OR, 'Or', conjunction);
}

/** conjunction: inversion ('and' inversion)+ | inversion */
function conjunction(p: Parser): expr | null {
  return boolOpChain(p, Tok.KW_AND, 'And', inversion);
}

/** `operand (keyword operand)+ | operand`: one BoolOp for the whole chain, as pegen's actions build it. */
function boolOpChain(p: Parser, keyword: Tok, op: A.boolop, operand: (p: Parser) => expr | null): expr | null {
  const s = p.startToken();
  const a = operand(p);
  if (a === null) return null;
  if (!p.at(keyword)) return a;
  const values: expr[] = [a];
  for (;;) {
    const m = p.mark;
    if (!p.expect(keyword)) break;
    const c = operand(p);
    if (c === null) {
      p.mark = m;
      break;
    }
    values.push(c);
  }
  if (values.length === 1) return a;
  return N.BoolOp(op, values, s, p.lastToken());
}

/** inversion: 'not' inversion | comparison */
function inversion(p: Parser): expr | null {
  const s = p.startToken();
  if (s.type === Tok.KW_NOT) {
    const m = p.mark;
    p.mark++;
    const a = inversion(p);
    if (a !== null) return N.UnaryOp('Not', a, s, p.lastToken());
    p.mark = m;
  }
  return comparison(p);
}

/** comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
function comparison(p: Parser): expr | null {
  const s = p.startToken();
  const a = bitwiseOr(p);
  if (a === null) return null;
  let ops: A.cmpop[] | null = null;
  let comparators: expr[] | null = null;
  for (;;) {
    const m = p.mark;
    const op = compareOp(p);
    if (op === null) break;
    const b = bitwiseOr(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    if (ops === null) {
      ops = [];
      comparators = [];
    }
    ops.push(op);
    comparators!.push(b);
  }
  if (ops === null) return a;
  return N.Compare(a, ops, comparators!, s, p.lastToken());
}

/** The operator of compare_op_bitwise_or_pair, consumed; null (nothing consumed) if none. */
function compareOp(p: Parser): A.cmpop | null {
  const t = p.peek();
  switch (t.type) {
    case Tok.EQEQUAL: p.mark++; return 'Eq';
    case Tok.NOTEQUAL:
      // CPython 3.11: Parser/action_helpers.c _PyPegen_check_barry_as_flufl — '<>' is no operator.
      if (p.tok.buf[t.start] !== 0x21) return null;
      p.mark++;
      return 'NotEq';
    case Tok.LESSEQUAL: p.mark++; return 'LtE';
    case Tok.LESS: p.mark++; return 'Lt';
    case Tok.GREATEREQUAL: p.mark++; return 'GtE';
    case Tok.GREATER: p.mark++; return 'Gt';
    case Tok.KW_NOT:
      if (p.peekType2() !== Tok.KW_IN) return null;
      p.mark += 2;
      return 'NotIn';
    case Tok.KW_IN: p.mark++; return 'In';
    case Tok.KW_IS:
      if (p.peekType2() === Tok.KW_NOT) {
        // 'is' 'not' bitwise_or, else 'is' bitwise_or (which cannot start with 'not').
        p.mark += 2;
        return 'IsNot';
      }
      p.mark++;
      return 'Is';
    default:
      return null;
  }
}

/** Binary operator precedence for bitwise_or .. term (0: not a binary operator here). */
function binaryPrec(t: Tok): number {
  switch (t) {
    case Tok.VBAR: return 1;
    case Tok.CIRCUMFLEX: return 2;
    case Tok.AMPER: return 3;
    case Tok.LEFTSHIFT:
    case Tok.RIGHTSHIFT: return 4;
    case Tok.PLUS:
    case Tok.MINUS: return 5;
    case Tok.STAR:
    case Tok.SLASH:
    case Tok.DOUBLESLASH:
    case Tok.PERCENT:
    case Tok.AT: return 6;
    default: return 0;
  }
}

function binaryOp(t: Tok): A.operator {
  switch (t) {
    case Tok.VBAR: return 'BitOr';
    case Tok.CIRCUMFLEX: return 'BitXor';
    case Tok.AMPER: return 'BitAnd';
    case Tok.LEFTSHIFT: return 'LShift';
    case Tok.RIGHTSHIFT: return 'RShift';
    case Tok.PLUS: return 'Add';
    case Tok.MINUS: return 'Sub';
    case Tok.STAR: return 'Mult';
    case Tok.SLASH: return 'Div';
    case Tok.DOUBLESLASH: return 'FloorDiv';
    case Tok.PERCENT: return 'Mod';
    default: return 'MatMult';
  }
}

/**
 * bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum and term — the grammar's chain of
 * left-recursive rules (a: a op b | b), parsed by precedence climbing: each loop builds the
 * same left-leaning BinOp nodes, positioned from the rule's start token.
 */
function binary(p: Parser, minPrec: number): expr | null {
  const s = p.startToken();
  let a = factor(p);
  if (a === null) return null;
  for (;;) {
    const t = p.peekType();
    const prec = binaryPrec(t);
    if (prec === 0 || prec < minPrec) break;
    const m = p.mark;
    p.mark++;
    const b = binary(p, prec + 1);
    if (b === null) {
      p.mark = m;
      break;
    }
    a = N.BinOp(a, binaryOp(t), b, s, p.lastToken());
  }
  return a;
}

/** bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor */
export function bitwiseOr(p: Parser): expr | null {
  return binary(p, 1);
}

/** factor: '+' factor | '-' factor | '~' factor | power */
function factor(p: Parser): expr | null {
  const s = p.startToken();
  const t = s.type;
  if (t === Tok.PLUS || t === Tok.MINUS || t === Tok.TILDE) {
    const m = p.mark;
    p.mark++;
    const a = factor(p);
    if (a !== null) return N.UnaryOp(t === Tok.PLUS ? 'UAdd' : t === Tok.MINUS ? 'USub' : 'Invert', a, s, p.lastToken());
    p.mark = m;
    return null;
  }
  return power(p);
}

/** power: await_primary '**' factor | await_primary */
function power(p: Parser): expr | null {
  const s = p.startToken();
  const a = awaitPrimary(p);
  if (a === null) return null;
  if (p.at(Tok.DOUBLESTAR)) {
    const m = p.mark;
    p.mark++;
    const b = factor(p);
    if (b !== null) return N.BinOp(a, 'Pow', b, s, p.lastToken());
    p.mark = m;
  }
  return a;
}

/** await_primary: AWAIT primary | primary */
function awaitPrimary(p: Parser): expr | null {
  const s = p.startToken();
  if (s.type === Tok.AWAIT) {
    const m = p.mark;
    p.mark++;
    const a = primary(p);
    if (a !== null) return N.Await(a, s, p.lastToken());
    p.mark = m;
    return null;
  }
  return primary(p);
}

/**
 * primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' |
 * primary '[' slices ']' | atom
 */
export function primary(p: Parser): expr | null {
  const s = p.startToken();
  let a = atom(p);
  if (a === null) return null;
  for (;;) {
    const t = p.peekType();
    if (p.callInvalidRules) genexpInvalidAfterPrimary(p, t);
    let b: expr | null = null;
    if (t === Tok.DOT) b = attributeTrailer(p, a, s, 'Load');
    else if (t === Tok.LPAR) b = callTrailer(p, a, s);
    else if (t === Tok.LSQB) b = subscriptTrailer(p, a, s, 'Load');
    if (b === null) break;
    a = b;
  }
  return a;
}

/**
 * The `primary genexp` alternative comes before call and subscript: in the second pass its
 * invalid_comprehension runs at the token after every primary, and it accepts '[' and '{'
 * as well as '(' (so `x[a, b for b in c]` asks for parentheses). For '(' callTrailer tries
 * the genexp itself.
 */
function genexpInvalidAfterPrimary(p: Parser, t: Tok): void {
  if (t === Tok.LSQB || t === Tok.LBRACE) I.invalidComprehension(p);
}

/** `a '.' NAME` */
function attributeTrailer(p: Parser, a: expr, s: Token, ctx: expr_context): expr | null {
  const m = p.mark;
  p.mark++;
  const n = p.expect(Tok.NAME);
  if (n === null) {
    p.mark = m;
    return null;
  }
  return N.Attribute(a, n.str, ctx, s, n);
}

/** `a '[' slices ']'` */
function subscriptTrailer(p: Parser, a: expr, s: Token, ctx: expr_context): expr | null {
  const m = p.mark;
  p.mark++;
  const b = slices(p);
  if (b !== null) {
    const close = p.expect(Tok.RSQB);
    if (close !== null) return N.Subscript(a, b, ctx, s, close);
  }
  p.mark = m;
  return null;
}

/**
 * `a genexp` | `a '(' [arguments] ')'` — the first argument is parsed once and serves both
 * the generator expression and the argument list.
 */
function callTrailer(p: Parser, func: expr, s: Token): expr | null {
  const m = p.mark;
  const lpar = p.tokens[p.mark++];
  if (p.at(Tok.RPAR)) {
    p.mark++;
    return N.Call(func, [], [], s, p.lastToken());
  }
  let pre: Preparsed | null = null;
  const t = p.peekType();
  if (t !== Tok.STAR && t !== Tok.DOUBLESTAR && !(t === Tok.NAME && p.peekType2() === Tok.EQUAL)) {
    const first = assignmentExpressionOrExpression(p);
    if (first !== null) {
      const t2 = p.peekType();
      if (t2 === Tok.KW_FOR || t2 === Tok.ASYNC) {
        const gens = forIfClauses(p);
        if (gens !== null) {
          const close = p.expect(Tok.RPAR);
          if (close !== null) return N.Call(func, [N.GeneratorExp(first, gens, lpar, close)], [], s, close);
        }
        // The genexp alternative failed: its invalid rule, then the argument list.
        if (p.callInvalidRules) {
          p.mark = m;
          I.invalidComprehension(p);
        }
        p.mark = m + 1;
      } else if (t2 !== Tok.EQUAL) {
        pre = { node: first, end: p.mark };
      }
    }
    p.mark = m + 1;
  }
  const args = argumentsRule(p, pre);
  if (args !== null) {
    const close = p.expect(Tok.RPAR);
    if (close !== null) return N.Call(func, args.args, args.keywords, s, close);
  }
  p.mark = m;
  return null;
}

/** A first positional argument already parsed, and where it ended. */
export interface Preparsed {
  node: expr;
  end: number;
}

/** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
export function slices(p: Parser): expr | null {
  const s = p.startToken();
  const a = sliceOrStarred(p);
  if (a === null) return null;
  if (!p.at(Tok.COMMA)) {
    // A lone starred expression still makes a tuple (the second alternative).
    if (a._type === 'Starred') return N.Tuple([a], 'Load', s, p.lastToken());
    return a;
  }
  const elts = commaSeparatedRest(p, a, sliceOrStarred);
  return N.Tuple(elts, 'Load', s, p.lastToken());
}

function sliceOrStarred(p: Parser): expr | null {
  const s = p.startToken();
  const sl = slice(p);
  if (sl !== null) return sl;
  if (s.type === Tok.STAR) return starredExpression(p);
  return null;
}

/** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
function slice(p: Parser): expr | null {
  const s = p.startToken();
  const m = p.mark;
  let lower: expr | null = null;
  if (s.type !== Tok.COLON) {
    const walrus = assignmentExpression(p);
    if (walrus !== null) return walrus;
    lower = expression(p);
    if (lower === null) return null;
    if (!p.at(Tok.COLON)) {
      // The named_expression alternative.
      if (p.callInvalidRules) {
        const after = p.mark;
        p.mark = m;
        I.invalidNamedExpression(p);
        p.mark = after;
      }
      if (p.at(Tok.COLONEQUAL)) {
        p.mark = m;
        return null;
      }
      return lower;
    }
  }
  p.mark++;
  const upper = optionalExpression(p);
  let step: expr | null = null;
  if (p.expect(Tok.COLON)) step = optionalExpression(p);
  return N.Slice(lower, upper, step, s, p.lastToken());
}

function optionalExpression(p: Parser): expr | null {
  return expression(p);
}

/**
 * atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER |
 * &'(' (tuple | group | genexp) | &'[' (list | listcomp) | &'{' (dict | set | dictcomp | setcomp) | '...'
 */
export function atom(p: Parser): expr | null {
  const t = p.peek();
  switch (t.type) {
    case Tok.NAME:
      p.mark++;
      return N.Name(t.str, 'Load', t, t);
    case Tok.KW_TRUE:
      p.mark++;
      return N.Constant({ t: 'bool', v: true }, null, t, t);
    case Tok.KW_FALSE:
      p.mark++;
      return N.Constant({ t: 'bool', v: false }, null, t, t);
    case Tok.KW_NONE:
      p.mark++;
      return N.Constant({ t: 'None' }, null, t, t);
    case Tok.STRING:
      return strings(p);
    case Tok.NUMBER:
      return numberToken(p);
    case Tok.LPAR:
      return parenAtom(p);
    case Tok.LSQB:
      return bracketAtom(p);
    case Tok.LBRACE:
      return braceAtom(p);
    case Tok.ELLIPSIS:
      p.mark++;
      return N.Constant({ t: 'Ellipsis' }, null, t, t);
    default:
      return null;
  }
}

/** strings (memo): STRING+ */
export function strings(p: Parser): expr | null {
  const first = p.peek();
  if (first.type !== Tok.STRING) return null;
  if (first.memoStringsEnd >= 0) {
    // Parsed before: the same node, so each literal makes its constant once.
    p.mark = first.memoStringsEnd;
    return first.memoStrings;
  }
  const toks: Token[] = [];
  while (p.at(Tok.STRING)) toks.push(p.tokens[p.mark++]);
  const r = concatenateStrings(p, toks);
  first.memoStrings = r;
  first.memoStringsEnd = p.mark;
  return r;
}

/** CPython 3.11: Parser/pegen.c _PyPegen_number_token */
function numberToken(p: Parser): expr {
  const t = p.tokens[p.mark++];
  const text = p.tok.text(t.start, t.end);
  const v = parseNumber(p, text, t);
  return N.Constant(p.addConst(v), null, t, t);
}

/** CPython 3.11: Objects/longobject.c _PY_LONG_MAX_STR_DIGITS_THRESHOLD default limit */
const INT_MAX_STR_DIGITS = 4300;

/** CPython 3.11: Parser/pegen.c parsenumber */
function parseNumber(p: Parser, raw: string, t: Token): ConstValue {
  // Plain decimal integers are the common case.
  let plain = raw.length < 16;
  for (let i = 0; plain && i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x30 || c > 0x39) plain = false;
  }
  if (plain) return { t: 'int', v: BigInt(Number(raw)) };
  const s = raw.indexOf('_') >= 0 ? raw.replace(/_/g, '') : raw;
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x6a || last === 0x4a) return { t: 'complex', real: 0, imag: Number(s.slice(0, -1)) };
  if (s.length > 1 && s[0] === '0') {
    const k = s[1];
    if (k === 'x' || k === 'X') return { t: 'int', v: BigInt('0x' + s.slice(2)) };
    if (k === 'o' || k === 'O') return { t: 'int', v: BigInt('0o' + s.slice(2)) };
    if (k === 'b' || k === 'B') return { t: 'int', v: BigInt('0b' + s.slice(2)) };
  }
  if (/[.eE]/.test(s)) return { t: 'float', v: Number(s) };
  const digits = s.replace(/^0+(?=\d)/, '');
  if (digits.length > INT_MAX_STR_DIGITS) {
    raiseError(
      p, 'SyntaxError', t.lineno, -1, t.end_lineno, -1,
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; ` +
        'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals ' +
        'to avoid decimal conversion limits.',
    );
  }
  return { t: 'int', v: BigInt(s) };
}

/** &'(' (tuple | group | genexp) */
function parenAtom(p: Parser): expr | null {
  const m = p.mark;
  const s = p.tokens[p.mark++];
  if (p.at(Tok.RPAR)) {
    p.mark++;
    return N.Tuple([], 'Load', s, p.lastToken());
  }
  if (p.at(Tok.KW_YIELD)) {
    // group: '(' yield_expr ')'
    const y = yieldExpr(p);
    if (y !== null && p.expect(Tok.RPAR)) return y;
    p.mark = m;
    return parenInvalid(p);
  }
  const first = starNamedExpression(p);
  if (first !== null) {
    const t = p.peekType();
    if (t === Tok.COMMA) {
      // tuple: '(' star_named_expression ',' [star_named_expressions] ')'
      p.mark++;
      const elts: expr[] = [first];
      if (!p.at(Tok.RPAR)) {
        const rest = starNamedExpressions(p);
        if (rest !== null) for (const e of rest) elts.push(e);
      }
      const close = p.expect(Tok.RPAR);
      if (close !== null) return N.Tuple(elts, 'Load', s, close);
    } else if (t === Tok.RPAR) {
      // group: '(' named_expression ')'
      if (first._type !== 'Starred') {
        p.mark++;
        return first;
      }
    } else if ((t === Tok.KW_FOR || t === Tok.ASYNC) && first._type !== 'Starred') {
      p.mark = m;
      const g = genexp(p);
      if (g !== null) return g;
    }
  }
  p.mark = m;
  return parenInvalid(p);
}

/** The invalid_* alternatives under '(' in the second pass: invalid_group, invalid_comprehension. */
function parenInvalid(p: Parser): null {
  if (p.callInvalidRules) {
    I.invalidGroup(p);
    I.invalidComprehension(p);
  }
  return null;
}

/** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension */
export function genexp(p: Parser): expr | null {
  const s = p.startToken();
  if (s.type !== Tok.LPAR) return null;
  const m = p.mark;
  p.mark++;
  const elt = assignmentExpressionOrExpression(p);
  if (elt !== null && (p.at(Tok.KW_FOR) || p.at(Tok.ASYNC))) {
    const gens = forIfClauses(p);
    if (gens !== null) {
      const close = p.expect(Tok.RPAR);
      if (close !== null) return N.GeneratorExp(elt, gens, s, close);
    }
  }
  p.mark = m;
  if (p.callInvalidRules) I.invalidComprehension(p);
  return null;
}

/** (assignment_expression | expression !':=') */
export function assignmentExpressionOrExpression(p: Parser): expr | null {
  const a = assignmentExpression(p);
  if (a !== null) return a;
  const m = p.mark;
  const e = expression(p);
  if (e === null) return null;
  if (p.at(Tok.COLONEQUAL)) {
    p.mark = m;
    return null;
  }
  return e;
}

/** &'[' (list | listcomp) */
function bracketAtom(p: Parser): expr | null {
  const m = p.mark;
  const s = p.tokens[p.mark++];
  if (p.at(Tok.RSQB)) {
    p.mark++;
    return N.List([], 'Load', s, p.lastToken());
  }
  const first = starNamedExpression(p);
  if (first !== null) {
    const t = p.peekType();
    if ((t === Tok.KW_FOR || t === Tok.ASYNC) && first._type !== 'Starred') {
      // listcomp: '[' named_expression for_if_clauses ']'
      const gens = forIfClauses(p);
      if (gens !== null) {
        const close = p.expect(Tok.RSQB);
        if (close !== null) return N.ListComp(first, gens, s, close);
      }
    } else {
      // list: '[' [star_named_expressions] ']'
      const elts = restOfStarNamedExpressions(p, first);
      const close = p.expect(Tok.RSQB);
      if (close !== null) return N.List(elts, 'Load', s, close);
    }
  }
  p.mark = m;
  if (p.callInvalidRules) I.invalidComprehension(p);
  return null;
}

/** The rest of star_named_expressions after its first element. */
function restOfStarNamedExpressions(p: Parser, first: expr): expr[] {
  return commaSeparatedRest(p, first, starNamedExpression);
}

/** &'{' (dict | set | dictcomp | setcomp) */
function braceAtom(p: Parser): expr | null {
  const m = p.mark;
  const s = p.tokens[p.mark++];
  if (p.at(Tok.RBRACE)) {
    p.mark++;
    return N.Dict([], [], s, p.lastToken());
  }
  const r = p.at(Tok.DOUBLESTAR) ? dictRest(p, s, null, null) : braceFirst(p, s);
  if (r !== null) return r;
  // dict's second alternative, '{' invalid_double_starred_kvpairs '}', is not guarded by
  // call_invalid_rules in CPython's generated parser (only alternatives made of a single
  // invalid_* item are): it runs in the first pass too.
  p.mark = m + 1;
  I.invalidDoubleStarredKvpairs(p);
  p.mark = m;
  if (p.callInvalidRules) {
    // dictcomp's and setcomp's invalid rules.
    I.invalidDictComprehension(p);
    I.invalidComprehension(p);
    p.mark = m;
  }
  return null;
}

/** After '{' and not '**': a dict, dictcomp, set or setcomp by what follows the first item. */
function braceFirst(p: Parser, s: Token): expr | null {
  const firstMark = p.mark;
  const first = starNamedExpression(p);
  if (first === null) return null;
  const t = p.peekType();
  const isKey = first._type !== 'Starred' && !(first._type === 'NamedExpr' && p.tokens[firstMark].type !== Tok.LPAR);
  if (t === Tok.COLON && isKey) {
    p.mark++;
    const value = expression(p);
    if (value === null) return null;
    if (p.at(Tok.KW_FOR) || p.at(Tok.ASYNC)) {
      // dictcomp: '{' kvpair for_if_clauses '}'
      const gens = forIfClauses(p);
      if (gens === null) return null;
      const close = p.expect(Tok.RBRACE);
      if (close === null) return null;
      return N.DictComp(first, value, gens, s, close);
    }
    return dictRest(p, s, first, value);
  }
  if ((t === Tok.KW_FOR || t === Tok.ASYNC) && first._type !== 'Starred') {
    // setcomp: '{' named_expression for_if_clauses '}'
    const gens = forIfClauses(p);
    if (gens === null) return null;
    const close = p.expect(Tok.RBRACE);
    if (close === null) return null;
    return N.SetComp(first, gens, s, close);
  }
  // set: '{' star_named_expressions '}'
  const elts = restOfStarNamedExpressions(p, first);
  const close = p.expect(Tok.RBRACE);
  if (close === null) return null;
  return N.Set(elts, s, close);
}

/** dict: '{' [double_starred_kvpairs] '}' — from its first pair (or none yet, at '**'). */
function dictRest(p: Parser, s: Token, key: expr | null, value: expr | null): expr | null {
  const keys: (expr | null)[] = [];
  const values: expr[] = [];
  if (value !== null) {
    keys.push(key);
    values.push(value);
  } else if (!doubleStarredKvpair(p, keys, values)) {
    return null;
  }
  for (;;) {
    const m = p.mark;
    if (!p.expect(Tok.COMMA)) break;
    if (!doubleStarredKvpair(p, keys, values)) {
      p.mark = m;
      break;
    }
  }
  p.expect(Tok.COMMA);
  const close = p.expect(Tok.RBRACE);
  if (close === null) return null;
  return N.Dict(keys, values, s, close);
}

/** double_starred_kvpair: '**' bitwise_or | kvpair — appended to keys/values. */
function doubleStarredKvpair(p: Parser, keys: (expr | null)[], values: expr[]): boolean {
  const m = p.mark;
  if (p.expect(Tok.DOUBLESTAR)) {
    const a = bitwiseOr(p);
    if (a !== null) {
      keys.push(null);
      values.push(a);
      return true;
    }
    p.mark = m;
    return false;
  }
  const kv = kvpair(p);
  if (kv === null) return false;
  keys.push(kv[0]);
  values.push(kv[1]);
  return true;
}

/** kvpair: expression ':' expression */
export function kvpair(p: Parser): [expr, expr] | null {
  const m = p.mark;
  const a = expression(p);
  if (a !== null && p.expect(Tok.COLON)) {
    const b = expression(p);
    if (b !== null) return [a, b];
  }
  p.mark = m;
  return null;
}

// ---------------------------------------------------------------------------------------------
// comprehensions
// ---------------------------------------------------------------------------------------------

/** for_if_clauses: for_if_clause+ */
export function forIfClauses(p: Parser): A.comprehension[] | null {
  const out: A.comprehension[] = [];
  for (;;) {
    const c = forIfClause(p);
    if (c === null) break;
    out.push(c);
  }
  return out.length ? out : null;
}

/**
 * for_if_clause: ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)* |
 * 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target
 */
function forIfClause(p: Parser): A.comprehension | null {
  const m = p.mark;
  let isAsync = 0;
  if (p.at(Tok.ASYNC)) {
    p.mark++;
    isAsync = 1;
  }
  if (p.expect(Tok.KW_FOR)) {
    const target = starTargets(p);
    if (target !== null && p.expect(Tok.KW_IN)) {
      // Cut: after 'in' the clause either completes or fails as a whole.
      const iter = disjunction(p);
      if (iter === null) {
        p.mark = m;
        return null;
      }
      const ifs: expr[] = [];
      for (;;) {
        const m2 = p.mark;
        if (!p.expect(Tok.KW_IF)) break;
        const z = disjunction(p);
        if (z === null) {
          p.mark = m2;
          break;
        }
        ifs.push(z);
      }
      return { _type: 'comprehension', target, iter, ifs, is_async: isAsync };
    }
  }
  p.mark = m;
  if (p.callInvalidRules) I.invalidForTarget(p);
  return null;
}

// ---------------------------------------------------------------------------------------------
// lambda
// ---------------------------------------------------------------------------------------------

/** lambdef: 'lambda' [lambda_params] ':' expression */
export function lambdef(p: Parser): expr | null {
  const s = p.startToken();
  if (s.type !== Tok.KW_LAMBDA) return null;
  const m = p.mark;
  p.mark++;
  let args: A.arguments | null = null;
  if (p.callInvalidRules) I.invalidLambdaParameters(p);
  if (!p.at(Tok.COLON)) args = parameters(p, false);
  if (p.expect(Tok.COLON)) {
    const body = expression(p);
    if (body !== null) return N.Lambda(args ?? emptyArguments(), body, s, p.lastToken());
  }
  p.mark = m;
  return null;
}

// ---------------------------------------------------------------------------------------------
// parameters (def and lambda)
// ---------------------------------------------------------------------------------------------

/**
 * parameters / lambda_parameters — `def` parameters end at ')' and may be annotated;
 * lambda parameters end at ':'. The grammar's slash_no_default, slash_with_default,
 * param_no_default, param_with_default and star_etc alternatives, in one pass.
 */
export function parameters(p: Parser, isDef: boolean): A.arguments | null {
  const start = p.mark;
  const close = isDef ? Tok.RPAR : Tok.COLON;
  let plain: A.arg[] = [];
  let withDefault: NameDefaultPair[] = [];
  let slashNoDefault: A.arg[] | null = null;
  let slashWithDefault: { plainNames: A.arg[]; namesWithDefaults: NameDefaultPair[] } | null = null;
  let seenDefault = false;
  while (p.at(Tok.NAME)) {
    const a = param(p, isDef, false);
    if (a === null) break;
    let d: expr | null = null;
    if (p.at(Tok.EQUAL)) {
      if (p.callInvalidRules) I.invalidDefault(p);
      const m = p.mark;
      p.mark++;
      d = expression(p);
      if (d === null) {
        p.mark = m;
        break;
      }
    }
    if (!p.expect(Tok.COMMA) && !p.at(close)) return fail(p, start);
    if (d !== null) {
      withDefault.push({ arg: a, value: d });
      seenDefault = true;
    } else {
      if (seenDefault) return fail(p, start);
      plain.push(a);
    }
    if (p.at(Tok.SLASH)) {
      if (slashNoDefault !== null || slashWithDefault !== null) return fail(p, start);
      p.mark++;
      if (!p.expect(Tok.COMMA) && !p.at(close)) return fail(p, start);
      if (withDefault.length === 0) slashNoDefault = plain;
      else slashWithDefault = { plainNames: plain, namesWithDefaults: withDefault };
      plain = [];
      withDefault = [];
    }
  }
  let starEtc: StarEtc | null = null;
  if (p.at(Tok.STAR) || p.at(Tok.DOUBLESTAR)) {
    if (p.callInvalidRules) {
      if (isDef) I.invalidStarEtc(p);
      else I.invalidLambdaStarEtc(p);
    }
    starEtc = starEtcRule(p, isDef);
    if (starEtc === null) return fail(p, start);
  }
  if (p.mark === start) return null;
  if (slashWithDefault !== null && plain.length) return fail(p, start);
  return makeArguments(slashNoDefault, slashWithDefault, plain, withDefault, starEtc);
}

function fail(p: Parser, start: number): null {
  p.mark = start;
  return null;
}

/** param: NAME annotation? — lambda_param: NAME; with star_annotation for `*args: *Ts`. */
function param(p: Parser, isDef: boolean, starAnnotation: boolean): A.arg | null {
  const n = p.expect(Tok.NAME);
  if (n === null) return null;
  let annotation: expr | null = null;
  if (isDef && p.at(Tok.COLON)) {
    const m = p.mark;
    p.mark++;
    annotation = starAnnotation ? starExpression(p) : expression(p);
    if (annotation === null) {
      p.mark = m;
      return null;
    }
  }
  return N.arg(n.str, annotation, null, n, p.lastToken());
}

/**
 * star_etc: '*' param_no_default param_maybe_default* [kwds] |
 * '*' param_no_default_star_annotation param_maybe_default* [kwds] |
 * '*' ',' param_maybe_default+ [kwds] | kwds
 */
function starEtcRule(p: Parser, isDef: boolean): StarEtc | null {
  const close = isDef ? Tok.RPAR : Tok.COLON;
  const start = p.mark;
  let vararg: A.arg | null = null;
  const kwonly: NameDefaultPair[] = [];
  if (p.expect(Tok.STAR)) {
    if (p.at(Tok.NAME)) {
      vararg = param(p, isDef, true);
      if (vararg === null) return fail(p, start);
      if (!p.expect(Tok.COMMA) && !p.at(close)) return fail(p, start);
    } else {
      if (!p.expect(Tok.COMMA)) return fail(p, start);
      if (!p.at(Tok.NAME)) return fail(p, start);
    }
    while (p.at(Tok.NAME)) {
      const a = param(p, isDef, false);
      if (a === null) return fail(p, start);
      let d: expr | null = null;
      if (p.at(Tok.EQUAL)) {
        if (p.callInvalidRules) I.invalidDefault(p);
        p.mark++;
        d = expression(p);
        if (d === null) return fail(p, start);
      }
      if (!p.expect(Tok.COMMA) && !p.at(close)) return fail(p, start);
      kwonly.push({ arg: a, value: d });
    }
  }
  let kwarg: A.arg | null = null;
  if (p.at(Tok.DOUBLESTAR)) {
    if (p.callInvalidRules) {
      if (isDef) I.invalidKwds(p);
      else I.invalidLambdaKwds(p);
    }
    p.mark++;
    kwarg = param(p, isDef, false);
    if (kwarg === null) return fail(p, start);
    if (!p.expect(Tok.COMMA) && !p.at(close)) return fail(p, start);
  }
  if (p.mark === start) return null;
  return { vararg, kwonlyargs: kwonly, kwarg };
}

// ---------------------------------------------------------------------------------------------
// call arguments
// ---------------------------------------------------------------------------------------------

export interface CallArgs {
  args: expr[];
  keywords: keyword[];
  /** Where the `args` rule began and ended (its dummy Call node's position). */
  s: Token;
  e: Token;
}

/** arguments (memo): args [','] &')' | invalid_arguments */
export function argumentsRule(p: Parser, pre: Preparsed | null = null): CallArgs | null {
  const m = p.mark;
  if (p.errorPass) {
    const memo = p.memoGet(Rule.ARGUMENTS);
    if (memo !== undefined) {
      p.mark = memo.end;
      return memo.node as CallArgs | null;
    }
  }
  let r = args(p, pre);
  if (r !== null) {
    p.expect(Tok.COMMA);
    if (!p.at(Tok.RPAR)) r = null;
  }
  if (r === null) {
    p.mark = m;
    if (p.callInvalidRules) I.invalidArguments(p);
  }
  if (p.errorPass) p.memoSet(m, Rule.ARGUMENTS, r);
  return r;
}

/**
 * args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
 * kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
 */
export function args(p: Parser, pre: Preparsed | null = null): CallArgs | null {
  const s = p.startToken();
  const positional: expr[] = [];
  if (pre !== null) {
    positional.push(pre.node);
    p.mark = pre.end;
  }
  for (;;) {
    const m = p.mark;
    if (positional.length && !p.expect(Tok.COMMA)) break;
    const a = positionalArg(p);
    if (a === null) {
      p.mark = m;
      break;
    }
    positional.push(a);
  }
  const kw: KeywordOrStarred[] = [];
  const kwStart = p.mark;
  if (positional.length) {
    if (p.expect(Tok.COMMA)) {
      if (!kwargs(p, kw)) p.mark = kwStart;
    }
  } else if (!kwargs(p, kw)) {
    return null;
  }
  const e = p.lastToken();
  const starreds = extractStarredExprs(kw);
  return { args: starreds.length ? positional.concat(starreds) : positional, keywords: deleteStarredExprs(kw), s, e };
}

/** starred_expression | (assignment_expression | expression !':=') !'=' */
function positionalArg(p: Parser): expr | null {
  if (p.at(Tok.STAR)) return starredExpression(p);
  const m = p.mark;
  const a = assignmentExpressionOrExpression(p);
  if (a === null) return null;
  if (p.at(Tok.EQUAL)) {
    p.mark = m;
    return null;
  }
  return a;
}

/** kwargs, appended to `out`; false (nothing consumed) if there is none. */
function kwargs(p: Parser, out: KeywordOrStarred[]): boolean {
  const start = p.mark;
  // ','.kwarg_or_starred+ then optionally ',' ','.kwarg_or_double_starred+
  let n = 0;
  let doubleStarred = false;
  for (;;) {
    const m = p.mark;
    if (n && !p.expect(Tok.COMMA)) break;
    let item: KeywordOrStarred | null = null;
    if (!doubleStarred) {
      item = kwargOrStarred(p);
      if (item === null && p.at(Tok.DOUBLESTAR)) doubleStarred = true;
    }
    if (doubleStarred) item = kwargOrDoubleStarred(p);
    if (item === null) {
      p.mark = m;
      break;
    }
    out.push(item);
    n++;
  }
  if (n === 0) {
    p.mark = start;
    return false;
  }
  return true;
}

/** kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression */
function kwargOrStarred(p: Parser): KeywordOrStarred | null {
  if (p.callInvalidRules) I.invalidKwarg(p);
  const k = keywordArg(p);
  if (k !== null) return { element: k, isKeyword: true };
  if (p.at(Tok.STAR)) {
    const a = starredExpression(p);
    if (a !== null) return { element: a, isKeyword: false };
  }
  return null;
}

/** kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression */
function kwargOrDoubleStarred(p: Parser): KeywordOrStarred | null {
  if (p.callInvalidRules) I.invalidKwarg(p);
  const k = keywordArg(p);
  if (k !== null) return { element: k, isKeyword: true };
  const s = p.startToken();
  if (s.type === Tok.DOUBLESTAR) {
    const m = p.mark;
    p.mark++;
    const a = expression(p);
    if (a !== null) return { element: N.keyword(null, a, s, p.lastToken()), isKeyword: true };
    p.mark = m;
  }
  return null;
}

/** NAME '=' expression */
function keywordArg(p: Parser): keyword | null {
  const s = p.startToken();
  if (s.type !== Tok.NAME || p.peekType2() !== Tok.EQUAL) return null;
  const m = p.mark;
  p.mark += 2;
  const b = expression(p);
  if (b === null) {
    p.mark = m;
    return null;
  }
  return N.keyword(s.str, b, s, p.lastToken());
}

/** starred_expression: '*' expression */
export function starredExpression(p: Parser): expr | null {
  const s = p.startToken();
  if (s.type !== Tok.STAR) return null;
  const m = p.mark;
  p.mark++;
  const a = expression(p);
  if (a === null) {
    p.mark = m;
    return null;
  }
  return N.Starred(a, 'Load', s, p.lastToken());
}

// ---------------------------------------------------------------------------------------------
// assignment targets
// ---------------------------------------------------------------------------------------------

/** star_targets: star_target !',' | star_target (',' star_target)* [','] */
export function starTargets(p: Parser): expr | null {
  const s = p.startToken();
  const a = starTarget(p);
  if (a === null) return null;
  if (!p.at(Tok.COMMA)) return a;
  const elts: expr[] = [a];
  for (;;) {
    const m = p.mark;
    if (!p.expect(Tok.COMMA)) break;
    const c = starTarget(p);
    if (c === null) {
      p.mark = m + 1;
      break;
    }
    elts.push(c);
  }
  return N.Tuple(elts, 'Store', s, p.lastToken());
}

/** star_targets_list_seq / star_targets_tuple_seq: ','.star_target+ [','] */
function starTargetsSeq(p: Parser): { elts: expr[]; trailingComma: boolean } | null {
  const a = starTarget(p);
  if (a === null) return null;
  const elts: expr[] = [a];
  let trailingComma = false;
  for (;;) {
    const m = p.mark;
    if (!p.expect(Tok.COMMA)) break;
    const c = starTarget(p);
    if (c === null) {
      p.mark = m + 1;
      trailingComma = true;
      break;
    }
    elts.push(c);
  }
  return { elts, trailingComma };
}

/** star_target (memo): '*' (!'*' star_target) | target_with_star_atom */
export function starTarget(p: Parser): expr | null {
  const s = p.startToken();
  if (s.type === Tok.STAR) {
    const m = p.mark;
    p.mark++;
    if (!p.at(Tok.STAR)) {
      const a = starTarget(p);
      if (a !== null) return N.Starred(setExprContext(a, 'Store'), 'Store', s, p.lastToken());
    }
    p.mark = m;
    return null;
  }
  return targetWithStarAtom(p, 'Store');
}

function isTLookahead(t: Tok): boolean {
  return t === Tok.LPAR || t === Tok.LSQB || t === Tok.DOT;
}

/**
 * t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead — the target
 * forms that end in an attribute or a subscript; null (nothing consumed) otherwise.
 */
function tPrimaryTarget(p: Parser, ctx: expr_context): expr | null {
  const m = p.mark;
  const s = p.startToken();
  const first = s.type;
  if (first !== Tok.NAME && first !== Tok.LPAR && first !== Tok.LSQB && first !== Tok.LBRACE &&
      first !== Tok.STRING && first !== Tok.NUMBER && first !== Tok.KW_TRUE && first !== Tok.KW_FALSE &&
      first !== Tok.KW_NONE && first !== Tok.ELLIPSIS) {
    return null;
  }
  if (first === Tok.NAME && !isTLookahead(p.peekType2())) return null;
  let a = atom(p);
  if (a === null || !isTLookahead(p.peekType())) {
    p.mark = m;
    return null;
  }
  for (;;) {
    const t = p.peekType();
    if (p.callInvalidRules) genexpInvalidAfterPrimary(p, t);
    let b: expr | null;
    if (t === Tok.DOT) b = attributeTrailer(p, a, s, 'Load');
    else if (t === Tok.LSQB) b = subscriptTrailer(p, a, s, 'Load');
    else b = callTrailer(p, a, s);
    if (b === null) break;
    if (!isTLookahead(p.peekType())) {
      if (b._type === 'Attribute' || b._type === 'Subscript') return setExprContext(b, ctx);
      break;
    }
    a = b;
  }
  p.mark = m;
  return null;
}

/** target_with_star_atom (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom */
function targetWithStarAtom(p: Parser, ctx: expr_context): expr | null {
  const t = tPrimaryTarget(p, ctx);
  if (t !== null) return t;
  return starAtom(p);
}

/**
 * star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')' |
 * '[' [star_targets_list_seq] ']'
 */
function starAtom(p: Parser): expr | null {
  const s = p.peek();
  const m = p.mark;
  if (s.type === Tok.NAME) {
    p.mark++;
    return N.Name(s.str, 'Store', s, s);
  }
  if (s.type === Tok.LPAR) {
    p.mark++;
    const a = targetWithStarAtom(p, 'Store');
    if (a !== null && p.expect(Tok.RPAR)) return setExprContext(a, 'Store');
    p.mark = m + 1;
    if (p.at(Tok.RPAR)) {
      p.mark++;
      return N.Tuple([], 'Store', s, p.lastToken());
    }
    const seq = starTargetsSeq(p);
    // star_targets_tuple_seq needs two targets or a trailing comma.
    if (seq !== null && (seq.elts.length > 1 || seq.trailingComma)) {
      const close = p.expect(Tok.RPAR);
      if (close !== null) return N.Tuple(seq.elts, 'Store', s, close);
    }
    p.mark = m;
    return null;
  }
  if (s.type === Tok.LSQB) {
    p.mark++;
    let elts: expr[] = [];
    if (!p.at(Tok.RSQB)) {
      const seq = starTargetsSeq(p);
      if (seq === null) {
        p.mark = m;
        return null;
      }
      elts = seq.elts;
    }
    const close = p.expect(Tok.RSQB);
    if (close !== null) return N.List(elts, 'Store', s, close);
    p.mark = m;
    return null;
  }
  return null;
}

/** del_targets: ','.del_target+ [','] */
export function delTargets(p: Parser): expr[] | null {
  const a = delTarget(p);
  if (a === null) return null;
  const elts: expr[] = [a];
  for (;;) {
    const m = p.mark;
    if (!p.expect(Tok.COMMA)) break;
    const c = delTarget(p);
    if (c === null) {
      p.mark = m + 1;
      break;
    }
    elts.push(c);
  }
  return elts;
}

/**
 * del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
 * del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
 */
function delTarget(p: Parser): expr | null {
  const t = tPrimaryTarget(p, 'Del');
  if (t !== null) return t;
  const s = p.peek();
  const m = p.mark;
  if (s.type === Tok.NAME) {
    p.mark++;
    return N.Name(s.str, 'Del', s, s);
  }
  if (s.type === Tok.LPAR || s.type === Tok.LSQB) {
    const close = s.type === Tok.LPAR ? Tok.RPAR : Tok.RSQB;
    p.mark++;
    if (s.type === Tok.LPAR) {
      const a = delTarget(p);
      if (a !== null && p.expect(Tok.RPAR)) return setExprContext(a, 'Del');
      p.mark = m + 1;
    }
    let elts: expr[] = [];
    if (!p.at(close)) {
      const seq = delTargets(p);
      if (seq === null) {
        p.mark = m;
        return null;
      }
      elts = seq;
    }
    const c = p.expect(close);
    if (c === null) {
      p.mark = m;
      return null;
    }
    return s.type === Tok.LPAR ? N.Tuple(elts, 'Del', s, c) : N.List(elts, 'Del', s, c);
  }
  return null;
}
