/**
 * The parser's arena: one ConstValue box per literal it creates (numbers, strings, bytes,
 * f-string pieces), in creation order, as CPython 3.11's parser adds them to its arena
 * (_PyArena_AddPyObject in Parser/pegen.c and Parser/string_parser.c). None, True, False
 * and Ellipsis are singletons CPython does not add.
 */
import { describe, expect, it } from 'vitest';
import type { ConstValue } from '../../kernel/compile/constants.ts';
import { parseWithArena } from '../../kernel/compile/parser.ts';
import type { Constant, Expr, Module } from '../../kernel/compile/ast.ts';
import { constJson } from './parser_ast_json.ts';

function arena(source: string): unknown[] {
  return parseWithArena(source, 'a.py', 'exec').constants.map(constJson);
}

describe('parser: arena of constants', () => {
  it('holds numbers, strings and bytes in source order', () => {
    expect(arena("x = 1\ny = 'a'\nz = 2.5\nw = b'x' b'y'\nv = 3j")).toEqual([
      { t: 'int', v: '1' },
      { t: 'str', v: 'a' },
      { t: 'float', v: '2.5' },
      { t: 'bytes', v: [120, 121] },
      { t: 'complex', real: '0.0', imag: '3.0' },
    ]);
  });

  it('does not hold None, True, False or Ellipsis', () => {
    expect(arena('x = None, True, False, ...')).toEqual([]);
  });

  it('holds one box per literal occurrence, the same box the tree holds', () => {
    const { tree, constants } = parseWithArena('a = 12345\nb = 12345\n', 'a.py', 'exec');
    expect(constants.length).toBe(2);
    expect(constants[0]).not.toBe(constants[1]);
    const values = (tree as Module).body.map((s) => ((s as unknown as { value: Constant }).value).value);
    expect(values[0]).toBe(constants[0]);
    expect(values[1]).toBe(constants[1]);
  });

  it('makes an f-string\'s expression constants before the literal pieces around them', () => {
    // fstring_find_expr compiles the expression before the preceding literal becomes a node.
    expect(arena('f"a{1}b"')).toEqual([{ t: 'int', v: '1' }, { t: 'str', v: 'a' }, { t: 'str', v: 'b' }]);
  });

  it('concatenates adjacent strings into one constant', () => {
    const { tree, constants } = parseWithArena("x = 'a' 'b' \"c\"", 'a.py', 'exec');
    expect(constants.map(constJson)).toEqual([{ t: 'str', v: 'abc' }]);
    const value = ((tree as Module).body[0] as unknown as { value: Constant }).value;
    expect(value.value).toBe(constants[0] as ConstValue);
  });

  it('makes a constant once even where the parser looks at a literal twice', () => {
    // The with statement first tries a parenthesized item list, then a plain expression.
    expect(arena("with ('a' + 'b') as f:\n    pass\n")).toEqual([{ t: 'str', v: 'a' }, { t: 'str', v: 'b' }]);
    expect(arena("(x for x in 'ab')")).toEqual([{ t: 'str', v: 'ab' }]);
  });

  it('keeps the expression statement node of a docstring', () => {
    const tree = parseWithArena('"""doc"""', 'a.py', 'exec').tree as Module;
    expect((tree.body[0] as Expr).value._type).toBe('Constant');
  });
});
