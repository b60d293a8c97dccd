/**
 * CPython 3.11: Grammar/python.gram, "Match statement" — match_stmt, case blocks and patterns.
 */
import type * as A from './ast.ts';
import type { expr, pattern } from './ast.ts';
import * as N from './ast_nodes.ts';
import type { ConstValue } from './constants.ts';
import type { Parser } from './parser.ts';
import { raiseAt } from './pegen_errors.ts';
import type { Token } from './tokenizer.ts';
import { Tok } from './tokens.ts';
import { atom, namedExpression, starNamedExpression, starNamedExpressions, strings } from './parser_expr.ts';
import { block } from './parser_stmt.ts';
import * as I from './parser_invalid.ts';

/**
 * match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt
 */
export function matchStmt(p: Parser): A.stmt | null {
  const m = p.mark;
  const s = p.startToken();
  p.mark++;
  const subject = subjectExpr(p);
  if (subject !== null && p.expect(Tok.COLON) && p.expect(Tok.NEWLINE) && p.expect(Tok.INDENT)) {
    const cases: A.match_case[] = [];
    for (;;) {
      const c = caseBlock(p);
      if (c === null) break;
      cases.push(c);
    }
    if (cases.length && p.expect(Tok.DEDENT)) return N.Match(subject, cases, s, p.lastToken());
  }
  p.mark = m;
  if (p.callInvalidRules) I.invalidMatchStmt(p);
  return null;
}

/** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
export function subjectExpr(p: Parser): expr | null {
  const s = p.startToken();
  const m = p.mark;
  const value = starNamedExpression(p);
  if (value !== null && p.expect(Tok.COMMA)) {
    const values = starNamedExpressions(p) ?? [];
    return N.Tuple([value, ...values], 'Load', s, p.lastToken());
  }
  p.mark = m;
  return namedExpression(p);
}

/** case_block: invalid_case_block | "case" patterns guard? ':' block */
function caseBlock(p: Parser): A.match_case | null {
  if (!p.atSoftKeyword('case')) return null;
  const m = p.mark;
  if (p.callInvalidRules) I.invalidCaseBlock(p);
  p.mark++;
  const pat = patterns(p);
  if (pat !== null) {
    const g = guard(p);
    if (p.expect(Tok.COLON)) {
      const body = block(p);
      if (body !== null) return { _type: 'match_case', pattern: pat, guard: g, body };
    }
  }
  p.mark = m;
  return null;
}

/** guard: 'if' named_expression */
export function guard(p: Parser): expr | null {
  if (!p.at(Tok.KW_IF)) return null;
  const m = p.mark;
  p.mark++;
  const g = namedExpression(p);
  if (g === null) p.mark = m;
  return g;
}

/** patterns: open_sequence_pattern | pattern */
export function patterns(p: Parser): pattern | null {
  const s = p.startToken();
  const seq = openSequencePattern(p);
  if (seq !== null) return N.MatchSequence(seq, s, p.lastToken());
  return patternRule(p);
}

/** pattern: as_pattern | or_pattern */
export function patternRule(p: Parser): pattern | null {
  const s = p.startToken();
  const m = p.mark;
  const a = orPattern(p);
  if (a === null) return null;
  if (p.at(Tok.KW_AS)) {
    // as_pattern: or_pattern 'as' pattern_capture_target
    const m2 = p.mark;
    p.mark++;
    const target = patternCaptureTarget(p);
    if (target !== null) return N.MatchAs(a, target.str, s, p.lastToken());
    p.mark = m;
    if (p.callInvalidRules) I.invalidAsPattern(p);
    p.mark = m2;
  }
  return a;
}

/** or_pattern: '|'.closed_pattern+ */
export function orPattern(p: Parser): pattern | null {
  const s = p.startToken();
  const first = closedPattern(p);
  if (first === null) return null;
  if (!p.at(Tok.VBAR)) return first;
  const pats: pattern[] = [first];
  for (;;) {
    const m = p.mark;
    if (!p.expect(Tok.VBAR)) break;
    const c = closedPattern(p);
    if (c === null) {
      p.mark = m;
      break;
    }
    pats.push(c);
  }
  return N.MatchOr(pats, s, p.lastToken());
}

/**
 * closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern |
 * group_pattern | sequence_pattern | mapping_pattern | class_pattern
 */
function closedPattern(p: Parser): pattern | null {
  const s = p.peek();
  switch (s.type) {
    case Tok.NUMBER:
    case Tok.MINUS:
    case Tok.STRING:
    case Tok.KW_NONE:
    case Tok.KW_TRUE:
    case Tok.KW_FALSE:
      return literalPattern(p);
    case Tok.NAME:
      return namePattern(p, s);
    case Tok.LPAR:
      return parenPattern(p, s);
    case Tok.LSQB:
      return bracketPattern(p, s);
    case Tok.LBRACE:
      return mappingPattern(p, s);
    default:
      return null;
  }
}

/** capture_pattern | wildcard_pattern | value_pattern | class_pattern, starting at a NAME. */
function namePattern(p: Parser, s: Token): pattern | null {
  const capture = patternCaptureTarget(p);
  if (capture !== null) return N.MatchAs(null, capture.str, s, s);
  if (s.str === '_') {
    p.mark++;
    return N.MatchAs(null, null, s, s);
  }
  const m = p.mark;
  const a = attr(p);
  if (a !== null) {
    const t = p.peekType();
    if (t !== Tok.DOT && t !== Tok.LPAR && t !== Tok.EQUAL) return N.MatchValue(a, s, p.lastToken());
    p.mark = m;
  }
  return classPattern(p, s);
}

/** pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
function patternCaptureTarget(p: Parser): Token | null {
  const t = p.peek();
  if (t.type !== Tok.NAME || t.str === '_') return null;
  const n = p.peekType2();
  if (n === Tok.DOT || n === Tok.LPAR || n === Tok.EQUAL) return null;
  p.mark++;
  return t;
}

/** attr: name_or_attr '.' NAME — at least one dot. */
function attr(p: Parser): expr | null {
  const m = p.mark;
  const a = nameOrAttr(p);
  if (a === null || a._type !== 'Attribute') {
    p.mark = m;
    return null;
  }
  return a;
}

/** name_or_attr: attr | NAME */
function nameOrAttr(p: Parser): expr | null {
  const s = p.startToken();
  const n = p.expect(Tok.NAME);
  if (n === null) return null;
  let a: expr = N.Name(n.str, 'Load', n, n);
  for (;;) {
    const m = p.mark;
    if (!p.expect(Tok.DOT)) break;
    const b = p.expect(Tok.NAME);
    if (b === null) {
      p.mark = m;
      break;
    }
    a = N.Attribute(a, b.str, 'Load', s, b);
  }
  return a;
}

/** literal_pattern: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False' */
function literalPattern(p: Parser): pattern | null {
  const s = p.startToken();
  switch (s.type) {
    case Tok.KW_NONE:
      p.mark++;
      return N.MatchSingleton({ t: 'None' }, s, s);
    case Tok.KW_TRUE:
      p.mark++;
      return N.MatchSingleton({ t: 'bool', v: true }, s, s);
    case Tok.KW_FALSE:
      p.mark++;
      return N.MatchSingleton({ t: 'bool', v: false }, s, s);
  }
  const v = literalExpr(p);
  if (v === null) return null;
  return N.MatchValue(v, s, p.lastToken());
}

/** literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False' */
export function literalExpr(p: Parser): expr | null {
  const s = p.startToken();
  switch (s.type) {
    case Tok.KW_NONE:
      p.mark++;
      return N.Constant({ t: 'None' }, null, s, s);
    case Tok.KW_TRUE:
      p.mark++;
      return N.Constant({ t: 'bool', v: true }, null, s, s);
    case Tok.KW_FALSE:
      p.mark++;
      return N.Constant({ t: 'bool', v: false }, null, s, s);
    case Tok.STRING:
      return strings(p);
  }
  const m = p.mark;
  const num = signedNumber(p);
  if (num === null) return null;
  const t = p.peekType();
  if (t !== Tok.PLUS && t !== Tok.MINUS) return num;
  // complex_number: signed_real_number ('+' | '-') imaginary_number
  p.mark = m;
  const real = signedNumber(p);
  if (real === null) return null;
  ensureReal(p, real);
  const op = p.peekType() === Tok.PLUS ? 'Add' : 'Sub';
  p.mark++;
  const imag = numberAtom(p);
  if (imag === null) {
    p.mark = m;
    return null;
  }
  ensureImaginary(p, imag);
  return N.BinOp(real, op, imag, s, p.lastToken());
}

/** signed_number: NUMBER | '-' NUMBER */
function signedNumber(p: Parser): expr | null {
  const s = p.startToken();
  if (s.type === Tok.MINUS) {
    const m = p.mark;
    p.mark++;
    const n = numberAtom(p);
    if (n === null) {
      p.mark = m;
      return null;
    }
    return N.UnaryOp('USub', n, s, p.lastToken());
  }
  return numberAtom(p);
}

/** A NUMBER token as a Constant (atom's NUMBER alternative). */
function numberAtom(p: Parser): expr | null {
  if (!p.at(Tok.NUMBER)) return null;
  return atom(p);
}

function constOf(e: expr): ConstValue | null {
  if (e._type === 'Constant') return e.value;
  if (e._type === 'UnaryOp' && e.operand._type === 'Constant') return e.operand.value;
  return null;
}

/** CPython 3.11: Parser/action_helpers.c _PyPegen_ensure_real */
function ensureReal(p: Parser, e: expr): void {
  const v = constOf(e);
  if (v !== null && v.t === 'complex') raiseAt(p, e._type === 'UnaryOp' ? e.operand : e, 'real number required in complex literal');
}

/** CPython 3.11: Parser/action_helpers.c _PyPegen_ensure_imaginary */
function ensureImaginary(p: Parser, e: expr): void {
  const v = constOf(e);
  if (v !== null && v.t !== 'complex') raiseAt(p, e, 'imaginary number required in complex literal');
}

/** group_pattern: '(' pattern ')' | sequence_pattern: '(' open_sequence_pattern? ')' */
function parenPattern(p: Parser, s: Token): pattern | null {
  const m = p.mark;
  p.mark++;
  const g = patternRule(p);
  if (g !== null && p.expect(Tok.RPAR)) return g;
  p.mark = m + 1;
  const seq = openSequencePattern(p) ?? [];
  const close = p.expect(Tok.RPAR);
  if (close === null) {
    p.mark = m;
    return null;
  }
  return N.MatchSequence(seq, s, close);
}

/** sequence_pattern: '[' maybe_sequence_pattern? ']' */
function bracketPattern(p: Parser, s: Token): pattern | null {
  const m = p.mark;
  p.mark++;
  const seq = maybeSequencePattern(p) ?? [];
  const close = p.expect(Tok.RSQB);
  if (close === null) {
    p.mark = m;
    return null;
  }
  return N.MatchSequence(seq, s, close);
}

/** open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
function openSequencePattern(p: Parser): pattern[] | null {
  const m = p.mark;
  const first = maybeStarPattern(p);
  if (first === null || !p.expect(Tok.COMMA)) {
    p.mark = m;
    return null;
  }
  const rest = maybeSequencePattern(p);
  return rest === null ? [first] : [first, ...rest];
}

/** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? */
function maybeSequencePattern(p: Parser): pattern[] | null {
  const out: pattern[] = [];
  for (;;) {
    const m = p.mark;
    if (out.length && !p.expect(Tok.COMMA)) break;
    const a = maybeStarPattern(p);
    if (a === null) {
      p.mark = m;
      break;
    }
    out.push(a);
  }
  if (out.length === 0) return null;
  p.expect(Tok.COMMA);
  return out;
}

/** maybe_star_pattern: star_pattern | pattern */
function maybeStarPattern(p: Parser): pattern | null {
  const s = p.startToken();
  if (s.type === Tok.STAR) {
    // star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
    const m = p.mark;
    p.mark++;
    const target = patternCaptureTarget(p);
    if (target !== null) return N.MatchStar(target.str, s, p.lastToken());
    if (p.atSoftKeyword('_')) {
      p.mark++;
      return N.MatchStar(null, s, p.lastToken());
    }
    p.mark = m;
    return null;
  }
  return patternRule(p);
}

/**
 * mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}' |
 * '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
 */
function mappingPattern(p: Parser, s: Token): pattern | null {
  const m = p.mark;
  p.mark++;
  const keys: expr[] = [];
  const pats: pattern[] = [];
  let rest: string | null = null;
  for (;;) {
    if (p.at(Tok.DOUBLESTAR)) {
      const m2 = p.mark;
      p.mark++;
      const target = patternCaptureTarget(p);
      if (target === null) {
        p.mark = m2;
        break;
      }
      rest = target.str;
      p.expect(Tok.COMMA);
      break;
    }
    const kv = keyValuePattern(p);
    if (kv === null) break;
    keys.push(kv[0]);
    pats.push(kv[1]);
    if (!p.expect(Tok.COMMA)) break;
  }
  const close = p.expect(Tok.RBRACE);
  if (close === null) {
    p.mark = m;
    return null;
  }
  return N.MatchMapping(keys, pats, rest, s, close);
}

/** key_value_pattern: (literal_expr | attr) ':' pattern */
function keyValuePattern(p: Parser): [expr, pattern] | null {
  const m = p.mark;
  const key = p.at(Tok.NAME) ? attr(p) : literalExpr(p);
  if (key !== null && p.expect(Tok.COLON)) {
    const pat = patternRule(p);
    if (pat !== null) return [key, pat];
  }
  p.mark = m;
  return null;
}

/**
 * class_pattern: name_or_attr '(' ')' | name_or_attr '(' positional_patterns ','? ')' |
 * name_or_attr '(' keyword_patterns ','? ')' |
 * name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')' | invalid_class_pattern
 */
function classPattern(p: Parser, s: Token): pattern | null {
  const m = p.mark;
  const cls = nameOrAttr(p);
  if (cls === null || !p.expect(Tok.LPAR)) {
    p.mark = m;
    return null;
  }
  const positional: pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: pattern[] = [];
  for (;;) {
    if (p.at(Tok.RPAR)) break;
    const k = p.peek();
    if (k.type === Tok.NAME && p.peekType2() === Tok.EQUAL) {
      // keyword_pattern: NAME '=' pattern
      const m2 = p.mark;
      p.mark += 2;
      const v = patternRule(p);
      if (v === null) {
        p.mark = m2;
        break;
      }
      kwdAttrs.push(k.str);
      kwdPatterns.push(v);
    } else {
      if (kwdAttrs.length) break;
      const v = patternRule(p);
      if (v === null) break;
      positional.push(v);
    }
    if (!p.expect(Tok.COMMA)) break;
  }
  const close = p.expect(Tok.RPAR);
  if (close === null) {
    p.mark = m;
    if (p.callInvalidRules) I.invalidClassPattern(p);
    return null;
  }
  return N.MatchClass(cls, positional, kwdAttrs, kwdPatterns, s, close);
}
