/**
 * Node constructors with positions, as CPython 3.11's generated Python/Python-ast.c
 * _PyAST_* functions: the fields in Python.asdl order, then the start (a token or node:
 * lineno, col_offset) and the end (end_lineno, end_col_offset).
 */
import type * as A from './ast.ts';

/** Where a node starts. */
export interface Start {
  lineno: number;
  col_offset: number;
}
/** Where a node ends. */
export interface End {
  end_lineno: number;
  end_col_offset: number;
}

export function AnnAssign(target: A.AnnAssign['target'], annotation: A.AnnAssign['annotation'], value: A.AnnAssign['value'], simple: A.AnnAssign['simple'], s: Start, e: End): A.AnnAssign {
  return { _type: 'AnnAssign', target, annotation, value, simple, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Assert(test: A.Assert['test'], msg: A.Assert['msg'], s: Start, e: End): A.Assert {
  return { _type: 'Assert', test, msg, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Assign(targets: A.Assign['targets'], value: A.Assign['value'], type_comment: A.Assign['type_comment'], s: Start, e: End): A.Assign {
  return { _type: 'Assign', targets, value, type_comment, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function AsyncFor(target: A.AsyncFor['target'], iter: A.AsyncFor['iter'], body: A.AsyncFor['body'], orelse: A.AsyncFor['orelse'], type_comment: A.AsyncFor['type_comment'], s: Start, e: End): A.AsyncFor {
  return { _type: 'AsyncFor', target, iter, body, orelse, type_comment, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function AsyncFunctionDef(name: A.AsyncFunctionDef['name'], args: A.AsyncFunctionDef['args'], body: A.AsyncFunctionDef['body'], decorator_list: A.AsyncFunctionDef['decorator_list'], returns: A.AsyncFunctionDef['returns'], type_comment: A.AsyncFunctionDef['type_comment'], s: Start, e: End): A.AsyncFunctionDef {
  return { _type: 'AsyncFunctionDef', name, args, body, decorator_list, returns, type_comment, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function AsyncWith(items: A.AsyncWith['items'], body: A.AsyncWith['body'], type_comment: A.AsyncWith['type_comment'], s: Start, e: End): A.AsyncWith {
  return { _type: 'AsyncWith', items, body, type_comment, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Attribute(value: A.Attribute['value'], attr: A.Attribute['attr'], ctx: A.Attribute['ctx'], s: Start, e: End): A.Attribute {
  return { _type: 'Attribute', value, attr, ctx, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function AugAssign(target: A.AugAssign['target'], op: A.AugAssign['op'], value: A.AugAssign['value'], s: Start, e: End): A.AugAssign {
  return { _type: 'AugAssign', target, op, value, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Await(value: A.Await['value'], s: Start, e: End): A.Await {
  return { _type: 'Await', value, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function BinOp(left: A.BinOp['left'], op: A.BinOp['op'], right: A.BinOp['right'], s: Start, e: End): A.BinOp {
  return { _type: 'BinOp', left, op, right, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function BoolOp(op: A.BoolOp['op'], values: A.BoolOp['values'], s: Start, e: End): A.BoolOp {
  return { _type: 'BoolOp', op, values, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Break(s: Start, e: End): A.Break {
  return { _type: 'Break', lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Call(func: A.Call['func'], args: A.Call['args'], keywords: A.Call['keywords'], s: Start, e: End): A.Call {
  return { _type: 'Call', func, args, keywords, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function ClassDef(name: A.ClassDef['name'], bases: A.ClassDef['bases'], keywords: A.ClassDef['keywords'], body: A.ClassDef['body'], decorator_list: A.ClassDef['decorator_list'], s: Start, e: End): A.ClassDef {
  return { _type: 'ClassDef', name, bases, keywords, body, decorator_list, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Compare(left: A.Compare['left'], ops: A.Compare['ops'], comparators: A.Compare['comparators'], s: Start, e: End): A.Compare {
  return { _type: 'Compare', left, ops, comparators, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Constant(value: A.Constant['value'], kind: A.Constant['kind'], s: Start, e: End): A.Constant {
  return { _type: 'Constant', value, kind, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Continue(s: Start, e: End): A.Continue {
  return { _type: 'Continue', lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Delete(targets: A.Delete['targets'], s: Start, e: End): A.Delete {
  return { _type: 'Delete', targets, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Dict(keys: A.Dict['keys'], values: A.Dict['values'], s: Start, e: End): A.Dict {
  return { _type: 'Dict', keys, values, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function DictComp(key: A.DictComp['key'], value: A.DictComp['value'], generators: A.DictComp['generators'], s: Start, e: End): A.DictComp {
  return { _type: 'DictComp', key, value, generators, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function ExceptHandler(type: A.ExceptHandler['type'], name: A.ExceptHandler['name'], body: A.ExceptHandler['body'], s: Start, e: End): A.ExceptHandler {
  return { _type: 'ExceptHandler', type, name, body, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Expr(value: A.Expr['value'], s: Start, e: End): A.Expr {
  return { _type: 'Expr', value, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function For(target: A.For['target'], iter: A.For['iter'], body: A.For['body'], orelse: A.For['orelse'], type_comment: A.For['type_comment'], s: Start, e: End): A.For {
  return { _type: 'For', target, iter, body, orelse, type_comment, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function FormattedValue(value: A.FormattedValue['value'], conversion: A.FormattedValue['conversion'], format_spec: A.FormattedValue['format_spec'], s: Start, e: End): A.FormattedValue {
  return { _type: 'FormattedValue', value, conversion, format_spec, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function FunctionDef(name: A.FunctionDef['name'], args: A.FunctionDef['args'], body: A.FunctionDef['body'], decorator_list: A.FunctionDef['decorator_list'], returns: A.FunctionDef['returns'], type_comment: A.FunctionDef['type_comment'], s: Start, e: End): A.FunctionDef {
  return { _type: 'FunctionDef', name, args, body, decorator_list, returns, type_comment, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function GeneratorExp(elt: A.GeneratorExp['elt'], generators: A.GeneratorExp['generators'], s: Start, e: End): A.GeneratorExp {
  return { _type: 'GeneratorExp', elt, generators, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Global(names: A.Global['names'], s: Start, e: End): A.Global {
  return { _type: 'Global', names, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function If(test: A.If['test'], body: A.If['body'], orelse: A.If['orelse'], s: Start, e: End): A.If {
  return { _type: 'If', test, body, orelse, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function IfExp(test: A.IfExp['test'], body: A.IfExp['body'], orelse: A.IfExp['orelse'], s: Start, e: End): A.IfExp {
  return { _type: 'IfExp', test, body, orelse, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Import(names: A.Import['names'], s: Start, e: End): A.Import {
  return { _type: 'Import', names, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function ImportFrom(module: A.ImportFrom['module'], names: A.ImportFrom['names'], level: A.ImportFrom['level'], s: Start, e: End): A.ImportFrom {
  return { _type: 'ImportFrom', module, names, level, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function JoinedStr(values: A.JoinedStr['values'], s: Start, e: End): A.JoinedStr {
  return { _type: 'JoinedStr', values, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Lambda(args: A.Lambda['args'], body: A.Lambda['body'], s: Start, e: End): A.Lambda {
  return { _type: 'Lambda', args, body, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function List(elts: A.List['elts'], ctx: A.List['ctx'], s: Start, e: End): A.List {
  return { _type: 'List', elts, ctx, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function ListComp(elt: A.ListComp['elt'], generators: A.ListComp['generators'], s: Start, e: End): A.ListComp {
  return { _type: 'ListComp', elt, generators, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Match(subject: A.Match['subject'], cases: A.Match['cases'], s: Start, e: End): A.Match {
  return { _type: 'Match', subject, cases, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function MatchAs(pattern: A.MatchAs['pattern'], name: A.MatchAs['name'], s: Start, e: End): A.MatchAs {
  return { _type: 'MatchAs', pattern, name, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function MatchClass(cls: A.MatchClass['cls'], patterns: A.MatchClass['patterns'], kwd_attrs: A.MatchClass['kwd_attrs'], kwd_patterns: A.MatchClass['kwd_patterns'], s: Start, e: End): A.MatchClass {
  return { _type: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function MatchMapping(keys: A.MatchMapping['keys'], patterns: A.MatchMapping['patterns'], rest: A.MatchMapping['rest'], s: Start, e: End): A.MatchMapping {
  return { _type: 'MatchMapping', keys, patterns, rest, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function MatchOr(patterns: A.MatchOr['patterns'], s: Start, e: End): A.MatchOr {
  return { _type: 'MatchOr', patterns, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function MatchSequence(patterns: A.MatchSequence['patterns'], s: Start, e: End): A.MatchSequence {
  return { _type: 'MatchSequence', patterns, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function MatchSingleton(value: A.MatchSingleton['value'], s: Start, e: End): A.MatchSingleton {
  return { _type: 'MatchSingleton', value, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function MatchStar(name: A.MatchStar['name'], s: Start, e: End): A.MatchStar {
  return { _type: 'MatchStar', name, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function MatchValue(value: A.MatchValue['value'], s: Start, e: End): A.MatchValue {
  return { _type: 'MatchValue', value, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Name(id: A.Name['id'], ctx: A.Name['ctx'], s: Start, e: End): A.Name {
  return { _type: 'Name', id, ctx, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function NamedExpr(target: A.NamedExpr['target'], value: A.NamedExpr['value'], s: Start, e: End): A.NamedExpr {
  return { _type: 'NamedExpr', target, value, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Nonlocal(names: A.Nonlocal['names'], s: Start, e: End): A.Nonlocal {
  return { _type: 'Nonlocal', names, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Pass(s: Start, e: End): A.Pass {
  return { _type: 'Pass', lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Raise(exc: A.Raise['exc'], cause: A.Raise['cause'], s: Start, e: End): A.Raise {
  return { _type: 'Raise', exc, cause, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Return(value: A.Return['value'], s: Start, e: End): A.Return {
  return { _type: 'Return', value, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Set(elts: A.Set['elts'], s: Start, e: End): A.Set {
  return { _type: 'Set', elts, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function SetComp(elt: A.SetComp['elt'], generators: A.SetComp['generators'], s: Start, e: End): A.SetComp {
  return { _type: 'SetComp', elt, generators, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Slice(lower: A.Slice['lower'], upper: A.Slice['upper'], step: A.Slice['step'], s: Start, e: End): A.Slice {
  return { _type: 'Slice', lower, upper, step, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Starred(value: A.Starred['value'], ctx: A.Starred['ctx'], s: Start, e: End): A.Starred {
  return { _type: 'Starred', value, ctx, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Subscript(value: A.Subscript['value'], slice: A.Subscript['slice'], ctx: A.Subscript['ctx'], s: Start, e: End): A.Subscript {
  return { _type: 'Subscript', value, slice, ctx, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Try(body: A.Try['body'], handlers: A.Try['handlers'], orelse: A.Try['orelse'], finalbody: A.Try['finalbody'], s: Start, e: End): A.Try {
  return { _type: 'Try', body, handlers, orelse, finalbody, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function TryStar(body: A.TryStar['body'], handlers: A.TryStar['handlers'], orelse: A.TryStar['orelse'], finalbody: A.TryStar['finalbody'], s: Start, e: End): A.TryStar {
  return { _type: 'TryStar', body, handlers, orelse, finalbody, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Tuple(elts: A.Tuple['elts'], ctx: A.Tuple['ctx'], s: Start, e: End): A.Tuple {
  return { _type: 'Tuple', elts, ctx, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function UnaryOp(op: A.UnaryOp['op'], operand: A.UnaryOp['operand'], s: Start, e: End): A.UnaryOp {
  return { _type: 'UnaryOp', op, operand, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function While(test: A.While['test'], body: A.While['body'], orelse: A.While['orelse'], s: Start, e: End): A.While {
  return { _type: 'While', test, body, orelse, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function With(items: A.With['items'], body: A.With['body'], type_comment: A.With['type_comment'], s: Start, e: End): A.With {
  return { _type: 'With', items, body, type_comment, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function Yield(value: A.Yield['value'], s: Start, e: End): A.Yield {
  return { _type: 'Yield', value, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function YieldFrom(value: A.YieldFrom['value'], s: Start, e: End): A.YieldFrom {
  return { _type: 'YieldFrom', value, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function alias(name: A.alias['name'], asname: A.alias['asname'], s: Start, e: End): A.alias {
  return { _type: 'alias', name, asname, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function arg(arg: A.arg['arg'], annotation: A.arg['annotation'], type_comment: A.arg['type_comment'], s: Start, e: End): A.arg {
  return { _type: 'arg', arg, annotation, type_comment, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

export function keyword(arg: A.keyword['arg'], value: A.keyword['value'], s: Start, e: End): A.keyword {
  return { _type: 'keyword', arg, value, lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}
