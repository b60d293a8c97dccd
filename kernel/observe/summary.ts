/**
 * NON-CPYTHON: the short value text a diagram writes in an object's box, made by the kernel
 * from the object's fields. No `__repr__`, `__str__`, `__len__` or property is called (a class
 * may define them with side effects), nothing is allocated and no count changes, so the text
 * of a builtin value is its repr and an instance of a class is `<C object>`.
 */
import { type PyObject, PyTypeObject, TPFlags } from '../objects/pyobject.ts';
import { PyLongObject } from '../objects/longobject.ts';
import { PyFloatObject } from '../objects/floatobject.ts';
import { PyComplexObject, complexReprString } from '../objects/complexobject.ts';
import { PyUnicodeObject, unicodeReprString } from '../objects/unicodeobject.ts';
import { PyBytesObject, bytesReprString } from '../objects/bytesobject.ts';
import { PyByteArrayObject } from '../objects/bytearrayobject.ts';
import { PyListObject } from '../objects/listobject.ts';
import { PyTupleObject } from '../objects/tupleobject.ts';
import { PyDictObject } from '../objects/dictobject.ts';
import { PySetObject, PyFrozenSet_Type, PySet_Type } from '../objects/setobject.ts';
import { PyFunctionObject } from '../objects/funcobject.ts';
import { PyCellObject, PyCodeObject } from '../objects/codeobject.ts';
import { PyMethodObject } from '../objects/classobject.ts';
import { PyGenObject } from '../objects/genobject.ts';
import { PyModuleObject } from '../objects/moduleobject.ts';
import { PyCFunctionObject } from '../objects/methodobject.ts';
import { PyBaseExceptionObject } from '../objects/exceptions.ts';
import { PyWeakReference } from '../objects/weakrefobject.ts';
import { PyRangeObject } from '../objects/rangeobject.ts';
import { PySliceObject } from '../objects/sliceobject.ts';
import { floatRepr } from '../objects/pystrtod.ts';
import { PyBool_Type } from '../objects/boolobject.ts';

const enum Cut {
  /** A summary is cut (with '…') past this many characters. */
  MAX = 60,
  /** Items of a container written before '…'. */
  MAX_ITEMS = 12,
  /** Containers inside containers written before '…'. */
  MAX_DEPTH = 3,
}

function isHeapType(t: PyTypeObject): boolean {
  return (t.tp_flags & TPFlags.HEAPTYPE) !== 0;
}

/** type(o).__name__: a class's qualified name, a builtin type's name without its module. */
export function typeNameOf(o: PyObject): string {
  const t = o.ob_type;
  if (isHeapType(t)) {
    const q = t.htQualname;
    return q instanceof PyUnicodeObject ? q.s : t.qualname;
  }
  let name = builtinNames.get(t);
  if (name === undefined) builtinNames.set(t, (name = t.tp_name.slice(t.tp_name.lastIndexOf('.') + 1)));
  return name;
}

/** The names of builtin types (their tp_name never changes), made once each. */
const builtinNames = new Map<PyTypeObject, string>();

/** The short text of an object, at most ~60 characters. */
export function summarize(o: PyObject): string {
  return cut(text(o, 0, new Set(), null));
}

/**
 * What a summary read from each object it looked at, in the order it looked (see Dep): while
 * every one of them reads the same, the summary is the same (summary_memo.ts).
 */
export type Deps = Dep[];

/**
 * One object a summary looked at and what it read there: a scalar's value, a container's items
 * (as far as it went), or for anything else the text made from it (made again to compare).
 */
export type Dep =
  | { o: PyObject; kind: 'value'; type: PyTypeObject; value: unknown }
  | { o: PyObject; kind: 'text'; text: string }
  | { o: PyObject; kind: 'typename'; type: PyTypeObject; name: string }
  | { o: PyObject; kind: 'items'; length: number; items: readonly PyObject[] }
  | { o: PyObject; kind: 'dict'; used: number; nentries: number; keys: readonly (PyObject | null)[]; values: readonly (PyObject | null)[] }
  | { o: PyObject; kind: 'set'; type: PyTypeObject; mask: number; keys: readonly (PyObject | null)[]; hashes: readonly unknown[] };

/** summarize, noting in `deps` what it read. */
export function summarizeTraced(o: PyObject, deps: Deps): string {
  return cut(text(o, 0, new Set(), deps));
}

/** Does every object of `deps` still read the same (so the summary made with them holds)? */
export function depsHold(deps: Deps): boolean {
  for (const d of deps) if (!depHolds(d)) return false;
  return true;
}

function depHolds(d: Dep): boolean {
  const o = d.o;
  switch (d.kind) {
    case 'value':
      // Object.is: a float of the free list may be -0.0 where it was 0.0.
      return o.ob_type === d.type && Object.is(scalarValue(o), d.value);
    case 'text':
      return (scalarText(o) ?? otherText(o)) === d.text;
    case 'typename':
      return o.ob_type === d.type && typeNameOf(o) === d.name;
    case 'items': {
      const items = (o as PyListObject | PyTupleObject).items;
      return items.length === d.length && samePrefix(items, d.items);
    }
    case 'dict': {
      const dk = (o as PyDictObject).keys;
      return (o as PyDictObject).used === d.used && dk.nentries === d.nentries && samePrefix(dk.keys, d.keys) && samePrefix(dk.values, d.values);
    }
    case 'set': {
      const st = o as PySetObject;
      return st.ob_type === d.type && st.mask === d.mask && samePrefix(st.keys, d.keys) && samePrefix(st.hashes, d.hashes);
    }
  }
}

/** The first `b.length` entries of `a` are `b`'s. */
function samePrefix<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length < b.length) return false;
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function cut(s: string): string {
  return s.length > Cut.MAX ? s.slice(0, Cut.MAX - 1) + '…' : s;
}

function text(o: PyObject, depth: number, seen: Set<PyObject>, deps: Deps | null): string {
  const scalar = scalarText(o);
  if (scalar !== null) {
    if (deps !== null) deps.push(scalarDep(o, scalar));
    return scalar;
  }
  // The object's class (a JavaScript class: it never changes) decides these.
  if (seen.has(o)) return recursionMark(o);
  if (depth >= Cut.MAX_DEPTH) return '…';
  seen.add(o);
  try {
    const c = containerText(o, depth, seen, deps);
    if (c !== null) return c;
    const other = otherText(o);
    if (deps !== null) deps.push(otherDep(o, other));
    return other;
  } finally {
    seen.delete(o);
  }
}

/**
 * What otherText read: for an object it writes as `<Name object>` (an instance of a class, most
 * often), just its type and the type's name; otherwise the text, made again to compare. The
 * branch otherText takes depends on the object's JavaScript class, which never changes, so the
 * same type and name give the same text.
 */
function otherDep(o: PyObject, text: string): Dep {
  const name = typeNameOf(o);
  if (text.length === name.length + 9 && text === `<${name} object>`) return { o, kind: 'typename', type: o.ob_type, name };
  return { o, kind: 'text', text };
}

/** What scalarText read: an int's, a float's, a str's value (with the type), else the text itself. */
function scalarDep(o: PyObject, scalar: string): Dep {
  if (o instanceof PyLongObject || o instanceof PyFloatObject || o instanceof PyUnicodeObject) return { o, kind: 'value', type: o.ob_type, value: scalarValue(o) };
  return { o, kind: 'text', text: scalar };
}

/** The value scalarText writes of an int, a float or a str. */
function scalarValue(o: PyObject): unknown {
  return o instanceof PyUnicodeObject ? o.s : (o as PyLongObject | PyFloatObject).v;
}

function recursionMark(o: PyObject): string {
  if (o instanceof PyListObject) return '[...]';
  if (o instanceof PyDictObject) return '{...}';
  return '...';
}

/** Values whose repr the kernel writes without looking inside anything. */
function scalarText(o: PyObject): string | null {
  const t = o.ob_type;
  if (t.tp_name === 'NoneType') return 'None';
  if (t.tp_name === 'ellipsis') return 'Ellipsis';
  if (t.tp_name === 'NotImplementedType') return 'NotImplemented';
  if (o instanceof PyLongObject) {
    if (t === PyBool_Type) return o.v === 0 ? 'False' : 'True';
    return String(o.v);
  }
  if (o instanceof PyFloatObject) return floatRepr(o.v);
  if (o instanceof PyComplexObject) return complexReprString(o.real, o.imag);
  if (o instanceof PyUnicodeObject) return unicodeReprString(o.s.length > Cut.MAX ? o.s.slice(0, Cut.MAX) : o.s);
  if (o instanceof PyBytesObject) return bytesReprString(o.b.length > Cut.MAX ? o.b.subarray(0, Cut.MAX) : o.b);
  if (o instanceof PyByteArrayObject) return `bytearray(${bytesReprString(o.b.subarray(0, Cut.MAX))})`;
  return null;
}

/** The text of the items (as far as they fit); `o`'s when they are a list's or a tuple's. */
function itemsText(o: PyObject | null, items: readonly PyObject[], depth: number, seen: Set<PyObject>, deps: Deps | null): string {
  const parts: string[] = [];
  let length = 0;
  let i = 0;
  // Noted before the items' own reads (the order does not matter to depsHold).
  const dep = o !== null && deps !== null ? { o, kind: 'items' as const, length: items.length, items: NO_ITEMS } : null;
  if (dep !== null) deps!.push(dep);
  for (; i < items.length; i++) {
    if (i >= Cut.MAX_ITEMS || length > Cut.MAX) {
      parts.push('…');
      break;
    }
    const s = text(items[i], depth + 1, seen, deps);
    parts.push(s);
    length += s.length + 2;
  }
  if (dep !== null) dep.items = items.slice(0, i);
  return parts.join(', ');
}

const NO_ITEMS: readonly PyObject[] = [];

function containerText(o: PyObject, depth: number, seen: Set<PyObject>, deps: Deps | null): string | null {
  if (o instanceof PyListObject) return `[${itemsText(o, o.items, depth, seen, deps)}]`;
  if (o instanceof PyTupleObject) {
    const inner = itemsText(o, o.items, depth, seen, deps);
    return o.items.length === 1 ? `(${inner},)` : `(${inner})`;
  }
  if (o instanceof PyDictObject) return `{${dictText(o, depth, seen, deps)}}`;
  if (o instanceof PySetObject) return setText(o, depth, seen, deps);
  return null;
}

function dictText(d: PyDictObject, depth: number, seen: Set<PyObject>, deps: Deps | null): string {
  const dk = d.keys;
  const parts: string[] = [];
  let length = 0;
  let n = 0;
  let i = 0;
  for (; i < dk.nentries; i++) {
    const k = dk.keys[i];
    if (k === null) continue;
    if (n >= Cut.MAX_ITEMS || length > Cut.MAX) {
      parts.push(`… ${d.used} items`);
      break;
    }
    const s = `${text(k, depth + 1, seen, deps)}: ${text(dk.values[i]!, depth + 1, seen, deps)}`;
    parts.push(s);
    length += s.length + 2;
    n++;
  }
  // Entries 0..i were read (the i-th too when the text stopped there).
  if (deps !== null) deps.push({ o: d, kind: 'dict', used: d.used, nentries: dk.nentries, keys: dk.keys.slice(0, i + 1), values: dk.values.slice(0, i + 1) });
  return parts.join(', ');
}

function setText(s: PySetObject, depth: number, seen: Set<PyObject>, deps: Deps | null): string {
  const items: PyObject[] = [];
  let i = 0;
  for (; i <= s.mask && items.length <= Cut.MAX_ITEMS; i++) {
    const k = s.keys[i];
    if (k !== null && s.hashes[i] !== -1 && k.ob_type.tp_name !== '<dummy key> type') items.push(k);
  }
  if (deps !== null) deps.push({ o: s, kind: 'set', type: s.ob_type, mask: s.mask, keys: s.keys.slice(0, i), hashes: s.hashes.slice(0, i) });
  const frozen = s.ob_type === PyFrozenSet_Type;
  if (items.length === 0) return frozen ? 'frozenset()' : 'set()';
  const inner = `{${itemsText(null, items, depth, seen, deps)}}`;
  return frozen ? `frozenset(${inner})` : s.ob_type === PySet_Type ? inner : inner;
}

function qualname(u: PyObject | null, fallback: string): string {
  return u instanceof PyUnicodeObject ? u.s : fallback;
}

/** Everything else: the angle-bracket form its repr has, without the address. */
function otherText(o: PyObject): string {
  if (o instanceof PyTypeObject) return `<class '${isHeapType(o) ? qualname(o.htQualname, o.qualname) : o.tp_name}'>`;
  if (o instanceof PyFunctionObject) return `<function ${o.qualname.s}>`;
  if (o instanceof PyCFunctionObject) return builtinText(o);
  if (o instanceof PyMethodObject) return `<bound method ${methodName(o.func)} of <${typeNameOf(o.self)} object>>`;
  if (o instanceof PyCellObject) return o.ref === null ? '<cell: empty>' : `<cell: ${typeNameOf(o.ref)} object>`;
  if (o instanceof PyGenObject) return `<generator ${o.qualname.s}>`;
  if (o instanceof PyCodeObject) return `<code ${o.name.s}>`;
  if (o instanceof PyModuleObject) return `<module>`;
  if (o instanceof PyBaseExceptionObject) return exceptionText(o);
  if (o instanceof PyWeakReference) return weakrefText(o);
  if (o instanceof PyRangeObject) return rangeText(o);
  if (o instanceof PySliceObject) return `slice(${scalarText(o.start) ?? '…'}, ${scalarText(o.stop) ?? '…'}, ${scalarText(o.step) ?? '…'})`;
  return `<${typeNameOf(o)} object>`;
}

function methodName(f: PyObject): string {
  return f instanceof PyFunctionObject ? f.qualname.s : typeNameOf(f);
}

function builtinText(f: PyCFunctionObject): string {
  if (f.self === null || f.self instanceof PyModuleObject) return `<built-in function ${f.def.name}>`;
  return `<built-in method ${f.def.name} of ${typeNameOf(f.self)} object>`;
}

function exceptionText(e: PyBaseExceptionObject): string {
  const args = e.args.items.map((a) => scalarText(a) ?? `<${typeNameOf(a)} object>`);
  return `${typeNameOf(e)}(${args.join(', ')})`;
}

function weakrefText(w: PyWeakReference): string {
  const t = w.wr_object;
  if (t.ob_type.tp_name === 'NoneType') return '<weakref; dead>';
  return `<weakref to '${typeNameOf(t)}'>`;
}

function rangeText(r: PyRangeObject): string {
  const step = r.step.v;
  return step === 1 ? `range(${r.start.v}, ${r.stop.v})` : `range(${r.start.v}, ${r.stop.v}, ${step})`;
}
