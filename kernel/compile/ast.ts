/**
 * CPython 3.11: Parser/Python.asdl — the abstract syntax tree.
 *
 * Each node is a plain object whose `_type` is the CPython class name, whose fields are named
 * and ordered as in Python.asdl, and which carries the position attributes
 * (`lineno`/`end_lineno` 1-based, `col_offset`/`end_col_offset` in UTF-8 bytes) where the ASDL
 * has them. Optional fields (`?`) are `null`; sequences (`*`) are arrays; identifiers are JS
 * strings. operator / unaryop / cmpop / boolop / expr_context are string literals.
 */
import type { ConstValue } from './constants.ts';

/** The position attributes shared by stmt, expr, excepthandler, arg, keyword, alias, pattern. */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---------------------------------------------------------------------------------------------
// mod
// ---------------------------------------------------------------------------------------------

export interface Module { _type: 'Module'; body: stmt[]; type_ignores: TypeIgnore[] }
export interface Interactive { _type: 'Interactive'; body: stmt[] }
export interface Expression { _type: 'Expression'; body: expr }
export interface FunctionType { _type: 'FunctionType'; argtypes: expr[]; returns: expr }
export type mod = Module | Interactive | Expression | FunctionType;

// ---------------------------------------------------------------------------------------------
// stmt
// ---------------------------------------------------------------------------------------------

export interface FunctionDef extends Located {
  _type: 'FunctionDef';
  name: string;
  args: arguments;
  body: stmt[];
  decorator_list: expr[];
  returns: expr | null;
  type_comment: string | null;
}
export interface AsyncFunctionDef extends Located {
  _type: 'AsyncFunctionDef';
  name: string;
  args: arguments;
  body: stmt[];
  decorator_list: expr[];
  returns: expr | null;
  type_comment: string | null;
}
export interface ClassDef extends Located {
  _type: 'ClassDef';
  name: string;
  bases: expr[];
  keywords: keyword[];
  body: stmt[];
  decorator_list: expr[];
}
export interface Return extends Located { _type: 'Return'; value: expr | null }
export interface Delete extends Located { _type: 'Delete'; targets: expr[] }
export interface Assign extends Located {
  _type: 'Assign';
  targets: expr[];
  value: expr;
  type_comment: string | null;
}
export interface AugAssign extends Located { _type: 'AugAssign'; target: expr; op: operator; value: expr }
/** `simple` is 1 for a bare Name target that was not in parentheses, else 0. */
export interface AnnAssign extends Located {
  _type: 'AnnAssign';
  target: expr;
  annotation: expr;
  value: expr | null;
  simple: number;
}
export interface For extends Located {
  _type: 'For';
  target: expr;
  iter: expr;
  body: stmt[];
  orelse: stmt[];
  type_comment: string | null;
}
export interface AsyncFor extends Located {
  _type: 'AsyncFor';
  target: expr;
  iter: expr;
  body: stmt[];
  orelse: stmt[];
  type_comment: string | null;
}
export interface While extends Located { _type: 'While'; test: expr; body: stmt[]; orelse: stmt[] }
export interface If extends Located { _type: 'If'; test: expr; body: stmt[]; orelse: stmt[] }
export interface With extends Located {
  _type: 'With';
  items: withitem[];
  body: stmt[];
  type_comment: string | null;
}
export interface AsyncWith extends Located {
  _type: 'AsyncWith';
  items: withitem[];
  body: stmt[];
  type_comment: string | null;
}
export interface Match extends Located { _type: 'Match'; subject: expr; cases: match_case[] }
export interface Raise extends Located { _type: 'Raise'; exc: expr | null; cause: expr | null }
export interface Try extends Located {
  _type: 'Try';
  body: stmt[];
  handlers: excepthandler[];
  orelse: stmt[];
  finalbody: stmt[];
}
export interface TryStar extends Located {
  _type: 'TryStar';
  body: stmt[];
  handlers: excepthandler[];
  orelse: stmt[];
  finalbody: stmt[];
}
export interface Assert extends Located { _type: 'Assert'; test: expr; msg: expr | null }
export interface Import extends Located { _type: 'Import'; names: alias[] }
/** `level` is the number of leading dots (0 for an absolute import). */
export interface ImportFrom extends Located {
  _type: 'ImportFrom';
  module: string | null;
  names: alias[];
  level: number;
}
export interface Global extends Located { _type: 'Global'; names: string[] }
export interface Nonlocal extends Located { _type: 'Nonlocal'; names: string[] }
export interface Expr extends Located { _type: 'Expr'; value: expr }
export interface Pass extends Located { _type: 'Pass' }
export interface Break extends Located { _type: 'Break' }
export interface Continue extends Located { _type: 'Continue' }

export type stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | Expr | Pass | Break | Continue;

// ---------------------------------------------------------------------------------------------
// expr
// ---------------------------------------------------------------------------------------------

export interface BoolOp extends Located { _type: 'BoolOp'; op: boolop; values: expr[] }
export interface NamedExpr extends Located { _type: 'NamedExpr'; target: expr; value: expr }
export interface BinOp extends Located { _type: 'BinOp'; left: expr; op: operator; right: expr }
export interface UnaryOp extends Located { _type: 'UnaryOp'; op: unaryop; operand: expr }
export interface Lambda extends Located { _type: 'Lambda'; args: arguments; body: expr }
export interface IfExp extends Located { _type: 'IfExp'; test: expr; body: expr; orelse: expr }
/** A `null` key marks a `**mapping` unpacking; the mapping is the value at the same index. */
export interface Dict extends Located { _type: 'Dict'; keys: (expr | null)[]; values: expr[] }
export interface Set extends Located { _type: 'Set'; elts: expr[] }
export interface ListComp extends Located { _type: 'ListComp'; elt: expr; generators: comprehension[] }
export interface SetComp extends Located { _type: 'SetComp'; elt: expr; generators: comprehension[] }
export interface DictComp extends Located {
  _type: 'DictComp';
  key: expr;
  value: expr;
  generators: comprehension[];
}
export interface GeneratorExp extends Located {
  _type: 'GeneratorExp';
  elt: expr;
  generators: comprehension[];
}
export interface Await extends Located { _type: 'Await'; value: expr }
export interface Yield extends Located { _type: 'Yield'; value: expr | null }
export interface YieldFrom extends Located { _type: 'YieldFrom'; value: expr }
export interface Compare extends Located {
  _type: 'Compare';
  left: expr;
  ops: cmpop[];
  comparators: expr[];
}
export interface Call extends Located { _type: 'Call'; func: expr; args: expr[]; keywords: keyword[] }
/** `conversion` is -1 (none) or the code point of 's', 'r' or 'a'. */
export interface FormattedValue extends Located {
  _type: 'FormattedValue';
  value: expr;
  conversion: number;
  format_spec: expr | null;
}
export interface JoinedStr extends Located { _type: 'JoinedStr'; values: expr[] }
/** `kind` is 'u' for a u-prefixed string literal, else null. */
export interface Constant extends Located { _type: 'Constant'; value: ConstValue; kind: string | null }
export interface Attribute extends Located { _type: 'Attribute'; value: expr; attr: string; ctx: expr_context }
export interface Subscript extends Located { _type: 'Subscript'; value: expr; slice: expr; ctx: expr_context }
export interface Starred extends Located { _type: 'Starred'; value: expr; ctx: expr_context }
export interface Name extends Located { _type: 'Name'; id: string; ctx: expr_context }
export interface List extends Located { _type: 'List'; elts: expr[]; ctx: expr_context }
export interface Tuple extends Located { _type: 'Tuple'; elts: expr[]; ctx: expr_context }
/** Only appears as the `slice` of a Subscript (possibly inside a Tuple there). */
export interface Slice extends Located {
  _type: 'Slice';
  lower: expr | null;
  upper: expr | null;
  step: expr | null;
}

export type expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | Set | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---------------------------------------------------------------------------------------------
// simple sums
// ---------------------------------------------------------------------------------------------

export type expr_context = 'Load' | 'Store' | 'Del';
export type boolop = 'And' | 'Or';
export type operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift' | 'RShift'
  | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type unaryop = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type cmpop = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// ---------------------------------------------------------------------------------------------
// product types and the remaining sums
// ---------------------------------------------------------------------------------------------

/** `is_async` is 1 for `async for`, else 0. */
export interface comprehension {
  _type: 'comprehension';
  target: expr;
  iter: expr;
  ifs: expr[];
  is_async: number;
}

export interface ExceptHandler extends Located {
  _type: 'ExceptHandler';
  type: expr | null;
  name: string | null;
  body: stmt[];
}
export type excepthandler = ExceptHandler;

/**
 * `defaults` align with the tail of posonlyargs + args; `kw_defaults` has one entry per
 * kwonlyarg, `null` where that argument has no default.
 */
export interface arguments {
  _type: 'arguments';
  posonlyargs: arg[];
  args: arg[];
  vararg: arg | null;
  kwonlyargs: arg[];
  kw_defaults: (expr | null)[];
  kwarg: arg | null;
  defaults: expr[];
}

export interface arg extends Located {
  _type: 'arg';
  arg: string;
  annotation: expr | null;
  type_comment: string | null;
}

/** `arg` is null for a `**mapping` argument. */
export interface keyword extends Located { _type: 'keyword'; arg: string | null; value: expr }

export interface alias extends Located { _type: 'alias'; name: string; asname: string | null }

export interface withitem { _type: 'withitem'; context_expr: expr; optional_vars: expr | null }

export interface match_case { _type: 'match_case'; pattern: pattern; guard: expr | null; body: stmt[] }

export interface MatchValue extends Located { _type: 'MatchValue'; value: expr }
/**
 * `value` is None, True or False, boxed as in Constant (test/compile/ast_to_json.py prints
 * CPython's as plain null / true / false).
 */
export interface MatchSingleton extends Located { _type: 'MatchSingleton'; value: ConstValue }
export interface MatchSequence extends Located { _type: 'MatchSequence'; patterns: pattern[] }
export interface MatchMapping extends Located {
  _type: 'MatchMapping';
  keys: expr[];
  patterns: pattern[];
  rest: string | null;
}
export interface MatchClass extends Located {
  _type: 'MatchClass';
  cls: expr;
  patterns: pattern[];
  kwd_attrs: string[];
  kwd_patterns: pattern[];
}
export interface MatchStar extends Located { _type: 'MatchStar'; name: string | null }
export interface MatchAs extends Located { _type: 'MatchAs'; pattern: pattern | null; name: string | null }
export interface MatchOr extends Located { _type: 'MatchOr'; patterns: pattern[] }

export type pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs
  | MatchOr;

export interface TypeIgnore { _type: 'TypeIgnore'; lineno: number; tag: string }
export type type_ignore = TypeIgnore;

/** Any node that has a `_type`. */
export type AST =
  | mod | stmt | expr | comprehension | excepthandler | arguments | arg | keyword | alias
  | withitem | match_case | pattern | type_ignore;
