/**
 * CPython 3.11: Parser/action_helpers.c — helpers the grammar actions call to build nodes.
 */
import type { Located, arg, arguments as Arguments, expr, expr_context, keyword } from './ast.ts';

/** CPython 3.11: Parser/action_helpers.c _PyPegen_set_expr_context (copies, as CPython does) */
export function setExprContext(e: expr, ctx: expr_context): expr {
  switch (e._type) {
    case 'Name':
      return { _type: 'Name', id: e.id, ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case 'Tuple':
      return { _type: 'Tuple', elts: e.elts.map((x) => setExprContext(x, ctx)), ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case 'List':
      return { _type: 'List', elts: e.elts.map((x) => setExprContext(x, ctx)), ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case 'Subscript':
      return { _type: 'Subscript', value: e.value, slice: e.slice, ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case 'Attribute':
      return { _type: 'Attribute', value: e.value, attr: e.attr, ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case 'Starred':
      return { _type: 'Starred', value: setExprContext(e.value, ctx), ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    default:
      return e;
  }
}

/** CPython 3.11: Parser/action_helpers.c _PyPegen_get_expr_name */
export function getExprName(e: expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield':
    case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr':
    case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.t === 'None') return 'None';
      if (v.t === 'bool') return v.v ? 'True' : 'False';
      if (v.t === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

export const enum TargetsType {
  STAR_TARGETS,
  DEL_TARGETS,
  FOR_TARGETS,
}

/** CPython 3.11: Parser/action_helpers.c _PyPegen_get_invalid_target */
export function getInvalidTarget(e: expr | null, type: TargetsType): expr | null {
  if (e === null) return null;
  switch (e._type) {
    case 'List':
    case 'Tuple':
      // Only lists and tuples can hold valid targets when parsed as expressions.
      for (const x of e.elts) {
        const child = getInvalidTarget(x, type);
        if (child !== null) return child;
      }
      return null;
    case 'Starred':
      if (type === TargetsType.DEL_TARGETS) return e;
      return getInvalidTarget(e.value, type);
    case 'Compare':
      // `a in b` of `for a in b` parses as a comparison: look at its left side.
      if (type === TargetsType.FOR_TARGETS) {
        if (e.ops[0] === 'In') return getInvalidTarget(e.left, type);
        return null;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** CPython 3.11: Parser/action_helpers.c _PyPegen_check_legacy_stmt */
export function isLegacyStmt(e: expr): boolean {
  return e._type === 'Name' && (e.id === 'print' || e.id === 'exec');
}

export interface NameDefaultPair {
  arg: arg;
  value: expr | null;
}

export interface SlashWithDefault {
  plainNames: arg[];
  namesWithDefaults: NameDefaultPair[];
}

export interface StarEtc {
  vararg: arg | null;
  kwonlyargs: NameDefaultPair[];
  kwarg: arg | null;
}

/** CPython 3.11: Parser/action_helpers.c _PyPegen_make_arguments */
export function makeArguments(
  slashWithoutDefault: arg[] | null,
  slashWithDefault: SlashWithDefault | null,
  plainNames: arg[] | null,
  namesWithDefault: NameDefaultPair[] | null,
  starEtc: StarEtc | null,
): Arguments {
  let posonlyargs: arg[];
  if (slashWithoutDefault !== null) posonlyargs = slashWithoutDefault;
  else if (slashWithDefault !== null) {
    posonlyargs = slashWithDefault.plainNames.concat(slashWithDefault.namesWithDefaults.map((x) => x.arg));
  } else posonlyargs = [];

  let posargs: arg[];
  if (plainNames !== null && namesWithDefault !== null) {
    posargs = plainNames.concat(namesWithDefault.map((x) => x.arg));
  } else if (plainNames === null && namesWithDefault !== null) {
    posargs = namesWithDefault.map((x) => x.arg);
  } else if (plainNames !== null && namesWithDefault === null) {
    posargs = plainNames;
  } else posargs = [];

  let posdefaults: expr[];
  if (slashWithDefault !== null && namesWithDefault !== null) {
    posdefaults = slashWithDefault.namesWithDefaults.map((x) => x.value!).concat(namesWithDefault.map((x) => x.value!));
  } else if (namesWithDefault !== null) {
    posdefaults = namesWithDefault.map((x) => x.value!);
  } else if (slashWithDefault !== null) {
    posdefaults = slashWithDefault.namesWithDefaults.map((x) => x.value!);
  } else posdefaults = [];

  const vararg = starEtc !== null ? starEtc.vararg : null;
  const kwonlyargs = starEtc !== null ? starEtc.kwonlyargs.map((x) => x.arg) : [];
  const kwdefaults = starEtc !== null ? starEtc.kwonlyargs.map((x) => x.value) : [];
  const kwarg = starEtc !== null ? starEtc.kwarg : null;
  return {
    _type: 'arguments',
    posonlyargs,
    args: posargs,
    vararg,
    kwonlyargs,
    kw_defaults: kwdefaults,
    kwarg,
    defaults: posdefaults,
  };
}

/** CPython 3.11: Parser/action_helpers.c _PyPegen_empty_arguments */
export function emptyArguments(): Arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

/** An argument of a call: a keyword or a starred expression (KeywordOrStarred). */
export interface KeywordOrStarred {
  element: keyword | expr;
  isKeyword: boolean;
}

/** CPython 3.11: Parser/action_helpers.c _PyPegen_seq_extract_starred_exprs */
export function extractStarredExprs(kwargs: KeywordOrStarred[]): expr[] {
  const out: expr[] = [];
  for (const k of kwargs) if (!k.isKeyword) out.push(k.element as expr);
  return out;
}

/** CPython 3.11: Parser/action_helpers.c _PyPegen_seq_delete_starred_exprs */
export function deleteStarredExprs(kwargs: KeywordOrStarred[]): keyword[] {
  const out: keyword[] = [];
  for (const k of kwargs) if (k.isKeyword) out.push(k.element as keyword);
  return out;
}

/** Copy a node's position onto a plain object literal. */
export function span(s: Located, e: Located): Located {
  return { lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}
