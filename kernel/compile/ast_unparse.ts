/**
 * CPython 3.11: Python/ast_unparse.c — an expression back to source text.
 *
 * Used for annotations under `from __future__ import annotations`, which are stored as
 * strings. Follows ast_unparse.c's precedence rules and spelling (`1e309` for infinity,
 * `...` for Ellipsis, a space before `.attr` on an int literal).
 */
import type * as A from './ast.ts';
import type { ConstValue } from './constants.ts';
import { reprConst, strRepr } from './dis.ts';

/** CPython 3.11: Python/ast_unparse.c precedence levels. */
const enum PR {
  TUPLE,
  TEST, // 'if'-'else', 'lambda'
  OR, // 'or'
  AND, // 'and'
  NOT, // 'not'
  CMP, // '<', '>', '==', '>=', '<=', '!=', 'in', 'not in', 'is', 'is not'
  EXPR,
  BOR = EXPR, // '|'
  BXOR, // '^'
  BAND, // '&'
  SHIFT, // '<<', '>>'
  ARITH, // '+', '-'
  TERM, // '*', '@', '/', '%', '//'
  FACTOR, // unary '+', '-', '~'
  POWER, // '**'
  AWAIT, // 'await'
  ATOM,
}

const BINOP: Record<A.operator, [string, PR]> = {
  Add: [' + ', PR.ARITH], Sub: [' - ', PR.ARITH], Mult: [' * ', PR.TERM], MatMult: [' @ ', PR.TERM],
  Div: [' / ', PR.TERM], Mod: [' % ', PR.TERM], LShift: [' << ', PR.SHIFT], RShift: [' >> ', PR.SHIFT],
  BitOr: [' | ', PR.BOR], BitXor: [' ^ ', PR.BXOR], BitAnd: [' & ', PR.BAND], FloorDiv: [' // ', PR.TERM],
  Pow: [' ** ', PR.POWER],
};

const CMPOP: Record<A.cmpop, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ',
  Is: ' is ', IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

/** CPython 3.11: Python/ast_unparse.c _PyAST_ExprAsUnicode. */
export function unparseExpr(e: A.expr): string {
  return expr(e, PR.TEST);
}

function paren(cond: boolean, s: string): string {
  return cond ? '(' + s + ')' : s;
}

/** Constants, with infinities written so that they evaluate back (append_repr). */
function constant(v: ConstValue): string {
  if (v.t === 'Ellipsis') return '...';
  const r = reprConst(v);
  if (v.t === 'float' || v.t === 'complex') return r.replace(/inf/g, '1e309');
  return r;
}

function args(a: A.arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  for (let i = 0; i < positional.length; i++) {
    let s = argument(positional[i]);
    if (i >= firstDefault) s += '=' + expr(a.defaults[i - firstDefault], PR.TEST);
    parts.push(s);
    if (a.posonlyargs.length && i === a.posonlyargs.length - 1) parts.push('/');
  }
  if (a.vararg || a.kwonlyargs.length) parts.push('*' + (a.vararg ? argument(a.vararg) : ''));
  for (let i = 0; i < a.kwonlyargs.length; i++) {
    let s = argument(a.kwonlyargs[i]);
    const d = a.kw_defaults[i];
    if (d) s += '=' + expr(d, PR.TEST);
    parts.push(s);
  }
  if (a.kwarg) parts.push('**' + argument(a.kwarg));
  return parts.join(', ');
}

function argument(a: A.arg): string {
  return a.annotation ? a.arg + ': ' + expr(a.annotation, PR.TEST) : a.arg;
}

function comprehensions(gens: A.comprehension[]): string {
  let s = '';
  for (const g of gens) {
    s += g.is_async ? ' async for ' : ' for ';
    s += expr(g.target, PR.TUPLE) + ' in ' + expr(g.iter, PR.TEST + 1);
    for (const cond of g.ifs) s += ' if ' + expr(cond, PR.TEST + 1);
  }
  return s;
}

/** The body of an f-string, with braces doubled in literal parts. */
function fstringBody(values: A.expr[], isFormatSpec: boolean): string {
  let s = '';
  for (const v of values) {
    if (v._type === 'Constant' && v.value.t === 'str') {
      s += v.value.v.replace(/\{/g, '{{').replace(/\}/g, '}}');
    } else if (v._type === 'FormattedValue') {
      s += formattedValue(v);
    } else if (v._type === 'JoinedStr') {
      s += fstringBody(v.values, isFormatSpec);
    }
  }
  return s;
}

function formattedValue(v: A.FormattedValue): string {
  let inner = expr(v.value, PR.TEST + 1);
  if (inner.startsWith('{')) inner = ' ' + inner; // don't make a {{ escape
  let s = '{' + inner;
  if (v.conversion !== -1) s += '!' + String.fromCharCode(v.conversion);
  if (v.format_spec) s += ':' + fstringBody((v.format_spec as A.JoinedStr).values ?? [v.format_spec], true);
  return s + '}';
}

function expr(e: A.expr, level: PR): string {
  switch (e._type) {
    case 'BoolOp': {
      const [op, pr] = e.op === 'And' ? [' and ', PR.AND] : [' or ', PR.OR];
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(op));
    }
    case 'BinOp': {
      const [op, pr] = BINOP[e.op];
      const rassoc = e.op === 'Pow';
      return paren(level > pr, expr(e.left, rassoc ? pr + 1 : pr) + op + expr(e.right, rassoc ? pr : pr + 1));
    }
    case 'UnaryOp': {
      const [op, pr] = e.op === 'Not' ? ['not ', PR.NOT] : e.op === 'Invert' ? ['~', PR.FACTOR]
        : e.op === 'UAdd' ? ['+', PR.FACTOR] : ['-', PR.FACTOR];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case 'Lambda': {
      const a = args(e.args);
      return paren(level > PR.TEST, 'lambda' + (a ? ' ' + a : '') + ': ' + expr(e.body, PR.TEST));
    }
    case 'IfExp':
      return paren(level > PR.TEST,
        expr(e.body, PR.TEST + 1) + ' if ' + expr(e.test, PR.TEST + 1) + ' else ' + expr(e.orelse, PR.TEST));
    case 'Dict': {
      const items = e.keys.map((k, i) => (k === null ? '**' + expr(e.values[i], PR.EXPR) : expr(k, PR.TEST) + ': ' + expr(e.values[i], PR.TEST)));
      return '{' + items.join(', ') + '}';
    }
    case 'Set':
      return e.elts.length ? '{' + e.elts.map((x) => expr(x, PR.TEST)).join(', ') + '}' : '{*()}';
    case 'ListComp':
      return '[' + expr(e.elt, PR.TEST) + comprehensions(e.generators) + ']';
    case 'SetComp':
      return '{' + expr(e.elt, PR.TEST) + comprehensions(e.generators) + '}';
    case 'DictComp':
      return '{' + expr(e.key, PR.TEST) + ': ' + expr(e.value, PR.TEST) + comprehensions(e.generators) + '}';
    case 'GeneratorExp':
      return '(' + expr(e.elt, PR.TEST) + comprehensions(e.generators) + ')';
    case 'Await':
      return paren(level > PR.AWAIT, 'await ' + expr(e.value, PR.ATOM));
    case 'Yield':
      return e.value ? '(yield ' + expr(e.value, PR.TEST) + ')' : '(yield)';
    case 'YieldFrom':
      return '(yield from ' + expr(e.value, PR.TEST) + ')';
    case 'Compare': {
      let s = expr(e.left, PR.CMP + 1);
      for (let i = 0; i < e.ops.length; i++) s += CMPOP[e.ops[i]] + expr(e.comparators[i], PR.CMP + 1);
      return paren(level > PR.CMP, s);
    }
    case 'Call': {
      let s = expr(e.func, PR.ATOM) + '(';
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') {
        const g = e.args[0];
        return s + expr(g.elt, PR.TEST) + comprehensions(g.generators) + ')';
      }
      const parts = e.args.map((a) => expr(a, PR.TEST));
      for (const k of e.keywords) parts.push(k.arg === null ? '**' + expr(k.value, PR.TEST) : k.arg + '=' + expr(k.value, PR.TEST));
      s += parts.join(', ');
      return s + ')';
    }
    case 'Constant':
      return constant(e.value);
    case 'JoinedStr':
      return 'f' + strRepr(fstringBody(e.values, false));
    case 'FormattedValue':
      return 'f' + strRepr(formattedValue(e));
    case 'Attribute': {
      let v = expr(e.value, PR.ATOM);
      // Integers require a space for attribute access to be unambiguous.
      if (e.value._type === 'Constant' && e.value.value.t === 'int') v += ' ';
      return v + '.' + e.attr;
    }
    case 'Subscript':
      return expr(e.value, PR.ATOM) + '[' + expr(e.slice, PR.TUPLE) + ']';
    case 'Starred':
      return '*' + expr(e.value, PR.EXPR);
    case 'Name':
      return e.id;
    case 'List':
      return '[' + e.elts.map((x) => expr(x, PR.TEST)).join(', ') + ']';
    case 'Tuple': {
      if (!e.elts.length) return '()';
      let s = e.elts.map((x) => expr(x, PR.TEST)).join(', ');
      if (e.elts.length === 1) s += ',';
      return paren(level > PR.TUPLE, s);
    }
    case 'Slice': {
      let s = e.lower ? expr(e.lower, PR.TEST) : '';
      s += ':';
      if (e.upper) s += expr(e.upper, PR.TEST);
      if (e.step) s += ':' + expr(e.step, PR.TEST);
      return s;
    }
    case 'NamedExpr':
      return paren(level > PR.TUPLE, expr(e.target, PR.ATOM) + ' := ' + expr(e.value, PR.ATOM));
  }
}
