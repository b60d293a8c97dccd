/**
 * types.UnionType: what `int | str` and `list[int] | None` evaluate to (PEP 604): type.__or__,
 * GenericAlias.__or__ and UnionType.__or__ make one; isinstance() and issubclass() accept one.
 * CPython 3.11: Objects/unionobject.c.
 */
import { CompareOp, type Hash, PyObject, PyTypeObject, PyType_Type, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_AttributeError } from './exceptions.ts';
import { PyObject_Hash, PyObject_RichCompare, PyObject_RichCompareBool, Py_None, Py_NotImplemented } from './object.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';
import { PyTupleObject, tupleFromArray } from './tupleobject.ts';
import { PyGenericAlias_Check, Py_GenericAliasType, _Py_make_parameters, _Py_subs_parameters, typeReprItem } from './genericaliasobject.ts';

export const enum UnionLayout {
  /** sizeof(unionobject): header, args and parameters. */
  SIZE = 32,
  /** Py_TPFLAGS_DISALLOW_INSTANTIATION: unions are made by |, never by calling the type. */
  DISALLOW_INSTANTIATION = 1 << 7,
}

export const Py_UnionType: PyTypeObject = registerStaticType(
  newStaticType('types.UnionType', UnionLayout.SIZE, 0, TPFlags.HAVE_GC | UnionLayout.DISALLOW_INSTANTIATION),
);

export class UnionObject extends PyObject {
  /** The members, flattened and without duplicates (None as NoneType). */
  args: PyTupleObject | null = null;
  /** __parameters__, computed on first use. */
  parameters: PyObject | null = null;
}

export function PyUnion_Check(o: PyObject): o is UnionObject {
  return o.ob_type === Py_UnionType;
}

/** CPython 3.11: Objects/unionobject.c _Py_union_args (borrowed). */
export function _Py_union_args(o: UnionObject): PyTupleObject {
  return o.args!;
}

// type(None), set()/frozenset() of items and PyNumber_Or (installUnionType sets them).
let noneType: () => PyObject = () => {
  throw new Error('UnionType: not installed');
};
let newSet: (items: PyObject[], frozen: boolean) => PyObject = noneType;
let orHook: (a: PyObject, b: PyObject) => PyObject = noneType;

/** CPython 3.11: Objects/unionobject.c unionobject_dealloc */
Py_UnionType.tp_dealloc = (o) => {
  const u = o as UnionObject;
  gcUntrack(u);
  const { args, parameters } = u;
  u.args = null;
  u.parameters = null;
  xdecref(args);
  xdecref(parameters);
  gcDel(u);
};

/** CPython 3.11: Objects/unionobject.c union_traverse */
Py_UnionType.tp_traverse = (o, visit) => {
  const u = o as UnionObject;
  if (u.args !== null) visit(u.args);
  if (u.parameters !== null) visit(u.parameters);
};

/** CPython 3.11: Objects/unionobject.c union_hash: the hash of frozenset(args). */
Py_UnionType.tp_hash = (o): Hash => {
  const args = newSet((o as UnionObject).args!.items, true);
  try {
    return PyObject_Hash(args);
  } finally {
    decref(args);
  }
};

/** CPython 3.11: Objects/unionobject.c union_richcompare: == and != as sets of members. */
Py_UnionType.tp_richcompare = (a, b, op) => {
  if (!PyUnion_Check(b) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return newref(Py_NotImplemented);
  const aSet = newSet((a as UnionObject).args!.items, false);
  try {
    const bSet = newSet(b.args!.items, false);
    try {
      return PyObject_RichCompare(aSet, bSet, op);
    } finally {
      decref(bSet);
    }
  } finally {
    decref(aSet);
  }
};

/** CPython 3.11: Objects/unionobject.c flatten_args: the members of nested unions inline, None as NoneType. */
function flatten_args(args: readonly PyObject[]): PyObject[] {
  const flat: PyObject[] = [];
  for (const arg of args) {
    if (PyUnion_Check(arg)) flat.push(...arg.args!.items);
    else flat.push(arg === Py_None ? noneType() : arg);
  }
  return flat;
}

/**
 * CPython 3.11: Objects/unionobject.c dedup_and_flatten_args: each member once, in order
 * (GenericAliases compared by ==, everything else by identity).
 */
function dedup_and_flatten_args(args: readonly PyObject[]): PyObject[] {
  const unique: PyObject[] = [];
  for (const element of flatten_args(args)) {
    const duplicate = unique.some((seen) => PyGenericAlias_Check(element) && PyGenericAlias_Check(seen)
      ? PyObject_RichCompareBool(element, seen, CompareOp.EQ)
      : element === seen);
    if (!duplicate) unique.push(element);
  }
  return unique;
}

/** CPython 3.11: Objects/unionobject.c make_union: one member is itself; more make a union. */
function make_union(args: readonly PyObject[]): PyObject {
  const members = dedup_and_flatten_args(args);
  if (members.length === 1) return newref(members[0]);
  const result = new UnionObject(Py_UnionType);
  gcAllocObject(result, UnionLayout.SIZE);
  result.args = tupleFromArray(members);
  gcTrack(result);
  return result;
}

/** CPython 3.11: Objects/unionobject.c is_unionable: None, a class, a GenericAlias or a union. */
function is_unionable(obj: PyObject): boolean {
  return obj === Py_None || obj instanceof PyTypeObject || PyGenericAlias_Check(obj) || PyUnion_Check(obj);
}

/** CPython 3.11: Objects/unionobject.c _Py_union_type_or: X | Y (nb_or of type, GenericAlias, UnionType). */
export function _Py_union_type_or(self: PyObject, other: PyObject): PyObject {
  if (!is_unionable(self) || !is_unionable(other)) return newref(Py_NotImplemented);
  return make_union([self, other]);
}

/**
 * CPython 3.11: Objects/unionobject.c union_repr_item: NoneType as None; the repr of anything
 * with __origin__ and __args__; a class as qualname (builtins) or module.qualname; else repr.
 */
function union_repr_item(p: PyObject): string {
  if (p === noneType()) return 'None';
  return typeReprItem(p);
}

/** CPython 3.11: Objects/unionobject.c union_repr: the members joined by " | ". */
Py_UnionType.tp_repr = (o) => PyUnicode_FromString((o as UnionObject).args!.items.map(union_repr_item).join(' | '));

function ensureParameters(u: UnionObject): PyTupleObject {
  if (u.parameters === null) u.parameters = _Py_make_parameters(u.args!);
  return u.parameters as PyTupleObject;
}

/** CPython 3.11: Objects/unionobject.c union_getitem: the type variables substituted, then or-ed together. */
Py_UnionType.mp_subscript = (self, item) => {
  const u = self as UnionObject;
  const newargs = _Py_subs_parameters(self, u.args!, ensureParameters(u), item);
  try {
    if (newargs.items.length === 0) return make_union([]);
    let res = newref(newargs.items[0]);
    for (let i = 1; i < newargs.items.length; i++) {
      const next = orHook(res, newargs.items[i]);
      decref(res);
      res = next;
    }
    return res;
  } finally {
    decref(newargs);
  }
};

function readonly(): void {
  raise(PyExc_AttributeError, 'readonly attribute');
}

// NON-CPYTHON: __args__ is a READONLY member (member_descriptor) in CPython.
Py_UnionType.getsets = [
  { name: '__args__', get: (o) => newref((o as UnionObject).args!), set: readonly },
  /** CPython 3.11: Objects/unionobject.c union_parameters */
  { name: '__parameters__', get: (o) => newref(ensureParameters(o as UnionObject)) },
];

/**
 * The `|` of the types that make unions: UnionType's own, GenericAlias's (ga_as_number) and
 * type's (type_or in Objects/typeobject.c). Called at start-up, before PyType_Ready.
 */
export function installUnionType(hooks: {
  noneType: () => PyObject;
  newSet: (items: PyObject[], frozen: boolean) => PyObject;
  numberOr: (a: PyObject, b: PyObject) => PyObject;
}): void {
  noneType = hooks.noneType;
  newSet = hooks.newSet;
  orHook = hooks.numberOr;
  Py_UnionType.nb_or = _Py_union_type_or;
  Py_GenericAliasType.nb_or = _Py_union_type_or;
  PyType_Type.nb_or = _Py_union_type_or;
}
