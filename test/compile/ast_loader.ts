/**
 * Loads the JSON that ast_to_json.py / dis_to_json.py print into the kernel's AST convention:
 * ints become bigints, floats come from their repr strings, bytes arrays become Uint8Arrays,
 * and every Constant gets its own ConstValue box (as the parser makes one per literal).
 */
import type * as A from '../../kernel/compile/ast.ts';
import type { ConstValue } from '../../kernel/compile/constants.ts';

/** A float from Python's repr (inf, -inf, nan included). */
export function floatFromRepr(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan' || s === '-nan') return NaN;
  return Number(s);
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A ConstValue from its JSON form ({"t": "int", "v": "123"} etc.). */
export function constFromJson(j: { [k: string]: Json }): ConstValue {
  switch (j.t) {
    case 'None': return { t: 'None' };
    case 'Ellipsis': return { t: 'Ellipsis' };
    case 'bool': return { t: 'bool', v: j.v as boolean };
    case 'int': return { t: 'int', v: BigInt(j.v as string) };
    case 'float': return { t: 'float', v: floatFromRepr(j.v as string) };
    case 'complex': return { t: 'complex', real: floatFromRepr(j.real as string), imag: floatFromRepr(j.imag as string) };
    case 'str': return { t: 'str', v: j.v as string };
    case 'bytes': return { t: 'bytes', v: Uint8Array.from(j.v as number[]) };
    case 'tuple': return { t: 'tuple', items: (j.items as { [k: string]: Json }[]).map(constFromJson) };
    case 'frozenset': return { t: 'frozenset', items: (j.items as { [k: string]: Json }[]).map(constFromJson) };
    default: throw new Error(`unknown constant ${JSON.stringify(j)}`);
  }
}

/** MatchSingleton.value arrives as a raw JSON true/false/null. */
function singletonFromJson(v: Json): ConstValue {
  if (v === null) return { t: 'None' };
  if (typeof v === 'boolean') return { t: 'bool', v };
  return constFromJson(v as { [k: string]: Json });
}

function convert(j: Json): unknown {
  if (Array.isArray(j)) return j.map(convert);
  if (j === null || typeof j !== 'object') return j;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(j)) {
    if (k === 'value' && j._type === 'Constant') out[k] = constFromJson(v as { [k: string]: Json });
    else if (k === 'value' && j._type === 'MatchSingleton') out[k] = singletonFromJson(v);
    else out[k] = convert(v);
  }
  return out;
}

/** The AST of a module from the JSON dump. */
export function loadAst(json: unknown): A.mod {
  return convert(json as Json) as A.mod;
}
