/**
 * The AST optimizer: the arithmetic behind constant folding against Python's own operators,
 * and what the optimizer hands to the parser's arena.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConstValue } from '../../kernel/compile/constants.ts';
import type * as A from '../../kernel/compile/ast.ts';
import {
  constAdd, constAnd, constFloorDiv, constGetItem, constInvert, constLshift, constMod, constMul, constNegative,
  constNot, constOr, constPositive, constPow, constRshift, constSub, constTrueDiv, constXor,
} from '../../kernel/compile/const_ops.ts';
import { optimizeAST, type OptimizeState } from '../../kernel/compile/ast_opt.ts';
import { compileModuleWithDetails } from '../../kernel/compile/compile.ts';
import { reprConst } from '../../kernel/compile/dis.ts';
import { parse } from '../../kernel/compile/parser.ts';
import { constFromJson } from './ast_loader.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

type Op = (a: ConstValue, b: ConstValue) => ConstValue | null;
const BINARY: Record<string, Op> = {
  Add: constAdd, Sub: constSub, Mult: constMul, Div: constTrueDiv, FloorDiv: constFloorDiv, Mod: constMod,
  Pow: constPow, LShift: constLshift, RShift: constRshift, BitAnd: constAnd, BitOr: constOr, BitXor: constXor,
  GetItem: constGetItem,
};
const UNARY: Record<string, (a: ConstValue) => ConstValue | null> = {
  USub: constNegative, UAdd: constPositive, Invert: constInvert, Not: constNot,
};

/** A value with its type, as Python shows it: 1 and 1.0 and True differ. */
function show(v: ConstValue | null): string {
  return v === null ? 'raises' : `${v.t}:${reprConst(v)}`;
}

/**
 * complex ** complex goes through exp, log, cos, sin and atan2, where V8 and glibc may round
 * the last bits differently (and large exponents amplify it): accept a relative 1e-12 there.
 */
function libmClose(a: ConstValue | null, b: ConstValue | null): boolean {
  if (a === null || b === null || a.t !== 'complex' || b.t !== 'complex') return false;
  const near = (x: number, y: number) => x === y || Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y));
  return near(a.real, b.real) && near(a.imag, b.imag);
}

describe('constant arithmetic matches Python', () => {
  const cases: [string, Record<string, unknown>[], Record<string, unknown> | null][] = JSON.parse(
    execFileSync('python3', [path.join(here, 'const_ops_oracle.py')], { encoding: 'utf8', maxBuffer: 1 << 28 }),
  );
  const byOp = new Map<string, typeof cases>();
  for (const c of cases) {
    if (!byOp.has(c[0])) byOp.set(c[0], []);
    byOp.get(c[0])!.push(c);
  }
  for (const [op, list] of byOp) {
    it(`${op} (${list.length} cases)`, () => {
      const wrong: string[] = [];
      for (const [, operands, result] of list) {
        const args = operands.map((o) => constFromJson(o as never));
        const mine = args.length === 2 ? BINARY[op](args[0], args[1]) : UNARY[op](args[0]);
        const expected = result === null ? null : constFromJson(result as never);
        if (show(mine) !== show(expected) && !libmClose(mine, expected)) {
          wrong.push(`${op}(${args.map((a) => reprConst(a)).join(', ')}) = ${show(mine)}, Python ${show(expected)}`);
        }
      }
      expect(wrong.slice(0, 20)).toEqual([]);
    });
  }
});

function optimize(source: string): { tree: A.Module; arena: ConstValue[] } {
  const tree = parse(source, '<test>', 'exec') as A.Module;
  const state: OptimizeState = { optimize: 0, ff_features: 0, arena: [] };
  optimizeAST(tree, state);
  return { tree, arena: state.arena };
}

function assignedValue(tree: A.Module, i = 0): A.expr {
  return (tree.body[i] as A.Assign).value;
}

describe('folding and the arena', () => {
  it('folds into a new box and hands it to the arena', () => {
    const { tree, arena } = optimize('x = 1 + 2\n');
    const v = assignedValue(tree) as A.Constant;
    expect(v._type).toBe('Constant');
    expect(v.value).toEqual({ t: 'int', v: 3n });
    expect(arena).toHaveLength(1);
    expect(arena[0]).toBe(v.value);
  });

  it('a constant tuple is one more arena entry after its items', () => {
    const { tree, arena } = optimize('x = (1, -2)\n');
    const v = assignedValue(tree) as A.Constant;
    expect(arena.map((a) => reprConst(a))).toEqual(['-2', '(1, -2)']);
    expect(arena[1]).toBe(v.value);
  });

  it('subscription returns the item itself, so the arena references it again', () => {
    const { tree, arena } = optimize("x = ('a', 'b')[0]\n");
    const v = assignedValue(tree) as A.Constant;
    expect(arena).toHaveLength(2);
    expect(arena[1]).toBe(v.value);
    expect(v.value).toBe((arena[0] as { items: ConstValue[] }).items[0]);
  });

  it('respects the size limits of Python/ast_opt.c', () => {
    const { tree } = optimize("a = 2 ** 64\nb = 2 ** 200\nc = 'x' * 4096\nd = 'x' * 4097\ne = (1,) * 257\nf = 1 / 0\n");
    const kinds = tree.body.map((s) => (s as A.Assign).value._type);
    expect(kinds).toEqual(['Constant', 'BinOp', 'Constant', 'BinOp', 'BinOp', 'BinOp']);
  });

  it('turns `in` over a literal list or set into a tuple or frozenset', () => {
    const { tree } = optimize('a = x in [1, 2]\nb = x in {1, 2}\nc = x in [y, 2]\n');
    const right = (i: number) => ((tree.body[i] as A.Assign).value as A.Compare).comparators[0];
    expect((right(0) as A.Constant).value.t).toBe('tuple');
    expect((right(1) as A.Constant).value.t).toBe('frozenset');
    expect(right(2)._type).toBe('Tuple');
  });

  it("rewrites '%s' formatting of a tuple into an f-string", () => {
    const { tree, arena } = optimize("x = '%s-%r' % (a, b)\n");
    const v = assignedValue(tree) as A.JoinedStr;
    expect(v._type).toBe('JoinedStr');
    expect(v.values.map((e) => e._type)).toEqual(['FormattedValue', 'Constant', 'FormattedValue']);
    expect(arena.map((a) => reprConst(a))).toEqual(["'-'"]);
  });

  it('folds __debug__ and not-comparisons', () => {
    const { tree } = optimize('a = __debug__\nb = not (x is y)\n');
    expect((assignedValue(tree, 0) as A.Constant).value).toEqual({ t: 'bool', v: true });
    expect((assignedValue(tree, 1) as A.Compare).ops).toEqual(['IsNot']);
  });

  it('reports the arena boxes from compileModuleWithDetails', () => {
    const tree = parse('x = 10 * 10\n', '<test>', 'exec');
    const { arenaConsts, code } = compileModuleWithDetails(tree, '<test>', 'exec');
    expect(arenaConsts).toHaveLength(1);
    expect(code.consts).toContain(arenaConsts[0]);
  });
});
