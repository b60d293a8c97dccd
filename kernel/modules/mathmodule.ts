/**
 * The math module: the Python-visible functions and constants.
 * CPython 3.11: Modules/mathmodule.c (the math_* functions and their Argument Clinic wrappers,
 * Modules/clinic/mathmodule.c.h).
 *
 * This file converts arguments and results as CPython does (PyFloat_AsDouble, PyNumber_Index,
 * __floor__/__ceil__/__trunc__ lookups, tuples for frexp/modf); the numeric work is
 * mathmodule_impl.ts, whose NumError exceptions become Python exceptions here.
 */
import type { MethodDef, PyObject } from '../objects/pyobject.ts';
import { decref, newref } from '../memory/refcount.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, PyExc_ZeroDivisionError } from '../objects/exceptions.ts';
import { Py_None } from '../objects/object.ts';
import { PyBool_FromBool, PyBool_Type } from '../objects/boolobject.ts';
import { PyFloatObject, PyFloat_AsDouble, PyFloat_FromDouble, PyFloat_Type } from '../objects/floatobject.ts';
import { PyLongObject, PyLong_FromValue, PyLong_Type } from '../objects/longobject.ts';
import { PySequence_Tuple, PyTupleObject, tupleFromArraySteal } from '../objects/tupleobject.ts';
import { PyModuleObject, PyModule_New, addFunctions, moduleSetSteal } from '../objects/moduleobject.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { PyIter_Next, PyNumber_IndexValue, PyNumber_Multiply, PyObject_GetIter } from '../objects/abstract.ts';
import { callSpecial } from '../objects/typeobject.ts';
import { checkPositional, noKeywords, oneArg } from '../objects/getargs.ts';
import { raiseNumError } from '../objects/formatting.ts';
import { NumError, intMul, type PyInt } from '../objects/longmath.ts';
import * as impl from './mathmodule_impl.ts';

// ---------------------------------------------------------------------------------------------
// Argument conversion

/** Turns a NumError of the numeric core into its Python exception; other errors pass. */
function rethrow(e: unknown): never {
  if (e instanceof NumError) raiseNumError(e);
  throw e;
}

/** PyLong_AsDouble: an int's value as a double, OverflowError when it does not fit. */
function intAsDouble(v: PyInt): number {
  if (typeof v === 'number') return v;
  const x = Number(v);
  if (!Number.isFinite(x)) raise(PyExc_OverflowError, 'int too large to convert to float');
  return x;
}

/**
 * PyFloat_AsDouble, used wherever Argument Clinic says `double`. NON-CPYTHON: an exact int is
 * converted directly, without the temporary float its __float__ makes.
 */
export function floatArg(o: PyObject): number {
  const t = o.ob_type;
  if ((t === PyLong_Type || t === PyBool_Type) && o instanceof PyLongObject) return intAsDouble(o.v);
  return PyFloat_AsDouble(o);
}

/** _PyNumber_Index for the integer functions: the int value of an int or an __index__ object. */
function indexArg(o: PyObject): PyInt {
  return PyNumber_IndexValue(o);
}

function floatResult(x: number): PyObject {
  return PyFloat_FromDouble(x);
}

function intResult(v: PyInt): PyObject {
  return PyLong_FromValue(v);
}

// ---------------------------------------------------------------------------------------------
// Argument Clinic's argument unpacking

/**
 * CPython 3.11: Python/getargs.c _PyArg_UnpackKeywords, for the few math functions that take
 * keywords (isclose, prod). `names` are the parameters after the positional-only ones. Returns
 * the arguments by position (borrowed), null where an optional one is missing.
 */
function unpackKeywords(
  fname: string,
  args: PyObject[],
  kwnames: string[] | null,
  posonly: number,
  minpos: number,
  maxpos: number,
  minkw: number,
  names: string[],
): (PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw;
  const maxargs = posonly + names.length;
  const buf: (PyObject | null)[] = new Array(maxargs).fill(null);
  for (let i = 0; i < nargs && i < maxargs; i++) buf[i] = args[i];
  if (nkw === 0 && minkw === 0 && minpos <= nargs && nargs <= maxpos) return buf;
  if (nargs + nkw > maxargs) {
    const total = nargs + nkw;
    raise(PyExc_TypeError, `${fname}() takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${maxargs === 1 ? '' : 's'} (${total} given)`);
  }
  if (nargs > maxpos) {
    if (maxpos === 0) raise(PyExc_TypeError, `${fname}() takes no positional arguments`);
    raise(PyExc_TypeError, `${fname}() takes ${minpos < maxpos ? 'at most' : 'exactly'} ${maxpos} positional argument${maxpos === 1 ? '' : 's'} (${nargs} given)`);
  }
  const minposonly = Math.min(posonly, minpos);
  if (nargs < minposonly) {
    raise(PyExc_TypeError, `${fname}() takes ${minposonly < maxpos ? 'at least' : 'exactly'} ${minposonly} positional argument${minposonly === 1 ? '' : 's'} (${nargs} given)`);
  }
  let remaining = nkw;
  const reqlimit = minkw ? maxpos + minkw : minpos;
  for (let i = Math.max(nargs, posonly); i < maxargs; i++) {
    let current: PyObject | null = null;
    if (remaining > 0) {
      const k = kwnames!.indexOf(names[i - posonly]);
      if (k >= 0) current = args[nargs + k];
    } else if (i >= reqlimit) break;
    buf[i] = current;
    if (current !== null) remaining--;
    else if (i < minpos || (maxpos <= i && i < reqlimit)) {
      raise(PyExc_TypeError, `${fname}() missing required argument '${names[i - posonly]}' (pos ${i + 1})`);
    }
  }
  if (remaining > 0) {
    for (let i = posonly; i < nargs; i++) {
      const name = names[i - posonly];
      if (kwnames!.includes(name)) {
        raise(PyExc_TypeError, `argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
      }
    }
    // error_unexpected_keyword_arg
    for (const k of kwnames!) {
      if (!names.includes(k)) raise(PyExc_TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return buf;
}

/** METH_FASTCALL without keywords, clinic-checked: "math.f() takes no keyword arguments", "f expected N arguments". */
function fastArgs(name: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  noKeywords(`math.${name}`, kwnames);
  checkPositional(name, args.length, min, max);
}

// ---------------------------------------------------------------------------------------------
// The function table

type Fn1 = (x: number) => number;
type Fn2 = (x: number, y: number) => number;

/**
 * CPython 3.11: math_1 wrappers (FUNC1, FUNC1A) and the clinic functions of one `double`
 * (degrees, radians, ulp): one double in, one double out.
 */
function func1(name: string, f: Fn1): MethodDef {
  const qual = `math.${name}`;
  return {
    name,
    fn: (_m, args, kw) => {
      const x = floatArg(oneArg(qual, args, kw));
      let r: number;
      try {
        r = f(x);
      } catch (e) {
        rethrow(e);
      }
      return floatResult(r);
    },
  };
}

/** CPython 3.11: math_2 wrappers (FUNC2) and the clinic functions taking two doubles. */
function func2(name: string, f: Fn2): MethodDef {
  return {
    name,
    fn: (_m, args, kw) => {
      fastArgs(name, args, kw, 2, 2);
      const x = floatArg(args[0]);
      const y = floatArg(args[1]);
      let r: number;
      try {
        r = f(x, y);
      } catch (e) {
        rethrow(e);
      }
      return floatResult(r);
    },
  };
}

/** CPython 3.11: math.isfinite/isinf/isnan: one double in, a bool out. */
function predicate(name: string, f: (x: number) => boolean): MethodDef {
  const qual = `math.${name}`;
  return { name, fn: (_m, args, kw) => PyBool_FromBool(f(floatArg(oneArg(qual, args, kw)))) };
}

/**
 * CPython 3.11: loghelper's argument: an int (of any size) stays an int (bigint for the core),
 * anything else converts with PyFloat_AsDouble.
 */
function logArg(o: PyObject): impl.Real {
  if (o instanceof PyLongObject) return typeof o.v === 'bigint' ? o.v : BigInt(o.v);
  return floatArg(o);
}

/** CPython 3.11: math_log2 / math_log10 (METH_O) */
function logFunc(name: string, f: (x: impl.Real) => number): MethodDef {
  const qual = `math.${name}`;
  return {
    name,
    fn: (_m, args, kw) => {
      const x = logArg(oneArg(qual, args, kw));
      let r: number;
      try {
        r = f(x);
      } catch (e) {
        rethrow(e);
      }
      return floatResult(r);
    },
  };
}

/** CPython 3.11: math_log (METH_VARARGS): log(x[, base]), x's logarithm computed first. */
function math_log(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length > 0) raise(PyExc_TypeError, 'log() takes no keyword arguments');
  if (args.length < 1 || args.length > 2) raise(PyExc_TypeError, 'math.log requires 1 to 2 arguments');
  let num: number;
  try {
    num = impl.log(logArg(args[0]));
  } catch (e) {
    rethrow(e);
  }
  if (args.length === 1) return floatResult(num);
  let den: number;
  try {
    den = impl.log(logArg(args[1]));
  } catch (e) {
    rethrow(e);
  }
  if (den === 0) raise(PyExc_ZeroDivisionError, 'float division by zero');
  return floatResult(num / den);
}

/** CPython 3.11: math_floor / math_ceil: exact floats directly, else __floor__/__ceil__, else a double. */
function roundingFunc(name: 'floor' | 'ceil', special: string, f: (x: number) => PyInt): MethodDef {
  const qual = `math.${name}`;
  return {
    name,
    fn: (_m, args, kw) => {
      const o = oneArg(qual, args, kw);
      let x: number;
      if (o.ob_type === PyFloat_Type) x = (o as PyFloatObject).v;
      else {
        const r = callSpecial(o, special, []);
        if (r !== null) return r;
        x = floatArg(o);
      }
      let v: PyInt;
      try {
        v = f(x);
      } catch (e) {
        rethrow(e);
      }
      return intResult(v);
    },
  };
}

/** CPython 3.11: math_trunc: exact floats through float.__int__, else __trunc__ or TypeError. */
function math_trunc(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const o = oneArg('math.trunc', args, kw);
  if (o.ob_type === PyFloat_Type) {
    let v: PyInt;
    try {
      v = impl.trunc((o as PyFloatObject).v);
    } catch (e) {
      rethrow(e);
    }
    return intResult(v);
  }
  const r = callSpecial(o, '__trunc__', []);
  if (r === null) raise(PyExc_TypeError, `type ${o.ob_type.tp_name} doesn't define __trunc__ method`);
  return r;
}

/** CPython 3.11: math_factorial (METH_O), the argument through __index__. */
function math_factorial(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const n = indexArg(oneArg('math.factorial', args, kw));
  return intResult(intCore(() => impl.factorial(n)));
}

/** CPython 3.11: math_isqrt (METH_O) */
function math_isqrt(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const n = indexArg(oneArg('math.isqrt', args, kw));
  return intResult(intCore(() => impl.isqrt(n)));
}

function intCore(f: () => PyInt): PyInt {
  try {
    return f();
  } catch (e) {
    rethrow(e);
  }
}

/**
 * CPython 3.11: math_gcd / math_lcm (METH_FASTCALL): every argument goes through __index__
 * (even once the result is settled); one argument gives its absolute value.
 */
function gcdLike(name: 'gcd' | 'lcm', f: (...ints: PyInt[]) => PyInt): MethodDef {
  const qual = `math.${name}`;
  return {
    name,
    fn: (_m, args, kw) => {
      noKeywords(qual, kw);
      if (args.length === 1 && args[0].ob_type === PyLong_Type && (args[0] as PyLongObject).v >= 0) {
        return newref(args[0]); // PyNumber_Absolute of a non-negative exact int is the int itself
      }
      const values: PyInt[] = new Array(args.length);
      for (let i = 0; i < args.length; i++) values[i] = indexArg(args[i]);
      return intResult(intCore(() => f(...values)));
    },
  };
}

/** CPython 3.11: math_perm_impl: perm(n, k=None); without k, factorial(n). */
function math_perm(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  fastArgs('perm', args, kw, 1, 2);
  if (args.length === 1 || args[1] === Py_None) {
    const n = indexArg(args[0]);
    return intResult(intCore(() => impl.factorial(n)));
  }
  const n = indexArg(args[0]);
  const k = indexArg(args[1]);
  return intResult(intCore(() => impl.perm(n, k)));
}

/** CPython 3.11: math_comb_impl */
function math_comb(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  fastArgs('comb', args, kw, 2, 2);
  const n = indexArg(args[0]);
  const k = indexArg(args[1]);
  return intResult(intCore(() => impl.comb(n, k)));
}

/** CPython 3.11: math_frexp_impl: (mantissa, exponent). */
function math_frexp(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [m, e] = impl.frexp(floatArg(oneArg('math.frexp', args, kw)));
  return tupleFromArraySteal([floatResult(m), intResult(e)]);
}

/** CPython 3.11: math_modf_impl: (fractional part, integer part). */
function math_modf(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [f, i] = impl.modf(floatArg(oneArg('math.modf', args, kw)));
  return tupleFromArraySteal([floatResult(f), floatResult(i)]);
}

/** CPython 3.11: math_ldexp_impl: x a double, i an int (no __index__). */
function math_ldexp(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  fastArgs('ldexp', args, kw, 2, 2);
  const x = floatArg(args[0]);
  const i = args[1];
  if (!(i instanceof PyLongObject)) raise(PyExc_TypeError, 'Expected an int as second argument to ldexp.');
  let r: number;
  try {
    r = impl.ldexp(x, i.v);
  } catch (e) {
    rethrow(e);
  }
  return floatResult(r);
}

/** CPython 3.11: math_isclose_impl(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
function math_isclose(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [ao, bo, rto, ato] = unpackKeywords('isclose', args, kw, 0, 2, 2, 0, ['a', 'b', 'rel_tol', 'abs_tol']);
  const a = floatArg(ao!);
  const b = floatArg(bo!);
  const rt = rto === null ? 1e-9 : floatArg(rto);
  const at = ato === null ? 0.0 : floatArg(ato);
  let r: boolean;
  try {
    r = impl.isclose(a, b, rt, at);
  } catch (e) {
    rethrow(e);
  }
  return PyBool_FromBool(r);
}

/** CPython 3.11: math_fsum: items converted (PyFloat_AsDouble) as the iteration reaches them. */
function math_fsum(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const it = PyObject_GetIter(oneArg('math.fsum', args, kw));
  try {
    return floatResult(impl.fsum(iterDoubles(it)));
  } catch (e) {
    rethrow(e);
  } finally {
    decref(it);
  }
}

function* iterDoubles(it: PyObject): Generator<number> {
  for (;;) {
    const item = PyIter_Next(it);
    if (item === null) return;
    let x: number;
    try {
      x = floatArg(item);
    } finally {
      decref(item);
    }
    yield x;
  }
}

/** Converts the coordinates of hypot: exact floats and ints directly, else PyFloat_AsDouble. */
function math_hypot(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKeywords('math.hypot', kw);
  const coords = new Array<number>(args.length);
  for (let i = 0; i < args.length; i++) coords[i] = floatArg(args[i]);
  return floatResult(impl.hypot(...coords));
}

/** CPython 3.11: math_dist_impl: both points made tuples, then coordinates converted pairwise. */
function math_dist(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  fastArgs('dist', args, kw, 2, 2);
  const p = asTuple(args[0]);
  let q: PyTupleObject;
  try {
    q = asTuple(args[1]);
  } catch (e) {
    decref(p);
    throw e;
  }
  try {
    const n = p.items.length;
    if (n !== q.items.length) raise(PyExc_ValueError, 'both points must have the same number of dimensions');
    const px = new Array<number>(n);
    const qx = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      px[i] = floatArg(p.items[i]);
      qx[i] = floatArg(q.items[i]);
    }
    return floatResult(impl.dist(px, qx));
  } finally {
    decref(p);
    decref(q);
  }
}

function asTuple(o: PyObject): PyTupleObject {
  if (o instanceof PyTupleObject) return newref(o);
  return PySequence_Tuple(o);
}

/**
 * CPython 3.11: math_prod_impl(iterable, /, *, start=1): left to right with Python's `*`
 * (the int and float fast paths give the same results as the generic multiplication).
 */
function math_prod(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [iterable, startArg] = unpackKeywords('prod', args, kw, 1, 1, 1, 0, ['start']);
  const it = PyObject_GetIter(iterable!);
  let result: PyObject = startArg === null ? PyLong_FromValue(1) : newref(startArg);
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) return newref(result);
      try {
        const next = multiply(result, item);
        decref(result);
        result = next;
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(result);
    decref(it);
  }
}

/** result * item with fast paths for exact ints (bools count as ints) and floats. */
function multiply(a: PyObject, b: PyObject): PyObject {
  const at = a.ob_type;
  const bt = b.ob_type;
  const aInt = at === PyLong_Type || at === PyBool_Type;
  const bInt = bt === PyLong_Type || bt === PyBool_Type;
  if (aInt && bInt) return intResult(intMul((a as PyLongObject).v, (b as PyLongObject).v));
  if ((at === PyFloat_Type || aInt) && (bt === PyFloat_Type || bInt) && (at === PyFloat_Type || bt === PyFloat_Type)) {
    return floatResult(floatArg(a) * floatArg(b));
  }
  return PyNumber_Multiply(a, b);
}

function methodTable(): MethodDef[] {
  return [
    func1('acos', impl.acos),
    func1('acosh', impl.acosh),
    func1('asin', impl.asin),
    func1('asinh', impl.asinh),
    func1('atan', impl.atan),
    func2('atan2', impl.atan2),
    func1('atanh', impl.atanh),
    func1('cbrt', impl.cbrt),
    roundingFunc('ceil', '__ceil__', impl.ceil),
    func2('copysign', impl.copysign),
    func1('cos', impl.cos),
    func1('cosh', impl.cosh),
    func1('degrees', impl.degrees),
    { name: 'dist', fn: math_dist },
    func1('erf', impl.erf),
    func1('erfc', impl.erfc),
    func1('exp', impl.exp),
    func1('exp2', impl.exp2),
    func1('expm1', impl.expm1),
    func1('fabs', impl.fabs),
    { name: 'factorial', fn: math_factorial },
    roundingFunc('floor', '__floor__', impl.floor),
    func2('fmod', impl.fmod),
    { name: 'frexp', fn: math_frexp },
    { name: 'fsum', fn: math_fsum },
    func1('gamma', impl.gamma),
    gcdLike('gcd', impl.gcd),
    { name: 'hypot', fn: math_hypot },
    { name: 'isclose', fn: math_isclose },
    predicate('isfinite', impl.isfinite),
    predicate('isinf', impl.isinf),
    predicate('isnan', impl.isnan),
    { name: 'isqrt', fn: math_isqrt },
    gcdLike('lcm', impl.lcm),
    { name: 'ldexp', fn: math_ldexp },
    func1('lgamma', impl.lgamma),
    { name: 'log', fn: math_log },
    func1('log1p', impl.log1p),
    logFunc('log10', impl.log10),
    logFunc('log2', impl.log2),
    { name: 'modf', fn: math_modf },
    func2('pow', impl.pow),
    func1('radians', impl.radians),
    func2('remainder', impl.remainder),
    func1('sin', impl.sin),
    func1('sinh', impl.sinh),
    func1('sqrt', impl.sqrt),
    func1('tan', impl.tan),
    func1('tanh', impl.tanh),
    { name: 'trunc', fn: math_trunc },
    { name: 'prod', fn: math_prod },
    { name: 'perm', fn: math_perm },
    { name: 'comb', fn: math_comb },
    func2('nextafter', impl.nextafter),
    func1('ulp', impl.ulp),
  ];
}

/** CPython 3.11: Modules/mathmodule.c math_exec + PyInit_math: the functions, then the constants. */
export function makeMathModule(): PyModuleObject {
  const m = PyModule_New('math');
  moduleSetSteal(m, '__doc__', PyUnicode_FromString('This module provides access to the mathematical functions\ndefined by the C standard.'));
  addFunctions(m, methodTable());
  moduleSetSteal(m, 'pi', PyFloat_FromDouble(impl.pi));
  moduleSetSteal(m, 'e', PyFloat_FromDouble(impl.e));
  moduleSetSteal(m, 'tau', PyFloat_FromDouble(impl.tau));
  moduleSetSteal(m, 'inf', PyFloat_FromDouble(impl.inf));
  moduleSetSteal(m, 'nan', PyFloat_FromDouble(impl.nan));
  return m;
}
