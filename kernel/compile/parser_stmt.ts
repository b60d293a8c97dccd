/**
 * CPython 3.11: Grammar/python.gram, STARTING RULES, GENERAL STATEMENTS, SIMPLE STATEMENTS
 * and COMPOUND STATEMENTS.
 */
import type * as A from './ast.ts';
import type { expr, stmt } from './ast.ts';
import * as N from './ast_nodes.ts';
import { emptyArguments, setExprContext } from './action_helpers.ts';
import type { Parser } from './parser.ts';
import type { Token } from './tokenizer.ts';
import { Tok } from './tokens.ts';
import {
  argumentsRule,
  delTargets,
  expression,
  expressions,
  namedExpression,
  parameters,
  starExpressions,
  starTarget,
  starTargets,
  yieldExpr,
} from './parser_expr.ts';
import { matchStmt } from './parser_pattern.ts';
import * as I from './parser_invalid.ts';

// ---------------------------------------------------------------------------------------------
// starting rules
// ---------------------------------------------------------------------------------------------

/** file: [statements] ENDMARKER */
export function fileRule(p: Parser): A.Module | null {
  const a = statements(p) ?? [];
  if (!p.expect(Tok.ENDMARKER)) return null;
  return { _type: 'Module', body: a, type_ignores: [] };
}

/** interactive: statement_newline */
export function interactiveRule(p: Parser): A.Interactive | null {
  const a = statementNewline(p);
  if (a === null) return null;
  return { _type: 'Interactive', body: a };
}

/** eval: expressions NEWLINE* ENDMARKER */
export function evalRule(p: Parser): A.Expression | null {
  const a = expressions(p);
  if (a === null) return null;
  while (p.expect(Tok.NEWLINE));
  if (!p.expect(Tok.ENDMARKER)) return null;
  return { _type: 'Expression', body: a };
}

/** fstring: star_expressions */
export function fstringRule(p: Parser): expr | null {
  return starExpressions(p);
}

// ---------------------------------------------------------------------------------------------
// general statements
// ---------------------------------------------------------------------------------------------

/** statements: statement+ */
export function statements(p: Parser): stmt[] | null {
  let out: stmt[] | null = null;
  for (;;) {
    const a = statement(p);
    if (a === null) break;
    if (out === null) out = a;
    else for (const x of a) out.push(x);
  }
  return out;
}

/** statement: compound_stmt | simple_stmts */
function statement(p: Parser): stmt[] | null {
  const a = compoundStmt(p);
  if (a !== null) return [a];
  return simpleStmts(p);
}

/** statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER */
function statementNewline(p: Parser): stmt[] | null {
  const m = p.mark;
  const a = compoundStmt(p);
  if (a !== null) {
    if (p.expect(Tok.NEWLINE)) return [a];
    p.mark = m;
  }
  const b = simpleStmts(p);
  if (b !== null) return b;
  const s = p.startToken();
  if (p.expect(Tok.NEWLINE)) return [N.Pass(s, p.lastToken())];
  // ENDMARKER: _PyPegen_interactive_exit makes the parse fail.
  return null;
}

/** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
function simpleStmts(p: Parser): stmt[] | null {
  const m = p.mark;
  const a = simpleStmt(p);
  if (a === null) return null;
  const out: stmt[] = [a];
  for (;;) {
    const m2 = p.mark;
    if (!p.expect(Tok.SEMI)) break;
    const b = simpleStmt(p);
    if (b === null) {
      p.mark = m2 + 1;
      break;
    }
    out.push(b);
  }
  if (!p.expect(Tok.NEWLINE)) {
    p.mark = m;
    return null;
  }
  return out;
}

/**
 * simple_stmt: assignment | star_expressions | &'return' return_stmt | &('import' | 'from') import_stmt |
 * &'raise' raise_stmt | 'pass' | &'del' del_stmt | &'yield' yield_stmt | &'assert' assert_stmt |
 * 'break' | 'continue' | &'global' global_stmt | &'nonlocal' nonlocal_stmt
 */
function simpleStmt(p: Parser): stmt | null {
  const s = p.startToken();
  switch (s.type) {
    case Tok.KW_RETURN: return returnStmt(p, s);
    case Tok.KW_IMPORT: return importName(p, s);
    case Tok.KW_FROM: return importFrom(p, s);
    case Tok.KW_RAISE: return raiseStmt(p, s);
    case Tok.KW_PASS:
      p.mark++;
      return N.Pass(s, s);
    case Tok.KW_DEL: return delStmt(p, s);
    case Tok.KW_YIELD: {
      // No assignment can start with 'yield'; the second pass still tries invalid_assignment.
      if (p.callInvalidRules) I.invalidAssignment(p);
      const y = yieldExpr(p);
      if (y === null) return null;
      return N.Expr(y, s, p.lastToken());
    }
    case Tok.KW_ASSERT: return assertStmt(p, s);
    case Tok.KW_BREAK:
      p.mark++;
      return N.Break(s, s);
    case Tok.KW_CONTINUE:
      p.mark++;
      return N.Continue(s, s);
    case Tok.KW_GLOBAL:
    case Tok.KW_NONLOCAL: return globalStmt(p, s);
    default:
      return assignmentOrExpr(p, s);
  }
}

function augOp(t: Tok): A.operator | null {
  switch (t) {
    case Tok.PLUSEQUAL: return 'Add';
    case Tok.MINEQUAL: return 'Sub';
    case Tok.STAREQUAL: return 'Mult';
    case Tok.ATEQUAL: return 'MatMult';
    case Tok.SLASHEQUAL: return 'Div';
    case Tok.PERCENTEQUAL: return 'Mod';
    case Tok.AMPEREQUAL: return 'BitAnd';
    case Tok.VBAREQUAL: return 'BitOr';
    case Tok.CIRCUMFLEXEQUAL: return 'BitXor';
    case Tok.LEFTSHIFTEQUAL: return 'LShift';
    case Tok.RIGHTSHIFTEQUAL: return 'RShift';
    case Tok.DOUBLESTAREQUAL: return 'Pow';
    case Tok.DOUBLESLASHEQUAL: return 'FloorDiv';
    default: return null;
  }
}

export function isAugassign(t: Tok): boolean {
  return augOp(t) !== null;
}

/**
 * assignment | star_expressions, parsed as a cover grammar: the left-hand side is parsed
 * as star_expressions once, then what follows (':', '=', an augmented operator or nothing)
 * decides, and the left side is checked against the target rules (star_targets,
 * single_target). The second pass tries invalid_assignment when this fails.
 */
function assignmentOrExpr(p: Parser, s: Token): stmt | null {
  const m = p.mark;
  const r = assignmentCover(p, s);
  if (r !== null && (r._type !== 'Expr' || !p.callInvalidRules)) return r;
  // The PEG tries invalid_assignment after the assignment alternatives fail, before
  // star_expressions: in the second pass, also when the statement is an expression.
  const end = p.mark;
  p.mark = m;
  if (p.callInvalidRules) {
    I.invalidAssignment(p);
    p.mark = m;
    if (r !== null) {
      p.mark = end;
      return r;
    }
    const e = starExpressions(p);
    if (e !== null) return N.Expr(e, s, p.lastToken());
  }
  return null;
}

function assignmentCover(p: Parser, s: Token): stmt | null {
  // NAME ':' expression ['=' annotated_rhs]
  if (s.type === Tok.NAME && p.peekType2() === Tok.COLON) {
    p.mark += 2;
    const target = N.Name(s.str, 'Store', s, s);
    return annotatedRest(p, s, target, 1);
  }
  const a = starExpressions(p);
  if (a === null) return null;
  const t = p.peekType();
  if (t === Tok.COLON) {
    // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    const parenthesized = s.type === Tok.LPAR;
    const ok = a._type === 'Attribute' || a._type === 'Subscript' || (a._type === 'Name' && parenthesized);
    if (!ok || (parenthesized && !singleTargetInParens(p, s, a))) return null;
    p.mark++;
    return annotatedRest(p, s, setExprContext(a, 'Store'), 0);
  }
  if (t === Tok.EQUAL) return assignRest(p, s, a);
  const op = augOp(t);
  if (op !== null) {
    // single_target augassign ~ (yield_expr | star_expressions)
    if (a._type !== 'Name' && a._type !== 'Attribute' && a._type !== 'Subscript') return null;
    if (s.type === Tok.LPAR && !singleTargetInParens(p, s, a)) return null;
    p.mark++;
    const value = yieldExpr(p) ?? starExpressions(p);
    if (value === null) return null;
    return N.AugAssign(setExprContext(a, 'Store'), op, value, s, p.lastToken());
  }
  return N.Expr(a, s, p.lastToken());
}

/**
 * A parenthesized single_target ('(' single_target ')') is only parentheses around it: no
 * tuple, and no call or operator between. The node must span all but the parentheses.
 */
function singleTargetInParens(p: Parser, s: Token, a: expr): boolean {
  if (a._type === 'Attribute' || a._type === 'Subscript') {
    // `(x).y` is single_subscript_attribute_target too: it starts with '(' but is no group.
    if (a.col_offset === s.col_offset && a.lineno === s.lineno) return true;
  }
  // Count the parentheses that close right after the node.
  let depth = 0;
  let i = p.tokens.indexOf(s);
  while (p.tokens[i].type === Tok.LPAR) {
    depth++;
    i++;
  }
  const first = p.tokens[i];
  if (first.lineno !== a.lineno || first.col_offset !== a.col_offset) return false;
  let j = p.mark - 1;
  let closing = 0;
  while (j > i && p.tokens[j].type === Tok.RPAR && closing < depth) {
    closing++;
    j--;
  }
  const last = p.tokens[j];
  return closing === depth && last.end_lineno === a.end_lineno && last.end_col_offset === a.end_col_offset;
}

/** The rest of an annotated assignment after the ':'. */
function annotatedRest(p: Parser, s: Token, target: expr, simple: number): stmt | null {
  const annotation = expression(p);
  if (annotation === null) return null;
  let value: expr | null = null;
  if (p.at(Tok.EQUAL)) {
    const m = p.mark;
    p.mark++;
    value = yieldExpr(p) ?? starExpressions(p);
    if (value === null) p.mark = m;
  }
  return N.AnnAssign(target, annotation, value, simple, s, p.lastToken());
}

/** (star_targets '=')+ (yield_expr | star_expressions) !'=' — `first` is before the first '='. */
function assignRest(p: Parser, s: Token, first: expr): stmt | null {
  const targets: expr[] = [];
  let a = first;
  for (;;) {
    const t = toStarTargets(a);
    if (t === null) return null;
    targets.push(t);
    p.mark++; // '='
    const v = yieldExpr(p) ?? starExpressions(p);
    if (v === null) return null;
    if (!p.at(Tok.EQUAL)) return N.Assign(targets, v, null, s, p.lastToken());
    a = v;
  }
}

/** An expression as star_targets (Store context), or null if it is no valid target. */
export function toStarTargets(e: expr): expr | null {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return setExprContext(e, 'Store');
    case 'Starred': {
      if (e.value._type === 'Starred') return null;
      const v = toStarTargets(e.value);
      if (v === null) return null;
      return N.Starred(v, 'Store', e, e);
    }
    case 'Tuple':
    case 'List': {
      const elts: expr[] = [];
      for (const x of e.elts) {
        const t = toStarTargets(x);
        if (t === null) return null;
        elts.push(t);
      }
      return e._type === 'Tuple' ? N.Tuple(elts, 'Store', e, e) : N.List(elts, 'Store', e, e);
    }
    default:
      return null;
  }
}

/** return_stmt: 'return' [star_expressions] */
function returnStmt(p: Parser, s: Token): stmt {
  p.mark++;
  const a = starExpressions(p);
  return N.Return(a, s, p.lastToken());
}

/** raise_stmt: 'raise' expression ['from' expression] | 'raise' */
function raiseStmt(p: Parser, s: Token): stmt {
  p.mark++;
  const a = expression(p);
  if (a !== null) {
    let b: expr | null = null;
    if (p.at(Tok.KW_FROM)) {
      const m = p.mark;
      p.mark++;
      b = expression(p);
      if (b === null) p.mark = m;
    }
    return N.Raise(a, b, s, p.lastToken());
  }
  return N.Raise(null, null, s, p.lastToken());
}

/** global_stmt: 'global' ','.NAME+ — nonlocal_stmt: 'nonlocal' ','.NAME+ */
function globalStmt(p: Parser, s: Token): stmt | null {
  const m = p.mark;
  p.mark++;
  const names: string[] = [];
  for (;;) {
    const m2 = p.mark;
    if (names.length && !p.expect(Tok.COMMA)) break;
    const n = p.expect(Tok.NAME);
    if (n === null) {
      p.mark = m2;
      break;
    }
    names.push(n.str);
  }
  if (names.length === 0) {
    p.mark = m;
    return null;
  }
  const e = p.lastToken();
  return s.type === Tok.KW_GLOBAL ? N.Global(names, s, e) : N.Nonlocal(names, s, e);
}

/** del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
function delStmt(p: Parser, s: Token): stmt | null {
  const m = p.mark;
  p.mark++;
  const a = delTargets(p);
  if (a !== null && (p.at(Tok.SEMI) || p.at(Tok.NEWLINE))) return N.Delete(a, s, p.lastToken());
  p.mark = m;
  if (p.callInvalidRules) I.invalidDelStmt(p);
  return null;
}

/** assert_stmt: 'assert' expression [',' expression] */
function assertStmt(p: Parser, s: Token): stmt | null {
  const m = p.mark;
  p.mark++;
  const a = expression(p);
  if (a === null) {
    p.mark = m;
    return null;
  }
  let b: expr | null = null;
  if (p.at(Tok.COMMA)) {
    const m2 = p.mark;
    p.mark++;
    b = expression(p);
    if (b === null) p.mark = m2;
  }
  return N.Assert(a, b, s, p.lastToken());
}

/** import_name: 'import' dotted_as_names */
function importName(p: Parser, s: Token): stmt | null {
  const m = p.mark;
  p.mark++;
  const names: A.alias[] = [];
  for (;;) {
    const m2 = p.mark;
    if (names.length && !p.expect(Tok.COMMA)) break;
    const a = dottedAsName(p);
    if (a === null) {
      p.mark = m2;
      break;
    }
    names.push(a);
  }
  if (names.length === 0) {
    p.mark = m;
    return null;
  }
  return N.Import(names, s, p.lastToken());
}

/** dotted_as_name: dotted_name ['as' NAME] */
function dottedAsName(p: Parser): A.alias | null {
  const s = p.startToken();
  const name = dottedName(p);
  if (name === null) return null;
  const asname = asName(p);
  return N.alias(name, asname, s, p.lastToken());
}

/** ['as' NAME] */
function asName(p: Parser): string | null {
  if (!p.at(Tok.KW_AS)) return null;
  const m = p.mark;
  p.mark++;
  const n = p.expect(Tok.NAME);
  if (n === null) {
    p.mark = m;
    return null;
  }
  return n.str;
}

/** dotted_name: dotted_name '.' NAME | NAME */
function dottedName(p: Parser): string | null {
  const n = p.expect(Tok.NAME);
  if (n === null) return null;
  let name = n.str;
  for (;;) {
    const m = p.mark;
    if (!p.expect(Tok.DOT)) break;
    const b = p.expect(Tok.NAME);
    if (b === null) {
      p.mark = m;
      break;
    }
    name += '.' + b.str;
  }
  return name;
}

/**
 * import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets |
 * 'from' ('.' | '...')+ 'import' import_from_targets
 */
function importFrom(p: Parser, s: Token): stmt | null {
  const m = p.mark;
  p.mark++;
  let level = 0;
  for (;;) {
    if (p.expect(Tok.DOT)) level += 1;
    else if (p.expect(Tok.ELLIPSIS)) level += 3;
    else break;
  }
  const module = dottedName(p);
  if ((module !== null || level > 0) && p.expect(Tok.KW_IMPORT)) {
    const names = importFromTargets(p);
    if (names !== null) return N.ImportFrom(module, names, level, s, p.lastToken());
  }
  p.mark = m;
  return null;
}

/**
 * import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*' |
 * invalid_import_from_targets
 */
function importFromTargets(p: Parser): A.alias[] | null {
  const m = p.mark;
  const s = p.startToken();
  if (s.type === Tok.LPAR) {
    p.mark++;
    const a = importFromAsNames(p);
    if (a !== null) {
      p.expect(Tok.COMMA);
      if (p.expect(Tok.RPAR)) return a;
    }
    p.mark = m;
  }
  const a = importFromAsNames(p);
  if (a !== null) {
    if (!p.at(Tok.COMMA)) return a;
    p.mark = m;
  }
  if (s.type === Tok.STAR) {
    p.mark++;
    return [N.alias('*', null, s, s)];
  }
  if (p.callInvalidRules) I.invalidImportFromTargets(p);
  return null;
}

/** import_from_as_names: ','.import_from_as_name+ */
function importFromAsNames(p: Parser): A.alias[] | null {
  const out: A.alias[] = [];
  for (;;) {
    const m = p.mark;
    if (out.length && !p.expect(Tok.COMMA)) break;
    const s = p.startToken();
    const n = p.expect(Tok.NAME);
    if (n === null) {
      p.mark = m;
      break;
    }
    out.push(N.alias(n.str, asName(p), s, p.lastToken()));
  }
  return out.length ? out : null;
}

// ---------------------------------------------------------------------------------------------
// compound statements
// ---------------------------------------------------------------------------------------------

/**
 * compound_stmt: &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def |
 * &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt | &'while' while_stmt |
 * match_stmt
 */
function compoundStmt(p: Parser): stmt | null {
  const t = p.peek();
  switch (t.type) {
    case Tok.KW_DEF: return functionDef(p, null);
    case Tok.AT: return decorated(p);
    case Tok.ASYNC: {
      const t2 = p.peekType2();
      if (t2 === Tok.KW_DEF) return functionDef(p, null);
      if (t2 === Tok.KW_WITH) return withStmt(p);
      if (t2 === Tok.KW_FOR) return forStmt(p);
      return null;
    }
    case Tok.KW_IF: return ifStmt(p);
    case Tok.KW_CLASS: return classDef(p, null);
    case Tok.KW_WITH: return withStmt(p);
    case Tok.KW_FOR: return forStmt(p);
    case Tok.KW_TRY: return tryStmt(p);
    case Tok.KW_WHILE: return whileStmt(p);
    case Tok.NAME:
      if (t.str === 'match') return matchStmt(p);
      return null;
    default:
      return null;
  }
}

/** block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
export function block(p: Parser): stmt[] | null {
  const m = p.mark;
  if (p.at(Tok.NEWLINE)) {
    p.mark++;
    if (p.expect(Tok.INDENT)) {
      const a = statements(p);
      if (a !== null && p.expect(Tok.DEDENT)) return a;
    }
    p.mark = m;
  } else {
    const a = simpleStmts(p);
    if (a !== null) return a;
  }
  if (p.callInvalidRules) I.invalidBlock(p);
  return null;
}

/** decorators: ('@' named_expression NEWLINE)+, then function_def_raw or class_def_raw */
function decorated(p: Parser): stmt | null {
  const m = p.mark;
  const decorators: expr[] = [];
  while (p.at(Tok.AT)) {
    const m2 = p.mark;
    p.mark++;
    const f = namedExpression(p);
    if (f === null || !p.expect(Tok.NEWLINE)) {
      p.mark = m2;
      break;
    }
    decorators.push(f);
  }
  if (decorators.length === 0) return null;
  const t = p.peekType();
  let r: stmt | null = null;
  if (t === Tok.KW_DEF || (t === Tok.ASYNC && p.peekType2() === Tok.KW_DEF)) r = functionDef(p, decorators);
  else if (t === Tok.KW_CLASS) r = classDef(p, decorators);
  if (r === null) p.mark = m;
  return r;
}

/**
 * function_def_raw: invalid_def_raw |
 * 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block |
 * ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
 */
function functionDef(p: Parser, decorators: expr[] | null): stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) I.invalidDefRaw(p);
  const s = p.startToken();
  const isAsync = p.expect(Tok.ASYNC) !== null;
  if (!p.expect(Tok.KW_DEF)) {
    p.mark = m;
    return null;
  }
  const n = p.expect(Tok.NAME);
  if (n === null) {
    p.mark = m;
    return null;
  }
  p.expectForced(Tok.LPAR, '(');
  let params: A.arguments | null = null;
  if (!p.at(Tok.RPAR)) {
    if (p.callInvalidRules) I.invalidParameters(p);
    params = parameters(p, true);
  }
  if (!p.expect(Tok.RPAR)) {
    p.mark = m;
    return null;
  }
  let returns: expr | null = null;
  if (p.at(Tok.RARROW)) {
    const m2 = p.mark;
    p.mark++;
    returns = expression(p);
    if (returns === null) p.mark = m2;
  }
  p.expectForced(Tok.COLON, ':');
  const body = block(p);
  if (body === null) {
    p.mark = m;
    return null;
  }
  const args = params ?? emptyArguments();
  const e = p.lastToken();
  const d = decorators ?? [];
  return isAsync
    ? N.AsyncFunctionDef(n.str, args, body, d, returns, null, s, e)
    : N.FunctionDef(n.str, args, body, d, returns, null, s, e);
}

/** class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block */
function classDef(p: Parser, decorators: expr[] | null): stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) I.invalidClassDefRaw(p);
  const s = p.startToken();
  p.mark++;
  const n = p.expect(Tok.NAME);
  if (n === null) {
    p.mark = m;
    return null;
  }
  let bases: expr[] = [];
  let keywords: A.keyword[] = [];
  if (p.at(Tok.LPAR)) {
    const m2 = p.mark;
    p.mark++;
    let ok = true;
    if (!p.at(Tok.RPAR)) {
      const a = argumentsRule(p);
      if (a === null) ok = false;
      else {
        bases = a.args;
        keywords = a.keywords;
      }
    }
    if (!ok || !p.expect(Tok.RPAR)) p.mark = m2;
  }
  if (!p.expect(Tok.COLON)) {
    p.mark = m;
    return null;
  }
  const body = block(p);
  if (body === null) {
    p.mark = m;
    return null;
  }
  return N.ClassDef(n.str, bases, keywords, body, decorators ?? [], s, p.lastToken());
}

/**
 * if_stmt: invalid_if_stmt | 'if' named_expression ':' block elif_stmt |
 * 'if' named_expression ':' block [else_block]
 */
function ifStmt(p: Parser): stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) I.invalidIfStmt(p);
  const s = p.startToken();
  p.mark++;
  const a = namedExpression(p);
  if (a === null || !p.expect(Tok.COLON)) {
    p.mark = m;
    return null;
  }
  const b = block(p);
  if (b === null) {
    p.mark = m;
    return null;
  }
  const c = elifOrElse(p);
  return N.If(a, b, c, s, p.lastToken());
}

/** elif_stmt | [else_block] after an if or elif block. */
function elifOrElse(p: Parser): stmt[] {
  if (p.at(Tok.KW_ELIF)) {
    const e = elifStmt(p);
    if (e !== null) return [e];
  }
  return elseBlock(p) ?? [];
}

/** elif_stmt: invalid_elif_stmt | 'elif' named_expression ':' block (elif_stmt | [else_block]) */
function elifStmt(p: Parser): stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) I.invalidElifStmt(p);
  const s = p.startToken();
  p.mark++;
  const a = namedExpression(p);
  if (a === null || !p.expect(Tok.COLON)) {
    p.mark = m;
    return null;
  }
  const b = block(p);
  if (b === null) {
    p.mark = m;
    return null;
  }
  const c = elifOrElse(p);
  return N.If(a, b, c, s, p.lastToken());
}

/** else_block: invalid_else_stmt | 'else' &&':' block */
function elseBlock(p: Parser): stmt[] | null {
  if (!p.at(Tok.KW_ELSE)) return null;
  const m = p.mark;
  if (p.callInvalidRules) I.invalidElseStmt(p);
  p.mark++;
  p.expectForced(Tok.COLON, ':');
  const b = block(p);
  if (b === null) p.mark = m;
  return b;
}

/** while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block] */
function whileStmt(p: Parser): stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) I.invalidWhileStmt(p);
  const s = p.startToken();
  p.mark++;
  const a = namedExpression(p);
  if (a === null || !p.expect(Tok.COLON)) {
    p.mark = m;
    return null;
  }
  const b = block(p);
  if (b === null) {
    p.mark = m;
    return null;
  }
  const c = elseBlock(p) ?? [];
  return N.While(a, b, c, s, p.lastToken());
}

/**
 * for_stmt: invalid_for_stmt | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block] |
 * invalid_for_target
 */
function forStmt(p: Parser): stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) I.invalidForStmt(p);
  const s = p.startToken();
  const isAsync = p.expect(Tok.ASYNC) !== null;
  if (p.expect(Tok.KW_FOR)) {
    const t = starTargets(p);
    if (t !== null && p.expect(Tok.KW_IN)) {
      // Cut: from here the statement completes or fails as a whole.
      const ex = starExpressions(p);
      if (ex !== null && p.expect(Tok.COLON)) {
        const b = block(p);
        if (b !== null) {
          const el = elseBlock(p) ?? [];
          const e = p.lastToken();
          return isAsync ? N.AsyncFor(t, ex, b, el, null, s, e) : N.For(t, ex, b, el, null, s, e);
        }
      }
      p.mark = m;
      return null;
    }
  }
  p.mark = m;
  if (p.callInvalidRules) I.invalidForTarget(p);
  return null;
}

/**
 * with_stmt: invalid_with_stmt_indent | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block |
 * [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block | invalid_with_stmt
 */
function withStmt(p: Parser): stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) I.invalidWithStmtIndent(p);
  const s = p.startToken();
  const isAsync = p.expect(Tok.ASYNC) !== null;
  p.mark++; // 'with'
  const afterWith = p.mark;
  let items: A.withitem[] | null = null;
  if (p.at(Tok.LPAR)) {
    p.mark++;
    items = withItems(p);
    if (items !== null) {
      p.expect(Tok.COMMA);
      if (!p.expect(Tok.RPAR) || !p.at(Tok.COLON)) items = null;
    }
    if (items === null) p.mark = afterWith;
  }
  if (items === null) items = withItems(p);
  if (items !== null && p.expect(Tok.COLON)) {
    const b = block(p);
    if (b !== null) {
      const e = p.lastToken();
      return isAsync ? N.AsyncWith(items, b, null, s, e) : N.With(items, b, null, s, e);
    }
  }
  p.mark = m;
  if (p.callInvalidRules) I.invalidWithStmt(p);
  return null;
}

/** ','.with_item+ */
function withItems(p: Parser): A.withitem[] | null {
  const out: A.withitem[] = [];
  for (;;) {
    const m = p.mark;
    if (out.length && !p.expect(Tok.COMMA)) break;
    const w = withItem(p);
    if (w === null) {
      p.mark = m;
      break;
    }
    out.push(w);
  }
  return out.length ? out : null;
}

/** with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression */
function withItem(p: Parser): A.withitem | null {
  const m = p.mark;
  const e = expression(p);
  if (e === null) return null;
  if (p.at(Tok.KW_AS)) {
    const afterE = p.mark;
    p.mark++;
    const t = starTarget(p);
    if (t !== null) {
      const n = p.peekType();
      if (n === Tok.COMMA || n === Tok.RPAR || n === Tok.COLON) return { _type: 'withitem', context_expr: e, optional_vars: t };
    }
    p.mark = m;
    if (p.callInvalidRules) I.invalidWithItem(p);
    p.mark = afterE;
  }
  return { _type: 'withitem', context_expr: e, optional_vars: null };
}

/**
 * try_stmt: invalid_try_stmt | 'try' &&':' block finally_block |
 * 'try' &&':' block except_block+ [else_block] [finally_block] |
 * 'try' &&':' block except_star_block+ [else_block] [finally_block]
 */
function tryStmt(p: Parser): stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) I.invalidTryStmt(p);
  const s = p.startToken();
  p.mark++;
  p.expectForced(Tok.COLON, ':');
  const b = block(p);
  if (b === null) {
    p.mark = m;
    return null;
  }
  if (p.at(Tok.KW_FINALLY)) {
    const f = finallyBlock(p);
    if (f !== null) return N.Try(b, [], [], f, s, p.lastToken());
    p.mark = m;
    return null;
  }
  const afterBody = p.mark;
  for (const star of [false, true]) {
    p.mark = afterBody;
    const handlers: A.excepthandler[] = [];
    for (;;) {
      const h = star ? exceptStarBlock(p) : exceptBlock(p);
      if (h === null) break;
      handlers.push(h);
    }
    if (handlers.length === 0) continue;
    const el = elseBlock(p) ?? [];
    const f = p.at(Tok.KW_FINALLY) ? finallyBlock(p) ?? [] : [];
    const e = p.lastToken();
    return star ? N.TryStar(b, handlers, el, f, s, e) : N.Try(b, handlers, el, f, s, e);
  }
  p.mark = m;
  return null;
}

/**
 * except_block: invalid_except_stmt_indent | 'except' expression ['as' NAME] ':' block |
 * 'except' ':' block | invalid_except_stmt
 */
export function exceptBlock(p: Parser): A.excepthandler | null {
  const s = p.startToken();
  if (s.type !== Tok.KW_EXCEPT) return null;
  const m = p.mark;
  if (p.callInvalidRules) I.invalidExceptStmtIndent(p);
  p.mark++;
  let type: expr | null = null;
  let name: string | null = null;
  if (!p.at(Tok.COLON)) {
    type = expression(p);
    if (type !== null) name = asName(p);
  }
  if ((type !== null || p.at(Tok.COLON)) && p.expect(Tok.COLON)) {
    const b = block(p);
    if (b !== null) return N.ExceptHandler(type, name, b, s, p.lastToken());
  }
  p.mark = m;
  if (p.callInvalidRules) I.invalidExceptStmt(p);
  return null;
}

/**
 * except_star_block: invalid_except_star_stmt_indent | 'except' '*' expression ['as' NAME] ':' block |
 * invalid_except_stmt
 */
export function exceptStarBlock(p: Parser): A.excepthandler | null {
  const s = p.startToken();
  if (s.type !== Tok.KW_EXCEPT) return null;
  const m = p.mark;
  if (p.callInvalidRules) I.invalidExceptStarStmtIndent(p);
  p.mark++;
  if (p.expect(Tok.STAR)) {
    const type = expression(p);
    if (type !== null) {
      const name = asName(p);
      if (p.expect(Tok.COLON)) {
        const b = block(p);
        if (b !== null) return N.ExceptHandler(type, name, b, s, p.lastToken());
      }
    }
  }
  p.mark = m;
  if (p.callInvalidRules) I.invalidExceptStmt(p);
  return null;
}

/** finally_block: invalid_finally_stmt | 'finally' &&':' block */
function finallyBlock(p: Parser): stmt[] | null {
  const m = p.mark;
  if (p.callInvalidRules) I.invalidFinallyStmt(p);
  p.mark++;
  p.expectForced(Tok.COLON, ':');
  const b = block(p);
  if (b === null) p.mark = m;
  return b;
}
