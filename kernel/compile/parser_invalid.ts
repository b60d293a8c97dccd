/**
 * CPython 3.11: Grammar/python.gram, "INVALID RULES" — the invalid_* rules of the second
 * pass. Each either raises its SyntaxError or returns null with `mark` unchanged.
 * Where CPython 3.11.7 differs from the 3.11.0 grammar text, the code follows 3.11.7.
 */
import type * as A from './ast.ts';
import type { expr } from './ast.ts';
import { TargetsType, getExprName, getInvalidTarget, isLegacyStmt } from './action_helpers.ts';
import type { Parser } from './parser.ts';
import { raiseAt, raiseAtLastToken, raiseError, raiseRange, raiseStartingFrom, type Span } from './pegen_errors.ts';
import type { Token } from './tokenizer.ts';
import { Tok, tokenText } from './tokens.ts';
import * as E from './parser_expr.ts';
import { block, exceptBlock, exceptStarBlock, isAugassign } from './parser_stmt.ts';
import * as P from './parser_pattern.ts';

/** Run `f` with the mark restored afterwards (a lookahead or a failed alternative). */
function attempt<T>(p: Parser, f: () => T): T {
  const m = p.mark;
  try {
    return f();
  } finally {
    p.mark = m;
  }
}

/** CPython 3.11: Parser/pegen.h RAISE_SYNTAX_ERROR_INVALID_TARGET */
function raiseInvalidTarget(p: Parser, type: TargetsType, e: expr): void {
  const invalid = getInvalidTarget(e, type);
  if (invalid !== null) {
    const msg = type === TargetsType.DEL_TARGETS ? 'cannot delete %s' : 'cannot assign to %s';
    raiseAt(p, invalid, msg.replace('%s', getExprName(invalid)));
  }
}

/**
 * CPython 3.11: Parser/pegen.c _PyPegen_soft_keyword_token — the `SOFT_KEYWORD` token class.
 * It compares only as many characters as the NAME has (strncmp with the token's size), so
 * any prefix of a soft keyword counts: "c", "ca", "m", "mat"...
 */
function isSoftKeyword(t: Token): boolean {
  if (t.type !== Tok.NAME) return false;
  const s = t.str;
  return 'match'.startsWith(s) || 'case'.startsWith(s) || '_'.startsWith(s);
}

// ---------------------------------------------------------------------------------------------
// expressions
// ---------------------------------------------------------------------------------------------

/** expression_without_invalid, with the invalid rules switched off below it. */
function withoutInvalid<T>(p: Parser, f: () => T): T {
  const prev = p.callInvalidRules;
  p.callInvalidRules = false;
  try {
    return f();
  } finally {
    p.callInvalidRules = prev;
  }
}

/**
 * invalid_expression:
 *   !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid  ("Perhaps you forgot a comma?")
 *   disjunction 'if' disjunction !('else'|':')  ("expected 'else' after 'if' expression")
 */
export function invalidExpression(p: Parser): null {
  attempt(p, () => {
    const t = p.peek();
    const nameString = t.type === Tok.NAME && p.peekType2() === Tok.STRING;
    if (nameString || isSoftKeyword(t)) return;
    const a = E.disjunction(p);
    if (a === null) return;
    const b = withoutInvalid(p, () => E.expressionWithoutInvalid(p));
    if (b === null) return;
    if (isLegacyStmt(a)) return;
    if (p.tokens[p.mark - 1].level === 0) return;
    raiseRange(p, a, b, 'invalid syntax. Perhaps you forgot a comma?');
  });
  attempt(p, () => {
    const a = E.disjunction(p);
    if (a === null || !p.expect(Tok.KW_IF)) return;
    const b = E.disjunction(p);
    if (b === null) return;
    const n = p.peekType();
    if (n === Tok.KW_ELSE || n === Tok.COLON) return;
    raiseRange(p, a, b, "expected 'else' after 'if' expression");
  });
  return null;
}

/** invalid_legacy_expression: NAME !'(' star_expressions */
export function invalidLegacyExpression(p: Parser): null {
  attempt(p, () => {
    const t = p.peek();
    if (t.type !== Tok.NAME || p.peekType2() === Tok.LPAR) return;
    p.mark++;
    const b = E.starExpressions(p);
    if (b === null) return;
    if (t.str === 'print' || t.str === 'exec') {
      raiseRange(p, t, b, `Missing parentheses in call to '${t.str}'. Did you mean ${t.str}(...)?`);
    }
  });
  return null;
}

/**
 * invalid_named_expression (memo):
 *   expression ':=' expression
 *   NAME '=' bitwise_or !('='|':=')
 *   !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
 */
export function invalidNamedExpression(p: Parser): null {
  attempt(p, () => {
    const a = E.expression(p);
    if (a === null || !p.expect(Tok.COLONEQUAL)) return;
    if (E.expression(p) === null) return;
    raiseAt(p, a, `cannot use assignment expressions with ${getExprName(a)}`);
  });
  attempt(p, () => {
    const a = p.peek();
    if (a.type !== Tok.NAME || p.peekType2() !== Tok.EQUAL) return;
    p.mark += 2;
    const b = E.bitwiseOr(p);
    if (b === null) return;
    const n = p.peekType();
    if (n === Tok.EQUAL || n === Tok.COLONEQUAL) return;
    raiseRange(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  });
  attempt(p, () => {
    const t = p.peekType();
    if (t === Tok.KW_TRUE || t === Tok.KW_NONE || t === Tok.KW_FALSE) return;
    if (t === Tok.LSQB || t === Tok.LPAR) {
      // !(list | tuple | genexp)
      const m = p.mark;
      const isExcluded = withoutInvalid(p, () => {
        const e = E.atom(p);
        const r = e !== null && (e._type === 'List' || e._type === 'Tuple' || e._type === 'GeneratorExp') &&
          (t === Tok.LSQB || e._type !== 'List');
        p.mark = m;
        return r;
      });
      if (isExcluded) return;
    }
    const a = E.bitwiseOr(p);
    if (a === null || !p.expect(Tok.EQUAL)) return;
    if (E.bitwiseOr(p) === null) return;
    const n = p.peekType();
    if (n === Tok.EQUAL || n === Tok.COLONEQUAL) return;
    raiseAt(p, a, `cannot assign to ${getExprName(a)} here. Maybe you meant '==' instead of '='?`);
  });
  return null;
}

/**
 * invalid_assignment:
 *   invalid_ann_assign_target ':' expression
 *   star_named_expression ',' star_named_expressions* ':' expression
 *   expression ':' expression
 *   (star_targets '=')* star_expressions '='
 *   (star_targets '=')* yield_expr '='
 *   star_expressions augassign (yield_expr | star_expressions)
 */
export function invalidAssignment(p: Parser): null {
  attempt(p, () => {
    const a = invalidAnnAssignTarget(p);
    if (a === null || !p.expect(Tok.COLON) || E.expression(p) === null) return;
    raiseAt(p, a, `only single target (not ${getExprName(a)}) can be annotated`);
  });
  attempt(p, () => {
    const a = E.starNamedExpression(p);
    if (a === null || !p.expect(Tok.COMMA)) return;
    while (E.starNamedExpressions(p) !== null);
    if (!p.expect(Tok.COLON) || E.expression(p) === null) return;
    raiseAt(p, a, 'only single target (not tuple) can be annotated');
  });
  attempt(p, () => {
    const a = E.expression(p);
    if (a === null || !p.expect(Tok.COLON) || E.expression(p) === null) return;
    raiseAt(p, a, 'illegal target for annotation');
  });
  attempt(p, () => {
    skipStarTargetsEq(p);
    const a = E.starExpressions(p);
    if (a === null || !p.expect(Tok.EQUAL)) return;
    raiseInvalidTarget(p, TargetsType.STAR_TARGETS, a);
  });
  attempt(p, () => {
    skipStarTargetsEq(p);
    const a = E.yieldExpr(p);
    if (a === null || !p.expect(Tok.EQUAL)) return;
    raiseAt(p, a, 'assignment to yield expression not possible');
  });
  attempt(p, () => {
    const a = E.starExpressions(p);
    if (a === null || !isAugassign(p.peekType())) return;
    p.mark++;
    if (E.yieldExpr(p) === null && E.starExpressions(p) === null) return;
    raiseAt(p, a, `'${getExprName(a)}' is an illegal expression for augmented assignment`);
  });
  return null;
}

/** (star_targets '=')* */
function skipStarTargetsEq(p: Parser): void {
  for (;;) {
    const m = p.mark;
    const t = E.starTargets(p);
    if (t === null || !p.expect(Tok.EQUAL)) {
      p.mark = m;
      return;
    }
  }
}

/** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
function invalidAnnAssignTarget(p: Parser): expr | null {
  const m = p.mark;
  const t = p.peekType();
  if (t === Tok.LSQB || t === Tok.LPAR) {
    const e = E.atom(p);
    if (e !== null && (e._type === 'List' || (e._type === 'Tuple' && t === Tok.LPAR))) {
      // `(x)` parses as a group, so a Tuple from '(' is a real tuple display.
      if (e._type === 'List' || isTupleDisplay(p, m)) return e;
    }
    p.mark = m;
    if (t === Tok.LPAR) {
      p.mark++;
      const a = invalidAnnAssignTarget(p);
      if (a !== null && p.expect(Tok.RPAR)) return a;
    }
  }
  p.mark = m;
  return null;
}

/** Whether the atom at `m` (just parsed) is a parenthesized tuple display, not a group. */
function isTupleDisplay(p: Parser, m: number): boolean {
  return p.tokens[m].type === Tok.LPAR && p.tokens[p.mark - 1].type === Tok.RPAR;
}

/** invalid_del_stmt: 'del' star_expressions */
export function invalidDelStmt(p: Parser): null {
  attempt(p, () => {
    if (!p.expect(Tok.KW_DEL)) return;
    const a = E.starExpressions(p);
    if (a === null) return;
    raiseInvalidTarget(p, TargetsType.DEL_TARGETS, a);
  });
  return null;
}

/** invalid_block: NEWLINE !INDENT */
export function invalidBlock(p: Parser): null {
  attempt(p, () => {
    if (!p.expect(Tok.NEWLINE) || p.at(Tok.INDENT)) return;
    raiseAtLastToken(p, 'expected an indented block', 'IndentationError');
  });
  return null;
}

/**
 * invalid_comprehension:
 *   ('[' | '(' | '{') starred_expression for_if_clauses
 *   ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
 *   ('[' | '{') star_named_expression ',' for_if_clauses
 */
export function invalidComprehension(p: Parser): null {
  const open = p.peekType();
  if (open !== Tok.LSQB && open !== Tok.LPAR && open !== Tok.LBRACE) return null;
  attempt(p, () => {
    p.mark++;
    const a = E.starredExpression(p);
    if (a === null || E.forIfClauses(p) === null) return;
    raiseAt(p, a, 'iterable unpacking cannot be used in comprehension');
  });
  if (open === Tok.LPAR) return null;
  attempt(p, () => {
    p.mark++;
    const a = E.starNamedExpression(p);
    if (a === null || !p.expect(Tok.COMMA)) return;
    const b = E.starNamedExpressions(p);
    if (b === null || E.forIfClauses(p) === null) return;
    raiseRange(p, a, b[b.length - 1], 'did you forget parentheses around the comprehension target?');
  });
  attempt(p, () => {
    p.mark++;
    const a = E.starNamedExpression(p);
    if (a === null) return;
    const b = p.expect(Tok.COMMA);
    if (b === null || E.forIfClauses(p) === null) return;
    raiseRange(p, a, b, 'did you forget parentheses around the comprehension target?');
  });
  return null;
}

/** invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}' */
export function invalidDictComprehension(p: Parser): null {
  attempt(p, () => {
    if (!p.expect(Tok.LBRACE)) return;
    const a = p.expect(Tok.DOUBLESTAR);
    if (a === null || E.bitwiseOr(p) === null || E.forIfClauses(p) === null || !p.expect(Tok.RBRACE)) return;
    raiseAt(p, a, 'dict unpacking cannot be used in dict comprehension');
  });
  return null;
}

/**
 * invalid_double_starred_kvpairs:
 *   ','.double_starred_kvpair+ ',' invalid_kvpair
 *   expression ':' '*' bitwise_or
 *   expression ':' &('}'|',')
 */
export function invalidDoubleStarredKvpairs(p: Parser): null {
  attempt(p, () => {
    let n = 0;
    for (;;) {
      const m = p.mark;
      if (n && !p.expect(Tok.COMMA)) break;
      if (!doubleStarredKvpair(p)) {
        p.mark = m;
        break;
      }
      n++;
    }
    if (n === 0 || !p.expect(Tok.COMMA)) return;
    invalidKvpair(p);
  });
  attempt(p, () => kvpairStarredValue(p));
  attempt(p, () => kvpairMissingValue(p));
  return null;
}

function doubleStarredKvpair(p: Parser): boolean {
  const m = p.mark;
  if (p.expect(Tok.DOUBLESTAR)) {
    if (E.bitwiseOr(p) !== null) return true;
    p.mark = m;
    return false;
  }
  return E.kvpair(p) !== null;
}

/** expression ':' '*' bitwise_or */
function kvpairStarredValue(p: Parser): void {
  if (E.expression(p) === null || !p.expect(Tok.COLON)) return;
  const a = p.expect(Tok.STAR);
  if (a === null || E.bitwiseOr(p) === null) return;
  raiseStartingFrom(p, a, 'cannot use a starred expression in a dictionary value');
}

/** expression ':' &('}'|',') */
function kvpairMissingValue(p: Parser): void {
  if (E.expression(p) === null) return;
  const a = p.expect(Tok.COLON);
  if (a === null) return;
  const n = p.peekType();
  if (n !== Tok.RBRACE && n !== Tok.COMMA) return;
  raiseAt(p, a, "expression expected after dictionary key and ':'");
}

/**
 * invalid_kvpair:
 *   expression !(':')
 *   expression ':' '*' bitwise_or
 *   expression ':' &('}'|',')
 */
function invalidKvpair(p: Parser): void {
  attempt(p, () => {
    const a = E.expression(p);
    if (a === null || p.at(Tok.COLON)) return;
    raiseError(p, 'SyntaxError', a.lineno, a.end_col_offset - 1, a.end_lineno, -1, "':' expected after dictionary key");
  });
  attempt(p, () => kvpairStarredValue(p));
  attempt(p, () => kvpairMissingValue(p));
}

/**
 * invalid_group:
 *   '(' starred_expression ')'
 *   '(' '**' expression ')'
 */
export function invalidGroup(p: Parser): null {
  attempt(p, () => {
    if (!p.expect(Tok.LPAR)) return;
    const a = E.starredExpression(p);
    if (a === null || !p.expect(Tok.RPAR)) return;
    raiseAt(p, a, 'cannot use starred expression here');
  });
  attempt(p, () => {
    if (!p.expect(Tok.LPAR)) return;
    const a = p.expect(Tok.DOUBLESTAR);
    if (a === null || E.expression(p) === null || !p.expect(Tok.RPAR)) return;
    raiseAt(p, a, 'cannot use double starred expression here');
  });
  return null;
}

/** invalid_for_target: ASYNC? 'for' star_expressions */
export function invalidForTarget(p: Parser): null {
  attempt(p, () => {
    p.expect(Tok.ASYNC);
    if (!p.expect(Tok.KW_FOR)) return;
    const a = E.starExpressions(p);
    if (a === null) return;
    raiseInvalidTarget(p, TargetsType.FOR_TARGETS, a);
  });
  return null;
}

/** invalid_with_item: expression 'as' expression &(',' | ')' | ':') */
export function invalidWithItem(p: Parser): null {
  attempt(p, () => {
    if (E.expression(p) === null || !p.expect(Tok.KW_AS)) return;
    const a = E.expression(p);
    if (a === null) return;
    const n = p.peekType();
    if (n !== Tok.COMMA && n !== Tok.RPAR && n !== Tok.COLON) return;
    raiseInvalidTarget(p, TargetsType.STAR_TARGETS, a);
  });
  return null;
}

// ---------------------------------------------------------------------------------------------
// call arguments
// ---------------------------------------------------------------------------------------------

/** The last expression of a comprehension (_PyPegen_get_last_comprehension_item). */
function lastComprehensionItem(c: A.comprehension): expr {
  return c.ifs.length ? c.ifs[c.ifs.length - 1] : c.iter;
}

/**
 * invalid_arguments:
 *   args ',' '*'                                  (3.11.7: at the '*', after keywords)
 *   expression for_if_clauses ',' [args | expression for_if_clauses]
 *   NAME '=' expression for_if_clauses
 *   args for_if_clauses
 *   args ',' expression for_if_clauses
 *   args ',' args
 */
export function invalidArguments(p: Parser): null {
  attempt(p, () => {
    // 3.11.7: at the '*', and only after keyword arguments (the args rule's kwargs part).
    const args = E.args(p);
    if (args === null || !p.expect(Tok.COMMA)) return;
    const a = p.expect(Tok.STAR);
    if (a === null || args.keywords.length === 0) return;
    raiseAt(p, a, 'iterable argument unpacking follows keyword argument unpacking');
  });
  attempt(p, () => {
    const a = E.expression(p);
    if (a === null) return;
    const b = E.forIfClauses(p);
    if (b === null || !p.expect(Tok.COMMA)) return;
    const m = p.mark;
    if (E.args(p) === null) {
      p.mark = m;
      if (E.expression(p) === null || E.forIfClauses(p) === null) p.mark = m;
    }
    raiseRange(p, a, lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
  });
  attempt(p, () => {
    const a = p.peek();
    if (a.type !== Tok.NAME || p.peekType2() !== Tok.EQUAL) return;
    p.mark++;
    const b = p.tokens[p.mark++];
    if (E.expression(p) === null || E.forIfClauses(p) === null) return;
    raiseRange(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  });
  attempt(p, () => {
    const a = E.args(p);
    if (a === null) return;
    const b = E.forIfClauses(p);
    if (b === null) return;
    // _PyPegen_nonparen_genexp_in_call
    if (a.args.length <= 1) return;
    raiseRange(p, a.args[a.args.length - 1], lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
  });
  attempt(p, () => {
    if (E.args(p) === null || !p.expect(Tok.COMMA)) return;
    const a = E.expression(p);
    if (a === null) return;
    const b = E.forIfClauses(p);
    if (b === null) return;
    raiseRange(p, a, lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
  });
  attempt(p, () => {
    const a = E.args(p);
    if (a === null || !p.expect(Tok.COMMA) || E.args(p) === null) return;
    // _PyPegen_arguments_parsing_error
    const unpacking = a.keywords.some((k) => k.arg === null);
    raiseAtLastToken(p, unpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
  });
  return null;
}

/**
 * invalid_kwarg:
 *   ('True'|'False'|'None') '='
 *   NAME '=' expression for_if_clauses
 *   !(NAME '=') expression '='
 */
export function invalidKwarg(p: Parser): null {
  attempt(p, () => {
    const a = p.peek();
    if (a.type !== Tok.KW_TRUE && a.type !== Tok.KW_FALSE && a.type !== Tok.KW_NONE) return;
    if (p.peekType2() !== Tok.EQUAL) return;
    raiseRange(p, a, p.tokens[p.mark + 1], `cannot assign to ${tokenText(a.type)}`);
  });
  attempt(p, () => {
    const a = p.peek();
    if (a.type !== Tok.NAME || p.peekType2() !== Tok.EQUAL) return;
    p.mark++;
    const b = p.tokens[p.mark++];
    if (E.expression(p) === null || E.forIfClauses(p) === null) return;
    raiseRange(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  });
  attempt(p, () => {
    if (p.peekType() === Tok.NAME && p.peekType2() === Tok.EQUAL) return;
    const a = E.expression(p);
    if (a === null) return;
    const b = p.expect(Tok.EQUAL);
    if (b === null) return;
    raiseRange(p, a, b, 'expression cannot contain assignment, perhaps you meant "=="?');
  });
  return null;
}

// ---------------------------------------------------------------------------------------------
// parameters
// ---------------------------------------------------------------------------------------------

/** The small PEG parameter rules the invalid rules are written with, for def or lambda. */
class Params {
  readonly close: Tok;
  constructor(readonly p: Parser, readonly isDef: boolean) {
    this.close = isDef ? Tok.RPAR : Tok.COLON;
  }

  /** param: NAME annotation? (lambda_param: NAME) — the arg's span. */
  param(): Span | null {
    const p = this.p;
    const m = p.mark;
    const n = p.expect(Tok.NAME);
    if (n === null) return null;
    if (this.isDef && p.at(Tok.COLON)) {
      p.mark++;
      if (E.expression(p) === null) {
        p.mark = m;
        return null;
      }
    }
    const e = p.lastToken();
    return { lineno: n.lineno, col_offset: n.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  }

  /** (',' | &close) after a parameter. */
  private end(): boolean {
    return this.p.expect(Tok.COMMA) !== null || this.p.at(this.close);
  }

  /** default: '=' expression | invalid_default */
  private default_(): boolean {
    const p = this.p;
    const m = p.mark;
    if (!p.expect(Tok.EQUAL)) return false;
    if (E.expression(p) !== null) return true;
    p.mark = m;
    invalidDefault(p);
    return false;
  }

  private seq(f: () => boolean): boolean {
    const p = this.p;
    const m = p.mark;
    if (f()) return true;
    p.mark = m;
    return false;
  }

  noDefault(): Span | null {
    const p = this.p;
    const m = p.mark;
    const a = this.param();
    if (a !== null && this.end()) return a;
    p.mark = m;
    return null;
  }

  withDefault(): boolean {
    return this.seq(() => this.param() !== null && this.default_() && this.end());
  }

  maybeDefault(): boolean {
    return this.seq(() => {
      if (this.param() === null) return false;
      const m = this.p.mark;
      if (!this.default_()) this.p.mark = m;
      return this.end();
    });
  }

  many(f: () => unknown): number {
    let n = 0;
    while (f()) n++;
    return n;
  }

  /** slash_no_default: param_no_default+ '/' (',' | &close) */
  slashNoDefault(): boolean {
    return this.seq(() => this.many(() => this.noDefault()) > 0 && this.p.expect(Tok.SLASH) !== null && this.end());
  }

  /** slash_with_default: param_no_default* param_with_default+ '/' (',' | &close) */
  slashWithDefault(): boolean {
    return this.seq(() => {
      this.many(() => this.noDefault());
      return this.many(() => this.withDefault()) > 0 && this.p.expect(Tok.SLASH) !== null && this.end();
    });
  }
}

/** invalid_parameters / invalid_lambda_parameters */
function invalidParams(p: Parser, isDef: boolean): null {
  const q = new Params(p, isDef);
  // param_no_default* invalid_parameters_helper param_no_default
  attempt(p, () => {
    q.many(() => q.noDefault());
    const m = p.mark;
    if (!q.slashWithDefault()) {
      p.mark = m;
      if (q.many(() => q.withDefault()) === 0) return;
    }
    const a = q.noDefault();
    if (a === null) return;
    raiseAt(p, a, 'non-default argument follows default argument');
  });
  // param_no_default* '(' param_no_default+ ','? ')'   (lambda: ','.lambda_param+)
  attempt(p, () => {
    q.many(() => q.noDefault());
    const a = p.expect(Tok.LPAR);
    if (a === null) return;
    let n = 0;
    if (isDef) n = q.many(() => q.noDefault());
    else {
      for (;;) {
        const m = p.mark;
        if (n && !p.expect(Tok.COMMA)) break;
        if (!p.expect(Tok.NAME)) {
          p.mark = m;
          break;
        }
        n++;
      }
    }
    if (n === 0) return;
    p.expect(Tok.COMMA);
    const b = p.expect(Tok.RPAR);
    if (b === null) return;
    raiseRange(p, a, b, isDef ? 'Function parameters cannot be parenthesized' : 'Lambda expression parameters cannot be parenthesized');
  });
  // "/" ','
  attempt(p, () => {
    const a = p.expect(Tok.SLASH);
    if (a === null || !p.expect(Tok.COMMA)) return;
    raiseAt(p, a, 'at least one argument must precede /');
  });
  // (slash_no_default | slash_with_default) param_maybe_default* '/'
  attempt(p, () => {
    if (!q.slashNoDefault() && !q.slashWithDefault()) return;
    q.many(() => q.maybeDefault());
    const a = p.expect(Tok.SLASH);
    if (a === null) return;
    raiseAt(p, a, '/ may appear only once');
  });
  // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
  attempt(p, () => {
    if (!q.slashNoDefault()) q.slashWithDefault();
    q.many(() => q.maybeDefault());
    if (!p.expect(Tok.STAR)) return;
    if (!p.expect(Tok.COMMA) && q.noDefault() === null) return;
    q.many(() => q.maybeDefault());
    const a = p.expect(Tok.SLASH);
    if (a === null) return;
    raiseAt(p, a, '/ must be ahead of *');
  });
  // param_maybe_default+ '/' '*'
  attempt(p, () => {
    if (q.many(() => q.maybeDefault()) === 0 || !p.expect(Tok.SLASH)) return;
    const a = p.expect(Tok.STAR);
    if (a === null) return;
    raiseAt(p, a, 'expected comma between / and *');
  });
  return null;
}

export function invalidParameters(p: Parser): null {
  return invalidParams(p, true);
}

export function invalidLambdaParameters(p: Parser): null {
  return invalidParams(p, false);
}

/** invalid_default: '=' &(')'|',') */
export function invalidDefault(p: Parser): null {
  const a = p.peek();
  if (a.type !== Tok.EQUAL) return null;
  const n = p.peekType2();
  if (n === Tok.RPAR || n === Tok.COMMA) raiseAt(p, a, 'expected default value expression');
  return null;
}

/** invalid_star_etc / invalid_lambda_star_etc */
function invalidStar(p: Parser, isDef: boolean): null {
  const q = new Params(p, isDef);
  const close = isDef ? Tok.RPAR : Tok.COLON;
  // '*' (')' | ',' (')' | '**'))
  attempt(p, () => {
    const a = p.expect(Tok.STAR);
    if (a === null) return;
    if (!p.expect(close)) {
      if (!p.expect(Tok.COMMA)) return;
      if (!p.expect(close) && !p.expect(Tok.DOUBLESTAR)) return;
    }
    if (isDef) raiseAt(p, a, 'named arguments must follow bare *');
    raiseAtLastToken(p, 'named arguments must follow bare *');
  });
  // '*' param '='
  attempt(p, () => {
    if (!p.expect(Tok.STAR) || q.param() === null) return;
    const a = p.expect(Tok.EQUAL);
    if (a === null) return;
    raiseAt(p, a, 'var-positional argument cannot have default value');
  });
  // '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
  attempt(p, () => {
    if (!p.expect(Tok.STAR)) return;
    if (q.noDefault() === null && !p.expect(Tok.COMMA)) return;
    q.many(() => q.maybeDefault());
    const a = p.expect(Tok.STAR);
    if (a === null) return;
    if (q.noDefault() === null && !p.expect(Tok.COMMA)) return;
    raiseAt(p, a, '* argument may appear only once');
  });
  return null;
}

export function invalidStarEtc(p: Parser): null {
  return invalidStar(p, true);
}

export function invalidLambdaStarEtc(p: Parser): null {
  return invalidStar(p, false);
}

/** invalid_kwds / invalid_lambda_kwds */
function invalidKw(p: Parser, isDef: boolean): null {
  const q = new Params(p, isDef);
  attempt(p, () => {
    if (!p.expect(Tok.DOUBLESTAR) || q.param() === null) return;
    const a = p.expect(Tok.EQUAL);
    if (a === null) return;
    raiseAt(p, a, 'var-keyword argument cannot have default value');
  });
  attempt(p, () => {
    if (!p.expect(Tok.DOUBLESTAR) || q.param() === null || !p.expect(Tok.COMMA)) return;
    const a = q.param();
    if (a === null) return;
    raiseAt(p, a, 'arguments cannot follow var-keyword argument');
  });
  attempt(p, () => {
    if (!p.expect(Tok.DOUBLESTAR) || q.param() === null || !p.expect(Tok.COMMA)) return;
    const a = p.peek();
    if (a.type !== Tok.STAR && a.type !== Tok.DOUBLESTAR && a.type !== Tok.SLASH) return;
    raiseAt(p, a, 'arguments cannot follow var-keyword argument');
  });
  return null;
}

export function invalidKwds(p: Parser): null {
  return invalidKw(p, true);
}

export function invalidLambdaKwds(p: Parser): null {
  return invalidKw(p, false);
}

// ---------------------------------------------------------------------------------------------
// statements
// ---------------------------------------------------------------------------------------------

/** invalid_import_from_targets: import_from_as_names ',' NEWLINE */
export function invalidImportFromTargets(p: Parser): null {
  attempt(p, () => {
    let n = 0;
    for (;;) {
      const m = p.mark;
      if (n && !p.expect(Tok.COMMA)) break;
      if (!p.expect(Tok.NAME)) {
        p.mark = m;
        break;
      }
      if (p.at(Tok.KW_AS)) {
        const m2 = p.mark;
        p.mark++;
        if (!p.expect(Tok.NAME)) p.mark = m2;
      }
      n++;
    }
    if (n === 0 || !p.expect(Tok.COMMA) || !p.expect(Tok.NEWLINE)) return;
    raiseAtLastToken(p, 'trailing comma not allowed without surrounding parentheses');
  });
  return null;
}

/** ':' NEWLINE !INDENT, consumed; true if it matches. */
function colonNewlineNoIndent(p: Parser): boolean {
  return p.expect(Tok.COLON) !== null && p.expect(Tok.NEWLINE) !== null && !p.at(Tok.INDENT);
}

function raiseIndentation(p: Parser, what: string, lineno: number): never {
  raiseAtLastToken(p, `expected an indented block after ${what} on line ${lineno}`, 'IndentationError');
}

/** ','.(expression ['as' star_target])+ — or with `expressions` inside parentheses. */
function withItemsLoose(p: Parser, parenthesized: boolean): boolean {
  let n = 0;
  for (;;) {
    const m = p.mark;
    if (n && !p.expect(Tok.COMMA)) break;
    const e = parenthesized ? E.expressions(p) : E.expression(p);
    if (e === null) {
      p.mark = m;
      break;
    }
    if (p.at(Tok.KW_AS)) {
      const m2 = p.mark;
      p.mark++;
      if (E.starTarget(p) === null) p.mark = m2;
    }
    n++;
  }
  return n > 0;
}

/**
 * invalid_with_stmt:
 *   [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
 *   [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
 */
export function invalidWithStmt(p: Parser): null {
  attempt(p, () => {
    p.expect(Tok.ASYNC);
    if (!p.expect(Tok.KW_WITH) || !withItemsLoose(p, false) || !p.expect(Tok.NEWLINE)) return;
    raiseAtLastToken(p, "expected ':'");
  });
  attempt(p, () => {
    p.expect(Tok.ASYNC);
    if (!p.expect(Tok.KW_WITH) || !p.expect(Tok.LPAR) || !withItemsLoose(p, true)) return;
    p.expect(Tok.COMMA);
    if (!p.expect(Tok.RPAR) || !p.expect(Tok.NEWLINE)) return;
    raiseAtLastToken(p, "expected ':'");
  });
  return null;
}

/** invalid_with_stmt_indent */
export function invalidWithStmtIndent(p: Parser): null {
  attempt(p, () => {
    p.expect(Tok.ASYNC);
    const a = p.expect(Tok.KW_WITH);
    if (a === null || !withItemsLoose(p, false) || !colonNewlineNoIndent(p)) return;
    raiseIndentation(p, "'with' statement", a.lineno);
  });
  attempt(p, () => {
    p.expect(Tok.ASYNC);
    const a = p.expect(Tok.KW_WITH);
    if (a === null || !p.expect(Tok.LPAR) || !withItemsLoose(p, true)) return;
    p.expect(Tok.COMMA);
    if (!p.expect(Tok.RPAR) || !colonNewlineNoIndent(p)) return;
    raiseIndentation(p, "'with' statement", a.lineno);
  });
  return null;
}

function asName(p: Parser): void {
  const m = p.mark;
  if (p.expect(Tok.KW_AS) && p.expect(Tok.NAME)) return;
  p.mark = m;
}

/**
 * invalid_try_stmt:
 *   'try' ':' NEWLINE !INDENT
 *   'try' ':' block !('except' | 'finally')
 *   'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
 *   'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
 */
export function invalidTryStmt(p: Parser): null {
  attempt(p, () => {
    const a = p.expect(Tok.KW_TRY);
    if (a === null || !colonNewlineNoIndent(p)) return;
    raiseIndentation(p, "'try' statement", a.lineno);
  });
  attempt(p, () => {
    if (!p.expect(Tok.KW_TRY) || !p.expect(Tok.COLON) || block(p) === null) return;
    if (p.at(Tok.KW_EXCEPT) || p.at(Tok.KW_FINALLY)) return;
    raiseAtLastToken(p, "expected 'except' or 'finally' block");
  });
  for (const star of [false, true]) {
    attempt(p, () => {
      if (!p.expect(Tok.KW_TRY) || !p.expect(Tok.COLON)) return;
      while (block(p) !== null);
      const handler = star ? exceptStarBlock : exceptBlock;
      if (handler(p) === null) return;
      while (handler(p) !== null);
      const a = p.expect(Tok.KW_EXCEPT);
      if (a === null) return;
      if (!star) {
        const b = p.expect(Tok.STAR);
        if (b === null || E.expression(p) === null) return;
        asName(p);
        if (!p.expect(Tok.COLON)) return;
        raiseRange(p, a, b, "cannot have both 'except' and 'except*' on the same 'try'");
      }
      if (!p.at(Tok.COLON)) {
        if (E.expression(p) !== null) asName(p);
      }
      if (!p.expect(Tok.COLON)) return;
      raiseAt(p, a, "cannot have both 'except' and 'except*' on the same 'try'");
    });
  }
  return null;
}

/**
 * invalid_except_stmt:
 *   'except' '*'? expression ',' expressions ['as' NAME ] ':'
 *   'except' '*'? expression ['as' NAME ] NEWLINE
 *   'except' NEWLINE
 *   'except' '*' (NEWLINE | ':')
 */
export function invalidExceptStmt(p: Parser): null {
  attempt(p, () => {
    if (!p.expect(Tok.KW_EXCEPT)) return;
    p.expect(Tok.STAR);
    const a = E.expression(p);
    if (a === null || !p.expect(Tok.COMMA) || E.expressions(p) === null) return;
    asName(p);
    if (!p.expect(Tok.COLON)) return;
    raiseStartingFrom(p, a, 'multiple exception types must be parenthesized');
  });
  attempt(p, () => {
    if (!p.expect(Tok.KW_EXCEPT)) return;
    p.expect(Tok.STAR);
    if (E.expression(p) === null) return;
    asName(p);
    if (!p.expect(Tok.NEWLINE)) return;
    raiseAtLastToken(p, "expected ':'");
  });
  attempt(p, () => {
    if (!p.expect(Tok.KW_EXCEPT) || !p.expect(Tok.NEWLINE)) return;
    raiseAtLastToken(p, "expected ':'");
  });
  attempt(p, () => {
    if (!p.expect(Tok.KW_EXCEPT) || !p.expect(Tok.STAR)) return;
    if (!p.expect(Tok.NEWLINE) && !p.expect(Tok.COLON)) return;
    raiseAtLastToken(p, 'expected one or more exception types');
  });
  return null;
}

/** invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT */
export function invalidFinallyStmt(p: Parser): null {
  attempt(p, () => {
    const a = p.expect(Tok.KW_FINALLY);
    if (a === null || !colonNewlineNoIndent(p)) return;
    raiseIndentation(p, "'finally' statement", a.lineno);
  });
  return null;
}

/** invalid_except_stmt_indent */
export function invalidExceptStmtIndent(p: Parser): null {
  attempt(p, () => {
    const a = p.expect(Tok.KW_EXCEPT);
    if (a === null || E.expression(p) === null) return;
    asName(p);
    if (!colonNewlineNoIndent(p)) return;
    raiseIndentation(p, "'except' statement", a.lineno);
  });
  attempt(p, () => {
    const a = p.expect(Tok.KW_EXCEPT);
    if (a === null || !colonNewlineNoIndent(p)) return;
    raiseIndentation(p, "'except' statement", a.lineno);
  });
  return null;
}

/** invalid_except_star_stmt_indent */
export function invalidExceptStarStmtIndent(p: Parser): null {
  attempt(p, () => {
    const a = p.expect(Tok.KW_EXCEPT);
    if (a === null || !p.expect(Tok.STAR) || E.expression(p) === null) return;
    asName(p);
    if (!colonNewlineNoIndent(p)) return;
    raiseIndentation(p, "'except*' statement", a.lineno);
  });
  return null;
}

/** invalid_match_stmt */
export function invalidMatchStmt(p: Parser): null {
  attempt(p, () => {
    if (!p.atSoftKeyword('match')) return;
    p.mark++;
    if (P.subjectExpr(p) === null || !p.expect(Tok.NEWLINE)) return;
    raiseAtLastToken(p, "expected ':'");
  });
  attempt(p, () => {
    if (!p.atSoftKeyword('match')) return;
    const a = p.tokens[p.mark++];
    if (P.subjectExpr(p) === null || !colonNewlineNoIndent(p)) return;
    raiseIndentation(p, "'match' statement", a.lineno);
  });
  return null;
}

/** invalid_case_block */
export function invalidCaseBlock(p: Parser): null {
  attempt(p, () => {
    if (!p.atSoftKeyword('case')) return;
    p.mark++;
    if (P.patterns(p) === null) return;
    P.guard(p);
    if (!p.expect(Tok.NEWLINE)) return;
    raiseAtLastToken(p, "expected ':'");
  });
  attempt(p, () => {
    if (!p.atSoftKeyword('case')) return;
    const a = p.tokens[p.mark++];
    if (P.patterns(p) === null) return;
    P.guard(p);
    if (!colonNewlineNoIndent(p)) return;
    raiseIndentation(p, "'case' statement", a.lineno);
  });
  return null;
}

/**
 * invalid_as_pattern:
 *   or_pattern 'as' "_"
 *   or_pattern 'as' !NAME expression
 */
export function invalidAsPattern(p: Parser): null {
  attempt(p, () => {
    if (P.orPattern(p) === null || !p.expect(Tok.KW_AS)) return;
    const a = p.peek();
    if (a.type === Tok.NAME && a.str === '_') raiseAt(p, a, "cannot use '_' as a target");
    if (a.type === Tok.NAME) return;
    const e = E.expression(p);
    if (e === null) return;
    raiseAt(p, e, 'invalid pattern target');
  });
  return null;
}

/**
 * invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
 * invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
 */
export function invalidClassPattern(p: Parser): null {
  attempt(p, () => {
    if (!p.expect(Tok.NAME)) return;
    while (p.at(Tok.DOT)) {
      p.mark++;
      if (!p.expect(Tok.NAME)) return;
    }
    if (!p.expect(Tok.LPAR)) return;
    // [positional_patterns ',']
    const m = p.mark;
    const pos = positionalPatterns(p);
    if (pos === 0 || !p.expect(Tok.COMMA)) p.mark = m;
    // keyword_patterns ','
    let kw = 0;
    for (;;) {
      const m2 = p.mark;
      if (kw && !p.expect(Tok.COMMA)) break;
      if (!(p.peekType() === Tok.NAME && p.peekType2() === Tok.EQUAL)) {
        p.mark = m2;
        break;
      }
      p.mark += 2;
      if (P.patternRule(p) === null) {
        p.mark = m2;
        break;
      }
      kw++;
    }
    if (kw === 0 || !p.expect(Tok.COMMA)) return;
    const pats: A.pattern[] = [];
    for (;;) {
      const m3 = p.mark;
      if (pats.length && !p.expect(Tok.COMMA)) break;
      const q = P.patternRule(p);
      if (q === null) {
        p.mark = m3;
        break;
      }
      pats.push(q);
    }
    if (pats.length === 0) return;
    raiseRange(p, pats[0], pats[pats.length - 1], 'positional patterns follow keyword patterns');
  });
  return null;
}

function positionalPatterns(p: Parser): number {
  let n = 0;
  for (;;) {
    const m = p.mark;
    if (n && !p.expect(Tok.COMMA)) break;
    if (p.peekType() === Tok.NAME && p.peekType2() === Tok.EQUAL) {
      p.mark = m;
      break;
    }
    if (P.patternRule(p) === null) {
      p.mark = m;
      break;
    }
    n++;
  }
  return n;
}

/** invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt */
function invalidCondStmt(p: Parser, kw: Tok, what: string, useExprLine: boolean): null {
  attempt(p, () => {
    if (!p.expect(kw) || E.namedExpression(p) === null || !p.expect(Tok.NEWLINE)) return;
    raiseAtLastToken(p, "expected ':'");
  });
  attempt(p, () => {
    const a = p.expect(kw);
    if (a === null) return;
    const e = E.namedExpression(p);
    if (e === null || !colonNewlineNoIndent(p)) return;
    raiseIndentation(p, what, useExprLine ? e.lineno : a.lineno);
  });
  return null;
}

export function invalidIfStmt(p: Parser): null {
  // `a='if' a=named_expression`: the line is the condition's.
  return invalidCondStmt(p, Tok.KW_IF, "'if' statement", true);
}

export function invalidElifStmt(p: Parser): null {
  return invalidCondStmt(p, Tok.KW_ELIF, "'elif' statement", false);
}

export function invalidWhileStmt(p: Parser): null {
  return invalidCondStmt(p, Tok.KW_WHILE, "'while' statement", false);
}

/** invalid_else_stmt: 'else' ':' NEWLINE !INDENT */
export function invalidElseStmt(p: Parser): null {
  attempt(p, () => {
    const a = p.expect(Tok.KW_ELSE);
    if (a === null || !colonNewlineNoIndent(p)) return;
    raiseIndentation(p, "'else' statement", a.lineno);
  });
  return null;
}

/**
 * invalid_for_stmt:
 *   [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
 *   [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
 */
export function invalidForStmt(p: Parser): null {
  for (const indent of [false, true]) {
    attempt(p, () => {
      p.expect(Tok.ASYNC);
      const a = p.expect(Tok.KW_FOR);
      if (a === null || E.starTargets(p) === null || !p.expect(Tok.KW_IN) || E.starExpressions(p) === null) return;
      if (!indent) {
        if (!p.expect(Tok.NEWLINE)) return;
        raiseAtLastToken(p, "expected ':'");
      }
      if (!colonNewlineNoIndent(p)) return;
      raiseIndentation(p, "'for' statement", a.lineno);
    });
  }
  return null;
}

/** invalid_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT */
export function invalidDefRaw(p: Parser): null {
  attempt(p, () => {
    p.expect(Tok.ASYNC);
    const a = p.expect(Tok.KW_DEF);
    if (a === null || !p.expect(Tok.NAME) || !p.expect(Tok.LPAR)) return;
    if (!p.at(Tok.RPAR)) E.parameters(p, true);
    if (!p.expect(Tok.RPAR)) return;
    if (p.at(Tok.RARROW)) {
      const m = p.mark;
      p.mark++;
      if (E.expression(p) === null) p.mark = m;
    }
    if (!colonNewlineNoIndent(p)) return;
    raiseIndentation(p, 'function definition', a.lineno);
  });
  return null;
}

/**
 * invalid_class_def_raw:
 *   'class' NAME ['(' [arguments] ')'] NEWLINE
 *   'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
 */
export function invalidClassDefRaw(p: Parser): null {
  for (const indent of [false, true]) {
    attempt(p, () => {
      const a = p.expect(Tok.KW_CLASS);
      if (a === null || !p.expect(Tok.NAME)) return;
      if (p.at(Tok.LPAR)) {
        const m = p.mark;
        p.mark++;
        if (!p.at(Tok.RPAR)) E.argumentsRule(p);
        if (!p.expect(Tok.RPAR)) p.mark = m;
      }
      if (!indent) {
        if (!p.expect(Tok.NEWLINE)) return;
        raiseAtLastToken(p, "expected ':'");
      }
      if (!colonNewlineNoIndent(p)) return;
      raiseIndentation(p, 'class definition', a.lineno);
    });
  }
  return null;
}
