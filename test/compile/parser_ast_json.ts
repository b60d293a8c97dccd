/**
 * Turns the kernel's AST into the JSON shape test/compile/ast_to_json.py prints for CPython's
 * (ints as decimal strings, floats as Python repr strings, bytes as number arrays).
 */
import type { ConstValue } from '../../kernel/compile/constants.ts';

/** CPython 3.11: Python/pystrtod.c PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0) */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mant, expStr] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const exp = Number(expStr);
  // Python's repr uses fixed notation for -4 <= exp < 16.
  if (exp >= -4 && exp < 16) {
    let s: string;
    if (exp >= digits.length - 1) s = digits + '0'.repeat(exp - digits.length + 1) + '.0';
    else if (exp >= 0) s = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
    else s = '0.' + '0'.repeat(-exp - 1) + digits;
    return sign + s;
  }
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const e = Math.abs(exp).toString().padStart(2, '0');
  return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
}

export function constJson(v: ConstValue): unknown {
  switch (v.t) {
    case 'int': return { t: 'int', v: v.v.toString() };
    case 'float': return { t: 'float', v: floatRepr(v.v) };
    case 'complex': return { t: 'complex', real: floatRepr(v.real), imag: floatRepr(v.imag) };
    case 'bytes': return { t: 'bytes', v: Array.from(v.v) };
    default: return v;
  }
}

/**
 * ast_to_json.py prints a MatchSingleton's value as the plain JSON value (null, true, false);
 * the kernel keeps a ConstValue box there as in Constant.
 */
function singletonJson(v: ConstValue): unknown {
  if (v.t === 'None') return null;
  if (v.t === 'bool') return v.v;
  return constJson(v);
}

/** The kernel AST as ast_to_json.py would print it. */
export function astJson(n: unknown): unknown {
  if (Array.isArray(n)) return n.map(astJson);
  if (n === null || typeof n !== 'object') return n;
  const o = n as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (o._type === 'Constant' && k === 'value') out[k] = constJson(v as ConstValue);
    else if (o._type === 'MatchSingleton' && k === 'value') out[k] = singletonJson(v as ConstValue);
    else out[k] = astJson(v);
  }
  return out;
}
