/**
 * types.GenericAlias: what `list[int]`, `dict[str, int]` and `type[int]` evaluate to (PEP 585),
 * and the generic_alias_iterator that `*tuple[int]` unpacks through.
 * CPython 3.11: Objects/genericaliasobject.c.
 */
import { CompareOp, type Hash, type MethodDef, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { PyErr, raise } from '../vm/errors.ts';
import { PyExc_AttributeError, PyExc_TypeError } from './exceptions.ts';
import {
  PyObject_GenericGetAttr, PyObject_GetAttr, PyObject_Hash, PyObject_IsTrue, PyObject_RichCompare, PyObject_RichCompareBool,
  PyObject_SetAttr, PyObject_Str, PyObject_TypeCheck, Py_None, Py_NotImplemented, _PyObject_LookupAttr, genericGetAttrOpt,
  reprString,
} from './object.ts';
import { PyUnicodeObject, PyUnicode_FromString, internString } from './unicodeobject.ts';
import { PyBool_FromBool, Py_True } from './boolobject.ts';
import { PyTupleObject, PyTuple_Check, PyTuple_Type, PySequence_Tuple, tupleFromArray, tupleFromArraySteal } from './tupleobject.ts';
import { PyListObject, PyList_Append, PyList_New } from './listobject.ts';
import { PyObject_Call, PyObject_GetItem, PyObject_GetIter, PySequence_Contains, callOneArg } from './abstract.ts';
import { Py_Ellipsis } from './sliceobject.ts';
import { finishAlloc } from './typeobject.ts';
import { checkPositional, noArgs, noKeywords, oneArg } from './getargs.ts';

export const enum GenericAliasLayout {
  /**
   * sizeof(gaobject): header (16), origin, args, parameters, weakreflist (4 pointers), the
   * `starred` bool padded to 8, and the vectorcall pointer.
   */
  SIZE = 64,
  /** sizeof(gaiterobject): header and obj. */
  ITER_SIZE = 24,
  /** Py_TPFLAGS_DISALLOW_INSTANTIATION: the iterator comes from iter(alias) only. */
  DISALLOW_INSTANTIATION = 1 << 7,
}

export const Py_GenericAliasType: PyTypeObject = registerStaticType(
  newStaticType('types.GenericAlias', GenericAliasLayout.SIZE, 0, TPFlags.HAVE_GC | TPFlags.BASETYPE),
);
export const Py_GenericAliasIterType: PyTypeObject = registerStaticType(
  newStaticType('generic_alias_iterator', GenericAliasLayout.ITER_SIZE, 0, TPFlags.HAVE_GC | GenericAliasLayout.DISALLOW_INSTANTIATION),
);
Py_GenericAliasType.hasWeakref = true;

export class GenericAliasObject extends PyObject {
  origin: PyObject | null = null;
  /** Always a tuple once set up. */
  args: PyObject | null = null;
  /** __parameters__, computed on first use. */
  parameters: PyObject | null = null;
  /** Whether this is a starred alias, e.g. *tuple[int]. */
  starred = false;
}

export function PyGenericAlias_Check(o: PyObject): o is GenericAliasObject {
  return PyObject_TypeCheck(o, Py_GenericAliasType);
}

// ---------------------------------------------------------------------------------------------
// Hooks installed at start-up (kernel/host/init.ts).

interface GenericAliasHooks {
  /** PyObject_ClearWeakRefs */
  clearWeakRefs: (o: PyObject) => void;
  /** PyObject_Dir */
  dir: (o: PyObject) => PyObject;
  /** _PyEval_GetBuiltin: a new reference to builtins.<name>. */
  builtin: (name: string) => PyObject;
}

let hooks: GenericAliasHooks = {
  clearWeakRefs: () => {},
  dir: () => {
    throw new Error('GenericAlias: hooks not installed');
  },
  builtin: () => {
    throw new Error('GenericAlias: hooks not installed');
  },
};
/** What lives outside kernel/objects (installed by kernel/host/init.ts). */
export function setGenericAliasHooks(h: GenericAliasHooks): void {
  hooks = h;
}

/** CPython 3.11: Python/ceval.c _PyEval_GetBuiltin: a new reference to builtins.<name>. */
export function _PyEval_GetBuiltin(name: string): PyObject {
  return hooks.builtin(name);
}

// ---------------------------------------------------------------------------------------------
// Creation and destruction

Py_GenericAliasType.tp_alloc = (type) => {
  const o = new GenericAliasObject(type);
  finishAlloc(o, type);
  return o;
};
Py_GenericAliasType.tp_free = (o) => gcDel(o, (o.ob_type.tp_flags & TPFlags.MANAGED_DICT) !== 0 ? 32 : 16);

/** CPython 3.11: Objects/genericaliasobject.c setup_ga: args become a 1-tuple unless a tuple. */
function setup_ga(alias: GenericAliasObject, origin: PyObject, args: PyObject): void {
  alias.args = PyTuple_Check(args) ? newref(args) : tupleFromArray([args]);
  alias.origin = newref(origin);
  alias.parameters = null;
}

/** CPython 3.11: Objects/genericaliasobject.c Py_GenericAlias (also list.__class_getitem__). */
export function Py_GenericAlias(origin: PyObject, args: PyObject): GenericAliasObject {
  const alias = Py_GenericAliasType.tp_alloc!(Py_GenericAliasType) as GenericAliasObject;
  setup_ga(alias, origin, args);
  return alias;
}

/** CPython 3.11: Objects/genericaliasobject.c ga_new: GenericAlias(origin, args). */
Py_GenericAliasType.tp_new = (type, args, kwnames) => {
  noKeywords('GenericAlias', kwnames);
  checkPositional('GenericAlias', args.length, 2, 2);
  const self = type.tp_alloc!(type) as GenericAliasObject;
  setup_ga(self, args[0], args[1]);
  return self;
};

/** CPython 3.11: Objects/genericaliasobject.c ga_dealloc */
Py_GenericAliasType.tp_dealloc = (o) => {
  const alias = o as GenericAliasObject;
  gcUntrack(alias);
  hooks.clearWeakRefs(alias);
  const { origin, args, parameters } = alias;
  alias.origin = alias.args = alias.parameters = null;
  xdecref(origin);
  xdecref(args);
  xdecref(parameters);
  alias.ob_type.tp_free!(alias);
};

/** CPython 3.11: Objects/genericaliasobject.c ga_traverse */
Py_GenericAliasType.tp_traverse = (o, visit) => {
  const alias = o as GenericAliasObject;
  if (alias.origin !== null) visit(alias.origin);
  if (alias.args !== null) visit(alias.args);
  if (alias.parameters !== null) visit(alias.parameters);
};

function argItems(alias: GenericAliasObject): PyObject[] {
  return (alias.args as PyTupleObject).items;
}

// ---------------------------------------------------------------------------------------------
// repr

/**
 * CPython 3.11: Objects/genericaliasobject.c ga_repr_item: `...`; the repr of anything with
 * __origin__ and __args__; a class as qualname (builtins) or module.qualname; else the repr.
 */
function ga_repr_item(p: PyObject): string {
  if (p === Py_Ellipsis) return '...';
  return typeReprItem(p);
}

/**
 * The part ga_repr_item and unionobject.c's union_repr_item share: the repr of anything with
 * __origin__ and __args__; a class as qualname (builtins) or module.qualname; else the repr.
 */
export function typeReprItem(p: PyObject): string {
  if (hasAttr(p, '__origin__') && hasAttr(p, '__args__')) return reprString(p);
  const qualname = _PyObject_LookupAttr(p, internString('__qualname__'));
  if (qualname === null) return reprString(p);
  try {
    const module = _PyObject_LookupAttr(p, internString('__module__'));
    if (module === null || module === Py_None) {
      xdecref(module);
      return reprString(p);
    }
    try {
      if (module instanceof PyUnicodeObject && module.s === 'builtins') return strOf(qualname);
      return `${strOf(module)}.${strOf(qualname)}`;
    } finally {
      decref(module);
    }
  } finally {
    decref(qualname);
  }
}

function hasAttr(p: PyObject, name: string): boolean {
  const v = _PyObject_LookupAttr(p, internString(name));
  if (v === null) return false;
  decref(v);
  return true;
}

function strOf(o: PyObject): string {
  const s = PyObject_Str(o);
  try {
    return s.s;
  } finally {
    decref(s);
  }
}

/** CPython 3.11: Objects/genericaliasobject.c ga_repr: `*` if starred, origin[args], `()` for none. */
Py_GenericAliasType.tp_repr = (o) => {
  const alias = o as GenericAliasObject;
  const items = argItems(alias);
  let text = alias.starred ? '*' : '';
  text += ga_repr_item(alias.origin!);
  text += '[';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) text += ', ';
    text += ga_repr_item(items[i]);
  }
  if (items.length === 0) text += '()';
  return PyUnicode_FromString(text + ']');
};

// ---------------------------------------------------------------------------------------------
// __parameters__ and substitution (list[T][int])

function lookup(o: PyObject, name: string): PyObject | null {
  return _PyObject_LookupAttr(o, internString(name));
}

/** Index of item in items (by identity), or -1. CPython 3.11: tuple_index */
function tuple_index(items: readonly PyObject[], item: PyObject): number {
  for (let i = 0; i < items.length; i++) if (items[i] === item) return i;
  return -1;
}

/**
 * CPython 3.11: Objects/genericaliasobject.c _Py_make_parameters: the type variables among the
 * args (anything with __typing_subst__), and the __parameters__ of args that have them, each
 * once, in order. Classes are skipped.
 */
export function _Py_make_parameters(args: PyTupleObject): PyTupleObject {
  const parameters: PyObject[] = [];
  for (const t of args.items) {
    if (t instanceof PyTypeObject) continue;
    const subst = lookup(t, '__typing_subst__');
    if (subst !== null) {
      decref(subst);
      if (tuple_index(parameters, t) < 0) parameters.push(t);
      continue;
    }
    const subparams = lookup(t, '__parameters__');
    if (subparams === null) continue;
    if (PyTuple_Check(subparams)) {
      for (const t2 of subparams.items) if (tuple_index(parameters, t2) < 0) parameters.push(t2);
    }
    decref(subparams);
  }
  return tupleFromArray(parameters);
}

/** alias.parameters, computed on first use (ga_parameters, ga_getitem). */
function ensureParameters(alias: GenericAliasObject): PyTupleObject {
  if (alias.parameters === null) alias.parameters = _Py_make_parameters(alias.args as PyTupleObject);
  return alias.parameters as PyTupleObject;
}

/**
 * CPython 3.11: Objects/genericaliasobject.c subs_tvars: obj[substituted parameters] when obj
 * has a non-empty __parameters__ tuple, else obj itself (a new reference).
 */
function subs_tvars(obj: PyObject, params: readonly PyObject[], argitems: readonly PyObject[]): PyObject {
  const subparams = lookup(obj, '__parameters__');
  try {
    if (subparams === null || !PyTuple_Check(subparams) || subparams.items.length === 0) return newref(obj);
    const subargs: PyObject[] = [];
    for (const param of subparams.items) {
      const iparam = tuple_index(params, param);
      let arg = param;
      if (iparam >= 0) {
        arg = argitems[iparam];
        // A TypeVarTuple parameter (it is iterable) given a tuple spreads it.
        if (params[iparam].ob_type.tp_iter !== null && PyTuple_Check(arg)) {
          subargs.push(...arg.items);
          continue;
        }
      }
      subargs.push(arg);
    }
    const t = tupleFromArray(subargs);
    try {
      return PyObject_GetItem(obj, t);
    } finally {
      decref(t);
    }
  } finally {
    xdecref(subparams);
  }
}

/** CPython 3.11: Objects/genericaliasobject.c _is_unpacked_typevartuple */
function _is_unpacked_typevartuple(arg: PyObject): boolean {
  if (arg instanceof PyTypeObject) return false;
  const tmp = lookup(arg, '__typing_is_unpacked_typevartuple__');
  if (tmp === null) return false;
  try {
    return PyObject_IsTrue(tmp);
  } finally {
    decref(tmp);
  }
}

/** CPython 3.11: Objects/genericaliasobject.c _unpacked_tuple_args: the args of *tuple[...]. */
function _unpacked_tuple_args(arg: PyObject): PyObject | null {
  if (PyGenericAlias_Check(arg) && arg.starred && arg.origin === PyTuple_Type) return newref(arg.args!);
  const result = lookup(arg, '__typing_unpacked_tuple_args__');
  if (result === Py_None) {
    decref(result);
    return null;
  }
  return result;
}

/**
 * CPython 3.11: Objects/genericaliasobject.c _unpack_args: the subscript's items as a tuple,
 * with each *tuple[X, Y] spread into X, Y (unless it ends with `...`). Built in a list first.
 */
function _unpack_args(item: PyObject): PyTupleObject {
  const newargs: PyListObject = PyList_New();
  try {
    const items = PyTuple_Check(item) ? item.items : [item];
    for (const it of items) {
      if (!(it instanceof PyTypeObject)) {
        const subargs = _unpacked_tuple_args(it);
        if (subargs !== null && PyTuple_Check(subargs) &&
          !(subargs.items.length > 0 && subargs.items[subargs.items.length - 1] === Py_Ellipsis)) {
          for (const s of subargs.items) PyList_Append(newargs, s);
          decref(subargs);
          continue;
        }
        xdecref(subargs);
      }
      PyList_Append(newargs, it);
    }
    return PySequence_Tuple(newargs);
  } finally {
    decref(newargs);
  }
}

/** __typing_prepare_subst__ of each parameter may rewrite the subscript (TypeVarTuple, ParamSpec). */
function prepareSubst(self: PyObject, parameters: readonly PyObject[], item: PyTupleObject): PyObject {
  let current: PyObject = item;
  for (const param of parameters) {
    const prepare = lookup(param, '__typing_prepare_subst__');
    if (prepare === null) continue;
    if (prepare === Py_None) {
      decref(prepare);
      continue;
    }
    try {
      const arg = PyTuple_Check(current) ? newref(current) : tupleFromArray([current]);
      try {
        const next = PyObject_Call(prepare, [self, arg], null);
        decref(current);
        current = next;
      } finally {
        decref(arg);
      }
    } finally {
      decref(prepare);
    }
  }
  return current;
}

/**
 * CPython 3.11: Objects/genericaliasobject.c _Py_subs_parameters: the args with every type
 * variable replaced by the matching subscript item (t = dict[T, list[S]]; t[str, int] gives
 * (str, list[int])).
 */
export function _Py_subs_parameters(self: PyObject, args: PyTupleObject, parameters: PyTupleObject, item: PyObject): PyTupleObject {
  const nparams = parameters.items.length;
  if (nparams === 0) raise(PyExc_TypeError, `${reprString(self)} is not a generic class`);
  const prepared = prepareSubst(self, parameters.items, _unpack_args(item));
  try {
    const argitems = PyTuple_Check(prepared) ? prepared.items : [prepared];
    if (argitems.length !== nparams) {
      raise(PyExc_TypeError, `Too ${argitems.length > nparams ? 'many' : 'few'} arguments for ${reprString(self)}; ` +
        `actual ${argitems.length}, expected ${nparams}`);
    }
    const newargs: PyObject[] = [];
    try {
      for (const arg of args.items) substituteArg(arg, parameters.items, argitems, newargs);
    } catch (e) {
      for (const a of newargs) decref(a);
      throw e;
    }
    return tupleFromArraySteal(newargs);
  } finally {
    decref(prepared);
  }
}

/** One step of _Py_subs_parameters' loop: arg, substituted, appended to newargs (new references). */
function substituteArg(arg: PyObject, params: readonly PyObject[], argitems: readonly PyObject[], newargs: PyObject[]): void {
  if (arg instanceof PyTypeObject) {
    newargs.push(newref(arg));
    return;
  }
  const unpack = _is_unpacked_typevartuple(arg);
  const subst = lookup(arg, '__typing_subst__');
  let result: PyObject;
  if (subst !== null) {
    try {
      result = callOneArg(subst, argitems[tuple_index(params, arg)]);
    } finally {
      decref(subst);
    }
  } else {
    result = subs_tvars(arg, params, argitems);
  }
  if (!unpack) {
    newargs.push(result);
    return;
  }
  try {
    for (const x of (result as PyTupleObject).items) newargs.push(newref(x));
  } finally {
    decref(result);
  }
}

/** CPython 3.11: Objects/genericaliasobject.c ga_getitem: list[T][int] is list[int]. */
Py_GenericAliasType.mp_subscript = (self, item) => {
  const alias = self as GenericAliasObject;
  const parameters = ensureParameters(alias);
  const newargs = _Py_subs_parameters(self, alias.args as PyTupleObject, parameters, item);
  try {
    const res = Py_GenericAlias(alias.origin!, newargs);
    res.starred = alias.starred;
    return res;
  } finally {
    decref(newargs);
  }
};

// ---------------------------------------------------------------------------------------------
// hash, ==, call, attributes

/** CPython 3.11: Objects/genericaliasobject.c ga_hash: hash(origin) ^ hash(args). */
Py_GenericAliasType.tp_hash = (o): Hash => {
  const alias = o as GenericAliasObject;
  const h0 = PyObject_Hash(alias.origin!);
  const h1 = PyObject_Hash(alias.args!);
  const x = BigInt.asIntN(64, BigInt(h0) ^ BigInt(h1));
  if (x === -1n) return -2;
  return x >= -9007199254740991n && x <= 9007199254740991n ? Number(x) : x;
};

/**
 * CPython 3.11: Objects/genericaliasobject.c ga_richcompare: == and != between aliases only;
 * equal when both or neither are starred, the origins are equal and the args are equal.
 */
Py_GenericAliasType.tp_richcompare = (a, b, op) => {
  if (!PyGenericAlias_Check(b) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return newref(Py_NotImplemented);
  if (op === CompareOp.NE) {
    const eq = Py_GenericAliasType.tp_richcompare!(a, b, CompareOp.EQ);
    decref(eq);
    return PyBool_FromBool(eq !== Py_True);
  }
  const aa = a as GenericAliasObject;
  if (aa.starred !== b.starred) return PyBool_FromBool(false);
  if (!PyObject_RichCompareBool(aa.origin!, b.origin!, CompareOp.EQ)) return PyBool_FromBool(false);
  return PyObject_RichCompare(aa.args!, b.args!, CompareOp.EQ);
};

/**
 * CPython 3.11: Objects/genericaliasobject.c ga_call: the origin called, and the result's
 * __orig_class__ set to the alias (AttributeError and TypeError from that are ignored).
 */
Py_GenericAliasType.tp_call = (self, args, kwnames) => {
  const obj = PyObject_Call((self as GenericAliasObject).origin!, args, kwnames);
  try {
    PyObject_SetAttr(obj, internString('__orig_class__'), self);
  } catch (e) {
    if (!(e instanceof PyErr) || !(PyObject_TypeCheck(e.exc, PyExc_AttributeError) || PyObject_TypeCheck(e.exc, PyExc_TypeError))) {
      decref(obj);
      throw e;
    }
    decref(e.exc);
  }
  return obj;
};

/** Names the alias answers itself; every other attribute is the origin's. */
const attr_exceptions = new Set([
  '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);

/** CPython 3.11: Objects/genericaliasobject.c ga_getattro */
Py_GenericAliasType.tp_getattro = (self, name) => {
  if (name instanceof PyUnicodeObject && !attr_exceptions.has(name.s)) {
    return PyObject_GetAttr((self as GenericAliasObject).origin!, name);
  }
  return PyObject_GenericGetAttr(self, name);
};
Py_GenericAliasType.tp_getattro_opt = (self, name) => {
  if (name instanceof PyUnicodeObject && !attr_exceptions.has(name.s)) {
    return _PyObject_LookupAttr((self as GenericAliasObject).origin!, name);
  }
  return genericGetAttrOpt(self, name);
};

function readonly(): void {
  raise(PyExc_AttributeError, 'readonly attribute');
}

// NON-CPYTHON: __origin__, __args__ and __unpacked__ are READONLY members (member_descriptor) in CPython.
Py_GenericAliasType.getsets = [
  { name: '__origin__', get: (o) => newref((o as GenericAliasObject).origin!), set: readonly },
  { name: '__args__', get: (o) => newref((o as GenericAliasObject).args!), set: readonly },
  { name: '__unpacked__', get: (o) => PyBool_FromBool((o as GenericAliasObject).starred), set: readonly },
  /** CPython 3.11: Objects/genericaliasobject.c ga_parameters */
  { name: '__parameters__', get: (o) => newref(ensureParameters(o as GenericAliasObject)) },
  /** CPython 3.11: Objects/genericaliasobject.c ga_unpacked_tuple_args */
  {
    name: '__typing_unpacked_tuple_args__',
    get: (o) => {
      const alias = o as GenericAliasObject;
      return newref(alias.starred && alias.origin === PyTuple_Type ? alias.args! : Py_None);
    },
  },
];

/** CPython 3.11: Objects/genericaliasobject.c ga_reduce: (type, (origin, args)), or next(iter(...)) when starred. */
function ga_reduce(self: GenericAliasObject): PyObject {
  if (self.starred) {
    const plain = Py_GenericAlias(self.origin!, self.args!);
    let it: PyObject;
    try {
      it = PyObject_GetIter(plain);
    } finally {
      decref(plain);
    }
    return tupleFromArraySteal([hooks.builtin('next'), tupleFromArraySteal([it])]);
  }
  return tupleFromArraySteal([newref(self.ob_type), tupleFromArray([self.origin!, self.args!])]);
}

/** CPython 3.11: Objects/genericaliasobject.c ga_dir: dir(origin) plus the alias's own names. */
function ga_dir(self: GenericAliasObject): PyObject {
  const dir = hooks.dir(self.origin!) as PyListObject;
  try {
    for (const name of attr_exceptions) {
      const entry = PyUnicode_FromString(name);
      try {
        if (!PySequence_Contains(dir, entry)) PyList_Append(dir, entry);
      } finally {
        decref(entry);
      }
    }
  } catch (e) {
    decref(dir);
    throw e;
  }
  return dir;
}

Py_GenericAliasType.methods = [
  /** CPython 3.11: Objects/genericaliasobject.c ga_mro_entries: class C(list[int]) derives from list. */
  {
    name: '__mro_entries__',
    fn: (self, args, kw) => {
      oneArg('__mro_entries__', args, kw);
      return tupleFromArray([(self as GenericAliasObject).origin!]);
    },
  },
  {
    name: '__instancecheck__',
    fn: (_self, args, kw) => {
      oneArg('__instancecheck__', args, kw);
      raise(PyExc_TypeError, 'isinstance() argument 2 cannot be a parameterized generic');
    },
  },
  {
    name: '__subclasscheck__',
    fn: (_self, args, kw) => {
      oneArg('__subclasscheck__', args, kw);
      raise(PyExc_TypeError, 'issubclass() argument 2 cannot be a parameterized generic');
    },
  },
  {
    name: '__reduce__',
    fn: (self, args, kw) => {
      noArgs('__reduce__', args, kw);
      return ga_reduce(self as GenericAliasObject);
    },
  },
  {
    name: '__dir__',
    fn: (self, args, kw) => {
      noArgs('__dir__', args, kw);
      return ga_dir(self as GenericAliasObject);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// *tuple[int]: iterating an alias yields its starred copy once

export class GenericAliasIterObject extends PyObject {
  /** The alias; null once the iterator is exhausted. */
  obj: PyObject | null = null;
}

/** CPython 3.11: Objects/genericaliasobject.c ga_iter */
Py_GenericAliasType.tp_iter = (self) => {
  const gi = new GenericAliasIterObject(Py_GenericAliasIterType);
  gcAllocObject(gi, GenericAliasLayout.ITER_SIZE);
  gi.obj = newref(self);
  gcTrack(gi);
  return gi;
};

/** CPython 3.11: Objects/genericaliasobject.c ga_iternext */
Py_GenericAliasIterType.tp_iternext = (o) => {
  const gi = o as GenericAliasIterObject;
  if (gi.obj === null) return null;
  const alias = gi.obj as GenericAliasObject;
  const starred = Py_GenericAlias(alias.origin!, alias.args!);
  starred.starred = true;
  gi.obj = null;
  decref(alias);
  return starred;
};
Py_GenericAliasIterType.tp_iter = (o) => newref(o);
/** CPython 3.11: Objects/genericaliasobject.c ga_iter_dealloc */
Py_GenericAliasIterType.tp_dealloc = (o) => {
  const gi = o as GenericAliasIterObject;
  gcUntrack(gi);
  const obj = gi.obj;
  gi.obj = null;
  xdecref(obj);
  gcDel(gi);
};
Py_GenericAliasIterType.tp_traverse = (o, visit) => {
  const obj = (o as GenericAliasIterObject).obj;
  if (obj !== null) visit(obj);
};
/** CPython 3.11: Objects/genericaliasobject.c ga_iter_clear */
Py_GenericAliasIterType.tp_clear = (o) => {
  const gi = o as GenericAliasIterObject;
  const obj = gi.obj;
  gi.obj = null;
  xdecref(obj);
};

// ---------------------------------------------------------------------------------------------
// __class_getitem__ of the builtin containers

/**
 * The `__class_getitem__` classmethod that list, dict, tuple, set, frozenset, enumerate and
 * BaseExceptionGroup carry in their method tables ({"__class_getitem__", Py_GenericAlias,
 * METH_O|METH_CLASS}).
 */
export const classGetitemMethod: MethodDef = {
  name: '__class_getitem__',
  kind: 'class',
  fn: (cls, args, kw) => Py_GenericAlias(cls, oneArg('__class_getitem__', args, kw)),
  doc: 'See PEP 585',
};

/** Adds `__class_getitem__` to the method tables of `types` (before PyType_Ready). */
export function addClassGetitem(types: readonly PyTypeObject[]): void {
  for (const t of types) {
    if (!t.methods.some((m) => m.name === '__class_getitem__')) t.methods.push(classGetitemMethod);
  }
}

